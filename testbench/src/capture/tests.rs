//! Captures built byte by byte, read back.

use super::input::CHUNK;
use super::*;

/// A classic pcap file: header then (ts_sec, ts_frac, data, orig_len) records.
pub(crate) fn classic(
    big_endian: bool,
    nano: bool,
    link: u32,
    records: &[(u32, u32, &[u8], u32)],
) -> Vec<u8> {
    let w32 = |v: u32| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let w16 = |v: u16| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let mut file = Vec::new();
    file.extend_from_slice(&w32(if nano { 0xa1b23c4d } else { 0xa1b2c3d4 }));
    file.extend_from_slice(&w16(2));
    file.extend_from_slice(&w16(4));
    file.extend_from_slice(&w32(0));
    file.extend_from_slice(&w32(0));
    file.extend_from_slice(&w32(65535));
    file.extend_from_slice(&w32(link));
    for (secs, frac, data, orig_len) in records {
        file.extend_from_slice(&w32(*secs));
        file.extend_from_slice(&w32(*frac));
        file.extend_from_slice(&w32(data.len() as u32));
        file.extend_from_slice(&w32(*orig_len));
        file.extend_from_slice(data);
    }
    file
}

/// pcapng blocks, in one byte order.
pub(crate) struct Ng {
    big: bool,
    pub(crate) bytes: Vec<u8>,
}

impl Ng {
    pub(crate) fn new(big: bool) -> Ng {
        let mut ng = Ng {
            big,
            bytes: Vec::new(),
        };
        ng.section(big);
        ng
    }
    fn w32(&self, v: u32) -> [u8; 4] {
        if self.big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    }
    fn w16(&self, v: u16) -> [u8; 2] {
        if self.big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    }
    pub(crate) fn block(&mut self, block_type: u32, body: &[u8]) {
        let mut body = body.to_vec();
        while body.len() % 4 != 0 {
            body.push(0);
        }
        let len = (body.len() + 12) as u32;
        let (t, l) = (self.w32(block_type), self.w32(len));
        self.bytes.extend_from_slice(&t);
        self.bytes.extend_from_slice(&l);
        self.bytes.extend_from_slice(&body);
        self.bytes.extend_from_slice(&l);
    }
    pub(crate) fn section(&mut self, big: bool) {
        self.big = big;
        let mut body = Vec::new();
        body.extend_from_slice(&self.w32(0x1a2b3c4d));
        body.extend_from_slice(&self.w16(1));
        body.extend_from_slice(&self.w16(0));
        body.extend_from_slice(&[0xff; 8]);
        self.block(0x0a0d0d0a, &body);
    }
    pub(crate) fn interface(&mut self, link: u16, tsresol: Option<u8>, tsoffset: Option<u64>) {
        let mut body = Vec::new();
        body.extend_from_slice(&self.w16(link));
        body.extend_from_slice(&self.w16(0));
        body.extend_from_slice(&self.w32(0));
        if let Some(r) = tsresol {
            body.extend_from_slice(&self.w16(9));
            body.extend_from_slice(&self.w16(1));
            body.extend_from_slice(&[r, 0, 0, 0]);
        }
        if let Some(o) = tsoffset {
            body.extend_from_slice(&self.w16(14));
            body.extend_from_slice(&self.w16(8));
            let o = if self.big {
                o.to_be_bytes()
            } else {
                o.to_le_bytes()
            };
            body.extend_from_slice(&o);
        }
        if tsresol.is_some() || tsoffset.is_some() {
            body.extend_from_slice(&[0; 4]);
        }
        self.block(1, &body);
    }
    pub(crate) fn epb(&mut self, interface: u32, ts: u64, data: &[u8], orig_len: u32) {
        let mut body = Vec::new();
        body.extend_from_slice(&self.w32(interface));
        body.extend_from_slice(&self.w32((ts >> 32) as u32));
        body.extend_from_slice(&self.w32(ts as u32));
        body.extend_from_slice(&self.w32(data.len() as u32));
        body.extend_from_slice(&self.w32(orig_len));
        body.extend_from_slice(data);
        while body.len() % 4 != 0 {
            body.push(0);
        }
        // A comment option, to show options after the data are skipped.
        body.extend_from_slice(&self.w16(1));
        body.extend_from_slice(&self.w16(3));
        body.extend_from_slice(b"hi\0\0");
        body.extend_from_slice(&[0; 4]);
        self.block(6, &body);
    }
    pub(crate) fn spb(&mut self, data: &[u8]) {
        let mut body = Vec::new();
        body.extend_from_slice(&self.w32(data.len() as u32));
        body.extend_from_slice(data);
        self.block(3, &body);
    }
    pub(crate) fn name_resolution(&mut self) {
        let mut body = Vec::new();
        body.extend_from_slice(&self.w16(1));
        body.extend_from_slice(&self.w16(8));
        body.extend_from_slice(&[10, 0, 0, 1, b'a', 0, 0, 0]);
        body.extend_from_slice(&[0; 4]);
        self.block(4, &body);
    }
}

