//! NicCore: the portable logic of the 100G SmartNIC build (Alveo U280), between the two
//! vendor 100G MACs and the PCIe DMA/bridge. The board top (`hdl/boards/alveo_u280/`)
//! instantiates the vendor IP, clocking and resets, and this core, generated to
//! `hdl/verilog/boards/nic_core.v`.
//!
//! ```text
//!  customer_rx_axis ─► to_aws: NicDirection ─► PortPipeline100G ─► to_aws: NicDirection ─► aws_tx_axis
//!  (CMAC 0, QSFP0:     (rx buffer)             s_axis ─► m_axis     (steer, tx buffer,      (CMAC 1, QSFP1:
//!   the customer)                              cpu_s_axis ◄─ cpu_axis  pad; punts ─► reader)   AWS)
//!
//!  customer_tx_axis ◄─ to_customer: NicDirection ◄─ tc_m_axis ◄─ tc_s_axis ◄─ to_customer ◄─ aws_rx_axis
//!                      (steer, tx buffer, pad;      tc_cpu_s_axis ◄─ tc_cpu_axis  (rx buffer)
//!                       punts ─► reader)
//!
//!  s_axil ─► bridge: AxilBridge ─┬─ 0x000000 pipeline: to AWS (NEXT ─► 0x080000: to the customer)
//!  (BAR, via the  (21-bit window)├─ 0x100000 regs: BoardRegs ◄─ both directions' events
//!   clock converter)             ├─ 0x100100 to-AWS punt reader
//!                                └─ 0x100300 to-customer punt reader
//! ```
//!
//! One clock domain: CMAC 0's user clock (322.265625 MHz, `gt_txusrclk2`), which also clocks
//! the receive side of both CMACs (their receive FIFOs cross from the recovered clocks; PG203).
//! CMAC 1's transmit side runs on its own `gt_txusrclk2`: the board top reaches it through an
//! asynchronous packet FIFO, and the PCIe side (250 MHz) through an AXI4-Lite clock converter,
//! so every clock-domain crossing is in vendor IP made for it.
//!
//! Punted frames go to register-readable buffers, one per direction (`NicDirection`), not to a
//! DMA stream: they are control-plane frames (ARP, BGP, BFD), a few per second, and the host
//! reads them through the same BAR and the same register-bus driver that programs the tables
//! (`docs/boards.md` says why one per direction). The receive and transmit buffers hold 512
//! beats (32 KiB) each: three 9600-byte frames, more than the CMAC's largest (its
//! `ctl_rx_max_packet_len`).
//!
//! Frames the host sends enter each direction's CPU port (`cpu_axis` to AWS, `tc_cpu_axis` to
//! the customer) and leave to that direction's MAC between forwarded frames (the steer sends
//! egress `kind` 3 with the forwarded ones). This is where the host's DMA queues enter, in the
//! core's clock; the board top ties them off for now (`docs/synthesis.md`, "The CPU port on a
//! board").

use rust_hdl::prelude::*;

use crate::boards::axil_bridge::{AxilBridge, AxilTarget};
use crate::boards::board_map::{self, slot, NIC};
use crate::boards::board_regs::{self, BoardRegs};
use crate::boards::nic_direction::{NicDirection, READER_BITS};
use crate::port_pipeline::PortPipeline100G;
use crate::stream::{AxisSink, AxisSource};
use dxedge_host::regmap::cpu;

/// Address bits of the host window: the pipeline's 2^20 bytes and the board blocks above.
pub const WINDOW_BITS: usize = 21;
/// Event counters of the NIC build ([`board_map::NIC`]): six a direction.
pub const COUNTERS: usize = 12;

const REGS_BITS: usize = board_regs::LOCAL_BITS;

