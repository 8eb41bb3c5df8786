//! The host driver: find the block, program its tables, read its counters, through any
//! [`RegisterBus`]: the Verilator model in a replay, the register fake in tests, a PCIe BAR
//! on a board. The sequence of writes is the same on all three.
//!
//! Programming waits for `STATUS.commit_busy` to be clear, writes the tables' shadow banks,
//! then commits every table in one `TBL_COMMIT` write and waits for `commit_busy` to fall
//! again, so traffic meets the old tables or the new ones, never a mix. The driver remembers what each bank holds (when it
//! knows) and writes only the entries that differ.

use thiserror::Error;

use crate::bus::{BusError, RegisterBus};
use crate::direction::Direction;
use crate::lpm::{self, LpmTable};
use crate::regmap::{
    self, cap_lpm, cap_tables, status, tbl_commit, tbl_write, version, Capacity, CounterBlock,
    Table,
};
use crate::tables::{FitError, Tables};

/// Reads of `STATUS` before a busy flag that does not fall is an error.
pub const STATUS_POLLS: u32 = 100_000;

#[derive(Debug, Error)]
pub enum DriverError {
    #[error("register access failed: {0}")]
    Bus(#[from] BusError),
    #[error(
        "the device is not a dxedge port pipeline: ID register reads 0x{found:08x}, expected 0x{:08x}",
        regmap::BLOCK_TYPE
    )]
    NotDxedge { found: u32 },
    #[error(
        "the device's register map is version {major}.{minor}; this driver speaks {}.x and refuses to program it",
        regmap::VERSION_MAJOR
    )]
    Version { major: u16, minor: u16 },
    #[error("the config does not fit this build: {0}")]
    Fit(#[from] FitError),
    #[error("STATUS.{flag} did not fall after {polls} reads")]
    Busy { flag: &'static str, polls: u32 },
    #[error("the device has no {direction} datapath (its register blocks: {found})")]
    NoBlock { direction: Direction, found: String },
    #[error("the register block chain is broken: block at 0x{at:05x} names the next at 0x{next:05x}, outside the bus or not after it")]
    BadChain { at: u32, next: u32 },
}

/// What the block header says about the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuildInfo {
    pub version_major: u16,
    pub version_minor: u16,
    /// Bytes per stream beat: 8 (10G) or 64 (100G).
    pub beat_bytes: u32,
    pub capacity: Capacity,
    /// Which way this block's datapath carries frames.
    pub direction: Direction,
    /// Where the block starts on the register bus.
    pub base: u32,
}

impl BuildInfo {
    pub fn speed_name(&self) -> &'static str {
        match self.beat_bytes {
            8 => "10g",
            64 => "100g",
            _ => "unknown",
        }
    }
}

/// Every register block of the device, in bus order: the block at the start of the bus,
/// then each one its predecessor's `NEXT` names, every header checked.
pub fn blocks<B: RegisterBus>(bus: &mut B) -> Result<Vec<BuildInfo>, DriverError> {
    let mut found = vec![read_header(bus, 0)?];
    loop {
        let base = found.last().map_or(0, |b| b.base);
        let next = bus.read32(base + regmap::NEXT.offset)?;
        if next == 0 {
            return Ok(found);
        }
        // Blocks follow each other up the bus, so the walk ends.
        match base.checked_add(next) {
            Some(at) if next % regmap::BLOCK_SPAN == 0 && at < regmap::SPAN => {
                found.push(read_header(bus, at)?)
            }
            _ => return Err(DriverError::BadChain { at: base, next }),
        }
    }
}

