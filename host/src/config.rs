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

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::hash_map::Entry;
use std::fmt;
use std::net::Ipv4Addr;
use std::ops::Range;
use std::path::Path;
use std::str::FromStr;

use foldhash::HashMap;
use serde::Deserialize;
use thiserror::Error;
use toml::Spanned;

mod fast;

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

/// A value that does not parse as the type it should have; the message says what was expected.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{0}")]
pub struct ValueError(String);

impl ValueError {
    pub fn new(message: String) -> ValueError {
        ValueError(message)
    }
}

/// An Ethernet MAC address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct MacAddr(pub [u8; 6]);

impl FromStr for MacAddr {
    type Err = ValueError;

    /// Six pairs of hex digits separated by colons, in either case: `02:00:5E:00:00:01`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            ValueError(format!(
                "`{s}` is not a MAC address (expected six colon-separated pairs of hex digits, such as 02:00:5e:00:00:01)"
            ))
        };
        let mut mac = [0u8; 6];
        let mut groups = s.split(':');
        for byte in mac.iter_mut() {
            let group = groups.next().ok_or_else(bad)?;
            if group.len() != 2 || !group.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(bad());
            }
            *byte = u8::from_str_radix(group, 16).map_err(|_| bad())?;
        }
        if groups.next().is_some() {
            return Err(bad());
        }
        Ok(MacAddr(mac))
    }
}

impl fmt::Display for MacAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d, e, g] = self.0;
        write!(f, "{a:02x}:{b:02x}:{c:02x}:{d:02x}:{e:02x}:{g:02x}")
    }
}

/// An IPv4 prefix in CIDR form. Parsing rejects host bits set below the length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ipv4Prefix {
    pub addr: Ipv4Addr,
    pub len: u8,
}

impl Ipv4Prefix {
    /// A prefix from an address and a length; `None` if the length exceeds 32 or host bits
    /// are set.
    pub fn new(addr: Ipv4Addr, len: u8) -> Option<Ipv4Prefix> {
        let prefix = Ipv4Prefix { addr, len };
        (len <= 32 && u32::from(addr) == prefix.network()).then_some(prefix)
    }

    /// The netmask as a number: `len` one bits from the top.
    pub fn mask(&self) -> u32 {
        match self.len {
            0 => 0,
            len => u32::MAX << (32 - u32::from(len.min(32))),
        }
    }

    /// The network address as a number (host bits cleared, whatever `addr` holds).
    pub fn network(&self) -> u32 {
        u32::from(self.addr) & self.mask()
    }

    /// Whether `ip` lies in this prefix.
    pub fn contains(&self, ip: u32) -> bool {
        ip & self.mask() == self.network()
    }
}

impl FromStr for Ipv4Prefix {
    type Err = ValueError;

    /// A config holds up to 100,000 prefixes, and `Ipv4Addr`'s parser was a tenth of the
    /// time it took to load one: a well-formed prefix is read here straight from its bytes,
    /// and anything else goes through the careful parse, which words the error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match prefix_from_bytes(s.as_bytes()) {
            Some(prefix) => Ok(prefix),
            None => careful_prefix(s),
        }
    }
}

/// `a.b.c.d/len` as the careful parse reads it (`Ipv4Addr`'s rules: four decimal octets of
/// one to three digits, no leading zero; then one or two digits of length, at most 32),
/// without host bits set; `None` for anything else, valid or not.
fn prefix_from_bytes(s: &[u8]) -> Option<Ipv4Prefix> {
    let (mut addr, mut octets) = (0u32, 0);
    let (mut octet, mut digits) = (0u32, 0);
    let mut bytes = s.iter();
    for &b in bytes.by_ref() {
        if b.is_ascii_digit() {
            if digits == 3 || (digits == 1 && octet == 0) {
                return None;
            }
            octet = octet * 10 + u32::from(b - b'0');
            digits += 1;
        } else if digits > 0 && octet <= 255 && b == if octets < 3 { b'.' } else { b'/' } {
            addr = addr << 8 | octet;
            octets += 1;
            (octet, digits) = (0, 0);
            if octets == 4 {
                break;
            }
        } else {
            return None;
        }
    }
    if octets < 4 {
        return None;
    }
    let len = match bytes.as_slice() {
        [d] if d.is_ascii_digit() => d - b'0',
        [d, e] if d.is_ascii_digit() && e.is_ascii_digit() => (d - b'0') * 10 + (e - b'0'),
        _ => return None,
    };
    Ipv4Prefix::new(Ipv4Addr::from(addr), len)
}

/// [`Ipv4Prefix::from_str`] the slow way, with a message for each way a prefix is wrong.
fn careful_prefix(s: &str) -> Result<Ipv4Prefix, ValueError> {
    let bad = |why: &str| ValueError(format!("`{s}` is not an IPv4 prefix: {why}"));
    let (addr, len) = s
        .split_once('/')
        .ok_or_else(|| bad("expected an address, a slash and a length, such as 10.1.0.0/16"))?;
    let addr: Ipv4Addr = addr
        .parse()
        .map_err(|_| bad("the address is not a dotted-quad IPv4 address"))?;
    // u8::from_str takes a leading '+'; a CIDR length is digits only.
    if len.is_empty() || len.len() > 2 || !len.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad("the length must be a number from 0 to 32"));
    }
    let len: u8 = len
        .parse()
        .map_err(|_| bad("the length must be a number from 0 to 32"))?;
    if len > 32 {
        return Err(bad("the length must be a number from 0 to 32"));
    }
    let loose = Ipv4Prefix { addr, len };
    let network = Ipv4Addr::from(loose.network());
    if network != addr {
        return Err(bad(&format!(
            "host bits are set (the network is {network}/{len})"
        )));
    }
    Ok(loose)
}

impl fmt::Display for Ipv4Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.len)
    }
}

/// The datapath: 10G is a 64-bit stream, 100G a 512-bit stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Speed {
    #[default]
    G10,
    G100,
}

impl Speed {
    pub const fn name(self) -> &'static str {
        match self {
            Speed::G10 => "10g",
            Speed::G100 => "100g",
        }
    }
}

impl FromStr for Speed {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "10g" => Ok(Speed::G10),
            "100g" => Ok(Speed::G100),
            _ => Err(ValueError(format!(
                "`{s}` is not a speed (expected \"10g\" or \"100g\")"
            ))),
        }
    }
}

impl fmt::Display for Speed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The kind of a Direct Connect virtual interface; it decides which MTUs are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VifKind {
    Private,
    Public,
    Transit,
}

impl VifKind {
    pub const fn name(self) -> &'static str {
        match self {
            VifKind::Private => "private",
            VifKind::Public => "public",
            VifKind::Transit => "transit",
        }
    }

    /// The MTUs Direct Connect offers on this kind of VIF (jumbo frames: 8500 or 9001 on
    /// private, 8500 on transit; public VIFs stay at 1500).
    pub const fn allowed_mtus(self) -> &'static [u16] {
        match self {
            // AWS's current API offers 8500 on private VIFs; older documentation, 9001.
            VifKind::Private => &[1500, 8500, 9001],
            VifKind::Public => &[1500],
            VifKind::Transit => &[1500, 8500],
        }
    }
}

impl FromStr for VifKind {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "private" => Ok(VifKind::Private),
            "public" => Ok(VifKind::Public),
            "transit" => Ok(VifKind::Transit),
            _ => Err(ValueError(format!(
                "`{s}` is not a VIF kind (expected \"private\", \"public\" or \"transit\")"
            ))),
        }
    }
}

impl fmt::Display for VifKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

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

impl VifKind {
    /// AWS's ASN on a VIF of this kind when the config names none.
    pub const fn default_amazon_asn(self) -> u32 {
        match self {
            VifKind::Private | VifKind::Transit => 64512,
            VifKind::Public => 7224,
        }
    }
}

/// An interface address: a host address and the prefix length of its subnet
/// (`169.254.10.2/30`). Unlike an [`Ipv4Prefix`], host bits are the point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InterfaceAddress {
    pub addr: Ipv4Addr,
    pub len: u8,
}

impl InterfaceAddress {
    /// The subnet the address lies in.
    pub fn subnet(&self) -> Ipv4Prefix {
        let loose = Ipv4Prefix {
            addr: self.addr,
            len: self.len,
        };
        Ipv4Prefix {
            addr: Ipv4Addr::from(loose.network()),
            len: self.len,
        }
    }
}

