//! The CPU port under Verilator: in each direction, at both speeds, pipeline traffic (the
//! `imix` scenario's random frames, held to the reference model frame by frame) while the
//! host sends frames of its own into the CPU port at random times, with random gaps and
//! egress back-pressure. Each direction's egress must hold exactly the model's frames in
//! order, interleaved only at frame boundaries with the host's frames, in their order and
//! unchanged, each with egress `kind` 3 and its row; the CPU_TX counters must count the
//! host's frames per row, and every other counter must be the model's.
//!
//! Both directions run at once on the two-direction port (`PortSim`, what `dxedge serve`
//! drives); one direction runs on the one-datapath model (`PortPipelineSim`), whose CPU port
//! a replay leaves idle.

use dxedge_host::bus::RegisterBus;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::verdict::EgressTag;
use dxedge_sim::port::PortSim;
use dxedge_sim::port_pipeline::{Build, EgressBeat, PortPipelineSim};
use dxedge_testbench::beats::{beats, Assembler, Beat};
use dxedge_testbench::engine::{run_all, EngineCounters, EngineReport, VerdictFrame};
use dxedge_testbench::gen::{generate, Intent, Scenario};
use dxedge_testbench::model::Model;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A model with a CPU port in each direction: the two-direction port, or one datapath
/// strapped to one direction (which then ignores the direction argument's other value).
trait Dut: RegisterBus {
    fn offer(&mut self, d: Direction, data: &[u8], keep: u64, last: bool, len: u32);
    fn idle(&mut self, d: Direction);
    fn taken(&self, d: Direction) -> bool;
    fn offer_cpu(&mut self, d: Direction, data: &[u8], keep: u64, last: bool, row: u32);
    fn idle_cpu(&mut self, d: Direction);
    fn cpu_taken(&self, d: Direction) -> bool;
    fn set_ready(&mut self, d: Direction, ready: bool);
    fn egress(&self, d: Direction) -> Option<EgressBeat<'_>>;
    fn cycle(&mut self);
    fn cycles(&self) -> u64;
}

impl Dut for PortSim {
    fn offer(&mut self, d: Direction, data: &[u8], keep: u64, last: bool, len: u32) {
        self.offer_bytes(d, data, keep, last, len);
    }
    fn idle(&mut self, d: Direction) {
        self.idle_ingress(d);
    }
    fn taken(&self, d: Direction) -> bool {
        self.ingress_ready(d)
    }
    fn offer_cpu(&mut self, d: Direction, data: &[u8], keep: u64, last: bool, row: u32) {
        self.offer_cpu_bytes(d, data, keep, last, row);
    }
    fn idle_cpu(&mut self, d: Direction) {
        PortSim::idle_cpu(self, d);
    }
    fn cpu_taken(&self, d: Direction) -> bool {
        self.cpu_ready(d)
    }
    fn set_ready(&mut self, d: Direction, ready: bool) {
        self.set_egress_ready(d, ready);
    }
    fn egress(&self, d: Direction) -> Option<EgressBeat<'_>> {
        PortSim::egress(self, d)
    }
    fn cycle(&mut self) {
        PortSim::cycle(self);
    }
    fn cycles(&self) -> u64 {
        PortSim::cycles(self)
    }
}

impl Dut for PortPipelineSim {
    fn offer(&mut self, _: Direction, data: &[u8], keep: u64, last: bool, len: u32) {
        self.offer_bytes(data, keep, last, len);
    }
    fn idle(&mut self, _: Direction) {
        self.idle_ingress();
    }
    fn taken(&self, _: Direction) -> bool {
        self.ingress_ready()
    }
    fn offer_cpu(&mut self, _: Direction, data: &[u8], keep: u64, last: bool, row: u32) {
        self.offer_cpu_bytes(data, keep, last, row);
    }
    fn idle_cpu(&mut self, _: Direction) {
        PortPipelineSim::idle_cpu(self);
    }
    fn cpu_taken(&self, _: Direction) -> bool {
        self.cpu_ready()
    }
    fn set_ready(&mut self, _: Direction, ready: bool) {
        self.set_egress_ready(ready);
    }
    fn egress(&self, _: Direction) -> Option<EgressBeat<'_>> {
        PortPipelineSim::egress(self)
    }
    fn cycle(&mut self) {
        PortPipelineSim::cycle(self);
    }
    fn cycles(&self) -> u64 {
        PortPipelineSim::cycles(self)
    }
}

