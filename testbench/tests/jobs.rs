//! A replay split: `--jobs N` (pieces side by side in one process) and `--shard I/N` joined by
//! `dxedge merge` write byte for byte the files of one run, on the bundled captures and on
//! random ones, with both engines, at both speeds, in both directions; and what cannot be
//! split or merged is refused.

use std::fs;
use std::path::{Path, PathBuf};

use dxedge_host::config::Speed;
use dxedge_host::direction::Direction;
use dxedge_testbench::capture::CaptureReader;
use dxedge_testbench::gen::{write_scenario, CaptureFormat, GenOptions, Scenario};
use dxedge_testbench::jobs::Jobs;
use dxedge_testbench::merge::{merge, MergeOptions};
use dxedge_testbench::output::RunInfo;
use dxedge_testbench::replay::{self, EngineKind, ReplayOptions};
use dxedge_testbench::shard::ShardSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[path = "common/run.rs"]
mod run;

use run::*;

/// A config, a capture and the direction to replay it in.
#[derive(Clone, Debug)]
struct Input {
    name: String,
    config: PathBuf,
    capture: PathBuf,
    direction: Direction,
    ingress_vlan: Option<u16>,
}

/// How a run is made: engine and speed.
#[derive(Clone, Copy, Debug)]
struct How {
    engine: EngineKind,
    speed: Speed,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The demo and every example, each side.
fn bundled() -> Vec<Input> {
    let (config, capture) = demo();
    let mut inputs = vec![Input {
        name: "demo".into(),
        config,
        capture,
        direction: Direction::ToAws,
        ingress_vlan: None,
    }];
    for example in ["enterprise", "transit", "public"] {
        let dir = repo().join("examples").join(example);
        for direction in Direction::ALL {
            inputs.push(Input {
                name: format!("{example}-{direction}"),
                config: dir.join("appliance.toml"),
                capture: dir.join(direction.name()).join("capture.pcap"),
                direction,
                ingress_vlan: None,
            });
        }
    }
    inputs
}

/// Both engines (the RTL unless opted out) at both speeds.
fn hows() -> Vec<How> {
    let mut engines = vec![EngineKind::Model];
    if verilator() {
        engines.push(EngineKind::Verilator);
    }
    engines
        .into_iter()
        .flat_map(|engine| {
            [Speed::G10, Speed::G100]
                .into_iter()
                .map(move |speed| How { engine, speed })
        })
        .collect()
}

/// Replay `input` into `out` in process; the run's run.json.
fn replay_into(
    input: &Input,
    how: How,
    out: &Path,
    jobs: u64,
    shard: Option<ShardSpec>,
) -> RunInfo {
    let options = ReplayOptions {
        config: input.config.clone(),
        input: input.capture.clone(),
        out: out.to_path_buf(),
        engine: how.engine,
        speed: Some(how.speed),
        trace: None,
        trace_frames: None,
        force: true,
        direction: input.direction,
        ingress_vlan: input.ingress_vlan,
        jobs: Jobs::Count(jobs),
        shard,
    };
    match replay::replay(&options, &mut |_| {}) {
        Ok(summary) => summary.run,
        Err(e) => panic!("{} {how:?} --jobs {jobs} {shard:?}: {e}", input.name),
    }
}

/// Every shard of a split in `n`, each with `jobs` engines, merged into `out`.
fn sharded_into(input: &Input, how: How, out: &Path, n: u64, jobs: u64) -> RunInfo {
    let dirs: Vec<PathBuf> = (0..n)
        .map(|i| {
            let dir = out.with_extension(format!("shard-{i}"));
            let spec = ShardSpec { index: i, count: n };
            let run = replay_into(input, how, &dir, jobs, Some(spec));
            assert_eq!(run.shard.map(|s| (s.index, s.count)), Some((i, n)));
            dir
        })
        .rev()
        .collect();
    let options = MergeOptions {
        out: out.to_path_buf(),
        shards: dirs,
        force: true,
    };
    match merge(&options) {
        Ok(summary) => summary.run,
        Err(e) => panic!("{} {how:?} merging {n} shards: {e}", input.name),
    }
}

/// run.json of a split run against the plain run's: the totals add up, each piece keeps the
/// line-rate rule, the pieces follow each other.
fn check_run(plain: &RunInfo, split: &RunInfo, pieces: usize, what: &str) {
    assert_eq!(split.packets, plain.packets, "{what}");
    assert_eq!(split.input_beats, plain.input_beats, "{what}");
    assert_eq!(split.shards.len(), pieces, "{what}");
    let mut next = 1;
    for piece in &split.shards {
        assert_eq!(piece.first_packet, next, "{what}: {piece:?}");
        next += piece.packets;
        if let (Some(cycles), Some(beats)) = (piece.cycles, piece.input_beats) {
            assert!(cycles <= beats + 64, "{what}: line rate in {piece:?}");
        }
    }
    assert_eq!(next, plain.packets + 1, "{what}");
    let sum = split.shards.iter().map(|p| p.cycles).sum::<Option<u64>>();
    assert_eq!(split.cycles, sum, "{what}");
}

/// `--jobs` 2, 3 and 7 and splits in 1 to 7 shards (some shards on two engines) against
/// `--jobs 1`; `shard_counts` narrows the splits.
fn check_splits(input: &Input, how: How, tmp: &Path, shard_counts: &[u64]) {
    let tag = format!("{}-{:?}-{:?}", input.name, how.engine, how.speed);
    let plain_dir = tmp.join(format!("{tag}-plain"));
    let plain = replay_into(input, how, &plain_dir, 1, None);
    assert!(
        plain.shards.is_empty() && plain.capture.is_none(),
        "a plain run.json"
    );
    assert_eq!(
        plain.cycles.is_some(),
        matches!(how.engine, EngineKind::Verilator)
    );
    let expected = outputs(&plain_dir);
    for jobs in [2, 3, 7] {
        let dir = tmp.join(format!("{tag}-jobs-{jobs}"));
        let split = replay_into(input, how, &dir, jobs, None);
        let what = format!("{tag} --jobs {jobs}");
        assert!(outputs(&dir) == expected, "{what}: outputs differ");
        check_run(&plain, &split, jobs as usize, &what);
        assert!(split.shard.is_none() && split.capture.is_none(), "{what}");
    }
    for &n in shard_counts {
        let jobs = if n % 2 == 0 { 2 } else { 1 };
        let dir = tmp.join(format!("{tag}-merged-{n}"));
        let merged = sharded_into(input, how, &dir, n, jobs);
        let what = format!("{tag} {n} shards of --jobs {jobs}");
        assert!(outputs(&dir) == expected, "{what}: outputs differ");
        check_run(&plain, &merged, (n * jobs) as usize, &what);
        assert!(merged.shard.is_none(), "{what}: the merged run is whole");
        assert!(
            merged.capture.is_some() && merged.config_xxh3_128.is_some(),
            "{what}"
        );
    }
}

#[test]
fn split_replays_of_the_bundled_captures_write_the_files_of_one_run() {
    let tmp = tempfile::tempdir().expect("tmp");
    for (i, input) in bundled().iter().enumerate() {
        for how in hows() {
            // Every split of the demo with every engine; of the examples, a few (their
            // frames meet the same code).
            let counts: &[u64] = match (i, how.engine) {
                (0, _) | (_, EngineKind::Model) => &[1, 2, 3, 4, 5, 6, 7],
                _ => &[3],
            };
            check_splits(input, how, tmp.path(), counts);
        }
    }
}

/// A capture of `records` drawn from `pool` (frames that meet every rule of the behaviour),
/// some truncated, some empty, some longer than the snap length, in a random format: classic
/// pcap in either byte order and resolution, raw IP (replayed with --ingress-vlan), or pcapng
/// with several sections of several interfaces of different resolutions.
fn random_capture(rng: &mut ChaCha8Rng, pool: &[Vec<u8>], records: usize) -> (Vec<u8>, bool) {
    let frames: Vec<(Vec<u8>, u32)> = (0..records)
        .map(|_| {
            let frame = pool[rng.random_range(0..pool.len())].clone();
            let len = frame.len() as u32;
            match rng.random_range(0..20) {
                0 => (Vec::new(), 0),
                1 | 2 => {
                    let kept = rng.random_range(0..frame.len().max(1));
                    (frame[..kept].to_vec(), len)
                }
                _ => (frame, len),
            }
        })
        .collect();
    let mut out = Vec::new();
    let w32 = |out: &mut Vec<u8>, v: u32, big: bool| {
        out.extend_from_slice(&if big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        })
    };
    match rng.random_range(0..4) {
        format @ (0 | 1) => {
            // Classic pcap; format 1 holds raw IP packets (their Ethernet header and tag cut).
            let (big, nano, raw) = (rng.random_bool(0.5), rng.random_bool(0.5), format == 1);
            w32(&mut out, if nano { 0xa1b23c4d } else { 0xa1b2c3d4 }, big);
            let w16 = if big {
                2u16.to_be_bytes()
            } else {
                2u16.to_le_bytes()
            };
            out.extend_from_slice(&w16);
            out.extend_from_slice(&if big {
                4u16.to_be_bytes()
            } else {
                4u16.to_le_bytes()
            });
            out.extend_from_slice(&[0; 8]);
            w32(&mut out, rng.random_range(64..2000), big);
            w32(&mut out, if raw { 101 } else { 1 }, big);
            for (i, (data, orig)) in frames.iter().enumerate() {
                let cut = if raw && data.len() >= 18 && *orig as usize == data.len() {
                    18
                } else {
                    0
                };
                let data = &data[cut..];
                w32(&mut out, 1_700_000_000 + i as u32, big);
                w32(&mut out, rng.random_range(0..1_000_000), big);
                w32(&mut out, data.len() as u32, big);
                w32(
                    &mut out,
                    orig.saturating_sub(cut as u32).max(data.len() as u32),
                    big,
                );
                out.extend_from_slice(data);
            }
            (out, raw)
        }
        _ => {
            // pcapng: a section starts now and then, with one to three interfaces.
            let mut big = false;
            let mut interfaces = 0u32;
            let block = |out: &mut Vec<u8>, big: bool, kind: u32, body: &[u8]| {
                let mut body = body.to_vec();
                body.resize(body.len().next_multiple_of(4), 0);
                let len = body.len() as u32 + 12;
                w32(out, kind, big);
                w32(out, len, big);
                out.extend_from_slice(&body);
                w32(out, len, big);
            };
            for (i, (data, orig)) in frames.iter().enumerate() {
                if i == 0 || rng.random_range(0..60) == 0 {
                    big = rng.random_bool(0.5);
                    let mut shb = Vec::new();
                    w32(&mut shb, 0x1a2b3c4d, big);
                    shb.extend_from_slice(&if big { [0, 1, 0, 0] } else { [1, 0, 0, 0] });
                    shb.extend_from_slice(&[0xff; 8]);
                    block(&mut out, big, 0x0a0d0d0a, &shb);
                    interfaces = rng.random_range(1..=3);
                    for _ in 0..interfaces {
                        let mut idb = Vec::new();
                        idb.extend_from_slice(&if big { [0, 1, 0, 0] } else { [1, 0, 0, 0] });
                        w32(&mut idb, 0, big);
                        let tsresol = [6u8, 9, 3, 0x86][rng.random_range(0..4)];
                        idb.extend_from_slice(&if big { [0, 9, 0, 1] } else { [9, 0, 1, 0] });
                        idb.extend_from_slice(&[tsresol, 0, 0, 0]);
                        block(&mut out, big, 1, &idb);
                    }
                }
                let mut epb = Vec::new();
                w32(&mut epb, rng.random_range(0..interfaces), big);
                w32(&mut epb, 0, big);
                w32(&mut epb, 1_000_000 + i as u32 * 977, big);
                w32(&mut epb, data.len() as u32, big);
                w32(&mut epb, *orig, big);
                epb.extend_from_slice(data);
                block(&mut out, big, 6, &epb);
            }
            (out, false)
        }
    }
}

