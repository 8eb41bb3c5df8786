//! `dxedge inspect`: what a capture holds, in the appliance's terms (VLANs, EtherTypes,
//! destinations, sizes), and with `--suggest-config` a config that would route it.
//!
//! A capture nobody prepared for the appliance is mostly untagged, or tagged with VLANs the
//! config does not know: both end as `unknown_vlan`. Inspecting first shows which VIDs carry
//! what, and the suggested config is a start to edit rather than a guess to debug.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::net::Ipv4Addr;
use std::path::Path;

use dxedge_host::config::{Config, Ipv4Prefix, MacAddr, Port, Route, Speed, Target, Vif, VifKind};

use crate::capture::{CaptureReader, Format, LinkType, Resolution};
use crate::cli::table;
use crate::link::to_ethernet;
use crate::packet::{be16, be32, field, ipv4_field, TAGGED_HEADER_LEN, TCI_VID_MASK, TPID_8021Q};

/// Destination prefixes listed per VLAN.
const TOP_DESTINATIONS: usize = 5;
/// The VLAN the suggestion gives untagged traffic (`--ingress-vlan`).
pub const SUGGESTED_INGRESS_VLAN: u16 = 100;

/// Routes suggested per VIF at most before the suggestion aggregates them.
const SUGGESTED_ROUTES: usize = 64;

/// What one VLAN (or the untagged frames) carried.
#[derive(Debug, Default)]
struct VlanStats {
    frames: u64,
    bytes: u64,
    /// Inner EtherType (the outer one for untagged frames) and its count.
    ethertypes: BTreeMap<u16, u64>,
    /// IPv4 destinations by /16 and by /24.
    by16: HashMap<u32, u64>,
    by24: HashMap<u32, u64>,
    largest_ipv4: u16,
}

/// Everything `inspect` counts in one pass over a capture.
#[derive(Debug, Default)]
pub struct Inventory {
    records: u64,
    truncated: u64,
    bytes: u64,
    /// Frames per size bucket, in [`SIZE_BUCKETS`] order.
    sizes: [u64; SIZE_BUCKETS.len()],
    outer: BTreeMap<u16, u64>,
    vlans: BTreeMap<u16, VlanStats>,
    untagged: VlanStats,
    /// Destination MACs of tagged frames: the appliance's MAC as the sender addressed it.
    dst_macs: HashMap<[u8; 6], u64>,
    format: Option<Format>,
    resolution: Option<Resolution>,
    snaplen: u32,
    /// Records per link type (a pcapng file may mix them).
    links: BTreeMap<&'static str, u64>,
}

/// Frame size buckets: runts, the classic ranges, jumbo frames up to a tagged 9000-byte
/// packet, and larger.
const SIZE_BUCKETS: [(&str, usize); 7] = [
    ("< 64", 63),
    ("64-127", 127),
    ("128-511", 511),
    ("512-1023", 1023),
    ("1024-1522", 1522),
    ("1523-9022", 9022),
    ("> 9022", usize::MAX),
];

fn size_bucket(len: usize) -> usize {
    SIZE_BUCKETS
        .iter()
        .position(|&(_, last)| len <= last)
        .unwrap_or(SIZE_BUCKETS.len() - 1)
}

fn ethertype_name(t: u16) -> String {
    match t {
        0x0800 => "IPv4".into(),
        0x0806 => "ARP".into(),
        0x86dd => "IPv6".into(),
        0x8100 => "802.1Q".into(),
        0x88a8 => "802.1ad".into(),
        0x8847 => "MPLS".into(),
        0x88cc => "LLDP".into(),
        t if t < 0x0600 => "802.3 length".into(),
        t => format!("0x{t:04x}"),
    }
}

impl Inventory {
    /// Read every record of the capture at `path`.
    pub fn of(path: &Path) -> Result<Inventory, String> {
        let mut reader = CaptureReader::open(path).map_err(|e| e.to_string())?;
        let mut inv = Inventory {
            format: Some(reader.format()),
            resolution: Some(reader.resolution()),
            snaplen: reader.snaplen(),
            ..Inventory::default()
        };
        let mut frame = Vec::new();
        while let Some(record) = reader.next_record().map_err(|e| e.to_string())? {
            *inv.links.entry(record.link.name()).or_default() += 1;
            let truncated = record.is_truncated();
            if record.link == LinkType::Ethernet {
                inv.add(record.data, truncated);
            } else {
                // Counted as the replay would see it: with the Ethernet header it builds.
                to_ethernet(record.link, record.data, [0; 6], &mut frame);
                inv.add(&frame, truncated);
            }
        }
        Ok(inv)
    }

