
//! Weights of `pallet_tsm_governance`, measured by `tsm-node benchmark pallet`
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
	fn recover_finality(v: u32, ) -> Weight;
	fn purge_session_keys(v: u32, ) -> Weight;
	fn set_parameter() -> Weight;
	fn set_regulated_energy_price() -> Weight;
	fn dispatch_as_root() -> Weight;
	fn report_offence(v: u32, ) -> Weight;
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
		// Proof size: measured `371 + m * 47`, estimated `6461 + m * 47`.
		// Fastest run: 23_316_000 ps.
		Weight::from_parts(27_957_751, 6461)
			.saturating_add(Weight::from_parts(286_103, 0).saturating_mul(m.into()))
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
		// Proof size: measured `113 + m * 32`, estimated `2510 + m * 32`.
		// Fastest run: 18_607_000 ps.
		Weight::from_parts(21_681_701, 2510)
			.saturating_add(Weight::from_parts(202_097, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 32).saturating_mul(m.into()))
	}
	/// Storage: `Grandpa::PendingChange` (r:1 w:0)
	/// Proof: `Grandpa::PendingChange` (`max_values`: Some(1), `max_size`: Some(1294), added: 1789, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `TsmGovernance::Validators` (r:1 w:1)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Offenders` (r:1 w:0)
	/// Proof: `TsmGovernance::Offenders` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::PendingRotations` (r:0 w:1)
	/// Proof: `TsmGovernance::PendingRotations` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[1, 31]`.
	fn add_validator(v: u32, ) -> Weight {
		// Proof size: measured `941 + v * 58`, estimated `6461 + v * 59`.
		// Fastest run: 38_316_000 ps.
		Weight::from_parts(50_883_599, 6461)
			.saturating_add(Weight::from_parts(1_391_354, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 59).saturating_mul(v.into()))
	}
	/// Storage: `Grandpa::PendingChange` (r:1 w:0)
	/// Proof: `Grandpa::PendingChange` (`max_values`: Some(1), `max_size`: Some(1294), added: 1789, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Validators` (r:1 w:1)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::PendingRotations` (r:0 w:1)
	/// Proof: `TsmGovernance::PendingRotations` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[2, 32]`.
	fn remove_validator(v: u32, ) -> Weight {
		// Proof size: measured `295 + v * 32`, estimated `2779`.
		// Fastest run: 22_247_000 ps.
		Weight::from_parts(34_133_053, 2779)
			.saturating_add(Weight::from_parts(735_986, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmGovernance::FinalityRecovery` (r:1 w:1)
	/// Proof: `TsmGovernance::FinalityRecovery` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Grandpa::PendingChange` (r:1 w:0)
	/// Proof: `Grandpa::PendingChange` (`max_values`: Some(1), `max_size`: Some(1294), added: 1789, mode: `MaxEncodedLen`)
	/// Storage: `Grandpa::NextForced` (r:1 w:0)
	/// Proof: `Grandpa::NextForced` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Validators` (r:1 w:1)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::PendingRotations` (r:0 w:1)
	/// Proof: `TsmGovernance::PendingRotations` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[2, 32]`.
	fn recover_finality(v: u32, ) -> Weight {
		// Proof size: measured `295 + v * 32`, estimated `2779`.
		// Fastest run: 25_175_000 ps.
		Weight::from_parts(38_916_283, 2779)
			.saturating_add(Weight::from_parts(2_611_745, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmGovernance::Validators` (r:1 w:0)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:1 w:1)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Session::ExternallySetKeys` (r:1 w:0)
	/// Proof: `Session::ExternallySetKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Session::KeyOwner` (r:0 w:2)
	/// Proof: `Session::KeyOwner` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Component `v` ranges over `[1, 32]`.
	fn purge_session_keys(v: u32, ) -> Weight {
		// Proof size: measured `745 + v * 61`, estimated `4213 + v * 62`.
		// Fastest run: 79_151_000 ps.
		Weight::from_parts(96_810_749, 4213)
			.saturating_add(Weight::from_parts(1_238_214, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 62).saturating_mul(v.into()))
	}
	/// Storage: `TsmGovernance::Parameters` (r:1 w:1)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::MinimumWindow` (r:1 w:0)
	/// Proof: `TsmGovernance::MinimumWindow` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_parameter() -> Weight {
		// Proof size: measured `159`, estimated `1557`.
		// Fastest run: 10_051_000 ps.
		Weight::from_parts(13_560_000, 1557)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:1)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::MinimumWindow` (r:1 w:0)
	/// Proof: `TsmGovernance::MinimumWindow` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_regulated_energy_price() -> Weight {
		// Proof size: measured `628`, estimated `6461`.
		// Fastest run: 25_830_000 ps.
		Weight::from_parts(32_226_000, 6461)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn dispatch_as_root() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Fastest run: 6_282_000 ps.
		Weight::from_parts(9_457_000, 0)
	}
	/// Storage: `TsmGovernance::ReportedOffences` (r:1 w:1)
	/// Proof: `TsmGovernance::ReportedOffences` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Grandpa::PendingChange` (r:1 w:0)
	/// Proof: `Grandpa::PendingChange` (`max_values`: Some(1), `max_size`: Some(1294), added: 1789, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Validators` (r:1 w:1)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Offenders` (r:1 w:1)
	/// Proof: `TsmGovernance::Offenders` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::PendingRotations` (r:0 w:1)
	/// Proof: `TsmGovernance::PendingRotations` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[2, 32]`.
	fn report_offence(v: u32, ) -> Weight {
		// Proof size: measured `295 + v * 32`, estimated `3549`.
		// Fastest run: 30_283_000 ps.
		Weight::from_parts(42_267_833, 3549)
			.saturating_add(Weight::from_parts(665_518, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn admit_member(m: u32, ) -> Weight {
		Weight::from_parts(27_957_751, 6461)
			.saturating_add(Weight::from_parts(286_103, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 47).saturating_mul(m.into()))
	}
	fn remove_member(m: u32, ) -> Weight {
		Weight::from_parts(21_681_701, 2510)
			.saturating_add(Weight::from_parts(202_097, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 32).saturating_mul(m.into()))
	}
	fn add_validator(v: u32, ) -> Weight {
		Weight::from_parts(50_883_599, 6461)
			.saturating_add(Weight::from_parts(1_391_354, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 59).saturating_mul(v.into()))
	}
	fn remove_validator(v: u32, ) -> Weight {
		Weight::from_parts(34_133_053, 2779)
			.saturating_add(Weight::from_parts(735_986, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn recover_finality(v: u32, ) -> Weight {
		Weight::from_parts(38_916_283, 2779)
			.saturating_add(Weight::from_parts(2_611_745, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn purge_session_keys(v: u32, ) -> Weight {
		Weight::from_parts(96_810_749, 4213)
			.saturating_add(Weight::from_parts(1_238_214, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(Weight::from_parts(0, 62).saturating_mul(v.into()))
	}
	fn set_parameter() -> Weight {
		Weight::from_parts(13_560_000, 1557)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_regulated_energy_price() -> Weight {
		Weight::from_parts(32_226_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(9_457_000, 0)
	}
	fn report_offence(v: u32, ) -> Weight {
		Weight::from_parts(42_267_833, 3549)
			.saturating_add(Weight::from_parts(665_518, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
