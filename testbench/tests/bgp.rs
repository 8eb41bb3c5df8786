//! BGP on every VIF (`dxedge serve --bgp`): BIRD as AWS's side in the control namespace, FRR
//! as the customer router in a namespace of the test's own, peering over each VIF's access
//! port through the RTL's punt path and CPU port; the routes FRR advertises installed in the
//! to-customer tables and traffic from a VPC namespace following them. Also the generated
//! BIRD configuration, as text and as BIRD parses it. The live tests need root.

#[path = "common/bgp_world.rs"]
mod bgp_world;
#[path = "common/frr.rs"]
mod frr;
#[path = "common/live.rs"]
mod live;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use bgp_world::{
    batch_host, batch_lines, batch_prefix, bgp_config, quantile, rtl_spec, World, AMAZON_101,
    AMAZON_102,
};
use dxedge_host::tools::{self, Tool};
use frr::Frr;
use live::{count, dxedge, require_root, Serve};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn lock() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// `dxedge bgp-config --config <config>`.
fn bgp_config_of(config: &Path) -> std::process::Output {
    dxedge()
        .args(["bgp-config", "--config"])
        .arg(config)
        .output()
        .expect("dxedge bgp-config")
}

#[test]
fn bgp_config_prints_birds_configuration() {
    let out = bgp_config_of(&bgp_config());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    insta::assert_snapshot!("bird_conf", text);
}

#[test]
fn bird_parses_the_generated_configuration() {
    if !tools::require(Tool::Bird) {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let conf = dir.path().join("bird.conf");
    std::fs::write(&conf, bgp_config_of(&bgp_config()).stdout).expect("write");
    let parsed = Command::new("bird")
        .arg("-p")
        .arg("-c")
        .arg(&conf)
        .output()
        .expect("bird -p");
    assert!(
        parsed.status.success(),
        "bird -p: {}",
        String::from_utf8_lossy(&parsed.stderr)
    );
}

#[test]
fn bgp_config_refuses_a_config_without_sessions_and_a_key_bird_cannot_take() {
    let dir = tempfile::tempdir().expect("tmp");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo/appliance.toml");
    let out = bgp_config_of(&demo);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no VIF has a BGP session"), "{err}");

    let text = std::fs::read_to_string(bgp_config())
        .expect("read")
        .replace("\"dx-md5-key-101\"", "'dx\"md5key'");
    let quoted = dir.path().join("q.toml");
    std::fs::write(&quoted, text).expect("write");
    let out = bgp_config_of(&quoted);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("corp-private") && err.contains("double quote"),
        "{err}"
    );
}

