//! Where the boundaries go in the array: spread evenly, or laid over the previous image's
//! array with the fewest slots changed, and re-spread ahead of need (see "Layouts, and why
//! duplicates are safe" in the module docs of [`lpm`](super)).

use super::PAD;

/// Appends `gap` slots holding `keys` (sorted, at most `gap` of them) spread evenly, each
/// followed by copies of itself. Without keys, copies of `left` (the value before the gap) or,
/// at the start of the array, of `right` (the value after it).
fn fill(out: &mut Vec<u64>, keys: &[u64], gap: usize, left: Option<u64>, right: u64) {
    let base = out.len();
    if keys.is_empty() {
        out.resize(base + gap, left.unwrap_or(right));
        return;
    }
    let m = keys.len();
    debug_assert!(m <= gap, "{m} keys in a gap of {gap}");
    for (j, &k) in keys.iter().enumerate() {
        // Key j starts at slot base + j·gap/m; the last run ends at base + gap. The product
        // stays below 2^32 (m <= gap <= 65,535), so it cannot overflow a usize.
        out.resize(base + (j + 1) * gap / m, k);
    }
}

/// The spread layout: `keys` evenly over `slots` slots (padding only when there is no key).
pub(super) fn spread(keys: &[u64], slots: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(slots);
    fill(&mut out, keys, slots, None, PAD);
    out
}

/// The array for `keys` (sorted, distinct, at most `prev.len()`) that satisfies the module
/// invariant and differs from `prev` (sorted) in the fewest slots.
///
/// Choose the slots that keep their value, `t1 < t2 < ...`; the others are rewritten. Kept
/// values are sorted already, and the keys strictly between two consecutive kept values
/// must fit in the slots between them:
///
/// ```text
///   need(t1, t2) = #{keys in (A[t1], A[t2])} = lo(t2) - hi(t1)  <=  t2 - t1 - 1
///   lo(t) = #{keys < A[t]},  hi(t) = #{keys <= A[t]}
/// ```
///
/// (a value kept twice needs nothing between). That is all: a gap whose keys fit is filled
/// with them and copies, and the conditions of consecutive pairs add up to those of any pair.
/// With `x(t) = hi(t) - t` and `y(t) = lo(t) - t + 1` the condition reads `y(t2) <= x(t1)`,
/// so the most slots kept is a longest chain, `f(t) = 1 + max { f(t1) : t1 < t, x(t1) >=
/// y(t) }`, with a virtual slot -1 (`x = 1`) before the array and one at `N` (`y = n - N +
/// 1`) after it. A Fenwick tree of prefix maxima over `x` finds each `f(t)` in O(log N):
/// O(N log N) in all, about 1.5 ms in release for 16 levels ([`longest_chain`]). When the change
/// is small, as one route added to a tree with room is, [`chain_nearby`] finds the same
/// length by looking a few slots back, in O(N), and says when it cannot.
pub(super) fn relayout(prev: &[u64], keys: &[u64]) -> Vec<u64> {
    relayout_within(prev, keys, Some(NEARBY))
}

/// [`relayout`], trying [`chain_nearby`] with `nearby` first if given.
fn relayout_within(prev: &[u64], keys: &[u64], nearby: Option<usize>) -> Vec<u64> {
    let slots = prev.len();
    let kept = nearby.and_then(|reach| chain_nearby(prev, keys, reach));
    let Some(kept) = kept.or_else(|| longest_chain(prev, keys)) else {
        // Only when the keys outnumber the slots, which `boundaries` has refused.
        return spread(keys, slots);
    };
    // Kept slots keep their value; each run of the others, between kept slots l and r, takes
    // the keys strictly between (hi(l) to lo(r)). Consecutive kept slots have none between.
    let lo = |t: usize| keys.partition_point(|&k| k < prev[t]);
    let hi = |t: usize| keys.partition_point(|&k| k <= prev[t]);
    let mut out = Vec::with_capacity(slots);
    let mut t = 0;
    while t < slots {
        let run = kept[t..].iter().position(|&k| !k).map_or(slots, |p| t + p);
        out.extend_from_slice(&prev[t..run]);
        if run == slots {
            break;
        }
        let r = kept[run..]
            .iter()
            .position(|&k| k)
            .map_or(slots, |p| run + p);
        let left = run.checked_sub(1);
        let from = left.map_or(0, hi);
        let to = if r < slots { lo(r) } else { keys.len() }.max(from);
        let right = prev.get(r).copied().unwrap_or(PAD);
        fill(
            &mut out,
            &keys[from..to],
            r - run,
            left.map(|l| prev[l]),
            right,
        );
        t = r;
    }
    out
}

