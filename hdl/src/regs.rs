//! The register block: the address decoder, the table staging and commit logic, the port
//! MAC, and counter read-out, all derived from `dxedge_host::regmap` (offsets, fields and
//! table layouts become `localparam`s here; nothing is spelled twice).
//!
//! ```text
//!  write: TBL_DATA0..3 ─► staged ─► TBL_WRITE ─► table write strobe into the shadow bank
//!         TBL_COMMIT ─► active ^= mask (one clock), STATUS.commit_busy while frames that
//!                       sampled the old banks are still in the pipeline
//!  read:  clock t strobe ─► t+1 decode; first word of a counter row snapshots the row
//!                        ─► t+2 rdata, rvalid
//! ```

use rust_hdl::prelude::*;

use crate::dff_ce::DffCe;
use crate::regbus::RegBusTarget;
use crate::ADDR_BITS;
use dxedge_host::regmap::{self, tbl_commit, tbl_write, Capacity};

/// Clocks from a frame sampling the banks (its header record) to its last table read
/// (the port MAC in Resolve), with margin. `STATUS.commit_busy` stays up this long.
pub const COMMIT_DRAIN_CLOCKS: u64 = 32;

#[derive(LogicBlock)]
pub struct Regs {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus: RegBusTarget,
    /// Strap: which way this datapath carries frames (`BUILD.direction`), tied off by the
    /// top that instantiates it (1: to the customer).
    pub direction: Signal<In, Bit>,
    // Status and control
    pub clear_busy: Signal<In, Bit>,
    pub clear_start: Signal<Out, Bit>,
    pub banks: Signal<Out, Bits<4>>,
    pub port_mac0: Signal<Out, Bits<48>>,
    pub port_mac1: Signal<Out, Bits<48>>,
    // Table writes into shadow banks
    pub vid_we: Signal<Out, Bit>,
    pub vid_waddr: Signal<Out, Bits<13>>,
    pub target_we: Signal<Out, Bit>,
    pub target_waddr: Signal<Out, Bits<11>>,
    pub entry: Signal<Out, Bits<64>>,
    /// Bits 79..64 of the staged entry (`TBL_DATA2`): the target entry's MTU. Apart from
    /// `entry` so that every value the simulator moves per clock stays within 64 bits.
    pub entry_mtu: Signal<Out, Bits<16>>,
    pub lpm_w_bank: Signal<Out, Bit>,
    pub node_we: Signal<Out, Bit>,
    pub node_level: Signal<Out, Bits<4>>,
    pub node_index: Signal<Out, Bits<16>>,
    pub node_data: Signal<Out, Bits<41>>,
    pub leaf_we: Signal<Out, Bit>,
    pub leaf_index: Signal<Out, Bits<16>>,
    pub leaf_data: Signal<Out, Bits<11>>,
    // Counter read-out
    pub vif_host_index: Signal<Out, Bits<8>>,
    pub vif_host_data: [Signal<In, Bits<64>>; 5],
    pub target_host_index: Signal<Out, Bits<10>>,
    pub target_host_data: [Signal<In, Bits<64>>; 2],
    /// The CPU port's rows (`CPU_TX`), addressed by `target_host_index` like the target rows.
    pub cpu_host_data: [Signal<In, Bits<64>>; 2],
    pub global: [Signal<In, Bits<64>>; 8],
    // State
    staged: [DffCe<Bits<32>>; 4],
    active: DFF<Bits<4>>,
    commit_busy: DFF<Bits<8>>,
    mac_lo: [DffCe<Bits<32>>; 2],
    mac_hi: [DffCe<Bits<16>>; 2],
    r1_valid: DFF<Bit>,
    r1_addr: DFF<Bits<ADDR_BITS>>,
    rdata: DffCe<Bits<32>>,
    rvalid: DFF<Bit>,
    snap: [DFF<Bits<64>>; 8],
    // Decode
    waddr: Signal<Local, Bits<ADDR_BITS>>,
    table_write: Signal<Local, Bit>,
    table_id: Signal<Local, Bits<4>>,
    index: Signal<Local, Bits<24>>,
    shadow_port: Signal<Local, Bit>,
    in_global: Signal<Local, Bit>,
    in_vif: Signal<Local, Bit>,
    in_target: Signal<Local, Bit>,
    in_cpu: Signal<Local, Bit>,
    word: Signal<Local, Bits<8>>,
    counter: Signal<Local, Bits<8>>,
    value: Signal<Local, Bits<64>>,
    read_value: Signal<Local, Bits<32>>,
    // Register map
    off_id: Constant<Bits<ADDR_BITS>>,
    off_version: Constant<Bits<ADDR_BITS>>,
    off_next: Constant<Bits<ADDR_BITS>>,
    off_build: Constant<Bits<ADDR_BITS>>,
    off_cap_tables: Constant<Bits<ADDR_BITS>>,
    off_cap_lpm: Constant<Bits<ADDR_BITS>>,
    off_ctrl: Constant<Bits<ADDR_BITS>>,
    off_status: Constant<Bits<ADDR_BITS>>,
    off_mac_lo: Constant<Bits<ADDR_BITS>>,
    off_mac_hi: Constant<Bits<ADDR_BITS>>,
    off_data0: Constant<Bits<ADDR_BITS>>,
    off_data1: Constant<Bits<ADDR_BITS>>,
    off_data2: Constant<Bits<ADDR_BITS>>,
    off_data3: Constant<Bits<ADDR_BITS>>,
    off_tbl_write: Constant<Bits<ADDR_BITS>>,
    off_tbl_commit: Constant<Bits<ADDR_BITS>>,
    id_value: Constant<Bits<32>>,
    version_value: Constant<Bits<32>>,
    build_value: Constant<Bits<32>>,
    build_to_customer: Constant<Bits<32>>,
    next_value: Constant<Bits<32>>,
    cap_tables_value: Constant<Bits<32>>,
    cap_lpm_value: Constant<Bits<32>>,
    table_vid: Constant<Bits<4>>,
    table_target: Constant<Bits<4>>,
    table_node: Constant<Bits<4>>,
    table_leaf: Constant<Bits<4>>,
    table_lsb: Constant<Bits<8>>,
    bank_vid: Constant<Bits<8>>,
    bank_target: Constant<Bits<8>>,
    bank_lpm: Constant<Bits<8>>,
    bank_port: Constant<Bits<8>>,
    clear_bit: Constant<Bits<8>>,
    status_clear: Constant<Bits<32>>,
    status_commit: Constant<Bits<32>>,
    drain_clocks: Constant<Bits<8>>,
    global_base: Constant<Bits<ADDR_BITS>>,
    global_mask: Constant<Bits<ADDR_BITS>>,
    vif_base: Constant<Bits<ADDR_BITS>>,
    vif_mask: Constant<Bits<ADDR_BITS>>,
    vif_row_shift: Constant<Bits<8>>,
    vif_word_mask: Constant<Bits<8>>,
    target_base: Constant<Bits<ADDR_BITS>>,
    target_mask: Constant<Bits<ADDR_BITS>>,
    target_row_shift: Constant<Bits<8>>,
    target_word_mask: Constant<Bits<8>>,
    cpu_base: Constant<Bits<ADDR_BITS>>,
    cpu_mask: Constant<Bits<ADDR_BITS>>,
    vids: Constant<Bits<24>>,
    targets: Constant<Bits<24>>,
    leaves: Constant<Bits<24>>,
    node_real_bit: Constant<Bits<8>>,
    node_real: Constant<Bits<41>>,
    leaf_valid_bit: Constant<Bits<8>>,
}

