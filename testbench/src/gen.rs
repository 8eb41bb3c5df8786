//! `dxedge gen`: a config and a capture for a named scenario, from a seed.
//!
//! Every generated record carries its [`Intent`]: what the spec says must happen to it,
//! worked out from the scenario's own construction (with [`crate::lpm::longest_match`]
//! for the route) and not by the model. The tests hold the model to these intents.
//!
//! Scenarios:
//! - `demo`: three VIFs of the three kinds, four targets (tagged and untagged), nested
//!   routes; every drop reason (each IPv4 fault), both punt rules, forwards with options
//!   and Ethernet padding. The bundled `testbench/scenarios/demo/` comes from it.
//! - `min-size`: back-to-back 64-byte frames, all forwarded (the speed benchmark).
//! - `fixed`: back-to-back frames of one size (`--size`, 64 to 9018 bytes), all forwarded:
//!   min-size's frames at another length, over min-size's VIFs with a jumbo MTU (9001).
//! - `imix`: the simple IMIX, 7:4:1 of 64-, 594- and 1518-byte frames, mostly forwarded.
//! - `jumbo`: jumbo frames at and over the MTUs of private (9001) and transit (8500) VIFs.
//! - `scale`: min-size's back-to-back 64-byte frames, all forwarded, over a realistic table:
//!   64 VIFs, 64 targets (each VIF with a route to its own target) and 16,384 customer
//!   routes, 256 per VIF (the to-customer speed benchmark).
//!
//! Every scenario's config serves both directions. With [`Direction::ToCustomer`] the
//! capture is of the AWS-side port instead: frames from the targets' VLANs, routed back over
//! the customer routes (the intents then take the route selection from
//! [`customer_selection`], which the host's tests hold to the contract's rule). `demo` and
//! `imix` exercise every outcome that way too, `min-size` and `fixed` forward everything;
//! `jumbo` is to-AWS only.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use dxedge_host::config::{
    Config, CustomerRoute, InterfaceAddress, Ipv4Prefix, MacAddr, Port, Preference, Route, Speed,
    Target, Vif, VifKind,
};
use dxedge_host::direction::Direction;
use dxedge_host::tables::customer_selection;
use dxedge_host::verdict::{DropReason, Verdict};
use pcap_file::pcap::{PcapHeader, PcapWriter, RawPcapPacket};
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketBlock;
use pcap_file::pcapng::blocks::interface_description::{
    InterfaceDescriptionBlock, InterfaceDescriptionOption,
};
use pcap_file::pcapng::PcapNgWriter;
use pcap_file::{DataLink, Endianness, TsResolution};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::craft::{
    arp_request, ipv4_packet, ipv6_packet, set_checksum, tagged, udp, untagged, ARP,
};
use crate::lpm::longest_match;
use crate::packet::{Ipv4Fault, ETHERTYPE_IPV4, TPID_8021Q};

/// The named scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scenario {
    Demo,
    MinSize,
    /// Frames of this many bytes, [`FIXED_SIZES`].
    Fixed(u16),
    Imix,
    Jumbo,
    Scale,
}

/// VIFs, targets and customer routes per VIF of the `scale` scenario.
pub const SCALE_VIFS: usize = 64;
pub const SCALE_CUSTOMER_ROUTES_PER_VIF: usize = 256;

/// Frame lengths the `fixed` scenario makes: a minimum-size frame to a tagged jumbo frame
/// (18 bytes of Ethernet and 802.1Q header around a 9000-byte IPv4 packet).
pub const FIXED_SIZES: std::ops::RangeInclusive<u16> = 64..=9018;

impl Scenario {
    pub const ALL: [Scenario; 5] = [
        Scenario::Demo,
        Scenario::MinSize,
        Scenario::Imix,
        Scenario::Jumbo,
        Scenario::Scale,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Scenario::Demo => "demo",
            Scenario::MinSize => "min-size",
            Scenario::Fixed(_) => "fixed",
            Scenario::Imix => "imix",
            Scenario::Jumbo => "jumbo",
            Scenario::Scale => "scale",
        }
    }

    /// Records written when no count is given.
    pub const fn default_count(self) -> u64 {
        match self {
            Scenario::Demo => 600,
            Scenario::MinSize => 1_000_000,
            Scenario::Fixed(_) => 10_000,
            Scenario::Imix => 10_000,
            Scenario::Jumbo => 200,
            Scenario::Scale => 1_000_000,
        }
    }
}

/// What the spec says must happen to a generated record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intent {
    /// Step 1: the record is shorter than the frame.
    Truncated,
    /// Steps 2 to 11.
    Verdict(Verdict),
}

/// One generated capture record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenRecord {
    /// Nanoseconds since the epoch.
    pub timestamp_ns: u64,
    pub data: Vec<u8>,
    pub orig_len: u32,
    pub intent: Intent,
}