/// How busy the streams are.
#[derive(Clone, Copy, Debug)]
struct Pace {
    /// Chance that a clock offers no ingress beat although one is waiting.
    idle: f64,
    /// Chance that the host starts its next frame in a clock between its frames.
    host: f64,
    /// Chance of a gap between two beats of a host frame.
    host_gap: f64,
    /// Chance that egress is not ready in a clock.
    backpressure: f64,
}

/// Beats in order, one offered at a time until taken.
struct Feed<T> {
    beats: Vec<(Beat, T)>,
    next: usize,
    /// The beat on offer (offered last clock and not yet taken: it must stay offered).
    offering: bool,
}

impl<T: Copy> Feed<T> {
    fn new(frames: &[(Vec<u8>, T)], beat_bytes: usize) -> Self {
        Feed {
            beats: frames
                .iter()
                .flat_map(|(f, t)| beats(f, beat_bytes).map(move |b| (b, *t)))
                .collect(),
            next: 0,
            offering: false,
        }
    }

    fn done(&self) -> bool {
        self.next == self.beats.len()
    }

    /// The next beat's bytes, keep, last and sideband, if it is to be offered this clock.
    fn beat(&mut self, go: bool, beat_bytes: usize) -> Option<([u8; 64], u64, bool, T)> {
        let (beat, t) = self.beats.get(self.next)?;
        if !self.offering && !go {
            return None;
        }
        self.offering = true;
        let mut bytes = [0u8; 64];
        for (i, b) in bytes.iter_mut().enumerate().take(beat_bytes) {
            *b = beat.byte(i);
        }
        Some((bytes, beat.keep, beat.last, *t))
    }

    fn taken(&mut self) {
        self.offering = false;
        self.next += 1;
    }

    /// Between two frames (the next beat would start one).
    fn at_frame_start(&self) -> bool {
        self.next == 0 || self.beats.get(self.next - 1).is_some_and(|(b, _)| b.last)
    }
}

/// One direction's traffic and what came out.
struct Flow {
    direction: Direction,
    ingress: Feed<u32>,
    host: Feed<u32>,
    assembler: Assembler,
    /// The sideband of the frame leaving, from its first beat.
    leaving: Option<u32>,
    pipeline_out: Vec<VerdictFrame>,
    host_out: Vec<(Vec<u8>, usize)>,
    frames_out: usize,
    /// Host frames that left between two pipeline frames (not before the first or after the
    /// last): the merge was exercised, not just one stream after the other.
    interleaved: usize,
    /// Egress ready in this clock (a beat on offer leaves only then).
    ready: bool,
}

impl Flow {
    fn new(direction: Direction, frames: &[Vec<u8>], host: &[(Vec<u8>, u32)], bb: usize) -> Self {
        let ingress: Vec<(Vec<u8>, u32)> =
            frames.iter().map(|f| (f.clone(), f.len() as u32)).collect();
        Flow {
            direction,
            ingress: Feed::new(&ingress, bb),
            host: Feed::new(host, bb),
            assembler: Assembler::new(bb),
            leaving: None,
            pipeline_out: Vec::new(),
            host_out: Vec::new(),
            frames_out: 0,
            interleaved: 0,
            ready: true,
        }
    }

    fn drive(&mut self, sim: &mut dyn Dut, rng: &mut ChaCha8Rng, pace: Pace, bb: usize) {
        let d = self.direction;
        match self.ingress.beat(!rng.random_bool(pace.idle), bb) {
            Some((bytes, keep, last, len)) => sim.offer(d, &bytes[..bb], keep, last, len),
            None => sim.idle(d),
        }
        let p = if self.host.at_frame_start() {
            pace.host
        } else {
            1.0 - pace.host_gap
        };
        match self.host.beat(rng.random_bool(p), bb) {
            Some((bytes, keep, last, row)) => sim.offer_cpu(d, &bytes[..bb], keep, last, row),
            None => sim.idle_cpu(d),
        }
        self.ready = !rng.random_bool(pace.backpressure);
        sim.set_ready(d, self.ready);
    }

    fn after_cycle(&mut self, sim: &dyn Dut) {
        let d = self.direction;
        if self.ingress.offering && sim.taken(d) {
            self.ingress.taken();
        }
        if self.host.offering && sim.cpu_taken(d) {
            self.host.taken();
        }
        let Some(beat) = sim.egress(d).filter(|_| self.ready) else {
            return;
        };
        let first = *self.leaving.get_or_insert(beat.user);
        assert_eq!(
            beat.user, first,
            "{d}: a frame's beats carry one sideband: frame {} was split",
            self.frames_out
        );
        let Some(frame) = self
            .assembler
            .push(beat.data, beat.keep, beat.last)
            .expect("egress beats follow the rules")
            .map(<[u8]>::to_vec)
        else {
            return;
        };
        self.leaving = None;
        self.frames_out += 1;
        match beat.tag().expect("a sideband that means something") {
            EgressTag::Verdict(v) => self.pipeline_out.push((v, frame)),
            EgressTag::Cpu { row } => {
                if !self.pipeline_out.is_empty() && !self.ingress.done() {
                    self.interleaved += 1;
                }
                self.host_out.push((frame, row));
            }
        }
    }
}

