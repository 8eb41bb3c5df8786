//! "One route added to a programmed device": incremental programs against full ones.

use crate::format::ms;
use crate::format::thousands;
use crate::lpm::random_routes;
use crate::machine::load;
use crate::Plan;
use dxedge_host::config::Config;
use dxedge_host::config::Ipv4Prefix;
use dxedge_host::config::Route;
use dxedge_host::driver::Device;
use dxedge_host::lpm::LpmImage;
use dxedge_host::lpm::LpmRoute;
use dxedge_host::regmap::CAPACITY;
use dxedge_host::tables::Tables;
use dxedge_sim::port_pipeline::Build;
use dxedge_sim::port_pipeline::PortPipelineSim;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::time::Duration;
use std::time::Instant;

pub struct Update {
    pub what: String,
    pub steps: usize,
    /// Bus writes of each step.
    pub writes: Vec<usize>,
    /// Compiling, then programming, each step.
    pub times: Vec<(Duration, Duration)>,
    pub load: f64,
}

impl Update {
    pub fn new(what: &str, steps: usize) -> Update {
        Update {
            what: what.to_string(),
            steps,
            writes: Vec::new(),
            times: Vec::new(),
            load: load(),
        }
    }

    /// Compile with `compile`, program the result; returns the tables.
    pub fn step(
        &mut self,
        dev: &mut Device<PortPipelineSim>,
        compile: impl FnOnce() -> anyhow::Result<Tables>,
    ) -> anyhow::Result<Tables> {
        let started = Instant::now();
        let tables = compile()?;
        let compiled = started.elapsed();
        let started = Instant::now();
        let report = dev.program(&tables)?;
        self.times.push((compiled, started.elapsed()));
        self.writes.push(report.bus_writes);
        Ok(tables)
    }

    pub fn median_writes(&self) -> usize {
        let mut w = self.writes.clone();
        w.sort_unstable();
        w[w.len() / 2]
    }
    pub fn max_writes(&self) -> usize {
        self.writes.iter().copied().max().unwrap_or(0)
    }
    /// The step of median total time: (compile, program).
    pub fn median_time(&self) -> (Duration, Duration) {
        let mut t = self.times.clone();
        t.sort_by_key(|(c, p)| *c + *p);
        t[t.len() / 2]
    }
    pub fn median_total(&self) -> Duration {
        let (c, p) = self.median_time();
        c + p
    }
}

