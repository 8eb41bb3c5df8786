//! What `dxedge replay` writes into `--out`, and how it gets there.
//!
//! ```text
//!  --out parent/
//!    .<out>.dxedge-tmp-<pid>-<n>/     written here first ([`OutDir`])
//!       <target>.pcap ...  punt.pcap  classic pcap, Ethernet, the input's resolution
//!       drops.pcapng                  each packet's comment is its drop reason
//!       counters.json  run.json
//!    <out>/                           renamed into place only when the run succeeded
//! ```
//!
//! Every file is byte-for-byte a function of the config, the input and the frames the
//! engine returned, except `run.json`, which holds what differs between engines and runs.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Seek, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{bail, Context};
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::text::shown_path;
use dxedge_host::verdict::DropReason;
use pcap_file::pcap::PcapHeader;
use pcap_file::pcapng::blocks::interface_description::{
    InterfaceDescriptionBlock, InterfaceDescriptionOption,
};
use pcap_file::pcapng::blocks::RawBlock;
use pcap_file::pcapng::PcapNgWriter;
use pcap_file::{DataLink, Endianness};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::capture::{Resolution, Timestamp};
use crate::engine::EngineCounters;

/// Name of the punt file.
pub const PUNT_FILE: &str = "punt.pcap";
/// Where a to-customer run writes every forwarded frame.
pub const CUSTOMER_FILE: &str = "customer.pcap";
pub const DROPS_FILE: &str = "drops.pcapng";
/// The pcapng option code of `epb_packetid` (pcapng spec, section 4.3.1).
const EPB_PACKETID: u16 = 5;
pub const COUNTERS_FILE: &str = "counters.json";
pub const RUN_FILE: &str = "run.json";

/// Why `--out` cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum OutDirError {
    /// It exists and may not be replaced, or it is in use by another run (exit 2).
    #[error("{path}: {why}")]
    Refused { path: String, why: String },
    /// The file system said no.
    #[error("{path}: {why}")]
    Io { path: String, why: String },
}

/// The output directory of one run: a temporary directory beside `--out`, renamed onto it
/// by [`OutDir::commit`]. Dropped without a commit, it removes the temporary directory and
/// the parent directories this run created, so a failed run leaves the file system as it
/// was. For the whole run it holds a lock on `--out` ([`OutLock`]).
#[derive(Debug)]
pub struct OutDir {
    target: PathBuf,
    temp: PathBuf,
    /// Where an old `--out` goes while `--force` replaces it.
    aside: PathBuf,
    force: bool,
    committed: bool,
    /// Parents of `--out` this run created, outermost first.
    created: Vec<PathBuf>,
    lock: Option<OutLock>,
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The markers of the names a run gives its files beside `--out`, after `.<out name>`.
const TEMP_MARK: &str = ".dxedge-tmp-";
const ASIDE_MARK: &str = ".dxedge-old-";
const LOCK_MARK: &str = ".dxedge-lock";

/// Whether the last component of `path` as written is `.` or `..` (`x/.`): `Path` drops a
/// trailing `.`, so `x/.` would otherwise be taken as `x`, and renaming onto it fails only
/// at the end of the run.
fn ends_in_dot(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    let trimmed = bytes.strip_suffix(b"/").unwrap_or(bytes);
    let last = trimmed.rsplit(|b| *b == b'/').next().unwrap_or_default();
    last == b"." || last == b".."
}

/// Create `dir` and its missing ancestors; the ones created, outermost first.
fn create_parents(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(p) = at.filter(|p| !p.as_os_str().is_empty()) {
        match fs::symlink_metadata(p) {
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::NotFound => missing.push(p.to_path_buf()),
            Err(e) => return Err(e),
        }
        at = p.parent();
    }
    missing.reverse();
    let mut created = Vec::new();
    for p in missing {
        match fs::create_dir(&p) {
            Ok(()) => created.push(p),
            // Another process made it meanwhile: not ours to remove.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                remove_created(&created);
                return Err(e);
            }
        }
    }
    Ok(created)
}

/// Remove the directories of `created` (outermost first) that are still empty.
fn remove_created(created: &[PathBuf]) {
    for dir in created.iter().rev() {
        let _ = fs::remove_dir(dir);
    }
}

