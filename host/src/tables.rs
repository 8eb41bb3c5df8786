//! The appliance config compiled into the pipeline's tables: what the driver writes.
//!
//! VIF index = position in `config.vifs`, target index = position in `config.targets`: the
//! counters read back map to names the same way. A config that does not fit the build is
//! refused here, before anything is written, naming what overflowed.

use thiserror::Error;

use crate::config::Config;
use crate::lpm::{LpmError, LpmImage, LpmRoute};
use crate::regmap::{target_entry, vid_entry, Capacity, Field, VIDS};

/// Why a config does not fit a build.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum FitError {
    #[error("the config has {vifs} VIFs; the pipeline holds {capacity}")]
    TooManyVifs { vifs: usize, capacity: u32 },
    #[error("the config has {targets} targets; the pipeline holds {capacity}")]
    TooManyTargets { targets: usize, capacity: u32 },
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
        let mut vid = vec![0u128; VIDS as usize];
        for (i, v) in config.vifs.iter().enumerate() {
            if !vid_entry::MTU.fits(u64::from(v.mtu)) {
                return Err(FitError::Mtu {
                    vif: v.name.clone(),
                    mtu: v.mtu,
                });
            }
            let mut e = place(vid_entry::VALID, 1)
                | place(vid_entry::VIF, i as u64)
                | place(vid_entry::MTU, u64::from(v.mtu));
            if let Some(a) = v.amazon_address {
                e |= place(vid_entry::AMAZON_VALID, 1)
                    | place(vid_entry::AMAZON_ADDRESS, u64::from(u32::from(a)));
            }
            vid[usize::from(v.vlan) % VIDS as usize] = e;
        }
        let mut targets = vec![0u128; cap.targets as usize];
        for (i, t) in config.targets.iter().enumerate() {
            let mut e = place(target_entry::MAC, mac_number(t.mac.0));
            if let Some(vlan) = t.vlan {
                e |=
                    place(target_entry::VLAN, u64::from(vlan)) | place(target_entry::VLAN_VALID, 1);
            }
            targets[i] = e;
        }
        let routes: Vec<LpmRoute> = config
            .routes
            .iter()
            .map(|r| LpmRoute {
                vif: r.vif as u32,
                network: r.prefix.network(),
                len: r.prefix.len,
                target: r.target as u32,
            })
            .collect();
        let lpm = match previous {
            Some(prev) => LpmImage::compile_from(prev, &routes, cap)?,
            None => LpmImage::compile(&routes, cap)?,
        };
        Ok(Tables {
            port_mac: mac_number(config.port.mac.0),
            vid,
            targets,
            lpm,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regmap::CAPACITY;

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
