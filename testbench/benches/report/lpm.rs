//! "LPM compiler and lookups": the host's compile and lookups on large route tables.

use crate::format::ms;
use crate::format::rate;
use crate::format::thousands;
use crate::machine::load;
use crate::machine::time;
use crate::Plan;
use anyhow::anyhow;
use anyhow::bail;
use dxedge_host::config::Ipv4Prefix;
use dxedge_host::lpm::LpmError;
use dxedge_host::lpm::LpmImage;
use dxedge_host::lpm::LpmRoute;
use dxedge_host::regmap::CAPACITY;
use dxedge_testbench::lpm::RangeTable;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::time::Duration;

/// Random routes over `vifs` VIFs, lengths mostly /16 to /32 with some shorter ones, so that
/// prefixes nest and overlap (as host/benches/lpm.rs makes them).
pub fn random_routes(rng: &mut ChaCha8Rng, count: usize, vifs: u32, targets: u32) -> Vec<LpmRoute> {
    (0..count)
        .map(|_| {
            let len: u8 = match rng.random_range(0..10) {
                0 => rng.random_range(0..16),
                1..=3 => 24,
                4 => 32,
                _ => rng.random_range(16..=32),
            };
            let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
            LpmRoute {
                vif: rng.random_range(0..vifs),
                network: rng.random::<u32>() & mask,
                len,
                target: rng.random_range(0..targets),
            }
        })
        .collect()
}

/// 65,536 routes that fit: per VIF (256), a /16 and 255 of its /24s in address order; every
/// /24 whose index is 2 or 3 modulo 4 repeats the /16's target, as more-specifics with
/// their aggregate's next hop do in real tables, so the result changes at three of every
/// four /24s.
pub fn aggregated_routes() -> Vec<LpmRoute> {
    let mut routes = Vec::with_capacity(65_536);
    for vif in 0..256u32 {
        let aggregate = vif % 1024;
        let base = 0x0a00_0000 | (vif << 16);
        routes.push(LpmRoute {
            vif,
            network: base,
            len: 16,
            target: aggregate,
        });
        for i in 0..255u32 {
            let target = if i % 4 >= 2 {
                aggregate
            } else {
                (aggregate + 1 + i) % 1024
            };
            routes.push(LpmRoute {
                vif,
                network: base | (i << 8),
                len: 24,
                target,
            });
        }
    }
    routes
}

pub struct LpmRow {
    pub table: String,
    pub routes: usize,
    /// Boundaries it needs (may exceed the capacity).
    pub boundaries: usize,
    pub fits: bool,
    pub compile: (Duration, Duration),
    pub spread: Option<(Duration, Duration)>,
    pub load: f64,
}

pub struct Lookups {
    pub table: String,
    pub keys: usize,
    pub image: f64,
    pub range: f64,
    pub load: f64,
}

