//! `dxedge check`: is a config valid, and does it fit the pipeline? One screen: the port,
//! the VIFs and targets with their routes, and how full each table of each direction is.
//!
//! Both directions are compiled exactly as `dxedge replay` and `dxedge device program`
//! compile them (`Tables::compile_for` at the build's capacities), so a config that checks
//! is one that programs.

use std::fmt::Write as _;
use std::path::Path;

use dxedge_host::config::{Config, VID_MAX, VID_MIN};
use dxedge_host::direction::Direction;
use dxedge_host::regmap::{Capacity, CAPACITY};
use dxedge_host::tables::{customer_selection, Tables};

use crate::cli::table;

/// Rows of a table shown before the rest is summed up in one line.
const ROWS_SHOWN: usize = 16;

/// The summary of a config that is valid and fits, or the one-line reason it is not (the
/// command's exit 2).
pub fn check(path: &Path) -> Result<String, String> {
    let config = Config::load(path).map_err(|e| e.to_string())?;
    summary(&config, &path.display().to_string(), &CAPACITY)
}

fn percent(used: usize, of: u32) -> String {
    format!(
        "{used} of {of} ({:.1} %)",
        100.0 * used as f64 / f64::from(of.max(1))
    )
}

fn summary(config: &Config, shown: &str, cap: &Capacity) -> Result<String, String> {
    let mut tables = Vec::new();
    for direction in Direction::ALL {
        let t = Tables::compile_for(config, cap, direction, None)
            .map_err(|e| format!("{shown}: {e} ({direction})"))?;
        tables.push(t);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{shown}: valid, and fits the pipeline in both directions (10g and 100g builds alike)"
    );
    let _ = writeln!(
        out,
        "port {}, speed {}; {} VIFs, {} targets, {} routes, {} customer routes\n",
        config.port.mac,
        config.port.speed,
        config.vifs.len(),
        config.targets.len(),
        config.routes.len(),
        config.customer_routes.len()
    );

    let vif_rows: Vec<Vec<String>> = config
        .vifs
        .iter()
        .enumerate()
        .take(ROWS_SHOWN)
        .map(|(i, v)| {
            let routes = config.routes.iter().filter(|r| r.vif == i).count();
            let back = config.customer_routes.iter().filter(|r| r.vif == i).count();
            let bgp = match (v.asn, v.amazon_address) {
                (Some(asn), Some(_)) => {
                    let mut s = format!("asn {asn} / {}", v.amazon_asn);
                    if v.auth_key.is_some() {
                        s.push_str(", md5");
                    }
                    if v.bfd {
                        s.push_str(", bfd");
                    }
                    s
                }
                _ => "-".to_string(),
            };
            vec![
                v.name.clone(),
                v.kind.to_string(),
                v.vlan.to_string(),
                v.mtu.to_string(),
                routes.to_string(),
                back.to_string(),
                v.amazon_address.map_or("-".into(), |a| a.to_string()),
                bgp,
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "vif", "kind", "vlan", "mtu", "routes", "customer", "amazon", "bgp",
        ],
        &vif_rows,
    ));
    if config.vifs.len() > ROWS_SHOWN {
        let _ = writeln!(out, "... and {} more VIFs", config.vifs.len() - ROWS_SHOWN);
    }

    let target_rows: Vec<Vec<String>> = config
        .targets
        .iter()
        .enumerate()
        .take(ROWS_SHOWN)
        .map(|(i, t)| {
            let from: Vec<&str> = config
                .vifs_of_target(i)
                .into_iter()
                .map(|v| config.vifs[v].name.as_str())
                .collect();
            vec![
                t.name.clone(),
                t.vlan.map_or("-".into(), |v| v.to_string()),
                t.address.map_or("-".into(), |a| a.to_string()),
                if from.is_empty() {
                    "-".to_string()
                } else {
                    from.join(" ")
                },
            ]
        })
        .collect();
    out.push('\n');
    out.push_str(&table(
        &["target", "vlan", "address", "reached from"],
        &target_rows,
    ));
    if config.targets.len() > ROWS_SHOWN {
        let _ = writeln!(
            out,
            "... and {} more targets",
            config.targets.len() - ROWS_SHOWN
        );
    }

    let vids = u32::from(VID_MAX - VID_MIN + 1);
    let tagged_targets = config.targets.iter().filter(|t| t.vlan.is_some()).count();
    let selected = customer_selection(config).len();
    let rows = vec![
        vec![
            "ingress (VID table)".to_string(),
            percent(config.vifs.len(), vids.min(cap.vifs)),
            percent(tagged_targets, vids.min(cap.vifs)),
        ],
        vec![
            "egress (target table)".to_string(),
            percent(config.targets.len(), cap.targets),
            percent(config.vifs.len(), cap.targets),
        ],
        vec![
            "routes in the LPM".to_string(),
            config.routes.len().to_string(),
            format!("{selected} (customer routes per target, after selection)"),
        ],
        vec![
            "LPM boundaries".to_string(),
            percent(tables[0].lpm.boundaries(), cap.lpm_nodes()),
            percent(tables[1].lpm.boundaries(), cap.lpm_nodes()),
        ],
    ];
    out.push('\n');
    out.push_str(&table(&["table", "to aws", "to customer"], &rows));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_checks_with_both_directions_counted() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/demo/appliance.toml");
        let text = check(Path::new(path)).expect("the demo fits");
        assert!(text.contains("valid, and fits the pipeline in both directions"));
        assert!(text.contains("3 VIFs, 4 targets, 9 routes, 10 customer routes"));
        // corp-private: 4 routes, 3 customer routes, its peer address.
        assert!(
            text.lines().any(|l| l.starts_with("corp-private")
                && l.contains("private")
                && l.contains("169.254.10.1")),
            "{text}"
        );
        assert!(text.contains("3 of 256 (1.2 %)"), "{text}");
        assert!(text
            .lines()
            .any(|l| l.starts_with("tgw") && l.contains("transit-gw")));
    }

    #[test]
    fn a_config_that_does_not_fit_names_the_direction() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/demo/appliance.toml");
        let config = Config::load(Path::new(path)).expect("demo");
        let small = Capacity {
            vifs: 2,
            ..CAPACITY
        };
        let err = summary(&config, "demo.toml", &small).expect_err("3 VIFs in 2 rows");
        assert_eq!(
            err,
            "demo.toml: the config has 3 VIFs; the pipeline holds 2 (to-aws)"
        );
    }
}
