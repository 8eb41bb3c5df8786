//! The NIC core in rust-hdl's simulator, as the board sees it: a CMAC model on each cage, the
//! host's CPU-port streams, and the host's register accesses as AXI4-Lite transactions (the
//! PCIe bridge's), so the host driver programs it through [`RegisterBus`]. Used by the core's
//! own tests and by `testbench/tests/nic_core_model.rs`, which holds its output to the model.

use std::collections::VecDeque;

use rust_hdl::prelude::*;

use crate::boards::board_map::reader;
use crate::boards::nic_core::NicCore;
use crate::stream::{AxisSink, AxisSource};
use crate::{rising_edge, settle_low};
use dxedge_host::bus::{BusError, RegisterBus};
use dxedge_host::direction::Direction;
use dxedge_host::regmap::cpu;

/// Clocks an AXI4-Lite transaction may take before it is reported as lost.
const AXIL_TIMEOUT: usize = 200;
/// STATUS reads that may find the reader still discarding after a POP (a 9600-byte frame is
/// 150 beats; each read takes a few clocks).
const DISCARD_POLLS: usize = 200;

/// One cage's MAC: the beats it delivers and the frames it took.
#[derive(Default)]
pub struct Cage {
    /// Beats the CMAC delivers, one a clock from the head: (bytes, last, bad).
    rx: VecDeque<(Vec<u8>, bool, bool)>,
    /// Frames the CMAC took, as bytes (keep applied).
    pub tx: Vec<Vec<u8>>,
    tx_cur: Vec<u8>,
}

/// A punted frame as the host reads it: bytes and the verdict word (TAG).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Punt {
    pub bytes: Vec<u8>,
    pub tag: u32,
}

pub struct NicSim {
    /// Boxed: a whole core is most of a megabyte, too much for a test thread's stack.
    pub uut: Box<NicCore>,
    /// CMAC 0, the customer router's cage.
    pub customer: Cage,
    /// CMAC 1, AWS's cage.
    pub aws: Cage,
    /// Beats the host offers each CPU port, from the head until taken: (bytes, last, row).
    cpu: [VecDeque<(Vec<u8>, bool, u64)>; 2],
    pub cycles: u64,
}

/// tkeep of a beat of `n` bytes.
fn keep_of(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

fn to_bits(bytes: &[u8]) -> Bits<512> {
    let mut b: Bits<512> = 0.into();
    for (i, byte) in bytes.iter().enumerate() {
        for k in 0..8 {
            if byte >> k & 1 == 1 {
                b = b.replace_bit(8 * i + k, true);
            }
        }
    }
    b
}

fn beats(frame: &[u8]) -> impl Iterator<Item = (Vec<u8>, bool)> + '_ {
    let n = frame.len().div_ceil(64);
    frame
        .chunks(64)
        .enumerate()
        .map(move |(i, c)| (c.to_vec(), i + 1 == n))
}

fn offer_rx(port: &mut AxisSink<512, 64, 1>, cage: &mut Cage) {
    let beat = cage.rx.pop_front();
    port.tvalid.next = beat.is_some();
    if let Some((bytes, last, bad)) = beat {
        port.tdata.next = to_bits(&bytes);
        port.tkeep.next = keep_of(bytes.len()).to_bits();
        port.tlast.next = last;
        port.tuser.next = (bad && last).into();
    }
}

fn offer_cpu(port: &mut AxisSink<512, 64, { cpu::BITS }>, queue: &VecDeque<(Vec<u8>, bool, u64)>) {
    port.tvalid.next = !queue.is_empty();
    if let Some((bytes, last, row)) = queue.front() {
        port.tdata.next = to_bits(bytes);
        port.tkeep.next = keep_of(bytes.len()).to_bits();
        port.tlast.next = *last;
        port.tuser.next = row.to_bits();
    }
}

/// The MAC takes every beat offered (settled outputs, before the edge).
fn take_tx(port: &AxisSource<512, 64, 1>, cage: &mut Cage) {
    if port.tvalid.val() {
        let keep = port.tkeep.val().to_u64();
        let data = port.tdata.val();
        for i in 0..64 {
            if keep >> i & 1 == 1 {
                cage.tx_cur.push(data.get_bits::<8>(8 * i).index() as u8);
            }
        }
        if port.tlast.val() {
            cage.tx.push(std::mem::take(&mut cage.tx_cur));
        }
    }
}

impl NicSim {
    /// The core around `uut`, reset for two clocks.
    pub fn new(uut: Box<NicCore>) -> Self {
        let mut tb = NicSim {
            uut,
            customer: Cage::default(),
            aws: Cage::default(),
            cpu: [VecDeque::new(), VecDeque::new()],
            cycles: 0,
        };
        tb.uut.connect_all();
        tb.uut.reset.next = true;
        tb.clock();
        tb.clock();
        tb.uut.reset.next = false;
        tb
    }

