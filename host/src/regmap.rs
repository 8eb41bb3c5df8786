//! The register map of the dxedge port pipeline: the one source of truth.
//!
//! The RTL address decoder (`hdl/src/regs.rs`), the host driver (`driver.rs`), the register
//! fake (`fake.rs`) and `docs/registers.md` ([`markdown`]) are all derived from the constants
//! here. Nothing else spells an offset, a field position or a table layout.
//!
//! A device is a chain of register blocks on a 20-bit address bus (a 1 MiB BAR), one block
//! per datapath, found Corundum-style: the block at `0x0_0000`, then the one its `NEXT`
//! names, until `NEXT` reads 0. Each block's `BUILD.direction` says which way its datapath
//! carries frames. A port with both directions has two blocks, the to-AWS one at `0x0_0000`
//! and the to-customer one at [`BLOCK_SPAN`]; a device of one datapath (the replay's
//! simulation of one direction) has one block at `0x0_0000`. Every block is the same
//! design, so every block has the same layout, 32-bit registers at byte offsets within it:
//!
//! ```text
//! 0x0_0000  block header: ID, VERSION, NEXT, BUILD, capacities   (Corundum-style discovery)
//! 0x0_0020  control and status
//! 0x0_0028  port MAC (shadowed, takes effect on commit)
//! 0x0_0040  table staging DATA0..3, TBL_WRITE, TBL_COMMIT
//! 0x0_0100  global counters: 7 drop reasons + punted, 64 bits each
//! 0x1_0000  VIF counter rows, 0x40 bytes per VIF      (to-customer: per target, its rx side)
//! 0x2_0000  target counter rows, 0x10 bytes per target (to-customer: per VIF, its tx side)
//! 0x3_0000  CPU port counter rows, 0x10 bytes per egress row (target; to-customer: VIF)
//! ```
//!
//! The tables and counters are named for the to-AWS direction, where frames arrive on a VIF
//! and leave to a target. In the to-customer block the roles swap: the VID table maps a
//! target's VLAN to the target (its `vif` field is the target index, its `amazon_address`
//! the target's own `address`), the LPM key is target and destination, the target table is
//! indexed by VIF (the customer's MAC, the VIF's VLAN, the VIF's MTU), and the counter rows
//! follow. What differs between the directions is table content, not logic.
//!
//! Tables are written indirectly: the host fills `TBL_DATA0..3` with an entry laid out as in
//! [`Table::fields`], then writes `TBL_WRITE` with the table id and index; the entry lands in
//! the table's *shadow* bank. `TBL_COMMIT` swaps shadow and active banks of the tables in its
//! mask in one clock cycle, so traffic meets either the old tables or the new ones, never a
//! mix. Every frame samples the active banks once, when its header enters the decision
//! pipeline, and keeps them to its verdict.
//!
//! Counters are 64 bits. Reading the first word of a counter row takes a snapshot of the whole
//! row (all counters of one VIF, one target, or all global counters); the row's other words
//! read that snapshot. A host that reads a row from its first word gets values from one instant.

pub use crate::direction::Direction;

/// `ID` register value: ASCII "DXPP", dxedge port pipeline.
pub const BLOCK_TYPE: u32 = 0x4458_5050;
/// Register map version; a driver refuses a different major version. 2: two blocks, one per
/// direction, and an MTU in the target table entry. 2.1: the CPU port (egress `kind` 3 and
/// the `CPU_TX` counter rows); a 2.0 device reads 0 there.
pub const VERSION_MAJOR: u16 = 2;
pub const VERSION_MINOR: u16 = 1;
/// Width of the register bus byte address.
pub const ADDR_BITS: usize = 20;
/// Bytes of address space both blocks occupy (the BAR must be at least this large).
pub const SPAN: u32 = 1 << ADDR_BITS;
/// Width of a byte address within one direction's block: the top address bit picks the block.
pub const BLOCK_ADDR_BITS: usize = ADDR_BITS - 1;
/// Bytes of address space of one direction's block.
pub const BLOCK_SPAN: u32 = 1 << BLOCK_ADDR_BITS;

