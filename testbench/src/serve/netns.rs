//! Network namespaces, links and addresses, through rtnetlink (netlink from Rust, no `ip`
//! child processes): the control plane's namespace, the MAC, MTU and address of each of
//! its interfaces, and whether a name is taken.
//!
//! A netlink socket speaks for the namespace its thread was in when it was opened, so work
//! inside the control namespace runs on a thread that entered it ([`in_netns`]): the rest
//! of the process stays where it is.

use std::fs::File;
use std::io;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

use futures_util::TryStreamExt;
use nix::sched::{setns, CloneFlags};
use rtnetlink::{Handle, LinkUnspec, NetworkNamespace};

/// Where `ip netns` keeps named namespaces.
pub const NETNS_DIR: &str = "/run/netns";

pub fn netns_path(name: &str) -> PathBuf {
    PathBuf::from(NETNS_DIR).join(name)
}

pub fn netns_exists(name: &str) -> bool {
    netns_path(name).exists()
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

/// Make the named namespace (as `ip netns add`).
pub fn add_netns(name: &str) -> io::Result<()> {
    block_on(NetworkNamespace::add(name.to_string())).map_err(other)
}

/// Remove the named namespace (as `ip netns del`): its interfaces go with it once no
/// process is inside.
pub fn del_netns(name: &str) -> io::Result<()> {
    block_on(NetworkNamespace::del(name.to_string())).map_err(other)
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .expect("a current-thread runtime with I/O builds")
        .block_on(f)
}

/// Run `f` on a thread inside the named namespace; its result comes back.
pub fn in_netns<T: Send + 'static>(
    name: &str,
    f: impl FnOnce() -> io::Result<T> + Send + 'static,
) -> io::Result<T> {
    let ns = File::open(netns_path(name))?;
    std::thread::spawn(move || {
        setns(&ns, CloneFlags::CLONE_NEWNET).map_err(io::Error::from)?;
        f()
    })
    .join()
    .map_err(|_| io::Error::other("a thread inside the control namespace panicked"))?
}

/// A netlink connection in the calling thread's namespace.
pub struct Netlink {
    rt: tokio::runtime::Runtime,
    handle: Handle,
}

impl Netlink {
    pub fn new() -> io::Result<Netlink> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()?;
        let handle = rt.block_on(async {
            let (connection, handle, _) = rtnetlink::new_connection()?;
            tokio::spawn(connection);
            Ok::<_, io::Error>(handle)
        })?;
        Ok(Netlink { rt, handle })
    }

    /// The index of the link `name`, `None` if there is none.
    pub fn link_index(&self, name: &str) -> io::Result<Option<u32>> {
        self.rt.block_on(async {
            let mut links = self
                .handle
                .link()
                .get()
                .match_name(name.to_string())
                .execute();
            match links.try_next().await {
                Ok(Some(link)) => Ok(Some(link.header.index)),
                Ok(None) => Ok(None),
                // No such device answers as an error.
                Err(rtnetlink::Error::NetlinkError(e)) if e.raw_code() == -libc::ENODEV => Ok(None),
                Err(e) => Err(other(e)),
            }
        })
    }

    /// Give link `index` a MAC address and bring it up.
    pub fn set_mac_up(&self, index: u32, mac: [u8; 6]) -> io::Result<()> {
        self.rt.block_on(async {
            self.handle
                .link()
                .set(
                    LinkUnspec::new_with_index(index)
                        .address(mac.to_vec())
                        .up()
                        .build(),
                )
                .execute()
                .await
                .map_err(other)
        })
    }

    /// Bring link `index` up.
    pub fn set_up(&self, index: u32) -> io::Result<()> {
        self.rt.block_on(async {
            self.handle
                .link()
                .set(LinkUnspec::new_with_index(index).up().build())
                .execute()
                .await
                .map_err(other)
        })
    }

    pub fn add_address(&self, index: u32, addr: Ipv4Addr, len: u8) -> io::Result<()> {
        self.rt.block_on(async {
            self.handle
                .address()
                .add(index, IpAddr::V4(addr), len)
                .execute()
                .await
                .map_err(other)
        })
    }
}
