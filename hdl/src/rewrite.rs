//! Rewrite: step 11 of the spec on the beats of a forwarded frame, and the egress stream.
//!
//! ```text
//!  beat FIFO ─► X: edit in place ─────────► H (hold one beat) ─► merge ─► m_axis
//!  verdict FIFO (popped with a frame's        MACs, VID, TTL,        strip: out byte j = in byte
//!  first beat)                                checksum               j + 4 for j >= 12
//! ```
//!
//! The edit writes the destination and source MACs (bytes 0..12), the VID (low 12 bits of the
//! TCI at bytes 14..16, IEEE 802.1Q: PCP and DEI kept) when the target retags, and the TTL
//! (byte 26) and header checksum (bytes 28..30). The checksum update is RFC 1624 eqn. 3,
//! `HC' = ~(~HC + ~m + m')` in one's-complement arithmetic, with `m` the 16-bit word holding
//! the TTL; for a header whose checksum verified and whose TTL is at least 2 it equals a
//! fresh computation (the RFC 1141 form, `HC' = HC + m - m'`, can yield 0xffff instead of
//! 0x0000). One's-complement sums do not depend on byte order (RFC 1071 section 2(B)), so
//! the words are summed as they sit in the little-endian lanes.
//!
//! Stripping the tag removes bytes 12..16, so every later byte moves 4 places down, across
//! beats: an output beat takes the upper part of beat k and 4 bytes of beat k+1. H holds
//! beat k until beat k+1 arrives (or k is the frame's last); a last input beat whose bytes
//! all moved into the previous output beat produces no beat of its own. One beat enters and
//! at most one leaves per clock, so the stage keeps line rate.

use rust_hdl::prelude::*;

use crate::codes::kind;
use crate::dff_ce::DffCe;
use crate::resolve::VerdictRecord;
use crate::stream::AxisSource;
use dxedge_host::regmap::egress;

#[derive(LogicBlock)]
pub struct Rewrite<const W: usize, const B: usize, const WL: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // Beat FIFO: data in bits W-1..0, last in bit W
    pub beat_empty: Signal<In, Bit>,
    pub beat: Signal<In, Bits<WL>>,
    pub beat_read: Signal<Out, Bit>,
    // Verdict FIFO
    pub verdict_empty: Signal<In, Bit>,
    pub verdict: Signal<In, VerdictRecord>,
    /// The frame's MACs (`Resolve::out_macs`), from a FIFO read with the verdict FIFO.
    pub verdict_macs: Signal<In, Bits<96>>,
    pub verdict_read: Signal<Out, Bit>,
    // Egress
    pub m_axis: AxisSource<W, B, { egress::BITS }>,
    // X: the beat at the FIFO head
    x_mid: DFF<Bit>,
    x_beat: DFF<Bits<16>>,
    cur: DffCe<VerdictRecord>,
    cur_macs: DffCe<Bits<96>>,
    x_avail: Signal<Local, Bit>,
    xv: Signal<Local, VerdictRecord>,
    x_data: Signal<Local, Bits<W>>,
    x_last: Signal<Local, Bit>,
    x_forward: Signal<Local, Bit>,
    xm: Signal<Local, Bits<96>>,
    dst_mac: Signal<Local, Bits<48>>,
    src_mac: Signal<Local, Bits<48>>,
    dst_lanes: Signal<Local, Bits<48>>,
    src_lanes: Signal<Local, Bits<48>>,
    vid_lanes: Signal<Local, Bits<16>>,
    head_lo: Signal<Local, Bits<64>>,
    head_hi: Signal<Local, Bits<64>>,
    beat_value: Signal<Local, Bits<W>>,
    beat_mask: Signal<Local, Bits<W>>,
    x_mac: Signal<Local, Bits<W>>,
    ttl_word: Signal<Local, Bits<16>>,
    old_checksum: Signal<Local, Bits<16>>,
    inv_checksum: Signal<Local, Bits<16>>,
    inv_ttl_word: Signal<Local, Bits<16>>,
    new_ttl_word: Signal<Local, Bits<16>>,
    checksum_sum: Signal<Local, Bits<20>>,
    checksum_fold1: Signal<Local, Bits<20>>,
    checksum_fold2: Signal<Local, Bits<20>>,
    new_checksum: Signal<Local, Bits<16>>,
    ttl_checksum: Signal<Local, Bits<32>>,
    x_ttl: Signal<Local, Bits<W>>,
    x_edit: Signal<Local, Bits<W>>,
    // H: the held beat
    h_valid: DFF<Bit>,
    h_data: DffCe<Bits<W>>,
    h_last: DffCe<Bit>,
    h_beat: DffCe<Bits<16>>,
    h_rec: DffCe<VerdictRecord>,
    h_rem: DFF<Bits<24>>,
    shifted: Signal<Local, Bits<W>>,
    low_mask: Signal<Local, Bits<W>>,
    out_valid: Signal<Local, Bit>,
    out_last: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    absorb: Signal<Local, Bit>,
    take_x: Signal<Local, Bit>,
    load_h: Signal<Local, Bit>,
    // Constants of the width
    ttl_beat: Constant<Bits<16>>,
    ttl_bit: Constant<Bits<16>>,
    checksum_bit: Constant<Bits<16>>,
    ttl_mask: Constant<Bits<W>>,
    low_mask0: Constant<Bits<W>>,
    low_mask1: Constant<Bits<W>>,
    mac_mask0: Constant<Bits<W>>,
    mac_mask1: Constant<Bits<W>>,
    vid_mask0: Constant<Bits<W>>,
    vid_mask1: Constant<Bits<W>>,
    up_shift: Constant<Bits<16>>,
    beat_bytes: Constant<Bits<24>>,
    last_bit: Constant<Bits<16>>,
    all_keep: Constant<Bits<B>>,
    kind_forward: Constant<Bits<2>>,
    reason_lsb: Constant<Bits<8>>,
    target_lsb: Constant<Bits<8>>,
}