/// Table sizes of the full builds (10G and 100G alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capacity {
    /// VIF index space (VIF counters, VID table `vif` field).
    pub vifs: u32,
    /// Target index space (target table, target counters, LPM leaf `target` field).
    pub targets: u32,
    /// Levels of the pipelined LPM search tree: `2^levels - 1` nodes, `2^levels` leaves.
    pub lpm_levels: u32,
}

impl Capacity {
    pub const fn lpm_nodes(&self) -> u32 {
        (1 << self.lpm_levels) - 1
    }
    pub const fn lpm_leaves(&self) -> u32 {
        1 << self.lpm_levels
    }
}

pub const CAPACITY: Capacity = Capacity {
    vifs: 256,
    targets: 1024,
    lpm_levels: 16,
};

/// VID table entries: one per 12-bit VID (0 and 4095 are never valid VIF VLANs).
pub const VIDS: u32 = 4096;

/// Access type of a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadOnly,
    WriteOnly,
    ReadWrite,
}

impl Access {
    pub const fn short(self) -> &'static str {
        match self {
            Access::ReadOnly => "RO",
            Access::WriteOnly => "WO",
            Access::ReadWrite => "RW",
        }
    }
}

/// A bit field inside a register or a table entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub lsb: u32,
    pub width: u32,
    pub doc: &'static str,
}

impl Field {
    pub const fn mask(&self) -> u64 {
        if self.width >= 64 {
            u64::MAX
        } else {
            (1u64 << self.width) - 1
        }
    }
    /// Place `value` in this field of a register word (value must fit).
    pub const fn place(&self, value: u64) -> u64 {
        (value & self.mask()) << self.lsb
    }
    /// Extract this field from a register word.
    pub const fn extract(&self, word: u64) -> u64 {
        (word >> self.lsb) & self.mask()
    }
    /// Does `value` fit in the field's width?
    pub const fn fits(&self, value: u64) -> bool {
        value <= self.mask()
    }
}

/// One 32-bit register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Register {
    pub name: &'static str,
    pub offset: u32,
    pub access: Access,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

const fn reg(
    name: &'static str,
    offset: u32,
    access: Access,
    doc: &'static str,
    fields: &'static [Field],
) -> Register {
    Register {
        name,
        offset,
        access,
        doc,
        fields,
    }
}

const fn field(name: &'static str, lsb: u32, width: u32, doc: &'static str) -> Field {
    Field {
        name,
        lsb,
        width,
        doc,
    }
}

pub mod build {
    use super::{field, Field};
    pub const BEAT_BYTES: Field = field(
        "beat_bytes",
        0,
        16,
        "bytes per stream beat: 8 (10G, 64-bit) or 64 (100G, 512-bit)",
    );
    pub const DIRECTION: Field = field(
        "direction",
        16,
        1,
        "the datapath of this block: 0 to AWS (frames from the customer), 1 to the customer",
    );
}

pub mod cap_tables {
    use super::{field, Field};
    pub const VIFS: Field = field("vifs", 0, 16, "VIF index space");
    pub const TARGETS: Field = field("targets", 16, 16, "target index space");
}

pub mod cap_lpm {
    use super::{field, Field};
    pub const LEVELS: Field = field("levels", 0, 8, "LPM search tree levels");
}

pub mod version {
    use super::{field, Field};
    pub const MINOR: Field = field("minor", 0, 16, "register map minor version");
    pub const MAJOR: Field = field("major", 16, 16, "register map major version");
}

pub mod ctrl {
    use super::{field, Field};
    pub const CLEAR_COUNTERS: Field = field(
        "clear_counters",
        0,
        1,
        "write 1: zero every counter; ingress and the CPU port stall until STATUS.clear_busy falls",
    );
}

