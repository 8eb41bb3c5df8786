//! The model, step by step against the spec, with frames built by hand.

use super::*;
use crate::craft::{
    arp_request, ipv4_packet, ipv6_packet, set_checksum, tagged, udp, untagged, ARP,
};
use crate::engine::Collect;
use crate::packet::{checksum_verifies, fresh_checksum};

const CONFIG: &str = r#"
[port]
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 101
mtu = 9001
amazon_address = "169.254.10.1"

[[vif]]
name = "pub"
kind = "public"
vlan = 200

[[target]]
name = "tagged"
mac = "02:aa:00:00:00:0a"
vlan = 2001

[[target]]
name = "plain"
mac = "02:bb:00:00:00:0b"

[[route]]
vif = "corp"
prefix = "10.0.0.0/8"
target = "plain"

[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "tagged"

[[route]]
vif = "pub"
prefix = "0.0.0.0/0"
target = "plain"
"#;

const TAGGED: usize = 0;
const PLAIN: usize = 1;
const PEER_MAC: [u8; 6] = [0x02, 0xcc, 0, 0, 0, 0x0c];
const PORT_MAC: [u8; 6] = [0x02, 0x00, 0x5e, 0x00, 0x00, 0x01];

fn model() -> Model {
    Model::new(&Config::parse(CONFIG, "model-test.toml").expect("valid config"))
}

fn ip(dst: [u8; 4], ttl: u8, payload_len: usize) -> Vec<u8> {
    ipv4_packet(
        Ipv4Addr::new(192, 0, 2, 7),
        Ipv4Addr::from(dst),
        ttl,
        17,
        &[],
        &udp(4000, 5000, payload_len, 0x5a),
    )
}

/// A tagged IPv4 frame on VID `vid` (PCP 5, DEI 1 so that keeping them shows).
fn frame(vid: u16, dst: [u8; 4], ttl: u8) -> Vec<u8> {
    tagged(PORT_MAC, PEER_MAC, 0xb000 | vid, 0x0800, &ip(dst, ttl, 26))
}

fn verdict(model: &Model, frame: &[u8]) -> Verdict {
    model.decide(frame).verdict
}

fn dropped(reason: DropReason) -> Verdict {
    Verdict::Drop(reason)
}

#[test]
fn step2_short_frames_are_malformed() {
    let m = model();
    assert_eq!(verdict(&m, &[]), dropped(DropReason::Malformed));
    assert_eq!(verdict(&m, &[0u8; 13]), dropped(DropReason::Malformed));
    let good = frame(101, [10, 1, 2, 3], 64);
    assert_eq!(verdict(&m, &good[..17]), dropped(DropReason::Malformed));
    // A tagged frame needs 18 bytes; an untagged one gets past step 2 with 14 and fails
    // step 3 instead.
    assert_eq!(verdict(&m, &good[..14]), dropped(DropReason::Malformed));
    let untagged_14 = untagged(PORT_MAC, PEER_MAC, 0x0800, &[]);
    assert_eq!(verdict(&m, &untagged_14), dropped(DropReason::UnknownVlan));
    // 18 bytes tagged passes step 2; an ARP EtherType then punts, whatever follows.
    let arp_18 = tagged(PORT_MAC, PEER_MAC, 101, ARP, &[]);
    assert_eq!(verdict(&m, &arp_18), Verdict::Punt);
    assert_eq!(m.decide(&arp_18).vif, Some(0));
}

#[test]
fn step3_untagged_other_tpids_and_unknown_vids_are_unknown_vlan() {
    let m = model();
    let ip = ip([10, 1, 2, 3], 64, 26);
    let plain = untagged(PORT_MAC, PEER_MAC, 0x0800, &ip);
    assert_eq!(verdict(&m, &plain), dropped(DropReason::UnknownVlan));
    // 802.1ad S-tag with VID 101 inside: not 0x8100, so unknown_vlan.
    let mut qinq = frame(101, [10, 1, 2, 3], 64);
    qinq[12..14].copy_from_slice(&0x88a8u16.to_be_bytes());
    assert_eq!(verdict(&m, &qinq), dropped(DropReason::UnknownVlan));
    assert_eq!(m.decide(&qinq).vif, None);
    assert_eq!(
        verdict(&m, &frame(102, [10, 1, 2, 3], 64)),
        dropped(DropReason::UnknownVlan)
    );
    // VID 0 (priority tag) and 4095 are no VIF either.
    assert_eq!(
        verdict(&m, &frame(0, [10, 1, 2, 3], 64)),
        dropped(DropReason::UnknownVlan)
    );
    assert_eq!(
        verdict(&m, &frame(4095, [10, 1, 2, 3], 64)),
        dropped(DropReason::UnknownVlan)
    );
    // The VID is the low 12 bits: PCP and DEI do not change it.
    let f = tagged(PORT_MAC, PEER_MAC, 0xf000 | 101, 0x0800, &ip);
    assert_eq!(verdict(&m, &f), Verdict::Forward { target: TAGGED });
}

#[test]
fn step5_arp_punts_other_ethertypes_are_unsupported() {
    let m = model();
    let arp = tagged(
        PORT_MAC,
        PEER_MAC,
        200,
        ARP,
        &arp_request(
            PEER_MAC,
            Ipv4Addr::new(192, 0, 2, 7),
            Ipv4Addr::new(192, 0, 2, 1),
        ),
    );
    assert_eq!(
        m.decide(&arp),
        Decision {
            vif: Some(1),
            verdict: Verdict::Punt
        }
    );
    let v6 = tagged(PORT_MAC, PEER_MAC, 200, 0x86dd, &ipv6_packet(20));
    assert_eq!(
        m.decide(&v6),
        Decision {
            vif: Some(1),
            verdict: dropped(DropReason::UnsupportedEthertype)
        }
    );
    // A second tag inside the first is unsupported, even if it carries IPv4.
    let inner = tagged(PORT_MAC, PEER_MAC, 101, 0x0800, &ip([10, 1, 2, 3], 64, 26));
    let stacked = tagged(PORT_MAC, PEER_MAC, 101, TPID_8021Q, &inner[16..]);
    assert_eq!(
        verdict(&m, &stacked),
        dropped(DropReason::UnsupportedEthertype)
    );
}

#[test]
fn step6_each_ipv4_fault_is_bad_ipv4() {
    let m = model();
    let good = frame(101, [10, 1, 2, 3], 64);
    assert_eq!(verdict(&m, &good), Verdict::Forward { target: TAGGED });
    let bad = |edit: &dyn Fn(&mut Vec<u8>), resum: bool| {
        let mut f = good.clone();
        edit(&mut f);
        if resum {
            set_checksum(&mut f[18..]);
        }
        m.decide(&f)
    };
    let want = Decision {
        vif: Some(0),
        verdict: dropped(DropReason::BadIpv4),
    };
    assert_eq!(bad(&|f| f.truncate(18 + 19), false), want, "L - 18 < 20");
    assert_eq!(bad(&|f| f[18] = 0x65, true), want, "version 6");
    assert_eq!(bad(&|f| f[18] = 0x44, false), want, "IHL 4");
    assert_eq!(
        bad(
            &|f| {
                f[18] = 0x4f;
            },
            true
        ),
        want,
        "IHL*4 = 60 > L - 18 = 46"
    );
    assert_eq!(
        bad(&|f| f[20..22].copy_from_slice(&19u16.to_be_bytes()), true),
        want,
        "total < IHL*4"
    );
    assert_eq!(
        bad(&|f| f[20..22].copy_from_slice(&47u16.to_be_bytes()), true),
        want,
        "total > L - 18"
    );
    assert_eq!(bad(&|f| f[18 + 11] ^= 0x40, false), want, "checksum");
    // Total length = L - 18 exactly is fine, and so is a shorter one with padding after it.
    assert_eq!(
        bad(&|f| f[20..22].copy_from_slice(&46u16.to_be_bytes()), true).verdict,
        Verdict::Forward { target: TAGGED }
    );
    assert_eq!(
        bad(&|f| f[20..22].copy_from_slice(&20u16.to_be_bytes()), true).verdict,
        Verdict::Forward { target: TAGGED }
    );
    // A bad header to the amazon_address is still bad_ipv4: step 6 comes before step 7.
    let mut to_peer = frame(101, [169, 254, 10, 1], 1);
    to_peer[18 + 11] ^= 1;
    assert_eq!(verdict(&m, &to_peer), dropped(DropReason::BadIpv4));
}

#[test]
fn step7_the_amazon_address_punts_before_the_ttl_and_mtu_checks() {
    let m = model();
    assert_eq!(m.amazon_address(0), Some(Ipv4Addr::new(169, 254, 10, 1)));
    for ttl in [0, 1, 255] {
        assert_eq!(
            verdict(&m, &frame(101, [169, 254, 10, 1], ttl)),
            Verdict::Punt
        );
    }
    let big = tagged(
        PORT_MAC,
        PEER_MAC,
        101,
        0x0800,
        &ip([169, 254, 10, 1], 1, 9500),
    );
    assert_eq!(verdict(&m, &big), Verdict::Punt);
    // The address is the VIF's own: on the public VIF it is routed like any other.
    assert_eq!(
        verdict(&m, &frame(200, [169, 254, 10, 1], 64)),
        Verdict::Forward { target: PLAIN }
    );
}

#[test]
fn step8_ttl_of_one_or_zero_expires() {
    let m = model();
    assert_eq!(
        verdict(&m, &frame(101, [10, 1, 2, 3], 1)),
        dropped(DropReason::TtlExpired)
    );
    assert_eq!(
        verdict(&m, &frame(101, [10, 1, 2, 3], 0)),
        dropped(DropReason::TtlExpired)
    );
    assert_eq!(
        verdict(&m, &frame(101, [10, 1, 2, 3], 2)),
        Verdict::Forward { target: TAGGED }
    );
    // TTL comes before MTU and routing.
    assert_eq!(
        verdict(&m, &frame(101, [11, 0, 0, 1], 1)),
        dropped(DropReason::TtlExpired)
    );
}

#[test]
fn step9_total_length_above_the_vif_mtu_is_dropped() {
    let m = model();
    let sized = |vid, total: usize| {
        tagged(
            PORT_MAC,
            PEER_MAC,
            vid,
            0x0800,
            &ip([10, 1, 2, 3], 64, total - 20),
        )
    };
    assert_eq!(
        verdict(&m, &sized(200, 1500)),
        Verdict::Forward { target: PLAIN }
    );
    assert_eq!(
        verdict(&m, &sized(200, 1501)),
        dropped(DropReason::MtuExceeded)
    );
    assert_eq!(
        verdict(&m, &sized(101, 9001)),
        Verdict::Forward { target: TAGGED }
    );
    assert_eq!(
        verdict(&m, &sized(101, 9002)),
        dropped(DropReason::MtuExceeded)
    );
    // The MTU is on the IPv4 total length, not the frame: padding after it does not count.
    let mut padded = sized(200, 1500);
    padded.extend_from_slice(&[0; 100]);
    assert_eq!(verdict(&m, &padded), Verdict::Forward { target: PLAIN });
    // MTU comes before routing.
    let unrouted = tagged(
        PORT_MAC,
        PEER_MAC,
        101,
        0x0800,
        &ip([11, 0, 0, 1], 64, 9000),
    );
    assert_eq!(verdict(&m, &unrouted), dropped(DropReason::MtuExceeded));
}

#[test]
fn step10_longest_prefix_in_the_vif_own_routes() {
    let m = model();
    assert_eq!(
        verdict(&m, &frame(101, [10, 1, 255, 255], 64)),
        Verdict::Forward { target: TAGGED }
    );
    assert_eq!(
        verdict(&m, &frame(101, [10, 2, 0, 0], 64)),
        Verdict::Forward { target: PLAIN }
    );
    assert_eq!(
        verdict(&m, &frame(101, [11, 0, 0, 0], 64)),
        dropped(DropReason::NoRoute)
    );
    // The public VIF's default route is its own: it does not leak to the private VIF.
    assert_eq!(
        verdict(&m, &frame(200, [11, 0, 0, 0], 64)),
        Verdict::Forward { target: PLAIN }
    );
}

#[test]
fn step11_retags_keeping_pcp_and_dei_and_fixes_ttl_and_checksum() {
    let m = model();
    let input = frame(101, [10, 1, 2, 3], 64);
    let mut out = Vec::new();
    m.rewrite(&input, TAGGED, &mut out);
    assert_eq!(out.len(), input.len());
    assert_eq!(out[0..6], [0x02, 0xaa, 0, 0, 0, 0x0a]);
    assert_eq!(out[6..12], PORT_MAC);
    assert_eq!(out[12..14], [0x81, 0x00]);
    assert_eq!(u16::from_be_bytes([out[14], out[15]]), 0xb000 | 2001);
    assert_eq!(out[18 + 8], 63);
    assert!(checksum_verifies(&out[18..38]));
    assert_eq!(
        u16::from_be_bytes([out[28], out[29]]),
        fresh_checksum(&out[18..38])
    );
    // Every other byte is the input's.
    for i in (16..input.len()).filter(|&i| i != 26 && i != 28 && i != 29) {
        assert_eq!(out[i], input[i], "byte {i}");
    }
}

#[test]
fn step11_untags_for_a_target_without_vlan_and_keeps_options_payload_and_padding() {
    let m = model();
    let options = [0x94, 0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x00];
    let ip = ipv4_packet(
        Ipv4Addr::new(192, 0, 2, 7),
        Ipv4Addr::new(10, 2, 0, 1),
        2,
        6,
        &options,
        &[0xee; 5],
    );
    let mut input = tagged(PORT_MAC, PEER_MAC, 101, 0x0800, &ip);
    input.extend_from_slice(&[0xa5; 9]); // Ethernet padding after the IP packet
    assert_eq!(verdict(&m, &input), Verdict::Forward { target: PLAIN });
    let mut out = Vec::new();
    m.rewrite(&input, PLAIN, &mut out);
    assert_eq!(out.len(), input.len() - 4);
    assert_eq!(out[0..6], [0x02, 0xbb, 0, 0, 0, 0x0b]);
    assert_eq!(out[6..12], PORT_MAC);
    assert_eq!(out[12..14], [0x08, 0x00]);
    assert_eq!(out[14 + 8], 1);
    assert!(checksum_verifies(&out[14..14 + 28]));
    assert_eq!(out[14 + 20..14 + 28], options);
    assert_eq!(out[14 + 28..], input[18 + 28..]);
}

#[test]
fn as_an_engine_it_completes_each_frame_at_once_and_counts_per_the_spec() {
    let mut m = model();
    let mut sink = Collect(Vec::new());
    let frames = [
        frame(101, [10, 1, 2, 3], 64),    // forward tagged
        frame(101, [10, 9, 9, 9], 64),    // forward plain (untagged: 4 bytes shorter)
        frame(101, [169, 254, 10, 1], 1), // punt
        frame(101, [11, 0, 0, 1], 64),    // no_route
        frame(200, [1, 1, 1, 1], 1),      // ttl_expired
        frame(300, [1, 1, 1, 1], 64),     // unknown_vlan: no VIF
        vec![0u8; 5],                     // malformed
    ];
    for (i, f) in frames.iter().enumerate() {
        m.submit(f, &mut sink).expect("sink accepts");
        assert_eq!(sink.0.len(), i + 1, "completed at once");
    }
    let report = m.finish(&mut sink).expect("finish");
    assert_eq!((report.cycles, report.input_beats), (None, None));
    let c = report.counters;
    let len = frames[0].len() as u64;
    assert_eq!(c.vifs[0].rx_packets, 4);
    assert_eq!(c.vifs[0].rx_bytes, 4 * len);
    assert_eq!(
        (
            c.vifs[0].forwarded_packets,
            c.vifs[0].punted_packets,
            c.vifs[0].dropped_packets
        ),
        (2, 1, 1)
    );
    assert_eq!((c.vifs[1].rx_packets, c.vifs[1].dropped_packets), (1, 1));
    assert_eq!(
        (c.targets[TAGGED].tx_packets, c.targets[TAGGED].tx_bytes),
        (1, len)
    );
    assert_eq!(
        (c.targets[PLAIN].tx_packets, c.targets[PLAIN].tx_bytes),
        (1, len - 4)
    );
    assert_eq!(c.punted_packets, 1);
    let drop_count = |r| c.drop_count(r).unwrap_or(u64::MAX);
    assert_eq!(drop_count(DropReason::NoRoute), 1);
    assert_eq!(drop_count(DropReason::TtlExpired), 1);
    assert_eq!(drop_count(DropReason::UnknownVlan), 1);
    assert_eq!(drop_count(DropReason::Malformed), 1);
    // Punted and dropped frames leave unchanged.
    assert_eq!(sink.0[2].1, frames[2]);
    assert_eq!(sink.0[6].1, frames[6]);
}
