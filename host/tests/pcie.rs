//! The PCIe BAR backend without hardware: a file of the BAR's size mapped as the BAR is
//! (offsets, widths, byte order, bounds), a too-small file, the driver on top of it, and
//! a directory shaped like `/sys/bus/pci/devices` for the sysfs checks and the enable step.

use std::fs;
use std::path::{Path, PathBuf};

use dxedge_host::bus::{Access, BusError, Recorder, RegisterBus};
use dxedge_host::config::Config;
use dxedge_host::driver::{Device, DriverError};
use dxedge_host::pcie::{Bdf, PcieBar, PcieError};
use dxedge_host::regmap::{self, cap_lpm, cap_tables, version, Capacity, CAPACITY};

const SPAN: u64 = regmap::SPAN as u64;

/// A file of `size` zero bytes.
fn bar_file(dir: &Path, name: &str, size: u64) -> PathBuf {
    let path = dir.join(name);
    let file = fs::File::create(&path).expect("create");
    file.set_len(size).expect("size");
    path
}

/// Put 32-bit little-endian `value` at `offset` of the file, without the backend.
fn poke(path: &Path, offset: u32, value: u32) {
    let mut bytes = fs::read(path).expect("read");
    bytes[offset as usize..offset as usize + 4].copy_from_slice(&value.to_le_bytes());
    fs::write(path, bytes).expect("write");
}

/// The block header a build answers with, by register offset: what the RTL's read-only
/// registers hold, which a file has to be given.
fn header(beat_bytes: u32, cap: Capacity) -> [(u32, u32); 5] {
    [
        (regmap::ID.offset, regmap::BLOCK_TYPE),
        (
            regmap::VERSION.offset,
            (version::MAJOR.place(u64::from(regmap::VERSION_MAJOR))
                | version::MINOR.place(u64::from(regmap::VERSION_MINOR))) as u32,
        ),
        (regmap::BUILD.offset, beat_bytes),
        (
            regmap::CAP_TABLES.offset,
            (cap_tables::VIFS.place(u64::from(cap.vifs))
                | cap_tables::TARGETS.place(u64::from(cap.targets))) as u32,
        ),
        (
            regmap::CAP_LPM.offset,
            cap_lpm::LEVELS.place(u64::from(cap.lpm_levels)) as u32,
        ),
    ]
}

#[test]
fn a_word_written_is_exactly_four_little_endian_bytes_at_its_offset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = bar_file(dir.path(), "bar", SPAN);
    let mut bar = PcieBar::from_path(&path).expect("map");
    assert_eq!(bar.bar_size(), SPAN);
    assert_eq!(bar.window(), regmap::SPAN);
    assert_eq!(bar.path(), path);

    let writes = [
        (0x0000u32, 0x0403_0201u32),
        (0x0054, 0xdead_beef),
        (0x1_0040, 0x8000_0001),
        (regmap::SPAN - 4, 0xa1b2_c3d4),
    ];
    for (offset, value) in writes {
        bar.write32(offset, value).expect("write");
    }
    // The file, read past the mapping, holds those bytes and nothing else.
    let bytes = fs::read(&path).expect("read");
    assert_eq!(bytes.len() as u64, SPAN);
    let mut expected = vec![0u8; SPAN as usize];
    for (offset, value) in writes {
        expected[offset as usize..offset as usize + 4].copy_from_slice(&value.to_le_bytes());
    }
    assert!(
        bytes == expected,
        "only the written words changed, little-endian"
    );
    assert_eq!(&bytes[..4], &[1, 2, 3, 4]);

    // Reads see what is in the file, including what was put there behind the mapping
    // (as a device changes its registers behind the host).
    for (offset, value) in writes {
        assert_eq!(bar.read32(offset), Ok(value));
    }
    poke(&path, 0x24, 0x0000_0002);
    assert_eq!(bar.read32(0x24), Ok(2));
    assert_eq!(bar.read32(0x28), Ok(0));
}

