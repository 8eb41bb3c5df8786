//! The port: both directions of a Direct Connect port, each a [`Datapath`] of its own, behind
//! one register bus. This is the top that board cores instantiate and `dxedge serve` runs.
//!
//! ```text
//!  s_axis    (from the customer, VIF-tagged) ──► to_aws datapath ──────► m_axis    (to targets)
//!  cpu_s_axis (the host's frames to AWS) ────────────┘ (its CPU port)
//!  tc_s_axis (from the targets, their VLANs) ──► to_customer datapath ─► tc_m_axis (to the customer)
//!  tc_cpu_s_axis (the host's frames to the customer) ┘ (its CPU port)
//!  csr ──► address bit 19 picks the block: 0x0_0000 to_aws (NEXT = 0x8_0000), 0x8_0000 to_customer
//! ```
//!
//! Each direction's CPU port takes the frames the control plane sends that way (`tuser`: the
//! egress row, a target to AWS, a VIF to the customer) and merges them into that direction's
//! egress between the pipeline's frames (see [`crate::cpu_merge`]).
//!
//! The two datapaths share nothing but the clock, the reset and the bus: each has its own
//! tables, banks and commits, counters and stream ports, so traffic one way never waits for
//! or disturbs traffic the other way. They are one design instantiated twice; the direction
//! is a strap (`BUILD.direction`) and the rest is what the host writes into the tables.

use rust_hdl::prelude::*;

use crate::datapath::Datapath;
use crate::regbus::RegBusTarget;
use crate::stream::{AxisSink, AxisSource};
use crate::ADDR_BITS;
use dxedge_host::regmap::{cpu, egress, ingress, Capacity, BLOCK_SPAN, CAPACITY};

#[derive(LogicBlock)]
pub struct PortPipeline<const W: usize, const B: usize, const WL: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset of both datapaths (see [`Datapath`]).
    pub reset: Signal<In, Bit>,
    /// To AWS: frames from the customer router, tagged with their VIF's VLAN.
    pub s_axis: AxisSink<W, B, { ingress::BITS }>,
    /// To AWS: frames for the targets (and punted and dropped ones, with their verdict).
    pub m_axis: AxisSource<W, B, { egress::BITS }>,
    /// To AWS: the host's frames, out on `m_axis` to the target `tuser` names.
    pub cpu_s_axis: AxisSink<W, B, { cpu::BITS }>,
    /// To the customer: frames from the targets, tagged with the target's VLAN.
    pub tc_s_axis: AxisSink<W, B, { ingress::BITS }>,
    /// To the customer: frames for the customer router on the selected VIF.
    pub tc_m_axis: AxisSource<W, B, { egress::BITS }>,
    /// To the customer: the host's frames, out on `tc_m_axis` on the VIF `tuser` names.
    pub tc_cpu_s_axis: AxisSink<W, B, { cpu::BITS }>,
    pub csr: RegBusTarget,
    to_aws: Datapath<W, B, WL>,
    to_customer: Datapath<W, B, WL>,
    block_bit: Constant<Bits<ADDR_BITS>>,
    in_block: Constant<Bits<ADDR_BITS>>,
}

/// The 10G build: 64-bit beats each way.
pub type PortPipeline10G = PortPipeline<64, 8, 65>;
/// The 100G build: 512-bit beats each way.
pub type PortPipeline100G = PortPipeline<512, 64, 513>;

impl<const W: usize, const B: usize, const WL: usize> Default for PortPipeline<W, B, WL> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize, const WL: usize> PortPipeline<W, B, WL> {
    /// The full build: both datapaths at the capacities of `dxedge_host::regmap::CAPACITY`.
    pub fn new() -> Self {
        Self::with_lpm_levels(CAPACITY.lpm_levels as usize)
    }

    /// Both datapaths with LPM trees of `lpm_levels` levels.
    pub fn with_lpm_levels(lpm_levels: usize) -> Self {
        Self::reduced(Capacity {
            lpm_levels: lpm_levels as u32,
            ..CAPACITY
        })
    }

    /// Both datapaths reduced to `capacity` ([`Datapath::reduced`]).
    pub fn reduced(capacity: Capacity) -> Self {
        const _: () = assert!(BLOCK_SPAN == 1 << (ADDR_BITS - 1));
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis: Default::default(),
            m_axis: Default::default(),
            cpu_s_axis: Default::default(),
            tc_s_axis: Default::default(),
            tc_m_axis: Default::default(),
            tc_cpu_s_axis: Default::default(),
            csr: Default::default(),
            to_aws: Datapath::reduced(capacity, BLOCK_SPAN),
            to_customer: Datapath::reduced(capacity, 0),
            block_bit: Constant::new((BLOCK_SPAN as u64).to_bits()),
            in_block: Constant::new(((BLOCK_SPAN - 1) as u64).to_bits()),
        }
    }
}

