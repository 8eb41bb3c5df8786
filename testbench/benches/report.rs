//! `make bench`: every figure of BENCHMARKS.md and its plot, from one run on this machine.
//!
//! ```text
//! cargo bench -p dxedge-testbench --bench report -- [--quick] [--out FILE.md] [--svg FILE.svg]
//! ```
//!
//! In this order, noting the load average at each step (the machine may be shared):
//!
//! 1. inputs: `dxedge gen` captures of fixed-size frames (64 to 9018 bytes), IMIX, and one
//!    million 64-byte frames;
//! 2. end to end: `dxedge replay` of each capture per engine (the model; Verilator at 10G and
//!    100G), whole processes under `/usr/bin/time` (peak resident memory); `--jobs 2`
//!    against `--jobs 1` (and the RTL's `--jobs 1` pinned to one core, the limit of any
//!    split) on the million frames and on IMIX, their runs interleaved; and IMIX
//!    at 10G without a trace, with `--trace-frames` of ten frames, and with `--trace`;
//! 3. the Verilator bridge alone (`target/release/examples/bridge_speed`, when built);
//! 4. Icarus Verilog on the first frames of each capture, through the plain Verilog test
//!    bench, its output checked against the Verilator engine's and the model's;
//! 5. rust-hdl's own simulator on the first 64-byte frames, checked against the model;
//! 6. the LPM compiler and lookups, host side;
//! 7. one route added to a programmed device (the Verilator model), against full programs;
//! 8. loading configs: parsing and validating large route tables, and compiling them;
//! 9. the live appliance: `dxedge serve` with a customer and a VPC namespace (root);
//! 10. BGP convergence: FRR announcing 100 prefixes to `dxedge serve --bgp` on the RTL,
//!     each timed to its first frame forwarded (root, BIRD, FRR);
//!
//! `--config-load` runs step 8 alone and prints its section of the Markdown on stdout;
//! `--serve` and `--bgp` run steps 9 and 10 alone the same way;
//! `--jobs-only` runs the `--jobs 2` against `--jobs 1` comparison alone (after step 1's
//! inputs it needs), the same way; `--trace-only` the three traced runs.
//!
//! then writes the Markdown and the SVG. Nothing is written unless every step ran. `--quick`
//! runs everything small, for trying the generator; its figures are not worth publishing.

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{anyhow, bail, Context};
use dxedge_hdl::datapath::{Datapath100G, Datapath10G};
use dxedge_host::config::{Config, Speed};

#[path = "../tests/common/mod.rs"]
mod common;

// The live sections' wiring is the tests' own (namespaces, serve, FRR).
#[path = "../tests/common/bgp_world.rs"]
mod bgp_world;
#[path = "../tests/common/frr.rs"]
mod frr;
#[path = "../tests/common/live.rs"]
mod live;

#[path = "report/bgp.rs"]
mod bgp_bench;
#[path = "report/config_load.rs"]
mod config_load;
#[path = "report/format.rs"]
mod format;
#[path = "report/frames.rs"]
mod frames;
#[path = "report/icarus.rs"]
mod icarus;
#[path = "report/jobs.rs"]
mod jobs;
#[path = "report/lpm.rs"]
mod lpm;
#[path = "report/machine.rs"]
mod machine;
#[path = "report/million.rs"]
mod million;
#[path = "report/plot.rs"]
mod plot;
#[path = "report/replay.rs"]
mod replay;
#[path = "report/rust_hdl.rs"]
mod rust_hdl;
#[path = "report/serve.rs"]
mod serve_bench;
#[path = "report/trace.rs"]
mod trace;
#[path = "report/updates.rs"]
mod updates;
use config_load::{config_goals, config_rows, config_section};
use format::{ms, rate, speed_name, thousands, yes_no};
use icarus::{icarus_runs, IcarusRow};
use jobs::{jobs_goal, jobs_rows, jobs_section};
use lpm::lpm_rows;
use machine::{load, machine};
use million::{profile, Profile};
use plot::{plot, series};
use replay::{first_frames, gen, out_dir, runs, Ctx, Engine, Input, Replay, Runs};
use rust_hdl::rust_hdl_run;
use trace::{trace_rows, trace_section};
use updates::updates;

