//! The SVG plot of frames/s against frame size.

use crate::icarus::IcarusRow;
use crate::replay::Engine;
use crate::replay::Input;
use crate::replay::Runs;
use crate::rust_hdl::RustHdlRow;
use dxedge_host::config::Speed;
use std::path::Path;

pub struct Series {
    pub name: String,
    pub points: Vec<(f64, f64)>,
    pub imix: Option<(f64, f64)>,
}

pub fn plot(path: &Path, series: &[Series]) -> anyhow::Result<()> {
    use plotters::prelude::*;
    let root = SVGBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let all = series
        .iter()
        .flat_map(|s| s.points.iter().chain(s.imix.iter()));
    let (lo, hi) = all.fold((f64::INFINITY, 0.0f64), |(lo, hi), &(_, y)| {
        (lo.min(y), hi.max(y))
    });
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "dxedge: frames/s against frame size (log scales)",
            ("sans-serif", 22),
        )
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(70)
        .build_cartesian_2d(
            (50f64..12_000f64).log_scale(),
            // Room above the lines for the legend.
            ((lo / 2.0).max(0.1)..hi * 40.0).log_scale(),
        )?;
    chart
        .configure_mesh()
        .x_desc("frame length, bytes (IMIX: hollow marks at its mean length)")
        .y_desc("frames per second")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| {
            if *y >= 1e6 {
                format!("{:.0}M", y / 1e6)
            } else if *y >= 1e3 {
                format!("{:.0}k", y / 1e3)
            } else {
                format!("{y:.0}")
            }
        })
        .draw()?;
    let colors = [
        RGBColor(31, 119, 180),
        RGBColor(255, 127, 14),
        RGBColor(44, 160, 44),
        RGBColor(214, 39, 40),
        RGBColor(148, 103, 189),
        RGBColor(140, 86, 75),
        RGBColor(127, 127, 127),
    ];
    for (i, s) in series.iter().enumerate() {
        let color = colors[i % colors.len()];
        chart
            .draw_series(LineSeries::new(s.points.clone(), color.stroke_width(2)))?
            .label(s.name.clone())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        chart.draw_series(s.points.iter().map(|&p| Circle::new(p, 4, color.filled())))?;
        if let Some(p) = s.imix {
            chart.draw_series(std::iter::once(Circle::new(p, 6, color.stroke_width(2))))?;
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

/// The plot's series: every engine end to end, Icarus at both speeds, rust-hdl at 64 bytes.
pub fn series(
    inputs: &[Input],
    sweep: &[(Input, Vec<Runs>)],
    icarus_rows: &[IcarusRow],
    hdl_rows: &[RustHdlRow],
) -> Vec<Series> {
    let e2e = |engine: usize| -> Vec<(f64, f64)> {
        sweep
            .iter()
            .filter(|(i, _)| i.size().is_some())
            .map(|(i, r)| (i.mean_len, Runs::rate(r[engine].median())))
            .collect()
    };
    let e2e_imix = |engine: usize| {
        sweep
            .iter()
            .find(|(i, _)| i.size().is_none())
            .map(|(i, r)| (i.mean_len, Runs::rate(r[engine].median())))
    };
    let mean_of = |label: &str| {
        inputs
            .iter()
            .find(|i| i.label == label)
            .map_or(64.0, |i| i.mean_len)
    };
    let ic = |speed: Speed, imix: bool| -> Vec<(f64, f64)> {
        icarus_rows
            .iter()
            .filter(|r| r.speed == speed && (r.input == "IMIX") == imix)
            .map(|r| (mean_of(&r.input), r.frames_per_second()))
            .collect()
    };
    let mut series = vec![];
    for (i, engine) in Engine::ALL.iter().enumerate() {
        series.push(Series {
            name: format!("{} (end to end)", engine.name()),
            points: e2e(i),
            imix: e2e_imix(i),
        });
    }
    for speed in [Speed::G10, Speed::G100] {
        series.push(Series {
            name: format!(
                "Icarus Verilog {}",
                if speed == Speed::G10 { "10g" } else { "100g" }
            ),
            points: ic(speed, false),
            imix: ic(speed, true).first().copied(),
        });
    }
    for r in hdl_rows {
        series.push(Series {
            name: format!(
                "rust-hdl simulator {} (64 B only)",
                if r.speed == Speed::G10 { "10g" } else { "100g" }
            ),
            points: vec![(64.0, r.frames as f64 / r.traffic.as_secs_f64())],
            imix: None,
        });
    }
    series
}
