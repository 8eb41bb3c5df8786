//! The generated Verilog under Icarus Verilog, driven by the plain Verilog test bench
//! (`testbench/icarus/tb_port_pipeline.v`) from files, says what our Verilator engine and the
//! reference model say: the same frames, byte for byte, with the same verdicts, and the same
//! clock count from the first beat in to the last beat out as the Verilator engine. This is
//! what makes the benchmark's Icarus-against-Verilator ratio a comparison of one design.
//!
//! Needs Icarus Verilog, and Verilator, which records the driver's register accesses;
//! without either it fails unless opted out (`DXEDGE_SKIP`, `dxedge_host::tools`).

use dxedge_host::config::Speed;
use dxedge_host::tools::{self, Tool};
use dxedge_testbench::gen::{generate, Intent, Scenario};
use dxedge_testbench::icarus::{self, record_program, through};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::{build_for, RtlEngine};

fn have_icarus() -> bool {
    dxedge_sim::require_models() && tools::require(Tool::Icarus)
}

fn icarus_equals_verilator_and_model(speed: Speed, seed: u64) {
    if !have_icarus() {
        return;
    }
    // The demo mix: every verdict, forwards rewritten with and without a VLAN, frames of 0
    // bytes to jumbo. Truncated records never reach an engine (the replay drops them).
    let mut frames = Vec::new();
    let config = generate(
        Scenario::Demo,
        dxedge_host::direction::Direction::ToAws,
        seed,
        160,
        &mut |r| {
            if r.intent != Intent::Truncated {
                frames.push(r.data);
            }
            Ok(())
        },
    )
    .expect("generate");
    let build = build_for(speed);
    let ops = record_program(&config, build).expect("the driver programs the Verilator model");
    let dir = tempfile::tempdir().expect("tmp");
    let ran = icarus::run(build, &ops, &frames, dir.path()).expect("the Icarus run");

    let mut rtl = RtlEngine::new(
        &config,
        dxedge_host::direction::Direction::ToAws,
        speed,
        None,
    )
    .expect("Verilator engine");
    let (verilator, report) = through(&mut rtl, &frames).expect("Verilator run");
    let (model, _) = through(&mut Model::new(&config), &frames).expect("model run");
    assert_eq!(ran.frames.len(), frames.len());
    for (i, ((icarus, verilator), model)) in
        ran.frames.iter().zip(&verilator).zip(&model).enumerate()
    {
        assert_eq!(icarus, verilator, "frame {i}: Icarus and Verilator differ");
        assert_eq!(icarus, model, "frame {i}: Icarus and the model differ");
    }
    assert_eq!(Some(ran.cycles), report.cycles, "clock counts differ");
}

#[test]
fn icarus_runs_the_10g_verilog_as_verilator_and_the_model_do() {
    icarus_equals_verilator_and_model(Speed::G10, 31);
}

#[test]
fn icarus_runs_the_100g_verilog_as_verilator_and_the_model_do() {
    icarus_equals_verilator_and_model(Speed::G100, 32);
}
