//! The simulation thread's side of the RTL engine: the Verilated model, fed beats from the
//! replay's batches and handing back completed frames, clock by clock ([`Simulation::pump`]),
//! with the traced window's clocks and the stress of idle and back-pressure cycles.

use super::*;
/// The simulation thread's ends of its channels: batches in, frames out, and each one's
/// buffers going back.
pub(super) struct HandOff {
    pub(super) batches: Receiver<Batch>,
    pub(super) done: Sender<Done>,
    pub(super) batches_back: Sender<Batch>,
    pub(super) done_back: Receiver<Done>,
}

/// Where the model stands in the batches it is given.
#[derive(Debug)]
pub(super) struct Feed {
    /// The batch being fed, and how far.
    batch: Option<Batch>,
    feeding: Option<StreamPos>,
    /// Until the replay says there are no more batches.
    open: bool,
    /// Clocks since a beat last went in or out.
    quiet: u64,
}

impl Default for Feed {
    fn default() -> Feed {
        Feed {
            batch: None,
            feeding: None,
            open: true,
            quiet: 0,
        }
    }
}

/// What the model gets when it asks for its next batch.
pub(super) enum Next {
    Batch(Batch),
    /// None yet: return to the caller, who has more to read.
    Wait,
    /// The replay has no more.
    Closed,
}

/// Where [`Simulation::pump`] gets its batches and puts what it is done with: a thread's
/// channels, or the engine's own fields when the model runs on the replay's thread.
pub(super) struct PumpIo<'a> {
    pub(super) next: &'a mut dyn FnMut(&mut Done) -> anyhow::Result<Next>,
    /// Completed frames (and the bytes of one still leaving, which stay).
    pub(super) hand_back: &'a mut dyn FnMut(&mut Done) -> anyhow::Result<()>,
    /// A batch fed in full, emptied, for reuse.
    pub(super) fed: &'a mut dyn FnMut(Batch),
}

/// The model and everything that runs at the clock, on the simulation thread.
pub(super) struct Simulation {
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
    /// Frames received so far, and the number of the first frame of the batch being fed.
    received: u64,
    batch_base: u64,
    /// A traced window of frames and where it stands.
    window: Option<SimWindow>,
}

/// A traced window of frames on the simulation thread.
#[derive(Debug)]
struct SimWindow {
    path: PathBuf,
    marks: WindowMarks,
    phase: Phase,
    /// The first clock traced, and the clock that took the first frame's first beat.
    first_traced: u64,
    first_in: u64,
    /// Once it has closed: the clocks it covers.
    traced: Option<TracedClocks>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// The trace is closed and the window's first frame not yet in sight.
    Waiting,
    /// The trace is open; the window's first frame has yet to enter.
    Entering,
    /// The window's frames are going through.
    Inside,
    /// The last frame has left at clock `last_out`; the trace closes after clock `until`.
    Closing {
        last_out: u64,
        until: u64,
    },
    Closed,
}

/// What a stream run may do so that a traced window opens and closes on its clocks.
struct Limit {
    /// Frames of the batch it may offer (it stops once the last is fed).
    frames: usize,
    clocks: u64,
    /// The run starts at the window's first frame: its first beat in is that frame's.
    at_first: bool,
}

