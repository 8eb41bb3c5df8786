//! AxilBridge: an AXI4-Lite target (the PCIe DMA/bridge IP's BAR master) in front of the
//! register bus.
//!
//! ```text
//!  AW ─► aw_held ─┐                                  ┌─► B  (OKAY, or SLVERR for a
//!  W  ─► w_held  ─┴─► csr.write (one clock) ─────────┘       partial write)
//!  AR ─► csr.read (one clock) ─► wait for csr.rvalid ───► R  (rdata, OKAY; SLVERR and
//!                                 (TIMEOUT clocks)            all ones on time-out)
//! ```
//!
//! AXI4-Lite (ARM IHI 0022E, part B): every transfer is one 32-bit beat; a channel moves a
//! transfer when VALID and READY are both high at a rising edge; write address and write
//! data arrive independently, in either order. The register bus has no byte enables, so a
//! write whose WSTRB is not 0xF is not performed and is answered SLVERR: the host driver
//! only makes 32-bit accesses, and a partial write to a strobe register (TBL_WRITE,
//! TBL_COMMIT) must not half-happen. One transaction at a time (a write whose address and
//! data are both held goes first; AR is only taken when neither is held); every READY
//! output comes from registers only, so the bridge adds no combinational
//! path between the AXI interconnect and the register bus. A read that no target answers
//! within [`TIMEOUT`] clocks completes with SLVERR instead of hanging the host's PCIe read.

use rust_hdl::prelude::*;

use crate::boards::csr_bus::CsrInitiator;

/// Clocks a read waits for `rvalid` before it is answered with SLVERR.
pub const TIMEOUT: u64 = 64;

/// AXI4-Lite response codes (ARM IHI 0022E, A3.4.4).
pub mod resp {
    pub const OKAY: u64 = 0b00;
    pub const SLVERR: u64 = 0b10;
}

/// The target side of an AXI4-Lite interface with `A` address bits and 32-bit data
/// (AWPROT/ARPROT are not used).
#[derive(LogicInterface, Default)]
pub struct AxilTarget<const A: usize> {
    pub awaddr: Signal<In, Bits<A>>,
    pub awvalid: Signal<In, Bit>,
    pub awready: Signal<Out, Bit>,
    pub wdata: Signal<In, Bits<32>>,
    pub wstrb: Signal<In, Bits<4>>,
    pub wvalid: Signal<In, Bit>,
    pub wready: Signal<Out, Bit>,
    pub bresp: Signal<Out, Bits<2>>,
    pub bvalid: Signal<Out, Bit>,
    pub bready: Signal<In, Bit>,
    pub araddr: Signal<In, Bits<A>>,
    pub arvalid: Signal<In, Bit>,
    pub arready: Signal<Out, Bit>,
    pub rdata: Signal<Out, Bits<32>>,
    pub rresp: Signal<Out, Bits<2>>,
    pub rvalid: Signal<Out, Bit>,
    pub rready: Signal<In, Bit>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum AxilState {
    Idle,
    WriteResp,
    ReadWait,
    ReadResp,
}

#[derive(LogicBlock)]
pub struct AxilBridge<const A: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub s_axil: AxilTarget<A>,
    pub csr: CsrInitiator<A>,
    // State
    state: DFF<AxilState>,
    aw_held: DFF<Bit>,
    w_held: DFF<Bit>,
    waddr: DFF<Bits<A>>,
    raddr: DFF<Bits<A>>,
    wdata: DFF<Bits<32>>,
    wstrb: DFF<Bits<4>>,
    rdata: DFF<Bits<32>>,
    resp: DFF<Bits<2>>,
    issue_read: DFF<Bit>,
    waited: DFF<Bits<8>>,
    aw_fire: Signal<Local, Bit>,
    w_fire: Signal<Local, Bit>,
    ar_fire: Signal<Local, Bit>,
    do_write: Signal<Local, Bit>,
    full_strobe: Constant<Bits<4>>,
    timeout: Constant<Bits<8>>,
    okay: Constant<Bits<2>>,
    slverr: Constant<Bits<2>>,
    all_ones: Constant<Bits<32>>,
}

impl<const A: usize> Default for AxilBridge<A> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const A: usize> AxilBridge<A> {
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axil: Default::default(),
            csr: Default::default(),
            state: Default::default(),
            aw_held: Default::default(),
            w_held: Default::default(),
            waddr: Default::default(),
            raddr: Default::default(),
            wdata: Default::default(),
            wstrb: Default::default(),
            rdata: Default::default(),
            resp: Default::default(),
            issue_read: Default::default(),
            waited: Default::default(),
            aw_fire: Default::default(),
            w_fire: Default::default(),
            ar_fire: Default::default(),
            do_write: Default::default(),
            full_strobe: Constant::new(0xf.into()),
            timeout: Constant::new(TIMEOUT.to_bits()),
            okay: Constant::new(resp::OKAY.to_bits()),
            slverr: Constant::new(resp::SLVERR.to_bits()),
            all_ones: Constant::new(0xffff_ffff_u64.to_bits()),
        }
    }
}