#[derive(PartialEq)]
struct Got {
    index: u64,
    timestamp: Timestamp,
    orig_len: u32,
    data: Vec<u8>,
}

fn read_all(bytes: &[u8]) -> Result<(Resolution, Vec<Got>), CaptureError> {
    let mut reader = CaptureReader::from_bytes(bytes, "test.cap")?;
    let mut records = Vec::new();
    while let Some(r) = reader.next_record()? {
        records.push(Got {
            index: r.index,
            timestamp: r.timestamp,
            orig_len: r.orig_len,
            data: r.data.to_vec(),
        });
    }
    Ok((reader.resolution(), records))
}

fn read_err(bytes: &[u8]) -> CaptureError {
    match read_all(bytes) {
        Ok((_, records)) => panic!("read {} records from a bad capture", records.len()),
        Err(e) => e,
    }
}

#[test]
fn classic_pcap_in_both_byte_orders_and_resolutions_keeps_its_fields() {
    let frame: Vec<u8> = (0u8..60).collect();
    for big in [false, true] {
        for nano in [false, true] {
            let frac = if nano { 999_999_999 } else { 999_999 };
            let file = classic(
                big,
                nano,
                1,
                &[
                    (1_700_000_000, frac, &frame, 60),
                    (5, 7, &frame[..20], 60),
                    (6, 0, &[], 0),
                ],
            );
            let (resolution, records) = read_all(&file).expect("readable");
            assert_eq!(
                resolution,
                if nano {
                    Resolution::Nano
                } else {
                    Resolution::Micro
                }
            );
            assert_eq!(records.len(), 3);
            assert_eq!(
                records[0].timestamp,
                Timestamp {
                    secs: 1_700_000_000,
                    frac
                }
            );
            assert_eq!(records[0].data, frame);
            assert_eq!(
                (records[1].index, records[1].orig_len, records[1].data.len()),
                (2, 60, 20)
            );
            assert_eq!((records[2].orig_len, records[2].data.len()), (0, 0));
        }
    }
}

#[test]
fn truncated_records_are_records_and_flagged() {
    let file = classic(
        false,
        false,
        1,
        &[(0, 0, &[1, 2, 3], 1514), (0, 0, &[1, 2, 3], 3)],
    );
    let mut reader = CaptureReader::from_bytes(&file, "t.pcap").expect("open");
    assert!(reader
        .next_record()
        .expect("ok")
        .expect("record")
        .is_truncated());
    assert!(!reader
        .next_record()
        .expect("ok")
        .expect("record")
        .is_truncated());
    assert!(reader.next_record().expect("ok").is_none());
}

#[test]
fn records_longer_than_the_read_buffer_are_read_whole() {
    let big: Vec<u8> = (0..3 * CHUNK + 17).map(|i| i as u8).collect();
    let file = classic(
        false,
        true,
        1,
        &[
            (1, 2, &[9; 64], 64),
            (3, 4, &big, big.len() as u32),
            (5, 6, &[7; 60], 60),
        ],
    );
    let (_, records) = read_all(&file).expect("readable");
    assert_eq!(records.len(), 3);
    assert_eq!(records[1].data, big);
    assert_eq!(records[2].data, vec![7; 60]);
}

