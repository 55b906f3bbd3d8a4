
//! Weights of `pallet_tsm_energy`, measured by `tsm-node benchmark pallet`
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
//!   pallet_tsm_energy
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
//!   pallets/energy-trading/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_energy`.
pub trait WeightInfo {
	fn offer_energy() -> Weight;
	fn request_energy() -> Weight;
	fn cancel_position() -> Weight;
	fn submit_reading() -> Weight;
	fn remove_reading() -> Weight;
	fn settle_position() -> Weight;
	fn collect_position() -> Weight;
	fn place_order(d: u32, f: u32, ) -> Weight;
	fn cancel_order(d: u32, ) -> Weight;
	fn match_order(f: u32, ) -> Weight;
	fn settle_trade() -> Weight;
	fn remove_trade() -> Weight;
	fn create_auction() -> Weight;
	fn bid() -> Weight;
	fn commit_bid() -> Weight;
	fn reveal_bid() -> Weight;
	fn close_auction() -> Weight;
	fn forfeit_commitment() -> Weight;
	fn cancel_auction() -> Weight;
	fn set_timing() -> Weight;
}

/// Measured weights, with database costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Positions` (r:1 w:1)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Slots` (r:1 w:1)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn offer_energy() -> Weight {
		// Proof size: measured `1435`, estimated `6461`.
		// Fastest run: 93_765_000 ps.
		Weight::from_parts(98_802_000, 6461)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Positions` (r:1 w:1)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Slots` (r:1 w:1)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn request_energy() -> Weight {
		// Proof size: measured `1262`, estimated `6461`.
		// Fastest run: 89_856_000 ps.
		Weight::from_parts(94_745_000, 6461)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmEnergy::Positions` (r:1 w:1)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Slots` (r:1 w:1)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	fn cancel_position() -> Weight {
		// Proof size: measured `720`, estimated `3838`.
		// Fastest run: 59_637_000 ps.
		Weight::from_parts(63_586_000, 3838)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Readings` (r:1 w:1)
	/// Proof: `TsmEnergy::Readings` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Positions` (r:1 w:1)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Slots` (r:1 w:1)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:1)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn submit_reading() -> Weight {
		// Proof size: measured `821`, estimated `3630`.
		// Fastest run: 36_295_000 ps.
		Weight::from_parts(38_834_000, 3630)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmEnergy::Readings` (r:1 w:1)
	/// Proof: `TsmEnergy::Readings` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	fn remove_reading() -> Weight {
		// Proof size: measured `192`, estimated `3545`.
		// Fastest run: 16_681_000 ps.
		Weight::from_parts(18_024_000, 3545)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmEnergy::Positions` (r:1 w:1)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Slots` (r:1 w:1)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn settle_position() -> Weight {
		// Proof size: measured `1087`, estimated `6196`.
		// Fastest run: 95_752_000 ps.
		Weight::from_parts(101_551_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmEnergy::Positions` (r:1 w:1)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Slots` (r:1 w:1)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::CertificateOfReading` (r:1 w:1)
	/// Proof: `TsmOrigin::CertificateOfReading` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Readings` (r:1 w:0)
	/// Proof: `TsmEnergy::Readings` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::NextCertificateId` (r:1 w:1)
	/// Proof: `TsmOrigin::NextCertificateId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Lifetime` (r:1 w:0)
	/// Proof: `TsmOrigin::Lifetime` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:0)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:1 w:2)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:2)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Certificates` (r:0 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	fn collect_position() -> Weight {
		// Proof size: measured `1569`, estimated `8799`.
		// Fastest run: 155_560_000 ps.
		Weight::from_parts(164_622_000, 8799)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::NextOrderId` (r:1 w:1)
	/// Proof: `TsmEnergy::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::LevelBitmaps` (r:8 w:2)
	/// Proof: `TsmEnergy::LevelBitmaps` (`max_values`: None, `max_size`: Some(556), added: 3031, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Levels` (r:17 w:17)
	/// Proof: `TsmEnergy::Levels` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Orders` (r:16 w:17)
	/// Proof: `TsmEnergy::Orders` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::NextTradeId` (r:1 w:1)
	/// Proof: `TsmEnergy::NextTradeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:16 w:16)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::OrdersOf` (r:0 w:17)
	/// Proof: `TsmEnergy::OrdersOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::TradesOf` (r:0 w:32)
	/// Proof: `TsmEnergy::TradesOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Trades` (r:0 w:16)
	/// Proof: `TsmEnergy::Trades` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[10, 10000]`.
	/// Component `f` ranges over `[0, 16]`.
	fn place_order(d: u32, f: u32, ) -> Weight {
		// Proof size: measured `0 + f * 1439`, estimated `25238 + f * 2636`.
		// Fastest run: 329_401_000 ps.
		Weight::from_parts(86_936_410, 25238)
			.saturating_add(Weight::from_parts(30_257, 0).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(79_340_434, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(f.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 2636).saturating_mul(f.into()))
	}
	/// Storage: `TsmEnergy::Orders` (r:3 w:3)
	/// Proof: `TsmEnergy::Orders` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Levels` (r:1 w:1)
	/// Proof: `TsmEnergy::Levels` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::OrdersOf` (r:0 w:1)
	/// Proof: `TsmEnergy::OrdersOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[10, 10000]`.
	fn cancel_order(d: u32, ) -> Weight {
		// Proof size: measured `2705`, estimated `8865`.
		// Fastest run: 85_159_000 ps.
		Weight::from_parts(179_906_907, 8865)
			.saturating_add(Weight::from_parts(11_037, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `TsmEnergy::Orders` (r:17 w:17)
	/// Proof: `TsmEnergy::Orders` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::LevelBitmaps` (r:7 w:1)
	/// Proof: `TsmEnergy::LevelBitmaps` (`max_values`: None, `max_size`: Some(556), added: 3031, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Levels` (r:17 w:17)
	/// Proof: `TsmEnergy::Levels` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::NextTradeId` (r:1 w:1)
	/// Proof: `TsmEnergy::NextTradeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:16 w:16)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::OrdersOf` (r:0 w:16)
	/// Proof: `TsmEnergy::OrdersOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::TradesOf` (r:0 w:32)
	/// Proof: `TsmEnergy::TradesOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Trades` (r:0 w:16)
	/// Proof: `TsmEnergy::Trades` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Component `f` ranges over `[1, 16]`.
	fn match_order(f: u32, ) -> Weight {
		// Proof size: measured `1480 + f * 211`, estimated `22207 + f * 2625`.
		// Fastest run: 135_334_000 ps.
		Weight::from_parts(75_641_655, 22207)
			.saturating_add(Weight::from_parts(63_935_538, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(f.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 2625).saturating_mul(f.into()))
	}
	/// Storage: `TsmEnergy::Trades` (r:1 w:1)
	/// Proof: `TsmEnergy::Trades` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:1)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	fn settle_trade() -> Weight {
		// Proof size: measured `1476`, estimated `8799`.
		// Fastest run: 165_490_000 ps.
		Weight::from_parts(175_220_000, 8799)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TsmEnergy::Trades` (r:1 w:1)
	/// Proof: `TsmEnergy::Trades` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::TradesOf` (r:0 w:2)
	/// Proof: `TsmEnergy::TradesOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn remove_trade() -> Weight {
		// Proof size: measured `492`, estimated `3755`.
		// Fastest run: 20_963_000 ps.
		Weight::from_parts(24_036_000, 3755)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::NextAuctionId` (r:1 w:1)
	/// Proof: `TsmEnergy::NextAuctionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Auctions` (r:0 w:1)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	fn create_auction() -> Weight {
		// Proof size: measured `1435`, estimated `6461`.
		// Fastest run: 90_501_000 ps.
		Weight::from_parts(95_537_000, 6461)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmEnergy::Auctions` (r:1 w:1)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	fn bid() -> Weight {
		// Proof size: measured `2262`, estimated `6686`.
		// Fastest run: 127_317_000 ps.
		Weight::from_parts(137_147_000, 6686)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmEnergy::Auctions` (r:1 w:1)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:2 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Commitments` (r:1 w:1)
	/// Proof: `TsmEnergy::Commitments` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn commit_bid() -> Weight {
		// Proof size: measured `1451`, estimated `6461`.
		// Fastest run: 83_006_000 ps.
		Weight::from_parts(90_763_000, 6461)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmEnergy::Auctions` (r:1 w:1)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Commitments` (r:1 w:1)
	/// Proof: `TsmEnergy::Commitments` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn reveal_bid() -> Weight {
		// Proof size: measured `829`, estimated `3838`.
		// Fastest run: 56_030_000 ps.
		Weight::from_parts(61_674_000, 3838)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmEnergy::Auctions` (r:1 w:1)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Parameters` (r:1 w:0)
	/// Proof: `TsmGovernance::Parameters` (`max_values`: Some(1), `max_size`: Some(72), added: 567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::NextTradeId` (r:1 w:1)
	/// Proof: `TsmEnergy::NextTradeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:1)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::TradesOf` (r:0 w:2)
	/// Proof: `TsmEnergy::TradesOf` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Trades` (r:0 w:1)
	/// Proof: `TsmEnergy::Trades` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	fn close_auction() -> Weight {
		// Proof size: measured `1100`, estimated `6686`.
		// Fastest run: 99_856_000 ps.
		Weight::from_parts(106_489_000, 6686)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `TsmEnergy::Commitments` (r:1 w:1)
	/// Proof: `TsmEnergy::Commitments` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn forfeit_commitment() -> Weight {
		// Proof size: measured `705`, estimated `6196`.
		// Fastest run: 59_975_000 ps.
		Weight::from_parts(63_872_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmEnergy::Auctions` (r:1 w:1)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn cancel_auction() -> Weight {
		// Proof size: measured `494`, estimated `3838`.
		// Fastest run: 45_303_000 ps.
		Weight::from_parts(48_140_000, 3838)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmEnergy::Slots` (r:1 w:0)
	/// Proof: `TsmEnergy::Slots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Orders` (r:1 w:0)
	/// Proof: `TsmEnergy::Orders` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Auctions` (r:1 w:0)
	/// Proof: `TsmEnergy::Auctions` (`max_values`: None, `max_size`: Some(246), added: 2721, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:0)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:0 w:1)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	fn set_timing() -> Weight {
		// Proof size: measured `49`, estimated `3711`.
		// Fastest run: 12_507_000 ps.
		Weight::from_parts(13_487_000, 3711)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn offer_energy() -> Weight {
		Weight::from_parts(98_802_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn request_energy() -> Weight {
		Weight::from_parts(94_745_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn cancel_position() -> Weight {
		Weight::from_parts(63_586_000, 3838)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn submit_reading() -> Weight {
		Weight::from_parts(38_834_000, 3630)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn remove_reading() -> Weight {
		Weight::from_parts(18_024_000, 3545)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn settle_position() -> Weight {
		Weight::from_parts(101_551_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn collect_position() -> Weight {
		Weight::from_parts(164_622_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(16_u64))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
	}
	fn place_order(d: u32, f: u32, ) -> Weight {
		Weight::from_parts(86_936_410, 25238)
			.saturating_add(Weight::from_parts(30_257, 0).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(79_340_434, 0).saturating_mul(f.into()))
			.saturating_add(ParityDbWeight::get().reads(20_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(f.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 2636).saturating_mul(f.into()))
	}
	fn cancel_order(d: u32, ) -> Weight {
		Weight::from_parts(179_906_907, 8865)
			.saturating_add(Weight::from_parts(11_037, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn match_order(f: u32, ) -> Weight {
		Weight::from_parts(75_641_655, 22207)
			.saturating_add(Weight::from_parts(63_935_538, 0).saturating_mul(f.into()))
			.saturating_add(ParityDbWeight::get().reads(15_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(f.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 2625).saturating_mul(f.into()))
	}
	fn settle_trade() -> Weight {
		Weight::from_parts(175_220_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn remove_trade() -> Weight {
		Weight::from_parts(24_036_000, 3755)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn create_auction() -> Weight {
		Weight::from_parts(95_537_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn bid() -> Weight {
		Weight::from_parts(137_147_000, 6686)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn commit_bid() -> Weight {
		Weight::from_parts(90_763_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn reveal_bid() -> Weight {
		Weight::from_parts(61_674_000, 3838)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn close_auction() -> Weight {
		Weight::from_parts(106_489_000, 6686)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn forfeit_commitment() -> Weight {
		Weight::from_parts(63_872_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn cancel_auction() -> Weight {
		Weight::from_parts(48_140_000, 3838)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_timing() -> Weight {
		Weight::from_parts(13_487_000, 3711)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
