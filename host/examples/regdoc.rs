//! `make docs`: write docs/registers.md from the register map.

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/registers.md");
    if let Err(e) = std::fs::write(&path, dxedge_host::regmap::markdown()) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    println!("wrote {}", path.display());
}
