//! The `dxedge` command line: argument parsing, messages, exit codes, the summary table
//! and the progress bar. The work itself is [`crate::replay`] and [`crate::gen`].
//!
//! Exit codes: 0 success; 2 bad arguments (clap's usual message), a bad config, an
//! unreadable or unsupported capture, an `--out` that may not be replaced, or an engine this
//! build cannot run; 1 anything else that went wrong during a run. Every message is one
//! line on stderr.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use dxedge_host::config::Speed;
use dxedge_host::direction::Direction;
use dxedge_host::verdict::DropReason;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::engine::{EgressCounters, IngressCounters};
use crate::gen::{write_scenario, CaptureFormat, GenOptions, Scenario};
use crate::jobs::Jobs;
use crate::merge::{merge, MergeOptions};
use crate::replay::{replay, EngineKind, ReplayOptions, ReplayProgress, ReplaySummary};
use crate::shard::ShardSpec;
use crate::trace::FrameRange;

#[derive(Debug, Parser)]
#[command(
    name = "dxedge",
    version,
    about = "Emulates the edge of AWS Direct Connect: VLANs as virtual interfaces, each with its own routes, counters and punt path"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a capture through the port pipeline and write what leaves it
    Replay(ReplayArgs),
    /// Join the outputs of every shard of a split replay (`dxedge replay --shard I/N`) into
    /// the outputs of one run
    Merge(MergeArgs),
    /// Write a config and a capture for a named scenario, from a seed
    Gen(GenArgs),
    /// Program a board over PCIe and read it back, with the replay's driver code
    Device(crate::device::DeviceArgs),
    /// Run the pipeline live between TAP ports, with a control-plane namespace whose
    /// kernel answers ARP and ping (needs root)
    Serve(ServeArgs),
    /// Print the BIRD 2 configuration `serve --bgp` runs as AWS's side of every VIF's BGP
    /// session
    BgpConfig(CheckArgs),
    /// Check a config: valid, and within the pipeline's capacities in both directions;
    /// prints how full each table is
    Check(CheckArgs),
    /// What a capture holds in the appliance's terms: VLANs, EtherTypes, destinations,
    /// sizes; with --suggest-config, a config that would route it
    Inspect(InspectArgs),
    /// Print a shell completion script (bash: `source <(dxedge completions bash)`)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages, dxedge.1 and one per subcommand, into a directory
    Man {
        /// Directory to write them into (created if needed)
        #[arg(long, value_name = "dir")]
        out: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The appliance config (TOML)
    #[arg(long, value_name = "appliance.toml")]
    pub config: PathBuf,
    /// Which engine processes the frames
    #[arg(long, value_enum, default_value_t = EngineArg::Verilator)]
    pub engine: EngineArg,
    /// Datapath width; default: the config's port.speed
    #[arg(long, value_enum)]
    pub speed: Option<SpeedArg>,
    /// access: one untagged TAP per VIF and per target; trunk: one tagged TAP per side
    #[arg(long, value_enum, default_value_t = PortModeArg::Access)]
    pub port_mode: PortModeArg,
    /// Access: prefix of the customer TAPs [default: dxc, so dxc101]; trunk: the TAP's name
    /// [default: dxc0]
    #[arg(long, value_name = "name")]
    pub customer_port: Option<String>,
    /// Access: prefix of the AWS TAPs [default: dxa, so dxa2001; dxa0 for a target without
    /// a VLAN]; trunk: the TAP's name [default: dxa0]
    #[arg(long, value_name = "name")]
    pub aws_port: Option<String>,
    /// The control plane's network namespace
    #[arg(long, value_name = "name", default_value = "dxedge-cp")]
    pub control_netns: String,
    /// The register socket for `dxedge device --socket` [default:
    /// /run/dxedge/<customer-port>.sock]
    #[arg(long, value_name = "path")]
    pub socket: Option<PathBuf>,
    /// Serve Prometheus metrics on http://ADDR/metrics
    #[arg(long, value_name = "addr:port")]
    pub metrics: Option<std::net::SocketAddr>,
    /// Run BIRD 2 as AWS's side of a BGP session on every VIF with `asn` (as `dxedge
    /// bgp-config` prints it), the routes it accepts installed in the to-customer tables
    #[arg(long)]
    pub bgp: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PortModeArg {
    /// One untagged TAP per VIF and per target
    Access,
    /// One TAP per side carrying 802.1Q-tagged frames
    Trunk,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The capture (classic pcap or pcapng, Ethernet)
    #[arg(long, value_name = "capture.pcap|.pcapng")]
    pub input: PathBuf,
    /// Print a commented config that would route this capture instead of the report
    #[arg(long)]
    pub suggest_config: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The appliance config (TOML)
    #[arg(long, value_name = "appliance.toml")]
    pub config: PathBuf,
}

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The appliance config (TOML)
    #[arg(long, value_name = "appliance.toml")]
    pub config: PathBuf,
    /// The capture to replay (classic pcap or pcapng, Ethernet; gzip-compressed too). `-`
    /// reads standard input; a pipe or FIFO is read as a stream (opening a FIFO waits for
    /// its writer)
    #[arg(long, value_name = "capture.pcap|.pcapng|-")]
    pub input: PathBuf,
    /// Directory for the outputs; created, and only filled if the run succeeds
    #[arg(long, value_name = "dir")]
    pub out: PathBuf,
    /// Which engine processes the frames
    #[arg(long, value_enum, default_value_t = EngineArg::Verilator)]
    pub engine: EngineArg,
    /// Datapath width: 10g (64-bit stream) or 100g (512-bit stream); default: the config's
    /// port.speed
    #[arg(long, value_enum)]
    pub speed: Option<SpeedArg>,
    /// Waveform trace of the RTL (verilator engine only)
    #[arg(long, value_name = "file.fst|.vcd")]
    pub trace: Option<PathBuf>,
    /// Trace only these frames: A..B (A to B, both included), A.. (A to the end) or N, frames
    /// numbered from 1 as drops.pcapng's packet ids. The waveform runs from 16 clocks before
    /// frame A's first beat enters to 16 after frame B's last beat leaves, at the times a
    /// whole --trace would give them
    #[arg(long, value_name = "A..B|A..|N", requires = "trace")]
    pub trace_frames: Option<FrameRange>,
    /// Replace --out if it exists and is not empty
    #[arg(long)]
    pub force: bool,
    /// Progress lines on stderr every few seconds even when it is not a terminal (on a
    /// terminal a progress bar is shown anyway)
    #[arg(long, conflicts_with = "quiet")]
    pub progress: bool,
    /// Print nothing but errors: no progress, no summary
    #[arg(short, long)]
    pub quiet: bool,
    /// Which way the capture crosses the port: to-aws (a capture of the customer side,
    /// written per target) or to-customer (of the AWS side, written to customer.pcap)
    #[arg(long, value_enum, default_value_t = DirectionArg::ToAws)]
    pub direction: DirectionArg,
    /// Tag every untagged frame with this VLAN ID (PCP 0) as it enters, as if the customer
    /// router (or, to the customer, the target) had tagged it: for captures taken where
    /// frames carry no 802.1Q tag
    #[arg(long, value_name = "VID", value_parser = clap::value_parser!(u16).range(1..=4094))]
    pub ingress_vlan: Option<u16>,
    /// Engines side by side, each replaying its own part of the capture on a core of its
    /// own; the outputs are byte for byte those of one engine. auto: one per usable core (1
    /// for a capture read from a pipe or gzip-compressed, which only --jobs 1 reads). More
    /// than 1 needs a regular, uncompressed capture file
    #[arg(long, value_name = "N|auto", default_value = "1")]
    pub jobs: Jobs,
    /// Replay only shard I of the capture split in N (I from 0 to N-1), for `dxedge merge` to
    /// join with the others: every machine splits a capture the same way
    #[arg(long, value_name = "I/N")]
    pub shard: Option<ShardSpec>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Directory for the joined outputs; created, and only filled if the merge succeeds
    #[arg(long, value_name = "dir")]
    pub out: PathBuf,
    /// Replace --out if it exists and is not empty
    #[arg(long)]
    pub force: bool,
    /// Print nothing but errors
    #[arg(short, long)]
    pub quiet: bool,
    /// The output directories of `dxedge replay --shard I/N`: every shard of the split once,
    /// in any order
    #[arg(value_name = "SHARD_DIR", required = true)]
    pub shards: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DirectionArg {
    /// From the customer's VIFs to the targets
    ToAws,
    /// From the targets back to the customer
    ToCustomer,
}

impl From<DirectionArg> for Direction {
    fn from(arg: DirectionArg) -> Direction {
        match arg {
            DirectionArg::ToAws => Direction::ToAws,
            DirectionArg::ToCustomer => Direction::ToCustomer,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EngineArg {
    /// The RTL generated from the Rust-HDL design, under Verilator
    Verilator,
    /// The pure-Rust reference model
    Model,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SpeedArg {
    #[value(name = "10g")]
    G10,
    #[value(name = "100g")]
    G100,
}

#[derive(Debug, Args)]
pub struct GenArgs {
    /// Which scenario
    #[arg(long, value_enum)]
    pub scenario: ScenarioArg,
    /// Seed of the random choices; the same seed gives the same files
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Records in the capture (default: demo 600, min-size 1000000, fixed 10000, imix 10000,
    /// jumbo 200, scale 1000000)
    #[arg(long)]
    pub count: Option<u64>,
    /// Frame length in bytes for `--scenario fixed`, 64 to 9018 [default: 64]
    #[arg(long, value_name = "bytes", value_parser = clap::value_parser!(u16).range(64..=9018))]
    pub size: Option<u16>,
    /// Directory to write appliance.toml and the capture into (created if needed)
    #[arg(long, value_name = "dir")]
    pub out: PathBuf,
    /// Capture format; pcapng has two interfaces, one in microseconds, one in nanoseconds
    #[arg(long, value_enum, default_value_t = FormatArg::Pcap)]
    pub format: FormatArg,
    /// Classic pcap with nanosecond timestamps (default: microseconds)
    #[arg(long)]
    pub nanos: bool,
    /// Which port the capture is of: the customer side (to-aws) or the AWS side
    /// (to-customer; not for --scenario jumbo)
    #[arg(long, value_enum, default_value_t = DirectionArg::ToAws)]
    pub direction: DirectionArg,
    /// Make the scenario's traffic for this config instead of the scenario's own (the
    /// config is read, not written: only the capture goes into --out)
    #[arg(long, value_name = "appliance.toml")]
    pub config: Option<PathBuf>,
    /// Write into --out even if it exists and is not empty (files of the same names are
    /// replaced)
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ScenarioArg {
    /// Every VIF kind, drop reason and punt rule
    Demo,
    /// Back-to-back 64-byte frames, all forwarded
    MinSize,
    /// Back-to-back frames of --size bytes, all forwarded
    Fixed,
    /// 7:4:1 of 64-, 594- and 1518-byte frames
    Imix,
    /// Jumbo frames at and over the private and transit MTUs
    Jumbo,
    /// Back-to-back 64-byte frames, all forwarded, over 64 VIFs and 16,384 customer routes
    Scale,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Pcap,
    Pcapng,
}

/// Run the command line; returns the process exit code.
pub fn run() -> i32 {
    // clap prints its own message and exits with 2 on bad arguments.
    let cli = Cli::parse();
    match cli.command {
        Command::Replay(args) => run_replay(args),
        Command::Merge(args) => run_merge(args),
        Command::Gen(args) => run_gen(args),
        Command::Device(args) => crate::device::run(args),
        Command::Serve(args) => run_serve(args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "dxedge", &mut std::io::stdout());
            0
        }
        Command::Man { out } => match write_man_pages(&out) {
            Ok(()) => 0,
            Err(e) => {
                fail(&format!("{}: {e:#}", out.display()));
                1
            }
        },
        Command::Inspect(args) => {
            let shown = args.input.display().to_string();
            let result = crate::inspect::Inventory::of(&args.input).and_then(|inv| {
                if args.suggest_config {
                    inv.suggest_config(&shown)
                } else {
                    Ok(inv.report(&shown))
                }
            });
            match result {
                Ok(text) => {
                    print!("{text}");
                    0
                }
                Err(e) => {
                    fail(&e);
                    2
                }
            }
        }
        Command::BgpConfig(args) => {
            let text = dxedge_host::config::Config::load(&args.config)
                .map_err(|e| e.to_string())
                .and_then(|c| crate::serve::bgp::bird_config(&c).map_err(|e| e.to_string()));
            match text {
                Ok(text) => {
                    print!("{text}");
                    0
                }
                Err(e) => {
                    fail(&e);
                    2
                }
            }
        }
        Command::Check(args) => match crate::check::check(&args.config) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => {
                fail(&e);
                2
            }
        },
    }
}

/// The man pages of the command and every subcommand, from the one clap definition.
fn write_man_pages(dir: &std::path::Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(Cli::command(), dir)?;
    Ok(())
}

/// Print a one-paragraph error. Whatever in it came from the user and was not already
/// escaped and cut where it was put in (see `dxedge_host::text`) is, here.
pub(crate) fn fail(message: &str) {
    let one_line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    eprintln!("error: {}", dxedge_host::text::sanitized(&one_line));
}

fn run_serve(args: ServeArgs) -> i32 {
    use crate::serve::plan::{Names, PortMode};
    let mode = match args.port_mode {
        PortModeArg::Access => PortMode::Access,
        PortModeArg::Trunk => PortMode::Trunk,
    };
    let mut names = Names::defaults(mode);
    if let Some(c) = args.customer_port {
        names.customer_port = c;
    }
    if let Some(a) = args.aws_port {
        names.aws_port = a;
    }
    names.control_netns = args.control_netns;
    let opts = crate::serve::ServeOptions {
        config: args.config,
        engine: match args.engine {
            EngineArg::Verilator => EngineKind::Verilator,
            EngineArg::Model => EngineKind::Model,
        },
        speed: args.speed.map(|s| match s {
            SpeedArg::G10 => Speed::G10,
            SpeedArg::G100 => Speed::G100,
        }),
        names,
        socket: args.socket,
        metrics: args.metrics,
        run_dir: PathBuf::from(crate::serve::claim::RUN_DIR),
        bgp: args.bgp,
    };
    match crate::serve::serve(&opts) {
        Ok(()) => 0,
        Err(e) => {
            fail(&e.message);
            e.code
        }
    }
}

fn run_replay(args: ReplayArgs) -> i32 {
    let engine = match args.engine {
        EngineArg::Verilator => EngineKind::Verilator,
        EngineArg::Model => EngineKind::Model,
    };
    if args.trace_frames.is_some() && engine != EngineKind::Verilator {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--trace-frames <A..B|A..|N>' needs '--engine verilator': the model has no waveforms",
            )
            .exit();
    }
    if args.trace_frames.is_some() && args.jobs != Jobs::Count(1) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--trace-frames <A..B|A..|N>' needs '--jobs 1': a waveform is of one engine",
            )
            .exit();
    }
    if args.trace.is_some() && engine != EngineKind::Verilator {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--trace <file.fst|.vcd>' needs '--engine verilator': the model has no waveforms",
            )
            .exit();
    }
    if args.trace.is_some() && args.jobs != Jobs::Count(1) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--trace <file.fst|.vcd>' needs '--jobs 1': a waveform is of one engine",
            )
            .exit();
    }
    let options = ReplayOptions {
        config: args.config,
        input: args.input,
        out: args.out,
        engine,
        speed: args.speed.map(|s| match s {
            SpeedArg::G10 => Speed::G10,
            SpeedArg::G100 => Speed::G100,
        }),
        trace: args.trace,
        trace_frames: args.trace_frames,
        force: args.force,
        direction: args.direction.into(),
        ingress_vlan: args.ingress_vlan,
        jobs: args.jobs,
        shard: args.shard,
    };

    let mut bar = Progress::new(args.quiet, args.progress);
    let result = replay(&options, &mut |p| bar.update(p));
    bar.clear();
    match result {
        Ok(summary) => {
            if !args.quiet {
                print!("{}", summary_table(&summary));
            }
            0
        }
        Err(e) => {
            fail(&e.to_string());
            e.exit_code()
        }
    }
}

