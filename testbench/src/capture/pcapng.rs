//! pcapng blocks, framed and decoded here after the pcapng draft
//! (draft-ietf-opsawg-pcapng, sections 4.1 to 4.4): section headers, interface
//! descriptions with their own `if_tsresol` and `if_tsoffset`, enhanced, simple and
//! obsolete packet blocks.

use pcap_file::pcapng::blocks::{
    ENHANCED_PACKET_BLOCK, INTERFACE_DESCRIPTION_BLOCK, PACKET_BLOCK, SECTION_HEADER_BLOCK,
    SIMPLE_PACKET_BLOCK,
};
use std::io;

use pcap_file::{DataLink, Endianness};

use super::record::{describe_link_type, SUPPORTED_LINKS};
use super::{
    CaptureError, CaptureReader, Found, LinkType, Resolution, State, Timestamp, MAX_BLOCK,
    MAX_FRAME,
};

/// Per-interface timestamp rules of a pcapng section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Interface {
    pub(super) link: LinkType,
    /// `if_tsresol`: bit 7 clear: 10^-n seconds; set: 2^-n seconds.
    pub(super) tsresol: u8,
    /// `if_tsoffset`: seconds added to every timestamp.
    pub(super) tsoffset: i64,
    pub(super) snaplen: u32,
}

impl Interface {
    /// Whether timestamps of this interface are exact in microseconds.
    pub(super) fn exact_in_micros(&self) -> bool {
        self.tsresol & 0x80 == 0 && self.tsresol <= 6
    }

    /// Seconds and the fraction in `resolution` units (truncated), offset included.
    pub(super) fn convert(&self, raw: u64, resolution: Resolution) -> Option<(i128, u64)> {
        let target = u128::from(resolution.units_per_second());
        let exponent = u32::from(self.tsresol & 0x7f);
        let (secs, frac) = if self.tsresol & 0x80 == 0 {
            match 10u128.checked_pow(exponent) {
                Some(per_second) => {
                    let raw = u128::from(raw);
                    let rem = raw % per_second;
                    (raw / per_second, rem * target / per_second)
                }
                // Units finer than 10^-38 s: a u64 of them is far below a nanosecond.
                None => (0, 0),
            }
        } else {
            let raw = u128::from(raw);
            if exponent >= 64 {
                (0, (raw * target) >> exponent)
            } else {
                let rem = raw & ((1u128 << exponent) - 1);
                (raw >> exponent, (rem * target) >> exponent)
            }
        };
        let secs = i128::try_from(secs).ok()? + i128::from(self.tsoffset);
        Some((secs, u64::try_from(frac).ok()?))
    }
}

impl CaptureReader {
    pub(super) fn pcapng_resolution(&self) -> Resolution {
        match &self.state {
            State::PcapNg {
                all_exact_in_micros: true,
                ..
            } => Resolution::Micro,
            _ => Resolution::Nano,
        }
    }

