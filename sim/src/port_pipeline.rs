//! One datapath of the port pipeline under Verilator (`datapath_10g.v`, `datapath_100g.v`):
//! its streams, its register bus, its clock. Its direction is a strap
//! ([`PortPipelineSim::set_direction`]); a replay runs one direction, so it simulates one
//! datapath, not the two-direction port ([`crate::port::PortSim`]), which would clock an
//! idle second datapath on every cycle.
//!
//! One [`PortPipelineSim::cycle`] is one clock: the inputs as set (an ingress beat or none,
//! a CPU port beat or none, egress ready or not), outputs sampled before the rising edge
//! (whether the ingress and CPU beats were taken, the egress beat that left), then the edge.
//! The register bus is a [`RegisterBus`]: the host driver programs this model with the code
//! that programs a board.

use std::path::{Path, PathBuf};

use dxedge_host::bus::{check_offset, BusError, RegisterBus};
use dxedge_host::direction::Direction;
use dxedge_host::regmap;
use thiserror::Error;

use crate::model::{InPort, Model, ModelError, OutPort};
use crate::stream::{EgressBuffer, Frames, StreamPos, StreamReport};
use crate::trace::{fst_scratch_for, fst_to_vcd, TraceError, TraceFormat};

/// Which build of the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Build {
    /// 10G: 64-bit beats.
    TenG,
    /// 100G: 512-bit beats.
    HundredG,
}

impl Build {
    pub const fn beat_bytes(self) -> usize {
        match self {
            Build::TenG => 8,
            Build::HundredG => 64,
        }
    }
    pub const fn name(self) -> &'static str {
        match self {
            Build::TenG => "10g",
            Build::HundredG => "100g",
        }
    }
}

#[derive(Debug, Error)]
pub enum SimError {
    #[error(
        "this dxedge was built without Verilator, so the RTL engine is not available: install \
         it (`apt-get install -y verilator`) and rebuild, or use --engine model"
    )]
    NoVerilator,
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("the pipeline did not come out of reset within {0} clock cycles")]
    ResetTimeout(u64),
    #[error(transparent)]
    Trace(#[from] TraceError),
}

/// The generated model of a build, or `None` when this crate was built without Verilator.
pub fn spec(build: Build) -> Option<&'static crate::model::ModelSpec> {
    #[cfg(dxedge_no_verilator)]
    {
        let _ = build;
        None
    }
    #[cfg(not(dxedge_no_verilator))]
    {
        Some(match build {
            Build::TenG => &crate::model::DATAPATH_10G,
            Build::HundredG => &crate::model::DATAPATH_100G,
        })
    }
}

/// Clock cycles a register read may take before it is an error.
pub const READ_TIMEOUT_CYCLES: u64 = 64;

#[derive(Clone, Copy, Debug)]
struct Ports {
    reset: InPort,
    direction: InPort,
    s_tdata: InPort,
    s_tkeep: InPort,
    s_tvalid: InPort,
    s_tlast: InPort,
    s_tuser: InPort,
    m_tready: InPort,
    csr: CsrPorts,
    cpu: CpuPorts,
    s_tready: OutPort,
    m_tdata: OutPort,
    m_tkeep: OutPort,
    m_tvalid: OutPort,
    m_tlast: OutPort,
    m_tuser: OutPort,
}

/// An egress beat as it left the pipeline; `user` is the verdict sideband (`regmap::egress`).
pub use crate::stream::EgressBeat;

/// The port pipeline model.
#[derive(Debug)]
pub struct PortPipelineSim {
    model: Model,
    build: Build,
    ports: Ports,
    /// A VCD trace in progress: the model writes FST to the scratch file, made VCD at close.
    vcd: Option<(PathBuf, PathBuf)>,
    /// Whether the model's CPU port holds a beat offered by a [`cycle`](Self::cycle): the
    /// stream loop drives only the stream ports, so it must not start with one there.
    cpu_held: bool,
}

impl PortPipelineSim {
    /// A fresh model (every flip-flop and RAM word zero), not yet reset.
    pub fn new(build: Build) -> Result<PortPipelineSim, SimError> {
        Self::make(build, false)
    }

    /// A model of `build` that traces every signal into `path` from its first clock, FST or
    /// VCD as the extension says (`.vcd` is converted from an FST when the trace closes).
    /// It runs on the build with tracing compiled in, which is slower.
    pub fn new_traced(build: Build, path: &Path) -> Result<PortPipelineSim, SimError> {
        let mut sim = Self::make(build, true)?;
        sim.trace(path)?;
        Ok(sim)
    }

