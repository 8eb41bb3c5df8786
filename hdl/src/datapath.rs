//! One datapath of the port: the pipeline that carries frames one way. The port
//! (`port_pipeline.rs`) holds two, one per direction; a replay of one direction simulates
//! one (`datapath_10g.v`, `datapath_100g.v`).
//!
//! ```text
//!  s_axis ──┬──────────────► beats (FIFO, 64) ───────────────────────────┐
//!           │                                                            ▼
//!           └► header  ─► classify ─► lpm (16 levels) ─► resolve ─► verdicts ─► rewrite ─► cpu ─► m_axis
//!              capture   D0..D2      D3..D19            D20        (FIFO)         (merge,
//!                          ▲            ▲                 │  counter events         egress
//!  csr ◄──► registers ─────┴────────────┴─────────────────┤──► vif / target / global register)
//!                                                         │     counters          ▲    │ events
//!                                      cpu_s_axis (the CPU port) ─────────────────┘    ▼
//!                                                                            cpu_tx counters
//! ```
//!
//! Ingress is ready whenever the beat FIFO has room (and no counter clear is running): the
//! decision pipeline never stalls, a frame's verdict follows its first beat by a bounded
//! number of clocks, so a 64-beat FIFO covers it and the pipeline takes a beat every clock
//! whatever the frame mix. A frame's verdict waits in the verdict FIFO for its first beat;
//! every frame has at most one verdict pending per beat in the beat FIFO, so the verdict FIFO
//! (also 64) cannot overflow.
//!
//! The CPU port (`cpu_s_axis`, [`CpuMerge`], which also holds the egress register) is where
//! the host's frames enter: the control plane's, whole and as they must leave, merged into the
//! egress between the pipeline's frames (`kind` 3 in the egress sideband) and counted per
//! egress row in `CPU_TX`. Like ingress, it takes nothing while the counters clear.

use rust_hdl::prelude::*;

use crate::boundary::{CsrStage, IngressStage};
use crate::classify::Classify;
use crate::counters::{CounterBank, GlobalCounters};
use crate::cpu_merge::CpuMerge;
use crate::header_parse::HeaderParse;
use crate::lpm::LpmSearch;
use crate::regbus::RegBusTarget;
use crate::regs::Regs;
use crate::resolve::{Resolve, VerdictRecord};
use crate::rewrite::Rewrite;
use crate::stream::{AxisSink, AxisSource};
use crate::sync_fifo::SyncFifo;
use dxedge_host::regmap::{cpu, egress, ingress, tbl_commit, Capacity, CAPACITY};

/// Clocks a counter clear takes: one per target row, the larger bank.
pub const CLEAR_ROWS: u64 = 1024;

#[derive(LogicBlock)]
pub struct Datapath<const W: usize, const B: usize, const WL: usize> {
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: empties the pipeline, activates bank 0 of every table, clears the
    /// counters. Table contents are kept.
    pub reset: Signal<In, Bit>,
    /// Strap, held for the life of the design: which way this datapath carries frames
    /// (0 to AWS, 1 to the customer), read back in `BUILD.direction`. What else differs
    /// between the directions is what the host writes into the tables (`regmap`).
    pub direction: Signal<In, Bit>,
    pub s_axis: AxisSink<W, B, { ingress::BITS }>,
    pub m_axis: AxisSource<W, B, { egress::BITS }>,
    /// The CPU port: frames from the host, whole and as they must leave; `tuser` = the egress
    /// row (`regmap::cpu`). They leave on `m_axis` between the pipeline's frames.
    pub cpu_s_axis: AxisSink<W, B, { cpu::BITS }>,
    pub csr: RegBusTarget,
    // Blocks
    ingress: IngressStage<W, { ingress::BITS }>,
    csr_stage: CsrStage,
    header: HeaderParse<W>,
    beats: SyncFifo<Bits<WL>, 6, 7>,
    classify: Classify,
    lpm: LpmSearch,
    resolve: Resolve,
    verdicts: SyncFifo<VerdictRecord, 6, 7>,
    macs: SyncFifo<Bits<96>, 6, 7>,
    vif_counters: CounterBank<5, 8>,
    target_counters: CounterBank<2, 10>,
    global_counters: GlobalCounters,
    rewrite: Rewrite<W, B, WL>,
    cpu: CpuMerge<W, B>,
    cpu_counters: CounterBank<2, 10>,
    registers: Regs,
    // Counter clear sweep
    clear_busy: DFF<Bit>,
    /// The direction strap, registered like every other input (see boundary.rs): logic
    /// that reads a primary input is evaluated by Verilator on every evaluation.
    direction_q: DFF<Bit>,
    clear_index: DFF<Bits<10>>,
    lookup_banks: Signal<Local, Bits<4>>,
    last_flag: Constant<Bits<WL>>,
    lpm_bank_bit: Constant<Bits<8>>,
    clear_last: Constant<Bits<10>>,
}

