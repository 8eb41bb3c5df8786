//! Block RAM: one clock, a synchronous read port and a write port, read-first (a read of the
//! address being written returns the old word, as every FPGA block RAM can be set to do).
//!
//! Every memory of the design is this primitive (or its variants below: a second read port,
//! a read enable) rather than rust-hdl's `RAM<D, N>`, for two reasons. Its depth is a
//! field, not part of the type: rust-hdl's `RAM` always holds `2^N` words, and a reduced
//! build (a small FPGA) shrinks tables, so one type serves every build. And its Verilog body is
//! written for Verilator's sake: read and write in one clocked block, the read first, the
//! write a blocking assignment. That order is the read-first semantics, and the blocking
//! write lets Verilator write the array in place instead of through the shadow copy a
//! nonblocking array write needs, which every RAM of the design would pay on every clock,
//! written or not (`docs/architecture.md`, "What the Verilator engine's speed is made of").
//! Callers keep addresses below the depth. Past it, in the simulation model and the Verilog
//! alike, a RAM whose depth is a power of two wraps (the address's low bits select the word,
//! which costs no compare); any other reads 0 and ignores writes.

use std::collections::BTreeMap;

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct BlockRam<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<N>>,
    pub read_data: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, bool>,
    _depth: usize,
    _sim: BTreeMap<usize, D>,
}

impl<D: Synth, const N: usize> BlockRam<D, N> {
    /// A RAM of `depth` words (at most `2^N`).
    pub fn new(depth: usize) -> Self {
        assert!(
            depth >= 1 && (N >= 64 || depth <= 1 << N),
            "BlockRam: 1 to 2^N words"
        );
        BlockRam {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _depth: depth,
            _sim: BTreeMap::new(),
        }
    }

    pub fn depth(&self) -> usize {
        self._depth
    }
}

impl<D: Synth, const N: usize> Default for BlockRam<D, N> {
    /// A RAM of all `2^N` words.
    fn default() -> Self {
        Self::new(1 << N)
    }
}

impl<D: Synth, const N: usize> Logic for BlockRam<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self.read_data.next = read(&self._sim, self.read_address.val(), self._depth);
            if self.write_enable.val() {
                write(
                    &mut self._sim,
                    self.write_address.val(),
                    self._depth,
                    self.write_data.val(),
                );
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        ram_verilog(D::BITS, N, self._depth, &[("read_data", "read_address")])
    }

    fn timing(&self) -> Vec<TimingInfo> {
        ram_timing(&["read_address"], &["read_data"])
    }
}

/// A block RAM of `2^N` words with a second read port: one write, two reads a clock, both
/// read-first. An FPGA has no three-port block RAM, so synthesis keeps two copies that take
/// the same writes (the counters' host copy); a simulator keeps one array and writes it once.
#[derive(LogicBlock)]
pub struct BlockRam2R<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<N>>,
    pub read_data: Signal<Out, D>,
    pub read_address_b: Signal<In, Bits<N>>,
    pub read_data_b: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, bool>,
    _depth: usize,
    _sim: BTreeMap<usize, D>,
}

impl<D: Synth, const N: usize> BlockRam2R<D, N> {
    /// A RAM of `depth` words (at most `2^N`).
    pub fn new(depth: usize) -> Self {
        assert!(
            depth >= 1 && (N >= 64 || depth <= 1 << N),
            "BlockRam2R: 1 to 2^N words"
        );
        BlockRam2R {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            read_address_b: Default::default(),
            read_data_b: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _depth: depth,
            _sim: BTreeMap::new(),
        }
    }

    pub fn depth(&self) -> usize {
        self._depth
    }
}

impl<D: Synth, const N: usize> Default for BlockRam2R<D, N> {
    /// A RAM of all `2^N` words.
    fn default() -> Self {
        Self::new(1 << N)
    }
}

impl<D: Synth, const N: usize> Logic for BlockRam2R<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let depth = self._depth;
            self.read_data.next = read(&self._sim, self.read_address.val(), depth);
            self.read_data_b.next = read(&self._sim, self.read_address_b.val(), depth);
            if self.write_enable.val() {
                write(
                    &mut self._sim,
                    self.write_address.val(),
                    depth,
                    self.write_data.val(),
                );
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
        self.read_data_b.connect();
    }

    fn hdl(&self) -> Verilog {
        ram_verilog(
            D::BITS,
            N,
            self._depth,
            &[
                ("read_data", "read_address"),
                ("read_data_b", "read_address_b"),
            ],
        )
    }

    fn timing(&self) -> Vec<TimingInfo> {
        ram_timing(
            &["read_address", "read_address_b"],
            &["read_data", "read_data_b"],
        )
    }
}

/// A block RAM whose read port has an enable: the read data holds its word while
/// `read_enable` is low, as an FPGA block RAM's output register does with its clock enable.
/// A pipeline stage that reads only while it holds work then costs a simulator a test, not
/// a read, in the clocks it is idle (the LPM tree's levels, `lpm_tree.rs`).
#[derive(LogicBlock)]
pub struct BlockRamRe<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub read_enable: Signal<In, Bit>,
    pub read_address: Signal<In, Bits<N>>,
    pub read_data: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, bool>,
    _depth: usize,
    _sim: BTreeMap<usize, D>,
}

impl<D: Synth, const N: usize> BlockRamRe<D, N> {
    /// A RAM of `depth` words (at most `2^N`).
    pub fn new(depth: usize) -> Self {
        assert!(
            depth >= 1 && (N >= 64 || depth <= 1 << N),
            "BlockRamRe: 1 to 2^N words"
        );
        BlockRamRe {
            clock: Default::default(),
            read_enable: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _depth: depth,
            _sim: BTreeMap::new(),
        }
    }

