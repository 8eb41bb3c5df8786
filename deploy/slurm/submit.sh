#!/bin/bash
# Submit a split replay to Slurm: N shards as a job array, then the merge, which starts once
# every shard has succeeded (and never if one has failed).
#   DXEDGE_CONFIG=... DXEDGE_CAPTURE=... DXEDGE_WORK=... deploy/slurm/submit.sh N [sbatch options]
# Options after N (a partition, an account) go to both submissions. Prints both job ids.
set -euo pipefail
n=${1:?usage: submit.sh N [sbatch options]: N is the number of shards}
shift
case $n in
    '' | *[!0-9]* | 0) echo "error: N must be a number of shards, 1 or more, not $n" >&2; exit 2 ;;
esac
: "${DXEDGE_CONFIG:?set DXEDGE_CONFIG}" "${DXEDGE_CAPTURE:?set DXEDGE_CAPTURE}" "${DXEDGE_WORK:?set DXEDGE_WORK}"
here=$(cd "$(dirname "$0")" && pwd)
export DXEDGE_SHARDS=$n
# --parsable prints "jobid" or "jobid;cluster".
array=$(sbatch --parsable "$@" --array="0-$((n - 1))" "$here/replay.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable "$@" --dependency="afterok:$array" "$here/merge.sbatch")
merge=${merge%%;*}
echo "replay: job array $array (shards 0 to $((n - 1)) of $n); merge: job $merge, into $DXEDGE_WORK/merged"
