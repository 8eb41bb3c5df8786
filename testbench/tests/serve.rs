//! `dxedge serve` end to end, as a user runs it: a customer router and a VPC host in
//! network namespaces of the test's own, wired to the serve's access ports, talking through
//! the pipeline under both engines; the register socket, the metrics, the refusals and the
//! cleanup. Needs root (CI runs as root); without it each test fails and says why.

#[path = "common/live.rs"]
mod live;

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use live::{
    count, dxedge, link_exists, netns_exists, payload, require_root, tcp_transfer, udp_socket,
    Netns, Serve, ServeSpec,
};

/// One live appliance at a time: they share two cores with the rest of the suite.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn lock() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

fn demo_config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo/appliance.toml")
}

const CUSTOMER_MAC: &str = "02:cc:00:00:00:65";
const VPC_MAC: &str = "02:aa:00:00:00:0a";
const PORT_MAC: &str = "02:00:5e:00:00:01";
const AMAZON: &str = "169.254.10.1";
/// The customer's address inside a customer route of corp-private (192.168.0.0/16).
const CUSTOMER_HOST: Ipv4Addr = Ipv4Addr::new(192, 168, 1, 1);
const VPC_HOST: Ipv4Addr = Ipv4Addr::new(10, 1, 0, 5);
/// No route of corp-private covers it (until the program test adds one).
const UNROUTED: Ipv4Addr = Ipv4Addr::new(172, 31, 0, 5);

/// The customer router on corp-private (VLAN 101) and a VPC host on vpc-a (VLAN 2001).
struct World {
    customer: Netns,
    vpc: Netns,
}

impl World {
    fn wire(serve: &Serve) -> World {
        let customer = Netns::new(&format!("{}-cu", serve.customer_port));
        let vpc = Netns::new(&format!("{}-vp", serve.customer_port));
        let c = serve.customer_tap(101);
        customer.take(&c, CUSTOMER_MAC, "169.254.10.2/30");
        customer.ip(&["addr", "add", &format!("{CUSTOMER_HOST}/32"), "dev", &c]);
        for to in ["10.1.0.0/16", "172.31.0.0/16"] {
            customer.ip(&[
                "route",
                "add",
                to,
                "via",
                AMAZON,
                "src",
                &CUSTOMER_HOST.to_string(),
            ]);
        }
        let v = serve.aws_tap(2001);
        vpc.take(&v, VPC_MAC, &format!("{VPC_HOST}/16"));
        vpc.ip(&["addr", "add", &format!("{UNROUTED}/32"), "dev", &v]);
        vpc.ip(&["route", "add", "default", "via", "10.1.255.254"]);
        World { customer, vpc }
    }

    /// Neighbours fixed, so that no ARP frame slips into a count.
    fn pin_neighbours(&self, serve: &Serve) {
        let c = serve.customer_tap(101);
        self.customer.ip(&[
            "neigh",
            "replace",
            AMAZON,
            "lladdr",
            PORT_MAC,
            "dev",
            &c,
            "nud",
            "permanent",
        ]);
        let v = serve.aws_tap(2001);
        self.vpc.ip(&[
            "neigh",
            "replace",
            "10.1.255.254",
            "lladdr",
            PORT_MAC,
            "dev",
            &v,
            "nud",
            "permanent",
        ]);
    }
}

