//! The register bus over a Unix stream socket: how `dxedge device --socket` reaches the
//! pipeline that `dxedge serve` runs, through the same driver code as a PCIe BAR.
//!
//! The protocol is the bus itself, one access per request, nothing above it: the driver
//! already knows how to find blocks, stage tables and commit, so the socket needs no verbs of
//! its own. Every message is little-endian:
//!
//! ```text
//! request   op:u8 ('R' read, 'W' write)  offset:u32  value:u32 (ignored for reads)
//! answer    status:u8 (0 ok, 1 unaligned, 2 out of range, 3 read timeout, 4 other)
//!           value:u32 (the read value; for an error, its offset, span or cycles)
//!           then, for status 4 only, len:u16 and that many bytes of UTF-8 message
//! ```
//!
//! Requests from one connection are answered in order; a server takes one request at a time
//! from all its connections, so a client's accesses never interleave with another's within
//! an access (the driver's commit protocol, with its busy flag, handles the rest).

use std::io::{self, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use crate::bus::{BusError, RegisterBus};

/// Bytes of a request.
pub const REQUEST_LEN: usize = 9;

/// One access a client asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    Read { offset: u32 },
    Write { offset: u32, value: u32 },
}

impl Request {
    pub fn encode(&self) -> [u8; REQUEST_LEN] {
        let (op, offset, value) = match *self {
            Request::Read { offset } => (b'R', offset, 0),
            Request::Write { offset, value } => (b'W', offset, value),
        };
        let mut b = [0u8; REQUEST_LEN];
        b[0] = op;
        b[1..5].copy_from_slice(&offset.to_le_bytes());
        b[5..9].copy_from_slice(&value.to_le_bytes());
        b
    }

    /// `None` for an unknown op: the server closes such a connection.
    pub fn decode(b: &[u8; REQUEST_LEN]) -> Option<Request> {
        let offset = u32::from_le_bytes([b[1], b[2], b[3], b[4]]);
        let value = u32::from_le_bytes([b[5], b[6], b[7], b[8]]);
        match b[0] {
            b'R' => Some(Request::Read { offset }),
            b'W' => Some(Request::Write { offset, value }),
            _ => None,
        }
    }

    /// Carry the request out on `bus`.
    pub fn apply(&self, bus: &mut dyn RegisterBus) -> Result<u32, BusError> {
        match *self {
            Request::Read { offset } => bus.read32(offset),
            Request::Write { offset, value } => bus.write32(offset, value).map(|()| 0),
        }
    }
}

/// The answer to a request, as bytes.
pub fn encode_answer(answer: &Result<u32, BusError>) -> Vec<u8> {
    let (status, value, message) = match answer {
        Ok(v) => (0u8, *v, None),
        Err(BusError::Unaligned { offset }) => (1, *offset, None),
        // The span travels in the value; the offset is the client's own.
        Err(BusError::OutOfRange { span, .. }) => (2, *span, None),
        Err(BusError::ReadTimeout { cycles, .. }) => {
            (3, (*cycles).min(u32::MAX as u64) as u32, None)
        }
        Err(BusError::Backend(m)) => (4, 0, Some(m.as_str())),
    };
    let mut b = vec![status];
    b.extend_from_slice(&value.to_le_bytes());
    if let Some(m) = message {
        let m = &m.as_bytes()[..m.len().min(u16::MAX as usize)];
        b.extend_from_slice(&(m.len() as u16).to_le_bytes());
        b.extend_from_slice(m);
    }
    b
}

/// Read one answer to `request` from `r`.
pub fn read_answer(r: &mut impl Read, request: Request) -> io::Result<Result<u32, BusError>> {
    let mut head = [0u8; 5];
    r.read_exact(&mut head)?;
    let value = u32::from_le_bytes([head[1], head[2], head[3], head[4]]);
    let offset = match request {
        Request::Read { offset } | Request::Write { offset, .. } => offset,
    };
    Ok(match head[0] {
        0 => Ok(value),
        1 => Err(BusError::Unaligned { offset }),
        2 => Err(BusError::OutOfRange {
            offset,
            span: value,
        }),
        3 => Err(BusError::ReadTimeout {
            offset,
            cycles: value as u64,
        }),
        4 => {
            let mut len = [0u8; 2];
            r.read_exact(&mut len)?;
            let mut m = vec![0u8; u16::from_le_bytes(len) as usize];
            r.read_exact(&mut m)?;
            Err(BusError::Backend(String::from_utf8_lossy(&m).into_owned()))
        }
        s => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("answer with unknown status {s}"),
            ))
        }
    })
}

/// The client: a [`RegisterBus`] whose accesses go to a `dxedge serve` over its socket.
///
/// Writes are posted, as on PCIe: a write is sent and the client goes on without waiting
/// for its answer, so that programming ~140,000 table entries is not ~500,000 round trips.
/// Answers are collected in order at the next read (which must wait anyway), every
/// [`POSTED_MAX`] writes, and on drop; the first error among them is what that read returns.
#[derive(Debug)]
pub struct SocketBus {
    stream: UnixStream,
    path: String,
    /// Writes posted whose answers are not read yet, oldest first.
    posted: std::collections::VecDeque<Request>,
    /// Those of them not sent yet, encoded: they go in one `write` with the next read or
    /// when [`POSTED_MAX`] are waiting. A Unix socket charges every message about a
    /// kilobyte of buffer however small it is, so 9-byte messages one by one would fill
    /// both sides' buffers long before `POSTED_MAX`, each side then waiting on the other.
    unsent: Vec<u8>,
}

/// Writes in flight before the client reads their answers: bounded so that neither side's
/// socket buffer fills (which would leave both waiting on the other).
pub const POSTED_MAX: usize = 1024;

