//! Unit tests of running agreements: funding each period as it begins,
//! usage within the reporting grace, disputes, billing, notice and
//! default, suspension, purging.
//!
//! SCP's site access (100 flat + 2 per unit, 20-block periods, minimum term
//! 3, bond 500, termination fee 150) ordered for 4 units and 3 periods and
//! accepted at block 1: period `p` runs from block `1 + 20p` to `21 + 20p`,
//! its usage may be reported until `24 + 20p` (grace 3), it may be disputed
//! until `28 + 20p` (window 5) and is billed from block `29 + 20p`. The
//! most a period bills is 108; the commitment at order is 150 + 2 × 100.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};

const MAXIMUM: Balance = 108;
const COMMITMENT: Balance = 350;

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// SCP's site access ordered by `consumer` (4 units, 3 periods), accepted
/// at block 1.
fn running(consumer: AccountId) -> u64 {
	let offer = publish(SCP, site_access());
	assert_ok!(Settlement::order(signed(consumer), offer, 4, 3));
	let agreement = NextAgreementId::<Test>::get() - 1;
	assert_ok!(Settlement::accept_order(signed(SCP), agreement));
	agreement
}

fn report(agreement: u64, period: u32, units: u64) {
	assert_ok!(Settlement::submit_usage(
		signed(SCP_DEVICE),
		agreement,
		period,
		units,
		H256::repeat_byte(3)
	));
}

fn close(agreement: u64) {
	assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
}

fn at(block: u64) {
	System::set_block_number(block);
}

fn record(agreement: u64) -> AgreementOf<Test> {
	Agreements::<Test>::get(agreement).unwrap()
}

/// Leaves `who` `keep` of free balance.
fn spend_all_but(who: AccountId, keep: Balance) {
	let spendable = free(who) - keep;
	assert_ok!(Balances::transfer_allow_death(signed(who), SCP2, spendable));
}

#[test]
fn an_order_holds_the_first_period_and_the_commitment() {
	build_and_execute(|| {
		let mno = free(MNO);
		let agreement = running(MNO);
		assert_eq!(held(HoldReason::Escrow, MNO), MAXIMUM);
		assert_eq!(held(HoldReason::Commitment, MNO), COMMITMENT);
		assert_eq!(free(MNO), mno - MAXIMUM - COMMITMENT);
		let record = record(agreement);
		assert_eq!((record.period, record.funded, record.minimum_term), (0, 0, 3));
	});
}

#[test]
fn three_periods_are_funded_billed_and_the_agreement_expires() {
	build_and_execute(|| {
		let (mno, market) = (free(MNO), free(MARKET));
		let agreement = running(MNO);
		let scp = free(SCP);
		at(2);
		report(agreement, 0, 3);
		assert_eq!(
			last_event(),
			Event::UsageReported { agreement, period: 0, units: 3, evidence: H256::repeat_byte(3) }
		);
		at(20);
		assert_noop!(
			Settlement::close_period(signed(CONSUMER), agreement),
			Error::<Test>::PeriodNotOver
		);

		// Period 1 begins: its most is held, the flat part from the commitment.
		at(21);
		close(agreement);
		assert_eq!(last_event(), Event::PeriodOpened { agreement, period: 1, escrow: 216 });
		assert_eq!(held(HoldReason::Escrow, MNO), 216);
		assert_eq!(held(HoldReason::Commitment, MNO), COMMITMENT - 100);
		assert_noop!(
			Settlement::close_period(signed(CONSUMER), agreement),
			Error::<Test>::PeriodNotOver
		);

		// Period 0 is billed after its grace and dispute window.
		at(29);
		close(agreement);
		assert_eq!(
			last_event(),
			Event::Invoiced {
				agreement,
				period: 0,
				flat: 100,
				usage: 6,
				penalty: 0,
				total: 106,
				fee: 1,
				disputed: false,
			}
		);
		assert_eq!(free(SCP), scp + 105);
		assert_eq!(free(MARKET), market + 1);
		assert_eq!(held(HoldReason::Escrow, MNO), MAXIMUM);

		// Periods 1 and 2: no usage, flat only.
		for block in [41, 49, 69] {
			at(block);
			close(agreement);
		}
		assert_eq!(last_event(), Event::AgreementExpired { agreement });
		let ended = record(agreement);
		assert_eq!((ended.state, ended.escrow, ended.commitment), (AgreementState::Expired, 0, 0));
		assert_eq!(held(HoldReason::ProviderBond, SCP), 0);
		assert_eq!(held(HoldReason::Escrow, MNO), 0);
		assert_eq!(held(HoldReason::Commitment, MNO), 0);
		// Paid 106 + 100 + 100; the rest of escrow and commitment returned.
		assert_eq!(free(MNO), mno - 306);
		assert_eq!(free(SCP), scp + 105 + 99 + 99 + 500);
		// The units are available again.
		assert_eq!(Offers::<Test>::get(ended.offer).unwrap().terms.capacity, 10);
		assert_noop!(
			Settlement::close_period(signed(CONSUMER), agreement),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 2, 1, H256::zero()),
			Error::<Test>::NotActive
		);
	});
}