/// Frame sizes of the sweep, bytes.
const SIZES: [u16; 5] = [64, 128, 512, 1518, 9018];
/// The goals the issue and the lead set, frames/s.
const GOAL_VERILATOR_10G: f64 = 1e6;
const GOAL_VERILATOR_100G: f64 = 3e6;
const GOAL_MODEL: f64 = 5e6;
const GOAL_ICARUS_RATIO: f64 = 1000.0;
/// Seconds of each iperf3 run in the live appliance's section.
const SERVE_SECONDS: u32 = 4;

/// How big each step is.
#[derive(Clone, Copy, Debug)]
struct Plan {
    /// Bytes of frames in each capture of the sweep.
    sweep_bytes: u64,
    /// Runs of each replay of the sweep, per engine (the median is kept).
    model_runs: usize,
    verilator_runs: usize,
    /// Frames of the one-million-frame runs, and runs of each.
    million: u64,
    million_model_runs: usize,
    million_verilator_runs: usize,
    /// Clock cycles of traffic an Icarus run aims at, per build.
    icarus_cycles_10g: u64,
    icarus_cycles_100g: u64,
    /// 64-byte frames through rust-hdl's simulator, per build.
    rust_hdl_frames_10g: usize,
    rust_hdl_frames_100g: usize,
    /// Timings of each LPM compile (best and median kept).
    lpm_runs: usize,
    lookups: usize,
    /// Routes added one at a time to a programmed device.
    incremental_steps: usize,
    packed_steps: usize,
    bridge_cycles: u64,
    /// IMIX frames of the `--jobs` comparison, and runs of each side.
    jobs_imix: u64,
    jobs_model_runs: usize,
    jobs_verilator_runs: usize,
    /// Announcements of the 100 prefixes per speed in the BGP section.
    bgp_rounds: usize,
}

const FULL: Plan = Plan {
    sweep_bytes: 16_000_000,
    model_runs: 5,
    verilator_runs: 3,
    million: 1_000_000,
    million_model_runs: 7,
    // Five, not three: on a shared 2-core VM a neighbour's burst can slow two runs in a row
    // by 15-20 %, and the median of three then reports the burst
    million_verilator_runs: 5,
    icarus_cycles_10g: 3_000,
    icarus_cycles_100g: 1_200,
    rust_hdl_frames_10g: 400,
    rust_hdl_frames_100g: 1_000,
    lpm_runs: 5,
    lookups: 2_000_000,
    incremental_steps: 20,
    packed_steps: 4,
    bridge_cycles: 2_000_000,
    jobs_imix: 200_000,
    jobs_model_runs: 7,
    // Nine: this VM's two cores are at times unequal for tens of seconds, which slows one
    // piece of a `--jobs 2` run by up to half; with five runs two such runs set the median.
    jobs_verilator_runs: 9,
    bgp_rounds: 5,
};

const QUICK: Plan = Plan {
    sweep_bytes: 1_000_000,
    model_runs: 1,
    verilator_runs: 1,
    million: 100_000,
    million_model_runs: 2,
    million_verilator_runs: 1,
    icarus_cycles_10g: 400,
    icarus_cycles_100g: 150,
    rust_hdl_frames_10g: 10,
    rust_hdl_frames_100g: 20,
    lpm_runs: 2,
    lookups: 200_000,
    incremental_steps: 4,
    packed_steps: 2,
    bridge_cycles: 200_000,
    jobs_imix: 20_000,
    jobs_model_runs: 2,
    jobs_verilator_runs: 1,
    bgp_rounds: 2,
};

/// A directory removed when the bench ends, however it ends (the outputs on `/dev/shm` hold
/// memory until they go).
struct RemovedAtEnd(PathBuf);

