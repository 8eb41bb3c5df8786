//! The register file: accesses at the register map's addresses, table writes, commits.

use dxedge_hdl::regs::Regs;
use dxedge_host::regmap::{self, CAPACITY};
use dxedge_sim::model::ModelSpec;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::harness::*;

duts!(Regs);

const VIF_HOST_DATA: [&str; 5] = [
    "vif_host_data$0",
    "vif_host_data$1",
    "vif_host_data$2",
    "vif_host_data$3",
    "vif_host_data$4",
];
const TARGET_HOST_DATA: [&str; 2] = ["target_host_data$0", "target_host_data$1"];
const GLOBAL: [&str; 8] = [
    "global$0", "global$1", "global$2", "global$3", "global$4", "global$5", "global$6", "global$7",
];

fn drive_regs(u: &mut Regs, s: &Stim) {
    u.reset.next = s.bit("reset");
    u.bus.addr.next = s.bits::<{ regmap::ADDR_BITS }>("bus$addr");
    u.bus.wdata.next = s.bits::<32>("bus$wdata");
    u.bus.write.next = s.bit("bus$write");
    u.bus.read.next = s.bit("bus$read");
    u.clear_busy.next = s.bit("clear_busy");
    for (i, name) in VIF_HOST_DATA.iter().enumerate() {
        u.vif_host_data[i].next = s.bits::<64>(name);
    }
    for (i, name) in TARGET_HOST_DATA.iter().enumerate() {
        u.target_host_data[i].next = s.bits::<64>(name);
    }
    for (i, name) in GLOBAL.iter().enumerate() {
        u.global[i].next = s.bits::<64>(name);
    }
}

/// Accesses at the register map's addresses (registers, the first words of counter rows,
/// random ones), table writes to every table with indices mostly in range, commits, counter
/// clears; counter values from the banks random every clock.
fn regs(block: &'static str, spec: &'static ModelSpec, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut t = Lockstep::new(block, spec, Regs::new(8, CAPACITY, 0), drive_regs, seed);
    let mut addresses: Vec<u32> = regmap::REGISTERS.iter().map(|r| r.offset).collect();
    for _ in 0..4 {
        addresses.push(regmap::GLOBAL_COUNTERS.offset(0, rng.random_range(0..8)));
        addresses
            .push(regmap::VIF_COUNTERS.offset(rng.random_range(0..256), rng.random_range(0..5)));
        addresses.push(
            regmap::TARGET_COUNTERS.offset(rng.random_range(0..1024), rng.random_range(0..2)) + 4,
        );
    }
    let mut seen = [0u64; 6];
    while t.clock < *CLOCKS {
        let s = &mut t.stim;
        s.set_bool("reset", chance(&mut rng, 0.002));
        // Table writes and commits often, as the host driver programs a device
        let addr = match rng.random_range(0..10) {
            0 => rng.random_range(0..1 << regmap::ADDR_BITS),
            1 | 2 => regmap::TBL_WRITE.offset,
            3 => pick(&mut rng, &regmap::TBL_DATA.map(|r| r.offset)),
            _ => pick(&mut rng, &addresses),
        } | rng.random_range(0..4);
        s.set("bus$addr", addr as u64);
        let write = chance(&mut rng, 0.3);
        s.set_bool("bus$write", write);
        s.set_bool(
            "bus$read",
            !write && chance(&mut rng, 0.4) || chance(&mut rng, 0.02),
        );
        let wdata: u32 = if addr & !3 == regmap::TBL_WRITE.offset {
            let table = if chance(&mut rng, 0.95) {
                rng.random_range(0..4u32)
            } else {
                rng.random_range(4..16)
            };
            let index = match (table, rng.random_range(0..10)) {
                (_, 0) => rng.random_range(0..1 << 24),
                (0, _) => rng.random_range(0..regmap::VIDS),
                (1, _) => rng.random_range(0..CAPACITY.targets),
                (2, _) => {
                    let level = rng.random_range(0..16u32);
                    level << 16 | rng.random_range(0..1 << level)
                }
                _ => rng.random_range(0..CAPACITY.lpm_leaves()),
            };
            table << 28 | index
        } else if addr & !3 == regmap::CTRL.offset {
            rng.random_range(0..4)
        } else {
            rng.random()
        };
        s.set("bus$wdata", wdata as u64);
        s.set_bool("clear_busy", chance(&mut rng, 0.1));
        for name in VIF_HOST_DATA.iter().chain(&TARGET_HOST_DATA).chain(&GLOBAL) {
            s.randomize(name, &mut rng);
        }
        t.cycle();
        for (i, port) in [
            "bus$rvalid",
            "clear_start",
            "vid_we",
            "target_we",
            "node_we",
            "leaf_we",
        ]
        .iter()
        .enumerate()
        {
            seen[i] += t.out(port);
        }
    }
    assert!(
        seen.iter().all(|&n| n > 5),
        "{block}: reads, clears, VID, target, node and leaf writes {seen:?} (seed {seed})"
    );
}

#[test]
fn regs_standalone() {
    run("regs", 901, regs);
}
