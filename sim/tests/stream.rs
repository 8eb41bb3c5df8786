//! The stream loop (`Model::stream`) against the same frames clocked from Rust one cycle at a
//! time: the same egress beats on the same clocks, at both widths, for frames of every length
//! including the ones that end mid-beat and the ones a run leaves half fed.

use dxedge_sim::model::{find, Model, ModelError, MODELS};
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};
use dxedge_sim::stream::{EgressBuffer, Frames, StreamPos};
use rand::{RngExt, SeedableRng};

/// An egress beat with the clock it left on (0 where only the data is compared).
type Beat = (u64, Vec<u32>, u64, bool, u32);

fn frames(seed: u64, count: usize) -> (Vec<u8>, Vec<u32>) {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut bytes = Vec::new();
    let mut ends = Vec::new();
    for _ in 0..count {
        let len = match rng.random_range(0..4) {
            0 => 64,
            1 => rng.random_range(60..200),
            _ => rng.random_range(14..1600),
        };
        bytes.extend((0..len).map(|_| rng.random::<u8>()));
        ends.push(bytes.len() as u32);
    }
    (bytes, ends)
}

fn sim(build: Build) -> PortPipelineSim {
    let mut s = PortPipelineSim::new(build).expect("model");
    s.reset().expect("reset");
    s.set_egress_ready(true);
    s
}

/// Clocked from Rust: offer the next beat every clock, egress ready; `clocks` after the
/// last beat is taken.
fn per_clock(build: Build, bytes: &[u8], ends: &[u32], drain: u64) -> (Vec<Beat>, u64) {
    let mut s = sim(build);
    let bb = build.beat_bytes();
    let mut out = Vec::new();
    let (mut frame, mut at) = (0usize, 0usize);
    let mut fed_at = None;
    loop {
        let offered = (frame < ends.len()).then(|| {
            let start = if frame == 0 {
                0
            } else {
                ends[frame - 1] as usize
            };
            let end = ends[frame] as usize;
            let beat_end = (at + bb).min(end);
            let n = beat_end - at;
            let keep = if n >= 64 { u64::MAX } else { (1 << n) - 1 };
            s.offer_bytes(
                &bytes[at..beat_end],
                keep,
                beat_end == end,
                (end - start) as u32,
            );
            (beat_end, beat_end == end)
        });
        if offered.is_none() {
            s.idle_ingress();
        }
        s.cycle();
        if let (Some((beat_end, last)), true) = (offered, s.ingress_taken()) {
            at = beat_end;
            if last {
                frame += 1;
            }
        }
        if let Some(b) = s.egress() {
            out.push((s.cycles(), b.data.to_vec(), b.keep, b.last, b.user));
        }
        if frame == ends.len() {
            let fed = *fed_at.get_or_insert(s.cycles());
            if s.cycles() >= fed + drain {
                return (out, s.cycles());
            }
        }
    }
}

/// Through the stream loop, in runs of at most `chunk` clocks and a small egress buffer so
/// that runs end mid-frame and with the buffer full; then `drain` clocks more.
fn streamed(build: Build, bytes: &[u8], ends: &[u32], drain: u64, chunk: u64) -> (Vec<Beat>, u64) {
    let mut s = sim(build);
    let mut egress: EgressBuffer = s.egress_buffer(7);
    let mut out = Vec::new();
    let mut pos = StreamPos::default();
    let frames = Frames { bytes, ends };
    let collect = |egress: &EgressBuffer, out: &mut Vec<Beat>| {
        out.extend(
            egress
                .iter()
                .map(|b| (0, b.data.to_vec(), b.keep, b.last, b.user)),
        );
    };
    let mut last_outs = Vec::new();
    while pos.frame < ends.len() {
        let before = s.cycles();
        let r = s
            .stream(frames, &mut pos, &mut egress, chunk, true)
            .expect("stream run");
        assert_eq!(s.cycles(), before + r.cycles);
        collect(&egress, &mut out);
        last_outs.push((egress.len(), r.last_out));
    }
    let fed = s.cycles();
    while s.cycles() < fed + drain {
        let left = fed + drain - s.cycles();
        let r = s
            .stream(
                Frames {
                    bytes: &[],
                    ends: &[],
                },
                &mut StreamPos::default(),
                &mut egress,
                left,
                false,
            )
            .expect("drain run");
        assert!(r.cycles > 0);
        collect(&egress, &mut out);
        last_outs.push((egress.len(), r.last_out));
    }
    // Every run that saw beats leave says when the last one did
    for (n, last) in last_outs {
        assert_eq!(n > 0, last.is_some());
    }
    (out, s.cycles())
}

#[test]
fn a_stream_run_clocks_as_the_rust_loop_does() {
    if !dxedge_sim::require_models() {
        return;
    }
    for (seed, build) in [(1, Build::TenG), (2, Build::HundredG)] {
        let (bytes, ends) = frames(seed, 120);
        let drain = 300;
        let (want, want_cycles) = per_clock(build, &bytes, &ends, drain);
        assert!(
            want.iter().filter(|b| b.3).count() == ends.len(),
            "every frame leaves"
        );
        for chunk in [5, 1000] {
            let (got, cycles) = streamed(build, &bytes, &ends, drain, chunk);
            assert_eq!(cycles, want_cycles, "{build:?} chunk {chunk}: clocks");
            assert_eq!(
                got.len(),
                want.len(),
                "{build:?} chunk {chunk}: egress beats"
            );
            for (i, (g, w)) in got.iter().zip(&want).enumerate() {
                assert_eq!(
                    &g.1[..],
                    &w.1[..],
                    "{build:?} chunk {chunk}: data of beat {i}"
                );
                assert_eq!(
                    (g.2, g.3, g.4),
                    (w.2, w.3, w.4),
                    "{build:?} chunk {chunk}: beat {i}"
                );
            }
        }
    }
}

