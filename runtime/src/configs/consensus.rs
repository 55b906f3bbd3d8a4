//! Consensus: Aura authors blocks, GRANDPA finalizes them, and both take
//! their authorities from the keys that validators register with Session.
//!
//! The validator set is governance's (`pallet_tsm_governance` is the session
//! manager): a voted change takes effect at a session boundary.

use crate::{
	AccountId, Aura, Balances, BlockNumber, Moment, Runtime, RuntimeEvent, SessionKeys,
	TsmGovernance, EXISTENTIAL_DEPOSIT, MINUTES, SLOT_DURATION,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::ConvertInto;

/// The most validators the consortium can have.
pub type MaxAuthorities = ConstU32<32>;

parameter_types! {
	/// Validator changes take effect at the end of a session.
	pub const SessionPeriod: BlockNumber = 10 * MINUTES;
	pub const SessionOffset: BlockNumber = 0;
	/// Held while an account's session keys are registered (storage it uses).
	pub const SessionKeyDeposit: crate::Balance = 100 * EXISTENTIAL_DEPOSIT;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = Moment;
	/// Aura checks each block's timestamp against its slot.
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxAuthorities;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// Equivocation reports need historical session proofs; a permissioned
	// consortium handles misbehaving validators through governance instead.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = TsmGovernance;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	/// Governance decides the validator set and ends a session early to
	/// apply a change.
	type SessionManager = TsmGovernance;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}
