//! The boundary registers: the ingress stage, the CSR stage and the egress skid slice.

use dxedge_hdl::boundary::{CsrStage, EgressSlice, IngressStage};
use dxedge_host::regmap::{self, egress, ingress};
use dxedge_sim::model::ModelSpec;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::harness::*;

duts!(IngressStage<64, { ingress::BITS }>, IngressStage<512, { ingress::BITS }>, CsrStage, EgressSlice<64, 8, { egress::BITS }>, EgressSlice<512, 64, { egress::BITS }>);

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

#[test]
fn egress_slice_10g() {
    run("egress_slice_10g", 804, egress_slice::<64, 8>);
}

#[test]
fn egress_slice_100g() {
    run("egress_slice_100g", 805, egress_slice::<512, 64>);
}
