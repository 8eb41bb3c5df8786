//! `make verilog`: write every generated Verilog file into `hdl/verilog/`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("verilog");
    for g in dxedge_hdl::verilog::all() {
        let path = dir.join(g.file);
        let text = (g.generate)();
        if let Some(parent) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("cannot create {}: {e}", parent.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} ({} lines)", path.display(), text.lines().count());
    }
    ExitCode::SUCCESS
}
