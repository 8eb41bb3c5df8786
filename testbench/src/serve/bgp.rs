//! AWS's side of BGP on every VIF: the BIRD 2 configuration `dxedge serve --bgp` runs in the
//! control namespace (`dxedge bgp-config` prints the same text), and the daemon itself.
//!
//! ```text
//!   customer router ──BGP──► protocol bgp vif<vlan> ──► ipv4 table t_vif<vlan> ─► protocol kernel
//!   (FRR, ...)         ◄──── AWS's [[route]]s ◄─ protocol static aws<vlan>     kernel table 100+i
//!                                                                               (watched: super::rib)
//! ```
//!
//! Per VIF with `asn`, `amazon_address` and `customer_address`, one BIRD table (`t_vif<vlan>`) holds both what AWS advertises
//! (static routes, the VIF's v1 `[[route]]` prefixes, exported only to the session) and what
//! the customer advertises (BGP routes, exported only to the kernel). The kernel table of
//! VIF index `i` is [`kernel_table`]`(i)`; the route's realm there carries DX's preference
//! ([`realm_of`]). Direct Connect's rules, as AWS documents them: TTL 1 (a directly
//! connected eBGP peer), hold time 90 s, keepalive 30 s, TCP MD5 (RFC 2385) when `auth_key`
//! is set, BFD 300 ms x 3 when `bfd`, at most 100 prefixes on a private or transit VIF and
//! 1,000 on a public one (over it the session is shut until re-enabled), the communities
//! 7224:7100/7200/7300 setting local preference low/medium/high, NO_EXPORT on what AWS
//! advertises on a public VIF.

use std::fmt::Write as _;
use std::fs::File;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use dxedge_host::config::{Config, Preference, Vif, VifKind};

/// The kernel routing table (in the control namespace) of VIF index `vif`.
pub fn kernel_table(vif: usize) -> u32 {
    100 + vif as u32
}

/// The VIF index of kernel table `table`, if it is one of [`kernel_table`]'s.
pub fn vif_of_table(table: u32, vifs: usize) -> Option<usize> {
    let i = table.checked_sub(100)? as usize;
    (i < vifs).then_some(i)
}

/// The realm a learned route carries in its kernel table, for its preference: 1, 2, 3 for
/// low, medium, high, as the communities 7224:7100/7200/7300 number them. A realm rather
/// than the metric: the kernel keys a route by its metric, so BIRD changing a route's
/// metric adds a second route instead of replacing the first; a realm is replaced in place.
pub fn realm_of(preference: Preference) -> u16 {
    match preference {
        Preference::Low => 1,
        Preference::Medium => 2,
        Preference::High => 3,
    }
}

/// The preference a kernel route's realm stands for ([`realm_of`] reversed; anything else
/// is medium, DX's default).
pub fn preference_of_realm(realm: u16) -> Preference {
    match realm {
        3 => Preference::High,
        1 => Preference::Low,
        _ => Preference::Medium,
    }
}

/// Most prefixes a customer may advertise on a VIF of this kind (AWS: not raisable).
pub fn max_prefixes(kind: VifKind) -> u32 {
    match kind {
        VifKind::Public => 1000,
        VifKind::Private | VifKind::Transit => 100,
    }
}

/// BIRD's name for the session of a VIF (VLAN IDs are unique, VIF names may not be BIRD
/// symbols).
pub fn protocol_name(vif: &Vif) -> String {
    format!("vif{}", vif.vlan)
}

/// The VIFs that have a session, with their index: those with `asn`, `amazon_address` and
/// `customer_address`.
pub fn sessions(config: &Config) -> impl Iterator<Item = (usize, &Vif)> {
    config.vifs.iter().enumerate().filter(|(_, v)| {
        v.asn.is_some() && v.amazon_address.is_some() && v.customer_address.is_some()
    })
}

/// Why no BIRD configuration can be made from a config.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BgpConfigError {
    #[error("no VIF has a BGP session: a session needs `asn`, `amazon_address` and `customer_address` on the VIF")]
    NoSession,
    #[error("VIF {vif}: BIRD cannot take an auth_key containing a double quote (\"); choose another key")]
    Quote { vif: String },
    #[error("VIF {vif} has `asn` but no `{missing}`: its BGP session needs both ends' addresses")]
    Incomplete { vif: String, missing: &'static str },
}

/// Text that goes between double quotes in BIRD's configuration, which has no escapes:
/// names are printed with any `"` replaced.
fn plain(s: &str) -> String {
    s.replace(['"', '\n'], "'")
}

