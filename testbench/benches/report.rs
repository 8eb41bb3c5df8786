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
//!    against `--jobs 1` on the million frames and on IMIX, their runs interleaved; and IMIX
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
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use dxedge_hdl::datapath::{Datapath100G, Datapath10G};
use dxedge_host::config::{Config, Ipv4Prefix, Route, Speed};
use dxedge_host::driver::Device;
use dxedge_host::lpm::{LpmError, LpmImage, LpmRoute};
use dxedge_host::regmap::CAPACITY;
use dxedge_host::tables::Tables;
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};
use dxedge_testbench::beats::{beats, Assembler};
use dxedge_testbench::capture::CaptureReader;
use dxedge_testbench::icarus::{self, record_program, through, Egress};
use dxedge_testbench::lpm::RangeTable;
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::{build_for, decode_verdict, RtlEngine};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[path = "../tests/common/mod.rs"]
mod common;
use common::{Clocked, HdlPipeline};

// The live sections' wiring is the tests' own (namespaces, serve, FRR).
#[path = "../tests/common/bgp_world.rs"]
mod bgp_world;
#[path = "../tests/common/frr.rs"]
mod frr;
#[path = "../tests/common/live.rs"]
mod live;

#[path = "report/bgp.rs"]
mod bgp_bench;
#[path = "report/serve.rs"]
mod serve_bench;

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
    jobs_verilator_runs: 5,
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

// ---------------------------------------------------------------------------------------
// The machine

struct Machine {
    nproc: String,
    cpu: String,
    memory: String,
    date: String,
    commit: String,
    rustc: String,
    verilator: String,
    iverilog: String,
}

/// The 1-minute load average.
fn load() -> f64 {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|l| l.parse().ok()))
        .unwrap_or(f64::NAN)
}

/// A command's standard output, trimmed; empty when it cannot run.
fn output_of(program: &str, args: &[&str], dir: &Path) -> String {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .map(|o| {
            let text = if o.stdout.is_empty() {
                o.stderr
            } else {
                o.stdout
            };
            String::from_utf8_lossy(&text).trim().to_string()
        })
        .unwrap_or_default()
}

fn machine(root: &Path) -> Machine {
    let cpu = output_of("lscpu", &[], root)
        .lines()
        .find_map(|l| l.strip_prefix("Model name:").map(|m| m.trim().to_string()))
        .unwrap_or_else(|| "unknown".into());
    let memory = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        })
        .map_or("unknown".into(), |kb| {
            format!("{:.0} GiB", kb / 1024.0 / 1024.0)
        });
    let mut commit = output_of("git", &["rev-parse", "--short", "HEAD"], root);
    if !output_of(
        "git",
        &["status", "--porcelain", "--untracked-files=no"],
        root,
    )
    .is_empty()
    {
        commit.push_str(" with uncommitted changes");
    }
    Machine {
        nproc: output_of("nproc", &[], root),
        cpu,
        memory,
        date: output_of("date", &["-u", "+%Y-%m-%d %H:%M UTC"], root),
        commit,
        rustc: output_of("rustc", &["-V"], root),
        verilator: output_of("verilator", &["--version"], root),
        iverilog: output_of("iverilog", &["-V"], root)
            .lines()
            .next()
            .unwrap_or("")
            .replace(" ()", ""),
    }
}

// ---------------------------------------------------------------------------------------
// Inputs and end-to-end replays

struct Ctx {
    root: PathBuf,
    bin: PathBuf,
    work: PathBuf,
    plan: Plan,
}

