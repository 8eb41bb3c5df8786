//! Ethernet, 802.1Q and IPv4 as the spec's steps see them: field offsets, zero-copy reads
//! on byte slices, the IPv4 header checksum (RFC 1071) and the TTL decrement with its
//! incremental checksum update (RFC 1624, eqn. 3).
//!
//! ```text
//!  0      6      12     14    16     18                      18+IHL*4
//!  | dst  | src  | TPID | TCI | type | IPv4 header (+options) | payload | padding |
//!                 0x8100 PCP:3 DEI:1 VID:12
//! ```
//!
//! Every read takes the frame as a slice and returns `None` (or an error) rather than panic
//! when the slice is too short: frames come straight from user captures.

use std::ops::Range;

/// Byte ranges of the fields, for a frame with one 802.1Q tag (IEEE 802.1Q clause 9.3).
pub mod field {
    use std::ops::Range;
    pub const DST: Range<usize> = 0..6;
    pub const SRC: Range<usize> = 6..12;
    /// The outer EtherType, or the TPID when the frame is tagged.
    pub const ETHERTYPE: Range<usize> = 12..14;
    pub const TCI: Range<usize> = 14..16;
    /// The EtherType after the tag.
    pub const INNER_ETHERTYPE: Range<usize> = 16..18;
}

/// Length of an untagged Ethernet header.
pub const ETH_HEADER_LEN: usize = 14;
/// Length of an Ethernet header with one 802.1Q tag; the IPv4 header starts here.
pub const TAGGED_HEADER_LEN: usize = 18;
/// Length of the 802.1Q tag (TPID + TCI).
pub const TAG_LEN: usize = 4;

pub const TPID_8021Q: u16 = 0x8100;
pub const ETHERTYPE_IPV4: u16 = 0x0800;
pub const ETHERTYPE_ARP: u16 = 0x0806;

/// The VID bits of a TCI (the low 12; PCP and DEI are the top 4).
pub const TCI_VID_MASK: u16 = 0x0fff;

/// Byte ranges inside an IPv4 header (RFC 791 section 3.1).
pub mod ipv4_field {
    use std::ops::Range;
    /// Version (high nibble) and IHL (low nibble, in 32-bit words).
    pub const VERSION_IHL: usize = 0;
    pub const TOTAL_LEN: Range<usize> = 2..4;
    pub const TTL: usize = 8;
    /// TTL and protocol share one 16-bit word of the checksum.
    pub const TTL_PROTOCOL: Range<usize> = 8..10;
    pub const CHECKSUM: Range<usize> = 10..12;
    pub const SRC: Range<usize> = 12..16;
    pub const DST: Range<usize> = 16..20;
}

/// Shortest IPv4 header (IHL = 5).
pub const IPV4_MIN_HEADER_LEN: usize = 20;

/// A big-endian 16-bit field, if the slice holds it.
pub fn be16(data: &[u8], range: Range<usize>) -> Option<u16> {
    match data.get(range)? {
        [hi, lo] => Some(u16::from_be_bytes([*hi, *lo])),
        _ => None,
    }
}

/// A big-endian 32-bit field, if the slice holds it.
pub fn be32(data: &[u8], range: Range<usize>) -> Option<u32> {
    match data.get(range)? {
        [a, b, c, d] => Some(u32::from_be_bytes([*a, *b, *c, *d])),
        _ => None,
    }
}

/// Write a big-endian 16-bit field; does nothing if the slice is too short.
fn put_be16(data: &mut [u8], range: Range<usize>, value: u16) {
    if let Some(dst) = data.get_mut(range) {
        if dst.len() == 2 {
            dst.copy_from_slice(&value.to_be_bytes());
        }
    }
}

/// The one's-complement sum of `bytes` taken as big-endian 16-bit words, an odd last byte
/// padded with zero (RFC 1071 section 4.1: add with end-around carry, fold to 16 bits).
pub fn ones_complement_sum(bytes: &[u8]) -> u16 {
    let mut sum: u64 = 0;
    let mut words = bytes.chunks_exact(2);
    for word in &mut words {
        sum += u64::from(u16::from_be_bytes([word[0], word[1]]));
    }
    if let [last] = words.remainder() {
        sum += u64::from(*last) << 8;
    }
    fold(sum)
}

