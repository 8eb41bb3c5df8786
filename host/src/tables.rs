//! The appliance config compiled into the pipeline's tables: what the driver writes, for
//! either direction's datapath.
//!
//! VIF index = position in `config.vifs`, target index = position in `config.targets`: the
//! counters read back map to names the same way. A config that does not fit the build is
//! refused here, before anything is written, naming what overflowed.
//!
//! The to-customer tables are the to-AWS ones with the roles swapped (see `regmap`): the
//! ingress side is the targets (by their VLAN), the egress side the VIFs, and the LPM holds,
//! per target, the customer routes of every VIF associated with it, merged here into one
//! table ([`customer_selection`]) keyed by target and address, so that the hardware does a
//! single longest-prefix lookup.

use thiserror::Error;

use std::collections::HashMap;

use crate::config::{Config, Ipv4Prefix, Preference};
use crate::direction::Direction;
use crate::lpm::{LpmError, LpmImage, LpmRoute};
use crate::regmap::{target_entry, vid_entry, Capacity, Field, VIDS};

/// An MTU that no IPv4 total length exceeds: the check it stands in is made elsewhere.
const NO_MTU_LIMIT: u64 = 0xffff;

/// Why a config does not fit a build.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum FitError {
    #[error("the config has {vifs} VIFs; the pipeline holds {capacity}")]
    TooManyVifs { vifs: usize, capacity: u32 },
    #[error("the config has {targets} targets; the pipeline holds {capacity}")]
    TooManyTargets { targets: usize, capacity: u32 },
    #[error("the config has {targets} targets; the to-customer pipeline holds {capacity} (its VID table knows a target by its VLAN)")]
    TooManyTargetsToCustomer { targets: usize, capacity: u32 },
    #[error("the config has {vifs} VIFs; the to-customer pipeline holds {capacity}")]
    TooManyVifsToCustomer { vifs: usize, capacity: u32 },
    #[error("VIF {vif} has MTU {mtu}, above what the MTU field holds")]
    Mtu { vif: String, mtu: u16 },
    #[error("{0}")]
    Lpm(#[from] LpmError),
}

/// Every table of one configuration, as staged entries (`TBL_DATA0..3` images).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tables {
    /// The port MAC as a 48-bit number, first byte in bits 47..40.
    pub port_mac: u64,
    /// One entry per VID.
    pub vid: Vec<u128>,
    /// One entry per target index of the build.
    pub targets: Vec<u128>,
    pub lpm: LpmImage,
}

fn place(field: Field, value: u64) -> u128 {
    u128::from(value & field.mask()) << field.lsb
}

/// A MAC address as the 48-bit number the registers hold.
pub fn mac_number(mac: [u8; 6]) -> u64 {
    mac.iter().fold(0u64, |acc, b| acc << 8 | u64::from(*b))
}

impl Tables {
    /// All-zero tables: what a freshly powered-up device holds.
    pub fn zeroed(cap: &Capacity) -> Result<Tables, FitError> {
        Ok(Tables {
            port_mac: 0,
            vid: vec![0; VIDS as usize],
            targets: vec![0; cap.targets as usize],
            lpm: LpmImage::empty(cap)?,
        })
    }

    /// Compile `config` for a build of capacity `cap`.
    pub fn compile(config: &Config, cap: &Capacity) -> Result<Tables, FitError> {
        Self::compile_from(config, cap, None)
    }

    /// As [`Tables::compile`], laying the LPM tree out to change as few entries as possible
    /// relative to `previous` (what a bank already holds).
    pub fn compile_from(
        config: &Config,
        cap: &Capacity,
        previous: Option<&LpmImage>,
    ) -> Result<Tables, FitError> {
        Self::compile_for(config, cap, Direction::ToAws, previous)
    }

