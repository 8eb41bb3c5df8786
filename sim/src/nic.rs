//! The U280 board core (`hdl/verilog/boards/nic_core.v`) under Verilator, driven as the board
//! drives it: the host's registers through its AXI4-Lite port (what the PCIe bridge makes of
//! a BAR access), frames into the CMAC's receive stream (no back-pressure: the MAC cannot
//! wait) and out of its transmit stream (always ready), and the host's own frames into the
//! CPU port stream.
//!
//! The register window is the core's: the pipeline's blocks from 0, the board's blocks above
//! (`hdl/src/board_map.rs`). [`NicSim`] is a [`RegisterBus`], so the host driver programs it
//! with the code that programs the board.

use dxedge_host::bus::{BusError, RegisterBus};

use crate::model::{InPort, Model, ModelSpec, OutPort};
use crate::port_pipeline::SimError;

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

/// A stream the core takes (`tready` out) or gives (`tready` in).
#[derive(Clone, Copy, Debug)]
struct Sink {
    tdata: InPort,
    tkeep: InPort,
    tvalid: InPort,
    tlast: InPort,
    tuser: InPort,
    tready: OutPort,
}

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

fn sink(spec: &'static ModelSpec, name: &str) -> Result<Sink, SimError> {
    Ok(Sink {
        tdata: spec.input(&format!("{name}$tdata"))?,
        tkeep: spec.input(&format!("{name}$tkeep"))?,
        tvalid: spec.input(&format!("{name}$tvalid"))?,
        tlast: spec.input(&format!("{name}$tlast"))?,
        tuser: spec.input(&format!("{name}$tuser"))?,
        tready: spec.output(&format!("{name}$tready"))?,
    })
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
    /// `tuser` of every beat (the CMAC's bad-frame flag goes on the last beat only).
    user: u64,
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

/// The board core and what its streams carry.
pub struct NicSim {
    model: Model,
    reset: InPort,
    rx: Sink,
    cpu: Sink,
    tx: Source,
    axil: Axil,
    rx_queue: std::collections::VecDeque<Feed>,
    cpu_queue: std::collections::VecDeque<Feed>,
    tx_frame: Vec<u8>,
    /// Frames the core sent to the MAC, in order.
    pub transmitted: Vec<Vec<u8>>,
    /// Frames the core sent with `tuser` set on their last beat (the MAC would corrupt their
    /// FCS): none, ever.
    pub transmitted_with_error: u64,
}

impl NicSim {
    /// A fresh core, reset.
    pub fn new() -> Result<NicSim, SimError> {
        let spec = spec().ok_or(SimError::NoVerilator)?;
        let mut sim = NicSim {
            model: Model::new(spec),
            reset: spec.input("reset")?,
            rx: sink(spec, "rx_axis")?,
            cpu: sink(spec, "cpu_axis")?,
            tx: source(spec, "tx_axis")?,
            axil: axil(spec)?,
            rx_queue: Default::default(),
            cpu_queue: Default::default(),
            tx_frame: Vec::new(),
            transmitted: Vec::new(),
            transmitted_with_error: 0,
        };
        sim.model.set(sim.tx.tready, 1);
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

    /// A frame from the wire, as the CMAC delivers it (`bad`: its FCS check failed).
    pub fn receive(&mut self, frame: &[u8], bad: bool) {
        self.rx_queue.push_back(Feed {
            frame: frame.to_vec(),
            at: 0,
            user: u64::from(bad),
            user_on_last_only: true,
        });
    }

    /// A frame of the host's, into the CPU port, to leave on egress row `row`.
    pub fn send_from_host(&mut self, frame: &[u8], row: u32) {
        self.cpu_queue.push_back(Feed {
            frame: frame.to_vec(),
            at: 0,
            user: u64::from(row),
            user_on_last_only: false,
        });
    }

    /// Whether frames wait to enter.
    pub fn pending(&self) -> bool {
        !self.rx_queue.is_empty() || !self.cpu_queue.is_empty()
    }

    /// One clock: the next receive beat offered (the MAC does not wait: a beat offered is a
    /// beat delivered), the next CPU beat offered until taken, every transmit beat taken.
    pub fn clock(&mut self) {
        let rx = self.rx_queue.front().map(beat_of);
        match (&rx, self.rx_queue.front()) {
            (Some((bytes, keep, last)), Some(feed)) => {
                self.model.set_bytes(self.rx.tdata, bytes);
                self.model.set(self.rx.tkeep, *keep);
                self.model.set(self.rx.tlast, u64::from(*last));
                let user = if *last || !feed.user_on_last_only {
                    feed.user
                } else {
                    0
                };
                self.model.set(self.rx.tuser, user);
                self.model.set(self.rx.tvalid, 1);
            }
            _ => self.model.set(self.rx.tvalid, 0),
        }
        let cpu = self.cpu_queue.front().map(|f| (beat_of(f), f.user));
        match cpu {
            Some(((bytes, keep, last), row)) => {
                self.model.set_bytes(self.cpu.tdata, &bytes);
                self.model.set(self.cpu.tkeep, keep);
                self.model.set(self.cpu.tlast, u64::from(last));
                self.model.set(self.cpu.tuser, row);
                self.model.set(self.cpu.tvalid, 1);
            }
            None => self.model.set(self.cpu.tvalid, 0),
        }
        self.model.cycle();
        if rx.is_some() {
            Self::advance(&mut self.rx_queue);
        }
        if cpu.is_some() && self.model.get(self.cpu.tready) != 0 {
            Self::advance(&mut self.cpu_queue);
        }
        if self.model.get(self.tx.tvalid) != 0 {
            let keep = self.model.get(self.tx.tkeep);
            let words = self.model.get_words(self.tx.tdata);
            for i in 0..BEAT_BYTES {
                if keep >> i & 1 == 1 {
                    self.tx_frame.push((words[i / 4] >> (8 * (i % 4))) as u8);
                }
            }
            if self.model.get(self.tx.tlast) != 0 {
                if self.model.get(self.tx.tuser) != 0 {
                    self.transmitted_with_error += 1;
                }
                self.transmitted.push(std::mem::take(&mut self.tx_frame));
            }
        }
    }

    fn advance(queue: &mut std::collections::VecDeque<Feed>) {
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
