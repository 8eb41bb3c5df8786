//! Resolve: the last two stages of the decision. Turns the classification and the LPM
//! result into the frame's verdict (step 10 and 11 of the contract; to the customer, steps
//! 9 to 11), reads the target table for the rewrite, and emits the frame's counter
//! increments.
//!
//! ```text
//!  D19  payload + LPM hit/target ──► verdict kind/reason/target ──► target table read
//!  D20  verdict + target entry + port MAC ──► egress MTU ──► verdict record (verdict FIFO)
//!                                                       ──► VIF, target and global counter events
//! ```
//!
//! The egress MTU is the target entry's: the VIF's MTU in the to-customer datapath, where
//! the routes select the VIF and so its MTU; 0xffff (no limit) in the to-AWS one, whose MTU
//! check is the ingress VIF's, in Classify, before the LPM.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;
use crate::dff_ce::DffCe;

use crate::classify::Classified;
use crate::codes::{kind, reason};
use dxedge_host::regmap::{target_entry, tbl_commit};

/// What the rewrite needs to know about a frame: one verdict FIFO entry (the MACs travel in
/// a FIFO of their own, so that every value the simulator handles per clock stays within 64
/// bits).
#[derive(Copy, Clone, Debug, PartialEq, Default, LogicStruct)]
pub struct VerdictRecord {
    /// Egress sideband `kind`: forward, punt or drop.
    pub kind: Bits<2>,
    /// Drop reason code when dropped.
    pub reason: Bits<3>,
    /// Target index when forwarded.
    pub target: Bits<10>,
    /// Forwarded with a tag: the new VID (PCP and DEI kept).
    pub retag: bool,
    pub vid: Bits<12>,
    /// Forwarded without a tag: the 4 tag bytes go.
    pub strip: bool,
    /// Frame length out (4 less than in when stripped).
    pub out_len: Bits<24>,
}

#[derive(LogicBlock)]
pub struct Resolve {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // From the LPM search
    pub in_valid: Signal<In, Bit>,
    pub in_payload: Signal<In, Classified>,
    pub in_hit: Signal<In, Bit>,
    pub in_target: Signal<In, Bits<10>>,
    // Port MAC, both banks
    pub port_mac0: Signal<In, Bits<48>>,
    pub port_mac1: Signal<In, Bits<48>>,
    // Target table writes
    pub target_we: Signal<In, Bit>,
    pub target_waddr: Signal<In, Bits<11>>,
    pub target_wdata: Signal<In, Bits<64>>,
    /// The entry's MTU (bits 79..64), kept in a RAM of its own beside the 64-bit entries.
    pub target_wmtu: Signal<In, Bits<16>>,
    // The verdict, one clock after the LPM result
    pub out_valid: Signal<Out, Bit>,
    pub out_record: Signal<Out, VerdictRecord>,
    /// Destination MAC in bits 47..0, source MAC (the port's) in bits 95..48, each with its
    /// first byte in the top bits.
    pub out_macs: Signal<Out, Bits<96>>,
    // Counter events, with the verdict
    pub vif_event: Signal<Out, Bit>,
    pub vif_index: Signal<Out, Bits<8>>,
    pub vif_bytes: Signal<Out, Bits<24>>,
    pub vif_forwarded: Signal<Out, Bit>,
    pub vif_punted: Signal<Out, Bit>,
    pub vif_dropped: Signal<Out, Bit>,
    pub target_event: Signal<Out, Bit>,
    pub target_index: Signal<Out, Bits<10>>,
    pub target_bytes: Signal<Out, Bits<24>>,
    pub drop_event: Signal<Out, Bit>,
    pub drop_reason: Signal<Out, Bits<3>>,
    pub punt_event: Signal<Out, Bit>,
    // D19
    targets: BlockRam<Bits<64>, 11>,
    mtus: BlockRam<Bits<16>, 11>,
    kind: Signal<Local, Bits<2>>,
    reason: Signal<Local, Bits<3>>,
    target: Signal<Local, Bits<10>>,
    banks: Signal<Local, Bits<4>>,
    // D20
    valid: DFF<Bit>,
    v_kind: DffCe<Bits<2>>,
    v_reason: DffCe<Bits<3>>,
    v_target: DffCe<Bits<10>>,
    v_len: DffCe<Bits<24>>,
    v_vif: DffCe<Bits<8>>,
    v_vif_found: DffCe<Bit>,
    v_port_bank: DffCe<Bit>,
    v_total_len: DffCe<Bits<16>>,
    record: Signal<Local, VerdictRecord>,
    src_mac: Signal<Local, Bits<48>>,
    forward: Signal<Local, Bit>,
    /// Forwarded by the LPM but over the egress MTU: dropped `mtu_exceeded` instead.
    too_big: Signal<Local, Bit>,
    kind_out: Signal<Local, Bits<2>>,
    reason_out: Signal<Local, Bits<3>>,
    // Codes and layouts
    kind_forward: Constant<Bits<2>>,
    kind_punt: Constant<Bits<2>>,
    kind_drop: Constant<Bits<2>>,
    reason_no_route: Constant<Bits<3>>,
    reason_mtu_exceeded: Constant<Bits<3>>,
    target_bank_bit: Constant<Bits<8>>,
    port_bank_bit: Constant<Bits<8>>,
    vlan_lsb: Constant<Bits<8>>,
    vlan_valid_bit: Constant<Bits<8>>,
}

