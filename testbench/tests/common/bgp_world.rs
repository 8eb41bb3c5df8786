//! `dxedge serve --bgp` on the RTL with FRR as the customer router, for the BGP tests
//! (tests/bgp.rs) and `make bench`'s convergence section (benches/report/bgp.rs):
//! the example BGP config, FRR's configuration, the namespaces wired to the VIFs' access
//! ports, and one announcement of many prefixes timed prefix by prefix.
//!
//! ```text
//!   customer namespace (FRR, AS 65010)          dxedge serve --bgp (BIRD)     VPC namespace
//!   <c>101 169.254.10.2/30 ── corp-private ─┐
//!   <c>102 169.254.20.2/30 ── corp-public  ─┼── vpc-a ──────────────────── <a>2001 10.1.0.5/16
//!   <c>104 169.254.40.2/30 ── corp-backup  ─┘
//!   lo: a host address behind each prefix FRR announces
//! ```
//!
//! Needs root; everything is removed when the [`World`] is dropped, passed or failed.
#![allow(dead_code)]

use std::io::IoSliceMut;
use std::net::{Ipv4Addr, UdpSocket};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use nix::sys::socket::{recvmsg, setsockopt, sockopt, ControlMessageOwned, MsgFlags, SockaddrIn};

use crate::frr::Frr;
use crate::live::{Netns, Serve, ServeSpec};

pub const AMAZON_101: &str = "169.254.10.1";
pub const AMAZON_102: &str = "169.254.20.1";
pub const AMAZON_104: &str = "169.254.40.1";

/// The customer router's side of each VIF: tap VLAN, MAC, address.
pub const CUSTOMER_PORTS: [(u16, &str, &str); 3] = [
    (101, "02:cc:00:00:00:65", "169.254.10.2/30"),
    (102, "02:cc:00:00:00:66", "169.254.20.2/30"),
    (104, "02:cc:00:00:00:68", "169.254.40.2/30"),
];

/// The VPC host on vpc-a.
pub const VPC_HOST: Ipv4Addr = Ipv4Addr::new(10, 1, 0, 5);

/// The UDP port the probes of [`World::announce_timed`] go to.
const PROBE_PORT: u16 = 9999;

/// The example config with a BGP session on three VIFs.
pub fn bgp_config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/bgp/appliance.toml")
}

/// FRR's configuration: a session per VIF (keys as the config's unless `key_101` says
/// otherwise), each neighbour sent only what its prefix list lets through.
pub fn frr_conf(key_101: &str) -> String {
    format!(
        "frr defaults traditional
hostname customer
log stdout
ip prefix-list TO-101 seq 5 permit 172.16.0.0/16 le 32
ip prefix-list TO-102 seq 5 permit 203.0.113.0/24
ip prefix-list TO-104 seq 5 permit 172.16.9.0/24
route-map TO-101 permit 10
 match ip address prefix-list TO-101
route-map TO-102 permit 10
 match ip address prefix-list TO-102
route-map TO-104 permit 10
 match ip address prefix-list TO-104
router bgp 65010
 bgp router-id 169.254.10.2
 no bgp ebgp-requires-policy
 no bgp network import-check
 neighbor {AMAZON_101} remote-as 64512
 neighbor {AMAZON_101} password {key_101}
 neighbor {AMAZON_101} bfd
 neighbor {AMAZON_101} timers connect 1
 neighbor {AMAZON_101} advertisement-interval 0
 neighbor {AMAZON_102} remote-as 7224
 neighbor {AMAZON_102} password dx-md5-key-102
 neighbor {AMAZON_102} timers connect 1
 neighbor {AMAZON_102} advertisement-interval 0
 neighbor {AMAZON_104} remote-as 64512
 neighbor {AMAZON_104} password dx-md5-key-104
 neighbor {AMAZON_104} timers connect 1
 neighbor {AMAZON_104} advertisement-interval 0
 address-family ipv4 unicast
  neighbor {AMAZON_101} route-map TO-101 out
  neighbor {AMAZON_102} route-map TO-102 out
  neighbor {AMAZON_104} route-map TO-104 out
 exit-address-family
"
    )
}