impl<const W: usize, const B: usize, const WL: usize> Logic for PortPipeline<W, B, WL> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, to_aws, to_customer);
        self.to_aws.reset.next = self.reset.val();
        self.to_customer.reset.next = self.reset.val();
        self.to_aws.direction.next = false;
        self.to_customer.direction.next = true;

        // To AWS
        self.to_aws.s_axis.tdata.next = self.s_axis.tdata.val();
        self.to_aws.s_axis.tkeep.next = self.s_axis.tkeep.val();
        self.to_aws.s_axis.tvalid.next = self.s_axis.tvalid.val();
        self.to_aws.s_axis.tlast.next = self.s_axis.tlast.val();
        self.to_aws.s_axis.tuser.next = self.s_axis.tuser.val();
        self.s_axis.tready.next = self.to_aws.s_axis.tready.val();
        self.m_axis.tdata.next = self.to_aws.m_axis.tdata.val();
        self.m_axis.tkeep.next = self.to_aws.m_axis.tkeep.val();
        self.m_axis.tvalid.next = self.to_aws.m_axis.tvalid.val();
        self.m_axis.tlast.next = self.to_aws.m_axis.tlast.val();
        self.m_axis.tuser.next = self.to_aws.m_axis.tuser.val();
        self.to_aws.m_axis.tready.next = self.m_axis.tready.val();
        self.to_aws.cpu_s_axis.tdata.next = self.cpu_s_axis.tdata.val();
        self.to_aws.cpu_s_axis.tkeep.next = self.cpu_s_axis.tkeep.val();
        self.to_aws.cpu_s_axis.tvalid.next = self.cpu_s_axis.tvalid.val();
        self.to_aws.cpu_s_axis.tlast.next = self.cpu_s_axis.tlast.val();
        self.to_aws.cpu_s_axis.tuser.next = self.cpu_s_axis.tuser.val();
        self.cpu_s_axis.tready.next = self.to_aws.cpu_s_axis.tready.val();

        // To the customer
        self.to_customer.s_axis.tdata.next = self.tc_s_axis.tdata.val();
        self.to_customer.s_axis.tkeep.next = self.tc_s_axis.tkeep.val();
        self.to_customer.s_axis.tvalid.next = self.tc_s_axis.tvalid.val();
        self.to_customer.s_axis.tlast.next = self.tc_s_axis.tlast.val();
        self.to_customer.s_axis.tuser.next = self.tc_s_axis.tuser.val();
        self.tc_s_axis.tready.next = self.to_customer.s_axis.tready.val();
        self.tc_m_axis.tdata.next = self.to_customer.m_axis.tdata.val();
        self.tc_m_axis.tkeep.next = self.to_customer.m_axis.tkeep.val();
        self.tc_m_axis.tvalid.next = self.to_customer.m_axis.tvalid.val();
        self.tc_m_axis.tlast.next = self.to_customer.m_axis.tlast.val();
        self.tc_m_axis.tuser.next = self.to_customer.m_axis.tuser.val();
        self.to_customer.m_axis.tready.next = self.tc_m_axis.tready.val();
        self.to_customer.cpu_s_axis.tdata.next = self.tc_cpu_s_axis.tdata.val();
        self.to_customer.cpu_s_axis.tkeep.next = self.tc_cpu_s_axis.tkeep.val();
        self.to_customer.cpu_s_axis.tvalid.next = self.tc_cpu_s_axis.tvalid.val();
        self.to_customer.cpu_s_axis.tlast.next = self.tc_cpu_s_axis.tlast.val();
        self.to_customer.cpu_s_axis.tuser.next = self.tc_cpu_s_axis.tuser.val();
        self.tc_cpu_s_axis.tready.next = self.to_customer.cpu_s_axis.tready.val();

        // The register bus: the top address bit picks the block; each block decodes the
        // address within itself. Only the block read answers, so its rvalid picks the data.
        self.to_aws.csr.addr.next = self.csr.addr.val() & self.in_block.val();
        self.to_aws.csr.wdata.next = self.csr.wdata.val();
        self.to_aws.csr.write.next =
            self.csr.write.val() & ((self.csr.addr.val() & self.block_bit.val()) == 0);
        self.to_aws.csr.read.next =
            self.csr.read.val() & ((self.csr.addr.val() & self.block_bit.val()) == 0);
        self.to_customer.csr.addr.next = self.csr.addr.val() & self.in_block.val();
        self.to_customer.csr.wdata.next = self.csr.wdata.val();
        self.to_customer.csr.write.next =
            self.csr.write.val() & ((self.csr.addr.val() & self.block_bit.val()) != 0);
        self.to_customer.csr.read.next =
            self.csr.read.val() & ((self.csr.addr.val() & self.block_bit.val()) != 0);
        self.csr.rdata.next = self.to_aws.csr.rdata.val();
        if self.to_customer.csr.rvalid.val() {
            self.csr.rdata.next = self.to_customer.csr.rdata.val();
        }
        self.csr.rvalid.next = self.to_aws.csr.rvalid.val() | self.to_customer.csr.rvalid.val();
    }
}