#[test]
fn serve_bgp_refuses_the_model_engine_and_a_machine_without_bird() {
    let out = dxedge()
        .args(["serve", "--bgp", "--engine", "model", "--config"])
        .arg(bgp_config())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--bgp needs --engine verilator"), "{err}");

    // No bird on PATH: said before anything is made.
    let empty = tempfile::tempdir().expect("tmp");
    let out = dxedge()
        .env("PATH", empty.path())
        .args(["serve", "--bgp", "--config"])
        .arg(bgp_config())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("apt-get install bird2"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

// ---------------------------------------------------------------------------------------
// Live: serve --bgp on the RTL, FRR as the customer.

/// Root, and the tools a live test runs: Verilator, BIRD and (`frr`) FRR.
fn live_tools(frr: bool) -> bool {
    require_root();
    tools::require(Tool::Verilator)
        && tools::require(Tool::Bird)
        && (!frr || tools::require(Tool::Frr))
}

/// The BGP world at 10G, or none when a tool it needs is opted out.
fn world(key_101: &str) -> Option<World> {
    live_tools(true).then(|| World::start(key_101, "10g"))
}

#[test]
fn sessions_exchange_prefixes_and_the_learned_routes_carry_traffic_until_withdrawn() {
    let _one = lock();
    let Some(w) = world("dx-md5-key-101") else {
        return;
    };
    w.wait_established(&["corp-private", "corp-public", "corp-backup"]);

    // FRR receives exactly each VIF's [[route]] prefixes; the public VIF's as NO_EXPORT.
    // Established is BIRD's view (through serve); its first UPDATE reaches FRR's table
    // after that, so the table is read once it holds what was sent, or after 10 s.
    let advertised = |neighbor: &str, prefixes: &[&str]| w.frr.received(neighbor) == prefixes;
    Frr::wait(Duration::from_secs(10), || {
        advertised(AMAZON_101, &["10.1.0.0/16"])
            && advertised(AMAZON_102, &["52.94.0.0/16", "54.239.0.0/16"])
    });
    assert_eq!(w.frr.received(AMAZON_101), vec!["10.1.0.0/16"]);
    assert_eq!(
        w.frr.received(AMAZON_102),
        vec!["52.94.0.0/16", "54.239.0.0/16"]
    );
    let public = w.frr.vtysh(&["show bgp ipv4 unicast 52.94.0.0/16"]);
    assert!(public.contains("no-export"), "{public}");
    let private = w.frr.vtysh(&["show bgp ipv4 unicast 10.1.0.0/16"]);
    assert!(!private.contains("no-export"), "{private}");

    // A prefix FRR advertises: installed within a second of the UPDATE.
    w.host("172.16.1.1");
    assert!(
        !w.reaches("172.16.1.1"),
        "not routed before it is advertised"
    );
    let before = w.counters();
    let sent = Instant::now();
    w.frr.configure(
        Some(65010),
        &["address-family ipv4 unicast", "network 172.16.1.0/24"],
    );
    let installed = Frr::wait(Duration::from_secs(5), || w.installed("corp-private") == 1);
    let took = sent.elapsed();
    assert!(installed, "installed: {}", w.serve.device(&["bgp"]));
    assert!(took < Duration::from_secs(1), "installed after {took:?}");
    eprintln!("announce to installed: {took:?}");
    assert!(
        w.reaches("172.16.1.1"),
        "VPC -> host behind the learned prefix"
    );
    let after = w.counters();
    let sent_on =
        |c: &serde_json::Value| count(c, &["to-customer", "vifs", "corp-private", "tx_packets"]);
    assert!(sent_on(&after) > sent_on(&before), "{after:#}");
    assert_eq!(w.session("corp-private").2, 1, "received");

    // Withdrawn: gone from the tables; traffic dropped no_route.
    let sent = Instant::now();
    w.frr.configure(
        Some(65010),
        &["address-family ipv4 unicast", "no network 172.16.1.0/24"],
    );
    assert!(Frr::wait(Duration::from_secs(5), || w
        .installed("corp-private")
        == 0));
    let took = sent.elapsed();
    assert!(took < Duration::from_secs(1), "withdrawn after {took:?}");
    let before = w.counters();
    assert!(!w.reaches("172.16.1.1"));
    let after = w.counters();
    assert!(
        count(&after, &["to-customer", "drops", "no_route"])
            > count(&before, &["to-customer", "drops", "no_route"]),
        "{after:#}"
    );
    // The static customer route stays.
    assert!(w.serve.device(&["bgp"]).contains("corp-private"));
}

#[test]
fn an_md5_key_mismatch_keeps_the_session_down() {
    let _one = lock();
    let Some(w) = world("not-the-key") else {
        return;
    };
    w.wait_established(&["corp-public"]);
    std::thread::sleep(Duration::from_secs(3));
    let (state, bgp, ..) = w.session("corp-private");
    assert_ne!(bgp, "Established", "{state} {bgp}");
    let frr = w
        .frr
        .vtysh(&[&format!("show bgp ipv4 unicast neighbors {AMAZON_101}")]);
    assert!(!frr.contains("BGP state = Established"), "{frr}");
}

#[test]
fn more_than_100_prefixes_on_a_private_vif_shut_it_until_bgp_enable() {
    let _one = lock();
    let Some(w) = world("dx-md5-key-101") else {
        return;
    };
    w.wait_established(&["corp-private"]);
    let lines = batch_lines(101, false);
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    w.frr.configure(Some(65010), &lines);
    let down = Frr::wait(Duration::from_secs(10), || {
        w.session("corp-private").0 == "down"
    });
    assert!(down, "{}", w.serve.device(&["bgp"]));
    // None of its routes installed, within a second of the shutdown.
    let shut = Instant::now();
    let none = Frr::wait(Duration::from_secs(5), || {
        let (_, _, received, installed) = w.session("corp-private");
        (received, installed) == (0, 0)
    });
    assert!(none, "{}", w.diagnose());
    let took = shut.elapsed();
    assert!(
        took < Duration::from_secs(1),
        "removed {took:?} after the shutdown: {}",
        w.diagnose()
    );
    let first = batch_host(0).to_string();
    w.host(&first);
    assert!(!w.reaches(&first));
    // It stays down: FRR retries, BIRD does not take it.
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(w.session("corp-private").0, "down");

    // Back to 100 and re-enabled by the operator: up, all 100 installed.
    w.frr.configure(
        Some(65010),
        &[
            "address-family ipv4 unicast",
            &format!("no network {}", batch_prefix(100)),
        ],
    );
    let said = w.serve.device(&["bgp", "enable", "corp-private"]);
    assert!(said.contains("corp-private"), "{said}");
    w.wait_established(&["corp-private"]);
    assert!(
        Frr::wait(Duration::from_secs(10), || w.installed("corp-private")
            == 100),
        "{}",
        w.serve.device(&["bgp"])
    );
    assert!(w.reaches(&first));
}

#[test]
fn bfd_takes_the_routes_away_when_the_link_goes_down() {
    let _one = lock();
    let Some(w) = world("dx-md5-key-101") else {
        return;
    };
    w.wait_established(&["corp-private"]);
    w.frr.configure(
        Some(65010),
        &["address-family ipv4 unicast", "network 172.16.1.0/24"],
    );
    assert!(Frr::wait(Duration::from_secs(5), || w
        .installed("corp-private")
        == 1));
    // BFD up before the link goes (FRR's bfdd and BIRD's agree on a session).
    assert!(
        Frr::wait(Duration::from_secs(10), || {
            w.frr.vtysh(&["show bfd peers brief"]).contains("up")
        }),
        "{}",
        w.frr.vtysh(&["show bfd peers"])
    );
    let tap = w.serve.customer_tap(101);
    let cut = Instant::now();
    w.customer.ip(&["link", "set", &tap, "down"]);
    let gone = Frr::wait(Duration::from_secs(5), || w.installed("corp-private") == 0);
    let took = cut.elapsed();
    assert!(gone, "{}", w.serve.device(&["bgp"]));
    eprintln!("link down to routes removed: {took:?}");
    // BFD declares the peer down 600 to 900 ms after the link (3 x 300 ms from the last
    // packet heard); the bound leaves room for a loaded machine.
    assert!(
        took < Duration::from_millis(1500),
        "removed after {took:?} (BFD: 3 x 300 ms)"
    );
}

#[test]
fn communities_choose_the_vif_and_swapping_them_moves_the_traffic() {
    let _one = lock();
    let Some(w) = world("dx-md5-key-101") else {
        return;
    };
    w.wait_established(&["corp-private", "corp-backup"]);
    w.host("172.16.9.1");
    let set = |high: &str, low: &str| {
        for (map, community) in [(high, "7224:7300"), (low, "7224:7100")] {
            w.frr.configure(
                None,
                &[
                    &format!("route-map {map} permit 10"),
                    &format!("set community {community}"),
                ],
            );
        }
        w.frr.vtysh(&["clear bgp ipv4 unicast * soft out"]);
    };
    set("TO-101", "TO-104");
    w.frr.configure(
        Some(65010),
        &["address-family ipv4 unicast", "network 172.16.9.0/24"],
    );
    assert!(Frr::wait(Duration::from_secs(5), || {
        w.installed("corp-private") == 1 && w.installed("corp-backup") == 1
    }));
    let sent_on = |vif: &str| {
        let c = w.counters();
        count(&c, &["to-customer", "vifs", vif, "tx_packets"])
    };
    let through = |expect: &str, other: &str| {
        let (e0, o0) = (sent_on(expect), sent_on(other));
        assert_eq!(w.vpc.ping("172.16.9.1", None, 5).len(), 5);
        let (e1, o1) = (sent_on(expect), sent_on(other));
        assert_eq!(
            (e1 - e0, o1 - o0),
            (5, 0),
            "5 pings out of {expect}, none of {other}"
        );
    };
    through("corp-private", "corp-backup");
    set("TO-104", "TO-101");
    // The preference is in the kernel metric: wait until the swap reaches the tables.
    assert!(
        Frr::wait(Duration::from_secs(5), || {
            let (e0, _) = (sent_on("corp-backup"), 0);
            w.vpc.ping("172.16.9.1", None, 1);
            sent_on("corp-backup") > e0
        }),
        "{}",
        w.diagnose()
    );
    through("corp-backup", "corp-private");
}

#[test]
fn a_hundred_prefixes_announced_at_once_each_carry_traffic_within_a_second() {
    let _one = lock();
    let Some(w) = world("dx-md5-key-101") else {
        return;
    };
    w.wait_established(&["corp-private"]);
    const N: usize = 100;
    for i in 0..N {
        w.host(&batch_host(i).to_string());
    }
    // Probes to a host in each prefix every 10 ms; the first to arrive says when the prefix
    // started to carry traffic (`make bench` runs the same at 2 ms, several rounds).
    let round = w.announce_timed(N, Duration::from_millis(10), Duration::from_secs(20), 1);
    assert_eq!(round.early, 0, "reached before the announcement: {round:?}");
    let Some(took) = round.sorted() else {
        panic!(
            "{} of {N} prefixes reached: {}",
            round.reached(),
            w.diagnose()
        );
    };
    eprintln!(
        "100 prefixes announced: first frame through to each, p50 {:?}, p99 {:?}, max {:?} (vtysh {:?})",
        quantile(&took, 0.50),
        quantile(&took, 0.99),
        took[N - 1],
        round.vtysh
    );
    assert!(
        quantile(&took, 0.99) < Duration::from_secs(1),
        "p99 {:?}",
        quantile(&took, 0.99)
    );
}

#[test]
fn bird_stops_with_serve_and_a_killed_runs_files_go_on_the_next_start() {
    let _one = lock();
    if !live_tools(false) {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let config = bgp_config();
    let spec = rtl_spec(&config, "10g", dir.path());
    let names = Serve::names(false);
    let beside =
        |serve: &Serve, what: &str| PathBuf::from(format!("{}.{what}", serve.socket.display()));
    let bird_pid = |serve: &Serve| -> u32 {
        std::fs::read_to_string(beside(serve, "bird.pid"))
            .expect("bird's pid file")
            .trim()
            .parse()
            .expect("a pid")
    };
    let alive = |pid: u32| Path::new(&format!("/proc/{pid}")).exists();
    let files = ["bird.ctl", "bird.conf", "bird.log", "bird.pid", "bgp.json"];

    // SIGTERM: BIRD stopped, its files removed.
    let mut serve = Serve::start_with(&spec, names.clone(), &["--bgp"]);
    let pid = bird_pid(&serve);
    assert!(alive(pid));
    assert_eq!(serve.stop(15), 0);
    assert!(!alive(pid), "BIRD stopped with serve");
    for f in files {
        assert!(!beside(&serve, f).exists(), "{f} removed");
    }

    // SIGKILL: BIRD follows (pdeathsig); the next start removes what is left.
    let mut serve = Serve::start_with(&spec, names.clone(), &["--bgp"]);
    let pid = bird_pid(&serve);
    assert_eq!(serve.stop(9), 137);
    assert!(
        Frr::wait(Duration::from_secs(5), || !alive(pid)),
        "BIRD stopped with a killed serve"
    );
    assert!(
        beside(&serve, "bgp.json").exists(),
        "a SIGKILL leaves the files"
    );
    let mut serve = Serve::start_named(&spec, names);
    std::thread::sleep(Duration::from_millis(200));
    let said = serve.stderr_lines().join("\n");
    assert!(said.contains("died"), "{said}");
    for f in files {
        assert!(!beside(&serve, f).exists(), "{f} removed by the next start");
    }
    assert_eq!(serve.stop(15), 0);
}

#[test]
fn a_learned_route_is_installed_within_a_second_while_traffic_keeps_the_pipeline_busy() {
    use std::net::{Ipv4Addr, UdpSocket};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use std::sync::Arc;
    let _one = lock();
    let Some(w) = world("dx-md5-key-101") else {
        return;
    };
    w.wait_established(&["corp-private"]);
    // A flood from the VPC to the static customer route 192.168.0.0/16 (corp-private, MTU
    // 9001), as fast as the socket takes it, for the whole announcement.
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicU64::new(0));
    let tx = w
        .vpc
        .run(|| UdpSocket::bind((Ipv4Addr::new(10, 1, 0, 5), 0)));
    let flood = {
        let (stop, sent) = (stop.clone(), sent.clone());
        std::thread::spawn(move || {
            // Jumbo frames: each takes about 1,000 clocks at 10G, so the queue holds more
            // than one run of the engine and the pipeline never goes idle by itself.
            let payload = vec![0u8; 8000];
            while !stop.load(Ordering::Relaxed) {
                if tx
                    .send_to(&payload, (Ipv4Addr::new(192, 168, 7, 7), 9))
                    .is_ok()
                {
                    sent.fetch_add(1, Ordering::Relaxed);
                }
            }
        })
    };
    std::thread::sleep(Duration::from_millis(500));
    let before = w.counters();
    let announced = Instant::now();
    w.frr.configure(
        Some(65010),
        &["address-family ipv4 unicast", "network 172.16.1.0/24"],
    );
    let installed = Frr::wait(Duration::from_secs(5), || w.installed("corp-private") == 1);
    let took = announced.elapsed();
    let after = w.counters();
    stop.store(true, Ordering::Relaxed);
    flood.join().expect("flood");
    assert!(installed, "{}", w.diagnose());
    let through =
        |c: &serde_json::Value| count(c, &["to-customer", "vifs", "corp-private", "tx_packets"]);
    let carried = through(&after) - through(&before);
    eprintln!(
        "under a flood ({carried} frames through meanwhile): installed {took:?} after the announcement"
    );
    assert!(
        carried > 100,
        "the flood kept the pipeline busy: {carried} frames"
    );
    assert!(took < Duration::from_secs(1), "installed after {took:?}");
}
