//! The generated Verilog under Icarus Verilog, the simulator most open FPGA test benches use,
//! driven by a plain Verilog test bench (`testbench/icarus/tb_port_pipeline.v`) from files.
//!
//! ```text
//!  config ─► host driver ─► Recorder ─► PortPipelineSim (Verilator) ──► ops.hex
//!  frames ─► beats ──────────────────────────────────────────────────► beat_*.hex
//!  hdl/verilog/datapath_*.v ─► zero_memories.vh     
//!        iverilog tb_port_pipeline.v + the DUT ─► vvp ─► egress.txt ─► frames + verdicts
//! ```
//!
//! The register accesses are the host driver's, recorded on the Verilator model and played
//! back by the test bench (a read becomes "read until it holds what Verilator read", which
//! is a poll for `STATUS` and a check for the rest). Nothing in the DUT is changed: the same
//! file Verilator compiles. The clocking is the Verilator engine's, so [`IcarusRun::cycles`]
//! must equal the engine's `cycles` for the same frames, and the frames and verdicts must be
//! the same; `tests/icarus.rs` and the benchmark hold it to that.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use dxedge_host::bus::{Access, Recorder};
use dxedge_host::config::Config;
use dxedge_host::driver::Device;
use dxedge_host::verdict::Verdict;
use dxedge_sim::port_pipeline::{Build, PortPipelineSim};

use crate::beats::{beats, Assembler};
use crate::engine::{Engine, EngineReport, FrameSink};
use crate::rtl_engine::decode_verdict;

/// Frames with their verdicts, as they left.
pub type Egress = Vec<(Verdict, Vec<u8>)>;

/// Every frame through `engine`, and what left it: the comparison for an Icarus run.
pub fn through(
    engine: &mut dyn Engine,
    frames: &[Vec<u8>],
) -> anyhow::Result<(Egress, EngineReport)> {
    struct Collect(Egress);
    impl FrameSink for Collect {
        fn frame(&mut self, verdict: Verdict, data: &[u8]) -> anyhow::Result<()> {
            self.0.push((verdict, data.to_vec()));
            Ok(())
        }
    }
    let mut sink = Collect(Vec::new());
    for frame in frames {
        engine.submit(frame, &mut sink)?;
    }
    let report = engine.finish(&mut sink)?;
    Ok((sink.0, report))
}

/// The test bench, checked in beside this crate.
pub fn testbench_source() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("icarus/tb_port_pipeline.v")
}

/// The generated Verilog of a build, as checked in.
pub fn verilog_source(build: Build) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../hdl/verilog")
        .join(format!("datapath_{}.v", build.name()))
}

/// One register access of the test bench.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Write {
        offset: u32,
        value: u32,
    },
    /// Read until the register holds `value`.
    ReadUntil {
        offset: u32,
        value: u32,
    },
}

impl Op {
    fn hex(self) -> String {
        let (op, offset, value) = match self {
            Op::Write { offset, value } => (1, offset, value),
            Op::ReadUntil { offset, value } => (2, offset, value),
        };
        format!("{op:x}{offset:08x}{value:08x}")
    }
}

/// Accesses as test bench ops: writes as they are, a run of reads of one register as one
/// read-until of the last value read.
pub fn ops_from_log(log: &[Access]) -> Vec<Op> {
    let mut ops: Vec<Op> = Vec::new();
    for access in log {
        match *access {
            Access::Write { offset, value } => ops.push(Op::Write { offset, value }),
            Access::Read { offset, value } => match ops.last_mut() {
                Some(Op::ReadUntil {
                    offset: o,
                    value: v,
                }) if *o == offset => *v = value,
                _ => ops.push(Op::ReadUntil { offset, value }),
            },
        }
    }
    ops
}

/// What the host driver does to a fresh `build` to make `config` active, recorded on the
/// Verilator model: open, declare the RAMs zeroed, compile, program.
pub fn record_program(config: &Config, build: Build) -> anyhow::Result<Vec<Op>> {
    let mut sim = PortPipelineSim::new(build)?;
    sim.reset()?;
    let mut dev = Device::open(Recorder::new(sim))?;
    dev.assume_zeroed()?;
    let tables = dev.compile(config)?;
    dev.program(&tables)?;
    Ok(ops_from_log(&dev.into_bus().log))
}

/// Port widths of the generated `top`, read from its declarations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TopWidths {
    pub data: u32,
    pub keep: u32,
    pub in_user: u32,
    pub out_user: u32,
    pub addr: u32,
}

