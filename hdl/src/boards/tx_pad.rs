//! TxPad: pads frames shorter than the Ethernet minimum before a MAC that does not.
//!
//! ```text
//!  s_axis ─► first beat that is also the last, shorter than MIN bytes:
//!            tkeep |= (1 << MIN) - 1, bytes past the frame zeroed ─► m_axis
//! ```
//!
//! IEEE 802.3 clause 3.2.8: a frame carries at least 46 bytes of data after the header, so
//! at least 60 bytes before the FCS; shorter data is padded. The CMAC (PG203) inserts the
//! FCS but does not pad, and the pipeline can shorten a minimum-size frame: untagging a
//! 64-byte tagged frame (60 bytes without FCS) leaves 56. At 512 bits every frame shorter
//! than 60 bytes is a single beat, so padding widens that beat's `tkeep` and clears the
//! bytes the frame does not own (RFC 894 pads with zeros); nothing else changes and the
//! block is combinational (`tready` passes straight through). Narrower streams need a
//! multi-beat pad, so `W < 8 * MIN` is refused when the design is built.

use rust_hdl::prelude::*;

use crate::stream::{AxisSink, AxisSource};

/// Minimum frame length without the FCS (IEEE 802.3 clause 3.2.8).
pub const MIN: usize = 60;

#[derive(LogicBlock)]
pub struct TxPad<const W: usize, const B: usize, const U: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub s_axis: AxisSink<W, B, U>,
    pub m_axis: AxisSource<W, B, U>,
    // State: inside a frame (the next beat is not a first beat)
    mid: DFF<Bit>,
    byte_mask: Signal<Local, Bits<W>>,
    lane: [Constant<Bits<W>>; B],
    min_keep: Constant<Bits<B>>,
}

impl<const W: usize, const B: usize, const U: usize> Default for TxPad<W, B, U> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize, const U: usize> TxPad<W, B, U> {
    pub fn new() -> Self {
        assert!(B * 8 == W, "TxPad: B = W / 8");
        assert!(
            B >= MIN,
            "TxPad: a {W}-bit stream spreads a minimum frame over several beats; only streams of at least {MIN} bytes a beat are supported"
        );
        let mut min_keep: Bits<B> = 0.into();
        for i in 0..MIN {
            min_keep = min_keep.replace_bit(i, true);
        }
        let lane = std::array::from_fn(|i| {
            let mut m: Bits<W> = 0.into();
            for b in 8 * i..8 * i + 8 {
                m = m.replace_bit(b, true);
            }
            Constant::new(m)
        });
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis: Default::default(),
            m_axis: Default::default(),
            mid: Default::default(),
            byte_mask: Default::default(),
            lane,
            min_keep: Constant::new(min_keep),
        }
    }
}

impl<const W: usize, const B: usize, const U: usize> Logic for TxPad<W, B, U> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, mid);
        self.s_axis.tready.next = self.m_axis.tready.val();
        self.m_axis.tvalid.next = self.s_axis.tvalid.val();
        self.m_axis.tlast.next = self.s_axis.tlast.val();
        self.m_axis.tuser.next = self.s_axis.tuser.val();
        self.m_axis.tdata.next = self.s_axis.tdata.val();
        self.m_axis.tkeep.next = self.s_axis.tkeep.val();
        self.byte_mask.next = 0.into();
        for i in 0..B {
            if self.s_axis.tkeep.val().get_bit(i) {
                self.byte_mask.next = self.byte_mask.val() | self.lane[i].val();
            }
        }
        if !self.mid.q.val() & self.s_axis.tlast.val() {
            self.m_axis.tkeep.next = self.s_axis.tkeep.val() | self.min_keep.val();
            self.m_axis.tdata.next = self.s_axis.tdata.val() & self.byte_mask.val();
        }
        if self.s_axis.tvalid.val() & self.m_axis.tready.val() {
            self.mid.d.next = !self.s_axis.tlast.val();
        }
        if self.reset.val() {
            self.mid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};

    /// Send one frame of `len` bytes (all 0xaa, garbage 0x55 past the end) at 512 bits.
    fn send(uut: &mut TxPad<512, 64, 1>, len: usize) -> Vec<(Vec<u8>, u64, bool)> {
        let mut out = Vec::new();
        let beats = len.div_ceil(64);
        for b in 0..beats {
            let bytes_here = (len - 64 * b).min(64);
            let mut data: Bits<512> = 0.into();
            for i in 0..64 {
                let v: u64 = if i < bytes_here { 0xaa } else { 0x55 };
                for bit in 0..8 {
                    data = data.replace_bit(8 * i + bit, v >> bit & 1 == 1);
                }
            }
            let keep: u64 = if bytes_here == 64 {
                u64::MAX
            } else {
                (1u64 << bytes_here) - 1
            };
            uut.s_axis.tdata.next = data;
            uut.s_axis.tkeep.next = keep.to_bits();
            uut.s_axis.tlast.next = b + 1 == beats;
            uut.s_axis.tvalid.next = true;
            uut.m_axis.tready.next = true;
            settle_low!(*uut);
            let d = uut.m_axis.tdata.val();
            let bytes = (0..64)
                .map(|i| d.get_bits::<8>(8 * i).index() as u8)
                .collect();
            out.push((
                bytes,
                uut.m_axis.tkeep.val().to_u64(),
                uut.m_axis.tlast.val(),
            ));
            rising_edge!(*uut);
        }
        uut.s_axis.tvalid.next = false;
        out
    }

    #[test]
    fn short_frames_are_padded_with_zeros_to_sixty_bytes() {
        let mut uut: TxPad<512, 64, 1> = TxPad::new();
        uut.connect_all();
        for len in [1, 14, 56, 59] {
            let out = send(&mut uut, len);
            assert_eq!(out.len(), 1);
            let (bytes, keep, last) = &out[0];
            assert!(*last);
            assert_eq!(*keep, (1u64 << 60) - 1, "len {len}");
            for (i, b) in bytes.iter().enumerate().take(60) {
                assert_eq!(*b, if i < len { 0xaa } else { 0 }, "len {len} byte {i}");
            }
        }
    }

    #[test]
    fn frames_of_sixty_bytes_or_more_pass_unchanged() {
        let mut uut: TxPad<512, 64, 1> = TxPad::new();
        uut.connect_all();
        for len in [60, 64, 65, 127, 128, 1514] {
            let out = send(&mut uut, len);
            assert_eq!(out.len(), len.div_ceil(64));
            let total: u32 = out.iter().map(|(_, k, _)| k.count_ones()).sum();
            assert_eq!(total as usize, len, "len {len}: keep unchanged");
            // A later beat ending under 60 bytes is not a short frame: not padded
            let (_, keep, last) = out.last().cloned().unwrap_or_default();
            assert!(last);
            assert_eq!(keep.count_ones() as usize, len - 64 * (out.len() - 1));
        }
    }

    #[test]
    #[should_panic(expected = "only streams of at least 60 bytes a beat")]
    fn a_narrow_stream_is_refused_when_built() {
        let _ = TxPad::<64, 8, 1>::new();
    }
}
