//! The U280 board core (`hdl/verilog/boards/nic_core.v`: both CMACs' buffers, the two-way
//! pipeline, the punt buffers and the AXI4-Lite bridge) under Verilator, held to the
//! reference model: the host driver programs both directions through its AXI4-Lite port with
//! the code that programs a board, the bundled demo captures arrive back to back at both
//! cages at once, and what each CMAC is given to send, what the host reads from each punt
//! buffer and what the counters say are what the model says.

use std::path::Path;

use dxedge_hdl::boards::board_map::{reader, regs};
use dxedge_hdl::boards::nic_core::{COUNTERS, READER_BASE, REGS_BASE, TC_READER_BASE};
use dxedge_host::bus::RegisterBus;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::regmap;
use dxedge_host::verdict::{kind, Verdict};
use dxedge_sim::nic::{Cage, NicSim};
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

/// Every frame waiting in the punt buffer at `base`, as the host reads them: bytes and
/// sideband.
fn read_punts(nic: &mut NicSim, base: u32) -> Vec<(Vec<u8>, u32)> {
    let mut out = Vec::new();
    while nic.read32(base + reader::STATUS).expect("status") & 1 != 0 {
        let len = nic.read32(base + reader::LENGTH).expect("length") as usize;
        let tag = nic.read32(base + reader::TAG).expect("tag");
        let mut bytes = Vec::with_capacity(len + 3);
        for _ in 0..len.div_ceil(4) {
            let word = nic.read32(base + reader::DATA).expect("data");
            bytes.extend(word.to_le_bytes());
        }
        bytes.truncate(len);
        nic.write32(base + reader::POP, 0).expect("pop");
        out.push((bytes, tag));
    }
    out
}

/// Counter rows a direction's block has in use: ingress rows, egress rows.
fn rows(config: &Config, direction: Direction) -> (usize, usize) {
    match direction {
        Direction::ToAws => (config.vifs.len(), config.targets.len()),
        Direction::ToCustomer => (config.targets.len(), config.vifs.len()),
    }
}

/// The punt buffer of each direction: to AWS, to the customer.
const PUNTS: [u32; 2] = [READER_BASE, TC_READER_BASE];
/// Where each direction's frames come in and where they leave.
const CAGES: [(Cage, Cage); 2] = [(Cage::Customer, Cage::Aws), (Cage::Aws, Cage::Customer)];

