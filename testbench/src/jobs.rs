//! `--jobs N`: the pieces of a split capture replayed side by side, each by an engine of its
//! own (its own Verilated model, its tables programmed by the driver) on a thread of its own,
//! with one progress display for them all.
//!
//! ```text
//!  scan thread ──── Start(0) ──► piece 0 thread: reader from checkpoint ─► engine ─► --out's files
//!   (shard::scan) ─ Start(1) ──► piece 1 thread: reader from checkpoint ─► engine ─► piece-1/
//!       │          ...                                  │ progress
//!       └─ (--shard: on to the end, fingerprint)   this thread: adds the pieces' progress up
//! ```
//!
//! A piece clocks its RTL model on a thread beside it, as a plain replay does, only while
//! that leaves a core for each thread; otherwise on its own thread (see `RtlEngine`).
//!
//! Each piece stops at the next piece's first record, so every record is replayed once; the
//! caller appends the pieces' files to the first's ([`crate::merge`]). When a piece fails, the
//! pieces after it stop (their work cannot be used) but the ones before it go on, so that the
//! error reported is the first one in input order: the one `--jobs 1` would have met.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Mutex;
use std::thread::ScopedJoinHandle;
use std::time::Duration;

use anyhow::anyhow;

use crate::capture::CaptureReader;
use crate::replay::{replay_span, ReplayError, ReplayProgress, SpanReport, SpanSetup, Stretch};
use crate::shard::{self, bound, check_splittable, Pieces, Reach, Scanned, Start};

/// `--jobs`: how many engines replay side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jobs {
    Count(u64),
    /// One per core this process may use.
    Auto,
}

impl Default for Jobs {
    fn default() -> Jobs {
        Jobs::Count(1)
    }
}

/// The most engines one replay runs: each is a thread (two for the RTL) and a set of open
/// output files.
pub const MAX_JOBS: u64 = 1024;

impl FromStr for Jobs {
    type Err = String;

    fn from_str(text: &str) -> Result<Jobs, String> {
        if text == "auto" {
            return Ok(Jobs::Auto);
        }
        match text.parse::<u64>() {
            Ok(n) if (1..=MAX_JOBS).contains(&n) => Ok(Jobs::Count(n)),
            _ => Err(format!(
                "expected a number of engines from 1 to {MAX_JOBS}, or auto (one per usable core)"
            )),
        }
    }
}

impl fmt::Display for Jobs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Jobs::Count(n) => write!(f, "{n}"),
            Jobs::Auto => f.write_str("auto"),
        }
    }
}

impl Jobs {
    /// How many engines. `auto` is the number of cores this process may use (its CPU
    /// affinity and cgroup quota, as `nproc` counts them), or 1 for a capture that cannot be
    /// split (a pipe, a gzip file): there `auto` means "as many as can help", and an explicit
    /// count is refused instead. With `--shard` a split is asked for anyway.
    pub fn resolve(self, input: &Path, shard: bool) -> u64 {
        match self {
            Jobs::Count(n) => n,
            Jobs::Auto if !shard && check_splittable(input, "--jobs auto").is_err() => 1,
            Jobs::Auto => std::thread::available_parallelism().map_or(1, |n| n.get() as u64),
        }
    }
}

/// What the pieces did, in input order, and what the scan found.
#[derive(Debug)]
pub(crate) struct Done {
    pub spans: Vec<SpanReport>,
    pub scanned: Scanned,
}

/// How often the display is updated.
const DISPLAY_EVERY: Duration = Duration::from_millis(200);

