//! Unit tests: every call, every error, funds conserved.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_core::H256;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Settlement(e) = r.event { Some(e) } else { None })
		.last()
		.expect("an event of this pallet")
}

/// Site access on two cells: 100 per period plus 2 per unit, 10 units,
/// periods of 20 blocks, at least 3 of them, a bond of 500.
fn site_access() -> OfferTermsOf<Test> {
	OfferTerms {
		kind: OfferKind::SmallCellSiteAccess,
		coverage: Coverage::Cells(BoundedVec::truncate_from(vec![310_260_001, 310_260_002])),
		capacity: 10,
		price: PriceModel { flat_per_period: 100, unit_price: 2 },
		billing_period: 20,
		minimum_term: 3,
		sla: H256::repeat_byte(7),
		bond: 500,
		termination_fee: 150,
		valid_until: 1_000,
		auto_accept: false,
	}
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn publish(provider: AccountId, terms: OfferTermsOf<Test>) -> u64 {
	assert_ok!(Settlement::publish_offer(signed(provider), terms));
	NextOfferId::<Test>::get() - 1
}

fn order(offer: u64, quantity: u64, term: u32) -> u64 {
	assert_ok!(Settlement::order(signed(MNO), offer, quantity, term));
	NextAgreementId::<Test>::get() - 1
}

mod catalog {
	use super::*;

	#[test]
	fn a_provider_publishes_updates_and_withdraws() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			assert_eq!(
				last_event(),
				Event::OfferPublished {
					offer,
					provider: SCP,
					kind: OfferKind::SmallCellSiteAccess
				}
			);
			assert_eq!(held(HoldReason::OfferDeposit, SCP), OFFER_DEPOSIT);
			assert_eq!(OffersOf::<Test>::get(SCP).into_inner(), vec![offer]);

			let price = PriceModel { flat_per_period: 0, unit_price: 5 };
			assert_ok!(Settlement::update_offer(signed(SCP), offer, price, 4, 2_000));
			assert_eq!(last_event(), Event::OfferUpdated { offer });
			let terms = Offers::<Test>::get(offer).unwrap().terms;
			assert_eq!((terms.price, terms.capacity, terms.valid_until), (price, 4, 2_000));

			assert_ok!(Settlement::withdraw_offer(signed(SCP), offer));
			assert_eq!(last_event(), Event::OfferWithdrawn { offer });
			assert!(Offers::<Test>::get(offer).is_none());
			assert!(OffersOf::<Test>::get(SCP).is_empty());
			assert_eq!(held(HoldReason::OfferDeposit, SCP), 0);
		});
	}

	#[test]
	fn publishing_needs_a_provider_role_and_sound_terms() {
		build_and_execute(|| {
			assert_noop!(
				Settlement::publish_offer(signed(CONSUMER), site_access()),
				Error::<Test>::NotAProvider
			);
			let cases: [(fn(&mut OfferTermsOf<Test>), Error<Test>); 5] = [
				(
					|t| t.price = PriceModel { flat_per_period: 0, unit_price: 0 },
					Error::<Test>::FreeOffer,
				),
				(|t| t.billing_period = 0, Error::<Test>::ZeroBillingPeriod),
				(|t| t.minimum_term = 0, Error::<Test>::InvalidMinimumTerm),
				(|t| t.minimum_term = MAX_TERM + 1, Error::<Test>::InvalidMinimumTerm),
				(|t| t.valid_until = 0, Error::<Test>::ValidityInPast),
			];
			for (spoil, error) in cases {
				let mut terms = site_access();
				spoil(&mut terms);
				assert_noop!(Settlement::publish_offer(signed(SCP), terms), error);
			}
			for _ in 0..MAX_OFFERS {
				publish(SCP, site_access());
			}
			assert_noop!(
				Settlement::publish_offer(signed(SCP), site_access()),
				Error::<Test>::TooManyOffers
			);
		});
	}

	#[test]
	fn publishing_needs_the_deposit() {
		build_and_execute(|| {
			Roles::mutate(|r| r.push((PAUPER, Role::ServiceProvider)));
			assert_noop!(
				Settlement::publish_offer(signed(PAUPER), site_access()),
				Error::<Test>::InsufficientFunds
			);
		});
	}

	#[test]
	fn only_the_provider_changes_an_offer() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let price = site_access().price;
			assert_noop!(
				Settlement::update_offer(signed(SCP2), offer, price, 1, 100),
				Error::<Test>::NotOfferProvider
			);
			assert_noop!(
				Settlement::update_offer(signed(SCP), 99, price, 1, 100),
				Error::<Test>::UnknownOffer
			);
			assert_noop!(
				Settlement::update_offer(
					signed(SCP),
					offer,
					PriceModel { flat_per_period: 0, unit_price: 0 },
					1,
					100
				),
				Error::<Test>::FreeOffer
			);
			assert_noop!(
				Settlement::withdraw_offer(signed(SCP2), offer),
				Error::<Test>::NotOfferProvider
			);
			assert_noop!(Settlement::withdraw_offer(signed(SCP), 99), Error::<Test>::UnknownOffer);
		});
	}
}

