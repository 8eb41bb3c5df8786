//! Counters: rows of 64-bit counters in block RAM, updated by a stream of increment events,
//! and the global drop-reason and punt counters in registers.
//!
//! ```text
//!  event (row, inc[0..N]) ─► RAM read ─► base + inc ─► RAM write (and host copy)
//!                                 ▲          │
//!                                 └─ last write (same row, previous clock): forward it
//! ```
//!
//! As Corundum's `stats_counter`: blocks emit increments, one block owns the memory. An
//! event reads its row in the clock it arrives and writes the sum one clock later; the read
//! of an event in the very next clock cannot see that write yet (block RAM reads the old
//! word), so the last write is kept and forwarded. At 100G a frame can arrive every clock,
//! all to one VIF: every increment still lands. Host reads use the RAM's second read port
//! (a second copy of the RAM taking the same writes, in an FPGA), so they never steal a
//! cycle from the events.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam2R;
use crate::dff_ce::DffCe;

/// `N` counters per row, `2^A` rows.
#[derive(LogicBlock)]
pub struct CounterBank<const N: usize, const A: usize> {
    pub clock: Signal<In, Clock>,
    // Zero row `clear_index` (events are ignored while clearing)
    pub clear: Signal<In, Bit>,
    pub clear_index: Signal<In, Bits<A>>,
    // Increment events
    pub add: Signal<In, Bit>,
    pub index: Signal<In, Bits<A>>,
    pub inc: [Signal<In, Bits<64>>; N],
    // Host reads: row `host_index`, one clock later on `host_data`
    pub host_index: Signal<In, Bits<A>>,
    pub host_data: [Signal<Out, Bits<64>>; N],
    // State
    /// One RAM per lane, its second read port for the host.
    rows: [BlockRam2R<Bits<64>, A>; N],
    s1_valid: DFF<Bit>,
    s1_index: DffCe<Bits<A>>,
    s1_inc: [DffCe<Bits<64>>; N],
    last_valid: DFF<Bit>,
    last_index: DffCe<Bits<A>>,
    last_value: [DffCe<Bits<64>>; N],
    forward: Signal<Local, Bit>,
    sum: [Signal<Local, Bits<64>>; N],
}

impl<const N: usize, const A: usize> Default for CounterBank<N, A> {
    fn default() -> Self {
        fn each<T: Default, const N: usize>() -> [T; N] {
            std::array::from_fn(|_| T::default())
        }
        Self {
            clock: Default::default(),
            clear: Default::default(),
            clear_index: Default::default(),
            add: Default::default(),
            index: Default::default(),
            inc: each(),
            host_index: Default::default(),
            host_data: each(),
            rows: each(),
            s1_valid: Default::default(),
            s1_index: Default::default(),
            s1_inc: each(),
            last_valid: Default::default(),
            last_index: Default::default(),
            last_value: each(),
            forward: Default::default(),
            sum: each(),
        }
    }
}

impl<const N: usize, const A: usize> CounterBank<N, A> {
    /// A bank of `rows` rows (at most `2^A`): a reduced build's, whose host never names a
    /// row beyond its capacity (`CAP_TABLES`). The counter clear still sweeps `2^A` rows;
    /// writes past the last row are dropped.
    pub fn with_rows(rows: usize) -> Self {
        Self {
            rows: std::array::from_fn(|_| BlockRam2R::new(rows)),
            ..Default::default()
        }
    }
}

