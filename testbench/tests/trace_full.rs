//! `--trace` where it cannot be written whole (a full file system) or where the run would
//! throw it away (inside `--out`).

use std::fs;

#[path = "common/run.rs"]
mod run;
#[path = "common/tmpfs.rs"]
mod tmpfs;

use run::*;

// ---------------------------------------------------------------------------------------
// Item: --trace and outputs on a full file system

#[test]
fn a_trace_on_a_full_file_system_fails_in_one_line_and_leaves_nothing() {
    if !verilator() {
        return;
    }
    let (config, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut failed = 0;
    // From too small for the FST writer's first pages to room for the whole FST (a VCD is
    // larger); both ends must behave.
    for size in ["16k", "256k", "1m", "8m"] {
        let Some(fs_) = tmpfs::Tmpfs::mount(size) else {
            return;
        };
        for name in ["waves.fst", "waves.vcd"] {
            let out = dir.path().join("out");
            let trace = fs_.path().join(name);
            let done = replay(
                &config,
                &input,
                &out,
                &["--trace", trace.to_str().expect("utf-8")],
            );
            if done.status.success() {
                assert!(out.join("counters.json").exists());
                if name.ends_with(".fst") {
                    dxedge_testbench::trace::check_fst(&trace).expect("a whole FST");
                } else {
                    let text = fs::read_to_string(&trace).expect("the VCD");
                    assert!(text.contains("$enddefinitions"));
                }
                assert_eq!(fs_.names(), [name.to_string()], "{size}: only the trace");
                fs::remove_dir_all(&out).expect("clean");
                fs::remove_file(&trace).expect("clean");
            } else {
                failed += 1;
                assert_one_line(&done, 1, &["cannot write the trace", name]);
                assert!(
                    fs_.names().is_empty(),
                    "{size} {name}: left {:?}",
                    fs_.names()
                );
                assert!(!out.exists(), "{size} {name}: --out made anyway");
            }
            assert!(
                run_files(dir.path()).is_empty(),
                "{:?}",
                run_files(dir.path())
            );
        }
    }
    assert!(failed >= 2, "the small file systems made the trace fail");
}

// ---------------------------------------------------------------------------------------
// Item: a trace inside --out

#[test]
fn a_trace_inside_out_is_refused_at_the_start() {
    let (config, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    for prepared in [false, true] {
        if prepared {
            fs::create_dir(&out).expect("an empty --out");
        }
        for trace in [
            out.join("waves.fst"),
            dir.path().join("out/../out/sub/w.vcd"),
        ] {
            let done = replay(
                &config,
                &input,
                &out,
                &["--trace", trace.to_str().expect("utf-8")],
            );
            assert_one_line(&done, 2, &["--trace is inside --out"]);
            assert_eq!(out.exists(), prepared);
            assert!(!trace.exists());
        }
    }
}

#[test]
fn a_trace_in_a_directory_that_does_not_exist_is_refused_naming_it() {
    let (config, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let trace = dir.path().join("missing/w.fst");
    let done = replay(
        &config,
        &input,
        &out,
        &["--trace", trace.to_str().expect("utf-8")],
    );
    let line = assert_one_line(&done, 2, &["missing/w.fst", "is not a directory"]);
    assert!(!line.contains("dxedge-tmp"), "{line}");
    assert!(!out.exists());
}