impl Regs {
    /// `beat_bytes`: 8 for the 10G build, 64 for the 100G build (`BUILD` register);
    /// `capacity`: what the build's tables hold (`CAP_*` registers, index checks);
    /// `next_block`: the `NEXT` register, the offset of the next block from this one (0: none).
    pub fn new(beat_bytes: u32, capacity: Capacity, next_block: u32) -> Self {
        use regmap::{
            build, cap_lpm, cap_tables, ctrl, lpm_leaf_entry, lpm_node_entry, status, version,
            CounterBlock, Register,
        };
        // The entry layouts the decode below hard-wires, checked against the map.
        const _: () = assert!(lpm_node_entry::KEY.lsb == 0 && lpm_node_entry::KEY.width == 40);
        const _: () = assert!(lpm_node_entry::REAL.lsb == 63);
        const _: () =
            assert!(lpm_leaf_entry::TARGET.lsb == 0 && lpm_leaf_entry::TARGET.width == 10);
        const _: () = assert!(lpm_leaf_entry::VALID.lsb == 31);
        const _: () = assert!(tbl_write::INDEX.lsb == 0 && tbl_write::INDEX.width == 24);
        const _: () = assert!(regmap::lpm_node_index::NODE.lsb == 0);
        const _: () = assert!(regmap::lpm_node_index::LEVEL.lsb == 16);
        const _: () =
            assert!(regmap::VIF_COUNTERS.rows == 256 && regmap::TARGET_COUNTERS.rows == 1024);
        // The CPU_TX rows share the target rows' index: same stride and row count, and a
        // base whose row number is a multiple of the row count
        const _: () = {
            let (t, c) = (regmap::TARGET_COUNTERS, regmap::CPU_TX_COUNTERS);
            assert!(c.stride == t.stride && c.rows == t.rows);
            assert!((c.base / c.stride) % c.rows == 0 && (t.base / t.stride) % t.rows == 0);
        };
        let a = |r: Register| Constant::new((r.offset as u64).to_bits());
        let v32 = |v: u64| Constant::new(v.to_bits());
        let c8 = |v: u64| Constant::new(v.to_bits());
        let c4 = |v: u64| Constant::new(v.to_bits());
        let base = |b: CounterBlock| Constant::new((b.base as u64).to_bits());
        let mask = |b: CounterBlock| {
            let span = (b.rows * b.stride) as u64;
            Constant::new(((!(span - 1)) & ((1 << ADDR_BITS) - 1)).to_bits())
        };
        let shift = |b: CounterBlock| Constant::new((b.stride.trailing_zeros() as u64).to_bits());
        let words = |b: CounterBlock| Constant::new((b.stride as u64 / 4 - 1).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus: Default::default(),
            direction: Default::default(),
            clear_busy: Default::default(),
            clear_start: Default::default(),
            banks: Default::default(),
            port_mac0: Default::default(),
            port_mac1: Default::default(),
            vid_we: Default::default(),
            vid_waddr: Default::default(),
            target_we: Default::default(),
            target_waddr: Default::default(),
            entry: Default::default(),
            entry_mtu: Default::default(),
            lpm_w_bank: Default::default(),
            node_we: Default::default(),
            node_level: Default::default(),
            node_index: Default::default(),
            node_data: Default::default(),
            leaf_we: Default::default(),
            leaf_index: Default::default(),
            leaf_data: Default::default(),
            vif_host_index: Default::default(),
            vif_host_data: Default::default(),
            target_host_index: Default::default(),
            target_host_data: Default::default(),
            cpu_host_data: Default::default(),
            global: Default::default(),
            staged: Default::default(),
            active: Default::default(),
            commit_busy: Default::default(),
            mac_lo: Default::default(),
            mac_hi: Default::default(),
            r1_valid: Default::default(),
            r1_addr: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            snap: Default::default(),
            waddr: Default::default(),
            table_write: Default::default(),
            table_id: Default::default(),
            index: Default::default(),
            shadow_port: Default::default(),
            in_global: Default::default(),
            in_vif: Default::default(),
            in_target: Default::default(),
            in_cpu: Default::default(),
            word: Default::default(),
            counter: Default::default(),
            value: Default::default(),
            read_value: Default::default(),
            off_id: a(regmap::ID),
            off_version: a(regmap::VERSION),
            off_next: a(regmap::NEXT),
            off_build: a(regmap::BUILD),
            off_cap_tables: a(regmap::CAP_TABLES),
            off_cap_lpm: a(regmap::CAP_LPM),
            off_ctrl: a(regmap::CTRL),
            off_status: a(regmap::STATUS),
            off_mac_lo: a(regmap::PORT_MAC_LO),
            off_mac_hi: a(regmap::PORT_MAC_HI),
            off_data0: a(regmap::TBL_DATA[0]),
            off_data1: a(regmap::TBL_DATA[1]),
            off_data2: a(regmap::TBL_DATA[2]),
            off_data3: a(regmap::TBL_DATA[3]),
            off_tbl_write: a(regmap::TBL_WRITE),
            off_tbl_commit: a(regmap::TBL_COMMIT),
            id_value: v32(regmap::BLOCK_TYPE as u64),
            version_value: v32(version::MAJOR.place(regmap::VERSION_MAJOR as u64)
                | version::MINOR.place(regmap::VERSION_MINOR as u64)),
            build_value: v32(build::BEAT_BYTES.place(beat_bytes as u64)),
            build_to_customer: v32(build::DIRECTION.place(1)),
            next_value: v32(next_block as u64),
            cap_tables_value: v32(cap_tables::VIFS.place(capacity.vifs as u64)
                | cap_tables::TARGETS.place(capacity.targets as u64)),
            cap_lpm_value: v32(cap_lpm::LEVELS.place(capacity.lpm_levels as u64)),
            table_vid: c4(regmap::VID_TABLE.id as u64),
            table_target: c4(regmap::TARGET_TABLE.id as u64),
            table_node: c4(regmap::LPM_NODE_TABLE.id as u64),
            table_leaf: c4(regmap::LPM_LEAF_TABLE.id as u64),
            table_lsb: c8(tbl_write::TABLE.lsb as u64),
            bank_vid: c8(tbl_commit::VID.lsb as u64),
            bank_target: c8(tbl_commit::TARGET.lsb as u64),
            bank_lpm: c8(tbl_commit::LPM.lsb as u64),
            bank_port: c8(tbl_commit::PORT.lsb as u64),
            clear_bit: c8(ctrl::CLEAR_COUNTERS.lsb as u64),
            status_clear: v32(status::CLEAR_BUSY.place(1)),
            status_commit: v32(status::COMMIT_BUSY.place(1)),
            drain_clocks: c8(COMMIT_DRAIN_CLOCKS),
            global_base: base(regmap::GLOBAL_COUNTERS),
            global_mask: mask(regmap::GLOBAL_COUNTERS),
            vif_base: base(regmap::VIF_COUNTERS),
            vif_mask: mask(regmap::VIF_COUNTERS),
            vif_row_shift: shift(regmap::VIF_COUNTERS),
            vif_word_mask: words(regmap::VIF_COUNTERS),
            target_base: base(regmap::TARGET_COUNTERS),
            target_mask: mask(regmap::TARGET_COUNTERS),
            target_row_shift: shift(regmap::TARGET_COUNTERS),
            target_word_mask: words(regmap::TARGET_COUNTERS),
            cpu_base: base(regmap::CPU_TX_COUNTERS),
            cpu_mask: mask(regmap::CPU_TX_COUNTERS),
            vids: Constant::new((regmap::VIDS as u64).to_bits()),
            targets: Constant::new((capacity.targets as u64).to_bits()),
            leaves: Constant::new((capacity.lpm_leaves() as u64).to_bits()),
            node_real_bit: c8(lpm_node_entry::REAL.lsb as u64 - 32),
            node_real: Constant::new((1u64 << 40).to_bits()),
            leaf_valid_bit: c8(lpm_leaf_entry::VALID.lsb as u64),
        }
    }
}

