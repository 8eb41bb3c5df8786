//! A small tmpfs, for tests of what happens when a file system fills up. Mounting needs
//! root (or CAP_SYS_ADMIN): without it, [`Tmpfs::mount`] says so and returns `None`, and the
//! test skips that part. The mount is undone and its directory removed on drop, whatever
//! the test did.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

pub struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// A tmpfs of `size` (as mount takes it: `64k`, `1m`) on a fresh directory.
    pub fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status();
        match status {
            Ok(s) if s.success() => Some(Tmpfs { dir }),
            // A full disk is the point of these tests: not being able to make one is a
            // failure, not a pass (the tests and CI run as root).
            _ => panic!(
                "cannot mount a {size}-byte tmpfs on {} (mounting needs root)",
                dir.path().display()
            ),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The names in the file system's root, hidden ones included.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path())
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Fill what room is left with one file (`filler`).
    pub fn fill(&self) {
        use std::io::Write;
        if let Ok(mut f) = std::fs::File::create(self.path().join("filler")) {
            let block = vec![0xa5u8; 4096];
            while f.write_all(&block).is_ok() {}
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // Lazily: a process of the test still inside it must not keep it mounted.
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}
