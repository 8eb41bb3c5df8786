//! Joining shards' outputs into one run's: `dxedge merge`, and the last step of
//! `dxedge replay --jobs N` (whose pieces are shards of one process).
//!
//! ```text
//!  shard 0/3 ─┐  <target>.pcap, customer.pcap, punt.pcap: shard 0's file header (its snap
//!  shard 1/3 ─┼─►   length the largest of the shards'), then each shard's records in order
//!  shard 2/3 ─┘  drops.pcapng: shard 0's section and interface blocks, each shard's packets
//!                counters.json: the sum; run.json: the totals and every piece's own figures
//! ```
//!
//! Every capture file a replay writes is a header and then records in input order, and shard
//! i+1's records come after shard i's in the input: so a whole run's file is the header, then
//! each shard's records. The one field of a header that depends on the records is the snap
//! length, which a replay raises to the longest record written when one is longer (`output`);
//! the largest of the shards' is the whole run's.
//!
//! `dxedge merge` checks everything before it writes anything: that every directory is a
//! shard (its `run.json` says which), of one capture, config, engine, speed, direction and
//! `--ingress-vlan`, split the same way, every shard there once; that their files are the same
//! set with the same headers, and their counters files are as a replay writes them.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{anyhow, bail, Context};
use dxedge_host::text::shown_path;

use crate::output::{
    write_text, CountersFile, OutDir, RunInfo, COUNTERS_FILE, DROPS_FILE, RUN_FILE,
};
use crate::replay::{resolved, ReplayError, SignalGuard};
use crate::sys::{clear_fatal_signal, on_fatal_signal, Critical};

/// The capture files of an output directory: every `*.pcap` and `drops.pcapng`, by name.
pub fn capture_files(dir: &Path) -> io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".pcap") || name == DROPS_FILE {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// A capture file's header as a replay writes it, and where its snap length is in it.
#[derive(Debug, PartialEq, Eq)]
struct Header {
    bytes: Vec<u8>,
    snaplen_at: usize,
}

/// The longest pcapng block header a replay writes (a section header or an interface
/// description with one option): anything longer is not one of ours.
const MAX_HEADER_BLOCK: u32 = 4096;

impl Header {
    /// Read the header at the start of `file`, named `name`: a classic pcap's 24 bytes
    /// (little-endian, micro- or nanoseconds), or `drops.pcapng`'s section header and
    /// interface description (little-endian).
    fn read(name: &str, file: &mut File) -> Result<Header, String> {
        let mut exact = |n: usize| -> Result<Vec<u8>, String> {
            let mut bytes = vec![0; n];
            file.read_exact(&mut bytes)
                .map_err(|e| format!("its header cannot be read: {e}"))?;
            Ok(bytes)
        };
        if name != DROPS_FILE {
            let bytes = exact(24)?;
            // a1b2c3d4 (microseconds) or a1b23c4d (nanoseconds), written little-endian.
            if !matches!(
                bytes.get(..4),
                Some([0xd4, 0xc3, 0xb2, 0xa1] | [0x4d, 0x3c, 0xb2, 0xa1])
            ) {
                return Err("it is not a little-endian classic pcap as a replay writes".into());
            }
            return Ok(Header {
                bytes,
                snaplen_at: 16,
            });
        }
        let le = |b: &[u8], at: usize| {
            b.get(at..at + 4)
                .map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        };
        let mut bytes = Vec::new();
        for expected in [0x0a0d_0d0a_u32, 1] {
            let head = exact(8)?;
            let (kind, len) = (le(&head, 0), le(&head, 4));
            if kind != expected || !(12..=MAX_HEADER_BLOCK).contains(&len) || len % 4 != 0 {
                return Err(
                    "it does not start with a section header and an interface description as a replay writes"
                        .into(),
                );
            }
            bytes.extend_from_slice(&head);
            bytes.extend_from_slice(&exact(len as usize - 8)?);
        }
        // The interface description's snap length: after its type, length, link type and
        // reserved field.
        let section_len = le(&bytes, 4) as usize;
        Ok(Header {
            bytes,
            snaplen_at: section_len + 12,
        })
    }

    fn snaplen(&self) -> u32 {
        let at = self.snaplen_at;
        self.bytes
            .get(at..at + 4)
            .map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    }

    /// Whether `other` is the same header but for the snap length.
    fn matches(&self, other: &Header) -> bool {
        let at = self.snaplen_at;
        let outside = |h: &Header| {
            let mut b = h.bytes.clone();
            if let Some(field) = b.get_mut(at..at + 4) {
                field.fill(0);
            }
            b
        };
        self.snaplen_at == other.snaplen_at && outside(self) == outside(other)
    }
}

/// Open `dir/name` and read its header.
fn open_capture(dir: &Path, name: &str, write: bool) -> Result<(File, Header), String> {
    let path = dir.join(name);
    let mut file = fs::OpenOptions::new()
        .read(true)
        .write(write)
        .open(&path)
        .map_err(|e| format!("{}: {e}", shown_path(&path)))?;
    let header =
        Header::read(name, &mut file).map_err(|why| format!("{}: {why}", shown_path(&path)))?;
    Ok((file, header))
}

/// What becomes of a file once its records are appended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Appended {
    /// Kept: a shard's directory, which is the user's.
    Keep,
    /// Removed: a `--jobs` piece's, whose files are a run's scratch. Freeing a file's pages
    /// costs about a quarter of copying them, so each goes on the thread that copied it, side
    /// by side with the others, rather than all of them afterwards on one.
    Remove,
}

