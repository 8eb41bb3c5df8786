//! The U280 board core (`hdl/verilog/boards/nic_core.v`: CMAC buffers, the pipeline, the punt
//! buffer and the AXI4-Lite bridge) under Verilator, held to the reference model: the host
//! driver programs it through its AXI4-Lite port with the code that programs a board, the
//! bundled demo capture arrives back to back from the MAC, and what the core transmits, what
//! the host reads from its punt buffer and what its counters say are what the model says.

use std::path::Path;

use dxedge_hdl::board_map::{reader, regs};
use dxedge_hdl::nic_core::{COUNTERS, READER_BASE, REGS_BASE};
use dxedge_host::bus::RegisterBus;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::regmap;
use dxedge_host::verdict::{kind, Verdict};
use dxedge_sim::nic::NicSim;
use dxedge_testbench::capture::CaptureReader;
use dxedge_testbench::engine::{run_all, EngineCounters};
use dxedge_testbench::model::Model;

fn scenarios() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

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

/// Every frame waiting in the punt buffer, as the host reads them: bytes and sideband.
fn read_punts(nic: &mut NicSim) -> Vec<(Vec<u8>, u32)> {
    let mut out = Vec::new();
    while nic.read32(READER_BASE + reader::STATUS).expect("status") & 1 != 0 {
        let len = nic.read32(READER_BASE + reader::LENGTH).expect("length") as usize;
        let tag = nic.read32(READER_BASE + reader::TAG).expect("tag");
        let mut bytes = Vec::with_capacity(len + 3);
        for _ in 0..len.div_ceil(4) {
            let word = nic.read32(READER_BASE + reader::DATA).expect("data");
            bytes.extend(word.to_le_bytes());
        }
        bytes.truncate(len);
        nic.write32(READER_BASE + reader::POP, 0).expect("pop");
        out.push((bytes, tag));
    }
    out
}

/// What the MAC sends of a frame: at least 60 bytes (the core pads short frames).
fn padded(frame: &[u8]) -> Vec<u8> {
    let mut f = frame.to_vec();
    if f.len() < 60 {
        f.resize(60, 0);
    }
    f
}

