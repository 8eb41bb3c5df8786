//! `--out` against interruptions and company: signals, a second run on the same `--out`,
//! what a killed run leaves, names that are no directory, parents a failed run made.

use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "common/run.rs"]
mod run;
#[path = "common/tmpfs.rs"]
mod tmpfs;

use run::*;

// ---------------------------------------------------------------------------------------
// Items: signals, the lock on --out, leftovers of killed runs; pipes

#[test]
fn an_interrupted_run_removes_its_files_and_says_so() {
    let (config, _) = demo();
    let mut cases = vec![
        ("-INT", 130, "SIGINT", vec!["--engine", "model"]),
        ("-TERM", 143, "SIGTERM", vec!["--engine", "model"]),
        ("-HUP", 129, "SIGHUP", vec!["--engine", "model"]),
    ];
    if verilator() {
        cases.push(("-TERM", 143, "SIGTERM", vec!["--engine", "verilator"]));
    }
    for (signal, code, name, mut extra) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = fifo(dir.path(), "capture.pcap");
        let out = dir.path().join("new/out");
        let trace = dir.path().join("waves.fst");
        let trace_arg = trace.to_str().expect("utf-8").to_string();
        if extra.contains(&"verilator") {
            extra.extend(["--trace", &trace_arg]);
        }
        let (child, writer) = waiting_replay(&config, &input, &out, &extra);
        // A file no list of the run foresees (as a later version's new output would be):
        // the temporary directory is emptied whatever it holds.
        let temp = run_files(&dir.path().join("new"))
            .into_iter()
            .find(|n| n.contains(".dxedge-tmp-"))
            .expect("the temporary directory");
        fs::write(
            dir.path().join("new").join(temp).join("unforeseen.pcap"),
            "x",
        )
        .expect("write");
        kill(&child, signal);
        let done = wait(child, LIMIT);
        drop(writer);
        assert_one_line(&done, code, &[name, "interrupted", "removed"]);
        assert!(!out.exists());
        assert!(
            !dir.path().join("new").exists(),
            "the parent it made is gone"
        );
        assert!(
            run_files(dir.path()).is_empty(),
            "{:?}",
            run_files(dir.path())
        );
        assert!(!trace.exists());
    }
}