fn run_merge(args: MergeArgs) -> i32 {
    let options = MergeOptions {
        out: args.out,
        shards: args.shards,
        force: args.force,
    };
    match merge(&options) {
        Ok(summary) => {
            if !args.quiet {
                let run = &summary.run;
                println!(
                    "dxedge merge: {} shards, {} packets {} through the {} engine at {}\noutputs in {}",
                    summary.shards,
                    run.packets,
                    run.direction,
                    run.engine,
                    run.speed,
                    summary.out.display()
                );
            }
            0
        }
        Err(e) => {
            fail(&e.to_string());
            e.exit_code()
        }
    }
}

/// Progress on stderr: a bar on a terminal once a replay has run for a while; elsewhere a
/// line every few seconds, only when asked (`--progress`), so that logs and CI stay clean;
/// nothing with `--quiet`.
struct Progress {
    started: Instant,
    tty: bool,
    lines: bool,
    last_line: Instant,
    last: Option<ReplayProgress>,
    bar: Option<ProgressBar>,
}

/// How often `--progress` prints a line when stderr is not a terminal.
const PROGRESS_LINE_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    fn new(quiet: bool, lines: bool) -> Progress {
        let now = Instant::now();
        Progress {
            started: now,
            tty: !quiet && std::io::stderr().is_terminal(),
            lines: !quiet && lines,
            last_line: now,
            last: None,
            bar: None,
        }
    }

    /// Frames so far, frames/s, the outcomes so far, and a time left from the bytes still
    /// to read (a capture's record count is not known before the end).
    fn message(&self, p: &ReplayProgress) -> String {
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        let eta = if p.total_bytes > 0 && p.bytes > 0 {
            let left = seconds * (p.total_bytes.saturating_sub(p.bytes)) as f64 / p.bytes as f64;
            format!(", {left:.0} s left")
        } else {
            String::new()
        };
        format!(
            "{} frames ({:.2} M/s): {} forwarded, {} punted, {} dropped{eta}",
            p.records,
            p.records as f64 / seconds / 1e6,
            p.forwarded,
            p.punted,
            p.dropped
        )
    }

    fn update(&mut self, p: ReplayProgress) {
        self.last = Some(p);
        if self.tty {
            if self.bar.is_none() && self.started.elapsed() > Duration::from_millis(500) {
                // A total of 0 means unknown (a pipe, a compressed capture): a spinner.
                let (length, template) = match p.total_bytes {
                    0 => (None, "{spinner} {msg}"),
                    _ => (
                        Some(p.total_bytes),
                        "{spinner} {bar:30} {percent:>3}% {msg}",
                    ),
                };
                let bar = ProgressBar::with_draw_target(length, ProgressDrawTarget::stderr());
                if let Ok(style) = ProgressStyle::with_template(template) {
                    bar.set_style(style);
                }
                self.bar = Some(bar);
            }
            if let Some(bar) = &self.bar {
                bar.set_position(p.bytes);
                bar.set_message(self.message(&p));
            }
        } else if self.lines && self.last_line.elapsed() >= PROGRESS_LINE_EVERY {
            self.last_line = Instant::now();
            eprintln!("dxedge replay: {}", self.message(&p));
        }
    }

    /// The bar goes; with `--progress` off a terminal, a last line says where it ended.
    fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        if let (false, true, Some(p)) = (self.tty, self.lines, self.last) {
            eprintln!("dxedge replay: {}", self.message(&p));
        }
    }
}

