//! `dxedge replay`: a capture through an engine into the output files, in input order.
//!
//! ```text
//!  CaptureReader ─► step 1: truncated? ──yes──────────────────────┐ (waits in `pending`
//!                        │ no                                     │  behind frames still
//!                        ▼                                        │  inside the engine)
//!                  Engine::submit ─► FrameSink (completions) ─► Outputs ─► OutDir::commit
//! ```
//!
//! An engine may complete a frame during a later `submit` (the RTL has a pipeline), so each
//! record's timestamp and original length wait in a queue until its frame completes; a
//! truncated record waits there too if frames before it are still in the engine, so that
//! `drops.pcapng` stays in input order.

use std::collections::VecDeque;
use std::path::{Component, Path, PathBuf};
use std::time::Instant;

use anyhow::{anyhow, bail, Context};
use dxedge_host::config::{Config, Speed};
use dxedge_host::direction::Direction;
use dxedge_host::regmap::CAPACITY;
use dxedge_host::tables::Tables;
use dxedge_host::text::shown_path;
use dxedge_host::verdict::{DropReason, Verdict};

use crate::capture::{CaptureReader, LinkType, Record, Timestamp};
use crate::engine::{Engine, EngineCounters, FrameSink};
use crate::jobs::Jobs;
use crate::link::to_ethernet;
use crate::merge::{append_captures, Appended};
use crate::model::Model;
use crate::output::{
    counters_json, write_text, CounterKeys, OutDir, OutDirError, Outputs, RunInfo,
};
use crate::output::{CaptureId, ShardOf, ShardRun, TraceWindow, COUNTERS_FILE, RUN_FILE};
use crate::shard::{check_splittable, config_fingerprint, Pieces, Reach, ShardSpec};
use crate::sys::{clear_fatal_signal, on_fatal_signal, Critical};
use crate::trace::{FrameRange, TraceFile};

/// Which engine processes the frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum EngineKind {
    /// The RTL under Verilator (the spec's default).
    #[default]
    Verilator,
    /// The pure-Rust reference model.
    Model,
}

impl EngineKind {
    pub const fn name(self) -> &'static str {
        match self {
            EngineKind::Verilator => "verilator",
            EngineKind::Model => "model",
        }
    }
}

/// The command line of a replay, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplayOptions {
    pub config: PathBuf,
    pub input: PathBuf,
    pub out: PathBuf,
    pub engine: EngineKind,
    /// `None`: the config's `port.speed`.
    pub speed: Option<Speed>,
    pub trace: Option<PathBuf>,
    /// Trace only these frames (`--trace-frames`), with `trace`.
    pub trace_frames: Option<FrameRange>,
    pub force: bool,
    /// Which way the capture crosses the port.
    pub direction: Direction,
    /// Tag every untagged frame with this VID as it enters.
    pub ingress_vlan: Option<u16>,
    /// Engines side by side, each on its own piece of the capture.
    pub jobs: Jobs,
    /// Replay only this shard of the capture (`dxedge merge` joins the shards).
    pub shard: Option<ShardSpec>,
}

/// What a successful replay did.
#[derive(Clone, Debug)]
pub struct ReplaySummary {
    pub config: Config,
    pub counters: EngineCounters,
    /// Step 1 drops, counted by the replay.
    pub truncated: u64,
    /// Per ingress row (VIF to AWS, target to the customer), its dropped frames by reason
    /// (`DropReason::hw_code` order): the replay's own count from the frames' VIDs, which the
    /// pipeline keeps only in total per row.
    pub drops_by_row: Vec<[u64; 7]>,
    pub run: RunInfo,
    pub out: PathBuf,
}

/// Why a replay failed.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    /// The user's input is at fault: a bad config, an unreadable or unsupported capture,
    /// an `--out` that may not be replaced, an engine this build cannot run. Exit 2.
    #[error("{0}")]
    Refused(String),
    /// Something went wrong while running (a full disk, an engine defect). Exit 1.
    #[error("{0:#}")]
    Failed(anyhow::Error),
}

impl ReplayError {
    pub fn exit_code(&self) -> i32 {
        match self {
            ReplayError::Refused(_) => 2,
            ReplayError::Failed(_) => 1,
        }
    }
}

