//! LPM: a pipelined search over the boundaries of the address ranges on which the longest
//! matching prefix is constant, one tree level per clock.
//!
//! ```text
//!   key = vif << 32 | dst     i = 0
//!   level k (RAM of 2^k nodes, two banks):  node = nodes_k[bank][i]
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

use rust_hdl::prelude::*;

use crate::classify::Classified;

/// Tree levels: 2^16 - 1 nodes.
pub const LEVELS: usize = 16;

/// One level of the search tree: a RAM of 2^(A-1) nodes per bank.
#[derive(LogicBlock)]
pub struct LpmLevel<const A: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    // From the previous level, in the clock its RAM read is addressed
    pub in_valid: Signal<In, Bit>,
    pub in_key: Signal<In, Bits<40>>,
    pub in_i: Signal<In, Bits<16>>,
    pub in_payload: Signal<In, Classified>,
    pub in_bank: Signal<In, Bit>,
    // To the next level
    pub out_valid: Signal<Out, Bit>,
    pub out_key: Signal<Out, Bits<40>>,
    pub out_i: Signal<Out, Bits<16>>,
    pub out_payload: Signal<Out, Classified>,
    pub out_bank: Signal<Out, Bit>,
    // Node writes into the shadow bank
    pub we: Signal<In, Bit>,
    pub w_node: Signal<In, Bits<16>>,
    pub w_bank: Signal<In, Bit>,
    pub w_data: Signal<In, Bits<41>>,
    // State
    ram: RAM<Bits<41>, A>,
    valid: DFF<Bit>,
    key: DFF<Bits<40>>,
    i: DFF<Bits<16>>,
    payload: DFF<Classified>,
    bank: DFF<Bit>,
    go_right: Signal<Local, Bit>,
    bank_select: Constant<Bits<A>>,
}

impl<const A: usize> Default for LpmLevel<A> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const A: usize> LpmLevel<A> {
    pub fn new() -> Self {
        assert!((1..=17).contains(&A), "LpmLevel: 1 to 17 address bits");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            in_valid: Default::default(),
            in_key: Default::default(),
            in_i: Default::default(),
            in_payload: Default::default(),
            in_bank: Default::default(),
            out_valid: Default::default(),
            out_key: Default::default(),
            out_i: Default::default(),
            out_payload: Default::default(),
            out_bank: Default::default(),
            we: Default::default(),
            w_node: Default::default(),
            w_bank: Default::default(),
            w_data: Default::default(),
            ram: Default::default(),
            valid: Default::default(),
            key: Default::default(),
            i: Default::default(),
            payload: Default::default(),
            bank: Default::default(),
            go_right: Default::default(),
            // The bank is the top address bit, above the node index
            bank_select: Constant::new((1u64 << (A - 1)).to_bits()),
        }
    }
}

impl<const A: usize> Logic for LpmLevel<A> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid, key, i, payload, bank);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        // Address this level's node with the previous level's decision
        self.ram.read_address.next = bit_cast::<A, 16>(self.in_i.val());
        if self.in_bank.val() {
            self.ram.read_address.next =
                bit_cast::<A, 16>(self.in_i.val()) | self.bank_select.val();
        }
        self.ram.write_enable.next = self.we.val();
        self.ram.write_address.next = bit_cast::<A, 16>(self.w_node.val());
        if self.w_bank.val() {
            self.ram.write_address.next =
                bit_cast::<A, 16>(self.w_node.val()) | self.bank_select.val();
        }
        self.ram.write_data.next = self.w_data.val();
        self.valid.d.next = self.in_valid.val();
        self.key.d.next = self.in_key.val();
        self.i.d.next = self.in_i.val();
        self.payload.d.next = self.in_payload.val();
        self.bank.d.next = self.in_bank.val();
        if self.reset.val() {
            self.valid.d.next = false;
        }
        // Bit 40 marks a real boundary; padding (all zero) is above every key
        self.go_right.next = self.ram.read_data.val().get_bit(40)
            & (self.key.q.val() >= self.ram.read_data.val().get_bits::<40>(0));
        self.out_i.next = self.i.q.val() << 1;
        if self.go_right.val() {
            self.out_i.next = (self.i.q.val() << 1) | 1;
        }
        self.out_valid.next = self.valid.q.val();
        self.out_key.next = self.key.q.val();
        self.out_payload.next = self.payload.q.val();
        self.out_bank.next = self.bank.q.val();
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
    l0: LpmLevel<1>,
    l1: LpmLevel<2>,
    l2: LpmLevel<3>,
    l3: LpmLevel<4>,
    l4: LpmLevel<5>,
    l5: LpmLevel<6>,
    l6: LpmLevel<7>,
    l7: LpmLevel<8>,
    l8: LpmLevel<9>,
    l9: LpmLevel<10>,
    l10: LpmLevel<11>,
    l11: LpmLevel<12>,
    l12: LpmLevel<13>,
    l13: LpmLevel<14>,
    l14: LpmLevel<15>,
    l15: LpmLevel<16>,
    leaves: RAM<Bits<11>, 17>,
    leaf_valid: DFF<Bit>,
    leaf_payload: DFF<Classified>,
}

