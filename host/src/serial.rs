//! The register bus over a serial line: the host side of the ULX3S bench build's UART bridge
//! (`hdl/src/boards/uart_bridge.rs`; the protocol is in `docs/boards.md`). One command at a time,
//! big-endian fields:
//!
//! ```text
//!  host sends                          board answers
//!  'W' address[3] value[4]             'K' once written
//!  'R' address[3]                      value[4] (0xffffffff where nothing answers)
//! ```
//!
//! [`SerialBus`] speaks it over any byte stream (`Read + Write`): a tty opened with
//! [`SerialBus::open`] beside a board, or the simulated serial line of the bench core in
//! `hdl/src/boards/bench_core.rs`'s tests, so that the code that talks to a board is the code
//! tested against the design.

use std::io::{self, Read, Write};
use std::time::Duration;

use crate::bus::{check_offset, BusError, RegisterBus};

/// The bridge's bit rate (8N1), fixed in the bench build.
pub const BAUD: u32 = 1_000_000;
/// The bridge's address space: 24-bit addresses.
pub const SPAN: u32 = 1 << 24;
/// How long a command waits for its answer: a command takes 10 µs a byte at [`BAUD`], so
/// an answer this late means the board is not there or not listening.
pub const TIMEOUT: Duration = Duration::from_millis(500);

const WRITE: u8 = b'W';
const READ: u8 = b'R';
const WRITTEN: u8 = b'K';

/// A [`RegisterBus`] over the bridge's serial protocol.
pub struct SerialBus<T> {
    line: T,
    /// What the line is, for messages: the tty's path.
    place: String,
}

impl<T: Read + Write> SerialBus<T> {
    /// The protocol over `line`; `place` names it in every error.
    pub fn new(line: T, place: impl Into<String>) -> Self {
        SerialBus {
            line,
            place: place.into(),
        }
    }

    pub fn into_inner(self) -> T {
        self.line
    }

    /// The line itself (a simulation to clock between commands, say).
    pub fn line_mut(&mut self) -> &mut T {
        &mut self.line
    }

    fn send(&mut self, command: &[u8], offset: u32) -> Result<(), BusError> {
        self.line
            .write_all(command)
            .and_then(|()| self.line.flush())
            .map_err(|e| {
                BusError::Backend(format!(
                    "{}: cannot send the command for offset 0x{offset:06x}: {e}",
                    self.place
                ))
            })
    }

    fn receive<const N: usize>(&mut self, what: &str, offset: u32) -> Result<[u8; N], BusError> {
        let mut answer = [0u8; N];
        self.line.read_exact(&mut answer).map_err(|e| {
            let why = match e.kind() {
                io::ErrorKind::TimedOut | io::ErrorKind::UnexpectedEof => format!(
                    "no answer within {} ms (is the bench bitstream loaded, and is this its port?)",
                    TIMEOUT.as_millis()
                ),
                _ => e.to_string(),
            };
            BusError::Backend(format!(
                "{}: {what} of offset 0x{offset:06x}: {why}",
                self.place
            ))
        })?;
        Ok(answer)
    }
}

impl<T: Read + Write> RegisterBus for SerialBus<T> {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        check_offset(offset, SPAN)?;
        let a = offset.to_be_bytes();
        self.send(&[READ, a[1], a[2], a[3]], offset)?;
        Ok(u32::from_be_bytes(self.receive("read", offset)?))
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        check_offset(offset, SPAN)?;
        let a = offset.to_be_bytes();
        let v = value.to_be_bytes();
        self.send(&[WRITE, a[1], a[2], a[3], v[0], v[1], v[2], v[3]], offset)?;
        match self.receive::<1>("write", offset)? {
            [WRITTEN] => Ok(()),
            [other] => Err(BusError::Backend(format!(
                "{}: write of offset 0x{offset:06x} answered 0x{other:02x} instead of 'K': the \
                 line is out of step with the board (another program on the port?)",
                self.place
            ))),
        }
    }
}

/// A serial port that could not be opened.
#[derive(Debug, thiserror::Error)]
#[error("cannot open serial port {path}: {why}")]
pub struct OpenError {
    pub path: String,
    pub why: String,
}

