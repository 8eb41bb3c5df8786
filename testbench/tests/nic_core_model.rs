//! The U280 NIC core carries both directions as the model says: the bundled demo's to-AWS
//! capture enters on the customer's cage (CMAC 0) and its to-customer capture on AWS's cage
//! (CMAC 1) on the same clocks, the host driver having programmed both datapaths over
//! AXI4-Lite. Forwarded frames leave on the other cage as the model rewrites them (padded to
//! 60 bytes, as the CMAC needs), punted frames wait in their direction's punt reader with the
//! model's verdict, and both datapaths' counters are the model's. Run in rust-hdl's
//! simulator: the board core has no Verilator model.

use std::path::{Path, PathBuf};

use dxedge_hdl::boards::nic_core::{NicCore, READER_BASE, TC_READER_BASE};
use dxedge_hdl::boards::nic_sim::NicSim;
use dxedge_hdl::port_pipeline::PortPipeline100G;
use dxedge_host::bus::RegisterBus;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::verdict::Verdict;
use dxedge_testbench::capture::CaptureReader;
use dxedge_testbench::engine::{run_all, EngineCounters};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::decode_verdict;

/// Frames of each capture sent through the core: enough for every verdict the demo has,
/// few enough for rust-hdl's simulator and for the 8 KiB punt buffers.
const FRAMES: usize = 48;
/// The demo's routes need more than the 15 boundaries of the core tests' 4-level trees.
const LPM_LEVELS: usize = 6;

fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

/// The first `FRAMES` frames of a capture that enter the pipeline (not truncated records).
fn frames(path: &Path) -> Vec<Vec<u8>> {
    let mut reader = CaptureReader::open(path).expect("capture");
    let mut out = Vec::new();
    while let Some(r) = reader.next_record().expect("record") {
        if !r.is_truncated() && out.len() < FRAMES {
            out.push(r.data.to_vec());
        }
    }
    out
}

#[test]
fn both_directions_through_the_nic_core_are_the_models() {
    let config = Config::load(&scenarios().join("demo/appliance.toml")).expect("config");
    let traffic = [
        frames(&scenarios().join("demo/capture.pcap")),
        frames(&scenarios().join("demo-to-customer/capture.pcap")),
    ];

    let mut tb = NicSim::new(Box::new(NicCore::with_pipeline(
        PortPipeline100G::with_lpm_levels(LPM_LEVELS),
    )));
    for direction in Direction::ALL {
        let mut dev = Device::open_direction(&mut tb, direction).expect("block");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config).expect("the demo fits 63 boundaries");
        dev.program(&tables).expect("program");
    }
    let status = dxedge_host::regmap::STATUS.offset;
    let tc = dxedge_host::regmap::BLOCK_SPAN;
    while tb.read32(status).expect("status") & 1 != 0
        || tb.read32(tc + status).expect("status") & 1 != 0
    {}

    for (direction, frames) in Direction::ALL.iter().zip(&traffic) {
        for f in frames {
            tb.receive(*direction, f, false);
        }
    }
    // One beat a clock on each cage, the longer capture's beats and the pipeline's latency
    let beats: usize = traffic
        .iter()
        .map(|fs| fs.iter().map(|f| f.len().div_ceil(64)).sum::<usize>())
        .max()
        .unwrap_or(0);
    tb.run(beats + 400);

    let mut kinds_seen = 0;
    for (direction, frames) in Direction::ALL.iter().zip(&traffic) {
        let d = *direction;
        let (want, report) = run_all(&mut Model::for_direction(&config, d), frames).expect("model");
        let forwarded: Vec<Vec<u8>> = want
            .iter()
            .filter(|(v, _)| matches!(v, Verdict::Forward { .. }))
            .map(|(_, bytes)| {
                let mut padded = bytes.clone();
                padded.resize(bytes.len().max(60), 0);
                padded
            })
            .collect();
        let punted: Vec<(Verdict, Vec<u8>)> = want
            .iter()
            .filter(|(v, _)| matches!(v, Verdict::Punt))
            .cloned()
            .collect();
        let dropped = want.len() - forwarded.len() - punted.len();
        assert!(
            !forwarded.is_empty() && !punted.is_empty() && dropped > 0,
            "{d}: the frames forward, punt and drop ({} {} {dropped})",
            forwarded.len(),
            punted.len()
        );
        kinds_seen += 1;

        let sent = tb.sent(d).to_vec();
        assert_eq!(sent.len(), forwarded.len(), "{d}: frames sent");
        for (i, (got, want)) in sent.iter().zip(&forwarded).enumerate() {
            assert_eq!(got, want, "{d}: bytes of forwarded frame {i}");
        }

        let base = match d {
            Direction::ToAws => READER_BASE,
            Direction::ToCustomer => TC_READER_BASE,
        };
        let punts = tb.read_punts(base).expect("punts");
        assert_eq!(punts.len(), punted.len(), "{d}: punted frames");
        for (i, (got, (verdict, bytes))) in punts.iter().zip(&punted).enumerate() {
            assert_eq!(&got.bytes, bytes, "{d}: bytes of punted frame {i}");
            assert_eq!(
                decode_verdict(u64::from(got.tag)).expect("a verdict"),
                *verdict,
                "{d}: verdict of punted frame {i}"
            );
        }

        let (ingress, egress) = match d {
            Direction::ToAws => (config.vifs.len(), config.targets.len()),
            Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
        };
        let mut dev = Device::open_direction(&mut tb, d).expect("block");
        let hw = dev.counters(ingress, egress).expect("counters");
        assert_eq!(
            EngineCounters::from_hw(&hw),
            report.counters,
            "{d}: counters"
        );
    }
    assert_eq!(kinds_seen, 2);
}
