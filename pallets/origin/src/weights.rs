
//! Weights of `pallet_tsm_origin`, measured by `tsm-node benchmark pallet`
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
//!   pallet_tsm_origin
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
//!   pallets/origin/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_origin`.
pub trait WeightInfo {
	fn declare_device() -> Weight;
	fn approve_device() -> Weight;
	fn revoke_device() -> Weight;
	fn issue() -> Weight;
	fn revoke_certificate() -> Weight;
	fn transfer() -> Weight;
	fn retire() -> Weight;
	fn remove_holding() -> Weight;
	fn remove_certificate(n: u32, ) -> Weight;
	fn remove_claim_counter() -> Weight;
	fn set_lifetime() -> Weight;
	fn on_delivery() -> Weight;
	fn draw_from_pool() -> Weight;
	fn remove_pool_share() -> Weight;
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
	/// Storage: `TsmOrigin::Devices` (r:0 w:1)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	fn declare_device() -> Weight {
		// Proof size: measured `798`, estimated `6461`.
		// Fastest run: 28_316_000 ps.
		Weight::from_parts(30_198_000, 6461)
			.saturating_add(T::DbWeight::get().reads(5_u64))
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
	/// Storage: `TsmOrigin::Devices` (r:1 w:1)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	fn approve_device() -> Weight {
		// Proof size: measured `864`, estimated `6461`.
		// Fastest run: 32_739_000 ps.
		Weight::from_parts(34_991_000, 6461)
			.saturating_add(T::DbWeight::get().reads(5_u64))
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
	/// Storage: `TsmOrigin::Devices` (r:1 w:1)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	fn revoke_device() -> Weight {
		// Proof size: measured `903`, estimated `6461`.
		// Fastest run: 32_027_000 ps.
		Weight::from_parts(35_149_000, 6461)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmOrigin::CertificateOfReading` (r:1 w:1)
	/// Proof: `TsmOrigin::CertificateOfReading` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Readings` (r:1 w:0)
	/// Proof: `TsmEnergy::Readings` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::NextCertificateId` (r:1 w:1)
	/// Proof: `TsmOrigin::NextCertificateId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Lifetime` (r:1 w:0)
	/// Proof: `TsmOrigin::Lifetime` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:0)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Positions` (r:1 w:0)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:0 w:1)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:1)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Certificates` (r:0 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	fn issue() -> Weight {
		// Proof size: measured `750`, estimated `3653`.
		// Fastest run: 41_994_000 ps.
		Weight::from_parts(45_748_000, 3653)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:0)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Certificates` (r:1 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:1)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	fn revoke_certificate() -> Weight {
		// Proof size: measured `1038`, estimated `6461`.
		// Fastest run: 33_492_000 ps.
		Weight::from_parts(38_391_000, 6461)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmOrigin::Certificates` (r:1 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:2 w:2)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:1)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof size: measured `816`, estimated `6461`.
		// Fastest run: 32_131_000 ps.
		Weight::from_parts(37_615_000, 6461)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmOrigin::Certificates` (r:1 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:1 w:1)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Readings` (r:1 w:0)
	/// Proof: `TsmEnergy::Readings` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Claimed` (r:1 w:1)
	/// Proof: `TsmOrigin::Claimed` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:1)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	fn retire() -> Weight {
		// Proof size: measured `1046`, estimated `3630`.
		// Fastest run: 37_375_000 ps.
		Weight::from_parts(43_463_000, 3630)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmOrigin::Certificates` (r:1 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:1 w:1)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn remove_holding() -> Weight {
		// Proof size: measured `563`, estimated `3624`.
		// Fastest run: 23_285_000 ps.
		Weight::from_parts(25_455_000, 3624)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TsmOrigin::Certificates` (r:1 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::CertificateOfReading` (r:0 w:1)
	/// Proof: `TsmOrigin::CertificateOfReading` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:256)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 256]`.
	fn remove_certificate(n: u32, ) -> Weight {
		// Proof size: measured `453`, estimated `3624`.
		// Fastest run: 22_777_000 ps.
		Weight::from_parts(22_671_029, 3624)
			.saturating_add(Weight::from_parts(1_438_705, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `TsmOrigin::Claimed` (r:1 w:1)
	/// Proof: `TsmOrigin::Claimed` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn remove_claim_counter() -> Weight {
		// Proof size: measured `430`, estimated `3537`.
		// Fastest run: 19_132_000 ps.
		Weight::from_parts(20_667_000, 3537)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmOrigin::Lifetime` (r:0 w:1)
	/// Proof: `TsmOrigin::Lifetime` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_lifetime() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Fastest run: 4_585_000 ps.
		Weight::from_parts(5_254_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmOrigin::Devices` (r:1 w:0)
	/// Proof: `TsmOrigin::Devices` (`max_values`: None, `max_size`: Some(188), added: 2663, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::CertificateOfReading` (r:1 w:1)
	/// Proof: `TsmOrigin::CertificateOfReading` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Readings` (r:1 w:0)
	/// Proof: `TsmEnergy::Readings` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::NextCertificateId` (r:1 w:1)
	/// Proof: `TsmOrigin::NextCertificateId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Lifetime` (r:1 w:0)
	/// Proof: `TsmOrigin::Lifetime` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Sales` (r:1 w:0)
	/// Proof: `TsmEnergy::Sales` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Positions` (r:1 w:0)
	/// Proof: `TsmEnergy::Positions` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:1 w:2)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:2)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Certificates` (r:0 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	fn on_delivery() -> Weight {
		// Proof size: measured `750`, estimated `3653`.
		// Fastest run: 56_004_000 ps.
		Weight::from_parts(59_624_000, 3653)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `TsmOrigin::PoolShares` (r:1 w:1)
	/// Proof: `TsmOrigin::PoolShares` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Certificates` (r:1 w:1)
	/// Proof: `TsmOrigin::Certificates` (`max_values`: None, `max_size`: Some(159), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::Holdings` (r:2 w:2)
	/// Proof: `TsmOrigin::Holdings` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `TsmOrigin::History` (r:0 w:1)
	/// Proof: `TsmOrigin::History` (`max_values`: None, `max_size`: Some(199), added: 2674, mode: `MaxEncodedLen`)
	fn draw_from_pool() -> Weight {
		// Proof size: measured `621`, estimated `6116`.
		// Fastest run: 35_784_000 ps.
		Weight::from_parts(39_352_000, 6116)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmOrigin::PoolShares` (r:1 w:1)
	/// Proof: `TsmOrigin::PoolShares` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `TsmEnergy::Timing` (r:1 w:0)
	/// Proof: `TsmEnergy::Timing` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn remove_pool_share() -> Weight {
		// Proof size: measured `443`, estimated `3547`.
		// Fastest run: 23_935_000 ps.
		Weight::from_parts(25_916_000, 3547)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn declare_device() -> Weight {
		Weight::from_parts(30_198_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn approve_device() -> Weight {
		Weight::from_parts(34_991_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke_device() -> Weight {
		Weight::from_parts(35_149_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn issue() -> Weight {
		Weight::from_parts(45_748_000, 3653)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn revoke_certificate() -> Weight {
		Weight::from_parts(38_391_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn transfer() -> Weight {
		Weight::from_parts(37_615_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(43_463_000, 3630)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn remove_holding() -> Weight {
		Weight::from_parts(25_455_000, 3624)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_certificate(n: u32, ) -> Weight {
		Weight::from_parts(22_671_029, 3624)
			.saturating_add(Weight::from_parts(1_438_705, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn remove_claim_counter() -> Weight {
		Weight::from_parts(20_667_000, 3537)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_lifetime() -> Weight {
		Weight::from_parts(5_254_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn on_delivery() -> Weight {
		Weight::from_parts(59_624_000, 3653)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn draw_from_pool() -> Weight {
		Weight::from_parts(39_352_000, 6116)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn remove_pool_share() -> Weight {
		Weight::from_parts(25_916_000, 3547)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
