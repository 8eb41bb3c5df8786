// Black boxes of the vendor IP and primitives that dxedge_u280.v instantiates, for the
// connectivity check with yosys (hdl/tests/u280_connectivity.rs). Vivado never reads this
// file: it generates the IP from constraints/alveo_u280/build.tcl and has the primitives.
//
// Each port list is the documented one for the configuration build.tcl asks for, with every
// input (the check fails when the top leaves an input of a vendor block unconnected) and the
// outputs the top uses or names:
//   cmac_usplus_0, cmac_usplus_1
//                  PG203 (UltraScale+ Integrated 100G Ethernet Subsystem), "Port
//                  Descriptions": CAUI-4 with GT, AXI4-Stream user interface, RS-FEC, no
//                  AXI4-Lite control, no flow control, DRP. One configuration, two sites.
//   xdma_0         PG195 (DMA/Bridge Subsystem for PCI Express), "Port Descriptions": XDMA
//                  global ports, PCIe x16 lanes, user interrupts and MSI, AXI4-Lite master,
//                  one H2C and one C2H AXI4-Stream channel at 512 bits.
//   axil_cdc       PG059 (AXI Interconnect, AXI Clock Converter), AXI4-Lite slave and master
//                  ports, 32-bit address and data, asynchronous clocks.
//   IBUF, IBUFDS, BUFG, IBUFDS_GTE4, xpm_cdc_async_rst, xpm_cdc_single, xpm_fifo_axis
//                  UG974 (UltraScale Architecture Libraries Guide); xpm_fifo_axis with the
//                  parameters the top sets (the rest keep their documented defaults).

(* blackbox *)
module cmac_usplus_0 (
    input  wire [3:0]   gt_rxp_in,
    input  wire [3:0]   gt_rxn_in,
    output wire [3:0]   gt_txp_out,
    output wire [3:0]   gt_txn_out,
    input  wire         gt_ref_clk_p,
    input  wire         gt_ref_clk_n,
    output wire         gt_txusrclk2,
    output wire         gt_rxusrclk2,
    output wire [3:0]   gt_rxrecclkout,
    output wire [3:0]   gt_powergoodout,
    output wire         gt_ref_clk_out,
    input  wire [11:0]  gt_loopback_in,
    input  wire         gtwiz_reset_tx_datapath,
    input  wire         gtwiz_reset_rx_datapath,
    input  wire         sys_reset,
    input  wire         init_clk,
    input  wire         ctl_tx_rsfec_enable,
    input  wire         ctl_rx_rsfec_enable,
    input  wire         ctl_rsfec_ieee_error_indication_mode,
    input  wire         ctl_rx_rsfec_enable_correction,
    input  wire         ctl_rx_rsfec_enable_indication,
    input  wire         rx_clk,
    input  wire         core_rx_reset,
    input  wire         ctl_rx_enable,
    input  wire         ctl_rx_force_resync,
    input  wire         ctl_rx_test_pattern,
    output wire         usr_rx_reset,
    output wire         rx_axis_tvalid,
    output wire [511:0] rx_axis_tdata,
    output wire         rx_axis_tlast,
    output wire [63:0]  rx_axis_tkeep,
    output wire         rx_axis_tuser,
    output wire [55:0]  rx_preambleout,
    output wire         stat_rx_aligned,
    output wire         stat_rx_status,
    input  wire         core_tx_reset,
    input  wire         ctl_tx_enable,
    input  wire         ctl_tx_send_idle,
    input  wire         ctl_tx_send_rfi,
    input  wire         ctl_tx_send_lfi,
    input  wire         ctl_tx_test_pattern,
    output wire         usr_tx_reset,
    input  wire         tx_axis_tvalid,
    output wire         tx_axis_tready,
    input  wire [511:0] tx_axis_tdata,
    input  wire         tx_axis_tlast,
    input  wire [63:0]  tx_axis_tkeep,
    input  wire         tx_axis_tuser,
    input  wire [55:0]  tx_preamblein,
    output wire         tx_ovfout,
    output wire         tx_unfout,
    input  wire         core_drp_reset,
    input  wire         drp_clk,
    input  wire [9:0]   drp_addr,
    input  wire [15:0]  drp_di,
    input  wire         drp_en,
    input  wire         drp_we,
    output wire [15:0]  drp_do,
    output wire         drp_rdy
);
endmodule