impl Default for LpmSearch {
    fn default() -> Self {
        Self::new()
    }
}

impl LpmSearch {
    pub fn new() -> Self {
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
            l0: LpmLevel::new(),
            l1: LpmLevel::new(),
            l2: LpmLevel::new(),
            l3: LpmLevel::new(),
            l4: LpmLevel::new(),
            l5: LpmLevel::new(),
            l6: LpmLevel::new(),
            l7: LpmLevel::new(),
            l8: LpmLevel::new(),
            l9: LpmLevel::new(),
            l10: LpmLevel::new(),
            l11: LpmLevel::new(),
            l12: LpmLevel::new(),
            l13: LpmLevel::new(),
            l14: LpmLevel::new(),
            l15: LpmLevel::new(),
            leaves: Default::default(),
            leaf_valid: Default::default(),
            leaf_payload: Default::default(),
        }
    }
}

impl Logic for LpmSearch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, leaf_valid, leaf_payload);
        self.l0.clock.next = self.clock.val();
        self.l0.reset.next = self.reset.val();
        self.l0.in_valid.next = self.in_valid.val();
        self.l0.in_key.next = self.in_key.val();
        self.l0.in_i.next = 0.into();
        self.l0.in_payload.next = self.in_payload.val();
        self.l0.in_bank.next = self.in_bank.val();
        self.l0.we.next = self.node_we.val() & (self.node_level.val() == 0);
        self.l0.w_node.next = self.node_index.val();
        self.l0.w_bank.next = self.w_bank.val();
        self.l0.w_data.next = self.node_data.val();
        self.l1.clock.next = self.clock.val();
        self.l1.reset.next = self.reset.val();
        self.l1.in_valid.next = self.l0.out_valid.val();
        self.l1.in_key.next = self.l0.out_key.val();
        self.l1.in_i.next = self.l0.out_i.val();
        self.l1.in_payload.next = self.l0.out_payload.val();
        self.l1.in_bank.next = self.l0.out_bank.val();
        self.l1.we.next = self.node_we.val() & (self.node_level.val() == 1);
        self.l1.w_node.next = self.node_index.val();
        self.l1.w_bank.next = self.w_bank.val();
        self.l1.w_data.next = self.node_data.val();
        self.l2.clock.next = self.clock.val();
        self.l2.reset.next = self.reset.val();
        self.l2.in_valid.next = self.l1.out_valid.val();
        self.l2.in_key.next = self.l1.out_key.val();
        self.l2.in_i.next = self.l1.out_i.val();
        self.l2.in_payload.next = self.l1.out_payload.val();
        self.l2.in_bank.next = self.l1.out_bank.val();
        self.l2.we.next = self.node_we.val() & (self.node_level.val() == 2);
        self.l2.w_node.next = self.node_index.val();
        self.l2.w_bank.next = self.w_bank.val();
        self.l2.w_data.next = self.node_data.val();
        self.l3.clock.next = self.clock.val();
        self.l3.reset.next = self.reset.val();
        self.l3.in_valid.next = self.l2.out_valid.val();
        self.l3.in_key.next = self.l2.out_key.val();
        self.l3.in_i.next = self.l2.out_i.val();
        self.l3.in_payload.next = self.l2.out_payload.val();
        self.l3.in_bank.next = self.l2.out_bank.val();
        self.l3.we.next = self.node_we.val() & (self.node_level.val() == 3);
        self.l3.w_node.next = self.node_index.val();
        self.l3.w_bank.next = self.w_bank.val();
        self.l3.w_data.next = self.node_data.val();
        self.l4.clock.next = self.clock.val();
        self.l4.reset.next = self.reset.val();
        self.l4.in_valid.next = self.l3.out_valid.val();
        self.l4.in_key.next = self.l3.out_key.val();
        self.l4.in_i.next = self.l3.out_i.val();
        self.l4.in_payload.next = self.l3.out_payload.val();
        self.l4.in_bank.next = self.l3.out_bank.val();
        self.l4.we.next = self.node_we.val() & (self.node_level.val() == 4);
        self.l4.w_node.next = self.node_index.val();
        self.l4.w_bank.next = self.w_bank.val();
        self.l4.w_data.next = self.node_data.val();
        self.l5.clock.next = self.clock.val();
        self.l5.reset.next = self.reset.val();
        self.l5.in_valid.next = self.l4.out_valid.val();
        self.l5.in_key.next = self.l4.out_key.val();
        self.l5.in_i.next = self.l4.out_i.val();
        self.l5.in_payload.next = self.l4.out_payload.val();
        self.l5.in_bank.next = self.l4.out_bank.val();
        self.l5.we.next = self.node_we.val() & (self.node_level.val() == 5);
        self.l5.w_node.next = self.node_index.val();
        self.l5.w_bank.next = self.w_bank.val();
        self.l5.w_data.next = self.node_data.val();
        self.l6.clock.next = self.clock.val();
        self.l6.reset.next = self.reset.val();
        self.l6.in_valid.next = self.l5.out_valid.val();
        self.l6.in_key.next = self.l5.out_key.val();
        self.l6.in_i.next = self.l5.out_i.val();
        self.l6.in_payload.next = self.l5.out_payload.val();
        self.l6.in_bank.next = self.l5.out_bank.val();
        self.l6.we.next = self.node_we.val() & (self.node_level.val() == 6);
        self.l6.w_node.next = self.node_index.val();
        self.l6.w_bank.next = self.w_bank.val();
        self.l6.w_data.next = self.node_data.val();
        self.l7.clock.next = self.clock.val();
        self.l7.reset.next = self.reset.val();
        self.l7.in_valid.next = self.l6.out_valid.val();
        self.l7.in_key.next = self.l6.out_key.val();
        self.l7.in_i.next = self.l6.out_i.val();
        self.l7.in_payload.next = self.l6.out_payload.val();
        self.l7.in_bank.next = self.l6.out_bank.val();
        self.l7.we.next = self.node_we.val() & (self.node_level.val() == 7);
        self.l7.w_node.next = self.node_index.val();
        self.l7.w_bank.next = self.w_bank.val();
        self.l7.w_data.next = self.node_data.val();
        self.l8.clock.next = self.clock.val();
        self.l8.reset.next = self.reset.val();
        self.l8.in_valid.next = self.l7.out_valid.val();
        self.l8.in_key.next = self.l7.out_key.val();
        self.l8.in_i.next = self.l7.out_i.val();
        self.l8.in_payload.next = self.l7.out_payload.val();
        self.l8.in_bank.next = self.l7.out_bank.val();
        self.l8.we.next = self.node_we.val() & (self.node_level.val() == 8);
        self.l8.w_node.next = self.node_index.val();
        self.l8.w_bank.next = self.w_bank.val();
        self.l8.w_data.next = self.node_data.val();
        self.l9.clock.next = self.clock.val();
        self.l9.reset.next = self.reset.val();
        self.l9.in_valid.next = self.l8.out_valid.val();
        self.l9.in_key.next = self.l8.out_key.val();
        self.l9.in_i.next = self.l8.out_i.val();
        self.l9.in_payload.next = self.l8.out_payload.val();
        self.l9.in_bank.next = self.l8.out_bank.val();
        self.l9.we.next = self.node_we.val() & (self.node_level.val() == 9);
        self.l9.w_node.next = self.node_index.val();
        self.l9.w_bank.next = self.w_bank.val();
        self.l9.w_data.next = self.node_data.val();
        self.l10.clock.next = self.clock.val();
        self.l10.reset.next = self.reset.val();
        self.l10.in_valid.next = self.l9.out_valid.val();
        self.l10.in_key.next = self.l9.out_key.val();
        self.l10.in_i.next = self.l9.out_i.val();
        self.l10.in_payload.next = self.l9.out_payload.val();
        self.l10.in_bank.next = self.l9.out_bank.val();
        self.l10.we.next = self.node_we.val() & (self.node_level.val() == 10);
        self.l10.w_node.next = self.node_index.val();
        self.l10.w_bank.next = self.w_bank.val();
        self.l10.w_data.next = self.node_data.val();
        self.l11.clock.next = self.clock.val();
        self.l11.reset.next = self.reset.val();
        self.l11.in_valid.next = self.l10.out_valid.val();
        self.l11.in_key.next = self.l10.out_key.val();
        self.l11.in_i.next = self.l10.out_i.val();
        self.l11.in_payload.next = self.l10.out_payload.val();
        self.l11.in_bank.next = self.l10.out_bank.val();
        self.l11.we.next = self.node_we.val() & (self.node_level.val() == 11);
        self.l11.w_node.next = self.node_index.val();
        self.l11.w_bank.next = self.w_bank.val();
        self.l11.w_data.next = self.node_data.val();
        self.l12.clock.next = self.clock.val();
        self.l12.reset.next = self.reset.val();
        self.l12.in_valid.next = self.l11.out_valid.val();
        self.l12.in_key.next = self.l11.out_key.val();
        self.l12.in_i.next = self.l11.out_i.val();
        self.l12.in_payload.next = self.l11.out_payload.val();
        self.l12.in_bank.next = self.l11.out_bank.val();
        self.l12.we.next = self.node_we.val() & (self.node_level.val() == 12);
        self.l12.w_node.next = self.node_index.val();
        self.l12.w_bank.next = self.w_bank.val();
        self.l12.w_data.next = self.node_data.val();
        self.l13.clock.next = self.clock.val();
        self.l13.reset.next = self.reset.val();
        self.l13.in_valid.next = self.l12.out_valid.val();
        self.l13.in_key.next = self.l12.out_key.val();
        self.l13.in_i.next = self.l12.out_i.val();
        self.l13.in_payload.next = self.l12.out_payload.val();
        self.l13.in_bank.next = self.l12.out_bank.val();
        self.l13.we.next = self.node_we.val() & (self.node_level.val() == 13);
        self.l13.w_node.next = self.node_index.val();
        self.l13.w_bank.next = self.w_bank.val();
        self.l13.w_data.next = self.node_data.val();
        self.l14.clock.next = self.clock.val();
        self.l14.reset.next = self.reset.val();
        self.l14.in_valid.next = self.l13.out_valid.val();
        self.l14.in_key.next = self.l13.out_key.val();
        self.l14.in_i.next = self.l13.out_i.val();
        self.l14.in_payload.next = self.l13.out_payload.val();
        self.l14.in_bank.next = self.l13.out_bank.val();
        self.l14.we.next = self.node_we.val() & (self.node_level.val() == 14);
        self.l14.w_node.next = self.node_index.val();
        self.l14.w_bank.next = self.w_bank.val();
        self.l14.w_data.next = self.node_data.val();
        self.l15.clock.next = self.clock.val();
        self.l15.reset.next = self.reset.val();
        self.l15.in_valid.next = self.l14.out_valid.val();
        self.l15.in_key.next = self.l14.out_key.val();
        self.l15.in_i.next = self.l14.out_i.val();
        self.l15.in_payload.next = self.l14.out_payload.val();
        self.l15.in_bank.next = self.l14.out_bank.val();
        self.l15.we.next = self.node_we.val() & (self.node_level.val() == 15);
        self.l15.w_node.next = self.node_index.val();
        self.l15.w_bank.next = self.w_bank.val();
        self.l15.w_data.next = self.node_data.val();
        // Leaf: bank bit above the 16-bit rank
        self.leaves.read_clock.next = self.clock.val();
        self.leaves.write_clock.next = self.clock.val();
        self.leaves.read_address.next = bit_cast::<17, 16>(self.l15.out_i.val());
        if self.l15.out_bank.val() {
            self.leaves.read_address.next = bit_cast::<17, 16>(self.l15.out_i.val()) | 0x10000;
        }
        self.leaves.write_enable.next = self.leaf_we.val();
        self.leaves.write_address.next = bit_cast::<17, 16>(self.leaf_index.val());
        if self.w_bank.val() {
            self.leaves.write_address.next = bit_cast::<17, 16>(self.leaf_index.val()) | 0x10000;
        }
        self.leaves.write_data.next = self.leaf_data.val();
        self.leaf_valid.d.next = self.l15.out_valid.val();
        self.leaf_payload.d.next = self.l15.out_payload.val();
        if self.reset.val() {
            self.leaf_valid.d.next = false;
        }
        self.out_valid.next = self.leaf_valid.q.val();
        self.out_payload.next = self.leaf_payload.q.val();
        self.out_hit.next = self.leaves.read_data.val().get_bit(10);
        self.out_target.next = self.leaves.read_data.val().get_bits::<10>(0);
    }
}
