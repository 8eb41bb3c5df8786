// Icarus Verilog test bench of the UART register bridge as generated (the bench core's
// bridge in front of a board register block, module uart_loop, written by the test),
// driven as the host drives the ULX3S: bytes on the serial line at 25 clocks a bit.
// Run by hdl/tests/uart_icarus.rs, which checks what it prints:
//   READ <addr> <value>   for each register read
//   DONE                  at the end
`timescale 1ns / 1ps
`default_nettype none

module tb_uart;
    localparam integer BIT = 25;       // clocks per bit, as hdl/src/verilog.rs builds the core
    reg clock = 1'b0;
    reg rxd = 1'b1;
    wire txd;
    uart_loop dut (.clock(clock), .rxd(rxd), .txd(txd));

    always #20 clock = ~clock;         // 25 MHz

    `include "uart_host_tasks.vh"

    initial begin
        repeat (100) @(posedge clock);
        read_reg(24'h000000);          // ID: "DXBC"
        read_reg(24'h000004);          // VERSION
        write_reg(24'h000014, 32'h1234abcd);
        read_reg(24'h000014);          // SCRATCH reads back
        read_reg(24'h00000c);          // BOARD
        $display("DONE");
        $finish;
    end

    initial begin
        #100000000;
        $display("TIMEOUT");
        $finish;
    end
endmodule

`default_nettype wire
