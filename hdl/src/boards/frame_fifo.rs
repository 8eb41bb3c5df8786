//! FrameFifo: a store-and-forward frame FIFO that measures each frame and releases only
//! whole, good frames.
//!
//! ```text
//!  s_axis ─► beat RAM (2^N beats: data + last) ──────────────────────────► m_axis
//!    │        wr_ptr runs ahead of frame_start;      rd_ptr               tuser = length
//!    │        at the last beat: commit (frame_start = wr_ptr)            m_tag  = tag
//!    │                      or rewind (wr_ptr = frame_start)
//!    └─► length (B a beat, keep on the last) ─► lens FIFO ─┐ one entry a frame:
//!        tuser at the last beat ─────────────► tags FIFO ─┘ m_axis is valid while one waits
//! ```
//!
//! Two uses in the board cores:
//! * **MAC receive adapter** (`lossy`): a MAC cannot be back-pressured (PG203's CMAC has no
//!   `rx_axis_tready`), so every beat offered is taken (`tready` is always 1). A beat that
//!   finds the RAM full marks its frame, and a frame is discarded at its last beat if it was
//!   marked or if `s_bad` flags it (the MAC's FCS/length error on `rx_axis_tuser`). The
//!   pipeline needs the frame length at the first beat (`docs/architecture.md`): it is only
//!   known here, after the last beat, which is why this adapter stores and forwards.
//! * **MAC transmit buffer and punt/capture buffers**: the CMAC's transmit side needs each
//!   frame without gaps once it has started (PG203, AXI4-Stream transmit interface), so
//!   frames are released whole. Without `lossy`, `tready` follows the room left and no beat
//!   is lost; a frame longer than 2^N beats would then never complete, so size N for the
//!   longest frame the MAC accepts (the receive adapter of the same size discards longer
//!   ones, and the pipeline never lengthens a frame).
//!
//! Non-last beats are assumed full (AXI4-Stream, as the CMAC delivers them); the last
//! beat's `tkeep` is contiguous from byte 0, and the output `tkeep` is recomputed from the
//! length. Reads and writes each run at one beat per clock; a one-beat frame whose last beat
//! is written in clock t is readable from t + 2 (the FIFO's RAM reads synchronously).

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;

use crate::stream::{AxisSink, AxisSource};
use crate::sync_fifo::SyncFifo;
use dxedge_host::regmap::ingress;

/// Bits of the frame length carried on `m_axis.tuser` (the pipeline's ingress sideband).
pub const LEN_BITS: usize = ingress::BITS;

#[derive(LogicBlock)]
pub struct FrameFifo<
    const W: usize,
    const B: usize,
    const WL: usize,
    const U: usize,
    const N: usize,
    const NP1: usize,
> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // Write side; `tuser` of the last beat is the frame's tag
    pub s_axis: AxisSink<W, B, U>,
    /// With the last beat: discard this frame (the MAC flagged it bad).
    pub s_bad: Signal<In, Bit>,
    // Read side: whole frames only, `tuser` = frame length in bytes on every beat
    pub m_axis: AxisSource<W, B, LEN_BITS>,
    pub m_tag: Signal<Out, Bits<U>>,
    // Events, one clock each, at a frame's last input beat
    pub frame_in: Signal<Out, Bit>,
    pub drop_bad: Signal<Out, Bit>,
    pub drop_full: Signal<Out, Bit>,
    // State
    ram: BlockRam<Bits<WL>, N>,
    lens: SyncFifo<Bits<LEN_BITS>, N, NP1>,
    tags: SyncFifo<Bits<U>, N, NP1>,
    wr_ptr: DFF<Bits<NP1>>,
    frame_start: DFF<Bits<NP1>>,
    rd_ptr: DFF<Bits<NP1>>,
    marked: DFF<Bit>,
    length: DFF<Bits<LEN_BITS>>,
    room: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    store: Signal<Local, Bit>,
    frame_end: Signal<Local, Bit>,
    lost: Signal<Local, Bit>,
    keep_bytes: Signal<Local, Bits<LEN_BITS>>,
    frame_len: Signal<Local, Bits<LEN_BITS>>,
    fire: Signal<Local, Bit>,
    rd_next: Signal<Local, Bits<NP1>>,
    rem: Signal<Local, Bits<LEN_BITS>>,
    lossy: Constant<Bit>,
    last_flag: Constant<Bits<WL>>,
    last_bit: Constant<Bits<16>>,
    depth: Constant<Bits<NP1>>,
    beat_bytes: Constant<Bits<LEN_BITS>>,
    lane_mask: Constant<Bits<LEN_BITS>>,
    bytes_upto: [Constant<Bits<LEN_BITS>>; B],
    all_keep: Constant<Bits<B>>,
}