/// An exclusive lock on `--out` for one run: `flock` on `.<out>.dxedge-lock` beside it,
/// which holds the pid of the run that has it. Two runs on one `--out` (two `--force`
/// replacing it at once would race their renames) cannot both hold it; the second is
/// refused at once, naming the first. The file is removed when the lock is released.
#[derive(Debug)]
pub struct OutLock {
    path: PathBuf,
    file: File,
}

impl OutLock {
    fn acquire(path: PathBuf, out_shown: &str) -> Result<OutLock, OutDirError> {
        let io_error = |e: io::Error| OutDirError::Io {
            path: shown_path(&path),
            why: format!("cannot lock --out {out_shown}: {e}"),
        };
        loop {
            let mut file = fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(io_error)?;
            if !crate::sys::try_lock(&file).map_err(io_error)? {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = match holder.trim().parse::<u32>() {
                    Ok(pid) => format!("pid {pid}"),
                    Err(_) => "a process that has not written its pid yet".to_string(),
                };
                return Err(OutDirError::Refused {
                    path: out_shown.to_string(),
                    why: format!(
                        "--out is in use by another dxedge run ({holder}; lock file {}): wait for it to finish",
                        shown_path(&path)
                    ),
                });
            }
            // The holder before us removes the file as it lets go: a lock on a file no
            // longer at `path` locks nothing, so start again with the one there now.
            let same = match (fs::symlink_metadata(&path), file.metadata()) {
                (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
                _ => false,
            };
            if !same {
                continue;
            }
            file.set_len(0).map_err(io_error)?;
            writeln!(file, "{}", std::process::id()).map_err(io_error)?;
            return Ok(OutLock { path, file });
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for OutLock {
    fn drop(&mut self) {
        // Removed while still locked (see `acquire`); the lock goes with `file`.
        let _ = fs::remove_file(&self.path);
        let _ = &self.file;
    }
}

/// Remove what runs on `--out` that were killed left beside it: temporary directories and
/// old outputs set aside, named by a pid that is no longer alive. Only called with the lock
/// on `--out` held, so no live run is writing them.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let lead = format!(".{name}");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&lead)) else {
            continue;
        };
        let Some(tail) = rest
            .strip_prefix(TEMP_MARK)
            .or_else(|| rest.strip_prefix(ASIDE_MARK))
        else {
            continue;
        };
        let pid = tail.split('-').next().and_then(|p| p.parse::<u32>().ok());
        match pid {
            Some(pid) if pid != std::process::id() && !crate::sys::process_alive(pid) => {
                let _ = fs::remove_dir_all(entry.path());
            }
            _ => {}
        }
    }
}

impl OutDir {
    /// Check the `--out`/`--force` rule, lock `--out` and create the temporary directory.
    pub fn prepare(out: &Path, force: bool) -> Result<OutDir, OutDirError> {
        let shown = shown_path(out);
        let io_error = |path: &Path, what: &str, e: io::Error| OutDirError::Io {
            path: shown_path(path),
            why: format!("{what}: {e}"),
        };
        let refused = |why: &str| OutDirError::Refused {
            path: shown.clone(),
            why: why.to_string(),
        };
        if ends_in_dot(out) {
            return Err(refused(
                "--out must name a directory by its own name, not `.` or `..`",
            ));
        }
        let name = out
            .file_name()
            .ok_or_else(|| refused("--out must name a directory (it has no last component)"))?
            .to_string_lossy()
            .into_owned();
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let created = create_parents(&parent)
            .map_err(|e| io_error(&parent, "cannot create the parent of --out", e))?;
        let mut dir = OutDir {
            target: out.to_path_buf(),
            temp: PathBuf::new(),
            aside: PathBuf::new(),
            force,
            committed: false,
            created,
            lock: None,
        };
        // From here on, dropping `dir` removes what this run made.
        dir.lock = Some(OutLock::acquire(
            parent.join(format!(".{name}{LOCK_MARK}")),
            &shown,
        )?);
        remove_leftovers(&parent, &name);
        match fs::symlink_metadata(out) {
            Ok(meta) if !meta.is_dir() => {
                return Err(refused("--out exists and is not a directory"));
            }
            Ok(_) => {
                let mut entries =
                    fs::read_dir(out).map_err(|e| io_error(out, "cannot list --out", e))?;
                if entries.next().is_some() && !force {
                    return Err(refused(
                        "--out exists and is not empty (give --force to replace it)",
                    ));
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_error(out, "cannot inspect --out", e)),
        }
        let unique = format!(
            "{}-{}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let temp = parent.join(format!(".{name}{TEMP_MARK}{unique}"));
        dir.aside = parent.join(format!(".{name}{ASIDE_MARK}{unique}"));
        fs::create_dir(&temp)
            .map_err(|e| io_error(&temp, "cannot create a temporary directory beside --out", e))?;
        dir.temp = temp;
        Ok(dir)
    }

    /// Where the run writes its files until the commit.
    pub fn path(&self) -> &Path {
        &self.temp
    }

    /// The final `--out`.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// What to remove if the process is killed before the commit: the temporary directory
    /// and what is in it, the lock file, the parents this run made.
    pub fn leftovers(&self) -> crate::sys::Leftovers {
        crate::sys::Leftovers {
            files: self.lock.iter().map(|l| l.path().to_path_buf()).collect(),
            own_dirs: vec![self.temp.clone()],
            dirs: self.created.iter().rev().cloned().collect(),
        }
    }

    /// Put the finished files in place of `--out`.
    pub fn commit(mut self) -> anyhow::Result<()> {
        let exists = fs::symlink_metadata(&self.target).is_ok();
        let shown = shown_path(&self.target);
        if exists {
            let empty = fs::read_dir(&self.target)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if empty {
                // rename(2) replaces an empty directory.
                fs::rename(&self.temp, &self.target)
                    .with_context(|| format!("cannot move the outputs to {shown}"))?;
            } else if self.force {
                let old = self.aside.clone();
                fs::rename(&self.target, &old)
                    .with_context(|| format!("cannot move the old {shown} aside"))?;
                if let Err(e) = fs::rename(&self.temp, &self.target) {
                    // Put the old one back rather than leave nothing.
                    let _ = fs::rename(&old, &self.target);
                    return Err(e).with_context(|| format!("cannot move the outputs to {shown}"));
                }
                fs::remove_dir_all(&old).with_context(|| {
                    format!("cannot remove the old outputs in {}", shown_path(&old))
                })?;
            } else {
                bail!(
                    "{shown}: --out was filled by someone else during the run; the outputs are not moved there"
                );
            }
        } else {
            fs::rename(&self.temp, &self.target)
                .with_context(|| format!("cannot move the outputs to {shown}"))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for OutDir {
    fn drop(&mut self) {
        if !self.committed && !self.temp.as_os_str().is_empty() {
            let _ = fs::remove_dir_all(&self.temp);
        }
        // The lock file is in the parent: it goes before the parents this run made.
        self.lock = None;
        if !self.committed {
            remove_created(&self.created);
        }
    }
}

/// Write buffers: large enough that a 64-byte frame costs a copy, not a system call.
const BUFFER: usize = 256 * 1024;

/// A pcap-file error as what it is: an I/O error is the system's (pcap-file words every one
/// of them "Error reading bytes", whichever way the bytes went).
fn pcap_error(e: pcap_file::PcapError) -> anyhow::Error {
    match e {
        pcap_file::PcapError::IoError(io) => io.into(),
        other => other.into(),
    }
}

/// Byte offset of the snap length in a classic pcap file header.
const PCAP_SNAPLEN_AT: u64 = 16;

/// One classic pcap output, with the longest record written to it. pcap-file writes its
/// header; records go straight into the buffer (see [`write_record`]).
struct PcapOut {
    name: String,
    file: BufWriter<File>,
    longest: u32,
}

/// The capture files of one run, open for writing.
pub struct Outputs {
    dir: PathBuf,
    resolution: Resolution,
    snaplen: u32,
    /// Egress indices an engine may forward to: targets to AWS, VIFs to the customer.
    egress: usize,
    /// One file per target (to AWS) or one for all VIFs (to the customer).
    targets: Vec<PcapOut>,
    punt: PcapOut,
    drops: PcapNgWriter<BufWriter<File>>,
    /// Where drops.pcapng's interface description holds its snap length, and the longest
    /// record written there.
    drops_snaplen_at: u64,
    drops_longest: u32,
}

impl std::fmt::Debug for Outputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outputs").field("dir", &self.dir).finish()
    }
}

/// "cannot write <dir>/<name>" for messages.
fn cannot_write(dir: &Path, name: &str) -> String {
    format!("cannot write {}", shown_path(&dir.join(name)))
}

fn create(dir: &Path, name: &str) -> anyhow::Result<BufWriter<File>> {
    let path = dir.join(name);
    let file =
        File::create(&path).with_context(|| format!("cannot create {}", shown_path(&path)))?;
    Ok(BufWriter::with_capacity(BUFFER, file))
}

fn pcap_file(
    dir: &Path,
    name: &str,
    resolution: Resolution,
    snaplen: u32,
) -> anyhow::Result<PcapOut> {
    let header = PcapHeader {
        snaplen,
        datalink: DataLink::ETHERNET,
        ts_resolution: resolution.to_pcap_file(),
        // Fixed, not native, so that outputs are the same bytes on every machine.
        endianness: Endianness::Little,
        ..PcapHeader::default()
    };
    let mut file = create(dir, name)?;
    header
        .write_to(&mut file)
        .map_err(pcap_error)
        .with_context(|| cannot_write(dir, name))?;
    Ok(PcapOut {
        name: name.to_string(),
        file,
        longest: 0,
    })
}

/// Finish one output file: flush it and, if a record is longer than the snap length its
/// header declared, declare the longest record's length instead (a reader may refuse a
/// record longer than the snap length).
fn finish_file(
    writer: BufWriter<File>,
    snaplen_at: u64,
    declared: u32,
    longest: u32,
) -> io::Result<()> {
    let file = writer.into_inner().map_err(|e| e.into_error())?;
    if longest > declared {
        use std::os::unix::fs::FileExt;
        file.write_all_at(&longest.to_le_bytes(), snaplen_at)?;
    }
    Ok(())
}

impl Outputs {
    /// Create every capture file of a run in `direction`: to AWS a pcap per target (in config
    /// order), to the customer `customer.pcap` (every VIF's frames, in input order); then
    /// punt and drops.
    pub fn create(
        dir: &Path,
        config: &Config,
        direction: Direction,
        resolution: Resolution,
        snaplen: u32,
    ) -> anyhow::Result<Outputs> {
        let mut targets = Vec::with_capacity(config.targets.len());
        match direction {
            Direction::ToAws => {
                for target in &config.targets {
                    let name = format!("{}.pcap", target.name);
                    targets.push(pcap_file(dir, &name, resolution, snaplen)?);
                }
            }
            Direction::ToCustomer => {
                targets.push(pcap_file(dir, CUSTOMER_FILE, resolution, snaplen)?);
            }
        }
        let egress = match direction {
            Direction::ToAws => config.targets.len(),
            Direction::ToCustomer => config.vifs.len(),
        };
        let punt = pcap_file(dir, PUNT_FILE, resolution, snaplen)?;
        let mut drops = PcapNgWriter::with_endianness(create(dir, DROPS_FILE)?, Endianness::Little)
            .map_err(pcap_error)
            .with_context(|| cannot_write(dir, DROPS_FILE))?;
        // The section header is written; the interface description follows it, its snap
        // length after the block type, block length, link type and reserved field.
        let drops_snaplen_at = drops
            .get_mut()
            .stream_position()
            .with_context(|| cannot_write(dir, DROPS_FILE))?
            + 12;
        let interface = InterfaceDescriptionBlock {
            linktype: DataLink::ETHERNET,
            snaplen,
            options: vec![InterfaceDescriptionOption::IfTsResol(
                resolution.if_tsresol(),
            )],
        };
        drops
            .write_pcapng_block(interface)
            .map_err(pcap_error)
            .with_context(|| cannot_write(dir, DROPS_FILE))?;
        Ok(Outputs {
            dir: dir.to_path_buf(),
            resolution,
            snaplen,
            egress,
            targets,
            punt,
            drops,
            drops_snaplen_at,
            drops_longest: 0,
        })
    }

    /// A forwarded frame, as the engine rewrote it (complete: captured = original length).
    pub fn forward(
        &mut self,
        target: usize,
        timestamp: Timestamp,
        data: &[u8],
    ) -> anyhow::Result<()> {
        if target >= self.egress {
            bail!(
                "the engine forwarded a frame to egress {target}; the config has {}",
                self.egress
            );
        }
        // To the customer every VIF's frames share one file.
        let file = if self.targets.len() == self.egress {
            target
        } else {
            0
        };
        let Some(out) = self.targets.get_mut(file) else {
            bail!("the engine forwarded a frame to target {target}, which has no file");
        };
        write_record(out, timestamp, data.len() as u32, data)
            .with_context(|| cannot_write(&self.dir, &out.name))
    }

    /// A punted frame, unchanged.
    pub fn punt(&mut self, timestamp: Timestamp, orig_len: u32, data: &[u8]) -> anyhow::Result<()> {
        write_record(&mut self.punt, timestamp, orig_len, data)
            .with_context(|| cannot_write(&self.dir, PUNT_FILE))
    }

    /// A dropped frame, unchanged, with its reason as the packet comment.
    /// A dropped frame, unchanged, its reason as the packet's one comment and `packet`, its
    /// record's place in the input capture (from 1), as its `epb_packetid` (option 5).
    pub fn drop_frame(
        &mut self,
        timestamp: Timestamp,
        orig_len: u32,
        data: &[u8],
        reason: DropReason,
        packet: u64,
    ) -> anyhow::Result<()> {
        // The timestamp in the units the interface's if_tsresol says.
        let units = timestamp.units(self.resolution);
        let block = enhanced_packet_block(units, orig_len, data, reason.name(), packet);
        self.drops
            .write_raw_block(&block)
            .map_err(pcap_error)
            .with_context(|| cannot_write(&self.dir, DROPS_FILE))?;
        self.drops_longest = self.drops_longest.max(data.len() as u32);
        Ok(())
    }

    /// Flush every capture file.
    pub fn finish(self) -> anyhow::Result<()> {
        let dir = self.dir;
        for out in self.targets.into_iter().chain([self.punt]) {
            finish_file(out.file, PCAP_SNAPLEN_AT, self.snaplen, out.longest)
                .with_context(|| cannot_write(&dir, &out.name))?;
        }
        finish_file(
            self.drops.into_inner(),
            self.drops_snaplen_at,
            self.snaplen,
            self.drops_longest,
        )
        .with_context(|| cannot_write(&dir, DROPS_FILE))?;
        Ok(())
    }
}

/// A classic pcap record: its 16-byte header (little-endian, as the file header says) and
/// its bytes, each one copy into the buffer. pcap-file's `write_raw_packet` writes the
/// header's four fields one call at a time, which at 100G is a cost a replay can see.
fn write_record(
    out: &mut PcapOut,
    timestamp: Timestamp,
    orig_len: u32,
    data: &[u8],
) -> anyhow::Result<()> {
    let incl_len = data.len() as u32;
    let mut header = [0u8; 16];
    for (at, field) in [timestamp.secs, timestamp.frac, incl_len, orig_len]
        .into_iter()
        .enumerate()
    {
        header[4 * at..4 * at + 4].copy_from_slice(&field.to_le_bytes());
    }
    out.file.write_all(&header)?;
    out.file.write_all(data)?;
    out.longest = out.longest.max(incl_len);
    Ok(())
}

/// A JSON object whose keys keep the order given (serde_json sorts its own maps).
struct Ordered<'a, T>(Vec<(&'a str, T)>);

impl<T: Serialize> Serialize for Ordered<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[derive(serde::Serialize)]
struct VifJson {
    rx_packets: u64,
    rx_bytes: u64,
    forwarded_packets: u64,
    punted_packets: u64,
    dropped_packets: u64,
}

#[derive(serde::Serialize)]
struct TargetJson {
    tx_packets: u64,
    tx_bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    cpu_tx_packets: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cpu_tx_bytes: Option<u64>,
}

/// Which counters a `counters.json` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterKeys {
    /// A replay's: exactly the contract's keys.
    Replay,
    /// A device's (`dxedge device counters --json`): also each egress row's
    /// `cpu_tx_packets` and `cpu_tx_bytes`, the frames the host sent through the CPU port.
    Device,
}

#[derive(serde::Serialize)]
struct CountersJson<'a> {
    vifs: Ordered<'a, VifJson>,
    targets: Ordered<'a, TargetJson>,
    drops: Ordered<'a, u64>,
    punted_packets: u64,
}

