#!/usr/bin/env bash
# One command runs the chain: a single-validator development network with its
# embedded database (ParityDB), JSON-RPC on ws://127.0.0.1:9944.
# Extra arguments go to the node, e.g. `--base-path ./dev-data` to keep the
# chain between runs (by default `--dev` uses a temporary directory).
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
build_node
exec "$TSM_NODE" --dev "$@"