/// An `--out` that cannot be used is the user's to fix.
impl From<OutDirError> for ReplayError {
    fn from(e: OutDirError) -> Self {
        ReplayError::Refused(e.to_string())
    }
}

impl From<anyhow::Error> for ReplayError {
    fn from(e: anyhow::Error) -> Self {
        ReplayError::Failed(e)
    }
}

/// Build the engine a replay asked for.
fn build_engine(
    kind: EngineKind,
    config: &Config,
    direction: Direction,
    speed: Speed,
    trace: Option<&Path>,
    windowed: bool,
    model_here: bool,
) -> Result<Box<dyn Engine>, ReplayError> {
    use crate::rtl_engine::RtlEngine;
    match kind {
        EngineKind::Model => Ok(Box::new(Model::for_direction(config, direction))),
        EngineKind::Verilator => {
            let engine = match trace {
                Some(path) if windowed => {
                    RtlEngine::with_trace_window(config, direction, speed, path)
                }
                _ if model_here => RtlEngine::on_this_thread(config, direction, speed, trace),
                _ => RtlEngine::new(config, direction, speed, trace),
            };
            match engine {
                Ok(engine) => Ok(Box::new(engine)),
                Err(e) => Err(ReplayError::Refused(format!("{e:#}"))),
            }
        }
    }
}

/// The capacity every engine is held to: the build's (`regmap::CAPACITY`), so that a config
/// the RTL cannot hold is refused before anything runs, whichever engine was asked for.
fn check_fits(config: &Config, path: &Path, direction: Direction) -> Result<(), ReplayError> {
    Tables::check_for(config, &CAPACITY, direction).map_err(|e| {
        ReplayError::Refused(format!(
            "{}: the config does not fit the pipeline {direction} ({} VIFs, {} targets, {} LPM boundaries): {e}",
            shown_path(path),
            CAPACITY.vifs,
            CAPACITY.targets,
            CAPACITY.lpm_nodes()
        ))
    })
}

/// `path` made absolute with every symbolic link of the part that exists resolved, and `.`
/// and `..` of the rest taken lexically: for comparing where two paths lead.
pub(crate) fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut base = absolute.clone();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = base.canonicalize() {
            base = real;
            break;
        }
        match (base.file_name(), base.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                base = parent.to_path_buf();
            }
            _ => return absolute,
        }
    }
    for part in rest.iter().rev() {
        match Path::new(part).components().next() {
            Some(Component::ParentDir) => {
                base.pop();
            }
            Some(Component::CurDir) | None => {}
            _ => base.push(part),
        }
    }
    base
}

/// A trace inside `--out` would be in the directory the run replaces: refused before the
/// run rather than found at the end.
fn check_trace_place(trace: &Path, out: &Path) -> Result<(), ReplayError> {
    if resolved(trace).starts_with(resolved(out)) {
        return Err(ReplayError::Refused(format!(
            "{}: --trace is inside --out {}, which the run's outputs replace; write the trace elsewhere",
            shown_path(trace),
            shown_path(out)
        )));
    }
    Ok(())
}

/// Forgets the signal cleanup when the replay returns, whichever way.
pub(crate) struct SignalGuard;

impl Drop for SignalGuard {
    fn drop(&mut self) {
        clear_fatal_signal();
    }
}

/// Where a replay stands, for a progress display.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReplayProgress {
    /// Bytes of the capture read, and its size (0 when unknown: a pipe, a compressed file).
    pub bytes: u64,
    pub total_bytes: u64,
    /// Records read.
    pub records: u64,
    /// Frames out of the engine so far, by outcome (truncated records count as dropped).
    pub forwarded: u64,
    pub punted: u64,
    pub dropped: u64,
}

