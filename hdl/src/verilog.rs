//! The Verilog this crate generates, one file per build, checked in under `hdl/verilog/`.
//!
//! `make verilog` writes the files; `tests/verilog.rs` fails when a checked-in file no
//! longer matches the design, so a reviewer reads every RTL change as a Verilog diff too.
//!
//! [`BLOCKS`] are the port pipeline's blocks, each generated standalone (the block as
//! rust-hdl's top) into `hdl/verilog/blocks/`, so that the same stimulus can be run through
//! rust-hdl's simulator and Verilator block by block
//! (`testbench/tests/two_simulators_blocks/`): a block's divergence can be masked at the
//! pipeline's ports.

use rust_hdl::prelude::*;

use crate::block_ram::{BlockRam, BlockRam2R, BlockRamRe};
use crate::boards::bench_core::BenchCore;
use crate::boards::nic_core::NicCore;
use crate::boundary::{CsrStage, EgressSlice, IngressStage};
use crate::bridge_probe::BridgeProbe;
use crate::classify::Classify;
use crate::counters::{CounterBank, GlobalCounters};
use crate::cpu_merge::CpuMerge;
use crate::datapath::{Datapath100G, Datapath10G};
use crate::dff_ce::DffCe;
use crate::header_parse::HeaderParse;
use crate::lpm::LpmSearch;
use crate::port_pipeline::{PortPipeline100G, PortPipeline10G};
use crate::regs::Regs;
use crate::resolve::Resolve;
use crate::rewrite::Rewrite;
use crate::sync_fifo::SyncFifo;
use dxedge_host::regmap::{egress, ingress, Capacity, CAPACITY};

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
        "dxedge port pipeline, 10G build: both directions, 64-bit streams",
        generate_verilog(&top),
    )
}

pub fn port_pipeline_100g() -> String {
    let mut top = PortPipeline100G::new();
    top.connect_all();
    stamp(
        "dxedge port pipeline, 100G build: both directions, 512-bit streams",
        generate_verilog(&top),
    )
}

pub fn datapath_10g() -> String {
    let mut top = Datapath10G::new();
    top.connect_all();
    stamp(
        "dxedge datapath, 10G build: one direction (strapped), 64-bit stream",
        generate_verilog(&top),
    )
}

pub fn datapath_100g() -> String {
    let mut top = Datapath100G::new();
    top.connect_all();
    stamp(
        "dxedge datapath, 100G build: one direction (strapped), 512-bit stream",
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
        "dxedge NIC core, Alveo U280 build: two CMACs' buffers, 100G port pipeline (both directions), a punt buffer each way, AXI4-Lite bridge",
        rename_top(&generate_verilog(&top), "nic_core"),
    )
}

/// Clocks per serial bit of the bench build: the ULX3S's 25 MHz clock at 1,000,000 baud
/// (exact; the FT231X runs 1 Mbaud from its 3 MHz baud clock with no error).
pub const BENCH_UART_DIVISOR: u64 = 25;
/// What each of the bench build's two datapaths holds, cut from the full build's tables
/// (`dxedge_host::regmap::CAPACITY`) to fit the ECP5-85F's 208 block RAMs with room to spare:
/// LPM trees of `BENCH_LPM_LEVELS` levels and counter rows for 512 targets; every VID and
/// VIF (docs/synthesis.md has the count and the reasons).
pub const BENCH_CAPACITY: Capacity = Capacity {
    vifs: CAPACITY.vifs,
    targets: 512,
    lpm_levels: BENCH_LPM_LEVELS as u32,
};
/// LPM levels of the bench build: 2^BENCH_LPM_LEVELS - 1 boundaries, so any
/// 2^(BENCH_LPM_LEVELS - 1) - 1 routes (a route adds at most two boundaries).
pub const BENCH_LPM_LEVELS: usize = 8;

/// The bench-instrument core of the ULX3S-85F build (`hdl/boards/ulx3s/` instantiates it).
pub fn bench_core() -> String {
    let mut top = BenchCore::new(BENCH_UART_DIVISOR, BENCH_CAPACITY);
    top.connect_all();
    stamp(
        &format!(
            "dxedge bench core, ULX3S-85F build: UART register bridge, frame injector, 10G port pipeline (both directions; {} LPM levels, {} targets), capture buffer",
            BENCH_CAPACITY.lpm_levels, BENCH_CAPACITY.targets
        ),
        rename_top(&generate_verilog(&top), "bench_core"),
    )
}

