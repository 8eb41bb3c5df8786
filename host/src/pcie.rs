//! A [`RegisterBus`] over a PCIe BAR: the backend that programs a board.
//!
//! Linux shows every PCI function as a sysfs directory named by its address (its "BDF"),
//! and each memory BAR of it as a file that can be memory-mapped:
//!
//! ```text
//!  /sys/bus/pci/devices/0000:3b:00.0/   domain:bus:device.function, as `lspci -D` prints it
//!    enable       how many times the function was enabled ("0": memory decoding may be off)
//!    config       configuration space; COMMAND (offset 4) bit 1 = memory space enable
//!    resource     one line per BAR: start end flags (IORESOURCE_IO 0x100, IORESOURCE_MEM 0x200)
//!    resource0    BAR 0 itself ─► mmap(MAP_SHARED, read/write) ─► 32-bit volatile accesses
//!    resource0_wc the same BAR write-combined: not used, a register must see each write once
//! ```
//!
//! [`PcieBar::open`] checks that the function exists, that the BAR exists and is a memory
//! BAR, that it holds the whole register map ([`regmap::SPAN`] bytes), enables the function
//! if it has to, and maps the first `SPAN` bytes. Every access is one aligned 32-bit volatile
//! load or store, little-endian (`mmio.rs`, the crate's only `unsafe`), at an offset checked
//! against the window: 4-byte aligned and below `SPAN`.
//!
//! **Enabling.** A function that no kernel driver has enabled may have memory decoding off
//! (COMMAND.MEM = 0): its BARs then read as all ones and drop writes. Writing `1` to `enable`
//! makes the kernel call `pci_enable_device()`, which turns decoding on (and brings the
//! function to D0). `open` does so only when `enable` reads 0 and COMMAND.MEM is not already
//! set (firmware often sets it without the kernel counting an enable; the first 64 bytes of
//! `config` are readable by any user, `enable` is writable by root only), and only after the
//! block header, read through a read-only mapping, says the function is a dxedge: a
//! mistyped `--pci` must not turn on another device. A function whose decoding is off
//! cannot show its header (its BARs read as all ones), so it is refused with the command
//! that enables it. None of `enable`, `config`, `resource`, `resourceN` may be a symbolic
//! link, which sysfs never makes there. It is not undone
//! when the bar is dropped: a driver or another process may rely on it, and an enabled
//! function does nothing by itself (bus mastering stays off: the registers need no DMA).
//!
//! The mapping goes through the kernel's checks: mapping a BAR fails under kernel lockdown
//! (Secure Boot) and, with `CONFIG_IO_STRICT_DEVMEM`, while a kernel driver has claimed the
//! region; the errors say so.
//!
//! For tests, [`PcieBar::from_path`] maps any file the same way (a file of `SPAN` zero bytes
//! is a BAR that reads back what was written), and [`PcieBar::open_in`] takes another
//! directory in place of `/sys/bus/pci/devices`.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use thiserror::Error;

use crate::bus::{check_offset, BusError, RegisterBus};
use crate::regmap;

mod mmio;

use mmio::{BarMapping, ReadOnlyMapping};

/// Where Linux lists PCI functions.
pub const SYSFS_PCI_DEVICES: &str = "/sys/bus/pci/devices";
/// BARs of a PCI function (type 0 header): 0 to 5.
pub const BARS: u8 = 6;

/// `resource` flag bits (`include/linux/ioport.h`).
const IORESOURCE_IO: u64 = 0x100;
const IORESOURCE_MEM: u64 = 0x200;
const IORESOURCE_MEM_64: u64 = 0x0010_0000;
/// COMMAND register: byte offset in configuration space, memory space enable bit.
const PCI_COMMAND: usize = 4;
const PCI_COMMAND_MEMORY: u16 = 1 << 1;

/// A PCI function address: domain, bus, device, function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Bdf {
    pub domain: u32,
    pub bus: u8,
    pub device: u8,
    pub function: u8,
}

/// Why a string is not a PCI address.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error(
    "`{input}` is not a PCI address: {why} (expected domain:bus:device.function as `lspci -D` \
     prints it, such as 0000:3b:00.0, or bus:device.function such as 3b:00.0)"
)]
pub struct BdfError {
    pub input: String,
    pub why: String,
}

impl FromStr for Bdf {
    type Err = BdfError;