/// Run one replay. `progress` is called now and then with where it stands.
///
/// With `--jobs 1` and no `--shard` the capture is read once, front to back, into one engine
/// (a pipe will do). Otherwise the capture is split ([`crate::shard`]), each piece replayed by
/// an engine of its own on a thread of its own ([`crate::jobs`]), and the pieces' outputs
/// joined in input order ([`crate::merge`]): the same files, byte for byte.
pub fn replay(
    options: &ReplayOptions,
    progress: &mut dyn FnMut(ReplayProgress),
) -> Result<ReplaySummary, ReplayError> {
    let started = Instant::now();
    // First, so that it is dropped last: the signal cleanup stays registered until the
    // output directory's and the trace's own cleanup have run.
    let _signals = SignalGuard;
    let config = Config::load(&options.config).map_err(|e| ReplayError::Refused(e.to_string()))?;
    check_fits(&config, &options.config, options.direction)?;
    let speed = options.speed.unwrap_or(config.port.speed);
    let jobs = options
        .jobs
        .resolve(&options.input, options.shard.is_some());
    let pieces = (jobs > 1 || options.shard.is_some()).then(|| Pieces::new(jobs, options.shard));
    if let Some(p) = &pieces {
        let what = match options.shard {
            Some(shard) => format!("--shard {shard}"),
            None => format!("--jobs {jobs}"),
        };
        check_splittable(&options.input, &what).map_err(ReplayError::Refused)?;
        if options.trace.is_some() && p.count > 1 {
            return Err(ReplayError::Refused(format!(
                "--trace is a waveform of one engine, and {what} with --jobs {jobs} runs {jobs}: give --jobs 1 to trace"
            )));
        }
    }
    if options.trace_frames.is_some()
        && (options.trace.is_none() || options.engine != EngineKind::Verilator)
    {
        return Err(ReplayError::Refused(
            "--trace-frames narrows a --trace of the verilator engine: give --trace FILE and --engine verilator".into(),
        ));
    }
    let mut trace = match &options.trace {
        Some(path) => {
            check_trace_place(path, &options.out)?;
            Some(TraceFile::new(path).map_err(ReplayError::Refused)?)
        }
        None => None,
    };
    // A plain run opens the capture now, so that an unreadable one is refused before --out
    // is touched; a split one is opened by the scan and by each piece.
    let reader = match pieces {
        None => Some(
            CaptureReader::open(&options.input).map_err(|e| ReplayError::Refused(e.to_string()))?,
        ),
        Some(_) => None,
    };
    let out_dir = OutDir::prepare(&options.out, options.force)?;
    // Every piece but the first writes into a directory of its own inside the temporary
    // one; the first writes the run's files themselves, which the others are appended to.
    let piece_dirs: Vec<PathBuf> = match pieces {
        None => vec![out_dir.path().to_path_buf()],
        Some(p) => (0..p.count)
            .map(|k| match k {
                0 => out_dir.path().to_path_buf(),
                k => out_dir.path().join(format!("piece-{k}")),
            })
            .collect(),
    };
    {
        let mut leftovers = out_dir.leftovers();
        // The piece directories are emptied and removed before the directory they are in.
        leftovers
            .own_dirs
            .splice(0..0, piece_dirs.iter().skip(1).cloned());
        // The capture is read through a memory map: a capture cut short while it is read
        // ends the run here.
        let mut bus_error = format!(
            "a memory-mapped file could not be read or written (SIGBUS): was {} truncated while it was replayed?",
            shown_path(&options.input)
        );
        if let Some(t) = &trace {
            leftovers.files.extend(t.leftovers());
            bus_error = format!(
                "cannot write the trace {}: a page of the waveform writer's memory-mapped files                  could not be written (SIGBUS): is the file system of the trace, or of the                  temporary directory, full? Nothing was written",
                shown_path(t.target())
            );
        }
        on_fatal_signal(
            &leftovers,
            &format!(
                "the replay was interrupted; its unfinished outputs were removed and {} is as it was",
                shown_path(&options.out)
            ),
            &bus_error,
        );
    }
    for dir in piece_dirs.iter().skip(1) {
        std::fs::create_dir(dir).with_context(|| format!("cannot create {}", shown_path(dir)))?;
    }
    let setup = SpanSetup {
        config: &config,
        options,
        speed,
        model_here: false,
    };
    let trace_path = trace.as_ref().map(TraceFile::work_path);
    let (total, shards, identity) = match (reader, pieces) {
        (Some(mut reader), _) => {
            let span = replay_span(
                &setup,
                &mut reader,
                Stretch::WHOLE,
                out_dir.path(),
                trace_path,
                progress,
                &|| false,
            )?
            .ok_or_else(|| anyhow!("the replay stopped before the end of the capture"))?;
            (span, Vec::new(), None)
        }
        (None, Some(p)) => {
            // A shard is fingerprinted for `dxedge merge`; `--jobs` alone needs the starts.
            let reach = match options.shard {
                Some(_) => Reach::Whole,
                None => Reach::Starts,
            };
            let done = crate::jobs::run(&setup, p, reach, &piece_dirs, trace_path, progress)?;
            append_captures(out_dir.path(), &piece_dirs[1..], Appended::Remove)?;
            // Each piece's directory, empty now.
            for dir in piece_dirs.iter().skip(1) {
                std::fs::remove_dir_all(dir)
                    .with_context(|| format!("cannot remove {}", shown_path(dir)))?;
            }
            let shards = done
                .spans
                .iter()
                .enumerate()
                .map(|(k, s)| s.shard_run(p.label(k as u64)))
                .collect();
            let mut total = SpanReport::empty(&config, options.direction);
            for span in &done.spans {
                total.add(span);
            }
            (total, shards, Some(done.scanned))
        }
        (None, None) => return Err(anyhow!("a plain replay without its capture").into()),
    };

    let trace_window = match options.trace_frames {
        Some(range) => Some(traced_window(range, &total, options.shard)?),
        None => None,
    };
    let counters = counters_json(
        &config,
        options.direction,
        &total.counters,
        total.truncated,
        CounterKeys::Replay,
    )?;
    write_text(out_dir.path(), COUNTERS_FILE, &counters)?;
    let mut run = RunInfo {
        engine: options.engine.name().to_string(),
        speed: speed.name().to_string(),
        direction: options.direction,
        packets: total.packets,
        wall_seconds: 0.0,
        cycles: total.cycles,
        input_beats: total.input_beats,
        ..RunInfo::default()
    };
    run.shards = shards;
    run.trace_window = trace_window;
    // What `dxedge merge` compares, for a shard.
    if let (Some(shard), Some(fingerprint)) = (
        options.shard,
        identity.and_then(|s| s.fingerprint.map(|f| (s.bytes, f))),
    ) {
        run.shard = Some(ShardOf {
            index: shard.index,
            count: shard.count,
        });
        run.capture = Some(CaptureId {
            bytes: fingerprint.0,
            xxh3_128: fingerprint.1,
        });
        run.config_xxh3_128 = Some(config_fingerprint(&config));
        run.ingress_vlan = options.ingress_vlan;
    }
    run.wall_seconds = started.elapsed().as_secs_f64();
    write_text(out_dir.path(), RUN_FILE, &run.to_json()?)?;
    if let Some(t) = &mut trace {
        t.finish()?;
    }
    {
        // An interrupt now waits until both are in place (or the commit failed).
        let _critical = Critical::enter();
        out_dir.commit()?;
        if let Some(t) = &mut trace {
            t.commit()?;
        }
        clear_fatal_signal();
    }
    Ok(ReplaySummary {
        config,
        counters: total.counters,
        truncated: total.truncated,
        drops_by_row: total.drops_by_row,
        run,
        out: options.out.clone(),
    })
}

