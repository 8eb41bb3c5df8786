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

use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender, TryRecvError};
use std::thread::JoinHandle;

use anyhow::{anyhow, bail, Context};
use dxedge_host::config::{Config, Speed};
use dxedge_host::direction::Direction;
use dxedge_host::driver::{Device, HwCounters};
use dxedge_host::verdict::{EgressTag, Verdict};
use dxedge_sim::port_pipeline::{Build, EgressBeat, PortPipelineSim};
use dxedge_sim::stream::{EgressBuffer, Frames, StreamPos};

use crate::beats::{keep_mask, Assembler};
use crate::engine::{Engine, EngineCounters, EngineReport, FrameSink};

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
/// The model runs on a thread of its own, so that the replay's reading and writing of
/// captures overlaps with the clocks: frames go to it in batches, completed frames come back
/// in batches. The model's clock stops whenever it has no input (it waits for the next batch
/// rather than run idle cycles), so the cycle count is that of back-to-back input.
#[derive(Debug)]
pub struct RtlEngine {
    to_sim: Option<SyncSender<Batch>>,
    from_sim: Receiver<Done>,
    worker: Option<JoinHandle<anyhow::Result<EngineReport>>>,
    batch: Batch,
}

impl RtlEngine {
    /// A fresh model of the `speed` build, reset, its tables programmed from `config` by the
    /// host driver; a trace to `trace` (`.fst` or `.vcd`) if given.
    pub fn new(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Option<&Path>,
    ) -> anyhow::Result<RtlEngine> {
        Self::with_stress(config, direction, speed, trace, Stress::default())
    }

    pub fn with_stress(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Option<&Path>,
        stress: Stress,
    ) -> anyhow::Result<RtlEngine> {
        let (to_sim, batches) = sync_channel::<Batch>(BATCHES_AHEAD);
        let (done_tx, from_sim) = channel::<Done>();
        let (ready_tx, ready) = sync_channel::<anyhow::Result<()>>(1);
        let config = config.clone();
        let trace = trace.map(Path::to_path_buf);
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
                sim.serve(&batches, &done_tx)
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
        Ok(RtlEngine {
            to_sim: Some(to_sim),
            from_sim,
            worker: Some(worker),
            batch: Batch::default(),
        })
    }

    /// Hand the batch being filled to the simulation thread.
    fn send_batch(&mut self) -> anyhow::Result<()> {
        if self.batch.ends.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        let sent = self.to_sim.as_ref().map(|tx| tx.send(batch));
        match sent {
            Some(Ok(())) => Ok(()),
            // The thread has stopped: its result says why.
            _ => Err(self.stopped()),
        }
    }

    /// The simulation thread's error, once it has stopped early.
    fn stopped(&mut self) -> anyhow::Error {
        self.to_sim = None;
        match self.worker.take() {
            Some(worker) => match worker.join() {
                Ok(Err(e)) => e,
                Ok(Ok(_)) => anyhow!("the RTL engine stopped before the capture ended"),
                Err(_) => anyhow!("the RTL engine's thread panicked"),
            },
            None => anyhow!("the RTL engine has stopped"),
        }
    }

