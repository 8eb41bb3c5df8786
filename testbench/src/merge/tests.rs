//! Capture files of shards appended: the files of one run, byte for byte.

use super::*;
use crate::capture::{Resolution, Timestamp};
use crate::output::Outputs;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::verdict::DropReason;

const CONFIG: &str = "[port]\nmac = \"02:00:00:00:00:01\"\n\
    [[vif]]\nname = \"v1\"\nkind = \"private\"\nvlan = 10\n\
    [[target]]\nname = \"zeta\"\nmac = \"02:00:00:00:00:02\"\n\
    [[target]]\nname = \"alpha\"\nmac = \"02:00:00:00:00:03\"\n";

/// Frame `i` of the test traffic: forwarded, punted or dropped by turns; every tenth is
/// longer than the snap length.
fn write(outputs: &mut Outputs, i: u32) {
    let ts = Timestamp {
        secs: i,
        frac: i * 3,
    };
    let len = if i % 10 == 9 {
        300
    } else {
        60 + i as usize % 7
    };
    let data = vec![i as u8; len];
    match i % 3 {
        0 => outputs.forward(i as usize % 2, ts, &data).expect("forward"),
        1 => outputs.punt(ts, len as u32, &data).expect("punt"),
        _ => outputs
            .drop_frame(
                ts,
                len as u32 + 4,
                &data,
                DropReason::NoRoute,
                u64::from(i) + 1,
            )
            .expect("drop"),
    }
}

fn run(dir: &Path, frames: std::ops::Range<u32>, resolution: Resolution) {
    let config = Config::parse(CONFIG, "t.toml").expect("valid");
    fs::create_dir_all(dir).expect("mkdir");
    let mut outputs =
        Outputs::create(dir, &config, Direction::ToAws, resolution, 200).expect("create");
    for i in frames {
        write(&mut outputs, i);
    }
    outputs.finish().expect("finish");
}

#[test]
fn shards_appended_are_the_one_run_byte_for_byte() {
    let tmp = tempfile::tempdir().expect("tmp");
    for resolution in [Resolution::Micro, Resolution::Nano] {
        let whole = tmp.path().join(format!("whole-{resolution:?}"));
        run(&whole, 0..40, resolution);
        // Cuts where the long records fall in one shard only, in none, in several.
        for cuts in [
            vec![0, 5, 40],
            vec![0, 9, 10, 40],
            vec![0, 0, 20, 40, 40],
            vec![0, 40],
        ] {
            let joined = tmp.path().join(format!("joined-{resolution:?}-{cuts:?}"));
            let parts: Vec<PathBuf> = (0..cuts.len() - 1)
                .map(|k| tmp.path().join(format!("part-{resolution:?}-{cuts:?}-{k}")))
                .collect();
            for (k, part) in parts.iter().enumerate() {
                run(part, cuts[k]..cuts[k + 1], resolution);
            }
            fs::create_dir_all(&joined).expect("mkdir");
            for name in capture_files(&parts[0]).expect("list") {
                fs::copy(parts[0].join(&name), joined.join(&name)).expect("copy");
            }
            append_captures(&joined, &parts[1..], Appended::Keep).expect("append");
            let names = capture_files(&whole).expect("list");
            assert_eq!(
                names,
                ["alpha.pcap", "drops.pcapng", "punt.pcap", "zeta.pcap"]
            );
            for name in names {
                assert_eq!(
                    fs::read(joined.join(&name)).expect("joined"),
                    fs::read(whole.join(&name)).expect("whole"),
                    "{name}, cut at {cuts:?}"
                );
            }
        }
    }
}

#[test]
fn files_of_another_resolution_are_not_appended() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (micro, nano) = (tmp.path().join("micro"), tmp.path().join("nano"));
    run(&micro, 0..3, Resolution::Micro);
    run(&nano, 3..6, Resolution::Nano);
    let e = append_captures(&micro, &[nano], Appended::Keep).expect_err("different headers");
    assert!(e.to_string().contains("different headers"), "{e}");
    let (_, header) = open_capture(&micro, DROPS_FILE, false).expect("ours");
    assert_eq!(header.snaplen(), 200);
    fs::write(
        tmp.path().join("x.pcap"),
        b"not a capture at all, longer than 24",
    )
    .expect("write");
    let e = open_capture(tmp.path(), "x.pcap", false).expect_err("not ours");
    assert!(e.contains("not a little-endian classic pcap"), "{e}");
}
