//! EgressSteer: sends each frame leaving the pipeline where its verdict says: forwarded
//! frames to the MAC, punted frames to the host, dropped frames nowhere. Frames the host
//! sent through the CPU port (`kind` 3) go to the MAC with the forwarded ones.
//!
//! ```text
//!                ┌────────────── kind = drop: taken and discarded
//!  s_axis ──► skid ─► M ─┬─ kind = forward or cpu ─► fwd  (to the MAC's transmit buffer)
//!  (tuser =   (S)        └─ kind = punt ───────────► punt (to the host's punt buffer)
//!   verdict)
//! ```
//!
//! The verdict is on every beat of a frame (`docs/registers.md`, egress sideband), so each
//! beat is steered on its own. A two-entry skid buffer (main register M and skid S) makes
//! the stage registered in both directions: `s_axis.tready` is "S is empty", a register,
//! so no combinational path runs from the MAC's `tready` back into the pipeline (at 322 MHz
//! and 512 bits this stage is also a place-and-route cut). Throughput is a beat per clock.
//! Both outputs carry the verdict in `tuser`.

use rust_hdl::prelude::*;

use crate::codes::kind;
use crate::stream::{AxisSink, AxisSource};
use dxedge_host::regmap::egress;

#[derive(LogicBlock)]
pub struct EgressSteer<const W: usize, const B: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub s_axis: AxisSink<W, B, { egress::BITS }>,
    pub fwd: AxisSource<W, B, { egress::BITS }>,
    pub punt: AxisSource<W, B, { egress::BITS }>,
    // M: the beat on offer
    m_valid: DFF<Bit>,
    m_data: DFF<Bits<W>>,
    m_keep: DFF<Bits<B>>,
    m_last: DFF<Bit>,
    m_user: DFF<Bits<{ egress::BITS }>>,
    // S: the beat taken while M could not move
    s_valid: DFF<Bit>,
    s_data: DFF<Bits<W>>,
    s_keep: DFF<Bits<B>>,
    s_last: DFF<Bit>,
    s_user: DFF<Bits<{ egress::BITS }>>,
    in_keep: Signal<Local, Bit>,
    m_to_mac: Signal<Local, Bit>,
    m_fire: Signal<Local, Bit>,
    m_free: Signal<Local, Bit>,
    kind_drop: Constant<Bits<2>>,
    kind_forward: Constant<Bits<2>>,
    kind_punt: Constant<Bits<2>>,
    kind_cpu: Constant<Bits<2>>,
}

impl<const W: usize, const B: usize> Default for EgressSteer<W, B> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const B: usize> EgressSteer<W, B> {
    pub fn new() -> Self {
        assert!(B * 8 == W, "EgressSteer: B = W / 8");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis: Default::default(),
            fwd: Default::default(),
            punt: Default::default(),
            m_valid: Default::default(),
            m_data: Default::default(),
            m_keep: Default::default(),
            m_last: Default::default(),
            m_user: Default::default(),
            s_valid: Default::default(),
            s_data: Default::default(),
            s_keep: Default::default(),
            s_last: Default::default(),
            s_user: Default::default(),
            in_keep: Default::default(),
            m_to_mac: Default::default(),
            m_fire: Default::default(),
            m_free: Default::default(),
            kind_drop: Constant::new(kind::DROP.to_bits()),
            kind_forward: Constant::new(kind::FORWARD.to_bits()),
            kind_punt: Constant::new(kind::PUNT.to_bits()),
            kind_cpu: Constant::new(kind::CPU.to_bits()),
        }
    }
}

