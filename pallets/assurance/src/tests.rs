//! Unit tests: every call, every error, the attacks we thought of.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};
use tsm_primitives::Role;

fn oracle_record(who: AccountId) -> OracleRecord<Balance> {
	Oracles::<Test>::get(who).expect("registered")
}

fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

mod templates {
	use super::*;

	fn refused(change: impl FnOnce(&mut TemplateOf<Test>), error: Error<Test>) {
		let mut bad = template();
		change(&mut bad);
		assert_noop!(Assurance::create_template(signed(PROVIDER), bad), error);
	}

	#[test]
	fn a_template_is_stored_under_its_hash_with_a_deposit() {
		build_and_execute(|| {
			let sla = store_template();
			let record = Templates::<Test>::get(sla).unwrap();
			assert_eq!(
				(record.owner, record.deposit, record.users),
				(PROVIDER, TEMPLATE_DEPOSIT, 0)
			);
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::TemplateDeposit.into(), &PROVIDER),
				TEMPLATE_DEPOSIT
			);
			assert!(events().contains(&Event::TemplateCreated { sla, owner: PROVIDER }));
			assert_noop!(
				Assurance::create_template(signed(CONSUMER), template()),
				Error::<Test>::TemplateExists
			);
			assert_noop!(
				Assurance::create_template(signed(PAUPER), {
					let mut other = template();
					other.report_fee = 3;
					other
				}),
				Error::<Test>::InsufficientFunds
			);
		});
	}

	#[test]
	fn inconsistent_templates_are_refused() {
		build_and_execute(|| {
			refused(|t| t.objectives = BoundedVec::new(), Error::<Test>::NoObjectives);
			refused(
				|t| {
					let first = t.objectives[0];
					t.objectives[1] = first;
				},
				Error::<Test>::DuplicateObjective,
			);
			refused(|t| t.objectives[0].unit = Unit::Milliseconds, Error::<Test>::UnitNotForMetric);
			refused(
				|t| t.objectives[1].metric = Metric::Latency { percentile: 0 },
				Error::<Test>::InvalidPercentile,
			);
			refused(
				|t| t.objectives[1].metric = Metric::Latency { percentile: 101 },
				Error::<Test>::InvalidPercentile,
			);
			refused(|t| t.objectives[0].target = 1_000_001, Error::<Test>::TargetOutOfRange);
			// At most 20 ms: a warning at 25 ms is past the objective.
			refused(|t| t.objectives[1].warning = Some(25), Error::<Test>::WarningBeyondTarget);
			refused(
				|t| t.objectives[0].warning = Some(2_000_000),
				Error::<Test>::WarningBeyondTarget,
			);
			refused(|t| t.evaluation.interval = 0, Error::<Test>::ZeroInterval);
			refused(
				|t| t.curve = PenaltyCurve::Steps(BoundedVec::new()),
				Error::<Test>::EmptyCurve,
			);
			refused(
				|t| {
					if let PenaltyCurve::Steps(tiers) = &mut t.curve {
						tiers[2].penalty = Perbill::from_percent(20);
					}
				},
				Error::<Test>::CurveNotMonotone,
			);
			refused(
				|t| {
					if let PenaltyCurve::Steps(tiers) = &mut t.curve {
						tiers[1].below = Perbill::from_percent(95);
					}
				},
				Error::<Test>::CurveNotMonotone,
			);
			refused(
				|t| t.curve = PenaltyCurve::Linear { full_at: Perbill::from_percent(90) },
				Error::<Test>::CurveNotMonotone,
			);
			refused(|t| t.cap = Perbill::from_percent(40), Error::<Test>::CurveExceedsCap);
		});
	}

	#[test]
	fn only_the_owner_removes_an_unused_template() {
		build_and_execute(|| {
			assert_noop!(
				Assurance::remove_template(signed(PROVIDER), H256::zero()),
				Error::<Test>::UnknownTemplate
			);
			let sla = store_template();
			assert_ok!(publish(0, sla));
			assert_noop!(
				Assurance::remove_template(signed(CONSUMER), sla),
				Error::<Test>::NotTemplateOwner
			);
			assert_noop!(
				Assurance::remove_template(signed(PROVIDER), sla),
				Error::<Test>::TemplateInUse
			);
			<Pallet<Test> as tsm_primitives::SlaPenaltyProvider<AccountId, Balance, u64>>::offer_withdrawn(0);
			assert_ok!(Assurance::remove_template(signed(PROVIDER), sla));
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::TemplateDeposit.into(), &PROVIDER),
				0
			);
			assert!(events().contains(&Event::TemplateRemoved { sla }));
		});
	}

	#[test]
	fn the_penalty_follows_the_curve_and_its_cap() {
		build_and_execute(|| {
			let steps = template();
			let at = |percent| Assurance::penalty_at(&steps, Perbill::from_percent(percent));
			assert_eq!(at(89), Perbill::from_percent(10));
			assert_eq!(at(60), Perbill::from_percent(10));
			assert_eq!(at(59), Perbill::from_percent(25));
			assert_eq!(at(0), Perbill::from_percent(50));
			let mut linear = template();
			linear.curve = PenaltyCurve::Linear { full_at: Perbill::from_percent(50) };
			let at = |percent| Assurance::penalty_at(&linear, Perbill::from_percent(percent));
			assert_eq!(at(90), Perbill::zero());
			assert_eq!(at(70), Perbill::from_percent(25));
			assert_eq!(at(50), Perbill::from_percent(50));
			assert_eq!(at(10), Perbill::from_percent(50));
		});
	}
}

