//! NicCore: the portable logic of the 100G SmartNIC build (Alveo U280), between the vendor
//! 100G MAC and the PCIe DMA/bridge. The board top (`hdl/boards/alveo_u280/`) instantiates
//! the vendor IP, clocking and resets, and this core, generated to
//! `hdl/verilog/boards/nic_core.v`.
//!
//! ```text
//!  CMAC rx_axis ─► rx: FrameFifo (lossy, store and forward: length, drop bad/overflow)
//!  (no tready)        │ tuser = frame length
//!                     ▼
//!                  Datapath100G ─► steer: EgressSteer ─┬─ forward ─► tx: FrameFifo ─► pad ─► CMAC tx_axis
//!                     ▲                                    ├─ punt ────► punts: FrameFifo (lossy)
//!                     │ csr [19:0]                         └─ drop: discarded        │
//!  s_axil ─► bridge: AxilBridge ─► decode ─┬─ 0x000000 pipeline                        ▼
//!  (BAR, via the     (21-bit window)       ├─ 0x100000 regs: BoardRegs ◄─ events   reader: FrameReader
//!   clock converter)                       └─ 0x100100 reader ◄──────────────────────────┘
//!  cpu_axis (the host's frames, tuser = egress row) ─► Datapath100G.cpu_s_axis
//! ```
//!
//! One clock domain: the CMAC's user clock (322.265625 MHz, `gt_txusrclk2`, which also
//! clocks its receive side when the receive FIFO is used; PG203). The PCIe side (250 MHz)
//! reaches the core through an AXI4-Lite clock converter in the board top, so the only
//! clock-domain crossing is in vendor IP made for it.
//!
//! Punted frames go to a register-readable buffer, not to a DMA stream: they are
//! control-plane frames (ARP, BGP, BFD), a few per second, and the host reads them through
//! the same BAR and the same register-bus driver that programs the tables (see
//! `docs/boards.md`). The receive and transmit buffers hold 512 beats (32 KiB) each: three
//! 9600-byte frames, more than the CMAC's largest (its `ctl_rx_max_packet_len`).
//!
//! Frames the host sends (`cpu_axis`) enter the pipeline's CPU port and leave to the MAC
//! between forwarded frames (the steer sends egress `kind` 3 with the forwarded ones). This
//! is where the host's DMA queue enters, in the core's clock; the board top ties it off for
//! now (`docs/synthesis.md`, "The CPU port on a board").

use rust_hdl::prelude::*;

use crate::axil_bridge::{AxilBridge, AxilTarget};
use crate::board_map::{self, slot, NIC};
use crate::board_regs::{self, BoardRegs};
use crate::datapath::Datapath100G;
use crate::egress_steer::EgressSteer;
use crate::frame_fifo::FrameFifo;
use crate::frame_reader::{self, FrameReader};
use crate::stream::{AxisSink, AxisSource};
use crate::tx_pad::TxPad;
use dxedge_host::regmap::{cpu, egress};

/// Address bits of the host window: the pipeline's 2^20 bytes and the board blocks above.
pub const WINDOW_BITS: usize = 21;
/// Event counters of the NIC build ([`board_map::NIC`]).
pub const COUNTERS: usize = 6;

const READER_BITS: usize = frame_reader::LOCAL_BITS;
const REGS_BITS: usize = board_regs::LOCAL_BITS;

type Beats<const U: usize> = FrameFifo<512, 64, 513, U, 9, 10>;

#[derive(LogicBlock)]
pub struct NicCore {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: empties every buffer and the pipeline (tables are kept).
    pub reset: Signal<In, Bit>,
    // CMAC receive (PG203 AXI4-Stream: no tready; tuser = bad frame, with tlast)
    pub rx_axis: AxisSink<512, 64, 1>,
    // CMAC transmit (tuser = 0: no frame is sent with an error)
    pub tx_axis: AxisSource<512, 64, 1>,
    // The host's frames into the CPU port: whole, as they must leave; tuser = egress row
    pub cpu_axis: AxisSink<512, 64, { cpu::BITS }>,
    // Host register window (from the PCIe bridge's AXI4-Lite master)
    pub s_axil: AxilTarget<WINDOW_BITS>,
    // Blocks
    rx: Beats<1>,
    pipeline: Datapath100G,
    steer: EgressSteer<512, 64>,
    tx: Beats<{ egress::BITS }>,
    pad: TxPad<512, 64, 1>,
    punts: FrameFifo<512, 64, 513, { egress::BITS }, 7, 8>,
    reader: FrameReader<512, 64, { egress::BITS }, 16>,
    bridge: AxilBridge<WINDOW_BITS>,
    regs: BoardRegs<COUNTERS>,
    // Decode
    to_board: Signal<Local, Bit>,
    board_slot: Signal<Local, Bits<4>>,
    slot_reader: Constant<Bits<4>>,
}

