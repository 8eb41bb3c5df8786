//! `dxedge device` without a board: the BAR is a file of the BAR's size in a directory shaped
//! like `/sys/bus/pci/devices` (`DXEDGE_PCI_DEVICES` points the command at it).
//!
//! * The driver's programming sequence on a file-backed BAR is the sequence it writes to the
//!   Verilator build: same writes, same order (the replay's way and the board's way).
//! * The command's refusals: no such device, a BAR too small, a block that is not ours or
//!   has another major version, a bad config, one that does not fit, bad arguments: exit 2,
//!   one line naming the place. A commit that never finishes: exit 1.
//! * Its successes: `program` leaves the file exactly as the same driver calls in this
//!   process do; `counters` prints what is in the counter registers, `--json` in the shape
//!   of the replay's `counters.json`; `status` prints the block header.
//!
//! A file reads back what was written, unlike the device: `TBL_COMMIT` reads what was last
//! written (the device: the active banks), `STATUS` reads 0 (idle), and the read-only header
//! registers read what the test put there.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dxedge_host::bus::{Recorder, RegisterBus};
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::pcie::PcieBar;
use dxedge_host::regmap::{
    self, cap_lpm, cap_tables, version, Capacity, CounterBlock, CAPACITY, CPU_TX_COUNTERS,
    GLOBAL_COUNTERS, TARGET_COUNTERS, VIF_COUNTERS,
};
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};
use dxedge_testbench::device::DEVICES_ENV;
use dxedge_testbench::engine::{EgressCounters, EngineCounters, IngressCounters};
use dxedge_testbench::output::{counters_json, CounterKeys};

const DXEDGE: &str = env!("CARGO_BIN_EXE_dxedge");
const SPAN: u64 = regmap::SPAN as u64;
const BDF: &str = "0000:3b:00.0";

fn demo_config_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo/appliance.toml")
}

fn demo_config() -> Config {
    Config::load(&demo_config_path()).expect("demo config")
}

/// The block header a build answers with, by register offset.
fn header(beat_bytes: u32, cap: Capacity) -> [(u32, u32); 5] {
    [
        (regmap::ID.offset, regmap::BLOCK_TYPE),
        (
            regmap::VERSION.offset,
            (version::MAJOR.place(u64::from(regmap::VERSION_MAJOR))
                | version::MINOR.place(u64::from(regmap::VERSION_MINOR))) as u32,
        ),
        (regmap::BUILD.offset, beat_bytes),
        (
            regmap::CAP_TABLES.offset,
            (cap_tables::VIFS.place(u64::from(cap.vifs))
                | cap_tables::TARGETS.place(u64::from(cap.targets))) as u32,
        ),
        (
            regmap::CAP_LPM.offset,
            cap_lpm::LEVELS.place(u64::from(cap.lpm_levels)) as u32,
        ),
    ]
}

/// A zeroed file of `size` bytes with `words` written into it through the BAR backend.
fn bar_file(path: &Path, size: u64, words: &[(u32, u32)]) {
    let file = fs::File::create(path).expect("create");
    file.set_len(size).expect("size");
    if words.is_empty() {
        return;
    }
    let mut bar = PcieBar::from_path(path).expect("map");
    for &(offset, value) in words {
        bar.write32(offset, value).expect("write");
    }
}

/// 64-bit counter `counter` of `row` of `block`, as the file holds it.
fn counter_words(block: &CounterBlock, row: u32, counter: u32, value: u64) -> [(u32, u32); 2] {
    let at = block.offset(row, counter);
    [(at, value as u32), (at + 4, (value >> 32) as u32)]
}

/// A directory shaped like `/sys/bus/pci/devices` with one function, `BDF`, whose BAR 0 is
/// a file of `size` bytes holding `words`.
struct Sysfs {
    root: tempfile::TempDir,
}

