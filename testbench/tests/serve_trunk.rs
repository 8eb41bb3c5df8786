//! `dxedge serve --port-mode trunk`: one TAP per side carrying 802.1Q-tagged frames, as the
//! physical port does. These machines' kernel has no VLAN devices, so the test writes and
//! reads tagged frames on the trunk TAPs directly, through packet sockets.
#![allow(unsafe_code)]

#[path = "common/live.rs"]
mod live;

use std::net::Ipv4Addr;
use std::path::Path;
use std::time::{Duration, Instant};

use dxedge_testbench::craft;
use live::{require_root, Serve, ServeSpec};

const PORT_MAC: [u8; 6] = [0x02, 0x00, 0x5e, 0x00, 0x00, 0x01];
const CUSTOMER_MAC: [u8; 6] = [0x02, 0xcc, 0x00, 0x00, 0x00, 0x65];
const VPC_MAC: [u8; 6] = [0x02, 0xaa, 0x00, 0x00, 0x00, 0x0a];

/// An AF_PACKET socket on one interface: every frame it sends goes out of that interface
/// (for a TAP: to the process holding it), every frame the interface receives comes in.
struct PacketSocket {
    fd: std::os::fd::OwnedFd,
}

impl PacketSocket {
    fn on(ifname: &str) -> PacketSocket {
        use std::os::fd::FromRawFd;
        let index = std::fs::read_to_string(format!("/sys/class/net/{ifname}/ifindex"))
            .expect("ifindex")
            .trim()
            .parse::<i32>()
            .expect("a number");
        let proto = (libc::ETH_P_ALL as u16).to_be();
        // SAFETY: plain socket(2)/bind(2)/setsockopt(2) calls with valid, sized arguments.
        unsafe {
            let fd = libc::socket(libc::AF_PACKET, libc::SOCK_RAW, i32::from(proto));
            assert!(
                fd >= 0,
                "packet socket: {}",
                std::io::Error::last_os_error()
            );
            let mut sll: libc::sockaddr_ll = std::mem::zeroed();
            sll.sll_family = libc::AF_PACKET as u16;
            sll.sll_protocol = proto;
            sll.sll_ifindex = index;
            let r = libc::bind(
                fd,
                &sll as *const _ as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_ll>() as u32,
            );
            assert_eq!(r, 0, "bind: {}", std::io::Error::last_os_error());
            let tv = libc::timeval {
                tv_sec: 0,
                tv_usec: 100_000,
            };
            // The kernel takes the tag off a received frame and keeps it beside it: ask for it.
            let one: libc::c_int = 1;
            libc::setsockopt(
                fd,
                libc::SOL_PACKET,
                libc::PACKET_AUXDATA,
                &one as *const _ as *const libc::c_void,
                std::mem::size_of::<libc::c_int>() as u32,
            );
            libc::setsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_RCVTIMEO,
                &tv as *const _ as *const libc::c_void,
                std::mem::size_of::<libc::timeval>() as u32,
            );
            PacketSocket {
                fd: std::os::fd::OwnedFd::from_raw_fd(fd),
            }
        }
    }

    fn send(&self, frame: &[u8]) {
        use std::os::fd::AsRawFd;
        // SAFETY: send(2) of a live buffer on an open socket.
        let n = unsafe { libc::send(self.fd.as_raw_fd(), frame.as_ptr().cast(), frame.len(), 0) };
        assert_eq!(
            n,
            frame.len() as isize,
            "send: {}",
            std::io::Error::last_os_error()
        );
    }

    /// The first frame the interface receives (not one it sent) that `want` accepts, within
    /// a few seconds.
    fn expect(&self, what: &str, want: impl Fn(&[u8]) -> bool) -> Vec<u8> {
        use std::os::fd::AsRawFd;
        let until = Instant::now() + Duration::from_secs(5);
        let mut buf = vec![0u8; 10_000];
        while Instant::now() < until {
            // SAFETY: recvmsg(2) into live buffers of the sizes given; the control messages
            // are read as the kernel laid them out (CMSG_* walk).
            let (n, pkttype, tci) = unsafe {
                let mut sll: libc::sockaddr_ll = std::mem::zeroed();
                let mut iov = libc::iovec {
                    iov_base: buf.as_mut_ptr().cast(),
                    iov_len: buf.len(),
                };
                let mut control = [0u8; 256];
                let mut msg: libc::msghdr = std::mem::zeroed();
                msg.msg_name = &mut sll as *mut _ as *mut libc::c_void;
                msg.msg_namelen = std::mem::size_of::<libc::sockaddr_ll>() as u32;
                msg.msg_iov = &mut iov;
                msg.msg_iovlen = 1;
                msg.msg_control = control.as_mut_ptr().cast();
                msg.msg_controllen = control.len();
                let n = libc::recvmsg(self.fd.as_raw_fd(), &mut msg, 0);
                let mut tci = None;
                let mut c = libc::CMSG_FIRSTHDR(&msg);
                while !c.is_null() {
                    if (*c).cmsg_level == libc::SOL_PACKET && (*c).cmsg_type == libc::PACKET_AUXDATA
                    {
                        let aux = std::ptr::read_unaligned(
                            libc::CMSG_DATA(c) as *const libc::tpacket_auxdata
                        );
                        if aux.tp_status & libc::TP_STATUS_VLAN_VALID != 0 {
                            tci = Some(aux.tp_vlan_tci);
                        }
                    }
                    c = libc::CMSG_NXTHDR(&msg, c);
                }
                (n, sll.sll_pkttype, tci)
            };
            if n <= 0 || pkttype == libc::PACKET_OUTGOING {
                continue;
            }
            let mut frame = buf[..n as usize].to_vec();
            if let (Some(tci), true) = (tci, frame.len() >= 12) {
                frame.splice(12..12, [0x81, 0x00, (tci >> 8) as u8, tci as u8]);
            }
            let frame = &frame[..];
            if want(frame) {
                return frame.to_vec();
            }
        }
        panic!("no {what} came out within 5 s");
    }
}

