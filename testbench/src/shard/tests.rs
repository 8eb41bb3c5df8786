//! The split: shard specs, bounds, and the scan's starts, read on from as a replay's pieces do.

use super::*;
use crate::capture::tests::{classic, Ng};

#[test]
fn shard_specs_are_i_of_n_from_zero() {
    let spec: ShardSpec = "2/7".parse().expect("valid");
    assert_eq!(spec, ShardSpec { index: 2, count: 7 });
    assert_eq!(spec.to_string(), "2/7");
    for bad in ["7/7", "0/0", "1", "a/b", "-1/3", "1/2/3", ""] {
        assert!(bad.parse::<ShardSpec>().is_err(), "{bad:?}");
    }
    let e = "3/3".parse::<ShardSpec>().expect_err("out of range");
    assert!(e.contains("count from 0 to 2"), "{e}");
}

#[test]
fn bounds_cover_the_file_and_a_shard_split_again_keeps_its_own() {
    for len in [0u64, 1, 24, 1000, 80_000_024, u64::MAX] {
        for n in [1u64, 2, 3, 7, 1000] {
            assert_eq!(bound(len, 0, n), 0);
            assert_eq!(bound(len, n, n), len);
            for i in 0..n {
                assert!(bound(len, i, n) <= bound(len, i + 1, n));
            }
            // Shard i of n split in m: pieces i·m.. of n·m, the same outer bounds.
            for m in [1u64, 2, 5] {
                for i in 0..n.min(20) {
                    let p = Pieces::new(m, Some(ShardSpec { index: i, count: n }));
                    assert_eq!(bound(len, p.first, p.of), bound(len, i, n));
                    assert_eq!(bound(len, p.first + p.count, p.of), bound(len, i + 1, n));
                }
            }
        }
    }
    let p = Pieces::new(3, Some(ShardSpec { index: 1, count: 4 }));
    assert_eq!((p.first, p.count, p.of), (3, 3, 12));
    assert_eq!(p.label(2), "5/12");
    assert_eq!(
        Pieces::new(2, None),
        Pieces {
            first: 0,
            count: 2,
            of: 2
        }
    );
}

/// Records as (number, data).
type Numbered = Vec<(u64, Vec<u8>)>;

/// The records each piece of `pieces` reads, reading as a replay's pieces do:
/// from its start to the first record whose slot starts at its end.
fn pieces_read(path: &Path, pieces: Pieces) -> (Vec<Numbered>, Scanned) {
    let mut starts = Vec::new();
    let scanned = scan(path, pieces, Reach::Whole, &mut |s| starts.push(s), &|| {
        false
    })
    .expect("readable")
    .expect("not stopped");
    assert_eq!(
        starts.iter().map(|s| s.piece).collect::<Vec<_>>(),
        (0..pieces.count).collect::<Vec<_>>(),
        "every piece once, in order"
    );
    let read = starts
        .iter()
        .map(|start| {
            let mut reader = CaptureReader::open_at(path, &start.checkpoint, start.resolution)
                .expect("reopened");
            let mut records = Vec::new();
            while start.end.is_none_or(|end| reader.progress().0 < end) {
                match reader.next_record().expect("record") {
                    Some(r) => records.push((r.index, r.data.to_vec())),
                    None => break,
                }
            }
            records
        })
        .collect();
    (read, scanned)
}

fn whole(path: &Path) -> Numbered {
    let mut reader = CaptureReader::open(path).expect("readable");
    let mut records = Vec::new();
    while let Some(r) = reader.next_record().expect("record") {
        records.push((r.index, r.data.to_vec()));
    }
    records
}

