//! Governance: the consortium council (`pallet_collective`) votes, its
//! members are kept by `pallet_membership`, and `pallet_tsm_governance` holds
//! what the votes decide (members, validators, market parameters, Root).
//!
//! Majorities are counted over all members, not over those who voted:
//! - [`ConsortiumMajority`], two thirds: membership, validators, parameters,
//!   credential issuers, and acting as Root (runtime upgrades);
//! - [`ArbitrationOrigin`], more than half: deciding market disputes.
//!
//! Root (sudo on the development network) passes both.

use crate::{
	configs::consensus::{MaxAuthorities, SessionOffset, SessionPeriod},
	token::{MILLI_UNIT, UNIT},
	AccountId, BlockNumber, Council, CouncilMembership, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, Session, TsmIdentity, DAYS, HOURS, MINUTES,
};
use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, Contains, EitherOfDiverse, SortedMembers},
	weights::Weight,
};
use frame_system::{EnsureRoot, RawOrigin};
use pallet_tsm_governance::{MarketParameters, MembershipManager};
use sp_runtime::{DispatchResult, Perbill, Permill};

/// The council instance of `pallet_collective` and `pallet_membership`.
pub type CouncilInstance = pallet_collective::Instance1;

/// Two thirds of all consortium members (or Root).
pub type ConsortiumMajority = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilInstance, 2, 3>,
>;

/// More than half of all consortium members (or Root): decides disputes
/// between market parties.
pub type ArbitrationOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionMoreThan<AccountId, CouncilInstance, 1, 2>,
>;

parameter_types! {
	/// How long members have to vote; after it, missing votes count nay.
	pub const MotionDuration: BlockNumber = 3 * DAYS;
	/// A proposal may use at most half a block.
	pub MaxProposalWeight: Weight =
		Perbill::from_percent(50) * super::RuntimeBlockWeights::get().max_block;
	pub const MaxPlatformFee: Permill = Permill::from_percent(10);
	pub const DefaultParameters: MarketParameters<BlockNumber> = MarketParameters {
		platform_fee: Permill::from_parts(5_000), // 0.5 %
		order_timeout: DAYS,
		reporting_grace: DAYS,
		dispute_window: 3 * DAYS,
		netting_dispute_window: 2 * DAYS,
		regulated_energy_price: 250 * MILLI_UNIT,
		energy_price_floor: 10 * MILLI_UNIT,
		energy_price_cap: UNIT,
		energy_collateral: Perbill::from_percent(20),
	};
	/// The role whose holder sets the regulated energy price.
	pub const RegulatorRole: tsm_primitives::Role = tsm_primitives::Role::Regulator;
}

/// The most consortium members.
pub type MaxMembers = ConstU32<32>;

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = MotionDuration;
	type MaxProposals = ConstU32<64>;
	type MaxMembers = MaxMembers;
	/// Members who do not vote before the end count as nay (no prime member).
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Membership changes go through `pallet_membership`.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = ConsortiumMajority;
	type KillOrigin = ConsortiumMajority;
	/// Only members propose; no deposit.
	type Consideration = ();
}

/// `pallet_tsm_governance` admits and removes members (after checking they
/// are participants) with Root's authority here; no other path is open.
impl pallet_membership::Config<CouncilInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EnsureRoot<AccountId>;
	type RemoveOrigin = EnsureRoot<AccountId>;
	type SwapOrigin = EnsureRoot<AccountId>;
	type ResetOrigin = EnsureRoot<AccountId>;
	type PrimeOrigin = EnsureRoot<AccountId>;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = MaxMembers;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

/// The council's members, as `pallet_membership` keeps them.
pub struct CouncilMembers;
impl MembershipManager<AccountId> for CouncilMembers {
	fn members() -> Vec<AccountId> {
		CouncilMembership::sorted_members()
	}
	fn is_member(who: &AccountId) -> bool {
		<CouncilMembership as SortedMembers<AccountId>>::contains(who)
	}
	fn add(who: &AccountId) -> DispatchResult {
		CouncilMembership::add_member(RawOrigin::Root.into(), who.clone().into())
			.map(|_| ())
			.map_err(|e| e.error)
	}
	fn remove(who: &AccountId) -> DispatchResult {
		CouncilMembership::remove_member(RawOrigin::Root.into(), who.clone().into())
			.map(|_| ())
			.map_err(|e| e.error)
	}
	/// The council rewrites every open proposal's votes when its members
	/// change (found by the runtime fuzzer: `admitMember` with proposals
	/// open touched more storage than it was charged).
	fn change_weight() -> Weight {
		use frame_support::traits::Get as _;
		use pallet_collective::WeightInfo as _;
		<Runtime as pallet_collective::Config<CouncilInstance>>::WeightInfo::set_members(
			MaxMembers::get(),
			MaxMembers::get(),
			<Runtime as pallet_collective::Config<CouncilInstance>>::MaxProposals::get(),
		)
	}
}

