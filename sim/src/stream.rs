//! A run of frames through a model's AXI-Stream ports in one call ([`Model::stream`]).
//!
//! Clocking from Rust costs a call into the shim and the packing of every port each clock,
//! work the model itself does not need (`docs/architecture.md`, "The stream loop"). A
//! stream run hands the model a batch of frames back to back and gets back the egress
//! beats, and the clock loop (`csrc/stream.h`) puts each beat straight into the ports. It does what a Rust loop of
//! [`Model::cycle`] does with egress held ready: offer the next beat every clock, move on
//! when the model takes it, record every beat that leaves.
//!
//! [`Model::stream`]: crate::model::Model::stream
//! [`Model::cycle`]: crate::model::Model::cycle

use dxedge_host::verdict::{BadEgressTag, EgressTag};

/// Frames back to back in `bytes`, frame `i` ending at `ends[i]`.
#[derive(Clone, Copy, Debug)]
pub struct Frames<'a> {
    pub bytes: &'a [u8],
    pub ends: &'a [u32],
}

impl Frames<'_> {
    /// Where frame `i` starts.
    pub fn start(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.ends[i - 1] as usize
        }
    }

    /// Whether the frames and a position in them are consistent: `None` if so, else what is
    /// wrong.
    pub(crate) fn check(&self, pos: &StreamPos) -> Option<String> {
        if u32::try_from(self.bytes.len()).is_err() {
            return Some(format!(
                "{} bytes is more than a run takes",
                self.bytes.len()
            ));
        }
        let mut start = 0;
        for (i, &end) in self.ends.iter().enumerate() {
            if (end as usize) < start || end as usize > self.bytes.len() {
                return Some(format!(
                    "frame {i} ends at byte {end}, outside {start}..={}",
                    self.bytes.len()
                ));
            }
            start = end as usize;
        }
        if pos.frame > self.ends.len() {
            return Some(format!(
                "position at frame {} of {}",
                pos.frame,
                self.ends.len()
            ));
        }
        if pos.frame < self.ends.len() {
            let (start, end) = (self.start(pos.frame), self.ends[pos.frame] as usize);
            if !(start..=end).contains(&pos.at) {
                return Some(format!(
                    "position at byte {} of frame {}, which spans {start}..{end}",
                    pos.at, pos.frame
                ));
            }
        }
        None
    }
}

/// How far a run got: the next frame to offer and the byte offset of its next beat.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StreamPos {
    pub frame: usize,
    pub at: usize,
}

/// What a run did. Clock numbers are [`Model::cycles`](crate::model::Model::cycles) as it
/// reads after that clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StreamReport {
    pub cycles: u64,
    pub beats_in: u64,
    /// The clock that took the run's first ingress beat.
    pub first_in: Option<u64>,
    /// The clock of the run's last egress beat.
    pub last_out: Option<u64>,
}

/// An egress beat as it left the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EgressBeat<'a> {
    /// Little-endian 32-bit words of `tdata`: byte `i` of the beat is byte `i % 4` of word `i / 4`.
    pub data: &'a [u32],
    pub keep: u64,
    pub last: bool,
    /// `tuser`, the sideband.
    pub user: u32,
}

impl EgressBeat<'_> {
    /// What the sideband says of the beat's frame: the pipeline's verdict, or a frame from
    /// the CPU port and its egress row.
    pub fn tag(&self) -> Result<EgressTag, BadEgressTag> {
        EgressTag::decode(u64::from(self.user))
    }
}

/// The egress beats of a run, as the shim writes them: per beat, `tdata`'s words, `tkeep`
/// (two words), `tlast`, `tuser`.
#[derive(Debug)]
pub struct EgressBuffer {
    words: Vec<u32>,
    data_words: usize,
    beats: usize,
}

impl EgressBuffer {
    /// Room for `capacity` beats (at least one) of `beat_bytes` bytes.
    pub fn new(beat_bytes: usize, capacity: usize) -> EgressBuffer {
        let data_words = beat_bytes.div_ceil(4);
        EgressBuffer {
            words: vec![0; (data_words + 4) * capacity.max(1)],
            data_words,
            beats: 0,
        }
    }

    pub(crate) fn stride(&self) -> usize {
        self.data_words + 4
    }

    pub fn capacity(&self) -> usize {
        self.words.len() / self.stride()
    }

    pub fn beat_bytes(&self) -> usize {
        self.data_words * 4
    }

    pub(crate) fn raw(&mut self) -> &mut [u32] {
        &mut self.words
    }

    pub(crate) fn set_len(&mut self, beats: usize) {
        self.beats = beats.min(self.capacity());
    }

    pub fn len(&self) -> usize {
        self.beats
    }

    pub fn is_empty(&self) -> bool {
        self.beats == 0
    }

    /// The beats of the last run, in the order they left.
    pub fn iter(&self) -> impl Iterator<Item = EgressBeat<'_>> {
        let dw = self.data_words;
        self.words
            .chunks_exact(self.stride())
            .take(self.beats)
            .map(move |rec| EgressBeat {
                data: &rec[..dw],
                keep: u64::from(rec[dw]) | u64::from(rec[dw + 1]) << 32,
                last: rec[dw + 2] != 0,
                user: rec[dw + 3],
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_that_overrun_their_bytes_or_go_backwards_are_refused() {
        let bytes = [0u8; 10];
        let good = Frames {
            bytes: &bytes,
            ends: &[4, 10],
        };
        assert_eq!(good.check(&StreamPos { frame: 1, at: 4 }), None);
        assert_eq!(good.check(&StreamPos { frame: 2, at: 10 }), None);
        let past = Frames {
            bytes: &bytes,
            ends: &[4, 11],
        };
        assert!(past
            .check(&StreamPos::default())
            .is_some_and(|e| e.contains("frame 1 ends at byte 11")));
        let back = Frames {
            bytes: &bytes,
            ends: &[6, 4],
        };
        assert!(back.check(&StreamPos::default()).is_some());
        assert!(good
            .check(&StreamPos { frame: 1, at: 2 })
            .is_some_and(|e| e.contains("spans 4..10")));
        assert!(good.check(&StreamPos { frame: 3, at: 0 }).is_some());
    }

    #[test]
    fn egress_records_read_back_as_beats() {
        let mut buf = EgressBuffer::new(8, 2);
        assert_eq!(buf.stride(), 6);
        buf.raw()[..12].copy_from_slice(&[1, 2, 0xff, 0, 0, 7, 3, 4, 0x0f, 0, 1, 9]);
        buf.set_len(2);
        let beats: Vec<_> = buf.iter().collect();
        assert_eq!(
            beats,
            [
                EgressBeat {
                    data: &[1, 2],
                    keep: 0xff,
                    last: false,
                    user: 7
                },
                EgressBeat {
                    data: &[3, 4],
                    keep: 0x0f,
                    last: true,
                    user: 9
                }
            ]
        );
    }
}
