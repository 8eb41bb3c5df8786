// dxedge port pipeline block, standalone: Classify
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,rec_valid,rec_len,rec_outer_type,rec_tci,rec_inner_type,rec_version_ihl,rec_total_length,rec_ttl,rec_destination,rec_checksum,rec_banks,vid_we,vid_waddr,vid_wdata,out_valid,out,out_key);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rec_valid;
    input wire  [23:0] rec_len;
    input wire  [15:0] rec_outer_type;
    input wire  [15:0] rec_tci;
    input wire  [15:0] rec_inner_type;
    input wire  [7:0] rec_version_ihl;
    input wire  [15:0] rec_total_length;
    input wire  [7:0] rec_ttl;
    input wire  [31:0] rec_destination;
    input wire  [15:0] rec_checksum;
    input wire  [3:0] rec_banks;
    input wire  vid_we;
    input wire  [12:0] vid_waddr;
    input wire  [63:0] vid_wdata;
    output reg  out_valid;
    output reg  [58:0] out;
    output reg  [39:0] out_key;
    
    // Constant declarations
    localparam  kind_punt = 2'b1;
    localparam  kind_drop = 2'b10;
    localparam  reason_malformed = 3'b0;
    localparam  reason_unknown_vlan = 3'b1;
    localparam  reason_unsupported_ethertype = 3'b10;
    localparam  reason_bad_ipv4 = 3'b11;
    localparam  reason_ttl_expired = 3'b100;
    localparam  reason_mtu_exceeded = 3'b101;
    localparam  vid_bank_bit = 8'h0;
    localparam  vid_valid_bit = 8'h20;
    localparam  vid_amazon_valid_bit = 8'h21;
    localparam  vid_amazon_lsb = 8'h0;
    localparam  vid_vif_lsb = 8'h28;
    localparam  vid_mtu_lsb = 8'h30;
    
    // Stub signals
    reg  d0_valid$clock;
    reg  d0_valid$ce;
    reg  d0_valid$rst;
    reg  d0_valid$d;
    wire  d0_valid$q;
    reg  d0_len$clock;
    reg  d0_len$ce;
    reg  d0_len$rst;
    reg  [23:0] d0_len$d;
    wire  [23:0] d0_len$q;
    reg  d0_outer_type$clock;
    reg  d0_outer_type$ce;
    reg  d0_outer_type$rst;
    reg  [15:0] d0_outer_type$d;
    wire  [15:0] d0_outer_type$q;
    reg  d0_tci$clock;
    reg  d0_tci$ce;
    reg  d0_tci$rst;
    reg  [15:0] d0_tci$d;
    wire  [15:0] d0_tci$q;
    reg  d0_inner_type$clock;
    reg  d0_inner_type$ce;
    reg  d0_inner_type$rst;
    reg  [15:0] d0_inner_type$d;
    wire  [15:0] d0_inner_type$q;
    reg  d0_version_ihl$clock;
    reg  d0_version_ihl$ce;
    reg  d0_version_ihl$rst;
    reg  [7:0] d0_version_ihl$d;
    wire  [7:0] d0_version_ihl$q;
    reg  d0_total_length$clock;
    reg  d0_total_length$ce;
    reg  d0_total_length$rst;
    reg  [15:0] d0_total_length$d;
    wire  [15:0] d0_total_length$q;
    reg  d0_ttl$clock;
    reg  d0_ttl$ce;
    reg  d0_ttl$rst;
    reg  [7:0] d0_ttl$d;
    wire  [7:0] d0_ttl$q;
    reg  d0_destination$clock;
    reg  d0_destination$ce;
    reg  d0_destination$rst;
    reg  [31:0] d0_destination$d;
    wire  [31:0] d0_destination$q;
    reg  d0_checksum$clock;
    reg  d0_checksum$ce;
    reg  d0_checksum$rst;
    reg  [15:0] d0_checksum$d;
    wire  [15:0] d0_checksum$q;
    reg  d0_banks$clock;
    reg  d0_banks$ce;
    reg  d0_banks$rst;
    reg  [3:0] d0_banks$d;
    wire  [3:0] d0_banks$q;
    reg  vid_ram$clock;
    reg  [12:0] vid_ram$read_address;
    wire  [63:0] vid_ram$read_data;
    reg  [12:0] vid_ram$write_address;
    reg  [63:0] vid_ram$write_data;
    reg  vid_ram$write_enable;
    reg  d1_valid$clock;
    reg  d1_valid$ce;
    reg  d1_valid$rst;
    reg  d1_valid$d;
    wire  d1_valid$q;
    reg  d1_len$clock;
    reg  d1_len$ce;
    reg  d1_len$rst;
    reg  [23:0] d1_len$d;
    wire  [23:0] d1_len$q;
    reg  d1_banks$clock;
    reg  d1_banks$ce;
    reg  d1_banks$rst;
    reg  [3:0] d1_banks$d;
    wire  [3:0] d1_banks$q;
    reg  d1_tagged$clock;
    reg  d1_tagged$ce;
    reg  d1_tagged$rst;
    reg  d1_tagged$d;
    wire  d1_tagged$q;
    reg  d1_inner_type$clock;
    reg  d1_inner_type$ce;
    reg  d1_inner_type$rst;
    reg  [15:0] d1_inner_type$d;
    wire  [15:0] d1_inner_type$q;
    reg  d1_vihl$clock;
    reg  d1_vihl$ce;
    reg  d1_vihl$rst;
    reg  [7:0] d1_vihl$d;
    wire  [7:0] d1_vihl$q;
    reg  d1_total_len$clock;
    reg  d1_total_len$ce;
    reg  d1_total_len$rst;
    reg  [15:0] d1_total_len$d;
    wire  [15:0] d1_total_len$q;
    reg  d1_ttl$clock;
    reg  d1_ttl$ce;
    reg  d1_ttl$rst;
    reg  [7:0] d1_ttl$d;
    wire  [7:0] d1_ttl$q;
    reg  d1_dst$clock;
    reg  d1_dst$ce;
    reg  d1_dst$rst;
    reg  [31:0] d1_dst$d;
    wire  [31:0] d1_dst$q;
    reg  d1_csum$clock;
    reg  d1_csum$ce;
    reg  d1_csum$rst;
    reg  [15:0] d1_csum$d;
    wire  [15:0] d1_csum$q;
    reg  d2_valid$clock;
    reg  d2_valid$ce;
    reg  d2_valid$rst;
    reg  d2_valid$d;
    wire  d2_valid$q;
    reg  d2_out$clock;
    reg  d2_out$ce;
    reg  d2_out$rst;
    reg  [58:0] d2_out$d;
    wire  [58:0] d2_out$q;
    reg  d2_key$clock;
    reg  d2_key$ce;
    reg  d2_key$rst;
    reg  [39:0] d2_key$d;
    wire  [39:0] d2_key$q;
    
    // Local signals
    reg  [15:0] vid;
    reg  [23:0] header_bytes;
    reg  [23:0] ip_end;
    reg  vif_found;
    reg  [1:0] kind;
    reg  [2:0] reason;
    reg  need_lpm;
    reg  [58:0] classified;
    
    // Sub module instances
    top$d0_valid d0_valid(
        .clock(d0_valid$clock),
        .ce(d0_valid$ce),
        .rst(d0_valid$rst),
        .d(d0_valid$d),
        .q(d0_valid$q)
    );
    top$d0_len d0_len(
        .clock(d0_len$clock),
        .ce(d0_len$ce),
        .rst(d0_len$rst),
        .d(d0_len$d),
        .q(d0_len$q)
    );
    top$d0_outer_type d0_outer_type(
        .clock(d0_outer_type$clock),
        .ce(d0_outer_type$ce),
        .rst(d0_outer_type$rst),
        .d(d0_outer_type$d),
        .q(d0_outer_type$q)
    );
    top$d0_tci d0_tci(
        .clock(d0_tci$clock),
        .ce(d0_tci$ce),
        .rst(d0_tci$rst),
        .d(d0_tci$d),
        .q(d0_tci$q)
    );
    top$d0_inner_type d0_inner_type(
        .clock(d0_inner_type$clock),
        .ce(d0_inner_type$ce),
        .rst(d0_inner_type$rst),
        .d(d0_inner_type$d),
        .q(d0_inner_type$q)
    );
    top$d0_version_ihl d0_version_ihl(
        .clock(d0_version_ihl$clock),
        .ce(d0_version_ihl$ce),
        .rst(d0_version_ihl$rst),
        .d(d0_version_ihl$d),
        .q(d0_version_ihl$q)
    );
    top$d0_total_length d0_total_length(
        .clock(d0_total_length$clock),
        .ce(d0_total_length$ce),
        .rst(d0_total_length$rst),
        .d(d0_total_length$d),
        .q(d0_total_length$q)
    );
    top$d0_ttl d0_ttl(
        .clock(d0_ttl$clock),
        .ce(d0_ttl$ce),
        .rst(d0_ttl$rst),
        .d(d0_ttl$d),
        .q(d0_ttl$q)
    );
    top$d0_destination d0_destination(
        .clock(d0_destination$clock),
        .ce(d0_destination$ce),
        .rst(d0_destination$rst),
        .d(d0_destination$d),
        .q(d0_destination$q)
    );
    top$d0_checksum d0_checksum(
        .clock(d0_checksum$clock),
        .ce(d0_checksum$ce),
        .rst(d0_checksum$rst),
        .d(d0_checksum$d),
        .q(d0_checksum$q)
    );
    top$d0_banks d0_banks(
        .clock(d0_banks$clock),
        .ce(d0_banks$ce),
        .rst(d0_banks$rst),
        .d(d0_banks$d),
        .q(d0_banks$q)
    );
    top$vid_ram vid_ram(
        .clock(vid_ram$clock),
        .read_address(vid_ram$read_address),
        .read_data(vid_ram$read_data),
        .write_address(vid_ram$write_address),
        .write_data(vid_ram$write_data),
        .write_enable(vid_ram$write_enable)
    );
    top$d1_valid d1_valid(
        .clock(d1_valid$clock),
        .ce(d1_valid$ce),
        .rst(d1_valid$rst),
        .d(d1_valid$d),
        .q(d1_valid$q)
    );
    top$d1_len d1_len(
        .clock(d1_len$clock),
        .ce(d1_len$ce),
        .rst(d1_len$rst),
        .d(d1_len$d),
        .q(d1_len$q)
    );
    top$d1_banks d1_banks(
        .clock(d1_banks$clock),
        .ce(d1_banks$ce),
        .rst(d1_banks$rst),
        .d(d1_banks$d),
        .q(d1_banks$q)
    );
    top$d1_tagged d1_tagged(
        .clock(d1_tagged$clock),
        .ce(d1_tagged$ce),
        .rst(d1_tagged$rst),
        .d(d1_tagged$d),
        .q(d1_tagged$q)
    );
    top$d1_inner_type d1_inner_type(
        .clock(d1_inner_type$clock),
        .ce(d1_inner_type$ce),
        .rst(d1_inner_type$rst),
        .d(d1_inner_type$d),
        .q(d1_inner_type$q)
    );
    top$d1_vihl d1_vihl(
        .clock(d1_vihl$clock),
        .ce(d1_vihl$ce),
        .rst(d1_vihl$rst),
        .d(d1_vihl$d),
        .q(d1_vihl$q)
    );
    top$d1_total_len d1_total_len(
        .clock(d1_total_len$clock),
        .ce(d1_total_len$ce),
        .rst(d1_total_len$rst),
        .d(d1_total_len$d),
        .q(d1_total_len$q)
    );
    top$d1_ttl d1_ttl(
        .clock(d1_ttl$clock),
        .ce(d1_ttl$ce),
        .rst(d1_ttl$rst),
        .d(d1_ttl$d),
        .q(d1_ttl$q)
    );
    top$d1_dst d1_dst(
        .clock(d1_dst$clock),
        .ce(d1_dst$ce),
        .rst(d1_dst$rst),
        .d(d1_dst$d),
        .q(d1_dst$q)
    );
    top$d1_csum d1_csum(
        .clock(d1_csum$clock),
        .ce(d1_csum$ce),
        .rst(d1_csum$rst),
        .d(d1_csum$d),
        .q(d1_csum$q)
    );
    top$d2_valid d2_valid(
        .clock(d2_valid$clock),
        .ce(d2_valid$ce),
        .rst(d2_valid$rst),
        .d(d2_valid$d),
        .q(d2_valid$q)
    );
    top$d2_out d2_out(
        .clock(d2_out$clock),
        .ce(d2_out$ce),
        .rst(d2_out$rst),
        .d(d2_out$d),
        .q(d2_out$q)
    );
    top$d2_key d2_key(
        .clock(d2_key$clock),
        .ce(d2_key$ce),
        .rst(d2_key$rst),
        .d(d2_key$d),
        .q(d2_key$q)
    );
    
    // Update code
    always @(*) begin
        d0_valid$clock = clock;
        d1_valid$clock = clock;
        d2_valid$clock = clock;
        d0_len$clock = clock;
        d0_outer_type$clock = clock;
        d0_tci$clock = clock;
        d0_inner_type$clock = clock;
        d0_version_ihl$clock = clock;
        d0_total_length$clock = clock;
        d0_ttl$clock = clock;
        d0_destination$clock = clock;
        d0_checksum$clock = clock;
        d0_banks$clock = clock;
        d1_len$clock = clock;
        d1_banks$clock = clock;
        d1_tagged$clock = clock;
        d1_inner_type$clock = clock;
        d1_vihl$clock = clock;
        d1_total_len$clock = clock;
        d1_ttl$clock = clock;
        d1_dst$clock = clock;
        d1_csum$clock = clock;
        d2_out$clock = clock;
        d2_key$clock = clock;
        d0_valid$ce = 1'b1;
        d0_valid$rst = reset;
        d0_valid$d = rec_valid;
        d0_len$ce = rec_valid;
        d0_len$rst = 1'b0;
        d0_outer_type$ce = rec_valid;
        d0_outer_type$rst = 1'b0;
        d0_tci$ce = rec_valid;
        d0_tci$rst = 1'b0;
        d0_inner_type$ce = rec_valid;
        d0_inner_type$rst = 1'b0;
        d0_version_ihl$ce = rec_valid;
        d0_version_ihl$rst = 1'b0;
        d0_total_length$ce = rec_valid;
        d0_total_length$rst = 1'b0;
        d0_ttl$ce = rec_valid;
        d0_ttl$rst = 1'b0;
        d0_destination$ce = rec_valid;
        d0_destination$rst = 1'b0;
        d0_checksum$ce = rec_valid;
        d0_checksum$rst = 1'b0;
        d0_banks$ce = rec_valid;
        d0_banks$rst = 1'b0;
        d0_len$d = rec_len;
        d0_outer_type$d = rec_outer_type;
        d0_tci$d = rec_tci;
        d0_inner_type$d = rec_inner_type;
        d0_version_ihl$d = rec_version_ihl;
        d0_total_length$d = rec_total_length;
        d0_ttl$d = rec_ttl;
        d0_destination$d = rec_destination;
        d0_checksum$d = rec_checksum;
        d0_banks$d = rec_banks;
        vid_ram$clock = clock;
        vid = 32'h0;
        vid_ram$read_address = 32'h0;
        if (d0_valid$q) begin
            vid = ((d0_tci$q & 32'hf) << 32'h8) | (d0_tci$q >> 32'h8);
            vid_ram$read_address = ((vid) & 13'h1fff);
            if (d0_banks$q[vid_bank_bit]) begin
                vid_ram$read_address = ((vid) & 13'h1fff) | 32'h1000;
            end
        end
        vid_ram$write_enable = vid_we;
        vid_ram$write_address = vid_waddr;
        vid_ram$write_data = vid_wdata;
        d1_valid$ce = 1'b1;
        d1_valid$rst = reset;
        d1_valid$d = d0_valid$q;
        d1_len$ce = d0_valid$q;
        d1_len$rst = 1'b0;
        d1_banks$ce = d0_valid$q;
        d1_banks$rst = 1'b0;
        d1_tagged$ce = d0_valid$q;
        d1_tagged$rst = 1'b0;
        d1_inner_type$ce = d0_valid$q;
        d1_inner_type$rst = 1'b0;
        d1_vihl$ce = d0_valid$q;
        d1_vihl$rst = 1'b0;
        d1_total_len$ce = d0_valid$q;
        d1_total_len$rst = 1'b0;
        d1_ttl$ce = d0_valid$q;
        d1_ttl$rst = 1'b0;
        d1_dst$ce = d0_valid$q;
        d1_dst$rst = 1'b0;
        d1_csum$ce = d0_valid$q;
        d1_csum$rst = 1'b0;
        d1_len$d = d0_len$q;
        d1_banks$d = d0_banks$q;
        d1_tagged$d = d0_outer_type$q == 32'h81;
        d1_inner_type$d = d0_inner_type$q;
        d1_vihl$d = d0_version_ihl$q;
        d1_total_len$d = (d0_total_length$q << 32'h8) | (d0_total_length$q >> 32'h8);
        d1_ttl$d = d0_ttl$q;
        d1_dst$d = ((d0_destination$q & 32'hff) << 32'h18) | ((d0_destination$q & 32'hff00) << 32'h8) | ((d0_destination$q >> 32'h8) & 32'hff00) | (d0_destination$q >> 32'h18);
        d1_csum$d = d0_checksum$q;
        header_bytes = 32'h0;
        ip_end = 32'h0;
        vif_found = 1'b0;
        need_lpm = 1'b0;
        kind = kind_drop;
        reason = 32'h0;
        if (d1_valid$q) begin
            header_bytes = (((d1_vihl$q & 32'hf) & 24'hffffff) << 32'h2) + 32'h12;
            ip_end = ((d1_total_len$q) & 24'hffffff) + 32'h12;
            if ((d1_len$q < 32'he) | (d1_tagged$q & (d1_len$q < 32'h12))) begin
                reason = reason_malformed;
            end
            else if (~d1_tagged$q | ~vid_ram$read_data[vid_valid_bit]) begin
                reason = reason_unknown_vlan;
            end
            else begin
                vif_found = 1'b1;
                if (d1_inner_type$q == 32'h608) begin
                    kind = kind_punt;
                end
                else if (d1_inner_type$q != 32'h8) begin
                    reason = reason_unsupported_ethertype;
                end
                else if ((d1_len$q < 32'h26) | ((d1_vihl$q >> 32'h4) != 32'h4) | ((d1_vihl$q & 32'hf) < 32'h5) | (header_bytes > d1_len$q) | (((d1_total_len$q) & 24'hffffff) + 32'h12 < header_bytes) | (ip_end > d1_len$q) | (d1_csum$q != 32'hffff)) begin
                    reason = reason_bad_ipv4;
                end
                else if (vid_ram$read_data[vid_amazon_valid_bit] & (d1_dst$q == vid_ram$read_data[(vid_amazon_lsb)+:(32)])) begin
                    kind = kind_punt;
                end
                else if (d1_ttl$q <= 32'h1) begin
                    reason = reason_ttl_expired;
                end
                else if (d1_total_len$q > vid_ram$read_data[(vid_mtu_lsb)+:(16)]) begin
                    reason = reason_mtu_exceeded;
                end
                else begin
                    need_lpm = 1'b1;
                end
            end
        end
        classified[(64'h0)+:(24)] = d1_len$q;
        classified[(64'h18)+:(8)] = vid_ram$read_data[(vid_vif_lsb)+:(8)];
        classified[(64'h20)+:(1)] = vif_found;
        classified[(64'h21)+:(2)] = kind;
        classified[(64'h23)+:(3)] = reason;
        classified[(64'h26)+:(1)] = need_lpm;
        classified[(64'h27)+:(4)] = d1_banks$q;
        classified[(64'h2b)+:(16)] = d1_total_len$q;
        d2_valid$ce = 1'b1;
        d2_valid$rst = reset;
        d2_valid$d = d1_valid$q;
        d2_out$ce = d1_valid$q;
        d2_out$rst = 1'b0;
        d2_key$ce = d1_valid$q;
        d2_key$rst = 1'b0;
        d2_out$d = classified;
        d2_key$d = ((d1_dst$q) & 40'hffffffffff) | (((vid_ram$read_data[(vid_vif_lsb)+:(8)]) & 40'hffffffffff) << 32'h20);
        out_valid = d2_valid$q;
        out = d2_out$q;
        out_key = d2_key$q;
    end
    
endmodule // top


module top$d0_banks(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [3:0] d;
    output reg  [3:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 4'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d0_banks


module top$d0_checksum(clock,ce,rst,d,q);
    
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
endmodule // top$d0_checksum


module top$d0_destination(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [31:0] d;
    output reg  [31:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 32'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d0_destination


module top$d0_inner_type(clock,ce,rst,d,q);
    
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
endmodule // top$d0_inner_type


module top$d0_len(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [23:0] d;
    output reg  [23:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 24'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d0_len


module top$d0_outer_type(clock,ce,rst,d,q);
    
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
endmodule // top$d0_outer_type


module top$d0_tci(clock,ce,rst,d,q);
    
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
endmodule // top$d0_tci


module top$d0_total_length(clock,ce,rst,d,q);
    
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
endmodule // top$d0_total_length


module top$d0_ttl(clock,ce,rst,d,q);
    
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
endmodule // top$d0_ttl


module top$d0_valid(clock,ce,rst,d,q);
    
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
endmodule // top$d0_valid


module top$d0_version_ihl(clock,ce,rst,d,q);
    
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
endmodule // top$d0_version_ihl


module top$d1_banks(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [3:0] d;
    output reg  [3:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 4'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d1_banks


module top$d1_csum(clock,ce,rst,d,q);
    
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
endmodule // top$d1_csum


module top$d1_dst(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [31:0] d;
    output reg  [31:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 32'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d1_dst


module top$d1_inner_type(clock,ce,rst,d,q);
    
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
endmodule // top$d1_inner_type


module top$d1_len(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [23:0] d;
    output reg  [23:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 24'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d1_len


module top$d1_tagged(clock,ce,rst,d,q);
    
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
endmodule // top$d1_tagged


module top$d1_total_len(clock,ce,rst,d,q);
    
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
endmodule // top$d1_total_len


module top$d1_ttl(clock,ce,rst,d,q);
    
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
endmodule // top$d1_ttl


module top$d1_valid(clock,ce,rst,d,q);
    
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
endmodule // top$d1_valid


module top$d1_vihl(clock,ce,rst,d,q);
    
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
endmodule // top$d1_vihl


module top$d2_key(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [39:0] d;
    output reg  [39:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 40'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d2_key


module top$d2_out(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [58:0] d;
    output reg  [58:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 59'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 59'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$d2_out


module top$d2_valid(clock,ce,rst,d,q);
    
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
endmodule // top$d2_valid


module top$vid_ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [63:0] read_data;
    input wire  [12:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[8191:0];
    
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
endmodule // top$vid_ram
