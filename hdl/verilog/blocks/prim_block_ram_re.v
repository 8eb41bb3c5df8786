// dxedge port pipeline block, standalone: BlockRamRe<Bits<40>, 6>, 32 words (primitive)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [5:0] read_address;
    output reg  [39:0] read_data;
    input wire  [5:0] write_address;
    input wire  [39:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[39:0] mem[31:0];
    
    wire unused_address_bits = &{1'b0, read_address[5:5], write_address[5:5]};
    
    initial begin
       read_data = 40'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[4:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[4:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top
