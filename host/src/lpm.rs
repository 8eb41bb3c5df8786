//! The LPM compiler: every VIF's routes → the search tree and leaf table the RTL walks.
//!
//! The hardware does not walk a trie. Following B. Lampson, V. Srinivasan, G. Varghese, "IP
//! lookups using multiway and multicolumn search", IEEE/ACM Trans. Networking 7(3):324–334,
//! 1999, the host turns prefixes into the sorted *boundaries* of the address intervals on
//! which the longest match is constant, and the hardware binary-searches them, one tree level
//! per pipeline stage as in H. Le, V. K. Prasanna, "Scalable tree-based architectures for
//! IPv4/v6 lookup using prefix partitioning", IEEE Trans. Computers 61(7), 2012.
//!
//! ```text
//!  key = vif << 32 | IPv4 destination           (40 bits; one tree serves every VIF)
//!    │
//!    ▼         i = 0
//!  level 0 RAM  [1 node]          node = nodes[0][i]
//!    │         i = 2i + (node.real && key >= node.key)
//!  level 1 RAM  [2 nodes]
//!    │           ...                one level per clock, L = CAPACITY.lpm_levels = 16
//!  level 15 RAM [32,768 nodes]
//!    │         i = rank = number of array elements <= key, 0..=65,535
//!    ▼
//!  leaf RAM [rank] ──► valid, target
//! ```
//!
//! # Prefixes to boundaries
//!
//! Keys are `vif << 32 | address`, so a prefix of VIF `v` is an interval of the 40-bit key
//! space and VIFs never see each other's routes. Walking the keys upwards, a *boundary* is a
//! key whose result (a target, or no route) differs from the result one key below; below
//! key 0 the result is "no route", so key 0 is a boundary exactly when a route of VIF 0
//! covers 0.0.0.0. Equal neighbouring intervals are merged, within a VIF and across the seam
//! between VIF `v - 1` and VIF `v` alike:
//!
//! ```text
//!  VIF 3: 10.0.0.0/8 → 1, 10.1.0.0/16 → 2, 10.2.0.0/16 → 1 (the same target as its parent)
//!
//!  key      3:10.0.0.0    3:10.1.0.0    3:10.2.0.0    3:10.3.0.0    3:11.0.0.0
//!  result     none ┃  1        ┃   2         ┃   1            1        ┃  none
//!                  B0          B1            B2      (merged: none)    B3
//! ```
//!
//! The result changes only where the set of covering prefixes changes, that is at a route's
//! first key or one past its last, so **each route adds at most two boundaries**. The tree
//! holds `N = 2^L - 1 = 65,535`, hence any ⌊65,535 / 2⌋ = 32,767 routes fit whatever their
//! lengths and overlaps (a multibit trie's capacity depends on the prefix distribution; this
//! one does not). What [`LpmImage::compile`] checks is the boundary count itself, so most
//! real tables fit far more routes than that.
//!
//! # The tree
//!
//! The sorted array `A[0..N]` is stored as a complete binary search tree in breadth-first
//! (Eytzinger) order: node `i` of level `k` holds `A[p]` with `p = (2i + 1) · 2^(L-1-k) - 1`,
//! the middle of the ranks its subtree can still reach (see P.-V. Khuong, P. Morin, "Array
//! layouts for comparison-based searching", ACM J. Exp. Algorithmics 22, 2017). Level `k` is
//! its own RAM of `2^k` nodes, so each pipeline stage reads one RAM once per key. Descending
//! right when `A[p] <= key` is a binary search for the first element greater than the key:
//! the final index is the *rank*, the number of elements of `A` that are `<= key`, and it
//! indexes the leaf RAM. Padding (`real = 0`, the all-zero entry) compares greater than every
//! key, so a zeroed RAM is an empty tree whose every search ends at rank 0.
//!
//! # Layouts, and why duplicates are safe
//!
//! The array does not have to be the boundary list packed to the left. Everything in this
//! module rests on one invariant:
//!
//! > `A` is non-decreasing, every boundary occurs in `A`, `leaf[0]` is "no route", and
//! > `leaf[r]` is `result(A[r-1])` when slot `r-1` is the last slot holding its value and is
//! > not padding (other leaves are zero).
//!
//! *Proof that lookups are then exact.* Let `x` be a key and `r` the rank the descent yields,
//! so `A[r-1] <= x < A[r]` (with `A[-1] = -∞`, `A[N] = +∞`). If `r = 0`, every element is
//! above `x`, in particular every boundary, so `x` lies below the first boundary and its
//! result is "no route" = `leaf[0]`. If `r >= 1`, then `A[r-1] < A[r]`, so slot `r-1` is the
//! last copy of its value, which is a key (padding is above `x`); no boundary lies in
//! `(A[r-1], x]`, since it would occur in `A` strictly between slots `r-1` and `r`; so the
//! result is constant on `[A[r-1], x]` and `leaf[r] = result(A[r-1]) = result(x)`. ∎
//!
//! Ranks `r` whose slot `r-1` is followed by a copy of the same value are never produced
//! (`x >= A[r-1]` implies `x >= A[r]`), which is why only the *last* copy's rank needs its
//! leaf. The invariant allows three layouts:
//!
//! * [`LpmImage::compile`]: the boundaries packed to the left, padding after: the reference
//!   layout. Inserting one boundary shifts every later element, so a one-route change
//!   rewrites O(n) nodes.
//! * [`LpmImage::compile_spread`]: the `n` boundaries spread evenly over the `N` slots, each
//!   followed by copies of itself (up to 32,767 boundaries, every value gets two slots or
//!   more). A new boundary takes the place of a neighbour's spare copy. This is the gapped
//!   array of A. Itai, A. G. Konheim, M. Rodeh, "A sparse table implementation of priority
//!   queues", ICALP 1981, used by M. A. Bender, E. D. Demaine, M. Farach-Colton,
//!   "Cache-oblivious B-trees", FOCS 2000 (the packed-memory array).
//! * [`LpmImage::compile_from`]: a new route set laid out over the previous image's array
//!   with the fewest node changes possible. Boundaries that disappeared stay as harmless
//!   stale elements (the invariant does not forbid non-boundaries), and new ones take the
//!   place of copies and stale elements; see `relayout` for the exact minimisation.
//!   [`LpmImage::compile_from_balanced`] adds the packed-memory array's re-spreading ahead
//!   of need, for runs of additions into one region.
//!
//! [`diff`] lists the table writes that turn one image into another, for a driver that keeps
//! a mirror of each bank and writes only differences.

