// dxedge datapath, 10G build: one direction (strapped), 64-bit stream
// Generated from hdl/src by `make verilog` (rust-hdl 0.46). DO NOT EDIT.


module top(clock,reset,direction,s_axis$tdata,s_axis$tkeep,s_axis$tvalid,s_axis$tready,s_axis$tlast,s_axis$tuser,m_axis$tdata,m_axis$tkeep,m_axis$tvalid,m_axis$tready,m_axis$tlast,m_axis$tuser,cpu_s_axis$tdata,cpu_s_axis$tkeep,cpu_s_axis$tvalid,cpu_s_axis$tready,cpu_s_axis$tlast,cpu_s_axis$tuser,csr$addr,csr$wdata,csr$write,csr$read,csr$rdata,csr$rvalid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  direction;
    input wire  [63:0] s_axis$tdata;
    input wire  [7:0] s_axis$tkeep;
    input wire  s_axis$tvalid;
    output reg  s_axis$tready;
    input wire  s_axis$tlast;
    input wire  [23:0] s_axis$tuser;
    output reg  [63:0] m_axis$tdata;
    output reg  [7:0] m_axis$tkeep;
    output reg  m_axis$tvalid;
    input wire  m_axis$tready;
    output reg  m_axis$tlast;
    output reg  [14:0] m_axis$tuser;
    input wire  [63:0] cpu_s_axis$tdata;
    input wire  [7:0] cpu_s_axis$tkeep;
    input wire  cpu_s_axis$tvalid;
    output reg  cpu_s_axis$tready;
    input wire  cpu_s_axis$tlast;
    input wire  [9:0] cpu_s_axis$tuser;
    input wire  [19:0] csr$addr;
    input wire  [31:0] csr$wdata;
    input wire  csr$write;
    input wire  csr$read;
    output reg  [31:0] csr$rdata;
    output reg  csr$rvalid;
    
    // Constant declarations
    localparam  last_flag = 65'h10000000000000000;
    localparam  lpm_bank_bit = 8'h2;
    localparam  clear_last = 10'b1111111111;
    
    // Stub signals
    reg  ingress$clock;
    reg  ingress$in_take;
    reg  [63:0] ingress$in_data;
    reg  ingress$in_last;
    reg  [23:0] ingress$in_user;
    wire  ingress$valid;
    wire  [63:0] ingress$data;
    wire  ingress$last;
    wire  [23:0] ingress$user;
    reg  csr_stage$clock;
    reg  [19:0] csr_stage$in_addr;
    reg  [31:0] csr_stage$in_wdata;
    reg  csr_stage$in_write;
    reg  csr_stage$in_read;
    reg  csr_stage$in_reset;
    wire  [19:0] csr_stage$addr;
    wire  [31:0] csr_stage$wdata;
    wire  csr_stage$write;
    wire  csr_stage$read;
    wire  csr_stage$reset;
    reg  header$clock;
    reg  header$reset;
    reg  header$accept;
    reg  [63:0] header$data;
    reg  header$last;
    reg  [23:0] header$len;
    wire  header$rec_valid;
    wire  [23:0] header$rec_len;
    wire  [15:0] header$rec_outer_type;
    wire  [15:0] header$rec_tci;
    wire  [15:0] header$rec_inner_type;
    wire  [7:0] header$rec_version_ihl;
    wire  [15:0] header$rec_total_length;
    wire  [7:0] header$rec_ttl;
    wire  [31:0] header$rec_destination;
    wire  [15:0] header$rec_checksum;
    reg  beats$clock;
    reg  beats$reset;
    reg  beats$write;
    reg  [64:0] beats$data_in;
    wire  beats$full;
    wire  beats$almost_full;
    reg  beats$read;
    wire  [64:0] beats$data_out;
    wire  beats$empty;
    reg  classify$clock;
    reg  classify$reset;
    reg  classify$rec_valid;
    reg  [23:0] classify$rec_len;
    reg  [15:0] classify$rec_outer_type;
    reg  [15:0] classify$rec_tci;
    reg  [15:0] classify$rec_inner_type;
    reg  [7:0] classify$rec_version_ihl;
    reg  [15:0] classify$rec_total_length;
    reg  [7:0] classify$rec_ttl;
    reg  [31:0] classify$rec_destination;
    reg  [15:0] classify$rec_checksum;
    reg  [3:0] classify$rec_banks;
    reg  classify$vid_we;
    reg  [12:0] classify$vid_waddr;
    reg  [63:0] classify$vid_wdata;
    wire  classify$out_valid;
    wire  [58:0] classify$out;
    wire  [39:0] classify$out_key;
    reg  lpm$clock;
    reg  lpm$reset;
    reg  lpm$in_valid;
    reg  [39:0] lpm$in_key;
    reg  [58:0] lpm$in_payload;
    reg  lpm$in_bank;
    wire  lpm$out_valid;
    wire  [58:0] lpm$out_payload;
    wire  lpm$out_hit;
    wire  [9:0] lpm$out_target;
    reg  lpm$w_bank;
    reg  lpm$node_we;
    reg  [3:0] lpm$node_level;
    reg  [15:0] lpm$node_index;
    reg  [40:0] lpm$node_data;
    reg  lpm$leaf_we;
    reg  [15:0] lpm$leaf_index;
    reg  [10:0] lpm$leaf_data;
    reg  resolve$clock;
    reg  resolve$reset;
    reg  resolve$in_valid;
    reg  [58:0] resolve$in_payload;
    reg  resolve$in_hit;
    reg  [9:0] resolve$in_target;
    reg  [47:0] resolve$port_mac0;
    reg  [47:0] resolve$port_mac1;
    reg  resolve$target_we;
    reg  [10:0] resolve$target_waddr;
    reg  [63:0] resolve$target_wdata;
    reg  [15:0] resolve$target_wmtu;
    wire  resolve$out_valid;
    wire  [52:0] resolve$out_record;
    wire  [95:0] resolve$out_macs;
    wire  resolve$vif_event;
    wire  [7:0] resolve$vif_index;
    wire  [23:0] resolve$vif_bytes;
    wire  resolve$vif_forwarded;
    wire  resolve$vif_punted;
    wire  resolve$vif_dropped;
    wire  resolve$target_event;
    wire  [9:0] resolve$target_index;
    wire  [23:0] resolve$target_bytes;
    wire  resolve$drop_event;
    wire  [2:0] resolve$drop_reason;
    wire  resolve$punt_event;
    reg  verdicts$clock;
    reg  verdicts$reset;
    reg  verdicts$write;
    reg  [52:0] verdicts$data_in;
    wire  verdicts$full;
    wire  verdicts$almost_full;
    reg  verdicts$read;
    wire  [52:0] verdicts$data_out;
    wire  verdicts$empty;
    reg  macs$clock;
    reg  macs$reset;
    reg  macs$write;
    reg  [95:0] macs$data_in;
    wire  macs$full;
    wire  macs$almost_full;
    reg  macs$read;
    wire  [95:0] macs$data_out;
    wire  macs$empty;
    reg  vif_counters$clock;
    reg  vif_counters$clear;
    reg  [7:0] vif_counters$clear_index;
    reg  vif_counters$add;
    reg  [7:0] vif_counters$index;
    reg  [63:0] vif_counters$inc$0;
    reg  [63:0] vif_counters$inc$1;
    reg  [63:0] vif_counters$inc$2;
    reg  [63:0] vif_counters$inc$3;
    reg  [63:0] vif_counters$inc$4;
    reg  [7:0] vif_counters$host_index;
    wire  [63:0] vif_counters$host_data$0;
    wire  [63:0] vif_counters$host_data$1;
    wire  [63:0] vif_counters$host_data$2;
    wire  [63:0] vif_counters$host_data$3;
    wire  [63:0] vif_counters$host_data$4;
    reg  target_counters$clock;
    reg  target_counters$clear;
    reg  [9:0] target_counters$clear_index;
    reg  target_counters$add;
    reg  [9:0] target_counters$index;
    reg  [63:0] target_counters$inc$0;
    reg  [63:0] target_counters$inc$1;
    reg  [9:0] target_counters$host_index;
    wire  [63:0] target_counters$host_data$0;
    wire  [63:0] target_counters$host_data$1;
    reg  global_counters$clock;
    reg  global_counters$clear;
    reg  global_counters$drop_event;
    reg  [2:0] global_counters$drop_reason;
    reg  global_counters$punt_event;
    wire  [63:0] global_counters$value$0;
    wire  [63:0] global_counters$value$1;
    wire  [63:0] global_counters$value$2;
    wire  [63:0] global_counters$value$3;
    wire  [63:0] global_counters$value$4;
    wire  [63:0] global_counters$value$5;
    wire  [63:0] global_counters$value$6;
    wire  [63:0] global_counters$value$7;
    reg  rewrite$clock;
    reg  rewrite$reset;
    reg  rewrite$beat_empty;
    reg  [64:0] rewrite$beat;
    wire  rewrite$beat_read;
    reg  rewrite$verdict_empty;
    reg  [52:0] rewrite$verdict;
    reg  [95:0] rewrite$verdict_macs;
    wire  rewrite$verdict_read;
    wire  [63:0] rewrite$m_axis$tdata;
    wire  [7:0] rewrite$m_axis$tkeep;
    wire  rewrite$m_axis$tvalid;
    reg  rewrite$m_axis$tready;
    wire  rewrite$m_axis$tlast;
    wire  [14:0] rewrite$m_axis$tuser;
    reg  cpu$clock;
    reg  cpu$reset;
    reg  cpu$hold;
    reg  [63:0] cpu$s_axis$tdata;
    reg  [7:0] cpu$s_axis$tkeep;
    reg  cpu$s_axis$tvalid;
    wire  cpu$s_axis$tready;
    reg  cpu$s_axis$tlast;
    reg  [14:0] cpu$s_axis$tuser;
    reg  [63:0] cpu$cpu_s_axis$tdata;
    reg  [7:0] cpu$cpu_s_axis$tkeep;
    reg  cpu$cpu_s_axis$tvalid;
    wire  cpu$cpu_s_axis$tready;
    reg  cpu$cpu_s_axis$tlast;
    reg  [9:0] cpu$cpu_s_axis$tuser;
    wire  [63:0] cpu$m_axis$tdata;
    wire  [7:0] cpu$m_axis$tkeep;
    wire  cpu$m_axis$tvalid;
    reg  cpu$m_axis$tready;
    wire  cpu$m_axis$tlast;
    wire  [14:0] cpu$m_axis$tuser;
    wire  cpu$tx_event;
    wire  [9:0] cpu$tx_row;
    wire  cpu$tx_last;
    wire  [7:0] cpu$tx_bytes;
    reg  cpu_counters$clock;
    reg  cpu_counters$clear;
    reg  [9:0] cpu_counters$clear_index;
    reg  cpu_counters$add;
    reg  [9:0] cpu_counters$index;
    reg  [63:0] cpu_counters$inc$0;
    reg  [63:0] cpu_counters$inc$1;
    reg  [9:0] cpu_counters$host_index;
    wire  [63:0] cpu_counters$host_data$0;
    wire  [63:0] cpu_counters$host_data$1;
    reg  registers$clock;
    reg  registers$reset;
    reg  [19:0] registers$bus$addr;
    reg  [31:0] registers$bus$wdata;
    reg  registers$bus$write;
    reg  registers$bus$read;
    wire  [31:0] registers$bus$rdata;
    wire  registers$bus$rvalid;
    reg  registers$direction;
    reg  registers$clear_busy;
    wire  registers$clear_start;
    wire  [3:0] registers$banks;
    wire  [47:0] registers$port_mac0;
    wire  [47:0] registers$port_mac1;
    wire  registers$vid_we;
    wire  [12:0] registers$vid_waddr;
    wire  registers$target_we;
    wire  [10:0] registers$target_waddr;
    wire  [63:0] registers$entry;
    wire  [15:0] registers$entry_mtu;
    wire  registers$lpm_w_bank;
    wire  registers$node_we;
    wire  [3:0] registers$node_level;
    wire  [15:0] registers$node_index;
    wire  [40:0] registers$node_data;
    wire  registers$leaf_we;
    wire  [15:0] registers$leaf_index;
    wire  [10:0] registers$leaf_data;
    wire  [7:0] registers$vif_host_index;
    reg  [63:0] registers$vif_host_data$0;
    reg  [63:0] registers$vif_host_data$1;
    reg  [63:0] registers$vif_host_data$2;
    reg  [63:0] registers$vif_host_data$3;
    reg  [63:0] registers$vif_host_data$4;
    wire  [9:0] registers$target_host_index;
    reg  [63:0] registers$target_host_data$0;
    reg  [63:0] registers$target_host_data$1;
    reg  [63:0] registers$cpu_host_data$0;
    reg  [63:0] registers$cpu_host_data$1;
    reg  [63:0] registers$global$0;
    reg  [63:0] registers$global$1;
    reg  [63:0] registers$global$2;
    reg  [63:0] registers$global$3;
    reg  [63:0] registers$global$4;
    reg  [63:0] registers$global$5;
    reg  [63:0] registers$global$6;
    reg  [63:0] registers$global$7;
    reg  clear_busy$d;
    wire  clear_busy$q;
    reg  clear_busy$clock;
    reg  direction_q$d;
    wire  direction_q$q;
    reg  direction_q$clock;
    reg  [9:0] clear_index$d;
    wire  [9:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  [3:0] lookup_banks;
    
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
    top$csr_stage csr_stage(
        .clock(csr_stage$clock),
        .in_addr(csr_stage$in_addr),
        .in_wdata(csr_stage$in_wdata),
        .in_write(csr_stage$in_write),
        .in_read(csr_stage$in_read),
        .in_reset(csr_stage$in_reset),
        .addr(csr_stage$addr),
        .wdata(csr_stage$wdata),
        .write(csr_stage$write),
        .read(csr_stage$read),
        .reset(csr_stage$reset)
    );
    top$header header(
        .clock(header$clock),
        .reset(header$reset),
        .accept(header$accept),
        .data(header$data),
        .last(header$last),
        .len(header$len),
        .rec_valid(header$rec_valid),
        .rec_len(header$rec_len),
        .rec_outer_type(header$rec_outer_type),
        .rec_tci(header$rec_tci),
        .rec_inner_type(header$rec_inner_type),
        .rec_version_ihl(header$rec_version_ihl),
        .rec_total_length(header$rec_total_length),
        .rec_ttl(header$rec_ttl),
        .rec_destination(header$rec_destination),
        .rec_checksum(header$rec_checksum)
    );
    top$beats beats(
        .clock(beats$clock),
        .reset(beats$reset),
        .write(beats$write),
        .data_in(beats$data_in),
        .full(beats$full),
        .almost_full(beats$almost_full),
        .read(beats$read),
        .data_out(beats$data_out),
        .empty(beats$empty)
    );
    top$classify classify(
        .clock(classify$clock),
        .reset(classify$reset),
        .rec_valid(classify$rec_valid),
        .rec_len(classify$rec_len),
        .rec_outer_type(classify$rec_outer_type),
        .rec_tci(classify$rec_tci),
        .rec_inner_type(classify$rec_inner_type),
        .rec_version_ihl(classify$rec_version_ihl),
        .rec_total_length(classify$rec_total_length),
        .rec_ttl(classify$rec_ttl),
        .rec_destination(classify$rec_destination),
        .rec_checksum(classify$rec_checksum),
        .rec_banks(classify$rec_banks),
        .vid_we(classify$vid_we),
        .vid_waddr(classify$vid_waddr),
        .vid_wdata(classify$vid_wdata),
        .out_valid(classify$out_valid),
        .out(classify$out),
        .out_key(classify$out_key)
    );
    top$lpm lpm(
        .clock(lpm$clock),
        .reset(lpm$reset),
        .in_valid(lpm$in_valid),
        .in_key(lpm$in_key),
        .in_payload(lpm$in_payload),
        .in_bank(lpm$in_bank),
        .out_valid(lpm$out_valid),
        .out_payload(lpm$out_payload),
        .out_hit(lpm$out_hit),
        .out_target(lpm$out_target),
        .w_bank(lpm$w_bank),
        .node_we(lpm$node_we),
        .node_level(lpm$node_level),
        .node_index(lpm$node_index),
        .node_data(lpm$node_data),
        .leaf_we(lpm$leaf_we),
        .leaf_index(lpm$leaf_index),
        .leaf_data(lpm$leaf_data)
    );
    top$resolve resolve(
        .clock(resolve$clock),
        .reset(resolve$reset),
        .in_valid(resolve$in_valid),
        .in_payload(resolve$in_payload),
        .in_hit(resolve$in_hit),
        .in_target(resolve$in_target),
        .port_mac0(resolve$port_mac0),
        .port_mac1(resolve$port_mac1),
        .target_we(resolve$target_we),
        .target_waddr(resolve$target_waddr),
        .target_wdata(resolve$target_wdata),
        .target_wmtu(resolve$target_wmtu),
        .out_valid(resolve$out_valid),
        .out_record(resolve$out_record),
        .out_macs(resolve$out_macs),
        .vif_event(resolve$vif_event),
        .vif_index(resolve$vif_index),
        .vif_bytes(resolve$vif_bytes),
        .vif_forwarded(resolve$vif_forwarded),
        .vif_punted(resolve$vif_punted),
        .vif_dropped(resolve$vif_dropped),
        .target_event(resolve$target_event),
        .target_index(resolve$target_index),
        .target_bytes(resolve$target_bytes),
        .drop_event(resolve$drop_event),
        .drop_reason(resolve$drop_reason),
        .punt_event(resolve$punt_event)
    );
    top$verdicts verdicts(
        .clock(verdicts$clock),
        .reset(verdicts$reset),
        .write(verdicts$write),
        .data_in(verdicts$data_in),
        .full(verdicts$full),
        .almost_full(verdicts$almost_full),
        .read(verdicts$read),
        .data_out(verdicts$data_out),
        .empty(verdicts$empty)
    );
    top$macs macs(
        .clock(macs$clock),
        .reset(macs$reset),
        .write(macs$write),
        .data_in(macs$data_in),
        .full(macs$full),
        .almost_full(macs$almost_full),
        .read(macs$read),
        .data_out(macs$data_out),
        .empty(macs$empty)
    );
    top$vif_counters vif_counters(
        .clock(vif_counters$clock),
        .clear(vif_counters$clear),
        .clear_index(vif_counters$clear_index),
        .add(vif_counters$add),
        .index(vif_counters$index),
        .inc$0(vif_counters$inc$0),
        .inc$1(vif_counters$inc$1),
        .inc$2(vif_counters$inc$2),
        .inc$3(vif_counters$inc$3),
        .inc$4(vif_counters$inc$4),
        .host_index(vif_counters$host_index),
        .host_data$0(vif_counters$host_data$0),
        .host_data$1(vif_counters$host_data$1),
        .host_data$2(vif_counters$host_data$2),
        .host_data$3(vif_counters$host_data$3),
        .host_data$4(vif_counters$host_data$4)
    );
    top$target_counters target_counters(
        .clock(target_counters$clock),
        .clear(target_counters$clear),
        .clear_index(target_counters$clear_index),
        .add(target_counters$add),
        .index(target_counters$index),
        .inc$0(target_counters$inc$0),
        .inc$1(target_counters$inc$1),
        .host_index(target_counters$host_index),
        .host_data$0(target_counters$host_data$0),
        .host_data$1(target_counters$host_data$1)
    );
    top$global_counters global_counters(
        .clock(global_counters$clock),
        .clear(global_counters$clear),
        .drop_event(global_counters$drop_event),
        .drop_reason(global_counters$drop_reason),
        .punt_event(global_counters$punt_event),
        .value$0(global_counters$value$0),
        .value$1(global_counters$value$1),
        .value$2(global_counters$value$2),
        .value$3(global_counters$value$3),
        .value$4(global_counters$value$4),
        .value$5(global_counters$value$5),
        .value$6(global_counters$value$6),
        .value$7(global_counters$value$7)
    );
    top$rewrite rewrite(
        .clock(rewrite$clock),
        .reset(rewrite$reset),
        .beat_empty(rewrite$beat_empty),
        .beat(rewrite$beat),
        .beat_read(rewrite$beat_read),
        .verdict_empty(rewrite$verdict_empty),
        .verdict(rewrite$verdict),
        .verdict_macs(rewrite$verdict_macs),
        .verdict_read(rewrite$verdict_read),
        .m_axis$tdata(rewrite$m_axis$tdata),
        .m_axis$tkeep(rewrite$m_axis$tkeep),
        .m_axis$tvalid(rewrite$m_axis$tvalid),
        .m_axis$tready(rewrite$m_axis$tready),
        .m_axis$tlast(rewrite$m_axis$tlast),
        .m_axis$tuser(rewrite$m_axis$tuser)
    );
    top$cpu cpu(
        .clock(cpu$clock),
        .reset(cpu$reset),
        .hold(cpu$hold),
        .s_axis$tdata(cpu$s_axis$tdata),
        .s_axis$tkeep(cpu$s_axis$tkeep),
        .s_axis$tvalid(cpu$s_axis$tvalid),
        .s_axis$tready(cpu$s_axis$tready),
        .s_axis$tlast(cpu$s_axis$tlast),
        .s_axis$tuser(cpu$s_axis$tuser),
        .cpu_s_axis$tdata(cpu$cpu_s_axis$tdata),
        .cpu_s_axis$tkeep(cpu$cpu_s_axis$tkeep),
        .cpu_s_axis$tvalid(cpu$cpu_s_axis$tvalid),
        .cpu_s_axis$tready(cpu$cpu_s_axis$tready),
        .cpu_s_axis$tlast(cpu$cpu_s_axis$tlast),
        .cpu_s_axis$tuser(cpu$cpu_s_axis$tuser),
        .m_axis$tdata(cpu$m_axis$tdata),
        .m_axis$tkeep(cpu$m_axis$tkeep),
        .m_axis$tvalid(cpu$m_axis$tvalid),
        .m_axis$tready(cpu$m_axis$tready),
        .m_axis$tlast(cpu$m_axis$tlast),
        .m_axis$tuser(cpu$m_axis$tuser),
        .tx_event(cpu$tx_event),
        .tx_row(cpu$tx_row),
        .tx_last(cpu$tx_last),
        .tx_bytes(cpu$tx_bytes)
    );
    top$cpu_counters cpu_counters(
        .clock(cpu_counters$clock),
        .clear(cpu_counters$clear),
        .clear_index(cpu_counters$clear_index),
        .add(cpu_counters$add),
        .index(cpu_counters$index),
        .inc$0(cpu_counters$inc$0),
        .inc$1(cpu_counters$inc$1),
        .host_index(cpu_counters$host_index),
        .host_data$0(cpu_counters$host_data$0),
        .host_data$1(cpu_counters$host_data$1)
    );
    top$registers registers(
        .clock(registers$clock),
        .reset(registers$reset),
        .bus$addr(registers$bus$addr),
        .bus$wdata(registers$bus$wdata),
        .bus$write(registers$bus$write),
        .bus$read(registers$bus$read),
        .bus$rdata(registers$bus$rdata),
        .bus$rvalid(registers$bus$rvalid),
        .direction(registers$direction),
        .clear_busy(registers$clear_busy),
        .clear_start(registers$clear_start),
        .banks(registers$banks),
        .port_mac0(registers$port_mac0),
        .port_mac1(registers$port_mac1),
        .vid_we(registers$vid_we),
        .vid_waddr(registers$vid_waddr),
        .target_we(registers$target_we),
        .target_waddr(registers$target_waddr),
        .entry(registers$entry),
        .entry_mtu(registers$entry_mtu),
        .lpm_w_bank(registers$lpm_w_bank),
        .node_we(registers$node_we),
        .node_level(registers$node_level),
        .node_index(registers$node_index),
        .node_data(registers$node_data),
        .leaf_we(registers$leaf_we),
        .leaf_index(registers$leaf_index),
        .leaf_data(registers$leaf_data),
        .vif_host_index(registers$vif_host_index),
        .vif_host_data$0(registers$vif_host_data$0),
        .vif_host_data$1(registers$vif_host_data$1),
        .vif_host_data$2(registers$vif_host_data$2),
        .vif_host_data$3(registers$vif_host_data$3),
        .vif_host_data$4(registers$vif_host_data$4),
        .target_host_index(registers$target_host_index),
        .target_host_data$0(registers$target_host_data$0),
        .target_host_data$1(registers$target_host_data$1),
        .cpu_host_data$0(registers$cpu_host_data$0),
        .cpu_host_data$1(registers$cpu_host_data$1),
        .global$0(registers$global$0),
        .global$1(registers$global$1),
        .global$2(registers$global$2),
        .global$3(registers$global$3),
        .global$4(registers$global$4),
        .global$5(registers$global$5),
        .global$6(registers$global$6),
        .global$7(registers$global$7)
    );
    top$clear_busy clear_busy(
        .d(clear_busy$d),
        .q(clear_busy$q),
        .clock(clear_busy$clock)
    );
    top$direction_q direction_q(
        .d(direction_q$d),
        .q(direction_q$q),
        .clock(direction_q$clock)
    );
    top$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        clear_busy$clock = clock;
        clear_index$clock = clock;
        direction_q$clock = clock;
        clear_busy$d = clear_busy$q;
        clear_index$d = clear_index$q;
        direction_q$d = direction_q$q;
        ingress$clock = clock;
        csr_stage$clock = clock;
        header$clock = clock;
        beats$clock = clock;
        classify$clock = clock;
        lpm$clock = clock;
        resolve$clock = clock;
        verdicts$clock = clock;
        macs$clock = clock;
        vif_counters$clock = clock;
        target_counters$clock = clock;
        global_counters$clock = clock;
        rewrite$clock = clock;
        cpu$clock = clock;
        cpu_counters$clock = clock;
        registers$clock = clock;
        csr_stage$in_addr = csr$addr;
        csr_stage$in_wdata = csr$wdata;
        csr_stage$in_write = csr$write;
        csr_stage$in_read = csr$read;
        csr_stage$in_reset = reset;
        header$reset = csr_stage$reset;
        beats$reset = csr_stage$reset;
        classify$reset = csr_stage$reset;
        lpm$reset = csr_stage$reset;
        resolve$reset = csr_stage$reset;
        verdicts$reset = csr_stage$reset;
        macs$reset = csr_stage$reset;
        rewrite$reset = csr_stage$reset;
        registers$reset = csr_stage$reset;
        cpu$reset = csr_stage$reset;
        s_axis$tready = ~beats$almost_full & ~clear_busy$q & ~csr_stage$reset;
        ingress$in_take = s_axis$tvalid & ~beats$almost_full & ~clear_busy$q & ~csr_stage$reset;
        ingress$in_data = s_axis$tdata;
        ingress$in_last = s_axis$tlast;
        ingress$in_user = s_axis$tuser;
        beats$write = ingress$valid;
        beats$data_in = ((ingress$data) & 65'h1ffffffffffffffff);
        if (ingress$last) begin
            beats$data_in = ((ingress$data) & 65'h1ffffffffffffffff) | last_flag;
        end
        header$accept = ingress$valid;
        header$data = ingress$data;
        header$last = ingress$last;
        header$len = ingress$user;
        classify$rec_valid = header$rec_valid;
        classify$rec_len = header$rec_len;
        classify$rec_outer_type = header$rec_outer_type;
        classify$rec_tci = header$rec_tci;
        classify$rec_inner_type = header$rec_inner_type;
        classify$rec_version_ihl = header$rec_version_ihl;
        classify$rec_total_length = header$rec_total_length;
        classify$rec_ttl = header$rec_ttl;
        classify$rec_destination = header$rec_destination;
        classify$rec_checksum = header$rec_checksum;
        classify$rec_banks = registers$banks;
        classify$vid_we = registers$vid_we;
        classify$vid_waddr = registers$vid_waddr;
        classify$vid_wdata = registers$entry;
        lookup_banks = classify$out[(64'h27)+:(4)];
        lpm$in_valid = classify$out_valid;
        lpm$in_key = classify$out_key;
        lpm$in_payload = classify$out;
        lpm$in_bank = lookup_banks[lpm_bank_bit];
        lpm$w_bank = registers$lpm_w_bank;
        lpm$node_we = registers$node_we;
        lpm$node_level = registers$node_level;
        lpm$node_index = registers$node_index;
        lpm$node_data = registers$node_data;
        lpm$leaf_we = registers$leaf_we;
        lpm$leaf_index = registers$leaf_index;
        lpm$leaf_data = registers$leaf_data;
        resolve$in_valid = lpm$out_valid;
        resolve$in_payload = lpm$out_payload;
        resolve$in_hit = lpm$out_hit;
        resolve$in_target = lpm$out_target;
        resolve$port_mac0 = registers$port_mac0;
        resolve$port_mac1 = registers$port_mac1;
        resolve$target_we = registers$target_we;
        resolve$target_waddr = registers$target_waddr;
        resolve$target_wdata = registers$entry;
        resolve$target_wmtu = registers$entry_mtu;
        verdicts$write = resolve$out_valid;
        verdicts$data_in = resolve$out_record;
        macs$write = resolve$out_valid;
        macs$data_in = resolve$out_macs;
        vif_counters$add = resolve$vif_event;
        vif_counters$index = resolve$vif_index;
        vif_counters$inc$0 = 32'h1;
        vif_counters$inc$1 = ((resolve$vif_bytes) & 64'hffffffffffffffff);
        vif_counters$inc$2 = 32'h0;
        if (resolve$vif_forwarded) begin
            vif_counters$inc$2 = 32'h1;
        end
        vif_counters$inc$3 = 32'h0;
        if (resolve$vif_punted) begin
            vif_counters$inc$3 = 32'h1;
        end
        vif_counters$inc$4 = 32'h0;
        if (resolve$vif_dropped) begin
            vif_counters$inc$4 = 32'h1;
        end
        target_counters$add = resolve$target_event;
        target_counters$index = resolve$target_index;
        target_counters$inc$0 = 32'h1;
        target_counters$inc$1 = ((resolve$target_bytes) & 64'hffffffffffffffff);
        global_counters$drop_event = resolve$drop_event;
        global_counters$drop_reason = resolve$drop_reason;
        global_counters$punt_event = resolve$punt_event;
        if (clear_busy$q) begin
            clear_index$d = clear_index$q + 32'h1;
            if (clear_index$q == clear_last) begin
                clear_busy$d = 1'b0;
            end
        end
        if (registers$clear_start | csr_stage$reset) begin
            clear_busy$d = 1'b1;
            clear_index$d = 32'h0;
        end
        vif_counters$clear = clear_busy$q;
        vif_counters$clear_index = ((clear_index$q) & 8'hff);
        target_counters$clear = clear_busy$q;
        target_counters$clear_index = clear_index$q;
        cpu_counters$clear = clear_busy$q;
        cpu_counters$clear_index = clear_index$q;
        global_counters$clear = clear_busy$q;
        rewrite$beat_empty = beats$empty;
        rewrite$beat = beats$data_out;
        beats$read = rewrite$beat_read;
        rewrite$verdict_empty = verdicts$empty;
        rewrite$verdict = verdicts$data_out;
        rewrite$verdict_macs = macs$data_out;
        verdicts$read = rewrite$verdict_read;
        macs$read = rewrite$verdict_read;
        cpu$hold = clear_busy$q | csr_stage$reset;
        cpu$cpu_s_axis$tdata = cpu_s_axis$tdata;
        cpu$cpu_s_axis$tkeep = cpu_s_axis$tkeep;
        cpu$cpu_s_axis$tvalid = cpu_s_axis$tvalid;
        cpu$cpu_s_axis$tlast = cpu_s_axis$tlast;
        cpu$cpu_s_axis$tuser = cpu_s_axis$tuser;
        cpu_s_axis$tready = cpu$cpu_s_axis$tready;
        cpu$s_axis$tvalid = rewrite$m_axis$tvalid;
        cpu$s_axis$tdata = rewrite$m_axis$tdata;
        cpu$s_axis$tkeep = rewrite$m_axis$tkeep;
        cpu$s_axis$tlast = rewrite$m_axis$tlast;
        cpu$s_axis$tuser = rewrite$m_axis$tuser;
        rewrite$m_axis$tready = cpu$s_axis$tready;
        cpu_counters$add = cpu$tx_event;
        cpu_counters$index = cpu$tx_row;
        cpu_counters$inc$0 = 32'h0;
        if (cpu$tx_last) begin
            cpu_counters$inc$0 = 32'h1;
        end
        cpu_counters$inc$1 = ((cpu$tx_bytes) & 64'hffffffffffffffff);
        m_axis$tdata = cpu$m_axis$tdata;
        m_axis$tkeep = cpu$m_axis$tkeep;
        m_axis$tvalid = cpu$m_axis$tvalid;
        m_axis$tlast = cpu$m_axis$tlast;
        m_axis$tuser = cpu$m_axis$tuser;
        cpu$m_axis$tready = m_axis$tready;
        registers$bus$addr = csr_stage$addr;
        registers$bus$wdata = csr_stage$wdata;
        registers$bus$write = csr_stage$write;
        registers$bus$read = csr_stage$read;
        csr$rdata = registers$bus$rdata;
        csr$rvalid = registers$bus$rvalid;
        registers$clear_busy = clear_busy$q;
        direction_q$d = direction;
        registers$direction = direction_q$q;
        vif_counters$host_index = registers$vif_host_index;
        registers$vif_host_data$0 = vif_counters$host_data$0;
        registers$vif_host_data$1 = vif_counters$host_data$1;
        registers$vif_host_data$2 = vif_counters$host_data$2;
        registers$vif_host_data$3 = vif_counters$host_data$3;
        registers$vif_host_data$4 = vif_counters$host_data$4;
        target_counters$host_index = registers$target_host_index;
        registers$target_host_data$0 = target_counters$host_data$0;
        registers$target_host_data$1 = target_counters$host_data$1;
        cpu_counters$host_index = registers$target_host_index;
        registers$cpu_host_data$0 = cpu_counters$host_data$0;
        registers$cpu_host_data$1 = cpu_counters$host_data$1;
        registers$global$0 = global_counters$value$0;
        registers$global$1 = global_counters$value$1;
        registers$global$2 = global_counters$value$2;
        registers$global$3 = global_counters$value$3;
        registers$global$4 = global_counters$value$4;
        registers$global$5 = global_counters$value$5;
        registers$global$6 = global_counters$value$6;
        registers$global$7 = global_counters$value$7;
    end
    
endmodule // top


module top$beats(clock,reset,write,data_in,full,almost_full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [64:0] data_in;
    output reg  full;
    output reg  almost_full;
    input wire  read;
    output reg  [64:0] data_out;
    output reg  empty;
    
    // Constant declarations
    localparam  depth = 7'b1000000;
    localparam  depth_less_one = 7'b111111;
    
    // Stub signals
    reg  ram$clock;
    reg  [5:0] ram$read_address;
    wire  [64:0] ram$read_data;
    reg  [5:0] ram$write_address;
    reg  [64:0] ram$write_data;
    reg  ram$write_enable;
    reg  [6:0] wr_ptr$d;
    wire  [6:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [6:0] wr_ptr_seen$d;
    wire  [6:0] wr_ptr_seen$q;
    reg  wr_ptr_seen$clock;
    reg  [6:0] rd_ptr$d;
    wire  [6:0] rd_ptr$q;
    reg  rd_ptr$clock;
    
    // Local signals
    reg  do_write;
    reg  do_read;
    reg  [6:0] rd_next;
    
    // Sub module instances
    top$beats$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$beats$wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    top$beats$wr_ptr_seen wr_ptr_seen(
        .d(wr_ptr_seen$d),
        .q(wr_ptr_seen$q),
        .clock(wr_ptr_seen$clock)
    );
    top$beats$rd_ptr rd_ptr(
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
        ram$write_address = wr_ptr$q[(32'h0)+:(6)];
        ram$write_data = data_in;
        ram$write_enable = do_write;
        ram$read_address = rd_next[(32'h0)+:(6)];
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
    
endmodule // top$beats


module top$beats$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] read_address;
    output reg  [64:0] read_data;
    input wire  [5:0] write_address;
    input wire  [64:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[64:0] mem[63:0];
    
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
endmodule // top$beats$ram


module top$beats$rd_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$beats$rd_ptr


module top$beats$wr_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$beats$wr_ptr


module top$beats$wr_ptr_seen(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$beats$wr_ptr_seen


module top$classify(clock,reset,rec_valid,rec_len,rec_outer_type,rec_tci,rec_inner_type,rec_version_ihl,rec_total_length,rec_ttl,rec_destination,rec_checksum,rec_banks,vid_we,vid_waddr,vid_wdata,out_valid,out,out_key);
    
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
    top$classify$d0_valid d0_valid(
        .clock(d0_valid$clock),
        .ce(d0_valid$ce),
        .rst(d0_valid$rst),
        .d(d0_valid$d),
        .q(d0_valid$q)
    );
    top$classify$d0_len d0_len(
        .clock(d0_len$clock),
        .ce(d0_len$ce),
        .rst(d0_len$rst),
        .d(d0_len$d),
        .q(d0_len$q)
    );
    top$classify$d0_outer_type d0_outer_type(
        .clock(d0_outer_type$clock),
        .ce(d0_outer_type$ce),
        .rst(d0_outer_type$rst),
        .d(d0_outer_type$d),
        .q(d0_outer_type$q)
    );
    top$classify$d0_tci d0_tci(
        .clock(d0_tci$clock),
        .ce(d0_tci$ce),
        .rst(d0_tci$rst),
        .d(d0_tci$d),
        .q(d0_tci$q)
    );
    top$classify$d0_inner_type d0_inner_type(
        .clock(d0_inner_type$clock),
        .ce(d0_inner_type$ce),
        .rst(d0_inner_type$rst),
        .d(d0_inner_type$d),
        .q(d0_inner_type$q)
    );
    top$classify$d0_version_ihl d0_version_ihl(
        .clock(d0_version_ihl$clock),
        .ce(d0_version_ihl$ce),
        .rst(d0_version_ihl$rst),
        .d(d0_version_ihl$d),
        .q(d0_version_ihl$q)
    );
    top$classify$d0_total_length d0_total_length(
        .clock(d0_total_length$clock),
        .ce(d0_total_length$ce),
        .rst(d0_total_length$rst),
        .d(d0_total_length$d),
        .q(d0_total_length$q)
    );
    top$classify$d0_ttl d0_ttl(
        .clock(d0_ttl$clock),
        .ce(d0_ttl$ce),
        .rst(d0_ttl$rst),
        .d(d0_ttl$d),
        .q(d0_ttl$q)
    );
    top$classify$d0_destination d0_destination(
        .clock(d0_destination$clock),
        .ce(d0_destination$ce),
        .rst(d0_destination$rst),
        .d(d0_destination$d),
        .q(d0_destination$q)
    );
    top$classify$d0_checksum d0_checksum(
        .clock(d0_checksum$clock),
        .ce(d0_checksum$ce),
        .rst(d0_checksum$rst),
        .d(d0_checksum$d),
        .q(d0_checksum$q)
    );
    top$classify$d0_banks d0_banks(
        .clock(d0_banks$clock),
        .ce(d0_banks$ce),
        .rst(d0_banks$rst),
        .d(d0_banks$d),
        .q(d0_banks$q)
    );
    top$classify$vid_ram vid_ram(
        .clock(vid_ram$clock),
        .read_address(vid_ram$read_address),
        .read_data(vid_ram$read_data),
        .write_address(vid_ram$write_address),
        .write_data(vid_ram$write_data),
        .write_enable(vid_ram$write_enable)
    );
    top$classify$d1_valid d1_valid(
        .clock(d1_valid$clock),
        .ce(d1_valid$ce),
        .rst(d1_valid$rst),
        .d(d1_valid$d),
        .q(d1_valid$q)
    );
    top$classify$d1_len d1_len(
        .clock(d1_len$clock),
        .ce(d1_len$ce),
        .rst(d1_len$rst),
        .d(d1_len$d),
        .q(d1_len$q)
    );
    top$classify$d1_banks d1_banks(
        .clock(d1_banks$clock),
        .ce(d1_banks$ce),
        .rst(d1_banks$rst),
        .d(d1_banks$d),
        .q(d1_banks$q)
    );
    top$classify$d1_tagged d1_tagged(
        .clock(d1_tagged$clock),
        .ce(d1_tagged$ce),
        .rst(d1_tagged$rst),
        .d(d1_tagged$d),
        .q(d1_tagged$q)
    );
    top$classify$d1_inner_type d1_inner_type(
        .clock(d1_inner_type$clock),
        .ce(d1_inner_type$ce),
        .rst(d1_inner_type$rst),
        .d(d1_inner_type$d),
        .q(d1_inner_type$q)
    );
    top$classify$d1_vihl d1_vihl(
        .clock(d1_vihl$clock),
        .ce(d1_vihl$ce),
        .rst(d1_vihl$rst),
        .d(d1_vihl$d),
        .q(d1_vihl$q)
    );
    top$classify$d1_total_len d1_total_len(
        .clock(d1_total_len$clock),
        .ce(d1_total_len$ce),
        .rst(d1_total_len$rst),
        .d(d1_total_len$d),
        .q(d1_total_len$q)
    );
    top$classify$d1_ttl d1_ttl(
        .clock(d1_ttl$clock),
        .ce(d1_ttl$ce),
        .rst(d1_ttl$rst),
        .d(d1_ttl$d),
        .q(d1_ttl$q)
    );
    top$classify$d1_dst d1_dst(
        .clock(d1_dst$clock),
        .ce(d1_dst$ce),
        .rst(d1_dst$rst),
        .d(d1_dst$d),
        .q(d1_dst$q)
    );
    top$classify$d1_csum d1_csum(
        .clock(d1_csum$clock),
        .ce(d1_csum$ce),
        .rst(d1_csum$rst),
        .d(d1_csum$d),
        .q(d1_csum$q)
    );
    top$classify$d2_valid d2_valid(
        .clock(d2_valid$clock),
        .ce(d2_valid$ce),
        .rst(d2_valid$rst),
        .d(d2_valid$d),
        .q(d2_valid$q)
    );
    top$classify$d2_out d2_out(
        .clock(d2_out$clock),
        .ce(d2_out$ce),
        .rst(d2_out$rst),
        .d(d2_out$d),
        .q(d2_out$q)
    );
    top$classify$d2_key d2_key(
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
    
endmodule // top$classify


module top$classify$d0_banks(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_banks


module top$classify$d0_checksum(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_checksum


module top$classify$d0_destination(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_destination


module top$classify$d0_inner_type(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_inner_type


module top$classify$d0_len(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_len


module top$classify$d0_outer_type(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_outer_type


module top$classify$d0_tci(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_tci


module top$classify$d0_total_length(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_total_length


module top$classify$d0_ttl(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_ttl


module top$classify$d0_valid(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_valid


module top$classify$d0_version_ihl(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d0_version_ihl


module top$classify$d1_banks(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_banks


module top$classify$d1_csum(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_csum


module top$classify$d1_dst(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_dst


module top$classify$d1_inner_type(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_inner_type


module top$classify$d1_len(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_len


module top$classify$d1_tagged(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_tagged


module top$classify$d1_total_len(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_total_len


module top$classify$d1_ttl(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_ttl


module top$classify$d1_valid(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_valid


module top$classify$d1_vihl(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d1_vihl


module top$classify$d2_key(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d2_key


module top$classify$d2_out(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d2_out


module top$classify$d2_valid(clock,ce,rst,d,q);
    
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
endmodule // top$classify$d2_valid


module top$classify$vid_ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$classify$vid_ram


module top$clear_busy(d,q,clock);
    
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
          
endmodule // top$clear_busy


module top$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$clear_index


module top$cpu(clock,reset,hold,s_axis$tdata,s_axis$tkeep,s_axis$tvalid,s_axis$tready,s_axis$tlast,s_axis$tuser,cpu_s_axis$tdata,cpu_s_axis$tkeep,cpu_s_axis$tvalid,cpu_s_axis$tready,cpu_s_axis$tlast,cpu_s_axis$tuser,m_axis$tdata,m_axis$tkeep,m_axis$tvalid,m_axis$tready,m_axis$tlast,m_axis$tuser,tx_event,tx_row,tx_last,tx_bytes);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  hold;
    input wire  [63:0] s_axis$tdata;
    input wire  [7:0] s_axis$tkeep;
    input wire  s_axis$tvalid;
    output reg  s_axis$tready;
    input wire  s_axis$tlast;
    input wire  [14:0] s_axis$tuser;
    input wire  [63:0] cpu_s_axis$tdata;
    input wire  [7:0] cpu_s_axis$tkeep;
    input wire  cpu_s_axis$tvalid;
    output reg  cpu_s_axis$tready;
    input wire  cpu_s_axis$tlast;
    input wire  [9:0] cpu_s_axis$tuser;
    output reg  [63:0] m_axis$tdata;
    output reg  [7:0] m_axis$tkeep;
    output reg  m_axis$tvalid;
    input wire  m_axis$tready;
    output reg  m_axis$tlast;
    output reg  [14:0] m_axis$tuser;
    output reg  tx_event;
    output reg  [9:0] tx_row;
    output reg  tx_last;
    output reg  [7:0] tx_bytes;
    
    // Constant declarations
    localparam  pair_fields = 8'h55;
    localparam  nibble_fields = 8'h33;
    localparam  byte_fields = 8'hf;
    localparam  kind_cpu = 15'b11;
    localparam  row_lsb = 8'h5;
    
    // Stub signals
    reg  slice$clock;
    reg  slice$reset;
    reg  slice$in_valid;
    reg  [63:0] slice$in_data;
    reg  [7:0] slice$in_keep;
    reg  slice$in_last;
    reg  [14:0] slice$in_user;
    wire  slice$in_ready;
    wire  slice$out_valid;
    wire  [63:0] slice$out_data;
    wire  [7:0] slice$out_keep;
    wire  slice$out_last;
    wire  [14:0] slice$out_user;
    reg  slice$out_ready;
    reg  owner_cpu$clock;
    reg  owner_cpu$ce;
    reg  owner_cpu$rst;
    reg  owner_cpu$d;
    wire  owner_cpu$q;
    reg  mid$clock;
    reg  mid$ce;
    reg  mid$rst;
    reg  mid$d;
    wire  mid$q;
    reg  row$clock;
    reg  row$ce;
    reg  row$rst;
    reg  [9:0] row$d;
    wire  [9:0] row$q;
    
    // Local signals
    reg  push;
    reg  cpu_push;
    reg  other_valid;
    reg  [9:0] cpu_row;
    reg  [7:0] beat_bytes;
    reg  [7:0] pair_ones;
    reg  [7:0] nibble_ones;
    reg  [7:0] byte_ones;
    reg  [7:0] folded_32;
    reg  [7:0] folded_16;
    reg  [7:0] folded_8;
    
    // Sub module instances
    top$cpu$slice slice(
        .clock(slice$clock),
        .reset(slice$reset),
        .in_valid(slice$in_valid),
        .in_data(slice$in_data),
        .in_keep(slice$in_keep),
        .in_last(slice$in_last),
        .in_user(slice$in_user),
        .in_ready(slice$in_ready),
        .out_valid(slice$out_valid),
        .out_data(slice$out_data),
        .out_keep(slice$out_keep),
        .out_last(slice$out_last),
        .out_user(slice$out_user),
        .out_ready(slice$out_ready)
    );
    top$cpu$owner_cpu owner_cpu(
        .clock(owner_cpu$clock),
        .ce(owner_cpu$ce),
        .rst(owner_cpu$rst),
        .d(owner_cpu$d),
        .q(owner_cpu$q)
    );
    top$cpu$mid mid(
        .clock(mid$clock),
        .ce(mid$ce),
        .rst(mid$rst),
        .d(mid$d),
        .q(mid$q)
    );
    top$cpu$row row(
        .clock(row$clock),
        .ce(row$ce),
        .rst(row$rst),
        .d(row$d),
        .q(row$q)
    );
    
    // Update code
    always @(*) begin
        slice$clock = clock;
        owner_cpu$clock = clock;
        mid$clock = clock;
        row$clock = clock;
        owner_cpu$rst = reset;
        mid$rst = reset;
        row$rst = 1'b0;
        slice$reset = reset;
        slice$in_valid = s_axis$tvalid;
        slice$in_data = s_axis$tdata;
        slice$in_keep = s_axis$tkeep;
        slice$in_last = s_axis$tlast;
        slice$in_user = s_axis$tuser;
        other_valid = cpu_s_axis$tvalid & ~hold;
        cpu_row = row$q;
        if (owner_cpu$q) begin
            slice$in_valid = cpu_s_axis$tvalid & ~hold;
            slice$in_data = cpu_s_axis$tdata;
            slice$in_keep = cpu_s_axis$tkeep;
            slice$in_last = cpu_s_axis$tlast;
            if (~mid$q) begin
                cpu_row = cpu_s_axis$tuser;
            end
            slice$in_user = kind_cpu | (((cpu_row) & 15'h7fff) << row_lsb);
            other_valid = s_axis$tvalid;
        end
        s_axis$tready = slice$in_ready & ~owner_cpu$q;
        cpu_s_axis$tready = slice$in_ready & owner_cpu$q & ~hold;
        push = slice$in_valid & slice$in_ready;
        cpu_push = push & owner_cpu$q;
        mid$ce = push;
        mid$d = ~slice$in_last;
        owner_cpu$ce = other_valid & ((push & slice$in_last) | (~mid$q & ~slice$in_valid));
        owner_cpu$d = ~owner_cpu$q;
        row$ce = cpu_push;
        row$d = cpu_row;
        tx_event = cpu_push;
        tx_row = cpu_row;
        tx_last = cpu_s_axis$tlast;
        pair_ones = cpu_s_axis$tkeep - ((cpu_s_axis$tkeep >> 32'h1) & pair_fields);
        nibble_ones = (pair_ones & nibble_fields) + ((pair_ones >> 32'h2) & nibble_fields);
        byte_ones = (nibble_ones + (nibble_ones >> 32'h4)) & byte_fields;
        folded_32 = byte_ones + (byte_ones >> 32'h20);
        folded_16 = folded_32 + (folded_32 >> 32'h10);
        folded_8 = folded_16 + (folded_16 >> 32'h8);
        beat_bytes = 32'h0;
        if (cpu_push) begin
            beat_bytes = ((folded_8) & 8'hff);
        end
        tx_bytes = beat_bytes;
        m_axis$tvalid = slice$out_valid;
        m_axis$tdata = slice$out_data;
        m_axis$tkeep = slice$out_keep;
        m_axis$tlast = slice$out_last;
        m_axis$tuser = slice$out_user;
        slice$out_ready = m_axis$tready;
    end
    
endmodule // top$cpu


module top$cpu$mid(clock,ce,rst,d,q);
    
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
endmodule // top$cpu$mid


module top$cpu$owner_cpu(clock,ce,rst,d,q);
    
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
endmodule // top$cpu$owner_cpu


module top$cpu$row(clock,ce,rst,d,q);
    
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
endmodule // top$cpu$row


module top$cpu$slice(clock,reset,in_valid,in_data,in_keep,in_last,in_user,in_ready,out_valid,out_data,out_keep,out_last,out_user,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [63:0] in_data;
    input wire  [7:0] in_keep;
    input wire  in_last;
    input wire  [14:0] in_user;
    output reg  in_ready;
    output reg  out_valid;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  [14:0] out_user;
    input wire  out_ready;
    
    // Stub signals
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [63:0] main_data$d;
    wire  [63:0] main_data$q;
    reg  main_data$clock;
    reg  [7:0] main_keep$d;
    wire  [7:0] main_keep$q;
    reg  main_keep$clock;
    reg  main_last$d;
    wire  main_last$q;
    reg  main_last$clock;
    reg  [14:0] main_user$d;
    wire  [14:0] main_user$q;
    reg  main_user$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    reg  skid_data$clock;
    reg  skid_data$ce;
    reg  skid_data$rst;
    reg  [63:0] skid_data$d;
    wire  [63:0] skid_data$q;
    reg  skid_keep$clock;
    reg  skid_keep$ce;
    reg  skid_keep$rst;
    reg  [7:0] skid_keep$d;
    wire  [7:0] skid_keep$q;
    reg  skid_last$clock;
    reg  skid_last$ce;
    reg  skid_last$rst;
    reg  skid_last$d;
    wire  skid_last$q;
    reg  skid_user$clock;
    reg  skid_user$ce;
    reg  skid_user$rst;
    reg  [14:0] skid_user$d;
    wire  [14:0] skid_user$q;
    
    // Local signals
    reg  pop;
    reg  push;
    reg  skid_load;
    
    // Sub module instances
    top$cpu$slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$cpu$slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$cpu$slice$main_keep main_keep(
        .d(main_keep$d),
        .q(main_keep$q),
        .clock(main_keep$clock)
    );
    top$cpu$slice$main_last main_last(
        .d(main_last$d),
        .q(main_last$q),
        .clock(main_last$clock)
    );
    top$cpu$slice$main_user main_user(
        .d(main_user$d),
        .q(main_user$q),
        .clock(main_user$clock)
    );
    top$cpu$slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    top$cpu$slice$skid_data skid_data(
        .clock(skid_data$clock),
        .ce(skid_data$ce),
        .rst(skid_data$rst),
        .d(skid_data$d),
        .q(skid_data$q)
    );
    top$cpu$slice$skid_keep skid_keep(
        .clock(skid_keep$clock),
        .ce(skid_keep$ce),
        .rst(skid_keep$rst),
        .d(skid_keep$d),
        .q(skid_keep$q)
    );
    top$cpu$slice$skid_last skid_last(
        .clock(skid_last$clock),
        .ce(skid_last$ce),
        .rst(skid_last$rst),
        .d(skid_last$d),
        .q(skid_last$q)
    );
    top$cpu$slice$skid_user skid_user(
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
    
endmodule // top$cpu$slice


module top$cpu$slice$main_data(d,q,clock);
    
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
          
endmodule // top$cpu$slice$main_data


module top$cpu$slice$main_keep(d,q,clock);
    
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
          
endmodule // top$cpu$slice$main_keep


module top$cpu$slice$main_last(d,q,clock);
    
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
          
endmodule // top$cpu$slice$main_last


module top$cpu$slice$main_user(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cpu$slice$main_user


module top$cpu$slice$main_valid(d,q,clock);
    
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
          
endmodule // top$cpu$slice$main_valid


module top$cpu$slice$skid_data(clock,ce,rst,d,q);
    
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
endmodule // top$cpu$slice$skid_data


module top$cpu$slice$skid_keep(clock,ce,rst,d,q);
    
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
endmodule // top$cpu$slice$skid_keep


module top$cpu$slice$skid_last(clock,ce,rst,d,q);
    
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
endmodule // top$cpu$slice$skid_last


module top$cpu$slice$skid_user(clock,ce,rst,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  ce;
    input wire  rst;
    input wire  [14:0] d;
    output reg  [14:0] q;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       if (rst) q <= 15'h0;
       else if (ce) q <= d;
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$cpu$slice$skid_user


module top$cpu$slice$skid_valid(d,q,clock);
    
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
          
endmodule // top$cpu$slice$skid_valid


module top$cpu_counters(clock,clear,clear_index,add,index,inc$0,inc$1,host_index,host_data$0,host_data$1);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  [9:0] clear_index;
    input wire  add;
    input wire  [9:0] index;
    input wire  [63:0] inc$0;
    input wire  [63:0] inc$1;
    input wire  [9:0] host_index;
    output reg  [63:0] host_data$0;
    output reg  [63:0] host_data$1;
    
    // Stub signals
    reg  rows$0$clock;
    reg  [9:0] rows$0$read_address;
    wire  [63:0] rows$0$read_data;
    reg  [9:0] rows$0$read_address_b;
    wire  [63:0] rows$0$read_data_b;
    reg  [9:0] rows$0$write_address;
    reg  [63:0] rows$0$write_data;
    reg  rows$0$write_enable;
    reg  rows$1$clock;
    reg  [9:0] rows$1$read_address;
    wire  [63:0] rows$1$read_data;
    reg  [9:0] rows$1$read_address_b;
    wire  [63:0] rows$1$read_data_b;
    reg  [9:0] rows$1$write_address;
    reg  [63:0] rows$1$write_data;
    reg  rows$1$write_enable;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  s1_index$clock;
    reg  s1_index$ce;
    reg  s1_index$rst;
    reg  [9:0] s1_index$d;
    wire  [9:0] s1_index$q;
    reg  s1_inc$0$clock;
    reg  s1_inc$0$ce;
    reg  s1_inc$0$rst;
    reg  [63:0] s1_inc$0$d;
    wire  [63:0] s1_inc$0$q;
    reg  s1_inc$1$clock;
    reg  s1_inc$1$ce;
    reg  s1_inc$1$rst;
    reg  [63:0] s1_inc$1$d;
    wire  [63:0] s1_inc$1$q;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  last_index$clock;
    reg  last_index$ce;
    reg  last_index$rst;
    reg  [9:0] last_index$d;
    wire  [9:0] last_index$q;
    reg  last_value$0$clock;
    reg  last_value$0$ce;
    reg  last_value$0$rst;
    reg  [63:0] last_value$0$d;
    wire  [63:0] last_value$0$q;
    reg  last_value$1$clock;
    reg  last_value$1$ce;
    reg  last_value$1$rst;
    reg  [63:0] last_value$1$d;
    wire  [63:0] last_value$1$q;
    
    // Local signals
    reg  forward;
    reg  [63:0] sum$0;
    reg  [63:0] sum$1;
    
    // Sub module instances
    top$cpu_counters$rows$0 rows$0(
        .clock(rows$0$clock),
        .read_address(rows$0$read_address),
        .read_data(rows$0$read_data),
        .read_address_b(rows$0$read_address_b),
        .read_data_b(rows$0$read_data_b),
        .write_address(rows$0$write_address),
        .write_data(rows$0$write_data),
        .write_enable(rows$0$write_enable)
    );
    top$cpu_counters$rows$1 rows$1(
        .clock(rows$1$clock),
        .read_address(rows$1$read_address),
        .read_data(rows$1$read_data),
        .read_address_b(rows$1$read_address_b),
        .read_data_b(rows$1$read_data_b),
        .write_address(rows$1$write_address),
        .write_data(rows$1$write_data),
        .write_enable(rows$1$write_enable)
    );
    top$cpu_counters$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$cpu_counters$s1_index s1_index(
        .clock(s1_index$clock),
        .ce(s1_index$ce),
        .rst(s1_index$rst),
        .d(s1_index$d),
        .q(s1_index$q)
    );
    top$cpu_counters$s1_inc$0 s1_inc$0(
        .clock(s1_inc$0$clock),
        .ce(s1_inc$0$ce),
        .rst(s1_inc$0$rst),
        .d(s1_inc$0$d),
        .q(s1_inc$0$q)
    );
    top$cpu_counters$s1_inc$1 s1_inc$1(
        .clock(s1_inc$1$clock),
        .ce(s1_inc$1$ce),
        .rst(s1_inc$1$rst),
        .d(s1_inc$1$d),
        .q(s1_inc$1$q)
    );
    top$cpu_counters$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$cpu_counters$last_index last_index(
        .clock(last_index$clock),
        .ce(last_index$ce),
        .rst(last_index$rst),
        .d(last_index$d),
        .q(last_index$q)
    );
    top$cpu_counters$last_value$0 last_value$0(
        .clock(last_value$0$clock),
        .ce(last_value$0$ce),
        .rst(last_value$0$rst),
        .d(last_value$0$d),
        .q(last_value$0$q)
    );
    top$cpu_counters$last_value$1 last_value$1(
        .clock(last_value$1$clock),
        .ce(last_value$1$ce),
        .rst(last_value$1$rst),
        .d(last_value$1$d),
        .q(last_value$1$q)
    );
    
    // Update code
    always @(*) begin
        s1_valid$clock = clock;
        last_valid$clock = clock;
        s1_valid$d = s1_valid$q;
        last_valid$d = last_valid$q;
        s1_index$clock = clock;
        last_index$clock = clock;
        s1_valid$d = add & ~clear;
        s1_index$ce = add;
        s1_index$rst = 1'b0;
        s1_index$d = index;
        forward = last_valid$q & (last_index$q == s1_index$q);
        s1_inc$0$clock = clock;
        last_value$0$clock = clock;
        rows$0$clock = clock;
        rows$0$read_address_b = host_index;
        host_data$0 = rows$0$read_data_b;
        rows$0$read_address = index;
        s1_inc$0$ce = add;
        s1_inc$0$rst = 1'b0;
        s1_inc$0$d = inc$0;
        last_value$0$ce = s1_valid$q;
        last_value$0$rst = 1'b0;
        sum$0 = 32'h0;
        rows$0$write_enable = 1'b0;
        rows$0$write_address = 32'h0;
        rows$0$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$0 = rows$0$read_data + s1_inc$0$q;
            if (forward) begin
                sum$0 = last_value$0$q + s1_inc$0$q;
            end
            rows$0$write_enable = 1'b1;
            rows$0$write_address = s1_index$q;
            rows$0$write_data = sum$0;
        end
        last_value$0$d = sum$0;
        if (clear) begin
            rows$0$write_enable = 1'b1;
            rows$0$write_address = clear_index;
            rows$0$write_data = 32'h0;
        end
        s1_inc$1$clock = clock;
        last_value$1$clock = clock;
        rows$1$clock = clock;
        rows$1$read_address_b = host_index;
        host_data$1 = rows$1$read_data_b;
        rows$1$read_address = index;
        s1_inc$1$ce = add;
        s1_inc$1$rst = 1'b0;
        s1_inc$1$d = inc$1;
        last_value$1$ce = s1_valid$q;
        last_value$1$rst = 1'b0;
        sum$1 = 32'h0;
        rows$1$write_enable = 1'b0;
        rows$1$write_address = 32'h0;
        rows$1$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$1 = rows$1$read_data + s1_inc$1$q;
            if (forward) begin
                sum$1 = last_value$1$q + s1_inc$1$q;
            end
            rows$1$write_enable = 1'b1;
            rows$1$write_address = s1_index$q;
            rows$1$write_data = sum$1;
        end
        last_value$1$d = sum$1;
        if (clear) begin
            rows$1$write_enable = 1'b1;
            rows$1$write_address = clear_index;
            rows$1$write_data = 32'h0;
        end
        last_valid$d = s1_valid$q & ~clear;
        last_index$ce = s1_valid$q;
        last_index$rst = 1'b0;
        last_index$d = s1_index$q;
    end
    
endmodule // top$cpu_counters


module top$cpu_counters$last_index(clock,ce,rst,d,q);
    
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
endmodule // top$cpu_counters$last_index


module top$cpu_counters$last_valid(d,q,clock);
    
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
          
endmodule // top$cpu_counters$last_valid


module top$cpu_counters$last_value$0(clock,ce,rst,d,q);
    
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
endmodule // top$cpu_counters$last_value$0


module top$cpu_counters$last_value$1(clock,ce,rst,d,q);
    
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
endmodule // top$cpu_counters$last_value$1


module top$cpu_counters$rows$0(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [63:0] read_data;
    input wire  [9:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [9:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[1023:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$cpu_counters$rows$0


module top$cpu_counters$rows$1(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [63:0] read_data;
    input wire  [9:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [9:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[1023:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$cpu_counters$rows$1


module top$cpu_counters$s1_inc$0(clock,ce,rst,d,q);
    
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
endmodule // top$cpu_counters$s1_inc$0


module top$cpu_counters$s1_inc$1(clock,ce,rst,d,q);
    
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
endmodule // top$cpu_counters$s1_inc$1


module top$cpu_counters$s1_index(clock,ce,rst,d,q);
    
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
endmodule // top$cpu_counters$s1_index


module top$cpu_counters$s1_valid(d,q,clock);
    
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
          
endmodule // top$cpu_counters$s1_valid


module top$csr_stage(clock,in_addr,in_wdata,in_write,in_read,in_reset,addr,wdata,write,read,reset);
    
    // Module arguments
    input wire  clock;
    input wire  [19:0] in_addr;
    input wire  [31:0] in_wdata;
    input wire  in_write;
    input wire  in_read;
    input wire  in_reset;
    output reg  [19:0] addr;
    output reg  [31:0] wdata;
    output reg  write;
    output reg  read;
    output reg  reset;
    
    // Stub signals
    reg  [19:0] r_addr$d;
    wire  [19:0] r_addr$q;
    reg  r_addr$clock;
    reg  [31:0] r_wdata$d;
    wire  [31:0] r_wdata$q;
    reg  r_wdata$clock;
    reg  r_write$d;
    wire  r_write$q;
    reg  r_write$clock;
    reg  r_read$d;
    wire  r_read$q;
    reg  r_read$clock;
    reg  r_reset$d;
    wire  r_reset$q;
    reg  r_reset$clock;
    
    // Sub module instances
    top$csr_stage$r_addr r_addr(
        .d(r_addr$d),
        .q(r_addr$q),
        .clock(r_addr$clock)
    );
    top$csr_stage$r_wdata r_wdata(
        .d(r_wdata$d),
        .q(r_wdata$q),
        .clock(r_wdata$clock)
    );
    top$csr_stage$r_write r_write(
        .d(r_write$d),
        .q(r_write$q),
        .clock(r_write$clock)
    );
    top$csr_stage$r_read r_read(
        .d(r_read$d),
        .q(r_read$q),
        .clock(r_read$clock)
    );
    top$csr_stage$r_reset r_reset(
        .d(r_reset$d),
        .q(r_reset$q),
        .clock(r_reset$clock)
    );
    
    // Update code
    always @(*) begin
        r_addr$clock = clock;
        r_wdata$clock = clock;
        r_write$clock = clock;
        r_read$clock = clock;
        r_reset$clock = clock;
        r_addr$d = r_addr$q;
        r_wdata$d = r_wdata$q;
        r_write$d = r_write$q;
        r_read$d = r_read$q;
        r_reset$d = r_reset$q;
        r_addr$d = in_addr;
        r_wdata$d = in_wdata;
        r_write$d = in_write;
        r_read$d = in_read;
        r_reset$d = in_reset;
        addr = r_addr$q;
        wdata = r_wdata$q;
        write = r_write$q;
        read = r_read$q;
        reset = r_reset$q;
    end
    
endmodule // top$csr_stage


module top$csr_stage$r_addr(d,q,clock);
    
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
          
endmodule // top$csr_stage$r_addr


module top$csr_stage$r_read(d,q,clock);
    
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
          
endmodule // top$csr_stage$r_read


module top$csr_stage$r_reset(d,q,clock);
    
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
          
endmodule // top$csr_stage$r_reset


module top$csr_stage$r_wdata(d,q,clock);
    
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
          
endmodule // top$csr_stage$r_wdata


module top$csr_stage$r_write(d,q,clock);
    
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
          
endmodule // top$csr_stage$r_write


module top$direction_q(d,q,clock);
    
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
          
endmodule // top$direction_q


module top$global_counters(clock,clear,drop_event,drop_reason,punt_event,value$0,value$1,value$2,value$3,value$4,value$5,value$6,value$7);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  drop_event;
    input wire  [2:0] drop_reason;
    input wire  punt_event;
    output reg  [63:0] value$0;
    output reg  [63:0] value$1;
    output reg  [63:0] value$2;
    output reg  [63:0] value$3;
    output reg  [63:0] value$4;
    output reg  [63:0] value$5;
    output reg  [63:0] value$6;
    output reg  [63:0] value$7;
    
    // Stub signals
    reg  count$0$clock;
    reg  count$0$ce;
    reg  count$0$rst;
    reg  [63:0] count$0$d;
    wire  [63:0] count$0$q;
    reg  count$1$clock;
    reg  count$1$ce;
    reg  count$1$rst;
    reg  [63:0] count$1$d;
    wire  [63:0] count$1$q;
    reg  count$2$clock;
    reg  count$2$ce;
    reg  count$2$rst;
    reg  [63:0] count$2$d;
    wire  [63:0] count$2$q;
    reg  count$3$clock;
    reg  count$3$ce;
    reg  count$3$rst;
    reg  [63:0] count$3$d;
    wire  [63:0] count$3$q;
    reg  count$4$clock;
    reg  count$4$ce;
    reg  count$4$rst;
    reg  [63:0] count$4$d;
    wire  [63:0] count$4$q;
    reg  count$5$clock;
    reg  count$5$ce;
    reg  count$5$rst;
    reg  [63:0] count$5$d;
    wire  [63:0] count$5$q;
    reg  count$6$clock;
    reg  count$6$ce;
    reg  count$6$rst;
    reg  [63:0] count$6$d;
    wire  [63:0] count$6$q;
    reg  count$7$clock;
    reg  count$7$ce;
    reg  count$7$rst;
    reg  [63:0] count$7$d;
    wire  [63:0] count$7$q;
    
    // Sub module instances
    top$global_counters$count$0 count$0(
        .clock(count$0$clock),
        .ce(count$0$ce),
        .rst(count$0$rst),
        .d(count$0$d),
        .q(count$0$q)
    );
    top$global_counters$count$1 count$1(
        .clock(count$1$clock),
        .ce(count$1$ce),
        .rst(count$1$rst),
        .d(count$1$d),
        .q(count$1$q)
    );
    top$global_counters$count$2 count$2(
        .clock(count$2$clock),
        .ce(count$2$ce),
        .rst(count$2$rst),
        .d(count$2$d),
        .q(count$2$q)
    );
    top$global_counters$count$3 count$3(
        .clock(count$3$clock),
        .ce(count$3$ce),
        .rst(count$3$rst),
        .d(count$3$d),
        .q(count$3$q)
    );
    top$global_counters$count$4 count$4(
        .clock(count$4$clock),
        .ce(count$4$ce),
        .rst(count$4$rst),
        .d(count$4$d),
        .q(count$4$q)
    );
    top$global_counters$count$5 count$5(
        .clock(count$5$clock),
        .ce(count$5$ce),
        .rst(count$5$rst),
        .d(count$5$d),
        .q(count$5$q)
    );
    top$global_counters$count$6 count$6(
        .clock(count$6$clock),
        .ce(count$6$ce),
        .rst(count$6$rst),
        .d(count$6$d),
        .q(count$6$q)
    );
    top$global_counters$count$7 count$7(
        .clock(count$7$clock),
        .ce(count$7$ce),
        .rst(count$7$rst),
        .d(count$7$d),
        .q(count$7$q)
    );
    
    // Update code
    always @(*) begin
        count$0$clock = clock;
        count$0$rst = clear;
        count$0$d = count$0$q + 32'h1;
        value$0 = count$0$q;
        count$1$clock = clock;
        count$1$rst = clear;
        count$1$d = count$1$q + 32'h1;
        value$1 = count$1$q;
        count$2$clock = clock;
        count$2$rst = clear;
        count$2$d = count$2$q + 32'h1;
        value$2 = count$2$q;
        count$3$clock = clock;
        count$3$rst = clear;
        count$3$d = count$3$q + 32'h1;
        value$3 = count$3$q;
        count$4$clock = clock;
        count$4$rst = clear;
        count$4$d = count$4$q + 32'h1;
        value$4 = count$4$q;
        count$5$clock = clock;
        count$5$rst = clear;
        count$5$d = count$5$q + 32'h1;
        value$5 = count$5$q;
        count$6$clock = clock;
        count$6$rst = clear;
        count$6$d = count$6$q + 32'h1;
        value$6 = count$6$q;
        count$7$clock = clock;
        count$7$rst = clear;
        count$7$d = count$7$q + 32'h1;
        value$7 = count$7$q;
        count$0$ce = drop_event & (drop_reason == 0);
        count$1$ce = drop_event & (drop_reason == 1);
        count$2$ce = drop_event & (drop_reason == 2);
        count$3$ce = drop_event & (drop_reason == 3);
        count$4$ce = drop_event & (drop_reason == 4);
        count$5$ce = drop_event & (drop_reason == 5);
        count$6$ce = drop_event & (drop_reason == 6);
        count$7$ce = punt_event;
    end
    
endmodule // top$global_counters


module top$global_counters$count$0(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$0


module top$global_counters$count$1(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$1


module top$global_counters$count$2(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$2


module top$global_counters$count$3(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$3


module top$global_counters$count$4(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$4


module top$global_counters$count$5(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$5


module top$global_counters$count$6(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$6


module top$global_counters$count$7(clock,ce,rst,d,q);
    
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
endmodule // top$global_counters$count$7


module top$header(clock,reset,accept,data,last,len,rec_valid,rec_len,rec_outer_type,rec_tci,rec_inner_type,rec_version_ihl,rec_total_length,rec_ttl,rec_destination,rec_checksum);
    
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
    top$header$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    top$header$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    top$header$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$header$outer_type outer_type(
        .clock(outer_type$clock),
        .ce(outer_type$ce),
        .rst(outer_type$rst),
        .d(outer_type$d),
        .q(outer_type$q)
    );
    top$header$tci tci(
        .clock(tci$clock),
        .ce(tci$ce),
        .rst(tci$rst),
        .d(tci$d),
        .q(tci$q)
    );
    top$header$inner_type inner_type(
        .clock(inner_type$clock),
        .ce(inner_type$ce),
        .rst(inner_type$rst),
        .d(inner_type$d),
        .q(inner_type$q)
    );
    top$header$version_ihl version_ihl(
        .clock(version_ihl$clock),
        .ce(version_ihl$ce),
        .rst(version_ihl$rst),
        .d(version_ihl$d),
        .q(version_ihl$q)
    );
    top$header$total_length total_length(
        .clock(total_length$clock),
        .ce(total_length$ce),
        .rst(total_length$rst),
        .d(total_length$d),
        .q(total_length$q)
    );
    top$header$ttl ttl(
        .clock(ttl$clock),
        .ce(ttl$ce),
        .rst(ttl$rst),
        .d(ttl$d),
        .q(ttl$q)
    );
    top$header$destination destination(
        .clock(destination$clock),
        .ce(destination$ce),
        .rst(destination$rst),
        .d(destination$d),
        .q(destination$q)
    );
    top$header$checksum checksum(
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
    
endmodule // top$header


module top$header$base(d,q,clock);
    
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
          
endmodule // top$header$base


module top$header$beat(d,q,clock);
    
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
          
endmodule // top$header$beat


module top$header$checksum(clock,ce,rst,d,q);
    
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
endmodule // top$header$checksum


module top$header$destination(clock,ce,rst,d,q);
    
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
endmodule // top$header$destination


module top$header$done(d,q,clock);
    
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
          
endmodule // top$header$done


module top$header$inner_type(clock,ce,rst,d,q);
    
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
endmodule // top$header$inner_type


module top$header$outer_type(clock,ce,rst,d,q);
    
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
endmodule // top$header$outer_type


module top$header$tci(clock,ce,rst,d,q);
    
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
endmodule // top$header$tci


module top$header$total_length(clock,ce,rst,d,q);
    
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
endmodule // top$header$total_length


module top$header$ttl(clock,ce,rst,d,q);
    
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
endmodule // top$header$ttl


module top$header$version_ihl(clock,ce,rst,d,q);
    
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
endmodule // top$header$version_ihl


module top$ingress(clock,in_take,in_data,in_last,in_user,valid,data,last,user);
    
    // Module arguments
    input wire  clock;
    input wire  in_take;
    input wire  [63:0] in_data;
    input wire  in_last;
    input wire  [23:0] in_user;
    output reg  valid;
    output reg  [63:0] data;
    output reg  last;
    output reg  [23:0] user;
    
    // Stub signals
    reg  r_valid$d;
    wire  r_valid$q;
    reg  r_valid$clock;
    reg  [63:0] r_data$d;
    wire  [63:0] r_data$q;
    reg  r_data$clock;
    reg  r_last$d;
    wire  r_last$q;
    reg  r_last$clock;
    reg  [23:0] r_user$d;
    wire  [23:0] r_user$q;
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


module top$lpm(clock,reset,in_valid,in_key,in_payload,in_bank,out_valid,out_payload,out_hit,out_target,w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data);
    
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
    top$lpm$tree tree(
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
    top$lpm$payloads payloads(
        .clock(payloads$clock),
        .read_address(payloads$read_address),
        .read_data(payloads$read_data),
        .write_address(payloads$write_address),
        .write_data(payloads$write_data),
        .write_enable(payloads$write_enable)
    );
    top$lpm$ring ring(
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
    
endmodule // top$lpm


module top$lpm$payloads(clock,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$lpm$payloads


module top$lpm$ring(d,q,clock);
    
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
          
endmodule // top$lpm$ring


module top$lpm$tree(clock,reset,in_word,out_valid,out_leaf,w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data);
    
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
    localparam  last_decides = 1'b1;
    localparam  rank_shift = 8'h0;
    localparam  levels_count = 8'h10;
    localparam  leaf_mask = 17'b1111111111111111;
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
    top$lpm$tree$levels$0 levels$0(
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
    top$lpm$tree$levels$1 levels$1(
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
    top$lpm$tree$levels$2 levels$2(
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
    top$lpm$tree$levels$3 levels$3(
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
    top$lpm$tree$levels$4 levels$4(
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
    top$lpm$tree$levels$5 levels$5(
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
    top$lpm$tree$levels$6 levels$6(
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
    top$lpm$tree$levels$7 levels$7(
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
    top$lpm$tree$levels$8 levels$8(
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
    top$lpm$tree$levels$9 levels$9(
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
    top$lpm$tree$levels$10 levels$10(
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
    top$lpm$tree$levels$11 levels$11(
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
    top$lpm$tree$levels$12 levels$12(
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
    top$lpm$tree$levels$13 levels$13(
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
    top$lpm$tree$levels$14 levels$14(
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
    top$lpm$tree$levels$15 levels$15(
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
    top$lpm$tree$leaves leaves(
        .clock(leaves$clock),
        .read_enable(leaves$read_enable),
        .read_address(leaves$read_address),
        .read_data(leaves$read_data),
        .write_address(leaves$write_address),
        .write_data(leaves$write_data),
        .write_enable(leaves$write_enable)
    );
    top$lpm$tree$valid valid(
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
    
endmodule // top$lpm$tree


module top$lpm$tree$leaves(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[10:0] mem[131071:0];
    
    initial begin
       read_data = 11'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address];
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
endmodule // top$lpm$tree$leaves


module top$lpm$tree$levels$0(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    top$lpm$tree$levels$0$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$0$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$0


module top$lpm$tree$levels$0$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$0$lookup


module top$lpm$tree$levels$0$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$lpm$tree$levels$0$nodes


module top$lpm$tree$levels$1(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    top$lpm$tree$levels$1$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$1$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$1


module top$lpm$tree$levels$1$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$1$lookup


module top$lpm$tree$levels$1$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$lpm$tree$levels$1$nodes


module top$lpm$tree$levels$10(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b1111111111;
    localparam  word_mask = 17'b11111111111;
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
    top$lpm$tree$levels$10$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$10$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$10


module top$lpm$tree$levels$10$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$10$lookup


module top$lpm$tree$levels$10$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[2047:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:11], write_address[16:11]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[10:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[10:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$10$nodes


module top$lpm$tree$levels$11(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b11111111111;
    localparam  word_mask = 17'b111111111111;
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
    top$lpm$tree$levels$11$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$11$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$11


module top$lpm$tree$levels$11$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$11$lookup


module top$lpm$tree$levels$11$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[4095:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:12], write_address[16:12]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[11:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[11:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$11$nodes


module top$lpm$tree$levels$12(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b111111111111;
    localparam  word_mask = 17'b1111111111111;
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
    top$lpm$tree$levels$12$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$12$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$12


module top$lpm$tree$levels$12$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$12$lookup


module top$lpm$tree$levels$12$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[8191:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:13], write_address[16:13]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[12:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[12:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$12$nodes


module top$lpm$tree$levels$13(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b1111111111111;
    localparam  word_mask = 17'b11111111111111;
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
    top$lpm$tree$levels$13$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$13$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$13


module top$lpm$tree$levels$13$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$13$lookup


module top$lpm$tree$levels$13$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[16383:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:14], write_address[16:14]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[13:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[13:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$13$nodes


module top$lpm$tree$levels$14(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b11111111111111;
    localparam  word_mask = 17'b111111111111111;
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
    top$lpm$tree$levels$14$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$14$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$14


module top$lpm$tree$levels$14$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$14$lookup


module top$lpm$tree$levels$14$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[32767:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:15], write_address[16:15]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[14:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[14:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$14$nodes


module top$lpm$tree$levels$15(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b111111111111111;
    localparam  word_mask = 17'b1111111111111111;
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
    top$lpm$tree$levels$15$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$15$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$15


module top$lpm$tree$levels$15$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$15$lookup


module top$lpm$tree$levels$15$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[65535:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:16], write_address[16:16]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[15:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[15:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$15$nodes


module top$lpm$tree$levels$2(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    top$lpm$tree$levels$2$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$2$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$2


module top$lpm$tree$levels$2$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$2$lookup


module top$lpm$tree$levels$2$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$lpm$tree$levels$2$nodes


module top$lpm$tree$levels$3(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    top$lpm$tree$levels$3$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$3$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$3


module top$lpm$tree$levels$3$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$3$lookup


module top$lpm$tree$levels$3$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$lpm$tree$levels$3$nodes


module top$lpm$tree$levels$4(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b1111;
    localparam  word_mask = 17'b11111;
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
    top$lpm$tree$levels$4$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$4$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$4


module top$lpm$tree$levels$4$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$4$lookup


module top$lpm$tree$levels$4$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[31:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:5], write_address[16:5]};
    
    initial begin
       read_data = 41'd0;
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
endmodule // top$lpm$tree$levels$4$nodes


module top$lpm$tree$levels$5(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b11111;
    localparam  word_mask = 17'b111111;
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
    top$lpm$tree$levels$5$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$5$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$5


module top$lpm$tree$levels$5$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$5$lookup


module top$lpm$tree$levels$5$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[63:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:6], write_address[16:6]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[5:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[5:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$5$nodes


module top$lpm$tree$levels$6(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b111111;
    localparam  word_mask = 17'b1111111;
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
    top$lpm$tree$levels$6$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$6$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$6


module top$lpm$tree$levels$6$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$6$lookup


module top$lpm$tree$levels$6$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[127:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:7], write_address[16:7]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[6:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[6:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$6$nodes


module top$lpm$tree$levels$7(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b1111111;
    localparam  word_mask = 17'b11111111;
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
    top$lpm$tree$levels$7$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$7$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$7


module top$lpm$tree$levels$7$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$7$lookup


module top$lpm$tree$levels$7$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[255:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:8], write_address[16:8]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[7:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[7:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$7$nodes


module top$lpm$tree$levels$8(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b11111111;
    localparam  word_mask = 17'b111111111;
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
    top$lpm$tree$levels$8$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$8$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$8


module top$lpm$tree$levels$8$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$8$lookup


module top$lpm$tree$levels$8$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[511:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:9], write_address[16:9]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[8:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$8$nodes


module top$lpm$tree$levels$9(clock,above_valid,above_word,above_node,word,node,we,w_address,w_data);
    
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
    localparam  node_mask = 17'b111111111;
    localparam  word_mask = 17'b1111111111;
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
    top$lpm$tree$levels$9$lookup lookup(
        .clock(lookup$clock),
        .ce(lookup$ce),
        .rst(lookup$rst),
        .d(lookup$d),
        .q(lookup$q)
    );
    top$lpm$tree$levels$9$nodes nodes(
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
    
endmodule // top$lpm$tree$levels$9


module top$lpm$tree$levels$9$lookup(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$levels$9$lookup


module top$lpm$tree$levels$9$nodes(clock,read_enable,read_address,read_data,write_address,write_data,write_enable);
    
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
    reg[40:0] mem[1023:0];
    
    wire unused_address_bits = &{1'b0, read_address[16:10], write_address[16:10]};
    
    initial begin
       read_data = 41'd0;
    end
    
    always @(posedge clock) begin
       if (read_enable) read_data <= mem[read_address[9:0]];
       if (write_enable) begin
          // Blocking, after the read: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address[9:0]] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$lpm$tree$levels$9$nodes


module top$lpm$tree$valid(clock,ce,rst,d,q);
    
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
endmodule // top$lpm$tree$valid


module top$macs(clock,reset,write,data_in,full,almost_full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [95:0] data_in;
    output reg  full;
    output reg  almost_full;
    input wire  read;
    output reg  [95:0] data_out;
    output reg  empty;
    
    // Constant declarations
    localparam  depth = 7'b1000000;
    localparam  depth_less_one = 7'b111111;
    
    // Stub signals
    reg  ram$clock;
    reg  [5:0] ram$read_address;
    wire  [95:0] ram$read_data;
    reg  [5:0] ram$write_address;
    reg  [95:0] ram$write_data;
    reg  ram$write_enable;
    reg  [6:0] wr_ptr$d;
    wire  [6:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [6:0] wr_ptr_seen$d;
    wire  [6:0] wr_ptr_seen$q;
    reg  wr_ptr_seen$clock;
    reg  [6:0] rd_ptr$d;
    wire  [6:0] rd_ptr$q;
    reg  rd_ptr$clock;
    
    // Local signals
    reg  do_write;
    reg  do_read;
    reg  [6:0] rd_next;
    
    // Sub module instances
    top$macs$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$macs$wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    top$macs$wr_ptr_seen wr_ptr_seen(
        .d(wr_ptr_seen$d),
        .q(wr_ptr_seen$q),
        .clock(wr_ptr_seen$clock)
    );
    top$macs$rd_ptr rd_ptr(
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
        ram$write_address = wr_ptr$q[(32'h0)+:(6)];
        ram$write_data = data_in;
        ram$write_enable = do_write;
        ram$read_address = rd_next[(32'h0)+:(6)];
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
    
endmodule // top$macs


module top$macs$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] read_address;
    output reg  [95:0] read_data;
    input wire  [5:0] write_address;
    input wire  [95:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[95:0] mem[63:0];
    
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
endmodule // top$macs$ram


module top$macs$rd_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$macs$rd_ptr


module top$macs$wr_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$macs$wr_ptr


module top$macs$wr_ptr_seen(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$macs$wr_ptr_seen


module top$registers(clock,reset,bus$addr,bus$wdata,bus$write,bus$read,bus$rdata,bus$rvalid,direction,clear_busy,clear_start,banks,port_mac0,port_mac1,vid_we,vid_waddr,target_we,target_waddr,entry,entry_mtu,lpm_w_bank,node_we,node_level,node_index,node_data,leaf_we,leaf_index,leaf_data,vif_host_index,vif_host_data$0,vif_host_data$1,vif_host_data$2,vif_host_data$3,vif_host_data$4,target_host_index,target_host_data$0,target_host_data$1,cpu_host_data$0,cpu_host_data$1,global$0,global$1,global$2,global$3,global$4,global$5,global$6,global$7);
    
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
    top$registers$staged$0 staged$0(
        .clock(staged$0$clock),
        .ce(staged$0$ce),
        .rst(staged$0$rst),
        .d(staged$0$d),
        .q(staged$0$q)
    );
    top$registers$staged$1 staged$1(
        .clock(staged$1$clock),
        .ce(staged$1$ce),
        .rst(staged$1$rst),
        .d(staged$1$d),
        .q(staged$1$q)
    );
    top$registers$staged$2 staged$2(
        .clock(staged$2$clock),
        .ce(staged$2$ce),
        .rst(staged$2$rst),
        .d(staged$2$d),
        .q(staged$2$q)
    );
    top$registers$staged$3 staged$3(
        .clock(staged$3$clock),
        .ce(staged$3$ce),
        .rst(staged$3$rst),
        .d(staged$3$d),
        .q(staged$3$q)
    );
    top$registers$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    top$registers$commit_busy commit_busy(
        .d(commit_busy$d),
        .q(commit_busy$q),
        .clock(commit_busy$clock)
    );
    top$registers$mac_lo$0 mac_lo$0(
        .clock(mac_lo$0$clock),
        .ce(mac_lo$0$ce),
        .rst(mac_lo$0$rst),
        .d(mac_lo$0$d),
        .q(mac_lo$0$q)
    );
    top$registers$mac_lo$1 mac_lo$1(
        .clock(mac_lo$1$clock),
        .ce(mac_lo$1$ce),
        .rst(mac_lo$1$rst),
        .d(mac_lo$1$d),
        .q(mac_lo$1$q)
    );
    top$registers$mac_hi$0 mac_hi$0(
        .clock(mac_hi$0$clock),
        .ce(mac_hi$0$ce),
        .rst(mac_hi$0$rst),
        .d(mac_hi$0$d),
        .q(mac_hi$0$q)
    );
    top$registers$mac_hi$1 mac_hi$1(
        .clock(mac_hi$1$clock),
        .ce(mac_hi$1$ce),
        .rst(mac_hi$1$rst),
        .d(mac_hi$1$d),
        .q(mac_hi$1$q)
    );
    top$registers$r1_valid r1_valid(
        .d(r1_valid$d),
        .q(r1_valid$q),
        .clock(r1_valid$clock)
    );
    top$registers$r1_addr r1_addr(
        .d(r1_addr$d),
        .q(r1_addr$q),
        .clock(r1_addr$clock)
    );
    top$registers$rdata rdata(
        .clock(rdata$clock),
        .ce(rdata$ce),
        .rst(rdata$rst),
        .d(rdata$d),
        .q(rdata$q)
    );
    top$registers$rvalid rvalid(
        .d(rvalid$d),
        .q(rvalid$q),
        .clock(rvalid$clock)
    );
    top$registers$snap$0 snap$0(
        .d(snap$0$d),
        .q(snap$0$q),
        .clock(snap$0$clock)
    );
    top$registers$snap$1 snap$1(
        .d(snap$1$d),
        .q(snap$1$q),
        .clock(snap$1$clock)
    );
    top$registers$snap$2 snap$2(
        .d(snap$2$d),
        .q(snap$2$q),
        .clock(snap$2$clock)
    );
    top$registers$snap$3 snap$3(
        .d(snap$3$d),
        .q(snap$3$q),
        .clock(snap$3$clock)
    );
    top$registers$snap$4 snap$4(
        .d(snap$4$d),
        .q(snap$4$q),
        .clock(snap$4$clock)
    );
    top$registers$snap$5 snap$5(
        .d(snap$5$d),
        .q(snap$5$q),
        .clock(snap$5$clock)
    );
    top$registers$snap$6 snap$6(
        .d(snap$6$d),
        .q(snap$6$q),
        .clock(snap$6$clock)
    );
    top$registers$snap$7 snap$7(
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
    
endmodule // top$registers


module top$registers$active(d,q,clock);
    
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
          
endmodule // top$registers$active


module top$registers$commit_busy(d,q,clock);
    
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
          
endmodule // top$registers$commit_busy


module top$registers$mac_hi$0(clock,ce,rst,d,q);
    
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
endmodule // top$registers$mac_hi$0


module top$registers$mac_hi$1(clock,ce,rst,d,q);
    
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
endmodule // top$registers$mac_hi$1


module top$registers$mac_lo$0(clock,ce,rst,d,q);
    
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
endmodule // top$registers$mac_lo$0


module top$registers$mac_lo$1(clock,ce,rst,d,q);
    
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
endmodule // top$registers$mac_lo$1


module top$registers$r1_addr(d,q,clock);
    
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
          
endmodule // top$registers$r1_addr


module top$registers$r1_valid(d,q,clock);
    
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
          
endmodule // top$registers$r1_valid


module top$registers$rdata(clock,ce,rst,d,q);
    
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
endmodule // top$registers$rdata


module top$registers$rvalid(d,q,clock);
    
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
          
endmodule // top$registers$rvalid


module top$registers$snap$0(d,q,clock);
    
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
          
endmodule // top$registers$snap$0


module top$registers$snap$1(d,q,clock);
    
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
          
endmodule // top$registers$snap$1


module top$registers$snap$2(d,q,clock);
    
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
          
endmodule // top$registers$snap$2


module top$registers$snap$3(d,q,clock);
    
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
          
endmodule // top$registers$snap$3


module top$registers$snap$4(d,q,clock);
    
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
          
endmodule // top$registers$snap$4


module top$registers$snap$5(d,q,clock);
    
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
          
endmodule // top$registers$snap$5


module top$registers$snap$6(d,q,clock);
    
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
          
endmodule // top$registers$snap$6


module top$registers$snap$7(d,q,clock);
    
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
          
endmodule // top$registers$snap$7


module top$registers$staged$0(clock,ce,rst,d,q);
    
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
endmodule // top$registers$staged$0


module top$registers$staged$1(clock,ce,rst,d,q);
    
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
endmodule // top$registers$staged$1


module top$registers$staged$2(clock,ce,rst,d,q);
    
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
endmodule // top$registers$staged$2


module top$registers$staged$3(clock,ce,rst,d,q);
    
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
endmodule // top$registers$staged$3


module top$resolve(clock,reset,in_valid,in_payload,in_hit,in_target,port_mac0,port_mac1,target_we,target_waddr,target_wdata,target_wmtu,out_valid,out_record,out_macs,vif_event,vif_index,vif_bytes,vif_forwarded,vif_punted,vif_dropped,target_event,target_index,target_bytes,drop_event,drop_reason,punt_event);
    
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
    top$resolve$targets targets(
        .clock(targets$clock),
        .read_address(targets$read_address),
        .read_data(targets$read_data),
        .write_address(targets$write_address),
        .write_data(targets$write_data),
        .write_enable(targets$write_enable)
    );
    top$resolve$mtus mtus(
        .clock(mtus$clock),
        .read_address(mtus$read_address),
        .read_data(mtus$read_data),
        .write_address(mtus$write_address),
        .write_data(mtus$write_data),
        .write_enable(mtus$write_enable)
    );
    top$resolve$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$resolve$v_kind v_kind(
        .clock(v_kind$clock),
        .ce(v_kind$ce),
        .rst(v_kind$rst),
        .d(v_kind$d),
        .q(v_kind$q)
    );
    top$resolve$v_reason v_reason(
        .clock(v_reason$clock),
        .ce(v_reason$ce),
        .rst(v_reason$rst),
        .d(v_reason$d),
        .q(v_reason$q)
    );
    top$resolve$v_target v_target(
        .clock(v_target$clock),
        .ce(v_target$ce),
        .rst(v_target$rst),
        .d(v_target$d),
        .q(v_target$q)
    );
    top$resolve$v_len v_len(
        .clock(v_len$clock),
        .ce(v_len$ce),
        .rst(v_len$rst),
        .d(v_len$d),
        .q(v_len$q)
    );
    top$resolve$v_vif v_vif(
        .clock(v_vif$clock),
        .ce(v_vif$ce),
        .rst(v_vif$rst),
        .d(v_vif$d),
        .q(v_vif$q)
    );
    top$resolve$v_vif_found v_vif_found(
        .clock(v_vif_found$clock),
        .ce(v_vif_found$ce),
        .rst(v_vif_found$rst),
        .d(v_vif_found$d),
        .q(v_vif_found$q)
    );
    top$resolve$v_port_bank v_port_bank(
        .clock(v_port_bank$clock),
        .ce(v_port_bank$ce),
        .rst(v_port_bank$rst),
        .d(v_port_bank$d),
        .q(v_port_bank$q)
    );
    top$resolve$v_total_len v_total_len(
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
    
endmodule // top$resolve


module top$resolve$mtus(clock,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$resolve$mtus


module top$resolve$targets(clock,read_address,read_data,write_address,write_data,write_enable);
    
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
endmodule // top$resolve$targets


module top$resolve$v_kind(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_kind


module top$resolve$v_len(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_len


module top$resolve$v_port_bank(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_port_bank


module top$resolve$v_reason(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_reason


module top$resolve$v_target(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_target


module top$resolve$v_total_len(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_total_len


module top$resolve$v_vif(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_vif


module top$resolve$v_vif_found(clock,ce,rst,d,q);
    
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
endmodule // top$resolve$v_vif_found


module top$resolve$valid(d,q,clock);
    
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
          
endmodule // top$resolve$valid


module top$rewrite(clock,reset,beat_empty,beat,beat_read,verdict_empty,verdict,verdict_macs,verdict_read,m_axis$tdata,m_axis$tkeep,m_axis$tvalid,m_axis$tready,m_axis$tlast,m_axis$tuser);
    
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
    top$rewrite$x_mid x_mid(
        .d(x_mid$d),
        .q(x_mid$q),
        .clock(x_mid$clock)
    );
    top$rewrite$x_beat x_beat(
        .d(x_beat$d),
        .q(x_beat$q),
        .clock(x_beat$clock)
    );
    top$rewrite$cur cur(
        .clock(cur$clock),
        .ce(cur$ce),
        .rst(cur$rst),
        .d(cur$d),
        .q(cur$q)
    );
    top$rewrite$cur_macs cur_macs(
        .clock(cur_macs$clock),
        .ce(cur_macs$ce),
        .rst(cur_macs$rst),
        .d(cur_macs$d),
        .q(cur_macs$q)
    );
    top$rewrite$h_valid h_valid(
        .d(h_valid$d),
        .q(h_valid$q),
        .clock(h_valid$clock)
    );
    top$rewrite$h_data h_data(
        .clock(h_data$clock),
        .ce(h_data$ce),
        .rst(h_data$rst),
        .d(h_data$d),
        .q(h_data$q)
    );
    top$rewrite$h_last h_last(
        .clock(h_last$clock),
        .ce(h_last$ce),
        .rst(h_last$rst),
        .d(h_last$d),
        .q(h_last$q)
    );
    top$rewrite$h_beat h_beat(
        .clock(h_beat$clock),
        .ce(h_beat$ce),
        .rst(h_beat$rst),
        .d(h_beat$d),
        .q(h_beat$q)
    );
    top$rewrite$h_rec h_rec(
        .clock(h_rec$clock),
        .ce(h_rec$ce),
        .rst(h_rec$rst),
        .d(h_rec$d),
        .q(h_rec$q)
    );
    top$rewrite$h_rem h_rem(
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
    
endmodule // top$rewrite


module top$rewrite$cur(clock,ce,rst,d,q);
    
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
endmodule // top$rewrite$cur


module top$rewrite$cur_macs(clock,ce,rst,d,q);
    
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
endmodule // top$rewrite$cur_macs


module top$rewrite$h_beat(clock,ce,rst,d,q);
    
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
endmodule // top$rewrite$h_beat


module top$rewrite$h_data(clock,ce,rst,d,q);
    
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
endmodule // top$rewrite$h_data


module top$rewrite$h_last(clock,ce,rst,d,q);
    
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
endmodule // top$rewrite$h_last


module top$rewrite$h_rec(clock,ce,rst,d,q);
    
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
endmodule // top$rewrite$h_rec


module top$rewrite$h_rem(d,q,clock);
    
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
          
endmodule // top$rewrite$h_rem


module top$rewrite$h_valid(d,q,clock);
    
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
          
endmodule // top$rewrite$h_valid


module top$rewrite$x_beat(d,q,clock);
    
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
          
endmodule // top$rewrite$x_beat


module top$rewrite$x_mid(d,q,clock);
    
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
          
endmodule // top$rewrite$x_mid


module top$target_counters(clock,clear,clear_index,add,index,inc$0,inc$1,host_index,host_data$0,host_data$1);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  [9:0] clear_index;
    input wire  add;
    input wire  [9:0] index;
    input wire  [63:0] inc$0;
    input wire  [63:0] inc$1;
    input wire  [9:0] host_index;
    output reg  [63:0] host_data$0;
    output reg  [63:0] host_data$1;
    
    // Stub signals
    reg  rows$0$clock;
    reg  [9:0] rows$0$read_address;
    wire  [63:0] rows$0$read_data;
    reg  [9:0] rows$0$read_address_b;
    wire  [63:0] rows$0$read_data_b;
    reg  [9:0] rows$0$write_address;
    reg  [63:0] rows$0$write_data;
    reg  rows$0$write_enable;
    reg  rows$1$clock;
    reg  [9:0] rows$1$read_address;
    wire  [63:0] rows$1$read_data;
    reg  [9:0] rows$1$read_address_b;
    wire  [63:0] rows$1$read_data_b;
    reg  [9:0] rows$1$write_address;
    reg  [63:0] rows$1$write_data;
    reg  rows$1$write_enable;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  s1_index$clock;
    reg  s1_index$ce;
    reg  s1_index$rst;
    reg  [9:0] s1_index$d;
    wire  [9:0] s1_index$q;
    reg  s1_inc$0$clock;
    reg  s1_inc$0$ce;
    reg  s1_inc$0$rst;
    reg  [63:0] s1_inc$0$d;
    wire  [63:0] s1_inc$0$q;
    reg  s1_inc$1$clock;
    reg  s1_inc$1$ce;
    reg  s1_inc$1$rst;
    reg  [63:0] s1_inc$1$d;
    wire  [63:0] s1_inc$1$q;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  last_index$clock;
    reg  last_index$ce;
    reg  last_index$rst;
    reg  [9:0] last_index$d;
    wire  [9:0] last_index$q;
    reg  last_value$0$clock;
    reg  last_value$0$ce;
    reg  last_value$0$rst;
    reg  [63:0] last_value$0$d;
    wire  [63:0] last_value$0$q;
    reg  last_value$1$clock;
    reg  last_value$1$ce;
    reg  last_value$1$rst;
    reg  [63:0] last_value$1$d;
    wire  [63:0] last_value$1$q;
    
    // Local signals
    reg  forward;
    reg  [63:0] sum$0;
    reg  [63:0] sum$1;
    
    // Sub module instances
    top$target_counters$rows$0 rows$0(
        .clock(rows$0$clock),
        .read_address(rows$0$read_address),
        .read_data(rows$0$read_data),
        .read_address_b(rows$0$read_address_b),
        .read_data_b(rows$0$read_data_b),
        .write_address(rows$0$write_address),
        .write_data(rows$0$write_data),
        .write_enable(rows$0$write_enable)
    );
    top$target_counters$rows$1 rows$1(
        .clock(rows$1$clock),
        .read_address(rows$1$read_address),
        .read_data(rows$1$read_data),
        .read_address_b(rows$1$read_address_b),
        .read_data_b(rows$1$read_data_b),
        .write_address(rows$1$write_address),
        .write_data(rows$1$write_data),
        .write_enable(rows$1$write_enable)
    );
    top$target_counters$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$target_counters$s1_index s1_index(
        .clock(s1_index$clock),
        .ce(s1_index$ce),
        .rst(s1_index$rst),
        .d(s1_index$d),
        .q(s1_index$q)
    );
    top$target_counters$s1_inc$0 s1_inc$0(
        .clock(s1_inc$0$clock),
        .ce(s1_inc$0$ce),
        .rst(s1_inc$0$rst),
        .d(s1_inc$0$d),
        .q(s1_inc$0$q)
    );
    top$target_counters$s1_inc$1 s1_inc$1(
        .clock(s1_inc$1$clock),
        .ce(s1_inc$1$ce),
        .rst(s1_inc$1$rst),
        .d(s1_inc$1$d),
        .q(s1_inc$1$q)
    );
    top$target_counters$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$target_counters$last_index last_index(
        .clock(last_index$clock),
        .ce(last_index$ce),
        .rst(last_index$rst),
        .d(last_index$d),
        .q(last_index$q)
    );
    top$target_counters$last_value$0 last_value$0(
        .clock(last_value$0$clock),
        .ce(last_value$0$ce),
        .rst(last_value$0$rst),
        .d(last_value$0$d),
        .q(last_value$0$q)
    );
    top$target_counters$last_value$1 last_value$1(
        .clock(last_value$1$clock),
        .ce(last_value$1$ce),
        .rst(last_value$1$rst),
        .d(last_value$1$d),
        .q(last_value$1$q)
    );
    
    // Update code
    always @(*) begin
        s1_valid$clock = clock;
        last_valid$clock = clock;
        s1_valid$d = s1_valid$q;
        last_valid$d = last_valid$q;
        s1_index$clock = clock;
        last_index$clock = clock;
        s1_valid$d = add & ~clear;
        s1_index$ce = add;
        s1_index$rst = 1'b0;
        s1_index$d = index;
        forward = last_valid$q & (last_index$q == s1_index$q);
        s1_inc$0$clock = clock;
        last_value$0$clock = clock;
        rows$0$clock = clock;
        rows$0$read_address_b = host_index;
        host_data$0 = rows$0$read_data_b;
        rows$0$read_address = index;
        s1_inc$0$ce = add;
        s1_inc$0$rst = 1'b0;
        s1_inc$0$d = inc$0;
        last_value$0$ce = s1_valid$q;
        last_value$0$rst = 1'b0;
        sum$0 = 32'h0;
        rows$0$write_enable = 1'b0;
        rows$0$write_address = 32'h0;
        rows$0$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$0 = rows$0$read_data + s1_inc$0$q;
            if (forward) begin
                sum$0 = last_value$0$q + s1_inc$0$q;
            end
            rows$0$write_enable = 1'b1;
            rows$0$write_address = s1_index$q;
            rows$0$write_data = sum$0;
        end
        last_value$0$d = sum$0;
        if (clear) begin
            rows$0$write_enable = 1'b1;
            rows$0$write_address = clear_index;
            rows$0$write_data = 32'h0;
        end
        s1_inc$1$clock = clock;
        last_value$1$clock = clock;
        rows$1$clock = clock;
        rows$1$read_address_b = host_index;
        host_data$1 = rows$1$read_data_b;
        rows$1$read_address = index;
        s1_inc$1$ce = add;
        s1_inc$1$rst = 1'b0;
        s1_inc$1$d = inc$1;
        last_value$1$ce = s1_valid$q;
        last_value$1$rst = 1'b0;
        sum$1 = 32'h0;
        rows$1$write_enable = 1'b0;
        rows$1$write_address = 32'h0;
        rows$1$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$1 = rows$1$read_data + s1_inc$1$q;
            if (forward) begin
                sum$1 = last_value$1$q + s1_inc$1$q;
            end
            rows$1$write_enable = 1'b1;
            rows$1$write_address = s1_index$q;
            rows$1$write_data = sum$1;
        end
        last_value$1$d = sum$1;
        if (clear) begin
            rows$1$write_enable = 1'b1;
            rows$1$write_address = clear_index;
            rows$1$write_data = 32'h0;
        end
        last_valid$d = s1_valid$q & ~clear;
        last_index$ce = s1_valid$q;
        last_index$rst = 1'b0;
        last_index$d = s1_index$q;
    end
    
endmodule // top$target_counters


module top$target_counters$last_index(clock,ce,rst,d,q);
    
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
endmodule // top$target_counters$last_index


module top$target_counters$last_valid(d,q,clock);
    
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
          
endmodule // top$target_counters$last_valid


module top$target_counters$last_value$0(clock,ce,rst,d,q);
    
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
endmodule // top$target_counters$last_value$0


module top$target_counters$last_value$1(clock,ce,rst,d,q);
    
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
endmodule // top$target_counters$last_value$1


module top$target_counters$rows$0(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [63:0] read_data;
    input wire  [9:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [9:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[1023:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$target_counters$rows$0


module top$target_counters$rows$1(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [63:0] read_data;
    input wire  [9:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [9:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[1023:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$target_counters$rows$1


module top$target_counters$s1_inc$0(clock,ce,rst,d,q);
    
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
endmodule // top$target_counters$s1_inc$0


module top$target_counters$s1_inc$1(clock,ce,rst,d,q);
    
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
endmodule // top$target_counters$s1_inc$1


module top$target_counters$s1_index(clock,ce,rst,d,q);
    
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
endmodule // top$target_counters$s1_index


module top$target_counters$s1_valid(d,q,clock);
    
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
          
endmodule // top$target_counters$s1_valid


module top$verdicts(clock,reset,write,data_in,full,almost_full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [52:0] data_in;
    output reg  full;
    output reg  almost_full;
    input wire  read;
    output reg  [52:0] data_out;
    output reg  empty;
    
    // Constant declarations
    localparam  depth = 7'b1000000;
    localparam  depth_less_one = 7'b111111;
    
    // Stub signals
    reg  ram$clock;
    reg  [5:0] ram$read_address;
    wire  [52:0] ram$read_data;
    reg  [5:0] ram$write_address;
    reg  [52:0] ram$write_data;
    reg  ram$write_enable;
    reg  [6:0] wr_ptr$d;
    wire  [6:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [6:0] wr_ptr_seen$d;
    wire  [6:0] wr_ptr_seen$q;
    reg  wr_ptr_seen$clock;
    reg  [6:0] rd_ptr$d;
    wire  [6:0] rd_ptr$q;
    reg  rd_ptr$clock;
    
    // Local signals
    reg  do_write;
    reg  do_read;
    reg  [6:0] rd_next;
    
    // Sub module instances
    top$verdicts$ram ram(
        .clock(ram$clock),
        .read_address(ram$read_address),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$verdicts$wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    top$verdicts$wr_ptr_seen wr_ptr_seen(
        .d(wr_ptr_seen$d),
        .q(wr_ptr_seen$q),
        .clock(wr_ptr_seen$clock)
    );
    top$verdicts$rd_ptr rd_ptr(
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
        ram$write_address = wr_ptr$q[(32'h0)+:(6)];
        ram$write_data = data_in;
        ram$write_enable = do_write;
        ram$read_address = rd_next[(32'h0)+:(6)];
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
    
endmodule // top$verdicts


module top$verdicts$ram(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] read_address;
    output reg  [52:0] read_data;
    input wire  [5:0] write_address;
    input wire  [52:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[52:0] mem[63:0];
    
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
endmodule // top$verdicts$ram


module top$verdicts$rd_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$verdicts$rd_ptr


module top$verdicts$wr_ptr(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$verdicts$wr_ptr


module top$verdicts$wr_ptr_seen(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$verdicts$wr_ptr_seen


module top$vif_counters(clock,clear,clear_index,add,index,inc$0,inc$1,inc$2,inc$3,inc$4,host_index,host_data$0,host_data$1,host_data$2,host_data$3,host_data$4);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  [7:0] clear_index;
    input wire  add;
    input wire  [7:0] index;
    input wire  [63:0] inc$0;
    input wire  [63:0] inc$1;
    input wire  [63:0] inc$2;
    input wire  [63:0] inc$3;
    input wire  [63:0] inc$4;
    input wire  [7:0] host_index;
    output reg  [63:0] host_data$0;
    output reg  [63:0] host_data$1;
    output reg  [63:0] host_data$2;
    output reg  [63:0] host_data$3;
    output reg  [63:0] host_data$4;
    
    // Stub signals
    reg  rows$0$clock;
    reg  [7:0] rows$0$read_address;
    wire  [63:0] rows$0$read_data;
    reg  [7:0] rows$0$read_address_b;
    wire  [63:0] rows$0$read_data_b;
    reg  [7:0] rows$0$write_address;
    reg  [63:0] rows$0$write_data;
    reg  rows$0$write_enable;
    reg  rows$1$clock;
    reg  [7:0] rows$1$read_address;
    wire  [63:0] rows$1$read_data;
    reg  [7:0] rows$1$read_address_b;
    wire  [63:0] rows$1$read_data_b;
    reg  [7:0] rows$1$write_address;
    reg  [63:0] rows$1$write_data;
    reg  rows$1$write_enable;
    reg  rows$2$clock;
    reg  [7:0] rows$2$read_address;
    wire  [63:0] rows$2$read_data;
    reg  [7:0] rows$2$read_address_b;
    wire  [63:0] rows$2$read_data_b;
    reg  [7:0] rows$2$write_address;
    reg  [63:0] rows$2$write_data;
    reg  rows$2$write_enable;
    reg  rows$3$clock;
    reg  [7:0] rows$3$read_address;
    wire  [63:0] rows$3$read_data;
    reg  [7:0] rows$3$read_address_b;
    wire  [63:0] rows$3$read_data_b;
    reg  [7:0] rows$3$write_address;
    reg  [63:0] rows$3$write_data;
    reg  rows$3$write_enable;
    reg  rows$4$clock;
    reg  [7:0] rows$4$read_address;
    wire  [63:0] rows$4$read_data;
    reg  [7:0] rows$4$read_address_b;
    wire  [63:0] rows$4$read_data_b;
    reg  [7:0] rows$4$write_address;
    reg  [63:0] rows$4$write_data;
    reg  rows$4$write_enable;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  s1_index$clock;
    reg  s1_index$ce;
    reg  s1_index$rst;
    reg  [7:0] s1_index$d;
    wire  [7:0] s1_index$q;
    reg  s1_inc$0$clock;
    reg  s1_inc$0$ce;
    reg  s1_inc$0$rst;
    reg  [63:0] s1_inc$0$d;
    wire  [63:0] s1_inc$0$q;
    reg  s1_inc$1$clock;
    reg  s1_inc$1$ce;
    reg  s1_inc$1$rst;
    reg  [63:0] s1_inc$1$d;
    wire  [63:0] s1_inc$1$q;
    reg  s1_inc$2$clock;
    reg  s1_inc$2$ce;
    reg  s1_inc$2$rst;
    reg  [63:0] s1_inc$2$d;
    wire  [63:0] s1_inc$2$q;
    reg  s1_inc$3$clock;
    reg  s1_inc$3$ce;
    reg  s1_inc$3$rst;
    reg  [63:0] s1_inc$3$d;
    wire  [63:0] s1_inc$3$q;
    reg  s1_inc$4$clock;
    reg  s1_inc$4$ce;
    reg  s1_inc$4$rst;
    reg  [63:0] s1_inc$4$d;
    wire  [63:0] s1_inc$4$q;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  last_index$clock;
    reg  last_index$ce;
    reg  last_index$rst;
    reg  [7:0] last_index$d;
    wire  [7:0] last_index$q;
    reg  last_value$0$clock;
    reg  last_value$0$ce;
    reg  last_value$0$rst;
    reg  [63:0] last_value$0$d;
    wire  [63:0] last_value$0$q;
    reg  last_value$1$clock;
    reg  last_value$1$ce;
    reg  last_value$1$rst;
    reg  [63:0] last_value$1$d;
    wire  [63:0] last_value$1$q;
    reg  last_value$2$clock;
    reg  last_value$2$ce;
    reg  last_value$2$rst;
    reg  [63:0] last_value$2$d;
    wire  [63:0] last_value$2$q;
    reg  last_value$3$clock;
    reg  last_value$3$ce;
    reg  last_value$3$rst;
    reg  [63:0] last_value$3$d;
    wire  [63:0] last_value$3$q;
    reg  last_value$4$clock;
    reg  last_value$4$ce;
    reg  last_value$4$rst;
    reg  [63:0] last_value$4$d;
    wire  [63:0] last_value$4$q;
    
    // Local signals
    reg  forward;
    reg  [63:0] sum$0;
    reg  [63:0] sum$1;
    reg  [63:0] sum$2;
    reg  [63:0] sum$3;
    reg  [63:0] sum$4;
    
    // Sub module instances
    top$vif_counters$rows$0 rows$0(
        .clock(rows$0$clock),
        .read_address(rows$0$read_address),
        .read_data(rows$0$read_data),
        .read_address_b(rows$0$read_address_b),
        .read_data_b(rows$0$read_data_b),
        .write_address(rows$0$write_address),
        .write_data(rows$0$write_data),
        .write_enable(rows$0$write_enable)
    );
    top$vif_counters$rows$1 rows$1(
        .clock(rows$1$clock),
        .read_address(rows$1$read_address),
        .read_data(rows$1$read_data),
        .read_address_b(rows$1$read_address_b),
        .read_data_b(rows$1$read_data_b),
        .write_address(rows$1$write_address),
        .write_data(rows$1$write_data),
        .write_enable(rows$1$write_enable)
    );
    top$vif_counters$rows$2 rows$2(
        .clock(rows$2$clock),
        .read_address(rows$2$read_address),
        .read_data(rows$2$read_data),
        .read_address_b(rows$2$read_address_b),
        .read_data_b(rows$2$read_data_b),
        .write_address(rows$2$write_address),
        .write_data(rows$2$write_data),
        .write_enable(rows$2$write_enable)
    );
    top$vif_counters$rows$3 rows$3(
        .clock(rows$3$clock),
        .read_address(rows$3$read_address),
        .read_data(rows$3$read_data),
        .read_address_b(rows$3$read_address_b),
        .read_data_b(rows$3$read_data_b),
        .write_address(rows$3$write_address),
        .write_data(rows$3$write_data),
        .write_enable(rows$3$write_enable)
    );
    top$vif_counters$rows$4 rows$4(
        .clock(rows$4$clock),
        .read_address(rows$4$read_address),
        .read_data(rows$4$read_data),
        .read_address_b(rows$4$read_address_b),
        .read_data_b(rows$4$read_data_b),
        .write_address(rows$4$write_address),
        .write_data(rows$4$write_data),
        .write_enable(rows$4$write_enable)
    );
    top$vif_counters$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$vif_counters$s1_index s1_index(
        .clock(s1_index$clock),
        .ce(s1_index$ce),
        .rst(s1_index$rst),
        .d(s1_index$d),
        .q(s1_index$q)
    );
    top$vif_counters$s1_inc$0 s1_inc$0(
        .clock(s1_inc$0$clock),
        .ce(s1_inc$0$ce),
        .rst(s1_inc$0$rst),
        .d(s1_inc$0$d),
        .q(s1_inc$0$q)
    );
    top$vif_counters$s1_inc$1 s1_inc$1(
        .clock(s1_inc$1$clock),
        .ce(s1_inc$1$ce),
        .rst(s1_inc$1$rst),
        .d(s1_inc$1$d),
        .q(s1_inc$1$q)
    );
    top$vif_counters$s1_inc$2 s1_inc$2(
        .clock(s1_inc$2$clock),
        .ce(s1_inc$2$ce),
        .rst(s1_inc$2$rst),
        .d(s1_inc$2$d),
        .q(s1_inc$2$q)
    );
    top$vif_counters$s1_inc$3 s1_inc$3(
        .clock(s1_inc$3$clock),
        .ce(s1_inc$3$ce),
        .rst(s1_inc$3$rst),
        .d(s1_inc$3$d),
        .q(s1_inc$3$q)
    );
    top$vif_counters$s1_inc$4 s1_inc$4(
        .clock(s1_inc$4$clock),
        .ce(s1_inc$4$ce),
        .rst(s1_inc$4$rst),
        .d(s1_inc$4$d),
        .q(s1_inc$4$q)
    );
    top$vif_counters$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$vif_counters$last_index last_index(
        .clock(last_index$clock),
        .ce(last_index$ce),
        .rst(last_index$rst),
        .d(last_index$d),
        .q(last_index$q)
    );
    top$vif_counters$last_value$0 last_value$0(
        .clock(last_value$0$clock),
        .ce(last_value$0$ce),
        .rst(last_value$0$rst),
        .d(last_value$0$d),
        .q(last_value$0$q)
    );
    top$vif_counters$last_value$1 last_value$1(
        .clock(last_value$1$clock),
        .ce(last_value$1$ce),
        .rst(last_value$1$rst),
        .d(last_value$1$d),
        .q(last_value$1$q)
    );
    top$vif_counters$last_value$2 last_value$2(
        .clock(last_value$2$clock),
        .ce(last_value$2$ce),
        .rst(last_value$2$rst),
        .d(last_value$2$d),
        .q(last_value$2$q)
    );
    top$vif_counters$last_value$3 last_value$3(
        .clock(last_value$3$clock),
        .ce(last_value$3$ce),
        .rst(last_value$3$rst),
        .d(last_value$3$d),
        .q(last_value$3$q)
    );
    top$vif_counters$last_value$4 last_value$4(
        .clock(last_value$4$clock),
        .ce(last_value$4$ce),
        .rst(last_value$4$rst),
        .d(last_value$4$d),
        .q(last_value$4$q)
    );
    
    // Update code
    always @(*) begin
        s1_valid$clock = clock;
        last_valid$clock = clock;
        s1_valid$d = s1_valid$q;
        last_valid$d = last_valid$q;
        s1_index$clock = clock;
        last_index$clock = clock;
        s1_valid$d = add & ~clear;
        s1_index$ce = add;
        s1_index$rst = 1'b0;
        s1_index$d = index;
        forward = last_valid$q & (last_index$q == s1_index$q);
        s1_inc$0$clock = clock;
        last_value$0$clock = clock;
        rows$0$clock = clock;
        rows$0$read_address_b = host_index;
        host_data$0 = rows$0$read_data_b;
        rows$0$read_address = index;
        s1_inc$0$ce = add;
        s1_inc$0$rst = 1'b0;
        s1_inc$0$d = inc$0;
        last_value$0$ce = s1_valid$q;
        last_value$0$rst = 1'b0;
        sum$0 = 32'h0;
        rows$0$write_enable = 1'b0;
        rows$0$write_address = 32'h0;
        rows$0$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$0 = rows$0$read_data + s1_inc$0$q;
            if (forward) begin
                sum$0 = last_value$0$q + s1_inc$0$q;
            end
            rows$0$write_enable = 1'b1;
            rows$0$write_address = s1_index$q;
            rows$0$write_data = sum$0;
        end
        last_value$0$d = sum$0;
        if (clear) begin
            rows$0$write_enable = 1'b1;
            rows$0$write_address = clear_index;
            rows$0$write_data = 32'h0;
        end
        s1_inc$1$clock = clock;
        last_value$1$clock = clock;
        rows$1$clock = clock;
        rows$1$read_address_b = host_index;
        host_data$1 = rows$1$read_data_b;
        rows$1$read_address = index;
        s1_inc$1$ce = add;
        s1_inc$1$rst = 1'b0;
        s1_inc$1$d = inc$1;
        last_value$1$ce = s1_valid$q;
        last_value$1$rst = 1'b0;
        sum$1 = 32'h0;
        rows$1$write_enable = 1'b0;
        rows$1$write_address = 32'h0;
        rows$1$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$1 = rows$1$read_data + s1_inc$1$q;
            if (forward) begin
                sum$1 = last_value$1$q + s1_inc$1$q;
            end
            rows$1$write_enable = 1'b1;
            rows$1$write_address = s1_index$q;
            rows$1$write_data = sum$1;
        end
        last_value$1$d = sum$1;
        if (clear) begin
            rows$1$write_enable = 1'b1;
            rows$1$write_address = clear_index;
            rows$1$write_data = 32'h0;
        end
        s1_inc$2$clock = clock;
        last_value$2$clock = clock;
        rows$2$clock = clock;
        rows$2$read_address_b = host_index;
        host_data$2 = rows$2$read_data_b;
        rows$2$read_address = index;
        s1_inc$2$ce = add;
        s1_inc$2$rst = 1'b0;
        s1_inc$2$d = inc$2;
        last_value$2$ce = s1_valid$q;
        last_value$2$rst = 1'b0;
        sum$2 = 32'h0;
        rows$2$write_enable = 1'b0;
        rows$2$write_address = 32'h0;
        rows$2$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$2 = rows$2$read_data + s1_inc$2$q;
            if (forward) begin
                sum$2 = last_value$2$q + s1_inc$2$q;
            end
            rows$2$write_enable = 1'b1;
            rows$2$write_address = s1_index$q;
            rows$2$write_data = sum$2;
        end
        last_value$2$d = sum$2;
        if (clear) begin
            rows$2$write_enable = 1'b1;
            rows$2$write_address = clear_index;
            rows$2$write_data = 32'h0;
        end
        s1_inc$3$clock = clock;
        last_value$3$clock = clock;
        rows$3$clock = clock;
        rows$3$read_address_b = host_index;
        host_data$3 = rows$3$read_data_b;
        rows$3$read_address = index;
        s1_inc$3$ce = add;
        s1_inc$3$rst = 1'b0;
        s1_inc$3$d = inc$3;
        last_value$3$ce = s1_valid$q;
        last_value$3$rst = 1'b0;
        sum$3 = 32'h0;
        rows$3$write_enable = 1'b0;
        rows$3$write_address = 32'h0;
        rows$3$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$3 = rows$3$read_data + s1_inc$3$q;
            if (forward) begin
                sum$3 = last_value$3$q + s1_inc$3$q;
            end
            rows$3$write_enable = 1'b1;
            rows$3$write_address = s1_index$q;
            rows$3$write_data = sum$3;
        end
        last_value$3$d = sum$3;
        if (clear) begin
            rows$3$write_enable = 1'b1;
            rows$3$write_address = clear_index;
            rows$3$write_data = 32'h0;
        end
        s1_inc$4$clock = clock;
        last_value$4$clock = clock;
        rows$4$clock = clock;
        rows$4$read_address_b = host_index;
        host_data$4 = rows$4$read_data_b;
        rows$4$read_address = index;
        s1_inc$4$ce = add;
        s1_inc$4$rst = 1'b0;
        s1_inc$4$d = inc$4;
        last_value$4$ce = s1_valid$q;
        last_value$4$rst = 1'b0;
        sum$4 = 32'h0;
        rows$4$write_enable = 1'b0;
        rows$4$write_address = 32'h0;
        rows$4$write_data = 32'h0;
        if (s1_valid$q) begin
            sum$4 = rows$4$read_data + s1_inc$4$q;
            if (forward) begin
                sum$4 = last_value$4$q + s1_inc$4$q;
            end
            rows$4$write_enable = 1'b1;
            rows$4$write_address = s1_index$q;
            rows$4$write_data = sum$4;
        end
        last_value$4$d = sum$4;
        if (clear) begin
            rows$4$write_enable = 1'b1;
            rows$4$write_address = clear_index;
            rows$4$write_data = 32'h0;
        end
        last_valid$d = s1_valid$q & ~clear;
        last_index$ce = s1_valid$q;
        last_index$rst = 1'b0;
        last_index$d = s1_index$q;
    end
    
endmodule // top$vif_counters


module top$vif_counters$last_index(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$last_index


module top$vif_counters$last_valid(d,q,clock);
    
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
          
endmodule // top$vif_counters$last_valid


module top$vif_counters$last_value$0(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$last_value$0


module top$vif_counters$last_value$1(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$last_value$1


module top$vif_counters$last_value$2(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$last_value$2


module top$vif_counters$last_value$3(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$last_value$3


module top$vif_counters$last_value$4(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$last_value$4


module top$vif_counters$rows$0(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_address;
    output reg  [63:0] read_data;
    input wire  [7:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [7:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[255:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$vif_counters$rows$0


module top$vif_counters$rows$1(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_address;
    output reg  [63:0] read_data;
    input wire  [7:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [7:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[255:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$vif_counters$rows$1


module top$vif_counters$rows$2(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_address;
    output reg  [63:0] read_data;
    input wire  [7:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [7:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[255:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$vif_counters$rows$2


module top$vif_counters$rows$3(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_address;
    output reg  [63:0] read_data;
    input wire  [7:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [7:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[255:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$vif_counters$rows$3


module top$vif_counters$rows$4(clock,read_address,read_data,read_address_b,read_data_b,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_address;
    output reg  [63:0] read_data;
    input wire  [7:0] read_address_b;
    output reg  [63:0] read_data_b;
    input wire  [7:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    // Written by hand: linted without the generator's waivers (hand_written.rs)
    /* verilator lint_on WIDTH */
    /* verilator lint_on UNUSEDSIGNAL */
    /* verilator lint_on UNUSEDPARAM */
    reg[63:0] mem[255:0];
    
    always @(posedge clock) begin
       read_data <= mem[read_address];
       read_data_b <= mem[read_address_b];
       if (write_enable) begin
          // Blocking, after the reads: read-first, written in place (see block_ram.rs)
          /* verilator lint_off BLKSEQ */
          mem[write_address] = write_data;
          /* verilator lint_on BLKSEQ */
       end
    end
    /* verilator lint_off WIDTH */
    /* verilator lint_off UNUSEDSIGNAL */
    /* verilator lint_off UNUSEDPARAM */
endmodule // top$vif_counters$rows$4


module top$vif_counters$s1_inc$0(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$s1_inc$0


module top$vif_counters$s1_inc$1(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$s1_inc$1


module top$vif_counters$s1_inc$2(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$s1_inc$2


module top$vif_counters$s1_inc$3(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$s1_inc$3


module top$vif_counters$s1_inc$4(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$s1_inc$4


module top$vif_counters$s1_index(clock,ce,rst,d,q);
    
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
endmodule // top$vif_counters$s1_index


module top$vif_counters$s1_valid(d,q,clock);
    
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
          
endmodule // top$vif_counters$s1_valid
