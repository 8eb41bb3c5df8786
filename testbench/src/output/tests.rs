//! Output files read back with pcap-file's own readers, and the `--out` rule.

use super::*;
use crate::engine::{EgressCounters, IngressCounters};
use pcap_file::pcap::PcapReader;
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketOption;
use pcap_file::pcapng::{Block, PcapNgReader};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dxedge-output-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn leftovers(parent: &Path) -> Vec<String> {
    fs::read_dir(parent)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("dxedge-"))
        .collect()
}

#[test]
fn out_is_created_only_on_commit_and_a_dropped_run_leaves_nothing() {
    let parent = scratch("commit");
    let out = parent.join("nested/out");
    {
        let dir = OutDir::prepare(&out, false).expect("prepare");
        fs::write(dir.path().join("x"), "1").expect("write");
        assert!(!out.exists(), "nothing appears before the commit");
    }
    assert!(!out.exists());
    // The parent this run created goes with it (a lock file was in it too).
    assert!(!parent.join("nested").exists(), "{:?}", leftovers(&parent));

    let dir = OutDir::prepare(&out, false).expect("prepare");
    fs::write(dir.path().join("x"), "2").expect("write");
    dir.commit().expect("commit");
    assert_eq!(fs::read_to_string(out.join("x")).expect("read"), "2");
    assert!(leftovers(&parent.join("nested")).is_empty());
    let _ = fs::remove_dir_all(&parent);
}