/// The records of a capture file, as frames.
fn frames_of(path: &Path) -> Vec<Vec<u8>> {
    let mut reader = CaptureReader::open(path).expect("readable");
    let mut frames = Vec::new();
    while let Some(r) = reader.next_record().expect("record") {
        frames.push(r.data.to_vec());
    }
    frames
}

#[test]
fn split_replays_of_random_captures_write_the_files_of_one_run() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut scenarios = Vec::new();
    for direction in Direction::ALL {
        let dir = tmp.path().join(format!("demo-{direction}"));
        let (config, capture) = write_scenario(&GenOptions {
            scenario: Scenario::Demo,
            config: None,
            direction,
            seed: 7,
            count: None,
            out: dir,
            format: CaptureFormat::Pcap,
            nanos: false,
        })
        .expect("gen");
        // A VID the raw IP packets arrive on: the first VIF's (to AWS), a target's.
        let text = fs::read_to_string(&config).expect("config");
        let parsed = dxedge_host::config::Config::parse(&text, "demo").expect("valid");
        let vid = match direction {
            Direction::ToAws => parsed.vifs.first().map(|v| v.vlan),
            Direction::ToCustomer => parsed.targets.iter().find_map(|t| t.vlan),
        };
        scenarios.push((direction, config, frames_of(&capture), vid));
    }
    let seeds: u64 = if std::env::var_os("DXEDGE_SOAK").is_some() {
        200
    } else {
        12
    };
    for seed in 0..seeds {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let (direction, config, pool, vid) = &scenarios[seed as usize % 2];
        let records = rng.random_range(1..300);
        let (bytes, raw) = random_capture(&mut rng, pool, records);
        let capture = tmp.path().join(format!("random-{seed}.cap"));
        fs::write(&capture, &bytes).expect("write");
        let input = Input {
            name: format!("random-{seed}"),
            config: config.clone(),
            capture,
            direction: *direction,
            ingress_vlan: if raw { *vid } else { None },
        };
        let n = rng.random_range(1..=9);
        let mut hows = hows();
        if seed % 3 != 0 {
            // The RTL on every third seed; the split is the same whatever the engine.
            hows.retain(|h| h.engine == EngineKind::Model);
        }
        for how in hows {
            check_splits(&input, how, tmp.path(), &[n]);
        }
    }
}

