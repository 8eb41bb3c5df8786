//! Reading captures: classic pcap (either byte order, micro- or nanosecond timestamps) and
//! pcapng (one or more sections, one or more Ethernet interfaces, each with its own
//! `if_tsresol` and `if_tsoffset`), as a stream of [`Record`]s.
//!
//! ```text
//!  file ─► Input (growing buffer) ─► pcap: pcap-file      ─► Record { index, timestamp,
//!   (gzip: flate2)                    pcapng: blocks here       orig_len, data: &[u8] }
//! ```
//!
//! pcap-file 2.0 parses the classic pcap file header and frames its records. Its pcapng
//! side is not used for reading: it refuses option lists that end at the end of their block
//! without an `opt_endofopt` (the pcapng draft allows it, Wireshark reads them, and real
//! captures have them), it reads `if_tzone` as 4 bytes of a 1-byte option, and its
//! enhanced packet block takes the timestamp as nanoseconds whatever `if_tsresol` says; so
//! pcapng blocks are framed and decoded here, after the pcapng draft
//! (draft-ietf-opsawg-pcapng, sections 4.1 to 4.4). Nor are its checked classic packet
//! types used: they refuse records whose original length exceeds the snap length, which is
//! every record of a capture taken with `-s 96`, and which step 1 calls
//! `truncated_capture`.
//!
//! # Timestamps
//! Outputs are classic pcap, so every record's timestamp is given as classic pcap's two
//! fields in the capture's [`Resolution`]: a classic pcap input keeps its own fields (and
//! resolution) bit for bit. For pcapng the rule is: **microseconds if every interface's
//! `if_tsresol` is 10^-n with n <= 6** (such timestamps are exact in microseconds),
//! **otherwise nanoseconds** (exact for 10^-7..10^-9; for finer or binary resolutions,
//! truncated to the nanosecond, the finest classic pcap holds). Interfaces are collected by
//! a first pass over the file, since an interface may be described after the first packet.
//!
//! A gzip-compressed capture (`.pcap.gz`, as many public sample captures come) is read
//! through a decompressor, as Wireshark does.
//!
//! Errors name the file, and the packet (counting from 1, as Wireshark does) or the byte
//! offset at fault (in the decompressed stream for a gzip file). A record of more than
//! [`MAX_FRAME`] captured bytes (the longest frame the pipeline's length field carries, so
//! the longest any engine takes) is refused before it is read, as is a pcapng block longer
//! than [`MAX_BLOCK`]: no input makes the reader hold more than that much memory, and every
//! engine meets only frames it can process.
//!
//! # Streams
//! The capture is read front to back, never seeking, so a pipe, a FIFO or standard input
//! (`-`) is read as a file is. Classic pcap is read in one pass. pcapng needs two (see
//! Timestamps), so a pcapng (or gzip) stream is first copied into an unnamed temporary file
//! (`O_TMPFILE`: nothing is left behind, whatever happens to the process). Opening a FIFO
//! waits for a writer, as it does for every program that reads one.

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::os::fd::AsFd;

use dxedge_host::text::shown_path;

use flate2::read::MultiGzDecoder;
use std::path::Path;

use pcap_file::pcap::{PcapHeader, PcapParser};
use pcap_file::pcapng::blocks::{
    ENHANCED_PACKET_BLOCK, INTERFACE_DESCRIPTION_BLOCK, PACKET_BLOCK, SECTION_HEADER_BLOCK,
    SIMPLE_PACKET_BLOCK,
};
use pcap_file::{DataLink, Endianness, PcapError, TsResolution};

/// Timestamp resolution of classic pcap, which every output file uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolution {
    Micro,
    Nano,
}

impl Resolution {
    /// Fraction units in one second.
    pub const fn units_per_second(self) -> u64 {
        match self {
            Resolution::Micro => 1_000_000,
            Resolution::Nano => 1_000_000_000,
        }
    }

    /// The pcapng `if_tsresol` value for this resolution (10^-6 or 10^-9).
    pub const fn if_tsresol(self) -> u8 {
        match self {
            Resolution::Micro => 6,
            Resolution::Nano => 9,
        }
    }

    pub fn to_pcap_file(self) -> TsResolution {
        match self {
            Resolution::Micro => TsResolution::MicroSecond,
            Resolution::Nano => TsResolution::NanoSecond,
        }
    }
}

/// A timestamp as classic pcap stores it: seconds and a fraction in the capture's
/// [`Resolution`]. For a classic pcap input these are the file's own fields, unchecked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Timestamp {
    pub secs: u32,
    pub frac: u32,
}

impl Timestamp {
    /// The timestamp in units of `resolution` since the epoch (for pcapng output).
    pub fn units(self, resolution: Resolution) -> u64 {
        u64::from(self.secs) * resolution.units_per_second() + u64::from(self.frac)
    }
}

/// One capture record: a frame as captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based position among the capture's packet records.
    pub index: u64,
    pub timestamp: Timestamp,
    /// The frame's length on the wire.
    pub orig_len: u32,
    /// The captured bytes.
    pub data: &'a [u8],
    /// What the bytes start with: an Ethernet header, or another link's.
    pub link: LinkType,
}

