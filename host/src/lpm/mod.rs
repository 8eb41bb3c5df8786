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
//!
//! The parts, in the order a compile runs them: `boundaries.rs` turns prefixes into
//! boundaries, `layout.rs` places them in the array (spread, or over a previous image),
//! `image.rs` derives the leaves, encodes the entries and lists the writes.

mod boundaries;
mod image;
mod layout;
#[cfg(test)]
mod testing;

pub use image::{
    diff, lookup_reference, node_index, slot_of, LpmImage, LpmLeaf, LpmNode, LpmTable, LpmWrite,
};

use std::fmt;
use std::net::Ipv4Addr;

use thiserror::Error;

use crate::regmap::{lpm_leaf_entry, lpm_node_entry, lpm_node_index, tbl_write, Capacity};

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
