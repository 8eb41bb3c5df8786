//! The LPM search tree's levels and its leaves as one primitive: a lookup descends one level
//! per clock, and a level does work only in the clocks a lookup is in it.
//!
//! ```text
//!   level k holds word_k (key, index i so far, valid, bank: lpm::word) and node_k, the node
//!   it is compared with, read from mem_k[{i, bank}] as the word entered the level.
//!   on each clock, for k = 16 (the leaf) down to 1, if level k-1 or level k holds a lookup:
//!       go     = node_{k-1} is real && key >= node_{k-1}.key
//!       word_k = word_{k-1} with i = i << 1 | go;   node_k = mem_k[{i, bank}]
//!   level 0 takes the entering word and reads the root of its bank
//!   the leaf (k = 16) reads leaves[{bank, rank}], rank = i without the absent levels' zeros
//! ```
//!
//! This is the same search `lpm.rs` describes, clock for clock (latency 17, one lookup a
//! clock), written as a primitive with a hand-written Verilog body, as the block RAMs are,
//! for Verilator's sake. Written as rust-hdl logic, every level's combinational logic was one
//! `always @(*)` block that Verilator evaluates, and whose results it stores, on every clock:
//! at 10G a lookup is in a level two clocks in sixteen, and the idle levels were a fifth of a
//! clock's cost. Here each level is one `if` in one clocked block, levels from the last to
//! the first, so that blocking assignments read the previous level before it moves on (the
//! non-blocking semantics, without the shadow copy Verilator makes of each non-blocking
//! register); `word_k` and `node_k` are read nowhere else. The outputs are non-blocking.
//!
//! The Rust `update` below is the rust-hdl simulator's model of the same body; the lockstep
//! test of `LpmSearch` (`testbench/tests/two_simulators_blocks.rs`) runs the two on the same
//! stimulus, and the RTL-versus-model tests run the Verilog against the host's compiler.

use rust_hdl::prelude::*;

use crate::lpm::{word, LEVELS};

const KEY_MASK: u64 = (1 << word::KEY_BITS) - 1;

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
    /// Levels with memory (16 in the full builds); the others never go right.
    _levels: usize,
    _word: [u64; LEVELS],
    _node: [u64; LEVELS],
    _mem: Vec<Vec<u64>>,
    _leaves: Vec<u64>,
}

impl LpmTree {
    /// A tree whose first `levels` levels have memory.
    pub fn new(levels: usize) -> Self {
        assert!((1..=LEVELS).contains(&levels), "LpmTree: 1 to 16 levels");
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
            _levels: levels,
            _word: [0; LEVELS],
            _node: [0; LEVELS],
            // Level k: two banks of 2^k nodes, node n of bank b at word 2n + b
            _mem: (0..levels).map(|k| vec![0; 2 << k]).collect(),
            // Two banks of 2^levels leaves, bank b's leaf r at word b << levels | r
            _leaves: vec![0; 2 << levels],
        }
    }

    /// Whether the lookup `w` at level `k` goes right of `node`: only at a level with memory,
    /// and only at a real boundary (bit 40; padding is above every key).
    fn goes_right(&self, k: usize, w: u64, node: u64) -> bool {
        k < self._levels && node >> 40 & 1 == 1 && w & KEY_MASK >= node & KEY_MASK
    }

    /// `w` after its decision at level `k`: the index shifted left with the decision in bit 0.
    fn descend(&self, k: usize, w: u64, node: u64) -> (u64, u64) {
        let i = ((w >> word::I_LSB) << 1 | self.goes_right(k, w, node) as u64) & 0xffff;
        ((w & !(0xffff << word::I_LSB)) | i << word::I_LSB, i)
    }
}

fn valid(w: u64) -> bool {
    w >> word::VALID_BIT & 1 == 1
}

fn bank(w: u64) -> u64 {
    w >> word::BANK_BIT & 1
}

impl Logic for LpmTree {
    fn update(&mut self) {
        if !self.clock.pos_edge() {
            return;
        }
        let (levels, reset) = (self._levels, self.reset.val());
        // The leaf, after level 15
        let last = self._word[LEVELS - 1];
        self.out_valid.next = !reset && valid(last);
        if valid(last) {
            let (_, i) = self.descend(LEVELS - 1, last, self._node[LEVELS - 1]);
            let rank = i >> (LEVELS - levels);
            let leaf = self._leaves[(bank(last) << levels | rank) as usize];
            self.out_leaf.next = leaf.to_bits();
        }
        // Levels 15 down to 1, each from the one above it as it was before this clock
        for k in (1..LEVELS).rev() {
            let above = self._word[k - 1];
            if reset {
                self._word[k] = 0;
            } else if valid(above) || valid(self._word[k]) {
                let (w, i) = self.descend(k - 1, above, self._node[k - 1]);
                self._word[k] = w;
                if k < levels {
                    let mask = (1u64 << k) - 1;
                    self._node[k] = self._mem[k][((i & mask) << 1 | bank(above)) as usize];
                }
            }
        }
        let entering = self.in_word.val().to_u64();
        if reset {
            self._word[0] = 0;
        } else if valid(entering) || valid(self._word[0]) {
            self._word[0] = entering;
            self._node[0] = self._mem[0][bank(entering) as usize];
        }
        // Writes after the reads: read-first
        let w_bank = self.w_bank.val() as u64;
        let k = self.node_level.val().index();
        if self.node_we.val() && k < levels {
            let n = self.node_index.val().to_u64() & ((1 << k) - 1);
            self._mem[k][(n << 1 | w_bank) as usize] = self.node_data.val().to_u64();
        }
        if self.leaf_we.val() {
            let r = self.leaf_index.val().to_u64() & ((1 << levels) - 1);
            self._leaves[(w_bank << levels | r) as usize] = self.leaf_data.val().to_u64();
        }
    }