/// `dxedge` with `args`, to its end.
fn dxedge(args: &[&str]) -> std::process::Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    wait(spawn(&args), LIMIT)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn seven_shards_run_as_seven_processes_merge_into_one_run() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (config, capture) = demo();
    let engine = if verilator() { "verilator" } else { "model" };
    let plain = tmp.path().join("plain");
    let done = replay(&config, &capture, &plain, &["--engine", engine]);
    assert!(done.status.success(), "{}", stderr(&done));
    // Seven machines, as far as they know of each other: seven processes at once.
    let dirs: Vec<PathBuf> = (0..7)
        .map(|i| tmp.path().join(format!("shard-{i}")))
        .collect();
    let children: Vec<_> = dirs
        .iter()
        .enumerate()
        .map(|(i, dir)| {
            let spec = format!("{i}/7");
            let extra = ["--engine", engine, "--shard", &spec];
            let child = spawn(&replay_args(&config, &capture, dir, &extra));
            (child, spec)
        })
        .collect();
    for (child, spec) in children {
        let done = wait(child, LIMIT);
        assert!(done.status.success(), "{spec}: {}", stderr(&done));
        let text = String::from_utf8_lossy(&done.stdout);
        assert!(text.contains(&format!("shard {spec}: packets")), "{text}");
    }
    let merged = tmp.path().join("merged");
    let mut args = vec!["merge", "--out", s(&merged)];
    // In any order.
    args.extend(dirs.iter().rev().map(|d| s(d)));
    let done = dxedge(&args);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        String::from_utf8_lossy(&done.stdout).contains("7 shards, 600 packets"),
        "{}",
        String::from_utf8_lossy(&done.stdout)
    );
    assert!(outputs(&merged) == outputs(&plain), "merged outputs differ");
    let read = |dir: &Path| -> RunInfo {
        serde_json::from_str(&fs::read_to_string(dir.join("run.json")).expect("run.json"))
            .expect("json")
    };
    check_run(&read(&plain), &read(&merged), 7, "7 processes merged");
}

