//! The same stimulus, clock by clock, through rust-hdl's own simulator and through Verilator,
//! for each block of the port pipeline on its own: the blocks of `hdl/verilog/blocks/`
//! (`dxedge_hdl::verilog::BLOCKS`), each generated with the block as rust-hdl's top.
//! `two_simulators.rs` compares the whole pipeline, where a block's divergence can be masked
//! (an output no other block reads, a value the next block ignores, a state the traffic never
//! reaches); here every output port of every block is compared at every clock.
//!
//! Each block gets seeded random inputs every clock, biased where pure randomness would never
//! reach the logic that matters: plausible frames (tagged IPv4 with options, ARP, IPv6, bad
//! checksums, truncations) for the header parse and the rewrite, records of configured VLANs
//! for the classifier, table writes before and between lookups for the LPM search and the
//! target table, phases that fill and drain the FIFO and the skid buffer, register accesses
//! at the register map's addresses, a reset now and then. A few coverage checks at the end
//! make sure the bias does reach that logic.
//!
//! A failure names the block, the ports that differ, the clock and the seed;
//! `DXEDGE_SEED=<seed>` reruns every block with that seed, `DXEDGE_SOAK=1` (`make soak`) runs
//! ten times longer.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::net::Ipv4Addr;
use std::sync::LazyLock;

use dxedge_hdl::block_ram::{BlockRam, BlockRam2R};
use dxedge_hdl::boundary::{CsrStage, EgressSlice, IngressStage};
use dxedge_hdl::classify::{Classified, Classify};
use dxedge_hdl::codes::{kind, reason};
use dxedge_hdl::counters::{CounterBank, GlobalCounters};
use dxedge_hdl::cpu_merge::{CpuMerge, BYTES_BITS};
use dxedge_hdl::dff_ce::DffCe;
use dxedge_hdl::header_parse::HeaderParse;
use dxedge_hdl::lpm::LpmSearch;
use dxedge_hdl::regs::Regs;
use dxedge_hdl::resolve::{Resolve, VerdictRecord};
use dxedge_hdl::rewrite::Rewrite;
use dxedge_hdl::sync_fifo::SyncFifo;
use dxedge_hdl::testing::SETTLE_ITERS;
use dxedge_hdl::verilog::BLOCK_LPM_LEVELS;
use dxedge_host::regmap::{self, cpu, egress, ingress, target_entry, vid_entry, CAPACITY};
use dxedge_sim::model::{InPort, Model, ModelSpec, OutPort, PortSpec};
use dxedge_testbench::beats::beats;
use dxedge_testbench::craft::{arp_request, ipv4_packet, ipv6_packet, tagged, udp, untagged};
use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

mod common;
use common::{to_bits, to_words};

