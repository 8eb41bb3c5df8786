//! `dxedge replay` and `dxedge gen` through the binary, as a user runs them: outputs, exit
//! codes, messages, the `--out` rule.

use std::fs;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dxedge_host::tools::{self, Tool};
use dxedge_testbench::craft::{ipv4_packet, tagged, udp, untagged};
use pcap_file::pcap::PcapReader;
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketOption;
use pcap_file::pcapng::{Block, PcapNgReader};
use pcap_file::TsResolution;

const DXEDGE: &str = env!("CARGO_BIN_EXE_dxedge");

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn demo() -> (PathBuf, PathBuf) {
    let dir = repo().join("testbench/scenarios/demo");
    (dir.join("appliance.toml"), dir.join("capture.pcap"))
}

fn dxedge(args: &[&str]) -> Output {
    Command::new(DXEDGE)
        .args(args)
        .output()
        .expect("dxedge runs")
}

fn replay(config: &Path, input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "replay",
        "--config",
        config.to_str().expect("utf-8 path"),
        "--input",
        input.to_str().expect("utf-8 path"),
        "--out",
        out.to_str().expect("utf-8 path"),
    ];
    args.extend_from_slice(extra);
    dxedge(&args)
}

fn model(config: &Path, input: &Path, out: &Path) -> Output {
    replay(config, input, out, &["--engine", "model"])
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A refused run: exit 2, one line on stderr holding every `words`, nothing in `out`.
fn assert_refused(output: &Output, out: &Path, words: &[&str]) {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(2), "stderr: {text}");
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
    for w in words {
        assert!(text.contains(w), "{w:?} not in {text}");
    }
    assert!(!out.exists(), "{} was created", out.display());
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// FNV-1a, to snapshot file contents compactly.
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

/// (seconds, fraction, original length, data) of each record.
type Records = Vec<(u32, u32, u32, Vec<u8>)>;

fn pcap_records(path: &Path) -> (TsResolution, Records) {
    let mut reader = PcapReader::new(fs::File::open(path).expect("open")).expect("pcap");
    let resolution = reader.header().ts_resolution;
    let mut records = Vec::new();
    while let Some(packet) = reader.next_raw_packet() {
        let p = packet.expect("record");
        records.push((p.ts_sec, p.ts_frac, p.orig_len, p.data.to_vec()));
    }
    (resolution, records)
}

/// (raw timestamp, original length, data, comment) of every packet in a drops file.
fn drops(path: &Path) -> Vec<(u64, u32, Vec<u8>, String)> {
    let mut reader = PcapNgReader::new(fs::File::open(path).expect("open")).expect("pcapng");
    let mut packets = Vec::new();
    while let Some(block) = reader.next_block() {
        if let Block::EnhancedPacket(epb) = block.expect("block") {
            let comment = epb
                .options
                .iter()
                .find_map(|o| match o {
                    EnhancedPacketOption::Comment(c) => Some(c.to_string()),
                    _ => None,
                })
                .unwrap_or_default();
            packets.push((
                epb.timestamp.as_nanos() as u64,
                epb.original_len,
                epb.data.to_vec(),
                comment,
            ));
        }
    }
    packets
}

/// What any counters.json must satisfy, whatever the traffic: the snapshots hold values the
/// implementation wrote itself, so these are what make them more than a record of its output.
/// Frames arrive on `arrive` (to-aws: the VIFs) and leave to `leave` (to-aws: the targets).
fn assert_counters_add_up(out: &Path, arrive: &str, leave: &str) {
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&fs::read_to_string(out.join(name)).expect("read")).expect("json")
    };
    let (counters, run) = (read("counters.json"), read("run.json"));
    let n = |v: &serde_json::Value, k: &str| v[k].as_u64().unwrap_or_else(|| panic!("{k}: {v}"));
    let sum = |side: &str, k: &str| -> u64 {
        counters[side]
            .as_object()
            .expect("rows")
            .values()
            .map(|row| n(row, k))
            .sum()
    };
    // Each frame that arrives ends in exactly one outcome.
    for (name, row) in counters[arrive].as_object().expect("rows") {
        assert_eq!(
            n(row, "rx_packets"),
            n(row, "forwarded_packets") + n(row, "punted_packets") + n(row, "dropped_packets"),
            "{arrive} {name}"
        );
    }
    // Every forward leaves once.
    assert_eq!(
        sum(arrive, "forwarded_packets"),
        sum(leave, "tx_packets"),
        "forwarded vs sent"
    );
    assert_eq!(
        sum(arrive, "punted_packets"),
        n(&counters, "punted_packets"),
        "punts"
    );
    // Every record is counted once: on the row it arrived on, or as a drop made before
    // the row is known; the drops made after it are the rows' drops.
    let drops = &counters["drops"];
    let early = ["truncated_capture", "malformed", "unknown_vlan"];
    let early_drops: u64 = early.iter().map(|k| n(drops, k)).sum();
    assert_eq!(
        sum(arrive, "rx_packets") + early_drops,
        n(&run, "packets"),
        "records in run.json"
    );
    let late_drops: u64 = drops
        .as_object()
        .expect("drops")
        .iter()
        .filter(|(k, _)| !early.contains(&k.as_str()))
        .map(|(k, _)| n(drops, k))
        .sum();
    assert_eq!(
        sum(arrive, "dropped_packets"),
        late_drops,
        "drops by reason"
    );
}

