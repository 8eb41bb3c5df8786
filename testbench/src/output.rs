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
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::{bail, Context};
use dxedge_host::config::Config;
use dxedge_host::direction::Direction;
use dxedge_host::verdict::DropReason;
use pcap_file::pcap::{PcapHeader, PcapWriter, RawPcapPacket};
use pcap_file::pcapng::blocks::enhanced_packet::{EnhancedPacketBlock, EnhancedPacketOption};
use pcap_file::pcapng::blocks::interface_description::{
    InterfaceDescriptionBlock, InterfaceDescriptionOption,
};
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
pub const COUNTERS_FILE: &str = "counters.json";
pub const RUN_FILE: &str = "run.json";

/// Why `--out` cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum OutDirError {
    /// It exists and may not be replaced (exit 2).
    #[error("{path}: {why}")]
    Refused { path: String, why: String },
    /// The file system said no.
    #[error("{path}: {why}")]
    Io { path: String, why: String },
}

/// The output directory of one run: a temporary directory beside `--out`, renamed onto it
/// by [`OutDir::commit`]. Dropped without a commit, it removes the temporary directory, so
/// a failed run leaves `--out` as it was.
#[derive(Debug)]
pub struct OutDir {
    target: PathBuf,
    temp: PathBuf,
    /// Where an old `--out` goes while `--force` replaces it.
    aside: PathBuf,
    force: bool,
    committed: bool,
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl OutDir {
    /// Check the `--out`/`--force` rule and create the temporary directory.
    pub fn prepare(out: &Path, force: bool) -> Result<OutDir, OutDirError> {
        let shown = out.display().to_string();
        let io_error = |path: &Path, what: &str, e: io::Error| OutDirError::Io {
            path: path.display().to_string(),
            why: format!("{what}: {e}"),
        };
        match fs::symlink_metadata(out) {
            Ok(meta) if !meta.is_dir() => {
                return Err(OutDirError::Refused {
                    path: shown,
                    why: "--out exists and is not a directory".into(),
                })
            }
            Ok(_) => {
                let mut entries =
                    fs::read_dir(out).map_err(|e| io_error(out, "cannot list --out", e))?;
                if entries.next().is_some() && !force {
                    return Err(OutDirError::Refused {
                        path: shown,
                        why: "--out exists and is not empty (give --force to replace it)".into(),
                    });
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_error(out, "cannot inspect --out", e)),
        }
        let name = out
            .file_name()
            .ok_or_else(|| OutDirError::Refused {
                path: shown.clone(),
                why: "--out must name a directory (it has no last component)".into(),
            })?
            .to_string_lossy()
            .into_owned();
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)
            .map_err(|e| io_error(&parent, "cannot create the parent of --out", e))?;
        let unique = format!(
            "{}-{}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let temp = parent.join(format!(".{name}.dxedge-tmp-{unique}"));
        let aside = parent.join(format!(".{name}.dxedge-old-{unique}"));
        fs::create_dir(&temp)
            .map_err(|e| io_error(&temp, "cannot create a temporary directory beside --out", e))?;
        Ok(OutDir {
            target: out.to_path_buf(),
            temp,
            aside,
            force,
            committed: false,
        })
    }

    /// Where the run writes its files until the commit.
    pub fn path(&self) -> &Path {
        &self.temp
    }

    /// The final `--out`.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Put the finished files in place of `--out`.
    pub fn commit(mut self) -> anyhow::Result<()> {
        let exists = fs::symlink_metadata(&self.target).is_ok();
        if exists {
            let empty = fs::read_dir(&self.target)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if empty {
                // rename(2) replaces an empty directory.
                fs::rename(&self.temp, &self.target).with_context(|| {
                    format!("cannot move the outputs to {}", self.target.display())
                })?;
            } else if self.force {
                let old = self.aside.clone();
                fs::rename(&self.target, &old).with_context(|| {
                    format!("cannot move the old {} aside", self.target.display())
                })?;
                if let Err(e) = fs::rename(&self.temp, &self.target) {
                    // Put the old one back rather than leave nothing.
                    let _ = fs::rename(&old, &self.target);
                    return Err(e).with_context(|| {
                        format!("cannot move the outputs to {}", self.target.display())
                    });
                }
                fs::remove_dir_all(&old).with_context(|| {
                    format!("cannot remove the old outputs in {}", old.display())
                })?;
            } else {
                bail!(
                    "{}: --out was filled by someone else during the run; the outputs are not moved there",
                    self.target.display()
                );
            }
        } else {
            fs::rename(&self.temp, &self.target)
                .with_context(|| format!("cannot move the outputs to {}", self.target.display()))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for OutDir {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.temp);
        }
    }
}

/// Write buffers: large enough that a 64-byte frame costs a copy, not a system call.
const BUFFER: usize = 256 * 1024;

type PcapFile = PcapWriter<BufWriter<File>>;

/// The capture files of one run, open for writing.
pub struct Outputs {
    dir: PathBuf,
    resolution: Resolution,
    /// Egress indices an engine may forward to: targets to AWS, VIFs to the customer.
    egress: usize,
    /// One file per target (to AWS) or one for all VIFs (to the customer).
    targets: Vec<(String, PcapFile)>,
    punt: PcapFile,
    drops: PcapNgWriter<BufWriter<File>>,
}

impl std::fmt::Debug for Outputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outputs").field("dir", &self.dir).finish()
    }
}

fn create(dir: &Path, name: &str) -> anyhow::Result<BufWriter<File>> {
    let path = dir.join(name);
    let file = File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
    Ok(BufWriter::with_capacity(BUFFER, file))
}

