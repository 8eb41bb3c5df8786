//! The board cores' registers: one place for their offsets and meanings. The RTL blocks take
//! their constants from here, the tests address them from here, and `docs/boards.md` holds
//! [`markdown`]'s table (a test fails when the two differ).
//!
//! A board core's host window starts with the port pipeline's register block
//! (`docs/registers.md`, 2^20 bytes at offset 0, found by the same driver as in simulation);
//! the board's blocks follow at [`BOARD_BASE`], each in a 256-byte slot:
//!
//! ```text
//!  0x000000  port pipeline (block type "DXPP")      docs/registers.md
//!  0x100000  board registers (type "DXNC" / "DXBC"): id, version, counters, scratch
//!  0x100100  frame reader: punted frames to AWS (NIC) or captured frames (bench)
//!  0x100200  frame injector (bench)
//!  0x100300  frame reader: punted frames to the customer (NIC)
//! ```

use std::fmt::Write as _;

/// Offset of the board blocks in the host window: right above the pipeline's block.
pub const BOARD_BASE: u32 = 1 << dxedge_host::regmap::ADDR_BITS;
/// Bytes of each board block's slot; bits 11..8 of an offset above [`BOARD_BASE`] pick it.
pub const SLOT: u32 = 0x100;
/// Slot numbers.
pub mod slot {
    pub const REGS: u64 = 0;
    /// The NIC's to-AWS punts; the bench's capture.
    pub const READER: u64 = 1;
    pub const INJECTOR: u64 = 2;
    /// The NIC's to-customer punts.
    pub const TC_READER: u64 = 3;
}

/// The board register block (slot 0).
pub mod regs {
    /// Block type, as the pipeline's ID register: four ASCII characters.
    pub const ID: u32 = 0x00;
    /// Major in bits 31..16, minor in 15..0.
    pub const VERSION: u32 = 0x04;
    /// Offset of a next block (0: none), as in the pipeline's block header.
    pub const NEXT: u32 = 0x08;
    /// Which board this build is for ([`super::Board::code`]).
    pub const BOARD: u32 = 0x0c;
    /// Write bit 0: zero the counters.
    pub const CTRL: u32 = 0x10;
    /// Read/write, no effect: a first test of the host's access path.
    pub const SCRATCH: u32 = 0x14;
    /// 32-bit event counters (wrapping), 4 bytes apart: [`super::Board::counters`].
    pub const COUNTERS: u32 = 0x20;
    pub const VERSION_VALUE: u32 = 1 << 16;
}

/// The frame reader (slot 1): the host reads whole frames out of a frame FIFO.
pub mod reader {
    /// Bit 0: a frame waits whose words have not all been read. Bit 1: the frame before is
    /// still being discarded after a POP (a few clocks): poll again.
    pub const STATUS: u32 = 0x00;
    /// Bytes of the waiting frame.
    pub const LENGTH: u32 = 0x04;
    /// The waiting frame's verdict (egress sideband: kind, reason, target); the bench's
    /// capture adds bit 15, [`TAG_TO_CUSTOMER`].
    pub const TAG: u32 = 0x08;
    /// Each read returns the frame's next 32-bit word (byte 4k in bits 7..0); 0 past the
    /// end of the frame.
    pub const DATA: u32 = 0x0c;
    /// Write: done with this frame (its unread words are discarded).
    pub const POP: u32 = 0x10;
    /// `TAG` of a captured frame (bench): it left the to-customer datapath.
    pub const TAG_TO_CUSTOMER: u32 = 1 << 15;
}

/// The frame injector (slot 2): a template frame sent into the pipeline a number of times.
pub mod injector {
    /// Bit 0: sending.
    pub const STATUS: u32 = 0x00;
    /// Write: 32-bit word index in the template where DATA writes go next.
    pub const ADDR: u32 = 0x04;
    /// Write: a template word (byte 4k in bits 7..0); the index moves on. Whole beats are
    /// stored: write the template a beat at a time, padding its last beat.
    pub const DATA: u32 = 0x08;
    /// Template length in bytes.
    pub const LENGTH: u32 = 0x0c;
    /// Write n > 0: send the template n times; 0: stop after the current frame. Read: frames
    /// still to send.
    pub const COUNT: u32 = 0x10;
    /// Idle clocks between two frames.
    pub const GAP: u32 = 0x14;
    /// Frames sent since reset (32 bits, wrapping).
    pub const SENT: u32 = 0x18;
    /// Where the template goes: bit 31 clear, the datapath's ingress (as after reset); set,
    /// its CPU port, leaving on the egress row in bits 9..0 (`dxedge_host::regmap::cpu`).
    /// Bit 30 picks the datapath: clear, to AWS (as after reset); set, to the customer.
    /// Read at each frame's start, so a frame in flight is never split.
    pub const PORT: u32 = 0x1c;
    /// `PORT`: the CPU port.
    pub const PORT_CPU: u32 = 1 << 31;
    /// `PORT`: the to-customer datapath.
    pub const PORT_TO_CUSTOMER: u32 = 1 << 30;
}