    fn deliver(done: Done, sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        let mut start = 0;
        for (verdict, end) in done.frames {
            sink.frame(verdict, &done.bytes[start..end])?;
            start = end;
        }
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

/// The model and everything that runs at the clock, on the simulation thread.
struct Simulation {
    dev: Device<PortPipelineSim>,
    beat_bytes: usize,
    /// Counter rows read back: VIFs and targets to AWS, targets and VIFs to the customer.
    ingress_rows: usize,
    egress_rows: usize,
    assembler: Assembler,
    in_flight: usize,
    input_beats: u64,
    first_in: Option<u64>,
    last_out: u64,
    traced: bool,
    stress: Stress,
    rng: u64,
    /// Egress beats of the last stream run.
    egress: EgressBuffer,
}

impl Simulation {
    fn new(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Option<PathBuf>,
        stress: Stress,
    ) -> anyhow::Result<Simulation> {
        let build = build_for(speed);
        let mut sim = match &trace {
            Some(path) => PortPipelineSim::new_traced(build, path)
                .with_context(|| format!("cannot start the trace {}", path.display()))?,
            None => PortPipelineSim::new(build)?,
        };
        sim.set_direction(direction);
        sim.reset()?;
        let mut dev = Device::open_direction(sim, direction).context("the simulated device")?;
        // A fresh model holds zeros in every table RAM, both banks.
        dev.assume_zeroed()?;
        let tables = dev.compile(config)?;
        dev.program(&tables)
            .context("programming the simulated device")?;
        dev.bus_mut().set_egress_ready(true);
        let egress = dev.bus_mut().egress_buffer(STREAM_BEATS);
        Ok(Simulation {
            dev,
            beat_bytes: build.beat_bytes(),
            ingress_rows: match direction {
                Direction::ToAws => config.vifs.len(),
                Direction::ToCustomer => config.targets.len(),
            },
            egress_rows: match direction {
                Direction::ToAws => config.targets.len(),
                Direction::ToCustomer => config.vifs.len(),
            },
            assembler: Assembler::new(build.beat_bytes()),
            in_flight: 0,
            input_beats: 0,
            first_in: None,
            last_out: 0,
            traced: trace.is_some(),
            stress,
            rng: stress.seed | 1,
            egress,
        })
    }

    /// xorshift: cheap randomness for stress cycles.
    fn roll(&mut self, chance: u8) -> bool {
        if chance == 0 {
            return false;
        }
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng & 0xff) < u64::from(chance)
    }

    /// Clock the model through every batch until the sender hangs up and every frame has
    /// left; then read the counters.
    fn serve(
        mut self,
        batches: &Receiver<Batch>,
        done_tx: &Sender<Done>,
    ) -> anyhow::Result<EngineReport> {
        let mut done = Done::default();
        let mut batch: Option<Batch> = None;
        // Where feeding the batch has got to
        let mut feeding: Option<StreamPos> = None;
        let mut open = true;
        let mut quiet = 0u64;
        loop {
            if feeding.is_none() && open {
                let next = match batches.try_recv() {
                    Ok(b) => Some(b),
                    Err(TryRecvError::Empty) => {
                        // Out of input: hand back what is done, then wait without clocking.
                        if !done.frames.is_empty() {
                            send_done(done_tx, &mut done)?;
                        }
                        batches.recv().ok()
                    }
                    Err(TryRecvError::Disconnected) => None,
                };
                match next {
                    Some(b) if b.ends.is_empty() => continue,
                    Some(b) => {
                        self.in_flight += b.ends.len();
                        batch = Some(b);
                        feeding = Some(StreamPos::default());
                    }
                    None => open = false,
                }
            }
            if !open && feeding.is_none() && self.in_flight == 0 {
                break;
            }
            let (clocks, progress) = if self.stress.quiet() {
                self.run_stream(batch.as_ref(), &mut feeding, &mut done)?
            } else {
                (1, self.step(batch.as_ref(), &mut feeding, &mut done)?)
            };
            if feeding
                .as_ref()
                .is_some_and(|f| batch.as_ref().is_some_and(|b| f.frame == b.ends.len()))
            {
                feeding = None;
                batch = None;
            }
            if done.frames.len() >= DONE_FRAMES {
                send_done(done_tx, &mut done)?;
            }
            if progress {
                quiet = 0;
            } else {
                quiet += clocks;
                if quiet > STALL_CYCLES {
                    bail!(
                        "the RTL made no progress for {STALL_CYCLES} clock cycles with {} frames in flight",
                        self.in_flight
                    );
                }
            }
        }
        if !done.frames.is_empty() {
            send_done(done_tx, &mut done)?;
        }
        if self.assembler.in_frame() {
            bail!("the RTL stopped in the middle of an egress frame");
        }
        let hw: HwCounters = self.dev.counters(self.ingress_rows, self.egress_rows)?;
        if self.traced {
            self.dev.bus_mut().trace_close()?;
        }
        let cycles = self.first_in.map_or(0, |first| self.last_out + 1 - first);
        Ok(EngineReport {
            counters: EngineCounters::from_hw(&hw),
            cycles: Some(cycles),
            input_beats: Some(self.input_beats),
        })
    }

    /// Clock a stream run: the rest of the batch being fed (up to where the egress buffer
    /// fills), or, with nothing to feed, a short stretch that drains the pipeline. Returns
    /// the clocks run and whether any beat went in or out.
    fn run_stream(
        &mut self,
        batch: Option<&Batch>,
        feeding: &mut Option<StreamPos>,
        done: &mut Done,
    ) -> anyhow::Result<(u64, bool)> {
        let (frames, mut pos, clocks) = match (batch, feeding.as_ref()) {
            (Some(b), Some(pos)) => (b.frames(), *pos, STALL_CYCLES),
            _ => (
                Frames {
                    bytes: &[],
                    ends: &[],
                },
                StreamPos::default(),
                DRAIN_CLOCKS,
            ),
        };
        let report = self
            .dev
            .bus_mut()
            .stream(frames, &mut pos, &mut self.egress, clocks, true)?;
        if let Some(f) = feeding.as_mut() {
            *f = pos;
        }
        self.input_beats += report.beats_in;
        if let Some(first) = report.first_in {
            self.first_in.get_or_insert(first);
        }
        if let Some(last) = report.last_out {
            self.last_out = last;
        }
        for beat in self.egress.iter() {
            take_egress(&mut self.assembler, &mut self.in_flight, done, beat)?;
        }
        Ok((
            report.cycles,
            report.beats_in > 0 || !self.egress.is_empty(),
        ))
    }

    /// One clock: offer the next beat of the frame being fed, collect what leaves.
    fn step(
        &mut self,
        batch: Option<&Batch>,
        feeding: &mut Option<StreamPos>,
        done: &mut Done,
    ) -> anyhow::Result<bool> {
        let idle = self.roll(self.stress.idle);
        let hold = self.roll(self.stress.backpressure);
        let bb = self.beat_bytes;
        let mut offered = None;
        if let (Some(f), Some(b), false) = (feeding.as_ref(), batch, idle) {
            let start = b.frames().start(f.frame);
            let end = b.ends[f.frame] as usize;
            let beat_end = (f.at + bb).min(end);
            let last = beat_end == end;
            let sim = self.dev.bus_mut();
            sim.offer_bytes(
                &b.bytes[f.at..beat_end],
                keep_mask(beat_end - f.at),
                last,
                (end - start) as u32,
            );
            offered = Some((beat_end, last));
        } else {
            self.dev.bus_mut().idle_ingress();
        }
        let sim = self.dev.bus_mut();
        sim.set_egress_ready(!hold);
        sim.cycle();
        let mut progress = false;
        let cycle = sim.cycles();
        if let Some((beat_end, last)) = offered {
            if sim.ingress_taken() {
                progress = true;
                self.input_beats += 1;
                self.first_in.get_or_insert(cycle);
                if let Some(f) = feeding.as_mut() {
                    f.at = beat_end;
                    if last {
                        f.frame += 1;
                    }
                }
            }
        }
        if hold {
            return Ok(progress);
        }
        if let Some(beat) = self.dev.bus_mut().egress() {
            take_egress(&mut self.assembler, &mut self.in_flight, done, beat)?;
            self.last_out = cycle;
            progress = true;
        }
        Ok(progress)
    }
}

/// An egress beat into the frame it belongs to; a frame's last beat completes it with the
/// verdict its sideband carries.
fn take_egress(
    assembler: &mut Assembler,
    in_flight: &mut usize,
    done: &mut Done,
    beat: EgressBeat<'_>,
) -> anyhow::Result<()> {
    let ended = assembler
        .push_into(&mut done.bytes, beat.data, beat.keep, beat.last)
        .map_err(|e| anyhow!("the RTL's egress stream broke the beat rules: {e}"))?;
    if ended {
        let verdict = decode_verdict(u64::from(beat.user))?;
        done.frames.push((verdict, done.bytes.len()));
        *in_flight = in_flight
            .checked_sub(1)
            .ok_or_else(|| anyhow!("the RTL emitted more frames than it was given"))?;
    }
    Ok(())
}

/// Hand back the completed frames; the bytes of a frame still leaving stay behind.
fn send_done(tx: &Sender<Done>, done: &mut Done) -> anyhow::Result<()> {
    let complete = done.frames.last().map_or(0, |&(_, end)| end);
    let partial = done.bytes.split_off(complete);
    let full = std::mem::replace(
        done,
        Done {
            bytes: partial,
            frames: Vec::with_capacity(DONE_FRAMES),
        },
    );
    tx.send(full)
        .map_err(|_| anyhow!("the replay stopped taking the RTL's frames"))
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
        // Below BATCH_BYTES plus one frame of at most MAX_FRAME bytes
        self.batch.ends.push(self.batch.bytes.len() as u32);
        if self.batch.ends.len() >= BATCH_FRAMES || self.batch.bytes.len() >= BATCH_BYTES {
            self.send_batch()?;
        }
        while let Ok(done) = self.from_sim.try_recv() {
            Self::deliver(done, sink)?;
        }
        Ok(())
    }