/// Generate one block standalone: the block as rust-hdl's top, its ports the top's ports.
fn block<T: Block>(what: &str, mut uut: T) -> String {
    uut.connect_all();
    stamp(
        &format!("dxedge port pipeline block, standalone: {what}"),
        generate_verilog(&uut),
    )
}

/// LPM levels of the standalone LPM block: a reduced tree (15 nodes, 16 leaves), so that
/// random table writes and lookups meet often. Every one of the 16 stages is still there,
/// the 12 without memory included (as in a reduced build); the full 16-level search is
/// compared through the whole pipeline (`testbench/tests/two_simulators.rs`).
pub const BLOCK_LPM_LEVELS: usize = 4;

/// The hand-written primitives, each standalone, so that each is held to its Rust model on
/// its own (`testbench/tests/two_simulators_blocks/`). Widths and depths are odd on purpose:
/// a 37-bit register, a 48-word RAM and a 32-word one behind 6-bit addresses (depths below
/// 2^N, one not a power of two).
pub fn prim_dff_ce() -> String {
    block("DffCe<Bits<37>> (primitive)", DffCe::<Bits<37>>::default())
}

pub fn prim_block_ram() -> String {
    block(
        "BlockRam<Bits<40>, 6>, 48 words (primitive)",
        BlockRam::<Bits<40>, 6>::new(PRIM_RAM_DEPTH),
    )
}

pub fn prim_block_ram_re() -> String {
    block(
        "BlockRamRe<Bits<40>, 6>, 32 words (primitive)",
        BlockRamRe::<Bits<40>, 6>::new(PRIM_RAM_RE_DEPTH),
    )
}

pub fn prim_block_ram_2r() -> String {
    block(
        "BlockRam2R<Bits<40>, 5> (primitive)",
        BlockRam2R::<Bits<40>, 5>::default(),
    )
}

/// Words of the standalone `BlockRam`.
pub const PRIM_RAM_DEPTH: usize = 48;

/// Words of the standalone `BlockRamRe`: a power of two below its addresses' 64, so that
/// addresses past it wrap (the `BlockRam`'s 48 refuses them instead).
pub const PRIM_RAM_RE_DEPTH: usize = 32;

pub fn header_parse_10g() -> String {
    block("HeaderParse<64>", HeaderParse::<64>::new())
}

pub fn header_parse_100g() -> String {
    block("HeaderParse<512>", HeaderParse::<512>::new())
}

pub fn classify() -> String {
    block("Classify", Classify::new())
}

pub fn lpm_4levels() -> String {
    block(
        "LpmSearch with 4 levels of memory (of 16 stages)",
        LpmSearch::new(BLOCK_LPM_LEVELS),
    )
}

pub fn resolve() -> String {
    block("Resolve", Resolve::new())
}

pub fn counter_bank_vif() -> String {
    block(
        "CounterBank<5, 8> (the VIF counters)",
        CounterBank::<5, 8>::default(),
    )
}

pub fn counter_bank_target() -> String {
    block(
        "CounterBank<2, 10> (the target counters, and the CPU port's)",
        CounterBank::<2, 10>::default(),
    )
}

pub fn cpu_merge_10g() -> String {
    block("CpuMerge<64, 8> (the CPU port)", CpuMerge::<64, 8>::new())
}

pub fn cpu_merge_100g() -> String {
    block(
        "CpuMerge<512, 64> (the CPU port)",
        CpuMerge::<512, 64>::new(),
    )
}

pub fn global_counters() -> String {
    block("GlobalCounters", GlobalCounters::default())
}

pub fn rewrite_10g() -> String {
    block("Rewrite<64, 8, 65>", Rewrite::<64, 8, 65>::new())
}

pub fn rewrite_100g() -> String {
    block("Rewrite<512, 64, 513>", Rewrite::<512, 64, 513>::new())
}

pub fn sync_fifo_10g() -> String {
    block(
        "SyncFifo<Bits<65>, 6, 7> (the 10G beat FIFO)",
        SyncFifo::<Bits<65>, 6, 7>::new(),
    )
}

pub fn sync_fifo_100g() -> String {
    block(
        "SyncFifo<Bits<513>, 6, 7> (the 100G beat FIFO)",
        SyncFifo::<Bits<513>, 6, 7>::new(),
    )
}