/// A regular capture is read through a memory map: one cut short while it is replayed makes
/// the next page past its new end a SIGBUS, which must end the run like any other fault: one
/// line naming the capture, exit 1, and nothing of the run left behind.
#[test]
fn a_capture_truncated_under_the_replay_ends_it_naming_the_capture_with_no_outputs() {
    if !verilator() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let made = dir.path().join("made");
    // 600,000 frames of 64 bytes: at 10G the RTL takes at least 0.6 s for them, and a
    // quarter of a second for the 16 MiB the capture is cut to.
    let gen = Command::new(DXEDGE)
        .args([
            "gen",
            "--scenario",
            "min-size",
            "--seed",
            "1",
            "--count",
            "600000",
            "--out",
        ])
        .arg(&made)
        .output()
        .expect("dxedge gen");
    assert!(gen.status.success(), "{}", stderr(&gen));
    let (config, capture) = (made.join("appliance.toml"), made.join("capture.pcap"));
    let out = dir.path().join("out");
    let child = spawn(&replay_args(
        &config,
        &capture,
        &out,
        &["--engine", "verilator", "--speed", "10g"],
    ));
    // Cut it once the replay has it mapped (before it can have read a sixth of it).
    let maps = format!("/proc/{}/maps", child.id());
    let started = Instant::now();
    while !fs::read_to_string(&maps).is_ok_and(|m| m.contains(capture.to_str().expect("utf-8"))) {
        assert!(
            started.elapsed() < LIMIT,
            "the replay never mapped its capture"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    fs::OpenOptions::new()
        .write(true)
        .open(&capture)
        .and_then(|f| f.set_len(16 << 20))
        .expect("truncate the capture");
    let done = wait(child, LIMIT);
    assert_one_line(&done, 1, &["SIGBUS", "capture.pcap", "truncated"]);
    assert!(!out.exists(), "no outputs");
    assert!(
        run_files(dir.path()).is_empty(),
        "{:?}",
        run_files(dir.path())
    );
}

#[test]
fn a_second_run_on_the_same_out_is_refused_at_once_naming_the_first() {
    let (config, capture) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let input = fifo(dir.path(), "capture.pcap");
    let out = dir.path().join("out");
    fs::create_dir(&out).expect("out");
    fs::write(out.join("old"), "x").expect("old outputs");
    let (first, writer) = waiting_replay(&config, &input, &out, &["--engine", "model", "--force"]);
    let started = Instant::now();
    let second = replay(&config, &capture, &out, &["--engine", "model", "--force"]);
    assert!(started.elapsed() < Duration::from_secs(30), "at once");
    assert_one_line(
        &second,
        2,
        &[
            "in use by another dxedge run",
            &format!("pid {}", first.id()),
        ],
    );
    kill(&first, "-TERM");
    let _ = wait(first, LIMIT);
    drop(writer);
    assert!(out.join("old").exists(), "--out as it was");
    assert!(
        run_files(dir.path()).is_empty(),
        "{:?}",
        run_files(dir.path())
    );
}

#[test]
fn what_a_killed_run_leaves_is_removed_by_the_next_run() {
    let (config, capture) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let input = fifo(dir.path(), "capture.pcap");
    let out = dir.path().join("out");
    let (child, writer) = waiting_replay(&config, &input, &out, &["--engine", "model"]);
    kill(&child, "-KILL");
    let _ = wait(child, LIMIT);
    drop(writer);
    assert!(
        !run_files(dir.path()).is_empty(),
        "SIGKILL cannot be caught"
    );
    let done = replay(&config, &capture, &out, &["--engine", "model"]);
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    assert!(out.join("counters.json").exists());
    assert!(
        run_files(dir.path()).is_empty(),
        "{:?}",
        run_files(dir.path())
    );
}

#[test]
fn an_out_ending_in_dot_is_refused_at_the_start() {
    let (config, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    for out in ["x/.", "x/..", "x/./"] {
        let out = dir.path().join(out);
        let done = replay(&config, &input, &out, &["--engine", "model"]);
        assert_one_line(&done, 2, &["not `.` or `..`"]);
        assert!(!dir.path().join("x").exists());
    }
}

#[test]
fn parent_directories_made_by_a_failed_run_are_removed() {
    let (config, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = fs::read(input).expect("capture");
    bytes.truncate(bytes.len() - 3);
    let cut = dir.path().join("cut.pcap");
    fs::write(&cut, bytes).expect("write");
    let out = dir.path().join("a/b/c/out");
    let done = replay(&config, &cut, &out, &["--engine", "model"]);
    assert_one_line(&done, 2, &["cut.pcap", "packet"]);
    assert!(
        !dir.path().join("a").exists(),
        "a/b/c made by the run are gone"
    );
}

/// Runs with `--force` on one `--out` at once: each either replaces it or is refused at
/// once (the lock); none fails half-way, and nothing is left beside `--out`. (Before the
/// lock, about one trial in 300 failed with "Directory not empty" and left
/// `.out.dxedge-old-<pid>` behind.)
#[test]
fn concurrent_forced_runs_on_one_out_never_trip_over_each_other() {
    let (config, capture) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    for round in 0..6 {
        let children: Vec<_> = (0..6)
            .map(|_| {
                spawn(&replay_args(
                    &config,
                    &capture,
                    &out,
                    &["--engine", "model", "--force"],
                ))
            })
            .collect();
        let mut done = 0;
        for child in children {
            let output = wait(child, LIMIT);
            match output.status.code() {
                Some(0) => done += 1,
                Some(2) => assert!(
                    stderr(&output).contains("in use by another dxedge run"),
                    "round {round}: {}",
                    stderr(&output)
                ),
                _ => panic!("round {round}: {}", stderr(&output)),
            }
        }
        assert!(done >= 1, "round {round}: one run replaced --out");
        assert!(out.join("counters.json").exists() && out.join("run.json").exists());
        assert!(
            run_files(dir.path()).is_empty(),
            "{:?}",
            run_files(dir.path())
        );
    }
}