use std::fmt;
use std::net::Ipv4Addr;

use thiserror::Error;

use crate::regmap::{
    lpm_leaf_entry, lpm_node_entry, lpm_node_index, tbl_write, Capacity, Field, Table,
    LPM_LEAF_TABLE, LPM_NODE_TABLE,
};

/// Bits of a search key above the IPv4 address: the VIF index.
const VIF_BITS: u32 = lpm_node_entry::KEY.width - 32;
/// The largest VIF capacity the key field can express.
pub const MAX_VIFS: u32 = 1 << VIF_BITS;
/// The largest target capacity the leaf's `target` field can express.
pub const MAX_TARGETS: u32 = 1 << lpm_leaf_entry::TARGET.width;
/// The most tree levels the table indices can address: the level number must fit
/// `lpm_node_index::LEVEL`, the widest level's node number `lpm_node_index::NODE`, and the
/// largest leaf index `TBL_WRITE.index`.
pub const MAX_LEVELS: u32 = min3(
    (1 << lpm_node_index::LEVEL.width) as u32,
    lpm_node_index::NODE.width + 1,
    tbl_write::INDEX.width,
);
/// One past the largest key.
const KEY_SPACE: u64 = 1 << lpm_node_entry::KEY.width;
/// Array value of padding. Compares above every key, as the hardware treats `real = 0`, so
/// the array stays sorted with padding in it.
const PAD: u64 = u64::MAX;

const fn min3(a: u32, b: u32, c: u32) -> u32 {
    let ab = if a < b { a } else { b };
    if ab < c {
        ab
    } else {
        c
    }
}

/// The search key of an address in a VIF.
pub const fn key(vif: u32, addr: u32) -> u64 {
    (vif as u64) << 32 | addr as u64
}

/// One route of one VIF's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LpmRoute {
    /// VIF index, `0..CAPACITY.vifs`.
    pub vif: u32,
    /// Network address as a big-endian integer, host bits clear.
    pub network: u32,
    /// Prefix length, `0..=32`.
    pub len: u8,
    /// Target index, `0..CAPACITY.targets`.
    pub target: u32,
}

/// The netmask of a prefix length (lengths above 32 are treated as 32).
const fn mask(len: u8) -> u32 {
    if len == 0 {
        0
    } else if len >= 32 {
        u32::MAX
    } else {
        u32::MAX << (32 - len)
    }
}

impl LpmRoute {
    /// Does this route's prefix cover `addr`?
    pub const fn contains(&self, addr: u32) -> bool {
        (addr ^ self.network) & mask(self.len) == 0
    }

    /// Length at most 32 and no host bits set.
    pub const fn is_prefix(&self) -> bool {
        self.len <= 32 && self.network & !mask(self.len) == 0
    }

    /// First key the route covers.
    pub const fn first_key(&self) -> u64 {
        key(self.vif, self.network)
    }

    /// One past the last key the route covers (up to `2^40`, which is no key).
    /// Meaningful for valid prefixes only.
    pub const fn end_key(&self) -> u64 {
        let len = if self.len > 32 { 32 } else { self.len };
        self.first_key() + (1u64 << (32 - len))
    }
}

impl fmt::Display for LpmRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "VIF {} {}/{} -> target {}",
            self.vif,
            Ipv4Addr::from(self.network),
            self.len,
            self.target
        )
    }
}

/// Why a route set cannot be compiled.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LpmError {
    #[error(
        "the routes need {} LPM boundaries; the pipeline holds {} (a route adds at most two)",
        Thousands(*needed),
        Thousands(*capacity)
    )]
    TooManyBoundaries { needed: usize, capacity: usize },
    #[error("route in VIF {vif}: VIF index out of range, the pipeline has {capacity} VIFs")]
    VifOutOfRange { vif: u32, capacity: u32 },
    #[error(
        "route to target {target}: target index out of range, the pipeline has {capacity} targets"
    )]
    TargetOutOfRange { target: u32, capacity: u32 },
    #[error(
        "route {}/{len} in VIF {vif} is not a prefix: {}",
        Ipv4Addr::from(*network),
        if *len > 32 { "the length is over 32" } else { "host bits are set" }
    )]
    BadPrefix { vif: u32, network: u32, len: u8 },
    #[error(
        "the LPM entries cannot serve {vifs} VIFs, {targets} targets and {levels} tree levels: \
         their fields hold at most {MAX_VIFS} VIFs, {MAX_TARGETS} targets and {MAX_LEVELS} levels"
    )]
    UnsupportedCapacity {
        vifs: u32,
        targets: u32,
        levels: u32,
    },
}

/// A count with thousands separators: `65535` → `65,535`.
struct Thousands(usize);

impl fmt::Display for Thousands {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        f.write_str(&out)
    }
}

/// The capacity, checked against what the entry fields can express.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Geometry {
    levels: u32,
    vifs: u32,
    targets: u32,
}

impl Geometry {
    fn new(cap: &Capacity) -> Result<Self, LpmError> {
        if cap.vifs > MAX_VIFS || cap.targets > MAX_TARGETS || cap.lpm_levels > MAX_LEVELS {
            return Err(LpmError::UnsupportedCapacity {
                vifs: cap.vifs,
                targets: cap.targets,
                levels: cap.lpm_levels,
            });
        }
        Ok(Geometry {
            levels: cap.lpm_levels,
            vifs: cap.vifs,
            targets: cap.targets,
        })
    }

    /// `N`: nodes in the tree, slots in the sorted array.
    fn slots(&self) -> usize {
        (1usize << self.levels) - 1
    }
}

/// Where the result changes: from `key` upwards (to the next boundary) it is `result`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Boundary {
    key: u64,
    result: Option<u32>,
}

/// Appends boundaries, merging equal neighbours: a segment whose result equals the previous
/// one adds nothing.
struct Boundaries {
    list: Vec<Boundary>,
    /// Result of the last segment; "no route" below key 0.
    last: Option<u32>,
}

