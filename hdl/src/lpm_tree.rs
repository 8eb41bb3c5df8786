//! The LPM search tree's levels and its leaves: a lookup descends one level per clock, and a
//! level does work only in the clock a lookup enters it.
//!
//! ```text
//!   level k holds word_k (key, index i so far, bank: lpm::word) and node_k, the node it is
//!   compared with, read from mem_k[{i, bank}] as the word entered the level; bit k of the
//!   shift register `valid` says whether a lookup is in level k.
//!   on each clock, for every level k >= 1 under a lookup (valid[k-1]):
//!       go     = node_{k-1} is real && key >= node_{k-1}.key
//!       word_k = word_{k-1} with i = i << 1 | go;   node_k = mem_k[{i, bank}]
//!   level 0 takes the entering word and reads the root of its bank
//!   the leaf (after level 15) reads leaves[{bank, rank}], rank = i << 1 | go without the
//!   absent levels' zeros
//!
//!   in_word ──► level 0 ──► level 1 ──► ... ──► level 15 ──► leaf RAM ──► out_leaf
//!     valid ──► [0] ──────► [1] ─────► ... ──► [15] ──────► [16] ─────► out_valid
//!                 each level: LpmLevel = DffCe (word) + BlockRamRe (nodes), both
//!                 enabled by the valid bit above it
//! ```
//!
//! Each level's inputs are plain expressions of the registers of the level above, each used
//! once, none reading the register it feeds: Verilator then computes each inside the
//! clocked `if` of the register or RAM read it feeds, so an idle level costs a simulator a
//! test (at 10G a lookup enters a level one clock in eight). That is why the validity of the
//! levels is one shift register (a level's enable never reads the level's own state) and why
//! a level's decision is written out twice rather than kept in a signal.
//!
//! Level k's node RAM has two banks of 2^k nodes, node n of bank b at word 2n + b, so one
//! write address serves every level. A reduced build gives only the first `levels` levels
//! memory; the others never go right, and the leaf RAM is addressed with their zeros shifted
//! out of the rank. Reads come before writes in a clock (read-first). Latency 17 clocks, one
//! lookup a clock.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRamRe;
use crate::dff_ce::DffCe;
use crate::lpm::{word, LEVELS};

/// One level of the tree: the lookup in it and the node RAM it reads.
#[derive(LogicBlock)]
pub struct LpmLevel {
    pub clock: Signal<In, Clock>,
    /// A lookup is in the level above (for level 0: one enters).
    pub above_valid: Signal<In, Bit>,
    /// The lookup in the level above and the node it is compared with there (for level 0:
    /// the entering word, index 0, and no node).
    pub above_word: Signal<In, Bits<64>>,
    pub above_node: Signal<In, Bits<41>>,
    /// The last lookup that entered this level and its node, for the level below.
    pub word: Signal<Out, Bits<64>>,
    pub node: Signal<Out, Bits<41>>,
    // Node writes: the address and data are shared by every level, the strobe is this level's
    pub we: Signal<In, Bit>,
    pub w_address: Signal<In, Bits<17>>,
    pub w_data: Signal<In, Bits<41>>,
    // State
    lookup: DffCe<Bits<64>>,
    nodes: BlockRamRe<Bits<41>, 17>,
    /// Whether the level above has memory (never for level 0, whose "above" is the entry).
    above_decides: Constant<Bit>,
    /// Nodes of this level (2^k), for the read address mask.
    node_mask: Constant<Bits<17>>,
    /// Words of this level's RAM (two banks of 2^k nodes), for the write address mask.
    word_mask: Constant<Bits<17>>,
    /// Whether this level has memory (reduced builds give only the first levels memory).
    present: Constant<Bit>,
    key_mask: Constant<Bits<64>>,
    i_clear: Constant<Bits<64>>,
    i_lsb: Constant<Bits<8>>,
    bank_bit: Constant<Bits<8>>,
}

impl LpmLevel {
    /// Level `k` (0 = the root) of a tree whose first `levels` levels have memory.
    pub fn new(k: usize, levels: usize) -> Self {
        assert!(k < LEVELS && (1..=LEVELS).contains(&levels));
        let present = k < levels;
        let nodes = 1u64 << k;
        let c8 = |v: usize| Constant::new((v as u64).to_bits());
        LpmLevel {
            clock: Default::default(),
            above_valid: Default::default(),
            above_word: Default::default(),
            above_node: Default::default(),
            word: Default::default(),
            node: Default::default(),
            we: Default::default(),
            w_address: Default::default(),
            w_data: Default::default(),
            lookup: Default::default(),
            nodes: BlockRamRe::new(if present { 2 * nodes as usize } else { 2 }),
            above_decides: Constant::new(k >= 1 && k - 1 < levels),
            node_mask: Constant::new((if present { nodes - 1 } else { 0 }).to_bits()),
            word_mask: Constant::new((if present { 2 * nodes - 1 } else { 1 }).to_bits()),
            present: Constant::new(present),
            key_mask: Constant::new(KEY_MASK.to_bits()),
            i_clear: Constant::new((!(0xffffu64 << word::I_LSB)).to_bits()),
            i_lsb: c8(word::I_LSB),
            bank_bit: c8(word::BANK_BIT),
        }
    }
}

