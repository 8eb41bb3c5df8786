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
//! so a lookup takes one clock per level and a new one enters every clock.
//!
//! A reduced build (a small FPGA) keeps the 16 stages but gives only the first `levels` of
//! them memory: the others never go right, so the rank leaves them shifted left by
//! `16 - levels` bits, and the leaf RAM is addressed with that shift undone.

use rust_hdl::prelude::*;

use crate::block_ram::BlockRam;
use crate::classify::Classified;
use crate::dff_ce::DffCe;

/// Pipeline stages: room for 2^16 - 1 nodes.
pub const LEVELS: usize = 16;

/// Layout of the word a lookup carries from level to level (one register per level).
pub mod word {
    pub const KEY_BITS: usize = 40;
    pub const I_LSB: usize = 40;
    pub const VALID_BIT: usize = 56;
    pub const BANK_BIT: usize = 57;
}

/// One level of the search tree: a RAM of 2^k nodes per bank.
#[derive(LogicBlock)]
pub struct LpmLevel {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// From the previous level (key, index so far, valid, bank: `word`), in the clock its
    /// RAM read is addressed.
    pub in_word: Signal<In, Bits<64>>,
    /// To the next level: the same with this level's decision in the index.
    pub out_word: Signal<Out, Bits<64>>,
    // Node writes into the shadow bank
    pub we: Signal<In, Bit>,
    /// Node `n` of bank `b` is RAM word `2n + b` at every level, so one write address
    /// (computed once by the search) serves them all.
    pub w_address: Signal<In, Bits<17>>,
    pub w_data: Signal<In, Bits<41>>,
    // State
    ram: BlockRam<Bits<41>, 17>,
    lookup: DffCe<Bits<64>>,
    in_i: Signal<Local, Bits<16>>,
    i: Signal<Local, Bits<16>>,
    go_right: Signal<Local, Bit>,
    /// Nodes of this level (2^k), for the address mask.
    node_mask: Constant<Bits<17>>,
    /// Words of this level's RAM (two banks of 2^k nodes), for the write address mask.
    word_mask: Constant<Bits<17>>,
    /// A level without memory (reduced builds) never goes right.
    present: Constant<Bit>,
    key_mask: Constant<Bits<64>>,
    i_clear: Constant<Bits<64>>,
    i_lsb: Constant<Bits<8>>,
    valid_bit: Constant<Bits<8>>,
    bank_bit: Constant<Bits<8>>,
}

impl LpmLevel {
    /// Level `k` (0 = root); `present`: whether the build gives it memory.
    pub fn new(k: usize, present: bool) -> Self {
        assert!(k < LEVELS);
        let nodes = 1usize << k;
        let c8 = |v: usize| Constant::new((v as u64).to_bits());
        LpmLevel {
            clock: Default::default(),
            reset: Default::default(),
            in_word: Default::default(),
            out_word: Default::default(),
            we: Default::default(),
            w_address: Default::default(),
            w_data: Default::default(),
            ram: BlockRam::new(if present { 2 * nodes } else { 2 }),
            lookup: Default::default(),
            in_i: Default::default(),
            i: Default::default(),
            go_right: Default::default(),
            node_mask: Constant::new((if present { nodes as u64 - 1 } else { 0 }).to_bits()),
            word_mask: Constant::new((if present { 2 * nodes as u64 - 1 } else { 1 }).to_bits()),
            present: Constant::new(present),
            key_mask: Constant::new(((1u64 << word::KEY_BITS) - 1).to_bits()),
            i_clear: Constant::new((!(0xffffu64 << word::I_LSB)).to_bits()),
            i_lsb: c8(word::I_LSB),
            valid_bit: c8(word::VALID_BIT),
            bank_bit: c8(word::BANK_BIT),
        }
    }
}

