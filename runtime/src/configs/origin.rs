//! Guarantees of origin (`pallet_tsm_origin`): issuing bodies (an
//! `IssuingBody` credential) approve production devices and revoke
//! fraudulent certificates; certificates are issued from the energy
//! market's readings and move with its settled trades and certified
//! pools; the council sets
//! their lifetime.

use super::governance::ConsortiumMajority;
use crate::{Runtime, Timestamp, TsmEnergy, TsmIdentity};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64},
};

/// A day in ms.
const DAY_MS: u64 = 24 * 60 * 60 * 1_000;

parameter_types! {
	/// The role whose holders approve devices and revoke certificates.
	pub const IssuingBodyRole: tsm_primitives::Role = tsm_primitives::Role::IssuingBody;
	/// Derives the accounts that keep certified pools' volume.
	pub const OriginPalletId: frame_support::PalletId = frame_support::PalletId(*b"tsm/orgn");
}

impl pallet_tsm_origin::Config for Runtime {
	type Roles = TsmIdentity;
	type Devices = TsmIdentity;
	type Participants = TsmIdentity;
	type Readings = TsmEnergy;
	type UnixTime = Timestamp;
	type IssuerOrigin = tsm_primitives::EnsureRole<TsmIdentity, IssuingBodyRole, crate::AccountId>;
	type LifetimeOrigin = ConsortiumMajority;
	/// A year, as EU guarantees of origin.
	type DefaultLifetime = ConstU64<{ 365 * DAY_MS }>;
	/// Readings are kept 366 days: every claim until expiry finds its
	/// reading.
	type MaxLifetime = ConstU64<{ 365 * DAY_MS }>;
	/// Retired volume stays provable 90 days after expiry.
	type RecordRetention = ConstU64<{ 90 * DAY_MS }>;
	/// 100 Wh, the energy market's smallest order.
	type MinTransferWh = ConstU64<100>;
	type MaxHistoryRemoval = ConstU32<256>;
	type PalletId = OriginPalletId;
	type WeightInfo = pallet_tsm_origin::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::energy::BenchmarkClock;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_tsm_origin::BenchmarkHelper for super::energy::BenchmarkClock {
	fn set_time(ms: u64) {
		pallet_timestamp::Now::<Runtime>::put(ms);
	}
}