fn program(nic: &mut NicSim, config: &Config) {
    for d in Direction::ALL {
        let mut dev = Device::open_direction(&mut *nic, d).expect("the driver finds the block");
        assert_eq!(dev.info().beat_bytes, 64);
        dev.assume_zeroed().expect("fresh");
        let tables = dev.compile_next(config).expect("compile");
        dev.program(&tables).expect("program over AXI4-Lite");
    }
    // The counter clear that follows reset stalls ingress; wait for it as a host does.
    for block in [0, regmap::BLOCK_SPAN] {
        let mut waited = 0;
        let clear_busy = 1 << regmap::status::CLEAR_BUSY.lsb;
        while nic.read32(block + regmap::STATUS.offset).expect("status") & clear_busy != 0 {
            waited += 1;
            assert!(
                waited < 10_000,
                "block 0x{block:x}: the counter clear never finished"
            );
        }
    }
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
fn the_board_core_under_verilator_does_what_the_model_does_both_ways_at_once() {
    if !dxedge_sim::require_models() {
        return;
    }
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
    program(&mut nic, &config);

    // Both captures back to back at both cages at once, as the wires deliver them; the host
    // empties the punt buffers every 64 frames, as a driver polling them would.
    let mut punts: [Vec<(Vec<u8>, u32)>; 2] = Default::default();
    let rounds = traffic
        .iter()
        .map(|t| t.len().div_ceil(64))
        .max()
        .unwrap_or(0);
    for round in 0..rounds {
        for (t, (from, _)) in traffic.iter().zip(CAGES) {
            for f in t.iter().skip(round * 64).take(64) {
                nic.receive(from, f, false);
            }
        }
        nic.run(0);
        for (p, base) in punts.iter_mut().zip(PUNTS) {
            p.extend(read_punts(&mut nic, base));
        }
    }
    nic.run(2_000);
    for (p, base) in punts.iter_mut().zip(PUNTS) {
        p.extend(read_punts(&mut nic, base));
    }

    let mut board = vec![];
    for (i, d) in Direction::ALL.into_iter().enumerate() {
        let (frames, report) = &want[i];
        let (_, to) = CAGES[i];
        let forwarded: Vec<Vec<u8>> = frames
            .iter()
            .filter(|(v, _)| matches!(v, Verdict::Forward { .. }))
            .map(|(_, f)| padded(f))
            .collect();
        let punted: Vec<&Vec<u8>> = frames
            .iter()
            .filter(|(v, _)| matches!(v, Verdict::Punt))
            .map(|(_, f)| f)
            .collect();
        assert!(!forwarded.is_empty(), "{d}: the demo forwards");
        let sent = nic.transmitted(to);
        assert_eq!(sent.len(), forwarded.len(), "{d}: frames transmitted");
        assert_eq!(
            nic.transmitted_with_error(to),
            0,
            "{d}: frames sent flagged bad"
        );
        for (k, (got, want)) in sent.iter().zip(&forwarded).enumerate() {
            assert_eq!(got, want, "{d}: transmitted frame {k}");
        }
        assert_eq!(
            punts[i].len(),
            punted.len(),
            "{d}: frames punted to the host"
        );
        for (k, ((got, tag), want)) in punts[i].iter().zip(&punted).enumerate() {
            assert_eq!(&got, want, "{d}: punted frame {k}");
            assert_eq!(
                (tag & 3) as u8,
                kind::PUNT,
                "{d}: punted frame {k}: its sideband"
            );
        }
        // The pipeline's counters, read by the driver, are the model's.
        let (rows_in, rows_out) = rows(&config, d);
        let mut dev = Device::open_direction(&mut nic, d).expect("block");
        let hw = dev.counters(rows_in, rows_out).expect("counters");
        assert_eq!(
            EngineCounters::from_hw(&hw),
            report.counters,
            "{d}: counters"
        );
        board.extend([
            traffic[i].len() as u32,
            0,
            0,
            forwarded.len() as u32,
            punted.len() as u32,
            0,
        ]);
    }
    // And the board's: every frame received, none bad or lost, every forward sent.
    let counted: Vec<u32> = (0..COUNTERS as u32)
        .map(|i| {
            nic.read32(REGS_BASE + regs::COUNTERS + 4 * i)
                .expect("counter")
        })
        .collect();
    assert_eq!(
        counted, board,
        "per direction: rx_frames, rx_bad, rx_overflow, tx_frames, punt_frames, punt_overflow"
    );
}

#[test]
fn a_frame_of_the_host_leaves_whole_each_way_and_a_bad_frame_never_enters() {
    if !dxedge_sim::require_models() {
        return;
    }
    let config = Config::load(&scenarios().join("demo/appliance.toml")).expect("config");
    let mut nic = NicSim::new().expect("the board core's model");
    program(&mut nic, &config);
    let to_aws = frames(&scenarios().join("demo/capture.pcap"));
    let to_customer = frames(&scenarios().join("demo-to-customer/capture.pcap"));
    let from_host: [Vec<u8>; 2] = [
        (0..130u32).map(|i| (i * 7) as u8).collect(),
        (0..70u32).map(|i| (i * 3 + 1) as u8).collect(),
    ];
    for (d, f) in Direction::ALL.into_iter().zip(&from_host) {
        nic.send_from_host(d, f, 0);
    }
    nic.receive(Cage::Customer, &to_aws[0], true);
    nic.receive(Cage::Aws, &to_customer[0], true);
    nic.run(1_000);
    assert_eq!(
        nic.transmitted(Cage::Aws),
        &from_host[..1],
        "to AWS: only the host's frame"
    );
    assert_eq!(
        nic.transmitted(Cage::Customer),
        &from_host[1..],
        "to the customer: only the host's frame"
    );
    for (d, rx_bad) in Direction::ALL.into_iter().zip([1u32, 7]) {
        let bad = nic
            .read32(REGS_BASE + regs::COUNTERS + 4 * rx_bad)
            .expect("rx_bad");
        assert_eq!(bad, 1, "{d}: the MAC's bad frame is counted and dropped");
    }
    for (d, f) in Direction::ALL.into_iter().zip(&from_host) {
        let (rows_in, rows_out) = rows(&config, d);
        let mut dev = Device::open_direction(&mut nic, d).expect("block");
        let hw = dev.counters(rows_in, rows_out).expect("counters");
        assert_eq!(
            hw.targets[0][2..],
            [1, f.len() as u64],
            "{d}: cpu_tx_packets, cpu_tx_bytes of row 0"
        );
        assert!(
            hw.vifs.iter().all(|v| v[0] == 0),
            "{d}: the bad frame never reached the pipeline"
        );
    }
}