    pub fn depth(&self) -> usize {
        self._depth
    }
}

impl<D: Synth, const N: usize> Logic for BlockRamRe<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.read_enable.val() {
                self.read_data.next = read(&self._sim, self.read_address.val(), self._depth);
            }
            if self.write_enable.val() {
                write(
                    &mut self._sim,
                    self.write_address.val(),
                    self._depth,
                    self.write_data.val(),
                );
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        ram_verilog_enabled(
            D::BITS,
            N,
            self._depth,
            &[("read_data", "read_address")],
            Some("read_enable"),
        )
    }

    fn timing(&self) -> Vec<TimingInfo> {
        ram_timing(&["read_enable", "read_address"], &["read_data"])
    }
}

/// The word `address` selects in a RAM of `depth` words: itself below the depth; past it, the
/// address's low bits when the depth is a power of two (the Verilog indexes the array with
/// just those bits, so a simulator and synthesis add no compare to every read), none
/// otherwise (the read gives 0, the write is dropped).
fn word_at(address: usize, depth: usize) -> Option<usize> {
    if address < depth {
        Some(address)
    } else if depth.is_power_of_two() {
        Some(address & (depth - 1))
    } else {
        None
    }
}

/// The models' read: the word at `address`, 0 if none (never written, or past the depth).
fn read<D: Synth, const N: usize>(sim: &BTreeMap<usize, D>, address: Bits<N>, depth: usize) -> D {
    word_at(address.index(), depth)
        .and_then(|w| sim.get(&w).copied())
        .unwrap_or_default()
}

/// The models' write of `data` at `address`, if it selects a word.
fn write<D: Synth, const N: usize>(
    sim: &mut BTreeMap<usize, D>,
    address: Bits<N>,
    depth: usize,
    data: D,
) {
    if let Some(w) = word_at(address.index(), depth) {
        sim.insert(w, data);
    }
}

/// The Verilog body of both RAMs: `depth` words of `bits` at `address_bits`-bit addresses,
/// the reads (data, address), then the write, in one clocked block.
fn ram_verilog(bits: usize, address_bits: usize, depth: usize, reads: &[(&str, &str)]) -> Verilog {
    ram_verilog_enabled(bits, address_bits, depth, reads, None)
}

/// `ram_verilog`, the reads under `read_enable` if given. A RAM shallower than its addresses
/// indexes its array with only the bits its depth needs; past a depth that is not a power of
/// two it reads 0 and ignores writes (see `word_at`, the models' rule).
fn ram_verilog_enabled(
    bits: usize,
    address_bits: usize,
    depth: usize,
    reads: &[(&str, &str)],
    read_enable: Option<&str>,
) -> Verilog {
    let full = address_bits >= 64 || depth == 1 << address_bits;
    // Bits that index `depth` words (at least one, as Verilog has no zero-width select)
    let index_bits = (usize::BITS - (depth - 1).leading_zeros()).max(1) as usize;
    let word = |address: &str| {
        if full {
            format!("mem[{address}]")
        } else {
            format!("mem[{address}[{}:0]]", index_bits - 1)
        }
    };
    // Past a power-of-two depth the low bits wrap; past any other, an address is refused.
    let guarded = !full && !depth.is_power_of_two();
    let inside = |address: &str| format!("{address} < {address_bits}'d{depth}");
    let mut body = format!("reg[{}:0] mem[{}:0];\n\n", bits - 1, depth - 1);
    if !full && !guarded {
        // The address bits above the depth select nothing (the address wraps): read here
        // into a signal named as unused, Verilator's idiom for bits left alone on purpose.
        let high = |address: &str| format!("{address}[{}:{index_bits}]", address_bits - 1);
        let mut all: Vec<String> = reads.iter().map(|(_, address)| high(address)).collect();
        all.push(high("write_address"));
        body.push_str(&format!(
            "wire unused_address_bits = &{{1'b0, {}}};\n\n",
            all.join(", ")
        ));
    }
    if read_enable.is_some() {
        // Held while the enable is low, so its power-on value shows: zero, as rust-hdl's
        // simulator starts it and as an FPGA block RAM's output register starts by default
        body.push_str("initial begin\n");
        for (data, _) in reads {
            body.push_str(&format!("   {data} = {bits}'d0;\n"));
        }
        body.push_str("end\n\n");
    }
    body.push_str("always @(posedge clock) begin\n");
    for (data, address) in reads {
        let read = if !guarded {
            word(address)
        } else {
            format!("{} ? {} : {bits}'d0", inside(address), word(address))
        };
        match read_enable {
            Some(re) => body.push_str(&format!("   if ({re}) {data} <= {read};\n")),
            None => body.push_str(&format!("   {data} <= {read};\n")),
        }
    }
    let after = if reads.len() == 1 {
        "the read"
    } else {
        "the reads"
    };
    let enable = if !guarded {
        "write_enable".to_string()
    } else {
        format!("write_enable & ({})", inside("write_address"))
    };
    body.push_str(&format!(
        "   if ({enable}) begin
      // Blocking, after {after}: read-first, written in place (see block_ram.rs)
      /* verilator lint_off BLKSEQ */
      {} = write_data;
      /* verilator lint_on BLKSEQ */
   end
end
",
        word("write_address")
    ));
    crate::hand_written::body(&body)
}

fn ram_timing(read_inputs: &[&str], read_outputs: &[&str]) -> Vec<TimingInfo> {
    let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    vec![
        TimingInfo {
            name: "ram_read".into(),
            clock: "clock".into(),
            inputs: names(read_inputs),
            outputs: names(read_outputs),
        },
        TimingInfo {
            name: "ram_write".into(),
            clock: "clock".into(),
            inputs: names(&["write_address", "write_data", "write_enable"]),
            outputs: vec![],
        },
    ]
}