pub mod status {
    use super::{field, Field};
    pub const CLEAR_BUSY: Field = field("clear_busy", 0, 1, "a counter clear is running");
    pub const COMMIT_BUSY: Field = field(
        "commit_busy",
        1,
        1,
        "frames that sampled the old banks are still in the pipeline; do not write the new shadow banks yet",
    );
}

pub mod port_mac_hi {
    use super::{field, Field};
    pub const MAC_HI: Field = field("mac_47_32", 0, 16, "port MAC bits 47..32");
}

pub mod tbl_write {
    use super::{field, Field};
    pub const INDEX: Field = field("index", 0, 24, "entry index within the table");
    pub const TABLE: Field = field("table", 28, 4, "table id (see the table list)");
}

pub mod tbl_commit {
    use super::{field, Field};
    pub const VID: Field = field("vid", 0, 1, "VID table");
    pub const TARGET: Field = field("target", 1, 1, "target table");
    pub const LPM: Field = field("lpm", 2, 1, "LPM nodes and leaves, together");
    pub const PORT: Field = field("port", 3, 1, "port MAC");
    /// All commit bits.
    pub const ALL: u32 = 0b1111;
}

pub const ID: Register = reg(
    "ID",
    0x000,
    Access::ReadOnly,
    "block type: 0x44585050 (\"DXPP\")",
    &[],
);
pub const VERSION: Register = reg(
    "VERSION",
    0x004,
    Access::ReadOnly,
    "register map version",
    &[version::MINOR, version::MAJOR],
);
pub const NEXT: Register = reg(
    "NEXT",
    0x008,
    Access::ReadOnly,
    "offset of the next register block from this one; 0: none",
    &[],
);
pub const BUILD: Register = reg(
    "BUILD",
    0x00c,
    Access::ReadOnly,
    "datapath of this block",
    &[build::BEAT_BYTES, build::DIRECTION],
);
pub const CAP_TABLES: Register = reg(
    "CAP_TABLES",
    0x010,
    Access::ReadOnly,
    "table capacities",
    &[cap_tables::VIFS, cap_tables::TARGETS],
);
pub const CAP_LPM: Register = reg(
    "CAP_LPM",
    0x014,
    Access::ReadOnly,
    "LPM capacity",
    &[cap_lpm::LEVELS],
);
pub const CTRL: Register = reg(
    "CTRL",
    0x020,
    Access::WriteOnly,
    "control strobes",
    &[ctrl::CLEAR_COUNTERS],
);
pub const STATUS: Register = reg(
    "STATUS",
    0x024,
    Access::ReadOnly,
    "status",
    &[status::CLEAR_BUSY, status::COMMIT_BUSY],
);
pub const PORT_MAC_LO: Register = reg(
    "PORT_MAC_LO",
    0x028,
    Access::ReadWrite,
    "shadow port MAC bits 31..0 (source MAC of forwarded frames); active on commit",
    &[],
);
pub const PORT_MAC_HI: Register = reg(
    "PORT_MAC_HI",
    0x02c,
    Access::ReadWrite,
    "shadow port MAC bits 47..32; active on commit",
    &[port_mac_hi::MAC_HI],
);
pub const TBL_DATA: [Register; 4] = [
    reg(
        "TBL_DATA0",
        0x040,
        Access::ReadWrite,
        "table entry staging, bits 31..0",
        &[],
    ),
    reg(
        "TBL_DATA1",
        0x044,
        Access::ReadWrite,
        "table entry staging, bits 63..32",
        &[],
    ),
    reg(
        "TBL_DATA2",
        0x048,
        Access::ReadWrite,
        "table entry staging, bits 95..64",
        &[],
    ),
    reg(
        "TBL_DATA3",
        0x04c,
        Access::ReadWrite,
        "table entry staging, bits 127..96",
        &[],
    ),
];
pub const TBL_WRITE: Register = reg(
    "TBL_WRITE",
    0x050,
    Access::WriteOnly,
    "write the staged entry into the shadow bank of a table",
    &[tbl_write::INDEX, tbl_write::TABLE],
);
pub const TBL_COMMIT: Register = reg(
    "TBL_COMMIT",
    0x054,
    Access::ReadWrite,
    "write: swap shadow and active banks of the tables whose bit is set, all in one cycle; read: active bank of each table",
    &[
        tbl_commit::VID,
        tbl_commit::TARGET,
        tbl_commit::LPM,
        tbl_commit::PORT,
    ],
);