impl FromStr for InterfaceAddress {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| ValueError(format!("`{s}` is not an interface address: {why}"));
        let (addr, len) = s.split_once('/').ok_or_else(|| {
            bad("expected an address, a slash and the subnet's prefix length, such as 169.254.10.2/30")
        })?;
        let addr: Ipv4Addr = addr
            .parse()
            .map_err(|_| bad("the address is not a dotted-quad IPv4 address"))?;
        if len.is_empty() || len.len() > 2 || !len.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("the length must be a number from 0 to 32"));
        }
        let len: u8 = len
            .parse()
            .map_err(|_| bad("the length must be a number from 0 to 32"))?;
        if len > 32 {
            return Err(bad("the length must be a number from 0 to 32"));
        }
        Ok(InterfaceAddress { addr, len })
    }
}

impl fmt::Display for InterfaceAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.len)
    }
}

/// DX local preference, set by the customer with the communities 7224:7100/7200/7300.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Preference {
    Low,
    #[default]
    Medium,
    High,
}

impl Preference {
    pub const fn name(self) -> &'static str {
        match self {
            Preference::Low => "low",
            Preference::Medium => "medium",
            Preference::High => "high",
        }
    }
}

impl FromStr for Preference {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "low" => Ok(Preference::Low),
            "medium" => Ok(Preference::Medium),
            "high" => Ok(Preference::High),
            _ => Err(ValueError(format!(
                "`{s}` is not a preference (expected \"low\", \"medium\" or \"high\")"
            ))),
        }
    }
}

impl fmt::Display for Preference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
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

/// Why a config was refused. Its `Display` is one line: the file, the line and column, what
/// is wrong, and the field (`route[2].prefix`, indices counting from 0 in file order).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub struct ConfigError {
    origin: String,
    /// 1-based line and column (in characters), when the error has a place in the text.
    position: Option<(usize, usize)>,
    field: Option<String>,
    message: String,
}

impl ConfigError {
    /// The file name given to [`Config::parse`] or the path given to [`Config::load`].
    pub fn origin(&self) -> &str {
        &self.origin
    }
    /// 1-based line, if the error has a place in the text.
    pub fn line(&self) -> Option<usize> {
        self.position.map(|(line, _)| line)
    }
    /// 1-based column in characters, if the error has a place in the text.
    pub fn column(&self) -> Option<usize> {
        self.position.map(|(_, column)| column)
    }
    /// The field at fault, such as `vif[1].mtu`.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }
    /// What is wrong, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", crate::text::shown(&self.origin))?;
        if let Some((line, column)) = self.position {
            write!(f, "{line}:{column}:")?;
        }
        write!(f, " {}", self.message)?;
        if let Some(field) = &self.field {
            write!(f, " (field `{}`)", crate::text::shown(field))?;
        }
        Ok(())
    }
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

// ---------------------------------------------------------------------------------------
// Pass 1: serde. Every value keeps its span so that pass 2 can point at it; tables need
// none (an error serde finds in one is placed at the table all the same).

/// A string value of the config, borrowed from the text: a 100,000-route config holds
/// 300,000 of them, and copying each into its own `String` cost a tenth of the parse. The
/// toml crate hands over an owned string when it had to unescape one.
struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            // As `String` words it: the toml crate's type errors quote this.
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s.to_string())))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig<'a> {
    #[serde(borrow)]
    port: Option<RawPort<'a>>,
    #[serde(default, borrow)]
    vif: Vec<RawVif<'a>>,
    #[serde(default, borrow)]
    target: Vec<RawTarget<'a>>,
    #[serde(default, borrow)]
    route: Vec<RawRoute<'a>>,
    #[serde(default, borrow)]
    customer_route: Vec<RawCustomerRoute<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPort<'a> {
    #[serde(borrow)]
    speed: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    mac: Spanned<Text<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVif<'a> {
    #[serde(borrow)]
    name: Spanned<Text<'a>>,
    #[serde(borrow)]
    kind: Spanned<Text<'a>>,
    vlan: Spanned<i64>,
    mtu: Option<Spanned<i64>>,
    #[serde(borrow)]
    amazon_address: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    customer_mac: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    customer_address: Option<Spanned<Text<'a>>>,
    asn: Option<Spanned<i64>>,
    amazon_asn: Option<Spanned<i64>>,
    #[serde(borrow)]
    auth_key: Option<Spanned<Text<'a>>>,
    bfd: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTarget<'a> {
    #[serde(borrow)]
    name: Spanned<Text<'a>>,
    #[serde(borrow)]
    mac: Spanned<Text<'a>>,
    vlan: Option<Spanned<i64>>,
    #[serde(borrow)]
    address: Option<Spanned<Text<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute<'a> {
    #[serde(borrow)]
    vif: Spanned<Text<'a>>,
    #[serde(borrow)]
    prefix: Spanned<Text<'a>>,
    #[serde(borrow)]
    target: Spanned<Text<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCustomerRoute<'a> {
    #[serde(borrow)]
    vif: Spanned<Text<'a>>,
    #[serde(borrow)]
    prefix: Spanned<Text<'a>>,
    #[serde(borrow)]
    preference: Option<Spanned<Text<'a>>>,
}

// ---------------------------------------------------------------------------------------
// Pass 2: the rules of the spec that serde cannot express.