    fn add(&mut self, frame: &[u8], truncated: bool) {
        self.records += 1;
        self.truncated += u64::from(truncated);
        self.bytes += frame.len() as u64;
        self.sizes[size_bucket(frame.len())] += 1;
        let Some(outer) = be16(frame, field::ETHERTYPE) else {
            return;
        };
        *self.outer.entry(outer).or_default() += 1;
        let (stats, inner, ip_at) = if outer == TPID_8021Q {
            let Some(tci) = be16(frame, field::TCI) else {
                return;
            };
            if let Some(dst) = frame.get(field::DST) {
                let mut mac = [0u8; 6];
                mac.copy_from_slice(dst);
                *self.dst_macs.entry(mac).or_default() += 1;
            }
            let inner = be16(frame, field::INNER_ETHERTYPE);
            (
                self.vlans.entry(tci & TCI_VID_MASK).or_default(),
                inner,
                TAGGED_HEADER_LEN,
            )
        } else {
            (&mut self.untagged, Some(outer), 14)
        };
        stats.frames += 1;
        stats.bytes += frame.len() as u64;
        let Some(inner) = inner else { return };
        *stats.ethertypes.entry(inner).or_default() += 1;
        if inner == 0x0800 {
            let ip = frame.get(ip_at..).unwrap_or_default();
            if let Some(dst) = be32(ip, ipv4_field::DST) {
                *stats.by16.entry(dst & 0xffff_0000).or_default() += 1;
                *stats.by24.entry(dst & 0xffff_ff00).or_default() += 1;
            }
            if let Some(total) = be16(ip, ipv4_field::TOTAL_LEN) {
                stats.largest_ipv4 = stats.largest_ipv4.max(total);
            }
        }
    }

    /// The report `dxedge inspect` prints.
    pub fn report(&self, shown: &str) -> String {
        let mut out = String::new();
        let format = match self.format {
            Some(Format::PcapNg) => "pcapng",
            _ => "classic pcap",
        };
        let resolution = match self.resolution {
            Some(Resolution::Nano) => "nanosecond",
            _ => "microsecond",
        };
        let links: Vec<String> = self.links.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let links = if links.is_empty() {
            "no records".to_string()
        } else {
            links.join(", ")
        };
        let _ = writeln!(
            out,
            "{shown}: {format}, link type {links}, {resolution} timestamps, snap length {}",
            self.snaplen
        );
        let _ = writeln!(
            out,
            "{} records ({} truncated: dropped truncated_capture), {} bytes",
            self.records, self.truncated, self.bytes
        );
        let sizes: Vec<String> = SIZE_BUCKETS
            .iter()
            .zip(&self.sizes)
            .filter(|(_, n)| **n > 0)
            .map(|((b, _), n)| format!("{b}: {n}"))
            .collect();
        let _ = writeln!(out, "frame sizes: {}", sizes.join(", "));
        let outer: Vec<String> = self
            .outer
            .iter()
            .map(|(t, n)| format!("{} {n}", ethertype_name(*t)))
            .collect();
        let _ = writeln!(out, "outer EtherTypes: {}\n", outer.join(", "));
        let row = |vlan: String, s: &VlanStats| {
            let types: Vec<String> = s
                .ethertypes
                .iter()
                .map(|(t, n)| format!("{} {n}", ethertype_name(*t)))
                .collect();
            let mut top: Vec<(&u32, &u64)> = s.by24.iter().collect();
            top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let top: Vec<String> = top
                .iter()
                .take(TOP_DESTINATIONS)
                .map(|(p, n)| format!("{}/24 {n}", Ipv4Addr::from(**p)))
                .collect();
            vec![
                vlan,
                s.frames.to_string(),
                s.bytes.to_string(),
                types.join(", "),
                top.join(", "),
            ]
        };
        let mut rows: Vec<Vec<String>> = self
            .vlans
            .iter()
            .map(|(vid, s)| row(vid.to_string(), s))
            .collect();
        if self.untagged.frames > 0 {
            rows.push(row("untagged".into(), &self.untagged));
        }
        out.push_str(&table(
            &["vlan", "frames", "bytes", "ethertypes", "top destinations"],
            &rows,
        ));
        if self.untagged.frames > 0 {
            let _ = writeln!(
                out,
                "\nuntagged frames (and 802.1ad ones) have no VIF: a replay drops them unknown_vlan, \
                 unless --ingress-vlan VID tags the untagged ones as they enter"
            );
        }
        out
    }

