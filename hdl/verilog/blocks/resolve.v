// dxedge port pipeline block, standalone: Resolve
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,in_valid,in_payload,in_hit,in_target,port_mac0,port_mac1,target_we,target_waddr,target_wdata,target_wmtu,out_valid,out_record,out_macs,vif_event,vif_index,vif_bytes,vif_forwarded,vif_punted,vif_dropped,target_event,target_index,target_bytes,drop_event,drop_reason,punt_event);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [58:0] in_payload;
    input wire  in_hit;
    input wire  [9:0] in_target;
    input wire  [47:0] port_mac0;
    input wire  [47:0] port_mac1;
    input wire  target_we;
    input wire  [10:0] target_waddr;
    input wire  [63:0] target_wdata;
    input wire  [15:0] target_wmtu;
    output reg  out_valid;
    output reg  [52:0] out_record;
    output reg  [95:0] out_macs;
    output reg  vif_event;
    output reg  [7:0] vif_index;
    output reg  [23:0] vif_bytes;
    output reg  vif_forwarded;
    output reg  vif_punted;
    output reg  vif_dropped;
    output reg  target_event;
    output reg  [9:0] target_index;
    output reg  [23:0] target_bytes;
    output reg  drop_event;
    output reg  [2:0] drop_reason;
    output reg  punt_event;
    
    // Constant declarations
    localparam  kind_forward = 2'b0;
    localparam  kind_punt = 2'b1;
    localparam  kind_drop = 2'b10;
    localparam  reason_no_route = 3'b110;
    localparam  reason_mtu_exceeded = 3'b101;
    localparam  target_bank_bit = 8'h1;
    localparam  port_bank_bit = 8'h3;
    localparam  vlan_lsb = 8'h30;
    localparam  vlan_valid_bit = 8'h3f;
    
    // Stub signals
    reg  targets$clock;
    reg  [10:0] targets$read_address;
    wire  [63:0] targets$read_data;
    reg  [10:0] targets$write_address;
    reg  [63:0] targets$write_data;
    reg  targets$write_enable;
    reg  mtus$clock;
    reg  [10:0] mtus$read_address;
    wire  [15:0] mtus$read_data;
    reg  [10:0] mtus$write_address;
    reg  [15:0] mtus$write_data;
    reg  mtus$write_enable;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  v_kind$clock;
    reg  v_kind$ce;
    reg  v_kind$rst;
    reg  [1:0] v_kind$d;
    wire  [1:0] v_kind$q;
    reg  v_reason$clock;
    reg  v_reason$ce;
    reg  v_reason$rst;
    reg  [2:0] v_reason$d;
    wire  [2:0] v_reason$q;
    reg  v_target$clock;
    reg  v_target$ce;
    reg  v_target$rst;
    reg  [9:0] v_target$d;
    wire  [9:0] v_target$q;
    reg  v_len$clock;
    reg  v_len$ce;
    reg  v_len$rst;
    reg  [23:0] v_len$d;
    wire  [23:0] v_len$q;
    reg  v_vif$clock;
    reg  v_vif$ce;
    reg  v_vif$rst;
    reg  [7:0] v_vif$d;
    wire  [7:0] v_vif$q;
    reg  v_vif_found$clock;
    reg  v_vif_found$ce;
    reg  v_vif_found$rst;
    reg  v_vif_found$d;
    wire  v_vif_found$q;
    reg  v_port_bank$clock;
    reg  v_port_bank$ce;
    reg  v_port_bank$rst;
    reg  v_port_bank$d;
    wire  v_port_bank$q;
    reg  v_total_len$clock;
    reg  v_total_len$ce;
    reg  v_total_len$rst;
    reg  [15:0] v_total_len$d;
    wire  [15:0] v_total_len$q;
    
    // Local signals
    reg  [1:0] kind;
    reg  [2:0] reason;
    reg  [9:0] target;
    reg  [3:0] banks;
    reg  [52:0] record;
    reg  [47:0] src_mac;
    reg  forward;
    reg  too_big;
    reg  [1:0] kind_out;
    reg  [2:0] reason_out;
    
    // Sub module instances
    top$targets targets(
        .clock(targets$clock),
        .read_address(targets$read_address),
        .read_data(targets$read_data),
        .write_address(targets$write_address),
        .write_data(targets$write_data),
        .write_enable(targets$write_enable)
    );
    top$mtus mtus(
        .clock(mtus$clock),
        .read_address(mtus$read_address),
        .read_data(mtus$read_data),
        .write_address(mtus$write_address),
        .write_data(mtus$write_data),
        .write_enable(mtus$write_enable)
    );
    top$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$v_kind v_kind(
        .clock(v_kind$clock),
        .ce(v_kind$ce),
        .rst(v_kind$rst),
        .d(v_kind$d),
        .q(v_kind$q)
    );
    top$v_reason v_reason(
        .clock(v_reason$clock),
        .ce(v_reason$ce),
        .rst(v_reason$rst),
        .d(v_reason$d),
        .q(v_reason$q)
    );
    top$v_target v_target(
        .clock(v_target$clock),
        .ce(v_target$ce),
        .rst(v_target$rst),
        .d(v_target$d),
        .q(v_target$q)
    );
    top$v_len v_len(
        .clock(v_len$clock),
        .ce(v_len$ce),
        .rst(v_len$rst),
        .d(v_len$d),
        .q(v_len$q)
    );
    top$v_vif v_vif(
        .clock(v_vif$clock),
        .ce(v_vif$ce),
        .rst(v_vif$rst),
        .d(v_vif$d),
        .q(v_vif$q)
    );
    top$v_vif_found v_vif_found(
        .clock(v_vif_found$clock),
        .ce(v_vif_found$ce),
        .rst(v_vif_found$rst),
        .d(v_vif_found$d),
        .q(v_vif_found$q)
    );
    top$v_port_bank v_port_bank(
        .clock(v_port_bank$clock),
        .ce(v_port_bank$ce),
        .rst(v_port_bank$rst),
        .d(v_port_bank$d),
        .q(v_port_bank$q)
    );
    top$v_total_len v_total_len(
        .clock(v_total_len$clock),
        .ce(v_total_len$ce),
        .rst(v_total_len$rst),
        .d(v_total_len$d),
        .q(v_total_len$q)
    );
    
    // Update code
    always @(*) begin
        valid$clock = clock;
        valid$d = valid$q;
        v_kind$clock = clock;
        v_kind$ce = in_valid;
        v_kind$rst = 1'b0;
        v_reason$clock = clock;
        v_reason$ce = in_valid;
        v_reason$rst = 1'b0;
        v_target$clock = clock;
        v_target$ce = in_valid;
        v_target$rst = 1'b0;
        v_len$clock = clock;
        v_len$ce = in_valid;
        v_len$rst = 1'b0;
        v_vif$clock = clock;
        v_vif$ce = in_valid;
        v_vif$rst = 1'b0;
        v_vif_found$clock = clock;
        v_vif_found$ce = in_valid;
        v_vif_found$rst = 1'b0;
        v_port_bank$clock = clock;
        v_port_bank$ce = in_valid;
        v_port_bank$rst = 1'b0;
        v_total_len$clock = clock;
        v_total_len$ce = in_valid;
        v_total_len$rst = 1'b0;
        targets$clock = clock;
        targets$write_enable = target_we;
        targets$write_address = target_waddr;
        targets$write_data = target_wdata;
        mtus$clock = clock;
        mtus$write_enable = target_we;
        mtus$write_address = target_waddr;
        mtus$write_data = target_wmtu;
        kind = 32'h0;
        reason = 32'h0;
        target = 32'h0;
        banks = 32'h0;
        targets$read_address = 32'h0;
        mtus$read_address = 32'h0;
        valid$d = in_valid;
        if (in_valid) begin
            kind = in_payload[(64'h21)+:(2)];
            reason = in_payload[(64'h23)+:(3)];
            target = in_target;
            banks = in_payload[(64'h27)+:(4)];
            if (in_payload[(64'h26)+:(1)]) begin
                if (in_hit) begin
                    kind = kind_forward;
                end
                else begin
                    kind = kind_drop;
                    reason = reason_no_route;
                end
            end
            targets$read_address = ((target) & 11'h7ff);
            mtus$read_address = ((target) & 11'h7ff);
            if (banks[target_bank_bit]) begin
                targets$read_address = ((target) & 11'h7ff) | 32'h400;
                mtus$read_address = ((target) & 11'h7ff) | 32'h400;
            end
        end
        v_kind$d = kind;
        v_reason$d = reason;
        v_target$d = target;
        v_len$d = in_payload[(64'h0)+:(24)];
        v_vif$d = in_payload[(64'h18)+:(8)];
        v_vif_found$d = in_payload[(64'h20)+:(1)];
        v_port_bank$d = banks[port_bank_bit];
        v_total_len$d = in_payload[(64'h2b)+:(16)];
        if (reset) begin
            valid$d = 1'b0;
        end
        too_big = 1'b0;
        if (valid$q & (v_kind$q == kind_forward)) begin
            too_big = v_total_len$q > mtus$read_data;
        end
        kind_out = v_kind$q;
        reason_out = v_reason$q;
        if (too_big) begin
            kind_out = kind_drop;
            reason_out = reason_mtu_exceeded;
        end
        forward = kind_out == kind_forward;
        record[(64'h0)+:(2)] = kind_out;
        record[(64'h2)+:(3)] = reason_out;
        record[(64'h5)+:(10)] = v_target$q;
        record[(64'h10)+:(12)] = 32'h0;
        record[(64'hf)+:(1)] = 1'b0;
        record[(64'h1c)+:(1)] = 1'b0;
        record[(64'h1d)+:(24)] = v_len$q;
        src_mac = 32'h0;
        out_macs = 32'h0;
        if (valid$q) begin
            src_mac = port_mac0;
            if (v_port_bank$q) begin
                src_mac = port_mac1;
            end
            out_macs = ((targets$read_data[(32'h0)+:(48)]) & 96'hffffffffffffffffffffffff) | (((src_mac) & 96'hffffffffffffffffffffffff) << 32'h30);
            record[(64'h10)+:(12)] = targets$read_data[(vlan_lsb)+:(12)];
            record[(64'hf)+:(1)] = forward & targets$read_data[vlan_valid_bit];
            record[(64'h1c)+:(1)] = forward & ~targets$read_data[vlan_valid_bit];
            if (forward & ~targets$read_data[vlan_valid_bit]) begin
                record[(64'h1d)+:(24)] = v_len$q - 32'h4;
            end
        end
        out_valid = valid$q;
        out_record = record;
        vif_event = valid$q & v_vif_found$q;
        vif_index = v_vif$q;
        vif_bytes = v_len$q;
        vif_forwarded = forward;
        vif_punted = kind_out == kind_punt;
        vif_dropped = kind_out == kind_drop;
        target_event = valid$q & forward;
        target_index = v_target$q;
        target_bytes = record[(64'h1d)+:(24)];
        drop_event = valid$q & (kind_out == kind_drop);
        drop_reason = reason_out;
        punt_event = valid$q & (kind_out == kind_punt);
    end
    
endmodule // top


module top$mtus(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [15:0] read_data;
    input wire  [10:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[15:0] mem[2047:0];
    
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
endmodule // top$mtus


module top$targets(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [63:0] read_data;
    input wire  [10:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[2047:0];
    
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
endmodule // top$targets


module top$v_kind(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [1:0] d;
    output reg  [1:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 2'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$v_kind


module top$v_len(clock,ce,rst,d,q);
    
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
endmodule // top$v_len


module top$v_port_bank(clock,ce,rst,d,q);
    
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
endmodule // top$v_port_bank


module top$v_reason(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [2:0] d;
    output reg  [2:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 3'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$v_reason


module top$v_target(clock,ce,rst,d,q);
    
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
endmodule // top$v_target


module top$v_total_len(clock,ce,rst,d,q);
    
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
endmodule // top$v_total_len


module top$v_vif(clock,ce,rst,d,q);
    
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
endmodule // top$v_vif


module top$v_vif_found(clock,ce,rst,d,q);
    
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
endmodule // top$v_vif_found


module top$valid(d,q,clock);
    
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
          
endmodule // top$valid