mod offers {
	use super::*;

	#[test]
	fn an_sla_naming_no_template_stays_off_chain() {
		build_and_execute(|| {
			assert_ok!(publish(0, H256::repeat_byte(7)));
			assert!(OfferCommittees::<Test>::get(0).is_none());
			// Its orders are not monitored and never penalised.
			assert_ok!(order(0, 0, 2));
			assert_ok!(activate(0));
			assert!(Monitored::<Test>::get(0).is_none());
			assert_eq!(evaluate(0, 0, 1_000), Perbill::zero());
		});
	}

	#[test]
	fn an_offer_whose_period_is_not_a_whole_number_of_intervals_is_refused() {
		build_and_execute(|| {
			let sla = store_template();
			let hooks = |period| {
				<Pallet<Test> as tsm_primitives::SlaPenaltyProvider<AccountId, Balance, u64>>::offer_published(
					0, &PROVIDER, &sla, period,
				)
			};
			assert_noop!(hooks(25), Error::<Test>::BillingPeriodNotMultipleOfInterval);
			assert_noop!(hooks(5), Error::<Test>::BillingPeriodNotMultipleOfInterval);
			assert_noop!(
				hooks(INTERVAL * (MAX_INTERVALS as u64 + 1)),
				Error::<Test>::TooManyIntervals
			);
			assert_ok!(hooks(BILLING_PERIOD));
			let monitoring = OfferCommittees::<Test>::get(0).unwrap();
			assert_eq!(monitoring.intervals_per_period, 3);
			assert_eq!(Templates::<Test>::get(sla).unwrap().users, 1);
		});
	}
}

mod oracles {
	use super::*;