/// The summary printed on stdout after a replay.
pub fn summary_table(summary: &ReplaySummary) -> String {
    let run = &summary.run;
    let rate = if run.wall_seconds > 0.0 {
        format!(
            ", {:.2} M packets/s",
            run.packets as f64 / run.wall_seconds / 1e6
        )
    } else {
        String::new()
    };
    let mut out = format!(
        "dxedge replay: {} packets {} through the {} engine at {} in {:.3} s{rate}\noutputs in {}\n",
        run.packets,
        run.direction,
        run.engine,
        run.speed,
        run.wall_seconds,
        summary.out.display()
    );
    if let Some(shard) = run.shard {
        let first = run.shards.first().map_or(1, |s| s.first_packet);
        out.push_str(&format!(
            "shard {}/{}: packets {first} to {} of the capture\n",
            shard.index,
            shard.count,
            first + run.packets.saturating_sub(1)
        ));
    }
    if run.shards.len() > 1 {
        out.push_str(&format!(
            "{} engines side by side, each on its own part of the capture\n",
            run.shards.len()
        ));
    }
    if let (Some(cycles), Some(beats)) = (run.cycles, run.input_beats) {
        out.push_str(&format!("cycles {cycles}, input beats {beats}\n"));
    }
    let config = &summary.config;
    let counters = &summary.counters;

    match summary.run.direction {
        Direction::ToAws => {
            let vif_rows: Vec<Vec<String>> = config
                .vifs
                .iter()
                .zip(&counters.ingress)
                .map(|(v, c)| vif_row(v.name.clone(), v.vlan.to_string(), c))
                .collect();
            out.push('\n');
            out.push_str(&table(&VIF_HEADER, &vif_rows));
            let target_rows: Vec<Vec<String>> = config
                .targets
                .iter()
                .zip(&counters.egress)
                .map(|(t, c)| target_row(t.name.clone(), c))
                .collect();
            out.push('\n');
            out.push_str(&table(&TARGET_HEADER, &target_rows));
        }
        Direction::ToCustomer => {
            let target_rows: Vec<Vec<String>> = config
                .targets
                .iter()
                .zip(&counters.ingress)
                .map(|(t, c)| {
                    let vlan = t.vlan.map_or("-".to_string(), |v| v.to_string());
                    vif_row(t.name.clone(), vlan, c)
                })
                .collect();
            out.push('\n');
            let mut header = VIF_HEADER;
            header[0] = "target";
            out.push_str(&table(&header, &target_rows));
            let vif_rows: Vec<Vec<String>> = config
                .vifs
                .iter()
                .zip(&counters.egress)
                .map(|(v, c)| target_row(v.name.clone(), c))
                .collect();
            out.push('\n');
            let mut header = TARGET_HEADER;
            header[0] = "vif";
            out.push_str(&table(&header, &vif_rows));
        }
    }
    out.push_str(&drop_breakdown(summary));
    let mut outcome_rows: Vec<Vec<String>> = DropReason::ALL
        .iter()
        .map(|&reason| {
            let count = match reason {
                DropReason::TruncatedCapture => summary.truncated,
                other => counters.drop_count(other).unwrap_or(0),
            };
            vec![format!("drop {}", reason.name()), count.to_string()]
        })
        .collect();
    outcome_rows.push(vec!["punt".into(), counters.punted_packets.to_string()]);
    out.push('\n');
    out.push_str(&table(&["outcome", "packets"], &outcome_rows));
    out
}

