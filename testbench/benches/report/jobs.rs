//! `--jobs 2` against `--jobs 1`, the runs interleaved.

use crate::format::mib;
use crate::format::rate;
use crate::format::thousands;
use crate::format::yes_no;
use crate::replay::replay_command_jobs;
use crate::replay::replay_jobs;
use crate::replay::replay_on_one_core;
use crate::replay::shown;
use crate::replay::Ctx;
use crate::replay::Engine;
use crate::replay::Input;
use crate::replay::Runs;
use crate::replay::ONE_CORE;
use std::fmt::Write as _;

/// The goal of the issue: `--jobs 2` at least this much faster than `--jobs 1` on 2 cores,
/// for the Verilator engine.
pub const GOAL_JOBS_SPEEDUP: f64 = 1.7;

/// `--jobs 1` and `--jobs 2` of one capture and engine.
pub struct JobsRow {
    pub input: Input,
    pub engine: Engine,
    pub one: Runs,
    pub two: Runs,
    /// The RTL's `--jobs 1` pinned to one core: all of its work, none of it overlapped.
    pub alone: Option<Runs>,
}

impl JobsRow {
    pub fn speedup(&self) -> f64 {
        self.one.median().wall / self.two.median().wall
    }

    /// The capture, as the goal row names it.
    fn what(&self) -> &'static str {
        if self.input.label == "min-size" {
            "64 B"
        } else {
            "IMIX"
        }
    }

    /// The median time of `--jobs 1` on one core, and the most `--jobs 2` could gain on
    /// `cores` cores: that work shared out evenly with nothing added, against `--jobs 1`
    /// with every core. Start-up, which is not shared, makes the true bound a little lower.
    fn alone_and_bound(&self, cores: f64) -> Option<(f64, f64)> {
        let alone = self.alone.as_ref()?.median().wall;
        Some((alone, self.one.median().wall * cores / alone))
    }
}

/// The cores this process may use.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Each capture and engine at `--jobs 1` and `--jobs 2` (and the RTL's `--jobs 1` on one
/// core), the runs interleaved (1, 2, 1, 2, ...) so that a neighbour's burst meets all alike.
pub fn jobs_rows(ctx: &Ctx, inputs: &[&Input]) -> anyhow::Result<Vec<JobsRow>> {
    let mut rows = Vec::new();
    for input in inputs {
        for engine in Engine::ALL {
            eprintln!("-- JOBS {} {}", input.label, engine.name());
            let n = match engine {
                Engine::Model => ctx.plan.jobs_model_runs,
                Engine::Verilator(_) => ctx.plan.jobs_verilator_runs,
            };
            let rtl = matches!(engine, Engine::Verilator(_));
            let (mut one, mut two, mut alone) = (Vec::new(), Vec::new(), Vec::new());
            for _ in 0..n {
                one.push(replay_jobs(ctx, input, engine, 1)?);
                two.push(replay_jobs(ctx, input, engine, 2)?);
                if rtl {
                    alone.push(replay_on_one_core(ctx, input, engine)?);
                }
            }
            for runs in [&mut one, &mut two, &mut alone] {
                runs.sort_by(|a, b| a.wall.total_cmp(&b.wall));
            }
            rows.push(JobsRow {
                input: (*input).clone(),
                engine,
                one: Runs(one),
                two: Runs(two),
                alone: rtl.then_some(Runs(alone)),
            });
        }
    }
    Ok(rows)
}

