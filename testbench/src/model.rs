//! The reference model: the behaviour contract's per-frame processing, in Rust, in both
//! directions (docs/behaviour.md says it in words).
//!
//! [`Model::decide`] is steps 2 to 10 in the contract's order, [`Model::rewrite`] is step 11,
//! and [`Model`] as an [`Engine`] adds the counting of steps 4 and 11. Step 1 (a truncated
//! capture record) is the replay's: such records never reach an engine.
//!
//! ```text
//!  to AWS       frame ─► 2 length ─► 3 VLAN → VIF ─► 4 count rx ─► 5 EtherType ─► 6 IPv4
//!               ─► 7 amazon_address? punt ─► 8 TTL ─► 9 VIF MTU ─► 10 LPM (VIF's routes)
//!               ─► 11 rewrite for the target, forward
//!  to customer  frame ─► 2 length ─► 3 VLAN → target ─► 4 count rx ─► 5 EtherType ─► 6 IPv4
//!               ─► 7 target address? punt ─► 8 TTL ─► 9 route selection (customer routes)
//!               ─► 10 the selected VIF's MTU ─► 11 rewrite for the VIF, forward
//! ```
//!
//! Both directions are one walk over an *ingress* (the VIF a frame arrives on, or the
//! target) and an *egress* (the target, or the VIF): the MTU is the ingress VIF's before
//! the lookup to AWS, the egress VIF's after it to the customer.

use std::net::Ipv4Addr;

use dxedge_host::config::{Config, Ipv4Prefix};
use dxedge_host::direction::Direction;
use dxedge_host::verdict::{DropReason, Verdict};

use crate::engine::{Engine, EngineCounters, EngineReport, FrameSink};
use crate::lpm::RangeTable;
use crate::packet::{
    be16, field, Ipv4Header, ETHERTYPE_ARP, ETHERTYPE_IPV4, ETH_HEADER_LEN, TAGGED_HEADER_LEN,
    TAG_LEN, TCI_VID_MASK, TPID_8021Q,
};

/// What the model decided for one frame, and the ingress it arrived on (step 4 counts
/// there): a VIF index to AWS, a target index to the customer. A forwarded frame's
/// `Verdict::Forward { target }` names the egress: a target to AWS, a VIF to the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub vif: Option<usize>,
    pub verdict: Verdict,
}

/// Where frames come in: a VIF (to AWS) or a target (to the customer).
#[derive(Clone, Debug)]
struct IngressState {
    /// Step 9 to AWS: the VIF's MTU. None to the customer, where the MTU is the egress VIF's.
    mtu: Option<u16>,
    /// Step 7: the VIF's amazon_address, or the target's own address.
    punt_address: Option<u32>,
    /// Step 10 to AWS: the VIF's routes, answering target indices; step 9 to the customer:
    /// the customer routes of the target's associated VIFs, answering VIF indices.
    routes: RangeTable<usize>,
}

/// Where frames go: a target (to AWS) or a VIF (to the customer), as step 11 needs it.
#[derive(Clone, Copy, Debug)]
struct EgressState {
    mac: [u8; 6],
    /// The VID written into the kept tag; None strips the tag (only targets may).
    vlan: Option<u16>,
    /// Step 10 to the customer: the selected VIF's MTU.
    mtu: Option<u16>,
}

/// The reference model of one direction of a port, built from a validated config.
#[derive(Clone, Debug)]
pub struct Model {
    direction: Direction,
    port_mac: [u8; 6],
    /// Ingress index by VID, for all 4096 VIDs.
    ingress_by_vid: Vec<Option<usize>>,
    ingress: Vec<IngressState>,
    egress: Vec<EgressState>,
    counters: EngineCounters,
    /// The rewritten frame of step 11, reused from frame to frame.
    scratch: Vec<u8>,
}

impl Model {
    /// The to-AWS direction (v1).
    pub fn new(config: &Config) -> Model {
        Self::for_direction(config, Direction::ToAws)
    }

