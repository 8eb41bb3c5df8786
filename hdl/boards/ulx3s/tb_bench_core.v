// Icarus Verilog test bench of the generated bench core (hdl/verilog/boards/bench_core.v),
// driven as the host drives the ULX3S: bytes on the serial line at 25 clocks a bit. It reads
// the pipeline's and the board's ID registers, writes a 64-byte frame into the injector,
// sends it once, and reads the capture buffer and a counter back.
// Run by hdl/tests/bench_core_icarus.rs, which checks what it prints:
//   READ <addr> <value>   for each register read
//   WRITE <addr> <value> K  for each register write answered
//   DONE                  at the end
`timescale 1ns / 1ps
`default_nettype none

module tb_bench_core;
    localparam integer BIT = 25;       // clocks per bit, as hdl/src/verilog.rs builds the core
    reg clock = 1'b0;
    reg rxd = 1'b1;
    wire txd;
    wire [7:0] led;
    bench_core dut (.clock(clock), .rxd(rxd), .txd(txd), .led(led));

    always #20 clock = ~clock;         // 25 MHz

    `include "uart_host_tasks.vh"

    initial begin
        repeat (100) @(posedge clock);
        read_reg(24'h000000);          // pipeline ID: "DXPP"
        read_reg(24'h00000c);          // pipeline BUILD: 8 bytes a beat
        read_reg(24'h000008);          // its NEXT: the to-customer block
        read_reg(24'h08000c);          // that block's BUILD: 8 bytes, to the customer
        read_reg(24'h100000);          // board ID: "DXBC"
        // One 64-byte frame of zeros (untagged: dropped as unknown_vlan, and captured)
        write_reg(24'h100204, 32'd0);  // injector ADDR
        repeat (16) write_reg(24'h100208, 32'd0);
        write_reg(24'h10020c, 32'd64); // LENGTH
        write_reg(24'h100210, 32'd1);  // COUNT
        repeat (300) @(posedge clock);
        read_reg(24'h100100);          // reader STATUS: a frame waits
        read_reg(24'h100104);          // reader LENGTH
        read_reg(24'h100108);          // reader TAG (the verdict)
        read_reg(24'h100020);          // injected_frames
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
