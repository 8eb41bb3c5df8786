//! The header parse: plausible frames' beats in, header records out (10G and 100G widths).

use dxedge_hdl::header_parse::HeaderParse;
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::harness::*;

duts!(HeaderParse<64>, HeaderParse<512>);

fn drive_header_parse<const W: usize>(u: &mut HeaderParse<W>, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.accept.next = s.bit("accept");
    u.data.next = s.bits::<W>("data");
    u.last.next = s.bit("last");
    u.len.next = s.bits::<24>("len");
}

fn header_parse<const W: usize>(block: &'static str, spec: &'static ModelSpec, seed: u64)
where
    HeaderParse<W>: Dut,
{
    let beat_bytes = W / 8;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        HeaderParse::<W>::new(),
        drive_header_parse::<W>,
        seed,
    );
    let vids = random_vids(&mut rng);
    let mut frame: Vec<Vec<u32>> = vec![];
    let mut len = 0;
    let mut next = 0;
    let (mut records, mut verified) = (0, 0);
    while t.clock < *CLOCKS {
        if next == frame.len() {
            let f = plausible_frame(&mut rng, &vids);
            len = f.len() as u64;
            frame = fifo_beats(&f, beat_bytes);
            next = 0;
        }
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.003));
        let accept = chance(&mut rng, 0.75);
        s.set_bool("accept", accept);
        if accept && chance(&mut rng, 0.99) {
            s.set_words("data", &frame[next][..W / 32]);
            s.set("last", frame[next][W / 32] as u64);
            s.set(
                "len",
                if chance(&mut rng, 0.03) {
                    rng.random()
                } else {
                    len
                },
            );
            next += 1;
        } else {
            // Idle (or a random beat): whatever is on the bus
            s.randomize("data", &mut rng);
            s.set_bool("last", chance(&mut rng, 0.3));
            s.randomize("len", &mut rng);
        }
        t.cycle();
        if t.out("rec_valid") != 0 {
            records += 1;
            verified += (t.out("rec_checksum") == 0xffff) as u64;
        }
    }
    // Records of every frame, and header checksums that verify (IPv4 with options)
    assert!(
        records > 200 && verified > 80,
        "{block}: {records} header records, {verified} with a checksum that verifies (seed {seed})"
    );
}

#[test]
fn header_parse_10g() {
    run("header_parse_10g", 101, header_parse::<64>);
}

#[test]
fn header_parse_100g() {
    run("header_parse_100g", 102, header_parse::<512>);
}
