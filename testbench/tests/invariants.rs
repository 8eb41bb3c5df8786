//! Property tests over random configs and random traffic, through the whole replay (capture
//! file in, output files out), of what must hold whatever the input:
//!
//! - every record comes out exactly once, on a target, in punt.pcap or in drops.pcapng, and
//!   each file is in input order;
//! - the counters equal what the files hold;
//! - no frame leaves on a target that its VIF's routes do not name;
//! - output bytes differ from the input only where step 11 of the spec says.

use std::collections::HashMap;
use std::fs;
use std::net::Ipv4Addr;
use std::path::Path;

use dxedge_host::config::{Config, Ipv4Prefix, MacAddr, Port, Route, Speed, Target, Vif, VifKind};
use dxedge_testbench::craft::{arp_request, ipv4_packet, set_checksum, tagged, udp, untagged, ARP};
use dxedge_testbench::packet::{checksum_verifies, fresh_checksum};
use dxedge_testbench::replay::{replay, EngineKind, ReplayOptions};
use pcap_file::pcap::PcapReader;
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketOption;
use pcap_file::pcapng::{Block, PcapNgReader};
use proptest::prelude::*;

/// A random but valid config: up to 4 VIFs, 4 targets, 12 routes in a small address space
/// so that routes nest and frames hit them.
fn arb_config() -> impl Strategy<Value = Config> {
    (
        proptest::collection::vec((1u16..=8, 0usize..3, any::<bool>(), any::<bool>()), 1..5),
        proptest::collection::vec((any::<u8>(), proptest::option::of(1u16..=4094)), 1..5),
        proptest::collection::vec((any::<usize>(), 0u32..16, 0u8..=32, any::<usize>()), 0..12),
    )
        .prop_map(|(vifs, targets, routes)| {
            let mut config = Config {
                port: Port {
                    speed: Speed::G10,
                    mac: MacAddr([2, 0, 0x5e, 0, 0, 1]),
                },
                vifs: Vec::new(),
                targets: Vec::new(),
                routes: Vec::new(),
                customer_routes: vec![],
            };
            for (i, (vlan, kind, jumbo, peer)) in vifs.into_iter().enumerate() {
                if config.vif_by_vlan(vlan).is_some() {
                    continue;
                }
                let kind = [VifKind::Private, VifKind::Public, VifKind::Transit][kind];
                let mtu = if jumbo {
                    *kind.allowed_mtus().last().unwrap_or(&1500)
                } else {
                    1500
                };
                config.vifs.push(Vif {
                    name: format!("vif-{i}"),
                    kind,
                    vlan,
                    mtu,
                    amazon_address: peer.then(|| Ipv4Addr::new(169, 254, vlan as u8, 1)),
                    ..Default::default()
                });
            }
            for (i, (mac, vlan)) in targets.into_iter().enumerate() {
                config.targets.push(Target {
                    name: format!("t{i}"),
                    mac: MacAddr([2, 0xaa, 0, 0, 0, mac]),
                    vlan,
                    ..Default::default()
                });
            }
            for (vif, seed, len, target) in routes {
                let vif = vif % config.vifs.len();
                // 10.0.0.0/8 cut finely: nests and neighbours.
                let addr = 0x0a00_0000 | seed << 20 | seed << 12;
                let mask = if len == 0 {
                    0
                } else {
                    u32::MAX << (32 - u32::from(len))
                };
                let prefix = Ipv4Prefix {
                    addr: Ipv4Addr::from(addr & mask),
                    len,
                };
                if config
                    .routes
                    .iter()
                    .any(|r| r.vif == vif && r.prefix == prefix)
                {
                    continue;
                }
                config.routes.push(Route {
                    vif,
                    prefix,
                    target: target % config.targets.len(),
                });
            }
            config
        })
}

/// One capture record: captured bytes and the original length.
#[derive(Clone, Debug)]
struct Rec {
    data: Vec<u8>,
    orig_len: u32,
}

