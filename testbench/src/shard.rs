//! The split of a capture into shards: decided from the capture file alone, so that the
//! threads of one replay (`--jobs N`) and the machines of a cluster (`--shard I/N`) all cut
//! it in the same places, and each shard's outputs, joined in order, are one run's.
//!
//! ```text
//!  file of L bytes   | header | r1 | r2 | r3 |  ...  | rk | r(k+1) |  ...  | rn |
//!  bounds            0           L/N          2L/N                               L
//!  shard i           the records whose slot starts in [i·L/N, (i+1)·L/N)
//! ```
//!
//! A record's *slot* starts where a reader stands before reading it: where the record before
//! it ended (the first record of a classic pcap: after the file header; of a pcapng: at the
//! start of the file). So a pcapng's section headers and interface descriptions go with the
//! record after them, and the shard that reads that record reads them first.
//!
//! Bounds are byte offsets rather than record counts because the work of the RTL grows with
//! a frame's beats, i.e. with its bytes, and because shard i's first record is known as soon
//! as a reader gets past i·L/N, without counting the records of the whole file first. Finding
//! that record takes a walk from the start (classic pcap has no marker a reader could find
//! its way back to a record boundary by): [`scan`] reads the file front to back and hands
//! each shard a [`Checkpoint`] to start from as it gets there. For `--shard` it goes on to the
//! end for the capture's fingerprint (XXH3-128 of every byte), which `dxedge merge` compares;
//! for `--jobs` it stops at the last piece's start. A piece's reader stops by itself at the
//! next bound.
//!
//! pcapng timestamps are written in the resolution the file's interfaces give (see
//! `capture`), which only the end of the file settles: shards of a pcapng start when the scan
//! has ended; shards of a classic pcap start as soon as the scan reaches them.
//!
//! Only a regular, uncompressed file can be split: a pipe is read once and a gzip stream from
//! its start.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::str::FromStr;

use dxedge_host::config::Config;
use dxedge_host::text::shown_path;
use twox_hash::XxHash3_128;

use crate::capture::{CaptureError, CaptureReader, Checkpoint, Format, Resolution};

/// `--shard I/N`: shard I (counting from 0) of a capture split in N.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ShardSpec {
    pub index: u64,
    pub count: u64,
}

/// The most shards a capture may be split in: far beyond any cluster, and low enough that
/// `index · len` never overflows the arithmetic of [`bound`].
pub const MAX_SHARDS: u64 = 1 << 20;

impl FromStr for ShardSpec {
    type Err = String;

    fn from_str(text: &str) -> Result<ShardSpec, String> {
        let usage = "expected I/N, shard I of N counting from 0 (0/4, 1/4, 2/4 and 3/4 are the four shards of a split in 4)";
        let (index, count) = text.split_once('/').ok_or(usage)?;
        let (Ok(index), Ok(count)) = (index.trim().parse::<u64>(), count.trim().parse::<u64>())
        else {
            return Err(usage.to_string());
        };
        if count == 0 || count > MAX_SHARDS {
            return Err(format!("N must be 1 to {MAX_SHARDS}; {usage}"));
        }
        if index >= count {
            return Err(format!(
                "shard {index} of {count} does not exist: shards count from 0 to {}",
                count - 1
            ));
        }
        Ok(ShardSpec { index, count })
    }
}

impl fmt::Display for ShardSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// Where piece `i` of `n` begins in a file of `len` bytes: byte ⌊i·len/n⌋.
pub fn bound(len: u64, i: u64, n: u64) -> u64 {
    (u128::from(len) * u128::from(i) / u128::from(n.max(1))) as u64
}

/// The pieces of the split a run replays: `count` consecutive ones from `first`, of `of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pieces {
    pub first: u64,
    pub count: u64,
    pub of: u64,
}

impl Pieces {
    /// `jobs` pieces: of the whole capture, or of shard `shard`. Shard I of N split in M is
    /// pieces I·M to I·M+M-1 of N·M, which have the same outer bounds (I·M·L/(N·M) = I·L/N):
    /// a machine may replay its shard with any `--jobs` and the shards still join.
    pub fn new(jobs: u64, shard: Option<ShardSpec>) -> Pieces {
        let jobs = jobs.max(1);
        match shard {
            None => Pieces {
                first: 0,
                count: jobs,
                of: jobs,
            },
            Some(s) => Pieces {
                first: s.index * jobs,
                count: jobs,
                of: s.count * jobs,
            },
        }
    }

    /// The piece of this run `k` (from 0) is, as "i/n".
    pub fn label(&self, k: u64) -> String {
        format!("{}/{}", self.first + k, self.of)
    }
}

/// Where a piece's reader starts and stops.
#[derive(Clone, Debug)]
pub struct Start {
    /// The piece of this run, from 0.
    pub piece: u64,
    pub checkpoint: Checkpoint,
    /// The resolution of every timestamp of the file.
    pub resolution: Resolution,
    /// The reader stops at the first record whose slot starts here or later; `None`: at the
    /// end of the file (the last piece of the split).
    pub end: Option<u64>,
}

/// How far a scan reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// As far as the last piece's start: what `--jobs` needs. (A pcapng file is read to its
    /// end all the same, for its resolution.)
    Starts,
    /// To the end, fingerprinting every byte: what a shard records for `dxedge merge`.
    Whole,
}

/// What the scan found besides the starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scanned {
    pub bytes: u64,
    /// Records read: all of them when the scan read the whole file.
    pub records: u64,
    /// [`Reach::Whole`]: XXH3-128 of every byte of the file, 32 hex digits.
    pub fingerprint: Option<String>,
}

