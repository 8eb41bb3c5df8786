//! `--metrics`: every counter of both directions in the Prometheus text format on
//! `GET /metrics`, read the way `dxedge device --socket ... counters` reads them (the
//! driver, over the register socket), so the two always agree. tiny_http serves it: one
//! small, synchronous HTTP server on a thread of its own, no async runtime.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;

use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::socket::SocketBus;
use dxedge_host::verdict::DropReason;

use super::io::Overflow;
use crate::engine::EngineCounters;

/// The running metrics server; stopped on drop.
pub struct Metrics {
    pub addr: SocketAddr,
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Metrics {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn start(
    addr: SocketAddr,
    socket: PathBuf,
    config: Config,
    overflow: Arc<Overflow>,
) -> Result<Metrics, String> {
    let server = Arc::new(tiny_http::Server::http(addr).map_err(|e| e.to_string())?);
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| "not an IP address".to_string())?;
    let s = server.clone();
    let thread = std::thread::spawn(move || {
        for request in s.incoming_requests() {
            let path = request.url().split('?').next().unwrap_or("").to_string();
            let response = if request.method() != &tiny_http::Method::Get {
                tiny_http::Response::from_string("only GET\n").with_status_code(405)
            } else if path != "/metrics" {
                tiny_http::Response::from_string("dxedge serve: the metrics are at /metrics\n")
                    .with_status_code(404)
            } else {
                match scrape(&socket, &config, &overflow) {
                    Ok(text) => tiny_http::Response::from_string(text).with_header(
                        "Content-Type: text/plain; version=0.0.4"
                            .parse::<tiny_http::Header>()
                            .expect("a valid header"),
                    ),
                    Err(e) => {
                        tiny_http::Response::from_string(format!("{e}\n")).with_status_code(503)
                    }
                }
            };
            let _ = request.respond(response);
        }
    });
    Ok(Metrics {
        addr,
        server,
        thread: Some(thread),
    })
}

/// Read both directions' counters through the driver and render them.
pub fn scrape(
    socket: &std::path::Path,
    config: &Config,
    overflow: &Overflow,
) -> Result<String, String> {
    let mut bus = SocketBus::connect(socket).map_err(|e| e.to_string())?;
    let mut counters = Vec::new();
    for d in Direction::ALL {
        let mut dev = Device::open_direction(&mut bus, d).map_err(|e| e.to_string())?;
        let (ingress, egress) = match d {
            Direction::ToAws => (config.vifs.len(), config.targets.len()),
            Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
        };
        let hw = dev.counters(ingress, egress).map_err(|e| e.to_string())?;
        counters.push((d, EngineCounters::from_hw(&hw)));
    }
    Ok(render(config, &counters, overflow))
}

/// A label value, escaped as the text format wants.
fn esc(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// One metric family: its help, then a line per direction and row.
fn family<R>(
    out: &mut String,
    name: &str,
    help: &str,
    counters: &[(Direction, EngineCounters)],
    rows: impl Fn(&EngineCounters) -> &Vec<R>,
    label: &dyn Fn(Direction, usize) -> String,
    pick: fn(&R) -> u64,
) {
    let _ = writeln!(
        out,
        "# HELP dxedge_{name}_total {help}\n# TYPE dxedge_{name}_total counter"
    );
    for (d, c) in counters {
        for (i, r) in rows(c).iter().enumerate() {
            let _ = writeln!(
                out,
                "dxedge_{name}_total{{direction=\"{}\",{}}} {}",
                d.name(),
                label(*d, i),
                pick(r)
            );
        }
    }
}

/// The counters as Prometheus text.
pub fn render(
    config: &Config,
    counters: &[(Direction, EngineCounters)],
    overflow: &Overflow,
) -> String {
    let mut out = String::new();
    let vif = |i: usize| format!("vif=\"{}\"", esc(&config.vifs[i].name));
    let target = |i: usize| format!("target=\"{}\"", esc(&config.targets[i].name));
    // The ingress row of a direction is a VIF to AWS and a target to the customer.
    let ingress_label = |d: Direction, i: usize| match d {
        Direction::ToAws => vif(i),
        Direction::ToCustomer => target(i),
    };
    let egress_label = |d: Direction, i: usize| match d {
        Direction::ToAws => target(i),
        Direction::ToCustomer => vif(i),
    };
    type Pick = fn(&crate::engine::IngressCounters) -> u64;
    let ingress: [(&str, &str, Pick); 5] = [
        (
            "rx_packets",
            "frames in on a VIF (to AWS) or from a target (to the customer)",
            |c| c.rx_packets,
        ),
        ("rx_bytes", "bytes of those frames", |c| c.rx_bytes),
        ("forwarded_packets", "of those, forwarded", |c| {
            c.forwarded_packets
        }),
        (
            "punted_packets",
            "of those, punted to the control plane",
            |c| c.punted_packets,
        ),
        ("dropped_packets", "of those, dropped", |c| {
            c.dropped_packets
        }),
    ];
    for (name, help, pick) in ingress {
        family(
            &mut out,
            name,
            help,
            counters,
            |c| &c.ingress,
            &ingress_label,
            pick,
        );
    }
    type PickE = fn(&crate::engine::EgressCounters) -> u64;
    let egress: [(&str, &str, PickE); 4] = [
        (
            "tx_packets",
            "frames forwarded out to a target (to AWS) or a VIF (to the customer)",
            |c| c.tx_packets,
        ),
        ("tx_bytes", "bytes of those frames", |c| c.tx_bytes),
        (
            "cpu_tx_packets",
            "frames the control plane sent out to a target or a VIF (the CPU port)",
            |c| c.cpu_tx_packets,
        ),
        ("cpu_tx_bytes", "bytes of those frames", |c| c.cpu_tx_bytes),
    ];
    for (name, help, pick) in egress {
        family(
            &mut out,
            name,
            help,
            counters,
            |c| &c.egress,
            &egress_label,
            pick,
        );
    }
    let _ = writeln!(
        out,
        "# HELP dxedge_drops_total frames dropped, by reason\n# TYPE dxedge_drops_total counter"
    );
    for (d, c) in counters {
        for reason in DropReason::HARDWARE {
            let _ = writeln!(
                out,
                "dxedge_drops_total{{direction=\"{}\",reason=\"{}\"}} {}",
                d.name(),
                reason.name(),
                c.drop_count(reason).unwrap_or(0)
            );
        }
    }
    let _ = writeln!(
        out,
        "# HELP dxedge_punts_total frames punted to the control plane\n# TYPE dxedge_punts_total counter"
    );
    for (d, c) in counters {
        let _ = writeln!(
            out,
            "dxedge_punts_total{{direction=\"{}\"}} {}",
            d.name(),
            c.punted_packets
        );
    }
    let _ = writeln!(
        out,
        "# HELP dxedge_port_overflow_total frames dropped at the tail of a full queue in front of the pipeline\n# TYPE dxedge_port_overflow_total counter"
    );
    for (port, v) in [
        ("customer", &overflow.customer),
        ("aws", &overflow.aws),
        ("control", &overflow.control),
    ] {
        let _ = writeln!(
            out,
            "dxedge_port_overflow_total{{port=\"{port}\"}} {}",
            v.load(Ordering::Relaxed)
        );
    }
    out
}