mod ordering {
	use super::*;

	#[test]
	fn an_order_holds_the_first_period_and_acceptance_the_bond() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let agreement = order(offer, 4, 3);
			// 100 flat + 4 units x 2.
			assert_eq!(
				last_event(),
				Event::Ordered {
					agreement,
					offer,
					consumer: MNO,
					quantity: 4,
					term: 3,
					escrow: 108
				}
			);
			assert_eq!(held(HoldReason::Escrow, MNO), 108);
			assert_eq!(Offers::<Test>::get(offer).unwrap().terms.capacity, 6);
			assert_eq!(
				Agreements::<Test>::get(agreement).unwrap().state,
				AgreementState::Pending { accept_by: 1 + ORDER_TIMEOUT }
			);
			assert_eq!(AgreementsOf::<Test>::get(MNO).into_inner(), vec![agreement]);
			assert_eq!(AgreementsOf::<Test>::get(SCP).into_inner(), vec![agreement]);

			System::set_block_number(5);
			assert_ok!(Settlement::accept_order(signed(SCP), agreement));
			assert_eq!(last_event(), Event::AgreementActivated { agreement, start: 5, bond: 500 });
			assert_eq!(held(HoldReason::ProviderBond, SCP), 500);
			let agreement = Agreements::<Test>::get(agreement).unwrap();
			assert_eq!((agreement.state, agreement.start), (AgreementState::Active, Some(5)));
		});
	}

	#[test]
	fn an_auto_accepting_offer_activates_at_once() {
		build_and_execute(|| {
			let offer = publish(SCP, OfferTerms { auto_accept: true, ..site_access() });
			let agreement = order(offer, 1, 3);
			assert_eq!(last_event(), Event::AgreementActivated { agreement, start: 1, bond: 500 });
			assert_eq!(held(HoldReason::ProviderBond, SCP), 500);
		});
	}

	#[test]
	fn rejection_and_timeout_return_the_escrow() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let first = order(offer, 4, 3);
			assert_ok!(Settlement::reject_order(signed(SCP), first));
			assert_eq!(last_event(), Event::OrderRejected { agreement: first, timed_out: false });
			assert_eq!(held(HoldReason::Escrow, MNO), 0);
			assert_eq!(Offers::<Test>::get(offer).unwrap().terms.capacity, 10);
			assert!(Agreements::<Test>::get(first).is_none());
			assert!(AgreementsOf::<Test>::get(MNO).is_empty());

			let second = order(offer, 4, 3);
			assert_noop!(
				Settlement::expire_order(signed(CONSUMER), second),
				Error::<Test>::OrderNotTimedOut
			);
			System::set_block_number(1 + ORDER_TIMEOUT + 1);
			assert_noop!(
				Settlement::accept_order(signed(SCP), second),
				Error::<Test>::OrderTimedOut
			);
			assert_ok!(Settlement::expire_order(signed(CONSUMER), second));
			assert_eq!(last_event(), Event::OrderRejected { agreement: second, timed_out: true });
			assert_eq!(held(HoldReason::Escrow, MNO), 0);
		});
	}

	#[test]
	fn bad_orders_are_refused() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			assert_noop!(Settlement::order(signed(MNO), 99, 1, 3), Error::<Test>::UnknownOffer);
			assert_noop!(Settlement::order(signed(SCP), offer, 1, 3), Error::<Test>::OrderFromSelf);
			assert_noop!(
				Settlement::order(signed(MNO), offer, 0, 3),
				Error::<Test>::InvalidQuantity
			);
			assert_noop!(
				Settlement::order(signed(MNO), offer, 11, 3),
				Error::<Test>::InvalidQuantity
			);
			assert_noop!(Settlement::order(signed(MNO), offer, 1, 2), Error::<Test>::InvalidTerm);
			assert_noop!(
				Settlement::order(signed(MNO), offer, 1, MAX_TERM + 1),
				Error::<Test>::InvalidTerm
			);
			assert_noop!(
				Settlement::order(signed(PAUPER), offer, 1, 3),
				Error::<Test>::InsufficientFunds
			);
			let overflowing = publish(
				SCP2,
				OfferTerms {
					price: PriceModel { flat_per_period: 1, unit_price: Balance::MAX },
					..site_access()
				},
			);
			assert_noop!(
				Settlement::order(signed(MNO), overflowing, 2, 3),
				Error::<Test>::AmountOverflow
			);
			System::set_block_number(1_001);
			assert_noop!(Settlement::order(signed(MNO), offer, 1, 3), Error::<Test>::OfferExpired);
		});
	}

	#[test]
	fn a_withdrawn_offer_takes_no_orders() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			assert_ok!(Settlement::withdraw_offer(signed(SCP), offer));
			assert_noop!(Settlement::order(signed(MNO), offer, 1, 3), Error::<Test>::UnknownOffer);
		});
	}

	#[test]
	fn accounts_are_party_to_a_bounded_number_of_agreements() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			for _ in 0..MAX_AGREEMENTS {
				order(offer, 1, 3);
			}
			assert_noop!(
				Settlement::order(signed(MNO), offer, 1, 3),
				Error::<Test>::TooManyAgreements
			);
		});
	}

	#[test]
	fn a_provider_without_the_bond_cannot_accept() {
		build_and_execute(|| {
			let offer = publish(SCP, OfferTerms { bond: ENDOWMENT, ..site_access() });
			let agreement = order(offer, 1, 3);
			assert_noop!(
				Settlement::accept_order(signed(SCP), agreement),
				Error::<Test>::InsufficientFunds
			);
		});
	}

	#[test]
	fn only_the_provider_answers_a_pending_order() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let agreement = order(offer, 1, 3);
			assert_noop!(
				Settlement::accept_order(signed(SCP2), agreement),
				Error::<Test>::NotProvider
			);
			assert_noop!(
				Settlement::reject_order(signed(MNO), agreement),
				Error::<Test>::NotProvider
			);
			assert_noop!(
				Settlement::accept_order(signed(SCP), 99),
				Error::<Test>::UnknownAgreement
			);
			assert_noop!(
				Settlement::reject_order(signed(SCP), 99),
				Error::<Test>::UnknownAgreement
			);
			assert_ok!(Settlement::accept_order(signed(SCP), agreement));
			assert_noop!(
				Settlement::accept_order(signed(SCP), agreement),
				Error::<Test>::NotPending
			);
			assert_noop!(
				Settlement::reject_order(signed(SCP), agreement),
				Error::<Test>::NotPending
			);
		});
	}
}