#[derive(LogicBlock)]
pub struct NicCore {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: empties every buffer and both datapaths (tables are kept).
    pub reset: Signal<In, Bit>,
    // CMAC 0, the customer router's cage (PG203 AXI4-Stream: receive has no tready, tuser =
    // bad frame with tlast; transmit tuser = 0: no frame is sent with an error)
    pub customer_rx_axis: AxisSink<512, 64, 1>,
    pub customer_tx_axis: AxisSource<512, 64, 1>,
    // CMAC 1, AWS's cage
    pub aws_rx_axis: AxisSink<512, 64, 1>,
    pub aws_tx_axis: AxisSource<512, 64, 1>,
    // The host's frames into the CPU ports: whole, as they must leave; tuser = egress row (a
    // target to AWS, a VIF to the customer)
    pub cpu_axis: AxisSink<512, 64, { cpu::BITS }>,
    pub tc_cpu_axis: AxisSink<512, 64, { cpu::BITS }>,
    // Host register window (from the PCIe bridge's AXI4-Lite master)
    pub s_axil: AxilTarget<WINDOW_BITS>,
    // Blocks
    pipeline: PortPipeline100G,
    to_aws: NicDirection,
    to_customer: NicDirection,
    bridge: AxilBridge<WINDOW_BITS>,
    regs: BoardRegs<COUNTERS>,
    // Decode
    to_board: Signal<Local, Bit>,
    board_slot: Signal<Local, Bits<4>>,
    slot_reader: Constant<Bits<4>>,
    slot_tc_reader: Constant<Bits<4>>,
}

impl Default for NicCore {
    fn default() -> Self {
        Self::new()
    }
}

impl NicCore {
    /// The full build.
    pub fn new() -> Self {
        Self::with_pipeline(PortPipeline100G::new())
    }

    /// A build around a given port pipeline (tests use one with small LPM trees).
    pub fn with_pipeline(pipeline: PortPipeline100G) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            customer_rx_axis: Default::default(),
            customer_tx_axis: Default::default(),
            aws_rx_axis: Default::default(),
            aws_tx_axis: Default::default(),
            cpu_axis: Default::default(),
            tc_cpu_axis: Default::default(),
            s_axil: Default::default(),
            pipeline,
            to_aws: NicDirection::new(),
            to_customer: NicDirection::new(),
            bridge: AxilBridge::new(),
            regs: BoardRegs::new(NIC),
            to_board: Default::default(),
            board_slot: Default::default(),
            slot_reader: Constant::new(slot::READER.to_bits()),
            slot_tc_reader: Constant::new(slot::TC_READER.to_bits()),
        }
    }
}

