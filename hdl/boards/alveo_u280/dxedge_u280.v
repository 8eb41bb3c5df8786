// dxedge on the AMD Alveo U280: both directions of a Direct Connect port at 100G, one QSFP28
// cage each side, the host on PCIe Gen3 x16.
//
// Hand-written board top. It holds only what cannot be portable: the vendor IP (two 100G
// MACs, the PCIe DMA/bridge, an AXI4-Lite clock converter, an asynchronous AXI4-Stream FIFO),
// clock buffers and synchronizers. Everything else is the generated core,
// hdl/verilog/boards/nic_core.v (hdl/src/boards/nic_core.rs). Pins and clocks:
// constraints/alveo_u280/dxedge_u280.xdc. IP configuration: constraints/alveo_u280/build.tcl.
// Not built here: there is no Vivado on this machine; hdl/tests/u280_connectivity.rs checks
// this file's connectivity with yosys, the IP as black boxes (hdl/boards/alveo_u280/blackboxes.v).
//
//   QSFP0 (the customer router) ◄─► cmac (CMACE4_X0Y6, quad 134)
//      rx ─► customer_rx_axis ─┐                ┌─► aws_tx_axis ─► aws_tx_fifo ─► cmac_aws tx
//      tx ◄─ customer_tx_axis ◄┤    nic_core    ├◄─ aws_rx_axis ◄──────────────── cmac_aws rx
//                              │    (mac_clk)   │   (xpm_fifo_axis: packet mode, mac_clk ─► aws_mac_clk)
//   QSFP1 (AWS) ◄─► cmac_aws (CMACE4_X0Y7, quad 135)
//                                       ▲ s_axil (21-bit window)
//   PCIe x16 ─► xdma (BAR0: AXI4-Lite master, 250 MHz) ─► axil_cdc (clock converter)
//
// Clock domains: the core runs entirely on CMAC 0's gt_txusrclk2 (mac_clk, 322.265625 MHz),
// which also clocks both CMACs' receive user interfaces (rx_clk; PG203, "Clocking", with the
// receive FIFO of the AXI4-Stream interface, which crosses from each CMAC's recovered clock).
// CMAC 1's transmit interface runs on its own gt_txusrclk2 (aws_mac_clk: same frequency, from
// the other cage's reference clock, so not the same clock): the core's frames to AWS reach it
// through aws_tx_fifo, an xpm_fifo_axis (UG974) with independent clocks in packet mode, so a
// frame starts towards the MAC only once it is whole (the CMAC wants no gap inside a frame).
// The PCIe user clock (axi_aclk, 250 MHz) only reaches the core through axil_cdc, an AXI Clock
// Converter (PG059) configured for AXI4-Lite with asynchronous clocks. Each of these carries
// its own constraints. Resets enter each domain through xpm_cdc_async_rst and CMAC 1's
// alignment flag crosses into its transmit domain through xpm_cdc_single (UG974).