/// What run.json says of a `--trace-frames` waveform; an error (before anything is written)
/// if no frame of the range entered the pipeline.
fn traced_window(
    range: FrameRange,
    total: &SpanReport,
    shard: Option<ShardSpec>,
) -> Result<TraceWindow, ReplayError> {
    let seen = &total.window_records;
    match (seen.first, seen.last, total.trace_window) {
        (Some(first_frame), Some(last_frame), Some(clocks)) => Ok(TraceWindow {
            frames: range.to_string(),
            first_frame,
            last_frame,
            first_in_clock: clocks.first_in,
            last_out_clock: clocks.last_out,
            first_clock: clocks.first_traced,
            last_clock: clocks.last_traced,
            first_time: 2 * clocks.first_traced - 2,
            last_time: 2 * clocks.last_traced - 1,
        }),
        (Some(_), _, _) => Err(ReplayError::Failed(anyhow!(
            "--trace-frames {range}: its frames went through the pipeline but the trace did not close on them"
        ))),
        (None, _, _) if seen.any => Err(ReplayError::Refused(format!(
            "--trace-frames {range}: every record in it is a truncated capture, which the replay drops before the pipeline, so there was nothing to trace; no trace was written"
        ))),
        (None, _, _) => {
            let held = match shard {
                Some(shard) if total.packets > 0 => format!(
                    "shard {shard} replays records {} to {} of the capture",
                    total.first_packet,
                    total.first_packet + total.packets - 1
                ),
                Some(shard) => format!("shard {shard} replays no record of the capture"),
                None => format!(
                    "the capture has {} frame{} (numbered from 1)",
                    total.packets,
                    if total.packets == 1 { "" } else { "s" }
                ),
            };
            Err(ReplayError::Refused(format!(
                "--trace-frames {range}: {held}, so there was nothing to trace; no trace was written"
            )))
        }
    }
}

