//! The RTL engine of `serve`: the two-direction port (`port_pipeline_{10g,100g}.v`) under
//! Verilator, its tables programmed by the driver through the model's register bus,
//! clocked from Rust one cycle at a time while there is work and not at all otherwise.
//!
//! Each direction has two sources, the port and the CPU port, each fed one frame at a time
//! beat by beat; the egress of each direction is always ready (a TAP takes what it is
//! given). A frame is in flight from its first beat in until its last beat out; when no
//! frame is in flight and the queues are empty, [`RtlLive::run`] returns and the serve loop
//! sleeps.

use anyhow::{bail, Context};
use dxedge_host::bus::BusError;
use dxedge_host::config::{Config, Speed};
use dxedge_host::direction::Direction;
use dxedge_host::driver::{Device, ProgramReport};
use dxedge_host::socket::Request;
use dxedge_host::verdict::EgressTag;
use dxedge_sim::port::PortSim;

use super::live::{slot, Leaving, LiveEngine, Out, Queues};
use crate::beats::{keep_mask, Assembler};
use crate::rtl_engine::{build_for, MAX_FRAME};

/// Clock cycles one call of `run` takes at most before the loop polls the TAPs again.
const RUN_CYCLES: u64 = 20_000;
/// Cycles with frames in flight and not one beat moving before the engine calls the RTL
/// stuck.
const STALL_CYCLES: u64 = 100_000;

/// A frame being fed in, beat by beat.
#[derive(Debug, Default)]
struct Feed {
    frame: Vec<u8>,
    /// Byte offset of the next beat.
    at: usize,
    /// The CPU port's egress row; unused for the port.
    row: usize,
    active: bool,
}

pub struct RtlLive {
    sim: PortSim,
    beat: usize,
    /// Per direction: the port's feed and the CPU port's.
    port: [Feed; 2],
    cpu: [Feed; 2],
    assemblers: [Assembler; 2],
    /// Frames in (first beat taken) less frames out (last beat left), per direction.
    in_flight: [u64; 2],
    stalled: u64,
    /// Per direction, what the driver knows each table bank holds, kept between programs so
    /// that each writes only what changed; forgotten when a register client writes.
    banks: [[Option<dxedge_host::tables::Tables>; 2]; 2],
}

impl RtlLive {
    pub fn new(config: &Config, speed: Speed) -> anyhow::Result<RtlLive> {
        let build = build_for(speed);
        let mut sim = PortSim::new(build).context("the two-direction port model")?;
        sim.reset().context("reset")?;
        let mut banks: [[Option<dxedge_host::tables::Tables>; 2]; 2] = Default::default();
        for d in Direction::ALL {
            let mut dev = Device::open_direction(&mut sim, d)?;
            dev.assume_zeroed()?;
            let tables = dev
                .compile_next(config)
                .with_context(|| format!("the {d} tables"))?;
            // Both banks: the first change (a route learned) then costs only its own writes.
            dev.program(&tables)?;
            dev.program(&tables)?;
            banks[slot(d)] = dev.take_banks();
            sim.set_egress_ready(d, true);
        }
        let beat = build.beat_bytes();
        Ok(RtlLive {
            sim,
            beat,
            port: Default::default(),
            cpu: Default::default(),
            assemblers: [Assembler::new(beat), Assembler::new(beat)],
            in_flight: [0; 2],
            stalled: 0,
            banks,
        })
    }

    /// The bytes and keep mask of `feed`'s next beat, and whether it is the last.
    fn beat_of(feed: &Feed, beat: usize) -> ([u8; 64], u64, bool) {
        let mut bytes = [0u8; 64];
        let end = (feed.at + beat).min(feed.frame.len());
        let n = end - feed.at;
        bytes[..n].copy_from_slice(&feed.frame[feed.at..end]);
        (bytes, keep_mask(n), end >= feed.frame.len())
    }

    fn idle(&self, queues: &Queues) -> bool {
        queues.is_empty()
            && self.in_flight.iter().all(|&n| n == 0)
            && self.port.iter().chain(&self.cpu).all(|f| !f.active)
    }
}