/// A random frame, mostly near-valid IPv4 on the VLANs 1..=8 (some of which are VIFs).
fn arb_frame() -> impl Strategy<Value = Rec> {
    let ipv4 = (
        1u16..=9,
        0u16..16,
        prop_oneof![Just(None), (0u32..16, any::<u16>()).prop_map(Some)],
        any::<u8>(),
        0usize..200,
        proptest::collection::vec(any::<u8>(), 0..12),
        0usize..8,
        proptest::option::of((0usize..80, any::<u8>())),
        any::<bool>(),
    )
        .prop_map(
            |(vid, pcp_dei, dst, ttl, payload, options, padding, corrupt, peer)| {
                let dst = match (dst, peer) {
                    (_, true) => Ipv4Addr::new(169, 254, vid as u8, 1),
                    (Some((seed, low)), false) => {
                        Ipv4Addr::from(0x0a00_0000 | seed << 20 | seed << 12 | u32::from(low))
                    }
                    (None, false) => Ipv4Addr::new(192, 0, 2, 99),
                };
                let ip = ipv4_packet(
                    Ipv4Addr::new(198, 51, 100, 1),
                    dst,
                    ttl,
                    17,
                    &options,
                    &udp(5, 9, payload, 0x77),
                );
                let mut data = tagged(
                    [2, 0, 0x5e, 0, 0, 1],
                    [2, 0, 0, 0, 0, 2],
                    pcp_dei << 12 | vid,
                    0x0800,
                    &ip,
                );
                data.resize(data.len() + padding, 0xee);
                if let Some((at, value)) = corrupt {
                    if let Some(byte) = data.get_mut(at) {
                        *byte = value;
                    }
                    if (18..18 + 20).contains(&at) && value % 2 == 0 {
                        // Keep the checksum right half of the time: other checks get their turn.
                        if let Some(ip) = data.get_mut(18..) {
                            set_checksum(ip);
                        }
                    }
                }
                let orig_len = data.len() as u32;
                Rec { data, orig_len }
            },
        );
    let arp = (1u16..=9).prop_map(|vid| {
        let data = tagged(
            [0xff; 6],
            [2, 0, 0, 0, 0, 2],
            vid,
            ARP,
            &arp_request(
                [2, 0, 0, 0, 0, 2],
                Ipv4Addr::new(198, 51, 100, 1),
                Ipv4Addr::new(169, 254, 1, 1),
            ),
        );
        let orig_len = data.len() as u32;
        Rec { data, orig_len }
    });
    let junk = proptest::collection::vec(any::<u8>(), 0..40).prop_map(|data| {
        let orig_len = data.len() as u32;
        Rec { data, orig_len }
    });
    let untagged_ip = Just(()).prop_map(|_| {
        let ip = ipv4_packet(
            Ipv4Addr::new(198, 51, 100, 1),
            Ipv4Addr::new(10, 0, 0, 1),
            9,
            17,
            &[],
            &udp(5, 9, 20, 0),
        );
        let data = untagged([2, 0, 0x5e, 0, 0, 1], [2, 0, 0, 0, 0, 2], 0x0800, &ip);
        let orig_len = data.len() as u32;
        Rec { data, orig_len }
    });
    prop_oneof![
        8 => ipv4,
        1 => arp,
        1 => junk,
        1 => untagged_ip,
    ]
}

/// Records, some of them cut short (step 1).
fn arb_records() -> impl Strategy<Value = Vec<Rec>> {
    proptest::collection::vec((arb_frame(), proptest::option::of(0usize..64)), 0..80).prop_map(
        |frames| {
            frames
                .into_iter()
                .map(|(mut rec, cut)| {
                    if let Some(keep) =
                        cut.filter(|k| *k < rec.data.len() && rec.orig_len > 0 && *k % 3 == 0)
                    {
                        rec.data.truncate(keep);
                    }
                    rec
                })
                .collect()
        },
    )
}

