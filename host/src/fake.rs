//! A register-level fake of the port pipeline, derived from the register map: the block
//! header, table staging with two banks per table, commit and its busy flag, the port MAC, and counters that a
//! test sets. It forwards no traffic; it lets the driver be tested without Verilator and
//! shows, in plain Rust, what the RTL's register block does.

use std::collections::HashMap;

use crate::bus::{check_offset, BusError, RegisterBus};
use crate::regmap::{self, tbl_commit, tbl_write, Capacity, CAPACITY};

/// The fake device.
#[derive(Clone, Debug)]
pub struct FakeDevice {
    /// Value of the ID register (a test can make it wrong).
    pub id: u32,
    /// Value of the VERSION register.
    pub version: u32,
    pub beat_bytes: u32,
    /// The datapath the block says it is (`BUILD.direction`).
    pub direction: crate::direction::Direction,
    /// What `NEXT` reads: the offset of a following block, 0 for none.
    pub next: u32,
    pub capacity: Capacity,
    staged: [u32; 4],
    active: u32,
    /// `(table id, bank, index)` → staged entry.
    entries: HashMap<(u32, u32, u32), u128>,
    mac_lo: [u32; 2],
    mac_hi: [u32; 2],
    /// Counter values by byte offset of their low word.
    pub counters: HashMap<u32, u64>,
    snapshot: HashMap<u32, u64>,
    /// Table writes seen, in order: `(table id, index, entry)`.
    pub table_writes: Vec<(u32, u32, u128)>,
    pub commits: usize,
    /// Reads of `STATUS` that report `commit_busy` after each `TBL_COMMIT` write, as the
    /// RTL does while frames that sampled the old banks drain (`u32::MAX`: it never falls).
    pub commit_busy_reads: u32,
    busy_reads_left: u32,
    /// Offsets of shadow-bank writes (`TBL_WRITE`, `PORT_MAC_LO/HI`) made while
    /// `commit_busy` was up: each one corrupts a bank that frames in flight still read.
    pub shadow_writes_while_busy: Vec<u32>,
}

impl FakeDevice {
    pub fn new(beat_bytes: u32) -> FakeDevice {
        FakeDevice {
            id: regmap::BLOCK_TYPE,
            version: regmap::version::MAJOR.place(regmap::VERSION_MAJOR as u64) as u32
                | regmap::version::MINOR.place(regmap::VERSION_MINOR as u64) as u32,
            beat_bytes,
            direction: crate::direction::Direction::ToAws,
            next: 0,
            capacity: CAPACITY,
            staged: [0; 4],
            active: 0,
            entries: HashMap::new(),
            mac_lo: [0; 2],
            mac_hi: [0; 2],
            counters: HashMap::new(),
            snapshot: HashMap::new(),
            table_writes: Vec::new(),
            commits: 0,
            commit_busy_reads: 0,
            busy_reads_left: 0,
            shadow_writes_while_busy: Vec::new(),
        }
    }

    fn bank_of(&self, commit_bit: regmap::Field) -> u32 {
        (self.active >> commit_bit.lsb) & 1
    }

    /// The entry at `index` of `table`'s active bank.
    pub fn active_entry(&self, table: &regmap::Table, index: u32) -> u128 {
        let bank = self.bank_of(table.commit);
        self.entries
            .get(&(table.id, bank, index))
            .copied()
            .unwrap_or(0)
    }

    /// The active port MAC.
    pub fn active_port_mac(&self) -> u64 {
        let bank = self.bank_of(tbl_commit::PORT) as usize;
        u64::from(self.mac_hi[bank] & 0xffff) << 32 | u64::from(self.mac_lo[bank])
    }

    fn table_entries(&self, id: u32) -> u32 {
        match id {
            0 => regmap::VIDS,
            1 => self.capacity.targets,
            2 => self.capacity.lpm_levels << 16,
            3 => 1 << self.capacity.lpm_levels,
            _ => 0,
        }
    }

    fn counter_block(offset: u32) -> Option<(regmap::CounterBlock, u32, u32)> {
        regmap::COUNTER_BLOCKS.iter().find_map(|b| {
            let end = b.base + b.stride * b.rows;
            (offset >= b.base && offset < end).then(|| {
                let row = (offset - b.base) / b.stride;
                (*b, row, (offset - b.base) % b.stride / 4)
            })
        })
    }
}

