//! What a reader yields and what every output keeps: records, their timestamps in classic
//! pcap's two fields and resolution, the capture's format and link type.

use pcap_file::{DataLink, TsResolution};

/// Timestamp resolution of classic pcap, which every output file uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolution {
    Micro,
    Nano,
}

impl Resolution {
    /// Fraction units in one second.
    pub const fn units_per_second(self) -> u64 {
        match self {
            Resolution::Micro => 1_000_000,
            Resolution::Nano => 1_000_000_000,
        }
    }

    /// The pcapng `if_tsresol` value for this resolution (10^-6 or 10^-9).
    pub const fn if_tsresol(self) -> u8 {
        match self {
            Resolution::Micro => 6,
            Resolution::Nano => 9,
        }
    }

    pub fn to_pcap_file(self) -> TsResolution {
        match self {
            Resolution::Micro => TsResolution::MicroSecond,
            Resolution::Nano => TsResolution::NanoSecond,
        }
    }
}

/// A timestamp as classic pcap stores it: seconds and a fraction in the capture's
/// [`Resolution`]. For a classic pcap input these are the file's own fields, unchecked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Timestamp {
    pub secs: u32,
    pub frac: u32,
}

impl Timestamp {
    /// The timestamp in units of `resolution` since the epoch (for pcapng output).
    pub fn units(self, resolution: Resolution) -> u64 {
        u64::from(self.secs) * resolution.units_per_second() + u64::from(self.frac)
    }
}

/// One capture record: a frame as captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based position among the capture's packet records.
    pub index: u64,
    pub timestamp: Timestamp,
    /// The frame's length on the wire.
    pub orig_len: u32,
    /// The captured bytes.
    pub data: &'a [u8],
    /// What the bytes start with: an Ethernet header, or another link's.
    pub link: LinkType,
}

impl Record<'_> {
    /// Step 1 of the spec: fewer bytes captured than the frame had.
    pub fn is_truncated(&self) -> bool {
        (self.data.len() as u64) < u64::from(self.orig_len)
    }
}

/// The capture format, as found by its magic number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Pcap,
    PcapNg,
}

/// The link types read: Ethernet, and those a capture taken on a host often has (Linux
/// cooked captures, raw IP), whose frames have no Ethernet header: `dxedge replay` builds one
/// for them (`--ingress-vlan`, `crate::link`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum LinkType {
    #[default]
    Ethernet,
    /// Linux cooked capture, `LINKTYPE_LINUX_SLL` (113): a 16-byte pseudo-header.
    LinuxSll,
    /// Linux cooked capture v2, `LINKTYPE_LINUX_SLL2` (276): a 20-byte pseudo-header.
    LinuxSll2,
    /// Raw IP, `LINKTYPE_RAW` (101) or `LINKTYPE_IPV4` (228): the IP packet alone.
    RawIp,
}

impl LinkType {
    pub(super) fn of(link: DataLink) -> Option<LinkType> {
        match link {
            DataLink::ETHERNET => Some(LinkType::Ethernet),
            DataLink::LINUX_SLL => Some(LinkType::LinuxSll),
            DataLink::LINUX_SLL2 => Some(LinkType::LinuxSll2),
            DataLink::RAW | DataLink::IPV4 => Some(LinkType::RawIp),
            _ => None,
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            LinkType::Ethernet => "Ethernet",
            LinkType::LinuxSll => "Linux cooked (SLL)",
            LinkType::LinuxSll2 => "Linux cooked v2 (SLL2)",
            LinkType::RawIp => "raw IP",
        }
    }
}

/// What the message for an unsupported link type lists.
pub(super) const SUPPORTED_LINKS: &str =
    "Ethernet (1); Linux cooked SLL (113) and SLL2 (276) and raw IP (101, 228) with --ingress-vlan";

/// A link type for messages: `113 (LINUX_SLL)`.
pub(super) fn describe_link_type(link: DataLink) -> String {
    let number = u32::from(link);
    match link {
        DataLink::Unknown(_) => format!("{number}"),
        known => format!("{number} ({known:?})"),
    }
}