mod billing {
	use super::*;
	use frame_support::traits::fungible::Inspect;
	use sp_runtime::{DispatchError, Perbill};

	/// SCP's site access ordered by `consumer` (4 units, 3 periods) and
	/// accepted at block 1: periods end at blocks 21, 41 and 61.
	fn running(consumer: AccountId) -> u64 {
		let offer = publish(SCP, site_access());
		assert_ok!(Settlement::order(signed(consumer), offer, 4, 3));
		let agreement = NextAgreementId::<Test>::get() - 1;
		assert_ok!(Settlement::accept_order(signed(SCP), agreement));
		agreement
	}

	fn free(who: AccountId) -> Balance {
		Balances::balance(&who)
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

	/// An escrow below the period's maximum would let a bill exceed what is
	/// held; try_state catches it even when the hold agrees with the record.
	#[test]
	fn try_state_catches_an_escrow_short_of_the_period_maximum() {
		new_test_ext().execute_with(|| {
			let agreement = running(MNO);
			Settlement::do_try_state().expect("consistent");
			Agreements::<Test>::mutate(agreement, |a| {
				a.as_mut().unwrap().escrow -= 1;
			});
			assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::release(
				&HoldReason::Escrow.into(),
				&MNO,
				1,
				frame_support::traits::tokens::Precision::Exact,
			));
			assert_eq!(
				Settlement::do_try_state(),
				Err("the escrow is the open period's maximum".into())
			);
		});
	}

