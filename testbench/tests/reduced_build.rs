//! A reduced build (the LPM tree cut to fit a small FPGA) behaves as the full one: the
//! driver reads its capacity, compiles the routes for it, and the frames that come out are
//! the model's. Run in rust-hdl's simulator: the reduced build has no Verilator model.

mod common;

use common::{Clocked, HdlPipeline};
use dxedge_hdl::datapath::Datapath;
use dxedge_host::driver::Device;
use dxedge_host::verdict::Verdict;
use dxedge_testbench::beats::{beats, Assembler};
use dxedge_testbench::engine::{Collect, Engine};
use dxedge_testbench::gen::{generate, Intent, Scenario};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::decode_verdict;

#[test]
fn an_eight_level_lpm_build_forwards_as_the_model() {
    let mut frames = vec![];
    let config = generate(
        Scenario::Demo,
        dxedge_host::direction::Direction::ToAws,
        5,
        80,
        &mut |r| {
            if r.intent != Intent::Truncated {
                frames.push(r.data);
            }
            Ok(())
        },
    )
    .expect("generate");
    let mut want = Collect::default();
    let mut model = Model::new(&config);
    for f in &frames {
        model.submit(f, &mut want).expect("model");
    }
    model.finish(&mut want).expect("model");

    let mut uut = HdlPipeline::new(Datapath::<64, 8, 65>::with_lpm_levels(8));
    uut.reset();
    let mut dev = Device::open(uut).expect("open");
    assert_eq!(
        dev.info().capacity.lpm_levels,
        8,
        "CAP_LPM reports the reduced tree"
    );
    dev.assume_zeroed().expect("zeroed");
    let tables = dev
        .compile(&config)
        .expect("the demo's routes fit 255 boundaries");
    dev.program(&tables).expect("program");
    let mut uut = dev.into_bus();

    let all: Vec<(usize, dxedge_testbench::beats::Beat)> = frames
        .iter()
        .flat_map(|f| beats(f, 8).map(move |b| (f.len(), b)))
        .collect();
    let mut next = 0;
    let mut got = Collect::default();
    let mut assembler = Assembler::new(8);
    uut.inputs.tready = true;
    let mut quiet = 0;
    while quiet < 100 {
        if next < all.len() {
            let (len, beat) = &all[next];
            uut.inputs.tdata = beat.words[..2].to_vec();
            uut.inputs.tkeep = beat.keep;
            uut.inputs.tlast = beat.last;
            uut.inputs.tuser = *len as u32;
        }
        uut.inputs.tvalid = next < all.len();
        let out = uut.step();
        if uut.inputs.tvalid && out.s_tready {
            next += 1;
        }
        if out.m_tvalid {
            if let Some(frame) = assembler
                .push(&out.m_tdata, out.m_tkeep, out.m_tlast)
                .expect("beats")
            {
                let verdict = decode_verdict(u64::from(out.m_tuser)).expect("verdict");
                got.0.push((verdict, frame.to_vec()));
            }
        }
        quiet = if next < all.len() || out.m_tvalid {
            0
        } else {
            quiet + 1
        };
    }
    assert_eq!(got.0.len(), want.0.len());
    for (i, (g, w)) in got.0.iter().zip(&want.0).enumerate() {
        assert_eq!(g, w, "frame {i}");
    }
    assert!(
        got.0
            .iter()
            .any(|(v, _)| matches!(v, Verdict::Forward { .. })),
        "some frames forwarded through the reduced tree"
    );
}