impl Default for Resolve {
    fn default() -> Self {
        Self::new()
    }
}

impl Resolve {
    pub fn new() -> Self {
        const _: () = assert!(target_entry::MAC.lsb == 0 && target_entry::MAC.width == 48);
        const _: () = assert!(target_entry::VLAN.width == 12);
        const _: () = assert!(target_entry::MTU.width == 16 && target_entry::MTU.lsb == 64);
        let c8 = |v: usize| Constant::new((v as u64).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            in_valid: Default::default(),
            in_payload: Default::default(),
            in_hit: Default::default(),
            in_target: Default::default(),
            port_mac0: Default::default(),
            port_mac1: Default::default(),
            target_we: Default::default(),
            target_waddr: Default::default(),
            target_wdata: Default::default(),
            target_wmtu: Default::default(),
            out_valid: Default::default(),
            out_record: Default::default(),
            out_macs: Default::default(),
            vif_event: Default::default(),
            vif_index: Default::default(),
            vif_bytes: Default::default(),
            vif_forwarded: Default::default(),
            vif_punted: Default::default(),
            vif_dropped: Default::default(),
            target_event: Default::default(),
            target_index: Default::default(),
            target_bytes: Default::default(),
            drop_event: Default::default(),
            drop_reason: Default::default(),
            punt_event: Default::default(),
            targets: Default::default(),
            mtus: Default::default(),
            kind: Default::default(),
            reason: Default::default(),
            target: Default::default(),
            banks: Default::default(),
            valid: Default::default(),
            v_kind: Default::default(),
            v_reason: Default::default(),
            v_target: Default::default(),
            v_len: Default::default(),
            v_vif: Default::default(),
            v_vif_found: Default::default(),
            v_port_bank: Default::default(),
            v_total_len: Default::default(),
            record: Default::default(),
            src_mac: Default::default(),
            forward: Default::default(),
            too_big: Default::default(),
            kind_out: Default::default(),
            reason_out: Default::default(),
            kind_forward: Constant::new(kind::FORWARD.to_bits()),
            kind_punt: Constant::new(kind::PUNT.to_bits()),
            kind_drop: Constant::new(kind::DROP.to_bits()),
            reason_no_route: Constant::new(reason::NO_ROUTE.to_bits()),
            reason_mtu_exceeded: Constant::new(reason::MTU_EXCEEDED.to_bits()),
            target_bank_bit: c8(tbl_commit::TARGET.lsb as usize),
            port_bank_bit: c8(tbl_commit::PORT.lsb as usize),
            vlan_lsb: c8(target_entry::VLAN.lsb as usize),
            vlan_valid_bit: c8(target_entry::VLAN_VALID.lsb as usize),
        }
    }
}

