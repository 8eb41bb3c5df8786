//! The UART register bridge, as generated Verilog, does what the rust-hdl design does: Icarus
//! Verilog runs the bridge in front of a board register block, driven over the serial line by
//! `hdl/boards/ulx3s/tb_uart.v` at the bench build's bit rate, while `boards/uart_bridge.rs`
//! and `boards/bench_core.rs` test the same logic in rust-hdl's simulator. (The whole bench
//! core is too slow for Icarus at serial speed: the pipeline makes every clock expensive.)

mod common;

use std::path::PathBuf;

use dxedge_hdl::boards::board_map::{regs, BENCH};
use dxedge_hdl::boards::board_regs::BoardRegs;
use dxedge_hdl::boards::uart_bridge::UartBridge;
use dxedge_hdl::verilog::{rename_top, BENCH_UART_DIVISOR};
use rust_hdl::prelude::*;

/// The bridge and a board register block behind it (every address reaches the block).
#[derive(LogicBlock)]
struct UartLoop {
    clock: Signal<In, Clock>,
    rxd: Signal<In, Bit>,
    txd: Signal<Out, Bit>,
    bridge: UartBridge,
    regs: BoardRegs<4>,
}

impl Logic for UartLoop {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, bridge, regs);
        self.bridge.reset.next = false;
        self.regs.reset.next = false;
        self.bridge.rxd.next = self.rxd.val();
        self.txd.next = self.bridge.txd.val();
        self.regs.bus.addr.next = self.bridge.csr.addr.val().get_bits::<8>(0);
        self.regs.bus.wdata.next = self.bridge.csr.wdata.val();
        self.regs.bus.write.next = self.bridge.csr.write.val();
        self.regs.bus.read.next = self.bridge.csr.read.val();
        self.bridge.csr.rdata.next = self.regs.bus.rdata.val();
        self.bridge.csr.rvalid.next = self.regs.bus.rvalid.val();
        for i in 0..4 {
            self.regs.event[i].next = false;
        }
    }
}

#[test]
fn the_generated_uart_bridge_answers_as_the_design_does() {
    if !common::icarus_available() {
        return;
    }
    let mut uut = UartLoop {
        clock: Default::default(),
        rxd: Default::default(),
        txd: Default::default(),
        bridge: UartBridge::new(BENCH_UART_DIVISOR),
        regs: BoardRegs::new(BENCH),
    };
    uut.connect_all();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("uart_icarus");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let dut = dir.join("uart_loop.v");
    std::fs::write(&dut, rename_top(&generate_verilog(&uut), "uart_loop")).expect("write");
    let text = common::run_icarus(
        &dir,
        &[common::root().join("hdl/boards/ulx3s/tb_uart.v"), dut],
    );
    let reads: Vec<(u32, u32)> = text
        .lines()
        .filter_map(|l| l.strip_prefix("READ "))
        .filter_map(|l| {
            let (a, v) = l.split_once(' ')?;
            Some((
                u32::from_str_radix(a, 16).ok()?,
                u32::from_str_radix(v, 16).ok()?,
            ))
        })
        .collect();
    assert!(text.contains("WRITE 000014 1234abcd K"), "{text}");
    assert_eq!(
        reads,
        vec![
            (regs::ID, BENCH.block_type),
            (regs::VERSION, regs::VERSION_VALUE),
            (regs::SCRATCH, 0x1234_abcd),
            (regs::BOARD, BENCH.code),
        ],
        "{text}"
    );
}