/// The goal row of the `--jobs` comparison.
pub fn jobs_goal(w: &mut String, rows: &[JobsRow]) -> std::fmt::Result {
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
        .map(|r| format!("{:.2}× {} {}", r.speedup(), r.what(), r.engine.name()))
        .collect::<Vec<_>>()
        .join(", ");
    // Where it falls short: `--jobs 1` of the RTL keeps more than one core busy (the replay's
    // reading and writing beside the simulation), which leaves less than two cores' worth of
    // room for two pieces. Its time on one core is all of that work: shared out evenly over
    // the cores, it is the least any split of it can take.
    let cores = cores() as f64;
    let short: Vec<String> = rtl
        .iter()
        .filter(|r| r.speedup() < GOAL_JOBS_SPEEDUP)
        .map(|r| {
            let what = r.what();
            let busy = r.one.median().cpu / r.one.median().wall;
            match r.alone_and_bound(cores) {
                Some((alone, bound)) => format!(
                    "{what} {}: `--jobs 1` keeps {busy:.2} cores busy and takes {alone:.3} s on one core \
                     against {:.3} s on {cores:.0}, so {cores:.0} cores sharing its work evenly would be \
                     at most {bound:.2}× faster",
                    r.engine.name(),
                    r.one.median().wall,
                ),
                None => format!(
                    "{what} {}: `--jobs 1` keeps {busy:.2} cores busy, so {cores:.0} cores allow at most {:.2}×",
                    r.engine.name(),
                    cores / busy
                ),
            }
        })
        .collect();
    // A busy machine first: then the runs shared the cores with other work. The benchmark's
    // own `--jobs 2` runs keep every core busy and lift the load average towards the core
    // count by themselves, so only a load above it says that something else ran.
    let load = rtl
        .iter()
        .flat_map(|r| r.one.0.iter().chain(&r.two.0))
        .map(|run| run.load)
        .fold(0.0, f64::max);
    let why = match (short.is_empty(), load > cores) {
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
pub fn jobs_section(w: &mut String, ctx: &Ctx, rows: &[JobsRow]) -> anyhow::Result<()> {
    writeln!(
        w,
        "## Engines side by side: `--jobs 2` against `--jobs 1`\n"
    )?;
    writeln!(
        w,
        "`dxedge replay --jobs 2` splits the capture in two at its middle byte (to the next \
         record) and replays each half with an engine of its own on a thread of its own (on 2 \
         cores each piece clocks its model on that thread, between reading and writing, \
         rather than on a second thread for which there is no core), then appends the second \
         half's files to the first's; the outputs are byte for byte those \
         of `--jobs 1` ([docs/scaling.md](docs/scaling.md)). Here both are run on this \
         {}-core machine, whole processes as above, the runs of the two interleaved; the \
         speed-up is the ratio of the medians. `CPU ÷ wall` above 1 means more than one core \
         was busy (`--jobs 1` of the RTL already has two threads: the replay's reading and \
         writing beside the simulation). The pieces' own time is what run.json gives each \
         engine of the median `--jobs 2` run, from its start to its last file written; the \
         rest of the run is start-up, the scan that finds where the second piece starts (it \
         runs beside the first piece) and appending the second piece's files. `--jobs 1` on \
         one core is the same plain replay pinned to CPU 0 (`{}`), its runs interleaved with \
         the others: all of its work with none of it overlapped. Shared out evenly over the \
         cores with nothing added (no start-up twice, no scan, no appending), that work would \
         take its time divided by the cores: `at most` is `--jobs 1`'s time over that, the \
         speed-up a perfect split would give.\n",
        cores(),
        ONE_CORE.join(" ")
    )?;
    writeln!(
        w,
        "| capture | engine | runs | `--jobs 1` (median) | `--jobs 2` (median) | speed-up | `--jobs 1` on one core (median) | at most | CPU ÷ wall: 1, 2 | pieces' own time | peak memory: 1, 2 | load |"
    )?;
    writeln!(
        w,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )?;
    let cores = cores() as f64;
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
        let (alone, bound) = match r.alone_and_bound(cores) {
            Some((alone, bound)) => (format!("{alone:.3} s"), format!("{bound:.2}×")),
            // The model's replay is one thread: on one core it is `--jobs 1` itself.
            None => ("(one thread)".to_string(), String::new()),
        };
        writeln!(
            w,
            "| {label} | {} | {} | {:.3} s, {} frames/s | {:.3} s, {} frames/s | **{:.2}×** | {alone} | {bound} | {:.2}, {:.2} | {pieces} | {}, {} | {} |",
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
            Runs(
                r.one
                    .0
                    .iter()
                    .chain(&r.two.0)
                    .chain(r.alone.iter().flat_map(|a| &a.0))
                    .cloned()
                    .collect()
            )
            .loads()
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
            let out = ctx.out.clone();
            writeln!(
                w,
                "/usr/bin/time -f '%M %U %S' {}",
                shown(
                    ctx,
                    &replay_command_jobs(ctx, &r.input, r.engine, &out, jobs)
                )
            )?;
        }
        if r.alone.is_some() {
            writeln!(
                w,
                "/usr/bin/time -f '%M %U %S' {} {}",
                ONE_CORE.join(" "),
                shown(
                    ctx,
                    &replay_command_jobs(ctx, &r.input, r.engine, &ctx.out, 1)
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