/// Issue 11, item 3: a consumer closed every period the moment it ended,
/// before the provider could report usage, and was billed flat only.
#[test]
fn usage_may_be_reported_during_the_grace_and_the_consumer_cannot_preempt_it() {
	build_and_execute(|| {
		let agreement = running(MNO);
		at(21);
		// The consumer's close only funds period 1: period 0 is not billed.
		close(agreement);
		assert!(Bills::<Test>::get(agreement, 0).is_none());
		// The provider reports period 0 within the grace, and period 1
		// while period 0 is still unbilled.
		at(22);
		report(agreement, 1, 2);
		at(24);
		report(agreement, 0, 4);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 0, 1, H256::zero()),
			Error::<Test>::UsageAlreadyReported
		);
		at(29);
		close(agreement);
		assert_eq!(Bills::<Test>::get(agreement, 0).unwrap().total, 108);
	});
}

#[test]
fn the_reporting_grace_ends() {
	build_and_execute(|| {
		let agreement = running(MNO);
		at(21);
		close(agreement);
		at(25);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 0, 1, H256::zero()),
			Error::<Test>::ReportingClosed
		);
	});
}

/// Issue 11, item 3: a dispute window longer than a period blocked later
/// periods; now a disputed period is billed on its own schedule.
#[test]
fn a_dispute_does_not_hold_up_later_periods() {
	build_and_execute(|| {
		let agreement = running(MNO);
		report(agreement, 0, 4);
		assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 0, H256::repeat_byte(9)));
		at(21);
		close(agreement);
		at(22);
		report(agreement, 1, 1);
		at(29);
		close(agreement);
		assert_eq!(Bills::<Test>::get(agreement, 0).unwrap().status, BillStatus::Disputed);
		at(41);
		close(agreement);
		at(49);
		close(agreement);
		let bill = Bills::<Test>::get(agreement, 1).unwrap();
		assert_eq!((bill.total, bill.status), (102, BillStatus::Paid));
	});
}

/// Issue 11, item 3: a consumer could not dispute a period nobody reported.
#[test]
fn a_period_without_usage_can_be_disputed() {
	build_and_execute(|| {
		let agreement = running(MNO);
		at(25);
		assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 0, H256::repeat_byte(9)));
		assert_eq!(
			last_event(),
			Event::UsageDisputed { agreement, period: 0, by: MNO, evidence: H256::repeat_byte(9) }
		);
		assert_eq!(
			PeriodDisputes::<Test>::get(agreement, 0),
			Some(PeriodDispute { by: MNO, evidence: H256::repeat_byte(9) })
		);
		at(29);
		close(agreement);
		let bill = Bills::<Test>::get(agreement, 0).unwrap();
		assert_eq!((bill.total, bill.status), (100, BillStatus::Disputed));
		assert_eq!(held(HoldReason::DisputedPayment, MNO), 100);
		let statement = &Settlement::statements(agreement)[0];
		assert_eq!(statement.dispute.as_ref().map(|d| d.by), Some(MNO));
	});
}