/// The to-customer shape: the rx side is per target, the tx side per VIF.
#[derive(serde::Serialize)]
struct ToCustomerJson<'a> {
    direction: &'static str,
    targets: Ordered<'a, VifJson>,
    vifs: Ordered<'a, TargetJson>,
    drops: Ordered<'a, u64>,
    punted_packets: u64,
}

/// `counters.json`: every key of the contract, VIFs and targets in config order, drop
/// reasons in the contract's order, two-space indentation and a final newline. `truncated`
/// is the replay's own count of step 1 drops. To AWS it is the v1 file; to the customer, the
/// targets hold the rx side and the VIFs the tx side, after a `"direction"` key.
pub fn counters_json(
    config: &Config,
    direction: Direction,
    counters: &EngineCounters,
    truncated: u64,
    keys: CounterKeys,
) -> anyhow::Result<String> {
    let vifs: Vec<&str> = config.vifs.iter().map(|v| v.name.as_str()).collect();
    let targets: Vec<&str> = config.targets.iter().map(|t| t.name.as_str()).collect();
    match direction {
        Direction::ToAws => counters_json_named(&vifs, &targets, counters, truncated, keys),
        Direction::ToCustomer => {
            counters_json_to_customer(&targets, &vifs, counters, truncated, keys)
        }
    }
}