/// Read the port widths from the generated Verilog (`input wire [63:0] s_axis$tdata;`).
pub fn top_widths(verilog: &str) -> anyhow::Result<TopWidths> {
    let width = |port: &str| -> anyhow::Result<u32> {
        for line in verilog.lines() {
            let line = line.trim();
            if line.starts_with("module ") && !line.starts_with("module top(") {
                break;
            }
            if !(line.starts_with("input ") || line.starts_with("output "))
                || !line.ends_with(&format!(" {port};"))
            {
                continue;
            }
            return match (line.find('['), line.find(':')) {
                (Some(open), Some(colon)) if open < colon => {
                    let msb: u32 = line[open + 1..colon].trim().parse()?;
                    Ok(msb + 1)
                }
                _ => Ok(1),
            };
        }
        bail!("the generated Verilog declares no port {port} of top")
    };
    Ok(TopWidths {
        data: width("s_axis$tdata")?,
        keep: width("s_axis$tkeep")?,
        in_user: width("s_axis$tuser")?,
        out_user: width("m_axis$tuser")?,
        addr: width("csr$addr")?,
    })
}

/// Statements that zero every RAM of the design (`reg[..] mem[N:0]`) and the read register
/// beside it, by hierarchical name under `dut`, as Verilator's zeroed model starts.
///
/// rust-hdl writes one module per instance and instantiates children as
/// `    top$parent$child child(`, so the hierarchy is read from those lines.
pub fn zero_memories(verilog: &str) -> String {
    struct Module<'a> {
        children: Vec<(&'a str, &'a str)>,
        mems: Vec<(&'a str, u64)>,
        read_data: bool,
    }
    let mut modules: Vec<(&str, Module)> = Vec::new();
    for line in verilog.lines() {
        if let Some(rest) = line.strip_prefix("module ") {
            let name = rest.split('(').next().unwrap_or("").trim();
            modules.push((
                name,
                Module {
                    children: Vec::new(),
                    mems: Vec::new(),
                    read_data: false,
                },
            ));
            continue;
        }
        let Some((_, m)) = modules.last_mut() else {
            continue;
        };
        let t = line.trim();
        if let Some(decl) = t.strip_prefix("reg[") {
            // reg[40:0] mem[65535:0];
            if let Some((_, rest)) = decl.split_once(']') {
                let rest = rest.trim();
                if let Some((name, range)) = rest.split_once('[') {
                    let top = range.split(':').next().and_then(|n| n.trim().parse().ok());
                    if let Some(top) = top {
                        m.mems.push((name.trim(), top));
                    }
                }
            }
        } else if t.starts_with("output reg") && t.ends_with(" read_data;") {
            m.read_data = true;
        } else if line.starts_with("    top") && t.ends_with('(') {
            let mut parts = t.trim_end_matches('(').split_whitespace();
            if let (Some(module), Some(instance), None) = (parts.next(), parts.next(), parts.next())
            {
                m.children.push((module, instance));
            }
        }
    }
    let find = |name: &str| modules.iter().find(|(n, _)| *n == name).map(|(_, m)| m);
    let mut out = String::from(
        "// Generated by testbench/src/icarus.rs from the design: every RAM zeroed.\n",
    );
    let mut stack = vec![("top", String::from("dut"))];
    while let Some((name, path)) = stack.pop() {
        let Some(m) = find(name) else { continue };
        for (mem, top) in &m.mems {
            let _ = writeln!(
                out,
                "for (zi = 0; zi <= {top}; zi = zi + 1) {path}.{mem}[zi] = 0;"
            );
        }
        if !m.mems.is_empty() && m.read_data {
            let _ = writeln!(out, "{path}.read_data = 0;");
        }
        for (module, instance) in m.children.iter().rev() {
            stack.push((module, format!("{path}.{instance}")));
        }
    }
    out
}

/// What one Icarus run produced, and how long it took.
#[derive(Clone, Debug)]
pub struct IcarusRun {
    /// Egress frames with their verdicts, in order.
    pub frames: Egress,
    /// Clock cycles from the first beat in to the last beat out (the engine's `cycles`).
    pub cycles: u64,
    /// Clock cycles in all: reset, programming, traffic.
    pub total_cycles: u64,
    /// `iverilog`: parsing and elaborating the design and the test bench.
    pub compile: Duration,
    /// `vvp`, start to exit.
    pub run: Duration,
    /// `vvp`, from the first ingress beat offered to the last frame out.
    pub traffic: Duration,
}