/// Random host frames for a direction: what a control plane sends (60 bytes and more,
/// a few over several beats at 100G), each to a random egress row of the config.
fn host_frames(rng: &mut ChaCha8Rng, count: usize, rows: usize) -> Vec<(Vec<u8>, u32)> {
    (0..count)
        .map(|i| {
            let len = *[60, 64, 90, 128, 300, 1514]
                .get(rng.random_range(0..6))
                .unwrap_or(&60);
            let mut f: Vec<u8> = (0..len).map(|_| rng.random()).collect();
            f[..2].copy_from_slice(&(i as u16).to_be_bytes());
            (f, rng.random_range(0..rows) as u32)
        })
        .collect()
}

/// The rows a direction's counters have for the config: ingress and egress.
fn rows(config: &Config, d: Direction) -> (usize, usize) {
    match d {
        Direction::ToAws => (config.vifs.len(), config.targets.len()),
        Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
    }
}

/// Program `directions` of `sim`, run traffic both ways until every frame is out, then check.
fn run<S: Dut>(
    sim: &mut S,
    build: Build,
    directions: &[Direction],
    pace: Pace,
    seed: u64,
) -> Vec<Flow> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let bb = build.beat_bytes();
    let mut config = None;
    let mut flows = Vec::new();
    let mut want: Vec<(Vec<VerdictFrame>, EngineReport)> = Vec::new();
    let mut sent = Vec::new();
    for &d in directions {
        let mut frames = Vec::new();
        let cfg = generate(Scenario::Imix, d, seed, 400, &mut |r| {
            if r.intent != Intent::Truncated {
                frames.push(r.data);
            }
            Ok(())
        })
        .expect("traffic");
        want.push(run_all(&mut Model::for_direction(&cfg, d), &frames).expect("model"));
        let host = host_frames(&mut rng, 40, rows(&cfg, d).1);
        flows.push(Flow::new(d, &frames, &host, bb));
        sent.push(host);
        let mut dev = Device::open_direction(&mut *sim, d).expect("block");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&cfg).expect("fits");
        dev.program(&tables).expect("program");
        config = Some(cfg);
    }
    let config = config.expect("a direction");

    let limit = 100 * flows.iter().map(|f| f.ingress.beats.len()).sum::<usize>() as u64 + 20_000;
    let start = sim.cycles();
    while flows
        .iter()
        .zip(&want)
        .zip(&sent)
        .any(|((f, w), s)| f.pipeline_out.len() < w.0.len() || f.host_out.len() < s.len())
    {
        assert!(
            sim.cycles() - start < limit,
            "{build:?} seed {seed}: the port stalled"
        );
        for f in &mut flows {
            f.drive(sim, &mut rng, pace, bb);
        }
        sim.cycle();
        for f in &mut flows {
            f.after_cycle(&*sim);
        }
    }

    for ((flow, (frames, report)), host) in flows.iter().zip(&want).zip(&sent) {
        let d = flow.direction;
        let what = format!("{build:?} {d} seed {seed}");
        assert_eq!(flow.pipeline_out.len(), frames.len(), "{what}: frames out");
        for (i, (got, want)) in flow.pipeline_out.iter().zip(frames).enumerate() {
            assert_eq!(got.0, want.0, "{what}: verdict of frame {i}");
            assert_eq!(got.1, want.1, "{what}: bytes of frame {i}");
        }
        let host_want: Vec<(Vec<u8>, usize)> =
            host.iter().map(|(f, r)| (f.clone(), *r as usize)).collect();
        assert_eq!(
            flow.host_out.len(),
            host_want.len(),
            "{what}: host frames out"
        );
        for (i, (got, want)) in flow.host_out.iter().zip(&host_want).enumerate() {
            assert_eq!(
                got, want,
                "{what}: host frame {i}, in order, unchanged, its row"
            );
        }
        // Counters: the model's, and the host's frames per row in CPU_TX
        let mut expected = report.counters.clone();
        for (f, row) in host {
            expected.egress[*row as usize].cpu_tx_packets += 1;
            expected.egress[*row as usize].cpu_tx_bytes += f.len() as u64;
        }
        let (ingress, egress) = rows(&config, d);
        let mut dev = Device::open_direction(&mut *sim, d).expect("block");
        let got = EngineCounters::from_hw(&dev.counters(ingress, egress).expect("counters"));
        assert_eq!(got, expected, "{what}: counters");
    }
    flows
}

