//! "Icarus Verilog": the generated Verilog under Icarus on the first frames of each capture,
//! checked against the Verilator engine and the model.

use crate::format::rate;
use crate::format::speed_name;
use crate::format::thousands;
use crate::machine::load;
use crate::machine::Machine;
use crate::replay::first_frames;
use crate::replay::replay;
use crate::replay::Ctx;
use crate::replay::Engine;
use crate::replay::Input;
use crate::replay::Replay;
use crate::replay::Runs;
use dxedge_host::config::Config;
use dxedge_host::config::Speed;
use dxedge_testbench::icarus;
use dxedge_testbench::icarus::record_program;
use dxedge_testbench::icarus::through;
use dxedge_testbench::icarus::Egress;
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::build_for;
use dxedge_testbench::rtl_engine::RtlEngine;
use std::fmt::Write as _;
use std::fs;
use std::time::Duration;

pub struct IcarusRow {
    pub input: String,
    pub speed: Speed,
    pub frames: usize,
    pub cycles: u64,
    pub total_cycles: u64,
    pub traffic: Duration,
    pub run: Duration,
    pub compile: Duration,
    /// None: equal to both; Some(what differed).
    pub differs: Option<String>,
    pub load: f64,
    /// The Verilator engine's replay of the whole capture, run right after the Icarus run
    /// so that both meet the same load on a shared machine.
    pub verilator: Replay,
}

impl IcarusRow {
    pub fn verilator_fps(&self) -> f64 {
        Runs::rate(&self.verilator)
    }
    pub fn verilator_cps(&self) -> f64 {
        self.verilator.cycles.unwrap_or(0) as f64 / self.verilator.engine_seconds
    }
    pub fn frames_per_second(&self) -> f64 {
        self.frames as f64 / self.traffic.as_secs_f64()
    }
    pub fn cycles_per_second(&self) -> f64 {
        self.cycles as f64 / self.traffic.as_secs_f64()
    }
}

pub fn compare(what: &str, a: &Egress, b: &Egress) -> Option<String> {
    if a.len() != b.len() {
        return Some(format!("{what}: {} frames against {}", a.len(), b.len()));
    }
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .map(|i| format!("{what}: frame {i} differs"))
}

pub fn icarus_runs(ctx: &Ctx, inputs: &[Input]) -> anyhow::Result<Vec<IcarusRow>> {
    let mut rows = Vec::new();
    for speed in [Speed::G10, Speed::G100] {
        let build = build_for(speed);
        let budget = match speed {
            Speed::G10 => ctx.plan.icarus_cycles_10g,
            Speed::G100 => ctx.plan.icarus_cycles_100g,
        };
        let mut recorded: Option<(String, Vec<icarus::Op>)> = None;
        for input in inputs {
            let beats_per_frame = (input.mean_len / build.beat_bytes() as f64).ceil().max(1.0);
            let n = ((budget as f64 / beats_per_frame) as usize).clamp(6, 1000);
            let frames = first_frames(input, n)?;
            let config_text = fs::read_to_string(input.config())?;
            let config = Config::parse(&config_text, "appliance.toml")?;
            let ops = match &recorded {
                Some((text, ops)) if *text == config_text => ops.clone(),
                _ => {
                    let ops = record_program(&config, build)?;
                    recorded = Some((config_text, ops.clone()));
                    ops
                }
            };
            let dir = ctx.work.join("icarus").join(format!(
                "{}-{}",
                build.name(),
                input.label.to_lowercase()
            ));
            let load = load();
            eprintln!(
                "-- ICARUS {} {} ({} frames)",
                build.name(),
                input.label,
                frames.len()
            );
            let ran = icarus::run(build, &ops, &frames, &dir)?;
            let mut rtl = RtlEngine::new(
                &config,
                dxedge_host::direction::Direction::ToAws,
                speed,
                None,
            )?;
            let (verilator, report) = through(&mut rtl, &frames)?;
            let (model, _) = through(&mut Model::new(&config), &frames)?;
            let mut differs = compare("against Verilator", &ran.frames, &verilator)
                .or_else(|| compare("against the model", &ran.frames, &model));
            if differs.is_none() && report.cycles != Some(ran.cycles) {
                differs = Some(format!(
                    "clock counts: Icarus {}, Verilator {:?}",
                    ran.cycles, report.cycles
                ));
            }
            let verilator = replay(ctx, input, Engine::Verilator(speed))?;
            rows.push(IcarusRow {
                verilator,
                input: input.label.clone(),
                speed,
                frames: frames.len(),
                cycles: ran.cycles,
                total_cycles: ran.total_cycles,
                traffic: ran.traffic,
                run: ran.run,
                compile: ran.compile,
                differs,
                load,
            });
        }
    }
    Ok(rows)
}

