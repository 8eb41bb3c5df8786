//! The LPM search on the reduced tree of `BLOCK_LPM_LEVELS` levels.

use dxedge_hdl::lpm::LpmSearch;
use dxedge_hdl::verilog::BLOCK_LPM_LEVELS;
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::harness::*;

duts!(LpmSearch);

fn drive_lpm(u: &mut LpmSearch, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.in_valid.next = s.bit("in_valid");
    u.in_key.next = s.bits::<40>("in_key");
    u.in_payload.next = classified(s.bits("in_payload"));
    u.in_bank.next = s.bit("in_bank");
    u.w_bank.next = s.bit("w_bank");
    u.node_we.next = s.bit("node_we");
    u.node_level.next = s.bits::<4>("node_level");
    u.node_index.next = s.bits::<16>("node_index");
    u.node_data.next = s.bits::<41>("node_data");
    u.leaf_we.next = s.bit("leaf_we");
    u.leaf_index.next = s.bits::<16>("leaf_index");
    u.leaf_data.next = s.bits::<11>("leaf_data");
}

/// The reduced tree (`BLOCK_LPM_LEVELS` levels with memory): node and leaf writes into
/// either bank, mostly inside the tree, with keys from a small set so that lookups of those
/// keys (and their neighbours) go both ways at every level; lookups every other clock once
/// the tables have something in them, in the bank the writes are not going to.
fn lpm(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let levels = BLOCK_LPM_LEVELS as u64;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        LpmSearch::new(BLOCK_LPM_LEVELS),
        drive_lpm,
        seed,
    );
    let keys: Vec<u64> = (0..12)
        .map(|_| (rng.random_range(0..4u64) << 32) | rng.random::<u32>() as u64)
        .collect();
    let mut w_bank = false;
    let mut hits = 0;
    while t.clock < *CLOCKS {
        let filling = t.clock < 300;
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        if chance(&mut rng, 0.005) {
            w_bank = !w_bank; // a commit
        }
        s.set_bool("w_bank", w_bank);
        let key_near = |rng: &mut ChaCha8Rng| {
            let k = pick(rng, &keys);
            match rng.random_range(0..6) {
                0 => k.wrapping_sub(1) & 0xff_ffff_ffff,
                1 => (k + 1) & 0xff_ffff_ffff,
                2 => rng.random::<u64>() & 0xff_ffff_ffff,
                _ => k,
            }
        };
        s.set_bool(
            "node_we",
            chance(&mut rng, if filling { 0.6 } else { 0.05 }),
        );
        let level = if chance(&mut rng, 0.9) {
            rng.random_range(0..levels)
        } else {
            rng.random_range(0..16)
        };
        s.set("node_level", level);
        let node = if chance(&mut rng, 0.9) {
            rng.random_range(0..1u64 << level)
        } else {
            rng.random_range(0..0x10000)
        };
        s.set("node_index", node);
        let real = if chance(&mut rng, 0.9) { 1u64 << 40 } else { 0 };
        s.set("node_data", real | key_near(&mut rng));
        s.set_bool(
            "leaf_we",
            chance(&mut rng, if filling { 0.5 } else { 0.05 }),
        );
        let leaf = if chance(&mut rng, 0.9) {
            rng.random_range(0..1u64 << levels)
        } else {
            rng.random_range(0..0x10000)
        };
        s.set("leaf_index", leaf);
        s.randomize("leaf_data", &mut rng);
        // Lookups
        s.set_bool(
            "in_valid",
            chance(&mut rng, if filling { 0.2 } else { 0.6 }),
        );
        s.set("in_key", key_near(&mut rng));
        s.randomize("in_payload", &mut rng);
        s.set_bool(
            "in_bank",
            if chance(&mut rng, 0.8) {
                !w_bank
            } else {
                chance(&mut rng, 0.5)
            },
        );
        t.cycle();
        hits += t.out("out_valid") & t.out("out_hit");
    }
    assert!(
        hits > 100,
        "{block}: only {hits} lookups hit a valid leaf (seed {seed})"
    );
}

#[test]
fn lpm_4levels() {
    run("lpm_4levels", 301, lpm);
}
