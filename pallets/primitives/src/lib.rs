//! Types and traits shared by the TSM runtime, its pallets and its node.
//!
//! Pallets never reach into each other's storage: they talk through the small
//! traits in [`traits`], which the runtime wires together in its `configs/`.

#![cfg_attr(not(feature = "std"), no_std)]

pub mod amount;
pub mod devices;
pub mod energy;
pub mod origin;
pub mod roles;
#[cfg(feature = "std")]
pub mod text;
pub mod traits;

pub use devices::DeviceKind;
pub use energy::{CertifiedSources, EnergySource, SourceRequirement};
pub use origin::EnsureRole;
pub use roles::Role;
pub use traits::{
	DeliveredVia, Delivery, DeviceRegistry, MeterReadings, OnDeliverySettled, ParticipantRegistry,
	RoleProvider, SlaHookWeights, SlaPenaltyProvider,
};

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// A transaction signature (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;
/// An account on chain: the public key behind [`Signature`], as 32 bytes.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// An amount of the settlement token, in its smallest unit (see [`token`]).
pub type Balance = u128;
/// A block height.
pub type BlockNumber = u32;
/// How many transactions an account has sent.
pub type Nonce = u32;
/// Block and trie hashes.
pub type Hash = sp_core::H256;
/// Milliseconds since the unix epoch.
pub type Moment = u64;

/// Ids of marketplace records, allocated by their pallets from a counter.
pub mod ids {
	/// An offer in the settlement catalog.
	pub type OfferId = u64;
	/// An agreement between a provider and a consumer.
	pub type AgreementId = u64;
	/// A billing period of an agreement, counted from 0.
	pub type PeriodIndex = u32;
	/// A group of operators that net their mutual charges.
	pub type SettlementGroupId = u32;
	/// A measurement interval of a monitored agreement, counted from its start.
	pub type IntervalIndex = u32;
	/// An energy delivery slot: its start is `slot × slot length` in
	/// milliseconds since the unix epoch.
	pub type SlotIndex = u64;

	/// Takes the next id from a pallet's counter.
	pub fn take_id<Counter: frame_support::StorageValue<u64, Query = u64>>() -> u64 {
		Counter::mutate(|next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		})
	}
}

/// The settlement token: what fees, deposits, escrow and payments are paid in.
pub mod token {
	use super::Balance;

	/// The symbol wallets show (chain property `tokenSymbol`).
	pub const SYMBOL: &str = "TSM";
	/// Decimal places of one token (chain property `tokenDecimals`).
	pub const DECIMALS: u8 = 12;
	/// One whole token in the smallest unit.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of a token.
	pub const MILLI_UNIT: Balance = UNIT / 1_000;
	/// A millionth of a token.
	pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
	/// The SS58 address prefix (chain property `ss58Format`): 42, the generic
	/// Substrate prefix, so that polkadot.js and the `key` tools show the same
	/// addresses without extra settings.
	pub const SS58_PREFIX: u16 = 42;
}