impl Logic for Resolve {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid);
        self.v_kind.clock.next = self.clock.val();
        self.v_kind.ce.next = self.in_valid.val();
        self.v_kind.rst.next = false;
        self.v_reason.clock.next = self.clock.val();
        self.v_reason.ce.next = self.in_valid.val();
        self.v_reason.rst.next = false;
        self.v_target.clock.next = self.clock.val();
        self.v_target.ce.next = self.in_valid.val();
        self.v_target.rst.next = false;
        self.v_len.clock.next = self.clock.val();
        self.v_len.ce.next = self.in_valid.val();
        self.v_len.rst.next = false;
        self.v_vif.clock.next = self.clock.val();
        self.v_vif.ce.next = self.in_valid.val();
        self.v_vif.rst.next = false;
        self.v_vif_found.clock.next = self.clock.val();
        self.v_vif_found.ce.next = self.in_valid.val();
        self.v_vif_found.rst.next = false;
        self.v_port_bank.clock.next = self.clock.val();
        self.v_port_bank.ce.next = self.in_valid.val();
        self.v_port_bank.rst.next = false;
        self.v_total_len.clock.next = self.clock.val();
        self.v_total_len.ce.next = self.in_valid.val();
        self.v_total_len.rst.next = false;
        // D19: step 10, the LPM result decides frames that passed every check. Each stage
        // works only when it holds a frame; a simulator skips it otherwise.
        self.targets.clock.next = self.clock.val();
        self.targets.write_enable.next = self.target_we.val();
        self.targets.write_address.next = self.target_waddr.val();
        self.targets.write_data.next = self.target_wdata.val();
        self.mtus.clock.next = self.clock.val();
        self.mtus.write_enable.next = self.target_we.val();
        self.mtus.write_address.next = self.target_waddr.val();
        self.mtus.write_data.next = self.target_wmtu.val();
        self.kind.next = 0.into();
        self.reason.next = 0.into();
        self.target.next = 0.into();
        self.banks.next = 0.into();
        self.targets.read_address.next = 0.into();
        self.mtus.read_address.next = 0.into();
        self.valid.d.next = self.in_valid.val();
        if self.in_valid.val() {
            self.kind.next = self.in_payload.val().kind;
            self.reason.next = self.in_payload.val().reason;
            self.target.next = self.in_target.val();
            self.banks.next = self.in_payload.val().banks;
            if self.in_payload.val().need_lpm {
                if self.in_hit.val() {
                    self.kind.next = self.kind_forward.val();
                } else {
                    self.kind.next = self.kind_drop.val();
                    self.reason.next = self.reason_no_route.val();
                }
            }
            self.targets.read_address.next = bit_cast::<11, 10>(self.target.val());
            self.mtus.read_address.next = bit_cast::<11, 10>(self.target.val());
            if self.banks.val().get_bit(self.target_bank_bit.val().index()) {
                self.targets.read_address.next = bit_cast::<11, 10>(self.target.val()) | 0x400;
                self.mtus.read_address.next = bit_cast::<11, 10>(self.target.val()) | 0x400;
            }
        }
        self.v_kind.d.next = self.kind.val();
        self.v_reason.d.next = self.reason.val();
        self.v_target.d.next = self.target.val();
        self.v_len.d.next = self.in_payload.val().len;
        self.v_vif.d.next = self.in_payload.val().vif;
        self.v_vif_found.d.next = self.in_payload.val().vif_found;
        self.v_port_bank.d.next = self.banks.val().get_bit(self.port_bank_bit.val().index());
        self.v_total_len.d.next = self.in_payload.val().total_len;
        if self.reset.val() {
            self.valid.d.next = false;
        }

        // D20: the egress MTU (to the customer, step 10: after the route selected the VIF),
        // then step 11's rewrite parameters
        self.too_big.next = false;
        if self.valid.q.val() & (self.v_kind.q.val() == self.kind_forward.val()) {
            self.too_big.next = self.v_total_len.q.val() > self.mtus.read_data.val();
        }
        self.kind_out.next = self.v_kind.q.val();
        self.reason_out.next = self.v_reason.q.val();
        if self.too_big.val() {
            self.kind_out.next = self.kind_drop.val();
            self.reason_out.next = self.reason_mtu_exceeded.val();
        }
        self.forward.next = self.kind_out.val() == self.kind_forward.val();
        self.record.next.kind = self.kind_out.val();
        self.record.next.reason = self.reason_out.val();
        self.record.next.target = self.v_target.q.val();
        self.record.next.vid = 0.into();
        self.record.next.retag = false;
        self.record.next.strip = false;
        self.record.next.out_len = self.v_len.q.val();
        self.src_mac.next = 0.into();
        self.out_macs.next = 0.into();
        if self.valid.q.val() {
            self.src_mac.next = self.port_mac0.val();
            if self.v_port_bank.q.val() {
                self.src_mac.next = self.port_mac1.val();
            }
            self.out_macs.next = bit_cast::<96, 48>(self.targets.read_data.val().get_bits::<48>(0))
                | (bit_cast::<96, 48>(self.src_mac.val()) << 48);
            self.record.next.vid = self
                .targets
                .read_data
                .val()
                .get_bits::<12>(self.vlan_lsb.val().index());
            self.record.next.retag = self.forward.val()
                & self
                    .targets
                    .read_data
                    .val()
                    .get_bit(self.vlan_valid_bit.val().index());
            self.record.next.strip = self.forward.val()
                & !self
                    .targets
                    .read_data
                    .val()
                    .get_bit(self.vlan_valid_bit.val().index());
            if self.forward.val()
                & !self
                    .targets
                    .read_data
                    .val()
                    .get_bit(self.vlan_valid_bit.val().index())
            {
                self.record.next.out_len = self.v_len.q.val() - 4;
            }
        }
        self.out_valid.next = self.valid.q.val();
        self.out_record.next = self.record.val();

        // Counter events: step 4's VIF counters and step 11's target counters
        self.vif_event.next = self.valid.q.val() & self.v_vif_found.q.val();
        self.vif_index.next = self.v_vif.q.val();
        self.vif_bytes.next = self.v_len.q.val();
        self.vif_forwarded.next = self.forward.val();
        self.vif_punted.next = self.kind_out.val() == self.kind_punt.val();
        self.vif_dropped.next = self.kind_out.val() == self.kind_drop.val();
        self.target_event.next = self.valid.q.val() & self.forward.val();
        self.target_index.next = self.v_target.q.val();
        self.target_bytes.next = self.record.val().out_len;
        self.drop_event.next = self.valid.q.val() & (self.kind_out.val() == self.kind_drop.val());
        self.drop_reason.next = self.reason_out.val();
        self.punt_event.next = self.valid.q.val() & (self.kind_out.val() == self.kind_punt.val());
    }
}
