//! Differential tests: random configs and random traffic through the RTL (both widths, both
//! directions, with and without idle cycles and back-pressure) and through the reference
//! model, frame by frame and counter by counter. `DXEDGE_SOAK=1` (`make soak`) runs many more cases.
//!
//! A failure prints the seed; `DXEDGE_SEED=<seed>` reruns just that case.

use std::net::Ipv4Addr;

use dxedge_host::config::{
    Config, CustomerRoute, InterfaceAddress, Ipv4Prefix, MacAddr, Port, Preference, Route, Speed,
    Target, Vif, VifKind,
};
use dxedge_host::direction::Direction;
use dxedge_host::verdict::Verdict;
use dxedge_testbench::craft::{
    arp_request, ipv4_packet, ipv6_packet, set_checksum, tagged, udp, untagged, ARP,
};
use dxedge_testbench::engine::{run_all, Engine, EngineReport};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::{RtlEngine, Stress};
use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn run(engine: &mut dyn Engine, frames: &[Vec<u8>]) -> (Vec<(Verdict, Vec<u8>)>, EngineReport) {
    run_all(engine, frames).expect("the engine runs every frame")
}

fn mac(rng: &mut ChaCha8Rng) -> MacAddr {
    let mut m = [0u8; 6];
    rng.fill_bytes(&mut m);
    m[0] &= 0xfe;
    MacAddr(m)
}

fn random_config(rng: &mut ChaCha8Rng) -> Config {
    let vif_count = rng.random_range(1..=8usize);
    let mut vlans: Vec<u16> = vec![];
    while vlans.len() < vif_count {
        let v = if rng.random_bool(0.2) {
            *[1u16, 4094, 2, 4093]
                .get(rng.random_range(0..4))
                .unwrap_or(&1)
        } else {
            rng.random_range(1..=4094)
        };
        if !vlans.contains(&v) {
            vlans.push(v);
        }
    }
    let vifs: Vec<Vif> = vlans
        .iter()
        .enumerate()
        .map(|(i, &vlan)| {
            let kind =
                [VifKind::Private, VifKind::Public, VifKind::Transit][rng.random_range(0..3)];
            let mtu = match kind {
                VifKind::Private => [1500, 9001][rng.random_range(0..2)],
                VifKind::Transit => [1500, 8500][rng.random_range(0..2)],
                VifKind::Public => 1500,
            };
            Vif {
                name: format!("vif-{i}"),
                customer_mac: Some(mac(rng)),
                kind,
                vlan,
                mtu,
                amazon_address: rng
                    .random_bool(0.6)
                    .then(|| Ipv4Addr::new(169, 254, rng.random(), rng.random())),
                ..Default::default()
            }
        })
        .collect();
    let targets: Vec<Target> = (0..rng.random_range(1..=6usize))
        .map(|i| Target {
            name: format!("t{i}"),
            mac: mac(rng),
            // Unique VLANs (they name the target to the customer direction); some targets
            // have none and receive nothing from the AWS side.
            vlan: rng.random_bool(0.7).then_some(3000 + i as u16),
            address: rng.random_bool(0.6).then(|| InterfaceAddress {
                addr: Ipv4Addr::new(10, 200, i as u8, 254),
                len: 24,
            }),
        })
        .collect();
    let mut routes: Vec<Route> = vec![];
    for vif in 0..vifs.len() {
        for _ in 0..rng.random_range(0..12) {
            let len = match rng.random_range(0..10) {
                0 => 0,
                1 => 32,
                _ => rng.random_range(8..=30u8),
            };
            let addr = if rng.random_bool(0.7) {
                // Near 10.0.0.0/8 so that prefixes nest and overlap
                0x0a00_0000 | (rng.random::<u32>() & 0x00ff_ffff)
            } else {
                rng.random()
            };
            let mask = if len == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(len))
            };
            let Some(prefix) = Ipv4Prefix::new(Ipv4Addr::from(addr & mask), len) else {
                continue;
            };
            if routes.iter().any(|r| r.vif == vif && r.prefix == prefix) {
                continue;
            }
            routes.push(Route {
                vif,
                prefix,
                target: rng.random_range(0..targets.len()),
            });
        }
    }
    // Customer routes: nested prefixes under 192.168.0.0/16 that several VIFs share at
    // random preferences, so that the selection's every tie-break is met.
    let mut customer_routes: Vec<CustomerRoute> = vec![];
    for vif in 0..vifs.len() {
        for _ in 0..rng.random_range(0..10) {
            let len = *[0u8, 8, 16, 17, 24, 30, 32]
                .get(rng.random_range(0..7))
                .unwrap_or(&16);
            let addr = 0xc0a8_0000 | (rng.random::<u32>() & 0x0003_0f0f);
            let mask = if len == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(len))
            };
            let Some(prefix) = Ipv4Prefix::new(Ipv4Addr::from(addr & mask), len) else {
                continue;
            };
            if customer_routes
                .iter()
                .any(|r| r.vif == vif && r.prefix == prefix)
            {
                continue;
            }
            let preference =
                [Preference::Low, Preference::Medium, Preference::High][rng.random_range(0..3)];
            customer_routes.push(CustomerRoute {
                vif,
                prefix,
                preference,
            });
        }
    }
    Config {
        port: Port {
            speed: Speed::G10,
            mac: mac(rng),
        },
        vifs,
        targets,
        routes,
        customer_routes,
    }
}

