//! Config loading scales with the config: a large route table is read in about the time it
//! takes to parse its TOML, and a place in a large config is still named right.
//!
//! The bound below is generous (a debug build on a busy machine), and far below what a
//! loading quadratic in the routes would take (`docs/architecture.md`, "Loading a config").
//! The figures that matter are in BENCHMARKS.md.

use std::fmt::Write as _;
use std::sync::mpsc;
use std::time::Duration;

use dxedge_host::config::Config;

/// A config of `routes` /24 routes over 4 VIFs and 2 targets; `duplicate` repeats the first
/// route's prefix as the last route.
fn big_config(routes: usize, duplicate: bool) -> String {
    let mut text = String::from("[port]\nmac = \"02:00:00:00:00:01\"\n");
    for v in 0..4 {
        let _ = write!(
            text,
            "\n[[vif]]\nname = \"v{v}\"\nkind = \"private\"\nvlan = {}\n",
            100 + v
        );
    }
    for t in 0..2 {
        let _ = write!(
            text,
            "\n[[target]]\nname = \"t{t}\"\nmac = \"02:aa:00:00:00:0{t}\"\n"
        );
    }
    for r in 0..routes {
        let n = r / 4;
        let _ = write!(
            text,
            "\n[[route]]\nvif = \"v{}\"\nprefix = \"10.{}.{}.0/24\"\ntarget = \"t{}\"\n",
            r % 4,
            n >> 8,
            n & 0xff,
            r % 2
        );
    }
    if duplicate {
        text.push_str("\n[[route]]\nvif = \"v0\"\nprefix = \"10.0.0.0/24\"\ntarget = \"t1\"\n");
    }
    text
}

/// Run `f` on a thread; fail the test if it takes longer than `limit`.
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit)
        .unwrap_or_else(|_| panic!("did not finish within {limit:?}"))
}

#[test]
fn a_hundred_thousand_routes_load_in_seconds_not_minutes() {
    let config = within(Duration::from_secs(60), || {
        Config::parse(&big_config(100_000, false), "big.toml")
    })
    .expect("valid");
    assert_eq!(config.routes.len(), 100_000);
    assert_eq!(config.routes[99_999].vif, 3);
}

#[test]
fn a_duplicate_route_at_the_end_of_a_large_config_names_both_lines() {
    let routes = 30_000;
    let e = within(Duration::from_secs(60), move || {
        Config::parse(&big_config(routes, true), "big.toml")
    })
    .expect_err("a duplicate route");
    // 5 lines of header and port, 5 a VIF, 4 a target, 5 a route; the prefix is the 3rd
    // line of its route.
    let first = 2 + 4 * 5 + 2 * 4 + 3 + 1;
    let duplicate = first + routes * 5;
    assert_eq!(e.line(), Some(duplicate), "{e}");
    assert_eq!(e.field(), Some(format!("route[{routes}].prefix").as_str()));
    assert!(
        e.message().ends_with(&format!("(line {first})")),
        "{}",
        e.message()
    );
}