impl<const W: usize, const B: usize> Logic for EgressSteer<W, B> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, m_valid, m_data, m_keep, m_last, m_user, s_valid, s_data, s_keep, s_last,
            s_user
        );
        self.s_axis.tready.next = !self.s_valid.q.val();
        // A beat taken from the pipeline that goes somewhere
        self.in_keep.next = self.s_axis.tvalid.val()
            & !self.s_valid.q.val()
            & (self.s_axis.tuser.val().get_bits::<2>(0) != self.kind_drop.val());

        self.fwd.tdata.next = self.m_data.q.val();
        self.fwd.tkeep.next = self.m_keep.q.val();
        self.fwd.tlast.next = self.m_last.q.val();
        self.fwd.tuser.next = self.m_user.q.val();
        self.m_to_mac.next = (self.m_user.q.val().get_bits::<2>(0) == self.kind_forward.val())
            | (self.m_user.q.val().get_bits::<2>(0) == self.kind_cpu.val());
        self.fwd.tvalid.next = self.m_valid.q.val() & self.m_to_mac.val();
        self.punt.tdata.next = self.m_data.q.val();
        self.punt.tkeep.next = self.m_keep.q.val();
        self.punt.tlast.next = self.m_last.q.val();
        self.punt.tuser.next = self.m_user.q.val();
        self.punt.tvalid.next =
            self.m_valid.q.val() & (self.m_user.q.val().get_bits::<2>(0) == self.kind_punt.val());
        self.m_fire.next = self.m_valid.q.val()
            & ((self.m_to_mac.val() & self.fwd.tready.val())
                | ((self.m_user.q.val().get_bits::<2>(0) == self.kind_punt.val())
                    & self.punt.tready.val()));
        self.m_free.next = !self.m_valid.q.val() | self.m_fire.val();

        if self.m_free.val() {
            // M moves on: refill it from S, else from the input, else it empties
            if self.s_valid.q.val() {
                self.m_valid.d.next = true;
                self.m_data.d.next = self.s_data.q.val();
                self.m_keep.d.next = self.s_keep.q.val();
                self.m_last.d.next = self.s_last.q.val();
                self.m_user.d.next = self.s_user.q.val();
                self.s_valid.d.next = false;
            } else {
                self.m_valid.d.next = self.in_keep.val();
                self.m_data.d.next = self.s_axis.tdata.val();
                self.m_keep.d.next = self.s_axis.tkeep.val();
                self.m_last.d.next = self.s_axis.tlast.val();
                self.m_user.d.next = self.s_axis.tuser.val();
            }
        } else if self.in_keep.val() {
            // M is stuck: park the beat in S (tready falls next clock)
            self.s_valid.d.next = true;
            self.s_data.d.next = self.s_axis.tdata.val();
            self.s_keep.d.next = self.s_axis.tkeep.val();
            self.s_last.d.next = self.s_axis.tlast.val();
            self.s_user.d.next = self.s_axis.tuser.val();
        }
        if self.reset.val() {
            self.m_valid.d.next = false;
            self.s_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use rand::{RngExt, SeedableRng};

    #[test]
    fn every_beat_goes_where_its_verdict_says_in_order_cpu_frames_to_the_mac() {
        let mut uut: EgressSteer<64, 8> = EgressSteer::new();
        uut.connect_all();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
        // Frames of 1..6 beats, each with a kind; beats numbered in their data
        let mut input = Vec::new();
        let mut expect: [Vec<(u64, bool)>; 2] = [Vec::new(), Vec::new()];
        let mut n = 0u64;
        for _ in 0..400 {
            let k = rng.random_range(0..4u64);
            let target = rng.random_range(0..1024u64);
            let user = k | target << 5;
            let beats = rng.random_range(1..7);
            for b in 0..beats {
                input.push((n, b + 1 == beats, user));
                match k {
                    kind::FORWARD | kind::CPU => expect[0].push((n, b + 1 == beats)),
                    kind::PUNT => expect[1].push((n, b + 1 == beats)),
                    _ => {}
                }
                n += 1;
            }
        }
        let mut got: [Vec<(u64, bool)>; 2] = [Vec::new(), Vec::new()];
        let mut i = 0;
        for _ in 0..20_000 {
            let offer = i < input.len() && rng.random_bool(0.8);
            let (fr, pr) = (rng.random_bool(0.6), rng.random_bool(0.4));
            if i < input.len() {
                let (d, l, u) = input[i];
                uut.s_axis.tdata.next = d.to_bits();
                uut.s_axis.tlast.next = l;
                uut.s_axis.tuser.next = u.to_bits();
                uut.s_axis.tkeep.next = 0xff.into();
            }
            uut.s_axis.tvalid.next = offer;
            uut.fwd.tready.next = fr;
            uut.punt.tready.next = pr;
            settle_low!(uut);
            if offer && uut.s_axis.tready.val() {
                i += 1;
            }
            for (port, out, ready) in [(0, &uut.fwd, fr), (1, &uut.punt, pr)] {
                if out.tvalid.val() && ready {
                    got[port].push((out.tdata.val().to_u64(), out.tlast.val()));
                    let k = out.tuser.val().index() as u64 & 3;
                    let port_of = if k == kind::PUNT { 1 } else { 0 };
                    assert_eq!(port_of, port, "the verdict travels with the beat");
                }
            }
            assert!(!(uut.fwd.tvalid.val() && uut.punt.tvalid.val()));
            rising_edge!(uut);
        }
        assert_eq!(i, input.len(), "the steer kept up");
        assert_eq!(got, expect);
    }
}
