//! Unit tests: every call, every error, the session manager.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{ConstU32, Hooks},
	BoundedVec,
};
use pallet_session::{SessionManager, ShouldEndSession};
use sp_runtime::{DispatchError, Perbill, Permill};

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::TsmGovernance(e) = r.event { Some(e) } else { None })
		.last()
		.expect("an event of this pallet")
}

fn validators() -> Vec<AccountId> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_the_validators() {
	build_and_execute(|| {
		assert_eq!(validators(), GENESIS_VALIDATORS.to_vec());
		assert_eq!(PendingRotations::<Test>::get(), 0);
		assert_eq!(Parameters::<Test>::get(), DefaultParameters::get());
		TsmGovernance::integrity_test();
	});
}

// --- members ---

#[test]
fn admit_member_adds_a_participant() {
	build_and_execute(|| {
		assert_ok!(TsmGovernance::admit_member(consortium(), 4));
		assert_eq!(Members::get(), vec![1, 2, 3, 4]);
		assert_eq!(last_event(), Event::MemberAdmitted { who: 4 });
	});
}

#[test]
fn admit_member_rejects_bad_input() {
	build_and_execute(|| {
		assert_noop!(
			TsmGovernance::admit_member(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(TsmGovernance::admit_member(consortium(), 9), Error::<Test>::NotParticipant);
		assert_noop!(TsmGovernance::admit_member(consortium(), 2), Error::<Test>::AlreadyMember);
		// The membership pallet's own limit still applies.
		assert_ok!(TsmGovernance::admit_member(consortium(), 4));
		assert_noop!(TsmGovernance::admit_member(consortium(), 5), "too many members");
	});
}

#[test]
fn remove_member_removes_and_keeps_one() {
	build_and_execute(|| {
		assert_noop!(
			TsmGovernance::remove_member(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(TsmGovernance::remove_member(consortium(), 5), Error::<Test>::NotMember);
		assert_ok!(TsmGovernance::remove_member(consortium(), 2));
		assert_eq!(last_event(), Event::MemberRemoved { who: 2 });
		assert_ok!(TsmGovernance::remove_member(consortium(), 1));
		assert_eq!(Members::get(), vec![3]);
		assert_noop!(TsmGovernance::remove_member(consortium(), 3), Error::<Test>::LastMember);
	});
}

// --- validators ---

#[test]
fn add_validator_queues_then_activates_over_two_forced_boundaries() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.push(5));
		assert!(!TsmGovernance::should_end_session(3));
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
		assert_eq!(last_event(), Event::ValidatorAdded { who: 5 });
		assert_eq!(validators(), vec![1, 2, 3, 4, 5]);

		// The next block ends the session and queues the new set ...
		assert!(TsmGovernance::should_end_session(3));
		assert_eq!(TsmGovernance::new_session(2), Some(vec![1, 2, 3, 4, 5]));
		assert_eq!(
			last_event(),
			Event::ValidatorSetQueued { session: 2, validators: vec![1, 2, 3, 4, 5] }
		);
		// ... the one after ends it again, activating what was queued ...
		assert!(TsmGovernance::should_end_session(4));
		assert_eq!(TsmGovernance::new_session(3), None);
		// ... and then sessions follow their period again.
		assert!(!TsmGovernance::should_end_session(5));
		assert!(TsmGovernance::should_end_session(SESSION_PERIOD));
		assert_eq!(TsmGovernance::new_session(4), None);
	});
}

#[test]
fn a_change_between_the_boundaries_is_queued_at_the_next() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.extend([5]));
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
		assert_eq!(TsmGovernance::new_session(2), Some(vec![1, 2, 3, 4, 5]));
		assert_ok!(TsmGovernance::remove_validator(consortium(), 1, false));
		assert_eq!(TsmGovernance::new_session(3), Some(vec![2, 3, 4, 5]));
		assert_eq!(TsmGovernance::new_session(4), None);
		assert_eq!(PendingRotations::<Test>::get(), 0);
	});
}

