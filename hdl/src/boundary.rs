//! Registers at the pipeline's boundary: every input is registered before any logic uses it,
//! and the egress stream leaves from registers.
//!
//! ```text
//!  s_axis ─► IngressStage (beat register) ─► beat FIFO, header parse
//!  csr    ─► CsrStage (strobes, address, data registered) ─► register block
//!  rewrite ─► EgressSlice (two-entry skid buffer, in `CpuMerge` with the CPU port) ─► m_axis
//! ```
//!
//! Timing closure at 322 MHz wants registered boundaries anyway. It matters for simulation
//! too: Verilator re-evaluates, at every evaluation, all logic that depends on a primary
//! input. With the inputs registered at once, that is these three small blocks instead of
//! most of the pipeline (`docs/architecture.md`, "Registered boundaries").

use rust_hdl::prelude::*;

use crate::dff_ce::DffCe;

use crate::ADDR_BITS;

/// The accepted ingress beat, one clock later. Ingress ready is decided outside from
/// registered state only (the beat FIFO keeps room for the beat in this register).
#[derive(LogicBlock, Default)]
pub struct IngressStage<const W: usize, const U: usize> {
    pub clock: Signal<In, Clock>,
    // From the stream, and whether it transfers this clock
    pub in_take: Signal<In, Bit>,
    pub in_data: Signal<In, Bits<W>>,
    pub in_last: Signal<In, Bit>,
    pub in_user: Signal<In, Bits<U>>,
    // The beat taken last clock
    pub valid: Signal<Out, Bit>,
    pub data: Signal<Out, Bits<W>>,
    pub last: Signal<Out, Bit>,
    pub user: Signal<Out, Bits<U>>,
    r_valid: DFF<Bit>,
    r_data: DFF<Bits<W>>,
    r_last: DFF<Bit>,
    r_user: DFF<Bits<U>>,
}

impl<const W: usize, const U: usize> Logic for IngressStage<W, U> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, r_valid, r_data, r_last, r_user);
        self.r_valid.d.next = self.in_take.val();
        if self.in_take.val() {
            self.r_data.d.next = self.in_data.val();
            self.r_last.d.next = self.in_last.val();
            self.r_user.d.next = self.in_user.val();
        }
        self.valid.next = self.r_valid.q.val();
        self.data.next = self.r_data.q.val();
        self.last.next = self.r_last.q.val();
        self.user.next = self.r_user.q.val();
    }
}

/// The register bus inputs, one clock later.
#[derive(LogicBlock, Default)]
pub struct CsrStage {
    pub clock: Signal<In, Clock>,
    pub in_addr: Signal<In, Bits<ADDR_BITS>>,
    pub in_wdata: Signal<In, Bits<32>>,
    pub in_write: Signal<In, Bit>,
    pub in_read: Signal<In, Bit>,
    pub in_reset: Signal<In, Bit>,
    pub addr: Signal<Out, Bits<ADDR_BITS>>,
    pub wdata: Signal<Out, Bits<32>>,
    pub write: Signal<Out, Bit>,
    pub read: Signal<Out, Bit>,
    pub reset: Signal<Out, Bit>,
    r_addr: DFF<Bits<ADDR_BITS>>,
    r_wdata: DFF<Bits<32>>,
    r_write: DFF<Bit>,
    r_read: DFF<Bit>,
    r_reset: DFF<Bit>,
}

impl Logic for CsrStage {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, r_addr, r_wdata, r_write, r_read, r_reset);
        self.r_addr.d.next = self.in_addr.val();
        self.r_wdata.d.next = self.in_wdata.val();
        self.r_write.d.next = self.in_write.val();
        self.r_read.d.next = self.in_read.val();
        self.r_reset.d.next = self.in_reset.val();
        self.addr.next = self.r_addr.q.val();
        self.wdata.next = self.r_wdata.q.val();
        self.write.next = self.r_write.q.val();
        self.read.next = self.r_read.q.val();
        self.reset.next = self.r_reset.q.val();
    }
}