#[test]
fn a_classic_pcap_of_another_link_type_names_it() {
    let e = read_err(&classic(false, false, 105, &[]));
    assert_eq!(e.to_string(), "test.cap: link type 105 (IEEE802_11) is not supported (dxedge reads Ethernet (1); Linux cooked SLL (113) and SLL2 (276) and raw IP (101, 228) with --ingress-vlan)");
    let e = read_err(&classic(true, false, 4242, &[]));
    assert!(
        e.message().contains("link type 4242 is not supported"),
        "{e}"
    );
}

#[test]
fn a_file_cut_inside_a_record_names_the_packet() {
    let mut file = classic(
        false,
        false,
        1,
        &[(0, 0, &[1; 60], 60), (0, 0, &[2; 60], 60)],
    );
    file.truncate(file.len() - 10);
    let e = read_err(&file);
    assert_eq!(e.packet(), Some(2));
    assert_eq!(e.offset(), Some(24 + 76));
    assert!(
        e.message()
            .contains("says 60 captured bytes, the file holds 50"),
        "{e}"
    );
    assert!(
        e.to_string()
            .starts_with("test.cap: packet 2 (at byte 100): "),
        "{e}"
    );

    let mut header_cut = classic(true, false, 1, &[(0, 0, &[1; 60], 60)]);
    header_cut.extend_from_slice(&[0; 7]);
    let e = read_err(&header_cut);
    assert_eq!(e.packet(), Some(2));
    assert!(
        e.message()
            .contains("inside a record header (7 of 16 bytes)"),
        "{e}"
    );
}

#[test]
fn files_that_are_no_capture_say_so() {
    assert!(read_err(b"").message().contains("too short"));
    assert!(read_err(b"GIF89a......................")
        .message()
        .contains("starts with 0x47494638"));
    assert!(read_err(&classic(false, false, 1, &[])[..20])
        .message()
        .contains("24-byte pcap file header"));
    let mut kuznetzov = classic(false, false, 1, &[]);
    kuznetzov[..4].copy_from_slice(&0xa1b2cd34u32.to_le_bytes());
    assert!(read_err(&kuznetzov).message().contains("Kuznetzov"));
    let e = CaptureReader::open(Path::new("/nonexistent/x.pcap")).expect_err("no file");
    assert!(
        e.to_string()
            .starts_with("/nonexistent/x.pcap: cannot open the capture"),
        "{e}"
    );
}

#[test]
fn pcapng_with_interfaces_of_different_resolutions_is_read_in_nanoseconds() {
    for big in [false, true] {
        let mut ng = Ng::new(big);
        ng.interface(1, None, None); // microseconds by default
        ng.interface(1, Some(9), None);
        ng.interface(1, Some(0x80 | 20), Some(100)); // 2^-20 s, +100 s
        ng.name_resolution();
        ng.epb(0, 1_700_000_000_123_456, &[1; 60], 60);
        ng.epb(1, 1_700_000_000_123_456_789, &[2; 61], 64);
        ng.epb(2, (5 << 20) | (1 << 19), &[3; 62], 62); // 5.5 s + 100 s
        ng.spb(&[4; 63]);
        let (resolution, records) = read_all(&ng.bytes).expect("readable");
        assert_eq!(resolution, Resolution::Nano);
        let got: Vec<_> = records
            .iter()
            .map(|r| (r.index, r.timestamp, r.orig_len, r.data.len()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    1,
                    Timestamp {
                        secs: 1_700_000_000,
                        frac: 123_456_000
                    },
                    60,
                    60
                ),
                (
                    2,
                    Timestamp {
                        secs: 1_700_000_000,
                        frac: 123_456_789
                    },
                    64,
                    61
                ),
                (
                    3,
                    Timestamp {
                        secs: 105,
                        frac: 500_000_000
                    },
                    62,
                    62
                ),
                (4, Timestamp { secs: 0, frac: 0 }, 63, 63),
            ]
        );
        assert_eq!(records[3].data, vec![4; 63]);
    }
}

