//! UartBridge: the host reaches the register bus over a serial line. The bench board's host
//! tool (or any serial terminal program that can send bytes) programs the pipeline, injects
//! frames and reads the capture through it.
//!
//! ```text
//!  rxd ─► UartRx ─► command parser ─► csr (24-bit byte address) ─► UartTx ─► txd
//!                   'W' a2 a1 a0 d3 d2 d1 d0  ─► write ─► 'K'
//!                   'R' a2 a1 a0              ─► read  ─► d3 d2 d1 d0
//! ```
//!
//! Binary protocol, big-endian fields: `W` (0x57), a 3-byte address and 4 data bytes write a
//! register and are answered `K` (0x4b) once done; `R` (0x52) and a 3-byte address are
//! answered with the 4 bytes read (0xffffffff if no block answers within 255 clocks). Bytes
//! that start no command are ignored. A command whose bytes stop coming for [`TIMEOUT_BYTES`]
//! byte times is abandoned, so a host that lost its place resynchronizes by waiting that long
//! (or by sending 8 zero bytes, which no command absorbs: a pending address or data field
//! takes at most 7). One command at a time: the host waits for the answer.

use rust_hdl::prelude::*;

use crate::boards::csr_bus::CsrInitiator;
use crate::boards::uart_rx::UartRx;
use crate::boards::uart_tx::UartTx;

/// Address bits of the register window the bridge reaches (3 address bytes).
pub const ADDR_BITS: usize = 24;
/// Byte times of silence after which a half-received command is dropped.
pub const TIMEOUT_BYTES: u64 = 64;
/// Command and answer bytes.
pub mod byte {
    pub const WRITE: u64 = b'W' as u64;
    pub const READ: u64 = b'R' as u64;
    pub const DONE: u64 = b'K' as u64;
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum BridgeState {
    Command,
    Fields,
    Access,
    ReadWait,
    Answer,
    AnswerWait,
}

#[derive(LogicBlock)]
pub struct UartBridge {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub rxd: Signal<In, Bit>,
    pub txd: Signal<Out, Bit>,
    pub csr: CsrInitiator<ADDR_BITS>,
    // Blocks
    rx: UartRx,
    tx: UartTx,
    // State
    state: DFF<BridgeState>,
    is_write: DFF<Bit>,
    fields: DFF<Bits<56>>,
    left: DFF<Bits<4>>,
    idle: DFF<Bits<24>>,
    answer: DFF<Bits<32>>,
    answer_left: DFF<Bits<3>>,
    waited: DFF<Bits<8>>,
    write_cmd: Constant<Bits<8>>,
    read_cmd: Constant<Bits<8>>,
    done_byte: Constant<Bits<32>>,
    timeout: Constant<Bits<24>>,
    read_timeout: Constant<Bits<8>>,
    all_ones: Constant<Bits<32>>,
}

impl UartBridge {
    /// `divisor`: clocks per bit (clock frequency / baud rate).
    pub fn new(divisor: u64) -> Self {
        let timeout = divisor * 10 * TIMEOUT_BYTES;
        assert!(
            timeout < 1 << 24,
            "UartBridge: the time-out counter is 24 bits"
        );
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rxd: Default::default(),
            txd: Default::default(),
            csr: Default::default(),
            rx: UartRx::new(divisor),
            tx: UartTx::new(divisor),
            state: Default::default(),
            is_write: Default::default(),
            fields: Default::default(),
            left: Default::default(),
            idle: Default::default(),
            answer: Default::default(),
            answer_left: Default::default(),
            waited: Default::default(),
            write_cmd: Constant::new(byte::WRITE.to_bits()),
            read_cmd: Constant::new(byte::READ.to_bits()),
            done_byte: Constant::new((byte::DONE << 24).to_bits()),
            timeout: Constant::new(timeout.to_bits()),
            read_timeout: Constant::new(255.into()),
            all_ones: Constant::new(0xffff_ffff_u64.to_bits()),
        }
    }
}

