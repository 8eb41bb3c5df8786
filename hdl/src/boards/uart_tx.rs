//! UartTx: sends bytes on an asynchronous serial line, 8N1, least significant bit first.
//!
//! ```text
//!  send, data ─► shift = stop 1, data, start 0 ─► one bit every `divisor` clocks ─► txd
//! ```
//!
//! `busy` comes from a register: a sender offers the next byte when it falls.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The serial line, idle high.
    pub txd: Signal<Out, Bit>,
    /// A byte to send, taken when `send` is high and `busy` low.
    pub data: Signal<In, Bits<8>>,
    pub send: Signal<In, Bit>,
    pub busy: Signal<Out, Bit>,
    // State: the frame's bits, least significant first, and how many are left
    shift: DFF<Bits<10>>,
    left: DFF<Bits<4>>,
    count: DFF<Bits<16>>,
    last_tick: Constant<Bits<16>>,
    stop_bit: Constant<Bits<10>>,
}

impl UartTx {
    /// `divisor`: clocks per bit (clock frequency / baud rate).
    pub fn new(divisor: u64) -> Self {
        assert!(
            (4..1 << 16).contains(&divisor),
            "UartTx: 4 to 65535 clocks a bit"
        );
        Self {
            clock: Default::default(),
            reset: Default::default(),
            txd: Default::default(),
            data: Default::default(),
            send: Default::default(),
            busy: Default::default(),
            shift: Default::default(),
            left: Default::default(),
            count: Default::default(),
            last_tick: Constant::new((divisor - 1).to_bits()),
            stop_bit: Constant::new((1u64 << 9).to_bits()),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, shift, left, count);
        self.busy.next = self.left.q.val() != 0;
        self.txd.next = true;
        if self.left.q.val() != 0 {
            self.txd.next = self.shift.q.val().get_bit(0);
            self.count.d.next = self.count.q.val() + 1;
            if self.count.q.val() == self.last_tick.val() {
                self.count.d.next = 0.into();
                self.shift.d.next = self.shift.q.val() >> 1;
                self.left.d.next = self.left.q.val() - 1;
            }
        } else if self.send.val() {
            // start bit 0 in bit 0, data in bits 8..1, stop bit 1 in bit 9
            self.shift.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) | self.stop_bit.val();
            self.left.d.next = 10.into();
            self.count.d.next = 0.into();
        }
        if self.reset.val() {
            self.left.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::uart_rx::UartRx;
    use crate::{rising_edge, settle_low};

    #[derive(LogicBlock)]
    struct Loop {
        clock: Signal<In, Clock>,
        tx: UartTx,
        rx: UartRx,
    }

    impl Logic for Loop {
        #[hdl_gen]
        fn update(&mut self) {
            clock!(self, clock, tx, rx);
            self.tx.reset.next = false;
            self.rx.reset.next = false;
            self.rx.rxd.next = self.tx.txd.val();
        }
    }

    #[test]
    fn what_the_transmitter_sends_the_receiver_reads_back_to_back() {
        let mut uut = Loop {
            clock: Default::default(),
            tx: UartTx::new(5),
            rx: UartRx::new(5),
        };
        uut.connect_all();
        let bytes: Vec<u8> = (0..=255).rev().collect();
        let (mut next, mut got, mut clocks) = (0, Vec::new(), 0);
        while got.len() < bytes.len() {
            uut.tx.send.next = next < bytes.len();
            uut.tx.data.next = (*bytes.get(next).unwrap_or(&0) as u64).to_bits();
            settle_low!(uut);
            if uut.tx.send.val() && !uut.tx.busy.val() {
                next += 1;
            }
            if uut.rx.valid.val() {
                got.push(uut.rx.data.val().index() as u8);
            }
            rising_edge!(uut);
            clocks += 1;
            assert!(clocks < 256 * 55 + 100, "too slow");
        }
        assert_eq!(got, bytes);
        // Back to back: ten bits a byte and one clock to reload
        assert!(clocks <= 256 * (10 * 5 + 1) + 20, "{clocks} clocks");
    }
}