    /// A model of `build` with tracing compiled in and no trace open yet: for a trace of part
    /// of a run, opened by [`start_trace`](Self::start_trace) and closed by
    /// [`trace_close`](Self::trace_close) around it. The traced build is as slow with its
    /// trace closed as open, less the writing: a run cannot start on the fast build and
    /// move to this one, since each keeps the design's state in its own layout.
    pub fn new_traceable(build: Build) -> Result<PortPipelineSim, SimError> {
        Self::make(build, true)
    }

    fn make(build: Build, traced: bool) -> Result<PortPipelineSim, SimError> {
        {
            let spec = spec(build).ok_or(SimError::NoVerilator)?;
            let ports = Ports {
                reset: spec.input("reset")?,
                direction: spec.input("direction")?,
                s_tdata: spec.input("s_axis$tdata")?,
                s_tkeep: spec.input("s_axis$tkeep")?,
                s_tvalid: spec.input("s_axis$tvalid")?,
                s_tlast: spec.input("s_axis$tlast")?,
                s_tuser: spec.input("s_axis$tuser")?,
                m_tready: spec.input("m_axis$tready")?,
                csr: CsrPorts::of(spec)?,
                cpu: CpuPorts::of(spec, "cpu_s_axis")?,
                s_tready: spec.output("s_axis$tready")?,
                m_tdata: spec.output("m_axis$tdata")?,
                m_tkeep: spec.output("m_axis$tkeep")?,
                m_tvalid: spec.output("m_axis$tvalid")?,
                m_tlast: spec.output("m_axis$tlast")?,
                m_tuser: spec.output("m_axis$tuser")?,
            };
            Ok(PortPipelineSim {
                model: if traced {
                    Model::new_traced(spec)
                } else {
                    Model::new(spec)
                },
                build,
                ports,
                vcd: None,
                cpu_held: false,
            })
        }
    }

    pub fn build(&self) -> Build {
        self.build
    }

    /// Clock cycles run so far.
    pub fn cycles(&self) -> u64 {
        self.model.cycles()
    }

    /// Strap the datapath's direction (`BUILD.direction`); a fresh model is to-AWS. Tables
    /// decide the rest: program them for the same direction (`Device::open_direction`).
    pub fn set_direction(&mut self, direction: Direction) {
        self.model
            .set(self.ports.direction, u64::from(direction.code()));
    }

    /// Synchronous reset, then wait until the counter clear it starts has finished and
    /// ingress is ready.
    pub fn reset(&mut self) -> Result<(), SimError> {
        self.idle_ingress();
        self.idle_cpu();
        self.model.set(self.ports.reset, 1);
        for _ in 0..4 {
            self.model.cycle();
        }
        self.model.set(self.ports.reset, 0);
        let limit = 4096;
        for _ in 0..limit {
            self.model.cycle();
            if self.model.get(self.ports.s_tready) != 0 {
                return Ok(());
            }
        }
        Err(SimError::ResetTimeout(limit))
    }

    /// Offer an ingress beat this cycle: `data` as little-endian words, `keep` one bit per
    /// byte, `len` the frame length (`tuser`).
    #[inline]
    pub fn offer(&mut self, data: &[u32], keep: u64, last: bool, len: u32) {
        self.model.set_words(self.ports.s_tdata, data);
        self.model.set(self.ports.s_tkeep, keep);
        self.model.set(self.ports.s_tlast, last as u64);
        self.model.set(self.ports.s_tuser, len as u64);
        self.model.set(self.ports.s_tvalid, 1);
    }

    /// [`offer`](Self::offer) with the beat's data as bytes (byte `i` in lane `i`).
    #[inline]
    pub fn offer_bytes(&mut self, data: &[u8], keep: u64, last: bool, len: u32) {
        self.model.set_bytes(self.ports.s_tdata, data);
        self.model.set(self.ports.s_tkeep, keep);
        self.model.set(self.ports.s_tlast, last as u64);
        self.model.set(self.ports.s_tuser, len as u64);
        self.model.set(self.ports.s_tvalid, 1);
    }

    /// Offer no ingress beat.
    #[inline]
    pub fn idle_ingress(&mut self) {
        self.model.set(self.ports.s_tvalid, 0);
    }

    /// Offer a beat at the CPU port this cycle: a beat of a frame the host sends, whole and
    /// as it must leave, to leave on egress `row` (`regmap::cpu`; read at the frame's first
    /// beat). It leaves on egress between the pipeline's frames, with `kind` 3.
    #[inline]
    pub fn offer_cpu_bytes(&mut self, data: &[u8], keep: u64, last: bool, row: u32) {
        self.ports.cpu.offer(&mut self.model, data, keep, last, row);
    }

