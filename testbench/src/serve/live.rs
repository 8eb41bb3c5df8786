//! The pipeline as `dxedge serve` drives it: frames in from queues, frames out as they
//! leave, in both directions at once, with a CPU port in each and a register bus.
//!
//! Two engines, as in a replay: the RTL under Verilator ([`super::rtl`]) and the reference
//! model ([`ModelLive`]). The serve loop does not know which it has.

use std::collections::VecDeque;

use dxedge_host::bus::{BusError, RegisterBus};
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::ProgramReport;
use dxedge_host::fake::FakeDevice;
use dxedge_host::regmap::{self, CounterBlock};
use dxedge_host::verdict::Verdict;

use crate::engine::{Engine, EngineCounters, FrameSink};
use crate::model::Model;

/// How a frame left the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// The pipeline's verdict on a frame from the port.
    Pipeline(Verdict),
    /// A frame of the control plane's, from the CPU port, to this egress row (a target to
    /// AWS, a VIF to the customer).
    Cpu { row: usize },
}

/// Frames waiting in front of the pipeline, per direction: from the port and from the
/// control plane (with the egress row each is for).
#[derive(Debug, Default)]
pub struct Queues {
    pub port: [VecDeque<Vec<u8>>; 2],
    pub cpu: [VecDeque<(usize, Vec<u8>)>; 2],
}

impl Queues {
    pub fn is_empty(&self) -> bool {
        self.port.iter().all(VecDeque::is_empty) && self.cpu.iter().all(VecDeque::is_empty)
    }
}

/// Index of a direction in per-direction arrays.
pub fn slot(direction: Direction) -> usize {
    match direction {
        Direction::ToAws => 0,
        Direction::ToCustomer => 1,
    }
}

/// Where an engine hands the frames that leave it.
pub type Out<'a> = dyn FnMut(Direction, Leaving, &[u8]) + 'a;

/// An engine `serve` runs.
pub trait LiveEngine {
    /// Take frames from `queues` and run; every frame that leaves goes to `out`, in order
    /// within its direction. Returns whether work is still in flight (frames taken but not
    /// yet out): the caller runs it again soon rather than waiting for traffic.
    fn run(&mut self, queues: &mut Queues, out: &mut Out<'_>) -> anyhow::Result<bool>;
    /// Compile `config` into `direction`'s tables and commit them, writing what differs
    /// from what the banks hold; called only when [`run`](Self::run) said nothing is in
    /// flight.
    fn program(&mut self, direction: Direction, config: &Config) -> anyhow::Result<ProgramReport>;
    /// One access of the register bus (between frames for the model, between clock cycles
    /// for the RTL).
    fn register(&mut self, request: dxedge_host::socket::Request) -> Result<u32, BusError>;
    /// Clock cycles run so far, by every model of the engine together (0 for the model).
    fn cycles(&self) -> u64;
}

/// The reference model in each direction, and a register block that shows its counters.
pub struct ModelLive {
    models: [Model; 2],
    registers: ModelRegisters,
    /// CPU-port counters per egress row: packets, bytes.
    cpu_tx: [Vec<[u64; 2]>; 2],
}

struct Emit<'a, 'b> {
    direction: Direction,
    out: &'a mut Out<'b>,
}

impl FrameSink for Emit<'_, '_> {
    fn frame(&mut self, verdict: Verdict, data: &[u8]) -> anyhow::Result<()> {
        (self.out)(self.direction, Leaving::Pipeline(verdict), data);
        Ok(())
    }
}

impl ModelLive {
    /// `beat_bytes`: what the register block says of its build (8 at 10G, 64 at 100G).
    pub fn new(config: &Config, beat_bytes: u32) -> ModelLive {
        let beat = beat_bytes;
        ModelLive {
            models: [
                Model::for_direction(config, Direction::ToAws),
                Model::for_direction(config, Direction::ToCustomer),
            ],
            registers: ModelRegisters::new(beat),
            cpu_tx: [
                vec![[0; 2]; config.targets.len()],
                vec![[0; 2]; config.vifs.len()],
            ],
        }
    }

    /// Copy the models' counters into the register blocks, where the driver reads them.
    fn publish(&mut self) {
        for d in Direction::ALL {
            let c = self.models[slot(d)].counters();
            self.registers.show(d, c, &self.cpu_tx[slot(d)]);
        }
    }
}

impl LiveEngine for ModelLive {
    fn run(&mut self, queues: &mut Queues, out: &mut Out<'_>) -> anyhow::Result<bool> {
        for d in Direction::ALL {
            let s = slot(d);
            // Between frames from the port and frames from the CPU port, one each in turn,
            // as the RTL's egress arbiter takes them.
            loop {
                let port = queues.port[s].pop_front();
                let cpu = queues.cpu[s].pop_front();
                if port.is_none() && cpu.is_none() {
                    break;
                }
                if let Some(frame) = port {
                    let mut sink = Emit { direction: d, out };
                    self.models[s].submit(&frame, &mut sink)?;
                }
                if let Some((row, frame)) = cpu {
                    if let Some(c) = self.cpu_tx[s].get_mut(row) {
                        c[0] += 1;
                        c[1] += frame.len() as u64;
                    }
                    out(d, Leaving::Cpu { row }, &frame);
                }
            }
        }
        Ok(false)
    }