/// Every plain register, in address order.
pub const REGISTERS: &[Register] = &[
    ID,
    VERSION,
    NEXT,
    BUILD,
    CAP_TABLES,
    CAP_LPM,
    CTRL,
    STATUS,
    PORT_MAC_LO,
    PORT_MAC_HI,
    TBL_DATA[0],
    TBL_DATA[1],
    TBL_DATA[2],
    TBL_DATA[3],
    TBL_WRITE,
    TBL_COMMIT,
];

/// A table programmed through the staging registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    /// Value of `TBL_WRITE.table`.
    pub id: u32,
    /// Number of valid indices.
    pub entries: u32,
    /// `TBL_COMMIT` bit that swaps this table's banks.
    pub commit: Field,
    pub doc: &'static str,
    /// Fields in the 128-bit staged entry (`TBL_DATA0` holds bits 31..0).
    pub fields: &'static [Field],
}

pub mod vid_entry {
    use super::{field, Field};
    pub const AMAZON_ADDRESS: Field = field(
        "amazon_address",
        0,
        32,
        "the VIF's AWS-side BGP peer address (IPv4, as a big-endian integer)",
    );
    pub const VALID: Field = field("valid", 32, 1, "this VID is a VIF");
    pub const AMAZON_VALID: Field = field(
        "amazon_valid",
        33,
        1,
        "amazon_address is set: frames to it are punted",
    );
    pub const VIF: Field = field("vif", 40, 8, "VIF index (counters)");
    pub const MTU: Field = field("mtu", 48, 16, "largest IPv4 total length forwarded");
}

pub mod target_entry {
    use super::{field, Field};
    pub const MAC: Field = field(
        "mac",
        0,
        48,
        "destination MAC written into forwarded frames (first byte in bits 47..40)",
    );
    pub const VLAN: Field = field("vlan", 48, 12, "egress VID when vlan_valid");
    pub const VLAN_VALID: Field = field(
        "vlan_valid",
        63,
        1,
        "1: retag with vlan (PCP and DEI kept); 0: strip the tag",
    );
    pub const MTU: Field = field(
        "mtu",
        64,
        16,
        "largest IPv4 total length forwarded here, checked after the LPM (to-customer: the VIF's MTU; to-AWS: 0xffff, the VIF's MTU being checked before the LPM)",
    );
}

pub mod lpm_node_entry {
    use super::{field, Field};
    pub const KEY: Field = field(
        "key",
        0,
        40,
        "search key: VIF index in bits 39..32, IPv4 address in bits 31..0",
    );
    pub const REAL: Field = field(
        "real",
        63,
        1,
        "1: a key; 0: padding, greater than every key (zeroed RAM is an empty tree)",
    );
}

pub mod lpm_node_index {
    use super::{field, Field};
    pub const NODE: Field = field("node", 0, 16, "node within the level (BFS order)");
    pub const LEVEL: Field = field("level", 16, 4, "tree level, 0 = root");
}

pub mod lpm_leaf_entry {
    use super::{field, Field};
    pub const TARGET: Field = field("target", 0, 10, "target index");
    pub const VALID: Field = field("valid", 31, 1, "0: no route");
}

pub const VID_TABLE: Table = Table {
    name: "VID",
    id: 0,
    entries: VIDS,
    commit: tbl_commit::VID,
    doc: "indexed by VID: the VIF that owns the VLAN and its attributes",
    fields: &[
        vid_entry::AMAZON_ADDRESS,
        vid_entry::VALID,
        vid_entry::AMAZON_VALID,
        vid_entry::VIF,
        vid_entry::MTU,
    ],
};

