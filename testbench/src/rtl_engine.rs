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
//! pipeline at line rate.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};
use dxedge_host::config::{Config, Speed};
use dxedge_host::driver::{Device, HwCounters};
use dxedge_host::regmap::egress;
use dxedge_host::verdict::{kind, DropReason, Verdict};
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};

use crate::beats::{beats, Assembler, Beat};
use crate::engine::{Engine, EngineCounters, EngineReport, FrameSink};

/// Frames queued before the engine runs the clock; it runs until half are fed, so ingress
/// never waits for the replay between frames.
const QUEUE_HIGH: usize = 256;
const QUEUE_LOW: usize = 128;
/// Clock cycles without a beat in or out, with work pending, before the engine gives up.
const STALL_CYCLES: u64 = 100_000;
/// Longest frame the ingress length field carries.
pub const MAX_FRAME: usize = (1 << dxedge_host::regmap::ingress::BITS) - 1;

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
}

#[derive(Debug)]
struct Feeding {
    beats: Vec<Beat>,
    next: usize,
    len: u32,
}

/// The Verilator engine.
#[derive(Debug)]
pub struct RtlEngine {
    dev: Device<PortPipelineSim>,
    build: Build,
    vifs: usize,
    targets: usize,
    queue: VecDeque<Vec<u8>>,
    feeding: Option<Feeding>,
    assembler: Assembler,
    in_flight: usize,
    input_beats: u64,
    first_in: Option<u64>,
    last_out: u64,
    trace: Option<PathBuf>,
    stress: Stress,
    rng: u64,
}

impl RtlEngine {
    /// A fresh model of the `speed` build, reset, its tables programmed from `config` by the
    /// host driver; a trace to `trace` (`.fst`) if given.
    pub fn new(config: &Config, speed: Speed, trace: Option<&Path>) -> anyhow::Result<RtlEngine> {
        Self::with_stress(config, speed, trace, Stress::default())
    }

    pub fn with_stress(
        config: &Config,
        speed: Speed,
        trace: Option<&Path>,
        stress: Stress,
    ) -> anyhow::Result<RtlEngine> {
        let build = build_for(speed);
        let mut sim = PortPipelineSim::new(build)?;
        if let Some(path) = trace {
            sim.trace(path)
                .with_context(|| format!("cannot start the trace {}", path.display()))?;
        }
        sim.reset()?;
        let mut dev = Device::open(sim).context("the simulated device")?;
        // A fresh model holds zeros in every table RAM, both banks.
        dev.assume_zeroed()?;
        let tables = dev.compile(config)?;
        dev.program(&tables)
            .context("programming the simulated device")?;
        dev.bus_mut().set_egress_ready(true);
        Ok(RtlEngine {
            dev,
            build,
            vifs: config.vifs.len(),
            targets: config.targets.len(),
            queue: VecDeque::with_capacity(QUEUE_HIGH),
            feeding: None,
            assembler: Assembler::new(build.beat_bytes()),
            in_flight: 0,
            input_beats: 0,
            first_in: None,
            last_out: 0,
            trace: trace.map(Path::to_path_buf),
            stress,
            rng: stress.seed | 1,
        })
    }

    fn sim(&mut self) -> &mut PortPipelineSim {
        self.dev.bus_mut()
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

    /// One clock: offer the next beat, collect what leaves.
    fn step(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<bool> {
        if self.feeding.is_none() {
            if let Some(frame) = self.queue.pop_front() {
                let len = frame.len();
                self.feeding = Some(Feeding {
                    beats: beats(&frame, self.build.beat_bytes()).collect(),
                    next: 0,
                    len: len as u32,
                });
            }
        }
        let idle = self.roll(self.stress.idle);
        let hold = self.roll(self.stress.backpressure);
        let offered = match (&self.feeding, idle) {
            (Some(f), false) => {
                let b = f.beats[f.next];
                let len = f.len;
                let words = self.build.beat_bytes() / 4;
                let sim = self.dev.bus_mut();
                sim.offer(&b.words[..words], b.keep, b.last, len);
                true
            }
            _ => {
                self.sim().idle_ingress();
                false
            }
        };
        self.sim().set_egress_ready(!hold);
        self.sim().cycle();
        let mut progress = false;
        let cycle = self.dev.bus_mut().cycles();
        if offered && self.dev.bus_mut().ingress_taken() {
            progress = true;
            self.input_beats += 1;
            self.first_in.get_or_insert(cycle);
            if let Some(f) = &mut self.feeding {
                f.next += 1;
                if f.next == f.beats.len() {
                    self.feeding = None;
                }
            }
        }
        if hold {
            return Ok(progress);
        }
        let sim = self.dev.bus_mut();
        if let Some(beat) = sim.egress() {
            let user = u64::from(beat.user);
            let done = self
                .assembler
                .push(beat.data, beat.keep, beat.last)
                .map_err(|e| anyhow!("the RTL's egress stream broke the beat rules: {e}"))?;
            if let Some(frame) = done {
                let verdict = decode_verdict(user)?;
                sink.frame(verdict, frame)?;
                self.in_flight = self
                    .in_flight
                    .checked_sub(1)
                    .ok_or_else(|| anyhow!("the RTL emitted more frames than it was given"))?;
            }
            self.last_out = cycle;
            progress = true;
        }
        Ok(progress)
    }

    /// Run clocks until fewer than `target` frames wait in the queue (0: until every frame
    /// has left the pipeline).
    fn run(&mut self, target: usize, sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        let mut quiet = 0u64;
        loop {
            let pending = if target == 0 {
                self.in_flight > 0
            } else {
                self.queue.len() >= target
            };
            if !pending {
                return Ok(());
            }
            if self.step(sink)? {
                quiet = 0;
            } else {
                quiet += 1;
                if quiet > STALL_CYCLES {
                    bail!(
                        "the RTL made no progress for {STALL_CYCLES} clock cycles with {} frames in flight",
                        self.in_flight
                    );
                }
            }
        }
    }

    fn counters(&mut self) -> anyhow::Result<EngineCounters> {
        let hw: HwCounters = self.dev.counters(self.vifs, self.targets)?;
        Ok(EngineCounters::from_hw(&hw))
    }
}

/// The egress sideband as a verdict.
pub fn decode_verdict(user: u64) -> anyhow::Result<Verdict> {
    let k = egress::KIND.extract(user) as u8;
    let reason = egress::REASON.extract(user) as u8;
    let target = egress::TARGET.extract(user) as usize;
    match k {
        kind::FORWARD => Ok(Verdict::Forward { target }),
        kind::PUNT => Ok(Verdict::Punt),
        kind::DROP => DropReason::from_hw_code(reason)
            .map(Verdict::Drop)
            .ok_or_else(|| anyhow!("the RTL reported drop reason code {reason}, which is none")),
        _ => bail!("the RTL reported verdict kind {k}, which is none"),
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
        self.queue.push_back(frame.to_vec());
        self.in_flight += 1;
        if self.queue.len() >= QUEUE_HIGH {
            self.run(QUEUE_LOW, sink)?;
        }
        Ok(())
    }

    fn finish(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport> {
        self.run(0, sink)?;
        if self.assembler.in_frame() {
            bail!("the RTL stopped in the middle of an egress frame");
        }
        let counters = self.counters()?;
        if self.trace.is_some() {
            self.sim().trace_close()?;
        }
        let cycles = self.first_in.map_or(0, |first| self.last_out + 1 - first);
        Ok(EngineReport {
            counters,
            cycles: Some(cycles),
            input_beats: Some(self.input_beats),
        })
    }
}
