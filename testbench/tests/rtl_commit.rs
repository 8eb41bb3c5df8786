//! Table updates are atomic: while frames stream through at line rate, the driver writes a
//! new configuration into the shadow banks and commits it; every frame comes out exactly as
//! the old configuration or exactly as the new one would send it, and once one frame has
//! seen the new tables, every later frame does.

use std::collections::VecDeque;
use std::net::Ipv4Addr;

use dxedge_host::bus::{Access, BusError, Recorder, RegisterBus};
use dxedge_host::config::Config;
use dxedge_host::driver::Device;
use dxedge_host::regmap::{self, tbl_commit};
use dxedge_host::verdict::Verdict;
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};
use dxedge_testbench::beats::{beats, Assembler, Beat};
use dxedge_testbench::craft::{ipv4_packet, tagged, udp};
use dxedge_testbench::engine::{Collect, Engine};
use dxedge_testbench::model::Model;
use dxedge_testbench::rtl_engine::decode_verdict;

const OLD: &str = r#"
[port]
mac = "02:00:5e:00:00:01"
[[vif]]
name = "corp"
kind = "private"
vlan = 101
[[target]]
name = "a"
mac = "02:aa:00:00:00:0a"
vlan = 2001
[[target]]
name = "b"
mac = "02:bb:00:00:00:0b"
[[route]]
vif = "corp"
prefix = "10.0.0.0/8"
target = "a"
"#;

/// Same VIF, other routes, other targets, another port MAC: no frame looks the same.
const NEW: &str = r#"
[port]
mac = "02:00:5e:00:00:99"
[[vif]]
name = "corp"
kind = "private"
vlan = 101
[[target]]
name = "a"
mac = "02:aa:00:00:00:aa"
vlan = 3003
[[target]]
name = "b"
mac = "02:bb:00:00:00:bb"
[[route]]
vif = "corp"
prefix = "10.0.0.0/9"
target = "b"
[[route]]
vif = "corp"
prefix = "10.128.0.0/9"
target = "a"
"#;

/// The model's output for every frame under one config.
fn expected(config: &Config, frames: &[Vec<u8>]) -> Vec<(Verdict, Vec<u8>)> {
    let mut model = Model::new(config);
    let mut out = Collect::default();
    for f in frames {
        model.submit(f, &mut out).expect("model");
    }
    model.finish(&mut out).expect("model");
    out.0
}

/// The model under Verilator with traffic flowing on every clock, including the clocks of
/// register accesses.
struct Busy {
    sim: PortPipelineSim,
    input: VecDeque<(u32, Beat)>,
    assembler: Assembler,
    out: Vec<(Verdict, Vec<u8>)>,
}

impl Busy {
    fn cycle(&mut self) {
        let words = self.sim.build().beat_bytes() / 4;
        match self.input.front() {
            Some((len, b)) => self.sim.offer(&b.words[..words], b.keep, b.last, *len),
            None => self.sim.idle_ingress(),
        }
        self.sim.cycle();
        if !self.input.is_empty() && self.sim.ingress_taken() {
            self.input.pop_front();
        }
        if let Some(beat) = self.sim.egress() {
            let user = u64::from(beat.user);
            if let Some(frame) = self
                .assembler
                .push(beat.data, beat.keep, beat.last)
                .expect("beats")
            {
                self.out
                    .push((decode_verdict(user).expect("verdict"), frame.to_vec()));
            }
        }
    }
}

impl RegisterBus for Busy {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.sim.csr_drive(offset, 0, false, true);
        self.cycle();
        self.sim.csr_drive(offset, 0, false, false);
        for _ in 0..16 {
            self.cycle();
            if let Some(v) = self.sim.csr_answer() {
                return Ok(v);
            }
        }
        Err(BusError::ReadTimeout { offset, cycles: 16 })
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.sim.csr_drive(offset, value, true, false);
        self.cycle();
        self.sim.csr_drive(offset, 0, false, false);
        Ok(())
    }
}