/// Capture file format for `dxedge gen`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CaptureFormat {
    /// Classic pcap.
    #[default]
    Pcap,
    /// pcapng with two Ethernet interfaces, one in microseconds and one in nanoseconds,
    /// records alternating between them.
    PcapNg,
}

/// The first timestamp of every generated capture: 2023-11-14 22:13:20 UTC.
const EPOCH_NS: u64 = 1_700_000_000_000_000_000;

const PORT_MAC: [u8; 6] = [0x02, 0x00, 0x5e, 0x00, 0x00, 0x01];
/// The customer router on the far side of the port.
const PEER_MAC: [u8; 6] = [0x02, 0xc0, 0xff, 0xee, 0x00, 0x01];

/// A VIF; with an AWS peer address, the customer's is the next one in a /30, and the
/// customer's MAC ends in the VLAN's low byte.
fn vif(name: &str, kind: VifKind, vlan: u16, mtu: u16, amazon: Option<[u8; 4]>) -> Vif {
    let amazon_address = amazon.map(Ipv4Addr::from);
    Vif {
        name: name.to_string(),
        kind,
        vlan,
        mtu,
        amazon_address,
        customer_mac: Some(MacAddr([0x02, 0xcc, 0x00, 0x00, 0x00, vlan as u8])),
        customer_address: amazon_address.map(|a| InterfaceAddress {
            addr: Ipv4Addr::from(u32::from(a) + 1),
            len: 30,
        }),
        asn: None,
        amazon_asn: kind.default_amazon_asn(),
        auth_key: None,
        bfd: false,
    }
}

fn target(name: &str, last: u8, vlan: Option<u16>, address: Option<&str>) -> Target {
    Target {
        name: name.to_string(),
        mac: MacAddr([0x02, 0xaa, 0x00, 0x00, 0x00, last]),
        vlan,
        address: address.and_then(|a| a.parse().ok()),
    }
}

fn customer_route(vif: usize, prefix: &str, preference: Preference) -> CustomerRoute {
    CustomerRoute {
        vif,
        prefix: prefix.parse::<Ipv4Prefix>().unwrap_or(Ipv4Prefix {
            addr: Ipv4Addr::UNSPECIFIED,
            len: 0,
        }),
        preference,
    }
}

fn route(vif: usize, prefix: &str, target: usize) -> Route {
    Route {
        vif,
        prefix: prefix.parse::<Ipv4Prefix>().unwrap_or(Ipv4Prefix {
            addr: Ipv4Addr::UNSPECIFIED,
            len: 0,
        }),
        target,
    }
}

