//! Classify: steps 2 to 9 of the spec for one header record per clock, in two stages.
//!
//! ```text
//!  D0  record (fields, checksum sum, len, banks) ──► VID table read
//!  D1  VID entry + fields ──► malformed / unknown_vlan / ARP punt / unsupported_ethertype /
//!                             bad_ipv4 / amazon_address punt / ttl_expired / mtu_exceeded
//!  D2  outcome, LPM key = vif << 32 | destination          (registered outputs)
//! ```
//!
//! Multi-byte fields arrive as little-endian lanes (first byte lowest) and are compared with
//! byte-swapped constants: 0x8100 on the wire is lane value 0x0081. The IPv4 checksum was
//! summed the same way by the header parse: a one's-complement sum does not depend on byte
//! order (RFC 1071 section 2(B)), and 0xffff is its own swap.
//!
//! The checks run in the spec's order, so that each one reads only bytes that the length
//! checks before it have shown to be inside the frame.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;
use crate::dff_ce::DffCe;

use dxedge_host::regmap::{tbl_commit, vid_entry};

use crate::codes::{kind, reason};

/// A classified frame: what the LPM search carries beside the key, and Resolve reads.
#[derive(Copy, Clone, Debug, PartialEq, Default, LogicStruct)]
pub struct Classified {
    /// Frame length in bytes.
    pub len: Bits<24>,
    /// The VIF's index, when `vif_found` (step 4 reached).
    pub vif: Bits<8>,
    pub vif_found: bool,
    /// Outcome of steps 2 to 9 when `need_lpm` is false.
    pub kind: Bits<2>,
    pub reason: Bits<3>,
    /// Passed every check: step 10 decides.
    pub need_lpm: bool,
    /// Table banks the frame sampled (`TBL_COMMIT` bit order).
    pub banks: Bits<4>,
    /// The IPv4 total length, for the egress MTU checked after the LPM (to the customer:
    /// the MTU of the VIF the routes select).
    pub total_len: Bits<16>,
}

#[derive(LogicBlock)]
pub struct Classify {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // Header records from the header capture, with the active table banks
    pub rec_valid: Signal<In, Bit>,
    pub rec_len: Signal<In, Bits<24>>,
    pub rec_outer_type: Signal<In, Bits<16>>,
    pub rec_tci: Signal<In, Bits<16>>,
    pub rec_inner_type: Signal<In, Bits<16>>,
    pub rec_version_ihl: Signal<In, Bits<8>>,
    pub rec_total_length: Signal<In, Bits<16>>,
    pub rec_ttl: Signal<In, Bits<8>>,
    pub rec_destination: Signal<In, Bits<32>>,
    pub rec_checksum: Signal<In, Bits<16>>,
    pub rec_banks: Signal<In, Bits<4>>,
    // VID table writes (shadow bank chosen by the register block)
    pub vid_we: Signal<In, Bit>,
    pub vid_waddr: Signal<In, Bits<13>>,
    pub vid_wdata: Signal<In, Bits<64>>,
    // Outcome, two cycles after the record
    pub out_valid: Signal<Out, Bit>,
    pub out: Signal<Out, Classified>,
    pub out_key: Signal<Out, Bits<40>>,
    // D0: the record
    d0_valid: DffCe<Bit>,
    d0_len: DffCe<Bits<24>>,
    d0_outer_type: DffCe<Bits<16>>,
    d0_tci: DffCe<Bits<16>>,
    d0_inner_type: DffCe<Bits<16>>,
    d0_version_ihl: DffCe<Bits<8>>,
    d0_total_length: DffCe<Bits<16>>,
    d0_ttl: DffCe<Bits<8>>,
    d0_destination: DffCe<Bits<32>>,
    d0_checksum: DffCe<Bits<16>>,
    d0_banks: DffCe<Bits<4>>,
    vid_ram: BlockRam<Bits<64>, 13>,
    vid: Signal<Local, Bits<16>>,
    // D1: fields and the VID entry
    d1_valid: DffCe<Bit>,
    d1_len: DffCe<Bits<24>>,
    d1_banks: DffCe<Bits<4>>,
    d1_tagged: DffCe<Bit>,
    d1_inner_type: DffCe<Bits<16>>,
    d1_vihl: DffCe<Bits<8>>,
    d1_total_len: DffCe<Bits<16>>,
    d1_ttl: DffCe<Bits<8>>,
    d1_dst: DffCe<Bits<32>>,
    d1_csum: DffCe<Bits<16>>,
    header_bytes: Signal<Local, Bits<24>>,
    ip_end: Signal<Local, Bits<24>>,
    vif_found: Signal<Local, Bit>,
    kind: Signal<Local, Bits<2>>,
    reason: Signal<Local, Bits<3>>,
    need_lpm: Signal<Local, Bit>,
    classified: Signal<Local, Classified>,
    // D2: outputs
    d2_valid: DffCe<Bit>,
    d2_out: DffCe<Classified>,
    d2_key: DffCe<Bits<40>>,
    // Codes and table layout, from the register map
    kind_punt: Constant<Bits<2>>,
    kind_drop: Constant<Bits<2>>,
    reason_malformed: Constant<Bits<3>>,
    reason_unknown_vlan: Constant<Bits<3>>,
    reason_unsupported_ethertype: Constant<Bits<3>>,
    reason_bad_ipv4: Constant<Bits<3>>,
    reason_ttl_expired: Constant<Bits<3>>,
    reason_mtu_exceeded: Constant<Bits<3>>,
    vid_bank_bit: Constant<Bits<8>>,
    vid_valid_bit: Constant<Bits<8>>,
    vid_amazon_valid_bit: Constant<Bits<8>>,
    vid_amazon_lsb: Constant<Bits<8>>,
    vid_vif_lsb: Constant<Bits<8>>,
    vid_mtu_lsb: Constant<Bits<8>>,
}