#[test]
fn add_validator_rejects_bad_input() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.extend([5, 9]));
		assert_noop!(
			TsmGovernance::add_validator(RuntimeOrigin::signed(1), 5),
			DispatchError::BadOrigin
		);
		assert_noop!(TsmGovernance::add_validator(consortium(), 9), Error::<Test>::NotParticipant);
		Participants::mutate(|p| p.push(6));
		assert_noop!(TsmGovernance::add_validator(consortium(), 6), Error::<Test>::NoSessionKeys);
		assert_noop!(
			TsmGovernance::add_validator(consortium(), 1),
			Error::<Test>::AlreadyValidator
		);
		// Fill the set to MaxValidators.
		for who in [5, 6] {
			WithKeys::mutate(|k| k.push(who));
			assert_ok!(TsmGovernance::add_validator(consortium(), who));
		}
		Participants::mutate(|p| p.push(7));
		WithKeys::mutate(|k| k.push(7));
		assert_noop!(
			TsmGovernance::add_validator(consortium(), 7),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn remove_validator_keeps_the_set_fault_tolerant_unless_forced() {
	build_and_execute(|| {
		assert_noop!(
			TsmGovernance::remove_validator(RuntimeOrigin::signed(1), 4, false),
			DispatchError::BadOrigin
		);
		assert_noop!(
			TsmGovernance::remove_validator(consortium(), 5, false),
			Error::<Test>::NotValidator
		);
		// 4 -> 3: one failure would stop finality.
		assert_noop!(
			TsmGovernance::remove_validator(consortium(), 4, false),
			Error::<Test>::NoFaultTolerance
		);
		assert_ok!(TsmGovernance::remove_validator(consortium(), 4, true));
		assert_eq!(last_event(), Event::ValidatorRemoved { who: 4 });
		assert_eq!(PendingRotations::<Test>::get(), 2);
		// Below 4 the set has no tolerance to lose: no force needed.
		assert_ok!(TsmGovernance::remove_validator(consortium(), 3, false));
		assert_eq!(validators(), vec![1, 2]);
		assert_noop!(
			TsmGovernance::remove_validator(consortium(), 2, true),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn removing_from_a_larger_set_needs_no_force() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.push(5));
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
		assert_ok!(TsmGovernance::remove_validator(consortium(), 2, false));
		assert_eq!(validators(), vec![1, 3, 4, 5]);
	});
}

fn bounded(accounts: &[AccountId]) -> BoundedVec<AccountId, ConstU32<MAX_VALIDATORS>> {
	accounts.to_vec().try_into().unwrap()
}

/// Validators 3 and 4 are gone for good, finality stalled at block 5: the
/// consortium removes them and GRANDPA is forced onto {1, 2} exactly when
/// that set becomes active — not at the boundary that only queues it.
#[test]
fn recover_finality_forces_grandpa_onto_the_remaining_set_when_it_activates() {
	build_and_execute(|| {
		System::set_block_number(9);
		assert_ok!(TsmGovernance::recover_finality(consortium(), bounded(&[3, 4]), 5, 20));
		assert_eq!(validators(), vec![1, 2]);
		let events: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::TsmGovernance(e) => Some(e),
				_ => None,
			})
			.collect();
		assert_eq!(
			events,
			vec![
				Event::ValidatorRemoved { who: 3 },
				Event::ValidatorRemoved { who: 4 },
				Event::FinalityRecoveryDecided {
					removed: vec![3, 4],
					best_finalized: 5,
					delay: 20
				},
			]
		);

		// The next block queues {1, 2}; the old set is still active.
		assert!(TsmGovernance::should_end_session(10));
		assert_eq!(TsmGovernance::new_session(2), Some(vec![1, 2]));
		assert_eq!(StalledNoted::get(), None);
		// The one after activates it, and GRANDPA is told to force it.
		assert!(TsmGovernance::should_end_session(11));
		assert_eq!(TsmGovernance::new_session(3), None);
		assert_eq!(StalledNoted::get(), Some((20, 5)));
		assert_eq!(last_event(), Event::FinalityRecoveryStarted { session: 2, delay: 20 });
		assert_eq!(FinalityRecovery::<Test>::get(), None);
		// Only once.
		StalledNoted::set(None);
		assert_eq!(TsmGovernance::new_session(4), None);
		assert_eq!(StalledNoted::get(), None);
	});
}

