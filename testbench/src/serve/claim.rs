//! Who owns a name: an advisory lock file per name a `serve` uses (its customer and AWS
//! ports, its control namespace, its socket), under `/run/dxedge`. The kernel drops a lock
//! when its process ends, however it ends, so a lock file that nobody holds is the trace of
//! a run that died: what it names is stale and may be cleaned up. A lock that is held is a
//! live `serve`, which a second one leaves alone.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Where lock files and the default sockets live.
pub const RUN_DIR: &str = "/run/dxedge";

/// A name held for this process's life.
#[derive(Debug)]
pub struct Claim {
    path: PathBuf,
    // Held open: the lock lives as long as the file stays open.
    _file: File,
}

/// What claiming found.
#[derive(Debug)]
pub enum Claimed {
    /// Ours now; `stale` holds the pid of a dead run that had claimed it (what it made may
    /// still be there).
    Fresh { claim: Claim, stale: Option<String> },
    /// A live `serve` holds it (its pid, as it wrote it).
    Busy { pid: String },
}

impl Claim {
    /// Claim `kind`/`name` (say `netns`/`dxedge-cp`).
    pub fn take(dir: &Path, kind: &str, name: &str) -> io::Result<Claimed> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!("{kind}-{}.lock", name.replace('/', "_")));
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        let mut before = String::new();
        file.read_to_string(&mut before)?;
        let before = before.trim().to_string();
        if !crate::sys::try_lock(&file)? {
            return Ok(Claimed::Busy { pid: before });
        }
        file.set_len(0)?;
        let mut f = &file;
        writeln!(f, "{}", std::process::id())?;
        Ok(Claimed::Fresh {
            claim: Claim { path, _file: file },
            stale: (!before.is_empty()).then_some(before),
        })
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_name_is_busy_and_a_dropped_one_is_free_again() {
        let dir = tempfile::tempdir().expect("tmp");
        let Claimed::Fresh { claim, stale } = Claim::take(dir.path(), "netns", "cp").expect("io")
        else {
            panic!("a first claim is fresh");
        };
        assert_eq!(stale, None);
        match Claim::take(dir.path(), "netns", "cp").expect("io") {
            Claimed::Busy { pid } => assert_eq!(pid, std::process::id().to_string()),
            Claimed::Fresh { .. } => panic!("a held name is busy"),
        }
        drop(claim);
        assert!(matches!(
            Claim::take(dir.path(), "netns", "cp").expect("io"),
            Claimed::Fresh { stale: None, .. }
        ));
    }

    #[test]
    fn a_lock_file_nobody_holds_is_stale() {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::write(dir.path().join("port-dxc.lock"), "4242\n").expect("write");
        match Claim::take(dir.path(), "port", "dxc").expect("io") {
            Claimed::Fresh { stale, .. } => assert_eq!(stale.as_deref(), Some("4242")),
            Claimed::Busy { .. } => panic!("nobody holds it"),
        }
    }
}