	#[test]
	fn oracles_register_with_a_bond_and_leave_when_free() {
		build_and_execute(|| {
			assert_noop!(
				Assurance::register_oracle(signed(OUTSIDER), MIN_BOND),
				Error::<Test>::NoOracleCredential
			);
			assert_noop!(
				Assurance::register_oracle(signed(ORACLES[0]), MIN_BOND - 1),
				Error::<Test>::BondTooSmall
			);
			assert_noop!(
				Assurance::register_oracle(signed(ORACLES[0]), ENDOWMENT + 1),
				Error::<Test>::InsufficientFunds
			);
			assert_ok!(Assurance::register_oracle(signed(ORACLES[0]), MIN_BOND));
			assert_noop!(
				Assurance::register_oracle(signed(ORACLES[0]), MIN_BOND),
				Error::<Test>::AlreadyRegistered
			);
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::OracleBond.into(), &ORACLES[0]),
				MIN_BOND
			);
			assert_noop!(
				Assurance::unregister_oracle(signed(OUTSIDER)),
				Error::<Test>::NotRegistered
			);
			assert_ok!(Assurance::unregister_oracle(signed(ORACLES[0])));
			assert_eq!(free(ORACLES[0]), ENDOWMENT);
			assert!(events().contains(&Event::OracleUnregistered { oracle: ORACLES[0] }));
		});
	}

	#[test]
	fn a_seated_oracle_cannot_leave_before_its_agreements_end() {
		build_and_execute(|| {
			running(3, 2);
			assert_noop!(
				Assurance::unregister_oracle(signed(ORACLES[0])),
				Error::<Test>::OracleInUse
			);
			end(0);
			assert_ok!(Assurance::unregister_oracle(signed(ORACLES[0])));
		});
	}

	#[test]
	fn governance_slashes_and_ejects_an_oracle() {
		build_and_execute(|| {
			running(3, 2);
			assert_noop!(
				Assurance::slash_oracle(signed(CONSUMER), ORACLES[0], 10),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Assurance::slash_oracle(RuntimeOrigin::root(), OUTSIDER, 10),
				Error::<Test>::NotRegistered
			);
			let market = free(MARKET);
			// More than the bond: the whole bond.
			assert_ok!(Assurance::slash_oracle(RuntimeOrigin::root(), ORACLES[0], MIN_BOND * 2));
			assert_eq!(free(MARKET), market + MIN_BOND);
			assert!(oracle_record(ORACLES[0]).ejected);
			assert!(
				events().contains(&Event::OracleSlashed { oracle: ORACLES[0], amount: MIN_BOND })
			);
			run_to(reports_open(0));
			assert_noop!(
				Assurance::report(signed(ORACLES[0]), 0, 0, good(), H256::zero()),
				Error::<Test>::OracleEjected
			);
		});
	}

	#[test]
	fn governance_replaces_only_an_ejected_member_with_an_independent_oracle() {
		build_and_execute(|| {
			running(3, 2);
			register_more(&[ORACLES[3]]);
			let root = || RuntimeOrigin::root();
			assert_noop!(
				Assurance::replace_committee_member(signed(CONSUMER), 0, ORACLES[0], ORACLES[3]),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Assurance::replace_committee_member(root(), 9, ORACLES[0], ORACLES[3]),
				Error::<Test>::NotMonitored
			);
			assert_noop!(
				Assurance::replace_committee_member(root(), 0, ORACLES[0], ORACLES[3]),
				Error::<Test>::MemberNotEjected
			);
			assert_ok!(Assurance::slash_oracle(root(), ORACLES[0], 1));
			assert_noop!(
				Assurance::replace_committee_member(root(), 0, ORACLES[4], ORACLES[3]),
				Error::<Test>::NotCommitteeMember
			);
			assert_noop!(
				Assurance::replace_committee_member(root(), 0, ORACLES[0], ORACLES[1]),
				Error::<Test>::AlreadyOnCommittee
			);
			assert_noop!(
				Assurance::replace_committee_member(root(), 0, ORACLES[0], PROVIDER),
				Error::<Test>::ProviderOnCommittee
			);
			assert_noop!(
				Assurance::replace_committee_member(root(), 0, ORACLES[0], OUTSIDER),
				Error::<Test>::NotRegistered
			);
			register_consumer_as_oracle();
			assert_noop!(
				Assurance::replace_committee_member(root(), 0, ORACLES[0], CONSUMER),
				Error::<Test>::ConsumerOnCommittee
			);
			assert_ok!(Assurance::replace_committee_member(root(), 0, ORACLES[0], ORACLES[3]));
			assert_eq!(Monitored::<Test>::get(0).unwrap().committee[0].oracle, ORACLES[3]);
			assert_eq!((oracle_record(ORACLES[0]).seats, oracle_record(ORACLES[3]).seats), (0, 1));
			// The ejected oracle can leave with what is left of its bond.
			assert_ok!(Assurance::unregister_oracle(signed(ORACLES[0])));
			run_to(reports_open(0));
			assert_ok!(Assurance::report(signed(ORACLES[3]), 0, 0, good(), H256::zero()));
		});
	}

	pub(super) fn register_more(oracles: &[AccountId]) {
		for oracle in oracles {
			assert_ok!(Assurance::register_oracle(signed(*oracle), MIN_BOND));
		}
	}

	pub(super) fn register_consumer_as_oracle() {
		Roles::mutate(|roles| roles.push((CONSUMER, Role::MonitoringOracle)));
		assert_ok!(Assurance::register_oracle(signed(CONSUMER), MIN_BOND));
	}
}