const KEY_MASK: u64 = (1 << word::KEY_BITS) - 1;

impl Logic for LpmLevel {
    #[hdl_gen]
    fn update(&mut self) {
        self.lookup.clock.next = self.clock.val();
        self.nodes.clock.next = self.clock.val();
        // Both registers load only as a lookup arrives, from expressions used once each (see
        // the module doc: an idle level then costs a test). The decision: go right of a real boundary (bit 40) the key is at or above. Padding
        // (all zero) is above every key, and a level without memory sends nothing right.
        self.lookup.ce.next = self.above_valid.val();
        self.lookup.rst.next = false;
        self.lookup.d.next = (self.above_word.val() & self.i_clear.val())
            | (bit_cast::<64, 16>(
                (self
                    .above_word
                    .val()
                    .get_bits::<16>(self.i_lsb.val().index())
                    << 1)
                    | bit_cast::<16, 1>(
                        (self.above_decides.val()
                            & self.above_node.val().get_bit(40)
                            & ((self.above_word.val() & self.key_mask.val())
                                >= bit_cast::<64, 40>(self.above_node.val().get_bits::<40>(0))))
                        .into(),
                    ),
            ) << self.i_lsb.val());
        self.nodes.read_enable.next = self.present.val() & self.above_valid.val();
        self.nodes.read_address.next = (((bit_cast::<17, 16>(
            self.above_word
                .val()
                .get_bits::<16>(self.i_lsb.val().index()),
        ) << 1)
            | bit_cast::<17, 1>(
                (self.above_decides.val()
                    & self.above_node.val().get_bit(40)
                    & ((self.above_word.val() & self.key_mask.val())
                        >= bit_cast::<64, 40>(self.above_node.val().get_bits::<40>(0))))
                .into(),
            ))
            & self.node_mask.val())
            << 1
            | bit_cast::<17, 1>(
                self.above_word
                    .val()
                    .get_bits::<1>(self.bank_bit.val().index()),
            );
        // The host never writes a node past a level's end; the mask keeps a write that did
        // so inside the RAM, where both simulators and the FPGA agree on it
        self.nodes.write_enable.next = self.we.val() & self.present.val();
        self.nodes.write_address.next = self.w_address.val() & self.word_mask.val();
        self.nodes.write_data.next = self.w_data.val();
        self.word.next = self.lookup.q.val();
        self.node.next = self.nodes.read_data.val();
    }
}

/// The 16 levels and the leaf RAM.
#[derive(LogicBlock)]
pub struct LpmTree {
    pub clock: Signal<In, Clock>,
    /// Empties the levels (table contents are kept).
    pub reset: Signal<In, Bit>,
    /// The lookup entering level 0 (`lpm::word`, index 0).
    pub in_word: Signal<In, Bits<64>>,
    /// A lookup's leaf, 17 clocks after it entered: {valid, target}. `out_leaf` holds its
    /// last value while `out_valid` is clear.
    pub out_valid: Signal<Out, Bit>,
    pub out_leaf: Signal<Out, Bits<11>>,
    // Table writes into the shadow bank `w_bank`
    pub w_bank: Signal<In, Bit>,
    pub node_we: Signal<In, Bit>,
    pub node_level: Signal<In, Bits<4>>,
    pub node_index: Signal<In, Bits<16>>,
    pub node_data: Signal<In, Bits<41>>,
    pub leaf_we: Signal<In, Bit>,
    pub leaf_index: Signal<In, Bits<16>>,
    pub leaf_data: Signal<In, Bits<11>>,
    // State
    levels: [LpmLevel; LEVELS],
    /// Two banks of 2^levels leaves, bank b's leaf r at word b << levels | r
    leaves: BlockRamRe<Bits<11>, 17>,
    /// Bit k: a lookup is in level k (bit 16: its leaf is out). One shift register for all
    /// the levels, written every clock, so that a level's registers load on the bit above
    /// theirs and never read themselves to know whether a lookup left.
    valid: DffCe<Bits<17>>,
    /// Whether the last level has memory (a full build).
    last_decides: Constant<Bit>,
    /// Bits of the rank below the build's levels (always 0): 16 - levels.
    rank_shift: Constant<Bits<8>>,
    /// Leaves of the build (2^levels): the leaf RAM's bank bit position, and its index mask.
    levels_count: Constant<Bits<8>>,
    leaf_mask: Constant<Bits<17>>,
    key_mask: Constant<Bits<64>>,
    i_lsb: Constant<Bits<8>>,
    valid_bit: Constant<Bits<8>>,
    bank_bit: Constant<Bits<8>>,
}

