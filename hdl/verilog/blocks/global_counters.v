// dxedge port pipeline block, standalone: GlobalCounters
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,clear,drop_event,drop_reason,punt_event,value$0,value$1,value$2,value$3,value$4,value$5,value$6,value$7);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  drop_event;
    input wire  [2:0] drop_reason;
    input wire  punt_event;
    output reg  [63:0] value$0;
    output reg  [63:0] value$1;
    output reg  [63:0] value$2;
    output reg  [63:0] value$3;
    output reg  [63:0] value$4;
    output reg  [63:0] value$5;
    output reg  [63:0] value$6;
    output reg  [63:0] value$7;
    
    // Stub signals
    reg  [63:0] count$0$d;
    wire  [63:0] count$0$q;
    reg  count$0$clock;
    reg  [63:0] count$1$d;
    wire  [63:0] count$1$q;
    reg  count$1$clock;
    reg  [63:0] count$2$d;
    wire  [63:0] count$2$q;
    reg  count$2$clock;
    reg  [63:0] count$3$d;
    wire  [63:0] count$3$q;
    reg  count$3$clock;
    reg  [63:0] count$4$d;
    wire  [63:0] count$4$q;
    reg  count$4$clock;
    reg  [63:0] count$5$d;
    wire  [63:0] count$5$q;
    reg  count$5$clock;
    reg  [63:0] count$6$d;
    wire  [63:0] count$6$q;
    reg  count$6$clock;
    reg  [63:0] count$7$d;
    wire  [63:0] count$7$q;
    reg  count$7$clock;
    
    // Sub module instances
    top$count$0 count$0(
        .d(count$0$d),
        .q(count$0$q),
        .clock(count$0$clock)
    );
    top$count$1 count$1(
        .d(count$1$d),
        .q(count$1$q),
        .clock(count$1$clock)
    );
    top$count$2 count$2(
        .d(count$2$d),
        .q(count$2$q),
        .clock(count$2$clock)
    );
    top$count$3 count$3(
        .d(count$3$d),
        .q(count$3$q),
        .clock(count$3$clock)
    );
    top$count$4 count$4(
        .d(count$4$d),
        .q(count$4$q),
        .clock(count$4$clock)
    );
    top$count$5 count$5(
        .d(count$5$d),
        .q(count$5$q),
        .clock(count$5$clock)
    );
    top$count$6 count$6(
        .d(count$6$d),
        .q(count$6$q),
        .clock(count$6$clock)
    );
    top$count$7 count$7(
        .d(count$7$d),
        .q(count$7$q),
        .clock(count$7$clock)
    );
    
    // Update code
    always @(*) begin
        count$0$clock = clock;
        count$0$d = count$0$q;
        value$0 = count$0$q;
        count$1$clock = clock;
        count$1$d = count$1$q;
        value$1 = count$1$q;
        count$2$clock = clock;
        count$2$d = count$2$q;
        value$2 = count$2$q;
        count$3$clock = clock;
        count$3$d = count$3$q;
        value$3 = count$3$q;
        count$4$clock = clock;
        count$4$d = count$4$q;
        value$4 = count$4$q;
        count$5$clock = clock;
        count$5$d = count$5$q;
        value$5 = count$5$q;
        count$6$clock = clock;
        count$6$d = count$6$q;
        value$6 = count$6$q;
        count$7$clock = clock;
        count$7$d = count$7$q;
        value$7 = count$7$q;
        if (drop_event & (drop_reason == 0)) begin
            count$0$d = count$0$q + 32'h1;
        end
        if (drop_event & (drop_reason == 1)) begin
            count$1$d = count$1$q + 32'h1;
        end
        if (drop_event & (drop_reason == 2)) begin
            count$2$d = count$2$q + 32'h1;
        end
        if (drop_event & (drop_reason == 3)) begin
            count$3$d = count$3$q + 32'h1;
        end
        if (drop_event & (drop_reason == 4)) begin
            count$4$d = count$4$q + 32'h1;
        end
        if (drop_event & (drop_reason == 5)) begin
            count$5$d = count$5$q + 32'h1;
        end
        if (drop_event & (drop_reason == 6)) begin
            count$6$d = count$6$q + 32'h1;
        end
        if (punt_event) begin
            count$7$d = count$7$q + 32'h1;
        end
        if (clear) begin
            count$0$d = 32'h0;
            count$1$d = 32'h0;
            count$2$d = 32'h0;
            count$3$d = 32'h0;
            count$4$d = 32'h0;
            count$5$d = 32'h0;
            count$6$d = 32'h0;
            count$7$d = 32'h0;
        end
    end
    
endmodule // top


module top$count$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$0


module top$count$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$1


module top$count$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$2


module top$count$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$3


module top$count$4(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$4


module top$count$5(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$5


module top$count$6(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$6


module top$count$7(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$count$7