#[test]
fn pcapng_whose_interfaces_are_all_microseconds_or_coarser_is_read_in_microseconds() {
    let mut ng = Ng::new(false);
    ng.interface(1, Some(6), None);
    ng.interface(1, Some(3), None);
    ng.epb(0, 1_000_000_000_000_001, &[1; 60], 60);
    ng.epb(1, 1_000_000_000_001, &[1; 60], 60);
    let (resolution, records) = read_all(&ng.bytes).expect("readable");
    assert_eq!(resolution, Resolution::Micro);
    assert_eq!(
        records[0].timestamp,
        Timestamp {
            secs: 1_000_000_000,
            frac: 1
        }
    );
    assert_eq!(
        records[1].timestamp,
        Timestamp {
            secs: 1_000_000_000,
            frac: 1_000
        }
    );
}

#[test]
fn an_interface_described_after_the_first_packet_still_decides_the_resolution() {
    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    ng.epb(0, 1, &[1; 60], 60);
    ng.interface(1, Some(9), None);
    ng.epb(1, 1, &[1; 60], 60);
    let (resolution, records) = read_all(&ng.bytes).expect("readable");
    assert_eq!(resolution, Resolution::Nano);
    assert_eq!(
        records[0].timestamp,
        Timestamp {
            secs: 0,
            frac: 1_000
        }
    );
    assert_eq!(records[1].timestamp, Timestamp { secs: 0, frac: 1 });
}

#[test]
fn a_second_section_restarts_interfaces_and_may_change_byte_order() {
    let mut ng = Ng::new(false);
    ng.interface(1, Some(9), None);
    ng.epb(0, 7, &[1; 60], 60);
    ng.section(true);
    ng.interface(1, Some(9), None);
    ng.epb(0, 8, &[2; 60], 60);
    let (_, records) = read_all(&ng.bytes).expect("readable");
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].timestamp.frac, 8);
    assert_eq!(records[1].data, vec![2; 60]);

    // Interface 1 of the first section does not exist in the second.
    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    ng.interface(1, None, None);
    ng.section(false);
    ng.interface(1, None, None);
    ng.epb(1, 0, &[1; 60], 60);
    let e = read_err(&ng.bytes);
    assert_eq!(e.packet(), Some(1));
    assert!(
        e.message()
            .contains("interface 1, but the section describes 1 interface(s)"),
        "{e}"
    );
}

#[test]
fn pcapng_with_a_non_ethernet_interface_names_the_link_type() {
    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    ng.interface(105, None, None);
    let e = read_err(&ng.bytes);
    assert!(
        e.message()
            .starts_with("interface 1 has link type 105 (IEEE802_11), which is not supported"),
        "{e}"
    );
}

#[test]
fn pcapng_cut_short_or_lying_about_lengths_is_an_error_with_a_place() {
    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    ng.epb(0, 0, &[1; 60], 60);
    let whole = ng.bytes.clone();
    let mut cut = whole.clone();
    cut.truncate(whole.len() - 5);
    let e = read_err(&cut);
    assert_eq!(e.packet(), Some(1));
    assert!(
        e.message()
            .contains("the file ends inside a block of type 0x00000006"),
        "{e}"
    );

    // Captured length beyond the block.
    let mut lying = whole.clone();
    let epb_at = whole.len() - (12 + 20 + 60 + 12);
    lying[epb_at + 8 + 12..epb_at + 8 + 16].copy_from_slice(&500u32.to_le_bytes());
    let e = read_err(&lying);
    assert!(e.message().contains("500 captured bytes"), "{e}");

    // A block length that is not a multiple of 4.
    let mut odd = whole;
    odd[epb_at + 4..epb_at + 8].copy_from_slice(&13u32.to_le_bytes());
    let e = read_err(&odd);
    assert!(e.message().contains("invalid length 13"), "{e}");
}