#[test]
fn the_demo_writes_every_output_and_they_match_the_snapshots() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let output = model(&config, &input, &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        files_in(&out),
        [
            "counters.json",
            "drops.pcapng",
            "internet.pcap",
            "punt.pcap",
            "run.json",
            "tgw.pcap",
            "vpc-a.pcap",
            "vpc-b.pcap"
        ]
    );
    insta::assert_snapshot!(
        "demo_counters",
        fs::read_to_string(out.join("counters.json")).expect("read")
    );
    assert_counters_add_up(&out, "vifs", "targets");

    let mut digest = String::new();
    for name in files_in(&out)
        .iter()
        .filter(|n| n.ends_with(".pcap") || n.ends_with(".pcapng"))
    {
        let bytes = fs::read(out.join(name)).expect("read");
        let records = if name.ends_with(".pcapng") {
            drops(&out.join(name)).len()
        } else {
            pcap_records(&out.join(name)).1.len()
        };
        digest.push_str(&format!(
            "{name}: {records} records, {} bytes, fnv64 {:016x}\n",
            bytes.len(),
            fnv64(&bytes)
        ));
    }
    insta::assert_snapshot!("demo_files", digest);

    // The first records of each capture, headers in hex, for a reviewer to read.
    let mut listing = String::new();
    for name in files_in(&out).iter().filter(|n| n.ends_with(".pcap")) {
        listing.push_str(&format!("{name}\n"));
        for (secs, frac, orig_len, data) in pcap_records(&out.join(name)).1.iter().take(3) {
            let head: String = data.iter().take(42).map(|b| format!("{b:02x}")).collect();
            listing.push_str(&format!(
                "  {secs}.{frac:06} len {} orig {orig_len} {head}\n",
                data.len()
            ));
        }
    }
    for (units, orig_len, data, comment) in drops(&out.join("drops.pcapng")).iter().take(12) {
        let head: String = data.iter().take(24).map(|b| format!("{b:02x}")).collect();
        listing.push_str(&format!(
            "drops {units} len {} orig {orig_len} {comment}: {head}\n",
            data.len()
        ));
    }
    insta::assert_snapshot!("demo_records", listing);

    // The table, less its first line (which holds the wall time).
    let table = String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(
        "demo_summary",
        table.replace(out.to_str().expect("utf-8"), "<out>")
    );

    let run: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("run.json")).expect("read"))
            .expect("json");
    let keys: Vec<&str> = run
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["direction", "engine", "packets", "speed", "wall_seconds"]
    );
    assert_eq!(
        (
            run["engine"].as_str(),
            run["speed"].as_str(),
            run["packets"].as_u64()
        ),
        (Some("model"), Some("10g"), Some(600))
    );
    assert!(run["wall_seconds"].as_f64().is_some_and(|s| s > 0.0));
}