/// The records of a `--trace-frames` range a stretch read.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WindowRecords {
    /// The first and the last that entered the engine.
    pub first: Option<u64>,
    pub last: Option<u64>,
    /// Whether any was read (a truncated one never enters).
    pub any: bool,
}

/// What every piece of a run shares.
pub(crate) struct SpanSetup<'a> {
    pub config: &'a Config,
    pub options: &'a ReplayOptions,
    pub speed: Speed,
    /// Clock the RTL on the replay's own thread rather than one beside it: where every core
    /// is already busy with a piece of the replay (`--jobs`), a second thread per piece has no
    /// core to overlap on and only adds hand-offs.
    pub model_here: bool,
}

/// Which records of the capture a reader replays: from where it stands to the first record
/// whose slot starts at `end` or later (`None`: to the end of the file); progress is counted
/// in bytes from `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stretch {
    pub from: u64,
    pub end: Option<u64>,
}

impl Stretch {
    /// The whole capture.
    pub const WHOLE: Stretch = Stretch { from: 0, end: None };
}

/// What one engine did over its stretch of the capture.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpanReport {
    pub counters: EngineCounters,
    /// Step 1 drops, counted by the replay.
    pub truncated: u64,
    /// Per ingress row, its drops by reason (see [`ReplaySummary::drops_by_row`]).
    pub drops_by_row: Vec<[u64; 7]>,
    /// The number of the stretch's first record in the capture (from 1), and its records.
    pub first_packet: u64,
    pub packets: u64,
    pub cycles: Option<u64>,
    pub input_beats: Option<u64>,
    pub wall_seconds: f64,
    /// `--trace-frames`: the records of the range read, and the clocks traced.
    pub window_records: WindowRecords,
    pub trace_window: Option<crate::engine::TracedClocks>,
}

impl SpanReport {
    /// Nothing yet, with a row of counters for each of the config's rows.
    fn empty(config: &Config, direction: Direction) -> SpanReport {
        let (ingress, egress) = match direction {
            Direction::ToAws => (config.vifs.len(), config.targets.len()),
            Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
        };
        SpanReport {
            counters: EngineCounters::zeroed(ingress, egress),
            drops_by_row: vec![[0; 7]; ingress],
            first_packet: 1,
            ..SpanReport::default()
        }
    }

    /// Add the next stretch's figures: the counters of a capture replayed in pieces are the
    /// sum of the pieces', and so are its cycles and beats (each engine has its own clock).
    fn add(&mut self, next: &SpanReport) {
        self.counters.add(&next.counters);
        self.truncated += next.truncated;
        for (a, b) in self.drops_by_row.iter_mut().zip(&next.drops_by_row) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        self.packets += next.packets;
        let sum = |a: Option<u64>, b: Option<u64>| Some(a.unwrap_or(0) + b?);
        self.cycles = sum(self.cycles, next.cycles);
        self.input_beats = sum(self.input_beats, next.input_beats);
        // A trace is of one engine: only a run of one piece has a window.
        let (mine, theirs) = (&mut self.window_records, next.window_records);
        mine.first = mine.first.or(theirs.first);
        mine.last = theirs.last.or(mine.last);
        mine.any |= theirs.any;
        self.trace_window = self.trace_window.or(next.trace_window);
    }

