//! The classifier: header records against the VID table, every drop reason and punt.

use std::collections::BTreeSet;

use dxedge_hdl::classify::Classify;
use dxedge_hdl::codes::{kind, reason};
use dxedge_host::regmap::vid_entry;
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::common::to_bits;
use crate::harness::*;

duts!(Classify);

fn drive_classify(u: &mut Classify, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.rec_valid.next = s.bit("rec_valid");
    u.rec_len.next = s.bits::<24>("rec_len");
    u.rec_outer_type.next = s.bits::<16>("rec_outer_type");
    u.rec_tci.next = s.bits::<16>("rec_tci");
    u.rec_inner_type.next = s.bits::<16>("rec_inner_type");
    u.rec_version_ihl.next = s.bits::<8>("rec_version_ihl");
    u.rec_total_length.next = s.bits::<16>("rec_total_length");
    u.rec_ttl.next = s.bits::<8>("rec_ttl");
    u.rec_destination.next = s.bits::<32>("rec_destination");
    u.rec_checksum.next = s.bits::<16>("rec_checksum");
    u.rec_banks.next = s.bits::<4>("rec_banks");
    u.vid_we.next = s.bit("vid_we");
    u.vid_waddr.next = s.bits::<13>("vid_waddr");
    u.vid_wdata.next = s.bits::<64>("vid_wdata");
}

/// Header records of frames on a few VLANs whose VID entries are written (both banks) before
/// and between them; fields in the lanes the header parse delivers them in (first byte
/// lowest), mostly those of a valid tagged IPv4 frame, each check failing now and then.
fn classify(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, Classify::new(), drive_classify, seed);
    let vids = random_vids(&mut rng);
    let peers: Vec<u32> = (0..4).map(|_| rng.random()).collect();
    let mut banks = 0u64;
    let mut outcomes = BTreeSet::new();
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.003));
        // VID table: every VLAN in both banks first, then a write now and then
        let fill = t.clock < 2 * vids.len() as u64;
        let write = fill || chance(&mut rng, 0.03);
        s.set_bool("vid_we", write);
        let vid = if fill {
            vids[t.clock as usize / 2] as u64
        } else if chance(&mut rng, 0.9) {
            pick(&mut rng, &vids) as u64
        } else {
            rng.random_range(0..4096)
        };
        let bank = if fill {
            t.clock & 1
        } else {
            rng.random_range(0..2)
        };
        s.set("vid_waddr", bank << 12 | vid);
        let entry = vid_entry::VALID.place(chance(&mut rng, 0.85) as u64)
            | vid_entry::AMAZON_VALID.place(chance(&mut rng, 0.5) as u64)
            | vid_entry::AMAZON_ADDRESS.place(pick(&mut rng, &peers) as u64)
            | vid_entry::VIF.place(rng.random_range(0..256))
            | vid_entry::MTU.place(pick(&mut rng, &[0, 68, 576, 1500, 9000, 0xffff]));
        s.set(
            "vid_wdata",
            if write || chance(&mut rng, 0.5) {
                entry
            } else {
                rng.random()
            },
        );
        // Active banks change now and then (a commit)
        if chance(&mut rng, 0.01) {
            banks ^= 1 << rng.random_range(0..4);
        }
        s.set("rec_banks", banks);
        // A record every few clocks, as frames arrive
        let valid = chance(&mut rng, 0.35);
        s.set_bool("rec_valid", valid);
        if valid || chance(&mut rng, 0.5) {
            let len: u64 = match rng.random_range(0..20) {
                0 => rng.random_range(0..14),
                1 => rng.random_range(14..18),
                2 => rng.random_range(18..38),
                _ => rng.random_range(38..1600),
            };
            s.set("rec_len", len);
            let other: u16 = rng.random();
            let outer: u16 = if chance(&mut rng, 0.85) {
                0x8100
            } else {
                pick(&mut rng, &[0x0800, 0x88a8, other])
            };
            s.set("rec_outer_type", outer.swap_bytes() as u64);
            let vid = if chance(&mut rng, 0.9) {
                pick(&mut rng, &vids)
            } else {
                rng.random_range(0..4096)
            };
            let tci = (rng.random_range(0..16u16) << 12) | vid;
            s.set("rec_tci", tci.swap_bytes() as u64);
            let inner: u16 = match rng.random_range(0..20) {
                0..15 => 0x0800,
                15..17 => 0x0806,
                17 => 0x86dd,
                _ => rng.random(),
            };
            s.set("rec_inner_type", inner.swap_bytes() as u64);
            let ihl = if chance(&mut rng, 0.7) {
                5
            } else {
                rng.random_range(0..16)
            };
            let version = if chance(&mut rng, 0.9) {
                4
            } else {
                rng.random_range(0..16)
            };
            s.set("rec_version_ihl", version << 4 | ihl);
            let total: u16 = match rng.random_range(0..10) {
                0 => rng.random(),
                1 => (4 * ihl as u16).wrapping_sub(rng.random_range(0..4)),
                _ => (len.saturating_sub(18) as u16).wrapping_sub(rng.random_range(0..3)),
            };
            s.set("rec_total_length", total.swap_bytes() as u64);
            s.set("rec_ttl", pick(&mut rng, &[0, 1, 2, 3, 64, 255]));
            let dst: u32 = if chance(&mut rng, 0.3) {
                pick(&mut rng, &peers)
            } else {
                rng.random()
            };
            s.set("rec_destination", dst.swap_bytes() as u64);
            s.set(
                "rec_checksum",
                if chance(&mut rng, 0.85) {
                    0xffff
                } else {
                    rng.random_range(0..0x10000)
                },
            );
        } else {
            for port in [
                "rec_len",
                "rec_outer_type",
                "rec_tci",
                "rec_inner_type",
                "rec_version_ihl",
                "rec_total_length",
                "rec_ttl",
                "rec_destination",
                "rec_checksum",
            ] {
                s.randomize(port, &mut rng);
            }
        }
        t.cycle();
        if t.out("out_valid") != 0 {
            let c = classified(to_bits(t.out_words("out")));
            outcomes.insert((c.need_lpm, c.kind.to_u64(), c.reason.to_u64()));
        }
    }
    // Step 10 reached, punts (ARP, the peer) and every drop reason of steps 2 to 9
    let mut want = BTreeSet::from([(true, kind::DROP, 0), (false, kind::PUNT, 0)]);
    for r in [
        reason::MALFORMED,
        reason::UNKNOWN_VLAN,
        reason::UNSUPPORTED_ETHERTYPE,
        reason::BAD_IPV4,
        reason::TTL_EXPIRED,
        reason::MTU_EXCEEDED,
    ] {
        want.insert((false, kind::DROP, r));
    }
    let missing: Vec<_> = want.difference(&outcomes).collect();
    assert!(
        missing.is_empty(),
        "{block}: no record reached the outcomes (need_lpm, kind, reason) {missing:?} (seed {seed})"
    );
}

#[test]
fn classify_standalone() {
    run("classify", 201, classify);
}