#[test]
fn a_disputed_period_waits_for_arbitration() {
	build_and_execute(|| {
		let agreement = running(MNO);
		let scp = free(SCP);
		report(agreement, 0, 4);
		assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 0, H256::repeat_byte(9)));
		at(21);
		close(agreement);
		let mno = free(MNO);
		at(29);
		close(agreement);
		assert_eq!(Bills::<Test>::get(agreement, 0).unwrap().status, BillStatus::Disputed);
		assert_eq!(held(HoldReason::DisputedPayment, MNO), 108);
		assert_eq!(free(SCP), scp);

		assert_noop!(
			Settlement::resolve_dispute(signed(MNO), agreement, 0, Perbill::one()),
			DispatchError::BadOrigin
		);
		assert_ok!(Settlement::resolve_dispute(
			RuntimeOrigin::root(),
			agreement,
			0,
			Perbill::from_percent(50)
		));
		assert_eq!(
			last_event(),
			Event::DisputeResolved {
				agreement,
				period: 0,
				provider_share: Perbill::from_percent(50),
				to_provider: 54,
				to_consumer: 54,
			}
		);
		assert_eq!(held(HoldReason::DisputedPayment, MNO), 0);
		// 54 less the 1 % fee (0 after flooring).
		assert_eq!(free(SCP), scp + 54);
		assert_eq!(free(MNO), mno + 54);
		assert_noop!(
			Settlement::resolve_dispute(RuntimeOrigin::root(), agreement, 0, Perbill::one()),
			Error::<Test>::NotDisputed
		);
		assert_noop!(
			Settlement::resolve_dispute(RuntimeOrigin::root(), agreement, 1, Perbill::one()),
			Error::<Test>::NotDisputed
		);
	});
}

#[test]
fn the_sla_penalty_reduces_the_bill_and_the_provider_may_dispute_it() {
	build_and_execute(|| {
		let agreement = running(MNO);
		Penalty::set(Perbill::from_percent(10));
		report(agreement, 0, 3);
		at(21);
		close(agreement);
		at(22);
		assert_ok!(Settlement::dispute_usage(signed(SCP), agreement, 1, H256::repeat_byte(8)));
		at(29);
		close(agreement);
		let bill = Bills::<Test>::get(agreement, 0).unwrap();
		assert_eq!((bill.penalty, bill.total, bill.fee), (10, 96, 0));

		// Period 1 (flat 100, penalty 10) disputed by the provider: flat +
		// usage are in question; arbitration lifts the penalty.
		at(41);
		close(agreement);
		at(49);
		close(agreement);
		let bill = Bills::<Test>::get(agreement, 1).unwrap();
		assert_eq!((bill.total, bill.status), (90, BillStatus::Disputed));
		assert_eq!(held(HoldReason::DisputedPayment, MNO), 100);
		let scp = free(SCP);
		assert_ok!(Settlement::resolve_dispute(
			RuntimeOrigin::root(),
			agreement,
			1,
			Perbill::one()
		));
		assert_eq!(free(SCP), scp + 99);
	});
}

#[test]
fn a_fee_too_small_to_open_the_market_account_stays_with_the_provider() {
	build_and_execute(|| {
		let agreement = running(MNO);
		// A young chain: no marketplace account yet, and the fee of a 100
		// bill (1) is below the existential deposit.
		assert_ok!(Balances::transfer_all(signed(MARKET), SCP2, false));
		ExistentialDeposit::set(5);
		let scp = free(SCP);
		at(21);
		close(agreement);
		at(29);
		close(agreement);
		let bill = Bills::<Test>::get(agreement, 0).unwrap();
		assert_eq!((bill.total, bill.fee), (100, 0));
		assert_eq!(free(SCP), scp + 100);
		assert!(!System::account_exists(&MARKET));
	});
}

