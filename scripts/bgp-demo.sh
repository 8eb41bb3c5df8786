#!/usr/bin/env bash
# make bgp-demo: BGP through the RTL. dxedge serve --bgp runs BIRD as AWS's side of each VIF's
# session in its control namespace; FRR, the customer's router, runs in a namespace of this
# script's own on three VIFs' access ports. The sessions come up through the pipeline's punt
# path and CPU port, FRR's prefixes land in the to-customer tables, and traffic from a VPC
# namespace follows them: to the VIF whose announcement carries 7224:7300, then to the other
# one when the communities swap, then nowhere once withdrawn. Everything is removed at the
# end, or on Ctrl-C.
#
#   customer namespace dxbgp-cust (FRR, AS 65010)    dxedge serve --bgp          dxbgp-vpc
#   dxc101 169.254.10.2/30 ── corp-private (VLAN 101) ─┐
#   dxc102 169.254.20.2/30 ── corp-public  (VLAN 102) ─┼─ vpc-a ── dxa2001 10.1.0.5/16
#   dxc104 169.254.40.2/30 ── corp-backup  (VLAN 104) ─┘
#   lo 172.16.1.1 (the host behind the announced 172.16.1.0/24)
#
# DXEDGE=path runs another build of dxedge (default: target/release/dxedge, built first);
# HOLD=1 keeps it running until Enter.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/live-lib.sh

CONFIG=examples/bgp/appliance.toml
CUST=dxbgp-cust
VPC=dxbgp-vpc
SOCKET=/run/dxedge/dxc.sock
FRR_ETC=/etc/frr/$CUST

if [ "$(id -u)" != 0 ]; then
    echo "error: make bgp-demo needs root (network namespaces, TAP devices, FRR); run it with sudo" >&2
    exit 2
fi
scripts/ensure-tools.sh verilator ping ip setpriv bird birdc vtysh
use_dxedge

serve_pid=
cleanup() {
    set +e
    for d in zebra bgpd bfdd; do
        [ -f "/var/run/frr/$CUST/$d.pid" ] && kill "$(cat "/var/run/frr/$CUST/$d.pid")" 2>/dev/null
    done
    [ -n "$serve_pid" ] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    ip netns del "$CUST" 2>/dev/null
    ip netns del "$VPC" 2>/dev/null
    rm -rf "$FRR_ETC" "/var/run/frr/$CUST"
    echo "-- removed FRR and the namespaces; dxedge serve stopped BIRD and removed its TAPs, its namespace and $SOCKET"
}
trap cleanup EXIT

echo "-- dxedge serve --bgp --config $CONFIG (BIRD's configuration: dxedge bgp-config --config $CONFIG)"
"$DXEDGE" serve --config "$CONFIG" --bgp &
serve_pid=$!
wait_for_socket "$serve_pid" "$SOCKET"

fresh_netns "$CUST" "$VPC"
for port in "101 02:cc:00:00:00:65 169.254.10.2/30" "102 02:cc:00:00:00:66 169.254.20.2/30" "104 02:cc:00:00:00:68 169.254.40.2/30"; do
    set -- $port
    ip link set "dxc$1" netns "$CUST"
    ip -n "$CUST" link set "dxc$1" address "$2" up
    ip -n "$CUST" addr add "$3" dev "dxc$1"
done
ip -n "$CUST" addr add 172.16.1.1/32 dev lo
ip link set dxa2001 netns "$VPC"
ip -n "$VPC" link set dxa2001 address 02:aa:00:00:00:0a up
ip -n "$VPC" addr add 10.1.0.5/16 dev dxa2001
ip -n "$VPC" route add default via 10.1.255.254

# The customer's router: a session per VIF with the config's MD5 keys, BFD on corp-private,
# 172.16.1.0/24 announced on both private VIFs (7224:7300 on corp-private, 7224:7100 on
# corp-backup), 203.0.113.0/24 on the public one.
mkdir -p "$FRR_ETC"
cat > "$FRR_ETC/frr.conf" <<CONF
frr defaults traditional
hostname customer
ip prefix-list PRIVATE seq 5 permit 172.16.1.0/24
ip prefix-list PUBLIC seq 5 permit 203.0.113.0/24
route-map TO-101 permit 10
 match ip address prefix-list PRIVATE
 set community 7224:7300
route-map TO-104 permit 10
 match ip address prefix-list PRIVATE
 set community 7224:7100