/// The to-customer `counters.json`: targets (the ingress rows) and VIFs (the egress rows).
pub fn counters_json_to_customer(
    target_names: &[&str],
    vif_names: &[&str],
    counters: &EngineCounters,
    truncated: u64,
    keys: CounterKeys,
) -> anyhow::Result<String> {
    let (rx, tx, drops) = json_rows(target_names, vif_names, counters, truncated, keys)?;
    let file = ToCustomerJson {
        direction: Direction::ToCustomer.name(),
        targets: rx,
        vifs: tx,
        drops,
        punted_packets: counters.punted_packets,
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}

/// [`counters_json`] with the VIF and target names given (`dxedge device counters` without a
/// config names them by index).
pub fn counters_json_named(
    vif_names: &[&str],
    target_names: &[&str],
    counters: &EngineCounters,
    truncated: u64,
    keys: CounterKeys,
) -> anyhow::Result<String> {
    let (vifs, targets, drops) = json_rows(vif_names, target_names, counters, truncated, keys)?;
    let file = CountersJson {
        vifs,
        targets,
        drops,
        punted_packets: counters.punted_packets,
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}

/// A `counters.json` read back, as `dxedge merge` adds up the shards': the direction, the
/// names of the ingress and egress rows in file order, the counters and the
/// `truncated_capture` drops. [`CountersFile::to_json`] writes it again byte for byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountersFile {
    pub direction: Direction,
    pub ingress: Vec<String>,
    pub egress: Vec<String>,
    pub counters: EngineCounters,
    pub truncated: u64,
}

/// A JSON object's members in file order (serde_json's own maps sort them).
struct Members<T>(Vec<(String, T)>);

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Members<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InOrder<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for InOrder<T> {
            type Value = Members<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members<T>, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, T>()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(InOrder(std::marker::PhantomData))
    }
}

