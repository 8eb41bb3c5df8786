//! BenchCore: the portable logic of the bench-instrument build (an ECP5 board: ULX3S-85F).
//! The board top (`hdl/boards/ulx3s/`) gives it the board's clock and pins; it is generated
//! to `hdl/verilog/boards/bench_core.v`.
//!
//! ```text
//!  rxd ─► bridge: UartBridge ─► decode ─┬─ 0x000000 pipeline registers (both blocks)
//!  txd ◄─┘  (24-bit window)             ├─ 0x100000 regs: BoardRegs ◄── events
//!                                       ├─ 0x100100 reader ◄─ capture ◄─ merge ◄─┬─ m_axis
//!                                       └─ 0x100200 injector                    └─ tc_m_axis
//!                                            │ PORT: direction, ingress or CPU port
//!                                            ▼
//!                  PortPipeline<64> (reduced LPM): s_axis, cpu_s_axis (to AWS),
//!                                                  tc_s_axis, tc_cpu_s_axis (to the customer)
//! ```
//!
//! The 10G port pipeline (64-bit beats, both datapaths) with reduced LPM trees, between a
//! frame injector and a capture buffer, all reached over the USB serial line: program the
//! tables with the host driver, inject frames, read back what came out (bytes and verdicts)
//! and the counters. Nothing is optimized away: every pipeline output reaches the capture
//! buffer or a register. The injector's `PORT` register picks the datapath (to AWS or to the
//! customer) and, within it, the ingress or the CPU port, as the host's control plane would
//! (`docs/synthesis.md`, "The CPU port on a board"). The capture keeps every egress frame of
//! both datapaths, forwarded, punted or dropped, as `drops.pcapng` does in a replay; the
//! reader's TAG gives the verdict and, in bit 15, the direction. The two egress streams are
//! merged a whole frame at a time, taking turns when both have one; when the capture is full
//! new frames are dropped and counted. A power-on reset holds everything for 16 clocks after
//! configuration; the pipeline then clears its counters.

use rust_hdl::prelude::*;

use crate::boards::board_map::{slot, BENCH};
use crate::boards::board_regs::{self, BoardRegs};
use crate::boards::frame_fifo::FrameFifo;
use crate::boards::frame_injector::{self, FrameInjector};
use crate::boards::frame_reader::{self, FrameReader};
use crate::boards::uart_bridge::UartBridge;
use crate::port_pipeline::PortPipeline;
use dxedge_host::regmap::{egress, Capacity};

/// Event counters of the bench build ([`crate::boards::board_map::BENCH`]).
pub const COUNTERS: usize = 4;
const READER_BITS: usize = frame_reader::LOCAL_BITS;
const REGS_BITS: usize = board_regs::LOCAL_BITS;
const INJECTOR_BITS: usize = frame_injector::LOCAL_BITS;
/// The capture's tag: the egress sideband and the direction above it.
const TAG_BITS: usize = egress::BITS + 1;

/// The pipeline of the bench build: the 10G port pipeline (64-bit beats), both directions.
pub type BenchPipeline = PortPipeline<64, 8, 65>;

#[derive(LogicBlock)]
pub struct BenchCore {
    pub clock: Signal<In, Clock>,
    // USB serial line (FT231X on the ULX3S)
    pub rxd: Signal<In, Bit>,
    pub txd: Signal<Out, Bit>,
    /// 0: heartbeat, 1: injector sending, 2: a captured frame waits, 3: serial activity.
    pub led: Signal<Out, Bits<8>>,
    // Blocks
    bridge: UartBridge,
    pipeline: BenchPipeline,
    injector: FrameInjector<64, 8, 9>,
    capture: FrameFifo<64, 8, 65, TAG_BITS, 10, 11>,
    reader: FrameReader<64, 8, TAG_BITS, 2>,
    regs: BoardRegs<COUNTERS>,
    // Egress merge: the capture takes a whole frame from one datapath at a time
    merge_mid: DFF<Bit>,
    merge_tc: DFF<Bit>,
    take_tc: Signal<Local, Bit>,
    to_customer_tag: Constant<Bits<TAG_BITS>>,
    // Power-on reset and LEDs
    por: DFF<Bits<5>>,
    heartbeat: DFF<Bits<25>>,
    activity: DFF<Bits<20>>,
    reset: Signal<Local, Bit>,
    to_board: Signal<Local, Bit>,
    board_slot: Signal<Local, Bits<4>>,
    leds: Signal<Local, Bits<8>>,
    slot_reader: Constant<Bits<4>>,
    slot_injector: Constant<Bits<4>>,
    por_done: Constant<Bits<5>>,
}