impl Logic for UartBridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            is_write,
            fields,
            left,
            idle,
            answer,
            answer_left,
            waited
        );
        clock!(self, clock, rx, tx);
        self.rx.reset.next = self.reset.val();
        self.tx.reset.next = self.reset.val();
        self.rx.rxd.next = self.rxd.val();
        self.txd.next = self.tx.txd.val();
        self.tx.send.next = false;
        self.tx.data.next = self.answer.q.val().get_bits::<8>(24);
        self.csr.write.next = false;
        self.csr.read.next = false;
        self.csr.addr.next = self.fields.q.val().get_bits::<24>(0);
        self.csr.wdata.next = self.fields.q.val().get_bits::<32>(0);
        if self.is_write.q.val() {
            self.csr.addr.next = self.fields.q.val().get_bits::<24>(32);
        }
        self.idle.d.next = self.idle.q.val() + 1;
        if self.rx.valid.val() {
            self.idle.d.next = 0.into();
        }
        match self.state.q.val() {
            BridgeState::Command => {
                if self.rx.valid.val() & (self.rx.data.val() == self.write_cmd.val()) {
                    self.is_write.d.next = true;
                    self.left.d.next = 7.into();
                    self.state.d.next = BridgeState::Fields;
                }
                if self.rx.valid.val() & (self.rx.data.val() == self.read_cmd.val()) {
                    self.is_write.d.next = false;
                    self.left.d.next = 3.into();
                    self.state.d.next = BridgeState::Fields;
                }
            }
            BridgeState::Fields => {
                if self.rx.valid.val() {
                    self.fields.d.next =
                        (self.fields.q.val() << 8) | bit_cast::<56, 8>(self.rx.data.val());
                    self.left.d.next = self.left.q.val() - 1;
                    if self.left.q.val() == 1 {
                        self.state.d.next = BridgeState::Access;
                    }
                } else if self.idle.q.val() == self.timeout.val() {
                    self.state.d.next = BridgeState::Command;
                }
            }
            BridgeState::Access => {
                self.waited.d.next = 0.into();
                if self.is_write.q.val() {
                    self.csr.write.next = true;
                    self.answer.d.next = self.done_byte.val();
                    self.answer_left.d.next = 1.into();
                    self.state.d.next = BridgeState::Answer;
                } else {
                    self.csr.read.next = true;
                    self.state.d.next = BridgeState::ReadWait;
                }
            }
            BridgeState::ReadWait => {
                self.waited.d.next = self.waited.q.val() + 1;
                if self.csr.rvalid.val() {
                    self.answer.d.next = self.csr.rdata.val();
                    self.answer_left.d.next = 4.into();
                    self.state.d.next = BridgeState::Answer;
                } else if self.waited.q.val() == self.read_timeout.val() {
                    self.answer.d.next = self.all_ones.val();
                    self.answer_left.d.next = 4.into();
                    self.state.d.next = BridgeState::Answer;
                }
            }
            BridgeState::Answer => {
                // The top byte goes out; busy rises the next clock, so wait a clock
                if !self.tx.busy.val() {
                    self.tx.send.next = true;
                    self.answer.d.next = self.answer.q.val() << 8;
                    self.answer_left.d.next = self.answer_left.q.val() - 1;
                    self.state.d.next = BridgeState::AnswerWait;
                }
            }
            BridgeState::AnswerWait => {
                self.state.d.next = BridgeState::Answer;
                if self.answer_left.q.val() == 0 {
                    self.state.d.next = BridgeState::Command;
                }
            }
        }
        if self.reset.val() {
            self.state.d.next = BridgeState::Command;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};
    use std::collections::HashMap;

    const DIV: usize = 4;

    /// The bridge, a register file behind it (reads answer after two clocks, none above
    /// 0x800000), and the host's serial line.
    struct Tb {
        uut: UartBridge,
        regs: HashMap<u64, u64>,
        pending: Vec<(u64, usize)>,
        rx_bits: Vec<bool>,
        got: Vec<u8>,
        // receive side of the host: a bit-level decoder of txd
        line_low_for: usize,
        sampling: Option<(usize, u16)>,
    }

    impl Tb {
        fn new() -> Self {
            let mut uut = UartBridge::new(DIV as u64);
            uut.connect_all();
            Tb {
                uut,
                regs: HashMap::new(),
                pending: Vec::new(),
                rx_bits: Vec::new(),
                got: Vec::new(),
                line_low_for: 0,
                sampling: None,
            }
        }

        fn clock(&mut self) {
            self.uut.rxd.next = if self.rx_bits.is_empty() {
                true
            } else {
                self.rx_bits.remove(0)
            };
            self.uut.csr.rvalid.next = false;
            if let Some(&(v, 0)) = self.pending.first() {
                self.uut.csr.rvalid.next = true;
                self.uut.csr.rdata.next = v.to_bits();
                self.pending.remove(0);
            }
            for p in &mut self.pending {
                p.1 -= 1;
            }
            settle_low!(self.uut);
            let addr = self.uut.csr.addr.val().index() as u64;
            if self.uut.csr.write.val() {
                self.regs.insert(addr, self.uut.csr.wdata.val().to_u64());
            }
            if self.uut.csr.read.val() && addr < 0x80_0000 {
                self.pending.push((*self.regs.get(&addr).unwrap_or(&0), 2));
            }
            // Host UART receiver: sample the middle of each bit after a falling edge
            let txd = self.uut.txd.val();
            match self.sampling {
                None => {
                    if !txd {
                        self.sampling = Some((DIV / 2, 0));
                        self.line_low_for = 0;
                    }
                }
                Some((t, acc)) => {
                    self.line_low_for += 1;
                    if self.line_low_for == t {
                        let n = (t - DIV / 2) / DIV; // bit index: 0 start, 1..8 data, 9 stop
                        let mut acc = acc;
                        if (1..=8).contains(&n) && txd {
                            acc |= 1 << (n - 1);
                        }
                        self.sampling = if n == 9 {
                            assert!(txd, "stop bit");
                            self.got.push(acc as u8);
                            None
                        } else {
                            Some((t + DIV, acc))
                        };
                    } else {
                        self.sampling = Some((t, acc));
                    }
                }
            }
            rising_edge!(self.uut);
        }

        fn send(&mut self, bytes: &[u8]) {
            for b in bytes {
                let mut bits = vec![false];
                bits.extend((0..8).map(|i| b >> i & 1 == 1));
                bits.push(true);
                for bit in bits {
                    self.rx_bits.extend(std::iter::repeat_n(bit, DIV));
                }
            }
        }

        /// Run until `n` answer bytes arrived (or give up).
        fn answer(&mut self, n: usize) -> Vec<u8> {
            for _ in 0..2000 {
                if self.got.len() >= n && self.rx_bits.is_empty() {
                    break;
                }
                self.clock();
            }
            std::mem::take(&mut self.got)
        }

        fn write(&mut self, addr: u32, v: u32) -> Vec<u8> {
            let mut cmd = vec![b'W'];
            cmd.extend(&addr.to_be_bytes()[1..]);
            cmd.extend(v.to_be_bytes());
            self.send(&cmd);
            self.answer(1)
        }

        fn read(&mut self, addr: u32) -> Vec<u8> {
            let mut cmd = vec![b'R'];
            cmd.extend(&addr.to_be_bytes()[1..]);
            self.send(&cmd);
            self.answer(4)
        }
    }

    #[test]
    fn writes_and_reads_over_the_serial_line() {
        let mut tb = Tb::new();
        tb.clock();
        assert_eq!(tb.write(0x10_0014, 0xdead_beef), b"K");
        assert_eq!(tb.write(0x00_0040, 0x0102_0304), b"K");
        assert_eq!(tb.regs.get(&0x10_0014), Some(&0xdead_beef));
        assert_eq!(tb.read(0x10_0014), 0xdead_beef_u32.to_be_bytes());
        assert_eq!(tb.read(0x00_0040), [1, 2, 3, 4]);
        // Nobody answers: all ones
        assert_eq!(tb.read(0x90_0000), [0xff; 4]);
    }

    #[test]
    fn stray_bytes_and_a_broken_command_do_not_derail_it() {
        let mut tb = Tb::new();
        tb.send(b"hello\r\n");
        // A write cut short: three bytes of it, then silence past the time-out
        tb.send(&[b'W', 0x10, 0x00]);
        while !tb.rx_bits.is_empty() {
            tb.clock();
        }
        for _ in 0..(DIV * 10 * TIMEOUT_BYTES as usize + 20) {
            tb.clock();
        }
        assert!(tb.got.is_empty(), "nothing answered: {:?}", tb.got);
        assert!(tb.regs.is_empty());
        assert_eq!(tb.write(0x10_0014, 7), b"K");
        assert_eq!(tb.read(0x10_0014), [0, 0, 0, 7]);
    }
}