/// A row of either side: the ingress keys or the egress keys.
#[derive(Default, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RowIn {
    rx_packets: u64,
    rx_bytes: u64,
    forwarded_packets: u64,
    punted_packets: u64,
    dropped_packets: u64,
    tx_packets: u64,
    tx_bytes: u64,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CountersIn {
    #[serde(default)]
    direction: Option<String>,
    vifs: Members<RowIn>,
    targets: Members<RowIn>,
    drops: Members<u64>,
    punted_packets: u64,
}

impl CountersFile {
    /// Read a `counters.json` of either direction.
    pub fn parse(text: &str) -> Result<CountersFile, String> {
        let file: CountersIn = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let direction = match file.direction.as_deref() {
            None => Direction::ToAws,
            Some(name) => name.parse().map_err(|e| format!("{e}"))?,
        };
        let (ingress, egress) = match direction {
            Direction::ToAws => (file.vifs, file.targets),
            Direction::ToCustomer => (file.targets, file.vifs),
        };
        let mut counters = EngineCounters::zeroed(ingress.0.len(), egress.0.len());
        for (c, (_, row)) in counters.ingress.iter_mut().zip(&ingress.0) {
            *c = crate::engine::IngressCounters {
                rx_packets: row.rx_packets,
                rx_bytes: row.rx_bytes,
                forwarded_packets: row.forwarded_packets,
                punted_packets: row.punted_packets,
                dropped_packets: row.dropped_packets,
            };
        }
        for (c, (_, row)) in counters.egress.iter_mut().zip(&egress.0) {
            // A replay's file has no CPU-port counters: a replay sends nothing through it.
            *c = crate::engine::EgressCounters {
                tx_packets: row.tx_packets,
                tx_bytes: row.tx_bytes,
                ..Default::default()
            };
        }
        let mut truncated = 0;
        for (name, count) in file.drops.0 {
            let reason = DropReason::ALL
                .into_iter()
                .find(|r| r.name() == name)
                .ok_or_else(|| format!("`{name}` is not a drop reason"))?;
            match reason.hw_code() {
                None => truncated = count,
                Some(code) => {
                    if let Some(n) = counters.drops.get_mut(usize::from(code)) {
                        *n = count;
                    }
                }
            }
        }
        counters.punted_packets = file.punted_packets;
        Ok(CountersFile {
            direction,
            ingress: ingress.0.into_iter().map(|(name, _)| name).collect(),
            egress: egress.0.into_iter().map(|(name, _)| name).collect(),
            counters,
            truncated,
        })
    }

