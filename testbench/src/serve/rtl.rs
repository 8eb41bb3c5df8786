//! The RTL engine of `serve`: the port under Verilator as two models, each direction's
//! datapath its own ([`SplitPort`]), its tables programmed by the driver through the port's
//! register bus. A direction is clocked only while it has work, and not at all otherwise.
//!
//! Each direction has two sources, the port and the CPU port. While only the port has
//! frames, they go in as one batch through the model's stream loop ([`PortPipelineSim::stream`]:
//! the clock loop in C++, a beat offered every clock), and what leaves comes back in one
//! buffer. A frame at the CPU port (ARP, BGP: rare) switches that direction to a loop of
//! single clocks from Rust that feeds both sources until the CPU port's queue is empty. The
//! egress of each direction is always ready (a TAP takes what it is given). A frame is in
//! flight from its first beat in until its last beat out; when no frame is in flight and the
//! queues are empty, [`RtlLive::run`] returns and the serve loop sleeps.

use anyhow::{bail, Context};
use dxedge_host::bus::BusError;
use dxedge_host::config::{Config, Speed};
use dxedge_host::direction::Direction;
use dxedge_host::driver::{Device, ProgramReport};
use dxedge_host::socket::Request;
use dxedge_host::tables::Tables;
use dxedge_host::verdict::EgressTag;
use dxedge_sim::port_pipeline::PortPipelineSim;
use dxedge_sim::split_port::SplitPort;
use dxedge_sim::stream::{EgressBuffer, Frames, StreamPos};

use super::live::{slot, Leaving, LiveEngine, Out, Queues};
use crate::beats::{keep_mask, Assembler};
use crate::rtl_engine::{build_for, MAX_FRAME};

/// Clock cycles one call of `run` gives each direction at most before the loop polls the
/// TAPs again.
const RUN_CYCLES: u64 = 20_000;
/// Cycles with frames in flight and not one beat moving before the engine calls the RTL
/// stuck.
const STALL_CYCLES: u64 = 100_000;
/// Bytes of queued frames one stream run takes at most (a TAP's queue holds 512 frames).
const BATCH_BYTES: usize = 1 << 20;
/// Egress beats one stream run collects at most before it returns them.
const EGRESS_BEATS: usize = 4096;
/// Clocks of one call of the stream loop while only draining (nothing left to offer): few
/// enough that a frame's last beat is seen soon after it leaves.
const DRAIN_CYCLES: u64 = 16;

/// A frame being fed in from Rust, beat by beat.
#[derive(Debug, Default)]
struct Feed {
    frame: Vec<u8>,
    /// Byte offset of the next beat.
    at: usize,
    /// The CPU port's egress row; unused for the port.
    row: usize,
    active: bool,
}

/// Frames of the port's queue going in through the stream loop.
#[derive(Debug, Default)]
struct Batch {
    bytes: Vec<u8>,
    ends: Vec<u32>,
    pos: StreamPos,
}

impl Batch {
    fn done(&self) -> bool {
        self.pos.frame >= self.ends.len()
    }

    /// Frames whose first beat has gone in.
    fn started(&self) -> usize {
        let frames = Frames {
            bytes: &self.bytes,
            ends: &self.ends,
        };
        let partial =
            self.pos.frame < self.ends.len() && self.pos.at > frames.start(self.pos.frame);
        self.pos.frame + usize::from(partial)
    }
}

/// One direction: what is being fed to its datapath and what has come out of it.
struct Side {
    direction: Direction,
    port: Feed,
    cpu: Feed,
    batch: Batch,
    egress: EgressBuffer,
    assembler: Assembler,
    /// Frames in (first beat taken) less frames out (last beat left).
    in_flight: u64,
    stalled: u64,
    /// What the driver knows each table bank holds, kept between programs so that each
    /// writes only what changed; forgotten when a register client writes.
    banks: [Option<Tables>; 2],
}

impl Side {
    fn has_work(&self, queues: &Queues) -> bool {
        let s = slot(self.direction);
        self.in_flight > 0
            || self.port.active
            || self.cpu.active
            || !self.batch.done()
            || !queues.port[s].is_empty()
            || !queues.cpu[s].is_empty()
    }

    /// The bytes and keep mask of `feed`'s next beat, and whether it is the last.
    fn beat_of(feed: &Feed, beat: usize) -> ([u8; 64], u64, bool) {
        let mut bytes = [0u8; 64];
        let end = (feed.at + beat).min(feed.frame.len());
        let n = end - feed.at;
        bytes[..n].copy_from_slice(&feed.frame[feed.at..end]);
        (bytes, keep_mask(n), end >= feed.frame.len())
    }