const BUSY: Pace = Pace {
    idle: 0.0,
    host: 0.05,
    host_gap: 0.0,
    backpressure: 0.0,
};

const RAGGED: Pace = Pace {
    idle: 0.2,
    host: 0.1,
    host_gap: 0.2,
    backpressure: 0.3,
};

fn both_directions_on_the_port(build: Build, pace: Pace, seed: u64) {
    let mut sim = PortSim::new(build).expect("model");
    sim.reset().expect("reset");
    let flows = run(&mut sim, build, &Direction::ALL, pace, seed);
    for f in &flows {
        assert!(
            f.interleaved > 10,
            "{build:?} {}: only {} host frames left between pipeline frames",
            f.direction,
            f.interleaved
        );
    }
}

#[test]
fn host_frames_join_each_direction_between_pipeline_frames_at_10g() {
    if !dxedge_sim::require_models() {
        return;
    }
    both_directions_on_the_port(Build::TenG, BUSY, 1);
    both_directions_on_the_port(Build::TenG, RAGGED, 2);
}

#[test]
fn host_frames_join_each_direction_between_pipeline_frames_at_100g() {
    if !dxedge_sim::require_models() {
        return;
    }
    both_directions_on_the_port(Build::HundredG, BUSY, 3);
    both_directions_on_the_port(Build::HundredG, RAGGED, 4);
}

#[test]
fn the_one_datapath_model_has_the_cpu_port_too() {
    if !dxedge_sim::require_models() {
        return;
    }
    for (build, d, seed) in [
        (Build::TenG, Direction::ToCustomer, 5),
        (Build::HundredG, Direction::ToAws, 6),
    ] {
        let mut sim = PortPipelineSim::new(build).expect("model");
        sim.set_direction(d);
        sim.reset().expect("reset");
        run(&mut sim, build, &[d], RAGGED, seed);
    }
}

/// Under line-rate pipeline traffic (a beat offered every clock, egress always ready), a
/// host frame still leaves within a few pipeline frames: the one going through the merge,
/// one that starts there while the host's first beat is in the CPU port's register, one in
/// the egress register. The merge alternates, so a BGP keepalive is never starved.
#[test]
fn a_host_frame_is_not_starved_by_line_rate_traffic() {
    if !dxedge_sim::require_models() {
        return;
    }
    for build in [Build::TenG, Build::HundredG] {
        let bb = build.beat_bytes();
        let mut sim = PortPipelineSim::new(build).expect("model");
        sim.reset().expect("reset");
        let mut frames = Vec::new();
        let config = generate(Scenario::Imix, Direction::ToAws, 9, 3000, &mut |r| {
            if r.intent != Intent::Truncated {
                frames.push(r.data);
            }
            Ok(())
        })
        .expect("traffic");
        let mut dev = Device::open(&mut sim).expect("block");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config).expect("fits");
        dev.program(&tables).expect("program");
        let keepalive: Vec<u8> = (0..79u8).collect();
        let mut flow = Flow::new(Direction::ToAws, &frames, &[(keepalive.clone(), 1)], bb);
        sim.set_egress_ready(true);
        let mut offered_at = None;
        let mut pipeline_frames_before = 0;
        while flow.host_out.is_empty() {
            assert!(sim.cycles() < 1_000_000, "{build:?}: stalled");
            match flow.ingress.beat(true, bb) {
                Some((bytes, keep, last, len)) => sim.offer_bytes(&bytes[..bb], keep, last, len),
                None => sim.idle_ingress(),
            }
            // The keepalive comes once the pipeline's egress is busy
            let go = flow.pipeline_out.len() >= 100;
            match flow.host.beat(go, bb) {
                Some((bytes, keep, last, row)) => {
                    offered_at.get_or_insert(flow.pipeline_out.len());
                    sim.offer_cpu_bytes(&bytes[..bb], keep, last, row)
                }
                None => sim.idle_cpu(),
            }
            sim.cycle();
            flow.after_cycle(&sim);
            pipeline_frames_before = flow.pipeline_out.len();
        }
        let offered_at = offered_at.expect("offered");
        assert!(
            !flow.ingress.done(),
            "{build:?}: the pipeline was still busy"
        );
        assert!(
            pipeline_frames_before - offered_at <= 3,
            "{build:?}: the host frame waited for {} pipeline frames",
            pipeline_frames_before - offered_at
        );
        assert_eq!(flow.host_out, [(keepalive, 1)]);
    }
}