impl LiveEngine for RtlLive {
    fn run(&mut self, queues: &mut Queues, out: &mut Out<'_>) -> anyhow::Result<bool> {
        let beat = self.beat;
        for _ in 0..RUN_CYCLES {
            if self.idle(queues) {
                return Ok(false);
            }
            for d in Direction::ALL {
                let s = slot(d);
                if !self.port[s].active {
                    if let Some(frame) = queues.port[s].pop_front() {
                        if frame.len() > MAX_FRAME {
                            // Longer than the ingress length field: the port never takes it.
                            continue;
                        }
                        self.port[s] = Feed {
                            frame,
                            at: 0,
                            row: 0,
                            active: true,
                        };
                    }
                }
                if !self.cpu[s].active {
                    if let Some((row, frame)) = queues.cpu[s].pop_front() {
                        self.cpu[s] = Feed {
                            frame,
                            at: 0,
                            row,
                            active: true,
                        };
                    }
                }
                let f = &self.port[s];
                if f.active {
                    let (bytes, keep, last) = Self::beat_of(f, beat);
                    let len = f.frame.len() as u32;
                    self.sim.offer_bytes(d, &bytes[..beat], keep, last, len);
                } else {
                    self.sim.idle_ingress(d);
                }
                let f = &self.cpu[s];
                if f.active {
                    let (bytes, keep, last) = Self::beat_of(f, beat);
                    self.sim
                        .offer_cpu_bytes(d, &bytes[..beat], keep, last, f.row as u32);
                } else {
                    self.sim.idle_cpu(d);
                }
            }
            self.sim.cycle();
            let mut moved = false;
            for d in Direction::ALL {
                let s = slot(d);
                for (feed, taken) in [
                    (&mut self.port[s], self.sim.ingress_ready(d)),
                    (&mut self.cpu[s], self.sim.cpu_ready(d)),
                ] {
                    if feed.active && taken {
                        moved = true;
                        if feed.at == 0 {
                            self.in_flight[s] += 1;
                        }
                        feed.at += beat;
                        if feed.at >= feed.frame.len() {
                            feed.active = false;
                        }
                    }
                }
                if let Some(b) = self.sim.egress(d) {
                    moved = true;
                    let user = u64::from(b.user);
                    let done = self.assemblers[s]
                        .push(b.data, b.keep, b.last)
                        .context("egress beats")?;
                    if let Some(frame) = done {
                        self.in_flight[s] = self.in_flight[s].saturating_sub(1);
                        let leaving = match EgressTag::decode(user) {
                            Ok(EgressTag::Cpu { row }) => Leaving::Cpu { row },
                            Ok(EgressTag::Verdict(v)) => Leaving::Pipeline(v),
                            Err(e) => bail!("the RTL's egress sideband: {e}"),
                        };
                        out(d, leaving, frame);
                    }
                }
            }
            if moved {
                self.stalled = 0;
            } else {
                self.stalled += 1;
                if self.stalled > STALL_CYCLES {
                    bail!("the RTL moved no beat in {STALL_CYCLES} cycles with frames in flight");
                }
            }
        }
        Ok(true)
    }

    fn program(&mut self, direction: Direction, config: &Config) -> anyhow::Result<ProgramReport> {
        anyhow::ensure!(
            self.in_flight.iter().all(|&n| n == 0),
            "tables programmed with frames in flight"
        );
        let s = slot(direction);
        for d in Direction::ALL {
            self.sim.idle_ingress(d);
            self.sim.idle_cpu(d);
        }
        let mut dev = Device::open_direction(&mut self.sim, direction)?;
        dev.restore_banks(std::mem::take(&mut self.banks[s]));
        let tables = dev.compile_next(config)?;
        let report = dev.program(&tables)?;
        self.banks[s] = dev.take_banks();
        Ok(report)
    }

    fn register(&mut self, request: Request) -> Result<u32, BusError> {
        if let Request::Write { offset, .. } = request {
            // Someone else's table writes: what the banks hold is theirs to know, and the
            // next program here rewrites every entry. (Clearing counters changes no table.)
            if offset % dxedge_host::regmap::BLOCK_SPAN != dxedge_host::regmap::CTRL.offset {
                self.banks = Default::default();
            }
        }
        // The bus runs the clock: the streams pause (nothing offered, egress not ready) so
        // that no beat moves unseen, and resume on the next run.
        for d in Direction::ALL {
            self.sim.idle_ingress(d);
            self.sim.idle_cpu(d);
            self.sim.set_egress_ready(d, false);
        }
        let answer = request.apply(&mut self.sim);
        for d in Direction::ALL {
            self.sim.set_egress_ready(d, true);
        }
        answer
    }

    fn cycles(&self) -> u64 {
        self.sim.cycles()
    }
}
