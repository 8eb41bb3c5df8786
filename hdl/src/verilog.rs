//! The Verilog this crate generates, one file per build, checked in under `hdl/verilog/`.
//!
//! `make verilog` writes the files; `tests/verilog_fresh.rs` fails when a checked-in file no
//! longer matches the design, so a reviewer reads every RTL change as a Verilog diff too.

use rust_hdl::prelude::*;

use crate::bench_core::BenchCore;
use crate::bridge_probe::BridgeProbe;
use crate::nic_core::NicCore;
use crate::port_pipeline::{PortPipeline100G, PortPipeline10G};

/// A generated file: its name under `hdl/verilog/` and the function that produces it.
#[derive(Clone, Copy, Debug)]
pub struct Generated {
    pub file: &'static str,
    pub generate: fn() -> String,
}

fn stamp(what: &str, body: String) -> String {
    format!(
        "// {what}\n// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.\n{body}"
    )
}

pub fn port_pipeline_10g() -> String {
    let mut top = PortPipeline10G::new();
    top.connect_all();
    stamp(
        "dxedge port pipeline, 10G build: 64-bit stream",
        generate_verilog(&top),
    )
}

pub fn port_pipeline_100g() -> String {
    let mut top = PortPipeline100G::new();
    top.connect_all();
    stamp(
        "dxedge port pipeline, 100G build: 512-bit stream",
        generate_verilog(&top),
    )
}

pub fn bridge_probe_64() -> String {
    let mut top = BridgeProbe::<64, 8>::new();
    top.connect_all();
    stamp(
        "dxedge bridge probe, 64-bit stream (measures the Verilator bridge)",
        generate_verilog(&top),
    )
}

pub fn bridge_probe_512() -> String {
    let mut top = BridgeProbe::<512, 64>::new();
    top.connect_all();
    stamp(
        "dxedge bridge probe, 512-bit stream (measures the Verilator bridge)",
        generate_verilog(&top),
    )
}

/// Give a design's top module its own name. rust-hdl calls every design's top `top` and its
/// submodules `top$<path>`; a board core is instantiated by a hand-written board top and read
/// by synthesis next to other designs, so it is renamed: `module top(` and every `top$` that
/// starts an identifier become `<name>`.
pub fn rename_top(verilog: &str, name: &str) -> String {
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    let bytes = verilog.as_bytes();
    let mut out = String::with_capacity(verilog.len() + verilog.len() / 50);
    let mut i = 0;
    while i < bytes.len() {
        let starts_ident = i == 0 || !ident(bytes[i - 1]);
        let rest = &verilog[i..];
        let module_top = rest.starts_with("top(") && out.ends_with("module ");
        if starts_ident && (rest.starts_with("top$") || module_top) {
            out.push_str(name);
            i += 3;
        } else {
            let c = verilog[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The 100G NIC core of the Alveo U280 build (`hdl/boards/alveo_u280/` instantiates it).
pub fn nic_core() -> String {
    let mut top = NicCore::new();
    top.connect_all();
    stamp(
        "dxedge NIC core, Alveo U280 build: CMAC buffers, 100G pipeline, punt buffer, AXI4-Lite bridge",
        rename_top(&generate_verilog(&top), "nic_core"),
    )
}

/// Clocks per serial bit of the bench build: the ULX3S's 25 MHz clock at 1,000,000 baud
/// (exact; the FT231X runs 1 Mbaud from its 3 MHz baud clock with no error).
pub const BENCH_UART_DIVISOR: u64 = 25;
/// LPM levels of the bench build: 2^12 - 1 = 4,095 boundaries, so any 2,047 routes (a route
/// adds at most two boundaries), in the ECP5-85F's block RAM beside the full-size VID,
/// target and counter tables (docs/synthesis.md has the count).
pub const BENCH_LPM_LEVELS: usize = 12;

/// The bench-instrument core of the ULX3S-85F build (`hdl/boards/ulx3s/` instantiates it).
pub fn bench_core() -> String {
    let mut top = BenchCore::new(BENCH_UART_DIVISOR, BENCH_LPM_LEVELS);
    top.connect_all();
    stamp(
        "dxedge bench core, ULX3S-85F build: UART register bridge, frame injector, 10G pipeline (12 LPM levels), capture buffer",
        rename_top(&generate_verilog(&top), "bench_core"),
    )
}

/// Every generated file.
pub const FILES: &[Generated] = &[
    Generated {
        file: "port_pipeline_10g.v",
        generate: port_pipeline_10g,
    },
    Generated {
        file: "port_pipeline_100g.v",
        generate: port_pipeline_100g,
    },
    // Board cores live in a subdirectory: the simulator verilates only the top level.
    Generated {
        file: "boards/nic_core.v",
        generate: nic_core,
    },
    Generated {
        file: "boards/bench_core.v",
        generate: bench_core,
    },
    Generated {
        file: "bridge_probe_64.v",
        generate: bridge_probe_64,
    },
    Generated {
        file: "bridge_probe_512.v",
        generate: bridge_probe_512,
    },
];