    /// The next pcapng packet, handling section headers and interface descriptions on the way.
    pub(super) fn next_pcapng(&mut self) -> Result<Option<Found>, CaptureError> {
        loop {
            let at = self.input.position();
            let next_packet = Some(self.index + 1);
            let State::PcapNg { endianness, .. } = &self.state else {
                return Ok(None);
            };
            let endianness = *endianness;

            let io = |e: io::Error| format!("cannot read the capture: {e}");
            let have_header = self
                .input
                .ensure(12)
                .map_err(|e| self.error(next_packet, at, io(e)))?;
            if !have_header {
                let left = self.input.available().len();
                if left == 0 {
                    return Ok(None);
                }
                return Err(self.error(
                    next_packet,
                    at,
                    format!("the file ends inside a block header ({left} of 12 bytes)"),
                ));
            }
            // A section header block carries its own byte order; every other block is in
            // its section's.
            let (block_type, block_len, endianness) =
                peek_block(self.input.available(), endianness);
            if block_len < 12 || block_len % 4 != 0 {
                return Err(self.error(
                    next_packet,
                    at,
                    format!("block of type 0x{block_type:08x} has an invalid length {block_len}"),
                ));
            }
            if block_len as usize > MAX_BLOCK {
                return Err(self.error(
                    next_packet,
                    at,
                    format!(
                        "block of type 0x{block_type:08x} says {block_len} bytes, more than the {MAX_BLOCK} this reader accepts (a packet of the longest frame, {MAX_FRAME} bytes, and its options)"
                    ),
                ));
            }
            if matches!(block_type, ENHANCED_PACKET_BLOCK | PACKET_BLOCK) {
                // The captured length is the fourth word of the body: refuse a packet longer
                // than any engine takes before reading it.
                let have = self
                    .input
                    .ensure(24)
                    .map_err(|e| self.error(next_packet, at, io(e)))?;
                let captured = read_u32(self.input.available(), 20, endianness).unwrap_or(0);
                if have && captured as usize > MAX_FRAME {
                    return Err(self.error(
                        next_packet,
                        at,
                        format!(
                            "the packet says {captured} captured bytes, more than the {MAX_FRAME} of the longest frame the pipeline takes (its length field is {} bits)",
                            dxedge_host::regmap::ingress::BITS
                        ),
                    ));
                }
            }
            let block_len = block_len as usize;
            let complete = self
                .input
                .ensure(block_len)
                .map_err(|e| self.error(next_packet, at, io(e)))?;
            if !complete {
                return Err(self.error(
                    next_packet,
                    at,
                    format!(
                        "the file ends inside a block of type 0x{block_type:08x}: it says {block_len} bytes, the file holds {}",
                        self.input.available().len()
                    ),
                ));
            }
            let block = self.input.available().get(..block_len).unwrap_or_default();
            let trailer = read_u32(block, block_len - 4, endianness).unwrap_or(0);
            if trailer as usize != block_len {
                return Err(self.error(
                    next_packet,
                    at,
                    format!(
                        "block of type 0x{block_type:08x} ends with the length {trailer}, not {block_len} as it starts"
                    ),
                ));
            }
            let body_at = self.input.start + 8;
            let body = block.get(8..block_len - 4).unwrap_or_default();

            let State::PcapNg {
                endianness: section_endianness,
                interfaces,
                all_exact_in_micros,
            } = &mut self.state
            else {
                return Ok(None);
            };
            match block_type {
                SECTION_HEADER_BLOCK => {
                    // Byte-order magic, major and minor version, section length (4.1).
                    let major = read_u16(body, 4, endianness).unwrap_or(0);
                    let minor = read_u16(body, 6, endianness).unwrap_or(0);
                    if body.len() < 16 || major != 1 {
                        let message = format!(
                            "pcapng version {major}.{minor} is not supported (only 1.x is)"
                        );
                        return Err(self.error(None, at, message));
                    }
                    *section_endianness = endianness;
                    interfaces.clear();
                }
                INTERFACE_DESCRIPTION_BLOCK => {
                    let number = interfaces.len();
                    let parsed = parse_interface(body, endianness);
                    let (link, interface) = match parsed {
                        Ok(found) => found,
                        Err(why) => {
                            let message = format!("interface {number}: {why}");
                            return Err(self.error(None, at, message));
                        }
                    };
                    let Some(link) = LinkType::of(link) else {
                        let message = format!(
                            "interface {number} has link type {}, which is not supported (dxedge reads {SUPPORTED_LINKS})",
                            describe_link_type(link)
                        );
                        return Err(self.error(None, at, message));
                    };
                    let interface = Interface { link, ..interface };
                    *all_exact_in_micros &= interface.exact_in_micros();
                    interfaces.push(interface);
                }
                ENHANCED_PACKET_BLOCK | PACKET_BLOCK | SIMPLE_PACKET_BLOCK => {
                    let packet =
                        decode_packet_block(block_type, body, endianness, interfaces.as_slice());
                    let (interface, raw_ts, orig_len, data_offset, data_len) = match packet {
                        Ok(packet) => packet,
                        Err(message) => return Err(self.error(next_packet, at, message)),
                    };
                    if data_len > MAX_FRAME {
                        let message = format!(
                            "the packet holds {data_len} captured bytes, more than the {MAX_FRAME} of the longest frame the pipeline takes"
                        );
                        return Err(self.error(next_packet, at, message));
                    }
                    let converted =
                        interface
                            .convert(raw_ts, self.resolution)
                            .and_then(|(secs, frac)| {
                                Some((u32::try_from(secs).ok()?, u32::try_from(frac).ok()?))
                            });
                    let Some((secs, frac)) = converted else {
                        return Err(self.error(
                            next_packet,
                            at,
                            "the timestamp is outside what classic pcap can hold (1970 to 2106)"
                                .into(),
                        ));
                    };
                    self.input.consume(block_len);
                    self.index += 1;
                    let data_at = body_at + data_offset;
                    let link = interface.link;
                    return Ok(Some((
                        Timestamp { secs, frac },
                        orig_len,
                        data_at,
                        data_len,
                        link,
                    )));
                }
                // Name resolution, interface statistics, journal, secrets, custom blocks:
                // not packets.
                _ => {}
            }
            self.input.consume(block_len);
        }
    }
}

fn read_u16(bytes: &[u8], at: usize, endianness: Endianness) -> Option<u16> {
    match bytes.get(at..at + 2)? {
        &[a, b] => Some(match endianness {
            Endianness::Big => u16::from_be_bytes([a, b]),
            Endianness::Little => u16::from_le_bytes([a, b]),
        }),
        _ => None,
    }
}