impl Boundaries {
    fn segment(&mut self, key: u64, result: Option<u32>) {
        if result != self.last {
            self.list.push(Boundary { key, result });
            self.last = result;
        }
    }
}

/// Validates the routes and lists the boundaries, sorted by key.
///
/// Routes with the same VIF, network and length: the last one wins, as in
/// [`lookup_reference`] (`max_by_key` returns the last maximum) and as in a route table where
/// a later insert replaces an earlier one.
fn boundaries(routes: &[LpmRoute], geo: &Geometry) -> Result<Vec<Boundary>, LpmError> {
    for r in routes {
        if r.vif >= geo.vifs {
            return Err(LpmError::VifOutOfRange {
                vif: r.vif,
                capacity: geo.vifs,
            });
        }
        if r.target >= geo.targets {
            return Err(LpmError::TargetOutOfRange {
                target: r.target,
                capacity: geo.targets,
            });
        }
        if !r.is_prefix() {
            return Err(LpmError::BadPrefix {
                vif: r.vif,
                network: r.network,
                len: r.len,
            });
        }
    }
    // First key ascending, then shorter (enclosing) prefixes first, then input position: of
    // equal prefixes the later one is pushed on top of the earlier and hides it entirely.
    let mut order: Vec<usize> = (0..routes.len()).collect();
    order.sort_unstable_by_key(|&i| (routes[i].first_key(), routes[i].len, i));

    // Sweep the key space with a stack of the prefixes covering the current key. Prefixes
    // are nested or disjoint, so the stack is ordered by containment. `pos` is the first key
    // whose segment is not yet emitted; it belongs to the top of the stack (or to no route).
    let mut out = Boundaries {
        list: Vec::with_capacity(routes.len() * 2),
        last: None,
    };
    let mut stack: Vec<(u64, u32)> = Vec::new(); // (end key, target)
    let mut pos = 0u64;
    for &i in &order {
        let r = &routes[i];
        let start = r.first_key();
        while let Some(&(end, target)) = stack.last() {
            if end > start {
                break;
            }
            if pos < end {
                out.segment(pos, Some(target));
                pos = end;
            }
            stack.pop();
        }
        if pos < start {
            out.segment(pos, stack.last().map(|&(_, t)| t));
            pos = start;
        }
        stack.push((r.end_key(), r.target));
    }
    while let Some((end, target)) = stack.pop() {
        if pos < end {
            out.segment(pos, Some(target));
            pos = end;
        }
    }
    if pos < KEY_SPACE {
        out.segment(pos, None);
    }
    let capacity = geo.slots();
    if out.list.len() > capacity {
        return Err(LpmError::TooManyBoundaries {
            needed: out.list.len(),
            capacity,
        });
    }
    Ok(out.list)
}

/// Leaf values by rank for the array `slots`, per the module invariant: the last copy of each
/// non-padding value gets that value's result, every other rank is zero ("no route").
fn leaves_for(slots: &[u64], bounds: &[Boundary]) -> Vec<Option<u32>> {
    let mut leaves = vec![None; slots.len() + 1];
    // `slots` is sorted: walk the boundaries along, `result` being that of the last boundary
    // at or below the current value.
    let mut bounds = bounds.iter().peekable();
    let mut result = None;
    for (t, (&value, leaf)) in slots.iter().zip(leaves.iter_mut().skip(1)).enumerate() {
        if value == PAD {
            break;
        }
        while let Some(b) = bounds.next_if(|b| b.key <= value) {
            result = b.result;
        }
        if slots.get(t + 1).is_none_or(|&next| next != value) {
            *leaf = result;
        }
    }
    leaves
}

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
fn spread(keys: &[u64], slots: usize) -> Vec<u64> {
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
fn relayout(prev: &[u64], keys: &[u64]) -> Vec<u64> {
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
/// [`LpmImage::compile_from_balanced`].
fn rebalance(slots: &mut [u64], prev: &[u64], keys: &[u64], levels: u32) {
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

/// A tree node as the hardware sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LpmNode {
    /// Search key, `vif << 32 | address`.
    pub key: u64,
    /// 0: padding, greater than every key.
    pub real: bool,
}

impl LpmNode {
    /// The all-zero entry.
    pub const PADDING: LpmNode = LpmNode {
        key: 0,
        real: false,
    };

    fn from_slot(value: u64) -> Self {
        if value == PAD {
            LpmNode::PADDING
        } else {
            LpmNode {
                key: value,
                real: true,
            }
        }
    }

    /// The staged entry (`TBL_DATA0..3` image) of `LPM_NODE_TABLE`.
    pub fn encode(&self) -> u128 {
        place(lpm_node_entry::KEY, self.key) | place(lpm_node_entry::REAL, u64::from(self.real))
    }

    /// Reads an entry as the RTL does: the `key` and `real` fields, nothing else.
    pub fn decode(entry: u128) -> Self {
        LpmNode {
            key: extract(lpm_node_entry::KEY, entry),
            real: extract(lpm_node_entry::REAL, entry) == 1,
        }
    }
}

/// A leaf as the hardware sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LpmLeaf {
    /// `None`: no route.
    pub target: Option<u32>,
}

impl LpmLeaf {
    /// The staged entry (`TBL_DATA0..3` image) of `LPM_LEAF_TABLE`.
    pub fn encode(&self) -> u128 {
        match self.target {
            Some(t) => {
                place(lpm_leaf_entry::TARGET, u64::from(t)) | place(lpm_leaf_entry::VALID, 1)
            }
            None => 0,
        }
    }

    /// Reads an entry as the RTL does.
    pub fn decode(entry: u128) -> Self {
        let valid = extract(lpm_leaf_entry::VALID, entry) == 1;
        LpmLeaf {
            // The field is at most 32 bits wide (`MAX_TARGETS` is a u32).
            target: valid.then(|| extract(lpm_leaf_entry::TARGET, entry) as u32),
        }
    }
}

/// `value` in `field` of a 128-bit staged entry.
fn place(field: Field, value: u64) -> u128 {
    u128::from(value & field.mask()) << field.lsb
}

/// `field` of a 128-bit staged entry.
fn extract(field: Field, entry: u128) -> u64 {
    // Fields are at most 64 bits wide, so the truncation drops only bits the mask clears.
    ((entry >> field.lsb) as u64) & field.mask()
}

/// `LPM_NODE_TABLE` index of node `node` of level `level`.
pub fn node_index(level: u32, node: u32) -> u32 {
    // Both fields lie within the low 32 bits of the index (checked by `MAX_LEVELS`).
    (lpm_node_index::LEVEL.place(u64::from(level)) | lpm_node_index::NODE.place(u64::from(node)))
        as u32
}

/// Array slot held by node `node` of level `level` in a tree of `levels` levels.
pub const fn slot_of(levels: u32, level: u32, node: u32) -> usize {
    (((2 * node as usize) + 1) << (levels - 1 - level)) - 1
}

/// Level and node of array slot `slot` (inverse of [`slot_of`]).
const fn node_of(levels: u32, slot: usize) -> (u32, u32) {
    let tz = (slot + 1).trailing_zeros();
    (levels - 1 - tz, ((slot + 1) >> (tz + 1)) as u32)
}

/// One of the two LPM tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LpmTable {
    Node,
    Leaf,
}

