#!/usr/bin/env bash
# Make sure the system tools a target needs are installed: install them with apt-get when
# running as root on Debian/Ubuntu, otherwise print the exact command and fail.
#   scripts/ensure-tools.sh verilator [yosys] [iverilog] [/usr/bin/time] ...
set -euo pipefail

# /usr/bin/time by its path: `time` alone is the shell's keyword.
declare -A PACKAGE=([verilator]=verilator [yosys]=yosys [iverilog]=iverilog [nextpnr-ice40]=nextpnr-ice40 [icepack]=fpga-icestorm [tshark]=tshark [/usr/bin/time]=time [ping]=iputils-ping [ip]=iproute2 [iperf3]=iperf3 [setpriv]=util-linux [unshare]=util-linux [taskset]=util-linux [bird]=bird2 [birdc]=bird2 [vtysh]=frr)
missing=()
for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("${PACKAGE[$tool]:-$tool}")
done

if [ ${#missing[@]} -gt 0 ]; then
    cmd="apt-get install -y ${missing[*]}"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "-- INSTALL ${missing[*]} ($cmd)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "error: missing ${missing[*]}; install with:  sudo $cmd" >&2
        exit 1
    fi
fi

for tool in "$@"; do
    if [ "$tool" = verilator ]; then
        version=$(verilator --version | awk '{print $2}')
        case "$version" in
            5.*) ;;
            *) echo "error: Verilator 5 is required (tested with 5.006), found $version" >&2; exit 1 ;;
        esac
    fi
done