    /// Whether `config` fits a datapath of capacity `cap` in `direction`: every check of
    /// [`Tables::compile_for`], without building the tables.
    pub fn check_for(
        config: &Config,
        cap: &Capacity,
        direction: Direction,
    ) -> Result<(), FitError> {
        check_fit(config, cap, direction)?;
        LpmImage::check(&lpm_routes(config, direction), cap)?;
        Ok(())
    }

    /// The tables of `direction`'s datapath, laid out against `previous` when given.
    pub fn compile_for(
        config: &Config,
        cap: &Capacity,
        direction: Direction,
        previous: Option<&LpmImage>,
    ) -> Result<Tables, FitError> {
        check_fit(config, cap, direction)?;
        let mut vid = vec![0u128; VIDS as usize];
        let mut egress = vec![0u128; cap.targets as usize];
        let routes: Vec<LpmRoute> = match direction {
            Direction::ToAws => {
                for (i, v) in config.vifs.iter().enumerate() {
                    let mut e = place(vid_entry::VALID, 1)
                        | place(vid_entry::VIF, i as u64)
                        | place(vid_entry::MTU, u64::from(v.mtu));
                    if let Some(a) = v.amazon_address {
                        e |= place(vid_entry::AMAZON_VALID, 1)
                            | place(vid_entry::AMAZON_ADDRESS, u64::from(u32::from(a)));
                    }
                    vid[usize::from(v.vlan) % VIDS as usize] = e;
                }
                for (i, t) in config.targets.iter().enumerate() {
                    let mut e = place(target_entry::MAC, mac_number(t.mac.0))
                        | place(target_entry::MTU, NO_MTU_LIMIT);
                    if let Some(vlan) = t.vlan {
                        e |= place(target_entry::VLAN, u64::from(vlan))
                            | place(target_entry::VLAN_VALID, 1);
                    }
                    egress[i] = e;
                }
                lpm_routes(config, direction)
            }
            Direction::ToCustomer => {
                for (i, t) in config.targets.iter().enumerate() {
                    // A target without a VLAN cannot be told apart on the AWS side: no entry.
                    let Some(vlan) = t.vlan else { continue };
                    let mut e = place(vid_entry::VALID, 1)
                        | place(vid_entry::VIF, i as u64)
                        | place(vid_entry::MTU, NO_MTU_LIMIT);
                    if let Some(a) = t.address {
                        e |= place(vid_entry::AMAZON_VALID, 1)
                            | place(vid_entry::AMAZON_ADDRESS, u64::from(u32::from(a.addr)));
                    }
                    vid[usize::from(vlan) % VIDS as usize] = e;
                }
                for (i, v) in config.vifs.iter().enumerate() {
                    let mac = v.customer_mac.map_or(0, |m| mac_number(m.0));
                    egress[i] = place(target_entry::MAC, mac)
                        | place(target_entry::VLAN, u64::from(v.vlan))
                        | place(target_entry::VLAN_VALID, 1)
                        | place(target_entry::MTU, u64::from(v.mtu));
                }
                lpm_routes(config, direction)
            }
        };
        let lpm = match previous {
            Some(prev) => LpmImage::compile_from(prev, &routes, cap)?,
            None => LpmImage::compile(&routes, cap)?,
        };
        Ok(Tables {
            port_mac: mac_number(config.port.mac.0),
            vid,
            targets: egress,
            lpm,
        })
    }
}

/// The routes `direction`'s LPM holds: each VIF's own routes to AWS, the selected customer
/// routes per target to the customer.
fn lpm_routes(config: &Config, direction: Direction) -> Vec<LpmRoute> {
    match direction {
        Direction::ToAws => config
            .routes
            .iter()
            .map(|r| LpmRoute {
                vif: r.vif as u32,
                network: r.prefix.network(),
                len: r.prefix.len,
                target: r.target as u32,
            })
            .collect(),
        Direction::ToCustomer => customer_selection(config),
    }
}