/// A two-entry skid buffer: the stream leaves from registers and the upstream ready is a
/// register, so `m_axis_tready` reaches no logic but this block's.
#[derive(LogicBlock, Default)]
pub struct EgressSlice<const W: usize, const B: usize, const U: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // Upstream
    pub in_valid: Signal<In, Bit>,
    pub in_data: Signal<In, Bits<W>>,
    pub in_keep: Signal<In, Bits<B>>,
    pub in_last: Signal<In, Bit>,
    pub in_user: Signal<In, Bits<U>>,
    pub in_ready: Signal<Out, Bit>,
    // Downstream
    pub out_valid: Signal<Out, Bit>,
    pub out_data: Signal<Out, Bits<W>>,
    pub out_keep: Signal<Out, Bits<B>>,
    pub out_last: Signal<Out, Bit>,
    pub out_user: Signal<Out, Bits<U>>,
    pub out_ready: Signal<In, Bit>,
    // The beat on offer, and the one that arrived while it waited
    main_valid: DFF<Bit>,
    main_data: DFF<Bits<W>>,
    main_keep: DFF<Bits<B>>,
    main_last: DFF<Bit>,
    main_user: DFF<Bits<U>>,
    skid_valid: DFF<Bit>,
    skid_data: DffCe<Bits<W>>,
    skid_keep: DffCe<Bits<B>>,
    skid_last: DffCe<Bit>,
    skid_user: DffCe<Bits<U>>,
    pop: Signal<Local, Bit>,
    push: Signal<Local, Bit>,
    /// A beat arrives while the main register is busy and stays: it lands in the skid one.
    skid_load: Signal<Local, Bit>,
}

impl<const W: usize, const B: usize, const U: usize> Logic for EgressSlice<W, B, U> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, main_valid, main_data, main_keep, main_last, main_user, skid_valid);
        self.skid_data.clock.next = self.clock.val();
        self.skid_keep.clock.next = self.clock.val();
        self.skid_last.clock.next = self.clock.val();
        self.skid_user.clock.next = self.clock.val();
        // Ready upstream while the skid register is free: a beat pushed while the main one
        // is stuck lands there.
        self.in_ready.next = !self.skid_valid.q.val();
        self.out_valid.next = self.main_valid.q.val();
        self.out_data.next = self.main_data.q.val();
        self.out_keep.next = self.main_keep.q.val();
        self.out_last.next = self.main_last.q.val();
        self.out_user.next = self.main_user.q.val();
        self.pop.next = self.main_valid.q.val() & self.out_ready.val();
        self.push.next = self.in_valid.val() & !self.skid_valid.q.val();
        // The skid register's data loads only for a beat that lands there (with egress
        // ready, never): it holds otherwise, and its valid bit says whether it means anything
        self.skid_load.next = self.push.val()
            & self.main_valid.q.val()
            & !(self.pop.val() & !self.skid_valid.q.val());
        self.skid_data.ce.next = self.skid_load.val();
        self.skid_keep.ce.next = self.skid_load.val();
        self.skid_last.ce.next = self.skid_load.val();
        self.skid_user.ce.next = self.skid_load.val();
        self.skid_data.rst.next = false;
        self.skid_keep.rst.next = false;
        self.skid_last.rst.next = false;
        self.skid_user.rst.next = false;
        self.skid_data.d.next = self.in_data.val();
        self.skid_keep.d.next = self.in_keep.val();
        self.skid_last.d.next = self.in_last.val();
        self.skid_user.d.next = self.in_user.val();
        if self.pop.val() {
            // The skid beat (if any) moves up; else the main register empties
            self.main_valid.d.next = self.skid_valid.q.val();
            self.main_data.d.next = self.skid_data.q.val();
            self.main_keep.d.next = self.skid_keep.q.val();
            self.main_last.d.next = self.skid_last.q.val();
            self.main_user.d.next = self.skid_user.q.val();
            self.skid_valid.d.next = false;
        }
        if self.push.val() {
            if !self.main_valid.q.val() | (self.pop.val() & !self.skid_valid.q.val()) {
                self.main_valid.d.next = true;
                self.main_data.d.next = self.in_data.val();
                self.main_keep.d.next = self.in_keep.val();
                self.main_last.d.next = self.in_last.val();
                self.main_user.d.next = self.in_user.val();
            } else {
                self.skid_valid.d.next = true;
            }
        }
        if self.reset.val() {
            self.main_valid.d.next = false;
            self.skid_valid.d.next = false;
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
    fn the_skid_buffer_keeps_order_and_loses_nothing_under_random_ready() {
        let mut uut: EgressSlice<64, 8, 4> = Default::default();
        uut.connect_all();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(9);
        let mut sent = 0u64;
        let mut expect: VecDeque<u64> = VecDeque::new();
        let mut got = 0u64;
        for _ in 0..5000 {
            let offer = rng.random_bool(0.7);
            uut.in_valid.next = offer;
            uut.in_data.next = sent.to_bits();
            uut.out_ready.next = rng.random_bool(0.6);
            settle_low!(uut);
            let (ready, valid, data, out_ready) = (
                uut.in_ready.val(),
                uut.out_valid.val(),
                uut.out_data.val().to_u64(),
                uut.out_ready.val(),
            );
            rising_edge!(uut);
            if valid && out_ready {
                assert_eq!(Some(data), expect.pop_front());
                got += 1;
            }
            if offer && ready {
                expect.push_back(sent);
                sent += 1;
            }
            assert!(expect.len() <= 2);
        }
        assert!(got > 2000);
    }
}