/// Issue 11, item 12: a provider account reaped (no bond, offer withdrawn)
/// made a payment below the existential deposit fail, and the agreement
/// could never be billed.
#[test]
fn a_reaped_provider_is_not_paid_dust_and_billing_goes_on() {
	build_and_execute(|| {
		ExistentialDeposit::set(50);
		let terms = OfferTerms {
			price: PriceModel { flat_per_period: 10, unit_price: 0 },
			bond: 0,
			termination_fee: 0,
			minimum_term: 1,
			auto_accept: true,
			..site_access()
		};
		let offer = publish(SCP2, terms);
		assert_ok!(Settlement::order(signed(MNO), offer, 1, 1));
		let agreement = NextAgreementId::<Test>::get() - 1;
		assert_ok!(Settlement::withdraw_offer(signed(SCP2), offer));
		assert_ok!(Balances::transfer_all(signed(SCP2), SCP, false));
		assert!(!System::account_exists(&SCP2));
		let mno = free(MNO);
		at(29);
		close(agreement);
		let bill = Bills::<Test>::get(agreement, 0).unwrap();
		assert_eq!((bill.total, bill.status), (10, BillStatus::Waived));
		assert_eq!(last_event(), Event::AgreementExpired { agreement });
		assert_eq!(free(MNO), mno + 10);
	});
}

/// Issue 11, item 4: a consumer that emptied its balance was suspended and
/// terminated without paying the fee or the rest of its minimum term.
#[test]
fn defaulting_costs_the_consumer_what_notice_costs() {
	build_and_execute(|| {
		// CONSUMER gives notice in period 0; MNO walks away.
		let by_notice = running(CONSUMER);
		let by_default = running(MNO);
		let scp = free(SCP);
		assert_ok!(Settlement::give_notice(signed(CONSUMER), by_notice));
		// The fee and the flat fee of periods 1 and 2 of the minimum term.
		assert_eq!(
			last_event(),
			Event::TerminationNoticed {
				agreement: by_notice,
				by: CONSUMER,
				fee: 350,
				last_period: 0
			}
		);
		assert_eq!(free(SCP), scp + 350);

		spend_all_but(MNO, 5);
		at(21);
		close(by_default);
		assert_eq!(last_event(), Event::AgreementSuspended { agreement: by_default, period: 1 });
		assert_eq!(record(by_default).state, AgreementState::Suspended { since: 21 });
		at(29);
		close(by_default);
		// A whole period unpaid: the commitment goes to the provider.
		let scp = free(SCP);
		at(41);
		close(by_default);
		assert!(events().contains(&Event::Defaulted {
			agreement: by_default,
			party: MNO,
			compensation: COMMITMENT
		}));
		assert_eq!(last_event(), Event::AgreementTerminated { agreement: by_default });
		assert_eq!(free(SCP), scp + COMMITMENT + 500);
		assert_eq!(held(HoldReason::Commitment, MNO), 0);
	});
}

#[test]
fn notice_ends_the_agreement_after_the_running_period() {
	build_and_execute(|| {
		let mno = free(MNO);
		let agreement = running(MNO);
		let scp = free(SCP);
		at(5);
		assert_ok!(Settlement::give_notice(signed(MNO), agreement));
		assert_eq!(record(agreement).notice, Some(Notice { by: MNO, last_period: 0 }));
		// The running period is still used and billed as agreed.
		report(agreement, 0, 2);
		at(21);
		assert_noop!(
			Settlement::close_period(signed(CONSUMER), agreement),
			Error::<Test>::PeriodNotOver
		);
		at(29);
		close(agreement);
		assert_eq!(last_event(), Event::AgreementTerminated { agreement });
		let ended = record(agreement);
		assert_eq!(
			(ended.state, ended.escrow, ended.commitment),
			(AgreementState::Terminated, 0, 0)
		);
		assert_eq!(Bills::<Test>::get(agreement, 0).unwrap().total, 104);
		// Billed 104 (1 % fee: 1) and paid the notice's 350.
		assert_eq!(free(MNO), mno - 104 - 350);
		assert_eq!(free(SCP), scp + 350 + 103 + 500);
	});
}