impl Ctx {
    /// A path as the commands show it: relative to the repository.
    fn rel(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// One capture and its config.
#[derive(Clone)]
struct Input {
    /// "64", ..., "9018", "IMIX"
    label: String,
    dir: PathBuf,
    records: u64,
    /// Mean captured length of a record, bytes.
    mean_len: f64,
    gen_command: String,
    /// Replay flags the capture needs (its direction).
    replay_args: Vec<String>,
}

impl Input {
    fn config(&self) -> PathBuf {
        self.dir.join("appliance.toml")
    }
    fn capture(&self) -> PathBuf {
        self.dir.join("capture.pcap")
    }
    fn size(&self) -> Option<u16> {
        self.label.parse().ok()
    }
}

fn gen(ctx: &Ctx, label: &str, args: &[&str], count: u64) -> anyhow::Result<Input> {
    let dir = ctx.work.join("in").join(label.to_lowercase());
    let count_text = count.to_string();
    let mut full: Vec<&str> = vec!["gen"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["--count", &count_text, "--out"]);
    let dir_text = dir.display().to_string();
    full.push(&dir_text);
    let status = Command::new(&ctx.bin)
        .args(&full)
        .stdout(std::process::Stdio::null())
        .status()
        .context("running dxedge gen")?;
    if !status.success() {
        bail!("dxedge gen {args:?} failed");
    }
    let capture = dir.join("capture.pcap");
    let bytes = fs::metadata(&capture)?.len();
    // Classic pcap: a 24-byte file header, a 16-byte header per record.
    let mean_len = (bytes - 24) as f64 / count as f64 - 16.0;
    // Read it once so that every engine reads it from the page cache.
    let _ = fs::read(&capture)?;
    let shown = full
        .iter()
        .map(|a| {
            if *a == dir_text {
                ctx.rel(&dir)
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Input {
        label: label.to_string(),
        dir,
        records: count,
        mean_len,
        gen_command: format!("{} {shown}", ctx.rel(&ctx.bin)),
        // A capture of the AWS side replays to the customer.
        replay_args: match args.windows(2).find(|w| w[0] == "--direction") {
            Some(w) => vec!["--direction".into(), w[1].to_string()],
            None => vec![],
        },
    })
}

/// One whole `dxedge replay` process.
#[derive(Clone, Debug)]
struct Replay {
    /// Process wall time, seconds.
    wall: f64,
    /// Peak resident set, KiB (`/usr/bin/time` %M).
    rss_kib: u64,
    /// CPU time, user plus system, seconds (`/usr/bin/time` %U %S).
    cpu: f64,
    packets: u64,
    cycles: Option<u64>,
    /// run.json's wall_seconds: the replay without process start-up.
    engine_seconds: f64,
    /// `--jobs N`: each piece's own wall time (run.json's `shards`).
    pieces: Vec<f64>,
    load: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Engine {
    Model,
    Verilator(Speed),
}

impl Engine {
    const ALL: [Engine; 3] = [
        Engine::Model,
        Engine::Verilator(Speed::G10),
        Engine::Verilator(Speed::G100),
    ];
    fn name(self) -> &'static str {
        match self {
            Engine::Model => "model",
            Engine::Verilator(Speed::G10) => "verilator 10g",
            Engine::Verilator(Speed::G100) => "verilator 100g",
        }
    }
    fn args(self) -> [&'static str; 4] {
        match self {
            // The model is the same code at either speed.
            Engine::Model => ["--engine", "model", "--speed", "10g"],
            Engine::Verilator(Speed::G10) => ["--engine", "verilator", "--speed", "10g"],
            Engine::Verilator(Speed::G100) => ["--engine", "verilator", "--speed", "100g"],
        }
    }
}

fn replay_command(ctx: &Ctx, input: &Input, engine: Engine, out: &Path) -> Vec<String> {
    replay_command_jobs(ctx, input, engine, out, 1)
}

/// The replay command with `--jobs jobs` (none for 1, the default).
fn replay_command_jobs(
    ctx: &Ctx,
    input: &Input,
    engine: Engine,
    out: &Path,
    jobs: u64,
) -> Vec<String> {
    let mut cmd = vec![ctx.bin.display().to_string(), "replay".into()];
    if jobs != 1 {
        cmd.extend(["--jobs".to_string(), jobs.to_string()]);
    }
    cmd.extend(engine.args().iter().map(|s| s.to_string()));
    cmd.extend(input.replay_args.iter().cloned());
    cmd.extend([
        "--config".into(),
        input.config().display().to_string(),
        "--input".into(),
        input.capture().display().to_string(),
        "--out".into(),
        out.display().to_string(),
        "--force".into(),
    ]);
    cmd
}

fn shown(ctx: &Ctx, cmd: &[String]) -> String {
    cmd.iter()
        .map(|a| {
            let p = Path::new(a);
            if p.is_absolute() {
                ctx.rel(p)
            } else {
                a.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn replay(ctx: &Ctx, input: &Input, engine: Engine) -> anyhow::Result<Replay> {
    replay_jobs(ctx, input, engine, 1)
}

fn replay_jobs(ctx: &Ctx, input: &Input, engine: Engine, jobs: u64) -> anyhow::Result<Replay> {
    replay_with(ctx, input, engine, jobs, &[])
}

/// One timed replay with `extra` flags after the usual ones.
fn replay_with(
    ctx: &Ctx,
    input: &Input,
    engine: Engine,
    jobs: u64,
    extra: &[String],
) -> anyhow::Result<Replay> {
    let out = ctx.work.join("out");
    let rss_file = ctx.work.join("rss.txt");
    let mut cmd = replay_command_jobs(ctx, input, engine, &out, jobs);
    cmd.extend(extra.iter().cloned());
    let load = load();
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M %U %S", "-o"])
        .arg(&rss_file)
        .args(&cmd)
        .output()
        .map_err(|e| anyhow!("cannot run /usr/bin/time ({e}): apt-get install -y time"))?;
    let wall = started.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!(
            "{} failed: {}",
            shown(ctx, &cmd),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let measured = fs::read_to_string(&rss_file)?;
    let fields: Vec<f64> = measured
        .lines()
        .next_back()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    let [rss_kib, user, system] = fields[..] else {
        bail!("unexpected output of /usr/bin/time: {measured}");
    };
    let (rss_kib, cpu) = (rss_kib as u64, user + system);
    let run: serde_json::Value = serde_json::from_str(&fs::read_to_string(out.join("run.json"))?)?;
    let pieces = run["shards"].as_array().map_or(Vec::new(), |pieces| {
        pieces
            .iter()
            .filter_map(|p| p["wall_seconds"].as_f64())
            .collect()
    });
    Ok(Replay {
        wall,
        rss_kib,
        cpu,
        packets: run["packets"].as_u64().unwrap_or(0),
        cycles: run["cycles"].as_u64(),
        engine_seconds: run["wall_seconds"].as_f64().unwrap_or(f64::NAN),
        pieces,
        load,
    })
}

/// Runs of one replay, sorted by wall time.
#[derive(Clone, Debug)]
struct Runs(Vec<Replay>);

impl Runs {
    fn median(&self) -> &Replay {
        &self.0[self.0.len() / 2]
    }
    fn best(&self) -> &Replay {
        &self.0[0]
    }
    fn rate(r: &Replay) -> f64 {
        r.packets as f64 / r.wall
    }
    fn peak_rss(&self) -> u64 {
        self.0.iter().map(|r| r.rss_kib).max().unwrap_or(0)
    }
    fn loads(&self) -> String {
        let lo = self.0.iter().map(|r| r.load).fold(f64::INFINITY, f64::min);
        let hi = self.0.iter().map(|r| r.load).fold(0.0, f64::max);
        if (hi - lo).abs() < 0.05 {
            format!("{lo:.1}")
        } else {
            format!("{lo:.1}–{hi:.1}")
        }
    }
}

fn runs(ctx: &Ctx, input: &Input, engine: Engine, n: usize) -> anyhow::Result<Runs> {
    let mut all = (0..n)
        .map(|_| replay(ctx, input, engine))
        .collect::<anyhow::Result<Vec<_>>>()?;
    all.sort_by(|a, b| a.wall.total_cmp(&b.wall));
    Ok(Runs(all))
}

/// A replay traced one way: no trace, `--trace-frames` of ten frames in the middle, or
/// `--trace` of every clock.
struct TraceRow {
    how: String,
    run: Replay,
    /// The trace file's size, bytes.
    trace_bytes: Option<u64>,
}

/// What a waveform costs: the IMIX capture at 10g, once each way.
fn trace_rows(ctx: &Ctx, input: &Input) -> anyhow::Result<Vec<TraceRow>> {
    let trace = ctx.work.join("waves.fst");
    let shown_trace = ctx.rel(&trace);
    let middle = (input.records / 2).max(1);
    let range = format!("{middle}..{}", middle + 9);
    let ways: [(String, Vec<String>); 3] = [
        ("no trace".into(), vec![]),
        (
            format!("`--trace {shown_trace} --trace-frames {range}`"),
            vec![
                "--trace".into(),
                trace.display().to_string(),
                "--trace-frames".into(),
                range.clone(),
            ],
        ),
        (
            format!("`--trace {shown_trace}`"),
            vec!["--trace".into(), trace.display().to_string()],
        ),
    ];
    let mut rows = Vec::new();
    for (how, extra) in ways {
        eprintln!("-- TRACE {how}");
        let _ = fs::remove_file(&trace);
        let run = replay_with(ctx, input, Engine::Verilator(Speed::G10), 1, &extra)?;
        let trace_bytes = (!extra.is_empty())
            .then(|| fs::metadata(&trace).map(|m| m.len()))
            .transpose()?;
        rows.push(TraceRow {
            how,
            run,
            trace_bytes,
        });
    }
    let _ = fs::remove_file(&trace);
    Ok(rows)
}

fn trace_section(w: &mut String, ctx: &Ctx, input: &Input, rows: &[TraceRow]) -> std::fmt::Result {
    writeln!(
        w,
        "## Waveforms: --trace and --trace-frames
"
    )?;
    let clocks = rows.first().and_then(|r| r.run.cycles).unwrap_or(0);
    writeln!(
        w,
        "`{}` with each of the flags below, once each, on the IMIX capture ({} frames, {} \
         clocks from the first beat in to the last out). `--trace-frames` runs the model built \
         with tracing, its trace closed until the window: the first two rows differ by what \
         that costs; the last row is what writing every clock costs. The trace file grows \
         with the window, not with the run.\n",
        shown(
            ctx,
            &replay_command(
                ctx,
                input,
                Engine::Verilator(Speed::G10),
                &ctx.work.join("out")
            )
        ),
        thousands(input.records),
        thousands(clocks)
    )?;
    writeln!(
        w,
        "| trace | wall time | frames/s | trace file | peak memory | load |"
    )?;
    writeln!(w, "| --- | ---: | ---: | ---: | ---: | ---: |")?;
    for r in rows {
        let size = r.trace_bytes.map_or("none".to_string(), |b| {
            if b >= 1 << 20 {
                format!("{:.1} MiB", b as f64 / f64::from(1 << 20))
            } else {
                format!("{:.1} KiB", b as f64 / 1024.0)
            }
        });
        writeln!(
            w,
            "| {} | {:.2} s | {} | {size} | {} | {:.1} |",
            r.how,
            r.run.wall,
            rate(Runs::rate(&r.run)),
            mib(r.run.rss_kib),
            r.run.load
        )?;
    }
    writeln!(w)
}

/// Where a replay spends its time: `perf record` of one run.
struct Profile {
    command: String,
    /// The symbols with 3 % of the samples or more.
    top: String,
    /// Percent of the samples in the Verilated model's own code (`V<design>___024root...`).
    verilated: f64,
}

/// `perf record` of one replay; `None` when perf cannot run here.
fn profile(ctx: &Ctx, input: &Input, engine: Engine) -> Option<Profile> {
    let data = ctx.work.join("perf.data");
    let out = ctx.work.join("out");
    let cmd = replay_command(ctx, input, engine, &out);
    let recorded = Command::new("perf")
        .args(["record", "-q", "-F", "4999", "-o"])
        .arg(&data)
        .arg("--")
        .args(&cmd)
        .output()
        .ok()?;
    if !recorded.status.success() {
        return None;
    }
    let report = Command::new("perf")
        .args([
            "report",
            "--stdio",
            "--sort",
            "sym",
            "--percent-limit",
            "0.01",
            "-i",
        ])
        .arg(&data)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&report.stdout);
    let rows: Vec<(f64, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (percent, _) = l.trim().split_once('%')?;
            Some((percent.trim().parse().ok()?, l))
        })
        .collect();
    let verilated = rows
        .iter()
        .filter(|(_, l)| l.contains("___024root"))
        .map(|(p, _)| p)
        .sum();
    let lines: Vec<String> = rows
        .iter()
        .filter(|(p, _)| *p >= 3.0)
        .map(|(_, l)| *l)
        .take(12)
        .map(|l| {
            let l = l.trim();
            if l.chars().count() > 110 {
                format!("{}…", l.chars().take(110).collect::<String>())
            } else {
                l.to_string()
            }
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    Some(Profile {
        command: format!("perf record -F 4999 -- {}", shown(ctx, &cmd)),
        top: lines.join("\n"),
        verilated,
    })
}

// ---------------------------------------------------------------------------------------
// Engines side by side: --jobs 2 against --jobs 1

/// The goal of the issue: `--jobs 2` at least this much faster than `--jobs 1` on 2 cores,
/// for the Verilator engine.
const GOAL_JOBS_SPEEDUP: f64 = 1.7;

/// `--jobs 1` and `--jobs 2` of one capture and engine.
struct JobsRow {
    input: Input,
    engine: Engine,
    one: Runs,
    two: Runs,
}

impl JobsRow {
    fn speedup(&self) -> f64 {
        self.one.median().wall / self.two.median().wall
    }
}

/// Each capture and engine at `--jobs 1` and `--jobs 2`, the runs of both interleaved
/// (1, 2, 1, 2, ...) so that a neighbour's burst meets both alike.
fn jobs_rows(ctx: &Ctx, inputs: &[&Input]) -> anyhow::Result<Vec<JobsRow>> {
    let mut rows = Vec::new();
    for input in inputs {
        for engine in Engine::ALL {
            eprintln!("-- JOBS {} {}", input.label, engine.name());
            let n = match engine {
                Engine::Model => ctx.plan.jobs_model_runs,
                Engine::Verilator(_) => ctx.plan.jobs_verilator_runs,
            };
            let (mut one, mut two) = (Vec::new(), Vec::new());
            for _ in 0..n {
                one.push(replay_jobs(ctx, input, engine, 1)?);
                two.push(replay_jobs(ctx, input, engine, 2)?);
            }
            for runs in [&mut one, &mut two] {
                runs.sort_by(|a, b| a.wall.total_cmp(&b.wall));
            }
            rows.push(JobsRow {
                input: (*input).clone(),
                engine,
                one: Runs(one),
                two: Runs(two),
            });
        }
    }
    Ok(rows)
}

/// The goal row of the `--jobs` comparison.
fn jobs_goal(w: &mut String, rows: &[JobsRow]) -> std::fmt::Result {
    let rtl: Vec<&JobsRow> = rows
        .iter()
        .filter(|r| matches!(r.engine, Engine::Verilator(_)))
        .collect();
    let lowest = rtl
        .iter()
        .map(|r| r.speedup())
        .fold(f64::INFINITY, f64::min);
    let each = rtl
        .iter()
        .map(|r| {
            let what = if r.input.label == "min-size" {
                "64 B"
            } else {
                "IMIX"
            };
            format!("{:.2}× {what} {}", r.speedup(), r.engine.name())
        })
        .collect::<Vec<_>>()
        .join(", ");
    // Where it falls short: `--jobs 1` of the RTL keeps more than one core busy (the replay's
    // reading and writing beside the simulation), which leaves less than two cores' worth of
    // room for two pieces.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    let short: Vec<String> = rtl
        .iter()
        .filter(|r| r.speedup() < GOAL_JOBS_SPEEDUP)
        .map(|r| {
            let busy = r.one.median().cpu / r.one.median().wall;
            format!(
                "{} {}: `--jobs 1` keeps {busy:.2} cores busy, so {cores:.0} cores allow at most {:.2}×",
                if r.input.label == "min-size" { "64 B" } else { "IMIX" },
                r.engine.name(),
                cores / busy
            )
        })
        .collect();
    // A busy machine first: then the runs shared the cores with other work.
    let load = rtl
        .iter()
        .flat_map(|r| r.one.0.iter().chain(&r.two.0))
        .map(|run| run.load)
        .fold(0.0, f64::max);
    let why = match (short.is_empty(), load > cores / 2.0) {
        (true, _) => String::new(),
        (false, true) => format!(
            ": the machine was busy (load average up to {load:.1} on {cores:.0} cores), so the \
             engines shared the cores with other work; a speed-up needs idle cores. {}",
            short.join("; ")
        ),
        (false, false) => format!(": {}", short.join("; ")),
    };
    writeln!(
        w,
        "| Verilator engine: `--jobs 2` ≥ {GOAL_JOBS_SPEEDUP}× `--jobs 1` on 2 cores, 1 M × 64 B and IMIX, both speeds | {each} | {}{why} |",
        yes_no(lowest >= GOAL_JOBS_SPEEDUP)
    )
}

/// The section of the `--jobs` comparison.
fn jobs_section(w: &mut String, ctx: &Ctx, rows: &[JobsRow]) -> anyhow::Result<()> {
    writeln!(
        w,
        "## Engines side by side: `--jobs 2` against `--jobs 1`\n"
    )?;
    writeln!(
        w,
        "`dxedge replay --jobs 2` splits the capture in two at its middle byte (to the next \
         record) and replays each half with an engine of its own on a thread of its own, then \
         appends the second half's files to the first's; the outputs are byte for byte those \
         of `--jobs 1` ([docs/scaling.md](docs/scaling.md)). Here both are run on this \
         {}-core machine, whole processes as above, the runs of the two interleaved; the \
         speed-up is the ratio of the medians. `CPU ÷ wall` above 1 means more than one core \
         was busy (`--jobs 1` of the RTL already has two threads: the replay's reading and \
         writing beside the simulation). The pieces' own time is what run.json gives each \
         engine of the median `--jobs 2` run, from its start to its last file written; the \
         rest of the run is start-up, the scan that finds where the second piece starts (it \
         runs beside the first piece) and appending the second piece's files.\n",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    )?;
    writeln!(
        w,
        "| capture | engine | runs | `--jobs 1` (median) | `--jobs 2` (median) | speed-up | CPU ÷ wall: 1, 2 | pieces' own time | peak memory: 1, 2 | load |"
    )?;
    writeln!(
        w,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )?;
    for r in rows {
        let (one, two) = (r.one.median(), r.two.median());
        let pieces = two
            .pieces
            .iter()
            .map(|p| format!("{p:.3} s"))
            .collect::<Vec<_>>()
            .join(", ");
        let label = match (r.input.size(), r.input.label.as_str()) {
            (Some(size), _) => format!("{} × {size} B", thousands(r.input.records)),
            (None, "min-size") => format!("{} × 64 B", thousands(r.input.records)),
            (None, _) => format!(
                "{} × IMIX ({:.0} B mean)",
                thousands(r.input.records),
                r.input.mean_len
            ),
        };
        writeln!(
            w,
            "| {label} | {} | {} | {:.3} s, {} frames/s | {:.3} s, {} frames/s | **{:.2}×** | {:.2}, {:.2} | {pieces} | {}, {} | {} |",
            r.engine.name(),
            r.one.0.len(),
            one.wall,
            rate(Runs::rate(one)),
            two.wall,
            rate(Runs::rate(two)),
            r.speedup(),
            one.cpu / one.wall,
            two.cpu / two.wall,
            mib(r.one.peak_rss()),
            mib(r.two.peak_rss()),
            Runs(r.one.0.iter().chain(&r.two.0).cloned().collect()).loads()
        )?;
    }
    writeln!(w, "\n```sh")?;
    let mut generated = Vec::new();
    for r in rows {
        if !generated.contains(&r.input.gen_command) {
            writeln!(w, "{}", r.input.gen_command)?;
            generated.push(r.input.gen_command.clone());
        }
    }
    for r in rows {
        for jobs in [1, 2] {
            let out = ctx.work.join("out");
            writeln!(
                w,
                "/usr/bin/time -f '%M %U %S' {}",
                shown(
                    ctx,
                    &replay_command_jobs(ctx, &r.input, r.engine, &out, jobs)
                )
            )?;
        }
    }
    writeln!(w, "```\n")?;
    writeln!(
        w,
        "How this grows with more cores and machines, and what limits it: \
         [docs/scaling.md](docs/scaling.md#how-far-it-scales).\n"
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Icarus Verilog and rust-hdl

/// The first `n` records of a capture that reach an engine (not truncated).
fn first_frames(input: &Input, n: usize) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut reader = CaptureReader::open(&input.capture())?;
    let mut frames = Vec::with_capacity(n);
    while frames.len() < n {
        let Some(record) = reader.next_record()? else {
            break;
        };
        if !record.is_truncated() {
            frames.push(record.data.to_vec());
        }
    }
    Ok(frames)
}

struct IcarusRow {
    input: String,
    speed: Speed,
    frames: usize,
    cycles: u64,
    total_cycles: u64,
    traffic: Duration,
    run: Duration,
    compile: Duration,
    /// None: equal to both; Some(what differed).
    differs: Option<String>,
    load: f64,
    /// The Verilator engine's replay of the whole capture, run right after the Icarus run
    /// so that both meet the same load on a shared machine.
    verilator: Replay,
}

impl IcarusRow {
    fn verilator_fps(&self) -> f64 {
        Runs::rate(&self.verilator)
    }
    fn verilator_cps(&self) -> f64 {
        self.verilator.cycles.unwrap_or(0) as f64 / self.verilator.engine_seconds
    }
    fn frames_per_second(&self) -> f64 {
        self.frames as f64 / self.traffic.as_secs_f64()
    }
    fn cycles_per_second(&self) -> f64 {
        self.cycles as f64 / self.traffic.as_secs_f64()
    }
}

fn compare(what: &str, a: &Egress, b: &Egress) -> Option<String> {
    if a.len() != b.len() {
        return Some(format!("{what}: {} frames against {}", a.len(), b.len()));
    }
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .map(|i| format!("{what}: frame {i} differs"))
}

fn icarus_runs(ctx: &Ctx, inputs: &[Input]) -> anyhow::Result<Vec<IcarusRow>> {
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

struct RustHdlRow {
    speed: Speed,
    frames: usize,
    cycles: u64,
    traffic: Duration,
    setup: Duration,
    equal: bool,
    load: f64,
}

/// 64-byte frames through rust-hdl's simulation of one build, clocked as the Verilator
/// engine clocks the model: a beat offered every clock, egress always ready.
fn rust_hdl_run<const W: usize, const B: usize, const WL: usize>(
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

// ---------------------------------------------------------------------------------------
// LPM

/// Random routes over `vifs` VIFs, lengths mostly /16 to /32 with some shorter ones, so that
/// prefixes nest and overlap (as host/benches/lpm.rs makes them).
fn random_routes(rng: &mut ChaCha8Rng, count: usize, vifs: u32, targets: u32) -> Vec<LpmRoute> {
    (0..count)
        .map(|_| {
            let len: u8 = match rng.random_range(0..10) {
                0 => rng.random_range(0..16),
                1..=3 => 24,
                4 => 32,
                _ => rng.random_range(16..=32),
            };
            let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
            LpmRoute {
                vif: rng.random_range(0..vifs),
                network: rng.random::<u32>() & mask,
                len,
                target: rng.random_range(0..targets),
            }
        })
        .collect()
}

/// 65,536 routes that fit: per VIF (256), a /16 and 255 of its /24s in address order; every
/// /24 whose index is 2 or 3 modulo 4 repeats the /16's target, as more-specifics with
/// their aggregate's next hop do in real tables, so the result changes at three of every
/// four /24s.
fn aggregated_routes() -> Vec<LpmRoute> {
    let mut routes = Vec::with_capacity(65_536);
    for vif in 0..256u32 {
        let aggregate = vif % 1024;
        let base = 0x0a00_0000 | (vif << 16);
        routes.push(LpmRoute {
            vif,
            network: base,
            len: 16,
            target: aggregate,
        });
        for i in 0..255u32 {
            let target = if i % 4 >= 2 {
                aggregate
            } else {
                (aggregate + 1 + i) % 1024
            };
            routes.push(LpmRoute {
                vif,
                network: base | (i << 8),
                len: 24,
                target,
            });
        }
    }
    routes
}

/// Best and median of `runs` timings of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}

struct LpmRow {
    table: String,
    routes: usize,
    /// Boundaries it needs (may exceed the capacity).
    boundaries: usize,
    fits: bool,
    compile: (Duration, Duration),
    spread: Option<(Duration, Duration)>,
    load: f64,
}

struct Lookups {
    table: String,
    keys: usize,
    image: f64,
    range: f64,
    load: f64,
}

fn lpm_rows(plan: &Plan) -> anyhow::Result<(Vec<LpmRow>, Lookups)> {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let tables = [
        (
            "random, 64 VIFs".to_string(),
            random_routes(&mut rng, 16_384, 64, CAPACITY.targets),
        ),
        (
            "random, 256 VIFs".to_string(),
            random_routes(&mut rng, 32_767, 256, CAPACITY.targets),
        ),
        (
            "random, 256 VIFs".to_string(),
            random_routes(&mut rng, 65_536, 256, CAPACITY.targets),
        ),
        (
            "a /16 and 255 of its /24s per VIF, 256 VIFs; half the /24s repeat the /16's target"
                .to_string(),
            aggregated_routes(),
        ),
    ];
    let mut rows = Vec::new();
    let mut lookups = None;
    for (table, routes) in &tables {
        let load = load();
        let compiled = LpmImage::compile(routes, &CAPACITY);
        let compile = time(plan.lpm_runs, || LpmImage::compile(routes, &CAPACITY));
        let (boundaries, fits, spread) = match &compiled {
            Ok(image) => (
                image.boundaries(),
                true,
                Some(time(plan.lpm_runs, || {
                    LpmImage::compile_spread(routes, &CAPACITY)
                })),
            ),
            Err(LpmError::TooManyBoundaries { needed, .. }) => (*needed, false, None),
            Err(e) => bail!("{table}: {e}"),
        };
        if let (Ok(image), None) = (&compiled, &lookups) {
            // Lookups in the first table: the hardware's descent in software, and the
            // model's range table.
            let keys: Vec<(u32, u32)> = (0..plan.lookups)
                .map(|_| (rng.random_range(0..64), rng.random()))
                .collect();
            let (t_image, _) = time(3, || {
                keys.iter().filter_map(|&(v, a)| image.lookup(v, a)).count()
            });
            let per_vif: Vec<RangeTable<u32>> = (0..64)
                .map(|v| {
                    let mut seen = std::collections::HashSet::new();
                    let r: Vec<(Ipv4Prefix, u32)> = routes
                        .iter()
                        .rev()
                        .filter(|r| r.vif == v && seen.insert((r.network, r.len)))
                        .map(|r| {
                            (
                                Ipv4Prefix {
                                    addr: r.network.into(),
                                    len: r.len,
                                },
                                r.target,
                            )
                        })
                        .collect();
                    RangeTable::new(&r)
                })
                .collect();
            let (t_range, _) = time(3, || {
                keys.iter()
                    .filter_map(|&(v, a)| per_vif[v as usize].lookup(a))
                    .count()
            });
            lookups = Some(Lookups {
                table: format!("{} routes, {table}", thousands(routes.len() as u64)),
                keys: keys.len(),
                image: keys.len() as f64 / t_image.as_secs_f64(),
                range: keys.len() as f64 / t_range.as_secs_f64(),
                load,
            });
        }
        rows.push(LpmRow {
            table: table.clone(),
            routes: routes.len(),
            boundaries,
            fits,
            compile,
            spread,
            load,
        });
    }
    Ok((rows, lookups.ok_or_else(|| anyhow!("no table fitted"))?))
}

// ---------------------------------------------------------------------------------------
// One route added to a programmed device

struct Update {
    what: String,
    steps: usize,
    /// Bus writes of each step.
    writes: Vec<usize>,
    /// Compiling, then programming, each step.
    times: Vec<(Duration, Duration)>,
    load: f64,
}

impl Update {
    fn new(what: &str, steps: usize) -> Update {
        Update {
            what: what.to_string(),
            steps,
            writes: Vec::new(),
            times: Vec::new(),
            load: load(),
        }
    }

    /// Compile with `compile`, program the result; returns the tables.
    fn step(
        &mut self,
        dev: &mut Device<PortPipelineSim>,
        compile: impl FnOnce() -> anyhow::Result<Tables>,
    ) -> anyhow::Result<Tables> {
        let started = Instant::now();
        let tables = compile()?;
        let compiled = started.elapsed();
        let started = Instant::now();
        let report = dev.program(&tables)?;
        self.times.push((compiled, started.elapsed()));
        self.writes.push(report.bus_writes);
        Ok(tables)
    }

    fn median_writes(&self) -> usize {
        let mut w = self.writes.clone();
        w.sort_unstable();
        w[w.len() / 2]
    }
    fn max_writes(&self) -> usize {
        self.writes.iter().copied().max().unwrap_or(0)
    }
    /// The step of median total time: (compile, program).
    fn median_time(&self) -> (Duration, Duration) {
        let mut t = self.times.clone();
        t.sort_by_key(|(c, p)| *c + *p);
        t[t.len() / 2]
    }
    fn median_total(&self) -> Duration {
        let (c, p) = self.median_time();
        c + p
    }
}

fn device_config(routes: &[LpmRoute]) -> Config {
    let mut config =
        dxedge_testbench::gen::scenario_config(dxedge_testbench::gen::Scenario::MinSize);
    let template_vif = config.vifs[0].clone();
    let template_target = config.targets[0].clone();
    config.vifs = (0..64)
        .map(|i| {
            let mut v = template_vif.clone();
            v.name = format!("vif-{i}");
            v.vlan = 100 + i as u16;
            v
        })
        .collect();
    config.targets = (0..16)
        .map(|i| {
            let mut t = template_target.clone();
            t.name = format!("target-{i}");
            t.mac.0[5] = i as u8;
            // Target VLANs are unique: they name the target to the customer direction.
            t.vlan = Some(2000 + i as u16);
            t
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    config.routes = routes
        .iter()
        .filter(|r| seen.insert((r.vif, r.network, r.len)))
        .map(|r| Route {
            vif: r.vif as usize,
            prefix: Ipv4Prefix {
                addr: r.network.into(),
                len: r.len,
            },
            target: r.target as usize,
        })
        .collect();
    config
}

// ---------------------------------------------------------------------------------------
// Config loading

/// Goals: a 100,000-route config parsed and validated in under 100 ms; a 16,384-route one
/// parsed and compiled (host LPM compile) in under 20 ms.
const GOAL_PARSE_100K: Duration = Duration::from_millis(100);
const GOAL_PARSE_COMPILE_16K: Duration = Duration::from_millis(20);

struct ConfigLoadRow {
    routes: usize,
    bytes: usize,
    /// `Config::parse`: best, median.
    parse: (Duration, Duration),
    /// `Config::parse` then `Tables::compile`: best, median; `None` when the routes do not
    /// fit the build.
    parse_compile: Option<(Duration, Duration)>,
    load: f64,
}

/// The config text of `routes` distinct random routes over 64 VIFs.
fn config_text(routes: usize) -> (String, usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut seen = std::collections::HashSet::new();
    let mut unique = Vec::with_capacity(routes);
    while unique.len() < routes {
        for r in random_routes(&mut rng, routes - unique.len(), 64, 16) {
            if seen.insert((r.vif, r.network, r.len)) {
                unique.push(r);
            }
        }
    }
    let config = device_config(&unique);
    (config.to_toml(), config.routes.len())
}

fn config_rows(plan: &Plan) -> anyhow::Result<Vec<ConfigLoadRow>> {
    let mut rows = Vec::new();
    for wanted in [16_384, 100_000] {
        let (text, routes) = config_text(wanted);
        let parse = time(plan.lpm_runs, || Config::parse(&text, "appliance.toml"));
        let config = Config::parse(&text, "appliance.toml")?;
        let parse_compile = Tables::compile(&config, &CAPACITY).is_ok().then(|| {
            time(plan.lpm_runs, || {
                Config::parse(&text, "appliance.toml")
                    .ok()
                    .map(|c| Tables::compile(&c, &CAPACITY))
            })
        });
        rows.push(ConfigLoadRow {
            routes,
            bytes: text.len(),
            parse,
            parse_compile,
            load: load(),
        });
    }
    Ok(rows)
}

fn config_goals(w: &mut String, rows: &[ConfigLoadRow]) -> anyhow::Result<()> {
    if let Some(r) = rows.iter().find(|r| r.routes >= 100_000) {
        writeln!(
            w,
            "| a config of {} routes parsed and validated in < {} | {} (median) | {} |",
            thousands(r.routes as u64),
            ms(GOAL_PARSE_100K),
            ms(r.parse.1),
            yes_no(r.parse.1 < GOAL_PARSE_100K)
        )?;
    }
    if let Some((r, t)) = rows
        .iter()
        .find_map(|r| Some((r, r.parse_compile?)).filter(|(r, _)| r.routes <= 16_384))
    {
        writeln!(
            w,
            "| a config of {} routes parsed and compiled in < {} | {} (median) | {} |",
            thousands(r.routes as u64),
            ms(GOAL_PARSE_COMPILE_16K),
            ms(t.1),
            yes_no(t.1 < GOAL_PARSE_COMPILE_16K)
        )?;
    }
    Ok(())
}

fn config_section(w: &mut String, rows: &[ConfigLoadRow], plan: &Plan) -> anyhow::Result<()> {
    writeln!(
        w,
        "## Loading a config
"
    )?;
    writeln!(
        w,
        "`Config::parse` (TOML, then every rule of the spec: names, VLANs, duplicates, \
         references) of a config of distinct random routes over 64 VIFs and 16 targets (made \
         as the routes of the LPM section), and parsing followed by `Tables::compile` (the \
         host's LPM compile, what `dxedge replay` and `dxedge device program` do before \
         anything runs), best and median of {} runs. 100,000 random routes need more LPM \
         boundaries than the build holds, so that config is only parsed.\n",
        plan.lpm_runs
    )?;
    writeln!(
        w,
        "| routes | config | parse: best, median | parse and compile: best, median | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- |")?;
    for r in rows {
        writeln!(
            w,
            "| {} | {} | {}, {} | {} | {:.1} |",
            thousands(r.routes as u64),
            mib(r.bytes as u64 / 1024),
            ms(r.parse.0),
            ms(r.parse.1),
            r.parse_compile
                .map_or("– (does not fit)".into(), |(b, m)| format!(
                    "{}, {}",
                    ms(b),
                    ms(m)
                )),
            r.load
        )?;
    }
    writeln!(
        w,
        "\nCommand: `make bench` (`testbench/benches/report.rs`, `config_rows`); this section \
         alone: `cargo bench -p dxedge-testbench --bench report -- --config-load`."
    )?;
    Ok(())
}

fn fresh_device() -> anyhow::Result<Device<PortPipelineSim>> {
    let mut sim = PortPipelineSim::new(Build::TenG)?;
    sim.reset()?;
    Ok(Device::open(sim)?)
}

fn updates(plan: &Plan) -> anyhow::Result<(usize, Vec<Update>)> {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let base = random_routes(&mut rng, 16_384, 64, 16);
    let extra = random_routes(
        &mut rng,
        plan.incremental_steps.max(plan.packed_steps),
        64,
        16,
    );
    let config = device_config(&base);
    let routes = config.routes.len();
    let grown = |steps: usize| {
        let mut c = config.clone();
        for r in &extra[..steps] {
            c.routes.extend(device_config(&[*r]).routes);
        }
        c
    };

    // A full program: every entry of every table written, as to a device whose banks are
    // not known (a driver that just started, a board that was not just powered up).
    let mut full = Update::new("full: compile, then write every entry (banks unknown)", 1);
    let mut dev = fresh_device()?;
    full.step(&mut dev, || Ok(Tables::compile(&config, &CAPACITY)?))?;

    // Packed layout, as `Device::compile` lays it out: each new route recompiled from
    // scratch, the driver writing what differs from the shadow bank.
    let mut packed = Update::new(
        "recompile (packed layout, as `Device::compile`), write the difference",
        plan.packed_steps,
    );
    let mut dev = fresh_device()?;
    dev.assume_zeroed()?;
    let t0 = Tables::compile(&config, &CAPACITY)?;
    dev.program(&t0)?;
    dev.program(&t0)?;
    for k in 1..=plan.packed_steps {
        let c = grown(k);
        packed.step(&mut dev, || Ok(Tables::compile(&c, &CAPACITY)?))?;
    }

    // Incremental: compile_from over the image the shadow bank holds (the tables
    // programmed two steps before: the banks alternate), the driver writing the difference.
    let mut inc = Update::new(
        "incremental (`Tables::compile_from` over the shadow bank's image), write the difference",
        plan.incremental_steps,
    );
    let mut dev = fresh_device()?;
    dev.assume_zeroed()?;
    let empty = LpmImage::empty(&CAPACITY)?;
    let t0 = Tables::compile_from(&config, &CAPACITY, Some(&empty))?;
    dev.program(&t0)?;
    dev.program(&t0)?;
    // What the banks hold: [shadow, active].
    let mut banks = [t0.clone(), t0];
    for k in 1..=plan.incremental_steps {
        let c = grown(k);
        let shadow = banks[0].lpm.clone();
        let t = inc.step(&mut dev, || {
            Ok(Tables::compile_from(&c, &CAPACITY, Some(&shadow))?)
        })?;
        banks = [banks[1].clone(), t];
    }
    Ok((routes, vec![full, packed, inc]))
}

// ---------------------------------------------------------------------------------------
// The plot

struct Series {
    name: String,
    points: Vec<(f64, f64)>,
    imix: Option<(f64, f64)>,
}

fn plot(path: &Path, series: &[Series]) -> anyhow::Result<()> {
    use plotters::prelude::*;
    let root = SVGBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let all = series
        .iter()
        .flat_map(|s| s.points.iter().chain(s.imix.iter()));
    let (lo, hi) = all.fold((f64::INFINITY, 0.0f64), |(lo, hi), &(_, y)| {
        (lo.min(y), hi.max(y))
    });
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "dxedge: frames/s against frame size (log scales)",
            ("sans-serif", 22),
        )
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(70)
        .build_cartesian_2d(
            (50f64..12_000f64).log_scale(),
            // Room above the lines for the legend.
            ((lo / 2.0).max(0.1)..hi * 40.0).log_scale(),
        )?;
    chart
        .configure_mesh()
        .x_desc("frame length, bytes (IMIX: hollow marks at its mean length)")
        .y_desc("frames per second")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| {
            if *y >= 1e6 {
                format!("{:.0}M", y / 1e6)
            } else if *y >= 1e3 {
                format!("{:.0}k", y / 1e3)
            } else {
                format!("{y:.0}")
            }
        })
        .draw()?;
    let colors = [
        RGBColor(31, 119, 180),
        RGBColor(255, 127, 14),
        RGBColor(44, 160, 44),
        RGBColor(214, 39, 40),
        RGBColor(148, 103, 189),
        RGBColor(140, 86, 75),
        RGBColor(127, 127, 127),
    ];
    for (i, s) in series.iter().enumerate() {
        let color = colors[i % colors.len()];
        chart
            .draw_series(LineSeries::new(s.points.clone(), color.stroke_width(2)))?
            .label(s.name.clone())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        chart.draw_series(s.points.iter().map(|&p| Circle::new(p, 4, color.filled())))?;
        if let Some(p) = s.imix {
            chart.draw_series(std::iter::once(Circle::new(p, 6, color.stroke_width(2))))?;
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Formatting

fn rate(fps: f64) -> String {
    if fps >= 1e6 {
        format!("{:.2} M", fps / 1e6)
    } else if fps >= 1e3 {
        format!("{:.1} k", fps / 1e3)
    } else {
        format!("{fps:.1}")
    }
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn yes_no(met: bool) -> &'static str {
    if met {
        "**met**"
    } else {
        "**not met**"
    }
}

// ---------------------------------------------------------------------------------------

/// One row per engine of a one-million-frame table.
fn million_rows(w: &mut String, runs: &[Runs]) -> std::fmt::Result {
    use std::fmt::Write as _;
    for (engine, r) in Engine::ALL.iter().zip(runs) {
        let cps = r.median().cycles.map_or("–".to_string(), |c| {
            format!("{:.2} M", c as f64 / r.median().engine_seconds / 1e6)
        });
        writeln!(
            w,
            "| {} | {} | {:.3} s, {} frames/s | {:.3} s, {} frames/s | {:.3} s, {} frames/s | {:.2} | {cps} | {} | {} |",
            engine.name(),
            r.0.len(),
            r.best().wall,
            rate(Runs::rate(r.best())),
            r.median().wall,
            rate(Runs::rate(r.median())),
            r.median().engine_seconds,
            rate(r.median().packets as f64 / r.median().engine_seconds),
            r.median().cpu / r.median().wall,
            mib(r.peak_rss()),
            r.loads()
        )?;
    }
    Ok(())
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
    let bridge_bin = root.join("target/release/examples/bridge_speed");
    let bridge_load = load();
    let bridge = if bridge_bin.exists() {
        eprintln!("-- BRIDGE");
        let out = Command::new(&bridge_bin)
            .arg(plan.bridge_cycles.to_string())
            .output()?;
        if !out.status.success() {
            bail!(
                "{} failed: {}",
                bridge_bin.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        None
    };

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
    let e2e = |engine: usize| -> Vec<(f64, f64)> {
        sweep
            .iter()
            .filter(|(i, _)| i.size().is_some())
            .map(|(i, r)| (i.mean_len, Runs::rate(r[engine].median())))
            .collect()
    };
    let e2e_imix = |engine: usize| {
        sweep
            .iter()
            .find(|(i, _)| i.size().is_none())
            .map(|(i, r)| (i.mean_len, Runs::rate(r[engine].median())))
    };
    let mean_of = |label: &str| {
        inputs
            .iter()
            .find(|i| i.label == label)
            .map_or(64.0, |i| i.mean_len)
    };
    let ic = |speed: Speed, imix: bool| -> Vec<(f64, f64)> {
        icarus_rows
            .iter()
            .filter(|r| r.speed == speed && (r.input == "IMIX") == imix)
            .map(|r| (mean_of(&r.input), r.frames_per_second()))
            .collect()
    };
    let mut series = vec![];
    for (i, engine) in Engine::ALL.iter().enumerate() {
        series.push(Series {
            name: format!("{} (end to end)", engine.name()),
            points: e2e(i),
            imix: e2e_imix(i),
        });
    }
    for speed in [Speed::G10, Speed::G100] {
        series.push(Series {
            name: format!(
                "Icarus Verilog {}",
                if speed == Speed::G10 { "10g" } else { "100g" }
            ),
            points: ic(speed, false),
            imix: ic(speed, true).first().copied(),
        });
    }
    for r in &hdl_rows {
        series.push(Series {
            name: format!(
                "rust-hdl simulator {} (64 B only)",
                if r.speed == Speed::G10 { "10g" } else { "100g" }
            ),
            points: vec![(64.0, r.frames as f64 / r.traffic.as_secs_f64())],
            imix: None,
        });
    }
    plot(&svg_path, &series)?;

    // ---------------------------------------------------------------------------------
    // The Markdown
    let mut md = String::new();
    let w = &mut md;
    let rel_svg = svg_path
        .strip_prefix(md_path.parent().unwrap_or(&root))
        .unwrap_or(&svg_path)
        .display()
        .to_string();
    let speed_name = |s: Speed| if s == Speed::G10 { "10g" } else { "100g" };

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
    writeln!(w, "## The machine\n")?;
    writeln!(
        w,
        "- {} cores (`nproc`), {} (`lscpu` model name), {} of memory; {}.",
        machine.nproc, machine.cpu, machine.memory, machine.date
    )?;
    writeln!(
        w,
        "- **Shared**: other builds and tests ran beside this one. The 1-minute load average \
         was {load_start:.1} at the start and {load_end:.1} at the end \
         ({} cores: above {} means the benchmark waited for a core part of the time); each \
         table gives the load average its figures were measured at. Figures measured under \
         load are lower than an idle machine's.",
        machine.nproc, machine.nproc
    )?;
    writeln!(
        w,
        "- Commit {}; {}; {}; {}.",
        machine.commit, machine.rustc, machine.verilator, machine.iverilog
    )?;
    writeln!(
        w,
        "- Every replay is one process (not pinned to a core), timed from start to exit, its \
         peak resident memory and CPU time (user plus system) taken by `/usr/bin/time -f '%M \
         %U %S'`; CPU time above the wall time means it kept more than one core busy.\n"
    )?;

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

    // Sweep
    writeln!(w, "## Frames per second by frame size, end to end\n")?;
    writeln!(
        w,
        "![frames/s against frame size]({rel_svg})\n\n`dxedge replay` of the same capture by \
         each engine: the whole process (start-up, reading the capture from the page cache, \
         the engine, writing every output file). Median of {} runs (model) and {} runs \
         (Verilator). Fixed sizes: `dxedge gen --scenario fixed --size N` (every frame \
         forwarded and re-tagged); IMIX: `dxedge gen --scenario imix` (7:4:1 of 64, 594 and \
         1518 bytes, and 5 % of the demo's other kinds). The plot adds Icarus Verilog and \
         rust-hdl's simulator from the sections below.\n",
        plan.model_runs, plan.verilator_runs
    )?;
    writeln!(
        w,
        "| frames | frames/s: model | verilator 10g | verilator 100g | model ÷ verilator 10g | verilator 100g ÷ 10g | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- |")?;
    for (input, r) in &sweep {
        let (m, a, b) = (
            Runs::rate(r[0].median()),
            Runs::rate(r[1].median()),
            Runs::rate(r[2].median()),
        );
        let label = match input.size() {
            Some(s) => format!("{} × {s} B", thousands(input.records)),
            None => format!(
                "{} × IMIX ({:.0} B mean)",
                thousands(input.records),
                input.mean_len
            ),
        };
        writeln!(
            w,
            "| {label} | {} | {} | {} | {:.1} | {:.2} | {} |",
            rate(m),
            rate(a),
            rate(b),
            m / a,
            b / a,
            Runs(r.iter().flat_map(|x| x.0.clone()).collect()).loads()
        )?;
    }
    writeln!(w, "\nCommands (run from the repository root):\n")?;
    writeln!(w, "```sh")?;
    for input in &inputs {
        writeln!(w, "{}", input.gen_command)?;
    }
    for (input, _) in &sweep {
        for engine in Engine::ALL {
            let out = ctx.work.join("out");
            writeln!(
                w,
                "/usr/bin/time -f '%M %U %S' {}",
                shown(&ctx, &replay_command(&ctx, input, engine, &out))
            )?;
        }
    }
    writeln!(w, "```\n")?;

    // Reference model and RTL, one million frames
    writeln!(
        w,
        "## One million 64-byte frames: reference model and RTL\n"
    )?;
    writeln!(
        w,
        "`dxedge replay` end to end on {} back-to-back 64-byte frames (`dxedge gen --scenario \
         min-size`: tagged IPv4/UDP over four VIFs, every frame forwarded and re-tagged, so \
         every frame is parsed, checked, looked up, rewritten and written). `cycles/s` is \
         the pipeline's clock rate under Verilator during the replay (`run.json`'s `cycles` \
         over its `wall_seconds`, which leaves out process start-up).\n",
        thousands(million.records)
    )?;
    writeln!(
        w,
        "| engine | runs | best | median | median run without start-up (`run.json`) | CPU time ÷ wall time (median run) | cycles/s (median run) | peak memory | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")?;
    million_rows(w, &big)?;
    writeln!(w, "\n```sh\n{}", million.gen_command)?;
    for engine in Engine::ALL {
        let out = ctx.work.join("out");
        writeln!(
            w,
            "/usr/bin/time -f '%M %U %S' {}",
            shown(&ctx, &replay_command(&ctx, &million, engine, &out))
        )?;
    }
    writeln!(w, "```\n")?;
    writeln!(w, "### To the customer\n")?;
    writeln!(
        w,
        "The same at {} back-to-back 64-byte frames of the AWS side (`dxedge gen --scenario \
         scale --direction to-customer`: 64 VIFs, 64 targets, 16,384 customer routes, 256 per \
         VIF; every frame selects its VIF by longest prefix among its target's customer \
         routes, is forwarded and re-tagged with the VIF's VLAN).\n",
        thousands(million_back.records)
    )?;
    writeln!(
        w,
        "| engine | runs | best | median | median run without start-up (`run.json`) | CPU time ÷ wall time (median run) | cycles/s (median run) | peak memory | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")?;
    million_rows(w, &back)?;
    writeln!(w, "\n```sh\n{}", million_back.gen_command)?;
    for engine in Engine::ALL {
        let out = ctx.work.join("out");
        writeln!(
            w,
            "/usr/bin/time -f '%M %U %S' {}",
            shown(&ctx, &replay_command(&ctx, &million_back, engine, &out))
        )?;
    }
    writeln!(w, "```\n")?;
    writeln!(
        w,
        "**Peak memory**: the peak resident set of each replay process (`/usr/bin/time`'s `%M`, \
         the largest of its runs), for the sweep's 64-byte capture and for the one-million-frame \
         capture. A replay streams the capture, so memory should not grow with the number of \
         frames; the two columns show whether it does.\n"
    )?;
    writeln!(
        w,
        "| engine | {} × 64 B | {} × 64 B |\n| --- | --- | --- |",
        thousands(sweep[0].0.records),
        thousands(million.records)
    )?;
    for (i, engine) in Engine::ALL.iter().enumerate() {
        writeln!(
            w,
            "| {} | {} | {} |",
            engine.name(),
            mib(sweep[0].1[i].peak_rss()),
            mib(big[i].peak_rss())
        )?;
    }
    writeln!(w)?;
    for (engine, p) in &profiles {
        match p {
            Some(p) => writeln!(
                w,
                "Where the time goes, {} (symbols with at least 3 % of the samples{}): `{}`\n\n```text\n{}\n```\n",
                engine.name(),
                if matches!(engine, Engine::Verilator(_)) {
                    format!("; the Verilated model's own code, `…___024root…`, has {:.0} % in all", p.verilated)
                } else {
                    String::new()
                },
                p.command,
                p.top
            )?,
            None => writeln!(w, "(No profile of the {}: `perf` did not run here.)\n", engine.name())?,
        }
    }
    if let Some(text) = &bridge {
        writeln!(
            w,
            "The Verilator bridge alone (load {bridge_load:.1}): `{} {}`\n\n```text\n{text}\n```\n",
            ctx.rel(&bridge_bin),
            plan.bridge_cycles
        )?;
    }

    jobs_section(w, &ctx, &jobs)?;
    trace_section(w, &ctx, imix, &traces)?;

    // Icarus
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
    for r in &icarus_rows {
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
        "\nCommand: `make bench` (`testbench/benches/report.rs`, `icarus_runs`; the files of each \
         run are left in `{}/icarus/`, and `vvp -n tb.vvp` there runs it again).\n",
        ctx.rel(&ctx.work)
    )?;

    // rust-hdl
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
    for r in &hdl_rows {
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
        "\nCommand: `make bench` (`testbench/benches/report.rs`, `rust_hdl_run`).\n"
    )?;

    // LPM
    writeln!(w, "## LPM compiler and lookups (host side)\n")?;
    writeln!(
        w,
        "`LpmImage::compile` (boundaries packed to the left, what `Device::compile` uses) and \
         `LpmImage::compile_spread` (room left next to every boundary, for later \
         `compile_from`), best and median of {} runs. The tree holds 65,535 boundaries and a \
         route adds at most two, so **32,767 routes always fit and 64k routes fit only when \
         they share boundaries**: 65,536 random routes need more and are refused (the time \
         shown is the time to find out); the structured 65,536-route table fits. Random routes: \
         lengths /16 to /32 mostly, some shorter, nested and overlapping, random targets.\n",
        plan.lpm_runs
    )?;
    writeln!(w, "| routes | table | boundaries | compile: best, median | compile_spread: best, median | load |")?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- |")?;
    for r in &lpm {
        writeln!(
            w,
            "| {} | {} | {}{} | {}, {} | {} | {:.1} |",
            thousands(r.routes as u64),
            r.table,
            thousands(r.boundaries as u64),
            if r.fits {
                ""
            } else {
                " (does not fit: refused)"
            },
            ms(r.compile.0),
            ms(r.compile.1),
            r.spread
                .map_or("–".into(), |(b, m)| format!("{}, {}", ms(b), ms(m))),
            r.load
        )?;
    }
    writeln!(
        w,
        "\nLookups, {} random keys (VIF and address) in {} (load {:.1}): `LpmImage::lookup` \
         (the hardware's 16-level descent, in software) **{} lookups/s**; the model's range \
         table (`testbench/src/lpm.rs`, binary search per VIF) **{} lookups/s**.\n",
        thousands(lookups.keys as u64),
        lookups.table,
        lookups.load,
        rate(lookups.image),
        rate(lookups.range)
    )?;
    writeln!(w, "Command: `make bench` (`testbench/benches/report.rs`, `lpm_rows`). `host/benches/lpm.rs` has more LPM timings and write counts (`cargo test -p dxedge-host --release --bench lpm -- --ignored --nocapture`).\n")?;

    // Updates
    writeln!(w, "## One route added to a programmed device\n")?;
    writeln!(
        w,
        "A 10G device under Verilator programmed by the host driver with {} random routes over \
         64 VIFs; then one random route at a time is added to the config and the device \
         programmed again. Bus writes are the driver's (`ProgramReport::bus_writes`); the time \
         is compiling plus programming through the Verilator model's register bus (a write is \
         one clock). The driver writes the shadow bank and commits, so the bank it writes \
         holds the tables of two programs before: the incremental compile lays the new tree \
         out over that image, and each step writes the difference of two routes.\n",
        thousands(device_routes as u64)
    )?;
    writeln!(
        w,
        "| how | steps | bus writes: median (max) | time: median step | of which compiling | of which programming | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- |")?;
    for u in &updates {
        let (c, p) = u.median_time();
        writeln!(
            w,
            "| {} | {} | {} ({}) | {} | {} | {} | {:.1} |",
            u.what,
            u.steps,
            thousands(u.median_writes() as u64),
            thousands(u.max_writes() as u64),
            ms(c + p),
            ms(c),
            ms(p),
            u.load
        )?;
    }
    writeln!(
        w,
        "\nCommand: `make bench` (`testbench/benches/report.rs`, `updates`).\n"
    )?;
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
