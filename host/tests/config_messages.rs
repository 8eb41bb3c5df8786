//! What a config error echoes from the config is safe to print and short: control
//! characters and text-reordering characters are escaped, long values cut; and a config
//! file is read with a limit.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use dxedge_host::config::{Config, CONFIG_MAX_BYTES};

fn assert_printable_and_short(text: &str, limit: usize) {
    assert!(
        !text
            .chars()
            .any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "raw control or bidi characters in {text:?}"
    );
    assert!(text.len() < limit, "{} bytes: {}", text.len(), &text[..200]);
}

#[test]
fn names_with_control_and_bidi_characters_are_escaped() {
    let text = "[port]\nmac = \"02:00:00:00:00:01\"\n[[vif]]\nname = \"evil\\u001b[2J\\u202eaxe\"\nkind = \"private\"\nvlan = 1\n";
    let e = Config::parse(text, "a\u{1b}]0;x\u{7}.toml").expect_err("a bad name");
    let shown = e.to_string();
    assert_printable_and_short(&shown, 1000);
    assert!(shown.contains("evil\\u{1b}[2J\\u{202e}axe"), "{shown}");
    assert!(shown.starts_with("a\\u{1b}]0;x\\u{7}.toml:"), "{shown}");
}

#[test]
fn a_megabyte_value_makes_a_short_message() {
    let long = "x".repeat(1 << 20);
    for text in [
        format!("[port]\nmac = \"{long}\"\n"),
        format!("[port]\nmac = \"02:00:00:00:00:01\"\n[[route]]\nvif = \"{long}\"\nprefix = \"10.0.0.0/8\"\ntarget = \"t\"\n"),
        format!("[port]\nmac = \"02:00:00:00:00:01\"\n{long} = 1\n"),
        format!("[port]\nmac = \"02:00:00:00:00:01\"\nspeed = 1{long}\n"),
    ] {
        let e = Config::parse(&text, "big.toml").expect_err("bad");
        let shown = e.to_string();
        assert_printable_and_short(&shown, 1000);
        assert!(shown.starts_with("big.toml:"), "{}", &shown[..200.min(shown.len())]);
    }
}

#[test]
fn an_endless_config_is_refused_at_the_limit() {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(Config::load(Path::new("/dev/zero")));
    });
    let e = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("refused in bounded time")
        .expect_err("refused");
    assert!(e.to_string().starts_with("/dev/zero:"), "{e}");
    assert!(
        e.message()
            .contains(&format!("{} MiB", CONFIG_MAX_BYTES >> 20)),
        "{e}"
    );
}
