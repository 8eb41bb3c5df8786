//! The replay's ordering with an engine that completes frames late, and its refusals.

use std::fs;

use super::*;
use crate::engine::EngineReport;
use crate::gen::{generate, Intent};
use pcap_file::pcapng::{Block, PcapNgReader};

/// The model behind a pipeline of `depth` frames: each frame completes `depth` submissions
/// after it went in, as the RTL's do.
struct Delayed {
    model: Model,
    depth: usize,
    in_flight: VecDeque<(Verdict, Vec<u8>)>,
}

struct Capture(Vec<(Verdict, Vec<u8>)>);

impl FrameSink for Capture {
    fn frame(&mut self, verdict: Verdict, data: &[u8]) -> anyhow::Result<()> {
        self.0.push((verdict, data.to_vec()));
        Ok(())
    }
}

impl Engine for Delayed {
    fn submit(&mut self, frame: &[u8], sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        let mut done = Capture(Vec::new());
        self.model.submit(frame, &mut done)?;
        self.in_flight.extend(done.0);
        while self.in_flight.len() > self.depth {
            if let Some((verdict, data)) = self.in_flight.pop_front() {
                sink.frame(verdict, &data)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self, sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport> {
        while let Some((verdict, data)) = self.in_flight.pop_front() {
            sink.frame(verdict, &data)?;
        }
        self.model.finish(sink)
    }
}

/// The records of a demo capture through `engine`, with the replay's queue and sink, into
/// outputs in `dir`; returns the drop comments in file order.
fn run_through(engine: &mut dyn Engine, dir: &Path) -> Vec<String> {
    let mut records = Vec::new();
    let config = generate(
        crate::gen::Scenario::Demo,
        dxedge_host::direction::Direction::ToAws,
        7,
        300,
        &mut |r| {
            records.push(r);
            Ok(())
        },
    )
    .expect("generate");
    fs::create_dir_all(dir).expect("dir");
    let mut outputs = Outputs::create(
        dir,
        &config,
        Direction::ToAws,
        crate::capture::Resolution::Nano,
        65535,
    )
    .expect("outputs");
    let mut pending = Pending::default();
    let mut rows = RowDrops::new(&config, Direction::ToAws);
    for (i, record) in records.iter().enumerate() {
        let timestamp = Timestamp {
            secs: 0,
            frac: i as u32,
        };
        if record.intent == Intent::Truncated {
            if pending.is_empty() {
                outputs
                    .drop_frame(
                        timestamp,
                        record.orig_len,
                        &record.data,
                        DropReason::TruncatedCapture,
                        i as u64 + 1,
                    )
                    .expect("write");
            } else {
                pending.push(Waiting::Truncated {
                    timestamp,
                    orig_len: record.orig_len,
                    data: record.data.clone(),
                    index: i as u64 + 1,
                });
            }
        } else {
            pending.push(Waiting::InEngine {
                timestamp,
                orig_len: record.orig_len,
                index: i as u64 + 1,
            });
            engine
                .submit(
                    &record.data,
                    &mut Sink {
                        outputs: &mut outputs,
                        pending: &mut pending,
                        rows: &mut rows,
                    },
                )
                .expect("submit");
        }
    }
    let mut sink = Sink {
        outputs: &mut outputs,
        pending: &mut pending,
        rows: &mut rows,
    };
    engine.finish(&mut sink).expect("finish");
    sink.flush_truncated().expect("flush");
    assert_eq!(pending.in_engine, 0);
    assert!(pending.queue.is_empty());
    outputs.finish().expect("finish");

    let mut reader =
        PcapNgReader::new(fs::File::open(dir.join("drops.pcapng")).expect("open")).expect("pcapng");
    let mut comments = Vec::new();
    let mut last_frac = None;
    while let Some(block) = reader.next_block() {
        if let Block::EnhancedPacket(epb) = block.expect("block") {
            let frac = epb.timestamp.as_nanos();
            assert!(last_frac < Some(frac), "drops in input order");
            last_frac = Some(frac);
            comments.extend(epb.options.iter().filter_map(|o| match o {
                pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketOption::Comment(c) => {
                    Some(c.to_string())
                }
                _ => None,
            }));
        }
    }
    comments
}

#[test]
fn a_pipelined_engine_gives_the_same_files_as_the_model() {
    let config = crate::gen::scenario_config(crate::gen::Scenario::Demo);
    let base = std::env::temp_dir().join(format!("dxedge-replay-order-{}", std::process::id()));
    let reference = run_through(&mut Model::new(&config), &base.join("model"));
    assert!(reference.iter().any(|c| c == "truncated_capture"));
    for depth in [1, 3, 64] {
        let dir = base.join(format!("depth-{depth}"));
        let mut engine = Delayed {
            model: Model::new(&config),
            depth,
            in_flight: VecDeque::new(),
        };
        assert_eq!(run_through(&mut engine, &dir), reference, "depth {depth}");
        for name in [
            "vpc-a.pcap",
            "vpc-b.pcap",
            "internet.pcap",
            "tgw.pcap",
            "punt.pcap",
            "drops.pcapng",
        ] {
            assert_eq!(
                fs::read(dir.join(name)).expect("read"),
                fs::read(base.join("model").join(name)).expect("read"),
                "{name} at depth {depth}"
            );
        }
    }
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn an_engine_that_completes_a_frame_twice_is_an_error() {
    let config = crate::gen::scenario_config(crate::gen::Scenario::Demo);
    let dir = std::env::temp_dir().join(format!("dxedge-replay-extra-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("dir");
    let mut outputs = Outputs::create(
        &dir,
        &config,
        Direction::ToAws,
        crate::capture::Resolution::Micro,
        65535,
    )
    .expect("outputs");
    let mut pending = Pending::default();
    let mut rows = RowDrops::new(&config, Direction::ToAws);
    let mut sink = Sink {
        outputs: &mut outputs,
        pending: &mut pending,
        rows: &mut rows,
    };
    let error = sink
        .frame(Verdict::Punt, &[0; 60])
        .expect_err("nothing was submitted");
    assert!(error.to_string().contains("more frames than it was given"));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_verilator_placeholder_is_refused_with_exit_2() {
    let dir = std::env::temp_dir().join(format!("dxedge-replay-rtl-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("dir");
    let config = dir.join("a.toml");
    fs::write(
        &config,
        crate::gen::scenario_config(crate::gen::Scenario::Demo).to_toml(),
    )
    .expect("write");
    let input = dir.join("c.pcap");
    fs::write(
        &input,
        [
            0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0,
            0,
        ],
    )
    .expect("write");
    let options = ReplayOptions {
        config,
        input,
        out: dir.join("out"),
        engine: EngineKind::Verilator,
        speed: None,
        trace: None,
        trace_frames: None,
        force: false,
        direction: Direction::ToAws,
        ingress_vlan: None,
        jobs: Default::default(),
        shard: None,
    };
    match replay(&options, &mut |_| {}) {
        // Once the lead's engine lands this runs the RTL instead.
        Ok(summary) => assert_eq!(summary.run.engine, "verilator"),
        Err(e) => {
            assert_eq!(e.exit_code(), 2, "{e}");
            assert!(!dir.join("out").exists(), "nothing appears in --out");
        }
    }
    let _ = fs::remove_dir_all(&dir);
}