impl RegisterBus for FakeDevice {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        check_offset(offset, regmap::SPAN)?;
        if let Some((block, row, word)) = Self::counter_block(offset) {
            let row_base = block.base + row * block.stride;
            if word == 0 {
                for c in 0..block.counters.len() as u32 {
                    let at = row_base + 8 * c;
                    let v = self.counters.get(&at).copied().unwrap_or(0);
                    self.snapshot.insert(at, v);
                }
            }
            let at = row_base + 8 * (word / 2);
            let v = self.snapshot.get(&at).copied().unwrap_or(0);
            return Ok(if word % 2 == 0 {
                v as u32
            } else {
                (v >> 32) as u32
            });
        }
        let shadow_port = (1 - self.bank_of(tbl_commit::PORT)) as usize;
        Ok(match offset {
            o if o == regmap::ID.offset => self.id,
            o if o == regmap::VERSION.offset => self.version,
            o if o == regmap::BUILD.offset => {
                self.beat_bytes
                    | regmap::build::DIRECTION.place(u64::from(self.direction.code())) as u32
            }
            o if o == regmap::NEXT.offset => self.next,
            o if o == regmap::CAP_TABLES.offset => {
                (regmap::cap_tables::VIFS.place(self.capacity.vifs as u64)
                    | regmap::cap_tables::TARGETS.place(self.capacity.targets as u64))
                    as u32
            }
            o if o == regmap::CAP_LPM.offset => self.capacity.lpm_levels,
            o if o == regmap::PORT_MAC_LO.offset => self.mac_lo[shadow_port],
            o if o == regmap::PORT_MAC_HI.offset => self.mac_hi[shadow_port],
            o if o == regmap::TBL_COMMIT.offset => self.active,
            o if o == regmap::STATUS.offset => {
                if self.busy_reads_left == 0 {
                    0
                } else {
                    if self.busy_reads_left != u32::MAX {
                        self.busy_reads_left -= 1;
                    }
                    regmap::status::COMMIT_BUSY.place(1) as u32
                }
            }
            o if (regmap::TBL_DATA[0].offset..=regmap::TBL_DATA[3].offset).contains(&o) => {
                self.staged[((o - regmap::TBL_DATA[0].offset) / 4) as usize]
            }
            _ => 0,
        })
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        check_offset(offset, regmap::SPAN)?;
        let shadow_port = (1 - self.bank_of(tbl_commit::PORT)) as usize;
        let shadow_write = [
            regmap::TBL_WRITE.offset,
            regmap::PORT_MAC_LO.offset,
            regmap::PORT_MAC_HI.offset,
        ]
        .contains(&offset);
        if shadow_write && self.busy_reads_left > 0 {
            self.shadow_writes_while_busy.push(offset);
        }
        match offset {
            o if (regmap::TBL_DATA[0].offset..=regmap::TBL_DATA[3].offset).contains(&o) => {
                self.staged[((o - regmap::TBL_DATA[0].offset) / 4) as usize] = value;
            }
            o if o == regmap::PORT_MAC_LO.offset => self.mac_lo[shadow_port] = value,
            o if o == regmap::PORT_MAC_HI.offset => self.mac_hi[shadow_port] = value & 0xffff,
            o if o == regmap::TBL_COMMIT.offset => {
                self.active ^= value & tbl_commit::ALL;
                self.commits += 1;
                self.busy_reads_left = self.commit_busy_reads;
            }
            o if o == regmap::TBL_WRITE.offset => {
                let id = tbl_write::TABLE.extract(value as u64) as u32;
                let index = tbl_write::INDEX.extract(value as u64) as u32;
                let Some(table) = regmap::TABLES.iter().find(|t| t.id == id) else {
                    return Ok(());
                };
                if index >= self.table_entries(id) {
                    return Ok(());
                }
                // The RTL takes the table's fields from the staging registers, nothing else
                let staged = self
                    .staged
                    .iter()
                    .rev()
                    .fold(0u128, |acc, w| acc << 32 | u128::from(*w));
                let mask = table
                    .fields
                    .iter()
                    .fold(0u128, |m, f| m | u128::from(f.mask()) << f.lsb);
                let entry = staged & mask;
                let bank = 1 - self.bank_of(table.commit);
                self.entries.insert((id, bank, index), entry);
                self.table_writes.push((id, index, entry));
            }
            o if o == regmap::CTRL.offset
                && regmap::ctrl::CLEAR_COUNTERS.extract(value as u64) == 1 =>
            {
                self.counters.clear();
            }
            _ => {}
        }
        Ok(())
    }
}