/// `serve` of `config` on the RTL at `speed`, its files in `dir`.
pub fn rtl_spec<'a>(config: &'a Path, speed: &'a str, dir: &'a Path) -> ServeSpec<'a> {
    ServeSpec::new(config, "verilator", speed, dir)
}

/// The `i`th prefix of a batch announced on corp-private: 172.16.100.0/24 onwards, inside
/// FRR's TO-101 prefix list and no other.
pub fn batch_prefix(i: usize) -> String {
    format!("172.16.{}.0/24", 100 + i)
}

/// The host behind [`batch_prefix`] `i`.
pub fn batch_host(i: usize) -> Ipv4Addr {
    Ipv4Addr::new(172, 16, 100 + i as u8, 1)
}

/// The lines under `address-family ipv4 unicast` that announce (or, with `no`, withdraw)
/// the first `n` batch prefixes. The third octet runs out at 155.
pub fn batch_lines(n: usize, no: bool) -> Vec<String> {
    assert!(
        n <= 156,
        "{n} batch prefixes: the third octet runs out at 155"
    );
    let mut lines = vec!["address-family ipv4 unicast".to_string()];
    let verb = if no { "no network" } else { "network" };
    lines.extend((0..n).map(|i| format!("{verb} {}", batch_prefix(i))));
    lines
}

/// A serve with --bgp, the customer namespace running FRR on the three VIFs' ports, and a
/// VPC host on vpc-a. Dropped in field order: FRR, the namespaces, then the serve (which
/// stops BIRD and removes its own namespace and TAPs).
pub struct World {
    pub frr: Frr,
    pub customer: Netns,
    pub vpc: Netns,
    pub serve: Serve,
    _dir: tempfile::TempDir,
}

impl World {
    /// Everything up at `speed` (the RTL engine); FRR's key for corp-private is `key_101`.
    /// Panics with what failed; what was made by then is removed on the way out.
    pub fn start(key_101: &str, speed: &str) -> World {
        let dir = tempfile::tempdir().expect("tmp");
        let config = bgp_config();
        let spec = rtl_spec(&config, speed, dir.path());
        let serve = Serve::start_with(&spec, Serve::names(false), &["--bgp"]);
        let customer = Netns::new(&format!("{}-cu", serve.customer_port));
        for (vlan, mac, addr) in CUSTOMER_PORTS {
            customer.take(&serve.customer_tap(vlan), mac, addr);
        }
        let vpc = Netns::new(&format!("{}-vp", serve.customer_port));
        let v = serve.aws_tap(2001);
        vpc.take(&v, "02:aa:00:00:00:0a", &format!("{VPC_HOST}/16"));
        vpc.ip(&["route", "add", "default", "via", "10.1.255.254"]);
        let frr = Frr::start(&customer, &frr_conf(key_101));
        World {
            frr,
            customer,
            vpc,
            serve,
            _dir: dir,
        }
    }

