//! The RTL engine: the port pipeline generated from `hdl/` run under Verilator.
//!
//! ```text
//!  config ─► host driver ─► RegisterBus ─► PortPipelineSim ◄─ beats ◄─ frames (submit)
//!                 ▲                              │
//!                 └──── counters ◄───────────────┴─► egress beats ─► frames + verdicts (sink)
//! ```
//!
//! The tables are written by the same driver code that programs a board, through the model's
//! register bus; nothing here touches RTL internals. Frames are fed back to back, one beat a
//! clock whenever ingress is ready, with egress always ready, so `cycles` measures the
//! pipeline at line rate. The model runs on a thread of its own (see [`RtlEngine`]).
//!
//! This module is the replay's side (batches of frames out, completed frames back to the
//! sink); `simulation` is the model's side, clock by clock.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender, TryRecvError};
use std::thread::JoinHandle;

use anyhow::{anyhow, bail, Context};
use dxedge_host::config::{Config, Speed};
use dxedge_host::direction::Direction;
use dxedge_host::driver::{Device, HwCounters};
use dxedge_host::verdict::{EgressTag, Verdict};
use dxedge_sim::port_pipeline::{Build, EgressBeat, PortPipelineSim};
use dxedge_sim::stream::{EgressBuffer, Frames, StreamPos, StreamReport};

use crate::beats::{keep_mask, Assembler};
use crate::engine::{Engine, EngineCounters, EngineReport, FrameSink, TracedClocks};
use crate::trace::WINDOW_MARGIN_CLOCKS;

mod simulation;
use simulation::{Feed, HandOff, Next, PumpIo, Simulation};

/// Frames (or bytes, whichever comes first) the replay hands the simulation thread at once.
/// Each hand-off either way can wake a sleeping thread (a few microseconds of the kernel's
/// time): at 256 frames a batch, a million 64-byte frames at 100G spent 10 % of the replay's
/// wall time there; at 4,096, 1 %.
const BATCH_FRAMES: usize = 4096;
const BATCH_BYTES: usize = 256 * 1024;
/// Batches in flight to the simulation thread before `submit` waits for it.
const BATCHES_AHEAD: usize = 4;
/// Completed frames the simulation thread collects before it hands them back.
const DONE_FRAMES: usize = 4096;
/// Clock cycles without a beat in or out, with work pending, before the engine gives up.
const STALL_CYCLES: u64 = 100_000;
/// Egress beats a stream run collects before it hands them over.
const STREAM_BEATS: usize = 4096;
/// Clocks a stream run takes when draining the pipeline (no input left): about its latency,
/// so that a replay does not clock long past its last frame.
const DRAIN_CLOCKS: u64 = 256;
/// Longest frame the ingress length field carries.
pub const MAX_FRAME: usize = crate::capture::MAX_FRAME;

/// `make test WAVES=1` (`DXEDGE_WAVES=1`): where an RTL test named `name` writes its FST
/// trace (`target/waves/<name>.fst`); `None` when waves are not asked for.
pub fn waves_for(name: &str) -> Option<PathBuf> {
    std::env::var_os("DXEDGE_WAVES").filter(|v| v != "0")?;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/waves");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join(format!("{name}.fst")))
}

/// Which build a `--speed` runs.
pub fn build_for(speed: Speed) -> Build {
    match speed {
        Speed::G10 => Build::TenG,
        Speed::G100 => Build::HundredG,
    }
}

/// Options beyond the spec's CLI, for tests: idle input cycles and egress back-pressure.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stress {
    /// Out of 256: chance that a cycle offers no input beat although one is ready.
    pub idle: u8,
    /// Out of 256: chance that a cycle holds egress ready low.
    pub backpressure: u8,
    pub seed: u64,
    /// Clock from Rust one cycle at a time even without idle or back-pressure cycles (the
    /// reference for the stream loop that clocks a quiet run).
    pub per_clock: bool,
}

impl Stress {
    /// Whether the run can go through the stream loop: every clock offers the next beat and
    /// egress is always ready.
    fn quiet(&self) -> bool {
        self.idle == 0 && self.backpressure == 0 && !self.per_clock
    }
}

