//! TAP devices: an Ethernet interface whose frames a process reads and writes. `serve`
//! makes its TAPs without `IFF_PERSIST`, so they vanish with the process however it ends
//! (a SIGKILL too), and without `IFF_VNET_HDR`, so the kernel hands over frames with their
//! checksums complete: the offload trap of software switches (ping works, TCP does not)
//! cannot arise.

use std::io::{self, Read, Write};
use std::os::fd::BorrowedFd;

use tun::{AbstractDevice, Configuration, Layer};

/// One TAP, open, non-blocking.
pub struct Tap {
    device: tun::Device,
    name: String,
    scratch: Vec<u8>,
}

impl std::fmt::Debug for Tap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tap").field("name", &self.name).finish()
    }
}

/// Largest frame a TAP hands over: the largest MTU `serve` sets, plus Ethernet and a tag.
pub const MAX_FRAME: usize = 9001 + 4 + 14 + 4;

impl Tap {
    /// Make the TAP `name` in the calling thread's network namespace, with `mtu`, up.
    pub fn create(name: &str, mtu: u16) -> io::Result<Tap> {
        let mut config = Configuration::default();
        config.tun_name(name).layer(Layer::L2).mtu(mtu).up();
        let device = tun::create(&config).map_err(|e| match e {
            tun::Error::Io(io) => io,
            other => io::Error::other(other.to_string()),
        })?;
        device.set_nonblock()?;
        let name = device.tun_name().unwrap_or_else(|_| name.to_string());
        Ok(Tap {
            device,
            name,
            scratch: Vec::with_capacity(MAX_FRAME),
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn fd(&self) -> BorrowedFd<'_> {
        crate::sys::borrow_fd(&self.device)
    }

    /// The next frame, `None` when none is waiting.
    pub fn recv(&mut self, buf: &mut [u8]) -> io::Result<Option<usize>> {
        match self.device.read(buf) {
            Ok(n) => Ok(Some(n)),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Hand a frame to the kernel. A TAP whose link is down (moved into a namespace and not
    /// yet up) refuses frames: they are lost there, as on a cable with nothing at its end.
    pub fn send(&mut self, frame: &[u8]) -> io::Result<()> {
        self.write(frame)
    }

    /// Hand a frame made of `parts` to the kernel (a frame with its tag taken out is two
    /// parts), gathered in a buffer the TAP keeps: the TAP crate writes one slice a call.
    pub fn send_parts(&mut self, parts: &[&[u8]]) -> io::Result<()> {
        let mut frame = std::mem::take(&mut self.scratch);
        frame.clear();
        for p in parts {
            frame.extend_from_slice(p);
        }
        let sent = self.write(&frame);
        self.scratch = frame;
        sent
    }

    fn write(&mut self, frame: &[u8]) -> io::Result<()> {
        match self.device.write(frame) {
            Ok(_) => Ok(()),
            Err(e)
                if matches!(
                    e.raw_os_error(),
                    Some(libc::EIO) | Some(libc::EAGAIN) | Some(libc::ENOBUFS)
                ) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}
