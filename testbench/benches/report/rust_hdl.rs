//! "rust-hdl's simulator": the design as written in Rust, simulated by rust-hdl on the
//! first 64-byte frames, checked against the model.

use crate::common::{Clocked, HdlPipeline};
use crate::format::rate;
use crate::format::speed_name;
use crate::machine::load;
use anyhow::bail;
use dxedge_host::config::Config;
use dxedge_host::config::Speed;
use dxedge_host::driver::Device;
use dxedge_testbench::beats::beats;
use dxedge_testbench::beats::Assembler;
use dxedge_testbench::icarus::through;
use dxedge_testbench::icarus::Egress;
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::decode_verdict;
use std::fmt::Write as _;
use std::time::Duration;
use std::time::Instant;

pub struct RustHdlRow {
    pub speed: Speed,
    pub frames: usize,
    pub cycles: u64,
    pub traffic: Duration,
    pub setup: Duration,
    pub equal: bool,
    pub load: f64,
}

/// 64-byte frames through rust-hdl's simulation of one build, clocked as the Verilator
/// engine clocks the model: a beat offered every clock, egress always ready.
pub fn rust_hdl_run<const W: usize, const B: usize, const WL: usize>(
    uut: dxedge_hdl::datapath::Datapath<W, B, WL>,
    speed: Speed,
    config: &Config,
    frames: &[Vec<u8>],
) -> anyhow::Result<RustHdlRow> {
    let load = load();
    let started = Instant::now();
    let mut hdl = HdlPipeline::new(uut);
    hdl.reset();
    let mut dev = Device::open(hdl)?;
    dev.assume_zeroed()?;
    let tables = dev.compile(config)?;
    dev.program(&tables)?;
    let mut hdl = dev.into_bus();
    let setup = started.elapsed();

    let all: Vec<(usize, dxedge_testbench::beats::Beat)> = frames
        .iter()
        .flat_map(|f| beats(f, B).map(move |b| (f.len(), b)))
        .collect();
    let mut assembler = Assembler::new(B);
    let mut out: Egress = Vec::new();
    let (mut next, mut cycles, mut first) = (0usize, 0u64, None);
    let started = Instant::now();
    hdl.inputs.tready = true;
    while out.len() < frames.len() {
        let offer = next < all.len();
        if offer {
            let (len, beat) = &all[next];
            hdl.inputs.tdata = beat.words[..W / 32].to_vec();
            hdl.inputs.tkeep = beat.keep;
            hdl.inputs.tlast = beat.last;
            hdl.inputs.tuser = *len as u32;
        }
        hdl.inputs.tvalid = offer;
        let o = hdl.step();
        cycles += 1;
        if offer && o.s_tready {
            next += 1;
            first.get_or_insert(cycles);
        }
        if o.m_tvalid {
            if let Some(frame) = assembler.push(&o.m_tdata, o.m_tkeep, o.m_tlast)? {
                out.push((decode_verdict(u64::from(o.m_tuser))?, frame.to_vec()));
            }
        }
        if cycles > 100_000 + 100 * all.len() as u64 {
            bail!("rust-hdl's simulation made no progress");
        }
    }
    let traffic = started.elapsed();
    let (model, _) = through(&mut Model::new(config), frames)?;
    Ok(RustHdlRow {
        speed,
        frames: frames.len(),
        cycles: cycles + 1 - first.unwrap_or(1),
        traffic,
        setup,
        equal: out == model,
        load,
    })
}

/// The section of BENCHMARKS.md.
pub fn section(w: &mut String, rows: &[RustHdlRow]) -> anyhow::Result<()> {
    writeln!(w, "## rust-hdl's simulator\n")?;
    writeln!(
        w,
        "The same design as written in Rust (`hdl/src`), simulated by rust-hdl itself, clocked \
         by hand as the two-simulator test does (`testbench/tests/common/mod.rs`, \
         `HdlPipeline`): reset, the host driver programs it through its register bus, then \
         the first 64-byte frames of the capture above, a beat every clock, egress always \
         ready. frames/s counts the traffic only; the output is compared with the model's.\n"
    )?;
    writeln!(w, "| speed | frames | frames/s | cycles/s | set-up (build, reset, program) | same output as the model | load |")?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- |")?;
    for r in rows {
        writeln!(
            w,
            "| {} | {} × 64 B | {} | {} | {:.1} s | {} | {:.1} |",
            speed_name(r.speed),
            r.frames,
            rate(r.frames as f64 / r.traffic.as_secs_f64()),
            rate(r.cycles as f64 / r.traffic.as_secs_f64()),
            r.setup.as_secs_f64(),
            if r.equal { "yes" } else { "**no**" },
            r.load
        )?;
    }
    writeln!(
        w,
        "\nCommand: `make bench` (`testbench/benches/report/rust_hdl.rs`, `rust_hdl_run`).\n"
    )?;
    Ok(())
}