/// Frames on their way to the simulation thread, back to back in one buffer.
#[derive(Debug, Default)]
struct Batch {
    bytes: Vec<u8>,
    /// Where each frame ends in `bytes` (a batch is well under 4 GiB: `BATCH_BYTES`).
    ends: Vec<u32>,
    /// Where a traced window of frames lies, as far as the replay had said when it was sent.
    window: WindowMarks,
}

/// Where a `--trace-frames` window lies among the frames submitted, counted from 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct WindowMarks {
    /// The window's first frame.
    first: Option<u64>,
    /// One past its last frame.
    end: Option<u64>,
}

impl WindowMarks {
    /// What `newer` adds to these.
    fn learn(&mut self, newer: WindowMarks) {
        self.first = self.first.or(newer.first);
        self.end = self.end.or(newer.end);
    }
}

/// Ingress beats of a frame of `len` bytes: an empty frame is one beat with no byte enabled.
fn beats_of(len: usize, beat_bytes: usize) -> u64 {
    len.div_ceil(beat_bytes).max(1) as u64
}

/// Beats of `frames` offered from `from` up to `to` (not included), `to` not before `from`.
fn beats_between(frames: Frames<'_>, from: StreamPos, to: StreamPos, beat_bytes: usize) -> u64 {
    if from.frame == to.frame {
        return ((to.at - from.at) / beat_bytes) as u64;
    }
    let end = frames.ends[from.frame] as usize;
    // A position at the end of its frame is an empty frame, not yet offered.
    let mut beats = beats_of(end - from.at, beat_bytes);
    for j in from.frame + 1..to.frame {
        beats += beats_of(frames.ends[j] as usize - frames.start(j), beat_bytes);
    }
    beats + ((to.at - frames.start(to.frame)) / beat_bytes) as u64
}

/// The position `margin` beats before frame `k` starts, or `from` if fewer lie between.
fn beats_before(
    frames: Frames<'_>,
    from: StreamPos,
    k: usize,
    margin: u64,
    beat_bytes: usize,
) -> StreamPos {
    let mut need = margin;
    let mut j = k;
    while need > 0 && j > from.frame {
        j -= 1;
        let start = frames.start(j);
        let beats = beats_of(frames.ends[j] as usize - start, beat_bytes);
        if beats >= need {
            let at = start + (beats - need) as usize * beat_bytes;
            return if j == from.frame && at < from.at {
                from
            } else {
                StreamPos { frame: j, at }
            };
        }
        need -= beats;
    }
    if need == 0 {
        StreamPos {
            frame: j,
            at: frames.start(j),
        }
    } else {
        from
    }
}

impl Batch {
    fn frames(&self) -> Frames<'_> {
        Frames {
            bytes: &self.bytes,
            ends: &self.ends,
        }
    }
}

/// Frames that left the pipeline, with their verdicts, back to back in one buffer.
#[derive(Debug, Default)]
struct Done {
    bytes: Vec<u8>,
    frames: Vec<(Verdict, usize)>,
}

/// The Verilator engine.
///
/// Frames go to the model in batches and come back in batches. By default the model runs on
/// a thread of its own, so that the replay's reading and writing of captures overlaps with
/// the clocks; where every core already has a replay of its own (`--jobs`), the model runs on
/// the replay's thread instead ([`RtlEngine::on_this_thread`]), which spares the hand-offs
/// between threads. The model's clock stops whenever it has no input (it waits for the next
/// batch rather than run idle cycles), so the cycle count is that of back-to-back input,
/// and the same either way.
#[derive(Debug)]
pub struct RtlEngine {
    runner: Runner,
    batch: Batch,
    beat_bytes: usize,
    /// Frames submitted so far.
    submitted: u64,
    /// A traced window of frames (`--trace-frames`): where it lies, as the replay says it.
    window: Option<WindowMarks>,
}

/// Where the model runs.
#[derive(Debug)]
enum Runner {
    Thread(Threaded),
    /// On the replay's thread; `None` once finished.
    Here(Option<Box<Here>>),
}