    /// Offer no beat at the CPU port.
    #[inline]
    pub fn idle_cpu(&mut self) {
        self.ports.cpu.idle(&mut self.model);
    }

    /// Was the CPU port ready in the last cycle (so an offered beat was taken)?
    #[inline]
    pub fn cpu_ready(&self) -> bool {
        self.ports.cpu.ready(&self.model)
    }

    /// Egress ready (`m_axis_tready`) from now on.
    #[inline]
    pub fn set_egress_ready(&mut self, ready: bool) {
        self.model.set(self.ports.m_tready, ready as u64);
    }

    /// One clock cycle.
    #[inline]
    pub fn cycle(&mut self) {
        self.model.cycle();
        self.cpu_held = self.ports.cpu.offered(&self.model);
    }

    /// Did the last cycle take the offered ingress beat?
    #[inline]
    pub fn ingress_taken(&self) -> bool {
        self.model.get(self.ports.s_tready) != 0
    }

    /// Was ingress ready in the last cycle (whether or not a beat was offered)?
    #[inline]
    pub fn ingress_ready(&self) -> bool {
        self.model.get(self.ports.s_tready) != 0
    }

    /// The egress beat the last cycle transferred, if any (given the ready that was set).
    #[inline]
    pub fn egress(&self) -> Option<EgressBeat<'_>> {
        if self.model.get(self.ports.m_tvalid) == 0 {
            return None;
        }
        Some(EgressBeat {
            data: self.model.get_words(self.ports.m_tdata),
            keep: self.model.get(self.ports.m_tkeep),
            last: self.model.get(self.ports.m_tlast) != 0,
            user: self.model.get(self.ports.m_tuser) as u32,
        })
    }

    /// An egress buffer for [`stream`](Self::stream) with room for `beats` beats.
    pub fn egress_buffer(&self, beats: usize) -> EgressBuffer {
        EgressBuffer::new(self.build.beat_bytes(), beats)
    }

    /// Clock `frames` from `pos` through ingress, one beat offered a clock, with egress
    /// ready, collecting what leaves into `egress` (see [`Model::stream`]). What it does is
    /// what [`offer_bytes`](Self::offer_bytes), [`cycle`](Self::cycle) and
    /// [`egress`](Self::egress) do clock by clock, without leaving C++ between clocks. The
    /// CPU port is idle during the run (the loop does not watch it).
    pub fn stream(
        &mut self,
        frames: Frames<'_>,
        pos: &mut StreamPos,
        egress: &mut EgressBuffer,
        max_cycles: u64,
        stop_when_fed: bool,
    ) -> Result<StreamReport, SimError> {
        self.idle_cpu();
        if self.cpu_held {
            // Take the CPU port's last beat off the model's inputs (no clock edge).
            self.model.settle();
            self.cpu_held = false;
        }
        let report = self
            .model
            .stream(frames, pos, egress, max_cycles, stop_when_fed)?;
        // The loop held egress ready and left the last beat offered on the ports: say so in
        // the inputs the next `cycle` applies.
        self.model.set(self.ports.m_tready, 1);
        self.idle_ingress();
        Ok(report)
    }

    /// Drive the register bus for the next cycle (for callers that clock traffic and
    /// register accesses together; `RegisterBus` does this for one access at a time).
    #[inline]
    pub fn csr_drive(&mut self, addr: u32, wdata: u32, write: bool, read: bool) {
        self.ports
            .csr
            .drive(&mut self.model, addr, wdata, write, read);
    }

    /// The read answer of the last cycle, if there was one.
    #[inline]
    pub fn csr_answer(&self) -> Option<u32> {
        self.ports.csr.answer(&self.model)
    }

    /// Start tracing into `path` (FST or VCD by its extension) from the next clock. Each
    /// sample's time is the model's clock count since it was made (two samples a clock: the
    /// clock's low half at `2 * cycles`, its edge one later), so a trace opened late shows
    /// every clock at the time a trace opened at the start would.
    pub fn start_trace(&mut self, path: &Path) -> Result<(), SimError> {
        self.trace(path)
    }

    fn trace(&mut self, path: &Path) -> Result<(), SimError> {
        match TraceFormat::of(path)? {
            TraceFormat::Fst => Ok(self.model.trace_fst(path)?),
            TraceFormat::Vcd => {
                let scratch = fst_scratch_for(path);
                self.model.trace_fst(&scratch)?;
                self.vcd = Some((scratch, path.to_path_buf()));
                Ok(())
            }
        }
    }

    /// Stop the trace and finish its file.
    pub fn trace_close(&mut self) -> Result<(), SimError> {
        self.model.trace_close();
        if let Some((scratch, vcd)) = self.vcd.take() {
            let converted = fst_to_vcd(&scratch, &vcd);
            let _ = std::fs::remove_file(&scratch);
            converted?;
        }
        Ok(())
    }
}

