//! Running the `dxedge` binary from tests with a bound on its time, and the inputs several
//! test files build (captures, FIFOs fed by hand).
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use dxedge_testbench::craft::{ipv4_packet, tagged, udp};

pub const DXEDGE: &str = env!("CARGO_BIN_EXE_dxedge");
/// Longest a run here may take (a debug build on a busy machine).
pub const LIMIT: Duration = Duration::from_secs(120);

pub fn demo() -> (PathBuf, PathBuf) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo");
    (dir.join("appliance.toml"), dir.join("capture.pcap"))
}

/// Wait for `child` at most `limit`; kill it past that and fail.
pub fn wait(mut child: Child, limit: Duration) -> Output {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => return child.wait_with_output().expect("output"),
            Ok(None) if started.elapsed() < limit => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("dxedge did not finish within {limit:?}");
            }
        }
    }
}

pub fn spawn(args: &[&std::ffi::OsStr]) -> Child {
    Command::new(DXEDGE)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dxedge starts")
}

pub fn replay_args<'a>(
    config: &'a Path,
    input: &'a Path,
    out: &'a Path,
    extra: &'a [&'a str],
) -> Vec<&'a std::ffi::OsStr> {
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "replay".as_ref(),
        "--config".as_ref(),
        config.as_os_str(),
        "--input".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    args.extend(extra.iter().map(|a| std::ffi::OsStr::new(*a)));
    args
}

pub fn replay(config: &Path, input: &Path, out: &Path, extra: &[&str]) -> Output {
    wait(spawn(&replay_args(config, input, out, extra)), LIMIT)
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exit `code`, one line on stderr holding every `words`.
pub fn assert_one_line(output: &Output, code: i32, words: &[&str]) -> String {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {text}");
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
    for w in words {
        assert!(text.contains(w), "{w:?} not in {text}");
    }
    text
}

/// Names in `dir` that a run leaves only while it runs.
pub fn run_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains(".dxedge-") || n.ends_with(".hier") || n.ends_with(".part"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A classic pcap (little-endian, microseconds) of `snaplen` holding `records` as (captured
/// bytes, original length).
pub fn pcap(snaplen: u32, records: &[(&[u8], u32)]) -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&4u16.to_le_bytes());
    bytes.extend_from_slice(&[0; 8]);
    bytes.extend_from_slice(&snaplen.to_le_bytes());
    bytes.extend_from_slice(&1u32.to_le_bytes());
    for (i, (data, orig_len)) in records.iter().enumerate() {
        for word in [1_700_000_000 + i as u32, 0, data.len() as u32, *orig_len] {
            bytes.extend_from_slice(&word.to_le_bytes());
        }
        bytes.extend_from_slice(data);
    }
    bytes
}

/// A frame of `len` bytes on the demo's corp-private VIF (VLAN 101, MTU 9001) to vpc-a
/// (10.1.0.0/16): an 8,992-byte IPv4 packet, then Ethernet padding up to `len`.
pub fn jumbo_with_padding(len: usize) -> Vec<u8> {
    let ip = ipv4_packet(
        Ipv4Addr::new(192, 168, 1, 1),
        Ipv4Addr::new(10, 1, 2, 3),
        64,
        17,
        &[],
        &udp(1000, 2000, 8972, 0x5a),
    );
    let mut frame = tagged(
        [0x02, 0, 0x5e, 0, 0, 1],
        [0x02, 0xcc, 0, 0, 0, 1],
        101,
        0x0800,
        &ip,
    );
    assert!(frame.len() <= len);
    frame.resize(len, 0xee);
    frame
}

/// The records of a classic pcap: (incl_len, data).
pub fn records_of(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut at = 24;
    while at + 16 <= bytes.len() {
        let incl = u32::from_le_bytes(bytes[at + 8..at + 12].try_into().expect("4")) as usize;
        out.push(bytes[at + 16..at + 16 + incl].to_vec());
        at += 16 + incl;
    }
    out
}

/// Whether to run a test's Verilator part: the models must be there unless the developer
/// opted out (`DXEDGE_SKIP=verilator`; see `dxedge_host::tools`).
pub fn verilator() -> bool {
    dxedge_sim::require_models()
}

/// A FIFO in `dir`, removed with `dir`.
pub fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let status = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
    assert!(status.success());
    path
}

/// A replay reading `input` (a FIFO) into `out`, fed the pcap header and a few records of
/// the demo, then left waiting for more; returns it and the open writer.
pub fn waiting_replay(
    config: &Path,
    input: &Path,
    out: &Path,
    extra: &[&str],
) -> (Child, fs::File) {
    let child = spawn(&replay_args(config, input, out, extra));
    // Opening blocks until the replay opens its end.
    let mut writer = fs::OpenOptions::new()
        .write(true)
        .open(input)
        .expect("open the FIFO");
    let (_, capture) = demo();
    let bytes = fs::read(capture).expect("demo capture");
    writer.write_all(&bytes[..24 + 200]).expect("feed");
    let parent = out.parent().expect("parent");
    let started = Instant::now();
    while !run_files(parent).iter().any(|n| n.contains(".dxedge-tmp-")) {
        assert!(
            started.elapsed() < LIMIT,
            "the replay never started its outputs"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    (child, writer)
}

pub fn kill(child: &Child, signal: &str) {
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

/// Every output file of a run, by name.
pub fn outputs(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(out)
        .expect("out")
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, fs::read(e.path()).expect("read"))
        })
        .filter(|(name, _)| name != "run.json")
        .collect();
    files.sort();
    files
}