/// The BIRD 2 configuration of AWS's side for `config`.
pub fn bird_config(config: &Config) -> Result<String, BgpConfigError> {
    for v in config.vifs.iter().filter(|v| v.asn.is_some()) {
        let missing = if v.amazon_address.is_none() {
            "amazon_address"
        } else if v.customer_address.is_none() {
            "customer_address"
        } else {
            continue;
        };
        return Err(BgpConfigError::Incomplete {
            vif: v.name.clone(),
            missing,
        });
    }
    let sessions: Vec<(usize, &Vif)> = sessions(config).collect();
    let Some((_, first)) = sessions.first() else {
        return Err(BgpConfigError::NoSession);
    };
    let router_id: Ipv4Addr = first.amazon_address.expect("a session has amazon_address");
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# AWS's side of BGP on every VIF, generated by dxedge from the appliance config.\n\
         # Per VIF: table t_vif<vlan> holds AWS's prefixes (static) and the customer's (BGP);\n\
         # the customer's go to kernel table 100 + VIF index, realm 1/2/3 for preference\n\
         # low/medium/high, where dxedge serve takes them into the pipeline.\n"
    );
    let _ = writeln!(w, "router id {router_id};");
    let _ = writeln!(w, "log stderr all;");
    let _ = writeln!(
        w,
        "# Protocol times as seconds since the epoch: `dxedge device bgp` shows uptimes."
    );
    let _ = writeln!(w, "timeformat protocol \"%s\";\n");
    let _ = writeln!(w, "protocol device {{\n  scan time 10;\n}}\n");
    if sessions.iter().any(|(_, v)| v.bfd) {
        let _ = writeln!(
            w,
            "# BFD as Direct Connect runs it: 300 ms, multiplier 3.\n\
             protocol bfd {{\n  interface \"*\" {{\n    interval 300 ms;\n    multiplier 3;\n  }};\n}}\n"
        );
    }
    let _ = writeln!(
        w,
        "# DX local preference from the customer's communities (7224:7100/7200/7300).\n\
         filter dx_import {{\n  \
           if (7224,7300) ~ bgp_community then bgp_local_pref = 300;\n  \
           else if (7224,7100) ~ bgp_community then bgp_local_pref = 100;\n  \
           else bgp_local_pref = 200;\n  \
           accept;\n}}\n"
    );
    let _ = writeln!(
        w,
        "filter dx_advertise {{\n  if source = RTS_STATIC then accept;\n  reject;\n}}\n\n\
         # Public VIFs: AWS's prefixes go out tagged NO_EXPORT.\n\
         filter dx_advertise_public {{\n  \
           if source != RTS_STATIC then reject;\n  \
           bgp_community.add((65535, 65281));\n  \
           accept;\n}}\n"
    );
    let _ = writeln!(
        w,
        "# Only what the customer advertised reaches the kernel; its realm is the preference.\n\
         filter dx_kernel {{\n  \
           if source != RTS_BGP then reject;\n  \
           if bgp_local_pref = 300 then krt_realm = {};\n  \
           else if bgp_local_pref = 100 then krt_realm = {};\n  \
           else krt_realm = {};\n  \
           accept;\n}}\n",
        realm_of(Preference::High),
        realm_of(Preference::Low),
        realm_of(Preference::Medium)
    );
    for (index, vif) in sessions {
        if let Some(key) = &vif.auth_key {
            if key.contains('"') {
                return Err(BgpConfigError::Quote {
                    vif: vif.name.clone(),
                });
            }
        }
        let name = protocol_name(vif);
        let table = format!("t_{name}");
        let vlan = vif.vlan;
        let amazon = vif.amazon_address.expect("a session has amazon_address");
        let customer = vif
            .customer_address
            .expect("a session has customer_address")
            .addr;
        let asn = vif.asn.expect("a session has asn");
        let _ = writeln!(w, "# VIF {} ({}, VLAN {vlan})", plain(&vif.name), vif.kind);
        let _ = writeln!(w, "ipv4 table {table};\n");
        let prefixes: Vec<_> = config
            .routes
            .iter()
            .filter(|r| r.vif == index)
            .map(|r| r.prefix)
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        if !prefixes.is_empty() {
            let _ = writeln!(
                w,
                "protocol static aws{vlan} {{\n  ipv4 {{ table {table}; }};"
            );
            for p in prefixes {
                if seen.insert((p.addr, p.len)) {
                    let _ = writeln!(w, "  route {p} blackhole;");
                }
            }
            let _ = writeln!(w, "}}\n");
        }
        let _ = writeln!(w, "protocol bgp {name} {{");
        let _ = writeln!(w, "  description \"{}\";", plain(&vif.name));
        let _ = writeln!(w, "  local {amazon} as {};", vif.amazon_asn);
        let _ = writeln!(w, "  neighbor {customer} as {asn};");
        let _ = writeln!(w, "  direct;");
        let _ = writeln!(w, "  hold time 90;");
        let _ = writeln!(w, "  keepalive time 30;");
        if let Some(key) = &vif.auth_key {
            let _ = writeln!(w, "  password \"{key}\";");
        }
        if vif.bfd {
            let _ = writeln!(w, "  bfd on;");
        }
        let export = if vif.kind == VifKind::Public {
            "dx_advertise_public"
        } else {
            "dx_advertise"
        };
        let _ = writeln!(
            w,
            "  ipv4 {{\n    table {table};\n    import filter dx_import;\n    import limit {} action disable;\n    export filter {export};\n  }};\n}}\n",
            max_prefixes(vif.kind)
        );
        let _ = writeln!(
            w,
            "protocol kernel kernel{vlan} {{\n  kernel table {};\n  learn off;\n  persist off;\n  ipv4 {{\n    table {table};\n    import none;\n    export filter dx_kernel;\n  }};\n}}\n",
            kernel_table(index)
        );
    }
    Ok(out)
}