/// The config of a scenario.
pub fn scenario_config(scenario: Scenario) -> Config {
    let port = Port {
        speed: Speed::G10,
        mac: MacAddr(PORT_MAC),
    };
    match scenario {
        Scenario::Demo | Scenario::Imix | Scenario::Jumbo => Config {
            port,
            vifs: vec![
                vif(
                    "corp-private",
                    VifKind::Private,
                    101,
                    9001,
                    Some([169, 254, 10, 1]),
                ),
                vif(
                    "corp-public",
                    VifKind::Public,
                    102,
                    1500,
                    Some([169, 254, 20, 1]),
                ),
                vif(
                    "transit-gw",
                    VifKind::Transit,
                    103,
                    8500,
                    Some([169, 254, 30, 1]),
                ),
            ],
            targets: vec![
                target("vpc-a", 0x0a, Some(2001), Some("10.1.255.254/16")),
                target("vpc-b", 0x0b, None, None),
                target("internet", 0x0c, None, None),
                target("tgw", 0x0d, Some(3001), Some("10.64.255.254/10")),
            ],
            routes: vec![
                route(0, "10.1.0.0/16", 0),
                route(0, "10.0.0.0/8", 1),
                route(0, "10.1.128.0/17", 1),
                route(0, "10.1.200.7/32", 0),
                route(1, "0.0.0.0/0", 2),
                route(1, "52.94.0.0/16", 0),
                route(2, "10.64.0.0/10", 3),
                route(2, "10.64.1.0/24", 0),
                route(2, "172.16.0.0/12", 1),
            ],
            // Overlaps across VIFs: one prefix at three preferences, a tie on preference
            // that the lower VLAN settles, a longer prefix at a lower preference.
            customer_routes: vec![
                customer_route(0, "192.168.0.0/16", Preference::High),
                customer_route(0, "172.20.0.0/14", Preference::Medium),
                customer_route(0, "10.200.0.0/16", Preference::Medium),
                customer_route(1, "203.0.113.0/24", Preference::Medium),
                customer_route(1, "192.168.0.0/16", Preference::Low),
                customer_route(1, "198.51.100.0/24", Preference::High),
                customer_route(2, "192.168.0.0/16", Preference::Medium),
                customer_route(2, "192.168.50.0/24", Preference::Low),
                customer_route(2, "172.20.0.0/14", Preference::Medium),
                customer_route(2, "10.96.0.0/11", Preference::Medium),
            ],
        },
        Scenario::Fixed(_) => {
            let mut config = scenario_config(Scenario::MinSize);
            for v in &mut config.vifs {
                v.mtu = 9001;
            }
            config
        }
        Scenario::Scale => Config {
            port,
            vifs: (0..SCALE_VIFS)
                .map(|i| {
                    vif(
                        &format!("vif-{i}"),
                        VifKind::Private,
                        100 + i as u16,
                        1500,
                        Some([169, 254, i as u8, 1]),
                    )
                })
                .collect(),
            targets: (0..SCALE_VIFS)
                .map(|i| {
                    let address = format!("10.{}.255.254/16", 128 + i);
                    target(
                        &format!("vpc-{i}"),
                        i as u8,
                        Some(2000 + i as u16),
                        Some(&address),
                    )
                })
                .collect(),
            routes: (0..SCALE_VIFS)
                .map(|v| route(v, &format!("10.{}.0.0/16", 128 + v), v))
                .collect(),
            customer_routes: (0..SCALE_VIFS)
                .flat_map(|v| {
                    (0..SCALE_CUSTOMER_ROUTES_PER_VIF).map(move |k| {
                        customer_route(v, &format!("20.{v}.{k}.0/24"), Preference::Medium)
                    })
                })
                .collect(),
        },
        Scenario::MinSize => Config {
            port,
            vifs: (0..4)
                .map(|i| {
                    vif(
                        &format!("vif-{i}"),
                        VifKind::Private,
                        100 + i as u16,
                        1500,
                        None,
                    )
                })
                .collect(),
            targets: (0..4)
                .map(|i| target(&format!("target-{i}"), i as u8, Some(2000 + i as u16), None))
                .collect(),
            routes: (0..4)
                .flat_map(|v| {
                    [
                        route(v, &format!("10.{v}.0.0/16"), v),
                        route(v, &format!("10.{v}.128.0/17"), (v + 1) % 4),
                        route(v, "0.0.0.0/0", (v + 2) % 4),
                    ]
                })
                .collect(),
            customer_routes: (0..4)
                .flat_map(|v| {
                    [
                        customer_route(v, &format!("192.168.{v}.0/24"), Preference::Medium),
                        customer_route(v, &format!("172.{}.0.0/16", 16 + v), Preference::Medium),
                    ]
                })
                .collect(),
        },
    }
}

/// How records of one scenario are made, for one direction. "Ingress" is where a frame
/// comes from (a VIF to AWS, a target to the customer) and "egress" where it goes.
struct Maker<'a> {
    config: &'a Config,
    direction: Direction,
    rng: ChaCha8Rng,
    /// Each ingress's routes as (prefix, egress), for the intents.
    routes: Vec<Vec<(Ipv4Prefix, usize)>>,
    /// Each ingress's VID; `None` for a target without a VLAN (nothing comes from it).
    vids: Vec<Option<u16>>,
    /// Each ingress's punted address: a VIF's amazon_address, a target's own address.
    punt_addresses: Vec<Option<Ipv4Addr>>,
}

/// What a demo record should exercise.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Forward,
    ForwardOptions,
    ForwardPadded,
    PuntArp,
    PuntPeer,
    Truncated,
    Malformed,
    UnknownVlan,
    Unsupported,
    BadIpv4(Ipv4Fault),
    TtlExpired,
    MtuExceeded,
    NoRoute,
}

