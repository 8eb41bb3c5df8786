//! The machine: what it is (cores, CPU, tools, commit) and how loaded, and the timing helper
//! the host-side sections share.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use std::time::Instant;

pub struct Machine {
    pub nproc: String,
    pub cpu: String,
    pub memory: String,
    pub date: String,
    pub commit: String,
    pub rustc: String,
    pub verilator: String,
    pub iverilog: String,
}

/// The 1-minute load average.
pub fn load() -> f64 {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|l| l.parse().ok()))
        .unwrap_or(f64::NAN)
}

/// A command's standard output, trimmed; empty when it cannot run.
pub fn output_of(program: &str, args: &[&str], dir: &Path) -> String {
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

pub fn machine(root: &Path) -> Machine {
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

/// Best and median of `runs` timings of `f`.
pub fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
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

/// "The machine": what ran the benchmark and how loaded it was.
pub fn section(
    w: &mut String,
    machine: &Machine,
    load_start: f64,
    load_end: f64,
    out: &Path,
) -> std::fmt::Result {
    writeln!(w, "## The machine\n")?;
    writeln!(
        w,
        "- {} cores (`nproc`), {} (`lscpu` model name), {} of memory; {}.",
        machine.nproc, machine.cpu, machine.memory, machine.date
    )?;
    writeln!(
        w,
        "- **Shared**: a virtual machine whose host runs other work, which no load average here \
         shows: the same figures measured minutes apart differ by up to about 10 %, and a \
         `--jobs 2` run by more when one of its two cores is slowed. The 1-minute load average \
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
        "- Every replay is one process (not pinned to a core, but for the `--jobs` section's runs on one core), timed from start to exit, its \
         peak resident memory and CPU time (user plus system) taken by `/usr/bin/time -f '%M \
         %U %S'`; CPU time above the wall time means it kept more than one core busy. Each starts \
         after `sync(2)` and writes its files to {out}, so that no run's files are written \
         back to disk in the middle of another; the last run's files are removed before the \
         clock starts (`--force` would free them inside the run, which is no part of a replay).\n",
        out = if out.starts_with("/dev/shm") {
            "`/dev/shm` (memory)".to_string()
        } else {
            format!("`{}` (/dev/shm had no room)", out.display())
        }
    )?;
    Ok(())
}
