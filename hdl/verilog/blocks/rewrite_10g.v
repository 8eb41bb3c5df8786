// dxedge port pipeline block, standalone: Rewrite<64, 8, 65>
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,beat_empty,beat,beat_read,verdict_empty,verdict,verdict_macs,verdict_read,m_axis$tdata,m_axis$tkeep,m_axis$tvalid,m_axis$tready,m_axis$tlast,m_axis$tuser);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  beat_empty;
    input wire  [64:0] beat;
    output reg  beat_read;
    input wire  verdict_empty;
    input wire  [52:0] verdict;
    input wire  [95:0] verdict_macs;
    output reg  verdict_read;
    output reg  [63:0] m_axis$tdata;
    output reg  [7:0] m_axis$tkeep;
    output reg  m_axis$tvalid;
    input wire  m_axis$tready;
    output reg  m_axis$tlast;
    output reg  [14:0] m_axis$tuser;
    
    // Constant declarations
    localparam  ttl_beat = 16'h3;
    localparam  ttl_bit = 16'h10;
    localparam  checksum_bit = 16'h20;
    localparam  ttl_mask = 64'hffffffff0000;
    localparam  low_mask0 = 64'hffffffffffffffff;
    localparam  low_mask1 = 64'hffffffff;
    localparam  mac_mask0 = 64'hffffffffffffffff;
    localparam  mac_mask1 = 64'hffffffff;
    localparam  vid_mask0 = 64'h0;
    localparam  vid_mask1 = 64'hff0f000000000000;
    localparam  up_shift = 16'h20;
    localparam  beat_bytes = 24'h8;
    localparam  last_bit = 16'h40;
    localparam  all_keep = 8'hff;
    localparam  kind_forward = 2'b0;
    localparam  reason_lsb = 8'h2;
    localparam  target_lsb = 8'h5;
    
    // Stub signals
    reg  x_mid$d;
    wire  x_mid$q;
    reg  x_mid$clock;
    reg  [15:0] x_beat$d;
    wire  [15:0] x_beat$q;
    reg  x_beat$clock;
    reg  cur$clock;
    reg  cur$ce;
    reg  cur$rst;
    reg  [52:0] cur$d;
    wire  [52:0] cur$q;
    reg  cur_macs$clock;
    reg  cur_macs$ce;
    reg  cur_macs$rst;
    reg  [95:0] cur_macs$d;
    wire  [95:0] cur_macs$q;
    reg  h_valid$d;
    wire  h_valid$q;
    reg  h_valid$clock;
    reg  h_data$clock;
    reg  h_data$ce;
    reg  h_data$rst;
    reg  [63:0] h_data$d;
    wire  [63:0] h_data$q;
    reg  h_last$clock;
    reg  h_last$ce;
    reg  h_last$rst;
    reg  h_last$d;
    wire  h_last$q;
    reg  h_beat$clock;
    reg  h_beat$ce;
    reg  h_beat$rst;
    reg  [15:0] h_beat$d;
    wire  [15:0] h_beat$q;
    reg  h_rec$clock;
    reg  h_rec$ce;
    reg  h_rec$rst;
    reg  [52:0] h_rec$d;
    wire  [52:0] h_rec$q;
    reg  [23:0] h_rem$d;
    wire  [23:0] h_rem$q;
    reg  h_rem$clock;
    
    // Local signals
    reg  x_avail;
    reg  [52:0] xv;
    reg  [63:0] x_data;
    reg  x_last;
    reg  x_forward;
    reg  [95:0] xm;
    reg  [47:0] dst_mac;
    reg  [47:0] src_mac;
    reg  [47:0] dst_lanes;
    reg  [47:0] src_lanes;
    reg  [15:0] vid_lanes;
    reg  [63:0] head_lo;
    reg  [63:0] head_hi;
    reg  [63:0] beat_value;
    reg  [63:0] beat_mask;
    reg  [63:0] x_mac;
    reg  [15:0] ttl_word;
    reg  [15:0] old_checksum;
    reg  [15:0] inv_checksum;
    reg  [15:0] inv_ttl_word;
    reg  [15:0] new_ttl_word;
    reg  [19:0] checksum_sum;
    reg  [19:0] checksum_fold1;
    reg  [19:0] checksum_fold2;
    reg  [15:0] new_checksum;
    reg  [31:0] ttl_checksum;
    reg  [63:0] x_ttl;
    reg  [63:0] x_edit;
    reg  [63:0] shifted;
    reg  [63:0] low_mask;
    reg  out_valid;
    reg  out_last;
    reg  out_fire;
    reg  absorb;
    reg  take_x;
    reg  load_h;
    
    // Sub module instances
    top$x_mid x_mid(
        .d(x_mid$d),
        .q(x_mid$q),
        .clock(x_mid$clock)
    );
    top$x_beat x_beat(
        .d(x_beat$d),
        .q(x_beat$q),
        .clock(x_beat$clock)
    );
    top$cur cur(
        .clock(cur$clock),
        .ce(cur$ce),
        .rst(cur$rst),
        .d(cur$d),
        .q(cur$q)
    );
    top$cur_macs cur_macs(
        .clock(cur_macs$clock),
        .ce(cur_macs$ce),
        .rst(cur_macs$rst),
        .d(cur_macs$d),
        .q(cur_macs$q)
    );
    top$h_valid h_valid(
        .d(h_valid$d),
        .q(h_valid$q),
        .clock(h_valid$clock)
    );
    top$h_data h_data(
        .clock(h_data$clock),
        .ce(h_data$ce),
        .rst(h_data$rst),
        .d(h_data$d),
        .q(h_data$q)
    );
    top$h_last h_last(
        .clock(h_last$clock),
        .ce(h_last$ce),
        .rst(h_last$rst),
        .d(h_last$d),
        .q(h_last$q)
    );
    top$h_beat h_beat(
        .clock(h_beat$clock),
        .ce(h_beat$ce),
        .rst(h_beat$rst),
        .d(h_beat$d),
        .q(h_beat$q)
    );
    top$h_rec h_rec(
        .clock(h_rec$clock),
        .ce(h_rec$ce),
        .rst(h_rec$rst),
        .d(h_rec$d),
        .q(h_rec$q)
    );
    top$h_rem h_rem(
        .d(h_rem$d),
        .q(h_rem$q),
        .clock(h_rem$clock)
    );
    
    // Update code
    always @(*) begin
        x_mid$clock = clock;
        x_beat$clock = clock;
        h_valid$clock = clock;
        h_rem$clock = clock;
        x_mid$d = x_mid$q;
        x_beat$d = x_beat$q;
        h_valid$d = h_valid$q;
        h_rem$d = h_rem$q;
        cur$clock = clock;
        cur_macs$clock = clock;
        h_data$clock = clock;
        h_last$clock = clock;
        h_beat$clock = clock;
        h_rec$clock = clock;
        x_avail = ~beat_empty & (x_mid$q | ~verdict_empty);
        xv = verdict;
        if (x_mid$q) begin
            xv = cur$q;
        end
        x_data = beat[(32'h0)+:(64)];
        x_last = beat[last_bit];
        x_forward = xv[(64'h0)+:(2)] == kind_forward;
        xm = verdict_macs;
        if (x_mid$q) begin
            xm = cur_macs$q;
        end
        dst_mac = xm[(32'h0)+:(48)];
        src_mac = xm[(32'h30)+:(48)];
        dst_lanes = ((dst_mac >> 32'h28) & 32'hff) | (((dst_mac >> 32'h20) & 32'hff) << 32'h8) | (((dst_mac >> 32'h18) & 32'hff) << 32'h10) | (((dst_mac >> 32'h10) & 32'hff) << 32'h18) | (((dst_mac >> 32'h8) & 32'hff) << 32'h20) | ((dst_mac & 32'hff) << 32'h28);
        src_lanes = ((src_mac >> 32'h28) & 32'hff) | (((src_mac >> 32'h20) & 32'hff) << 32'h8) | (((src_mac >> 32'h18) & 32'hff) << 32'h10) | (((src_mac >> 32'h10) & 32'hff) << 32'h18) | (((src_mac >> 32'h8) & 32'hff) << 32'h20) | ((src_mac & 32'hff) << 32'h28);
        vid_lanes = (((xv[(64'h10)+:(12)]) & 16'hffff) >> 32'h8) | ((((xv[(64'h10)+:(12)]) & 16'hffff) & 32'hff) << 32'h8);
        head_lo = 32'h0;
        head_hi = 32'h0;
        beat_value = 32'h0;
        beat_mask = 32'h0;
        x_mac = x_data;
        if (x_forward & (x_beat$q < 32'h2)) begin
            head_lo = ((dst_lanes) & 64'hffffffffffffffff) | (((src_lanes) & 64'hffffffffffffffff) << 32'h30);
            head_hi = (((src_lanes) & 64'hffffffffffffffff) >> 32'h10) | (((vid_lanes) & 64'hffffffffffffffff) << 32'h30);
            if (x_beat$q == 32'h0) begin
                beat_value = ((head_lo) & 64'hffffffffffffffff) | (((head_hi) & 64'hffffffffffffffff) << 32'h40);
                beat_mask = mac_mask0;
                if (xv[(64'hf)+:(1)]) begin
                    beat_mask = mac_mask0 | vid_mask0;
                end
            end
            else begin
                beat_value = ((head_hi) & 64'hffffffffffffffff);
                beat_mask = mac_mask1;
                if (xv[(64'hf)+:(1)]) begin
                    beat_mask = mac_mask1 | vid_mask1;
                end
            end
            x_mac = (x_data & ~beat_mask) | (beat_value & beat_mask);
        end
        ttl_word = x_data[(ttl_bit)+:(16)];
        old_checksum = x_data[(checksum_bit)+:(16)];
        inv_checksum = ~old_checksum;
        inv_ttl_word = ~ttl_word;
        new_ttl_word = ttl_word - 32'h1;
        checksum_sum = ((inv_checksum) & 20'hfffff) + ((inv_ttl_word) & 20'hfffff) + ((new_ttl_word) & 20'hfffff);
        checksum_fold1 = (checksum_sum & 32'hffff) + (checksum_sum >> 32'h10);
        checksum_fold2 = (checksum_fold1 & 32'hffff) + (checksum_fold1 >> 32'h10);
        new_checksum = ~((checksum_fold2) & 16'hffff);
        ttl_checksum = ((new_ttl_word) & 32'hffffffff) | (((new_checksum) & 32'hffffffff) << 32'h10);
        x_ttl = x_mac;
        if (x_forward & (x_beat$q == ttl_beat)) begin
            x_ttl = (x_mac & ~ttl_mask) | (((ttl_checksum) & 64'hffffffffffffffff) << ttl_bit);
        end
        x_edit = x_ttl;
        shifted = 32'h0;
        low_mask = 32'h0;
        if (h_beat$q == 32'h0) begin
            low_mask = low_mask0;
        end
        if (h_beat$q == 32'h1) begin
            low_mask = low_mask1;
        end
        m_axis$tdata = h_data$q;
        if (h_rec$q[(64'h1c)+:(1)]) begin
            shifted = h_data$q >> 32'h20;
            if (~h_last$q) begin
                shifted = (h_data$q >> 32'h20) | (x_edit << up_shift);
            end
            m_axis$tdata = (h_data$q & low_mask) | (shifted & ~low_mask);
        end
        out_valid = h_valid$q & (~h_rec$q[(64'h1c)+:(1)] | h_last$q | x_avail);
        out_last = h_rem$q <= beat_bytes;
        m_axis$tvalid = out_valid;
        m_axis$tlast = out_last;
        m_axis$tkeep = all_keep;
        if (h_rem$q < beat_bytes) begin
            m_axis$tkeep = all_keep >> (beat_bytes - h_rem$q);
        end
        m_axis$tuser = ((h_rec$q[(64'h0)+:(2)]) & 15'h7fff) | (((h_rec$q[(64'h2)+:(3)]) & 15'h7fff) << reason_lsb) | (((h_rec$q[(64'h5)+:(10)]) & 15'h7fff) << target_lsb);
        out_fire = out_valid & m_axis$tready;
        absorb = out_fire & h_rec$q[(64'h1c)+:(1)] & ~h_last$q & out_last;
        take_x = x_avail & (~h_valid$q | out_fire);
        load_h = take_x & ~absorb;
        beat_read = take_x;
        verdict_read = take_x & ~x_mid$q;
        if (take_x) begin
            x_mid$d = ~x_last;
            if (x_beat$q != 32'hffff) begin
                x_beat$d = x_beat$q + 32'h1;
            end
            if (x_last) begin
                x_beat$d = 32'h0;
            end
        end
        cur$ce = take_x & ~x_mid$q;
        cur_macs$ce = take_x & ~x_mid$q;
        cur$rst = 1'b0;
        cur_macs$rst = 1'b0;
        cur$d = verdict;
        cur_macs$d = verdict_macs;
        if (out_fire) begin
            h_valid$d = 1'b0;
            h_rem$d = h_rem$q - beat_bytes;
        end
        h_data$ce = load_h;
        h_last$ce = load_h;
        h_beat$ce = load_h;
        h_rec$ce = load_h;
        h_data$rst = 1'b0;
        h_last$rst = 1'b0;
        h_beat$rst = 1'b0;
        h_rec$rst = 1'b0;
        h_data$d = x_edit;
        h_last$d = x_last;
        h_beat$d = x_beat$q;
        h_rec$d = xv;
        if (load_h) begin
            h_valid$d = 1'b1;
            if (~x_mid$q) begin
                h_rem$d = xv[(64'h1d)+:(24)];
            end
        end
        if (reset) begin
            x_mid$d = 1'b0;
            x_beat$d = 32'h0;
            h_valid$d = 1'b0;
        end
    end
    
endmodule // top


module top$cur(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [52:0] d;
    output reg  [52:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 53'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 53'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$cur


module top$cur_macs(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [95:0] d;
    output reg  [95:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 96'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 96'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$cur_macs


module top$h_beat(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [15:0] d;
    output reg  [15:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 16'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$h_beat


module top$h_data(clock,ce,rst,d,q);
    
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
endmodule // top$h_data


module top$h_last(clock,ce,rst,d,q);
    
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
endmodule // top$h_last


module top$h_rec(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [52:0] d;
    output reg  [52:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 53'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 53'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$h_rec


module top$h_rem(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$h_rem


module top$h_valid(d,q,clock);
    
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
          
endmodule // top$h_valid


module top$x_beat(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$x_beat


module top$x_mid(d,q,clock);
    
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
          
endmodule // top$x_mid
