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

    task send_byte(input [7:0] b);
        integer i;
        begin
            rxd = 1'b0;
            repeat (BIT) @(posedge clock);
            for (i = 0; i < 8; i = i + 1) begin
                rxd = b[i];
                repeat (BIT) @(posedge clock);
            end
            rxd = 1'b1;
            repeat (BIT) @(posedge clock);
        end
    endtask

    task receive_byte(output [7:0] b);
        integer i;
        begin
            // Poll at clock edges rather than wait on `negedge txd`: the generated logic
            // assigns txd twice in one always block, and Icarus reports the transient
            @(posedge clock);
            while (txd) @(posedge clock);
            repeat (BIT / 2) @(posedge clock);
            for (i = 0; i < 8; i = i + 1) begin
                repeat (BIT) @(posedge clock);
                b[i] = txd;
            end
            repeat (BIT) @(posedge clock);
        end
    endtask

    task read_reg(input [23:0] addr);
        reg [7:0] b0, b1, b2, b3;
        begin
            send_byte("R");
            send_byte(addr[23:16]);
            send_byte(addr[15:8]);
            send_byte(addr[7:0]);
            receive_byte(b3);
            receive_byte(b2);
            receive_byte(b1);
            receive_byte(b0);
            $display("READ %06x %02x%02x%02x%02x", addr, b3, b2, b1, b0);
        end
    endtask

    task write_reg(input [23:0] addr, input [31:0] value);
        reg [7:0] k;
        begin
            send_byte("W");
            send_byte(addr[23:16]);
            send_byte(addr[15:8]);
            send_byte(addr[7:0]);
            send_byte(value[31:24]);
            send_byte(value[23:16]);
            send_byte(value[15:8]);
            send_byte(value[7:0]);
            receive_byte(k);
            $display("WRITE %06x %08x %c", addr, value, k);
        end
    endtask

    initial begin
        repeat (100) @(posedge clock);
        read_reg(24'h000000);          // pipeline ID: "DXPP"
        read_reg(24'h00000c);          // pipeline BUILD: 8 bytes a beat
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