/// A destination from target `target`: often in a customer route, sometimes the target's
/// own address, else anywhere.
fn customer_destination(rng: &mut ChaCha8Rng, config: &Config, target: usize) -> Ipv4Addr {
    let routes = &config.customer_routes;
    match rng.random_range(0..10) {
        0..=6 if !routes.is_empty() => {
            let r = &routes[rng.random_range(0..routes.len())];
            let host = match rng.random_range(0..4) {
                0 => 0,
                1 => u32::MAX >> r.prefix.len.min(31),
                _ if r.prefix.len == 32 => 0,
                _ => rng.random::<u32>() >> r.prefix.len,
            };
            Ipv4Addr::from(r.prefix.network() | host)
        }
        7 => config.targets[target]
            .address
            .map_or(Ipv4Addr::new(10, 9, 9, 9), |a| a.addr),
        _ => Ipv4Addr::from(rng.random::<u32>()),
    }
}

/// A destination: often inside a route of the VIF, sometimes its peer address, else anywhere.
fn destination(rng: &mut ChaCha8Rng, config: &Config, vif: usize) -> Ipv4Addr {
    let routes: Vec<&Route> = config.routes.iter().filter(|r| r.vif == vif).collect();
    match rng.random_range(0..10) {
        0..=5 if !routes.is_empty() => {
            let r = routes[rng.random_range(0..routes.len())];
            let host = if r.prefix.len == 32 {
                0
            } else {
                rng.random::<u32>() >> r.prefix.len
            };
            // The prefix's edges too
            let host = match rng.random_range(0..4) {
                0 => 0,
                1 => u32::MAX >> r.prefix.len.min(31),
                _ => host,
            };
            Ipv4Addr::from(r.prefix.network() | host)
        }
        6 => config.vifs[vif]
            .amazon_address
            .unwrap_or(Ipv4Addr::new(10, 9, 9, 9)),
        7 => Ipv4Addr::new(10, rng.random(), rng.random(), rng.random()),
        _ => Ipv4Addr::from(rng.random::<u32>()),
    }
}

fn random_frame(rng: &mut ChaCha8Rng, config: &Config, direction: Direction) -> Vec<u8> {
    let (vlan, dst) = match direction {
        Direction::ToAws => {
            let vif = rng.random_range(0..config.vifs.len());
            (config.vifs[vif].vlan, destination(rng, config, vif))
        }
        Direction::ToCustomer => {
            let tagged: Vec<usize> = (0..config.targets.len())
                .filter(|&t| config.targets[t].vlan.is_some())
                .collect();
            if tagged.is_empty() {
                (
                    rng.random_range(1..=4094),
                    Ipv4Addr::from(rng.random::<u32>()),
                )
            } else {
                let target = tagged[rng.random_range(0..tagged.len())];
                let vlan = config.targets[target].vlan.unwrap_or(1);
                (vlan, customer_destination(rng, config, target))
            }
        }
    };
    let tci = (rng.random_range(0..8u16) << 13) | (rng.random_range(0..2u16) << 12) | vlan;
    let dst_mac = config.port.mac.0;
    let src_mac = [0x02, 0xc0, 0xff, 0xee, 0, 1];
    let src = Ipv4Addr::new(192, 0, 2, rng.random());
    let ttl = *[0u8, 1, 2, 3, 64, 255]
        .get(rng.random_range(0..6))
        .unwrap_or(&64);
    let payload_len = match rng.random_range(0..10) {
        0 => 0,
        1 => rng.random_range(1400..1520),
        2 => rng.random_range(8400..9100),
        _ => rng.random_range(8..300),
    };
    let options_len = if rng.random_bool(0.2) {
        rng.random_range(1..=40)
    } else {
        0
    };
    let options: Vec<u8> = (0..options_len).map(|_| rng.random()).collect();
    let fill: u8 = rng.random();
    let mut packet = ipv4_packet(
        src,
        dst,
        ttl,
        17,
        &options,
        &udp(5000, 9, payload_len.max(8), fill),
    );
    match rng.random_range(0..30) {
        // Broken IPv4 headers
        0 => packet[10] ^= 0x5a,
        1 => {
            packet[0] = (packet[0] & 0xf0) | rng.random_range(0..5);
            set_checksum(&mut packet);
        }
        2 => {
            packet[0] = 0x60 | (packet[0] & 0x0f);
            set_checksum(&mut packet);
        }
        3 => {
            let tl =
                u16::from_be_bytes([packet[2], packet[3]]).wrapping_add(rng.random_range(1..40));
            packet[2..4].copy_from_slice(&tl.to_be_bytes());
            set_checksum(&mut packet);
        }
        4 => {
            packet[2..4].copy_from_slice(&rng.random_range(0u16..20).to_be_bytes());
            set_checksum(&mut packet);
        }
        5 => packet.truncate(rng.random_range(0..packet.len().min(40))),
        _ => {}
    }
    // Ethernet padding after the IP packet
    if rng.random_bool(0.2) {
        let pad = rng.random_range(1..30);
        packet.extend((0..pad).map(|_| rng.random::<u8>()));
    }
    match rng.random_range(0..40) {
        0 => untagged(dst_mac, src_mac, 0x0800, &packet),
        1 => tagged(dst_mac, src_mac, (tci & 0xf000) | 4000, 0x0800, &packet),
        2 => tagged(dst_mac, src_mac, tci, ARP, &arp_request(src_mac, src, dst)),
        3 => tagged(
            dst_mac,
            src_mac,
            tci,
            0x86dd,
            &ipv6_packet(rng.random_range(0..100)),
        ),
        4 => {
            // 802.1ad outer tag, and a stacked 802.1Q inside
            let mut f = untagged(dst_mac, src_mac, 0x88a8, &[0, 5]);
            f.extend_from_slice(&tagged([0; 6], [0; 6], tci, 0x0800, &packet)[12..]);
            f
        }
        5 => tagged(dst_mac, src_mac, tci, 0x8100, &packet),
        6 => {
            let len = rng.random_range(0..20);
            (0..len).map(|_| rng.random()).collect()
        }
        _ => tagged(dst_mac, src_mac, tci, 0x0800, &packet),
    }
}