/// With nothing to remove the current set is forced at the very next
/// boundary, which the pallet brings forward.
#[test]
fn recover_finality_without_removals_forces_the_current_set_at_once() {
	build_and_execute(|| {
		System::set_block_number(3);
		assert!(!TsmGovernance::should_end_session(4));
		assert_ok!(TsmGovernance::recover_finality(consortium(), bounded(&[]), 2, 0));
		assert_eq!(validators(), GENESIS_VALIDATORS.to_vec());
		assert!(TsmGovernance::should_end_session(4));
		assert_eq!(TsmGovernance::new_session(2), None);
		assert_eq!(StalledNoted::get(), Some((0, 2)));
		assert_eq!(PendingRotations::<Test>::get(), 0);
	});
}

/// A change decided after the recovery but before its boundary moves the
/// recovery to the boundary where that change becomes active.
#[test]
fn recover_finality_waits_for_a_later_change_to_activate() {
	build_and_execute(|| {
		System::set_block_number(3);
		assert_ok!(TsmGovernance::recover_finality(consortium(), bounded(&[4]), 2, 5));
		assert_eq!(TsmGovernance::new_session(2), Some(vec![1, 2, 3]));
		WithKeys::mutate(|k| k.push(5));
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
		assert_eq!(TsmGovernance::new_session(3), Some(vec![1, 2, 3, 5]));
		assert_eq!(StalledNoted::get(), None);
		assert_eq!(TsmGovernance::new_session(4), None);
		assert_eq!(StalledNoted::get(), Some((5, 2)));
	});
}

#[test]
fn recover_finality_rejects_bad_input() {
	build_and_execute(|| {
		System::set_block_number(10);
		assert_noop!(
			TsmGovernance::recover_finality(RuntimeOrigin::signed(1), bounded(&[4]), 5, 5),
			DispatchError::BadOrigin
		);
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[5]), 5, 5),
			Error::<Test>::NotValidator
		);
		// The same validator twice.
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[4, 4]), 5, 5),
			Error::<Test>::NotValidator
		);
		// MinValidators is 2.
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[2, 3, 4]), 5, 5),
			Error::<Test>::TooFewValidators
		);
		// The current block is not finalized yet, let alone a later one.
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[4]), 10, 5),
			Error::<Test>::FinalizedInFuture
		);
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[4]), 5, MAX_RECOVERY_DELAY + 1),
			Error::<Test>::RecoveryDelayTooLong
		);
		NextForcedChange::set(Some(11));
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[4]), 5, 5),
			Error::<Test>::RecoveryTooSoon
		);
		NextForcedChange::set(Some(10));
		FinalityChangePending::set(true);
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[4]), 5, 5),
			Error::<Test>::FinalityChangePending
		);
		FinalityChangePending::set(false);
		assert_ok!(TsmGovernance::recover_finality(
			consortium(),
			bounded(&[4]),
			5,
			MAX_RECOVERY_DELAY
		));
		assert_noop!(
			TsmGovernance::recover_finality(consortium(), bounded(&[]), 5, 5),
			Error::<Test>::RecoveryPending
		);
	});
}

/// While GRANDPA waits to enact a forced change it cannot schedule another:
/// a set change then would reach Aura and not GRANDPA, so it waits.
#[test]
fn the_set_cannot_change_while_a_forced_change_is_pending() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.push(5));
		FinalityChangePending::set(true);
		assert_noop!(
			TsmGovernance::add_validator(consortium(), 5),
			Error::<Test>::FinalityChangePending
		);
		assert_noop!(
			TsmGovernance::remove_validator(consortium(), 4, true),
			Error::<Test>::FinalityChangePending
		);
		FinalityChangePending::set(false);
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
	});
}

