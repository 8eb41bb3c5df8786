//! The rewrite behind its beat and verdict FIFOs (10G and 100G widths).

use std::collections::VecDeque;

use dxedge_hdl::resolve::VerdictRecord;
use dxedge_hdl::rewrite::Rewrite;
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

use crate::common::to_bits;
use crate::harness::*;

duts!(Rewrite<64, 8, 65>, Rewrite<512, 64, 513>);

fn drive_rewrite<const W: usize, const B: usize, const WL: usize>(
    u: &mut Rewrite<W, B, WL>,
    s: &Stim,
) {
    u.reset.next = s.bit("reset");
    u.beat_empty.next = s.bit("beat_empty");
    u.beat.next = s.bits::<WL>("beat");
    u.verdict_empty.next = s.bit("verdict_empty");
    u.verdict.next = verdict_record(s.bits("verdict"));
    u.verdict_macs.next = s.bits::<96>("verdict_macs");
    u.m_axis.tready.next = s.bit("m_axis$tready");
}

/// The beat and verdict FIFOs in front of the rewrite, as the pipeline fills them: frames'
/// beats arrive at most one a clock, each frame's verdict (forward with retag or strip,
/// punt, drop) some clocks after its first beat; the FIFO heads pop when the rewrite reads
/// them. Egress ready in phases from nearly always to rarely.
fn rewrite<const W: usize, const B: usize, const WL: usize>(
    block: &'static str,
    spec: &'static ModelSpec,
    seed: u64,
) where
    Rewrite<W, B, WL>: Dut,
{
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(
        block,
        spec,
        Rewrite::<W, B, WL>::new(),
        drive_rewrite::<W, B, WL>,
        seed,
    );
    let vids = random_vids(&mut rng);
    // Frames still to enter the beat FIFO, the FIFOs' contents, verdicts not yet decided
    let mut source: VecDeque<Vec<u32>> = VecDeque::new();
    let mut beat_fifo: VecDeque<Vec<u32>> = VecDeque::new();
    let mut pending: VecDeque<(u64, Vec<u32>, Vec<u32>)> = VecDeque::new();
    let mut verdict_fifo: VecDeque<(Vec<u32>, Vec<u32>)> = VecDeque::new();
    let mut ready = 0.9;
    let mut frames_out = 0;
    // Frames whose first beat the rewrite took: neither retagged nor stripped, retagged,
    // stripped, both (a random verdict)
    let mut started = [0u64; 4];
    while t.clock < *CLOCKS {
        if t.clock % 100 == 0 {
            ready = pick(&mut rng, &[0.95, 0.95, 0.6, 0.2]);
        }
        if source.is_empty() {
            let frame = plausible_frame(&mut rng, &vids);
            let len = frame.len() as u64;
            let forward = chance(&mut rng, 0.6);
            let strip = forward && chance(&mut rng, 0.5);
            let mut verdict = VerdictRecord {
                kind: (if forward {
                    0
                } else {
                    rng.random_range(1..4u64)
                })
                .to_bits(),
                reason: (if forward {
                    0
                } else {
                    rng.random_range(0..8u64)
                })
                .to_bits(),
                target: rng.random_range(0..1024u64).to_bits(),
                retag: forward && !strip,
                vid: rng.random_range(0..4096u64).to_bits(),
                strip,
                out_len: (if strip {
                    len.wrapping_sub(4) & 0xff_ffff
                } else {
                    len
                })
                .to_bits(),
            };
            if chance(&mut rng, 0.03) {
                verdict = verdict_record(to_bits(&[rng.random(), rng.random()]));
            }
            let macs: Vec<u32> = (0..3).map(|_| rng.random()).collect();
            let delay = t.clock + rng.random_range(0..24);
            pending.push_back((delay, verdict_words(verdict), macs));
            source.extend(fifo_beats(&frame, B));
        }
        // The pipeline writes one beat a clock at most, 64 beats of room
        if beat_fifo.len() < 64 && chance(&mut rng, 0.85) {
            if let Some(beat) = source.pop_front() {
                beat_fifo.push_back(beat);
            }
        }
        while pending.front().is_some_and(|(due, _, _)| *due <= t.clock) {
            if let Some((_, verdict, macs)) = pending.pop_front() {
                verdict_fifo.push_back((verdict, macs));
            }
        }
        let reset = chance(&mut rng, 0.001);
        let s = &mut t.stim;
        s.set_bool("reset", reset);
        s.set_bool("beat_empty", beat_fifo.is_empty());
        match beat_fifo.front() {
            Some(beat) => s.set_words("beat", beat),
            None => s.randomize("beat", &mut rng),
        }
        s.set_bool("verdict_empty", verdict_fifo.is_empty());
        match verdict_fifo.front() {
            Some((verdict, macs)) => {
                s.set_words("verdict", verdict);
                s.set_words("verdict_macs", macs);
            }
            None => {
                s.randomize("verdict", &mut rng);
                s.randomize("verdict_macs", &mut rng);
            }
        }
        s.set_bool("m_axis$tready", chance(&mut rng, ready));
        t.cycle();
        if t.out("beat_read") != 0 {
            beat_fifo.pop_front();
        }
        if t.out("verdict_read") != 0 {
            if let Some((verdict, _)) = verdict_fifo.pop_front() {
                let v = verdict_record(to_bits(&verdict));
                started[v.retag as usize + 2 * v.strip as usize] += 1;
            }
        }
        if t.out("m_axis$tvalid") & t.out("m_axis$tlast") != 0 && t.stim.bit("m_axis$tready") {
            frames_out += 1;
        }
        if reset {
            // The pipeline resets its FIFOs with the rewrite
            beat_fifo.clear();
            verdict_fifo.clear();
            pending.clear();
            source.clear();
        }
    }
    assert!(
        frames_out > 100 && started[..3].iter().all(|&n| n > 30),
        "{block}: {frames_out} frames out, {started:?} started as passed, retagged, stripped, both (seed {seed})"
    );
}

#[test]
fn rewrite_10g() {
    run("rewrite_10g", 601, rewrite::<64, 8, 65>);
}

#[test]
fn rewrite_100g() {
    run("rewrite_100g", 602, rewrite::<512, 64, 513>);
}
