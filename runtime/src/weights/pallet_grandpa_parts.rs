
//! Weights of `pallet_grandpa`, measured by `tsm-node benchmark pallet`
//! (benchmark CLI 64.0.0) on 2026-11-28.
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`; wasm execution `Compiled`;
//! steps 50, repeats 20. Regenerate with
//! `scripts/benchmark-pallets.sh`; do not edit by hand.
//!
//! Command:
//!   /root/.cache/tsm-target/tsm-node-benchmarks
//!   benchmark
//!   pallet
//!   --chain
//!   dev
//!   --pallet
//!   pallet_grandpa
//!   --extrinsic
//!   *
//!   --wasm-execution
//!   compiled
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/pallet-weight-template.hbs
//!   --output
//!   runtime/src/weights/pallet_grandpa_parts.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_grandpa`.
pub trait WeightInfo {
	fn check_equivocation_proof(x: u32, ) -> Weight;
	fn note_stalled() -> Weight;
}

/// Measured weights, with database costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Component `x` ranges over `[0, 1]`.
	fn check_equivocation_proof(x: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Fastest run: 67_424_000 ps.
		Weight::from_parts(72_055_358, 0)
			.saturating_add(Weight::from_parts(24_186, 0).saturating_mul(x.into()))
	}
	/// Storage: `Grandpa::Stalled` (r:0 w:1)
	/// Proof: `Grandpa::Stalled` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn note_stalled() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Fastest run: 2_548_000 ps.
		Weight::from_parts(3_271_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn check_equivocation_proof(x: u32, ) -> Weight {
		Weight::from_parts(72_055_358, 0)
			.saturating_add(Weight::from_parts(24_186, 0).saturating_mul(x.into()))
	}
	fn note_stalled() -> Weight {
		Weight::from_parts(3_271_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