(* blackbox *)
module cmac_usplus_1 (
    input  wire [3:0]   gt_rxp_in,
    input  wire [3:0]   gt_rxn_in,
    output wire [3:0]   gt_txp_out,
    output wire [3:0]   gt_txn_out,
    input  wire         gt_ref_clk_p,
    input  wire         gt_ref_clk_n,
    output wire         gt_txusrclk2,
    output wire         gt_rxusrclk2,
    output wire [3:0]   gt_rxrecclkout,
    output wire [3:0]   gt_powergoodout,
    output wire         gt_ref_clk_out,
    input  wire [11:0]  gt_loopback_in,
    input  wire         gtwiz_reset_tx_datapath,
    input  wire         gtwiz_reset_rx_datapath,
    input  wire         sys_reset,
    input  wire         init_clk,
    input  wire         ctl_tx_rsfec_enable,
    input  wire         ctl_rx_rsfec_enable,
    input  wire         ctl_rsfec_ieee_error_indication_mode,
    input  wire         ctl_rx_rsfec_enable_correction,
    input  wire         ctl_rx_rsfec_enable_indication,
    input  wire         rx_clk,
    input  wire         core_rx_reset,
    input  wire         ctl_rx_enable,
    input  wire         ctl_rx_force_resync,
    input  wire         ctl_rx_test_pattern,
    output wire         usr_rx_reset,
    output wire         rx_axis_tvalid,
    output wire [511:0] rx_axis_tdata,
    output wire         rx_axis_tlast,
    output wire [63:0]  rx_axis_tkeep,
    output wire         rx_axis_tuser,
    output wire [55:0]  rx_preambleout,
    output wire         stat_rx_aligned,
    output wire         stat_rx_status,
    input  wire         core_tx_reset,
    input  wire         ctl_tx_enable,
    input  wire         ctl_tx_send_idle,
    input  wire         ctl_tx_send_rfi,
    input  wire         ctl_tx_send_lfi,
    input  wire         ctl_tx_test_pattern,
    output wire         usr_tx_reset,
    input  wire         tx_axis_tvalid,
    output wire         tx_axis_tready,
    input  wire [511:0] tx_axis_tdata,
    input  wire         tx_axis_tlast,
    input  wire [63:0]  tx_axis_tkeep,
    input  wire         tx_axis_tuser,
    input  wire [55:0]  tx_preamblein,
    output wire         tx_ovfout,
    output wire         tx_unfout,
    input  wire         core_drp_reset,
    input  wire         drp_clk,
    input  wire [9:0]   drp_addr,
    input  wire [15:0]  drp_di,
    input  wire         drp_en,
    input  wire         drp_we,
    output wire [15:0]  drp_do,
    output wire         drp_rdy
);
endmodule

(* blackbox *)
module xdma_0 (
    input  wire         sys_clk,
    input  wire         sys_clk_gt,
    input  wire         sys_rst_n,
    output wire         user_lnk_up,
    output wire [15:0]  pci_exp_txp,
    output wire [15:0]  pci_exp_txn,
    input  wire [15:0]  pci_exp_rxp,
    input  wire [15:0]  pci_exp_rxn,
    output wire         axi_aclk,
    output wire         axi_aresetn,
    input  wire [0:0]   usr_irq_req,
    output wire [0:0]   usr_irq_ack,
    output wire         msi_enable,
    output wire [2:0]   msi_vector_width,
    output wire [31:0]  m_axil_awaddr,
    output wire [2:0]   m_axil_awprot,
    output wire         m_axil_awvalid,
    input  wire         m_axil_awready,
    output wire [31:0]  m_axil_wdata,
    output wire [3:0]   m_axil_wstrb,
    output wire         m_axil_wvalid,
    input  wire         m_axil_wready,
    input  wire         m_axil_bvalid,
    input  wire [1:0]   m_axil_bresp,
    output wire         m_axil_bready,
    output wire [31:0]  m_axil_araddr,
    output wire [2:0]   m_axil_arprot,
    output wire         m_axil_arvalid,
    input  wire         m_axil_arready,
    input  wire [31:0]  m_axil_rdata,
    input  wire [1:0]   m_axil_rresp,
    input  wire         m_axil_rvalid,
    output wire         m_axil_rready,
    output wire [511:0] m_axis_h2c_tdata_0,
    output wire [63:0]  m_axis_h2c_tkeep_0,
    output wire         m_axis_h2c_tlast_0,
    output wire         m_axis_h2c_tvalid_0,
    input  wire         m_axis_h2c_tready_0,
    input  wire [511:0] s_axis_c2h_tdata_0,
    input  wire [63:0]  s_axis_c2h_tkeep_0,
    input  wire         s_axis_c2h_tlast_0,
    input  wire         s_axis_c2h_tvalid_0,
    output wire         s_axis_c2h_tready_0
);
endmodule