    fn finish(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport> {
        self.send_batch()?;
        // No more input: the thread drains the pipeline, hands back the rest and stops.
        self.to_sim = None;
        while let Ok(done) = self.from_sim.recv() {
            Self::deliver(done, sink)?;
        }
        match self.worker.take() {
            Some(worker) => match worker.join() {
                Ok(result) => result,
                Err(_) => bail!("the RTL engine's thread panicked"),
            },
            None => bail!("the RTL engine has already finished"),
        }
    }
}

#[cfg(test)]
mod tests {
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

    /// Frames handed back in a batch are whole: the bytes of a frame still leaving the
    /// pipeline stay for the next batch.
    #[test]
    fn a_batch_of_done_frames_keeps_the_partial_one_back() {
        let (tx, rx) = channel();
        let mut done = Done::default();
        done.bytes.extend_from_slice(&[1, 2, 3]);
        done.frames.push((Verdict::Punt, 3));
        done.bytes.extend_from_slice(&[4, 5]);
        done.frames.push((Verdict::Forward { target: 1 }, 5));
        done.bytes.extend_from_slice(&[6, 7, 8]); // a frame still leaving
        send_done(&tx, &mut done).expect("sent");
        let sent = rx.recv().expect("a batch");
        assert_eq!(sent.bytes, [1, 2, 3, 4, 5]);
        assert_eq!(sent.frames.len(), 2);
        assert_eq!(done.bytes, [6, 7, 8]);
        assert!(done.frames.is_empty());
        done.bytes.push(9);
        done.frames.push((Verdict::Punt, done.bytes.len()));
        send_done(&tx, &mut done).expect("sent");
        let mut frames = Collect::default();
        RtlEngine::deliver(rx.recv().expect("a batch"), &mut frames).expect("sink");
        assert_eq!(frames.0, [(Verdict::Punt, vec![6, 7, 8, 9])]);
        drop(rx);
        done.frames.push((Verdict::Punt, 0));
        assert!(
            send_done(&tx, &mut done).is_err(),
            "nobody takes the frames"
        );
    }
}
