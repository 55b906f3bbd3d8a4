//! Unit tests: every call, every error, funds conserved.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_core::H256;

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
			let cases: [(fn(&mut OfferTermsOf<Test>), Error<Test>); 6] = [
				(
					|t| t.price = PriceModel { flat_per_period: 0, unit_price: 0 },
					Error::<Test>::FreeOffer,
				),
				(|t| t.billing_period = 0, Error::<Test>::ZeroBillingPeriod),
				(|t| t.minimum_term = 0, Error::<Test>::InvalidMinimumTerm),
				(|t| t.minimum_term = MAX_TERM + 1, Error::<Test>::InvalidMinimumTerm),
				(|t| t.valid_until = 0, Error::<Test>::ValidityInPast),
				(|t| t.bond = 149, Error::<Test>::BondBelowTerminationFee),
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
			// The escrow fits, the commitment (350) does not.
			assert_ok!(Balances::transfer_allow_death(signed(SCP2), PAUPER, 200));
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

	/// Issue 11, item 7: orders could not be cancelled and pinned capacity
	/// and the provider's agreement slots until the timeout, without bound.
	#[test]
	fn a_consumer_cancels_and_has_a_bounded_number_of_orders_waiting() {
		build_and_execute(|| {
			let offer = publish(SCP, site_access());
			let mno = Balances::free_balance(MNO);
			let first = order(offer, 4, 3);
			for _ in 1..MAX_PENDING {
				order(offer, 1, 3);
			}
			assert_noop!(
				Settlement::order(signed(MNO), offer, 1, 3),
				Error::<Test>::TooManyPendingOrders
			);
			assert_noop!(Settlement::cancel_order(signed(SCP), first), Error::<Test>::NotConsumer);
			assert_ok!(Settlement::cancel_order(signed(MNO), first));
			assert_eq!(last_event(), Event::OrderCancelled { agreement: first });
			assert_eq!(Offers::<Test>::get(offer).unwrap().terms.capacity, 9);
			assert_noop!(
				Settlement::cancel_order(signed(MNO), first),
				Error::<Test>::UnknownAgreement
			);
			let second = order(offer, 1, 3);
			assert_ok!(Settlement::accept_order(signed(SCP), second));
			assert_noop!(Settlement::cancel_order(signed(MNO), second), Error::<Test>::NotPending);
			// Only what the running agreement and the waiting order hold.
			assert_eq!(Balances::free_balance(MNO), mno - 2 * (102 + 350));
			assert_eq!(PendingOrdersOf::<Test>::get(MNO), 1);
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
				let agreement = order(offer, 1, 3);
				assert_ok!(Settlement::accept_order(signed(SCP), agreement));
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
			System::set_block_number(29);
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