/// Why `path` cannot be split, if it cannot: it must be a regular, uncompressed file.
/// `what` names the option that asked (`--jobs 2`, `--shard 1/4`) in the message.
pub fn check_splittable(path: &Path, what: &str) -> Result<(), String> {
    let stream = |kind: &str| {
        format!(
            "{}: {what} reads the capture from several places at once, so it must be a regular file, and this is {kind}: write it to a file first, or replay it with --jobs 1",
            shown_path(path)
        )
    };
    if path.as_os_str() == "-" {
        return Err(stream("standard input"));
    }
    // Looked at before it is opened: opening a FIFO would wait for its writer, and closing
    // it again could leave that writer with no reader.
    let cannot = |e: io::Error| format!("{}: cannot open the capture: {e}", shown_path(path));
    if !std::fs::metadata(path).map_err(cannot)?.is_file() {
        return Err(stream("a pipe, a FIFO or a device"));
    }
    let mut file = File::open(path).map_err(cannot)?;
    let mut magic = [0u8; 2];
    let gzip = file.read_exact(&mut magic).is_ok() && magic == [0x1f, 0x8b];
    if gzip {
        return Err(format!(
            "{}: {what} reads the capture from several places at once, and a gzip-compressed capture can only be read from its start: decompress it first (gunzip -k), or replay it with --jobs 1",
            shown_path(path)
        ));
    }
    Ok(())
}

/// How often (in records) the scan asks whether to stop.
const STOP_CHECK_EVERY: u64 = 16_384;

/// Read the capture `path` (a regular, uncompressed file: see [`check_splittable`]) front to
/// back, as far as `reach` says: hand `on_start` where each of `pieces` starts, as soon as it
/// is known; return the file's size, the records read and the fingerprint. `None` if `stop`
/// said to stop (asked now and then). A capture the reader refuses is refused here, at the
/// same record and with the same message as a replay would.
pub fn scan(
    path: &Path,
    pieces: Pieces,
    reach: Reach,
    on_start: &mut dyn FnMut(Start),
    stop: &dyn Fn() -> bool,
) -> Result<Option<Scanned>, CaptureError> {
    let cannot =
        |e: io::Error| CaptureError::of_file(path, format!("cannot open the capture: {e}"));
    let file = File::open(path).map_err(cannot)?;
    let bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
    // The fingerprint is of every byte, read in a pass of its own.
    let fingerprint_of = file.try_clone().map_err(cannot)?;
    let mut reader = CaptureReader::from_file(file, &shown_path(path), Resolution::Nano)?;
    // Classic pcap gives its resolution in its header: its pieces may start at once.
    let early = reader.format() == Format::Pcap;
    let begins: Vec<u64> = (0..pieces.count)
        .map(|k| bound(bytes, pieces.first + k, pieces.of))
        .collect();
    let end_of = |k: u64| {
        let next = pieces.first + k + 1;
        (next < pieces.of).then(|| bound(bytes, next, pieces.of))
    };
    let start = |piece: usize, checkpoint: Checkpoint, resolution: Resolution| Start {
        piece: piece as u64,
        checkpoint,
        resolution,
        end: end_of(piece as u64),
    };
    let mut found: Vec<Checkpoint> = Vec::with_capacity(begins.len());
    let mut records = 0u64;
    let mut ended = false;
    loop {
        let (at, _) = reader.progress();
        // At the end, pieces that begin past the last record's slot start there: empty.
        while let Some(&begin) = begins.get(found.len()) {
            if at < begin && !ended {
                break;
            }
            let checkpoint = reader.checkpoint();
            if early {
                on_start(start(found.len(), checkpoint.clone(), reader.resolution()));
            }
            found.push(checkpoint);
        }
        if ended || (early && reach == Reach::Starts && found.len() == begins.len()) {
            break;
        }
        if !reader.skip_record()? {
            ended = true;
            continue;
        }
        records += 1;
        if records % STOP_CHECK_EVERY == 0 && stop() {
            return Ok(None);
        }
    }
    if !early {
        let resolution = reader.resolution_so_far();
        for (piece, checkpoint) in found.into_iter().enumerate() {
            on_start(start(piece, checkpoint, resolution));
        }
    }
    drop(reader);
    let fingerprint =
        match reach {
            Reach::Whole => Some(fingerprint(fingerprint_of).map_err(|e| {
                CaptureError::of_file(path, format!("cannot read the capture: {e}"))
            })?),
            Reach::Starts => None,
        };
    Ok(Some(Scanned {
        bytes,
        records,
        fingerprint,
    }))
}

/// XXH3-128 of every byte of `file`, 32 hex digits: from memory where it maps, else read
/// in chunks.
fn fingerprint(mut file: File) -> io::Result<String> {
    let hash = match crate::sys::map_capture(&file) {
        Ok(map) => XxHash3_128::oneshot(&map),
        Err(_) => {
            let mut hash = XxHash3_128::new();
            let mut chunk = vec![0u8; 1 << 20];
            loop {
                match file.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => hash.write(chunk.get(..n).unwrap_or_default()),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
            hash.finish_128()
        }
    };
    Ok(format!("{hash:032x}"))
}

/// The fingerprint of a config: XXH3-128 of its canonical TOML (`Config::to_toml`), so that
/// two files that say the same (comments, order of keys, spacing aside) match.
pub fn config_fingerprint(config: &Config) -> String {
    format!("{:032x}", XxHash3_128::oneshot(config.to_toml().as_bytes()))
}

#[cfg(test)]
mod tests;