impl Default for Classify {
    fn default() -> Self {
        Self::new()
    }
}

impl Classify {
    pub fn new() -> Self {
        const _: () = assert!(vid_entry::AMAZON_ADDRESS.width == 32);
        const _: () = assert!(vid_entry::VIF.width == 8);
        const _: () = assert!(vid_entry::MTU.width == 16);
        const _: () = assert!(vid_entry::MTU.lsb + 16 <= 64);
        let c8 = |v: u32| Constant::new((v as u64).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rec_valid: Default::default(),
            rec_len: Default::default(),
            rec_outer_type: Default::default(),
            rec_tci: Default::default(),
            rec_inner_type: Default::default(),
            rec_version_ihl: Default::default(),
            rec_total_length: Default::default(),
            rec_ttl: Default::default(),
            rec_destination: Default::default(),
            rec_checksum: Default::default(),
            rec_banks: Default::default(),
            vid_we: Default::default(),
            vid_waddr: Default::default(),
            vid_wdata: Default::default(),
            out_valid: Default::default(),
            out: Default::default(),
            out_key: Default::default(),
            d0_valid: Default::default(),
            d0_len: Default::default(),
            d0_outer_type: Default::default(),
            d0_tci: Default::default(),
            d0_inner_type: Default::default(),
            d0_version_ihl: Default::default(),
            d0_total_length: Default::default(),
            d0_ttl: Default::default(),
            d0_destination: Default::default(),
            d0_checksum: Default::default(),
            d0_banks: Default::default(),
            vid_ram: Default::default(),
            vid: Default::default(),
            d1_valid: Default::default(),
            d1_len: Default::default(),
            d1_banks: Default::default(),
            d1_tagged: Default::default(),
            d1_inner_type: Default::default(),
            d1_vihl: Default::default(),
            d1_total_len: Default::default(),
            d1_ttl: Default::default(),
            d1_dst: Default::default(),
            d1_csum: Default::default(),
            header_bytes: Default::default(),
            ip_end: Default::default(),
            vif_found: Default::default(),
            kind: Default::default(),
            reason: Default::default(),
            need_lpm: Default::default(),
            classified: Default::default(),
            d2_valid: Default::default(),
            d2_out: Default::default(),
            d2_key: Default::default(),
            kind_punt: Constant::new(kind::PUNT.to_bits()),
            kind_drop: Constant::new(kind::DROP.to_bits()),
            reason_malformed: Constant::new(reason::MALFORMED.to_bits()),
            reason_unknown_vlan: Constant::new(reason::UNKNOWN_VLAN.to_bits()),
            reason_unsupported_ethertype: Constant::new(reason::UNSUPPORTED_ETHERTYPE.to_bits()),
            reason_bad_ipv4: Constant::new(reason::BAD_IPV4.to_bits()),
            reason_ttl_expired: Constant::new(reason::TTL_EXPIRED.to_bits()),
            reason_mtu_exceeded: Constant::new(reason::MTU_EXCEEDED.to_bits()),
            vid_bank_bit: c8(tbl_commit::VID.lsb),
            vid_valid_bit: c8(vid_entry::VALID.lsb),
            vid_amazon_valid_bit: c8(vid_entry::AMAZON_VALID.lsb),
            vid_amazon_lsb: c8(vid_entry::AMAZON_ADDRESS.lsb),
            vid_vif_lsb: c8(vid_entry::VIF.lsb),
            vid_mtu_lsb: c8(vid_entry::MTU.lsb),
        }
    }
}

