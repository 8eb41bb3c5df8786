//! The counter banks (per VIF, per target) and the global counters.

use dxedge_hdl::counters::{CounterBank, GlobalCounters};
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::harness::*;

duts!(CounterBank<5, 8>, CounterBank<2, 10>, GlobalCounters);

const INC: [&str; 5] = ["inc$0", "inc$1", "inc$2", "inc$3", "inc$4"];
const HOST_DATA: [&str; 5] = [
    "host_data$0",
    "host_data$1",
    "host_data$2",
    "host_data$3",
    "host_data$4",
];

fn drive_counter_bank<const N: usize, const A: usize>(u: &mut CounterBank<N, A>, s: &Stim) {
    u.clear.next = s.bit("clear");
    u.clear_index.next = s.bits::<A>("clear_index");
    u.add.next = s.bit("add");
    u.index.next = s.bits::<A>("index");
    for (l, name) in INC.iter().enumerate().take(N) {
        u.inc[l].next = s.bits::<64>(name);
    }
    u.host_index.next = s.bits::<A>("host_index");
}

/// Increments mostly to a few hot rows in consecutive clocks (the forwarding path), values
/// that carry across 32 bits and wrap 64, clear sweeps now and then with events arriving
/// during them, and the host reading rows one after another.
fn counter_bank<const N: usize, const A: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    CounterBank<N, A>: Dut,
{
    let rows = 1u64 << A;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        CounterBank::<N, A>::default(),
        drive_counter_bank::<N, A>,
        seed,
    );
    let hot: Vec<u64> = (0..3).map(|_| rng.random_range(0..rows)).collect();
    let mut clearing: Option<(u64, u64)> = None;
    let mut host = 0u64;
    let mut nonzero = 0;
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        if clearing.is_none() && chance(&mut rng, 0.002) {
            let from = rng.random_range(0..rows);
            clearing = Some((from, (from + rng.random_range(1..64)).min(rows)));
        }
        match clearing {
            Some((at, end)) => {
                s.set_bool("clear", true);
                s.set("clear_index", at);
                clearing = (at + 1 < end).then_some((at + 1, end));
            }
            None => {
                s.set_bool("clear", false);
                s.randomize("clear_index", &mut rng);
            }
        }
        s.set_bool("add", chance(&mut rng, 0.7));
        s.set(
            "index",
            if chance(&mut rng, 0.7) {
                pick(&mut rng, &hot)
            } else {
                rng.random_range(0..rows)
            },
        );
        for name in INC.iter().take(N) {
            let v = match rng.random_range(0..50) {
                0 => rng.random(),
                1 => u64::MAX - rng.random_range(0..3),
                2..20 => rng.random_range(0..2),
                _ => rng.random_range(0..10_000),
            };
            s.set(name, v);
        }
        host = if chance(&mut rng, 0.3) {
            pick(&mut rng, &hot)
        } else {
            (host + 1) % rows
        };
        s.set("host_index", host);
        t.cycle();
        nonzero += HOST_DATA.iter().take(N).any(|p| t.out(p) != 0) as u64;
    }
    assert!(
        nonzero > 300,
        "{block}: the host read {nonzero} non-zero rows (seed {seed})"
    );
}

#[test]
fn counter_bank_vif() {
    run("counter_bank_vif", 501, counter_bank::<5, 8>);
}

#[test]
fn counter_bank_target() {
    run("counter_bank_target", 502, counter_bank::<2, 10>);
}

fn drive_global_counters(u: &mut GlobalCounters, s: &Stim) {
    u.clear.next = s.bit("clear");
    u.drop_event.next = s.bit("drop_event");
    u.drop_reason.next = s.bits::<3>("drop_reason");
    u.punt_event.next = s.bit("punt_event");
}

/// Drops of every reason code (7 included, which no counter takes), punts, a clear now and
/// then.
fn global_counters(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        GlobalCounters::default(),
        drive_global_counters,
        seed,
    );
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("clear", chance(&mut rng, 0.003));
        s.set_bool("drop_event", chance(&mut rng, 0.5));
        s.randomize("drop_reason", &mut rng);
        s.set_bool("punt_event", chance(&mut rng, 0.3));
        t.cycle();
    }
}

#[test]
fn global_counters_standalone() {
    run("global_counters", 503, global_counters);
}