/// A file beside the register socket: `<socket>.<what>`.
fn beside(socket: &Path, what: &str) -> PathBuf {
    let mut s = socket.as_os_str().to_owned();
    s.push(format!(".{what}"));
    PathBuf::from(s)
}

/// BIRD's control socket for a serve whose register socket is `socket`: `birdc -s` takes it,
/// and `dxedge device --socket ... bgp` finds it from the register socket's path.
pub fn control_socket(socket: &Path) -> PathBuf {
    beside(socket, "bird.ctl")
}

/// The files a serve's BIRD uses beside its register socket: configuration, log, pid.
pub fn bird_files(socket: &Path) -> [PathBuf; 4] {
    [
        control_socket(socket),
        beside(socket, "bird.conf"),
        beside(socket, "bird.log"),
        beside(socket, "bird.pid"),
    ]
}

/// Where a serve with `--bgp` says how many routes each session has installed (JSON, by
/// BIRD protocol name), for `dxedge device --socket ... bgp`.
pub fn state_file(socket: &Path) -> PathBuf {
    beside(socket, "bgp.json")
}

/// Whether BIRD 2 runs here; the message when not.
pub fn check_installed() -> Result<(), String> {
    let out = Command::new("bird").arg("--version").output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stderr).contains("BIRD version 2")
            || String::from_utf8_lossy(&o.stdout).contains("BIRD version 2") =>
        {
            Ok(())
        }
        Ok(_) => Err("serve --bgp needs BIRD 2; the `bird` on PATH is another version: install Debian's bird2 package (apt-get install bird2)".into()),
        Err(_) => Err("serve --bgp needs BIRD 2 (Debian's bird2 package), and `bird` is not installed: apt-get install bird2 (or scripts/ensure-tools.sh bird)".into()),
    }
}

/// BIRD running in the control namespace as AWS's side; stopped on drop, its files removed.
pub struct Bird {
    child: Child,
    files: [PathBuf; 4],
}

/// How long BIRD may take to open its control socket.
const BIRD_READY_WITHIN: Duration = Duration::from_secs(10);