    /// A beat that left: into its frame, and the frame out when it is whole.
    fn collect(
        direction: Direction,
        assembler: &mut Assembler,
        in_flight: &mut u64,
        beat: dxedge_sim::stream::EgressBeat<'_>,
        out: &mut Out<'_>,
    ) -> anyhow::Result<()> {
        let user = u64::from(beat.user);
        let done = assembler
            .push(beat.data, beat.keep, beat.last)
            .context("egress beats")?;
        if let Some(frame) = done {
            *in_flight = in_flight.saturating_sub(1);
            let leaving = match EgressTag::decode(user) {
                Ok(EgressTag::Cpu { row }) => Leaving::Cpu { row },
                Ok(EgressTag::Verdict(v)) => Leaving::Pipeline(v),
                Err(e) => bail!("the RTL's egress sideband: {e}"),
            };
            out(direction, leaving, frame);
        }
        Ok(())
    }

    fn note_progress(&mut self, moved: bool, cycles: u64) -> anyhow::Result<()> {
        if moved {
            self.stalled = 0;
        } else {
            self.stalled += cycles;
            if self.stalled > STALL_CYCLES {
                bail!("the RTL moved no beat in {STALL_CYCLES} cycles with frames in flight");
            }
        }
        Ok(())
    }

    /// Clock this direction for at most `budget` cycles, or until it has no work.
    fn run(
        &mut self,
        sim: &mut PortPipelineSim,
        queues: &mut Queues,
        out: &mut Out<'_>,
        budget: u64,
    ) -> anyhow::Result<()> {
        let s = slot(self.direction);
        let start = sim.cycles();
        while self.has_work(queues) && sim.cycles() - start < budget {
            let left = budget - (sim.cycles() - start);
            let by_hand = self.cpu.active || self.port.active || !queues.cpu[s].is_empty();
            if by_hand && self.batch.done() {
                self.clock_by_hand(sim, queues, out)?;
            } else {
                self.stream(sim, queues, out, left)?;
            }
        }
        Ok(())
    }

    /// One clock from Rust, both sources fed (for the CPU port's frames).
    fn clock_by_hand(
        &mut self,
        sim: &mut PortPipelineSim,
        queues: &mut Queues,
        out: &mut Out<'_>,
    ) -> anyhow::Result<()> {
        let s = slot(self.direction);
        let beat = sim.build().beat_bytes();
        if !self.port.active {
            if let Some(frame) = take_port_frame(&mut queues.port[s]) {
                self.port = Feed {
                    frame,
                    at: 0,
                    row: 0,
                    active: true,
                };
            }
        }
        if !self.cpu.active {
            if let Some((row, frame)) = queues.cpu[s].pop_front() {
                self.cpu = Feed {
                    frame,
                    at: 0,
                    row,
                    active: true,
                };
            }
        }
        if self.port.active {
            let (bytes, keep, last) = Self::beat_of(&self.port, beat);
            let len = self.port.frame.len() as u32;
            sim.offer_bytes(&bytes[..beat], keep, last, len);
        } else {
            sim.idle_ingress();
        }
        if self.cpu.active {
            let (bytes, keep, last) = Self::beat_of(&self.cpu, beat);
            sim.offer_cpu_bytes(&bytes[..beat], keep, last, self.cpu.row as u32);
        } else {
            sim.idle_cpu();
        }
        sim.cycle();
        let mut moved = false;
        for (feed, taken) in [
            (&mut self.port, sim.ingress_taken()),
            (&mut self.cpu, sim.cpu_ready()),
        ] {
            if feed.active && taken {
                moved = true;
                if feed.at == 0 {
                    self.in_flight += 1;
                }
                feed.at += beat;
                if feed.at >= feed.frame.len() {
                    feed.active = false;
                }
            }
        }
        sim.idle_ingress();
        sim.idle_cpu();
        if let Some(b) = sim.egress() {
            moved = true;
            Self::collect(
                self.direction,
                &mut self.assembler,
                &mut self.in_flight,
                b,
                out,
            )?;
        }
        self.note_progress(moved, 1)
    }

    /// Queued port frames through the stream loop, or (nothing to offer) clocks that drain
    /// the frames in flight.
    fn stream(
        &mut self,
        sim: &mut PortPipelineSim,
        queues: &mut Queues,
        out: &mut Out<'_>,
        budget: u64,
    ) -> anyhow::Result<()> {
        let s = slot(self.direction);
        if self.batch.done() {
            self.batch.bytes.clear();
            self.batch.ends.clear();
            self.batch.pos = StreamPos::default();
            while self.batch.bytes.len() < BATCH_BYTES {
                let Some(frame) = take_port_frame(&mut queues.port[s]) else {
                    break;
                };
                self.batch.bytes.extend_from_slice(&frame);
                self.batch.ends.push(self.batch.bytes.len() as u32);
            }
        }
        let feeding = !self.batch.done();
        let before = self.batch.started();
        let max_cycles = if feeding {
            budget
        } else {
            budget.min(DRAIN_CYCLES)
        };
        let frames = Frames {
            bytes: &self.batch.bytes,
            ends: &self.batch.ends,
        };
        let report = sim
            .stream(
                frames,
                &mut self.batch.pos,
                &mut self.egress,
                max_cycles,
                feeding,
            )
            .context("the stream loop")?;
        self.in_flight += (self.batch.started() - before) as u64;
        for b in self.egress.iter() {
            Self::collect(
                self.direction,
                &mut self.assembler,
                &mut self.in_flight,
                b,
                out,
            )?;
        }
        self.note_progress(
            report.beats_in > 0 || !self.egress.is_empty(),
            report.cycles,
        )
    }
}