impl<'a> Maker<'a> {
    fn new(config: &'a Config, direction: Direction, seed: u64) -> Maker<'a> {
        let (routes, vids, punt_addresses) = match direction {
            Direction::ToAws => (
                (0..config.vifs.len())
                    .map(|v| {
                        config
                            .routes
                            .iter()
                            .filter(|r| r.vif == v)
                            .map(|r| (r.prefix, r.target))
                            .collect()
                    })
                    .collect(),
                config.vifs.iter().map(|v| Some(v.vlan)).collect(),
                config.vifs.iter().map(|v| v.amazon_address).collect(),
            ),
            Direction::ToCustomer => {
                let mut routes = vec![Vec::new(); config.targets.len()];
                for r in customer_selection(config) {
                    if let Some(list) = routes.get_mut(r.vif as usize) {
                        let prefix = Ipv4Prefix::new(Ipv4Addr::from(r.network), r.len);
                        list.extend(prefix.map(|p| (p, r.target as usize)));
                    }
                }
                (
                    routes,
                    config.targets.iter().map(|t| t.vlan).collect(),
                    config
                        .targets
                        .iter()
                        .map(|t| t.address.map(|a| a.addr))
                        .collect(),
                )
            }
        };
        Maker {
            config,
            direction,
            rng: ChaCha8Rng::seed_from_u64(seed),
            routes,
            vids,
            punt_addresses,
        }
    }

    /// An ingress that frames can come from (one with a VID), drawn at random.
    fn random_ingress(&mut self) -> Option<usize> {
        let usable: Vec<usize> = (0..self.vids.len())
            .filter(|&i| self.vids[i].is_some())
            .collect();
        if usable.is_empty() {
            return None;
        }
        Some(usable[self.rng.random_range(0..usable.len())])
    }

    /// The MTU a frame from `ingress` to `egress` must fit: the VIF's, either way.
    fn mtu(&self, ingress: usize, egress: usize) -> Option<u16> {
        let vif = match self.direction {
            Direction::ToAws => ingress,
            Direction::ToCustomer => egress,
        };
        self.config.vifs.get(vif).map(|v| v.mtu)
    }

    fn tci(&mut self, vid: u16) -> u16 {
        let pcp: u16 = self.rng.random_range(0..8);
        let dei = u16::from(self.rng.random_bool(0.1));
        pcp << 13 | dei << 12 | vid
    }

    /// A random address in a random route of `vif`, and the target the longest match gives.
    fn routed_address(&mut self, vif: usize) -> Option<(Ipv4Addr, usize)> {
        let routes = self.routes.get(vif)?;
        if routes.is_empty() {
            return None;
        }
        let amazon = self.punt_addresses.get(vif)?.map(u32::from);
        for _ in 0..64 {
            let (prefix, _) = routes[self.rng.random_range(0..routes.len())];
            let host: u32 = self.rng.random();
            let addr = prefix.network() | (host & !prefix.mask());
            if Some(addr) == amazon {
                continue;
            }
            if let Some(target) = longest_match(routes, addr) {
                return Some((Ipv4Addr::from(addr), target));
            }
        }
        None
    }

    /// An address no route of `vif` covers, if there is one to find.
    fn unrouted_address(&mut self, vif: usize) -> Option<Ipv4Addr> {
        let routes = self.routes.get(vif)?;
        let amazon = self.punt_addresses.get(vif)?.map(u32::from);
        for _ in 0..256 {
            let addr: u32 = self.rng.random();
            if longest_match(routes, addr).is_none() && Some(addr) != amazon {
                return Some(Ipv4Addr::from(addr));
            }
        }
        None
    }

    fn source(&mut self) -> Ipv4Addr {
        Ipv4Addr::new(192, 0, 2, self.rng.random_range(1..255))
    }

    /// A UDP/IPv4 packet of `total` bytes (at least 28) to `dst`.
    fn ip(&mut self, dst: Ipv4Addr, ttl: u8, total: usize, options: &[u8]) -> Vec<u8> {
        let header = 20 + options.len().div_ceil(4) * 4;
        let fill: u8 = self.rng.random();
        let src = self.source();
        let sport = self.rng.random_range(1024..65535);
        // To UDP port 9 (discard, RFC 863): no dissector reads the payload as frames of its
        // own, as Wireshark would for VXLAN's 4789.
        ipv4_packet(
            src,
            dst,
            ttl,
            17,
            options,
            &udp(sport, 9, total.saturating_sub(header), fill),
        )
    }

    fn vif_vid(&self, vif: usize) -> u16 {
        self.vids.get(vif).copied().flatten().unwrap_or(1)
    }

    /// A forwarded frame of `len` bytes on `vif` (if the VIF has routes).
    fn forward(&mut self, vif: usize, len: usize) -> Option<(Vec<u8>, Intent)> {
        let (dst, target) = self.routed_address(vif)?;
        let ttl = self.rng.random_range(2..=255);
        let ip = self.ip(dst, ttl, len.saturating_sub(18).max(28), &[]);
        let tci = self.tci(self.vif_vid(vif));
        Some((
            tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip),
            Intent::Verdict(Verdict::Forward { target }),
        ))
    }