    /// A config that routes this capture: one private VIF per VID that carried IPv4, each
    /// routing the /16s it saw to one target; the port's MAC is the one the tagged frames
    /// were sent to. Comments say what to edit.
    pub fn suggest_config(&self, shown: &str) -> Result<String, String> {
        let with_ipv4: Vec<(u16, &VlanStats)> = self
            .vlans
            .iter()
            .filter(|(vid, s)| (1..=4094).contains(*vid) && s.ethertypes.contains_key(&0x0800))
            .map(|(vid, s)| (*vid, s))
            .collect();
        // A capture of untagged traffic (most captures, and every Linux cooked or raw IP
        // one): one VIF whose VLAN `--ingress-vlan` gives it.
        let untagged_only = with_ipv4.is_empty();
        let with_ipv4 = if untagged_only {
            if !self.untagged.ethertypes.contains_key(&0x0800) {
                return Err(format!(
                    "{shown}: no IPv4 frames to suggest a config for (the appliance routes IPv4)"
                ));
            }
            vec![(SUGGESTED_INGRESS_VLAN, &self.untagged)]
        } else {
            with_ipv4
        };
        let port_mac = self
            .dst_macs
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or([0x02, 0, 0x5e, 0, 0, 1], |(m, _)| *m);
        let mut config = Config {
            port: Port {
                speed: Speed::G10,
                mac: MacAddr(port_mac),
            },
            targets: vec![Target {
                name: "aws".into(),
                mac: MacAddr([0x02, 0xaa, 0, 0, 0, 1]),
                vlan: None,
                address: None,
            }],
            ..Config::default()
        };
        for (i, (vid, stats)) in with_ipv4.iter().enumerate() {
            config.vifs.push(Vif {
                name: format!("vlan-{vid}"),
                kind: VifKind::Private,
                vlan: *vid,
                mtu: if stats.largest_ipv4 > 1500 {
                    9001
                } else {
                    1500
                },
                ..Vif::default()
            });
            // The /16s the frames went to; where there are too many to list, their /8s;
            // where even those are too many, a default route.
            let by8: std::collections::BTreeSet<u32> =
                stats.by16.keys().map(|n| n & 0xff00_0000).collect();
            let prefixes: Vec<(u32, u8)> = if stats.by16.len() <= SUGGESTED_ROUTES {
                let mut v: Vec<u32> = stats.by16.keys().copied().collect();
                v.sort_unstable();
                v.into_iter().map(|n| (n, 16)).collect()
            } else if by8.len() <= SUGGESTED_ROUTES {
                by8.into_iter().map(|n| (n, 8)).collect()
            } else {
                vec![(0, 0)]
            };
            for (network, len) in prefixes {
                if let Some(prefix) = Ipv4Prefix::new(Ipv4Addr::from(network), len) {
                    config.routes.push(Route {
                        vif: i,
                        prefix,
                        target: 0,
                    });
                }
            }
        }
        let mut text = format!(
            "# Suggested by `dxedge inspect --suggest-config` from {shown}: edit before use.\n\
             # One private VIF per VLAN that carried IPv4, MTU 9001 where packets over 1500\n\
             # bytes were seen, each routing the /16s its frames went to (their /8s past\n\
             # {SUGGESTED_ROUTES} of them, a default route past that) to one target, `aws`.\n\
             # Split the target per VPC, set the kinds (private, public, transit), add\n\
             # amazon_address for BGP and the customer side for return traffic:\n\
             # docs/config.md has every key.\n"
        );
        if untagged_only {
            let _ = writeln!(
                text,
                "#\n# The capture's frames are untagged: replay it with --ingress-vlan {SUGGESTED_INGRESS_VLAN},\n\
                 # which tags them as the VIF's as they enter."
            );
        }
        text.push_str(&config.to_toml());
        // What it says must parse: a suggestion that does not would be worse than none.
        Config::parse(&text, "suggested.toml").map_err(|e| format!("{shown}: {e}"))?;
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::run_all;
    use crate::model::Model;
    use dxedge_host::verdict::Verdict;

    fn demo() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo/capture.pcap")
    }

    #[test]
    fn the_demo_capture_is_counted_in_its_vlans() {
        let inv = Inventory::of(&demo()).expect("inventory");
        assert_eq!(inv.records, 600);
        let report = inv.report("capture.pcap");
        for vid in ["101", "102", "103"] {
            assert!(report.lines().any(|l| l.starts_with(vid)), "{report}");
        }
        assert!(report.contains("IPv4"), "{report}");
        assert!(report.contains("untagged"), "{report}");
        let counted: u64 = inv.vlans.values().map(|s| s.frames).sum::<u64>() + inv.untagged.frames;
        assert!(counted <= inv.records);
    }

    #[test]
    fn the_suggested_config_routes_what_the_capture_sends() {
        let inv = Inventory::of(&demo()).expect("inventory");
        let text = inv.suggest_config("capture.pcap").expect("suggestion");
        let config = Config::parse(&text, "suggested.toml").expect("parses");
        assert!(config.vif_by_vlan(101).is_some() && config.vif_by_vlan(103).is_some());
        assert_eq!(
            config.port.mac,
            MacAddr([0x02, 0x00, 0x5e, 0x00, 0x00, 0x01])
        );
        // Replayed through the model, the frames the demo meant to forward are forwarded.
        let mut frames = Vec::new();
        let mut reader = CaptureReader::open(&demo()).expect("open");
        while let Some(r) = reader.next_record().expect("record") {
            if !r.is_truncated() {
                frames.push(r.data.to_vec());
            }
        }
        let demo_config = Config::load(&demo().with_file_name("appliance.toml")).expect("demo");
        let (want, _) = run_all(&mut Model::new(&demo_config), &frames).expect("model");
        let (got, _) = run_all(&mut Model::new(&config), &frames).expect("model");
        let meant = want
            .iter()
            .filter(|(v, _)| matches!(v, Verdict::Forward { .. }))
            .count();
        let forwarded = got
            .iter()
            .filter(|(v, _)| matches!(v, Verdict::Forward { .. }))
            .count();
        assert!(
            forwarded >= meant,
            "{forwarded} forwarded, the demo's config forwards {meant}"
        );
    }
}
