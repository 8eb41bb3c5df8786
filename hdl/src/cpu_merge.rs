//! CpuMerge: the CPU port, and the datapath's egress register. Frames the host sends (the
//! control plane's ARP, BGP, BFD) join the egress between the pipeline's frames, and are
//! counted per egress row.
//!
//! ```text
//!  s_axis (the pipeline's egress, tuser = verdict) ──┐
//!                                                    ├─ owner ─► slice: EgressSlice ─► m_axis
//!  cpu_s_axis (the host's frames, tuser = row) ──────┘  (frame     (two-entry skid buffer,
//!   tuser becomes kind 3 and the row                      by frame)  ready from a register)
//!                                                    └─► per CPU beat: counter event (row, last, bytes)
//! ```
//!
//! The host supplies each frame whole and exactly as it must leave (tagged or not, padded to
//! the 60-byte minimum): nothing here rewrites it. Its `tuser` is the egress row it leaves on
//! (`regmap::cpu`: to AWS a target index, to the customer a VIF index), read at its first
//! beat. It leaves with the egress sideband `kind` 3 and that row in `target`.
//!
//! The slice takes from one source at a time, the *owner*, a register: it changes only at a
//! frame boundary, so no frame of either source is split or reordered. When the owner's frame
//! has gone in and the other source has a frame waiting, the other becomes owner in the next
//! clock, without a gap: under load the two alternate frame by frame, so neither starves (a
//! BGP keepalive leaves while the pipeline runs at line rate). When the owner is idle at a
//! boundary and the other has a frame, the switch costs one clock.
//!
//! Both readies are the slice's (a register) gated by the owner (a register): no path runs
//! from an input to an output within a clock, and the CPU port's beats go straight into the
//! slice, one a clock. Every CPU beat is a counter event as it goes in (its row; one packet at
//! the frame's last beat; its bytes), so no byte count is kept across a frame. The simulators
//! pay for the port on every clock though a replay never feeds it: of the arrangements tried,
//! this one and a registered CPU beat in front of the egress register cost the 10G replay the
//! least, and this one adds no register stage (`docs/architecture.md`, "The CPU port").

use rust_hdl::prelude::*;

use crate::boundary::EgressSlice;
use crate::codes::kind;
use crate::dff_ce::DffCe;
use crate::stream::{AxisSink, AxisSource};
use dxedge_host::regmap::{cpu, egress};

/// Bits of a CPU beat's byte count in its counter event.
pub const BYTES_BITS: usize = 8;
const ROW_BITS: usize = cpu::BITS;
const USER_BITS: usize = egress::BITS;

#[derive(LogicBlock)]
pub struct CpuMerge<const W: usize, const B: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The CPU port takes nothing while high (a counter clear, a reset); from a register.
    pub hold: Signal<In, Bit>,
    // The pipeline's egress, with its verdict
    pub s_axis: AxisSink<W, B, USER_BITS>,
    // The CPU port: frames from the host, tuser = egress row
    pub cpu_s_axis: AxisSink<W, B, ROW_BITS>,
    // Both, frame by frame, from registers
    pub m_axis: AxisSource<W, B, USER_BITS>,
    // Counter event: one clock per CPU beat taken (its row, whether it ends its frame, its bytes)
    pub tx_event: Signal<Out, Bit>,
    pub tx_row: Signal<Out, Bits<ROW_BITS>>,
    pub tx_last: Signal<Out, Bit>,
    pub tx_bytes: Signal<Out, Bits<BYTES_BITS>>,
    // The egress register, a two-entry skid buffer: its ready is a register
    slice: EgressSlice<W, B, USER_BITS>,
    // The source the slice takes from (1: the CPU port), whether a frame of it is half in,
    // and the row of the CPU frame going in (from its first beat)
    owner_cpu: DffCe<Bit>,
    mid: DffCe<Bit>,
    row: DffCe<Bits<ROW_BITS>>,
    push: Signal<Local, Bit>,
    cpu_push: Signal<Local, Bit>,
    other_valid: Signal<Local, Bit>,
    cpu_row: Signal<Local, Bits<ROW_BITS>>,
    beat_bytes: Signal<Local, Bits<BYTES_BITS>>,
    // A beat's byte count, the ones of its tkeep added as a tree (a field of 2, 4 and 8 bits
    // holds the ones of its bits, then the bytes' counts are folded onto byte 0) rather than
    // one bit after another: 64 adders deep at 100G, the build's deepest path
    pair_ones: Signal<Local, Bits<B>>,
    nibble_ones: Signal<Local, Bits<B>>,
    byte_ones: Signal<Local, Bits<B>>,
    folded_32: Signal<Local, Bits<B>>,
    folded_16: Signal<Local, Bits<B>>,
    folded_8: Signal<Local, Bits<B>>,
    pair_fields: Constant<Bits<B>>,
    nibble_fields: Constant<Bits<B>>,
    byte_fields: Constant<Bits<B>>,
    kind_cpu: Constant<Bits<USER_BITS>>,
    row_lsb: Constant<Bits<8>>,
}