/// Each ingress row's drops by reason (only the reasons that occurred), and where the drops
/// that reached no row are counted: the `dropped` column adds up to the total but for them.
fn drop_breakdown(summary: &ReplaySummary) -> String {
    let used: Vec<DropReason> = DropReason::ALL
        .into_iter()
        .filter(|r| {
            r.hw_code().is_some_and(|c| {
                summary
                    .drops_by_row
                    .iter()
                    .any(|row| row[usize::from(c)] != 0)
            })
        })
        .collect();
    let config = &summary.config;
    let (what, names): (&str, Vec<&str>) = match summary.run.direction {
        Direction::ToAws => ("vif", config.vifs.iter().map(|v| v.name.as_str()).collect()),
        Direction::ToCustomer => (
            "target",
            config.targets.iter().map(|t| t.name.as_str()).collect(),
        ),
    };
    let mut out = String::new();
    if !used.is_empty() {
        let mut header = vec![what];
        header.extend(used.iter().map(|r| r.name()));
        let rows: Vec<Vec<String>> = names
            .iter()
            .zip(&summary.drops_by_row)
            .filter(|(_, row)| row.iter().any(|n| *n != 0))
            .map(|(name, row)| {
                let mut cells = vec![name.to_string()];
                cells.extend(
                    used.iter()
                        .filter_map(|r| r.hw_code())
                        .map(|c| row[usize::from(c)].to_string()),
                );
                cells
            })
            .collect();
        out.push('\n');
        out.push_str(&table(&header, &rows));
    }
    let before_a_row = summary.truncated
        + summary
            .counters
            .drop_count(DropReason::Malformed)
            .unwrap_or(0)
        + summary
            .counters
            .drop_count(DropReason::UnknownVlan)
            .unwrap_or(0);
    if before_a_row != 0 {
        out.push_str(&format!(
            "{before_a_row} dropped before reaching a {what} (truncated_capture, malformed, unknown_vlan): \
             in the totals below, in no {what}'s row\n"
        ));
    }
    out
}

