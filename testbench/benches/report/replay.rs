//! Inputs and end-to-end replays: `dxedge gen` captures, `dxedge replay` runs of them under
//! `/usr/bin/time`, and their medians.

use crate::machine::load;
use crate::Plan;
use anyhow::anyhow;
use anyhow::bail;
use anyhow::Context;
use dxedge_host::config::Speed;
use dxedge_testbench::capture::CaptureReader;
use std::fs;
use std::path::Path;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

pub struct Ctx {
    pub root: PathBuf,
    pub bin: PathBuf,
    pub work: PathBuf,
    /// Where each replay writes its files (`--out`): see [`out_dir`].
    pub out: PathBuf,
    pub plan: Plan,
}

/// Memory-backed space a bench's outputs need (the largest run writes about 100 MB).
const OUT_SPACE: u64 = 1 << 30;

/// Where the timed replays write: a directory on `/dev/shm` (a tmpfs) when it has the space,
/// else `work/out`. On a disk, each run's 80-100 MB of outputs are written back by the
/// kernel some 30 s later, in the middle of a later run, and on a 2-core VM that slowed the
/// run it landed in by half (its CPU time too: the host's I/O took its cores).
pub fn out_dir(work: &Path) -> PathBuf {
    let shm = Path::new("/dev/shm");
    let free = nix::sys::statvfs::statvfs(shm)
        .map(|s| s.blocks_available().saturating_mul(s.fragment_size()));
    match free {
        Ok(free) if free >= OUT_SPACE => shm.join("dxedge-bench-out"),
        _ => work.join("out"),
    }
}

