//! `make bench`: clock cycles per second through the Verilator bridge, both builds.
//!
//! Two loads: the pipeline idle (the cost of a clock through the FFI shim), and back-to-back
//! 64-byte frames at line rate (one beat in and out every clock at 100G, every 8 at 10G),
//! which is what a replay runs.

use std::time::Instant;

use dxedge_sim::port_pipeline::{Build, PortPipelineSim};

fn main() {
    let cycles: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000_000);
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
            "{}: {:.1} M cycles/s idle, {:.1} M cycles/s with 64-byte frames at line rate ({} beats out)",
            build.name(),
            idle / 1e6,
            busy / 1e6,
            out_beats
        );
    }
}
