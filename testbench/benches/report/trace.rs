//! "Waveforms": what `--trace` and `--trace-frames` cost on the IMIX capture.

use crate::format::mib;
use crate::format::rate;
use crate::format::thousands;
use crate::replay::replay_command;
use crate::replay::replay_with;
use crate::replay::shown;
use crate::replay::Ctx;
use crate::replay::Engine;
use crate::replay::Input;
use crate::replay::Replay;
use crate::replay::Runs;
use dxedge_host::config::Speed;
use std::fmt::Write as _;
use std::fs;

/// A replay traced one way: no trace, `--trace-frames` of ten frames in the middle, or
/// `--trace` of every clock.
pub struct TraceRow {
    pub how: String,
    pub run: Replay,
    /// The trace file's size, bytes.
    pub trace_bytes: Option<u64>,
}

/// What a waveform costs: the IMIX capture at 10g, once each way.
pub fn trace_rows(ctx: &Ctx, input: &Input) -> anyhow::Result<Vec<TraceRow>> {
    let trace = ctx.work.join("waves.fst");
    let shown_trace = ctx.rel(&trace);
    let middle = (input.records / 2).max(1);
    let range = format!("{middle}..{}", middle + 9);
    let ways: [(String, Vec<String>); 3] = [
        ("no trace".into(), vec![]),
        (
            format!("`--trace {shown_trace} --trace-frames {range}`"),
            vec![
                "--trace".into(),
                trace.display().to_string(),
                "--trace-frames".into(),
                range.clone(),
            ],
        ),
        (
            format!("`--trace {shown_trace}`"),
            vec!["--trace".into(), trace.display().to_string()],
        ),
    ];
    let mut rows = Vec::new();
    for (how, extra) in ways {
        eprintln!("-- TRACE {how}");
        let _ = fs::remove_file(&trace);
        let run = replay_with(ctx, input, Engine::Verilator(Speed::G10), 1, &extra)?;
        let trace_bytes = (!extra.is_empty())
            .then(|| fs::metadata(&trace).map(|m| m.len()))
            .transpose()?;
        rows.push(TraceRow {
            how,
            run,
            trace_bytes,
        });
    }
    let _ = fs::remove_file(&trace);
    Ok(rows)
}

pub fn trace_section(
    w: &mut String,
    ctx: &Ctx,
    input: &Input,
    rows: &[TraceRow],
) -> std::fmt::Result {
    writeln!(
        w,
        "## Waveforms: --trace and --trace-frames
"
    )?;
    let clocks = rows.first().and_then(|r| r.run.cycles).unwrap_or(0);
    writeln!(
        w,
        "`{}` with each of the flags below, once each, on the IMIX capture ({} frames, {} \
         clocks from the first beat in to the last out). `--trace-frames` runs the model built \
         with tracing, its trace closed until the window: the first two rows differ by what \
         that costs; the last row is what writing every clock costs. The trace file grows \
         with the window, not with the run.\n",
        shown(
            ctx,
            &replay_command(ctx, input, Engine::Verilator(Speed::G10), &ctx.out)
        ),
        thousands(input.records),
        thousands(clocks)
    )?;
    writeln!(
        w,
        "| trace | wall time | frames/s | trace file | peak memory | load |"
    )?;
    writeln!(w, "| --- | ---: | ---: | ---: | ---: | ---: |")?;
    for r in rows {
        let size = r.trace_bytes.map_or("none".to_string(), |b| {
            if b >= 1 << 20 {
                format!("{:.1} MiB", b as f64 / f64::from(1 << 20))
            } else {
                format!("{:.1} KiB", b as f64 / 1024.0)
            }
        });
        writeln!(
            w,
            "| {} | {:.2} s | {} | {size} | {} | {:.1} |",
            r.how,
            r.run.wall,
            rate(Runs::rate(&r.run)),
            mib(r.run.rss_kib),
            r.run.load
        )?;
    }
    writeln!(w)
}