    /// `dddd:bb:dd.f` or `bb:dd.f` (domain 0), hexadecimal, either case.
    fn from_str(s: &str) -> Result<Bdf, BdfError> {
        let err = |why: String| BdfError {
            input: s.to_string(),
            why,
        };
        let hex = |part: &str, what: &str, digits: usize, max: u32| -> Result<u32, BdfError> {
            if part.is_empty()
                || part.len() > digits
                || !part.chars().all(|c| c.is_ascii_hexdigit())
            {
                return Err(err(format!(
                    "the {what} `{part}` is not 1 to {digits} hexadecimal digits"
                )));
            }
            let value = u32::from_str_radix(part, 16).map_err(|e| err(e.to_string()))?;
            if value > max {
                return Err(err(format!("the {what} 0x{value:x} is above 0x{max:x}")));
            }
            Ok(value)
        };
        let parts: Vec<&str> = s.split(':').collect();
        let (domain, bus, slot) = match parts.as_slice() {
            [bus, slot] => (0, *bus, *slot),
            [domain, bus, slot] => (hex(domain, "domain", 8, u32::MAX)?, *bus, *slot),
            _ => return Err(err(format!("it has {} `:`", parts.len() - 1))),
        };
        let Some((device, function)) = slot.split_once('.') else {
            return Err(err(format!(
                "`{slot}` has no `.` between device and function"
            )));
        };
        Ok(Bdf {
            domain,
            bus: hex(bus, "bus", 2, 0xff)? as u8,
            device: hex(device, "device", 2, 0x1f)? as u8,
            function: hex(function, "function", 1, 7)? as u8,
        })
    }
}

impl fmt::Display for Bdf {
    /// The sysfs name: `0000:3b:00.0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04x}:{:02x}:{:02x}.{:x}",
            self.domain, self.bus, self.device, self.function
        )
    }
}

/// Why a BAR could not be opened. Each names the file or directory at fault.
#[derive(Debug, Error)]
pub enum PcieError {
    #[error("BAR {bar} does not exist: a PCI function has BARs 0 to 5")]
    BarNumber { bar: u8 },
    #[error(
        "no PCI device {bdf}: {} does not exist (is the board in this machine and powered, \
         and is {bdf} its address as `lspci -D` shows it?)",
        crate::text::shown_path(path)
    )]
    NoDevice { bdf: Bdf, path: PathBuf },
    #[error(
        "PCI device {bdf} has no memory BAR {bar} ({}); {detail}",
        crate::text::shown_path(path)
    )]
    NoBar {
        bdf: Bdf,
        bar: u8,
        path: PathBuf,
        /// Which memory BARs it has, in words.
        detail: String,
    },
    #[error(
        "BAR {bar} of PCI device {bdf} is an I/O port BAR ({}), which cannot be memory-mapped; \
         the dxedge registers are in a memory BAR",
        crate::text::shown_path(path)
    )]
    IoBar { bdf: Bdf, bar: u8, path: PathBuf },
    #[error("{}: permission denied: {advice}", crate::text::shown_path(path))]
    Permission { path: PathBuf, advice: String },
    #[error(
        "{} is {}: too small for the dxedge register map, which needs {}; is this the BAR \
         that holds the registers?",
        crate::text::shown_path(path), bytes_and_human(*size), bytes_and_human(*need)
    )]
    TooSmall { path: PathBuf, size: u64, need: u64 },
    #[error("{} cannot be memory-mapped: {why}", crate::text::shown_path(path))]
    NotMappable { path: PathBuf, why: String },
    #[error("{}: {why}", crate::text::shown_path(path))]
    Sysfs { path: PathBuf, why: String },
    #[error(
        "PCI device {bdf} has memory decoding off ({} reads 0 and COMMAND.MEM is clear), so \
         its registers cannot be read to tell whether it is a dxedge, and dxedge enables only a \
         function it has identified: if this is the dxedge board, enable it as root with \
         `echo 1 > {}` and try again",
        crate::text::shown_path(enable),
        crate::text::shown_path(enable)
    )]
    NotEnabled { bdf: Bdf, enable: PathBuf },
    #[error("{}: cannot {action}: {source}", crate::text::shown_path(path))]
    Io {
        path: PathBuf,
        action: &'static str,
        #[source]
        source: io::Error,
    },
}

/// `1048576` as `1 MiB`, for messages.
fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes;
    let mut unit = 0;
    while value >= 1024 && value % 1024 == 0 && unit + 1 < UNITS.len() {
        value /= 1024;
        unit += 1;
    }
    format!("{value} {}", UNITS[unit])
}

