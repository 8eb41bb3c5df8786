//! BoardRegs: the board core's own register block: what build this is, a scratch register,
//! and event counters of the board's buffers.
//!
//! ```text
//!  bus ─► ID / VERSION / NEXT / BOARD (constants), SCRATCH, CTRL.clear
//!  event[i] (one-clock pulses) ─► counter[i] += 1 ─► COUNTERS + 4 i
//! ```
//!
//! Like the pipeline's block it starts with type, version and next words (Corundum's
//! register block header), so a driver can tell a NIC build from a bench build before it
//! touches anything else. Offsets and values are in [`crate::boards::board_map`]. Reads answer one
//! clock after the strobe; an offset with no register reads 0.

use rust_hdl::prelude::*;

use crate::boards::board_map::{regs, Board};
use crate::boards::csr_bus::CsrTarget;

/// Address bits the block decodes (its 256-byte slot).
pub const LOCAL_BITS: usize = 8;

#[derive(LogicBlock)]
pub struct BoardRegs<const NC: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus: CsrTarget<LOCAL_BITS>,
    /// One clock per event.
    pub event: [Signal<In, Bit>; NC],
    // State
    count: [DFF<Bits<32>>; NC],
    scratch: DFF<Bits<32>>,
    rdata: DFF<Bits<32>>,
    rvalid: DFF<Bit>,
    value: Signal<Local, Bits<32>>,
    clear: Signal<Local, Bit>,
    id: Constant<Bits<32>>,
    version: Constant<Bits<32>>,
    code: Constant<Bits<32>>,
    off_id: Constant<Bits<LOCAL_BITS>>,
    off_version: Constant<Bits<LOCAL_BITS>>,
    off_board: Constant<Bits<LOCAL_BITS>>,
    off_ctrl: Constant<Bits<LOCAL_BITS>>,
    off_scratch: Constant<Bits<LOCAL_BITS>>,
    off_counter: [Constant<Bits<LOCAL_BITS>>; NC],
}

impl<const NC: usize> BoardRegs<NC> {
    pub fn new(board: Board) -> Self {
        assert_eq!(
            board.counters.len(),
            NC,
            "BoardRegs: {NC} event inputs for {} counters",
            board.counters.len()
        );
        assert!(
            regs::COUNTERS as usize + 4 * NC <= 1 << LOCAL_BITS,
            "BoardRegs: the counters fit the slot"
        );
        fn c<const N: usize>(v: u32) -> Constant<Bits<N>> {
            Constant::new((v as u64).to_bits())
        }
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus: Default::default(),
            event: std::array::from_fn(|_| Default::default()),
            count: std::array::from_fn(|_| Default::default()),
            scratch: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            value: Default::default(),
            clear: Default::default(),
            id: c(board.block_type),
            version: c(regs::VERSION_VALUE),
            code: c(board.code),
            off_id: c(regs::ID),
            off_version: c(regs::VERSION),
            off_board: c(regs::BOARD),
            off_ctrl: c(regs::CTRL),
            off_scratch: c(regs::SCRATCH),
            off_counter: std::array::from_fn(|i| c(regs::COUNTERS + 4 * i as u32)),
        }
    }
}

impl<const NC: usize> Logic for BoardRegs<NC> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, scratch, rdata, rvalid);
        self.clear.next = self.reset.val()
            | (self.bus.write.val()
                & (self.bus.addr.val() == self.off_ctrl.val())
                & self.bus.wdata.val().get_bit(0));
        for i in 0..NC {
            self.count[i].clock.next = self.clock.val();
            self.count[i].d.next = self.count[i].q.val();
            if self.event[i].val() {
                self.count[i].d.next = self.count[i].q.val() + 1;
            }
            if self.clear.val() {
                self.count[i].d.next = 0.into();
            }
        }
        if self.bus.write.val() & (self.bus.addr.val() == self.off_scratch.val()) {
            self.scratch.d.next = self.bus.wdata.val();
        }
        // NEXT (and any other offset) reads 0
        self.value.next = 0.into();
        if self.bus.addr.val() == self.off_id.val() {
            self.value.next = self.id.val();
        }
        if self.bus.addr.val() == self.off_version.val() {
            self.value.next = self.version.val();
        }
        if self.bus.addr.val() == self.off_board.val() {
            self.value.next = self.code.val();
        }
        if self.bus.addr.val() == self.off_scratch.val() {
            self.value.next = self.scratch.q.val();
        }
        for i in 0..NC {
            if self.bus.addr.val() == self.off_counter[i].val() {
                self.value.next = self.count[i].q.val();
            }
        }
        self.rdata.d.next = self.value.val();
        self.rvalid.d.next = self.bus.read.val() & !self.reset.val();
        self.bus.rdata.next = self.rdata.q.val();
        self.bus.rvalid.next = self.rvalid.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::board_map::{BENCH, NIC};
    use crate::{rising_edge, settle_low};

    const NIC_COUNTERS: usize = crate::boards::nic_core::COUNTERS;

    fn access(uut: &mut BoardRegs<NIC_COUNTERS>, addr: u32, write: Option<u32>) -> u32 {
        uut.bus.addr.next = (addr as u64).to_bits();
        uut.bus.wdata.next = (write.unwrap_or(0) as u64).to_bits();
        uut.bus.write.next = write.is_some();
        uut.bus.read.next = write.is_none();
        settle_low!(*uut);
        rising_edge!(*uut);
        uut.bus.write.next = false;
        uut.bus.read.next = false;
        settle_low!(*uut);
        let v = uut.bus.rdata.val().index() as u32;
        assert_eq!(uut.bus.rvalid.val(), write.is_none());
        rising_edge!(*uut);
        v
    }

    #[test]
    fn header_scratch_and_counters_read_back() {
        let mut uut: BoardRegs<NIC_COUNTERS> = BoardRegs::new(NIC);
        uut.connect_all();
        assert_eq!(
            access(&mut uut, regs::ID, None),
            u32::from_be_bytes(*b"DXNC")
        );
        assert_eq!(access(&mut uut, regs::VERSION, None), 0x0001_0000);
        assert_eq!(access(&mut uut, regs::NEXT, None), 0);
        assert_eq!(access(&mut uut, regs::BOARD, None), NIC.code);
        access(&mut uut, regs::SCRATCH, Some(0xcafe_f00d));
        assert_eq!(access(&mut uut, regs::SCRATCH, None), 0xcafe_f00d);
        // Events: counter i counts i + 1 pulses, some in consecutive clocks
        for round in 0..NIC_COUNTERS {
            for i in 0..NIC_COUNTERS {
                uut.event[i].next = i >= round;
            }
            settle_low!(uut);
            rising_edge!(uut);
        }
        for i in 0..NIC_COUNTERS {
            uut.event[i].next = false;
        }
        for i in 0..NIC_COUNTERS as u32 {
            assert_eq!(access(&mut uut, regs::COUNTERS + 4 * i, None), i + 1);
        }
        access(&mut uut, regs::CTRL, Some(1));
        for i in 0..NIC_COUNTERS as u32 {
            assert_eq!(access(&mut uut, regs::COUNTERS + 4 * i, None), 0);
        }
        assert_eq!(
            access(&mut uut, regs::SCRATCH, None),
            0xcafe_f00d,
            "CTRL clears counters only"
        );
    }

    #[test]
    #[should_panic(expected = "event inputs")]
    fn counter_count_must_match_the_board() {
        let _ = BoardRegs::<6>::new(BENCH);
    }
}
