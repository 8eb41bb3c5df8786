// dxedge port pipeline block, standalone: Regs (10G build)
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,bus$addr,bus$wdata,bus$write,bus$read,bus$rdata,bus$rvalid,direction,clear_busy,clear_start,banks,port_mac0,port_mac1,vid_we,vid_waddr,target_we,target_waddr,entry,entry_mtu,lpm_w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data,vif_host_index,vif_host_data$0,vif_host_data$1,vif_host_data$2,vif_host_data$3,vif_host_data$4,target_host_index,target_host_data$0,target_host_data$1,cpu_host_data$0,cpu_host_data$1,global$0,global$1,global$2,global$3,global$4,global$5,global$6,global$7);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [19:0] bus$addr;
    input wire  [31:0] bus$wdata;
    input wire  bus$write;
    input wire  bus$read;
    output reg  [31:0] bus$rdata;
    output reg  bus$rvalid;
    input wire  direction;
    input wire  clear_busy;
    output reg  clear_start;
    output reg  [3:0] banks;
    output reg  [47:0] port_mac0;
    output reg  [47:0] port_mac1;
    output reg  vid_we;
    output reg  [12:0] vid_waddr;
    output reg  target_we;
    output reg  [10:0] target_waddr;
    output reg  [63:0] entry;
    output reg  [15:0] entry_mtu;
    output reg  lpm_w_bank;
    output reg  node_we;
    output reg  [3:0] node_level;
    output reg  [15:0] node_index;
    output reg  [40:0] node_data;
    output reg  leaf_we;
    output reg  [15:0] leaf_index;
    output reg  [10:0] leaf_data;
    output reg  [7:0] vif_host_index;
    input wire  [63:0] vif_host_data$0;
    input wire  [63:0] vif_host_data$1;
    input wire  [63:0] vif_host_data$2;
    input wire  [63:0] vif_host_data$3;
    input wire  [63:0] vif_host_data$4;
    output reg  [9:0] target_host_index;
    input wire  [63:0] target_host_data$0;
    input wire  [63:0] target_host_data$1;
    input wire  [63:0] cpu_host_data$0;
    input wire  [63:0] cpu_host_data$1;
    input wire  [63:0] global$0;
    input wire  [63:0] global$1;
    input wire  [63:0] global$2;
    input wire  [63:0] global$3;
    input wire  [63:0] global$4;
    input wire  [63:0] global$5;
    input wire  [63:0] global$6;
    input wire  [63:0] global$7;
    
    // Constant declarations
    localparam  off_id = 20'h0;
    localparam  off_version = 20'h4;
    localparam  off_next = 20'h8;
    localparam  off_build = 20'hc;
    localparam  off_cap_tables = 20'h10;
    localparam  off_cap_lpm = 20'h14;
    localparam  off_ctrl = 20'h20;
    localparam  off_status = 20'h24;
    localparam  off_mac_lo = 20'h28;
    localparam  off_mac_hi = 20'h2c;
    localparam  off_data0 = 20'h40;
    localparam  off_data1 = 20'h44;
    localparam  off_data2 = 20'h48;
    localparam  off_data3 = 20'h4c;
    localparam  off_tbl_write = 20'h50;
    localparam  off_tbl_commit = 20'h54;
    localparam  id_value = 32'h44585050;
    localparam  version_value = 32'h20001;
    localparam  build_value = 32'h8;
    localparam  build_to_customer = 32'h10000;
    localparam  next_value = 32'h0;
    localparam  cap_tables_value = 32'h4000100;
    localparam  cap_lpm_value = 32'h10;
    localparam  table_vid = 4'h0;
    localparam  table_target = 4'h1;
    localparam  table_node = 4'h2;
    localparam  table_leaf = 4'h3;
    localparam  table_lsb = 8'h1c;
    localparam  bank_vid = 8'h0;
    localparam  bank_target = 8'h1;
    localparam  bank_lpm = 8'h2;
    localparam  bank_port = 8'h3;
    localparam  clear_bit = 8'h0;
    localparam  status_clear = 32'h1;
    localparam  status_commit = 32'h2;
    localparam  drain_clocks = 8'h20;
    localparam  global_base = 20'h100;
    localparam  global_mask = 20'hfffc0;
    localparam  vif_base = 20'h10000;
    localparam  vif_mask = 20'hfc000;
    localparam  vif_row_shift = 8'h6;
    localparam  vif_word_mask = 8'hf;
    localparam  target_base = 20'h20000;
    localparam  target_mask = 20'hfc000;
    localparam  target_row_shift = 8'h4;
    localparam  target_word_mask = 8'h3;
    localparam  cpu_base = 20'h30000;
    localparam  cpu_mask = 20'hfc000;
    localparam  vids = 24'h1000;
    localparam  targets = 24'h400;
    localparam  leaves = 24'h10000;
    localparam  node_real_bit = 8'h1f;
    localparam  node_real = 41'h10000000000;
    localparam  leaf_valid_bit = 8'h1f;
    
    // Stub signals
    reg  staged$0$clock;
    reg  staged$0$ce;
    reg  staged$0$rst;
    reg  [31:0] staged$0$d;
    wire  [31:0] staged$0$q;
    reg  staged$1$clock;
    reg  staged$1$ce;
    reg  staged$1$rst;
    reg  [31:0] staged$1$d;
    wire  [31:0] staged$1$q;
    reg  staged$2$clock;
    reg  staged$2$ce;
    reg  staged$2$rst;
    reg  [31:0] staged$2$d;
    wire  [31:0] staged$2$q;
    reg  staged$3$clock;
    reg  staged$3$ce;
    reg  staged$3$rst;
    reg  [31:0] staged$3$d;
    wire  [31:0] staged$3$q;
    reg  [3:0] active$d;
    wire  [3:0] active$q;
    reg  active$clock;
    reg  [7:0] commit_busy$d;
    wire  [7:0] commit_busy$q;
    reg  commit_busy$clock;
    reg  mac_lo$0$clock;
    reg  mac_lo$0$ce;
    reg  mac_lo$0$rst;
    reg  [31:0] mac_lo$0$d;
    wire  [31:0] mac_lo$0$q;
    reg  mac_lo$1$clock;
    reg  mac_lo$1$ce;
    reg  mac_lo$1$rst;
    reg  [31:0] mac_lo$1$d;
    wire  [31:0] mac_lo$1$q;
    reg  mac_hi$0$clock;
    reg  mac_hi$0$ce;
    reg  mac_hi$0$rst;
    reg  [15:0] mac_hi$0$d;
    wire  [15:0] mac_hi$0$q;
    reg  mac_hi$1$clock;
    reg  mac_hi$1$ce;
    reg  mac_hi$1$rst;
    reg  [15:0] mac_hi$1$d;
    wire  [15:0] mac_hi$1$q;
    reg  r1_valid$d;
    wire  r1_valid$q;
    reg  r1_valid$clock;
    reg  [19:0] r1_addr$d;
    wire  [19:0] r1_addr$q;
    reg  r1_addr$clock;
    reg  rdata$clock;
    reg  rdata$ce;
    reg  rdata$rst;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rvalid$d;
    wire  rvalid$q;
    reg  rvalid$clock;
    reg  [63:0] snap$0$d;
    wire  [63:0] snap$0$q;
    reg  snap$0$clock;
    reg  [63:0] snap$1$d;
    wire  [63:0] snap$1$q;
    reg  snap$1$clock;
    reg  [63:0] snap$2$d;
    wire  [63:0] snap$2$q;
    reg  snap$2$clock;
    reg  [63:0] snap$3$d;
    wire  [63:0] snap$3$q;
    reg  snap$3$clock;
    reg  [63:0] snap$4$d;
    wire  [63:0] snap$4$q;
    reg  snap$4$clock;
    reg  [63:0] snap$5$d;
    wire  [63:0] snap$5$q;
    reg  snap$5$clock;
    reg  [63:0] snap$6$d;
    wire  [63:0] snap$6$q;
    reg  snap$6$clock;
    reg  [63:0] snap$7$d;
    wire  [63:0] snap$7$q;
    reg  snap$7$clock;
    
    // Local signals
    reg  [19:0] waddr;
    reg  table_write;
    reg  [3:0] table_id;
    reg  [23:0] index;
    reg  shadow_port;
    reg  in_global;
    reg  in_vif;
    reg  in_target;
    reg  in_cpu;
    reg  [7:0] word;
    reg  [7:0] counter;
    reg  [63:0] value;
    reg  [31:0] read_value;
    
    // Sub module instances
    top$staged$0 staged$0(
        .clock(staged$0$clock),
        .ce(staged$0$ce),
        .rst(staged$0$rst),
        .d(staged$0$d),
        .q(staged$0$q)
    );
    top$staged$1 staged$1(
        .clock(staged$1$clock),
        .ce(staged$1$ce),
        .rst(staged$1$rst),
        .d(staged$1$d),
        .q(staged$1$q)
    );
    top$staged$2 staged$2(
        .clock(staged$2$clock),
        .ce(staged$2$ce),
        .rst(staged$2$rst),
        .d(staged$2$d),
        .q(staged$2$q)
    );
    top$staged$3 staged$3(
        .clock(staged$3$clock),
        .ce(staged$3$ce),
        .rst(staged$3$rst),
        .d(staged$3$d),
        .q(staged$3$q)
    );
    top$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    top$commit_busy commit_busy(
        .d(commit_busy$d),
        .q(commit_busy$q),
        .clock(commit_busy$clock)
    );
    top$mac_lo$0 mac_lo$0(
        .clock(mac_lo$0$clock),
        .ce(mac_lo$0$ce),
        .rst(mac_lo$0$rst),
        .d(mac_lo$0$d),
        .q(mac_lo$0$q)
    );
    top$mac_lo$1 mac_lo$1(
        .clock(mac_lo$1$clock),
        .ce(mac_lo$1$ce),
        .rst(mac_lo$1$rst),
        .d(mac_lo$1$d),
        .q(mac_lo$1$q)
    );
    top$mac_hi$0 mac_hi$0(
        .clock(mac_hi$0$clock),
        .ce(mac_hi$0$ce),
        .rst(mac_hi$0$rst),
        .d(mac_hi$0$d),
        .q(mac_hi$0$q)
    );
    top$mac_hi$1 mac_hi$1(
        .clock(mac_hi$1$clock),
        .ce(mac_hi$1$ce),
        .rst(mac_hi$1$rst),
        .d(mac_hi$1$d),
        .q(mac_hi$1$q)
    );
    top$r1_valid r1_valid(
        .d(r1_valid$d),
        .q(r1_valid$q),
        .clock(r1_valid$clock)
    );
    top$r1_addr r1_addr(
        .d(r1_addr$d),
        .q(r1_addr$q),
        .clock(r1_addr$clock)
    );
    top$rdata rdata(
        .clock(rdata$clock),
        .ce(rdata$ce),
        .rst(rdata$rst),
        .d(rdata$d),
        .q(rdata$q)
    );
    top$rvalid rvalid(
        .d(rvalid$d),
        .q(rvalid$q),
        .clock(rvalid$clock)
    );
    top$snap$0 snap$0(
        .d(snap$0$d),
        .q(snap$0$q),
        .clock(snap$0$clock)
    );
    top$snap$1 snap$1(
        .d(snap$1$d),
        .q(snap$1$q),
        .clock(snap$1$clock)
    );
    top$snap$2 snap$2(
        .d(snap$2$d),
        .q(snap$2$q),
        .clock(snap$2$clock)
    );
    top$snap$3 snap$3(
        .d(snap$3$d),
        .q(snap$3$q),
        .clock(snap$3$clock)
    );
    top$snap$4 snap$4(
        .d(snap$4$d),
        .q(snap$4$q),
        .clock(snap$4$clock)
    );
    top$snap$5 snap$5(
        .d(snap$5$d),
        .q(snap$5$q),
        .clock(snap$5$clock)
    );
    top$snap$6 snap$6(
        .d(snap$6$d),
        .q(snap$6$q),
        .clock(snap$6$clock)
    );
    top$snap$7 snap$7(
        .d(snap$7$d),
        .q(snap$7$q),
        .clock(snap$7$clock)
    );
    
    // Update code
    always @(*) begin
        active$clock = clock;
        commit_busy$clock = clock;
        r1_valid$clock = clock;
        r1_addr$clock = clock;
        rvalid$clock = clock;
        active$d = active$q;
        commit_busy$d = commit_busy$q;
        r1_valid$d = r1_valid$q;
        r1_addr$d = r1_addr$q;
        rvalid$d = rvalid$q;
        waddr = bus$addr & 32'hffffc;
        staged$0$clock = clock;
        staged$0$rst = 1'b0;
        staged$0$d = bus$wdata;
        staged$1$clock = clock;
        staged$1$rst = 1'b0;
        staged$1$d = bus$wdata;
        staged$2$clock = clock;
        staged$2$rst = 1'b0;
        staged$2$d = bus$wdata;
        staged$3$clock = clock;
        staged$3$rst = 1'b0;
        staged$3$d = bus$wdata;
        staged$0$ce = bus$write & (waddr == off_data0);
        staged$1$ce = bus$write & (waddr == off_data1);
        staged$2$ce = bus$write & (waddr == off_data2);
        staged$3$ce = bus$write & (waddr == off_data3);
        shadow_port = ~active$q[bank_port];
        mac_lo$0$clock = clock;
        mac_lo$0$rst = 1'b0;
        mac_lo$0$d = bus$wdata;
        mac_hi$0$clock = clock;
        mac_hi$0$rst = 1'b0;
        mac_hi$0$d = bus$wdata[(32'h0)+:(16)];
        mac_lo$1$clock = clock;
        mac_lo$1$rst = 1'b0;
        mac_lo$1$d = bus$wdata;
        mac_hi$1$clock = clock;
        mac_hi$1$rst = 1'b0;
        mac_hi$1$d = bus$wdata[(32'h0)+:(16)];
        mac_lo$0$ce = bus$write & (waddr == off_mac_lo) & ~shadow_port;
        mac_lo$1$ce = bus$write & (waddr == off_mac_lo) & shadow_port;
        mac_hi$0$ce = bus$write & (waddr == off_mac_hi) & ~shadow_port;
        mac_hi$1$ce = bus$write & (waddr == off_mac_hi) & shadow_port;
        rdata$clock = clock;
        rdata$rst = 1'b0;
        snap$0$clock = clock;
        snap$0$d = snap$0$q;
        snap$1$clock = clock;
        snap$1$d = snap$1$q;
        snap$2$clock = clock;
        snap$2$d = snap$2$q;
        snap$3$clock = clock;
        snap$3$d = snap$3$q;
        snap$4$clock = clock;
        snap$4$d = snap$4$q;
        snap$5$clock = clock;
        snap$5$d = snap$5$q;
        snap$6$clock = clock;
        snap$6$d = snap$6$q;
        snap$7$clock = clock;
        snap$7$d = snap$7$q;
        banks = active$q;
        port_mac0 = ((mac_lo$0$q) & 48'hffffffffffff) | (((mac_hi$0$q) & 48'hffffffffffff) << 32'h20);
        port_mac1 = ((mac_lo$1$q) & 48'hffffffffffff) | (((mac_hi$1$q) & 48'hffffffffffff) << 32'h20);
        lpm_w_bank = ~active$q[bank_lpm];
        commit_busy$d = commit_busy$q;
        if (commit_busy$q != 32'h0) begin
            commit_busy$d = commit_busy$q - 32'h1;
        end
        clear_start = 1'b0;
        table_write = 1'b0;
        table_id = 32'h0;
        index = 32'h0;
        entry = 32'h0;
        entry_mtu = 32'h0;
        vid_we = 1'b0;
        vid_waddr = 32'h0;
        target_we = 1'b0;
        target_waddr = 32'h0;
        node_we = 1'b0;
        node_level = 32'h0;
        node_index = 32'h0;
        node_data = 32'h0;
        leaf_we = 1'b0;
        leaf_index = 32'h0;
        leaf_data = 32'h0;
        if (bus$write) begin
            clear_start = (waddr == off_ctrl) & bus$wdata[clear_bit];
            if (waddr == off_tbl_commit) begin
                active$d = active$q ^ bus$wdata[(32'h0)+:(4)];
                commit_busy$d = drain_clocks;
            end
            table_write = waddr == off_tbl_write;
            table_id = bus$wdata[(table_lsb)+:(4)];
            index = bus$wdata[(32'h0)+:(24)];
            entry = ((staged$0$q) & 64'hffffffffffffffff) | (((staged$1$q) & 64'hffffffffffffffff) << 32'h20);
            entry_mtu = staged$2$q[(32'h0)+:(16)];
            vid_we = table_write & (table_id == table_vid) & (index < vids);
            vid_waddr = ((index) & 13'h1fff);
            if (~active$q[bank_vid]) begin
                vid_waddr = ((index) & 13'h1fff) | 32'h1000;
            end
            target_we = table_write & (table_id == table_target) & (index < targets);
            target_waddr = ((index) & 11'h7ff);
            if (~active$q[bank_target]) begin
                target_waddr = ((index) & 11'h7ff) | 32'h400;
            end
            node_level = index[(32'h10)+:(4)];
            node_index = index[(32'h0)+:(16)];
            node_we = table_write & (table_id == table_node) & (index[(32'h14)+:(4)] == 32'h0) & ((index[(32'h0)+:(16)] >> index[(32'h10)+:(4)]) == 32'h0);
            node_data = ((staged$0$q) & 41'h1ffffffffff) | (((staged$1$q & 32'hff) & 41'h1ffffffffff) << 32'h20);
            if (staged$1$q[node_real_bit]) begin
                node_data = ((staged$0$q) & 41'h1ffffffffff) | (((staged$1$q & 32'hff) & 41'h1ffffffffff) << 32'h20) | node_real;
            end
            leaf_we = table_write & (table_id == table_leaf) & (index < leaves);
            leaf_index = index[(32'h0)+:(16)];
            leaf_data = ((staged$0$q & 32'h3ff) & 11'h7ff);
            if (staged$0$q[leaf_valid_bit]) begin
                leaf_data = ((staged$0$q & 32'h3ff) & 11'h7ff) | 32'h400;
            end
        end
        r1_valid$d = bus$read;
        r1_addr$d = waddr;
        vif_host_index = ((bus$addr >> vif_row_shift) & 8'hff);
        target_host_index = ((bus$addr >> target_row_shift) & 10'h3ff);
        in_global = 1'b0;
        in_vif = 1'b0;
        in_target = 1'b0;
        in_cpu = 1'b0;
        word = 32'h0;
        counter = 32'h0;
        value = 32'h0;
        read_value = 32'h0;
        if (r1_valid$q) begin
            in_global = (r1_addr$q & global_mask) == global_base;
            in_vif = (r1_addr$q & vif_mask) == vif_base;
            in_target = (r1_addr$q & target_mask) == target_base;
            in_cpu = (r1_addr$q & cpu_mask) == cpu_base;
            word = ((r1_addr$q >> 32'h2) & 8'hff) & vif_word_mask;
            if (in_target | in_cpu) begin
                word = ((r1_addr$q >> 32'h2) & 8'hff) & target_word_mask;
            end
            counter = word >> 32'h1;
            if (counter == 0) begin
                value = snap$0$q;
            end
            if (counter == 1) begin
                value = snap$1$q;
            end
            if (counter == 2) begin
                value = snap$2$q;
            end
            if (counter == 3) begin
                value = snap$3$q;
            end
            if (counter == 4) begin
                value = snap$4$q;
            end
            if (counter == 5) begin
                value = snap$5$q;
            end
            if (counter == 6) begin
                value = snap$6$q;
            end
            if (counter == 7) begin
                value = snap$7$q;
            end
            if (word == 32'h0) begin
                if (in_global) begin
                    value = global$0;
                    snap$0$d = global$0;
                    snap$1$d = global$1;
                    snap$2$d = global$2;
                    snap$3$d = global$3;
                    snap$4$d = global$4;
                    snap$5$d = global$5;
                    snap$6$d = global$6;
                    snap$7$d = global$7;
                end
                if (in_vif) begin
                    value = vif_host_data$0;
                    snap$0$d = vif_host_data$0;
                    snap$1$d = vif_host_data$1;
                    snap$2$d = vif_host_data$2;
                    snap$3$d = vif_host_data$3;
                    snap$4$d = vif_host_data$4;
                end
                if (in_target) begin
                    value = target_host_data$0;
                    snap$0$d = target_host_data$0;
                    snap$1$d = target_host_data$1;
                end
                if (in_cpu) begin
                    value = cpu_host_data$0;
                    snap$0$d = cpu_host_data$0;
                    snap$1$d = cpu_host_data$1;
                end
            end
            if (in_global | in_vif | in_target | in_cpu) begin
                read_value = value[(32'h0)+:(32)];
                if (word[32'h0]) begin
                    read_value = value[(32'h20)+:(32)];
                end
            end
            else if (r1_addr$q == off_id) begin
                read_value = id_value;
            end
            else if (r1_addr$q == off_version) begin
                read_value = version_value;
            end
            else if (r1_addr$q == off_next) begin
                read_value = next_value;
            end
            else if (r1_addr$q == off_build) begin
                read_value = build_value;
                if (direction) begin
                    read_value = build_value | build_to_customer;
                end
            end
            else if (r1_addr$q == off_cap_tables) begin
                read_value = cap_tables_value;
            end
            else if (r1_addr$q == off_cap_lpm) begin
                read_value = cap_lpm_value;
            end
            else if (r1_addr$q == off_status) begin
                if (clear_busy) begin
                    read_value = status_clear;
                end
                if (commit_busy$q != 32'h0) begin
                    read_value = status_commit;
                    if (clear_busy) begin
                        read_value = status_clear | status_commit;
                    end
                end
            end
            else if (r1_addr$q == off_mac_lo) begin
                read_value = mac_lo$0$q;
                if (shadow_port) begin
                    read_value = mac_lo$1$q;
                end
            end
            else if (r1_addr$q == off_mac_hi) begin
                read_value = ((mac_hi$0$q) & 32'hffffffff);
                if (shadow_port) begin
                    read_value = ((mac_hi$1$q) & 32'hffffffff);
                end
            end
            else if (r1_addr$q == off_data0) begin
                read_value = staged$0$q;
            end
            else if (r1_addr$q == off_data1) begin
                read_value = staged$1$q;
            end
            else if (r1_addr$q == off_data2) begin
                read_value = staged$2$q;
            end
            else if (r1_addr$q == off_data3) begin
                read_value = staged$3$q;
            end
            else if (r1_addr$q == off_tbl_commit) begin
                read_value = ((active$q) & 32'hffffffff);
            end
        end
        rdata$ce = r1_valid$q;
        rdata$d = read_value;
        rvalid$d = r1_valid$q;
        if (reset) begin
            active$d = 32'h0;
            commit_busy$d = 32'h0;
            r1_valid$d = 1'b0;
            rvalid$d = 1'b0;
        end
        bus$rdata = rdata$q;
        bus$rvalid = rvalid$q;
    end
    
endmodule // top


module top$active(d,q,clock);
    
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
          
endmodule // top$active


module top$commit_busy(d,q,clock);
    
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
          
endmodule // top$commit_busy


module top$mac_hi$0(clock,ce,rst,d,q);
    
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
endmodule // top$mac_hi$0


module top$mac_hi$1(clock,ce,rst,d,q);
    
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
endmodule // top$mac_hi$1


module top$mac_lo$0(clock,ce,rst,d,q);
    
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
endmodule // top$mac_lo$0


module top$mac_lo$1(clock,ce,rst,d,q);
    
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
endmodule // top$mac_lo$1


module top$r1_addr(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$r1_addr


module top$r1_valid(d,q,clock);
    
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
          
endmodule // top$r1_valid


module top$rdata(clock,ce,rst,d,q);
    
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
endmodule // top$rdata


module top$rvalid(d,q,clock);
    
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
          
endmodule // top$rvalid


module top$snap$0(d,q,clock);
    
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
          
endmodule // top$snap$0


module top$snap$1(d,q,clock);
    
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
          
endmodule // top$snap$1


module top$snap$2(d,q,clock);
    
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
          
endmodule // top$snap$2


module top$snap$3(d,q,clock);
    
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
          
endmodule // top$snap$3


module top$snap$4(d,q,clock);
    
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
          
endmodule // top$snap$4


module top$snap$5(d,q,clock);
    
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
          
endmodule // top$snap$5


module top$snap$6(d,q,clock);
    
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
          
endmodule // top$snap$6


module top$snap$7(d,q,clock);
    
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
          
endmodule // top$snap$7


module top$staged$0(clock,ce,rst,d,q);
    
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
endmodule // top$staged$0


module top$staged$1(clock,ce,rst,d,q);
    
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
endmodule // top$staged$1


module top$staged$2(clock,ce,rst,d,q);
    
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
endmodule // top$staged$2


module top$staged$3(clock,ce,rst,d,q);
    
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
endmodule // top$staged$3