/// `1048576 bytes (1 MiB)`, or `1048575 bytes` when that is all there is to say.
fn bytes_and_human(bytes: u64) -> String {
    let human = human(bytes);
    if human == format!("{bytes} bytes") {
        human
    } else {
        format!("{bytes} bytes ({human})")
    }
}

fn io_error<'a>(path: &'a Path, action: &'static str) -> impl FnOnce(io::Error) -> PcieError + 'a {
    move |source| PcieError::Io {
        path: path.to_path_buf(),
        action,
        source,
    }
}

/// One line of a function's `resource` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Resource {
    start: u64,
    end: u64,
    flags: u64,
}

impl Resource {
    fn size(&self) -> u64 {
        if self.end > self.start {
            self.end - self.start + 1
        } else {
            0
        }
    }
    fn is_memory(&self) -> bool {
        self.flags & IORESOURCE_MEM != 0 && self.size() > 0
    }
}

/// The first [`BARS`] lines of `resource`.
fn resource_table(path: &Path) -> Result<Vec<Resource>, PcieError> {
    let text = match fs::read_to_string(path) {
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            return Err(PcieError::Permission {
                path: path.to_path_buf(),
                advice: "run as root, or make it readable".into(),
            })
        }
        other => other.map_err(io_error(path, "read the BAR table"))?,
    };
    let number = |field: &str, line: usize| {
        let digits = field.strip_prefix("0x").unwrap_or(field);
        u64::from_str_radix(digits, 16).map_err(|_| PcieError::Sysfs {
            path: path.to_path_buf(),
            why: format!("line {}: `{field}` is not a hexadecimal number", line + 1),
        })
    };
    let mut table = Vec::new();
    for (i, line) in text.lines().take(BARS as usize).enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [start, end, flags] = fields.as_slice() else {
            return Err(PcieError::Sysfs {
                path: path.to_path_buf(),
                why: format!("line {}: expected `start end flags`, found `{line}`", i + 1),
            });
        };
        table.push(Resource {
            start: number(start, i)?,
            end: number(end, i)?,
            flags: number(flags, i)?,
        });
    }
    Ok(table)
}

/// A file of a sysfs function directory that sysfs never makes a symbolic link: one that
/// is would send reads, writes or the mapping somewhere else (another device, any file).
fn no_symlink(path: &Path) -> Result<(), PcieError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(PcieError::Sysfs {
            path: path.to_path_buf(),
            why: "is a symbolic link, which sysfs never makes there: refused, so as not to \
                  touch whatever it points at"
                .into(),
        }),
        _ => Ok(()),
    }
}

