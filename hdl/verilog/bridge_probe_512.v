// dxedge bridge probe, 512-bit stream (measures the Verilator bridge)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,s_axis$tdata,s_axis$tkeep,s_axis$tvalid,s_axis$tready,s_axis$tlast,s_axis$tuser,m_axis$tdata,m_axis$tkeep,m_axis$tvalid,m_axis$tready,m_axis$tlast,m_axis$tuser,beats);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [511:0] s_axis$tdata;
    input wire  [63:0] s_axis$tkeep;
    input wire  s_axis$tvalid;
    output reg  s_axis$tready;
    input wire  s_axis$tlast;
    input wire  [7:0] s_axis$tuser;
    output reg  [511:0] m_axis$tdata;
    output reg  [63:0] m_axis$tkeep;
    output reg  m_axis$tvalid;
    input wire  m_axis$tready;
    output reg  m_axis$tlast;
    output reg  [7:0] m_axis$tuser;
    output reg  [31:0] beats;
    
    // Constant declarations
    localparam  all_keep = 64'hffffffffffffffff;
    
    // Stub signals
    reg  ingress$clock;
    reg  ingress$in_take;
    reg  [511:0] ingress$in_data;
    reg  ingress$in_last;
    reg  [7:0] ingress$in_user;
    wire  ingress$valid;
    wire  [511:0] ingress$data;
    wire  ingress$last;
    wire  [7:0] ingress$user;
    reg  fifo$clock;
    reg  fifo$reset;
    reg  fifo$write;
    reg  [511:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    reg  fifo$read;
    wire  [511:0] fifo$data_out;
    wire  fifo$empty;
    reg  egress$clock;
    reg  egress$reset;
    reg  egress$in_valid;
    reg  [511:0] egress$in_data;
    reg  [63:0] egress$in_keep;
    reg  egress$in_last;
    reg  [7:0] egress$in_user;
    wire  egress$in_ready;
    wire  egress$out_valid;
    wire  [511:0] egress$out_data;
    wire  [63:0] egress$out_keep;
    wire  egress$out_last;
    wire  [7:0] egress$out_user;
    reg  egress$out_ready;
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  r_reset$d;
    wire  r_reset$q;
    reg  r_reset$clock;
    
    // Sub module instances
    top$ingress ingress(
        .clock(ingress$clock),
        .in_take(ingress$in_take),
        .in_data(ingress$in_data),
        .in_last(ingress$in_last),
        .in_user(ingress$in_user),
        .valid(ingress$valid),
        .data(ingress$data),
        .last(ingress$last),
        .user(ingress$user)
    );
    top$fifo fifo(
        .clock(fifo$clock),
        .reset(fifo$reset),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty)
    );
    top$egress egress(
        .clock(egress$clock),
        .reset(egress$reset),
        .in_valid(egress$in_valid),
        .in_data(egress$in_data),
        .in_keep(egress$in_keep),
        .in_last(egress$in_last),
        .in_user(egress$in_user),
        .in_ready(egress$in_ready),
        .out_valid(egress$out_valid),
        .out_data(egress$out_data),
        .out_keep(egress$out_keep),
        .out_last(egress$out_last),
        .out_user(egress$out_user),
        .out_ready(egress$out_ready)
    );
    top$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$r_reset r_reset(
        .d(r_reset$d),
        .q(r_reset$q),
        .clock(r_reset$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        r_reset$clock = clock;
        count$d = count$q;
        r_reset$d = r_reset$q;
        r_reset$d = reset;
        ingress$clock = clock;
        fifo$clock = clock;
        egress$clock = clock;
        fifo$reset = r_reset$q;
        egress$reset = r_reset$q;
        s_axis$tready = ~fifo$almost_full & ~r_reset$q;
        ingress$in_take = s_axis$tvalid & ~fifo$almost_full & ~r_reset$q;
        ingress$in_data = s_axis$tdata;
        ingress$in_last = s_axis$tlast;
        ingress$in_user = s_axis$tuser;
        fifo$write = ingress$valid;
        fifo$data_in = ingress$data;
        fifo$read = egress$in_ready;
        egress$in_valid = ~fifo$empty;
        egress$in_data = fifo$data_out;
        egress$in_keep = all_keep;
        egress$in_last = 1'b0;
        egress$in_user = 32'h0;
        egress$out_ready = m_axis$tready;
        m_axis$tvalid = egress$out_valid;
        m_axis$tdata = egress$out_data;
        m_axis$tkeep = egress$out_keep;
        m_axis$tlast = egress$out_last;
        m_axis$tuser = egress$out_user;
        if (ingress$valid) begin
            count$d = count$q + 32'h1;
        end
        if (r_reset$q) begin
            count$d = 32'h0;
        end
        beats = count$q;
    end
    
endmodule // top


module top$count(d,q,clock);
    
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
          
endmodule // top$count


module top$egress(clock,reset,in_valid,in_data,in_keep,in_last,in_user,in_ready,out_valid,out_data,out_keep,out_last,out_user,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [511:0] in_data;
    input wire  [63:0] in_keep;
    input wire  in_last;
    input wire  [7:0] in_user;
    output reg  in_ready;
    output reg  out_valid;
    output reg  [511:0] out_data;
    output reg  [63:0] out_keep;
    output reg  out_last;
    output reg  [7:0] out_user;
    input wire  out_ready;
    
    // Stub signals
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [511:0] main_data$d;
    wire  [511:0] main_data$q;
    reg  main_data$clock;
    reg  [63:0] main_keep$d;
    wire  [63:0] main_keep$q;
    reg  main_keep$clock;
    reg  main_last$d;
    wire  main_last$q;
    reg  main_last$clock;
    reg  [7:0] main_user$d;
    wire  [7:0] main_user$q;
    reg  main_user$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    reg  skid_data$clock;
    reg  skid_data$ce;
    reg  skid_data$rst;
    reg  [511:0] skid_data$d;
    wire  [511:0] skid_data$q;
    reg  skid_keep$clock;
    reg  skid_keep$ce;
    reg  skid_keep$rst;
    reg  [63:0] skid_keep$d;
    wire  [63:0] skid_keep$q;
    reg  skid_last$clock;
    reg  skid_last$ce;
    reg  skid_last$rst;
    reg  skid_last$d;
    wire  skid_last$q;
    reg  skid_user$clock;
    reg  skid_user$ce;
    reg  skid_user$rst;
    reg  [7:0] skid_user$d;
    wire  [7:0] skid_user$q;
    
    // Local signals
    reg  pop;
    reg  push;
    reg  skid_load;
    
    // Sub module instances
    top$egress$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$egress$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$egress$main_keep main_keep(
        .d(main_keep$d),
        .q(main_keep$q),
        .clock(main_keep$clock)
    );
    top$egress$main_last main_last(
        .d(main_last$d),
        .q(main_last$q),
        .clock(main_last$clock)
    );
    top$egress$main_user main_user(
        .d(main_user$d),
        .q(main_user$q),
        .clock(main_user$clock)
    );
    top$egress$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    top$egress$skid_data skid_data(
        .clock(skid_data$clock),
        .ce(skid_data$ce),
        .rst(skid_data$rst),
        .d(skid_data$d),
        .q(skid_data$q)
    );
    top$egress$skid_keep skid_keep(
        .clock(skid_keep$clock),
        .ce(skid_keep$ce),
        .rst(skid_keep$rst),
        .d(skid_keep$d),
        .q(skid_keep$q)
    );
    top$egress$skid_last skid_last(
        .clock(skid_last$clock),
        .ce(skid_last$ce),
        .rst(skid_last$rst),
        .d(skid_last$d),
        .q(skid_last$q)
    );
    top$egress$skid_user skid_user(
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
    
endmodule // top$egress


module top$egress$main_data(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$egress$main_data


module top$egress$main_keep(d,q,clock);
    
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
          
endmodule // top$egress$main_keep


module top$egress$main_last(d,q,clock);
    
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
          
endmodule // top$egress$main_last


module top$egress$main_user(d,q,clock);
    
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
          
endmodule // top$egress$main_user


module top$egress$main_valid(d,q,clock);
    
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
          
endmodule // top$egress$main_valid


module top$egress$skid_data(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [511:0] d;
    output reg  [511:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 512'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$egress$skid_data


module top$egress$skid_keep(clock,ce,rst,d,q);
    
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
endmodule // top$egress$skid_keep


module top$egress$skid_last(clock,ce,rst,d,q);
    
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
endmodule // top$egress$skid_last


module top$egress$skid_user(clock,ce,rst,d,q);
    
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
endmodule // top$egress$skid_user


module top$egress$skid_valid(d,q,clock);
    
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
          
endmodule // top$egress$skid_valid


module top$fifo(clock,reset,write,data_in,full,almost_full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [511:0] data_in;
    output reg  full;
    output reg  almost_full;
    input wire  read;
    output reg  [511:0] data_out;
    output reg  empty;
    
    // Constant declarations
    localparam  depth = 5'b10000;
    localparam  depth_less_one = 5'b1111;
    
    // Stub signals
    reg  ram$clock;
    reg  [3:0] ram$read_address;
    wire  [511:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  [511:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wr_ptr$d;
    wire  [4:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [4:0] wr_ptr_seen$d;
    wire  [4:0] wr_ptr_seen$q;
    reg  wr_ptr_seen$clock;
    reg  [4:0] rd_ptr$d;
    wire  [4:0] rd_ptr$q;
    reg  rd_ptr$clock;
    
    // Local signals
    reg  do_write;
    reg  do_read;
    reg  [4:0] rd_next;
    
    // Sub module instances
    top$fifo$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$fifo$wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    top$fifo$wr_ptr_seen wr_ptr_seen(
        .d(wr_ptr_seen$d),
        .q(wr_ptr_seen$q),
        .clock(wr_ptr_seen$clock)
    );
    top$fifo$rd_ptr rd_ptr(
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
        ram$write_address = wr_ptr$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = do_write;
        ram$read_address = rd_next[(32'h0)+:(4)];
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
    
endmodule // top$fifo


module top$fifo$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] read_address;
    output reg  [511:0] read_data;
    input wire  [3:0] write_address;
    input wire  [511:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[511:0] mem[15:0];
    
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
endmodule // top$fifo$ram


module top$fifo$rd_ptr(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$fifo$rd_ptr


module top$fifo$wr_ptr(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$fifo$wr_ptr


module top$fifo$wr_ptr_seen(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$fifo$wr_ptr_seen


module top$ingress(clock,in_take,in_data,in_last,in_user,valid,data,last,user);
    
    // Module arguments
    input wire  clock;
    input wire  in_take;
    input wire  [511:0] in_data;
    input wire  in_last;
    input wire  [7:0] in_user;
    output reg  valid;
    output reg  [511:0] data;
    output reg  last;
    output reg  [7:0] user;
    
    // Stub signals
    reg  r_valid$d;
    wire  r_valid$q;
    reg  r_valid$clock;
    reg  [511:0] r_data$d;
    wire  [511:0] r_data$q;
    reg  r_data$clock;
    reg  r_last$d;
    wire  r_last$q;
    reg  r_last$clock;
    reg  [7:0] r_user$d;
    wire  [7:0] r_user$q;
    reg  r_user$clock;
    
    // Sub module instances
    top$ingress$r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    top$ingress$r_data r_data(
        .d(r_data$d),
        .q(r_data$q),
        .clock(r_data$clock)
    );
    top$ingress$r_last r_last(
        .d(r_last$d),
        .q(r_last$q),
        .clock(r_last$clock)
    );
    top$ingress$r_user r_user(
        .d(r_user$d),
        .q(r_user$q),
        .clock(r_user$clock)
    );
    
    // Update code
    always @(*) begin
        r_valid$clock = clock;
        r_data$clock = clock;
        r_last$clock = clock;
        r_user$clock = clock;
        r_valid$d = r_valid$q;
        r_data$d = r_data$q;
        r_last$d = r_last$q;
        r_user$d = r_user$q;
        r_valid$d = in_take;
        if (in_take) begin
            r_data$d = in_data;
            r_last$d = in_last;
            r_user$d = in_user;
        end
        valid = r_valid$q;
        data = r_data$q;
        last = r_last$q;
        user = r_user$q;
    end
    
endmodule // top$ingress


module top$ingress$r_data(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ingress$r_data


module top$ingress$r_last(d,q,clock);
    
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
          
endmodule // top$ingress$r_last


module top$ingress$r_user(d,q,clock);
    
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
          
endmodule // top$ingress$r_user


module top$ingress$r_valid(d,q,clock);
    
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
          
endmodule // top$ingress$r_valid


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