    /// This stretch as an entry of run.json's `shards`.
    fn shard_run(&self, piece: String) -> ShardRun {
        ShardRun {
            piece,
            first_packet: self.first_packet,
            packets: self.packets,
            wall_seconds: self.wall_seconds,
            cycles: self.cycles,
            input_beats: self.input_beats,
        }
    }
}

/// How often (in records) a stretch reports progress and asks whether to stop.
const PROGRESS_EVERY: u64 = 8192;

/// Replay the records of `stretch` from `reader` through an engine of its own into the
/// capture files of `dir`. `Ok(None)` if `stop` said to stop (asked now and then).
pub(crate) fn replay_span(
    setup: &SpanSetup<'_>,
    reader: &mut CaptureReader,
    stretch: Stretch,
    dir: &Path,
    trace: Option<&Path>,
    progress: &mut dyn FnMut(ReplayProgress),
    stop: &dyn Fn() -> bool,
) -> Result<Option<SpanReport>, ReplayError> {
    let started = Instant::now();
    let SpanSetup {
        config,
        options,
        speed,
        model_here,
    } = *setup;
    let window = options.trace_frames.filter(|_| trace.is_some());
    let mut engine = build_engine(
        options.engine,
        config,
        options.direction,
        speed,
        trace,
        window.is_some(),
        model_here,
    )?;
    let mut window_records = WindowRecords::default();
    // Whether the engine has been told the window started, and that it ended.
    let (mut inside, mut past) = (false, false);
    let mut outputs = Outputs::create(
        dir,
        config,
        options.direction,
        reader.resolution(),
        reader.snaplen(),
    )?;

    let mut pending = Pending::default();
    let mut rows = RowDrops::new(config, options.direction);
    // The frame --ingress-vlan tags, and the one a record without an Ethernet header
    // becomes, reused from record to record.
    let mut tagged = Vec::new();
    let mut converted = Vec::new();
    let mut truncated = 0u64;
    let mut packets = 0u64;
    let first_packet = reader.packets() + 1;
    let report_progress = |reader: &CaptureReader, rows: &RowDrops, truncated: u64, packets| {
        let (bytes, total_bytes) = reader.progress();
        ReplayProgress {
            bytes: bytes.saturating_sub(stretch.from),
            total_bytes,
            records: packets,
            dropped: rows.outcomes[2] + truncated,
            forwarded: rows.outcomes[0],
            punted: rows.outcomes[1],
        }
    };
    loop {
        if stretch.end.is_some_and(|end| reader.progress().0 >= end) {
            break;
        }
        let record = match reader.next_record() {
            Ok(Some(record)) => record,
            Ok(None) => break,
            Err(e) => return Err(ReplayError::Refused(e.to_string())),
        };
        packets += 1;
        if let Some(range) = window {
            window_records.any |= range.contains(record.index);
            if inside && !past && range.is_behind(record.index) {
                engine.trace_window(false)?;
                past = true;
            }
        }
        // A record without an Ethernet header (Linux cooked, raw IP) gets the one a customer
        // router would send; only where --ingress-vlan says which VLAN it came on, since the
        // header built is untagged.
        let record = if record.link == LinkType::Ethernet {
            record
        } else {
            if options.ingress_vlan.is_none() {
                return Err(ReplayError::Refused(format!(
                    "{}: packet {}: a {} record has no Ethernet header; give --ingress-vlan VID to replay it as frames arriving on that VLAN",
                    shown_path(&options.input),
                    record.index,
                    record.link.name()
                )));
            }
            let delta = to_ethernet(record.link, record.data, config.port.mac.0, &mut converted);
            Record {
                orig_len: (i64::from(record.orig_len) + delta as i64).max(0) as u32,
                data: &converted,
                link: LinkType::Ethernet,
                ..record
            }
        };
        if record.is_truncated() {
            // Step 1: the replay's own drop; it never enters the engine.
            truncated += 1;
            if pending.is_empty() {
                outputs.drop_frame(
                    record.timestamp,
                    record.orig_len,
                    record.data,
                    DropReason::TruncatedCapture,
                    record.index,
                )?;
            } else {
                pending.push(Waiting::Truncated {
                    timestamp: record.timestamp,
                    orig_len: record.orig_len,
                    data: record.data.to_vec(),
                    index: record.index,
                });
            }
        } else {
            // With --ingress-vlan an untagged frame is tagged as it enters, as if the
            // customer router had tagged it; from here on it is that frame.
            let frame = match options.ingress_vlan {
                Some(vid) => tag_untagged(record.data, vid, &mut tagged),
                None => record.data,
            };
            pending.push(Waiting::InEngine {
                timestamp: record.timestamp,
                orig_len: record.orig_len + (frame.len() - record.data.len()) as u32,
                index: record.index,
            });
            if window.is_some_and(|r| r.contains(record.index)) {
                if !inside {
                    engine.trace_window(true)?;
                    inside = true;
                    window_records.first = Some(record.index);
                }
                window_records.last = Some(record.index);
            }
            let mut sink = Sink {
                outputs: &mut outputs,
                pending: &mut pending,
                rows: &mut rows,
            };
            let index = record.index;
            engine
                .submit(frame, &mut sink)
                .map_err(|e| e.context(format!("the engine failed on packet {index}")))?;
        }
        if packets % PROGRESS_EVERY == 0 {
            progress(report_progress(reader, &rows, truncated, packets));
            if stop() {
                return Ok(None);
            }
        }
    }
    let report = {
        let mut sink = Sink {
            outputs: &mut outputs,
            pending: &mut pending,
            rows: &mut rows,
        };
        let report = engine.finish(&mut sink)?;
        sink.flush_truncated()?;
        report
    };
    if pending.in_engine != 0 {
        return Err(ReplayError::Failed(anyhow!(
            "the engine finished with {} of {} frames never completed",
            pending.in_engine,
            packets - truncated
        )));
    }
    progress(report_progress(reader, &rows, truncated, packets));
    outputs.finish()?;
    // The engine goes before the trace is read back: dropping it closes the waveform.
    drop(engine);
    Ok(Some(SpanReport {
        counters: report.counters,
        truncated,
        drops_by_row: rows.drops,
        first_packet,
        packets,
        cycles: report.cycles,
        input_beats: report.input_beats,
        wall_seconds: started.elapsed().as_secs_f64(),
        window_records,
        trace_window: report.trace_window,
    }))
}