`default_nettype none

module dxedge_u280 (
    // SYSCLK0: 100 MHz LVDS, free-running: the CMAC's init and DRP clock
    input  wire        sysclk0_p,
    input  wire        sysclk0_n,
    // QSFP28 port 0 (QSFP0, the customer router): four 25.78125 Gb/s lanes and
    // MGT_SI570_CLOCK0 (156.25 MHz)
    input  wire [3:0]  qsfp0_rx_p,
    input  wire [3:0]  qsfp0_rx_n,
    output wire [3:0]  qsfp0_tx_p,
    output wire [3:0]  qsfp0_tx_n,
    input  wire        qsfp0_refclk_p,
    input  wire        qsfp0_refclk_n,
    // QSFP28 port 1 (QSFP1, AWS): four lanes and MGT_SI570_CLOCK1 (156.25 MHz)
    input  wire [3:0]  qsfp1_rx_p,
    input  wire [3:0]  qsfp1_rx_n,
    output wire [3:0]  qsfp1_tx_p,
    output wire [3:0]  qsfp1_tx_n,
    input  wire        qsfp1_refclk_p,
    input  wire        qsfp1_refclk_n,
    // PCI Express edge connector: 100 MHz reference clock, PERST#, 16 lanes
    input  wire        pcie_refclk_p,
    input  wire        pcie_refclk_n,
    input  wire        pcie_perst_n,
    input  wire [15:0] pcie_rx_p,
    input  wire [15:0] pcie_rx_n,
    output wire [15:0] pcie_tx_p,
    output wire [15:0] pcie_tx_n,
    // HBM catastrophic temperature flag to the satellite controller: must be driven low
    // when the HBM IP is not used (UG1314, warning in the HBM section)
    output wire        hbm_cattrip
);

assign hbm_cattrip = 1'b0;

// ---------------------------------------------------------------------------- clocks, resets
wire sysclk0_ibuf, init_clk;
IBUFDS sysclk0_buf (.I(sysclk0_p), .IB(sysclk0_n), .O(sysclk0_ibuf));
BUFG init_clk_buf (.I(sysclk0_ibuf), .O(init_clk));

// PCIe reference clock: O to the GTs, ODIV2 (same frequency with REFCLK_HROW_CK_SEL = 00) to
// the IP's internal clock, as PG195's "sys_clk" and "sys_clk_gt" ports ask.
wire pcie_refclk_gt, pcie_refclk_div2;
IBUFDS_GTE4 #(.REFCLK_HROW_CK_SEL(2'b00)) pcie_refclk_buf (
    .I(pcie_refclk_p), .IB(pcie_refclk_n), .CEB(1'b0),
    .O(pcie_refclk_gt), .ODIV2(pcie_refclk_div2)
);
wire perst_n;
IBUF pcie_perst_buf (.I(pcie_perst_n), .O(perst_n));

// The MACs start with the host's PCIe reset released (there is no other reset source wired)
wire cmac_sys_reset;
xpm_cdc_async_rst #(.DEST_SYNC_FF(4), .INIT_SYNC_FF(0), .RST_ACTIVE_HIGH(1)) cmac_reset_sync (
    .src_arst(~perst_n), .dest_clk(init_clk), .dest_arst(cmac_sys_reset)
);

// ---------------------------------------------------------------------------- 100G MAC, QSFP0: the customer router
wire         mac_clk;          // gt_txusrclk2, 322.265625 MHz
wire         mac_rx_reset, mac_tx_reset;
wire         stat_rx_aligned;
wire [511:0] rx_tdata, tx_tdata;    // the customer's frames in, and out to the customer
wire [63:0]  rx_tkeep, tx_tkeep;
wire         rx_tvalid, rx_tlast, rx_tuser;
wire         tx_tvalid, tx_tready, tx_tlast, tx_tuser;

cmac_usplus_0 cmac (
    .gt_rxp_in(qsfp0_rx_p), .gt_rxn_in(qsfp0_rx_n),
    .gt_txp_out(qsfp0_tx_p), .gt_txn_out(qsfp0_tx_n),
    .gt_ref_clk_p(qsfp0_refclk_p), .gt_ref_clk_n(qsfp0_refclk_n),
    .gt_txusrclk2(mac_clk),
    .gt_rxusrclk2(),
    .gt_rxrecclkout(),
    .gt_powergoodout(),
    .gt_ref_clk_out(),
    .gt_loopback_in(12'd0),
    .gtwiz_reset_tx_datapath(1'b0),
    .gtwiz_reset_rx_datapath(1'b0),
    .sys_reset(cmac_sys_reset),
    .init_clk(init_clk),
    // RS-FEC (IEEE 802.3 clause 91): required by 100GBASE-SR4 and -CR4 links
    .ctl_tx_rsfec_enable(1'b1),
    .ctl_rx_rsfec_enable(1'b1),
    .ctl_rsfec_ieee_error_indication_mode(1'b0),
    .ctl_rx_rsfec_enable_correction(1'b1),
    .ctl_rx_rsfec_enable_indication(1'b1),
    // Receive: one clock domain with transmit (rx_clk from gt_txusrclk2)
    .rx_clk(mac_clk),
    .core_rx_reset(1'b0),
    .ctl_rx_enable(1'b1),
    .ctl_rx_force_resync(1'b0),
    .ctl_rx_test_pattern(1'b0),
    .usr_rx_reset(mac_rx_reset),
    .rx_axis_tvalid(rx_tvalid), .rx_axis_tdata(rx_tdata), .rx_axis_tlast(rx_tlast),
    .rx_axis_tkeep(rx_tkeep), .rx_axis_tuser(rx_tuser),
    .rx_preambleout(),
    .stat_rx_aligned(stat_rx_aligned),
    .stat_rx_status(),
    // Transmit: send remote fault and no data until the receiver is aligned (PG203,
    // ctl_tx_send_rfi and ctl_tx_enable)
    .core_tx_reset(1'b0),
    .ctl_tx_enable(stat_rx_aligned),
    .ctl_tx_send_idle(1'b0),
    .ctl_tx_send_rfi(~stat_rx_aligned),
    .ctl_tx_send_lfi(1'b0),
    .ctl_tx_test_pattern(1'b0),
    .usr_tx_reset(mac_tx_reset),
    .tx_axis_tvalid(tx_tvalid), .tx_axis_tready(tx_tready), .tx_axis_tdata(tx_tdata),
    .tx_axis_tlast(tx_tlast), .tx_axis_tkeep(tx_tkeep), .tx_axis_tuser(tx_tuser),
    .tx_preamblein(56'd0),
    .tx_ovfout(),
    .tx_unfout(),
    // DRP unused
    .core_drp_reset(1'b0), .drp_clk(1'b0), .drp_addr(10'd0), .drp_di(16'd0),
    .drp_en(1'b0), .drp_we(1'b0), .drp_do(), .drp_rdy()
);


// ---------------------------------------------------------------------------- 100G MAC, QSFP1: AWS
// The same MAC configuration on the next quad (cmac_usplus_1 in build.tcl). Its receive
// interface is clocked by mac_clk like CMAC 0's; its transmit interface by its own
// gt_txusrclk2, behind aws_tx_fifo.
wire         aws_mac_clk;      // CMAC 1's gt_txusrclk2, 322.265625 MHz
wire         aws_rx_reset, aws_tx_reset;
wire         aws_rx_aligned, aws_rx_aligned_tx;
wire [511:0] aws_rx_tdata, aws_tx_tdata, aws_fifo_tdata;
wire [63:0]  aws_rx_tkeep, aws_tx_tkeep, aws_fifo_tkeep;
wire         aws_rx_tvalid, aws_rx_tlast, aws_rx_tuser;
wire         aws_tx_tvalid, aws_tx_tready, aws_tx_tlast, aws_tx_tuser;
wire         aws_fifo_tvalid, aws_fifo_tready, aws_fifo_tlast, aws_fifo_tuser;
wire         core_reset;       // the core's, in mac_clk (below)

cmac_usplus_1 cmac_aws (
    .gt_rxp_in(qsfp1_rx_p), .gt_rxn_in(qsfp1_rx_n),
    .gt_txp_out(qsfp1_tx_p), .gt_txn_out(qsfp1_tx_n),
    .gt_ref_clk_p(qsfp1_refclk_p), .gt_ref_clk_n(qsfp1_refclk_n),
    .gt_txusrclk2(aws_mac_clk),
    .gt_rxusrclk2(),
    .gt_rxrecclkout(),
    .gt_powergoodout(),
    .gt_ref_clk_out(),
    .gt_loopback_in(12'd0),
    .gtwiz_reset_tx_datapath(1'b0),
    .gtwiz_reset_rx_datapath(1'b0),
    .sys_reset(cmac_sys_reset),
    .init_clk(init_clk),
    .ctl_tx_rsfec_enable(1'b1),
    .ctl_rx_rsfec_enable(1'b1),
    .ctl_rsfec_ieee_error_indication_mode(1'b0),
    .ctl_rx_rsfec_enable_correction(1'b1),
    .ctl_rx_rsfec_enable_indication(1'b1),
    // Receive: in the core's clock, as CMAC 0's
    .rx_clk(mac_clk),
    .core_rx_reset(1'b0),
    .ctl_rx_enable(1'b1),
    .ctl_rx_force_resync(1'b0),
    .ctl_rx_test_pattern(1'b0),
    .usr_rx_reset(aws_rx_reset),
    .rx_axis_tvalid(aws_rx_tvalid), .rx_axis_tdata(aws_rx_tdata), .rx_axis_tlast(aws_rx_tlast),
    .rx_axis_tkeep(aws_rx_tkeep), .rx_axis_tuser(aws_rx_tuser),
    .rx_preambleout(),
    .stat_rx_aligned(aws_rx_aligned),
    .stat_rx_status(),
    // Transmit: remote fault and no data until its receiver is aligned, as CMAC 0
    .core_tx_reset(1'b0),
    .ctl_tx_enable(aws_rx_aligned_tx),
    .ctl_tx_send_idle(1'b0),
    .ctl_tx_send_rfi(~aws_rx_aligned_tx),
    .ctl_tx_send_lfi(1'b0),
    .ctl_tx_test_pattern(1'b0),
    .usr_tx_reset(aws_tx_reset),
    .tx_axis_tvalid(aws_fifo_tvalid), .tx_axis_tready(aws_fifo_tready),
    .tx_axis_tdata(aws_fifo_tdata), .tx_axis_tlast(aws_fifo_tlast),
    .tx_axis_tkeep(aws_fifo_tkeep), .tx_axis_tuser(aws_fifo_tuser),
    .tx_preamblein(56'd0),
    .tx_ovfout(),
    .tx_unfout(),
    .core_drp_reset(1'b0), .drp_clk(1'b0), .drp_addr(10'd0), .drp_di(16'd0),
    .drp_en(1'b0), .drp_we(1'b0), .drp_do(), .drp_rdy()
);

// CMAC 1's alignment (rx_clk = mac_clk) into its transmit domain, where ctl_tx_* are sampled
xpm_cdc_single #(.DEST_SYNC_FF(4), .INIT_SYNC_FF(0), .SIM_ASSERT_CHK(0), .SRC_INPUT_REG(1))
aws_aligned_sync (
    .src_clk(mac_clk), .src_in(aws_rx_aligned),
    .dest_clk(aws_mac_clk), .dest_out(aws_rx_aligned_tx)
);

// The core's frames to AWS, mac_clk to aws_mac_clk. Packet mode: a frame is released only
// once its last beat is in, so the CMAC never waits for a beat inside a frame. 512 beats
// (32 KiB): three 9600-byte frames, as the core's own transmit buffer.
xpm_fifo_axis #(
    .CLOCKING_MODE("independent_clock"),
    .PACKET_FIFO("true"),
    .FIFO_DEPTH(512),
    .FIFO_MEMORY_TYPE("auto"),
    .TDATA_WIDTH(512),
    .TUSER_WIDTH(1),
    .TID_WIDTH(1),
    .TDEST_WIDTH(1),
    .CDC_SYNC_STAGES(3),
    .ECC_MODE("no_ecc"),
    .USE_ADV_FEATURES("0000"),
    .SIM_ASSERT_CHK(0)
) aws_tx_fifo (
    .s_aclk(mac_clk), .s_aresetn(~core_reset),
    .s_axis_tvalid(aws_tx_tvalid), .s_axis_tready(aws_tx_tready),
    .s_axis_tdata(aws_tx_tdata), .s_axis_tkeep(aws_tx_tkeep), .s_axis_tstrb(aws_tx_tkeep),
    .s_axis_tlast(aws_tx_tlast), .s_axis_tuser(aws_tx_tuser),
    .s_axis_tid(1'b0), .s_axis_tdest(1'b0),
    .m_aclk(aws_mac_clk),
    .m_axis_tvalid(aws_fifo_tvalid), .m_axis_tready(aws_fifo_tready),
    .m_axis_tdata(aws_fifo_tdata), .m_axis_tkeep(aws_fifo_tkeep), .m_axis_tstrb(),
    .m_axis_tlast(aws_fifo_tlast), .m_axis_tuser(aws_fifo_tuser),
    .m_axis_tid(), .m_axis_tdest(),
    .injectsbiterr_axis(1'b0), .injectdbiterr_axis(1'b0),
    .sbiterr_axis(), .dbiterr_axis(),
    .almost_empty_axis(), .almost_full_axis(), .prog_empty_axis(), .prog_full_axis(),
    .rd_data_count_axis(), .wr_data_count_axis()
);

// The core leaves reset with the receive interfaces of both MACs, CMAC 0's transmit
// interface and the host link. CMAC 1's transmit reset (in its own domain) is left out: its
// frames wait in aws_tx_fifo meanwhile.
xpm_cdc_async_rst #(.DEST_SYNC_FF(4), .INIT_SYNC_FF(0), .RST_ACTIVE_HIGH(1)) core_reset_sync (
    .src_arst(mac_rx_reset | mac_tx_reset | aws_rx_reset | ~perst_n), .dest_clk(mac_clk),
    .dest_arst(core_reset)
);

// ---------------------------------------------------------------------------- PCIe
wire        axi_aclk, axi_aresetn, user_lnk_up;
wire [31:0] bar_awaddr, bar_araddr, bar_wdata, bar_rdata;
wire [2:0]  bar_awprot, bar_arprot;
wire [3:0]  bar_wstrb;
wire [1:0]  bar_bresp, bar_rresp;
wire        bar_awvalid, bar_awready, bar_wvalid, bar_wready, bar_bvalid, bar_bready;
wire        bar_arvalid, bar_arready, bar_rvalid, bar_rready;

xdma_0 xdma (
    .sys_clk(pcie_refclk_div2),
    .sys_clk_gt(pcie_refclk_gt),
    .sys_rst_n(perst_n),
    .user_lnk_up(user_lnk_up),
    .pci_exp_txp(pcie_tx_p), .pci_exp_txn(pcie_tx_n),
    .pci_exp_rxp(pcie_rx_p), .pci_exp_rxn(pcie_rx_n),
    .axi_aclk(axi_aclk),
    .axi_aresetn(axi_aresetn),
    .usr_irq_req(1'b0),
    .usr_irq_ack(),
    .msi_enable(),
    .msi_vector_width(),
    // BAR0: the AXI4-Lite master (PG195, "PCIe to AXI Lite Master")
    .m_axil_awaddr(bar_awaddr), .m_axil_awprot(bar_awprot), .m_axil_awvalid(bar_awvalid),
    .m_axil_awready(bar_awready),
    .m_axil_wdata(bar_wdata), .m_axil_wstrb(bar_wstrb), .m_axil_wvalid(bar_wvalid),
    .m_axil_wready(bar_wready),
    .m_axil_bvalid(bar_bvalid), .m_axil_bresp(bar_bresp), .m_axil_bready(bar_bready),
    .m_axil_araddr(bar_araddr), .m_axil_arprot(bar_arprot), .m_axil_arvalid(bar_arvalid),
    .m_axil_arready(bar_arready),
    .m_axil_rdata(bar_rdata), .m_axil_rresp(bar_rresp), .m_axil_rvalid(bar_rvalid),
    .m_axil_rready(bar_rready),
    // The DMA channels are unused: host-to-card data is taken and dropped, nothing is sent
    // card-to-host (punted frames are read through BAR0; docs/boards.md)
    .m_axis_h2c_tdata_0(), .m_axis_h2c_tkeep_0(), .m_axis_h2c_tlast_0(),
    .m_axis_h2c_tvalid_0(), .m_axis_h2c_tready_0(1'b1),
    .s_axis_c2h_tdata_0(512'd0), .s_axis_c2h_tkeep_0(64'd0), .s_axis_c2h_tlast_0(1'b0),
    .s_axis_c2h_tvalid_0(1'b0), .s_axis_c2h_tready_0()
);

// ---------------------------------------------------------------------------- 250 -> 322 MHz
wire [31:0] core_awaddr, core_araddr, core_wdata, core_rdata;
wire [3:0]  core_wstrb;
wire [1:0]  core_bresp, core_rresp;
wire        core_awvalid, core_awready, core_wvalid, core_wready, core_bvalid, core_bready;
wire        core_arvalid, core_arready, core_rvalid, core_rready;

axil_cdc axil_cdc (
    .s_axi_aclk(axi_aclk), .s_axi_aresetn(axi_aresetn),
    .s_axi_awaddr(bar_awaddr), .s_axi_awprot(bar_awprot), .s_axi_awvalid(bar_awvalid),
    .s_axi_awready(bar_awready),
    .s_axi_wdata(bar_wdata), .s_axi_wstrb(bar_wstrb), .s_axi_wvalid(bar_wvalid),
    .s_axi_wready(bar_wready),
    .s_axi_bresp(bar_bresp), .s_axi_bvalid(bar_bvalid), .s_axi_bready(bar_bready),
    .s_axi_araddr(bar_araddr), .s_axi_arprot(bar_arprot), .s_axi_arvalid(bar_arvalid),
    .s_axi_arready(bar_arready),
    .s_axi_rdata(bar_rdata), .s_axi_rresp(bar_rresp), .s_axi_rvalid(bar_rvalid),
    .s_axi_rready(bar_rready),
    .m_axi_aclk(mac_clk), .m_axi_aresetn(~core_reset),
    .m_axi_awaddr(core_awaddr), .m_axi_awprot(), .m_axi_awvalid(core_awvalid),
    .m_axi_awready(core_awready),
    .m_axi_wdata(core_wdata), .m_axi_wstrb(core_wstrb), .m_axi_wvalid(core_wvalid),
    .m_axi_wready(core_wready),
    .m_axi_bresp(core_bresp), .m_axi_bvalid(core_bvalid), .m_axi_bready(core_bready),
    .m_axi_araddr(core_araddr), .m_axi_arprot(), .m_axi_arvalid(core_arvalid),
    .m_axi_arready(core_arready),
    .m_axi_rdata(core_rdata), .m_axi_rresp(core_rresp), .m_axi_rvalid(core_rvalid),
    .m_axi_rready(core_rready)
);

// ---------------------------------------------------------------------------- the core
nic_core core (
    .clock(mac_clk),
    .reset(core_reset),
    // QSFP0: frames from the customer router (to AWS) and to it (to the customer)
    .customer_rx_axis$tdata(rx_tdata), .customer_rx_axis$tkeep(rx_tkeep),
    .customer_rx_axis$tvalid(rx_tvalid), .customer_rx_axis$tready(),
    .customer_rx_axis$tlast(rx_tlast), .customer_rx_axis$tuser(rx_tuser),
    .customer_tx_axis$tdata(tx_tdata), .customer_tx_axis$tkeep(tx_tkeep),
    .customer_tx_axis$tvalid(tx_tvalid), .customer_tx_axis$tready(tx_tready),
    .customer_tx_axis$tlast(tx_tlast), .customer_tx_axis$tuser(tx_tuser),
    // QSFP1: frames from AWS (to the customer) and to it (to AWS), the latter via aws_tx_fifo
    .aws_rx_axis$tdata(aws_rx_tdata), .aws_rx_axis$tkeep(aws_rx_tkeep),
    .aws_rx_axis$tvalid(aws_rx_tvalid), .aws_rx_axis$tready(),
    .aws_rx_axis$tlast(aws_rx_tlast), .aws_rx_axis$tuser(aws_rx_tuser),
    .aws_tx_axis$tdata(aws_tx_tdata), .aws_tx_axis$tkeep(aws_tx_tkeep),
    .aws_tx_axis$tvalid(aws_tx_tvalid), .aws_tx_axis$tready(aws_tx_tready),
    .aws_tx_axis$tlast(aws_tx_tlast), .aws_tx_axis$tuser(aws_tx_tuser),
    // The CPU ports, where the host's DMA queues enter, are tied off: this XDMA's H2C stream
    // carries no per-frame sideband for the egress row, and runs at 250 MHz. A QDMA H2C queue
    // per direction (its descriptor metadata as the row) through an xpm_fifo_axis into
    // mac_clk is the intended source (docs/synthesis.md, "The CPU port on a board").
    .cpu_axis$tdata(512'd0), .cpu_axis$tkeep(64'd0), .cpu_axis$tvalid(1'b0),
    .cpu_axis$tready(), .cpu_axis$tlast(1'b0), .cpu_axis$tuser(10'd0),
    .tc_cpu_axis$tdata(512'd0), .tc_cpu_axis$tkeep(64'd0), .tc_cpu_axis$tvalid(1'b0),
    .tc_cpu_axis$tready(), .tc_cpu_axis$tlast(1'b0), .tc_cpu_axis$tuser(10'd0),
    // The window is 2 MiB (axilite_master_size in build.tcl): address bits 20..0
    .s_axil$awaddr(core_awaddr[20:0]), .s_axil$awvalid(core_awvalid),
    .s_axil$awready(core_awready),
    .s_axil$wdata(core_wdata), .s_axil$wstrb(core_wstrb), .s_axil$wvalid(core_wvalid),
    .s_axil$wready(core_wready),
    .s_axil$bresp(core_bresp), .s_axil$bvalid(core_bvalid), .s_axil$bready(core_bready),
    .s_axil$araddr(core_araddr[20:0]), .s_axil$arvalid(core_arvalid),
    .s_axil$arready(core_arready),
    .s_axil$rdata(core_rdata), .s_axil$rresp(core_rresp), .s_axil$rvalid(core_rvalid),
    .s_axil$rready(core_rready)
);

endmodule

`default_nettype wire
