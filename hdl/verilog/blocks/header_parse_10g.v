// dxedge port pipeline block, standalone: HeaderParse<64>
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,accept,data,last,len,rec_valid,rec_len,rec_outer_type,rec_tci,rec_inner_type,rec_version_ihl,rec_total_length,rec_ttl,rec_destination,rec_checksum);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  accept;
    input wire  [63:0] data;
    input wire  last;
    input wire  [23:0] len;
    output reg  rec_valid;
    output reg  [23:0] rec_len;
    output reg  [15:0] rec_outer_type;
    output reg  [15:0] rec_tci;
    output reg  [15:0] rec_inner_type;
    output reg  [7:0] rec_version_ihl;
    output reg  [15:0] rec_total_length;
    output reg  [7:0] rec_ttl;
    output reg  [31:0] rec_destination;
    output reg  [15:0] rec_checksum;
    
    // Constant declarations
    localparam  outer_type_beat = 16'h1;
    localparam  outer_type_bit = 16'h20;
    localparam  tci_beat = 16'h1;
    localparam  tci_bit = 16'h30;
    localparam  inner_type_beat = 16'h2;
    localparam  inner_type_bit = 16'h0;
    localparam  version_ihl_beat = 16'h2;
    localparam  version_ihl_bit = 16'h10;
    localparam  total_length_beat = 16'h2;
    localparam  total_length_bit = 16'h20;
    localparam  ttl_beat = 16'h3;
    localparam  ttl_bit = 16'h10;
    localparam  destination_beat = 16'h4;
    localparam  destination_bit = 16'h10;
    localparam  record_beat = 16'h9;
    localparam  beat_bytes = 24'h8;
    localparam  words_per_beat = 16'h4;
    localparam  word_offset$0 = 24'h0;
    localparam  word_offset$1 = 24'h2;
    localparam  word_offset$2 = 24'h4;
    localparam  word_offset$3 = 24'h6;
    localparam  word_offset$4 = 24'h8;
    localparam  word_offset$5 = 24'ha;
    localparam  word_offset$6 = 24'hc;
    localparam  word_offset$7 = 24'he;
    localparam  word_offset$8 = 24'h10;
    localparam  word_offset$9 = 24'h12;
    localparam  word_offset$10 = 24'h14;
    localparam  word_offset$11 = 24'h16;
    localparam  word_offset$12 = 24'h18;
    localparam  word_offset$13 = 24'h1a;
    localparam  word_offset$14 = 24'h1c;
    localparam  word_offset$15 = 24'h1e;
    localparam  word_offset$16 = 24'h20;
    localparam  word_offset$17 = 24'h22;
    localparam  word_offset$18 = 24'h24;
    localparam  word_offset$19 = 24'h26;
    localparam  word_offset$20 = 24'h28;
    localparam  word_offset$21 = 24'h2a;
    localparam  word_offset$22 = 24'h2c;
    localparam  word_offset$23 = 24'h2e;
    localparam  word_offset$24 = 24'h30;
    localparam  word_offset$25 = 24'h32;
    localparam  word_offset$26 = 24'h34;
    localparam  word_offset$27 = 24'h36;
    localparam  word_offset$28 = 24'h38;
    localparam  word_offset$29 = 24'h3a;
    localparam  word_offset$30 = 24'h3c;
    localparam  word_offset$31 = 24'h3e;
    localparam  word_bit$0 = 16'h0;
    localparam  word_bit$1 = 16'h10;
    localparam  word_bit$2 = 16'h20;
    localparam  word_bit$3 = 16'h30;
    localparam  word_bit$4 = 16'h30;
    localparam  word_bit$5 = 16'h30;
    localparam  word_bit$6 = 16'h30;
    localparam  word_bit$7 = 16'h30;
    localparam  word_bit$8 = 16'h30;
    localparam  word_bit$9 = 16'h30;
    localparam  word_bit$10 = 16'h30;
    localparam  word_bit$11 = 16'h30;
    localparam  word_bit$12 = 16'h30;
    localparam  word_bit$13 = 16'h30;
    localparam  word_bit$14 = 16'h30;
    localparam  word_bit$15 = 16'h30;
    localparam  word_bit$16 = 16'h30;
    localparam  word_bit$17 = 16'h30;
    localparam  word_bit$18 = 16'h30;
    localparam  word_bit$19 = 16'h30;
    localparam  word_bit$20 = 16'h30;
    localparam  word_bit$21 = 16'h30;
    localparam  word_bit$22 = 16'h30;
    localparam  word_bit$23 = 16'h30;
    localparam  word_bit$24 = 16'h30;
    localparam  word_bit$25 = 16'h30;
    localparam  word_bit$26 = 16'h30;
    localparam  word_bit$27 = 16'h30;
    localparam  word_bit$28 = 16'h30;
    localparam  word_bit$29 = 16'h30;
    localparam  word_bit$30 = 16'h30;
    localparam  word_bit$31 = 16'h30;
    
    // Stub signals
    reg  [15:0] beat$d;
    wire  [15:0] beat$q;
    reg  beat$clock;
    reg  [23:0] base$d;
    wire  [23:0] base$q;
    reg  base$clock;
    reg  done$d;
    wire  done$q;
    reg  done$clock;
    reg  outer_type$clock;
    reg  outer_type$ce;
    reg  outer_type$rst;
    reg  [15:0] outer_type$d;
    wire  [15:0] outer_type$q;
    reg  tci$clock;
    reg  tci$ce;
    reg  tci$rst;
    reg  [15:0] tci$d;
    wire  [15:0] tci$q;
    reg  inner_type$clock;
    reg  inner_type$ce;
    reg  inner_type$rst;
    reg  [15:0] inner_type$d;
    wire  [15:0] inner_type$q;
    reg  version_ihl$clock;
    reg  version_ihl$ce;
    reg  version_ihl$rst;
    reg  [7:0] version_ihl$d;
    wire  [7:0] version_ihl$q;
    reg  total_length$clock;
    reg  total_length$ce;
    reg  total_length$rst;
    reg  [15:0] total_length$d;
    wire  [15:0] total_length$q;
    reg  ttl$clock;
    reg  ttl$ce;
    reg  ttl$rst;
    reg  [7:0] ttl$d;
    wire  [7:0] ttl$q;
    reg  destination$clock;
    reg  destination$ce;
    reg  destination$rst;
    reg  [31:0] destination$d;
    wire  [31:0] destination$q;
    reg  checksum$clock;
    reg  checksum$ce;
    reg  checksum$rst;
    reg  [15:0] checksum$d;
    wire  [15:0] checksum$q;
    
    // Local signals
    reg  [7:0] cur_version_ihl;
    reg  [23:0] limit;
    reg  [23:0] word_at$0;
    reg  [23:0] word_at$1;
    reg  [23:0] word_at$2;
    reg  [23:0] word_at$3;
    reg  [23:0] word_at$4;
    reg  [23:0] word_at$5;
    reg  [23:0] word_at$6;
    reg  [23:0] word_at$7;
    reg  [23:0] word_at$8;
    reg  [23:0] word_at$9;
    reg  [23:0] word_at$10;
    reg  [23:0] word_at$11;
    reg  [23:0] word_at$12;
    reg  [23:0] word_at$13;
    reg  [23:0] word_at$14;
    reg  [23:0] word_at$15;
    reg  [23:0] word_at$16;
    reg  [23:0] word_at$17;
    reg  [23:0] word_at$18;
    reg  [23:0] word_at$19;
    reg  [23:0] word_at$20;
    reg  [23:0] word_at$21;
    reg  [23:0] word_at$22;
    reg  [23:0] word_at$23;
    reg  [23:0] word_at$24;
    reg  [23:0] word_at$25;
    reg  [23:0] word_at$26;
    reg  [23:0] word_at$27;
    reg  [23:0] word_at$28;
    reg  [23:0] word_at$29;
    reg  [23:0] word_at$30;
    reg  [23:0] word_at$31;
    reg  [15:0] level0$0;
    reg  [15:0] level0$1;
    reg  [15:0] level0$2;
    reg  [15:0] level0$3;
    reg  [15:0] level0$4;
    reg  [15:0] level0$5;
    reg  [15:0] level0$6;
    reg  [15:0] level0$7;
    reg  [15:0] level0$8;
    reg  [15:0] level0$9;
    reg  [15:0] level0$10;
    reg  [15:0] level0$11;
    reg  [15:0] level0$12;
    reg  [15:0] level0$13;
    reg  [15:0] level0$14;
    reg  [15:0] level0$15;
    reg  [15:0] level0$16;
    reg  [15:0] level0$17;
    reg  [15:0] level0$18;
    reg  [15:0] level0$19;
    reg  [15:0] level0$20;
    reg  [15:0] level0$21;
    reg  [15:0] level0$22;
    reg  [15:0] level0$23;
    reg  [15:0] level0$24;
    reg  [15:0] level0$25;
    reg  [15:0] level0$26;
    reg  [15:0] level0$27;
    reg  [15:0] level0$28;
    reg  [15:0] level0$29;
    reg  [15:0] level0$30;
    reg  [15:0] level0$31;
    reg  [15:0] level1$0;
    reg  [15:0] level1$1;
    reg  [15:0] level1$2;
    reg  [15:0] level1$3;
    reg  [15:0] level1$4;
    reg  [15:0] level1$5;
    reg  [15:0] level1$6;
    reg  [15:0] level1$7;
    reg  [15:0] level1$8;
    reg  [15:0] level1$9;
    reg  [15:0] level1$10;
    reg  [15:0] level1$11;
    reg  [15:0] level1$12;
    reg  [15:0] level1$13;
    reg  [15:0] level1$14;
    reg  [15:0] level1$15;
    reg  [15:0] level2$0;
    reg  [15:0] level2$1;
    reg  [15:0] level2$2;
    reg  [15:0] level2$3;
    reg  [15:0] level2$4;
    reg  [15:0] level2$5;
    reg  [15:0] level2$6;
    reg  [15:0] level2$7;
    reg  [15:0] level3$0;
    reg  [15:0] level3$1;
    reg  [15:0] level3$2;
    reg  [15:0] level3$3;
    reg  [15:0] level4$0;
    reg  [15:0] level4$1;
    reg  [15:0] level5$0;
    reg  [15:0] raw1$0;
    reg  [15:0] raw1$1;
    reg  [15:0] raw1$2;
    reg  [15:0] raw1$3;
    reg  [15:0] raw1$4;
    reg  [15:0] raw1$5;
    reg  [15:0] raw1$6;
    reg  [15:0] raw1$7;
    reg  [15:0] raw1$8;
    reg  [15:0] raw1$9;
    reg  [15:0] raw1$10;
    reg  [15:0] raw1$11;
    reg  [15:0] raw1$12;
    reg  [15:0] raw1$13;
    reg  [15:0] raw1$14;
    reg  [15:0] raw1$15;
    reg  [15:0] raw2$0;
    reg  [15:0] raw2$1;
    reg  [15:0] raw2$2;
    reg  [15:0] raw2$3;
    reg  [15:0] raw2$4;
    reg  [15:0] raw2$5;
    reg  [15:0] raw2$6;
    reg  [15:0] raw2$7;
    reg  [15:0] raw3$0;
    reg  [15:0] raw3$1;
    reg  [15:0] raw3$2;
    reg  [15:0] raw3$3;
    reg  [15:0] raw4$0;
    reg  [15:0] raw4$1;
    reg  [15:0] raw5$0;
    reg  [15:0] checksum_now;
    reg  [15:0] checksum_raw;
    reg  record_beat_now;
    
    // Sub module instances
    top$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    top$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    top$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$outer_type outer_type(
        .clock(outer_type$clock),
        .ce(outer_type$ce),
        .rst(outer_type$rst),
        .d(outer_type$d),
        .q(outer_type$q)
    );
    top$tci tci(
        .clock(tci$clock),
        .ce(tci$ce),
        .rst(tci$rst),
        .d(tci$d),
        .q(tci$q)
    );
    top$inner_type inner_type(
        .clock(inner_type$clock),
        .ce(inner_type$ce),
        .rst(inner_type$rst),
        .d(inner_type$d),
        .q(inner_type$q)
    );
    top$version_ihl version_ihl(
        .clock(version_ihl$clock),
        .ce(version_ihl$ce),
        .rst(version_ihl$rst),
        .d(version_ihl$d),
        .q(version_ihl$q)
    );
    top$total_length total_length(
        .clock(total_length$clock),
        .ce(total_length$ce),
        .rst(total_length$rst),
        .d(total_length$d),
        .q(total_length$q)
    );
    top$ttl ttl(
        .clock(ttl$clock),
        .ce(ttl$ce),
        .rst(ttl$rst),
        .d(ttl$d),
        .q(ttl$q)
    );
    top$destination destination(
        .clock(destination$clock),
        .ce(destination$ce),
        .rst(destination$rst),
        .d(destination$d),
        .q(destination$q)
    );
    top$checksum checksum(
        .clock(checksum$clock),
        .ce(checksum$ce),
        .rst(checksum$rst),
        .d(checksum$d),
        .q(checksum$q)
    );
    
    // Update code
    always @(*) begin
        beat$clock = clock;
        base$clock = clock;
        done$clock = clock;
        beat$d = beat$q;
        base$d = base$q;
        done$d = done$q;
        outer_type$clock = clock;
        outer_type$ce = accept & ~done$q;
        outer_type$rst = 1'b0;
        tci$clock = clock;
        tci$ce = accept & ~done$q;
        tci$rst = 1'b0;
        inner_type$clock = clock;
        inner_type$ce = accept & ~done$q;
        inner_type$rst = 1'b0;
        version_ihl$clock = clock;
        version_ihl$ce = accept & ~done$q;
        version_ihl$rst = 1'b0;
        total_length$clock = clock;
        total_length$ce = accept & ~done$q;
        total_length$rst = 1'b0;
        ttl$clock = clock;
        ttl$ce = accept & ~done$q;
        ttl$rst = 1'b0;
        destination$clock = clock;
        destination$ce = accept & ~done$q;
        destination$rst = 1'b0;
        checksum$clock = clock;
        checksum$ce = accept & ~done$q;
        checksum$rst = 1'b0;
        rec_outer_type = outer_type$q;
        if (beat$q == outer_type_beat) begin
            rec_outer_type = data[(outer_type_bit)+:(16)];
        end
        rec_tci = tci$q;
        if (beat$q == tci_beat) begin
            rec_tci = data[(tci_bit)+:(16)];
        end
        rec_inner_type = inner_type$q;
        if (beat$q == inner_type_beat) begin
            rec_inner_type = data[(inner_type_bit)+:(16)];
        end
        cur_version_ihl = version_ihl$q;
        if (beat$q == version_ihl_beat) begin
            cur_version_ihl = data[(version_ihl_bit)+:(8)];
        end
        rec_version_ihl = cur_version_ihl;
        rec_total_length = total_length$q;
        if (beat$q == total_length_beat) begin
            rec_total_length = data[(total_length_bit)+:(16)];
        end
        rec_ttl = ttl$q;
        if (beat$q == ttl_beat) begin
            rec_ttl = data[(ttl_bit)+:(8)];
        end
        rec_destination = destination$q;
        if (beat$q == destination_beat) begin
            rec_destination = data[(destination_bit)+:(32)];
        end
        limit = (((cur_version_ihl & 32'hf) & 24'hffffff) << 32'h2) + 32'h12;
        word_at$0 = base$q + word_offset$0;
        level0$0 = 32'h0;
        if ((word_at$0 >= 32'h12) & (word_at$0 < limit)) begin
            level0$0 = data[(word_bit$0)+:(16)];
        end
        word_at$1 = base$q + word_offset$1;
        level0$1 = 32'h0;
        if ((word_at$1 >= 32'h12) & (word_at$1 < limit)) begin
            level0$1 = data[(word_bit$1)+:(16)];
        end
        word_at$2 = base$q + word_offset$2;
        level0$2 = 32'h0;
        if ((word_at$2 >= 32'h12) & (word_at$2 < limit)) begin
            level0$2 = data[(word_bit$2)+:(16)];
        end
        word_at$3 = base$q + word_offset$3;
        level0$3 = 32'h0;
        if ((word_at$3 >= 32'h12) & (word_at$3 < limit)) begin
            level0$3 = data[(word_bit$3)+:(16)];
        end
        word_at$4 = 32'h0;
        level0$4 = 32'h0;
        word_at$5 = 32'h0;
        level0$5 = 32'h0;
        word_at$6 = 32'h0;
        level0$6 = 32'h0;
        word_at$7 = 32'h0;
        level0$7 = 32'h0;
        word_at$8 = 32'h0;
        level0$8 = 32'h0;
        word_at$9 = 32'h0;
        level0$9 = 32'h0;
        word_at$10 = 32'h0;
        level0$10 = 32'h0;
        word_at$11 = 32'h0;
        level0$11 = 32'h0;
        word_at$12 = 32'h0;
        level0$12 = 32'h0;
        word_at$13 = 32'h0;
        level0$13 = 32'h0;
        word_at$14 = 32'h0;
        level0$14 = 32'h0;
        word_at$15 = 32'h0;
        level0$15 = 32'h0;
        word_at$16 = 32'h0;
        level0$16 = 32'h0;
        word_at$17 = 32'h0;
        level0$17 = 32'h0;
        word_at$18 = 32'h0;
        level0$18 = 32'h0;
        word_at$19 = 32'h0;
        level0$19 = 32'h0;
        word_at$20 = 32'h0;
        level0$20 = 32'h0;
        word_at$21 = 32'h0;
        level0$21 = 32'h0;
        word_at$22 = 32'h0;
        level0$22 = 32'h0;
        word_at$23 = 32'h0;
        level0$23 = 32'h0;
        word_at$24 = 32'h0;
        level0$24 = 32'h0;
        word_at$25 = 32'h0;
        level0$25 = 32'h0;
        word_at$26 = 32'h0;
        level0$26 = 32'h0;
        word_at$27 = 32'h0;
        level0$27 = 32'h0;
        word_at$28 = 32'h0;
        level0$28 = 32'h0;
        word_at$29 = 32'h0;
        level0$29 = 32'h0;
        word_at$30 = 32'h0;
        level0$30 = 32'h0;
        word_at$31 = 32'h0;
        level0$31 = 32'h0;
        raw1$0 = level0$0 + level0$1;
        level1$0 = raw1$0 + (raw1$0 < level0$0);
        raw1$1 = level0$2 + level0$3;
        level1$1 = raw1$1 + (raw1$1 < level0$2);
        raw1$2 = 32'h0;
        level1$2 = 32'h0;
        raw1$3 = 32'h0;
        level1$3 = 32'h0;
        raw1$4 = 32'h0;
        level1$4 = 32'h0;
        raw1$5 = 32'h0;
        level1$5 = 32'h0;
        raw1$6 = 32'h0;
        level1$6 = 32'h0;
        raw1$7 = 32'h0;
        level1$7 = 32'h0;
        raw1$8 = 32'h0;
        level1$8 = 32'h0;
        raw1$9 = 32'h0;
        level1$9 = 32'h0;
        raw1$10 = 32'h0;
        level1$10 = 32'h0;
        raw1$11 = 32'h0;
        level1$11 = 32'h0;
        raw1$12 = 32'h0;
        level1$12 = 32'h0;
        raw1$13 = 32'h0;
        level1$13 = 32'h0;
        raw1$14 = 32'h0;
        level1$14 = 32'h0;
        raw1$15 = 32'h0;
        level1$15 = 32'h0;
        raw2$0 = level1$0 + level1$1;
        level2$0 = raw2$0 + (raw2$0 < level1$0);
        raw2$1 = 32'h0;
        level2$1 = 32'h0;
        raw2$2 = 32'h0;
        level2$2 = 32'h0;
        raw2$3 = 32'h0;
        level2$3 = 32'h0;
        raw2$4 = 32'h0;
        level2$4 = 32'h0;
        raw2$5 = 32'h0;
        level2$5 = 32'h0;
        raw2$6 = 32'h0;
        level2$6 = 32'h0;
        raw2$7 = 32'h0;
        level2$7 = 32'h0;
        raw3$0 = level2$0 + level2$1;
        level3$0 = raw3$0 + (raw3$0 < level2$0);
        raw3$1 = 32'h0;
        level3$1 = 32'h0;
        raw3$2 = 32'h0;
        level3$2 = 32'h0;
        raw3$3 = 32'h0;
        level3$3 = 32'h0;
        raw4$0 = level3$0 + level3$1;
        level4$0 = raw4$0 + (raw4$0 < level3$0);
        raw4$1 = 32'h0;
        level4$1 = 32'h0;
        raw5$0 = level4$0 + level4$1;
        level5$0 = raw5$0 + (raw5$0 < level4$0);
        checksum_raw = checksum$q + level5$0;
        checksum_now = checksum_raw + (checksum_raw < checksum$q);
        if (beat$q == 32'h0) begin
            checksum_now = level5$0;
        end
        rec_checksum = checksum_now;
        rec_len = len;
        record_beat_now = beat$q == record_beat;
        rec_valid = accept & ~done$q & (last | (beat$q == record_beat));
        outer_type$d = rec_outer_type;
        tci$d = rec_tci;
        inner_type$d = rec_inner_type;
        version_ihl$d = cur_version_ihl;
        total_length$d = rec_total_length;
        ttl$d = rec_ttl;
        destination$d = rec_destination;
        checksum$d = checksum_now;
        if (accept) begin
            if (beat$q <= record_beat) begin
                beat$d = beat$q + 32'h1;
                base$d = base$q + beat_bytes;
            end
            done$d = done$q | (~last & record_beat_now);
            if (last) begin
                beat$d = 32'h0;
                base$d = 32'h0;
                done$d = 1'b0;
            end
        end
        if (reset) begin
            beat$d = 32'h0;
            base$d = 32'h0;
            done$d = 1'b0;
        end
    end
    
endmodule // top


module top$base(d,q,clock);
    
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
          
endmodule // top$base


module top$beat(d,q,clock);
    
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
          
endmodule // top$beat


module top$checksum(clock,ce,rst,d,q);
    
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
endmodule // top$checksum


module top$destination(clock,ce,rst,d,q);
    
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
endmodule // top$destination


module top$done(d,q,clock);
    
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
          
endmodule // top$done


module top$inner_type(clock,ce,rst,d,q);
    
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
endmodule // top$inner_type


module top$outer_type(clock,ce,rst,d,q);
    
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
endmodule // top$outer_type


module top$tci(clock,ce,rst,d,q);
    
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
endmodule // top$tci


module top$total_length(clock,ce,rst,d,q);
    
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
endmodule // top$total_length


module top$ttl(clock,ce,rst,d,q);
    
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
endmodule // top$ttl


module top$version_ihl(clock,ce,rst,d,q);
    
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
endmodule // top$version_ihl