    /// `dxedge device --socket ... bgp`, as rows by VIF name: (state, bgp state, received,
    /// installed).
    pub fn sessions(&self) -> Vec<(String, String, String, u64, u64)> {
        self.serve
            .device(&["bgp"])
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                Some((
                    f.first()?.to_string(),
                    f.get(2)?.to_string(),
                    f.get(3)?.to_string(),
                    f.get(4)?.parse().ok()?,
                    f.get(5)?.parse().ok()?,
                ))
            })
            .collect()
    }

    pub fn session(&self, vif: &str) -> (String, String, u64, u64) {
        let all = self.sessions();
        let s = all
            .iter()
            .find(|s| s.0 == vif)
            .unwrap_or_else(|| panic!("no session {vif} in {all:?}"));
        (s.1.clone(), s.2.clone(), s.3, s.4)
    }

    pub fn established(&self, vif: &str) -> bool {
        self.session(vif).1 == "Established"
    }

    /// Wait for sessions to be Established; panics with the sessions and BIRD's log.
    pub fn wait_established(&self, vifs: &[&str]) {
        let ok = Frr::wait(Duration::from_secs(60), || {
            vifs.iter().all(|v| self.established(v))
        });
        assert!(
            ok,
            "sessions {vifs:?} Established: {}",
            self.serve.device(&["bgp"])
        );
    }

    /// Routes installed on `vif`, as serve says.
    pub fn installed(&self, vif: &str) -> u64 {
        self.session(vif).3
    }

    /// A host address behind a prefix, in the customer namespace.
    pub fn host(&self, addr: &str) {
        self.customer
            .ip(&["addr", "add", &format!("{addr}/32"), "dev", "lo"]);
    }

    pub fn reaches(&self, addr: &str) -> bool {
        self.vpc.ping(addr, None, 1).len() == 1
    }

    /// What the control plane holds, for a failure's message: sessions, BIRD's routes, the
    /// VIFs' kernel tables.
    pub fn diagnose(&self) -> String {
        let ctl = format!("{}.bird.ctl", self.serve.socket.display());
        let birdc = Command::new("birdc")
            .args(["-s", &ctl, "show", "route", "all"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let kernel = Command::new("ip")
            .args([
                "-n",
                &self.serve.control_netns,
                "route",
                "show",
                "table",
                "all",
            ])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let serve: Vec<String> = self.serve.stderr_lines();
        format!(
            "{}\n-- bird:\n{birdc}\n-- kernel:\n{kernel}\n-- serve:\n{}",
            self.serve.device(&["bgp"]),
            serve.join("\n")
        )
    }

    pub fn counters(&self) -> serde_json::Value {
        self.serve.counters(&bgp_config())
    }

    /// Announce the first `n` batch prefixes on corp-private in one vtysh command while the
    /// VPC host sends a UDP probe to the host behind each of them every `period`, and time
    /// each prefix from just before the command to the first probe into it that reaches the
    /// customer namespace (the kernel's receive timestamp, so a busy machine's late wake-up
    /// of the reading thread does not count). Gives up `within` after the announcement.
    /// The hosts must exist ([`World::host`]) and the prefixes must not be announced yet.
    /// `tag` marks this call's probes apart from any earlier call's still in flight.
    pub fn announce_timed(
        &self,
        n: usize,
        period: Duration,
        within: Duration,
        tag: u8,
    ) -> Convergence {
        let rx = self
            .customer
            .run(|| UdpSocket::bind((Ipv4Addr::UNSPECIFIED, PROBE_PORT)));
        setsockopt(&rx, sockopt::ReceiveTimestampns, &true).expect("SO_TIMESTAMPNS");
        rx.set_read_timeout(Some(Duration::from_millis(20)))
            .expect("timeout");
        let tx = self.vpc.run(|| UdpSocket::bind((VPC_HOST, 0)));
        let stop = Arc::new(AtomicBool::new(false));
        let reached = Arc::new(AtomicUsize::new(0));
        let receiver = {
            let (stop, reached) = (stop.clone(), reached.clone());
            std::thread::spawn(move || {
                let mut first: Vec<Option<SystemTime>> = vec![None; n];
                let mut buf = [0u8; 16];
                let mut space = nix::cmsg_space!(nix::sys::time::TimeSpec);
                while !stop.load(Ordering::Relaxed) {
                    let (len, stamp) = {
                        let mut iov = [IoSliceMut::new(&mut buf)];
                        let Ok(msg) = recvmsg::<SockaddrIn>(
                            rx.as_raw_fd(),
                            &mut iov,
                            Some(&mut space),
                            MsgFlags::empty(),
                        ) else {
                            continue;
                        };
                        let stamp = msg.cmsgs().ok().and_then(|mut c| {
                            c.find_map(|c| match c {
                                ControlMessageOwned::ScmTimestampns(ts) => {
                                    Some(UNIX_EPOCH + Duration::from(ts))
                                }
                                _ => None,
                            })
                        });
                        (msg.bytes, stamp)
                    };
                    let at = stamp.unwrap_or_else(SystemTime::now);
                    let i = usize::from(buf[1]);
                    if len == 2 && buf[0] == tag && i < n && first[i].is_none() {
                        first[i] = Some(at);
                        reached.fetch_add(1, Ordering::Relaxed);
                    }
                }
                first
            })
        };
        let probes = Arc::new(AtomicU64::new(0));
        let sender = {
            let (stop, probes) = (stop.clone(), probes.clone());
            std::thread::spawn(move || {
                let started = Instant::now();
                let mut next = started;
                while !stop.load(Ordering::Relaxed) {
                    for i in 0..n {
                        let _ = tx.send_to(&[tag, i as u8], (batch_host(i), PROBE_PORT));
                    }
                    probes.fetch_add(1, Ordering::Relaxed);
                    next += period;
                    let now = Instant::now();
                    match next.checked_duration_since(now) {
                        Some(wait) => std::thread::sleep(wait),
                        // Behind (the machine is busy): carry on from now, no catching up.
                        None => next = now,
                    }
                }
                started.elapsed()
            })
        };
        // The probes flow (and are dropped, no route) before the announcement, so the
        // first one through is a route's doing, not the VPC host's ARP.
        std::thread::sleep(Duration::from_millis(300));
        let lines = batch_lines(n, false);
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let announced = SystemTime::now();
        let clock = Instant::now();
        self.frr.configure(Some(65010), &refs);
        let vtysh = clock.elapsed();
        let until = clock + within;
        while reached.load(Ordering::Relaxed) < n && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(5));
        }
        stop.store(true, Ordering::Relaxed);
        let first = receiver.join().expect("receiver");
        let probing = sender.join().expect("sender");
        let rounds = probes.load(Ordering::Relaxed);
        let early = first
            .iter()
            .filter(|t| t.is_some_and(|t| t < announced))
            .count();
        Convergence {
            first: first
                .iter()
                .map(|t| t.and_then(|t| t.duration_since(announced).ok()))
                .collect(),
            early,
            vtysh,
            probe_period: probing / rounds.max(1) as u32,
        }
    }

    /// Withdraw the first `n` batch prefixes in one vtysh command; whether corp-private's
    /// installed routes came down to none within `within`.
    pub fn withdraw_batch(&self, n: usize, within: Duration) -> bool {
        let lines = batch_lines(n, true);
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        self.frr.configure(Some(65010), &refs);
        Frr::wait(within, || self.installed("corp-private") == 0)
    }
}