/// What differs between the board builds.
#[derive(Clone, Copy, Debug)]
pub struct Board {
    pub name: &'static str,
    /// Value of the ID register.
    pub block_type: u32,
    /// Value of the BOARD register.
    pub code: u32,
    /// The event counters, in register order.
    pub counters: &'static [(&'static str, &'static str)],
}

const fn fourcc(s: &[u8; 4]) -> u32 {
    (s[0] as u32) << 24 | (s[1] as u32) << 16 | (s[2] as u32) << 8 | s[3] as u32
}

/// The 100G NIC core (Alveo U280): two CMACs, PCIe, a punt buffer per direction. Frames to
/// AWS come in on CMAC 0 (QSFP0, the customer router's cage) and leave on CMAC 1 (QSFP1,
/// AWS's); frames to the customer the other way.
pub const NIC: Board = Board {
    name: "nic_core (Alveo U280)",
    block_type: fourcc(b"DXNC"),
    code: 1,
    counters: &[
        (
            "to_aws_rx_frames",
            "frames CMAC 0 (customer) delivered whole and good, sent into the to-AWS datapath",
        ),
        (
            "to_aws_rx_bad",
            "frames CMAC 0 flagged bad (FCS, length), discarded",
        ),
        (
            "to_aws_rx_overflow",
            "frames from CMAC 0 discarded because its receive buffer was full",
        ),
        (
            "to_aws_tx_frames",
            "frames handed to CMAC 1 (AWS): forwarded, and the host's through the to-AWS CPU port",
        ),
        ("to_aws_punt_frames", "to-AWS punted frames stored for the host"),
        (
            "to_aws_punt_overflow",
            "to-AWS punted frames discarded because their buffer was full",
        ),
        (
            "to_customer_rx_frames",
            "frames CMAC 1 (AWS) delivered whole and good, sent into the to-customer datapath",
        ),
        (
            "to_customer_rx_bad",
            "frames CMAC 1 flagged bad (FCS, length), discarded",
        ),
        (
            "to_customer_rx_overflow",
            "frames from CMAC 1 discarded because its receive buffer was full",
        ),
        (
            "to_customer_tx_frames",
            "frames handed to CMAC 0 (customer): forwarded, and the host's through the to-customer CPU port",
        ),
        (
            "to_customer_punt_frames",
            "to-customer punted frames stored for the host",
        ),
        (
            "to_customer_punt_overflow",
            "to-customer punted frames discarded because their buffer was full",
        ),
    ],
};

/// The bench instrument core (ECP5, ULX3S-85F): UART, injector, capture; both directions.
pub const BENCH: Board = Board {
    name: "bench_core (ULX3S-85F)",
    block_type: fourcc(b"DXBC"),
    code: 2,
    counters: &[
        (
            "injected_frames",
            "frames the injector sent into the pipeline, either direction",
        ),
        (
            "captured_frames",
            "egress frames stored in the capture buffer",
        ),
        (
            "capture_overflow",
            "egress frames discarded because the capture buffer was full",
        ),
        (
            "egress_frames",
            "frames the pipeline sent out, either direction, whatever their verdict",
        ),
    ],
};

