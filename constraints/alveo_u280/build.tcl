# Vivado batch build of dxedge for the Alveo U280: project, vendor IP, synthesis,
# implementation, bitstream.
#
#   vivado -mode batch -notrace -source constraints/alveo_u280/build.tcl -tclargs <out-dir>
#   (`make vivado-u280` runs it into out/vivado-u280)
#
# Sources: hdl/boards/alveo_u280/dxedge_u280.v (board top, hand-written) and
# hdl/verilog/boards/nic_core.v (generated from hdl/src/boards/nic_core.rs, checked in).
# Constraints: constraints/alveo_u280/dxedge_u280.xdc.
#
# Written for Vivado 2022.2 or later (cmac_usplus 3.1, xdma 4.1, axi_clock_converter 2.1).
# NOT RUN: the machine this was written on has no Vivado. The IP parameters below are the
# documented ones (PG203, PG195, PG059; the names as Vivado's IP catalog spells them); the
# first run on a Vivado machine is the test of this script. Each step stops the build with
# a message when it fails, and a timing failure is an error, not a warning.

set script_dir [file dirname [file normalize [info script]]]
set root [file normalize [file join $script_dir .. ..]]
set out [file normalize [expr {[llength $argv] > 0 ? [lindex $argv 0] : [file join $root out vivado-u280]}]]
set part xcu280-fsvh2892-2L-e
set jobs [expr {[info exists ::env(JOBS)] ? $::env(JOBS) : 4}]

proc step {name} { puts "-- $name" }
proc fail {msg} { puts stderr "error: $msg"; exit 1 }

step "PROJECT $out ($part)"
file mkdir $out
create_project -force dxedge_u280 $out -part $part
set_property target_language Verilog [current_project]
add_files -norecurse [list \
    [file join $root hdl boards alveo_u280 dxedge_u280.v] \
    [file join $root hdl verilog boards nic_core.v]]
set_property top dxedge_u280 [current_fileset]
# aws_tx_fifo (xpm_fifo_axis) and the synchronizers are XPM macros, not generated IP
set_property XPM_LIBRARIES {XPM_CDC XPM_FIFO} [current_project]
add_files -fileset constrs_1 -norecurse [file join $script_dir dxedge_u280.xdc]

# --------------------------------------------------------------------------- 100G MACs (PG203)
# The first MAC faces the customer router. CAUI-4 (4 x 25.78125 Gb/s) on QSFP0: GTY quad 134, channels X0Y40..X0Y43, reference clock
# MGT_SI570_CLOCK0 at 156.25 MHz; the CMAC site next to that quad (CMACE4_X0Y6 on the
# xcu280, as Corundum's AU280 100G build uses it; Vivado rejects a site that cannot reach the
# GT group when the IP is customized). AXI4-Stream user interface, RS-FEC (clause 91), no
# pause frames, no AXI4-Lite register interface (static ctl_* ports, tied in the top), FCS
# removed on receive and inserted on transmit (the pipeline's frames carry no FCS), frames up
# to 9600 bytes (the receive buffer in nic_core holds three of them).
step "IP cmac_usplus_0"
create_ip -name cmac_usplus -vendor xilinx.com -library ip -module_name cmac_usplus_0
set_property -dict [list \
    CONFIG.CMAC_CAUI4_MODE {1} \
    CONFIG.NUM_LANES {4x25} \
    CONFIG.USER_INTERFACE {AXIS} \
    CONFIG.GT_REF_CLK_FREQ {156.25} \
    CONFIG.GT_DRP_CLK {100.00} \
    CONFIG.CMAC_CORE_SELECT {CMACE4_X0Y6} \
    CONFIG.GT_GROUP_SELECT {X0Y40~X0Y43} \
    CONFIG.LANE1_GT_LOC {X0Y40} \
    CONFIG.LANE2_GT_LOC {X0Y41} \
    CONFIG.LANE3_GT_LOC {X0Y42} \
    CONFIG.LANE4_GT_LOC {X0Y43} \
    CONFIG.INCLUDE_RS_FEC {1} \
    CONFIG.TX_FLOW_CONTROL {0} \
    CONFIG.RX_FLOW_CONTROL {0} \
    CONFIG.INCLUDE_AXI4_INTERFACE {0} \
    CONFIG.RX_MAX_PACKET_LEN {9600} \
    CONFIG.RX_FRAME_CRC_CHECKING {Enable FCS Stripping} \
    CONFIG.TX_FRAME_CRC_CHECKING {Enable FCS Insertion} \
] [get_ips cmac_usplus_0]