mod committees {
	use super::{oracles::register_consumer_as_oracle, *};

	#[test]
	fn the_provider_nominates_an_odd_committee_of_registered_oracles_but_itself() {
		build_and_execute(|| {
			let sla = store_template();
			register(5);
			let nominate = |who, members: &[AccountId]| {
				Assurance::set_offer_committee(signed(who), 0, committee(members))
			};
			assert_noop!(nominate(PROVIDER, &ORACLES[..3]), Error::<Test>::OfferNotMonitored);
			assert_ok!(publish(0, sla));
			assert_noop!(nominate(CONSUMER, &ORACLES[..3]), Error::<Test>::NotOfferProvider);
			assert_noop!(nominate(PROVIDER, &ORACLES[..4]), Error::<Test>::CommitteeSizeInvalid);
			assert_noop!(nominate(PROVIDER, &ORACLES[..1]), Error::<Test>::CommitteeSizeInvalid);
			assert_noop!(nominate(PROVIDER, &[10, 11, 10]), Error::<Test>::DuplicateMember);
			assert_noop!(
				nominate(PROVIDER, &[10, 11, PROVIDER]),
				Error::<Test>::ProviderOnCommittee
			);
			assert_noop!(nominate(PROVIDER, &[10, 11, UNREGISTERED]), Error::<Test>::NotRegistered);
			assert_ok!(Assurance::slash_oracle(RuntimeOrigin::root(), ORACLES[4], 1));
			assert_noop!(nominate(PROVIDER, &[10, 11, 14]), Error::<Test>::OracleEjected);
			assert_ok!(nominate(PROVIDER, &ORACLES[..3]));
			// Not ready until all consent: orders are refused.
			assert_noop!(order(0, 0, 2), Error::<Test>::CommitteeNotReady);
			for oracle in &ORACLES[..3] {
				assert_ok!(Assurance::consent_to_committee(signed(*oracle), 0, true));
			}
			assert!(events().contains(&Event::CommitteeReady { offer: 0 }));
			// Fixed once ready: the provider cannot swap it under a consumer.
			assert_noop!(nominate(PROVIDER, &ORACLES[1..4]), Error::<Test>::CommitteeFixed);
			assert_ok!(order(0, 0, 2));
			let monitoring = Monitored::<Test>::get(0).unwrap();
			assert_eq!(
				monitoring.committee.iter().map(|s| s.oracle).collect::<Vec<_>>(),
				ORACLES[..3].to_vec()
			);
		});
	}

	#[test]
	fn consent_is_the_nominees_own_and_can_be_withdrawn_for_future_orders() {
		build_and_execute(|| {
			let sla = store_template();
			register(3);
			assert_noop!(
				Assurance::consent_to_committee(signed(ORACLES[0]), 0, true),
				Error::<Test>::OfferNotMonitored
			);
			assert_ok!(publish(0, sla));
			assert_ok!(Assurance::set_offer_committee(
				signed(PROVIDER),
				0,
				committee(&ORACLES[..3])
			));
			assert_noop!(
				Assurance::consent_to_committee(signed(OUTSIDER), 0, true),
				Error::<Test>::NotNominated
			);
			for oracle in &ORACLES[..3] {
				assert_ok!(Assurance::consent_to_committee(signed(*oracle), 0, true));
			}
			assert_ok!(order(0, 0, 2));
			assert_ok!(Assurance::consent_to_committee(signed(ORACLES[2]), 0, false));
			assert_noop!(order(1, 0, 2), Error::<Test>::CommitteeNotReady);
			// The running agreement keeps its committee.
			assert_eq!(Monitored::<Test>::get(0).unwrap().committee.len(), 3);
			// An ejected nominee cannot consent again.
			assert_ok!(Assurance::slash_oracle(RuntimeOrigin::root(), ORACLES[2], 1));
			assert_noop!(
				Assurance::consent_to_committee(signed(ORACLES[2]), 0, true),
				Error::<Test>::OracleEjected
			);
		});
	}

