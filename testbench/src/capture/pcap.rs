//! Classic pcap records, framed by pcap-file's parser (header checks there, the snap
//! length and [`MAX_FRAME`] here).

use pcap_file::{Endianness, PcapError};

use super::{CaptureError, CaptureReader, Found, State, Timestamp, MAX_FRAME};

impl CaptureReader {
    /// The next classic pcap record: (timestamp, orig_len, data offset in the buffer, length,
    /// link type).
    pub(super) fn next_pcap(&mut self) -> Result<Option<Found>, CaptureError> {
        let State::Pcap { parser, link } = &self.state else {
            return Ok(None);
        };
        let link = *link;
        loop {
            let at = self.input.position();
            let available = self.input.available();
            let have = available.len();
            if have >= 16 {
                if let Some(incl_len) = self.pcap_incl_len() {
                    if incl_len as usize > MAX_FRAME {
                        return Err(self.error(
                            Some(self.index + 1),
                            at,
                            format!(
                                "the record says {incl_len} captured bytes, more than the {MAX_FRAME} of the longest frame the pipeline takes (its length field is {} bits)",
                                dxedge_host::regmap::ingress::BITS
                            ),
                        ));
                    }
                }
            }
            match parser.next_raw_packet(available) {
                Ok((rest, raw)) => {
                    let record_len = have - rest.len();
                    let data_len = raw.data.len();
                    let timestamp = Timestamp {
                        secs: raw.ts_sec,
                        frac: raw.ts_frac,
                    };
                    let orig_len = raw.orig_len;
                    let data_at = self.input.start + record_len - data_len;
                    self.input.consume(record_len);
                    self.index += 1;
                    return Ok(Some((timestamp, orig_len, data_at, data_len, link)));
                }
                Err(PcapError::IncompleteBuffer) => {
                    let more = self.input.fill().map_err(|e| {
                        self.error(
                            Some(self.index + 1),
                            at,
                            format!("cannot read the capture: {e}"),
                        )
                    })?;
                    if !more {
                        if have == 0 {
                            return Ok(None);
                        }
                        return Err(self.truncated_pcap_record(at));
                    }
                }
                Err(e) => {
                    return Err(self.error(Some(self.index + 1), at, format!("bad record: {e}")));
                }
            }
        }
    }

    /// The captured length in the record header at the read position, if it is buffered.
    pub(super) fn pcap_incl_len(&self) -> Option<u32> {
        let big_endian = matches!(
            &self.state,
            State::Pcap { parser, .. } if parser.header().endianness == Endianness::Big
        );
        match self.input.available().get(8..12)? {
            &[a, b, c, d] => Some(if big_endian {
                u32::from_be_bytes([a, b, c, d])
            } else {
                u32::from_le_bytes([a, b, c, d])
            }),
            _ => None,
        }
    }

    /// The error for a file that ends inside a record, saying how much of it is there.
    fn truncated_pcap_record(&self, at: u64) -> CaptureError {
        let available = self.input.available();
        // The captured length is only worth quoting from a whole record header.
        let message = match self.pcap_incl_len().filter(|_| available.len() >= 16) {
            Some(incl_len) => {
                format!(
                    "the file ends inside the record: its header says {incl_len} captured bytes, the file holds {}",
                    available.len().saturating_sub(16)
                )
            }
            _ => format!(
                "the file ends inside a record header ({} of 16 bytes)",
                available.len()
            ),
        };
        self.error(Some(self.index + 1), at, message)
    }
}
