//! The board cores' register bus: the pipeline's register bus protocol
//! ([`crate::regbus`]) with a wider byte address, so that one host window holds the pipeline
//! (its 2^20 bytes at offset 0) and the board's own blocks above it.
//!
//! One access at a time: `write` or `read` is a one-clock strobe with `addr` (and `wdata`);
//! the selected target answers a read with one clock of `rvalid` and `rdata`, a few clocks
//! later (the pipeline after two, the board blocks after one). Writes complete in the
//! strobe's clock. Initiators wait for `rvalid` before the next access.

use rust_hdl::prelude::*;

/// The initiator's side (the AXI4-Lite bridge, the UART bridge).
#[derive(LogicInterface, Default)]
#[join = "CsrTarget"]
pub struct CsrInitiator<const A: usize> {
    pub addr: Signal<Out, Bits<A>>,
    pub wdata: Signal<Out, Bits<32>>,
    pub write: Signal<Out, Bit>,
    pub read: Signal<Out, Bit>,
    pub rdata: Signal<In, Bits<32>>,
    pub rvalid: Signal<In, Bit>,
}

/// A target's side.
#[derive(LogicInterface, Default)]
#[join = "CsrInitiator"]
pub struct CsrTarget<const A: usize> {
    pub addr: Signal<In, Bits<A>>,
    pub wdata: Signal<In, Bits<32>>,
    pub write: Signal<In, Bit>,
    pub read: Signal<In, Bit>,
    pub rdata: Signal<Out, Bits<32>>,
    pub rvalid: Signal<Out, Bit>,
}
