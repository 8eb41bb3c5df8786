//! `--trace`: the waveform of a replay, written where it is asked for only if the whole of
//! it could be written.
//!
//! ```text
//!  RTL engine ─► .<name>.dxedge-tmp-<pid>.fst (and the FST writer's own .hier beside it)
//!                    │ closed: checked whole (FstCheck)
//!                    ├─ .fst: renamed to <name>
//!                    └─ .vcd: converted to .<name>.dxedge-tmp-<pid>.vcd, renamed to <name>
//! ```
//!
//! The FST writer (Verilator's copy of GTKWave's fstapi) does not report write errors: on
//! a full file system it leaves a truncated file, or dies of SIGBUS touching a page of a
//! memory-mapped file that the file system has no room for (`crate::sys` turns that into a
//! message). So the trace is written under a temporary name, read back before it is kept,
//! and every file of it removed when the run fails.

use std::fs::{self, File};
use std::io::BufReader;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context};
use dxedge_host::text::shown_path;
use dxedge_sim::trace::{fst_to_vcd, TraceFormat};
use fst_reader::FstReader;

/// The trace of one run, until it is committed.
#[derive(Debug)]
pub struct TraceFile {
    target: PathBuf,
    format: TraceFormat,
    /// What the engine writes.
    fst: PathBuf,
    /// The conversion's output, for a `.vcd`.
    vcd: PathBuf,
    ready: bool,
    committed: bool,
}

impl TraceFile {
    /// The trace asked for as `target`; `Err` (a message) if its name is not `.fst`/`.vcd`
    /// or it has no file name.
    pub fn new(target: &Path) -> Result<TraceFile, String> {
        let format = TraceFormat::of(target)
            .map_err(|_| format!("{}: a trace is written as .fst or .vcd", shown_path(target)))?;
        let name = target
            .file_name()
            .ok_or_else(|| format!("{}: --trace must name a file", shown_path(target)))?
            .to_string_lossy()
            .into_owned();
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            // Said here: the writer would name the temporary file it could not open.
            return Err(format!(
                "{}: cannot write the trace: {} is not a directory",
                shown_path(target),
                shown_path(dir)
            ));
        }
        let work = |ext: &str| {
            target.with_file_name(format!(".{name}.dxedge-tmp-{}.{ext}", std::process::id()))
        };
        Ok(TraceFile {
            target: target.to_path_buf(),
            format,
            fst: work("fst"),
            vcd: work("vcd"),
            ready: false,
            committed: false,
        })
    }

    /// Where the engine writes its FST.
    pub fn work_path(&self) -> &Path {
        &self.fst
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Every file the trace may leave until it is committed.
    pub fn leftovers(&self) -> Vec<PathBuf> {
        let mut hier = self.fst.clone().into_os_string();
        hier.push(".hier");
        vec![self.fst.clone(), PathBuf::from(hier), self.vcd.clone()]
    }

    /// After the engine closed the trace: check that the FST is whole and make the VCD if
    /// one was asked for.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        let shown = shown_path(&self.target);
        check_fst(&self.fst).map_err(|why| anyhow!("cannot write the trace {shown}: {why}"))?;
        if self.format == TraceFormat::Vcd {
            let converted = quietly(|| fst_to_vcd(&self.fst, &self.vcd));
            match converted {
                Some(Ok(())) => {}
                Some(Err(e)) => bail!("cannot write the trace {shown}: {}", io_cause(&e)),
                None => bail!(
                    "cannot write the trace {shown}: the FST it is converted from could not be read back"
                ),
            }
            fs::remove_file(&self.fst)
                .with_context(|| format!("cannot remove {}", shown_path(&self.fst)))?;
        }
        self.ready = true;
        Ok(())
    }

    /// Put the finished trace in place.
    pub fn commit(&mut self) -> anyhow::Result<()> {
        if !self.ready {
            bail!("the trace {} was not finished", shown_path(&self.target));
        }
        let from = match self.format {
            TraceFormat::Fst => &self.fst,
            TraceFormat::Vcd => &self.vcd,
        };
        fs::rename(from, &self.target)
            .with_context(|| format!("cannot write the trace {}", shown_path(&self.target)))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for TraceFile {
    fn drop(&mut self) {
        if !self.committed {
            for path in self.leftovers() {
                let _ = fs::remove_file(path);
            }
        }
    }
}

/// What went wrong writing a VCD, without the path the message names already.
fn io_cause(e: &dxedge_sim::trace::TraceError) -> String {
    match e {
        dxedge_sim::trace::TraceError::Io { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// Run `f`, turning a panic into `None` without printing it (the reader of a damaged FST
/// may panic; the caller says what it means in one line).
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(f)).ok();
    std::panic::set_hook(hook);
    result
}

/// Read an FST back far enough to know it is whole: its header, its hierarchy, and the time
/// table of its value-change blocks, whose last time must be the header's end time (a file
/// cut short loses blocks at its end).
pub fn check_fst(path: &Path) -> Result<(), String> {
    let checked = quietly(|| -> Result<(), String> {
        let file = File::open(path).map_err(|e| e.to_string())?;
        let damaged = |e: fst_reader::ReaderError| {
            format!("the FST read back is damaged ({e}); was its file system full?")
        };
        let mut reader =
            FstReader::open_and_read_time_table(BufReader::new(file)).map_err(damaged)?;
        let header = reader.get_header();
        let last = reader.get_time_table().and_then(|t| t.last().copied());
        if last != Some(header.end_time) {
            return Err(format!(
                "the FST is incomplete (it ends at time {}, its header says {}); was its file system full?",
                last.map_or("none".to_string(), |t| t.to_string()),
                header.end_time
            ));
        }
        reader.read_hierarchy(|_| {}).map_err(damaged)?;
        Ok(())
    });
    checked.unwrap_or_else(|| {
        Err("the FST is damaged (it cannot be read back); was its file system full?".into())
    })
}
