//! What the tests of the LPM compiler share: the reference at a key, the boundaries found
//! without the sweep, exactness and invariant checks, route generators.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use proptest::prelude::*;
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::regmap::{Capacity, CAPACITY};

pub(super) fn route(vif: u32, addr: [u8; 4], len: u8, target: u32) -> LpmRoute {
    LpmRoute {
        vif,
        network: u32::from_be_bytes(addr),
        len,
        target,
    }
}

pub(super) fn cap(levels: u32) -> Capacity {
    Capacity {
        lpm_levels: levels,
        ..CAPACITY
    }
}

pub(super) fn reference_at(routes: &[LpmRoute], key: u64) -> Option<u32> {
    lookup_reference(routes, (key >> 32) as u32, key as u32)
}

/// The boundaries found without the sweep: a key is one when the reference answers
/// differently one key below (no route below key 0). Only route edges can be.
pub(super) fn oracle_boundaries(routes: &[LpmRoute]) -> Vec<u64> {
    let mut candidates: Vec<u64> = routes
        .iter()
        .flat_map(|r| [r.first_key(), r.end_key()])
        .filter(|&k| k < KEY_SPACE)
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .filter(|&k| {
            let below = k.checked_sub(1).and_then(|b| reference_at(routes, b));
            reference_at(routes, k) != below
        })
        .collect()
}

