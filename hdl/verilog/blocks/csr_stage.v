// dxedge port pipeline block, standalone: CsrStage
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,in_addr,in_wdata,in_write,in_read,in_reset,addr,wdata,write,read,reset);
    
    // Module arguments
    input wire  clock;
    input wire  [19:0] in_addr;
    input wire  [31:0] in_wdata;
    input wire  in_write;
    input wire  in_read;
    input wire  in_reset;
    output reg  [19:0] addr;
    output reg  [31:0] wdata;
    output reg  write;
    output reg  read;
    output reg  reset;
    
    // Stub signals
    reg  [19:0] r_addr$d;
    wire  [19:0] r_addr$q;
    reg  r_addr$clock;
    reg  [31:0] r_wdata$d;
    wire  [31:0] r_wdata$q;
    reg  r_wdata$clock;
    reg  r_write$d;
    wire  r_write$q;
    reg  r_write$clock;
    reg  r_read$d;
    wire  r_read$q;
    reg  r_read$clock;
    reg  r_reset$d;
    wire  r_reset$q;
    reg  r_reset$clock;
    
    // Sub module instances
    top$r_addr r_addr(
        .d(r_addr$d),
        .q(r_addr$q),
        .clock(r_addr$clock)
    );
    top$r_wdata r_wdata(
        .d(r_wdata$d),
        .q(r_wdata$q),
        .clock(r_wdata$clock)
    );
    top$r_write r_write(
        .d(r_write$d),
        .q(r_write$q),
        .clock(r_write$clock)
    );
    top$r_read r_read(
        .d(r_read$d),
        .q(r_read$q),
        .clock(r_read$clock)
    );
    top$r_reset r_reset(
        .d(r_reset$d),
        .q(r_reset$q),
        .clock(r_reset$clock)
    );
    
    // Update code
    always @(*) begin
        r_addr$clock = clock;
        r_wdata$clock = clock;
        r_write$clock = clock;
        r_read$clock = clock;
        r_reset$clock = clock;
        r_addr$d = r_addr$q;
        r_wdata$d = r_wdata$q;
        r_write$d = r_write$q;
        r_read$d = r_read$q;
        r_reset$d = r_reset$q;
        r_addr$d = in_addr;
        r_wdata$d = in_wdata;
        r_write$d = in_write;
        r_read$d = in_read;
        r_reset$d = in_reset;
        addr = r_addr$q;
        wdata = r_wdata$q;
        write = r_write$q;
        read = r_read$q;
        reset = r_reset$q;
    end
    
endmodule // top


module top$r_addr(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_addr


module top$r_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_read


module top$r_reset(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_reset


module top$r_wdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_wdata


module top$r_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r_write
