#!/usr/bin/env bash
# Measures the pallets' calls on this machine and regenerates their weights:
# builds the node with the runtime's benchmarks compiled in (a separate
# feature set: the first build takes as long as a clean one), then runs
# `tsm-node benchmark pallet` for each pallet. The TSM pallets' weights go
# to `pallets/<dir>/src/weights.rs` (trait and implementation, our
# template); FRAME's to `runtime/src/weights/<pallet>.rs` (an
# implementation of the pallet's own `WeightInfo`, FRAME's template);
# GRANDPA's to `runtime/src/weights/pallet_grandpa_parts.rs` (its benchmarks
# measure parts of its calls, which `pallet_grandpa.rs` composes).
#
#   scripts/benchmark-pallets.sh                  # every pallet
#   scripts/benchmark-pallets.sh identity         # only pallets/identity
#   scripts/benchmark-pallets.sh pallet_balances  # one of FRAME's
#   scripts/benchmark-pallets.sh tsm frame        # all of ours, all of FRAME's
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh

# frame-benchmarking-cli carries a test runtime of its own, used only by
# `benchmark storage` in its validate-block mode. The node enables the CLI
# as an optional feature, so the wasm builder (which reads the workspace's
# metadata with default features) cannot find that runtime's package: skip
# its wasm build.
SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1 \
	cargo build --release --locked -p tsm-node --features runtime-benchmarks
# Keep the benchmarking binary apart: the next normal build replaces
# target/release/tsm-node.
bench="$CARGO_TARGET_DIR/tsm-node-benchmarks"
cp "$CARGO_TARGET_DIR/release/tsm-node" "$bench"
# Both feature sets write the runtime's wasm to the same file
# (release/wbuild/tsm-runtime/); make the next normal build write it again,
# so that the normal node never embeds the benchmarking runtime.
touch runtime/build.rs

# pallets/<dir> -> the pallet's name in the runtime's `define_benchmarks!`.
declare -A pallets=([identity]=pallet_tsm_identity [governance]=pallet_tsm_governance [settlement]=pallet_tsm_settlement [assurance]=pallet_tsm_assurance [energy-trading]=pallet_tsm_energy [origin]=pallet_tsm_origin [aura-equivocation]=pallet_aura_equivocation)
# FRAME's pallets with calls and benchmarks of their own. Not here: Aura
# (no calls), Session (FRAME's benchmarks need pallet-staking; its one
# call open to users, `setKeys`, keeps FRAME's reference weight) and
# GRANDPA (its benchmarks do not produce its `WeightInfo`).
frame=(frame_system frame_system_extensions pallet_balances pallet_transaction_payment pallet_timestamp pallet_identity pallet_collective pallet_membership pallet_multisig pallet_utility pallet_sudo)

names=("$@")
[ ${#names[@]} -gt 0 ] || names=(tsm frame)
selected=()
for name in "${names[@]}"; do
	case "$name" in
	tsm) selected+=("${!pallets[@]}") ;;
	frame) selected+=("${frame[@]}" pallet_grandpa) ;;
	*) selected+=("$name") ;;
	esac
done

run() {
	"$bench" benchmark pallet \
		--chain dev \
		--pallet "$1" \
		--extrinsic '*' \
		--wasm-execution compiled \
		--steps 50 \
		--repeat 20 \
		"${@:2}"
}

for name in "${selected[@]}"; do
	if [ -n "${pallets[$name]:-}" ]; then
		echo "benchmarking ${pallets[$name]} -> pallets/$name/src/weights.rs"
		run "${pallets[$name]}" \
			--template scripts/pallet-weight-template.hbs \
			--output "pallets/$name/src/weights.rs"
	elif [ "$name" = pallet_grandpa ]; then
		# Its benchmarks measure parts of its calls, not its WeightInfo:
		# runtime/src/weights/pallet_grandpa.rs composes them.
		echo "benchmarking $name -> runtime/src/weights/pallet_grandpa_parts.rs"
		run "$name" \
			--template scripts/pallet-weight-template.hbs \
			--output runtime/src/weights/pallet_grandpa_parts.rs
	elif [[ " ${frame[*]} " == *" $name "* ]]; then
		echo "benchmarking $name -> runtime/src/weights/$name.rs"
		run "$name" --header scripts/frame-weight-header.txt --output "runtime/src/weights/$name.rs"
		# FRAME's template names the trait after the benchmarked "pallet";
		# the system extensions' trait lives in frame_system.
		if [ "$name" = frame_system_extensions ]; then
			sed -i 's/frame_system_extensions::WeightInfo/frame_system::ExtensionsWeightInfo/' \
				runtime/src/weights/frame_system_extensions.rs
		fi
	else
		echo "unknown pallet: $name (a directory under pallets/, or one of: ${frame[*]})" >&2
		exit 1
	fi
done
