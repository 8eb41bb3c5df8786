//! `dxedge serve`: the pipeline between real network stacks, with the Linux kernel as its
//! control plane, as a whitebox router runs (data plane in hardware, punted frames to a
//! CPU).
//!
//! ```text
//!  customer TAPs ──tag──► to-aws pipeline ──────────────► AWS TAPs
//!  (dxc101, ...)          │ punt        ▲ CPU port               (dxa2001, ...)
//!                         ▼             │
//!                 control namespace: vif101 (amazon_address), tgt2001 (target address)
//!                         ▲             │
//!  customer TAPs ◄──untag── to-customer pipeline ◄──tag── AWS TAPs
//! ```
//!
//! One thread runs the engine and all I/O ([`io`]): it sleeps in `poll` while nothing is
//! queued or in flight, so an idle appliance clocks nothing. The register socket is served
//! from the same loop, between clock runs; `/metrics` answers from a thread of its own, as a
//! client of that socket through the driver ([`metrics`]).
//!
//! With `--bgp`, BIRD runs in the control namespace as AWS's side of each VIF's session
//! ([`bgp`]), and a thread watching its per-VIF kernel tables ([`rib`]) wakes the loop, which
//! installs the learned routes in the to-customer tables between frames.
//!
//! Setup makes everything before the loop starts and [`Made`] removes it whichever way the
//! run ends; TAPs are not persistent, so the kernel removes them with the process even after
//! a SIGKILL. What a dead run leaves (the namespace, the socket file) is found by its lock
//! file ([`claim`]) and removed by the next start, which says so.

pub mod bgp;
pub mod claim;
pub mod io;
pub mod live;
pub mod metrics;
pub mod netns;
pub mod plan;
pub mod rib;
pub mod rtl;
pub mod tag;
pub mod tap;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use dxedge_host::config::{Config, Speed};

use crate::replay::EngineKind;
use claim::{Claim, Claimed};
use plan::{Names, Plan};
use tap::Tap;

/// What `dxedge serve` was asked for.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub config: PathBuf,
    pub engine: EngineKind,
    /// `None`: the config's `port.speed`.
    pub speed: Option<Speed>,
    pub names: Names,
    /// `None`: `/run/dxedge/<customer-port>.sock`.
    pub socket: Option<PathBuf>,
    pub metrics: Option<SocketAddr>,
    /// Lock files (default [`claim::RUN_DIR`]): tests point it elsewhere.
    pub run_dir: PathBuf,
    /// Run BIRD as AWS's side of every VIF's BGP session, its routes into the tables.
    pub bgp: bool,
}

/// Why `serve` stopped: its exit code and one line.
#[derive(Debug)]
pub struct ServeError {
    pub code: i32,
    pub message: String,
}

/// Exit 2: something the user can fix before starting (root, names, config).
pub fn refused(message: impl Into<String>) -> ServeError {
    ServeError {
        code: 2,
        message: message.into(),
    }
}

/// Exit 1: something failed while running.
pub fn failed(message: impl Into<String>) -> ServeError {
    ServeError {
        code: 1,
        message: message.into(),
    }
}

/// The socket path `serve` uses when not told.
pub fn default_socket(names: &Names) -> PathBuf {
    Path::new(claim::RUN_DIR).join(format!("{}.sock", names.customer_port))
}

/// What this run made that outlives its file descriptors: removed on drop.
#[derive(Debug, Default)]
pub struct Made {
    netns: Option<String>,
    socket: Option<PathBuf>,
}

impl Drop for Made {
    fn drop(&mut self) {
        if let Some(ns) = self.netns.take() {
            if let Err(e) = netns::del_netns(&ns) {
                eprintln!("dxedge serve: removing namespace {ns}: {e}");
            }
        }
        if let Some(s) = self.socket.take() {
            let _ = std::fs::remove_file(s);
        }
    }
}

/// Everything set up: the TAPs, the claims, what to remove.
pub struct Appliance {
    pub plan: Plan,
    pub config: Config,
    /// The port TAPs, as `plan.customer` then `plan.aws`.
    pub ports: Vec<Tap>,
    /// The control plane's TAPs, as `plan.control`.
    pub control: Vec<Tap>,
    pub socket: PathBuf,
    // Dropped after the TAPs: the namespace goes once its interfaces are closed.
    pub made: Made,
    _claims: Vec<Claim>,
}