/// Fold a wide sum into 16 bits with end-around carry.
fn fold(mut sum: u64) -> u16 {
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    sum as u16
}

/// One's-complement addition of two 16-bit values.
pub fn ones_complement_add(a: u16, b: u16) -> u16 {
    fold(u64::from(a) + u64::from(b))
}

/// The checksum a fresh computation gives for an IPv4 header: the complement of the sum of
/// its words with the checksum field taken as zero (RFC 791, RFC 1071).
pub fn fresh_checksum(header: &[u8]) -> u16 {
    let before = header.get(..ipv4_field::CHECKSUM.start).unwrap_or(header);
    let after = header.get(ipv4_field::CHECKSUM.end..).unwrap_or_default();
    !ones_complement_add(ones_complement_sum(before), ones_complement_sum(after))
}

/// Whether the header's checksum verifies: the sum over all its bytes, checksum included,
/// is 0xffff (RFC 1071 section 1).
pub fn checksum_verifies(header: &[u8]) -> bool {
    ones_complement_sum(header) == 0xffff
}

/// Why an IPv4 header is invalid, in the order of step 6 of the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ipv4Fault {
    /// `L - 18 < 20`.
    TooShort,
    /// Version is not 4.
    Version,
    /// IHL < 5.
    IhlTooSmall,
    /// `IHL*4 > L - 18`.
    IhlBeyondFrame,
    /// Total length < `IHL*4`.
    TotalLengthBelowHeader,
    /// Total length > `L - 18`.
    TotalLengthBeyondFrame,
    /// The header checksum does not verify.
    Checksum,
}

impl Ipv4Fault {
    pub const ALL: [Ipv4Fault; 7] = [
        Ipv4Fault::TooShort,
        Ipv4Fault::Version,
        Ipv4Fault::IhlTooSmall,
        Ipv4Fault::IhlBeyondFrame,
        Ipv4Fault::TotalLengthBelowHeader,
        Ipv4Fault::TotalLengthBeyondFrame,
        Ipv4Fault::Checksum,
    ];
}

/// An IPv4 header that passed every check of step 6; it borrows the header bytes
/// (`IHL*4` of them, options included).
#[derive(Clone, Copy, Debug)]
pub struct Ipv4Header<'a> {
    header: &'a [u8],
    total_len: u16,
}

impl<'a> Ipv4Header<'a> {
    /// Step 6: check the IPv4 packet that starts at `packet[0]`, where `packet` is the frame
    /// from the end of the Ethernet header on (`L - 18` bytes for a tagged frame).
    pub fn check(packet: &'a [u8]) -> Result<Ipv4Header<'a>, Ipv4Fault> {
        let available = packet.len();
        if available < IPV4_MIN_HEADER_LEN {
            return Err(Ipv4Fault::TooShort);
        }
        let version_ihl = packet
            .get(ipv4_field::VERSION_IHL)
            .copied()
            .ok_or(Ipv4Fault::TooShort)?;
        if version_ihl >> 4 != 4 {
            return Err(Ipv4Fault::Version);
        }
        let header_len = usize::from(version_ihl & 0x0f) * 4;
        if header_len < IPV4_MIN_HEADER_LEN {
            return Err(Ipv4Fault::IhlTooSmall);
        }
        if header_len > available {
            return Err(Ipv4Fault::IhlBeyondFrame);
        }
        let total_len = be16(packet, ipv4_field::TOTAL_LEN).ok_or(Ipv4Fault::TooShort)?;
        if usize::from(total_len) < header_len {
            return Err(Ipv4Fault::TotalLengthBelowHeader);
        }
        if usize::from(total_len) > available {
            return Err(Ipv4Fault::TotalLengthBeyondFrame);
        }
        let header = packet.get(..header_len).ok_or(Ipv4Fault::IhlBeyondFrame)?;
        if !checksum_verifies(header) {
            return Err(Ipv4Fault::Checksum);
        }
        Ok(Ipv4Header { header, total_len })
    }

    /// The header bytes, options included.
    pub fn bytes(&self) -> &'a [u8] {
        self.header
    }

