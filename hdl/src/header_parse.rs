//! Header parse: the header fields of every frame, captured beat by beat as they go past,
//! and the IPv4 header checksum summed on the way. One record per frame.
//!
//! ```text
//!  beat k ──► field f captured when k = offset(f) / B, from lane offset(f) % B
//!         ──► words of the beat inside [18, 18 + 4 IHL) summed (one's complement)
//!  record on the beat that completes byte 78, or on the frame's last beat
//! ```
//!
//! No field straddles a beat at 8 or 64 bytes a beat (checked when the block is built), so
//! each is one lane of one beat. 78 bytes is the longest header any check reads: 18 bytes of
//! Ethernet and 802.1Q tag and a 60-byte IPv4 header (IHL 15, RFC 791 section 3.1). A field
//! past the frame's end holds whatever it held before; every check reads only fields that the
//! length checks before it have shown to be inside the frame.
//!
//! The checksum words of a beat are added in a tree of 16-bit one's-complement adders (the
//! end-around carry folded at every adder, RFC 1071 section 4.1), so no value wider than the
//! beat's own lanes is ever shifted or added.

use rust_hdl::prelude::*;

use crate::dff_ce::DffCe;

/// Bytes of the frame the decision needs (Ethernet + tag + the longest IPv4 header).
pub const HDR_NEEDED_BYTES: usize = 78;
/// 16-bit words of the widest beat (512 bits).
const WORDS: usize = 32;

/// A header field: byte offset and width in bytes.
#[derive(Clone, Copy, Debug)]
pub struct FieldAt {
    pub offset: usize,
    pub bytes: usize,
}

/// Fields read by the classifier (IEEE 802.1Q, RFC 791).
pub mod field {
    use super::FieldAt;
    pub const OUTER_TYPE: FieldAt = FieldAt {
        offset: 12,
        bytes: 2,
    };
    pub const TCI: FieldAt = FieldAt {
        offset: 14,
        bytes: 2,
    };
    pub const INNER_TYPE: FieldAt = FieldAt {
        offset: 16,
        bytes: 2,
    };
    pub const VERSION_IHL: FieldAt = FieldAt {
        offset: 18,
        bytes: 1,
    };
    pub const TOTAL_LENGTH: FieldAt = FieldAt {
        offset: 20,
        bytes: 2,
    };
    pub const TTL: FieldAt = FieldAt {
        offset: 26,
        bytes: 1,
    };
    pub const DESTINATION: FieldAt = FieldAt {
        offset: 34,
        bytes: 4,
    };
    pub const ALL: [FieldAt; 7] = [
        OUTER_TYPE,
        TCI,
        INNER_TYPE,
        VERSION_IHL,
        TOTAL_LENGTH,
        TTL,
        DESTINATION,
    ];
}