#[test]
fn a_run_reports_the_clocks_of_its_first_and_last_beats() {
    if !dxedge_sim::require_models() {
        return;
    }
    let (bytes, ends) = frames(3, 4);
    let (want, _) = per_clock(Build::TenG, &bytes, &ends, 300);
    let mut s = sim(Build::TenG);
    let start = s.cycles();
    let mut egress = s.egress_buffer(4096);
    let mut pos = StreamPos::default();
    let r = s
        .stream(
            Frames {
                bytes: &bytes,
                ends: &ends,
            },
            &mut pos,
            &mut egress,
            10_000,
            false,
        )
        .expect("run");
    // Ingress is ready after reset: the first beat goes in on the run's first clock
    assert_eq!(r.first_in, Some(start + 1));
    let beats: u64 = ends
        .iter()
        .scan(0, |prev, &e| {
            let n = (e - *prev).div_ceil(8);
            *prev = e;
            Some(u64::from(n))
        })
        .sum();
    assert_eq!(r.beats_in, beats);
    assert_eq!(
        pos,
        StreamPos {
            frame: 4,
            at: bytes.len()
        }
    );
    assert_eq!(egress.len(), want.len());
    assert_eq!(r.last_out, Some(want.last().expect("beats left").0));
    assert_eq!(
        r.cycles, 10_000,
        "without stop_when_fed the run takes every clock it is given"
    );
}

#[test]
fn inconsistent_frames_and_models_without_streams_are_refused() {
    if !dxedge_sim::require_models() {
        return;
    }
    let mut s = sim(Build::TenG);
    let mut egress = s.egress_buffer(16);
    let bytes = [0u8; 100];
    let err = s
        .stream(
            Frames {
                bytes: &bytes,
                ends: &[60, 120],
            },
            &mut StreamPos::default(),
            &mut egress,
            100,
            true,
        )
        .expect_err("a frame past the bytes");
    assert!(
        err.to_string().contains("frame 1 ends at byte 120"),
        "{err}"
    );
    let err = s
        .stream(
            Frames {
                bytes: &bytes,
                ends: &[60, 100],
            },
            &mut StreamPos { frame: 1, at: 10 },
            &mut egress,
            100,
            true,
        )
        .expect_err("a position outside its frame");
    assert!(err.to_string().contains("spans 60..100"), "{err}");
    let mut wide = EgressBuffer::new(64, 4);
    let err = s
        .stream(
            Frames {
                bytes: &bytes,
                ends: &[100],
            },
            &mut StreamPos::default(),
            &mut wide,
            100,
            true,
        )
        .expect_err("a 100G egress buffer on the 10G model");
    assert!(err.to_string().contains("64-byte beats"), "{err}");

    let plain = MODELS
        .iter()
        .copied()
        .find(|m| m.ffi.stream.is_none())
        .expect("a block model without AXI-Stream ports");
    let mut m = Model::new(plain);
    assert!(m.stream_beat_bytes().is_none());
    let err = m
        .stream(
            Frames {
                bytes: &bytes,
                ends: &[100],
            },
            &mut StreamPos::default(),
            &mut egress,
            100,
            true,
        )
        .expect_err("no streams");
    assert!(matches!(err, ModelError::NoStream(_)), "{err}");
    assert!(find("port_pipeline_100g").is_some_and(|m| m.ffi.stream.is_some()));
}

/// A run that starts right after a clock that offered the CPU port a frame's last beat: the
/// loop drives only the stream ports, so the model must not keep that beat offered (it would
/// take it again every clock: one-beat frames from nowhere). `dxedge serve` mixes the two.
#[test]
fn a_stream_run_after_a_cpu_beat_does_not_offer_it_again() {
    if !dxedge_sim::require_models() {
        return;
    }
    for build in [Build::TenG, Build::HundredG] {
        let mut s = sim(build);
        let bb = build.beat_bytes();
        let beat = vec![0xa5u8; bb];
        let keep = if bb == 64 { u64::MAX } else { (1u64 << bb) - 1 };
        let mut out = Vec::new();
        let mut taken = false;
        for _ in 0..64 {
            if taken {
                s.idle_cpu();
            } else {
                s.offer_cpu_bytes(&beat, keep, true, 0);
            }
            s.cycle();
            if let Some(b) = s.egress() {
                out.push(b.tag().expect("egress tag"));
            }
            if !taken && s.cpu_ready() {
                taken = true;
                // Stop right after the clock that took it: the beat is still offered.
                break;
            }
        }
        assert!(taken, "{build:?}: the CPU port took the beat");
        let (bytes, ends) = frames(7, 4);
        let mut pos = StreamPos::default();
        let mut egress = s.egress_buffer(4096);
        let frames = Frames {
            bytes: &bytes,
            ends: &ends,
        };
        s.stream(frames, &mut pos, &mut egress, 20_000, false)
            .expect("stream");
        out.extend(
            egress
                .iter()
                .filter(|b| b.last)
                .map(|b| b.tag().expect("tag")),
        );
        let cpu = out
            .iter()
            .filter(|t| matches!(t, dxedge_host::verdict::EgressTag::Cpu { .. }))
            .count();
        assert_eq!(cpu, 1, "{build:?}: one CPU frame offered, {cpu} out");
        assert_eq!(out.len(), 1 + ends.len(), "{build:?}: every frame out once");
    }
}