    pub fn for_direction(config: &Config, direction: Direction) -> Model {
        let mut ingress_by_vid = vec![None; usize::from(TCI_VID_MASK) + 1];
        let (ingress, egress) = match direction {
            Direction::ToAws => {
                for (index, vif) in config.vifs.iter().enumerate() {
                    if let Some(slot) = ingress_by_vid.get_mut(usize::from(vif.vlan)) {
                        *slot = Some(index);
                    }
                }
                let ingress = config
                    .vifs
                    .iter()
                    .enumerate()
                    .map(|(index, vif)| {
                        let routes: Vec<(Ipv4Prefix, usize)> = config
                            .routes
                            .iter()
                            .filter(|route| route.vif == index)
                            .map(|route| (route.prefix, route.target))
                            .collect();
                        IngressState {
                            mtu: Some(vif.mtu),
                            punt_address: vif.amazon_address.map(u32::from),
                            routes: RangeTable::new(&routes),
                        }
                    })
                    .collect();
                let egress = config
                    .targets
                    .iter()
                    .map(|target| EgressState {
                        mac: target.mac.0,
                        vlan: target.vlan,
                        mtu: None,
                    })
                    .collect();
                (ingress, egress)
            }
            Direction::ToCustomer => {
                for (index, target) in config.targets.iter().enumerate() {
                    if let Some(slot) = target
                        .vlan
                        .and_then(|vlan| ingress_by_vid.get_mut(usize::from(vlan)))
                    {
                        *slot = Some(index);
                    }
                }
                let ingress = (0..config.targets.len())
                    .map(|index| IngressState {
                        mtu: None,
                        punt_address: config.targets[index].address.map(|a| u32::from(a.addr)),
                        routes: RangeTable::new(&selected_customer_routes(config, index)),
                    })
                    .collect();
                let egress = config
                    .vifs
                    .iter()
                    .map(|vif| EgressState {
                        mac: vif.customer_mac.map(|m| m.0).unwrap_or_default(),
                        vlan: Some(vif.vlan),
                        mtu: Some(vif.mtu),
                    })
                    .collect();
                (ingress, egress)
            }
        };
        let counters = match direction {
            Direction::ToAws => EngineCounters::zeroed(config.vifs.len(), config.targets.len()),
            Direction::ToCustomer => {
                EngineCounters::zeroed(config.targets.len(), config.vifs.len())
            }
        };
        Model {
            direction,
            port_mac: config.port.mac.0,
            ingress_by_vid,
            ingress,
            egress,
            counters,
            scratch: Vec::new(),
        }
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Steps 2 to 10 for one complete frame (`L = frame.len()`).
    pub fn decide(&self, frame: &[u8]) -> Decision {
        let drop = |vif, reason| Decision {
            vif,
            verdict: Verdict::Drop(reason),
        };
        let len = frame.len();

        // 2. L < 14, or outer EtherType 0x8100 and L < 18: malformed.
        let Some(outer_ethertype) = be16(frame, field::ETHERTYPE) else {
            return drop(None, DropReason::Malformed);
        };
        if outer_ethertype == TPID_8021Q && len < TAGGED_HEADER_LEN {
            return drop(None, DropReason::Malformed);
        }

        // 3. Outer EtherType not 0x8100, or a VID that is no VIF (no target's VLAN, to the
        //    customer): unknown_vlan.
        if outer_ethertype != TPID_8021Q {
            return drop(None, DropReason::UnknownVlan);
        }
        let vid = be16(frame, field::TCI).unwrap_or(0) & TCI_VID_MASK;
        let Some((in_index, ingress)) = self.ingress_of(vid) else {
            return drop(None, DropReason::UnknownVlan);
        };
        let in_index = Some(in_index);

        // 4. The VIF (target) is found: every outcome from here on counts on it (`count`).

        // 5. ARP: punt. IPv4: go on. Anything else, stacked tags included: unsupported.
        match be16(frame, field::INNER_ETHERTYPE) {
            Some(ETHERTYPE_ARP) => {
                return Decision {
                    vif: in_index,
                    verdict: Verdict::Punt,
                }
            }
            Some(ETHERTYPE_IPV4) => {}
            _ => return drop(in_index, DropReason::UnsupportedEthertype),
        }

        // 6. The IPv4 header at offset 18 must pass every check.
        let ip_packet = frame.get(TAGGED_HEADER_LEN..).unwrap_or_default();
        let Ok(ip) = Ipv4Header::check(ip_packet) else {
            return drop(in_index, DropReason::BadIpv4);
        };

        // 7. To the VIF's amazon_address (BGP, BFD; TTL 1), or to the target's own address:
        //    punt, before the TTL check.
        if ingress.punt_address == Some(ip.dst()) {
            return Decision {
                vif: in_index,
                verdict: Verdict::Punt,
            };
        }

        // 8. TTL <= 1: ttl_expired.
        if ip.ttl() <= 1 {
            return drop(in_index, DropReason::TtlExpired);
        }

        // 9 (to AWS). IPv4 total length above the VIF's MTU: mtu_exceeded.
        if ingress.mtu.is_some_and(|mtu| ip.total_len() > mtu) {
            return drop(in_index, DropReason::MtuExceeded);
        }

        // 10 (to AWS), 9 (to the customer). Longest-prefix match (and, to the customer, the
        //    route selection resolved when the table was built).
        let Some(out_index) = ingress.routes.lookup(ip.dst()) else {
            return drop(in_index, DropReason::NoRoute);
        };

        // 10 (to the customer). IPv4 total length above the selected VIF's MTU.
        let egress_mtu = self.egress.get(out_index).and_then(|e| e.mtu);
        if egress_mtu.is_some_and(|mtu| ip.total_len() > mtu) {
            return drop(in_index, DropReason::MtuExceeded);
        }
        Decision {
            vif: in_index,
            verdict: Verdict::Forward { target: out_index },
        }
    }

    fn ingress_of(&self, vid: u16) -> Option<(usize, &IngressState)> {
        let index = (*self.ingress_by_vid.get(usize::from(vid))?)?;
        Some((index, self.ingress.get(index)?))
    }

    /// Step 11: `frame` (which `decide` forwarded) as it leaves for egress `target` (a VIF
    /// to the customer), into `out`.
    pub fn rewrite(&self, frame: &[u8], target: usize, out: &mut Vec<u8>) {
        out.clear();
        out.extend_from_slice(frame);
        let Some(target) = self.egress.get(target) else {
            return;
        };
        // Destination MAC := target.mac (vif.customer_mac); source MAC := port.mac.
        if let Some(dst) = out.get_mut(field::DST) {
            dst.copy_from_slice(&target.mac);
        }
        if let Some(src) = out.get_mut(field::SRC) {
            src.copy_from_slice(&self.port_mac);
        }
        let ip_offset = match target.vlan {
            // The tag stays with VID := target.vlan (vif.vlan); PCP and DEI are kept.
            Some(vid) => {
                let tci = be16(out, field::TCI).unwrap_or(0);
                let tci = (tci & !TCI_VID_MASK) | (vid & TCI_VID_MASK);
                if let Some(bytes) = out.get_mut(field::TCI) {
                    bytes.copy_from_slice(&tci.to_be_bytes());
                }
                TAGGED_HEADER_LEN
            }
            // No egress VLAN: the 4-byte tag is removed.
            None => {
                if out.len() >= TAGGED_HEADER_LEN {
                    out.drain(field::ETHERTYPE.start..field::ETHERTYPE.start + TAG_LEN);
                }
                ETH_HEADER_LEN
            }
        };
        // TTL := TTL - 1, checksum updated to what a fresh computation gives.
        if let Some(ip_header) = out.get_mut(ip_offset..) {
            crate::packet::decrement_ttl(ip_header);
        }
        // Every other byte (options, payload, padding) is unchanged; nothing is padded.
    }

    /// The counting of steps 4 and 11 for a decided frame; `out_len` is the forwarded
    /// frame's length.
    fn count(&mut self, frame_len: usize, decision: Decision, out_len: usize) {
        let counters = &mut self.counters;
        if let Some(vif) = decision.vif.and_then(|i| counters.ingress.get_mut(i)) {
            vif.rx_packets += 1;
            vif.rx_bytes += frame_len as u64;
            match decision.verdict {
                Verdict::Forward { .. } => vif.forwarded_packets += 1,
                Verdict::Punt => vif.punted_packets += 1,
                Verdict::Drop(_) => vif.dropped_packets += 1,
            }
        }
        match decision.verdict {
            Verdict::Forward { target } => {
                if let Some(target) = counters.egress.get_mut(target) {
                    target.tx_packets += 1;
                    target.tx_bytes += out_len as u64;
                }
            }
            Verdict::Punt => counters.punted_packets += 1,
            Verdict::Drop(reason) => {
                if let Some(count) = reason
                    .hw_code()
                    .and_then(|code| counters.drops.get_mut(usize::from(code)))
                {
                    *count += 1;
                }
            }
        }
    }

    /// The counters so far.
    pub fn counters(&self) -> &EngineCounters {
        &self.counters
    }

    /// The address punted on an ingress (a VIF's AWS peer address, a target's own
    /// address), for tests and the generator.
    pub fn amazon_address(&self, vif: usize) -> Option<Ipv4Addr> {
        self.ingress
            .get(vif)
            .and_then(|v| v.punt_address)
            .map(Ipv4Addr::from)
    }
}

/// The routes back to the customer from `target`, one per prefix: the customer routes of
/// every VIF with a v1 route to the target; where VIFs share a prefix, the higher preference
/// wins, then the lower VLAN ID. The longest match over these is the contract's selection.
fn selected_customer_routes(config: &Config, target: usize) -> Vec<(Ipv4Prefix, usize)> {
    let associated = |vif: usize| {
        config
            .routes
            .iter()
            .any(|route| route.vif == vif && route.target == target)
    };
    let mut candidates: Vec<_> = config
        .customer_routes
        .iter()
        .filter(|route| associated(route.vif))
        .map(|route| {
            (
                route.prefix,
                std::cmp::Reverse(route.preference),
                config.vifs[route.vif].vlan,
                route.vif,
            )
        })
        .collect();
    // Best first within each prefix, then keep the first of each.
    candidates.sort_unstable();
    candidates.dedup_by_key(|c| c.0);
    candidates
        .into_iter()
        .map(|(prefix, _, _, vif)| (prefix, vif))
        .collect()
}

/// The model completes every frame as it is submitted.
impl Engine for Model {
    fn submit(&mut self, frame: &[u8], sink: &mut dyn FrameSink) -> anyhow::Result<()> {
        let decision = self.decide(frame);
        let mut out = std::mem::take(&mut self.scratch);
        let result = match decision.verdict {
            Verdict::Forward { target } => {
                self.rewrite(frame, target, &mut out);
                self.count(frame.len(), decision, out.len());
                sink.frame(decision.verdict, &out)
            }
            Verdict::Punt | Verdict::Drop(_) => {
                self.count(frame.len(), decision, 0);
                sink.frame(decision.verdict, frame)
            }
        };
        self.scratch = out;
        result
    }

    fn finish(&mut self, _sink: &mut dyn FrameSink) -> anyhow::Result<EngineReport> {
        Ok(EngineReport {
            counters: self.counters.clone(),
            cycles: None,
            input_beats: None,
            trace_window: None,
        })
    }
}

#[cfg(test)]
mod tests;