/// The 10G build: 64-bit beats.
pub type Datapath10G = Datapath<64, 8, 65>;
/// The 100G build: 512-bit beats.
pub type Datapath100G = Datapath<512, 64, 513>;

impl<const W: usize, const B: usize, const WL: usize> Default for Datapath<W, B, WL> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize, const WL: usize> Datapath<W, B, WL> {
    /// The full build: the capacities of `dxedge_host::regmap::CAPACITY`, alone on its bus.
    pub fn new() -> Self {
        Self::with_lpm_levels(CAPACITY.lpm_levels as usize)
    }

    /// A reduced build whose LPM tree has `lpm_levels` levels (`2^levels - 1` boundaries),
    /// for FPGAs without the block RAM of the full tables.
    pub fn with_lpm_levels(lpm_levels: usize) -> Self {
        Self::on_bus(lpm_levels, 0)
    }

    /// A build whose register block's `NEXT` names the block `next_block` bytes after it.
    pub fn on_bus(lpm_levels: usize, next_block: u32) -> Self {
        Self::reduced(
            Capacity {
                lpm_levels: lpm_levels as u32,
                ..CAPACITY
            },
            next_block,
        )
    }

    /// A build for an FPGA without the block RAM of the full tables: LPM trees of
    /// `capacity.lpm_levels` levels, and target-indexed counter rows (`TARGET` and `CPU_TX`)
    /// for `capacity.targets` targets. `CAP_TABLES` and `CAP_LPM` report these, so the
    /// driver refuses a configuration that needs more. The VID and target tables keep their
    /// full size: they are indexed by a VID and a `{bank, target}` pair.
    pub fn reduced(capacity: Capacity, next_block: u32) -> Self {
        assert!(
            capacity.vifs == CAPACITY.vifs
                && capacity.targets >= 1
                && capacity.targets <= CAPACITY.targets,
            "Datapath: a reduced build keeps every VIF row and at most {} targets",
            CAPACITY.targets
        );
        let lpm_levels = capacity.lpm_levels as usize;
        assert!(
            B * 8 == W && WL == W + 1,
            "Datapath: B = W / 8 and WL = W + 1"
        );
        let mut last: Bits<WL> = 0.into();
        last = last.replace_bit(W, true);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            direction: Default::default(),
            s_axis: Default::default(),
            m_axis: Default::default(),
            cpu_s_axis: Default::default(),
            csr: Default::default(),
            ingress: Default::default(),
            csr_stage: Default::default(),
            header: HeaderParse::new(),
            beats: SyncFifo::new(),
            classify: Classify::new(),
            lpm: LpmSearch::new(lpm_levels),
            resolve: Resolve::new(),
            verdicts: SyncFifo::new(),
            macs: SyncFifo::new(),
            vif_counters: Default::default(),
            target_counters: CounterBank::with_rows(capacity.targets as usize),
            global_counters: Default::default(),
            rewrite: Rewrite::new(),
            cpu: CpuMerge::new(),
            cpu_counters: CounterBank::with_rows(capacity.targets as usize),
            registers: Regs::new((W / 8) as u32, capacity, next_block),
            clear_busy: Default::default(),
            direction_q: Default::default(),
            clear_index: Default::default(),
            lookup_banks: Default::default(),
            last_flag: Constant::new(last),
            lpm_bank_bit: Constant::new((tbl_commit::LPM.lsb as u64).to_bits()),
            clear_last: Constant::new((CLEAR_ROWS - 1).to_bits()),
        }
    }
}

