//! dxedge Verilator bridge.
