//! The RTL under Verilator against the reference model, frame by frame and counter by
//! counter, on the generator's scenarios at both widths.

use dxedge_host::config::{Config, Speed};
use dxedge_host::verdict::Verdict;
use dxedge_testbench::engine::{run_all, Engine, EngineReport, FrameSink};
use dxedge_testbench::gen::{generate, Intent, Scenario};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::{waves_for, RtlEngine};

fn run(engine: &mut dyn Engine, frames: &[Vec<u8>]) -> (Vec<(Verdict, Vec<u8>)>, EngineReport) {
    run_all(engine, frames).expect("the engine runs every frame")
}

fn scenario(s: Scenario, seed: u64, count: u64) -> (Config, Vec<Vec<u8>>) {
    let mut frames = vec![];
    let config = generate(
        s,
        dxedge_host::direction::Direction::ToAws,
        seed,
        count,
        &mut |r| {
            if r.intent != Intent::Truncated {
                frames.push(r.data);
            }
            Ok(())
        },
    )
    .expect("generate");
    (config, frames)
}

fn compare(s: Scenario, seed: u64, count: u64) {
    let (config, frames) = scenario(s, seed, count);
    let (want, want_report) = run(&mut Model::new(&config), &frames);
    for speed in [Speed::G10, Speed::G100] {
        let waves = waves_for(&format!("{}-{speed}", s.name()));
        let mut rtl = RtlEngine::new(
            &config,
            dxedge_host::direction::Direction::ToAws,
            speed,
            waves.as_deref(),
        )
        .expect("rtl engine");
        let (got, report) = run(&mut rtl, &frames);
        assert_eq!(got.len(), want.len(), "{} {speed}: frames out", s.name());
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g.0, w.0, "{} {speed}: verdict of frame {i}", s.name());
            assert_eq!(
                g.1,
                w.1,
                "{} {speed}: bytes of frame {i} ({:?})",
                s.name(),
                w.0
            );
        }
        assert_eq!(
            report.counters,
            want_report.counters,
            "{} {speed}: counters",
            s.name()
        );
        let beats = report.input_beats.expect("beats");
        let cycles = report.cycles.expect("cycles");
        assert!(
            cycles <= beats + 64,
            "{} {speed}: {cycles} cycles for {beats} beats",
            s.name()
        );
    }
}

#[test]
fn demo_scenario_matches_the_model() {
    if !dxedge_sim::require_models() {
        return;
    }
    compare(Scenario::Demo, 1, 600);
}

#[test]
fn imix_matches_the_model() {
    if !dxedge_sim::require_models() {
        return;
    }
    compare(Scenario::Imix, 2, 1500);
}

#[test]
fn jumbo_frames_match_the_model() {
    if !dxedge_sim::require_models() {
        return;
    }
    compare(Scenario::Jumbo, 3, 60);
}

#[test]
fn min_size_back_to_back_matches_the_model() {
    if !dxedge_sim::require_models() {
        return;
    }
    compare(Scenario::MinSize, 4, 3000);
}

/// A sink that fails on its `n`th frame.
struct FailAt(usize);

impl FrameSink for FailAt {
    fn frame(&mut self, _: Verdict, _: &[u8]) -> anyhow::Result<()> {
        self.0 = self.0.saturating_sub(1);
        if self.0 == 0 {
            anyhow::bail!("disk full (test)");
        }
        Ok(())
    }
}

/// The replay's writer failing mid-run stops the engine with that error (the model runs on
/// a thread of its own: its frames must not vanish into it, nor the error), and dropping the
/// engine then does not hang.
#[test]
fn a_failing_sink_stops_the_rtl_engine_with_its_error() {
    if !dxedge_sim::require_models() {
        return;
    }
    let (config, frames) = scenario(Scenario::MinSize, 5, 2000);
    let mut rtl = RtlEngine::new(
        &config,
        dxedge_host::direction::Direction::ToAws,
        Speed::G100,
        None,
    )
    .expect("rtl engine");
    let mut sink = FailAt(700);
    let mut result = Ok(());
    for f in &frames {
        result = rtl.submit(f, &mut sink);
        if result.is_err() {
            break;
        }
    }
    let err = match result {
        Err(e) => e,
        Ok(()) => rtl.finish(&mut sink).expect_err("the sink failed"),
    };
    assert!(err.to_string().contains("disk full"), "{err:#}");
    drop(rtl);
}

/// `--jobs` runs the model on the replay's own thread when the cores are all taken: the
/// frames, counters, cycles and beats must be exactly those of the model on its own thread,
/// over enough frames for many batches (4,096 frames each) and frames left mid-way at a
/// batch's end.
#[test]
fn the_model_on_the_replays_thread_runs_clock_for_clock_as_on_its_own() {
    if !dxedge_sim::require_models() {
        return;
    }
    let (config, frames) = scenario(Scenario::Imix, 7, 20_000);
    let direction = dxedge_host::direction::Direction::ToAws;
    for speed in [Speed::G10, Speed::G100] {
        let mut threaded = RtlEngine::new(&config, direction, speed, None).expect("rtl engine");
        let (want, want_report) = run(&mut threaded, &frames);
        let mut here =
            RtlEngine::on_this_thread(&config, direction, speed, None).expect("rtl engine");
        let (got, report) = run(&mut here, &frames);
        assert_eq!(got.len(), frames.len(), "{speed}: every frame completes");
        assert!(got == want, "{speed}: the frames out differ");
        assert_eq!(report.counters, want_report.counters, "{speed}: counters");
        assert_eq!(report.cycles, want_report.cycles, "{speed}: cycles");
        assert_eq!(
            report.input_beats, want_report.input_beats,
            "{speed}: beats"
        );
    }
}