/// The columns of the per-VIF counter table (the replay's summary, `dxedge device counters`).
pub(crate) const VIF_HEADER: [&str; 7] = [
    "vif",
    "vlan",
    "rx_packets",
    "rx_bytes",
    "forwarded",
    "punted",
    "dropped",
];

/// The columns of the per-target counter table.
pub(crate) const TARGET_HEADER: [&str; 3] = ["target", "tx_packets", "tx_bytes"];

/// The columns a device's egress rows add: the frames the host sent through the CPU port.
pub(crate) const CPU_HEADER: [&str; 2] = ["cpu_tx_packets", "cpu_tx_bytes"];

/// One row of the VIF table.
pub(crate) fn vif_row(name: String, vlan: String, c: &IngressCounters) -> Vec<String> {
    vec![
        name,
        vlan,
        c.rx_packets.to_string(),
        c.rx_bytes.to_string(),
        c.forwarded_packets.to_string(),
        c.punted_packets.to_string(),
        c.dropped_packets.to_string(),
    ]
}

/// One row of the target table.
pub(crate) fn target_row(name: String, c: &EgressCounters) -> Vec<String> {
    vec![name, c.tx_packets.to_string(), c.tx_bytes.to_string()]
}

/// A plain text table: first column left-aligned, the others right-aligned.
pub(crate) fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            if i == 0 {
                text.push_str(&format!("{cell:<width$}"));
            } else {
                text.push_str(&format!("  {cell:>width$}"));
            }
        }
        text.push('\n');
        text
    };
    let mut out = line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

