//! What the port pipeline decides for a frame, in the words of `docs/behaviour.md`.
//!
//! The hardware encodes the same decision in the egress stream's sideband (see
//! [`crate::regmap::egress`]); the codes live here so the model, the driver and the RTL agree.

use std::fmt;

/// Why a frame was dropped. The order is the order of the spec's processing steps and of the
/// `drops` object in `counters.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DropReason {
    /// Step 1: the capture record holds fewer bytes than the frame had. Decided by the
    /// replay before the pipeline: such records never reach the RTL.
    TruncatedCapture,
    /// Step 2: shorter than an Ethernet header (or a tagged one).
    Malformed,
    /// Step 3: untagged, another TPID, or a VID that is no VIF.
    UnknownVlan,
    /// Step 5: inner EtherType neither ARP nor IPv4.
    UnsupportedEthertype,
    /// Step 6: the IPv4 header fails one of the validity checks.
    BadIpv4,
    /// Step 8: TTL <= 1.
    TtlExpired,
    /// Step 9: IPv4 total length above the VIF's MTU.
    MtuExceeded,
    /// Step 10: no route in the VIF's table covers the destination.
    NoRoute,
}

impl DropReason {
    /// Every reason, in `counters.json` order.
    pub const ALL: [DropReason; 8] = [
        DropReason::TruncatedCapture,
        DropReason::Malformed,
        DropReason::UnknownVlan,
        DropReason::UnsupportedEthertype,
        DropReason::BadIpv4,
        DropReason::TtlExpired,
        DropReason::MtuExceeded,
        DropReason::NoRoute,
    ];

    /// The reasons the RTL decides, indexed by their hardware code.
    pub const HARDWARE: [DropReason; 7] = [
        DropReason::Malformed,
        DropReason::UnknownVlan,
        DropReason::UnsupportedEthertype,
        DropReason::BadIpv4,
        DropReason::TtlExpired,
        DropReason::MtuExceeded,
        DropReason::NoRoute,
    ];

    /// The name used in `counters.json` and as the packet comment in `drops.pcapng`.
    pub const fn name(self) -> &'static str {
        match self {
            DropReason::TruncatedCapture => "truncated_capture",
            DropReason::Malformed => "malformed",
            DropReason::UnknownVlan => "unknown_vlan",
            DropReason::UnsupportedEthertype => "unsupported_ethertype",
            DropReason::BadIpv4 => "bad_ipv4",
            DropReason::TtlExpired => "ttl_expired",
            DropReason::MtuExceeded => "mtu_exceeded",
            DropReason::NoRoute => "no_route",
        }
    }

    /// The 3-bit code in the egress sideband and the index of the reason's global counter;
    /// `None` for `truncated_capture`, which the RTL never sees.
    pub fn hw_code(self) -> Option<u8> {
        Self::HARDWARE
            .iter()
            .position(|r| *r == self)
            .map(|i| i as u8)
    }

    /// Inverse of [`DropReason::hw_code`].
    pub fn from_hw_code(code: u8) -> Option<DropReason> {
        Self::HARDWARE.get(code as usize).copied()
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The outcome of one frame: forwarded to a target (by its index in the config), punted to
/// the control plane, or dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Forward { target: usize },
    Punt,
    Drop(DropReason),
}

/// The 2-bit kind of the egress sideband: a verdict of the pipeline, or `CPU` for a frame
/// the host sent through the CPU port (no verdict: it passes no stage of the pipeline).
pub mod kind {
    pub const FORWARD: u8 = 0;
    pub const PUNT: u8 = 1;
    pub const DROP: u8 = 2;
    pub const CPU: u8 = 3;
}

/// What the egress sideband (`regmap::egress`) says of a frame that left: the pipeline's
/// verdict, or that it came from the CPU port to leave on egress row `row` (to AWS a target
/// index, to the customer a VIF index).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EgressTag {
    Verdict(Verdict),
    Cpu { row: usize },
}

impl EgressTag {
    /// Decode a frame's `tuser`; an error for a drop reason code that names no reason.
    pub fn decode(user: u64) -> Result<EgressTag, BadEgressTag> {
        use crate::regmap::egress;
        let row = egress::TARGET.extract(user) as usize;
        let reason = egress::REASON.extract(user) as u8;
        Ok(match egress::KIND.extract(user) as u8 {
            kind::FORWARD => EgressTag::Verdict(Verdict::Forward { target: row }),
            kind::PUNT => EgressTag::Verdict(Verdict::Punt),
            kind::DROP => EgressTag::Verdict(Verdict::Drop(
                DropReason::from_hw_code(reason).ok_or(BadEgressTag { reason })?,
            )),
            _ => EgressTag::Cpu { row },
        })
    }
}

/// An egress sideband whose drop reason code names no reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadEgressTag {
    pub reason: u8,
}

impl fmt::Display for BadEgressTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drop reason code {}, which is none", self.reason)
    }
}

impl std::error::Error for BadEgressTag {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hardware_codes_round_trip_and_skip_truncated_capture() {
        assert_eq!(DropReason::TruncatedCapture.hw_code(), None);
        for (code, reason) in DropReason::HARDWARE.iter().enumerate() {
            assert_eq!(reason.hw_code(), Some(code as u8));
            assert_eq!(DropReason::from_hw_code(code as u8), Some(*reason));
        }
        assert_eq!(DropReason::from_hw_code(7), None);
    }

    #[test]
    fn egress_tags_decode_every_kind() {
        use crate::regmap::egress;
        let tag = |k: u8, reason: u64, row: u64| {
            EgressTag::decode(
                egress::KIND.place(u64::from(k))
                    | egress::REASON.place(reason)
                    | egress::TARGET.place(row),
            )
        };
        assert_eq!(
            tag(kind::FORWARD, 0, 517),
            Ok(EgressTag::Verdict(Verdict::Forward { target: 517 }))
        );
        assert_eq!(tag(kind::PUNT, 0, 0), Ok(EgressTag::Verdict(Verdict::Punt)));
        assert_eq!(
            tag(kind::DROP, 6, 0),
            Ok(EgressTag::Verdict(Verdict::Drop(DropReason::NoRoute)))
        );
        assert_eq!(tag(kind::DROP, 7, 0), Err(BadEgressTag { reason: 7 }));
        assert_eq!(tag(kind::CPU, 0, 1023), Ok(EgressTag::Cpu { row: 1023 }));
    }

    #[test]
    fn names_follow_the_spec() {
        let names: Vec<_> = DropReason::ALL.iter().map(|r| r.name()).collect();
        assert_eq!(
            names,
            [
                "truncated_capture",
                "malformed",
                "unknown_vlan",
                "unsupported_ethertype",
                "bad_ipv4",
                "ttl_expired",
                "mtu_exceeded",
                "no_route"
            ]
        );
    }
}