/// Does `config` fit a datapath of capacity `cap` in `direction`?
pub fn check_fit(config: &Config, cap: &Capacity, direction: Direction) -> Result<(), FitError> {
    // The ingress rows (VID table `vif` field, rx counters) and the egress rows (target
    // table, tx counters): VIFs and targets to AWS, the other way round to the customer.
    match direction {
        Direction::ToAws => {
            if config.vifs.len() > cap.vifs as usize {
                return Err(FitError::TooManyVifs {
                    vifs: config.vifs.len(),
                    capacity: cap.vifs,
                });
            }
            if config.targets.len() > cap.targets as usize {
                return Err(FitError::TooManyTargets {
                    targets: config.targets.len(),
                    capacity: cap.targets,
                });
            }
        }
        Direction::ToCustomer => {
            if config.targets.len() > cap.vifs as usize {
                return Err(FitError::TooManyTargetsToCustomer {
                    targets: config.targets.len(),
                    capacity: cap.vifs,
                });
            }
            if config.vifs.len() > cap.targets as usize {
                return Err(FitError::TooManyVifsToCustomer {
                    vifs: config.vifs.len(),
                    capacity: cap.targets,
                });
            }
        }
    }
    for v in &config.vifs {
        if !vid_entry::MTU.fits(u64::from(v.mtu)) {
            return Err(FitError::Mtu {
                vif: v.name.clone(),
                mtu: v.mtu,
            });
        }
    }
    Ok(())
}

