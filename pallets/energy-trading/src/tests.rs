//! Unit tests: every call, every error, the clearing and settlement rules.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use tsm_primitives::DeliveredVia::Pool;

fn offer(who: AccountId, meter: AccountId, wh: u64) -> sp_runtime::DispatchResult {
	Energy::offer_energy(signed(who), S, OPEN_POOL, meter, wh)
}

fn request(who: AccountId, meter: AccountId, wh: u64) -> sp_runtime::DispatchResult {
	Energy::request_energy(signed(who), S, OPEN_POOL, meter, wh)
}

fn read(meter: AccountId, exported: u64, imported: u64) -> sp_runtime::DispatchResult {
	Energy::submit_reading(signed(meter), S, exported, imported)
}

fn settle(who: AccountId) -> sp_runtime::DispatchResult {
	Energy::settle_position(signed(OUTSIDER), S, who)
}

fn held(who: AccountId, reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

mod positions {
	use super::*;

	#[test]
	fn a_position_needs_a_credential_an_own_meter_an_open_slot_and_a_sane_quantity() {
		build_and_execute(|| {
			assert_noop!(offer(OUTSIDER, METER_E, 1_000), Error::<Test>::NoEnergyCredential);
			// A consumer buys but does not sell.
			assert_noop!(offer(BUYER_C, METER_C, 1_000), Error::<Test>::NoEnergyCredential);
			assert_noop!(offer(SELLER_A, METER_B, 1_000), Error::<Test>::NotYourMeter);
			assert_noop!(offer(SELLER_A, PROBE, 1_000), Error::<Test>::NotYourMeter);
			assert_noop!(offer(SELLER_A, METER_A, 0), Error::<Test>::QuantityOutOfRange);
			assert_noop!(offer(SELLER_A, METER_A, MIN_WH - 1), Error::<Test>::QuantityOutOfRange);
			assert_noop!(offer(SELLER_A, METER_A, MAX_WH + 1), Error::<Test>::QuantityOutOfRange);
			assert_noop!(request(PAUPER, METER_P, 1_000), Error::<Test>::InsufficientFunds);
			assert_noop!(
				Energy::offer_energy(signed(SELLER_A), 200, OPEN_POOL, METER_A, 1_000),
				Error::<Test>::SlotNotOpen
			);
			Price::set(0);
			assert_noop!(offer(SELLER_A, METER_A, 1_000), Error::<Test>::NoRegulatedPrice);
			Price::set(200);
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_noop!(offer(SELLER_A, METER_A, 1_000), Error::<Test>::AlreadyInSlot);
			// Gate closure: five minutes before the slot.
			at(S, -(GATE as i64));
			assert_noop!(request(BUYER_C, METER_C, 1_000), Error::<Test>::SlotNotOpen);
		});
	}

	#[test]
	fn buyers_hold_their_most_cost_and_sellers_their_collateral_at_the_slots_price() {
		build_and_execute(|| {
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert!(events().contains(&Event::SlotOpened { slot: S, pool: OPEN_POOL, price: 200 }));
			// The price is fixed when the market opens.
			Price::set(400);
			assert_ok!(request(BUYER_C, METER_C, 2_000));
			assert_eq!(held(SELLER_A, HoldReason::Collateral), 100);
			assert_eq!(held(BUYER_C, HoldReason::Escrow), 400);
			let market = Slots::<Test>::get(S, OPEN_POOL).unwrap();
			assert_eq!(
				(market.price, market.offered, market.requested, market.positions),
				(200, 1_000, 2_000, 2)
			);
		});
	}

	#[test]
	fn a_position_is_cancelled_only_before_gate_closure() {
		build_and_execute(|| {
			assert_noop!(
				Energy::cancel_position(signed(BUYER_C), S),
				Error::<Test>::UnknownPosition
			);
			assert_ok!(request(BUYER_C, METER_C, 2_000));
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_ok!(Energy::cancel_position(signed(BUYER_C), S));
			assert_eq!(held(BUYER_C, HoldReason::Escrow), 0);
			assert_eq!(Slots::<Test>::get(S, OPEN_POOL).unwrap().requested, 0);
			at(S, -(GATE as i64));
			assert_noop!(Energy::cancel_position(signed(SELLER_A), S), Error::<Test>::SlotNotOpen);
		});
	}
}

mod readings {
	use super::*;

	#[test]
	fn a_meter_reports_its_slot_once_in_the_window() {
		build_and_execute(|| {
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_ok!(request(BUYER_C, METER_C, 600));
			assert_noop!(read(METER_A, 800, 0), Error::<Test>::SlotNotOver);
			at(S + 1, 0);
			assert_noop!(read(SELLER_A, 800, 0), Error::<Test>::NotAMeter);
			assert_noop!(read(PROBE, 800, 0), Error::<Test>::NotAMeter);
			assert_noop!(read(METER_A, MAX_WH + 1, 0), Error::<Test>::ReadingOutOfRange);
			assert_ok!(read(METER_A, 800, 5));
			assert_noop!(read(METER_A, 800, 5), Error::<Test>::ReadingExists);
			// The export counts up to the seller's fill: 600 of its 1 000.
			let position = Positions::<Test>::get(S, SELLER_A).unwrap();
			assert_eq!(position.delivered, 600);
			assert_eq!(Slots::<Test>::get(S, OPEN_POOL).unwrap().delivered, 600);
			at(S + 1, WINDOW as i64);
			assert_noop!(read(METER_C, 0, 600), Error::<Test>::ReadingTooLate);
		});
	}

	#[test]
	fn readings_are_removed_after_their_retention() {
		build_and_execute(|| {
			at(S + 1, 0);
			assert_ok!(read(METER_A, 800, 5));
			assert_noop!(
				Energy::remove_reading(signed(OUTSIDER), METER_B, S),
				Error::<Test>::UnknownReading
			);
			at(S + RETENTION, 0);
			assert_noop!(
				Energy::remove_reading(signed(OUTSIDER), METER_A, S),
				Error::<Test>::ReadingRetained
			);
			at(S + RETENTION + 1, 0);
			assert_ok!(Energy::remove_reading(signed(OUTSIDER), METER_A, S));
			assert!(Readings::<Test>::get(METER_A, S).is_none());
		});
	}
}

mod settlement {
	use super::*;

	/// Sellers offer 3 000 and 1 000 Wh, buyers request 1 000 each: the
	/// sellers are the long side and are filled half (1 500 and 500); A
	/// delivers its fill, B only 200 of its 500.
	fn slot_with_a_short_seller() {
		assert_ok!(offer(SELLER_A, METER_A, 3_000));
		assert_ok!(offer(SELLER_B, METER_B, 1_000));
		assert_ok!(request(BUYER_C, METER_C, 1_000));
		assert_ok!(request(BUYER_D, METER_D, 1_000));
		at(S + 1, 0);
		assert_ok!(read(METER_A, 2_000, 0));
		assert_ok!(read(METER_B, 200, 0));
	}

	#[test]
	fn the_pool_pays_sellers_for_what_they_delivered_and_buyers_share_the_shortfall_penalty() {
		build_and_execute(|| {
			let before: Vec<Balance> =
				[SELLER_A, SELLER_B, BUYER_C, BUYER_D, MARKET].iter().map(|w| free(*w)).collect();
			slot_with_a_short_seller();
			assert_noop!(settle(BUYER_C), Error::<Test>::ReadingWindowOpen);
			at(S + 1, WINDOW as i64);
			for who in [SELLER_A, SELLER_B, BUYER_C] {
				assert_ok!(settle(who));
			}
			// Paid in, but D has not: nobody collects yet.
			assert_noop!(settle(SELLER_A), Error::<Test>::OthersNotSettled);
			assert_ok!(settle(BUYER_D));
			// 1 700 Wh delivered, 850 to each buyer at 0.2: 170 each; B
			// forfeits half the value of its 300 Wh shortfall: 30.
			let market = Slots::<Test>::get(S, OPEN_POOL).unwrap();
			assert_eq!((market.delivered, market.paid_in, market.penalties), (1_700, 340, 30));
			for who in [SELLER_A, SELLER_B, BUYER_C, BUYER_D] {
				assert_ok!(settle(who));
			}
			assert!(Slots::<Test>::get(S, OPEN_POOL).is_none());
			// A: 340 × 1 500 / 1 700 = 300, less 1 %; B: 40 less nothing, less
			// its 30; each buyer paid 170 and got 15 of the penalty.
			let after: Vec<Balance> =
				[SELLER_A, SELLER_B, BUYER_C, BUYER_D, MARKET].iter().map(|w| free(*w)).collect();
			assert_eq!(after[0], before[0] + 297);
			assert_eq!(after[1], before[1] + 40 - 30);
			assert_eq!(after[2], before[2] - 170 + 15);
			assert_eq!(after[3], before[3] - 170 + 15);
			assert_eq!(after[4], before[4] + 3);
			assert_eq!(free(Energy::pool_account()), ED);
			assert!(events().contains(&Event::PositionPaid {
				slot: S,
				who: SELLER_A,
				amount: 297,
				fee: 3
			}));
			assert_eq!(
				Delivered::get(),
				vec![
					(S, Some((SELLER_A, METER_A)), None, Pool(OPEN_POOL), 1_500),
					(S, Some((SELLER_B, METER_B)), None, Pool(OPEN_POOL), 200),
					(S, None, Some((BUYER_C, METER_C)), Pool(OPEN_POOL), 850),
					(S, None, Some((BUYER_D, METER_D)), Pool(OPEN_POOL), 850),
				]
			);
		});
	}

	#[test]
	fn a_seller_whose_meter_never_reported_delivered_nothing() {
		build_and_execute(|| {
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_ok!(request(BUYER_C, METER_C, 1_000));
			let buyer = free(BUYER_C);
			at(S + 1, WINDOW as i64);
			assert_ok!(settle(SELLER_A));
			assert_ok!(settle(BUYER_C));
			assert_ok!(settle(SELLER_A));
			assert_ok!(settle(BUYER_C));
			// The buyer paid nothing and got the seller's whole collateral.
			assert_eq!(free(BUYER_C), buyer + 200 + 100);
			assert_eq!(free(Energy::pool_account()), ED);
		});
	}

	#[test]
	fn the_buyers_are_the_long_side_and_are_filled_pro_rata() {
		build_and_execute(|| {
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_ok!(request(BUYER_C, METER_C, 1_500));
			assert_ok!(request(BUYER_D, METER_D, 500));
			at(S + 1, 0);
			assert_ok!(read(METER_A, 1_000, 0));
			at(S + 1, WINDOW as i64);
			for who in [SELLER_A, BUYER_C, BUYER_D] {
				assert_ok!(settle(who));
			}
			let paid: Vec<_> = events()
				.into_iter()
				.filter_map(|e| match e {
					Event::PositionSettled { who, filled, paid, .. } => Some((who, filled, paid)),
					_ => None,
				})
				.collect();
			assert_eq!(paid, vec![(SELLER_A, 1_000, 0), (BUYER_C, 750, 150), (BUYER_D, 250, 50)]);
			for who in [SELLER_A, BUYER_C, BUYER_D] {
				assert_ok!(settle(who));
			}
		});
	}

	#[test]
	fn an_unfunded_pool_refuses_dust_and_says_so() {
		build_and_execute(|| {
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_ok!(request(BUYER_C, METER_C, 1_000));
			at(S + 1, 0);
			assert_ok!(read(METER_A, 25, 0));
			at(S + 1, WINDOW as i64);
			// Drain the pool's existential deposit.
			let pool = Energy::pool_account();
			assert_ok!(Balances::transfer_allow_death(signed(pool), MARKET, ED));
			// The buyer owes 5 for 25 Wh: below the existential deposit.
			assert_noop!(settle(BUYER_C), Error::<Test>::PoolUnfunded);
			assert_ok!(Balances::transfer_allow_death(signed(MARKET), pool, ED));
			assert_ok!(settle(BUYER_C));
			assert_ok!(settle(SELLER_A));
			assert_ok!(settle(BUYER_C));
			assert_ok!(settle(SELLER_A));
		});
	}

	#[test]
	fn settling_an_unknown_position_is_refused() {
		build_and_execute(|| {
			at(S + 1, WINDOW as i64);
			assert_noop!(settle(BUYER_C), Error::<Test>::UnknownPosition);
		});
	}
}

mod timing {
	use super::*;

	#[test]
	fn governance_sets_the_timing_only_while_no_slot_has_positions() {
		build_and_execute(|| {
			let timing =
				SlotTiming { length: 60_000, gate_closure: 10_000, reading_window: 30_000 };
			assert_noop!(
				Energy::set_timing(signed(SELLER_A), timing),
				sp_runtime::DispatchError::BadOrigin
			);
			assert_noop!(
				Energy::set_timing(RuntimeOrigin::root(), SlotTiming { length: 0, ..timing }),
				Error::<Test>::InvalidTiming
			);
			assert_noop!(
				Energy::set_timing(
					RuntimeOrigin::root(),
					SlotTiming { reading_window: 0, ..timing }
				),
				Error::<Test>::InvalidTiming
			);
			assert_ok!(offer(SELLER_A, METER_A, 1_000));
			assert_noop!(
				Energy::set_timing(RuntimeOrigin::root(), timing),
				Error::<Test>::SlotsInUse
			);
			assert_ok!(Energy::cancel_position(signed(SELLER_A), S));
			assert_ok!(Energy::set_timing(RuntimeOrigin::root(), timing));
			assert_eq!(Energy::current_slot(), 1_000_000 / 60_000);
			assert!(events().contains(&Event::TimingSet { timing }));
		});
	}
}

mod queries {
	use super::*;

	#[test]
	fn the_clock_slots_and_readings_answer_as_apps_read_them() {
		build_and_execute(|| {
			let clock = Energy::clock();
			assert_eq!((clock.now, clock.current_slot), (1_000_000, 1));
			// Slot 2 starts at 1 800 000; its gate closed at 1 500 000 — open.
			assert_eq!(clock.first_open_slot, 2);
			assert!(Energy::slot_info(S).is_none());
			assert_ok!(offer(SELLER_A, METER_A, 3_000));
			assert_ok!(request(BUYER_C, METER_C, 1_000));
			let info = Energy::slot_info(S).unwrap();
			assert_eq!(
				(info.start, info.end, info.gate_closure),
				(S * SLOT, (S + 1) * SLOT, S * SLOT - GATE)
			);
			assert_eq!(info.settlement_opens, (S + 1) * SLOT + WINDOW);
			let fills: Vec<_> = info.positions.iter().map(|p| (p.who, p.fill)).collect();
			assert!(fills.contains(&(SELLER_A, 1_000)) && fills.contains(&(BUYER_C, 1_000)));
			at(S + 1, 0);
			assert_ok!(read(METER_A, 900, 0));
			let readings = Energy::readings(METER_A, 0, 100);
			assert_eq!(readings.len(), 1);
			assert_eq!((readings[0].slot, readings[0].reading.exported), (S, 900));
			// A span beyond the cap is cut.
			assert!(Energy::readings(METER_A, 0, u64::MAX).len() == 1);
			assert!(Energy::readings(METER_A, S + 1, u64::MAX).is_empty());
		});
	}
}

mod certified_pools {
	use super::*;
	use tsm_primitives::{EnergySource::*, SourceRequirement::*};

	fn offer_in(pool: crate::Pool, who: AccountId, meter: AccountId, wh: u64) -> DispatchResult {
		Energy::offer_energy(signed(who), S, pool, meter, wh)
	}

	fn request_in(pool: crate::Pool, who: AccountId, meter: AccountId, wh: u64) -> DispatchResult {
		Energy::request_energy(signed(who), S, pool, meter, wh)
	}

	use sp_runtime::DispatchResult;

	#[test]
	fn a_seller_enters_a_certified_pool_only_with_a_source_that_meets_it() {
		build_and_execute(|| {
			Certified::set(vec![(METER_B, Wind)]);
			// No certified device at all, or one of another source.
			assert_noop!(
				offer_in(Some(Renewable), SELLER_A, METER_A, 1_000),
				Error::<Test>::SourceNotCertified
			);
			assert_noop!(
				offer_in(Some(Only(Solar)), SELLER_B, METER_B, 1_000),
				Error::<Test>::SourceNotCertified
			);
			// Storage discharge is certified but not renewable.
			Certified::set(vec![(METER_A, StorageDischarge), (METER_B, Wind)]);
			assert_noop!(
				offer_in(Some(Renewable), SELLER_A, METER_A, 1_000),
				Error::<Test>::SourceNotCertified
			);
			assert_ok!(offer_in(Some(Only(Wind)), SELLER_B, METER_B, 1_000));
			// Uncertified energy sells in the open pool; buyers join any pool.
			assert_ok!(offer_in(OPEN_POOL, SELLER_A, METER_A, 1_000));
			assert_ok!(request_in(Some(Only(Solar)), BUYER_C, METER_C, 1_000));
			assert!(events().contains(&Event::EnergyOffered {
				slot: S,
				pool: Some(Only(Wind)),
				seller: SELLER_B,
				meter: METER_B,
				wh: 1_000,
				collateral: 100
			}));
		});
	}

	#[test]
	fn each_pool_clears_on_its_own_totals_and_settles_its_own_delivery() {
		build_and_execute(|| {
			Certified::set(vec![(METER_B, Solar)]);
			// The open pool: A sells 1 000 to D. The renewable pool: B sells
			// 1 000, C asks 2 000 — C gets only B's energy, never A's.
			assert_ok!(offer_in(OPEN_POOL, SELLER_A, METER_A, 1_000));
			assert_ok!(request_in(OPEN_POOL, BUYER_D, METER_D, 1_000));
			assert_ok!(offer_in(Some(Renewable), SELLER_B, METER_B, 1_000));
			assert_ok!(request_in(Some(Renewable), BUYER_C, METER_C, 2_000));
			let info = Energy::slot_info(S).unwrap();
			assert_eq!(info.pools.len(), 2);
			let fills: Vec<_> =
				info.positions.iter().map(|p| (p.who, p.position.pool, p.fill)).collect();
			for expected in [
				(SELLER_A, OPEN_POOL, 1_000),
				(BUYER_D, OPEN_POOL, 1_000),
				(SELLER_B, Some(Renewable), 1_000),
				(BUYER_C, Some(Renewable), 1_000),
			] {
				assert!(fills.contains(&expected), "{expected:?} in {fills:?}");
			}
			at(S + 1, 0);
			assert_ok!(read(METER_A, 1_000, 0));
			assert_ok!(read(METER_B, 800, 0));
			// B's certified sale keeps its delivered export for its buyers.
			assert_eq!(
				<Energy as tsm_primitives::MeterReadings<AccountId>>::trade_delivery(&METER_B, S),
				800
			);
			assert_eq!(
				<Energy as tsm_primitives::MeterReadings<AccountId>>::trade_delivery(&METER_A, S),
				0
			);
			at(S + 1, WINDOW as i64);
			for who in [SELLER_A, SELLER_B, BUYER_C, BUYER_D] {
				assert_ok!(settle(who));
			}
			for who in [SELLER_A, SELLER_B, BUYER_C, BUYER_D] {
				assert_ok!(settle(who));
			}
			assert!(Slots::<Test>::iter().next().is_none());
			let renewable = Pool(Some(Renewable));
			assert_eq!(
				Delivered::get(),
				vec![
					(S, Some((SELLER_A, METER_A)), None, Pool(OPEN_POOL), 1_000),
					(S, Some((SELLER_B, METER_B)), None, renewable, 800),
					(S, None, Some((BUYER_C, METER_C)), renewable, 800),
					(S, None, Some((BUYER_D, METER_D)), Pool(OPEN_POOL), 1_000),
				]
			);
		});
	}

	#[test]
	fn a_position_cancels_out_of_its_own_pool() {
		build_and_execute(|| {
			Certified::set(vec![(METER_B, Solar)]);
			assert_ok!(offer_in(Some(Only(Solar)), SELLER_B, METER_B, 1_000));
			assert_ok!(offer_in(OPEN_POOL, SELLER_A, METER_A, 1_000));
			assert_ok!(Energy::cancel_position(signed(SELLER_B), S));
			assert!(Slots::<Test>::get(S, Some(Only(Solar))).is_none());
			assert_eq!(Slots::<Test>::get(S, OPEN_POOL).unwrap().offered, 1_000);
		});
	}
}

mod migration {
	use super::*;
	use crate::migrations::v1::{old, UncheckedMigrateToV1};
	use frame_support::traits::UncheckedOnRuntimeUpgrade;

	#[test]
	fn version_0_markets_positions_and_auctions_land_in_the_open_pool_requiring_nothing() {
		build_and_execute(|| {
			let market =
				SlotMarket { price: 200, offered: 1_000, positions: 1, ..Default::default() };
			old::Slots::<Test>::insert(S, market.clone());
			old::Positions::<Test>::insert(
				S,
				SELLER_A,
				old::Position {
					side: Side::Sell,
					meter: METER_A,
					wh: 1_000,
					held: 100,
					delivered: 0,
					status: PositionStatus::Open,
				},
			);
			let terms = old::AuctionTerms {
				kind: AuctionKind::Forward,
				slot: S,
				wh: 1_000,
				start: 20,
				reserve: 25,
				increment: 2,
				ends: 8_000_000,
				extension: 60_000,
				reveal_ends: 8_500_000,
			};
			old::Auctions::<Test>::insert(
				7,
				old::Auction {
					owner: SELLER_B,
					meter: METER_B,
					terms,
					held: 0,
					best: None,
					second: None,
					commitments: 0,
				},
			);
			// The hold the old position stood for.
			assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::hold(
				&HoldReason::Collateral.into(),
				&SELLER_A,
				100
			));

			UncheckedMigrateToV1::<Test>::on_runtime_upgrade();

			assert_eq!(Slots::<Test>::get(S, OPEN_POOL), Some(market));
			assert_eq!(Slots::<Test>::iter().count(), 1);
			let position = Positions::<Test>::get(S, SELLER_A).unwrap();
			assert_eq!((position.pool, position.meter, position.wh), (OPEN_POOL, METER_A, 1_000));
			let auction = Auctions::<Test>::get(7).unwrap();
			assert_eq!((auction.owner, auction.terms.require), (SELLER_B, None));
			assert_eq!((auction.terms.start, auction.terms.reveal_ends), (20, 8_500_000));
			// The migrated position settles as before.
			assert_ok!(Energy::cancel_position(signed(SELLER_A), S));
			Auctions::<Test>::remove(7);
		});
	}
}