#[test]
fn offsets_outside_the_map_or_unaligned_are_refused_and_touch_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A BAR larger than the register map: the window is still the map's span.
    let path = bar_file(dir.path(), "bar", 2 * SPAN);
    let mut bar = PcieBar::from_path(&path).expect("map");
    assert_eq!(bar.bar_size(), 2 * SPAN);
    assert_eq!(bar.window(), regmap::SPAN);
    let out = |offset| BusError::OutOfRange {
        offset,
        span: regmap::SPAN,
    };
    assert_eq!(bar.read32(regmap::SPAN), Err(out(regmap::SPAN)));
    assert_eq!(bar.write32(regmap::SPAN, 1), Err(out(regmap::SPAN)));
    assert_eq!(bar.write32(u32::MAX - 3, 1), Err(out(u32::MAX - 3)));
    for offset in [1, 2, 3, 0x26, regmap::SPAN - 1, u32::MAX] {
        assert_eq!(bar.read32(offset), Err(BusError::Unaligned { offset }));
        assert_eq!(bar.write32(offset, 7), Err(BusError::Unaligned { offset }));
    }
    assert_eq!(bar.write32(regmap::SPAN - 4, 9), Ok(()));
    let bytes = fs::read(&path).expect("read");
    let nonzero: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] != 0).collect();
    assert_eq!(
        nonzero,
        vec![regmap::SPAN as usize - 4],
        "only the one legal write"
    );
    let message = out(regmap::SPAN).to_string();
    assert!(
        message.contains("0x100000") && message.contains("1048576"),
        "{message}"
    );
}

#[test]
fn a_file_smaller_than_the_register_map_is_refused_naming_both_sizes() {
    let dir = tempfile::tempdir().expect("temp dir");
    for size in [0, 4096, SPAN - 4] {
        let path = bar_file(dir.path(), &format!("bar{size}"), size);
        let err = PcieBar::from_path(&path).expect_err("too small");
        assert!(
            matches!(err, PcieError::TooSmall { size: s, need, .. } if s == size && need == SPAN),
            "{err:?}"
        );
        let message = err.to_string();
        for needle in [
            path.display().to_string(),
            format!("{size} bytes"),
            format!("{SPAN} bytes (1 MiB)"),
        ] {
            assert!(message.contains(&needle), "{needle:?} in {message}");
        }
    }
    let missing = dir.path().join("nothing");
    let err = PcieBar::from_path(&missing).expect_err("missing");
    assert!(err.to_string().contains("does not exist"), "{err}");
}

#[test]
fn a_bar_file_without_write_permission_is_refused_with_advice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = bar_file(dir.path(), "bar", SPAN);
    let mut perms = fs::metadata(&path).expect("meta").permissions();
    perms.set_readonly(true);
    fs::set_permissions(&path, perms).expect("chmod");
    if fs::OpenOptions::new().write(true).open(&path).is_ok() {
        eprintln!("running as root: file permissions do not apply, nothing to check");
        return;
    }
    let err = PcieBar::from_path(&path).expect_err("read-only");
    let message = err.to_string();
    assert!(matches!(err, PcieError::Permission { .. }), "{err:?}");
    assert!(message.contains("run as root"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
}

#[test]
fn the_driver_opens_a_file_backed_bar_by_its_header_and_refuses_other_blocks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = bar_file(dir.path(), "bar", SPAN);

    // All zeros: no block header.
    let err = Device::open(PcieBar::from_path(&path).expect("map")).expect_err("zeros");
    assert!(
        matches!(err, DriverError::NotDxedge { found: 0 }),
        "{err:?}"
    );

    let mut bar = PcieBar::from_path(&path).expect("map");
    for (offset, value) in header(64, CAPACITY) {
        bar.write32(offset, value).expect("header");
    }
    let dev = Device::open(bar).expect("open");
    assert_eq!(dev.info().speed_name(), "100g");
    assert_eq!(dev.info().capacity, CAPACITY);
    assert_eq!(
        (dev.info().version_major, dev.info().version_minor),
        (regmap::VERSION_MAJOR, regmap::VERSION_MINOR)
    );

    poke(&path, regmap::VERSION.offset, 3 << 16 | 3);
    let err = Device::open(PcieBar::from_path(&path).expect("map")).expect_err("version 3");
    assert!(err.to_string().contains("version 3.3"), "{err}");
    poke(&path, regmap::ID.offset, 0x1234_5678);
    let err = Device::open(PcieBar::from_path(&path).expect("map")).expect_err("not DXPP");
    assert!(err.to_string().contains("0x12345678"), "{err}");
}

const CONFIG: &str = r#"
[port]
mac = "02:00:5e:00:00:01"
[[vif]]
name = "corp"
kind = "private"
vlan = 101
[[target]]
name = "vpc-a"
mac = "02:aa:00:00:00:0a"
vlan = 2001
[[route]]
vif = "corp"
prefix = "10.1.0.0/16"
target = "vpc-a"
"#;

