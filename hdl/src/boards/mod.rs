//! The board cores and what only they use, apart from the port pipeline they carry: the
//! portable logic of each build, between a hand-written board top (`hdl/boards/<board>/`:
//! vendor IP, clocks, pins) and the pipeline of `crate::port_pipeline`.
//!
//! ```text
//!  nic_core   (Alveo U280, 100G)  axil_bridge (PCIe bridge's AXI4-Lite) ─► board_regs, pipeline
//!             nic_direction ×2    frame_fifo (rx, tx, punts), egress_steer, tx_pad,
//!                                 frame_reader (punts to the host); csr_bus between them
//!  bench_core (ULX3S-85F, 10G)    uart_bridge (uart_rx, uart_tx) ─► board_regs, pipeline,
//!                                 frame_injector, frame_fifo + frame_reader (capture)
//! ```
//!
//! `board_map` holds the registers above the pipeline's window that both cores share, and
//! `nic_sim` is the NIC core in rust-hdl's simulator, for tests. Each core is generated to
//! `hdl/verilog/boards/` (`crate::verilog`); `docs/boards.md` describes the builds.

pub mod axil_bridge;
pub mod bench_core;
pub mod board_map;
pub mod board_regs;
pub mod csr_bus;
pub mod egress_steer;
pub mod frame_fifo;
pub mod frame_injector;
pub mod frame_reader;
pub mod nic_core;
pub mod nic_direction;
#[doc(hidden)]
pub mod nic_sim;
pub mod tx_pad;
pub mod uart_bridge;
pub mod uart_rx;
pub mod uart_tx;
