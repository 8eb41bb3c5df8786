//! The two directions of a Direct Connect port, each a datapath of its own.
//!
//! ```text
//!  customer router ──► VIF (VLAN) ──► to-aws datapath ──────► target (VPC, TGW, public)
//!  customer router ◄── VIF (VLAN) ◄── to-customer datapath ◄── target (its VLAN)
//! ```

use std::fmt;
use std::str::FromStr;

use crate::config::ValueError;

/// Which way frames cross the port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Direction {
    /// From the customer's VIFs to the targets: the v1 direction.
    #[default]
    ToAws,
    /// From the targets back to the customer, over the VIF the customer routes select.
    ToCustomer,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::ToAws, Direction::ToCustomer];

    pub const fn name(self) -> &'static str {
        match self {
            Direction::ToAws => "to-aws",
            Direction::ToCustomer => "to-customer",
        }
    }
}

impl Direction {
    /// The value of a block's `BUILD.direction` field.
    pub const fn code(self) -> u32 {
        match self {
            Direction::ToAws => 0,
            Direction::ToCustomer => 1,
        }
    }

    /// The direction a `BUILD.direction` value names.
    pub const fn from_code(code: u32) -> Direction {
        match code & 1 {
            0 => Direction::ToAws,
            _ => Direction::ToCustomer,
        }
    }
}

impl FromStr for Direction {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "to-aws" => Ok(Direction::ToAws),
            "to-customer" => Ok(Direction::ToCustomer),
            _ => Err(ValueError::new(format!(
                "`{s}` is not a direction (expected \"to-aws\" or \"to-customer\")"
            ))),
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
