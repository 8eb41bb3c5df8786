//! Synchronous first-word-fall-through FIFO on one block RAM, with a synchronous reset.
//!
//! ```text
//!  write, data_in ──► RAM[wr_ptr] ──(sync read at rd_ptr')──► data_out (valid while !empty)
//!                      full = pointers differ only in their extra bit (Cummings, SNUG 2002)
//! ```
//!
//! The RAM reads synchronously, so the read address is the pointer *after* this cycle's pop
//! (`rd_ptr + read`) and `data_out` always shows the head. A word written in cycle `t` lands
//! in the RAM at the end of `t`; `empty` compares against the write pointer delayed by one
//! cycle, so the word counts from `t + 2`, exactly when the head read sees it. Writes and
//! reads run at one word per clock each.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;

#[derive(LogicBlock)]
pub struct SyncFifo<D: Synth, const N: usize, const NP1: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // Write side (a write while full is ignored)
    pub write: Signal<In, Bit>,
    pub data_in: Signal<In, D>,
    pub full: Signal<Out, Bit>,
    /// At most one free word: a producer that decides a clock ahead stops here.
    pub almost_full: Signal<Out, Bit>,
    // Read side (a read while empty is ignored)
    pub read: Signal<In, Bit>,
    pub data_out: Signal<Out, D>,
    pub empty: Signal<Out, Bit>,
    // State
    ram: BlockRam<D, N>,
    wr_ptr: DFF<Bits<NP1>>,
    wr_ptr_seen: DFF<Bits<NP1>>,
    rd_ptr: DFF<Bits<NP1>>,
    do_write: Signal<Local, Bit>,
    do_read: Signal<Local, Bit>,
    rd_next: Signal<Local, Bits<NP1>>,
    depth: Constant<Bits<NP1>>,
    depth_less_one: Constant<Bits<NP1>>,
}

impl<D: Synth, const N: usize, const NP1: usize> Default for SyncFifo<D, N, NP1> {
    fn default() -> Self {
        Self::new()
    }
}

impl<D: Synth, const N: usize, const NP1: usize> SyncFifo<D, N, NP1> {
    pub fn new() -> Self {
        assert_eq!(NP1, N + 1, "SyncFifo: NP1 must be N + 1");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            write: Default::default(),
            data_in: Default::default(),
            full: Default::default(),
            almost_full: Default::default(),
            read: Default::default(),
            data_out: Default::default(),
            empty: Default::default(),
            ram: Default::default(),
            wr_ptr: Default::default(),
            wr_ptr_seen: Default::default(),
            rd_ptr: Default::default(),
            do_write: Default::default(),
            do_read: Default::default(),
            rd_next: Default::default(),
            depth: Constant::new((1u64 << N).to_bits()),
            depth_less_one: Constant::new(((1u64 << N) - 1).to_bits()),
        }
    }
}

impl<D: Synth, const N: usize, const NP1: usize> Logic for SyncFifo<D, N, NP1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wr_ptr, wr_ptr_seen, rd_ptr);
        self.ram.clock.next = self.clock.val();
        // `full` and `empty` depend on the pointers only, and nothing here reads them back:
        // Verilator then evaluates them apart from the logic that reads `write` and `read`,
        // and a producer or consumer that looks at them sees no combinational loop.
        self.full.next = (self.wr_ptr.q.val() ^ self.rd_ptr.q.val()) == self.depth.val();
        self.empty.next = self.rd_ptr.q.val() == self.wr_ptr_seen.q.val();
        self.almost_full.next =
            (self.wr_ptr.q.val() - self.rd_ptr.q.val()) >= self.depth_less_one.val();
        self.do_write.next =
            self.write.val() & ((self.wr_ptr.q.val() ^ self.rd_ptr.q.val()) != self.depth.val());
        self.do_read.next = self.read.val() & (self.rd_ptr.q.val() != self.wr_ptr_seen.q.val());
        self.rd_next.next = self.rd_ptr.q.val();
        if self.do_read.val() {
            self.rd_next.next = self.rd_ptr.q.val() + 1;
        }
        self.ram.write_address.next = self.wr_ptr.q.val().get_bits::<N>(0);
        self.ram.write_data.next = self.data_in.val();
        self.ram.write_enable.next = self.do_write.val();
        self.ram.read_address.next = self.rd_next.val().get_bits::<N>(0);
        self.data_out.next = self.ram.read_data.val();
        if self.do_write.val() {
            self.wr_ptr.d.next = self.wr_ptr.q.val() + 1;
        }
        self.rd_ptr.d.next = self.rd_next.val();
        self.wr_ptr_seen.d.next = self.wr_ptr.q.val();
        if self.reset.val() {
            self.wr_ptr.d.next = 0.into();
            self.wr_ptr_seen.d.next = 0.into();
            self.rd_ptr.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};
    use std::collections::VecDeque;

    #[test]
    fn keeps_order_and_count_under_random_pushes_and_pops() {
        let mut fifo: SyncFifo<Bits<16>, 3, 4> = SyncFifo::new();
        fifo.connect_all();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let mut model: VecDeque<u64> = VecDeque::new();
        let mut next = 0u64;
        let mut popped = 0;
        for _ in 0..4000 {
            let push = rng.random_bool(0.6);
            let pop = rng.random_bool(0.5);
            fifo.write.next = push;
            fifo.data_in.next = next.to_bits();
            fifo.read.next = pop;
            settle_low!(fifo);
            // Outputs as sampled before the edge; the edge does the transfer.
            let (full, empty, head) = (fifo.full.val(), fifo.empty.val(), fifo.data_out.val());
            rising_edge!(fifo);
            if pop && !empty {
                assert_eq!(Some(head.index() as u64), model.pop_front());
                popped += 1;
            }
            if push && !full {
                model.push_back(next);
                next += 1;
            }
            assert!(model.len() <= 8);
        }
        assert!(popped > 1000);
    }
}
