//! The one stream bundle of the design: AXI4-Stream style data, keep, valid, ready, last and
//! a per-frame sideband (`tuser`, valid on every beat of the frame).
//!
//! `W` data bits, `B = W / 8` keep bits (byte `i` of a beat is `tdata[8i+7:8i]`, the first byte
//! of the frame is byte 0 of its first beat), `U` sideband bits. A transfer happens on a rising
//! edge with `tvalid && tready`. The pipeline takes `s_axis` (an [`AxisSink`]) and drives
//! `m_axis` (an [`AxisSource`]).

use rust_hdl::prelude::*;

/// The driving side of a stream.
#[derive(LogicInterface, Default)]
#[join = "AxisSink"]
pub struct AxisSource<const W: usize, const B: usize, const U: usize> {
    pub tdata: Signal<Out, Bits<W>>,
    pub tkeep: Signal<Out, Bits<B>>,
    pub tvalid: Signal<Out, Bit>,
    pub tready: Signal<In, Bit>,
    pub tlast: Signal<Out, Bit>,
    pub tuser: Signal<Out, Bits<U>>,
}

/// The receiving side of a stream.
#[derive(LogicInterface, Default)]
#[join = "AxisSource"]
pub struct AxisSink<const W: usize, const B: usize, const U: usize> {
    pub tdata: Signal<In, Bits<W>>,
    pub tkeep: Signal<In, Bits<B>>,
    pub tvalid: Signal<In, Bit>,
    pub tready: Signal<Out, Bit>,
    pub tlast: Signal<In, Bit>,
    pub tuser: Signal<In, Bits<U>>,
}