/// `frame` with an 802.1Q tag of VID `vid` (PCP and DEI 0) after its source MAC, into
/// `scratch`, if it is untagged: an Ethernet frame whose EtherType is neither 802.1Q's nor
/// 802.1ad's. Anything else (tagged, or too short to have an EtherType) is left as it is.
fn tag_untagged<'a>(frame: &'a [u8], vid: u16, scratch: &'a mut Vec<u8>) -> &'a [u8] {
    match crate::packet::be16(frame, crate::packet::field::ETHERTYPE) {
        Some(crate::packet::TPID_8021Q | 0x88a8) | None => frame,
        Some(_) => {
            let split = crate::packet::field::ETHERTYPE.start;
            scratch.clear();
            scratch.extend_from_slice(&frame[..split]);
            scratch.extend_from_slice(&crate::packet::TPID_8021Q.to_be_bytes());
            scratch.extend_from_slice(&(vid & crate::packet::TCI_VID_MASK).to_be_bytes());
            scratch.extend_from_slice(&frame[split..]);
            scratch
        }
    }
}

/// A record waiting for its turn in the outputs.
/// `index` is the record's place in the capture (1-based), which drops.pcapng gives each
/// dropped frame as its packet id.
enum Waiting {
    /// Submitted; its frame has not completed yet.
    InEngine {
        timestamp: Timestamp,
        orig_len: u32,
        index: u64,
    },
    /// A step 1 drop behind frames still in the engine.
    Truncated {
        timestamp: Timestamp,
        orig_len: u32,
        data: Vec<u8>,
        index: u64,
    },
}

#[derive(Default)]
struct Pending {
    queue: VecDeque<Waiting>,
    /// How many `InEngine` entries the queue holds.
    in_engine: u64,
    /// How many `Truncated` ones: with none, a completed frame need not look for them.
    truncated: u64,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    fn push(&mut self, waiting: Waiting) {
        match waiting {
            Waiting::InEngine { .. } => self.in_engine += 1,
            Waiting::Truncated { .. } => self.truncated += 1,
        }
        self.queue.push_back(waiting);
    }
}