/// The next frame of a port queue that the port can take: one longer than the ingress
/// length field carries is dropped here (the RTL would never take it).
fn take_port_frame(queue: &mut std::collections::VecDeque<Vec<u8>>) -> Option<Vec<u8>> {
    while let Some(frame) = queue.pop_front() {
        if frame.len() <= MAX_FRAME {
            return Some(frame);
        }
    }
    None
}

pub struct RtlLive {
    port: SplitPort,
    /// To AWS, to the customer.
    sides: [Side; 2],
}

impl RtlLive {
    pub fn new(config: &Config, speed: Speed) -> anyhow::Result<RtlLive> {
        let build = build_for(speed);
        let mut port = SplitPort::new(build).context("the port's datapath models")?;
        port.reset().context("reset")?;
        let beat = build.beat_bytes();
        let sides = Direction::ALL.map(|direction| Side {
            direction,
            port: Feed::default(),
            cpu: Feed::default(),
            batch: Batch::default(),
            egress: EgressBuffer::new(beat, EGRESS_BEATS),
            assembler: Assembler::new(beat),
            in_flight: 0,
            stalled: 0,
            banks: Default::default(),
        });
        let mut live = RtlLive { port, sides };
        for d in Direction::ALL {
            let mut dev = Device::open_direction(&mut live.port, d)?;
            dev.assume_zeroed()?;
            let tables = dev
                .compile_next(config)
                .with_context(|| format!("the {d} tables"))?;
            // Both banks: the first change (a route learned) then costs only its own writes.
            dev.program(&tables)?;
            dev.program(&tables)?;
            live.sides[slot(d)].banks = dev.take_banks();
            live.port.side(d).set_egress_ready(true);
        }
        Ok(live)
    }

    fn in_flight(&self) -> bool {
        self.sides
            .iter()
            .any(|s| s.in_flight > 0 || s.port.active || s.cpu.active || !s.batch.done())
    }

    /// Both directions' streams stopped, so that a register access moves no beat unseen.
    fn pause(&mut self) {
        for d in Direction::ALL {
            let sim = self.port.side(d);
            sim.idle_ingress();
            sim.idle_cpu();
            sim.set_egress_ready(false);
        }
    }

    fn resume(&mut self) {
        for d in Direction::ALL {
            self.port.side(d).set_egress_ready(true);
        }
    }
}

impl LiveEngine for RtlLive {
    fn run(&mut self, queues: &mut Queues, out: &mut Out<'_>) -> anyhow::Result<bool> {
        for side in &mut self.sides {
            let sim = self.port.side(side.direction);
            side.run(sim, queues, out, RUN_CYCLES)?;
        }
        Ok(self.sides.iter().any(|s| s.has_work(queues)))
    }

    fn program(&mut self, direction: Direction, config: &Config) -> anyhow::Result<ProgramReport> {
        anyhow::ensure!(!self.in_flight(), "tables programmed with frames in flight");
        let s = slot(direction);
        self.pause();
        let mut dev = Device::open_direction(&mut self.port, direction)?;
        dev.restore_banks(std::mem::take(&mut self.sides[s].banks));
        let compiled = dev.compile_next(config);
        let report = compiled.and_then(|tables| dev.program(&tables));
        self.sides[s].banks = dev.take_banks();
        self.resume();
        Ok(report?)
    }

    fn register(&mut self, request: Request) -> Result<u32, BusError> {
        if let Request::Write { offset, .. } = request {
            // Someone else's table writes: what the banks hold is theirs to know, and the
            // next program here rewrites every entry. (Clearing counters changes no table.)
            if offset % dxedge_host::regmap::BLOCK_SPAN != dxedge_host::regmap::CTRL.offset {
                for side in &mut self.sides {
                    side.banks = Default::default();
                }
            }
        }
        // The bus runs the clock of the block it reaches: the streams pause (nothing offered,
        // egress not ready) so that no beat moves unseen, and resume on the next run.
        self.pause();
        let answer = request.apply(&mut self.port);
        self.resume();
        answer
    }

    fn cycles(&self) -> u64 {
        self.port.cycles().iter().sum()
    }
}