/// Append to each capture file in `into` the records of the files of the same name in each
/// of `from` (the next shards, in order), and raise the snap length of its header to the
/// largest of theirs. The files are appended side by side, a thread for each (up to the cores
/// this process may use); each copy is the kernel's (`copy_file_range`).
pub fn append_captures(into: &Path, from: &[PathBuf], then: Appended) -> anyhow::Result<()> {
    let names = capture_files(into)?;
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(names.len());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<()> {
                    while let Some(name) = names.get(next.fetch_add(1, Ordering::Relaxed)) {
                        for dir in from {
                            append_file(into, dir, name)?;
                            if then == Appended::Remove {
                                let path = dir.join(name);
                                std::fs::remove_file(&path).with_context(|| {
                                    format!("cannot remove {}", shown_path(&path))
                                })?;
                            }
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        for handle in handles {
            handle
                .join()
                .map_err(|_| anyhow!("appending the shards' files stopped with a panic"))??;
        }
        Ok(())
    })
}

/// Append to `into/name` the records of `from/name`.
fn append_file(into: &Path, from: &Path, name: &str) -> anyhow::Result<()> {
    let (mut to, to_header) = open_capture(into, name, true).map_err(|e| anyhow!(e))?;
    let (mut next, next_header) = open_capture(from, name, false).map_err(|e| anyhow!(e))?;
    if !to_header.matches(&next_header) {
        bail!(
            "{} and {} have different headers: they are not of one run",
            shown_path(&into.join(name)),
            shown_path(&from.join(name))
        );
    }
    let cannot = || format!("cannot write {}", shown_path(&into.join(name)));
    if next_header.snaplen() > to_header.snaplen() {
        to.write_all_at(
            &next_header.snaplen().to_le_bytes(),
            to_header.snaplen_at as u64,
        )
        .with_context(cannot)?;
    }
    to.seek(SeekFrom::End(0)).with_context(cannot)?;
    next.seek(SeekFrom::Start(next_header.bytes.len() as u64))
        .with_context(cannot)?;
    // File to file: copy_file_range(2), in the kernel.
    io::copy(&mut next, &mut to).with_context(cannot)?;
    Ok(())
}

/// The command line of `dxedge merge`, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeOptions {
    pub out: PathBuf,
    pub shards: Vec<PathBuf>,
    pub force: bool,
}

/// What a merge did.
#[derive(Clone, Debug)]
pub struct MergeSummary {
    pub run: RunInfo,
    pub shards: usize,
    pub out: PathBuf,
}

/// A shard's directory and its run.json.
struct Shard {
    dir: PathBuf,
    run: RunInfo,
    index: u64,
    count: u64,
}

fn refused(message: String) -> ReplayError {
    ReplayError::Refused(format!("cannot merge: {message}"))
}