/// `(lo(t), hi(t))` for each slot t of `prev`, merging the two sorted arrays rather than
/// searching. Keys are distinct, so `hi` exceeds `lo` by at most one.
fn ranks<'a>(prev: &'a [u64], keys: &'a [u64]) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut below = 0;
    prev.iter().map(move |&v| {
        below += keys[below..].iter().take_while(|&&k| k < v).count();
        (below, below + usize::from(keys.get(below) == Some(&v)))
    })
}

/// How far back [`chain_nearby`] looks for a link: a chain leaving out at most this many
/// slots is found by looking no further (one route added leaves out at most three).
const NEARBY: usize = 8;

/// The longest chain of slots that can keep their value (see [`relayout`]) over all chains:
/// O(N log N) with a Fenwick tree of prefix maxima over `x`. `None` only when no chain
/// reaches the end, which needs more keys than slots.
fn longest_chain(prev: &[u64], keys: &[u64]) -> Option<Vec<bool>> {
    let (slots, n) = (prev.len(), keys.len());
    let (lo, hi): (Vec<usize>, Vec<usize>) = ranks(prev, keys).unzip();
    // Positions in the Fenwick tree: `u = n + 1 - x` for a slot, queried up to `n + 1 - y`,
    // so that `x(t1) >= y(t)` reads `u(t1) <= bound(t)`; both lie in 0..=n + slots.
    let mut best = PrefixMax::new(n + slots + 1);
    // The virtual slot before the array.
    best.raise(n, 0, 0);
    // The kept slot before slot t in its best chain: 0 for the virtual one, t1 + 1 for t1.
    let mut pred = vec![0usize; slots];
    for t in 0..slots {
        if let Some((f, before)) = best.max(n - lo[t] + t) {
            pred[t] = before;
            best.raise(n + 1 - hi[t] + t, f + 1, t + 1);
        }
    }
    let (_, who) = best.max(slots)?;
    Some(kept_slots(slots, who, |t| pred[t]))
}

/// The same chain as [`longest_chain`] when one leaving out at most `reach` slots exists, in
/// O(N · reach) at worst and O(N) where nothing changed: each link is looked for among the
/// `reach + 1` slots before. If the chain found so leaves out at most `reach` slots, no
/// longer chain exists (a longer one would leave out fewer, so none of its links could skip
/// more than `reach`); otherwise `None`. A small change to a tree with room to spare is that
/// case, and skips the Fenwick tree's O(log N) per slot and its arrays, most of what an
/// incremental compile cost.
fn chain_nearby(prev: &[u64], keys: &[u64], reach: usize) -> Option<Vec<bool>> {
    let (slots, n) = (prev.len(), keys.len());
    // Of the last reach + 2 slots, slot t at t % ring: the longest chain ending there (0:
    // none) and x(t). Ties go to the later predecessor, as in `longest_chain`.
    let ring = reach + 2;
    let (mut f, mut x) = (vec![0u32; ring], vec![0i64; ring]);
    // The predecessor, as in `longest_chain`, of each slot whose chain does not come from
    // the slot before it (few: the others cost no memory)
    let mut jumps: Vec<(usize, usize)> = Vec::new();
    let link = |f: &[u32], x: &[i64], t: usize, y: i64| {
        let mut best = (0u32, 0usize);
        if t <= reach && 1 >= y {
            best = (1, 0); // from the virtual slot before the array (x = 1)
        }
        for t1 in t.saturating_sub(reach + 1)..t {
            let f1 = f[t1 % ring];
            if f1 > 0 && x[t1 % ring] >= y && f1 + 1 >= best.0 {
                best = (f1 + 1, t1 + 1);
            }
        }
        best
    };
    // Steps in a row, up to slot t - 1, where the chain length grew: once they cover the
    // window, f(t - 1) is its one largest value, and a slot that can follow t - 1 does so
    // without the scan (most slots, where nothing changed).
    let (mut rising, mut last) = (0, 0u32);
    for (t, (lo, hi)) in ranks(prev, keys).enumerate() {
        let y = lo as i64 - t as i64 + 1;
        let (length, before) = if rising > reach && x[(t + ring - 1) % ring] >= y {
            (last + 1, t)
        } else {
            link(&f, &x, t, y)
        };
        if before != t {
            jumps.push((t, before));
        }
        rising = if length > last { rising + 1 } else { 0 };
        (f[t % ring], x[t % ring], last) = (length, hi as i64 - t as i64, length);
    }
    // The virtual slot after the array: y = n - N + 1
    let (length, who) = link(&f, &x, slots, n as i64 - slots as i64 + 1);
    let length = length.checked_sub(1)? as usize;
    let pred = |t: usize| match jumps.binary_search_by_key(&t, |&(s, _)| s) {
        Ok(i) => jumps[i].1,
        Err(_) => t,
    };
    (slots - length <= reach).then(|| kept_slots(slots, who, pred))
}

