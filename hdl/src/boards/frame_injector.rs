//! FrameInjector: the host writes a template frame over the register bus; the injector sends
//! it into the pipeline a given number of times, back to back or with idle gaps.
//!
//! ```text
//!  DATA writes ─► staging beat (W/32 words) ─► template RAM (2^N beats)
//!  COUNT write ─► beat 0 .. last beat (from LENGTH) ─► m_axis, tuser = LENGTH ─► pipeline
//!                 repeated COUNT times, GAP idle clocks between frames
//! ```
//!
//! With it and the capture buffer a board without a network port is still a bench
//! instrument: program the tables, inject frames, read what the pipeline made of them and
//! its counters. `PORT` sends the template into the CPU port instead, as the host's
//! control plane would (`to_cpu`, with the egress row on `row`), and picks the direction
//! (`to_customer`: which datapath of the port pipeline the core feeds). Registers are in
//! [`crate::boards::board_map::injector`]; reads answer one clock
//! after the strobe. A frame started is always finished (writing COUNT = 0 stops after it),
//! so the pipeline never sees a partial frame; writing the template while sending changes
//! what is sent.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;

use crate::boards::board_map::injector;
use crate::boards::csr_bus::CsrTarget;
use crate::boards::frame_fifo::LEN_BITS;
use crate::stream::AxisSource;
use dxedge_host::regmap::cpu;

/// Address bits the injector decodes.
pub const LOCAL_BITS: usize = 5;
const ROW_BITS: usize = cpu::BITS;

#[derive(LogicBlock)]
pub struct FrameInjector<const W: usize, const B: usize, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus: CsrTarget<LOCAL_BITS>,
    pub m_axis: AxisSource<W, B, LEN_BITS>,
    /// One clock per frame sent (at its last beat).
    pub frame_sent: Signal<Out, Bit>,
    /// The frame on `m_axis` is for the CPU port, to leave on egress row `row` (`PORT`,
    /// as it read at the frame's start).
    pub to_cpu: Signal<Out, Bit>,
    pub row: Signal<Out, Bits<ROW_BITS>>,
    /// The frame on `m_axis` is for the to-customer datapath (`PORT`, as at the frame's start).
    pub to_customer: Signal<Out, Bit>,
    // Template
    ram: BlockRam<Bits<W>, N>,
    staging: DFF<Bits<W>>,
    word: DFF<Bits<16>>,
    length: DFF<Bits<LEN_BITS>>,
    gap: DFF<Bits<16>>,
    count: DFF<Bits<32>>,
    sent: DFF<Bits<32>>,
    port: DFF<Bits<32>>,
    // Sending
    port_frame: DFF<Bits<32>>,
    beat: DFF<Bits<N>>,
    mid: DFF<Bit>,
    gap_left: DFF<Bits<16>>,
    rdata: DFF<Bits<32>>,
    rvalid: DFF<Bit>,
    lane: Signal<Local, Bits<16>>,
    word_beat: Signal<Local, Bits<16>>,
    staged: Signal<Local, Bits<W>>,
    valid: Signal<Local, Bit>,
    last: Signal<Local, Bit>,
    fire: Signal<Local, Bit>,
    boundary: Signal<Local, Bit>,
    last_beat: Signal<Local, Bits<LEN_BITS>>,
    rem: Signal<Local, Bits<LEN_BITS>>,
    value: Signal<Local, Bits<32>>,
    lane_mask: Constant<Bits<16>>,
    lane_shift: Constant<Bits<16>>,
    beat_shift: Constant<Bits<LEN_BITS>>,
    beat_bytes: Constant<Bits<LEN_BITS>>,
    byte_mask: Constant<Bits<LEN_BITS>>,
    word_mask: Constant<Bits<W>>,
    all_keep: Constant<Bits<B>>,
    off_status: Constant<Bits<LOCAL_BITS>>,
    off_addr: Constant<Bits<LOCAL_BITS>>,
    off_data: Constant<Bits<LOCAL_BITS>>,
    off_length: Constant<Bits<LOCAL_BITS>>,
    off_count: Constant<Bits<LOCAL_BITS>>,
    off_gap: Constant<Bits<LOCAL_BITS>>,
    off_sent: Constant<Bits<LOCAL_BITS>>,
    off_port: Constant<Bits<LOCAL_BITS>>,
}

