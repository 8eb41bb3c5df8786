//! The U280 board core (`hdl/verilog/boards/nic_core.v`) under Verilator, driven as the board
//! drives it: the host's registers through its AXI4-Lite port (what the PCIe bridge makes of
//! a BAR access), frames into each CMAC's receive stream (no back-pressure: a MAC cannot
//! wait) and out of its transmit stream (always ready), and the host's own frames into each
//! direction's CPU port stream. CMAC 0 is the customer router's cage (its frames go to AWS),
//! CMAC 1 AWS's (its frames go to the customer).
//!
//! The register window is the core's: the pipeline's blocks from 0, the board's blocks above
//! (`hdl/src/boards/board_map.rs`). [`NicSim`] is a [`RegisterBus`], so the host driver
//! programs it with the code that programs the board.

use std::collections::VecDeque;

use dxedge_host::bus::{BusError, RegisterBus};
use dxedge_host::direction::Direction;

use crate::model::{InPort, Model, ModelSpec, OutPort};
// A stream the core takes has the CPU port's shape: data, keep, valid, last, user, ready.
use crate::port_pipeline::{CpuPorts as Sink, SimError};

/// Bytes of a beat of the CMAC's streams (512 bits).
pub const BEAT_BYTES: usize = 64;
/// Address bits of the host window.
pub const WINDOW_BITS: u32 = 21;
/// Clock cycles an AXI4-Lite transaction may take before it is an error.
pub const AXIL_TIMEOUT_CYCLES: u64 = 256;

/// The model, or `None` when this crate was built without Verilator.
pub fn spec() -> Option<&'static ModelSpec> {
    #[cfg(dxedge_no_verilator)]
    {
        None
    }
    #[cfg(not(dxedge_no_verilator))]
    {
        Some(&crate::model::BOARD_NIC_CORE)
    }
}

/// A stream the core gives (`tready` in).
#[derive(Clone, Copy, Debug)]
struct Source {
    tdata: OutPort,
    tkeep: OutPort,
    tvalid: OutPort,
    tlast: OutPort,
    tuser: OutPort,
    tready: InPort,
}

#[derive(Clone, Copy, Debug)]
struct Axil {
    awaddr: InPort,
    awvalid: InPort,
    awready: OutPort,
    wdata: InPort,
    wstrb: InPort,
    wvalid: InPort,
    wready: OutPort,
    bresp: OutPort,
    bvalid: OutPort,
    bready: InPort,
    araddr: InPort,
    arvalid: InPort,
    arready: OutPort,
    rdata: OutPort,
    rresp: OutPort,
    rvalid: OutPort,
    rready: InPort,
}

fn source(spec: &'static ModelSpec, name: &str) -> Result<Source, SimError> {
    Ok(Source {
        tdata: spec.output(&format!("{name}$tdata"))?,
        tkeep: spec.output(&format!("{name}$tkeep"))?,
        tvalid: spec.output(&format!("{name}$tvalid"))?,
        tlast: spec.output(&format!("{name}$tlast"))?,
        tuser: spec.output(&format!("{name}$tuser"))?,
        tready: spec.input(&format!("{name}$tready"))?,
    })
}

fn axil(spec: &'static ModelSpec) -> Result<Axil, SimError> {
    let i = |n: &str| spec.input(&format!("s_axil${n}"));
    let o = |n: &str| spec.output(&format!("s_axil${n}"));
    Ok(Axil {
        awaddr: i("awaddr")?,
        awvalid: i("awvalid")?,
        awready: o("awready")?,
        wdata: i("wdata")?,
        wstrb: i("wstrb")?,
        wvalid: i("wvalid")?,
        wready: o("wready")?,
        bresp: o("bresp")?,
        bvalid: o("bvalid")?,
        bready: i("bready")?,
        araddr: i("araddr")?,
        arvalid: i("arvalid")?,
        arready: o("arready")?,
        rdata: o("rdata")?,
        rresp: o("rresp")?,
        rvalid: o("rvalid")?,
        rready: i("rready")?,
    })
}

/// A frame fed beat by beat.
#[derive(Debug, Default)]
struct Feed {
    frame: Vec<u8>,
    at: usize,
    /// `tuser`: the egress row of a CPU port frame, on every beat; the MAC's bad-frame flag,
    /// on the last beat only.
    user: u32,
    user_on_last_only: bool,
}

/// One beat of a feed: bytes, keep, last.
fn beat_of(feed: &Feed) -> ([u8; BEAT_BYTES], u64, bool) {
    let mut bytes = [0u8; BEAT_BYTES];
    let end = (feed.at + BEAT_BYTES).min(feed.frame.len());
    let n = end - feed.at;
    bytes[..n].copy_from_slice(&feed.frame[feed.at..end]);
    let keep = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
    (bytes, keep, end == feed.frame.len())
}