impl Record<'_> {
    /// Step 1 of the spec: fewer bytes captured than the frame had.
    pub fn is_truncated(&self) -> bool {
        (self.data.len() as u64) < u64::from(self.orig_len)
    }
}

/// Where a reader stands between two records: enough for another reader of the same file to
/// go on from there ([`CaptureReader::open_at`]) as if it had read everything before. The
/// offset of what comes next, how many records came before (so that records keep their
/// numbers in the whole capture), and in a pcapng file the section's byte order and the
/// interfaces it has described so far (a later block may describe more, or start a section).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    offset: u64,
    records_before: u64,
    section: Option<(Endianness, Vec<Interface>)>,
}

impl Checkpoint {
    /// Byte offset in the file of the next block or record.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Records before this point: the next record is number `records_before() + 1`.
    pub fn records_before(&self) -> u64 {
        self.records_before
    }
}

/// The capture format, as found by its magic number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Pcap,
    PcapNg,
}

/// Why a capture cannot be read. `Display` is one line naming the file and the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaptureError {
    file: String,
    /// 1-based packet index, when the fault is in (or just after) a packet record.
    packet: Option<u64>,
    /// Byte offset in the file of the record or block at fault.
    offset: Option<u64>,
    message: String,
}

impl CaptureError {
    /// An error about the file `path` as a whole.
    pub fn of_file(path: &Path, message: String) -> CaptureError {
        CaptureError {
            file: shown_path(path),
            packet: None,
            offset: None,
            message,
        }
    }

    pub fn file(&self) -> &str {
        &self.file
    }
    pub fn packet(&self) -> Option<u64> {
        self.packet
    }
    pub fn offset(&self) -> Option<u64> {
        self.offset
    }
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        match (self.packet, self.offset) {
            (Some(packet), Some(offset)) => write!(f, " packet {packet} (at byte {offset}):")?,
            (Some(packet), None) => write!(f, " packet {packet}:")?,
            (None, Some(offset)) => write!(f, " at byte {offset}:")?,
            (None, None) => {}
        }
        write!(f, " {}", self.message)
    }
}

impl std::error::Error for CaptureError {}

/// The link types read: Ethernet, and those a capture taken on a host often has (Linux
/// cooked captures, raw IP), whose frames have no Ethernet header: `dxedge replay` builds one
/// for them (`--ingress-vlan`, `crate::link`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum LinkType {
    #[default]
    Ethernet,
    /// Linux cooked capture, `LINKTYPE_LINUX_SLL` (113): a 16-byte pseudo-header.
    LinuxSll,
    /// Linux cooked capture v2, `LINKTYPE_LINUX_SLL2` (276): a 20-byte pseudo-header.
    LinuxSll2,
    /// Raw IP, `LINKTYPE_RAW` (101) or `LINKTYPE_IPV4` (228): the IP packet alone.
    RawIp,
}

impl LinkType {
    fn of(link: DataLink) -> Option<LinkType> {
        match link {
            DataLink::ETHERNET => Some(LinkType::Ethernet),
            DataLink::LINUX_SLL => Some(LinkType::LinuxSll),
            DataLink::LINUX_SLL2 => Some(LinkType::LinuxSll2),
            DataLink::RAW | DataLink::IPV4 => Some(LinkType::RawIp),
            _ => None,
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            LinkType::Ethernet => "Ethernet",
            LinkType::LinuxSll => "Linux cooked (SLL)",
            LinkType::LinuxSll2 => "Linux cooked v2 (SLL2)",
            LinkType::RawIp => "raw IP",
        }
    }
}

/// What the message for an unsupported link type lists.
const SUPPORTED_LINKS: &str =
    "Ethernet (1); Linux cooked SLL (113) and SLL2 (276) and raw IP (101, 228) with --ingress-vlan";

/// A link type for messages: `113 (LINUX_SLL)`.
fn describe_link_type(link: DataLink) -> String {
    let number = u32::from(link);
    match link {
        DataLink::Unknown(_) => format!("{number}"),
        known => format!("{number} ({known:?})"),
    }
}

/// The file, read in chunks into a buffer that grows to hold the longest record.
struct Input {
    reader: Box<dyn Read>,
    buf: Vec<u8>,
    /// Unconsumed bytes are `buf[start..end]`.
    start: usize,
    end: usize,
    /// File offset of `buf[0]`.
    base: u64,
    eof: bool,
}

const CHUNK: usize = 1 << 20;

impl Input {
    fn new(reader: Box<dyn Read>) -> Input {
        Input {
            reader,
            buf: vec![0; CHUNK],
            start: 0,
            end: 0,
            base: 0,
            eof: false,
        }
    }

    /// Start over from `reader`, whose next byte is at file offset `base` (a reader opened at a
    /// [`Checkpoint`]).
    fn restart(&mut self, reader: Box<dyn Read>, base: u64) {
        self.reader = reader;
        self.start = 0;
        self.end = 0;
        self.base = base;
        self.eof = false;
    }

    fn available(&self) -> &[u8] {
        self.buf.get(self.start..self.end).unwrap_or_default()
    }

    /// File offset of the first unconsumed byte.
    fn position(&self) -> u64 {
        self.base + self.start as u64
    }

    fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.end);
    }

    /// Read more bytes after the unconsumed ones; `false` at the end of the file.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.base += self.start as u64;
            self.end -= self.start;
            self.start = 0;
        }
        if self.buf.len() - self.end < CHUNK / 2 {
            // A record longer than the buffer: grow it (only as far as the file has data,
            // since it fills from the file before it grows again).
            self.buf.resize(self.buf.len() + CHUNK, 0);
        }
        loop {
            let free = self.buf.get_mut(self.end..).unwrap_or_default();
            match self.reader.read(free) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Make sure at least `n` unconsumed bytes are buffered; `false` if the file ends first.
    fn ensure(&mut self, n: usize) -> io::Result<bool> {
        while self.end - self.start < n {
            if !self.fill()? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Read until `buf` is full or the stream ends; the bytes read.
fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match reader.read(buf.get_mut(got..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// Per-interface timestamp rules of a pcapng section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Interface {
    link: LinkType,
    /// `if_tsresol`: bit 7 clear: 10^-n seconds; set: 2^-n seconds.
    tsresol: u8,
    /// `if_tsoffset`: seconds added to every timestamp.
    tsoffset: i64,
    snaplen: u32,
}

impl Interface {
    /// Whether timestamps of this interface are exact in microseconds.
    fn exact_in_micros(&self) -> bool {
        self.tsresol & 0x80 == 0 && self.tsresol <= 6
    }

    /// Seconds and the fraction in `resolution` units (truncated), offset included.
    fn convert(&self, raw: u64, resolution: Resolution) -> Option<(i128, u64)> {
        let target = u128::from(resolution.units_per_second());
        let exponent = u32::from(self.tsresol & 0x7f);
        let (secs, frac) = if self.tsresol & 0x80 == 0 {
            match 10u128.checked_pow(exponent) {
                Some(per_second) => {
                    let raw = u128::from(raw);
                    let rem = raw % per_second;
                    (raw / per_second, rem * target / per_second)
                }
                // Units finer than 10^-38 s: a u64 of them is far below a nanosecond.
                None => (0, 0),
            }
        } else {
            let raw = u128::from(raw);
            if exponent >= 64 {
                (0, (raw * target) >> exponent)
            } else {
                let rem = raw & ((1u128 << exponent) - 1);
                (raw >> exponent, (rem * target) >> exponent)
            }
        };
        let secs = i128::try_from(secs).ok()? + i128::from(self.tsoffset);
        Some((secs, u64::try_from(frac).ok()?))
    }
}

/// A record found: (timestamp, orig_len, data offset in the buffer, length, link type).
type Found = (Timestamp, u32, usize, usize, LinkType);

enum State {
    Pcap {
        parser: PcapParser,
        link: LinkType,
    },
    PcapNg {
        /// Byte order of the current section.
        endianness: Endianness,
        /// Interfaces of the current section, as described so far.
        interfaces: Vec<Interface>,
        /// Every interface of the file, for the resolution rule.
        all_exact_in_micros: bool,
    },
}

/// Reads the records of one capture file in order.
pub struct CaptureReader {
    file: String,
    input: Input,
    state: State,
    format: Format,
    resolution: Resolution,
    snaplen: u32,
    /// Packets read so far.
    index: u64,
    total_bytes: u64,
}

impl fmt::Debug for CaptureReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaptureReader")
            .field("file", &self.file)
            .field("format", &self.format)
            .field("resolution", &self.resolution)
            .field("index", &self.index)
            .finish()
    }
}

/// libpcap's largest snap length, used for outputs of pcapng inputs.
pub const MAX_SNAPLEN: u32 = 262_144;

/// The most captured bytes a record may hold: the longest frame the pipeline's ingress
/// length field carries (24 bits). Far above any Ethernet frame (a jumbo frame is about
/// 9 KB, libpcap's largest snap length 256 KB), and the same limit for every engine.
pub const MAX_FRAME: usize = (1 << dxedge_host::regmap::ingress::BITS) - 1;

/// The longest pcapng block accepted: a packet of [`MAX_FRAME`] bytes and room for its
/// options; low enough that a lying length field cannot exhaust memory.
pub const MAX_BLOCK: usize = MAX_FRAME + (1 << 20);

/// The name a capture read from standard input has in messages.
pub const STDIN_NAME: &str = "standard input";

/// The first two bytes of a gzip stream (RFC 1952).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

impl CaptureReader {
    /// Open a capture file; `path` is named in errors as given. `-` is standard input. A
    /// file that is not a regular file (a pipe, a FIFO, a terminal) is read as a stream.
    pub fn open(path: &Path) -> Result<CaptureReader, CaptureError> {
        let stdin = path.as_os_str() == "-";
        let name = if stdin {
            STDIN_NAME.to_string()
        } else {
            shown_path(path)
        };
        let error = |e: io::Error| CaptureError {
            file: name.clone(),
            packet: None,
            offset: None,
            message: format!("cannot open the capture: {e}"),
        };
        let (mut file, regular) = if stdin {
            let fd = io::stdin().as_fd().try_clone_to_owned().map_err(error)?;
            (File::from(fd), false)
        } else {
            let file = File::open(path).map_err(error)?;
            let regular = file.metadata().map(|m| m.is_file()).unwrap_or(false);
            (file, regular)
        };
        if !regular {
            let mut magic = [0u8; 4];
            let got = read_up_to(&mut file, &mut magic).map_err(error)?;
            let head = magic.get(..got).unwrap_or_default().to_vec();
            let pcapng = head.starts_with(&[0x0a, 0x0d, 0x0d, 0x0a]);
            if !(pcapng || head.starts_with(&GZIP_MAGIC)) {
                // Classic pcap (or not a capture at all): one pass, straight from the stream.
                let reader: Box<dyn Read> = Box::new(io::Cursor::new(head).chain(file));
                return CaptureReader::from_reader(reader, &name, Resolution::Nano);
            }
            // Two passes: keep a copy to read again.
            let mut spool = tempfile::tempfile().map_err(|e| CaptureError {
                file: name.clone(),
                packet: None,
                offset: None,
                message: format!(
                    "cannot make a temporary copy of the stream to read it twice: {e}"
                ),
            })?;
            let copied = io::Write::write_all(&mut spool, &head)
                .and_then(|()| io::copy(&mut file, &mut spool));
            copied.map_err(|e| CaptureError {
                file: name.clone(),
                packet: None,
                offset: None,
                message: format!("cannot copy the stream to a temporary file: {e}"),
            })?;
            file = spool;
        }
        // From here on `file` is a regular file: its size gives progress, and it may be
        // read again from the start.
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let open = || -> Result<(Box<dyn Read>, u64), CaptureError> {
            let mut file = file.try_clone().map_err(error)?;
            file.seek(SeekFrom::Start(0)).map_err(error)?;
            let mut magic = [0u8; 2];
            let got = read_up_to(&mut file, &mut magic).map_err(error)?;
            file.seek(SeekFrom::Start(0)).map_err(error)?;
            if got == 2 && magic == GZIP_MAGIC {
                // The compressed size says nothing about progress through the records.
                Ok((Box::new(MultiGzDecoder::new(BufReader::new(file))), 0))
            } else {
                Ok((Box::new(file), len))
            }
        };
        let (reader, total_bytes) = open()?;
        let mut capture = CaptureReader::from_reader(reader, &name, Resolution::Nano)?;
        capture.total_bytes = total_bytes;
        if capture.format == Format::PcapNg {
            // First pass: learn every interface's resolution, then read for real.
            while capture.next_record()?.is_some() {}
            let resolution = capture.pcapng_resolution();
            let (reader, _) = open()?;
            capture = CaptureReader::from_reader(reader, &name, resolution)?;
            capture.total_bytes = total_bytes;
        }
        Ok(capture)
    }

    /// A reader of the regular, uncompressed capture file `path` that goes on from `at`, a
    /// checkpoint taken by another reader of the same file ([`crate::shard`] takes them in a
    /// scan): the records it reads are numbered as in the whole capture, and their
    /// timestamps are in `resolution`, the one the whole file gives (for pcapng that takes
    /// every interface: the scanning reader's [`CaptureReader::resolution_so_far`] at its
    /// end). Progress counts from the start of the file.
    pub fn open_at(
        path: &Path,
        at: &Checkpoint,
        resolution: Resolution,
    ) -> Result<CaptureReader, CaptureError> {
        let name = shown_path(path);
        let error = |e: io::Error| CaptureError {
            file: name.clone(),
            packet: None,
            offset: Some(at.offset),
            message: format!("cannot open the capture: {e}"),
        };
        // The file header first, as any reader reads it (a classic pcap's byte order,
        // resolution, link type and snap length), then on from the checkpoint.
        let head = File::open(path).map_err(error)?;
        let total_bytes = head.metadata().map(|m| m.len()).unwrap_or(0);
        let mut capture = CaptureReader::from_reader(Box::new(head), &name, resolution)?;
        let mut file = File::open(path).map_err(error)?;
        file.seek(SeekFrom::Start(at.offset)).map_err(error)?;
        capture.input.restart(Box::new(file), at.offset);
        capture.index = at.records_before;
        capture.total_bytes = total_bytes;
        if let (
            State::PcapNg {
                endianness,
                interfaces,
                ..
            },
            Some((section_endianness, described)),
        ) = (&mut capture.state, &at.section)
        {
            *endianness = *section_endianness;
            interfaces.clone_from(described);
        }
        Ok(capture)
    }

    /// Where this reader stands: the next [`CaptureReader::next_record`] reads from there.
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            offset: self.input.position(),
            records_before: self.index,
            section: match &self.state {
                State::PcapNg {
                    endianness,
                    interfaces,
                    ..
                } => Some((*endianness, interfaces.clone())),
                State::Pcap { .. } => None,
            },
        }
    }

    /// The resolution of the file as read so far: a classic pcap's own; for pcapng, the rule
    /// of the module's header over the interfaces described so far (so, once the reader has
    /// reached the end, the resolution [`CaptureReader::open`] gives the whole file).
    pub fn resolution_so_far(&self) -> Resolution {
        match self.format {
            Format::Pcap => self.resolution,
            Format::PcapNg => self.pcapng_resolution(),
        }
    }

    /// Read a capture from memory (tests, fuzzing). A pcapng capture is scanned twice, as
    /// [`CaptureReader::open`] does.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<CaptureReader, CaptureError> {
        let owned = bytes.to_vec();
        let reader = |bytes: Vec<u8>| -> Box<dyn Read> {
            if bytes.starts_with(&GZIP_MAGIC) {
                Box::new(MultiGzDecoder::new(io::Cursor::new(bytes)))
            } else {
                Box::new(io::Cursor::new(bytes))
            }
        };
        let mut capture =
            CaptureReader::from_reader(reader(owned.clone()), name, Resolution::Nano)?;
        if capture.format == Format::PcapNg {
            while capture.next_record()?.is_some() {}
            let resolution = capture.pcapng_resolution();
            capture = CaptureReader::from_reader(reader(owned), name, resolution)?;
        }
        capture.total_bytes = bytes.len() as u64;
        Ok(capture)
    }

    fn pcapng_resolution(&self) -> Resolution {
        match &self.state {
            State::PcapNg {
                all_exact_in_micros: true,
                ..
            } => Resolution::Micro,
            _ => Resolution::Nano,
        }
    }

    /// Start reading: the file header decides the format. `pcapng_resolution` is the
    /// output resolution for a pcapng file (a classic file has its own).
    pub(crate) fn from_reader(
        reader: Box<dyn Read>,
        name: &str,
        pcapng_resolution: Resolution,
    ) -> Result<CaptureReader, CaptureError> {
        let mut input = Input::new(reader);
        let error = |offset: Option<u64>, message: String| CaptureError {
            file: name.to_string(),
            packet: None,
            offset,
            message,
        };
        let io_error = |e: io::Error| error(None, format!("cannot read the capture: {e}"));
        if !input.ensure(4).map_err(io_error)? {
            return Err(error(
                None,
                format!(
                    "the file is too short to be a capture ({} bytes)",
                    input.available().len()
                ),
            ));
        }
        let magic = input
            .available()
            .get(..4)
            .map_or(0, |m| u32::from_be_bytes([m[0], m[1], m[2], m[3]]));
        match magic {
            0xa1b2c3d4 | 0xd4c3b2a1 | 0xa1b23c4d | 0x4d3cb2a1 => {
                if !input.ensure(24).map_err(io_error)? {
                    return Err(error(
                        None,
                        "the file ends inside the 24-byte pcap file header".into(),
                    ));
                }
                let (rest, parser) = PcapParser::new(input.available())
                    .map_err(|e| error(Some(0), format!("bad pcap file header: {e}")))?;
                let consumed = input.available().len() - rest.len();
                let header: PcapHeader = parser.header();
                let Some(link) = LinkType::of(header.datalink) else {
                    return Err(error(
                        None,
                        format!(
                            "link type {} is not supported (dxedge reads {SUPPORTED_LINKS})",
                            describe_link_type(header.datalink)
                        ),
                    ));
                };
                input.consume(consumed);
                let resolution = match header.ts_resolution {
                    TsResolution::MicroSecond => Resolution::Micro,
                    TsResolution::NanoSecond => Resolution::Nano,
                };
                let snaplen = if header.snaplen == 0 {
                    MAX_SNAPLEN
                } else {
                    header.snaplen
                };
                Ok(CaptureReader {
                    file: name.to_string(),
                    input,
                    state: State::Pcap { parser, link },
                    format: Format::Pcap,
                    resolution,
                    snaplen,
                    index: 0,
                    total_bytes: 0,
                })
            }
            0x0a0d0d0a => {
                if !input.ensure(28).map_err(io_error)? {
                    return Err(error(
                        Some(0),
                        "the file ends inside the pcapng section header block".into(),
                    ));
                }
                // The section header block is read by `next_pcapng` like any later one.
                Ok(CaptureReader {
                    file: name.to_string(),
                    input,
                    state: State::PcapNg {
                        endianness: Endianness::Big,
                        interfaces: Vec::new(),
                        all_exact_in_micros: true,
                    },
                    format: Format::PcapNg,
                    resolution: pcapng_resolution,
                    snaplen: MAX_SNAPLEN,
                    index: 0,
                    total_bytes: 0,
                })
            }
            0xa1b2cd34 | 0x34cdb2a1 => Err(error(
                None,
                "this is a \"modified\" (Kuznetzov) pcap, which is not supported: convert it with `editcap -F pcap`".into(),
            )),
            other => Err(error(
                None,
                format!("not a pcap or pcapng capture (the file starts with 0x{other:08x})"),
            )),
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The resolution of every [`Timestamp`] this reader yields, and so of the outputs.
    pub fn resolution(&self) -> Resolution {
        self.resolution
    }

    /// The snap length for the outputs: the input's for classic pcap.
    pub fn snaplen(&self) -> u32 {
        self.snaplen
    }

    /// Bytes of the file consumed so far, and the file's size (0 when unknown).
    pub fn progress(&self) -> (u64, u64) {
        (self.input.position(), self.total_bytes)
    }

    /// Packets read so far.
    pub fn packets(&self) -> u64 {
        self.index
    }

    fn error(&self, packet: Option<u64>, offset: u64, message: String) -> CaptureError {
        CaptureError {
            file: self.file.clone(),
            packet,
            offset: Some(offset),
            message,
        }
    }

    /// The next record, or `None` at the end of the file.
    pub fn next_record(&mut self) -> Result<Option<Record<'_>>, CaptureError> {
        let found = match self.state {
            State::Pcap { .. } => self.next_pcap()?,
            State::PcapNg { .. } => self.next_pcapng()?,
        };
        let Some((timestamp, orig_len, data_at, data_len, link)) = found else {
            return Ok(None);
        };
        let data = self
            .input
            .buf
            .get(data_at..data_at + data_len)
            .unwrap_or_default();
        Ok(Some(Record {
            index: self.index,
            timestamp,
            orig_len,
            data,
            link,
        }))
    }

    /// The next classic pcap record: (timestamp, orig_len, data offset in the buffer, length,
    /// link type).
    fn next_pcap(&mut self) -> Result<Option<Found>, CaptureError> {
        let State::Pcap { parser, link } = &self.state else {
            return Ok(None);
        };
        let link = *link;
        loop {
            let at = self.input.position();
            let available = self.input.available();
            let have = available.len();
            if have >= 16 {
                if let Some(incl_len) = self.pcap_incl_len() {
                    if incl_len as usize > MAX_FRAME {
                        return Err(self.error(
                            Some(self.index + 1),
                            at,
                            format!(
                                "the record says {incl_len} captured bytes, more than the {MAX_FRAME} of the longest frame the pipeline takes (its length field is {} bits)",
                                dxedge_host::regmap::ingress::BITS
                            ),
                        ));
                    }
                }
            }
            match parser.next_raw_packet(available) {
                Ok((rest, raw)) => {
                    let record_len = have - rest.len();
                    let data_len = raw.data.len();
                    let timestamp = Timestamp {
                        secs: raw.ts_sec,
                        frac: raw.ts_frac,
                    };
                    let orig_len = raw.orig_len;
                    let data_at = self.input.start + record_len - data_len;
                    self.input.consume(record_len);
                    self.index += 1;
                    return Ok(Some((timestamp, orig_len, data_at, data_len, link)));
                }
                Err(PcapError::IncompleteBuffer) => {
                    let more = self.input.fill().map_err(|e| {
                        self.error(
                            Some(self.index + 1),
                            at,
                            format!("cannot read the capture: {e}"),
                        )
                    })?;
                    if !more {
                        if have == 0 {
                            return Ok(None);
                        }
                        return Err(self.truncated_pcap_record(at));
                    }
                }
                Err(e) => {
                    return Err(self.error(Some(self.index + 1), at, format!("bad record: {e}")));
                }
            }
        }
    }

    /// The captured length in the record header at the read position, if it is buffered.
    fn pcap_incl_len(&self) -> Option<u32> {
        let big_endian = matches!(
            &self.state,
            State::Pcap { parser, .. } if parser.header().endianness == Endianness::Big
        );
        match self.input.available().get(8..12)? {
            &[a, b, c, d] => Some(if big_endian {
                u32::from_be_bytes([a, b, c, d])
            } else {
                u32::from_le_bytes([a, b, c, d])
            }),
            _ => None,
        }
    }

    /// The error for a file that ends inside a record, saying how much of it is there.
    fn truncated_pcap_record(&self, at: u64) -> CaptureError {
        let available = self.input.available();
        // The captured length is only worth quoting from a whole record header.
        let message = match self.pcap_incl_len().filter(|_| available.len() >= 16) {
            Some(incl_len) => {
                format!(
                    "the file ends inside the record: its header says {incl_len} captured bytes, the file holds {}",
                    available.len().saturating_sub(16)
                )
            }
            _ => format!(
                "the file ends inside a record header ({} of 16 bytes)",
                available.len()
            ),
        };
        self.error(Some(self.index + 1), at, message)
    }

    /// The next pcapng packet, handling section headers and interface descriptions on the way.
    fn next_pcapng(&mut self) -> Result<Option<Found>, CaptureError> {
        loop {
            let at = self.input.position();
            let next_packet = Some(self.index + 1);
            let State::PcapNg { endianness, .. } = &self.state else {
                return Ok(None);
            };
            let endianness = *endianness;

            let io = |e: io::Error| format!("cannot read the capture: {e}");
            let have_header = self
                .input
                .ensure(12)
                .map_err(|e| self.error(next_packet, at, io(e)))?;
            if !have_header {
                let left = self.input.available().len();
                if left == 0 {
                    return Ok(None);
                }
                return Err(self.error(
                    next_packet,
                    at,
                    format!("the file ends inside a block header ({left} of 12 bytes)"),
                ));
            }
            // A section header block carries its own byte order; every other block is in
            // its section's.
            let (block_type, block_len, endianness) =
                peek_block(self.input.available(), endianness);
            if block_len < 12 || block_len % 4 != 0 {
                return Err(self.error(
                    next_packet,
                    at,
                    format!("block of type 0x{block_type:08x} has an invalid length {block_len}"),
                ));
            }
            if block_len as usize > MAX_BLOCK {
                return Err(self.error(
                    next_packet,
                    at,
                    format!(
                        "block of type 0x{block_type:08x} says {block_len} bytes, more than the {MAX_BLOCK} this reader accepts (a packet of the longest frame, {MAX_FRAME} bytes, and its options)"
                    ),
                ));
            }
            if matches!(block_type, ENHANCED_PACKET_BLOCK | PACKET_BLOCK) {
                // The captured length is the fourth word of the body: refuse a packet longer
                // than any engine takes before reading it.
                let have = self
                    .input
                    .ensure(24)
                    .map_err(|e| self.error(next_packet, at, io(e)))?;
                let captured = read_u32(self.input.available(), 20, endianness).unwrap_or(0);
                if have && captured as usize > MAX_FRAME {
                    return Err(self.error(
                        next_packet,
                        at,
                        format!(
                            "the packet says {captured} captured bytes, more than the {MAX_FRAME} of the longest frame the pipeline takes (its length field is {} bits)",
                            dxedge_host::regmap::ingress::BITS
                        ),
                    ));
                }
            }
            let block_len = block_len as usize;
            let complete = self
                .input
                .ensure(block_len)
                .map_err(|e| self.error(next_packet, at, io(e)))?;
            if !complete {
                return Err(self.error(
                    next_packet,
                    at,
                    format!(
                        "the file ends inside a block of type 0x{block_type:08x}: it says {block_len} bytes, the file holds {}",
                        self.input.available().len()
                    ),
                ));
            }
            let block = self.input.available().get(..block_len).unwrap_or_default();
            let trailer = read_u32(block, block_len - 4, endianness).unwrap_or(0);
            if trailer as usize != block_len {
                return Err(self.error(
                    next_packet,
                    at,
                    format!(
                        "block of type 0x{block_type:08x} ends with the length {trailer}, not {block_len} as it starts"
                    ),
                ));
            }
            let body_at = self.input.start + 8;
            let body = block.get(8..block_len - 4).unwrap_or_default();

            let State::PcapNg {
                endianness: section_endianness,
                interfaces,
                all_exact_in_micros,
            } = &mut self.state
            else {
                return Ok(None);
            };
            match block_type {
                SECTION_HEADER_BLOCK => {
                    // Byte-order magic, major and minor version, section length (4.1).
                    let major = read_u16(body, 4, endianness).unwrap_or(0);
                    let minor = read_u16(body, 6, endianness).unwrap_or(0);
                    if body.len() < 16 || major != 1 {
                        let message = format!(
                            "pcapng version {major}.{minor} is not supported (only 1.x is)"
                        );
                        return Err(self.error(None, at, message));
                    }
                    *section_endianness = endianness;
                    interfaces.clear();
                }
                INTERFACE_DESCRIPTION_BLOCK => {
                    let number = interfaces.len();
                    let parsed = parse_interface(body, endianness);
                    let (link, interface) = match parsed {
                        Ok(found) => found,
                        Err(why) => {
                            let message = format!("interface {number}: {why}");
                            return Err(self.error(None, at, message));
                        }
                    };
                    let Some(link) = LinkType::of(link) else {
                        let message = format!(
                            "interface {number} has link type {}, which is not supported (dxedge reads {SUPPORTED_LINKS})",
                            describe_link_type(link)
                        );
                        return Err(self.error(None, at, message));
                    };
                    let interface = Interface { link, ..interface };
                    *all_exact_in_micros &= interface.exact_in_micros();
                    interfaces.push(interface);
                }
                ENHANCED_PACKET_BLOCK | PACKET_BLOCK | SIMPLE_PACKET_BLOCK => {
                    let packet =
                        decode_packet_block(block_type, body, endianness, interfaces.as_slice());
                    let (interface, raw_ts, orig_len, data_offset, data_len) = match packet {
                        Ok(packet) => packet,
                        Err(message) => return Err(self.error(next_packet, at, message)),
                    };
                    if data_len > MAX_FRAME {
                        let message = format!(
                            "the packet holds {data_len} captured bytes, more than the {MAX_FRAME} of the longest frame the pipeline takes"
                        );
                        return Err(self.error(next_packet, at, message));
                    }
                    let converted =
                        interface
                            .convert(raw_ts, self.resolution)
                            .and_then(|(secs, frac)| {
                                Some((u32::try_from(secs).ok()?, u32::try_from(frac).ok()?))
                            });
                    let Some((secs, frac)) = converted else {
                        return Err(self.error(
                            next_packet,
                            at,
                            "the timestamp is outside what classic pcap can hold (1970 to 2106)"
                                .into(),
                        ));
                    };
                    self.input.consume(block_len);
                    self.index += 1;
                    let data_at = body_at + data_offset;
                    let link = interface.link;
                    return Ok(Some((
                        Timestamp { secs, frac },
                        orig_len,
                        data_at,
                        data_len,
                        link,
                    )));
                }
                // Name resolution, interface statistics, journal, secrets, custom blocks:
                // not packets.
                _ => {}
            }
            self.input.consume(block_len);
        }
    }
}