/// The header of the block at `base`, checked.
fn read_header<B: RegisterBus>(bus: &mut B, base: u32) -> Result<BuildInfo, DriverError> {
    let id = bus.read32(base + regmap::ID.offset)?;
    if id != regmap::BLOCK_TYPE {
        return Err(DriverError::NotDxedge { found: id });
    }
    let v = u64::from(bus.read32(base + regmap::VERSION.offset)?);
    let major = version::MAJOR.extract(v) as u16;
    let minor = version::MINOR.extract(v) as u16;
    if major != regmap::VERSION_MAJOR {
        return Err(DriverError::Version { major, minor });
    }
    let build = u64::from(bus.read32(base + regmap::BUILD.offset)?);
    let tables = u64::from(bus.read32(base + regmap::CAP_TABLES.offset)?);
    let lpm = u64::from(bus.read32(base + regmap::CAP_LPM.offset)?);
    Ok(BuildInfo {
        version_major: major,
        version_minor: minor,
        beat_bytes: regmap::build::BEAT_BYTES.extract(build) as u32,
        capacity: Capacity {
            vifs: cap_tables::VIFS.extract(tables) as u32,
            targets: cap_tables::TARGETS.extract(tables) as u32,
            lpm_levels: cap_lpm::LEVELS.extract(lpm) as u32,
        },
        direction: Direction::from_code(regmap::build::DIRECTION.extract(build) as u32),
        base,
    })
}

/// Counters as read from the device, by index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HwCounters {
    /// Per hardware drop reason code, then punted frames (`regmap::GLOBAL_COUNTERS`).
    pub global: [u64; 8],
    /// Per VIF index: rx_packets, rx_bytes, forwarded, punted, dropped.
    pub vifs: Vec<[u64; 5]>,
    /// Per target index (to the customer: per VIF index), the egress rows: tx_packets,
    /// tx_bytes (frames the pipeline forwarded), cpu_tx_packets, cpu_tx_bytes (frames the
    /// host sent through the CPU port, `regmap::CPU_TX_COUNTERS`).
    pub targets: Vec<[u64; 4]>,
}

/// Counts of what a `program` call wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProgramReport {
    pub entries: usize,
    pub bus_writes: usize,
}

/// A dxedge port pipeline behind a register bus.
#[derive(Debug)]
pub struct Device<B: RegisterBus> {
    bus: B,
    info: BuildInfo,
    /// What each bank holds, when known (index = bank number).
    banks: [Option<Tables>; 2],
    /// Last values written to `TBL_DATA0..3`, when known.
    staged: [Option<u32>; 4],
    writes: usize,
}

impl<B: RegisterBus> Device<B> {
    /// The block at the start of the bus: check its header and read the build's capacities.
    /// Refuses a device that is not a dxedge port pipeline or whose register map major
    /// version differs.
    pub fn open(bus: B) -> Result<Device<B>, DriverError> {
        Self::open_at(bus, 0)
    }