(* blackbox *)
module axil_cdc (
    input  wire        s_axi_aclk,
    input  wire        s_axi_aresetn,
    input  wire [31:0] s_axi_awaddr,
    input  wire [2:0]  s_axi_awprot,
    input  wire        s_axi_awvalid,
    output wire        s_axi_awready,
    input  wire [31:0] s_axi_wdata,
    input  wire [3:0]  s_axi_wstrb,
    input  wire        s_axi_wvalid,
    output wire        s_axi_wready,
    output wire [1:0]  s_axi_bresp,
    output wire        s_axi_bvalid,
    input  wire        s_axi_bready,
    input  wire [31:0] s_axi_araddr,
    input  wire [2:0]  s_axi_arprot,
    input  wire        s_axi_arvalid,
    output wire        s_axi_arready,
    output wire [31:0] s_axi_rdata,
    output wire [1:0]  s_axi_rresp,
    output wire        s_axi_rvalid,
    input  wire        s_axi_rready,
    input  wire        m_axi_aclk,
    input  wire        m_axi_aresetn,
    output wire [31:0] m_axi_awaddr,
    output wire [2:0]  m_axi_awprot,
    output wire        m_axi_awvalid,
    input  wire        m_axi_awready,
    output wire [31:0] m_axi_wdata,
    output wire [3:0]  m_axi_wstrb,
    output wire        m_axi_wvalid,
    input  wire        m_axi_wready,
    input  wire [1:0]  m_axi_bresp,
    input  wire        m_axi_bvalid,
    output wire        m_axi_bready,
    output wire [31:0] m_axi_araddr,
    output wire [2:0]  m_axi_arprot,
    output wire        m_axi_arvalid,
    input  wire        m_axi_arready,
    input  wire [31:0] m_axi_rdata,
    input  wire [1:0]  m_axi_rresp,
    input  wire        m_axi_rvalid,
    output wire        m_axi_rready
);
endmodule

(* blackbox *)
module IBUF (input wire I, output wire O);
endmodule

(* blackbox *)
module IBUFDS (input wire I, input wire IB, output wire O);
endmodule

(* blackbox *)
module BUFG (input wire I, output wire O);
endmodule

(* blackbox *)
module IBUFDS_GTE4 #(
    parameter [1:0] REFCLK_HROW_CK_SEL = 2'b00
) (
    input  wire I,
    input  wire IB,
    input  wire CEB,
    output wire O,
    output wire ODIV2
);
endmodule

(* blackbox *)
module xpm_cdc_async_rst #(
    parameter integer DEST_SYNC_FF = 4,
    parameter integer INIT_SYNC_FF = 0,
    parameter integer RST_ACTIVE_HIGH = 0
) (
    input  wire src_arst,
    input  wire dest_clk,
    output wire dest_arst
);
endmodule

(* blackbox *)
module xpm_cdc_single #(
    parameter integer DEST_SYNC_FF = 4,
    parameter integer INIT_SYNC_FF = 0,
    parameter integer SIM_ASSERT_CHK = 0,
    parameter integer SRC_INPUT_REG = 1
) (
    input  wire src_clk,
    input  wire src_in,
    input  wire dest_clk,
    output wire dest_out
);
endmodule

(* blackbox *)
module xpm_fifo_axis #(
    parameter CLOCKING_MODE = "common_clock",
    parameter PACKET_FIFO = "false",
    parameter integer FIFO_DEPTH = 2048,
    parameter FIFO_MEMORY_TYPE = "auto",
    parameter integer TDATA_WIDTH = 32,
    parameter integer TUSER_WIDTH = 1,
    parameter integer TID_WIDTH = 1,
    parameter integer TDEST_WIDTH = 1,
    parameter integer CDC_SYNC_STAGES = 2,
    parameter ECC_MODE = "no_ecc",
    parameter USE_ADV_FEATURES = "1000",
    parameter integer SIM_ASSERT_CHK = 0
) (
    input  wire                       s_aclk,
    input  wire                       s_aresetn,
    input  wire                       s_axis_tvalid,
    output wire                       s_axis_tready,
    input  wire [TDATA_WIDTH-1:0]     s_axis_tdata,
    input  wire [TDATA_WIDTH/8-1:0]   s_axis_tkeep,
    input  wire [TDATA_WIDTH/8-1:0]   s_axis_tstrb,
    input  wire                       s_axis_tlast,
    input  wire [TUSER_WIDTH-1:0]     s_axis_tuser,
    input  wire [TID_WIDTH-1:0]       s_axis_tid,
    input  wire [TDEST_WIDTH-1:0]     s_axis_tdest,
    input  wire                       m_aclk,
    output wire                       m_axis_tvalid,
    input  wire                       m_axis_tready,
    output wire [TDATA_WIDTH-1:0]     m_axis_tdata,
    output wire [TDATA_WIDTH/8-1:0]   m_axis_tkeep,
    output wire [TDATA_WIDTH/8-1:0]   m_axis_tstrb,
    output wire                       m_axis_tlast,
    output wire [TUSER_WIDTH-1:0]     m_axis_tuser,
    output wire [TID_WIDTH-1:0]       m_axis_tid,
    output wire [TDEST_WIDTH-1:0]     m_axis_tdest,
    input  wire                       injectsbiterr_axis,
    input  wire                       injectdbiterr_axis,
    output wire                       sbiterr_axis,
    output wire                       dbiterr_axis,
    output wire                       almost_empty_axis,
    output wire                       almost_full_axis,
    output wire                       prog_empty_axis,
    output wire                       prog_full_axis,
    output wire [0:0]                 rd_data_count_axis,
    output wire [0:0]                 wr_data_count_axis
);
endmodule