impl Sysfs {
    fn new(size: u64, words: &[(u32, u32)]) -> Sysfs {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join(BDF);
        fs::create_dir(&dir).expect("device dir");
        let mut table = format!(
            "0x00000000fb000000 0x{:016x} 0x0000000000040200\n",
            0xfb00_0000 + size - 1
        );
        for _ in 1..7 {
            table.push_str("0x0000000000000000 0x0000000000000000 0x0000000000000000\n");
        }
        fs::write(dir.join("resource"), table).expect("resource");
        fs::write(dir.join("enable"), "1\n").expect("enable");
        bar_file(&dir.join("resource0"), size, words);
        Sysfs { root }
    }

    /// A 10G build of full capacity, its header only.
    fn board() -> Sysfs {
        Sysfs::new(SPAN, &header(8, CAPACITY))
    }

    fn bar(&self) -> PathBuf {
        self.root.path().join(BDF).join("resource0")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(DXEDGE)
            .env(DEVICES_ENV, self.root.path())
            .args(["device", "--pci", BDF])
            .args(args)
            .output()
            .expect("dxedge runs")
    }

    fn poke(&self, words: &[(u32, u32)]) {
        let mut bar = PcieBar::from_path(&self.bar()).expect("map");
        for &(offset, value) in words {
            bar.write32(offset, value).expect("write");
        }
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exit 2, one line on stderr holding every `words`, nothing on stdout.
fn assert_refused(output: &Output, words: &[&str]) {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(2), "stderr: {text}");
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
    for w in words {
        assert!(text.contains(w), "{w:?} not in {text}");
    }
    assert!(output.stdout.is_empty(), "stdout: {}", stdout(output));
}

fn assert_ok(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}\nstdout: {}",
        stderr(output),
        stdout(output)
    );
    stdout(output)
}

/// Run `steps` (programs of these configs, in order) through the driver on `bus`, recording
/// every access; `zeroed`: declare the banks zeroed first, as the replay does.
fn record<B: RegisterBus>(bus: B, zeroed: bool, configs: &[&Config]) -> Recorder<B> {
    let mut dev = Device::open(Recorder::new(bus)).expect("open");
    if zeroed {
        dev.assume_zeroed().expect("zeroed");
    }
    for config in configs {
        let tables = dev.compile(config).expect("fits");
        dev.program(&tables).expect("program");
    }
    dev.into_bus()
}

#[test]
fn the_writes_to_a_bar_are_the_writes_to_the_verilator_build_in_the_same_order() {
    let demo = demo_config();
    // A second config that moves routes and a target: the second program writes a diff.
    let mut other = demo.clone();
    other.routes.retain(|r| r.prefix.len != 24);
    other.targets.swap(0, 1);
    for route in &mut other.routes {
        route.target = match route.target {
            0 => 1,
            1 => 0,
            t => t,
        };
    }

    let dir = tempfile::tempdir().expect("temp dir");
    for (zeroed, name) in [(true, "the replay's way"), (false, "the board's way")] {
        let mut sim = PortPipelineSim::new(Build::TenG).expect("Verilator model");
        sim.reset().expect("reset");
        let sim_info = *Device::open(&mut sim).expect("open").info();
        let on_sim = record(&mut sim, zeroed, &[&demo, &other]);

        let path = dir.path().join(format!("bar-{zeroed}"));
        bar_file(&path, SPAN, &header(8, CAPACITY));
        let bar = PcieBar::from_path(&path).expect("map");
        let bar_info = *Device::open(PcieBar::from_path(&path).expect("map"))
            .expect("open")
            .info();
        assert_eq!(bar_info, sim_info, "the header written is the RTL's");
        let on_bar = record(bar, zeroed, &[&demo, &other]);

        let sim_writes: Vec<(u32, u32)> = on_sim.writes().collect();
        let bar_writes: Vec<(u32, u32)> = on_bar.writes().collect();
        let commits: Vec<usize> = bar_writes
            .iter()
            .enumerate()
            .filter(|(_, (o, _))| *o == regmap::TBL_COMMIT.offset)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(commits.len(), 2, "{name}: two programs, two commits");
        assert_eq!(
            commits[1],
            bar_writes.len() - 1,
            "{name}: the commit is last"
        );
        if let Some(i) =
            (0..sim_writes.len().min(bar_writes.len())).find(|&i| sim_writes[i] != bar_writes[i])
        {
            panic!(
                "{name}: write {i} differs: Verilator {:x?}, BAR {:x?}",
                sim_writes[i], bar_writes[i]
            );
        }
        assert_eq!(sim_writes.len(), bar_writes.len(), "{name}: write count");
        assert!(
            bar_writes.len() > commits[0] + 1,
            "{name}: the diff wrote entries"
        );
        if !zeroed {
            // The board's way writes every entry of the first program.
            let table_writes = bar_writes[..commits[0]]
                .iter()
                .filter(|(o, _)| *o == regmap::TBL_WRITE.offset)
                .count() as u32;
            assert_eq!(
                table_writes,
                regmap::VIDS + CAPACITY.targets + CAPACITY.lpm_nodes() + CAPACITY.lpm_leaves()
            );
        }
    }
}

