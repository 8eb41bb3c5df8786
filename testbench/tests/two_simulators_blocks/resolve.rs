//! The resolve stage: LPM results against the target table, forward, drop and punt events.

use dxedge_hdl::classify::Classified;
use dxedge_hdl::resolve::Resolve;
use dxedge_host::regmap::{target_entry, CAPACITY};
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

use crate::harness::*;

duts!(Resolve);

fn drive_resolve(u: &mut Resolve, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.in_valid.next = s.bit("in_valid");
    u.in_payload.next = classified(s.bits("in_payload"));
    u.in_hit.next = s.bit("in_hit");
    u.in_target.next = s.bits::<10>("in_target");
    u.port_mac0.next = s.bits::<48>("port_mac0");
    u.port_mac1.next = s.bits::<48>("port_mac1");
    u.target_we.next = s.bit("target_we");
    u.target_waddr.next = s.bits::<11>("target_waddr");
    u.target_wdata.next = s.bits::<64>("target_wdata");
    u.target_wmtu.next = s.bits::<16>("target_wmtu");
}

/// A few targets written into both banks first (retagging and stripping ones), then LPM
/// results for them every other clock, with the classification's every outcome and frame
/// lengths down to 0 (the strip's 4 bytes less), and a target rewritten now and then.
fn resolve(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, Resolve::new(), drive_resolve, seed);
    let targets: Vec<u64> = (0..8)
        .map(|_| rng.random_range(0..CAPACITY.targets as u64))
        .collect();
    let mut macs = [rng.random::<u64>(), rng.random::<u64>()];
    let mut events = [0u64; 3];
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.003));
        let fill = t.clock < 2 * targets.len() as u64;
        let write = fill || chance(&mut rng, 0.03);
        s.set_bool("target_we", write);
        let target = if fill {
            targets[t.clock as usize / 2]
        } else if chance(&mut rng, 0.9) {
            pick(&mut rng, &targets)
        } else {
            rng.random_range(0..1024)
        };
        let bank = if fill {
            t.clock & 1
        } else {
            rng.random_range(0..2)
        };
        s.set("target_waddr", bank << 10 | target);
        let entry = target_entry::MAC.place(rng.random())
            | target_entry::VLAN.place(rng.random_range(0..4096))
            | target_entry::VLAN_VALID.place(chance(&mut rng, 0.5) as u64);
        // The egress MTU (bits 79..64): no limit, or one that frames cross both ways.
        let mtu = if chance(&mut rng, 0.5) {
            0xffff
        } else {
            rng.random_range(0..2100u32)
        };
        s.set("target_wdata", entry);
        s.set("target_wmtu", u64::from(mtu));
        if chance(&mut rng, 0.01) {
            macs[rng.random_range(0..2)] = rng.random();
        }
        s.set("port_mac0", macs[0]);
        s.set("port_mac1", macs[1]);
        s.set_bool("in_valid", chance(&mut rng, 0.5));
        let payload = Classified {
            len: (if chance(&mut rng, 0.05) {
                rng.random_range(0..4u64)
            } else {
                rng.random_range(14..2000)
            })
            .to_bits(),
            vif: rng.random_range(0..256u64).to_bits(),
            vif_found: chance(&mut rng, 0.8),
            kind: rng.random_range(0..4u64).to_bits(),
            reason: rng.random_range(0..8u64).to_bits(),
            need_lpm: chance(&mut rng, 0.6),
            banks: rng.random_range(0..16u64).to_bits(),
            total_len: rng.random_range(0..2100u64).to_bits(),
        };
        s.set_words("in_payload", &classified_words(payload));
        s.set_bool("in_hit", chance(&mut rng, 0.7));
        let target = if chance(&mut rng, 0.85) {
            pick(&mut rng, &targets)
        } else {
            rng.random_range(0..1024)
        };
        s.set("in_target", target);
        t.cycle();
        events[0] += t.out("target_event");
        events[1] += t.out("drop_event");
        events[2] += t.out("punt_event");
    }
    assert!(
        events.iter().all(|&n| n > 50),
        "{block}: forward, drop and punt events {events:?} (seed {seed})"
    );
}

#[test]
fn resolve_standalone() {
    run("resolve", 401, resolve);
}