impl Default for NicCore {
    fn default() -> Self {
        Self::new()
    }
}

impl NicCore {
    /// The full build.
    pub fn new() -> Self {
        Self::with_pipeline(Datapath100G::new())
    }

    /// A build around a given pipeline (tests use one with a small LPM tree).
    pub fn with_pipeline(pipeline: Datapath100G) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rx_axis: Default::default(),
            tx_axis: Default::default(),
            cpu_axis: Default::default(),
            s_axil: Default::default(),
            rx: FrameFifo::new(true),
            pipeline,
            steer: EgressSteer::new(),
            tx: FrameFifo::new(false),
            pad: TxPad::new(),
            punts: FrameFifo::new(true),
            reader: FrameReader::new(),
            bridge: AxilBridge::new(),
            regs: BoardRegs::new(NIC),
            to_board: Default::default(),
            board_slot: Default::default(),
            slot_reader: Constant::new(slot::READER.to_bits()),
        }
    }
}

impl Logic for NicCore {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, rx, pipeline, steer, tx, pad, punts, reader, bridge, regs);
        self.rx.reset.next = self.reset.val();
        self.pipeline.reset.next = self.reset.val();
        // The board carries the to-AWS direction (docs/boards.md).
        self.pipeline.direction.next = false;
        self.steer.reset.next = self.reset.val();
        self.tx.reset.next = self.reset.val();
        self.pad.reset.next = self.reset.val();
        self.punts.reset.next = self.reset.val();
        self.reader.reset.next = self.reset.val();
        self.bridge.reset.next = self.reset.val();
        self.regs.reset.next = self.reset.val();

        // MAC receive: every beat is taken; bad frames (tuser with tlast) are discarded
        self.rx.s_axis.tdata.next = self.rx_axis.tdata.val();
        self.rx.s_axis.tkeep.next = self.rx_axis.tkeep.val();
        self.rx.s_axis.tvalid.next = self.rx_axis.tvalid.val();
        self.rx.s_axis.tlast.next = self.rx_axis.tlast.val();
        self.rx.s_axis.tuser.next = 0.into();
        self.rx.s_bad.next = self.rx_axis.tuser.val() != 0;
        self.rx_axis.tready.next = self.rx.s_axis.tready.val();

        // Pipeline ingress: whole frames, tuser = length
        self.pipeline.s_axis.tdata.next = self.rx.m_axis.tdata.val();
        self.pipeline.s_axis.tkeep.next = self.rx.m_axis.tkeep.val();
        self.pipeline.s_axis.tvalid.next = self.rx.m_axis.tvalid.val();
        self.pipeline.s_axis.tlast.next = self.rx.m_axis.tlast.val();
        self.pipeline.s_axis.tuser.next = self.rx.m_axis.tuser.val();
        self.rx.m_axis.tready.next = self.pipeline.s_axis.tready.val();

        // The host's frames
        self.pipeline.cpu_s_axis.tdata.next = self.cpu_axis.tdata.val();
        self.pipeline.cpu_s_axis.tkeep.next = self.cpu_axis.tkeep.val();
        self.pipeline.cpu_s_axis.tvalid.next = self.cpu_axis.tvalid.val();
        self.pipeline.cpu_s_axis.tlast.next = self.cpu_axis.tlast.val();
        self.pipeline.cpu_s_axis.tuser.next = self.cpu_axis.tuser.val();
        self.cpu_axis.tready.next = self.pipeline.cpu_s_axis.tready.val();

        // Egress: steer by verdict
        self.steer.s_axis.tdata.next = self.pipeline.m_axis.tdata.val();
        self.steer.s_axis.tkeep.next = self.pipeline.m_axis.tkeep.val();
        self.steer.s_axis.tvalid.next = self.pipeline.m_axis.tvalid.val();
        self.steer.s_axis.tlast.next = self.pipeline.m_axis.tlast.val();
        self.steer.s_axis.tuser.next = self.pipeline.m_axis.tuser.val();
        self.pipeline.m_axis.tready.next = self.steer.s_axis.tready.val();

        // Forwarded frames: stored whole (the CMAC wants no gap inside a frame), padded
        self.tx.s_axis.tdata.next = self.steer.fwd.tdata.val();
        self.tx.s_axis.tkeep.next = self.steer.fwd.tkeep.val();
        self.tx.s_axis.tvalid.next = self.steer.fwd.tvalid.val();
        self.tx.s_axis.tlast.next = self.steer.fwd.tlast.val();
        self.tx.s_axis.tuser.next = self.steer.fwd.tuser.val();
        self.tx.s_bad.next = false;
        self.steer.fwd.tready.next = self.tx.s_axis.tready.val();
        self.pad.s_axis.tdata.next = self.tx.m_axis.tdata.val();
        self.pad.s_axis.tkeep.next = self.tx.m_axis.tkeep.val();
        self.pad.s_axis.tvalid.next = self.tx.m_axis.tvalid.val();
        self.pad.s_axis.tlast.next = self.tx.m_axis.tlast.val();
        self.pad.s_axis.tuser.next = 0.into();
        self.tx.m_axis.tready.next = self.pad.s_axis.tready.val();
        self.tx_axis.tdata.next = self.pad.m_axis.tdata.val();
        self.tx_axis.tkeep.next = self.pad.m_axis.tkeep.val();
        self.tx_axis.tvalid.next = self.pad.m_axis.tvalid.val();
        self.tx_axis.tlast.next = self.pad.m_axis.tlast.val();
        self.tx_axis.tuser.next = self.pad.m_axis.tuser.val();
        self.pad.m_axis.tready.next = self.tx_axis.tready.val();

        // Punted frames: kept for the host while there is room, with their verdict
        self.punts.s_axis.tdata.next = self.steer.punt.tdata.val();
        self.punts.s_axis.tkeep.next = self.steer.punt.tkeep.val();
        self.punts.s_axis.tvalid.next = self.steer.punt.tvalid.val();
        self.punts.s_axis.tlast.next = self.steer.punt.tlast.val();
        self.punts.s_axis.tuser.next = self.steer.punt.tuser.val();
        self.punts.s_bad.next = false;
        self.steer.punt.tready.next = self.punts.s_axis.tready.val();
        self.reader.s_axis.tdata.next = self.punts.m_axis.tdata.val();
        self.reader.s_axis.tkeep.next = self.punts.m_axis.tkeep.val();
        self.reader.s_axis.tvalid.next = self.punts.m_axis.tvalid.val();
        self.reader.s_axis.tlast.next = self.punts.m_axis.tlast.val();
        self.reader.s_axis.tuser.next = self.punts.m_axis.tuser.val();
        self.reader.s_tag.next = self.punts.m_tag.val();
        self.punts.m_axis.tready.next = self.reader.s_axis.tready.val();

        // Host window: the pipeline below 2^20, the board blocks above (docs/boards.md)
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
        // Every other board offset is the register block's (it reads 0 where it has none)
        self.regs.bus.addr.next = self.bridge.csr.addr.val().get_bits::<REGS_BITS>(0);
        self.regs.bus.wdata.next = self.bridge.csr.wdata.val();
        self.regs.bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() != self.slot_reader.val());
        self.regs.bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() != self.slot_reader.val());
        // One access at a time: at most one answer a clock
        self.bridge.csr.rvalid.next = self.pipeline.csr.rvalid.val()
            | self.reader.bus.rvalid.val()
            | self.regs.bus.rvalid.val();
        self.bridge.csr.rdata.next = 0.into();
        if self.pipeline.csr.rvalid.val() {
            self.bridge.csr.rdata.next = self.pipeline.csr.rdata.val();
        }
        if self.reader.bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.reader.bus.rdata.val();
        }
        if self.regs.bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.regs.bus.rdata.val();
        }
        self.bridge.s_axil.awaddr.next = self.s_axil.awaddr.val();
        self.bridge.s_axil.awvalid.next = self.s_axil.awvalid.val();
        self.s_axil.awready.next = self.bridge.s_axil.awready.val();
        self.bridge.s_axil.wdata.next = self.s_axil.wdata.val();
        self.bridge.s_axil.wstrb.next = self.s_axil.wstrb.val();
        self.bridge.s_axil.wvalid.next = self.s_axil.wvalid.val();
        self.s_axil.wready.next = self.bridge.s_axil.wready.val();
        self.s_axil.bresp.next = self.bridge.s_axil.bresp.val();
        self.s_axil.bvalid.next = self.bridge.s_axil.bvalid.val();
        self.bridge.s_axil.bready.next = self.s_axil.bready.val();
        self.bridge.s_axil.araddr.next = self.s_axil.araddr.val();
        self.bridge.s_axil.arvalid.next = self.s_axil.arvalid.val();
        self.s_axil.arready.next = self.bridge.s_axil.arready.val();
        self.s_axil.rdata.next = self.bridge.s_axil.rdata.val();
        self.s_axil.rresp.next = self.bridge.s_axil.rresp.val();
        self.s_axil.rvalid.next = self.bridge.s_axil.rvalid.val();
        self.bridge.s_axil.rready.next = self.s_axil.rready.val();

        // Board counters
        self.regs.event[0].next = self.rx.frame_in.val();
        self.regs.event[1].next = self.rx.drop_bad.val();
        self.regs.event[2].next = self.rx.drop_full.val();
        self.regs.event[3].next = self.tx.frame_in.val();
        self.regs.event[4].next = self.punts.frame_in.val();
        self.regs.event[5].next = self.punts.drop_full.val();
    }
}

