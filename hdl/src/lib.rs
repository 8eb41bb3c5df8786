//! The dxedge port pipeline, written with rust-hdl and generated to Verilog.
//!
//! One block per module; the top is [`port_pipeline::PortPipeline`]. The board cores that
//! carry it, and the blocks only they use, are in [`boards`]. See
//! `docs/architecture.md` for the block diagram and the reasons behind it, and
//! `docs/rust-hdl-notes.md` for the rust-hdl constructs that mistranslate (match
//! guards, tuple expressions, signal-indexed arrays, unescaped SystemVerilog keywords): none
//! of them is used here, and every block runs the same stimulus through rust-hdl's simulator
//! and Verilator, standalone in `testbench/tests/two_simulators_blocks/` and within the
//! pipeline in `testbench/tests/two_simulators.rs`.

pub mod block_ram;
pub mod boards;
pub mod boundary;
pub mod bridge_probe;
pub mod classify;
pub mod codes;
pub mod counters;
pub mod cpu_merge;
pub mod datapath;
pub mod dff_ce;
pub mod hand_written;
pub mod header_parse;
pub mod lpm;
pub mod lpm_tree;
pub mod port_pipeline;
pub mod regbus;
pub mod regs;
pub mod resolve;
pub mod rewrite;
pub mod stream;
pub mod sync_fifo;
#[doc(hidden)]
pub mod testing;
pub mod verilog;

/// Register bus address width, from the register map.
pub const ADDR_BITS: usize = dxedge_host::regmap::ADDR_BITS;
