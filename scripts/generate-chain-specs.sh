#!/usr/bin/env bash
# Regenerates chain-specs/{local,consortium}.json from the runtime's genesis
# presets. Run it after changing a preset or the genesis of a pallet; the
# test `chain_specs` fails until you do.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
build_node
for chain in local consortium; do
	"$TSM_NODE" export-chain-spec --chain "$chain" --output "chain-specs/$chain.json"
done