fn commit_under_traffic(build: Build) {
    let old = Config::parse(OLD, "old.toml").expect("old");
    let new = Config::parse(NEW, "new.toml").expect("new");
    let frames: Vec<Vec<u8>> = (0..3000u32)
        .map(|i| {
            let dst = Ipv4Addr::from(0x0a00_0000 | (i.wrapping_mul(2_654_435_761) & 0x00ff_ffff));
            let packet = ipv4_packet(
                Ipv4Addr::new(192, 0, 2, 1),
                dst,
                64,
                17,
                &[],
                &udp(1, 9, 26 + (i as usize % 40), 7),
            );
            tagged(
                [2, 0, 0x5e, 0, 0, 1],
                [2, 0xc0, 0xff, 0xee, 0, 1],
                101,
                0x0800,
                &packet,
            )
        })
        .collect();
    let with_old = expected(&old, &frames);
    let with_new = expected(&new, &frames);
    assert!(
        with_old.iter().zip(&with_new).all(|(a, b)| a != b),
        "the configs differ on every frame"
    );

    let mut sim = PortPipelineSim::new(build).expect("model");
    sim.reset().expect("reset");
    sim.set_egress_ready(true);
    let busy = Busy {
        sim,
        input: VecDeque::new(),
        assembler: Assembler::new(build.beat_bytes()),
        out: vec![],
    };
    let mut dev = Device::open(busy).expect("open");
    dev.assume_zeroed().expect("zeroed");
    let old_tables = dev.compile(&old).expect("fits");
    dev.program(&old_tables).expect("program old");
    // Both banks hold the old tables, so the update below writes only what changes
    dev.program(&old_tables)
        .expect("program old into the other bank");
    dev.bus_mut().input = frames
        .iter()
        .flat_map(|f| beats(f, build.beat_bytes()).map(move |b| (f.len() as u32, b)))
        .collect();
    // Let a third of the traffic through, then update while the rest streams: every
    // register access below is a clock in which traffic moves too
    while dev.bus_mut().out.len() < frames.len() / 3 {
        dev.bus_mut().cycle();
    }
    let new_tables = dev.compile(&new).expect("fits");
    let report = dev.program(&new_tables).expect("program new under traffic");
    assert!(report.bus_writes > 10, "an update happened ({report:?})");
    assert!(
        !dev.bus_mut().input.is_empty(),
        "traffic still flowing after the commit"
    );
    let mut busy = dev.into_bus();
    let mut quiet = 0;
    while quiet < 200 {
        let before = busy.out.len();
        busy.cycle();
        quiet = if busy.input.is_empty() && busy.out.len() == before {
            quiet + 1
        } else {
            0
        };
    }
    assert_eq!(busy.out.len(), frames.len(), "every frame came out");
    let mut switched = None;
    for (i, got) in busy.out.iter().enumerate() {
        if *got == with_old[i] {
            assert!(
                switched.is_none(),
                "frame {i} met the old tables after frame {switched:?} met the new ones"
            );
        } else {
            assert_eq!(
                *got, with_new[i],
                "frame {i} is neither the old nor the new configuration's"
            );
            switched.get_or_insert(i);
        }
    }
    let switched = switched.expect("the new tables took effect");
    assert!(
        switched > frames.len() / 3 && switched < frames.len(),
        "switch at frame {switched}"
    );
}

#[test]
fn commit_is_atomic_under_traffic_at_10g() {
    if !dxedge_sim::require_models() {
        return;
    }
    commit_under_traffic(Build::TenG);
}

#[test]
fn commit_is_atomic_under_traffic_at_100g() {
    if !dxedge_sim::require_models() {
        return;
    }
    commit_under_traffic(Build::HundredG);
}

/// The `STATUS` values the driver read before its first write into a shadow bank.
fn status_before_the_first_shadow_write(log: &[Access]) -> Vec<u32> {
    let shadow = [
        regmap::TBL_WRITE.offset,
        regmap::PORT_MAC_LO.offset,
        regmap::PORT_MAC_HI.offset,
    ];
    let first = log
        .iter()
        .position(|a| matches!(a, Access::Write { offset, .. } if shadow.contains(offset)))
        .expect("the program wrote a shadow bank");
    log[..first]
        .iter()
        .filter_map(|a| match *a {
            Access::Read { offset, value } if offset == regmap::STATUS.offset => Some(value),
            _ => None,
        })
        .collect()
}

/// On the RTL, every program polls `STATUS` until `commit_busy` is clear before it writes a
/// shadow bank: back to back after another program, and right after a commit made outside
/// the driver (another process on the board), whose frames may still read that bank.
#[test]
fn program_waits_for_commit_busy_before_writing_the_shadow_banks() {
    if !dxedge_sim::require_models() {
        return;
    }
    let mut sim = PortPipelineSim::new(Build::TenG).expect("model");
    sim.reset().expect("reset");
    let mut dev = Device::open(Recorder::new(sim)).expect("open");
    dev.assume_zeroed().expect("zeroed");
    let old = dev
        .compile(&Config::parse(OLD, "old.toml").expect("old"))
        .expect("fits");
    let new = dev
        .compile(&Config::parse(NEW, "new.toml").expect("new"))
        .expect("fits");
    let busy = regmap::status::COMMIT_BUSY.place(1) as u32;

    dev.program(&old).expect("first");
    dev.bus_mut().log.clear();
    dev.program(&new).expect("second, back to back");
    let polls = status_before_the_first_shadow_write(&dev.bus_mut().log);
    assert_eq!(
        polls.last().map(|s| s & busy),
        Some(0),
        "polled and saw commit_busy clear: {polls:x?}"
    );

    dev.bus_mut()
        .write32(regmap::TBL_COMMIT.offset, tbl_commit::ALL)
        .expect("commit");
    dev.bus_mut().log.clear();
    dev.program(&old).expect("third, while that commit drains");
    let polls = status_before_the_first_shadow_write(&dev.bus_mut().log);
    let (last, before) = polls.split_last().expect("polled");
    assert!(
        !before.is_empty() && before.iter().all(|s| s & busy != 0) && last & busy == 0,
        "polled through the drain: {polls:x?}"
    );
}
