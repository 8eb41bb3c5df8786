//! "Loading configs": parsing and validating large route tables, and compiling them.

use crate::format::mib;
use crate::format::ms;
use crate::format::thousands;
use crate::format::yes_no;
use crate::lpm::random_routes;
use crate::machine::load;
use crate::machine::time;
use crate::updates::device_config;
use crate::Plan;
use dxedge_host::config::Config;
use dxedge_host::regmap::CAPACITY;
use dxedge_host::tables::Tables;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::time::Duration;

/// Goals: a 100,000-route config parsed and validated in under 100 ms; a 16,384-route one
/// parsed and compiled (host LPM compile) in under 20 ms.
pub const GOAL_PARSE_100K: Duration = Duration::from_millis(100);
pub const GOAL_PARSE_COMPILE_16K: Duration = Duration::from_millis(20);

pub struct ConfigLoadRow {
    pub routes: usize,
    pub bytes: usize,
    /// `Config::parse`: best, median.
    pub parse: (Duration, Duration),
    /// `Config::parse` then `Tables::compile`: best, median; `None` when the routes do not
    /// fit the build.
    pub parse_compile: Option<(Duration, Duration)>,
    pub load: f64,
}

/// The config text of `routes` distinct random routes over 64 VIFs.
pub fn config_text(routes: usize) -> (String, usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut seen = std::collections::HashSet::new();
    let mut unique = Vec::with_capacity(routes);
    while unique.len() < routes {
        for r in random_routes(&mut rng, routes - unique.len(), 64, 16) {
            if seen.insert((r.vif, r.network, r.len)) {
                unique.push(r);
            }
        }
    }
    let config = device_config(&unique);
    (config.to_toml(), config.routes.len())
}

pub fn config_rows(plan: &Plan) -> anyhow::Result<Vec<ConfigLoadRow>> {
    let mut rows = Vec::new();
    for wanted in [16_384, 100_000] {
        let (text, routes) = config_text(wanted);
        let parse = time(plan.lpm_runs, || Config::parse(&text, "appliance.toml"));
        let config = Config::parse(&text, "appliance.toml")?;
        let parse_compile = Tables::compile(&config, &CAPACITY).is_ok().then(|| {
            time(plan.lpm_runs, || {
                Config::parse(&text, "appliance.toml")
                    .ok()
                    .map(|c| Tables::compile(&c, &CAPACITY))
            })
        });
        rows.push(ConfigLoadRow {
            routes,
            bytes: text.len(),
            parse,
            parse_compile,
            load: load(),
        });
    }
    Ok(rows)
}

pub fn config_goals(w: &mut String, rows: &[ConfigLoadRow]) -> anyhow::Result<()> {
    if let Some(r) = rows.iter().find(|r| r.routes >= 100_000) {
        writeln!(
            w,
            "| a config of {} routes parsed and validated in < {} | {} (median) | {} |",
            thousands(r.routes as u64),
            ms(GOAL_PARSE_100K),
            ms(r.parse.1),
            yes_no(r.parse.1 < GOAL_PARSE_100K)
        )?;
    }
    if let Some((r, t)) = rows
        .iter()
        .find_map(|r| Some((r, r.parse_compile?)).filter(|(r, _)| r.routes <= 16_384))
    {
        writeln!(
            w,
            "| a config of {} routes parsed and compiled in < {} | {} (median) | {} |",
            thousands(r.routes as u64),
            ms(GOAL_PARSE_COMPILE_16K),
            ms(t.1),
            yes_no(t.1 < GOAL_PARSE_COMPILE_16K)
        )?;
    }
    Ok(())
}

pub fn config_section(w: &mut String, rows: &[ConfigLoadRow], plan: &Plan) -> anyhow::Result<()> {
    writeln!(
        w,
        "## Loading a config
"
    )?;
    writeln!(
        w,
        "`Config::parse` (TOML, then every rule of the spec: names, VLANs, duplicates, \
         references) of a config of distinct random routes over 64 VIFs and 16 targets (made \
         as the routes of the LPM section), and parsing followed by `Tables::compile` (the \
         host's LPM compile, what `dxedge replay` and `dxedge device program` do before \
         anything runs), best and median of {} runs. 100,000 random routes need more LPM \
         boundaries than the build holds, so that config is only parsed.\n",
        plan.lpm_runs
    )?;
    writeln!(
        w,
        "| routes | config | parse: best, median | parse and compile: best, median | load |"
    )?;
    writeln!(w, "| --- | --- | --- | --- | --- |")?;
    for r in rows {
        writeln!(
            w,
            "| {} | {} | {}, {} | {} | {:.1} |",
            thousands(r.routes as u64),
            mib(r.bytes as u64 / 1024),
            ms(r.parse.0),
            ms(r.parse.1),
            r.parse_compile
                .map_or("– (does not fit)".into(), |(b, m)| format!(
                    "{}, {}",
                    ms(b),
                    ms(m)
                )),
            r.load
        )?;
    }
    writeln!(
        w,
        "\nCommand: `make bench` (`testbench/benches/report/config_load.rs`, `config_rows`); this section \
         alone: `cargo bench -p dxedge-testbench --bench report -- --config-load`."
    )?;
    Ok(())
}