/// Shards of the demo, for the merge refusals: `extra` arguments for each.
fn shards(tmp: &Path, name: &str, n: u64, extra: &[&str]) -> Vec<PathBuf> {
    let (config, capture) = demo();
    (0..n)
        .map(|i| {
            let dir = tmp.join(format!("{name}-{i}"));
            let spec = format!("{i}/{n}");
            let mut args = vec!["--engine", "model", "--shard", &spec];
            args.extend_from_slice(extra);
            let done = replay(&config, &capture, &dir, &args);
            assert!(done.status.success(), "{}", stderr(&done));
            dir
        })
        .collect()
}

/// `dxedge merge --out out dirs`: refused (exit 2, one line) naming every word of `words`,
/// with nothing written.
fn refused(out: &Path, dirs: &[&PathBuf], words: &[&str]) {
    let mut args = vec!["merge", "--out", s(out)];
    args.extend(dirs.iter().map(|d| s(d)));
    let done = dxedge(&args);
    let text = assert_one_line(&done, 2, &["cannot merge"]);
    for w in words {
        assert!(text.contains(w), "{w:?} not in {text}");
    }
    assert!(!out.exists(), "{} was created", out.display());
    assert!(run_files(out.parent().expect("parent")).is_empty());
}

#[test]
fn merge_refuses_shards_that_are_not_one_whole_run() {
    let tmp = tempfile::tempdir().expect("tmp");
    let t = tmp.path();
    let out = t.join("out");
    let good = shards(t, "good", 3, &[]);
    let name = |d: &PathBuf| d.file_name().expect("name").to_string_lossy().into_owned();
    // Another capture: the demo at another seed.
    let other = t.join("other-capture");
    let done = dxedge(&[
        "gen",
        "--scenario",
        "demo",
        "--seed",
        "9",
        "--out",
        s(&other),
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    let foreign = t.join("foreign-1");
    let done = replay(
        &demo().0,
        &other.join("capture.pcap"),
        &foreign,
        &["--engine", "model", "--shard", "1/3"],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    refused(
        &out,
        &[&good[0], &foreign, &good[2]],
        &["capture", &name(&foreign), &name(&good[0])],
    );
    // Another config: the demo's with one more target.
    let config = t.join("more.toml");
    let text = fs::read_to_string(demo().0).expect("config");
    fs::write(
        &config,
        format!("{text}\n[[target]]\nname = \"extra\"\nmac = \"02:00:00:00:00:99\"\n"),
    )
    .expect("write");
    let reconfigured = t.join("reconfigured-2");
    let done = replay(
        &config,
        &demo().1,
        &reconfigured,
        &["--engine", "model", "--shard", "2/3"],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    refused(
        &out,
        &[&good[0], &good[1], &reconfigured],
        &["config", &name(&reconfigured)],
    );
    // Another speed, direction, --ingress-vlan: each named.
    for (what, extra) in [
        ("speed", &["--speed", "100g"][..]),
        ("direction", &["--direction", "to-customer"][..]),
        ("--ingress-vlan", &["--ingress-vlan", "101"][..]),
    ] {
        let odd = shards(t, what.trim_start_matches('-'), 3, extra);
        refused(
            &out,
            &[&good[0], &odd[1], &good[2]],
            &[what, &name(&odd[1])],
        );
    }
    if verilator() {
        let dir = t.join("rtl-0");
        let done = replay(&demo().0, &demo().1, &dir, &["--shard", "0/3"]);
        assert!(done.status.success(), "{}", stderr(&done));
        refused(
            &out,
            &[&dir, &good[1], &good[2]],
            &["engine", "verilator", "model"],
        );
    }
    // Another split, a shard missing, a shard twice.
    let halves = shards(t, "halves", 2, &[]);
    refused(
        &out,
        &[&good[0], &halves[1], &good[2]],
        &["split", "in 2", "in 3"],
    );
    refused(&out, &[&good[0], &good[2]], &["shard 1/3 is missing"]);
    refused(
        &out,
        &[&good[0], &good[1], &good[1], &good[2]],
        &["1/3 is given 2 times"],
    );
    refused(
        &out,
        &[&good[2], &good[2]],
        &["shards 0/3, 1/3 are missing", "2/3 is given 2 times"],
    );
    // Not a shard at all: a whole run, a directory without run.json.
    let whole = t.join("whole");
    let done = replay(&demo().0, &demo().1, &whole, &["--engine", "model"]);
    assert!(done.status.success(), "{}", stderr(&done));
    refused(&out, &[&good[0], &whole], &["whole run", &name(&whole)]);
    let empty = t.join("empty");
    fs::create_dir(&empty).expect("mkdir");
    refused(&out, &[&empty], &["run.json"]);
    // Into one of the shards.
    refused(
        &good[0].join("out"),
        &[&good[0], &good[1], &good[2]],
        &["one inside the other"],
    );
    // All three merge; the counters of a shard changed by hand are refused.
    let done = dxedge(&[
        "merge",
        "--out",
        s(&out),
        s(&good[2]),
        s(&good[0]),
        s(&good[1]),
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    let counters = good[1].join("counters.json");
    let text = fs::read_to_string(&counters).expect("counters");
    fs::write(
        &counters,
        text.replace("\"punted_packets\": ", "\"punted_packets\":  "),
    )
    .expect("write");
    refused(
        &t.join("out2"),
        &[&good[0], &good[1], &good[2]],
        &["counters.json"],
    );
}

#[test]
fn what_cannot_be_split_is_refused_and_jobs_auto_reads_it_whole() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (config, capture) = demo();
    let plain = tmp.path().join("plain");
    let done = replay(&config, &capture, &plain, &["--engine", "model"]);
    assert!(done.status.success(), "{}", stderr(&done));
    // Standard input: --jobs 1 (and auto) read it; --jobs 2 and --shard cannot.
    let bytes = fs::read(&capture).expect("capture");
    let piped = |out: &Path, extra: &[&str]| {
        let mut args = vec![
            "replay",
            "--config",
            s(&config),
            "--input",
            "-",
            "--out",
            s(out),
            "--engine",
            "model",
        ];
        args.extend_from_slice(extra);
        let mut child = std::process::Command::new(DXEDGE)
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starts");
        let mut stdin = child.stdin.take().expect("stdin");
        let feed = bytes.clone();
        let writer = std::thread::spawn(move || {
            let _ = std::io::Write::write_all(&mut stdin, &feed);
        });
        let done = wait(child, LIMIT);
        let _ = writer.join();
        done
    };
    for jobs in ["1", "auto"] {
        let out = tmp.path().join(format!("stdin-{jobs}"));
        let done = piped(&out, &["--jobs", jobs]);
        assert!(done.status.success(), "--jobs {jobs}: {}", stderr(&done));
        assert!(
            outputs(&out) == outputs(&plain),
            "--jobs {jobs} from a pipe"
        );
    }
    for extra in [&["--jobs", "2"][..], &["--shard", "0/2"][..]] {
        let out = tmp.path().join("stdin-split");
        let done = piped(&out, extra);
        assert_one_line(&done, 2, &[extra[0], "standard input", "--jobs 1"]);
        assert!(!out.exists());
    }
    // A FIFO: --jobs auto reads it as a stream; --jobs 2 is refused before it is opened
    // (which would wait for a writer).
    let fifo_path = fifo(tmp.path(), "capture.fifo");
    let out = tmp.path().join("fifo-auto");
    let extra = ["--engine", "model", "--jobs", "auto"];
    let child = spawn(&replay_args(&config, &fifo_path, &out, &extra));
    fs::write(&fifo_path, &bytes).expect("feed the FIFO");
    let done = wait(child, LIMIT);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(outputs(&out) == outputs(&plain), "--jobs auto from a FIFO");
    let out = tmp.path().join("fifo-2");
    let done = replay(
        &config,
        &fifo_path,
        &out,
        &["--engine", "model", "--jobs", "2"],
    );
    assert_one_line(&done, 2, &["--jobs 2", "FIFO"]);
    assert!(!out.exists());
    // gzip: --jobs 2 is refused, auto reads it whole.
    let gz = tmp.path().join("capture.pcap.gz");
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("gzip -c {} > {}", s(&capture), s(&gz)))
        .status()
        .expect("gzip");
    assert!(status.success());
    let out = tmp.path().join("gz");
    let done = replay(&config, &gz, &out, &["--engine", "model", "--jobs", "2"]);
    assert_one_line(&done, 2, &["gzip", "--jobs 2", "gunzip"]);
    assert!(!out.exists());
    let done = replay(&config, &gz, &out, &["--engine", "model", "--jobs", "auto"]);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(outputs(&out) == outputs(&plain), "--jobs auto on gzip");
    // Bad values and a waveform of several engines are bad arguments.
    for extra in [
        &["--jobs", "0"][..],
        &["--jobs", "two"][..],
        &["--shard", "2/2"][..],
        &["--shard", "1"][..],
        &["--jobs", "2", "--trace", "w.fst"][..],
    ] {
        let out = tmp.path().join("bad");
        let done = replay(&config, &capture, &out, extra);
        assert_eq!(done.status.code(), Some(2), "{extra:?}: {}", stderr(&done));
        assert!(!out.exists());
    }
}

#[test]
fn a_split_run_fails_as_one_run_would_and_leaves_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (config, capture) = demo();
    let bytes = fs::read(&capture).expect("capture");
    // Cut inside the last record, and a raw IP file (no Ethernet header, no --ingress-vlan):
    // whatever the split, the message of the first fault in input order.
    let mut raw = bytes.clone();
    raw[20..24].copy_from_slice(&101u32.to_le_bytes());
    for (name, broken) in [("cut", bytes[..bytes.len() - 7].to_vec()), ("raw", raw)] {
        let input = tmp.path().join(format!("{name}.pcap"));
        fs::write(&input, &broken).expect("write");
        let mut messages = Vec::new();
        for jobs in ["1", "2", "7"] {
            let out = tmp.path().join(format!("{name}-{jobs}"));
            let done = replay(
                &config,
                &input,
                &out,
                &["--engine", "model", "--jobs", jobs],
            );
            messages.push(assert_one_line(&done, 2, &[&format!("{name}.pcap")]));
            assert!(!out.exists(), "{name} --jobs {jobs}");
            assert!(
                run_files(tmp.path()).is_empty(),
                "{:?}",
                run_files(tmp.path())
            );
        }
        assert!(messages.iter().all(|m| *m == messages[0]), "{messages:?}");
    }
}

#[test]
fn a_split_run_shows_one_progress_and_the_whole_run_summary() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (config, capture) = demo();
    let mut last_lines = Vec::new();
    let mut summaries = Vec::new();
    for jobs in ["1", "3"] {
        let out = tmp.path().join(format!("jobs-{jobs}"));
        let done = replay(
            &config,
            &capture,
            &out,
            &["--engine", "model", "--progress", "--jobs", jobs],
        );
        assert!(done.status.success(), "{}", stderr(&done));
        // Off a terminal, a last line: the whole run's frames and outcomes.
        let text = stderr(&done);
        let last = text.lines().last().expect("a progress line").to_string();
        assert!(last.starts_with("dxedge replay: 600 frames"), "{text}");
        last_lines.push(
            last.split_once(": ")
                .expect("outcomes")
                .1
                .split_once(')')
                .expect(")")
                .1
                .to_string(),
        );
        let stdout = String::from_utf8_lossy(&done.stdout).into_owned();
        // The tables of the summary, from the first VIF row on: the whole run's.
        summaries.push(stdout[stdout.find("\nvif").expect("tables")..].to_string());
        let quiet = replay(
            &config,
            &capture,
            &out,
            &["--engine", "model", "-q", "--force", "--jobs", jobs],
        );
        assert!(quiet.status.success() && quiet.stdout.is_empty() && quiet.stderr.is_empty());
    }
    assert_eq!(last_lines[0], last_lines[1]);
    assert_eq!(summaries[0], summaries[1]);
}

#[test]
fn an_interrupted_split_run_leaves_nothing() {
    if !verilator() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let gen = tmp.path().join("big");
    // Long enough under the RTL (some tenths of a second) to be interrupted midway.
    let done = dxedge(&[
        "gen",
        "--scenario",
        "min-size",
        "--count",
        "400000",
        "--out",
        s(&gen),
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    let parent = tmp.path().join("runs");
    fs::create_dir(&parent).expect("mkdir");
    let out = parent.join("out");
    let (config, capture) = (gen.join("appliance.toml"), gen.join("capture.pcap"));
    let args = replay_args(&config, &capture, &out, &["--jobs", "2", "--speed", "10g"]);
    let child = spawn(&args);
    let started = std::time::Instant::now();
    // Once the second piece's directory is there, the pieces are about to start.
    while !run_files(&parent).iter().any(|n| {
        fs::read_dir(parent.join(n))
            .is_ok_and(|mut d| d.any(|e| e.is_ok_and(|e| e.file_name() == "piece-1")))
    }) {
        assert!(
            started.elapsed() < LIMIT,
            "the run never started its pieces"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    kill(&child, "-INT");
    let done = wait(child, LIMIT);
    assert_eq!(done.status.code(), Some(130), "{}", stderr(&done));
    assert!(run_files(&parent).is_empty(), "{:?}", run_files(&parent));
    assert!(!out.exists());
}

#[test]
fn a_shard_may_be_traced_as_it_is_one_engine() {
    if !verilator() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let (config, capture) = demo();
    let trace = tmp.path().join("shard.fst");
    let out = tmp.path().join("shard");
    let done = replay(
        &config,
        &capture,
        &out,
        &["--shard", "1/3", "--trace", s(&trace)],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(fs::metadata(&trace).expect("the trace").len() > 0);
    let out = tmp.path().join("jobs");
    let done = replay(
        &config,
        &capture,
        &out,
        &["--shard", "1/3", "--jobs", "2", "--trace", s(&trace)],
    );
    assert_eq!(done.status.code(), Some(2), "{}", stderr(&done));
    assert!(!out.exists());
}