fn validate(raw: RawConfig<'_>, place: &Place<'_>) -> Result<Config, ConfigError> {
    let port = match raw.port {
        Some(port) => validate_port(port, place)?,
        None => {
            return Err(place.error(
                0..0,
                "port",
                "the [port] table is missing (it holds the appliance's mac)",
            ))
        }
    };

    let mut vifs: Vec<Vif> = Vec::with_capacity(raw.vif.len());
    // Where each VIF's name and VLAN were defined, to point at the first of a duplicate.
    let mut vif_spans: Vec<(Range<usize>, Range<usize>)> = Vec::with_capacity(raw.vif.len());
    // Maps rather than scans: a config may hold thousands of VIFs and 100,000 routes. Hashed
    // with foldhash: SipHash's resistance to chosen keys buys nothing against one's own
    // config, and it was a sixth of the time a large one took to load.
    let mut vif_index: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(raw.vif.len(), Default::default());
    let mut vif_of_vlan: HashMap<u16, usize> =
        HashMap::with_capacity_and_hasher(raw.vif.len(), Default::default());
    for (i, raw) in raw.vif.iter().enumerate() {
        let field = |name: &str| format!("vif[{i}].{name}");

        check_name(&raw.name, &field("name"), place)?;
        if let Some(&first) = vif_index.get(raw.name.get_ref().as_str()) {
            return Err(place.error(
                raw.name.span(),
                &field("name"),
                &format!(
                    "duplicate VIF name `{}` (first defined at line {})",
                    raw.name.get_ref(),
                    place.line_of(vif_spans[first].0.start)
                ),
            ));
        }

        let kind: VifKind = parse_value(&raw.kind, &field("kind"), place)?;
        let vlan = check_vid(&raw.vlan, &field("vlan"), place)?;
        if let Some(&first) = vif_of_vlan.get(&vlan) {
            return Err(place.error(
                raw.vlan.span(),
                &field("vlan"),
                &format!(
                    "VLAN {vlan} is already used by VIF `{}` (line {})",
                    vifs[first].name,
                    place.line_of(vif_spans[first].1.start)
                ),
            ));
        }

        let mtu = match &raw.mtu {
            None => 1500,
            Some(mtu) => {
                let allowed = kind.allowed_mtus();
                match u16::try_from(*mtu.get_ref()) {
                    Ok(value) if allowed.contains(&value) => value,
                    _ => {
                        let list: Vec<String> = allowed.iter().map(u16::to_string).collect();
                        return Err(place.error(
                            mtu.span(),
                            &field("mtu"),
                            &format!(
                                "MTU {} is not allowed on a {kind} VIF (allowed: {})",
                                mtu.get_ref(),
                                list.join(", ")
                            ),
                        ));
                    }
                }
            }
        };

        let amazon_address = match &raw.amazon_address {
            None => None,
            Some(address) => Some(address.get_ref().as_str().parse::<Ipv4Addr>().map_err(
                |_| {
                    place.error(
                        address.span(),
                        &field("amazon_address"),
                        &format!("`{}` is not a dotted-quad IPv4 address", address.get_ref()),
                    )
                },
            )?),
        };

        let customer_mac = match &raw.customer_mac {
            None => None,
            Some(mac) => Some(parse_value::<MacAddr>(mac, &field("customer_mac"), place)?),
        };
        let customer_address = match &raw.customer_address {
            None => None,
            Some(address) => Some(parse_value::<InterfaceAddress>(
                address,
                &field("customer_address"),
                place,
            )?),
        };
        if let (Some(amazon), Some(customer), Some(raw_amazon)) =
            (amazon_address, customer_address, &raw.amazon_address)
        {
            let subnet = customer.subnet();
            if !subnet.contains(u32::from(amazon)) {
                return Err(place.error(
                    raw_amazon.span(),
                    &field("amazon_address"),
                    &format!(
                        "amazon_address {amazon} is outside the peering subnet {subnet} of customer_address {customer}"
                    ),
                ));
            }
            if amazon == customer.addr {
                return Err(place.error(
                    raw_amazon.span(),
                    &field("amazon_address"),
                    &format!("amazon_address {amazon} is the customer's own address (customer_address {customer})"),
                ));
            }
        }
        let asn = match &raw.asn {
            None => None,
            Some(asn) => Some(check_asn(asn, &field("asn"), place)?),
        };
        let amazon_asn = match &raw.amazon_asn {
            None => kind.default_amazon_asn(),
            Some(asn) => check_asn(asn, &field("amazon_asn"), place)?,
        };
        let auth_key = match &raw.auth_key {
            None => None,
            Some(key) => {
                let chars = key.get_ref().as_str().chars().count();
                let printable = key.get_ref().as_str().chars().all(|c| c.is_ascii_graphic());
                if !AUTH_KEY_LEN.contains(&chars) || !printable {
                    return Err(place.error(
                        key.span(),
                        &field("auth_key"),
                        &format!(
                            "the BGP MD5 key must be {} to {} printable ASCII characters without spaces (it has {chars} characters{})",
                            AUTH_KEY_LEN.start(),
                            AUTH_KEY_LEN.end(),
                            if printable { "" } else { ", not all of them printable" }
                        ),
                    ));
                }
                Some(key.get_ref().to_string())
            }
        };
        let bfd = raw.bfd.as_ref().is_some_and(|b| *b.get_ref());

        vif_spans.push((raw.name.span(), raw.vlan.span()));
        vif_index.insert(raw.name.get_ref().as_str(), vifs.len());
        vif_of_vlan.insert(vlan, vifs.len());
        vifs.push(Vif {
            name: raw.name.get_ref().to_string(),
            kind,
            vlan,
            mtu,
            amazon_address,
            customer_mac,
            customer_address,
            asn,
            amazon_asn,
            auth_key,
            bfd,
        });
    }

    let mut targets: Vec<Target> = Vec::with_capacity(raw.target.len());
    let mut target_name_spans: Vec<Range<usize>> = Vec::with_capacity(raw.target.len());
    let mut target_index: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(raw.target.len(), Default::default());
    for (i, raw) in raw.target.iter().enumerate() {
        let field = |name: &str| format!("target[{i}].{name}");

        check_name(&raw.name, &field("name"), place)?;
        if RESERVED_TARGET_NAMES.contains(&raw.name.get_ref().as_str()) {
            return Err(place.error(
                raw.name.span(),
                &field("name"),
                &format!(
                    "target name `{}` is reserved: `dxedge replay` writes {}.{} itself",
                    raw.name.get_ref(),
                    raw.name.get_ref(),
                    match raw.name.get_ref().as_str() {
                        "drops" => "pcapng",
                        "counters" | "run" => "json",
                        _ => "pcap",
                    }
                ),
            ));
        }
        if let Some(&first) = target_index.get(raw.name.get_ref().as_str()) {
            return Err(place.error(
                raw.name.span(),
                &field("name"),
                &format!(
                    "duplicate target name `{}` (first defined at line {})",
                    raw.name.get_ref(),
                    place.line_of(target_name_spans[first].start)
                ),
            ));
        }
        let mac: MacAddr = parse_value(&raw.mac, &field("mac"), place)?;
        let vlan = match &raw.vlan {
            None => None,
            Some(vlan) => {
                let vid = check_vid(vlan, &field("vlan"), place)?;
                // The to-customer direction knows a target by the VID its frames carry.
                if let Some(first) = targets.iter().position(|t| t.vlan == Some(vid)) {
                    return Err(place.error(
                        vlan.span(),
                        &field("vlan"),
                        &format!(
                            "VLAN {vid} is already used by target `{}` (line {}); target VLANs identify the target on the AWS side",
                            targets[first].name,
                            place.line_of(target_name_spans[first].start)
                        ),
                    ));
                }
                Some(vid)
            }
        };
        let address = match &raw.address {
            None => None,
            Some(address) => Some(parse_value::<InterfaceAddress>(
                address,
                &field("address"),
                place,
            )?),
        };
        target_name_spans.push(raw.name.span());
        target_index.insert(raw.name.get_ref().as_str(), targets.len());
        targets.push(Target {
            name: raw.name.get_ref().to_string(),
            mac,
            vlan,
            address,
        });
    }

    let mut routes: Vec<Route> = Vec::with_capacity(raw.route.len());
    // Where each (VIF, prefix) was first routed: its line is only looked up for an error.
    let mut route_at: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(raw.route.len(), Default::default());
    for (i, raw) in raw.route.into_iter().enumerate() {
        let field = |name: &str| format!("route[{i}].{name}");

        let vif = vif_index
            .get(raw.vif.get_ref().as_str())
            .copied()
            .ok_or_else(|| {
                place.error(
                    raw.vif.span(),
                    &field("vif"),
                    &format!("no VIF is named `{}`", raw.vif.get_ref()),
                )
            })?;
        // Not parse_value: its field name would be formatted for every route.
        let prefix: Ipv4Prefix = raw
            .prefix
            .get_ref()
            .as_str()
            .parse()
            .map_err(|e: ValueError| place.error(raw.prefix.span(), &field("prefix"), &e.0))?;
        let target = target_index
            .get(raw.target.get_ref().as_str())
            .copied()
            .ok_or_else(|| {
                place.error(
                    raw.target.span(),
                    &field("target"),
                    &format!("no target is named `{}`", raw.target.get_ref()),
                )
            })?;
        claim_route(
            &mut route_at,
            (vif, prefix),
            (raw.vif.get_ref().as_str(), raw.prefix.span()),
            "route",
            &field("prefix"),
            place,
        )?;
        routes.push(Route {
            vif,
            prefix,
            target,
        });
    }

    let mut customer_routes: Vec<CustomerRoute> = Vec::with_capacity(raw.customer_route.len());
    // Where each (VIF, prefix) was first advertised, as for the routes above.
    let mut customer_route_at: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(raw.customer_route.len(), Default::default());
    for (i, raw) in raw.customer_route.into_iter().enumerate() {
        let field = |name: &str| format!("customer_route[{i}].{name}");
        let vif = vif_index
            .get(raw.vif.get_ref().as_str())
            .copied()
            .ok_or_else(|| {
                place.error(
                    raw.vif.span(),
                    &field("vif"),
                    &format!("no VIF is named `{}`", raw.vif.get_ref()),
                )
            })?;
        if vifs[vif].customer_mac.is_none() {
            return Err(place.error(
                raw.vif.span(),
                &field("vif"),
                &format!(
                    "VIF `{}` has no customer_mac, which frames sent to the customer on it need",
                    raw.vif.get_ref()
                ),
            ));
        }
        let prefix: Ipv4Prefix = raw
            .prefix
            .get_ref()
            .as_str()
            .parse()
            .map_err(|e: ValueError| place.error(raw.prefix.span(), &field("prefix"), &e.0))?;
        let preference = match &raw.preference {
            None => Preference::default(),
            Some(preference) => parse_value(preference, &field("preference"), place)?,
        };
        claim_route(
            &mut customer_route_at,
            (vif, prefix),
            (raw.vif.get_ref().as_str(), raw.prefix.span()),
            "customer route",
            &field("prefix"),
            place,
        )?;
        customer_routes.push(CustomerRoute {
            vif,
            prefix,
            preference,
        });
    }

    Ok(Config {
        port,
        vifs,
        targets,
        routes,
        customer_routes,
    })
}

/// A (VIF, prefix) pair as one number, to hash as one word: a VIF index is below 4094 (one
/// VLAN each), then 32 bits of address and 8 of length.
fn route_key(vif: usize, prefix: Ipv4Prefix) -> u64 {
    (vif as u64) << 40 | u64::from(u32::from(prefix.addr)) << 8 | u64::from(prefix.len)
}