    /// One record of the demo mix, of the given kind.
    fn demo_record(&mut self, kind: Kind) -> Option<(Vec<u8>, u32, Intent)> {
        let vif = self.random_ingress()?;
        let vid = self.vif_vid(vif);
        let tci = self.tci(vid);
        let verdict = |v| Intent::Verdict(v);
        let drop = |r| Intent::Verdict(Verdict::Drop(r));
        let small = self.rng.random_range(46..400);
        let made = match kind {
            Kind::Forward => {
                let len = self.rng.random_range(64..1400);
                self.forward(vif, len)?
            }
            Kind::ForwardOptions => {
                let (dst, target) = self.routed_address(vif)?;
                // Record route (RFC 791): type 7, length 11, pointer 4, two empty slots.
                let options = [7, 11, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1];
                let ip = self.ip(dst, 64, small + 12, &options);
                (
                    tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip),
                    verdict(Verdict::Forward { target }),
                )
            }
            Kind::ForwardPadded => {
                let (dst, target) = self.routed_address(vif)?;
                let ip = self.ip(dst, 64, 28, &[]);
                let mut frame = tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip);
                // Ethernet pads to 60 bytes (64 with the FCS); the padding stays.
                frame.resize(64, 0);
                (frame, verdict(Verdict::Forward { target }))
            }
            Kind::PuntArp => {
                let sender = self.source();
                let target = self
                    .punt_addresses
                    .get(vif)
                    .copied()
                    .flatten()
                    .unwrap_or(Ipv4Addr::new(192, 0, 2, 1));
                let mut frame = tagged(
                    [0xff; 6],
                    PEER_MAC,
                    tci,
                    ARP,
                    &arp_request(PEER_MAC, sender, target),
                );
                frame.resize(64, 0);
                (frame, verdict(Verdict::Punt))
            }
            Kind::PuntPeer => {
                // BGP (a TCP SYN to port 179) or BFD (RFC 5881: UDP to port 3784, a
                // 24-byte control packet) to the AWS peer, TTL 1 as the peers send them.
                let peer = (*self.punt_addresses.get(vif)?)?;
                let src = self.source();
                let sport: u16 = self.rng.random_range(49152..65535);
                let ip = if self.rng.random_bool(0.5) {
                    let mut syn = [0u8; 20];
                    syn[0..2].copy_from_slice(&sport.to_be_bytes());
                    syn[2..4].copy_from_slice(&179u16.to_be_bytes());
                    syn[12] = 5 << 4; // data offset: 5 words
                    syn[13] = 0x02; // SYN
                    syn[14..16].copy_from_slice(&64240u16.to_be_bytes()); // window
                    ipv4_packet(src, peer, 1, 6, &[], &syn)
                } else {
                    let mut bfd = udp(sport, 3784, 8 + 24, 0);
                    bfd[8] = 1 << 5; // version 1, no diagnostic
                    bfd[9] = 1 << 6; // state Down
                    bfd[10] = 3; // detect multiplier
                    bfd[11] = 24; // length
                    ipv4_packet(src, peer, 1, 17, &[], &bfd)
                };
                let mut frame = tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip);
                frame.resize(frame.len().max(64), 0);
                (frame, verdict(Verdict::Punt))
            }
            Kind::Truncated => {
                let len = self.rng.random_range(200..1500);
                let (frame, _) = self.forward(vif, len)?;
                let orig_len = frame.len() as u32;
                let snap = self.rng.random_range(0..frame.len());
                return Some((frame[..snap].to_vec(), orig_len, Intent::Truncated));
            }
            Kind::Malformed => {
                let (frame, _) = self.forward(vif, 64)?;
                // Shorter than an Ethernet header, or tagged and shorter than 18.
                let len = if self.rng.random_bool(0.5) {
                    self.rng.random_range(0..14)
                } else {
                    self.rng.random_range(14..18)
                };
                (frame[..len].to_vec(), drop(DropReason::Malformed))
            }
            Kind::UnknownVlan => {
                let ip = self.ip(Ipv4Addr::new(10, 1, 2, 3), 64, small, &[]);
                let frame = match self.rng.random_range(0..3) {
                    0 => untagged(PORT_MAC, PEER_MAC, ETHERTYPE_IPV4, &ip),
                    1 => {
                        // 802.1ad S-tag outside a C-tag of a real VIF: still not 0x8100.
                        let inner = tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip);
                        let mut frame =
                            untagged(PORT_MAC, PEER_MAC, 0x88a8, &self.tci(vid).to_be_bytes());
                        frame.extend_from_slice(inner.get(12..).unwrap_or_default());
                        frame
                    }
                    _ => {
                        let unused = (1..=4094).find(|v| !self.vids.contains(&Some(*v)))?;
                        tagged(PORT_MAC, PEER_MAC, self.tci(unused), ETHERTYPE_IPV4, &ip)
                    }
                };
                (frame, drop(DropReason::UnknownVlan))
            }
            Kind::Unsupported => {
                let frame = if self.rng.random_bool(0.5) {
                    tagged(PORT_MAC, PEER_MAC, tci, 0x86dd, &ipv6_packet(small))
                } else {
                    let ip = self.ip(Ipv4Addr::new(10, 1, 2, 3), 64, small, &[]);
                    let inner = tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip);
                    tagged(
                        PORT_MAC,
                        PEER_MAC,
                        tci,
                        TPID_8021Q,
                        inner.get(14..).unwrap_or_default(),
                    )
                };
                (
                    frame,
                    Intent::Verdict(Verdict::Drop(DropReason::UnsupportedEthertype)),
                )
            }
            Kind::BadIpv4(fault) => {
                let (mut frame, _) = self.forward(vif, 18 + 60)?;
                let ip = frame.get_mut(18..)?;
                match fault {
                    Ipv4Fault::TooShort => frame.truncate(18 + self.rng.random_range(0..20)),
                    Ipv4Fault::Version => {
                        ip[0] = 0x65;
                        set_checksum(ip);
                    }
                    Ipv4Fault::IhlTooSmall => ip[0] = 0x40 | self.rng.random_range(0..5),
                    Ipv4Fault::IhlBeyondFrame => {
                        ip[0] = 0x4f;
                        frame.truncate(18 + 56);
                    }
                    Ipv4Fault::TotalLengthBelowHeader => {
                        ip[2..4].copy_from_slice(&19u16.to_be_bytes());
                        set_checksum(ip);
                    }
                    Ipv4Fault::TotalLengthBeyondFrame => {
                        ip[2..4].copy_from_slice(&61u16.to_be_bytes());
                        set_checksum(ip);
                    }
                    Ipv4Fault::Checksum => {
                        let bit = self.rng.random_range(0..16);
                        ip[10 + bit / 8] ^= 1 << (bit % 8);
                    }
                }
                (frame, drop(DropReason::BadIpv4))
            }
            Kind::TtlExpired => {
                let (dst, _) = self.routed_address(vif)?;
                let ttl = self.rng.random_range(0..=1);
                let ip = self.ip(dst, ttl, small, &[]);
                (
                    tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip),
                    drop(DropReason::TtlExpired),
                )
            }
            Kind::MtuExceeded => {
                let (dst, egress) = self.routed_address(vif)?;
                let mtu = usize::from(self.mtu(vif, egress)?);
                let over = self.rng.random_range(1..100);
                let ip = self.ip(dst, 64, mtu + over, &[]);
                (
                    tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip),
                    drop(DropReason::MtuExceeded),
                )
            }
            Kind::NoRoute => {
                let dst = self.unrouted_address(vif)?;
                let ip = self.ip(dst, 64, small, &[]);
                (
                    tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip),
                    drop(DropReason::NoRoute),
                )
            }
        };
        let (frame, intent) = made;
        let len = frame.len() as u32;
        Some((frame, len, intent))
    }

    fn demo_kind(&mut self, index: u64) -> Kind {
        // The first records walk through every kind once so that even a short demo shows
        // them all; then a weighted mix, mostly forwards.
        const FIRST: [Kind; 19] = [
            Kind::Forward,
            Kind::ForwardOptions,
            Kind::ForwardPadded,
            Kind::PuntArp,
            Kind::PuntPeer,
            Kind::Truncated,
            Kind::Malformed,
            Kind::UnknownVlan,
            Kind::Unsupported,
            Kind::BadIpv4(Ipv4Fault::TooShort),
            Kind::BadIpv4(Ipv4Fault::Version),
            Kind::BadIpv4(Ipv4Fault::IhlTooSmall),
            Kind::BadIpv4(Ipv4Fault::IhlBeyondFrame),
            Kind::BadIpv4(Ipv4Fault::TotalLengthBelowHeader),
            Kind::BadIpv4(Ipv4Fault::TotalLengthBeyondFrame),
            Kind::BadIpv4(Ipv4Fault::Checksum),
            Kind::TtlExpired,
            Kind::MtuExceeded,
            Kind::NoRoute,
        ];
        if let Some(kind) = FIRST.get(index as usize) {
            return *kind;
        }
        match self.rng.random_range(0..100) {
            0..=54 => Kind::Forward,
            55..=59 => Kind::ForwardOptions,
            60..=63 => Kind::ForwardPadded,
            64..=67 => Kind::PuntArp,
            68..=71 => Kind::PuntPeer,
            72..=74 => Kind::Truncated,
            75..=77 => Kind::Malformed,
            78..=81 => Kind::UnknownVlan,
            82..=84 => Kind::Unsupported,
            85..=88 => {
                Kind::BadIpv4(Ipv4Fault::ALL[self.rng.random_range(0..Ipv4Fault::ALL.len())])
            }
            89..=92 => Kind::TtlExpired,
            93..=95 => Kind::MtuExceeded,
            _ => Kind::NoRoute,
        }
    }

    fn record(&mut self, scenario: Scenario, index: u64) -> Option<(Vec<u8>, u32, Intent)> {
        match scenario {
            Scenario::Demo => {
                // A kind may not apply to the VIF drawn (no peer address, no free address):
                // draw again.
                for _ in 0..32 {
                    let kind = self.demo_kind(index);
                    if let Some(made) = self.demo_record(kind) {
                        return Some(made);
                    }
                }
                None
            }
            Scenario::MinSize | Scenario::Fixed(_) | Scenario::Scale => {
                let size = match scenario {
                    Scenario::Fixed(size) => usize::from(size),
                    _ => 64,
                };
                let usable: Vec<usize> = (0..self.vids.len())
                    .filter(|&i| self.vids[i].is_some() && !self.routes[i].is_empty())
                    .collect();
                let vif = *usable.get((index % usable.len().max(1) as u64) as usize)?;
                let (frame, intent) = self.forward(vif, size)?;
                let len = frame.len() as u32;
                Some((frame, len, intent))
            }
            Scenario::Imix => {
                let vif = self.random_ingress()?;
                let len = match self.rng.random_range(0..12) {
                    0..=6 => 64,
                    7..=10 => 594,
                    _ => 1518,
                };
                if self.rng.random_bool(0.05) {
                    // A few of everything else, drawn again where a kind does not apply.
                    for _ in 0..32 {
                        let kind = self.demo_kind(u64::MAX);
                        if let Some(made) = self.demo_record(kind) {
                            return Some(made);
                        }
                    }
                    return None;
                }
                let (frame, intent) = self.forward(vif, len)?;
                let len = frame.len() as u32;
                Some((frame, len, intent))
            }
            Scenario::Jumbo => {
                if self.direction == Direction::ToCustomer {
                    return None;
                }
                // Private (9001) and transit (8500) VIFs, at their MTU, below it, or over it.
                let vif = if self.rng.random_bool(0.5) { 0 } else { 2 };
                let mtu = usize::from(self.config.vifs.get(vif)?.mtu);
                let (dst, target) = self.routed_address(vif)?;
                let (total, intent) = match self.rng.random_range(0..4) {
                    0 => (mtu, Intent::Verdict(Verdict::Forward { target })),
                    1 => (
                        mtu + 1,
                        Intent::Verdict(Verdict::Drop(DropReason::MtuExceeded)),
                    ),
                    _ => (
                        self.rng.random_range(1501..mtu),
                        Intent::Verdict(Verdict::Forward { target }),
                    ),
                };
                let ip = self.ip(dst, 64, total, &[]);
                let tci = self.tci(self.vif_vid(vif));
                let frame = tagged(PORT_MAC, PEER_MAC, tci, ETHERTYPE_IPV4, &ip);
                let len = frame.len() as u32;
                Some((frame, len, intent))
            }
        }
    }
}