fn traffic_both_ways(engine: &str, speed: &str) {
    require_root();
    let _one = lock();
    let dir = tempfile::tempdir().expect("tmp");
    let config = demo_config();
    let serve = Serve::start(&ServeSpec {
        metrics: true,
        ..ServeSpec::new(&config, engine, speed, dir.path())
    });
    assert!(
        serve.banner.contains(&serve.customer_tap(101)),
        "{}",
        serve.banner
    );
    let world = World::wire(&serve);

    // ARP and ping of amazon_address: the control plane's kernel answers through the
    // punt path and the CPU port.
    let rtts = world.customer.ping(AMAZON, None, 5);
    assert_eq!(rtts.len(), 5, "{engine}: ping of amazon_address");
    let neigh = std::process::Command::new("ip")
        .args(["-n", &world.customer.0, "neigh", "show", AMAZON])
        .output()
        .expect("ip neigh");
    assert!(
        String::from_utf8_lossy(&neigh.stdout).contains(PORT_MAC),
        "{engine}: ARP resolved amazon_address to the port MAC: {}",
        String::from_utf8_lossy(&neigh.stdout)
    );

    // Ping across, both ways.
    let rtts = world
        .customer
        .ping(&VPC_HOST.to_string(), Some(&CUSTOMER_HOST.to_string()), 5);
    assert_eq!(rtts.len(), 5, "{engine}: ping customer to VPC");
    let rtts = world.vpc.ping(&CUSTOMER_HOST.to_string(), None, 5);
    assert_eq!(rtts.len(), 5, "{engine}: ping VPC to customer");

    // TCP, a few MB each way, every byte checked.
    let data = payload(3 << 20, 1);
    let (got, _) = tcp_transfer(&world.customer, &world.vpc, VPC_HOST, data.clone());
    assert!(
        got == data,
        "{engine}: TCP customer to VPC: {} of {} bytes, or changed",
        got.len(),
        data.len()
    );
    let data = payload(3 << 20, 2);
    let (got, _) = tcp_transfer(&world.vpc, &world.customer, CUSTOMER_HOST, data.clone());
    assert!(
        got == data,
        "{engine}: TCP VPC to customer: {} of {} bytes, or changed",
        got.len(),
        data.len()
    );

    // Counters equal the frames sent: 40 datagrams forwarded, 30 to an unrouted address.
    world.pin_neighbours(&serve);
    std::thread::sleep(Duration::from_millis(200));
    let before = serve.counters(&config);
    let sock = udp_socket(&world.customer, CUSTOMER_HOST);
    for i in 0..40u32 {
        sock.send_to(&i.to_be_bytes(), (VPC_HOST, 9)).expect("send");
    }
    for i in 0..30u32 {
        sock.send_to(&i.to_be_bytes(), (UNROUTED, 9)).expect("send");
    }
    std::thread::sleep(Duration::from_millis(500));
    let after = serve.counters(&config);
    let delta = |path: &[&str]| count(&after, path) - count(&before, path);
    assert_eq!(
        delta(&["to-aws", "vifs", "corp-private", "rx_packets"]),
        70,
        "{engine}: {after:#}"
    );
    assert_eq!(
        delta(&["to-aws", "vifs", "corp-private", "forwarded_packets"]),
        40
    );
    assert_eq!(
        delta(&["to-aws", "vifs", "corp-private", "dropped_packets"]),
        30
    );
    assert_eq!(
        delta(&["to-aws", "drops", "no_route"]),
        30,
        "{engine}: unrouted counted no_route"
    );
    assert_eq!(delta(&["to-aws", "targets", "vpc-a", "tx_packets"]), 40);

    // /metrics says what the driver reads.
    let addr = serve.metrics.expect("a metrics address in the banner");
    let body = http_get(addr, "/metrics");
    let line = "dxedge_rx_packets_total{direction=\"to-aws\",vif=\"corp-private\"}";
    let value: u64 = body
        .lines()
        .find_map(|l| l.strip_prefix(line))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{line} in /metrics:\n{body}"));
    assert_eq!(
        value,
        count(&after, &["to-aws", "vifs", "corp-private", "rx_packets"])
    );
    assert!(body.contains("dxedge_drops_total{direction=\"to-aws\",reason=\"no_route\"}"));
    // The control plane's answers (ARP, echo replies) left through the CPU port, counted.
    let cpu = "dxedge_cpu_tx_packets_total{direction=\"to-customer\",vif=\"corp-private\"}";
    let value: u64 = body
        .lines()
        .find_map(|l| l.strip_prefix(cpu))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{cpu} in /metrics:\n{body}"));
    assert!(
        value >= 6,
        "{engine}: ARP reply and 5 echo replies at least, got {value}"
    );
    assert_eq!(
        value,
        count(
            &after,
            &["to-customer", "vifs", "corp-private", "cpu_tx_packets"]
        ),
        "/metrics and device counters agree"
    );

    if engine == "model" {
        // The model's tables are its config: a program is refused, and says what to do.
        let out = dxedge()
            .args(["device", "--socket"])
            .arg(&serve.socket)
            .args(["program", "--config"])
            .arg(&config)
            .output()
            .expect("program");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && err.contains("model engine"),
            "{err}"
        );
    }
    drop(world);
}

