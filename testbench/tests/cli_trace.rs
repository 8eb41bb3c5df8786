//! `dxedge replay --trace`: a waveform of the RTL run, FST or VCD by the file's extension.

use std::path::Path;
use std::process::Command;

fn demo() -> (String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo");
    (
        dir.join("appliance.toml").display().to_string(),
        dir.join("capture.pcap").display().to_string(),
    )
}

fn replay(out: &Path, trace: &Path) -> std::process::Output {
    let (config, input) = demo();
    Command::new(env!("CARGO_BIN_EXE_dxedge"))
        .args([
            "replay",
            "--engine",
            "verilator",
            "--config",
            &config,
            "--input",
            &input,
        ])
        .arg("--out")
        .arg(out)
        .arg("--trace")
        .arg(trace)
        .output()
        .expect("run dxedge")
}

#[test]
fn fst_and_vcd_traces_are_written() {
    if !dxedge_sim::require_models() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let fst = dir.path().join("run.fst");
    let done = replay(&dir.path().join("out-fst"), &fst);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&fst).expect("the FST exists");
    // An FST file starts with its header block (type 0) of 329 bytes
    assert_eq!(bytes.first(), Some(&0u8), "FST header block");
    assert!(bytes.len() > 10_000, "{} bytes", bytes.len());

    let vcd = dir.path().join("run.vcd");
    let done = replay(&dir.path().join("out-vcd"), &vcd);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let text = std::fs::read_to_string(&vcd).expect("the VCD exists");
    assert!(text.contains("$enddefinitions"));
    assert!(text.contains("s_axis$tvalid"), "the ports are traced");
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() > 1000,
        "clocks traced"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.ends_with(".part")),
        "no scratch file left: {names:?}"
    );
}

#[test]
fn a_trace_that_is_neither_fst_nor_vcd_is_refused() {
    if !dxedge_sim::require_models() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let done = replay(&out, &dir.path().join("waves.txt"));
    assert_eq!(done.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(
        stderr.contains("waves.txt") && stderr.contains(".fst"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing written");
}