/// Clocks per block and width: ten times more with `DXEDGE_SOAK=1` (`make soak`).
static CLOCKS: LazyLock<u64> = LazyLock::new(|| {
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
struct Stim {
    ports: &'static [PortSpec],
    index: HashMap<&'static str, usize>,
    words: Vec<Vec<u32>>,
}

impl Stim {
    fn new(spec: &'static ModelSpec) -> Self {
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

    fn set(&mut self, name: &str, value: u64) {
        self.set_words(name, &[value as u32, (value >> 32) as u32]);
    }

    fn set_bool(&mut self, name: &str, value: bool) {
        self.set(name, value as u64);
    }

    fn set_words(&mut self, name: &str, words: &[u32]) {
        let i = self.slot(name);
        let dst = &mut self.words[i];
        let n = words.len().min(dst.len());
        dst[..n].copy_from_slice(&words[..n]);
        dst[n..].fill(0);
        self.mask(i);
    }

    /// Random bits on the port.
    fn randomize(&mut self, name: &str, rng: &mut ChaCha8Rng) {
        let i = self.slot(name);
        for w in self.words[i].iter_mut() {
            *w = rng.random();
        }
        self.mask(i);
    }

    fn words(&self, name: &str) -> &[u32] {
        &self.words[self.slot(name)]
    }

    fn bit(&self, name: &str) -> bool {
        self.words(name)[0] & 1 != 0
    }

    fn bits<const N: usize>(&self, name: &str) -> Bits<N> {
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
trait Dut: Block {
    fn clock_input(&mut self) -> &mut Signal<In, Clock>;
}

macro_rules! duts {
    ($($t:ty),* $(,)?) => {
        $(impl Dut for $t {
            fn clock_input(&mut self) -> &mut Signal<In, Clock> {
                &mut self.clock
            }
        })*
    };
}

duts!(
    HeaderParse<64>,
    HeaderParse<512>,
    Classify,
    LpmSearch,
    Resolve,
    CounterBank<5, 8>,
    CounterBank<2, 10>,
    GlobalCounters,
    CpuMerge<64, 8>,
    CpuMerge<512, 64>,
    Rewrite<64, 8, 65>,
    Rewrite<512, 64, 513>,
    SyncFifo<Bits<65>, 6, 7>,
    SyncFifo<Bits<513>, 6, 7>,
    IngressStage<64, { ingress::BITS }>,
    IngressStage<512, { ingress::BITS }>,
    CsrStage,
    EgressSlice<64, 8, { egress::BITS }>,
    EgressSlice<512, 64, { egress::BITS }>,
    Regs,
    DffCe<Bits<37>>,
    BlockRam<Bits<40>, 6>,
    BlockRam2R<Bits<40>, 5>,
);

/// rust-hdl's simulation and the Verilator model of one block, clocked together.
struct Lockstep<T: Dut> {
    block: &'static str,
    seed: u64,
    uut: T,
    /// Sets the rust-hdl design's inputs from the stimulus (one line per port).
    drive: fn(&mut T, &Stim),
    vl: Model,
    /// Next clock's inputs: set them, then `cycle`.
    stim: Stim,
    outputs: HashMap<String, OutPort>,
    clock: u64,
}

impl<T: Dut> Lockstep<T> {
    fn new(
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
    fn out(&self, name: &str) -> u64 {
        self.vl.get(self.out_port(name))
    }

    fn out_words(&self, name: &str) -> &[u32] {
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
    fn cycle(&mut self) {
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
fn run(block: &'static str, default_seed: u64, test: fn(&'static str, &'static ModelSpec, u64)) {
    if !dxedge_sim::require_models() {
        return;
    }
    let spec = dxedge_sim::model::find(&format!("block_{block}")).unwrap_or_else(|| {
        panic!("no Verilator model block_{block}: is hdl/verilog/blocks/{block}.v generated?")
    });
    test(block, spec, seed(default_seed));
}

fn chance(rng: &mut ChaCha8Rng, p: f64) -> bool {
    rng.random_bool(p)
}

fn pick<T: Copy>(rng: &mut ChaCha8Rng, from: &[T]) -> T {
    from[rng.random_range(0..from.len())]
}

/// A frame such as a port receives: mostly tagged IPv4 (options, short and long payloads,
/// TTLs around 1), some ARP, untagged, IPv6 and random bytes; now and then a flipped header
/// bit or a truncation.
fn plausible_frame(rng: &mut ChaCha8Rng, vids: &[u16]) -> Vec<u8> {
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

fn random_vids(rng: &mut ChaCha8Rng) -> Vec<u16> {
    let mut vids: Vec<u16> = (0..6).map(|_| rng.random_range(1..4095)).collect();
    vids.extend([0, 4095]);
    vids
}

/// A frame's beats as the beat FIFO holds them: data, and the last flag in bit `W`.
fn fifo_beats(frame: &[u8], beat_bytes: usize) -> Vec<Vec<u32>> {
    beats(frame, beat_bytes)
        .map(|b| {
            let mut words = b.words[..beat_bytes / 4].to_vec();
            words.push(b.last as u32);
            words
        })
        .collect()
}

// Structs on ports: built field by field from the port's bits, with rust-hdl's own layout.

fn classified(b: Bits<{ <Classified as Synth>::BITS }>) -> Classified {
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

fn classified_words(c: Classified) -> Vec<u32> {
    to_words::<{ <Classified as Synth>::BITS }>(c.into())
}

fn verdict_record(b: Bits<{ <VerdictRecord as Synth>::BITS }>) -> VerdictRecord {
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

fn verdict_words(v: VerdictRecord) -> Vec<u32> {
    to_words::<{ <VerdictRecord as Synth>::BITS }>(v.into())
}

// ---------------------------------------------------------------------------------------
// Header parse
// ---------------------------------------------------------------------------------------

fn drive_header_parse<const W: usize>(u: &mut HeaderParse<W>, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.accept.next = s.bit("accept");
    u.data.next = s.bits::<W>("data");
    u.last.next = s.bit("last");
    u.len.next = s.bits::<24>("len");
}

fn header_parse<const W: usize>(block: &'static str, spec: &'static ModelSpec, seed: u64)
where
    HeaderParse<W>: Dut,
{
    let beat_bytes = W / 8;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        HeaderParse::<W>::new(),
        drive_header_parse::<W>,
        seed,
    );
    let vids = random_vids(&mut rng);
    let mut frame: Vec<Vec<u32>> = vec![];
    let mut len = 0;
    let mut next = 0;
    let (mut records, mut verified) = (0, 0);
    while t.clock < *CLOCKS {
        if next == frame.len() {
            let f = plausible_frame(&mut rng, &vids);
            len = f.len() as u64;
            frame = fifo_beats(&f, beat_bytes);
            next = 0;
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.003));
        let accept = chance(&mut rng, 0.75);
        s.set_bool("accept", accept);
        if accept && chance(&mut rng, 0.99) {
            s.set_words("data", &frame[next][..W / 32]);
            s.set("last", frame[next][W / 32] as u64);
            s.set(
                "len",
                if chance(&mut rng, 0.03) {
                    rng.random()
                } else {
                    len
                },
            );
            next += 1;
        } else {
            // Idle (or a random beat): whatever is on the bus
            s.randomize("data", &mut rng);
            s.set_bool("last", chance(&mut rng, 0.3));
            s.randomize("len", &mut rng);
        }
        t.cycle();
        if t.out("rec_valid") != 0 {
            records += 1;
            verified += (t.out("rec_checksum") == 0xffff) as u64;
        }
    }
    // Records of every frame, and header checksums that verify (IPv4 with options)
    assert!(
        records > 200 && verified > 80,
        "{block}: {records} header records, {verified} with a checksum that verifies (seed {seed})"
    );
}

#[test]
fn header_parse_10g() {
    run("header_parse_10g", 101, header_parse::<64>);
}

#[test]
fn header_parse_100g() {
    run("header_parse_100g", 102, header_parse::<512>);
}

// ---------------------------------------------------------------------------------------
// Classify
// ---------------------------------------------------------------------------------------

fn drive_classify(u: &mut Classify, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.rec_valid.next = s.bit("rec_valid");
    u.rec_len.next = s.bits::<24>("rec_len");
    u.rec_outer_type.next = s.bits::<16>("rec_outer_type");
    u.rec_tci.next = s.bits::<16>("rec_tci");
    u.rec_inner_type.next = s.bits::<16>("rec_inner_type");
    u.rec_version_ihl.next = s.bits::<8>("rec_version_ihl");
    u.rec_total_length.next = s.bits::<16>("rec_total_length");
    u.rec_ttl.next = s.bits::<8>("rec_ttl");
    u.rec_destination.next = s.bits::<32>("rec_destination");
    u.rec_checksum.next = s.bits::<16>("rec_checksum");
    u.rec_banks.next = s.bits::<4>("rec_banks");
    u.vid_we.next = s.bit("vid_we");
    u.vid_waddr.next = s.bits::<13>("vid_waddr");
    u.vid_wdata.next = s.bits::<64>("vid_wdata");
}

/// Header records of frames on a few VLANs whose VID entries are written (both banks) before
/// and between them; fields in the lanes the header parse delivers them in (first byte
/// lowest), mostly those of a valid tagged IPv4 frame, each check failing now and then.
fn classify(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, Classify::new(), drive_classify, seed);
    let vids = random_vids(&mut rng);
    let peers: Vec<u32> = (0..4).map(|_| rng.random()).collect();
    let mut banks = 0u64;
    let mut outcomes = BTreeSet::new();
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.003));
        // VID table: every VLAN in both banks first, then a write now and then
        let fill = t.clock < 2 * vids.len() as u64;
        let write = fill || chance(&mut rng, 0.03);
        s.set_bool("vid_we", write);
        let vid = if fill {
            vids[t.clock as usize / 2] as u64
        } else if chance(&mut rng, 0.9) {
            pick(&mut rng, &vids) as u64
        } else {
            rng.random_range(0..4096)
        };
        let bank = if fill {
            t.clock & 1
        } else {
            rng.random_range(0..2)
        };
        s.set("vid_waddr", bank << 12 | vid);
        let entry = vid_entry::VALID.place(chance(&mut rng, 0.85) as u64)
            | vid_entry::AMAZON_VALID.place(chance(&mut rng, 0.5) as u64)
            | vid_entry::AMAZON_ADDRESS.place(pick(&mut rng, &peers) as u64)
            | vid_entry::VIF.place(rng.random_range(0..256))
            | vid_entry::MTU.place(pick(&mut rng, &[0, 68, 576, 1500, 9000, 0xffff]));
        s.set(
            "vid_wdata",
            if write || chance(&mut rng, 0.5) {
                entry
            } else {
                rng.random()
            },
        );
        // Active banks change now and then (a commit)
        if chance(&mut rng, 0.01) {
            banks ^= 1 << rng.random_range(0..4);
        }
        s.set("rec_banks", banks);
        // A record every few clocks, as frames arrive
        let valid = chance(&mut rng, 0.35);
        s.set_bool("rec_valid", valid);
        if valid || chance(&mut rng, 0.5) {
            let len: u64 = match rng.random_range(0..20) {
                0 => rng.random_range(0..14),
                1 => rng.random_range(14..18),
                2 => rng.random_range(18..38),
                _ => rng.random_range(38..1600),
            };
            s.set("rec_len", len);
            let other: u16 = rng.random();
            let outer: u16 = if chance(&mut rng, 0.85) {
                0x8100
            } else {
                pick(&mut rng, &[0x0800, 0x88a8, other])
            };
            s.set("rec_outer_type", outer.swap_bytes() as u64);
            let vid = if chance(&mut rng, 0.9) {
                pick(&mut rng, &vids)
            } else {
                rng.random_range(0..4096)
            };
            let tci = (rng.random_range(0..16u16) << 12) | vid;
            s.set("rec_tci", tci.swap_bytes() as u64);
            let inner: u16 = match rng.random_range(0..20) {
                0..15 => 0x0800,
                15..17 => 0x0806,
                17 => 0x86dd,
                _ => rng.random(),
            };
            s.set("rec_inner_type", inner.swap_bytes() as u64);
            let ihl = if chance(&mut rng, 0.7) {
                5
            } else {
                rng.random_range(0..16)
            };
            let version = if chance(&mut rng, 0.9) {
                4
            } else {
                rng.random_range(0..16)
            };
            s.set("rec_version_ihl", version << 4 | ihl);
            let total: u16 = match rng.random_range(0..10) {
                0 => rng.random(),
                1 => (4 * ihl as u16).wrapping_sub(rng.random_range(0..4)),
                _ => (len.saturating_sub(18) as u16).wrapping_sub(rng.random_range(0..3)),
            };
            s.set("rec_total_length", total.swap_bytes() as u64);
            s.set("rec_ttl", pick(&mut rng, &[0, 1, 2, 3, 64, 255]));
            let dst: u32 = if chance(&mut rng, 0.3) {
                pick(&mut rng, &peers)
            } else {
                rng.random()
            };
            s.set("rec_destination", dst.swap_bytes() as u64);
            s.set(
                "rec_checksum",
                if chance(&mut rng, 0.85) {
                    0xffff
                } else {
                    rng.random_range(0..0x10000)
                },
            );
        } else {
            for port in [
                "rec_len",
                "rec_outer_type",
                "rec_tci",
                "rec_inner_type",
                "rec_version_ihl",
                "rec_total_length",
                "rec_ttl",
                "rec_destination",
                "rec_checksum",
            ] {
                s.randomize(port, &mut rng);
            }
        }
        t.cycle();
        if t.out("out_valid") != 0 {
            let c = classified(to_bits(t.out_words("out")));
            outcomes.insert((c.need_lpm, c.kind.to_u64(), c.reason.to_u64()));
        }
    }
    // Step 10 reached, punts (ARP, the peer) and every drop reason of steps 2 to 9
    let mut want = BTreeSet::from([(true, kind::DROP, 0), (false, kind::PUNT, 0)]);
    for r in [
        reason::MALFORMED,
        reason::UNKNOWN_VLAN,
        reason::UNSUPPORTED_ETHERTYPE,
        reason::BAD_IPV4,
        reason::TTL_EXPIRED,
        reason::MTU_EXCEEDED,
    ] {
        want.insert((false, kind::DROP, r));
    }
    let missing: Vec<_> = want.difference(&outcomes).collect();
    assert!(
        missing.is_empty(),
        "{block}: no record reached the outcomes (need_lpm, kind, reason) {missing:?} (seed {seed})"
    );
}

#[test]
fn classify_standalone() {
    run("classify", 201, classify);
}

// ---------------------------------------------------------------------------------------
// LPM search
// ---------------------------------------------------------------------------------------

fn drive_lpm(u: &mut LpmSearch, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.in_valid.next = s.bit("in_valid");
    u.in_key.next = s.bits::<40>("in_key");
    u.in_payload.next = classified(s.bits("in_payload"));
    u.in_bank.next = s.bit("in_bank");
    u.w_bank.next = s.bit("w_bank");
    u.node_we.next = s.bit("node_we");
    u.node_level.next = s.bits::<4>("node_level");
    u.node_index.next = s.bits::<16>("node_index");
    u.node_data.next = s.bits::<41>("node_data");
    u.leaf_we.next = s.bit("leaf_we");
    u.leaf_index.next = s.bits::<16>("leaf_index");
    u.leaf_data.next = s.bits::<11>("leaf_data");
}

/// The reduced tree (`BLOCK_LPM_LEVELS` levels with memory): node and leaf writes into
/// either bank, mostly inside the tree, with keys from a small set so that lookups of those
/// keys (and their neighbours) go both ways at every level; lookups every other clock once
/// the tables have something in them, in the bank the writes are not going to.
fn lpm(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let levels = BLOCK_LPM_LEVELS as u64;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        LpmSearch::new(BLOCK_LPM_LEVELS),
        drive_lpm,
        seed,
    );
    let keys: Vec<u64> = (0..12)
        .map(|_| (rng.random_range(0..4u64) << 32) | rng.random::<u32>() as u64)
        .collect();
    let mut w_bank = false;
    let mut hits = 0;
    while t.clock < *CLOCKS {
        let filling = t.clock < 300;
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        if chance(&mut rng, 0.005) {
            w_bank = !w_bank; // a commit
        }
        s.set_bool("w_bank", w_bank);
        let key_near = |rng: &mut ChaCha8Rng| {
            let k = pick(rng, &keys);
            match rng.random_range(0..6) {
                0 => k.wrapping_sub(1) & 0xff_ffff_ffff,
                1 => (k + 1) & 0xff_ffff_ffff,
                2 => rng.random::<u64>() & 0xff_ffff_ffff,
                _ => k,
            }
        };
        s.set_bool(
            "node_we",
            chance(&mut rng, if filling { 0.6 } else { 0.05 }),
        );
        let level = if chance(&mut rng, 0.9) {
            rng.random_range(0..levels)
        } else {
            rng.random_range(0..16)
        };
        s.set("node_level", level);
        let node = if chance(&mut rng, 0.9) {
            rng.random_range(0..1u64 << level)
        } else {
            rng.random_range(0..0x10000)
        };
        s.set("node_index", node);
        let real = if chance(&mut rng, 0.9) { 1u64 << 40 } else { 0 };
        s.set("node_data", real | key_near(&mut rng));
        s.set_bool(
            "leaf_we",
            chance(&mut rng, if filling { 0.5 } else { 0.05 }),
        );
        let leaf = if chance(&mut rng, 0.9) {
            rng.random_range(0..1u64 << levels)
        } else {
            rng.random_range(0..0x10000)
        };
        s.set("leaf_index", leaf);
        s.randomize("leaf_data", &mut rng);
        // Lookups
        s.set_bool(
            "in_valid",
            chance(&mut rng, if filling { 0.2 } else { 0.6 }),
        );
        s.set("in_key", key_near(&mut rng));
        s.randomize("in_payload", &mut rng);
        s.set_bool(
            "in_bank",
            if chance(&mut rng, 0.8) {
                !w_bank
            } else {
                chance(&mut rng, 0.5)
            },
        );
        t.cycle();
        hits += t.out("out_valid") & t.out("out_hit");
    }
    assert!(
        hits > 100,
        "{block}: only {hits} lookups hit a valid leaf (seed {seed})"
    );
}

#[test]
fn lpm_4levels() {
    run("lpm_4levels", 301, lpm);
}

// ---------------------------------------------------------------------------------------
// Resolve
// ---------------------------------------------------------------------------------------

fn drive_resolve(u: &mut Resolve, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.in_valid.next = s.bit("in_valid");
    u.in_payload.next = classified(s.bits("in_payload"));
    u.in_hit.next = s.bit("in_hit");
    u.in_target.next = s.bits::<10>("in_target");
    u.port_mac0.next = s.bits::<48>("port_mac0");
    u.port_mac1.next = s.bits::<48>("port_mac1");
    u.target_we.next = s.bit("target_we");
    u.target_waddr.next = s.bits::<11>("target_waddr");
    u.target_wdata.next = s.bits::<64>("target_wdata");
    u.target_wmtu.next = s.bits::<16>("target_wmtu");
}

/// A few targets written into both banks first (retagging and stripping ones), then LPM
/// results for them every other clock, with the classification's every outcome and frame
/// lengths down to 0 (the strip's 4 bytes less), and a target rewritten now and then.
fn resolve(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, Resolve::new(), drive_resolve, seed);
    let targets: Vec<u64> = (0..8)
        .map(|_| rng.random_range(0..CAPACITY.targets as u64))
        .collect();
    let mut macs = [rng.random::<u64>(), rng.random::<u64>()];
    let mut events = [0u64; 3];
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.003));
        let fill = t.clock < 2 * targets.len() as u64;
        let write = fill || chance(&mut rng, 0.03);
        s.set_bool("target_we", write);
        let target = if fill {
            targets[t.clock as usize / 2]
        } else if chance(&mut rng, 0.9) {
            pick(&mut rng, &targets)
        } else {
            rng.random_range(0..1024)
        };
        let bank = if fill {
            t.clock & 1
        } else {
            rng.random_range(0..2)
        };
        s.set("target_waddr", bank << 10 | target);
        let entry = target_entry::MAC.place(rng.random())
            | target_entry::VLAN.place(rng.random_range(0..4096))
            | target_entry::VLAN_VALID.place(chance(&mut rng, 0.5) as u64);
        // The egress MTU (bits 79..64): no limit, or one that frames cross both ways.
        let mtu = if chance(&mut rng, 0.5) {
            0xffff
        } else {
            rng.random_range(0..2100u32)
        };
        s.set("target_wdata", entry);
        s.set("target_wmtu", u64::from(mtu));
        if chance(&mut rng, 0.01) {
            macs[rng.random_range(0..2)] = rng.random();
        }
        s.set("port_mac0", macs[0]);
        s.set("port_mac1", macs[1]);
        s.set_bool("in_valid", chance(&mut rng, 0.5));
        let payload = Classified {
            len: (if chance(&mut rng, 0.05) {
                rng.random_range(0..4u64)
            } else {
                rng.random_range(14..2000)
            })
            .to_bits(),
            vif: rng.random_range(0..256u64).to_bits(),
            vif_found: chance(&mut rng, 0.8),
            kind: rng.random_range(0..4u64).to_bits(),
            reason: rng.random_range(0..8u64).to_bits(),
            need_lpm: chance(&mut rng, 0.6),
            banks: rng.random_range(0..16u64).to_bits(),
            total_len: rng.random_range(0..2100u64).to_bits(),
        };
        s.set_words("in_payload", &classified_words(payload));
        s.set_bool("in_hit", chance(&mut rng, 0.7));
        let target = if chance(&mut rng, 0.85) {
            pick(&mut rng, &targets)
        } else {
            rng.random_range(0..1024)
        };
        s.set("in_target", target);
        t.cycle();
        events[0] += t.out("target_event");
        events[1] += t.out("drop_event");
        events[2] += t.out("punt_event");
    }
    assert!(
        events.iter().all(|&n| n > 50),
        "{block}: forward, drop and punt events {events:?} (seed {seed})"
    );
}

#[test]
fn resolve_standalone() {
    run("resolve", 401, resolve);
}

// ---------------------------------------------------------------------------------------
// Counters
// ---------------------------------------------------------------------------------------

const INC: [&str; 5] = ["inc$0", "inc$1", "inc$2", "inc$3", "inc$4"];
const HOST_DATA: [&str; 5] = [
    "host_data$0",
    "host_data$1",
    "host_data$2",
    "host_data$3",
    "host_data$4",
];

fn drive_counter_bank<const N: usize, const A: usize>(u: &mut CounterBank<N, A>, s: &Stim) {
    u.clear.next = s.bit("clear");
    u.clear_index.next = s.bits::<A>("clear_index");
    u.add.next = s.bit("add");
    u.index.next = s.bits::<A>("index");
    for (l, name) in INC.iter().enumerate().take(N) {
        u.inc[l].next = s.bits::<64>(name);
    }
    u.host_index.next = s.bits::<A>("host_index");
}

/// Increments mostly to a few hot rows in consecutive clocks (the forwarding path), values
/// that carry across 32 bits and wrap 64, clear sweeps now and then with events arriving
/// during them, and the host reading rows one after another.
fn counter_bank<const N: usize, const A: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    CounterBank<N, A>: Dut,
{
    let rows = 1u64 << A;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        CounterBank::<N, A>::default(),
        drive_counter_bank::<N, A>,
        seed,
    );
    let hot: Vec<u64> = (0..3).map(|_| rng.random_range(0..rows)).collect();
    let mut clearing: Option<(u64, u64)> = None;
    let mut host = 0u64;
    let mut nonzero = 0;
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        if clearing.is_none() && chance(&mut rng, 0.002) {
            let from = rng.random_range(0..rows);
            clearing = Some((from, (from + rng.random_range(1..64)).min(rows)));
        }
        match clearing {
            Some((at, end)) => {
                s.set_bool("clear", true);
                s.set("clear_index", at);
                clearing = (at + 1 < end).then_some((at + 1, end));
            }
            None => {
                s.set_bool("clear", false);
                s.randomize("clear_index", &mut rng);
            }
        }
        s.set_bool("add", chance(&mut rng, 0.7));
        s.set(
            "index",
            if chance(&mut rng, 0.7) {
                pick(&mut rng, &hot)
            } else {
                rng.random_range(0..rows)
            },
        );
        for name in INC.iter().take(N) {
            let v = match rng.random_range(0..50) {
                0 => rng.random(),
                1 => u64::MAX - rng.random_range(0..3),
                2..20 => rng.random_range(0..2),
                _ => rng.random_range(0..10_000),
            };
            s.set(name, v);
        }
        host = if chance(&mut rng, 0.3) {
            pick(&mut rng, &hot)
        } else {
            (host + 1) % rows
        };
        s.set("host_index", host);
        t.cycle();
        nonzero += HOST_DATA.iter().take(N).any(|p| t.out(p) != 0) as u64;
    }
    assert!(
        nonzero > 300,
        "{block}: the host read {nonzero} non-zero rows (seed {seed})"
    );
}

