//! The whole port under Verilator: both datapaths (`port_pipeline_10g.v`,
//! `port_pipeline_100g.v`) behind one register bus, clocked one cycle at a time with a
//! stream each way. A replay runs one direction on one datapath ([`crate::port_pipeline`]);
//! this is for what needs both at once: `dxedge serve` and the tests that hold the two
//! directions independent of each other.

use dxedge_host::bus::{BusError, RegisterBus};
use dxedge_host::direction::Direction;

use crate::model::{InPort, Model, ModelError, ModelSpec, OutPort};
use crate::port_pipeline::{Build, CpuPorts, CsrPorts, EgressBeat, SimError};

/// The two-direction model of a build, or `None` when this crate was built without Verilator.
pub fn spec(build: Build) -> Option<&'static ModelSpec> {
    #[cfg(dxedge_no_verilator)]
    {
        let _ = build;
        None
    }
    #[cfg(not(dxedge_no_verilator))]
    {
        Some(match build {
            Build::TenG => &crate::model::PORT_PIPELINE_10G,
            Build::HundredG => &crate::model::PORT_PIPELINE_100G,
        })
    }
}

/// One direction's stream ports.
#[derive(Clone, Copy, Debug)]
struct Streams {
    s_tdata: InPort,
    s_tkeep: InPort,
    s_tvalid: InPort,
    s_tlast: InPort,
    s_tuser: InPort,
    m_tready: InPort,
    s_tready: OutPort,
    m_tdata: OutPort,
    m_tkeep: OutPort,
    m_tvalid: OutPort,
    m_tlast: OutPort,
    m_tuser: OutPort,
}

impl Streams {
    fn of(spec: &'static ModelSpec, s: &str, m: &str) -> Result<Streams, ModelError> {
        Ok(Streams {
            s_tdata: spec.input(&format!("{s}$tdata"))?,
            s_tkeep: spec.input(&format!("{s}$tkeep"))?,
            s_tvalid: spec.input(&format!("{s}$tvalid"))?,
            s_tlast: spec.input(&format!("{s}$tlast"))?,
            s_tuser: spec.input(&format!("{s}$tuser"))?,
            m_tready: spec.input(&format!("{m}$tready"))?,
            s_tready: spec.output(&format!("{s}$tready"))?,
            m_tdata: spec.output(&format!("{m}$tdata"))?,
            m_tkeep: spec.output(&format!("{m}$tkeep"))?,
            m_tvalid: spec.output(&format!("{m}$tvalid"))?,
            m_tlast: spec.output(&format!("{m}$tlast"))?,
            m_tuser: spec.output(&format!("{m}$tuser"))?,
        })
    }
}

#[derive(Clone, Copy, Debug)]
struct Ports {
    reset: InPort,
    csr: CsrPorts,
    /// To AWS, to the customer.
    streams: [Streams; 2],
    /// The CPU ports, to AWS and to the customer.
    cpu: [CpuPorts; 2],
}

/// The two-direction port model.
#[derive(Debug)]
pub struct PortSim {
    model: Model,
    build: Build,
    ports: Ports,
}

fn index(direction: Direction) -> usize {
    match direction {
        Direction::ToAws => 0,
        Direction::ToCustomer => 1,
    }
}

impl PortSim {
    /// A fresh model (every flip-flop and RAM word zero), not yet reset.
    pub fn new(build: Build) -> Result<PortSim, SimError> {
        let spec = spec(build).ok_or(SimError::NoVerilator)?;
        let ports = Ports {
            reset: spec.input("reset")?,
            csr: CsrPorts::of(spec)?,
            streams: [
                Streams::of(spec, "s_axis", "m_axis")?,
                Streams::of(spec, "tc_s_axis", "tc_m_axis")?,
            ],
            cpu: [
                CpuPorts::of(spec, "cpu_s_axis")?,
                CpuPorts::of(spec, "tc_cpu_s_axis")?,
            ],
        };
        Ok(PortSim {
            model: Model::new(spec),
            build,
            ports,
        })
    }