#[test]
fn try_state_catches_a_recovery_without_a_boundary() {
	new_test_ext().execute_with(|| {
		FinalityRecovery::<Test>::put(FinalityRecoveryPlan { best_finalized: 0, delay: 1 });
		assert!(TsmGovernance::do_try_state().is_err());
	});
}

/// A sitting validator (2) tries to slip out of the set by dropping its
/// keys, which would bypass `MinValidators` and the fault-tolerance guard.
#[test]
fn a_validator_cannot_purge_its_session_keys() {
	build_and_execute(|| {
		assert_noop!(
			TsmGovernance::purge_session_keys(RuntimeOrigin::signed(2)),
			Error::<Test>::ValidatorKeysInUse
		);
		assert!(WithKeys::get().contains(&2));
		// Voted out, it may.
		WithKeys::mutate(|k| k.push(5));
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
		assert_ok!(TsmGovernance::remove_validator(consortium(), 2, false));
		assert_ok!(TsmGovernance::purge_session_keys(RuntimeOrigin::signed(2)));
		assert!(!WithKeys::get().contains(&2));
		assert_eq!(last_event(), Event::SessionKeysPurged { who: 2 });
	});
}

#[test]
fn an_account_that_is_not_a_validator_purges_its_keys() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.push(5));
		assert_ok!(TsmGovernance::purge_session_keys(RuntimeOrigin::signed(5)));
		assert!(!WithKeys::get().contains(&5));
		assert_eq!(last_event(), Event::SessionKeysPurged { who: 5 });
		assert_noop!(
			TsmGovernance::purge_session_keys(RuntimeOrigin::none()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn try_state_catches_a_validator_without_keys() {
	new_test_ext().execute_with(|| {
		WithKeys::mutate(|k| k.retain(|v| *v != 2));
		assert!(TsmGovernance::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_member_who_is_no_participant() {
	new_test_ext().execute_with(|| {
		Participants::mutate(|p| p.retain(|v| *v != 3));
		assert!(TsmGovernance::do_try_state().is_err());
	});
}

// --- parameters ---

#[test]
fn set_parameter_changes_each_value() {
	build_and_execute(|| {
		let changes = [
			MarketParameter::PlatformFee(Permill::from_percent(10)),
			MarketParameter::OrderTimeout(MIN_WINDOW),
			MarketParameter::DisputeWindow(MAX_WINDOW),
			MarketParameter::NettingDisputeWindow(500),
			MarketParameter::ReportingGrace(400),
			MarketParameter::EnergyPriceBand { floor: 150, cap: MAX_ENERGY_PRICE },
			MarketParameter::EnergyCollateral(Perbill::from_percent(35)),
		];
		for change in changes {
			assert_ok!(TsmGovernance::set_parameter(consortium(), change));
			assert_eq!(last_event(), Event::ParameterSet { parameter: change });
		}
		assert_ok!(TsmGovernance::set_regulated_energy_price(
			RuntimeOrigin::signed(REGULATOR),
			150
		));
		assert_eq!(
			last_event(),
			Event::ParameterSet { parameter: MarketParameter::RegulatedEnergyPrice(150) }
		);
		assert_eq!(
			Parameters::<Test>::get(),
			MarketParameters {
				platform_fee: Permill::from_percent(10),
				order_timeout: MIN_WINDOW,
				reporting_grace: 400,
				dispute_window: MAX_WINDOW,
				netting_dispute_window: 500,
				regulated_energy_price: 150,
				energy_price_floor: 150,
				energy_price_cap: MAX_ENERGY_PRICE,
				energy_collateral: Perbill::from_percent(35),
			}
		);
	});
}

#[test]
fn set_parameter_rejects_values_out_of_bounds() {
	use MarketParameter::*;
	build_and_execute(|| {
		assert_noop!(
			TsmGovernance::set_parameter(RuntimeOrigin::signed(1), OrderTimeout(50)),
			DispatchError::BadOrigin
		);
		let cases = [
			(PlatformFee(Permill::from_percent(11)), Error::<Test>::PlatformFeeTooHigh),
			(OrderTimeout(MIN_WINDOW - 1), Error::<Test>::WindowTooShort),
			(DisputeWindow(MAX_WINDOW + 1), Error::<Test>::WindowTooLong),
			(NettingDisputeWindow(0), Error::<Test>::WindowTooShort),
			(ReportingGrace(MIN_WINDOW - 1), Error::<Test>::WindowTooShort),
			(EnergyPriceBand { floor: 300, cap: 200 }, Error::<Test>::InvalidEnergyPriceBand),
			(
				EnergyPriceBand { floor: 100, cap: MAX_ENERGY_PRICE + 1 },
				Error::<Test>::InvalidEnergyPriceBand,
			),
			// The regulated price is the regulator's.
			(RegulatedEnergyPrice(300), Error::<Test>::SetByRegulator),
		];
		for (parameter, error) in cases {
			assert_noop!(TsmGovernance::set_parameter(consortium(), parameter), error);
		}
	});
}

#[test]
fn the_regulator_sets_the_price_inside_the_councils_band() {
	build_and_execute(|| {
		let regulator = RuntimeOrigin::signed(REGULATOR);
		assert_noop!(
			TsmGovernance::set_regulated_energy_price(consortium(), 300),
			DispatchError::BadOrigin
		);
		// The band is 100..=500.
		assert_noop!(
			TsmGovernance::set_regulated_energy_price(regulator.clone(), 501),
			Error::<Test>::EnergyPriceOutsideBand
		);
		assert_noop!(
			TsmGovernance::set_regulated_energy_price(regulator.clone(), 99),
			Error::<Test>::EnergyPriceOutsideBand
		);
		assert_ok!(TsmGovernance::set_regulated_energy_price(regulator, 450));
		assert_eq!(Parameters::<Test>::get().regulated_energy_price, 450);
	});
}

#[test]
fn a_band_that_leaves_the_regulated_price_out_moves_it_to_the_nearest_edge() {
	build_and_execute(|| {
		// The price is 200; the council raises the band above it.
		let band = MarketParameter::EnergyPriceBand { floor: 250, cap: 400 };
		assert_ok!(TsmGovernance::set_parameter(consortium(), band));
		assert_eq!(Parameters::<Test>::get().regulated_energy_price, 250);
		assert_eq!(
			last_event(),
			Event::ParameterSet { parameter: MarketParameter::RegulatedEnergyPrice(250) }
		);
		// A band below it moves it to the cap; a band around it keeps it.
		let band = MarketParameter::EnergyPriceBand { floor: 100, cap: 150 };
		assert_ok!(TsmGovernance::set_parameter(consortium(), band));
		assert_eq!(Parameters::<Test>::get().regulated_energy_price, 150);
		let band = MarketParameter::EnergyPriceBand { floor: 100, cap: 500 };
		assert_ok!(TsmGovernance::set_parameter(consortium(), band));
		assert_eq!(last_event(), Event::ParameterSet { parameter: band });
		assert_eq!(Parameters::<Test>::get().regulated_energy_price, 150);
	});
}

/// Issue 11, item 14: windows could never go below the runtime's
/// `MinWindow`, so a development chain's disputes took 10 minutes. A chain's
/// genesis now sets its own minimum and parameters.
#[test]
fn a_genesis_sets_its_own_minimum_window_and_parameters() {
	use sp_runtime::BuildStorage;
	let short = MarketParameters {
		dispute_window: 2,
		netting_dispute_window: 3,
		..DefaultParameters::get()
	};
	let config = GenesisConfig::<Test> {
		validators: GENESIS_VALIDATORS.to_vec(),
		min_window: Some(2),
		parameters: Some(short),
	};
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	config.assimilate_storage(&mut storage).unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(MinimumWindow::<Test>::get(), 2);
		assert_eq!(Parameters::<Test>::get(), short);
		assert_noop!(
			TsmGovernance::set_parameter(consortium(), MarketParameter::OrderTimeout(1)),
			Error::<Test>::WindowTooShort
		);
		assert_ok!(TsmGovernance::set_parameter(consortium(), MarketParameter::OrderTimeout(2)));
	});
	// Without them, the runtime's bounds and defaults hold.
	build_and_execute(|| assert_eq!(MinimumWindow::<Test>::get(), MIN_WINDOW));

	// Parameters below the chain's minimum do not make a genesis.
	let invalid = GenesisConfig::<Test> {
		validators: GENESIS_VALIDATORS.to_vec(),
		min_window: Some(5),
		parameters: Some(short),
	};
	let built = std::panic::catch_unwind(|| {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let _ = invalid.assimilate_storage(&mut storage);
	});
	assert!(built.is_err(), "a genesis with parameters out of bounds is refused");
}

// --- acting as Root ---

#[test]
fn dispatch_as_root_runs_root_only_calls() {
	build_and_execute(|| {
		let call = Box::new(RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 42 }));
		assert_noop!(
			TsmGovernance::dispatch_as_root(RuntimeOrigin::signed(1), call.clone()),
			DispatchError::BadOrigin
		);
		// The same call needs Root on its own.
		assert_noop!(
			System::set_heap_pages(RuntimeOrigin::signed(CONSORTIUM), 42),
			DispatchError::BadOrigin
		);
		assert_ok!(TsmGovernance::dispatch_as_root(consortium(), call));
		assert_eq!(last_event(), Event::DispatchedAsRoot { result: Ok(()) });
		assert_eq!(
			sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES).map(|v| v.to_vec()),
			Some(42u64.to_le_bytes().to_vec())
		);
	});
}

#[test]
fn dispatch_as_root_reports_the_inner_error() {
	build_and_execute(|| {
		// Nothing is authorized, so applying an upgrade fails inside.
		let call = Box::new(RuntimeCall::System(frame_system::Call::apply_authorized_upgrade {
			code: vec![1, 2, 3],
		}));
		assert_ok!(TsmGovernance::dispatch_as_root(consortium(), call));
		assert_eq!(
			last_event(),
			Event::DispatchedAsRoot {
				result: Err(frame_system::Error::<Test>::NothingAuthorized.into())
			}
		);
	});
}

// --- queries ---

#[test]
fn validator_set_reports_decided_and_pending() {
	build_and_execute(|| {
		WithKeys::mutate(|k| k.push(5));
		assert_ok!(TsmGovernance::add_validator(consortium(), 5));
		let set = TsmGovernance::validator_set(7, vec![1, 2, 3, 4], vec![1, 2, 3, 4]);
		assert_eq!(set.decided, vec![1, 2, 3, 4, 5]);
		assert!(set.change_pending);
		assert_eq!((set.session_index, set.min, set.max), (7, MIN_VALIDATORS, MAX_VALIDATORS));
	});
}

// --- migrations ---

/// Parameters as the version 0 code stored them gain the reporting grace
/// (starting equal to the dispute window); a chain that never set them
/// keeps the defaults.
#[test]
fn version_0_parameters_migrate() {
	use crate::migrations::v1::{old, MigrateToV1};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		StorageVersion::new(0).put::<TsmGovernance>();
		let stored = old::MarketParameters {
			platform_fee: Permill::from_percent(2),
			order_timeout: 40,
			dispute_window: 60,
			netting_dispute_window: 80,
			regulated_energy_price: 200,
			energy_price_floor: 100,
			energy_price_cap: 500,
		};
		old::Parameters::<Test>::put(stored);
		MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(TsmGovernance::on_chain_storage_version(), StorageVersion::new(1));
		// Then version 2, as the runtime runs both in order.
		crate::migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(TsmGovernance::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(
			Parameters::<Test>::get(),
			MarketParameters {
				platform_fee: Permill::from_percent(2),
				order_timeout: 40,
				reporting_grace: 60,
				dispute_window: 60,
				netting_dispute_window: 80,
				regulated_energy_price: 200,
				energy_price_floor: 100,
				energy_price_cap: 500,
				energy_collateral: DefaultParameters::get().energy_collateral,
			}
		);
	});
	build_and_execute(|| {
		StorageVersion::new(0).put::<TsmGovernance>();
		MigrateToV1::<Test>::on_runtime_upgrade();
		crate::migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();
		assert!(!Parameters::<Test>::exists());
		assert_eq!(Parameters::<Test>::get(), DefaultParameters::get());
	});
}

