//! The bridge against the generated pipeline: registers answer as the register map says,
//! frames go in and come out.

use dxedge_host::bus::RegisterBus;
use dxedge_host::regmap;
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};

fn sim(build: Build) -> PortPipelineSim {
    let mut s = PortPipelineSim::new(build).expect("model");
    s.reset().expect("reset");
    s
}

#[test]
fn block_header_identifies_the_build() {
    if !dxedge_sim::require_models() {
        return;
    }
    for build in [Build::TenG, Build::HundredG] {
        let mut s = sim(build);
        assert_eq!(
            s.read32(regmap::ID.offset).expect("register read"),
            regmap::BLOCK_TYPE
        );
        let version = s.read32(regmap::VERSION.offset).expect("register read");
        assert_eq!(version >> 16, regmap::VERSION_MAJOR as u32);
        assert_eq!(
            s.read32(regmap::BUILD.offset).expect("register read"),
            build.beat_bytes() as u32
        );
        assert_eq!(s.read32(regmap::NEXT.offset).expect("register read"), 0);
    }
}

#[test]
fn a_frame_goes_through() {
    if !dxedge_sim::require_models() {
        return;
    }
    for build in [Build::TenG, Build::HundredG] {
        let mut s = sim(build);
        s.set_egress_ready(true);
        let frame: Vec<u8> = (0..100u32).map(|i| i as u8).collect();
        let bb = build.beat_bytes();
        let mut out = Vec::new();
        let mut next = 0;
        let mut last_seen = false;
        for _ in 0..200 {
            if next < frame.len() {
                let chunk = &frame[next..(next + bb).min(frame.len())];
                let mut words = vec![0u32; bb / 4];
                for (i, b) in chunk.iter().enumerate() {
                    words[i / 4] |= (*b as u32) << (8 * (i % 4));
                }
                let keep = if chunk.len() == 64 {
                    u64::MAX
                } else {
                    (1u64 << chunk.len()) - 1
                };
                s.offer(&words, keep, next + bb >= frame.len(), frame.len() as u32);
            } else {
                s.idle_ingress();
            }
            s.cycle();
            if next < frame.len() && s.ingress_taken() {
                next += bb;
            }
            if let Some(beat) = s.egress() {
                let n = beat.keep.count_ones() as usize;
                for i in 0..n {
                    out.push((beat.data[i / 4] >> (8 * (i % 4))) as u8);
                }
                if beat.last {
                    last_seen = true;
                    // Untagged: dropped as unknown_vlan (kind 2, reason 1)
                    assert_eq!(beat.user & 3, 2);
                    assert_eq!((beat.user >> 2) & 7, 1);
                }
            }
        }
        assert!(last_seen, "{build:?}");
        assert_eq!(out, frame, "{build:?}");
    }
}
