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
//!
//! `--trace-frames` ([`FrameRange`]) narrows the waveform to the clocks of a few frames; the
//! RTL engine opens and closes the trace around them (`crate::rtl_engine`).

use std::fs::{self, File};
use std::io::BufReader;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use anyhow::{anyhow, bail, Context};
use dxedge_host::text::shown_path;
use dxedge_sim::trace::{fst_to_vcd, TraceFormat};
use fst_reader::FstReader;

/// Clocks traced before the first beat of a `--trace-frames` range enters the pipeline, and
/// after the last beat of its last frame leaves: enough to see the stages that were idle
/// or busy with the frames around it (the pipeline is a few dozen clocks deep).
pub const WINDOW_MARGIN_CLOCKS: u64 = 16;

/// `--trace-frames`: capture records `first` to `last`, both included, numbered from 1 as
/// `drops.pcapng`'s `epb_packetid` and every message number them; `last: None` is to the
/// end of the capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameRange {
    pub first: u64,
    pub last: Option<u64>,
}

impl FrameRange {
    pub fn contains(&self, record: u64) -> bool {
        record >= self.first && self.last.is_none_or(|last| record <= last)
    }

    /// Whether every record from `record` on lies beyond the range.
    pub fn is_behind(&self, record: u64) -> bool {
        self.last.is_some_and(|last| record > last)
    }
}

impl std::fmt::Display for FrameRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.last {
            Some(last) if last == self.first => write!(f, "{last}"),
            Some(last) => write!(f, "{}..{last}", self.first),
            None => write!(f, "{}..", self.first),
        }
    }
}

impl FromStr for FrameRange {
    type Err = String;

    /// `A..B` (both included), `A..` (to the end) or `N`; frames are numbered from 1.
    fn from_str(text: &str) -> Result<FrameRange, String> {
        const FORMS: &str = "expected A..B (frames A to B, both included), A.. (from A to the end) or N (frame N alone), frames numbered from 1";
        let number = |part: &str| -> Result<u64, String> {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FORMS.to_string());
            }
            match part.parse::<u64>() {
                Ok(0) => Err("frames are numbered from 1 (as drops.pcapng's packet ids), so there is no frame 0".to_string()),
                Ok(n) => Ok(n),
                Err(_) => Err(format!("{part} is beyond the largest frame number, {}", u64::MAX)),
            }
        };
        let range = match text.split_once("..") {
            None => {
                let n = number(text)?;
                FrameRange {
                    first: n,
                    last: Some(n),
                }
            }
            Some((first, "")) => FrameRange {
                first: number(first)?,
                last: None,
            },
            Some((first, last)) => FrameRange {
                first: number(first)?,
                last: Some(number(last)?),
            },
        };
        if let Some(last) = range.last.filter(|&last| last < range.first) {
            return Err(format!(
                "the range is reversed ({last} comes before {}); give the first frame first",
                range.first
            ));
        }
        Ok(range)
    }
}

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

#[cfg(test)]
mod tests {
    use super::FrameRange;

    fn range(first: u64, last: Option<u64>) -> FrameRange {
        FrameRange { first, last }
    }

    #[test]
    fn frame_ranges_in_their_three_forms() {
        assert_eq!("5..9".parse(), Ok(range(5, Some(9))));
        assert_eq!("5..5".parse(), Ok(range(5, Some(5))));
        assert_eq!("2000000..".parse(), Ok(range(2_000_000, None)));
        assert_eq!("7".parse(), Ok(range(7, Some(7))));
        for shown in ["5..9", "2000000..", "7"] {
            assert_eq!(
                shown.parse::<FrameRange>().expect("parses").to_string(),
                shown
            );
        }
        assert!(range(5, Some(9)).contains(5) && range(5, Some(9)).contains(9));
        assert!(!range(5, Some(9)).contains(4) && !range(5, Some(9)).contains(10));
        assert!(range(5, None).contains(u64::MAX));
        assert!(range(5, Some(9)).is_behind(10) && !range(5, Some(9)).is_behind(9));
        assert!(!range(5, None).is_behind(u64::MAX));
    }

    #[test]
    fn bad_frame_ranges_say_what_is_wrong() {
        let err = |text: &str| text.parse::<FrameRange>().expect_err(text);
        assert!(err("9..5").contains("reversed"), "{}", err("9..5"));
        assert!(err("0..5").contains("numbered from 1"));
        assert!(err("0").contains("no frame 0"));
        for malformed in [
            "", "..", "..5", "5...9", "5..=9", "a..b", "-1..3", "5 ..9", "+5", "5-9",
        ] {
            assert!(
                err(malformed).starts_with("expected A..B"),
                "{malformed}: {}",
                err(malformed)
            );
        }
        assert!(err("99999999999999999999").contains("beyond the largest frame number"));
    }
}
