//! From BIRD's RIB to the pipeline: the sync that watches the per-VIF kernel tables of the
//! control namespace and hands the serve loop each VIF's learned routes.
//!
//! ```text
//!  BIRD (protocol kernel) ──► kernel table 100+i ──RTM_NEWROUTE/DELROUTE──► this thread
//!                             (realm = preference)
//!       (control namespace)                                                 │ Learned
//!                                     serve loop ◄── channel + a byte on `wake` ◄┘
//!       └─► customer routes (static + learned) ─► Device::compile_next ─► program ─► commit
//! ```
//!
//! A thread entered the control namespace opens a netlink socket subscribed to IPv4 route
//! notifications. On each burst of notifications it dumps the IPv4 routes again and sends
//! the whole learned set when it differs from the last one sent: a route table of a few
//! hundred prefixes dumps in well under a millisecond, and a full snapshot cannot drift from
//! the kernel the way a stream of deltas applied by hand can (a replaced route, a missed
//! message on an overrun socket). This is the path a router engineer knows from whitebox
//! switches: the routing daemon owns the RIB, the kernel FIB is the hand-off, and a sync
//! process turns it into hardware table writes (as SONiC's fpmsyncd and orchagent do).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::net::Ipv4Addr;
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, Receiver, Sender};

use dxedge_host::config::{Config, CustomerRoute, Ipv4Prefix, Preference};
use futures_util::{FutureExt, StreamExt, TryStreamExt};
use nix::sched::{setns, CloneFlags};
use rtnetlink::packet_route::route::{RouteAddress, RouteAttribute, RouteMessage, RouteType};
use rtnetlink::sys::AsyncSocket;
use rtnetlink::{new_multicast_connection, MulticastGroup, RouteMessageBuilder};

use super::bgp::{preference_of_realm, vif_of_table};
use super::netns::netns_path;

/// The notification socket's receive buffer, bytes.
const NOTIFY_BUFFER: usize = 8 << 20;
/// Quiet time after a burst of notifications before the dump that catches any lost one.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(100);

/// The routes learned on each VIF (index = VIF index), with their preference.
pub type Learned = Vec<BTreeMap<Ipv4Prefix, Preference>>;

/// The watching thread's output: the latest learned set, and a socket that turns readable
/// when one arrives (for `poll`).
pub struct RibWatch {
    pub wake: UnixStream,
    rx: Receiver<Result<Learned, String>>,
}

impl RibWatch {
    /// Watch the kernel tables of `vifs` VIFs in namespace `netns`. The first learned set
    /// (usually empty) arrives at once.
    pub fn start(netns: &str, vifs: usize) -> io::Result<RibWatch> {
        let ns = File::open(netns_path(netns))?;
        let (wake, mut poke) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("rib-watch".into())
            .spawn(move || {
                let result = setns(&ns, CloneFlags::CLONE_NEWNET)
                    .map_err(io::Error::from)
                    .and_then(|()| watch(vifs, &tx, &mut poke));
                if let Err(e) = result {
                    let _ = tx.send(Err(e.to_string()));
                    let _ = poke.write_all(&[1]);
                }
            })?;
        Ok(RibWatch { wake, rx })
    }

    /// The newest learned set since the last call, if any (an error if the watch stopped).
    pub fn latest(&mut self) -> Option<Result<Learned, String>> {
        let mut sink = [0u8; 256];
        while matches!(self.wake.read(&mut sink), Ok(n) if n > 0) {}
        self.rx.try_iter().last()
    }
}

fn watch(
    vifs: usize,
    tx: &Sender<Result<Learned, String>>,
    poke: &mut UnixStream,
) -> io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    rt.block_on(async {
        let (mut conn, _, mut messages) = new_multicast_connection(&[MulticastGroup::Ipv4Route])?;
        // Room for a burst (a session with 1,000 routes going down): a notification the
        // kernel cannot queue is lost, and the overrun is not reported on this channel.
        // FORCE goes past net.core.rmem_max (serve runs as root); the settle dump below
        // covers a loss all the same.
        let socket = conn.socket_mut().socket_ref();
        nix::sys::socket::setsockopt(
            socket,
            nix::sys::socket::sockopt::RcvBufForce,
            &NOTIFY_BUFFER,
        )
        .map_err(|e| io::Error::other(format!("the notification socket's buffer: {e}")))?;
        tokio::spawn(conn);
        let (conn, handle, _) = rtnetlink::new_connection()?;
        tokio::spawn(conn);
        let mut last: Option<Learned> = None;
        let mut settled = true;
        loop {
            let routes: Vec<RouteMessage> = handle
                .route()
                .get(RouteMessageBuilder::<Ipv4Addr>::new().build())
                .execute()
                .try_collect()
                .await
                .map_err(|e| io::Error::other(format!("dumping the routes: {e}")))?;
            let learned = learned_of(&routes, vifs);
            if last.as_ref() != Some(&learned) {
                if tx.send(Ok(learned.clone())).is_err() {
                    return Ok(());
                }
                poke.write_all(&[1])?;
                last = Some(learned);
            }
            // Wait for a notification, then take the rest of its burst before dumping; after
            // a burst, one more dump once it has been quiet for SETTLE.
            let next = if settled {
                messages.next().await
            } else {
                match tokio::time::timeout(SETTLE, messages.next()).await {
                    Ok(m) => m,
                    Err(_) => {
                        settled = true;
                        continue;
                    }
                }
            };
            if next.is_none() {
                return Err(io::Error::other("the route notifications stopped"));
            }
            settled = false;
            while let Some(Some(_)) = messages.next().now_or_never() {}
        }
    })
}

