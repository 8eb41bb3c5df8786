//! Every input kept for the fuzz targets, run through the target's check in the normal
//! suite: `fuzz/regressions/<target>/` (inputs that once failed) and `fuzz/seeds/<target>/`
//! (the starting corpus, edge cases included).

use std::fs;
use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut found = Vec::new();
    for kind in ["regressions", "seeds"] {
        let Ok(dir) = fs::read_dir(fuzz.join(kind).join(target)) else {
            continue;
        };
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.ends_with(".md") {
                continue;
            }
            found.push((
                format!("{kind}/{target}/{name}"),
                fs::read(entry.path()).expect("read"),
            ));
        }
    }
    found.sort();
    found
}

fn replay_all(target: &str, check: fn(&[u8])) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no inputs for {target}");
    for (name, data) in inputs {
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{name} fails the {target} check");
    }
}

#[test]
fn capture_reader_inputs() {
    replay_all("capture_reader", dxedge_testbench::fuzzing::capture_reader);
}

#[test]
fn config_parser_inputs() {
    replay_all("config_parser", dxedge_testbench::fuzzing::config_parser);
}

#[test]
fn frame_inputs() {
    replay_all("frame", dxedge_testbench::fuzzing::frame);
}