#[test]
fn programming_a_file_backed_bar_leaves_the_last_writes_in_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = bar_file(dir.path(), "bar", SPAN);
    let mut bar = PcieBar::from_path(&path).expect("map");
    for (offset, value) in header(8, CAPACITY) {
        bar.write32(offset, value).expect("header");
    }
    let config = Config::parse(CONFIG, "t.toml").expect("config");
    let mut dev = Device::open(Recorder::new(bar)).expect("open");
    let tables = dev.compile(&config).expect("fits");
    // Nothing assumed about the banks: a board's first program writes every entry.
    let report = dev.program(&tables).expect("program");
    let rec = dev.into_bus();
    assert_eq!(rec.writes().count(), report.bus_writes);
    let entries = regmap::VIDS + CAPACITY.targets + CAPACITY.lpm_nodes() + CAPACITY.lpm_leaves();
    assert_eq!(report.entries, 1 + entries as usize);
    let table_writes = rec
        .writes()
        .filter(|(o, _)| *o == regmap::TBL_WRITE.offset)
        .count();
    assert_eq!(table_writes, entries as usize);
    assert_eq!(
        rec.writes().last(),
        Some((regmap::TBL_COMMIT.offset, regmap::tbl_commit::ALL))
    );
    // The commit is followed by reads of STATUS until commit_busy is 0 (the file: at once).
    assert_eq!(
        rec.log.last(),
        Some(&Access::Read {
            offset: regmap::STATUS.offset,
            value: 0
        })
    );
    let mut bar = rec.inner;
    assert_eq!(bar.read32(regmap::PORT_MAC_LO.offset), Ok(0x5e00_0001));
    assert_eq!(bar.read32(regmap::PORT_MAC_HI.offset), Ok(0x0200));
    assert_eq!(
        bar.read32(regmap::TBL_COMMIT.offset),
        Ok(regmap::tbl_commit::ALL)
    );
}

/// A directory shaped like `/sys/bus/pci/devices` holding one function.
struct Sysfs {
    root: tempfile::TempDir,
    bdf: Bdf,
}

impl Sysfs {
    /// `bars`: per BAR number, `(size, flags)`; an entry of size 0 is an absent BAR.
    fn new(bars: &[(u64, u64)], enable: &str) -> Sysfs {
        let root = tempfile::tempdir().expect("temp dir");
        let bdf: Bdf = "0000:3b:00.0".parse().expect("bdf");
        let dir = root.path().join(bdf.to_string());
        fs::create_dir(&dir).expect("device dir");
        let mut table = String::new();
        let mut start = 0xfb00_0000u64;
        for i in 0..7 {
            match bars.get(i) {
                Some(&(size, flags)) if size > 0 => {
                    table.push_str(&format!(
                        "0x{start:016x} 0x{:016x} 0x{flags:016x}\n",
                        start + size - 1
                    ));
                    start += size;
                    if flags & 0x200 != 0 {
                        bar_file(&dir, &format!("resource{i}"), size);
                    }
                }
                _ => table.push_str(&format!("0x{0:016x} 0x{0:016x} 0x{0:016x}\n", 0)),
            }
        }
        fs::write(dir.join("resource"), table).expect("resource");
        fs::write(dir.join("enable"), enable).expect("enable");
        Sysfs { root, bdf }
    }

    fn dir(&self) -> PathBuf {
        self.root.path().join(self.bdf.to_string())
    }

    fn open(&self, bar: u8) -> Result<PcieBar, PcieError> {
        PcieBar::open_in(self.root.path(), self.bdf, bar)
    }
}

const MEM: u64 = 0x0004_0200;
const MEM64: u64 = 0x0014_220c;
const IO: u64 = 0x0004_0101;

impl Sysfs {
    /// Write the dxedge block type into BAR 0's ID register, as a dxedge build answers.
    fn mark_dxedge(&self) {
        use std::os::unix::fs::FileExt;
        let file = fs::OpenOptions::new()
            .write(true)
            .open(self.dir().join("resource0"))
            .expect("resource0");
        file.write_all_at(
            &regmap::BLOCK_TYPE.to_le_bytes(),
            u64::from(regmap::ID.offset),
        )
        .expect("ID");
    }
}

