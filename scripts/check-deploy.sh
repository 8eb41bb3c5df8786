#!/usr/bin/env bash
# The Kubernetes manifests of deploy/ against the Kubernetes API's schema, strictly (a key the
# API does not know is an error), with kubernetes-validate from PyPI: its schemas come in the
# package, so checking needs no network. It is installed into target/deploy-check when
# missing. (tests/deploy.rs runs the manifests' commands; this checks that a cluster takes them.)
#   scripts/check-deploy.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.37.0
# The oldest Kubernetes the package has schemas for (Indexed Jobs and JOB_COMPLETION_INDEX
# are GA since 1.24) and the newest.
KUBERNETES=(1.25.0 1.37.0)
venv=target/deploy-check

if [ "$("$venv/bin/kubernetes-validate" --version 2>/dev/null)" != "$VERSION" ]; then
    echo "-- INSTALL kubernetes-validate==$VERSION (pip, into $venv)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$VERSION"
fi
for kubernetes in "${KUBERNETES[@]}"; do
    echo "-- VALIDATE deploy/kubernetes/*.yaml, Kubernetes $kubernetes, strict"
    "$venv/bin/kubernetes-validate" --strict --quiet -k "$kubernetes" deploy/kubernetes/*.yaml
done