/// Note where a (VIF, prefix) of `kind` is first given (the VIF by name, the prefix by its
/// span); a second one is an error naming the line of the first.
fn claim_route(
    first_at: &mut HashMap<u64, usize>,
    (vif, prefix): (usize, Ipv4Prefix),
    (vif_name, span): (&str, Range<usize>),
    kind: &str,
    field: &str,
    place: &Place<'_>,
) -> Result<(), ConfigError> {
    match first_at.entry(route_key(vif, prefix)) {
        Entry::Vacant(slot) => {
            slot.insert(span.start);
            Ok(())
        }
        Entry::Occupied(first) => Err(place.error(
            span,
            field,
            &format!(
                "VIF `{vif_name}` already has a {kind} for {prefix} (line {})",
                place.line_of(*first.get())
            ),
        )),
    }
}

fn validate_port(raw: RawPort<'_>, place: &Place<'_>) -> Result<Port, ConfigError> {
    let speed = match &raw.speed {
        None => Speed::default(),
        Some(speed) => parse_value(speed, "port.speed", place)?,
    };
    let mac = parse_value(&raw.mac, "port.mac", place)?;
    Ok(Port { speed, mac })
}

/// Parse a string value with `FromStr`, pointing at it on failure.
fn parse_value<T>(
    value: &Spanned<Text<'_>>,
    field: &str,
    place: &Place<'_>,
) -> Result<T, ConfigError>
where
    T: FromStr<Err = ValueError>,
{
    value
        .get_ref()
        .as_str()
        .parse()
        .map_err(|e: ValueError| place.error(value.span(), field, &e.0))
}

/// A VID must be 1..=4094: 0 marks priority-tagged frames and 4095 is reserved.
fn check_vid(value: &Spanned<i64>, field: &str, place: &Place<'_>) -> Result<u16, ConfigError> {
    match u16::try_from(*value.get_ref()) {
        Ok(vid) if (VID_MIN..=VID_MAX).contains(&vid) => Ok(vid),
        _ => Err(place.error(
            value.span(),
            field,
            &format!(
                "VLAN {} is out of range (802.1Q VIDs are {VID_MIN} to {VID_MAX})",
                value.get_ref()
            ),
        )),
    }
}

/// A BGP ASN: 1 to 4294967294 (0 and 4294967295 are reserved, RFC 7607 and RFC 7300).
fn check_asn(value: &Spanned<i64>, field: &str, place: &Place<'_>) -> Result<u32, ConfigError> {
    match u32::try_from(*value.get_ref()) {
        Ok(asn) if (1..=ASN_MAX).contains(&asn) => Ok(asn),
        _ => Err(place.error(
            value.span(),
            field,
            &format!("ASN {} is out of range (1 to {ASN_MAX})", value.get_ref()),
        )),
    }
}