/// A GET over plain TCP (the metrics server is on loopback).
fn http_get(addr: std::net::SocketAddr, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s =
        std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).ok();
    write!(s, "GET {path} HTTP/1.0\r\nHost: x\r\n\r\n").expect("request");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("response");
    assert!(out.starts_with("HTTP/1.") && out.contains(" 200 "), "{out}");
    out.split("\r\n\r\n").nth(1).unwrap_or("").to_string()
}

#[test]
fn model_engine_carries_arp_ping_and_tcp_both_ways_and_counts_them() {
    traffic_both_ways("model", "10g");
}

#[test]
fn stop_removes_everything_and_a_killed_run_is_cleaned_up_on_the_next_start() {
    require_root();
    let _one = lock();
    let dir = tempfile::tempdir().expect("tmp");
    let config = demo_config();
    let spec = ServeSpec::new(&config, "model", "10g", dir.path());
    let names = Serve::names(false);
    let mut serve = Serve::start_named(&spec, names.clone());
    let tap = serve.customer_tap(101);
    assert!(link_exists(&tap) && netns_exists(&names.2) && serve.socket.exists());
    assert_eq!(serve.stop(15), 0, "SIGTERM: exit 0");
    assert!(!link_exists(&tap), "SIGTERM removed {tap}");
    assert!(!link_exists(&serve.aws_tap(2001)));
    assert!(!netns_exists(&names.2), "SIGTERM removed the namespace");
    assert!(!serve.socket.exists(), "SIGTERM removed the socket");

    let mut serve = Serve::start_named(&spec, names.clone());
    assert_eq!(serve.stop(9), 137);
    assert!(!link_exists(&tap), "the kernel removes a killed run's TAPs");
    assert!(netns_exists(&names.2), "a SIGKILL leaves the namespace");

    let mut serve = Serve::start_named(&spec, names.clone());
    // Its stderr reader runs on a thread: give it a moment.
    std::thread::sleep(Duration::from_millis(200));
    let said = serve.stderr_lines().join("\n");
    assert!(
        said.contains(&format!("removed the namespace {}", names.2)) && said.contains("died"),
        "the next start says what it cleaned up: {said}"
    );
    assert_eq!(serve.stop(2), 0, "SIGINT: exit 0");
    assert!(!netns_exists(&names.2));
}

/// Run `dxedge serve` expecting a refusal: its exit code and stderr.
fn refused(cmd: &mut std::process::Command) -> (i32, String) {
    let out = cmd.output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn refusals_name_what_is_missing_and_exit_2() {
    require_root();
    let _one = lock();
    let dir = tempfile::tempdir().expect("tmp");
    let config = demo_config();
    let spec = ServeSpec::new(&config, "model", "10g", dir.path());

    // Without root.
    let names = Serve::names(false);
    let cmd = Serve::command(&spec, &names);
    let mut setpriv = std::process::Command::new("setpriv");
    setpriv
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--inh-caps=-all",
        ])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    let (code, err) = refused(&mut setpriv);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("needs root") && err.lines().count() == 1,
        "{err}"
    );

    // Without /dev/net/tun: a mount namespace where /dev/net is empty.
    let mut unshare = std::process::Command::new("unshare");
    unshare
        .args([
            "-m",
            "sh",
            "-c",
            "mount -t tmpfs none /dev/net && exec \"$0\" \"$@\"",
        ])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    let (code, err) = refused(&mut unshare);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/dev/net/tun"), "{err}");

    // Names in use by a running serve: the second is refused, the first undisturbed.
    let first = Serve::start_named(&spec, names.clone());
    let (code, err) = refused(&mut Serve::command(&spec, &names));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("in use by another dxedge serve"), "{err}");
    assert!(
        first.device(&["status"]).contains("to-customer"),
        "the first still answers"
    );
    assert!(link_exists(&first.customer_tap(101)));
    drop(first);

    // An interface of that name that is not a serve's.
    let other = Serve::names(false);
    let clash = format!("{}101", other.0);
    live::ip(&[
        "link",
        "add",
        &clash,
        "type",
        "veth",
        "peer",
        "name",
        &format!("{}p", other.0),
    ]);
    let (code, err) = refused(&mut Serve::command(&spec, &other));
    let _ = std::process::Command::new("ip")
        .args(["link", "del", &clash])
        .output();
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&clash) && err.contains("already exists"),
        "{err}"
    );
    assert!(
        !netns_exists(&other.2),
        "a refused start leaves nothing behind"
    );

    // A bad config: exit 2, as replay.
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[port]\nspeed = \"40g\"\n").expect("write");
    let (code, err) = refused(dxedge().args(["serve", "--config"]).arg(&bad));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.toml"), "{err}");
}

