//! The live appliance's section of BENCHMARKS.md: ping round trips and TCP throughput each
//! way through `dxedge serve`, per engine and speed, and what an idle serve costs. Needs
//! root (namespaces, TAPs) and iperf3, as `make hil-demo` does.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context};

use crate::live::{self, Netns, Serve, ServeSpec};

pub const GOAL_RTT_P50_MS: f64 = 1.0;
pub const GOAL_TCP_RTL_10G_MBPS: f64 = 300.0;
pub const GOAL_TCP_MODEL_MBPS: f64 = 2000.0;
pub const GOAL_IDLE_CPU: f64 = 5.0;

/// One engine and speed, measured.
pub struct ServeRow {
    pub engine: &'static str,
    pub speed: &'static str,
    pub rtt_p50_ms: f64,
    pub rtt_p99_ms: f64,
    pub tcp_to_aws_mbps: f64,
    pub tcp_to_customer_mbps: f64,
    /// Percent of one core over a few idle seconds.
    pub idle_cpu: f64,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

/// iperf3 from `client` to the server in `server` at 10.1.0.5; Mbit/s received.
fn iperf(client: &Netns, server: &Netns, reverse: bool, seconds: u32) -> anyhow::Result<f64> {
    let mut srv = Command::new("ip")
        .args([
            "netns", "exec", &server.0, "iperf3", "-s", "-1", "-B", "10.1.0.5",
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .context("iperf3 -s")?;
    std::thread::sleep(Duration::from_millis(300));
    let mut args = vec![
        "netns".to_string(),
        "exec".into(),
        client.0.clone(),
        "iperf3".into(),
        "-J".into(),
        "-c".into(),
        "10.1.0.5".into(),
        "-t".into(),
        seconds.to_string(),
    ];
    if reverse {
        args.push("-R".into());
    }
    let out = Command::new("ip")
        .args(&args)
        .output()
        .context("iperf3 -c")?;
    let _ = srv.wait();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .with_context(|| format!("iperf3 -J said: {}", String::from_utf8_lossy(&out.stdout)))?;
    json["end"]["sum_received"]["bits_per_second"]
        .as_f64()
        .map(|b| b / 1e6)
        .with_context(|| format!("no throughput in iperf3's output: {json}"))
}

/// Seconds of CPU (user + system) process `pid` has used.
fn cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f[11].parse::<f64>()? + f[12].parse::<f64>()?;
    Ok(ticks / 100.0)
}

fn measure(
    config: &Path,
    engine: &'static str,
    speed: &'static str,
    seconds: u32,
) -> anyhow::Result<ServeRow> {
    let dir = tempfile::tempdir()?;
    let serve = Serve::start(&ServeSpec {
        config,
        engine,
        speed,
        trunk: false,
        metrics: false,
        dir: dir.path(),
    });
    let pid = serve.child.as_ref().map(|c| c.id()).context("running")?;
    let customer = Netns::new(&format!("{}-cu", serve.customer_port));
    let vpc = Netns::new(&format!("{}-vp", serve.customer_port));
    let c = serve.customer_tap(101);
    customer.take(&c, "02:cc:00:00:00:65", "169.254.10.2/30");
    customer.ip(&["addr", "add", "192.168.1.1/32", "dev", &c]);
    customer.ip(&[
        "route",
        "add",
        "10.1.0.0/16",
        "via",
        "169.254.10.1",
        "src",
        "192.168.1.1",
    ]);
    let v = serve.aws_tap(2001);
    vpc.take(&v, "02:aa:00:00:00:0a", "10.1.0.5/16");
    vpc.ip(&["route", "add", "default", "via", "10.1.255.254"]);

    // Warm up ARP, then the round trips: 500 pings 2 ms apart, customer to VPC host.
    customer.ping("10.1.0.5", None, 3);
    let mut rtts = customer.ping("10.1.0.5", None, 500);
    if rtts.len() < 450 {
        bail!(
            "{engine} {speed}: only {} of 500 pings came back",
            rtts.len()
        );
    }
    rtts.sort_by(f64::total_cmp);

    let to_aws = iperf(&customer, &vpc, false, seconds)?;
    let to_customer = iperf(&customer, &vpc, true, seconds)?;

    std::thread::sleep(Duration::from_millis(500));
    let before = cpu_seconds(pid)?;
    std::thread::sleep(Duration::from_secs(3));
    let idle_cpu = (cpu_seconds(pid)? - before) / 3.0 * 100.0;
    drop(customer);
    drop(vpc);
    drop(serve);
    Ok(ServeRow {
        engine,
        speed,
        rtt_p50_ms: percentile(&rtts, 0.5),
        rtt_p99_ms: percentile(&rtts, 0.99),
        tcp_to_aws_mbps: to_aws,
        tcp_to_customer_mbps: to_customer,
        idle_cpu,
    })
}

/// Every engine and speed.
pub fn serve_rows(root: &Path, seconds: u32) -> anyhow::Result<Vec<ServeRow>> {
    live::require_root();
    let config = root.join("testbench/scenarios/demo/appliance.toml");
    let mut rows = Vec::new();
    for (engine, speed) in [
        ("model", "10g"),
        ("verilator", "10g"),
        ("verilator", "100g"),
    ] {
        eprintln!("-- SERVE {engine} {speed}");
        rows.push(measure(&config, engine, speed, seconds)?);
    }
    Ok(rows)
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "**not met**"
    }
}

/// The goal lines for the summary table.
pub fn serve_goals(w: &mut String, rows: &[ServeRow]) {
    let rtl: Vec<&ServeRow> = rows.iter().filter(|r| r.engine == "verilator").collect();
    let worst_p50 = rtl.iter().map(|r| r.rtt_p50_ms).fold(0.0, f64::max);
    let _ = writeln!(
        w,
        "| serve: ping RTT p50 through the RTL under {GOAL_RTT_P50_MS} ms | {worst_p50:.3} ms (worst speed) | {} |",
        met(worst_p50 < GOAL_RTT_P50_MS)
    );
    if let Some(r) = rtl.iter().find(|r| r.speed == "10g") {
        let worst = r.tcp_to_aws_mbps.min(r.tcp_to_customer_mbps);
        let _ = writeln!(
            w,
            "| serve: TCP through the RTL at 10G at least {GOAL_TCP_RTL_10G_MBPS} Mbit/s each way | {worst:.0} Mbit/s (slower way) | {} |",
            met(worst >= GOAL_TCP_RTL_10G_MBPS)
        );
    }
    if let Some(r) = rows.iter().find(|r| r.engine == "model") {
        let worst = r.tcp_to_aws_mbps.min(r.tcp_to_customer_mbps);
        let _ = writeln!(
            w,
            "| serve: TCP through the model at least {GOAL_TCP_MODEL_MBPS} Mbit/s each way | {worst:.0} Mbit/s (slower way) | {} |",
            met(worst >= GOAL_TCP_MODEL_MBPS)
        );
    }
    let worst_idle = rows.iter().map(|r| r.idle_cpu).fold(0.0, f64::max);
    let _ = writeln!(
        w,
        "| serve: idle under {GOAL_IDLE_CPU} % of a core | {worst_idle:.1} % | {} |",
        met(worst_idle < GOAL_IDLE_CPU)
    );
}

/// The section itself.
pub fn serve_section(w: &mut String, rows: &[ServeRow], seconds: u32) {
    let _ = writeln!(w, "## The live appliance (`dxedge serve`)\n");
    let _ = writeln!(
        w,
        "A customer namespace on VIF corp-private's access port and a VPC host on target \
         vpc-a's, as `make hil-demo` wires them (demo config). Round trips: 500 pings 2 ms \
         apart, customer to VPC host (both pipeline directions). TCP: iperf3, {seconds} s each \
         way, one stream. Idle: the serve's CPU time over 3 s with no traffic.\n"
    );
    let _ = writeln!(
        w,
        "| engine | speed | RTT p50 | RTT p99 | TCP to AWS | TCP to the customer | idle CPU |"
    );
    let _ = writeln!(w, "| --- | --- | --- | --- | --- | --- | --- |");
    for r in rows {
        let _ = writeln!(
            w,
            "| {} | {} | {:.3} ms | {:.3} ms | {:.0} Mbit/s | {:.0} Mbit/s | {:.1} % |",
            r.engine,
            r.speed,
            r.rtt_p50_ms,
            r.rtt_p99_ms,
            r.tcp_to_aws_mbps,
            r.tcp_to_customer_mbps,
            r.idle_cpu
        );
    }
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "At 10G the RTL moves 8 bytes a clock, so TCP through it is bounded by the clocks a \
         second one datapath runs. The RTL engine runs each direction's datapath as its own \
         Verilator model, joined on the register bus as the port's top joins them \
         ([docs/serve.md](docs/serve.md#time-queues-and-tcp)): a direction with no work is \
         not clocked, so a TCP stream's data costs one datapath's evaluation a clock, and \
         frames queued at a port go through the model's clock loop in C++ as a batch, as in \
         a replay. Clocking the two-direction top from Rust a cycle at a time, as the engine \
         did before, carried 86-149 Mbit/s at 10G on this machine: a profile put three \
         quarters of that in evaluating both datapaths every clock and about 15 % in the \
         Rust loop around it. At 100G (64 bytes a clock) the same clock carries eight times \
         more, and the kernel's own TCP work takes a larger share of the two cores.\n"
    );
}