impl LpmTable {
    /// The table's register map description (id for `TBL_WRITE.table`, fields, commit bit).
    pub const fn table(self) -> Table {
        match self {
            LpmTable::Node => LPM_NODE_TABLE,
            LpmTable::Leaf => LPM_LEAF_TABLE,
        }
    }
}

/// One table write: stage `entry` in `TBL_DATA0..3`, then `TBL_WRITE` with the table's id and
/// `index`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LpmWrite {
    pub table: LpmTable,
    pub index: u32,
    pub entry: u128,
}

/// The contents of both LPM tables for one route set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LpmImage {
    levels: u32,
    /// The sorted array `A`, `2^levels - 1` slots, [`PAD`] for padding.
    slots: Vec<u64>,
    /// Leaf RAM by rank, `2^levels` entries; `None` is the zero entry.
    leaves: Vec<Option<u32>>,
    /// The route set's boundaries, sorted.
    bounds: Vec<Boundary>,
}

impl LpmImage {
    /// The empty tree: what a zeroed RAM holds. Every lookup misses.
    pub fn empty(cap: &Capacity) -> Result<LpmImage, LpmError> {
        let geo = Geometry::new(cap)?;
        Ok(Self::build(&geo, Vec::new(), vec![PAD; geo.slots()]))
    }

    /// Compiles with the boundaries packed to the left and padding after (the reference
    /// layout).
    /// Whether `routes` fit a tree of capacity `cap`, and how many boundaries they take,
    /// without laying the tree out: what `compile` checks, for a caller that only asks.
    pub fn check(routes: &[LpmRoute], cap: &Capacity) -> Result<usize, LpmError> {
        let geo = Geometry::new(cap)?;
        Ok(boundaries(routes, &geo)?.len())
    }

    pub fn compile(routes: &[LpmRoute], cap: &Capacity) -> Result<LpmImage, LpmError> {
        let geo = Geometry::new(cap)?;
        let bounds = boundaries(routes, &geo)?;
        let mut slots: Vec<u64> = bounds.iter().map(|b| b.key).collect();
        slots.resize(geo.slots(), PAD);
        Ok(Self::build(&geo, bounds, slots))
    }

    /// Compiles with the boundaries spread evenly over the whole array, each followed by
    /// copies of itself, so that a later [`compile_from`](Self::compile_from) finds room next
    /// to every element. With at most `(N - 1) / 2` boundaries (32,767 for 16 levels) every
    /// value holds two slots or more, and one route added costs at most 3 node writes (see
    /// [`compile_from`](Self::compile_from)).
    pub fn compile_spread(routes: &[LpmRoute], cap: &Capacity) -> Result<LpmImage, LpmError> {
        let geo = Geometry::new(cap)?;
        let bounds = boundaries(routes, &geo)?;
        let keys: Vec<u64> = bounds.iter().map(|b| b.key).collect();
        Ok(Self::build(&geo, bounds, spread(&keys, geo.slots())))
    }

    /// Compiles `routes` over the array of `prev` (the image the bank holds), changing as few
    /// nodes as any layout that satisfies the module invariant can: see `relayout`. Leaves
    /// then follow from the array; [`diff`] lists the writes.
    ///
    /// What one route added costs, from a [`compile_spread`](Self::compile_spread) image whose
    /// values all hold two slots or more: at most 3 node writes (each of the route's at most
    /// two new boundaries takes a neighbour's spare copy, except that two new boundaries in
    /// one gap may have to move one old element by one slot), and at most `2 · 3 + k` leaf
    /// writes, where `k` is the number of old boundaries inside the route's prefix (a leaf
    /// changes when its slot or the slot after it changes, or when its value's result does).
    ///
    /// A route removed costs leaf writes only, unless it uncovers new boundaries (its
    /// neighbours differ from what it covered): its own boundaries stay as stale elements.
    ///
    /// Each call is optimal for its own step, but nothing re-spreads ahead of need as a
    /// packed-memory array does, so many additions into one region use up the spare copies
    /// there and later ones shift more elements (as many as the distance to the nearest
    /// spare slot). A driver can re-spread with [`compile_spread`](Self::compile_spread) at
    /// a quiet moment, at the price of rewriting most entries once.
    ///
    /// If `prev` is empty (a zeroed bank) or of another depth, this lays out afresh as
    /// `compile_spread` does: room for later changes is worth writing every node once.
    pub fn compile_from(
        prev: &LpmImage,
        routes: &[LpmRoute],
        cap: &Capacity,
    ) -> Result<LpmImage, LpmError> {
        Self::compile_over(prev, routes, cap, false)
    }

    /// [`compile_from`](Self::compile_from), then re-spreads ahead of need as a packed-memory
    /// array does (Bender, Demaine, Farach-Colton 2000): where the change left a segment of
    /// 16 slots without a spare one, the smallest aligned window around it whose density is
    /// within its threshold is spread evenly again. Thresholds fall from 1 for a segment to
    /// `max(1/2, n/N)` for the whole array, so a window spread at level `w` takes a number of
    /// additions proportional to its size before it is spread again: a run of additions into
    /// one region costs O(log² N) writes each, amortized, instead of up to O(n).
    ///
    /// A change that leaves every segment it touched with a spare slot costs exactly what
    /// `compile_from` costs, which includes any one route added to a
    /// [`compile_spread`](Self::compile_spread) image (segments there hold at most 9 values).
    pub fn compile_from_balanced(
        prev: &LpmImage,
        routes: &[LpmRoute],
        cap: &Capacity,
    ) -> Result<LpmImage, LpmError> {
        Self::compile_over(prev, routes, cap, true)
    }

