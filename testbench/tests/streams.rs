//! Captures read as streams: FIFOs and standard input, classic pcap and pcapng.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[path = "common/run.rs"]
mod run;
#[path = "common/tmpfs.rs"]
mod tmpfs;

use run::*;

#[test]
fn captures_are_read_as_streams_from_fifos_and_standard_input() {
    let (config, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    for format in ["pcap", "pcapng"] {
        let gen = wait(
            spawn(&[
                "gen".as_ref(),
                "--scenario".as_ref(),
                "demo".as_ref(),
                "--format".as_ref(),
                format.as_ref(),
                "--out".as_ref(),
                dir.path().join(format).as_os_str(),
            ]),
            LIMIT,
        );
        assert!(gen.status.success(), "{}", stderr(&gen));
        let file = dir.path().join(format).join(format!("capture.{format}"));
        let bytes = fs::read(&file).expect("capture");
        let reference = dir.path().join(format!("{format}-file"));
        let done = replay(&config, &file, &reference, &["--engine", "model"]);
        assert!(done.status.success(), "{}", stderr(&done));
        let expected = outputs(&reference);

        // A FIFO, written by another thread.
        let input = fifo(dir.path(), &format!("{format}.fifo"));
        let out = dir.path().join(format!("{format}-fifo"));
        let child = spawn(&replay_args(&config, &input, &out, &["--engine", "model"]));
        let writer = {
            let input = input.clone();
            let bytes = bytes.clone();
            std::thread::spawn(move || {
                let mut w = fs::OpenOptions::new()
                    .write(true)
                    .open(input)
                    .expect("open");
                let _ = w.write_all(&bytes);
            })
        };
        let done = wait(child, LIMIT);
        writer.join().expect("writer");
        assert!(done.status.success(), "{format} FIFO: {}", stderr(&done));
        assert!(outputs(&out) == expected, "{format} FIFO: outputs differ");

        // Standard input, as `-` and as /dev/stdin, from a pipe.
        for name in ["-", "/dev/stdin"] {
            let out = dir.path().join(format!("{format}-stdin-{}", name.len()));
            let mut child = Command::new(DXEDGE)
                .args(replay_args(
                    &config,
                    Path::new(name),
                    &out,
                    &["--engine", "model"],
                ))
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("starts");
            let mut stdin = child.stdin.take().expect("stdin");
            let feed = {
                let bytes = bytes.clone();
                std::thread::spawn(move || {
                    let _ = stdin.write_all(&bytes);
                })
            };
            let done = wait(child, LIMIT);
            feed.join().expect("feed");
            assert!(done.status.success(), "{format} {name}: {}", stderr(&done));
            assert!(outputs(&out) == expected, "{format} {name}: outputs differ");
        }
    }
}
