//! What messages echo, what outputs declare, and a full file system under `--out`.

use std::fs;

#[path = "common/run.rs"]
mod run;
#[path = "common/tmpfs.rs"]
mod tmpfs;

use run::*;

// ---------------------------------------------------------------------------------------
// Items: messages, snap lengths, the smaller ones

#[test]
fn messages_escape_and_cut_what_they_echo() {
    let (config, input) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let hostile = dir.path().join("cap\u{1b}[2J\u{202e}ture.pcap");
    let done = replay(&config, &hostile, &out, &["--engine", "model"]);
    let line = assert_one_line(&done, 2, &["cap\\u{1b}[2J\\u{202e}ture.pcap"]);
    assert!(
        !line.contains('\u{1b}') && !line.contains('\u{202e}'),
        "{line:?}"
    );

    let long = dir.path().join("x".repeat(200));
    fs::create_dir(&long).expect("dir");
    let done = replay(
        &config,
        &long.join("y".repeat(200)),
        &out,
        &["--engine", "model"],
    );
    let line = assert_one_line(&done, 2, &["bytes)"]);
    assert!(line.len() < 600, "{} bytes: {line}", line.len());

    let bad = dir.path().join("bad.toml");
    let text = fs::read_to_string(&config).expect("config").replace(
        "name = \"vpc-b\"",
        &format!("name = \"{}\\u202e\"", "v".repeat(1 << 20)),
    );
    fs::write(&bad, text).expect("write");
    let done = replay(&bad, &input, &out, &["--engine", "model"]);
    let line = assert_one_line(&done, 2, &["bad.toml", "1048579 bytes"]);
    assert!(line.len() < 600, "{} bytes", line.len());
    assert!(!line.contains('\u{202e}'));
}

#[test]
fn outputs_declare_a_snap_length_that_covers_their_records() {
    let (config, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let frame = jumbo_with_padding(9_010);
    let short = &frame[..857];
    let input = dir.path().join("snap10.pcap");
    // Records longer than the snap length the header declares (as editing tools leave them):
    // one forwarded, one dropped (cut: truncated_capture).
    fs::write(
        &input,
        pcap(
            10,
            &[(&frame, frame.len() as u32), (short, frame.len() as u32)],
        ),
    )
    .expect("write");
    let out = dir.path().join("out");
    let done = replay(&config, &input, &out, &["--engine", "model"]);
    assert!(done.status.success(), "{}", stderr(&done));
    for name in ["vpc-a.pcap", "punt.pcap", "internet.pcap"] {
        let bytes = fs::read(out.join(name)).expect("pcap");
        let snaplen = u32::from_le_bytes(bytes[16..20].try_into().expect("4"));
        let longest = records_of(&bytes).iter().map(Vec::len).max().unwrap_or(0);
        assert!(
            snaplen as usize >= longest,
            "{name}: snaplen {snaplen}, a record of {longest}"
        );
        assert!(snaplen >= 10, "{name}");
    }
    let bytes = fs::read(out.join("vpc-a.pcap")).expect("pcap");
    assert_eq!(
        u32::from_le_bytes(bytes[16..20].try_into().expect("4")),
        9_010
    );
    // drops.pcapng: the interface description block after the section header.
    let drops = fs::read(out.join("drops.pcapng")).expect("drops");
    let shb_len = u32::from_le_bytes(drops[4..8].try_into().expect("4")) as usize;
    let snaplen = u32::from_le_bytes(drops[shb_len + 12..shb_len + 16].try_into().expect("4"));
    assert_eq!(snaplen, 857);
}

#[test]
fn outputs_on_a_full_file_system_fail_in_one_line_saying_writing_and_leave_nothing() {
    let Some(fs_) = tmpfs::Tmpfs::mount("64k") else {
        return;
    };
    let (config, input) = demo();
    let out = fs_.path().join("out");
    let done = replay(&config, &input, &out, &["--engine", "model"]);
    let line = assert_one_line(&done, 1, &["cannot write", "No space left on device"]);
    assert!(!line.contains("reading"), "{line}");
    assert!(fs_.names().is_empty(), "left {:?}", fs_.names());
}
