
//! Weights of `pallet_tsm_assurance`, measured by `tsm-node benchmark pallet`
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
//!   pallet_tsm_assurance
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
//!   pallets/assurance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_assurance`.
pub trait WeightInfo {
	fn create_template() -> Weight;
	fn remove_template() -> Weight;
	fn register_oracle() -> Weight;
	fn unregister_oracle() -> Weight;
	fn set_offer_committee() -> Weight;
	fn consent_to_committee() -> Weight;
	fn report() -> Weight;
	fn report_closing() -> Weight;
	fn close_interval() -> Weight;
	fn slash_oracle() -> Weight;
	fn replace_committee_member() -> Weight;
	fn offer_published() -> Weight;
	fn offer_withdrawn() -> Weight;
	fn agreement_ordered() -> Weight;
	fn agreement_activated() -> Weight;
	fn agreement_ended() -> Weight;
	fn agreement_purged(t: u32, ) -> Weight;
	fn evaluate_period() -> Weight;
}

/// Measured weights, with database costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TsmAssurance::Templates` (r:1 w:1)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn create_template() -> Weight {
		// Proof size: measured `145`, estimated `3888`.
		// Fastest run: 47_270_000 ps.
		Weight::from_parts(51_413_000, 3888)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmAssurance::Templates` (r:1 w:1)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn remove_template() -> Weight {
		// Proof size: measured `640`, estimated `3888`.
		// Fastest run: 42_733_000 ps.
		Weight::from_parts(49_982_000, 3888)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:1 w:1)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn register_oracle() -> Weight {
		// Proof size: measured `739`, estimated `6461`.
		// Fastest run: 65_754_000 ps.
		Weight::from_parts(72_432_000, 6461)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmAssurance::Oracles` (r:1 w:1)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn unregister_oracle() -> Weight {
		// Proof size: measured `452`, estimated `3802`.
		// Fastest run: 45_651_000 ps.
		Weight::from_parts(51_298_000, 3802)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmAssurance::OfferCommittees` (r:1 w:1)
	/// Proof: `TsmAssurance::OfferCommittees` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:9 w:0)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	fn set_offer_committee() -> Weight {
		// Proof size: measured `1202`, estimated `24138`.
		// Fastest run: 45_287_000 ps.
		Weight::from_parts(50_795_000, 24138)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmAssurance::OfferCommittees` (r:1 w:1)
	/// Proof: `TsmAssurance::OfferCommittees` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:5 w:0)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	fn consent_to_committee() -> Weight {
		// Proof size: measured `821`, estimated `13850`.
		// Fastest run: 32_444_000 ps.
		Weight::from_parts(36_737_000, 13850)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:1 w:0)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:0)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	fn report() -> Weight {
		// Proof size: measured `2225`, estimated `6461`.
		// Fastest run: 40_594_000 ps.
		Weight::from_parts(45_162_000, 6461)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:1 w:0)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:0)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Periods` (r:1 w:1)
	/// Proof: `TsmAssurance::Periods` (`max_values`: None, `max_size`: Some(401), added: 2876, mode: `MaxEncodedLen`)
	fn report_closing() -> Weight {
		// Proof size: measured `2323`, estimated `6461`.
		// Fastest run: 63_113_000 ps.
		Weight::from_parts(68_659_000, 6461)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:0)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Periods` (r:1 w:1)
	/// Proof: `TsmAssurance::Periods` (`max_values`: None, `max_size`: Some(401), added: 2876, mode: `MaxEncodedLen`)
	fn close_interval() -> Weight {
		// Proof size: measured `1392`, estimated `4415`.
		// Fastest run: 38_327_000 ps.
		Weight::from_parts(43_018_000, 4415)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmAssurance::Oracles` (r:1 w:1)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn slash_oracle() -> Weight {
		// Proof size: measured `491`, estimated `6196`.
		// Fastest run: 54_223_000 ps.
		Weight::from_parts(59_585_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:2 w:2)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn replace_committee_member() -> Weight {
		// Proof size: measured `1554`, estimated `6196`.
		// Fastest run: 73_365_000 ps.
		Weight::from_parts(78_171_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TsmAssurance::Templates` (r:1 w:1)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::OfferCommittees` (r:0 w:1)
	/// Proof: `TsmAssurance::OfferCommittees` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	fn offer_published() -> Weight {
		// Proof size: measured `482`, estimated `3888`.
		// Fastest run: 11_932_000 ps.
		Weight::from_parts(13_137_000, 3888)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmAssurance::OfferCommittees` (r:1 w:1)
	/// Proof: `TsmAssurance::OfferCommittees` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:1)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	fn offer_withdrawn() -> Weight {
		// Proof size: measured `792`, estimated `3888`.
		// Fastest run: 11_528_000 ps.
		Weight::from_parts(13_024_000, 3888)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmAssurance::OfferCommittees` (r:1 w:0)
	/// Proof: `TsmAssurance::OfferCommittees` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:5 w:5)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:1)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Monitored` (r:0 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	fn agreement_ordered() -> Weight {
		// Proof size: measured `1223`, estimated `13850`.
		// Fastest run: 39_862_000 ps.
		Weight::from_parts(44_136_000, 13850)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:0)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn agreement_activated() -> Weight {
		// Proof size: measured `1391`, estimated `4415`.
		// Fastest run: 53_686_000 ps.
		Weight::from_parts(58_957_000, 4415)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:5 w:5)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn agreement_ended() -> Weight {
		// Proof size: measured `2192`, estimated `13850`.
		// Fastest run: 176_090_000 ps.
		Weight::from_parts(186_646_000, 13850)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:5 w:5)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Periods` (r:120 w:120)
	/// Proof: `TsmAssurance::Periods` (`max_values`: None, `max_size`: Some(401), added: 2876, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:1)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[1, 120]`.
	fn agreement_purged(t: u32, ) -> Weight {
		// Proof size: measured `1918 + t * 26`, estimated `13850 + t * 2876`.
		// Fastest run: 82_963_000 ps.
		Weight::from_parts(87_632_082, 13850)
			.saturating_add(Weight::from_parts(663_982, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2876).saturating_mul(t.into()))
	}
	/// Storage: `TsmAssurance::Monitored` (r:1 w:1)
	/// Proof: `TsmAssurance::Monitored` (`max_values`: None, `max_size`: Some(950), added: 3425, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Templates` (r:1 w:0)
	/// Proof: `TsmAssurance::Templates` (`max_values`: None, `max_size`: Some(423), added: 2898, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Periods` (r:1 w:1)
	/// Proof: `TsmAssurance::Periods` (`max_values`: None, `max_size`: Some(401), added: 2876, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Oracles` (r:5 w:5)
	/// Proof: `TsmAssurance::Oracles` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `TsmAssurance::Reputation` (r:1 w:1)
	/// Proof: `TsmAssurance::Reputation` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn evaluate_period() -> Weight {
		// Proof size: measured `3048`, estimated `13850`.
		// Fastest run: 177_510_000 ps.
		Weight::from_parts(187_719_000, 13850)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn create_template() -> Weight {
		Weight::from_parts(51_413_000, 3888)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_template() -> Weight {
		Weight::from_parts(49_982_000, 3888)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn register_oracle() -> Weight {
		Weight::from_parts(72_432_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn unregister_oracle() -> Weight {
		Weight::from_parts(51_298_000, 3802)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_offer_committee() -> Weight {
		Weight::from_parts(50_795_000, 24138)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn consent_to_committee() -> Weight {
		Weight::from_parts(36_737_000, 13850)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn report() -> Weight {
		Weight::from_parts(45_162_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn report_closing() -> Weight {
		Weight::from_parts(68_659_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn close_interval() -> Weight {
		Weight::from_parts(43_018_000, 4415)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn slash_oracle() -> Weight {
		Weight::from_parts(59_585_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn replace_committee_member() -> Weight {
		Weight::from_parts(78_171_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn offer_published() -> Weight {
		Weight::from_parts(13_137_000, 3888)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn offer_withdrawn() -> Weight {
		Weight::from_parts(13_024_000, 3888)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn agreement_ordered() -> Weight {
		Weight::from_parts(44_136_000, 13850)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn agreement_activated() -> Weight {
		Weight::from_parts(58_957_000, 4415)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn agreement_ended() -> Weight {
		Weight::from_parts(186_646_000, 13850)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn agreement_purged(t: u32, ) -> Weight {
		Weight::from_parts(87_632_082, 13850)
			.saturating_add(Weight::from_parts(663_982, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2876).saturating_mul(t.into()))
	}
	fn evaluate_period() -> Weight {
		Weight::from_parts(187_719_000, 13850)
			.saturating_add(ParityDbWeight::get().reads(14_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
}
