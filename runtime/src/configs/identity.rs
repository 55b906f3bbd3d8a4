//! FRAME's `pallet_identity`: human-readable identities of participants and
//! judgements by registrars. The marketplace's own identity service (DIDs,
//! devices, role credentials) complements it.

use super::deposit;
use super::governance::ConsortiumMajority;
use crate::{Balances, Runtime, RuntimeEvent, Signature, DAYS};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	pub const BasicDeposit: crate::Balance = deposit(1, 258);
	pub const ByteDeposit: crate::Balance = deposit(0, 1);
	pub const UsernameDeposit: crate::Balance = deposit(0, 32);
	pub const SubAccountDeposit: crate::Balance = deposit(1, 53);
}

impl pallet_identity::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BasicDeposit = BasicDeposit;
	type ByteDeposit = ByteDeposit;
	type UsernameDeposit = UsernameDeposit;
	type SubAccountDeposit = SubAccountDeposit;
	type MaxSubAccounts = ConstU32<100>;
	type IdentityInformation = pallet_identity::legacy::IdentityInfo<ConstU32<100>>;
	type MaxRegistrars = ConstU32<20>;
	/// Slashed deposits are burnt.
	type Slashed = ();
	/// Two thirds of the consortium (or sudo on the development network).
	type ForceOrigin = ConsortiumMajority;
	type RegistrarOrigin = ConsortiumMajority;
	type OffchainSignature = Signature;
	type SigningPublicKey = <Signature as sp_runtime::traits::Verify>::Signer;
	type UsernameAuthorityOrigin = ConsortiumMajority;
	type PendingUsernameExpiration = ConstU32<{ 7 * DAYS }>;
	type UsernameGracePeriod = ConstU32<{ 30 * DAYS }>;
	type MaxSuffixLength = ConstU32<7>;
	type MaxUsernameLength = ConstU32<32>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type WeightInfo = crate::weights::pallet_identity::WeightInfo<Runtime>;
}
