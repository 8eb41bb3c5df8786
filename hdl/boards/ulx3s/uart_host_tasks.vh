// The host's side of the ULX3S bench build's serial register protocol, as test bench tasks:
// included inside a test bench module that has clock, rxd (driven), txd and BIT
// (clocks per bit). Shared by tb_uart.v and tb_bench_core.v.

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
