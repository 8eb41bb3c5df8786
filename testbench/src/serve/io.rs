//! The serve loop: every TAP, the register socket and the signals in one `poll`, the
//! engine run between polls.
//!
//! While frames are queued or in flight the loop polls without waiting and runs the engine
//! again; when all is quiet it sleeps in `poll` until a frame, a register access or a signal
//! arrives, so an idle appliance takes no CPU and a ping's round trip costs the work, not a
//! polling interval. Queues in front of the pipeline are bounded and drop at the tail,
//! counted per port (`port_overflow`), as a switch port with a full buffer does: a slow
//! simulator looks like a congested link to TCP, which backs off.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use dxedge_host::direction::Direction;
use dxedge_host::socket::{encode_answer, Request, REQUEST_LEN};
use dxedge_host::verdict::Verdict;
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};

use super::live::{slot, Leaving, LiveEngine, Queues};
use super::plan::{PortTap, Side};
use super::tag;
use super::tap::MAX_FRAME;
use super::{failed, refused, Appliance, ServeError, ServeOptions};

/// Frames a port's queue holds before it drops at the tail.
pub const PORT_QUEUE_FRAMES: usize = 512;
/// Frames a TAP gives per turn of the loop: every port gets its turn.
const READS_PER_TURN: usize = 64;
/// Shortest frame on the wire (without FCS): the CPU port's frames are padded to it, as a
/// NIC pads what its host hands it.
const MIN_FRAME: usize = 60;

/// Frames dropped at the tail of a full queue, per port.
#[derive(Debug, Default)]
pub struct Overflow {
    pub customer: AtomicU64,
    pub aws: AtomicU64,
    pub control: AtomicU64,
}

/// SIGINT, SIGTERM and SIGHUP as a readable socket, for `poll`.
pub struct Signals {
    read: UnixStream,
}

impl Signals {
    pub fn install() -> std::io::Result<Signals> {
        let (read, write) = UnixStream::pair()?;
        read.set_nonblocking(true)?;
        for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            signal_hook::low_level::pipe::register(sig, write.try_clone()?)?;
        }
        Ok(Signals { read })
    }
}

/// A client of the register socket, with the bytes of a request not yet complete.
struct Client {
    stream: UnixStream,
    pending: Vec<u8>,
}

/// Where a frame read from a TAP goes.
#[derive(Clone, Copy)]
enum From {
    Port(usize),
    Control(usize),
}

/// How long learned routes wait for a pause in the traffic before the loop makes one.
const INSTALL_WITHIN: std::time::Duration = std::time::Duration::from_millis(20);

/// BGP in the loop: BIRD, the watch on its kernel tables, and what is installed.
pub struct Bgp {
    // Held: BIRD stops when this goes.
    _bird: super::bgp::Bird,
    rib: super::rib::RibWatch,
    /// The config serve started with: its static customer routes stay.
    config: dxedge_host::config::Config,
    /// Learned routes not yet in the tables (the newest set), if any, and since when.
    pending: Option<super::rib::Learned>,
    since: std::time::Instant,
    /// Routes in the tables, per VIF index.
    installed: Vec<usize>,
    /// The learned set the tables hold (none learned at start: the config's tables).
    tables: Option<super::rib::Learned>,
    /// Where `dxedge device --socket ... bgp` reads what is installed.
    state: std::path::PathBuf,
}

impl Bgp {
    pub fn new(
        bird: super::bgp::Bird,
        rib: super::rib::RibWatch,
        config: &dxedge_host::config::Config,
        socket: &std::path::Path,
    ) -> Bgp {
        let bgp = Bgp {
            _bird: bird,
            rib,
            config: config.clone(),
            pending: None,
            since: std::time::Instant::now(),
            installed: vec![0; config.vifs.len()],
            tables: Some(vec![Default::default(); config.vifs.len()]),
            state: super::bgp::state_file(socket),
        };
        bgp.write_state();
        bgp
    }

    fn write_state(&self) {
        let installed: serde_json::Map<String, serde_json::Value> =
            super::bgp::sessions(&self.config)
                .map(|(i, v)| {
                    (
                        super::bgp::protocol_name(v),
                        serde_json::json!({ "vif": v.name, "installed": self.installed[i] }),
                    )
                })
                .collect();
        let text = serde_json::Value::Object(installed).to_string();
        // Whole or not at all for a reader: written aside, then renamed over.
        let mut aside = self.state.clone().into_os_string();
        aside.push(".new");
        if std::fs::write(&aside, text).is_ok() {
            let _ = std::fs::rename(&aside, &self.state);
        }
    }

    /// Whether learned routes have waited for the engine to be idle longer than
    /// [`INSTALL_WITHIN`].
    fn overdue(&self) -> bool {
        self.pending.is_some() && self.since.elapsed() > INSTALL_WITHIN
    }

