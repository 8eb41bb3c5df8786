//! The values a config's strings parse to (MAC addresses, prefixes, speeds, VIF kinds,
//! interface addresses, preferences), each with `FromStr` giving a [`ValueError`] that says
//! what was expected, and `Display` writing what `FromStr` reads back.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use thiserror::Error;

/// A value that does not parse as the type it should have; the message says what was expected.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{0}")]
pub struct ValueError(pub(super) String);

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
pub(super) fn prefix_from_bytes(s: &[u8]) -> Option<Ipv4Prefix> {
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
pub(super) fn careful_prefix(s: &str) -> Result<Ipv4Prefix, ValueError> {
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
