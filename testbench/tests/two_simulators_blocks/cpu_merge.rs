//! The CPU port's merge into egress (10G and 100G widths).

use dxedge_hdl::cpu_merge::{CpuMerge, BYTES_BITS};
use dxedge_host::regmap::{cpu, egress};
use dxedge_sim::model::ModelSpec;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::harness::*;

duts!(CpuMerge<64, 8>, CpuMerge<512, 64>);

fn drive_cpu_merge<const W: usize, const B: usize>(u: &mut CpuMerge<W, B>, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.hold.next = s.bit("hold");
    u.s_axis.tvalid.next = s.bit("s_axis$tvalid");
    u.s_axis.tdata.next = s.bits::<W>("s_axis$tdata");
    u.s_axis.tkeep.next = s.bits::<B>("s_axis$tkeep");
    u.s_axis.tlast.next = s.bit("s_axis$tlast");
    u.s_axis.tuser.next = s.bits::<{ egress::BITS }>("s_axis$tuser");
    u.cpu_s_axis.tvalid.next = s.bit("cpu_s_axis$tvalid");
    u.cpu_s_axis.tdata.next = s.bits::<W>("cpu_s_axis$tdata");
    u.cpu_s_axis.tkeep.next = s.bits::<B>("cpu_s_axis$tkeep");
    u.cpu_s_axis.tlast.next = s.bit("cpu_s_axis$tlast");
    u.cpu_s_axis.tuser.next = s.bits::<{ cpu::BITS }>("cpu_s_axis$tuser");
    u.m_axis.tready.next = s.bit("m_axis$tready");
}

/// Both sources offering in bursts, egress ready and the hold in phases, random keeps (the
/// byte count of CPU beats), a reset now and then; the owner must change hands often.
fn cpu_merge<const W: usize, const B: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    CpuMerge<W, B>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        CpuMerge::<W, B>::new(),
        drive_cpu_merge::<W, B>,
        seed,
    );
    let (mut ready, mut pipe, mut host, mut hold) = (0.9, 0.8, 0.5, false);
    let (mut cpu_beats, mut pipe_beats, mut events, mut held) = (0u64, 0u64, 0u64, 0u64);
    while t.clock < *CLOCKS {
        if t.clock % 64 == 0 {
            ready = pick(&mut rng, &[1.0, 0.9, 0.5, 0.1]);
            pipe = pick(&mut rng, &[1.0, 0.8, 0.2, 0.0]);
            host = pick(&mut rng, &[1.0, 0.5, 0.1, 0.0]);
            hold = chance(&mut rng, 0.1);
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        s.set_bool("hold", hold);
        s.set_bool("s_axis$tvalid", chance(&mut rng, pipe));
        s.randomize("s_axis$tdata", &mut rng);
        s.randomize("s_axis$tkeep", &mut rng);
        s.set_bool("s_axis$tlast", chance(&mut rng, 0.3));
        s.randomize("s_axis$tuser", &mut rng);
        s.set_bool("cpu_s_axis$tvalid", chance(&mut rng, host));
        s.randomize("cpu_s_axis$tdata", &mut rng);
        s.randomize("cpu_s_axis$tkeep", &mut rng);
        s.set_bool("cpu_s_axis$tlast", chance(&mut rng, 0.3));
        s.randomize("cpu_s_axis$tuser", &mut rng);
        s.set_bool("m_axis$tready", chance(&mut rng, ready));
        t.cycle();
        // Beats taken from each source (the readies are registers: as the outputs show them)
        cpu_beats += u64::from(t.stim.bit("cpu_s_axis$tvalid") && t.out("cpu_s_axis$tready") != 0);
        pipe_beats += u64::from(t.stim.bit("s_axis$tvalid") && t.out("s_axis$tready") != 0);
        events += t.out("tx_event");
        held += u64::from(hold && t.out("cpu_s_axis$tready") == 0);
        assert!(t.out("tx_bytes") < 1 << BYTES_BITS);
    }
    assert!(
        cpu_beats > 1000 && pipe_beats > 1000 && events > 300 && held > 100,
        "{block}: {cpu_beats} CPU beats, {pipe_beats} pipeline beats, {events} counter events, \
         {held} clocks held (seed {seed})"
    );
}

#[test]
fn cpu_merge_10g() {
    run("cpu_merge_10g", 806, cpu_merge::<64, 8>);
}

#[test]
fn cpu_merge_100g() {
    run("cpu_merge_100g", 807, cpu_merge::<512, 64>);
}