    pub fn build(&self) -> Build {
        self.build
    }

    /// Clock cycles run so far.
    pub fn cycles(&self) -> u64 {
        self.model.cycles()
    }

    /// Synchronous reset of both datapaths, then wait until both take beats again.
    pub fn reset(&mut self) -> Result<(), SimError> {
        for d in Direction::ALL {
            self.idle_ingress(d);
            self.idle_cpu(d);
        }
        self.model.set(self.ports.reset, 1);
        for _ in 0..4 {
            self.model.cycle();
        }
        self.model.set(self.ports.reset, 0);
        let limit = 4096;
        for _ in 0..limit {
            self.model.cycle();
            if Direction::ALL.iter().all(|&d| self.ingress_ready(d)) {
                return Ok(());
            }
        }
        Err(SimError::ResetTimeout(limit))
    }

    /// Offer an ingress beat in `direction` this cycle (see `PortPipelineSim::offer_bytes`).
    pub fn offer_bytes(
        &mut self,
        direction: Direction,
        data: &[u8],
        keep: u64,
        last: bool,
        len: u32,
    ) {
        let p = self.ports.streams[index(direction)];
        self.model.set_bytes(p.s_tdata, data);
        self.model.set(p.s_tkeep, keep);
        self.model.set(p.s_tlast, last as u64);
        self.model.set(p.s_tuser, len as u64);
        self.model.set(p.s_tvalid, 1);
    }

    /// Offer no ingress beat in `direction`.
    pub fn idle_ingress(&mut self, direction: Direction) {
        let p = self.ports.streams[index(direction)];
        self.model.set(p.s_tvalid, 0);
    }

    /// Offer a beat at `direction`'s CPU port this cycle: a beat of a frame the host sends,
    /// whole and as it must leave, to leave on egress `row` (to AWS a target index, to the
    /// customer a VIF index; read at the frame's first beat). It leaves on `direction`'s
    /// egress between the pipeline's frames, with `kind` 3 ([`EgressBeat::tag`]).
    pub fn offer_cpu_bytes(
        &mut self,
        direction: Direction,
        data: &[u8],
        keep: u64,
        last: bool,
        row: u32,
    ) {
        self.ports.cpu[index(direction)].offer(&mut self.model, data, keep, last, row);
    }

    /// Offer no beat at `direction`'s CPU port.
    pub fn idle_cpu(&mut self, direction: Direction) {
        self.ports.cpu[index(direction)].idle(&mut self.model);
    }

    /// Was `direction`'s CPU port ready in the last cycle (so an offered beat was taken)?
    pub fn cpu_ready(&self, direction: Direction) -> bool {
        self.ports.cpu[index(direction)].ready(&self.model)
    }

    /// Egress ready in `direction` from now on.
    pub fn set_egress_ready(&mut self, direction: Direction, ready: bool) {
        let p = self.ports.streams[index(direction)];
        self.model.set(p.m_tready, ready as u64);
    }

    /// One clock cycle.
    pub fn cycle(&mut self) {
        self.model.cycle();
    }

    /// Was ingress in `direction` ready in the last cycle (so an offered beat was taken)?
    pub fn ingress_ready(&self, direction: Direction) -> bool {
        self.model
            .get(self.ports.streams[index(direction)].s_tready)
            != 0
    }

    /// The egress beat the last cycle transferred in `direction`, if any.
    pub fn egress(&self, direction: Direction) -> Option<EgressBeat<'_>> {
        let p = self.ports.streams[index(direction)];
        if self.model.get(p.m_tvalid) == 0 {
            return None;
        }
        Some(EgressBeat {
            data: self.model.get_words(p.m_tdata),
            keep: self.model.get(p.m_tkeep),
            last: self.model.get(p.m_tlast) != 0,
            user: self.model.get(p.m_tuser) as u32,
        })
    }
}

impl RegisterBus for PortSim {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.ports.csr.read32(&mut self.model, offset)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.ports.csr.write32(&mut self.model, offset, value)
    }
}