/// Generate `count` records of a scenario into `each`, in capture order: a capture of the
/// customer-side port, or with `Direction::ToCustomer` of the AWS-side port.
pub fn generate(
    scenario: Scenario,
    direction: Direction,
    seed: u64,
    count: u64,
    each: &mut dyn FnMut(GenRecord) -> anyhow::Result<()>,
) -> anyhow::Result<Config> {
    if scenario == Scenario::Jumbo && direction == Direction::ToCustomer {
        bail!("the jumbo scenario is to-aws only (its frames test the VIFs' MTUs on the way in)");
    }
    if let Scenario::Fixed(size) = scenario {
        if !FIXED_SIZES.contains(&size) {
            bail!(
                "the fixed scenario makes frames of {} to {} bytes, not {size}",
                FIXED_SIZES.start(),
                FIXED_SIZES.end()
            );
        }
    }
    let config = scenario_config(scenario);
    generate_for(&config, scenario, direction, seed, count, each)?;
    Ok(config)
}

/// [`generate`] over a config of the caller's instead of the scenario's own: the scenario's
/// mix of frames, addressed to what `config` routes.
pub fn generate_for(
    config: &Config,
    scenario: Scenario,
    direction: Direction,
    seed: u64,
    count: u64,
    each: &mut dyn FnMut(GenRecord) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    if scenario == Scenario::Jumbo && direction == Direction::ToCustomer {
        bail!("the jumbo scenario is to-aws only (its frames test the VIFs' MTUs on the way in)");
    }
    let config = config.clone();
    let mut maker = Maker::new(&config, direction, seed);
    if maker.routes.iter().all(Vec::is_empty) {
        bail!(
            "the config routes nothing {direction}: the scenario needs at least one {} with a route",
            match direction {
                Direction::ToAws => "VIF",
                Direction::ToCustomer => "target with a VLAN and customer routes back",
            }
        );
    }
    // Picoseconds since EPOCH_NS: a byte at 10 Gb/s is 800 ps.
    let mut now_ps = 0u64;
    for index in 0..count {
        let Some((data, orig_len, intent)) = maker.record(scenario, index) else {
            bail!("scenario {} could not make record {index}", scenario.name());
        };
        // Back to back at 10 Gb/s: preamble and start delimiter, frame, FCS, inter-frame gap.
        let wire = 8 + u64::from(orig_len.max(60)) + 4 + 12;
        let record = GenRecord {
            timestamp_ns: EPOCH_NS + now_ps / 1000,
            data,
            orig_len,
            intent,
        };
        now_ps += wire * 800;
        each(record)?;
    }
    Ok(())
}

