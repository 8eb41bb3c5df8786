//! FrameReader: the host reads whole frames out of a [`crate::boards::frame_fifo::FrameFifo`] over
//! the register bus, 32 bits at a time.
//!
//! ```text
//!  FrameFifo m_axis ─► head beat ─► word `index` ─► DATA read (index + 1; the beat is
//!  (tuser = length,                 of W/32          popped after its last word)
//!   tag = verdict)  ─► LENGTH, TAG, STATUS            POP write: drain the rest
//! ```
//!
//! Punted frames (ARP, BGP, BFD to the AWS peer) are control-plane traffic, a few per second
//! per VIF, so the host can afford to read them word by word through the same register
//! window that programs the tables: no DMA engine, no second driver (`docs/boards.md`).
//! Host sequence: wait for STATUS bit 0 (bit 1 says the frame before is still being
//! discarded after a POP: poll again), read LENGTH and TAG, read `ceil(LENGTH / 4)` words
//! from DATA, write POP. DATA reads past the frame's last beat return 0 and take nothing,
//! so a host that reads too many words cannot eat into the next frame. Reads answer one
//! clock after the strobe.

use rust_hdl::prelude::*;

use crate::boards::board_map::reader;
use crate::boards::csr_bus::CsrTarget;
use crate::boards::frame_fifo::LEN_BITS;
use crate::stream::AxisSink;

/// Address bits the reader decodes (its slot is larger; the core decodes the rest).
pub const LOCAL_BITS: usize = 5;

#[derive(LogicBlock)]
pub struct FrameReader<const W: usize, const B: usize, const U: usize, const L: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus: CsrTarget<LOCAL_BITS>,
    // The frame FIFO's read side
    pub s_axis: AxisSink<W, B, LEN_BITS>,
    pub s_tag: Signal<In, Bits<U>>,
    // State
    index: DFF<Bits<8>>,
    done: DFF<Bit>,
    draining: DFF<Bit>,
    rdata: DFF<Bits<32>>,
    rvalid: DFF<Bit>,
    word: Signal<Local, Bits<32>>,
    ready: Signal<Local, Bit>,
    take_word: Signal<Local, Bit>,
    pop_beat: Signal<Local, Bit>,
    value: Signal<Local, Bits<32>>,
    word_offset: [Constant<Bits<16>>; L],
    last_word: Constant<Bits<8>>,
    off_status: Constant<Bits<LOCAL_BITS>>,
    off_length: Constant<Bits<LOCAL_BITS>>,
    off_tag: Constant<Bits<LOCAL_BITS>>,
    off_data: Constant<Bits<LOCAL_BITS>>,
    off_pop: Constant<Bits<LOCAL_BITS>>,
}