    /// The file again, as a replay writes it.
    pub fn to_json(&self) -> anyhow::Result<String> {
        let ingress: Vec<&str> = self.ingress.iter().map(String::as_str).collect();
        let egress: Vec<&str> = self.egress.iter().map(String::as_str).collect();
        match self.direction {
            Direction::ToAws => counters_json_named(
                &ingress,
                &egress,
                &self.counters,
                self.truncated,
                CounterKeys::Replay,
            ),
            Direction::ToCustomer => counters_json_to_customer(
                &ingress,
                &egress,
                &self.counters,
                self.truncated,
                CounterKeys::Replay,
            ),
        }
    }
}

type JsonRows<'a> = (
    Ordered<'a, VifJson>,
    Ordered<'a, TargetJson>,
    Ordered<'a, u64>,
);

/// The ingress rows, the egress rows and the drops, named.
fn json_rows<'a>(
    ingress_names: &[&'a str],
    egress_names: &[&'a str],
    counters: &EngineCounters,
    truncated: u64,
    keys: CounterKeys,
) -> anyhow::Result<JsonRows<'a>> {
    if counters.ingress.len() != ingress_names.len() || counters.egress.len() != egress_names.len()
    {
        bail!(
            "the engine reported counters for {} ingress and {} egress rows; the config has {} and {}",
            counters.ingress.len(),
            counters.egress.len(),
            ingress_names.len(),
            egress_names.len()
        );
    }
    let ingress = ingress_names
        .iter()
        .zip(&counters.ingress)
        .map(|(name, c)| {
            (
                *name,
                VifJson {
                    rx_packets: c.rx_packets,
                    rx_bytes: c.rx_bytes,
                    forwarded_packets: c.forwarded_packets,
                    punted_packets: c.punted_packets,
                    dropped_packets: c.dropped_packets,
                },
            )
        })
        .collect();
    let egress = egress_names
        .iter()
        .zip(&counters.egress)
        .map(|(name, c)| {
            (
                *name,
                TargetJson {
                    tx_packets: c.tx_packets,
                    tx_bytes: c.tx_bytes,
                    cpu_tx_packets: (keys == CounterKeys::Device).then_some(c.cpu_tx_packets),
                    cpu_tx_bytes: (keys == CounterKeys::Device).then_some(c.cpu_tx_bytes),
                },
            )
        })
        .collect();
    let drops = DropReason::ALL
        .iter()
        .map(|&reason| {
            let count = match reason {
                DropReason::TruncatedCapture => truncated,
                other => counters.drop_count(other).unwrap_or(0),
            };
            (reason.name(), count)
        })
        .collect();
    Ok((Ordered(ingress), Ordered(egress), Ordered(drops)))
}