	#[test]
	fn three_periods_are_billed_and_the_agreement_expires() {
		build_and_execute(|| {
			let agreement = running(MNO);
			let (mno, scp, market) = (free(MNO), free(SCP), free(MARKET));
			// A meter of the provider reports 3 units.
			System::set_block_number(2);
			report(agreement, 0, 3);
			assert_eq!(
				last_event(),
				Event::UsageReported {
					agreement,
					period: 0,
					units: 3,
					evidence: H256::repeat_byte(3)
				}
			);
			System::set_block_number(20);
			assert_noop!(
				Settlement::close_period(signed(CONSUMER), agreement),
				Error::<Test>::PeriodNotOver
			);

			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			// 100 flat + 3 x 2; 1 % fee (floored) to the marketplace.
			assert!(System::events().iter().any(|r| r.event
				== RuntimeEvent::Settlement(Event::Invoiced {
					agreement,
					period: 0,
					flat: 100,
					usage: 6,
					penalty: 0,
					total: 106,
					fee: 1,
					disputed: false,
				})));
			assert_eq!(last_event(), Event::PeriodOpened { agreement, period: 1, escrow: 108 });
			assert_eq!(Bills::<Test>::get(agreement, 0).unwrap().status, BillStatus::Paid);
			assert_eq!(free(SCP), scp + 105);
			assert_eq!(free(MARKET), market + 1);
			// The first escrow (108, held already) paid 106 and returned 2;
			// the next 108 is held from the free balance.
			assert_eq!(free(MNO), mno + 2 - 108);
			assert_eq!(held(HoldReason::Escrow, MNO), 108);

			// No usage in the next two periods: flat only.
			System::set_block_number(41);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			System::set_block_number(61);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			assert_eq!(last_event(), Event::AgreementExpired { agreement });
			let record = Agreements::<Test>::get(agreement).unwrap();
			assert_eq!((record.state, record.escrow), (AgreementState::Expired, 0));
			assert_eq!(held(HoldReason::ProviderBond, SCP), 0);
			assert_eq!(held(HoldReason::Escrow, MNO), 0);
			assert_eq!(free(SCP), scp + 105 + 99 + 99 + 500);
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

	#[test]
	fn a_fee_too_small_to_open_the_market_account_stays_with_the_provider() {
		build_and_execute(|| {
			let agreement = running(MNO);
			// A young chain: no marketplace account yet, and the fee of a
			// 100 bill (1) is below the existential deposit.
			assert_ok!(Balances::transfer_all(signed(MARKET), SCP2, false));
			ExistentialDeposit::set(5);
			let scp = free(SCP);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			let bill = Bills::<Test>::get(agreement, 0).unwrap();
			assert_eq!((bill.total, bill.fee), (100, 0));
			assert_eq!(free(SCP), scp + 100);
			assert!(!System::account_exists(&MARKET));
		});
	}

	#[test]
	fn the_sla_penalty_reduces_the_bill() {
		build_and_execute(|| {
			let agreement = running(MNO);
			Penalty::set(Perbill::from_percent(10));
			report(agreement, 0, 3);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			let bill = Bills::<Test>::get(agreement, 0).unwrap();
			assert_eq!((bill.penalty, bill.total, bill.fee), (10, 96, 0));
		});
	}

	#[test]
	fn a_disputed_period_waits_for_arbitration() {
		build_and_execute(|| {
			let agreement = running(MNO);
			let (mno, scp) = (free(MNO), free(SCP));
			report(agreement, 0, 4);
			assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 0, H256::repeat_byte(9)));
			assert_eq!(
				last_event(),
				Event::UsageDisputed {
					agreement,
					period: 0,
					by: MNO,
					evidence: H256::repeat_byte(9)
				}
			);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
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
			assert_eq!(free(MNO), mno - 108 + 54);
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
	fn the_provider_disputes_an_sla_penalty() {
		build_and_execute(|| {
			let agreement = running(MNO);
			let (mno, scp) = (free(MNO), free(SCP));
			Penalty::set(Perbill::from_percent(10));
			report(agreement, 0, 3);
			assert_ok!(Settlement::dispute_usage(signed(SCP), agreement, 0, H256::repeat_byte(8)));
			assert_eq!(
				last_event(),
				Event::UsageDisputed {
					agreement,
					period: 0,
					by: SCP,
					evidence: H256::repeat_byte(8)
				}
			);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			// Flat 100 + usage 6 are in question, not the 96 after the penalty.
			let bill = Bills::<Test>::get(agreement, 0).unwrap();
			assert_eq!((bill.total, bill.status), (96, BillStatus::Disputed));
			assert_eq!(held(HoldReason::DisputedPayment, MNO), 106);

			// Arbitration lifts the penalty: the provider gets all 106.
			assert_ok!(Settlement::resolve_dispute(
				RuntimeOrigin::root(),
				agreement,
				0,
				Perbill::one()
			));
			assert_eq!(
				last_event(),
				Event::DisputeResolved {
					agreement,
					period: 0,
					provider_share: Perbill::one(),
					to_provider: 106,
					to_consumer: 0,
				}
			);
			// 106 less the 1 % fee; the consumer paid 106 of its 108 escrow.
			assert_eq!(free(SCP), scp + 105);
			assert_eq!(free(MNO), mno + 2 - 108);
		});
	}

	#[test]
	fn bad_usage_reports_are_refused() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let pending = order(offer, 4, 3);
			assert_noop!(
				Settlement::submit_usage(signed(SCP), pending, 0, 1, H256::zero()),
				Error::<Test>::NotActive
			);
			assert_noop!(
				Settlement::submit_usage(signed(SCP), 99, 0, 1, H256::zero()),
				Error::<Test>::UnknownAgreement
			);
			let agreement = running(MNO);
			for stranger in [SCP2, MNO] {
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
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
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
				Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()),
				Error::<Test>::NoUsage
			);
			report(agreement, 0, 1);
			assert_noop!(
				Settlement::dispute_usage(signed(SCP2), agreement, 0, H256::zero()),
				Error::<Test>::NotParty
			);
			System::set_block_number(1 + DISPUTE_WINDOW + 1);
			assert_noop!(
				Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()),
				Error::<Test>::DisputeWindowOver
			);
			System::set_block_number(1);
			assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()));
			assert_noop!(
				Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()),
				Error::<Test>::AlreadyDisputed
			);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			assert_noop!(
				Settlement::dispute_usage(signed(MNO), agreement, 0, H256::zero()),
				Error::<Test>::PeriodClosed
			);
		});
	}

	#[test]
	fn closing_waits_for_the_dispute_window() {
		build_and_execute(|| {
			let agreement = running(MNO);
			assert_noop!(
				Settlement::close_period(signed(MNO), 99),
				Error::<Test>::UnknownAgreement
			);
			System::set_block_number(20);
			report(agreement, 0, 1);
			System::set_block_number(21);
			assert_noop!(
				Settlement::close_period(signed(MNO), agreement),
				Error::<Test>::DisputeWindowOpen
			);
			System::set_block_number(20 + DISPUTE_WINDOW + 1);
			assert_ok!(Settlement::close_period(signed(MNO), agreement));
		});
	}

	#[test]
	fn a_consumer_without_funds_is_suspended_then_terminated() {
		build_and_execute(|| {
			let agreement = running(CONSUMER);
			// Spend all but 100: the next period's 108 cannot be held.
			let spendable = free(CONSUMER) - 100;
			assert_ok!(Balances::transfer_allow_death(signed(CONSUMER), SCP2, spendable));
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(MNO), agreement));
			assert_eq!(last_event(), Event::AgreementSuspended { agreement, period: 1 });
			assert_eq!(
				Agreements::<Test>::get(agreement).unwrap().state,
				AgreementState::Suspended { since: 21 }
			);
			assert_noop!(Settlement::resume(signed(MNO), agreement), Error::<Test>::NotConsumer);
			assert_noop!(
				Settlement::resume(signed(CONSUMER), agreement),
				Error::<Test>::InsufficientFunds
			);
			assert_noop!(
				Settlement::close_period(signed(MNO), agreement),
				Error::<Test>::GracePeriodNotOver
			);

			System::set_block_number(41);
			assert_ok!(Settlement::close_period(signed(MNO), agreement));
			assert_eq!(last_event(), Event::AgreementTerminated { agreement });
			assert_eq!(held(HoldReason::ProviderBond, SCP), 0);
			assert_noop!(
				Settlement::resume(signed(CONSUMER), agreement),
				Error::<Test>::NotSuspended
			);
		});
	}

	#[test]
	fn a_suspended_consumer_resumes() {
		build_and_execute(|| {
			let agreement = running(CONSUMER);
			let spendable = free(CONSUMER) - 100;
			assert_ok!(Balances::transfer_allow_death(signed(CONSUMER), SCP2, spendable));
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(MNO), agreement));
			assert_ok!(Balances::transfer_allow_death(signed(SCP2), CONSUMER, 1_000));
			assert_ok!(Settlement::resume(signed(CONSUMER), agreement));
			assert_eq!(last_event(), Event::AgreementResumed { agreement, escrow: 108 });
			assert_eq!(Agreements::<Test>::get(agreement).unwrap().state, AgreementState::Active);
			assert_noop!(
				Settlement::resume(signed(CONSUMER), agreement),
				Error::<Test>::NotSuspended
			);
		});
	}

	#[test]
	fn notice_ends_the_agreement_when_the_open_period_closes() {
		build_and_execute(|| {
			let agreement = running(MNO);
			let (mno, scp) = (free(MNO), free(SCP));
			assert_ok!(Settlement::give_notice(signed(MNO), agreement));
			assert_eq!(
				last_event(),
				Event::TerminationNoticed { agreement, by: MNO, fee: 150, last_period: 0 }
			);
			assert_eq!(free(MNO), mno - 150);
			assert_eq!(free(SCP), scp + 150);
			// The open period is still used and billed as agreed.
			report(agreement, 0, 2);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			assert_eq!(last_event(), Event::AgreementTerminated { agreement });
			let record = Agreements::<Test>::get(agreement).unwrap();
			assert_eq!((record.state, record.escrow), (AgreementState::Terminated, 0));
			assert_eq!(Bills::<Test>::get(agreement, 0).unwrap().total, 104);
			assert_eq!(held(HoldReason::Escrow, MNO), 0);
			assert_eq!(held(HoldReason::ProviderBond, SCP), 0);
			// Billed 104 (1 % fee: 1), paid the fee 150, nothing else held.
			assert_eq!(free(MNO), mno - 150 - 104 + 108);
			assert_eq!(free(SCP), scp + 150 + 103 + 500);
		});
	}

	#[test]
	fn the_provider_may_give_notice_and_pays_the_fee() {
		build_and_execute(|| {
			let agreement = running(MNO);
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			let mno = free(MNO);
			assert_ok!(Settlement::give_notice(signed(SCP), agreement));
			assert_eq!(
				last_event(),
				Event::TerminationNoticed { agreement, by: SCP, fee: 150, last_period: 1 }
			);
			assert_eq!(free(MNO), mno + 150);
			System::set_block_number(41);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			assert_eq!(last_event(), Event::AgreementTerminated { agreement });
			assert_noop!(
				Settlement::close_period(signed(CONSUMER), agreement),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn bad_notices_are_refused() {
		build_and_execute(|| {
			assert_noop!(Settlement::give_notice(signed(MNO), 99), Error::<Test>::UnknownAgreement);
			let agreement = running(CONSUMER);
			assert_noop!(Settlement::give_notice(signed(SCP2), agreement), Error::<Test>::NotParty);
			// The consumer keeps 100 free: the fee of 150 is too much.
			let spendable = free(CONSUMER) - 100;
			assert_ok!(Balances::transfer_allow_death(signed(CONSUMER), SCP2, spendable));
			assert_noop!(
				Settlement::give_notice(signed(CONSUMER), agreement),
				Error::<Test>::InsufficientFunds
			);
			// Suspended (it cannot fund period 1): it ends by itself.
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(MNO), agreement));
			assert_noop!(Settlement::give_notice(signed(SCP), agreement), Error::<Test>::NotActive);

			let pending = order(Agreements::<Test>::get(agreement).unwrap().offer, 1, 3);
			assert_noop!(Settlement::give_notice(signed(MNO), pending), Error::<Test>::NotActive);
		});
	}

	#[test]
	fn notice_is_given_once_and_not_in_the_last_period() {
		build_and_execute(|| {
			let agreement = running(MNO);
			assert_ok!(Settlement::give_notice(signed(SCP), agreement));
			assert_noop!(
				Settlement::give_notice(signed(MNO), agreement),
				Error::<Test>::NoticeGiven
			);

			let agreement = running(SCP2);
			for end in [21, 41] {
				System::set_block_number(end);
				assert_ok!(Settlement::close_period(signed(MNO), agreement));
			}
			assert_noop!(
				Settlement::give_notice(signed(SCP2), agreement),
				Error::<Test>::LastPeriod
			);
		});
	}

	/// Runs `agreement` (accepted at block 1) to its end, period 1 disputed.
	fn expire_with_a_dispute(agreement: u64) {
		for period in 0..3u32 {
			System::set_block_number(1 + 20 * period as u64);
			report(agreement, period, 1);
			if period == 1 {
				assert_ok!(Settlement::dispute_usage(signed(MNO), agreement, 1, H256::zero()));
			}
			System::set_block_number(21 + 20 * period as u64);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
		}
		assert_eq!(Agreements::<Test>::get(agreement).unwrap().state, AgreementState::Expired);
	}

	#[test]
	fn a_party_purges_an_ended_agreement() {
		build_and_execute(|| {
			let agreement = running(MNO);
			assert_noop!(
				Settlement::purge_agreement(signed(MNO), 99),
				Error::<Test>::UnknownAgreement
			);
			assert_noop!(
				Settlement::purge_agreement(signed(MNO), agreement),
				Error::<Test>::NotEnded
			);
			expire_with_a_dispute(agreement);
			assert_noop!(
				Settlement::purge_agreement(signed(SCP2), agreement),
				Error::<Test>::NotParty
			);
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
			assert!(AgreementsOf::<Test>::get(MNO).is_empty());
			assert!(AgreementsOf::<Test>::get(SCP).is_empty());
		});
	}

	#[test]
	fn purging_frees_index_slots() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let mut ended = 0;
			for _ in 0..MAX_AGREEMENTS {
				let rejected = order(offer, 1, 3);
				assert_ok!(Settlement::reject_order(signed(SCP), rejected));
				ended = order(offer, 1, 3);
			}
			// MNO is party to MAX_AGREEMENTS pending orders now.
			assert_noop!(
				Settlement::order(signed(MNO), offer, 1, 3),
				Error::<Test>::TooManyAgreements
			);
			assert_ok!(Settlement::accept_order(signed(SCP), ended));
			assert_ok!(Settlement::give_notice(signed(MNO), ended));
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), ended));
			assert_ok!(Settlement::purge_agreement(signed(MNO), ended));
			assert_ok!(Settlement::order(signed(MNO), offer, 1, 3));
		});
	}
}