	#[test]
	fn a_nominee_that_left_cannot_consent() {
		build_and_execute(|| {
			let sla = store_template();
			register(3);
			assert_ok!(publish(0, sla));
			assert_ok!(Assurance::set_offer_committee(
				signed(PROVIDER),
				0,
				committee(&ORACLES[..3])
			));
			assert_ok!(Assurance::unregister_oracle(signed(ORACLES[1])));
			assert_noop!(
				Assurance::consent_to_committee(signed(ORACLES[1]), 0, true),
				Error::<Test>::NotRegistered
			);
		});
	}

	#[test]
	fn an_order_longer_than_the_longest_term_is_refused() {
		build_and_execute(|| {
			ready_offer(0, 3);
			assert_noop!(order(0, 0, MAX_TERM + 1), Error::<Test>::TermTooLong);
		});
	}

	#[test]
	fn withdrawing_the_offer_leaves_its_agreements_monitored() {
		build_and_execute(|| {
			let sla = ready_offer(0, 3);
			assert_ok!(order(0, 0, 2));
			assert_ok!(activate(0));
			<Pallet<Test> as tsm_primitives::SlaPenaltyProvider<AccountId, Balance, u64>>::offer_withdrawn(0);
			assert!(OfferCommittees::<Test>::get(0).is_none());
			assert_eq!(Templates::<Test>::get(sla).unwrap().users, 1);
			run_to(reports_open(0));
			report_all(0, &ORACLES[..3], good());
			assert_eq!(Periods::<Test>::get(0, 0).measured, 1);
		});
	}

	#[test]
	fn the_consumer_cannot_sit_on_its_own_committee() {
		build_and_execute(|| {
			let sla = store_template();
			register(2);
			register_consumer_as_oracle();
			assert_ok!(publish(0, sla));
			let members = [ORACLES[0], ORACLES[1], CONSUMER];
			assert_ok!(Assurance::set_offer_committee(signed(PROVIDER), 0, committee(&members)));
			for oracle in members {
				assert_ok!(Assurance::consent_to_committee(signed(oracle), 0, true));
			}
			assert_noop!(order(0, 0, 2), Error::<Test>::ConsumerOnCommittee);
		});
	}

	#[test]
	fn an_agreement_starts_only_if_the_provider_pays_the_terms_report_fees() {
		build_and_execute(|| {
			ready_offer(0, 3);
			assert_ok!(order(0, 0, 2));
			// 3 members × 3 intervals × 2 periods × 2.
			let fees = 3 * 3 * 2 * REPORT_FEE;
			let spendable = free(PROVIDER) - 1;
			assert_ok!(Balances::transfer_allow_death(
				signed(PROVIDER),
				OUTSIDER,
				spendable - fees + 1
			));
			assert_noop!(activate(0), Error::<Test>::MonitoringFeesUnfunded);
			assert_ok!(Balances::transfer_allow_death(signed(OUTSIDER), PROVIDER, 1));
			assert_ok!(activate(0));
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::MonitoringFees.into(), &PROVIDER),
				fees
			);
			assert!(events().contains(&Event::MonitoringStarted { agreement: 0, start: 1, fees }));
		});
	}
}

mod reports {
	use super::*;

	fn report(
		who: AccountId,
		interval: u32,
		values: ObjectiveValues,
	) -> sp_runtime::DispatchResult {
		Assurance::report(signed(who), 0, interval, values, H256::repeat_byte(1))
			.map(|_| ())
			.map_err(|e| e.error)
	}