#[test]
fn timestamps_beyond_classic_pcap_are_refused() {
    let mut ng = Ng::new(false);
    ng.interface(1, Some(0), None); // seconds
    ng.epb(0, 1 << 33, &[1; 60], 60);
    let e = read_err(&ng.bytes);
    assert!(e.message().contains("1970 to 2106"), "{e}");
}

#[test]
fn timestamp_conversion_covers_decimal_binary_and_extreme_resolutions() {
    let iface = |tsresol| Interface {
        link: LinkType::Ethernet,
        tsresol,
        tsoffset: 0,
        snaplen: 0,
    };
    assert_eq!(
        iface(9).convert(1_500_000_001, Resolution::Nano),
        Some((1, 500_000_001))
    );
    assert_eq!(
        iface(9).convert(1_500_000_001, Resolution::Micro),
        Some((1, 500_000))
    );
    assert_eq!(
        iface(12).convert(2_000_000_000_001, Resolution::Nano),
        Some((2, 0))
    );
    assert_eq!(
        iface(0x80 | 30).convert(3 << 30 | 1 << 29, Resolution::Nano),
        Some((3, 500_000_000))
    );
    assert_eq!(
        iface(0x80 | 127).convert(u64::MAX, Resolution::Nano),
        Some((0, 0))
    );
    assert_eq!(iface(127).convert(u64::MAX, Resolution::Nano), Some((0, 0)));
    assert_eq!(
        iface(0).convert(u64::MAX, Resolution::Nano),
        Some((i128::from(u64::MAX), 0))
    );
    let offset = Interface {
        link: LinkType::Ethernet,
        tsresol: 6,
        tsoffset: -10,
        snaplen: 0,
    };
    assert_eq!(offset.convert(11_000_000, Resolution::Micro), Some((1, 0)));
}