#[test]
fn version_1_parameters_gain_the_default_energy_collateral() {
	use crate::migrations::v2::{old, MigrateToV2};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		StorageVersion::new(1).put::<TsmGovernance>();
		let stored = old::MarketParameters {
			platform_fee: Permill::from_percent(3),
			order_timeout: 40,
			reporting_grace: 50,
			dispute_window: 60,
			netting_dispute_window: 80,
			regulated_energy_price: 300,
			energy_price_floor: 100,
			energy_price_cap: 500,
		};
		old::Parameters::<Test>::put(stored);
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(TsmGovernance::on_chain_storage_version(), StorageVersion::new(2));
		let migrated = Parameters::<Test>::get();
		assert_eq!(
			(migrated.platform_fee, migrated.reporting_grace, migrated.regulated_energy_price),
			(Permill::from_percent(3), 50, 300)
		);
		assert_eq!(migrated.energy_collateral, Perbill::from_percent(20));
		// A second run changes nothing.
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Parameters::<Test>::get(), migrated);
	});
}

// --- equivocation reports ---

/// An equivocation as a consensus pallet reports it: one offender (its
/// session identification tuple) in one slot.
struct TestEquivocation {
	offender: AccountId,
	slot: (u64, u64),
	session: u32,
}

impl sp_staking::offence::Offence<(AccountId, ())> for TestEquivocation {
	const ID: sp_staking::offence::Kind = *b"test:equivocates";
	type Slot = (u64, u64);
	fn offenders(&self) -> Vec<(AccountId, ())> {
		vec![(self.offender, ())]
	}
	fn session_index(&self) -> u32 {
		self.session
	}
	fn validator_set_count(&self) -> u32 {
		4
	}
	fn slot(&self) -> Self::Slot {
		self.slot
	}
	fn slash_fraction(&self, _offenders: u32) -> Perbill {
		Perbill::zero()
	}
}

