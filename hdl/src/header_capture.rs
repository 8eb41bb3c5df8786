//! Header capture: collects the first 80 bytes of every frame across beats and emits one
//! header record per frame.
//!
//! ```text
//!  beat k of a frame ──► hdr |= data << (k * W)      (k < beats covering byte 78)
//!  record = (hdr, len) on the beat that completes byte 78, or on the frame's last beat
//! ```
//!
//! 78 bytes is the longest header any check reads: 18 bytes of Ethernet and 802.1Q tag plus
//! a 60-byte IPv4 header (IHL 15, RFC 791 section 3.1). At 10G (8-byte beats) that is beat 9;
//! at 100G (64-byte beats) beat 1, or beat 0 for a frame of up to 64 bytes. Bytes past the
//! frame's end are whatever the beat held: every check reads only bytes that the length
//! checks before it have proved present.

use rust_hdl::prelude::*;

/// Bits of the header record.
pub const HDR_BITS: usize = 640;
/// Bytes of the frame the decision needs (Ethernet + tag + the longest IPv4 header).
pub const HDR_NEEDED_BYTES: usize = 78;

#[derive(LogicBlock)]
pub struct HeaderCapture<const W: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // The ingress beat and whether it transfers this cycle
    pub accept: Signal<In, Bit>,
    pub data: Signal<In, Bits<W>>,
    pub last: Signal<In, Bit>,
    pub len: Signal<In, Bits<24>>,
    // The header record, in the cycle of the beat that completes it
    pub rec_valid: Signal<Out, Bit>,
    pub rec_hdr: Signal<Out, Bits<HDR_BITS>>,
    pub rec_len: Signal<Out, Bits<24>>,
    // State
    beat: DFF<Bits<16>>,
    hdr: DFF<Bits<HDR_BITS>>,
    done: DFF<Bit>,
    placed: Signal<Local, Bits<HDR_BITS>>,
    merged: Signal<Local, Bits<HDR_BITS>>,
    at_record_beat: Signal<Local, Bit>,
    beat_shift: Constant<Bits<16>>,
    record_beat: Constant<Bits<16>>,
}

impl<const W: usize> HeaderCapture<W> {
    pub fn new() -> Self {
        assert!(
            W.is_power_of_two() && W >= 64,
            "HeaderCapture: W must be 64, 128, ... bits"
        );
        let bytes = W / 8;
        let record_beat = HDR_NEEDED_BYTES.div_ceil(bytes) - 1;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            accept: Default::default(),
            data: Default::default(),
            last: Default::default(),
            len: Default::default(),
            rec_valid: Default::default(),
            rec_hdr: Default::default(),
            rec_len: Default::default(),
            beat: Default::default(),
            hdr: Default::default(),
            done: Default::default(),
            placed: Default::default(),
            merged: Default::default(),
            at_record_beat: Default::default(),
            beat_shift: Constant::new((W.trailing_zeros() as u64).to_bits()),
            record_beat: Constant::new((record_beat as u64).to_bits()),
        }
    }
}

impl<const W: usize> Logic for HeaderCapture<W> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, beat, hdr, done);
        self.at_record_beat.next = self.beat.q.val() == self.record_beat.val();
        self.placed.next = 0.into();
        if self.beat.q.val() <= self.record_beat.val() {
            self.placed.next = bit_cast::<HDR_BITS, W>(self.data.val())
                << (self.beat.q.val() << self.beat_shift.val());
        }
        self.merged.next = self.hdr.q.val() | self.placed.val();
        if self.beat.q.val() == 0 {
            self.merged.next = self.placed.val();
        }
        self.rec_hdr.next = self.merged.val();
        self.rec_len.next = self.len.val();
        self.rec_valid.next =
            self.accept.val() & !self.done.q.val() & (self.last.val() | self.at_record_beat.val());
        if self.accept.val() {
            self.hdr.d.next = self.merged.val();
            if self.beat.q.val() <= self.record_beat.val() {
                self.beat.d.next = self.beat.q.val() + 1;
            }
            self.done.d.next = self.done.q.val() | self.rec_valid.val();
            if self.last.val() {
                self.beat.d.next = 0.into();
                self.done.d.next = false;
            }
        }
        if self.reset.val() {
            self.beat.d.next = 0.into();
            self.done.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};

    /// Push frames of the given lengths (byte i of frame f is (f * 31 + i) mod 256) and
    /// return the records seen: (frame length, header bytes).
    fn run<const W: usize>(lengths: &[usize]) -> Vec<(u64, Vec<u8>)> {
        let bytes_per_beat = W / 8;
        let mut uut: HeaderCapture<W> = HeaderCapture::new();
        uut.connect_all();
        let mut records = vec![];
        for (f, &len) in lengths.iter().enumerate() {
            let frame: Vec<u8> = (0..len).map(|i| ((f * 31 + i) % 256) as u8).collect();
            for (k, chunk) in frame.chunks(bytes_per_beat).enumerate() {
                let mut data: Bits<W> = 0.into();
                for (j, b) in chunk.iter().enumerate() {
                    data = data | (bit_cast::<W, 8>((*b as u64).to_bits()) << (8 * j as u64));
                }
                uut.accept.next = true;
                uut.data.next = data;
                uut.last.next = (k + 1) * bytes_per_beat >= len;
                uut.len.next = (len as u64).to_bits();
                settle_low!(uut);
                if uut.rec_valid.val() {
                    let hdr = uut.rec_hdr.val();
                    let got: Vec<u8> = (0..HDR_BITS / 8)
                        .map(|i| hdr.get_bits::<8>(8 * i).index() as u8)
                        .collect();
                    records.push((uut.rec_len.val().index() as u64, got));
                }
                rising_edge!(uut);
                // An idle cycle between beats must change nothing.
                uut.accept.next = false;
                settle_low!(uut);
                assert!(!uut.rec_valid.val());
                rising_edge!(uut);
            }
        }
        records
    }

    fn check<const W: usize>() {
        let lengths = [1usize, 13, 64, 65, 78, 79, 200, 8, 9];
        let records = run::<W>(&lengths);
        assert_eq!(records.len(), lengths.len(), "one record per frame");
        for (f, (&len, (rec_len, hdr))) in lengths.iter().zip(&records).enumerate() {
            assert_eq!(*rec_len, len as u64);
            for i in 0..len.min(HDR_NEEDED_BYTES) {
                assert_eq!(hdr[i], ((f * 31 + i) % 256) as u8, "frame {f} byte {i}");
            }
        }
    }

    #[test]
    fn records_every_frame_at_10g() {
        check::<64>();
    }

    #[test]
    fn records_every_frame_at_100g() {
        check::<512>();
    }
}
