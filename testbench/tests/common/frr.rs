//! FRR (Debian's frr package) as the customer router of a test: zebra, bgpd and bfdd
//! started inside a namespace of the test's own, under a pathspace named after it
//! (`-N`), configured with `vtysh`, stopped and removed on drop.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::live::Netns;

const DAEMONS: [&str; 3] = ["zebra", "bgpd", "bfdd"];

pub struct Frr {
    pub name: String,
    ns: String,
    etc: PathBuf,
}

impl Frr {
    /// Start FRR in `ns` with `conf` (frr.conf text).
    pub fn start(ns: &Netns, conf: &str) -> Frr {
        let name = ns.0.clone();
        let etc = PathBuf::from("/etc/frr").join(&name);
        let _ = std::fs::remove_dir_all(&etc);
        std::fs::create_dir_all(&etc).expect("/etc/frr/<name>");
        std::fs::write(etc.join("frr.conf"), conf).expect("frr.conf");
        std::fs::write(etc.join("vtysh.conf"), "").expect("vtysh.conf");
        let ok = Command::new("chown")
            .args(["-R", "frr:frr"])
            .arg(&etc)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "chown frr:frr {}", etc.display());
        let frr = Frr {
            name: name.clone(),
            ns: ns.0.clone(),
            etc,
        };
        for d in DAEMONS {
            let out = Command::new("ip")
                .args(["netns", "exec", &frr.ns])
                .arg(format!("/usr/lib/frr/{d}"))
                .args(["-d", "-N", &name, "-f"])
                .arg(frr.etc.join("frr.conf"))
                .output()
                .expect("start an FRR daemon");
            assert!(
                out.status.success(),
                "{d}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        frr
    }

    /// `vtysh -c` each of `commands`, in order; the output.
    pub fn vtysh(&self, commands: &[&str]) -> String {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &self.ns, "vtysh", "-N", &self.name]);
        for c in commands {
            cmd.args(["-c", c]);
        }
        let out = cmd.output().expect("vtysh");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Lines in configuration mode, under `router bgp <asn>` when `bgp` is set.
    pub fn configure(&self, bgp: Option<u32>, lines: &[&str]) {
        let mut all = vec!["configure terminal".to_string()];
        if let Some(asn) = bgp {
            all.push(format!("router bgp {asn}"));
        }
        all.extend(lines.iter().map(|l| l.to_string()));
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let said = self.vtysh(&refs);
        assert!(!said.contains('%'), "vtysh {lines:?}: {said}");
    }

    /// The prefixes FRR received from `neighbor` (accepted, as `show bgp ... routes`).
    pub fn received(&self, neighbor: &str) -> Vec<String> {
        let text = self.vtysh(&[&format!(
            "show bgp ipv4 unicast neighbors {neighbor} routes json"
        )]);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let mut out: Vec<String> = v["routes"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        out.sort();
        out
    }

    /// Wait until `f` holds, up to `within`; whether it did.
    pub fn wait(within: Duration, mut f: impl FnMut() -> bool) -> bool {
        let until = Instant::now() + within;
        loop {
            if f() {
                return true;
            }
            if Instant::now() > until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Frr {
    fn drop(&mut self) {
        let run = PathBuf::from("/var/run/frr").join(&self.name);
        for d in DAEMONS {
            if let Ok(pid) = std::fs::read_to_string(run.join(format!("{d}.pid"))) {
                let _ = Command::new("kill").arg(pid.trim()).status();
            }
        }
        std::thread::sleep(Duration::from_millis(200));
        let _ = std::fs::remove_dir_all(&self.etc);
        let _ = std::fs::remove_dir_all(&run);
    }
}
