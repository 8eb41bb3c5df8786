//! dxedge Verilator bridge: the generated port pipeline run under Verilator, driven from Rust.
//!
//! `build.rs` verilates every `hdl/verilog/*.v` and generates a small C shim per model;
//! [`model::Model`] is the safe, generic API over it (ports by name, one call per clock);
//! [`port_pipeline::PortPipelineSim`] drives one datapath (one direction, what a replay
//! runs) through its streams and register bus; [`port::PortSim`] drives the whole port, both
//! directions at once behind one bus; [`split_port::SplitPort`] is the same port as two
//! models, one per direction, each clocked only when its direction has work (`dxedge serve`);
//! [`nic::NicSim`] drives the U280 board core through its AXI4-Lite port and its two MACs;
//! [`stream`] runs a batch of frames through a model's streams in one call.

pub mod model;
pub mod nic;
pub mod port;
pub mod port_pipeline;
pub mod split_port;
pub mod stream;
pub mod trace;

/// Was this build made with Verilator? Without it the crate builds, and every model
/// constructor reports what to install.
pub const VERILATOR_AVAILABLE: bool = cfg!(not(dxedge_no_verilator));

/// Whether an RTL test goes on: `true` when this build has the Verilator models. Without
/// them the test fails, saying how to get them, unless the developer opted out of Verilator
/// (`DXEDGE_SKIP=verilator`: then it prints `skipped: verilator (DXEDGE_SKIP)` and gets
/// `false`); the rule of [`dxedge_host::tools`] for every tool.
pub fn require_models() -> bool {
    dxedge_host::tools::require_that(
        dxedge_host::tools::Tool::Verilator,
        VERILATOR_AVAILABLE,
        "this build of dxedge-sim has no Verilator models (Verilator was missing when it was built)",
    )
}
