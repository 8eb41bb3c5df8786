//! The RTL at its limits: 16,384 routes over 64 VIFs, and a frame every clock at 100G all
//! counted by the same counters.

use std::net::Ipv4Addr;

use dxedge_host::config::{Config, Ipv4Prefix, MacAddr, Port, Route, Speed, Target, Vif, VifKind};
use dxedge_host::verdict::Verdict;
use dxedge_testbench::craft::{ipv4_packet, tagged, udp};
use dxedge_testbench::engine::{run_all, Engine, EngineReport};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::RtlEngine;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn run(engine: &mut dyn Engine, frames: &[Vec<u8>]) -> (Vec<(Verdict, Vec<u8>)>, EngineReport) {
    run_all(engine, frames).expect("the engine runs every frame")
}

fn vif(i: usize) -> Vif {
    Vif {
        name: format!("vif-{i}"),
        kind: VifKind::Private,
        vlan: 100 + i as u16,
        mtu: 9001,
        amazon_address: None,
        ..Default::default()
    }
}

fn frame(vlan: u16, dst: Ipv4Addr, size: usize) -> Vec<u8> {
    let packet = ipv4_packet(
        Ipv4Addr::new(192, 0, 2, 1),
        dst,
        64,
        17,
        &[],
        &udp(5000, 9, size.saturating_sub(18 + 20).max(8), 0x5a),
    );
    tagged(
        [0x02, 0, 0x5e, 0, 0, 1],
        [0x02, 0xc0, 0xff, 0xee, 0, 1],
        vlan,
        0x0800,
        &packet,
    )
}

#[test]
fn sixteen_thousand_routes_over_sixty_four_vifs() {
    if !dxedge_sim::require_models() {
        return;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(16384);
    let targets: Vec<Target> = (0..32)
        .map(|i| Target {
            name: format!("t{i}"),
            mac: MacAddr([0x02, 0xaa, 0, 0, 0, i as u8]),
            vlan: (i % 2 == 0).then_some(2000 + i as u16),
            ..Default::default()
        })
        .collect();
    let mut routes = vec![];
    let mut seen = std::collections::HashSet::new();
    while routes.len() < 16_384 {
        let v = rng.random_range(0..64usize);
        let len = rng.random_range(8..=32u8);
        let addr = rng.random::<u32>() & (u32::MAX << (32 - u32::from(len)));
        if !seen.insert((v, addr, len)) {
            continue;
        }
        routes.push(Route {
            vif: v,
            prefix: Ipv4Prefix::new(Ipv4Addr::from(addr), len).expect("prefix"),
            target: rng.random_range(0..targets.len()),
        });
    }
    let config = Config {
        port: Port {
            speed: Speed::G100,
            mac: MacAddr([0x02, 0, 0x5e, 0, 0, 1]),
        },
        vifs: (0..64).map(vif).collect(),
        targets,
        routes: routes.clone(),
        customer_routes: vec![],
    };
    // Half the frames into a route (often at its edges), half anywhere
    let frames: Vec<Vec<u8>> = (0..3000)
        .map(|i| {
            let r = &routes[rng.random_range(0..routes.len())];
            let dst = if i % 2 == 0 {
                let span = if r.prefix.len == 32 {
                    0
                } else {
                    u32::MAX >> r.prefix.len
                };
                match i % 6 {
                    0 => r.prefix.network(),
                    2 => r.prefix.network() | span,
                    _ => r.prefix.network() | (rng.random::<u32>() & span),
                }
            } else {
                rng.random()
            };
            frame(100 + r.vif as u16, Ipv4Addr::from(dst), 64)
        })
        .collect();
    let (want, want_report) = run(&mut Model::new(&config), &frames);
    let forwarded = want
        .iter()
        .filter(|(v, _)| matches!(v, Verdict::Forward { .. }))
        .count();
    assert!(
        forwarded > 1000,
        "the test must mostly hit routes ({forwarded})"
    );
    let mut rtl = RtlEngine::new(
        &config,
        dxedge_host::direction::Direction::ToAws,
        Speed::G100,
        None,
    )
    .expect("16k routes fit");
    let (got, report) = run(&mut rtl, &frames);
    assert_eq!(got, want);
    assert_eq!(report.counters, want_report.counters);
}

#[test]
fn a_frame_every_clock_to_one_vif_loses_no_count() {
    if !dxedge_sim::require_models() {
        return;
    }
    let config = Config {
        port: Port {
            speed: Speed::G100,
            mac: MacAddr([0x02, 0, 0x5e, 0, 0, 1]),
        },
        vifs: vec![vif(0)],
        targets: vec![Target {
            name: "only".into(),
            mac: MacAddr([0x02, 0xaa, 0, 0, 0, 1]),
            vlan: None,
            ..Default::default()
        }],
        routes: vec![Route {
            vif: 0,
            prefix: "0.0.0.0/0".parse().expect("prefix"),
            target: 0,
        }],
        customer_routes: vec![],
    };
    let n = 5000;
    let frames: Vec<Vec<u8>> = (0..n)
        .map(|i| frame(100, Ipv4Addr::from(i as u32), 64))
        .collect();
    let mut rtl = RtlEngine::new(
        &config,
        dxedge_host::direction::Direction::ToAws,
        Speed::G100,
        None,
    )
    .expect("rtl");
    let (got, report) = run(&mut rtl, &frames);
    assert_eq!(got.len(), n);
    let c = &report.counters;
    assert_eq!(c.ingress[0].rx_packets, n as u64);
    assert_eq!(c.ingress[0].rx_bytes, 64 * n as u64);
    assert_eq!(c.ingress[0].forwarded_packets, n as u64);
    assert_eq!(c.egress[0].tx_packets, n as u64);
    assert_eq!(
        c.egress[0].tx_bytes,
        60 * n as u64,
        "stripped: 4 bytes less each"
    );
    // One 64-byte frame a clock: the whole run in n clocks and the pipeline's latency
    let cycles = report.cycles.expect("cycles");
    assert_eq!(report.input_beats, Some(n as u64));
    assert!(
        cycles <= n as u64 + 64,
        "{cycles} cycles for {n} one-beat frames"
    );
}
