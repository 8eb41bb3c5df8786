// dxedge on the ULX3S-85F (Lattice ECP5 LFE5U-85F-6BG381C): a bench instrument.
//
// Hand-written board top: the board's pins and the generated core,
// hdl/verilog/boards/bench_core.v (hdl/src/boards/bench_core.rs), which holds everything else.
// Pins: constraints/ulx3s/dxedge_ulx3s.lpf. Built here with the open toolchain
// (`make ecp5-ulx3s`: yosys synth_ecp5, nextpnr-ecp5, ecppack).
//
//   USB (FT231X) ◄─► ftdi_txd / ftdi_rxd ◄─► bench_core: UART bridge, frame injector,
//                                            10G pipeline, capture buffer (25 MHz)
//
// The core runs on the board's 25 MHz oscillator directly: one clock domain, no PLL. The
// serial line runs at 1,000,000 baud, 25 clocks a bit (hdl/src/verilog.rs).

`default_nettype none

module dxedge_ulx3s (
    input  wire       clk_25mhz,
    input  wire       ftdi_txd,    // the FT231X transmits, the FPGA receives
    output wire       ftdi_rxd,    // the FPGA transmits, the FT231X receives
    output wire [7:0] led,
    // ESP32 GPIO0, held high: low asks the ESP32 to load its own ("passthru") bitstream
    // and reboot the FPGA (ULX3S documentation and examples)
    output wire       wifi_gpio0
);

assign wifi_gpio0 = 1'b1;

bench_core core (
    .clock(clk_25mhz),
    .rxd(ftdi_txd),
    .txd(ftdi_rxd),
    .led(led)
);

endmodule

`default_nettype wire