impl<
        const W: usize,
        const B: usize,
        const WL: usize,
        const U: usize,
        const N: usize,
        const NP1: usize,
    > FrameFifo<W, B, WL, U, N, NP1>
{
    /// A FIFO of `2^N` beats; `lossy` for a source that cannot be back-pressured.
    pub fn new(lossy: bool) -> Self {
        assert!(
            B * 8 == W && WL == W + 1 && NP1 == N + 1,
            "FrameFifo: B = W / 8, WL = W + 1, NP1 = N + 1"
        );
        assert!(
            B.is_power_of_two(),
            "FrameFifo: bytes a beat must be a power of two"
        );
        assert!(
            (B as u64) << N < 1 << LEN_BITS,
            "FrameFifo: 2^N beats must hold fewer bytes than the length field counts"
        );
        let mut all_keep: Bits<B> = 0.into();
        for i in 0..B {
            all_keep = all_keep.replace_bit(i, true);
        }
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis: Default::default(),
            s_bad: Default::default(),
            m_axis: Default::default(),
            m_tag: Default::default(),
            frame_in: Default::default(),
            drop_bad: Default::default(),
            drop_full: Default::default(),
            ram: Default::default(),
            lens: SyncFifo::new(),
            tags: SyncFifo::new(),
            wr_ptr: Default::default(),
            frame_start: Default::default(),
            rd_ptr: Default::default(),
            marked: Default::default(),
            length: Default::default(),
            room: Default::default(),
            take: Default::default(),
            store: Default::default(),
            frame_end: Default::default(),
            lost: Default::default(),
            keep_bytes: Default::default(),
            frame_len: Default::default(),
            fire: Default::default(),
            rd_next: Default::default(),
            rem: Default::default(),
            lossy: Constant::new(lossy),
            last_flag: Constant::new(Bits::<WL>::default().replace_bit(W, true)),
            last_bit: Constant::new((W as u64).to_bits()),
            depth: Constant::new((1u64 << N).to_bits()),
            beat_bytes: Constant::new((B as u64).to_bits()),
            lane_mask: Constant::new((B as u64 - 1).to_bits()),
            bytes_upto: std::array::from_fn(|i| Constant::new((i as u64 + 1).to_bits())),
            all_keep: Constant::new(all_keep),
        }
    }
}