/// `bytes` low bytes set, in a `width`-bit mask.
fn byte_mask<const N: usize>(from_byte: usize, bytes: usize) -> Bits<N> {
    let mut m: Bits<N> = 0.into();
    for i in from_byte * 8..(from_byte + bytes) * 8 {
        if i < N {
            m = m.replace_bit(i, true);
        }
    }
    m
}

/// Mask of frame bytes `from..to` that fall in beat `beat` of a `W`-bit stream.
fn frame_mask<const W: usize>(beat: usize, from: usize, to: usize) -> Bits<W> {
    let bytes = W / 8;
    let mut m: Bits<W> = 0.into();
    for byte in from..to {
        if byte / bytes == beat {
            for bit in 0..8 {
                m = m.replace_bit(8 * (byte % bytes) + bit, true);
            }
        }
    }
    m
}

/// Mask of the low nibble of frame byte `byte` if it falls in beat `beat`.
fn nibble_mask<const W: usize>(beat: usize, byte: usize) -> Bits<W> {
    let bytes = W / 8;
    let mut m: Bits<W> = 0.into();
    if byte / bytes == beat {
        for bit in 0..4 {
            m = m.replace_bit(8 * (byte % bytes) + bit, true);
        }
    }
    m
}

impl<const W: usize, const B: usize, const WL: usize> Default for Rewrite<W, B, WL> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize, const WL: usize> Rewrite<W, B, WL> {
    pub fn new() -> Self {
        assert!(W.is_power_of_two() && W >= 64 && B * 8 == W && WL == W + 1);
        const _: () = assert!(egress::KIND.lsb == 0 && egress::KIND.width == 2);
        const _: () = assert!(egress::REASON.width == 3 && egress::TARGET.width == 10);
        let beat = W / 8;
        assert_eq!(
            26 / beat,
            29 / beat,
            "TTL, protocol and checksum must share a beat"
        );
        // Bytes of the frame below 12 (the MACs) stay in place when the tag is stripped
        let low = |k: usize| -> Bits<W> {
            let start = k * beat;
            if start >= 12 {
                0.into()
            } else {
                byte_mask::<W>(0, (12 - start).min(beat))
            }
        };
        let c16 = |v: usize| Constant::new((v as u64).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            beat_empty: Default::default(),
            beat: Default::default(),
            beat_read: Default::default(),
            verdict_empty: Default::default(),
            verdict: Default::default(),
            verdict_macs: Default::default(),
            verdict_read: Default::default(),
            m_axis: Default::default(),
            x_mid: Default::default(),
            x_beat: Default::default(),
            cur: Default::default(),
            cur_macs: Default::default(),
            x_avail: Default::default(),
            xv: Default::default(),
            x_data: Default::default(),
            x_last: Default::default(),
            x_forward: Default::default(),
            xm: Default::default(),
            dst_mac: Default::default(),
            src_mac: Default::default(),
            dst_lanes: Default::default(),
            src_lanes: Default::default(),
            vid_lanes: Default::default(),
            head_lo: Default::default(),
            head_hi: Default::default(),
            beat_value: Default::default(),
            beat_mask: Default::default(),
            x_mac: Default::default(),
            ttl_word: Default::default(),
            old_checksum: Default::default(),
            inv_checksum: Default::default(),
            inv_ttl_word: Default::default(),
            new_ttl_word: Default::default(),
            checksum_sum: Default::default(),
            checksum_fold1: Default::default(),
            checksum_fold2: Default::default(),
            new_checksum: Default::default(),
            ttl_checksum: Default::default(),
            x_ttl: Default::default(),
            x_edit: Default::default(),
            h_valid: Default::default(),
            h_data: Default::default(),
            h_last: Default::default(),
            h_beat: Default::default(),
            h_rec: Default::default(),
            h_rem: Default::default(),
            shifted: Default::default(),
            low_mask: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_fire: Default::default(),
            absorb: Default::default(),
            take_x: Default::default(),
            load_h: Default::default(),
            ttl_beat: c16(26 / beat),
            ttl_bit: c16(8 * (26 % beat)),
            checksum_bit: c16(8 * (28 % beat)),
            // TTL, protocol and the two checksum bytes: one 32-bit run of the TTL's beat
            ttl_mask: Constant::new(byte_mask::<W>(26 % beat, 4)),
            low_mask0: Constant::new(low(0)),
            low_mask1: Constant::new(low(1)),
            // The MACs are bytes 0..12; the VID the low nibble of byte 14 and all of byte 15
            mac_mask0: Constant::new(frame_mask::<W>(0, 0, 12)),
            mac_mask1: Constant::new(frame_mask::<W>(1, 0, 12)),
            vid_mask0: Constant::new(frame_mask::<W>(0, 15, 16) | nibble_mask::<W>(0, 14)),
            vid_mask1: Constant::new(frame_mask::<W>(1, 15, 16) | nibble_mask::<W>(1, 14)),
            up_shift: c16(W - 32),
            beat_bytes: Constant::new((beat as u64).to_bits()),
            last_bit: c16(W),
            all_keep: Constant::new(!Bits::<B>::default()),
            kind_forward: Constant::new(kind::FORWARD.to_bits()),
            reason_lsb: Constant::new((egress::REASON.lsb as u64).to_bits()),
            target_lsb: Constant::new((egress::TARGET.lsb as u64).to_bits()),
        }
    }
}

