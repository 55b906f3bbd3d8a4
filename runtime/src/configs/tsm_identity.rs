//! The marketplace's identity service (`pallet_tsm_identity`): participants'
//! DID documents, their devices and role credentials from accredited issuers.

use super::deposit;
use super::governance::ConsortiumMajority;
use crate::{Balances, Runtime, RuntimeHoldReason, Signature, Timestamp};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	/// The document record itself.
	pub const ParticipantBaseDeposit: crate::Balance = deposit(1, 64);
	/// Per byte of keys and endpoints.
	pub const ByteDeposit: crate::Balance = deposit(0, 1);
	/// A device record and its two index entries.
	pub const DeviceDeposit: crate::Balance = deposit(3, 150);
	/// A credential record, paid by the issuer.
	pub const CredentialDeposit: crate::Balance = deposit(1, 140);
}

impl pallet_tsm_identity::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	/// Two thirds of the consortium (or sudo on the development network).
	type GovernanceOrigin = ConsortiumMajority;
	/// Council members and validators stay participants until removed.
	type SeatHolders = pallet_tsm_governance::SeatHolders<Runtime>;
	type DeviceSignature = Signature;
	type DeviceSigner = <Signature as sp_runtime::traits::Verify>::Signer;
	type ParticipantBaseDeposit = ParticipantBaseDeposit;
	type ByteDeposit = ByteDeposit;
	type DeviceDeposit = DeviceDeposit;
	type CredentialDeposit = CredentialDeposit;
	type MaxKeys = ConstU32<8>;
	type MaxEndpoints = ConstU32<8>;
	type MaxEndpointIdLength = ConstU32<32>;
	type MaxUrlLength = ConstU32<256>;
	/// A utility owns many meters; device calls are O(1) in this number.
	type MaxDevices = ConstU32<10_000>;
	type WeightInfo = pallet_tsm_identity::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}