impl<const W: usize, const B: usize, const U: usize, const L: usize> Default
    for FrameReader<W, B, U, L>
{
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize, const U: usize, const L: usize> FrameReader<W, B, U, L> {
    pub fn new() -> Self {
        assert!(
            B * 8 == W && L * 32 == W,
            "FrameReader: B = W / 8, L = W / 32"
        );
        assert!(U <= 32, "FrameReader: the tag fits one register");
        let c = |v: u32| Constant::new((v as u64).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus: Default::default(),
            s_axis: Default::default(),
            s_tag: Default::default(),
            index: Default::default(),
            done: Default::default(),
            draining: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            word: Default::default(),
            ready: Default::default(),
            take_word: Default::default(),
            pop_beat: Default::default(),
            value: Default::default(),
            word_offset: std::array::from_fn(|j| Constant::new(((32 * j) as u64).to_bits())),
            last_word: Constant::new(((L - 1) as u64).to_bits()),
            off_status: c(reader::STATUS),
            off_length: c(reader::LENGTH),
            off_tag: c(reader::TAG),
            off_data: c(reader::DATA),
            off_pop: c(reader::POP),
        }
    }
}

impl<const W: usize, const B: usize, const U: usize, const L: usize> Logic
    for FrameReader<W, B, U, L>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, index, done, draining, rdata, rvalid);
        // A frame waits whose words have not all been read
        self.ready.next = self.s_axis.tvalid.val() & !self.done.q.val() & !self.draining.q.val();
        self.word.next = 0.into();
        for j in 0..L {
            if self.index.q.val().index() == j {
                self.word.next = self
                    .s_axis
                    .tdata
                    .val()
                    .get_bits::<32>(self.word_offset[j].val().index());
            }
        }
        self.take_word.next =
            self.bus.read.val() & (self.bus.addr.val() == self.off_data.val()) & self.ready.val();
        self.pop_beat.next = self.take_word.val() & (self.index.q.val() == self.last_word.val());
        self.s_axis.tready.next =
            self.pop_beat.val() | (self.draining.q.val() & self.s_axis.tvalid.val());
        if self.take_word.val() {
            self.index.d.next = self.index.q.val() + 1;
        }
        if self.pop_beat.val() {
            self.index.d.next = 0.into();
            if self.s_axis.tlast.val() {
                self.done.d.next = true;
            }
        }
        if self.draining.q.val() & self.s_axis.tvalid.val() & self.s_axis.tlast.val() {
            self.draining.d.next = false;
        }
        if self.bus.write.val() & (self.bus.addr.val() == self.off_pop.val()) {
            self.index.d.next = 0.into();
            self.done.d.next = false;
            if !self.done.q.val() & self.s_axis.tvalid.val() {
                self.draining.d.next = true;
            }
        }

        // Reads answer the next clock
        self.value.next = 0.into();
        if self.bus.addr.val() == self.off_status.val() {
            if self.ready.val() {
                self.value.next = 1.into();
            }
            if self.draining.q.val() {
                self.value.next = 2.into();
            }
        }
        if self.bus.addr.val() == self.off_length.val() {
            self.value.next = bit_cast::<32, LEN_BITS>(self.s_axis.tuser.val());
        }
        if self.bus.addr.val() == self.off_tag.val() {
            self.value.next = bit_cast::<32, U>(self.s_tag.val());
        }
        if self.take_word.val() {
            self.value.next = self.word.val();
        }
        self.rvalid.d.next = self.bus.read.val();
        self.rdata.d.next = self.value.val();
        self.bus.rvalid.next = self.rvalid.q.val();
        self.bus.rdata.next = self.rdata.q.val();
        if self.reset.val() {
            self.index.d.next = 0.into();
            self.done.d.next = false;
            self.draining.d.next = false;
            self.rvalid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::frame_fifo::FrameFifo;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};

    /// A frame FIFO (64-bit) and its reader, wired as a board core wires them.
    #[derive(LogicBlock)]
    struct Rig {
        clock: Signal<In, Clock>,
        fifo: FrameFifo<64, 8, 65, 15, 6, 7>,
        reader: FrameReader<64, 8, 15, 2>,
    }

    impl Logic for Rig {
        #[hdl_gen]
        fn update(&mut self) {
            clock!(self, clock, fifo, reader);
            self.fifo.reset.next = false;
            self.reader.reset.next = false;
            self.reader.s_axis.tdata.next = self.fifo.m_axis.tdata.val();
            self.reader.s_axis.tkeep.next = self.fifo.m_axis.tkeep.val();
            self.reader.s_axis.tvalid.next = self.fifo.m_axis.tvalid.val();
            self.reader.s_axis.tlast.next = self.fifo.m_axis.tlast.val();
            self.reader.s_axis.tuser.next = self.fifo.m_axis.tuser.val();
            self.reader.s_tag.next = self.fifo.m_tag.val();
            self.fifo.m_axis.tready.next = self.reader.s_axis.tready.val();
        }
    }

    struct Tb {
        rig: Rig,
    }

    impl Tb {
        fn new() -> Self {
            let mut rig = Rig {
                clock: Default::default(),
                fifo: FrameFifo::new(true),
                reader: FrameReader::new(),
            };
            rig.connect_all();
            let mut tb = Tb { rig };
            tb.rig.fifo.s_axis.tvalid.next = false;
            tb.rig.fifo.s_bad.next = false;
            tb.idle(2);
            tb
        }

        fn idle(&mut self, n: usize) {
            for _ in 0..n {
                self.rig.reader.bus.read.next = false;
                self.rig.reader.bus.write.next = false;
                settle_low!(self.rig);
                rising_edge!(self.rig);
            }
        }

        fn push(&mut self, bytes: &[u8], tag: u64) {
            let n = bytes.len().div_ceil(8);
            for (i, c) in bytes.chunks(8).enumerate() {
                let mut d = [0u8; 8];
                d[..c.len()].copy_from_slice(c);
                self.rig.fifo.s_axis.tdata.next = u64::from_le_bytes(d).to_bits();
                self.rig.fifo.s_axis.tkeep.next = ((1u64 << c.len()) - 1).to_bits();
                self.rig.fifo.s_axis.tlast.next = i + 1 == n;
                self.rig.fifo.s_axis.tuser.next = tag.to_bits();
                self.rig.fifo.s_axis.tvalid.next = true;
                self.idle(1);
            }
            self.rig.fifo.s_axis.tvalid.next = false;
            self.idle(3);
        }

        fn read(&mut self, addr: u32) -> u32 {
            self.rig.reader.bus.addr.next = (addr as u64).to_bits();
            self.rig.reader.bus.read.next = true;
            settle_low!(self.rig);
            rising_edge!(self.rig);
            self.rig.reader.bus.read.next = false;
            settle_low!(self.rig);
            assert!(
                self.rig.reader.bus.rvalid.val(),
                "reads answer the next clock"
            );
            let v = self.rig.reader.bus.rdata.val().index() as u32;
            rising_edge!(self.rig);
            v
        }

        fn write(&mut self, addr: u32, v: u32) {
            self.rig.reader.bus.addr.next = (addr as u64).to_bits();
            self.rig.reader.bus.wdata.next = (v as u64).to_bits();
            self.rig.reader.bus.write.next = true;
            settle_low!(self.rig);
            rising_edge!(self.rig);
            self.rig.reader.bus.write.next = false;
        }

        /// STATUS, polled while bit 1 says the frame before is still being discarded.
        fn status(&mut self) -> u32 {
            for _ in 0..100 {
                let status = self.read(reader::STATUS);
                if status & 2 == 0 {
                    return status;
                }
            }
            panic!("a POP never finished");
        }

        /// The host sequence of the module doc; `extra` words read past the end.
        fn take(&mut self, extra: usize) -> Option<(Vec<u8>, u32)> {
            if self.status() & 1 == 0 {
                return None;
            }
            let len = self.read(reader::LENGTH) as usize;
            let tag = self.read(reader::TAG);
            let mut bytes = Vec::new();
            for _ in 0..len.div_ceil(4) {
                bytes.extend(self.read(reader::DATA).to_le_bytes());
            }
            bytes.truncate(len);
            // Words past the frame (its last beat's padding, then zeros)
            for _ in 0..extra {
                self.read(reader::DATA);
            }
            self.write(reader::POP, 0);
            Some((bytes, tag))
        }
    }

    #[test]
    fn the_host_reads_each_frame_whole_in_order() {
        let mut tb = Tb::new();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(4);
        for round in 0..40 {
            let frames: Vec<(Vec<u8>, u64)> = (0..rng.random_range(1..4))
                .map(|_| {
                    let len = rng.random_range(1..150);
                    (
                        (0..len).map(|_| rng.random()).collect(),
                        rng.random_range(0..1 << 15),
                    )
                })
                .collect();
            for (bytes, tag) in &frames {
                tb.push(bytes, *tag);
            }
            for (bytes, tag) in &frames {
                let extra = rng.random_range(0..4);
                let got = tb.take(extra).unwrap_or_else(|| {
                    panic!("round {round}: frame of {} bytes missing", bytes.len())
                });
                assert_eq!(got, (bytes.clone(), *tag as u32), "round {round}");
            }
            assert_eq!(tb.status(), 0, "nothing left");
        }
    }

    #[test]
    fn pop_without_reading_discards_the_frame() {
        let mut tb = Tb::new();
        tb.push(&[1; 100], 5);
        tb.push(&[2; 20], 6);
        assert_eq!(tb.read(reader::LENGTH), 100);
        tb.write(reader::POP, 0);
        tb.idle(20);
        assert_eq!(tb.take(0), Some((vec![2; 20], 6)));
        assert_eq!(tb.status(), 0);
        // A POP with nothing waiting does nothing to a later frame
        tb.write(reader::POP, 0);
        tb.push(&[3; 9], 7);
        assert_eq!(tb.take(0), Some((vec![3; 9], 7)));
    }

    #[test]
    fn reading_past_the_end_never_reaches_the_next_frame() {
        let mut tb = Tb::new();
        tb.push(&[0xaa; 16], 1);
        tb.push(&[0xbb; 8], 2);
        assert_eq!(tb.read(reader::LENGTH), 16);
        let words: Vec<u32> = (0..8).map(|_| tb.read(reader::DATA)).collect();
        assert_eq!(&words[..4], &[0xaaaa_aaaa; 4]);
        assert_eq!(&words[4..], &[0; 4], "past the end: 0");
        tb.write(reader::POP, 0);
        assert_eq!(tb.take(0), Some((vec![0xbb; 8], 2)));
    }
}
