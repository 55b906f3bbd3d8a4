
//! Weights of `pallet_tsm_settlement`, measured by `tsm-node benchmark pallet`
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
//!   pallet_tsm_settlement
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
//!   pallets/settlement/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_settlement`.
pub trait WeightInfo {
	fn publish_offer() -> Weight;
	fn update_offer() -> Weight;
	fn withdraw_offer() -> Weight;
	fn order() -> Weight;
	fn accept_order() -> Weight;
	fn reject_order() -> Weight;
	fn submit_usage() -> Weight;
	fn dispute_usage() -> Weight;
	fn close_period() -> Weight;
	fn resume() -> Weight;
	fn give_notice() -> Weight;
	fn purge_agreement(t: u32, ) -> Weight;
	fn resolve_dispute() -> Weight;
	fn create_settlement_group() -> Weight;
	fn invite_to_group() -> Weight;
	fn withdraw_invitation() -> Weight;
	fn join_settlement_group() -> Weight;
	fn set_charge_limit() -> Weight;
	fn record_charge() -> Weight;
	fn dispute_charge() -> Weight;
	fn arbitrate_charge() -> Weight;
	fn leave_settlement_group() -> Weight;
	fn dissolve_settlement_group(n: u32, ) -> Weight;
	fn close_settlement_period(n: u32, c: u32, ) -> Weight;
	fn dispute_netting() -> Weight;
	fn settle_netting(n: u32, ) -> Weight;
}