/// Whether memory decoding is off: `enable` reads 0 and COMMAND.MEM is clear (firmware
/// often sets it without the kernel counting an enable).
fn decoding_off(dir: &Path) -> Result<bool, PcieError> {
    let path = dir.join("enable");
    let count = fs::read_to_string(&path).map_err(io_error(&path, "read the enable count"))?;
    if count.trim() != "0" {
        return Ok(false);
    }
    let config = fs::read(dir.join("config")).unwrap_or_default();
    if let Some(command) = config.get(PCI_COMMAND..PCI_COMMAND + 2) {
        if u16::from_le_bytes([command[0], command[1]]) & PCI_COMMAND_MEMORY != 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Turn memory decoding on if it is off (see the module docs).
fn enable(dir: &Path) -> Result<(), PcieError> {
    let path = dir.join("enable");
    if !decoding_off(dir)? {
        return Ok(());
    }
    match fs::write(&path, "1") {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Err(PcieError::Permission {
            path,
            advice: "the device is not enabled (memory decoding is off) and only root may \
                     enable it: run as root, or enable it once with `echo 1 | sudo tee` to that file"
                .into(),
        }),
        Err(e) => Err(io_error(&path, "enable the device")(e)),
    }
}

/// The register window of a PCIe BAR, or of any file mapped the same way.
#[derive(Debug)]
pub struct PcieBar {
    mapping: BarMapping,
    path: PathBuf,
    size: u64,
    window: u32,
}

impl PcieBar {
    /// BAR `bar` of the PCI function `bdf`, through `/sys/bus/pci/devices`.
    pub fn open(bdf: Bdf, bar: u8) -> Result<PcieBar, PcieError> {
        Self::open_in(Path::new(SYSFS_PCI_DEVICES), bdf, bar)
    }

    /// As [`PcieBar::open`], with `devices` in place of `/sys/bus/pci/devices` (tests build
    /// a directory of the same shape).
    pub fn open_in(devices: &Path, bdf: Bdf, bar: u8) -> Result<PcieBar, PcieError> {
        if bar >= BARS {
            return Err(PcieError::BarNumber { bar });
        }
        let dir = devices.join(bdf.to_string());
        match fs::metadata(&dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Err(PcieError::NoDevice { bdf, path: dir }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(PcieError::NoDevice { bdf, path: dir })
            }
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                return Err(PcieError::Permission {
                    path: dir,
                    advice: "run as root".into(),
                })
            }
            Err(e) => return Err(io_error(&dir, "look up the device")(e)),
        }
        let path = dir.join(format!("resource{bar}"));
        for file in ["resource", "config", "enable"] {
            no_symlink(&dir.join(file))?;
        }
        no_symlink(&path)?;
        let table = resource_table(&dir.join("resource"))?;
        let memory: Vec<String> = table
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_memory())
            .map(|(i, r)| format!("{i} ({})", human(r.size())))
            .collect();
        let mut detail = match memory.len() {
            0 => "it has no memory BARs".to_string(),
            1 => format!("its memory BAR is {}", memory[0]),
            _ => format!("its memory BARs are {}", memory.join(", ")),
        };
        if let Some(lower) = (bar as usize).checked_sub(1).and_then(|i| table.get(i)) {
            if lower.is_memory() && lower.flags & IORESOURCE_MEM_64 != 0 {
                detail = format!(
                    "BAR {bar} is the upper half of the 64-bit BAR {}; {detail}",
                    bar - 1
                );
            }
        }
        match table.get(bar as usize) {
            Some(r) if r.flags & IORESOURCE_IO != 0 && r.size() > 0 => {
                return Err(PcieError::IoBar { bdf, bar, path })
            }
            Some(r) if r.is_memory() => {}
            _ => {
                return Err(PcieError::NoBar {
                    bdf,
                    bar,
                    path,
                    detail,
                })
            }
        }
        if !path.exists() {
            return Err(PcieError::NotMappable {
                path,
                why: format!(
                    "the kernel lists BAR {bar} of {bdf} as memory but offers no file to map it \
                     (a kernel or a sandbox without sysfs BAR mapping)"
                ),
            });
        }
        // Size and block header before enabling: only a function that shows itself to be a
        // dxedge is enabled; any other is left as it was found.
        let (file, size) = Self::open_file(&path)?;
        let id = ReadOnlyMapping::map(&file, regmap::SPAN as usize)
            .ok()
            .and_then(|m| m.read32(regmap::ID.offset as usize));
        if id == Some(regmap::BLOCK_TYPE) {
            enable(&dir)?;
        } else if decoding_off(&dir)? {
            return Err(PcieError::NotEnabled {
                bdf,
                enable: dir.join("enable"),
            });
        }
        // Not ours with decoding on: mapped as it is; the driver's header check refuses it
        // before any write, naming what it found.
        Self::map(file, &path, size)
    }

    /// Map the file at `path` as a BAR: a sysfs `resourceN`, or any file of at least
    /// [`regmap::SPAN`] bytes (tests).
    pub fn from_path(path: &Path) -> Result<PcieBar, PcieError> {
        let (file, size) = Self::open_file(path)?;
        Self::map(file, path, size)
    }

    /// Open `path` for reading and writing; refuse it if it cannot hold the register map.
    fn open_file(path: &Path) -> Result<(File, u64), PcieError> {
        let file = match OpenOptions::new().read(true).write(true).open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(PcieError::NotMappable {
                    path: path.to_path_buf(),
                    why: "it does not exist".into(),
                })
            }
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                return Err(PcieError::Permission {
                    path: path.to_path_buf(),
                    advice: "mapping a BAR needs read and write access to this file: run as \
                             root, or give this user read-write access to it (chown/chmod, \
                             or a udev rule)"
                        .into(),
                })
            }
            Err(e) => return Err(io_error(path, "open it for reading and writing")(e)),
        };
        let size = file
            .metadata()
            .map_err(io_error(path, "read its size"))?
            .len();
        let need = u64::from(regmap::SPAN);
        if size < need {
            return Err(PcieError::TooSmall {
                path: path.to_path_buf(),
                size,
                need,
            });
        }
        Ok((file, size))
    }

    fn map(file: File, path: &Path, size: u64) -> Result<PcieBar, PcieError> {
        let window = regmap::SPAN;
        let mapping = BarMapping::map(&file, window as usize).map_err(|e| {
            let why = match e.kind() {
                io::ErrorKind::PermissionDenied => format!(
                    "the kernel refused ({e}): kernel lockdown (as under Secure Boot) forbids \
                     mapping PCI BARs from user space"
                ),
                io::ErrorKind::InvalidInput => format!(
                    "the kernel refused ({e}): an I/O port BAR, or a region a kernel driver has \
                     claimed (unbind the driver first)"
                ),
                _ => e.to_string(),
            };
            PcieError::NotMappable {
                path: path.to_path_buf(),
                why,
            }
        })?;
        Ok(PcieBar {
            mapping,
            path: path.to_path_buf(),
            size,
            window,
        })
    }

    /// The file mapped.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Size of the BAR (of the file), in bytes.
    pub fn bar_size(&self) -> u64 {
        self.size
    }

    /// Bytes of the BAR that accesses may reach: the register map's span.
    pub fn window(&self) -> u32 {
        self.window
    }
}