#[test]
fn the_other_scenarios_replay_to_the_snapshotted_counters() {
    let tmp = tempfile::tempdir().expect("tmp");
    for (scenario, count) in [("min-size", "1000"), ("imix", "2000"), ("jumbo", "100")] {
        let dir = tmp.path().join(scenario);
        let output = dxedge(&[
            "gen",
            "--scenario",
            scenario,
            "--seed",
            "7",
            "--count",
            count,
            "--out",
            dir.to_str().expect("utf-8"),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let out = dir.join("out");
        let output = model(&dir.join("appliance.toml"), &dir.join("capture.pcap"), &out);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        insta::assert_snapshot!(
            format!("{scenario}_counters"),
            fs::read_to_string(out.join("counters.json")).expect("read")
        );
        assert_counters_add_up(&out, "vifs", "targets");
    }
}

#[test]
fn the_bundled_demo_is_what_gen_writes_today() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("demo");
    let output = dxedge(&[
        "gen",
        "--scenario",
        "demo",
        "--seed",
        "1",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (config, input) = demo();
    assert_eq!(
        fs::read(out.join("appliance.toml")).expect("read"),
        fs::read(config).expect("read")
    );
    assert_eq!(
        fs::read(out.join("capture.pcap")).expect("read"),
        fs::read(input).expect("read")
    );
}

#[test]
fn outputs_keep_input_order_timestamps_and_the_drop_reasons() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    assert_eq!(model(&config, &input, &out).status.code(), Some(0));
    let (_, inputs) = pcap_records(&input);
    let (resolution, punted) = pcap_records(&out.join("punt.pcap"));
    assert_eq!(resolution, TsResolution::MicroSecond, "as the input");
    // Punted frames are unchanged, in input order, with their timestamps.
    let mut from = 0;
    for (secs, frac, orig_len, data) in &punted {
        let at = inputs[from..]
            .iter()
            .position(|r| r.3 == *data)
            .expect("an input frame")
            + from;
        assert_eq!(
            (inputs[at].0, inputs[at].1, inputs[at].2),
            (*secs, *frac, *orig_len)
        );
        from = at + 1;
    }
    let dropped = drops(&out.join("drops.pcapng"));
    let reasons: std::collections::BTreeSet<&str> = dropped.iter().map(|d| d.3.as_str()).collect();
    assert_eq!(
        reasons.into_iter().collect::<Vec<_>>(),
        [
            "bad_ipv4",
            "malformed",
            "mtu_exceeded",
            "no_route",
            "truncated_capture",
            "ttl_expired",
            "unknown_vlan",
            "unsupported_ethertype"
        ]
    );
    assert!(dropped.windows(2).all(|w| w[0].0 <= w[1].0), "input order");
    // A truncated record keeps its original length.
    assert!(dropped
        .iter()
        .any(|d| d.3 == "truncated_capture" && (d.1 as usize) > d.2.len()));
}

#[test]
fn drops_pcapng_opens_in_tshark_with_the_reasons_as_comments() {
    if !tools::require(Tool::Tshark) {
        return;
    }
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    assert_eq!(model(&config, &input, &out).status.code(), Some(0));
    let shown = Command::new("tshark")
        .args([
            "-r",
            out.join("drops.pcapng").to_str().expect("utf-8"),
            "-T",
            "fields",
            "-e",
            "frame.comment",
            "-e",
            "frame.packet_id",
        ])
        .output()
        .expect("tshark runs");
    assert!(
        shown.status.success(),
        "{}",
        String::from_utf8_lossy(&shown.stderr)
    );
    let shown: Vec<(String, u64)> = String::from_utf8_lossy(&shown.stdout)
        .lines()
        .map(|l| {
            let (comment, id) = l.split_once('\t').expect("two fields");
            (comment.to_string(), id.parse().expect("a packet id"))
        })
        .collect();
    let expected: Vec<String> = drops(&out.join("drops.pcapng"))
        .into_iter()
        .map(|d| d.3)
        .collect();
    let comments: Vec<String> = shown.iter().map(|(c, _)| c.clone()).collect();
    assert_eq!(comments, expected);
    // Each drop names its input frame (epb_packetid): the frame at that place in the
    // capture is the frame dropped.
    let (_, input_records) = pcap_records(&input);
    let dropped = drops(&out.join("drops.pcapng"));
    assert!(shown.windows(2).all(|w| w[0].1 < w[1].1), "input order");
    for ((_, id), d) in shown.iter().zip(&dropped) {
        assert_eq!(input_records[*id as usize - 1].3, d.2, "packet {id}");
    }
    // And the pcaps open too.
    let listed = Command::new("tshark")
        .args(["-r", out.join("vpc-a.pcap").to_str().expect("utf-8")])
        .output()
        .expect("tshark runs");
    assert!(listed.status.success());
}

#[test]
fn every_engine_and_speed_writes_the_same_files() {
    if !dxedge_sim::require_models() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    for (direction, (config, input)) in [("to-aws", demo()), ("to-customer", demo_to_customer())] {
        let reference = tmp.path().join(format!("model-{direction}"));
        let output = replay(
            &config,
            &input,
            &reference,
            &["--engine", "model", "--direction", direction],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        for speed in ["10g", "100g"] {
            let out = tmp.path().join(format!("{direction}-{speed}"));
            let output = replay(
                &config,
                &input,
                &out,
                &[
                    "--engine",
                    "verilator",
                    "--speed",
                    speed,
                    "--direction",
                    direction,
                ],
            );
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            assert_eq!(files_in(&out), files_in(&reference));
            for name in files_in(&reference).iter().filter(|n| *n != "run.json") {
                assert!(
                    fs::read(out.join(name)).expect("read")
                        == fs::read(reference.join(name)).expect("read"),
                    "{name} {direction} at {speed}"
                );
            }
            let run: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(out.join("run.json")).expect("read"))
                    .expect("json");
            assert_eq!(run["speed"], speed);
            assert_eq!(run["direction"], direction);
            let (cycles, beats) = (
                run["cycles"].as_u64().expect("cycles"),
                run["input_beats"].as_u64().expect("input_beats"),
            );
            assert!(cycles <= beats + 64, "{direction} {speed}: line rate");
        }
    }
}

#[test]
fn speed_defaults_to_the_config_and_the_flag_wins() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let fast = tmp.path().join("fast.toml");
    fs::write(
        &fast,
        fs::read_to_string(&config)
            .expect("read")
            .replace("speed = \"10g\"", "speed = \"100g\""),
    )
    .expect("write");
    let speed_of = |out: &Path| -> String {
        let run: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(out.join("run.json")).expect("read"))
                .expect("json");
        run["speed"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(
        model(&fast, &input, &tmp.path().join("a")).status.code(),
        Some(0)
    );
    assert_eq!(speed_of(&tmp.path().join("a")), "100g");
    let output = replay(
        &fast,
        &input,
        &tmp.path().join("b"),
        &["--engine", "model", "--speed", "10g"],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(speed_of(&tmp.path().join("b")), "10g");
}

/// A classic pcap: header, then (secs, frac, data, orig_len) records.
fn classic(
    big_endian: bool,
    nano: bool,
    link: u32,
    records: &[(u32, u32, Vec<u8>, u32)],
) -> Vec<u8> {
    let w32 = |v: u32| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let mut file = Vec::new();
    file.extend_from_slice(&w32(if nano { 0xa1b23c4d } else { 0xa1b2c3d4 }));
    file.extend_from_slice(
        &(if big_endian {
            [0, 2, 0, 4]
        } else {
            [2, 0, 4, 0]
        }),
    );
    file.extend_from_slice(&w32(0));
    file.extend_from_slice(&w32(0));
    file.extend_from_slice(&w32(262144));
    file.extend_from_slice(&w32(link));
    for (secs, frac, data, orig_len) in records {
        file.extend_from_slice(&w32(*secs));
        file.extend_from_slice(&w32(*frac));
        file.extend_from_slice(&w32(data.len() as u32));
        file.extend_from_slice(&w32(*orig_len));
        file.extend_from_slice(data);
    }
    file
}

/// A forwarded frame on the demo's corp-private VIF (VID 101) to 10.1.2.3 (vpc-a).
fn forwarded_frame() -> Vec<u8> {
    let ip = ipv4_packet(
        Ipv4Addr::new(192, 0, 2, 1),
        Ipv4Addr::new(10, 1, 2, 3),
        64,
        17,
        &[],
        &udp(1, 9, 30, 0),
    );
    tagged([2, 0, 0x5e, 0, 0, 1], [2, 0, 0, 0, 0, 9], 101, 0x0800, &ip)
}

#[test]
fn classic_inputs_in_either_byte_order_and_resolution_keep_their_timestamps() {
    let (config, _) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    for big in [false, true] {
        for nano in [false, true] {
            let frac = if nano { 123_456_789 } else { 123_456 };
            let input = tmp.path().join(format!("in-{big}-{nano}.pcap"));
            let frame = forwarded_frame();
            let len = frame.len() as u32;
            fs::write(
                &input,
                classic(
                    big,
                    nano,
                    1,
                    &[(1_700_000_001, frac, frame, len), (7, 8, vec![], 0)],
                ),
            )
            .expect("write");
            let out = tmp.path().join(format!("out-{big}-{nano}"));
            let output = model(&config, &input, &out);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            let (resolution, records) = pcap_records(&out.join("vpc-a.pcap"));
            assert_eq!(
                resolution,
                if nano {
                    TsResolution::NanoSecond
                } else {
                    TsResolution::MicroSecond
                }
            );
            assert_eq!((records[0].0, records[0].1), (1_700_000_001, frac));
            // 0-byte record: malformed.
            let dropped = drops(&out.join("drops.pcapng"));
            let per_second = if nano { 1_000_000_000 } else { 1_000_000 };
            assert_eq!(
                (dropped[0].0, dropped[0].1, dropped[0].3.as_str()),
                (7 * per_second + 8, 0, "malformed")
            );
        }
    }
}

#[test]
fn pcapng_inputs_follow_the_resolution_rule() {
    let tmp = tempfile::tempdir().expect("tmp");
    let scenario = tmp.path().join("ng");
    let output = dxedge(&[
        "gen",
        "--scenario",
        "demo",
        "--count",
        "40",
        "--format",
        "pcapng",
        "--out",
        scenario.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let classic_dir = tmp.path().join("classic");
    let output = dxedge(&[
        "gen",
        "--scenario",
        "demo",
        "--count",
        "40",
        "--nanos",
        "--out",
        classic_dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    // One interface is in nanoseconds, so the outputs are; and they equal the outputs of
    // the same records from a nanosecond classic pcap, except where the microsecond
    // interface's records have lost their nanoseconds.
    let out = tmp.path().join("out");
    let output = model(
        &scenario.join("appliance.toml"),
        &scenario.join("capture.pcapng"),
        &out,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let classic_out = tmp.path().join("classic-out");
    assert_eq!(
        model(
            &classic_dir.join("appliance.toml"),
            &classic_dir.join("capture.pcap"),
            &classic_out
        )
        .status
        .code(),
        Some(0)
    );
    let (resolution, ng_records) = pcap_records(&out.join("vpc-a.pcap"));
    assert_eq!(resolution, TsResolution::NanoSecond);
    let (_, classic_records) = pcap_records(&classic_out.join("vpc-a.pcap"));
    assert_eq!(ng_records.len(), classic_records.len());
    for (ng, cl) in ng_records.iter().zip(&classic_records) {
        assert_eq!(ng.3, cl.3);
        assert_eq!(ng.0, cl.0);
        assert!(
            ng.1 == cl.1 || ng.1 == cl.1 / 1000 * 1000,
            "{} vs {}",
            ng.1,
            cl.1
        );
    }
    assert_eq!(
        fs::read(out.join("counters.json")).expect("read"),
        fs::read(classic_out.join("counters.json")).expect("read")
    );
}

#[test]
fn an_empty_capture_writes_every_file_with_zero_counters() {
    let (config, _) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let input = tmp.path().join("empty.pcap");
    fs::write(&input, classic(false, false, 1, &[])).expect("write");
    let out = tmp.path().join("out");
    assert_eq!(model(&config, &input, &out).status.code(), Some(0));
    assert_eq!(files_in(&out).len(), 8);
    for name in ["vpc-a.pcap", "punt.pcap"] {
        assert_eq!(
            fs::read(out.join(name)).expect("read").len(),
            24,
            "{name}: a header and nothing else"
        );
    }
    let counters: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
            .expect("json");
    assert_eq!(counters["vifs"]["transit-gw"]["rx_bytes"], 0);
    assert_eq!(counters["drops"]["truncated_capture"], 0);
    assert_eq!(counters["punted_packets"], 0);
}

#[test]
fn a_bad_config_is_exit_2_naming_file_line_and_field() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let bad = tmp.path().join("bad.toml");
    fs::write(
        &bad,
        fs::read_to_string(&config)
            .expect("read")
            .replacen("vlan = 102", "vlan = 4095", 1),
    )
    .expect("write");
    let out = tmp.path().join("out");
    let output = model(&bad, &input, &out);
    assert_refused(
        &output,
        &out,
        &[
            &format!("{}:18:8:", bad.display()),
            "(field `vif[1].vlan`)",
            "out of range",
        ],
    );

    fs::write(
        &bad,
        fs::read_to_string(&config)
            .expect("read")
            .replacen("[port]", "[port]\ncolor = 1", 1),
    )
    .expect("write");
    assert_refused(
        &model(&bad, &input, &out),
        &out,
        &["bad.toml:3:1:", "unknown field `color`"],
    );

    let missing = tmp.path().join("missing.toml");
    assert_refused(
        &model(&missing, &input, &out),
        &out,
        &["missing.toml: cannot read the config"],
    );
}

#[test]
fn bad_captures_are_exit_2_naming_file_and_packet() {
    let (config, _) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let input = tmp.path().join("in.pcap");

    fs::write(&input, classic(false, false, 105, &[])).expect("write");
    assert_refused(
        &model(&config, &input, &out),
        &out,
        &["in.pcap: link type 105 (IEEE802_11) is not supported"],
    );

    let frame = forwarded_frame();
    let len = frame.len() as u32;
    let mut cut = classic(
        false,
        false,
        1,
        &[
            (0, 0, frame.clone(), len),
            (0, 1, frame.clone(), len),
            (0, 2, frame.clone(), len),
        ],
    );
    cut.truncate(cut.len() - 1);
    fs::write(&input, &cut).expect("write");
    let third = format!(
        "in.pcap: packet 3 (at byte {}):",
        24 + 2 * (16 + frame.len())
    );
    let holds = format!(
        "its header says {len} captured bytes, the file holds {}",
        len - 1
    );
    assert_refused(&model(&config, &input, &out), &out, &[&third, &holds]);

    fs::write(&input, b"hello, I am not a capture").expect("write");
    assert_refused(
        &model(&config, &input, &out),
        &out,
        &["in.pcap: not a pcap or pcapng capture"],
    );

    let missing = tmp.path().join("missing.pcap");
    assert_refused(
        &model(&config, &missing, &out),
        &out,
        &["missing.pcap: cannot open the capture"],
    );
    // Nothing was left beside --out either.
    assert_eq!(files_in(tmp.path()), ["in.pcap"]);
}

#[test]
fn out_must_be_empty_unless_force_replaces_it() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    fs::create_dir(&out).expect("mkdir");
    fs::write(out.join("keep.txt"), "mine").expect("write");
    let output = model(&config, &input, &out);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--out exists and is not empty (give --force to replace it)"));
    assert_eq!(files_in(&out), ["keep.txt"]);

    let output = replay(&config, &input, &out, &["--engine", "model", "--force"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!out.join("keep.txt").exists());
    assert!(out.join("counters.json").exists());
    assert_eq!(files_in(tmp.path()), ["out"], "no temporary directory left");

    // A failed run with --force leaves the old outputs alone.
    let bad = tmp.path().join("bad.pcap");
    fs::write(&bad, b"not a capture at all").expect("write");
    let output = replay(&config, &bad, &out, &["--engine", "model", "--force"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(out.join("counters.json").exists());
}

#[test]
fn bad_arguments_are_exit_2_with_the_usual_message() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let output = replay(&config, &input, &out, &["--engine", "fpga"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("invalid value 'fpga' for '--engine"),
        "{}",
        stderr(&output)
    );
    let output = dxedge(&["replay", "--input", "x.pcap", "--out", "o"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--config"));
    let output = replay(
        &config,
        &input,
        &out,
        &["--engine", "model", "--trace", "t.fst"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--engine verilator"));
    let output = replay(&config, &input, &out, &["--speed", "40g"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
    let dir = out.to_str().expect("utf-8");
    let output = dxedge(&["gen", "--scenario", "demo", "--size", "128", "--out", dir]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("'--scenario fixed' only"));
    let output = dxedge(&["gen", "--scenario", "fixed", "--size", "9019", "--out", dir]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("9019"), "{}", stderr(&output));
    assert!(!out.exists());
}

#[test]
fn gen_fixed_writes_frames_of_the_size_asked() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("fixed");
    let output = dxedge(&[
        "gen",
        "--scenario",
        "fixed",
        "--size",
        "1518",
        "--count",
        "20",
        "--out",
        dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (_, records) = pcap_records(&dir.join("capture.pcap"));
    assert_eq!(records.len(), 20);
    assert!(records.iter().all(|r| r.3.len() == 1518));
    let out = dir.join("out");
    let output = model(&dir.join("appliance.toml"), &dir.join("capture.pcap"), &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let counters: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
            .expect("json");
    let forwarded: u64 = counters["vifs"]
        .as_object()
        .expect("vifs")
        .values()
        .map(|v| v["forwarded_packets"].as_u64().expect("count"))
        .sum();
    assert_eq!(forwarded, 20, "{counters}");
}

fn demo_to_customer() -> (PathBuf, PathBuf) {
    let dir = repo().join("testbench/scenarios/demo-to-customer");
    (dir.join("appliance.toml"), dir.join("capture.pcap"))
}

#[test]
fn a_to_customer_replay_writes_customer_pcap_and_the_to_customer_counters() {
    let (config, input) = demo_to_customer();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let output = replay(
        &config,
        &input,
        &out,
        &["--engine", "model", "--direction", "to-customer"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        files_in(&out),
        [
            "counters.json",
            "customer.pcap",
            "drops.pcapng",
            "punt.pcap",
            "run.json"
        ],
        "no <target>.pcap in a to-customer run"
    );
    let text = fs::read_to_string(out.join("counters.json")).expect("read");
    insta::assert_snapshot!("demo_to_customer_counters", text);
    assert_counters_add_up(&out, "targets", "vifs");
    let counters: serde_json::Value = serde_json::from_str(&text).expect("json");
    let keys: Vec<&str> = counters
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    // serde_json's map sorts its keys; the snapshot above holds the file's own order.
    assert_eq!(
        keys,
        ["direction", "drops", "punted_packets", "targets", "vifs"]
    );
    assert_eq!(counters["direction"], "to-customer");
    // Each target's frames end in exactly one outcome; every forward leaves on one VIF.
    let mut forwarded = 0;
    for (name, t) in counters["targets"].as_object().expect("targets") {
        let n = |k: &str| t[k].as_u64().expect("integer");
        assert_eq!(
            n("rx_packets"),
            n("forwarded_packets") + n("punted_packets") + n("dropped_packets"),
            "{name}"
        );
        forwarded += n("forwarded_packets");
    }
    let vifs = counters["vifs"].as_object().expect("vifs");
    assert_eq!(vifs.len(), 3);
    let sent: u64 = vifs
        .values()
        .map(|v| v["tx_packets"].as_u64().expect("integer"))
        .sum();
    assert_eq!(sent, forwarded);
    let (_, records) = pcap_records(&out.join("customer.pcap"));
    assert_eq!(records.len() as u64, forwarded);
    let run: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("run.json")).expect("read"))
            .expect("json");
    assert_eq!(run["direction"], "to-customer");

    // to-aws stays the default, and its run.json says so.
    let (config, input) = demo();
    let out = tmp.path().join("to-aws");
    let output = model(&config, &input, &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let run: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("run.json")).expect("read"))
            .expect("json");
    assert_eq!(run["direction"], "to-aws");
}

#[test]
fn the_bundled_to_customer_demo_is_what_gen_writes_today() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("demo");
    let output = dxedge(&[
        "gen",
        "--scenario",
        "demo",
        "--seed",
        "1",
        "--direction",
        "to-customer",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (config, input) = demo_to_customer();
    assert_eq!(
        fs::read(out.join("appliance.toml")).expect("read"),
        fs::read(config).expect("read")
    );
    assert_eq!(
        fs::read(out.join("capture.pcap")).expect("read"),
        fs::read(input).expect("read")
    );
}

#[test]
fn direction_arguments_are_checked() {
    let (config, input) = demo_to_customer();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let output = replay(&config, &input, &out, &["--direction", "to-vpc"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("possible values: to-aws, to-customer"));
    assert!(!out.exists());
    let output = dxedge(&[
        "gen",
        "--scenario",
        "jumbo",
        "--direction",
        "to-customer",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("jumbo"));
    assert!(!out.exists());
}

#[test]
fn check_summarises_a_config_that_fits_and_refuses_one_that_does_not() {
    let (config, _) = demo();
    let output = dxedge(&["check", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("fits the pipeline in both directions"),
        "{text}"
    );
    assert!(text.contains("LPM boundaries"), "{text}");
    assert!(text.lines().count() < 40, "one screen: {text}");

    let tmp = tempfile::tempdir().expect("tmp");
    let bad = tmp.path().join("bad.toml");
    fs::write(
        &bad,
        fs::read_to_string(&config)
            .expect("read")
            .replacen("mtu = 9001", "mtu = 9000", 1),
    )
    .expect("write");
    let output = dxedge(&["check", "--config", bad.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("bad.toml:") && err.contains("(field `vif[0].mtu`)"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn the_examples_replay_mostly_forwarded_and_their_captures_are_what_gen_writes() {
    let tmp = tempfile::tempdir().expect("tmp");
    for example in ["enterprise", "transit", "public"] {
        let dir = repo().join("examples").join(example);
        let config = dir.join("appliance.toml");
        let output = dxedge(&["check", "--config", config.to_str().expect("utf-8")]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{example}: {}",
            stderr(&output)
        );
        for direction in ["to-aws", "to-customer"] {
            let fresh = tmp.path().join(format!("{example}-{direction}"));
            let output = dxedge(&[
                "gen",
                "--scenario",
                "imix",
                "--seed",
                "1",
                "--count",
                "1000",
                "--config",
                config.to_str().expect("utf-8"),
                "--direction",
                direction,
                "--out",
                fresh.to_str().expect("utf-8"),
            ]);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            assert!(
                !fresh.join("appliance.toml").exists(),
                "the user's config is not written"
            );
            let bundled = dir.join(direction).join("capture.pcap");
            assert!(
                fs::read(fresh.join("capture.pcap")).expect("read")
                    == fs::read(&bundled).expect("read"),
                "{example} {direction}: regenerate it (examples/README.md)"
            );
            let out = tmp.path().join(format!("{example}-{direction}-out"));
            let output = replay(
                &config,
                &bundled,
                &out,
                &["--engine", "model", "--direction", direction],
            );
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            let counters: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
                    .expect("json");
            let ingress = if direction == "to-aws" {
                "vifs"
            } else {
                "targets"
            };
            let forwarded: u64 = counters[ingress]
                .as_object()
                .expect("rows")
                .values()
                .map(|r| r["forwarded_packets"].as_u64().expect("integer"))
                .sum();
            assert!(
                forwarded >= 900,
                "{example} {direction}: {forwarded} of 1000 forwarded"
            );
        }
    }
}

#[test]
fn inspect_reports_a_capture_and_suggests_a_config_that_routes_it() {
    let (_, input) = demo();
    let output = dxedge(&["inspect", "--input", input.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("600 records"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("103 ")), "{text}");

    let tmp = tempfile::tempdir().expect("tmp");
    let gen_dir = tmp.path().join("imix");
    let output = dxedge(&[
        "gen",
        "--scenario",
        "imix",
        "--count",
        "2000",
        "--out",
        gen_dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let capture = gen_dir.join("capture.pcap");
    let output = dxedge(&[
        "inspect",
        "--input",
        capture.to_str().expect("utf-8"),
        "--suggest-config",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let suggested = tmp.path().join("suggested.toml");
    fs::write(&suggested, &output.stdout).expect("write");
    let out = tmp.path().join("out");
    let output = model(&suggested, &capture, &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let counters: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
            .expect("json");
    let forwarded: u64 = counters["vifs"]
        .as_object()
        .expect("vifs")
        .values()
        .map(|v| v["forwarded_packets"].as_u64().expect("integer"))
        .sum();
    assert!(
        forwarded >= 1800,
        "{forwarded} of 2000 forwarded by the suggestion"
    );

    let not_a_capture = tmp.path().join("nothing.pcap");
    fs::write(&not_a_capture, b"hello").expect("write");
    let output = dxedge(&["inspect", "--input", not_a_capture.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("nothing.pcap"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn completions_and_man_pages_come_from_the_command_definition() {
    for (shell, words) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef dxedge"),
        ("fish", "complete -c dxedge"),
    ] {
        let output = dxedge(&["completions", shell]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains(words), "{shell}: {text}");
        assert!(
            text.contains("to-customer"),
            "{shell}: the --direction values"
        );
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let man = tmp.path().join("man");
    let output = dxedge(&["man", "--out", man.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = fs::read_to_string(man.join("dxedge-replay.1")).expect("dxedge-replay.1");
    assert!(page.starts_with(".ie") || page.contains(".TH"), "{page}");
    assert!(page.contains("direction"), "{page}");
    assert!(man.join("dxedge.1").exists() && man.join("dxedge-inspect.1").exists());
}

#[test]
fn gen_refuses_a_non_empty_out_without_force() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("g");
    fs::create_dir(&out).expect("mkdir");
    fs::write(out.join("keep.txt"), "mine").expect("write");
    let args = |force: bool| {
        let mut a = vec![
            "gen",
            "--scenario",
            "demo",
            "--count",
            "10",
            "--out",
            out.to_str().expect("utf-8"),
        ];
        if force {
            a.push("--force");
        }
        dxedge(&a)
    };
    let output = args(false);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert!(!out.join("capture.pcap").exists());
    let output = args(true);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(out.join("capture.pcap").exists() && out.join("keep.txt").exists());
}

#[test]
fn ingress_vlan_tags_untagged_frames_as_they_enter() {
    let (config, _) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let ip = ipv4_packet(
        Ipv4Addr::new(192, 0, 2, 1),
        Ipv4Addr::new(10, 1, 2, 3),
        64,
        17,
        &[],
        &udp(1, 9, 30, 0),
    );
    let plain = untagged([2, 0, 0x5e, 0, 0, 1], [2, 0, 0, 0, 0, 9], 0x0800, &ip);
    let input = tmp.path().join("untagged.pcap");
    let len = plain.len() as u32;
    fs::write(
        &input,
        classic(
            false,
            false,
            1,
            &[
                (1, 0, plain.clone(), len),
                (2, 0, forwarded_frame(), len + 4),
            ],
        ),
    )
    .expect("write");

    // Without the flag: unknown_vlan, as the contract says.
    let out = tmp.path().join("plain");
    assert_eq!(model(&config, &input, &out).status.code(), Some(0));
    let counters: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
            .expect("json");
    assert_eq!(counters["drops"]["unknown_vlan"], 1);

    // With it, both engines: the untagged frame enters as VIF 101's and is forwarded like the
    // tagged one, leaving for vpc-a with its VLAN; the tagged frame is left alone.
    for engine in ["model", "verilator"] {
        let out = tmp.path().join(format!("tagged-{engine}"));
        let output = replay(
            &config,
            &input,
            &out,
            &["--engine", engine, "--ingress-vlan", "101"],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let (_, records) = pcap_records(&out.join("vpc-a.pcap"));
        assert_eq!(records.len(), 2, "{engine}");
        assert_eq!(records[0].3, records[1].3, "{engine}: the same frame out");
    }
    let never = tmp.path().join("never");
    let output = replay(&config, &input, &never, &["--ingress-vlan", "4095"]);
    assert_eq!(output.status.code(), Some(2), "4095 is no VID");
    assert!(!never.exists());
}

/// IPv4 packets to 10.1.x.y (the demo's corp-private routes), with the pseudo-header of
/// `link`: 113 Linux cooked (SLL), 276 SLL2, 101 raw IP.
fn foreign_capture(link: u32, frames: usize) -> Vec<u8> {
    let records: Vec<(u32, u32, Vec<u8>, u32)> = (0..frames)
        .map(|i| {
            let ip = ipv4_packet(
                Ipv4Addr::new(192, 0, 2, 1),
                Ipv4Addr::new(10, 1, (i % 7) as u8, (i % 250) as u8 + 1),
                64,
                17,
                &[],
                &udp(1, 9, 40, i as u8),
            );
            let mut data = match link {
                113 => vec![0, 4, 0, 1, 0, 6, 2, 0, 0, 0, 0, 9, 0, 0, 0x08, 0x00],
                276 => vec![
                    0x08, 0x00, 0, 0, 0, 0, 0, 2, 0, 1, 4, 6, 2, 0, 0, 0, 0, 9, 0, 0,
                ],
                _ => vec![],
            };
            data.extend_from_slice(&ip);
            let len = data.len() as u32;
            (i as u32, 0, data, len)
        })
        .collect();
    classic(false, false, link, &records)
}

#[test]
fn cooked_and_raw_ip_captures_replay_with_an_ethernet_header_and_an_ingress_vlan() {
    let tmp = tempfile::tempdir().expect("tmp");
    for link in [113u32, 276, 101] {
        let input = tmp.path().join(format!("link-{link}.pcap"));
        fs::write(&input, foreign_capture(link, 200)).expect("write");

        // Without --ingress-vlan there is no VLAN to put the frames on: refused, naming why.
        let (config, _) = demo();
        let out = tmp.path().join(format!("refused-{link}"));
        let output = model(&config, &input, &out);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("--ingress-vlan"),
            "{}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("packet 1"), "{}", stderr(&output));

        // inspect sees the link and suggests a config for the untagged traffic; replayed
        // with the VLAN it names, the frames are forwarded.
        let output = dxedge(&["inspect", "--input", input.to_str().expect("utf-8")]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let report = String::from_utf8_lossy(&output.stdout);
        let name = match link {
            113 => "Linux cooked (SLL) 200",
            276 => "Linux cooked v2 (SLL2) 200",
            _ => "raw IP 200",
        };
        assert!(report.contains(name), "{report}");
        let output = dxedge(&[
            "inspect",
            "--input",
            input.to_str().expect("utf-8"),
            "--suggest-config",
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(text.contains("--ingress-vlan 100"), "{text}");
        let suggested = tmp.path().join(format!("suggested-{link}.toml"));
        fs::write(&suggested, &text).expect("write");
        for engine in ["model", "verilator"] {
            let out = tmp.path().join(format!("out-{link}-{engine}"));
            let output = replay(
                &suggested,
                &input,
                &out,
                &["--engine", engine, "--ingress-vlan", "100"],
            );
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            let counters: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
                    .expect("json");
            assert_eq!(
                counters["vifs"]["vlan-100"]["forwarded_packets"], 200,
                "{link} {engine}: {counters}"
            );
            // What leaves is Ethernet: the target `aws` has no VLAN, so untagged IPv4.
            let (_, records) = pcap_records(&out.join("aws.pcap"));
            assert_eq!(records.len(), 200);
            assert_eq!(records[0].3[12..14], [0x08, 0x00]);
        }
    }
}

#[test]
fn the_summary_breaks_each_vifs_drops_down_by_reason_and_says_where_the_rest_go() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let output = model(&config, &input, &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    let counters: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
            .expect("json");
    let lines: Vec<&str> = text.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("vif ") && l.contains("no_route"))
        .expect("the breakdown table");
    let mut by_vif = 0;
    for line in &lines[header + 1..] {
        let cells: Vec<&str> = line.split_whitespace().collect();
        let Some(vif) = counters["vifs"].get(cells.first().copied().unwrap_or("")) else {
            break;
        };
        let sum: u64 = cells[1..]
            .iter()
            .map(|c| c.parse::<u64>().expect("count"))
            .sum();
        assert_eq!(sum, vif["dropped_packets"].as_u64().expect("int"), "{line}");
        by_vif += sum;
    }
    let drops = &counters["drops"];
    let early = ["truncated_capture", "malformed", "unknown_vlan"]
        .iter()
        .map(|r| drops[r].as_u64().expect("int"))
        .sum::<u64>();
    let total: u64 = drops
        .as_object()
        .expect("drops")
        .values()
        .map(|v| v.as_u64().expect("int"))
        .sum();
    assert_eq!(
        by_vif + early,
        total,
        "every drop is in a VIF's row or before one"
    );
    assert!(
        text.contains(&format!("{early} dropped before reaching a vif")),
        "{text}"
    );
}

#[test]
fn progress_only_when_asked_off_a_terminal_and_quiet_prints_nothing() {
    let (config, input) = demo();
    let tmp = tempfile::tempdir().expect("tmp");
    // Off a terminal and not asked: the summary on stdout, nothing on stderr.
    let output = replay(
        &config,
        &input,
        &tmp.path().join("a"),
        &["--engine", "model"],
    );
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
    assert!(!output.stdout.is_empty());
    // --progress: lines (at least the last) with frames, rate and outcomes so far.
    let output = replay(
        &config,
        &input,
        &tmp.path().join("b"),
        &["--engine", "model", "--progress"],
    );
    assert_eq!(output.status.code(), Some(0));
    let last = stderr(&output)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(last.starts_with("dxedge replay: 600 frames ("), "{last}");
    let counters: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(tmp.path().join("b").join("counters.json")).expect("read"),
    )
    .expect("json");
    let drops: u64 = counters["drops"]
        .as_object()
        .expect("drops")
        .values()
        .map(|v| v.as_u64().expect("int"))
        .sum();
    assert!(
        last.contains(&format!("punted, {drops} dropped"))
            && last.contains(&format!("{} punted", counters["punted_packets"])),
        "{last}"
    );
    // -q: nothing at all but the outputs.
    let out = tmp.path().join("c");
    let output = replay(&config, &input, &out, &["--engine", "model", "-q"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
    assert!(out.join("counters.json").exists());
    // and errors still.
    let output = replay(&config, &input, &out, &["--engine", "model", "-q"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--force"));
}
