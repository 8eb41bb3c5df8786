//! The port as two one-datapath models (`SplitPort`, what `dxedge serve` runs) answers its
//! register bus exactly as the port's top (`PortSim`, `port_pipeline_*.v`) does: the same
//! discovery, the same tables after the driver programs both, the same counters after the
//! same frames.

use std::path::Path;

use dxedge_host::bus::RegisterBus;
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::driver::Device;
use dxedge_host::regmap;
use dxedge_sim::port::PortSim;
use dxedge_sim::port_pipeline::Build;
use dxedge_sim::split_port::SplitPort;

fn demo_config() -> Config {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../testbench/scenarios/demo/appliance.toml");
    Config::load(&path).expect("the demo config")
}

/// Every named register of both blocks, and the first counter rows of each.
fn offsets() -> Vec<u32> {
    let mut within: Vec<u32> = regmap::REGISTERS.iter().map(|r| r.offset).collect();
    for base in [0x1_0000u32, 0x2_0000, 0x3_0000] {
        within.extend((0..0x80).step_by(4).map(|o| base + o));
    }
    [0, regmap::BLOCK_SPAN]
        .iter()
        .flat_map(|block| within.iter().map(move |o| block + o))
        .collect()
}

fn read_all(bus: &mut impl RegisterBus) -> Vec<(u32, u32)> {
    offsets()
        .into_iter()
        .map(|o| {
            (
                o,
                bus.read32(o).unwrap_or_else(|e| panic!("read {o:#x}: {e}")),
            )
        })
        .collect()
}

fn program(bus: &mut impl RegisterBus, config: &Config) {
    for d in Direction::ALL {
        let mut dev = Device::open_direction(&mut *bus, d).expect("the driver finds the block");
        dev.assume_zeroed().expect("fresh");
        let tables = dev.compile_next(config).expect("compile");
        dev.program(&tables).expect("program");
    }
}

/// One 100-byte frame from the customer on the demo's first VIF, to the first route's
/// address, and one from the first target: what each datapath counts is then not zero.
fn frames_per_direction() -> [Vec<u8>; 2] {
    let mut f = vec![0u8; 100];
    f[12] = 0x81;
    f[13] = 0x00;
    [f.clone(), f]
}

fn feed_split(port: &mut SplitPort, direction: Direction, frame: &[u8]) {
    let side = port.side(direction);
    let beat = side.build().beat_bytes();
    side.set_egress_ready(true);
    let mut at = 0;
    for _ in 0..10_000 {
        if at < frame.len() {
            let end = (at + beat).min(frame.len());
            let n = end - at;
            let keep = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
            side.offer_bytes(
                &frame[at..end],
                keep,
                end == frame.len(),
                frame.len() as u32,
            );
        } else {
            side.idle_ingress();
        }
        side.cycle();
        if at < frame.len() && side.ingress_taken() {
            at += beat;
        }
    }
    side.idle_ingress();
}

fn feed_top(port: &mut PortSim, direction: Direction, frame: &[u8]) {
    let beat = port.build().beat_bytes();
    port.set_egress_ready(direction, true);
    let mut at = 0;
    for _ in 0..10_000 {
        if at < frame.len() {
            let end = (at + beat).min(frame.len());
            let n = end - at;
            let keep = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
            port.offer_bytes(
                direction,
                &frame[at..end],
                keep,
                end == frame.len(),
                frame.len() as u32,
            );
        } else {
            port.idle_ingress(direction);
        }
        port.cycle();
        if at < frame.len() && port.ingress_ready(direction) {
            at += beat;
        }
    }
    port.idle_ingress(direction);
}

#[test]
fn two_datapath_models_answer_the_bus_as_the_top_does() {
    if !dxedge_sim::require_models() {
        return;
    }
    let config = demo_config();
    for build in [Build::TenG, Build::HundredG] {
        let mut top = PortSim::new(build).expect("top");
        top.reset().expect("reset");
        let mut split = SplitPort::new(build).expect("split");
        split.reset().expect("reset");
        let fresh = read_all(&mut top);
        assert_eq!(read_all(&mut split), fresh, "{build:?}: fresh");
        assert_eq!(
            fresh
                .iter()
                .find(|(o, _)| *o == regmap::NEXT.offset)
                .map(|(_, v)| *v),
            Some(regmap::BLOCK_SPAN),
            "the top chains its blocks"
        );

        program(&mut top, &config);
        program(&mut split, &config);
        assert_eq!(
            read_all(&mut split),
            read_all(&mut top),
            "{build:?}: programmed"
        );

        for (d, frame) in Direction::ALL.into_iter().zip(frames_per_direction()) {
            feed_top(&mut top, d, &frame);
            feed_split(&mut split, d, &frame);
        }
        let after = read_all(&mut top);
        assert_ne!(after, fresh, "the frames were counted");
        assert_eq!(read_all(&mut split), after, "{build:?}: after traffic");
    }
}

#[test]
fn an_offset_beyond_the_port_is_refused() {
    if !dxedge_sim::require_models() {
        return;
    }
    let mut split = SplitPort::new(Build::TenG).expect("split");
    split.reset().expect("reset");
    assert!(split.read32(regmap::SPAN).is_err());
    assert!(split.write32(regmap::SPAN + 4, 0).is_err());
    assert!(split.read32(2).is_err(), "unaligned");
}
