//! `make bench`: clock cycles per second through the Verilator bridge.
//!
//! The bridge alone: the bridge probe (the pipeline's boundary registers and a FIFO, nothing
//! else) with a beat in and out every clock, one FFI call a clock. Then the port pipeline,
//! idle and with back-to-back 64-byte frames at line rate, which is what a replay runs.

use std::time::Instant;

use dxedge_sim::model::{Model, ModelSpec};
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};

fn probe(spec: &'static ModelSpec, words: usize, cycles: u64) -> Result<f64, String> {
    let p = |n: &str| spec.input(n).map_err(|e| e.to_string());
    let (tdata, tvalid, tready, reset) = (
        p("s_axis$tdata")?,
        p("s_axis$tvalid")?,
        p("m_axis$tready")?,
        p("reset")?,
    );
    let mvalid = spec.output("m_axis$tvalid").map_err(|e| e.to_string())?;
    let mut m = Model::new(spec);
    m.set(reset, 1);
    m.cycle();
    m.set(reset, 0);
    m.set(tvalid, 1);
    m.set(tready, 1);
    let mut data = vec![0u32; words];
    let mut out = 0u64;
    let t = Instant::now();
    for i in 0..cycles {
        data[0] = i as u32;
        m.set_words(tdata, &data);
        m.cycle();
        out += m.get(mvalid);
    }
    let rate = cycles as f64 / t.elapsed().as_secs_f64();
    if out + 16 < cycles {
        return Err(format!("the probe passed {out} beats in {cycles} clocks"));
    }
    Ok(rate)
}

fn main() {
    let cycles: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000_000);
    if !dxedge_sim::VERILATOR_AVAILABLE {
        eprintln!("this build has no Verilator models: install verilator and rebuild");
        std::process::exit(2);
    }
    #[cfg(not(dxedge_no_verilator))]
    for (name, spec, words) in [
        ("64-bit", &dxedge_sim::model::BRIDGE_PROBE_64, 2),
        ("512-bit", &dxedge_sim::model::BRIDGE_PROBE_512, 16),
    ] {
        match probe(spec, words, cycles) {
            Ok(rate) => println!(
                "bridge probe {name}: {:.1} M cycles/s, a beat in and out every clock",
                rate / 1e6
            ),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        }
    }
    for build in [Build::TenG, Build::HundredG] {
        let mut sim = match PortPipelineSim::new(build) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        if let Err(e) = sim.reset() {
            eprintln!("{e}");
            std::process::exit(2);
        }
        sim.set_egress_ready(true);
        sim.idle_ingress();
        let t = Instant::now();
        for _ in 0..cycles {
            sim.cycle();
        }
        let idle = cycles as f64 / t.elapsed().as_secs_f64();

        // 64-byte frames, back to back
        let bb = build.beat_bytes();
        let beats_per_frame = 64 / bb;
        let words = vec![0x0102_0304u32; bb / 4];
        let mut beat = 0;
        let mut out_beats = 0u64;
        let t = Instant::now();
        for _ in 0..cycles {
            let last = beat + 1 == beats_per_frame;
            sim.offer(&words, u64::MAX >> (64 - bb), last, 64);
            sim.cycle();
            if sim.ingress_taken() {
                beat = if last { 0 } else { beat + 1 };
            }
            if sim.egress().is_some() {
                out_beats += 1;
            }
        }
        let busy = cycles as f64 / t.elapsed().as_secs_f64();
        println!(
            "port pipeline {}: {:.1} M cycles/s idle, {:.1} M cycles/s with 64-byte frames at line rate ({} beats out)",
            build.name(),
            idle / 1e6,
            busy / 1e6,
            out_beats
        );
    }
}
