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
    output reg  [42:0] out;
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
    reg  d0_valid$d;
    wire  d0_valid$q;
    reg  d0_valid$clock;
    reg  [23:0] d0_len$d;
    wire  [23:0] d0_len$q;
    reg  d0_len$clock;
    reg  [15:0] d0_outer_type$d;
    wire  [15:0] d0_outer_type$q;
    reg  d0_outer_type$clock;
    reg  [15:0] d0_tci$d;
    wire  [15:0] d0_tci$q;
    reg  d0_tci$clock;
    reg  [15:0] d0_inner_type$d;
    wire  [15:0] d0_inner_type$q;
    reg  d0_inner_type$clock;
    reg  [7:0] d0_version_ihl$d;
    wire  [7:0] d0_version_ihl$q;
    reg  d0_version_ihl$clock;
    reg  [15:0] d0_total_length$d;
    wire  [15:0] d0_total_length$q;
    reg  d0_total_length$clock;
    reg  [7:0] d0_ttl$d;
    wire  [7:0] d0_ttl$q;
    reg  d0_ttl$clock;
    reg  [31:0] d0_destination$d;
    wire  [31:0] d0_destination$q;
    reg  d0_destination$clock;
    reg  [15:0] d0_checksum$d;
    wire  [15:0] d0_checksum$q;
    reg  d0_checksum$clock;
    reg  [3:0] d0_banks$d;
    wire  [3:0] d0_banks$q;
    reg  d0_banks$clock;
    reg  vid_ram$clock;
    reg  [12:0] vid_ram$read_address;
    wire  [63:0] vid_ram$read_data;
    reg  [12:0] vid_ram$write_address;
    reg  [63:0] vid_ram$write_data;
    reg  vid_ram$write_enable;
    reg  d1_valid$d;
    wire  d1_valid$q;
    reg  d1_valid$clock;
    reg  [23:0] d1_len$d;
    wire  [23:0] d1_len$q;
    reg  d1_len$clock;
    reg  [3:0] d1_banks$d;
    wire  [3:0] d1_banks$q;
    reg  d1_banks$clock;
    reg  d1_tagged$d;
    wire  d1_tagged$q;
    reg  d1_tagged$clock;
    reg  [15:0] d1_inner_type$d;
    wire  [15:0] d1_inner_type$q;
    reg  d1_inner_type$clock;
    reg  [7:0] d1_vihl$d;
    wire  [7:0] d1_vihl$q;
    reg  d1_vihl$clock;
    reg  [15:0] d1_total_len$d;
    wire  [15:0] d1_total_len$q;
    reg  d1_total_len$clock;
    reg  [7:0] d1_ttl$d;
    wire  [7:0] d1_ttl$q;
    reg  d1_ttl$clock;
    reg  [31:0] d1_dst$d;
    wire  [31:0] d1_dst$q;
    reg  d1_dst$clock;
    reg  [15:0] d1_csum$d;
    wire  [15:0] d1_csum$q;
    reg  d1_csum$clock;
    reg  d2_valid$d;
    wire  d2_valid$q;
    reg  d2_valid$clock;
    reg  [42:0] d2_out$d;
    wire  [42:0] d2_out$q;
    reg  d2_out$clock;
    reg  [39:0] d2_key$d;
    wire  [39:0] d2_key$q;
    reg  d2_key$clock;
    
    // Local signals
    reg  [15:0] vid;
    reg  [23:0] header_bytes;
    reg  [23:0] ip_end;
    reg  vif_found;
    reg  [1:0] kind;
    reg  [2:0] reason;
    reg  need_lpm;
    reg  [42:0] classified;
    
    // Sub module instances
    top$d0_valid d0_valid(
        .d(d0_valid$d),
        .q(d0_valid$q),
        .clock(d0_valid$clock)
    );
    top$d0_len d0_len(
        .d(d0_len$d),
        .q(d0_len$q),
        .clock(d0_len$clock)
    );
    top$d0_outer_type d0_outer_type(
        .d(d0_outer_type$d),
        .q(d0_outer_type$q),
        .clock(d0_outer_type$clock)
    );
    top$d0_tci d0_tci(
        .d(d0_tci$d),
        .q(d0_tci$q),
        .clock(d0_tci$clock)
    );
    top$d0_inner_type d0_inner_type(
        .d(d0_inner_type$d),
        .q(d0_inner_type$q),
        .clock(d0_inner_type$clock)
    );
    top$d0_version_ihl d0_version_ihl(
        .d(d0_version_ihl$d),
        .q(d0_version_ihl$q),
        .clock(d0_version_ihl$clock)
    );
    top$d0_total_length d0_total_length(
        .d(d0_total_length$d),
        .q(d0_total_length$q),
        .clock(d0_total_length$clock)
    );
    top$d0_ttl d0_ttl(
        .d(d0_ttl$d),
        .q(d0_ttl$q),
        .clock(d0_ttl$clock)
    );
    top$d0_destination d0_destination(
        .d(d0_destination$d),
        .q(d0_destination$q),
        .clock(d0_destination$clock)
    );
    top$d0_checksum d0_checksum(
        .d(d0_checksum$d),
        .q(d0_checksum$q),
        .clock(d0_checksum$clock)
    );
    top$d0_banks d0_banks(
        .d(d0_banks$d),
        .q(d0_banks$q),
        .clock(d0_banks$clock)
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
        .d(d1_valid$d),
        .q(d1_valid$q),
        .clock(d1_valid$clock)
    );
    top$d1_len d1_len(
        .d(d1_len$d),
        .q(d1_len$q),
        .clock(d1_len$clock)
    );
    top$d1_banks d1_banks(
        .d(d1_banks$d),
        .q(d1_banks$q),
        .clock(d1_banks$clock)
    );
    top$d1_tagged d1_tagged(
        .d(d1_tagged$d),
        .q(d1_tagged$q),
        .clock(d1_tagged$clock)
    );
    top$d1_inner_type d1_inner_type(
        .d(d1_inner_type$d),
        .q(d1_inner_type$q),
        .clock(d1_inner_type$clock)
    );
    top$d1_vihl d1_vihl(
        .d(d1_vihl$d),
        .q(d1_vihl$q),
        .clock(d1_vihl$clock)
    );
    top$d1_total_len d1_total_len(
        .d(d1_total_len$d),
        .q(d1_total_len$q),
        .clock(d1_total_len$clock)
    );
    top$d1_ttl d1_ttl(
        .d(d1_ttl$d),
        .q(d1_ttl$q),
        .clock(d1_ttl$clock)
    );
    top$d1_dst d1_dst(
        .d(d1_dst$d),
        .q(d1_dst$q),
        .clock(d1_dst$clock)
    );
    top$d1_csum d1_csum(
        .d(d1_csum$d),
        .q(d1_csum$q),
        .clock(d1_csum$clock)
    );
    top$d2_valid d2_valid(
        .d(d2_valid$d),
        .q(d2_valid$q),
        .clock(d2_valid$clock)
    );
    top$d2_out d2_out(
        .d(d2_out$d),
        .q(d2_out$q),
        .clock(d2_out$clock)
    );
    top$d2_key d2_key(
        .d(d2_key$d),
        .q(d2_key$q),
        .clock(d2_key$clock)
    );
    
    // Update code
    always @(*) begin
        d0_valid$clock = clock;
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
        d1_valid$clock = clock;
        d1_len$clock = clock;
        d1_banks$clock = clock;
        d1_tagged$clock = clock;
        d1_inner_type$clock = clock;
        d1_vihl$clock = clock;
        d1_total_len$clock = clock;
        d1_ttl$clock = clock;
        d1_dst$clock = clock;
        d1_csum$clock = clock;
        d2_valid$clock = clock;
        d2_out$clock = clock;
        d2_key$clock = clock;
        d0_valid$d = d0_valid$q;
        d0_len$d = d0_len$q;
        d0_outer_type$d = d0_outer_type$q;
        d0_tci$d = d0_tci$q;
        d0_inner_type$d = d0_inner_type$q;
        d0_version_ihl$d = d0_version_ihl$q;
        d0_total_length$d = d0_total_length$q;
        d0_ttl$d = d0_ttl$q;
        d0_destination$d = d0_destination$q;
        d0_checksum$d = d0_checksum$q;
        d0_banks$d = d0_banks$q;
        d1_valid$d = d1_valid$q;
        d1_len$d = d1_len$q;
        d1_banks$d = d1_banks$q;
        d1_tagged$d = d1_tagged$q;
        d1_inner_type$d = d1_inner_type$q;
        d1_vihl$d = d1_vihl$q;
        d1_total_len$d = d1_total_len$q;
        d1_ttl$d = d1_ttl$q;
        d1_dst$d = d1_dst$q;
        d1_csum$d = d1_csum$q;
        d2_valid$d = d2_valid$q;
        d2_out$d = d2_out$q;
        d2_key$d = d2_key$q;
        d0_valid$d = rec_valid;
        if (rec_valid) begin
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
        end
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
        d1_valid$d = d0_valid$q;
        if (d0_valid$q) begin
            d1_len$d = d0_len$q;
            d1_banks$d = d0_banks$q;
            d1_tagged$d = d0_outer_type$q == 32'h81;
            d1_inner_type$d = d0_inner_type$q;
            d1_vihl$d = d0_version_ihl$q;
            d1_total_len$d = (d0_total_length$q << 32'h8) | (d0_total_length$q >> 32'h8);
            d1_ttl$d = d0_ttl$q;
            d1_dst$d = ((d0_destination$q & 32'hff) << 32'h18) | ((d0_destination$q & 32'hff00) << 32'h8) | ((d0_destination$q >> 32'h8) & 32'hff00) | (d0_destination$q >> 32'h18);
            d1_csum$d = d0_checksum$q;
        end
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
        d2_valid$d = d1_valid$q;
        if (d1_valid$q) begin
            d2_out$d = classified;
            d2_key$d = ((d1_dst$q) & 40'hffffffffff) | (((vid_ram$read_data[(vid_vif_lsb)+:(8)]) & 40'hffffffffff) << 32'h20);
        end
        if (reset) begin
            d0_valid$d = 1'b0;
            d1_valid$d = 1'b0;
            d2_valid$d = 1'b0;
        end
        out_valid = d2_valid$q;
        out = d2_out$q;
        out_key = d2_key$q;
    end
    
endmodule // top


module top$d0_banks(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$d0_banks


module top$d0_checksum(d,q,clock);
    
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
          
endmodule // top$d0_checksum


module top$d0_destination(d,q,clock);
    
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
          
endmodule // top$d0_destination


module top$d0_inner_type(d,q,clock);
    
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
          
endmodule // top$d0_inner_type


module top$d0_len(d,q,clock);
    
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
          
endmodule // top$d0_len


module top$d0_outer_type(d,q,clock);
    
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
          
endmodule // top$d0_outer_type


module top$d0_tci(d,q,clock);
    
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
          
endmodule // top$d0_tci


module top$d0_total_length(d,q,clock);
    
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
          
endmodule // top$d0_total_length


module top$d0_ttl(d,q,clock);
    
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
          
endmodule // top$d0_ttl


module top$d0_valid(d,q,clock);
    
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
          
endmodule // top$d0_valid


module top$d0_version_ihl(d,q,clock);
    
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
          
endmodule // top$d0_version_ihl


module top$d1_banks(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$d1_banks


module top$d1_csum(d,q,clock);
    
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
          
endmodule // top$d1_csum


module top$d1_dst(d,q,clock);
    
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
          
endmodule // top$d1_dst


module top$d1_inner_type(d,q,clock);
    
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
          
endmodule // top$d1_inner_type


module top$d1_len(d,q,clock);
    
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
          
endmodule // top$d1_len


module top$d1_tagged(d,q,clock);
    
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
          
endmodule // top$d1_tagged


module top$d1_total_len(d,q,clock);
    
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
          
endmodule // top$d1_total_len


module top$d1_ttl(d,q,clock);
    
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
          
endmodule // top$d1_ttl


module top$d1_valid(d,q,clock);
    
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
          
endmodule // top$d1_valid


module top$d1_vihl(d,q,clock);
    
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
          
endmodule // top$d1_vihl


module top$d2_key(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$d2_key


module top$d2_out(d,q,clock);
    
    // Module arguments
    input wire  [42:0] d;
    output reg  [42:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 43'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$d2_out


module top$d2_valid(d,q,clock);
    
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
endmodule // top$vid_ram
