//! The reader's one error type: the file and the place at fault, then the message.

use std::fmt;
use std::path::Path;

use dxedge_host::text::shown_path;

/// Why a capture cannot be read. `Display` is one line naming the file and the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaptureError {
    pub(super) file: String,
    /// 1-based packet index, when the fault is in (or just after) a packet record.
    pub(super) packet: Option<u64>,
    /// Byte offset in the file of the record or block at fault.
    pub(super) offset: Option<u64>,
    pub(super) message: String,
}

impl CaptureError {
    /// An error about the file `path` as a whole.
    pub fn of_file(path: &Path, message: String) -> CaptureError {
        CaptureError {
            file: shown_path(path),
            packet: None,
            offset: None,
            message,
        }
    }

    pub fn file(&self) -> &str {
        &self.file
    }
    pub fn packet(&self) -> Option<u64> {
        self.packet
    }
    pub fn offset(&self) -> Option<u64> {
        self.offset
    }
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        match (self.packet, self.offset) {
            (Some(packet), Some(offset)) => write!(f, " packet {packet} (at byte {offset}):")?,
            (Some(packet), None) => write!(f, " packet {packet}:")?,
            (None, Some(offset)) => write!(f, " at byte {offset}:")?,
            (None, None) => {}
        }
        write!(f, " {}", self.message)
    }
}

impl std::error::Error for CaptureError {}