impl RegisterBus for PcieBar {
    fn read32(&mut self, offset: u32) -> Result<u32, BusError> {
        check_offset(offset, self.window)?;
        self.mapping
            .read32(offset as usize)
            .ok_or(BusError::OutOfRange {
                offset,
                span: self.mapping.len() as u32,
            })
    }

    fn write32(&mut self, offset: u32, value: u32) -> Result<(), BusError> {
        check_offset(offset, self.window)?;
        self.mapping
            .write32(offset as usize, value)
            .ok_or(BusError::OutOfRange {
                offset,
                span: self.mapping.len() as u32,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_in_both_forms_and_print_as_sysfs_names() {
        let long: Bdf = "0000:3b:00.0".parse().expect("long form");
        let short: Bdf = "3b:00.0".parse().expect("short form");
        assert_eq!(long, short);
        assert_eq!(
            long,
            Bdf {
                domain: 0,
                bus: 0x3b,
                device: 0,
                function: 0
            }
        );
        let upper: Bdf = "0001:AF:1F.7".parse().expect("upper case");
        assert_eq!(upper.to_string(), "0001:af:1f.7");
        let vmd: Bdf = "10000:01:00.0".parse().expect("VMD domains have 5 digits");
        assert_eq!(vmd.to_string(), "10000:01:00.0");
        assert_eq!(
            "3:0.1".parse::<Bdf>().expect("short digits").to_string(),
            "0000:03:00.1"
        );
    }

    #[test]
    fn bad_addresses_say_what_is_wrong() {
        for (input, why) in [
            ("", "has 0 `:`"),
            ("3b", "has 0 `:`"),
            ("0:0:0:0.0", "has 3 `:`"),
            ("3b:00", "no `.`"),
            ("3b:20.0", "device 0x20 is above 0x1f"),
            ("3b:00.8", "function 0x8 is above 0x7"),
            ("3g:00.0", "bus `3g`"),
            ("100:00.0", "bus `100` is not 1 to 2"),
            ("+3:00.0", "bus `+3`"),
            (":00.0", "bus ``"),
            ("0000:3b:00.", "function ``"),
        ] {
            let err = input.parse::<Bdf>().expect_err(input).to_string();
            assert!(err.contains(why), "{input}: {err}");
            assert!(err.contains(&format!("`{input}`")), "{err}");
            assert!(err.contains("0000:3b:00.0"), "{err}");
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(human(1 << 20), "1 MiB");
        assert_eq!(human(4096), "4 KiB");
        assert_eq!(human(1000), "1000 bytes");
        assert_eq!(human(0), "0 bytes");
        assert_eq!(human(3 << 30), "3 GiB");
    }

    /// A size that has no shorter form is said once: not `1048575 bytes (1048575 bytes)`.
    #[test]
    fn a_size_is_said_once_when_it_has_no_shorter_form() {
        assert_eq!(bytes_and_human(1_048_575), "1048575 bytes");
        assert_eq!(bytes_and_human(1 << 20), "1048576 bytes (1 MiB)");
        let e = PcieError::TooSmall {
            path: PathBuf::from("resource0"),
            size: 1_048_575,
            need: 1 << 20,
        };
        let text = e.to_string();
        assert!(
            text.starts_with("resource0 is 1048575 bytes: too small"),
            "{text}"
        );
        assert!(text.contains("needs 1048576 bytes (1 MiB)"), "{text}");
    }
}
