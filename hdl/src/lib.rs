//! The dxedge port pipeline, written with rust-hdl and generated to Verilog.
//!
//! One block per module; the top is [`port_pipeline::PortPipeline`]. See
//! `docs/architecture.md` for the block diagram and the reasons behind it, and
//! `docs/rust-hdl-notes.md` for the rust-hdl constructs that mistranslate (match
//! guards, tuple expressions, signal-indexed arrays, unescaped SystemVerilog keywords): none
//! of them is used here, and every block runs the same stimulus through rust-hdl's simulator
//! and Verilator, standalone in `testbench/tests/two_simulators_blocks/` and within the
//! pipeline in `testbench/tests/two_simulators.rs`.

pub mod axil_bridge;
pub mod bench_core;
pub mod block_ram;
pub mod board_map;
pub mod board_regs;
pub mod boundary;
pub mod bridge_probe;
pub mod classify;
pub mod codes;
pub mod counters;
pub mod cpu_merge;
pub mod csr_bus;
pub mod datapath;
pub mod dff_ce;
pub mod egress_steer;
pub mod frame_fifo;
pub mod frame_injector;
pub mod frame_reader;
pub mod header_parse;
pub mod lpm;
pub mod lpm_tree;
pub mod nic_core;
pub mod nic_direction;
#[doc(hidden)]
pub mod nic_sim;
pub mod port_pipeline;
pub mod regbus;
pub mod regs;
pub mod resolve;
pub mod rewrite;
pub mod stream;
pub mod sync_fifo;
#[doc(hidden)]
pub mod testing;
pub mod tx_pad;
pub mod uart_bridge;
pub mod uart_rx;
pub mod uart_tx;
pub mod verilog;

/// Register bus address width, from the register map.
pub const ADDR_BITS: usize = dxedge_host::regmap::ADDR_BITS;