pub fn device_config(routes: &[LpmRoute]) -> Config {
    let mut config =
        dxedge_testbench::gen::scenario_config(dxedge_testbench::gen::Scenario::MinSize);
    let template_vif = config.vifs[0].clone();
    let template_target = config.targets[0].clone();
    config.vifs = (0..64)
        .map(|i| {
            let mut v = template_vif.clone();
            v.name = format!("vif-{i}");
            v.vlan = 100 + i as u16;
            v
        })
        .collect();
    config.targets = (0..16)
        .map(|i| {
            let mut t = template_target.clone();
            t.name = format!("target-{i}");
            t.mac.0[5] = i as u8;
            // Target VLANs are unique: they name the target to the customer direction.
            t.vlan = Some(2000 + i as u16);
            t
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    config.routes = routes
        .iter()
        .filter(|r| seen.insert((r.vif, r.network, r.len)))
        .map(|r| Route {
            vif: r.vif as usize,
            prefix: Ipv4Prefix {
                addr: r.network.into(),
                len: r.len,
            },
            target: r.target as usize,
        })
        .collect();
    config
}
pub fn fresh_device() -> anyhow::Result<Device<PortPipelineSim>> {
    let mut sim = PortPipelineSim::new(Build::TenG)?;
    sim.reset()?;
    Ok(Device::open(sim)?)
}

pub fn updates(plan: &Plan) -> anyhow::Result<(usize, Vec<Update>)> {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let base = random_routes(&mut rng, 16_384, 64, 16);
    let extra = random_routes(
        &mut rng,
        plan.incremental_steps.max(plan.packed_steps),
        64,
        16,
    );
    let config = device_config(&base);
    let routes = config.routes.len();
    let grown = |steps: usize| {
        let mut c = config.clone();
        for r in &extra[..steps] {
            c.routes.extend(device_config(&[*r]).routes);
        }
        c
    };

    // A full program: every entry of every table written, as to a device whose banks are
    // not known (a driver that just started, a board that was not just powered up).
    let mut full = Update::new("full: compile, then write every entry (banks unknown)", 1);
    let mut dev = fresh_device()?;
    full.step(&mut dev, || Ok(Tables::compile(&config, &CAPACITY)?))?;

    // Packed layout, as `Device::compile` lays it out: each new route recompiled from
    // scratch, the driver writing what differs from the shadow bank.
    let mut packed = Update::new(
        "recompile (packed layout, as `Device::compile`), write the difference",
        plan.packed_steps,
    );
    let mut dev = fresh_device()?;
    dev.assume_zeroed()?;
    let t0 = Tables::compile(&config, &CAPACITY)?;
    dev.program(&t0)?;
    dev.program(&t0)?;
    for k in 1..=plan.packed_steps {
        let c = grown(k);
        packed.step(&mut dev, || Ok(Tables::compile(&c, &CAPACITY)?))?;
    }

    // Incremental: compile_from over the image the shadow bank holds (the tables
    // programmed two steps before: the banks alternate), the driver writing the difference.
    let mut inc = Update::new(
        "incremental (`Tables::compile_from` over the shadow bank's image), write the difference",
        plan.incremental_steps,
    );
    let mut dev = fresh_device()?;
    dev.assume_zeroed()?;
    let empty = LpmImage::empty(&CAPACITY)?;
    let t0 = Tables::compile_from(&config, &CAPACITY, Some(&empty))?;
    dev.program(&t0)?;
    dev.program(&t0)?;
    // What the banks hold: [shadow, active].
    let mut banks = [t0.clone(), t0];
    for k in 1..=plan.incremental_steps {
        let c = grown(k);
        let shadow = banks[0].lpm.clone();
        let t = inc.step(&mut dev, || {
            Ok(Tables::compile_from(&c, &CAPACITY, Some(&shadow))?)
        })?;
        banks = [banks[1].clone(), t];
    }
    Ok((routes, vec![full, packed, inc]))
}

/// The section of BENCHMARKS.md.
pub fn section(w: &mut String, device_routes: usize, updates: &[Update]) -> anyhow::Result<()> {
    writeln!(w, "## One route added to a programmed device\n")?;
    writeln!(
        w,
        "A 10G device under Verilator programmed by the host driver with {} random routes over \
         64 VIFs; then one random route at a time is added to the config and the device \
         programmed again. Bus writes are the driver's (`ProgramReport::bus_writes`); the time \
         is compiling plus programming through the Verilator model's register bus (a write is \
         one clock). The driver writes the shadow bank and commits, so the bank it writes \
         holds the tables of two programs before: the incremental compile lays the new tree \
         out over that image, and each step writes the difference of two routes.\n",
        thousands(device_routes as u64)
    )?;
    writeln!(
        w,
        "| how | steps | bus writes: median (max) | time: median step | of which compiling | of which programming | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- |")?;
    for u in updates {
        let (c, p) = u.median_time();
        writeln!(
            w,
            "| {} | {} | {} ({}) | {} | {} | {} | {:.1} |",
            u.what,
            u.steps,
            thousands(u.median_writes() as u64),
            thousands(u.max_writes() as u64),
            ms(c + p),
            ms(c),
            ms(p),
            u.load
        )?;
    }
    writeln!(
        w,
        "\nCommand: `make bench` (`testbench/benches/report/updates.rs`, `updates`).\n"
    )?;
    Ok(())
}