/// Options of `dxedge gen`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenOptions {
    pub scenario: Scenario,
    /// A config of the user's to make traffic for (not written); `None`: the scenario's own,
    /// written as `appliance.toml`.
    pub config: Option<(Config, PathBuf)>,
    /// Which port the capture is of: the customer side (to-aws) or the AWS side.
    pub direction: Direction,
    pub seed: u64,
    pub count: Option<u64>,
    pub out: PathBuf,
    pub format: CaptureFormat,
    /// Classic pcap only: nanosecond timestamps.
    pub nanos: bool,
}

/// File names `dxedge gen` writes in its output directory.
pub const CONFIG_FILE: &str = "appliance.toml";

pub fn capture_file(format: CaptureFormat) -> &'static str {
    match format {
        CaptureFormat::Pcap => "capture.pcap",
        CaptureFormat::PcapNg => "capture.pcapng",
    }
}

/// Write a scenario's config and capture into `options.out` (created if needed); returns
/// the paths written.
pub fn write_scenario(options: &GenOptions) -> anyhow::Result<(PathBuf, PathBuf)> {
    fs::create_dir_all(&options.out)
        .with_context(|| format!("cannot create {}", options.out.display()))?;
    let capture_path = options.out.join(capture_file(options.format));
    let file = File::create(&capture_path)
        .with_context(|| format!("cannot create {}", capture_path.display()))?;
    let file = BufWriter::with_capacity(1 << 20, file);
    let count = options.count.unwrap_or(options.scenario.default_count());
    let config = match options.format {
        CaptureFormat::Pcap => write_pcap(file, options, count, &capture_path)?,
        CaptureFormat::PcapNg => write_pcapng(file, options, count, &capture_path)?,
    };
    if let Some((_, path)) = &options.config {
        // The user's config stays where it is, comments and all.
        return Ok((path.clone(), capture_path));
    }
    let config_path = options.out.join(CONFIG_FILE);
    let text = format!(
        "# dxedge gen --scenario {} --seed {}\n{}",
        options.scenario.name(),
        options.seed,
        config.to_toml()
    );
    fs::write(&config_path, text)
        .with_context(|| format!("cannot write {}", config_path.display()))?;
    Ok((config_path, capture_path))
}