#[test]
fn counter_bank_vif() {
    run("counter_bank_vif", 501, counter_bank::<5, 8>);
}

#[test]
fn counter_bank_target() {
    run("counter_bank_target", 502, counter_bank::<2, 10>);
}

fn drive_global_counters(u: &mut GlobalCounters, s: &Stim) {
    u.clear.next = s.bit("clear");
    u.drop_event.next = s.bit("drop_event");
    u.drop_reason.next = s.bits::<3>("drop_reason");
    u.punt_event.next = s.bit("punt_event");
}

/// Drops of every reason code (7 included, which no counter takes), punts, a clear now and
/// then.
fn global_counters(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        GlobalCounters::default(),
        drive_global_counters,
        seed,
    );
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("clear", chance(&mut rng, 0.003));
        s.set_bool("drop_event", chance(&mut rng, 0.5));
        s.randomize("drop_reason", &mut rng);
        s.set_bool("punt_event", chance(&mut rng, 0.3));
        t.cycle();
    }
}

#[test]
fn global_counters_standalone() {
    run("global_counters", 503, global_counters);
}

// ---------------------------------------------------------------------------------------
// Rewrite
// ---------------------------------------------------------------------------------------

fn drive_rewrite<const W: usize, const B: usize, const WL: usize>(
    u: &mut Rewrite<W, B, WL>,
    s: &Stim,
) {
    u.reset.next = s.bit("reset");
    u.beat_empty.next = s.bit("beat_empty");
    u.beat.next = s.bits::<WL>("beat");
    u.verdict_empty.next = s.bit("verdict_empty");
    u.verdict.next = verdict_record(s.bits("verdict"));
    u.verdict_macs.next = s.bits::<96>("verdict_macs");
    u.m_axis.tready.next = s.bit("m_axis$tready");
}