impl<const W: usize, const B: usize, const WL: usize> Logic for Datapath<W, B, WL> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, clear_busy, clear_index, direction_q);
        clock!(
            self,
            clock,
            ingress,
            csr_stage,
            header,
            beats,
            classify,
            lpm,
            resolve,
            verdicts,
            macs,
            vif_counters,
            target_counters,
            global_counters,
            rewrite,
            cpu,
            cpu_counters,
            registers
        );
        // Every input is registered first (see boundary.rs); the reset too. Blocks read the
        // registered reset straight from the stage: a local copy would tie statements that feed
        // different blocks into one, which Verilator then sees as a combinational loop.
        self.csr_stage.in_addr.next = self.csr.addr.val();
        self.csr_stage.in_wdata.next = self.csr.wdata.val();
        self.csr_stage.in_write.next = self.csr.write.val();
        self.csr_stage.in_read.next = self.csr.read.val();
        self.csr_stage.in_reset.next = self.reset.val();
        self.header.reset.next = self.csr_stage.reset.val();
        self.beats.reset.next = self.csr_stage.reset.val();
        self.classify.reset.next = self.csr_stage.reset.val();
        self.lpm.reset.next = self.csr_stage.reset.val();
        self.resolve.reset.next = self.csr_stage.reset.val();
        self.verdicts.reset.next = self.csr_stage.reset.val();
        self.macs.reset.next = self.csr_stage.reset.val();
        self.rewrite.reset.next = self.csr_stage.reset.val();
        self.registers.reset.next = self.csr_stage.reset.val();
        self.cpu.reset.next = self.csr_stage.reset.val();

        // Ingress: ready from registered state only, with room in the beat FIFO for the beat
        // the ingress register holds
        self.s_axis.tready.next =
            !self.beats.almost_full.val() & !self.clear_busy.q.val() & !self.csr_stage.reset.val();
        self.ingress.in_take.next = self.s_axis.tvalid.val()
            & !self.beats.almost_full.val()
            & !self.clear_busy.q.val()
            & !self.csr_stage.reset.val();
        self.ingress.in_data.next = self.s_axis.tdata.val();
        self.ingress.in_last.next = self.s_axis.tlast.val();
        self.ingress.in_user.next = self.s_axis.tuser.val();
        self.beats.write.next = self.ingress.valid.val();
        self.beats.data_in.next = bit_cast::<WL, W>(self.ingress.data.val());
        if self.ingress.last.val() {
            self.beats.data_in.next =
                bit_cast::<WL, W>(self.ingress.data.val()) | self.last_flag.val();
        }
        self.header.accept.next = self.ingress.valid.val();
        self.header.data.next = self.ingress.data.val();
        self.header.last.next = self.ingress.last.val();
        self.header.len.next = self.ingress.user.val();

        // Decision: classify, LPM, resolve
        self.classify.rec_valid.next = self.header.rec_valid.val();
        self.classify.rec_len.next = self.header.rec_len.val();
        self.classify.rec_outer_type.next = self.header.rec_outer_type.val();
        self.classify.rec_tci.next = self.header.rec_tci.val();
        self.classify.rec_inner_type.next = self.header.rec_inner_type.val();
        self.classify.rec_version_ihl.next = self.header.rec_version_ihl.val();
        self.classify.rec_total_length.next = self.header.rec_total_length.val();
        self.classify.rec_ttl.next = self.header.rec_ttl.val();
        self.classify.rec_destination.next = self.header.rec_destination.val();
        self.classify.rec_checksum.next = self.header.rec_checksum.val();
        self.classify.rec_banks.next = self.registers.banks.val();
        self.classify.vid_we.next = self.registers.vid_we.val();
        self.classify.vid_waddr.next = self.registers.vid_waddr.val();
        self.classify.vid_wdata.next = self.registers.entry.val();
        self.lookup_banks.next = self.classify.out.val().banks;
        self.lpm.in_valid.next = self.classify.out_valid.val();
        self.lpm.in_key.next = self.classify.out_key.val();
        self.lpm.in_payload.next = self.classify.out.val();
        self.lpm.in_bank.next = self
            .lookup_banks
            .val()
            .get_bit(self.lpm_bank_bit.val().index());
        self.lpm.w_bank.next = self.registers.lpm_w_bank.val();
        self.lpm.node_we.next = self.registers.node_we.val();
        self.lpm.node_level.next = self.registers.node_level.val();
        self.lpm.node_index.next = self.registers.node_index.val();
        self.lpm.node_data.next = self.registers.node_data.val();
        self.lpm.leaf_we.next = self.registers.leaf_we.val();
        self.lpm.leaf_index.next = self.registers.leaf_index.val();
        self.lpm.leaf_data.next = self.registers.leaf_data.val();
        self.resolve.in_valid.next = self.lpm.out_valid.val();
        self.resolve.in_payload.next = self.lpm.out_payload.val();
        self.resolve.in_hit.next = self.lpm.out_hit.val();
        self.resolve.in_target.next = self.lpm.out_target.val();
        self.resolve.port_mac0.next = self.registers.port_mac0.val();
        self.resolve.port_mac1.next = self.registers.port_mac1.val();
        self.resolve.target_we.next = self.registers.target_we.val();
        self.resolve.target_waddr.next = self.registers.target_waddr.val();
        self.resolve.target_wdata.next = self.registers.entry.val();
        self.resolve.target_wmtu.next = self.registers.entry_mtu.val();
        self.verdicts.write.next = self.resolve.out_valid.val();
        self.verdicts.data_in.next = self.resolve.out_record.val();
        self.macs.write.next = self.resolve.out_valid.val();
        self.macs.data_in.next = self.resolve.out_macs.val();

        // Counters
        self.vif_counters.add.next = self.resolve.vif_event.val();
        self.vif_counters.index.next = self.resolve.vif_index.val();
        self.vif_counters.inc[0].next = 1.into();
        self.vif_counters.inc[1].next = bit_cast::<64, 24>(self.resolve.vif_bytes.val());
        self.vif_counters.inc[2].next = 0.into();
        if self.resolve.vif_forwarded.val() {
            self.vif_counters.inc[2].next = 1.into();
        }
        self.vif_counters.inc[3].next = 0.into();
        if self.resolve.vif_punted.val() {
            self.vif_counters.inc[3].next = 1.into();
        }
        self.vif_counters.inc[4].next = 0.into();
        if self.resolve.vif_dropped.val() {
            self.vif_counters.inc[4].next = 1.into();
        }
        self.target_counters.add.next = self.resolve.target_event.val();
        self.target_counters.index.next = self.resolve.target_index.val();
        self.target_counters.inc[0].next = 1.into();
        self.target_counters.inc[1].next = bit_cast::<64, 24>(self.resolve.target_bytes.val());
        self.global_counters.drop_event.next = self.resolve.drop_event.val();
        self.global_counters.drop_reason.next = self.resolve.drop_reason.val();
        self.global_counters.punt_event.next = self.resolve.punt_event.val();
        // Clear: one row a clock through both banks
        if self.clear_busy.q.val() {
            self.clear_index.d.next = self.clear_index.q.val() + 1;
            if self.clear_index.q.val() == self.clear_last.val() {
                self.clear_busy.d.next = false;
            }
        }
        if self.registers.clear_start.val() | self.csr_stage.reset.val() {
            self.clear_busy.d.next = true;
            self.clear_index.d.next = 0.into();
        }
        self.vif_counters.clear.next = self.clear_busy.q.val();
        self.vif_counters.clear_index.next = bit_cast::<8, 10>(self.clear_index.q.val());
        self.target_counters.clear.next = self.clear_busy.q.val();
        self.target_counters.clear_index.next = self.clear_index.q.val();
        self.cpu_counters.clear.next = self.clear_busy.q.val();
        self.cpu_counters.clear_index.next = self.clear_index.q.val();
        self.global_counters.clear.next = self.clear_busy.q.val();

        // Egress
        self.rewrite.beat_empty.next = self.beats.empty.val();
        self.rewrite.beat.next = self.beats.data_out.val();
        self.beats.read.next = self.rewrite.beat_read.val();
        self.rewrite.verdict_empty.next = self.verdicts.empty.val();
        self.rewrite.verdict.next = self.verdicts.data_out.val();
        self.rewrite.verdict_macs.next = self.macs.data_out.val();
        self.verdicts.read.next = self.rewrite.verdict_read.val();
        self.macs.read.next = self.rewrite.verdict_read.val();
        // Egress: the CPU port joins between frames (it takes nothing while the counters
        // clear), then the egress register
        self.cpu.hold.next = self.clear_busy.q.val() | self.csr_stage.reset.val();
        self.cpu.cpu_s_axis.tdata.next = self.cpu_s_axis.tdata.val();
        self.cpu.cpu_s_axis.tkeep.next = self.cpu_s_axis.tkeep.val();
        self.cpu.cpu_s_axis.tvalid.next = self.cpu_s_axis.tvalid.val();
        self.cpu.cpu_s_axis.tlast.next = self.cpu_s_axis.tlast.val();
        self.cpu.cpu_s_axis.tuser.next = self.cpu_s_axis.tuser.val();
        self.cpu_s_axis.tready.next = self.cpu.cpu_s_axis.tready.val();
        self.cpu.s_axis.tvalid.next = self.rewrite.m_axis.tvalid.val();
        self.cpu.s_axis.tdata.next = self.rewrite.m_axis.tdata.val();
        self.cpu.s_axis.tkeep.next = self.rewrite.m_axis.tkeep.val();
        self.cpu.s_axis.tlast.next = self.rewrite.m_axis.tlast.val();
        self.cpu.s_axis.tuser.next = self.rewrite.m_axis.tuser.val();
        self.rewrite.m_axis.tready.next = self.cpu.s_axis.tready.val();
        self.cpu_counters.add.next = self.cpu.tx_event.val();
        self.cpu_counters.index.next = self.cpu.tx_row.val();
        // An event per CPU beat: one packet at a frame's last beat, every beat's bytes
        self.cpu_counters.inc[0].next = 0.into();
        if self.cpu.tx_last.val() {
            self.cpu_counters.inc[0].next = 1.into();
        }
        self.cpu_counters.inc[1].next = bit_cast::<64, 8>(self.cpu.tx_bytes.val());
        self.m_axis.tdata.next = self.cpu.m_axis.tdata.val();
        self.m_axis.tkeep.next = self.cpu.m_axis.tkeep.val();
        self.m_axis.tvalid.next = self.cpu.m_axis.tvalid.val();
        self.m_axis.tlast.next = self.cpu.m_axis.tlast.val();
        self.m_axis.tuser.next = self.cpu.m_axis.tuser.val();
        self.cpu.m_axis.tready.next = self.m_axis.tready.val();

        // Registers
        self.registers.bus.addr.next = self.csr_stage.addr.val();
        self.registers.bus.wdata.next = self.csr_stage.wdata.val();
        self.registers.bus.write.next = self.csr_stage.write.val();
        self.registers.bus.read.next = self.csr_stage.read.val();
        self.csr.rdata.next = self.registers.bus.rdata.val();
        self.csr.rvalid.next = self.registers.bus.rvalid.val();
        self.registers.clear_busy.next = self.clear_busy.q.val();
        self.direction_q.d.next = self.direction.val();
        self.registers.direction.next = self.direction_q.q.val();
        self.vif_counters.host_index.next = self.registers.vif_host_index.val();
        for l in 0..5 {
            self.registers.vif_host_data[l].next = self.vif_counters.host_data[l].val();
        }
        self.target_counters.host_index.next = self.registers.target_host_index.val();
        for l in 0..2 {
            self.registers.target_host_data[l].next = self.target_counters.host_data[l].val();
        }
        // The CPU_TX rows are laid out as the target rows: one row index serves both
        self.cpu_counters.host_index.next = self.registers.target_host_index.val();
        for l in 0..2 {
            self.registers.cpu_host_data[l].next = self.cpu_counters.host_data[l].val();
        }
        for i in 0..8 {
            self.registers.global[i].next = self.global_counters.value[i].val();
        }
    }
}