# The second MAC, on QSFP1 (AWS's side of the port): the same configuration on GTY quad 135,
# channels X0Y44..X0Y47, reference clock MGT_SI570_CLOCK1 at 156.25 MHz, and the CMAC site
# next to that quad (CMACE4_X0Y7, as Corundum's AU280 100G build uses it for QSFP1).
step "IP cmac_usplus_1"
create_ip -name cmac_usplus -vendor xilinx.com -library ip -module_name cmac_usplus_1
set_property -dict [list \
    CONFIG.CMAC_CAUI4_MODE {1} \
    CONFIG.NUM_LANES {4x25} \
    CONFIG.USER_INTERFACE {AXIS} \
    CONFIG.GT_REF_CLK_FREQ {156.25} \
    CONFIG.GT_DRP_CLK {100.00} \
    CONFIG.CMAC_CORE_SELECT {CMACE4_X0Y7} \
    CONFIG.GT_GROUP_SELECT {X0Y44~X0Y47} \
    CONFIG.LANE1_GT_LOC {X0Y44} \
    CONFIG.LANE2_GT_LOC {X0Y45} \
    CONFIG.LANE3_GT_LOC {X0Y46} \
    CONFIG.LANE4_GT_LOC {X0Y47} \
    CONFIG.INCLUDE_RS_FEC {1} \
    CONFIG.TX_FLOW_CONTROL {0} \
    CONFIG.RX_FLOW_CONTROL {0} \
    CONFIG.INCLUDE_AXI4_INTERFACE {0} \
    CONFIG.RX_MAX_PACKET_LEN {9600} \
    CONFIG.RX_FRAME_CRC_CHECKING {Enable FCS Stripping} \
    CONFIG.TX_FRAME_CRC_CHECKING {Enable FCS Insertion} \
] [get_ips cmac_usplus_1]

# --------------------------------------------------------------------------- PCIe (PG195)
# Gen3 x16 (8.0 GT/s), 512-bit AXI at 250 MHz, on the PCIe block next to quads 224..227;
# BAR0 is the AXI4-Lite master, 2 MiB: the pipeline's 1 MiB register block and the board
# blocks above it (docs/boards.md); the DMA engine's own registers move to BAR1. One H2C and
# one C2H AXI4-Stream channel, unused by this build (tied off in the top).
step "IP xdma_0"
create_ip -name xdma -vendor xilinx.com -library ip -module_name xdma_0
set_property -dict [list \
    CONFIG.mode_selection {Advanced} \
    CONFIG.pcie_blk_locn {PCIE4C_X1Y0} \
    CONFIG.pl_link_cap_max_link_width {X16} \
    CONFIG.pl_link_cap_max_link_speed {8.0_GT/s} \
    CONFIG.ref_clk_freq {100_MHz} \
    CONFIG.axi_data_width {512_bit} \
    CONFIG.axisten_freq {250} \
    CONFIG.xdma_axi_intf_mm {AXI_Stream} \
    CONFIG.xdma_rnum_chnl {1} \
    CONFIG.xdma_wnum_chnl {1} \
    CONFIG.axilite_master_en {true} \
    CONFIG.axilite_master_scale {Megabytes} \
    CONFIG.axilite_master_size {2} \
    CONFIG.xdma_num_usr_irq {1} \
    CONFIG.pf0_device_id {9038} \
    CONFIG.pf0_class_code_base {02} \
    CONFIG.pf0_class_code_sub {00} \
] [get_ips xdma_0]

# --------------------------------------------------------------------------- 250 -> 322 MHz (PG059)
# AXI4-Lite, 32-bit address and data, independent (asynchronous) clocks.
step "IP axil_cdc"
create_ip -name axi_clock_converter -vendor xilinx.com -library ip -module_name axil_cdc
set_property -dict [list \
    CONFIG.PROTOCOL {AXI4LITE} \
    CONFIG.ADDR_WIDTH {32} \
    CONFIG.DATA_WIDTH {32} \
    CONFIG.ACLK_ASYNC {1} \
] [get_ips axil_cdc]

step "IP GENERATE"
generate_target all [get_ips]
foreach ip [get_ips] {
    create_ip_run $ip
}
launch_runs -jobs $jobs [get_runs -filter {IS_SYNTHESIS && NAME != "synth_1"}]
foreach run [get_runs -filter {IS_SYNTHESIS && NAME != "synth_1"}] {
    wait_on_run $run
    if {[get_property PROGRESS $run] ne "100%"} { fail "IP run $run failed: see $out" }
}

step "SYNTHESIS"
launch_runs synth_1 -jobs $jobs
wait_on_run synth_1
if {[get_property PROGRESS [get_runs synth_1]] ne "100%"} { fail "synthesis failed: see $out/dxedge_u280.runs/synth_1" }

step "IMPLEMENTATION AND BITSTREAM"
launch_runs impl_1 -to_step write_bitstream -jobs $jobs
wait_on_run impl_1
if {[get_property PROGRESS [get_runs impl_1]] ne "100%"} { fail "implementation failed: see $out/dxedge_u280.runs/impl_1" }

step "REPORTS"
open_run impl_1
report_utilization -file [file join $out utilization.txt]
report_timing_summary -max_paths 20 -file [file join $out timing_summary.txt]
report_clock_interaction -file [file join $out clock_interaction.txt]
report_cdc -file [file join $out cdc.txt]
set wns [get_property STATS.WNS [get_runs impl_1]]
set whs [get_property STATS.WHS [get_runs impl_1]]
puts "-- TIMING WNS $wns ns, WHS $whs ns (timing_summary.txt)"

set bit [file join $out dxedge_u280.runs impl_1 dxedge_u280.bit]
file copy -force $bit [file join $out dxedge_u280.bit]
# No flash image: the card's flash holds its golden image and the satellite controller's
# expectations (UG1314); load the bitstream over JTAG (docs/boards.md) until a flash layout
# for dxedge is decided.

if {$wns < 0 || $whs < 0} {
    fail "timing not met (WNS $wns ns, WHS $whs ns): the bitstream in $out is not safe to load"
}
puts "-- DONE $out/dxedge_u280.bit"