/// The board window's offsets, for tests and the host.
pub const REGS_BASE: u32 = board_map::BOARD_BASE;
pub const READER_BASE: u32 = board_map::BOARD_BASE + board_map::SLOT * slot::READER as u32;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board_map::{reader, regs};
    use crate::codes::kind;
    use crate::{rising_edge, settle_low};
    use dxedge_host::bus::{BusError, RegisterBus};
    use dxedge_host::config::Config;
    use dxedge_host::driver::Device;
    use std::collections::VecDeque;

    /// The core with a small LPM tree, a CMAC model on both streams and the host on AXI-Lite.
    struct Tb {
        uut: NicCore,
        /// Beats the CMAC delivers, one a clock from the head: (bytes, last, bad).
        rx: VecDeque<(Vec<u8>, bool, bool)>,
        /// Beats the host offers the CPU port, from the head until taken: (bytes, last, row).
        cpu: VecDeque<(Vec<u8>, bool, u64)>,
        /// Frames the CMAC took, as bytes (keep applied).
        tx: Vec<Vec<u8>>,
        tx_cur: Vec<u8>,
        cycles: u64,
    }

    /// tkeep of a beat of `n` bytes.
    fn keep_of(n: usize) -> u64 {
        if n == 64 {
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

    impl Tb {
        fn new() -> Self {
            let mut uut = NicCore::with_pipeline(Datapath100G::with_lpm_levels(4));
            uut.connect_all();
            let mut tb = Tb {
                uut,
                rx: VecDeque::new(),
                cpu: VecDeque::new(),
                tx: Vec::new(),
                tx_cur: Vec::new(),
                cycles: 0,
            };
            tb.uut.reset.next = true;
            tb.clock();
            tb.clock();
            tb.uut.reset.next = false;
            tb
        }

        /// One clock: the CMAC offers its next receive beat and takes every transmit beat.
        fn clock(&mut self) {
            let beat = self.rx.pop_front();
            self.uut.rx_axis.tvalid.next = beat.is_some();
            if let Some((bytes, last, bad)) = beat {
                self.uut.rx_axis.tdata.next = to_bits(&bytes);
                self.uut.rx_axis.tkeep.next = keep_of(bytes.len()).to_bits();
                self.uut.rx_axis.tlast.next = last;
                self.uut.rx_axis.tuser.next = (bad && last).into();
            }
            self.uut.cpu_axis.tvalid.next = !self.cpu.is_empty();
            if let Some((bytes, last, row)) = self.cpu.front() {
                self.uut.cpu_axis.tdata.next = to_bits(bytes);
                self.uut.cpu_axis.tkeep.next = keep_of(bytes.len()).to_bits();
                self.uut.cpu_axis.tlast.next = *last;
                self.uut.cpu_axis.tuser.next = row.to_bits();
            }
            self.uut.tx_axis.tready.next = true;
            settle_low!(self.uut);
            if self.uut.cpu_axis.tvalid.val() && self.uut.cpu_axis.tready.val() {
                self.cpu.pop_front();
            }
            if self.uut.tx_axis.tvalid.val() {
                let keep = self.uut.tx_axis.tkeep.val().to_u64();
                let data = self.uut.tx_axis.tdata.val();
                for i in 0..64 {
                    if keep >> i & 1 == 1 {
                        self.tx_cur.push(data.get_bits::<8>(8 * i).index() as u8);
                    }
                }
                if self.uut.tx_axis.tlast.val() {
                    self.tx.push(std::mem::take(&mut self.tx_cur));
                }
            }
            rising_edge!(self.uut);
            self.cycles += 1;
        }

        fn send(&mut self, frame: &[u8], bad: bool) {
            let n = frame.len().div_ceil(64);
            for (i, c) in frame.chunks(64).enumerate() {
                self.rx.push_back((c.to_vec(), i + 1 == n, bad));
            }
        }

        /// The host sends a frame through the CPU port, to leave on egress row `row`.
        fn send_cpu(&mut self, frame: &[u8], row: u64) {
            let n = frame.len().div_ceil(64);
            for (i, c) in frame.chunks(64).enumerate() {
                self.cpu.push_back((c.to_vec(), i + 1 == n, row));
            }
        }

        fn run(&mut self, clocks: usize) {
            for _ in 0..clocks {
                self.clock();
            }
        }
    }

    /// The host's side: AXI4-Lite transactions, one at a time, as the PCIe bridge makes them.
    impl RegisterBus for Tb {
        fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
            self.uut.s_axil.araddr.next = (offset as u64).to_bits();
            self.uut.s_axil.arvalid.next = true;
            self.uut.s_axil.rready.next = true;
            for _ in 0..200 {
                settle_low!(self.uut);
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
                cycles: 200,
            })
        }

        fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
            self.uut.s_axil.awaddr.next = (offset as u64).to_bits();
            self.uut.s_axil.wdata.next = (value as u64).to_bits();
            self.uut.s_axil.wstrb.next = 0xf.into();
            self.uut.s_axil.awvalid.next = true;
            self.uut.s_axil.wvalid.next = true;
            self.uut.s_axil.bready.next = true;
            for _ in 0..200 {
                settle_low!(self.uut);
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

    const CONFIG: &str = r#"
[port]
speed = "100g"
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 100
mtu = 1500
amazon_address = "169.254.1.1"

[[target]]
name = "vpc"
mac = "02:aa:00:00:00:0a"

[[route]]
vif = "corp"
prefix = "10.0.0.0/8"
target = "vpc"
"#;

    /// A tagged IPv4 frame of `len` bytes (no FCS) with a valid header checksum.
    fn ipv4(vid: u16, dst: [u8; 4], ttl: u8, len: usize) -> Vec<u8> {
        let mut f = vec![0u8; len];
        f[..6].copy_from_slice(&[0x02, 0, 0x5e, 0, 0, 1]);
        f[6..12].copy_from_slice(&[0x02, 0xcc, 0, 0, 0, 7]);
        f[12..14].copy_from_slice(&[0x81, 0x00]);
        f[14..16].copy_from_slice(&vid.to_be_bytes());
        f[16..18].copy_from_slice(&[0x08, 0x00]);
        let ip = &mut f[18..38];
        ip[0] = 0x45;
        ip[2..4].copy_from_slice(&((len - 18) as u16).to_be_bytes());
        ip[8] = ttl;
        ip[9] = 17;
        ip[12..16].copy_from_slice(&[192, 0, 2, 9]);
        ip[16..20].copy_from_slice(&dst);
        let sum = checksum(ip);
        ip[10..12].copy_from_slice(&sum.to_be_bytes());
        for (i, b) in f.iter_mut().enumerate().skip(38) {
            *b = i as u8;
        }
        f
    }

    /// RFC 1071: the complement of the one's-complement sum of 16-bit words.
    fn checksum(header: &[u8]) -> u16 {
        let mut sum: u32 = 0;
        for w in header.chunks(2) {
            sum += u32::from(u16::from_be_bytes([w[0], w[1]]));
        }
        while sum > 0xffff {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        !(sum as u16)
    }

    #[test]
    fn the_driver_programs_it_over_axi_lite_and_frames_go_where_the_config_says() {
        let mut tb = Tb::new();
        // The host finds both blocks
        assert_eq!(tb.read32(0).ok(), Some(dxedge_host::regmap::BLOCK_TYPE));
        assert_eq!(
            tb.read32(REGS_BASE + regs::ID).ok(),
            Some(u32::from_be_bytes(*b"DXNC"))
        );
        tb.write32(REGS_BASE + regs::SCRATCH, 0x5a5a_0001)
            .expect("write");
        assert_eq!(tb.read32(REGS_BASE + regs::SCRATCH).ok(), Some(0x5a5a_0001));

        // The driver that programs the simulated device programs this one
        let config = Config::parse(CONFIG, "nic_core test").expect("config");
        let mut dev = Device::open(&mut tb).expect("open");
        assert_eq!(dev.info().beat_bytes, 64);
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config).expect("compile");
        dev.program(&tables).expect("program");
        drop(dev);

        let routed = ipv4(100, [10, 1, 2, 3], 64, 60);
        let to_peer = ipv4(100, [169, 254, 1, 1], 1, 100);
        let unknown_vlan = ipv4(999, [10, 1, 2, 3], 64, 200);
        let long_routed = ipv4(100, [10, 9, 9, 9], 9, 1000);
        tb.send(&routed, false);
        tb.send(&to_peer, false);
        tb.send(&unknown_vlan, false);
        tb.send(&long_routed, true); // the MAC flags it bad: it never reaches the pipeline
        tb.send(&long_routed, false);
        // The control plane's frame (a BGP keepalive would do): through the CPU port, as is
        let from_host: Vec<u8> = (0..130u32).map(|i| (i * 3) as u8).collect();
        tb.send_cpu(&from_host, 0);
        // The counter clear that follows reset stalls ingress (the receive buffer holds the
        // frames meanwhile); then 400 clocks carry every frame through
        let status = dxedge_host::regmap::STATUS.offset;
        while tb.read32(status).expect("status") & 1 != 0 {}
        tb.run(400);

        // Forwarded: rewritten, untagged (the target has no VLAN), padded to 60 bytes; the
        // host's frame between them, unchanged
        assert_eq!(tb.tx.len(), 3, "two frames forwarded, one from the host");
        let host_frame = tb
            .tx
            .iter()
            .position(|f| f == &from_host)
            .expect("the host's frame left whole");
        tb.tx.remove(host_frame);
        let out = &tb.tx[0];
        assert_eq!(
            out.len(),
            60,
            "56 bytes after the tag is removed, padded to 60"
        );
        assert_eq!(
            &out[..6],
            &[0x02, 0xaa, 0, 0, 0, 0x0a],
            "destination: the target"
        );
        assert_eq!(&out[6..12], &[0x02, 0, 0x5e, 0, 0, 1], "source: the port");
        assert_eq!(&out[12..14], &[0x08, 0x00], "tag removed");
        assert_eq!(out[22], 63, "TTL - 1");
        assert_eq!(checksum(&out[14..34]), 0, "header checksum verifies");
        assert_eq!(&out[34..56], &routed[38..60], "payload unchanged");
        assert_eq!(&out[56..], &[0; 4], "padding is zeros");
        assert_eq!(tb.tx[1].len(), 996);

        // Punted: read back through the punt reader, unchanged, with its verdict
        let mut host = &mut tb;
        assert_eq!(host.read32(READER_BASE + reader::STATUS).ok(), Some(1));
        let len = host.read32(READER_BASE + reader::LENGTH).expect("length") as usize;
        let tag = host.read32(READER_BASE + reader::TAG).expect("tag");
        let mut bytes = Vec::new();
        for _ in 0..len.div_ceil(4) {
            bytes.extend(
                host.read32(READER_BASE + reader::DATA)
                    .expect("data")
                    .to_le_bytes(),
            );
        }
        bytes.truncate(len);
        host.write32(READER_BASE + reader::POP, 0).expect("pop");
        assert_eq!(bytes, to_peer);
        assert_eq!(u64::from(tag) & 3, kind::PUNT);
        assert_eq!(host.read32(READER_BASE + reader::STATUS).ok(), Some(0));

        // Board counters: rx_frames, rx_bad, rx_overflow, tx_frames, punt_frames, punt_overflow
        let counters: Vec<u32> = (0..COUNTERS as u32)
            .map(|i| {
                host.read32(REGS_BASE + regs::COUNTERS + 4 * i)
                    .expect("counter")
            })
            .collect();
        assert_eq!(counters, vec![4, 1, 0, 3, 1, 0]);
        // and the pipeline's own counters, through the driver
        let mut dev = Device::open(&mut host).expect("open");
        let hw = dev.counters(1, 1).expect("counters");
        assert_eq!(hw.vifs[0][0], 3, "VIF rx_packets");
        assert_eq!(hw.vifs[0][2..], [2, 1, 0], "forwarded, punted, dropped");
        assert_eq!(
            hw.targets[0],
            [2, 56 + 996, 1, 130],
            "tx_packets, tx_bytes (before padding), cpu_tx_packets, cpu_tx_bytes"
        );
    }
}
