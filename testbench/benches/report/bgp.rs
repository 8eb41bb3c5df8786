//! BGP convergence through the RTL's section of BENCHMARKS.md: FRR announces 100 prefixes at
//! once on a VIF of `dxedge serve --engine verilator --bgp`, and each prefix is timed from
//! the announcement to the first frame into it forwarded to the customer, per speed, over
//! several rounds (withdraw all, announce again). Needs root (namespaces, TAPs), BIRD and
//! FRR, as `make bgp-demo` does; the wiring is the BGP tests' (tests/common/bgp_world.rs).

use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail};
use dxedge_host::tools::Tool;

use crate::bgp_world::{batch_host, installs, quantile, World};
use crate::frr::Frr;
use crate::live;

/// The goal: every one of the 100 prefixes carries traffic within this.
pub const GOAL: Duration = Duration::from_secs(1);
/// Prefixes announced at once: a private VIF's limit (one more and AWS shuts the session).
pub const PREFIXES: usize = 100;
/// Each prefix is probed this often, so a prefix's time is late by at most this much.
pub const PROBE_PERIOD: Duration = Duration::from_millis(2);
/// How long the session has been up before the first round.
const SETTLE: Duration = Duration::from_secs(3);
/// How long a round waits for every prefix before it counts as failed.
const WITHIN: Duration = Duration::from_secs(10);

/// One announcement of the 100 prefixes.
pub struct Round {
    /// Per prefix, announcement to first frame through, shortest first.
    pub took: Vec<Duration>,
    /// The vtysh command that announced them, start to return (part of every figure).
    pub vtysh: Duration,
    /// The probe period achieved (a busy machine stretches it).
    pub probe_period: Duration,
    /// What serve wrote to the to-customer tables for them: commits and bus writes, summed.
    pub commits: usize,
    pub bus_writes: u64,
    /// The 1-minute load average when the round started.
    pub load: f64,
}

impl Round {
    /// From the first prefix through to the last.
    fn spread(&self) -> Duration {
        match (self.took.first(), self.took.last()) {
            (Some(a), Some(b)) => *b - *a,
            _ => Duration::ZERO,
        }
    }
}

/// One speed, measured.
pub struct BgpRow {
    pub speed: &'static str,
    pub rounds: Vec<Round>,
}

impl BgpRow {
    /// Every prefix of every round, shortest first.
    fn pooled(&self) -> Vec<Duration> {
        let mut all: Vec<Duration> = self
            .rounds
            .iter()
            .flat_map(|r| r.took.iter().copied())
            .collect();
        all.sort();
        all
    }

    /// The slowest prefix of each round.
    fn slowest(&self) -> Vec<Duration> {
        self.rounds
            .iter()
            .map(|r| r.took.last().copied().unwrap_or(Duration::MAX))
            .collect()
    }
}

/// Ctrl-C or SIGTERM while the section runs, noted rather than fatal: the process would
/// otherwise die with FRR's daemons and the namespaces left behind. The round in progress
/// ends, and everything is removed on the way out. (Ctrl-C reaches serve too, which stops by
/// itself; the next question to it then fails, and that failure removes the rest.)
struct Interrupt {
    flag: Arc<AtomicBool>,
    ids: Vec<signal_hook::SigId>,
}

impl Interrupt {
    fn install() -> anyhow::Result<Interrupt> {
        let flag = Arc::new(AtomicBool::new(false));
        let ids = [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM]
            .into_iter()
            .map(|sig| signal_hook::flag::register(sig, flag.clone()))
            .collect::<Result<_, _>>()?;
        Ok(Interrupt { flag, ids })
    }

    fn check(&self) -> anyhow::Result<()> {
        if self.flag.load(Ordering::Relaxed) {
            bail!("interrupted: the BGP section's namespaces, FRR and serve removed");
        }
        Ok(())
    }
}