/// Completed frames into the output files, each with its record's timestamp.
struct Sink<'a> {
    outputs: &'a mut Outputs,
    pending: &'a mut Pending,
    rows: &'a mut RowDrops,
}

/// Drops per ingress row and reason, told apart by the frame's VID; and every frame out
/// of the engine by outcome (forwarded, punted, dropped), for the progress display.
struct RowDrops {
    row_of_vid: Vec<Option<usize>>,
    drops: Vec<[u64; 7]>,
    outcomes: [u64; 3],
}

impl RowDrops {
    fn new(config: &Config, direction: Direction) -> RowDrops {
        let mut row_of_vid = vec![None; 4096];
        let vids: Vec<Option<u16>> = match direction {
            Direction::ToAws => config.vifs.iter().map(|v| Some(v.vlan)).collect(),
            Direction::ToCustomer => config.targets.iter().map(|t| t.vlan).collect(),
        };
        for (row, vid) in vids.iter().enumerate() {
            if let Some(slot) = vid.and_then(|v| row_of_vid.get_mut(usize::from(v))) {
                *slot = Some(row);
            }
        }
        RowDrops {
            row_of_vid,
            drops: vec![[0; 7]; vids.len()],
            outcomes: [0; 3],
        }
    }

    /// A dropped frame: counted on its row if it got as far as one (a tagged frame on a
    /// configured VID; `malformed` and `unknown_vlan` ones never do).
    fn count(&mut self, frame: &[u8], reason: DropReason) {
        use crate::packet::{be16, field, TAGGED_HEADER_LEN, TCI_VID_MASK, TPID_8021Q};
        if frame.len() < TAGGED_HEADER_LEN || be16(frame, field::ETHERTYPE) != Some(TPID_8021Q) {
            return;
        }
        let vid = be16(frame, field::TCI).unwrap_or(0) & TCI_VID_MASK;
        let row = self.row_of_vid.get(usize::from(vid)).copied().flatten();
        if let (Some(row), Some(code)) = (row, reason.hw_code()) {
            if let Some(n) = self
                .drops
                .get_mut(row)
                .and_then(|r| r.get_mut(usize::from(code)))
            {
                *n += 1;
            }
        }
    }
}

impl Sink<'_> {
    /// Write the truncated records at the head of the queue.
    fn flush_truncated(&mut self) -> anyhow::Result<()> {
        if self.pending.truncated == 0 {
            return Ok(());
        }
        while let Some(Waiting::Truncated { .. }) = self.pending.queue.front() {
            if let Some(Waiting::Truncated {
                timestamp,
                orig_len,
                data,
                index,
            }) = self.pending.queue.pop_front()
            {
                self.pending.truncated -= 1;
                self.outputs.drop_frame(
                    timestamp,
                    orig_len,
                    &data,
                    DropReason::TruncatedCapture,
                    index,
                )?;
            }
        }
        Ok(())
    }
}

impl FrameSink for Sink<'_> {
    fn frame(&mut self, verdict: Verdict, data: &[u8]) -> anyhow::Result<()> {
        self.flush_truncated()?;
        let Some(Waiting::InEngine {
            timestamp,
            orig_len,
            index,
        }) = self.pending.queue.pop_front()
        else {
            bail!("the engine completed more frames than it was given");
        };
        self.pending.in_engine -= 1;
        self.rows.outcomes[match verdict {
            Verdict::Forward { .. } => 0,
            Verdict::Punt => 1,
            Verdict::Drop(_) => 2,
        }] += 1;
        match verdict {
            Verdict::Forward { target } => self.outputs.forward(target, timestamp, data)?,
            Verdict::Punt => self.outputs.punt(timestamp, orig_len, data)?,
            Verdict::Drop(reason) => {
                self.rows.count(data, reason);
                self.outputs
                    .drop_frame(timestamp, orig_len, data, reason, index)?
            }
        }
        // Truncated records right behind this frame need not wait for the next completion.
        self.flush_truncated()
    }
}

#[cfg(test)]
mod tests;
