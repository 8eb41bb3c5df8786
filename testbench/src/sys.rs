//! The few things the `dxedge` command asks of the operating system that std does not offer:
//! cleaning up on a fatal signal, an advisory lock on a file, and whether a process is alive.
//! The only `unsafe` code of this crate.
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
//! The handler runs in signal context, so it only calls what POSIX lists as
//! async-signal-safe: `unlink`, `rmdir`, `write` and `_exit`, over a list built beforehand (a
//! leaked, never-freed allocation published through an atomic pointer). While
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

/// What the handler does: remove `files`, then `dirs` (deepest first; a directory that is
/// not empty stays), print the message for the signal.
struct Cleanup {
    files: Vec<CString>,
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

/// What to clean up if the process is killed by a signal it can catch, from now on; replaces
/// what an earlier call registered. `interrupted` is printed after `error: SIGINT: ` (or the
/// signal's name); `bus_error` after `error: ` on SIGBUS.
pub fn on_fatal_signal(files: &[PathBuf], dirs: &[PathBuf], interrupted: &str, bus_error: &str) {
    let cleanup = Box::new(Cleanup {
        files: files.iter().filter_map(|p| c_path(p)).collect(),
        dirs: dirs.iter().filter_map(|p| c_path(p)).collect(),
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