    fn compile_over(
        prev: &LpmImage,
        routes: &[LpmRoute],
        cap: &Capacity,
        balance: bool,
    ) -> Result<LpmImage, LpmError> {
        let geo = Geometry::new(cap)?;
        let bounds = boundaries(routes, &geo)?;
        let keys: Vec<u64> = bounds.iter().map(|b| b.key).collect();
        let fresh = prev.levels != geo.levels || prev.slots.first().is_none_or(|&v| v == PAD);
        let slots = if fresh {
            spread(&keys, geo.slots())
        } else {
            let mut slots = relayout(&prev.slots, &keys);
            if balance {
                rebalance(&mut slots, &prev.slots, &keys, geo.levels);
            }
            slots
        };
        Ok(Self::build(&geo, bounds, slots))
    }

    fn build(geo: &Geometry, bounds: Vec<Boundary>, slots: Vec<u64>) -> LpmImage {
        debug_assert_eq!(slots.len(), geo.slots());
        LpmImage {
            levels: geo.levels,
            leaves: leaves_for(&slots, &bounds),
            slots,
            bounds,
        }
    }

    /// Tree levels (`L`).
    pub fn levels(&self) -> u32 {
        self.levels
    }

    /// Number of boundaries the route set needs (at most `2^levels - 1`).
    pub fn boundaries(&self) -> usize {
        self.bounds.len()
    }

    /// The boundary keys, ascending.
    pub fn boundary_keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.bounds.iter().map(|b| b.key)
    }

    /// The staged entry of node `node` of level `level` (zero outside the tree).
    pub fn node_entry(&self, level: u32, node: u32) -> u128 {
        if level >= self.levels || node >= 1 << level {
            return 0;
        }
        let slot = self.slots.get(slot_of(self.levels, level, node));
        slot.map_or(0, |&v| LpmNode::from_slot(v).encode())
    }

    /// The staged entry of the leaf at `rank` (zero outside the table).
    pub fn leaf_entry(&self, rank: u32) -> u128 {
        let leaf = self.leaves.get(rank as usize);
        leaf.map_or(0, |&target| LpmLeaf { target }.encode())
    }

    /// The hardware descent: the rank a 40-bit key ends at, reading the staged entries.
    pub fn rank(&self, key: u64) -> u32 {
        let key = key & lpm_node_entry::KEY.mask();
        let mut i = 0u32;
        for level in 0..self.levels {
            let node = LpmNode::decode(self.node_entry(level, i));
            let go_right = node.real && key >= node.key;
            i = 2 * i + u32::from(go_right);
        }
        i
    }

    /// What the hardware answers for `addr` in VIF `vif`: the descent, then the leaf read.
    /// VIF indices the key cannot express miss.
    pub fn lookup(&self, vif: u32, addr: u32) -> Option<u32> {
        if vif >= MAX_VIFS {
            return None;
        }
        LpmLeaf::decode(self.leaf_entry(self.rank(key(vif, addr)))).target
    }

    /// Every node, padding included, level by level: `(LPM_NODE_TABLE index, entry)`.
    pub fn node_entries(&self) -> impl Iterator<Item = (u32, u128)> + '_ {
        (0..self.levels).flat_map(move |level| {
            (0..1u32 << level)
                .map(move |node| (node_index(level, node), self.node_entry(level, node)))
        })
    }

    /// Every leaf, by rank: `(LPM_LEAF_TABLE index, entry)`.
    pub fn leaf_entries(&self) -> impl Iterator<Item = (u32, u128)> + '_ {
        (0..self.leaves.len() as u32).map(move |rank| (rank, self.leaf_entry(rank)))
    }

    /// The writes that program both tables from scratch.
    pub fn writes(&self) -> Vec<LpmWrite> {
        let nodes = self.node_entries().map(|(index, entry)| LpmWrite {
            table: LpmTable::Node,
            index,
            entry,
        });
        let leaves = self.leaf_entries().map(|(index, entry)| LpmWrite {
            table: LpmTable::Leaf,
            index,
            entry,
        });
        nodes.chain(leaves).collect()
    }
}

/// The writes that turn a bank holding `old` into one holding `new`, nodes then leaves, by
/// index. Both tables are committed together (`TBL_COMMIT.lpm`), so their order does not
/// matter to traffic. Images of different depths share nothing: every entry of `new`.
pub fn diff(old: &LpmImage, new: &LpmImage) -> Vec<LpmWrite> {
    if old.levels != new.levels {
        return new.writes();
    }
    let mut writes = Vec::new();
    for (slot, (a, b)) in old.slots.iter().zip(&new.slots).enumerate() {
        if a != b {
            let (level, node) = node_of(new.levels, slot);
            writes.push(LpmWrite {
                table: LpmTable::Node,
                index: node_index(level, node),
                entry: LpmNode::from_slot(*b).encode(),
            });
        }
    }
    writes.sort_unstable();
    for (rank, (a, b)) in old.leaves.iter().zip(&new.leaves).enumerate() {
        if a != b {
            writes.push(LpmWrite {
                table: LpmTable::Leaf,
                index: rank as u32,
                entry: LpmLeaf { target: *b }.encode(),
            });
        }
    }
    writes
}

