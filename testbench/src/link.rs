//! Frames of captures that have no Ethernet header (Linux cooked captures, raw IP), given
//! the one a customer router would have sent: to the appliance's MAC, from
//! [`INGRESS_SOURCE_MAC`], with the packet's EtherType. `dxedge replay --ingress-vlan` then
//! tags them, and the contract's processing applies unchanged.
//!
//! ```text
//!  SLL   | type 2 | ARPHRD 2 | addr len 2 | addr 8 | protocol 2 | packet...
//!  SLL2  | protocol 2 | reserved 2 | ifindex 4 | ARPHRD 2 | type 1 | addr len 1 | addr 8 | packet...
//!  raw   | packet... (IPv4 or IPv6 by its version nibble)
//!   ─►   | port.mac | INGRESS_SOURCE_MAC | protocol | packet...
//! ```

use crate::capture::LinkType;
use crate::packet::{be16, ETHERTYPE_IPV4, ETH_HEADER_LEN};

/// The source MAC of the Ethernet header built for a frame captured without one: a locally
/// administered address that no real interface has.
pub const INGRESS_SOURCE_MAC: [u8; 6] = [0x02, 0x00, 0x00, 0x00, 0x00, 0xfe];

const ETHERTYPE_IPV6: u16 = 0x86dd;

/// The pseudo-header's length and the EtherType of what follows, for a record of `link`;
/// `None` for Ethernet, or a record too short to have the pseudo-header.
fn pseudo_header(link: LinkType, data: &[u8]) -> Option<(usize, u16)> {
    match link {
        LinkType::Ethernet => None,
        LinkType::LinuxSll => Some((16, be16(data, 14..16)?)),
        LinkType::LinuxSll2 => Some((20, be16(data, 0..2).filter(|_| data.len() >= 20)?)),
        LinkType::RawIp => {
            let version = data.first()? >> 4;
            Some((
                0,
                if version == 6 {
                    ETHERTYPE_IPV6
                } else {
                    ETHERTYPE_IPV4
                },
            ))
        }
    }
}

/// `data`, a record of `link`, as an Ethernet frame into `out`; the change in length is
/// returned so that the record's original length can follow. Ethernet records, and records
/// too short for their link's header, are copied as they are (the latter then fail the
/// contract's length check, as a runt would).
pub fn to_ethernet(link: LinkType, data: &[u8], port_mac: [u8; 6], out: &mut Vec<u8>) -> isize {
    out.clear();
    let Some((header, ethertype)) = pseudo_header(link, data) else {
        out.extend_from_slice(data);
        return 0;
    };
    out.extend_from_slice(&port_mac);
    out.extend_from_slice(&INGRESS_SOURCE_MAC);
    out.extend_from_slice(&ethertype.to_be_bytes());
    out.extend_from_slice(data.get(header..).unwrap_or_default());
    ETH_HEADER_LEN as isize - header as isize
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAC: [u8; 6] = [2, 0, 0x5e, 0, 0, 1];

    #[test]
    fn each_link_gets_the_header_a_router_would_send() {
        let ip = [
            0x45u8, 0, 0, 20, 1, 2, 3, 4, 64, 17, 0, 0, 10, 0, 0, 1, 10, 1, 2, 3,
        ];
        let mut sll = vec![0, 0, 0, 1, 0, 6, 2, 0, 0, 0, 0, 9, 0, 0, 0x08, 0x00];
        sll.extend_from_slice(&ip);
        let mut sll2 = vec![
            0x08, 0x00, 0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 2, 0, 0, 0, 0, 9, 0, 0,
        ];
        sll2.extend_from_slice(&ip);
        let mut want = MAC.to_vec();
        want.extend_from_slice(&INGRESS_SOURCE_MAC);
        want.extend_from_slice(&[0x08, 0x00]);
        want.extend_from_slice(&ip);
        let mut out = Vec::new();
        for (link, data, delta) in [
            (LinkType::LinuxSll, &sll, -2),
            (LinkType::LinuxSll2, &sll2, -6),
            (LinkType::RawIp, &ip.to_vec(), 14),
        ] {
            assert_eq!(to_ethernet(link, data, MAC, &mut out), delta, "{link:?}");
            assert_eq!(out, want, "{link:?}");
        }
        // IPv6 by its version nibble; Ethernet and runts as they are.
        to_ethernet(LinkType::RawIp, &[0x60, 0, 0, 0], MAC, &mut out);
        assert_eq!(out[12..14], [0x86, 0xdd]);
        assert_eq!(to_ethernet(LinkType::Ethernet, &ip, MAC, &mut out), 0);
        assert_eq!(out, ip);
        assert_eq!(
            to_ethernet(LinkType::LinuxSll, &sll[..10], MAC, &mut out),
            0
        );
        assert_eq!(out, sll[..10]);
    }
}
