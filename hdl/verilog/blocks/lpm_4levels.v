// dxedge port pipeline block, standalone: LpmSearch with 4 levels of memory (of 16 stages)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,in_valid,in_key,in_payload,in_bank,out_valid,out_payload,out_hit,out_target,w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [39:0] in_key;
    input wire  [58:0] in_payload;
    input wire  in_bank;
    output reg  out_valid;
    output reg  [58:0] out_payload;
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
    localparam  valid_word = 64'h100000000000000;
    localparam  bank_word = 64'h200000000000000;
    localparam  ring_delay = 5'b10000;
    
    // Stub signals
    reg  tree$clock;
    reg  tree$reset;
    reg  [63:0] tree$in_word;
    wire  tree$out_valid;
    wire  [10:0] tree$out_leaf;
    reg  tree$w_bank;
    reg  tree$node_we;
    reg  [3:0] tree$node_level;
    reg  [15:0] tree$node_index;
    reg  [40:0] tree$node_data;
    reg  tree$leaf_we;
    reg  [15:0] tree$leaf_index;
    reg  [10:0] tree$leaf_data;
    reg  payloads$clock;
    reg  [4:0] payloads$read_address;
    wire  [58:0] payloads$read_data;
    reg  [4:0] payloads$write_address;
    reg  [58:0] payloads$write_data;
    reg  payloads$write_enable;
    reg  [4:0] ring$d;
    wire  [4:0] ring$q;
    reg  ring$clock;
    
    // Local signals
    reg  [63:0] entry;
    
    // Sub module instances
    top$tree tree(
        .clock(tree$clock),
        .reset(tree$reset),
        .in_word(tree$in_word),
        .out_valid(tree$out_valid),
        .out_leaf(tree$out_leaf),
        .w_bank(tree$w_bank),
        .node_we(tree$node_we),
        .node_level(tree$node_level),
        .node_index(tree$node_index),
        .node_data(tree$node_data),
        .leaf_we(tree$leaf_we),
        .leaf_index(tree$leaf_index),
        .leaf_data(tree$leaf_data)
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
        ring$clock = clock;
        ring$d = ring$q;
        entry = ((in_key) & 64'hffffffffffffffff);
        if (in_valid) begin
            entry = ((in_key) & 64'hffffffffffffffff) | valid_word;
            if (in_bank) begin
                entry = ((in_key) & 64'hffffffffffffffff) | valid_word | bank_word;
            end
        end
        tree$clock = clock;
        tree$reset = reset;
        tree$in_word = entry;
        tree$w_bank = w_bank;
        tree$node_we = node_we;
        tree$node_level = node_level;
        tree$node_index = node_index;
        tree$node_data = node_data;
        tree$leaf_we = leaf_we;
        tree$leaf_index = leaf_index;
        tree$leaf_data = leaf_data;
        ring$d = ring$q + 32'h1;
        payloads$clock = clock;
        payloads$write_enable = 1'b1;
        payloads$write_address = ring$q;
        payloads$write_data = in_payload;
        payloads$read_address = ring$q - ring_delay;
        out_valid = tree$out_valid;
        out_payload = payloads$read_data;
        out_hit = tree$out_leaf[32'ha];
        out_target = tree$out_leaf[(32'h0)+:(10)];
    end
    
endmodule // top


module top$payloads(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] read_address;
    output reg  [58:0] read_data;
    input wire  [4:0] write_address;
    input wire  [58:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[58:0] mem[31:0];
    
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


module top$tree(clock,reset,in_word,out_valid,out_leaf,w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] in_word;
    output reg  out_valid;
    output reg  [10:0] out_leaf;
    input wire  w_bank;
    input wire  node_we;
    input wire  [3:0] node_level;
    input wire  [15:0] node_index;
    input wire  [40:0] node_data;
    input wire  leaf_we;
    input wire  [15:0] leaf_index;
    input wire  [10:0] leaf_data;
    
    // Update code (custom)
    // Level k: the lookup in it and the node it is compared with (read only below)
    reg [63:0] word_0;
    reg [63:0] word_1;
    reg [63:0] word_2;
    reg [63:0] word_3;
    reg [63:0] word_4;
    reg [63:0] word_5;
    reg [63:0] word_6;
    reg [63:0] word_7;
    reg [63:0] word_8;
    reg [63:0] word_9;
    reg [63:0] word_10;
    reg [63:0] word_11;
    reg [63:0] word_12;
    reg [63:0] word_13;
    reg [63:0] word_14;
    reg [63:0] word_15;
    reg [40:0] node_0;
    reg [40:0] node_1;
    reg [40:0] node_2;
    reg [40:0] node_3;
    reg[40:0] mem_0[1:0];
    reg[40:0] mem_1[3:0];
    reg[40:0] mem_2[7:0];
    reg[40:0] mem_3[15:0];
    reg[10:0] leaves[31:0];
    reg go;
    reg [15:0] i;
    
    initial begin
       word_0 = 64'd0;
       word_1 = 64'd0;
       word_2 = 64'd0;
       word_3 = 64'd0;
       word_4 = 64'd0;
       word_5 = 64'd0;
       word_6 = 64'd0;
       word_7 = 64'd0;
       word_8 = 64'd0;
       word_9 = 64'd0;
       word_10 = 64'd0;
       word_11 = 64'd0;
       word_12 = 64'd0;
       word_13 = 64'd0;
       word_14 = 64'd0;
       word_15 = 64'd0;
       node_0 = 41'd0;
       node_1 = 41'd0;
       node_2 = 41'd0;
       node_3 = 41'd0;
       out_valid = 1'b0;
       out_leaf = 11'd0;
    end
    
    always @(posedge clock) begin
       // Blocking assignments, the last level first: each level reads the one above
       // as it was before this clock (see lpm_tree.rs)
       /* verilator lint_off BLKSEQ */
       out_valid <= ~reset & word_15[56];
       if (word_15[56]) begin
          go = 1'b0;
          i = {word_15[54:40], go};
          out_leaf <= leaves[{word_15[57], i[15:12]}];
       end
       if (reset) word_15 = 64'd0;
       else if (word_14[56] | word_15[56]) begin
          go = 1'b0;
          i = {word_14[54:40], go};
          word_15 = {word_14[63:56], i, word_14[39:0]};
       end
       if (reset) word_14 = 64'd0;
       else if (word_13[56] | word_14[56]) begin
          go = 1'b0;
          i = {word_13[54:40], go};
          word_14 = {word_13[63:56], i, word_13[39:0]};
       end
       if (reset) word_13 = 64'd0;
       else if (word_12[56] | word_13[56]) begin
          go = 1'b0;
          i = {word_12[54:40], go};
          word_13 = {word_12[63:56], i, word_12[39:0]};
       end
       if (reset) word_12 = 64'd0;
       else if (word_11[56] | word_12[56]) begin
          go = 1'b0;
          i = {word_11[54:40], go};
          word_12 = {word_11[63:56], i, word_11[39:0]};
       end
       if (reset) word_11 = 64'd0;
       else if (word_10[56] | word_11[56]) begin
          go = 1'b0;
          i = {word_10[54:40], go};
          word_11 = {word_10[63:56], i, word_10[39:0]};
       end
       if (reset) word_10 = 64'd0;
       else if (word_9[56] | word_10[56]) begin
          go = 1'b0;
          i = {word_9[54:40], go};
          word_10 = {word_9[63:56], i, word_9[39:0]};
       end
       if (reset) word_9 = 64'd0;
       else if (word_8[56] | word_9[56]) begin
          go = 1'b0;
          i = {word_8[54:40], go};
          word_9 = {word_8[63:56], i, word_8[39:0]};
       end
       if (reset) word_8 = 64'd0;
       else if (word_7[56] | word_8[56]) begin
          go = 1'b0;
          i = {word_7[54:40], go};
          word_8 = {word_7[63:56], i, word_7[39:0]};
       end
       if (reset) word_7 = 64'd0;
       else if (word_6[56] | word_7[56]) begin
          go = 1'b0;
          i = {word_6[54:40], go};
          word_7 = {word_6[63:56], i, word_6[39:0]};
       end
       if (reset) word_6 = 64'd0;
       else if (word_5[56] | word_6[56]) begin
          go = 1'b0;
          i = {word_5[54:40], go};
          word_6 = {word_5[63:56], i, word_5[39:0]};
       end
       if (reset) word_5 = 64'd0;
       else if (word_4[56] | word_5[56]) begin
          go = 1'b0;
          i = {word_4[54:40], go};
          word_5 = {word_4[63:56], i, word_4[39:0]};
       end
       if (reset) word_4 = 64'd0;
       else if (word_3[56] | word_4[56]) begin
          go = node_3[40] & (word_3[39:0] >= node_3[39:0]);
          i = {word_3[54:40], go};
          word_4 = {word_3[63:56], i, word_3[39:0]};
       end
       if (reset) word_3 = 64'd0;
       else if (word_2[56] | word_3[56]) begin
          go = node_2[40] & (word_2[39:0] >= node_2[39:0]);
          i = {word_2[54:40], go};
          word_3 = {word_2[63:56], i, word_2[39:0]};
          node_3 = mem_3[{i[2:0], word_2[57]}];
       end
       if (reset) word_2 = 64'd0;
       else if (word_1[56] | word_2[56]) begin
          go = node_1[40] & (word_1[39:0] >= node_1[39:0]);
          i = {word_1[54:40], go};
          word_2 = {word_1[63:56], i, word_1[39:0]};
          node_2 = mem_2[{i[1:0], word_1[57]}];
       end
       if (reset) word_1 = 64'd0;
       else if (word_0[56] | word_1[56]) begin
          go = node_0[40] & (word_0[39:0] >= node_0[39:0]);
          i = {word_0[54:40], go};
          word_1 = {word_0[63:56], i, word_0[39:0]};
          node_1 = mem_1[{i[0:0], word_0[57]}];
       end
       if (reset) word_0 = 64'd0;
       else if (in_word[56] | word_0[56]) begin
          word_0 = in_word;
          node_0 = mem_0[in_word[57]];
       end
       if (node_we) begin
          case (node_level)
             4'd0: mem_0[w_bank] = node_data;
             4'd1: mem_1[{node_index[0:0], w_bank}] = node_data;
             4'd2: mem_2[{node_index[1:0], w_bank}] = node_data;
             4'd3: mem_3[{node_index[2:0], w_bank}] = node_data;
             default: ;
          endcase
       end
       if (leaf_we) leaves[{w_bank, leaf_index[3:0]}] = leaf_data;
       /* verilator lint_on BLKSEQ */
    end
endmodule // top$tree