mod queries {
	use super::*;

	#[test]
	fn the_runtime_api_lists_offers_agreements_bills_and_nettings() {
		build_and_execute(|| {
			let site = publish(SCP, site_access());
			let capacity = publish(
				SCP2,
				OfferTerms {
					kind: OfferKind::NetworkSlice(SliceType::Urllc),
					coverage: Coverage::Geohash(BoundedVec::truncate_from(b"u4pruyd".to_vec())),
					..site_access()
				},
			);
			let ids = |offers: Vec<runtime_api::OfferInfo<AccountId, Balance, u64>>| {
				offers.into_iter().map(|o| o.id).collect::<Vec<_>>()
			};
			assert_eq!(ids(Settlement::offers(None, None)), vec![site, capacity]);
			assert_eq!(ids(Settlement::offers(None, Some(SCP2))), vec![capacity]);
			assert_eq!(
				ids(Settlement::offers(Some(OfferKind::SmallCellSiteAccess), None)),
				vec![site]
			);
			assert!(Settlement::offers(Some(OfferKind::EdgeCompute), Some(SCP)).is_empty());
			let urllc = &Settlement::offers(None, Some(SCP2))[0];
			assert_eq!(urllc.coverage, runtime_api::CoverageInfo::Geohash("u4pruyd".into()));
			assert_eq!((urllc.provider, urllc.termination_fee), (SCP2, 150));

			let agreement = order(site, 4, 3);
			assert_ok!(Settlement::accept_order(signed(SCP), agreement));
			let mine = Settlement::agreements_of(&MNO);
			assert_eq!(mine.len(), 1);
			assert_eq!((mine[0].id, mine[0].agreement.state), (agreement, AgreementState::Active));
			assert_eq!(Settlement::agreements_of(&SCP)[0].id, agreement);
			assert!(Settlement::agreements_of(&SCP2).is_empty());

			assert!(Settlement::statements(agreement).is_empty());
			assert_ok!(Settlement::submit_usage(signed(SCP), agreement, 0, 3, H256::zero()));
			let open = Settlement::statements(agreement);
			assert_eq!((open[0].period, open[0].bill.is_none()), (0, true));
			assert_eq!(open[0].usage.as_ref().map(|u| u.units), Some(3));
			System::set_block_number(21);
			assert_ok!(Settlement::close_period(signed(CONSUMER), agreement));
			let closed = Settlement::statements(agreement);
			assert_eq!(closed.len(), 1);
			assert_eq!(closed[0].bill.as_ref().map(|b| b.total), Some(106));
			assert!(Settlement::statements(99).is_empty());
		});
	}
}

#[test]
fn ids_never_wrap() {
	build_and_execute(|| {
		let offer = publish(SCP, site_access());
		NextOfferId::<Test>::put(u64::MAX);
		assert_noop!(
			Settlement::publish_offer(signed(SCP2), site_access()),
			Error::<Test>::IdsExhausted
		);
		NextAgreementId::<Test>::put(u64::MAX);
		assert_noop!(Settlement::order(signed(MNO), offer, 1, 3), Error::<Test>::IdsExhausted);
		NextGroupId::<Test>::put(u32::MAX);
		assert_noop!(
			Settlement::create_settlement_group(signed(MNO), 10),
			Error::<Test>::IdsExhausted
		);
	});
}
