//! Hand-clocked rust-hdl simulation for block tests: far faster than the threaded testbench.
//!
//! A cycle is `settle_low!(uut)` (inputs as set, clock low, combinational logic settled:
//! sample outputs here, they are what the rising edge sees) then `rising_edge!(uut)`.
//! This is the cycle the Verilator shim runs, so the same stimulus means the same thing in
//! both simulators.

/// Iterations allowed for combinational logic to settle.
pub const SETTLE_ITERS: usize = 100_000;

#[macro_export]
macro_rules! settle_low {
    ($uut:expr) => {{
        $uut.clock.next = false.into();
        assert!(
            rust_hdl::prelude::simulate(&mut $uut, $crate::testing::SETTLE_ITERS),
            "combinational logic did not settle"
        );
    }};
}

#[macro_export]
macro_rules! rising_edge {
    ($uut:expr) => {{
        $uut.clock.next = true.into();
        assert!(
            rust_hdl::prelude::simulate(&mut $uut, $crate::testing::SETTLE_ITERS),
            "logic did not settle after the clock edge"
        );
    }};
}