/// The replay's side of a model on its own thread.
#[derive(Debug)]
struct Threaded {
    to_sim: Option<SyncSender<Batch>>,
    from_sim: Receiver<Done>,
    /// The buffers of batches the simulation thread has fed, and of frames handed back,
    /// going back the way they came: each hand-off reuses an earlier one's memory instead of
    /// growing a fresh buffer (and faulting its pages in) every time.
    spare_batches: Receiver<Batch>,
    spare_done: Sender<Done>,
    worker: Option<JoinHandle<anyhow::Result<EngineReport>>>,
}

/// A model on the replay's thread, and where it stands.
struct Here {
    sim: Simulation,
    feed: Feed,
    done: Done,
    /// A fed batch's buffers, for the next.
    spare: Option<Batch>,
}

impl std::fmt::Debug for Here {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Here")
            .field("feed", &self.feed)
            .finish_non_exhaustive()
    }
}

impl Here {
    /// Clock `batch` through (or, `None`, drain the pipeline and finish), handing every
    /// completed frame to `sink`. `true` once finished.
    fn run(&mut self, batch: Option<Batch>, sink: &mut dyn FrameSink) -> anyhow::Result<bool> {
        let closing = batch.is_none();
        let mut batch = batch;
        let spare = &mut self.spare;
        let mut io = PumpIo {
            next: &mut |_: &mut Done| {
                Ok(match batch.take() {
                    Some(b) => Next::Batch(b),
                    None if closing => Next::Closed,
                    None => Next::Wait,
                })
            },
            hand_back: &mut |done: &mut Done| deliver_complete(done, sink),
            fed: &mut |b| *spare = Some(b),
        };
        let finished = self.sim.pump(&mut self.feed, &mut self.done, &mut io)?;
        deliver_complete(&mut self.done, sink)?;
        Ok(finished)
    }
}

/// Hand `sink` the completed frames of `done`; the bytes of a frame still leaving stay.
fn deliver_complete(done: &mut Done, sink: &mut dyn FrameSink) -> anyhow::Result<()> {
    let complete = done.frames.last().map_or(0, |&(_, end)| end);
    RtlEngine::deliver(done, sink)?;
    done.frames.clear();
    done.bytes.drain(..complete);
    Ok(())
}

/// What the simulation thread traces.
#[derive(Clone, Debug)]
enum Tracing {
    Off,
    /// Every clock, from power-on.
    Whole(PathBuf),
    /// The clocks of a window of frames ([`Engine::trace_window`]) and a margin around them.
    Window(PathBuf),
}

impl RtlEngine {
    /// A fresh model of the `speed` build, reset, its tables programmed from `config` by the
    /// host driver, on a thread of its own; a trace to `trace` (`.fst` or `.vcd`) if given.
    pub fn new(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Option<&Path>,
    ) -> anyhow::Result<RtlEngine> {
        Self::with_stress(config, direction, speed, trace, Stress::default())
    }

    /// A fresh model as [`RtlEngine::new`] makes it, clocked on the calling thread as frames
    /// are submitted: for a replay that has a core to itself and none to spare. Its outputs
    /// and cycle counts are the threaded engine's.
    pub fn on_this_thread(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Option<&Path>,
    ) -> anyhow::Result<RtlEngine> {
        let tracing = match trace {
            Some(path) => Tracing::Whole(path.to_path_buf()),
            None => Tracing::Off,
        };
        let sim = Simulation::new(config, direction, speed, tracing, Stress::default())?;
        Ok(Self::around(
            Runner::Here(Some(Box::new(Here {
                sim,
                feed: Feed::default(),
                done: Done::default(),
                spare: None,
            }))),
            speed,
            false,
        ))
    }

    /// A fresh model as [`RtlEngine::new`] makes it, tracing into `trace` only the clocks of
    /// the frames the replay marks with [`Engine::trace_window`] and
    /// [`WINDOW_MARGIN_CLOCKS`] on either side. Until the window the model runs with its
    /// trace closed, which costs what the traced build costs (see
    /// [`PortPipelineSim::new_traceable`]) but writes nothing.
    pub fn with_trace_window(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: &Path,
    ) -> anyhow::Result<RtlEngine> {
        Self::start(
            config,
            direction,
            speed,
            Tracing::Window(trace.to_path_buf()),
            Stress::default(),
        )
    }