#[test]
fn gzip_compressed_captures_are_read_through_a_decompressor() {
    use std::io::Write as _;
    let plain = classic(true, true, 1, &[(1, 2, &[5; 60], 60), (3, 4, &[6; 70], 70)]);
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&plain).expect("compress");
    let gz = encoder.finish().expect("compress");
    let (resolution, records) = read_all(&gz).expect("readable");
    assert_eq!(resolution, Resolution::Nano);
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].data, vec![6; 70]);

    let dir = std::env::temp_dir().join(format!("dxedge-gz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("c.pcap.gz");
    std::fs::write(&path, &gz).expect("write");
    let mut reader = CaptureReader::open(&path).expect("opens");
    assert_eq!(
        reader.next_record().expect("ok").map(|r| r.timestamp),
        Some(Timestamp { secs: 1, frac: 2 })
    );
    // A broken gzip stream is a read error naming the file.
    std::fs::write(&path, &gz[..gz.len() / 2]).expect("write");
    let e = match CaptureReader::open(&path) {
        Err(e) => e,
        Ok(mut reader) => loop {
            match reader.next_record() {
                Ok(Some(_)) => continue,
                Ok(None) => panic!("a cut gzip stream read to its end"),
                Err(e) => break e,
            }
        },
    };
    assert!(
        e.to_string().starts_with(&path.display().to_string()),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lengths_beyond_the_limit_are_refused_before_they_are_read() {
    let mut file = classic(false, false, 1, &[(0, 0, &[1; 60], 60)]);
    for word in [0u32, 0, u32::MAX, u32::MAX] {
        file.extend_from_slice(&word.to_le_bytes());
    }
    file.extend_from_slice(&[0; 100]);
    let e = read_err(&file);
    assert_eq!(e.packet(), Some(2));
    assert!(
        e.message()
            .contains("4294967295 captured bytes, more than the 16777215"),
        "{e}"
    );

    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    let at = ng.bytes.len();
    ng.epb(0, 0, &[1; 60], 60);
    ng.bytes[at + 4..at + 8].copy_from_slice(&0x7fff_fff0u32.to_le_bytes());
    let e = read_err(&ng.bytes);
    assert!(
        e.message()
            .contains("says 2147483632 bytes, more than the 17825791"),
        "{e}"
    );
}

/// The longest frame the pipeline's length field carries is the longest record read, for
/// every engine; one byte more is the capture's error, named by packet, in either format.
#[test]
fn records_up_to_the_longest_frame_are_read_and_longer_ones_refused() {
    let longest = vec![7u8; MAX_FRAME];
    let file = classic(false, false, 1, &[(0, 0, &longest, MAX_FRAME as u32)]);
    let (_, got) = read_all(&file).expect("the longest frame is a record");
    assert_eq!(got[0].data.len(), MAX_FRAME);

    let over = vec![7u8; MAX_FRAME + 1];
    let file = classic(
        false,
        false,
        1,
        &[(0, 0, &[1; 60], 60), (0, 0, &over, MAX_FRAME as u32 + 1)],
    );
    let e = read_err(&file);
    assert_eq!(e.packet(), Some(2), "{e}");
    assert!(e.message().contains("16777216 captured bytes"), "{e}");
    assert!(e.to_string().starts_with("test.cap: packet 2"), "{e}");

    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    ng.epb(0, 0, &longest, MAX_FRAME as u32);
    ng.epb(0, 0, &over, MAX_FRAME as u32 + 1);
    let e = read_err(&ng.bytes);
    assert_eq!(e.packet(), Some(2), "{e}");
    assert!(e.message().contains("16777216 captured bytes"), "{e}");
}

/// A record header cut short quotes no length from it: its bytes are not all there.
#[test]
fn a_record_header_cut_short_says_so_and_quotes_no_length() {
    let mut file = classic(false, false, 1, &[(0, 0, &[1; 60], 60)]);
    file.extend_from_slice(&[1; 12]);
    let e = read_err(&file);
    assert_eq!(e.packet(), Some(2));
    assert!(
        e.message()
            .contains("the file ends inside a record header (12 of 16 bytes)"),
        "{e}"
    );
    assert!(!e.message().contains("16843009"), "{e}");
}

#[test]
fn option_lists_without_an_end_of_options_are_read() {
    // Both the section header's and the interface's options end with the block, as some
    // writers leave them (the pcapng draft allows it; pcap-file 2.0 does not).
    let mut ng = Ng {
        big: false,
        bytes: Vec::new(),
    };
    let mut shb = Vec::new();
    shb.extend_from_slice(&0x1a2b3c4du32.to_le_bytes());
    shb.extend_from_slice(&[1, 0, 0, 0]);
    shb.extend_from_slice(&[0xff; 8]);
    shb.extend_from_slice(&4u16.to_le_bytes()); // shb_userappl
    shb.extend_from_slice(&6u16.to_le_bytes());
    shb.extend_from_slice(b"lspgen\0\0");
    ng.block(0x0a0d0d0a, &shb);
    let mut idb = Vec::new();
    idb.extend_from_slice(&1u16.to_le_bytes());
    idb.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    idb.extend_from_slice(&9u16.to_le_bytes()); // if_tsresol: nanoseconds
    idb.extend_from_slice(&1u16.to_le_bytes());
    idb.extend_from_slice(&[9, 0, 0, 0]);
    ng.block(1, &idb);
    ng.epb(0, 1_000_000_007, &[1; 60], 60);
    let (resolution, records) = read_all(&ng.bytes).expect("readable");
    assert_eq!(resolution, Resolution::Nano);
    assert_eq!(records[0].timestamp, Timestamp { secs: 1, frac: 7 });
}

#[test]
fn pcapng_blocks_must_agree_on_their_length_and_version() {
    let mut ng = Ng::new(false);
    ng.interface(1, None, None);
    let last = ng.bytes.len() - 4;
    ng.bytes[last..].copy_from_slice(&24u32.to_le_bytes());
    let e = read_err(&ng.bytes);
    assert!(
        e.message().contains("ends with the length 24, not 20"),
        "{e}"
    );

    let mut ng = Ng::new(true);
    ng.bytes[12..14].copy_from_slice(&2u16.to_be_bytes());
    let e = read_err(&ng.bytes);
    assert!(
        e.message().contains("pcapng version 2.0 is not supported"),
        "{e}"
    );

    let mut ng = Ng::new(false);
    let mut idb = vec![1, 0, 0, 0, 0, 0, 0, 0];
    idb.extend_from_slice(&2u16.to_le_bytes());
    idb.extend_from_slice(&40u16.to_le_bytes()); // if_name of 40 bytes in a block of 4
    idb.extend_from_slice(b"eth0");
    ng.block(1, &idb);
    let e = read_err(&ng.bytes);
    assert!(
        e.message()
            .contains("interface 0: option 2 runs past the end of its block"),
        "{e}"
    );
}

/// Every place a reader may stand between records of `bytes` (written to a file), with the
/// records after it: a reader opened at each reads exactly the rest of the file, numbered,
/// stamped and linked as the whole file's reader has them.
fn reopened_everywhere(bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("c.cap");
    std::fs::write(&path, bytes).expect("write");
    let mut whole = CaptureReader::open(&path).expect("readable");
    let resolution = whole.resolution();
    let mut checkpoints = vec![whole.checkpoint()];
    let mut records = Vec::new();
    while let Some(r) = whole.next_record().expect("record") {
        records.push((r.index, r.timestamp, r.orig_len, r.data.to_vec(), r.link));
        checkpoints.push(whole.checkpoint());
    }
    assert_eq!(whole.resolution_so_far(), resolution);
    assert!(records.len() >= 3, "a capture worth splitting");
    for (k, at) in checkpoints.iter().enumerate() {
        assert_eq!(at.records_before(), k as u64);
        let mut reader = CaptureReader::open_at(&path, at, resolution).expect("reopened");
        assert_eq!(reader.progress(), (at.offset(), bytes.len() as u64));
        let mut rest = Vec::new();
        while let Some(r) = reader.next_record().expect("record") {
            rest.push((r.index, r.timestamp, r.orig_len, r.data.to_vec(), r.link));
        }
        assert_eq!(
            rest,
            records[k..],
            "from checkpoint {k} at byte {}",
            at.offset()
        );
    }
}

#[test]
fn a_reader_opened_at_a_checkpoint_reads_on_as_the_whole_file_does() {
    for (big, nano) in [(false, false), (true, true)] {
        let data: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i; 60 + usize::from(i)]).collect();
        let records: Vec<(u32, u32, &[u8], u32)> = data
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    i as u32,
                    7,
                    d.as_slice(),
                    d.len() as u32 + (i as u32 % 2) * 9,
                )
            })
            .collect();
        reopened_everywhere(&classic(big, nano, 1, &records));
    }
    // Sections in both byte orders, interfaces of several resolutions (one described after
    // a packet), a simple packet block, a block that is no packet between packets.
    let mut ng = Ng::new(false);
    ng.interface(1, Some(6), None);
    ng.epb(0, 1_000_001, &[1; 60], 60);
    ng.interface(1, Some(9), Some(5));
    ng.epb(1, 2_000_000_002, &[2; 61], 80);
    ng.name_resolution();
    ng.spb(&[3; 64]);
    ng.section(true);
    ng.interface(113, Some(3), None);
    ng.interface(1, None, None);
    ng.epb(1, 42, &[4; 62], 62);
    ng.epb(0, 43, &[5; 70], 70);
    ng.section(false);
    ng.interface(1, Some(0x86), None);
    ng.epb(0, 44, &[6; 60], 60);
    reopened_everywhere(&ng.bytes);
}