/// Directories, shown, joined with commas.
fn dirs_shown<'a>(dirs: impl IntoIterator<Item = &'a PathBuf>) -> String {
    dirs.into_iter()
        .map(|d| shown_path(d))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Read each directory's run.json: each must be a shard's.
fn read_shards(dirs: &[PathBuf]) -> Result<Vec<Shard>, ReplayError> {
    let mut shards = Vec::with_capacity(dirs.len());
    for dir in dirs {
        let path = dir.join(RUN_FILE);
        let text = fs::read_to_string(&path).map_err(|e| {
            refused(format!(
                "{}: {e}; each directory must hold the outputs of a `dxedge replay --shard I/N`",
                shown_path(&path)
            ))
        })?;
        let run: RunInfo = serde_json::from_str(&text).map_err(|e| {
            refused(format!(
                "{}: not a run.json as dxedge replay writes it: {e}",
                shown_path(&path)
            ))
        })?;
        let Some(shard) = run.shard else {
            return Err(refused(format!(
                "{} holds a whole run, not a shard: its run.json has no \"shard\" (the outputs of `dxedge replay --shard I/N` are merged)",
                shown_path(dir)
            )));
        };
        if run.capture.is_none() || run.config_xxh3_128.is_none() {
            return Err(refused(format!(
                "{}: its run.json does not say which capture and config it replayed",
                shown_path(&path)
            )));
        }
        shards.push(Shard {
            dir: dir.clone(),
            index: shard.index,
            count: shard.count,
            run,
        });
    }
    Ok(shards)
}

/// What every shard of one run has alike, as (what, value) for messages.
fn identity(shard: &Shard) -> Vec<(&'static str, String)> {
    let run = &shard.run;
    vec![
        (
            "capture",
            run.capture.as_ref().map_or(String::new(), |c| {
                format!("{} bytes, XXH3-128 {}", c.bytes, c.xxh3_128)
            }),
        ),
        (
            "config",
            format!(
                "XXH3-128 {}",
                run.config_xxh3_128.clone().unwrap_or_default()
            ),
        ),
        ("engine", run.engine.clone()),
        ("speed", run.speed.clone()),
        ("direction", run.direction.name().to_string()),
        (
            "--ingress-vlan",
            run.ingress_vlan
                .map_or("none".to_string(), |v| v.to_string()),
        ),
        ("split", format!("in {}", shard.count)),
    ]
}

/// Refuse shards that are not of one run: every difference, with the directories on each side.
fn check_alike(shards: &[Shard]) -> Result<(), ReplayError> {
    let mut differences = Vec::new();
    let identities: Vec<_> = shards.iter().map(identity).collect();
    for (i, (what, _)) in identities[0].iter().enumerate() {
        let mut groups: BTreeMap<&str, Vec<&PathBuf>> = BTreeMap::new();
        for (shard, id) in shards.iter().zip(&identities) {
            groups.entry(id[i].1.as_str()).or_default().push(&shard.dir);
        }
        if groups.len() > 1 {
            let sides: Vec<String> = groups
                .iter()
                .map(|(value, dirs)| format!("{}: {value}", dirs_shown(dirs.iter().copied())))
                .collect();
            differences.push(format!("{what} ({})", sides.join("; ")));
        }
    }
    if differences.is_empty() {
        return Ok(());
    }
    Err(refused(format!(
        "the shards are not of one run: they differ in their {}",
        differences.join(", and their ")
    )))
}

/// Refuse a split with shards missing or given twice; return the shards in order.
fn in_order(mut shards: Vec<Shard>) -> Result<Vec<Shard>, ReplayError> {
    let count = shards[0].count;
    let mut seen: BTreeMap<u64, Vec<&PathBuf>> = BTreeMap::new();
    for shard in &shards {
        seen.entry(shard.index).or_default().push(&shard.dir);
    }
    let mut problems = Vec::new();
    let missing: Vec<String> = (0..count)
        .filter(|i| !seen.contains_key(i))
        .map(|i| format!("{i}/{count}"))
        .collect();
    if !missing.is_empty() {
        let (shard, are) = match missing.len() {
            1 => ("shard", "is"),
            _ => ("shards", "are"),
        };
        problems.push(format!("{shard} {} {are} missing", missing.join(", ")));
    }
    for (index, dirs) in &seen {
        if dirs.len() > 1 {
            problems.push(format!(
                "shard {index}/{count} is given {} times ({})",
                dirs.len(),
                dirs_shown(dirs.iter().copied())
            ));
        }
    }
    if !problems.is_empty() {
        return Err(refused(format!(
            "a split in {count} needs each shard from 0/{count} to {}/{count} once: {}",
            count - 1,
            problems.join("; ")
        )));
    }
    shards.sort_by_key(|s| s.index);
    // Shards of one capture split one way follow each other packet for packet.
    let mut next = 1;
    for shard in &shards {
        for piece in &shard.run.shards {
            if piece.first_packet != next {
                return Err(refused(format!(
                    "{} (shard {}/{count}) starts at packet {}, but the shards before it end at packet {}: they were not split alike",
                    shown_path(&shard.dir),
                    shard.index,
                    piece.first_packet,
                    next - 1
                )));
            }
            next += piece.packets;
        }
    }
    Ok(shards)
}

/// Refuse shards whose capture files are not the same set with the same headers.
fn check_files(shards: &[Shard]) -> Result<Vec<String>, ReplayError> {
    let first = &shards[0].dir;
    let list =
        |dir: &Path| capture_files(dir).map_err(|e| refused(format!("{}: {e}", shown_path(dir))));
    let names = list(first)?;
    for shard in &shards[1..] {
        let theirs = list(&shard.dir)?;
        if theirs != names {
            return Err(refused(format!(
                "{} holds the capture files {} and {} holds {}: they are not of one run",
                shown_path(first),
                names.join(", "),
                shown_path(&shard.dir),
                theirs.join(", ")
            )));
        }
    }
    for name in &names {
        let (_, header) = open_capture(first, name, false).map_err(refused)?;
        for shard in &shards[1..] {
            let (_, theirs) = open_capture(&shard.dir, name, false).map_err(refused)?;
            if !header.matches(&theirs) {
                return Err(refused(format!(
                    "{} and {} have different headers: they are not of one run",
                    shown_path(&first.join(name)),
                    shown_path(&shard.dir.join(name))
                )));
            }
        }
    }
    Ok(names)
}

/// Read every shard's counters.json and add them up.
fn added_counters(shards: &[Shard]) -> Result<CountersFile, ReplayError> {
    let mut total: Option<CountersFile> = None;
    for shard in shards {
        let path = shard.dir.join(COUNTERS_FILE);
        let text = fs::read_to_string(&path)
            .map_err(|e| refused(format!("{}: {e}", shown_path(&path))))?;
        let file = CountersFile::parse(&text)
            .ok()
            .filter(|f| f.to_json().is_ok_and(|again| again == text))
            .ok_or_else(|| {
                refused(format!(
                    "{}: not a counters.json as dxedge replay writes it",
                    shown_path(&path)
                ))
            })?;
        match &mut total {
            None => total = Some(file),
            Some(t) => {
                if (&t.direction, &t.ingress, &t.egress)
                    != (&file.direction, &file.ingress, &file.egress)
                {
                    return Err(refused(format!(
                        "{} and {} count different rows: they are not of one config",
                        shown_path(&shards[0].dir.join(COUNTERS_FILE)),
                        shown_path(&path)
                    )));
                }
                t.counters.add(&file.counters);
                t.truncated += file.truncated;
            }
        }
    }
    total.ok_or_else(|| refused("no shard given".into()))
}

/// The whole run's run.json from the shards' (in order): totals, the longest shard's wall
/// time (the run's, had they all run at once), every piece's own figures.
fn merged_run(shards: &[Shard]) -> RunInfo {
    let first = &shards[0].run;
    let mut run = RunInfo {
        shard: None,
        packets: 0,
        wall_seconds: 0.0,
        shards: Vec::new(),
        ..first.clone()
    };
    for shard in shards {
        let r = &shard.run;
        run.packets += r.packets;
        run.wall_seconds = run.wall_seconds.max(r.wall_seconds);
        run.shards.extend(r.shards.iter().cloned());
    }
    let sum = |field: fn(&RunInfo) -> Option<u64>| {
        shards.iter().map(|s| field(&s.run)).sum::<Option<u64>>()
    };
    run.cycles = sum(|r| r.cycles);
    run.input_beats = sum(|r| r.input_beats);
    run
}

/// `dxedge merge`: join the outputs of every shard of one split into `--out`.
pub fn merge(options: &MergeOptions) -> Result<MergeSummary, ReplayError> {
    // First, so that it is dropped last, after the output directory's own cleanup.
    let _signals = SignalGuard;
    if options.shards.is_empty() {
        return Err(refused("no shard directory given".into()));
    }
    let out = resolved(&options.out);
    for dir in &options.shards {
        let dir_resolved = resolved(dir);
        if out.starts_with(&dir_resolved) || dir_resolved.starts_with(&out) {
            return Err(refused(format!(
                "--out {} and the shard {} are one inside the other; write the merged outputs elsewhere",
                shown_path(&options.out),
                shown_path(dir)
            )));
        }
    }
    let shards = read_shards(&options.shards)?;
    check_alike(&shards)?;
    let shards = in_order(shards)?;
    let names = check_files(&shards)?;
    let counters = added_counters(&shards)?;
    let run = merged_run(&shards);

    let out_dir = OutDir::prepare(&options.out, options.force)?;
    on_fatal_signal(
        &out_dir.leftovers(),
        &format!(
            "the merge was interrupted; its unfinished outputs were removed and {} is as it was",
            shown_path(&options.out)
        ),
        "a memory-mapped file could not be written (SIGBUS)",
    );
    for name in &names {
        let from = shards[0].dir.join(name);
        fs::copy(&from, out_dir.path().join(name)).with_context(|| {
            format!(
                "cannot copy {} to {}",
                shown_path(&from),
                shown_path(out_dir.path())
            )
        })?;
    }
    let rest: Vec<PathBuf> = shards[1..].iter().map(|s| s.dir.clone()).collect();
    append_captures(out_dir.path(), &rest, Appended::Keep)?;
    write_text(out_dir.path(), COUNTERS_FILE, &counters.to_json()?)?;
    write_text(out_dir.path(), RUN_FILE, &run.to_json()?)?;
    {
        // An interrupt now waits until the outputs are in place (or the commit failed).
        let _critical = Critical::enter();
        out_dir.commit()?;
        clear_fatal_signal();
    }
    Ok(MergeSummary {
        run,
        shards: shards.len(),
        out: options.out.clone(),
    })
}

#[cfg(test)]
mod tests;
