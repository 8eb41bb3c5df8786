//! Frames ↔ stream beats, for either width.
//!
//! A frame of `L` bytes is `ceil(L / B)` beats of `B` bytes (8 at 10G, 64 at 100G): byte `i`
//! of the frame is byte `i % B` of beat `i / B`, every beat but the last is full, the last
//! has `keep` set for its `L - (n - 1) B` bytes and `last` set. A frame of 0 bytes (a legal,
//! if malformed, capture record) is one beat with `keep` 0. Beat data travels as
//! little-endian 32-bit words, as the Verilator shim packs ports.

use thiserror::Error;

/// Most bytes a beat holds (100G).
pub const MAX_BEAT_BYTES: usize = 64;

/// One beat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Beat {
    /// Data as little-endian 32-bit words; only the first `B / 4` are used.
    pub words: [u32; MAX_BEAT_BYTES / 4],
    /// One bit per byte, contiguous from bit 0.
    pub keep: u64,
    pub last: bool,
}

impl Beat {
    /// Bytes the beat carries.
    pub fn len(&self) -> usize {
        self.keep.count_ones() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.keep == 0
    }

    pub fn byte(&self, i: usize) -> u8 {
        (self.words[i / 4] >> (8 * (i % 4))) as u8
    }
}

/// A keep mask of `n` bytes.
pub fn keep_mask(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// Beats a frame of `len` bytes takes at `beat_bytes` a beat.
pub fn beat_count(len: usize, beat_bytes: usize) -> usize {
    len.div_ceil(beat_bytes).max(1)
}

/// Beats of one frame.
pub fn beats(frame: &[u8], beat_bytes: usize) -> impl Iterator<Item = Beat> + '_ {
    debug_assert!(beat_bytes.is_power_of_two() && (4..=MAX_BEAT_BYTES).contains(&beat_bytes));
    let n = beat_count(frame.len(), beat_bytes);
    (0..n).map(move |k| {
        let start = k * beat_bytes;
        let chunk = &frame[start.min(frame.len())..(start + beat_bytes).min(frame.len())];
        let mut words = [0u32; MAX_BEAT_BYTES / 4];
        pack_le_words(&mut words, chunk);
        Beat {
            words,
            keep: keep_mask(chunk.len()),
            last: k + 1 == n,
        }
    })
}

/// Append the first `n` bytes of little-endian `words` to `out`. This runs for every egress
/// beat of a replay, on the simulation's thread: one copy of the words' own bytes (which are
/// the little-endian bytes on a little-endian machine), where a word at a time cost 10G's
/// replay 3 % of its instructions.
pub fn append_le_bytes(out: &mut Vec<u8>, words: &[u32], n: usize) {
    debug_assert!(n <= MAX_BEAT_BYTES && n <= 4 * words.len());
    if cfg!(target_endian = "little") {
        out.extend_from_slice(&bytemuck::cast_slice::<u32, u8>(words)[..n]);
    } else {
        out.reserve(n);
        for (k, w) in words.iter().enumerate().take(n.div_ceil(4)) {
            out.extend_from_slice(&w.to_le_bytes()[..(n - 4 * k).min(4)]);
        }
    }
}

/// Pack `bytes` into little-endian 32-bit words, zero-filling the rest of `words`.
pub fn pack_le_words(words: &mut [u32], bytes: &[u8]) {
    let mut quads = bytes.chunks_exact(4);
    let mut i = 0;
    for q in &mut quads {
        words[i] = u32::from_le_bytes([q[0], q[1], q[2], q[3]]);
        i += 1;
    }
    let rest = quads.remainder();
    if !rest.is_empty() {
        let mut q = [0u8; 4];
        q[..rest.len()].copy_from_slice(rest);
        words[i] = u32::from_le_bytes(q);
        i += 1;
    }
    for w in &mut words[i..] {
        *w = 0;
    }
}

/// A stream that breaks the beat rules.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum BeatError {
    #[error("beat {beat} of a frame has keep 0x{keep:x}: not contiguous from byte 0")]
    Holes { beat: usize, keep: u64 },
    #[error("beat {beat} of a frame is not full (keep 0x{keep:x}) but is not the last")]
    ShortBeat { beat: usize, keep: u64 },
}

/// Reassembles frames from beats.
#[derive(Debug)]
pub struct Assembler {
    beat_bytes: usize,
    frame: Vec<u8>,
    beats: usize,
}

impl Assembler {
    pub fn new(beat_bytes: usize) -> Self {
        Assembler {
            beat_bytes,
            frame: Vec::new(),
            beats: 0,
        }
    }

    /// Add a beat (`words` little-endian); at `last`, the frame is complete and returned.
    pub fn push(
        &mut self,
        words: &[u32],
        keep: u64,
        last: bool,
    ) -> Result<Option<&[u8]>, BeatError> {
        if self.beats == 0 {
            self.frame.clear();
        }
        let mut frame = std::mem::take(&mut self.frame);
        let done = self.push_into(&mut frame, words, keep, last);
        self.frame = frame;
        Ok(done?.then_some(self.frame.as_slice()))
    }