impl Drop for RemovedAtEnd {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn run() -> anyhow::Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or_else(|| anyhow!("no workspace"))?
        .to_path_buf();
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from)
    };
    let quick = args.iter().any(|a| a == "--quick");
    if args.iter().any(|a| a == "--serve") {
        let rows = serve_bench::serve_rows(&root, SERVE_SECONDS)?;
        let mut md = String::from("| goal | measured | |\n| --- | --- | --- |\n");
        serve_bench::serve_goals(&mut md, &rows);
        md.push('\n');
        serve_bench::serve_section(&mut md, &rows, SERVE_SECONDS);
        print!("{md}");
        return Ok(());
    }
    if args.iter().any(|a| a == "--bgp") {
        let load_start = load();
        let rows = bgp_bench::bgp_rows(if quick { QUICK } else { FULL }.bgp_rounds)?;
        let mut md = String::from("| goal | measured | |\n| --- | --- | --- |\n");
        bgp_bench::bgp_goals(&mut md, &rows);
        md.push('\n');
        bgp_bench::bgp_section(&mut md, &rows);
        let m = machine(&root);
        writeln!(
            md,
            "(This section alone: {}, commit {}, load average {load_start:.1} at the start \
             and {:.1} at the end.)\n",
            m.date,
            m.commit,
            load()
        )?;
        print!("{md}");
        return Ok(());
    }
    if args.iter().any(|a| a == "--config-load") {
        let plan = if quick { QUICK } else { FULL };
        let rows = config_rows(&plan)?;
        let mut md = String::from("| goal | measured | |\n| --- | --- | --- |\n");
        config_goals(&mut md, &rows)?;
        md.push('\n');
        config_section(&mut md, &rows, &plan)?;
        print!("{md}");
        return Ok(());
    }
    let jobs_only = args.iter().any(|a| a == "--jobs-only");
    let trace_only = args.iter().any(|a| a == "--trace-only");
    let md_path = value("--out").unwrap_or_else(|| root.join("BENCHMARKS.md"));
    let svg_path = value("--svg").unwrap_or_else(|| root.join("docs/bench/frames-per-second.svg"));
    let ctx = Ctx {
        bin: PathBuf::from(env!("CARGO_BIN_EXE_dxedge")),
        work: root.join("target/bench/report"),
        out: out_dir(&root.join("target/bench/report")),
        root: root.clone(),
        plan: if quick { QUICK } else { FULL },
    };
    if !dxedge_sim::VERILATOR_AVAILABLE {
        bail!(
            "this build has no Verilator models: install verilator and rebuild (make bench does)"
        );
    }
    let _ = fs::remove_dir_all(&ctx.work);
    fs::create_dir_all(&ctx.work)?;
    let _out = RemovedAtEnd(ctx.out.clone());
    let started = Instant::now();
    let load_start = load();
    let machine = machine(&root);
    let plan = ctx.plan;

    // 1. Inputs
    eprintln!("-- INPUTS");
    let mut inputs = Vec::new();
    for size in SIZES {
        let count = (plan.sweep_bytes / u64::from(size)).clamp(1_000, 250_000);
        let size_text = size.to_string();
        inputs.push(gen(
            &ctx,
            &size_text,
            &["--scenario", "fixed", "--size", &size_text, "--seed", "1"],
            count,
        )?);
    }
    // IMIX: 7:4:1 of 64, 594 and 1518 bytes, about 361 bytes a frame.
    inputs.push(gen(
        &ctx,
        "IMIX",
        &["--scenario", "imix", "--seed", "1"],
        (plan.sweep_bytes / 361).max(1_000),
    )?);
    let million = gen(
        &ctx,
        "min-size",
        &["--scenario", "min-size", "--seed", "1"],
        plan.million,
    )?;
    let million_back = gen(
        &ctx,
        "scale-to-customer",
        &[
            "--scenario",
            "scale",
            "--direction",
            "to-customer",
            "--seed",
            "1",
        ],
        plan.million,
    )?;

    // The --jobs comparison: the million frames and a larger IMIX.
    let jobs_imix = gen(
        &ctx,
        "imix-jobs",
        &["--scenario", "imix", "--seed", "1"],
        plan.jobs_imix,
    )?;
    let imix = inputs
        .iter()
        .find(|i| i.label == "IMIX")
        .ok_or_else(|| anyhow!("no IMIX input"))?;
    if trace_only {
        let rows = trace_rows(&ctx, imix)?;
        let mut md = String::new();
        trace_section(&mut md, &ctx, imix, &rows)?;
        writeln!(
            md,
            "(This section alone: `cargo bench -p dxedge-testbench --bench report -- --trace-only`, \
             {}, commit {}, load average {:.1} at the start.)\n",
            machine.date, machine.commit, load_start
        )?;
        print!("{md}");
        return Ok(());
    }
    if jobs_only {
        let rows = jobs_rows(&ctx, &[&million, &jobs_imix])?;
        let mut md = String::from("| goal | measured | |\n| --- | --- | --- |\n");
        jobs_goal(&mut md, &rows)?;
        md.push('\n');
        jobs_section(&mut md, &ctx, &rows)?;
        writeln!(
            md,
            "(This section alone: `cargo bench -p dxedge-testbench --bench report -- --jobs-only`, \
             {}, commit {}, load average {:.1} at the start.)\n",
            machine.date, machine.commit, load_start
        )?;
        print!("{md}");
        return Ok(());
    }

    // 2. End to end
    let mut sweep: Vec<(Input, Vec<Runs>)> = Vec::new();
    for input in &inputs {
        let mut per_engine = Vec::new();
        for engine in Engine::ALL {
            eprintln!("-- REPLAY {} {}", input.label, engine.name());
            let n = match engine {
                Engine::Model => plan.model_runs,
                Engine::Verilator(_) => plan.verilator_runs,
            };
            per_engine.push(runs(&ctx, input, engine, n)?);
        }
        sweep.push((input.clone(), per_engine));
    }
    eprintln!("-- REPLAY one million");
    let mut big = Vec::new();
    for engine in Engine::ALL {
        let n = match engine {
            Engine::Model => plan.million_model_runs,
            Engine::Verilator(_) => plan.million_verilator_runs,
        };
        big.push(runs(&ctx, &million, engine, n)?);
    }
    eprintln!("-- REPLAY one million to the customer");
    let mut back = Vec::new();
    for engine in Engine::ALL {
        let n = match engine {
            Engine::Model => plan.million_model_runs,
            Engine::Verilator(_) => plan.million_verilator_runs,
        };
        back.push(runs(&ctx, &million_back, engine, n)?);
    }

    let jobs = jobs_rows(&ctx, &[&million, &jobs_imix])?;
    let traces = trace_rows(&ctx, imix)?;

    eprintln!("-- PROFILE");
    let profiles: Vec<(Engine, Option<Profile>)> = Engine::ALL
        .into_iter()
        .map(|e| (e, profile(&ctx, &million, e)))
        .collect();

    // 3. The bridge alone
    let bridge = million::bridge(&root, &plan)?;

    // 4. Icarus
    let icarus_rows = icarus_runs(&ctx, &inputs)?;

    // 5. rust-hdl
    eprintln!("-- RUST-HDL");
    let fixed64 = &inputs[0];
    let config64 = Config::load(&fixed64.config())?;
    let hdl_rows = vec![
        rust_hdl_run(
            Datapath10G::new(),
            Speed::G10,
            &config64,
            &first_frames(fixed64, plan.rust_hdl_frames_10g)?,
        )?,
        rust_hdl_run(
            Datapath100G::new(),
            Speed::G100,
            &config64,
            &first_frames(fixed64, plan.rust_hdl_frames_100g)?,
        )?,
    ];

    // 6. LPM
    eprintln!("-- LPM");
    let (lpm, lookups) = lpm_rows(&plan)?;

    // 7. One route added
    eprintln!("-- UPDATES");
    let (device_routes, updates) = updates(&plan)?;

    // 8. Config loading
    eprintln!("-- CONFIG LOAD");
    let config_load = config_rows(&plan)?;

    // 9. The live appliance
    eprintln!("-- SERVE");
    let serve = serve_bench::serve_rows(&root, SERVE_SECONDS)?;

    // 10. BGP convergence through the live appliance
    let bgp = bgp_bench::bgp_rows(plan.bgp_rounds)?;

    let load_end = load();
    let elapsed = started.elapsed();

    // ---------------------------------------------------------------------------------
    // The plot
    if let Some(dir) = svg_path.parent() {
        fs::create_dir_all(dir)?;
    }
    plot(&svg_path, &series(&inputs, &sweep, &icarus_rows, &hdl_rows))?;
    // ---------------------------------------------------------------------------------
    // The Markdown
    let mut md = String::new();
    let w = &mut md;
    let rel_svg = svg_path
        .strip_prefix(md_path.parent().unwrap_or(&root))
        .unwrap_or(&svg_path)
        .display()
        .to_string();

    writeln!(
        w,
        "<!-- DO NOT EDIT: written by `make bench` (testbench/benches/report.rs) -->\n"
    )?;
    writeln!(w, "# Benchmarks\n")?;
    if quick {
        writeln!(
            w,
            "**A `--quick` run: small inputs, single runs. Not figures to quote.**\n"
        )?;
    }
    writeln!(
        w,
        "Every figure below comes from one run of `make bench` ({:.0} s of measuring after the \
         build), which regenerates this file and the plot [`{rel_svg}`]({rel_svg}); each \
         section names the command that produced its figures.\n",
        elapsed.as_secs_f64()
    )?;
    machine::section(w, &machine, load_start, load_end, &ctx.out)?;

    // Goals
    let model64 = Runs::rate(big[0].median());
    let v10 = Runs::rate(big[1].median());
    let v100 = Runs::rate(big[2].median());
    let ceiling = |r: &Replay, cycles_per_frame: f64| {
        let cps = r.cycles.unwrap_or(0) as f64 / r.engine_seconds;
        (cps, cps / cycles_per_frame)
    };
    let (cps10, ceil10) = ceiling(big[1].median(), 8.0);
    let (cps100, ceil100) = ceiling(big[2].median(), 1.0);
    let back10 = Runs::rate(back[1].median());
    let back100 = Runs::rate(back[2].median());
    let ratio_of = |r: &IcarusRow| r.verilator_fps() / r.frames_per_second();
    let worst = icarus_rows
        .iter()
        .min_by(|a, b| ratio_of(a).total_cmp(&ratio_of(b)))
        .ok_or_else(|| anyhow!("no Icarus run"))?;
    let min_ratio = ratio_of(worst);
    let icarus_why = if min_ratio >= GOAL_ICARUS_RATIO {
        String::new()
    } else {
        let met = icarus_rows
            .iter()
            .filter(|r| ratio_of(r) >= GOAL_ICARUS_RATIO)
            .count();
        let span = |values: Vec<f64>| {
            let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = values.iter().copied().fold(0.0, f64::max);
            format!("{} to {}", rate(lo), rate(hi))
        };
        let per_speed = [Speed::G10, Speed::G100]
            .iter()
            .map(|&speed| {
                let rows: Vec<&IcarusRow> =
                    icarus_rows.iter().filter(|r| r.speed == speed).collect();
                format!(
                    "at {}, Icarus {} cycles/s and the Verilator engine {} cycles/s",
                    speed_name(speed),
                    span(rows.iter().map(|r| r.cycles_per_second()).collect()),
                    span(rows.iter().map(|r| r.verilator_cps()).collect())
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        format!(
            ": {met} of {} runs reach 1,000×, the lowest is {} {} ({:.0}×). The clock rates \
             measured: {per_speed}. Icarus is faster with longer frames (likely because \
             fewer frames start per clock, so an event-driven simulator has less to do), and \
             the Verilator engine clocks the design more slowly at 100G than at 10G",
            icarus_rows.len(),
            speed_name(worst.speed),
            worst.input,
            min_ratio
        )
    };
    let all_equal =
        icarus_rows.iter().all(|r| r.differs.is_none()) && hdl_rows.iter().all(|r| r.equal);
    let inc = &updates[2];
    let full = &updates[0];
    writeln!(w, "## Goals\n")?;
    writeln!(w, "| goal | measured | |")?;
    writeln!(w, "| --- | --- | --- |")?;
    writeln!(
        w,
        "| model ≥ 5 M frames/s, 64-byte frames | {} frames/s (median) | {} |",
        rate(model64),
        yes_no(model64 >= GOAL_MODEL)
    )?;
    for (speed, got, goal, cps, ceil, cpf) in [
        (Speed::G10, v10, GOAL_VERILATOR_10G, cps10, ceil10, 8),
        (Speed::G100, v100, GOAL_VERILATOR_100G, cps100, ceil100, 1),
    ] {
        let share = profiles
            .iter()
            .find(|(e, _)| *e == Engine::Verilator(speed))
            .and_then(|(_, p)| p.as_ref())
            .map_or(String::new(), |p| {
                format!(
                    "; a profile of the replay puts {:.0} % of the time in the Verilated model's \
                     own evaluation (section below)",
                    p.verilated
                )
            });
        let why = if got >= goal {
            String::new()
        } else {
            format!(
                ": Verilator clocked the pipeline at {:.2} M cycles/s in this replay and a \
                 64-byte frame takes {cpf} clock{} at {}, so this clock rate allows at most \
                 {} frames/s; the goal needs {:.0} M cycles/s{share}",
                cps / 1e6,
                if cpf == 1 { "" } else { "s" },
                speed_name(speed),
                rate(ceil),
                goal * cpf as f64 / 1e6
            )
        };
        writeln!(
            w,
            "| Verilator engine ≥ {} frames/s at {}, 64-byte frames | {} frames/s (median) | {}{why} |",
            rate(goal),
            speed_name(speed),
            rate(got),
            yes_no(got >= goal)
        )?;
    }
    for (speed, got, goal) in [
        (Speed::G10, back10, GOAL_VERILATOR_10G),
        (Speed::G100, back100, GOAL_VERILATOR_100G),
    ] {
        writeln!(
            w,
            "| Verilator engine ≥ {} frames/s at {} to the customer, 64-byte frames, 64 VIFs and 16,384 customer routes | {} frames/s (median) | {} |",
            rate(goal),
            speed_name(speed),
            rate(got),
            yes_no(got >= goal)
        )?;
    }
    writeln!(
        w,
        "| Verilator engine ≥ 1,000× Icarus Verilog, frames/s | {:.0}× at the least (every size, both speeds) | {}{icarus_why} |",
        min_ratio,
        yes_no(min_ratio >= GOAL_ICARUS_RATIO)
    )?;
    writeln!(
        w,
        "| Icarus's and rust-hdl's output equal ours | {} | {} |",
        if all_equal {
            "every frame and verdict equal (and Icarus's clock counts)"
        } else {
            "differences: see the sections below"
        },
        yes_no(all_equal)
    )?;
    jobs_goal(w, &jobs)?;
    config_goals(w, &config_load)?;
    serve_bench::serve_goals(w, &serve);
    bgp_bench::bgp_goals(w, &bgp);
    let inc_ratio_t = full.median_total().as_secs_f64() / inc.median_total().as_secs_f64();
    let inc_ratio_w = full.median_writes() as f64 / inc.median_writes().max(1) as f64;
    writeln!(
        w,
        "| one route added: far below a full recompile | {} bus writes and {} (median) against {} and {} | {} ({:.0}× fewer writes, {:.0}× faster) |\n",
        thousands(inc.median_writes() as u64),
        ms(inc.median_total()),
        thousands(full.median_writes() as u64),
        ms(full.median_total()),
        yes_no(inc_ratio_w >= 100.0 && inc_ratio_t >= 10.0),
        inc_ratio_w,
        inc_ratio_t
    )?;

    frames::section(w, &ctx, &inputs, &sweep, &rel_svg)?;
    million::section(
        w,
        &ctx,
        &sweep,
        (&million, &big),
        (&million_back, &back),
        &profiles,
        bridge.as_ref(),
    )?;
    jobs_section(w, &ctx, &jobs)?;
    trace_section(w, &ctx, imix, &traces)?;
    icarus::section(w, &ctx, &machine, &icarus_rows)?;
    rust_hdl::section(w, &hdl_rows)?;
    lpm::section(w, &plan, &lpm, &lookups)?;
    updates::section(w, device_routes, &updates)?;

    config_section(w, &config_load, &plan)?;
    serve_bench::serve_section(w, &serve, SERVE_SECONDS);
    bgp_bench::bgp_section(w, &bgp);

    fs::write(&md_path, md).with_context(|| format!("cannot write {}", md_path.display()))?;
    eprintln!(
        "-- wrote {} and {} in {:.0} s",
        md_path.display(),
        svg_path.display(),
        elapsed.as_secs_f64()
    );
    Ok(())
}