impl BenchCore {
    /// `divisor`: clocks per serial bit (clock frequency / baud rate); `capacity`: what each
    /// datapath's tables hold ([`crate::datapath::Datapath::reduced`]).
    pub fn new(divisor: u64, capacity: Capacity) -> Self {
        Self::with_pipeline(divisor, BenchPipeline::reduced(capacity))
    }

    pub fn with_pipeline(divisor: u64, pipeline: BenchPipeline) -> Self {
        Self {
            clock: Default::default(),
            rxd: Default::default(),
            txd: Default::default(),
            led: Default::default(),
            bridge: UartBridge::new(divisor),
            pipeline,
            injector: FrameInjector::new(),
            capture: FrameFifo::new(true),
            reader: FrameReader::new(),
            regs: BoardRegs::new(BENCH),
            merge_mid: Default::default(),
            merge_tc: Default::default(),
            take_tc: Default::default(),
            to_customer_tag: Constant::new(
                (crate::boards::board_map::reader::TAG_TO_CUSTOMER as u64).to_bits(),
            ),
            por: Default::default(),
            heartbeat: Default::default(),
            activity: Default::default(),
            reset: Default::default(),
            to_board: Default::default(),
            board_slot: Default::default(),
            leds: Default::default(),
            slot_reader: Constant::new(slot::READER.to_bits()),
            slot_injector: Constant::new(slot::INJECTOR.to_bits()),
            por_done: Constant::new(16.into()),
        }
    }
}

