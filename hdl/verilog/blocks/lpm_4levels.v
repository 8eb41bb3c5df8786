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
    
    // Constant declarations
    localparam  last_decides = 1'b0;
    localparam  rank_shift = 8'hc;
    localparam  levels_count = 8'h4;
    localparam  leaf_mask = 17'b1111;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  valid_bit = 8'h38;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  levels$0$clock;
    reg  levels$0$above_valid;
    reg  [63:0] levels$0$above_word;
    reg  [40:0] levels$0$above_node;
    wire  [63:0] levels$0$word;
    wire  [40:0] levels$0$node;
    reg  levels$0$we;
    reg  [16:0] levels$0$w_address;
    reg  [40:0] levels$0$w_data;
    reg  levels$1$clock;
    reg  levels$1$above_valid;
    reg  [63:0] levels$1$above_word;
    reg  [40:0] levels$1$above_node;
    wire  [63:0] levels$1$word;
    wire  [40:0] levels$1$node;
    reg  levels$1$we;
    reg  [16:0] levels$1$w_address;
    reg  [40:0] levels$1$w_data;
    reg  levels$2$clock;
    reg  levels$2$above_valid;
    reg  [63:0] levels$2$above_word;
    reg  [40:0] levels$2$above_node;
    wire  [63:0] levels$2$word;
    wire  [40:0] levels$2$node;
    reg  levels$2$we;
    reg  [16:0] levels$2$w_address;
    reg  [40:0] levels$2$w_data;
    reg  levels$3$clock;
    reg  levels$3$above_valid;
    reg  [63:0] levels$3$above_word;
    reg  [40:0] levels$3$above_node;
    wire  [63:0] levels$3$word;
    wire  [40:0] levels$3$node;
    reg  levels$3$we;
    reg  [16:0] levels$3$w_address;
    reg  [40:0] levels$3$w_data;
    reg  levels$4$clock;
    reg  levels$4$above_valid;
    reg  [63:0] levels$4$above_word;
    reg  [40:0] levels$4$above_node;
    wire  [63:0] levels$4$word;
    wire  [40:0] levels$4$node;
    reg  levels$4$we;
    reg  [16:0] levels$4$w_address;
    reg  [40:0] levels$4$w_data;
    reg  levels$5$clock;
    reg  levels$5$above_valid;
    reg  [63:0] levels$5$above_word;
    reg  [40:0] levels$5$above_node;
    wire  [63:0] levels$5$word;
    wire  [40:0] levels$5$node;
    reg  levels$5$we;
    reg  [16:0] levels$5$w_address;
    reg  [40:0] levels$5$w_data;
    reg  levels$6$clock;
    reg  levels$6$above_valid;
    reg  [63:0] levels$6$above_word;
    reg  [40:0] levels$6$above_node;
    wire  [63:0] levels$6$word;
    wire  [40:0] levels$6$node;
    reg  levels$6$we;
    reg  [16:0] levels$6$w_address;
    reg  [40:0] levels$6$w_data;
    reg  levels$7$clock;
    reg  levels$7$above_valid;
    reg  [63:0] levels$7$above_word;
    reg  [40:0] levels$7$above_node;
    wire  [63:0] levels$7$word;
    wire  [40:0] levels$7$node;
    reg  levels$7$we;
    reg  [16:0] levels$7$w_address;
    reg  [40:0] levels$7$w_data;
    reg  levels$8$clock;
    reg  levels$8$above_valid;
    reg  [63:0] levels$8$above_word;
    reg  [40:0] levels$8$above_node;
    wire  [63:0] levels$8$word;
    wire  [40:0] levels$8$node;
    reg  levels$8$we;
    reg  [16:0] levels$8$w_address;
    reg  [40:0] levels$8$w_data;
    reg  levels$9$clock;
    reg  levels$9$above_valid;
    reg  [63:0] levels$9$above_word;
    reg  [40:0] levels$9$above_node;
    wire  [63:0] levels$9$word;
    wire  [40:0] levels$9$node;
    reg  levels$9$we;
    reg  [16:0] levels$9$w_address;
    reg  [40:0] levels$9$w_data;
    reg  levels$10$clock;
    reg  levels$10$above_valid;
    reg  [63:0] levels$10$above_word;
    reg  [40:0] levels$10$above_node;
    wire  [63:0] levels$10$word;
    wire  [40:0] levels$10$node;
    reg  levels$10$we;
    reg  [16:0] levels$10$w_address;
    reg  [40:0] levels$10$w_data;
    reg  levels$11$clock;
    reg  levels$11$above_valid;
    reg  [63:0] levels$11$above_word;
    reg  [40:0] levels$11$above_node;
    wire  [63:0] levels$11$word;
    wire  [40:0] levels$11$node;
    reg  levels$11$we;
    reg  [16:0] levels$11$w_address;
    reg  [40:0] levels$11$w_data;
    reg  levels$12$clock;
    reg  levels$12$above_valid;
    reg  [63:0] levels$12$above_word;
    reg  [40:0] levels$12$above_node;
    wire  [63:0] levels$12$word;
    wire  [40:0] levels$12$node;
    reg  levels$12$we;
    reg  [16:0] levels$12$w_address;
    reg  [40:0] levels$12$w_data;
    reg  levels$13$clock;
    reg  levels$13$above_valid;
    reg  [63:0] levels$13$above_word;
    reg  [40:0] levels$13$above_node;
    wire  [63:0] levels$13$word;
    wire  [40:0] levels$13$node;
    reg  levels$13$we;
    reg  [16:0] levels$13$w_address;
    reg  [40:0] levels$13$w_data;
    reg  levels$14$clock;
    reg  levels$14$above_valid;
    reg  [63:0] levels$14$above_word;
    reg  [40:0] levels$14$above_node;
    wire  [63:0] levels$14$word;
    wire  [40:0] levels$14$node;
    reg  levels$14$we;
    reg  [16:0] levels$14$w_address;
    reg  [40:0] levels$14$w_data;
    reg  levels$15$clock;
    reg  levels$15$above_valid;
    reg  [63:0] levels$15$above_word;
    reg  [40:0] levels$15$above_node;
    wire  [63:0] levels$15$word;
    wire  [40:0] levels$15$node;
    reg  levels$15$we;
    reg  [16:0] levels$15$w_address;
    reg  [40:0] levels$15$w_data;
    reg  leaves$clock;
    reg  leaves$read_enable;
    reg  [16:0] leaves$read_address;
    wire  [10:0] leaves$read_data;
    reg  [16:0] leaves$write_address;
    reg  [10:0] leaves$write_data;
    reg  leaves$write_enable;
    reg  valid$clock;
    reg  valid$ce;
    reg  valid$rst;
    reg  [16:0] valid$d;
    wire  [16:0] valid$q;
    
    // Sub module instances
    top$tree$levels$0 levels$0(
        .clock(levels$0$clock),
        .above_valid(levels$0$above_valid),
        .above_word(levels$0$above_word),
        .above_node(levels$0$above_node),
        .word(levels$0$word),
        .node(levels$0$node),
        .we(levels$0$we),
        .w_address(levels$0$w_address),
        .w_data(levels$0$w_data)
    );
    top$tree$levels$1 levels$1(
        .clock(levels$1$clock),
        .above_valid(levels$1$above_valid),
        .above_word(levels$1$above_word),
        .above_node(levels$1$above_node),
        .word(levels$1$word),
        .node(levels$1$node),
        .we(levels$1$we),
        .w_address(levels$1$w_address),
        .w_data(levels$1$w_data)
    );
    top$tree$levels$2 levels$2(
        .clock(levels$2$clock),
        .above_valid(levels$2$above_valid),
        .above_word(levels$2$above_word),
        .above_node(levels$2$above_node),
        .word(levels$2$word),
        .node(levels$2$node),
        .we(levels$2$we),
        .w_address(levels$2$w_address),
        .w_data(levels$2$w_data)
    );
    top$tree$levels$3 levels$3(
        .clock(levels$3$clock),
        .above_valid(levels$3$above_valid),
        .above_word(levels$3$above_word),
        .above_node(levels$3$above_node),
        .word(levels$3$word),
        .node(levels$3$node),
        .we(levels$3$we),
        .w_address(levels$3$w_address),
        .w_data(levels$3$w_data)
    );
    top$tree$levels$4 levels$4(
        .clock(levels$4$clock),
        .above_valid(levels$4$above_valid),
        .above_word(levels$4$above_word),
        .above_node(levels$4$above_node),
        .word(levels$4$word),
        .node(levels$4$node),
        .we(levels$4$we),
        .w_address(levels$4$w_address),
        .w_data(levels$4$w_data)
    );
    top$tree$levels$5 levels$5(
        .clock(levels$5$clock),
        .above_valid(levels$5$above_valid),
        .above_word(levels$5$above_word),
        .above_node(levels$5$above_node),
        .word(levels$5$word),
        .node(levels$5$node),
        .we(levels$5$we),
        .w_address(levels$5$w_address),
        .w_data(levels$5$w_data)
    );
    top$tree$levels$6 levels$6(
        .clock(levels$6$clock),
        .above_valid(levels$6$above_valid),
        .above_word(levels$6$above_word),
        .above_node(levels$6$above_node),
        .word(levels$6$word),
        .node(levels$6$node),
        .we(levels$6$we),
        .w_address(levels$6$w_address),
        .w_data(levels$6$w_data)
    );
    top$tree$levels$7 levels$7(
        .clock(levels$7$clock),
        .above_valid(levels$7$above_valid),
        .above_word(levels$7$above_word),
        .above_node(levels$7$above_node),
        .word(levels$7$word),
        .node(levels$7$node),
        .we(levels$7$we),
        .w_address(levels$7$w_address),
        .w_data(levels$7$w_data)
    );
    top$tree$levels$8 levels$8(
        .clock(levels$8$clock),
        .above_valid(levels$8$above_valid),
        .above_word(levels$8$above_word),
        .above_node(levels$8$above_node),
        .word(levels$8$word),
        .node(levels$8$node),
        .we(levels$8$we),
        .w_address(levels$8$w_address),
        .w_data(levels$8$w_data)
    );
    top$tree$levels$9 levels$9(
        .clock(levels$9$clock),
        .above_valid(levels$9$above_valid),
        .above_word(levels$9$above_word),
        .above_node(levels$9$above_node),
        .word(levels$9$word),
        .node(levels$9$node),
        .we(levels$9$we),
        .w_address(levels$9$w_address),
        .w_data(levels$9$w_data)
    );
    top$tree$levels$10 levels$10(
        .clock(levels$10$clock),
        .above_valid(levels$10$above_valid),
        .above_word(levels$10$above_word),
        .above_node(levels$10$above_node),
        .word(levels$10$word),
        .node(levels$10$node),
        .we(levels$10$we),
        .w_address(levels$10$w_address),
        .w_data(levels$10$w_data)
    );
    top$tree$levels$11 levels$11(
        .clock(levels$11$clock),
        .above_valid(levels$11$above_valid),
        .above_word(levels$11$above_word),
        .above_node(levels$11$above_node),
        .word(levels$11$word),
        .node(levels$11$node),
        .we(levels$11$we),
        .w_address(levels$11$w_address),
        .w_data(levels$11$w_data)
    );
    top$tree$levels$12 levels$12(
        .clock(levels$12$clock),
        .above_valid(levels$12$above_valid),
        .above_word(levels$12$above_word),
        .above_node(levels$12$above_node),
        .word(levels$12$word),
        .node(levels$12$node),
        .we(levels$12$we),
        .w_address(levels$12$w_address),
        .w_data(levels$12$w_data)
    );
    top$tree$levels$13 levels$13(
        .clock(levels$13$clock),
        .above_valid(levels$13$above_valid),
        .above_word(levels$13$above_word),
        .above_node(levels$13$above_node),
        .word(levels$13$word),
        .node(levels$13$node),
        .we(levels$13$we),
        .w_address(levels$13$w_address),
        .w_data(levels$13$w_data)
    );
    top$tree$levels$14 levels$14(
        .clock(levels$14$clock),
        .above_valid(levels$14$above_valid),
        .above_word(levels$14$above_word),
        .above_node(levels$14$above_node),
        .word(levels$14$word),
        .node(levels$14$node),
        .we(levels$14$we),
        .w_address(levels$14$w_address),
        .w_data(levels$14$w_data)
    );
    top$tree$levels$15 levels$15(
        .clock(levels$15$clock),
        .above_valid(levels$15$above_valid),
        .above_word(levels$15$above_word),
        .above_node(levels$15$above_node),
        .word(levels$15$word),
        .node(levels$15$node),
        .we(levels$15$we),
        .w_address(levels$15$w_address),
        .w_data(levels$15$w_data)
    );
    top$tree$leaves leaves(
        .clock(leaves$clock),
        .read_enable(leaves$read_enable),
        .read_address(leaves$read_address),
        .read_data(leaves$read_data),
        .write_address(leaves$write_address),
        .write_data(leaves$write_data),
        .write_enable(leaves$write_enable)
    );
    top$tree$valid valid(
        .clock(valid$clock),
        .ce(valid$ce),
        .rst(valid$rst),
        .d(valid$d),
        .q(valid$q)
    );
    
    // Update code
    always @(*) begin
        valid$clock = clock;
        valid$ce = 1'b1;
        valid$rst = reset;
        valid$d = (valid$q << 32'h1) | ((in_word[(valid_bit)+:(1)]) & 17'h1ffff);
        levels$0$clock = clock;
        levels$0$we = node_we & (node_level == 0);
        levels$0$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$0$w_data = node_data;
        levels$1$clock = clock;
        levels$1$we = node_we & (node_level == 1);
        levels$1$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$1$w_data = node_data;
        levels$2$clock = clock;
        levels$2$we = node_we & (node_level == 2);
        levels$2$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$2$w_data = node_data;
        levels$3$clock = clock;
        levels$3$we = node_we & (node_level == 3);
        levels$3$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$3$w_data = node_data;
        levels$4$clock = clock;
        levels$4$we = node_we & (node_level == 4);
        levels$4$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$4$w_data = node_data;
        levels$5$clock = clock;
        levels$5$we = node_we & (node_level == 5);
        levels$5$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$5$w_data = node_data;
        levels$6$clock = clock;
        levels$6$we = node_we & (node_level == 6);
        levels$6$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$6$w_data = node_data;
        levels$7$clock = clock;
        levels$7$we = node_we & (node_level == 7);
        levels$7$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$7$w_data = node_data;
        levels$8$clock = clock;
        levels$8$we = node_we & (node_level == 8);
        levels$8$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$8$w_data = node_data;
        levels$9$clock = clock;
        levels$9$we = node_we & (node_level == 9);
        levels$9$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$9$w_data = node_data;
        levels$10$clock = clock;
        levels$10$we = node_we & (node_level == 10);
        levels$10$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$10$w_data = node_data;
        levels$11$clock = clock;
        levels$11$we = node_we & (node_level == 11);
        levels$11$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$11$w_data = node_data;
        levels$12$clock = clock;
        levels$12$we = node_we & (node_level == 12);
        levels$12$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$12$w_data = node_data;
        levels$13$clock = clock;
        levels$13$we = node_we & (node_level == 13);
        levels$13$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$13$w_data = node_data;
        levels$14$clock = clock;
        levels$14$we = node_we & (node_level == 14);
        levels$14$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$14$w_data = node_data;
        levels$15$clock = clock;
        levels$15$we = node_we & (node_level == 15);
        levels$15$w_address = (((node_index) & 17'h1ffff) << 32'h1) | ((w_bank) & 17'h1ffff);
        levels$15$w_data = node_data;
        levels$0$above_valid = in_word[valid_bit];
        levels$0$above_word = in_word;
        levels$0$above_node = 32'h0;
        levels$1$above_valid = valid$q[1 - 32'h1];
        levels$1$above_word = levels$0$word;
        levels$1$above_node = levels$0$node;
        levels$2$above_valid = valid$q[2 - 32'h1];
        levels$2$above_word = levels$1$word;
        levels$2$above_node = levels$1$node;
        levels$3$above_valid = valid$q[3 - 32'h1];
        levels$3$above_word = levels$2$word;
        levels$3$above_node = levels$2$node;
        levels$4$above_valid = valid$q[4 - 32'h1];
        levels$4$above_word = levels$3$word;
        levels$4$above_node = levels$3$node;
        levels$5$above_valid = valid$q[5 - 32'h1];
        levels$5$above_word = levels$4$word;
        levels$5$above_node = levels$4$node;
        levels$6$above_valid = valid$q[6 - 32'h1];
        levels$6$above_word = levels$5$word;
        levels$6$above_node = levels$5$node;
        levels$7$above_valid = valid$q[7 - 32'h1];
        levels$7$above_word = levels$6$word;
        levels$7$above_node = levels$6$node;
        levels$8$above_valid = valid$q[8 - 32'h1];
        levels$8$above_word = levels$7$word;
        levels$8$above_node = levels$7$node;
        levels$9$above_valid = valid$q[9 - 32'h1];
        levels$9$above_word = levels$8$word;
        levels$9$above_node = levels$8$node;
        levels$10$above_valid = valid$q[10 - 32'h1];
        levels$10$above_word = levels$9$word;
        levels$10$above_node = levels$9$node;
        levels$11$above_valid = valid$q[11 - 32'h1];
        levels$11$above_word = levels$10$word;
        levels$11$above_node = levels$10$node;
        levels$12$above_valid = valid$q[12 - 32'h1];
        levels$12$above_word = levels$11$word;
        levels$12$above_node = levels$11$node;
        levels$13$above_valid = valid$q[13 - 32'h1];
        levels$13$above_word = levels$12$word;
        levels$13$above_node = levels$12$node;
        levels$14$above_valid = valid$q[14 - 32'h1];
        levels$14$above_word = levels$13$word;
        levels$14$above_node = levels$13$node;
        levels$15$above_valid = valid$q[15 - 32'h1];
        levels$15$above_word = levels$14$word;
        levels$15$above_node = levels$14$node;
        leaves$clock = clock;
        leaves$read_enable = valid$q[32'hf];
        leaves$read_address = (((((levels$15$word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((last_decides & levels$15$node[32'h28] & ((levels$15$word & key_mask) >= ((levels$15$node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) >> rank_shift) & leaf_mask | (((levels$15$word[(bank_bit)+:(1)]) & 17'h1ffff) << levels_count);
        leaves$write_enable = leaf_we;
        leaves$write_address = (((leaf_index) & 17'h1ffff) & leaf_mask) | (((w_bank) & 17'h1ffff) << levels_count);
        leaves$write_data = leaf_data;
        out_valid = valid$q[32'h10];
        out_leaf = leaves$read_data;
    end
    
endmodule // top$tree


module top$tree$leaves(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [10:0] read_data;
    input wire  [16:0] write_address;
    input wire  [10:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[10:0] mem[31:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:5], write_address[16:5]};
    
    initial begin
       read_data = 11'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[4:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[4:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$leaves


module top$tree$levels$0(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$0$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$0$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$0


module top$tree$levels$0$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$0$lookup


module top$tree$levels$0$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$0$nodes


module top$tree$levels$1(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b1;
    localparam  node_mask = 17'b1;
    localparam  word_mask = 17'b11;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$1$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$1$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$1


module top$tree$levels$1$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$1$lookup


module top$tree$levels$1$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[3:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:2], write_address[16:2]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[1:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[1:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$1$nodes


module top$tree$levels$10(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$10$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$10$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$10


module top$tree$levels$10$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$10$lookup


module top$tree$levels$10$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$10$nodes


module top$tree$levels$11(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$11$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$11$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$11


module top$tree$levels$11$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$11$lookup


module top$tree$levels$11$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$11$nodes


module top$tree$levels$12(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$12$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$12$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$12


module top$tree$levels$12$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$12$lookup


module top$tree$levels$12$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$12$nodes


module top$tree$levels$13(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$13$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$13$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$13


module top$tree$levels$13$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$13$lookup


module top$tree$levels$13$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$13$nodes


module top$tree$levels$14(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$14$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$14$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$14


module top$tree$levels$14$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$14$lookup


module top$tree$levels$14$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$14$nodes


module top$tree$levels$15(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$15$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$15$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$15


module top$tree$levels$15$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$15$lookup


module top$tree$levels$15$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$15$nodes


module top$tree$levels$2(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b1;
    localparam  node_mask = 17'b11;
    localparam  word_mask = 17'b111;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$2$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$2$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$2


module top$tree$levels$2$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$2$lookup


module top$tree$levels$2$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[7:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:3], write_address[16:3]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[2:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[2:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$2$nodes


module top$tree$levels$3(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b1;
    localparam  node_mask = 17'b111;
    localparam  word_mask = 17'b1111;
    localparam  present = 1'b1;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$3$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$3$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$3


module top$tree$levels$3$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$3$lookup


module top$tree$levels$3$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[15:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:4], write_address[16:4]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[3:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[3:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$3$nodes


module top$tree$levels$4(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b1;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$4$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$4$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$4


module top$tree$levels$4$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$4$lookup


module top$tree$levels$4$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$4$nodes


module top$tree$levels$5(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$5$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$5$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$5


module top$tree$levels$5$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$5$lookup


module top$tree$levels$5$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$5$nodes


module top$tree$levels$6(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$6$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$6$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$6


module top$tree$levels$6$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$6$lookup


module top$tree$levels$6$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$6$nodes


module top$tree$levels$7(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$7$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$7$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$7


module top$tree$levels$7$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$7$lookup


module top$tree$levels$7$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$7$nodes


module top$tree$levels$8(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$8$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$8$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$8


module top$tree$levels$8$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$8$lookup


module top$tree$levels$8$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$8$nodes


module top$tree$levels$9(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  above_valid;
    input wire  [63:0] above_word;
    input wire  [40:0] above_node;
    output reg  [63:0] word;
    output reg  [40:0] node;
    input wire  we;
    input wire  [16:0] w_address;
    input wire  [40:0] w_data;
    
    // Constant declarations
    localparam  above_decides = 1'b0;
    localparam  node_mask = 17'b0;
    localparam  word_mask = 17'b1;
    localparam  present = 1'b0;
    localparam  key_mask = 64'hffffffffff;
    localparam  i_clear = 64'hff0000ffffffffff;
    localparam  i_lsb = 8'h28;
    localparam  bank_bit = 8'h39;
    
    // Stub signals
    reg  lookup$clock;
    reg  lookup$ce;
    reg  lookup$rst;
    reg  [63:0] lookup$d;
    wire  [63:0] lookup$q;
    reg  nodes$clock;
    reg  nodes$read_enable;
    reg  [16:0] nodes$read_address;
    wire  [40:0] nodes$read_data;
    reg  [16:0] nodes$write_address;
    reg  [40:0] nodes$write_data;
    reg  nodes$write_enable;
    
    // Sub module instances
    top$tree$levels$9$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$tree$levels$9$nodes nodes(
        .clock(nodes$clock),
        .read_enable(nodes$read_enable),
        .read_address(nodes$read_address),
        .read_data(nodes$read_data),
        .write_address(nodes$write_address),
        .write_data(nodes$write_data),
        .write_enable(nodes$write_enable)
    );
    
    // Update code
    always @(*) begin
        lookup$clock = clock;
        nodes$clock = clock;
        lookup$ce = above_valid;
        lookup$rst = 1'b0;
        lookup$d = (above_word & i_clear) | ((((above_word[(i_lsb)+:(16)] << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 16'hffff)) & 64'hffffffffffffffff) << i_lsb);
        nodes$read_enable = present & above_valid;
        nodes$read_address = (((((above_word[(i_lsb)+:(16)]) & 17'h1ffff) << 32'h1) | (((above_decides & above_node[32'h28] & ((above_word & key_mask) >= ((above_node[(32'h0)+:(40)]) & 64'hffffffffffffffff)))) & 17'h1ffff)) & node_mask) << 32'h1 | ((above_word[(bank_bit)+:(1)]) & 17'h1ffff);
        nodes$write_enable = we & present;
        nodes$write_address = w_address & word_mask;
        nodes$write_data = w_data;
        word = lookup$q;
        node = nodes$read_data;
    end
    
endmodule // top$tree$levels$9


module top$tree$levels$9$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$tree$levels$9$lookup


module top$tree$levels$9$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  read_enable;
    input wire  [16:0] read_address;
    output reg  [40:0] read_data;
    input wire  [16:0] write_address;
    input wire  [40:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[40:0] mem[1:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:1], write_address[16:1]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[0:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[0:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$levels$9$nodes


module top$tree$valid(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [16:0] d;
    output reg  [16:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 17'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$tree$valid
