//! The 32-bit register bus: one access at a time, writes complete in the strobe's cycle,
//! reads answer with `rvalid` (see [`crate::regs`] for the latency).

use rust_hdl::prelude::*;

use crate::ADDR_BITS;

/// The block's side of the register bus.
#[derive(LogicInterface, Default)]
#[join = "RegBusInitiator"]
pub struct RegBusTarget {
    /// Byte address; bits 1..0 are ignored.
    pub addr: Signal<In, Bits<ADDR_BITS>>,
    pub wdata: Signal<In, Bits<32>>,
    /// Write strobe, one cycle per write.
    pub write: Signal<In, Bit>,
    /// Read strobe, one cycle per read.
    pub read: Signal<In, Bit>,
    pub rdata: Signal<Out, Bits<32>>,
    /// `rdata` holds the answer to the last read.
    pub rvalid: Signal<Out, Bit>,
}

/// The host's side of the register bus.
#[derive(LogicInterface, Default)]
#[join = "RegBusTarget"]
pub struct RegBusInitiator {
    pub addr: Signal<Out, Bits<ADDR_BITS>>,
    pub wdata: Signal<Out, Bits<32>>,
    pub write: Signal<Out, Bit>,
    pub read: Signal<Out, Bit>,
    pub rdata: Signal<In, Bits<32>>,
    pub rvalid: Signal<In, Bit>,
}
