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
    assert_eq!(c.ingress[0].rx_packets, 4);
    assert_eq!(c.ingress[0].rx_bytes, 4 * len);
    assert_eq!(
        (
            c.ingress[0].forwarded_packets,
            c.ingress[0].punted_packets,
            c.ingress[0].dropped_packets
        ),
        (2, 1, 1)
    );
    assert_eq!(
        (c.ingress[1].rx_packets, c.ingress[1].dropped_packets),
        (1, 1)
    );
    assert_eq!(
        (c.egress[TAGGED].tx_packets, c.egress[TAGGED].tx_bytes),
        (1, len)
    );
    assert_eq!(
        (c.egress[PLAIN].tx_packets, c.egress[PLAIN].tx_bytes),
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

// ---------------------------------------------------------------------------------------
// To the customer: the contract's v2 processing order, step by step.

/// Two VIFs associated with target `vpc` (both have a v1 route to it), one with `tgw`.
const TWO_WAY: &str = r#"
[port]
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 101
mtu = 9001
customer_mac = "02:cc:00:00:00:01"

[[vif]]
name = "backup"
kind = "transit"
vlan = 102
mtu = 1500
customer_mac = "02:cc:00:00:00:02"

[[vif]]
name = "pub"
kind = "public"
vlan = 50
customer_mac = "02:cc:00:00:00:03"

[[target]]
name = "vpc"
mac = "02:aa:00:00:00:0a"
vlan = 2001
address = "10.1.255.254/16"

[[target]]
name = "tgw"
mac = "02:aa:00:00:00:0b"
vlan = 3001

[[target]]
name = "untagged"
mac = "02:aa:00:00:00:0c"

[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "vpc"

[[route]]
vif = "backup"
prefix = "10.1.0.0/16"
target = "vpc"

[[route]]
vif = "pub"
prefix = "0.0.0.0/0"
target = "tgw"

[[customer_route]]
vif = "corp"
prefix = "192.168.0.0/16"
preference = "low"

[[customer_route]]
vif = "backup"
prefix = "192.168.0.0/16"
preference = "high"

[[customer_route]]
vif = "corp"
prefix = "192.168.7.0/24"
preference = "low"

[[customer_route]]
vif = "corp"
prefix = "172.16.0.0/12"

[[customer_route]]
vif = "backup"
prefix = "172.16.0.0/12"

[[customer_route]]
vif = "pub"
prefix = "198.51.100.0/24"
"#;

const CORP: usize = 0;
const BACKUP: usize = 1;

fn to_customer() -> Model {
    let config = Config::parse(TWO_WAY, "two-way.toml").expect("valid config");
    Model::for_direction(&config, Direction::ToCustomer)
}

fn from_target(vid: u16, dst: [u8; 4], ttl: u8, payload: usize) -> Vec<u8> {
    tagged(
        PORT_MAC,
        PEER_MAC,
        0xb000 | vid,
        0x0800,
        &ip(dst, ttl, payload),
    )
}

#[test]
fn to_customer_steps_2_to_6_are_the_v1_checks_on_the_targets_vlans() {
    let m = to_customer();
    assert_eq!(verdict(&m, &[0u8; 13]), dropped(DropReason::Malformed));
    // A VIF's VLAN is not a target's: unknown_vlan, as are untagged frames.
    assert_eq!(
        verdict(&m, &from_target(101, [192, 168, 1, 1], 64, 26)),
        dropped(DropReason::UnknownVlan)
    );
    let plain = untagged(PORT_MAC, PEER_MAC, 0x0800, &ip([192, 168, 1, 1], 64, 26));
    assert_eq!(verdict(&m, &plain), dropped(DropReason::UnknownVlan));
    let v6 = tagged(PORT_MAC, PEER_MAC, 2001, 0x86dd, &ipv6_packet(40));
    assert_eq!(verdict(&m, &v6), dropped(DropReason::UnsupportedEthertype));
    let mut bad = from_target(2001, [192, 168, 1, 1], 64, 26);
    bad[18 + 10] ^= 1;
    assert_eq!(verdict(&m, &bad), dropped(DropReason::BadIpv4));
    let arp = tagged(
        [0xff; 6],
        PEER_MAC,
        2001,
        ARP,
        &arp_request(
            PEER_MAC,
            Ipv4Addr::new(10, 1, 0, 9),
            Ipv4Addr::new(10, 1, 255, 254),
        ),
    );
    assert_eq!(verdict(&m, &arp), Verdict::Punt);
    assert_eq!(m.decide(&arp).vif, Some(0), "counted on target vpc");
}

#[test]
fn to_customer_step7_the_target_address_punts_before_the_ttl_check() {
    let m = to_customer();
    assert_eq!(
        verdict(&m, &from_target(2001, [10, 1, 255, 254], 1, 26)),
        Verdict::Punt
    );
    assert_eq!(
        verdict(&m, &from_target(2001, [192, 168, 1, 1], 1, 26)),
        dropped(DropReason::TtlExpired)
    );
}

#[test]
fn to_customer_step9_longest_prefix_then_preference_then_lower_vlan() {
    let m = to_customer();
    let fwd = |vif| Verdict::Forward { target: vif };
    // 192.168/16 on both VIFs: backup's high preference beats corp's low.
    assert_eq!(
        verdict(&m, &from_target(2001, [192, 168, 1, 1], 64, 26)),
        fwd(BACKUP)
    );
    // 192.168.7/24 only on corp, at low preference: the longer prefix wins first.
    assert_eq!(
        verdict(&m, &from_target(2001, [192, 168, 7, 1], 64, 26)),
        fwd(CORP)
    );
    // 172.16/12 on both at medium: the lower VLAN (corp, 101) wins.
    assert_eq!(
        verdict(&m, &from_target(2001, [172, 20, 0, 1], 64, 26)),
        fwd(CORP)
    );
    // pub's route is not reachable from vpc (pub has no route to vpc) ...
    assert_eq!(
        verdict(&m, &from_target(2001, [198, 51, 100, 1], 64, 26)),
        dropped(DropReason::NoRoute)
    );
    // ... but is from tgw, which reaches nothing else.
    assert_eq!(
        verdict(&m, &from_target(3001, [198, 51, 100, 1], 64, 26)),
        fwd(2)
    );
    assert_eq!(
        verdict(&m, &from_target(3001, [192, 168, 1, 1], 64, 26)),
        dropped(DropReason::NoRoute)
    );
}

#[test]
fn to_customer_step10_the_selected_vifs_mtu_after_the_route() {
    let m = to_customer();
    // 1501 bytes of IPv4 (20 of header, the rest UDP): over backup's MTU (selected for 192.168.1.1) ...
    let big = |dst| from_target(2001, dst, 64, 1501 - 20);
    assert_eq!(
        verdict(&m, &big([192, 168, 1, 1])),
        dropped(DropReason::MtuExceeded)
    );
    // ... within corp's 9001 (selected for 192.168.7.1).
    assert_eq!(
        verdict(&m, &big([192, 168, 7, 1])),
        Verdict::Forward { target: CORP }
    );
    // no_route comes before the MTU: an unrouted jumbo frame is no_route.
    assert_eq!(
        verdict(&m, &big([8, 8, 8, 8])),
        dropped(DropReason::NoRoute)
    );
}

#[test]
fn to_customer_step11_keeps_the_tag_with_the_vif_vlan_and_counts_per_target_and_vif() {
    let mut m = to_customer();
    let input = from_target(2001, [192, 168, 7, 1], 64, 26);
    let mut out = Vec::new();
    m.rewrite(&input, CORP, &mut out);
    assert_eq!(out.len(), input.len());
    assert_eq!(out[0..6], [0x02, 0xcc, 0, 0, 0, 0x01], "customer_mac");
    assert_eq!(out[6..12], PORT_MAC);
    assert_eq!(u16::from_be_bytes([out[14], out[15]]), 0xb000 | 101);
    assert_eq!(out[18 + 8], 63);
    assert!(checksum_verifies(&out[18..38]));

    let mut sink = Collect::default();
    m.submit(&input, &mut sink).expect("submit");
    m.submit(&from_target(3001, [192, 168, 1, 1], 64, 26), &mut sink)
        .expect("submit");
    let c = m.counters();
    assert_eq!(c.ingress.len(), 3, "a row per target");
    assert_eq!(c.egress.len(), 3, "a row per VIF");
    assert_eq!(
        (c.ingress[0].rx_packets, c.ingress[0].forwarded_packets),
        (1, 1)
    );
    assert_eq!(
        (c.ingress[1].rx_packets, c.ingress[1].dropped_packets),
        (1, 1)
    );
    assert_eq!(c.egress[CORP].tx_packets, 1);
    assert_eq!(c.egress[CORP].tx_bytes, input.len() as u64);
    assert_eq!(sink.0[0].1, out);
}

/// The examples docs/behaviour.md gives on the bundled demo, held to the model.
#[test]
fn the_documented_examples_on_the_demo_hold() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/demo/appliance.toml");
    let config = Config::load(std::path::Path::new(path)).expect("the demo config");
    let to_aws = Model::new(&config);
    let to_customer = Model::for_direction(&config, Direction::ToCustomer);
    let target = |name: &str| config.target_by_name(name).expect("target");
    let vif = |name: &str| config.vif_by_name(name).expect("vif");
    let fwd = |t| Verdict::Forward { target: t };
    assert_eq!(
        verdict(&to_aws, &frame(101, [10, 1, 2, 3], 64)),
        fwd(target("vpc-a"))
    );
    assert_eq!(
        verdict(&to_aws, &frame(101, [10, 1, 200, 7], 64)),
        fwd(target("vpc-a"))
    );
    assert_eq!(
        verdict(&to_aws, &frame(101, [10, 1, 129, 1], 64)),
        fwd(target("vpc-b"))
    );
    let back = |vid, dst| verdict(&to_customer, &frame(vid, dst, 64));
    assert_eq!(back(2001, [192, 168, 1, 1]), fwd(vif("corp-private")));
    assert_eq!(back(2001, [192, 168, 50, 1]), fwd(vif("transit-gw")));
    assert_eq!(back(2001, [172, 20, 0, 1]), fwd(vif("corp-private")));
    assert_eq!(back(3001, [192, 168, 1, 1]), fwd(vif("transit-gw")));
    assert_eq!(back(3001, [203, 0, 113, 1]), dropped(DropReason::NoRoute));
    assert_eq!(back(2001, [203, 0, 113, 1]), fwd(vif("corp-public")));
}
