// dxedge port pipeline block, standalone: CounterBank<2, 10> (the target counters, and the CPU port's)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,clear,clear_index,add,index,inc$0,inc$1,host_index,host_data$0,host_data$1);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  [9:0] clear_index;
    input wire  add;
    input wire  [9:0] index;
    input wire  [63:0] inc$0;
    input wire  [63:0] inc$1;
    input wire  [9:0] host_index;
    output reg  [63:0] host_data$0;
    output reg  [63:0] host_data$1;
    
    // Stub signals
    reg  rows$0$clock;
    reg  [9:0] rows$0$read_address;
    wire  [63:0] rows$0$read_data;
    reg  [9:0] rows$0$read_address_b;
    wire  [63:0] rows$0$read_data_b;
    reg  [9:0] rows$0$write_address;
    reg  [63:0] rows$0$write_data;
    reg  rows$0$write_enable;
    reg  rows$1$clock;
    reg  [9:0] rows$1$read_address;
    wire  [63:0] rows$1$read_data;
    reg  [9:0] rows$1$read_address_b;
    wire  [63:0] rows$1$read_data_b;
    reg  [9:0] rows$1$write_address;
    reg  [63:0] rows$1$write_data;
    reg  rows$1$write_enable;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  s1_index$clock;
    reg  s1_index$ce;
    reg  s1_index$rst;
    reg  [9:0] s1_index$d;
    wire  [9:0] s1_index$q;
    reg  s1_inc$0$clock;
    reg  s1_inc$0$ce;
    reg  s1_inc$0$rst;
    reg  [63:0] s1_inc$0$d;
    wire  [63:0] s1_inc$0$q;
    reg  s1_inc$1$clock;
    reg  s1_inc$1$ce;
    reg  s1_inc$1$rst;
    reg  [63:0] s1_inc$1$d;
    wire  [63:0] s1_inc$1$q;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  last_index$clock;
    reg  last_index$ce;
    reg  last_index$rst;
    reg  [9:0] last_index$d;
    wire  [9:0] last_index$q;
    reg  last_value$0$clock;
    reg  last_value$0$ce;
    reg  last_value$0$rst;
    reg  [63:0] last_value$0$d;
    wire  [63:0] last_value$0$q;
    reg  last_value$1$clock;
    reg  last_value$1$ce;
    reg  last_value$1$rst;
    reg  [63:0] last_value$1$d;
    wire  [63:0] last_value$1$q;
    
    // Local signals
    reg  forward;
    reg  [63:0] sum$0;
    reg  [63:0] sum$1;
    
    // Sub module instances
    top$rows$0 rows$0(
        .clock(rows$0$clock),
        .read_address(rows$0$read_address),
        .read_data(rows$0$read_data),
        .read_address_b(rows$0$read_address_b),
        .read_data_b(rows$0$read_data_b),
        .write_address(rows$0$write_address),
        .write_data(rows$0$write_data),
        .write_enable(rows$0$write_enable)
    );
    top$rows$1 rows$1(
        .clock(rows$1$clock),
        .read_address(rows$1$read_address),
        .read_data(rows$1$read_data),
        .read_address_b(rows$1$read_address_b),
        .read_data_b(rows$1$read_data_b),
        .write_address(rows$1$write_address),
        .write_data(rows$1$write_data),
        .write_enable(rows$1$write_enable)
    );
    top$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$s1_index s1_index(
        .clock(s1_index$clock),
        .ce(s1_index$ce),
        .rst(s1_index$rst),
        .d(s1_index$d),
        .q(s1_index$q)
    );
    top$s1_inc$0 s1_inc$0(
        .clock(s1_inc$0$clock),
        .ce(s1_inc$0$ce),
        .rst(s1_inc$0$rst),
        .d(s1_inc$0$d),
        .q(s1_inc$0$q)
    );
    top$s1_inc$1 s1_inc$1(
        .clock(s1_inc$1$clock),
        .ce(s1_inc$1$ce),
        .rst(s1_inc$1$rst),
        .d(s1_inc$1$d),
        .q(s1_inc$1$q)
    );
    top$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$last_index last_index(
        .clock(last_index$clock),
        .ce(last_index$ce),
        .rst(last_index$rst),
        .d(last_index$d),
        .q(last_index$q)
    );
    top$last_value$0 last_value$0(
        .clock(last_value$0$clock),
        .ce(last_value$0$ce),
        .rst(last_value$0$rst),
        .d(last_value$0$d),
        .q(last_value$0$q)
    );
    top$last_value$1 last_value$1(
        .clock(last_value$1$clock),
        .ce(last_value$1$ce),
        .rst(last_value$1$rst),
        .d(last_value$1$d),
        .q(last_value$1$q)
    );
    
    // Update code
    always @(*) begin
        s1_valid$clock = clock;
        last_valid$clock = clock;
        s1_valid$d = s1_valid$q;
        last_valid$d = last_valid$q;
        s1_index$clock = clock;
        last_index$clock = clock;
        s1_valid$d = add & ~clear;
        s1_index$ce = add;
        s1_index$rst = 1'b0;
        s1_index$d = index;
        forward = last_valid$q & (last_index$q == s1_index$q);
        s1_inc$0$clock = clock;
        last_value$0$clock = clock;
        rows$0$clock = clock;
        rows$0$read_address_b = host_index;
        host_data$0 = rows$0$read_data_b;
        rows$0$read_address = index;
        s1_inc$0$ce = add;
        s1_inc$0$rst = 1'b0;
        s1_inc$0$d = inc$0;
        last_value$0$ce = s1_valid$q;
        last_value$0$rst = 1'b0;
        sum$0 = 32'h0;
        rows$0$write_enable = 1'b0;
        rows$0$write_address = 32'h0;
        rows$0$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$0 = rows$0$read_data + s1_inc$0$q;
            if (forward) begin
                sum$0 = last_value$0$q + s1_inc$0$q;
            end
            rows$0$write_enable = 1'b1;
            rows$0$write_address = s1_index$q;
            rows$0$write_data = sum$0;
        end
        last_value$0$d = sum$0;
        if (clear) begin
            rows$0$write_enable = 1'b1;
            rows$0$write_address = clear_index;
            rows$0$write_data = 32'h0;
        end
        s1_inc$1$clock = clock;
        last_value$1$clock = clock;
        rows$1$clock = clock;
        rows$1$read_address_b = host_index;
        host_data$1 = rows$1$read_data_b;
        rows$1$read_address = index;
        s1_inc$1$ce = add;
        s1_inc$1$rst = 1'b0;
        s1_inc$1$d = inc$1;
        last_value$1$ce = s1_valid$q;
        last_value$1$rst = 1'b0;
        sum$1 = 32'h0;
        rows$1$write_enable = 1'b0;
        rows$1$write_address = 32'h0;
        rows$1$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$1 = rows$1$read_data + s1_inc$1$q;
            if (forward) begin
                sum$1 = last_value$1$q + s1_inc$1$q;
            end
            rows$1$write_enable = 1'b1;
            rows$1$write_address = s1_index$q;
            rows$1$write_data = sum$1;
        end
        last_value$1$d = sum$1;
        if (clear) begin
            rows$1$write_enable = 1'b1;
            rows$1$write_address = clear_index;
            rows$1$write_data = 32'h0;
        end
        last_valid$d = s1_valid$q & ~clear;
        last_index$ce = s1_valid$q;
        last_index$rst = 1'b0;
        last_index$d = s1_index$q;
    end
    
endmodule // top


module top$last_index(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [9:0] d;
    output reg  [9:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 10'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$last_index


module top$last_valid(d,q,clock);
    
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
          
endmodule // top$last_valid


module top$last_value$0(clock,ce,rst,d,q);
    
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
endmodule // top$last_value$0


module top$last_value$1(clock,ce,rst,d,q);
    
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
endmodule // top$last_value$1


module top$rows$0(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [63:0] read_data;
    input wire  [9:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [9:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[1023:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$rows$0


module top$rows$1(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [63:0] read_data;
    input wire  [9:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [9:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[1023:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$rows$1


module top$s1_inc$0(clock,ce,rst,d,q);
    
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
endmodule // top$s1_inc$0


module top$s1_inc$1(clock,ce,rst,d,q);
    
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
endmodule // top$s1_inc$1


module top$s1_index(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [9:0] d;
    output reg  [9:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 10'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$s1_index


module top$s1_valid(d,q,clock);
    
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
          
endmodule // top$s1_valid