impl<const W: usize, const B: usize> Default for CpuMerge<W, B> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize> CpuMerge<W, B> {
    pub fn new() -> Self {
        // The byte count folds at most 8 bytes of keep bits (see `folded_32`)
        assert!(B * 8 == W && B <= 64, "CpuMerge: B = W / 8, at most 64");
        const _: () = assert!(egress::KIND.lsb == 0 && egress::TARGET.width as usize == cpu::BITS);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            hold: Default::default(),
            s_axis: Default::default(),
            cpu_s_axis: Default::default(),
            m_axis: Default::default(),
            tx_event: Default::default(),
            tx_row: Default::default(),
            tx_last: Default::default(),
            tx_bytes: Default::default(),
            slice: Default::default(),
            owner_cpu: Default::default(),
            mid: Default::default(),
            row: Default::default(),
            push: Default::default(),
            cpu_push: Default::default(),
            other_valid: Default::default(),
            cpu_row: Default::default(),
            beat_bytes: Default::default(),
            pair_ones: Default::default(),
            nibble_ones: Default::default(),
            byte_ones: Default::default(),
            folded_32: Default::default(),
            folded_16: Default::default(),
            folded_8: Default::default(),
            pair_fields: Constant::new(every_b_bits(0x5555_5555_5555_5555)),
            nibble_fields: Constant::new(every_b_bits(0x3333_3333_3333_3333)),
            byte_fields: Constant::new(every_b_bits(0x0f0f_0f0f_0f0f_0f0f)),
            kind_cpu: Constant::new(kind::CPU.to_bits()),
            row_lsb: Constant::new((egress::TARGET.lsb as u64).to_bits()),
        }
    }
}

/// `pattern`'s low `B` bits: a mask repeated across the beat's keep bits.
fn every_b_bits<const B: usize>(pattern: u64) -> Bits<B> {
    let low = if B >= 64 { u64::MAX } else { (1 << B) - 1 };
    (pattern & low).to_bits()
}