/// The records of `options`, over its config or the scenario's.
fn generate_options(
    options: &GenOptions,
    count: u64,
    each: &mut dyn FnMut(GenRecord) -> anyhow::Result<()>,
) -> anyhow::Result<Config> {
    match &options.config {
        Some((config, _)) => {
            generate_for(
                config,
                options.scenario,
                options.direction,
                options.seed,
                count,
                each,
            )?;
            Ok(config.clone())
        }
        None => generate(
            options.scenario,
            options.direction,
            options.seed,
            count,
            each,
        ),
    }
}

fn write_pcap(
    file: BufWriter<File>,
    options: &GenOptions,
    count: u64,
    path: &Path,
) -> anyhow::Result<Config> {
    let ts_resolution = if options.nanos {
        TsResolution::NanoSecond
    } else {
        TsResolution::MicroSecond
    };
    let header = PcapHeader {
        snaplen: 65535,
        datalink: DataLink::ETHERNET,
        ts_resolution,
        endianness: Endianness::Little,
        ..PcapHeader::default()
    };
    let mut writer = PcapWriter::with_header(file, header)
        .with_context(|| format!("cannot write {}", path.display()))?;
    let config = generate_options(options, count, &mut |record| {
        let secs = record.timestamp_ns / 1_000_000_000;
        let nanos = (record.timestamp_ns % 1_000_000_000) as u32;
        let packet = RawPcapPacket {
            ts_sec: secs as u32,
            ts_frac: if options.nanos { nanos } else { nanos / 1000 },
            incl_len: record.data.len() as u32,
            orig_len: record.orig_len,
            data: Cow::Borrowed(&record.data),
        };
        writer
            .write_raw_packet(&packet)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    })?;
    writer
        .into_writer()
        .flush()
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(config)
}

fn write_pcapng(
    file: BufWriter<File>,
    options: &GenOptions,
    count: u64,
    path: &Path,
) -> anyhow::Result<Config> {
    let context = || format!("cannot write {}", path.display());
    let mut writer =
        PcapNgWriter::with_endianness(file, Endianness::Little).with_context(context)?;
    for tsresol in [6u8, 9] {
        let interface = InterfaceDescriptionBlock {
            linktype: DataLink::ETHERNET,
            snaplen: 0,
            options: vec![InterfaceDescriptionOption::IfTsResol(tsresol)],
        };
        writer.write_pcapng_block(interface).with_context(context)?;
    }
    let mut index = 0u32;
    let config = generate_options(options, count, &mut |record| {
        let interface_id = index % 2;
        index = index.wrapping_add(1);
        // The crate writes `as_nanos()` as the raw count of the interface's units.
        let units = if interface_id == 0 {
            record.timestamp_ns / 1000
        } else {
            record.timestamp_ns
        };
        let block = EnhancedPacketBlock {
            interface_id,
            timestamp: Duration::from_nanos(units),
            original_len: record.orig_len,
            data: Cow::Borrowed(&record.data),
            options: vec![],
        };
        writer.write_pcapng_block(block).with_context(context)?;
        Ok(())
    })?;
    writer.into_inner().flush().with_context(context)?;
    Ok(config)
}

#[cfg(test)]
mod tests;
