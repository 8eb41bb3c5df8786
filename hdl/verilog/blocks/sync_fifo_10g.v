// dxedge port pipeline block, standalone: SyncFifo<Bits<65>, 6, 7> (the 10G beat FIFO)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,write,data_in,full,almost_full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [64:0] data_in;
    output reg  full;
    output reg  almost_full;
    input wire  read;
    output reg  [64:0] data_out;
    output reg  empty;
    
    // Constant declarations
    localparam  depth = 7'b1000000;
    localparam  depth_less_one = 7'b111111;
    
    // Stub signals
    reg  ram$clock;
    reg  [5:0] ram$read_address;
    wire  [64:0] ram$read_data;
    reg  [5:0] ram$write_address;
    reg  [64:0] ram$write_data;
    reg  ram$write_enable;
    reg  [6:0] wr_ptr$d;
    wire  [6:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [6:0] wr_ptr_seen$d;
    wire  [6:0] wr_ptr_seen$q;
    reg  wr_ptr_seen$clock;
    reg  [6:0] rd_ptr$d;
    wire  [6:0] rd_ptr$q;
    reg  rd_ptr$clock;
    
    // Local signals
    reg  do_write;
    reg  do_read;
    reg  [6:0] rd_next;
    
    // Sub module instances
    top$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    top$wr_ptr_seen wr_ptr_seen(
        .d(wr_ptr_seen$d),
        .q(wr_ptr_seen$q),
        .clock(wr_ptr_seen$clock)
    );
    top$rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    
    // Update code
    always @(*) begin
        wr_ptr$clock = clock;
        wr_ptr_seen$clock = clock;
        rd_ptr$clock = clock;
        wr_ptr$d = wr_ptr$q;
        wr_ptr_seen$d = wr_ptr_seen$q;
        rd_ptr$d = rd_ptr$q;
        ram$clock = clock;
        full = (wr_ptr$q ^ rd_ptr$q) == depth;
        empty = rd_ptr$q == wr_ptr_seen$q;
        almost_full = (wr_ptr$q - rd_ptr$q) >= depth_less_one;
        do_write = write & ((wr_ptr$q ^ rd_ptr$q) != depth);
        do_read = read & (rd_ptr$q != wr_ptr_seen$q);
        rd_next = rd_ptr$q;
        if (do_read) begin
            rd_next = rd_ptr$q + 32'h1;
        end
        ram$write_address = wr_ptr$q[(32'h0)+:(6)];
        ram$write_data = data_in;
        ram$write_enable = do_write;
        ram$read_address = rd_next[(32'h0)+:(6)];
        data_out = ram$read_data;
        if (do_write) begin
            wr_ptr$d = wr_ptr$q + 32'h1;
        end
        rd_ptr$d = rd_next;
        wr_ptr_seen$d = wr_ptr$q;
        if (reset) begin
            wr_ptr$d = 32'h0;
            wr_ptr_seen$d = 32'h0;
            rd_ptr$d = 32'h0;
        end
    end
    
endmodule // top


module top$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] read_address;
    output reg  [64:0] read_data;
    input wire  [5:0] write_address;
    input wire  [64:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[64:0] mem[63:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$ram


module top$rd_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_ptr


module top$wr_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_ptr


module top$wr_ptr_seen(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_ptr_seen
