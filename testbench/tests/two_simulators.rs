//! The same stimulus, clock by clock, through rust-hdl's own simulator (the Rust design as
//! written) and through Verilator (the Verilog rust-hdl generated from it); every output is
//! compared at every clock. This is what catches the generator's silent mistranslations:
//! a dropped match guard, a Verilog width rule that differs from the Rust one.
//!
//! The host driver programs both at once through a lockstep register bus, then generated
//! traffic runs with random idle cycles and random egress back-pressure, in each direction.

use dxedge_hdl::datapath::{Datapath, Datapath100G, Datapath10G};
use dxedge_host::bus::{BusError, RegisterBus};
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_sim::model::{InPort, Model, ModelSpec, OutPort};
use dxedge_sim::port_pipeline::{spec, Build};
use dxedge_testbench::beats::beats;
use dxedge_testbench::gen::{generate, Intent, Scenario};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

mod common;
use common::{Clocked, HdlPipeline, Outputs};

struct VlPorts {
    reset: InPort,
    direction: InPort,
    tdata: InPort,
    tkeep: InPort,
    tvalid: InPort,
    tlast: InPort,
    tuser: InPort,
    tready: InPort,
    addr: InPort,
    wdata: InPort,
    write: InPort,
    read: InPort,
    s_tready: OutPort,
    m_tvalid: OutPort,
    m_tdata: OutPort,
    m_tkeep: OutPort,
    m_tlast: OutPort,
    m_tuser: OutPort,
    rdata: OutPort,
    rvalid: OutPort,
}

impl VlPorts {
    fn new(spec: &'static ModelSpec) -> Self {
        let i = |n: &str| spec.input(n).expect("input");
        let o = |n: &str| spec.output(n).expect("output");
        VlPorts {
            reset: i("reset"),
            direction: i("direction"),
            tdata: i("s_axis$tdata"),
            tkeep: i("s_axis$tkeep"),
            tvalid: i("s_axis$tvalid"),
            tlast: i("s_axis$tlast"),
            tuser: i("s_axis$tuser"),
            tready: i("m_axis$tready"),
            addr: i("csr$addr"),
            wdata: i("csr$wdata"),
            write: i("csr$write"),
            read: i("csr$read"),
            s_tready: o("s_axis$tready"),
            m_tvalid: o("m_axis$tvalid"),
            m_tdata: o("m_axis$tdata"),
            m_tkeep: o("m_axis$tkeep"),
            m_tlast: o("m_axis$tlast"),
            m_tuser: o("m_axis$tuser"),
            rdata: o("csr$rdata"),
            rvalid: o("csr$rvalid"),
        }
    }
}

/// Both simulators of one build, clocked together.
struct Lockstep<const W: usize, const B: usize, const WL: usize> {
    hdl: HdlPipeline<W, B, WL>,
    vl: Model,
    ports: VlPorts,
    inputs: common::Inputs,
    cycles: u64,
    egress_beats: u64,
}

impl<const W: usize, const B: usize, const WL: usize> Lockstep<W, B, WL> {
    fn new(spec: &'static ModelSpec) -> Self {
        Lockstep {
            hdl: HdlPipeline::new(Datapath::<W, B, WL>::new()),
            vl: Model::new(spec),
            ports: VlPorts::new(spec),
            inputs: common::Inputs {
                tdata: vec![0; W / 32],
                ..Default::default()
            },
            cycles: 0,
            egress_beats: 0,
        }
    }

    fn cycle(&mut self) -> Outputs {
        let i = self.inputs.clone();
        let hdl_out = self.hdl.cycle(&i);
        // Verilator
        let p = &self.ports;
        let m = &mut self.vl;
        m.set(p.reset, i.reset as u64);
        m.set(p.direction, i.direction as u64);
        m.set_words(p.tdata, &i.tdata);
        m.set(p.tkeep, i.tkeep);
        m.set(p.tvalid, i.tvalid as u64);
        m.set(p.tlast, i.tlast as u64);
        m.set(p.tuser, i.tuser as u64);
        m.set(p.tready, i.tready as u64);
        m.set(p.addr, i.addr as u64);
        m.set(p.wdata, i.wdata as u64);
        m.set(p.write, i.write as u64);
        m.set(p.read, i.read as u64);
        m.cycle();
        let vl_out = Outputs {
            s_tready: m.get(p.s_tready) != 0,
            m_tvalid: m.get(p.m_tvalid) != 0,
            m_tdata: m.get_words(p.m_tdata).to_vec(),
            m_tkeep: m.get(p.m_tkeep),
            m_tlast: m.get(p.m_tlast) != 0,
            m_tuser: m.get(p.m_tuser) as u32,
            rdata: m.get(p.rdata) as u32,
            rvalid: m.get(p.rvalid) != 0,
        };
        assert_eq!(
            hdl_out, vl_out,
            "the simulators disagree at clock {}",
            self.cycles
        );
        self.cycles += 1;
        if vl_out.m_tvalid && i.tready {
            self.egress_beats += 1;
        }
        vl_out
    }
}

impl<const W: usize, const B: usize, const WL: usize> Clocked for Lockstep<W, B, WL> {
    fn inputs(&mut self) -> &mut common::Inputs {
        &mut self.inputs
    }

    fn clock(&mut self) -> Outputs {
        self.cycle()
    }
}

impl<const W: usize, const B: usize, const WL: usize> RegisterBus for Lockstep<W, B, WL> {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.bus_read(offset)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.bus_write(offset, value)
    }
}

