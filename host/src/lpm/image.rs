//! The tables the RTL reads: node and leaf encoding, [`LpmImage`] (the array, its leaves
//! and the compile entry points), [`diff`] between two images, and the reference lookup the
//! tests and callers check against.

use super::boundaries::{boundaries, Boundary};
use super::layout::{rebalance, relayout, spread};
use super::{key, Geometry, LpmError, LpmRoute, MAX_VIFS, PAD};
use crate::regmap::{
    lpm_leaf_entry, lpm_node_entry, lpm_node_index, Capacity, Field, Table, LPM_LEAF_TABLE,
    LPM_NODE_TABLE,
};

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
    pub(super) levels: u32,
    /// The sorted array `A`, `2^levels - 1` slots, [`PAD`] for padding.
    pub(super) slots: Vec<u64>,
    /// Leaf RAM by rank, `2^levels` entries; `None` is the zero entry.
    pub(super) leaves: Vec<Option<u32>>,
    /// The route set's boundaries, sorted.
    pub(super) bounds: Vec<Boundary>,
}

impl LpmImage {
    /// The empty tree: what a zeroed RAM holds. Every lookup misses.
    pub fn empty(cap: &Capacity) -> Result<LpmImage, LpmError> {
        let geo = Geometry::new(cap)?;
        Ok(Self::build(&geo, Vec::new(), vec![PAD; geo.slots()]))
    }

    /// Whether `routes` fit a tree of capacity `cap`, and how many boundaries they take,
    /// without laying the tree out: what `compile` checks, for a caller that only asks.
    pub fn check(routes: &[LpmRoute], cap: &Capacity) -> Result<usize, LpmError> {
        let geo = Geometry::new(cap)?;
        Ok(boundaries(routes, &geo)?.len())
    }

    /// Compiles with the boundaries packed to the left and padding after (the reference
    /// layout).
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
    use super::super::testing::*;
    use super::super::*;
    use super::*;
    use crate::regmap::CAPACITY;
    use proptest::prelude::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;
    use std::collections::BTreeMap;

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