pub const TARGET_TABLE: Table = Table {
    name: "TARGET",
    id: 1,
    entries: CAPACITY.targets,
    commit: tbl_commit::TARGET,
    doc: "indexed by target: how frames to it are rewritten",
    fields: &[
        target_entry::MAC,
        target_entry::VLAN,
        target_entry::VLAN_VALID,
        target_entry::MTU,
    ],
};

pub const LPM_NODE_TABLE: Table = Table {
    name: "LPM_NODE",
    id: 2,
    entries: 16 << 16,
    commit: tbl_commit::LPM,
    doc: "search tree nodes; index = level << 16 | node, node < 2^level",
    fields: &[lpm_node_entry::KEY, lpm_node_entry::REAL],
};

pub const LPM_LEAF_TABLE: Table = Table {
    name: "LPM_LEAF",
    id: 3,
    entries: CAPACITY.lpm_leaves(),
    commit: tbl_commit::LPM,
    doc: "indexed by the rank the search ends at: the route of that address interval",
    fields: &[lpm_leaf_entry::TARGET, lpm_leaf_entry::VALID],
};

pub const TABLES: &[Table] = &[VID_TABLE, TARGET_TABLE, LPM_NODE_TABLE, LPM_LEAF_TABLE];

/// A window of counter rows: row `i` at `base + i * stride`, each counter two words (low, high).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CounterBlock {
    pub name: &'static str,
    pub base: u32,
    pub stride: u32,
    pub rows: u32,
    pub counters: &'static [&'static str],
    pub doc: &'static str,
}

impl CounterBlock {
    /// Byte offset of the low word of counter `counter` in row `row`.
    pub const fn offset(&self, row: u32, counter: u32) -> u32 {
        self.base + row * self.stride + counter * 8
    }
}

/// Global counters, one row. Counter `i < 7` counts drop reason with hardware code `i`.
pub const GLOBAL_COUNTERS: CounterBlock = CounterBlock {
    name: "GLOBAL",
    base: 0x100,
    stride: 0x40,
    rows: 1,
    counters: &[
        "malformed",
        "unknown_vlan",
        "unsupported_ethertype",
        "bad_ipv4",
        "ttl_expired",
        "mtu_exceeded",
        "no_route",
        "punted_packets",
    ],
    doc: "frames dropped per reason (hardware reason code order), frames punted",
};

pub const VIF_COUNTERS: CounterBlock = CounterBlock {
    name: "VIF",
    base: 0x1_0000,
    stride: 0x40,
    rows: CAPACITY.vifs,
    counters: &[
        "rx_packets",
        "rx_bytes",
        "forwarded_packets",
        "punted_packets",
        "dropped_packets",
    ],
    doc: "per VIF index",
};

pub const TARGET_COUNTERS: CounterBlock = CounterBlock {
    name: "TARGET",
    base: 0x2_0000,
    stride: 0x10,
    rows: CAPACITY.targets,
    counters: &["tx_packets", "tx_bytes"],
    doc: "per target index",
};

/// Frames the host sent through the CPU port, per egress row: the row of the target counters
/// a frame of the pipeline leaving the same way counts in. Apart from those so that the
/// pipeline's forwarded frames (`tx_packets`, `tx_bytes`) keep their meaning.
pub const CPU_TX_COUNTERS: CounterBlock = CounterBlock {
    name: "CPU_TX",
    base: 0x3_0000,
    stride: 0x10,
    rows: CAPACITY.targets,
    counters: &["cpu_tx_packets", "cpu_tx_bytes"],
    doc: "per egress row (to AWS: target index; to the customer: VIF index): frames sent through the CPU port",
};

pub const COUNTER_BLOCKS: &[CounterBlock] = &[
    GLOBAL_COUNTERS,
    VIF_COUNTERS,
    TARGET_COUNTERS,
    CPU_TX_COUNTERS,
];

