#!/usr/bin/env bash
# make hil-demo: the pipeline's RTL, under Verilator, between a customer router and a VPC
# host, each a network namespace of this script's own. Ping and TCP (iperf3) cross it both
# ways; the RTT, the throughput and the counters are printed; everything is removed at the
# end, or on Ctrl-C.
#
#   customer namespace dxdemo-cust          dxedge serve               VPC namespace dxdemo-vpc
#   dxc101 169.254.10.2/30, 192.168.1.1 ── VIF corp-private ── vpc-a ── dxa2001 10.1.0.5/16
#                                           control plane: 169.254.10.1 (amazon_address), 10.1.255.254
#
# ENGINE=model|verilator (default verilator), SPEED=10g|100g (default 10g), SECONDS_EACH=5,
# METRICS=127.0.0.1:9100, HOLD=1 to keep it running until Enter (to look around),
# DXEDGE=path to run another build of dxedge (default: target/release/dxedge, built first).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/live-lib.sh

ENGINE=${ENGINE:-verilator}
SPEED=${SPEED:-10g}
SECONDS_EACH=${SECONDS_EACH:-5}
METRICS=${METRICS:-127.0.0.1:9100}
CONFIG=testbench/scenarios/demo/appliance.toml
CUST=dxdemo-cust
VPC=dxdemo-vpc
SOCKET=/run/dxedge/dxc.sock

if [ "$(id -u)" != 0 ]; then
    echo "error: make hil-demo needs root (network namespaces and TAP devices); run it with sudo" >&2
    exit 2
fi
scripts/ensure-tools.sh verilator ping ip iperf3
use_dxedge

serve_pid=
cleanup() {
    set +e
    [ -n "$serve_pid" ] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    ip netns del "$CUST" 2>/dev/null
    ip netns del "$VPC" 2>/dev/null
    echo "-- removed the namespaces; dxedge serve removed its TAPs, its namespace and $SOCKET"
}
trap cleanup EXIT

echo "-- dxedge serve --engine $ENGINE --speed $SPEED"
"$DXEDGE" serve --config "$CONFIG" --engine "$ENGINE" --speed "$SPEED" --metrics "$METRICS" &
serve_pid=$!
wait_for_socket "$serve_pid" "$SOCKET"
echo "-- from another shell, while this runs:"
echo "     $DXEDGE device --socket $SOCKET counters --config $CONFIG"
echo "     curl -s http://$METRICS/metrics"

fresh_netns "$CUST" "$VPC"
# The customer router: the VIF's access port with the customer address, routes via amazon_address.
ip link set dxc101 netns "$CUST"
ip -n "$CUST" link set dxc101 address 02:cc:00:00:00:65 up
ip -n "$CUST" addr add 169.254.10.2/30 dev dxc101
ip -n "$CUST" addr add 192.168.1.1/32 dev dxc101
ip -n "$CUST" route add 10.1.0.0/16 via 169.254.10.1 src 192.168.1.1
# The VPC host: the target's access port, default route via the target's address.
ip link set dxa2001 netns "$VPC"
ip -n "$VPC" link set dxa2001 address 02:aa:00:00:00:0a up
ip -n "$VPC" addr add 10.1.0.5/16 dev dxa2001
ip -n "$VPC" route add default via 10.1.255.254

rtt() { # namespace, destination: RTT min/avg/max/mdev of 20 pings
    ip netns exec "$1" ping -n -q -c 20 -i 0.05 "$2" | sed -n 's/^rtt /      rtt /p'
}
echo "-- ping amazon_address 169.254.10.1 (ARP and ICMP answered by the control plane's kernel)"
rtt "$CUST" 169.254.10.1
echo "-- ping customer 192.168.1.1 -> VPC 10.1.0.5"
rtt "$CUST" 10.1.0.5
echo "-- ping VPC 10.1.0.5 -> customer 192.168.1.1"
rtt "$VPC" 192.168.1.1

ip netns exec "$VPC" iperf3 -s -D -B 10.1.0.5 --pidfile /run/dxedge/hil-demo-iperf3.pid
sleep 0.3
echo "-- TCP customer -> VPC (iperf3, ${SECONDS_EACH} s)"
ip netns exec "$CUST" iperf3 -c 10.1.0.5 -t "$SECONDS_EACH" -f m | grep -E "sender|receiver|error"
sleep 1
echo "-- TCP VPC -> customer (iperf3 -R, ${SECONDS_EACH} s)"
ip netns exec "$CUST" iperf3 -c 10.1.0.5 -t "$SECONDS_EACH" -f m -R | grep -E "sender|receiver|error"
kill "$(cat /run/dxedge/hil-demo-iperf3.pid)" 2>/dev/null || true
rm -f /run/dxedge/hil-demo-iperf3.pid

echo "-- counters (dxedge device --socket $SOCKET counters)"
"$DXEDGE" device --socket "$SOCKET" counters --config "$CONFIG"
echo "-- a few metrics (http://$METRICS/metrics)"
exec 3<>"/dev/tcp/${METRICS%:*}/${METRICS##*:}"
printf 'GET /metrics HTTP/1.0\r\n\r\n' >&3
grep -E '^dxedge_(rx|tx)_packets_total\{direction="[a-z-]+",(vif="corp-private"|target="vpc-a")\}' <&3 || true
exec 3<&-

if [ "${HOLD:-0}" = 1 ]; then
    read -r -p "-- running; press Enter to stop and remove it all " _
fi