/// Root, and a TUN/TAP driver: the two things `serve` cannot run without.
fn check_privileges() -> Result<(), ServeError> {
    if !nix::unistd::geteuid().is_root() {
        return Err(refused(
            "dxedge serve needs root (CAP_NET_ADMIN) to make TAP devices and a network namespace; run it with sudo",
        ));
    }
    if let Err(e) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
    {
        return Err(refused(format!(
            "dxedge serve needs /dev/net/tun (the TUN/TAP driver): {e}; load it with `modprobe tun`, or in a container pass the device in"
        )));
    }
    Ok(())
}

/// Claim every name, cleaning up what a dead run left.
fn claim_names(opts: &ServeOptions, socket: &Path) -> Result<Vec<Claim>, ServeError> {
    let names = &opts.names;
    let mut claims = Vec::new();
    let wanted = [
        ("port", names.customer_port.as_str(), "--customer-port"),
        ("port", names.aws_port.as_str(), "--aws-port"),
        ("netns", names.control_netns.as_str(), "--control-netns"),
        ("socket", &*socket.to_string_lossy(), "--socket"),
    ];
    for (kind, name, option) in wanted {
        let taken = Claim::take(&opts.run_dir, kind, name).map_err(|e| {
            refused(format!(
                "cannot write the lock for {option} {name} in {}: {e}",
                opts.run_dir.display()
            ))
        })?;
        match taken {
            Claimed::Busy { pid } => {
                return Err(refused(format!(
                    "{option} {name} is in use by another dxedge serve (pid {pid}); stop it or choose another {option}"
                )))
            }
            Claimed::Fresh { claim, stale } => {
                if let Some(pid) = stale {
                    clean_stale(kind, name, &pid);
                }
                claims.push(claim);
            }
        }
    }
    Ok(claims)
}

/// Remove what a dead run (pid `pid`) left of `kind`/`name`, and say so.
fn clean_stale(kind: &str, name: &str, pid: &str) {
    match kind {
        "netns" if netns::netns_exists(name) => match netns::del_netns(name) {
            Ok(()) => eprintln!(
                "dxedge serve: removed the namespace {name} left by a dxedge serve that died (pid {pid})"
            ),
            Err(e) => eprintln!(
                "dxedge serve: the namespace {name} left by a dxedge serve that died (pid {pid}) could not be removed: {e}"
            ),
        },
        "socket" => {
            // BIRD died with it (it runs under --pdeathsig); its files stay behind.
            let socket = Path::new(name);
            for f in bgp::bird_files(socket)
                .into_iter()
                .chain([bgp::state_file(socket)])
            {
                let _ = std::fs::remove_file(f);
            }
            if socket.exists() && std::fs::remove_file(name).is_ok() {
                eprintln!(
                    "dxedge serve: removed the socket {name} left by a dxedge serve that died (pid {pid})"
                );
            }
        }
        // TAPs are not persistent: the kernel removed them with the process.
        _ => {}
    }
}