impl<const A: usize> Logic for AxilBridge<A> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, aw_held, w_held, waddr, raddr, wdata, wstrb, rdata, resp,
            issue_read, waited
        );
        // READY outputs from registers only
        self.s_axil.awready.next = (self.state.q.val() == AxilState::Idle) & !self.aw_held.q.val();
        self.s_axil.wready.next = (self.state.q.val() == AxilState::Idle) & !self.w_held.q.val();
        self.s_axil.arready.next =
            (self.state.q.val() == AxilState::Idle) & !self.aw_held.q.val() & !self.w_held.q.val();
        self.aw_fire.next = self.s_axil.awvalid.val()
            & (self.state.q.val() == AxilState::Idle)
            & !self.aw_held.q.val();
        self.w_fire.next = self.s_axil.wvalid.val()
            & (self.state.q.val() == AxilState::Idle)
            & !self.w_held.q.val();
        self.ar_fire.next = self.s_axil.arvalid.val()
            & (self.state.q.val() == AxilState::Idle)
            & !self.aw_held.q.val()
            & !self.w_held.q.val();
        if self.aw_fire.val() {
            self.aw_held.d.next = true;
            self.waddr.d.next = self.s_axil.awaddr.val();
        }
        if self.w_fire.val() {
            self.w_held.d.next = true;
            self.wdata.d.next = self.s_axil.wdata.val();
            self.wstrb.d.next = self.s_axil.wstrb.val();
        }
        self.issue_read.d.next = false;
        if self.ar_fire.val() {
            self.raddr.d.next = self.s_axil.araddr.val();
            self.issue_read.d.next = true;
            self.waited.d.next = 0.into();
            self.state.d.next = AxilState::ReadWait;
        }

        // Register bus: a write once both halves are held, a read the clock after AR
        self.do_write.next =
            (self.state.q.val() == AxilState::Idle) & self.aw_held.q.val() & self.w_held.q.val();
        self.csr.addr.next = self.waddr.q.val();
        if self.state.q.val() == AxilState::ReadWait {
            self.csr.addr.next = self.raddr.q.val();
        }
        self.csr.wdata.next = self.wdata.q.val();
        self.csr.write.next = self.do_write.val() & (self.wstrb.q.val() == self.full_strobe.val());
        self.csr.read.next = self.issue_read.q.val();
        if self.do_write.val() {
            self.aw_held.d.next = false;
            self.w_held.d.next = false;
            self.resp.d.next = self.okay.val();
            if self.wstrb.q.val() != self.full_strobe.val() {
                self.resp.d.next = self.slverr.val();
            }
            self.state.d.next = AxilState::WriteResp;
        }

        // Responses
        self.s_axil.bvalid.next = self.state.q.val() == AxilState::WriteResp;
        self.s_axil.bresp.next = self.resp.q.val();
        self.s_axil.rvalid.next = self.state.q.val() == AxilState::ReadResp;
        self.s_axil.rresp.next = self.resp.q.val();
        self.s_axil.rdata.next = self.rdata.q.val();
        match self.state.q.val() {
            AxilState::Idle => {}
            AxilState::WriteResp => {
                if self.s_axil.bready.val() {
                    self.state.d.next = AxilState::Idle;
                }
            }
            AxilState::ReadWait => {
                self.waited.d.next = self.waited.q.val() + 1;
                if self.csr.rvalid.val() {
                    self.rdata.d.next = self.csr.rdata.val();
                    self.resp.d.next = self.okay.val();
                    self.state.d.next = AxilState::ReadResp;
                } else if self.waited.q.val() == self.timeout.val() {
                    self.rdata.d.next = self.all_ones.val();
                    self.resp.d.next = self.slverr.val();
                    self.state.d.next = AxilState::ReadResp;
                }
            }
            AxilState::ReadResp => {
                if self.s_axil.rready.val() {
                    self.state.d.next = AxilState::Idle;
                }
            }
        }
        if self.reset.val() {
            self.state.d.next = AxilState::Idle;
            self.aw_held.d.next = false;
            self.w_held.d.next = false;
            self.issue_read.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};
    use std::collections::HashMap;

    /// The bridge in front of a model target: a register file that answers reads after
    /// `latency` clocks (none for addresses at or above 0x800).
    struct Tb {
        uut: AxilBridge<12>,
        regs: HashMap<u64, u64>,
        pending: Vec<(u64, usize)>,
        latency: usize,
        rng: rand_chacha::ChaCha8Rng,
        writes: usize,
    }

    impl Tb {
        fn new(latency: usize, seed: u64) -> Self {
            let mut uut = AxilBridge::<12>::new();
            uut.connect_all();
            Tb {
                uut,
                regs: HashMap::new(),
                pending: Vec::new(),
                latency,
                rng: rand_chacha::ChaCha8Rng::seed_from_u64(seed),
                writes: 0,
            }
        }

        /// One clock: the model target answers, the edge happens.
        fn clock(&mut self) {
            self.uut.csr.rvalid.next = false;
            self.uut.csr.rdata.next = 0.into();
            if let Some(&(value, 0)) = self.pending.first() {
                self.uut.csr.rvalid.next = true;
                self.uut.csr.rdata.next = value.to_bits();
                self.pending.remove(0);
            }
            for p in self.pending.iter_mut() {
                p.1 -= 1;
            }
            settle_low!(self.uut);
            let (addr, wdata) = (
                self.uut.csr.addr.val().index() as u64,
                self.uut.csr.wdata.val(),
            );
            if self.uut.csr.write.val() {
                self.writes += 1;
                self.regs.insert(addr, wdata.to_u64());
            }
            if self.uut.csr.read.val() && addr < 0x800 {
                let v = *self.regs.get(&addr).unwrap_or(&0);
                self.pending.push((v, self.latency));
            }
            rising_edge!(self.uut);
        }

        /// An AXI4-Lite write, address and data offered with random delays. Returns BRESP.
        fn write(&mut self, addr: u64, data: u64, strb: u64) -> u64 {
            let (mut aw_done, mut w_done) = (false, false);
            let aw_delay = self.rng.random_range(0..3);
            let w_delay = self.rng.random_range(0..3);
            let mut t = 0;
            loop {
                self.uut.s_axil.awvalid.next = !aw_done && t >= aw_delay;
                self.uut.s_axil.awaddr.next = addr.to_bits();
                self.uut.s_axil.wvalid.next = !w_done && t >= w_delay;
                self.uut.s_axil.wdata.next = data.to_bits();
                self.uut.s_axil.wstrb.next = strb.to_bits();
                self.uut.s_axil.bready.next = self.rng.random_bool(0.7);
                settle_low!(self.uut);
                aw_done |= self.uut.s_axil.awvalid.val() && self.uut.s_axil.awready.val();
                w_done |= self.uut.s_axil.wvalid.val() && self.uut.s_axil.wready.val();
                let b = self.uut.s_axil.bvalid.val() && self.uut.s_axil.bready.val();
                let bresp = self.uut.s_axil.bresp.val().index() as u64;
                self.clock();
                t += 1;
                assert!(t < 100, "write never answered");
                if b {
                    assert!(aw_done && w_done);
                    self.uut.s_axil.awvalid.next = false;
                    self.uut.s_axil.wvalid.next = false;
                    return bresp;
                }
            }
        }

        /// An AXI4-Lite read. Returns (RDATA, RRESP).
        fn read(&mut self, addr: u64) -> (u64, u64) {
            let mut ar_done = false;
            let mut t = 0;
            loop {
                self.uut.s_axil.arvalid.next = !ar_done;
                self.uut.s_axil.araddr.next = addr.to_bits();
                self.uut.s_axil.rready.next = self.rng.random_bool(0.7);
                settle_low!(self.uut);
                ar_done |= self.uut.s_axil.arvalid.val() && self.uut.s_axil.arready.val();
                let r = self.uut.s_axil.rvalid.val() && self.uut.s_axil.rready.val();
                let got = (
                    self.uut.s_axil.rdata.val().to_u64(),
                    self.uut.s_axil.rresp.val().index() as u64,
                );
                self.clock();
                t += 1;
                assert!(t < 200, "read never answered");
                if r {
                    self.uut.s_axil.arvalid.next = false;
                    return got;
                }
            }
        }
    }

    #[test]
    fn writes_and_reads_reach_the_register_bus_in_order() {
        for latency in [0, 1, 2, 5] {
            let mut tb = Tb::new(latency, latency as u64);
            let mut model: HashMap<u64, u64> = HashMap::new();
            for _ in 0..300 {
                let addr = tb.rng.random_range(0..64u64) * 4;
                if tb.rng.random_bool(0.5) {
                    let v: u32 = tb.rng.random();
                    assert_eq!(tb.write(addr, v as u64, 0xf), resp::OKAY);
                    model.insert(addr, v as u64);
                } else {
                    let expect = *model.get(&addr).unwrap_or(&0);
                    assert_eq!(tb.read(addr), (expect, resp::OKAY), "latency {latency}");
                }
            }
        }
    }

    #[test]
    fn a_partial_write_is_refused_and_not_performed() {
        let mut tb = Tb::new(2, 7);
        assert_eq!(tb.write(0x10, 0x1234_5678, 0xf), resp::OKAY);
        for strb in [0x0, 0x1, 0x3, 0x7, 0xe] {
            assert_eq!(
                tb.write(0x10, 0xdead_beef, strb),
                resp::SLVERR,
                "wstrb {strb:#x}"
            );
        }
        assert_eq!(tb.writes, 1);
        assert_eq!(tb.read(0x10), (0x1234_5678, resp::OKAY));
    }

    #[test]
    fn a_read_nobody_answers_times_out_with_slverr() {
        let mut tb = Tb::new(1, 9);
        assert_eq!(tb.read(0x900), (0xffff_ffff, resp::SLVERR));
        // and the bridge is usable afterwards
        assert_eq!(tb.write(0x20, 5, 0xf), resp::OKAY);
        assert_eq!(tb.read(0x20), (5, resp::OKAY));
    }
}