    /// Take the newest learned set from the watch.
    fn take(&mut self) -> Result<(), ServeError> {
        match self.rib.latest() {
            Some(Ok(learned)) => {
                if self.pending.is_none() {
                    self.since = std::time::Instant::now();
                }
                self.pending = Some(learned);
            }
            Some(Err(e)) => return Err(failed(format!("--bgp: watching the kernel tables: {e}"))),
            None => {}
        }
        Ok(())
    }

    /// Install the pending learned set: the to-customer tables recompiled incrementally,
    /// the difference written, committed at once.
    fn install(&mut self, engine: &mut dyn LiveEngine) {
        let Some(learned) = self.pending.take() else {
            return;
        };
        if self.tables.as_ref() == Some(&learned) {
            return;
        }
        let config = super::rib::with_learned(&self.config, &learned);
        let started = std::time::Instant::now();
        match engine.program(Direction::ToCustomer, &config) {
            Ok(report) => {
                let counts: Vec<String> = learned
                    .iter()
                    .enumerate()
                    .filter(|(i, l)| !l.is_empty() || self.installed[*i] != 0)
                    .map(|(i, l)| format!("{} {}", self.config.vifs[i].name, l.len()))
                    .collect();
                self.installed = learned.iter().map(|l| l.len()).collect();
                self.tables = Some(learned);
                self.write_state();
                eprintln!(
                    "dxedge serve: bgp: learned routes installed (per VIF: {}): {} table entries in {} bus writes, {:.1} ms",
                    if counts.is_empty() { "none".to_string() } else { counts.join(", ") },
                    report.entries,
                    report.bus_writes,
                    started.elapsed().as_secs_f64() * 1e3
                );
            }
            Err(e) => {
                eprintln!("dxedge serve: bgp: the learned routes could not be installed: {e:#}")
            }
        }
    }
}

impl Drop for Bgp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.state);
    }
}

pub fn run(
    mut app: Appliance,
    mut engine: Box<dyn LiveEngine>,
    signals: Signals,
    opts: &ServeOptions,
    speed: dxedge_host::config::Speed,
    mut bgp: Option<Bgp>,
) -> Result<(), ServeError> {
    let listener = UnixListener::bind(&app.socket)
        .map_err(|e| refused(format!("cannot listen on {}: {e}", app.socket.display())))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| failed(format!("{}: {e}", app.socket.display())))?;
    let overflow = Arc::new(Overflow::default());
    let metrics = match opts.metrics {
        Some(addr) => Some(
            super::metrics::start(
                addr,
                app.socket.clone(),
                app.config.clone(),
                overflow.clone(),
            )
            .map_err(|e| refused(format!("--metrics {addr}: {e}")))?,
        ),
        None => None,
    };
    announce(&app, opts, speed, metrics.as_ref().map(|m| m.addr));

    let mut queues = Queues::default();
    let mut clients: Vec<Client> = Vec::new();
    let mut buf = vec![0u8; MAX_FRAME + 64];
    let mut busy = false;
    let n_ports = app.ports.len();
    loop {
        let queued = !queues.is_empty();
        let timeout = if busy || queued {
            PollTimeout::ZERO
        } else {
            PollTimeout::NONE
        };
        let (ready, signalled, accept, client_ready, routes) = {
            let mut fds: Vec<PollFd> = Vec::with_capacity(4 + clients.len() + n_ports);
            fds.push(PollFd::new(signals.read.as_fd(), PollFlags::POLLIN));
            fds.push(PollFd::new(listener.as_fd(), PollFlags::POLLIN));
            // The route watch's wakeup: polled always, so the slots below stay put.
            let wake = match &bgp {
                Some(b) => b.rib.wake.as_fd(),
                None => signals.read.as_fd(),
            };
            fds.push(PollFd::new(wake, PollFlags::POLLIN));
            for c in &clients {
                fds.push(PollFd::new(c.stream.as_fd(), PollFlags::POLLIN));
            }
            let taps: Vec<BorrowedFd<'_>> = app
                .ports
                .iter()
                .chain(&app.control)
                .map(|t| t.fd())
                .collect();
            for fd in &taps {
                fds.push(PollFd::new(*fd, PollFlags::POLLIN));
            }
            match poll(&mut fds, timeout) {
                Ok(_) => {}
                Err(nix::errno::Errno::EINTR) => continue,
                Err(e) => return Err(failed(format!("poll: {e}"))),
            }
            let hit = |f: &PollFd| {
                f.revents().is_some_and(|r| {
                    r.intersects(PollFlags::POLLIN | PollFlags::POLLHUP | PollFlags::POLLERR)
                })
            };
            let base = 3 + clients.len();
            (
                fds[base..].iter().map(hit).collect::<Vec<_>>(),
                hit(&fds[0]),
                hit(&fds[1]),
                fds[3..base].iter().map(hit).collect::<Vec<_>>(),
                hit(&fds[2]),
            )
        };
        if signalled {
            break;
        }
        if routes {
            if let Some(b) = bgp.as_mut() {
                b.take()?;
            }
        }
        if accept {
            while let Ok((stream, _)) = listener.accept() {
                if stream.set_nonblocking(true).is_ok() {
                    clients.push(Client {
                        stream,
                        pending: Vec::new(),
                    });
                }
            }
        }
        // Register accesses between clock runs: the engine stops its streams for them.
        let mut keep = Vec::with_capacity(clients.len());
        for (c, r) in clients
            .drain(..)
            .zip(client_ready.iter().copied().chain(std::iter::repeat(false)))
        {
            let mut c = c;
            let alive = !r || serve_client(&mut c, engine.as_mut());
            if alive {
                keep.push(c);
            }
        }
        clients = keep;

        for (i, hit) in ready.iter().enumerate() {
            if !hit {
                continue;
            }
            let from = if i < n_ports {
                From::Port(i)
            } else {
                From::Control(i - n_ports)
            };
            read_tap(&mut app, from, &mut buf, &mut queues, &overflow)?;
        }

        // Learned routes waiting past INSTALL_WITHIN while traffic keeps the engine busy:
        // this turn takes no new frame (they wait in their bounded queues), so that what is
        // in flight drains and the tables can change.
        let hold = busy && bgp.as_ref().is_some_and(Bgp::overdue);
        let mut held = Queues::default();
        let mut sent: Result<(), std::io::Error> = Ok(());
        loop {
            let feed = if hold { &mut held } else { &mut queues };
            busy = engine
                .run(feed, &mut |d, leaving, frame| {
                    if let Err(e) = deliver(&mut app, d, leaving, frame) {
                        sent = Err(e);
                    }
                })
                .map_err(|e| failed(format!("the {} engine: {e:#}", opts.engine.name())))?;
            if !(hold && busy) {
                break;
            }
        }
        sent.map_err(|e| failed(format!("writing to a TAP: {e}")))?;
        // Tables change between frames: only when nothing is in flight.
        if !busy {
            if let Some(b) = bgp.as_mut() {
                b.install(engine.as_mut());
            }
        }
    }
    // BIRD stops before the namespace goes.
    drop(bgp);
    eprintln!(
        "dxedge serve: stopping; removing its TAPs, the namespace {} and {}",
        opts.names.control_netns,
        app.socket.display()
    );
    drop(metrics);
    Ok(())
}