/// The slots of the chain ending at `who` (`t + 1` for slot t, 0 for none), each one's
/// predecessor given by `pred`.
fn kept_slots(slots: usize, mut who: usize, pred: impl Fn(usize) -> usize) -> Vec<bool> {
    let mut kept = vec![false; slots];
    while who > 0 {
        kept[who - 1] = true;
        who = pred(who - 1);
    }
    kept
}

/// Slots in a segment, the smallest window [`rebalance`] looks at: 2^4 = 16, about
/// `log2 N` as in a packed-memory array.
const SEGMENT_BITS: u32 = 4;

/// Re-spreads, after `relayout` turned `prev` into `slots`, every smallest aligned window
/// around a segment that the change left full (each slot a distinct key) whose density is
/// within its threshold: `1` for a segment (level `SEGMENT_BITS`) falling linearly to
/// `max(1/2, n/N)` for the whole array (level `levels`). See
/// [`LpmImage::compile_from_balanced`](super::LpmImage::compile_from_balanced).
pub(super) fn rebalance(slots: &mut [u64], prev: &[u64], keys: &[u64], levels: u32) {
    let len = slots.len();
    if levels <= SEGMENT_BITS || keys.is_empty() {
        return;
    }
    let root = (keys.len() as f64 / len as f64).max(0.5);
    let span = f64::from(levels - SEGMENT_BITS);
    let threshold = |w: u32| root + (1.0 - root) * f64::from(levels - w) / span;
    // Aligned window of 2^w slots around slot t (the last one is one slot short).
    let window = |t: usize, w: u32| ((t >> w) << w, (((t >> w) + 1) << w).min(len));
    let mut t = 0;
    while t < len {
        if slots[t] == prev[t] {
            t += 1;
            continue;
        }
        let (s0, s1) = window(t, SEGMENT_BITS);
        if distinct_keys(&slots[s0..s1], keys) < s1 - s0 {
            t = s1; // a spare slot left: nothing to do here
            continue;
        }
        let chosen = (SEGMENT_BITS + 1..=levels)
            .map(|w| (w, window(t, w)))
            .find(|&(w, (a, b))| {
                distinct_keys(&slots[a..b], keys) as f64 <= threshold(w) * (b - a) as f64
            });
        match chosen {
            Some((_, (a, b))) => {
                let inside: Vec<u64> = dedup_keys(&slots[a..b], keys);
                let left = a.checked_sub(1).map(|i| slots[i]);
                let right = slots.get(b).copied().unwrap_or(PAD);
                let mut out = Vec::with_capacity(b - a);
                fill(&mut out, &inside, b - a, left, right);
                slots[a..b].copy_from_slice(&out);
                t = b;
            }
            // Denser than every threshold all the way up: nothing can be spread.
            None => t = s1,
        }
    }
}

