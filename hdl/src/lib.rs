//! dxedge port pipeline in rust-hdl.