/// The records of a reader, as owned values.
fn records_of(reader: &mut CaptureReader) -> Vec<Got> {
    let mut records = Vec::new();
    while let Some(r) = reader.next_record().expect("readable") {
        records.push(Got {
            index: r.index,
            timestamp: r.timestamp,
            orig_len: r.orig_len,
            data: r.data.to_vec(),
        });
    }
    records
}

/// A capture file read through its memory map, long enough that the reader gives the part it
/// has read back to the kernel several times over, yields exactly what the same bytes read
/// from memory do; and so does a second reader that goes on from a checkpoint in the middle.
#[test]
fn a_mapped_capture_reads_as_its_bytes_do_across_released_parts_and_from_a_checkpoint() {
    let payloads: Vec<Vec<u8>> = (0..40_000u32)
        .map(|i| {
            let len = 60 + (i as usize * 131) % 900;
            (0..len).map(|j| (i as usize * 7 + j) as u8).collect()
        })
        .collect();
    let records: Vec<(u32, u32, &[u8], u32)> = payloads
        .iter()
        .enumerate()
        .map(|(i, p)| (i as u32, 1000 * i as u32, p.as_slice(), p.len() as u32 + 4))
        .collect();
    let bytes = classic(false, true, 1, &records);
    assert!(bytes.len() > 16 << 20, "{} bytes", bytes.len());
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("big.pcap");
    std::fs::write(&path, &bytes).expect("write the capture");

    let (_, want) = read_all(&bytes).expect("readable from memory");
    let mut mapped = CaptureReader::open(&path).expect("open");
    assert!(mapped.input.is_mapped(), "a regular file is mapped");
    let got = records_of(&mut mapped);
    assert_eq!(got.len(), want.len());
    assert!(got == want, "the mapped reader's records differ");

    // A checkpoint half way, then a reader from it
    let mut first = CaptureReader::open(&path).expect("open");
    for _ in 0..want.len() / 2 {
        first.next_record().expect("readable").expect("a record");
    }
    let at = first.checkpoint();
    let mut rest = CaptureReader::open_at(&path, &at, first.resolution()).expect("open at");
    assert!(
        records_of(&mut rest) == want[want.len() / 2..],
        "records from the checkpoint"
    );
}