impl Logic for Regs {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, active, commit_busy, r1_valid, r1_addr, rvalid);
        self.waddr.next = self.bus.addr.val() & 0xffffc;
        // Written by the host only: each loads the written word in its write's clock
        for i in 0..4 {
            self.staged[i].clock.next = self.clock.val();
            self.staged[i].rst.next = false;
            self.staged[i].d.next = self.bus.wdata.val();
        }
        self.staged[0].ce.next = self.bus.write.val() & (self.waddr.val() == self.off_data0.val());
        self.staged[1].ce.next = self.bus.write.val() & (self.waddr.val() == self.off_data1.val());
        self.staged[2].ce.next = self.bus.write.val() & (self.waddr.val() == self.off_data2.val());
        self.staged[3].ce.next = self.bus.write.val() & (self.waddr.val() == self.off_data3.val());
        // The port MAC is written into its shadow bank like a one-entry table
        self.shadow_port.next = !self.active.q.val().get_bit(self.bank_port.val().index());
        for i in 0..2 {
            self.mac_lo[i].clock.next = self.clock.val();
            self.mac_lo[i].rst.next = false;
            self.mac_lo[i].d.next = self.bus.wdata.val();
            self.mac_hi[i].clock.next = self.clock.val();
            self.mac_hi[i].rst.next = false;
            self.mac_hi[i].d.next = self.bus.wdata.val().get_bits::<16>(0);
        }
        self.mac_lo[0].ce.next = self.bus.write.val()
            & (self.waddr.val() == self.off_mac_lo.val())
            & !self.shadow_port.val();
        self.mac_lo[1].ce.next = self.bus.write.val()
            & (self.waddr.val() == self.off_mac_lo.val())
            & self.shadow_port.val();
        self.mac_hi[0].ce.next = self.bus.write.val()
            & (self.waddr.val() == self.off_mac_hi.val())
            & !self.shadow_port.val();
        self.mac_hi[1].ce.next = self.bus.write.val()
            & (self.waddr.val() == self.off_mac_hi.val())
            & self.shadow_port.val();
        self.rdata.clock.next = self.clock.val();
        self.rdata.rst.next = false;
        for i in 0..8 {
            self.snap[i].clock.next = self.clock.val();
            self.snap[i].d.next = self.snap[i].q.val();
        }
        self.banks.next = self.active.q.val();
        self.port_mac0.next = bit_cast::<48, 32>(self.mac_lo[0].q.val())
            | (bit_cast::<48, 16>(self.mac_hi[0].q.val()) << 32);
        self.port_mac1.next = bit_cast::<48, 32>(self.mac_lo[1].q.val())
            | (bit_cast::<48, 16>(self.mac_hi[1].q.val()) << 32);

        self.lpm_w_bank.next = !self.active.q.val().get_bit(self.bank_lpm.val().index());
        self.commit_busy.d.next = self.commit_busy.q.val();
        if self.commit_busy.q.val() != 0 {
            self.commit_busy.d.next = self.commit_busy.q.val() - 1;
        }
        // Writes. Everything below is decoded only in a write's clock: outside of one the
        // strobes are low and the addresses and data are don't-cares held at zero (and a
        // simulator skips the decode).
        self.clear_start.next = false;
        self.table_write.next = false;
        self.table_id.next = 0.into();
        self.index.next = 0.into();
        self.entry.next = 0.into();
        self.entry_mtu.next = 0.into();
        self.vid_we.next = false;
        self.vid_waddr.next = 0.into();
        self.target_we.next = false;
        self.target_waddr.next = 0.into();
        self.node_we.next = false;
        self.node_level.next = 0.into();
        self.node_index.next = 0.into();
        self.node_data.next = 0.into();
        self.leaf_we.next = false;
        self.leaf_index.next = 0.into();
        self.leaf_data.next = 0.into();
        if self.bus.write.val() {
            self.clear_start.next = (self.waddr.val() == self.off_ctrl.val())
                & self.bus.wdata.val().get_bit(self.clear_bit.val().index());
            if self.waddr.val() == self.off_tbl_commit.val() {
                self.active.d.next = self.active.q.val() ^ self.bus.wdata.val().get_bits::<4>(0);
                self.commit_busy.d.next = self.drain_clocks.val();
            }

            // TBL_WRITE: the staged entry into the addressed table's shadow bank; an index
            // past the table's end writes nothing
            self.table_write.next = self.waddr.val() == self.off_tbl_write.val();
            self.table_id.next = self
                .bus
                .wdata
                .val()
                .get_bits::<4>(self.table_lsb.val().index());
            self.index.next = self.bus.wdata.val().get_bits::<24>(0);
            self.entry.next = bit_cast::<64, 32>(self.staged[0].q.val())
                | (bit_cast::<64, 32>(self.staged[1].q.val()) << 32);
            self.entry_mtu.next = self.staged[2].q.val().get_bits::<16>(0);
            self.vid_we.next = self.table_write.val()
                & (self.table_id.val() == self.table_vid.val())
                & (self.index.val() < self.vids.val());
            self.vid_waddr.next = bit_cast::<13, 24>(self.index.val());
            if !self.active.q.val().get_bit(self.bank_vid.val().index()) {
                self.vid_waddr.next = bit_cast::<13, 24>(self.index.val()) | 0x1000;
            }
            self.target_we.next = self.table_write.val()
                & (self.table_id.val() == self.table_target.val())
                & (self.index.val() < self.targets.val());
            self.target_waddr.next = bit_cast::<11, 24>(self.index.val());
            if !self.active.q.val().get_bit(self.bank_target.val().index()) {
                self.target_waddr.next = bit_cast::<11, 24>(self.index.val()) | 0x400;
            }
            // Node index: level << 16 | node, node < 2^level
            self.node_level.next = self.index.val().get_bits::<4>(16);
            self.node_index.next = self.index.val().get_bits::<16>(0);
            self.node_we.next = self.table_write.val()
                & (self.table_id.val() == self.table_node.val())
                & (self.index.val().get_bits::<4>(20) == 0)
                & ((self.index.val().get_bits::<16>(0) >> self.index.val().get_bits::<4>(16)) == 0);
            self.node_data.next = bit_cast::<41, 32>(self.staged[0].q.val())
                | (bit_cast::<41, 32>(self.staged[1].q.val() & 0xff) << 32);
            if self.staged[1]
                .q
                .val()
                .get_bit(self.node_real_bit.val().index())
            {
                self.node_data.next = bit_cast::<41, 32>(self.staged[0].q.val())
                    | (bit_cast::<41, 32>(self.staged[1].q.val() & 0xff) << 32)
                    | self.node_real.val();
            }
            self.leaf_we.next = self.table_write.val()
                & (self.table_id.val() == self.table_leaf.val())
                & (self.index.val() < self.leaves.val());
            self.leaf_index.next = self.index.val().get_bits::<16>(0);
            self.leaf_data.next = bit_cast::<11, 32>(self.staged[0].q.val() & 0x3ff);
            if self.staged[0]
                .q
                .val()
                .get_bit(self.leaf_valid_bit.val().index())
            {
                self.leaf_data.next = bit_cast::<11, 32>(self.staged[0].q.val() & 0x3ff) | 0x400;
            }
        }

        // Reads, clock t: address the counter copies
        self.r1_valid.d.next = self.bus.read.val();
        self.r1_addr.d.next = self.waddr.val();
        self.vif_host_index.next =
            bit_cast::<8, ADDR_BITS>(self.bus.addr.val() >> self.vif_row_shift.val());
        self.target_host_index.next =
            bit_cast::<10, ADDR_BITS>(self.bus.addr.val() >> self.target_row_shift.val());

        // Clock t+1: decode, only in a read's clock
        self.in_global.next = false;
        self.in_vif.next = false;
        self.in_target.next = false;
        self.in_cpu.next = false;
        self.word.next = 0.into();
        self.counter.next = 0.into();
        self.value.next = 0.into();
        self.read_value.next = 0.into();
        if self.r1_valid.q.val() {
            self.in_global.next =
                (self.r1_addr.q.val() & self.global_mask.val()) == self.global_base.val();
            self.in_vif.next = (self.r1_addr.q.val() & self.vif_mask.val()) == self.vif_base.val();
            self.in_target.next =
                (self.r1_addr.q.val() & self.target_mask.val()) == self.target_base.val();
            self.in_cpu.next = (self.r1_addr.q.val() & self.cpu_mask.val()) == self.cpu_base.val();
            self.word.next =
                bit_cast::<8, ADDR_BITS>(self.r1_addr.q.val() >> 2) & self.vif_word_mask.val();
            if self.in_target.val() | self.in_cpu.val() {
                self.word.next = bit_cast::<8, ADDR_BITS>(self.r1_addr.q.val() >> 2)
                    & self.target_word_mask.val();
            }
            self.counter.next = self.word.val() >> 1;
            // A counter: the row's first word returns the live value and snapshots the row
            for i in 0..8 {
                if self.counter.val().index() == i {
                    self.value.next = self.snap[i].q.val();
                }
            }
            if self.word.val() == 0 {
                if self.in_global.val() {
                    self.value.next = self.global[0].val();
                    for i in 0..8 {
                        self.snap[i].d.next = self.global[i].val();
                    }
                }
                if self.in_vif.val() {
                    self.value.next = self.vif_host_data[0].val();
                    for i in 0..5 {
                        self.snap[i].d.next = self.vif_host_data[i].val();
                    }
                }
                if self.in_target.val() {
                    self.value.next = self.target_host_data[0].val();
                    for i in 0..2 {
                        self.snap[i].d.next = self.target_host_data[i].val();
                    }
                }
                if self.in_cpu.val() {
                    self.value.next = self.cpu_host_data[0].val();
                    for i in 0..2 {
                        self.snap[i].d.next = self.cpu_host_data[i].val();
                    }
                }
            }
            if self.in_global.val() | self.in_vif.val() | self.in_target.val() | self.in_cpu.val() {
                self.read_value.next = self.value.val().get_bits::<32>(0);
                if self.word.val().get_bit(0) {
                    self.read_value.next = self.value.val().get_bits::<32>(32);
                }
            } else if self.r1_addr.q.val() == self.off_id.val() {
                self.read_value.next = self.id_value.val();
            } else if self.r1_addr.q.val() == self.off_version.val() {
                self.read_value.next = self.version_value.val();
            } else if self.r1_addr.q.val() == self.off_next.val() {
                self.read_value.next = self.next_value.val();
            } else if self.r1_addr.q.val() == self.off_build.val() {
                self.read_value.next = self.build_value.val();
                if self.direction.val() {
                    self.read_value.next = self.build_value.val() | self.build_to_customer.val();
                }
            } else if self.r1_addr.q.val() == self.off_cap_tables.val() {
                self.read_value.next = self.cap_tables_value.val();
            } else if self.r1_addr.q.val() == self.off_cap_lpm.val() {
                self.read_value.next = self.cap_lpm_value.val();
            } else if self.r1_addr.q.val() == self.off_status.val() {
                if self.clear_busy.val() {
                    self.read_value.next = self.status_clear.val();
                }
                if self.commit_busy.q.val() != 0 {
                    self.read_value.next = self.status_commit.val();
                    if self.clear_busy.val() {
                        self.read_value.next = self.status_clear.val() | self.status_commit.val();
                    }
                }
            } else if self.r1_addr.q.val() == self.off_mac_lo.val() {
                self.read_value.next = self.mac_lo[0].q.val();
                if self.shadow_port.val() {
                    self.read_value.next = self.mac_lo[1].q.val();
                }
            } else if self.r1_addr.q.val() == self.off_mac_hi.val() {
                self.read_value.next = bit_cast::<32, 16>(self.mac_hi[0].q.val());
                if self.shadow_port.val() {
                    self.read_value.next = bit_cast::<32, 16>(self.mac_hi[1].q.val());
                }
            } else if self.r1_addr.q.val() == self.off_data0.val() {
                self.read_value.next = self.staged[0].q.val();
            } else if self.r1_addr.q.val() == self.off_data1.val() {
                self.read_value.next = self.staged[1].q.val();
            } else if self.r1_addr.q.val() == self.off_data2.val() {
                self.read_value.next = self.staged[2].q.val();
            } else if self.r1_addr.q.val() == self.off_data3.val() {
                self.read_value.next = self.staged[3].q.val();
            } else if self.r1_addr.q.val() == self.off_tbl_commit.val() {
                self.read_value.next = bit_cast::<32, 4>(self.active.q.val());
            }
        }
        self.rdata.ce.next = self.r1_valid.q.val();
        self.rdata.d.next = self.read_value.val();
        self.rvalid.d.next = self.r1_valid.q.val();
        if self.reset.val() {
            self.active.d.next = 0.into();
            self.commit_busy.d.next = 0.into();
            self.r1_valid.d.next = false;
            self.rvalid.d.next = false;
        }
        // Clock t+2: answer
        self.bus.rdata.next = self.rdata.q.val();
        self.bus.rvalid.next = self.rvalid.q.val();
    }
}