impl<const W: usize, const B: usize, const WL: usize> Logic for Rewrite<W, B, WL> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, x_mid, x_beat, h_valid, h_rem);
        self.cur.clock.next = self.clock.val();
        self.cur_macs.clock.next = self.clock.val();
        self.h_data.clock.next = self.clock.val();
        self.h_last.clock.next = self.clock.val();
        self.h_beat.clock.next = self.clock.val();
        self.h_rec.clock.next = self.clock.val();
        // X: the FIFO head, with its frame's verdict (the verdict FIFO head for a first beat)
        self.x_avail.next =
            !self.beat_empty.val() & (self.x_mid.q.val() | !self.verdict_empty.val());
        self.xv.next = self.verdict.val();
        if self.x_mid.q.val() {
            self.xv.next = self.cur.q.val();
        }
        self.x_data.next = self.beat.val().get_bits::<W>(0);
        self.x_last.next = self.beat.val().get_bit(self.last_bit.val().index());
        self.x_forward.next = self.xv.val().kind == self.kind_forward.val();

        // MACs go out first byte first: reverse them into lane order
        self.xm.next = self.verdict_macs.val();
        if self.x_mid.q.val() {
            self.xm.next = self.cur_macs.q.val();
        }
        self.dst_mac.next = self.xm.val().get_bits::<48>(0);
        self.src_mac.next = self.xm.val().get_bits::<48>(48);
        self.dst_lanes.next = ((self.dst_mac.val() >> 40) & 0xff)
            | (((self.dst_mac.val() >> 32) & 0xff) << 8)
            | (((self.dst_mac.val() >> 24) & 0xff) << 16)
            | (((self.dst_mac.val() >> 16) & 0xff) << 24)
            | (((self.dst_mac.val() >> 8) & 0xff) << 32)
            | ((self.dst_mac.val() & 0xff) << 40);
        self.src_lanes.next = ((self.src_mac.val() >> 40) & 0xff)
            | (((self.src_mac.val() >> 32) & 0xff) << 8)
            | (((self.src_mac.val() >> 24) & 0xff) << 16)
            | (((self.src_mac.val() >> 16) & 0xff) << 24)
            | (((self.src_mac.val() >> 8) & 0xff) << 32)
            | ((self.src_mac.val() & 0xff) << 40);
        // TCI bytes 14 and 15 in lane order: VID bits 11..8 in the low nibble of byte 14
        self.vid_lanes.next = (bit_cast::<16, 12>(self.xv.val().vid) >> 8)
            | ((bit_cast::<16, 12>(self.xv.val().vid) & 0xff) << 8);
        // The edits are computed only on the beats they touch of a forwarded frame: other
        // beats pass as they are (and a simulator skips the work).
        self.head_lo.next = 0.into();
        self.head_hi.next = 0.into();
        self.beat_value.next = 0.into();
        self.beat_mask.next = 0.into();
        self.x_mac.next = self.x_data.val();
        if self.x_forward.val() & (self.x_beat.q.val() < 2) {
            // Frame bytes 0..8 and 8..16 in lane order, 64 bits each, then placed in beat 0
            // (and beat 1 when beats are 8 bytes): no value wider than the beat is shifted
            self.head_lo.next = bit_cast::<64, 48>(self.dst_lanes.val())
                | (bit_cast::<64, 48>(self.src_lanes.val()) << 48);
            self.head_hi.next = (bit_cast::<64, 48>(self.src_lanes.val()) >> 16)
                | (bit_cast::<64, 16>(self.vid_lanes.val()) << 48);
            if self.x_beat.q.val() == 0 {
                self.beat_value.next = bit_cast::<W, 64>(self.head_lo.val())
                    | (bit_cast::<W, 64>(self.head_hi.val()) << 64);
                self.beat_mask.next = self.mac_mask0.val();
                if self.xv.val().retag {
                    self.beat_mask.next = self.mac_mask0.val() | self.vid_mask0.val();
                }
            } else {
                self.beat_value.next = bit_cast::<W, 64>(self.head_hi.val());
                self.beat_mask.next = self.mac_mask1.val();
                if self.xv.val().retag {
                    self.beat_mask.next = self.mac_mask1.val() | self.vid_mask1.val();
                }
            }
            self.x_mac.next = (self.x_data.val() & !self.beat_mask.val())
                | (self.beat_value.val() & self.beat_mask.val());
        }

        // TTL - 1 and RFC 1624 eqn. 3 (TTL >= 2 here, so the word's low byte never borrows)
        self.ttl_word.next = self.x_data.val().get_bits::<16>(self.ttl_bit.val().index());
        self.old_checksum.next = self
            .x_data
            .val()
            .get_bits::<16>(self.checksum_bit.val().index());
        // Complement at 16 bits first: in Verilog, `~x` inside a wider expression would
        // extend x before inverting it
        self.inv_checksum.next = !self.old_checksum.val();
        self.inv_ttl_word.next = !self.ttl_word.val();
        self.new_ttl_word.next = self.ttl_word.val() - 1;
        self.checksum_sum.next = bit_cast::<20, 16>(self.inv_checksum.val())
            + bit_cast::<20, 16>(self.inv_ttl_word.val())
            + bit_cast::<20, 16>(self.new_ttl_word.val());
        self.checksum_fold1.next =
            (self.checksum_sum.val() & 0xffff) + (self.checksum_sum.val() >> 16);
        self.checksum_fold2.next =
            (self.checksum_fold1.val() & 0xffff) + (self.checksum_fold1.val() >> 16);
        self.new_checksum.next = !bit_cast::<16, 20>(self.checksum_fold2.val());
        // TTL and protocol, then the checksum: four bytes in a row, placed with one shift
        self.ttl_checksum.next = bit_cast::<32, 16>(self.new_ttl_word.val())
            | (bit_cast::<32, 16>(self.new_checksum.val()) << 16);
        self.x_ttl.next = self.x_mac.val();
        if self.x_forward.val() & (self.x_beat.q.val() == self.ttl_beat.val()) {
            self.x_ttl.next = (self.x_mac.val() & !self.ttl_mask.val())
                | (bit_cast::<W, 32>(self.ttl_checksum.val()) << self.ttl_bit.val());
        }
        self.x_edit.next = self.x_ttl.val();

        // H and the output beat; the realignment only for frames that lose their tag
        self.shifted.next = 0.into();
        self.low_mask.next = 0.into();
        if self.h_beat.q.val() == 0 {
            self.low_mask.next = self.low_mask0.val();
        }
        if self.h_beat.q.val() == 1 {
            self.low_mask.next = self.low_mask1.val();
        }
        self.m_axis.tdata.next = self.h_data.q.val();
        if self.h_rec.q.val().strip {
            self.shifted.next = self.h_data.q.val() >> 32;
            if !self.h_last.q.val() {
                self.shifted.next =
                    (self.h_data.q.val() >> 32) | (self.x_edit.val() << self.up_shift.val());
            }
            self.m_axis.tdata.next = (self.h_data.q.val() & self.low_mask.val())
                | (self.shifted.val() & !self.low_mask.val());
        }
        self.out_valid.next = self.h_valid.q.val()
            & (!self.h_rec.q.val().strip | self.h_last.q.val() | self.x_avail.val());
        self.out_last.next = self.h_rem.q.val() <= self.beat_bytes.val();
        self.m_axis.tvalid.next = self.out_valid.val();
        self.m_axis.tlast.next = self.out_last.val();
        self.m_axis.tkeep.next = self.all_keep.val();
        if self.h_rem.q.val() < self.beat_bytes.val() {
            self.m_axis.tkeep.next =
                self.all_keep.val() >> (self.beat_bytes.val() - self.h_rem.q.val());
        }
        self.m_axis.tuser.next = bit_cast::<{ egress::BITS }, 2>(self.h_rec.q.val().kind)
            | (bit_cast::<{ egress::BITS }, 3>(self.h_rec.q.val().reason) << self.reason_lsb.val())
            | (bit_cast::<{ egress::BITS }, 10>(self.h_rec.q.val().target)
                << self.target_lsb.val());
        self.out_fire.next = self.out_valid.val() & self.m_axis.tready.val();
        // A stripped frame's last input beat whose bytes all went into this output beat
        self.absorb.next = self.out_fire.val()
            & self.h_rec.q.val().strip
            & !self.h_last.q.val()
            & self.out_last.val();
        self.take_x.next = self.x_avail.val() & (!self.h_valid.q.val() | self.out_fire.val());
        self.load_h.next = self.take_x.val() & !self.absorb.val();

        self.beat_read.next = self.take_x.val();
        self.verdict_read.next = self.take_x.val() & !self.x_mid.q.val();
        if self.take_x.val() {
            self.x_mid.d.next = !self.x_last.val();
            if self.x_beat.q.val() != 0xffff {
                self.x_beat.d.next = self.x_beat.q.val() + 1;
            }
            if self.x_last.val() {
                self.x_beat.d.next = 0.into();
            }
        }
        // A frame's verdict and MACs, taken with its first beat, held for the rest
        self.cur.ce.next = self.take_x.val() & !self.x_mid.q.val();
        self.cur_macs.ce.next = self.take_x.val() & !self.x_mid.q.val();
        self.cur.rst.next = false;
        self.cur_macs.rst.next = false;
        self.cur.d.next = self.verdict.val();
        self.cur_macs.d.next = self.verdict_macs.val();
        if self.out_fire.val() {
            self.h_valid.d.next = false;
            self.h_rem.d.next = self.h_rem.q.val() - self.beat_bytes.val();
        }
        // The beat on offer: loaded as the next one is taken, held while egress waits
        self.h_data.ce.next = self.load_h.val();
        self.h_last.ce.next = self.load_h.val();
        self.h_beat.ce.next = self.load_h.val();
        self.h_rec.ce.next = self.load_h.val();
        self.h_data.rst.next = false;
        self.h_last.rst.next = false;
        self.h_beat.rst.next = false;
        self.h_rec.rst.next = false;
        self.h_data.d.next = self.x_edit.val();
        self.h_last.d.next = self.x_last.val();
        self.h_beat.d.next = self.x_beat.q.val();
        self.h_rec.d.next = self.xv.val();
        if self.load_h.val() {
            self.h_valid.d.next = true;
            if !self.x_mid.q.val() {
                self.h_rem.d.next = self.xv.val().out_len;
            }
        }
        if self.reset.val() {
            self.x_mid.d.next = false;
            self.x_beat.d.next = 0.into();
            self.h_valid.d.next = false;
        }
    }
}
