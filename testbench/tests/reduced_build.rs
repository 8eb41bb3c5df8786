//! A reduced build (the LPM tree cut to fit a small FPGA) behaves as the full one: the
//! driver reads its capacity, compiles the routes for it, and the frames that come out are
//! the model's. Run in rust-hdl's simulator: the reduced build has no Verilator model.

mod common;

use common::{Clocked, HdlPipeline};
use dxedge_hdl::datapath::Datapath;
use dxedge_host::config::Config;
use dxedge_host::driver::Device;
use dxedge_host::regmap::{Capacity, CAPACITY};
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

/// A build with fewer target counter rows (the ULX3S bench build's cut): `CAP_TABLES` says
/// so, the driver refuses a configuration with more targets, and the rows it has count.
#[test]
fn a_build_with_fewer_target_rows_reports_them_and_counts_in_them() {
    let capacity = Capacity {
        targets: 2,
        lpm_levels: 4,
        ..CAPACITY
    };
    let mut uut = HdlPipeline::new(Datapath::<64, 8, 65>::reduced(capacity, 0));
    uut.reset();
    let mut dev = Device::open(uut).expect("open");
    assert_eq!(dev.info().capacity.targets, 2, "CAP_TABLES reports the cut");
    dev.assume_zeroed().expect("zeroed");
    let config = |targets: usize| {
        let mut text = String::from(
            "[port]\nspeed = \"10g\"\nmac = \"02:00:5e:00:00:01\"\n\n\
             [[vif]]\nname = \"corp\"\nkind = \"private\"\nvlan = 100\nmtu = 1500\n",
        );
        for t in 0..targets {
            text.push_str(&format!(
                "\n[[target]]\nname = \"t{t}\"\nmac = \"02:aa:00:00:00:0{t}\"\n\n\
                 [[route]]\nvif = \"corp\"\nprefix = \"10.{t}.0.0/16\"\ntarget = \"t{t}\"\n"
            ));
        }
        Config::parse(&text, "reduced_build test").expect("config")
    };
    let refused = dev
        .compile(&config(3))
        .expect_err("three targets, two rows");
    assert!(refused.to_string().contains("3 targets"), "{refused}");
    let tables = dev.compile(&config(2)).expect("two targets fit");
    dev.program(&tables).expect("program");
    let mut uut = dev.into_bus();

    // Three frames to target 1 (10.1.0.0/16), through the second and last row
    let mut frame = vec![0u8; 64];
    frame[..6].copy_from_slice(&[0x02, 0, 0x5e, 0, 0, 1]);
    frame[12..18].copy_from_slice(&[0x81, 0x00, 0x00, 100, 0x08, 0x00]);
    let ip = [
        0x45, 0, 0, 46, 0, 0, 0, 0, 64, 17, 0, 0, 192, 0, 2, 9, 10, 1, 2, 3,
    ];
    frame[18..38].copy_from_slice(&ip);
    let mut sum: u32 = ip
        .chunks(2)
        .map(|w| u32::from(u16::from_be_bytes([w[0], w[1]])))
        .sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    frame[28..30].copy_from_slice(&(!(sum as u16)).to_be_bytes());
    let all: Vec<_> = (0..3).flat_map(|_| beats(&frame, 8)).collect();
    let mut next = 0;
    let mut forwarded = 0;
    uut.inputs.tready = true;
    for _ in 0..400 {
        if next < all.len() {
            uut.inputs.tdata = all[next].words[..2].to_vec();
            uut.inputs.tkeep = all[next].keep;
            uut.inputs.tlast = all[next].last;
            uut.inputs.tuser = frame.len() as u32;
        }
        uut.inputs.tvalid = next < all.len();
        let out = uut.step();
        if uut.inputs.tvalid && out.s_tready {
            next += 1;
        }
        if out.m_tvalid && out.m_tlast {
            let verdict = decode_verdict(u64::from(out.m_tuser)).expect("verdict");
            assert_eq!(verdict, Verdict::Forward { target: 1 });
            forwarded += 1;
        }
    }
    assert_eq!(forwarded, 3);
    let mut dev = Device::open(uut).expect("open");
    let hw = dev.counters(1, 2).expect("counters");
    assert_eq!(
        hw.targets[1][..2],
        [3, 3 * 60],
        "target 1's row counts (untagged: 60 bytes)"
    );
    assert_eq!(hw.targets[0][..2], [0, 0]);
}
