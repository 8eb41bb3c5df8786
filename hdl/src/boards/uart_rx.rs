//! UartRx: receives bytes from an asynchronous serial line, 8 data bits, no parity, one
//! stop bit (8N1), least significant bit first (the framing of the FT231X USB-serial bridge
//! on the ULX3S and of every PC serial port).
//!
//! ```text
//!  rxd ─► two flip-flops (metastability) ─► falling edge: start bit
//!         ─► sample at half a bit: still low? ─► 8 samples one bit apart ─► stop bit high?
//!         ─► data, valid (one clock)
//! ```
//!
//! `rxd` comes from another clock domain (the FT231X's), so it passes two flip-flops before
//! any logic uses it. A start bit that is high again at its middle is a glitch and is
//! ignored; a byte whose stop bit is low (a framing error) is dropped.

use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum RxState {
    Idle,
    Start,
    Data,
    Stop,
}

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The serial line, idle high.
    pub rxd: Signal<In, Bit>,
    pub data: Signal<Out, Bits<8>>,
    /// One clock per byte received.
    pub valid: Signal<Out, Bit>,
    // State
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    state: DFF<RxState>,
    count: DFF<Bits<16>>,
    bit_index: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    out: DFF<Bits<8>>,
    out_valid: DFF<Bit>,
    last_tick: Constant<Bits<16>>,
    half_tick: Constant<Bits<16>>,
    top_bit: Constant<Bits<8>>,
}

impl UartRx {
    /// `divisor`: clocks per bit (clock frequency / baud rate), at least 4.
    pub fn new(divisor: u64) -> Self {
        assert!(
            (4..1 << 16).contains(&divisor),
            "UartRx: 4 to 65535 clocks a bit"
        );
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rxd: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            sync1: Default::default(),
            sync2: Default::default(),
            state: Default::default(),
            count: Default::default(),
            bit_index: Default::default(),
            shift: Default::default(),
            out: Default::default(),
            out_valid: Default::default(),
            last_tick: Constant::new((divisor - 1).to_bits()),
            half_tick: Constant::new((divisor / 2 - 1).to_bits()),
            top_bit: Constant::new(0x80.into()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, state, count, bit_index, shift, out, out_valid);
        // Stored inverted, so that the flip-flops' power-on 0 reads as an idle (high) line
        self.sync1.d.next = !self.rxd.val();
        self.sync2.d.next = self.sync1.q.val();
        self.data.next = self.out.q.val();
        self.valid.next = self.out_valid.q.val();
        self.out_valid.d.next = false;
        self.count.d.next = self.count.q.val() + 1;
        match self.state.q.val() {
            RxState::Idle => {
                self.count.d.next = 0.into();
                if self.sync2.q.val() {
                    self.state.d.next = RxState::Start;
                }
            }
            RxState::Start => {
                if self.count.q.val() == self.half_tick.val() {
                    self.count.d.next = 0.into();
                    self.bit_index.d.next = 0.into();
                    self.state.d.next = RxState::Data;
                    if !self.sync2.q.val() {
                        self.state.d.next = RxState::Idle;
                    }
                }
            }
            RxState::Data => {
                if self.count.q.val() == self.last_tick.val() {
                    self.count.d.next = 0.into();
                    self.shift.d.next = self.shift.q.val() >> 1;
                    if !self.sync2.q.val() {
                        self.shift.d.next = (self.shift.q.val() >> 1) | self.top_bit.val();
                    }
                    self.bit_index.d.next = self.bit_index.q.val() + 1;
                    if self.bit_index.q.val() == 7 {
                        self.state.d.next = RxState::Stop;
                    }
                }
            }
            RxState::Stop => {
                if self.count.q.val() == self.last_tick.val() {
                    self.state.d.next = RxState::Idle;
                    if !self.sync2.q.val() {
                        self.out.d.next = self.shift.q.val();
                        self.out_valid.d.next = true;
                    }
                }
            }
        }
        if self.reset.val() {
            self.state.d.next = RxState::Idle;
            self.out_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{rising_edge, settle_low};

    /// The line levels of `bytes` sent at `divisor` clocks a bit, with idle gaps.
    fn line(bytes: &[u8], divisor: usize, gap: usize) -> Vec<bool> {
        let mut l = vec![true; gap];
        for b in bytes {
            let mut bits = vec![false];
            bits.extend((0..8).map(|i| b >> i & 1 == 1));
            bits.push(true);
            for bit in bits {
                l.extend(std::iter::repeat_n(bit, divisor));
            }
            l.extend(std::iter::repeat_n(true, gap));
        }
        l
    }

    #[test]
    fn receives_every_byte_value_at_the_bit_rate() {
        for divisor in [4, 7, 25] {
            let mut uut = UartRx::new(divisor as u64);
            uut.connect_all();
            let bytes: Vec<u8> = (0..=255).collect();
            let mut got = Vec::new();
            for level in line(&bytes, divisor, 3) {
                uut.rxd.next = level;
                settle_low!(uut);
                if uut.valid.val() {
                    got.push(uut.data.val().index() as u8);
                }
                rising_edge!(uut);
            }
            for _ in 0..4 {
                settle_low!(uut);
                if uut.valid.val() {
                    got.push(uut.data.val().index() as u8);
                }
                rising_edge!(uut);
            }
            assert_eq!(got, bytes, "divisor {divisor}");
        }
    }

    #[test]
    fn a_glitch_and_a_framing_error_deliver_nothing_and_the_line_recovers() {
        let mut uut = UartRx::new(8);
        uut.connect_all();
        // A two-clock low pulse, then a byte whose stop bit is low
        let mut levels = vec![
            true, true, false, false, true, true, true, true, true, true, true,
        ];
        levels.extend(std::iter::repeat_n(true, 20));
        let mut framed = line(&[0x55], 8, 0);
        let n = framed.len();
        for l in &mut framed[n - 8..] {
            *l = false;
        }
        levels.extend(framed);
        // The low stop bit looks like the start of another frame (as for any UART after a
        // break); two byte times of idle line later the receiver is in step again
        levels.extend(std::iter::repeat_n(true, 160));
        levels.extend(line(&[0xa7], 8, 4));
        let mut got = Vec::new();
        for level in levels {
            uut.rxd.next = level;
            settle_low!(uut);
            if uut.valid.val() {
                got.push(uut.data.val().index() as u8);
            }
            rising_edge!(uut);
        }
        assert!(
            !got.contains(&0x55),
            "the byte with a low stop bit is dropped: {got:?}"
        );
        assert_eq!(got.last(), Some(&0xa7));
        assert!(got.len() <= 2, "{got:?}");
    }
}