impl LpmTree {
    /// A tree whose first `levels` levels have memory.
    pub fn new(levels: usize) -> Self {
        assert!((1..=LEVELS).contains(&levels), "LpmTree: 1 to 16 levels");
        let c8 = |v: usize| Constant::new((v as u64).to_bits());
        LpmTree {
            clock: Default::default(),
            reset: Default::default(),
            in_word: Default::default(),
            out_valid: Default::default(),
            out_leaf: Default::default(),
            w_bank: Default::default(),
            node_we: Default::default(),
            node_level: Default::default(),
            node_index: Default::default(),
            node_data: Default::default(),
            leaf_we: Default::default(),
            leaf_index: Default::default(),
            leaf_data: Default::default(),
            levels: std::array::from_fn(|k| LpmLevel::new(k, levels)),
            leaves: BlockRamRe::new(2 << levels),
            valid: Default::default(),
            last_decides: Constant::new(levels == LEVELS),
            rank_shift: c8(LEVELS - levels),
            levels_count: c8(levels),
            leaf_mask: Constant::new(((1u64 << levels) - 1).to_bits()),
            key_mask: Constant::new(KEY_MASK.to_bits()),
            i_lsb: c8(word::I_LSB),
            valid_bit: c8(word::VALID_BIT),
            bank_bit: c8(word::BANK_BIT),
        }
    }
}