/// The VID of a tagged frame (as `expect` hands it over, the tag back in place).
fn vid(frame: &[u8]) -> Option<u16> {
    (frame.len() > 16 && frame[12..14] == [0x81, 0x00])
        .then(|| u16::from_be_bytes([frame[14], frame[15]]) & 0xfff)
}

fn trunk(engine: &str) {
    require_root();
    let dir = tempfile::tempdir().expect("tmp");
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/demo/appliance.toml");
    let serve = Serve::start(&ServeSpec {
        config: &config,
        engine,
        speed: "10g",
        trunk: true,
        metrics: false,
        dir: dir.path(),
    });
    let customer = PacketSocket::on(&serve.customer_port);
    let aws = PacketSocket::on(&serve.aws_port);

    // ARP on VIF 101: the control plane's reply leaves the trunk tagged 101.
    let request = craft::tagged(
        [0xff; 6],
        CUSTOMER_MAC,
        101,
        craft::ARP,
        &craft::arp_request(
            CUSTOMER_MAC,
            Ipv4Addr::new(169, 254, 10, 2),
            Ipv4Addr::new(169, 254, 10, 1),
        ),
    );
    customer.send(&request);
    let reply = customer.expect("tagged ARP reply", |f| {
        vid(f) == Some(101) && f[16..18] == [0x08, 0x06] && f[24..26] == [0, 2]
    });
    assert_eq!(&reply[..6], &CUSTOMER_MAC, "{engine}: to the asker");
    assert_eq!(&reply[6..12], &PORT_MAC, "{engine}: from the port MAC");
    assert_eq!(
        &reply[18 + 8..18 + 14],
        &PORT_MAC,
        "{engine}: sender hardware address"
    );
    assert_eq!(
        &reply[18 + 14..18 + 18],
        &[169, 254, 10, 1],
        "{engine}: sender address"
    );

    // A datagram to a VPC address: out of the AWS trunk tagged 2001, rewritten for vpc-a.
    let ip = craft::ipv4_packet(
        Ipv4Addr::new(192, 168, 1, 1),
        Ipv4Addr::new(10, 1, 0, 5),
        64,
        17,
        &[],
        &craft::udp(4000, 9, 40, 0x5a),
    );
    customer.send(&craft::tagged(PORT_MAC, CUSTOMER_MAC, 101, 0x0800, &ip));
    let out = aws.expect("forwarded datagram", |f| {
        vid(f) == Some(2001) && f[16..18] == [0x08, 0x00]
    });
    assert_eq!(&out[..6], &VPC_MAC, "{engine}: to vpc-a's MAC");
    assert_eq!(&out[6..12], &PORT_MAC);
    assert_eq!(out[18 + 8], 63, "{engine}: TTL decremented");
    assert_eq!(
        &out[18 + 20 + 8..18 + 20 + 40],
        &[0x5a; 32][..],
        "{engine}: payload intact"
    );

    // And back: from vpc-a's VLAN to the customer's, tagged 101.
    let ip = craft::ipv4_packet(
        Ipv4Addr::new(10, 1, 0, 5),
        Ipv4Addr::new(192, 168, 1, 1),
        64,
        17,
        &[],
        &craft::udp(9, 4000, 40, 0xa5),
    );
    aws.send(&craft::tagged(PORT_MAC, VPC_MAC, 2001, 0x0800, &ip));
    let out = customer.expect("returned datagram", |f| {
        vid(f) == Some(101) && f[16..18] == [0x08, 0x00] && f.len() >= 18 + 48 && f[18 + 28] == 0xa5
    });
    assert_eq!(&out[..6], &CUSTOMER_MAC, "{engine}: to the customer's MAC");
    assert_eq!(out[18 + 8], 63, "{engine}: TTL decremented");
}

#[test]
fn model_engine_trunk_ports_carry_tagged_frames_both_ways() {
    trunk("model");
}

#[test]
fn verilator_engine_trunk_ports_carry_tagged_frames_both_ways() {
    trunk("verilator");
}