#[test]
fn the_provider_gives_notice_and_pays_the_fee() {
	build_and_execute(|| {
		let agreement = running(MNO);
		at(21);
		close(agreement);
		let mno = free(MNO);
		at(22);
		assert_ok!(Settlement::give_notice(signed(SCP), agreement));
		assert_eq!(
			last_event(),
			Event::TerminationNoticed { agreement, by: SCP, fee: 150, last_period: 1 }
		);
		// The fee, and the commitment beyond period 1 (fee 150 + period 2's
		// flat 100) returned.
		assert_eq!(free(MNO), mno + 150 + 250);
		assert_eq!(held(HoldReason::Commitment, MNO), 0);
		for block in [29, 49] {
			at(block);
			close(agreement);
		}
		assert_eq!(last_event(), Event::AgreementTerminated { agreement });
	});
}

/// Issue 11, item 6: a provider whose credential was withdrawn kept taking
/// orders and reporting usage; now it has defaulted on its agreements.
#[test]
fn a_provider_without_its_credential_defaults() {
	build_and_execute(|| {
		let offer = publish(SCP, site_access());
		assert_ok!(Settlement::order(signed(CONSUMER), offer, 1, 3));
		let pending = NextAgreementId::<Test>::get() - 1;
		let agreement = running(MNO);
		Roles::mutate(|roles| roles.retain(|(who, _)| *who != SCP));
		assert_noop!(
			Settlement::order(signed(MNO), offer, 1, 3),
			Error::<Test>::ProviderWithoutCredential
		);
		assert_noop!(
			Settlement::accept_order(signed(SCP), pending),
			Error::<Test>::ProviderWithoutCredential
		);
		assert_noop!(
			Settlement::submit_usage(signed(SCP_DEVICE), agreement, 0, 1, H256::zero()),
			Error::<Test>::ProviderWithoutCredential
		);
		// The consumer ends it at no cost; the bond pays it the fee.
		let mno = free(MNO);
		assert_ok!(Settlement::give_notice(signed(MNO), agreement));
		assert!(events().contains(&Event::Defaulted { agreement, party: SCP, compensation: 150 }));
		assert_eq!(free(MNO), mno + 150 + COMMITMENT);
		assert_eq!(held(HoldReason::Commitment, MNO), 0);
		at(29);
		close(agreement);
		assert_eq!(last_event(), Event::AgreementTerminated { agreement });
		assert_eq!(held(HoldReason::ProviderBond, SCP), 0);
	});
}

#[test]
fn a_suspended_consumer_resumes_within_a_period() {
	build_and_execute(|| {
		let agreement = running(CONSUMER);
		spend_all_but(CONSUMER, 5);
		at(21);
		close(agreement);
		assert_noop!(Settlement::resume(signed(MNO), agreement), Error::<Test>::NotConsumer);
		assert_noop!(
			Settlement::resume(signed(CONSUMER), agreement),
			Error::<Test>::InsufficientFunds
		);
		at(30);
		close(agreement);
		assert_noop!(
			Settlement::close_period(signed(MNO), agreement),
			Error::<Test>::GracePeriodNotOver
		);
		assert_ok!(Balances::transfer_allow_death(signed(SCP2), CONSUMER, 1_000));
		assert_ok!(Settlement::resume(signed(CONSUMER), agreement));
		assert_eq!(last_event(), Event::AgreementResumed { agreement, escrow: MAXIMUM });
		assert_eq!(record(agreement).state, AgreementState::Active);
		assert_noop!(Settlement::resume(signed(CONSUMER), agreement), Error::<Test>::NotSuspended);
	});
}

#[test]
fn a_suspended_consumer_cannot_resume_after_a_whole_period() {
	build_and_execute(|| {
		let agreement = running(CONSUMER);
		spend_all_but(CONSUMER, 5);
		at(21);
		close(agreement);
		assert_ok!(Balances::transfer_allow_death(signed(SCP2), CONSUMER, 1_000));
		at(41);
		assert_noop!(
			Settlement::resume(signed(CONSUMER), agreement),
			Error::<Test>::GracePeriodOver
		);
	});
}

