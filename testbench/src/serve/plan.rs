//! What `dxedge serve` makes for a config: the TAPs of the customer and AWS ports, the
//! control plane's interfaces, and which pipeline row each one carries. Pure: nothing here
//! touches the system, so the naming rules are tested without root.

use std::net::Ipv4Addr;

use dxedge_host::config::{Config, InterfaceAddress, MacAddr};
use dxedge_host::direction::Direction;

/// Longest interface name Linux takes (IFNAMSIZ less the NUL).
pub const IFNAME_MAX: usize = 15;
/// MTU of the AWS-side and trunk TAPs: a 9001-byte IP packet, as DX's older jumbo frames
/// carry, with room to spare; a VIF's access TAP takes the VIF's own MTU.
pub const JUMBO_MTU: u16 = 9001;

/// `--port-mode`: how the ports carry VLANs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortMode {
    /// One untagged TAP per VIF and per target; dxedge adds and removes the tags.
    Access,
    /// One TAP per side carrying tagged frames, as the physical port does.
    Trunk,
}

/// Names the user chose (or the defaults).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Names {
    pub mode: PortMode,
    /// Access: the prefix of the customer TAPs (default `dxc`); trunk: the TAP's name
    /// (default `dxc0`).
    pub customer_port: String,
    /// The same for the AWS side (`dxa`, `dxa0`).
    pub aws_port: String,
    pub control_netns: String,
}

impl Names {
    pub fn defaults(mode: PortMode) -> Names {
        let (c, a) = match mode {
            PortMode::Access => ("dxc", "dxa"),
            PortMode::Trunk => ("dxc0", "dxa0"),
        };
        Names {
            mode,
            customer_port: c.into(),
            aws_port: a.into(),
            control_netns: "dxedge-cp".into(),
        }
    }
}

/// One TAP of the customer or AWS port.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortTap {
    pub name: String,
    /// The pipeline its frames enter: to AWS for the customer side.
    pub ingress: Direction,
    /// Access: the VID dxedge adds to what it reads and the row (VIF or target index) whose
    /// frames it carries; `None` for a trunk TAP (tagged frames, every row) and for the
    /// access TAP of a target without a VLAN (untagged already).
    pub tag: Option<u16>,
    /// The rows this TAP carries out: VIFs on the customer side, targets on the AWS side.
    pub rows: Vec<usize>,
    pub mtu: u16,
}

/// One interface of the control plane: a VIF's `amazon_address` or a target's `address`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlIf {
    /// Its name inside the control namespace.
    pub name: String,
    /// The row it speaks for: a VIF (its frames leave to the customer) or a target (they
    /// leave to AWS).
    pub side: Side,
    pub row: usize,
    /// The VID of the row's frames on the port (`None`: a target without a VLAN).
    pub vlan: Option<u16>,
    pub address: InterfaceAddress,
    pub mac: MacAddr,
    pub mtu: u16,
}

/// Which side of the appliance a row lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Vif,
    Target,
}

impl Side {
    /// The direction in which the control plane's frames for this row travel.
    pub fn cpu_direction(self) -> Direction {
        match self {
            Side::Vif => Direction::ToCustomer,
            Side::Target => Direction::ToAws,
        }
    }
}

/// Everything `serve` makes for a config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub names: Names,
    pub customer: Vec<PortTap>,
    pub aws: Vec<PortTap>,
    pub control: Vec<ControlIf>,
}

/// A name the plan cannot use.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PlanError(pub String);

fn check_name(name: &str, what: &str) -> Result<(), PlanError> {
    if name.is_empty() || name.len() > IFNAME_MAX {
        return Err(PlanError(format!(
            "{what} `{name}` must be 1 to {IFNAME_MAX} characters (Linux interface names)"
        )));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(PlanError(format!(
            "{what} `{name}` has `{c}`: use letters, digits, `-`, `_` and `.`"
        )));
    }
    Ok(())
}