impl Bird {
    /// Start BIRD in `netns` with configuration `text`, its files beside `socket`. BIRD runs
    /// in the foreground as a child, under `setpriv --pdeathsig` so that it stops with serve
    /// even when serve is killed.
    pub fn start(netns: &str, text: &str, socket: &Path) -> Result<Bird, String> {
        let files = bird_files(socket);
        let [ctl, conf, log, pid] = &files;
        for f in &files {
            let _ = std::fs::remove_file(f);
        }
        std::fs::write(conf, text).map_err(|e| format!("{}: {e}", conf.display()))?;
        let log_file = File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
        let child = Command::new("ip")
            .args([
                "netns",
                "exec",
                netns,
                "setpriv",
                "--pdeathsig",
                "TERM",
                "bird",
                "-f",
            ])
            .arg("-c")
            .arg(conf)
            .arg("-s")
            .arg(ctl)
            .arg("-P")
            .arg(pid)
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().map_err(|e| e.to_string())?)
            .stderr(log_file)
            .spawn()
            .map_err(|e| format!("starting bird: {e}"))?;
        let mut bird = Bird { child, files };
        let until = Instant::now() + BIRD_READY_WITHIN;
        loop {
            if let Ok(Some(status)) = bird.child.try_wait() {
                let said = std::fs::read_to_string(&bird.files[2]).unwrap_or_default();
                return Err(format!(
                    "bird stopped at once ({status}): {}",
                    said.lines().last().unwrap_or("no message")
                ));
            }
            if bird.files[0].exists() {
                return Ok(bird);
            }
            if Instant::now() > until {
                return Err(format!(
                    "bird did not open its control socket {} within {BIRD_READY_WITHIN:?}",
                    bird.files[0].display()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn control_socket(&self) -> &Path {
        &self.files[0]
    }
}

impl Drop for Bird {
    fn drop(&mut self) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let until = Instant::now() + Duration::from_secs(5);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        for f in &self.files {
            let _ = std::fs::remove_file(f);
        }
    }
}

/// Run `birdc -s <ctl> <args>`; its output, or why not.
pub fn birdc(ctl: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("birdc")
        .arg("-s")
        .arg(ctl)
        .args(args)
        .output()
        .map_err(|e| format!("birdc: {e} (Debian's bird2 package has it)"))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() || text.contains("Unable to connect") {
        return Err(format!(
            "birdc -s {}: {}{}",
            ctl.display(),
            text.trim(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(text)
}

/// One session as BIRD reports it (`show protocols all`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionStatus {
    pub protocol: String,
    /// BIRD's state (`up`, `start`, `down`) and BGP state (`Established`, `Active`, ...).
    pub state: String,
    pub bgp_state: String,
    /// When it entered its state, seconds since the epoch.
    pub since: Option<u64>,
    /// Routes received and accepted from the customer.
    pub received: u64,
    /// BIRD's last message about it (the reason it went down, say).
    pub info: String,
}

/// The BGP sessions in `birdc show protocols all` output.
pub fn parse_protocols(text: &str) -> Vec<SessionStatus> {
    let mut out: Vec<SessionStatus> = Vec::new();
    let mut in_bgp = false;
    for line in text.lines() {
        if !line.starts_with(char::is_whitespace) {
            let f: Vec<&str> = line.split_whitespace().collect();
            in_bgp = f.get(1) == Some(&"BGP");
            if in_bgp {
                let state = f.get(3).unwrap_or(&"-").to_string();
                // Up or starting, the info column starts with the BGP state; down, it is
                // the reason.
                let (bgp_state, info) = if state == "down" {
                    ("-".to_string(), f.get(5..).map(|r| r.join(" ")))
                } else {
                    (
                        f.get(5).unwrap_or(&"-").to_string(),
                        f.get(6..).map(|r| r.join(" ")),
                    )
                };
                out.push(SessionStatus {
                    protocol: f[0].to_string(),
                    state,
                    since: f.get(4).and_then(|t| t.parse().ok()),
                    bgp_state,
                    info: info.unwrap_or_default(),
                    ..SessionStatus::default()
                });
            }
            continue;
        }
        let Some(s) = out.last_mut().filter(|_| in_bgp) else {
            continue;
        };
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("Routes:") {
            // "Routes:         2 imported, 3 exported, 2 preferred"
            s.received = rest
                .split(',')
                .find(|p| p.contains("imported"))
                .and_then(|p| p.split_whitespace().next()?.parse().ok())
                .unwrap_or(0);
        } else if let Some(rest) = t.strip_prefix("Last error:") {
            s.info = rest.trim().to_string();
        }
    }
    out
}

/// `dxedge device --socket <socket> bgp [enable <vif>]`: the sessions of the serve whose
/// register socket is `socket`, from its BIRD and from what it says it installed.
pub fn device_bgp(socket: &Path, enable: Option<&str>) -> Result<String, String> {
    let state_path = state_file(socket);
    let state: serde_json::Value = std::fs::read_to_string(&state_path)
        .map_err(|e| {
            format!(
                "{}: {e}: is a `dxedge serve --bgp` running with --socket {}?",
                state_path.display(),
                socket.display()
            )
        })
        .and_then(|t| {
            serde_json::from_str(&t).map_err(|e| format!("{}: {e}", state_path.display()))
        })?;
    let sessions = state.as_object().cloned().unwrap_or_default();
    let ctl = control_socket(socket);
    if let Some(vif) = enable {
        let Some((protocol, _)) = sessions.iter().find(|(_, v)| v["vif"] == vif) else {
            let names: Vec<String> = sessions
                .values()
                .filter_map(|v| v["vif"].as_str().map(String::from))
                .collect();
            return Err(format!(
                "no BGP session on a VIF named {vif} (sessions: {})",
                names.join(", ")
            ));
        };
        let said = birdc(&ctl, &["enable", protocol])?;
        let said = said
            .lines()
            .filter(|l| !l.starts_with("BIRD "))
            .collect::<Vec<_>>()
            .join(" ");
        return Ok(format!("{vif}: {}\n", said.trim()));
    }
    let text = birdc(&ctl, &["show", "protocols", "all"])?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut out = format!(
        "{:<16} {:<8} {:<8} {:<12} {:>9} {:>9} {:>10}  {}\n",
        "vif", "session", "state", "bgp", "received", "installed", "uptime", "info"
    );
    for s in parse_protocols(&text) {
        let Some(known) = sessions.get(&s.protocol) else {
            continue;
        };
        let uptime = match (s.state.as_str(), s.since) {
            ("up", Some(t)) => {
                let secs = now.saturating_sub(t);
                format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
            }
            _ => "-".into(),
        };
        out.push_str(&format!(
            "{:<16} {:<8} {:<8} {:<12} {:>9} {:>9} {:>10}  {}\n",
            known["vif"].as_str().unwrap_or("?"),
            s.protocol,
            s.state,
            s.bgp_state,
            s.received,
            known["installed"].as_u64().unwrap_or(0),
            uptime,
            if s.info.is_empty() { "-" } else { &s.info }
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_read_from_show_protocols_all() {
        let text = "BIRD 2.0.12 ready.
Name       Proto      Table      State  Since         Info
device1    Device     ---        up     1764877000
vif101     BGP        ---        up     1764877100    Established
  Description:    corp-private
  BGP state:          Established
  Channel ipv4
    Import limit:   100
      Action:       disable
    Routes:         2 imported, 1 exported, 2 preferred
kernel101  Kernel     t_vif101   up     1764877000
  Channel ipv4
    Routes:         0 imported, 2 exported, 0 preferred
vif102     BGP        ---        start  1764877100    Active        Socket: Connection refused
vif104     BGP        ---        down   1764877300    Automatic shutdown: Route limit exceeded
  Channel ipv4
    Routes:         0 imported, 0 exported, 0 preferred
";
        let s = parse_protocols(text);
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(
            (
                s[0].protocol.as_str(),
                s[0].state.as_str(),
                s[0].bgp_state.as_str()
            ),
            ("vif101", "up", "Established")
        );
        assert_eq!((s[0].since, s[0].received), (Some(1_764_877_100), 2));
        assert_eq!(s[1].bgp_state, "Active");
        assert_eq!(s[1].info, "Socket: Connection refused");
        assert_eq!(
            (s[2].state.as_str(), s[2].bgp_state.as_str()),
            ("down", "-")
        );
        assert_eq!(s[2].info, "Automatic shutdown: Route limit exceeded");
    }

    #[test]
    fn learned_routes_join_the_static_ones_which_stay() {
        let config = Config::parse(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../examples/bgp/appliance.toml"
            ))
            .expect("example"),
            "bgp.toml",
        )
        .expect("config");
        let mut learned: crate::serve::rib::Learned = vec![Default::default(); config.vifs.len()];
        let p = |s: &str| {
            s.parse::<dxedge_host::config::Ipv4Prefix>()
                .expect("prefix")
        };
        learned[0].insert(p("192.168.0.0/16"), Preference::Low);
        learned[0].insert(p("172.16.1.0/24"), Preference::Medium);
        learned[2].insert(p("172.16.1.0/24"), Preference::High);
        let c = crate::serve::rib::with_learned(&config, &learned);
        let routes: Vec<_> = c
            .customer_routes
            .iter()
            .map(|r| (r.vif, r.prefix.to_string(), r.preference))
            .collect();
        assert_eq!(
            routes,
            vec![
                (0, "192.168.0.0/16".into(), Preference::High),
                (0, "172.16.1.0/24".into(), Preference::Medium),
                (2, "172.16.1.0/24".into(), Preference::High),
            ]
        );
    }

    #[test]
    fn realms_and_preferences_round_trip() {
        for p in [Preference::Low, Preference::Medium, Preference::High] {
            assert_eq!(preference_of_realm(realm_of(p)), p);
        }
        assert_eq!(preference_of_realm(0), Preference::Medium);
        assert_eq!(vif_of_table(kernel_table(2), 3), Some(2));
        assert_eq!(vif_of_table(kernel_table(3), 3), None);
        assert_eq!(vif_of_table(254, 3), None);
    }
}