    /// One clock: each CMAC offers its next receive beat and takes every transmit beat.
    pub fn clock(&mut self) {
        offer_rx(&mut self.uut.customer_rx_axis, &mut self.customer);
        offer_rx(&mut self.uut.aws_rx_axis, &mut self.aws);
        offer_cpu(&mut self.uut.cpu_axis, &self.cpu[0]);
        offer_cpu(&mut self.uut.tc_cpu_axis, &self.cpu[1]);
        self.uut.customer_tx_axis.tready.next = true;
        self.uut.aws_tx_axis.tready.next = true;
        settle_low!(*self.uut);
        if self.uut.cpu_axis.tvalid.val() && self.uut.cpu_axis.tready.val() {
            self.cpu[0].pop_front();
        }
        if self.uut.tc_cpu_axis.tvalid.val() && self.uut.tc_cpu_axis.tready.val() {
            self.cpu[1].pop_front();
        }
        take_tx(&self.uut.customer_tx_axis, &mut self.customer);
        take_tx(&self.uut.aws_tx_axis, &mut self.aws);
        rising_edge!(*self.uut);
        self.cycles += 1;
    }

    /// A frame arrives from the wire on the cage that feeds `direction` (the customer's
    /// cage to AWS, AWS's to the customer); `bad`: the MAC flags it (FCS).
    pub fn receive(&mut self, direction: Direction, frame: &[u8], bad: bool) {
        let cage = match direction {
            Direction::ToAws => &mut self.customer,
            Direction::ToCustomer => &mut self.aws,
        };
        cage.rx
            .extend(beats(frame).map(|(bytes, last)| (bytes, last, bad)));
    }

    /// The host sends a frame through `direction`'s CPU port, to leave on egress row `row`.
    pub fn send_cpu(&mut self, direction: Direction, frame: &[u8], row: u64) {
        let queue = &mut self.cpu[direction.code() as usize];
        queue.extend(beats(frame).map(|(bytes, last)| (bytes, last, row)));
    }

    /// The frames that left in `direction`: on AWS's cage to AWS, the customer's to the
    /// customer.
    pub fn sent(&self, direction: Direction) -> &[Vec<u8>] {
        match direction {
            Direction::ToAws => &self.aws.tx,
            Direction::ToCustomer => &self.customer.tx,
        }
    }

    pub fn run(&mut self, clocks: usize) {
        for _ in 0..clocks {
            self.clock();
        }
    }

    /// Every punted frame waiting in the reader at `base`, read as the host does it.
    pub fn read_punts(&mut self, base: u32) -> Result<Vec<Punt>, BusError> {
        let mut out = Vec::new();
        let mut discarding = 0;
        loop {
            let status = self.read32(base + reader::STATUS)?;
            if status & 2 != 0 {
                // A POP discards the rest of a frame a beat a clock: a few polls at most
                discarding += 1;
                if discarding > DISCARD_POLLS {
                    return Err(BusError::Backend(format!(
                        "the punt reader at 0x{base:x} is still discarding after {DISCARD_POLLS} polls"
                    )));
                }
                continue;
            }
            discarding = 0;
            if status & 1 == 0 {
                return Ok(out);
            }
            let len = self.read32(base + reader::LENGTH)? as usize;
            let tag = self.read32(base + reader::TAG)?;
            let mut bytes = Vec::with_capacity(len + 3);
            for _ in 0..len.div_ceil(4) {
                bytes.extend(self.read32(base + reader::DATA)?.to_le_bytes());
            }
            bytes.truncate(len);
            self.write32(base + reader::POP, 0)?;
            out.push(Punt { bytes, tag });
        }
    }
}

/// The host's side: AXI4-Lite transactions, one at a time, as the PCIe bridge makes them.
impl RegisterBus for NicSim {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.uut.s_axil.araddr.next = (offset as u64).to_bits();
        self.uut.s_axil.arvalid.next = true;
        self.uut.s_axil.rready.next = true;
        for _ in 0..AXIL_TIMEOUT {
            settle_low!(*self.uut);
            if self.uut.s_axil.arready.val() {
                self.clock();
                self.uut.s_axil.arvalid.next = false;
                continue;
            }
            if self.uut.s_axil.rvalid.val() {
                let v = self.uut.s_axil.rdata.val().index() as u32;
                let resp = self.uut.s_axil.rresp.val().index();
                self.clock();
                return match resp {
                    0 => Ok(v),
                    r => Err(BusError::Backend(format!("RRESP {r} at 0x{offset:x}"))),
                };
            }
            self.clock();
        }
        Err(BusError::ReadTimeout {
            offset,
            cycles: AXIL_TIMEOUT as u64,
        })
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.uut.s_axil.awaddr.next = (offset as u64).to_bits();
        self.uut.s_axil.wdata.next = (value as u64).to_bits();
        self.uut.s_axil.wstrb.next = 0xf.into();
        self.uut.s_axil.awvalid.next = true;
        self.uut.s_axil.wvalid.next = true;
        self.uut.s_axil.bready.next = true;
        for _ in 0..AXIL_TIMEOUT {
            settle_low!(*self.uut);
            let (aw, w) = (self.uut.s_axil.awready.val(), self.uut.s_axil.wready.val());
            let b = self.uut.s_axil.bvalid.val();
            self.clock();
            if aw {
                self.uut.s_axil.awvalid.next = false;
            }
            if w {
                self.uut.s_axil.wvalid.next = false;
            }
            if b {
                return Ok(());
            }
        }
        Err(BusError::Backend(format!(
            "write to 0x{offset:x} never answered"
        )))
    }
}