	#[test]
	fn bad_reports_are_refused_each_with_its_error() {
		build_and_execute(|| {
			assert_noop!(report(ORACLES[0], 0, good()), Error::<Test>::NotMonitored);
			ready_offer(0, 3);
			assert_ok!(order(0, 0, 2));
			assert_noop!(report(ORACLES[0], 0, good()), Error::<Test>::NotActive);
			assert_ok!(activate(0));
			assert_noop!(report(ORACLES[0], 0, good()), Error::<Test>::IntervalNotOver);
			run_to(reports_open(0));
			assert_noop!(report(OUTSIDER, 0, good()), Error::<Test>::NotCommitteeMember);
			assert_noop!(report(STRAY_DEVICE, 0, good()), Error::<Test>::NotCommitteeMember);
			// A member's device that is not a monitoring probe does not report.
			assert_noop!(report(METER_OF_ORACLE, 0, good()), Error::<Test>::NotCommitteeMember);
			assert_noop!(report(PROVIDER, 0, good()), Error::<Test>::NotCommitteeMember);
			assert_noop!(report(ORACLES[0], 6, good()), Error::<Test>::IntervalOutOfTerm);
			assert_noop!(
				report(ORACLES[0], 0, BoundedVec::truncate_from(vec![999_000, 10])),
				Error::<Test>::WrongValueCount
			);
			assert_noop!(
				report(ORACLES[0], 0, BoundedVec::truncate_from(vec![1_000_001, 10, 100_000])),
				Error::<Test>::ValueOutOfRange
			);
			// Through its probe, the member reports once.
			assert_ok!(report(PROBE, 0, good()));
			assert_noop!(report(ORACLES[0], 0, good()), Error::<Test>::AlreadyReported);
			run_to(reports_open(1));
			assert_noop!(report(ORACLES[1], 0, good()), Error::<Test>::ReportTooLate);
			// An oracle whose credential was withdrawn reports no more.
			Roles::mutate(|roles| roles.retain(|(who, _)| *who != ORACLES[1]));
			assert_noop!(report(ORACLES[1], 1, good()), Error::<Test>::NoOracleCredential);
		});
	}

	#[test]
	fn a_complete_interval_is_judged_by_its_median_and_a_liar_gets_a_strike() {
		build_and_execute(|| {
			running(3, 2);
			run_to(reports_open(0));
			assert_ok!(report(ORACLES[0], 0, outage()));
			assert_ok!(report(ORACLES[1], 0, outage()));
			// The provider's friend swears all was well: it cannot move the median.
			assert_ok!(report(ORACLES[2], 0, good()));
			assert!(Monitored::<Test>::get(0).unwrap().open.is_none());
			assert!(events().contains(&Event::IntervalMeasured {
				agreement: 0,
				interval: 0,
				medians: outage(),
				met: BoundedVec::truncate_from(vec![false, true, true]),
			}));
			assert!(events().contains(&Event::OracleStruck {
				agreement: 0,
				interval: 0,
				oracle: ORACLES[2]
			}));
			let stats = Periods::<Test>::get(0, 0);
			assert_eq!(
				(stats.measured, stats.objectives[0].met, stats.objectives[1].met),
				(1, 0, 1)
			);
			assert_eq!(stats.seats[2], SeatTally { reports: 1, strikes: 1, missed: 0 });
			let seats = Monitored::<Test>::get(0).unwrap().committee;
			assert_eq!((seats[0].earned, seats[2].earned), (REPORT_FEE, 0));
		});
	}

	#[test]
	fn only_the_report_completing_an_interval_pays_for_its_aggregation() {
		use frame_support::{traits::Get, weights::Weight};
		build_and_execute(|| {
			running(3, 2);
			run_to(reports_open(0));
			let sent = |who| {
				Assurance::report(signed(who), 0, 0, good(), H256::zero())
					.expect("reported")
					.actual_weight
			};
			let lookup: Weight = <<Test as frame_system::Config>::DbWeight as Get<
				frame_support::weights::RuntimeDbWeight,
			>>::get()
			.reads(1);
			assert_eq!(sent(ORACLES[1]), Some(<() as WeightInfo>::report()));
			assert_eq!(sent(PROBE), Some(<() as WeightInfo>::report().saturating_add(lookup)));
			assert_eq!(sent(ORACLES[2]), Some(<() as WeightInfo>::report_closing()));
		});
	}

