use rust_hdl::prelude::*;
fn w<B: Block>(name: &str, mut b: B) {
    b.connect_all();
    std::fs::write(format!("/tmp/blocks/{name}.v"), generate_verilog(&b)).unwrap();
}
fn main() {
    std::fs::create_dir_all("/tmp/blocks").unwrap();
    w("lpm", dxedge_hdl::lpm::LpmSearch::new());
    w("classify", dxedge_hdl::classify::Classify::new());
    w("resolve", dxedge_hdl::resolve::Resolve::new());
    w("hp64", dxedge_hdl::header_parse::HeaderParse::<64>::new());
    w("rw64", dxedge_hdl::rewrite::Rewrite::<64, 8, 65>::new());
    w("regs", dxedge_hdl::regs::Regs::new(8));
    w("vifc", dxedge_hdl::counters::CounterBank::<5, 8>::default());
    w("glob", dxedge_hdl::counters::GlobalCounters::default());
    w(
        "fifo",
        dxedge_hdl::sync_fifo::SyncFifo::<Bits<65>, 6, 7>::new(),
    );
}
