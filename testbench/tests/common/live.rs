//! A live `dxedge serve` for tests: started with names of its own, network namespaces for
//! a customer router and a VPC host wired to its access ports, and everything removed when
//! the test ends, passed or failed. Traffic stays inside namespaces the test made.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dxedge_testbench::serve::netns::in_netns;

/// How long a serve may take to say it is ready (the Verilator engine programs its tables
/// first).
const READY_WITHIN: Duration = Duration::from_secs(120);

/// Whether this process can make namespaces and TAPs; a test that cannot says why and fails.
pub fn require_root() {
    assert!(
        nix_is_root(),
        "the serve tests need root (CAP_NET_ADMIN) for network namespaces and TAP devices; \
         run `make test` as root (CI does)"
    );
    assert!(
        Path::new("/dev/net/tun").exists(),
        "the serve tests need /dev/net/tun (modprobe tun)"
    );
}

fn nix_is_root() -> bool {
    // SAFETY-free: read our own effective uid from /proc.
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(2).map(|u| u == "0"))
        })
        .unwrap_or(false)
}

/// `ip` with arguments; panics with its stderr on failure.
pub fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("run ip");
    assert!(
        out.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A network namespace made by the test; removed on drop.
pub struct Netns(pub String);

impl Netns {
    pub fn new(name: &str) -> Netns {
        let _ = Command::new("ip").args(["netns", "del", name]).output();
        ip(&["netns", "add", name]);
        // Only the test's own frames: no IPv6 chatter to count.
        for knob in ["all", "default"] {
            ip(&[
                "netns",
                "exec",
                name,
                "sysctl",
                "-qw",
                &format!("net.ipv6.conf.{knob}.disable_ipv6=1"),
            ]);
        }
        ip(&["-n", name, "link", "set", "lo", "up"]);
        Netns(name.to_string())
    }

    /// Move `link` in, with `mac` and `addr` (CIDR), up.
    pub fn take(&self, link: &str, mac: &str, addr: &str) {
        ip(&["link", "set", link, "netns", &self.0]);
        ip(&["-n", &self.0, "link", "set", link, "address", mac, "up"]);
        ip(&["-n", &self.0, "addr", "add", addr, "dev", link]);
    }

    pub fn ip(&self, args: &[&str]) {
        let mut all = vec!["-n", self.0.as_str()];
        all.extend_from_slice(args);
        ip(&all);
    }

    /// Run `f` on a thread inside this namespace.
    pub fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> std::io::Result<T> + Send + 'static,
    ) -> T {
        in_netns(&self.0, f).expect("inside the namespace")
    }

    /// `ping` from inside; the RTTs in milliseconds of the replies.
    pub fn ping(&self, to: &str, from: Option<&str>, count: usize) -> Vec<f64> {
        let mut args = vec![
            "netns".to_string(),
            "exec".into(),
            self.0.clone(),
            "ping".into(),
            "-n".into(),
            "-c".into(),
            count.to_string(),
            "-i".into(),
            "0.01".into(),
            "-W".into(),
            "2".into(),
        ];
        if let Some(f) = from {
            args.extend(["-I".into(), f.to_string()]);
        }
        args.push(to.to_string());
        let out = Command::new("ip").args(&args).output().expect("ping");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split("time=").nth(1))
            .filter_map(|t| t.split_whitespace().next()?.parse().ok())
            .collect()
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).output();
    }
}

static SERIAL: AtomicUsize = AtomicUsize::new(0);

/// Names unique to this test process and call: prefixes short enough for VLAN suffixes.
pub fn unique(tag: &str) -> String {
    let n = SERIAL.fetch_add(1, Ordering::Relaxed);
    format!("{tag}{}{n}", std::process::id() % 1000)
}

/// A running `dxedge serve`.
pub struct Serve {
    pub child: Option<Child>,
    pub customer_port: String,
    pub aws_port: String,
    pub control_netns: String,
    pub socket: PathBuf,
    pub metrics: Option<SocketAddr>,
    /// What it printed before `ready`.
    pub banner: String,
    pub stderr: mpsc::Receiver<String>,
}