impl<const W: usize, const B: usize, const N: usize> Default for FrameInjector<W, B, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize, const N: usize> FrameInjector<W, B, N> {
    pub fn new() -> Self {
        assert!(
            B * 8 == W && W % 32 == 0,
            "FrameInjector: B = W / 8, whole 32-bit words"
        );
        assert!(B.is_power_of_two() && (W / 32).is_power_of_two());
        fn c<const M: usize>(v: u64) -> Constant<Bits<M>> {
            Constant::new(v.to_bits())
        }
        let mut all_keep: Bits<B> = 0.into();
        let mut word_mask: Bits<W> = 0.into();
        for i in 0..B {
            all_keep = all_keep.replace_bit(i, true);
        }
        for i in 0..32 {
            word_mask = word_mask.replace_bit(i, true);
        }
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus: Default::default(),
            m_axis: Default::default(),
            frame_sent: Default::default(),
            to_cpu: Default::default(),
            row: Default::default(),
            to_customer: Default::default(),
            ram: Default::default(),
            staging: Default::default(),
            word: Default::default(),
            length: Default::default(),
            gap: Default::default(),
            count: Default::default(),
            sent: Default::default(),
            port: Default::default(),
            port_frame: Default::default(),
            beat: Default::default(),
            mid: Default::default(),
            gap_left: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            lane: Default::default(),
            word_beat: Default::default(),
            staged: Default::default(),
            valid: Default::default(),
            last: Default::default(),
            fire: Default::default(),
            boundary: Default::default(),
            last_beat: Default::default(),
            rem: Default::default(),
            value: Default::default(),
            lane_mask: c((W / 32 - 1) as u64),
            lane_shift: c((W / 32).trailing_zeros() as u64),
            beat_shift: c(B.trailing_zeros() as u64),
            beat_bytes: c(B as u64),
            byte_mask: c(B as u64 - 1),
            word_mask: Constant::new(word_mask),
            all_keep: Constant::new(all_keep),
            off_status: c(injector::STATUS as u64),
            off_addr: c(injector::ADDR as u64),
            off_data: c(injector::DATA as u64),
            off_length: c(injector::LENGTH as u64),
            off_count: c(injector::COUNT as u64),
            off_gap: c(injector::GAP as u64),
            off_sent: c(injector::SENT as u64),
            off_port: c(injector::PORT as u64),
        }
    }
}

