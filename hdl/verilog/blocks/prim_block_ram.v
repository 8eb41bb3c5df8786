// dxedge port pipeline block, standalone: BlockRam<Bits<40>, 6>, 48 words (primitive)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] read_address;
    output reg  [39:0] read_data;
    input wire  [5:0] write_address;
    input wire  [39:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[39:0] mem[47:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top
