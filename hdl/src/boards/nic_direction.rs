//! NicDirection: what the 100G NIC core puts around one direction's datapath: the MAC
//! receive buffer in front of it, and behind it the egress steer, the MAC transmit buffer and
//! pad, and the punt buffer the host reads. [`crate::boards::nic_core::NicCore`] holds two,
//! one per direction, as the port pipeline holds two datapaths: the two share nothing but the
//! clock, the reset and the register bus.
//!
//! ```text
//!  rx_axis ─► rx: FrameFifo (lossy: length; bad and overflowing frames dropped) ─► to_pipeline
//!  (one CMAC's receive, no tready)                                                 (tuser = length)
//!
//!  from_pipeline ─► steer: EgressSteer ─┬─ forward, cpu ─► tx: FrameFifo ─► pad: TxPad ─► tx_axis
//!  (tuser = verdict)                    ├─ punt ─► punts: FrameFifo (lossy) ─► reader ◄─► bus
//!                                       └─ drop: discarded                    (FrameReader)
//! ```
//!
//! The receive side faces one cage's MAC and the transmit side the other's: frames cross the
//! port. The buffers are those of the one-direction core (`docs/boards.md`): 512 beats
//! (32 KiB, three 9600-byte frames) each way to the MACs, 128 beats (8 KiB) of punts.

use rust_hdl::prelude::*;

use crate::boards::csr_bus::CsrTarget;
use crate::boards::egress_steer::EgressSteer;
use crate::boards::frame_fifo::FrameFifo;
use crate::boards::frame_reader::{self, FrameReader};
use crate::boards::tx_pad::TxPad;
use crate::stream::{AxisSink, AxisSource};
use dxedge_host::regmap::{egress, ingress};

/// Address bits of the punt reader's registers.
pub const READER_BITS: usize = frame_reader::LOCAL_BITS;

type Beats<const U: usize> = FrameFifo<512, 64, 513, U, 9, 10>;

#[derive(LogicBlock)]
pub struct NicDirection {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // The receiving MAC (PG203 AXI4-Stream: no tready; tuser = bad frame, with tlast)
    pub rx_axis: AxisSink<512, 64, 1>,
    // Into the datapath: whole frames, tuser = length
    pub to_pipeline: AxisSource<512, 64, { ingress::BITS }>,
    // Out of the datapath: tuser = verdict
    pub from_pipeline: AxisSink<512, 64, { egress::BITS }>,
    // The transmitting MAC (tuser = 0: no frame is sent with an error)
    pub tx_axis: AxisSource<512, 64, 1>,
    // The punt reader's registers
    pub punt_bus: CsrTarget<READER_BITS>,
    // Events, one clock each, for the board counters
    pub rx_frame: Signal<Out, Bit>,
    pub rx_bad: Signal<Out, Bit>,
    pub rx_overflow: Signal<Out, Bit>,
    pub tx_frame: Signal<Out, Bit>,
    pub punt_frame: Signal<Out, Bit>,
    pub punt_overflow: Signal<Out, Bit>,
    // Blocks
    rx: Beats<1>,
    steer: EgressSteer<512, 64>,
    tx: Beats<{ egress::BITS }>,
    pad: TxPad<512, 64, 1>,
    punts: FrameFifo<512, 64, 513, { egress::BITS }, 7, 8>,
    reader: FrameReader<512, 64, { egress::BITS }, 16>,
}

impl Default for NicDirection {
    fn default() -> Self {
        Self::new()
    }
}

impl NicDirection {
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rx_axis: Default::default(),
            to_pipeline: Default::default(),
            from_pipeline: Default::default(),
            tx_axis: Default::default(),
            punt_bus: Default::default(),
            rx_frame: Default::default(),
            rx_bad: Default::default(),
            rx_overflow: Default::default(),
            tx_frame: Default::default(),
            punt_frame: Default::default(),
            punt_overflow: Default::default(),
            rx: FrameFifo::new(true),
            steer: EgressSteer::new(),
            tx: FrameFifo::new(false),
            pad: TxPad::new(),
            punts: FrameFifo::new(true),
            reader: FrameReader::new(),
        }
    }
}

impl Logic for NicDirection {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, rx, steer, tx, pad, punts, reader);
        self.rx.reset.next = self.reset.val();
        self.steer.reset.next = self.reset.val();
        self.tx.reset.next = self.reset.val();
        self.pad.reset.next = self.reset.val();
        self.punts.reset.next = self.reset.val();
        self.reader.reset.next = self.reset.val();

        // MAC receive: every beat is taken; bad frames (tuser with tlast) are discarded
        self.rx.s_axis.tdata.next = self.rx_axis.tdata.val();
        self.rx.s_axis.tkeep.next = self.rx_axis.tkeep.val();
        self.rx.s_axis.tvalid.next = self.rx_axis.tvalid.val();
        self.rx.s_axis.tlast.next = self.rx_axis.tlast.val();
        self.rx.s_axis.tuser.next = 0.into();
        self.rx.s_bad.next = self.rx_axis.tuser.val() != 0;
        self.rx_axis.tready.next = self.rx.s_axis.tready.val();

        // Datapath ingress: whole frames, tuser = length
        self.to_pipeline.tdata.next = self.rx.m_axis.tdata.val();
        self.to_pipeline.tkeep.next = self.rx.m_axis.tkeep.val();
        self.to_pipeline.tvalid.next = self.rx.m_axis.tvalid.val();
        self.to_pipeline.tlast.next = self.rx.m_axis.tlast.val();
        self.to_pipeline.tuser.next = self.rx.m_axis.tuser.val();
        self.rx.m_axis.tready.next = self.to_pipeline.tready.val();

        // Egress: steer by verdict
        self.steer.s_axis.tdata.next = self.from_pipeline.tdata.val();
        self.steer.s_axis.tkeep.next = self.from_pipeline.tkeep.val();
        self.steer.s_axis.tvalid.next = self.from_pipeline.tvalid.val();
        self.steer.s_axis.tlast.next = self.from_pipeline.tlast.val();
        self.steer.s_axis.tuser.next = self.from_pipeline.tuser.val();
        self.from_pipeline.tready.next = self.steer.s_axis.tready.val();

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
        self.reader.bus.addr.next = self.punt_bus.addr.val();
        self.reader.bus.wdata.next = self.punt_bus.wdata.val();
        self.reader.bus.write.next = self.punt_bus.write.val();
        self.reader.bus.read.next = self.punt_bus.read.val();
        self.punt_bus.rdata.next = self.reader.bus.rdata.val();
        self.punt_bus.rvalid.next = self.reader.bus.rvalid.val();

        self.rx_frame.next = self.rx.frame_in.val();
        self.rx_bad.next = self.rx.drop_bad.val();
        self.rx_overflow.next = self.rx.drop_full.val();
        self.tx_frame.next = self.tx.frame_in.val();
        self.punt_frame.next = self.punts.frame_in.val();
        self.punt_overflow.next = self.punts.drop_full.val();
    }
}