fn pcap_file(
    dir: &Path,
    name: &str,
    resolution: Resolution,
    snaplen: u32,
) -> anyhow::Result<PcapFile> {
    let header = PcapHeader {
        snaplen,
        datalink: DataLink::ETHERNET,
        ts_resolution: resolution.to_pcap_file(),
        // Fixed, not native, so that outputs are the same bytes on every machine.
        endianness: Endianness::Little,
        ..PcapHeader::default()
    };
    PcapWriter::with_header(create(dir, name)?, header)
        .with_context(|| format!("cannot write {}", dir.join(name).display()))
}

impl Outputs {
    /// Create every capture file: one per target (in config order), punt and drops.
    /// The files of a run in `direction`: a pcap per target to AWS, `customer.pcap` to the
    /// customer (every VIF's frames, in input order).
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
                    targets.push((name.clone(), pcap_file(dir, &name, resolution, snaplen)?));
                }
            }
            Direction::ToCustomer => {
                let name = CUSTOMER_FILE.to_string();
                targets.push((name.clone(), pcap_file(dir, &name, resolution, snaplen)?));
            }
        }
        let egress = match direction {
            Direction::ToAws => config.targets.len(),
            Direction::ToCustomer => config.vifs.len(),
        };
        let punt = pcap_file(dir, PUNT_FILE, resolution, snaplen)?;
        let mut drops = PcapNgWriter::with_endianness(create(dir, DROPS_FILE)?, Endianness::Little)
            .context("cannot write drops.pcapng")?;
        let interface = InterfaceDescriptionBlock {
            linktype: DataLink::ETHERNET,
            snaplen,
            options: vec![InterfaceDescriptionOption::IfTsResol(
                resolution.if_tsresol(),
            )],
        };
        drops
            .write_pcapng_block(interface)
            .context("cannot write drops.pcapng")?;
        Ok(Outputs {
            dir: dir.to_path_buf(),
            resolution,
            egress,
            targets,
            punt,
            drops,
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
        let file = if self.targets.len() == 1 { 0 } else { target };
        let Some((name, file)) = self.targets.get_mut(file) else {
            bail!("the engine forwarded a frame to target {target}, which has no file");
        };
        write_record(file, timestamp, data.len() as u32, data)
            .with_context(|| format!("cannot write {name}"))
    }

    /// A punted frame, unchanged.
    pub fn punt(&mut self, timestamp: Timestamp, orig_len: u32, data: &[u8]) -> anyhow::Result<()> {
        write_record(&mut self.punt, timestamp, orig_len, data).context("cannot write punt.pcap")
    }

    /// A dropped frame, unchanged, with its reason as the packet comment.
    pub fn drop_frame(
        &mut self,
        timestamp: Timestamp,
        orig_len: u32,
        data: &[u8],
        reason: DropReason,
    ) -> anyhow::Result<()> {
        // The crate writes the timestamp field as `as_nanos()`; the interface's if_tsresol
        // says what unit that number is in.
        let units = timestamp.units(self.resolution);
        let block = EnhancedPacketBlock {
            interface_id: 0,
            timestamp: Duration::from_nanos(units),
            original_len: orig_len,
            data: Cow::Borrowed(data),
            options: vec![EnhancedPacketOption::Comment(Cow::Borrowed(reason.name()))],
        };
        self.drops
            .write_pcapng_block(block)
            .context("cannot write drops.pcapng")?;
        Ok(())
    }

    /// Flush every capture file.
    pub fn finish(self) -> anyhow::Result<()> {
        for (name, file) in self.targets {
            file.into_writer()
                .flush()
                .with_context(|| format!("cannot write {name}"))?;
        }
        self.punt
            .into_writer()
            .flush()
            .context("cannot write punt.pcap")?;
        self.drops
            .into_inner()
            .flush()
            .context("cannot write drops.pcapng")?;
        Ok(())
    }
}

fn write_record(
    file: &mut PcapFile,
    timestamp: Timestamp,
    orig_len: u32,
    data: &[u8],
) -> anyhow::Result<()> {
    let packet = RawPcapPacket {
        ts_sec: timestamp.secs,
        ts_frac: timestamp.frac,
        incl_len: data.len() as u32,
        orig_len,
        data: Cow::Borrowed(data),
    };
    file.write_raw_packet(&packet)?;
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
) -> anyhow::Result<String> {
    let vifs: Vec<&str> = config.vifs.iter().map(|v| v.name.as_str()).collect();
    let targets: Vec<&str> = config.targets.iter().map(|t| t.name.as_str()).collect();
    match direction {
        Direction::ToAws => counters_json_named(&vifs, &targets, counters, truncated),
        Direction::ToCustomer => counters_json_to_customer(&targets, &vifs, counters, truncated),
    }
}

/// The to-customer `counters.json`: targets (the ingress rows) and VIFs (the egress rows).
pub fn counters_json_to_customer(
    target_names: &[&str],
    vif_names: &[&str],
    counters: &EngineCounters,
    truncated: u64,
) -> anyhow::Result<String> {
    let (rx, tx, drops) = json_rows(target_names, vif_names, counters, truncated)?;
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
) -> anyhow::Result<String> {
    let (vifs, targets, drops) = json_rows(vif_names, target_names, counters, truncated)?;
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

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RunInfo {
    pub engine: String,
    pub speed: String,
    #[serde(serialize_with = "direction_name")]
    pub direction: Direction,
    /// Capture records read.
    pub packets: u64,
    pub wall_seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cycles: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_beats: Option<u64>,
}

fn direction_name<S: Serializer>(direction: &Direction, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(direction.name())
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
    let path = dir.join(name);
    fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests;