fn report(offender: AccountId, slot: (u64, u64)) -> Result<(), sp_staking::offence::OffenceError> {
	use sp_staking::offence::ReportOffence;
	<TsmGovernance as ReportOffence<AccountId, (AccountId, ()), TestEquivocation>>::report_offence(
		vec![9],
		TestEquivocation { offender, slot, session: 3 },
	)
}

fn is_known(offender: AccountId, slot: (u64, u64)) -> bool {
	use sp_staking::offence::ReportOffence;
	<TsmGovernance as ReportOffence<AccountId, (AccountId, ()), TestEquivocation>>::is_known_offence(
		&[(offender, ())],
		&slot,
	)
}

#[test]
fn an_equivocating_validator_is_excluded_and_the_council_told() {
	build_and_execute(|| {
		assert!(!is_known(2, (1, 7)));
		assert_ok!(report(2, (1, 7)));

		assert!(is_known(2, (1, 7)));
		assert!(!is_known(2, (1, 8)), "another round is another offence");
		assert!(!is_known(3, (1, 7)), "another validator's is another offence");
		// Out of the decided set even though 4 become 3 (no `force` needed:
		// an equivocating validator is the fault), applied like any change.
		assert_eq!(validators(), vec![1, 3, 4]);
		assert_eq!(PendingRotations::<Test>::get(), 2);
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::TsmGovernance(Event::ValidatorRemoved { who: 2 })));
		assert_eq!(
			last_event(),
			Event::EquivocationReported {
				offender: 2,
				kind: *b"test:equivocates",
				session: 3,
				reporter: Some(9),
				exclusion: Exclusion::Excluded,
			}
		);
		let offenders = TsmGovernance::offenders();
		assert_eq!(offenders.len(), 1);
		assert_eq!(offenders[0].who, 2);
		assert_eq!(offenders[0].kind, "test:equivocates");
		assert_eq!(offenders[0].first_reported, 1);
		assert_eq!(offenders[0].offences, 1);
		assert_eq!(offenders[0].exclusion, Exclusion::Excluded);
	});
}

