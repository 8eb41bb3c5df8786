//! The only `unsafe` code of the host crate: 32-bit volatile accesses into a shared,
//! read/write memory mapping of a file (a PCIe BAR's sysfs `resourceN`, or any file in tests).
//!
//! Contract: [`BarMapping::map`] maps the first `len` bytes of a file opened for reading and
//! writing (`MAP_SHARED`, through memmap2's [`MmapRaw`], which never hands out references to
//! the mapped memory, only raw pointers). [`BarMapping::read32`] and [`BarMapping::write32`]
//! check their offset themselves (4-byte aligned, the whole word inside the mapping) and
//! answer `None` otherwise, so no caller can make them touch memory outside the mapping.
//! Words are little-endian, as a PCIe BAR is.
#![allow(unsafe_code)]

use std::fmt;
use std::fs::File;
use std::io;

use memmap2::{MmapOptions, MmapRaw};

/// A mapping of the first `len` bytes of a file.
pub(super) struct BarMapping {
    map: MmapRaw,
}

impl fmt::Debug for BarMapping {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BarMapping")
            .field("ptr", &self.map.as_ptr())
            .field("len", &self.map.len())
            .finish()
    }
}

impl BarMapping {
    /// Map `len` bytes of `file` shared, for reading and writing. The caller has checked
    /// that the file is at least `len` bytes long.
    pub(super) fn map(file: &File, len: usize) -> io::Result<BarMapping> {
        let map = MmapOptions::new().len(len).map_raw(file)?;
        Ok(BarMapping { map })
    }

    /// Bytes mapped.
    pub(super) fn len(&self) -> usize {
        self.map.len()
    }

    /// The address of the word at `offset`, if that word is aligned and inside the mapping.
    fn word(&self, offset: usize) -> Option<*mut u32> {
        let end = offset.checked_add(4)?;
        if offset % 4 != 0 || end > self.map.len() {
            return None;
        }
        // `wrapping_add` needs no unsafe; the check above keeps the result inside the mapping.
        Some(self.map.as_mut_ptr().wrapping_add(offset).cast::<u32>())
    }

    /// One 32-bit read at byte `offset`.
    pub(super) fn read32(&self, offset: usize) -> Option<u32> {
        let word = self.word(offset)?;
        // SAFETY: `word` points at 4 bytes inside the live mapping (checked by `word`, and the
        // mapping lives as long as `self`), aligned to 4 (mmap returns a page-aligned base and
        // the offset is a multiple of 4). No Rust reference to the mapped memory exists
        // (MmapRaw gives out raw pointers only), so a device or another process changing it
        // breaks no aliasing rule; a volatile access is how Rust reads memory that changes
        // under it, and it compiles to one 32-bit load, which is what a register needs (a
        // split or merged access would be a different bus transaction). The one hazard left is
        // SIGBUS if the file is truncated under the mapping: a sysfs resource file cannot be,
        // and the test files are the test's own; it is a signal, not memory corruption.
        let raw = unsafe { word.read_volatile() };
        Some(u32::from_le(raw))
    }

    /// One 32-bit write at byte `offset`.
    pub(super) fn write32(&mut self, offset: usize, value: u32) -> Option<()> {
        let word = self.word(offset)?;
        // SAFETY: as in `read32`: in bounds, aligned, no references to the memory exist; the
        // mapping is writable (PROT_WRITE, MAP_SHARED, the file opened read-write) and `&mut
        // self` keeps this process's accesses through this mapping one at a time. One volatile
        // store is one 32-bit write on the bus: never merged, split, repeated or dropped.
        unsafe { word.write_volatile(value.to_le()) };
        Some(())
    }
}

/// A read-only mapping of a file, for looking at a BAR before anything is written to it
/// (the block header decides whether it is ours to touch). It has no write: a store through
/// a read-only mapping would fault.
pub(super) struct ReadOnlyMapping {
    map: MmapRaw,
}

impl ReadOnlyMapping {
    /// Map `len` bytes of `file` shared, for reading only. The caller has checked that the
    /// file is at least `len` bytes long.
    pub(super) fn map(file: &File, len: usize) -> io::Result<ReadOnlyMapping> {
        let map = MmapOptions::new().len(len).map_raw_read_only(file)?;
        Ok(ReadOnlyMapping { map })
    }

    /// One 32-bit read at byte `offset`, if the word is aligned and inside the mapping.
    pub(super) fn read32(&self, offset: usize) -> Option<u32> {
        let end = offset.checked_add(4)?;
        if offset % 4 != 0 || end > self.map.len() {
            return None;
        }
        let word = self.map.as_ptr().wrapping_add(offset).cast::<u32>();
        // SAFETY: as in `BarMapping::read32`: 4 bytes inside the live mapping (checked
        // above), aligned, no references to the mapped memory exist; a load from a
        // PROT_READ mapping is allowed.
        let raw = unsafe { word.read_volatile() };
        Some(u32::from_le(raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, SeekFrom, Write};

    #[test]
    fn words_are_little_endian_and_bounds_are_checked_here_too() {
        let mut file = tempfile::tempfile().expect("temp file");
        file.write_all(&[0u8; 64]).expect("fill");
        let mut m = BarMapping::map(&file, 64).expect("map");
        assert_eq!(m.len(), 64);
        assert_eq!(m.write32(8, 0x1122_3344), Some(()));
        assert_eq!(m.read32(8), Some(0x1122_3344));
        let mut bytes = [0u8; 64];
        file.seek(SeekFrom::Start(0)).expect("seek");
        file.read_exact(&mut bytes).expect("read back");
        assert_eq!(bytes[8..12], [0x44, 0x33, 0x22, 0x11]);
        assert!(bytes[..8].iter().chain(&bytes[12..]).all(|b| *b == 0));
        assert_eq!(m.read32(60), Some(0));
        assert_eq!(m.read32(64), None);
        assert_eq!(m.read32(2), None);
        assert_eq!(m.write32(62, 1), None);
        assert_eq!(m.read32(usize::MAX - 1), None);
    }
}