fn read_u16(bytes: &[u8], at: usize, endianness: Endianness) -> Option<u16> {
    match bytes.get(at..at + 2)? {
        &[a, b] => Some(match endianness {
            Endianness::Big => u16::from_be_bytes([a, b]),
            Endianness::Little => u16::from_le_bytes([a, b]),
        }),
        _ => None,
    }
}

fn read_u32(bytes: &[u8], at: usize, endianness: Endianness) -> Option<u32> {
    match bytes.get(at..at + 4)? {
        &[a, b, c, d] => Some(match endianness {
            Endianness::Big => u32::from_be_bytes([a, b, c, d]),
            Endianness::Little => u32::from_le_bytes([a, b, c, d]),
        }),
        _ => None,
    }
}

/// An interface description block body (4.2): link type, snap length, and the options
/// that matter here, `if_tsresol` (9) and `if_tsoffset` (14). The option list may end with
/// `opt_endofopt` or simply at the end of the block.
fn parse_interface(body: &[u8], endianness: Endianness) -> Result<(DataLink, Interface), String> {
    let (Some(link), Some(snaplen)) =
        (read_u16(body, 0, endianness), read_u32(body, 4, endianness))
    else {
        return Err("the interface description block is too short".into());
    };
    let mut interface = Interface {
        link: LinkType::Ethernet,
        tsresol: 6,
        tsoffset: 0,
        snaplen,
    };
    let mut rest = body.get(8..).unwrap_or_default();
    while rest.len() >= 4 {
        let code = read_u16(rest, 0, endianness).unwrap_or(0);
        let len = usize::from(read_u16(rest, 2, endianness).unwrap_or(0));
        if code == 0 {
            break;
        }
        let Some(value) = rest.get(4..4 + len) else {
            return Err(format!("option {code} runs past the end of its block"));
        };
        match (code, value) {
            (9, [resolution, ..]) => interface.tsresol = *resolution,
            (14, &[a, b, c, d, e, f, g, h]) => {
                let bytes = [a, b, c, d, e, f, g, h];
                interface.tsoffset = match endianness {
                    Endianness::Big => i64::from_be_bytes(bytes),
                    Endianness::Little => i64::from_le_bytes(bytes),
                };
            }
            _ => {}
        }
        rest = rest.get(4 + len.div_ceil(4) * 4..).unwrap_or_default();
    }
    Ok((DataLink::from(u32::from(link)), interface))
}

