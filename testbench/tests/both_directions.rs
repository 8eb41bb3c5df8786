//! The whole port, both datapaths of the two-direction top busy on the same clocks: the
//! bundled demo's to-AWS capture one way and its to-customer capture the other way, each
//! held to the reference model frame by frame and counter by counter, while the to-AWS
//! tables are committed again mid-run. Neither direction may disturb the other: not its
//! frames, not its counters, not its banks.

use std::path::{Path, PathBuf};

use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::regmap::tbl_commit;
use dxedge_sim::port::PortSim;
use dxedge_sim::port_pipeline::Build;
use dxedge_testbench::beats::{beats, Assembler, Beat};
use dxedge_testbench::capture::CaptureReader;
use dxedge_testbench::engine::{run_all, EngineCounters, VerdictFrame};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::decode_verdict;

fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

/// The frames of a capture that enter the pipeline (not truncated records).
fn frames(path: &Path) -> Vec<Vec<u8>> {
    let mut reader = CaptureReader::open(path).expect("capture");
    let mut out = Vec::new();
    while let Some(r) = reader.next_record().expect("record") {
        if !r.is_truncated() {
            out.push(r.data.to_vec());
        }
    }
    out
}

/// One direction's traffic: beats to offer in order, frames assembled from its egress.
struct Flow {
    direction: Direction,
    beats: Vec<(Beat, u32)>,
    next: usize,
    assembler: Assembler,
    out: Vec<VerdictFrame>,
}

impl Flow {
    fn new(direction: Direction, frames: &[Vec<u8>], beat_bytes: usize) -> Flow {
        let beats = frames
            .iter()
            .flat_map(|f| beats(f, beat_bytes).map(move |b| (b, f.len() as u32)))
            .collect();
        Flow {
            direction,
            beats,
            next: 0,
            assembler: Assembler::new(beat_bytes),
            out: Vec::new(),
        }
    }

    fn offer(&self, sim: &mut PortSim, beat_bytes: usize) {
        match self.beats.get(self.next) {
            Some((beat, len)) => {
                let mut bytes = [0u8; 64];
                for (i, byte) in bytes.iter_mut().enumerate().take(beat_bytes) {
                    *byte = beat.byte(i);
                }
                sim.offer_bytes(
                    self.direction,
                    &bytes[..beat_bytes],
                    beat.keep,
                    beat.last,
                    *len,
                );
            }
            None => sim.idle_ingress(self.direction),
        }
    }

    fn after_cycle(&mut self, sim: &PortSim) {
        if self.next < self.beats.len() && sim.ingress_ready(self.direction) {
            self.next += 1;
        }
        if let Some(beat) = sim.egress(self.direction) {
            let frame = self
                .assembler
                .push(beat.data, beat.keep, beat.last)
                .expect("egress beats follow the rules")
                .map(<[u8]>::to_vec);
            if let Some(frame) = frame {
                let verdict = decode_verdict(u64::from(beat.user)).expect("a verdict");
                self.out.push((verdict, frame));
            }
        }
    }
}

fn counters_of(sim: &mut PortSim, config: &Config, direction: Direction) -> EngineCounters {
    let (ingress, egress) = match direction {
        Direction::ToAws => (config.vifs.len(), config.targets.len()),
        Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
    };
    let mut dev = Device::open_direction(sim, direction).expect("block");
    EngineCounters::from_hw(&dev.counters(ingress, egress).expect("counters"))
}

fn both_directions_at_once(build: Build) {
    let config = Config::load(&scenarios().join("demo/appliance.toml")).expect("config");
    let traffic = [
        frames(&scenarios().join("demo/capture.pcap")),
        frames(&scenarios().join("demo-to-customer/capture.pcap")),
    ];
    let want: Vec<_> = Direction::ALL
        .iter()
        .zip(&traffic)
        .map(|(&d, f)| run_all(&mut Model::for_direction(&config, d), f).expect("model"))
        .collect();

    let mut sim = PortSim::new(build).expect("model");
    sim.reset().expect("reset");
    let tables: Vec<_> = Direction::ALL
        .iter()
        .map(|&d| {
            let mut dev = Device::open_direction(&mut sim, d).expect("block");
            dev.assume_zeroed().expect("zeroed");
            let tables = dev.compile(&config).expect("fits");
            dev.program(&tables).expect("program");
            tables
        })
        .collect();
    let beat_bytes = build.beat_bytes();
    let mut flows: Vec<Flow> = Direction::ALL
        .iter()
        .zip(&traffic)
        .map(|(&d, f)| Flow::new(d, f, beat_bytes))
        .collect();
    for d in Direction::ALL {
        sim.set_egress_ready(d, true);
    }

    let mut recommitted = false;
    let limit = 64 * flows.iter().map(|f| f.beats.len() as u64).sum::<u64>() + 10_000;
    let start = sim.cycles();
    while flows
        .iter()
        .zip(&want)
        .any(|(f, w)| f.out.len() < w.0.len())
    {
        assert!(sim.cycles() - start < limit, "{build:?}: the port stalled");
        if !recommitted && flows[0].next * 2 >= flows[0].beats.len() {
            // Commit the to-AWS tables again (the shadow bank first written whole) while both
            // datapaths hold frames; the bus runs the clock, so the streams pause meanwhile.
            for d in Direction::ALL {
                sim.idle_ingress(d);
                sim.set_egress_ready(d, false);
            }
            let before = {
                let mut dev =
                    Device::open_direction(&mut sim, Direction::ToCustomer).expect("block");
                dev.active_banks().expect("banks")
            };
            let mut dev = Device::open_direction(&mut sim, Direction::ToAws).expect("block");
            let banks = dev.active_banks().expect("banks");
            dev.program(&tables[0]).expect("program again");
            assert_eq!(
                dev.active_banks().expect("banks"),
                banks ^ tbl_commit::ALL,
                "the to-AWS commit swapped its banks"
            );
            let mut dev = Device::open_direction(&mut sim, Direction::ToCustomer).expect("block");
            assert_eq!(
                dev.active_banks().expect("banks"),
                before,
                "the to-AWS commit left the to-customer banks alone"
            );
            for d in Direction::ALL {
                sim.set_egress_ready(d, true);
            }
            recommitted = true;
        }
        for f in &flows {
            f.offer(&mut sim, beat_bytes);
        }
        sim.cycle();
        for f in &mut flows {
            f.after_cycle(&sim);
        }
    }
    assert!(recommitted);
    for (flow, (frames, report)) in flows.iter().zip(&want) {
        let d = flow.direction;
        assert_eq!(flow.out.len(), frames.len(), "{build:?} {d}: frames out");
        for (i, (got, want)) in flow.out.iter().zip(frames).enumerate() {
            assert_eq!(got.0, want.0, "{build:?} {d}: verdict of frame {i}");
            assert_eq!(got.1, want.1, "{build:?} {d}: bytes of frame {i}");
        }
        assert_eq!(
            counters_of(&mut sim, &config, d),
            report.counters,
            "{build:?} {d}: counters"
        );
    }
}

#[test]
fn both_datapaths_run_at_once_each_as_the_model_says() {
    if !dxedge_sim::require_models() {
        return;
    }
    both_directions_at_once(Build::TenG);
    both_directions_at_once(Build::HundredG);
}