/// Write the input files into `dir`, compile with `iverilog`, run with `vvp`, read back.
pub fn run(build: Build, ops: &[Op], frames: &[Vec<u8>], dir: &Path) -> anyhow::Result<IcarusRun> {
    let verilog_path = verilog_source(build);
    let verilog = fs::read_to_string(&verilog_path)
        .with_context(|| format!("cannot read {}", verilog_path.display()))?;
    let widths = top_widths(&verilog)?;
    if ops.is_empty() || frames.is_empty() {
        bail!("an Icarus run needs register accesses (record_program) and frames");
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let write = |name: &str, text: String| {
        let path = dir.join(name);
        fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
    };
    write("zero_memories.vh", zero_memories(&verilog))?;
    write(
        "ops.hex",
        ops.iter().map(|op| op.hex() + "\n").collect::<String>(),
    )?;

    let bb = build.beat_bytes();
    let (mut data, mut keep, mut ctl) = (String::new(), String::new(), String::new());
    let mut beat_count = 0usize;
    for frame in frames {
        if frame.len() > crate::rtl_engine::MAX_FRAME {
            bail!(
                "a frame of {} bytes is longer than the RTL takes",
                frame.len()
            );
        }
        for beat in beats(frame, bb) {
            for w in beat.words[..bb / 4].iter().rev() {
                let _ = write!(data, "{w:08x}");
            }
            data.push('\n');
            let _ = writeln!(keep, "{:x}", beat.keep);
            let _ = writeln!(
                ctl,
                "{:08x}",
                u32::from(beat.last) << 31 | frame.len() as u32
            );
            beat_count += 1;
        }
    }
    write("beat_data.hex", data)?;
    write("beat_keep.hex", keep)?;
    write("beat_ctl.hex", ctl)?;

    let vvp = dir.join("tb.vvp");
    let params = [
        ("DATA_W", widths.data as usize),
        ("KEEP_W", widths.keep as usize),
        ("IN_USER_W", widths.in_user as usize),
        ("OUT_USER_W", widths.out_user as usize),
        ("ADDR_W", widths.addr as usize),
        ("OPS", ops.len().max(1)),
        ("BEATS", beat_count.max(1)),
        ("FRAMES", frames.len()),
    ];
    let mut iverilog = Command::new("iverilog");
    iverilog
        .args(["-g2005", "-s", "tb_port_pipeline", "-o"])
        .arg(&vvp);
    iverilog.arg("-I").arg(dir);
    for (name, value) in params {
        iverilog.arg(format!("-Ptb_port_pipeline.{name}={value}"));
    }
    iverilog.arg(testbench_source()).arg(&verilog_path);
    let started = Instant::now();
    let output = iverilog.output().map_err(|e| {
        anyhow!("cannot run iverilog ({e}); install Icarus Verilog: apt-get install -y iverilog")
    })?;
    let compile = started.elapsed();
    if !output.status.success() {
        bail!(
            "iverilog failed on {}:\n{}",
            verilog_path.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // Run, timing the traffic by the lines the bench prints as it starts and ends.
    let started = Instant::now();
    let mut child = Command::new("vvp")
        .arg("-n")
        .arg(&vvp)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| anyhow!("cannot run vvp ({e})"))?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| anyhow!("no stdout from vvp"))?;
    let mut lines = Vec::new();
    let (mut traffic_start, mut traffic_end) = (None, None);
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading vvp's output")?;
        if line.starts_with("traffic") {
            traffic_start = Some(Instant::now());
        } else if line.starts_with("done:") {
            traffic_end = Some(Instant::now());
        }
        lines.push(line);
    }
    let output = child.wait_with_output().context("waiting for vvp")?;
    let run = started.elapsed();
    let text = lines.join("\n");
    let (Some(t0), Some(t1)) = (traffic_start, traffic_end) else {
        bail!(
            "the Icarus run did not finish:\n{text}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    if !output.status.success() {
        bail!("vvp failed:\n{text}");
    }
    let done = lines
        .iter()
        .find(|l| l.starts_with("done:"))
        .map(String::as_str)
        .unwrap_or_default();
    let numbers: Vec<u64> = done
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let [_, cycles, total_cycles] = numbers[..] else {
        bail!("unexpected last line from the test bench: {done}");
    };

    let egress_path = dir.join("egress.txt");
    let egress = fs::read_to_string(&egress_path)
        .with_context(|| format!("cannot read {}", egress_path.display()))?;
    let out = parse_egress(&egress, bb)?;
    if out.len() != frames.len() {
        bail!(
            "{} frames in, {} out of the Icarus run",
            frames.len(),
            out.len()
        );
    }
    Ok(IcarusRun {
        frames: out,
        cycles,
        total_cycles,
        compile,
        run,
        traffic: t1.duration_since(t0),
    })
}

/// Frames and verdicts from `egress.txt` lines: `tdata tkeep tlast tuser` in hex.
pub fn parse_egress(text: &str, beat_bytes: usize) -> anyhow::Result<Egress> {
    let mut assembler = Assembler::new(beat_bytes);
    let mut frames = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [data, keep, last, user] = fields[..] else {
            bail!("egress beat {n}: {line:?} is not four fields");
        };
        let hex = |s: &str| -> anyhow::Result<u64> {
            u64::from_str_radix(s, 16)
                .map_err(|_| anyhow!("egress beat {n}: {s:?} is not a number (X or Z?)"))
        };
        // tdata: most significant digit first; word k is bits 32k+31..32k.
        let digits = data.as_bytes();
        if digits.len() != beat_bytes * 2 {
            bail!("egress beat {n}: {} hex digits of tdata", digits.len());
        }
        let mut words = vec![0u32; beat_bytes / 4];
        for (k, word) in words.iter_mut().enumerate() {
            let end = digits.len() - 8 * k;
            let s = std::str::from_utf8(&digits[end - 8..end]).unwrap_or("?");
            *word = hex(s)? as u32;
        }
        let done = assembler
            .push(&words, hex(keep)?, hex(last)? != 0)
            .map_err(|e| anyhow!("egress beat {n}: {e}"))?;
        if let Some(frame) = done {
            frames.push((decode_verdict(hex(user)?)?, frame.to_vec()));
        }
    }
    if assembler.in_frame() {
        bail!("the Icarus run stopped in the middle of an egress frame");
    }
    Ok(frames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_in_a_row_become_one_poll_and_writes_stay() {
        let log = [
            Access::Read {
                offset: 0,
                value: 7,
            },
            Access::Write {
                offset: 8,
                value: 1,
            },
            Access::Read {
                offset: 4,
                value: 1,
            },
            Access::Read {
                offset: 4,
                value: 1,
            },
            Access::Read {
                offset: 4,
                value: 0,
            },
            Access::Read {
                offset: 0,
                value: 7,
            },
        ];
        assert_eq!(
            ops_from_log(&log),
            [
                Op::ReadUntil {
                    offset: 0,
                    value: 7
                },
                Op::Write {
                    offset: 8,
                    value: 1
                },
                Op::ReadUntil {
                    offset: 4,
                    value: 0
                },
                Op::ReadUntil {
                    offset: 0,
                    value: 7
                },
            ]
        );
        assert_eq!(
            Op::Write {
                offset: 0x1c,
                value: 0xdead_beef
            }
            .hex(),
            "10000001cdeadbeef"
        );
    }

    #[test]
    fn ports_and_memories_are_read_from_the_generated_verilog() {
        for build in [Build::TenG, Build::HundredG] {
            let text = fs::read_to_string(verilog_source(build)).expect("generated Verilog");
            let w = top_widths(&text).expect("widths");
            assert_eq!(w.data as usize, 8 * build.beat_bytes());
            assert_eq!(w.keep as usize, build.beat_bytes());
            let zero = zero_memories(&text);
            // The LPM's deepest level and its leaves, by path, whole.
            assert!(zero.contains("dut.lpm."), "{zero}");
            assert!(zero.contains("<= 65535; zi = zi + 1)"), "{zero}");
            assert!(zero.lines().count() > 20, "{zero}");
        }
    }

    #[test]
    fn egress_lines_become_frames_and_verdicts() {
        // 10 bytes at 8 a beat: a full beat, then 2 bytes; user: forward to target 3.
        let user = dxedge_host::regmap::egress::KIND
            .place(u64::from(dxedge_host::verdict::kind::FORWARD))
            | dxedge_host::regmap::egress::TARGET.place(3);
        let text = format!("0807060504030201 ff 0 {user:x}\n0000000000000a09 03 1 {user:x}\n");
        let frames = parse_egress(&text, 8).expect("parses");
        assert_eq!(
            frames,
            [(
                Verdict::Forward { target: 3 },
                (1..=10).collect::<Vec<u8>>()
            )]
        );
        let err = parse_egress("xxxxxxxxxxxxxxxx ff 1 0\n", 8).expect_err("X bits are refused");
        assert!(err.to_string().contains("X or Z"), "{err}");
    }
}