#[derive(LogicBlock)]
pub struct HeaderParse<const W: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // The ingress beat and whether it transfers this cycle
    pub accept: Signal<In, Bit>,
    pub data: Signal<In, Bits<W>>,
    pub last: Signal<In, Bit>,
    pub len: Signal<In, Bits<24>>,
    // The record, in the cycle of the beat that completes it. Multi-byte fields are the
    // little-endian lanes as they sit in the beat (first byte lowest).
    pub rec_valid: Signal<Out, Bit>,
    pub rec_len: Signal<Out, Bits<24>>,
    pub rec_outer_type: Signal<Out, Bits<16>>,
    pub rec_tci: Signal<Out, Bits<16>>,
    pub rec_inner_type: Signal<Out, Bits<16>>,
    pub rec_version_ihl: Signal<Out, Bits<8>>,
    pub rec_total_length: Signal<Out, Bits<16>>,
    pub rec_ttl: Signal<Out, Bits<8>>,
    pub rec_destination: Signal<Out, Bits<32>>,
    /// One's-complement sum of the header's 16-bit words (0xffff when the checksum verifies).
    pub rec_checksum: Signal<Out, Bits<16>>,
    // Frame position
    beat: DFF<Bits<16>>,
    base: DFF<Bits<24>>,
    done: DFF<Bit>,
    // Fields captured so far
    outer_type: DffCe<Bits<16>>,
    tci: DffCe<Bits<16>>,
    inner_type: DffCe<Bits<16>>,
    version_ihl: DffCe<Bits<8>>,
    total_length: DffCe<Bits<16>>,
    ttl: DffCe<Bits<8>>,
    destination: DffCe<Bits<32>>,
    checksum: DffCe<Bits<16>>,
    // This beat
    cur_version_ihl: Signal<Local, Bits<8>>,
    limit: Signal<Local, Bits<24>>,
    // Word j of the beat, if inside the header, then a tree of adders level by level; each
    // level computes only what the beat's width needs and holds zeros in the rest
    word_at: [Signal<Local, Bits<24>>; WORDS],
    level0: [Signal<Local, Bits<16>>; 32],
    level1: [Signal<Local, Bits<16>>; 16],
    level2: [Signal<Local, Bits<16>>; 8],
    level3: [Signal<Local, Bits<16>>; 4],
    level4: [Signal<Local, Bits<16>>; 2],
    level5: [Signal<Local, Bits<16>>; 1],
    raw1: [Signal<Local, Bits<16>>; 16],
    raw2: [Signal<Local, Bits<16>>; 8],
    raw3: [Signal<Local, Bits<16>>; 4],
    raw4: [Signal<Local, Bits<16>>; 2],
    raw5: [Signal<Local, Bits<16>>; 1],
    checksum_now: Signal<Local, Bits<16>>,
    checksum_raw: Signal<Local, Bits<16>>,
    record_beat_now: Signal<Local, Bit>,
    // Where the fields are for this width
    outer_type_beat: Constant<Bits<16>>,
    outer_type_bit: Constant<Bits<16>>,
    tci_beat: Constant<Bits<16>>,
    tci_bit: Constant<Bits<16>>,
    inner_type_beat: Constant<Bits<16>>,
    inner_type_bit: Constant<Bits<16>>,
    version_ihl_beat: Constant<Bits<16>>,
    version_ihl_bit: Constant<Bits<16>>,
    total_length_beat: Constant<Bits<16>>,
    total_length_bit: Constant<Bits<16>>,
    ttl_beat: Constant<Bits<16>>,
    ttl_bit: Constant<Bits<16>>,
    destination_beat: Constant<Bits<16>>,
    destination_bit: Constant<Bits<16>>,
    record_beat: Constant<Bits<16>>,
    beat_bytes: Constant<Bits<24>>,
    words_per_beat: Constant<Bits<16>>,
    word_offset: [Constant<Bits<24>>; WORDS],
    /// Bit offset of word j in the beat, clamped into the beat for the words a narrow beat
    /// does not have (they are never selected).
    word_bit: [Constant<Bits<16>>; WORDS],
}

impl<const W: usize> Default for HeaderParse<W> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize> HeaderParse<W> {
    pub fn new() -> Self {
        assert!(
            W.is_power_of_two() && (64..=512).contains(&W),
            "HeaderParse: 64 to 512-bit beats"
        );
        let b = W / 8;
        for f in field::ALL {
            assert_eq!(
                f.offset / b,
                (f.offset + f.bytes - 1) / b,
                "a header field straddles a beat"
            );
        }
        let c16 = |v: usize| Constant::new((v as u64).to_bits());
        let beat_of = |f: FieldAt| c16(f.offset / b);
        let bit_of = |f: FieldAt| c16(8 * (f.offset % b));
        Self {
            clock: Default::default(),
            reset: Default::default(),
            accept: Default::default(),
            data: Default::default(),
            last: Default::default(),
            len: Default::default(),
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
            beat: Default::default(),
            base: Default::default(),
            done: Default::default(),
            outer_type: Default::default(),
            tci: Default::default(),
            inner_type: Default::default(),
            version_ihl: Default::default(),
            total_length: Default::default(),
            ttl: Default::default(),
            destination: Default::default(),
            checksum: Default::default(),
            cur_version_ihl: Default::default(),
            limit: Default::default(),
            word_at: Default::default(),
            level0: Default::default(),
            level1: Default::default(),
            level2: Default::default(),
            level3: Default::default(),
            level4: Default::default(),
            level5: Default::default(),
            raw1: Default::default(),
            raw2: Default::default(),
            raw3: Default::default(),
            raw4: Default::default(),
            raw5: Default::default(),
            checksum_now: Default::default(),
            checksum_raw: Default::default(),
            record_beat_now: Default::default(),
            outer_type_beat: beat_of(field::OUTER_TYPE),
            outer_type_bit: bit_of(field::OUTER_TYPE),
            tci_beat: beat_of(field::TCI),
            tci_bit: bit_of(field::TCI),
            inner_type_beat: beat_of(field::INNER_TYPE),
            inner_type_bit: bit_of(field::INNER_TYPE),
            version_ihl_beat: beat_of(field::VERSION_IHL),
            version_ihl_bit: bit_of(field::VERSION_IHL),
            total_length_beat: beat_of(field::TOTAL_LENGTH),
            total_length_bit: bit_of(field::TOTAL_LENGTH),
            ttl_beat: beat_of(field::TTL),
            ttl_bit: bit_of(field::TTL),
            destination_beat: beat_of(field::DESTINATION),
            destination_bit: bit_of(field::DESTINATION),
            record_beat: c16(HDR_NEEDED_BYTES.div_ceil(b) - 1),
            beat_bytes: Constant::new((b as u64).to_bits()),
            words_per_beat: c16(W / 16),
            word_offset: std::array::from_fn(|j| Constant::new(((2 * j) as u64).to_bits())),
            word_bit: std::array::from_fn(|j| c16((16 * j).min(W - 16))),
        }
    }
}

