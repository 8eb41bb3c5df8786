// dxedge port pipeline block, standalone: LpmSearch with 4 levels of memory (of 16 stages)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,in_valid,in_key,in_payload,in_bank,out_valid,out_payload,out_hit,out_target,w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [39:0] in_key;
    input wire  [42:0] in_payload;
    input wire  in_bank;
    output reg  out_valid;
    output reg  [42:0] out_payload;
    output reg  out_hit;
    output reg  [9:0] out_target;
    input wire  w_bank;
    input wire  node_we;
    input wire  [3:0] node_level;
    input wire  [15:0] node_index;
    input wire  [40:0] node_data;
    input wire  leaf_we;
    input wire  [15:0] leaf_index;
    input wire  [10:0] leaf_data;
    
    // Constant declarations
    localparam  rank_shift = 8'hc;
    localparam  leaf_bank = 17'b10000;
    localparam  leaf_mask = 17'b1111;
    localparam  valid_word = 64'h100000000000000;
    localparam  bank_word = 64'h200000000000000;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    localparam  ring_delay = 5'b10000;
    
    // Stub signals
    reg  levels$0$clock;
    reg  levels$0$reset;
    reg  [63:0] levels$0$in_word;
    wire  [63:0] levels$0$out_word;
    reg  levels$0$we;
    reg  [16:0] levels$0$w_address;
    reg  [40:0] levels$0$w_data;
    reg  levels$1$clock;
    reg  levels$1$reset;
    reg  [63:0] levels$1$in_word;
    wire  [63:0] levels$1$out_word;
    reg  levels$1$we;
    reg  [16:0] levels$1$w_address;
    reg  [40:0] levels$1$w_data;
    reg  levels$2$clock;
    reg  levels$2$reset;
    reg  [63:0] levels$2$in_word;
    wire  [63:0] levels$2$out_word;
    reg  levels$2$we;
    reg  [16:0] levels$2$w_address;
    reg  [40:0] levels$2$w_data;
    reg  levels$3$clock;
    reg  levels$3$reset;
    reg  [63:0] levels$3$in_word;
    wire  [63:0] levels$3$out_word;
    reg  levels$3$we;
    reg  [16:0] levels$3$w_address;
    reg  [40:0] levels$3$w_data;
    reg  levels$4$clock;
    reg  levels$4$reset;
    reg  [63:0] levels$4$in_word;
    wire  [63:0] levels$4$out_word;
    reg  levels$4$we;
    reg  [16:0] levels$4$w_address;
    reg  [40:0] levels$4$w_data;
    reg  levels$5$clock;
    reg  levels$5$reset;
    reg  [63:0] levels$5$in_word;
    wire  [63:0] levels$5$out_word;
    reg  levels$5$we;
    reg  [16:0] levels$5$w_address;
    reg  [40:0] levels$5$w_data;
    reg  levels$6$clock;
    reg  levels$6$reset;
    reg  [63:0] levels$6$in_word;
    wire  [63:0] levels$6$out_word;
    reg  levels$6$we;
    reg  [16:0] levels$6$w_address;
    reg  [40:0] levels$6$w_data;
    reg  levels$7$clock;
    reg  levels$7$reset;
    reg  [63:0] levels$7$in_word;
    wire  [63:0] levels$7$out_word;
    reg  levels$7$we;
    reg  [16:0] levels$7$w_address;
    reg  [40:0] levels$7$w_data;
    reg  levels$8$clock;
    reg  levels$8$reset;
    reg  [63:0] levels$8$in_word;
    wire  [63:0] levels$8$out_word;
    reg  levels$8$we;
    reg  [16:0] levels$8$w_address;
    reg  [40:0] levels$8$w_data;
    reg  levels$9$clock;
    reg  levels$9$reset;
    reg  [63:0] levels$9$in_word;
    wire  [63:0] levels$9$out_word;
    reg  levels$9$we;
    reg  [16:0] levels$9$w_address;
    reg  [40:0] levels$9$w_data;
    reg  levels$10$clock;
    reg  levels$10$reset;
    reg  [63:0] levels$10$in_word;
    wire  [63:0] levels$10$out_word;
    reg  levels$10$we;
    reg  [16:0] levels$10$w_address;
    reg  [40:0] levels$10$w_data;
    reg  levels$11$clock;
    reg  levels$11$reset;
    reg  [63:0] levels$11$in_word;
    wire  [63:0] levels$11$out_word;
    reg  levels$11$we;
    reg  [16:0] levels$11$w_address;
    reg  [40:0] levels$11$w_data;
    reg  levels$12$clock;
    reg  levels$12$reset;
    reg  [63:0] levels$12$in_word;
    wire  [63:0] levels$12$out_word;
    reg  levels$12$we;
    reg  [16:0] levels$12$w_address;
    reg  [40:0] levels$12$w_data;
    reg  levels$13$clock;
    reg  levels$13$reset;
    reg  [63:0] levels$13$in_word;
    wire  [63:0] levels$13$out_word;
    reg  levels$13$we;
    reg  [16:0] levels$13$w_address;
    reg  [40:0] levels$13$w_data;
    reg  levels$14$clock;
    reg  levels$14$reset;
    reg  [63:0] levels$14$in_word;
    wire  [63:0] levels$14$out_word;
    reg  levels$14$we;
    reg  [16:0] levels$14$w_address;
    reg  [40:0] levels$14$w_data;
    reg  levels$15$clock;
    reg  levels$15$reset;
    reg  [63:0] levels$15$in_word;
    wire  [63:0] levels$15$out_word;
    reg  levels$15$we;
    reg  [16:0] levels$15$w_address;
    reg  [40:0] levels$15$w_data;
    reg  leaves$clock;
    reg  [16:0] leaves$read_address;
    wire  [10:0] leaves$read_data;
    reg  [16:0] leaves$write_address;
    reg  [10:0] leaves$write_data;
    reg  leaves$write_enable;
    reg  leaf_valid$d;
    wire  leaf_valid$q;
    reg  leaf_valid$clock;
    reg  payloads$clock;
    reg  [4:0] payloads$read_address;
    wire  [42:0] payloads$read_data;
    reg  [4:0] payloads$write_address;
    reg  [42:0] payloads$write_data;
    reg  payloads$write_enable;
    reg  [4:0] ring$d;
    wire  [4:0] ring$q;
    reg  ring$clock;
    
    // Local signals
    reg  [63:0] entry;
    reg  [16:0] w_address;
    reg  [16:0] rank;
    
    // Sub module instances
    top$levels$0 levels$0(
        .clock(levels$0$clock),
        .reset(levels$0$reset),
        .in_word(levels$0$in_word),
        .out_word(levels$0$out_word),
        .we(levels$0$we),
        .w_address(levels$0$w_address),
        .w_data(levels$0$w_data)
    );
    top$levels$1 levels$1(
        .clock(levels$1$clock),
        .reset(levels$1$reset),
        .in_word(levels$1$in_word),
        .out_word(levels$1$out_word),
        .we(levels$1$we),
        .w_address(levels$1$w_address),
        .w_data(levels$1$w_data)
    );
    top$levels$2 levels$2(
        .clock(levels$2$clock),
        .reset(levels$2$reset),
        .in_word(levels$2$in_word),
        .out_word(levels$2$out_word),
        .we(levels$2$we),
        .w_address(levels$2$w_address),
        .w_data(levels$2$w_data)
    );
    top$levels$3 levels$3(
        .clock(levels$3$clock),
        .reset(levels$3$reset),
        .in_word(levels$3$in_word),
        .out_word(levels$3$out_word),
        .we(levels$3$we),
        .w_address(levels$3$w_address),
        .w_data(levels$3$w_data)
    );
    top$levels$4 levels$4(
        .clock(levels$4$clock),
        .reset(levels$4$reset),
        .in_word(levels$4$in_word),
        .out_word(levels$4$out_word),
        .we(levels$4$we),
        .w_address(levels$4$w_address),
        .w_data(levels$4$w_data)
    );
    top$levels$5 levels$5(
        .clock(levels$5$clock),
        .reset(levels$5$reset),
        .in_word(levels$5$in_word),
        .out_word(levels$5$out_word),
        .we(levels$5$we),
        .w_address(levels$5$w_address),
        .w_data(levels$5$w_data)
    );
    top$levels$6 levels$6(
        .clock(levels$6$clock),
        .reset(levels$6$reset),
        .in_word(levels$6$in_word),
        .out_word(levels$6$out_word),
        .we(levels$6$we),
        .w_address(levels$6$w_address),
        .w_data(levels$6$w_data)
    );
    top$levels$7 levels$7(
        .clock(levels$7$clock),
        .reset(levels$7$reset),
        .in_word(levels$7$in_word),
        .out_word(levels$7$out_word),
        .we(levels$7$we),
        .w_address(levels$7$w_address),
        .w_data(levels$7$w_data)
    );
    top$levels$8 levels$8(
        .clock(levels$8$clock),
        .reset(levels$8$reset),
        .in_word(levels$8$in_word),
        .out_word(levels$8$out_word),
        .we(levels$8$we),
        .w_address(levels$8$w_address),
        .w_data(levels$8$w_data)
    );
    top$levels$9 levels$9(
        .clock(levels$9$clock),
        .reset(levels$9$reset),
        .in_word(levels$9$in_word),
        .out_word(levels$9$out_word),
        .we(levels$9$we),
        .w_address(levels$9$w_address),
        .w_data(levels$9$w_data)
    );
    top$levels$10 levels$10(
        .clock(levels$10$clock),
        .reset(levels$10$reset),
        .in_word(levels$10$in_word),
        .out_word(levels$10$out_word),
        .we(levels$10$we),
        .w_address(levels$10$w_address),
        .w_data(levels$10$w_data)
    );
    top$levels$11 levels$11(
        .clock(levels$11$clock),
        .reset(levels$11$reset),
        .in_word(levels$11$in_word),
        .out_word(levels$11$out_word),
        .we(levels$11$we),
        .w_address(levels$11$w_address),
        .w_data(levels$11$w_data)
    );
    top$levels$12 levels$12(
        .clock(levels$12$clock),
        .reset(levels$12$reset),
        .in_word(levels$12$in_word),
        .out_word(levels$12$out_word),
        .we(levels$12$we),
        .w_address(levels$12$w_address),
        .w_data(levels$12$w_data)
    );
    top$levels$13 levels$13(
        .clock(levels$13$clock),
        .reset(levels$13$reset),
        .in_word(levels$13$in_word),
        .out_word(levels$13$out_word),
        .we(levels$13$we),
        .w_address(levels$13$w_address),
        .w_data(levels$13$w_data)
    );
    top$levels$14 levels$14(
        .clock(levels$14$clock),
        .reset(levels$14$reset),
        .in_word(levels$14$in_word),
        .out_word(levels$14$out_word),
        .we(levels$14$we),
        .w_address(levels$14$w_address),
        .w_data(levels$14$w_data)
    );
    top$levels$15 levels$15(
        .clock(levels$15$clock),
        .reset(levels$15$reset),
        .in_word(levels$15$in_word),
        .out_word(levels$15$out_word),
        .we(levels$15$we),
        .w_address(levels$15$w_address),
        .w_data(levels$15$w_data)
    );
    top$leaves leaves(
        .clock(leaves$clock),
        .read_address(leaves$read_address),
        .read_data(leaves$read_data),
        .write_address(leaves$write_address),
        .write_data(leaves$write_data),
        .write_enable(leaves$write_enable)
    );
    top$leaf_valid leaf_valid(
        .d(leaf_valid$d),
        .q(leaf_valid$q),
        .clock(leaf_valid$clock)
    );
    top$payloads payloads(
        .clock(payloads$clock),
        .read_address(payloads$read_address),
        .read_data(payloads$read_data),
        .write_address(payloads$write_address),
        .write_data(payloads$write_data),
        .write_enable(payloads$write_enable)
    );
    top$ring ring(
        .d(ring$d),
        .q(ring$q),
        .clock(ring$clock)
    );
    
    // Update code
    always @(*) begin
        leaf_valid$clock = clock;
        ring$clock = clock;
        leaf_valid$d = leaf_valid$q;
        ring$d = ring$q;
        w_address = ((node_index) & 17'h1ffff) << 32'h1;
        if (w_bank) begin
            w_address = (((node_index) & 17'h1ffff) << 32'h1) | 32'h1;
        end
        levels$0$clock = clock;
        levels$0$reset = reset;
        levels$0$we = node_we & (node_level == 0);
        levels$0$w_address = w_address;
        levels$0$w_data = node_data;
        levels$1$clock = clock;
        levels$1$reset = reset;
        levels$1$we = node_we & (node_level == 1);
        levels$1$w_address = w_address;
        levels$1$w_data = node_data;
        levels$2$clock = clock;
        levels$2$reset = reset;
        levels$2$we = node_we & (node_level == 2);
        levels$2$w_address = w_address;
        levels$2$w_data = node_data;
        levels$3$clock = clock;
        levels$3$reset = reset;
        levels$3$we = node_we & (node_level == 3);
        levels$3$w_address = w_address;
        levels$3$w_data = node_data;
        levels$4$clock = clock;
        levels$4$reset = reset;
        levels$4$we = node_we & (node_level == 4);
        levels$4$w_address = w_address;
        levels$4$w_data = node_data;
        levels$5$clock = clock;
        levels$5$reset = reset;
        levels$5$we = node_we & (node_level == 5);
        levels$5$w_address = w_address;
        levels$5$w_data = node_data;
        levels$6$clock = clock;
        levels$6$reset = reset;
        levels$6$we = node_we & (node_level == 6);
        levels$6$w_address = w_address;
        levels$6$w_data = node_data;
        levels$7$clock = clock;
        levels$7$reset = reset;
        levels$7$we = node_we & (node_level == 7);
        levels$7$w_address = w_address;
        levels$7$w_data = node_data;
        levels$8$clock = clock;
        levels$8$reset = reset;
        levels$8$we = node_we & (node_level == 8);
        levels$8$w_address = w_address;
        levels$8$w_data = node_data;
        levels$9$clock = clock;
        levels$9$reset = reset;
        levels$9$we = node_we & (node_level == 9);
        levels$9$w_address = w_address;
        levels$9$w_data = node_data;
        levels$10$clock = clock;
        levels$10$reset = reset;
        levels$10$we = node_we & (node_level == 10);
        levels$10$w_address = w_address;
        levels$10$w_data = node_data;
        levels$11$clock = clock;
        levels$11$reset = reset;
        levels$11$we = node_we & (node_level == 11);
        levels$11$w_address = w_address;
        levels$11$w_data = node_data;
        levels$12$clock = clock;
        levels$12$reset = reset;
        levels$12$we = node_we & (node_level == 12);
        levels$12$w_address = w_address;
        levels$12$w_data = node_data;
        levels$13$clock = clock;
        levels$13$reset = reset;
        levels$13$we = node_we & (node_level == 13);
        levels$13$w_address = w_address;
        levels$13$w_data = node_data;
        levels$14$clock = clock;
        levels$14$reset = reset;
        levels$14$we = node_we & (node_level == 14);
        levels$14$w_address = w_address;
        levels$14$w_data = node_data;
        levels$15$clock = clock;
        levels$15$reset = reset;
        levels$15$we = node_we & (node_level == 15);
        levels$15$w_address = w_address;
        levels$15$w_data = node_data;
        entry = ((in_key) & 64'hffffffffffffffff);
        if (in_valid) begin
            entry = ((in_key) & 64'hffffffffffffffff) | valid_word;
            if (in_bank) begin
                entry = ((in_key) & 64'hffffffffffffffff) | valid_word | bank_word;
            end
        end
        levels$0$in_word = entry;
        levels$1$in_word = levels$0$out_word;
        levels$2$in_word = levels$1$out_word;
        levels$3$in_word = levels$2$out_word;
        levels$4$in_word = levels$3$out_word;
        levels$5$in_word = levels$4$out_word;
        levels$6$in_word = levels$5$out_word;
        levels$7$in_word = levels$6$out_word;
        levels$8$in_word = levels$7$out_word;
        levels$9$in_word = levels$8$out_word;
        levels$10$in_word = levels$9$out_word;
        levels$11$in_word = levels$10$out_word;
        levels$12$in_word = levels$11$out_word;
        levels$13$in_word = levels$12$out_word;
        levels$14$in_word = levels$13$out_word;
        levels$15$in_word = levels$14$out_word;
        ring$d = ring$q + 32'h1;
        payloads$clock = clock;
        payloads$write_enable = 1'b1;
        payloads$write_address = ring$q;
        payloads$write_data = in_payload;
        payloads$read_address = ring$q - ring_delay;
        rank = (((levels$15$out_word[(i_lsb)+:(16)]) & 17'h1ffff) >> rank_shift) & leaf_mask;
        leaves$clock = clock;
        leaves$read_address = rank;
        if (levels$15$out_word[bank_bit]) begin
            leaves$read_address = rank | leaf_bank;
        end
        leaves$write_enable = leaf_we;
        leaves$write_address = ((leaf_index) & 17'h1ffff) & leaf_mask;
        if (w_bank) begin
            leaves$write_address = (((leaf_index) & 17'h1ffff) & leaf_mask) | leaf_bank;
        end
        leaves$write_data = leaf_data;
        leaf_valid$d = levels$15$out_word[valid_bit];
        if (reset) begin
            leaf_valid$d = 1'b0;
        end
        out_valid = leaf_valid$q;
        out_payload = payloads$read_data;
        out_hit = leaves$read_data[32'ha];
        out_target = leaves$read_data[(32'h0)+:(10)];
    end
    
endmodule // top


module top$leaf_valid(d,q,clock);
    
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
          
endmodule // top$leaf_valid


module top$leaves(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [10:0] read_data;
    input wire  [16:0] write_address;
    input wire  [10:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[10:0] mem[31:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$leaves


module top$levels$0(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$0$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$0$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$0


module top$levels$0$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$0$lookup


module top$levels$0$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$0$ram


module top$levels$1(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b1;
    localparam  word_mask = 17'b11;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$1$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$1$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$1


module top$levels$1$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$1$lookup


module top$levels$1$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[3:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$1$ram


module top$levels$10(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$10$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$10$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$10


module top$levels$10$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$10$lookup


module top$levels$10$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$10$ram


module top$levels$11(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$11$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$11$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$11


module top$levels$11$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$11$lookup


module top$levels$11$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$11$ram


module top$levels$12(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$12$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$12$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$12


module top$levels$12$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$12$lookup


module top$levels$12$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$12$ram


module top$levels$13(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$13$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$13$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$13


module top$levels$13$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$13$lookup


module top$levels$13$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$13$ram


module top$levels$14(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$14$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$14$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$14


module top$levels$14$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$14$lookup


module top$levels$14$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$14$ram


module top$levels$15(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$15$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$15$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$15


module top$levels$15$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$15$lookup


module top$levels$15$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$15$ram


module top$levels$2(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b11;
    localparam  word_mask = 17'b111;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$2$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$2$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$2


module top$levels$2$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$2$lookup


module top$levels$2$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[7:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$2$ram


module top$levels$3(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b111;
    localparam  word_mask = 17'b1111;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$3$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$3$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$3


module top$levels$3$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$3$lookup


module top$levels$3$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[15:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$3$ram


module top$levels$4(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$4$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$4$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$4


module top$levels$4$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$4$lookup


module top$levels$4$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$4$ram


module top$levels$5(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$5$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$5$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$5


module top$levels$5$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$5$lookup


module top$levels$5$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$5$ram


module top$levels$6(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$6$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$6$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$6


module top$levels$6$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$6$lookup


module top$levels$6$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$6$ram


module top$levels$7(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$7$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$7$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$7


module top$levels$7$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$7$lookup


module top$levels$7$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$7$ram


module top$levels$8(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$8$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$8$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$8


module top$levels$8$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$8$lookup


module top$levels$8$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$8$ram


module top$levels$9(clock,reset,in_word,out_word,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  [63:0] out_word;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  ram$clock;
    reg  [16:0] ram$read_address;
    wire  [40:0] ram$read_data;
    reg  [16:0] ram$write_address;
    reg  [40:0] ram$write_data;
    reg  ram$write_enable;
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    
    // Local signals
    reg  [15:0] in_i;
    reg  [15:0] i;
    reg  go_right;
    
    // Sub module instances
    top$levels$9$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$levels$9$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        ram$clock = clock;
        in_i = in_word[(i_lsb)+:(16)];
        ram$read_address = ((((in_i) & 17'h1ffff) & node_mask) << 32'h1) | ((in_word[(bank_bit)+:(1)]) & 17'h1ffff);
        ram$write_enable = we & present;
        ram$write_address = w_address & word_mask;
        ram$write_data = w_data;
        lookup$ce = in_word[valid_bit] | lookup$q[valid_bit];
        lookup$rst = reset;
        lookup$d = in_word;
        go_right = present & ram$read_data[32'h28] & ((lookup$q & key_mask) >= ((ram$read_data[(32'h0)+:(40)]) & 64'hffffffffffffffff));
        i = (lookup$q[(i_lsb)+:(16)] << 32'h1) | ((go_right) & 16'hffff);
        out_word = (lookup$q & i_clear) | (((i) & 64'hffffffffffffffff) << i_lsb);
    end
    
endmodule // top$levels$9


module top$levels$9$lookup(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [63:0] d;
    output reg  [63:0] q;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 64'h0;
       else if (ce) q <= d;
    end
endmodule // top$levels$9$lookup


module top$levels$9$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[40:0] mem[1:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$levels$9$ram


module top$payloads(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] read_address;
    output reg  [42:0] read_data;
    input wire  [4:0] write_address;
    input wire  [42:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[42:0] mem[31:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
endmodule // top$payloads


module top$ring(d,q,clock);
    
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
          
endmodule // top$ring