/// Sideband of the ingress stream (`s_axis_tuser`), valid on every beat of a frame.
pub mod ingress {
    use super::{field, Field};
    pub const LEN: Field = field(
        "len",
        0,
        24,
        "frame length in bytes (no FCS); a DMA engine knows it from the descriptor, a MAC-facing top from its store-and-forward FIFO",
    );
    pub const BITS: usize = 24;
}

/// Sideband of the CPU port's stream (`cpu_s_axis_tuser`): frames the host sends, whole and
/// as they must leave (tagged or not, at least 60 bytes), merged into the egress between the
/// pipeline's frames. Read at a frame's first beat.
pub mod cpu {
    use super::{field, Field};
    pub const ROW: Field = field(
        "row",
        0,
        10,
        "egress row the frame leaves on and counts in: to AWS a target index, to the customer a VIF index",
    );
    pub const BITS: usize = 10;
}

/// Sideband of the egress stream (`m_axis_tuser`), valid on every beat of a frame.
pub mod egress {
    use super::{field, Field};
    pub const KIND: Field = field(
        "kind",
        0,
        2,
        "0 forward, 1 punt, 2 drop, 3 cpu (sent by the host through the CPU port)",
    );
    pub const REASON: Field = field("reason", 2, 3, "drop reason code when kind = drop");
    pub const TARGET: Field = field(
        "target",
        5,
        10,
        "target index when kind = forward; the egress row (CPU port `row`) when kind = cpu",
    );
    pub const BITS: usize = 15;
}

/// The register map as a Markdown document (`docs/registers.md`).
pub fn markdown() -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<!-- DO NOT EDIT: generated from host/src/regmap.rs by `make docs` -->\n"
    );
    let _ = writeln!(s, "# dxedge port pipeline registers\n");
    let _ = writeln!(
        s,
        "Block type `0x{BLOCK_TYPE:08x}`, register map version {VERSION_MAJOR}.{VERSION_MINOR}, \
         {ADDR_BITS}-bit byte addresses, 32-bit accesses.\n"
    );
    let _ = writeln!(s, "## Registers\n");
    let _ = writeln!(s, "| offset | name | access | fields | description |");
    let _ = writeln!(s, "|---|---|---|---|---|");
    for r in REGISTERS {
        let _ = writeln!(
            s,
            "| `0x{:05x}` | {} | {} | {} | {} |",
            r.offset,
            r.name,
            r.access.short(),
            fields_md(r.fields),
            r.doc
        );
    }
    let _ = writeln!(s, "\n## Tables\n");
    let _ = writeln!(
        s,
        "Stage an entry in `TBL_DATA0..3` (bit `n` of the entry is bit `n % 32` of `TBL_DATA{{n / 32}}`), \
         then write `TBL_WRITE` with the table id and index: the entry lands in the shadow bank. \
         `TBL_COMMIT` makes shadow banks active.\n"
    );
    let _ = writeln!(
        s,
        "| id | table | entries | commit bit | fields | description |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|");
    for t in TABLES {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            t.id,
            t.name,
            t.entries,
            t.commit.lsb,
            fields_md(t.fields),
            t.doc
        );
    }
    let _ = writeln!(s, "\n## Counters\n");
    let _ = writeln!(
        s,
        "64-bit counters, low word first. Reading the first word of a row snapshots the row.\n"
    );
    let _ = writeln!(
        s,
        "| block | base | row stride | rows | counters (8 bytes each) | description |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|");
    for b in COUNTER_BLOCKS {
        let _ = writeln!(
            s,
            "| {} | `0x{:05x}` | `0x{:x}` | {} | {} | {} |",
            b.name,
            b.base,
            b.stride,
            b.rows,
            b.counters
                .iter()
                .enumerate()
                .map(|(i, c)| format!("+0x{:02x} {c}", i * 8))
                .collect::<Vec<_>>()
                .join("<br>"),
            b.doc
        );
    }
    let _ = writeln!(s, "\n## Stream sideband\n");
    let _ = writeln!(s, "| stream | fields |");
    let _ = writeln!(s, "|---|---|");
    let _ = writeln!(s, "| ingress `tuser` | {} |", fields_md(&[ingress::LEN]));
    let _ = writeln!(
        s,
        "| egress `tuser` | {} |",
        fields_md(&[egress::KIND, egress::REASON, egress::TARGET])
    );
    let _ = writeln!(s, "| CPU port `tuser` | {} |", fields_md(&[cpu::ROW]));
    s
}