#[test]
fn the_same_offence_is_reported_once_and_later_ones_counted() {
	build_and_execute(|| {
		assert_ok!(report(2, (1, 7)));
		// Every honest node reports what it saw: the second is refused (and
		// GRANDPA's transaction validity drops it before a block).
		assert_eq!(report(2, (1, 7)), Err(sp_staking::offence::OffenceError::DuplicateReport));
		assert_eq!(Offenders::<Test>::get(2).unwrap().offences, 1);

		System::set_block_number(5);
		assert_ok!(report(2, (1, 8)));
		let record = Offenders::<Test>::get(2).unwrap();
		assert_eq!(record.offences, 2);
		assert_eq!(record.first_reported, 1);
		// Still out because of the first report, not "never in the set".
		assert_eq!(record.exclusion, Exclusion::Excluded);
		assert_eq!(
			last_event(),
			Event::EquivocationReported {
				offender: 2,
				kind: *b"test:equivocates",
				session: 3,
				reporter: Some(9),
				exclusion: Exclusion::NotInSet,
			}
		);
		assert_eq!(validators(), vec![1, 3, 4]);
	});
}

#[test]
fn exclusion_never_takes_the_set_below_its_minimum() {
	build_and_execute(|| {
		assert_ok!(report(1, (1, 1)));
		assert_ok!(report(2, (1, 1)));
		assert_eq!(validators(), vec![3, 4]);
		// Two colluding keys cannot take the chain down to nothing: the
		// third is recorded and kept, for the council to decide.
		assert_ok!(report(3, (1, 1)));
		assert_eq!(validators(), vec![3, 4]);
		assert_eq!(Offenders::<Test>::get(3).unwrap().exclusion, Exclusion::KeptAtMinimum);
	});
}

