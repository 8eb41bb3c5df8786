//! The lockstep harness: a block's rust-hdl design and its Verilator model clocked together
//! on one stimulus, every output compared at every clock; and the stimulus helpers the
//! blocks share (plausible frames, VLAN sets, beats as the FIFO holds them, the structs on
//! ports).

use std::collections::{BTreeSet, HashMap};
use std::net::Ipv4Addr;
use std::sync::LazyLock;

use dxedge_hdl::classify::Classified;
use dxedge_hdl::resolve::VerdictRecord;
use dxedge_hdl::testing::SETTLE_ITERS;
use dxedge_sim::model::{InPort, Model, ModelSpec, OutPort, PortSpec};
use dxedge_testbench::beats::beats;
use dxedge_testbench::craft::{arp_request, ipv4_packet, ipv6_packet, tagged, udp, untagged};
use rand::{Rng, RngExt};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

use crate::common::{to_bits, to_words};

/// Clocks per block and width: ten times more with `DXEDGE_SOAK=1` (`make soak`).
pub static CLOCKS: LazyLock<u64> = LazyLock::new(|| {
    if std::env::var_os("DXEDGE_SOAK").is_some() {
        200_000
    } else {
        20_000
    }
});

// ---------------------------------------------------------------------------------------
// The lockstep harness
// ---------------------------------------------------------------------------------------

/// One clock's inputs, by port name, as little-endian 32-bit words masked to the port's
/// width: what both simulators are given.
pub struct Stim {
    ports: &'static [PortSpec],
    index: HashMap<&'static str, usize>,
    words: Vec<Vec<u32>>,
}

impl Stim {
    pub fn new(spec: &'static ModelSpec) -> Self {
        Stim {
            ports: spec.inputs,
            index: spec
                .inputs
                .iter()
                .enumerate()
                .map(|(i, p)| (p.name, i))
                .collect(),
            words: spec.inputs.iter().map(|p| vec![0; p.words()]).collect(),
        }
    }

    fn slot(&self, name: &str) -> usize {
        *self
            .index
            .get(name)
            .unwrap_or_else(|| panic!("the block has no input port `{name}`"))
    }

    fn mask(&mut self, i: usize) {
        let width = self.ports[i].width as usize;
        if let Some(top) = self.words[i].last_mut() {
            if width % 32 != 0 {
                *top &= (1u32 << (width % 32)) - 1;
            }
        }
    }

    pub fn set(&mut self, name: &str, value: u64) {
        self.set_words(name, &[value as u32, (value >> 32) as u32]);
    }

    pub fn set_bool(&mut self, name: &str, value: bool) {
        self.set(name, value as u64);
    }

    pub fn set_words(&mut self, name: &str, words: &[u32]) {
        let i = self.slot(name);
        let dst = &mut self.words[i];
        let n = words.len().min(dst.len());
        dst[..n].copy_from_slice(&words[..n]);
        dst[n..].fill(0);
        self.mask(i);
    }

    /// Random bits on the port.
    pub fn randomize(&mut self, name: &str, rng: &mut ChaCha8Rng) {
        let i = self.slot(name);
        for w in self.words[i].iter_mut() {
            *w = rng.random();
        }
        self.mask(i);
    }

    pub fn words(&self, name: &str) -> &[u32] {
        &self.words[self.slot(name)]
    }

    pub fn bit(&self, name: &str) -> bool {
        self.words(name)[0] & 1 != 0
    }

    pub fn bits<const N: usize>(&self, name: &str) -> Bits<N> {
        to_bits::<N>(self.words(name))
    }
}

/// The value of a port in rust-hdl's simulation, as little-endian 32-bit words.
fn atom_words(atom: &dyn Atom) -> Vec<u32> {
    let text = format!("{:x}", atom.verilog());
    let hex = text.split_once("'h").map_or("0", |(_, h)| h);
    let mut words = vec![0u32; atom.bits().div_ceil(32)];
    for (k, chunk) in hex.as_bytes().rchunks(8).enumerate() {
        let digits = std::str::from_utf8(chunk).expect("hex digits");
        if let Some(w) = words.get_mut(k) {
            *w = u32::from_str_radix(digits, 16).expect("hex digits");
        }
    }
    words
}