	#[test]
	fn an_interval_without_a_majority_is_not_judged() {
		build_and_execute(|| {
			running(5, 2);
			run_to(reports_open(0));
			// Two of five: no quorum, whatever they say.
			assert_ok!(report(ORACLES[0], 0, outage()));
			assert_ok!(report(ORACLES[1], 0, outage()));
			assert_noop!(
				Assurance::close_interval(signed(OUTSIDER), 0),
				Error::<Test>::ReportWindowOpen
			);
			run_to(reports_open(1));
			assert_ok!(Assurance::close_interval(signed(OUTSIDER), 0));
			assert_noop!(
				Assurance::close_interval(signed(OUTSIDER), 0),
				Error::<Test>::NoOpenInterval
			);
			assert!(events().contains(&Event::IntervalUnmeasured {
				agreement: 0,
				interval: 0,
				reports: 2
			}));
			let stats = Periods::<Test>::get(0, 0);
			assert_eq!((stats.measured, stats.unmeasured), (0, 1));
			assert_eq!(stats.seats[4].missed, 1);
			// Three of five with a later interval's report closing it.
			report_all(1, &ORACLES[..3], outage());
			run_to(reports_open(2));
			assert_ok!(report(ORACLES[0], 2, good()));
			let stats = Periods::<Test>::get(0, 0);
			assert_eq!((stats.measured, stats.unmeasured), (1, 1));
			assert_eq!(stats.seats[3].missed, 2);
		});
	}

	#[test]
	fn reports_for_a_billed_period_are_refused() {
		build_and_execute(|| {
			running(3, 2);
			// Billing happened early: the period's last interval is judged
			// with what it has, and its report window closes.
			run_to(reports_open(2));
			assert_ok!(report(ORACLES[0], 2, good()));
			evaluate(0, 0, 1_000);
			assert_noop!(report(ORACLES[1], 2, good()), Error::<Test>::PeriodEvaluated);
		});
	}

	#[test]
	fn a_warning_is_raised_when_the_median_nears_the_target() {
		build_and_execute(|| {
			running(3, 2);
			run_to(reports_open(0));
			report_all(0, &ORACLES[..3], BoundedVec::truncate_from(vec![999_900, 19, 150_000]));
			assert!(events().contains(&Event::ObjectiveWarning {
				agreement: 0,
				interval: 0,
				objective: 1
			}));
			assert_eq!(Periods::<Test>::get(0, 0).objectives[1].warned, 1);
		});
	}
}

mod evaluation {
	use super::*;

	/// Period 0 with `breached` of its 3 intervals in outage.
	fn period_with_outages(breached: u32) {
		for interval in 0..3 {
			run_to(reports_open(interval));
			let values = if interval < breached { outage() } else { good() };
			report_all(interval, &ORACLES[..3], values);
		}
	}

	#[test]
	fn a_breached_period_forfeits_what_the_curve_says_and_the_provider_loses_reputation() {
		build_and_execute(|| {
			running(3, 2);
			period_with_outages(1);
			// 2 of 3 intervals met availability: 66.7 % < 90 %, above 60 %: 10 %.
			assert_eq!(evaluate(0, 0, 1_000), Perbill::from_percent(10));
			let verdict = Periods::<Test>::get(0, 0).verdict.unwrap();
			assert_eq!(verdict.outcome, Outcome::Breached);
			assert_eq!(
				verdict.objectives.iter().map(|o| o.met).collect::<Vec<_>>(),
				vec![false, true, true]
			);
			assert!(events().contains(&Event::PeriodEvaluated {
				agreement: 0,
				period: 0,
				verdict
			}));
			let reputation = Reputation::<Test>::get(PROVIDER);
			assert_eq!(
				(reputation.evaluated, reputation.breached, reputation.penalties, reputation.score),
				(1, 1, 100, Perbill::zero())
			);
			// The committee was paid for its 9 reports.
			for oracle in &ORACLES[..3] {
				assert_eq!(oracle_record(*oracle).earned, 3 * REPORT_FEE);
				assert_eq!(oracle_record(*oracle).reports, 3);
			}
		});
	}

	#[test]
	fn a_met_period_costs_nothing_and_builds_reputation() {
		build_and_execute(|| {
			running(3, 2);
			period_with_outages(0);
			assert_eq!(evaluate(0, 0, 1_000), Perbill::zero());
			let reputation = Reputation::<Test>::get(PROVIDER);
			assert_eq!((reputation.met, reputation.score), (1, Perbill::one()));
		});
	}