/// The board registers as Markdown (`docs/boards.md` holds this text).
pub fn markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "| window offset | block | register | access | meaning |");
    let _ = writeln!(s, "|---|---|---|---|---|");
    let row = |s: &mut String, off: u32, block: &str, name: &str, access: &str, what: &str| {
        let _ = writeln!(
            s,
            "| `0x{off:06x}` | {block} | {name} | {access} | {what} |"
        );
    };
    let b = BOARD_BASE;
    row(
        &mut s,
        b + regs::ID,
        "board",
        "ID",
        "RO",
        "block type: \"DXNC\" (NIC), \"DXBC\" (bench)",
    );
    row(
        &mut s,
        b + regs::VERSION,
        "board",
        "VERSION",
        "RO",
        "1.0 (major in bits 31..16)",
    );
    row(
        &mut s,
        b + regs::NEXT,
        "board",
        "NEXT",
        "RO",
        "0: no further block",
    );
    row(
        &mut s,
        b + regs::BOARD,
        "board",
        "BOARD",
        "RO",
        "1: Alveo U280 NIC, 2: ULX3S-85F bench",
    );
    row(
        &mut s,
        b + regs::CTRL,
        "board",
        "CTRL",
        "WO",
        "bit 0: zero the board counters",
    );
    row(
        &mut s,
        b + regs::SCRATCH,
        "board",
        "SCRATCH",
        "RW",
        "no effect (access test)",
    );
    for board in [NIC, BENCH] {
        for (i, (name, what)) in board.counters.iter().enumerate() {
            let off = b + regs::COUNTERS + 4 * i as u32;
            let block = board.name.split(' ').next().unwrap_or(board.name);
            row(&mut s, off, block, name, "RO", what);
        }
    }
    for (slot, block) in [(slot::READER, "reader"), (slot::TC_READER, "tc_reader")] {
        let r = b + SLOT * slot as u32;
        row(
            &mut s,
            r + reader::STATUS,
            block,
            "STATUS",
            "RO",
            "bit 0: a frame waits; bit 1: the last POP is still discarding (poll again)",
        );
        row(
            &mut s,
            r + reader::LENGTH,
            block,
            "LENGTH",
            "RO",
            "its length in bytes",
        );
        row(
            &mut s,
            r + reader::TAG,
            block,
            "TAG",
            "RO",
            "its verdict: kind 1..0, reason 4..2, target 14..5; bit 15 (bench): 1 if it left the to-customer datapath",
        );
        row(
            &mut s,
            r + reader::DATA,
            block,
            "DATA",
            "RO*",
            "its next 32-bit word (byte 4k in bits 7..0); 0 past its end",
        );
        row(
            &mut s,
            r + reader::POP,
            block,
            "POP",
            "WO",
            "done with the frame: the next one shows",
        );
    }
    let j = b + SLOT * slot::INJECTOR as u32;
    row(
        &mut s,
        j + injector::STATUS,
        "injector",
        "STATUS",
        "RO",
        "bit 0: sending",
    );
    row(
        &mut s,
        j + injector::ADDR,
        "injector",
        "ADDR",
        "WO",
        "template word index for DATA",
    );
    row(
        &mut s,
        j + injector::DATA,
        "injector",
        "DATA",
        "WO*",
        "template word (byte 4k in bits 7..0), index + 1; whole beats",
    );
    row(
        &mut s,
        j + injector::LENGTH,
        "injector",
        "LENGTH",
        "RW",
        "template length in bytes",
    );
    row(
        &mut s,
        j + injector::COUNT,
        "injector",
        "COUNT",
        "RW*",
        "write n: send n times (0: stop); read: frames left",
    );
    row(
        &mut s,
        j + injector::GAP,
        "injector",
        "GAP",
        "RW",
        "idle clocks between frames",
    );
    row(
        &mut s,
        j + injector::SENT,
        "injector",
        "SENT",
        "RO",
        "frames sent (wrapping)",
    );
    row(
        &mut s,
        j + injector::PORT,
        "injector",
        "PORT",
        "RW",
        "bit 30 clear: the to-AWS datapath, set: the to-customer one; bit 31 clear: into its ingress, set: into its CPU port, to egress row 9..0 (both from each frame's start)",
    );
    let _ = writeln!(s, "\n`*`: the access has a side effect.");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_boards_md_holds_the_register_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/boards.md");
        let doc = std::fs::read_to_string(path).unwrap_or_default();
        let table = markdown();
        assert!(
            doc.contains(&table),
            "docs/boards.md does not hold the board register table of \
             hdl/src/boards/board_map.rs; paste it in:\n{table}"
        );
    }

    #[test]
    fn board_blocks_sit_above_the_pipeline_and_apart() {
        assert_eq!(BOARD_BASE, dxedge_host::regmap::SPAN);
        assert!(regs::COUNTERS + 4 * NIC.counters.len() as u32 <= SLOT);
        assert!(regs::COUNTERS + 4 * BENCH.counters.len() as u32 <= SLOT);
        const { assert!(reader::POP < SLOT && injector::PORT < SLOT) };
        const { assert!(slot::TC_READER < 16) };
        assert_ne!(NIC.block_type, BENCH.block_type);
    }
}