    pub fn with_stress(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Option<&Path>,
        stress: Stress,
    ) -> anyhow::Result<RtlEngine> {
        let tracing = match trace {
            Some(path) => Tracing::Whole(path.to_path_buf()),
            None => Tracing::Off,
        };
        Self::start(config, direction, speed, tracing, stress)
    }

    fn around(runner: Runner, speed: Speed, windowed: bool) -> RtlEngine {
        RtlEngine {
            runner,
            batch: Batch::default(),
            beat_bytes: build_for(speed).beat_bytes(),
            submitted: 0,
            window: windowed.then(WindowMarks::default),
        }
    }

    fn start(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Tracing,
        stress: Stress,
    ) -> anyhow::Result<RtlEngine> {
        let windowed = matches!(trace, Tracing::Window(_));
        if windowed && !stress.quiet() {
            bail!("a traced window of frames needs a quiet run (no idle or back-pressure cycles)");
        }
        let (to_sim, batches) = sync_channel::<Batch>(BATCHES_AHEAD);
        let (done_tx, from_sim) = channel::<Done>();
        let (batches_back, spare_batches) = channel::<Batch>();
        let (spare_done, done_back) = channel::<Done>();
        let (ready_tx, ready) = sync_channel::<anyhow::Result<()>>(1);
        let config = config.clone();
        let worker = std::thread::Builder::new()
            .name(format!("dxedge-rtl-{}", build_for(speed).name()))
            .spawn(move || {
                // The model is made, reset and programmed on the thread that clocks it.
                let sim = match Simulation::new(&config, direction, speed, trace, stress) {
                    Ok(sim) => {
                        let _ = ready_tx.send(Ok(()));
                        sim
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return Err(anyhow!("the RTL engine did not start"));
                    }
                };
                let hand_off = HandOff {
                    batches,
                    done: done_tx,
                    batches_back,
                    done_back,
                };
                sim.serve(&hand_off)
            })
            .context("cannot start the RTL engine's thread")?;
        match ready.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                let _ = worker.join();
                return Err(e);
            }
            Err(_) => return Err(join_error(worker)),
        }
        Ok(Self::around(
            Runner::Thread(Threaded {
                to_sim: Some(to_sim),
                from_sim,
                spare_batches,
                spare_done,
                worker: Some(worker),
            }),
            speed,
            windowed,
        ))
    }

    /// Hand the batch being filled to the model. While a traced window has yet to start, the
    /// frames of its last [`WINDOW_MARGIN_CLOCKS`] beats stay behind for the next batch: the
    /// window's first frame may come next, and the trace opens that many beats before it,
    /// which the model can only find in the batch it is in. (Holding frames back costs no
    /// clock: the model waits for input without clocking.) Frames the model has completed
    /// go to `sink`.
    fn send_batch(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        if self.batch.ends.is_empty() {
            return Ok(());
        }
        self.send(true, sink)
    }

    /// Hand over the batch being filled, all of it unless `hold_margin` (see `send_batch`).
    fn send(&mut self, hold_margin: bool, sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        if self.batch.ends.is_empty() {
            return Ok(());
        }
        let tail = match self.window {
            Some(marks) if hold_margin && marks.first.is_none() => self.margin_tail(),
            _ => self.spare_batch(),
        };
        if self.batch.ends.is_empty() {
            // Every frame is in the margin: they go with the next.
            self.batch = tail;
            return Ok(());
        }
        let mut batch = std::mem::replace(&mut self.batch, tail);
        batch.window = self.window.unwrap_or_default();
        match &mut self.runner {
            Runner::Thread(t) => {
                let sent = t.to_sim.as_ref().map(|tx| tx.send(batch));
                if !matches!(sent, Some(Ok(()))) {
                    // The thread has stopped: its result says why.
                    return Err(Self::stopped(t));
                }
                // Frames come back a few thousand at a time: looking for them once a batch
                // is enough, and spares the channel's shared state a visit with every frame.
                while let Ok(done) = t.from_sim.try_recv() {
                    Self::deliver_and_return(t, done, sink)?;
                }
                Ok(())
            }
            Runner::Here(Some(here)) => here.run(Some(batch), sink).map(|_| ()),
            Runner::Here(None) => bail!("the RTL engine has already finished"),
        }
    }

    /// The simulation thread's error, once it has stopped early.
    fn stopped(threaded: &mut Threaded) -> anyhow::Error {
        threaded.to_sim = None;
        match threaded.worker.take() {
            Some(worker) => match worker.join() {
                Ok(Err(e)) => e,
                Ok(Ok(_)) => anyhow!("the RTL engine stopped before the capture ended"),
                Err(_) => anyhow!("the RTL engine's thread panicked"),
            },
            None => anyhow!("the RTL engine has stopped"),
        }
    }

    /// Buffers for the next batch: a fed batch's if one has come back.
    fn spare_batch(&mut self) -> Batch {
        let spare = match &mut self.runner {
            Runner::Thread(t) => t.spare_batches.try_recv().ok(),
            Runner::Here(Some(here)) => here.spare.take(),
            Runner::Here(None) => None,
        };
        spare.unwrap_or_default()
    }

    /// Take the last frames of the batch being filled that hold at least
    /// [`WINDOW_MARGIN_CLOCKS`] beats out of it (all of them if they hold fewer).
    fn margin_tail(&mut self) -> Batch {
        let frames = self.batch.frames();
        let from = StreamPos::default();
        let k = self.batch.ends.len();
        let split = beats_before(frames, from, k, WINDOW_MARGIN_CLOCKS, self.beat_bytes).frame;
        let cut = frames.start(split);
        let bytes = self.batch.bytes.split_off(cut);
        let ends = self
            .batch
            .ends
            .split_off(split)
            .into_iter()
            .map(|end| end - cut as u32)
            .collect();
        Batch {
            bytes,
            ends,
            window: WindowMarks::default(),
        }
    }

    fn deliver(done: &Done, sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        let mut start = 0;
        for &(verdict, end) in &done.frames {
            sink.frame(verdict, &done.bytes[start..end])?;
            start = end;
        }
        Ok(())
    }

    /// Deliver `done` and give its buffers back to the simulation thread.
    fn deliver_and_return(
        threaded: &Threaded,
        mut done: Done,
        sink: &mut dyn FrameSink,
    ) -> anyhow::Result<()> {
        Self::deliver(&done, sink)?;
        done.bytes.clear();
        done.frames.clear();
        // A thread that has stopped needs no buffers.
        let _ = threaded.spare_done.send(done);
        Ok(())
    }
}