/// The distinct values of `window` (sorted) that are keys.
fn dedup_keys(window: &[u64], keys: &[u64]) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for &v in window {
        if out.last() != Some(&v) && keys.binary_search(&v).is_ok() {
            out.push(v);
        }
    }
    out
}

/// How many distinct keys `window` (sorted) holds.
fn distinct_keys(window: &[u64], keys: &[u64]) -> usize {
    let firsts = window
        .iter()
        .enumerate()
        .filter(|&(i, v)| i == 0 || window[i - 1] != *v);
    firsts
        .filter(|(_, v)| keys.binary_search(v).is_ok())
        .count()
}

/// Prefix maxima over positions `0..len` (a Fenwick tree) of chain length and slot, as one
/// word `(f + 1) << 32 | who` (0: nothing yet), which keeps the tree small and the maximum
/// one compare.
struct PrefixMax {
    tree: Vec<u64>,
}

impl PrefixMax {
    fn new(len: usize) -> Self {
        PrefixMax {
            tree: vec![0; len + 1],
        }
    }

    /// Position `pos` holds at least `(f, who)` (`who < 2^32`: slots are fewer).
    fn raise(&mut self, pos: usize, f: u32, who: usize) {
        let value = (u64::from(f) + 1) << 32 | who as u64;
        let mut i = pos + 1;
        while let Some(node) = self.tree.get_mut(i) {
            *node = (*node).max(value);
            i += i & i.wrapping_neg();
        }
    }

