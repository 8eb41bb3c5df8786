//! The few things the `dxedge` command asks of the operating system that std does not offer:
//! cleaning up on a fatal signal, an advisory lock on a file, whether a process is alive, and
//! a capture mapped into memory. The only `unsafe` code of this crate.
//!
//! # Signals
//! A run writes into a temporary directory beside `--out` (and a trace beside its final
//! name); if the process dies, those are left behind. [`on_fatal_signal`] registers what to
//! remove and what to say: on SIGINT, SIGTERM or SIGHUP the handler removes the files and
//! directories listed, prints one line and exits with 128 + the signal number (130, 143, 129,
//! as a shell reports them). On SIGBUS (a memory-mapped file that cannot get a page: a sparse
//! file on a full file system, which is how the waveform writer and a file-backed BAR fail)
//! it does the same with its own message and exit code 1, instead of dying with no message.
//!
//! The handler runs in signal context, so it only makes system calls (`unlink`, `open`,
//! `getdents64`, `unlinkat`, `close`, `rmdir`, `write`, `_exit`: nothing that allocates or
//! locks), over a list built beforehand (a leaked, never-freed allocation published through
//! an atomic pointer). The run's temporary directory is emptied by reading it, not from a
//! list of names, so that an output added later cannot be forgotten there. While
//! [`Critical`] is held (the renames that put outputs in place), an interrupt is noted and
//! acted on when it is dropped, so that `--out` is never left half-replaced.

#![allow(unsafe_code)]

use std::ffi::CString;
use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, Ordering};
use std::sync::Once;

/// What the handler does: remove `files`, empty and remove `own_dirs`, then remove `dirs`
/// (deepest first; a directory that is not empty stays), print the message for the signal.
struct Cleanup {
    files: Vec<CString>,
    own_dirs: Vec<CString>,
    dirs: Vec<CString>,
    interrupted: Vec<u8>,
    bus_error: Vec<u8>,
}

static CLEANUP: AtomicPtr<Cleanup> = AtomicPtr::new(std::ptr::null_mut());
static CRITICAL: AtomicBool = AtomicBool::new(false);
static PENDING: AtomicI32 = AtomicI32::new(0);
static INSTALL: Once = Once::new();

const SIGNALS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGBUS];

fn c_path(path: &Path) -> Option<CString> {
    CString::new(path.as_os_str().as_bytes()).ok()
}

/// What a run would leave if it died now.
#[derive(Clone, Debug, Default)]
pub struct Leftovers {
    /// Files to remove.
    pub files: Vec<PathBuf>,
    /// Directories whose every file is the run's: emptied (their files, not
    /// subdirectories), then removed. Found by their path at the time of the signal, so a
    /// directory renamed into place meanwhile is not touched.
    pub own_dirs: Vec<PathBuf>,
    /// Directories to remove if they are empty by then, in this order.
    pub dirs: Vec<PathBuf>,
}

/// What to clean up if the process is killed by a signal it can catch, from now on; replaces
/// what an earlier call registered. `interrupted` is printed after `error: SIGINT: ` (or the
/// signal's name); `bus_error` after `error: ` on SIGBUS.
pub fn on_fatal_signal(leftovers: &Leftovers, interrupted: &str, bus_error: &str) {
    let c_paths = |paths: &[PathBuf]| paths.iter().filter_map(|p| c_path(p)).collect();
    let cleanup = Box::new(Cleanup {
        files: c_paths(&leftovers.files),
        own_dirs: c_paths(&leftovers.own_dirs),
        dirs: c_paths(&leftovers.dirs),
        interrupted: format!("{}\n", one_line(interrupted)).into_bytes(),
        bus_error: format!("error: {}\n", one_line(bus_error)).into_bytes(),
    });
    // Leaked on purpose: a handler may be reading the previous one right now.
    let _ = CLEANUP.swap(Box::into_raw(cleanup), Ordering::AcqRel);
    INSTALL.call_once(install);
}