impl Ctx {
    /// A path as the commands show it: relative to the repository.
    pub fn rel(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// One capture and its config.
#[derive(Clone)]
pub struct Input {
    /// "64", ..., "9018", "IMIX"
    pub label: String,
    pub dir: PathBuf,
    pub records: u64,
    /// Mean captured length of a record, bytes.
    pub mean_len: f64,
    pub gen_command: String,
    /// Replay flags the capture needs (its direction).
    pub replay_args: Vec<String>,
}

impl Input {
    pub fn config(&self) -> PathBuf {
        self.dir.join("appliance.toml")
    }
    pub fn capture(&self) -> PathBuf {
        self.dir.join("capture.pcap")
    }
    pub fn size(&self) -> Option<u16> {
        self.label.parse().ok()
    }
}

pub fn gen(ctx: &Ctx, label: &str, args: &[&str], count: u64) -> anyhow::Result<Input> {
    let dir = ctx.work.join("in").join(label.to_lowercase());
    let count_text = count.to_string();
    let mut full: Vec<&str> = vec!["gen"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["--count", &count_text, "--out"]);
    let dir_text = dir.display().to_string();
    full.push(&dir_text);
    let status = Command::new(&ctx.bin)
        .args(&full)
        .stdout(std::process::Stdio::null())
        .status()
        .context("running dxedge gen")?;
    if !status.success() {
        bail!("dxedge gen {args:?} failed");
    }
    let capture = dir.join("capture.pcap");
    let bytes = fs::metadata(&capture)?.len();
    // Classic pcap: a 24-byte file header, a 16-byte header per record.
    let mean_len = (bytes - 24) as f64 / count as f64 - 16.0;
    // Read it once so that every engine reads it from the page cache.
    let _ = fs::read(&capture)?;
    let shown = full
        .iter()
        .map(|a| {
            if *a == dir_text {
                ctx.rel(&dir)
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Input {
        label: label.to_string(),
        dir,
        records: count,
        mean_len,
        gen_command: format!("{} {shown}", ctx.rel(&ctx.bin)),
        // A capture of the AWS side replays to the customer.
        replay_args: match args.windows(2).find(|w| w[0] == "--direction") {
            Some(w) => vec!["--direction".into(), w[1].to_string()],
            None => vec![],
        },
    })
}

/// One whole `dxedge replay` process.
#[derive(Clone, Debug)]
pub struct Replay {
    /// Process wall time, seconds.
    pub wall: f64,
    /// Peak resident set, KiB (`/usr/bin/time` %M).
    pub rss_kib: u64,
    /// CPU time, user plus system, seconds (`/usr/bin/time` %U %S).
    pub cpu: f64,
    pub packets: u64,
    pub cycles: Option<u64>,
    /// run.json's wall_seconds: the replay without process start-up.
    pub engine_seconds: f64,
    /// `--jobs N`: each piece's own wall time (run.json's `shards`).
    pub pieces: Vec<f64>,
    pub load: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Model,
    Verilator(Speed),
}

impl Engine {
    pub const ALL: [Engine; 3] = [
        Engine::Model,
        Engine::Verilator(Speed::G10),
        Engine::Verilator(Speed::G100),
    ];
    pub fn name(self) -> &'static str {
        match self {
            Engine::Model => "model",
            Engine::Verilator(Speed::G10) => "verilator 10g",
            Engine::Verilator(Speed::G100) => "verilator 100g",
        }
    }
    pub fn args(self) -> [&'static str; 4] {
        match self {
            // The model is the same code at either speed.
            Engine::Model => ["--engine", "model", "--speed", "10g"],
            Engine::Verilator(Speed::G10) => ["--engine", "verilator", "--speed", "10g"],
            Engine::Verilator(Speed::G100) => ["--engine", "verilator", "--speed", "100g"],
        }
    }
}

pub fn replay_command(ctx: &Ctx, input: &Input, engine: Engine, out: &Path) -> Vec<String> {
    replay_command_jobs(ctx, input, engine, out, 1)
}

/// The replay command with `--jobs jobs` (none for 1, the default).
pub fn replay_command_jobs(
    ctx: &Ctx,
    input: &Input,
    engine: Engine,
    out: &Path,
    jobs: u64,
) -> Vec<String> {
    let mut cmd = vec![ctx.bin.display().to_string(), "replay".into()];
    if jobs != 1 {
        cmd.extend(["--jobs".to_string(), jobs.to_string()]);
    }
    cmd.extend(engine.args().iter().map(|s| s.to_string()));
    cmd.extend(input.replay_args.iter().cloned());
    cmd.extend([
        "--config".into(),
        input.config().display().to_string(),
        "--input".into(),
        input.capture().display().to_string(),
        "--out".into(),
        out.display().to_string(),
        "--force".into(),
    ]);
    cmd
}

pub fn shown(ctx: &Ctx, cmd: &[String]) -> String {
    cmd.iter()
        .map(|a| {
            let p = Path::new(a);
            if p.is_absolute() {
                ctx.rel(p)
            } else {
                a.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn replay(ctx: &Ctx, input: &Input, engine: Engine) -> anyhow::Result<Replay> {
    replay_jobs(ctx, input, engine, 1)
}

pub fn replay_jobs(ctx: &Ctx, input: &Input, engine: Engine, jobs: u64) -> anyhow::Result<Replay> {
    replay_with(ctx, input, engine, jobs, &[])
}

/// One timed replay with `extra` flags after the usual ones.
pub fn replay_with(
    ctx: &Ctx,
    input: &Input,
    engine: Engine,
    jobs: u64,
    extra: &[String],
) -> anyhow::Result<Replay> {
    replay_on(ctx, input, engine, jobs, extra, &[])
}

/// What pins a replay to CPU 0 (util-linux, on every Debian and Ubuntu): the replay's
/// threads take turns on it, so its wall time is all of its work, overlapped with nothing.
pub const ONE_CORE: [&str; 3] = ["taskset", "-c", "0"];

/// A plain replay (`--jobs 1`) pinned to one core.
pub fn replay_on_one_core(ctx: &Ctx, input: &Input, engine: Engine) -> anyhow::Result<Replay> {
    replay_on(ctx, input, engine, 1, &[], &ONE_CORE)
}

/// One timed replay, its command run through `pin` (nothing, or [`ONE_CORE`]).
fn replay_on(
    ctx: &Ctx,
    input: &Input,
    engine: Engine,
    jobs: u64,
    extra: &[String],
    pin: &[&str],
) -> anyhow::Result<Replay> {
    let out = ctx.out.clone();
    let rss_file = ctx.work.join("rss.txt");
    let mut cmd = replay_command_jobs(ctx, input, engine, &out, jobs);
    cmd.extend(extra.iter().cloned());
    // The last run's outputs go before the clock starts: `--force` would free them as the
    // run commits its own, some 10 ms for 80 MB here, which is no part of a replay.
    match fs::remove_dir_all(&out) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            bail!("cannot remove {}: {e}", out.display())
        }
        _ => {}
    }
    // Whatever is still to be written to disk (the captures just generated) goes now, not
    // in the middle of this run (see `out_dir`).
    nix::unistd::sync();
    let load = load();
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M %U %S", "-o"])
        .arg(&rss_file)
        .args(pin)
        .args(&cmd)
        .output()
        .map_err(|e| anyhow!("cannot run /usr/bin/time ({e}): apt-get install -y time"))?;
    let wall = started.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!(
            "{} failed: {}",
            shown(ctx, &cmd),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let measured = fs::read_to_string(&rss_file)?;
    let fields: Vec<f64> = measured
        .lines()
        .next_back()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    let [rss_kib, user, system] = fields[..] else {
        bail!("unexpected output of /usr/bin/time: {measured}");
    };
    let (rss_kib, cpu) = (rss_kib as u64, user + system);
    let run: serde_json::Value = serde_json::from_str(&fs::read_to_string(out.join("run.json"))?)?;
    let pieces = run["shards"].as_array().map_or(Vec::new(), |pieces| {
        pieces
            .iter()
            .filter_map(|p| p["wall_seconds"].as_f64())
            .collect()
    });
    Ok(Replay {
        wall,
        rss_kib,
        cpu,
        packets: run["packets"].as_u64().unwrap_or(0),
        cycles: run["cycles"].as_u64(),
        engine_seconds: run["wall_seconds"].as_f64().unwrap_or(f64::NAN),
        pieces,
        load,
    })
}

/// Runs of one replay, sorted by wall time.
#[derive(Clone, Debug)]
pub struct Runs(pub Vec<Replay>);

impl Runs {
    pub fn median(&self) -> &Replay {
        &self.0[self.0.len() / 2]
    }
    pub fn best(&self) -> &Replay {
        &self.0[0]
    }
    pub fn rate(r: &Replay) -> f64 {
        r.packets as f64 / r.wall
    }
    pub fn peak_rss(&self) -> u64 {
        self.0.iter().map(|r| r.rss_kib).max().unwrap_or(0)
    }
    pub fn loads(&self) -> String {
        let lo = self.0.iter().map(|r| r.load).fold(f64::INFINITY, f64::min);
        let hi = self.0.iter().map(|r| r.load).fold(0.0, f64::max);
        if (hi - lo).abs() < 0.05 {
            format!("{lo:.1}")
        } else {
            format!("{lo:.1}–{hi:.1}")
        }
    }
}

pub fn runs(ctx: &Ctx, input: &Input, engine: Engine, n: usize) -> anyhow::Result<Runs> {
    let mut all = (0..n)
        .map(|_| replay(ctx, input, engine))
        .collect::<anyhow::Result<Vec<_>>>()?;
    all.sort_by(|a, b| a.wall.total_cmp(&b.wall));
    Ok(Runs(all))
}

/// The first `n` records of a capture that reach an engine (not truncated).
pub fn first_frames(input: &Input, n: usize) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut reader = CaptureReader::open(&input.capture())?;
    let mut frames = Vec::with_capacity(n);
    while frames.len() < n {
        let Some(record) = reader.next_record()? else {
            break;
        };
        if !record.is_truncated() {
            frames.push(record.data.to_vec());
        }
    }
    Ok(frames)
}