pub fn lpm_rows(plan: &Plan) -> anyhow::Result<(Vec<LpmRow>, Lookups)> {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let tables = [
        (
            "random, 64 VIFs".to_string(),
            random_routes(&mut rng, 16_384, 64, CAPACITY.targets),
        ),
        (
            "random, 256 VIFs".to_string(),
            random_routes(&mut rng, 32_767, 256, CAPACITY.targets),
        ),
        (
            "random, 256 VIFs".to_string(),
            random_routes(&mut rng, 65_536, 256, CAPACITY.targets),
        ),
        (
            "a /16 and 255 of its /24s per VIF, 256 VIFs; half the /24s repeat the /16's target"
                .to_string(),
            aggregated_routes(),
        ),
    ];
    let mut rows = Vec::new();
    let mut lookups = None;
    for (table, routes) in &tables {
        let load = load();
        let compiled = LpmImage::compile(routes, &CAPACITY);
        let compile = time(plan.lpm_runs, || LpmImage::compile(routes, &CAPACITY));
        let (boundaries, fits, spread) = match &compiled {
            Ok(image) => (
                image.boundaries(),
                true,
                Some(time(plan.lpm_runs, || {
                    LpmImage::compile_spread(routes, &CAPACITY)
                })),
            ),
            Err(LpmError::TooManyBoundaries { needed, .. }) => (*needed, false, None),
            Err(e) => bail!("{table}: {e}"),
        };
        if let (Ok(image), None) = (&compiled, &lookups) {
            // Lookups in the first table: the hardware's descent in software, and the
            // model's range table.
            let keys: Vec<(u32, u32)> = (0..plan.lookups)
                .map(|_| (rng.random_range(0..64), rng.random()))
                .collect();
            let (t_image, _) = time(3, || {
                keys.iter().filter_map(|&(v, a)| image.lookup(v, a)).count()
            });
            let per_vif: Vec<RangeTable<u32>> = (0..64)
                .map(|v| {
                    let mut seen = std::collections::HashSet::new();
                    let r: Vec<(Ipv4Prefix, u32)> = routes
                        .iter()
                        .rev()
                        .filter(|r| r.vif == v && seen.insert((r.network, r.len)))
                        .map(|r| {
                            (
                                Ipv4Prefix {
                                    addr: r.network.into(),
                                    len: r.len,
                                },
                                r.target,
                            )
                        })
                        .collect();
                    RangeTable::new(&r)
                })
                .collect();
            let (t_range, _) = time(3, || {
                keys.iter()
                    .filter_map(|&(v, a)| per_vif[v as usize].lookup(a))
                    .count()
            });
            lookups = Some(Lookups {
                table: format!("{} routes, {table}", thousands(routes.len() as u64)),
                keys: keys.len(),
                image: keys.len() as f64 / t_image.as_secs_f64(),
                range: keys.len() as f64 / t_range.as_secs_f64(),
                load,
            });
        }
        rows.push(LpmRow {
            table: table.clone(),
            routes: routes.len(),
            boundaries,
            fits,
            compile,
            spread,
            load,
        });
    }
    Ok((rows, lookups.ok_or_else(|| anyhow!("no table fitted"))?))
}

/// The section of BENCHMARKS.md.
pub fn section(
    w: &mut String,
    plan: &Plan,
    rows: &[LpmRow],
    lookups: &Lookups,
) -> anyhow::Result<()> {
    writeln!(w, "## LPM compiler and lookups (host side)\n")?;
    writeln!(
        w,
        "`LpmImage::compile` (boundaries packed to the left, what `Device::compile` uses) and \
         `LpmImage::compile_spread` (room left next to every boundary, for later \
         `compile_from`), best and median of {} runs. The tree holds 65,535 boundaries and a \
         route adds at most two, so **32,767 routes always fit and 64k routes fit only when \
         they share boundaries**: 65,536 random routes need more and are refused (the time \
         shown is the time to find out); the structured 65,536-route table fits. Random routes: \
         lengths /16 to /32 mostly, some shorter, nested and overlapping, random targets.\n",
        plan.lpm_runs
    )?;
    writeln!(w, "| routes | table | boundaries | compile: best, median | compile_spread: best, median | load |")?;
    writeln!(w, "| --- | --- | --- | --- | --- | --- |")?;
    for r in rows {
        writeln!(
            w,
            "| {} | {} | {}{} | {}, {} | {} | {:.1} |",
            thousands(r.routes as u64),
            r.table,
            thousands(r.boundaries as u64),
            if r.fits {
                ""
            } else {
                " (does not fit: refused)"
            },
            ms(r.compile.0),
            ms(r.compile.1),
            r.spread
                .map_or("–".into(), |(b, m)| format!("{}, {}", ms(b), ms(m))),
            r.load
        )?;
    }
    writeln!(
        w,
        "\nLookups, {} random keys (VIF and address) in {} (load {:.1}): `LpmImage::lookup` \
         (the hardware's 16-level descent, in software) **{} lookups/s**; the model's range \
         table (`testbench/src/lpm.rs`, binary search per VIF) **{} lookups/s**.\n",
        thousands(lookups.keys as u64),
        lookups.table,
        lookups.load,
        rate(lookups.image),
        rate(lookups.range)
    )?;
    writeln!(w, "Command: `make bench` (`testbench/benches/report/lpm.rs`, `lpm_rows`). `host/benches/lpm.rs` has more LPM timings and write counts (`cargo test -p dxedge-host --release --bench lpm -- --ignored --nocapture`).\n")?;
    Ok(())
}
