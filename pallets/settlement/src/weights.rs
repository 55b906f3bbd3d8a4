
//! Weights of `pallet_tsm_settlement`, measured by `tsm-node benchmark pallet`
//! (benchmark CLI 64.0.0) on 2026-11-25.
//!
//! Machine: `vm`, CPU `AMD EPYC`; wasm execution `Compiled`;
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
	fn join_settlement_group() -> Weight;
	fn record_charge() -> Weight;
	fn close_settlement_period(n: u32, c: u32, ) -> Weight;
	fn dispute_netting() -> Weight;
	fn settle_netting(n: u32, ) -> Weight;
	fn invite_to_group() -> Weight;
	fn withdraw_invitation() -> Weight;
	fn set_charge_limit() -> Weight;
	fn dispute_charge() -> Weight;
	fn arbitrate_charge() -> Weight;
	fn leave_settlement_group() -> Weight;
	fn dissolve_settlement_group(n: u32, ) -> Weight;
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Offers` (r:0 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn publish_offer() -> Weight {
		// Proof size: measured `1470`, estimated `6461`.
		// Fastest run: 141_485_000 ps.
		Weight::from_parts(167_996_000, 6461)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	fn update_offer() -> Weight {
		// Proof size: measured `1399`, estimated `4163`.
		// Fastest run: 37_280_000 ps.
		Weight::from_parts(55_144_000, 4163)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn withdraw_offer() -> Weight {
		// Proof size: measured `2339`, estimated `4163`.
		// Fastest run: 101_570_000 ps.
		Weight::from_parts(124_974_000, 4163)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::NextAgreementId` (r:1 w:1)
	/// Proof: `TsmSettlement::NextAgreementId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::AgreementsOf` (r:2 w:2)
	/// Proof: `TsmSettlement::AgreementsOf` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Agreements` (r:0 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	fn order() -> Weight {
		// Proof size: measured `8574`, estimated `10136`.
		// Fastest run: 267_382_000 ps.
		Weight::from_parts(310_733_000, 10136)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn accept_order() -> Weight {
		// Proof size: measured `807`, estimated `3728`.
		// Fastest run: 106_430_000 ps.
		Weight::from_parts(128_270_000, 3728)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Offers` (r:1 w:1)
	/// Proof: `TsmSettlement::Offers` (`max_values`: None, `max_size`: Some(698), added: 3173, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::AgreementsOf` (r:2 w:2)
	/// Proof: `TsmSettlement::AgreementsOf` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	fn reject_order() -> Weight {
		// Proof size: measured `8987`, estimated `10136`.
		// Fastest run: 191_259_000 ps.
		Weight::from_parts(259_617_000, 10136)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:0)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:1 w:1)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn submit_usage() -> Weight {
		// Proof size: measured `487`, estimated `3728`.
		// Fastest run: 54_071_000 ps.
		Weight::from_parts(93_626_000, 3728)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:0)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:1 w:1)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Bills` (r:1 w:0)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	fn dispute_usage() -> Weight {
		// Proof size: measured `624`, estimated `3728`.
		// Fastest run: 55_594_000 ps.
		Weight::from_parts(91_982_000, 3728)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:1 w:0)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Bills` (r:0 w:1)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn close_period() -> Weight {
		// Proof size: measured `1202`, estimated `8799`.
		// Fastest run: 224_561_000 ps.
		Weight::from_parts(254_308_000, 8799)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn resume() -> Weight {
		// Proof size: measured `681`, estimated `3728`.
		// Fastest run: 89_268_000 ps.
		Weight::from_parts(148_458_000, 3728)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn give_notice() -> Weight {
		// Proof size: measured `764`, estimated `6196`.
		// Fastest run: 98_905_000 ps.
		Weight::from_parts(125_425_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmSettlement::Agreements` (r:1 w:1)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Bills` (r:121 w:120)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Usage` (r:120 w:120)
	/// Proof: `TsmSettlement::Usage` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::AgreementsOf` (r:2 w:2)
	/// Proof: `TsmSettlement::AgreementsOf` (`max_values`: None, `max_size`: Some(2098), added: 4573, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 120]`.
	fn purge_agreement(t: u32, ) -> Weight {
		// Proof size: measured `3368 + t * 95`, estimated `10136 + t * 2588`.
		// Fastest run: 110_407_000 ps.
		Weight::from_parts(193_152_447, 10136)
			.saturating_add(Weight::from_parts(9_546_845, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(t.into()))
	}
	/// Storage: `TsmSettlement::Bills` (r:1 w:1)
	/// Proof: `TsmSettlement::Bills` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Agreements` (r:1 w:0)
	/// Proof: `TsmSettlement::Agreements` (`max_values`: None, `max_size`: Some(263), added: 2738, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof size: measured `1291`, estimated `8799`.
		// Fastest run: 197_792_000 ps.
		Weight::from_parts(223_389_000, 8799)
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
	/// Storage: `TsmSettlement::Groups` (r:0 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(537), added: 3012, mode: `MaxEncodedLen`)
	fn create_settlement_group() -> Weight {
		// Proof size: measured `541`, estimated `6461`.
		// Fastest run: 45_716_000 ps.
		Weight::from_parts(49_843_000, 6461)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
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
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(537), added: 3012, mode: `MaxEncodedLen`)
	fn join_settlement_group() -> Weight {
		// Proof size: measured `1829`, estimated `6461`.
		// Fastest run: 55_805_000 ps.
		Weight::from_parts(67_026_000, 6461)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:0)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(537), added: 3012, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Charges` (r:1 w:1)
	/// Proof: `TsmSettlement::Charges` (`max_values`: None, `max_size`: Some(112026), added: 114501, mode: `MaxEncodedLen`)
	fn record_charge() -> Weight {
		// Proof size: measured `112637`, estimated `115491`.
		// Fastest run: 366_658_000 ps.
		Weight::from_parts(417_443_000, 115491)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:1)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(537), added: 3012, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Charges` (r:1 w:0)
	/// Proof: `TsmSettlement::Charges` (`max_values`: None, `max_size`: Some(112026), added: 114501, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Netting` (r:0 w:1)
	/// Proof: `TsmSettlement::Netting` (`max_values`: None, `max_size`: Some(1054), added: 3529, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[2, 16]`.
	/// Component `c` ranges over `[0, 1000]`.
	fn close_settlement_period(n: u32, c: u32, ) -> Weight {
		// Proof size: measured `237 + c * 112 + n * 32`, estimated `115491`.
		// Fastest run: 49_553_000 ps.
		Weight::from_parts(5_016_099, 115491)
			.saturating_add(Weight::from_parts(4_027_843, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(205_845, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmSettlement::Groups` (r:1 w:0)
	/// Proof: `TsmSettlement::Groups` (`max_values`: None, `max_size`: Some(537), added: 3012, mode: `MaxEncodedLen`)
	/// Storage: `TsmSettlement::Netting` (r:1 w:1)
	/// Proof: `TsmSettlement::Netting` (`max_values`: None, `max_size`: Some(1054), added: 3529, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	fn dispute_netting() -> Weight {
		// Proof size: measured `1849`, estimated `4519`.
		// Fastest run: 39_254_000 ps.
		Weight::from_parts(52_728_000, 4519)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmSettlement::Netting` (r:1 w:1)
	/// Proof: `TsmSettlement::Netting` (`max_values`: None, `max_size`: Some(1054), added: 3529, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:16 w:16)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[2, 16]`.
	fn settle_netting(n: u32, ) -> Weight {
		// Proof size: measured `347 + n * 139`, estimated `4519 + n * 2603`.
		// Fastest run: 92_804_000 ps.
		Weight::from_parts(99_336_000, 4519)
			.saturating_add(Weight::from_parts(80_174_839, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
	fn invite_to_group() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn withdraw_invitation() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn set_charge_limit() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn dispute_charge() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn arbitrate_charge() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn leave_settlement_group() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn dissolve_settlement_group(_n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn publish_offer() -> Weight {
		Weight::from_parts(167_996_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn update_offer() -> Weight {
		Weight::from_parts(55_144_000, 4163)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_offer() -> Weight {
		Weight::from_parts(124_974_000, 4163)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn order() -> Weight {
		Weight::from_parts(310_733_000, 10136)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn accept_order() -> Weight {
		Weight::from_parts(128_270_000, 3728)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn reject_order() -> Weight {
		Weight::from_parts(259_617_000, 10136)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn submit_usage() -> Weight {
		Weight::from_parts(93_626_000, 3728)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn dispute_usage() -> Weight {
		Weight::from_parts(91_982_000, 3728)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn close_period() -> Weight {
		Weight::from_parts(254_308_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn resume() -> Weight {
		Weight::from_parts(148_458_000, 3728)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn give_notice() -> Weight {
		Weight::from_parts(125_425_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn purge_agreement(t: u32, ) -> Weight {
		Weight::from_parts(193_152_447, 10136)
			.saturating_add(Weight::from_parts(9_546_845, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(t.into()))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(223_389_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn create_settlement_group() -> Weight {
		Weight::from_parts(49_843_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn join_settlement_group() -> Weight {
		Weight::from_parts(67_026_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_charge() -> Weight {
		Weight::from_parts(417_443_000, 115491)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn close_settlement_period(n: u32, c: u32, ) -> Weight {
		Weight::from_parts(5_016_099, 115491)
			.saturating_add(Weight::from_parts(4_027_843, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(205_845, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn dispute_netting() -> Weight {
		Weight::from_parts(52_728_000, 4519)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn settle_netting(n: u32, ) -> Weight {
		Weight::from_parts(99_336_000, 4519)
			.saturating_add(Weight::from_parts(80_174_839, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(n.into()))
	}
	fn invite_to_group() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
	fn withdraw_invitation() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
	fn set_charge_limit() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
	fn dispute_charge() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
	fn arbitrate_charge() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
	fn leave_settlement_group() -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
	fn dissolve_settlement_group(_n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(20, 20))
	}
}
