//! Governance in the real runtime, on the `consortium` genesis: four member
//! organisations on the council, four validators, no sudo key. Every path
//! goes through a council vote: propose, vote, close, and the decided call
//! runs with the council's origin (two thirds of all members needed).

mod common;

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{EnsureOrigin, Hooks, ValidatorRegistration},
};
use pallet_tsm_governance::{MarketParameter, Validators};
use pallet_tsm_identity::ParticipantKind;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::H256;
use sp_runtime::{traits::Dispatchable, DispatchError};
use tsm_primitives::Role;
use tsm_runtime::{
	configs::governance::{ArbitrationOrigin, ConsortiumMajority, CouncilInstance, MotionDuration},
	genesis_config_presets::{self as presets, CONSORTIUM_MEMBERS},
	token, AccountId, Balances, Council, Grandpa, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, Session, SessionKeys, System, TsmGovernance, TsmIdentity,
};

type CollectiveError = pallet_collective::Error<Runtime, CouncilInstance>;
type CollectiveEvent = pallet_collective::Event<Runtime, CouncilInstance>;

fn member(i: usize) -> AccountId {
	CONSORTIUM_MEMBERS[i].account.into()
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// The consortium network's genesis, at block 1, with a keystore for
/// session keys.
fn consortium(test: impl FnOnce()) {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
	});
}