/// Forget what [`on_fatal_signal`] registered (the run has finished: its files are kept).
pub fn clear_fatal_signal() {
    CLEANUP.store(std::ptr::null_mut(), Ordering::Release);
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn install() {
    for signal in SIGNALS {
        // SAFETY: `sigaction` is given a zeroed struct with a handler of the signature
        // `sa_handler` expects and an empty mask; it replaces the default action only.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = handler as extern "C" fn(libc::c_int) as libc::sighandler_t;
            libc::sigemptyset(&mut action.sa_mask);
            action.sa_flags = 0;
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

fn write_stderr(bytes: &[u8]) {
    // SAFETY: write(2) of a live buffer; async-signal-safe.
    unsafe {
        libc::write(2, bytes.as_ptr().cast(), bytes.len());
    }
}

extern "C" fn handler(signal: libc::c_int) {
    if signal != libc::SIGBUS && CRITICAL.load(Ordering::Acquire) {
        PENDING.store(signal, Ordering::Release);
        return;
    }
    finish(signal);
}

/// Clean up and exit: in signal context, or from [`Critical`]'s drop.
fn finish(signal: libc::c_int) -> ! {
    let cleanup = CLEANUP.load(Ordering::Acquire);
    // SAFETY: a non-null pointer is a leaked `Cleanup`, never freed or changed after it was
    // published.
    let cleanup = unsafe { cleanup.as_ref() };
    if let Some(c) = cleanup {
        for file in &c.files {
            // SAFETY: unlink(2) of a NUL-terminated path; async-signal-safe.
            unsafe {
                libc::unlink(file.as_ptr());
            }
        }
        for dir in &c.own_dirs {
            empty_dir(dir);
            // SAFETY: rmdir(2) of a NUL-terminated path; async-signal-safe.
            unsafe {
                libc::rmdir(dir.as_ptr());
            }
        }
        for dir in &c.dirs {
            // SAFETY: rmdir(2) of a NUL-terminated path; async-signal-safe.
            unsafe {
                libc::rmdir(dir.as_ptr());
            }
        }
    }
    let (line, code): (&[u8], i32) = match signal {
        libc::SIGBUS => (
            cleanup.map_or(
                &b"error: a memory-mapped file could not be accessed (SIGBUS)\n"[..],
                |c| &c.bus_error,
            ),
            1,
        ),
        _ => {
            let name: &[u8] = match signal {
                libc::SIGINT => b"error: SIGINT: ",
                libc::SIGTERM => b"error: SIGTERM: ",
                _ => b"error: SIGHUP: ",
            };
            write_stderr(name);
            (
                cleanup.map_or(&b"interrupted\n"[..], |c| &c.interrupted),
                128 + signal,
            )
        }
    };
    write_stderr(line);
    // SAFETY: _exit(2) ends the process without running anything else; async-signal-safe.
    unsafe { libc::_exit(code) }
}

/// Remove the files of `dir` (in signal context: every call is a system call, the buffer on
/// the stack): the run may have written files no list foresaw.
fn empty_dir(dir: &CString) {
    // SAFETY: open(2) of a NUL-terminated path; async-signal-safe.
    let fd = unsafe {
        libc::open(
            dir.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
        )
    };
    if fd < 0 {
        return;
    }
    let mut buf = [0u8; 4096];
    loop {
        // SAFETY: getdents64(2) into a buffer of the length given, on the descriptor just
        // opened; a system call, so async-signal-safe.
        let n = unsafe {
            libc::syscall(
                libc::SYS_getdents64,
                fd,
                buf.as_mut_ptr(),
                buf.len() as libc::c_uint,
            )
        };
        if n <= 0 {
            break;
        }
        let n = n as usize;
        let mut at = 0;
        let mut removed = 0;
        // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
        while at + 19 <= n {
            let reclen = usize::from(u16::from_ne_bytes([buf[at + 16], buf[at + 17]]));
            if reclen == 0 || at + reclen > n {
                break;
            }
            let field = &buf[at + 19..at + reclen];
            let Some(len) = field.iter().position(|b| *b == 0) else {
                at += reclen;
                continue;
            };
            let name = &field[..len];
            if name != b"." && name != b".." {
                // SAFETY: unlinkat(2) of a NUL-terminated name inside the buffer (the
                // kernel terminates d_name), relative to the directory's descriptor.
                let r = unsafe { libc::unlinkat(fd, buf.as_ptr().add(at + 19).cast(), 0) };
                removed += usize::from(r == 0);
            }
            at += reclen;
        }
        if removed == 0 {
            // Nothing more that can go (subdirectories stay): do not loop for ever.
            break;
        }
        // SAFETY: lseek(2) back to the start: entries were removed while reading.
        unsafe {
            libc::lseek(fd, 0, libc::SEEK_SET);
        }
    }
    // SAFETY: close(2) of the descriptor opened above.
    unsafe {
        libc::close(fd);
    }
}

/// While held, SIGINT, SIGTERM and SIGHUP wait: the handler notes them and the drop acts on
/// them (the cleanup registered by then runs).
#[derive(Debug)]
pub struct Critical(());

impl Critical {
    pub fn enter() -> Critical {
        CRITICAL.store(true, Ordering::Release);
        Critical(())
    }
}

impl Drop for Critical {
    fn drop(&mut self) {
        CRITICAL.store(false, Ordering::Release);
        let pending = PENDING.swap(0, Ordering::AcqRel);
        if pending != 0 {
            finish(pending);
        }
    }
}

/// Take an exclusive advisory lock on `file` without waiting; `false` if another open file
/// description holds it.
pub fn try_lock(file: &File) -> std::io::Result<bool> {
    // SAFETY: flock(2) on a file descriptor this `File` owns.
    let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if r == 0 {
        return Ok(true);
    }
    let e = std::io::Error::last_os_error();
    if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
        Ok(false)
    } else {
        Err(e)
    }
}

/// Whether process `pid` exists (it may belong to someone else).
pub fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill(2) with signal 0 sends nothing; it only checks that the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// The file descriptor of something that holds one open, borrowed for as long as it lives
/// (for `poll`): the TAP crate gives its descriptor as a raw number only.
pub fn borrow_fd<T: AsRawFd>(holder: &T) -> std::os::fd::BorrowedFd<'_> {
    // SAFETY: `holder` owns the descriptor and keeps it open while the borrow lives.
    unsafe { std::os::fd::BorrowedFd::borrow_raw(holder.as_raw_fd()) }
}

/// `file` (a regular file) mapped read-only into memory, read front to back.
///
/// Mapping is `unsafe` because the bytes may change under the map. A capture written to
/// while it is replayed shows its new bytes (a reader past them never looks back); one
/// truncated while it is replayed makes the next page past the new end raise SIGBUS, which
/// [`on_fatal_signal`] turns into a message and a clean exit like any other. Neither is a
/// capture anyone should replay, and neither can corrupt memory the replay relies on.
pub fn map_capture(file: &File) -> std::io::Result<memmap2::Mmap> {
    // SAFETY: a read-only, private view of a file; see above for what a change to the file
    // can do (never more than a wrong byte in a record or SIGBUS).
    let map = unsafe { memmap2::MmapOptions::new().map(file)? };
    // Read-ahead for a front-to-back pass; a hint, so a refusal is not an error.
    let _ = map.advise(memmap2::Advice::Sequential);
    Ok(map)
}

/// Drop `len` bytes of `map` from `offset` out of this process's memory: the pages stay in
/// the page cache, and touching them again reads them back. A replay releases the part of
/// its capture it has read, so that its resident memory does not grow with the capture.
pub fn release_mapped(map: &memmap2::Mmap, offset: usize, len: usize) {
    // SAFETY: MADV_DONTNEED on a read-only file mapping only drops page table entries: no
    // data is lost (a later read of those bytes faults the file's pages back in), so a slice
    // of the map still held anywhere keeps reading the same bytes. A refusal is harmless.
    let _ = unsafe { map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, offset, len) };
}