impl Logic for Classify {
    #[hdl_gen]
    fn update(&mut self) {
        self.d0_valid.clock.next = self.clock.val();
        self.d1_valid.clock.next = self.clock.val();
        self.d2_valid.clock.next = self.clock.val();
        self.d0_len.clock.next = self.clock.val();
        self.d0_outer_type.clock.next = self.clock.val();
        self.d0_tci.clock.next = self.clock.val();
        self.d0_inner_type.clock.next = self.clock.val();
        self.d0_version_ihl.clock.next = self.clock.val();
        self.d0_total_length.clock.next = self.clock.val();
        self.d0_ttl.clock.next = self.clock.val();
        self.d0_destination.clock.next = self.clock.val();
        self.d0_checksum.clock.next = self.clock.val();
        self.d0_banks.clock.next = self.clock.val();
        self.d1_len.clock.next = self.clock.val();
        self.d1_banks.clock.next = self.clock.val();
        self.d1_tagged.clock.next = self.clock.val();
        self.d1_inner_type.clock.next = self.clock.val();
        self.d1_vihl.clock.next = self.clock.val();
        self.d1_total_len.clock.next = self.clock.val();
        self.d1_ttl.clock.next = self.clock.val();
        self.d1_dst.clock.next = self.clock.val();
        self.d1_csum.clock.next = self.clock.val();
        self.d2_out.clock.next = self.clock.val();
        self.d2_key.clock.next = self.clock.val();
        // D0: latch the record. Each stage works only when it holds a record (a frame of
        // 64 bytes is 8 clocks at 10G): idle stages hold their registers (their clock enable
        // is the stage before's valid, see dff_ce.rs), and a simulator skips their logic.
        self.d0_valid.ce.next = true;
        self.d0_valid.rst.next = self.reset.val();
        self.d0_valid.d.next = self.rec_valid.val();
        self.d0_len.ce.next = self.rec_valid.val();
        self.d0_len.rst.next = false;
        self.d0_outer_type.ce.next = self.rec_valid.val();
        self.d0_outer_type.rst.next = false;
        self.d0_tci.ce.next = self.rec_valid.val();
        self.d0_tci.rst.next = false;
        self.d0_inner_type.ce.next = self.rec_valid.val();
        self.d0_inner_type.rst.next = false;
        self.d0_version_ihl.ce.next = self.rec_valid.val();
        self.d0_version_ihl.rst.next = false;
        self.d0_total_length.ce.next = self.rec_valid.val();
        self.d0_total_length.rst.next = false;
        self.d0_ttl.ce.next = self.rec_valid.val();
        self.d0_ttl.rst.next = false;
        self.d0_destination.ce.next = self.rec_valid.val();
        self.d0_destination.rst.next = false;
        self.d0_checksum.ce.next = self.rec_valid.val();
        self.d0_checksum.rst.next = false;
        self.d0_banks.ce.next = self.rec_valid.val();
        self.d0_banks.rst.next = false;
        self.d0_len.d.next = self.rec_len.val();
        self.d0_outer_type.d.next = self.rec_outer_type.val();
        self.d0_tci.d.next = self.rec_tci.val();
        self.d0_inner_type.d.next = self.rec_inner_type.val();
        self.d0_version_ihl.d.next = self.rec_version_ihl.val();
        self.d0_total_length.d.next = self.rec_total_length.val();
        self.d0_ttl.d.next = self.rec_ttl.val();
        self.d0_destination.d.next = self.rec_destination.val();
        self.d0_checksum.d.next = self.rec_checksum.val();
        self.d0_banks.d.next = self.rec_banks.val();

        // VID table: bank bit over the 12-bit VID (IEEE 802.1Q TCI: PCP 3, DEI 1, VID 12)
        self.vid_ram.clock.next = self.clock.val();
        self.vid.next = 0.into();
        self.vid_ram.read_address.next = 0.into();
        if self.d0_valid.q.val() {
            self.vid.next = ((self.d0_tci.q.val() & 0x000f) << 8) | (self.d0_tci.q.val() >> 8);
            self.vid_ram.read_address.next = bit_cast::<13, 16>(self.vid.val());
            if self
                .d0_banks
                .q
                .val()
                .get_bit(self.vid_bank_bit.val().index())
            {
                self.vid_ram.read_address.next = bit_cast::<13, 16>(self.vid.val()) | 0x1000;
            }
        }
        self.vid_ram.write_enable.next = self.vid_we.val();
        self.vid_ram.write_address.next = self.vid_waddr.val();
        self.vid_ram.write_data.next = self.vid_wdata.val();

        // D1: latch the fields, in network order where a comparison needs it
        self.d1_valid.ce.next = true;
        self.d1_valid.rst.next = self.reset.val();
        self.d1_valid.d.next = self.d0_valid.q.val();
        self.d1_len.ce.next = self.d0_valid.q.val();
        self.d1_len.rst.next = false;
        self.d1_banks.ce.next = self.d0_valid.q.val();
        self.d1_banks.rst.next = false;
        self.d1_tagged.ce.next = self.d0_valid.q.val();
        self.d1_tagged.rst.next = false;
        self.d1_inner_type.ce.next = self.d0_valid.q.val();
        self.d1_inner_type.rst.next = false;
        self.d1_vihl.ce.next = self.d0_valid.q.val();
        self.d1_vihl.rst.next = false;
        self.d1_total_len.ce.next = self.d0_valid.q.val();
        self.d1_total_len.rst.next = false;
        self.d1_ttl.ce.next = self.d0_valid.q.val();
        self.d1_ttl.rst.next = false;
        self.d1_dst.ce.next = self.d0_valid.q.val();
        self.d1_dst.rst.next = false;
        self.d1_csum.ce.next = self.d0_valid.q.val();
        self.d1_csum.rst.next = false;
        self.d1_len.d.next = self.d0_len.q.val();
        self.d1_banks.d.next = self.d0_banks.q.val();
        self.d1_tagged.d.next = self.d0_outer_type.q.val() == 0x0081;
        self.d1_inner_type.d.next = self.d0_inner_type.q.val();
        self.d1_vihl.d.next = self.d0_version_ihl.q.val();
        self.d1_total_len.d.next =
            (self.d0_total_length.q.val() << 8) | (self.d0_total_length.q.val() >> 8);
        self.d1_ttl.d.next = self.d0_ttl.q.val();
        self.d1_dst.d.next = ((self.d0_destination.q.val() & 0xff) << 24)
            | ((self.d0_destination.q.val() & 0xff00) << 8)
            | ((self.d0_destination.q.val() >> 8) & 0xff00)
            | (self.d0_destination.q.val() >> 24);
        self.d1_csum.d.next = self.d0_checksum.q.val();

        self.header_bytes.next = 0.into();
        self.ip_end.next = 0.into();
        self.vif_found.next = false;
        self.need_lpm.next = false;
        self.kind.next = self.kind_drop.val();
        self.reason.next = 0.into();
        if self.d1_valid.q.val() {
            // 18 + IHL * 4 and 18 + total length, in frame bytes
            self.header_bytes.next = (bit_cast::<24, 8>(self.d1_vihl.q.val() & 0x0f) << 2) + 18;
            self.ip_end.next = bit_cast::<24, 16>(self.d1_total_len.q.val()) + 18;
            if (self.d1_len.q.val() < 14) | (self.d1_tagged.q.val() & (self.d1_len.q.val() < 18)) {
                self.reason.next = self.reason_malformed.val();
            } else if !self.d1_tagged.q.val()
                | !self
                    .vid_ram
                    .read_data
                    .val()
                    .get_bit(self.vid_valid_bit.val().index())
            {
                self.reason.next = self.reason_unknown_vlan.val();
            } else {
                self.vif_found.next = true;
                if self.d1_inner_type.q.val() == 0x0608 {
                    self.kind.next = self.kind_punt.val();
                } else if self.d1_inner_type.q.val() != 0x0008 {
                    self.reason.next = self.reason_unsupported_ethertype.val();
                } else if (self.d1_len.q.val() < 38)
                    | ((self.d1_vihl.q.val() >> 4) != 4)
                    | ((self.d1_vihl.q.val() & 0x0f) < 5)
                    | (self.header_bytes.val() > self.d1_len.q.val())
                    | (bit_cast::<24, 16>(self.d1_total_len.q.val()) + 18 < self.header_bytes.val())
                    | (self.ip_end.val() > self.d1_len.q.val())
                    | (self.d1_csum.q.val() != 0xffff)
                {
                    self.reason.next = self.reason_bad_ipv4.val();
                } else if self
                    .vid_ram
                    .read_data
                    .val()
                    .get_bit(self.vid_amazon_valid_bit.val().index())
                    & (self.d1_dst.q.val()
                        == self
                            .vid_ram
                            .read_data
                            .val()
                            .get_bits::<32>(self.vid_amazon_lsb.val().index()))
                {
                    // BGP and BFD to the AWS peer arrive with TTL 1: punt before the TTL check
                    self.kind.next = self.kind_punt.val();
                } else if self.d1_ttl.q.val() <= 1 {
                    self.reason.next = self.reason_ttl_expired.val();
                } else if self.d1_total_len.q.val()
                    > self
                        .vid_ram
                        .read_data
                        .val()
                        .get_bits::<16>(self.vid_mtu_lsb.val().index())
                {
                    self.reason.next = self.reason_mtu_exceeded.val();
                } else {
                    self.need_lpm.next = true;
                }
            }
        }

        // D2: outputs
        self.classified.next.len = self.d1_len.q.val();
        self.classified.next.vif = self
            .vid_ram
            .read_data
            .val()
            .get_bits::<8>(self.vid_vif_lsb.val().index());
        self.classified.next.vif_found = self.vif_found.val();
        self.classified.next.kind = self.kind.val();
        self.classified.next.reason = self.reason.val();
        self.classified.next.need_lpm = self.need_lpm.val();
        self.classified.next.banks = self.d1_banks.q.val();
        self.classified.next.total_len = self.d1_total_len.q.val();
        self.d2_valid.ce.next = true;
        self.d2_valid.rst.next = self.reset.val();
        self.d2_valid.d.next = self.d1_valid.q.val();
        self.d2_out.ce.next = self.d1_valid.q.val();
        self.d2_out.rst.next = false;
        self.d2_key.ce.next = self.d1_valid.q.val();
        self.d2_key.rst.next = false;
        self.d2_out.d.next = self.classified.val();
        self.d2_key.d.next = bit_cast::<40, 32>(self.d1_dst.q.val())
            | (bit_cast::<40, 8>(
                self.vid_ram
                    .read_data
                    .val()
                    .get_bits::<8>(self.vid_vif_lsb.val().index()),
            ) << 32);
        self.out_valid.next = self.d2_valid.q.val();
        self.out.next = self.d2_out.q.val();
        self.out_key.next = self.d2_key.q.val();
    }
}