#[test]
fn bad_usage_reports_are_refused() {
	build_and_execute(|| {
		let offer = publish(SCP, site_access());
		assert_ok!(Settlement::order(signed(MNO), offer, 4, 3));
		let pending = NextAgreementId::<Test>::get() - 1;
		assert_noop!(
			Settlement::submit_usage(signed(SCP), pending, 0, 1, H256::zero()),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), 99, 0, 1, H256::zero()),
			Error::<Test>::UnknownAgreement
		);
		let agreement = running(CONSUMER);
		for stranger in [SCP2, CONSUMER] {
			assert_noop!(
				Settlement::submit_usage(signed(stranger), agreement, 0, 1, H256::zero()),
				Error::<Test>::NotProviderOrDevice
			);
		}
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 1, 1, H256::zero()),
			Error::<Test>::PeriodNotStarted
		);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 0, 5, H256::zero()),
			Error::<Test>::UsageAboveOrdered
		);
		report(agreement, 0, 1);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 0, 1, H256::zero()),
			Error::<Test>::UsageAlreadyReported
		);
		at(21);
		close(agreement);
		at(29);
		close(agreement);
		assert_noop!(
			Settlement::submit_usage(signed(SCP), agreement, 0, 1, H256::zero()),
			Error::<Test>::PeriodClosed
		);
	});
}

#[test]
fn bad_disputes_are_refused() {
	build_and_execute(|| {
		let agreement = running(MNO);
		assert_noop!(
			Settlement::dispute_usage(signed(MNO), 99, 0, H256::zero()),
			Error::<Test>::UnknownAgreement
		);
		assert_noop!(
			Settlement::dispute_usage(signed(SCP2), agreement, 0, H256::zero()),
			Error::<Test>::NotParty
		);
		assert_noop!(
			Settlement::dispute_usage(signed(MNO), agreement, 1, H256::zero()),
			Error::<Test>::PeriodNotStarted
		);
		let offer = record(agreement).offer;
		assert_ok!(Settlement::order(signed(CONSUMER), offer, 1, 3));
		let pending = NextAgreementId::<Test>::get() - 1;
		assert_noop!(
			Settlement::dispute_usage(signed(CONSUMER), pending, 0, H256::zero()),
			Error::<Test>::NotActive
		);
		assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()));
		assert_noop!(
			Settlement::dispute_usage(signed(SCP), agreement, 0, H256::zero()),
			Error::<Test>::AlreadyDisputed
		);
		at(21);
		close(agreement);
		at(29);
		close(agreement);
		assert_noop!(
			Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()),
			Error::<Test>::PeriodClosed
		);
		at(49);
		assert_noop!(
			Settlement::dispute_usage(signed(MNO), agreement, 1, H256::zero()),
			Error::<Test>::DisputeWindowOver
		);
	});
}

#[test]
fn bad_closes_are_refused() {
	build_and_execute(|| {
		assert_noop!(Settlement::close_period(signed(MNO), 99), Error::<Test>::UnknownAgreement);
		let offer = publish(SCP, site_access());
		assert_ok!(Settlement::order(signed(MNO), offer, 1, 3));
		let pending = NextAgreementId::<Test>::get() - 1;
		assert_noop!(Settlement::close_period(signed(MNO), pending), Error::<Test>::NotActive);
	});
}

#[test]
fn bad_notices_are_refused() {
	build_and_execute(|| {
		assert_noop!(Settlement::give_notice(signed(MNO), 99), Error::<Test>::UnknownAgreement);
		let agreement = running(CONSUMER);
		assert_noop!(Settlement::give_notice(signed(SCP2), agreement), Error::<Test>::NotParty);
		// The provider keeps 100 free: the fee of 150 is too much.
		spend_all_but(SCP, 100);
		assert_noop!(
			Settlement::give_notice(signed(SCP), agreement),
			Error::<Test>::InsufficientFunds
		);
		// Suspended (it cannot fund period 1): notice is no longer the way out.
		spend_all_but(CONSUMER, 5);
		at(21);
		close(agreement);
		assert_noop!(
			Settlement::give_notice(signed(CONSUMER), agreement),
			Error::<Test>::NotActive
		);
		let offer = record(agreement).offer;
		assert_ok!(Settlement::order(signed(MNO), offer, 1, 3));
		let pending = NextAgreementId::<Test>::get() - 1;
		assert_noop!(Settlement::give_notice(signed(MNO), pending), Error::<Test>::NotActive);
	});
}