impl Logic for LpmLevel {
    #[hdl_gen]
    fn update(&mut self) {
        self.lookup.clock.next = self.clock.val();
        self.ram.clock.next = self.clock.val();
        // Address this level's node with the previous level's decision. Everything here is
        // one expression per signal, no branch: Verilator then folds each into where it is
        // used instead of keeping it in the model's state (see dff_ce.rs). An idle level's
        // word has its valid bit clear, and what it computes from the rest is not used.
        self.in_i.next = self.in_word.val().get_bits::<16>(self.i_lsb.val().index());
        self.ram.read_address.next = ((bit_cast::<17, 16>(self.in_i.val()) & self.node_mask.val())
            << 1)
            | bit_cast::<17, 1>(
                self.in_word
                    .val()
                    .get_bits::<1>(self.bank_bit.val().index()),
            );
        // Writes: the address and data wires are shared by every level, only the strobe is
        // this level's. The host never writes a node past a level's end; the mask keeps a
        // write that did so inside the RAM, as both simulators and the FPGA then agree on it.
        self.ram.write_enable.next = self.we.val() & self.present.val();
        self.ram.write_address.next = self.w_address.val() & self.word_mask.val();
        self.ram.write_data.next = self.w_data.val();
        // The lookup register loads when a lookup arrives or leaves; an idle level holds it
        self.lookup.ce.next = self.in_word.val().get_bit(self.valid_bit.val().index())
            | self.lookup.q.val().get_bit(self.valid_bit.val().index());
        self.lookup.rst.next = self.reset.val();
        self.lookup.d.next = self.in_word.val();
        // Bit 40 marks a real boundary; padding (all zero) is above every key
        self.go_right.next = self.present.val()
            & self.ram.read_data.val().get_bit(40)
            & ((self.lookup.q.val() & self.key_mask.val())
                >= bit_cast::<64, 40>(self.ram.read_data.val().get_bits::<40>(0)));
        self.i.next = (self.lookup.q.val().get_bits::<16>(self.i_lsb.val().index()) << 1)
            | bit_cast::<16, 1>(self.go_right.val().into());
        self.out_word.next = (self.lookup.q.val() & self.i_clear.val())
            | (bit_cast::<64, 16>(self.i.val()) << self.i_lsb.val());
    }
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
    levels: [LpmLevel; LEVELS],
    leaves: BlockRam<Bits<11>, 17>,
    leaf_valid: DFF<Bit>,
    /// The payload waits in a ring of 32 words while its key descends: written as the
    /// lookup enters, read 16 clocks later (one write and one read a clock, instead of a
    /// register per level).
    payloads: BlockRam<Classified, 5>,
    ring: DFF<Bits<5>>,
    entry: Signal<Local, Bits<64>>,
    w_address: Signal<Local, Bits<17>>,
    rank: Signal<Local, Bits<17>>,
    /// Bits of the rank below the build's levels (always 0): 16 - levels.
    rank_shift: Constant<Bits<8>>,
    /// Leaves of the build (2^levels): the leaf RAM's bank bit, and its index mask.
    leaf_bank: Constant<Bits<17>>,
    leaf_mask: Constant<Bits<17>>,
    valid_word: Constant<Bits<64>>,
    bank_word: Constant<Bits<64>>,
    i_lsb: Constant<Bits<8>>,
    valid_bit: Constant<Bits<8>>,
    bank_bit: Constant<Bits<8>>,
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
        let leaves = 1u64 << levels;
        let c8 = |v: usize| Constant::new((v as u64).to_bits());
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
            levels: std::array::from_fn(|k| LpmLevel::new(k, k < levels)),
            leaves: BlockRam::new(2 * leaves as usize),
            leaf_valid: Default::default(),
            payloads: BlockRam::new(32),
            ring: Default::default(),
            entry: Default::default(),
            w_address: Default::default(),
            rank: Default::default(),
            rank_shift: Constant::new(((LEVELS - levels) as u64).to_bits()),
            leaf_bank: Constant::new(leaves.to_bits()),
            leaf_mask: Constant::new((leaves - 1).to_bits()),
            valid_word: Constant::new((1u64 << word::VALID_BIT).to_bits()),
            bank_word: Constant::new((1u64 << word::BANK_BIT).to_bits()),
            i_lsb: c8(word::I_LSB),
            valid_bit: c8(word::VALID_BIT),
            bank_bit: c8(word::BANK_BIT),
            ring_delay: Constant::new((LEVELS as u64).to_bits()),
        }
    }
}

impl Logic for LpmSearch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, leaf_valid, ring);
        self.w_address.next = bit_cast::<17, 16>(self.node_index.val()) << 1;
        if self.w_bank.val() {
            self.w_address.next = (bit_cast::<17, 16>(self.node_index.val()) << 1) | 1;
        }
        for k in 0..LEVELS {
            self.levels[k].clock.next = self.clock.val();
            self.levels[k].reset.next = self.reset.val();
            self.levels[k].we.next = self.node_we.val() & (self.node_level.val().index() == k);
            self.levels[k].w_address.next = self.w_address.val();
            self.levels[k].w_data.next = self.node_data.val();
        }
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
        self.levels[0].in_word.next = self.entry.val();
        for k in 1..LEVELS {
            self.levels[k].in_word.next = self.levels[k - 1].out_word.val();
        }
        // The payload ring: written now, read when the key leaves the last level
        self.ring.d.next = self.ring.q.val() + 1;
        self.payloads.clock.next = self.clock.val();
        self.payloads.write_enable.next = true;
        self.payloads.write_address.next = self.ring.q.val();
        self.payloads.write_data.next = self.in_payload.val();
        self.payloads.read_address.next = self.ring.q.val() - self.ring_delay.val();
        // Leaf: bank bit above the rank (with the absent levels' zeros shifted out)
        self.rank.next = (bit_cast::<17, 16>(
            self.levels[15]
                .out_word
                .val()
                .get_bits::<16>(self.i_lsb.val().index()),
        ) >> self.rank_shift.val())
            & self.leaf_mask.val();
        self.leaves.clock.next = self.clock.val();
        self.leaves.read_address.next = self.rank.val();
        if self.levels[15]
            .out_word
            .val()
            .get_bit(self.bank_bit.val().index())
        {
            self.leaves.read_address.next = self.rank.val() | self.leaf_bank.val();
        }
        self.leaves.write_enable.next = self.leaf_we.val();
        self.leaves.write_address.next =
            bit_cast::<17, 16>(self.leaf_index.val()) & self.leaf_mask.val();
        if self.w_bank.val() {
            self.leaves.write_address.next = (bit_cast::<17, 16>(self.leaf_index.val())
                & self.leaf_mask.val())
                | self.leaf_bank.val();
        }
        self.leaves.write_data.next = self.leaf_data.val();
        self.leaf_valid.d.next = self.levels[15]
            .out_word
            .val()
            .get_bit(self.valid_bit.val().index());
        if self.reset.val() {
            self.leaf_valid.d.next = false;
        }
        self.out_valid.next = self.leaf_valid.q.val();
        self.out_payload.next = self.payloads.read_data.val();
        self.out_hit.next = self.leaves.read_data.val().get_bit(10);
        self.out_target.next = self.leaves.read_data.val().get_bits::<10>(0);
    }
}