#[test]
fn exclusion_waits_while_grandpa_enacts_a_forced_change() {
	build_and_execute(|| {
		FinalityChangePending::set(true);
		assert_ok!(report(2, (1, 7)));
		assert_eq!(validators(), GENESIS_VALIDATORS.to_vec());
		assert_eq!(
			Offenders::<Test>::get(2).unwrap().exclusion,
			Exclusion::KeptWhileFinalityChangePending
		);
		// The next proven offence, once the change is enacted, takes it out.
		FinalityChangePending::set(false);
		assert_ok!(report(2, (1, 8)));
		assert_eq!(validators(), vec![1, 3, 4]);
		assert_eq!(Offenders::<Test>::get(2).unwrap().exclusion, Exclusion::Excluded);
	});
}

#[test]
fn an_offender_out_of_the_set_is_recorded_as_such() {
	build_and_execute(|| {
		// Reported for an offence from a session it was still a validator in.
		assert_ok!(TsmGovernance::remove_validator(consortium(), 4, true));
		assert_ok!(report(4, (1, 7)));
		assert_eq!(Offenders::<Test>::get(4).unwrap().exclusion, Exclusion::NotInSet);
	});
}

#[test]
fn the_council_readmits_an_offender_which_closes_its_record() {
	build_and_execute(|| {
		assert_ok!(report(2, (1, 7)));
		assert_ok!(TsmGovernance::add_validator(consortium(), 2));
		assert_eq!(last_event(), Event::OffenderReadmitted { who: 2 });
		assert!(Offenders::<Test>::get(2).is_none());
		assert!(TsmGovernance::offenders().is_empty());
		// The offence itself stays known: it cannot be reported again.
		assert_eq!(report(2, (1, 7)), Err(sp_staking::offence::OffenceError::DuplicateReport));
		assert_eq!(validators(), vec![1, 3, 4, 2]);
	});
}

#[test]
fn try_state_catches_an_excluded_offender_back_in_the_set() {
	new_test_ext().execute_with(|| {
		assert_ok!(report(2, (1, 7)));
		// Put back without the council's call (which would close the record).
		Validators::<Test>::mutate(|v| v.try_push(2).unwrap());
		assert_eq!(
			TsmGovernance::do_try_state(),
			Err("an excluded offender is out of the decided set".into())
		);
	});
}
