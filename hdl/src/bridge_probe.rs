//! Bridge probe: the smallest design with the pipeline's stream ports, to measure what the
//! Verilator bridge itself costs per clock (FFI, port packing, evaluation) apart from what
//! the port pipeline's logic costs. Beats go through the pipeline's own boundary blocks and a
//! beat FIFO; a register counts them. Like the pipeline, it registers its reset, so that no
//! output follows an input within a clock (the bridge clocks such designs in one `eval`).

use rust_hdl::prelude::*;

use crate::boundary::{EgressSlice, IngressStage};
use crate::stream::{AxisSink, AxisSource};
use crate::sync_fifo::SyncFifo;

#[derive(LogicBlock)]
pub struct BridgeProbe<const W: usize, const B: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub s_axis: AxisSink<W, B, 8>,
    pub m_axis: AxisSource<W, B, 8>,
    /// Beats taken since reset.
    pub beats: Signal<Out, Bits<32>>,
    ingress: IngressStage<W, 8>,
    fifo: SyncFifo<Bits<W>, 4, 5>,
    egress: EgressSlice<W, B, 8>,
    count: DFF<Bits<32>>,
    r_reset: DFF<Bit>,
    all_keep: Constant<Bits<B>>,
}

impl<const W: usize, const B: usize> Default for BridgeProbe<W, B> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize> BridgeProbe<W, B> {
    pub fn new() -> Self {
        assert_eq!(B * 8, W);
        BridgeProbe {
            clock: Default::default(),
            reset: Default::default(),
            s_axis: Default::default(),
            m_axis: Default::default(),
            beats: Default::default(),
            ingress: Default::default(),
            fifo: SyncFifo::new(),
            egress: Default::default(),
            count: Default::default(),
            r_reset: Default::default(),
            all_keep: Constant::new(!Bits::<B>::default()),
        }
    }
}

impl<const W: usize, const B: usize> Logic for BridgeProbe<W, B> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, r_reset);
        self.r_reset.d.next = self.reset.val();
        clock!(self, clock, ingress, fifo, egress);
        self.fifo.reset.next = self.r_reset.q.val();
        self.egress.reset.next = self.r_reset.q.val();
        self.s_axis.tready.next = !self.fifo.almost_full.val() & !self.r_reset.q.val();
        self.ingress.in_take.next =
            self.s_axis.tvalid.val() & !self.fifo.almost_full.val() & !self.r_reset.q.val();
        self.ingress.in_data.next = self.s_axis.tdata.val();
        self.ingress.in_last.next = self.s_axis.tlast.val();
        self.ingress.in_user.next = self.s_axis.tuser.val();
        self.fifo.write.next = self.ingress.valid.val();
        self.fifo.data_in.next = self.ingress.data.val();
        self.fifo.read.next = self.egress.in_ready.val();
        self.egress.in_valid.next = !self.fifo.empty.val();
        self.egress.in_data.next = self.fifo.data_out.val();
        self.egress.in_keep.next = self.all_keep.val();
        self.egress.in_last.next = false;
        self.egress.in_user.next = 0.into();
        self.egress.out_ready.next = self.m_axis.tready.val();
        self.m_axis.tvalid.next = self.egress.out_valid.val();
        self.m_axis.tdata.next = self.egress.out_data.val();
        self.m_axis.tkeep.next = self.egress.out_keep.val();
        self.m_axis.tlast.next = self.egress.out_last.val();
        self.m_axis.tuser.next = self.egress.out_user.val();
        if self.ingress.valid.val() {
            self.count.d.next = self.count.q.val() + 1;
        }
        if self.r_reset.q.val() {
            self.count.d.next = 0.into();
        }
        self.beats.next = self.count.q.val();
    }
}