/// Measured weights, with database costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::NextOfferId` (r:1 w:1)
	/// Proof: `TsmSettlement::NextOfferId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::OffersOf` (r:1 w:1)
	/// Proof: `TsmSettlement::OffersOf` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Offers` (r:0 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn publish_offer() -> Weight {
		// Proof size: measured `1470`, estimated `6461`.
		// Fastest run: 81_388_000 ps.
		Weight::from_parts(96_356_000, 6461)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn update_offer() -> Weight {
		// Proof size: measured `1399`, estimated `4163`.
		// Fastest run: 22_398_000 ps.
		Weight::from_parts(27_843_000, 4163)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::OffersOf` (r:1 w:1)
	/// Proof: `TsmSettlement::OffersOf` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn withdraw_offer() -> Weight {
		// Proof size: measured `2339`, estimated `4163`.
		// Fastest run: 63_344_000 ps.
		Weight::from_parts(78_126_000, 4163)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PendingOrdersOf` (r:1 w:1)
	/// Proof: `TsmSettlement::PendingOrdersOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::NextAgreementId` (r:1 w:1)
	/// Proof: `TsmSettlement::NextAgreementId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::AgreementsOf` (r:2 w:2)
	/// Proof: `TsmSettlement::AgreementsOf` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Agreements` (r:0 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	fn order() -> Weight {
		// Proof size: measured `9211`, estimated `10136`.
		// Fastest run: 252_539_000 ps.
		Weight::from_parts(297_101_000, 10136)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PendingOrdersOf` (r:1 w:1)
	/// Proof: `TsmSettlement::PendingOrdersOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn accept_order() -> Weight {
		// Proof size: measured `1337`, estimated `6461`.
		// Fastest run: 93_681_000 ps.
		Weight::from_parts(121_432_000, 6461)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PendingOrdersOf` (r:1 w:1)
	/// Proof: `TsmSettlement::PendingOrdersOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::AgreementsOf` (r:2 w:2)
	/// Proof: `TsmSettlement::AgreementsOf` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	fn reject_order() -> Weight {
		// Proof size: measured `9807`, estimated `10136`.
		// Fastest run: 181_291_000 ps.
		Weight::from_parts(206_844_000, 10136)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:0)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:1 w:1)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	fn submit_usage() -> Weight {
		// Proof size: measured `1098`, estimated `6461`.
		// Fastest run: 53_355_000 ps.
		Weight::from_parts(67_949_000, 6461)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:0)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PeriodDisputes` (r:1 w:1)
	/// Proof: `TsmSettlement::PeriodDisputes` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	fn dispute_usage() -> Weight {
		// Proof size: measured `699`, estimated `3756`.
		// Fastest run: 31_499_000 ps.
		Weight::from_parts(41_923_000, 3756)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:1 w:0)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PeriodDisputes` (r:1 w:0)
	/// Proof: `TsmSettlement::PeriodDisputes` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Bills` (r:0 w:1)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn close_period() -> Weight {
		// Proof size: measured `2667`, estimated `8799`.
		// Fastest run: 190_617_000 ps.
		Weight::from_parts(230_917_000, 8799)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn resume() -> Weight {
		// Proof size: measured `764`, estimated `3756`.
		// Fastest run: 121_383_000 ps.
		Weight::from_parts(147_054_000, 3756)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn give_notice() -> Weight {
		// Proof size: measured `1366`, estimated `6461`.
		// Fastest run: 114_543_000 ps.
		Weight::from_parts(149_150_000, 6461)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Bills` (r:121 w:120)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:120 w:120)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PeriodDisputes` (r:120 w:120)
	/// Proof: `TsmSettlement::PeriodDisputes` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::AgreementsOf` (r:2 w:2)
	/// Proof: `TsmSettlement::AgreementsOf` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 120]`.
	fn purge_agreement(t: u32, ) -> Weight {
		// Proof size: measured `3429 + t * 143`, estimated `10136 + t * 2588`.
		// Fastest run: 69_094_000 ps.
		Weight::from_parts(68_017_768, 10136)
			.saturating_add(Weight::from_parts(7_588_116, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(t.into()))
	}
	/// Storage: `TsmSettlement::Bills` (r:1 w:1)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Agreements` (r:1 w:0)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof size: measured `1480`, estimated `8799`.
		// Fastest run: 136_701_000 ps.
		Weight::from_parts(165_307_000, 8799)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::NextGroupId` (r:1 w:1)
	/// Proof: `TsmSettlement::NextGroupId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Groups` (r:0 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	fn create_settlement_group() -> Weight {
		// Proof size: measured `808`, estimated `6461`.
		// Fastest run: 76_240_000 ps.
		Weight::from_parts(94_017_000, 6461)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	fn invite_to_group() -> Weight {
		// Proof size: measured `2806`, estimated `6461`.
		// Fastest run: 49_666_000 ps.
		Weight::from_parts(62_778_000, 6461)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	fn withdraw_invitation() -> Weight {
		// Proof size: measured `1432`, estimated `4851`.
		// Fastest run: 24_325_000 ps.
		Weight::from_parts(31_686_000, 4851)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn join_settlement_group() -> Weight {
		// Proof size: measured `3606`, estimated `6461`.
		// Fastest run: 87_489_000 ps.
		Weight::from_parts(115_870_000, 6461)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:0)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::ChargeLimits` (r:0 w:1)
	/// Proof: `TsmSettlement::ChargeLimits` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	fn set_charge_limit() -> Weight {
		// Proof size: measured `969`, estimated `4851`.
		// Fastest run: 19_059_000 ps.
		Weight::from_parts(30_085_000, 4851)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:0)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Charges` (r:1 w:1)
	/// Proof: `TsmSettlement::Charges` (`max_values`: None, `max_size`: Some(7306), added: 9781, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::ChargeLimits` (r:1 w:0)
	/// Proof: `TsmSettlement::ChargeLimits` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::PeriodGross` (r:1 w:1)
	/// Proof: `TsmSettlement::PeriodGross` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn record_charge() -> Weight {
		// Proof size: measured `10452`, estimated `10771`.
		// Fastest run: 85_643_000 ps.
		Weight::from_parts(111_909_000, 10771)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:0)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Charges` (r:1 w:1)
	/// Proof: `TsmSettlement::Charges` (`max_values`: None, `max_size`: Some(7306), added: 9781, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn dispute_charge() -> Weight {
		// Proof size: measured `9627`, estimated `10771`.
		// Fastest run: 127_554_000 ps.
		Weight::from_parts(159_132_000, 10771)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmSettlement::Charges` (r:1 w:1)
	/// Proof: `TsmSettlement::Charges` (`max_values`: None, `max_size`: Some(7306), added: 9781, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn arbitrate_charge() -> Weight {
		// Proof size: measured `8792`, estimated `10771`.
		// Fastest run: 104_276_000 ps.
		Weight::from_parts(128_931_000, 10771)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	fn leave_settlement_group() -> Weight {
		// Proof size: measured `969`, estimated `4851`.
		// Fastest run: 21_079_000 ps.
		Weight::from_parts(27_921_000, 4851)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:16 w:16)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:16 w:16)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::ChargeLimits` (r:240 w:256)
	/// Proof: `TsmSettlement::ChargeLimits` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn dissolve_settlement_group(n: u32, ) -> Weight {
		// Proof size: measured `0 + n * 701`, estimated `4851 + n * 28781`.
		// Fastest run: 61_515_000 ps.
		Weight::from_parts(73_384_000, 4851)
			.saturating_add(Weight::from_parts(103_941_517, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((14_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 28781).saturating_mul(n.into()))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Charges` (r:17 w:0)
	/// Proof: `TsmSettlement::Charges` (`max_values`: None, `max_size`: Some(7306), added: 9781, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:16 w:16)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:16 w:16)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::ChargeLimits` (r:240 w:256)
	/// Proof: `TsmSettlement::ChargeLimits` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Netting` (r:0 w:1)
	/// Proof: `TsmSettlement::Netting` (`max_values`: None, `max_size`: Some(1566), added: 4041, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[2, 16]`.
	/// Component `c` ranges over `[0, 64]`.
	fn close_settlement_period(n: u32, c: u32, ) -> Weight {
		// Proof size: measured `0 + c * 1808 + n * 8024`, estimated `10771 + c * 81 + n * 42265`.
		// Fastest run: 224_042_000 ps.
		Weight::from_parts(249_746_000, 10771)
			.saturating_add(Weight::from_parts(170_527_896, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((19_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((19_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 81).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 42265).saturating_mul(n.into()))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:0)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Netting` (r:1 w:1)
	/// Proof: `TsmSettlement::Netting` (`max_values`: None, `max_size`: Some(1566), added: 4041, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	fn dispute_netting() -> Weight {
		// Proof size: measured `2715`, estimated `5031`.
		// Fastest run: 25_277_000 ps.
		Weight::from_parts(41_212_000, 5031)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Netting` (r:1 w:1)
	/// Proof: `TsmSettlement::Netting` (`max_values`: None, `max_size`: Some(1566), added: 4041, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(1386), added: 3861, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:16 w:16)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[2, 16]`.
	fn settle_netting(n: u32, ) -> Weight {
		// Proof size: measured `444 + n * 220`, estimated `5031 + n * 2603`.
		// Fastest run: 67_099_000 ps.
		Weight::from_parts(77_336_000, 5031)
			.saturating_add(Weight::from_parts(33_497_979, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn publish_offer() -> Weight {
		Weight::from_parts(96_356_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn update_offer() -> Weight {
		Weight::from_parts(27_843_000, 4163)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_offer() -> Weight {
		Weight::from_parts(78_126_000, 4163)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn order() -> Weight {
		Weight::from_parts(297_101_000, 10136)
			.saturating_add(ParityDbWeight::get().reads(15_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn accept_order() -> Weight {
		Weight::from_parts(121_432_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn reject_order() -> Weight {
		Weight::from_parts(206_844_000, 10136)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn submit_usage() -> Weight {
		Weight::from_parts(67_949_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn dispute_usage() -> Weight {
		Weight::from_parts(41_923_000, 3756)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn close_period() -> Weight {
		Weight::from_parts(230_917_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn resume() -> Weight {
		Weight::from_parts(147_054_000, 3756)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn give_notice() -> Weight {
		Weight::from_parts(149_150_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn purge_agreement(t: u32, ) -> Weight {
		Weight::from_parts(68_017_768, 10136)
			.saturating_add(Weight::from_parts(7_588_116, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(t.into()))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(165_307_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn create_settlement_group() -> Weight {
		Weight::from_parts(94_017_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn invite_to_group() -> Weight {
		Weight::from_parts(62_778_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_invitation() -> Weight {
		Weight::from_parts(31_686_000, 4851)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn join_settlement_group() -> Weight {
		Weight::from_parts(115_870_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_charge_limit() -> Weight {
		Weight::from_parts(30_085_000, 4851)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_charge() -> Weight {
		Weight::from_parts(111_909_000, 10771)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn dispute_charge() -> Weight {
		Weight::from_parts(159_132_000, 10771)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn arbitrate_charge() -> Weight {
		Weight::from_parts(128_931_000, 10771)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn leave_settlement_group() -> Weight {
		Weight::from_parts(27_921_000, 4851)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn dissolve_settlement_group(n: u32, ) -> Weight {
		Weight::from_parts(73_384_000, 4851)
			.saturating_add(Weight::from_parts(103_941_517, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((14_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 28781).saturating_mul(n.into()))
	}
	fn close_settlement_period(n: u32, c: u32, ) -> Weight {
		Weight::from_parts(249_746_000, 10771)
			.saturating_add(Weight::from_parts(170_527_896, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((19_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((19_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 81).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 42265).saturating_mul(n.into()))
	}
	fn dispute_netting() -> Weight {
		Weight::from_parts(41_212_000, 5031)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn settle_netting(n: u32, ) -> Weight {
		Weight::from_parts(77_336_000, 5031)
			.saturating_add(Weight::from_parts(33_497_979, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
}