/// A block's type, total length and byte order: the section's, except for a section header
/// block, which gives its own in its magic number.
fn peek_block(bytes: &[u8], endianness: Endianness) -> (u32, u32, Endianness) {
    if read_u32(bytes, 0, Endianness::Big) == Some(SECTION_HEADER_BLOCK) {
        let own = match read_u32(bytes, 8, Endianness::Big) {
            Some(0x4d3c2b1a) => Endianness::Little,
            _ => Endianness::Big,
        };
        let len = read_u32(bytes, 4, own).unwrap_or(0);
        return (SECTION_HEADER_BLOCK, len, own);
    }
    let block_type = read_u32(bytes, 0, endianness).unwrap_or(0);
    let len = read_u32(bytes, 4, endianness).unwrap_or(0);
    (block_type, len, endianness)
}

/// Decode a packet block body: (interface, raw timestamp, original length, data offset in
/// the body, captured length).
fn decode_packet_block(
    block_type: u32,
    body: &[u8],
    endianness: Endianness,
    interfaces: &[Interface],
) -> Result<(Interface, u64, u32, usize, usize), String> {
    let word = |at: usize| read_u32(body, at, endianness);
    let interface_of = |id: u32| {
        interfaces.get(id as usize).copied().ok_or_else(|| {
            format!(
                "the packet is on interface {id}, but the section describes {} interface(s)",
                interfaces.len()
            )
        })
    };
    let too_short = || "the packet block is too short for its fields".to_string();
    if block_type == SIMPLE_PACKET_BLOCK {
        // No interface id (always interface 0), no timestamp, no captured length.
        let interface = interface_of(0)?;
        let orig_len = word(0).ok_or_else(too_short)?;
        let room = body.len().saturating_sub(4);
        let mut captured = (orig_len as usize).min(room);
        if interface.snaplen != 0 {
            captured = captured.min(interface.snaplen as usize);
        }
        return Ok((interface, 0, orig_len, 4, captured));
    }
    // Enhanced (and the obsolete Packet block, whose first word is a 16-bit interface id
    // and a 16-bit drop count): interface, timestamp high and low, captured, original.
    let first = word(0).ok_or_else(too_short)?;
    let id = if block_type == PACKET_BLOCK {
        match endianness {
            Endianness::Big => first >> 16,
            Endianness::Little => first & 0xffff,
        }
    } else {
        first
    };
    let interface = interface_of(id)?;
    let ts_high = word(4).ok_or_else(too_short)?;
    let ts_low = word(8).ok_or_else(too_short)?;
    let captured = word(12).ok_or_else(too_short)? as usize;
    let orig_len = word(16).ok_or_else(too_short)?;
    if captured > body.len().saturating_sub(20) {
        return Err(format!(
            "the packet says {captured} captured bytes but its block holds {}",
            body.len().saturating_sub(20)
        ));
    }
    let raw_ts = u64::from(ts_high) << 32 | u64::from(ts_low);
    Ok((interface, raw_ts, orig_len, 20, captured))
}

// Its capture builders serve the tests of the split (`shard`) too.
#[cfg(test)]
pub(crate) mod tests;
