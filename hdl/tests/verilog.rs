//! The checked-in Verilog is what the design generates, and it passes
//! `verilator --lint-only -Wall` with only the generator waivers of `lint_waivers.vlt`.

use std::path::PathBuf;
use std::process::Command;

use dxedge_host::tools::{self, Tool};

fn verilog_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("verilog")
}

#[test]
fn checked_in_verilog_is_what_the_design_generates() {
    for g in dxedge_hdl::verilog::all() {
        let path = verilog_dir().join(g.file);
        let on_disk = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}; run `make verilog`", path.display()));
        let fresh = (g.generate)();
        assert!(
            on_disk == fresh,
            "{} is stale: the design changed since it was generated; run `make verilog` and commit it",
            path.display()
        );
    }
}

/// The Verilator command, or `None` when opted out (`dxedge_host::tools`).
fn verilator() -> Option<String> {
    tools::require(Tool::Verilator).then(|| Tool::Verilator.command())
}

#[test]
fn generated_verilog_is_lint_clean_at_both_widths() {
    let Some(bin) = verilator() else { return };
    for g in dxedge_hdl::verilog::all() {
        let out = Command::new(&bin)
            .arg("--lint-only")
            .arg("-Wall")
            .arg(verilog_dir().join("lint_waivers.vlt"))
            .arg(verilog_dir().join(g.file))
            .output()
            .expect("run verilator");
        assert!(
            out.status.success(),
            "{} is not lint-clean:\n{}",
            g.file,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The hand-written primitives' Verilog bodies (`DffCe`, `BlockRam`, `BlockRam2R`; standalone
/// in `blocks/prim_*.v`) need none of the generator waivers: they are linted with
/// `-Wall` and nothing waived but DECLFILENAME, which is about rust-hdl naming every top
/// module `top`, not about the body.
#[test]
fn the_primitives_are_lint_clean_without_the_generator_waivers() {
    let Some(bin) = verilator() else { return };
    let prims: Vec<_> = dxedge_hdl::verilog::all()
        .filter(|g| g.file.starts_with("blocks/prim_"))
        .collect();
    assert_eq!(prims.len(), 3, "DffCe, BlockRam, BlockRam2R");
    for g in prims {
        let out = Command::new(&bin)
            .args(["--lint-only", "-Wall", "-Wno-DECLFILENAME"])
            .arg(verilog_dir().join(g.file))
            .output()
            .expect("run verilator");
        assert!(
            out.status.success(),
            "{} is not lint-clean without waivers:\n{}",
            g.file,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