impl Simulation {
    pub(super) fn new(
        config: &Config,
        direction: Direction,
        speed: Speed,
        trace: Tracing,
        stress: Stress,
    ) -> anyhow::Result<Simulation> {
        let build = build_for(speed);
        let mut sim = match &trace {
            Tracing::Whole(path) => PortPipelineSim::new_traced(build, path)
                .with_context(|| format!("cannot start the trace {}", path.display()))?,
            Tracing::Window(_) => PortPipelineSim::new_traceable(build)?,
            Tracing::Off => PortPipelineSim::new(build)?,
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
            traced: !matches!(trace, Tracing::Off),
            stress,
            rng: stress.seed | 1,
            egress,
            received: 0,
            batch_base: 0,
            window: match trace {
                Tracing::Window(path) => Some(SimWindow {
                    path,
                    marks: WindowMarks::default(),
                    phase: Phase::Waiting,
                    first_traced: 0,
                    first_in: 0,
                    traced: None,
                }),
                _ => None,
            },
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
    pub(super) fn serve(mut self, hand_off: &HandOff) -> anyhow::Result<EngineReport> {
        let HandOff {
            batches,
            done: done_tx,
            batches_back,
            done_back,
        } = hand_off;
        let mut feed = Feed::default();
        let mut done = Done::default();
        let mut io = PumpIo {
            next: &mut |done: &mut Done| {
                Ok(match batches.try_recv() {
                    Ok(b) => Next::Batch(b),
                    Err(TryRecvError::Empty) => {
                        // Out of input: hand back what is done, then wait without clocking.
                        if !done.frames.is_empty() {
                            send_done(done_tx, done, done_back)?;
                        }
                        batches.recv().map_or(Next::Closed, Next::Batch)
                    }
                    Err(TryRecvError::Disconnected) => Next::Closed,
                })
            },
            hand_back: &mut |done: &mut Done| send_done(done_tx, done, done_back),
            // The replay may have finished with its batches: then this one just goes.
            fed: &mut |batch| {
                let _ = batches_back.send(batch);
            },
        };
        self.pump(&mut feed, &mut done, &mut io)?;
        if !done.frames.is_empty() {
            send_done(done_tx, &mut done, done_back)?;
        }
        self.report()
    }

    /// Clock the model through the batches `io` gives, handing frames back as they
    /// complete, until `io` has none for now (`Ok(false)`: call again with more) or has
    /// closed and every frame has left (`Ok(true)`). The clock stops whenever there is no
    /// input, so how the batches come (a thread's channel or the caller's hand) does not
    /// change a single clock.
    pub(super) fn pump(
        &mut self,
        feed: &mut Feed,
        done: &mut Done,
        io: &mut PumpIo<'_>,
    ) -> anyhow::Result<bool> {
        loop {
            if feed.feeding.is_none() && feed.open {
                let next = (io.next)(done)?;
                if let (Some(w), Next::Batch(b)) = (self.window.as_mut(), &next) {
                    w.marks.learn(b.window);
                }
                match next {
                    Next::Batch(b) if b.ends.is_empty() => continue,
                    Next::Batch(b) => {
                        self.in_flight += b.ends.len();
                        self.batch_base = self.received;
                        self.received += b.ends.len() as u64;
                        feed.batch = Some(b);
                        feed.feeding = Some(StreamPos::default());
                    }
                    Next::Wait => return Ok(false),
                    Next::Closed => {
                        feed.open = false;
                        // No more frames: a window not closed by the replay ends with them.
                        if let Some(w) = self.window.as_mut() {
                            w.marks.end = w.marks.end.or(Some(self.received));
                        }
                    }
                }
            }
            let closing = self
                .window
                .as_ref()
                .is_some_and(|w| matches!(w.phase, Phase::Closing { .. }));
            if !feed.open && feed.feeding.is_none() && self.in_flight == 0 && !closing {
                return Ok(true);
            }
            let (clocks, progress) = if self.stress.quiet() {
                self.run_stream(feed.batch.as_ref(), &mut feed.feeding, done)?
            } else {
                (1, self.step(feed.batch.as_ref(), &mut feed.feeding, done)?)
            };
            if feed
                .feeding
                .as_ref()
                .is_some_and(|f| feed.batch.as_ref().is_some_and(|b| f.frame == b.ends.len()))
            {
                feed.feeding = None;
                if let Some(mut fed) = feed.batch.take() {
                    fed.bytes.clear();
                    fed.ends.clear();
                    fed.window = WindowMarks::default();
                    (io.fed)(fed);
                }
            }
            if done.frames.len() >= DONE_FRAMES {
                (io.hand_back)(done)?;
            }
            if progress {
                feed.quiet = 0;
            } else {
                feed.quiet += clocks;
                if feed.quiet > STALL_CYCLES {
                    bail!(
                        "the RTL made no progress for {STALL_CYCLES} clock cycles with {} frames in flight",
                        self.in_flight
                    );
                }
            }
        }
    }

    /// After the last frame has left: the counters, the cycles and the trace closed.
    pub(super) fn report(mut self) -> anyhow::Result<EngineReport> {
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
            trace_window: self.window.as_ref().and_then(|w| w.traced),
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
        let fed = feeding.is_some();
        let limit = self.window_limit(frames, pos, clocks, fed)?;
        let offered = Frames {
            bytes: frames.bytes,
            ends: &frames.ends[..limit.frames],
        };
        let report =
            self.dev
                .bus_mut()
                .stream(offered, &mut pos, &mut self.egress, limit.clocks, true)?;
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
        self.window_after(&report, limit.at_first)?;
        Ok((
            report.cycles,
            report.beats_in > 0 || !self.egress.is_empty(),
        ))
    }

    /// How far the next stream run may go so that a traced window opens
    /// [`WINDOW_MARGIN_CLOCKS`] beats before its first frame, sees that frame's first beat
    /// in, sees the last beat of its last frame out, and closes that many clocks later; the
    /// trace is opened here when the run is about to reach its first clock. `frames` and
    /// `pos` are the batch being fed (`fed`), `clocks` what the run would take otherwise.
    /// A run offers at most a beat a clock, so one of `n` clocks cannot pass a point `n`
    /// beats away.
    fn window_limit(
        &mut self,
        frames: Frames<'_>,
        pos: StreamPos,
        clocks: u64,
        fed: bool,
    ) -> anyhow::Result<Limit> {
        let mut limit = Limit {
            frames: frames.ends.len(),
            clocks,
            at_first: false,
        };
        let (base, beat_bytes, cycles) = (
            self.batch_base,
            self.beat_bytes,
            self.dev.bus_mut().cycles(),
        );
        let Some(w) = self.window.as_mut() else {
            return Ok(limit);
        };
        // The window's first frame, if it is in the batch being fed.
        let first = w
            .marks
            .first
            .filter(|_| fed)
            .and_then(|f| f.checked_sub(base))
            .and_then(|k| usize::try_from(k).ok())
            .filter(|&k| k < frames.ends.len());
        if w.phase == Phase::Waiting {
            let Some(k) = first else {
                return Ok(limit);
            };
            let opens = beats_before(frames, pos, k, WINDOW_MARGIN_CLOCKS, beat_bytes);
            if opens != pos {
                limit.clocks = limit
                    .clocks
                    .min(beats_between(frames, pos, opens, beat_bytes));
                return Ok(limit);
            }
            self.dev
                .bus_mut()
                .start_trace(&w.path)
                .with_context(|| format!("cannot start the trace {}", w.path.display()))?;
            w.first_traced = cycles + 1;
            w.phase = Phase::Entering;
        }
        match w.phase {
            Phase::Entering => {
                let Some(k) = first else {
                    bail!("the traced window's first frame is not in the batch being fed");
                };
                let start = StreamPos {
                    frame: k,
                    at: frames.start(k),
                };
                if pos != start {
                    limit.clocks = limit
                        .clocks
                        .min(beats_between(frames, pos, start, beat_bytes));
                    return Ok(limit);
                }
                limit.at_first = true;
            }
            Phase::Closing { until, .. } => {
                limit.clocks = limit.clocks.min(until.saturating_sub(cycles).max(1));
                return Ok(limit);
            }
            Phase::Inside => {}
            Phase::Waiting | Phase::Closed => return Ok(limit),
        }
        // Entering at the first frame, or inside: stop where the last frame is fed, then go a
        // clock at a time until it has left.
        if let Some(end) = w.marks.end {
            let fed_to = if fed {
                base + pos.frame as u64
            } else {
                self.received
            };
            if fed_to < end {
                if let Some(n) = end
                    .checked_sub(base)
                    .and_then(|n| usize::try_from(n).ok())
                    .filter(|&n| fed && n <= frames.ends.len())
                {
                    limit.frames = n;
                }
            } else {
                limit.clocks = 1;
            }
        }
        Ok(limit)
    }

    /// After a stream run: note where the window's first frame entered and its last one
    /// left, and close the trace once the margin after it has run.
    fn window_after(&mut self, report: &StreamReport, at_first: bool) -> anyhow::Result<()> {
        let completed = self.received - self.in_flight as u64;
        let cycles = self.dev.bus_mut().cycles();
        let Some(w) = self.window.as_mut() else {
            return Ok(());
        };
        if at_first && w.phase == Phase::Entering {
            if let Some(first_in) = report.first_in {
                w.first_in = first_in;
                w.phase = Phase::Inside;
            }
        }
        if w.phase == Phase::Inside && w.marks.end.is_some_and(|end| completed >= end) {
            // Nothing after the last frame was fed in this run, or it was one clock: its
            // last beat out is the run's.
            let last_out = report
                .last_out
                .ok_or_else(|| anyhow!("the traced window's last frame left unseen"))?;
            w.phase = Phase::Closing {
                last_out,
                until: last_out + WINDOW_MARGIN_CLOCKS,
            };
        }
        if let Phase::Closing { last_out, until } = w.phase {
            if cycles >= until {
                self.dev.bus_mut().trace_close()?;
                w.traced = Some(TracedClocks {
                    first_in: w.first_in,
                    last_out,
                    first_traced: w.first_traced,
                    last_traced: cycles,
                });
                w.phase = Phase::Closed;
            }
        }
        Ok(())
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

/// Hand back the completed frames; the bytes of a frame still leaving stay behind, in a
/// buffer the replay has given back if there is one.
pub(super) fn send_done(
    tx: &Sender<Done>,
    done: &mut Done,
    spare: &Receiver<Done>,
) -> anyhow::Result<()> {
    let complete = done.frames.last().map_or(0, |&(_, end)| end);
    let mut next = spare.try_recv().unwrap_or_else(|_| Done {
        bytes: Vec::new(),
        frames: Vec::with_capacity(DONE_FRAMES),
    });
    next.bytes.extend_from_slice(&done.bytes[complete..]);
    done.bytes.truncate(complete);
    let full = std::mem::replace(done, next);
    tx.send(full)
        .map_err(|_| anyhow!("the replay stopped taking the RTL's frames"))
}
