//! A block RAM whose depth is chosen when the design is built, not by its address width.
//!
//! rust-hdl's `RAM<D, N>` always holds `2^N` words, so a RAM's size is part of its Rust type.
//! The LPM levels differ only in size, and a reduced build (a small FPGA) shrinks them, so
//! here the depth is a field: every level is the same type and one design serves every
//! build. Like rust-hdl's `RAM` (and its `DFF`), the memory itself is a small custom Verilog
//! body: a synchronous read port and a write port, which every FPGA flow maps to block RAM.
//! Callers keep addresses below the depth (the simulation model reads 0 beyond it).

use std::collections::BTreeMap;

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct TableRam<D: Synth, const N: usize> {
    pub read_address: Signal<In, Bits<N>>,
    pub read_clock: Signal<In, Clock>,
    pub read_data: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_clock: Signal<In, Clock>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, bool>,
    _depth: usize,
    _sim: Box<BTreeMap<Bits<N>, D>>,
}

impl<D: Synth, const N: usize> TableRam<D, N> {
    /// A RAM of `depth` words (at most `2^N`).
    pub fn new(depth: usize) -> Self {
        assert!(
            depth >= 1 && (N >= 64 || depth <= 1 << N),
            "TableRam: 1 to 2^N words"
        );
        TableRam {
            read_address: Default::default(),
            read_clock: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_clock: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _depth: depth,
            _sim: Box::default(),
        }
    }

    pub fn depth(&self) -> usize {
        self._depth
    }
}

impl<D: Synth, const N: usize> Logic for TableRam<D, N> {
    fn update(&mut self) {
        if self.read_clock.pos_edge() {
            self.read_data.next = if self.read_address.val().index() < self._depth {
                *self
                    ._sim
                    .get(&self.read_address.val())
                    .unwrap_or(&D::default())
            } else {
                D::default()
            };
        }
        if self.write_clock.pos_edge()
            && self.write_enable.val()
            && self.write_address.val().index() < self._depth
        {
            self._sim
                .insert(self.write_address.val(), self.write_data.val());
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg[{msb}:0] mem[{last}:0];

always @(posedge read_clock) begin
   read_data <= mem[read_address];
end

always @(posedge write_clock) begin
   if (write_enable) begin
      mem[write_address] <= write_data;
   end
end
",
            msb = D::BITS - 1,
            last = self._depth - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![
            TimingInfo {
                name: "ram_read".into(),
                clock: "read_clock".into(),
                inputs: vec!["read_address".into()],
                outputs: vec!["read_data".into()],
            },
            TimingInfo {
                name: "ram_write".into(),
                clock: "write_clock".into(),
                inputs: vec![
                    "write_address".into(),
                    "write_data".into(),
                    "write_enable".into(),
                ],
                outputs: vec![],
            },
        ]
    }
}