/// The lines `serve` prints when ready.
fn announce(
    app: &Appliance,
    opts: &ServeOptions,
    speed: dxedge_host::config::Speed,
    metrics: Option<std::net::SocketAddr>,
) {
    let c = &app.config;
    let mut out = String::new();
    let rows = |t: &PortTap, side: Side| -> String {
        let names: Vec<String> = t
            .rows
            .iter()
            .map(|&r| match side {
                Side::Vif => format!("{} (VLAN {})", c.vifs[r].name, c.vifs[r].vlan),
                Side::Target => match c.targets[r].vlan {
                    Some(v) => format!("{} (VLAN {v})", c.targets[r].name),
                    None => format!("{} (untagged)", c.targets[r].name),
                },
            })
            .collect();
        names.join(", ")
    };
    let mode = match opts.names.mode {
        super::plan::PortMode::Access => "access",
        super::plan::PortMode::Trunk => "trunk",
    };
    for t in &app.plan.customer {
        out.push_str(&format!(
            "customer port {:<15} {mode}, VIF {}\n",
            t.name,
            rows(t, Side::Vif)
        ));
    }
    for t in &app.plan.aws {
        out.push_str(&format!(
            "aws port      {:<15} {mode}, target {}\n",
            t.name,
            rows(t, Side::Target)
        ));
    }
    for i in &app.plan.control {
        let what = match i.side {
            Side::Vif => format!("VIF {}", c.vifs[i.row].name),
            Side::Target => format!("target {}", c.targets[i.row].name),
        };
        out.push_str(&format!(
            "control plane {:<15} {}/{} in namespace {} ({what})\n",
            i.name, i.address.addr, i.address.len, opts.names.control_netns
        ));
    }
    out.push_str(&format!("registers     {}\n", app.socket.display()));
    if let Some(m) = metrics {
        out.push_str(&format!("metrics       http://{m}/metrics\n"));
    }
    out.push_str(&format!(
        "ready: {} engine at {}; Ctrl-C stops and removes it all\n",
        opts.engine.name(),
        speed.name()
    ));
    print!("{out}");
    let _ = std::io::stdout().flush();
}