impl<
        const W: usize,
        const B: usize,
        const WL: usize,
        const U: usize,
        const N: usize,
        const NP1: usize,
    > Logic for FrameFifo<W, B, WL, U, N, NP1>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wr_ptr, frame_start, rd_ptr, marked, length);
        clock!(self, clock, lens, tags);
        self.ram.clock.next = self.clock.val();
        self.lens.reset.next = self.reset.val();
        self.tags.reset.next = self.reset.val();

        // Write side. `room` and `tready` come from registers only (see SyncFifo).
        self.room.next = ((self.wr_ptr.q.val() ^ self.rd_ptr.q.val()) != self.depth.val())
            & !self.lens.full.val();
        self.s_axis.tready.next = self.lossy.val()
            | (((self.wr_ptr.q.val() ^ self.rd_ptr.q.val()) != self.depth.val())
                & !self.lens.full.val());
        // A beat is taken when offered to a lossy FIFO, or when there is room
        self.take.next = self.s_axis.tvalid.val() & (self.lossy.val() | self.room.val());
        self.store.next = self.take.val() & self.room.val() & !self.marked.q.val();
        self.frame_end.next = self.take.val() & self.s_axis.tlast.val();
        // The frame lost a beat (now or before): it cannot be released
        self.lost.next = self.marked.q.val() | (self.take.val() & !self.room.val());
        self.ram.write_address.next = self.wr_ptr.q.val().get_bits::<N>(0);
        self.ram.write_data.next = bit_cast::<WL, W>(self.s_axis.tdata.val());
        if self.s_axis.tlast.val() {
            self.ram.write_data.next =
                bit_cast::<WL, W>(self.s_axis.tdata.val()) | self.last_flag.val();
        }
        self.ram.write_enable.next = self.store.val();
        // Bytes of this beat: all of them, or up to the highest kept byte on the last one
        self.keep_bytes.next = self.beat_bytes.val();
        if self.s_axis.tlast.val() {
            self.keep_bytes.next = 0.into();
            for i in 0..B {
                if self.s_axis.tkeep.val().get_bit(i) {
                    self.keep_bytes.next = self.bytes_upto[i].val();
                }
            }
        }
        self.frame_len.next = self.length.q.val() + self.keep_bytes.val();
        if self.store.val() {
            self.wr_ptr.d.next = self.wr_ptr.q.val() + 1;
        }
        if self.take.val() {
            self.length.d.next = self.frame_len.val();
        }
        if self.take.val() & !self.room.val() {
            self.marked.d.next = true;
        }
        self.lens.data_in.next = self.frame_len.val();
        self.tags.data_in.next = self.s_axis.tuser.val();
        self.lens.write.next = false;
        self.tags.write.next = false;
        self.frame_in.next = false;
        self.drop_bad.next = false;
        self.drop_full.next = false;
        if self.frame_end.val() {
            self.length.d.next = 0.into();
            self.marked.d.next = false;
            if self.lost.val() {
                self.drop_full.next = true;
                self.wr_ptr.d.next = self.frame_start.q.val();
            } else if self.s_bad.val() {
                self.drop_bad.next = true;
                self.wr_ptr.d.next = self.frame_start.q.val();
            } else {
                self.frame_in.next = true;
                self.lens.write.next = true;
                self.tags.write.next = true;
                self.frame_start.d.next = self.wr_ptr.q.val() + 1;
            }
        }

        // Read side: the head frame's beats, from the RAM's synchronous read of rd_next
        self.m_axis.tvalid.next = !self.lens.empty.val();
        self.m_axis.tdata.next = self.ram.read_data.val().get_bits::<W>(0);
        self.m_axis.tlast.next = self
            .ram
            .read_data
            .val()
            .get_bit(self.last_bit.val().index());
        self.m_axis.tuser.next = self.lens.data_out.val();
        self.m_tag.next = self.tags.data_out.val();
        self.rem.next = self.lens.data_out.val() & self.lane_mask.val();
        self.m_axis.tkeep.next = self.all_keep.val();
        if self
            .ram
            .read_data
            .val()
            .get_bit(self.last_bit.val().index())
            & (self.rem.val() != 0)
        {
            self.m_axis.tkeep.next =
                self.all_keep.val() >> (self.beat_bytes.val() - self.rem.val());
        }
        self.fire.next = !self.lens.empty.val() & self.m_axis.tready.val();
        self.rd_next.next = self.rd_ptr.q.val();
        if self.fire.val() {
            self.rd_next.next = self.rd_ptr.q.val() + 1;
        }
        self.rd_ptr.d.next = self.rd_next.val();
        self.ram.read_address.next = self.rd_next.val().get_bits::<N>(0);
        self.lens.read.next = self.fire.val()
            & self
                .ram
                .read_data
                .val()
                .get_bit(self.last_bit.val().index());
        self.tags.read.next = self.fire.val()
            & self
                .ram
                .read_data
                .val()
                .get_bit(self.last_bit.val().index());

        if self.reset.val() {
            self.wr_ptr.d.next = 0.into();
            self.frame_start.d.next = 0.into();
            self.rd_ptr.d.next = 0.into();
            self.marked.d.next = false;
            self.length.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};
    use std::collections::VecDeque;

    /// A frame as bytes plus the flags the source gives it.
    #[derive(Clone, Debug, PartialEq)]
    struct Frame {
        bytes: Vec<u8>,
        tag: u64,
        bad: bool,
    }

    fn random_frame(rng: &mut impl rand::Rng, max_len: usize, bad_p: f64) -> Frame {
        let len = rng.random_range(1..=max_len);
        Frame {
            bytes: (0..len).map(|_| rng.random()).collect(),
            tag: rng.random_range(0..8),
            bad: rng.random_bool(bad_p),
        }
    }

    /// Beats of a 64-bit stream: (data, keep, last).
    fn beats(f: &Frame) -> Vec<(u64, u64, bool)> {
        let chunks: Vec<&[u8]> = f.bytes.chunks(8).collect();
        chunks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut d = [0u8; 8];
                d[..c.len()].copy_from_slice(c);
                let keep = (1u64 << c.len()) - 1;
                (u64::from_le_bytes(d), keep, i + 1 == chunks.len())
            })
            .collect()
    }

    type Fifo = FrameFifo<64, 8, 65, 3, 5, 6>;

    /// Push `frames` through a 32-beat FIFO with random source gaps and sink stalls; returns
    /// what came out (bytes rebuilt from keep, length and tag checked on every beat) and the
    /// event counts (in, bad, full).
    fn run(lossy: bool, frames: &[Frame], seed: u64, ready_p: f64) -> (Vec<Frame>, [usize; 3]) {
        let mut fifo = Fifo::new(lossy);
        fifo.connect_all();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut input: VecDeque<(u64, u64, bool, u64, bool)> = frames
            .iter()
            .flat_map(|f| {
                beats(f)
                    .into_iter()
                    .map(|(d, k, l)| (d, k, l, f.tag, f.bad))
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut out = Vec::new();
        let mut cur: Vec<u8> = Vec::new();
        let mut events = [0usize; 3];
        let mut idle = 0;
        while idle < 200 {
            let offer = !input.is_empty() && rng.random_bool(0.8);
            let ready = rng.random_bool(ready_p);
            if let Some(&(d, k, l, tag, bad)) = input.front() {
                fifo.s_axis.tdata.next = d.to_bits();
                fifo.s_axis.tkeep.next = k.to_bits();
                fifo.s_axis.tlast.next = l;
                fifo.s_axis.tuser.next = tag.to_bits();
                fifo.s_bad.next = bad && l;
            }
            fifo.s_axis.tvalid.next = offer;
            fifo.m_axis.tready.next = ready;
            settle_low!(fifo);
            let taken = offer && fifo.s_axis.tready.val();
            if lossy {
                assert!(fifo.s_axis.tready.val(), "a lossy FIFO takes every beat");
            }
            if taken {
                input.pop_front();
            }
            events[0] += fifo.frame_in.val() as usize;
            events[1] += fifo.drop_bad.val() as usize;
            events[2] += fifo.drop_full.val() as usize;
            if fifo.m_axis.tvalid.val() && ready {
                let len = fifo.m_axis.tuser.val().index();
                let keep = fifo.m_axis.tkeep.val().index() as u64;
                let data = fifo.m_axis.tdata.val().to_u64().to_le_bytes();
                for (i, b) in data.iter().enumerate() {
                    if keep >> i & 1 == 1 {
                        cur.push(*b);
                    }
                }
                if fifo.m_axis.tlast.val() {
                    assert_eq!(cur.len(), len, "tuser is the frame length");
                    out.push(Frame {
                        bytes: std::mem::take(&mut cur),
                        tag: fifo.m_tag.val().index() as u64,
                        bad: false,
                    });
                } else {
                    assert_eq!(keep, 0xff, "only the last beat is partial");
                    assert!(cur.len() < len);
                }
            }
            rising_edge!(fifo);
            idle = if input.is_empty() && !fifo.m_axis.tvalid.val() {
                idle + 1
            } else {
                0
            };
        }
        (out, events)
    }

    #[test]
    fn releases_every_good_frame_whole_with_its_length_and_tag() {
        // Up to 32 beats (the FIFO's size) when the source waits for room; up to 15 when it
        // cannot be held back and the sink drains every clock (then a frame and the one
        // ahead of it always fit), a fifth of them flagged bad
        for (lossy, ready_p, max_len) in [(false, 0.5, 256), (false, 1.0, 256), (true, 1.0, 120)] {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
            let frames: Vec<Frame> = (0..300)
                .map(|_| random_frame(&mut rng, max_len, 0.2))
                .collect();
            let good: Vec<Frame> = frames
                .iter()
                .filter(|f| !f.bad)
                .map(|f| Frame {
                    bad: false,
                    ..f.clone()
                })
                .collect();
            let (out, events) = run(lossy, &frames, 2, ready_p);
            assert!(out == good, "lossy {lossy}, ready {ready_p}: frames differ");
            assert_eq!(events, [good.len(), frames.len() - good.len(), 0]);
        }
    }

    #[test]
    fn a_lossy_fifo_drops_whole_frames_when_full_and_counts_them() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(5);
        let frames: Vec<Frame> = (0..300).map(|_| random_frame(&mut rng, 200, 0.0)).collect();
        // A slow sink: the FIFO overflows often
        let (out, events) = run(true, &frames, 6, 0.3);
        assert!(
            events[2] > 20,
            "the test must overflow the FIFO ({events:?})"
        );
        assert_eq!(
            events[0] + events[2],
            frames.len(),
            "every frame is kept or dropped"
        );
        assert_eq!(out.len(), events[0]);
        // What comes out is the input minus whole frames, in order
        let mut rest = frames.iter();
        for f in &out {
            assert!(
                rest.any(|g| g.bytes == f.bytes && g.tag == f.tag),
                "an output frame is not an input frame, in order"
            );
        }
    }

    #[test]
    fn a_frame_longer_than_a_lossy_fifo_is_dropped_not_truncated() {
        let frames = vec![
            Frame {
                bytes: vec![7; 8 * 40],
                tag: 1,
                bad: false,
            },
            Frame {
                bytes: vec![9; 100],
                tag: 2,
                bad: false,
            },
        ];
        let (out, events) = run(true, &frames, 9, 1.0);
        assert_eq!(out, vec![frames[1].clone()]);
        assert_eq!(events, [1, 0, 1]);
    }
}