    /// Add a beat, appending its bytes to `out` (where the caller collects frames back to
    /// back); true when the beat ends the frame.
    pub fn push_into(
        &mut self,
        out: &mut Vec<u8>,
        words: &[u32],
        keep: u64,
        last: bool,
    ) -> Result<bool, BeatError> {
        // Contiguous from bit 0 exactly when adding 1 carries through every set bit; then the
        // highest set bit counts the bytes (no `count_ones`: without POPCNT in the target's
        // baseline, it was a quarter of this function).
        let n = (u64::BITS - keep.leading_zeros()) as usize;
        if keep & keep.wrapping_add(1) != 0 || n > self.beat_bytes {
            return Err(BeatError::Holes {
                beat: self.beats,
                keep,
            });
        }
        if !last && n != self.beat_bytes {
            return Err(BeatError::ShortBeat {
                beat: self.beats,
                keep,
            });
        }
        append_le_bytes(out, words, n);
        self.beats = if last { 0 } else { self.beats + 1 };
        Ok(last)
    }

    /// Is a frame partly assembled?
    pub fn in_frame(&self) -> bool {
        self.beats != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn round_trip(frame: &[u8], bb: usize) -> Vec<u8> {
        let mut a = Assembler::new(bb);
        let mut out = None;
        for beat in beats(frame, bb) {
            assert!(out.is_none(), "a beat after last");
            out = a
                .push(&beat.words, beat.keep, beat.last)
                .expect("valid")
                .map(<[u8]>::to_vec);
        }
        out.expect("last beat")
    }

    #[test]
    fn edge_lengths_at_both_widths() {
        for bb in [8, 64] {
            for len in [0, 1, bb - 1, bb, bb + 1, 2 * bb, 9018] {
                let frame: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
                let bs: Vec<Beat> = beats(&frame, bb).collect();
                assert_eq!(bs.len(), beat_count(len, bb), "len {len}");
                assert_eq!(bs.iter().filter(|b| b.last).count(), 1);
                assert!(bs.last().is_some_and(|b| b.last));
                assert_eq!(bs.iter().map(Beat::len).sum::<usize>(), len);
                assert_eq!(round_trip(&frame, bb), frame);
            }
        }
    }

    #[test]
    fn one_byte_and_one_full_beat() {
        let b: Vec<Beat> = beats(&[0xab], 8).collect();
        assert_eq!(b.len(), 1);
        assert_eq!((b[0].keep, b[0].last, b[0].byte(0)), (1, true, 0xab));
        let frame = [1u8, 2, 3, 4, 5, 6, 7, 8];
        let b: Vec<Beat> = beats(&frame, 8).collect();
        assert_eq!((b.len(), b[0].keep, b[0].last), (1, 0xff, true));
        assert_eq!(b[0].words[0], 0x0403_0201);
    }

    #[test]
    fn the_assembler_rejects_broken_streams() {
        let mut a = Assembler::new(8);
        assert_eq!(
            a.push(&[0, 0], 0b101, true),
            Err(BeatError::Holes {
                beat: 0,
                keep: 0b101
            })
        );
        assert_eq!(
            a.push(&[0, 0], 0x0f, false),
            Err(BeatError::ShortBeat {
                beat: 0,
                keep: 0x0f
            })
        );
    }

    proptest! {
        /// The rule by its definition (the bytes 0..n and no other, n within the beat),
        /// against the assembler's bit trick, for masks, masks with a hole and random keeps.
        #[test]
        fn a_keep_passes_exactly_when_contiguous_from_byte_0(
            n in 0usize..=64, hole in proptest::option::of(0u32..64), noise in any::<u64>(),
            pick in 0u8..3, wide in any::<bool>(),
        ) {
            let keep = match pick {
                0 => keep_mask(n),
                1 => keep_mask(n) & !hole.map_or(0, |h| 1u64 << h),
                _ => noise,
            };
            let bb = if wide { 64 } else { 8 };
            let ones = keep.count_ones() as usize;
            let valid = keep == keep_mask(ones) && ones <= bb;
            let mut out = Vec::new();
            let got = Assembler::new(bb).push_into(&mut out, &[0x0403_0201; 16], keep, true);
            prop_assert_eq!(got.is_ok(), valid, "keep {:#x}", keep);
            if valid {
                prop_assert_eq!(out.len(), ones);
            }
        }

        #[test]
        fn frames_survive_the_round_trip(frame in proptest::collection::vec(any::<u8>(), 0..400), wide in any::<bool>()) {
            let bb = if wide { 64 } else { 8 };
            prop_assert_eq!(round_trip(&frame, bb), frame);
        }

        #[test]
        fn back_to_back_frames_stay_apart(frames in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..150), 1..8), wide in any::<bool>()) {
            let bb = if wide { 64 } else { 8 };
            let mut a = Assembler::new(bb);
            let mut out = vec![];
            for f in &frames {
                for beat in beats(f, bb) {
                    if let Some(done) = a.push(&beat.words, beat.keep, beat.last).expect("valid") {
                        out.push(done.to_vec());
                    }
                }
            }
            prop_assert_eq!(out, frames);
        }
    }
}
