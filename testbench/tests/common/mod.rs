//! rust-hdl's own simulation of the port pipeline, for the tests that compare it with
//! Verilator or run builds that have no Verilator model.
#![allow(dead_code)]

use dxedge_hdl::datapath::Datapath;
use dxedge_hdl::{rising_edge, settle_low};
use dxedge_host::bus::{BusError, RegisterBus};
use rust_hdl::prelude::*;

pub fn to_bits<const N: usize>(words: &[u32]) -> Bits<N> {
    let mut b: Bits<N> = 0.into();
    for (i, w) in words.iter().enumerate() {
        if 32 * i < N {
            b = b | (bit_cast::<N, 32>((*w as u64).to_bits()) << (32 * i as u64));
        }
    }
    b
}

pub fn to_words<const N: usize>(b: Bits<N>) -> Vec<u32> {
    (0..N.div_ceil(32))
        .map(|i| {
            if N - 32 * i >= 32 {
                b.get_bits::<32>(32 * i).to_u32()
            } else {
                let mut v = 0u32;
                for j in 0..N - 32 * i {
                    v |= (b.get_bit(32 * i + j) as u32) << j;
                }
                v
            }
        })
        .collect()
}

/// One clock's inputs.
#[derive(Clone, Default)]
pub struct Inputs {
    pub reset: bool,
    /// The datapath's direction strap (true: to the customer).
    pub direction: bool,
    pub tdata: Vec<u32>,
    pub tkeep: u64,
    pub tvalid: bool,
    pub tlast: bool,
    pub tuser: u32,
    pub tready: bool,
    pub addr: u32,
    pub wdata: u32,
    pub write: bool,
    pub read: bool,
}

/// One clock's outputs, sampled before the rising edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outputs {
    pub s_tready: bool,
    pub m_tvalid: bool,
    pub m_tdata: Vec<u32>,
    pub m_tkeep: u64,
    pub m_tlast: bool,
    pub m_tuser: u32,
    pub rdata: u32,
    pub rvalid: bool,
}

/// rust-hdl's simulation of a port pipeline build, clocked by `cycle`.
pub struct HdlPipeline<const W: usize, const B: usize, const WL: usize> {
    pub uut: Datapath<W, B, WL>,
    /// Inputs for the next clock (the register bus uses them too).
    pub inputs: Inputs,
}

impl<const W: usize, const B: usize, const WL: usize> HdlPipeline<W, B, WL> {
    pub fn new(mut uut: Datapath<W, B, WL>) -> Self {
        uut.connect_all();
        HdlPipeline {
            uut,
            inputs: Inputs {
                tdata: vec![0; W / 32],
                ..Default::default()
            },
        }
    }

    /// One clock with these inputs; the outputs sampled before the rising edge.
    pub fn cycle(&mut self, i: &Inputs) -> Outputs {
        let u = &mut self.uut;
        u.reset.next = i.reset;
        u.direction.next = i.direction;
        u.s_axis.tdata.next = to_bits::<W>(&i.tdata);
        u.s_axis.tkeep.next = to_bits::<B>(&[i.tkeep as u32, (i.tkeep >> 32) as u32]);
        u.s_axis.tvalid.next = i.tvalid;
        u.s_axis.tlast.next = i.tlast;
        u.s_axis.tuser.next = (i.tuser as u64).to_bits();
        u.m_axis.tready.next = i.tready;
        u.csr.addr.next = (i.addr as u64).to_bits();
        u.csr.wdata.next = (i.wdata as u64).to_bits();
        u.csr.write.next = i.write;
        u.csr.read.next = i.read;
        settle_low!(self.uut);
        let u = &self.uut;
        let keep = to_words::<B>(u.m_axis.tkeep.val());
        let out = Outputs {
            s_tready: u.s_axis.tready.val(),
            m_tvalid: u.m_axis.tvalid.val(),
            m_tdata: to_words::<W>(u.m_axis.tdata.val()),
            m_tkeep: keep[0] as u64 | keep.get(1).map_or(0, |w| (*w as u64) << 32),
            m_tlast: u.m_axis.tlast.val(),
            m_tuser: u.m_axis.tuser.val().to_u32(),
            rdata: u.csr.rdata.val().to_u32(),
            rvalid: u.csr.rvalid.val(),
        };
        rising_edge!(self.uut);
        out
    }

    /// Clock with the current inputs.
    pub fn step(&mut self) -> Outputs {
        let i = self.inputs.clone();
        self.cycle(&i)
    }
}

/// A port pipeline simulation clocked with the inputs it holds: the reset sequence and the
/// register-bus protocol, written once for every simulation the tests drive.
pub trait Clocked {
    /// The inputs of the next clock.
    fn inputs(&mut self) -> &mut Inputs;
    /// One clock with the held inputs; the outputs sampled before the rising edge.
    fn clock(&mut self) -> Outputs;

    /// Reset, then clock until ingress is ready (the counter clear is done).
    fn reset(&mut self) {
        self.inputs().reset = true;
        for _ in 0..4 {
            self.clock();
        }
        self.inputs().reset = false;
        while !self.clock().s_tready {}
    }

    /// A register read: the read strobe for one clock, then up to 16 clocks for `rvalid`.
    fn bus_read(&mut self, offset: u32) -> Result<u32, BusError> {
        self.inputs().addr = offset;
        self.inputs().read = true;
        self.clock();
        self.inputs().read = false;
        for _ in 0..16 {
            let out = self.clock();
            if out.rvalid {
                return Ok(out.rdata);
            }
        }
        Err(BusError::ReadTimeout { offset, cycles: 16 })
    }

    /// A register write: the write strobe for one clock.
    fn bus_write(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        let i = self.inputs();
        i.addr = offset;
        i.wdata = value;
        i.write = true;
        self.clock();
        self.inputs().write = false;
        Ok(())
    }
}

impl<const W: usize, const B: usize, const WL: usize> Clocked for HdlPipeline<W, B, WL> {
    fn inputs(&mut self) -> &mut Inputs {
        &mut self.inputs
    }

    fn clock(&mut self) -> Outputs {
        self.step()
    }
}

impl<const W: usize, const B: usize, const WL: usize> RegisterBus for HdlPipeline<W, B, WL> {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.bus_read(offset)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.bus_write(offset, value)
    }
}