/// A QSFP28 cage and the CMAC behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cage {
    /// CMAC 0: the customer router. What it receives goes to AWS.
    Customer,
    /// CMAC 1: AWS. What it receives goes to the customer.
    Aws,
}

impl Cage {
    pub const ALL: [Cage; 2] = [Cage::Customer, Cage::Aws];

    fn index(self) -> usize {
        match self {
            Cage::Customer => 0,
            Cage::Aws => 1,
        }
    }
}

/// One CMAC's streams and what they carried.
struct Cmac {
    rx: Sink,
    tx: Source,
    rx_queue: VecDeque<Feed>,
    tx_frame: Vec<u8>,
    transmitted: Vec<Vec<u8>>,
    transmitted_with_error: u64,
}

impl Cmac {
    fn of(spec: &'static ModelSpec, prefix: &str) -> Result<Cmac, SimError> {
        Ok(Cmac {
            rx: Sink::of(spec, &format!("{prefix}_rx_axis"))?,
            tx: source(spec, &format!("{prefix}_tx_axis"))?,
            rx_queue: VecDeque::new(),
            tx_frame: Vec::new(),
            transmitted: Vec::new(),
            transmitted_with_error: 0,
        })
    }
}

/// The host's frames into one direction's CPU port.
struct CpuPort {
    port: Sink,
    queue: VecDeque<Feed>,
}

fn direction_index(direction: Direction) -> usize {
    match direction {
        Direction::ToAws => 0,
        Direction::ToCustomer => 1,
    }
}

/// The board core and what its streams carry.
pub struct NicSim {
    model: Model,
    reset: InPort,
    cmacs: [Cmac; 2],
    /// To AWS (`cpu_axis`), to the customer (`tc_cpu_axis`).
    cpus: [CpuPort; 2],
    axil: Axil,
}

impl NicSim {
    /// A fresh core, reset.
    pub fn new() -> Result<NicSim, SimError> {
        let spec = spec().ok_or(SimError::NoVerilator)?;
        let cpu = |name: &str| -> Result<CpuPort, SimError> {
            Ok(CpuPort {
                port: Sink::of(spec, name)?,
                queue: VecDeque::new(),
            })
        };
        let mut sim = NicSim {
            model: Model::new(spec),
            reset: spec.input("reset")?,
            cmacs: [Cmac::of(spec, "customer")?, Cmac::of(spec, "aws")?],
            cpus: [cpu("cpu_axis")?, cpu("tc_cpu_axis")?],
            axil: axil(spec)?,
        };
        for c in &sim.cmacs {
            sim.model.set(c.tx.tready, 1);
        }
        sim.model.set(sim.reset, 1);
        for _ in 0..4 {
            sim.model.cycle();
        }
        sim.model.set(sim.reset, 0);
        sim.model.cycle();
        Ok(sim)
    }

    /// Clock cycles run so far.
    pub fn cycles(&self) -> u64 {
        self.model.cycles()
    }

    /// A frame from the wire at `cage`, as its CMAC delivers it (`bad`: its FCS check failed).
    pub fn receive(&mut self, cage: Cage, frame: &[u8], bad: bool) {
        self.cmacs[cage.index()].rx_queue.push_back(Feed {
            frame: frame.to_vec(),
            at: 0,
            user: u32::from(bad),
            user_on_last_only: true,
        });
    }

    /// A frame of the host's into `direction`'s CPU port, to leave on egress row `row` (to
    /// AWS a target, to the customer a VIF).
    pub fn send_from_host(&mut self, direction: Direction, frame: &[u8], row: u32) {
        self.cpus[direction_index(direction)].queue.push_back(Feed {
            frame: frame.to_vec(),
            at: 0,
            user: row,
            user_on_last_only: false,
        });
    }

    /// The frames `cage`'s CMAC was given to send, in order.
    pub fn transmitted(&self, cage: Cage) -> &[Vec<u8>] {
        &self.cmacs[cage.index()].transmitted
    }

    /// Frames `cage`'s CMAC was given with `tuser` set on their last beat (it would corrupt
    /// their FCS): none, ever.
    pub fn transmitted_with_error(&self, cage: Cage) -> u64 {
        self.cmacs[cage.index()].transmitted_with_error
    }

    /// Whether frames wait to enter.
    pub fn pending(&self) -> bool {
        self.cmacs.iter().any(|c| !c.rx_queue.is_empty())
            || self.cpus.iter().any(|c| !c.queue.is_empty())
    }

    fn offer(model: &mut Model, port: &Sink, feed: Option<&Feed>) -> bool {
        let Some(feed) = feed else {
            port.idle(model);
            return false;
        };
        let (bytes, keep, last) = beat_of(feed);
        let user = if last || !feed.user_on_last_only {
            feed.user
        } else {
            0
        };
        port.offer(model, &bytes, keep, last, user);
        true
    }

