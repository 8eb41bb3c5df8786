//! The Verilog this crate generates, one file per build, checked in under `hdl/verilog/`.
//!
//! `make verilog` writes the files; `tests/verilog_fresh.rs` fails when a checked-in file no
//! longer matches the design, so a reviewer reads every RTL change as a Verilog diff too.

use rust_hdl::prelude::*;

use crate::bridge_probe::BridgeProbe;
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
    stamp("dxedge bridge probe, 64-bit stream (measures the Verilator bridge)", generate_verilog(&top))
}

pub fn bridge_probe_512() -> String {
    let mut top = BridgeProbe::<512, 64>::new();
    top.connect_all();
    stamp("dxedge bridge probe, 512-bit stream (measures the Verilator bridge)", generate_verilog(&top))
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
    Generated {
        file: "bridge_probe_64.v",
        generate: bridge_probe_64,
    },
    Generated {
        file: "bridge_probe_512.v",
        generate: bridge_probe_512,
    },
];