#[test]
fn the_board_core_under_verilator_does_what_the_model_does() {
    if !dxedge_sim::require_models() {
        return;
    }
    let config = Config::load(&scenarios().join("demo/appliance.toml")).expect("config");
    let traffic = frames(&scenarios().join("demo/capture.pcap"));
    let (want, report) = run_all(
        &mut Model::for_direction(&config, Direction::ToAws),
        &traffic,
    )
    .expect("model");

    let mut nic = NicSim::new().expect("the board core's model");
    assert_eq!(
        nic.read32(regmap::ID.offset).ok(),
        Some(regmap::BLOCK_TYPE),
        "the pipeline's block at 0"
    );
    assert_eq!(
        nic.read32(REGS_BASE + regs::ID).ok(),
        Some(u32::from_be_bytes(*b"DXNC")),
        "the board's block above it"
    );
    {
        let mut dev =
            Device::open_direction(&mut nic, Direction::ToAws).expect("the driver finds it");
        assert_eq!(dev.info().beat_bytes, 64);
        dev.assume_zeroed().expect("fresh");
        let tables = dev.compile_next(&config).expect("compile");
        dev.program(&tables).expect("program over AXI4-Lite");
    }
    // The counter clear that follows reset stalls ingress; wait for it as a host does.
    let mut waited = 0;
    while nic.read32(regmap::STATUS.offset).expect("status") & 1 != 0 {
        waited += 1;
        assert!(waited < 10_000, "the counter clear never finished");
    }

    // The capture back to back, as the wire delivers it; the host empties the punt buffer
    // every 64 frames, as a driver polling it would.
    let mut punts = Vec::new();
    for chunk in traffic.chunks(64) {
        for f in chunk {
            nic.receive(f, false);
        }
        nic.run(0);
        punts.extend(read_punts(&mut nic));
    }
    nic.run(2_000);
    punts.extend(read_punts(&mut nic));

    let forwarded: Vec<Vec<u8>> = want
        .iter()
        .filter(|(v, _)| matches!(v, Verdict::Forward { .. }))
        .map(|(_, f)| padded(f))
        .collect();
    let punted: Vec<&Vec<u8>> = want
        .iter()
        .filter(|(v, _)| matches!(v, Verdict::Punt))
        .map(|(_, f)| f)
        .collect();
    assert!(
        !forwarded.is_empty() && !punted.is_empty(),
        "the demo forwards and punts"
    );
    assert_eq!(nic.transmitted.len(), forwarded.len(), "frames transmitted");
    assert_eq!(nic.transmitted_with_error, 0, "frames sent flagged bad");
    for (i, (got, want)) in nic.transmitted.iter().zip(&forwarded).enumerate() {
        assert_eq!(got, want, "transmitted frame {i}");
    }
    assert_eq!(punts.len(), punted.len(), "frames punted to the host");
    for (i, ((got, tag), want)) in punts.iter().zip(&punted).enumerate() {
        assert_eq!(&got, want, "punted frame {i}");
        assert_eq!(
            (tag & 3) as u8,
            kind::PUNT,
            "punted frame {i}: its sideband"
        );
    }

    // The pipeline's counters, read by the driver, are the model's.
    let mut dev = Device::open_direction(&mut nic, Direction::ToAws).expect("block");
    let hw = dev
        .counters(config.vifs.len(), config.targets.len())
        .expect("counters");
    assert_eq!(EngineCounters::from_hw(&hw), report.counters, "counters");
    drop(dev);
    // And the board's: every frame received, none bad or lost, every forward sent.
    let board: Vec<u32> = (0..COUNTERS as u32)
        .map(|i| {
            nic.read32(REGS_BASE + regs::COUNTERS + 4 * i)
                .expect("counter")
        })
        .collect();
    assert_eq!(
        board,
        vec![
            traffic.len() as u32,
            0,
            0,
            forwarded.len() as u32,
            punted.len() as u32,
            0
        ],
        "rx_frames, rx_bad, rx_overflow, tx_frames, punt_frames, punt_overflow"
    );
}

#[test]
fn a_frame_of_the_host_leaves_whole_and_a_bad_frame_never_enters() {
    if !dxedge_sim::require_models() {
        return;
    }
    let config = Config::load(&scenarios().join("demo/appliance.toml")).expect("config");
    let mut nic = NicSim::new().expect("the board core's model");
    {
        let mut dev = Device::open_direction(&mut nic, Direction::ToAws).expect("block");
        dev.assume_zeroed().expect("fresh");
        let tables = dev.compile_next(&config).expect("compile");
        dev.program(&tables).expect("program");
    }
    while nic.read32(regmap::STATUS.offset).expect("status") & 1 != 0 {}
    let traffic = frames(&scenarios().join("demo/capture.pcap"));
    let from_host: Vec<u8> = (0..130u32).map(|i| (i * 7) as u8).collect();
    nic.send_from_host(&from_host, 0);
    nic.receive(&traffic[0], true);
    nic.run(1_000);
    assert_eq!(
        nic.transmitted,
        vec![from_host],
        "only the host's frame leaves"
    );
    let rx_bad = nic.read32(REGS_BASE + regs::COUNTERS + 4).expect("rx_bad");
    assert_eq!(rx_bad, 1, "the MAC's bad frame is counted and dropped");
    let mut dev = Device::open_direction(&mut nic, Direction::ToAws).expect("block");
    let hw = dev
        .counters(config.vifs.len(), config.targets.len())
        .expect("counters");
    assert_eq!(
        hw.targets[0][2..],
        [1, 130],
        "cpu_tx_packets, cpu_tx_bytes of row 0"
    );
    assert!(
        hw.vifs.iter().all(|v| v[0] == 0),
        "the bad frame never reached the pipeline"
    );
}