pub struct ServeSpec<'a> {
    pub config: &'a Path,
    pub engine: &'a str,
    pub speed: &'a str,
    pub trunk: bool,
    pub metrics: bool,
    pub dir: &'a Path,
}

impl<'a> ServeSpec<'a> {
    /// Access ports, no metrics.
    pub fn new(config: &'a Path, engine: &'a str, speed: &'a str, dir: &'a Path) -> Self {
        ServeSpec {
            config,
            engine,
            speed,
            trunk: false,
            metrics: false,
            dir,
        }
    }
}

pub fn dxedge() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dxedge"))
}

impl Serve {
    /// Names for a serve: reuse them to start a second one on the same names.
    pub fn names(trunk: bool) -> (String, String, String) {
        let c = unique("c");
        let a = unique("a");
        if trunk {
            (format!("{c}t"), format!("{a}t"), unique("cp"))
        } else {
            (c, a, unique("cp"))
        }
    }

    pub fn command(spec: &ServeSpec<'_>, names: &(String, String, String)) -> Command {
        let mut cmd = dxedge();
        cmd.args(["serve", "--config"])
            .arg(spec.config)
            .args(["--engine", spec.engine, "--speed", spec.speed])
            .args(["--customer-port", &names.0, "--aws-port", &names.1])
            .args(["--control-netns", &names.2])
            .arg("--socket")
            .arg(spec.dir.join(format!("{}.sock", names.0)));
        if spec.trunk {
            cmd.args(["--port-mode", "trunk"]);
        }
        if spec.metrics {
            cmd.args(["--metrics", "127.0.0.1:0"]);
        }
        cmd
    }

    pub fn start(spec: &ServeSpec<'_>) -> Serve {
        Serve::start_named(spec, Serve::names(spec.trunk))
    }

    pub fn start_named(spec: &ServeSpec<'_>, names: (String, String, String)) -> Serve {
        Serve::start_with(spec, names, &[])
    }

