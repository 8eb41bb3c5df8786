// dxedge port pipeline block, standalone: CpuMerge<64, 8> (the CPU port)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,hold,s_axis$tdata,s_axis$tkeep,s_axis$tvalid,s_axis$tready,s_axis$tlast,s_axis$tuser,cpu_s_axis$tdata,cpu_s_axis$tkeep,cpu_s_axis$tvalid,cpu_s_axis$tready,cpu_s_axis$tlast,cpu_s_axis$tuser,m_axis$tdata,m_axis$tkeep,m_axis$tvalid,m_axis$tready,m_axis$tlast,m_axis$tuser,tx_event,tx_row,tx_last,tx_bytes);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  hold;
    input wire  [63:0] s_axis$tdata;
    input wire  [7:0] s_axis$tkeep;
    input wire  s_axis$tvalid;
    output reg  s_axis$tready;
    input wire  s_axis$tlast;
    input wire  [14:0] s_axis$tuser;
    input wire  [63:0] cpu_s_axis$tdata;
    input wire  [7:0] cpu_s_axis$tkeep;
    input wire  cpu_s_axis$tvalid;
    output reg  cpu_s_axis$tready;
    input wire  cpu_s_axis$tlast;
    input wire  [9:0] cpu_s_axis$tuser;
    output reg  [63:0] m_axis$tdata;
    output reg  [7:0] m_axis$tkeep;
    output reg  m_axis$tvalid;
    input wire  m_axis$tready;
    output reg  m_axis$tlast;
    output reg  [14:0] m_axis$tuser;
    output reg  tx_event;
    output reg  [9:0] tx_row;
    output reg  tx_last;
    output reg  [7:0] tx_bytes;
    
    // Constant declarations
    localparam  pair_fields = 8'h55;
    localparam  nibble_fields = 8'h33;
    localparam  byte_fields = 8'hf;
    localparam  kind_cpu = 15'b11;
    localparam  row_lsb = 8'h5;
    
    // Stub signals
    reg  slice$clock;
    reg  slice$reset;
    reg  slice$in_valid;
    reg  [63:0] slice$in_data;
    reg  [7:0] slice$in_keep;
    reg  slice$in_last;
    reg  [14:0] slice$in_user;
    wire  slice$in_ready;
    wire  slice$out_valid;
    wire  [63:0] slice$out_data;
    wire  [7:0] slice$out_keep;
    wire  slice$out_last;
    wire  [14:0] slice$out_user;
    reg  slice$out_ready;
    reg  owner_cpu$clock;
    reg  owner_cpu$ce;
    reg  owner_cpu$rst;
    reg  owner_cpu$d;
    wire  owner_cpu$q;
    reg  mid$clock;
    reg  mid$ce;
    reg  mid$rst;
    reg  mid$d;
    wire  mid$q;
    reg  row$clock;
    reg  row$ce;
    reg  row$rst;
    reg  [9:0] row$d;
    wire  [9:0] row$q;
    
    // Local signals
    reg  push;
    reg  cpu_push;
    reg  other_valid;
    reg  [9:0] cpu_row;
    reg  [7:0] beat_bytes;
    reg  [7:0] pair_ones;
    reg  [7:0] nibble_ones;
    reg  [7:0] byte_ones;
    reg  [7:0] folded_32;
    reg  [7:0] folded_16;
    reg  [7:0] folded_8;
    
    // Sub module instances
    top$slice slice(
        .clock(slice$clock),
        .reset(slice$reset),
        .in_valid(slice$in_valid),
        .in_data(slice$in_data),
        .in_keep(slice$in_keep),
        .in_last(slice$in_last),
        .in_user(slice$in_user),
        .in_ready(slice$in_ready),
        .out_valid(slice$out_valid),
        .out_data(slice$out_data),
        .out_keep(slice$out_keep),
        .out_last(slice$out_last),
        .out_user(slice$out_user),
        .out_ready(slice$out_ready)
    );
    top$owner_cpu owner_cpu(
        .clock(owner_cpu$clock),
        .ce(owner_cpu$ce),
        .rst(owner_cpu$rst),
        .d(owner_cpu$d),
        .q(owner_cpu$q)
    );
    top$mid mid(
        .clock(mid$clock),
        .ce(mid$ce),
        .rst(mid$rst),
        .d(mid$d),
        .q(mid$q)
    );
    top$row row(
        .clock(row$clock),
        .ce(row$ce),
        .rst(row$rst),
        .d(row$d),
        .q(row$q)
    );
    
    // Update code
    always @(*) begin
        slice$clock = clock;
        owner_cpu$clock = clock;
        mid$clock = clock;
        row$clock = clock;
        owner_cpu$rst = reset;
        mid$rst = reset;
        row$rst = 1'b0;
        slice$reset = reset;
        slice$in_valid = s_axis$tvalid;
        slice$in_data = s_axis$tdata;
        slice$in_keep = s_axis$tkeep;
        slice$in_last = s_axis$tlast;
        slice$in_user = s_axis$tuser;
        other_valid = cpu_s_axis$tvalid & ~hold;
        cpu_row = row$q;
        if (owner_cpu$q) begin
            slice$in_valid = cpu_s_axis$tvalid & ~hold;
            slice$in_data = cpu_s_axis$tdata;
            slice$in_keep = cpu_s_axis$tkeep;
            slice$in_last = cpu_s_axis$tlast;
            if (~mid$q) begin
                cpu_row = cpu_s_axis$tuser;
            end
            slice$in_user = kind_cpu | (((cpu_row) & 15'h7fff) << row_lsb);
            other_valid = s_axis$tvalid;
        end
        s_axis$tready = slice$in_ready & ~owner_cpu$q;
        cpu_s_axis$tready = slice$in_ready & owner_cpu$q & ~hold;
        push = slice$in_valid & slice$in_ready;
        cpu_push = push & owner_cpu$q;
        mid$ce = push;
        mid$d = ~slice$in_last;
        owner_cpu$ce = other_valid & ((push & slice$in_last) | (~mid$q & ~slice$in_valid));
        owner_cpu$d = ~owner_cpu$q;
        row$ce = cpu_push;
        row$d = cpu_row;
        tx_event = cpu_push;
        tx_row = cpu_row;
        tx_last = cpu_s_axis$tlast;
        pair_ones = cpu_s_axis$tkeep - ((cpu_s_axis$tkeep >> 32'h1) & pair_fields);
        nibble_ones = (pair_ones & nibble_fields) + ((pair_ones >> 32'h2) & nibble_fields);
        byte_ones = (nibble_ones + (nibble_ones >> 32'h4)) & byte_fields;
        folded_32 = byte_ones + (byte_ones >> 32'h20);
        folded_16 = folded_32 + (folded_32 >> 32'h10);
        folded_8 = folded_16 + (folded_16 >> 32'h8);
        beat_bytes = 32'h0;
        if (cpu_push) begin
            beat_bytes = ((folded_8) & 8'hff);
        end
        tx_bytes = beat_bytes;
        m_axis$tvalid = slice$out_valid;
        m_axis$tdata = slice$out_data;
        m_axis$tkeep = slice$out_keep;
        m_axis$tlast = slice$out_last;
        m_axis$tuser = slice$out_user;
        slice$out_ready = m_axis$tready;
    end
    
endmodule // top


module top$mid(clock,ce,rst,d,q);
    
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
endmodule // top$mid


module top$owner_cpu(clock,ce,rst,d,q);
    
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
endmodule // top$owner_cpu


module top$row(clock,ce,rst,d,q);
    
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
endmodule // top$row


module top$slice(clock,reset,in_valid,in_data,in_keep,in_last,in_user,in_ready,out_valid,out_data,out_keep,out_last,out_user,out_ready);
    
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
    top$slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$slice$main_keep main_keep(
        .d(main_keep$d),
        .q(main_keep$q),
        .clock(main_keep$clock)
    );
    top$slice$main_last main_last(
        .d(main_last$d),
        .q(main_last$q),
        .clock(main_last$clock)
    );
    top$slice$main_user main_user(
        .d(main_user$d),
        .q(main_user$q),
        .clock(main_user$clock)
    );
    top$slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    top$slice$skid_data skid_data(
        .clock(skid_data$clock),
        .ce(skid_data$ce),
        .rst(skid_data$rst),
        .d(skid_data$d),
        .q(skid_data$q)
    );
    top$slice$skid_keep skid_keep(
        .clock(skid_keep$clock),
        .ce(skid_keep$ce),
        .rst(skid_keep$rst),
        .d(skid_keep$d),
        .q(skid_keep$q)
    );
    top$slice$skid_last skid_last(
        .clock(skid_last$clock),
        .ce(skid_last$ce),
        .rst(skid_last$rst),
        .d(skid_last$d),
        .q(skid_last$q)
    );
    top$slice$skid_user skid_user(
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
    
endmodule // top$slice


module top$slice$main_data(d,q,clock);
    
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
          
endmodule // top$slice$main_data


module top$slice$main_keep(d,q,clock);
    
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
          
endmodule // top$slice$main_keep


module top$slice$main_last(d,q,clock);
    
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
          
endmodule // top$slice$main_last


module top$slice$main_user(d,q,clock);
    
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
          
endmodule // top$slice$main_user


module top$slice$main_valid(d,q,clock);
    
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
          
endmodule // top$slice$main_valid


module top$slice$skid_data(clock,ce,rst,d,q);
    
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
endmodule // top$slice$skid_data


module top$slice$skid_keep(clock,ce,rst,d,q);
    
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
endmodule // top$slice$skid_keep


module top$slice$skid_last(clock,ce,rst,d,q);
    
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
endmodule // top$slice$skid_last


module top$slice$skid_user(clock,ce,rst,d,q);
    
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
endmodule // top$slice$skid_user


module top$slice$skid_valid(d,q,clock);
    
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
          
endmodule // top$slice$skid_valid