    pub fn total_len(&self) -> u16 {
        self.total_len
    }

    pub fn ttl(&self) -> u8 {
        self.header.get(ipv4_field::TTL).copied().unwrap_or(0)
    }

    /// The destination address as a number.
    pub fn dst(&self) -> u32 {
        be32(self.header, ipv4_field::DST).unwrap_or(0)
    }
}

/// Decrement the TTL of the IPv4 header at the start of `header` and update its checksum
/// incrementally with RFC 1624 eqn. 3, `HC' = ~(~HC + ~m + m')`, where m is the 16-bit word
/// holding TTL and protocol. Unlike the RFC 1141 form (`HC' = HC + m + ~m'`), eqn. 3 never
/// produces 0xffff for a header a fresh computation gives 0x0000 for, so the result equals
/// [`fresh_checksum`] of the rewritten header whenever the old checksum verified.
///
/// A header shorter than 12 bytes, or a TTL of 0, is left as it is (the model only rewrites
/// checked headers with TTL > 1).
pub fn decrement_ttl(header: &mut [u8]) {
    let (Some(old_word), Some(old_checksum)) = (
        be16(header, ipv4_field::TTL_PROTOCOL),
        be16(header, ipv4_field::CHECKSUM),
    ) else {
        return;
    };
    if old_word >> 8 == 0 {
        return;
    }
    let new_word = old_word - 0x0100;
    let sum = ones_complement_add(ones_complement_add(!old_checksum, !old_word), new_word);
    put_be16(header, ipv4_field::TTL_PROTOCOL, new_word);
    put_be16(header, ipv4_field::CHECKSUM, !sum);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// RFC 1071 section 3's worked example: the bytes 00 01 f2 03 f4 f5 f6 f7 sum to 0xddf2.
    #[test]
    fn the_rfc1071_example_sums_to_ddf2() {
        assert_eq!(
            ones_complement_sum(&[0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]),
            0xddf2
        );
        // An odd byte counts as the high byte of a zero-padded word.
        assert_eq!(ones_complement_sum(&[0x12]), 0x1200);
        assert_eq!(ones_complement_sum(&[]), 0);
        // End-around carry: 0xffff + 0x0001 = 0x0001, not 0x0000.
        assert_eq!(ones_complement_sum(&[0xff, 0xff, 0x00, 0x01]), 0x0001);
    }

    /// The header of RFC 791-era textbook fame (Wikipedia's IPv4 header checksum example).
    const EXAMPLE: [u8; 20] = [
        0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0xb8, 0x61, 0xc0, 0xa8, 0x00,
        0x01, 0xc0, 0xa8, 0x00, 0xc7,
    ];

    #[test]
    fn a_known_header_verifies_and_its_fresh_checksum_is_the_stored_one() {
        assert!(checksum_verifies(&EXAMPLE));
        assert_eq!(fresh_checksum(&EXAMPLE), 0xb861);
        let mut broken = EXAMPLE;
        broken[19] ^= 1;
        assert!(!checksum_verifies(&broken));
    }

    /// `checksum` computed by etherparse, an independent implementation.
    fn etherparse_checksum(header: &[u8]) -> u16 {
        let (parsed, _) = etherparse::Ipv4Header::from_slice(header).expect("valid header");
        parsed.calc_header_checksum()
    }

    #[test]
    fn fresh_checksum_agrees_with_etherparse() {
        assert_eq!(fresh_checksum(&EXAMPLE), etherparse_checksum(&EXAMPLE));
    }

    /// RFC 1141's form, kept here to show that the exhaustive test below can tell the two
    /// apart.
    fn rfc1141_update(old_checksum: u16, old_word: u16, new_word: u16) -> u16 {
        ones_complement_add(ones_complement_add(old_checksum, old_word), !new_word)
    }

    /// Exhaustive over the checksum arithmetic, through [`decrement_ttl`] itself: a header
    /// is, for its checksum, the one's-complement sum `rest` of the words other than the
    /// TTL/protocol word and the checksum, so a 12-byte header carrying `rest` in its first
    /// word stands for every header with that sum. For every `rest` (all 65,536 values) and
    /// every TTL from 2 to 255 with a handful of protocols, `decrement_ttl` applied to the
    /// verifying checksum leaves the fresh one; and where a header stores the other zero
    /// (0xffff for 0x0000, which also verifies), it still lands on the fresh value. RFC 1141's
    /// form is shown to differ somewhere.
    #[test]
    fn decrement_ttl_equals_a_fresh_computation_exhaustively() {
        let mut rfc1141_differs = 0u64;
        let mut h = [0u8; 12];
        for rest in 0..=0xffffu16 {
            for ttl in 2..=255u16 {
                for protocol in [0u16, 1, 6, 17, 47, 89, 0xfe, 0xff] {
                    let old_word = ttl << 8 | protocol;
                    let new_word = old_word - 0x0100;
                    let fresh_old = !ones_complement_add(rest, old_word);
                    let fresh_new = !ones_complement_add(rest, new_word);
                    // A stored checksum of 0xffff verifies wherever 0x0000 does.
                    let other_zero = (fresh_old == 0).then_some(0xffff);
                    for stored in std::iter::once(fresh_old).chain(other_zero) {
                        put_be16(&mut h, 0..2, rest);
                        put_be16(&mut h, ipv4_field::TTL_PROTOCOL, old_word);
                        put_be16(&mut h, ipv4_field::CHECKSUM, stored);
                        decrement_ttl(&mut h);
                        assert_eq!(
                            (
                                be16(&h, ipv4_field::TTL_PROTOCOL),
                                be16(&h, ipv4_field::CHECKSUM)
                            ),
                            (Some(new_word), Some(fresh_new)),
                            "rest {rest:#06x} ttl {ttl} protocol {protocol} stored {stored:#06x}"
                        );
                    }
                    if rfc1141_update(fresh_old, old_word, new_word) != fresh_new {
                        rfc1141_differs += 1;
                    }
                }
            }
        }
        assert!(
            rfc1141_differs > 0,
            "the test would not catch the RFC 1141 form"
        );
    }

    /// A valid IPv4 header with `options` words of options and the given TTL, checksummed.
    fn header(ttl: u8, protocol: u8, fill: &[u8], option_words: usize) -> Vec<u8> {
        let len = 20 + option_words * 4;
        let mut h = vec![0u8; len];
        for (i, b) in h.iter_mut().enumerate() {
            *b = fill.get(i % fill.len().max(1)).copied().unwrap_or(0);
        }
        h[0] = 0x40 | (5 + option_words as u8);
        h[2..4].copy_from_slice(&(len as u16).to_be_bytes());
        h[8] = ttl;
        h[9] = protocol;
        h[10] = 0;
        h[11] = 0;
        let c = fresh_checksum(&h);
        h[10..12].copy_from_slice(&c.to_be_bytes());
        h
    }

    proptest! {
        #[test]
        fn decrement_ttl_leaves_a_header_whose_checksum_is_the_fresh_one(
            ttl in 1u8..=255,
            protocol in any::<u8>(),
            fill in proptest::collection::vec(any::<u8>(), 1..64),
            option_words in 0usize..=10,
            other_zero in any::<bool>(),
        ) {
            let mut h = header(ttl, protocol, &fill, option_words);
            // Store 0xffff where a fresh computation gives 0x0000: it verifies all the same.
            if other_zero && h[10..12] == [0, 0] {
                h[10] = 0xff;
                h[11] = 0xff;
            }
            prop_assert!(checksum_verifies(&h));
            let before = h.clone();
            decrement_ttl(&mut h);
            prop_assert_eq!(h[8], ttl - 1);
            prop_assert_eq!(be16(&h, ipv4_field::CHECKSUM), Some(fresh_checksum(&h)));
            prop_assert!(checksum_verifies(&h));
            // Only the TTL and the checksum changed.
            for (i, (a, b)) in before.iter().zip(&h).enumerate() {
                if i != 8 && i != 10 && i != 11 {
                    prop_assert_eq!(a, b);
                }
            }
        }

        #[test]
        fn fresh_checksum_matches_etherparse_on_option_free_headers(
            ttl in any::<u8>(), protocol in any::<u8>(), fill in proptest::collection::vec(any::<u8>(), 20..21),
        ) {
            let mut fill = fill;
            // etherparse does not keep the reserved flag bit (RFC 791's "bit 0: reserved").
            fill[6] &= 0x7f;
            let h = header(ttl, protocol, &fill, 0);
            prop_assert_eq!(fresh_checksum(&h), etherparse_checksum(&h));
        }

        #[test]
        fn check_never_panics_and_accepts_only_what_step6_allows(packet in proptest::collection::vec(any::<u8>(), 0..80)) {
            if let Ok(ip) = Ipv4Header::check(&packet) {
                let ihl = usize::from(packet[0] & 0x0f) * 4;
                prop_assert!(packet.len() >= 20 && packet[0] >> 4 == 4 && ihl >= 20 && ihl <= packet.len());
                prop_assert!(usize::from(ip.total_len()) >= ihl && usize::from(ip.total_len()) <= packet.len());
                prop_assert_eq!(ones_complement_sum(&packet[..ihl]), 0xffff);
            }
        }
    }

    #[test]
    fn each_check_of_step6_is_reported_in_order() {
        let good = header(64, 17, &[0x11, 0x22, 0x33], 1); // 24-byte header
        assert!(Ipv4Header::check(&good).is_ok());
        let resum = |mut h: Vec<u8>| {
            h[10] = 0;
            h[11] = 0;
            let c = fresh_checksum(&h);
            h[10..12].copy_from_slice(&c.to_be_bytes());
            h
        };
        assert_eq!(
            Ipv4Header::check(&good[..19]).err(),
            Some(Ipv4Fault::TooShort)
        );
        let mut v6 = good.clone();
        v6[0] = 0x65;
        assert_eq!(
            Ipv4Header::check(&resum(v6)).err(),
            Some(Ipv4Fault::Version)
        );
        let mut ihl4 = good.clone();
        ihl4[0] = 0x44;
        assert_eq!(Ipv4Header::check(&ihl4).err(), Some(Ipv4Fault::IhlTooSmall));
        // IHL 6 (24 bytes) but only 22 bytes in the frame.
        assert_eq!(
            Ipv4Header::check(&good[..22]).err(),
            Some(Ipv4Fault::IhlBeyondFrame)
        );
        let mut short_total = good.clone();
        short_total[2..4].copy_from_slice(&23u16.to_be_bytes());
        assert_eq!(
            Ipv4Header::check(&resum(short_total)).err(),
            Some(Ipv4Fault::TotalLengthBelowHeader)
        );
        let mut long_total = good.clone();
        long_total[2..4].copy_from_slice(&25u16.to_be_bytes());
        assert_eq!(
            Ipv4Header::check(&resum(long_total.clone())).err(),
            Some(Ipv4Fault::TotalLengthBeyondFrame)
        );
        // The same total length is fine once the frame holds it (padding after it is too).
        let mut padded = resum(long_total);
        padded.extend_from_slice(&[0, 0, 0]);
        assert_eq!(Ipv4Header::check(&padded).map(|h| h.total_len()), Ok(25));
        let mut bad_sum = good.clone();
        bad_sum[11] ^= 0x01;
        assert_eq!(Ipv4Header::check(&bad_sum).err(), Some(Ipv4Fault::Checksum));
        // The checksum covers the options too.
        let mut bad_option = good;
        bad_option[21] ^= 0x80;
        assert_eq!(
            Ipv4Header::check(&bad_option).err(),
            Some(Ipv4Fault::Checksum)
        );
    }
}
