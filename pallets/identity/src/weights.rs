
//! Weights of `pallet_tsm_identity`, measured by `tsm-node benchmark pallet`
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
//!   pallet_tsm_identity
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
//!   pallets/identity/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_identity`.
pub trait WeightInfo {
	fn register_participant(k: u32, e: u32, ) -> Weight;
	fn add_key() -> Weight;
	fn remove_key() -> Weight;
	fn rotate_key() -> Weight;
	fn add_endpoint() -> Weight;
	fn remove_endpoint() -> Weight;
	fn set_controller() -> Weight;
	fn deactivate_participant(k: u32, ) -> Weight;
	fn register_device() -> Weight;
	fn transfer_device() -> Weight;
	fn deactivate_device() -> Weight;
	fn accredit_issuer() -> Weight;
	fn withdraw_accreditation() -> Weight;
	fn issue_credential() -> Weight;
	fn revoke_credential() -> Weight;
	fn purge_credential() -> Weight;
}

/// Measured weights, with database costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:0)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::KeyOwners` (r:8 w:8)
	/// Proof: `TsmIdentity::KeyOwners` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[0, 8]`.
	/// Component `e` ranges over `[0, 8]`.
	fn register_participant(k: u32, e: u32, ) -> Weight {
		// Proof size: measured `161`, estimated `6461 + k * 2557`.
		// Fastest run: 55_130_000 ps.
		Weight::from_parts(46_855_233, 6461)
			.saturating_add(Weight::from_parts(40_572_416, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(1_672_348, 0).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 2557).saturating_mul(k.into()))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::KeyOwners` (r:1 w:1)
	/// Proof: `TsmIdentity::KeyOwners` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn add_key() -> Weight {
		// Proof size: measured `3491`, estimated `6461`.
		// Fastest run: 109_797_000 ps.
		Weight::from_parts(118_006_000, 6461)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::KeyOwners` (r:0 w:1)
	/// Proof: `TsmIdentity::KeyOwners` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	fn remove_key() -> Weight {
		// Proof size: measured `3255`, estimated `6461`.
		// Fastest run: 63_718_000 ps.
		Weight::from_parts(67_941_000, 6461)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::KeyOwners` (r:1 w:2)
	/// Proof: `TsmIdentity::KeyOwners` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn rotate_key() -> Weight {
		// Proof size: measured `3333`, estimated `6461`.
		// Fastest run: 66_421_000 ps.
		Weight::from_parts(72_748_000, 6461)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn add_endpoint() -> Weight {
		// Proof size: measured `2931`, estimated `6461`.
		// Fastest run: 69_660_000 ps.
		Weight::from_parts(73_419_000, 6461)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn remove_endpoint() -> Weight {
		// Proof size: measured `3255`, estimated `6461`.
		// Fastest run: 63_571_000 ps.
		Weight::from_parts(67_880_000, 6461)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	fn set_controller() -> Weight {
		// Proof size: measured `3060`, estimated `6461`.
		// Fastest run: 24_713_000 ps.
		Weight::from_parts(27_638_000, 6461)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:1)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DeviceCount` (r:1 w:0)
	/// Proof: `TsmIdentity::DeviceCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `CouncilMembership::Members` (r:1 w:0)
	/// Proof: `CouncilMembership::Members` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `TsmGovernance::Validators` (r:1 w:0)
	/// Proof: `TsmGovernance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::KeyOwners` (r:0 w:8)
	/// Proof: `TsmIdentity::KeyOwners` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[0, 8]`.
	fn deactivate_participant(k: u32, ) -> Weight {
		// Proof size: measured `3050 + k * 37`, estimated `6461`.
		// Fastest run: 55_570_000 ps.
		Weight::from_parts(61_146_994, 6461)
			.saturating_add(Weight::from_parts(2_783_422, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(k.into())))
	}
	/// Storage: `TsmIdentity::Participants` (r:2 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Devices` (r:1 w:1)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DeviceCount` (r:1 w:1)
	/// Proof: `TsmIdentity::DeviceCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DeviceRegistrations` (r:1 w:1)
	/// Proof: `TsmIdentity::DeviceRegistrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DevicesOf` (r:0 w:1)
	/// Proof: `TsmIdentity::DevicesOf` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn register_device() -> Weight {
		// Proof size: measured `6482`, estimated `11932`.
		// Fastest run: 307_152_000 ps.
		Weight::from_parts(348_043_000, 11932)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `TsmIdentity::Devices` (r:1 w:1)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DeviceCount` (r:2 w:2)
	/// Proof: `TsmIdentity::DeviceCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DevicesOf` (r:0 w:2)
	/// Proof: `TsmIdentity::DevicesOf` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn transfer_device() -> Weight {
		// Proof size: measured `3394`, estimated `6461`.
		// Fastest run: 49_600_000 ps.
		Weight::from_parts(63_966_000, 6461)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmIdentity::Devices` (r:1 w:1)
	/// Proof: `TsmIdentity::Devices` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DeviceCount` (r:1 w:1)
	/// Proof: `TsmIdentity::DeviceCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::DevicesOf` (r:0 w:1)
	/// Proof: `TsmIdentity::DevicesOf` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn deactivate_device() -> Weight {
		// Proof size: measured `551`, estimated `3694`.
		// Fastest run: 61_510_000 ps.
		Weight::from_parts(76_428_000, 3694)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmIdentity::Participants` (r:1 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:1)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	fn accredit_issuer() -> Weight {
		// Proof size: measured `3140`, estimated `6461`.
		// Fastest run: 26_518_000 ps.
		Weight::from_parts(29_454_000, 6461)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmIdentity::Issuers` (r:1 w:1)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	fn withdraw_accreditation() -> Weight {
		// Proof size: measured `157`, estimated `3524`.
		// Fastest run: 17_726_000 ps.
		Weight::from_parts(20_395_000, 3524)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmIdentity::Issuers` (r:2 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Participants` (r:2 w:0)
	/// Proof: `TsmIdentity::Participants` (`max_values`: None, `max_size`: Some(2996), added: 5471, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Credentials` (r:1 w:1)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn issue_credential() -> Weight {
		// Proof size: measured `6859`, estimated `11932`.
		// Fastest run: 136_403_000 ps.
		Weight::from_parts(145_748_000, 11932)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:1)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	fn revoke_credential() -> Weight {
		// Proof size: measured `289`, estimated `3632`.
		// Fastest run: 23_385_000 ps.
		Weight::from_parts(27_800_000, 3632)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `TsmIdentity::Credentials` (r:1 w:1)
	/// Proof: `TsmIdentity::Credentials` (`max_values`: None, `max_size`: Some(167), added: 2642, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `TsmIdentity::Issuers` (r:1 w:0)
	/// Proof: `TsmIdentity::Issuers` (`max_values`: None, `max_size`: Some(59), added: 2534, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn purge_credential() -> Weight {
		// Proof size: measured `557`, estimated `3694`.
		// Fastest run: 65_052_000 ps.
		Weight::from_parts(70_814_000, 3694)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with ParityDB costs, for mocks and tests.
impl WeightInfo for () {
	fn register_participant(k: u32, e: u32, ) -> Weight {
		Weight::from_parts(46_855_233, 6461)
			.saturating_add(Weight::from_parts(40_572_416, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(1_672_348, 0).saturating_mul(e.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 2557).saturating_mul(k.into()))
	}
	fn add_key() -> Weight {
		Weight::from_parts(118_006_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn remove_key() -> Weight {
		Weight::from_parts(67_941_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn rotate_key() -> Weight {
		Weight::from_parts(72_748_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn add_endpoint() -> Weight {
		Weight::from_parts(73_419_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_endpoint() -> Weight {
		Weight::from_parts(67_880_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_controller() -> Weight {
		Weight::from_parts(27_638_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn deactivate_participant(k: u32, ) -> Weight {
		Weight::from_parts(61_146_994, 6461)
			.saturating_add(Weight::from_parts(2_783_422, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(k.into())))
	}
	fn register_device() -> Weight {
		Weight::from_parts(348_043_000, 11932)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn transfer_device() -> Weight {
		Weight::from_parts(63_966_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn deactivate_device() -> Weight {
		Weight::from_parts(76_428_000, 3694)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn accredit_issuer() -> Weight {
		Weight::from_parts(29_454_000, 6461)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_accreditation() -> Weight {
		Weight::from_parts(20_395_000, 3524)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn issue_credential() -> Weight {
		Weight::from_parts(145_748_000, 11932)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn revoke_credential() -> Weight {
		Weight::from_parts(27_800_000, 3632)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn purge_credential() -> Weight {
		Weight::from_parts(70_814_000, 3694)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