    /// The largest `(f, who)` at positions `0..=pos`, if any.
    fn max(&self, pos: usize) -> Option<(u32, usize)> {
        let mut i = (pos + 1).min(self.tree.len() - 1);
        let mut best = 0;
        while i > 0 {
            best = best.max(self.tree[i]);
            i &= i - 1;
        }
        let f = (best >> 32).checked_sub(1)?;
        Some((f as u32, (best & 0xffff_ffff) as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::super::boundaries::boundaries;
    use super::super::testing::*;
    use super::super::*;
    use super::*;
    use crate::regmap::CAPACITY;
    use proptest::prelude::*;
    use rand::{RngExt, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn spread_lookups_match_the_reference(
            routes in prop::collection::vec(arb_route(), 0..48),
            probes in prop::collection::vec(arb_probe(), 0..64),
        ) {
            let image = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
            assert_exact(&image, &routes, &edge_keys(&routes, &image));
            assert_exact(&image, &routes, &probes);
            assert_invariant(&image, &routes);
            prop_assert_eq!(image.boundaries(), oracle_boundaries(&routes).len());
        }

        /// Over any earlier layout, `compile_from` is exact, its diff applies, and it rewrites
        /// no more nodes than either fresh layout would (both satisfy the invariant, and it
        /// is the minimum over all that do).
        #[test]
        fn compile_from_is_exact_and_rewrites_no_more_nodes_than_a_recompile(
            (old, new) in arb_edit(),
            probes in prop::collection::vec(arb_probe(), 0..32),
            levels in prop_oneof![Just(5u32), Just(7), Just(16)],
            spread_first in any::<bool>(),
        ) {
            let cap = cap(levels);
            let fits = |routes: &[LpmRoute]| oracle_boundaries(routes).len() < 1 << levels;
            prop_assume!(fits(&old) && fits(&new));
            let prev = if spread_first {
                LpmImage::compile_spread(&old, &cap)
            } else {
                LpmImage::compile(&old, &cap)
            }
            .expect("fits");
            let next = LpmImage::compile_from(&prev, &new, &cap).expect("fits");
            assert_exact(&next, &new, &edge_keys(&new, &next));
            assert_exact(&next, &new, &probes);
            assert_invariant(&next, &new);

            let writes = diff(&prev, &next);
            let mut mirror = bank(&prev);
            for w in &writes {
                mirror.insert((w.table, w.index), w.entry);
            }
            prop_assert_eq!(&mirror, &bank(&next));

            if !prev.slots.iter().all(|&v| v == PAD) {
                for fresh in [
                    LpmImage::compile(&new, &cap).expect("fits"),
                    LpmImage::compile_spread(&new, &cap).expect("fits"),
                ] {
                    prop_assert!(node_writes(&writes) <= node_writes(&diff(&prev, &fresh)));
                }
            }
            // And a second step from there stays exact.
            let back = LpmImage::compile_from(&next, &old, &cap).expect("fits");
            assert_exact(&back, &old, &edge_keys(&old, &back));
            assert_invariant(&back, &old);
        }

        /// The balanced variant is exact too, from any layout, including tiny trees where
        /// segments fill up at once.
        #[test]
        fn compile_from_balanced_is_exact(
            (old, new) in arb_edit(),
            probes in prop::collection::vec(arb_probe(), 0..32),
            levels in prop_oneof![Just(4u32), Just(6), Just(7), Just(16)],
            spread_first in any::<bool>(),
        ) {
            let cap = cap(levels);
            let fits = |routes: &[LpmRoute]| oracle_boundaries(routes).len() < 1 << levels;
            prop_assume!(fits(&old) && fits(&new));
            let prev = if spread_first {
                LpmImage::compile_spread(&old, &cap)
            } else {
                LpmImage::compile(&old, &cap)
            }
            .expect("fits");
            let next = LpmImage::compile_from_balanced(&prev, &new, &cap).expect("fits");
            assert_exact(&next, &new, &edge_keys(&new, &next));
            assert_exact(&next, &new, &probes);
            assert_invariant(&next, &new);
            let back = LpmImage::compile_from_balanced(&next, &old, &cap).expect("fits");
            assert_exact(&back, &old, &edge_keys(&old, &back));
            assert_invariant(&back, &old);
        }

        /// `relayout` against every sorted array over the values in play (a changed slot
        /// never needs any other value: its left neighbour's, or right neighbour's, will do),
        /// by the Fenwick tree alone and by looking 0, 1, 3 or 8 slots back first (8 covers
        /// the whole array; the shorter reaches fall back when their chain leaves out more).
        #[test]
        fn relayout_changes_the_fewest_slots_possible(
            prev in prop::collection::vec(prop_oneof![0u64..10, Just(PAD)], 7),
            keys in prop::collection::btree_set(0u64..10, 0..=7),
        ) {
            let mut prev = prev;
            prev.sort_unstable();
            let keys: Vec<u64> = keys.into_iter().collect();
            let changes = |a: &[u64]| a.iter().zip(&prev).filter(|(x, y)| x != y).count();

            let mut values: Vec<u64> = prev.iter().chain(&keys).copied().collect();
            values.sort_unstable();
            values.dedup();
            let mut best = usize::MAX;
            let mut array = Vec::with_capacity(7);
            brute_force(&values, 0, &mut array, &mut |a| {
                if keys.iter().all(|k| a.contains(k)) {
                    best = best.min(changes(a));
                }
            });
            for nearby in [None, Some(0), Some(1), Some(3), Some(8)] {
                let out = relayout_within(&prev, &keys, nearby);
                prop_assert_eq!(out.len(), 7);
                prop_assert!(out.windows(2).all(|w| w[0] <= w[1]));
                prop_assert!(keys.iter().all(|k| out.contains(k)));
                prop_assert_eq!(changes(&out), best, "nearby {:?}", nearby);
            }
        }

        /// On arrays too long for the brute force, laid out from a set of values with a few
        /// copies each and compared with that set edited a little (the case `chain_nearby`
        /// is for) or with any set: whenever looking `reach` slots back answers, its chain is
        /// as long as the Fenwick tree's over all chains.
        #[test]
        fn a_nearby_chain_is_a_longest_chain(
            base in prop::collection::btree_set(0u64..200, 1..30),
            copies in prop::collection::vec(1usize..4, 30),
            edits in prop::collection::vec(0u64..200, 0..4),
            any_keys in prop::option::of(prop::collection::btree_set(0u64..200, 0..=64)),
            reach in 0usize..12,
        ) {
            let mut prev: Vec<u64> = base
                .iter()
                .zip(&copies)
                .flat_map(|(&v, &c)| std::iter::repeat_n(v, c))
                .collect();
            prev.resize(64, PAD);
            let mut keys = base.clone();
            for e in edits {
                if !keys.remove(&e) {
                    keys.insert(e);
                }
            }
            let keys: Vec<u64> = any_keys.unwrap_or(keys).into_iter().collect();
            let all = longest_chain(&prev, &keys).expect("keys fit");
            if let Some(near) = chain_nearby(&prev, &keys, reach) {
                let count = |k: &[bool]| k.iter().filter(|&&b| b).count();
                prop_assert_eq!(count(&near), count(&all));
                prop_assert!(64 - count(&near) <= reach);
            }
        }
    }

    /// What `NEARBY` is sized for: one route added to a spread tree of 16,384 routes is
    /// answered by `chain_nearby`, without the Fenwick tree.
    #[test]
    fn one_route_added_to_a_spread_tree_needs_no_fenwick_tree() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let mut routes = random_routes(&mut rng, 16_384, 64);
        let prev = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
        let geo = Geometry::new(&CAPACITY).expect("capacity");
        for extra in random_routes(&mut rng, 20, 64) {
            routes.push(extra);
            let keys: Vec<u64> = boundaries(&routes, &geo)
                .expect("fits")
                .iter()
                .map(|b| b.key)
                .collect();
            assert!(chain_nearby(&prev.slots, &keys, NEARBY).is_some());
            routes.pop();
        }
    }

    /// Calls `visit` with every non-decreasing array of length 7 over `values[from..]`.
    fn brute_force(
        values: &[u64],
        from: usize,
        array: &mut Vec<u64>,
        visit: &mut dyn FnMut(&[u64]),
    ) {
        if array.len() == 7 {
            visit(array);
            return;
        }
        for i in from..values.len() {
            array.push(values[i]);
            brute_force(values, i, array, visit);
            array.pop();
        }
    }

    #[test]
    fn copies_answer_with_the_rank_of_their_last_copy() {
        // 0.0.0.8/29 → 7 in VIF 0: boundaries 8 (→ 7) and 16 (→ none), spread over 7 slots
        // as A = [8, 8, 8, 16, 16, 16, 16]. Keys below 8 count no element (rank 0), keys
        // 8..16 count three (rank 3, the last 8's), keys from 16 count all seven (rank 7).
        // Ranks 1, 2, 4, 5 and 6 are never produced: their leaves stay zero.
        let routes = [route(0, [0, 0, 0, 8], 29, 7)];
        let image = LpmImage::compile_spread(&routes, &cap(3)).expect("fits");
        assert_eq!(image.slots, [8, 8, 8, 16, 16, 16, 16]);
        assert_eq!(
            (image.rank(7), image.rank(8), image.rank(15), image.rank(16)),
            (0, 3, 3, 7)
        );
        assert_eq!(image.rank(KEY_SPACE - 1), 7);
        let valid_7 = 0x8000_0007;
        let leaves: Vec<u128> = image.leaf_entries().map(|(_, e)| e).collect();
        assert_eq!(leaves, [0, 0, 0, valid_7, 0, 0, 0, 0]);
        assert_eq!(image.lookup(0, 7), None);
        assert_eq!(image.lookup(0, 8), Some(7));
        assert_eq!(image.lookup(0, 15), Some(7));
        assert_eq!(image.lookup(0, 16), None);

        // The same with the route's end at the very top of the key space: the last copy is
        // the last slot, and rank N is a real leaf.
        let routes = [route(255, [255, 255, 255, 248], 29, 9)];
        let image = LpmImage::compile_spread(&routes, &cap(3)).expect("fits");
        assert_eq!(image.boundaries(), 1);
        assert_eq!(image.rank(KEY_SPACE - 8), 7);
        assert_eq!(image.lookup(255, u32::MAX), Some(9));
        assert_eq!(image.lookup(255, u32::MAX - 8), None);
    }

    #[test]
    fn stale_elements_stay_and_still_answer_right() {
        // Removing a route leaves its boundaries in the array as plain elements: no node
        // moves, and the leaves of their last copies now hold the enclosing route's result.
        let with = [
            route(4, [10, 0, 0, 0], 8, 1),
            route(4, [10, 9, 0, 0], 16, 2),
        ];
        let prev = LpmImage::compile_spread(&with, &cap(4)).expect("fits");
        let next = LpmImage::compile_from(&prev, &with[..1], &cap(4)).expect("fits");
        assert_eq!(next.slots, prev.slots);
        assert_eq!(next.boundaries(), 2);
        let writes = diff(&prev, &next);
        assert_eq!(node_writes(&writes), 0);
        // One leaf: 4:10.9.0.0 now answers with the /8's target; at 4:10.10.0.0 the /8
        // answered before and still does.
        assert_eq!(writes.len(), 1, "{writes:?}");
        assert_exact(&next, &with[..1], &edge_keys(&with, &next));
        assert_invariant(&next, &with[..1]);
    }

    #[test]
    fn compile_from_an_empty_bank_or_another_depth_lays_out_afresh() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let routes = random_routes(&mut rng, 500, 8);
        let spread = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
        let empty = LpmImage::empty(&CAPACITY).expect("capacity");
        assert_eq!(
            LpmImage::compile_from(&empty, &routes, &CAPACITY),
            Ok(spread.clone())
        );
        let shallow = LpmImage::compile(&routes, &cap(12)).expect("fits");
        assert_eq!(
            LpmImage::compile_from(&shallow, &routes, &CAPACITY),
            Ok(spread.clone())
        );
        assert_eq!(
            diff(&shallow, &spread),
            spread.writes(),
            "every entry of the new depth"
        );
        // Same routes again: nothing to write.
        let again = LpmImage::compile_from(&spread, &routes, &CAPACITY).expect("fits");
        assert!(diff(&spread, &again).is_empty());
    }

    #[test]
    fn every_layout_holds_exactly_n_boundaries_and_refuses_one_more() {
        let routes = full_table();
        let packed = LpmImage::compile(&routes, &CAPACITY).expect("full");
        let spread = LpmImage::compile_spread(&routes, &CAPACITY).expect("full");
        assert_eq!(spread.slots, packed.slots, "no room to spread");
        let mut fewer = routes.clone();
        fewer.truncate(20_000);
        let prev = LpmImage::compile_spread(&fewer, &CAPACITY).expect("fits");
        let grown = LpmImage::compile_from(&prev, &routes, &CAPACITY).expect("full");
        assert_eq!(grown.slots, packed.slots);
        assert_exact(&grown, &routes, &edge_keys(&routes, &grown));

        let mut over = routes;
        over.last_mut().expect("routes").network = 0xffff_fffe;
        let refused = Err(LpmError::TooManyBoundaries {
            needed: 65_536,
            capacity: 65_535,
        });
        assert_eq!(LpmImage::compile_spread(&over, &CAPACITY), refused);
        assert_eq!(LpmImage::compile_from(&prev, &over, &CAPACITY), refused);
    }

    /// The justified bound of `compile_from`: one route added to a spread image of 16,384
    /// routes costs at most 3 node writes and `2 · 3 + k` leaf writes (`k` old boundaries
    /// inside the new prefix), where re-laying out from scratch rewrites nearly everything.
    #[test]
    fn one_route_added_to_sixteen_thousand_costs_a_handful_of_writes() {
        let mut rng = ChaCha8Rng::seed_from_u64(16_385);
        let mut routes = random_routes(&mut rng, 16_384, 64);
        let base = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
        assert!(
            base.boundaries() <= 32_767,
            "every value holds two slots or more"
        );
        let packed = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        let mut most = 0;
        for (i, len) in [32u8, 24, 20, 16, 12, 8, 32, 28].into_iter().enumerate() {
            let vif = if i == 0 { 0 } else { rng.random_range(0..64) };
            let added = LpmRoute {
                vif,
                network: rng.random::<u32>() & mask(len),
                len,
                target: rng.random_range(0..CAPACITY.targets),
            };
            routes.push(added);
            let next = LpmImage::compile_from(&base, &routes, &CAPACITY).expect("fits");
            let writes = diff(&base, &next);
            let inside = base
                .boundary_keys()
                .filter(|k| (added.first_key()..added.end_key()).contains(k))
                .count();
            assert!(node_writes(&writes) <= 3, "{added}: {writes:?}");
            assert!(
                writes.len() <= 9 + inside,
                "{added}: {} writes, {inside} inside",
                writes.len()
            );
            most = most.max(writes.len());

            let probes = route_probes(&added, &next);
            let per_vif = by_vif(&routes);
            for k in probes {
                let (vif, addr) = ((k >> 32) as u32, k as u32);
                assert_eq!(
                    next.lookup(vif, addr),
                    lookup_reference(&per_vif[vif as usize], vif, addr)
                );
            }
            if i == 0 {
                // A host route in VIF 0 lands before almost every element: the packed layout
                // shifts them all, a fresh spread moves nearly every slot.
                let repacked = diff(
                    &packed,
                    &LpmImage::compile(&routes, &CAPACITY).expect("fits"),
                );
                let respread = diff(
                    &base,
                    &LpmImage::compile_spread(&routes, &CAPACITY).expect("fits"),
                );
                assert!(repacked.len() > 20_000, "{}", repacked.len());
                assert!(respread.len() > 40_000, "{}", respread.len());
            }
            routes.pop();
        }
        assert!(most > 0);
    }

    /// Many single changes in a row, each compiled over the previous bank: still exact, and
    /// the writes stay small while spare copies last.
    #[test]
    fn a_long_run_of_single_changes_stays_exact_and_cheap() {
        let mut rng = ChaCha8Rng::seed_from_u64(99);
        let mut routes = random_routes(&mut rng, 4_000, 16);
        let mut image = LpmImage::compile_spread(&routes, &CAPACITY).expect("fits");
        let mut total = 0;
        let steps = 150;
        for step in 0..steps {
            let changed = if step % 3 == 2 {
                routes.swap_remove(rng.random_range(0..routes.len()))
            } else {
                let r = random_routes(&mut rng, 1, 16)[0];
                routes.push(r);
                r
            };
            let next = LpmImage::compile_from(&image, &routes, &CAPACITY).expect("fits");
            total += diff(&image, &next).len();
            let per_vif = by_vif(&routes);
            let probes = route_probes(&changed, &next);
            for k in probes {
                let (vif, addr) = ((k >> 32) as u32, k as u32);
                assert_eq!(
                    next.lookup(vif, addr),
                    lookup_reference(&per_vif[vif as usize], vif, addr)
                );
            }
            image = next;
        }
        assert!(image.slots.windows(2).all(|w| w[0] <= w[1]));
        assert_sampled_exact(&image, &routes, &mut rng);
        assert!(total < 20 * steps, "{total} writes for {steps} changes");
    }

    /// A run of additions into one region, one compile each: `compile_from` shifts ever more
    /// elements once the spare copies there are gone, `compile_from_balanced` re-spreads
    /// ahead of need. Both stay exact.
    #[test]
    fn balanced_additions_into_one_region_stay_cheap() {
        let cap = cap(12);
        let mut rng = ChaCha8Rng::seed_from_u64(12);
        let base = random_routes(&mut rng, 900, 16);
        let start = LpmImage::compile_spread(&base, &cap).expect("fits");
        let mut totals = Vec::new();
        for balanced in [false, true] {
            let mut routes = base.clone();
            let mut image = start.clone();
            let mut total = 0;
            for i in 0..600u32 {
                routes.push(LpmRoute {
                    vif: 3,
                    network: 0x0a00_0000 + (i << 8),
                    len: 24,
                    target: i % 2,
                });
                let next = if balanced {
                    LpmImage::compile_from_balanced(&image, &routes, &cap)
                } else {
                    LpmImage::compile_from(&image, &routes, &cap)
                }
                .expect("fits");
                total += diff(&image, &next).len();
                image = next;
            }
            assert_invariant(&image, &routes);
            assert_sampled_exact(&image, &routes, &mut rng);
            totals.push(total);
        }
        assert!(totals[1] * 3 < totals[0], "{totals:?}");
    }
}
