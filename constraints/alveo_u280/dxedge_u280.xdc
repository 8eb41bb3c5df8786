# dxedge on the AMD Alveo U280 (xcu280-fsvh2892-2L-e): pins, clocks and configuration for
# hdl/boards/alveo_u280/dxedge_u280.v. Written for this design from the documents below;
# every pin names its source.
#
# [UG1314] Alveo U280 Data Center Accelerator Card User Guide, UG1314 v1.2.1 (2019-11-20),
#          chapter 3 "Card Component Description": sections "Clocks", "QSFP28 Module
#          Connectors", "PCI Express Endpoint", and the HBM_CATTRIP warning; appendix A
#          "Xilinx Design Constraints (XDC) File", which points to the master XDC.
# [XDC]    The U280 master XDC (alveo-u280-xdc, from the card's page on xilinx.com; the copy
#          quoted in the Xilinx forum thread "Alveo U280 XDC File on Xilinx site is not
#          correct", message 1060242): package pins, banks, net names, clock periods.
# [PG203]  UltraScale+ Devices Integrated 100G Ethernet Subsystem (CMAC): GT group and
#          reference clock.
# [PG195]  DMA/Bridge Subsystem for PCI Express: reference clock and reset pins.
# [UG570]  UltraScale Architecture Configuration User Guide: CFGBVS, configuration options.
# The same pins are used by Corundum's fpga/mqnic/AU280/fpga_100g/fpga.xdc, a design known to
# run on this card (checked against it, not copied from it).
#
# Not verifiable here: there is no Vivado on the build machine. `make vivado-u280` runs the
# vendor flow on a machine that has it (docs/boards.md).