    /// As [`Serve::start_named`], with more arguments (`--bgp`).
    pub fn start_with(
        spec: &ServeSpec<'_>,
        names: (String, String, String),
        extra: &[&str],
    ) -> Serve {
        let mut child = Serve::command(spec, &names)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start dxedge serve");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        let (err_tx, err_rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = err_tx.send(line);
            }
        });
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut banner = String::new();
        let until = Instant::now() + READY_WITHIN;
        let mut serve = Serve {
            child: Some(child),
            customer_port: names.0,
            aws_port: names.1,
            control_netns: names.2,
            socket: spec.dir.join("unset"),
            metrics: None,
            banner: String::new(),
            stderr: err_rx,
        };
        serve.socket = spec.dir.join(format!("{}.sock", serve.customer_port));
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    banner.push_str(&line);
                    banner.push('\n');
                    if let Some(url) = line.strip_prefix("metrics").map(str::trim) {
                        let addr = url
                            .trim_start_matches("http://")
                            .trim_end_matches("/metrics");
                        serve.metrics = addr.parse().ok();
                    }
                    if line.starts_with("ready:") {
                        break;
                    }
                }
                Err(_) => {
                    let errors: Vec<String> = serve.stderr.try_iter().collect();
                    panic!(
                        "dxedge serve did not get ready within {READY_WITHIN:?}; it said:\n{banner}{}",
                        errors.join("\n")
                    );
                }
            }
        }
        serve.banner = banner;
        serve
    }

    /// Access-port TAP name for `vlan` on the customer side.
    pub fn customer_tap(&self, vlan: u16) -> String {
        format!("{}{vlan}", self.customer_port)
    }

    pub fn aws_tap(&self, vlan: u16) -> String {
        format!("{}{vlan}", self.aws_port)
    }

    /// `dxedge device --socket` with `args`; its stdout, or a panic with its stderr.
    pub fn device(&self, args: &[&str]) -> String {
        let out = dxedge()
            .args(["device", "--socket"])
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("dxedge device");
        assert!(
            out.status.success(),
            "dxedge device {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Both directions' counters, as `device counters --json` gives them.
    pub fn counters(&self, config: &Path) -> serde_json::Value {
        let text = self.device(&["counters", "--json", "--config", &config.to_string_lossy()]);
        serde_json::from_str(&text).expect("counters JSON")
    }

    /// Send a signal and wait for the exit; the exit status code (or 128 + signal).
    pub fn stop(&mut self, signal: i32) -> i32 {
        let mut child = self.child.take().expect("running");
        // SAFETY-free: kill(1) would do; libc's kill on our own child is plain.
        let _ = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status();
        let until = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().expect("wait") {
                use std::os::unix::process::ExitStatusExt;
                return status
                    .code()
                    .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
            }
            assert!(
                Instant::now() < until,
                "dxedge serve did not stop on signal {signal}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn stderr_lines(&self) -> Vec<String> {
        self.stderr.try_iter().collect()
    }
}

impl Drop for Serve {
    /// SIGTERM, and SIGKILL when serve has not gone within the bound, then what a killed
    /// serve leaves (its namespace; BIRD follows it by itself). Never a panic: a test that
    /// failed is already unwinding, and a panic here would abort before the rest is removed.
    fn drop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let _ = Command::new("kill")
            .arg("-15")
            .arg(child.id().to_string())
            .status();
        let until = Instant::now() + Duration::from_secs(30);
        while Instant::now() < until {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        eprintln!("dxedge serve did not stop within 30 s of SIGTERM: killed");
        let _ = child.kill();
        let _ = child.wait();
        let _ = Command::new("ip")
            .args(["netns", "del", &self.control_netns])
            .output();
    }
}

/// The counter at `path` in `device counters --json` output; panics with the JSON if none.
pub fn count(v: &serde_json::Value, path: &[&str]) -> u64 {
    let mut at = v;
    for p in path {
        at = &at[*p];
    }
    at.as_u64()
        .unwrap_or_else(|| panic!("no counter at {path:?} in {v:#}"))
}

/// Whether a link of this name exists in the root namespace.
pub fn link_exists(name: &str) -> bool {
    Path::new("/sys/class/net").join(name).exists()
}

pub fn netns_exists(name: &str) -> bool {
    Path::new("/run/netns").join(name).exists()
}

/// `len` bytes of a pattern that a reordering, loss or corruption would show.
pub fn payload(len: usize, seed: u32) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2_654_435_761).max(1);
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

/// Send `data` over TCP from namespace `from` to a listener in namespace `to` at
/// `to_addr` (the source address is what `from`'s routes pick); the bytes the listener got,
/// and the seconds it took.
pub fn tcp_transfer(from: &Netns, to: &Netns, to_addr: Ipv4Addr, data: Vec<u8>) -> (Vec<u8>, f64) {
    let port = 5201 + (SERIAL.fetch_add(1, Ordering::Relaxed) % 1000) as u16;
    let listener = to.run(move || TcpListener::bind((to_addr, port)));
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().expect("accept");
        s.set_read_timeout(Some(Duration::from_secs(60))).ok();
        let mut got = Vec::new();
        s.read_to_end(&mut got).expect("read");
        got
    });
    let start = Instant::now();
    let mut stream = from.run(move || {
        TcpStream::connect_timeout(&SocketAddr::from((to_addr, port)), Duration::from_secs(10))
    });
    stream.set_write_timeout(Some(Duration::from_secs(60))).ok();
    stream.write_all(&data).expect("send");
    stream
        .shutdown(std::net::Shutdown::Write)
        .expect("shutdown");
    let got = server.join().expect("server");
    (got, start.elapsed().as_secs_f64())
}

/// UDP datagrams from inside a namespace.
pub fn udp_socket(ns: &Netns, bind: Ipv4Addr) -> UdpSocket {
    ns.run(move || UdpSocket::bind((bind, 0)))
}