impl Drop for Interrupt {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Whole seconds, for the constants above.
fn secs(d: Duration) -> String {
    format!("{} s", d.as_secs())
}

fn median<T: Copy + Ord>(mut v: Vec<T>) -> Option<T> {
    v.sort();
    v.get(v.len() / 2).copied()
}

/// `rounds` announcements at one speed.
fn measure(speed: &'static str, rounds: usize, stop: &Interrupt) -> anyhow::Result<BgpRow> {
    // Dropped on every way out of here (FRR, both namespaces, serve with BIRD), and on a
    // panic from the shared wiring too.
    let w = World::start("dx-md5-key-101", speed);
    w.wait_established(&["corp-private"]);
    for i in 0..PREFIXES {
        w.host(&batch_host(i).to_string());
    }
    // FRR holds back the first UPDATEs of a session it has just brought up (its update
    // group's coalesce timer, 1 s by default): the rounds time a session in its steady state.
    std::thread::sleep(SETTLE);
    let mut out = Vec::new();
    for r in 0..rounds {
        stop.check()?;
        let tag = u8::try_from(r + 1).map_err(|_| anyhow!("{rounds} rounds: at most 255"))?;
        let _ = w.serve.stderr_lines();
        let load = super::load();
        let c = w.announce_timed(PREFIXES, PROBE_PERIOD, WITHIN, tag);
        stop.check()?;
        if c.early > 0 {
            bail!(
                "{speed} round {}: {} prefixes carried traffic before they were announced: {}",
                r + 1,
                c.early,
                w.diagnose()
            );
        }
        let Some(took) = c.sorted() else {
            bail!(
                "{speed} round {}: {} of {PREFIXES} prefixes carried traffic within {WITHIN:?}: {}",
                r + 1,
                c.reached(),
                w.diagnose()
            );
        };
        // Every commit of this round's routes has been logged once all are installed;
        // the pause lets the thread that reads serve's stderr pass the last line on.
        let all_in = Frr::wait(Duration::from_secs(5), || {
            w.installed("corp-private") == PREFIXES as u64
        });
        std::thread::sleep(Duration::from_millis(200));
        let logged = installs(&w.serve.stderr_lines());
        if !all_in {
            bail!(
                "{speed} round {}: serve did not report {PREFIXES} routes installed: {}",
                r + 1,
                w.diagnose()
            );
        }
        eprintln!(
            "   {speed} round {}: p50 {:?}, max {:?}, {} bus writes in {} commits",
            r + 1,
            quantile(&took, 0.5),
            took[PREFIXES - 1],
            logged.iter().map(|i| i.bus_writes).sum::<u64>(),
            logged.len()
        );
        out.push(Round {
            took,
            vtysh: c.vtysh,
            probe_period: c.probe_period,
            commits: logged.len(),
            bus_writes: logged.iter().map(|i| i.bus_writes).sum(),
            load,
        });
        if !w.withdraw_batch(PREFIXES, WITHIN) {
            bail!(
                "{speed} round {}: the withdrawn routes still installed after {WITHIN:?}: {}",
                r + 1,
                w.diagnose()
            );
        }
        // Let the withdrawal's own commits and BIRD's updates settle before the next round.
        std::thread::sleep(Duration::from_millis(500));
    }
    Ok(BgpRow { speed, rounds: out })
}

/// Both speeds, `rounds` announcements each.
pub fn bgp_rows(rounds: usize) -> anyhow::Result<Vec<BgpRow>> {
    live::require_root();
    for tool in [Tool::Verilator, Tool::Bird, Tool::Frr] {
        if !tool.installed() {
            bail!(
                "the BGP section needs {}: `apt-get install -y {}` (or `scripts/ensure-tools.sh {}`)",
                tool.name(),
                tool.package(),
                tool.package()
            );
        }
    }
    if !dxedge_sim::VERILATOR_AVAILABLE {
        bail!("this build has no Verilator models: install verilator and rebuild");
    }
    let stop = Interrupt::install()?;
    let mut rows = Vec::new();
    for speed in ["10g", "100g"] {
        stop.check()?;
        eprintln!("-- BGP {speed}");
        rows.push(measure(speed, rounds, &stop)?);
    }
    Ok(rows)
}

/// The goal line for the summary table.
pub fn bgp_goals(w: &mut String, rows: &[BgpRow]) {
    let slowest: Vec<(&str, Duration)> = rows
        .iter()
        .flat_map(|r| r.slowest().into_iter().map(move |d| (r.speed, d)))
        .collect();
    let Some(&(speed, worst)) = slowest.iter().max_by_key(|(_, d)| *d) else {
        return;
    };
    let over = slowest.iter().filter(|(_, d)| *d >= GOAL).count();
    let why = if over == 0 {
        String::new()
    } else {
        format!(
            ": in {over} of {} rounds a prefix waited {} or more",
            slowest.len(),
            secs(GOAL)
        )
    };
    let p99 = rows
        .iter()
        .map(BgpRow::pooled)
        .filter(|all| !all.is_empty())
        .map(|all| quantile(&all, 0.99))
        .max()
        .unwrap_or_default();
    let _ = writeln!(
        w,
        "| BGP: {PREFIXES} prefixes announced at once each carry traffic through the RTL within {}, every round, both speeds | slowest prefix {} ({speed}); p99 {} (worse speed) | {}{why} |",
        secs(GOAL),
        super::ms(worst),
        super::ms(p99),
        super::yes_no(over == 0)
    );
}

/// The section itself.
pub fn bgp_section(w: &mut String, rows: &[BgpRow]) {
    let rounds = rows.first().map_or(0, |r| r.rounds.len());
    let _ = writeln!(
        w,
        "## BGP convergence through the RTL (`dxedge serve --bgp`)\n"
    );
    let _ = writeln!(
        w,
        "`dxedge serve --engine verilator --speed <10g|100g> --bgp --config \
         examples/bgp/appliance.toml` (release build), with FRR 8 as the customer router in a \
         namespace of its own on the three VIFs' access ports, as `make bgp-demo` and \
         testbench/tests/bgp.rs wire them, and a VPC host on target vpc-a. Once corp-private's \
         session has been up {} (right after it comes up, FRR holds its first UPDATEs back \
         for its update group's coalesce timer, which a first round would measure), one vtysh \
         command announces {PREFIXES} /24s on it (172.16.100.0/24 \
         onwards, a private VIF's limit) while the VPC host sends a 2-byte UDP frame to a \
         host in every one of them each {} (round-robin, {:.0} k frames/s; dropped, no route, \
         until the route is in). Each prefix is timed from just before the vtysh command \
         (so its own start-up counts) to the kernel's receive timestamp of the first frame \
         into that prefix in the customer namespace: BGP through the punt path, BIRD, its \
         kernel table, serve's watch, the incremental compile, the bus writes, the first \
         frame forwarded. Then all {PREFIXES} are withdrawn (until serve reports none \
         installed) and announced again: {rounds} rounds per speed. Bus writes: what serve's \
         log says it wrote to the to-customer tables for a round's announcement, summed over \
         its commits (routes that arrive while a commit is made go in the next). Serve keeps \
         what each of a table's two banks holds and writes only the difference, so after a \
         withdrawal the bank not in use may still hold the round before's 100 routes: a \
         round can then cost a single write, the bank switch.\n",
        secs(SETTLE),
        super::ms(PROBE_PERIOD),
        PREFIXES as f64 / PROBE_PERIOD.as_secs_f64() / 1e3
    );
    let _ = writeln!(
        w,
        "| speed | rounds | p50 | p99 | max | slowest prefix, each round | first to last prefix in a round (median) | vtysh (median) | probe period achieved (median) | bus writes, each round (commits) | load |"
    );
    let _ = writeln!(
        w,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for r in rows {
        let all = r.pooled();
        if all.is_empty() {
            continue;
        }
        let slowest: Vec<String> = r.slowest().into_iter().map(super::ms).collect();
        let writes: Vec<String> = r
            .rounds
            .iter()
            .map(|x| format!("{} ({})", super::thousands(x.bus_writes), x.commits))
            .collect();
        let loads: Vec<f64> = r.rounds.iter().map(|x| x.load).collect();
        let lo = loads.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = loads.iter().copied().fold(0.0, f64::max);
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.speed,
            r.rounds.len(),
            super::ms(quantile(&all, 0.5)),
            super::ms(quantile(&all, 0.99)),
            super::ms(all[all.len() - 1]),
            slowest.join(", "),
            median(r.rounds.iter().map(Round::spread).collect()).map_or("-".into(), super::ms),
            median(r.rounds.iter().map(|x| x.vtysh).collect()).map_or("-".into(), super::ms),
            median(r.rounds.iter().map(|x| x.probe_period).collect()).map_or("-".into(), super::ms),
            writes.join(", "),
            if (hi - lo).abs() < 0.05 {
                format!("{lo:.1}")
            } else {
                format!("{lo:.1}–{hi:.1}")
            }
        );
    }
    let _ = writeln!(
        w,
        "\np50, p99 and max are over all {} prefix times of a speed ({rounds} rounds × \
         {PREFIXES}); a time is late by at most one probe period. Command: `make bench` \
         (`testbench/benches/report/bgp.rs`); this section alone: `cargo bench -p \
         dxedge-testbench --bench report -- --bgp` (root).\n",
        rounds * PREFIXES
    );
}