impl<const W: usize, const B: usize, const N: usize> Logic for FrameInjector<W, B, N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, staging, word, length, gap, count, sent, port, beat, mid, gap_left,
            port_frame, rdata, rvalid
        );
        self.ram.clock.next = self.clock.val();

        // Template writes: a word into the staging beat; the beat's last word stores it
        self.lane.next = self.word.q.val() & self.lane_mask.val();
        self.staged.next = (self.staging.q.val()
            & !(self.word_mask.val() << (self.lane.val() << 5)))
            | (bit_cast::<W, 32>(self.bus.wdata.val()) << (self.lane.val() << 5));
        self.ram.write_enable.next = false;
        self.word_beat.next = self.word.q.val() >> self.lane_shift.val();
        self.ram.write_address.next = self.word_beat.val().get_bits::<N>(0);
        self.ram.write_data.next = self.staged.val();
        if self.bus.write.val() {
            if self.bus.addr.val() == self.off_addr.val() {
                self.word.d.next = self.bus.wdata.val().get_bits::<16>(0);
            }
            if self.bus.addr.val() == self.off_data.val() {
                self.staging.d.next = self.staged.val();
                self.word.d.next = self.word.q.val() + 1;
                self.ram.write_enable.next = self.lane.val() == self.lane_mask.val();
            }
            if self.bus.addr.val() == self.off_length.val() {
                self.length.d.next = self.bus.wdata.val().get_bits::<LEN_BITS>(0);
            }
            if self.bus.addr.val() == self.off_gap.val() {
                self.gap.d.next = self.bus.wdata.val().get_bits::<16>(0);
            }
            if self.bus.addr.val() == self.off_port.val() {
                self.port.d.next = self.bus.wdata.val();
            }
        }

        // Sending: the RAM reads the beat after this clock's transfer, like the FIFOs
        self.last_beat.next = (self.length.q.val() - 1) >> self.beat_shift.val();
        self.last.next = bit_cast::<LEN_BITS, N>(self.beat.q.val()) == self.last_beat.val();
        self.valid.next = (self.mid.q.val()
            | ((self.count.q.val() != 0) & (self.gap_left.q.val() == 0)))
            & (self.length.q.val() != 0);
        self.m_axis.tvalid.next = self.valid.val();
        self.m_axis.tdata.next = self.ram.read_data.val();
        self.m_axis.tlast.next = self.last.val();
        self.m_axis.tuser.next = self.length.q.val();
        self.rem.next = self.length.q.val() & self.byte_mask.val();
        self.m_axis.tkeep.next = self.all_keep.val();
        if self.last.val() & (self.rem.val() != 0) {
            self.m_axis.tkeep.next =
                self.all_keep.val() >> (self.beat_bytes.val() - self.rem.val());
        }
        self.fire.next = self.valid.val() & self.m_axis.tready.val();
        // PORT as it read when the frame on offer started: it moves only between frames
        self.to_cpu.next = self.port_frame.q.val().get_bit(31);
        self.to_customer.next = self.port_frame.q.val().get_bit(30);
        self.row.next = self.port_frame.q.val().get_bits::<ROW_BITS>(0);
        self.boundary.next =
            (self.fire.val() & self.last.val()) | (!self.mid.q.val() & !self.fire.val());
        if self.boundary.val() {
            self.port_frame.d.next = self.port.q.val();
        }
        self.ram.read_address.next = self.beat.q.val();
        self.frame_sent.next = false;
        if self.gap_left.q.val() != 0 {
            self.gap_left.d.next = self.gap_left.q.val() - 1;
        }
        if self.fire.val() {
            self.mid.d.next = true;
            self.beat.d.next = self.beat.q.val() + 1;
            self.ram.read_address.next = self.beat.q.val() + 1;
            if self.last.val() {
                self.mid.d.next = false;
                self.beat.d.next = 0.into();
                self.ram.read_address.next = 0.into();
                self.sent.d.next = self.sent.q.val() + 1;
                self.frame_sent.next = true;
                self.gap_left.d.next = self.gap.q.val();
                if self.count.q.val() != 0 {
                    self.count.d.next = self.count.q.val() - 1;
                }
            }
        }
        if self.bus.write.val() & (self.bus.addr.val() == self.off_count.val()) {
            self.count.d.next = self.bus.wdata.val();
        }

        // Reads
        self.value.next = 0.into();
        if (self.bus.addr.val() == self.off_status.val())
            & (self.mid.q.val() | (self.count.q.val() != 0))
        {
            self.value.next = 1.into();
        }
        if self.bus.addr.val() == self.off_length.val() {
            self.value.next = bit_cast::<32, LEN_BITS>(self.length.q.val());
        }
        if self.bus.addr.val() == self.off_count.val() {
            self.value.next = self.count.q.val();
        }
        if self.bus.addr.val() == self.off_gap.val() {
            self.value.next = bit_cast::<32, 16>(self.gap.q.val());
        }
        if self.bus.addr.val() == self.off_sent.val() {
            self.value.next = self.sent.q.val();
        }
        if self.bus.addr.val() == self.off_port.val() {
            self.value.next = self.port.q.val();
        }
        self.rdata.d.next = self.value.val();
        self.rvalid.d.next = self.bus.read.val();
        self.bus.rdata.next = self.rdata.q.val();
        self.bus.rvalid.next = self.rvalid.q.val();
        if self.reset.val() {
            self.count.d.next = 0.into();
            self.mid.d.next = false;
            self.beat.d.next = 0.into();
            self.gap_left.d.next = 0.into();
            self.sent.d.next = 0.into();
            self.port.d.next = 0.into();
            self.rvalid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};

    struct Tb {
        uut: FrameInjector<64, 8, 6>,
        ready_p: f64,
        rng: rand_chacha::ChaCha8Rng,
        frames: Vec<(Vec<u8>, usize)>,
        cur: Vec<u8>,
        /// Per frame sent: the port of each of its beats (to_cpu, to_customer, row).
        ports: Vec<Vec<(bool, bool, u64)>>,
        cur_ports: Vec<(bool, bool, u64)>,
        clocks: usize,
    }

    impl Tb {
        fn new(ready_p: f64) -> Self {
            let mut uut = FrameInjector::new();
            uut.connect_all();
            Tb {
                uut,
                ready_p,
                rng: rand_chacha::ChaCha8Rng::seed_from_u64(3),
                frames: Vec::new(),
                cur: Vec::new(),
                ports: Vec::new(),
                cur_ports: Vec::new(),
                clocks: 0,
            }
        }

        fn clock(&mut self) {
            let ready = self.rng.random_bool(self.ready_p);
            self.uut.m_axis.tready.next = ready;
            settle_low!(self.uut);
            if self.uut.m_axis.tvalid.val() && ready {
                let keep = self.uut.m_axis.tkeep.val().index() as u64;
                let d = self.uut.m_axis.tdata.val().to_u64().to_le_bytes();
                for (i, b) in d.iter().enumerate() {
                    if keep >> i & 1 == 1 {
                        self.cur.push(*b);
                    }
                }
                self.cur_ports.push((
                    self.uut.to_cpu.val(),
                    self.uut.to_customer.val(),
                    self.uut.row.val().to_u64(),
                ));
                if self.uut.m_axis.tlast.val() {
                    let len = self.uut.m_axis.tuser.val().index();
                    self.frames.push((std::mem::take(&mut self.cur), len));
                    self.ports.push(std::mem::take(&mut self.cur_ports));
                }
            }
            rising_edge!(self.uut);
            self.uut.bus.write.next = false;
            self.uut.bus.read.next = false;
            self.clocks += 1;
        }

        fn write(&mut self, addr: u32, v: u32) {
            self.uut.bus.addr.next = (addr as u64).to_bits();
            self.uut.bus.wdata.next = (v as u64).to_bits();
            self.uut.bus.write.next = true;
            self.clock();
        }

        fn read(&mut self, addr: u32) -> u32 {
            self.uut.bus.addr.next = (addr as u64).to_bits();
            self.uut.bus.read.next = true;
            self.clock();
            settle_low!(self.uut);
            assert!(self.uut.bus.rvalid.val());
            self.uut.bus.rdata.val().index() as u32
        }

        fn template(&mut self, bytes: &[u8]) {
            self.write(injector::ADDR, 0);
            let mut padded = bytes.to_vec();
            padded.resize(bytes.len().div_ceil(8) * 8, 0);
            for w in padded.chunks(4) {
                self.write(injector::DATA, u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
            }
            self.write(injector::LENGTH, bytes.len() as u32);
        }
    }

    #[test]
    fn sends_the_template_count_times_whole_with_its_length() {
        for ready_p in [1.0, 0.5] {
            let mut tb = Tb::new(ready_p);
            let frame: Vec<u8> = (0..77).map(|i| (i * 7) as u8).collect();
            tb.template(&frame);
            tb.write(injector::COUNT, 5);
            for _ in 0..400 {
                tb.clock();
            }
            assert_eq!(tb.frames.len(), 5);
            for (bytes, len) in &tb.frames {
                assert_eq!((bytes, *len), (&frame, 77));
            }
            assert_eq!(tb.read(injector::SENT), 5);
            assert_eq!(tb.read(injector::STATUS), 0);
        }
    }

    #[test]
    fn back_to_back_without_gap_and_idle_clocks_with_one() {
        let mut tb = Tb::new(1.0);
        tb.template(&[0xab; 64]); // 8 beats
        tb.write(injector::COUNT, 10);
        let start = tb.clocks;
        while tb.frames.len() < 10 {
            tb.clock();
        }
        let busy = tb.clocks - start;
        assert!(busy <= 8 * 10 + 2, "a beat every clock: {busy} clocks");
        tb.write(injector::GAP, 20);
        tb.write(injector::COUNT, 3);
        let start = tb.clocks;
        while tb.frames.len() < 13 {
            tb.clock();
        }
        let busy = tb.clocks - start;
        assert!(busy >= 3 * 8 + 2 * 20, "gaps between frames: {busy} clocks");
    }

    #[test]
    fn port_changes_between_frames_only() {
        let mut tb = Tb::new(0.7);
        tb.template(&[7; 40]); // 5 beats
        tb.write(injector::PORT, injector::PORT_CPU | 517);
        assert_eq!(tb.read(injector::PORT), injector::PORT_CPU | 517);
        tb.write(injector::COUNT, 1000);
        // PORT written at every phase of the frames going out
        for i in 0..60u32 {
            let port = match i % 3 {
                0 => 0,
                1 => injector::PORT_CPU | i,
                _ => injector::PORT_TO_CUSTOMER | injector::PORT_CPU | i,
            };
            tb.write(injector::PORT, port);
            for _ in 0..i % 7 {
                tb.clock();
            }
        }
        tb.write(injector::COUNT, 0);
        for _ in 0..100 {
            tb.clock();
        }
        assert!(tb.ports.len() > 20);
        for p in &tb.ports {
            assert!(p.iter().all(|b| *b == p[0]), "one port per frame: {p:?}");
        }
        assert!(tb.ports.iter().any(|p| p[0].0) && tb.ports.iter().any(|p| !p[0].0));
        assert!(tb.ports.iter().any(|p| p[0].1) && tb.ports.iter().any(|p| !p[0].1));
        assert_eq!(
            tb.ports[0][0],
            (true, false, 517),
            "the first frame reads PORT at its start"
        );
    }

    #[test]
    fn stopping_finishes_the_frame_in_flight() {
        let mut tb = Tb::new(1.0);
        tb.template(&[1; 200]);
        tb.write(injector::COUNT, 1000);
        for _ in 0..30 {
            tb.clock();
        }
        tb.write(injector::COUNT, 0);
        for _ in 0..100 {
            tb.clock();
        }
        assert!(tb.cur.is_empty(), "no frame left half sent");
        assert!(tb.frames.iter().all(|(b, l)| b.len() == 200 && *l == 200));
        assert_eq!(tb.read(injector::STATUS), 0);
    }
}
