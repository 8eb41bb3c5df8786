//! "Frames per second by frame size, end to end": the sweep of fixed sizes and IMIX, every
//! engine.

use crate::format::rate;
use crate::format::thousands;
use crate::replay::replay_command;
use crate::replay::shown;
use crate::replay::Ctx;
use crate::replay::Engine;
use crate::replay::Input;
use crate::replay::Runs;
use std::fmt::Write as _;

/// The section of BENCHMARKS.md, above the plot at `rel_svg`.
pub fn section(
    w: &mut String,
    ctx: &Ctx,
    inputs: &[Input],
    sweep: &[(Input, Vec<Runs>)],
    rel_svg: &str,
) -> anyhow::Result<()> {
    let plan = ctx.plan;
    writeln!(w, "## Frames per second by frame size, end to end\n")?;
    writeln!(
        w,
        "![frames/s against frame size]({rel_svg})\n\n`dxedge replay` of the same capture by \
         each engine: the whole process (start-up, reading the capture from the page cache, \
         the engine, writing every output file). Median of {} runs (model) and {} runs \
         (Verilator). Fixed sizes: `dxedge gen --scenario fixed --size N` (every frame \
         forwarded and re-tagged); IMIX: `dxedge gen --scenario imix` (7:4:1 of 64, 594 and \
         1518 bytes, and 5 % of the demo's other kinds). The plot adds Icarus Verilog and \
         rust-hdl's simulator from the sections below.\n",
        plan.model_runs, plan.verilator_runs
    )?;
    writeln!(
        w,
        "| frames | frames/s: model | verilator 10g | verilator 100g | model ÷ verilator 10g | verilator 100g ÷ 10g | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- | --- |")?;
    for (input, r) in sweep {
        let (m, a, b) = (
            Runs::rate(r[0].median()),
            Runs::rate(r[1].median()),
            Runs::rate(r[2].median()),
        );
        let label = match input.size() {
            Some(s) => format!("{} × {s} B", thousands(input.records)),
            None => format!(
                "{} × IMIX ({:.0} B mean)",
                thousands(input.records),
                input.mean_len
            ),
        };
        writeln!(
            w,
            "| {label} | {} | {} | {} | {:.1} | {:.2} | {} |",
            rate(m),
            rate(a),
            rate(b),
            m / a,
            b / a,
            Runs(r.iter().flat_map(|x| x.0.clone()).collect()).loads()
        )?;
    }
    writeln!(w, "\nCommands (run from the repository root):\n")?;
    writeln!(w, "```sh")?;
    for input in inputs {
        writeln!(w, "{}", input.gen_command)?;
    }
    for (input, _) in sweep {
        for engine in Engine::ALL {
            let out = ctx.out.clone();
            writeln!(
                w,
                "/usr/bin/time -f '%M %U %S' {}",
                shown(ctx, &replay_command(ctx, input, engine, &out))
            )?;
        }
    }
    writeln!(w, "```\n")?;
    Ok(())
}