#[test]
fn program_writes_the_file_as_the_driver_does_and_status_shows_the_build() {
    let sys = Sysfs::board();
    let config = demo_config_path();
    let config_arg = config.to_str().expect("utf-8 path");
    let out = assert_ok(&sys.run(&["program", "--config", config_arg]));
    let demo = demo_config();
    assert!(
        out.starts_with(&format!(
            "programmed {BDF} BAR 0 from {config_arg}: 3 VIFs, 4 targets, {} routes, {} customer routes\nto-aws       block at 0x00000: ",
            demo.routes.len(),
            demo.customer_routes.len()
        )),
        "{out}"
    );
    assert!(out.contains("active banks 0xf\n"), "{out}");

    // The same driver calls in this process, on a fresh file, leave the same bytes.
    let dir = tempfile::tempdir().expect("temp dir");
    let expected = dir.path().join("bar");
    bar_file(&expected, SPAN, &header(8, CAPACITY));
    let mut dev = Device::open(PcieBar::from_path(&expected).expect("map")).expect("open");
    let tables = dev.compile(&demo).expect("fits");
    let report = dev.program(&tables).expect("program");
    drop(dev);
    assert!(
        out.contains(&format!(
            "{} table entries in {} register writes",
            report.entries, report.bus_writes
        )),
        "{out}"
    );
    let (got, want) = (
        fs::read(sys.bar()).expect("read"),
        fs::read(&expected).expect("read"),
    );
    assert!(got == want, "the file differs from the driver's");

    let out = assert_ok(&sys.run(&["status"]));
    for line in [
        format!(
            "device    {BDF} BAR 0 ({}, 1048576 bytes; registers in the first 1048576)",
            sys.bar().display()
        ),
        "block     at 0x00000: ID 0x44585050 \"DXPP\" (dxedge port pipeline), register map 2.1"
            .into(),
        "direction to-aws".into(),
        "speed     10g (8-byte beats)".into(),
        "capacity  256 VIFs, 1024 targets, LPM 16 levels (65535 nodes, 65536 leaves)".into(),
        "banks     vid 1, target 1, lpm 1, port 1 (TBL_COMMIT 0xf)".into(),
        "status    clear_busy 0, commit_busy 0 (STATUS 0x00000000)".into(),
    ] {
        assert!(out.lines().any(|l| l == line), "{line:?} not in\n{out}");
    }
}

#[test]
fn program_warns_when_the_config_speed_is_not_the_builds() {
    let sys = Sysfs::new(SPAN, &header(64, CAPACITY));
    let config = demo_config_path();
    let output = sys.run(&["program", "--config", config.to_str().expect("utf-8")]);
    assert_ok(&output);
    let text = stderr(&output);
    assert!(
        text.contains("port.speed is 10g; the build of 0000:3b:00.0 BAR 0 is 100g"),
        "{text}"
    );
}

