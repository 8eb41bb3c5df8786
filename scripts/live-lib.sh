# Shell functions the live demos share (scripts/hil-demo.sh, scripts/bgp-demo.sh); sourced.

# use_dxedge: DXEDGE is $DXEDGE when set, else the release build, built first.
use_dxedge() {
    if [ -z "${DXEDGE:-}" ]; then
        cargo build --release -q -p dxedge-testbench
        DXEDGE=./target/release/dxedge
    fi
}

# wait_for_socket PID SOCKET: until the dxedge serve PID has bound SOCKET (it binds it last,
# after the ready lines); fails if the serve stops first.
wait_for_socket() {
    for _ in $(seq 600); do
        [ -S "$2" ] && break
        kill -0 "$1" 2>/dev/null || { echo "error: dxedge serve stopped" >&2; exit 1; }
        sleep 0.1
    done
    sleep 0.2
}

# fresh_netns NAME...: each namespace made anew, IPv4 only, loopback up.
fresh_netns() {
    for ns in "$@"; do
        ip netns del "$ns" 2>/dev/null || true
        ip netns add "$ns"
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        ip -n "$ns" link set lo up
    done
}