/// Replay `pieces` of the capture side by side, piece `k` into `dirs[k]`, the scan reading as
/// far as `reach`; only a single piece may have a trace.
pub(crate) fn run(
    setup: &SpanSetup<'_>,
    pieces: Pieces,
    reach: Reach,
    dirs: &[PathBuf],
    trace: Option<&Path>,
    progress: &mut dyn FnMut(ReplayProgress),
) -> Result<Done, ReplayError> {
    let input = setup.options.input.as_path();
    let count = usize::try_from(pieces.count).unwrap_or(usize::MAX);
    if dirs.len() != count || (trace.is_some() && count != 1) {
        return Err(anyhow!("{count} pieces, {} directories", dirs.len()).into());
    }
    let len = std::fs::metadata(input).map(|m| m.len()).unwrap_or(0);
    let begins: Vec<u64> = (0..pieces.count)
        .map(|k| bound(len, pieces.first + k, pieces.of))
        .collect();
    let total_bytes = bound(len, pieces.first + pieces.count, pieces.of).saturating_sub(begins[0]);
    // The first piece that failed (usize::MAX: none yet).
    let failed = AtomicUsize::new(usize::MAX);
    let slots = Mutex::new(vec![ReplayProgress::default(); count]);
    let (senders, receivers): (Vec<_>, Vec<_>) =
        (0..count).map(|_| mpsc::sync_channel::<Start>(1)).unzip();
    let (finished_tx, finished) = mpsc::channel::<()>();
    // A piece is one thread, or two with the RTL's model beside it: two only while that
    // leaves a core for each.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let setup = &SpanSetup {
        model_here: count.saturating_mul(2) > cores,
        ..*setup
    };

    std::thread::scope(|scope| {
        let (failed, slots) = (&failed, &slots);
        let scan = {
            let finished_tx = finished_tx.clone();
            scope.spawn(move || {
                let mut senders: Vec<_> = senders.into_iter().map(Some).collect();
                let result = shard::scan(
                    input,
                    pieces,
                    reach,
                    &mut |start| {
                        let sender = senders.get_mut(start.piece as usize).and_then(Option::take);
                        if let Some(tx) = sender {
                            let _ = tx.send(start);
                        }
                    },
                    &|| failed.load(Ordering::Relaxed) != usize::MAX,
                );
                // A piece whose start was never sent learns here that it will not run.
                drop(senders);
                let _ = finished_tx.send(());
                result
            })
        };
        let workers: Vec<_> = receivers
            .into_iter()
            .zip(dirs)
            .zip(begins)
            .enumerate()
            .map(|(k, ((start, dir), from))| {
                let finished_tx = finished_tx.clone();
                scope.spawn(move || {
                    let mut report = |p: ReplayProgress| {
                        if let Some(slot) = slots.lock().ok().as_mut().and_then(|s| s.get_mut(k)) {
                            *slot = p;
                        }
                    };
                    let stop = || failed.load(Ordering::Relaxed) < k;
                    let result = piece(setup, &start, dir, trace, from, &mut report, &stop);
                    if result.is_err() {
                        failed.fetch_min(k, Ordering::Relaxed);
                    }
                    let _ = finished_tx.send(());
                    result
                })
            })
            .collect();
        drop(finished_tx);
        // One display for all: the pieces' progress added up, until every thread has ended.
        loop {
            let ended = matches!(
                finished.recv_timeout(DISPLAY_EVERY),
                Err(RecvTimeoutError::Disconnected)
            );
            progress(added(slots, total_bytes));
            if ended {
                break;
            }
        }
        let scanned = joined(scan, "the capture's scan");
        let results: Vec<_> = workers
            .into_iter()
            .map(|w| joined(w, "a piece of the replay"))
            .collect();
        outcome(scanned, results)
    })
}

/// One piece: wait for the scan to say where it starts, then replay it.
fn piece(
    setup: &SpanSetup<'_>,
    start: &Receiver<Start>,
    dir: &Path,
    trace: Option<&Path>,
    from: u64,
    progress: &mut dyn FnMut(ReplayProgress),
    stop: &dyn Fn() -> bool,
) -> Result<Option<SpanReport>, ReplayError> {
    // A closed channel: the scan stopped (or refused the capture) before it got here.
    let Ok(start) = start.recv() else {
        return Ok(None);
    };
    let mut reader =
        CaptureReader::open_at(&setup.options.input, &start.checkpoint, start.resolution)
            .map_err(|e| ReplayError::Refused(e.to_string()))?;
    let stretch = Stretch {
        from,
        end: start.end,
    };
    replay_span(setup, &mut reader, stretch, dir, trace, progress, stop)
}

/// A thread's result; a panic (a defect) as an error rather than another panic.
fn joined<T>(handle: ScopedJoinHandle<'_, T>, what: &str) -> Result<T, ReplayError> {
    handle
        .join()
        .map_err(|_| ReplayError::Failed(anyhow!("{what} stopped with a panic")))
}

/// The run's result: the first error in input order, else every piece's report.
fn outcome(
    scanned: Result<Result<Option<Scanned>, crate::capture::CaptureError>, ReplayError>,
    results: Vec<Result<Result<Option<SpanReport>, ReplayError>, ReplayError>>,
) -> Result<Done, ReplayError> {
    let mut spans = Vec::with_capacity(results.len());
    let mut all = true;
    for result in results {
        match result.and_then(|r| r)? {
            Some(span) => spans.push(span),
            None => all = false,
        }
    }
    // The scan meets a capture the reader refuses first; the pieces then never start.
    let scanned = scanned?.map_err(|e| ReplayError::Refused(e.to_string()))?;
    match scanned {
        Some(scanned) if all => Ok(Done { spans, scanned }),
        _ => Err(anyhow!("the replay's pieces stopped with no error to say why").into()),
    }
}

/// The pieces' progress added up.
fn added(slots: &Mutex<Vec<ReplayProgress>>, total_bytes: u64) -> ReplayProgress {
    let mut sum = ReplayProgress {
        total_bytes,
        ..ReplayProgress::default()
    };
    if let Ok(slots) = slots.lock() {
        for p in slots.iter() {
            sum.bytes += p.bytes;
            sum.records += p.records;
            sum.forwarded += p.forwarded;
            sum.punted += p.punted;
            sum.dropped += p.dropped;
        }
    }
    sum
}