#[test]
fn sysfs_a_present_memory_bar_is_mapped_and_a_disabled_device_enabled() {
    // Decoding off and a header that is not ours (zeros): not enabled, refused.
    let sys = Sysfs::new(&[(SPAN, MEM)], "0\n");
    let err = sys.open(0).expect_err("not identified");
    assert!(matches!(err, PcieError::NotEnabled { .. }), "{err:?}");
    assert_eq!(
        fs::read_to_string(sys.dir().join("enable")).expect("enable"),
        "0\n"
    );

    // Decoding off and a dxedge header: enabled.
    let sys = Sysfs::new(&[(SPAN, MEM)], "0\n");
    sys.mark_dxedge();
    let mut bar = sys.open(0).expect("open");
    assert_eq!(bar.path(), sys.dir().join("resource0"));
    assert_eq!(
        fs::read_to_string(sys.dir().join("enable")).expect("enable"),
        "1"
    );
    bar.write32(0x40, 5).expect("write");
    assert_eq!(bar.read32(0x40), Ok(5));

    // Already enabled: `enable` is left alone.
    let sys = Sysfs::new(&[(SPAN, MEM)], "2\n");
    sys.open(0).expect("open");
    assert_eq!(
        fs::read_to_string(sys.dir().join("enable")).expect("enable"),
        "2\n"
    );

    // Not counted as enabled, but firmware turned memory decoding on: left alone.
    let sys = Sysfs::new(&[(SPAN, MEM)], "0\n");
    let mut config = vec![0u8; 64];
    config[4] = 0x02;
    fs::write(sys.dir().join("config"), config).expect("config");
    sys.open(0).expect("open");
    assert_eq!(
        fs::read_to_string(sys.dir().join("enable")).expect("enable"),
        "0\n"
    );
}

#[test]
fn sysfs_refusals_name_the_device_the_bar_and_the_path() {
    let sys = Sysfs::new(
        &[(16 << 20, MEM64), (0, 0), (SPAN, MEM), (0, 0), (256, IO)],
        "1",
    );
    let other: Bdf = "0000:af:00.1".parse().expect("bdf");
    let err = PcieBar::open_in(sys.root.path(), other, 0).expect_err("no device");
    let message = err.to_string();
    assert!(matches!(err, PcieError::NoDevice { .. }), "{err:?}");
    assert!(message.contains("no PCI device 0000:af:00.1"), "{message}");
    assert!(
        message.contains(&sys.root.path().join("0000:af:00.1").display().to_string()),
        "{message}"
    );

    // BAR 1 is the upper half of the 64-bit BAR 0.
    let message = sys.open(1).expect_err("no BAR 1").to_string();
    assert!(message.contains("has no memory BAR 1"), "{message}");
    assert!(
        message.contains("BAR 1 is the upper half of the 64-bit BAR 0"),
        "{message}"
    );
    assert!(
        message.contains("its memory BARs are 0 (16 MiB), 2 (1 MiB)"),
        "{message}"
    );
    assert!(message.contains("resource1"), "{message}");
    let message = sys.open(3).expect_err("no BAR 3").to_string();
    assert!(message.contains("has no memory BAR 3"), "{message}");
    assert!(!message.contains("upper half"), "{message}");

    let err = sys.open(4).expect_err("I/O BAR");
    assert!(matches!(err, PcieError::IoBar { bar: 4, .. }), "{err:?}");
    assert!(err.to_string().contains("I/O port BAR"), "{err}");

    let err = sys.open(6).expect_err("BAR 6");
    assert!(err.to_string().contains("BARs 0 to 5"), "{err}");

    // The 16 MiB BAR 0 and the 1 MiB BAR 2 both hold the map.
    assert_eq!(sys.open(0).expect("BAR 0").bar_size(), 16 << 20);
    assert_eq!(sys.open(2).expect("BAR 2").bar_size(), SPAN);

    // Too small: refused before the device is enabled.
    let small = Sysfs::new(&[(64 << 10, MEM)], "0");
    let err = small.open(0).expect_err("64 KiB BAR");
    assert_eq!(
        fs::read_to_string(small.dir().join("enable")).expect("enable"),
        "0"
    );
    let message = err.to_string();
    assert!(message.contains("65536 bytes (64 KiB)"), "{message}");
    assert!(message.contains("1048576 bytes (1 MiB)"), "{message}");
    assert!(message.contains("resource0"), "{message}");

    // Listed as memory, but no resourceN file (as in some sandboxes).
    let hidden = Sysfs::new(&[(SPAN, MEM)], "0");
    fs::remove_file(hidden.dir().join("resource0")).expect("remove");
    let message = hidden.open(0).expect_err("no file").to_string();
    assert!(
        message.contains("resource0 cannot be memory-mapped"),
        "{message}"
    );
    assert!(message.contains("offers no file to map it"), "{message}");

    let broken = Sysfs::new(&[(SPAN, MEM)], "1");
    fs::write(broken.dir().join("resource"), "0x0 0xfff\n").expect("resource");
    let message = broken.open(0).expect_err("broken table").to_string();
    assert!(message.contains("expected `start end flags`"), "{message}");
}
