//! Traces open as waveforms: the FST the model writes and the VCD made from it hold the
//! design's hierarchy and the clock-by-clock values of its ports.

use std::fs::File;
use std::io::BufReader;

use dxedge_sim::port_pipeline::{Build, PortPipelineSim};
use fst_reader::{FstFilter, FstHierarchyEntry, FstReader};

/// Run a few frames with a trace to `name` in a fresh directory; the directory.
fn traced(name: &str) -> (tempdir::TempDir, std::path::PathBuf, u64) {
    let dir = tempdir::TempDir::new();
    let path = dir.0.join(name);
    let mut sim = PortPipelineSim::new_traced(Build::TenG, &path).expect("model");
    sim.reset().expect("reset");
    sim.set_egress_ready(true);
    for i in 0..40u32 {
        sim.offer(&[i, !i], 0xff, i % 8 == 7, 64);
        sim.cycle();
    }
    let cycles = sim.cycles();
    sim.trace_close().expect("close");
    (dir, path, cycles)
}

mod tempdir {
    /// A directory under the target dir, removed on drop.
    pub struct TempDir(pub std::path::PathBuf);
    impl TempDir {
        pub fn new() -> TempDir {
            static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let p = std::env::temp_dir().join(format!("dxedge-trace-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&p).expect("temp dir");
            TempDir(p)
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[test]
fn fst_trace_holds_the_hierarchy_and_every_clock() {
    if !dxedge_sim::require_models() {
        return;
    }
    let (_dir, path, cycles) = traced("run.fst");
    let mut reader =
        FstReader::open(BufReader::new(File::open(&path).expect("fst"))).expect("an FST file");
    let header = reader.get_header();
    // Two time steps a clock: the inputs with the clock low, then the rising edge
    assert!(
        header.end_time + 2 >= 2 * cycles,
        "{} time steps for {cycles} clocks",
        header.end_time
    );
    let mut names = vec![];
    reader
        .read_hierarchy(|e| {
            if let FstHierarchyEntry::Var { name, .. } = e {
                names.push(name);
            }
        })
        .expect("hierarchy");
    assert!(
        names.iter().any(|n| n.contains("s_axis$tvalid")),
        "ports traced"
    );
    assert!(names.iter().any(|n| n.contains("lpm")), "internals traced");
    let mut changes = 0;
    reader
        .read_signals(&FstFilter::all(), |_, _, _| {
            changes += 1;
            Ok::<(), std::convert::Infallible>(())
        })
        .expect("signals");
    assert!(changes > 1000, "{changes} value changes");
}

#[test]
fn vcd_trace_is_made_from_the_fst_and_parses() {
    if !dxedge_sim::require_models() {
        return;
    }
    let (dir, path, cycles) = traced("run.vcd");
    let file = BufReader::new(File::open(&path).expect("vcd"));
    let mut parser = vcd::Parser::new(file);
    let header = parser.parse_header().expect("a VCD header");
    let clock = header
        .find_var(&["TOP", "clock"])
        .or_else(|| header.find_var(&["top", "clock"]));
    assert!(clock.is_some(), "the clock is a variable");
    let mut last_time = 0;
    let mut changes = 0;
    for command in parser {
        match command.expect("a VCD command") {
            vcd::Command::Timestamp(t) => last_time = t,
            vcd::Command::ChangeScalar(..) | vcd::Command::ChangeVector(..) => changes += 1,
            _ => {}
        }
    }
    assert!(
        last_time + 2 >= 2 * cycles,
        "{last_time} for {cycles} clocks"
    );
    assert!(changes > 1000, "{changes} value changes");
    let leftovers: Vec<_> = std::fs::read_dir(&dir.0).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "only the VCD remains");
}

/// The fast model has no tracing compiled in: asking it for a trace is an error that says
/// which constructor traces, and it writes no file.
#[test]
fn the_fast_model_refuses_to_trace() {
    #[cfg(not(dxedge_no_verilator))]
    {
        use dxedge_sim::model::{Model, ModelError, PORT_PIPELINE_10G};
        let dir = tempdir::TempDir::new();
        let path = dir.0.join("never.fst");
        let mut fast = Model::new(&PORT_PIPELINE_10G);
        match fast.trace_fst(&path) {
            Err(e @ ModelError::NotTraced(_)) => assert!(e.to_string().contains("new_traced")),
            other => panic!("expected NotTraced, got {other:?}"),
        }
        assert!(!path.exists());
        let mut traced = Model::new_traced(&PORT_PIPELINE_10G);
        traced.trace_fst(&path).expect("the traced model traces");
        traced.cycle();
        traced.trace_close();
        assert!(path.exists());
    }
}
