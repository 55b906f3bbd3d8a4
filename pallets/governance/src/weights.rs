
//! Weights of `pallet_tsm_governance`, measured by `tsm-node benchmark pallet`
//! (benchmark CLI 64.0.0) on 2026-11-27.
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
//!   pallet_tsm_governance
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
//!   pallets/governance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_governance`.
pub trait WeightInfo {
	fn admit_member(m: u32, ) -> Weight;
	fn remove_member(m: u32, ) -> Weight;
	fn add_validator(v: u32, ) -> Weight;
	fn remove_validator(v: u32, ) -> Weight;
	fn purge_session_keys(v: u32, ) -> Weight;
	fn set_parameter() -> Weight;
	fn dispatch_as_root() -> Weight;
}

/// Measured weights, with database costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `CouncilMembership::Members` (r:1 w:1)
	/// Proof: `CouncilMembership::Members` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Council::Proposals` (r:1 w:0)
	/// Proof: `Council::Proposals` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Members` (r:0 w:1)
	/// Proof: `Council::Members` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Prime` (r:0 w:1)
	/// Proof: `Council::Prime` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Component `m` ranges over `[1, 31]`.
	fn admit_member(m: u32, ) -> Weight {
		// Proof size: measured `297 + m * 47`, estimated `6461 + m * 47`.
		// Fastest run: 23_446_000 ps.
		Weight::from_parts(29_821_590, 6461)
			.saturating_add(Weight::from_parts(252_294, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 47).saturating_mul(m.into()))
	}
	/// Storage: `CouncilMembership::Members` (r:1 w:1)
	/// Proof: `CouncilMembership::Members` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Council::Proposals` (r:1 w:0)
	/// Proof: `Council::Proposals` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `CouncilMembership::Prime` (r:1 w:0)
	/// Proof: `CouncilMembership::Prime` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Council::Members` (r:0 w:1)
	/// Proof: `Council::Members` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Council::Prime` (r:0 w:1)
	/// Proof: `Council::Prime` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Component `m` ranges over `[2, 32]`.
	fn remove_member(m: u32, ) -> Weight {
		// Proof size: measured `76 + m * 32`, estimated `2510 + m * 32`.
		// Fastest run: 19_531_000 ps.
		Weight::from_parts(24_251_980, 2510)
			.saturating_add(Weight::from_parts(180_204, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 32).saturating_mul(m.into()))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `TsmGovernance::Validators` (r:1 w:1)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::PendingRotations` (r:0 w:1)
	/// Proof: `TsmGovernance::PendingRotations` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[1, 31]`.
	fn add_validator(v: u32, ) -> Weight {
		// Proof size: measured `697 + v * 58`, estimated `6461 + v * 59`.
		// Fastest run: 30_603_000 ps.
		Weight::from_parts(39_561_594, 6461)
			.saturating_add(Weight::from_parts(931_381, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 59).saturating_mul(v.into()))
	}
	/// Storage: `TsmGovernance::Validators` (r:1 w:1)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::PendingRotations` (r:0 w:1)
	/// Proof: `TsmGovernance::PendingRotations` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[2, 32]`.
	fn remove_validator(v: u32, ) -> Weight {
		// Proof size: measured `88 + v * 32`, estimated `2510`.
		// Fastest run: 17_211_000 ps.
		Weight::from_parts(28_078_033, 2510)
			.saturating_add(Weight::from_parts(480_191, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmGovernance::Validators` (r:1 w:0)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:1)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Session::ExternallySetKeys` (r:1 w:0)
	/// Proof: `Session::ExternallySetKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Session::KeyOwner` (r:0 w:2)
	/// Proof: `Session::KeyOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Component `v` ranges over `[1, 32]`.
	fn purge_session_keys(v: u32, ) -> Weight {
		// Proof size: measured `746 + v * 61`, estimated `4216 + v * 61`.
		// Fastest run: 73_647_000 ps.
		Weight::from_parts(84_806_169, 4216)
			.saturating_add(Weight::from_parts(970_518, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 61).saturating_mul(v.into()))
	}
	/// Storage: `TsmGovernance::Parameters` (r:1 w:1)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::MinimumWindow` (r:1 w:0)
	/// Proof: `TsmGovernance::MinimumWindow` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_parameter() -> Weight {
		// Proof size: measured `155`, estimated `1553`.
		// Fastest run: 10_804_000 ps.
		Weight::from_parts(12_129_000, 1553)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn dispatch_as_root() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Fastest run: 6_075_000 ps.
		Weight::from_parts(6_972_000, 0)
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn admit_member(m: u32, ) -> Weight {
		Weight::from_parts(29_821_590, 6461)
			.saturating_add(Weight::from_parts(252_294, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 47).saturating_mul(m.into()))
	}
	fn remove_member(m: u32, ) -> Weight {
		Weight::from_parts(24_251_980, 2510)
			.saturating_add(Weight::from_parts(180_204, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 32).saturating_mul(m.into()))
	}
	fn add_validator(v: u32, ) -> Weight {
		Weight::from_parts(39_561_594, 6461)
			.saturating_add(Weight::from_parts(931_381, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 59).saturating_mul(v.into()))
	}
	fn remove_validator(v: u32, ) -> Weight {
		Weight::from_parts(28_078_033, 2510)
			.saturating_add(Weight::from_parts(480_191, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn purge_session_keys(v: u32, ) -> Weight {
		Weight::from_parts(84_806_169, 4216)
			.saturating_add(Weight::from_parts(970_518, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 61).saturating_mul(v.into()))
	}
	fn set_parameter() -> Weight {
		Weight::from_parts(12_129_000, 1553)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(6_972_000, 0)
	}
}