fn collective_events() -> Vec<CollectiveEvent> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Council(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Member 0 proposes `call`, needing 3 ayes.
fn propose(call: RuntimeCall) -> (H256, u32) {
	let length = call.encoded_size() as u32;
	assert_ok!(Council::propose(signed(&member(0)), 3, Box::new(call), length));
	match collective_events().last() {
		Some(CollectiveEvent::Proposed { proposal_index, proposal_hash, .. }) => {
			(*proposal_hash, *proposal_index)
		}
		other => panic!("expected Proposed, got {other:?}"),
	}
}

fn vote(i: usize, (hash, index): (H256, u32), aye: bool) {
	assert_ok!(Council::vote(signed(&member(i)), hash, index, aye));
}

fn close(
	(hash, index): (H256, u32),
	call: &RuntimeCall,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Council::close(
		signed(&member(1)),
		hash,
		index,
		call.get_dispatch_info().call_weight,
		call.encoded_size() as u32,
	)
}

/// Proposes `call`, has members 0, 1 and 2 vote aye (3 of 4), closes, and
/// returns the decided call's result.
fn decide(call: RuntimeCall) -> Result<(), DispatchError> {
	common::council::pass(call)
}

fn parameter(p: MarketParameter<u32>) -> RuntimeCall {
	pallet_tsm_governance::Call::set_parameter { parameter: p }.into()
}

#[test]
fn two_thirds_of_the_members_decide() {
	consortium(|| {
		assert_eq!(decide(parameter(MarketParameter::DisputeWindow(12_345))), Ok(()));
		assert_eq!(pallet_tsm_governance::Parameters::<Runtime>::get().dispute_window, 12_345);
	});
}

#[test]
fn half_of_the_members_do_not_decide_and_silence_counts_nay() {
	consortium(|| {
		let call = parameter(MarketParameter::DisputeWindow(12_345));
		let motion = propose(call.clone());
		vote(0, motion, true);
		vote(1, motion, true);
		// 2 of 4 ayes: closing before the end is refused.
		assert_noop!(close(motion, &call), CollectiveError::TooEarly);
		// After the voting period the missing votes count nay.
		System::set_block_number(1 + MotionDuration::get() + 1);
		assert_ok!(close(motion, &call));
		assert!(matches!(collective_events().last(), Some(CollectiveEvent::Disapproved { .. })));
		assert_ne!(pallet_tsm_governance::Parameters::<Runtime>::get().dispute_window, 12_345);
		assert!(pallet_collective::Proposals::<Runtime, CouncilInstance>::get().is_empty());
	});
}

#[test]
fn a_proposal_cannot_lower_its_own_bar() {
	consortium(|| {
		// Threshold 1 executes at once, with one member of four: not enough
		// for the governance origin.
		let call = parameter(MarketParameter::DisputeWindow(12_345));
		assert_ok!(Council::propose(signed(&member(0)), 1, Box::new(call.clone()), 100));
		assert!(matches!(
			collective_events().last(),
			Some(CollectiveEvent::Executed { result: Err(DispatchError::BadOrigin), .. })
		));
		assert_ne!(pallet_tsm_governance::Parameters::<Runtime>::get().dispute_window, 12_345);
	});
}

#[test]
fn council_bad_input_is_refused() {
	consortium(|| {
		let outsider = AccountId::from([9u8; 32]);
		let call = parameter(MarketParameter::DisputeWindow(12_345));
		assert_noop!(
			Council::propose(signed(&outsider), 3, Box::new(call.clone()), 100),
			CollectiveError::NotMember
		);
		let motion = propose(call);
		assert_noop!(
			Council::vote(signed(&outsider), motion.0, motion.1, true),
			CollectiveError::NotMember
		);
		vote(0, motion, true);
		assert_noop!(
			Council::vote(signed(&member(0)), motion.0, motion.1, true),
			CollectiveError::DuplicateVote
		);
		// Not enough ayes yet: closing early is refused.
		assert_noop!(
			close(motion, &parameter(MarketParameter::DisputeWindow(12_345))),
			CollectiveError::TooEarly
		);
		// The governance calls refuse anyone but the council.
		assert_noop!(
			TsmGovernance::set_parameter(
				signed(&member(0)),
				MarketParameter::DisputeWindow(12_345)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn parameters_out_of_bounds_are_refused_by_the_vote() {
	consortium(|| {
		let error = decide(parameter(MarketParameter::DisputeWindow(0))).unwrap_err();
		assert_eq!(error, pallet_tsm_governance::Error::<Runtime>::WindowTooShort.into());
	});
}

fn register(who: &AccountId) {
	assert_ok!(Balances::force_set_balance(
		RuntimeOrigin::root(),
		who.clone().into(),
		1_000 * token::UNIT
	));
	assert_ok!(TsmIdentity::register_participant(
		signed(who),
		ParticipantKind::Organisation,
		Default::default(),
		Default::default(),
	));
}

#[test]
fn members_are_admitted_and_removed_by_vote() {
	consortium(|| {
		let newcomer = AccountId::from([7u8; 32]);
		let admit: RuntimeCall =
			pallet_tsm_governance::Call::admit_member { who: newcomer.clone().into() }.into();
		assert_eq!(
			decide(admit.clone()),
			Err(pallet_tsm_governance::Error::<Runtime>::NotParticipant.into())
		);
		register(&newcomer);
		assert_eq!(decide(admit), Ok(()));
		assert!(pallet_collective::Members::<Runtime, CouncilInstance>::get().contains(&newcomer));
		assert_eq!(pallet_membership::Members::<Runtime, CouncilInstance>::get().len(), 5);

		let remove: RuntimeCall =
			pallet_tsm_governance::Call::remove_member { who: member(3).into() }.into();
		// Five members now: 3 ayes of 5 are not two thirds ...
		assert_eq!(decide(remove.clone()), Err(DispatchError::BadOrigin));
		// ... 4 are.
		let motion = propose(remove.clone());
		vote(0, motion, true);
		vote(1, motion, true);
		vote(2, motion, true);
		assert_ok!(Council::vote(signed(&newcomer), motion.0, motion.1, true));
		assert_ok!(close(motion, &remove));
		assert!(!pallet_collective::Members::<Runtime, CouncilInstance>::get().contains(&member(3)));
	});
}

#[test]
fn a_member_cannot_hand_over_its_seat() {
	consortium(|| {
		let call = RuntimeCall::CouncilMembership(pallet_membership::Call::change_key {
			new: AccountId::from([7u8; 32]).into(),
		});
		let result = call.dispatch(signed(&member(0)));
		assert_eq!(
			result.map_err(|e| e.error),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
	});
}

#[test]
fn the_council_accredits_credential_issuers() {
	consortium(|| {
		let call: RuntimeCall = pallet_tsm_identity::Call::accredit_issuer {
			issuer: member(0),
			role: Role::SmallCellProvider,
		}
		.into();
		assert_eq!(decide(call), Ok(()));
		assert_eq!(TsmIdentity::issuer_roles(&member(0)), vec![Role::SmallCellProvider]);
	});
}

#[test]
fn arbitration_needs_more_than_half_and_governance_two_thirds() {
	let members = |yes: u32, of: u32| -> RuntimeOrigin {
		pallet_collective::RawOrigin::<AccountId, CouncilInstance>::Members(yes, of).into()
	};
	assert!(ArbitrationOrigin::try_origin(members(3, 4)).is_ok());
	assert!(ArbitrationOrigin::try_origin(members(2, 4)).is_err());
	assert!(ConsortiumMajority::try_origin(members(3, 4)).is_ok());
	assert!(ConsortiumMajority::try_origin(members(3, 5)).is_err());
	assert!(ConsortiumMajority::try_origin(RuntimeOrigin::root()).is_ok());
	assert!(
		ConsortiumMajority::try_origin(RuntimeOrigin::signed(AccountId::from([1; 32]))).is_err()
	);
}

/// Runs the session and GRANDPA hooks of the next block.
fn next_block() {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	Session::on_initialize(n);
	Grandpa::on_finalize(n);
}

/// A new operator's keys, registered with `session.setKeys` and their proof.
fn set_keys(who: &AccountId) -> SessionKeys {
	let generated = SessionKeys::generate(&who.encode(), None);
	assert_ok!(Session::set_keys(signed(who), generated.keys.clone(), generated.proof.encode()));
	generated.keys
}

#[test]
fn validators_are_voted_in_and_out_and_consensus_follows() {
	consortium(|| {
		let operator = AccountId::from([8u8; 32]);
		let add: RuntimeCall =
			pallet_tsm_governance::Call::add_validator { who: operator.clone().into() }.into();
		assert_eq!(
			decide(add.clone()),
			Err(pallet_tsm_governance::Error::<Runtime>::NotParticipant.into())
		);
		register(&operator);
		assert_eq!(
			decide(add.clone()),
			Err(pallet_tsm_governance::Error::<Runtime>::NoSessionKeys.into())
		);
		let keys = set_keys(&operator);
		assert_eq!(decide(add), Ok(()));
		assert_eq!(Validators::<Runtime>::get().len(), 5);

		// The next block queues the set, the one after activates it.
		let session = Session::current_index();
		next_block();
		assert_eq!(Session::current_index(), session + 1);
		assert!(!Session::validators().contains(&operator));
		next_block();
		assert_eq!(Session::current_index(), session + 2);
		assert!(Session::validators().contains(&operator));
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		assert!(Grandpa::grandpa_authorities().iter().any(|(id, _)| *id == keys.grandpa));
		// Then sessions follow their period again.
		next_block();
		assert_eq!(Session::current_index(), session + 2);

		// Voted out: five to four keeps the set fault tolerant.
		let remove: RuntimeCall = pallet_tsm_governance::Call::remove_validator {
			who: operator.clone().into(),
			force: false,
		}
		.into();
		assert_eq!(decide(remove), Ok(()));
		next_block();
		next_block();
		assert!(!Session::validators().contains(&operator));
		assert!(!pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);

		// Four to three would stop finality at the next failure.
		let shrink: RuntimeCall =
			pallet_tsm_governance::Call::remove_validator { who: member(3).into(), force: false }
				.into();
		assert_eq!(
			decide(shrink),
			Err(pallet_tsm_governance::Error::<Runtime>::NoFaultTolerance.into())
		);
	});
}

/// GRANDPA's forced change announced in this block's digest, if any.
fn forced_change_in_digest() -> Option<(u32, sp_consensus_grandpa::ScheduledChange<u32>)> {
	System::digest().logs.iter().find_map(|log| {
		match log.consensus_try_to::<sp_consensus_grandpa::ConsensusLog<u32>>(
			&sp_consensus_grandpa::GRANDPA_ENGINE_ID,
		) {
			Some(sp_consensus_grandpa::ConsensusLog::ForcedChange(median, change)) => {
				Some((median, change))
			}
			_ => None,
		}
	})
}

/// Two of the four validators' nodes are gone for good: finality stalled
/// (GRANDPA enacts a normal set change only once it is finalized). The
/// council removes them with `recoverFinality`; at the boundary where the
/// remaining pair becomes active the block announces a *forced* change to
/// exactly that pair, which GRANDPA enacts after the delay.
#[test]
fn recovering_stalled_finality_forces_grandpa_onto_the_remaining_validators() {
	consortium(|| {
		for _ in 0..20 {
			next_block();
		}
		let set = Validators::<Runtime>::get();
		let (kept, gone) = set.split_at(2);
		let set_id = Grandpa::current_set_id();
		let recover: RuntimeCall = pallet_tsm_governance::Call::recover_finality {
			remove: gone.to_vec().try_into().unwrap(),
			best_finalized: 12,
			delay: 3,
		}
		.into();
		assert_eq!(decide(recover.clone()), Ok(()));
		assert_eq!(
			decide(recover),
			Err(pallet_tsm_governance::Error::<Runtime>::RecoveryPending.into())
		);

		// The boundary that queues the pair announces nothing yet...
		let session = Session::current_index();
		next_block();
		assert_eq!(Session::current_index(), session + 1);
		assert_eq!(forced_change_in_digest(), None);
		assert_eq!(Grandpa::current_set_id(), set_id);
		// ...the one that activates it announces the forced change.
		next_block();
		assert_eq!(Session::validators(), kept.to_vec());
		let (median, change) = forced_change_in_digest().expect("a forced change is announced");
		assert_eq!(median, 12);
		assert_eq!(change.delay, 3);
		let pair: Vec<_> = kept
			.iter()
			.map(|v| {
				pallet_session::NextKeys::<Runtime>::get(v).expect("validators have keys").grandpa
			})
			.collect();
		assert_eq!(
			change.next_authorities.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>(),
			pair
		);
		// One change only: the runtime's set id stays in step with the nodes'.
		assert_eq!(Grandpa::current_set_id(), set_id + 1);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 2);

		// Until GRANDPA enacts it, the set cannot change again.
		let add_back: RuntimeCall =
			pallet_tsm_governance::Call::add_validator { who: gone[0].clone().into() }.into();
		assert_eq!(
			decide(add_back.clone()),
			Err(pallet_tsm_governance::Error::<Runtime>::FinalityChangePending.into())
		);
		for _ in 0..3 {
			assert_eq!(Grandpa::grandpa_authorities().len(), 4);
			next_block();
		}
		assert_eq!(Grandpa::grandpa_authorities(), change.next_authorities);

		// GRANDPA takes one forced change per twice the previous delay.
		let again: RuntimeCall = pallet_tsm_governance::Call::recover_finality {
			remove: Default::default(),
			best_finalized: 20,
			delay: 1,
		}
		.into();
		assert_eq!(
			decide(again.clone()),
			Err(pallet_tsm_governance::Error::<Runtime>::RecoveryTooSoon.into())
		);
		for _ in 0..3 {
			next_block();
		}
		assert_eq!(decide(again), Ok(()));
		// And the consortium can grow the set again once its nodes are back.
		next_block();
		next_block();
		assert_eq!(decide(add_back), Ok(()));
	});
}

#[test]
fn the_council_authorizes_a_runtime_upgrade_as_root() {
	consortium(|| {
		let code_hash = H256::repeat_byte(0xab);
		let authorize: RuntimeCall = frame_system::Call::authorize_upgrade { code_hash }.into();
		// Not Root on its own, and members are not Root.
		assert_noop!(
			authorize.clone().dispatch(signed(&member(0))).map_err(|e| e.error),
			DispatchError::BadOrigin
		);
		let as_root: RuntimeCall =
			pallet_tsm_governance::Call::dispatch_as_root { call: Box::new(authorize) }.into();
		assert_eq!(decide(as_root), Ok(()));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::TsmGovernance(pallet_tsm_governance::Event::DispatchedAsRoot {
				result: Ok(())
			})
		)));
		System::assert_has_event(
			frame_system::Event::UpgradeAuthorized { code_hash, check_version: true }.into(),
		);
		// Other code than the authorized is refused.
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::none(), vec![1, 2, 3]),
			frame_system::Error::<Runtime>::Unauthorized
		);
	});
}

#[test]
fn members_and_validators_stay_participants_until_removed() {
	consortium(|| {
		// Every consortium member is on the council and a validator.
		assert_noop!(
			TsmIdentity::deactivate_participant(signed(&member(2)), member(2)),
			pallet_tsm_identity::Error::<Runtime>::ParticipantHoldsSeat
		);
	});
}

/// A sitting validator tries to leave the set unseen by dropping its session
/// keys: directly, nested in a batch, or through governance's purge.
#[test]
fn a_validator_cannot_drop_its_session_keys() {
	consortium(|| {
		let validator = member(1);
		let purge = RuntimeCall::Session(pallet_session::Call::purge_keys {});
		assert_eq!(
			purge.clone().dispatch(signed(&validator)).map_err(|e| e.error),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: vec![purge] });
		assert!(batch.dispatch(signed(&validator)).is_err());
		assert_noop!(
			TsmGovernance::purge_session_keys(signed(&validator)),
			pallet_tsm_governance::Error::<Runtime>::ValidatorKeysInUse
		);
		assert!(Session::is_registered(&validator));

		// An operator that is no validator gets its keys and deposit back.
		let operator = AccountId::from([8u8; 32]);
		register(&operator);
		let before = Balances::free_balance(&operator);
		set_keys(&operator);
		assert!(Balances::free_balance(&operator) < before);
		assert_ok!(TsmGovernance::purge_session_keys(signed(&operator)));
		assert!(!Session::is_registered(&operator));
		assert_eq!(Balances::free_balance(&operator), before);
	});
}