impl Logic for BenchCore {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, merge_mid, merge_tc, por, heartbeat, activity);
        clock!(self, clock, bridge, pipeline, injector, capture, reader, regs);
        // Flip-flops start at 0 when the FPGA is configured: reset until por reaches 16
        self.reset.next = self.por.q.val() != self.por_done.val();
        if self.reset.val() {
            self.por.d.next = self.por.q.val() + 1;
        }
        self.bridge.reset.next = self.reset.val();
        self.pipeline.reset.next = self.reset.val();
        self.injector.reset.next = self.reset.val();
        self.capture.reset.next = self.reset.val();
        self.reader.reset.next = self.reset.val();
        self.regs.reset.next = self.reset.val();
        self.bridge.rxd.next = self.rxd.val();
        self.txd.next = self.bridge.txd.val();

        // Injector -> the datapath and port PORT names (its ingress, or its CPU port)
        self.pipeline.s_axis.tdata.next = self.injector.m_axis.tdata.val();
        self.pipeline.s_axis.tkeep.next = self.injector.m_axis.tkeep.val();
        self.pipeline.s_axis.tvalid.next = self.injector.m_axis.tvalid.val()
            & !self.injector.to_cpu.val()
            & !self.injector.to_customer.val();
        self.pipeline.s_axis.tlast.next = self.injector.m_axis.tlast.val();
        self.pipeline.s_axis.tuser.next = self.injector.m_axis.tuser.val();
        self.pipeline.cpu_s_axis.tdata.next = self.injector.m_axis.tdata.val();
        self.pipeline.cpu_s_axis.tkeep.next = self.injector.m_axis.tkeep.val();
        self.pipeline.cpu_s_axis.tvalid.next = self.injector.m_axis.tvalid.val()
            & self.injector.to_cpu.val()
            & !self.injector.to_customer.val();
        self.pipeline.cpu_s_axis.tlast.next = self.injector.m_axis.tlast.val();
        self.pipeline.cpu_s_axis.tuser.next = self.injector.row.val();
        self.pipeline.tc_s_axis.tdata.next = self.injector.m_axis.tdata.val();
        self.pipeline.tc_s_axis.tkeep.next = self.injector.m_axis.tkeep.val();
        self.pipeline.tc_s_axis.tvalid.next = self.injector.m_axis.tvalid.val()
            & !self.injector.to_cpu.val()
            & self.injector.to_customer.val();
        self.pipeline.tc_s_axis.tlast.next = self.injector.m_axis.tlast.val();
        self.pipeline.tc_s_axis.tuser.next = self.injector.m_axis.tuser.val();
        self.pipeline.tc_cpu_s_axis.tdata.next = self.injector.m_axis.tdata.val();
        self.pipeline.tc_cpu_s_axis.tkeep.next = self.injector.m_axis.tkeep.val();
        self.pipeline.tc_cpu_s_axis.tvalid.next = self.injector.m_axis.tvalid.val()
            & self.injector.to_cpu.val()
            & self.injector.to_customer.val();
        self.pipeline.tc_cpu_s_axis.tlast.next = self.injector.m_axis.tlast.val();
        self.pipeline.tc_cpu_s_axis.tuser.next = self.injector.row.val();
        self.injector.m_axis.tready.next = self.pipeline.s_axis.tready.val();
        if self.injector.to_cpu.val() {
            self.injector.m_axis.tready.next = self.pipeline.cpu_s_axis.tready.val();
        }
        if self.injector.to_customer.val() {
            self.injector.m_axis.tready.next = self.pipeline.tc_s_axis.tready.val();
            if self.injector.to_cpu.val() {
                self.injector.m_axis.tready.next = self.pipeline.tc_cpu_s_axis.tready.val();
            }
        }

        // Both egress streams -> capture (every verdict), a whole frame at a time. Between
        // frames the side with a frame goes; when both have one, the side that did not go
        // last, so neither direction can hold the other out.
        self.take_tc.next = self.merge_tc.q.val();
        if !self.merge_mid.q.val() {
            if self.pipeline.m_axis.tvalid.val() & !self.pipeline.tc_m_axis.tvalid.val() {
                self.take_tc.next = false;
            }
            if !self.pipeline.m_axis.tvalid.val() & self.pipeline.tc_m_axis.tvalid.val() {
                self.take_tc.next = true;
            }
            if self.pipeline.m_axis.tvalid.val() & self.pipeline.tc_m_axis.tvalid.val() {
                self.take_tc.next = !self.merge_tc.q.val();
            }
        }
        self.capture.s_axis.tdata.next = self.pipeline.m_axis.tdata.val();
        self.capture.s_axis.tkeep.next = self.pipeline.m_axis.tkeep.val();
        self.capture.s_axis.tvalid.next = self.pipeline.m_axis.tvalid.val();
        self.capture.s_axis.tlast.next = self.pipeline.m_axis.tlast.val();
        self.capture.s_axis.tuser.next =
            bit_cast::<TAG_BITS, { egress::BITS }>(self.pipeline.m_axis.tuser.val());
        if self.take_tc.val() {
            self.capture.s_axis.tdata.next = self.pipeline.tc_m_axis.tdata.val();
            self.capture.s_axis.tkeep.next = self.pipeline.tc_m_axis.tkeep.val();
            self.capture.s_axis.tvalid.next = self.pipeline.tc_m_axis.tvalid.val();
            self.capture.s_axis.tlast.next = self.pipeline.tc_m_axis.tlast.val();
            self.capture.s_axis.tuser.next =
                bit_cast::<TAG_BITS, { egress::BITS }>(self.pipeline.tc_m_axis.tuser.val())
                    | self.to_customer_tag.val();
        }
        self.capture.s_bad.next = false;
        self.pipeline.m_axis.tready.next = self.capture.s_axis.tready.val() & !self.take_tc.val();
        self.pipeline.tc_m_axis.tready.next = self.capture.s_axis.tready.val() & self.take_tc.val();
        if self.capture.s_axis.tvalid.val() & self.capture.s_axis.tready.val() {
            self.merge_mid.d.next = !self.capture.s_axis.tlast.val();
            self.merge_tc.d.next = self.take_tc.val();
        }
        if self.reset.val() {
            self.merge_mid.d.next = false;
        }
        self.reader.s_axis.tdata.next = self.capture.m_axis.tdata.val();
        self.reader.s_axis.tkeep.next = self.capture.m_axis.tkeep.val();
        self.reader.s_axis.tvalid.next = self.capture.m_axis.tvalid.val();
        self.reader.s_axis.tlast.next = self.capture.m_axis.tlast.val();
        self.reader.s_axis.tuser.next = self.capture.m_axis.tuser.val();
        self.reader.s_tag.next = self.capture.m_tag.val();
        self.capture.m_axis.tready.next = self.reader.s_axis.tready.val();

        // Register window (docs/boards.md)
        self.to_board.next = self.bridge.csr.addr.val().get_bit(20);
        self.board_slot.next = self.bridge.csr.addr.val().get_bits::<4>(8);
        self.pipeline.csr.addr.next = self.bridge.csr.addr.val().get_bits::<20>(0);
        self.pipeline.csr.wdata.next = self.bridge.csr.wdata.val();
        self.pipeline.csr.write.next = self.bridge.csr.write.val() & !self.to_board.val();
        self.pipeline.csr.read.next = self.bridge.csr.read.val() & !self.to_board.val();
        self.reader.bus.addr.next = self.bridge.csr.addr.val().get_bits::<READER_BITS>(0);
        self.reader.bus.wdata.next = self.bridge.csr.wdata.val();
        self.reader.bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_reader.val());
        self.reader.bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_reader.val());
        self.injector.bus.addr.next = self.bridge.csr.addr.val().get_bits::<INJECTOR_BITS>(0);
        self.injector.bus.wdata.next = self.bridge.csr.wdata.val();
        self.injector.bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_injector.val());
        self.injector.bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_injector.val());
        // Every other board offset is the register block's (it reads 0 where it has none)
        self.regs.bus.addr.next = self.bridge.csr.addr.val().get_bits::<REGS_BITS>(0);
        self.regs.bus.wdata.next = self.bridge.csr.wdata.val();
        self.regs.bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() != self.slot_reader.val())
            & (self.board_slot.val() != self.slot_injector.val());
        self.regs.bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() != self.slot_reader.val())
            & (self.board_slot.val() != self.slot_injector.val());
        self.bridge.csr.rvalid.next = self.pipeline.csr.rvalid.val()
            | self.reader.bus.rvalid.val()
            | self.injector.bus.rvalid.val()
            | self.regs.bus.rvalid.val();
        self.bridge.csr.rdata.next = 0.into();
        if self.pipeline.csr.rvalid.val() {
            self.bridge.csr.rdata.next = self.pipeline.csr.rdata.val();
        }
        if self.reader.bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.reader.bus.rdata.val();
        }
        if self.injector.bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.injector.bus.rdata.val();
        }
        if self.regs.bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.regs.bus.rdata.val();
        }

        // Counters: injected, captured, capture overflow, egress frames
        self.regs.event[0].next = self.injector.frame_sent.val();
        self.regs.event[1].next = self.capture.frame_in.val();
        self.regs.event[2].next = self.capture.drop_full.val();
        self.regs.event[3].next = self.capture.s_axis.tvalid.val()
            & self.capture.s_axis.tready.val()
            & self.capture.s_axis.tlast.val();

        // LEDs: heartbeat (bit 24 of a free-running counter: about 0.7 s at 25 MHz), sending,
        // capture waiting, and serial activity stretched to be visible
        self.heartbeat.d.next = self.heartbeat.q.val() + 1;
        if self.activity.q.val() != 0 {
            self.activity.d.next = self.activity.q.val() - 1;
        }
        if !self.rxd.val() | !self.bridge.txd.val() {
            self.activity.d.next = 0xfffff.into();
        }
        self.leds.next = 0.into();
        if self.heartbeat.q.val().get_bit(24) {
            self.leds.next = 1.into();
        }
        if self.injector.m_axis.tvalid.val() {
            self.leds.next = self.leds.val() | 2;
        }
        if self.capture.m_axis.tvalid.val() {
            self.leds.next = self.leds.val() | 4;
        }
        if self.activity.q.val() != 0 {
            self.leds.next = self.leds.val() | 8;
        }
        self.led.next = self.leds.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::board_map::{injector, reader, regs, BOARD_BASE, SLOT};
    use crate::codes::{kind, reason};
    use crate::{rising_edge, settle_low};
    use dxedge_host::bus::{BusError, RegisterBus};
    use dxedge_host::config::Config;
    use dxedge_host::direction::Direction;
    use dxedge_host::driver::Device;
    use dxedge_host::serial::SerialBus;
    use std::io;

    const DIV: usize = 4;
    const READER: u32 = BOARD_BASE + SLOT * slot::READER as u32;
    const INJECTOR: u32 = BOARD_BASE + SLOT * slot::INJECTOR as u32;

    /// The core and a host on its serial line, byte by byte as a USB-serial adapter sends.
    struct Tb {
        /// Boxed: the core (two datapaths, each with 16 LPM levels of rust-hdl blocks) is a
        /// few hundred kilobytes, too much to move around a test thread's stack
        uut: Box<BenchCore>,
        clocks: u64,
    }

    impl Tb {
        fn new() -> Self {
            let mut uut = Box::new(BenchCore::new(
                DIV as u64,
                Capacity {
                    lpm_levels: 4,
                    ..dxedge_host::regmap::CAPACITY
                },
            ));
            uut.connect_all();
            let mut tb = Tb { uut, clocks: 0 };
            tb.uut.rxd.next = true;
            for _ in 0..40 {
                tb.clock();
            }
            tb
        }

        fn clock(&mut self) -> bool {
            settle_low!(*self.uut);
            let txd = self.uut.txd.val();
            rising_edge!(*self.uut);
            self.clocks += 1;
            txd
        }

        fn send(&mut self, bytes: &[u8]) {
            for b in bytes {
                let mut bits = vec![false];
                bits.extend((0..8).map(|i| b >> i & 1 == 1));
                bits.push(true);
                for bit in bits {
                    self.uut.rxd.next = bit;
                    for _ in 0..DIV {
                        self.clock();
                    }
                }
            }
            self.uut.rxd.next = true;
        }

        /// Receive one byte from txd (sampling mid-bit), or time out.
        fn receive(&mut self) -> io::Result<u8> {
            let mut waited = 0;
            while self.clock() {
                waited += 1;
                if waited > 20_000 {
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "no start bit"));
                }
            }
            // Start bit seen: sample the middle of the 8 data bits
            for _ in 0..DIV / 2 {
                self.clock();
            }
            let mut byte = 0u8;
            for i in 0..8 {
                let mut level = true;
                for _ in 0..DIV {
                    level = self.clock();
                }
                byte |= (level as u8) << i;
            }
            for _ in 0..DIV {
                self.clock();
            }
            Ok(byte)
        }
    }

    /// The host's side of the line, as a tty is to `SerialBus` beside a board: bytes written
    /// are sent bit by bit at the bridge's rate, bytes read are sampled from txd.
    impl io::Write for Tb {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.send(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl io::Read for Tb {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match buf.first_mut() {
                Some(b) => {
                    *b = self.receive()?;
                    Ok(1)
                }
                None => Ok(0),
            }
        }
    }

    const CONFIG: &str = r#"
[port]
speed = "10g"
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 100
mtu = 1500
customer_mac = "02:cc:00:00:00:07"

[[target]]
name = "vpc"
mac = "02:aa:00:00:00:0a"
vlan = 200

[[route]]
vif = "corp"
prefix = "10.0.0.0/8"
target = "vpc"

[[customer_route]]
vif = "corp"
prefix = "10.0.0.0/8"
preference = "high"
"#;

    /// A tagged IPv4/UDP frame of 64 bytes with a valid header checksum.
    fn frame(vid: u16) -> Vec<u8> {
        let mut f = vec![0u8; 64];
        f[..6].copy_from_slice(&[0x02, 0, 0x5e, 0, 0, 1]);
        f[6..12].copy_from_slice(&[0x02, 0xcc, 0, 0, 0, 7]);
        f[12..14].copy_from_slice(&[0x81, 0x00]);
        f[14..16].copy_from_slice(&vid.to_be_bytes());
        f[16..18].copy_from_slice(&[0x08, 0x00]);
        let ip = [
            0x45, 0, 0, 46, 0, 0, 0, 0, 64, 17, 0, 0, 192, 0, 2, 9, 10, 1, 2, 3,
        ];
        f[18..38].copy_from_slice(&ip);
        let mut sum: u32 = ip
            .chunks(2)
            .map(|w| u32::from(u16::from_be_bytes([w[0], w[1]])))
            .sum();
        while sum > 0xffff {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        f[28..30].copy_from_slice(&(!(sum as u16)).to_be_bytes());
        f
    }

    fn inject(tb: &mut impl RegisterBus, bytes: &[u8], count: u32) -> Result<(), BusError> {
        tb.write32(INJECTOR + injector::ADDR, 0)?;
        let mut padded = bytes.to_vec();
        padded.resize(bytes.len().div_ceil(8) * 8, 0);
        for w in padded.chunks(4) {
            tb.write32(
                INJECTOR + injector::DATA,
                u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
            )?;
        }
        tb.write32(INJECTOR + injector::LENGTH, bytes.len() as u32)?;
        tb.write32(INJECTOR + injector::COUNT, count)
    }

    fn capture(tb: &mut impl RegisterBus) -> Result<Option<(Vec<u8>, u32)>, BusError> {
        if tb.read32(READER + reader::STATUS)? & 1 == 0 {
            return Ok(None);
        }
        let len = tb.read32(READER + reader::LENGTH)? as usize;
        let tag = tb.read32(READER + reader::TAG)?;
        let mut bytes = Vec::new();
        for _ in 0..len.div_ceil(4) {
            bytes.extend(tb.read32(READER + reader::DATA)?.to_le_bytes());
        }
        bytes.truncate(len);
        tb.write32(READER + reader::POP, 0)?;
        Ok(Some((bytes, tag)))
    }

    #[test]
    fn over_the_serial_line_the_driver_programs_it_and_injected_frames_are_captured(
    ) -> Result<(), BusError> {
        // The host's serial backend, the one that talks to a board, on the simulated line
        let mut tb = SerialBus::new(Tb::new(), "the simulated serial line");
        assert_eq!(
            tb.read32(BOARD_BASE + regs::ID)?,
            u32::from_be_bytes(*b"DXBC")
        );
        let config = Config::parse(CONFIG, "bench_core test").expect("config");
        let mut dev = Device::open(&mut tb).expect("open");
        assert_eq!(dev.info().beat_bytes, 8);
        assert_eq!(dev.info().capacity.lpm_levels, 4);
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config).expect("compile");
        dev.program(&tables).expect("program");
        drop(dev);

        let routed = frame(100);
        inject(&mut tb, &routed, 3)?;
        inject(&mut tb, &frame(999), 1)?;
        for _ in 0..200 {
            tb.line_mut().clock();
        }
        let mut got = Vec::new();
        while let Some(f) = capture(&mut tb)? {
            got.push(f);
        }
        assert_eq!(got.len(), 4, "every egress frame is captured");
        for (bytes, tag) in &got[..3] {
            assert_eq!(u64::from(*tag) & 3, kind::FORWARD);
            assert_eq!(bytes.len(), 64, "retagged: same length");
            assert_eq!(&bytes[..6], &[0x02, 0xaa, 0, 0, 0, 0x0a]);
            assert_eq!(u16::from_be_bytes([bytes[14], bytes[15]]) & 0xfff, 200);
            assert_eq!(bytes[26], 63, "TTL - 1");
        }
        let (dropped, tag) = &got[3];
        assert_eq!(dropped, &frame(999), "drops are captured unchanged");
        assert_eq!(u64::from(*tag) & 3, kind::DROP);
        assert_eq!(u64::from(*tag) >> 2 & 7, reason::UNKNOWN_VLAN);
        // injected, captured, capture overflow, egress
        let counters: Vec<u32> = (0..COUNTERS as u32)
            .map(|i| tb.read32(BOARD_BASE + regs::COUNTERS + 4 * i))
            .collect::<Result<_, _>>()?;
        assert_eq!(counters, vec![4, 4, 0, 4]);

        // The CPU port: a frame as the control plane sends it (here an ARP request, tagged
        // for the target's VLAN), out unchanged beside the pipeline's, kind 3, row 0
        let mut arp = vec![0xff; 6];
        arp.extend([0x02, 0, 0x5e, 0, 0, 1, 0x81, 0, 0, 200, 0x08, 0x06]);
        arp.resize(64, 0x5a);
        tb.write32(INJECTOR + injector::PORT, injector::PORT_CPU)?;
        inject(&mut tb, &arp, 2)?;
        tb.write32(INJECTOR + injector::PORT, 0)?;
        inject(&mut tb, &routed, 1)?;
        for _ in 0..200 {
            tb.line_mut().clock();
        }
        let mut got = Vec::new();
        while let Some(f) = capture(&mut tb)? {
            got.push(f);
        }
        assert_eq!(got.len(), 3);
        for (bytes, tag) in &got[..2] {
            assert_eq!(bytes, &arp, "sent unchanged");
            assert_eq!(u64::from(*tag) & 3, kind::CPU);
            assert_eq!(u64::from(*tag) >> 5, 0, "egress row 0");
        }
        assert_eq!(u64::from(got[2].1) & 3, kind::FORWARD);
        let mut dev = Device::open(&mut tb).expect("open");
        let hw = dev.counters(1, 1).expect("counters");
        assert_eq!(hw.vifs[0][..3], [4, 4 * 64, 4]);
        assert_eq!(
            hw.targets[0],
            [4, 4 * 64, 2, 2 * 64],
            "tx: the pipeline's frames; cpu_tx: the CPU port's"
        );
        assert!(
            got.iter()
                .all(|(_, tag)| tag & reader::TAG_TO_CUSTOMER == 0),
            "all of them left the to-AWS datapath"
        );
        Ok(())
    }

    #[test]
    fn the_injector_feeds_either_direction_and_the_capture_says_which() -> Result<(), BusError> {
        let mut tb = SerialBus::new(Tb::new(), "the simulated serial line");
        let config = Config::parse(CONFIG, "bench_core test").expect("config");
        let blocks = dxedge_host::driver::blocks(&mut tb).expect("blocks");
        assert_eq!(
            blocks.iter().map(|b| b.direction).collect::<Vec<_>>(),
            Direction::ALL,
            "both datapaths on the bus, to AWS first"
        );
        for direction in Direction::ALL {
            let mut dev = Device::open_direction(&mut tb, direction).expect("open");
            dev.assume_zeroed().expect("zeroed");
            let tables = dev.compile(&config).expect("compile");
            dev.program(&tables).expect("program");
        }

        // From the target's VLAN to the customer's router, on the VIF's VLAN; an unknown
        // VLAN dropped; then a frame the other way, into the to-AWS datapath
        tb.write32(INJECTOR + injector::PORT, injector::PORT_TO_CUSTOMER)?;
        inject(&mut tb, &frame(200), 2)?;
        inject(&mut tb, &frame(999), 1)?;
        tb.write32(INJECTOR + injector::PORT, 0)?;
        inject(&mut tb, &frame(100), 1)?;
        for _ in 0..200 {
            tb.line_mut().clock();
        }
        let mut got = Vec::new();
        while let Some(f) = capture(&mut tb)? {
            got.push(f);
        }
        assert_eq!(
            got.len(),
            4,
            "every egress frame of both datapaths is captured"
        );
        for (bytes, tag) in &got[..2] {
            assert_ne!(tag & reader::TAG_TO_CUSTOMER, 0, "to the customer");
            assert_eq!(u64::from(*tag) & 3, kind::FORWARD);
            assert_eq!(
                &bytes[..6],
                &[0x02, 0xcc, 0, 0, 0, 7],
                "the customer's router"
            );
            assert_eq!(u16::from_be_bytes([bytes[14], bytes[15]]) & 0xfff, 100);
            assert_eq!(bytes[26], 63, "TTL - 1");
        }
        assert_ne!(got[2].1 & reader::TAG_TO_CUSTOMER, 0);
        assert_eq!(got[2].0, frame(999));
        assert_eq!(u64::from(got[2].1) >> 2 & 7, reason::UNKNOWN_VLAN);
        assert_eq!(got[3].1 & reader::TAG_TO_CUSTOMER, 0, "to AWS");
        assert_eq!(u64::from(got[3].1) & 3, kind::FORWARD);
        assert_eq!(&got[3].0[..6], &[0x02, 0xaa, 0, 0, 0, 0x0a], "the target");

        let mut dev = Device::open_direction(&mut tb, Direction::ToCustomer).expect("open");
        let hw = dev.counters(1, 1).expect("counters");
        assert_eq!(
            hw.vifs[0][..3],
            [2, 2 * 64, 2],
            "the target's rx and forwarded"
        );
        assert_eq!(hw.targets[0][..2], [2, 2 * 64], "the VIF's tx");
        let mut dev = Device::open_direction(&mut tb, Direction::ToAws).expect("open");
        let hw = dev.counters(1, 1).expect("counters");
        assert_eq!(hw.vifs[0][..3], [1, 64, 1]);
        Ok(())
    }
}