/// The top's ports and their values in rust-hdl's simulation, named as in the Verilog
/// (`bus$addr`, `inc$0`): found by walking the block, so none can be forgotten.
#[derive(Default)]
struct PortValues {
    depth: usize,
    namespace: Vec<String>,
    inputs: Vec<(String, Vec<u32>)>,
    outputs: Vec<(String, Vec<u32>)>,
}

impl Probe for PortValues {
    fn visit_start_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.depth += 1;
    }
    fn visit_end_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.depth -= 1;
    }
    fn visit_start_namespace(&mut self, name: &str, _node: &dyn Block) {
        self.namespace.push(name.to_string());
    }
    fn visit_end_namespace(&mut self, _name: &str, _node: &dyn Block) {
        self.namespace.pop();
    }
    fn visit_atom(&mut self, name: &str, atom: &dyn Atom) {
        if self.depth != 1 {
            return; // inside a child block
        }
        let mut full = self.namespace.join("$");
        if !full.is_empty() {
            full.push('$');
        }
        full.push_str(name);
        match atom.kind() {
            AtomKind::InputParameter if full != "clock" => {
                self.inputs.push((full, atom_words(atom)))
            }
            AtomKind::OutputParameter => self.outputs.push((full, atom_words(atom))),
            _ => {}
        }
    }
}

fn port_values<T: Block>(uut: &T) -> PortValues {
    let mut values = PortValues::default();
    uut.accept("top", &mut values);
    values
}

fn hex(words: &[u32]) -> String {
    let mut s = String::from("0x");
    for w in words.iter().rev() {
        s.push_str(&format!("{w:08x}"));
    }
    s
}

/// A block under test: rust-hdl's design with its clock input.
pub trait Dut: Block {
    fn clock_input(&mut self) -> &mut Signal<In, Clock>;
}

/// `Dut` for each of a block module's designs (one line per width or parameter set).
macro_rules! duts {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::harness::Dut for $t {
            fn clock_input(
                &mut self,
            ) -> &mut ::rust_hdl::prelude::Signal<::rust_hdl::prelude::In, ::rust_hdl::prelude::Clock> {
                &mut self.clock
            }
        })*
    };
}
pub(crate) use duts;

/// rust-hdl's simulation and the Verilator model of one block, clocked together.
pub struct Lockstep<T: Dut> {
    block: &'static str,
    seed: u64,
    uut: T,
    /// Sets the rust-hdl design's inputs from the stimulus (one line per port).
    drive: fn(&mut T, &Stim),
    vl: Model,
    /// Next clock's inputs: set them, then `cycle`.
    pub stim: Stim,
    outputs: HashMap<String, OutPort>,
    pub clock: u64,
}

impl<T: Dut> Lockstep<T> {
    pub fn new(
        block: &'static str,
        spec: &'static ModelSpec,
        mut uut: T,
        drive: fn(&mut T, &Stim),
        seed: u64,
    ) -> Self {
        uut.connect_all();
        let hdl = port_values(&uut);
        let hdl_in: BTreeSet<&str> = hdl.inputs.iter().map(|(n, _)| n.as_str()).collect();
        let vl_in: BTreeSet<&str> = spec.inputs.iter().map(|p| p.name).collect();
        assert_eq!(
            hdl_in, vl_in,
            "{block}: the two simulators' input ports differ"
        );
        let hdl_out: BTreeSet<&str> = hdl.outputs.iter().map(|(n, _)| n.as_str()).collect();
        let vl_out: BTreeSet<&str> = spec.outputs.iter().map(|p| p.name).collect();
        assert_eq!(
            hdl_out, vl_out,
            "{block}: the two simulators' output ports differ"
        );
        Lockstep {
            block,
            seed,
            uut,
            drive,
            vl: Model::new(spec),
            stim: Stim::new(spec),
            outputs: spec
                .outputs
                .iter()
                .map(|p| (p.name.to_string(), OutPort(*p)))
                .collect(),
            clock: 0,
        }
    }

