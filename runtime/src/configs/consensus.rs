//! Consensus: Aura authors blocks, GRANDPA finalizes them, and both take
//! their authorities from the keys that validators register with Session.
//!
//! The validator set is governance's (`pallet_tsm_governance` is the session
//! manager): a voted change takes effect at a session boundary.
//!
//! A validator that equivocates (two GRANDPA votes in one round) is
//! reported with a proof: any node's GRANDPA voter submits one when it sees
//! it (or anyone, signed), `pallet_grandpa` checks the votes and, through
//! the session history (`pallet_session::historical`), that the key was the
//! validator's in that session; governance is the offence handler and takes
//! the offender out of the set. Two blocks sealed in one Aura slot are
//! reported the same way (`pallet_aura_equivocation`).

use crate::{
	AccountId, Aura, Balances, BlockNumber, Historical, Moment, Runtime, RuntimeEvent, Session,
	SessionKeys, TsmGovernance, EXISTENTIAL_DEPOSIT, MINUTES, SLOT_DURATION,
};
use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use pallet_session::historical::{self, NoteHistoricalRoot};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{Convert, ConvertInto};
use sp_staking::SessionIndex;

/// The most validators the consortium can have.
pub type MaxAuthorities = ConstU32<32>;

parameter_types! {
	/// Validator changes take effect at the end of a session.
	pub const SessionPeriod: BlockNumber = 10 * MINUTES;
	pub const SessionOffset: BlockNumber = 0;
	/// Held while an account's session keys are registered (storage it uses).
	pub const SessionKeyDeposit: crate::Balance = 100 * EXISTENTIAL_DEPOSIT;
	/// How long an equivocation report waits in the pool: a session.
	pub const ReportLongevity: u64 = SessionPeriod::get() as u64;
}

/// Sessions whose validator sets equivocation proofs may name: an hour's.
/// Older offences are no longer reported (nodes report what they see at
/// once).
pub const HISTORY_DEPTH: SessionIndex = 6;

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
	type WeightInfo = crate::weights::pallet_grandpa::WeightInfo<Runtime>;
	type MaxAuthorities = MaxAuthorities;
	/// No staking: validators have no nominators.
	type MaxNominators = ConstU32<0>;
	/// A set changes at most once a session, so this covers the sessions
	/// the history keeps.
	type MaxSetIdSessionEntries = ConstU64<{ HISTORY_DEPTH as u64 }>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, TsmGovernance, Historical, ReportLongevity>;
}

/// Reports of validators that sealed two blocks in one Aura slot (the
/// node's `equivocation` task submits them), checked against the same
/// session history and handled by governance like GRANDPA's.
impl pallet_aura_equivocation::Config for Runtime {
	type AuthorityId = AuraId;
	type KeyOwnerProof = sp_session::MembershipProof;
	type IdentificationTuple = historical::IdentificationTuple<Runtime>;
	type KeyOwnership = Historical;
	type Offences = TsmGovernance;
	type ReportOverhead = KeyOwnershipAndOffence;
	type ReportLongevity = ReportLongevity;
	type WeightInfo = pallet_aura_equivocation::weights::SubstrateWeight<Runtime>;
}

/// What an Aura report runs besides checking its headers.
pub struct KeyOwnershipAndOffence;
impl frame_support::traits::Get<frame_support::weights::Weight> for KeyOwnershipAndOffence {
	fn get() -> frame_support::weights::Weight {
		crate::weights::pallet_grandpa::key_ownership_and_offence::<Runtime>()
	}
}

/// Who authored each block (from Aura's slot): GRANDPA credits the block's
/// author with the reports its node submitted.
impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}

/// Validators are identified by their account alone (no stake to name).
pub struct AccountOnly;
impl Convert<AccountId, Option<()>> for AccountOnly {
	fn convert(_validator: AccountId) -> Option<()> {
		Some(())
	}
}

impl historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = AccountOnly;
}

/// The session manager: governance's set, with each session's set noted in
/// the session history, which keeps `HISTORY_DEPTH` sessions.
pub struct GovernedSessions;
type GovernedWithHistory = NoteHistoricalRoot<Runtime, TsmGovernance>;

impl pallet_session::SessionManager<AccountId> for GovernedSessions {
	fn new_session(new_index: SessionIndex) -> Option<Vec<AccountId>> {
		let planned = GovernedWithHistory::new_session(new_index);
		// Until the history is `HISTORY_DEPTH` sessions long there is nothing
		// to prune (FRAME's pruning emits `RootsPruned` even then).
		if new_index > HISTORY_DEPTH {
			Historical::prune_up_to(new_index - HISTORY_DEPTH);
		}
		planned
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<AccountId>> {
		GovernedWithHistory::new_session_genesis(new_index)
	}

	fn end_session(end_index: SessionIndex) {
		GovernedWithHistory::end_session(end_index)
	}

	fn start_session(start_index: SessionIndex) {
		// The history notes a session's set when it is planned, or carries
		// the last one over; at genesis, and in the first session after the
		// upgrade that added the history, nothing was planned: note the set
		// that starts now.
		if !historical::HistoricalSessions::<Runtime>::contains_key(start_index) {
			NoteHistoricalRoot::<Runtime, ActiveSet>::new_session(start_index);
		}
		GovernedWithHistory::start_session(start_index)
	}
}

/// The set active now, for the history only (its answer is never handed to
/// the session pallet).
struct ActiveSet;
impl historical::SessionManager<AccountId, ()> for ActiveSet {
	fn new_session(_new_index: SessionIndex) -> Option<Vec<(AccountId, ())>> {
		Some(Session::validators().into_iter().map(|who| (who, ())).collect())
	}
	fn start_session(_start_index: SessionIndex) {}
	fn end_session(_end_index: SessionIndex) {}
}
impl pallet_session::SessionManager<AccountId> for ActiveSet {
	fn new_session(_new_index: SessionIndex) -> Option<Vec<AccountId>> {
		None
	}
	fn start_session(_start_index: SessionIndex) {}
	fn end_session(_end_index: SessionIndex) {}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = TsmGovernance;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	/// Governance decides the validator set and ends a session early to
	/// apply a change.
	type SessionManager = GovernedSessions;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}