/// Counters planted in the file: per VIF index i (of the demo's 3) rx = 10 + i and so on,
/// target 1 a 64-bit value, two drop reasons and the punts.
fn plant_counters(sys: &Sysfs) -> EngineCounters {
    let mut c = EngineCounters::zeroed(3, 4);
    let mut words = Vec::new();
    for (i, v) in c.ingress.iter_mut().enumerate() {
        let base = 100 * (i as u64 + 1);
        *v = IngressCounters {
            rx_packets: base,
            rx_bytes: base * 64,
            forwarded_packets: base - 3,
            punted_packets: 2,
            dropped_packets: 1,
        };
        let values = [
            v.rx_packets,
            v.rx_bytes,
            v.forwarded_packets,
            v.punted_packets,
            v.dropped_packets,
        ];
        for (k, value) in values.into_iter().enumerate() {
            words.extend(counter_words(&VIF_COUNTERS, i as u32, k as u32, value));
        }
    }
    c.egress[1] = EgressCounters {
        tx_packets: 0x1_0000_0005,
        tx_bytes: 0x2_0000_0000,
        cpu_tx_packets: 3,
        cpu_tx_bytes: 0x1_0000_00c0,
    };
    words.extend(counter_words(&TARGET_COUNTERS, 1, 0, 0x1_0000_0005));
    words.extend(counter_words(&TARGET_COUNTERS, 1, 1, 0x2_0000_0000));
    words.extend(counter_words(&CPU_TX_COUNTERS, 1, 0, 3));
    words.extend(counter_words(&CPU_TX_COUNTERS, 1, 1, 0x1_0000_00c0));
    c.drops[1] = 7; // unknown_vlan
    c.drops[6] = 9; // no_route
    c.punted_packets = 6;
    words.extend(counter_words(&GLOBAL_COUNTERS, 0, 1, 7));
    words.extend(counter_words(&GLOBAL_COUNTERS, 0, 6, 9));
    words.extend(counter_words(&GLOBAL_COUNTERS, 0, 7, 6));
    sys.poke(&words);
    c
}