pub fn ingress_stage_10g() -> String {
    block(
        "IngressStage<64, 24>",
        IngressStage::<64, { ingress::BITS }>::default(),
    )
}

pub fn ingress_stage_100g() -> String {
    block(
        "IngressStage<512, 24>",
        IngressStage::<512, { ingress::BITS }>::default(),
    )
}

pub fn csr_stage() -> String {
    block("CsrStage", CsrStage::default())
}

pub fn egress_slice_10g() -> String {
    block(
        "EgressSlice<64, 8, 15>",
        EgressSlice::<64, 8, { egress::BITS }>::default(),
    )
}

pub fn egress_slice_100g() -> String {
    block(
        "EgressSlice<512, 64, 15>",
        EgressSlice::<512, 64, { egress::BITS }>::default(),
    )
}

/// The register block differs between the builds only in the `BUILD` register's value (a
/// constant): one file, the 10G block's.
pub fn regs() -> String {
    block("Regs (10G build)", Regs::new(8, CAPACITY, 0))
}

/// The port pipeline's blocks, each standalone, under `hdl/verilog/blocks/`; the simulator
/// verilates each as a model `block_<stem>` without a traced variant. Blocks whose logic
/// depends on the beat width come at both widths. Not here: the verdict and MAC FIFOs (the
/// beat FIFO's logic with other data), and the LPM at 16 levels (see [`BLOCK_LPM_LEVELS`]).
pub const BLOCKS: &[Generated] = &[
    Generated {
        file: "blocks/header_parse_10g.v",
        generate: header_parse_10g,
    },
    Generated {
        file: "blocks/header_parse_100g.v",
        generate: header_parse_100g,
    },
    Generated {
        file: "blocks/classify.v",
        generate: classify,
    },
    Generated {
        file: "blocks/lpm_4levels.v",
        generate: lpm_4levels,
    },
    Generated {
        file: "blocks/resolve.v",
        generate: resolve,
    },
    Generated {
        file: "blocks/counter_bank_vif.v",
        generate: counter_bank_vif,
    },
    Generated {
        file: "blocks/counter_bank_target.v",
        generate: counter_bank_target,
    },
    Generated {
        file: "blocks/global_counters.v",
        generate: global_counters,
    },
    Generated {
        file: "blocks/cpu_merge_10g.v",
        generate: cpu_merge_10g,
    },
    Generated {
        file: "blocks/cpu_merge_100g.v",
        generate: cpu_merge_100g,
    },
    Generated {
        file: "blocks/rewrite_10g.v",
        generate: rewrite_10g,
    },
    Generated {
        file: "blocks/rewrite_100g.v",
        generate: rewrite_100g,
    },
    Generated {
        file: "blocks/sync_fifo_10g.v",
        generate: sync_fifo_10g,
    },
    Generated {
        file: "blocks/sync_fifo_100g.v",
        generate: sync_fifo_100g,
    },
    Generated {
        file: "blocks/ingress_stage_10g.v",
        generate: ingress_stage_10g,
    },
    Generated {
        file: "blocks/ingress_stage_100g.v",
        generate: ingress_stage_100g,
    },
    Generated {
        file: "blocks/csr_stage.v",
        generate: csr_stage,
    },
    Generated {
        file: "blocks/egress_slice_10g.v",
        generate: egress_slice_10g,
    },
    Generated {
        file: "blocks/egress_slice_100g.v",
        generate: egress_slice_100g,
    },
    Generated {
        file: "blocks/regs.v",
        generate: regs,
    },
    Generated {
        file: "blocks/prim_dff_ce.v",
        generate: prim_dff_ce,
    },
    Generated {
        file: "blocks/prim_block_ram.v",
        generate: prim_block_ram,
    },
    Generated {
        file: "blocks/prim_block_ram_re.v",
        generate: prim_block_ram_re,
    },
    Generated {
        file: "blocks/prim_block_ram_2r.v",
        generate: prim_block_ram_2r,
    },
];

/// Every generated file: [`FILES`] and [`BLOCKS`].
pub fn all() -> impl Iterator<Item = &'static Generated> {
    FILES.iter().chain(BLOCKS)
}

/// The generated files but the standalone blocks.
pub const FILES: &[Generated] = &[
    Generated {
        file: "datapath_10g.v",
        generate: datapath_10g,
    },
    Generated {
        file: "datapath_100g.v",
        generate: datapath_100g,
    },
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
