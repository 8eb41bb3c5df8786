//! The generated bench core, as Verilog, does what the rust-hdl design does: Icarus Verilog
//! runs `hdl/verilog/boards/bench_core.v` (the whole ULX3S core: UART bridge, pipeline,
//! injector, capture) under `hdl/boards/ulx3s/tb_bench_core.v`, which talks to it over the
//! serial line at the board's bit rate, while `boards/bench_core.rs` tests the same design in
//! rust-hdl's simulator with the host driver. About half a minute of Icarus.
//!
//! Icarus starts every memory at X (the FPGA's block RAM starts at zero, and so does
//! Verilator's): the target field of a dropped frame's verdict, read from the never-written
//! target table, is X here, so only the verdict's kind is checked.

mod common;

use std::path::PathBuf;

use dxedge_hdl::boards::board_map::{reader, regs, slot, BENCH, BOARD_BASE, SLOT};
use dxedge_hdl::codes::kind;
use dxedge_host::regmap::build;

#[test]
fn the_generated_bench_core_answers_on_its_serial_line() {
    if !common::icarus_available() {
        return;
    }
    let root = common::root();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench_core_icarus");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let text = common::run_icarus(
        &dir,
        &[
            root.join("hdl/boards/ulx3s/tb_bench_core.v"),
            root.join("hdl/verilog/boards/bench_core.v"),
        ],
    );
    let writes = text
        .lines()
        .filter(|l| l.starts_with("WRITE ") && l.ends_with(" K"))
        .count();
    assert_eq!(writes, 19, "every write is answered K:\n{text}");
    let reads: Vec<(u32, String)> = text
        .lines()
        .filter_map(|l| l.strip_prefix("READ "))
        .filter_map(|l| {
            let (a, v) = l.split_once(' ')?;
            Some((u32::from_str_radix(a, 16).ok()?, v.to_string()))
        })
        .collect();
    let value = |i: usize| u32::from_str_radix(&reads[i].1, 16).ok();
    let rd = BOARD_BASE + SLOT * slot::READER as u32;
    let addrs: Vec<u32> = reads.iter().map(|r| r.0).collect();
    assert_eq!(
        addrs,
        vec![
            0x00_0000,
            0x00_000c,
            0x00_0008,
            0x08_000c,
            BOARD_BASE + regs::ID,
            rd + reader::STATUS,
            rd + reader::LENGTH,
            rd + reader::TAG,
            BOARD_BASE + regs::COUNTERS,
        ],
        "{text}"
    );
    assert_eq!(value(0), Some(dxedge_host::regmap::BLOCK_TYPE), "{text}");
    assert_eq!(value(1), Some(8), "10G build: 8 bytes a beat");
    assert_eq!(
        value(2),
        Some(dxedge_host::regmap::BLOCK_SPAN),
        "NEXT: the to-customer datapath's block"
    );
    assert_eq!(
        value(3),
        Some(8 | build::DIRECTION.place(1) as u32),
        "its BUILD: 8 bytes a beat, to the customer"
    );
    assert_eq!(value(4), Some(BENCH.block_type));
    assert_eq!(value(5), Some(1), "the injected frame was captured");
    assert_eq!(value(6), Some(64));
    let tag_low = u64::from_str_radix(&reads[7].1[reads[7].1.len() - 1..], 16).ok();
    assert_eq!(
        tag_low.map(|t| t & 3),
        Some(kind::DROP),
        "untagged: dropped"
    );
    assert_eq!(value(8), Some(1), "injected_frames");
}