impl<const W: usize> Logic for HeaderParse<W> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, beat, base, done);
        // The fields load from every beat until the record is out (`done`), and hold after:
        // what they hold then is what they held at the record
        self.outer_type.clock.next = self.clock.val();
        self.outer_type.ce.next = self.accept.val() & !self.done.q.val();
        self.outer_type.rst.next = false;
        self.tci.clock.next = self.clock.val();
        self.tci.ce.next = self.accept.val() & !self.done.q.val();
        self.tci.rst.next = false;
        self.inner_type.clock.next = self.clock.val();
        self.inner_type.ce.next = self.accept.val() & !self.done.q.val();
        self.inner_type.rst.next = false;
        self.version_ihl.clock.next = self.clock.val();
        self.version_ihl.ce.next = self.accept.val() & !self.done.q.val();
        self.version_ihl.rst.next = false;
        self.total_length.clock.next = self.clock.val();
        self.total_length.ce.next = self.accept.val() & !self.done.q.val();
        self.total_length.rst.next = false;
        self.ttl.clock.next = self.clock.val();
        self.ttl.ce.next = self.accept.val() & !self.done.q.val();
        self.ttl.rst.next = false;
        self.destination.clock.next = self.clock.val();
        self.destination.ce.next = self.accept.val() & !self.done.q.val();
        self.destination.rst.next = false;
        self.checksum.clock.next = self.clock.val();
        self.checksum.ce.next = self.accept.val() & !self.done.q.val();
        self.checksum.rst.next = false;
        // Fields: from this beat when it holds them, else as captured
        self.rec_outer_type.next = self.outer_type.q.val();
        if self.beat.q.val() == self.outer_type_beat.val() {
            self.rec_outer_type.next = self
                .data
                .val()
                .get_bits::<16>(self.outer_type_bit.val().index());
        }
        self.rec_tci.next = self.tci.q.val();
        if self.beat.q.val() == self.tci_beat.val() {
            self.rec_tci.next = self.data.val().get_bits::<16>(self.tci_bit.val().index());
        }
        self.rec_inner_type.next = self.inner_type.q.val();
        if self.beat.q.val() == self.inner_type_beat.val() {
            self.rec_inner_type.next = self
                .data
                .val()
                .get_bits::<16>(self.inner_type_bit.val().index());
        }
        self.cur_version_ihl.next = self.version_ihl.q.val();
        if self.beat.q.val() == self.version_ihl_beat.val() {
            self.cur_version_ihl.next = self
                .data
                .val()
                .get_bits::<8>(self.version_ihl_bit.val().index());
        }
        self.rec_version_ihl.next = self.cur_version_ihl.val();
        self.rec_total_length.next = self.total_length.q.val();
        if self.beat.q.val() == self.total_length_beat.val() {
            self.rec_total_length.next = self
                .data
                .val()
                .get_bits::<16>(self.total_length_bit.val().index());
        }
        self.rec_ttl.next = self.ttl.q.val();
        if self.beat.q.val() == self.ttl_beat.val() {
            self.rec_ttl.next = self.data.val().get_bits::<8>(self.ttl_bit.val().index());
        }
        self.rec_destination.next = self.destination.q.val();
        if self.beat.q.val() == self.destination_beat.val() {
            self.rec_destination.next = self
                .data
                .val()
                .get_bits::<32>(self.destination_bit.val().index());
        }

        // Checksum: the words of this beat inside [18, 18 + 4 IHL) of the frame
        self.limit.next = (bit_cast::<24, 8>(self.cur_version_ihl.val() & 0x0f) << 2) + 18;
        for j in 0..(W / 16) {
            self.word_at[j].next = self.base.q.val() + self.word_offset[j].val();
            self.level0[j].next = 0.into();
            if (self.word_at[j].val() >= 18) & (self.word_at[j].val() < self.limit.val()) {
                self.level0[j].next = self
                    .data
                    .val()
                    .get_bits::<16>(self.word_bit[j].val().index());
            }
        }
        for j in (W / 16)..32 {
            self.word_at[j].next = 0.into();
            self.level0[j].next = 0.into();
        }
        // One's-complement adds (a sum of non-zero words never folds to 0, so folding at every
        // adder equals folding the whole sum at the end)
        for i in 0..(W / 32) {
            self.raw1[i].next = self.level0[2 * i].val() + self.level0[2 * i + 1].val();
            self.level1[i].next =
                self.raw1[i].val() + (self.raw1[i].val() < self.level0[2 * i].val());
        }
        for i in (W / 32)..16 {
            self.raw1[i].next = 0.into();
            self.level1[i].next = 0.into();
        }
        for i in 0..(W / 64).max(1) {
            self.raw2[i].next = self.level1[2 * i].val() + self.level1[2 * i + 1].val();
            self.level2[i].next =
                self.raw2[i].val() + (self.raw2[i].val() < self.level1[2 * i].val());
        }
        for i in (W / 64).max(1)..8 {
            self.raw2[i].next = 0.into();
            self.level2[i].next = 0.into();
        }
        for i in 0..(W / 128).max(1) {
            self.raw3[i].next = self.level2[2 * i].val() + self.level2[2 * i + 1].val();
            self.level3[i].next =
                self.raw3[i].val() + (self.raw3[i].val() < self.level2[2 * i].val());
        }
        for i in (W / 128).max(1)..4 {
            self.raw3[i].next = 0.into();
            self.level3[i].next = 0.into();
        }
        for i in 0..(W / 256).max(1) {
            self.raw4[i].next = self.level3[2 * i].val() + self.level3[2 * i + 1].val();
            self.level4[i].next =
                self.raw4[i].val() + (self.raw4[i].val() < self.level3[2 * i].val());
        }
        for i in (W / 256).max(1)..2 {
            self.raw4[i].next = 0.into();
            self.level4[i].next = 0.into();
        }
        self.raw5[0].next = self.level4[0].val() + self.level4[1].val();
        self.level5[0].next = self.raw5[0].val() + (self.raw5[0].val() < self.level4[0].val());
        self.checksum_raw.next = self.checksum.q.val() + self.level5[0].val();
        self.checksum_now.next =
            self.checksum_raw.val() + (self.checksum_raw.val() < self.checksum.q.val());
        if self.beat.q.val() == 0 {
            self.checksum_now.next = self.level5[0].val();
        }
        self.rec_checksum.next = self.checksum_now.val();

        self.rec_len.next = self.len.val();
        self.record_beat_now.next = self.beat.q.val() == self.record_beat.val();
        self.rec_valid.next = self.accept.val()
            & !self.done.q.val()
            & (self.last.val() | (self.beat.q.val() == self.record_beat.val()));
        self.outer_type.d.next = self.rec_outer_type.val();
        self.tci.d.next = self.rec_tci.val();
        self.inner_type.d.next = self.rec_inner_type.val();
        self.version_ihl.d.next = self.cur_version_ihl.val();
        self.total_length.d.next = self.rec_total_length.val();
        self.ttl.d.next = self.rec_ttl.val();
        self.destination.d.next = self.rec_destination.val();
        self.checksum.d.next = self.checksum_now.val();
        if self.accept.val() {
            if self.beat.q.val() <= self.record_beat.val() {
                self.beat.d.next = self.beat.q.val() + 1;
                self.base.d.next = self.base.q.val() + self.beat_bytes.val();
            }
            self.done.d.next = self.done.q.val() | (!self.last.val() & self.record_beat_now.val());
            if self.last.val() {
                self.beat.d.next = 0.into();
                self.base.d.next = 0.into();
                self.done.d.next = false;
            }
        }
        if self.reset.val() {
            self.beat.d.next = 0.into();
            self.base.d.next = 0.into();
            self.done.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};

    /// The one's-complement sum the block must produce: 16-bit little-endian words of
    /// bytes 18 .. 18 + 4 IHL (those present), carries folded (RFC 1071).
    fn expected_sum(frame: &[u8]) -> u64 {
        let ihl = frame.get(18).map_or(0, |b| (b & 0x0f) as usize);
        let end = (18 + 4 * ihl).min(frame.len());
        let mut sum = 0u64;
        let mut i = 18;
        while i < end {
            let lo = frame[i] as u64;
            let hi = if i + 1 < end { frame[i + 1] as u64 } else { 0 };
            sum += lo | hi << 8;
            i += 2;
        }
        while sum > 0xffff {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        sum
    }

    fn run<const W: usize>(frames: &[Vec<u8>]) {
        let bb = W / 8;
        let mut uut: HeaderParse<W> = HeaderParse::new();
        uut.connect_all();
        let mut seen = 0;
        for frame in frames {
            for (k, chunk) in frame.chunks(bb).enumerate() {
                let mut data: Bits<W> = 0.into();
                for (j, b) in chunk.iter().enumerate() {
                    data = data | (bit_cast::<W, 8>((*b as u64).to_bits()) << (8 * j as u64));
                }
                uut.accept.next = true;
                uut.data.next = data;
                uut.last.next = (k + 1) * bb >= frame.len();
                uut.len.next = (frame.len() as u64).to_bits();
                settle_low!(uut);
                if uut.rec_valid.val() {
                    seen += 1;
                    let lane = |off: usize, n: usize| -> u64 {
                        (0..n)
                            .map(|i| (*frame.get(off + i).unwrap_or(&0) as u64) << (8 * i))
                            .sum()
                    };
                    let f = frame.len();
                    if f >= 16 {
                        assert_eq!(uut.rec_outer_type.val().to_u64(), lane(12, 2));
                        assert_eq!(uut.rec_tci.val().to_u64(), lane(14, 2));
                    }
                    if f >= 38 {
                        assert_eq!(uut.rec_inner_type.val().to_u64(), lane(16, 2));
                        assert_eq!(uut.rec_version_ihl.val().to_u64(), lane(18, 1));
                        assert_eq!(uut.rec_total_length.val().to_u64(), lane(20, 2));
                        assert_eq!(uut.rec_ttl.val().to_u64(), lane(26, 1));
                        assert_eq!(uut.rec_destination.val().to_u64(), lane(34, 4));
                        let ihl = (frame[18] & 0x0f) as usize;
                        if ihl >= 5 && 18 + 4 * ihl <= f {
                            assert_eq!(
                                uut.rec_checksum.val().to_u64(),
                                expected_sum(frame),
                                "len {f} ihl {ihl}"
                            );
                        }
                    }
                    assert_eq!(uut.rec_len.val().to_u64(), f as u64);
                }
                rising_edge!(uut);
            }
        }
        assert_eq!(seen, frames.len(), "one record per frame");
    }

    fn frames() -> Vec<Vec<u8>> {
        let mut out = vec![];
        for (n, len) in [1usize, 14, 37, 38, 60, 64, 65, 78, 79, 200, 1500]
            .into_iter()
            .enumerate()
        {
            for ihl in [5u8, 6, 15] {
                let mut f: Vec<u8> = (0..len).map(|i| (i * 13 + n * 7 + 1) as u8).collect();
                if len > 18 {
                    f[18] = 0x40 | ihl;
                }
                out.push(f);
            }
        }
        out
    }

    #[test]
    fn fields_and_checksum_at_10g() {
        run::<64>(&frames());
    }

    #[test]
    fn fields_and_checksum_at_100g() {
        run::<512>(&frames());
    }
}