route-map TO-102 permit 10
 match ip address prefix-list PUBLIC
router bgp 65010
 bgp router-id 169.254.10.2
 no bgp ebgp-requires-policy
 no bgp network import-check
 neighbor 169.254.10.1 remote-as 64512
 neighbor 169.254.10.1 password dx-md5-key-101
 neighbor 169.254.10.1 bfd
 neighbor 169.254.20.1 remote-as 7224
 neighbor 169.254.20.1 password dx-md5-key-102
 neighbor 169.254.40.1 remote-as 64512
 neighbor 169.254.40.1 password dx-md5-key-104
 address-family ipv4 unicast
  network 172.16.1.0/24
  network 203.0.113.0/24
  neighbor 169.254.10.1 route-map TO-101 out
  neighbor 169.254.20.1 route-map TO-102 out
  neighbor 169.254.40.1 route-map TO-104 out
  neighbor 169.254.10.1 advertisement-interval 0
  neighbor 169.254.20.1 advertisement-interval 0
  neighbor 169.254.40.1 advertisement-interval 0
 exit-address-family
CONF
touch "$FRR_ETC/vtysh.conf"
chown -R frr:frr "$FRR_ETC"
for d in zebra bgpd bfdd; do
    ip netns exec "$CUST" /usr/lib/frr/$d -d -N "$CUST" -f "$FRR_ETC/frr.conf" 2>/dev/null
done
vtysh() { ip netns exec "$CUST" vtysh -N "$CUST" "$@"; }

echo "-- waiting for the three sessions (BGP through the punt path and the CPU port)"
for _ in $(seq 300); do
    [ "$("$DXEDGE" device --socket "$SOCKET" bgp | grep -c Established)" = 3 ] && break
    sleep 0.2
done
# The announcements follow the OPENs.
for _ in $(seq 50); do
    [ -n "$(ip -n dxedge-cp route show table 102)" ] && break
    sleep 0.1
done
echo "-- dxedge device --socket $SOCKET bgp"
"$DXEDGE" device --socket "$SOCKET" bgp
echo "-- FRR: show bgp summary"
vtysh -c "show bgp ipv4 unicast summary" | grep -E "^Neighbor|^169"
echo "-- FRR: routes from AWS (NO_EXPORT on the public VIF)"
vtysh -c "show bgp ipv4 unicast" | grep -E "^ *[*>]" || true
vtysh -c "show bgp ipv4 unicast 52.94.0.0/16" | grep -i community || true
echo "-- control namespace: the learned routes in the VIFs' kernel tables (realm = preference)"
ip -n dxedge-cp route show table 100
ip -n dxedge-cp route show table 101
ip -n dxedge-cp route show table 102

sent() { # to-customer tx_packets of a VIF
    "$DXEDGE" device --socket "$SOCKET" counters --json --config "$CONFIG" |
        python3 -c "import json,sys; print(json.load(sys.stdin)['to-customer']['vifs']['$1']['tx_packets'])"
}
pings() { # five pings VPC -> 172.16.1.1; which VIF carried them
    local a b
    a=$(sent corp-private); b=$(sent corp-backup)
    ip netns exec "$VPC" ping -n -q -c 5 -i 0.05 -W 1 172.16.1.1 | sed -n 's/^\(5 packets.*\)/      \1/p'
    echo "      corp-private carried $(( $(sent corp-private) - a )), corp-backup $(( $(sent corp-backup) - b ))"
}
echo "-- VPC 10.1.0.5 -> 172.16.1.1: 7224:7300 on corp-private, 7224:7100 on corp-backup"
pings
echo "-- the communities swap"
vtysh -c "configure terminal" -c "route-map TO-101 permit 10" -c "set community 7224:7100" \
      -c "route-map TO-104 permit 10" -c "set community 7224:7300" >/dev/null
vtysh -c "clear bgp ipv4 unicast * soft out"
sleep 1
pings
echo "-- FRR withdraws 172.16.1.0/24"
vtysh -c "configure terminal" -c "router bgp 65010" -c "address-family ipv4 unicast" \
      -c "no network 172.16.1.0/24" >/dev/null
sleep 1
pings || true
"$DXEDGE" device --socket "$SOCKET" counters --config "$CONFIG" | grep -E "no_route" || true

if [ "${HOLD:-0}" = 1 ]; then
    read -r -p "-- running; press Enter to stop and remove it all " _
fi