/// The section of BENCHMARKS.md.
pub fn section(
    w: &mut String,
    ctx: &Ctx,
    machine: &Machine,
    rows: &[IcarusRow],
) -> anyhow::Result<()> {
    writeln!(w, "## Icarus Verilog\n")?;
    writeln!(
        w,
        "The same generated Verilog (`hdl/verilog/datapath_{{10g,100g}}.v`) under {}, \
         driven by a plain Verilog test bench, `testbench/icarus/tb_port_pipeline.v`: it reads \
         the host driver's register accesses (recorded with `bus::Recorder` while the driver \
         programs the Verilator model) and the ingress beats from files (`$readmemh`), offers \
         a beat every clock, and writes every egress beat to a file. Inputs: the first frames \
         of the captures above. `testbench/src/icarus.rs` writes the files, compiles with \
         `iverilog -g2005` and runs `vvp`; frames/s counts the traffic only (from the first \
         beat offered to the last frame out, timed by the lines the test bench prints), not \
         compiling, reset or programming. The speed-up divides the Verilator engine's end-to-end \
         frames/s on the whole capture (one `dxedge replay`, as in the table above, run right \
         after the Icarus run so that both meet the same load; it includes process start-up \
         and file writing) by Icarus's; it favours Icarus.\n\n**Same output**: each run's frames and \
         verdicts are compared with the Verilator engine's and the model's on the same frames, \
         and its clock count (first beat in to last beat out) with the Verilator engine's \
         (`tests/icarus.rs` checks the same on the demo mix at both speeds in `make test`).\n",
        machine.iverilog
    )?;
    writeln!(
        w,
        "| speed | frames | Icarus frames/s | Icarus cycles/s | Verilator frames/s (cycles/s) | Verilator ÷ Icarus: frames/s (cycles/s) | vvp run (compile) | same output: cycles in traffic, in all | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")?;
    for r in rows {
        let v = r.verilator_fps();
        let label = if r.input == "IMIX" {
            "IMIX".to_string()
        } else {
            format!("{} B", r.input)
        };
        writeln!(
            w,
            "| {} | {} × {label} | {} | {} | {} ({}) | {:.0}× ({:.0}×) | {:.1} s ({:.1} s) | {} | {:.1} |",
            speed_name(r.speed),
            r.frames,
            rate(r.frames_per_second()),
            rate(r.cycles_per_second()),
            rate(v),
            rate(r.verilator_cps()),
            v / r.frames_per_second(),
            r.verilator_cps() / r.cycles_per_second(),
            r.run.as_secs_f64(),
            r.compile.as_secs_f64(),
            match &r.differs {
                None => format!(
                    "yes: {}, {}",
                    thousands(r.cycles),
                    thousands(r.total_cycles)
                ),
                Some(d) => format!("**no**: {d}"),
            },
            r.load
        )?;
    }
    writeln!(
        w,
        "\nCommand: `make bench` (`testbench/benches/report/icarus.rs`, `icarus_runs`; the files of each \
         run are left in `{}/icarus/`, and `vvp -n tb.vvp` there runs it again).\n",
        ctx.rel(&ctx.work)
    )?;
    Ok(())
}