fn run_gen(args: GenArgs) -> i32 {
    let scenario = match args.scenario {
        ScenarioArg::Demo => Scenario::Demo,
        ScenarioArg::MinSize => Scenario::MinSize,
        ScenarioArg::Fixed => Scenario::Fixed(args.size.unwrap_or(64)),
        ScenarioArg::Imix => Scenario::Imix,
        ScenarioArg::Jumbo => Scenario::Jumbo,
        ScenarioArg::Scale => Scenario::Scale,
    };
    let format = match args.format {
        FormatArg::Pcap => CaptureFormat::Pcap,
        FormatArg::Pcapng => CaptureFormat::PcapNg,
    };
    if args.size.is_some() && args.scenario != ScenarioArg::Fixed {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--size <bytes>' applies to '--scenario fixed' only",
            )
            .exit();
    }
    if args.nanos && format == CaptureFormat::PcapNg {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--nanos' applies to '--format pcap' only",
            )
            .exit();
    }
    if scenario == Scenario::Jumbo && args.direction == DirectionArg::ToCustomer {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "the argument '--direction to-customer' does not apply to '--scenario jumbo' (its frames test the VIFs' MTUs on the way in)",
            )
            .exit();
    }
    let not_empty = std::fs::read_dir(&args.out).is_ok_and(|mut d| d.next().is_some());
    if not_empty && !args.force {
        fail(&format!(
            "{}: --out exists and is not empty (give --force to write into it)",
            args.out.display()
        ));
        return 2;
    }
    let config = match &args.config {
        None => None,
        Some(path) => match dxedge_host::config::Config::load(path) {
            Ok(config) => Some((config, path.clone())),
            Err(e) => {
                fail(&e.to_string());
                return 2;
            }
        },
    };
    let options = GenOptions {
        scenario,
        config,
        direction: args.direction.into(),
        seed: args.seed,
        count: args.count,
        out: args.out,
        format,
        nanos: args.nanos,
    };
    match write_scenario(&options) {
        Ok((config, capture)) => {
            println!("wrote {} and {}", config.display(), capture.display());
            0
        }
        Err(e) => {
            fail(&format!("{e:#}"));
            1
        }
    }
}