    fn out_port(&self, name: &str) -> OutPort {
        *self
            .outputs
            .get(name)
            .unwrap_or_else(|| panic!("{}: no output port `{name}`", self.block))
    }

    /// An output (up to 64 bits) as sampled in the last clock (both simulators agreed on it).
    pub fn out(&self, name: &str) -> u64 {
        self.vl.get(self.out_port(name))
    }

    pub fn out_words(&self, name: &str) -> &[u32] {
        self.vl.get_words(self.out_port(name))
    }

    fn context(&self) -> String {
        format!(
            "block {}, clock {}, seed {} (rerun with DXEDGE_SEED={})",
            self.block, self.clock, self.seed, self.seed
        )
    }

    /// One clock with `stim`: both simulators settle with the clock low, every output is
    /// compared, then the rising edge.
    pub fn cycle(&mut self) {
        (self.drive)(&mut self.uut, &self.stim);
        self.uut.clock_input().next = false.into();
        assert!(
            simulate(&mut self.uut, SETTLE_ITERS),
            "rust-hdl's simulation did not settle: {}",
            self.context()
        );
        let hdl = port_values(&self.uut);
        for (name, words) in &hdl.inputs {
            assert_eq!(
                words,
                self.stim.words(name),
                "test bug: the rust-hdl driver does not set input {name} as the stimulus says; {}",
                self.context()
            );
        }
        for (i, p) in self.stim.ports.iter().enumerate() {
            self.vl.set_words(InPort(*p), &self.stim.words[i]);
        }
        self.vl.cycle();
        let diffs: Vec<String> = hdl
            .outputs
            .iter()
            .filter_map(|(name, words)| {
                let vl = self.out_words(name);
                (vl != words.as_slice()).then(|| {
                    format!(
                        "\n  port {name}: rust-hdl {} / Verilator {}",
                        hex(words),
                        hex(vl)
                    )
                })
            })
            .collect();
        assert!(
            diffs.is_empty(),
            "rust-hdl's simulator and Verilator disagree: {}{}",
            self.context(),
            diffs.concat()
        );
        self.uut.clock_input().next = true.into();
        assert!(
            simulate(&mut self.uut, SETTLE_ITERS),
            "rust-hdl's simulation did not settle after the edge: {}",
            self.context()
        );
        self.clock += 1;
    }
}