/// The beat and verdict FIFOs in front of the rewrite, as the pipeline fills them: frames'
/// beats arrive at most one a clock, each frame's verdict (forward with retag or strip,
/// punt, drop) some clocks after its first beat; the FIFO heads pop when the rewrite reads
/// them. Egress ready in phases from nearly always to rarely.
fn rewrite<const W: usize, const B: usize, const WL: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    Rewrite<W, B, WL>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        Rewrite::<W, B, WL>::new(),
        drive_rewrite::<W, B, WL>,
        seed,
    );
    let vids = random_vids(&mut rng);
    // Frames still to enter the beat FIFO, the FIFOs' contents, verdicts not yet decided
    let mut source: VecDeque<Vec<u32>> = VecDeque::new();
    let mut beat_fifo: VecDeque<Vec<u32>> = VecDeque::new();
    let mut pending: VecDeque<(u64, Vec<u32>, Vec<u32>)> = VecDeque::new();
    let mut verdict_fifo: VecDeque<(Vec<u32>, Vec<u32>)> = VecDeque::new();
    let mut ready = 0.9;
    let mut frames_out = 0;
    // Frames whose first beat the rewrite took: neither retagged nor stripped, retagged,
    // stripped, both (a random verdict)
    let mut started = [0u64; 4];
    while t.clock < *CLOCKS {
        if t.clock % 100 == 0 {
            ready = pick(&mut rng, &[0.95, 0.95, 0.6, 0.2]);
        }
        if source.is_empty() {
            let frame = plausible_frame(&mut rng, &vids);
            let len = frame.len() as u64;
            let forward = chance(&mut rng, 0.6);
            let strip = forward && chance(&mut rng, 0.5);
            let mut verdict = VerdictRecord {
                kind: (if forward {
                    0
                } else {
                    rng.random_range(1..4u64)
                })
                .to_bits(),
                reason: (if forward {
                    0
                } else {
                    rng.random_range(0..8u64)
                })
                .to_bits(),
                target: rng.random_range(0..1024u64).to_bits(),
                retag: forward && !strip,
                vid: rng.random_range(0..4096u64).to_bits(),
                strip,
                out_len: (if strip {
                    len.wrapping_sub(4) & 0xff_ffff
                } else {
                    len
                })
                .to_bits(),
            };
            if chance(&mut rng, 0.03) {
                verdict = verdict_record(to_bits(&[rng.random(), rng.random()]));
            }
            let macs: Vec<u32> = (0..3).map(|_| rng.random()).collect();
            let delay = t.clock + rng.random_range(0..24);
            pending.push_back((delay, verdict_words(verdict), macs));
            source.extend(fifo_beats(&frame, B));
        }
        // The pipeline writes one beat a clock at most, 64 beats of room
        if beat_fifo.len() < 64 && chance(&mut rng, 0.85) {
            if let Some(beat) = source.pop_front() {
                beat_fifo.push_back(beat);
            }
        }
        while pending.front().is_some_and(|(due, _, _)| *due <= t.clock) {
            if let Some((_, verdict, macs)) = pending.pop_front() {
                verdict_fifo.push_back((verdict, macs));
            }
        }
        let reset = chance(&mut rng, 0.001);
        let s = &mut t.stim;
        s.set_bool("reset", reset);
        s.set_bool("beat_empty", beat_fifo.is_empty());
        match beat_fifo.front() {
            Some(beat) => s.set_words("beat", beat),
            None => s.randomize("beat", &mut rng),
        }
        s.set_bool("verdict_empty", verdict_fifo.is_empty());
        match verdict_fifo.front() {
            Some((verdict, macs)) => {
                s.set_words("verdict", verdict);
                s.set_words("verdict_macs", macs);
            }
            None => {
                s.randomize("verdict", &mut rng);
                s.randomize("verdict_macs", &mut rng);
            }
        }
        s.set_bool("m_axis$tready", chance(&mut rng, ready));
        t.cycle();
        if t.out("beat_read") != 0 {
            beat_fifo.pop_front();
        }
        if t.out("verdict_read") != 0 {
            if let Some((verdict, _)) = verdict_fifo.pop_front() {
                let v = verdict_record(to_bits(&verdict));
                started[v.retag as usize + 2 * v.strip as usize] += 1;
            }
        }
        if t.out("m_axis$tvalid") & t.out("m_axis$tlast") != 0 && t.stim.bit("m_axis$tready") {
            frames_out += 1;
        }
        if reset {
            // The pipeline resets its FIFOs with the rewrite
            beat_fifo.clear();
            verdict_fifo.clear();
            pending.clear();
            source.clear();
        }
    }
    assert!(
        frames_out > 100 && started[..3].iter().all(|&n| n > 30),
        "{block}: {frames_out} frames out, {started:?} started as passed, retagged, stripped, both (seed {seed})"
    );
}