/// Classic pcap, microseconds; record i has timestamp i seconds, so outputs map back.
fn write_capture(path: &Path, records: &[Rec]) {
    let mut file = Vec::new();
    for word in [0xa1b2c3d4u32, 0x0004_0002, 0, 0, 262144, 1] {
        file.extend_from_slice(&word.to_le_bytes());
    }
    for (i, rec) in records.iter().enumerate() {
        for word in [i as u32, 0, rec.data.len() as u32, rec.orig_len] {
            file.extend_from_slice(&word.to_le_bytes());
        }
        file.extend_from_slice(&rec.data);
    }
    fs::write(path, file).expect("write capture");
}

/// (input index, data) of each record of an output pcap.
fn read_pcap(path: &Path) -> Vec<(usize, Vec<u8>)> {
    let mut reader = PcapReader::new(fs::File::open(path).expect("open")).expect("pcap");
    let mut out = Vec::new();
    while let Some(p) = reader.next_raw_packet() {
        let p = p.expect("record");
        out.push((p.ts_sec as usize, p.data.to_vec()));
    }
    out
}

/// (input index, data, reason) of each dropped frame.
fn read_drops(path: &Path) -> Vec<(usize, Vec<u8>, String)> {
    let mut reader = PcapNgReader::new(fs::File::open(path).expect("open")).expect("pcapng");
    let mut out = Vec::new();
    while let Some(block) = reader.next_block() {
        if let Block::EnhancedPacket(epb) = block.expect("block") {
            let reason = epb
                .options
                .iter()
                .find_map(|o| match o {
                    EnhancedPacketOption::Comment(c) => Some(c.to_string()),
                    _ => None,
                })
                .unwrap_or_default();
            // Microsecond units: index seconds.
            out.push((
                (epb.timestamp.as_nanos() / 1_000_000) as usize,
                epb.data.to_vec(),
                reason,
            ));
        }
    }
    out
}

