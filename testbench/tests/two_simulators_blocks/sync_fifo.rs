//! The beat FIFO (10G and 100G beat widths).

use dxedge_hdl::sync_fifo::SyncFifo;
use dxedge_sim::model::ModelSpec;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

use crate::harness::*;

duts!(SyncFifo<Bits<65>, 6, 7>, SyncFifo<Bits<513>, 6, 7>);

fn drive_sync_fifo<const WL: usize>(u: &mut SyncFifo<Bits<WL>, 6, 7>, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.write.next = s.bit("write");
    u.data_in.next = s.bits::<WL>("data_in");
    u.read.next = s.bit("read");
}

/// Phases of mostly writing (to full and beyond), mostly reading (to empty and beyond),
/// both every clock, and balanced; a reset now and then.
fn sync_fifo<const WL: usize>(block: &'static str, spec: &'static ModelSpec, seed: u64)
where
    SyncFifo<Bits<WL>, 6, 7>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        SyncFifo::<Bits<WL>, 6, 7>::new(),
        drive_sync_fifo::<WL>,
        seed,
    );
    let (mut p_write, mut p_read) = (0.5, 0.5);
    let (mut full, mut empty_after_full) = (0, 0);
    let mut was_full = false;
    while t.clock < *CLOCKS {
        if t.clock % 150 == 0 {
            (p_write, p_read) = pick(
                &mut rng,
                &[(0.95, 0.1), (0.1, 0.95), (1.0, 1.0), (0.5, 0.5)],
            );
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        s.set_bool("write", chance(&mut rng, p_write));
        s.randomize("data_in", &mut rng);
        s.set_bool("read", chance(&mut rng, p_read));
        t.cycle();
        if t.out("full") != 0 {
            full += 1;
            was_full = true;
        }
        if was_full && t.out("empty") != 0 {
            empty_after_full += 1;
            was_full = false;
        }
    }
    assert!(
        full > 50 && empty_after_full > 3,
        "{block}: full {full} clocks, emptied after full {empty_after_full} times (seed {seed})"
    );
}

#[test]
fn sync_fifo_10g() {
    run("sync_fifo_10g", 701, sync_fifo::<65>);
}

#[test]
fn sync_fifo_100g() {
    run("sync_fifo_100g", 702, sync_fifo::<513>);
}