impl<const W: usize, const B: usize> Logic for CpuMerge<W, B> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, slice);
        self.owner_cpu.clock.next = self.clock.val();
        self.mid.clock.next = self.clock.val();
        self.row.clock.next = self.clock.val();
        self.owner_cpu.rst.next = self.reset.val();
        self.mid.rst.next = self.reset.val();
        self.row.rst.next = false;
        self.slice.reset.next = self.reset.val();

        // The slice takes from the owner
        self.slice.in_valid.next = self.s_axis.tvalid.val();
        self.slice.in_data.next = self.s_axis.tdata.val();
        self.slice.in_keep.next = self.s_axis.tkeep.val();
        self.slice.in_last.next = self.s_axis.tlast.val();
        self.slice.in_user.next = self.s_axis.tuser.val();
        self.other_valid.next = self.cpu_s_axis.tvalid.val() & !self.hold.val();
        self.cpu_row.next = self.row.q.val();
        if self.owner_cpu.q.val() {
            self.slice.in_valid.next = self.cpu_s_axis.tvalid.val() & !self.hold.val();
            self.slice.in_data.next = self.cpu_s_axis.tdata.val();
            self.slice.in_keep.next = self.cpu_s_axis.tkeep.val();
            self.slice.in_last.next = self.cpu_s_axis.tlast.val();
            // The row of a frame's first beat, then the frame's
            if !self.mid.q.val() {
                self.cpu_row.next = self.cpu_s_axis.tuser.val();
            }
            self.slice.in_user.next = self.kind_cpu.val()
                | (bit_cast::<USER_BITS, ROW_BITS>(self.cpu_row.val()) << self.row_lsb.val());
            self.other_valid.next = self.s_axis.tvalid.val();
        }
        // Readies from registers only
        self.s_axis.tready.next = self.slice.in_ready.val() & !self.owner_cpu.q.val();
        self.cpu_s_axis.tready.next =
            self.slice.in_ready.val() & self.owner_cpu.q.val() & !self.hold.val();
        self.push.next = self.slice.in_valid.val() & self.slice.in_ready.val();
        self.cpu_push.next = self.push.val() & self.owner_cpu.q.val();

        // Frame boundaries, and the owner for the next clock: the other source, when it has a
        // frame waiting and the owner's frame just went in or the owner has none on offer
        self.mid.ce.next = self.push.val();
        self.mid.d.next = !self.slice.in_last.val();
        self.owner_cpu.ce.next = self.other_valid.val()
            & ((self.push.val() & self.slice.in_last.val())
                | (!self.mid.q.val() & !self.slice.in_valid.val()));
        self.owner_cpu.d.next = !self.owner_cpu.q.val();
        self.row.ce.next = self.cpu_push.val();
        self.row.d.next = self.cpu_row.val();

        // CPU beats counted as they go in (the byte count only in a CPU beat's clock)
        self.tx_event.next = self.cpu_push.val();
        self.tx_row.next = self.cpu_row.val();
        self.tx_last.next = self.cpu_s_axis.tlast.val();
        self.pair_ones.next = self.cpu_s_axis.tkeep.val()
            - ((self.cpu_s_axis.tkeep.val() >> 1) & self.pair_fields.val());
        self.nibble_ones.next = (self.pair_ones.val() & self.nibble_fields.val())
            + ((self.pair_ones.val() >> 2) & self.nibble_fields.val());
        self.byte_ones.next =
            (self.nibble_ones.val() + (self.nibble_ones.val() >> 4)) & self.byte_fields.val();
        // Each byte's count is at most 8, so no sum carries into the byte above
        self.folded_32.next = self.byte_ones.val() + (self.byte_ones.val() >> 32);
        self.folded_16.next = self.folded_32.val() + (self.folded_32.val() >> 16);
        self.folded_8.next = self.folded_16.val() + (self.folded_16.val() >> 8);
        self.beat_bytes.next = 0.into();
        if self.cpu_push.val() {
            self.beat_bytes.next = bit_cast::<BYTES_BITS, B>(self.folded_8.val());
        }
        self.tx_bytes.next = self.beat_bytes.val();

        // Out of the slice
        self.m_axis.tvalid.next = self.slice.out_valid.val();
        self.m_axis.tdata.next = self.slice.out_data.val();
        self.m_axis.tkeep.next = self.slice.out_keep.val();
        self.m_axis.tlast.next = self.slice.out_last.val();
        self.m_axis.tuser.next = self.slice.out_user.val();
        self.slice.out_ready.next = self.m_axis.tready.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};
    use std::collections::VecDeque;

    /// A frame: its beats' data words (one u64 each; beat i of frame n holds n << 16 | i),
    /// its last beat's byte count, its sideband.
    #[derive(Clone, Debug, PartialEq)]
    struct Frame {
        beats: Vec<u64>,
        last_bytes: usize,
        user: u64,
    }

    /// A source that offers its frames' beats in order, keeping a beat on offer until taken
    /// (AXI4-Stream), with idle clocks between beats at random.
    struct Source {
        frames: VecDeque<Frame>,
        beat: usize,
        offering: bool,
    }

    impl Source {
        fn new(frames: Vec<Frame>) -> Self {
            Source {
                frames: frames.into(),
                beat: 0,
                offering: false,
            }
        }
        /// The beat to offer this clock: (data, keep, last, user), or none.
        fn offer(&mut self, rng: &mut impl RngExt, busy: f64) -> Option<(u64, u64, bool, u64)> {
            let f = self.frames.front()?;
            if !self.offering && !rng.random_bool(busy) {
                return None;
            }
            self.offering = true;
            let last = self.beat + 1 == f.beats.len();
            let keep = if last {
                (1u64 << f.last_bytes) - 1
            } else {
                0xff
            };
            Some((f.beats[self.beat], keep, last, f.user))
        }
        fn taken(&mut self) {
            self.offering = false;
            self.beat += 1;
            if self
                .frames
                .front()
                .is_some_and(|f| self.beat == f.beats.len())
            {
                self.frames.pop_front();
                self.beat = 0;
            }
        }
    }

    fn frames(rng: &mut impl RngExt, n: usize, base: u64, user: impl Fn(u64) -> u64) -> Vec<Frame> {
        (0..n as u64)
            .map(|f| Frame {
                beats: (0..rng.random_range(1..9u64))
                    .map(|i| (base + f) << 16 | i)
                    .collect(),
                last_bytes: rng.random_range(1..=8),
                user: user(f),
            })
            .collect()
    }

    /// What left: frames in order with the source each came from (true: the CPU port), and
    /// the counter events summed per frame (row, bytes).
    struct Run {
        out: Vec<(bool, Frame)>,
        events: Vec<(u64, u64)>,
        clocks: usize,
    }

    /// Both sources into the block, `m_axis` ready with probability `ready`, until every
    /// frame has left; `hold` raised over the clocks `hold_clocks`.
    fn run(
        pipe: Vec<Frame>,
        cpu: Vec<Frame>,
        busy: f64,
        ready: f64,
        seed: u64,
        hold_clocks: std::ops::Range<usize>,
    ) -> Run {
        let mut uut: CpuMerge<64, 8> = CpuMerge::new();
        uut.connect_all();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let total = pipe.len() + cpu.len();
        let (mut p, mut c) = (Source::new(pipe), Source::new(cpu));
        let mut out: Vec<(bool, Frame)> = Vec::new();
        let mut cur: Option<(bool, Frame)> = None;
        let mut events = Vec::new();
        let mut event_bytes = 0;
        let mut clocks = 0;
        while out.len() < total {
            assert!(
                clocks < 100_000,
                "stalled with {} of {total} frames out",
                out.len()
            );
            // Reset first (the datapath holds the CPU port meanwhile: nothing offered here)
            uut.reset.next = clocks < 2;
            uut.hold.next = hold_clocks.contains(&clocks);
            for (src, port) in [(&mut p, 0), (&mut c, 1)] {
                let beat = if clocks < 2 {
                    None
                } else {
                    src.offer(&mut rng, busy)
                };
                let (valid, (data, keep, last, user)) =
                    (beat.is_some(), beat.unwrap_or((0, 0, false, 0)));
                if port == 0 {
                    uut.s_axis.tvalid.next = valid;
                    uut.s_axis.tdata.next = data.to_bits();
                    uut.s_axis.tkeep.next = keep.to_bits();
                    uut.s_axis.tlast.next = last;
                    uut.s_axis.tuser.next = user.to_bits();
                } else {
                    uut.cpu_s_axis.tvalid.next = valid;
                    uut.cpu_s_axis.tdata.next = data.to_bits();
                    uut.cpu_s_axis.tkeep.next = keep.to_bits();
                    uut.cpu_s_axis.tlast.next = last;
                    uut.cpu_s_axis.tuser.next = user.to_bits();
                }
            }
            let m_ready = rng.random_bool(ready);
            uut.m_axis.tready.next = m_ready;
            settle_low!(uut);
            let p_taken = uut.s_axis.tvalid.val() && uut.s_axis.tready.val();
            let c_taken = uut.cpu_s_axis.tvalid.val() && uut.cpu_s_axis.tready.val();
            if uut.hold.val() {
                assert!(!uut.cpu_s_axis.tready.val(), "nothing taken while held");
            }
            if uut.tx_event.val() {
                event_bytes += uut.tx_bytes.val().to_u64();
                if uut.tx_last.val() {
                    events.push((uut.tx_row.val().to_u64(), event_bytes));
                    event_bytes = 0;
                }
            }
            if uut.m_axis.tvalid.val() && m_ready {
                let user = uut.m_axis.tuser.val().to_u64();
                let from_cpu = user & 3 == kind::CPU;
                let data = uut.m_axis.tdata.val().to_u64();
                let keep = uut.m_axis.tkeep.val().to_u64();
                let (src, f) = cur.get_or_insert_with(|| {
                    (
                        from_cpu,
                        Frame {
                            beats: Vec::new(),
                            last_bytes: 0,
                            user,
                        },
                    )
                });
                assert_eq!(*src, from_cpu, "a frame is never split: {f:?}");
                assert_eq!(f.user, user, "the sideband holds over the frame");
                f.beats.push(data);
                if uut.m_axis.tlast.val() {
                    f.last_bytes = keep.count_ones() as usize;
                    out.extend(cur.take());
                }
            }
            rising_edge!(uut);
            if p_taken {
                p.taken();
            }
            if c_taken {
                c.taken();
            }
            clocks += 1;
        }
        Run {
            out,
            events,
            clocks,
        }
    }

    /// CPU frames as they must leave: kind 3, their row in the target field.
    fn as_sent(cpu: &[Frame]) -> Vec<Frame> {
        cpu.iter()
            .map(|f| Frame {
                user: kind::CPU | f.user << egress::TARGET.lsb,
                ..f.clone()
            })
            .collect()
    }

    #[test]
    fn both_sources_leave_whole_in_order_and_cpu_frames_are_tagged_and_counted() {
        for (seed, busy, ready) in [(1, 1.0, 1.0), (2, 0.5, 1.0), (3, 1.0, 0.4), (4, 0.3, 0.6)] {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
            // Pipeline frames carry any verdict; CPU frames any row
            // (the pipeline's verdicts are of kinds 0 to 2)
            let pipe = frames(&mut rng, 120, 0, |f| {
                (((f * 37) << 2) % (1 << USER_BITS)) | (f % 3)
            });
            let cpu = frames(&mut rng, 60, 1000, |f| (f * 101) % 1024);
            let r = run(pipe.clone(), cpu.clone(), busy, ready, seed, 0..0);
            let (from_pipe, from_cpu): (Vec<_>, Vec<_>) = r.out.iter().partition(|(c, _)| !c);
            let from_pipe: Vec<Frame> = from_pipe.into_iter().map(|(_, f)| f.clone()).collect();
            let from_cpu: Vec<Frame> = from_cpu.into_iter().map(|(_, f)| f.clone()).collect();
            assert_eq!(
                from_pipe, pipe,
                "seed {seed}: the pipeline's frames, unchanged, in order"
            );
            assert_eq!(
                from_cpu,
                as_sent(&cpu),
                "seed {seed}: the CPU frames, in order"
            );
            let want: Vec<(u64, u64)> = cpu
                .iter()
                .map(|f| (f.user, 8 * (f.beats.len() as u64 - 1) + f.last_bytes as u64))
                .collect();
            assert_eq!(
                r.events, want,
                "seed {seed}: one event per CPU frame, its row and bytes"
            );
        }
    }

    /// At 512 bits a CPU beat's byte count is the ones of its 64 keep bits: every count from
    /// 1 to 64 of a last beat's keep (from byte 0, as a frame's end has it), and scattered
    /// bits too, counted as they go in.
    #[test]
    fn a_512_bit_beat_counts_the_ones_of_its_keep() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(9);
        let mut keeps: Vec<u64> = (1..=64u32).map(|n| u64::MAX >> (64 - n)).collect();
        keeps.extend((0..200).map(|_| rng.random::<u64>()));
        keeps.extend([0, 1 << 63, 0x8000_0000_0000_0001, 0xff00_ff00_ff00_ff00]);
        let mut uut: CpuMerge<512, 64> = CpuMerge::new();
        uut.connect_all();
        let mut next = 0;
        let mut counted = Vec::new();
        for clock in 0..4 * keeps.len() {
            uut.reset.next = clock < 2;
            uut.hold.next = false;
            uut.s_axis.tvalid.next = false;
            let offered = keeps.get(next).filter(|_| clock >= 2);
            uut.cpu_s_axis.tvalid.next = offered.is_some();
            uut.cpu_s_axis.tkeep.next = offered.copied().unwrap_or(0).to_bits();
            uut.cpu_s_axis.tlast.next = true;
            uut.cpu_s_axis.tuser.next = 5u64.to_bits();
            uut.m_axis.tready.next = true;
            settle_low!(uut);
            let taken = uut.cpu_s_axis.tvalid.val() && uut.cpu_s_axis.tready.val();
            if uut.tx_event.val() {
                counted.push(uut.tx_bytes.val().to_u64());
            }
            rising_edge!(uut);
            if taken {
                next += 1;
            }
        }
        let want: Vec<u64> = keeps.iter().map(|k| u64::from(k.count_ones())).collect();
        assert_eq!(counted, want);
    }

    #[test]
    fn under_load_the_sources_alternate_frame_by_frame() {
        for (seed, ready) in [(5, 1.0), (6, 0.5)] {
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
            let pipe = frames(&mut rng, 50, 0, |_| 0);
            let cpu = frames(&mut rng, 50, 1000, |_| 7);
            let r = run(pipe, cpu, 1.0, ready, seed, 0..0);
            let order: Vec<bool> = r.out.iter().map(|(c, _)| *c).collect();
            // Both always have a frame waiting: strictly alternating, but at the start (the
            // CPU port's register is a clock behind) and once one source has run out
            let mut left = [50, 50];
            for (i, w) in order.windows(2).enumerate() {
                left[usize::from(w[0])] -= 1;
                if w[0] == w[1] {
                    assert!(
                        i == 0 || left[usize::from(!w[0])] == 0,
                        "seed {seed}: {order:?}"
                    );
                }
            }
            if ready == 1.0 {
                let beats: usize = r.out.iter().map(|(_, f)| f.beats.len()).sum();
                // A beat a clock: reset, the slice's latency and one switch at the start
                assert!(
                    r.clocks <= beats + 6,
                    "{} clocks for {beats} beats",
                    r.clocks
                );
            }
        }
    }

    #[test]
    fn the_pipeline_alone_keeps_a_beat_every_clock() {
        // (two clocks of reset, one of the output register)
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(8);
        let pipe = frames(&mut rng, 200, 0, |f| f << 2);
        let beats: usize = pipe.iter().map(|f| f.beats.len()).sum();
        let r = run(pipe, Vec::new(), 1.0, 1.0, 8, 0..0);
        assert!(
            r.clocks <= beats + 3,
            "{} clocks for {beats} beats",
            r.clocks
        );
    }

    #[test]
    fn while_held_the_cpu_port_takes_nothing_and_then_catches_up() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(9);
        let pipe = frames(&mut rng, 40, 0, |f| f << 2);
        let cpu = frames(&mut rng, 20, 1000, |f| f);
        let r = run(pipe.clone(), cpu.clone(), 0.8, 0.8, 9, 10..300);
        let from_cpu: Vec<Frame> = r
            .out
            .iter()
            .filter(|(c, _)| *c)
            .map(|(_, f)| f.clone())
            .collect();
        assert_eq!(from_cpu, as_sent(&cpu));
        assert_eq!(r.events.len(), cpu.len());
    }
}