    fn program(&mut self, _: Direction, _: &Config) -> anyhow::Result<ProgramReport> {
        anyhow::bail!(
            "the model engine takes its tables from serve's --config; serve with --engine verilator to program tables while it runs"
        )
    }

    fn register(&mut self, request: dxedge_host::socket::Request) -> Result<u32, BusError> {
        if matches!(request, dxedge_host::socket::Request::Read { .. }) {
            self.publish();
        }
        request.apply(&mut self.registers)
    }

    fn cycles(&self) -> u64 {
        0
    }
}

/// The register view of the model engine: two blocks, one per direction, as the RTL's
/// port has, answering the block header and the counters. The model's tables are its
/// config: a table write is refused with a message that says so.
pub struct ModelRegisters {
    blocks: [FakeDevice; 2],
}

impl ModelRegisters {
    fn new(beat_bytes: u32) -> ModelRegisters {
        let block = |d: Direction| {
            let mut f = FakeDevice::new(beat_bytes);
            f.direction = d;
            f.next = if d == Direction::ToAws {
                regmap::BLOCK_SPAN
            } else {
                0
            };
            f
        };
        ModelRegisters {
            blocks: [block(Direction::ToAws), block(Direction::ToCustomer)],
        }
    }

    fn show(&mut self, d: Direction, c: &EngineCounters, cpu_tx: &[[u64; 2]]) {
        let f = &mut self.blocks[slot(d)];
        let mut set = |block: &CounterBlock, row: usize, name: &str, value: u64| {
            if let Some(i) = block.counters.iter().position(|n| *n == name) {
                f.counters.insert(block.offset(row as u32, i as u32), value);
            }
        };
        for (i, v) in c.drops.iter().enumerate() {
            set(
                &regmap::GLOBAL_COUNTERS,
                0,
                regmap::GLOBAL_COUNTERS.counters[i],
                *v,
            );
        }
        set(
            &regmap::GLOBAL_COUNTERS,
            0,
            "punted_packets",
            c.punted_packets,
        );
        for (row, r) in c.ingress.iter().enumerate() {
            let v = &regmap::VIF_COUNTERS;
            set(v, row, "rx_packets", r.rx_packets);
            set(v, row, "rx_bytes", r.rx_bytes);
            set(v, row, "forwarded_packets", r.forwarded_packets);
            set(v, row, "punted_packets", r.punted_packets);
            set(v, row, "dropped_packets", r.dropped_packets);
        }
        for (row, r) in c.egress.iter().enumerate() {
            let t = &regmap::TARGET_COUNTERS;
            set(t, row, "tx_packets", r.tx_packets);
            set(t, row, "tx_bytes", r.tx_bytes);
        }
        for (row, [packets, bytes]) in cpu_tx.iter().enumerate() {
            let t = &regmap::CPU_TX_COUNTERS;
            set(t, row, "cpu_tx_packets", *packets);
            set(t, row, "cpu_tx_bytes", *bytes);
        }
    }

    fn block(&mut self, offset: u32) -> Result<(&mut FakeDevice, u32), BusError> {
        let i = (offset / regmap::BLOCK_SPAN) as usize;
        match self.blocks.get_mut(i) {
            Some(f) => Ok((f, offset % regmap::BLOCK_SPAN)),
            None => Err(BusError::OutOfRange {
                offset,
                span: 2 * regmap::BLOCK_SPAN,
            }),
        }
    }
}

impl RegisterBus for ModelRegisters {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        let (f, at) = self.block(offset)?;
        f.read32(at)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        let (f, at) = self.block(offset)?;
        let tables = [
            regmap::TBL_WRITE.offset,
            regmap::TBL_COMMIT.offset,
            regmap::PORT_MAC_LO.offset,
            regmap::PORT_MAC_HI.offset,
        ];
        if tables.contains(&at) {
            return Err(BusError::Backend(
                "the model engine takes its tables from serve's --config and has no table \
                 registers: restart serve with the new config, or serve with --engine \
                 verilator to program tables while it runs"
                    .into(),
            ));
        }
        f.write32(at, value)
    }
}
