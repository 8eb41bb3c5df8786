//! "One million 64-byte frames": both directions through every engine, their peak memory, a
//! profile of each, and the Verilator bridge alone.

use crate::format::mib;
use crate::format::rate;
use crate::format::thousands;
use crate::machine::load;
use crate::replay::replay_command;
use crate::replay::shown;
use crate::replay::Ctx;
use crate::replay::Engine;
use crate::replay::Input;
use crate::replay::Runs;
use crate::Plan;
use anyhow::bail;
use std::fmt::Write as _;
use std::path::Path;
use std::path::PathBuf;
use std::process::Command;

/// Where a replay spends its time: `perf record` of one run.
pub struct Profile {
    pub command: String,
    /// The symbols with 3 % of the samples or more.
    pub top: String,
    /// Percent of the samples in the Verilated model's own code (`V<design>___024root...`).
    pub verilated: f64,
}

/// `perf record` of one replay; `None` when perf cannot run here.
pub fn profile(ctx: &Ctx, input: &Input, engine: Engine) -> Option<Profile> {
    let data = ctx.work.join("perf.data");
    let out = ctx.out.clone();
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

/// One row per engine of a one-million-frame table.
pub fn million_rows(w: &mut String, runs: &[Runs]) -> std::fmt::Result {
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

/// `target/release/examples/bridge_speed`'s report, when that example is built.
pub struct Bridge {
    pub bin: PathBuf,
    pub load: f64,
    pub text: String,
}

/// Runs the Verilator bridge alone, if built.
pub fn bridge(root: &Path, plan: &Plan) -> anyhow::Result<Option<Bridge>> {
    let bridge_bin = root.join("target/release/examples/bridge_speed");
    let bridge_load = load();
    Ok(if bridge_bin.exists() {
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
        Some(Bridge {
            bin: bridge_bin,
            load: bridge_load,
            text: String::from_utf8_lossy(&out.stdout).trim().to_string(),
        })
    } else {
        None
    })
}

/// The section of BENCHMARKS.md: `to_aws` and `to_customer` are each capture with its runs per
/// engine; the peak-memory table compares the sweep's 64-byte runs with `to_aws`.
pub fn section(
    w: &mut String,
    ctx: &Ctx,
    sweep: &[(Input, Vec<Runs>)],
    (million, big): (&Input, &[Runs]),
    (million_back, back): (&Input, &[Runs]),
    profiles: &[(Engine, Option<Profile>)],
    bridge: Option<&Bridge>,
) -> anyhow::Result<()> {
    let plan = ctx.plan;
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
    million_rows(w, big)?;
    writeln!(w, "\n```sh\n{}", million.gen_command)?;
    for engine in Engine::ALL {
        let out = ctx.out.clone();
        writeln!(
            w,
            "/usr/bin/time -f '%M %U %S' {}",
            shown(ctx, &replay_command(ctx, million, engine, &out))
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
    million_rows(w, back)?;
    writeln!(w, "\n```sh\n{}", million_back.gen_command)?;
    for engine in Engine::ALL {
        let out = ctx.out.clone();
        writeln!(
            w,
            "/usr/bin/time -f '%M %U %S' {}",
            shown(ctx, &replay_command(ctx, million_back, engine, &out))
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
    for (engine, p) in profiles {
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
    if let Some(Bridge { bin, load, text }) = bridge {
        writeln!(
            w,
            "The Verilator bridge alone (load {load:.1}): `{} {}`\n\n```text\n{text}\n```\n",
            ctx.rel(bin),
            plan.bridge_cycles
        )?;
    }
    Ok(())
}
