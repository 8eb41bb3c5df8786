//! The register bus: 32-bit reads and writes at byte offsets into the block.
//!
//! Backends: the Verilator model (`dxedge-sim`), the register fake ([`crate::fake`]), a
//! PCIe BAR and the socket of a running `dxedge serve` ([`crate::socket`]). The driver is
//! generic over this trait, so the code that programs a simulated device is the code that
//! programs a board. Wrappers (a recorder, a tracer) are
//! `RegisterBus`es around another `RegisterBus`.

use thiserror::Error;

/// Errors a backend reports. Offsets are byte offsets into the block.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum BusError {
    #[error("register offset 0x{offset:x} is not 32-bit aligned")]
    Unaligned { offset: u32 },
    #[error("register offset 0x{offset:x} is outside the {span}-byte window")]
    OutOfRange { offset: u32, span: u32 },
    #[error("read of offset 0x{offset:x} got no answer within {cycles} clock cycles")]
    ReadTimeout { offset: u32, cycles: u64 },
    #[error("{0}")]
    Backend(String),
}

/// 32-bit register access.
pub trait RegisterBus {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError>;
    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError>;
}

impl<B: RegisterBus + ?Sized> RegisterBus for &mut B {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        (**self).read32(offset)
    }
    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        (**self).write32(offset, value)
    }
}

impl<B: RegisterBus + ?Sized> RegisterBus for Box<B> {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        (**self).read32(offset)
    }
    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        (**self).write32(offset, value)
    }
}

/// Check an offset against a window of `span` bytes, for backends.
pub fn check_offset(offset: u32, span: u32) -> Result<(), BusError> {
    if offset % 4 != 0 {
        return Err(BusError::Unaligned { offset });
    }
    if offset >= span {
        return Err(BusError::OutOfRange { offset, span });
    }
    Ok(())
}

/// One access seen on a bus, for [`Recorder`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read { offset: u32, value: u32 },
    Write { offset: u32, value: u32 },
}

/// A bus that records every access made through it to the bus it wraps.
#[derive(Debug)]
pub struct Recorder<B> {
    pub inner: B,
    pub log: Vec<Access>,
}

impl<B> Recorder<B> {
    pub fn new(inner: B) -> Self {
        Recorder {
            inner,
            log: Vec::new(),
        }
    }

    /// The writes, in order.
    pub fn writes(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.log.iter().filter_map(|a| match *a {
            Access::Write { offset, value } => Some((offset, value)),
            Access::Read { .. } => None,
        })
    }
}

impl<B: RegisterBus> RegisterBus for Recorder<B> {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        let value = self.inner.read32(offset)?;
        self.log.push(Access::Read { offset, value });
        Ok(value)
    }
    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        self.inner.write32(offset, value)?;
        self.log.push(Access::Write { offset, value });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_checked_for_alignment_and_range() {
        assert_eq!(check_offset(0, 16), Ok(()));
        assert_eq!(check_offset(12, 16), Ok(()));
        assert_eq!(check_offset(2, 16), Err(BusError::Unaligned { offset: 2 }));
        assert_eq!(
            check_offset(16, 16),
            Err(BusError::OutOfRange {
                offset: 16,
                span: 16
            })
        );
    }
}
