//! How figures are written in the tables.

use dxedge_host::config::Speed;
use std::time::Duration;

pub fn rate(fps: f64) -> String {
    if fps >= 1e6 {
        format!("{:.2} M", fps / 1e6)
    } else if fps >= 1e3 {
        format!("{:.1} k", fps / 1e3)
    } else {
        format!("{fps:.1}")
    }
}

pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

pub fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn yes_no(met: bool) -> &'static str {
    if met {
        "**met**"
    } else {
        "**not met**"
    }
}

/// A speed as the CLI spells it.
pub fn speed_name(s: Speed) -> &'static str {
    if s == Speed::G10 {
        "10g"
    } else {
        "100g"
    }
}
