//! The fast models of the full designs clock in one `eval` (sample the outputs, apply the
//! inputs, raise the clock), the traced ones in two (inputs with the clock low, sample, raise
//! it). Both must show the same outputs every clock: they do exactly when no output follows
//! an input within a clock. Random values on every input port, every clock, make any such
//! path show.

use dxedge_sim::model::{find, Model, ModelSpec};
use rand::{RngExt, SeedableRng};

/// Clocks per design.
const CLOCKS: u64 = 20_000;

fn lockstep(spec: &'static ModelSpec, seed: u64) {
    let mut one = Model::new(spec);
    let mut two = Model::new_traced(spec);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let reset = spec.input("reset").expect("every design has a reset");
    for clock in 0..CLOCKS {
        for p in spec.inputs {
            let port = spec.input(p.name).expect("listed port");
            if p.name == "reset" {
                continue;
            }
            let words: Vec<u32> = (0..p.words()).map(|_| rng.random()).collect();
            one.set_words(port, &words);
            two.set_words(port, &words);
        }
        // Reset for the first clocks and now and then, so that both paths meet it
        let r = u64::from(clock < 4 || rng.random_ratio(1, 500));
        one.set(reset, r);
        two.set(reset, r);
        one.cycle();
        two.cycle();
        for p in spec.outputs {
            let port = spec.output(p.name).expect("listed port");
            assert_eq!(
                one.get_words(port),
                two.get_words(port),
                "{}: output {} differs at clock {clock} (seed {seed})",
                spec.name,
                p.name
            );
        }
    }
}

#[test]
fn one_eval_clocks_equal_two_eval_clocks() {
    if !dxedge_sim::require_models() {
        return;
    }
    for name in [
        "datapath_10g",
        "datapath_100g",
        "port_pipeline_10g",
        "port_pipeline_100g",
        "bridge_probe_64",
        "bridge_probe_512",
    ] {
        let spec = find(name).expect("a model of every full design");
        // This Verilator is the one the build was made for: the fast path must be in use,
        // or this test would compare the two-eval clock with itself
        assert!(spec.one_eval, "{} clocks with two evals", spec.name);
        lockstep(spec, 0x0e_7a1 ^ spec.name.len() as u64);
    }
}