#[test]
fn rewrite_10g() {
    run("rewrite_10g", 601, rewrite::<64, 8, 65>);
}

#[test]
fn rewrite_100g() {
    run("rewrite_100g", 602, rewrite::<512, 64, 513>);
}

// ---------------------------------------------------------------------------------------
// Beat FIFO
// ---------------------------------------------------------------------------------------

fn drive_sync_fifo<const WL: usize>(u: &mut SyncFifo<Bits<WL>, 6, 7>, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.write.next = s.bit("write");
    u.data_in.next = s.bits::<WL>("data_in");
    u.read.next = s.bit("read");
}

/// Phases of mostly writing (to full and beyond), mostly reading (to empty and beyond),
/// both every clock, and balanced; a reset now and then.
fn sync_fifo<const WL: usize>(block: &'static str, spec: &'static ModelSpec, seed: u64)
where
    SyncFifo<Bits<WL>, 6, 7>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        SyncFifo::<Bits<WL>, 6, 7>::new(),
        drive_sync_fifo::<WL>,
        seed,
    );
    let (mut p_write, mut p_read) = (0.5, 0.5);
    let (mut full, mut empty_after_full) = (0, 0);
    let mut was_full = false;
    while t.clock < *CLOCKS {
        if t.clock % 150 == 0 {
            (p_write, p_read) = pick(
                &mut rng,
                &[(0.95, 0.1), (0.1, 0.95), (1.0, 1.0), (0.5, 0.5)],
            );
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        s.set_bool("write", chance(&mut rng, p_write));
        s.randomize("data_in", &mut rng);
        s.set_bool("read", chance(&mut rng, p_read));
        t.cycle();
        if t.out("full") != 0 {
            full += 1;
            was_full = true;
        }
        if was_full && t.out("empty") != 0 {
            empty_after_full += 1;
            was_full = false;
        }
    }
    assert!(
        full > 50 && empty_after_full > 3,
        "{block}: full {full} clocks, emptied after full {empty_after_full} times (seed {seed})"
    );
}

