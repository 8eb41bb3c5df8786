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
    reg  count$0$clock;
    reg  count$0$ce;
    reg  count$0$rst;
    reg  [63:0] count$0$d;
    wire  [63:0] count$0$q;
    reg  count$1$clock;
    reg  count$1$ce;
    reg  count$1$rst;
    reg  [63:0] count$1$d;
    wire  [63:0] count$1$q;
    reg  count$2$clock;
    reg  count$2$ce;
    reg  count$2$rst;
    reg  [63:0] count$2$d;
    wire  [63:0] count$2$q;
    reg  count$3$clock;
    reg  count$3$ce;
    reg  count$3$rst;
    reg  [63:0] count$3$d;
    wire  [63:0] count$3$q;
    reg  count$4$clock;
    reg  count$4$ce;
    reg  count$4$rst;
    reg  [63:0] count$4$d;
    wire  [63:0] count$4$q;
    reg  count$5$clock;
    reg  count$5$ce;
    reg  count$5$rst;
    reg  [63:0] count$5$d;
    wire  [63:0] count$5$q;
    reg  count$6$clock;
    reg  count$6$ce;
    reg  count$6$rst;
    reg  [63:0] count$6$d;
    wire  [63:0] count$6$q;
    reg  count$7$clock;
    reg  count$7$ce;
    reg  count$7$rst;
    reg  [63:0] count$7$d;
    wire  [63:0] count$7$q;
    
    // Sub module instances
    top$count$0 count$0(
        .clock(count$0$clock),
        .ce(count$0$ce),
        .rst(count$0$rst),
        .d(count$0$d),
        .q(count$0$q)
    );
    top$count$1 count$1(
        .clock(count$1$clock),
        .ce(count$1$ce),
        .rst(count$1$rst),
        .d(count$1$d),
        .q(count$1$q)
    );
    top$count$2 count$2(
        .clock(count$2$clock),
        .ce(count$2$ce),
        .rst(count$2$rst),
        .d(count$2$d),
        .q(count$2$q)
    );
    top$count$3 count$3(
        .clock(count$3$clock),
        .ce(count$3$ce),
        .rst(count$3$rst),
        .d(count$3$d),
        .q(count$3$q)
    );
    top$count$4 count$4(
        .clock(count$4$clock),
        .ce(count$4$ce),
        .rst(count$4$rst),
        .d(count$4$d),
        .q(count$4$q)
    );
    top$count$5 count$5(
        .clock(count$5$clock),
        .ce(count$5$ce),
        .rst(count$5$rst),
        .d(count$5$d),
        .q(count$5$q)
    );
    top$count$6 count$6(
        .clock(count$6$clock),
        .ce(count$6$ce),
        .rst(count$6$rst),
        .d(count$6$d),
        .q(count$6$q)
    );
    top$count$7 count$7(
        .clock(count$7$clock),
        .ce(count$7$ce),
        .rst(count$7$rst),
        .d(count$7$d),
        .q(count$7$q)
    );
    
    // Update code
    always @(*) begin
        count$0$clock = clock;
        count$0$rst = clear;
        count$0$d = count$0$q + 32'h1;
        value$0 = count$0$q;
        count$1$clock = clock;
        count$1$rst = clear;
        count$1$d = count$1$q + 32'h1;
        value$1 = count$1$q;
        count$2$clock = clock;
        count$2$rst = clear;
        count$2$d = count$2$q + 32'h1;
        value$2 = count$2$q;
        count$3$clock = clock;
        count$3$rst = clear;
        count$3$d = count$3$q + 32'h1;
        value$3 = count$3$q;
        count$4$clock = clock;
        count$4$rst = clear;
        count$4$d = count$4$q + 32'h1;
        value$4 = count$4$q;
        count$5$clock = clock;
        count$5$rst = clear;
        count$5$d = count$5$q + 32'h1;
        value$5 = count$5$q;
        count$6$clock = clock;
        count$6$rst = clear;
        count$6$d = count$6$q + 32'h1;
        value$6 = count$6$q;
        count$7$clock = clock;
        count$7$rst = clear;
        count$7$d = count$7$q + 32'h1;
        value$7 = count$7$q;
        count$0$ce = drop_event & (drop_reason == 0);
        count$1$ce = drop_event & (drop_reason == 1);
        count$2$ce = drop_event & (drop_reason == 2);
        count$3$ce = drop_event & (drop_reason == 3);
        count$4$ce = drop_event & (drop_reason == 4);
        count$5$ce = drop_event & (drop_reason == 5);
        count$6$ce = drop_event & (drop_reason == 6);
        count$7$ce = punt_event;
    end
    
endmodule // top


module top$count$0(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$0


module top$count$1(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$1


module top$count$2(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$2


module top$count$3(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$3


module top$count$4(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$4


module top$count$5(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$5


module top$count$6(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$6


module top$count$7(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$count$7
