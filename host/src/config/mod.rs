//! Appliance configuration: the TOML of `docs/config.md`, parsed and validated.
//!
//! ```text
//!   text ──► serde (raw structs, every value Spanned) ──► validate ──► Config
//!              │ syntax, types, unknown keys               │ names, VLANs, MTUs, prefixes,
//!              ▼                                           ▼ references, duplicates
//!            ConfigError { file, line, column, field, message }
//! ```
//!
//! Two passes because serde alone cannot check what spans several values (a duplicate VLAN,
//! a route naming a VIF defined elsewhere). Every raw value keeps its byte span, so each
//! error, semantic ones included, names the line and column and the field at fault.
//!
//! Indices matter: a VIF's index is its position in [`Config::vifs`] and a target's its
//! position in [`Config::targets`]; the model, the driver and the counters all use them.

//!
//! # Layout
//! `values` holds the types a string value parses to, `raw` the serde structs of pass 1
//! (and `fast` the reader that fills them from plain TOML without the toml crate),
//! `validate` pass 2, `error` the [`ConfigError`] and how a byte span becomes a line, a
//! column and a field; this module the validated [`Config`] and what it answers.

use std::fmt;
use std::net::Ipv4Addr;
use std::path::Path;

mod error;
mod fast;
mod raw;
mod validate;
mod values;

pub use error::ConfigError;
pub use values::{InterfaceAddress, Ipv4Prefix, MacAddr, Preference, Speed, ValueError, VifKind};

use error::{line_column, Place};
use raw::RawConfig;
use validate::validate;

/// The first valid 802.1Q VID. 0 means "priority tag only" (IEEE 802.1Q clause 9.6).
pub const VID_MIN: u16 = 1;
/// The last valid VID. 4095 is reserved (IEEE 802.1Q table 9-2).
pub const VID_MAX: u16 = 4094;
/// Longest VIF or target name.
pub const NAME_MAX: usize = 32;
/// The longest config read: a 100,000-route config is about 7 MiB.
pub const CONFIG_MAX_BYTES: u64 = 64 << 20;
/// Target names that would collide with the other files `dxedge replay` writes
/// (`customer.pcap` is the to-customer direction's output).
pub const RESERVED_TARGET_NAMES: [&str; 5] = ["punt", "counters", "drops", "run", "customer"];
/// Largest BGP ASN a VIF may name: 4294967295 is reserved (RFC 7300).
pub const ASN_MAX: u32 = 4_294_967_294;
/// The TCP MD5 key lengths Direct Connect accepts.
pub const AUTH_KEY_LEN: std::ops::RangeInclusive<usize> = 6..=80;

/// The appliance's port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Port {
    pub speed: Speed,
    /// Source MAC of forwarded frames.
    pub mac: MacAddr,
}

/// A virtual interface: one 802.1Q VLAN of the port.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Vif {
    pub name: String,
    pub kind: VifKind,
    pub vlan: u16,
    pub mtu: u16,
    /// The AWS-side BGP peer address: frames to it are punted.
    pub amazon_address: Option<Ipv4Addr>,
    /// Destination MAC of frames sent to the customer on this VIF.
    pub customer_mac: Option<MacAddr>,
    /// The customer router's address and the peering subnet.
    pub customer_address: Option<InterfaceAddress>,
    /// BGP: the customer's ASN; a session needs it (and `amazon_address`).
    pub asn: Option<u32>,
    /// BGP: AWS's ASN on this VIF (64512 on private and transit VIFs, 7224 on public ones
    /// unless the config says otherwise).
    pub amazon_asn: u32,
    /// BGP: the TCP MD5 key (RFC 2385).
    pub auth_key: Option<String>,
    /// BGP: BFD on the session (300 ms x 3).
    pub bfd: bool,
}

/// A placeholder for struct-update syntax (`Vif { name, vlan, ..Vif::default() }`): a
/// private VIF with no name on VLAN 1 and nothing else set; not a valid VIF by itself.
impl Default for Vif {
    fn default() -> Vif {
        Vif {
            name: String::new(),
            kind: VifKind::Private,
            vlan: VID_MIN,
            mtu: 1500,
            amazon_address: None,
            customer_mac: None,
            customer_address: None,
            asn: None,
            amazon_asn: VifKind::Private.default_amazon_asn(),
            auth_key: None,
            bfd: false,
        }
    }
}