/// Set up the appliance for `opts`: check, claim, make.
pub fn setup(opts: &ServeOptions) -> Result<Appliance, ServeError> {
    let config = Config::load(&opts.config).map_err(|e| refused(e.to_string()))?;
    let plan = Plan::new(&config, &opts.names).map_err(|e| refused(e.0))?;
    check_privileges()?;
    let socket = opts
        .socket
        .clone()
        .unwrap_or_else(|| default_socket(&opts.names));
    let claims = claim_names(opts, &socket)?;

    let root = netns::Netlink::new().map_err(|e| failed(format!("netlink: {e}")))?;
    for tap in plan.port_taps() {
        if root
            .link_index(&tap.name)
            .map_err(|e| failed(format!("netlink: {e}")))?
            .is_some()
        {
            return Err(refused(format!(
                "an interface named {} already exists and is not a dxedge serve's; remove it or choose another --customer-port/--aws-port",
                tap.name
            )));
        }
    }
    let ns = &opts.names.control_netns;
    if netns::netns_exists(ns) {
        return Err(refused(format!(
            "the namespace {ns} already exists and is not a dxedge serve's; remove it (ip netns del {ns}) or choose another --control-netns"
        )));
    }
    if socket.exists() {
        return Err(refused(format!(
            "{} already exists and is not a dxedge serve's socket; remove it or choose another --socket",
            socket.display()
        )));
    }

    let mut made = Made::default();
    let mut ports = Vec::new();
    for t in plan.port_taps() {
        let tap = Tap::create(&t.name, t.mtu)
            .map_err(|e| refused(format!("cannot make the TAP {}: {e}", t.name)))?;
        ports.push(tap);
    }
    netns::add_netns(ns).map_err(|e| failed(format!("cannot make the namespace {ns}: {e}")))?;
    made.netns = Some(ns.clone());
    let control_plan = plan.control.clone();
    let control = netns::in_netns(ns, move || {
        // The control plane answers IPv4 as DX does; IPv6 would only add neighbour
        // discovery chatter on every port.
        for knob in ["default", "all"] {
            let _ = std::fs::write(format!("/proc/sys/net/ipv6/conf/{knob}/disable_ipv6"), "1");
        }
        let nl = netns::Netlink::new()?;
        if let Some(lo) = nl.link_index("lo")? {
            nl.set_up(lo)?;
        }
        let mut taps = Vec::new();
        for c in &control_plan {
            let tap = Tap::create(&c.name, c.mtu)?;
            let index = nl
                .link_index(&c.name)?
                .ok_or_else(|| std::io::Error::other(format!("{} vanished", c.name)))?;
            nl.set_mac_up(index, c.mac.0)?;
            nl.add_address(index, c.address.addr, c.address.len)?;
            taps.push(tap);
        }
        Ok(taps)
    })
    .map_err(|e| failed(format!("setting up the namespace {ns}: {e}")))?;

    if let Some(dir) = socket.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| refused(format!("cannot make {}: {e}", dir.display())))?;
    }
    made.socket = Some(socket.clone());
    Ok(Appliance {
        plan,
        config,
        ports,
        control,
        socket,
        made,
        _claims: claims,
    })
}

/// Run `dxedge serve` until a signal; the error's code is the exit code.
pub fn serve(opts: &ServeOptions) -> Result<(), ServeError> {
    // Signals are caught from the start, so that one that arrives during setup still finds
    // everything removed.
    let signals = io::Signals::install().map_err(|e| failed(format!("signals: {e}")))?;
    if opts.engine == EngineKind::Verilator && !dxedge_sim::VERILATOR_AVAILABLE {
        return Err(refused(
            "this dxedge was built without Verilator, so it has no RTL to serve: install verilator and rebuild, or use --engine model",
        ));
    }
    if opts.bgp {
        if opts.engine == EngineKind::Model {
            return Err(refused(
                "serve --bgp needs --engine verilator: the model engine takes its tables from the config and cannot install learned routes",
            ));
        }
        let config = Config::load(&opts.config).map_err(|e| refused(e.to_string()))?;
        bgp::bird_config(&config).map_err(|e| refused(format!("--bgp: {e}")))?;
        bgp::check_installed().map_err(refused)?;
    }
    let appliance = setup(opts)?;
    let bgp = if opts.bgp {
        let text = bgp::bird_config(&appliance.config).map_err(|e| refused(e.to_string()))?;
        let bird = bgp::Bird::start(&opts.names.control_netns, &text, &appliance.socket)
            .map_err(|e| failed(format!("--bgp: {e}")))?;
        let rib = rib::RibWatch::start(&opts.names.control_netns, appliance.config.vifs.len())
            .map_err(|e| failed(format!("--bgp: watching the kernel tables: {e}")))?;
        Some(io::Bgp::new(
            bird,
            rib,
            &appliance.config,
            &appliance.socket,
        ))
    } else {
        None
    };
    let speed = opts.speed.unwrap_or(appliance.config.port.speed);
    let engine: Box<dyn live::LiveEngine> = match opts.engine {
        EngineKind::Model => Box::new(live::ModelLive::new(
            &appliance.config,
            crate::rtl_engine::build_for(speed).beat_bytes() as u32,
        )),
        EngineKind::Verilator => Box::new(
            rtl::RtlLive::new(&appliance.config, speed)
                .map_err(|e| failed(format!("the verilator engine: {e:#}")))?,
        ),
    };
    io::run(appliance, engine, signals, opts, speed, bgp)
}
