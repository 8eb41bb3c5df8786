//! The checked-in Verilog is what the design generates, and it passes
//! `verilator --lint-only -Wall` with only the generator waivers of `lint_waivers.vlt`.

use std::path::PathBuf;
use std::process::Command;

use dxedge_host::tools::{self, Tool};
use rust_hdl::prelude::*;

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

/// The hand-written primitives' Verilog bodies (`DffCe`, `BlockRam`, `BlockRamRe`, `BlockRam2R`; standalone
/// in `blocks/prim_*.v`) need none of the generator waivers: they are linted with
/// `-Wall` and nothing waived but DECLFILENAME, which is about rust-hdl naming every top
/// module `top`, not about the body.
#[test]
fn the_primitives_are_lint_clean_without_the_generator_waivers() {
    let Some(bin) = verilator() else { return };
    let prims: Vec<_> = dxedge_hdl::verilog::all()
        .filter(|g| g.file.starts_with("blocks/prim_"))
        .collect();
    assert_eq!(prims.len(), 4, "DffCe, BlockRam, BlockRamRe, BlockRam2R");
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

/// A one-module design whose body is `body`: a 4-bit input, an 8-bit output.
#[derive(LogicBlock, Default)]
struct Widen {
    d: Signal<In, Bits<4>>,
    q: Signal<Out, Bits<8>>,
    _body: Option<fn() -> Verilog>,
}

impl Logic for Widen {
    fn update(&mut self) {}
    fn connect(&mut self) {
        self.q.connect();
    }
    fn hdl(&self) -> Verilog {
        self._body.map_or(Verilog::Empty, |f| f())
    }
}

/// Lint `uut`'s Verilog with the generator waivers; the warnings, or `None` if clean.
fn lint_with_waivers(bin: &str, mut uut: Widen) -> Option<String> {
    uut.connect_all();
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("widen.v");
    std::fs::write(&file, generate_verilog(&uut)).expect("write the Verilog");
    let out = Command::new(bin)
        .args(["--lint-only", "-Wall"])
        .arg(verilog_dir().join("lint_waivers.vlt"))
        .arg(&file)
        .output()
        .expect("run verilator");
    (!out.status.success()).then(|| String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The waivers reach only what rust-hdl writes: a width slip in a body written by hand
/// (`hand_written::body`) is an error inside a generated file, where the same body given to
/// rust-hdl as plain custom Verilog would pass under the file-wide waivers.
#[test]
fn the_generator_waivers_do_not_reach_hand_written_bodies() {
    let Some(bin) = verilator() else { return };
    const SLIP: &str = "assign q = d;\n";
    let unmarked = Widen {
        _body: Some(|| Verilog::Custom(SLIP.into())),
        ..Default::default()
    };
    assert_eq!(
        lint_with_waivers(&bin, unmarked),
        None,
        "the file-wide WIDTH waiver covers an unmarked body"
    );
    let marked = Widen {
        _body: Some(|| dxedge_hdl::hand_written::body(SLIP)),
        ..Default::default()
    };
    let warnings = lint_with_waivers(&bin, marked).expect("a width slip in a hand-written body");
    assert!(warnings.contains("%Warning-WIDTH"), "{warnings}");
}