/// A prefix the customer advertises on a VIF: where AWS traffic for it goes back.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CustomerRoute {
    /// Index into [`Config::vifs`].
    pub vif: usize,
    pub prefix: Ipv4Prefix,
    pub preference: Preference,
}

/// Where forwarded frames go. `Default` is a placeholder for struct-update syntax.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Target {
    pub name: String,
    /// Destination MAC written into frames sent to this target.
    pub mac: MacAddr,
    /// Egress VID; `None` sends untagged. In the to-customer direction, frames from the
    /// target arrive with this VID (so target VLANs are unique).
    pub vlan: Option<u16>,
    /// The appliance's own address on the target's segment (frames to it are punted).
    pub address: Option<InterfaceAddress>,
}

/// One route of one VIF's table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Route {
    /// Index into [`Config::vifs`].
    pub vif: usize,
    pub prefix: Ipv4Prefix,
    /// Index into [`Config::targets`].
    pub target: usize,
}

/// A validated appliance configuration (`Default`: a port with no VIFs or targets, for
/// building one in code).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Config {
    pub port: Port,
    pub vifs: Vec<Vif>,
    pub targets: Vec<Target>,
    pub routes: Vec<Route>,
    pub customer_routes: Vec<CustomerRoute>,
}

impl Config {
    /// Read and validate the config at `path`; errors name `path` as given.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let origin = path.display().to_string();
        let refused = |message: String| ConfigError {
            origin: origin.clone(),
            position: None,
            field: None,
            message,
        };
        use std::io::Read as _;
        // Read with a limit: `--config /dev/zero` (or any endless file) must not eat memory.
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|file| file.take(CONFIG_MAX_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| refused(format!("cannot read the config: {e}")))?;
        if bytes.len() as u64 > CONFIG_MAX_BYTES {
            return Err(refused(format!(
                "the config is longer than {} MiB, more than any appliance needs; is this the config file?",
                CONFIG_MAX_BYTES >> 20
            )));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let valid = e.as_bytes().get(..offset).unwrap_or_default();
            let text = String::from_utf8_lossy(valid);
            ConfigError {
                origin: origin.clone(),
                position: Some(line_column(&text, offset)),
                field: None,
                message: "the config is not valid UTF-8".to_string(),
            }
        })?;
        Config::parse(&text, &origin)
    }

    /// Parse and validate config text; `origin` is the file name used in messages.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let place = Place::new(origin, text);
        // Plain TOML (nearly every config) is read in one fast pass; anything else, and every
        // error, through the toml crate (config/fast.rs).
        let raw: RawConfig = match fast::parse(text) {
            Some(raw) => raw,
            None => toml::from_str(text).map_err(|e| place.toml_error(&e))?,
        };
        validate(raw, &place)
    }

    /// [`Config::parse`] through the toml crate alone (tests and fuzzing compare the two).
    #[doc(hidden)]
    pub fn parse_with_toml(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let place = Place::new(origin, text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| place.toml_error(&e))?;
        validate(raw, &place)
    }

    /// This config as TOML that [`Config::parse`] reads back to an equal `Config`.
    pub fn to_toml(&self) -> String {
        use fmt::Write as _;
        let mut out = String::new();
        // Writing to a String cannot fail; the results are ignored for that reason.
        let _ = writeln!(out, "[port]");
        let _ = writeln!(out, "speed = {}", quote(self.port.speed.name()));
        let _ = writeln!(out, "mac = {}", quote(&self.port.mac.to_string()));
        for vif in &self.vifs {
            let _ = writeln!(out, "\n[[vif]]");
            let _ = writeln!(out, "name = {}", quote(&vif.name));
            let _ = writeln!(out, "kind = {}", quote(vif.kind.name()));
            let _ = writeln!(out, "vlan = {}", vif.vlan);
            let _ = writeln!(out, "mtu = {}", vif.mtu);
            if let Some(address) = vif.amazon_address {
                let _ = writeln!(out, "amazon_address = {}", quote(&address.to_string()));
            }
            if let Some(mac) = vif.customer_mac {
                let _ = writeln!(out, "customer_mac = {}", quote(&mac.to_string()));
            }
            if let Some(address) = vif.customer_address {
                let _ = writeln!(out, "customer_address = {}", quote(&address.to_string()));
            }
            if let Some(asn) = vif.asn {
                let _ = writeln!(out, "asn = {asn}");
            }
            if vif.amazon_asn != vif.kind.default_amazon_asn() {
                let _ = writeln!(out, "amazon_asn = {}", vif.amazon_asn);
            }
            if let Some(key) = &vif.auth_key {
                let _ = writeln!(out, "auth_key = {}", quote(key));
            }
            if vif.bfd {
                let _ = writeln!(out, "bfd = true");
            }
        }
        for target in &self.targets {
            let _ = writeln!(out, "\n[[target]]");
            let _ = writeln!(out, "name = {}", quote(&target.name));
            let _ = writeln!(out, "mac = {}", quote(&target.mac.to_string()));
            if let Some(vlan) = target.vlan {
                let _ = writeln!(out, "vlan = {vlan}");
            }
            if let Some(address) = target.address {
                let _ = writeln!(out, "address = {}", quote(&address.to_string()));
            }
        }
        for route in &self.routes {
            // A hand-built Config may hold a dangling index: write a name that cannot
            // validate rather than panic.
            let vif = self
                .vifs
                .get(route.vif)
                .map_or("<no such vif>", |v| &v.name);
            let target = self
                .targets
                .get(route.target)
                .map_or("<no such target>", |t| &t.name);
            let _ = writeln!(out, "\n[[route]]");
            let _ = writeln!(out, "vif = {}", quote(vif));
            let _ = writeln!(out, "prefix = {}", quote(&route.prefix.to_string()));
            let _ = writeln!(out, "target = {}", quote(target));
        }
        for route in &self.customer_routes {
            let vif = self
                .vifs
                .get(route.vif)
                .map_or("<no such vif>", |v| &v.name);
            let _ = writeln!(out, "\n[[customer_route]]");
            let _ = writeln!(out, "vif = {}", quote(vif));
            let _ = writeln!(out, "prefix = {}", quote(&route.prefix.to_string()));
            let _ = writeln!(out, "preference = {}", quote(route.preference.name()));
        }
        out
    }

    /// The targets associated with VIF `vif`: those it has a v1 route to, the only ones
    /// whose traffic may come back to the customer over it. In target order.
    pub fn targets_of_vif(&self, vif: usize) -> Vec<usize> {
        let mut targets: Vec<usize> = self
            .routes
            .iter()
            .filter(|r| r.vif == vif)
            .map(|r| r.target)
            .collect();
        targets.sort_unstable();
        targets.dedup();
        targets
    }

    /// The VIFs a target is associated with (those with a v1 route to it), in VIF order.
    pub fn vifs_of_target(&self, target: usize) -> Vec<usize> {
        let mut vifs: Vec<usize> = self
            .routes
            .iter()
            .filter(|r| r.target == target)
            .map(|r| r.vif)
            .collect();
        vifs.sort_unstable();
        vifs.dedup();
        vifs
    }

    /// The target whose VLAN is `vid`, by index.
    pub fn target_by_vlan(&self, vid: u16) -> Option<usize> {
        self.targets.iter().position(|t| t.vlan == Some(vid))
    }

    /// The VIF whose VLAN is `vid`, by index.
    pub fn vif_by_vlan(&self, vid: u16) -> Option<usize> {
        self.vifs.iter().position(|v| v.vlan == vid)
    }

    /// The target named `name`, by index.
    pub fn target_by_name(&self, name: &str) -> Option<usize> {
        self.targets.iter().position(|t| t.name == name)
    }

    /// The VIF named `name`, by index.
    pub fn vif_by_name(&self, name: &str) -> Option<usize> {
        self.vifs.iter().position(|v| v.name == name)
    }
}

/// A TOML basic string holding `s`.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests;