/// Found by the runtime fuzzer: a change of members makes the council
/// rewrite every open proposal's votes, which `admitMember`'s and
/// `removeMember`'s benchmarks (no proposals open) did not measure. Both
/// are now charged the council's re-count at its worst.
#[test]
fn changing_members_is_charged_for_the_councils_open_proposals() {
	use frame_support::traits::Get as _;
	use pallet_collective::WeightInfo as _;
	use tsm_runtime::configs::governance::MaxMembers;
	let recount = <Runtime as pallet_collective::Config<CouncilInstance>>::WeightInfo::set_members(
		MaxMembers::get(),
		MaxMembers::get(),
		<Runtime as pallet_collective::Config<CouncilInstance>>::MaxProposals::get(),
	);
	let who: AccountId = member(0);
	for call in [
		pallet_tsm_governance::Call::<Runtime>::admit_member { who: who.clone().into() },
		pallet_tsm_governance::Call::<Runtime>::remove_member { who: who.into() },
	] {
		let charged = RuntimeCall::TsmGovernance(call).get_dispatch_info().call_weight;
		assert!(charged.all_gte(recount), "{charged:?} does not cover the re-count {recount:?}");
	}
}

/// A consortium member's GRANDPA key, from its published test seed.
fn grandpa_pair(i: usize) -> sp_core::ed25519::Pair {
	use sp_core::Pair;
	let seed = format!("//tsm//consortium//{}//grandpa", CONSORTIUM_MEMBERS[i].name);
	sp_core::ed25519::Pair::from_string(&seed, None).expect("a valid seed")
}