fn check(config: &Config, records: &[Rec]) -> Result<(), TestCaseError> {
    let tmp = tempfile::tempdir().expect("tmp");
    let config_path = tmp.path().join("appliance.toml");
    fs::write(&config_path, config.to_toml()).expect("write config");
    let input = tmp.path().join("in.pcap");
    write_capture(&input, records);
    let out = tmp.path().join("out");
    let options = ReplayOptions {
        config: config_path,
        input,
        out: out.clone(),
        engine: EngineKind::Model,
        speed: None,
        trace: None,
        trace_frames: None,
        force: false,
        direction: dxedge_host::direction::Direction::ToAws,
        ingress_vlan: None,
        jobs: Default::default(),
        shard: None,
    };
    let summary = replay(&options, &mut |_| {}).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let counters = &summary.counters;

    // Every record exactly once, each file in input order.
    let mut seen = vec![0u32; records.len()];
    let mut per_target = Vec::new();
    for (t, target) in config.targets.iter().enumerate() {
        let frames = read_pcap(&out.join(format!("{}.pcap", target.name)));
        prop_assert!(frames.windows(2).all(|w| w[0].0 < w[1].0));
        prop_assert_eq!(counters.egress[t].tx_packets, frames.len() as u64);
        prop_assert_eq!(
            counters.egress[t].tx_bytes,
            frames.iter().map(|f| f.1.len() as u64).sum::<u64>()
        );
        for (i, _) in &frames {
            seen[*i] += 1;
        }
        per_target.push(frames);
    }
    let punted = read_pcap(&out.join("punt.pcap"));
    prop_assert!(punted.windows(2).all(|w| w[0].0 < w[1].0));
    prop_assert_eq!(counters.punted_packets, punted.len() as u64);
    let dropped = read_drops(&out.join("drops.pcapng"));
    prop_assert!(dropped.windows(2).all(|w| w[0].0 < w[1].0));
    for (i, _) in &punted {
        seen[*i] += 1;
    }
    for (i, _, _) in &dropped {
        seen[*i] += 1;
    }
    prop_assert!(
        seen.iter().all(|n| *n == 1),
        "records seen other than once: {:?}",
        seen
    );

    // Counters equal the files: drops by reason, VIF totals.
    let mut by_reason: HashMap<&str, u64> = HashMap::new();
    for (_, _, reason) in &dropped {
        *by_reason.entry(reason.as_str()).or_default() += 1;
    }
    let counters_json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("counters.json")).expect("read"))
            .expect("json");
    for (reason, count) in counters_json["drops"].as_object().expect("drops") {
        prop_assert_eq!(
            count.as_u64(),
            Some(by_reason.get(reason.as_str()).copied().unwrap_or(0)),
            "{}",
            reason
        );
    }
    let vid_of = |data: &[u8]| -> Option<usize> {
        (data.len() >= 18 && data[12..14] == [0x81, 0x00])
            .then(|| config.vif_by_vlan(u16::from_be_bytes([data[14], data[15]]) & 0x0fff))?
    };
    for (v, c) in counters.ingress.iter().enumerate() {
        let arrived: Vec<&Rec> = records
            .iter()
            .filter(|r| r.data.len() >= r.orig_len as usize && vid_of(&r.data) == Some(v))
            .collect();
        prop_assert_eq!(c.rx_packets, arrived.len() as u64);
        prop_assert_eq!(
            c.rx_bytes,
            arrived.iter().map(|r| r.data.len() as u64).sum::<u64>()
        );
        prop_assert_eq!(
            c.rx_packets,
            c.forwarded_packets + c.punted_packets + c.dropped_packets
        );
    }

    // Forwarded frames: on a target the VIF routes to, rewritten exactly as step 11 says.
    for (t, frames) in per_target.iter().enumerate() {
        let target = &config.targets[t];
        for (i, out_frame) in frames {
            let input = &records[*i].data;
            let vif = vid_of(input).expect("forwarded frames arrived on a VIF");
            prop_assert!(
                config.routes.iter().any(|r| r.vif == vif && r.target == t),
                "target {} not routed from VIF {}",
                t,
                vif
            );
            prop_assert_eq!(&out_frame[0..6], &target.mac.0[..]);
            prop_assert_eq!(&out_frame[6..12], &config.port.mac.0[..]);
            let ip_at = match target.vlan {
                Some(vid) => {
                    prop_assert_eq!(out_frame.len(), input.len());
                    prop_assert_eq!(&out_frame[12..14], &input[12..14]);
                    let tci_in = u16::from_be_bytes([input[14], input[15]]);
                    prop_assert_eq!(
                        u16::from_be_bytes([out_frame[14], out_frame[15]]),
                        (tci_in & 0xf000) | vid
                    );
                    prop_assert_eq!(&out_frame[16..18], &input[16..18]);
                    18
                }
                None => {
                    prop_assert_eq!(out_frame.len(), input.len() - 4);
                    prop_assert_eq!(&out_frame[12..14], &input[16..18]);
                    14
                }
            };
            let ihl = usize::from(input[18] & 0x0f) * 4;
            let (ip_in, ip_out) = (&input[18..], &out_frame[ip_at..]);
            prop_assert_eq!(ip_out[8], ip_in[8] - 1, "TTL");
            prop_assert!(checksum_verifies(&ip_out[..ihl]));
            prop_assert_eq!(
                u16::from_be_bytes([ip_out[10], ip_out[11]]),
                fresh_checksum(&ip_out[..ihl])
            );
            for k in (0..ip_in.len()).filter(|k| ![8, 10, 11].contains(k)) {
                prop_assert_eq!(ip_in[k], ip_out[k], "IP byte {} changed", k);
            }
        }
    }
    // Punted and dropped frames leave unchanged.
    for (i, data) in &punted {
        prop_assert_eq!(data, &records[*i].data);
    }
    for (i, data, _) in &dropped {
        prop_assert_eq!(data, &records[*i].data);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_frame_is_accounted_for_and_rewritten_only_as_step_11_says(config in arb_config(), records in arb_records()) {
        check(&config, &records)?;
    }
}