    /// One clock: each MAC's next receive beat offered (a MAC does not wait: a beat offered
    /// is a beat delivered), each CPU port's next beat offered until taken, every transmit
    /// beat taken.
    pub fn clock(&mut self) {
        let rx_offered: Vec<bool> = self
            .cmacs
            .iter()
            .map(|c| Self::offer(&mut self.model, &c.rx, c.rx_queue.front()))
            .collect();
        let cpu_offered: Vec<bool> = self
            .cpus
            .iter()
            .map(|c| Self::offer(&mut self.model, &c.port, c.queue.front()))
            .collect();
        self.model.cycle();
        for (c, offered) in self.cmacs.iter_mut().zip(rx_offered) {
            if offered {
                Self::advance(&mut c.rx_queue);
            }
        }
        for (c, offered) in self.cpus.iter_mut().zip(cpu_offered) {
            if offered && c.port.ready(&self.model) {
                Self::advance(&mut c.queue);
            }
        }
        for c in &mut self.cmacs {
            if self.model.get(c.tx.tvalid) == 0 {
                continue;
            }
            let keep = self.model.get(c.tx.tkeep);
            let words = self.model.get_words(c.tx.tdata);
            for i in 0..BEAT_BYTES {
                if keep >> i & 1 == 1 {
                    c.tx_frame.push((words[i / 4] >> (8 * (i % 4))) as u8);
                }
            }
            if self.model.get(c.tx.tlast) != 0 {
                if self.model.get(c.tx.tuser) != 0 {
                    c.transmitted_with_error += 1;
                }
                c.transmitted.push(std::mem::take(&mut c.tx_frame));
            }
        }
    }

    fn advance(queue: &mut VecDeque<Feed>) {
        if let Some(feed) = queue.front_mut() {
            feed.at += BEAT_BYTES;
            if feed.at >= feed.frame.len() {
                queue.pop_front();
            }
        }
    }

    /// Clock until every queued frame has entered, then `more` cycles.
    pub fn run(&mut self, more: u64) {
        while self.pending() {
            self.clock();
        }
        for _ in 0..more {
            self.clock();
        }
    }

    fn check(offset: u32) -> Result<(), BusError> {
        dxedge_host::bus::check_offset(offset, 1 << WINDOW_BITS)
    }
}

/// The host's side: AXI4-Lite transactions one at a time, as the PCIe bridge makes them. The
/// streams keep running meanwhile, as on the board.
impl RegisterBus for NicSim {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        Self::check(offset)?;
        let a = self.axil;
        self.model.set(a.araddr, u64::from(offset));
        self.model.set(a.arvalid, 1);
        self.model.set(a.rready, 1);
        for _ in 0..AXIL_TIMEOUT_CYCLES {
            self.clock();
            if self.model.get(a.arready) != 0 {
                self.model.set(a.arvalid, 0);
            }
            if self.model.get(a.rvalid) != 0 {
                let value = self.model.get(a.rdata) as u32;
                let resp = self.model.get(a.rresp);
                self.model.set(a.arvalid, 0);
                self.model.set(a.rready, 0);
                return match resp {
                    0 => Ok(value),
                    r => Err(BusError::Backend(format!("RRESP {r} at 0x{offset:x}"))),
                };
            }
        }
        self.model.set(a.arvalid, 0);
        self.model.set(a.rready, 0);
        Err(BusError::ReadTimeout {
            offset,
            cycles: AXIL_TIMEOUT_CYCLES,
        })
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        Self::check(offset)?;
        let a = self.axil;
        self.model.set(a.awaddr, u64::from(offset));
        self.model.set(a.wdata, u64::from(value));
        self.model.set(a.wstrb, 0xf);
        self.model.set(a.awvalid, 1);
        self.model.set(a.wvalid, 1);
        self.model.set(a.bready, 1);
        for _ in 0..AXIL_TIMEOUT_CYCLES {
            self.clock();
            if self.model.get(a.awready) != 0 {
                self.model.set(a.awvalid, 0);
            }
            if self.model.get(a.wready) != 0 {
                self.model.set(a.wvalid, 0);
            }
            if self.model.get(a.bvalid) != 0 {
                let resp = self.model.get(a.bresp);
                self.model.set(a.awvalid, 0);
                self.model.set(a.wvalid, 0);
                self.model.set(a.bready, 0);
                return match resp {
                    0 => Ok(()),
                    r => Err(BusError::Backend(format!("BRESP {r} at 0x{offset:x}"))),
                };
            }
        }
        self.model.set(a.awvalid, 0);
        self.model.set(a.wvalid, 0);
        self.model.set(a.bready, 0);
        Err(BusError::Backend(format!(
            "write to 0x{offset:x} got no response within {AXIL_TIMEOUT_CYCLES} clock cycles"
        )))
    }
}