#[test]
fn sync_fifo_10g() {
    run("sync_fifo_10g", 701, sync_fifo::<65>);
}

#[test]
fn sync_fifo_100g() {
    run("sync_fifo_100g", 702, sync_fifo::<513>);
}

// ---------------------------------------------------------------------------------------
// Boundary registers
// ---------------------------------------------------------------------------------------

fn drive_ingress_stage<const W: usize>(u: &mut IngressStage<W, { ingress::BITS }>, s: &Stim) {
    u.in_take.next = s.bit("in_take");
    u.in_data.next = s.bits::<W>("in_data");
    u.in_last.next = s.bit("in_last");
    u.in_user.next = s.bits::<{ ingress::BITS }>("in_user");
}

fn ingress_stage<const W: usize>(block: &'static str, spec: &'static ModelSpec, seed: u64)
where
    IngressStage<W, { ingress::BITS }>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        IngressStage::<W, { ingress::BITS }>::default(),
        drive_ingress_stage::<W>,
        seed,
    );
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("in_take", chance(&mut rng, 0.7));
        s.randomize("in_data", &mut rng);
        s.set_bool("in_last", chance(&mut rng, 0.2));
        s.randomize("in_user", &mut rng);
        t.cycle();
    }
}

#[test]
fn ingress_stage_10g() {
    run("ingress_stage_10g", 801, ingress_stage::<64>);
}

#[test]
fn ingress_stage_100g() {
    run("ingress_stage_100g", 802, ingress_stage::<512>);
}

fn drive_csr_stage(u: &mut CsrStage, s: &Stim) {
    u.in_addr.next = s.bits::<{ regmap::ADDR_BITS }>("in_addr");
    u.in_wdata.next = s.bits::<32>("in_wdata");
    u.in_write.next = s.bit("in_write");
    u.in_read.next = s.bit("in_read");
    u.in_reset.next = s.bit("in_reset");
}

fn csr_stage(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, CsrStage::default(), drive_csr_stage, seed);
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.randomize("in_addr", &mut rng);
        s.randomize("in_wdata", &mut rng);
        s.set_bool("in_write", chance(&mut rng, 0.3));
        s.set_bool("in_read", chance(&mut rng, 0.3));
        s.set_bool("in_reset", chance(&mut rng, 0.02));
        t.cycle();
    }
}

#[test]
fn csr_stage_standalone() {
    run("csr_stage", 803, csr_stage);
}

fn drive_egress_slice<const W: usize, const B: usize>(
    u: &mut EgressSlice<W, B, { egress::BITS }>,
    s: &Stim,
) {
    u.reset.next = s.bit("reset");
    u.in_valid.next = s.bit("in_valid");
    u.in_data.next = s.bits::<W>("in_data");
    u.in_keep.next = s.bits::<B>("in_keep");
    u.in_last.next = s.bit("in_last");
    u.in_user.next = s.bits::<{ egress::BITS }>("in_user");
    u.out_ready.next = s.bit("out_ready");
}

/// Beats offered most clocks, downstream ready in phases (the skid register fills when it
/// is low), a reset now and then.
fn egress_slice<const W: usize, const B: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    EgressSlice<W, B, { egress::BITS }>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        EgressSlice::<W, B, { egress::BITS }>::default(),
        drive_egress_slice::<W, B>,
        seed,
    );
    let mut ready = 0.9;
    let mut stalled = 0;
    while t.clock < *CLOCKS {
        if t.clock % 50 == 0 {
            ready = pick(&mut rng, &[0.95, 0.5, 0.1]);
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        s.set_bool("in_valid", chance(&mut rng, 0.7));
        s.randomize("in_data", &mut rng);
        s.randomize("in_keep", &mut rng);
        s.set_bool("in_last", chance(&mut rng, 0.3));
        s.randomize("in_user", &mut rng);
        s.set_bool("out_ready", chance(&mut rng, ready));
        t.cycle();
        stalled += (t.out("in_ready") == 0) as u64;
    }
    assert!(
        stalled > 100,
        "{block}: the skid register was full {stalled} clocks (seed {seed})"
    );
}