/// Two prevotes for different blocks in one round, signed with `pair` as a
/// GRANDPA voter signs: the proof of an equivocation.
fn conflicting_prevotes(
	pair: &sp_core::ed25519::Pair,
	set_id: u64,
	round: u64,
) -> sp_consensus_grandpa::EquivocationProof<H256, u32> {
	use sp_core::Pair;
	prevotes_in_the_name_of(pair.public(), pair, set_id, round)
}

/// The same, naming `identity` as the voter whichever key signed.
fn prevotes_in_the_name_of(
	identity: sp_core::ed25519::Public,
	pair: &sp_core::ed25519::Pair,
	set_id: u64,
	round: u64,
) -> sp_consensus_grandpa::EquivocationProof<H256, u32> {
	use sp_core::Pair;
	let signed = |target: u8| {
		let prevote =
			finality_grandpa::Prevote { target_hash: H256::repeat_byte(target), target_number: 5 };
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		(prevote, pair.sign(&payload).into())
	};
	sp_consensus_grandpa::EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: identity.into(),
			first: signed(1),
			second: signed(2),
		}),
	)
}

/// What a node's GRANDPA voter asks the runtime for: proof that the key was
/// a validator's in the current session.
fn key_ownership(pair: &sp_core::ed25519::Pair) -> sp_session::MembershipProof {
	use frame_support::traits::KeyOwnerProofSystem;
	use sp_core::Pair;
	let key: sp_consensus_grandpa::AuthorityId = pair.public().into();
	tsm_runtime::Historical::prove((sp_consensus_grandpa::KEY_TYPE, key))
		.expect("a validator's key")
}