/// Names become file names (`<target>.pcap`) and JSON keys: 1 to 32 of `[a-z0-9_-]`.
fn check_name(name: &Spanned<Text<'_>>, field: &str, place: &Place<'_>) -> Result<(), ConfigError> {
    let value = name.get_ref().as_str();
    let ok_chars = value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if value.is_empty() || value.len() > NAME_MAX || !ok_chars {
        return Err(place.error(
            name.span(),
            field,
            &format!(
                "name `{value}` is not 1 to {NAME_MAX} characters of lowercase letters, digits, `_` and `-`"
            ),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Places: from byte spans to file:line:column and field paths.

struct Place<'a> {
    origin: &'a str,
    text: &'a str,
    /// Byte offset where each line starts: a place costs a binary search, not a scan of
    /// the text before it (which made validating n routes O(n^2)). Built on the first
    /// place asked for: a valid config asks for none, and a 100,000-route config has half a
    /// million lines.
    line_starts: OnceCell<Vec<usize>>,
}

impl<'a> Place<'a> {
    fn new(origin: &'a str, text: &'a str) -> Place<'a> {
        Place {
            origin,
            text,
            line_starts: OnceCell::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    fn error(&self, span: Range<usize>, field: &str, message: &str) -> ConfigError {
        ConfigError {
            origin: self.origin.to_string(),
            position: Some(self.line_column(span.start)),
            field: Some(field.to_string()),
            // Values from the config are in it: escaped and cut (crate::text).
            message: one_line(&crate::text::sanitized(message)),
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.line_column(offset).0
    }

    /// As [`line_column`], from the line table.
    fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&start| start <= offset);
        let start = line_starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        (line.max(1), column)
    }

    /// A serde or syntax error from toml: its span gives the place; the field is found by
    /// walking the document to the value or key under the span.
    fn toml_error(&self, e: &toml::de::Error) -> ConfigError {
        let span = e.span().unwrap_or(0..0);
        let message = one_line(&crate::text::sanitized(e.message()));
        let mut field =
            field_at(self.text, span.start).or_else(|| header_before(self.text, span.start));
        // serde reports a missing field at the table that lacks it: name the field itself.
        if let Some(missing) = quoted_after(&message, "missing field ") {
            field = Some(match field {
                Some(table) => format!("{table}.{missing}"),
                None => missing.to_string(),
            });
        }
        ConfigError {
            origin: self.origin.to_string(),
            position: Some(self.line_column(span.start)),
            field,
            message,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset; offsets past the end or inside
/// a character are clamped.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (line, column)
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text between the backquotes after `lead` in `message`.
fn quoted_after<'m>(message: &'m str, lead: &str) -> Option<&'m str> {
    let rest = message.strip_prefix(lead)?.strip_prefix('`')?;
    rest.split('`').next()
}

/// The path (`vif[1].mtu`) of the deepest key or value whose span holds `offset`, in a
/// document that parses as TOML.
fn field_at(text: &str, offset: usize) -> Option<String> {
    let doc = toml::de::DeTable::parse(text).ok()?;
    let path = find_in_table(doc.get_ref(), offset)?;
    (!path.is_empty()).then_some(path)
}

fn holds(span: &Range<usize>, offset: usize) -> bool {
    span.contains(&offset) || (span.is_empty() && span.start == offset)
}

fn find_in_table(table: &toml::de::DeTable<'_>, offset: usize) -> Option<String> {
    for (key, value) in table.iter() {
        let name = key.get_ref().to_string();
        if let Some(inner) = find_in_value(value, offset) {
            return Some(join_path(&name, &inner));
        }
        if holds(&key.span(), offset) || holds(&value.span(), offset) {
            return Some(name);
        }
    }
    None
}

/// The path below `value` to `offset` ("" when `value` itself holds it but nothing inside).
fn find_in_value(value: &Spanned<toml::de::DeValue<'_>>, offset: usize) -> Option<String> {
    match value.get_ref() {
        toml::de::DeValue::Table(table) => find_in_table(table, offset),
        toml::de::DeValue::Array(array) => {
            for (i, element) in array.iter().enumerate() {
                if let Some(inner) = find_in_value(element, offset) {
                    return Some(join_path(&format!("[{i}]"), &inner));
                }
                if holds(&element.span(), offset) {
                    return Some(format!("[{i}]"));
                }
            }
            None
        }
        _ => None,
    }
}

fn join_path(head: &str, tail: &str) -> String {
    if tail.is_empty() {
        head.to_string()
    } else if tail.starts_with('[') {
        format!("{head}{tail}")
    } else {
        format!("{head}.{tail}")
    }
}

/// For text that does not parse: the nearest table header above `offset` (`vif[2]` for the
/// third `[[vif]]`), plus the key of the line at `offset` if there is one.
fn header_before(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let (line_no, _) = line_column(text, offset);
    let lines: Vec<&str> = text.lines().collect();
    let mut header: Option<String> = None;
    // The line at fault may itself be a (broken) header, so it is searched too.
    let upto = line_no.min(lines.len());
    let array_header = |line: &str| {
        line.trim().strip_prefix("[[").map(|l| {
            l.split('#')
                .next()
                .unwrap_or_default()
                .trim_end()
                .trim_end_matches(']')
                .trim()
                .to_string()
        })
    };
    for (n, line) in lines.iter().enumerate().take(upto).rev() {
        if let Some(name) = array_header(line) {
            let index = lines
                .get(..n)
                .unwrap_or_default()
                .iter()
                .filter(|l| array_header(l).as_deref() == Some(name.as_str()))
                .count();
            header = Some(format!("{name}[{index}]"));
            break;
        }
        if let Some(name) = line.trim().strip_prefix('[') {
            let name = name.split('#').next().unwrap_or_default();
            header = Some(name.trim_end().trim_end_matches(']').trim().to_string());
            break;
        }
    }
    let key = lines
        .get(line_no.saturating_sub(1))
        .and_then(|line| line.split_once('='))
        .map(|(key, _)| key.trim())
        .filter(|key| {
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        });
    match (header, key) {
        (Some(h), Some(k)) => Some(format!("{h}.{k}")),
        (Some(h), None) => Some(h),
        (None, Some(k)) => Some(k.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The example of the spec, whole.
    const SPEC_EXAMPLE: &str = r#"
[port]                            # required
speed = "10g"
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp-private"
kind = "private"
vlan = 101
mtu = 9001
amazon_address = "169.254.10.1"

[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
vlan = 2001

[[route]]
vif = "corp-private"
prefix = "10.1.0.0/16"
target = "vpc-a"
"#;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "appliance.toml")
    }

    fn err(text: &str) -> ConfigError {
        match parse(text) {
            Ok(config) => panic!("accepted a bad config: {config:?}\n{text}"),
            Err(e) => e,
        }
    }

    #[test]
    fn the_spec_example_parses_to_what_it_says() {
        let config = parse(SPEC_EXAMPLE).expect("the spec's example is valid");
        assert_eq!(
            config,
            Config {
                port: Port {
                    speed: Speed::G10,
                    mac: MacAddr([0x02, 0x00, 0x5e, 0x00, 0x00, 0x01]),
                },
                vifs: vec![Vif {
                    name: "corp-private".into(),
                    kind: VifKind::Private,
                    vlan: 101,
                    mtu: 9001,
                    amazon_address: Some(Ipv4Addr::new(169, 254, 10, 1)),
                    customer_mac: None,
                    customer_address: None,
                    asn: None,
                    amazon_asn: 64512,
                    auth_key: None,
                    bfd: false,
                }],
                targets: vec![Target {
                    name: "vpc-a".into(),
                    mac: MacAddr([0x02, 0xaa, 0, 0, 0, 0x0a]),
                    vlan: Some(2001),
                    address: None,
                }],
                routes: vec![Route {
                    vif: 0,
                    prefix: Ipv4Prefix {
                        addr: Ipv4Addr::new(10, 1, 0, 0),
                        len: 16
                    },
                    target: 0,
                }],
                customer_routes: vec![],
            }
        );
        assert_eq!(config.vif_by_vlan(101), Some(0));
        assert_eq!(config.vif_by_vlan(102), None);
    }

    #[test]
    fn optional_fields_take_the_spec_defaults() {
        let config = parse(
            "[port]\nmac = \"02:00:5E:00:00:01\"\n[[vif]]\nname = \"v\"\nkind = \"public\"\nvlan = 7\n\
             [[target]]\nname = \"t\"\nmac = \"02:AA:bb:cc:dd:EE\"\n",
        )
        .expect("valid");
        assert_eq!(config.port.speed, Speed::G10);
        assert_eq!(config.port.mac.to_string(), "02:00:5e:00:00:01");
        assert_eq!(config.vifs[0].mtu, 1500);
        assert_eq!(config.vifs[0].amazon_address, None);
        assert_eq!(config.targets[0].vlan, None);
        assert_eq!(config.targets[0].mac.to_string(), "02:aa:bb:cc:dd:ee");
        assert!(config.routes.is_empty());
    }

    #[test]
    fn a_port_alone_is_a_valid_config_and_100g_is_read() {
        let config =
            parse("[port]\nspeed = \"100g\"\nmac = \"00:00:00:00:00:00\"\n").expect("valid");
        assert_eq!(config.port.speed, Speed::G100);
        assert!(config.vifs.is_empty() && config.targets.is_empty());
    }

    #[test]
    fn vif_and_target_names_are_separate_namespaces() {
        let config = parse(
            "[port]\nmac = \"02:00:00:00:00:01\"\n[[vif]]\nname = \"x\"\nkind = \"private\"\nvlan = 1\n\
             [[target]]\nname = \"x\"\nmac = \"02:00:00:00:00:02\"\n\
             [[route]]\nvif = \"x\"\nprefix = \"0.0.0.0/0\"\ntarget = \"x\"\n",
        )
        .expect("a VIF and a target may share a name");
        assert_eq!(config.routes[0].vif, 0);
        assert_eq!(config.routes[0].target, 0);
    }

    #[test]
    fn the_same_prefix_in_two_vifs_is_fine_and_nested_prefixes_too() {
        let text = "[port]\nmac = \"02:00:00:00:00:01\"\n\
            [[vif]]\nname = \"a\"\nkind = \"private\"\nvlan = 1\n\
            [[vif]]\nname = \"b\"\nkind = \"transit\"\nvlan = 4094\nmtu = 8500\n\
            [[target]]\nname = \"t\"\nmac = \"02:00:00:00:00:02\"\nvlan = 1\n\
            [[route]]\nvif = \"a\"\nprefix = \"10.0.0.0/8\"\ntarget = \"t\"\n\
            [[route]]\nvif = \"b\"\nprefix = \"10.0.0.0/8\"\ntarget = \"t\"\n\
            [[route]]\nvif = \"a\"\nprefix = \"10.1.0.0/16\"\ntarget = \"t\"\n\
            [[route]]\nvif = \"a\"\nprefix = \"10.1.2.3/32\"\ntarget = \"t\"\n";
        let config = parse(text).expect("valid");
        assert_eq!(config.routes.len(), 4);
        assert_eq!(config.routes[1].vif, 1);
    }

    /// A valid base config that each case below breaks in one place. Line numbers: `[port]`
    /// is line 1, the VIF's vlan is line 7, the target's mac line 13, the route's prefix line 18.
    const BASE: &str = "[port]
speed = \"10g\"
mac = \"02:00:5e:00:00:01\"
[[vif]]
name = \"corp\"
kind = \"private\"
vlan = 101
mtu = 9001
amazon_address = \"169.254.10.1\"
[[target]]
name = \"vpc-a\"
mac = \"02:aa:00:00:00:0a\"
vlan = 2001
[[route]]
vif = \"corp\"
target = \"vpc-a\"
# the prefix
prefix = \"10.1.0.0/16\"
";

    /// Every rule of the spec's config section, each broken once: (what, config text,
    /// expected line, expected field, words the message must hold).
    fn broken_configs() -> Vec<(&'static str, String, usize, &'static str, &'static str)> {
        let with = |from: &str, to: &str| {
            assert!(BASE.contains(from), "{from}");
            BASE.replacen(from, to, 1)
        };
        let extra_vif = |vif: &str| format!("{BASE}[[vif]]\n{vif}");
        vec![
            ("missing port", BASE.replacen("[port]\nspeed = \"10g\"\nmac = \"02:00:5e:00:00:01\"\n", "", 1), 1, "port", "[port] table is missing"),
            ("missing mac", with("mac = \"02:00:5e:00:00:01\"\n", ""), 1, "port.mac", "missing field `mac`"),
            ("bad speed", with("\"10g\"", "\"40g\""), 2, "port.speed", "not a speed"),
            ("bad port mac", with("02:00:5e:00:00:01", "02:00:5e:00:00"), 3, "port.mac", "not a MAC address"),
            ("mac with dashes", with("02:00:5e:00:00:01", "02-00-5e-00-00-01"), 3, "port.mac", "not a MAC address"),
            ("mac with a bad digit", with("02:00:5e:00:00:01", "02:00:5e:00:00:0g"), 3, "port.mac", "not a MAC address"),
            ("unknown key in port", with("speed = \"10g\"", "sped = \"10g\""), 2, "port.sped", "unknown field `sped`"),
            ("unknown top-level table", format!("{BASE}[[vifs]]\nname = \"x\"\n"), 19, "vifs[0]", "unknown field `vifs`"),
            ("unknown key in vif", with("mtu = 9001", "mtu = 9001\ncolour = \"red\""), 9, "vif[0].colour", "unknown field `colour`"),
            ("vlan as a string", with("vlan = 101", "vlan = \"101\""), 7, "vif[0].vlan", "invalid type"),
            ("vif name with uppercase", with("name = \"corp\"", "name = \"Corp\""), 5, "vif[0].name", "lowercase letters"),
            ("empty vif name", with("name = \"corp\"", "name = \"\""), 5, "vif[0].name", "1 to 32"),
            ("vif name of 33 characters", with("name = \"corp\"", &format!("name = \"{}\"", "a".repeat(33))), 5, "vif[0].name", "1 to 32"),
            ("vif name with a dot", with("name = \"corp\"", "name = \"co.rp\""), 5, "vif[0].name", "lowercase letters"),
            ("unknown kind", with("kind = \"private\"", "kind = \"hosted\""), 6, "vif[0].kind", "not a VIF kind"),
            ("vlan 0", with("vlan = 101", "vlan = 0"), 7, "vif[0].vlan", "out of range"),
            ("vlan 4095", with("vlan = 101", "vlan = 4095"), 7, "vif[0].vlan", "out of range"),
            ("negative vlan", with("vlan = 101", "vlan = -1"), 7, "vif[0].vlan", "out of range"),
            ("private mtu 1400", with("mtu = 9001", "mtu = 1400"), 8, "vif[0].mtu", "MTU 1400 is not allowed on a private VIF (allowed: 1500, 8500, 9001)"),
            ("public mtu 9001", with("kind = \"private\"", "kind = \"public\""), 8, "vif[0].mtu", "MTU 9001 is not allowed on a public VIF"),
            ("transit mtu 9001", with("kind = \"private\"", "kind = \"transit\""), 8, "vif[0].mtu", "allowed: 1500, 8500"),
            ("mtu 70000", with("mtu = 9001", "mtu = 70000"), 8, "vif[0].mtu", "not allowed"),
            ("bad amazon address", with("169.254.10.1", "169.254.10"), 9, "vif[0].amazon_address", "not a dotted-quad"),
            ("duplicate vif name", extra_vif("name = \"corp\"\nkind = \"public\"\nvlan = 102\n"), 20, "vif[1].name", "duplicate VIF name `corp` (first defined at line 5)"),
            ("duplicate vlan", extra_vif("name = \"other\"\nkind = \"public\"\nvlan = 101\n"), 22, "vif[1].vlan", "VLAN 101 is already used by VIF `corp` (line 7)"),
            ("vif missing vlan", extra_vif("name = \"other\"\nkind = \"public\"\n"), 19, "vif[1].vlan", "missing field `vlan`"),
            ("reserved target name punt", with("name = \"vpc-a\"", "name = \"punt\""), 11, "target[0].name", "reserved"),
            ("reserved target name counters", with("name = \"vpc-a\"", "name = \"counters\""), 11, "target[0].name", "reserved"),
            ("reserved target name drops", with("name = \"vpc-a\"", "name = \"drops\""), 11, "target[0].name", "drops.pcapng"),
            ("reserved target name run", with("name = \"vpc-a\"", "name = \"run\""), 11, "target[0].name", "reserved"),
            ("target name with a slash", with("name = \"vpc-a\"", "name = \"../a\""), 11, "target[0].name", "lowercase letters"),
            ("duplicate target name", format!("{BASE}[[target]]\nname = \"vpc-a\"\nmac = \"02:00:00:00:00:02\"\n"), 20, "target[1].name", "duplicate target name `vpc-a` (first defined at line 11)"),
            ("bad target mac", with("02:aa:00:00:00:0a", "02:aa:00:00:00:0a:00"), 12, "target[0].mac", "not a MAC address"),
            ("target vlan 4095", with("vlan = 2001", "vlan = 4095"), 13, "target[0].vlan", "out of range"),
            ("route to an unknown vif", with("vif = \"corp\"", "vif = \"corp2\""), 15, "route[0].vif", "no VIF is named `corp2`"),
            ("route to an unknown target", with("target = \"vpc-a\"", "target = \"vpc-b\""), 16, "route[0].target", "no target is named `vpc-b`"),
            ("host bits set", with("10.1.0.0/16", "10.1.0.1/16"), 18, "route[0].prefix", "host bits are set (the network is 10.1.0.0/16)"),
            ("prefix /33", with("10.1.0.0/16", "10.1.0.0/33"), 18, "route[0].prefix", "0 to 32"),
            ("prefix without length", with("10.1.0.0/16", "10.1.0.0"), 18, "route[0].prefix", "a slash and a length"),
            ("prefix with a plus", with("10.1.0.0/16", "10.1.0.0/+8"), 18, "route[0].prefix", "0 to 32"),
            ("prefix not an address", with("10.1.0.0/16", "10.1.0/16"), 18, "route[0].prefix", "dotted-quad"),
            ("same prefix twice in one vif", format!("{BASE}[[route]]\nvif = \"corp\"\nprefix = \"10.1.0.0/16\"\ntarget = \"vpc-a\"\n"), 21, "route[1].prefix", "VIF `corp` already has a route for 10.1.0.0/16 (line 18)"),
            ("route missing target", format!("{BASE}[[route]]\nvif = \"corp\"\nprefix = \"10.2.0.0/16\"\n"), 19, "route[1].target", "missing field `target`"),
            ("duplicate key", with("kind = \"private\"", "kind = \"private\"\nkind = \"public\""), 7, "vif[0].kind", "duplicate key"),
            ("syntax error", with("[[target]]", "[[target]"), 10, "target[0]", "expected `]`"),
            ("syntax error in a value", with("vlan = 2001", "vlan = 20 01"), 13, "target[0].vlan", ""),
        ]
    }

    #[test]
    fn every_rule_of_the_spec_is_an_error_naming_the_file_line_and_field() {
        for (what, text, line, field, words) in broken_configs() {
            let e = err(&text);
            assert_eq!(e.origin(), "appliance.toml", "{what}");
            assert_eq!(e.line(), Some(line), "{what}: {e}");
            assert_eq!(e.field(), Some(field), "{what}: {e}");
            assert!(e.message().contains(words), "{what}: {e}");
            let shown = e.to_string();
            assert!(!shown.contains('\n'), "{what}: one line: {shown}");
            assert!(
                shown.starts_with(&format!("appliance.toml:{line}:")),
                "{what}: {shown}"
            );
            assert!(
                shown.contains(&format!("(field `{field}`)")),
                "{what}: {shown}"
            );
        }
    }

    /// A v2 config: both directions, BGP keys, customer routes.
    const V2: &str = r#"
[port]
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 101
mtu = 8500
amazon_address = "169.254.10.1"
customer_address = "169.254.10.2/30"
customer_mac = "02:cc:00:00:00:01"
asn = 65010
auth_key = "s3cret-key"
bfd = true

[[vif]]
name = "pub"
kind = "public"
vlan = 202
customer_mac = "02:cc:00:00:00:02"

[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
vlan = 2001
address = "10.1.255.254/16"

[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "vpc-a"

[[customer_route]]
vif = "corp"
prefix = "192.168.0.0/16"
preference = "high"

[[customer_route]]
vif = "pub"
prefix = "192.168.0.0/16"
"#;

    #[test]
    fn a_v2_config_takes_the_fast_reader() {
        // What `to_toml` writes must not fall back to the toml crate: that is what keeps
        // large configs fast.
        let config = parse(V2).expect("valid");
        assert!(fast::parse::<RawConfig>(V2).is_some());
        assert!(fast::parse::<RawConfig>(&config.to_toml()).is_some());
        let scale = Config {
            customer_routes: config.customer_routes.clone(),
            ..config.clone()
        };
        assert!(fast::parse::<RawConfig>(&scale.to_toml()).is_some());
    }

    #[test]
    fn a_v2_config_reads_every_new_key() {
        let config = parse(V2).expect("valid v2 config");
        let corp = &config.vifs[0];
        assert_eq!(corp.mtu, 8500);
        assert_eq!(corp.customer_mac, Some(MacAddr([2, 0xcc, 0, 0, 0, 1])));
        assert_eq!(
            corp.customer_address,
            Some(InterfaceAddress {
                addr: Ipv4Addr::new(169, 254, 10, 2),
                len: 30
            })
        );
        assert_eq!(corp.asn, Some(65010));
        assert_eq!(corp.amazon_asn, 64512);
        assert_eq!(corp.auth_key.as_deref(), Some("s3cret-key"));
        assert!(corp.bfd);
        assert_eq!(
            config.vifs[1].amazon_asn, 7224,
            "public VIFs default to 7224"
        );
        assert!(!config.vifs[1].bfd);
        assert_eq!(
            config.targets[0].address.map(|a| a.to_string()),
            Some("10.1.255.254/16".to_string())
        );
        assert_eq!(
            config.customer_routes,
            vec![
                CustomerRoute {
                    vif: 0,
                    prefix: "192.168.0.0/16".parse().expect("prefix"),
                    preference: Preference::High
                },
                CustomerRoute {
                    vif: 1,
                    prefix: "192.168.0.0/16".parse().expect("prefix"),
                    preference: Preference::Medium
                },
            ]
        );
        assert_eq!(config.targets_of_vif(0), vec![0]);
        assert_eq!(config.targets_of_vif(1), Vec::<usize>::new());
        assert_eq!(config.target_by_vlan(2001), Some(0));
        assert_eq!(Config::parse(&config.to_toml(), "again.toml"), Ok(config));
    }

    /// The v2 rules, each broken once in [`V2`]: (what, text, line, field, words).
    fn broken_v2_configs() -> Vec<(&'static str, String, usize, &'static str, &'static str)> {
        let with = |from: &str, to: &str| {
            assert!(V2.contains(from), "{from}");
            V2.replacen(from, to, 1)
        };
        vec![
            (
                "customer route without customer_mac",
                with("customer_mac = \"02:cc:00:00:00:02\"\n", ""),
                39,
                "customer_route[1].vif",
                "VIF `pub` has no customer_mac",
            ),
            (
                "same customer prefix twice on a VIF",
                format!("{V2}[[customer_route]]\nvif = \"corp\"\nprefix = \"192.168.0.0/16\"\n"),
                44,
                "customer_route[2].prefix",
                "VIF `corp` already has a customer route for 192.168.0.0/16 (line 36)",
            ),
            (
                "customer route to an unknown vif",
                with("vif = \"pub\"\nprefix", "vif = \"pubx\"\nprefix"),
                40,
                "customer_route[1].vif",
                "no VIF is named `pubx`",
            ),
            (
                "customer prefix with host bits",
                with(
                    "prefix = \"192.168.0.0/16\"\npreference",
                    "prefix = \"192.168.0.1/16\"\npreference",
                ),
                36,
                "customer_route[0].prefix",
                "host bits are set",
            ),
            (
                "bad preference",
                with("\"high\"", "\"highest\""),
                37,
                "customer_route[0].preference",
                "not a preference",
            ),
            (
                "two targets with one vlan",
                format!(
                    "{V2}[[target]]\nname = \"vpc-b\"\nmac = \"02:aa:00:00:00:0b\"\nvlan = 2001\n"
                ),
                45,
                "target[1].vlan",
                "VLAN 2001 is already used by target `vpc-a` (line 24)",
            ),
            (
                "a target named customer",
                with("name = \"vpc-a\"", "name = \"customer\""),
                24,
                "target[0].name",
                "customer.pcap",
            ),
            (
                "amazon_address outside the subnet",
                with("169.254.10.2/30", "169.254.11.2/30"),
                10,
                "vif[0].amazon_address",
                "outside the peering subnet 169.254.11.0/30",
            ),
            (
                "amazon_address equal to the customer's",
                with("169.254.10.2/30", "169.254.10.1/30"),
                10,
                "vif[0].amazon_address",
                "the customer's own address",
            ),
            (
                "bad customer_address",
                with("169.254.10.2/30", "169.254.10.2"),
                11,
                "vif[0].customer_address",
                "not an interface address",
            ),
            (
                "bad customer_mac",
                with("02:cc:00:00:00:01", "02:cc:00:00:01"),
                12,
                "vif[0].customer_mac",
                "not a MAC address",
            ),
            (
                "asn 0",
                with("asn = 65010", "asn = 0"),
                13,
                "vif[0].asn",
                "ASN 0 is out of range",
            ),
            (
                "asn 2^32-1",
                with("asn = 65010", "asn = 4294967295"),
                13,
                "vif[0].asn",
                "out of range",
            ),
            (
                "amazon_asn negative",
                with("asn = 65010", "asn = 65010\namazon_asn = -5"),
                14,
                "vif[0].amazon_asn",
                "out of range",
            ),
            (
                "auth_key too short",
                with("s3cret-key", "short"),
                14,
                "vif[0].auth_key",
                "6 to 80",
            ),
            (
                "auth_key too long",
                with("s3cret-key", &"k".repeat(81)),
                14,
                "vif[0].auth_key",
                "it has 81 characters",
            ),
            (
                "auth_key with a space",
                with("s3cret-key", "s3cret key"),
                14,
                "vif[0].auth_key",
                "not all of them printable",
            ),
            (
                "bfd not a bool",
                with("bfd = true", "bfd = \"yes\""),
                15,
                "vif[0].bfd",
                "invalid type",
            ),
            (
                "bad target address",
                with("10.1.255.254/16", "10.1.255.254/40"),
                27,
                "target[0].address",
                "0 to 32",
            ),
            (
                "unknown key in customer_route",
                with("preference = \"high\"", "pref = \"high\""),
                37,
                "customer_route[0].pref",
                "unknown field `pref`",
            ),
        ]
    }

    #[test]
    fn every_v2_rule_is_an_error_naming_the_file_line_and_field() {
        for (what, text, line, field, words) in broken_v2_configs() {
            let e = err(&text);
            assert_eq!(e.line(), Some(line), "{what}: {e}");
            assert_eq!(e.field(), Some(field), "{what}: {e}");
            assert!(e.message().contains(words), "{what}: {e}");
            assert!(!e.to_string().contains('\n'), "{what}: one line: {e}");
        }
    }

    #[test]
    fn error_messages_read_well() {
        let shown: Vec<String> = broken_configs()
            .into_iter()
            .map(|(what, text, ..)| format!("{what}:\n  {}", err(&text)))
            .collect();
        insta::assert_snapshot!(shown.join("\n"));
    }

    #[test]
    fn columns_count_characters_from_one() {
        let e = err(&BASE.replacen("vlan = 101", "vlan =    0", 1));
        assert_eq!((e.line(), e.column()), (Some(7), Some(11)));
        let e = err(&BASE.replacen("name = \"corp\"", "name = \"c\u{e9}rp\"", 1));
        assert_eq!((e.line(), e.column()), (Some(5), Some(8)));
    }

    #[test]
    fn inline_tables_are_read_and_their_errors_placed() {
        let text = "port = { mac = \"02:00:00:00:00:01\" }\nvif = [ { name = \"a\", kind = \"private\", vlan = 5000 } ]\n";
        let e = err(text);
        assert_eq!(e.line(), Some(2));
        assert_eq!(e.field(), Some("vif[0].vlan"));
    }

    #[test]
    fn load_names_the_path_and_reads_files() {
        let dir = std::env::temp_dir().join(format!("dxedge-config-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let good = dir.join("good.toml");
        std::fs::write(&good, SPEC_EXAMPLE).expect("write");
        assert_eq!(Config::load(&good).expect("valid").vifs.len(), 1);

        let bad = dir.join("bad.toml");
        std::fs::write(&bad, BASE.replacen("vlan = 101", "vlan = 0", 1)).expect("write");
        let e = Config::load(&bad).expect_err("invalid");
        assert!(
            e.to_string()
                .starts_with(&format!("{}:7:8:", bad.display())),
            "{e}"
        );

        let latin1 = dir.join("latin1.toml");
        std::fs::write(&latin1, b"[port]\nmac = \"\xe9\"\n").expect("write");
        let e = Config::load(&latin1).expect_err("not UTF-8");
        assert_eq!(e.line(), Some(2), "{e}");
        assert!(e.message().contains("UTF-8"));

        let missing = dir.join("missing.toml");
        let e = Config::load(&missing).expect_err("no file");
        assert!(
            e.to_string()
                .starts_with(&format!("{}: cannot read", missing.display())),
            "{e}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Strings the toml crate has to unescape arrive owned rather than borrowed from the
    /// text; they name VIFs and targets all the same.
    #[test]
    fn escaped_names_find_their_vifs_and_targets() {
        let plain = parse(SPEC_EXAMPLE).expect("valid");
        let escaped = SPEC_EXAMPLE
            .replace("vif = \"corp-private\"", "vif = \"corp-priv\\u0061te\"")
            .replace("target = \"vpc-a\"", "target = \"vpc\\u002da\"");
        assert_ne!(escaped, SPEC_EXAMPLE);
        assert_eq!(parse(&escaped), Ok(plain));
    }

    #[test]
    fn prefixes_parse_mask_and_contain() {
        let p: Ipv4Prefix = "10.1.0.0/16".parse().expect("valid");
        assert_eq!(p.network(), 0x0a01_0000);
        assert!(p.contains(0x0a01_ffff) && !p.contains(0x0a02_0000));
        let all: Ipv4Prefix = "0.0.0.0/0".parse().expect("valid");
        assert!(all.contains(0) && all.contains(u32::MAX));
        let host: Ipv4Prefix = "255.255.255.255/32".parse().expect("valid");
        assert!(host.contains(u32::MAX) && !host.contains(u32::MAX - 1));
        assert_eq!(host.to_string(), "255.255.255.255/32");
        assert_eq!(Ipv4Prefix::new(Ipv4Addr::new(10, 1, 0, 1), 16), None);
        assert_eq!(Ipv4Prefix::new(Ipv4Addr::new(10, 1, 0, 0), 33), None);
        for bad in [
            "10.1.0.0/",
            "/16",
            "10.1.0.0/016",
            "10.1.0.0/-1",
            "10.1.0.0 /16",
            "10.1.0.0/16/1",
            "256.0.0.0/8",
            "10.01.0.0/16",
            "10.1.0.0/16 ",
        ] {
            assert!(bad.parse::<Ipv4Prefix>().is_err(), "{bad}");
        }
    }

    #[test]
    fn macs_parse_in_either_case_and_display_lowercase() {
        let mac: MacAddr = "0A:bB:cc:DD:ee:FF".parse().expect("valid");
        assert_eq!(mac.0, [0x0a, 0xbb, 0xcc, 0xdd, 0xee, 0xff]);
        assert_eq!(mac.to_string(), "0a:bb:cc:dd:ee:ff");
        for bad in [
            "",
            "0a:bb:cc:dd:ee",
            "0a:bb:cc:dd:ee:ff:00",
            "a:bb:cc:dd:ee:ff",
            "0a:bb:cc:dd:ee:+f",
            "0abbccddeeff",
        ] {
            assert!(bad.parse::<MacAddr>().is_err(), "{bad}");
        }
    }

    fn arb_name() -> impl Strategy<Value = String> {
        "[a-z0-9_-]{1,32}"
    }

    prop_compose! {
        fn arb_config()(
            speed in prop_oneof![Just(Speed::G10), Just(Speed::G100)],
            port_mac in any::<[u8; 6]>(),
            vifs in proptest::collection::vec(
                (arb_name(), 0usize..3, 1u16..=4094, any::<bool>(), proptest::option::of(any::<[u8; 4]>()),
                 proptest::option::of(any::<[u8; 6]>()), proptest::option::of((1u32..=ASN_MAX, "[!-~]{6,80}", any::<bool>()))), 0..6),
            targets in proptest::collection::vec(
                (arb_name(), any::<[u8; 6]>(), proptest::option::of(1u16..=4094), proptest::option::of((any::<[u8; 4]>(), 0u8..=32))), 0..6),
            routes in proptest::collection::vec((any::<usize>(), any::<u32>(), 0u8..=32, any::<usize>()), 0..12),
            customer_routes in proptest::collection::vec((any::<usize>(), any::<u32>(), 0u8..=32, 0usize..3), 0..12),
        ) -> Config {
            let mut config = Config { port: Port { speed, mac: MacAddr(port_mac) }, vifs: vec![], targets: vec![], routes: vec![], customer_routes: vec![] };
            for (name, kind, vlan, jumbo, address, customer, bgp) in vifs {
                if config.vifs.iter().any(|v| v.name == name || v.vlan == vlan) { continue; }
                let kind = [VifKind::Private, VifKind::Public, VifKind::Transit][kind];
                let mtu = if jumbo { *kind.allowed_mtus().last().unwrap_or(&1500) } else { 1500 };
                let amazon_address = address.map(Ipv4Addr::from);
                // The customer's address: the amazon_address's neighbour in a /31.
                let customer_address = match (amazon_address, customer) {
                    (Some(a), Some(_)) => Some(InterfaceAddress { addr: Ipv4Addr::from(u32::from(a) ^ 1), len: 31 }),
                    _ => None,
                };
                let (asn, amazon_asn, auth_key, bfd) = match bgp {
                    Some((asn, key, bfd)) => (Some(asn), asn ^ 1, Some(key), bfd),
                    None => (None, kind.default_amazon_asn(), None, false),
                };
                config.vifs.push(Vif { name, kind, vlan, mtu, amazon_address, customer_mac: customer.map(MacAddr), customer_address, asn, amazon_asn: amazon_asn.clamp(1, ASN_MAX), auth_key, bfd });
            }
            for (name, mac, vlan, address) in targets {
                if config.targets.iter().any(|t| t.name == name || (vlan.is_some() && t.vlan == vlan)) || RESERVED_TARGET_NAMES.contains(&name.as_str()) { continue; }
                let address = address.map(|(a, len)| InterfaceAddress { addr: Ipv4Addr::from(a), len });
                config.targets.push(Target { name, mac: MacAddr(mac), vlan, address });
            }
            if !config.vifs.is_empty() && !config.targets.is_empty() {
                for (vif, addr, len, target) in routes {
                    let vif = vif % config.vifs.len();
                    let mask = if len == 0 { 0 } else { u32::MAX << (32 - u32::from(len)) };
                    let prefix = Ipv4Prefix { addr: Ipv4Addr::from(addr & mask), len };
                    if config.routes.iter().any(|r| r.vif == vif && r.prefix == prefix) { continue; }
                    config.routes.push(Route { vif, prefix, target: target % config.targets.len() });
                }
            }
            let with_mac: Vec<usize> = (0..config.vifs.len()).filter(|&v| config.vifs[v].customer_mac.is_some()).collect();
            if !with_mac.is_empty() {
                for (vif, addr, len, preference) in customer_routes {
                    let vif = with_mac[vif % with_mac.len()];
                    let mask = if len == 0 { 0 } else { u32::MAX << (32 - u32::from(len)) };
                    let prefix = Ipv4Prefix { addr: Ipv4Addr::from(addr & mask), len };
                    if config.customer_routes.iter().any(|r| r.vif == vif && r.prefix == prefix) { continue; }
                    let preference = [Preference::Low, Preference::Medium, Preference::High][preference];
                    config.customer_routes.push(CustomerRoute { vif, prefix, preference });
                }
            }
            config
        }
    }

    proptest! {
        #[test]
        fn to_toml_round_trips(config in arb_config()) {
            let text = config.to_toml();
            let back = Config::parse(&text, "generated.toml");
            prop_assert_eq!(back, Ok(config), "{}", text);
        }

        #[test]
        fn arbitrary_text_never_panics(text in "(\\[\\[?(port|vif|target|route)\\]\\]?\n|[a-z_]{1,8} = (\"[^\"\n]{0,20}\"|-?[0-9]{1,6})\n|[ -~]{0,10}\n){0,12}") {
            // Errors are fine; the point is that every input gets an answer and a place.
            if let Err(e) = Config::parse(&text, "fuzz.toml") {
                prop_assert!(!e.to_string().contains('\n'));
                prop_assert!(e.line().is_some());
            }
        }

        /// The quick read of a prefix takes only what the careful parse takes, as the same
        /// prefix: a valid prefix, or one near-miss of it (a leading zero, an octet over 255,
        /// a length over 32, host bits, a sign or a blank, a wrong separator, a cut).
        #[test]
        fn prefixes_read_from_bytes_agree_with_the_careful_parse(
            addr in any::<u32>(),
            len in 0u8..=32,
            edit in 0usize..10,
            at in 0usize..4,
            digits in "[0-9]{1,3}",
            mark in "[+ ,/-]",
        ) {
            let mask = Ipv4Prefix { addr: Ipv4Addr::UNSPECIFIED, len }.mask();
            let mut octets: Vec<String> =
                Ipv4Addr::from(addr & mask).octets().iter().map(u8::to_string).collect();
            let mut separators = vec![".", ".", ".", "/"];
            let mut len = len.to_string();
            match edit {
                1 => octets[at].insert(0, '0'),
                2 => octets[at] = digits,
                3 => len.insert(0, '0'),
                4 => len = digits,
                5 => octets[3] = (addr & mask | 1).to_le_bytes()[0].to_string(),
                6 => octets[at].insert_str(0, &mark),
                7 => separators[at] = &mark,
                8 => len.push_str(&mark),
                9 => octets[at].clear(),
                _ => {}
            }
            let text: String = octets
                .iter()
                .zip(&separators)
                .flat_map(|(octet, separator)| [octet.as_str(), separator])
                .chain([len.as_str()])
                .collect();
            let careful = careful_prefix(&text).ok();
            prop_assert_eq!(prefix_from_bytes(text.as_bytes()).or(careful), careful, "{}", text);
            prop_assert_eq!(text.parse::<Ipv4Prefix>().ok(), careful, "{}", text);
            if edit == 0 {
                prop_assert!(prefix_from_bytes(text.as_bytes()).is_some(), "{}", text);
            }
        }

        #[test]
        fn well_formed_prefixes_are_read_from_bytes(addr in any::<u32>(), len in 0u8..=32) {
            let mask = Ipv4Prefix { addr: Ipv4Addr::UNSPECIFIED, len }.mask();
            let prefix = Ipv4Prefix { addr: Ipv4Addr::from(addr & mask), len };
            let text = prefix.to_string();
            prop_assert_eq!(prefix_from_bytes(text.as_bytes()), Some(prefix), "{}", text);
        }
    }
}