/// The learned set from a dump of IPv4 routes: unicast routes of the VIFs' kernel tables.
pub fn learned_of(routes: &[RouteMessage], vifs: usize) -> Learned {
    let mut learned: Learned = vec![BTreeMap::new(); vifs];
    for r in routes {
        if r.header.kind != RouteType::Unicast {
            continue;
        }
        let mut table = u32::from(r.header.table);
        let mut dest = Ipv4Addr::UNSPECIFIED;
        let mut realm = 0;
        for a in &r.attributes {
            match a {
                RouteAttribute::Table(t) => table = *t,
                RouteAttribute::Destination(RouteAddress::Inet(d)) => dest = *d,
                RouteAttribute::Realm(r) => realm = r.destination,
                _ => {}
            }
        }
        let Some(vif) = vif_of_table(table, vifs) else {
            continue;
        };
        let Some(prefix) = Ipv4Prefix::new(dest, r.header.destination_prefix_length) else {
            continue;
        };
        let preference = preference_of_realm(realm);
        // One route per prefix in a table (BIRD's kernel protocol replaces it); if some
        // other program added a second, the preferred one.
        let held = learned[vif].entry(prefix).or_insert(preference);
        *held = (*held).max(preference);
    }
    learned
}

/// `config` with each VIF's learned routes added to its customer routes; a static
/// `[[customer_route]]` of the same VIF and prefix stays as configured.
pub fn with_learned(config: &Config, learned: &Learned) -> Config {
    let mut c = config.clone();
    for (vif, routes) in learned.iter().enumerate() {
        for (&prefix, &preference) in routes {
            let configured = config
                .customer_routes
                .iter()
                .any(|r| r.vif == vif && r.prefix == prefix);
            if !configured {
                c.customer_routes.push(CustomerRoute {
                    vif,
                    prefix,
                    preference,
                });
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use rtnetlink::packet_route::route::RouteRealm;

    fn route(
        table: u32,
        dest: [u8; 4],
        len: u8,
        realm: Option<u16>,
        kind: RouteType,
    ) -> RouteMessage {
        let mut r = RouteMessage::default();
        r.header.table = 252; // RT_TABLE_COMPAT: the real number is the attribute
        r.header.destination_prefix_length = len;
        r.header.kind = kind;
        r.attributes.push(RouteAttribute::Table(table));
        r.attributes
            .push(RouteAttribute::Destination(RouteAddress::Inet(
                Ipv4Addr::from(dest),
            )));
        if let Some(destination) = realm {
            r.attributes.push(RouteAttribute::Realm(RouteRealm {
                source: 0,
                destination,
            }));
        }
        r
    }

    #[test]
    fn each_vifs_kernel_table_gives_its_learned_routes_and_their_preference() {
        let routes = [
            route(100, [172, 16, 1, 0], 24, Some(3), RouteType::Unicast),
            route(101, [172, 16, 1, 0], 24, None, RouteType::Unicast),
            route(101, [203, 0, 113, 0], 24, Some(1), RouteType::Unicast),
            // Not a VIF's table, not unicast, or not a prefix: left out.
            route(254, [10, 0, 0, 0], 8, None, RouteType::Unicast),
            route(103, [10, 0, 0, 0], 8, None, RouteType::Unicast),
            route(100, [10, 9, 0, 0], 16, None, RouteType::Unreachable),
            route(100, [10, 9, 0, 1], 16, None, RouteType::Unicast),
        ];
        let learned = learned_of(&routes, 3);
        let p = |s: &str| s.parse::<Ipv4Prefix>().expect("prefix");
        assert_eq!(
            learned[0].iter().collect::<Vec<_>>(),
            vec![(&p("172.16.1.0/24"), &Preference::High)]
        );
        assert_eq!(
            learned[1].iter().collect::<Vec<_>>(),
            vec![
                (&p("172.16.1.0/24"), &Preference::Medium),
                (&p("203.0.113.0/24"), &Preference::Low)
            ]
        );
        assert!(learned[2].is_empty());
    }
}