fn governance_events() -> Vec<pallet_tsm_governance::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::TsmGovernance(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// A validator signs two prevotes in one round. Anyone holding the two
/// signed votes reports them with a key-ownership proof from the session
/// history: GRANDPA checks both, governance records the offence and takes
/// the validator out of the set, which Aura and GRANDPA then follow; the
/// council sees the report and alone brings the validator back.
#[test]
fn a_validator_voting_twice_in_a_round_is_reported_and_excluded() {
	consortium(|| {
		for _ in 0..3 {
			next_block();
		}
		let offender = member(2);
		let pair = grandpa_pair(2);
		let set_id = Grandpa::current_set_id();
		let session = Session::current_index();
		let proof = conflicting_prevotes(&pair, set_id, 7);
		let old_set_proof = key_ownership(&grandpa_pair(3));
		let reporter = AccountId::from([7u8; 32]);
		assert_ok!(Balances::force_set_balance(
			RuntimeOrigin::root(),
			reporter.clone().into(),
			token::UNIT
		));

		// Attacker's tries first: a forged proof, another key's ownership
		// proof, a proof for a set that does not exist. Each fails and the
		// reporter pays for the try.
		let forged = {
			use sp_core::Pair;
			prevotes_in_the_name_of(pair.public(), &grandpa_pair(1), set_id, 7)
		};
		assert_noop!(
			Grandpa::report_equivocation(signed(&reporter), Box::new(forged), key_ownership(&pair)),
			pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof
		);
		assert_noop!(
			Grandpa::report_equivocation(
				signed(&reporter),
				Box::new(proof.clone()),
				key_ownership(&grandpa_pair(1))
			),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);
		assert_noop!(
			Grandpa::report_equivocation(
				signed(&reporter),
				Box::new(conflicting_prevotes(&pair, set_id + 5, 7)),
				key_ownership(&pair)
			),
			pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof
		);

		let report = Grandpa::report_equivocation(
			signed(&reporter),
			Box::new(proof.clone()),
			key_ownership(&pair),
		)
		.expect("a valid report");
		// A proven report costs its reporter nothing.
		assert_eq!(report.pays_fee, frame_support::dispatch::Pays::No);
		assert!(!Validators::<Runtime>::get().contains(&offender));
		assert!(governance_events().contains(
			&pallet_tsm_governance::Event::EquivocationReported {
				offender: offender.clone(),
				kind: *b"grandpa:equivoca",
				session,
				reporter: Some(reporter.clone()),
				exclusion: pallet_tsm_governance::Exclusion::Excluded,
			}
		));
		let offenders = TsmGovernance::offenders();
		assert_eq!(offenders.len(), 1);
		assert_eq!(offenders[0].who, offender);
		assert_eq!(offenders[0].kind, "grandpa:equivoca");

		// Every honest node reports what it saw; the second copy is refused.
		assert_noop!(
			Grandpa::report_equivocation(signed(&reporter), Box::new(proof), key_ownership(&pair)),
			pallet_grandpa::Error::<Runtime>::DuplicateOffenceReport
		);

		// Out of Aura and GRANDPA two boundaries later, like any change.
		next_block();
		next_block();
		assert!(!Session::validators().contains(&offender));
		assert_eq!(Grandpa::grandpa_authorities().len(), 3);
		assert_eq!(Grandpa::current_set_id(), set_id + 1);

		// An offence of the old set, seen late, is proven against the
		// session history: with a key-ownership proof made while that set
		// was current (a node makes it at a block of that set)...
		let late = conflicting_prevotes(&grandpa_pair(3), set_id, 9);
		assert_noop!(
			Grandpa::report_equivocation(
				signed(&reporter),
				Box::new(late.clone()),
				key_ownership(&grandpa_pair(3))
			),
			pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof
		);
		assert_ok!(Grandpa::report_equivocation(signed(&reporter), Box::new(late), old_set_proof));
		assert!(!Validators::<Runtime>::get().contains(&member(3)));

		// The council brings the validator back: its record closes.
		let readmit: RuntimeCall =
			pallet_tsm_governance::Call::add_validator { who: offender.clone().into() }.into();
		assert_eq!(decide(readmit), Ok(()));
		let offenders: Vec<_> = TsmGovernance::offenders().into_iter().map(|o| o.who).collect();
		assert_eq!(offenders, vec![member(3)]);
		assert!(Validators::<Runtime>::get().contains(&offender));
	});
}

/// Runs blocks until session `index` starts.
/// Whether this block pruned the session history.
fn roots_pruned() -> bool {
	System::events().iter().any(|record| {
		matches!(
			record.event,
			RuntimeEvent::Historical(pallet_session::historical::Event::RootsPruned { .. })
		)
	})
}

fn run_to_session(index: u32) {
	while Session::current_index() < index {
		next_block();
	}
}

/// A chain upgraded from spec 113 has no session history. The session that
/// starts next notes its set, so proofs made in it stay checkable after it
/// ends; the history keeps an hour of sessions, older proofs are refused.
#[test]
fn the_session_history_starts_with_the_next_session_and_keeps_an_hour() {
	consortium(|| {
		// State as spec 113 wrote it: no history at all.
		let _ = pallet_session::historical::HistoricalSessions::<Runtime>::clear(u32::MAX, None);
		pallet_session::historical::StoredRange::<Runtime>::kill();

		run_to_session(1);
		let pair = grandpa_pair(1);
		let made_in_session_1 = key_ownership(&pair);
		assert_eq!(made_in_session_1.session, 1);
		run_to_session(2);
		assert!(!roots_pruned(), "nothing to prune while the history is short");
		let set_id = Grandpa::current_set_id();
		let reporter = member(0);
		assert_ok!(Grandpa::report_equivocation(
			signed(&reporter),
			Box::new(conflicting_prevotes(&pair, set_id, 3)),
			made_in_session_1.clone()
		));
		assert!(!Validators::<Runtime>::get().contains(&member(1)));

		// An hour later the history no longer has session 1.
		let other = grandpa_pair(2);
		let old_proof = key_ownership(&other);
		run_to_session(2 + tsm_runtime::configs::HISTORY_DEPTH + 1);
		assert!(roots_pruned(), "the rotation pruned the oldest sessions");
		assert_noop!(
			Grandpa::report_equivocation(
				signed(&reporter),
				Box::new(conflicting_prevotes(&other, Grandpa::current_set_id(), 3)),
				old_proof
			),
			pallet_grandpa::Error::<Runtime>::InvalidKeyOwnershipProof
		);
		assert!(pallet_session::historical::HistoricalSessions::<Runtime>::get(1).is_none());
	});
}

/// A header of block 1 on a parent made of `parent`, naming `slot`, sealed
/// with `pair` as Aura seals (a signature of the unsealed header's hash).
fn aura_sealed_header(pair: &sp_core::sr25519::Pair, slot: u64, parent: u8) -> tsm_runtime::Header {
	use sp_consensus_aura::digests::CompatibleDigestItem;
	use sp_core::Pair;
	use sp_runtime::{traits::Header as _, DigestItem};
	type Signature = sp_consensus_aura::sr25519::AuthoritySignature;
	let mut header = tsm_runtime::Header::new(
		1,
		Default::default(),
		Default::default(),
		H256::repeat_byte(parent),
		sp_runtime::Digest {
			logs: vec![<DigestItem as CompatibleDigestItem<Signature>>::aura_pre_digest(
				slot.into(),
			)],
		},
	);
	let seal: Signature = pair.sign(header.hash().as_ref()).into();
	header.digest_mut().push(<DigestItem as CompatibleDigestItem<Signature>>::aura_seal(seal));
	header
}

/// Consortium member `i`'s Aura key sealing two blocks in `slot`, with the
/// key's ownership proof from the session history.
fn aura_equivocation_of(
	i: usize,
	slot: u64,
) -> (
	pallet_aura_equivocation::EquivocationProof<tsm_runtime::Header, AuraId>,
	sp_session::MembershipProof,
) {
	use frame_support::traits::KeyOwnerProofSystem;
	use sp_core::Pair;
	use sp_runtime::RuntimeAppPublic;
	let seed = format!("//tsm//consortium//{}//aura", CONSORTIUM_MEMBERS[i].name);
	let pair = sp_core::sr25519::Pair::from_string(&seed, None).unwrap();
	let key: AuraId = pair.public().into();
	let proof = pallet_aura_equivocation::EquivocationProof {
		offender: key.clone(),
		slot: slot.into(),
		first_header: aura_sealed_header(&pair, slot, 1),
		second_header: aura_sealed_header(&pair, slot, 2),
	};
	let key_owner_proof = tsm_runtime::Historical::prove((<AuraId as RuntimeAppPublic>::ID, key))
		.expect("a validator's key");
	(proof, key_owner_proof)
}

/// A validator's Aura key seals two blocks in one slot (a copy of its
/// keystore on a second node). A report with both headers and the key's
/// ownership proof takes it out of the set, as a GRANDPA report does.
#[test]
fn a_validator_sealing_two_blocks_in_a_slot_is_reported_and_excluded() {
	consortium(|| {
		next_block();
		let offender = member(1);
		let (proof, key_owner_proof) = aura_equivocation_of(1, 1_000);
		let reporter = member(0);
		let report = tsm_runtime::AuraEquivocation::report_equivocation(
			signed(&reporter),
			Box::new(proof.clone()),
			key_owner_proof.clone(),
		)
		.expect("a valid report");
		assert_eq!(report.pays_fee, frame_support::dispatch::Pays::No);
		assert!(!Validators::<Runtime>::get().contains(&offender));
		assert!(governance_events().contains(
			&pallet_tsm_governance::Event::EquivocationReported {
				offender: offender.clone(),
				kind: *b"aura:equivocatio",
				session: Session::current_index(),
				reporter: Some(reporter.clone()),
				exclusion: pallet_tsm_governance::Exclusion::Excluded,
			}
		));
		assert_noop!(
			tsm_runtime::AuraEquivocation::report_equivocation(
				signed(&reporter),
				Box::new(proof),
				key_owner_proof
			),
			pallet_aura_equivocation::Error::<Runtime>::DuplicateOffenceReport
		);
		// Aura follows two boundaries later.
		next_block();
		next_block();
		assert!(!Session::validators().contains(&offender));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
	});
}

/// What a node submits on its own: an authorized transaction without a
/// signer, which the pool accepts from the node itself only, and which a
/// block applies without fee or nonce.
#[test]
fn a_nodes_own_block_equivocation_report_passes_the_pool_and_applies() {
	use frame_system::offchain::CreateAuthorizedTransaction;
	use sp_runtime::transaction_validity::TransactionSource;
	consortium(|| {
		next_block();
		let (proof, key_owner_proof) = aura_equivocation_of(2, 1_000);
		let call: RuntimeCall = pallet_aura_equivocation::Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(proof),
			key_owner_proof,
		}
		.into();
		let transaction =
			<Runtime as CreateAuthorizedTransaction<RuntimeCall>>::create_authorized_transaction(
				call,
			);
		let parent = System::parent_hash();
		assert!(tsm_runtime::Executive::validate_transaction(
			TransactionSource::External,
			transaction.clone(),
			parent
		)
		.is_err());
		let valid = tsm_runtime::Executive::validate_transaction(
			TransactionSource::Local,
			transaction.clone(),
			parent,
		)
		.expect("the node's own report is valid");
		assert!(!valid.propagate);

		let applied = tsm_runtime::Executive::apply_extrinsic(transaction);
		assert_eq!(applied, Ok(Ok(())));
		assert!(!Validators::<Runtime>::get().contains(&member(2)));
	});
}