/// One announcement of many prefixes, timed per prefix ([`World::announce_timed`]).
#[derive(Debug)]
pub struct Convergence {
    /// Per prefix: from just before the announcement to the first probe into it received on
    /// the customer side; none when none came within the time given.
    pub first: Vec<Option<Duration>>,
    /// Prefixes a probe reached before the announcement: a route left from before, which
    /// makes the timing meaningless.
    pub early: usize,
    /// The vtysh command that announced them, from its start to its return.
    pub vtysh: Duration,
    /// The time between two probes to one prefix, as achieved (a busy machine stretches it).
    pub probe_period: Duration,
}

impl Convergence {
    /// The prefixes' times, shortest first; none when a prefix was not reached.
    pub fn sorted(&self) -> Option<Vec<Duration>> {
        let mut all: Vec<Duration> = self.first.iter().copied().collect::<Option<_>>()?;
        all.sort();
        Some(all)
    }

    /// How many prefixes were reached.
    pub fn reached(&self) -> usize {
        self.first.iter().filter(|t| t.is_some()).count()
    }
}

/// The `q` quantile of sorted durations (nearest rank: the smallest value at least a
/// fraction `q` of them do not exceed).
pub fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let n = sorted.len();
    assert!(n > 0, "a quantile of nothing");
    sorted[((q * n as f64).ceil() as usize).clamp(1, n) - 1]
}

/// What serve said it installed: one line of its log per commit of learned routes.
#[derive(Debug, Clone, PartialEq)]
pub struct Install {
    pub entries: u64,
    pub bus_writes: u64,
    pub ms: f64,
}

/// The installs in serve's log lines ("... learned routes installed (per VIF: ...): N table
/// entries in W bus writes, T ms"); other lines are passed over.
pub fn installs(lines: &[String]) -> Vec<Install> {
    lines
        .iter()
        .filter(|l| l.contains("bgp: learned routes installed"))
        .filter_map(|l| {
            let tail = l.rsplit("): ").next()?;
            let (entries, rest) = tail.split_once(" table entries in ")?;
            let (writes, rest) = rest.split_once(" bus writes, ")?;
            Some(Install {
                entries: entries.trim().parse().ok()?,
                bus_writes: writes.trim().parse().ok()?,
                ms: rest.trim().trim_end_matches("ms").trim().parse().ok()?,
            })
        })
        .collect()
}