/// The seed of a block's run: `DXEDGE_SEED` when set, else the block's own.
fn seed(default: u64) -> u64 {
    std::env::var("DXEDGE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Run a block's test on its Verilator model `block_<block>` with the block's seed (or
/// `DXEDGE_SEED`).
pub fn run(
    block: &'static str,
    default_seed: u64,
    test: fn(&'static str, &'static ModelSpec, u64),
) {
    if !dxedge_sim::require_models() {
        return;
    }
    let spec = dxedge_sim::model::find(&format!("block_{block}")).unwrap_or_else(|| {
        panic!("no Verilator model block_{block}: is hdl/verilog/blocks/{block}.v generated?")
    });
    test(block, spec, seed(default_seed));
}

pub fn chance(rng: &mut ChaCha8Rng, p: f64) -> bool {
    rng.random_bool(p)
}

pub fn pick<T: Copy>(rng: &mut ChaCha8Rng, from: &[T]) -> T {
    from[rng.random_range(0..from.len())]
}

/// A frame such as a port receives: mostly tagged IPv4 (options, short and long payloads,
/// TTLs around 1), some ARP, untagged, IPv6 and random bytes; now and then a flipped header
/// bit or a truncation.
pub fn plausible_frame(rng: &mut ChaCha8Rng, vids: &[u16]) -> Vec<u8> {
    let mut mac = || {
        let mut m = [0u8; 6];
        rng.fill_bytes(&mut m);
        m
    };
    let (dst_mac, src_mac) = (mac(), mac());
    let tci = (rng.random_range(0..16u16) << 12) | pick(rng, vids);
    let payload = if chance(rng, 0.8) {
        rng.random_range(8..200)
    } else {
        rng.random_range(200..1500)
    };
    let options: Vec<u8> = (0..pick(rng, &[0usize, 0, 0, 4, 12, 40]))
        .map(|_| rng.random())
        .collect();
    let ip = ipv4_packet(
        Ipv4Addr::from(rng.random::<u32>()),
        Ipv4Addr::from(rng.random::<u32>()),
        pick(rng, &[0u8, 1, 2, 3, 64, 255]),
        17,
        &options,
        &udp(rng.random(), rng.random(), payload, rng.random()),
    );
    let mut frame = match rng.random_range(0..100) {
        0..70 => tagged(dst_mac, src_mac, tci, 0x0800, &ip),
        70..78 => {
            let arp = arp_request(
                src_mac,
                Ipv4Addr::from(rng.random::<u32>()),
                [10, 0, 0, 1].into(),
            );
            tagged(dst_mac, src_mac, tci, 0x0806, &arp)
        }
        78..84 => untagged(dst_mac, src_mac, 0x0800, &ip),
        84..90 => tagged(dst_mac, src_mac, tci, 0x86dd, &ipv6_packet(payload)),
        _ => (0..rng.random_range(0..120))
            .map(|_| rng.random())
            .collect(),
    };
    if chance(rng, 0.1) && frame.len() > 20 {
        let at = rng.random_range(12..frame.len().min(60));
        frame[at] ^= 1 << rng.random_range(0..8);
    }
    if chance(rng, 0.08) {
        frame.truncate(rng.random_range(0..=frame.len()));
    }
    frame
}

pub fn random_vids(rng: &mut ChaCha8Rng) -> Vec<u16> {
    let mut vids: Vec<u16> = (0..6).map(|_| rng.random_range(1..4095)).collect();
    vids.extend([0, 4095]);
    vids
}

/// A frame's beats as the beat FIFO holds them: data, and the last flag in bit `W`.
pub fn fifo_beats(frame: &[u8], beat_bytes: usize) -> Vec<Vec<u32>> {
    beats(frame, beat_bytes)
        .map(|b| {
            let mut words = b.words[..beat_bytes / 4].to_vec();
            words.push(b.last as u32);
            words
        })
        .collect()
}

// Structs on ports: built field by field from the port's bits, with rust-hdl's own layout.

pub fn classified(b: Bits<{ <Classified as Synth>::BITS }>) -> Classified {
    let d = Classified::default();
    Classified {
        len: b.get_bits::<24>(d.get_my_offset_len()),
        vif: b.get_bits::<8>(d.get_my_offset_vif()),
        vif_found: b.get_bit(d.get_my_offset_vif_found()),
        kind: b.get_bits::<2>(d.get_my_offset_kind()),
        reason: b.get_bits::<3>(d.get_my_offset_reason()),
        need_lpm: b.get_bit(d.get_my_offset_need_lpm()),
        banks: b.get_bits::<4>(d.get_my_offset_banks()),
        total_len: b.get_bits::<16>(d.get_my_offset_total_len()),
    }
}

pub fn classified_words(c: Classified) -> Vec<u32> {
    to_words::<{ <Classified as Synth>::BITS }>(c.into())
}

pub fn verdict_record(b: Bits<{ <VerdictRecord as Synth>::BITS }>) -> VerdictRecord {
    let d = VerdictRecord::default();
    VerdictRecord {
        kind: b.get_bits::<2>(d.get_my_offset_kind()),
        reason: b.get_bits::<3>(d.get_my_offset_reason()),
        target: b.get_bits::<10>(d.get_my_offset_target()),
        retag: b.get_bit(d.get_my_offset_retag()),
        vid: b.get_bits::<12>(d.get_my_offset_vid()),
        strip: b.get_bit(d.get_my_offset_strip()),
        out_len: b.get_bits::<24>(d.get_my_offset_out_len()),
    }
}

pub fn verdict_words(v: VerdictRecord) -> Vec<u32> {
    to_words::<{ <VerdictRecord as Synth>::BITS }>(v.into())
}
