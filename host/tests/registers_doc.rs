//! docs/registers.md is generated from the register map and must not drift from it.

#[test]
fn registers_doc_is_generated_from_the_register_map() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/registers.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == dxedge_host::regmap::markdown(),
        "{} is stale: run `make docs`",
        path.display()
    );
}