impl Logic for LpmTree {
    #[hdl_gen]
    fn update(&mut self) {
        self.valid.clock.next = self.clock.val();
        self.valid.ce.next = true;
        self.valid.rst.next = self.reset.val();
        self.valid.d.next = (self.valid.q.val() << 1)
            | bit_cast::<17, 1>(
                self.in_word
                    .val()
                    .get_bits::<1>(self.valid_bit.val().index()),
            );
        for k in 0..LEVELS {
            self.levels[k].clock.next = self.clock.val();
            self.levels[k].we.next = self.node_we.val() & (self.node_level.val().index() == k);
            // Node n of bank b is word 2n + b at every level. Written out for each level
            // rather than kept in a signal, so that it is computed in a write's clock only
            self.levels[k].w_address.next = (bit_cast::<17, 16>(self.node_index.val()) << 1)
                | bit_cast::<17, 1>(self.w_bank.val().into());
            self.levels[k].w_data.next = self.node_data.val();
        }
        self.levels[0].above_valid.next = self.in_word.val().get_bit(self.valid_bit.val().index());
        self.levels[0].above_word.next = self.in_word.val();
        self.levels[0].above_node.next = 0.into();
        for k in 1..LEVELS {
            self.levels[k].above_valid.next = self.valid.q.val().get_bit(k - 1);
            self.levels[k].above_word.next = self.levels[k - 1].word.val();
            self.levels[k].above_node.next = self.levels[k - 1].node.val();
        }
        // The leaf: the last level's decision completes the rank, whose absent levels'
        // zeros are shifted out; the bank is above it
        self.leaves.clock.next = self.clock.val();
        self.leaves.read_enable.next = self.valid.q.val().get_bit(15);
        self.leaves.read_address.next = (((bit_cast::<17, 16>(
            self.levels[15]
                .word
                .val()
                .get_bits::<16>(self.i_lsb.val().index()),
        ) << 1)
            | bit_cast::<17, 1>(
                (self.last_decides.val()
                    & self.levels[15].node.val().get_bit(40)
                    & ((self.levels[15].word.val() & self.key_mask.val())
                        >= bit_cast::<64, 40>(self.levels[15].node.val().get_bits::<40>(0))))
                .into(),
            ))
            >> self.rank_shift.val())
            & self.leaf_mask.val()
            | (bit_cast::<17, 1>(
                self.levels[15]
                    .word
                    .val()
                    .get_bits::<1>(self.bank_bit.val().index()),
            ) << self.levels_count.val());
        self.leaves.write_enable.next = self.leaf_we.val();
        self.leaves.write_address.next = (bit_cast::<17, 16>(self.leaf_index.val())
            & self.leaf_mask.val())
            | (bit_cast::<17, 1>(self.w_bank.val().into()) << self.levels_count.val());
        self.leaves.write_data.next = self.leaf_data.val();
        self.out_valid.next = self.valid.q.val().get_bit(16);
        self.out_leaf.next = self.leaves.read_data.val();
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::{rising_edge, settle_low};
    use dxedge_host::lpm::slot_of;

    /// One clock: a lookup of `key` enters if given, no writes. Returns (out_valid, out_leaf)
    /// as the clock's rising edge sees them (`testing.rs`).
    fn clock(t: &mut LpmTree, key: Option<(u64, bool)>) -> (bool, u64) {
        t.in_word.next = match key {
            Some((k, bank)) => {
                (k | 1 << word::VALID_BIT | (bank as u64) << word::BANK_BIT).to_bits()
            }
            None => 0u64.to_bits(),
        };
        t.node_we.next = false;
        t.leaf_we.next = false;
        settle_low!(*t);
        let out = (t.out_valid.val(), t.out_leaf.val().to_u64());
        rising_edge!(*t);
        out
    }

    fn write_node(t: &mut LpmTree, bank: bool, level: u64, index: u64, data: u64) {
        t.w_bank.next = bank;
        t.node_we.next = true;
        t.node_level.next = level.to_bits();
        t.node_index.next = index.to_bits();
        t.node_data.next = data.to_bits();
        settle_low!(*t);
        rising_edge!(*t);
        t.node_we.next = false;
    }

    fn write_leaf(t: &mut LpmTree, bank: bool, index: u64, data: u64) {
        t.w_bank.next = bank;
        t.leaf_we.next = true;
        t.leaf_index.next = index.to_bits();
        t.leaf_data.next = data.to_bits();
        settle_low!(*t);
        rising_edge!(*t);
        t.leaf_we.next = false;
    }

    /// A complete search tree of `sorted` (2^levels - 1 boundaries, all real) in
    /// bank `bank`, laid out as the host lays it out (`dxedge_host::lpm::slot_of`: node n of
    /// level k is the boundary at in-order position (2n + 1) 2^(levels - 1 - k) - 1). Leaf r
    /// holds r as a valid target, written where a tree of `LEVELS` levels finds it (r shifted
    /// past the absent levels).
    fn fill(t: &mut LpmTree, levels: usize, bank: bool, sorted: &[u64], leaf_shift: usize) {
        assert_eq!(sorted.len(), (1 << levels) - 1);
        for k in 0..levels {
            for n in 0..1u64 << k {
                let at = slot_of(levels as u32, k as u32, n as u32);
                write_node(t, bank, k as u64, n, 1 << 40 | sorted[at]);
            }
        }
        for r in 0..1u64 << levels {
            write_leaf(t, bank, r << leaf_shift, 1 << 10 | r);
        }
    }

    /// Lookups every clock and every third clock, in both banks, against the rank a sorted
    /// list gives: each leaf comes out 17 clocks after its key went in, in order. A reduced
    /// build (3 levels with memory), and a full one holding a tree of 4 levels whose deeper
    /// levels are padding (never real, so never right: the rank comes out shifted by 12).
    #[test]
    fn a_lookup_leaves_with_the_leaf_of_its_rank_17_clocks_later() {
        for (memory, tree) in [(3usize, 3usize), (16, 4)] {
            let mut t = LpmTree::new(memory);
            t.connect_all();
            let count = (1u64 << tree) - 1;
            let bank0: Vec<u64> = (1..=count).map(|b| b * 1000 + 7).collect();
            let bank1: Vec<u64> = bank0.iter().map(|b| b + 500).collect();
            fill(&mut t, tree, false, &bank0, memory - tree);
            fill(&mut t, tree, true, &bank1, memory - tree);
            let mut keys = vec![0, 1 << 39];
            for b in &bank1 {
                keys.extend([b - 501, b - 500, b - 1, *b, b + 1]);
            }
            // (clock it is due at, leaf)
            let mut expected = VecDeque::new();
            let (mut now, mut seen) = (0u64, 0);
            let mut check = |out: (bool, u64), expected: &mut VecDeque<(u64, u64)>| {
                now += 1;
                if out.0 {
                    let want = expected.pop_front().expect("a leaf nobody asked for");
                    assert_eq!((now, out.1), want, "{memory} levels of memory");
                    seen += 1;
                }
                now
            };
            for gap in [1usize, 3] {
                for (n, &key) in keys.iter().enumerate() {
                    let bank = n % 2 == 1;
                    let list = if bank { &bank1 } else { &bank0 };
                    let rank = list.iter().filter(|&&b| b <= key).count() as u64;
                    let entered = check(clock(&mut t, Some((key, bank))), &mut expected);
                    expected.push_back((entered + 17, 1 << 10 | rank));
                    for _ in 1..gap {
                        check(clock(&mut t, None), &mut expected);
                    }
                }
            }
            for _ in 0..=17 {
                check(clock(&mut t, None), &mut expected);
            }
            assert!(
                expected.is_empty(),
                "{memory} levels of memory: leaves missing"
            );
            assert_eq!(seen, 2 * keys.len());
        }
    }
}