    fn connect(&mut self) {
        self.out_valid.connect();
        self.out_leaf.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(tree_verilog(self._levels))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        vec![TimingInfo {
            name: "lpm_tree".into(),
            clock: "clock".into(),
            inputs: names(&[
                "reset",
                "in_word",
                "w_bank",
                "node_we",
                "node_level",
                "node_index",
                "node_data",
                "leaf_we",
                "leaf_index",
                "leaf_data",
            ]),
            outputs: names(&["out_valid", "out_leaf"]),
        }]
    }
}

/// The Verilog body of a tree whose first `levels` levels have memory.
fn tree_verilog(levels: usize) -> String {
    let (v, b) = (word::VALID_BIT, word::BANK_BIT);
    let (i_msb, i_lsb) = (word::I_LSB + 15, word::I_LSB);
    let key_msb = word::KEY_BITS - 1;
    let mut s = String::new();
    s.push_str("// Level k: the lookup in it and the node it is compared with (read only below)\n");
    for k in 0..LEVELS {
        s.push_str(&format!("reg [63:0] word_{k};\n"));
    }
    for k in 0..levels {
        s.push_str(&format!("reg [40:0] node_{k};\n"));
    }
    // Declared as `BlockRam`'s are, which the Icarus test bench zeroes by that pattern
    for k in 0..levels {
        s.push_str(&format!("reg[40:0] mem_{k}[{}:0];\n", (2 << k) - 1));
    }
    s.push_str(&format!("reg[10:0] leaves[{}:0];\n", (2 << levels) - 1));
    s.push_str("reg go;\nreg [15:0] i;\n\n");
    // Power-on values, as rust-hdl gives its flip-flops
    s.push_str("initial begin\n");
    for k in 0..LEVELS {
        s.push_str(&format!("   word_{k} = 64'd0;\n"));
    }
    for k in 0..levels {
        s.push_str(&format!("   node_{k} = 41'd0;\n"));
    }
    s.push_str("   out_valid = 1'b0;\n   out_leaf = 11'd0;\nend\n\n");
    // A level's decision from the level above: `go` and the new index `i`
    let descend = |k: usize| {
        let go = if k < levels {
            format!("node_{k}[40] & (word_{k}[{key_msb}:0] >= node_{k}[{key_msb}:0])")
        } else {
            "1'b0".to_string()
        };
        format!(
            "      go = {go};\n      i = {{word_{k}[{}:{i_lsb}], go}};\n",
            i_msb - 1
        )
    };
    s.push_str(
        "always @(posedge clock) begin\n\
         \x20  // Blocking assignments, the last level first: each level reads the one above\n\
         \x20  // as it was before this clock (see lpm_tree.rs)\n\
         \x20  /* verilator lint_off BLKSEQ */\n",
    );
    // The leaf
    let rank = if levels == LEVELS {
        "i".to_string()
    } else {
        format!("i[15:{}]", LEVELS - levels)
    };
    s.push_str(&format!(
        "   out_valid <= ~reset & word_15[{v}];\n   if (word_15[{v}]) begin\n{}      out_leaf <= leaves[{{word_15[{b}], {rank}}}];\n   end\n",
        descend(15)
    ));
    for k in (1..LEVELS).rev() {
        let p = k - 1;
        s.push_str(&format!(
            "   if (reset) word_{k} = 64'd0;\n   else if (word_{p}[{v}] | word_{k}[{v}]) begin\n{}      word_{k} = {{word_{p}[63:{}], i, word_{p}[{}:0]}};\n",
            descend(p),
            i_msb + 1,
            i_lsb - 1
        ));
        if k < levels {
            s.push_str(&format!(
                "      node_{k} = mem_{k}[{{i[{}:0], word_{p}[{b}]}}];\n",
                k - 1
            ));
        }
        s.push_str("   end\n");
    }
    s.push_str(&format!(
        "   if (reset) word_0 = 64'd0;\n   else if (in_word[{v}] | word_0[{v}]) begin\n      word_0 = in_word;\n      node_0 = mem_0[in_word[{b}]];\n   end\n"
    ));
    // Writes after the reads: read-first
    s.push_str("   if (node_we) begin\n      case (node_level)\n");
    for k in 0..levels {
        let index = if k == 0 {
            "w_bank".to_string()
        } else {
            format!("{{node_index[{}:0], w_bank}}", k - 1)
        };
        s.push_str(&format!("         4'd{k}: mem_{k}[{index}] = node_data;\n"));
    }
    s.push_str("         default: ;\n      endcase\n   end\n");
    s.push_str(&format!(
        "   if (leaf_we) leaves[{{w_bank, leaf_index[{}:0]}}] = leaf_data;\n",
        levels - 1
    ));
    s.push_str("   /* verilator lint_on BLKSEQ */\nend\n");
    s
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