impl<const N: usize, const A: usize> Logic for CounterBank<N, A> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, s1_valid, last_valid);
        self.s1_index.clock.next = self.clock.val();
        self.last_index.clock.next = self.clock.val();
        // Read the row in the event's clock
        self.s1_valid.d.next = self.add.val() & !self.clear.val();
        self.s1_index.ce.next = self.add.val();
        self.s1_index.rst.next = false;
        self.s1_index.d.next = self.index.val();
        self.forward.next =
            self.last_valid.q.val() & (self.last_index.q.val() == self.s1_index.q.val());
        // Lanes work only in the clocks of an event or a clear (at 10G most clocks have
        // neither); a simulator skips them otherwise
        for l in 0..N {
            self.s1_inc[l].clock.next = self.clock.val();
            self.last_value[l].clock.next = self.clock.val();
            self.rows[l].clock.next = self.clock.val();
            self.rows[l].read_address_b.next = self.host_index.val();
            self.host_data[l].next = self.rows[l].read_data_b.val();
            self.rows[l].read_address.next = self.index.val();
            self.s1_inc[l].ce.next = self.add.val();
            self.s1_inc[l].rst.next = false;
            self.s1_inc[l].d.next = self.inc[l].val();
            self.last_value[l].ce.next = self.s1_valid.q.val();
            self.last_value[l].rst.next = false;
            self.sum[l].next = 0.into();
            self.rows[l].write_enable.next = false;
            self.rows[l].write_address.next = 0.into();
            self.rows[l].write_data.next = 0.into();
            if self.s1_valid.q.val() {
                // Add in the next clock, from the RAM or from the write it cannot see yet
                self.sum[l].next = self.rows[l].read_data.val() + self.s1_inc[l].q.val();
                if self.forward.val() {
                    self.sum[l].next = self.last_value[l].q.val() + self.s1_inc[l].q.val();
                }
                self.rows[l].write_enable.next = true;
                self.rows[l].write_address.next = self.s1_index.q.val();
                self.rows[l].write_data.next = self.sum[l].val();
            }
            self.last_value[l].d.next = self.sum[l].val();
            if self.clear.val() {
                self.rows[l].write_enable.next = true;
                self.rows[l].write_address.next = self.clear_index.val();
                self.rows[l].write_data.next = 0.into();
            }
        }
        self.last_valid.d.next = self.s1_valid.q.val() & !self.clear.val();
        self.last_index.ce.next = self.s1_valid.q.val();
        self.last_index.rst.next = false;
        self.last_index.d.next = self.s1_index.q.val();
    }
}

/// The global counters: one per hardware drop reason (in code order), then punts.
#[derive(LogicBlock, Default)]
pub struct GlobalCounters {
    pub clock: Signal<In, Clock>,
    pub clear: Signal<In, Bit>,
    pub drop_event: Signal<In, Bit>,
    pub drop_reason: Signal<In, Bits<3>>,
    pub punt_event: Signal<In, Bit>,
    pub value: [Signal<Out, Bits<64>>; 8],
    count: [DffCe<Bits<64>>; 8],
}

impl Logic for GlobalCounters {
    #[hdl_gen]
    fn update(&mut self) {
        for r in 0..8 {
            self.count[r].clock.next = self.clock.val();
            self.count[r].rst.next = self.clear.val();
            self.count[r].d.next = self.count[r].q.val() + 1;
            self.value[r].next = self.count[r].q.val();
        }
        for r in 0..7 {
            self.count[r].ce.next = self.drop_event.val() & (self.drop_reason.val().index() == r);
        }
        self.count[7].ce.next = self.punt_event.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};

    #[test]
    fn back_to_back_increments_to_one_row_are_all_counted() {
        let mut bank: CounterBank<2, 4> = Default::default();
        bank.connect_all();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        let mut expect = [[0u64; 2]; 16];
        for _ in 0..3000 {
            // Mostly the same few rows, often in consecutive clocks
            let event = rng.random_bool(0.8);
            let row = if rng.random_bool(0.7) {
                5
            } else {
                rng.random_range(0..16)
            };
            let inc = [1u64, rng.random_range(0..10_000)];
            bank.add.next = event;
            bank.index.next = (row as u64).to_bits();
            for (lane, &n) in bank.inc.iter_mut().zip(&inc) {
                lane.next = n.to_bits();
            }
            if event {
                for (e, &n) in expect[row].iter_mut().zip(&inc) {
                    *e += n;
                }
            }
            settle_low!(bank);
            rising_edge!(bank);
        }
        bank.add.next = false;
        for row in 0..16u64 {
            bank.host_index.next = row.to_bits();
            settle_low!(bank);
            rising_edge!(bank);
            settle_low!(bank);
            for (l, (data, &want)) in bank.host_data.iter().zip(&expect[row as usize]).enumerate() {
                assert_eq!(data.val().to_u64(), want, "row {row} lane {l}");
            }
            rising_edge!(bank);
        }
    }
}