// ---------------------------------------------------------------------------------------
// The CPU port's merge
// ---------------------------------------------------------------------------------------

fn drive_cpu_merge<const W: usize, const B: usize>(u: &mut CpuMerge<W, B>, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.hold.next = s.bit("hold");
    u.s_axis.tvalid.next = s.bit("s_axis$tvalid");
    u.s_axis.tdata.next = s.bits::<W>("s_axis$tdata");
    u.s_axis.tkeep.next = s.bits::<B>("s_axis$tkeep");
    u.s_axis.tlast.next = s.bit("s_axis$tlast");
    u.s_axis.tuser.next = s.bits::<{ egress::BITS }>("s_axis$tuser");
    u.cpu_s_axis.tvalid.next = s.bit("cpu_s_axis$tvalid");
    u.cpu_s_axis.tdata.next = s.bits::<W>("cpu_s_axis$tdata");
    u.cpu_s_axis.tkeep.next = s.bits::<B>("cpu_s_axis$tkeep");
    u.cpu_s_axis.tlast.next = s.bit("cpu_s_axis$tlast");
    u.cpu_s_axis.tuser.next = s.bits::<{ cpu::BITS }>("cpu_s_axis$tuser");
    u.m_axis.tready.next = s.bit("m_axis$tready");
}

/// Both sources offering in bursts, egress ready and the hold in phases, random keeps (the
/// byte count of CPU beats), a reset now and then; the owner must change hands often.
fn cpu_merge<const W: usize, const B: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    CpuMerge<W, B>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        CpuMerge::<W, B>::new(),
        drive_cpu_merge::<W, B>,
        seed,
    );
    let (mut ready, mut pipe, mut host, mut hold) = (0.9, 0.8, 0.5, false);
    let (mut cpu_beats, mut pipe_beats, mut events, mut held) = (0u64, 0u64, 0u64, 0u64);
    while t.clock < *CLOCKS {
        if t.clock % 64 == 0 {
            ready = pick(&mut rng, &[1.0, 0.9, 0.5, 0.1]);
            pipe = pick(&mut rng, &[1.0, 0.8, 0.2, 0.0]);
            host = pick(&mut rng, &[1.0, 0.5, 0.1, 0.0]);
            hold = chance(&mut rng, 0.1);
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        s.set_bool("hold", hold);
        s.set_bool("s_axis$tvalid", chance(&mut rng, pipe));
        s.randomize("s_axis$tdata", &mut rng);
        s.randomize("s_axis$tkeep", &mut rng);
        s.set_bool("s_axis$tlast", chance(&mut rng, 0.3));
        s.randomize("s_axis$tuser", &mut rng);
        s.set_bool("cpu_s_axis$tvalid", chance(&mut rng, host));
        s.randomize("cpu_s_axis$tdata", &mut rng);
        s.randomize("cpu_s_axis$tkeep", &mut rng);
        s.set_bool("cpu_s_axis$tlast", chance(&mut rng, 0.3));
        s.randomize("cpu_s_axis$tuser", &mut rng);
        s.set_bool("m_axis$tready", chance(&mut rng, ready));
        t.cycle();
        // Beats taken from each source (the readies are registers: as the outputs show them)
        cpu_beats += u64::from(t.stim.bit("cpu_s_axis$tvalid") && t.out("cpu_s_axis$tready") != 0);
        pipe_beats += u64::from(t.stim.bit("s_axis$tvalid") && t.out("s_axis$tready") != 0);
        events += t.out("tx_event");
        held += u64::from(hold && t.out("cpu_s_axis$tready") == 0);
        assert!(t.out("tx_bytes") < 1 << BYTES_BITS);
    }
    assert!(
        cpu_beats > 1000 && pipe_beats > 1000 && events > 300 && held > 100,
        "{block}: {cpu_beats} CPU beats, {pipe_beats} pipeline beats, {events} counter events, \
         {held} clocks held (seed {seed})"
    );
}

#[test]
fn cpu_merge_10g() {
    run("cpu_merge_10g", 806, cpu_merge::<64, 8>);
}

#[test]
fn cpu_merge_100g() {
    run("cpu_merge_100g", 807, cpu_merge::<512, 64>);
}

#[test]
fn egress_slice_10g() {
    run("egress_slice_10g", 804, egress_slice::<64, 8>);
}

#[test]
fn egress_slice_100g() {
    run("egress_slice_100g", 805, egress_slice::<512, 64>);
}

// ---------------------------------------------------------------------------------------
// Registers
// ---------------------------------------------------------------------------------------

const VIF_HOST_DATA: [&str; 5] = [
    "vif_host_data$0",
    "vif_host_data$1",
    "vif_host_data$2",
    "vif_host_data$3",
    "vif_host_data$4",
];
const TARGET_HOST_DATA: [&str; 2] = ["target_host_data$0", "target_host_data$1"];
const GLOBAL: [&str; 8] = [
    "global$0", "global$1", "global$2", "global$3", "global$4", "global$5", "global$6", "global$7",
];

fn drive_regs(u: &mut Regs, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.bus.addr.next = s.bits::<{ regmap::ADDR_BITS }>("bus$addr");
    u.bus.wdata.next = s.bits::<32>("bus$wdata");
    u.bus.write.next = s.bit("bus$write");
    u.bus.read.next = s.bit("bus$read");
    u.clear_busy.next = s.bit("clear_busy");
    for (i, name) in VIF_HOST_DATA.iter().enumerate() {
        u.vif_host_data[i].next = s.bits::<64>(name);
    }
    for (i, name) in TARGET_HOST_DATA.iter().enumerate() {
        u.target_host_data[i].next = s.bits::<64>(name);
    }
    for (i, name) in GLOBAL.iter().enumerate() {
        u.global[i].next = s.bits::<64>(name);
    }
}