#[test]
fn notice_is_given_once_and_not_in_the_last_period() {
	build_and_execute(|| {
		let agreement = running(MNO);
		assert_ok!(Settlement::give_notice(signed(SCP), agreement));
		assert_noop!(Settlement::give_notice(signed(MNO), agreement), Error::<Test>::NoticeGiven);

		let agreement = running(CONSUMER);
		at(41);
		assert_noop!(
			Settlement::give_notice(signed(CONSUMER), agreement),
			Error::<Test>::LastPeriod
		);
	});
}

/// An escrow below what the funded periods can bill would let a bill
/// exceed what is held; try_state catches it even when the hold agrees.
#[test]
fn try_state_catches_an_escrow_short_of_the_funded_periods() {
	new_test_ext().execute_with(|| {
		let agreement = running(MNO);
		Settlement::do_try_state().expect("consistent");
		Agreements::<Test>::mutate(agreement, |a| a.as_mut().unwrap().escrow -= 1);
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::release(
			&HoldReason::Escrow.into(),
			&MNO,
			1,
			frame_support::traits::tokens::Precision::Exact,
		));
		assert_eq!(
			Settlement::do_try_state(),
			Err("the escrow is the maximum of every funded, unbilled period".into())
		);
	});
}

/// Runs `agreement` to its end, period 1 disputed.
fn expire_with_a_dispute(agreement: u64) {
	report(agreement, 0, 1);
	at(21);
	close(agreement);
	report(agreement, 1, 1);
	assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 1, H256::zero()));
	at(29);
	close(agreement);
	at(41);
	close(agreement);
	report(agreement, 2, 1);
	for block in [49, 69] {
		at(block);
		close(agreement);
	}
	assert_eq!(record(agreement).state, AgreementState::Expired);
}

#[test]
fn a_party_purges_an_ended_agreement() {
	build_and_execute(|| {
		let agreement = running(MNO);
		assert_noop!(Settlement::purge_agreement(signed(MNO), 99), Error::<Test>::UnknownAgreement);
		assert_noop!(Settlement::purge_agreement(signed(MNO), agreement), Error::<Test>::NotEnded);
		expire_with_a_dispute(agreement);
		assert_noop!(Settlement::purge_agreement(signed(SCP2), agreement), Error::<Test>::NotParty);
		assert_noop!(
			Settlement::purge_agreement(signed(MNO), agreement),
			Error::<Test>::DisputePending
		);
		assert_ok!(Settlement::resolve_dispute(
			RuntimeOrigin::root(),
			agreement,
			1,
			Perbill::from_percent(50)
		));
		assert_ok!(Settlement::purge_agreement(signed(SCP), agreement));
		assert_eq!(last_event(), Event::AgreementPurged { agreement });
		assert!(Agreements::<Test>::get(agreement).is_none());
		assert_eq!(Bills::<Test>::iter_prefix(agreement).count(), 0);
		assert_eq!(Usage::<Test>::iter_prefix(agreement).count(), 0);
		assert_eq!(PeriodDisputes::<Test>::iter_prefix(agreement).count(), 0);
		assert!(AgreementsOf::<Test>::get(MNO).is_empty());
		assert!(AgreementsOf::<Test>::get(SCP).is_empty());
	});
}

mod migration {
	use super::*;
	use crate::migrations::v1::{old, MigrateToV1};
	use frame_support::traits::{
		fungible::MutateHold, GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	};

	fn old_agreement(
		provider: AccountId,
		consumer: AccountId,
		period: u32,
		escrow: Balance,
		notice: Option<AccountId>,
		state: AgreementState<u64>,
	) -> old::Agreement<AccountId, Balance, u64> {
		old::Agreement {
			offer: 0,
			provider,
			consumer,
			quantity: 4,
			term: 3,
			price: PriceModel { flat_per_period: 100, unit_price: 2 },
			billing_period: 20,
			sla: H256::zero(),
			start: (!matches!(state, AgreementState::Pending { .. })).then_some(1),
			period,
			escrow,
			bond: 500,
			termination_fee: 150,
			notice,
			state,
		}
	}

	fn hold(reason: HoldReason, who: AccountId, amount: Balance) {
		assert_ok!(<Balances as MutateHold<_>>::hold(&reason.into(), &who, amount));
	}