impl pallet_tsm_governance::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type ConsortiumOrigin = ConsortiumMajority;
	type RootOrigin = ConsortiumMajority;
	type Participants = TsmIdentity;
	type Membership = CouncilMembers;
	type SessionKeys = GovernedSessionKeys;
	type Finality = GrandpaFinality;
	/// GRANDPA's own advice is a delay long enough that the block
	/// announcing the forced change is not reorganised away.
	type MaxRecoveryDelay = ConstU32<{ HOURS }>;
	type PeriodicSessions = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	/// The development network runs one validator.
	type MinValidators = ConstU32<1>;
	type MaxValidators = MaxAuthorities;
	type MaxMembers = MaxMembers;
	type MaxPlatformFee = MaxPlatformFee;
	type MinWindow = ConstU32<{ 10 * MINUTES }>;
	type MaxWindow = ConstU32<{ 90 * DAYS }>;
	type RegulatorOrigin =
		tsm_primitives::EnsureRole<crate::TsmIdentity, RegulatorRole, crate::AccountId>;
	/// The continuous energy market's ticks (see `configs/energy.rs`) reach
	/// this high.
	type MaxEnergyPrice = ConstU128<{ 4 * UNIT }>;
	type DefaultParameters = DefaultParameters;
	type WeightInfo = pallet_tsm_governance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = SessionKeysForBenchmarks;
}

/// What no origin may call: a member handing its seat to another account
/// (which need not be a participant; members leave and join by vote), and
/// `session.purgeKeys`, with which a validator would leave the set unseen
/// (`tsmGovernance.purgeSessionKeys` purges for everyone else).
pub struct CallFilter;
impl Contains<RuntimeCall> for CallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(
			call,
			RuntimeCall::CouncilMembership(pallet_membership::Call::change_key { .. })
				| RuntimeCall::Session(pallet_session::Call::purge_keys { .. })
		)
	}
}

/// GRANDPA, as governance forces it onto a new set after finality stalled.
pub struct GrandpaFinality;
impl pallet_tsm_governance::FinalityGadget<BlockNumber> for GrandpaFinality {
	fn change_pending() -> bool {
		pallet_grandpa::PendingChange::<Runtime>::exists()
	}
	fn next_forced_change() -> Option<BlockNumber> {
		pallet_grandpa::NextForced::<Runtime>::get()
	}
	fn note_stalled(delay: BlockNumber, best_finalized: BlockNumber) {
		// GRANDPA's own call, as Root (which it requires and always passes):
		// it only notes the stall for the session starting now.
		let noted = crate::Grandpa::note_stalled(RawOrigin::Root.into(), delay, best_finalized);
		debug_assert!(noted.is_ok(), "Root may note a stall");
	}
}

/// The session pallet's keys, as governance sees them.
pub struct GovernedSessionKeys;
impl frame_support::traits::ValidatorRegistration<AccountId> for GovernedSessionKeys {
	fn is_registered(who: &AccountId) -> bool {
		<Session as frame_support::traits::ValidatorRegistration<AccountId>>::is_registered(who)
	}
}
impl pallet_tsm_governance::SessionKeyRegistry<AccountId> for GovernedSessionKeys {
	fn purge_keys(who: &AccountId) -> sp_runtime::DispatchResult {
		// The session pallet's own call, as `who`: past the call filter,
		// which only stops it coming from outside.
		Session::purge_keys(RuntimeOrigin::signed(who.clone()))
	}
}

/// Registers session keys for a benchmark validator, as `session.setKeys`
/// does: keys generated in the benchmark's keystore, with their proof.
#[cfg(feature = "runtime-benchmarks")]
pub struct SessionKeysForBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_tsm_governance::BenchmarkHelper<AccountId> for SessionKeysForBenchmarks {
	fn set_session_keys(who: &AccountId) -> Result<(), ()> {
		use codec::Encode;
		let owner = who.encode();
		let generated = crate::SessionKeys::generate(&owner, None);
		Session::ensure_can_pay_key_deposit(who).map_err(|_| ())?;
		Session::set_keys(
			RawOrigin::Signed(who.clone()).into(),
			generated.keys,
			generated.proof.encode(),
		)
		.map_err(|_| ())
	}
}

/// The council's open proposals with their tallies, for the runtime API.
pub fn open_proposals(
) -> Vec<pallet_tsm_governance::runtime_api::Proposal<AccountId, BlockNumber, crate::Hash>> {
	use codec::{Decode, Encode};
	use frame_support::traits::GetCallMetadata;

	/// `pallet_collective::Votes`, field for field (its fields are private;
	/// its SCALE layout is public in the metadata).
	#[derive(Decode)]
	struct Tally {
		index: u32,
		threshold: u32,
		ayes: Vec<AccountId>,
		nays: Vec<AccountId>,
		end: BlockNumber,
	}

	pallet_collective::Proposals::<Runtime, CouncilInstance>::get()
		.into_iter()
		.filter_map(|hash| {
			let call = pallet_collective::ProposalOf::<Runtime, CouncilInstance>::get(hash)?;
			let votes = pallet_collective::Voting::<Runtime, CouncilInstance>::get(hash)?;
			let tally = Tally::decode(&mut &votes.encode()[..]).ok()?;
			let metadata = call.get_call_metadata();
			Some(pallet_tsm_governance::runtime_api::Proposal {
				hash,
				index: tally.index,
				pallet: metadata.pallet_name.into(),
				call: metadata.function_name.into(),
				encoded_call: call.encode(),
				threshold: tally.threshold,
				ayes: tally.ayes,
				nays: tally.nays,
				end: tally.end,
			})
		})
		.collect()
}