/// Keys worth probing: every boundary and route edge and their neighbours, the ends of
/// the key space.
pub(super) fn edge_keys(routes: &[LpmRoute], image: &LpmImage) -> Vec<u64> {
    let mut keys: Vec<u64> = routes
        .iter()
        .flat_map(|r| [r.first_key(), r.end_key()])
        .chain(image.boundary_keys())
        .flat_map(|k| [k.wrapping_sub(1), k, k + 1])
        .chain([0, 1, KEY_SPACE - 1])
        .filter(|&k| k < KEY_SPACE)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Keys around one route: its edges and the boundaries inside it, ±1.
pub(super) fn route_probes(r: &LpmRoute, image: &LpmImage) -> Vec<u64> {
    let inside = image
        .boundary_keys()
        .filter(|k| (r.first_key()..=r.end_key()).contains(k));
    [r.first_key(), r.end_key()]
        .into_iter()
        .chain(inside)
        .flat_map(|k| [k.wrapping_sub(1), k, k + 1])
        .filter(|&k| k < KEY_SPACE)
        .collect()
}

pub(super) fn assert_exact(image: &LpmImage, routes: &[LpmRoute], keys: &[u64]) {
    let per_vif = by_vif(routes);
    for &k in keys {
        let (vif, addr) = ((k >> 32) as u32, k as u32);
        assert_eq!(
            image.lookup(vif, addr),
            lookup_reference(&per_vif[vif as usize], vif, addr),
            "VIF {vif} {} (key {k:#x}), rank {}",
            Ipv4Addr::from(addr),
            image.rank(k)
        );
    }
}

/// The module invariant, checked against the reference rather than the compiler's own
/// boundary list: sorted, every boundary present, leaves as stated.
pub(super) fn assert_invariant(image: &LpmImage, routes: &[LpmRoute]) {
    let a = &image.slots;
    assert_eq!(a.len(), (1 << image.levels) - 1);
    assert!(a.windows(2).all(|w| w[0] <= w[1]), "array sorted");
    for b in oracle_boundaries(routes) {
        assert!(a.binary_search(&b).is_ok(), "boundary {b:#x} in the array");
    }
    assert_eq!(image.leaves.len(), a.len() + 1);
    assert_eq!(image.leaves[0], None);
    for r in 1..=a.len() {
        let value = a[r - 1];
        let reachable = value != PAD && a.get(r).is_none_or(|&next| next != value);
        let expected = if reachable {
            reference_at(routes, value)
        } else {
            None
        };
        assert_eq!(image.leaves[r], expected, "leaf {r}");
    }
}

/// Routes that nest and overlap: addresses near a few bases, every length, VIFs that
/// touch (0/1/2, 254/255), few targets (so that neighbours merge) and the largest one.
pub(super) fn arb_route() -> impl Strategy<Value = LpmRoute> {
    const BASES: [u32; 5] = [0, 0x0a00_0000, 0xc0a8_0100, 0xffff_ff00, 0x8000_0000];
    let addr = prop_oneof![
        any::<u32>(),
        (0..BASES.len(), any::<u16>()).prop_map(|(b, noise)| BASES[b] ^ u32::from(noise)),
        Just(0u32),
        Just(u32::MAX),
    ];
    let len = prop_oneof![Just(0u8), Just(32u8), 0u8..=32, 16u8..=32];
    let target = prop_oneof![0u32..4, Just(CAPACITY.targets - 1), 0..CAPACITY.targets];
    let vif = prop::sample::select(vec![0u32, 1, 2, 100, 254, 255]);
    (vif, addr, len, target).prop_map(|(vif, a, len, target)| LpmRoute {
        vif,
        network: a & mask(len),
        len,
        target,
    })
}

pub(super) fn arb_probe() -> impl Strategy<Value = u64> {
    (
        prop::sample::select(vec![0u32, 1, 2, 3, 100, 254, 255]),
        any::<u32>(),
    )
        .prop_map(|(vif, addr)| key(vif, addr))
}

/// A route set and an edited copy: some routes dropped, retargeted or added.
pub(super) fn arb_edit() -> impl Strategy<Value = (Vec<LpmRoute>, Vec<LpmRoute>)> {
    let old = prop::collection::vec(arb_route(), 0..40);
    let edits = prop::collection::vec((0..3u8, any::<prop::sample::Index>(), arb_route()), 0..6);
    (old, edits).prop_map(|(old, edits)| {
        let mut new = old.clone();
        for (kind, at, r) in edits {
            match (kind, new.is_empty()) {
                (0, false) => {
                    new.remove(at.index(new.len()));
                }
                (1, false) => {
                    let i = at.index(new.len());
                    new[i].target = r.target;
                }
                _ => new.push(r),
            }
        }
        (old, new)
    })
}

pub(super) fn node_writes(writes: &[LpmWrite]) -> usize {
    writes.iter().filter(|w| w.table == LpmTable::Node).count()
}

/// Both tables of an image as (table, index) → entry.
pub(super) fn bank(image: &LpmImage) -> BTreeMap<(LpmTable, u32), u128> {
    image
        .writes()
        .into_iter()
        .map(|w| ((w.table, w.index), w.entry))
        .collect()
}

/// 32,767 separated host routes (two boundaries each) and the very last address (one:
/// it ends at 2^40): exactly N = 65,535 boundaries.
pub(super) fn full_table() -> Vec<LpmRoute> {
    let mut routes: Vec<LpmRoute> = (0..32_767u32)
        .map(|i| LpmRoute {
            vif: i / 128,
            network: (i % 128) << 8,
            len: 32,
            target: i % 1024,
        })
        .collect();
    routes.push(route(255, [255; 4], 32, 5));
    routes
}

/// `count` random routes over VIFs `0..vifs`, lengths mostly /16 to /32.
pub(super) fn random_routes(rng: &mut ChaCha8Rng, count: usize, vifs: u32) -> Vec<LpmRoute> {
    (0..count)
        .map(|_| {
            let len = match rng.random_range(0..10) {
                0 => rng.random_range(0..16),
                1..=3 => 24,
                4 => 32,
                _ => rng.random_range(16..=32),
            };
            LpmRoute {
                vif: rng.random_range(0..vifs),
                network: rng.random::<u32>() & mask(len),
                len,
                target: rng.random_range(0..CAPACITY.targets),
            }
        })
        .collect()
}

/// Routes by VIF, in input order: the reference over one VIF's routes answers as over
/// all of them, only faster.
pub(super) fn by_vif(routes: &[LpmRoute]) -> Vec<Vec<LpmRoute>> {
    let mut out = vec![Vec::new(); MAX_VIFS as usize];
    for r in routes {
        out[r.vif as usize].push(*r);
    }
    out
}

/// Samples: random keys, every boundary ±1, random keys inside random routes.
pub(super) fn assert_sampled_exact(image: &LpmImage, routes: &[LpmRoute], rng: &mut ChaCha8Rng) {
    let per_vif = by_vif(routes);
    let mut keys: Vec<u64> = (0..4096).map(|_| rng.random_range(0..KEY_SPACE)).collect();
    for b in image.boundary_keys() {
        keys.extend([b.wrapping_sub(1), b, b + 1]);
    }
    for _ in 0..4096 {
        let r = routes[rng.random_range(0..routes.len())];
        keys.push(rng.random_range(r.first_key()..r.end_key()));
    }
    for k in keys.into_iter().filter(|&k| k < KEY_SPACE) {
        let (vif, addr) = ((k >> 32) as u32, k as u32);
        assert_eq!(
            image.lookup(vif, addr),
            lookup_reference(&per_vif[vif as usize], vif, addr),
            "key {k:#x}"
        );
    }
}