fn join_error(worker: JoinHandle<anyhow::Result<EngineReport>>) -> anyhow::Error {
    match worker.join() {
        Ok(Err(e)) => e,
        Ok(Ok(_)) => anyhow!("the RTL engine stopped unexpectedly"),
        Err(_) => anyhow!("the RTL engine's thread panicked"),
    }
}

/// The egress sideband as a verdict. A frame from the CPU port (`kind` 3) is an error: a
/// replay never feeds that port, so such a frame would be a defect, not a verdict to misread.
pub fn decode_verdict(user: u64) -> anyhow::Result<Verdict> {
    match EgressTag::decode(user) {
        Ok(EgressTag::Verdict(v)) => Ok(v),
        Ok(EgressTag::Cpu { row }) => bail!(
            "the RTL sent a frame from its CPU port (egress row {row}), which a replay never feeds"
        ),
        Err(e) => bail!("the RTL reported {e}"),
    }
}

impl Engine for RtlEngine {
    fn submit(&mut self, frame: &[u8], sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        if frame.len() > MAX_FRAME {
            bail!(
                "a frame of {} bytes is longer than the RTL's length field carries ({MAX_FRAME})",
                frame.len()
            );
        }
        self.batch.bytes.extend_from_slice(frame);
        // Below BATCH_BYTES plus one frame of at most MAX_FRAME bytes (and, while a traced
        // window waits to start, the few frames of its margin)
        self.batch.ends.push(self.batch.bytes.len() as u32);
        self.submitted += 1;
        if self.batch.ends.len() >= BATCH_FRAMES || self.batch.bytes.len() >= BATCH_BYTES {
            self.send_batch(sink)?;
        }
        Ok(())
    }

