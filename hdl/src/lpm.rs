//! LPM: a pipelined search over the boundaries of the address ranges on which the longest
//! matching prefix is constant, one tree level per clock.
//!
//! ```text
//!   key = vif << 32 | dst     i = 0
//!   level k (RAM of 2^k nodes, two banks):  node = nodes_k[2i + bank]
//!                                            i = 2i + (node.real && key >= node.key)
//!   after 16 levels, i = rank = number of boundaries <= key
//!   leaf RAM[bank][rank] = {valid, target} of the range the key falls in
//! ```
//!
//! B. Lampson, V. Srinivasan, G. Varghese, "IP lookups using multiway and multicolumn
//! search", IEEE/ACM Trans. Networking 7(3), 1999, turn prefixes into ranges searched by
//! binary search; H. Le, V. K. Prasanna, "Scalable tree-based architectures for IPv4/v6
//! lookup using prefix partitioning", IEEE Trans. Computers 61(7), 2012, pipeline the search
//! tree one level per stage with a memory per level. The host compiles the tree
//! (`dxedge_host::lpm`). Putting the VIF index above the address makes one tree serve every
//! VIF while no VIF can match another's routes. Capacity is a number of boundaries, so it
//! does not depend on how the prefixes nest as it would for a multibit trie: 65,535
//! boundaries, at least 32,767 routes of any shape.
//!
//! The node RAM read of level k+1 is addressed by level k's comparison in the same clock,
//! so a lookup takes one clock per level and a new one enters every clock. The levels and
//! the leaf RAM are `lpm_tree.rs` (a level's registers and node read are enabled only while
//! a lookup arrives, so an idle level costs a simulator a test); this block builds the
//! lookup word and keeps each lookup's payload until its leaf is read.
//!
//! A reduced build (a small FPGA) keeps the 16 stages but gives only the first `levels` of
//! them memory: the others never go right, so the rank leaves them shifted left by
//! `16 - levels` bits, and the leaf RAM is addressed with that shift undone.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;
use crate::classify::Classified;
use crate::lpm_tree::LpmTree;

/// Levels of the tree, one pipeline stage each: room for 2^16 - 1 nodes.
pub const LEVELS: usize = 16;

/// Layout of the word a lookup carries from level to level (one register per level).
pub mod word {
    pub const KEY_BITS: usize = 40;
    pub const I_LSB: usize = 40;
    pub const VALID_BIT: usize = 56;
    pub const BANK_BIT: usize = 57;
}

/// The whole search: 16 levels and the leaf RAM. Latency 17 clocks, one lookup per clock.
#[derive(LogicBlock)]
pub struct LpmSearch {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // Lookups
    pub in_valid: Signal<In, Bit>,
    pub in_key: Signal<In, Bits<40>>,
    pub in_payload: Signal<In, Classified>,
    pub in_bank: Signal<In, Bit>,
    // Results, 17 clocks later
    pub out_valid: Signal<Out, Bit>,
    pub out_payload: Signal<Out, Classified>,
    pub out_hit: Signal<Out, Bit>,
    pub out_target: Signal<Out, Bits<10>>,
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
    /// The 16 levels and the leaves (`lpm_tree.rs`)
    tree: LpmTree,
    /// The payload waits in a ring of 32 words while its key descends: written as the
    /// lookup enters, read 16 clocks later (one write and one read a clock, instead of a
    /// register per level).
    payloads: BlockRam<Classified, 5>,
    ring: DFF<Bits<5>>,
    entry: Signal<Local, Bits<64>>,
    valid_word: Constant<Bits<64>>,
    bank_word: Constant<Bits<64>>,
    ring_delay: Constant<Bits<5>>,
}

impl Default for LpmSearch {
    fn default() -> Self {
        Self::new(LEVELS)
    }
}

impl LpmSearch {
    /// A search tree of `levels` levels (16 in the full builds).
    pub fn new(levels: usize) -> Self {
        assert!((1..=LEVELS).contains(&levels), "LpmSearch: 1 to 16 levels");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            in_valid: Default::default(),
            in_key: Default::default(),
            in_payload: Default::default(),
            in_bank: Default::default(),
            out_valid: Default::default(),
            out_payload: Default::default(),
            out_hit: Default::default(),
            out_target: Default::default(),
            w_bank: Default::default(),
            node_we: Default::default(),
            node_level: Default::default(),
            node_index: Default::default(),
            node_data: Default::default(),
            leaf_we: Default::default(),
            leaf_index: Default::default(),
            leaf_data: Default::default(),
            tree: LpmTree::new(levels),
            payloads: BlockRam::new(32),
            ring: Default::default(),
            entry: Default::default(),
            valid_word: Constant::new((1u64 << word::VALID_BIT).to_bits()),
            bank_word: Constant::new((1u64 << word::BANK_BIT).to_bits()),
            ring_delay: Constant::new((LEVELS as u64).to_bits()),
        }
    }
}

impl Logic for LpmSearch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ring);
        // The lookup word: key, index 0, valid, bank
        self.entry.next = bit_cast::<64, 40>(self.in_key.val());
        if self.in_valid.val() {
            self.entry.next = bit_cast::<64, 40>(self.in_key.val()) | self.valid_word.val();
            if self.in_bank.val() {
                self.entry.next = bit_cast::<64, 40>(self.in_key.val())
                    | self.valid_word.val()
                    | self.bank_word.val();
            }
        }
        self.tree.clock.next = self.clock.val();
        self.tree.reset.next = self.reset.val();
        self.tree.in_word.next = self.entry.val();
        self.tree.w_bank.next = self.w_bank.val();
        self.tree.node_we.next = self.node_we.val();
        self.tree.node_level.next = self.node_level.val();
        self.tree.node_index.next = self.node_index.val();
        self.tree.node_data.next = self.node_data.val();
        self.tree.leaf_we.next = self.leaf_we.val();
        self.tree.leaf_index.next = self.leaf_index.val();
        self.tree.leaf_data.next = self.leaf_data.val();
        // The payload ring: written now, read when the key leaves the last level
        self.ring.d.next = self.ring.q.val() + 1;
        self.payloads.clock.next = self.clock.val();
        self.payloads.write_enable.next = true;
        self.payloads.write_address.next = self.ring.q.val();
        self.payloads.write_data.next = self.in_payload.val();
        self.payloads.read_address.next = self.ring.q.val() - self.ring_delay.val();
        self.out_valid.next = self.tree.out_valid.val();
        self.out_payload.next = self.payloads.read_data.val();
        self.out_hit.next = self.tree.out_leaf.val().get_bit(10);
        self.out_target.next = self.tree.out_leaf.val().get_bits::<10>(0);
    }
}