impl RegisterBus for PortPipelineSim {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.ports.csr.read32(&mut self.model, offset)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.ports.csr.write32(&mut self.model, offset, value)
    }
}

/// A datapath's CPU port (`cpu_s_axis`, or `tc_cpu_s_axis` on the two-direction model): the
/// host's frames into the egress.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CpuPorts {
    tdata: InPort,
    tkeep: InPort,
    tvalid: InPort,
    tlast: InPort,
    tuser: InPort,
    tready: OutPort,
}

impl CpuPorts {
    pub(crate) fn of(
        spec: &'static crate::model::ModelSpec,
        name: &str,
    ) -> Result<CpuPorts, ModelError> {
        Ok(CpuPorts {
            tdata: spec.input(&format!("{name}$tdata"))?,
            tkeep: spec.input(&format!("{name}$tkeep"))?,
            tvalid: spec.input(&format!("{name}$tvalid"))?,
            tlast: spec.input(&format!("{name}$tlast"))?,
            tuser: spec.input(&format!("{name}$tuser"))?,
            tready: spec.output(&format!("{name}$tready"))?,
        })
    }

    pub(crate) fn offer(&self, model: &mut Model, data: &[u8], keep: u64, last: bool, row: u32) {
        model.set_bytes(self.tdata, data);
        model.set(self.tkeep, keep);
        model.set(self.tlast, last as u64);
        model.set(self.tuser, u64::from(row));
        model.set(self.tvalid, 1);
    }

    pub(crate) fn idle(&self, model: &mut Model) {
        model.set(self.tvalid, 0);
    }

    pub(crate) fn ready(&self, model: &Model) -> bool {
        model.get(self.tready) != 0
    }

    /// Whether a beat is offered in the inputs as set.
    pub(crate) fn offered(&self, model: &Model) -> bool {
        model.input(self.tvalid) != 0
    }
}

/// A model's register bus ports (`csr`), and the bus protocol over them: what both the
/// one-datapath and the two-direction models answer to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CsrPorts {
    addr: InPort,
    wdata: InPort,
    write: InPort,
    read: InPort,
    rdata: OutPort,
    rvalid: OutPort,
}

impl CsrPorts {
    pub(crate) fn of(spec: &'static crate::model::ModelSpec) -> Result<CsrPorts, ModelError> {
        Ok(CsrPorts {
            addr: spec.input("csr$addr")?,
            wdata: spec.input("csr$wdata")?,
            write: spec.input("csr$write")?,
            read: spec.input("csr$read")?,
            rdata: spec.output("csr$rdata")?,
            rvalid: spec.output("csr$rvalid")?,
        })
    }

    /// A read strobe for one cycle, then cycles until `rvalid`.
    pub(crate) fn read32(&self, model: &mut Model, offset: u32) -> Result<u32, BusError> {
        check_offset(offset, regmap::SPAN)?;
        model.set(self.addr, offset as u64);
        model.set(self.read, 1);
        model.cycle();
        model.set(self.read, 0);
        for _ in 0..READ_TIMEOUT_CYCLES {
            model.cycle();
            if model.get(self.rvalid) != 0 {
                return Ok(model.get(self.rdata) as u32);
            }
        }
        Err(BusError::ReadTimeout {
            offset,
            cycles: READ_TIMEOUT_CYCLES,
        })
    }

    /// A write strobe for one cycle.
    pub(crate) fn write32(
        &self,
        model: &mut Model,
        offset: u32,
        value: u32,
    ) -> Result<(), BusError> {
        check_offset(offset, regmap::SPAN)?;
        model.set(self.addr, offset as u64);
        model.set(self.wdata, value as u64);
        model.set(self.write, 1);
        model.cycle();
        model.set(self.write, 0);
        Ok(())
    }

    /// Drive the bus for the next cycle.
    fn drive(&self, model: &mut Model, addr: u32, wdata: u32, write: bool, read: bool) {
        model.set(self.addr, addr as u64);
        model.set(self.wdata, wdata as u64);
        model.set(self.write, write as u64);
        model.set(self.read, read as u64);
    }

    /// The read answer of the last cycle, if there was one.
    fn answer(&self, model: &Model) -> Option<u32> {
        (model.get(self.rvalid) != 0).then(|| model.get(self.rdata) as u32)
    }
}