/// Answer every complete request a client has sent; false when the client is gone.
fn serve_client(c: &mut Client, engine: &mut dyn LiveEngine) -> bool {
    let mut chunk = [0u8; 4096];
    loop {
        match c.stream.read(&mut chunk) {
            Ok(0) => return false,
            Ok(n) => c.pending.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return false,
        }
    }
    let mut answers = Vec::new();
    let whole = c.pending.len() / REQUEST_LEN * REQUEST_LEN;
    for req in c.pending[..whole].chunks_exact(REQUEST_LEN) {
        let mut b = [0u8; REQUEST_LEN];
        b.copy_from_slice(req);
        let Some(request) = Request::decode(&b) else {
            return false;
        };
        answers.extend_from_slice(&encode_answer(&engine.register(request)));
    }
    c.pending.drain(..whole);
    // Answers are a few bytes per request and a client waits for each before the next:
    // the socket buffer takes them; a client that does not read is dropped.
    let _ = c.stream.set_nonblocking(false);
    let ok = c.stream.write_all(&answers).is_ok();
    let _ = c.stream.set_nonblocking(true);
    ok
}

/// Read what a TAP has (up to a turn's worth) into the queue it feeds.
fn read_tap(
    app: &mut Appliance,
    from: From,
    buf: &mut [u8],
    queues: &mut Queues,
    overflow: &Overflow,
) -> Result<(), ServeError> {
    for _ in 0..READS_PER_TURN {
        let tap = match from {
            From::Port(i) => &mut app.ports[i],
            From::Control(i) => &mut app.control[i],
        };
        let n = match tap.recv(buf) {
            Ok(Some(n)) => n,
            Ok(None) => return Ok(()),
            Err(e) => return Err(failed(format!("reading {}: {e}", tap.name()))),
        };
        let frame = &buf[..n];
        match from {
            From::Port(i) => {
                let t = port_tap(app, i);
                let frame = match t.tag {
                    Some(vid) => tag::push(frame, vid),
                    None => frame.to_vec(),
                };
                let q = &mut queues.port[slot(t.ingress)];
                if q.len() >= PORT_QUEUE_FRAMES {
                    let counter = match t.ingress {
                        Direction::ToAws => &overflow.customer,
                        Direction::ToCustomer => &overflow.aws,
                    };
                    counter.fetch_add(1, Ordering::Relaxed);
                } else {
                    q.push_back(frame);
                }
            }
            From::Control(i) => {
                let c = &app.plan.control[i];
                let mut frame = match c.vlan {
                    Some(vid) => tag::push(frame, vid),
                    None => frame.to_vec(),
                };
                if frame.len() < MIN_FRAME {
                    frame.resize(MIN_FRAME, 0);
                }
                let q: &mut VecDeque<(usize, Vec<u8>)> =
                    &mut queues.cpu[slot(c.side.cpu_direction())];
                if q.len() >= PORT_QUEUE_FRAMES {
                    overflow.control.fetch_add(1, Ordering::Relaxed);
                } else {
                    q.push_back((c.row, frame));
                }
            }
        }
    }
    Ok(())
}

fn port_tap(app: &Appliance, i: usize) -> &PortTap {
    let n = app.plan.customer.len();
    if i < n {
        &app.plan.customer[i]
    } else {
        &app.plan.aws[i - n]
    }
}

/// Send a frame that left the pipeline where it goes.
fn deliver(
    app: &mut Appliance,
    direction: Direction,
    leaving: Leaving,
    frame: &[u8],
) -> std::io::Result<()> {
    match leaving {
        Leaving::Pipeline(Verdict::Forward { target }) | Leaving::Cpu { row: target } => {
            // The egress row's TAP on the side the frame leaves on.
            let offset = match direction {
                Direction::ToAws => app.plan.customer.len(),
                Direction::ToCustomer => 0,
            };
            let taps = app.plan.egress_taps(direction);
            let Some(i) = taps.iter().position(|t| t.rows.contains(&target)) else {
                return Ok(());
            };
            let t = &taps[i];
            if t.tag.is_some() {
                app.ports[offset + i].send_parts(&tag::popped(frame))
            } else {
                app.ports[offset + i].send(frame)
            }
        }
        Leaving::Pipeline(Verdict::Punt) => {
            // To the control interface of the row the frame arrived on: a VIF to AWS, a
            // target to the customer, found by the frame's VID.
            let vid = tag::vid(frame);
            let found = app.plan.control.iter().position(|c| match direction {
                Direction::ToAws => c.side == Side::Vif && c.vlan == vid,
                Direction::ToCustomer => c.side == Side::Target && c.vlan == vid,
            });
            match found {
                Some(i) => app.control[i].send_parts(&tag::popped(frame)),
                // A punt for a row with no control interface (no address): nobody to hear it.
                None => Ok(()),
            }
        }
        Leaving::Pipeline(Verdict::Drop(_)) => Ok(()),
    }
}