/// Accesses at the register map's addresses (registers, the first words of counter rows,
/// random ones), table writes to every table with indices mostly in range, commits, counter
/// clears; counter values from the banks random every clock.
fn regs(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, Regs::new(8, CAPACITY, 0), drive_regs, seed);
    let mut addresses: Vec<u32> = regmap::REGISTERS.iter().map(|r| r.offset).collect();
    for _ in 0..4 {
        addresses.push(regmap::GLOBAL_COUNTERS.offset(0, rng.random_range(0..8)));
        addresses
            .push(regmap::VIF_COUNTERS.offset(rng.random_range(0..256), rng.random_range(0..5)));
        addresses.push(
            regmap::TARGET_COUNTERS.offset(rng.random_range(0..1024), rng.random_range(0..2)) + 4,
        );
    }
    let mut seen = [0u64; 6];
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        // Table writes and commits often, as the host driver programs a device
        let addr = match rng.random_range(0..10) {
            0 => rng.random_range(0..1 << regmap::ADDR_BITS),
            1 | 2 => regmap::TBL_WRITE.offset,
            3 => pick(&mut rng, &regmap::TBL_DATA.map(|r| r.offset)),
            _ => pick(&mut rng, &addresses),
        } | rng.random_range(0..4);
        s.set("bus$addr", addr as u64);
        let write = chance(&mut rng, 0.3);
        s.set_bool("bus$write", write);
        s.set_bool(
            "bus$read",
            !write && chance(&mut rng, 0.4) || chance(&mut rng, 0.02),
        );
        let wdata: u32 = if addr & !3 == regmap::TBL_WRITE.offset {
            let table = if chance(&mut rng, 0.95) {
                rng.random_range(0..4u32)
            } else {
                rng.random_range(4..16)
            };
            let index = match (table, rng.random_range(0..10)) {
                (_, 0) => rng.random_range(0..1 << 24),
                (0, _) => rng.random_range(0..regmap::VIDS),
                (1, _) => rng.random_range(0..CAPACITY.targets),
                (2, _) => {
                    let level = rng.random_range(0..16u32);
                    level << 16 | rng.random_range(0..1 << level)
                }
                _ => rng.random_range(0..CAPACITY.lpm_leaves()),
            };
            table << 28 | index
        } else if addr & !3 == regmap::CTRL.offset {
            rng.random_range(0..4)
        } else {
            rng.random()
        };
        s.set("bus$wdata", wdata as u64);
        s.set_bool("clear_busy", chance(&mut rng, 0.1));
        for name in VIF_HOST_DATA.iter().chain(&TARGET_HOST_DATA).chain(&GLOBAL) {
            s.randomize(name, &mut rng);
        }
        t.cycle();
        for (i, port) in [
            "bus$rvalid",
            "clear_start",
            "vid_we",
            "target_we",
            "node_we",
            "leaf_we",
        ]
        .iter()
        .enumerate()
        {
            seen[i] += t.out(port);
        }
    }
    assert!(
        seen.iter().all(|&n| n > 5),
        "{block}: reads, clears, VID, target, node and leaf writes {seen:?} (seed {seed})"
    );
}

#[test]
fn regs_standalone() {
    run("regs", 901, regs);
}

// ---------------------------------------------------------------------------------------
// The hand-written primitives: each Verilog body against its Rust model
// ---------------------------------------------------------------------------------------

fn drive_dff_ce(u: &mut DffCe<Bits<37>>, s: &Stim) {
    u.ce.next = s.bit("ce");
    u.rst.next = s.bit("rst");
    u.d.next = s.bits::<37>("d");
}

/// Random enables, resets (also together with an enable: reset wins) and data.
fn dff_ce(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        DffCe::<Bits<37>>::default(),
        drive_dff_ce,
        seed,
    );
    let (mut held, mut loaded) = (0, 0);
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        let ce = chance(&mut rng, 0.4);
        s.set_bool("ce", ce);
        s.set_bool("rst", chance(&mut rng, 0.05));
        s.randomize("d", &mut rng);
        t.cycle();
        if ce {
            loaded += 1;
        } else {
            held += 1;
        }
    }
    assert!(held > 100 && loaded > 100, "{block}: both paths taken");
}

#[test]
fn prim_dff_ce() {
    run("prim_dff_ce", 1601, dff_ce);
}

fn drive_block_ram(u: &mut BlockRam<Bits<40>, 6>, s: &Stim) {
    u.read_address.next = s.bits::<6>("read_address");
    u.write_address.next = s.bits::<6>("write_address");
    u.write_data.next = s.bits::<40>("write_data");
    u.write_enable.next = s.bit("write_enable");
}

/// An address below the RAM's depth, often one of a few so that reads meet recent writes,
/// and the same address read and written in one clock (read-first) a third of the time.
fn ram_addresses(rng: &mut ChaCha8Rng, depth: u64) -> (u64, u64) {
    let hot = [0, 1, depth / 2, depth - 1];
    let write = if chance(rng, 0.5) {
        pick(rng, &hot)
    } else {
        rng.random_range(0..depth)
    };
    let read = if chance(rng, 0.33) {
        write
    } else if chance(rng, 0.5) {
        pick(rng, &hot)
    } else {
        rng.random_range(0..depth)
    };
    (read, write)
}

fn block_ram(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let depth = dxedge_hdl::verilog::PRIM_RAM_DEPTH as u64;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        BlockRam::<Bits<40>, 6>::new(depth as usize),
        drive_block_ram,
        seed,
    );
    let mut collisions = 0;
    while t.clock < *CLOCKS {
        let (read, write) = ram_addresses(&mut rng, depth);
        let we = chance(&mut rng, 0.5);
        let s = &mut t.stim;
        s.set("read_address", read);
        s.set("write_address", write);
        s.randomize("write_data", &mut rng);
        s.set_bool("write_enable", we);
        t.cycle();
        collisions += u64::from(we && read == write);
    }
    assert!(
        collisions > 50,
        "{block}: {collisions} read-during-write clocks"
    );
}

#[test]
fn prim_block_ram() {
    run("prim_block_ram", 1602, block_ram);
}

fn drive_block_ram_2r(u: &mut BlockRam2R<Bits<40>, 5>, s: &Stim) {
    u.read_address.next = s.bits::<5>("read_address");
    u.read_address_b.next = s.bits::<5>("read_address_b");
    u.write_address.next = s.bits::<5>("write_address");
    u.write_data.next = s.bits::<40>("write_data");
    u.write_enable.next = s.bit("write_enable");
}

fn block_ram_2r(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        BlockRam2R::<Bits<40>, 5>::default(),
        drive_block_ram_2r,
        seed,
    );
    let mut collisions = 0;
    while t.clock < *CLOCKS {
        let (read, write) = ram_addresses(&mut rng, 32);
        let (read_b, _) = ram_addresses(&mut rng, 32);
        let read_b = if chance(&mut rng, 0.3) { write } else { read_b };
        let we = chance(&mut rng, 0.5);
        let s = &mut t.stim;
        s.set("read_address", read);
        s.set("read_address_b", read_b);
        s.set("write_address", write);
        s.randomize("write_data", &mut rng);
        s.set_bool("write_enable", we);
        t.cycle();
        collisions += u64::from(we && (read == write || read_b == write));
    }
    assert!(
        collisions > 50,
        "{block}: {collisions} read-during-write clocks"
    );
}

#[test]
fn prim_block_ram_2r() {
    run("prim_block_ram_2r", 1603, block_ram_2r);
}