	/// Agreements as the version 0 code left them, with the funds it held:
	/// SCP's 0 pending, 1 running in period 1 with notice from MNO and period
	/// 1's usage disputed; SCP2's 2 suspended after period 0, 3 expired.
	fn write_version_0() {
		StorageVersion::new(0).put::<Settlement>();
		let agreements = [
			old_agreement(SCP, MNO, 0, MAXIMUM, None, AgreementState::Pending { accept_by: 11 }),
			old_agreement(SCP, MNO, 1, MAXIMUM, Some(MNO), AgreementState::Active),
			old_agreement(SCP2, CONSUMER, 1, 0, None, AgreementState::Suspended { since: 21 }),
			old_agreement(SCP2, CONSUMER, 2, 0, None, AgreementState::Expired),
		];
		for (id, agreement) in agreements.into_iter().enumerate() {
			hold(HoldReason::Escrow, agreement.consumer, agreement.escrow);
			if agreement.state.holds_bond() {
				hold(HoldReason::ProviderBond, agreement.provider, agreement.bond);
			}
			for party in [agreement.consumer, agreement.provider] {
				AgreementsOf::<Test>::mutate(party, |ids| ids.try_push(id as u64).unwrap());
			}
			old::Agreements::<Test>::insert(id as u64, agreement);
		}
		NextAgreementId::<Test>::put(4);
		old::Usage::<Test>::insert(
			1,
			1,
			old::UsageRecord {
				units: 3,
				evidence: H256::repeat_byte(1),
				reported_at: 22,
				disputed: Some(H256::repeat_byte(2)),
			},
		);
		at(25);
	}

	#[test]
	fn version_0_agreements_migrate_and_run_on() {
		build_and_execute(|| {
			write_version_0();
			MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Settlement::on_chain_storage_version(), StorageVersion::new(1));
			Settlement::do_try_state().expect("consistent after the migration");

			let fields = |id| {
				let a = record(id);
				(a.period, a.funded, a.escrow, a.commitment, a.minimum_term)
			};
			assert_eq!(fields(0), (0, 0, MAXIMUM, 0, 1));
			assert_eq!(fields(1), (1, 1, MAXIMUM, 0, 1));
			assert_eq!(fields(2), (1, 0, 0, 0, 1));
			assert_eq!(fields(3), (3, 2, 0, 0, 1));
			assert_eq!(record(1).notice, Some(Notice { by: MNO, last_period: 1 }));
			assert_eq!(PendingOrdersOf::<Test>::get(MNO), 1);
			// The dispute moved out of the usage record.
			assert_eq!(Usage::<Test>::get(1, 1).map(|u| u.units), Some(3));
			assert_eq!(
				PeriodDisputes::<Test>::get(1, 1),
				Some(PeriodDispute { by: MNO, evidence: H256::repeat_byte(2) })
			);

			// Agreement 1 runs to its notice under the new rules: period 1
			// is billed after its grace and window, disputed.
			at(49);
			close(1);
			assert_eq!(Bills::<Test>::get(1, 1).unwrap().status, BillStatus::Disputed);
			assert_eq!(record(1).state, AgreementState::Terminated);
			// The suspended one defaulted long ago: it terminates.
			close(2);
			assert_eq!(record(2).state, AgreementState::Terminated);

			// It runs once only.
			let before = Agreements::<Test>::get(0);
			MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Agreements::<Test>::get(0), before);
		});
	}

	#[test]
	fn a_version_0_consumer_pays_the_fee_from_its_balance_on_notice() {
		build_and_execute(|| {
			write_version_0();
			// Agreement 1 without its notice, to give one now.
			old::Agreements::<Test>::mutate(1, |a| a.as_mut().unwrap().notice = None);
			MigrateToV1::<Test>::on_runtime_upgrade();
			let (mno, scp) = (free(MNO), free(SCP));
			assert_ok!(Settlement::give_notice(signed(MNO), 1));
			assert_eq!(free(MNO), mno - 150);
			assert_eq!(free(SCP), scp + 150);
		});
	}
}
