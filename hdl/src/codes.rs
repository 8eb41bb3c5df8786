//! Verdict kinds and drop reason codes as the RTL carries them: derived from
//! `dxedge_host::verdict`, the one place that defines them.

use dxedge_host::verdict::{self, DropReason};

/// Egress sideband `kind`.
pub mod kind {
    use super::verdict;
    pub const FORWARD: u64 = verdict::kind::FORWARD as u64;
    pub const PUNT: u64 = verdict::kind::PUNT as u64;
    pub const DROP: u64 = verdict::kind::DROP as u64;
    /// Not a verdict: a frame from the CPU port (`crate::cpu_merge`).
    pub const CPU: u64 = verdict::kind::CPU as u64;
}

const fn code(r: DropReason) -> u64 {
    let mut i = 0;
    while i < DropReason::HARDWARE.len() {
        if DropReason::HARDWARE[i] as u8 == r as u8 {
            return i as u64;
        }
        i += 1;
    }
    panic!("not a hardware drop reason")
}

/// Drop reason codes (`DropReason::hw_code`), also the global counter indices.
pub mod reason {
    use super::{code, DropReason};
    pub const MALFORMED: u64 = code(DropReason::Malformed);
    pub const UNKNOWN_VLAN: u64 = code(DropReason::UnknownVlan);
    pub const UNSUPPORTED_ETHERTYPE: u64 = code(DropReason::UnsupportedEthertype);
    pub const BAD_IPV4: u64 = code(DropReason::BadIpv4);
    pub const TTL_EXPIRED: u64 = code(DropReason::TtlExpired);
    pub const MTU_EXCEEDED: u64 = code(DropReason::MtuExceeded);
    pub const NO_ROUTE: u64 = code(DropReason::NoRoute);
}