/// The obvious oracle: the longest of this VIF's prefixes that covers `addr` (of equal
/// prefixes the last one, as `max_by_key` does).
pub fn lookup_reference(routes: &[LpmRoute], vif: u32, addr: u32) -> Option<u32> {
    routes
        .iter()
        .filter(|r| r.vif == vif && r.contains(addr))
        .max_by_key(|r| r.len)
        .map(|r| r.target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regmap::CAPACITY;
    use proptest::prelude::*;
    use rand::{RngExt, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use std::collections::BTreeMap;

    fn route(vif: u32, addr: [u8; 4], len: u8, target: u32) -> LpmRoute {
        LpmRoute {
            vif,
            network: u32::from_be_bytes(addr),
            len,
            target,
        }
    }

    fn cap(levels: u32) -> Capacity {
        Capacity {
            lpm_levels: levels,
            ..CAPACITY
        }
    }

    fn reference_at(routes: &[LpmRoute], key: u64) -> Option<u32> {
        lookup_reference(routes, (key >> 32) as u32, key as u32)
    }

    /// The boundaries found without the sweep: a key is one when the reference answers
    /// differently one key below (no route below key 0). Only route edges can be.
    fn oracle_boundaries(routes: &[LpmRoute]) -> Vec<u64> {
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
    fn edge_keys(routes: &[LpmRoute], image: &LpmImage) -> Vec<u64> {
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
    fn route_probes(r: &LpmRoute, image: &LpmImage) -> Vec<u64> {
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

    fn assert_exact(image: &LpmImage, routes: &[LpmRoute], keys: &[u64]) {
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
    fn assert_invariant(image: &LpmImage, routes: &[LpmRoute]) {
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
    fn arb_route() -> impl Strategy<Value = LpmRoute> {
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

    fn arb_probe() -> impl Strategy<Value = u64> {
        (
            prop::sample::select(vec![0u32, 1, 2, 3, 100, 254, 255]),
            any::<u32>(),
        )
            .prop_map(|(vif, addr)| key(vif, addr))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn packed_lookups_match_the_reference(
            routes in prop::collection::vec(arb_route(), 0..48),
            probes in prop::collection::vec(arb_probe(), 0..64),
        ) {
            let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
            assert_exact(&image, &routes, &edge_keys(&routes, &image));
            assert_exact(&image, &routes, &probes);
            assert_invariant(&image, &routes);
        }

        #[test]
        fn boundaries_are_where_the_reference_changes(
            routes in prop::collection::vec(arb_route(), 0..48),
        ) {
            let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
            let keys: Vec<u64> = image.boundary_keys().collect();
            prop_assert_eq!(keys, oracle_boundaries(&routes));
            prop_assert!(image.boundaries() <= 2 * routes.len());
        }

        /// A 4-level tree (15 slots) fills up: the compiler refuses exactly the sets whose
        /// boundary count is over 15, and full trees stay exact.
        #[test]
        fn a_small_tree_fits_exactly_the_sets_with_at_most_n_boundaries(
            routes in prop::collection::vec(arb_route(), 0..16),
            probes in prop::collection::vec(arb_probe(), 0..32),
        ) {
            let needed = oracle_boundaries(&routes).len();
            match LpmImage::compile(&routes, &cap(4)) {
                Ok(image) => {
                    prop_assert!(needed <= 15);
                    assert_exact(&image, &routes, &edge_keys(&routes, &image));
                    assert_exact(&image, &routes, &probes);
                    assert_invariant(&image, &routes);
                }
                Err(e) => {
                    prop_assert_eq!(e, LpmError::TooManyBoundaries { needed, capacity: 15 });
                }
            }
        }

        /// Applying `diff` to a mirror of the old bank gives the new bank, entry for entry.
        #[test]
        fn diff_turns_the_old_tables_into_the_new(
            old in prop::collection::vec(arb_route(), 0..24),
            new in prop::collection::vec(arb_route(), 0..24),
        ) {
            let old = LpmImage::compile(&old, &cap(6)).expect("fits");
            let new = LpmImage::compile(&new, &cap(6)).expect("fits");
            let mut mirror = bank(&old);
            for w in diff(&old, &new) {
                let before = mirror.insert((w.table, w.index), w.entry);
                prop_assert!(before.is_some(), "index in range");
            }
            prop_assert_eq!(mirror, bank(&new));
        }
    }

    /// A route set and an edited copy: some routes dropped, retargeted or added.
    fn arb_edit() -> impl Strategy<Value = (Vec<LpmRoute>, Vec<LpmRoute>)> {
        let old = prop::collection::vec(arb_route(), 0..40);
        let edits =
            prop::collection::vec((0..3u8, any::<prop::sample::Index>(), arb_route()), 0..6);
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

    fn node_writes(writes: &[LpmWrite]) -> usize {
        writes.iter().filter(|w| w.table == LpmTable::Node).count()
    }

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

    /// Both tables of an image as (table, index) → entry.
    fn bank(image: &LpmImage) -> BTreeMap<(LpmTable, u32), u128> {
        image
            .writes()
            .into_iter()
            .map(|w| ((w.table, w.index), w.entry))
            .collect()
    }

    #[test]
    fn an_empty_table_misses_everywhere_and_is_all_zero() {
        let image = LpmImage::compile(&[], &CAPACITY).expect("fits");
        assert_eq!(image.boundaries(), 0);
        assert_eq!(image, LpmImage::empty(&CAPACITY).expect("capacity"));
        for k in [0, 1, key(0, u32::MAX), key(255, 0), KEY_SPACE - 1] {
            assert_eq!(image.rank(k), 0);
            assert_eq!(image.lookup((k >> 32) as u32, k as u32), None);
        }
        assert!(image.node_entries().all(|(_, e)| e == 0));
        assert!(image.leaf_entries().all(|(_, e)| e == 0));
    }

    #[test]
    fn a_default_route_covers_its_vif_and_no_other() {
        let routes = [route(7, [0, 0, 0, 0], 0, 42)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [key(7, 0), key(8, 0)]
        );
        assert_eq!(image.lookup(7, 0), Some(42));
        assert_eq!(image.lookup(7, u32::MAX), Some(42));
        assert_eq!(image.lookup(6, u32::MAX), None);
        assert_eq!(image.lookup(8, 0), None);
        assert_eq!(image.lookup(0, 0), None);
    }

    #[test]
    fn a_default_route_in_vif_0_starts_at_key_0() {
        // Key 0 is a boundary when VIF 0 has a route there: the result differs from the "no
        // route" below the key space.
        let routes = [route(0, [0, 0, 0, 0], 0, 1)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(image.boundary_keys().collect::<Vec<_>>(), [0, key(1, 0)]);
        assert_eq!(image.rank(0), 1);
        assert_eq!(image.lookup(0, 0), Some(1));
        assert_eq!(image.lookup(1, 0), None);
    }

    #[test]
    fn host_routes_at_the_ends_of_the_first_and_last_vif() {
        let routes = [
            route(0, [0, 0, 0, 0], 32, 1),
            route(0, [255, 255, 255, 255], 32, 2),
            route(255, [0, 0, 0, 0], 32, 3),
            route(255, [255, 255, 255, 255], 32, 1023),
        ];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        // The last route ends at 2^40, which is no key: it needs one boundary.
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [
                0,
                1,
                key(0, u32::MAX),
                key(1, 0),
                key(255, 0),
                key(255, 1),
                key(255, u32::MAX)
            ]
        );
        assert_eq!(image.lookup(0, 0), Some(1));
        assert_eq!(image.lookup(0, 1), None);
        assert_eq!(image.lookup(0, u32::MAX - 1), None);
        assert_eq!(image.lookup(0, u32::MAX), Some(2));
        assert_eq!(image.lookup(1, 0), None);
        assert_eq!(image.lookup(254, u32::MAX), None);
        assert_eq!(image.lookup(255, 0), Some(3));
        assert_eq!(image.lookup(255, 1), None);
        assert_eq!(image.lookup(255, u32::MAX), Some(1023));
        assert_eq!(image.rank(KEY_SPACE - 1), 7);
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn equal_results_across_a_vif_seam_merge() {
        // The end of VIF 3 and the start of VIF 4 go to the same target: no boundary at 4:0.
        let routes = [route(3, [0, 0, 0, 0], 0, 9), route(4, [0, 0, 0, 0], 1, 9)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [key(3, 0), key(4, 0x8000_0000)]
        );
        assert_eq!(image.lookup(3, u32::MAX), Some(9));
        assert_eq!(image.lookup(4, 0), Some(9));
        assert_eq!(image.lookup(4, 0x8000_0000), None);
    }

    #[test]
    fn nested_prefixes_with_the_same_target_merge() {
        let routes = [
            route(5, [10, 0, 0, 0], 8, 1),
            route(5, [10, 1, 0, 0], 16, 1),
            route(5, [10, 1, 2, 0], 24, 1),
            route(5, [10, 0, 0, 0], 16, 1),
        ];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [key(5, 0x0a00_0000), key(5, 0x0b00_0000)]
        );
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn nested_prefixes_with_different_targets_split() {
        // The module doc's example: 10/8 → 1 with 10.1/16 → 2 and 10.2/16 → 1 inside.
        let routes = [
            route(3, [10, 0, 0, 0], 8, 1),
            route(3, [10, 1, 0, 0], 16, 2),
            route(3, [10, 2, 0, 0], 16, 1),
            route(3, [10, 1, 0, 0], 24, 3), // starts where its parent starts
            route(3, [10, 1, 255, 255], 32, 4), // ends where its parent ends
        ];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        let k = |a: [u8; 4]| key(3, u32::from_be_bytes(a));
        assert_eq!(
            image.boundary_keys().collect::<Vec<_>>(),
            [
                k([10, 0, 0, 0]),
                k([10, 1, 0, 0]),
                k([10, 1, 1, 0]),
                k([10, 1, 255, 255]),
                k([10, 2, 0, 0]),
                k([11, 0, 0, 0]),
            ]
        );
        assert_eq!(image.lookup(3, u32::from_be_bytes([10, 1, 0, 7])), Some(3));
        assert_eq!(image.lookup(3, u32::from_be_bytes([10, 1, 1, 0])), Some(2));
        assert_eq!(
            image.lookup(3, u32::from_be_bytes([10, 1, 255, 255])),
            Some(4)
        );
        assert_eq!(image.lookup(3, u32::from_be_bytes([10, 2, 0, 0])), Some(1));
        assert_eq!(
            image.lookup(3, u32::from_be_bytes([10, 255, 0, 0])),
            Some(1)
        );
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn of_equal_prefixes_the_last_one_wins_as_in_the_reference() {
        let routes = [route(1, [10, 0, 0, 0], 8, 1), route(1, [10, 0, 0, 0], 8, 2)];
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert_eq!(lookup_reference(&routes, 1, 0x0a00_0001), Some(2));
        assert_eq!(image.lookup(1, 0x0a00_0001), Some(2));
    }

    #[test]
    fn bad_routes_and_capacities_are_refused_with_what_is_wrong() {
        let err = |routes: &[LpmRoute]| LpmImage::compile(routes, &CAPACITY).err();
        assert_eq!(
            err(&[route(256, [0; 4], 0, 0)]),
            Some(LpmError::VifOutOfRange {
                vif: 256,
                capacity: 256
            })
        );
        assert_eq!(
            err(&[route(0, [0; 4], 0, 1024)]),
            Some(LpmError::TargetOutOfRange {
                target: 1024,
                capacity: 1024
            })
        );
        let host_bits = err(&[route(2, [10, 0, 0, 1], 8, 0)]);
        assert_eq!(
            host_bits.map(|e| e.to_string()).as_deref(),
            Some("route 10.0.0.1/8 in VIF 2 is not a prefix: host bits are set")
        );
        let too_long = err(&[route(2, [10, 0, 0, 1], 33, 0)]);
        assert_eq!(
            too_long.map(|e| e.to_string()).as_deref(),
            Some("route 10.0.0.1/33 in VIF 2 is not a prefix: the length is over 32")
        );
        for bad in [
            Capacity {
                lpm_levels: 17,
                ..CAPACITY
            },
            Capacity {
                vifs: 257,
                ..CAPACITY
            },
            Capacity {
                targets: 1025,
                ..CAPACITY
            },
        ] {
            assert!(matches!(
                LpmImage::compile(&[], &bad),
                Err(LpmError::UnsupportedCapacity { .. })
            ));
        }
        assert_eq!(MAX_LEVELS, CAPACITY.lpm_levels);
    }

    /// 32,767 separated host routes (two boundaries each) and the very last address (one:
    /// it ends at 2^40): exactly N = 65,535 boundaries.
    fn full_table() -> Vec<LpmRoute> {
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

    #[test]
    fn exactly_n_boundaries_fit() {
        let routes = full_table();
        let image = LpmImage::compile(&routes, &CAPACITY).expect("exactly full");
        assert_eq!(image.boundaries(), 65_535);
        assert!(image.slots.iter().all(|&v| v != PAD), "no padding left");
        assert_exact(&image, &routes, &edge_keys(&routes, &image));
    }

    #[test]
    fn one_boundary_more_is_refused_naming_both_numbers() {
        let mut routes = full_table();
        // Not at the very end any more: two boundaries instead of one.
        routes.last_mut().expect("routes").network = 0xffff_fffe;
        let e = LpmImage::compile(&routes, &CAPACITY).expect_err("one too many");
        assert_eq!(
            e,
            LpmError::TooManyBoundaries {
                needed: 65_536,
                capacity: 65_535
            }
        );
        assert_eq!(
            e.to_string(),
            "the routes need 65,536 LPM boundaries; the pipeline holds 65,535 \
             (a route adds at most two)"
        );
        assert_eq!(Thousands(70_001).to_string(), "70,001");
        assert_eq!(Thousands(999).to_string(), "999");
        assert_eq!(Thousands(1_000_000).to_string(), "1,000,000");
    }

    /// `count` random routes over VIFs `0..vifs`, lengths mostly /16 to /32.
    fn random_routes(rng: &mut ChaCha8Rng, count: usize, vifs: u32) -> Vec<LpmRoute> {
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
    fn by_vif(routes: &[LpmRoute]) -> Vec<Vec<LpmRoute>> {
        let mut out = vec![Vec::new(); MAX_VIFS as usize];
        for r in routes {
            out[r.vif as usize].push(*r);
        }
        out
    }

    /// Samples: random keys, every boundary ±1, random keys inside random routes.
    fn assert_sampled_exact(image: &LpmImage, routes: &[LpmRoute], rng: &mut ChaCha8Rng) {
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

    #[test]
    fn sixteen_thousand_random_routes_over_64_vifs_are_exact() {
        let mut rng = ChaCha8Rng::seed_from_u64(16_384);
        let routes = random_routes(&mut rng, 16_384, 64);
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        assert!(
            image.boundaries() > 20_000,
            "{} boundaries",
            image.boundaries()
        );
        assert_sampled_exact(&image, &routes, &mut rng);
    }

    #[test]
    fn a_tiny_tree_encodes_as_worked_out_by_hand() {
        // 10/8 → 5 in VIF 1: boundaries 1:10.0.0.0 (→ 5) and 1:11.0.0.0 (→ none).
        // Two levels, three slots: A = [1:10.0.0.0, 1:11.0.0.0, padding]. The root holds
        // A[1], level 1 holds A[0] and A[2].
        let image = LpmImage::compile(&[route(1, [10, 0, 0, 0], 8, 5)], &cap(2)).expect("fits");
        let nodes: Vec<(u32, u128)> = image.node_entries().collect();
        assert_eq!(
            nodes,
            [
                (0x0_0000, 0x8000_0001_0b00_0000),
                (0x1_0000, 0x8000_0001_0a00_0000),
                (0x1_0001, 0),
            ]
        );
        let leaves: Vec<(u32, u128)> = image.leaf_entries().collect();
        assert_eq!(leaves, [(0, 0), (1, 0x8000_0005), (2, 0), (3, 0)]);
        assert_eq!(image.rank(key(1, 0x0a00_0000) - 1), 0);
        assert_eq!(image.rank(key(1, 0x0a00_0000)), 1);
        assert_eq!(image.rank(key(1, 0x0b00_0000)), 2);
    }

    #[test]
    fn every_node_of_every_level_is_emitted_and_decodes_through_the_regmap_fields() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let routes = random_routes(&mut rng, 3_000, 256);
        let image = LpmImage::compile(&routes, &CAPACITY).expect("fits");
        let nodes: BTreeMap<u32, u128> = image.node_entries().collect();
        assert_eq!(nodes.len(), 65_535, "every index once");
        for (&index, &entry) in &nodes {
            let word = u64::from(index);
            let (level, node) = (
                lpm_node_index::LEVEL.extract(word),
                lpm_node_index::NODE.extract(word),
            );
            assert!(level < 16 && node < 1 << level, "index {index:#x}");
            assert_eq!(index, (level << 16 | node) as u32);
            assert_eq!(entry >> 64, 0, "node fields live in TBL_DATA0..1");
        }
        // The in-order walk of the tree, read through the regmap fields, is the boundary
        // list followed by padding.
        fn in_order(
            nodes: &BTreeMap<u32, u128>,
            level: u64,
            node: u64,
            out: &mut Vec<Option<u64>>,
        ) {
            if level == 16 {
                return;
            }
            let index =
                (lpm_node_index::LEVEL.place(level) | lpm_node_index::NODE.place(node)) as u32;
            let word = nodes[&index] as u64;
            in_order(nodes, level + 1, 2 * node, out);
            let real = lpm_node_entry::REAL.extract(word) == 1;
            out.push(real.then(|| lpm_node_entry::KEY.extract(word)));
            in_order(nodes, level + 1, 2 * node + 1, out);
        }
        let mut walk = Vec::new();
        in_order(&nodes, 0, 0, &mut walk);
        let mut expected: Vec<Option<u64>> = image.boundary_keys().map(Some).collect();
        expected.resize(65_535, None);
        assert_eq!(walk, expected);

        let leaves: Vec<(u32, u128)> = image.leaf_entries().collect();
        assert_eq!(leaves.len(), 65_536);
        let bounds: Vec<u64> = image.boundary_keys().collect();
        for (rank, entry) in leaves {
            let word = entry as u64;
            assert_eq!(entry >> 32, 0, "leaf fields live in TBL_DATA0");
            let valid = lpm_leaf_entry::VALID.extract(word) == 1;
            let target = valid.then(|| lpm_leaf_entry::TARGET.extract(word) as u32);
            let expected = match rank.checked_sub(1).and_then(|i| bounds.get(i as usize)) {
                Some(&b) => reference_at(&routes, b),
                None => None,
            };
            assert_eq!(target, expected, "leaf {rank}");
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

    #[test]
    fn node_numbering_and_array_slots_are_inverse() {
        for levels in 1..=16 {
            let mut seen = vec![false; (1 << levels) - 1];
            for level in 0..levels {
                for node in 0..1u32 << level {
                    let slot = slot_of(levels, level, node);
                    assert!(!seen[slot]);
                    seen[slot] = true;
                    assert_eq!(node_of(levels, slot), (level, node));
                }
            }
            assert!(seen.iter().all(|&s| s));
        }
    }
}