fn fields_md(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| {
            let bits = if f.width == 1 {
                format!("[{}]", f.lsb)
            } else {
                format!("[{}:{}]", f.lsb + f.width - 1, f.lsb)
            };
            format!("`{bits}` {}: {}", f.name, f.doc)
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlaps(a: &Field, b: &Field) -> bool {
        a.lsb < b.lsb + b.width && b.lsb < a.lsb + a.width
    }

    #[test]
    fn registers_are_aligned_distinct_and_below_the_counters() {
        let mut offsets: Vec<u32> = REGISTERS.iter().map(|r| r.offset).collect();
        assert!(offsets.iter().all(|o| o % 4 == 0));
        assert!(offsets.windows(2).all(|w| w[0] < w[1]), "address order");
        offsets.dedup();
        assert_eq!(offsets.len(), REGISTERS.len());
        assert!(REGISTERS.iter().all(|r| r.offset < GLOBAL_COUNTERS.base));
    }

    #[test]
    fn fields_fit_their_container_and_do_not_overlap() {
        for r in REGISTERS {
            for (i, f) in r.fields.iter().enumerate() {
                assert!(f.lsb + f.width <= 32, "{}.{}", r.name, f.name);
                for g in &r.fields[i + 1..] {
                    assert!(!overlaps(f, g), "{}.{} / {}", r.name, f.name, g.name);
                }
            }
        }
        for t in TABLES {
            for (i, f) in t.fields.iter().enumerate() {
                assert!(f.lsb + f.width <= 128, "{}.{}", t.name, f.name);
                for g in &t.fields[i + 1..] {
                    assert!(!overlaps(f, g), "{}.{} / {}", t.name, f.name, g.name);
                }
            }
        }
    }

    #[test]
    fn counter_blocks_do_not_overlap_and_fit_the_address_space() {
        let spans: Vec<(u32, u32)> = COUNTER_BLOCKS
            .iter()
            .map(|b| (b.base, b.base + b.stride * b.rows))
            .collect();
        for (i, a) in spans.iter().enumerate() {
            assert!(a.1 <= SPAN);
            for b in &spans[i + 1..] {
                assert!(a.1 <= b.0 || b.1 <= a.0);
            }
        }
        for b in COUNTER_BLOCKS {
            assert!(b.counters.len() as u32 * 8 <= b.stride, "{}", b.name);
            assert!(b.stride.is_power_of_two() && b.base % b.stride == 0);
        }
    }

    #[test]
    fn table_fields_match_the_capacities() {
        assert_eq!(1u32 << vid_entry::VIF.width, CAPACITY.vifs);
        assert_eq!(1u32 << lpm_leaf_entry::TARGET.width, CAPACITY.targets);
        assert_eq!(lpm_node_entry::KEY.width, vid_entry::VIF.width + 32);
        const { assert!(CAPACITY.lpm_levels <= 1 << lpm_node_index::LEVEL.width) };
        assert_eq!(egress::TARGET.width, lpm_leaf_entry::TARGET.width);
        assert_eq!(cpu::ROW.width, egress::TARGET.width);
        assert_eq!(CPU_TX_COUNTERS.rows, TARGET_COUNTERS.rows);
        assert_eq!(
            GLOBAL_COUNTERS.counters.len(),
            crate::verdict::DropReason::HARDWARE.len() + 1
        );
    }

    #[test]
    fn markdown_lists_every_register_and_table() {
        let md = markdown();
        for r in REGISTERS {
            assert!(md.contains(r.name));
        }
        for t in TABLES {
            assert!(md.contains(t.name));
        }
    }
}