impl SerialBus<Box<dyn serialport::SerialPort>> {
    /// Open a tty (for example the ULX3S's FT231X, `/dev/ttyUSB0`) at [`BAUD`], 8N1, no flow
    /// control, and discard whatever it had buffered.
    pub fn open(path: &str) -> Result<Self, OpenError> {
        let fail = |why: String| OpenError {
            path: path.to_string(),
            why,
        };
        let port = serialport::new(path, BAUD)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(TIMEOUT)
            .open()
            .map_err(|e| {
                fail(match e.kind() {
                    serialport::ErrorKind::Io(io::ErrorKind::PermissionDenied) => format!(
                        "{} (add the user to the group that owns it, usually `dialout`)",
                        e.description
                    ),
                    _ => e.description,
                })
            })?;
        port.clear(serialport::ClearBuffer::All)
            .map_err(|e| fail(e.description))?;
        Ok(SerialBus::new(port, path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bus::Recorder;
    use crate::config::Config;
    use crate::driver::tests::CONFIG;
    use crate::driver::Device;
    use crate::fake::FakeDevice;
    use crate::regmap;
    use std::collections::VecDeque;

    /// A bench board on the other end of the line: the bridge's protocol, parsed byte by byte
    /// as the UART bridge does, in front of a fake device that records every access.
    struct Board {
        dev: Recorder<FakeDevice>,
        /// Every byte the host sent.
        sent: Vec<u8>,
        pending: Vec<u8>,
        to_host: VecDeque<u8>,
        /// Answer writes with this byte instead of 'K'.
        ack: u8,
        /// Answer nothing.
        mute: bool,
    }

    impl Board {
        fn new() -> Self {
            Board {
                dev: Recorder::new(FakeDevice::new(8)),
                sent: Vec::new(),
                pending: Vec::new(),
                to_host: VecDeque::new(),
                ack: WRITTEN,
                mute: false,
            }
        }

        fn parse(&mut self) {
            loop {
                let need = match self.pending.first() {
                    None => return,
                    Some(&WRITE) => 8,
                    Some(&READ) => 4,
                    Some(_) => {
                        self.pending.remove(0); // starts no command: ignored
                        continue;
                    }
                };
                if self.pending.len() < need {
                    return;
                }
                let cmd: Vec<u8> = self.pending.drain(..need).collect();
                if self.mute {
                    continue;
                }
                let addr = u32::from_be_bytes([0, cmd[1], cmd[2], cmd[3]]);
                if cmd[0] == WRITE {
                    let value = u32::from_be_bytes([cmd[4], cmd[5], cmd[6], cmd[7]]);
                    self.dev.write32(addr, value).expect("fake write");
                    self.to_host.push_back(self.ack);
                } else {
                    let value = self.dev.read32(addr).unwrap_or(0xffff_ffff);
                    self.to_host.extend(value.to_be_bytes());
                }
            }
        }
    }

    impl Write for Board {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.sent.extend_from_slice(buf);
            self.pending.extend_from_slice(buf);
            self.parse();
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Read for Board {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.to_host.is_empty() {
                return Err(io::Error::new(io::ErrorKind::TimedOut, "timed out"));
            }
            let n = buf.len().min(self.to_host.len());
            for (b, v) in buf.iter_mut().zip(self.to_host.drain(..n)) {
                *b = v;
            }
            Ok(n)
        }
    }

    #[test]
    fn commands_are_the_protocol_bytes_big_endian() {
        let mut bus = SerialBus::new(Board::new(), "test line");
        assert_eq!(bus.read32(regmap::ID.offset), Ok(regmap::BLOCK_TYPE));
        bus.write32(regmap::PORT_MAC_LO.offset, 0x0102_0304)
            .expect("write");
        let board = bus.into_inner();
        let id = regmap::ID.offset.to_be_bytes();
        let mac = regmap::PORT_MAC_LO.offset.to_be_bytes();
        assert_eq!(
            board.sent,
            [
                vec![b'R', id[1], id[2], id[3]],
                vec![b'W', mac[1], mac[2], mac[3], 0x01, 0x02, 0x03, 0x04]
            ]
            .concat()
        );
        assert_eq!(
            board.dev.writes().collect::<Vec<_>>(),
            [(regmap::PORT_MAC_LO.offset, 0x0102_0304)]
        );
        assert!(board.pending.is_empty() && board.to_host.is_empty());
    }

    #[test]
    fn the_driver_makes_the_same_accesses_over_the_line_as_on_the_device() {
        let config = Config::parse(CONFIG, "t.toml").expect("config");
        let mut direct = Device::open(Recorder::new(FakeDevice::new(8))).expect("open");
        let tables = direct.compile(&config).expect("fits");
        direct.program(&tables).expect("program");
        let direct = direct.into_bus();

        let mut over = Device::open(SerialBus::new(Board::new(), "test line"))
            .expect("the block header is read over the line");
        let tables = over.compile(&config).expect("fits");
        over.program(&tables).expect("program");
        let board = over.into_bus().into_inner();
        assert!(direct.writes().count() > 10, "tables are written");
        assert_eq!(board.dev.log, direct.log);
    }

    #[test]
    fn a_silent_line_and_a_wrong_answer_are_errors_naming_the_port_and_offset() {
        let mut board = Board::new();
        board.mute = true;
        let mut bus = SerialBus::new(board, "/dev/ttyUSB9");
        let e = bus.read32(0x10).expect_err("no answer").to_string();
        assert!(e.contains("/dev/ttyUSB9") && e.contains("0x000010"), "{e}");
        assert!(e.contains("no answer"), "{e}");

        let mut board = Board::new();
        board.ack = b'?';
        let mut bus = SerialBus::new(board, "/dev/ttyUSB9");
        let e = bus.write32(0x14, 1).expect_err("bad ack").to_string();
        assert!(
            e.contains("0x3f instead of 'K'") && e.contains("0x000014"),
            "{e}"
        );
    }

    #[test]
    fn offsets_outside_24_bits_or_unaligned_never_reach_the_line() {
        let mut bus = SerialBus::new(Board::new(), "test line");
        assert_eq!(
            bus.read32(SPAN),
            Err(BusError::OutOfRange {
                offset: SPAN,
                span: SPAN
            })
        );
        assert_eq!(
            bus.write32(0x12, 0),
            Err(BusError::Unaligned { offset: 0x12 })
        );
        assert!(bus.into_inner().sent.is_empty());
    }

    #[test]
    fn a_missing_port_is_an_open_error_naming_it() {
        let e = SerialBus::open("/nonexistent/ttyUSB0")
            .err()
            .expect("no such port")
            .to_string();
        assert!(
            e.starts_with("cannot open serial port /nonexistent/ttyUSB0: "),
            "{e}"
        );
    }
}