#[test]
fn counters_as_json_are_the_replays_counters_json_by_name_or_by_index() {
    let sys = Sysfs::board();
    let expected = plant_counters(&sys);
    let config = demo_config_path();
    let config_arg = config.to_str().expect("utf-8 path");
    let out = assert_ok(&sys.run(&["counters", "--config", config_arg, "--json"]));
    let want = counters_json(
        &demo_config(),
        dxedge_host::direction::Direction::ToAws,
        &expected,
        0,
        CounterKeys::Device,
    )
    .expect("json");
    // One object per datapath the board has, keyed by its direction (this board: one).
    assert_eq!(
        out,
        format!(
            "{{\n  \"to-aws\": {}\n}}\n",
            want.trim_end().replace('\n', "\n  ")
        )
    );
    assert!(
        out.contains("\"transit-gw\": {\n        \"rx_packets\": 300,"),
        "{out}"
    );

    // No config: every index of the build, named by its number.
    let out = assert_ok(&sys.run(&["counters", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    let json = &json["to-aws"];
    let vifs = json["vifs"].as_object().expect("vifs");
    let targets = json["targets"].as_object().expect("targets");
    assert_eq!(vifs.len(), CAPACITY.vifs as usize);
    assert_eq!(targets.len(), CAPACITY.targets as usize);
    assert_eq!(vifs.keys().next().map(String::as_str), Some("0"));
    assert_eq!(vifs["2"]["rx_packets"], 300);
    assert_eq!(vifs["3"]["rx_packets"], 0);
    assert_eq!(targets["1"]["tx_packets"], 0x1_0000_0005u64);
    assert_eq!(targets["1"]["cpu_tx_packets"], 3);
    assert_eq!(targets["1"]["cpu_tx_bytes"], 0x1_0000_00c0u64);
    assert_eq!(targets["2"]["cpu_tx_bytes"], 0);
    assert_eq!(json["drops"]["no_route"], 9);
    assert_eq!(json["drops"]["truncated_capture"], 0);
    assert_eq!(json["punted_packets"], 6);
}

#[test]
fn counters_as_tables_name_rows_by_config_or_show_the_nonzero_indices() {
    let sys = Sysfs::board();
    plant_counters(&sys);
    let config = demo_config_path();
    let out = assert_ok(&sys.run(&["counters", "--config", config.to_str().expect("utf-8")]));
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(rows.contains(&vec!["corp-public", "102", "200", "12800", "197", "2", "1"]));
    assert!(rows.contains(&vec![
        "target",
        "tx_packets",
        "tx_bytes",
        "cpu_tx_packets",
        "cpu_tx_bytes"
    ]));
    assert!(rows.contains(&vec![
        "vpc-b",
        "4294967301",
        "8589934592",
        "3",
        "4294967488"
    ]));
    assert!(rows.contains(&vec!["tgw", "0", "0", "0", "0"]));
    assert!(rows.contains(&vec!["drop", "no_route", "9"]));
    assert!(rows.contains(&vec!["punt", "6"]));
    assert!(!out.contains("truncated_capture"), "{out}");

    let out = assert_ok(&sys.run(&["counters"]));
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(
        rows.contains(&vec!["2", "-", "300", "19200", "297", "2", "1"]),
        "{out}"
    );
    assert!(
        rows.contains(&vec!["1", "4294967301", "8589934592", "3", "4294967488"]),
        "{out}"
    );
    assert!(
        out.contains("253 ingress rows and 1023 egress rows of zeros not shown"),
        "{out}"
    );
}

#[test]
fn no_such_device_is_refused_naming_the_address_and_the_path() {
    let sys = Sysfs::board();
    let output = Command::new(DXEDGE)
        .env(DEVICES_ENV, sys.root.path())
        .args(["device", "--pci", "af:00.1", "status"])
        .output()
        .expect("runs");
    let missing = sys.root.path().join("0000:af:00.1");
    assert_refused(
        &output,
        &[
            "no PCI device 0000:af:00.1",
            &missing.display().to_string(),
            "does not exist",
        ],
    );
    // The real sysfs, with an address no machine has.
    let output = Command::new(DXEDGE)
        .env_remove(DEVICES_ENV)
        .args(["device", "--pci", "ffff:ff:1f.7", "counters"])
        .output()
        .expect("runs");
    assert_refused(&output, &["/sys/bus/pci/devices/ffff:ff:1f.7"]);
}

#[test]
fn a_bar_too_small_is_refused_naming_both_sizes() {
    let sys = Sysfs::new(64 << 10, &[]);
    assert_refused(
        &sys.run(&["status"]),
        &[
            &sys.bar().display().to_string(),
            "65536 bytes (64 KiB)",
            "1048576 bytes (1 MiB)",
        ],
    );
}

#[test]
fn a_block_that_is_not_ours_is_refused_before_any_write() {
    let config = demo_config_path();
    let config_arg = config.to_str().expect("utf-8 path");
    let bar_name = format!("{BDF} BAR 0");

    let sys = Sysfs::new(SPAN, &[]);
    assert_refused(
        &sys.run(&["program", "--config", config_arg]),
        &[
            &bar_name,
            "resource0",
            "ID register reads 0x00000000",
            "0x44585050",
        ],
    );
    assert!(fs::read(sys.bar()).expect("read").iter().all(|b| *b == 0));

    let mut words = header(8, CAPACITY).to_vec();
    words[0].1 = 0x1234_5678;
    let sys = Sysfs::new(SPAN, &words);
    assert_refused(
        &sys.run(&["status"]),
        &[&bar_name, "0x12345678", "is the dxedge bitstream loaded"],
    );

    let sys = Sysfs::new(SPAN, &[(regmap::ID.offset, u32::MAX)]);
    assert_refused(&sys.run(&["counters"]), &["0xffffffff", "does not answer"]);

    let mut words = header(8, CAPACITY).to_vec();
    words[1].1 = 1 << 16 | 1;
    let sys = Sysfs::new(SPAN, &words);
    let before = fs::read(sys.bar()).expect("read");
    assert_refused(
        &sys.run(&["program", "--config", config_arg]),
        &[&bar_name, "version 1.1", "refuses to program it"],
    );
    assert!(
        fs::read(sys.bar()).expect("read") == before,
        "nothing written"
    );
}

#[test]
fn a_bad_config_is_refused_before_the_device_is_touched() {
    let sys = Sysfs::board();
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.toml");
    let text = fs::read_to_string(demo_config_path())
        .expect("demo")
        .replace("mtu = 8500", "mtu = 8501");
    fs::write(&bad, text).expect("write");
    let before = fs::read(sys.bar()).expect("read");
    let bad_arg = bad.to_str().expect("utf-8");
    assert_refused(
        &sys.run(&["program", "--config", bad_arg]),
        &[bad_arg, "vif[2].mtu"],
    );
    assert_refused(
        &sys.run(&["counters", "--config", bad_arg]),
        &[bad_arg, "vif[2].mtu"],
    );
    let missing = dir.path().join("missing.toml");
    assert_refused(
        &sys.run(&["program", "--config", missing.to_str().expect("utf-8")]),
        &["missing.toml", "cannot read the config"],
    );
    assert!(
        fs::read(sys.bar()).expect("read") == before,
        "nothing written"
    );

    // A good config that does not fit the build (this one has room for 2 targets).
    let small = Capacity {
        targets: 2,
        ..CAPACITY
    };
    let sys = Sysfs::new(SPAN, &header(8, small));
    let before = fs::read(sys.bar()).expect("read");
    let config = demo_config_path();
    assert_refused(
        &sys.run(&["program", "--config", config.to_str().expect("utf-8")]),
        &["appliance.toml", "4 targets; the pipeline holds 2", BDF],
    );
    assert!(
        fs::read(sys.bar()).expect("read") == before,
        "nothing written"
    );
}

#[test]
fn bad_arguments_are_clap_errors() {
    let sys = Sysfs::board();
    for args in [
        vec!["device", "--pci", "3b:00", "status"],
        vec!["device", "--pci", "3b:20.0", "status"],
        vec!["device", "--pci", BDF, "--bar", "6", "status"],
        vec!["device", "--pci", BDF, "program"],
        vec!["device", "status"],
    ] {
        let output = Command::new(DXEDGE)
            .env(DEVICES_ENV, sys.root.path())
            .args(&args)
            .output()
            .expect("runs");
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).starts_with("error: "),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn a_commit_that_never_finishes_fails_with_exit_1() {
    let mut words = header(8, CAPACITY).to_vec();
    words.push((regmap::STATUS.offset, 1 << regmap::status::COMMIT_BUSY.lsb));
    let sys = Sysfs::new(SPAN, &words);
    let config = demo_config_path();
    let output = sys.run(&["program", "--config", config.to_str().expect("utf-8")]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("programming the to-aws datapath failed"),
        "{text}"
    );
    assert!(text.contains("STATUS.commit_busy did not fall"), "{text}");
}

#[path = "common/tmpfs.rs"]
mod tmpfs;

fn set_enable(sys: &Sysfs, value: &str) {
    fs::write(sys.root.path().join(BDF).join("enable"), value).expect("enable");
}

fn enable_count(sys: &Sysfs) -> String {
    fs::read_to_string(sys.root.path().join(BDF).join("enable")).expect("enable")
}

/// A function whose memory decoding is off cannot show its header; it is enabled only
/// once the header read says it is a dxedge, so a mistyped `--pci` enables nothing.
#[test]
fn only_a_function_whose_header_is_ours_is_enabled() {
    let sys = Sysfs::new(SPAN, &[]);
    set_enable(&sys, "0\n");
    assert_refused(
        &sys.run(&["status"]),
        &[
            BDF,
            "memory decoding off",
            "enables only a function it has identified",
            "echo 1 >",
        ],
    );
    assert_eq!(enable_count(&sys), "0\n", "not enabled");

    let mut words = header(8, CAPACITY).to_vec();
    words[0].1 = 0x1234_5678;
    let sys = Sysfs::new(SPAN, &words);
    set_enable(&sys, "0\n");
    assert_refused(&sys.run(&["status"]), &[BDF]);
    assert_eq!(enable_count(&sys), "0\n", "not enabled");

    let sys = Sysfs::board();
    set_enable(&sys, "0\n");
    assert_ok(&sys.run(&["status"]));
    assert_eq!(enable_count(&sys), "1", "ours: enabled");
}

/// sysfs has no symbolic links inside a function's directory: `enable` or `resource0` as
/// one would send the write or the mapping elsewhere, so they are refused, and what they
/// point at is untouched.
#[test]
fn symbolic_links_where_sysfs_has_none_are_refused() {
    let elsewhere = tempfile::tempdir().expect("temp dir");

    let sys = Sysfs::board();
    let victim = elsewhere.path().join("enable-of-another-device");
    fs::write(&victim, "0\n").expect("victim");
    let enable = sys.root.path().join(BDF).join("enable");
    fs::remove_file(&enable).expect("rm");
    std::os::unix::fs::symlink(&victim, &enable).expect("symlink");
    assert_refused(
        &sys.run(&["status"]),
        &[&enable.display().to_string(), "symbolic link"],
    );
    assert_eq!(fs::read_to_string(&victim).expect("read"), "0\n");

    let sys = Sysfs::board();
    let other = elsewhere.path().join("some-file");
    bar_file(&other, SPAN, &header(8, CAPACITY));
    let before = fs::read(&other).expect("read");
    fs::remove_file(sys.bar()).expect("rm");
    std::os::unix::fs::symlink(&other, sys.bar()).expect("symlink");
    let config = demo_config_path();
    assert_refused(
        &sys.run(&["program", "--config", config.to_str().expect("utf-8")]),
        &[&sys.bar().display().to_string(), "symbolic link"],
    );
    assert!(fs::read(&other).expect("read") == before, "nothing written");
}

/// A BAR file whose pages the file system cannot supply (sparse, on a full file system)
/// faults on access: the command says so in one line and exits 1, instead of dying of
/// SIGBUS with no message.
#[test]
fn a_bar_that_faults_on_access_is_one_line_and_exit_1() {
    let Some(fs_) = tmpfs::Tmpfs::mount("256k") else {
        return;
    };
    let dir = fs_.path().join(BDF);
    fs::create_dir(&dir).expect("device dir");
    let sys_table = format!(
        "0x00000000fb000000 0x{:016x} 0x0000000000040200\n",
        0xfb00_0000 + SPAN - 1
    );
    fs::write(dir.join("resource"), sys_table).expect("resource");
    fs::write(dir.join("enable"), "1\n").expect("enable");
    // Sparse: only the header's page is there.
    bar_file(&dir.join("resource0"), SPAN, &header(8, CAPACITY));
    fs_.fill();
    // The counters are pages away from the header: reading them needs pages there is no
    // room for.
    let output = Command::new(DXEDGE)
        .env(DEVICES_ENV, fs_.path())
        .args(["device", "--pci", BDF, "counters"])
        .output()
        .expect("runs");
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "stderr: {text}");
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
    assert!(
        text.contains("SIGBUS") && text.contains("resource0"),
        "{text}"
    );
}

/// Paths in messages are escaped and cut like every value echoed from the user.
#[test]
fn paths_in_messages_are_escaped_and_cut() {
    let root = tempfile::tempdir().expect("temp dir");
    let devices = root.path().join(format!("{}\u{1b}[2J", "d".repeat(300)));
    let output = Command::new(DXEDGE)
        .env(DEVICES_ENV, &devices)
        .args(["device", "--pci", BDF, "status"])
        .output()
        .expect("runs");
    assert_refused(&output, &["bytes)"]);
    let text = stderr(&output);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.len() < 800, "{} bytes: {text}", text.len());
}

/// A board with both datapaths: the to-AWS block at 0 naming the to-customer block at
/// `BLOCK_SPAN` in its `NEXT`, as the two-direction port pipeline has them.
fn two_blocks() -> Vec<(u32, u32)> {
    let mut words = header(8, CAPACITY).to_vec();
    words.push((regmap::NEXT.offset, regmap::BLOCK_SPAN));
    for (offset, value) in header(8, CAPACITY) {
        let value = if offset == regmap::BUILD.offset {
            value | regmap::build::DIRECTION.place(1) as u32
        } else {
            value
        };
        words.push((regmap::BLOCK_SPAN + offset, value));
    }
    words
}

#[test]
fn program_counters_and_status_cover_both_directions() {
    let mut words = two_blocks();
    // Target 2 (tgw) received 5 frames from the AWS side: the to-customer block's first
    // counter row set is its ingress rows.
    words.extend(
        counter_words(&VIF_COUNTERS, 3, 0, 5)
            .into_iter()
            .map(|(o, v)| (regmap::BLOCK_SPAN + o, v)),
    );
    let sys = Sysfs::new(SPAN, &words);
    let config = demo_config_path();
    let config_arg = config.to_str().expect("utf-8 path");
    let out = assert_ok(&sys.run(&["program", "--config", config_arg]));
    assert!(out.contains("\nto-aws       block at 0x00000: "), "{out}");
    assert!(out.contains("\nto-customer  block at 0x80000: "), "{out}");

    // What the to-customer block got is what the driver writes for that direction.
    let dir = tempfile::tempdir().expect("temp dir");
    let expected = dir.path().join("bar");
    bar_file(&expected, SPAN, &words);
    let demo = demo_config();
    for direction in Direction::ALL {
        let bar = PcieBar::from_path(&expected).expect("map");
        let mut dev = Device::open_direction(bar, direction).expect("block");
        let tables = dev.compile(&demo).expect("fits");
        dev.program(&tables).expect("program");
    }
    assert!(
        fs::read(sys.bar()).expect("read") == fs::read(&expected).expect("read"),
        "the file differs from the driver's, block by block"
    );

    let out = assert_ok(&sys.run(&["status"]));
    assert!(out.contains("direction to-aws\n"), "{out}");
    assert!(out.contains("direction to-customer\n"), "{out}");
    assert_eq!(
        out.matches("banks     vid 1, target 1, lpm 1, port 1")
            .count(),
        2,
        "{out}"
    );

    let out = assert_ok(&sys.run(&["counters", "--config", config_arg, "--json"]));
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(json["to-customer"]["direction"], "to-customer");
    assert_eq!(json["to-customer"]["targets"]["tgw"]["rx_packets"], 5);
    assert_eq!(json["to-aws"]["vifs"]["corp-private"]["rx_packets"], 0);
    let tables = assert_ok(&sys.run(&["counters", "--config", config_arg]));
    assert!(
        tables.contains("counters of 0000:3b:00.0 BAR 0, to-customer"),
        "{tables}"
    );
    let rows: Vec<Vec<&str>> = tables
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(
        rows.contains(&vec!["tgw", "3001", "5", "0", "0", "0", "0"]),
        "{tables}"
    );
}