/// Skipping a record (the split's scan) leaves a reader where reading it does, record for
/// record, in both formats and both byte orders, and meets a bad record with the same error.
#[test]
fn skipping_records_stands_where_reading_them_does_and_fails_alike() {
    let data: Vec<Vec<u8>> = (0..6u8).map(|i| vec![i; 60 + 7 * usize::from(i)]).collect();
    let records: Vec<(u32, u32, &[u8], u32)> = data
        .iter()
        .enumerate()
        .map(|(i, d)| (i as u32, 3, d.as_slice(), d.len() as u32 + 4))
        .collect();
    let mut ng = Ng::new(true);
    ng.interface(1, Some(9), None);
    for d in &data {
        ng.epb(0, 5, d, d.len() as u32);
    }
    let mut over_long = classic(false, false, 1, &records);
    over_long.extend_from_slice(&[0; 8]);
    over_long.extend_from_slice(&(MAX_FRAME as u32 + 1).to_le_bytes());
    over_long.extend_from_slice(&[0; 40]);
    let mut cut = classic(true, true, 1, &records);
    cut.truncate(cut.len() - 5);
    let files = [
        classic(false, false, 1, &records),
        classic(true, true, 1, &records),
        ng.bytes,
        over_long,
        cut,
    ];
    for (n, bytes) in files.iter().enumerate() {
        let mut read = CaptureReader::from_bytes(bytes, "test.cap").expect("a capture");
        let mut skipped = CaptureReader::from_bytes(bytes, "test.cap").expect("a capture");
        loop {
            let by_reading = read.next_record().map(|r| r.is_some());
            let by_skipping = skipped.skip_record();
            match (by_reading, by_skipping) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a, b, "file {n}: whether a record came");
                    assert_eq!(skipped.checkpoint(), read.checkpoint(), "file {n}");
                    assert_eq!(skipped.packets(), read.packets(), "file {n}");
                    if !a {
                        break;
                    }
                }
                (Err(a), Err(b)) => {
                    assert_eq!(a.to_string(), b.to_string(), "file {n}");
                    assert!(n >= 3, "file {n} is a good capture: {a}");
                    break;
                }
                (a, b) => panic!("file {n}: reading gave {a:?}, skipping {b:?}"),
            }
        }
    }
}
