//! `dxedge`: see [`dxedge_testbench::cli`].

fn main() {
    std::process::exit(dxedge_testbench::cli::run());
}