#[test]
fn the_pieces_of_any_split_read_every_record_once_in_order() {
    let dir = tempfile::tempdir().expect("tmp");
    let data: Vec<Vec<u8>> = (0..40u8)
        .map(|i| vec![i; 40 + usize::from(i) * 7])
        .collect();
    let records: Vec<(u32, u32, &[u8], u32)> = data
        .iter()
        .enumerate()
        .map(|(i, d)| (i as u32, 0, d.as_slice(), d.len() as u32))
        .collect();
    let mut ng = Ng::new(false);
    ng.interface(1, Some(9), None);
    for (i, d) in data.iter().enumerate() {
        if i == 13 {
            ng.section(true);
            ng.interface(1, None, None);
            ng.interface(1, Some(6), None);
        }
        ng.epb((i >= 13) as u32, i as u64, d, d.len() as u32);
    }
    for (name, bytes) in [
        ("c.pcap", classic(false, false, 1, &records)),
        ("c.pcapng", ng.bytes),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let all = whole(&path);
        for n in 1..=9u64 {
            let (read, scanned) = pieces_read(&path, Pieces::new(n, None));
            assert_eq!(read.concat(), all, "{name} in {n}");
            assert_eq!(scanned.records, 40);
            assert_eq!(scanned.bytes, bytes.len() as u64);
            assert_eq!(
                scanned.fingerprint,
                Some(format!("{:032x}", XxHash3_128::oneshot(&bytes)))
            );
            // As far as the last start only: the same starts, no fingerprint.
            let mut starts = Vec::new();
            let mut short = Vec::new();
            let partial = scan(
                &path,
                Pieces::new(n, None),
                Reach::Starts,
                &mut |s| starts.push(s),
                &|| false,
            )
            .expect("readable")
            .expect("not stopped");
            let whole_starts = {
                let mut all = Vec::new();
                scan(
                    &path,
                    Pieces::new(n, None),
                    Reach::Whole,
                    &mut |s| all.push(s),
                    &|| false,
                )
                .expect("readable");
                all
            };
            for (a, b) in starts.iter().zip(&whole_starts) {
                short.push(a.checkpoint == b.checkpoint && a.end == b.end && a.piece == b.piece);
            }
            assert!(
                short.len() == n as usize && short.iter().all(|same| *same),
                "{name} in {n}"
            );
            assert_eq!(partial.fingerprint, None);
            if name.ends_with(".pcap") && n > 1 {
                assert!(
                    partial.records < 40,
                    "{name} in {n}: read {} records",
                    partial.records
                );
            }
            // A shard split again reads what the shard does.
            for i in 0..n {
                let shard = Some(ShardSpec { index: i, count: n });
                let (alone, _) = pieces_read(&path, Pieces::new(1, shard));
                let (again, _) = pieces_read(&path, Pieces::new(3, shard));
                assert_eq!(again.concat(), alone.concat(), "{name}: shard {i}/{n} in 3");
                assert_eq!(alone.concat(), read[i as usize], "{name}: shard {i}/{n}");
            }
        }
        // More pieces than records: some are empty, none reads a record twice.
        let (read, _) = pieces_read(&path, Pieces::new(100, None));
        assert_eq!(read.concat(), all);
    }
}

#[test]
fn a_scan_stops_when_told_and_refuses_what_a_replay_refuses() {
    let dir = tempfile::tempdir().expect("tmp");
    let frame = [7u8; 64];
    let records: Vec<(u32, u32, &[u8], u32)> =
        (0..40_000).map(|_| (0, 0, &frame[..], 64)).collect();
    let path = dir.path().join("c.pcap");
    let mut bytes = classic(false, false, 1, &records);
    std::fs::write(&path, &bytes).expect("write");
    let stopped = scan(
        &path,
        Pieces::new(2, None),
        Reach::Whole,
        &mut |_| {},
        &|| true,
    )
    .expect("readable");
    assert!(stopped.is_none());
    // Cut inside the last record: the scan names it as a replay's reader does.
    bytes.truncate(bytes.len() - 10);
    std::fs::write(&path, &bytes).expect("write");
    let e = scan(
        &path,
        Pieces::new(2, None),
        Reach::Whole,
        &mut |_| {},
        &|| false,
    )
    .expect_err("cut");
    assert_eq!(e.packet(), Some(40_000));
}

#[test]
fn only_regular_uncompressed_files_can_be_split() {
    let dir = tempfile::tempdir().expect("tmp");
    let plain = dir.path().join("c.pcap");
    std::fs::write(&plain, classic(false, false, 1, &[])).expect("write");
    assert_eq!(check_splittable(&plain, "--jobs 2"), Ok(()));
    let gz = dir.path().join("c.pcap.gz");
    std::fs::write(&gz, [0x1f, 0x8b, 8, 0]).expect("write");
    let e = check_splittable(&gz, "--jobs 2").expect_err("gzip");
    assert!(e.contains("gunzip") && e.contains("--jobs 2"), "{e}");
    let e = check_splittable(Path::new("-"), "--shard 1/2").expect_err("stdin");
    assert!(
        e.contains("standard input") && e.contains("--shard 1/2"),
        "{e}"
    );
    let e = check_splittable(Path::new("/dev/null"), "--jobs 3").expect_err("device");
    assert!(e.contains("regular file"), "{e}");
}

#[test]
fn configs_that_say_the_same_have_one_fingerprint() {
    let a = "[port]\nmac = \"02:00:00:00:00:01\"\n[[vif]]\nname = \"v\"\nkind = \"private\"\nvlan = 10\n";
    let b = "# the same, said otherwise\n[port]\nmac = \"02:00:00:00:00:01\"\n\n[[vif]]\nvlan = 10\nname = \"v\"\nkind = \"private\"\n";
    let c = a.replace("vlan = 10", "vlan = 11");
    let fp = |t: &str| config_fingerprint(&Config::parse(t, "t.toml").expect("valid"));
    assert_eq!(fp(a), fp(b));
    assert_ne!(fp(a), fp(&c));
    assert_eq!(fp(a).len(), 32);
}