/// Verdicts seen, to check that the random traffic reaches every outcome.
fn case(seed: u64, frames: usize, direction: Direction) -> Vec<Verdict> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let config = random_config(&mut rng);
    let traffic: Vec<Vec<u8>> = (0..frames)
        .map(|_| random_frame(&mut rng, &config, direction))
        .collect();
    let (want, want_report) = run(&mut Model::for_direction(&config, direction), &traffic);
    for speed in [Speed::G10, Speed::G100] {
        // The quiet run goes through the stream loop; the same run clocked from Rust one
        // cycle at a time must take exactly as many cycles.
        let mut quiet_cycles = None;
        for stress in [
            Stress::default(),
            Stress {
                per_clock: true,
                ..Stress::default()
            },
            Stress {
                idle: 70,
                backpressure: 90,
                seed,
                per_clock: false,
            },
        ] {
            let what = format!(
                "seed {seed} {direction} {speed} idle {} back-pressure {} per clock {} (rerun: DXEDGE_SEED={seed})",
                stress.idle, stress.backpressure, stress.per_clock
            );
            let mut rtl = RtlEngine::with_stress(&config, direction, speed, None, stress)
                .expect("rtl engine");
            let (got, report) = run(&mut rtl, &traffic);
            assert_eq!(got.len(), want.len(), "{what}: frames out");
            for (i, (g, w)) in got.iter().zip(&want).enumerate() {
                assert_eq!(
                    g.0,
                    w.0,
                    "{what}: verdict of frame {i}\nconfig:\n{}",
                    config.to_toml()
                );
                assert_eq!(g.1, w.1, "{what}: bytes of frame {i} ({:?})", w.0);
            }
            assert_eq!(report.counters, want_report.counters, "{what}: counters");
            if stress.idle == 0 && stress.backpressure == 0 {
                let (c, b) = (report.cycles.unwrap_or(0), report.input_beats.unwrap_or(0));
                assert!(c <= b + 64, "{what}: {c} cycles for {b} input beats");
                let first = *quiet_cycles.get_or_insert((c, b));
                assert_eq!((c, b), first, "{what}: cycles and beats of the quiet runs");
            }
        }
    }
    want.into_iter().map(|(v, _)| v).collect()
}

#[test]
fn random_configs_and_traffic_match_the_model() {
    if !dxedge_sim::require_models() {
        return;
    }
    if let Some(seed) = std::env::var("DXEDGE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        for direction in Direction::ALL {
            case(seed, 400, direction);
        }
        return;
    }
    let soak = std::env::var_os("DXEDGE_SOAK").is_some();
    let (cases, frames) = if soak { (400, 2000) } else { (12, 300) };
    for direction in Direction::ALL {
        let mut seen = std::collections::HashSet::new();
        for seed in 0..cases {
            for v in case(1000 + seed, frames, direction) {
                seen.insert(match v {
                    Verdict::Forward { .. } => "forward".to_string(),
                    Verdict::Punt => "punt".to_string(),
                    Verdict::Drop(r) => r.name().to_string(),
                });
            }
        }
        every_outcome_reached(&seen, direction);
    }
}

fn every_outcome_reached(seen: &std::collections::HashSet<String>, direction: Direction) {
    for outcome in [
        "forward",
        "punt",
        "malformed",
        "unknown_vlan",
        "unsupported_ethertype",
        "bad_ipv4",
        "ttl_expired",
        "mtu_exceeded",
        "no_route",
    ] {
        assert!(
            seen.contains(outcome),
            "the random {direction} traffic never reached {outcome}"
        );
    }
}
