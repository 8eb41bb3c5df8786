//! The port as two models: each direction's datapath (`datapath_{10g,100g}.v`) a Verilator
//! model of its own, joined on one register bus the way the port's top
//! (`port_pipeline_{10g,100g}.v`, [`crate::port::PortSim`]) joins them.
//!
//! Why not the top itself: a Verilated model evaluates all of its logic on every clock, so
//! the top clocks both datapaths whichever has work. The two datapaths of the top share
//! nothing but the clock, the reset and the bus (see `hdl/src/port_pipeline.rs`), so as two
//! models each can be clocked only when its direction has work, and a frame one way costs
//! the evaluation of one datapath, not two. `dxedge serve` runs this.
//!
//! The join is the top's bus decode, nothing more: the address bit [`regmap::BLOCK_SPAN`]
//! picks the block, the bits below it address the block, and the to-AWS block's `NEXT`
//! reads `BLOCK_SPAN`: the top builds that datapath with `Datapath::on_bus(.., BLOCK_SPAN)`,
//! while the one-datapath model is built alone and reads 0 there. The test
//! `sim/tests/split_port.rs` holds this against the top, register by register and after
//! the same traffic.

use dxedge_host::bus::{check_offset, BusError, RegisterBus};
use dxedge_host::direction::Direction;
use dxedge_host::regmap;

use crate::port_pipeline::{Build, PortPipelineSim, SimError};

/// Both directions of the port, one model each.
#[derive(Debug)]
pub struct SplitPort {
    build: Build,
    /// To AWS, to the customer.
    sides: [PortPipelineSim; 2],
}

fn index(direction: Direction) -> usize {
    match direction {
        Direction::ToAws => 0,
        Direction::ToCustomer => 1,
    }
}

impl SplitPort {
    /// Two fresh datapath models, strapped to-AWS and to-customer, not yet reset.
    pub fn new(build: Build) -> Result<SplitPort, SimError> {
        let mut sides = [PortPipelineSim::new(build)?, PortPipelineSim::new(build)?];
        for d in Direction::ALL {
            sides[index(d)].set_direction(d);
        }
        Ok(SplitPort { build, sides })
    }

    pub fn build(&self) -> Build {
        self.build
    }

    /// Reset both datapaths (each until it takes beats again).
    pub fn reset(&mut self) -> Result<(), SimError> {
        for side in &mut self.sides {
            side.reset()?;
        }
        Ok(())
    }

    /// `direction`'s datapath, to clock and feed on its own.
    pub fn side(&mut self, direction: Direction) -> &mut PortPipelineSim {
        &mut self.sides[index(direction)]
    }

    /// Clock cycles each datapath has run, to AWS and to the customer.
    pub fn cycles(&self) -> [u64; 2] {
        [self.sides[0].cycles(), self.sides[1].cycles()]
    }

    /// The block an offset of the port's bus falls in, and the offset within it.
    fn decode(offset: u32) -> Result<(usize, u32), BusError> {
        check_offset(offset, regmap::SPAN)?;
        let side = usize::from(offset & regmap::BLOCK_SPAN != 0);
        Ok((side, offset & (regmap::BLOCK_SPAN - 1)))
    }
}

impl RegisterBus for SplitPort {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        let (side, within) = Self::decode(offset)?;
        let value = self.sides[side].read32(within)?;
        if side == 0 && within == regmap::NEXT.offset {
            return Ok(regmap::BLOCK_SPAN);
        }
        Ok(value)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        let (side, within) = Self::decode(offset)?;
        self.sides[side].write32(within, value)
    }
}