impl Plan {
    pub fn new(config: &Config, names: &Names) -> Result<Plan, PlanError> {
        check_name(&names.control_netns, "--control-netns")?;
        if names.customer_port == names.aws_port {
            return Err(PlanError(format!(
                "--customer-port and --aws-port are both `{}`: the two sides need different names",
                names.customer_port
            )));
        }
        let (customer, aws) = match names.mode {
            PortMode::Trunk => {
                check_name(&names.customer_port, "--customer-port")?;
                check_name(&names.aws_port, "--aws-port")?;
                (
                    vec![PortTap {
                        name: names.customer_port.clone(),
                        ingress: Direction::ToAws,
                        tag: None,
                        rows: (0..config.vifs.len()).collect(),
                        mtu: JUMBO_MTU + 4,
                    }],
                    vec![PortTap {
                        name: names.aws_port.clone(),
                        ingress: Direction::ToCustomer,
                        tag: None,
                        rows: (0..config.targets.len()).collect(),
                        mtu: JUMBO_MTU + 4,
                    }],
                )
            }
            PortMode::Access => {
                let customer = config
                    .vifs
                    .iter()
                    .enumerate()
                    .map(|(i, v)| PortTap {
                        name: format!("{}{}", names.customer_port, v.vlan),
                        ingress: Direction::ToAws,
                        tag: Some(v.vlan),
                        rows: vec![i],
                        mtu: v.mtu,
                    })
                    .collect::<Vec<_>>();
                // One TAP per target VLAN; the targets without one share `<aws-port>0`, as
                // they share the port's untagged frames.
                let mut aws: Vec<PortTap> = Vec::new();
                for (i, t) in config.targets.iter().enumerate() {
                    match aws.iter_mut().find(|p| p.tag == t.vlan) {
                        Some(p) => p.rows.push(i),
                        None => aws.push(PortTap {
                            name: format!("{}{}", names.aws_port, t.vlan.unwrap_or(0)),
                            ingress: Direction::ToCustomer,
                            tag: t.vlan,
                            rows: vec![i],
                            mtu: JUMBO_MTU,
                        }),
                    }
                }
                for t in customer.iter().chain(&aws) {
                    let what = if t.ingress == Direction::ToAws {
                        "customer access port"
                    } else {
                        "AWS access port"
                    };
                    check_name(&t.name, what)?;
                }
                // `dxc` + 1 and `dxc1` + ... cannot meet, but `dx` + `c101` and `dxc` + `101` can.
                if let Some(t) = customer
                    .iter()
                    .find(|c| aws.iter().any(|a| a.name == c.name))
                {
                    return Err(PlanError(format!(
                        "a customer and an AWS access port would both be `{}`: give --customer-port and --aws-port different prefixes",
                        t.name
                    )));
                }
                (customer, aws)
            }
        };
        let mac = config.port.mac;
        let mut control = Vec::new();
        for (i, v) in config.vifs.iter().enumerate() {
            let Some(addr) = v.amazon_address else {
                continue;
            };
            // The contract gives the interface the prefix length of the customer's side;
            // without one, the pair is a /30 as DX assigns from 169.254.0.0/16.
            let len = v.customer_address.map(|c| c.len).unwrap_or(30);
            control.push(ControlIf {
                name: format!("vif{}", v.vlan),
                side: Side::Vif,
                row: i,
                vlan: Some(v.vlan),
                address: InterfaceAddress { addr, len },
                mac,
                mtu: v.mtu,
            });
        }
        for (i, t) in config.targets.iter().enumerate() {
            let Some(address) = t.address else { continue };
            control.push(ControlIf {
                name: format!("tgt{}", t.vlan.unwrap_or(0)),
                side: Side::Target,
                row: i,
                vlan: t.vlan,
                address,
                mac,
                mtu: JUMBO_MTU,
            });
        }
        Ok(Plan {
            names: names.clone(),
            customer,
            aws,
            control,
        })
    }