#[test]
fn verilator_engine_carries_arp_ping_and_tcp_both_ways_and_counts_them() {
    traffic_both_ways("verilator", "10g");
}

#[test]
fn verilator_engine_at_100g_carries_arp_ping_and_tcp_both_ways_and_counts_them() {
    traffic_both_ways("verilator", "100g");
}

/// `device --socket ... program` while datagrams flow: none is lost, and each meets the old
/// tables or the new ones: the destination the new config adds a route for is dropped up to
/// one datagram and reached from the next on, never the other way round.
#[test]
fn program_while_traffic_flows_loses_nothing_and_switches_tables_once() {
    require_root();
    let _one = lock();
    let dir = tempfile::tempdir().expect("tmp");
    let config = demo_config();
    let serve = Serve::start(&ServeSpec::new(&config, "verilator", "10g", dir.path()));
    let world = World::wire(&serve);
    world.pin_neighbours(&serve);
    let newer = dir.path().join("newer.toml");
    let mut text = std::fs::read_to_string(&config).expect("config");
    text.push_str(
        "\n[[route]]\nvif = \"corp-private\"\nprefix = \"172.31.0.0/16\"\ntarget = \"vpc-a\"\n",
    );
    std::fs::write(&newer, text).expect("write");

    // Receivers in the VPC: one for the address routed all along, one for the new route.
    let routed = udp_socket(&world.vpc, VPC_HOST);
    let added = udp_socket(&world.vpc, UNROUTED);
    let ports = (
        routed.local_addr().expect("addr").port(),
        added.local_addr().expect("addr").port(),
    );
    let collect = |s: std::net::UdpSocket| {
        std::thread::spawn(move || {
            s.set_read_timeout(Some(Duration::from_secs(2)))
                .expect("timeout");
            let mut got = Vec::new();
            let mut b = [0u8; 64];
            while let Ok(n) = s.recv(&mut b) {
                got.push(u32::from_be_bytes(
                    b[..n.min(4)].try_into().expect("4 bytes"),
                ));
            }
            got
        })
    };
    let (routed, added) = (collect(routed), collect(added));

    const N: u32 = 3000;
    let sender = udp_socket(&world.customer, CUSTOMER_HOST);
    let programmer = {
        let socket = serve.socket.clone();
        let newer = newer.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(150));
            dxedge()
                .args(["device", "--socket"])
                .arg(&socket)
                .args(["program", "--config"])
                .arg(&newer)
                .output()
                .expect("program")
        })
    };
    for i in 0..N {
        sender
            .send_to(&i.to_be_bytes(), (VPC_HOST, ports.0))
            .expect("send");
        sender
            .send_to(&i.to_be_bytes(), (UNROUTED, ports.1))
            .expect("send");
        // About 10,000 datagrams a second: well within what the queues take, so that a
        // loss could only be the program's.
        std::thread::sleep(Duration::from_micros(200));
    }
    let out = programmer.join().expect("programmer");
    assert!(
        out.status.success(),
        "program: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let routed = routed.join().expect("routed");
    let added = added.join().expect("added");
    assert_eq!(
        routed,
        (0..N).collect::<Vec<_>>(),
        "every datagram on the old route, in order"
    );
    let first = *added
        .first()
        .expect("the new route carried datagrams after the commit");
    assert!(
        first > 0,
        "the program landed while datagrams flowed (first on the new route: {first})"
    );
    assert_eq!(
        added,
        (first..N).collect::<Vec<_>>(),
        "from the first datagram on the new route, every later one took it too"
    );
    let after = serve.counters(&newer);
    assert_eq!(
        count(&after, &["to-aws", "drops", "no_route"]),
        u64::from(first),
        "the ones before it met the old tables: no_route"
    );
}