/// `run.json`: what differs between engines and runs. A plain run writes the contract's keys;
/// a sharded one (`--jobs N`, `--shard I/N`, `dxedge merge`) adds what `dxedge merge` compares
/// (the capture's and the config's fingerprints, `--ingress-vlan`, which shard) and each
/// piece's own figures.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunInfo {
    pub engine: String,
    pub speed: String,
    #[serde(with = "direction_name")]
    pub direction: Direction,
    /// Capture records read.
    pub packets: u64,
    pub wall_seconds: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_beats: Option<u64>,
    /// `--shard I/N`: which shard this run is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<ShardOf>,
    /// The capture replayed: its size and fingerprint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<CaptureId>,
    /// XXH3-128 of the config's canonical TOML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_xxh3_128: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_vlan: Option<u16>,
    /// Each piece replayed by an engine of its own, in input order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shards: Vec<ShardRun>,
    /// `--trace-frames`: what the waveform covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_window: Option<TraceWindow>,
}

/// The frames and clocks of a `--trace-frames` waveform. Clocks are numbered as the model
/// counts them from power-on (reset and table programming included), from 1; clock `n` is
/// sampled at trace times `2n - 2` (its low half) and `2n - 1` (its rising edge), as in a
/// `--trace` of the whole run.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TraceWindow {
    /// The range as given (`A..B`, `A..`, `N`).
    pub frames: String,
    /// The first and last records of the range that entered the pipeline (a truncated one
    /// never does; a range past the end stops at the capture's last record).
    pub first_frame: u64,
    pub last_frame: u64,
    /// The clock whose edge took `first_frame`'s first beat, and the one whose edge passed
    /// `last_frame`'s last egress beat.
    pub first_in_clock: u64,
    pub last_out_clock: u64,
    /// The first and last clocks traced: 16 before and after those two where the run had them.
    pub first_clock: u64,
    pub last_clock: u64,
    /// The trace's first and last time stamps.
    pub first_time: u64,
    pub last_time: u64,
}