/// How long one access may take before the client gives up: a server busy with a burst
/// of traffic still answers between clock runs, well within this.
const ACCESS_TIMEOUT: Duration = Duration::from_secs(10);

impl SocketBus {
    /// Connect to the socket at `path`; the error names the path and what the OS said.
    pub fn connect(path: &Path) -> Result<SocketBus, BusError> {
        let shown = path.display().to_string();
        let stream = UnixStream::connect(path).map_err(|e| {
            BusError::Backend(format!(
                "cannot connect to {shown}: {e} (is `dxedge serve` running with this --socket?)"
            ))
        })?;
        stream
            .set_read_timeout(Some(ACCESS_TIMEOUT))
            .and_then(|()| stream.set_write_timeout(Some(ACCESS_TIMEOUT)))
            .map_err(|e| BusError::Backend(format!("{shown}: {e}")))?;
        Ok(SocketBus {
            stream,
            path: shown,
            posted: std::collections::VecDeque::new(),
            unsent: Vec::new(),
        })
    }

    fn io(&self, e: io::Error) -> BusError {
        BusError::Backend(format!("register socket {}: {e}", self.path))
    }

    /// Send what waits, with `then` after it, in one message.
    fn send(&mut self, then: Option<Request>) -> Result<(), BusError> {
        if let Some(r) = then {
            self.unsent.extend_from_slice(&r.encode());
        }
        let bytes = std::mem::take(&mut self.unsent);
        self.stream.write_all(&bytes).map_err(|e| self.io(e))
    }

    /// Send the posted writes and read their answers; the first error among them, if any.
    pub fn flush(&mut self) -> Result<(), BusError> {
        if !self.unsent.is_empty() {
            self.send(None)?;
        }
        let mut first = Ok(());
        while let Some(request) = self.posted.pop_front() {
            let answer = read_answer(&mut self.stream, request).map_err(|e| self.io(e))?;
            if let (Err(e), Ok(())) = (answer, &first) {
                first = Err(e);
            }
        }
        first
    }
}

impl RegisterBus for SocketBus {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        let request = Request::Read { offset };
        self.send(Some(request))?;
        // The read's answer comes after those of the writes before it.
        let posted = self.flush();
        let answer = read_answer(&mut self.stream, request).map_err(|e| self.io(e))?;
        posted.and(answer)
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        let request = Request::Write { offset, value };
        self.unsent.extend_from_slice(&request.encode());
        self.posted.push_back(request);
        if self.posted.len() >= POSTED_MAX {
            self.flush()?;
        }
        Ok(())
    }
}

impl Drop for SocketBus {
    fn drop(&mut self) {
        // Writes reach the device whether or not their answers are read; reading them
        // here keeps the server from writing into a closed socket.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::FakeDevice;
    use std::os::unix::net::UnixListener;

    /// A server loop as `dxedge serve` runs it, on a fake device.
    fn serve_one(listener: UnixListener, mut bus: FakeDevice) {
        let (mut s, _) = listener.accept().expect("accept");
        let mut req = [0u8; REQUEST_LEN];
        while s.read_exact(&mut req).is_ok() {
            let request = Request::decode(&req).expect("known op");
            let answer = request.apply(&mut bus);
            s.write_all(&encode_answer(&answer)).expect("answer");
        }
    }

    #[test]
    fn the_driver_reads_and_writes_through_the_socket_as_on_the_device() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("bus.sock");
        let listener = UnixListener::bind(&path).expect("bind");
        let fake = FakeDevice::new(8);
        let id = fake.id;
        let server = std::thread::spawn(move || serve_one(listener, fake));

        let mut bus = SocketBus::connect(&path).expect("connect");
        assert_eq!(bus.read32(crate::regmap::ID.offset).expect("id"), id);
        let dev = crate::driver::Device::open(&mut bus).expect("the driver finds the block");
        assert_eq!(dev.info().base, 0);
        assert_eq!(
            bus.read32(2),
            Err(BusError::Unaligned { offset: 2 }),
            "errors come back as the device gave them"
        );
        // A posted write's error comes back at the next read.
        bus.write32(6, 1).expect("posted");
        assert_eq!(
            bus.read32(crate::regmap::ID.offset),
            Err(BusError::Unaligned { offset: 6 }),
            "the write's error, at the read after it"
        );
        assert_eq!(
            bus.read32(crate::regmap::ID.offset).expect("id"),
            id,
            "and only once"
        );
        // Many writes in a row: answers drained as they go, none lost.
        for i in 0..3 * POSTED_MAX as u32 {
            bus.write32(crate::regmap::TBL_DATA[0].offset, i)
                .expect("posted");
        }
        bus.flush().expect("every posted write answered ok");
        let far = 0x7fff_fffc;
        assert!(matches!(
            bus.read32(far),
            Err(BusError::OutOfRange { offset, .. }) if offset == far
        ));
        drop(bus);
        server.join().expect("server");
    }

    #[test]
    fn a_missing_socket_is_named_in_the_error() {
        let err = SocketBus::connect(Path::new("/nonexistent/dxedge.sock")).expect_err("none");
        assert!(
            err.to_string().contains("/nonexistent/dxedge.sock"),
            "{err}"
        );
    }

    #[test]
    fn backend_messages_and_codes_round_trip() {
        for answer in [
            Ok(0xdead_beef),
            Err(BusError::Backend("the model stopped".into())),
            Err(BusError::ReadTimeout {
                offset: 8,
                cycles: 1000,
            }),
        ] {
            let bytes = encode_answer(&answer);
            let got = read_answer(&mut bytes.as_slice(), Request::Read { offset: 8 }).expect("io");
            assert_eq!(got, answer);
        }
        assert_eq!(Request::decode(&[b'X'; REQUEST_LEN]), None);
    }
}
