//! What the fuzz targets check, as plain functions: `fuzz/fuzz_targets/*` call them on the
//! fuzzer's inputs, and `testbench/tests/fuzz_regressions.rs` calls them on every input kept
//! in `fuzz/regressions/`, so that a crash once found stays a test of the normal suite.
//!
//! Each function panics on a broken promise (that is how a fuzzer sees it) and returns
//! normally on any input that is merely bad.

use dxedge_host::config::Config;
use dxedge_host::verdict::Verdict;

use crate::capture::CaptureReader;
use crate::model::Model;
use crate::packet::checksum_verifies;

/// Records read from one fuzzed capture at most (inputs are small; this bounds the time).
const MAX_RECORDS: u64 = 10_000;

/// The capture reader on arbitrary bytes: never a panic; errors name the file and say
/// something on one line; records are numbered from 1 without gaps.
pub fn capture_reader(data: &[u8]) {
    let mut reader = match CaptureReader::from_bytes(data, "fuzz.pcap") {
        Ok(reader) => reader,
        Err(e) => return check_capture_error(&e.to_string()),
    };
    let mut expected = 1;
    loop {
        match reader.next_record() {
            Ok(Some(record)) => {
                assert_eq!(record.index, expected, "records are numbered without gaps");
                expected += 1;
                if expected > MAX_RECORDS {
                    return;
                }
            }
            Ok(None) => return,
            Err(e) => return check_capture_error(&e.to_string()),
        }
    }
}

fn check_capture_error(message: &str) {
    assert!(
        message.starts_with("fuzz.pcap:"),
        "names the file: {message}"
    );
    assert!(!message.contains('\n'), "one line: {message}");
}

/// The config parser on arbitrary text: never a panic; an error is one line with a line
/// number; a config that parses writes TOML that parses back to the same config; the fast
/// reader of plain TOML gives what the toml crate gives.
pub fn config_parser(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = Config::parse(text, "fuzz.toml");
    assert_eq!(
        parsed,
        Config::parse_with_toml(text, "fuzz.toml"),
        "the fast reader of plain TOML and the toml crate agree"
    );
    match parsed {
        Ok(config) => {
            let again = Config::parse(&config.to_toml(), "again.toml");
            assert_eq!(again.as_ref(), Ok(&config), "to_toml round-trips");
        }
        Err(e) => {
            let shown = e.to_string();
            assert!(shown.starts_with("fuzz.toml:"), "names the file: {shown}");
            assert!(!shown.contains('\n'), "one line: {shown}");
            assert!(e.line().is_some(), "has a line: {shown}");
        }
    }
}

/// A fixed config for [`frame`]: one VIF of each kind with routes, tagged and untagged
/// targets.
const FRAME_CONFIG: &str = r#"
[port]
mac = "02:00:5e:00:00:01"
[[vif]]
name = "a"
kind = "private"
vlan = 1
mtu = 9001
amazon_address = "10.0.0.1"
[[vif]]
name = "b"
kind = "public"
vlan = 2
[[target]]
name = "tagged"
mac = "02:00:00:00:00:02"
vlan = 7
[[target]]
name = "plain"
mac = "02:00:00:00:00:03"
[[route]]
vif = "a"
prefix = "0.0.0.0/0"
target = "tagged"
[[route]]
vif = "a"
prefix = "10.0.0.0/8"
target = "plain"
[[route]]
vif = "b"
prefix = "128.0.0.0/1"
target = "plain"
"#;

/// The model on an arbitrary frame: never a panic; a forwarded frame comes out with a
/// checksum that verifies, a TTL one lower and the length step 11 says.
pub fn frame(data: &[u8]) {
    let Ok(config) = Config::parse(FRAME_CONFIG, "frame.toml") else {
        panic!("the fixed fuzz config is valid");
    };
    let model = Model::new(&config);
    let decision = model.decide(data);
    if let Verdict::Forward { target } = decision.verdict {
        let mut out = Vec::new();
        model.rewrite(data, target, &mut out);
        let tagged = config.targets.get(target).is_some_and(|t| t.vlan.is_some());
        let ip_at = if tagged { 18 } else { 14 };
        assert_eq!(out.len(), if tagged { data.len() } else { data.len() - 4 });
        let ihl = usize::from(out.get(ip_at).copied().unwrap_or(0) & 0x0f) * 4;
        let header = out.get(ip_at..ip_at + ihl).unwrap_or_default();
        assert!(checksum_verifies(header), "the rewritten checksum verifies");
        assert_eq!(
            out.get(ip_at + 8).copied(),
            data.get(26).map(|ttl| ttl - 1),
            "TTL one lower"
        );
    }
}
