//! Building frames byte by byte, for the traffic generator and the tests: valid ones and
//! each of the ways the spec says a frame can be wrong.

use std::net::Ipv4Addr;

use crate::packet::{fresh_checksum, ipv4_field, ETHERTYPE_ARP, TPID_8021Q};

/// An IPv4 packet (header, options, payload) with a correct header checksum.
/// `options` is padded with zeros (end-of-options) to a multiple of 4 bytes, at most 40.
pub fn ipv4_packet(
    src: Ipv4Addr,
    dst: Ipv4Addr,
    ttl: u8,
    protocol: u8,
    options: &[u8],
    payload: &[u8],
) -> Vec<u8> {
    let options_len = options.len().min(40).div_ceil(4) * 4;
    let header_len = 20 + options_len;
    let total_len = (header_len + payload.len()).min(usize::from(u16::MAX));
    let mut packet = Vec::with_capacity(total_len);
    packet.push(0x40 | (header_len / 4) as u8);
    packet.push(0); // DSCP, ECN
    packet.extend_from_slice(&(total_len as u16).to_be_bytes());
    packet.extend_from_slice(&[0x12, 0x34, 0x40, 0x00]); // identification, DF
    packet.push(ttl);
    packet.push(protocol);
    packet.extend_from_slice(&[0, 0]); // checksum, below
    packet.extend_from_slice(&src.octets());
    packet.extend_from_slice(&dst.octets());
    packet.extend_from_slice(options.get(..options.len().min(40)).unwrap_or_default());
    packet.resize(header_len, 0);
    packet.extend_from_slice(payload);
    packet.truncate(total_len);
    set_checksum(&mut packet);
    packet
}

/// Recompute the header checksum of the IPv4 packet at the start of `packet` (after a test
/// changed a field on purpose).
pub fn set_checksum(packet: &mut [u8]) {
    let header_len = packet
        .first()
        .map_or(20, |b| usize::from(b & 0x0f) * 4)
        .min(packet.len());
    let Some(header) = packet.get_mut(..header_len) else {
        return;
    };
    if header.len() < ipv4_field::CHECKSUM.end {
        return;
    }
    let checksum = fresh_checksum(header);
    header[ipv4_field::CHECKSUM].copy_from_slice(&checksum.to_be_bytes());
}

/// A UDP datagram of `len` bytes (header included, at least 8); the checksum is left 0,
/// which UDP over IPv4 allows (RFC 768).
pub fn udp(src_port: u16, dst_port: u16, len: usize, fill: u8) -> Vec<u8> {
    let len = len.clamp(8, usize::from(u16::MAX));
    let mut datagram = Vec::with_capacity(len);
    datagram.extend_from_slice(&src_port.to_be_bytes());
    datagram.extend_from_slice(&dst_port.to_be_bytes());
    datagram.extend_from_slice(&(len as u16).to_be_bytes());
    datagram.extend_from_slice(&[0, 0]);
    datagram.resize(len, fill);
    datagram
}

/// An Ethernet frame with one 802.1Q tag.
pub fn tagged(dst: [u8; 6], src: [u8; 6], tci: u16, ethertype: u16, payload: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(18 + payload.len());
    frame.extend_from_slice(&dst);
    frame.extend_from_slice(&src);
    frame.extend_from_slice(&TPID_8021Q.to_be_bytes());
    frame.extend_from_slice(&tci.to_be_bytes());
    frame.extend_from_slice(&ethertype.to_be_bytes());
    frame.extend_from_slice(payload);
    frame
}

/// An Ethernet frame with no tag (or with another TPID as its EtherType).
pub fn untagged(dst: [u8; 6], src: [u8; 6], ethertype: u16, payload: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(14 + payload.len());
    frame.extend_from_slice(&dst);
    frame.extend_from_slice(&src);
    frame.extend_from_slice(&ethertype.to_be_bytes());
    frame.extend_from_slice(payload);
    frame
}

/// An ARP request (RFC 826) for `target` from `sender`, as the payload of a frame.
pub fn arp_request(sender_mac: [u8; 6], sender: Ipv4Addr, target: Ipv4Addr) -> Vec<u8> {
    let mut arp = Vec::with_capacity(28);
    arp.extend_from_slice(&[0x00, 0x01]); // Ethernet
    arp.extend_from_slice(&0x0800u16.to_be_bytes()); // IPv4
    arp.extend_from_slice(&[6, 4, 0x00, 0x01]); // lengths, request
    arp.extend_from_slice(&sender_mac);
    arp.extend_from_slice(&sender.octets());
    arp.extend_from_slice(&[0; 6]);
    arp.extend_from_slice(&target.octets());
    arp
}

/// The EtherType of ARP, re-exported for callers that build ARP frames.
pub const ARP: u16 = ETHERTYPE_ARP;

/// A minimal IPv6 header with a payload (for `unsupported_ethertype`).
pub fn ipv6_packet(payload_len: usize) -> Vec<u8> {
    let mut packet = vec![0u8; 40 + payload_len];
    packet[0] = 0x60;
    packet[4..6].copy_from_slice(&(payload_len.min(usize::from(u16::MAX)) as u16).to_be_bytes());
    packet[6] = 59; // no next header
    packet[7] = 64;
    packet[8] = 0xfe;
    packet[9] = 0x80;
    packet[24] = 0xfe;
    packet[25] = 0x80;
    packet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crafted_frames_parse_with_etherparse() {
        let ip = ipv4_packet(
            Ipv4Addr::new(192, 0, 2, 1),
            Ipv4Addr::new(10, 1, 2, 3),
            64,
            17,
            &[0x94, 0x04, 0x00, 0x00], // router alert
            &udp(1000, 2000, 30, 0xab),
        );
        let frame = tagged([2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2], 0x2065, 0x0800, &ip);
        let parsed = etherparse::SlicedPacket::from_ethernet(&frame).expect("parses");
        let vids: Vec<u16> = parsed.vlan_ids().iter().map(|id| id.value()).collect();
        assert_eq!(vids, [0x065]);
        match parsed.net {
            Some(etherparse::NetSlice::Ipv4(ipv4)) => {
                let header = ipv4.header();
                assert_eq!(header.destination(), [10, 1, 2, 3]);
                assert_eq!(header.ttl(), 64);
                assert_eq!(header.ihl(), 6);
                assert_eq!(header.total_len(), 24 + 30);
                let owned = header.to_header();
                assert_eq!(owned.header_checksum, owned.calc_header_checksum());
            }
            other => panic!("not IPv4: {other:?}"),
        }
    }

    #[test]
    fn arp_and_ipv6_have_their_sizes() {
        assert_eq!(
            arp_request([2; 6], Ipv4Addr::LOCALHOST, Ipv4Addr::LOCALHOST).len(),
            28
        );
        assert_eq!(ipv6_packet(8).len(), 48);
        assert_eq!(udp(1, 2, 3, 0).len(), 8);
    }
}
