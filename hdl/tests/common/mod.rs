//! Running a Verilog test bench under Icarus Verilog, for the tests that check generated
//! Verilog against the rust-hdl design.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether an Icarus test goes on (the rule of `dxedge_host::tools`).
pub fn icarus_available() -> bool {
    dxedge_host::tools::require(dxedge_host::tools::Tool::Icarus)
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compile `sources` (the test bench first; its directory is searched for `include files)
/// into `dir` and run them; the test bench's printout, which must have reached its `DONE`.
pub fn run_icarus(dir: &Path, sources: &[PathBuf]) -> String {
    let vvp = dir.join("tb.vvp");
    let include = sources[0]
        .parent()
        .expect("the test bench is in a directory");
    let out = Command::new("iverilog")
        .args(["-g2012", "-o"])
        .arg(&vvp)
        .arg("-I")
        .arg(include)
        .args(sources)
        .output()
        .expect("run iverilog");
    assert!(
        out.status.success(),
        "iverilog:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new("vvp")
        .arg("-n")
        .arg(&vvp)
        .output()
        .expect("run vvp");
    let text = String::from_utf8_lossy(&run.stdout).to_string();
    assert!(
        text.contains("DONE"),
        "the test bench did not finish:\n{text}"
    );
    text
}
