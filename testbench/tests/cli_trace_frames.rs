//! `dxedge replay --trace --trace-frames A..B`: a waveform of the clocks of a few frames, at
//! the times a whole `--trace` gives them, and outputs as a run without a trace writes them.

#[path = "common/run.rs"]
mod run;

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::Output;

use dxedge_testbench::capture::CaptureReader;
use run::{replay_args, spawn, wait, DXEDGE, LIMIT};
use serde_json::Value;

/// The margin the docs and `--help` promise on either side of the frames.
const MARGIN: u64 = 16;

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn dxedge(args: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    wait(spawn(&args), LIMIT)
}

/// `dxedge gen --scenario imix` of `count` frames for `direction` into `dir`.
fn generate(dir: &Path, count: u64, direction: &str) -> (PathBuf, PathBuf) {
    generate_scenario(dir, "imix", count, direction)
}

fn generate_scenario(
    dir: &Path,
    scenario: &str,
    count: u64,
    direction: &str,
) -> (PathBuf, PathBuf) {
    let done = dxedge(&[
        "gen",
        "--scenario",
        scenario,
        "--count",
        &count.to_string(),
        "--direction",
        direction,
        "--out",
        dir.to_str().expect("utf-8"),
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    (dir.join("appliance.toml"), dir.join("capture.pcap"))
}

fn replay(config: &Path, input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut extra = extra.to_vec();
    extra.push("--quiet");
    wait(spawn(&replay_args(config, input, out, &extra)), LIMIT)
}

fn run_json(out: &Path) -> Value {
    serde_json::from_slice(&fs::read(out.join("run.json")).expect("run.json")).expect("json")
}

/// Every output of `traced` is byte for byte `plain`'s, but run.json's wall time and the
/// window it adds.
fn assert_same_outputs(plain: &Path, traced: &Path) {
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("out dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(plain), names(traced));
    for name in names(plain) {
        if name == "run.json" {
            continue;
        }
        let (a, b) = (fs::read(plain.join(&name)), fs::read(traced.join(&name)));
        assert!(a.expect("plain") == b.expect("traced"), "{name} differs");
    }
    let mut a = run_json(plain);
    let mut b = run_json(traced);
    assert!(
        b["trace_window"].is_object(),
        "run.json has the window: {b}"
    );
    for run in [&mut a, &mut b] {
        let fields = run.as_object_mut().expect("object");
        fields.remove("wall_seconds");
        fields.remove("trace_window");
    }
    assert_eq!(a, b);
}

/// A waveform read back: every signal's value (as VCD bits) at every time stamp from
/// `from` to `to`, signals by hierarchical name. A `.fst` is read through the product's own
/// FST-to-VCD conversion.
struct Waves {
    first_time: u64,
    last_time: u64,
    /// The signals' names, sorted; each state lists values in this order.
    names: Vec<String>,
    states: BTreeMap<u64, Vec<String>>,
}

fn read_waves(path: &Path, from: u64, to: u64) -> Waves {
    let vcd_path = if path.extension().is_some_and(|e| e == "fst") {
        let converted = path.with_extension("read.vcd");
        dxedge_sim::trace::fst_to_vcd(path, &converted).expect("FST converts");
        converted
    } else {
        path.to_path_buf()
    };
    let file = fs::File::open(&vcd_path).expect("the trace exists");
    let mut parser = vcd::Parser::new(BufReader::new(file));
    let header = parser.parse_header().expect("VCD header");
    let mut by_code: HashMap<vcd::IdCode, Vec<String>> = HashMap::new();
    fn walk(items: &[vcd::ScopeItem], path: &str, by_code: &mut HashMap<vcd::IdCode, Vec<String>>) {
        for item in items {
            match item {
                vcd::ScopeItem::Scope(s) => {
                    walk(&s.items, &format!("{path}{}.", s.identifier), by_code)
                }
                vcd::ScopeItem::Var(v) => by_code
                    .entry(v.code)
                    .or_default()
                    .push(format!("{path}{}", v.reference)),
                _ => {}
            }
        }
    }
    walk(&header.items, "", &mut by_code);
    let mut names: Vec<String> = by_code.values().flatten().cloned().collect();
    names.sort();
    let slot: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let slots: HashMap<vcd::IdCode, Vec<usize>> = by_code
        .iter()
        .map(|(code, ns)| (*code, ns.iter().map(|n| slot[n.as_str()]).collect()))
        .collect();
    let bits = |v: &vcd::Value| match v {
        vcd::Value::V0 => '0',
        vcd::Value::V1 => '1',
        vcd::Value::Z => 'z',
        vcd::Value::X => 'x',
    };
    let mut state = vec![String::new(); names.len()];
    let mut states = BTreeMap::new();
    let (mut first_time, mut now) = (None, None::<u64>);
    let mut keep = |now: Option<u64>, state: &Vec<String>| {
        if let Some(t) = now.filter(|t| (from..=to).contains(t)) {
            states.insert(t, state.clone());
        }
    };
    for command in parser {
        match command.expect("VCD body") {
            vcd::Command::Timestamp(t) => {
                keep(now, &state);
                first_time.get_or_insert(t);
                now = Some(t);
            }
            vcd::Command::ChangeScalar(code, v) => {
                for &i in &slots[&code] {
                    state[i] = bits(&v).to_string();
                }
            }
            vcd::Command::ChangeVector(code, v) => {
                let text: String = v.iter().map(|b| bits(&b)).collect();
                // VCD drops leading zeros; compare values, not spellings
                let text = text.trim_start_matches('0').to_string();
                for &i in &slots[&code] {
                    state[i] = text.clone();
                }
            }
            _ => {}
        }
    }
    keep(now, &state);
    Waves {
        first_time: first_time.expect("a time stamp"),
        last_time: now.expect("a time stamp"),
        names,
        states,
    }
}

impl Waves {
    /// Where the top module's port `name` is (a vector's name ends in `_[msb:lsb]`).
    fn port(&self, name: &str) -> usize {
        let (exact, vector) = (format!("top.{name}"), format!("top.{name}_["));
        self.names
            .iter()
            .position(|n| *n == exact || n.starts_with(&vector))
            .unwrap_or_else(|| panic!("no port {name}"))
    }

    /// `name`'s value at time `t` as a number.
    fn value(&self, t: u64, name: &str) -> u128 {
        let text = &self.states[&t][self.port(name)];
        u128::from_str_radix(if text.is_empty() { "0" } else { text }, 2)
            .unwrap_or_else(|_| panic!("{name} at {t} is {text}"))
    }

    /// The low 128 bits of `s_axis$tdata` at `t`, as the bytes of the beat.
    fn data(&self, t: u64, name: &str) -> [u8; 16] {
        let text = &self.states[&t][self.port(name)];
        let low = &text[text.len().saturating_sub(128)..];
        let value = u128::from_str_radix(if low.is_empty() { "0" } else { low }, 2).expect("bits");
        value.to_le_bytes()
    }
}

/// The first bytes of record `index` (from 1) of a capture.
fn record_start(capture: &Path, index: u64) -> Vec<u8> {
    let mut reader = CaptureReader::open(capture).expect("capture");
    while let Some(r) = reader.next_record().expect("record") {
        if r.index == index {
            return r.data.to_vec();
        }
    }
    panic!("no record {index}");
}

/// How many of records 1 to `index` enter the pipeline: all but the truncated ones.
fn entered_up_to(capture: &Path, index: u64) -> usize {
    let mut reader = CaptureReader::open(capture).expect("capture");
    let mut entered = 0;
    while let Some(r) = reader.next_record().expect("record") {
        if r.index <= index && !r.is_truncated() {
            entered += 1;
        }
    }
    entered
}

/// The window run.json reports, checked against itself: the margin on both sides and the
/// times of its first and last clocks.
struct Window {
    first_in: u64,
    last_out: u64,
    first_time: u64,
    last_time: u64,
}

fn window_of(run: &Value, first_frame: u64, last_frame: u64) -> Window {
    let w = &run["trace_window"];
    let n = |key: &str| w[key].as_u64().unwrap_or_else(|| panic!("{key} in {w}"));
    assert_eq!(
        (n("first_frame"), n("last_frame")),
        (first_frame, last_frame)
    );
    // Frames go in back to back, one beat a clock: every window here has its full margin.
    assert_eq!(n("first_clock"), n("first_in_clock") - MARGIN, "{w}");
    assert_eq!(n("last_clock"), n("last_out_clock") + MARGIN, "{w}");
    assert_eq!(n("first_time"), 2 * n("first_clock") - 2, "{w}");
    assert_eq!(n("last_time"), 2 * n("last_clock") - 1, "{w}");
    Window {
        first_in: n("first_in_clock"),
        last_out: n("last_out_clock"),
        first_time: n("first_time"),
        last_time: n("last_time"),
    }
}

/// In `waves`, the first frame's first beat goes in at `first_in`'s low half (when the edge
/// samples it) and a last egress beat leaves at `last_out`'s.
fn assert_window_edges(waves: &Waves, window: &Window, first_bytes: &[u8]) {
    let t_in = 2 * window.first_in - 2;
    assert_eq!(waves.value(t_in, "s_axis$tvalid"), 1);
    assert_eq!(waves.value(t_in, "s_axis$tready"), 1);
    let n = first_bytes.len().min(8);
    assert_eq!(
        &waves.data(t_in, "s_axis$tdata")[..n],
        &first_bytes[..n],
        "the first frame's first beat enters at clock {}",
        window.first_in
    );
    let t_out = 2 * window.last_out - 2;
    assert_eq!(waves.value(t_out, "m_axis$tvalid"), 1);
    assert_eq!(waves.value(t_out, "m_axis$tlast"), 1);
    assert_eq!(waves.first_time, window.first_time);
    assert_eq!(waves.last_time, window.last_time);
}

#[test]
fn a_partial_trace_matches_the_whole_trace_inside_its_window() {
    if !dxedge_sim::require_models() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (config, capture) = generate(&dir.path().join("gen"), 400, "to-aws");
    let plain = dir.path().join("plain");
    let done = replay(&config, &capture, &plain, &[]);
    assert!(done.status.success(), "{}", stderr(&done));
    let full_vcd = dir.path().join("full.vcd");
    let full = dir.path().join("full");
    let done = replay(
        &config,
        &capture,
        &full,
        &["--trace", full_vcd.to_str().expect("utf-8")],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    let part_vcd = dir.path().join("part.vcd");
    let part = dir.path().join("part");
    let done = replay(
        &config,
        &capture,
        &part,
        &[
            "--trace",
            part_vcd.to_str().expect("utf-8"),
            "--trace-frames",
            "200..205",
        ],
    );
    assert!(done.status.success(), "{}", stderr(&done));

    assert_same_outputs(&plain, &part);
    let window = window_of(&run_json(&part), 200, 205);
    let partial = read_waves(&part_vcd, 0, u64::MAX);
    let whole = read_waves(&full_vcd, window.first_time, window.last_time);
    assert_window_edges(&partial, &window, &record_start(&capture, 200));

    // The same clocks at the same times: every signal agrees at every time stamp.
    assert_eq!(partial.names, whole.names);
    assert_eq!(
        partial.states.keys().collect::<Vec<_>>(),
        whole.states.keys().collect::<Vec<_>>(),
        "the same time stamps"
    );
    for (t, values) in &partial.states {
        let there = &whole.states[t];
        if let Some(i) = (0..values.len()).find(|&i| values[i] != there[i]) {
            panic!(
                "{} at time {t}: {} in the partial trace, {} in the whole one",
                partial.names[i], values[i], there[i]
            );
        }
    }
    // The last egress beat in the window is frame 205's: as many frames have left by then
    // as records up to 205 entered the pipeline (all but the truncated ones; a dropped
    // frame leaves too, with its verdict).
    let ends_before = |w: &Waves, to: u64| {
        w.states
            .keys()
            .filter(|&&t| t % 2 == 0 && t <= to)
            .filter(|&&t| w.value(t, "m_axis$tvalid") == 1 && w.value(t, "m_axis$tlast") == 1)
            .count()
    };
    let everything = read_waves(&full_vcd, 0, u64::MAX);
    assert_eq!(
        ends_before(&everything, 2 * window.last_out - 2),
        entered_up_to(&capture, 205)
    );

    let (part_size, full_size) = (
        fs::metadata(&part_vcd).expect("part").len(),
        fs::metadata(&full_vcd).expect("full").len(),
    );
    assert!(
        part_size * 20 < full_size,
        "the partial trace is {part_size} bytes, the whole one {full_size}"
    );
}

/// Each speed and direction, FST and VCD, and each form of range: the window opens and
/// closes where run.json says, on the frames asked for, and the outputs are untouched.
#[test]
fn partial_traces_at_both_speeds_both_directions_fst_and_vcd() {
    if !dxedge_sim::require_models() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("10g", "to-customer", "fst", "120..123", 120, 123),
        ("100g", "to-aws", "vcd", "150", 150, 150),
        ("100g", "to-customer", "fst", "290..", 290, 300),
        ("10g", "to-aws", "fst", "298..5000", 298, 300),
    ];
    for (speed, direction, ext, range, first, last) in cases {
        let case = dir.path().join(format!("{speed}-{direction}-{ext}"));
        let (config, capture) = generate(&case.join("gen"), 300, direction);
        let common = ["--speed", speed, "--direction", direction];
        let plain = case.join("plain");
        let done = replay(&config, &capture, &plain, &common);
        assert!(done.status.success(), "{}", stderr(&done));
        let trace = case.join(format!("part.{ext}"));
        let part = case.join("part");
        let mut args = common.to_vec();
        args.extend([
            "--trace",
            trace.to_str().expect("utf-8"),
            "--trace-frames",
            range,
        ]);
        let done = replay(&config, &capture, &part, &args);
        assert!(
            done.status.success(),
            "{speed} {direction} {range}: {}",
            stderr(&done)
        );
        assert_same_outputs(&plain, &part);
        let window = window_of(&run_json(&part), first, last);
        let waves = read_waves(&trace, 0, u64::MAX);
        assert_window_edges(&waves, &window, &record_start(&capture, first));
        let clocks = window.last_out - window.first_in + 1 + 2 * MARGIN;
        assert_eq!(
            waves.states.len() as u64,
            2 * clocks,
            "{speed} {direction} {range}"
        );
    }
}

/// The replay hands the RTL frames 4,096 at a time: frame 4,097 starts a batch, and still
/// gets the margin's clocks before it (the frames of the margin wait for the next batch).
#[test]
fn a_window_that_starts_a_batch_has_its_margin_before_it() {
    if !dxedge_sim::require_models() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (config, capture) = generate_scenario(&dir.path().join("gen"), "min-size", 4200, "to-aws");
    let trace = dir.path().join("part.fst");
    let out = dir.path().join("part");
    let done = replay(
        &config,
        &capture,
        &out,
        &[
            "--trace",
            trace.to_str().expect("utf-8"),
            "--trace-frames",
            "4097..4098",
        ],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    let window = window_of(&run_json(&out), 4097, 4098);
    let waves = read_waves(&trace, 0, u64::MAX);
    assert_window_edges(&waves, &window, &record_start(&capture, 4097));
}

#[test]
fn trace_frames_refusals_name_the_flag() {
    if !dxedge_sim::require_models() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (config, input) = run::demo();
    let out = dir.path().join("out");
    let trace = dir.path().join("w.vcd");
    let trace_arg = trace.to_str().expect("utf-8");
    let refused = |extra: &[&str], says: &[&str]| {
        let done = replay(&config, &input, &out, extra);
        assert_eq!(done.status.code(), Some(2), "{extra:?}: {}", stderr(&done));
        let text = stderr(&done);
        for s in says {
            assert!(text.contains(s), "{extra:?}: {text}");
        }
        assert!(!out.exists(), "{extra:?}: nothing written");
        assert!(!trace.exists(), "{extra:?}: no trace");
    };
    for (bad, why) in [
        ("5-9", "expected A..B"),
        ("..9", "expected A..B"),
        ("", "expected A..B"),
        ("x", "expected A..B"),
        ("9..5", "reversed"),
        ("0..5", "numbered from 1"),
        ("99999999999999999999", "beyond the largest frame number"),
    ] {
        refused(
            &["--trace", trace_arg, "--trace-frames", bad],
            &["--trace-frames", &format!("'{bad}'"), why],
        );
    }
    refused(
        &["--trace-frames", "5..9"],
        &["--trace-frames", "--trace <"],
    );
    refused(
        &[
            "--engine",
            "model",
            "--trace",
            trace_arg,
            "--trace-frames",
            "5..9",
        ],
        &["--trace-frames", "--engine verilator"],
    );
    refused(
        &[
            "--jobs",
            "2",
            "--trace",
            trace_arg,
            "--trace-frames",
            "5..9",
        ],
        &["--trace-frames", "--jobs 1"],
    );
    // Beyond the capture's 600 frames: found once it has been read, and nothing is left.
    refused(
        &["--trace", trace_arg, "--trace-frames", "601..700"],
        &["--trace-frames 601..700", "600 frames"],
    );
    let left: Vec<_> = fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(left.is_empty(), "nothing left behind: {left:?}");
    assert!(Path::new(DXEDGE).exists());
}