    /// The block of `direction`'s datapath: the blocks are walked from the start of the bus
    /// through their `NEXT` registers until one's `BUILD.direction` is `direction`.
    pub fn open_direction(mut bus: B, direction: Direction) -> Result<Device<B>, DriverError> {
        let found = blocks(&mut bus)?;
        match found.iter().find(|b| b.direction == direction) {
            Some(block) => Self::open_at(bus, block.base),
            None => Err(DriverError::NoBlock {
                direction,
                found: found
                    .iter()
                    .map(|b| format!("{} at 0x{:05x}", b.direction, b.base))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    fn open_at(mut bus: B, base: u32) -> Result<Device<B>, DriverError> {
        let info = read_header(&mut bus, base)?;
        Ok(Device {
            bus,
            info,
            banks: [None, None],
            staged: [None; 4],
            writes: 0,
        })
    }

    pub fn info(&self) -> &BuildInfo {
        &self.info
    }

    pub fn bus_mut(&mut self) -> &mut B {
        &mut self.bus
    }

    pub fn into_bus(self) -> B {
        self.bus
    }

    /// Declare that both banks of every table hold zeros, as after power-up, so that
    /// `program` writes only non-zero entries.
    pub fn assume_zeroed(&mut self) -> Result<(), DriverError> {
        let zero = Tables::zeroed(&self.info.capacity)?;
        self.banks = [Some(zero.clone()), Some(zero)];
        Ok(())
    }

    /// Compile `config` for this block's build and direction (refusing it before any write
    /// if it does not fit).
    pub fn compile(&self, config: &crate::config::Config) -> Result<Tables, DriverError> {
        Ok(Tables::compile_for(
            config,
            &self.info.capacity,
            self.info.direction,
            None,
        )?)
    }

    /// Compile `config` laid out against what the bank the next [`program`](Self::program)
    /// writes already holds (the shadow bank: the tables programmed two commits ago), so that
    /// `program` writes only the entries that differ (`LpmImage::compile_from`). When that
    /// bank's content is not known (a driver that just opened a board, or banks that someone
    /// else committed out of step) this is [`compile`](Self::compile), and `program` rewrites
    /// every entry.
    pub fn compile_next(&mut self, config: &crate::config::Config) -> Result<Tables, DriverError> {
        let active = self.active_banks()?;
        let shadow = if active == 0 { 1 } else { 0 };
        let previous = if active == 0 || active == tbl_commit::ALL {
            self.banks[shadow].as_ref().map(|t| &t.lpm)
        } else {
            None
        };
        Ok(Tables::compile_for(
            config,
            &self.info.capacity,
            self.info.direction,
            previous,
        )?)
    }

    /// What this driver knows each bank holds, for a later driver on the same device
    /// ([`restore_banks`](Self::restore_banks)): a caller that opens the device per access
    /// keeps the incremental path.
    pub fn take_banks(&mut self) -> [Option<Tables>; 2] {
        std::mem::take(&mut self.banks)
    }

    /// Trust what [`take_banks`](Self::take_banks) returned from an earlier driver of this
    /// block, with no write to the device in between but theirs.
    pub fn restore_banks(&mut self, banks: [Option<Tables>; 2]) {
        self.banks = banks;
    }

    /// Active bank of each table (`TBL_COMMIT` bits).
    pub fn active_banks(&mut self) -> Result<u32, DriverError> {
        Ok(self.read32(regmap::TBL_COMMIT.offset)? & tbl_commit::ALL)
    }

    /// Read a register of this block.
    pub fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        self.bus.read32(self.info.base + offset)
    }

    /// Make `tables` the active tables: wait until no frame uses the shadow banks, write
    /// them, commit them all at once, wait until no frame uses the old banks any more.
    pub fn program(&mut self, tables: &Tables) -> Result<ProgramReport, DriverError> {
        let writes_before = self.writes;
        // Our own last commit has drained, but a commit made elsewhere (another process, or
        // one whose drain we gave up on with `Busy`) may not have: until it has, the shadow
        // banks are the banks that frames in flight still read.
        self.wait_clear(status::COMMIT_BUSY, "commit_busy")?;
        let active = self.active_banks()?;
        // The driver commits all tables together; if someone committed a subset, the banks
        // are out of step and nothing is known about the shadows.
        let uniform = active == 0 || active == tbl_commit::ALL;
        if !uniform {
            self.banks = [None, None];
        }
        let shadow = if active == 0 { 1 } else { 0 };
        let old = if uniform {
            self.banks[shadow].take()
        } else {
            None
        };
        let mut entries = 0;

        if old.as_ref().map(|o| o.port_mac) != Some(tables.port_mac) {
            self.write(regmap::PORT_MAC_LO.offset, tables.port_mac as u32)?;
            self.write(regmap::PORT_MAC_HI.offset, (tables.port_mac >> 32) as u32)?;
            entries += 1;
        }
        for (table, new, before) in [
            (regmap::VID_TABLE, &tables.vid, old.as_ref().map(|o| &o.vid)),
            (
                regmap::TARGET_TABLE,
                &tables.targets,
                old.as_ref().map(|o| &o.targets),
            ),
        ] {
            for (index, entry) in new.iter().enumerate() {
                if before.and_then(|b| b.get(index)) != Some(entry) {
                    self.write_entry(&table, index as u32, *entry)?;
                    entries += 1;
                }
            }
        }
        let lpm_writes = match &old {
            Some(o) => lpm::diff(&o.lpm, &tables.lpm),
            None => tables.lpm.writes(),
        };
        for w in &lpm_writes {
            let table = match w.table {
                LpmTable::Node => regmap::LPM_NODE_TABLE,
                LpmTable::Leaf => regmap::LPM_LEAF_TABLE,
            };
            self.write_entry(&table, w.index, w.entry)?;
        }
        entries += lpm_writes.len();

        self.write(regmap::TBL_COMMIT.offset, tbl_commit::ALL)?;
        self.wait_clear(status::COMMIT_BUSY, "commit_busy")?;
        if uniform {
            // The old active bank is now the shadow; what it holds is unchanged.
            self.banks[shadow] = Some(tables.clone());
        }
        Ok(ProgramReport {
            entries,
            bus_writes: self.writes - writes_before,
        })
    }

    /// Zero every counter and wait for the clear to finish.
    pub fn clear_counters(&mut self) -> Result<(), DriverError> {
        self.write(
            regmap::CTRL.offset,
            regmap::ctrl::CLEAR_COUNTERS.place(1) as u32,
        )?;
        self.wait_clear(status::CLEAR_BUSY, "clear_busy")
    }

    /// Read the counters of the first `vifs` VIF indices and `targets` target indices, each
    /// row as one snapshot.
    pub fn counters(&mut self, vifs: usize, targets: usize) -> Result<HwCounters, DriverError> {
        let mut c = HwCounters::default();
        let global = self.read_row(&regmap::GLOBAL_COUNTERS, 0)?;
        c.global.copy_from_slice(&global[..8]);
        for row in 0..vifs.min(self.info.capacity.vifs as usize) {
            let r = self.read_row(&regmap::VIF_COUNTERS, row as u32)?;
            c.vifs.push([r[0], r[1], r[2], r[3], r[4]]);
        }
        for row in 0..targets.min(self.info.capacity.targets as usize) {
            let r = self.read_row(&regmap::TARGET_COUNTERS, row as u32)?;
            let cpu = self.read_row(&regmap::CPU_TX_COUNTERS, row as u32)?;
            c.targets.push([r[0], r[1], cpu[0], cpu[1]]);
        }
        Ok(c)
    }

    /// Bus writes made through this driver so far.
    pub fn bus_writes(&self) -> usize {
        self.writes
    }

    /// One counter row, first word first (which snapshots the row).
    fn read_row(&mut self, block: &CounterBlock, row: u32) -> Result<Vec<u64>, DriverError> {
        let mut values = Vec::with_capacity(block.counters.len());
        for counter in 0..block.counters.len() as u32 {
            let at = block.offset(row, counter);
            let lo = u64::from(self.read32(at)?);
            let hi = u64::from(self.read32(at + 4)?);
            values.push(hi << 32 | lo);
        }
        Ok(values)
    }

    /// Stage `entry` and write it at `index` of `table`'s shadow bank.
    fn write_entry(&mut self, table: &Table, index: u32, entry: u128) -> Result<(), DriverError> {
        let top_bit = table
            .fields
            .iter()
            .map(|f| f.lsb + f.width)
            .max()
            .unwrap_or(0);
        for word in 0..top_bit.div_ceil(32) as usize {
            let value = (entry >> (32 * word)) as u32;
            if self.staged[word] != Some(value) {
                self.write(regmap::TBL_DATA[word].offset, value)?;
                self.staged[word] = Some(value);
            }
        }
        let command =
            tbl_write::TABLE.place(u64::from(table.id)) | tbl_write::INDEX.place(u64::from(index));
        self.write(regmap::TBL_WRITE.offset, command as u32)
    }

    fn write(&mut self, offset: u32, value: u32) -> Result<(), DriverError> {
        self.bus.write32(self.info.base + offset, value)?;
        self.writes += 1;
        Ok(())
    }

    fn wait_clear(&mut self, flag: regmap::Field, name: &'static str) -> Result<(), DriverError> {
        for _ in 0..STATUS_POLLS {
            let s = u64::from(self.read32(regmap::STATUS.offset)?);
            if flag.extract(s) == 0 {
                return Ok(());
            }
        }
        Err(DriverError::Busy {
            flag: name,
            polls: STATUS_POLLS,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bus::{Access, Recorder};
    use crate::config::Config;
    use crate::fake::FakeDevice;
    use crate::regmap::{LPM_LEAF_TABLE, LPM_NODE_TABLE, TARGET_TABLE, VID_TABLE};

    /// A one-VIF, one-target config with overlapping routes, for the tests of the backends too.
    pub(crate) const CONFIG: &str = r#"
[port]
mac = "02:00:5e:00:00:01"
[[vif]]
name = "corp"
kind = "private"
vlan = 101
[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "vpc-a"
[[route]]
vif = "corp"
prefix = "10.1.2.0/24"
target = "vpc-a"
"#;

    fn config() -> Config {
        Config::parse(CONFIG, "t.toml").expect("config")
    }

    #[test]
    fn open_refuses_another_block_and_another_major_version() {
        let mut fake = FakeDevice::new(8);
        fake.id = 0x1234_5678;
        let err = Device::open(fake).expect_err("another block is refused");
        assert!(err.to_string().contains("0x12345678"), "{err}");
        let mut fake = FakeDevice::new(8);
        fake.version = 1 << 16;
        let err = Device::open(fake).expect_err("another major version is refused");
        assert!(err.to_string().contains("version 1.0"), "{err}");
        let dev = Device::open(FakeDevice::new(64)).expect("open");
        assert_eq!(dev.info().speed_name(), "100g");
        assert_eq!(dev.info().capacity, regmap::CAPACITY);
    }

    /// Two fake blocks on one bus, the second at `BLOCK_SPAN`, chained by the first's NEXT.
    struct TwoBlocks {
        to_aws: FakeDevice,
        to_customer: FakeDevice,
    }

    impl RegisterBus for TwoBlocks {
        fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
            match offset.checked_sub(regmap::BLOCK_SPAN) {
                Some(o) => self.to_customer.read32(o),
                None if offset == regmap::NEXT.offset => Ok(regmap::BLOCK_SPAN),
                None => self.to_aws.read32(offset),
            }
        }
        fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
            match offset.checked_sub(regmap::BLOCK_SPAN) {
                Some(o) => self.to_customer.write32(o, value),
                None => self.to_aws.write32(offset, value),
            }
        }
    }

    #[test]
    fn open_direction_walks_the_block_chain() {
        let mut to_customer = FakeDevice::new(8);
        // BUILD as the fake serves it: beat bytes, and here the direction bit too.
        to_customer.beat_bytes |= regmap::build::DIRECTION.place(1) as u32;
        let two = TwoBlocks {
            to_aws: FakeDevice::new(8),
            to_customer,
        };
        let mut dev = Device::open_direction(two, Direction::ToCustomer).expect("found");
        assert_eq!(dev.info().base, regmap::BLOCK_SPAN);
        assert_eq!(dev.info().direction, Direction::ToCustomer);
        // Programming lands in the second block only.
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config()).expect("fits");
        dev.program(&tables).expect("program");
        let two = dev.into_bus();
        assert_eq!((two.to_aws.commits, two.to_customer.commits), (0, 1));
        let dev = Device::open_direction(two, Direction::ToAws).expect("found");
        assert_eq!(dev.info().base, 0);

        // A one-block device has no other direction, and says what it has.
        let err = Device::open_direction(FakeDevice::new(8), Direction::ToCustomer)
            .expect_err("one block");
        assert_eq!(
            err.to_string(),
            "the device has no to-customer datapath (its register blocks: to-aws at 0x00000)"
        );
    }

    #[test]
    fn program_makes_the_compiled_tables_active() {
        let mut dev = Device::open(FakeDevice::new(8)).expect("open");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config()).expect("fits");
        dev.program(&tables).expect("program");
        let fake = dev.bus_mut();
        assert_eq!(fake.commits, 1);
        assert_eq!(fake.active_port_mac(), 0x0200_5e00_0001);
        for (i, e) in tables.vid.iter().enumerate() {
            assert_eq!(fake.active_entry(&VID_TABLE, i as u32), *e);
        }
        assert_eq!(fake.active_entry(&TARGET_TABLE, 0), tables.targets[0]);
        for (index, entry) in tables.lpm.node_entries() {
            assert_eq!(fake.active_entry(&LPM_NODE_TABLE, index), entry);
        }
        for (index, entry) in tables.lpm.leaf_entries() {
            assert_eq!(fake.active_entry(&LPM_LEAF_TABLE, index), entry);
        }
        // A zeroed device needs only the non-zero entries.
        let nonzero = tables.vid.iter().filter(|e| **e != 0).count()
            + tables.targets.iter().filter(|e| **e != 0).count()
            + tables.lpm.node_entries().filter(|(_, e)| *e != 0).count()
            + tables.lpm.leaf_entries().filter(|(_, e)| *e != 0).count();
        assert_eq!(fake.table_writes.len(), nonzero);
    }

    #[test]
    fn programming_the_same_tables_again_writes_each_bank_once() {
        let mut dev = Device::open(FakeDevice::new(8)).expect("open");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config()).expect("fits");
        dev.program(&tables).expect("first");
        let first = dev.bus_mut().table_writes.len();
        dev.program(&tables).expect("second: fills the other bank");
        assert_eq!(dev.bus_mut().table_writes.len(), 2 * first);
        let report = dev.program(&tables).expect("third: both banks hold it");
        assert_eq!(report.entries, 0);
        assert_eq!(dev.bus_mut().table_writes.len(), 2 * first);
        assert_eq!(dev.bus_mut().commits, 3);
    }

    #[test]
    fn compile_next_adds_a_route_with_a_few_writes_and_rewrites_all_when_banks_are_unknown() {
        let base = config();
        let mut grown = base.clone();
        grown.routes.push(crate::config::Route {
            vif: 0,
            prefix: "10.9.9.0/24".parse().expect("prefix"),
            target: 0,
        });
        let mut dev = Device::open(FakeDevice::new(8)).expect("open");
        dev.assume_zeroed().expect("zeroed");
        for _ in 0..2 {
            let t = dev.compile_next(&base).expect("fits");
            dev.program(&t).expect("program");
        }
        let t = dev.compile_next(&grown).expect("fits");
        let report = dev.program(&t).expect("program");
        assert!(
            report.entries < 40,
            "one route added, {} entries written",
            report.entries
        );
        // Carried to another driver of the same device: still incremental.
        let banks = dev.take_banks();
        let mut again = Device::open(dev.into_bus()).expect("open");
        again.restore_banks(banks);
        let t = again.compile_next(&grown).expect("fits");
        assert!(again.program(&t).expect("program").entries < 40);
        // A driver that knows nothing of the banks writes every entry.
        let mut cold = Device::open(again.into_bus()).expect("open");
        let t = cold.compile_next(&base).expect("fits");
        assert_eq!(t, cold.compile(&base).expect("fits"));
        let full = cold.program(&t).expect("program");
        assert!(full.entries > 1000, "{} entries", full.entries);
    }

    /// The STATUS values read before the first write in `log`.
    fn status_polls_before_the_first_write(log: &[Access]) -> Vec<u32> {
        log.iter()
            .take_while(|a| !matches!(a, Access::Write { .. }))
            .filter_map(|a| match *a {
                Access::Read { offset, value } if offset == regmap::STATUS.offset => Some(value),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn program_waits_for_a_commit_in_flight_before_writing_the_shadow_banks() {
        let mut fake = FakeDevice::new(8);
        // The first commit drains for longer than the driver polls, so its program gives up
        // with Busy and the retry meets that commit still in flight.
        fake.commit_busy_reads = STATUS_POLLS + 10;
        let mut dev = Device::open(Recorder::new(fake)).expect("open");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config()).expect("fits");
        let err = dev
            .program(&tables)
            .expect_err("the first commit does not drain in time");
        assert!(
            matches!(
                err,
                DriverError::Busy {
                    flag: "commit_busy",
                    ..
                }
            ),
            "{err}"
        );
        assert!(dev.bus_mut().inner.shadow_writes_while_busy.is_empty());
        dev.bus_mut().log.clear();
        // The retry's own commit drains at once: only the first one is slow.
        dev.bus_mut().inner.commit_busy_reads = 0;
        let before = dev.bus_mut().inner.table_writes.len();
        dev.program(&tables).expect("the retry waits for the drain");
        let rec = dev.into_bus();
        assert!(
            rec.inner.table_writes.len() > before,
            "the retry wrote tables"
        );
        assert_eq!(rec.inner.shadow_writes_while_busy, Vec::<u32>::new());
        let busy = regmap::status::COMMIT_BUSY.place(1) as u32;
        let mut polls = vec![busy; 10];
        polls.push(0);
        assert_eq!(status_polls_before_the_first_write(&rec.log), polls);
    }

    #[test]
    fn a_commit_that_never_drains_fails_the_next_program_before_any_write() {
        let mut fake = FakeDevice::new(8);
        fake.commit_busy_reads = u32::MAX;
        let mut dev = Device::open(fake).expect("open");
        dev.assume_zeroed().expect("zeroed");
        let tables = dev.compile(&config()).expect("fits");
        dev.program(&tables).expect_err("the commit never drains");
        let writes = dev.bus_writes();
        let err = dev.program(&tables).expect_err("still in flight");
        assert!(
            matches!(
                err,
                DriverError::Busy {
                    flag: "commit_busy",
                    polls: STATUS_POLLS
                }
            ),
            "{err}"
        );
        assert_eq!(dev.bus_writes(), writes, "the second program wrote nothing");
        assert!(dev.bus_mut().shadow_writes_while_busy.is_empty());
    }

    #[test]
    fn a_config_that_does_not_fit_writes_nothing() {
        let mut fake = FakeDevice::new(8);
        fake.capacity.targets = 0;
        let dev = Device::open(fake).expect("open");
        let err = dev.compile(&config()).expect_err("no room for the targets");
        assert!(
            err.to_string().contains("1 targets; the pipeline holds 0"),
            "{err}"
        );
        assert!(dev.into_bus().table_writes.is_empty());
    }

    #[test]
    fn counters_come_back_by_index() {
        let mut fake = FakeDevice::new(8);
        fake.counters
            .insert(regmap::GLOBAL_COUNTERS.offset(0, 3), 7);
        fake.counters
            .insert(regmap::VIF_COUNTERS.offset(1, 1), 0x1_0000_0002);
        fake.counters
            .insert(regmap::TARGET_COUNTERS.offset(2, 0), 9);
        fake.counters
            .insert(regmap::CPU_TX_COUNTERS.offset(2, 1), 0x2_0000_0040);
        let mut dev = Device::open(fake).expect("open");
        let c = dev.counters(2, 3).expect("counters");
        assert_eq!(c.global[3], 7);
        assert_eq!(c.vifs[1], [0, 0x1_0000_0002, 0, 0, 0]);
        assert_eq!(c.targets[2], [9, 0, 0, 0x2_0000_0040]);
        assert_eq!(c.vifs.len(), 2);
        assert_eq!(c.targets.len(), 3);
    }
}