impl Logic for NicCore {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, pipeline, to_aws, to_customer, bridge, regs);
        self.pipeline.reset.next = self.reset.val();
        self.to_aws.reset.next = self.reset.val();
        self.to_customer.reset.next = self.reset.val();
        self.bridge.reset.next = self.reset.val();
        self.regs.reset.next = self.reset.val();

        // To AWS: in from the customer's cage, out to AWS's
        self.to_aws.rx_axis.tdata.next = self.customer_rx_axis.tdata.val();
        self.to_aws.rx_axis.tkeep.next = self.customer_rx_axis.tkeep.val();
        self.to_aws.rx_axis.tvalid.next = self.customer_rx_axis.tvalid.val();
        self.to_aws.rx_axis.tlast.next = self.customer_rx_axis.tlast.val();
        self.to_aws.rx_axis.tuser.next = self.customer_rx_axis.tuser.val();
        self.customer_rx_axis.tready.next = self.to_aws.rx_axis.tready.val();
        self.pipeline.s_axis.tdata.next = self.to_aws.to_pipeline.tdata.val();
        self.pipeline.s_axis.tkeep.next = self.to_aws.to_pipeline.tkeep.val();
        self.pipeline.s_axis.tvalid.next = self.to_aws.to_pipeline.tvalid.val();
        self.pipeline.s_axis.tlast.next = self.to_aws.to_pipeline.tlast.val();
        self.pipeline.s_axis.tuser.next = self.to_aws.to_pipeline.tuser.val();
        self.to_aws.to_pipeline.tready.next = self.pipeline.s_axis.tready.val();
        self.pipeline.cpu_s_axis.tdata.next = self.cpu_axis.tdata.val();
        self.pipeline.cpu_s_axis.tkeep.next = self.cpu_axis.tkeep.val();
        self.pipeline.cpu_s_axis.tvalid.next = self.cpu_axis.tvalid.val();
        self.pipeline.cpu_s_axis.tlast.next = self.cpu_axis.tlast.val();
        self.pipeline.cpu_s_axis.tuser.next = self.cpu_axis.tuser.val();
        self.cpu_axis.tready.next = self.pipeline.cpu_s_axis.tready.val();
        self.to_aws.from_pipeline.tdata.next = self.pipeline.m_axis.tdata.val();
        self.to_aws.from_pipeline.tkeep.next = self.pipeline.m_axis.tkeep.val();
        self.to_aws.from_pipeline.tvalid.next = self.pipeline.m_axis.tvalid.val();
        self.to_aws.from_pipeline.tlast.next = self.pipeline.m_axis.tlast.val();
        self.to_aws.from_pipeline.tuser.next = self.pipeline.m_axis.tuser.val();
        self.pipeline.m_axis.tready.next = self.to_aws.from_pipeline.tready.val();
        self.aws_tx_axis.tdata.next = self.to_aws.tx_axis.tdata.val();
        self.aws_tx_axis.tkeep.next = self.to_aws.tx_axis.tkeep.val();
        self.aws_tx_axis.tvalid.next = self.to_aws.tx_axis.tvalid.val();
        self.aws_tx_axis.tlast.next = self.to_aws.tx_axis.tlast.val();
        self.aws_tx_axis.tuser.next = self.to_aws.tx_axis.tuser.val();
        self.to_aws.tx_axis.tready.next = self.aws_tx_axis.tready.val();

        // To the customer: in from AWS's cage, out to the customer's
        self.to_customer.rx_axis.tdata.next = self.aws_rx_axis.tdata.val();
        self.to_customer.rx_axis.tkeep.next = self.aws_rx_axis.tkeep.val();
        self.to_customer.rx_axis.tvalid.next = self.aws_rx_axis.tvalid.val();
        self.to_customer.rx_axis.tlast.next = self.aws_rx_axis.tlast.val();
        self.to_customer.rx_axis.tuser.next = self.aws_rx_axis.tuser.val();
        self.aws_rx_axis.tready.next = self.to_customer.rx_axis.tready.val();
        self.pipeline.tc_s_axis.tdata.next = self.to_customer.to_pipeline.tdata.val();
        self.pipeline.tc_s_axis.tkeep.next = self.to_customer.to_pipeline.tkeep.val();
        self.pipeline.tc_s_axis.tvalid.next = self.to_customer.to_pipeline.tvalid.val();
        self.pipeline.tc_s_axis.tlast.next = self.to_customer.to_pipeline.tlast.val();
        self.pipeline.tc_s_axis.tuser.next = self.to_customer.to_pipeline.tuser.val();
        self.to_customer.to_pipeline.tready.next = self.pipeline.tc_s_axis.tready.val();
        self.pipeline.tc_cpu_s_axis.tdata.next = self.tc_cpu_axis.tdata.val();
        self.pipeline.tc_cpu_s_axis.tkeep.next = self.tc_cpu_axis.tkeep.val();
        self.pipeline.tc_cpu_s_axis.tvalid.next = self.tc_cpu_axis.tvalid.val();
        self.pipeline.tc_cpu_s_axis.tlast.next = self.tc_cpu_axis.tlast.val();
        self.pipeline.tc_cpu_s_axis.tuser.next = self.tc_cpu_axis.tuser.val();
        self.tc_cpu_axis.tready.next = self.pipeline.tc_cpu_s_axis.tready.val();
        self.to_customer.from_pipeline.tdata.next = self.pipeline.tc_m_axis.tdata.val();
        self.to_customer.from_pipeline.tkeep.next = self.pipeline.tc_m_axis.tkeep.val();
        self.to_customer.from_pipeline.tvalid.next = self.pipeline.tc_m_axis.tvalid.val();
        self.to_customer.from_pipeline.tlast.next = self.pipeline.tc_m_axis.tlast.val();
        self.to_customer.from_pipeline.tuser.next = self.pipeline.tc_m_axis.tuser.val();
        self.pipeline.tc_m_axis.tready.next = self.to_customer.from_pipeline.tready.val();
        self.customer_tx_axis.tdata.next = self.to_customer.tx_axis.tdata.val();
        self.customer_tx_axis.tkeep.next = self.to_customer.tx_axis.tkeep.val();
        self.customer_tx_axis.tvalid.next = self.to_customer.tx_axis.tvalid.val();
        self.customer_tx_axis.tlast.next = self.to_customer.tx_axis.tlast.val();
        self.customer_tx_axis.tuser.next = self.to_customer.tx_axis.tuser.val();
        self.to_customer.tx_axis.tready.next = self.customer_tx_axis.tready.val();

        // Host window: the pipeline below 2^20 (its two blocks: the port pipeline decodes
        // bit 19), the board blocks above (docs/boards.md)
        self.to_board.next = self.bridge.csr.addr.val().get_bit(20);
        self.board_slot.next = self.bridge.csr.addr.val().get_bits::<4>(8);
        self.pipeline.csr.addr.next = self.bridge.csr.addr.val().get_bits::<20>(0);
        self.pipeline.csr.wdata.next = self.bridge.csr.wdata.val();
        self.pipeline.csr.write.next = self.bridge.csr.write.val() & !self.to_board.val();
        self.pipeline.csr.read.next = self.bridge.csr.read.val() & !self.to_board.val();
        self.to_aws.punt_bus.addr.next = self.bridge.csr.addr.val().get_bits::<READER_BITS>(0);
        self.to_aws.punt_bus.wdata.next = self.bridge.csr.wdata.val();
        self.to_aws.punt_bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_reader.val());
        self.to_aws.punt_bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_reader.val());
        self.to_customer.punt_bus.addr.next = self.bridge.csr.addr.val().get_bits::<READER_BITS>(0);
        self.to_customer.punt_bus.wdata.next = self.bridge.csr.wdata.val();
        self.to_customer.punt_bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_tc_reader.val());
        self.to_customer.punt_bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() == self.slot_tc_reader.val());
        // Every other board offset is the register block's (it reads 0 where it has none)
        self.regs.bus.addr.next = self.bridge.csr.addr.val().get_bits::<REGS_BITS>(0);
        self.regs.bus.wdata.next = self.bridge.csr.wdata.val();
        self.regs.bus.write.next = self.bridge.csr.write.val()
            & self.to_board.val()
            & (self.board_slot.val() != self.slot_reader.val())
            & (self.board_slot.val() != self.slot_tc_reader.val());
        self.regs.bus.read.next = self.bridge.csr.read.val()
            & self.to_board.val()
            & (self.board_slot.val() != self.slot_reader.val())
            & (self.board_slot.val() != self.slot_tc_reader.val());
        // One access at a time: at most one answer a clock
        self.bridge.csr.rvalid.next = self.pipeline.csr.rvalid.val()
            | self.to_aws.punt_bus.rvalid.val()
            | self.to_customer.punt_bus.rvalid.val()
            | self.regs.bus.rvalid.val();
        self.bridge.csr.rdata.next = 0.into();
        if self.pipeline.csr.rvalid.val() {
            self.bridge.csr.rdata.next = self.pipeline.csr.rdata.val();
        }
        if self.to_aws.punt_bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.to_aws.punt_bus.rdata.val();
        }
        if self.to_customer.punt_bus.rvalid.val() {
            self.bridge.csr.rdata.next = self.to_customer.punt_bus.rdata.val();
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

        // Board counters, in board_map::NIC's order: to AWS, then to the customer
        self.regs.event[0].next = self.to_aws.rx_frame.val();
        self.regs.event[1].next = self.to_aws.rx_bad.val();
        self.regs.event[2].next = self.to_aws.rx_overflow.val();
        self.regs.event[3].next = self.to_aws.tx_frame.val();
        self.regs.event[4].next = self.to_aws.punt_frame.val();
        self.regs.event[5].next = self.to_aws.punt_overflow.val();
        self.regs.event[6].next = self.to_customer.rx_frame.val();
        self.regs.event[7].next = self.to_customer.rx_bad.val();
        self.regs.event[8].next = self.to_customer.rx_overflow.val();
        self.regs.event[9].next = self.to_customer.tx_frame.val();
        self.regs.event[10].next = self.to_customer.punt_frame.val();
        self.regs.event[11].next = self.to_customer.punt_overflow.val();
    }
}

