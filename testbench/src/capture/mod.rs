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

//!
//! # Layout
//! `record` holds what the reader yields ([`Record`], [`Timestamp`], [`Resolution`],
//! [`Format`], [`LinkType`]), `error` the [`CaptureError`], `input` the buffered byte stream,
//! `pcap` and `pcapng` the two formats' framing; this module opens files and streams and
//! hands out records in order.

mod error;
mod input;
mod pcap;
mod pcapng;
mod record;

pub use error::CaptureError;
pub use record::{Format, LinkType, Record, Resolution, Timestamp};

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::os::fd::AsFd;
use std::path::Path;

use dxedge_host::text::shown_path;
use flate2::read::MultiGzDecoder;
use pcap_file::pcap::{PcapHeader, PcapParser};
use pcap_file::{Endianness, TsResolution};

use input::{read_up_to, Input};
use pcapng::Interface;
use record::{describe_link_type, SUPPORTED_LINKS};

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
        let open = || -> Result<(Input, u64), CaptureError> {
            let mut file = file.try_clone().map_err(error)?;
            file.seek(SeekFrom::Start(0)).map_err(error)?;
            let mut magic = [0u8; 2];
            let got = read_up_to(&mut file, &mut magic).map_err(error)?;
            file.seek(SeekFrom::Start(0)).map_err(error)?;
            if got == 2 && magic == GZIP_MAGIC {
                // The compressed size says nothing about progress through the records.
                let gunzip = MultiGzDecoder::new(BufReader::new(file));
                Ok((Input::new(Box::new(gunzip)), 0))
            } else {
                Ok((input_of(file), len))
            }
        };
        let (input, total_bytes) = open()?;
        let mut capture = CaptureReader::from_input(input, &name, Resolution::Nano)?;
        capture.total_bytes = total_bytes;
        if capture.format == Format::PcapNg {
            // First pass: learn every interface's resolution, then read for real.
            while capture.next_record()?.is_some() {}
            let resolution = capture.pcapng_resolution();
            let (input, _) = open()?;
            capture = CaptureReader::from_input(input, &name, resolution)?;
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
        let mut capture = CaptureReader::from_input(input_of(head), &name, resolution)?;
        if !capture.input.jump(at.offset) {
            let mut file = File::open(path).map_err(error)?;
            file.seek(SeekFrom::Start(at.offset)).map_err(error)?;
            capture.input.restart(Box::new(file), at.offset);
        }
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

    /// Start reading: the file header decides the format. `pcapng_resolution` is the
    /// output resolution for a pcapng file (a classic file has its own).
    pub(crate) fn from_reader(
        reader: Box<dyn Read>,
        name: &str,
        pcapng_resolution: Resolution,
    ) -> Result<CaptureReader, CaptureError> {
        Self::from_input(Input::new(reader), name, pcapng_resolution)
    }

    /// Start reading a regular, uncompressed capture file, mapped into memory where it can
    /// be. `pcapng_resolution` as for [`CaptureReader::from_reader`].
    pub(crate) fn from_file(
        file: File,
        name: &str,
        pcapng_resolution: Resolution,
    ) -> Result<CaptureReader, CaptureError> {
        Self::from_input(input_of(file), name, pcapng_resolution)
    }

    fn from_input(
        mut input: Input,
        name: &str,
        pcapng_resolution: Resolution,
    ) -> Result<CaptureReader, CaptureError> {
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

    /// Past the next record, `false` at the end of the file: what [`Self::next_record`] does,
    /// for a reader that only needs to know where records begin (the split's scan). A classic
    /// pcap record that is whole and within [`MAX_FRAME`] is stepped over by its header's
    /// length alone; anything else (pcapng, a record to refuse, the end) takes the full read.
    pub fn skip_record(&mut self) -> Result<bool, CaptureError> {
        if matches!(self.state, State::Pcap { .. }) {
            if let Some(len) = self.pcap_incl_len().map(|n| n as usize) {
                if len <= MAX_FRAME && 16 + len <= self.input.available().len() {
                    self.input.consume(16 + len);
                    self.index += 1;
                    return Ok(true);
                }
            }
        }
        Ok(self.next_record()?.is_some())
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
}

/// A regular, uncompressed capture file as the readers' input: mapped into memory, or (where
/// it cannot be mapped: a file system without mmap) read in chunks.
fn input_of(file: File) -> Input {
    match crate::sys::map_capture(&file) {
        Ok(map) => Input::mapped(map, 0),
        Err(_) => Input::new(Box::new(file)),
    }
}

// Its capture builders serve the tests of the split (`shard`) too.
#[cfg(test)]
pub(crate) mod tests;