#[test]
fn a_non_empty_out_needs_force_which_replaces_it() {
    let parent = scratch("force");
    let out = parent.join("out");
    fs::create_dir_all(&out).expect("mkdir");
    // An empty directory is used as it is.
    let dir = OutDir::prepare(&out, false).expect("empty is fine");
    fs::write(dir.path().join("a"), "a").expect("write");
    dir.commit().expect("commit");

    match OutDir::prepare(&out, false) {
        Err(OutDirError::Refused { why, .. }) => assert!(why.contains("--force"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let dir = OutDir::prepare(&out, true).expect("force");
    fs::write(dir.path().join("b"), "b").expect("write");
    assert!(
        out.join("a").exists(),
        "the old outputs stay until the commit"
    );
    dir.commit().expect("commit");
    assert!(!out.join("a").exists() && out.join("b").exists());
    assert!(leftovers(&parent).is_empty());

    let file = parent.join("file");
    fs::write(&file, "x").expect("write");
    for force in [false, true] {
        match OutDir::prepare(&file, force) {
            Err(OutDirError::Refused { why, .. }) => assert!(why.contains("not a directory")),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
    let _ = fs::remove_dir_all(&parent);
}

const CONFIG: &str = "[port]\nmac = \"02:00:00:00:00:01\"\n\
    [[vif]]\nname = \"v1\"\nkind = \"private\"\nvlan = 10\n\
    [[vif]]\nname = \"v0\"\nkind = \"public\"\nvlan = 20\n\
    [[target]]\nname = \"zeta\"\nmac = \"02:00:00:00:00:02\"\n\
    [[target]]\nname = \"alpha\"\nmac = \"02:00:00:00:00:03\"\n";

fn config() -> Config {
    Config::parse(CONFIG, "t.toml").expect("valid")
}

#[test]
fn capture_files_keep_timestamps_resolution_and_lengths() {
    for resolution in [Resolution::Micro, Resolution::Nano] {
        let dir = scratch(&format!("files-{resolution:?}"));
        let mut outputs =
            Outputs::create(&dir, &config(), Direction::ToAws, resolution, 65535).expect("create");
        let ts = Timestamp {
            secs: 1_700_000_000,
            frac: 999_999,
        };
        outputs.forward(1, ts, &[1; 60]).expect("forward");
        outputs
            .punt(Timestamp { secs: 1, frac: 2 }, 64, &[2; 64])
            .expect("punt");
        outputs
            .drop_frame(ts, 1514, &[3; 100], DropReason::TruncatedCapture, 7)
            .expect("drop");
        outputs
            .drop_frame(
                Timestamp { secs: 2, frac: 5 },
                60,
                &[4; 60],
                DropReason::NoRoute,
                1 << 40,
            )
            .expect("drop");
        assert!(outputs.forward(2, ts, &[0; 60]).is_err(), "no target 2");
        outputs.finish().expect("finish");

        let mut alpha =
            PcapReader::new(File::open(dir.join("alpha.pcap")).expect("open")).expect("pcap");
        assert_eq!(alpha.header().ts_resolution, resolution.to_pcap_file());
        assert_eq!(alpha.header().datalink, DataLink::ETHERNET);
        let packet = alpha.next_raw_packet().expect("one").expect("ok");
        assert_eq!(
            (
                packet.ts_sec,
                packet.ts_frac,
                packet.incl_len,
                packet.orig_len
            ),
            (1_700_000_000, 999_999, 60, 60)
        );
        assert!(alpha.next_raw_packet().is_none());
        let mut zeta =
            PcapReader::new(File::open(dir.join("zeta.pcap")).expect("open")).expect("pcap");
        assert!(
            zeta.next_raw_packet().is_none(),
            "an empty file with a header"
        );
        let mut punt =
            PcapReader::new(File::open(dir.join("punt.pcap")).expect("open")).expect("pcap");
        let packet = punt.next_raw_packet().expect("one").expect("ok");
        assert_eq!((packet.ts_sec, packet.ts_frac, packet.orig_len), (1, 2, 64));

        let mut drops =
            PcapNgReader::new(File::open(dir.join("drops.pcapng")).expect("open")).expect("pcapng");
        let mut seen = Vec::new();
        while let Some(block) = drops.next_block() {
            match block.expect("block") {
                Block::InterfaceDescription(idb) => {
                    assert_eq!(idb.linktype, DataLink::ETHERNET);
                    assert_eq!(
                        idb.options,
                        vec![InterfaceDescriptionOption::IfTsResol(
                            resolution.if_tsresol()
                        )]
                    );
                }
                Block::EnhancedPacket(epb) => {
                    // The crate reads the raw timestamp as nanoseconds: it is in if_tsresol units.
                    let units = epb.timestamp.as_nanos() as u64;
                    // One comment, the reason; the packet id (option 5, unnamed by the crate).
                    let (comment, id) = match epb.options.as_slice() {
                        [EnhancedPacketOption::Comment(c), EnhancedPacketOption::Unknown(id)] => {
                            assert_eq!((id.code, id.length), (5, 8));
                            let bytes: [u8; 8] = id.value.as_ref().try_into().expect("8 bytes");
                            (c.to_string(), u64::from_le_bytes(bytes))
                        }
                        other => panic!("options {other:?}"),
                    };
                    seen.push((units, epb.original_len, epb.data.len(), comment, id));
                }
                _ => {}
            }
        }
        let per_second = resolution.units_per_second();
        assert_eq!(
            seen,
            [
                (
                    1_700_000_000 * per_second + 999_999,
                    1514,
                    100,
                    "truncated_capture".to_string(),
                    7
                ),
                (2 * per_second + 5, 60, 60, "no_route".to_string(), 1 << 40),
            ]
        );
        let _ = fs::remove_dir_all(&dir);
    }
}

#[test]
fn counters_json_has_every_key_in_config_and_spec_order() {
    let config = config();
    let mut counters = EngineCounters::zeroed(2, 2);
    counters.ingress[0] = IngressCounters {
        rx_packets: 5,
        rx_bytes: 320,
        forwarded_packets: 1,
        punted_packets: 2,
        dropped_packets: 2,
    };
    counters.egress[1] = EgressCounters {
        tx_packets: 1,
        tx_bytes: 60,
        // A device's CPU port counters: never in a replay's file
        cpu_tx_packets: 4,
        cpu_tx_bytes: 400,
    };
    counters.drops[DropReason::NoRoute.hw_code().map_or(0, usize::from)] = 2;
    counters.punted_packets = 2;
    let text =
        counters_json(&config, Direction::ToAws, &counters, 3, CounterKeys::Replay).expect("json");
    insta::assert_snapshot!(text);
    assert!(text.ends_with("}\n"));
    let mismatched = EngineCounters::zeroed(1, 2);
    assert!(counters_json(
        &config,
        Direction::ToAws,
        &mismatched,
        0,
        CounterKeys::Replay
    )
    .is_err());
    // A device's file has them, after the contract's keys of each egress row
    let device =
        counters_json(&config, Direction::ToAws, &counters, 0, CounterKeys::Device).expect("json");
    let json: serde_json::Value = serde_json::from_str(&device).expect("json");
    let row = &json["targets"][&config.targets[1].name];
    let keys: Vec<&str> = row
        .as_object()
        .expect("row")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 4);
    assert_eq!(row["cpu_tx_packets"], 4);
    assert_eq!(row["cpu_tx_bytes"], 400);
}

#[test]
fn run_json_has_cycles_and_beats_only_when_the_engine_gives_them() {
    let model = RunInfo {
        engine: "model".into(),
        speed: "10g".into(),
        direction: Direction::ToAws,
        packets: 3,
        wall_seconds: 0.25,
        cycles: None,
        input_beats: None,
        ..RunInfo::default()
    };
    assert_eq!(
        model.to_json().expect("json"),
        "{\n  \"engine\": \"model\",\n  \"speed\": \"10g\",\n  \"direction\": \"to-aws\",\n  \"packets\": 3,\n  \"wall_seconds\": 0.25\n}\n"
    );
    let rtl = RunInfo {
        engine: "verilator".into(),
        direction: Direction::ToCustomer,
        cycles: Some(100),
        input_beats: Some(40),
        ..model
    };
    let value: serde_json::Value =
        serde_json::from_str(&rtl.to_json().expect("json")).expect("parses");
    assert_eq!(value["cycles"], 100);
    assert_eq!(value["input_beats"], 40);
}
