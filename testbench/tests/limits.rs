//! One frame limit and one capacity for every engine, checked before anything runs: frames
//! up to the pipeline's length field processed alike by every engine, a longer record a
//! capture error, a config over the build's capacity refused, a config read with a limit.

use dxedge_testbench::capture::MAX_FRAME;

use std::fs;
use std::path::Path;

#[path = "common/run.rs"]
mod run;
#[path = "common/tmpfs.rs"]
mod tmpfs;

use run::*;

// ---------------------------------------------------------------------------------------
// Item: one frame limit and one capacity for every engine

#[test]
fn frames_far_longer_than_jumbo_are_forwarded_alike_by_every_engine() {
    let (config, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let lengths = [9_024, 20_000, 65_537, MAX_FRAME];
    let frames: Vec<Vec<u8>> = lengths.iter().map(|&l| jumbo_with_padding(l)).collect();
    let records: Vec<(&[u8], u32)> = frames.iter().map(|f| (&f[..], f.len() as u32)).collect();
    let input = dir.path().join("long.pcap");
    fs::write(&input, pcap(MAX_FRAME as u32, &records)).expect("write");

    let mut engines = vec![("model", vec!["--engine", "model"])];
    if verilator() {
        engines.push((
            "verilator-10g",
            vec!["--engine", "verilator", "--speed", "10g"],
        ));
        engines.push((
            "verilator-100g",
            vec!["--engine", "verilator", "--speed", "100g"],
        ));
    }
    let mut first: Option<(Vec<u8>, String)> = None;
    for (name, extra) in engines {
        let out = dir.path().join(name);
        let done = replay(&config, &input, &out, &extra);
        assert_eq!(done.status.code(), Some(0), "{name}: {}", stderr(&done));
        let forwarded = fs::read(out.join("vpc-a.pcap")).expect("vpc-a.pcap");
        let counters = fs::read_to_string(out.join("counters.json")).expect("counters");
        let got = records_of(&forwarded);
        assert_eq!(
            got.iter().map(Vec::len).collect::<Vec<_>>(),
            lengths,
            "{name}: every frame forwarded to vpc-a (tag kept), padding and all"
        );
        for (out_frame, in_frame) in got.iter().zip(&frames) {
            assert_eq!(
                out_frame[18 + 8992..],
                in_frame[18 + 8992..],
                "{name}: padding kept"
            );
            assert_eq!(out_frame[26], in_frame[26] - 1, "{name}: TTL decremented");
        }
        match &first {
            None => first = Some((forwarded, counters)),
            Some((f, c)) => {
                assert!(
                    *f == forwarded,
                    "{name}: vpc-a.pcap differs from the model's"
                );
                assert_eq!(*c, counters, "{name}: counters differ from the model's");
            }
        }
        fs::remove_dir_all(&out).expect("clean");
    }
}

#[test]
fn a_record_longer_than_the_pipeline_takes_is_a_capture_error_for_every_engine() {
    let (config, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let small = jumbo_with_padding(9_100);
    let over = jumbo_with_padding(MAX_FRAME + 1);
    let input = dir.path().join("over.pcap");
    fs::write(
        &input,
        pcap(
            MAX_FRAME as u32 + 1,
            &[(&small, small.len() as u32), (&over, over.len() as u32)],
        ),
    )
    .expect("write");
    let mut engines = vec!["model"];
    if verilator() {
        engines.push("verilator");
    }
    for engine in engines {
        let out = dir.path().join(format!("out-{engine}"));
        let done = replay(&config, &input, &out, &["--engine", engine]);
        assert_one_line(
            &done,
            2,
            &[
                "over.pcap",
                "packet 2",
                "16777216 captured bytes",
                "16777215",
            ],
        );
        assert!(!out.exists(), "{engine}: nothing written");
        assert!(
            run_files(dir.path()).is_empty(),
            "{:?}",
            run_files(dir.path())
        );
    }
}

/// A config of `vifs` VIFs and `targets` targets, each VIF with one route.
fn wide_config(vifs: usize, targets: usize) -> String {
    let mut text = String::from("[port]\nmac = \"02:00:00:00:00:01\"\n");
    for v in 0..vifs {
        text.push_str(&format!(
            "[[vif]]\nname = \"v{v}\"\nkind = \"private\"\nvlan = {}\n",
            v + 1
        ));
    }
    for t in 0..targets {
        text.push_str(&format!(
            "[[target]]\nname = \"t{t}\"\nmac = \"02:aa:00:00:{:02x}:{:02x}\"\n",
            t >> 8,
            t & 0xff
        ));
    }
    text.push_str("[[route]]\nvif = \"v0\"\nprefix = \"10.0.0.0/8\"\ntarget = \"t0\"\n");
    text
}

#[test]
fn a_config_over_the_pipelines_capacity_is_refused_by_every_engine_before_it_runs() {
    let (_, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        (
            "targets.toml",
            wide_config(4, 2_004),
            "2004 targets; the pipeline holds 1024",
        ),
        (
            "vifs.toml",
            wide_config(4_094, 4),
            "4094 VIFs; the pipeline holds 256",
        ),
    ];
    let mut engines = vec!["model"];
    if verilator() {
        engines.push("verilator");
    }
    for (name, text, what) in &cases {
        let config = dir.path().join(name);
        fs::write(&config, text).expect("write");
        for engine in &engines {
            let out = dir.path().join("out");
            let done = replay(&config, &input, &out, &["--engine", engine]);
            let line = assert_one_line(&done, 2, &[name, what, "does not fit"]);
            assert_eq!(
                line.matches("the pipeline holds").count(),
                1,
                "said once: {line}"
            );
            assert!(!out.exists());
        }
    }
}

#[test]
fn an_endless_config_is_refused() {
    let (_, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let done = replay(Path::new("/dev/zero"), &input, &out, &["--engine", "model"]);
    assert_one_line(&done, 2, &["/dev/zero", "64 MiB"]);
    assert!(!out.exists());
}
