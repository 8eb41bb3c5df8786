//! The capture's bytes, front to back: a regular file mapped into memory, or anything else
//! (pipes, FIFOs, standard input, a gzip stream) read in chunks, never seeking.
//!
//! A mapped file is read where the page cache holds it, with no copy into a buffer of ours:
//! at 100G, copying the capture was a tenth of a replay's reading and writing. Either way
//! the readers see the same thing: the unconsumed bytes, from a file offset.

use std::io::{self, Read};
use std::ops::Deref;

use memmap2::Mmap;

/// The bytes the readers look at.
pub(super) enum Bytes {
    /// Read in chunks into a buffer that grows to hold the longest record.
    Read(Vec<u8>),
    /// The whole file.
    Mapped(Mmap),
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Read(buf) => buf,
            Bytes::Mapped(map) => map,
        }
    }
}

/// The file, and where its readers stand in it.
pub(super) struct Input {
    reader: Box<dyn Read>,
    /// The readers find records at offsets into `buf` (from `start`, the first unconsumed
    /// byte) and hand out slices of it.
    pub(super) buf: Bytes,
    /// Unconsumed bytes are `buf[start..end]`.
    pub(super) start: usize,
    end: usize,
    /// File offset of `buf[0]`.
    base: u64,
    eof: bool,
    /// A mapped file: where the part read and given back to the kernel ends.
    released: usize,
}

/// How far a mapped file is read past the part given back before the next is given back:
/// this bounds the capture's share of the replay's resident memory.
const RELEASE_EVERY: usize = 4 << 20;

pub(super) const CHUNK: usize = 1 << 20;

impl Input {
    pub(super) fn new(reader: Box<dyn Read>) -> Input {
        Input {
            reader,
            buf: Bytes::Read(vec![0; CHUNK]),
            start: 0,
            end: 0,
            base: 0,
            eof: false,
            released: 0,
        }
    }

    /// The whole of a mapped file, its first unconsumed byte at offset `from`.
    pub(super) fn mapped(map: Mmap, from: u64) -> Input {
        let end = map.len();
        Input {
            reader: Box::new(io::empty()),
            start: usize::try_from(from).unwrap_or(usize::MAX).min(end),
            end,
            buf: Bytes::Mapped(map),
            base: 0,
            // Nothing more to read: every byte is there.
            eof: true,
            released: 0,
        }
    }

    /// Start over from `reader`, whose next byte is at file offset `base` (a reader opened at a
    /// [`Checkpoint`]).
    pub(super) fn restart(&mut self, reader: Box<dyn Read>, base: u64) {
        self.reader = reader;
        self.start = 0;
        self.end = 0;
        self.base = base;
        self.eof = false;
    }

    /// Go on from file offset `offset` of a mapped file (`false`: not mapped; see
    /// [`Input::restart`]).
    pub(super) fn jump(&mut self, offset: u64) -> bool {
        if !matches!(self.buf, Bytes::Mapped(_)) {
            return false;
        }
        self.start = usize::try_from(offset).unwrap_or(usize::MAX).min(self.end);
        // This reader has not touched what lies before: nothing there to give back.
        self.released = self.start & !0xffff;
        true
    }

    /// Whether the file is read through a map (the tests ask).
    #[cfg(test)]
    pub(super) fn is_mapped(&self) -> bool {
        matches!(self.buf, Bytes::Mapped(_))
    }

    pub(super) fn available(&self) -> &[u8] {
        self.buf.get(self.start..self.end).unwrap_or_default()
    }

    /// File offset of the first unconsumed byte.
    pub(super) fn position(&self) -> u64 {
        self.base + self.start as u64
    }

    pub(super) fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.end);
        if let Bytes::Mapped(map) = &self.buf {
            if self.start - self.released.min(self.start) >= RELEASE_EVERY {
                // Up to a 64 KiB boundary (a page, whatever the page size) below `start`.
                let upto = self.start & !0xffff;
                if upto > self.released {
                    crate::sys::release_mapped(map, self.released, upto - self.released);
                    self.released = upto;
                }
            }
        }
    }

    /// Read more bytes after the unconsumed ones; `false` at the end of the file.
    pub(super) fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        let Bytes::Read(buf) = &mut self.buf else {
            return Ok(false);
        };
        if self.start > 0 {
            buf.copy_within(self.start..self.end, 0);
            self.base += self.start as u64;
            self.end -= self.start;
            self.start = 0;
        }
        if buf.len() - self.end < CHUNK / 2 {
            // A record longer than the buffer: grow it (only as far as the file has data,
            // since it fills from the file before it grows again).
            buf.resize(buf.len() + CHUNK, 0);
        }
        loop {
            let free = buf.get_mut(self.end..).unwrap_or_default();
            match self.reader.read(free) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Make sure at least `n` unconsumed bytes are buffered; `false` if the file ends first.
    pub(super) fn ensure(&mut self, n: usize) -> io::Result<bool> {
        while self.end - self.start < n {
            if !self.fill()? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Read until `buf` is full or the stream ends; the bytes read.
pub(super) fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match reader.read(buf.get_mut(got..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