# ---------------------------------------------------------------------------- configuration
# Quad SPI flash at 85 MHz, bank 0 at 1.8 V [XDC "Bitstream Configuration"; UG570 ch. 1 for
# CFGBVS = GND with a 1.8 V configuration bank]
set_property CFGBVS GND                                [current_design]
set_property CONFIG_VOLTAGE 1.8                        [current_design]
set_property CONFIG_MODE SPIx4                         [current_design]
set_property BITSTREAM.CONFIG.CONFIGFALLBACK ENABLE    [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE           [current_design]
set_property BITSTREAM.CONFIG.SPI_BUSWIDTH 4           [current_design]
set_property BITSTREAM.CONFIG.CONFIGRATE 85.0          [current_design]
set_property BITSTREAM.CONFIG.EXTMASTERCCLK_EN DISABLE [current_design]
set_property BITSTREAM.CONFIG.SPI_FALL_EDGE YES        [current_design]
set_property BITSTREAM.CONFIG.UNUSEDPIN PULLUP         [current_design]
set_property BITSTREAM.CONFIG.SPI_32BIT_ADDR YES       [current_design]

# ---------------------------------------------------------------------------- system clock
# SYSCLK0, 100 MHz LVDS, free-running: CMAC init_clk / DRP clock
# [XDC: BJ43 net SYSCLK0_P, IO_L12P_T1U_N10_GC_A08_D24_65; BJ44 net SYSCLK0_N,
#  IO_L12N_T1U_N11_GC_A09_D25_65; bank 65, VCC1V2; "create_clock -period 10.000 sysclk0"]
# [UG1314 "Clocks": 100 MHz system clocks]
set_property PACKAGE_PIN BJ43 [get_ports sysclk0_p]
set_property PACKAGE_PIN BJ44 [get_ports sysclk0_n]
set_property IOSTANDARD  LVDS [get_ports {sysclk0_p sysclk0_n}]
create_clock -period 10.000 -name sysclk0 [get_ports sysclk0_p]

# ---------------------------------------------------------------------------- QSFP28 port 0
# Reference clock: MGT_SI570_CLOCK0, 156.25 MHz at power-up, MGTREFCLK0 of GTY quad 134
# [XDC: T42 MGTREFCLK0P_134 net MGT_SI570_CLOCK0_P, T43 MGTREFCLK0N_134; "MGT Ref Clock 0
#  156.25MHz Default"; "create_clock -period 6.400 gt0refclk0"] [UG1314 "Clocks"]
# Why not QSFP0_CLOCK (MGTREFCLK1_134, R40/R41, from an SI546 whose frequency QSFP0_FS
# selects): the master XDC's comment gives FS=0 -> 161.13 MHz, other sources and working
# 100G designs give FS=1 -> 161.13 MHz. The SI570 clock needs no select pin, and the CMAC
# accepts 156.25 MHz for CAUI-4 (PG203, GT reference clock choices; build.tcl sets
# GT_REF_CLK_FREQ to it). QSFP0_OEB and QSFP0_FS stay unused (pulled up: SI546 output off).
set_property PACKAGE_PIN T42 [get_ports qsfp0_refclk_p]
set_property PACKAGE_PIN T43 [get_ports qsfp0_refclk_n]
create_clock -period 6.400 -name qsfp0_refclk [get_ports qsfp0_refclk_p]

# Lanes 1..4 of QSFP0 on GTY quad 134, channels X0Y40..X0Y43; the CMAC IP's GT group
# (GT_GROUP_SELECT X0Y40~X0Y43 in build.tcl) places the same channels, so these pins agree
# with it. The N pins follow their P pins.
# [XDC: QSFP0_RX1..4_P = L53, K51, J53, H51 (MGTYRXP0..3_134);
#       QSFP0_TX1..4_P = L48, L44, K46, J48 (MGTYTXP0..3_134)] [UG1314 "QSFP28 Module Connectors"]
set_property PACKAGE_PIN L53 [get_ports {qsfp0_rx_p[0]}]
set_property PACKAGE_PIN K51 [get_ports {qsfp0_rx_p[1]}]
set_property PACKAGE_PIN J53 [get_ports {qsfp0_rx_p[2]}]
set_property PACKAGE_PIN H51 [get_ports {qsfp0_rx_p[3]}]
set_property PACKAGE_PIN L48 [get_ports {qsfp0_tx_p[0]}]
set_property PACKAGE_PIN L44 [get_ports {qsfp0_tx_p[1]}]
set_property PACKAGE_PIN K46 [get_ports {qsfp0_tx_p[2]}]
set_property PACKAGE_PIN J48 [get_ports {qsfp0_tx_p[3]}]

# ---------------------------------------------------------------------------- QSFP28 port 1
# AWS's side of the port (QSFP0 is the customer router's). The same choices as QSFP0, one quad
# up: reference clock MGT_SI570_CLOCK1, 156.25 MHz at power-up, MGTREFCLK0 of GTY quad 135
# [XDC: P42 MGTREFCLK0P_135 net MGT_SI570_CLOCK1_P, P43 MGTREFCLK0N_135; "MGT Ref Clock 1
#  156.25MHz Default"] [Corundum AU280 fpga.xdc: P42/P43 "MGTREFCLK0P_135 from SI570"]
# QSFP1_CLOCK (MGTREFCLK1_135, M42/M43, an SI546 behind QSFP1_FS) is left unused for the
# reason given for QSFP0_CLOCK; QSFP1_OEB and QSFP1_FS stay unused (pulled up).
set_property PACKAGE_PIN P42 [get_ports qsfp1_refclk_p]
set_property PACKAGE_PIN P43 [get_ports qsfp1_refclk_n]
create_clock -period 6.400 -name qsfp1_refclk [get_ports qsfp1_refclk_p]

# Lanes 1..4 of QSFP1 on GTY quad 135, channels X0Y44..X0Y47 (GT_GROUP_SELECT X0Y44~X0Y47 of
# cmac_usplus_1 in build.tcl). The N pins follow their P pins.
# [XDC: QSFP1_RX1..4_P = G53, F51, E53, D51 (MGTYRXP0..3_135);
#       QSFP1_TX1..4_P = G48, E48, C48, A49 (MGTYTXP0..3_135)] [UG1314 "QSFP28 Module Connectors"]
# [Corundum AU280 fpga.xdc: the same pins for qsfp1_rx1..4_p and qsfp1_tx1..4_p]
set_property PACKAGE_PIN G53 [get_ports {qsfp1_rx_p[0]}]
set_property PACKAGE_PIN F51 [get_ports {qsfp1_rx_p[1]}]
set_property PACKAGE_PIN E53 [get_ports {qsfp1_rx_p[2]}]
set_property PACKAGE_PIN D51 [get_ports {qsfp1_rx_p[3]}]
set_property PACKAGE_PIN G48 [get_ports {qsfp1_tx_p[0]}]
set_property PACKAGE_PIN E48 [get_ports {qsfp1_tx_p[1]}]
set_property PACKAGE_PIN C48 [get_ports {qsfp1_tx_p[2]}]
set_property PACKAGE_PIN A49 [get_ports {qsfp1_tx_p[3]}]

# ---------------------------------------------------------------------------- PCI Express
# Reference clock for the x16 link: 100 MHz from the edge connector, MGTREFCLK0 of GTY quad
# 225, the middle of the four quads (224..227) that carry the 16 lanes
# [Corundum AU280 fpga.xdc: AR15 MGTREFCLK0P_225, AR14 MGTREFCLK0N_225, "for x16"]
# [XDC: PCIe reference clocks, "create_clock -period 10.000 pcie_ref_clk0/1"; the copy of the
#  master XDC consulted for this file lacks its PCIe pin section: check AR15/AR14 against it]
# [UG1314 "PCI Express Endpoint"] [PG195 "sys_clk_gt": from the O port of IBUFDS_GTE4]
set_property PACKAGE_PIN AR15 [get_ports pcie_refclk_p]
set_property PACKAGE_PIN AR14 [get_ports pcie_refclk_n]
create_clock -period 10.000 -name pcie_refclk [get_ports pcie_refclk_p]

# PERST#, active low, from the edge connector [Corundum AU280 fpga.xdc: BH26, LVCMOS18,
# PULLUP; as above, to check against the master XDC's PCIe section]
# [PG195 "sys_rst_n: reset from the PCIe edge connector reset signal"]
set_property PACKAGE_PIN BH26     [get_ports pcie_perst_n]
set_property IOSTANDARD  LVCMOS18 [get_ports pcie_perst_n]
set_property PULLUP      true     [get_ports pcie_perst_n]
# Asynchronous: it only enters logic through IBUF and xpm_cdc_async_rst synchronizers
set_false_path -from [get_ports pcie_perst_n]

# The 16 lanes (pcie_rx_p/n, pcie_tx_p/n) are placed by the XDMA IP, whose configuration
# (build.tcl: pcie_blk_locn PCIE4C_X1Y0, lanes on GTY quads 227..224) fixes the GT channels;
# the edge connector's lane 0 is on quad 227 [Corundum AU280 fpga.xdc: lane 0 RX = AL2
# (MGTYRXP3_227) ... lane 15 RX = BC2 (MGTYRXP0_224)].

# ---------------------------------------------------------------------------- board controls
# HBM_CATTRIP: the satellite controller powers the card down when it is high or floating;
# a design without the HBM IP must drive it low [UG1314: HBM_CATTRIP warning]
# [XDC: D32, IO_L17P_T2U_N8_AD10P_75, bank 75, VCC1V8, PULLDOWN]
set_property PACKAGE_PIN D32      [get_ports hbm_cattrip]
set_property IOSTANDARD  LVCMOS18 [get_ports hbm_cattrip]
set_property PULLTYPE    PULLDOWN [get_ports hbm_cattrip]

# ---------------------------------------------------------------------------- clock domains
# The GT and PCIe user clocks (each CMAC's gt_txusrclk2 at 322.265625 MHz, from its own
# cage's reference clock, and axi_aclk 250 MHz) are generated clocks Vivado derives from the
# reference clocks above through the IP. The only crossings are inside axil_cdc (AXI Clock
# Converter, PG059), aws_tx_fifo (xpm_fifo_axis with independent clocks), the CMACs' own
# receive FIFOs, and the xpm_cdc_async_rst and xpm_cdc_single synchronizers (UG974): each
# carries its own timing constraints, so no clock groups are declared here (a
# set_clock_groups would override their max-delay constraints).
