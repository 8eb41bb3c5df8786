//! Waveform traces. The models are built with Verilator's FST tracing (a model can carry one
//! trace format); a VCD is made from the FST once the run is over, for tools that read only
//! VCD. FST is what GTKWave opens fastest and what `--trace x.fst` writes directly.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use fst_reader::{FstFilter, FstHierarchyEntry, FstReader, FstSignalValue};
use thiserror::Error;
use vcd::{IdCode, TimescaleUnit, Value};

#[derive(Debug, Error)]
pub enum TraceError {
    #[error("trace file {path}: {message}")]
    Io { path: String, message: String },
    #[error("trace file {path} is not a readable FST waveform: {message}")]
    Fst { path: String, message: String },
    #[error("trace file {0}: a trace is written as .fst or .vcd")]
    Extension(String),
}

/// The formats a trace can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceFormat {
    Fst,
    Vcd,
}

impl TraceFormat {
    /// The format a path's extension names.
    pub fn of(path: &Path) -> Result<TraceFormat, TraceError> {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("fst") => Ok(TraceFormat::Fst),
            Some(e) if e.eq_ignore_ascii_case("vcd") => Ok(TraceFormat::Vcd),
            _ => Err(TraceError::Extension(path.display().to_string())),
        }
    }
}

/// Where the model writes its FST while a VCD is wanted: beside the VCD, hidden.
pub fn fst_scratch_for(vcd: &Path) -> PathBuf {
    let name = vcd
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    vcd.with_file_name(format!(".{name}.fst.part"))
}

fn io(path: &Path, e: impl std::fmt::Display) -> TraceError {
    TraceError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// Rewrite an FST waveform as VCD: the same scopes, variables and value changes.
pub fn fst_to_vcd(fst: &Path, vcd: &Path) -> Result<(), TraceError> {
    let fst_err = |e: fst_reader::ReaderError| TraceError::Fst {
        path: fst.display().to_string(),
        message: e.to_string(),
    };
    let input = BufReader::new(File::open(fst).map_err(|e| io(fst, e))?);
    let mut reader = FstReader::open(input).map_err(fst_err)?;
    let header = reader.get_header();
    let out = File::create(vcd).map_err(|e| io(vcd, e))?;
    let mut w = vcd::Writer::new(BufWriter::new(out));
    let head = |r: std::io::Result<()>| r.map_err(|e| io(vcd, e));
    // FST keeps the timescale as a power of ten of seconds
    let (scale, unit) = match header.timescale_exponent {
        e if e >= 0 => (10u32.pow(e as u32), TimescaleUnit::S),
        e if e >= -3 => (10u32.pow((e + 3) as u32), TimescaleUnit::MS),
        e if e >= -6 => (10u32.pow((e + 6) as u32), TimescaleUnit::US),
        e if e >= -9 => (10u32.pow((e + 9) as u32), TimescaleUnit::NS),
        e if e >= -12 => (10u32.pow((e + 12) as u32), TimescaleUnit::PS),
        e => (10u32.pow((e + 15).max(0) as u32), TimescaleUnit::FS),
    };
    head(w.timescale(scale, unit))?;
    let mut ids: HashMap<usize, IdCode> = HashMap::new();
    let mut failed: Option<std::io::Error> = None;
    reader
        .read_hierarchy(|entry| {
            if failed.is_some() {
                return;
            }
            let r = match entry {
                FstHierarchyEntry::Scope { name, .. } => w.add_module(&name),
                FstHierarchyEntry::UpScope => w.upscope(),
                FstHierarchyEntry::Var {
                    name,
                    length,
                    handle,
                    ..
                } => {
                    let name = name.replace(' ', "_");
                    match ids.get(&handle.get_index()) {
                        Some(id) => w.var_def(vcd::VarType::Wire, length, *id, &name, None),
                        None => w.add_wire(length, &name).map(|id| {
                            ids.insert(handle.get_index(), id);
                        }),
                    }
                }
                _ => Ok(()),
            };
            if let Err(e) = r {
                failed = Some(e);
            }
        })
        .map_err(fst_err)?;
    if let Some(e) = failed {
        return Err(io(vcd, e));
    }
    head(w.enddefinitions())?;

    let mut changes: Vec<(u64, IdCode, Vec<u8>)> = Vec::new();
    reader
        .read_signals(&FstFilter::all(), |time, handle, value| {
            if let (Some(id), FstSignalValue::String(bits)) = (ids.get(&handle.get_index()), value)
            {
                changes.push((time, *id, bits.to_vec()));
            }
            Ok::<(), std::convert::Infallible>(())
        })
        .map_err(|e| TraceError::Fst {
            path: fst.display().to_string(),
            message: format!("{e:?}"),
        })?;
    changes.sort_by_key(|c| c.0);
    let mut now = None;
    for (time, id, bits) in changes {
        if now != Some(time) {
            head(w.timestamp(time))?;
            now = Some(time);
        }
        let values = bits.iter().map(|b| match b {
            b'0' => Value::V0,
            b'1' => Value::V1,
            b'z' | b'Z' => Value::Z,
            _ => Value::X,
        });
        let r = if bits.len() == 1 {
            w.change_scalar(id, values.clone().next().unwrap_or(Value::X))
        } else {
            w.change_vector(id, values)
        };
        head(r)?;
    }
    w.writer().flush().map_err(|e| io(vcd, e))?;
    Ok(())
}
