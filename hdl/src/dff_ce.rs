//! A register with a clock enable and a synchronous reset: an FPGA's FDRE flip-flop.
//!
//! ```text
//!   rst ─┐
//!   ce ──┼─► on the rising edge: q <= 0 if rst, else d if ce, else q
//!   d  ──┘
//! ```
//!
//! rust-hdl's `DFF` has neither, so a register that holds its value is written `d = q`
//! unless told otherwise, then `q <= d`: two writes of the register's state on every clock,
//! changed or not, which Verilator keeps as they are. Most of the pipeline's registers hold a
//! frame's fields for the few clocks a frame is in a stage, and at 10G a frame is in a stage
//! one clock in eight, so those two writes would be most of what a clock costs in simulation
//! (`docs/architecture.md`, "Registers with a clock enable").
//! With `ce`, `rst` and `d` each driven by one unconditional expression, Verilator folds them
//! into one clocked `if`, and a register whose stage is idle costs a test and no write.

use rust_hdl::prelude::*;

#[derive(Clone, Debug, LogicBlock)]
pub struct DffCe<T: Synth> {
    pub clock: Signal<In, Clock>,
    /// Load `d` on the rising edge.
    pub ce: Signal<In, Bit>,
    /// Clear to zero on the rising edge (before `ce`).
    pub rst: Signal<In, Bit>,
    pub d: Signal<In, T>,
    pub q: Signal<Out, T>,
}

impl<T: Synth> Default for DffCe<T> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            ce: Default::default(),
            rst: Default::default(),
            d: Default::default(),
            q: Default::default(),
        }
    }
}

impl<T: Synth> Logic for DffCe<T> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.rst.val() {
                self.q.next = T::default();
            } else if self.ce.val() {
                self.q.next = self.d.val();
            }
        }
    }

    fn connect(&mut self) {
        self.q.connect();
    }

    fn hdl(&self) -> Verilog {
        let zero = T::default().verilog();
        crate::hand_written::body(&format!(
            "\
initial begin
   q = {zero:x};
end

always @(posedge clock) begin
   if (rst) q <= {zero:x};
   else if (ce) q <= d;
end
"
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "dff_ce".into(),
            clock: "clock".into(),
            inputs: vec!["ce".into(), "rst".into(), "d".into()],
            outputs: vec!["q".into()],
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};

    #[test]
    fn holds_without_ce_loads_with_it_and_clears_with_rst_first() {
        let mut r: DffCe<Bits<16>> = Default::default();
        r.connect_all();
        let step = |r: &mut DffCe<Bits<16>>, ce: bool, rst: bool, d: u64| {
            r.ce.next = ce;
            r.rst.next = rst;
            r.d.next = d.to_bits();
            settle_low!(*r);
            rising_edge!(*r);
            r.q.val().to_u64()
        };
        assert_eq!(step(&mut r, false, false, 5), 0);
        assert_eq!(step(&mut r, true, false, 5), 5);
        assert_eq!(step(&mut r, false, false, 9), 5, "holds without ce");
        assert_eq!(step(&mut r, true, true, 9), 0, "rst before ce");
        assert_eq!(step(&mut r, true, false, 7), 7);
        assert_eq!(step(&mut r, false, true, 1), 0, "rst without ce");
    }
}