/// The board window's offsets, for tests and the host.
pub const REGS_BASE: u32 = board_map::BOARD_BASE;
/// The to-AWS punt reader.
pub const READER_BASE: u32 = board_map::BOARD_BASE + board_map::SLOT * slot::READER as u32;
/// The to-customer punt reader.
pub const TC_READER_BASE: u32 = board_map::BOARD_BASE + board_map::SLOT * slot::TC_READER as u32;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::board_map::regs;
    use crate::boards::nic_sim::{NicSim, Punt};
    use crate::codes::kind;
    use dxedge_host::bus::RegisterBus;
    use dxedge_host::config::Config;
    use dxedge_host::direction::Direction;
    use dxedge_host::driver::Device;

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
customer_mac = "02:cc:00:00:00:07"
customer_address = "169.254.1.2/30"

[[target]]
name = "vpc"
mac = "02:aa:00:00:00:0a"
vlan = 2001
address = "10.1.255.254/16"

[[route]]
vif = "corp"
prefix = "10.0.0.0/8"
target = "vpc"

[[customer_route]]
vif = "corp"
prefix = "192.168.0.0/16"
preference = "high"
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

    /// The core with small LPM trees, both directions programmed by the driver over AXI-Lite.
    fn programmed() -> NicSim {
        let mut tb = NicSim::new(Box::new(NicCore::with_pipeline(
            PortPipeline100G::with_lpm_levels(4),
        )));
        let config = Config::parse(CONFIG, "nic_core test").expect("config");
        for direction in Direction::ALL {
            let mut dev = Device::open_direction(&mut tb, direction).expect("open");
            assert_eq!(dev.info().beat_bytes, 64);
            dev.assume_zeroed().expect("zeroed");
            let tables = dev.compile(&config).expect("compile");
            dev.program(&tables).expect("program");
        }
        // The counter clears that follow reset stall ingress (the receive buffers hold the
        // frames meanwhile)
        let status = dxedge_host::regmap::STATUS.offset;
        let tc = dxedge_host::regmap::BLOCK_SPAN;
        while tb.read32(status).expect("status") & 1 != 0
            || tb.read32(tc + status).expect("status") & 1 != 0
        {}
        tb
    }

    fn board_counters(tb: &mut NicSim) -> Vec<u32> {
        (0..COUNTERS as u32)
            .map(|i| {
                tb.read32(REGS_BASE + regs::COUNTERS + 4 * i)
                    .expect("counter")
            })
            .collect()
    }

    #[test]
    fn the_host_finds_both_datapaths_and_the_board_blocks() {
        let mut tb = NicSim::new(Box::new(NicCore::with_pipeline(
            PortPipeline100G::with_lpm_levels(4),
        )));
        let blocks = dxedge_host::driver::blocks(&mut tb).expect("blocks");
        let found: Vec<_> = blocks.iter().map(|b| (b.base, b.direction)).collect();
        assert_eq!(
            found,
            vec![
                (0, Direction::ToAws),
                (dxedge_host::regmap::BLOCK_SPAN, Direction::ToCustomer)
            ],
            "the to-AWS block at 0, NEXT to the to-customer block"
        );
        assert_eq!(
            tb.read32(REGS_BASE + regs::ID).ok(),
            Some(u32::from_be_bytes(*b"DXNC"))
        );
        tb.write32(REGS_BASE + regs::SCRATCH, 0x5a5a_0001)
            .expect("write");
        assert_eq!(tb.read32(REGS_BASE + regs::SCRATCH).ok(), Some(0x5a5a_0001));
        // Both punt readers answer, empty
        assert_eq!(tb.read_punts(READER_BASE).expect("punts"), vec![]);
        assert_eq!(tb.read_punts(TC_READER_BASE).expect("punts"), vec![]);
    }

    #[test]
    fn frames_cross_the_port_each_way_as_the_config_says() {
        let mut tb = programmed();

        // To AWS, from the customer's cage
        let routed = ipv4(100, [10, 1, 2, 3], 64, 60);
        let to_peer = ipv4(100, [169, 254, 1, 1], 1, 100);
        let unknown_vlan = ipv4(999, [10, 1, 2, 3], 64, 200);
        let long_routed = ipv4(100, [10, 9, 9, 9], 9, 1000);
        tb.receive(Direction::ToAws, &routed, false);
        tb.receive(Direction::ToAws, &to_peer, false);
        tb.receive(Direction::ToAws, &unknown_vlan, false);
        tb.receive(Direction::ToAws, &long_routed, true); // the MAC flags it bad
        tb.receive(Direction::ToAws, &long_routed, false);
        // To the customer, from AWS's cage: a frame for the customer's network, one for the
        // target's own address (punted), one with no customer route (dropped)
        let back = ipv4(2001, [192, 168, 7, 7], 30, 300);
        let to_target = ipv4(2001, [10, 1, 255, 254], 64, 80);
        let no_route = ipv4(2001, [203, 0, 113, 1], 64, 90);
        tb.receive(Direction::ToCustomer, &back, false);
        tb.receive(Direction::ToCustomer, &to_target, false);
        tb.receive(Direction::ToCustomer, &no_route, false);
        // The control plane's frames, one each way through the CPU ports, as they must leave
        let keepalive: Vec<u8> = (0..130u32).map(|i| (i * 3) as u8).collect();
        let arp_reply: Vec<u8> = (0..64u32).map(|i| (i * 5 + 1) as u8).collect();
        tb.send_cpu(Direction::ToAws, &keepalive, 0);
        tb.send_cpu(Direction::ToCustomer, &arp_reply, 0);
        tb.run(400);

        // To AWS, out of AWS's cage: rewritten for the target (its VLAN 2001), and the host's
        // frame between them, unchanged
        let sent = tb.sent(Direction::ToAws).to_vec();
        assert_eq!(
            sent.len(),
            3,
            "two frames forwarded to AWS, one from the host"
        );
        assert!(sent.contains(&keepalive), "the host's frame left whole");
        let out: Vec<_> = sent.iter().filter(|f| **f != keepalive).collect();
        assert_eq!(out[0].len(), 60);
        assert_eq!(&out[0][..6], &[0x02, 0xaa, 0, 0, 0, 0x0a], "to the target");
        assert_eq!(&out[0][6..12], &[0x02, 0, 0x5e, 0, 0, 1], "from the port");
        assert_eq!(
            &out[0][12..16],
            &[0x81, 0x00, 0x07, 0xd1],
            "the target's VLAN"
        );
        assert_eq!(out[0][26], 63, "TTL - 1");
        assert_eq!(checksum(&out[0][18..38]), 0, "header checksum verifies");
        assert_eq!(&out[0][38..], &routed[38..], "payload unchanged");
        assert_eq!(out[1].len(), 1000);

        // To the customer, out of the customer's cage: on the VIF's VLAN to the customer's
        // router; the host's frame too
        let sent = tb.sent(Direction::ToCustomer).to_vec();
        assert_eq!(
            sent.len(),
            2,
            "one frame forwarded to the customer, one from the host"
        );
        assert!(sent.contains(&arp_reply));
        let out = sent.iter().find(|f| **f != arp_reply).expect("forwarded");
        assert_eq!(out.len(), 300);
        assert_eq!(
            &out[..6],
            &[0x02, 0xcc, 0, 0, 0, 7],
            "to the customer's router"
        );
        assert_eq!(&out[6..12], &[0x02, 0, 0x5e, 0, 0, 1], "from the port");
        assert_eq!(&out[12..16], &[0x81, 0x00, 0x00, 100], "the VIF's VLAN");
        assert_eq!(out[26], 29, "TTL - 1");
        assert_eq!(checksum(&out[18..38]), 0);
        assert_eq!(&out[38..], &back[38..]);

        // Punts, each in its direction's reader, unchanged, with their verdict
        let punts = tb.read_punts(READER_BASE).expect("punts");
        assert_eq!(punts.len(), 1);
        assert_eq!(punts[0].bytes, to_peer);
        assert_eq!(u64::from(punts[0].tag) & 3, kind::PUNT);
        let punts = tb.read_punts(TC_READER_BASE).expect("punts");
        assert_eq!(
            punts,
            vec![Punt {
                bytes: to_target,
                tag: punts[0].tag
            }]
        );
        assert_eq!(u64::from(punts[0].tag) & 3, kind::PUNT);

        // Board counters, to AWS then to the customer: rx_frames, rx_bad, rx_overflow,
        // tx_frames, punt_frames, punt_overflow
        assert_eq!(
            board_counters(&mut tb),
            vec![4, 1, 0, 3, 1, 0, 3, 0, 0, 2, 1, 0]
        );
        // and each datapath's own counters, through the driver
        let mut dev = Device::open_direction(&mut tb, Direction::ToAws).expect("open");
        let hw = dev.counters(1, 1).expect("counters");
        assert_eq!(hw.vifs[0][0], 3, "VIF rx_packets");
        assert_eq!(hw.vifs[0][2..], [2, 1, 0], "forwarded, punted, dropped");
        assert_eq!(
            hw.targets[0],
            [2, 60 + 1000, 1, 130],
            "tx_packets, tx_bytes, cpu_tx_packets, cpu_tx_bytes"
        );
        let mut dev = Device::open_direction(&mut tb, Direction::ToCustomer).expect("open");
        let hw = dev.counters(1, 1).expect("counters");
        assert_eq!(hw.vifs[0][0], 3, "the target's rx_packets");
        assert_eq!(hw.vifs[0][2..], [1, 1, 1], "forwarded, punted, dropped");
        assert_eq!(hw.targets[0], [1, 300, 1, 64], "the VIF's egress row");
    }
}