    fn finish(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport> {
        self.send(false, sink)?;
        match &mut self.runner {
            Runner::Thread(t) => {
                // No more input: the thread drains the pipeline, hands back the rest and stops.
                t.to_sim = None;
                while let Ok(done) = t.from_sim.recv() {
                    Self::deliver_and_return(t, done, sink)?;
                }
                match t.worker.take() {
                    Some(worker) => match worker.join() {
                        Ok(result) => result,
                        Err(_) => bail!("the RTL engine's thread panicked"),
                    },
                    None => bail!("the RTL engine has already finished"),
                }
            }
            Runner::Here(here) => {
                let Some(mut model) = here.take() else {
                    bail!("the RTL engine has already finished");
                };
                while !model.run(None, sink)? {}
                model.sim.report()
            }
        }
    }

    fn trace_window(&mut self, inside: bool) -> anyhow::Result<()> {
        let Some(marks) = self.window.as_mut() else {
            bail!("this RTL engine traces every clock or none, not a window of frames");
        };
        match (inside, marks.first, marks.end) {
            (true, None, _) => marks.first = Some(self.submitted),
            (false, Some(_), None) => marks.end = Some(self.submitted),
            _ => bail!(
                "the traced window of frames was marked {} where it is {:?}",
                if inside { "inside" } else { "outside" },
                marks
            ),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::simulation::send_done;
    use super::*;
    use crate::engine::Collect;

    #[test]
    fn a_frame_from_the_cpu_port_in_a_replay_is_an_error_not_a_verdict() {
        use dxedge_host::regmap::egress;
        use dxedge_host::verdict::kind;
        let user = egress::KIND.place(u64::from(kind::CPU)) | egress::TARGET.place(2);
        let err = decode_verdict(user).expect_err("kind 3 is no verdict");
        assert!(err.to_string().contains("CPU port (egress row 2)"), "{err}");
        let user = egress::KIND.place(u64::from(kind::DROP)) | egress::REASON.place(7);
        let err = decode_verdict(user).expect_err("no reason 7");
        assert!(err.to_string().contains("drop reason code 7"), "{err}");
        let user = egress::KIND.place(u64::from(kind::FORWARD)) | egress::TARGET.place(2);
        assert_eq!(
            decode_verdict(user).ok(),
            Some(Verdict::Forward { target: 2 })
        );
    }

    /// Frames of 20, 0, 8 and 3 bytes in 8-byte beats: 3, 1, 1 and 1 beats.
    fn four_frames() -> (Vec<u8>, Vec<u32>) {
        (vec![0; 31], vec![20, 20, 28, 31])
    }

    #[test]
    fn beats_are_counted_across_frames_and_inside_them() {
        let (bytes, ends) = four_frames();
        let frames = Frames {
            bytes: &bytes,
            ends: &ends,
        };
        let at = |frame, at| StreamPos { frame, at };
        assert_eq!(beats_between(frames, at(0, 0), at(0, 16), 8), 2);
        assert_eq!(beats_between(frames, at(0, 8), at(3, 28), 8), 4);
        assert_eq!(
            beats_between(frames, at(0, 16), at(2, 20), 8),
            2,
            "the empty frame is a beat"
        );
        assert_eq!(beats_between(frames, at(1, 20), at(2, 20), 8), 1);
        // Back from frame 3: the margin ends inside frame 0, at frame 1, or at the run's start.
        assert_eq!(beats_before(frames, at(0, 0), 3, 3, 8), at(0, 16));
        assert_eq!(beats_before(frames, at(0, 0), 3, 2, 8), at(1, 20));
        assert_eq!(beats_before(frames, at(0, 0), 3, 5, 8), at(0, 0));
        assert_eq!(
            beats_before(frames, at(0, 8), 3, 5, 8),
            at(0, 8),
            "not behind the position"
        );
        assert_eq!(
            beats_before(frames, at(0, 0), 3, 9, 8),
            at(0, 0),
            "fewer beats than asked"
        );
        assert_eq!(beats_before(frames, at(0, 0), 4, 1, 8), at(3, 28));
    }

    #[test]
    fn a_window_yet_to_start_keeps_its_margin_for_the_next_batch() {
        let mut window_marks = WindowMarks::default();
        window_marks.learn(WindowMarks {
            first: Some(7),
            end: None,
        });
        window_marks.learn(WindowMarks {
            first: Some(9),
            end: Some(12),
        });
        assert_eq!((window_marks.first, window_marks.end), (Some(7), Some(12)));
        // 64-byte beats: 20 frames of 64 bytes, then one of 200 (4 beats)
        let mut bytes = vec![1u8; 20 * 64];
        bytes.extend(vec![2u8; 200]);
        let mut ends: Vec<u32> = (1..=20).map(|i| i * 64).collect();
        ends.push(20 * 64 + 200);
        let (to_sim, batches) = sync_channel::<Batch>(1);
        let (_done_tx, from_sim) = channel::<Done>();
        let (_batches_back, spare_batches) = channel::<Batch>();
        let (spare_done, _done_back) = channel::<Done>();
        let mut engine = RtlEngine {
            runner: Runner::Thread(Threaded {
                to_sim: Some(to_sim),
                from_sim,
                spare_batches,
                spare_done,
                worker: None,
            }),
            batch: Batch {
                bytes,
                ends,
                window: WindowMarks::default(),
            },
            beat_bytes: 64,
            submitted: 21,
            window: Some(WindowMarks::default()),
        };
        engine.send_batch(&mut Collect::default()).expect("sent");
        let sent = batches.try_recv().expect("a batch");
        // 16 beats held back: the last frame (4) and the 12 before it
        assert_eq!(sent.ends.len(), 8);
        assert_eq!(engine.batch.ends.len(), 13);
        assert_eq!(engine.batch.bytes.len(), 12 * 64 + 200);
        assert_eq!(*engine.batch.ends.last().expect("end"), 12 * 64 + 200);
        assert_eq!(engine.batch.bytes[12 * 64], 2);
        // Once the window has started, or at the end, everything goes.
        engine.trace_window(true).expect("inside");
        engine.send_batch(&mut Collect::default()).expect("sent");
        assert_eq!(batches.try_recv().expect("a batch").window.first, Some(21));
        assert!(engine.batch.ends.is_empty());
        engine.trace_window(false).expect("outside");
        assert!(engine.trace_window(false).is_err(), "the window ends once");
    }

    /// Frames handed back in a batch are whole: the bytes of a frame still leaving the
    /// pipeline stay for the next batch, in a buffer given back if there is one.
    #[test]
    fn a_batch_of_done_frames_keeps_the_partial_one_back() {
        let (tx, rx) = channel();
        let (give_back, spare) = channel::<Done>();
        let mut done = Done::default();
        done.bytes.extend_from_slice(&[1, 2, 3]);
        done.frames.push((Verdict::Punt, 3));
        done.bytes.extend_from_slice(&[4, 5]);
        done.frames.push((Verdict::Forward { target: 1 }, 5));
        done.bytes.extend_from_slice(&[6, 7, 8]); // a frame still leaving
        send_done(&tx, &mut done, &spare).expect("sent");
        let sent = rx.recv().expect("a batch");
        assert_eq!(sent.bytes, [1, 2, 3, 4, 5]);
        assert_eq!(sent.frames.len(), 2);
        assert_eq!(done.bytes, [6, 7, 8]);
        assert!(done.frames.is_empty());
        // The replay gives a buffer back: the next hand-off continues in it.
        give_back
            .send(Done {
                bytes: Vec::with_capacity(1000),
                frames: Vec::new(),
            })
            .expect("given back");
        done.bytes.push(9);
        done.frames.push((Verdict::Punt, done.bytes.len()));
        send_done(&tx, &mut done, &spare).expect("sent");
        assert!(done.bytes.is_empty() && done.bytes.capacity() >= 1000);
        let mut frames = Collect::default();
        RtlEngine::deliver(&rx.recv().expect("a batch"), &mut frames).expect("sink");
        assert_eq!(frames.0, [(Verdict::Punt, vec![6, 7, 8, 9])]);
        drop(rx);
        done.frames.push((Verdict::Punt, 0));
        assert!(
            send_done(&tx, &mut done, &spare).is_err(),
            "nobody takes the frames"
        );
    }
}