fn lockstep_run<const W: usize, const B: usize, const WL: usize>(
    spec: &'static ModelSpec,
    seed: u64,
    direction: Direction,
) {
    let mut frames = vec![];
    let config = generate(Scenario::Demo, direction, seed, 90, &mut |r| {
        if r.intent != Intent::Truncated {
            frames.push(r.data);
        }
        Ok(())
    })
    .expect("generate");
    let mut both = Lockstep::<W, B, WL>::new(spec);
    both.inputs.direction = direction == Direction::ToCustomer;
    both.reset();
    let mut dev = Device::open_direction(both, direction).expect("open");
    dev.assume_zeroed().expect("zeroed");
    let tables = dev.compile(&config).expect("fits");
    dev.program(&tables).expect("program");
    let mut both = dev.into_bus();

    // Traffic with idle cycles and back-pressure
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let all: Vec<(usize, dxedge_testbench::beats::Beat)> = frames
        .iter()
        .flat_map(|f| beats(f, B).map(move |b| (f.len(), b)))
        .collect();
    let mut next = 0;
    let mut quiet = 0;
    while quiet < 200 {
        let offer = next < all.len() && rng.random_bool(0.8);
        if offer {
            let (len, beat) = &all[next];
            both.inputs.tdata = beat.words[..W / 32].to_vec();
            both.inputs.tkeep = beat.keep;
            both.inputs.tlast = beat.last;
            both.inputs.tuser = *len as u32;
        }
        both.inputs.tvalid = offer;
        both.inputs.tready = rng.random_bool(0.7);
        let out = both.cycle();
        if offer && out.s_tready {
            next += 1;
        }
        quiet = if next < all.len() || out.m_tvalid {
            0
        } else {
            quiet + 1
        };
    }
    assert_eq!(next, all.len(), "every beat went in");
    assert!(
        both.egress_beats >= (all.len() as u64) / 2,
        "frames came out"
    );
    // Counters read back through both
    let mut dev = Device::open_direction(both, direction).expect("open");
    let (ingress, egress) = match direction {
        Direction::ToAws => (config.vifs.len(), config.targets.len()),
        Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
    };
    let c = dev.counters(ingress, egress).expect("counters");
    let total: u64 = c.global[..7].iter().sum::<u64>()
        + c.global[7]
        + c.targets.iter().map(|t| t[0]).sum::<u64>();
    assert_eq!(total, frames.len() as u64, "every frame counted once");
}

#[test]
fn rust_hdl_and_verilator_agree_at_10g() {
    if !dxedge_sim::require_models() {
        return;
    }
    lockstep_run::<64, 8, 65>(spec(Build::TenG).expect("model"), 11, Direction::ToAws);
    lockstep_run::<64, 8, 65>(spec(Build::TenG).expect("model"), 13, Direction::ToCustomer);
    let _ = Datapath10G::new;
}

#[test]
fn rust_hdl_and_verilator_agree_at_100g() {
    if !dxedge_sim::require_models() {
        return;
    }
    lockstep_run::<512, 64, 513>(spec(Build::HundredG).expect("model"), 12, Direction::ToAws);
    lockstep_run::<512, 64, 513>(
        spec(Build::HundredG).expect("model"),
        14,
        Direction::ToCustomer,
    );
    let _ = Datapath100G::new;
}

/// Random values on every input at every clock, register writes included (staging, table
/// writes, commits, counter clears, resets): whatever the stimulus means, both simulators
/// must produce the same outputs.
fn random_inputs<const W: usize, const B: usize, const WL: usize>(
    spec: &'static ModelSpec,
    seed: u64,
    clocks: usize,
) {
    use dxedge_host::regmap;
    let mut both = Lockstep::<W, B, WL>::new(spec);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    both.inputs.direction = rng.random_bool(0.5);
    both.reset();
    let offsets: Vec<u32> = regmap::REGISTERS
        .iter()
        .map(|r| r.offset)
        .chain([
            regmap::GLOBAL_COUNTERS.offset(0, 0),
            regmap::VIF_COUNTERS.offset(3, 0),
            regmap::VIF_COUNTERS.offset(3, 2) + 4,
            regmap::TARGET_COUNTERS.offset(5, 0),
            0x3_0000,
        ])
        .collect();
    for _ in 0..clocks {
        let i = &mut both.inputs;
        i.reset = rng.random_bool(0.002);
        for w in i.tdata.iter_mut() {
            *w = rng.random();
        }
        i.tkeep = rng.random::<u64>() & (u64::MAX >> (64 - B));
        i.tvalid = rng.random_bool(0.6);
        i.tlast = rng.random_bool(0.3);
        i.tuser = rng.random_range(0..2000);
        i.tready = rng.random_bool(0.7);
        i.write = rng.random_bool(0.08);
        i.read = !i.write && rng.random_bool(0.05);
        i.addr = offsets[rng.random_range(0..offsets.len())];
        i.wdata = match rng.random_range(0..4) {
            0 => rng.random_range(0..16),
            1 => (rng.random_range(0..4u32) << 28) | rng.random_range(0..5000),
            _ => rng.random(),
        };
        if i.addr == regmap::CTRL.offset && rng.random_bool(0.8) {
            i.write = false; // clears stall ingress for 1024 clocks: not too often
        }
        both.cycle();
    }
}

#[test]
fn random_inputs_agree_at_10g() {
    if !dxedge_sim::require_models() {
        return;
    }
    random_inputs::<64, 8, 65>(spec(Build::TenG).expect("model"), 21, 3000);
}

#[test]
fn random_inputs_agree_at_100g() {
    if !dxedge_sim::require_models() {
        return;
    }
    random_inputs::<512, 64, 513>(spec(Build::HundredG).expect("model"), 22, 3000);
}