/// Shard `index` (from 0) of `count`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardOf {
    pub index: u64,
    pub count: u64,
}

/// A capture file's size and the XXH3-128 of its bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaptureId {
    pub bytes: u64,
    pub xxh3_128: String,
}

/// One piece of a sharded run: piece `piece` ("i/n") of the split, its records (numbered as
/// in the whole capture) and its engine's own figures; the line-rate rule holds for each.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardRun {
    pub piece: String,
    pub first_packet: u64,
    pub packets: u64,
    pub wall_seconds: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_beats: Option<u64>,
}

mod direction_name {
    use super::Direction;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        direction: &Direction,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(direction.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Direction, D::Error> {
        let name = String::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

impl RunInfo {
    pub fn to_json(&self) -> anyhow::Result<String> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text)
    }
}

/// Write a small file of the run (the JSON files).
pub fn write_text(dir: &Path, name: &str, text: &str) -> anyhow::Result<()> {
    fs::write(dir.join(name), text).with_context(|| cannot_write(dir, name))
}

/// An enhanced packet block (pcapng section 4.3) of `data` on interface 0, its comment and
/// its `epb_packetid`, little-endian like the section. pcap-file 2 writes comments but has no
/// public way to write a packet id, so the block is laid out here; `tests` reads it back
/// with pcap-file and with tshark.
fn enhanced_packet_block(
    units: u64,
    orig_len: u32,
    data: &[u8],
    comment: &str,
    packet: u64,
) -> RawBlock<'static> {
    const OPT_COMMENT: u16 = 1;
    const OPT_END: u16 = 0;
    fn padded(body: &mut Vec<u8>, bytes: &[u8]) {
        body.extend_from_slice(bytes);
        body.resize(body.len().next_multiple_of(4), 0);
    }
    fn option(body: &mut Vec<u8>, code: u16, value: &[u8]) {
        body.extend_from_slice(&code.to_le_bytes());
        body.extend_from_slice(&(value.len() as u16).to_le_bytes());
        padded(body, value);
    }
    let mut body = Vec::with_capacity(32 + data.len() + comment.len() + 24);
    body.extend_from_slice(&0u32.to_le_bytes());
    body.extend_from_slice(&((units >> 32) as u32).to_le_bytes());
    body.extend_from_slice(&(units as u32).to_le_bytes());
    body.extend_from_slice(&(data.len() as u32).to_le_bytes());
    body.extend_from_slice(&orig_len.to_le_bytes());
    padded(&mut body, data);
    option(&mut body, OPT_COMMENT, comment.as_bytes());
    option(&mut body, EPB_PACKETID, &packet.to_le_bytes());
    option(&mut body, OPT_END, &[]);
    let len = 12 + body.len() as u32;
    RawBlock {
        type_: 0x0000_0006,
        initial_len: len,
        body: Cow::Owned(body),
        trailer_len: len,
    }
}

#[cfg(test)]
mod tests;
