//! The reference model: `shared/spec/replay.md`, "Per-frame processing", in Rust.
//!
//! [`Model::decide`] is steps 2 to 10 in the spec's order, [`Model::rewrite`] is step 11,
//! and [`Model`] as an [`Engine`] adds the counting of steps 4 and 11. Step 1 (a truncated
//! capture record) is the replay's: such records never reach an engine.
//!
//! ```text
//!  frame ─► 2 length ─► 3 VLAN → VIF ─► 4 count rx ─► 5 EtherType ─► 6 IPv4 checks
//!        ─► 7 amazon_address? punt ─► 8 TTL ─► 9 MTU ─► 10 LPM ─► 11 rewrite, forward
//! ```

use std::net::Ipv4Addr;

use dxedge_host::config::{Config, Ipv4Prefix};
use dxedge_host::verdict::{DropReason, Verdict};

use crate::engine::{Engine, EngineCounters, EngineReport, FrameSink};
use crate::lpm::RangeTable;
use crate::packet::{
    be16, field, Ipv4Header, ETHERTYPE_ARP, ETHERTYPE_IPV4, ETH_HEADER_LEN, TAGGED_HEADER_LEN,
    TAG_LEN, TCI_VID_MASK, TPID_8021Q,
};

/// What the model decided for one frame, and which VIF it arrived on (step 4 counts there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub vif: Option<usize>,
    pub verdict: Verdict,
}

/// One VIF as the model needs it.
#[derive(Clone, Debug)]
struct VifState {
    mtu: u16,
    amazon_address: Option<u32>,
    /// The VIF's own routes, answering target indices.
    routes: RangeTable<usize>,
}

/// One target as step 11 needs it.
#[derive(Clone, Copy, Debug)]
struct TargetState {
    mac: [u8; 6],
    vlan: Option<u16>,
}

/// The reference model of one port, built from a validated config.
#[derive(Clone, Debug)]
pub struct Model {
    port_mac: [u8; 6],
    /// VIF index by VID, for all 4096 VIDs.
    vif_by_vid: Vec<Option<usize>>,
    vifs: Vec<VifState>,
    targets: Vec<TargetState>,
    counters: EngineCounters,
    /// The rewritten frame of step 11, reused from frame to frame.
    scratch: Vec<u8>,
}

impl Model {
    pub fn new(config: &Config) -> Model {
        let mut vif_by_vid = vec![None; usize::from(TCI_VID_MASK) + 1];
        for (index, vif) in config.vifs.iter().enumerate() {
            if let Some(slot) = vif_by_vid.get_mut(usize::from(vif.vlan)) {
                *slot = Some(index);
            }
        }
        let vifs = config
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
                VifState {
                    mtu: vif.mtu,
                    amazon_address: vif.amazon_address.map(u32::from),
                    routes: RangeTable::new(&routes),
                }
            })
            .collect();
        let targets = config
            .targets
            .iter()
            .map(|target| TargetState {
                mac: target.mac.0,
                vlan: target.vlan,
            })
            .collect();
        Model {
            port_mac: config.port.mac.0,
            vif_by_vid,
            vifs,
            targets,
            counters: EngineCounters::zeroed(config.vifs.len(), config.targets.len()),
            scratch: Vec::new(),
        }
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

        // 3. Outer EtherType not 0x8100, or a VID that is no VIF: unknown_vlan.
        if outer_ethertype != TPID_8021Q {
            return drop(None, DropReason::UnknownVlan);
        }
        let vid = be16(frame, field::TCI).unwrap_or(0) & TCI_VID_MASK;
        let Some((vif_index, vif)) = self.vif_of(vid) else {
            return drop(None, DropReason::UnknownVlan);
        };
        let vif_index = Some(vif_index);

        // 4. The VIF is found: every outcome from here on counts on it (see `count`).

        // 5. ARP: punt. IPv4: go on. Anything else, stacked tags included: unsupported.
        match be16(frame, field::INNER_ETHERTYPE) {
            Some(ETHERTYPE_ARP) => {
                return Decision {
                    vif: vif_index,
                    verdict: Verdict::Punt,
                }
            }
            Some(ETHERTYPE_IPV4) => {}
            _ => return drop(vif_index, DropReason::UnsupportedEthertype),
        }

        // 6. The IPv4 header at offset 18 must pass every check.
        let ip_packet = frame.get(TAGGED_HEADER_LEN..).unwrap_or_default();
        let Ok(ip) = Ipv4Header::check(ip_packet) else {
            return drop(vif_index, DropReason::BadIpv4);
        };

        // 7. To the VIF's amazon_address (BGP, BFD; TTL 1): punt, before the TTL check.
        if vif.amazon_address == Some(ip.dst()) {
            return Decision {
                vif: vif_index,
                verdict: Verdict::Punt,
            };
        }

        // 8. TTL <= 1: ttl_expired.
        if ip.ttl() <= 1 {
            return drop(vif_index, DropReason::TtlExpired);
        }

        // 9. IPv4 total length above the VIF's MTU: mtu_exceeded.
        if ip.total_len() > vif.mtu {
            return drop(vif_index, DropReason::MtuExceeded);
        }

        // 10. Longest-prefix match in the VIF's own routes.
        match vif.routes.lookup(ip.dst()) {
            None => drop(vif_index, DropReason::NoRoute),
            Some(target) => Decision {
                vif: vif_index,
                verdict: Verdict::Forward { target },
            },
        }
    }

    fn vif_of(&self, vid: u16) -> Option<(usize, &VifState)> {
        let index = (*self.vif_by_vid.get(usize::from(vid))?)?;
        Some((index, self.vifs.get(index)?))
    }

    /// Step 11: `frame` (which `decide` forwarded) as it leaves for `target`, into `out`.
    pub fn rewrite(&self, frame: &[u8], target: usize, out: &mut Vec<u8>) {
        out.clear();
        out.extend_from_slice(frame);
        let Some(target) = self.targets.get(target) else {
            return;
        };
        // Destination MAC := target.mac; source MAC := port.mac.
        if let Some(dst) = out.get_mut(field::DST) {
            dst.copy_from_slice(&target.mac);
        }
        if let Some(src) = out.get_mut(field::SRC) {
            src.copy_from_slice(&self.port_mac);
        }
        let ip_offset = match target.vlan {
            // The tag stays with VID := target.vlan; PCP and DEI are kept.
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
        if let Some(vif) = decision.vif.and_then(|i| counters.vifs.get_mut(i)) {
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
                if let Some(target) = counters.targets.get_mut(target) {
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

    /// The AWS peer address of a VIF, for tests and the generator.
    pub fn amazon_address(&self, vif: usize) -> Option<Ipv4Addr> {
        self.vifs
            .get(vif)
            .and_then(|v| v.amazon_address)
            .map(Ipv4Addr::from)
    }
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
        })
    }
}

#[cfg(test)]
mod tests;
