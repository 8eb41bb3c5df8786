// dxedge port pipeline block, standalone: EgressSlice<64, 8, 15>
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,in_valid,in_data,in_keep,in_last,in_user,in_ready,out_valid,out_data,out_keep,out_last,out_user,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [63:0] in_data;
    input wire  [7:0] in_keep;
    input wire  in_last;
    input wire  [14:0] in_user;
    output reg  in_ready;
    output reg  out_valid;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  [14:0] out_user;
    input wire  out_ready;
    
    // Stub signals
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [63:0] main_data$d;
    wire  [63:0] main_data$q;
    reg  main_data$clock;
    reg  [7:0] main_keep$d;
    wire  [7:0] main_keep$q;
    reg  main_keep$clock;
    reg  main_last$d;
    wire  main_last$q;
    reg  main_last$clock;
    reg  [14:0] main_user$d;
    wire  [14:0] main_user$q;
    reg  main_user$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    reg  skid_data$clock;
    reg  skid_data$ce;
    reg  skid_data$rst;
    reg  [63:0] skid_data$d;
    wire  [63:0] skid_data$q;
    reg  skid_keep$clock;
    reg  skid_keep$ce;
    reg  skid_keep$rst;
    reg  [7:0] skid_keep$d;
    wire  [7:0] skid_keep$q;
    reg  skid_last$clock;
    reg  skid_last$ce;
    reg  skid_last$rst;
    reg  skid_last$d;
    wire  skid_last$q;
    reg  skid_user$clock;
    reg  skid_user$ce;
    reg  skid_user$rst;
    reg  [14:0] skid_user$d;
    wire  [14:0] skid_user$q;
    
    // Local signals
    reg  pop;
    reg  push;
    reg  skid_load;
    
    // Sub module instances
    top$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$main_keep main_keep(
        .d(main_keep$d),
        .q(main_keep$q),
        .clock(main_keep$clock)
    );
    top$main_last main_last(
        .d(main_last$d),
        .q(main_last$q),
        .clock(main_last$clock)
    );
    top$main_user main_user(
        .d(main_user$d),
        .q(main_user$q),
        .clock(main_user$clock)
    );
    top$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    top$skid_data skid_data(
        .clock(skid_data$clock),
        .ce(skid_data$ce),
        .rst(skid_data$rst),
        .d(skid_data$d),
        .q(skid_data$q)
    );
    top$skid_keep skid_keep(
        .clock(skid_keep$clock),
        .ce(skid_keep$ce),
        .rst(skid_keep$rst),
        .d(skid_keep$d),
        .q(skid_keep$q)
    );
    top$skid_last skid_last(
        .clock(skid_last$clock),
        .ce(skid_last$ce),
        .rst(skid_last$rst),
        .d(skid_last$d),
        .q(skid_last$q)
    );
    top$skid_user skid_user(
        .clock(skid_user$clock),
        .ce(skid_user$ce),
        .rst(skid_user$rst),
        .d(skid_user$d),
        .q(skid_user$q)
    );
    
    // Update code
    always @(*) begin
        main_valid$clock = clock;
        main_data$clock = clock;
        main_keep$clock = clock;
        main_last$clock = clock;
        main_user$clock = clock;
        skid_valid$clock = clock;
        main_valid$d = main_valid$q;
        main_data$d = main_data$q;
        main_keep$d = main_keep$q;
        main_last$d = main_last$q;
        main_user$d = main_user$q;
        skid_valid$d = skid_valid$q;
        skid_data$clock = clock;
        skid_keep$clock = clock;
        skid_last$clock = clock;
        skid_user$clock = clock;
        in_ready = ~skid_valid$q;
        out_valid = main_valid$q;
        out_data = main_data$q;
        out_keep = main_keep$q;
        out_last = main_last$q;
        out_user = main_user$q;
        pop = main_valid$q & out_ready;
        push = in_valid & ~skid_valid$q;
        skid_load = push & main_valid$q & ~(pop & ~skid_valid$q);
        skid_data$ce = skid_load;
        skid_keep$ce = skid_load;
        skid_last$ce = skid_load;
        skid_user$ce = skid_load;
        skid_data$rst = 1'b0;
        skid_keep$rst = 1'b0;
        skid_last$rst = 1'b0;
        skid_user$rst = 1'b0;
        skid_data$d = in_data;
        skid_keep$d = in_keep;
        skid_last$d = in_last;
        skid_user$d = in_user;
        if (pop) begin
            main_valid$d = skid_valid$q;
            main_data$d = skid_data$q;
            main_keep$d = skid_keep$q;
            main_last$d = skid_last$q;
            main_user$d = skid_user$q;
            skid_valid$d = 1'b0;
        end
        if (push) begin
            if (~main_valid$q | (pop & ~skid_valid$q)) begin
                main_valid$d = 1'b1;
                main_data$d = in_data;
                main_keep$d = in_keep;
                main_last$d = in_last;
                main_user$d = in_user;
            end
            else begin
                skid_valid$d = 1'b1;
            end
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // top


module top$main_data(d,q,clock);
    
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
          
endmodule // top$main_data


module top$main_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$main_keep


module top$main_last(d,q,clock);
    
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
          
endmodule // top$main_last


module top$main_user(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$main_user


module top$main_valid(d,q,clock);
    
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
          
endmodule // top$main_valid


module top$skid_data(clock,ce,rst,d,q);
    
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
endmodule // top$skid_data


module top$skid_keep(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [7:0] d;
    output reg  [7:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 8'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$skid_keep


module top$skid_last(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  d;
    output reg  q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 1'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$skid_last


module top$skid_user(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [14:0] d;
    output reg  [14:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 15'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$skid_user


module top$skid_valid(d,q,clock);
    
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
          
endmodule // top$skid_valid