/// The to-customer route selection, resolved at compile time: for each target, the customer
/// routes of every VIF associated with it (every VIF with a v1 route to the target), one
/// route per prefix. Where several VIFs advertise the same prefix, the higher preference
/// wins, then the lower VLAN ID. The hardware's longest-prefix match over these then gives
/// exactly the rule "longest prefix, then preference, then VLAN": all routes of one length
/// that contain an address are the same prefix, and that tie is settled here.
///
/// Each route's key (`LpmRoute::vif`) is the target index and its answer (`target`) the
/// VIF index. Targets in order, prefixes in address order within a target.
pub fn customer_selection(config: &Config) -> Vec<LpmRoute> {
    // VIFs associated with each target.
    let mut vifs_of_target: Vec<Vec<usize>> = vec![Vec::new(); config.targets.len()];
    for route in &config.routes {
        if let Some(vifs) = vifs_of_target.get_mut(route.target) {
            if !vifs.contains(&route.vif) {
                vifs.push(route.vif);
            }
        }
    }
    let mut by_vif: Vec<Vec<(Ipv4Prefix, Preference)>> = vec![Vec::new(); config.vifs.len()];
    for route in &config.customer_routes {
        if let Some(routes) = by_vif.get_mut(route.vif) {
            routes.push((route.prefix, route.preference));
        }
    }
    let mut out = Vec::new();
    for (target, vifs) in vifs_of_target.iter().enumerate() {
        // prefix -> (preference, vlan, vif) of the best VIF so far
        let mut best: HashMap<Ipv4Prefix, (Preference, u16, usize)> = HashMap::new();
        for &vif in vifs {
            let vlan = config.vifs[vif].vlan;
            for &(prefix, preference) in &by_vif[vif] {
                let candidate = (preference, vlan, vif);
                best.entry(prefix)
                    .and_modify(|held| {
                        if (candidate.0, std::cmp::Reverse(candidate.1))
                            > (held.0, std::cmp::Reverse(held.1))
                        {
                            *held = candidate;
                        }
                    })
                    .or_insert(candidate);
            }
        }
        let mut routes: Vec<LpmRoute> = best
            .into_iter()
            .map(|(prefix, (_, _, vif))| LpmRoute {
                vif: target as u32,
                network: prefix.network(),
                len: prefix.len,
                target: vif as u32,
            })
            .collect();
        routes.sort_unstable_by_key(|r| (r.network, r.len));
        out.extend(routes);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{CustomerRoute, MacAddr, Port, Route, Speed, Target, Vif, VifKind};
    use crate::regmap::CAPACITY;
    use proptest::prelude::*;
    use std::net::Ipv4Addr;

    /// The rule as the contract words it, by brute force: among the customer routes of the
    /// VIFs associated with `target` that contain `addr`, the longest prefix, then the higher
    /// preference, then the lower VLAN ID.
    fn select_by_rule(config: &Config, target: usize, addr: u32) -> Option<usize> {
        config
            .customer_routes
            .iter()
            .filter(|c| {
                c.prefix.contains(addr)
                    && config
                        .routes
                        .iter()
                        .any(|r| r.vif == c.vif && r.target == target)
            })
            .max_by_key(|c| {
                (
                    c.prefix.len,
                    c.preference,
                    std::cmp::Reverse(config.vifs[c.vif].vlan),
                )
            })
            .map(|c| c.vif)
    }

    prop_compose! {
        /// Few VIFs, targets and prefix values, so that VIFs share prefixes and targets
        /// share VIFs: the ties are what the rule is about.
        fn arb_two_way_config()(
            vlans in proptest::sample::subsequence((1u16..40).collect::<Vec<_>>(), 1..8).prop_shuffle(),
            targets in 1usize..5,
            routes in proptest::collection::vec((any::<usize>(), any::<usize>()), 0..12),
            customer in proptest::collection::vec(
                (any::<usize>(), 0u32..16, prop_oneof![Just(0u8), 1u8..=4, Just(8u8), Just(30u8), Just(32u8)], 0usize..3), 0..40),
        ) -> Config {
            let vifs: Vec<Vif> = vlans.iter().enumerate().map(|(i, &vlan)| Vif {
                name: format!("v{i}"), kind: VifKind::Private, vlan, mtu: 1500,
                amazon_address: None, customer_mac: Some(MacAddr([2, 0xcc, 0, 0, 0, i as u8])),
                customer_address: None, asn: None, amazon_asn: 64512, auth_key: None, bfd: false,
            }).collect();
            let targets: Vec<Target> = (0..targets).map(|i| Target {
                name: format!("t{i}"), mac: MacAddr([2, 0xaa, 0, 0, 0, i as u8]),
                vlan: Some(2000 + i as u16), address: None,
            }).collect();
            let mut config = Config { port: Port { speed: Speed::G10, mac: MacAddr([2, 0, 0x5e, 0, 0, 1]) },
                vifs, targets, routes: vec![], customer_routes: vec![] };
            for (i, (vif, target)) in routes.into_iter().enumerate() {
                let vif = vif % config.vifs.len();
                // a distinct v1 prefix per route: only the association matters here
                let prefix = Ipv4Prefix::new(Ipv4Addr::new(10, 0, i as u8, 0), 24).expect("prefix");
                config.routes.push(Route { vif, prefix, target: target % config.targets.len() });
            }
            for (vif, high, len, preference) in customer {
                let vif = vif % config.vifs.len();
                // Addresses from a small space (the top 4 bits vary) so that prefixes nest and repeat.
                let addr = high << 28;
                let mask = if len == 0 { 0 } else { u32::MAX << (32 - u32::from(len)) };
                let prefix = Ipv4Prefix::new(Ipv4Addr::from(addr & mask), len).expect("prefix");
                if config.customer_routes.iter().any(|c| c.vif == vif && c.prefix == prefix) { continue; }
                let preference = [Preference::Low, Preference::Medium, Preference::High][preference];
                config.customer_routes.push(CustomerRoute { vif, prefix, preference });
            }
            config
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The compiled to-customer LPM answers what the rule says, at every prefix's edges
        /// and at random addresses, for every target.
        #[test]
        fn to_customer_selection_is_the_rule(config in arb_two_way_config(), probes in proptest::collection::vec(any::<u32>(), 16)) {
            check_fit(&config, &CAPACITY, Direction::ToCustomer).expect("fits");
            let lpm = LpmImage::compile(&customer_selection(&config), &CAPACITY).expect("fits");
            let mut addrs = probes;
            for c in &config.customer_routes {
                let first = c.prefix.network();
                let last = first | !c.prefix.mask();
                addrs.extend([first, last, first.wrapping_sub(1), last.wrapping_add(1)]);
            }
            for target in 0..config.targets.len() {
                for &addr in &addrs {
                    let got = lpm.lookup(target as u32, addr).map(|v| v as usize);
                    prop_assert_eq!(got, select_by_rule(&config, target, addr), "target {} addr {}", target, Ipv4Addr::from(addr));
                }
            }
        }
    }

    #[test]
    fn to_customer_tables_swap_the_roles_of_vifs_and_targets() {
        let text =
            format!("{CONFIG}\n[[customer_route]]\nvif = \"corp\"\nprefix = \"192.168.0.0/16\"\n")
                .replace(
                    "amazon_address = \"169.254.10.1\"",
                    "amazon_address = \"169.254.10.1\"\ncustomer_mac = \"02:cc:00:00:00:01\"",
                )
                .replace("vlan = 2001", "vlan = 2001\naddress = \"10.1.255.254/16\"");
        let config = Config::parse(&text, "t.toml").expect("config");
        let t = Tables::compile_for(&config, &CAPACITY, Direction::ToCustomer, None).expect("fits");
        // Ingress: target vpc-a by its VLAN, its own address punted, no MTU check here.
        let vpc = t.vid[2001];
        assert_eq!(vid_entry::VALID.extract(vpc as u64), 1);
        assert_eq!(vid_entry::VIF.extract(vpc as u64), 0);
        assert_eq!(vid_entry::MTU.extract(vpc as u64), 0xffff);
        assert_eq!(vid_entry::AMAZON_VALID.extract(vpc as u64), 1);
        assert_eq!(vid_entry::AMAZON_ADDRESS.extract(vpc as u64), 0x0a01_fffe);
        assert_eq!(
            t.vid.iter().filter(|e| **e != 0).count(),
            1,
            "onprem has no VLAN"
        );
        // Egress: VIF corp, the customer's MAC, always tagged with the VIF's VLAN, its MTU.
        let corp = t.targets[0];
        assert_eq!(target_entry::MAC.extract(corp as u64), 0x02cc_0000_0001);
        assert_eq!(target_entry::VLAN_VALID.extract(corp as u64), 1);
        assert_eq!(target_entry::VLAN.extract(corp as u64), 101);
        assert_eq!(
            (corp >> target_entry::MTU.lsb) as u64 & target_entry::MTU.mask(),
            9001
        );
        assert_eq!(t.lpm.lookup(0, 0xc0a8_0102), Some(0));
        assert_eq!(
            t.lpm.lookup(1, 0xc0a8_0102),
            None,
            "onprem is not associated with corp"
        );
        // And the to-AWS target entries say: no MTU check after the LPM.
        let t = Tables::compile(&config, &CAPACITY).expect("fits");
        assert_eq!(
            (t.targets[0] >> target_entry::MTU.lsb) as u64 & target_entry::MTU.mask(),
            0xffff
        );
    }

    #[test]
    fn check_for_answers_what_compile_for_would() {
        let config = Config::parse(CONFIG, "t.toml").expect("config");
        for direction in Direction::ALL {
            for cap in [
                CAPACITY,
                Capacity {
                    lpm_levels: 2,
                    ..CAPACITY
                },
                Capacity {
                    vifs: 1,
                    ..CAPACITY
                },
            ] {
                let checked = Tables::check_for(&config, &cap, direction);
                let compiled = Tables::compile_for(&config, &cap, direction, None).map(drop);
                assert_eq!(checked, compiled, "{direction} {cap:?}");
            }
        }
        let small = Capacity {
            lpm_levels: 2,
            ..CAPACITY
        };
        assert!(Tables::check_for(&config, &small, Direction::ToAws).is_err());
    }

    #[test]
    fn the_to_customer_capacity_counts_targets_in_and_vifs_out() {
        let config = Config::parse(CONFIG, "t.toml").expect("config");
        let small = Capacity {
            vifs: 1,
            ..CAPACITY
        };
        let err = check_fit(&config, &small, Direction::ToCustomer).expect_err("2 targets in");
        assert!(
            err.to_string()
                .starts_with("the config has 2 targets; the to-customer pipeline holds 1"),
            "{err}"
        );
        let small = Capacity {
            targets: 1,
            ..CAPACITY
        };
        let err = check_fit(&config, &small, Direction::ToCustomer).expect_err("2 VIFs out");
        assert_eq!(
            err.to_string(),
            "the config has 2 VIFs; the to-customer pipeline holds 1"
        );
    }

    const CONFIG: &str = r#"
[port]
mac = "02:00:5e:00:00:01"

[[vif]]
name = "corp"
kind = "private"
vlan = 101
mtu = 9001
amazon_address = "169.254.10.1"

[[vif]]
name = "pub"
kind = "public"
vlan = 202

[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
vlan = 2001

[[target]]
name = "onprem"
mac = "02:bb:00:00:00:0b"

[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "vpc-a"

[[route]]
vif = "pub"
prefix = "0.0.0.0/0"
target = "onprem"
"#;

    #[test]
    fn entries_follow_the_register_map() {
        let config = Config::parse(CONFIG, "t.toml").expect("config");
        let t = Tables::compile(&config, &CAPACITY).expect("fits");
        assert_eq!(t.port_mac, 0x0200_5e00_0001);
        let corp = t.vid[101];
        assert_eq!(vid_entry::VALID.extract(corp as u64), 1);
        assert_eq!(vid_entry::VIF.extract(corp as u64), 0);
        assert_eq!(vid_entry::MTU.extract(corp as u64), 9001);
        assert_eq!(vid_entry::AMAZON_VALID.extract(corp as u64), 1);
        assert_eq!(vid_entry::AMAZON_ADDRESS.extract(corp as u64), 0xa9fe_0a01);
        let public = t.vid[202];
        assert_eq!(vid_entry::VIF.extract(public as u64), 1);
        assert_eq!(vid_entry::MTU.extract(public as u64), 1500);
        assert_eq!(vid_entry::AMAZON_VALID.extract(public as u64), 0);
        assert_eq!(t.vid.iter().filter(|e| **e != 0).count(), 2);
        assert_eq!(
            target_entry::MAC.extract(t.targets[0] as u64),
            0x02aa_0000_000a
        );
        assert_eq!(target_entry::VLAN_VALID.extract(t.targets[0] as u64), 1);
        assert_eq!(target_entry::VLAN.extract(t.targets[0] as u64), 2001);
        assert_eq!(target_entry::VLAN_VALID.extract(t.targets[1] as u64), 0);
        assert_eq!(t.lpm.lookup(0, 0x0a01_0203), Some(0));
        assert_eq!(t.lpm.lookup(0, 0x0a02_0203), None);
        assert_eq!(t.lpm.lookup(1, 0x0a02_0203), Some(1));
    }

    #[test]
    fn a_config_that_does_not_fit_names_what_overflowed() {
        let config = Config::parse(CONFIG, "t.toml").expect("config");
        let small = Capacity {
            vifs: 1,
            ..CAPACITY
        };
        let err = Tables::compile(&config, &small).expect_err("too many VIFs");
        assert_eq!(
            err.to_string(),
            "the config has 2 VIFs; the pipeline holds 1"
        );
        let small = Capacity {
            targets: 1,
            ..CAPACITY
        };
        let err = Tables::compile(&config, &small).expect_err("too many targets");
        assert_eq!(
            err.to_string(),
            "the config has 2 targets; the pipeline holds 1"
        );
    }
}