	#[test]
	fn grace_intervals_are_forgiven() {
		build_and_execute(|| {
			let mut lenient = template();
			lenient.evaluation.grace_intervals = 1;
			assert_ok!(Assurance::create_template(signed(PROVIDER), lenient.clone()));
			register(3);
			assert_ok!(publish(0, Assurance::template_hash(&lenient)));
			assert_ok!(Assurance::set_offer_committee(
				signed(PROVIDER),
				0,
				committee(&ORACLES[..3])
			));
			for oracle in &ORACLES[..3] {
				assert_ok!(Assurance::consent_to_committee(signed(*oracle), 0, true));
			}
			assert_ok!(order(0, 0, 2));
			assert_ok!(activate(0));
			period_with_outages(1);
			assert_eq!(evaluate(0, 0, 1_000), Perbill::zero());
		});
	}

	#[test]
	fn a_period_nobody_measured_is_not_penalised_and_every_member_missed_it() {
		build_and_execute(|| {
			running(3, 2);
			run_to(reports_open(3));
			assert_eq!(evaluate(0, 0, 1_000), Perbill::zero());
			let stats = Periods::<Test>::get(0, 0);
			assert_eq!(stats.verdict.unwrap().outcome, Outcome::Unmeasured);
			assert_eq!(stats.unmeasured, 3);
			assert_eq!(oracle_record(ORACLES[0]).missed, 3);
			assert_eq!(Reputation::<Test>::get(PROVIDER).unmeasured, 1);
		});
	}

	#[test]
	fn the_end_returns_unearned_fees_and_frees_the_seats_and_the_purge_removes_everything() {
		build_and_execute(|| {
			running(3, 2);
			period_with_outages(0);
			evaluate(0, 0, 1_000);
			let held = Monitored::<Test>::get(0).unwrap().fees_held;
			assert_eq!(held, 3 * 3 * 2 * REPORT_FEE - 9 * REPORT_FEE);
			end(0);
			assert!(events().contains(&Event::MonitoringEnded { agreement: 0, returned: held }));
			assert_eq!(Balances::balance_on_hold(&HoldReason::MonitoringFees.into(), &PROVIDER), 0);
			assert_eq!(oracle_record(ORACLES[0]).seats, 0);
			assert_noop!(
				Assurance::report(signed(ORACLES[0]), 0, 3, good(), H256::zero()),
				Error::<Test>::NotActive
			);
			purge(0);
			assert!(Monitored::<Test>::get(0).is_none());
			assert_eq!(Periods::<Test>::iter_prefix(0).count(), 0);
			assert_eq!(
				Templates::<Test>::get(Assurance::template_hash(&template())).unwrap().users,
				1
			);
		});
	}

	#[test]
	fn a_pending_order_that_ends_frees_its_committee() {
		build_and_execute(|| {
			ready_offer(0, 3);
			assert_ok!(order(0, 0, 2));
			assert_eq!(oracle_record(ORACLES[0]).seats, 1);
			purge(0);
			assert_eq!(oracle_record(ORACLES[0]).seats, 0);
			assert!(Monitored::<Test>::get(0).is_none());
		});
	}

	#[test]
	fn the_status_shows_the_penalty_so_far() {
		build_and_execute(|| {
			running(3, 2);
			run_to(reports_open(0));
			report_all(0, &ORACLES[..3], outage());
			let status = Assurance::sla_status(0).unwrap();
			assert_eq!(status.periods.len(), 1);
			assert_eq!(status.periods[0].projected.penalty, Perbill::from_percent(50));
			assert_eq!(status.periods[0].verdict, None);
			assert_eq!(status.periods[0].objectives[0].mean, 950_000);
			run_to(reports_open(1));
			assert_ok!(Assurance::report(signed(ORACLES[0]), 0, 1, good(), H256::zero()));
			let reports = Assurance::period_reports(0, 0).unwrap();
			assert_eq!(reports.open_interval.unwrap().reports[0].oracle, ORACLES[0]);
			assert!(Assurance::period_reports(0, 1).unwrap().open_interval.is_none());
		});
	}
}