    /// The TAPs of the side frames leave on in `direction`.
    pub fn egress_taps(&self, direction: Direction) -> &[PortTap] {
        match direction {
            Direction::ToAws => &self.aws,
            Direction::ToCustomer => &self.customer,
        }
    }

    /// Every port TAP with its name, customer side first.
    pub fn port_taps(&self) -> impl Iterator<Item = &PortTap> {
        self.customer.iter().chain(&self.aws)
    }

    /// The control interface holding `addr`, if any.
    pub fn control_for(&self, addr: Ipv4Addr) -> Option<&ControlIf> {
        self.control.iter().find(|c| c.address.addr == addr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn demo() -> Config {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo/appliance.toml");
        Config::load(&path).expect("demo config")
    }

    #[test]
    fn access_ports_are_named_after_their_vlans() {
        let config = demo();
        let plan = Plan::new(&config, &Names::defaults(PortMode::Access)).expect("plan");
        assert_eq!(plan.customer.len(), config.vifs.len());
        for (tap, vif) in plan.customer.iter().zip(&config.vifs) {
            assert_eq!(tap.name, format!("dxc{}", vif.vlan));
            assert_eq!(tap.tag, Some(vif.vlan));
            assert_eq!(tap.mtu, vif.mtu);
        }
        for (i, target) in config.targets.iter().enumerate() {
            let taps: Vec<_> = plan.aws.iter().filter(|t| t.rows.contains(&i)).collect();
            assert_eq!(taps.len(), 1, "target {} leaves on one TAP", target.name);
            assert_eq!(taps[0].name, format!("dxa{}", target.vlan.unwrap_or(0)));
            assert_eq!(taps[0].tag, target.vlan);
        }
        let untagged = config.targets.iter().filter(|t| t.vlan.is_none()).count();
        assert!(untagged > 1, "the demo has targets without a VLAN");
        let dxa0 = plan.aws.iter().find(|t| t.name == "dxa0").expect("dxa0");
        assert_eq!(dxa0.rows.len(), untagged, "they share dxa0");
        let with_address = config
            .vifs
            .iter()
            .filter(|v| v.amazon_address.is_some())
            .count()
            + config
                .targets
                .iter()
                .filter(|t| t.address.is_some())
                .count();
        assert_eq!(plan.control.len(), with_address);
        assert!(plan.control.iter().all(|c| c.mac == config.port.mac));
    }

    #[test]
    fn trunk_ports_carry_every_row() {
        let config = demo();
        let plan = Plan::new(&config, &Names::defaults(PortMode::Trunk)).expect("plan");
        assert_eq!(plan.customer.len(), 1);
        assert_eq!(plan.customer[0].name, "dxc0");
        assert_eq!(plan.customer[0].rows.len(), config.vifs.len());
        assert_eq!(plan.aws[0].name, "dxa0");
        assert_eq!(plan.aws[0].tag, None);
    }

    #[test]
    fn names_linux_cannot_take_are_refused_by_name() {
        let config = demo();
        let mut names = Names::defaults(PortMode::Access);
        names.customer_port = "a-very-long-prefix".into();
        let err = Plan::new(&config, &names).expect_err("too long");
        assert!(err.0.contains("a-very-long-prefix"), "{err}");
        assert!(err.0.contains("15"), "{err}");

        let mut names = Names::defaults(PortMode::Trunk);
        names.aws_port = "has space".into();
        let err = Plan::new(&config, &names).expect_err("space");
        assert!(err.0.contains("--aws-port"), "{err}");

        let mut names = Names::defaults(PortMode::Access);
        names.aws_port = "dxc".into();
        let err = Plan::new(&config, &names).expect_err("same prefix");
        assert!(
            err.0.contains("different prefixes") || err.0.contains("both"),
            "{err}"
        );
    }
}