fn read_u32(bytes: &[u8], at: usize, endianness: Endianness) -> Option<u32> {
    match bytes.get(at..at + 4)? {
        &[a, b, c, d] => Some(match endianness {
            Endianness::Big => u32::from_be_bytes([a, b, c, d]),
            Endianness::Little => u32::from_le_bytes([a, b, c, d]),
        }),
        _ => None,
    }
}

/// An interface description block body (4.2): link type, snap length, and the options
/// that matter here, `if_tsresol` (9) and `if_tsoffset` (14). The option list may end with
/// `opt_endofopt` or simply at the end of the block.
fn parse_interface(body: &[u8], endianness: Endianness) -> Result<(DataLink, Interface), String> {
    let (Some(link), Some(snaplen)) =
        (read_u16(body, 0, endianness), read_u32(body, 4, endianness))
    else {
        return Err("the interface description block is too short".into());
    };
    let mut interface = Interface {
        link: LinkType::Ethernet,
        tsresol: 6,
        tsoffset: 0,
        snaplen,
    };
    let mut rest = body.get(8..).unwrap_or_default();
    while rest.len() >= 4 {
        let code = read_u16(rest, 0, endianness).unwrap_or(0);
        let len = usize::from(read_u16(rest, 2, endianness).unwrap_or(0));
        if code == 0 {
            break;
        }
        let Some(value) = rest.get(4..4 + len) else {
            return Err(format!("option {code} runs past the end of its block"));
        };
        match (code, value) {
            (9, [resolution, ..]) => interface.tsresol = *resolution,
            (14, &[a, b, c, d, e, f, g, h]) => {
                let bytes = [a, b, c, d, e, f, g, h];
                interface.tsoffset = match endianness {
                    Endianness::Big => i64::from_be_bytes(bytes),
                    Endianness::Little => i64::from_le_bytes(bytes),
                };
            }
            _ => {}
        }
        rest = rest.get(4 + len.div_ceil(4) * 4..).unwrap_or_default();
    }
    Ok((DataLink::from(u32::from(link)), interface))
}

/// A block's type, total length and byte order: the section's, except for a section header
/// block, which gives its own in its magic number.
fn peek_block(bytes: &[u8], endianness: Endianness) -> (u32, u32, Endianness) {
    if read_u32(bytes, 0, Endianness::Big) == Some(SECTION_HEADER_BLOCK) {
        let own = match read_u32(bytes, 8, Endianness::Big) {
            Some(0x4d3c2b1a) => Endianness::Little,
            _ => Endianness::Big,
        };
        let len = read_u32(bytes, 4, own).unwrap_or(0);
        return (SECTION_HEADER_BLOCK, len, own);
    }
    let block_type = read_u32(bytes, 0, endianness).unwrap_or(0);
    let len = read_u32(bytes, 4, endianness).unwrap_or(0);
    (block_type, len, endianness)
}

/// Decode a packet block body: (interface, raw timestamp, original length, data offset in
/// the body, captured length).
fn decode_packet_block(
    block_type: u32,
    body: &[u8],
    endianness: Endianness,
    interfaces: &[Interface],
) -> Result<(Interface, u64, u32, usize, usize), String> {
    let word = |at: usize| read_u32(body, at, endianness);
    let interface_of = |id: u32| {
        interfaces.get(id as usize).copied().ok_or_else(|| {
            format!(
                "the packet is on interface {id}, but the section describes {} interface(s)",
                interfaces.len()
            )
        })
    };
    let too_short = || "the packet block is too short for its fields".to_string();
    if block_type == SIMPLE_PACKET_BLOCK {
        // No interface id (always interface 0), no timestamp, no captured length.
        let interface = interface_of(0)?;
        let orig_len = word(0).ok_or_else(too_short)?;
        let room = body.len().saturating_sub(4);
        let mut captured = (orig_len as usize).min(room);
        if interface.snaplen != 0 {
            captured = captured.min(interface.snaplen as usize);
        }
        return Ok((interface, 0, orig_len, 4, captured));
    }
    // Enhanced (and the obsolete Packet block, whose first word is a 16-bit interface id
    // and a 16-bit drop count): interface, timestamp high and low, captured, original.
    let first = word(0).ok_or_else(too_short)?;
    let id = if block_type == PACKET_BLOCK {
        match endianness {
            Endianness::Big => first >> 16,
            Endianness::Little => first & 0xffff,
        }
    } else {
        first
    };
    let interface = interface_of(id)?;
    let ts_high = word(4).ok_or_else(too_short)?;
    let ts_low = word(8).ok_or_else(too_short)?;
    let captured = word(12).ok_or_else(too_short)? as usize;
    let orig_len = word(16).ok_or_else(too_short)?;
    if captured > body.len().saturating_sub(20) {
        return Err(format!(
            "the packet says {captured} captured bytes but its block holds {}",
            body.len().saturating_sub(20)
        ));
    }
    let raw_ts = u64::from(ts_high) << 32 | u64::from(ts_low);
    Ok((interface, raw_ts, orig_len, 20, captured))
}
