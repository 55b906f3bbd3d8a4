//! Unit tests of the continuous double auction and of trade settlement:
//! every call, every error, the range rule, priority, bounded matching,
//! certified books, and settlement in trade order after the pool.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok, pallet_prelude::DispatchResultWithPostInfo,
	traits::fungible::InspectHold,
};
use tsm_primitives::{DeliveredVia::Trade, EnergySource, SourceRequirement};

fn place(
	who: AccountId,
	side: Side,
	meter: AccountId,
	wh: u64,
	preferred: Tick,
	limit: Tick,
) -> DispatchResultWithPostInfo {
	Energy::place_order(signed(who), S, side, meter, wh, preferred, limit, None)
}

fn sell(who: AccountId, meter: AccountId, wh: u64, preferred: Tick, limit: Tick) {
	assert_ok!(place(who, Side::Sell, meter, wh, preferred, limit));
}

fn buy(who: AccountId, meter: AccountId, wh: u64, preferred: Tick, limit: Tick) {
	assert_ok!(place(who, Side::Buy, meter, wh, preferred, limit));
}

fn held(who: AccountId, reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// The trades made, as (seller, buyer, Wh, price per kWh).
fn trades() -> Vec<(AccountId, AccountId, u64, Balance)> {
	let mut trades: Vec<_> = Trades::<Test>::iter().collect();
	trades.sort_by_key(|(id, _)| *id);
	trades.into_iter().map(|(_, t)| (t.seller, t.buyer, t.wh, t.price)).collect()
}

fn resting(id: OrderId) -> Option<u64> {
	Orders::<Test>::get(id).map(|order| order.wh)
}

#[test]
fn an_order_needs_a_credential_a_meter_an_open_slot_a_sane_quantity_and_a_price_in_the_band() {
	build_and_execute(|| {
		use Side::*;
		assert_noop!(
			place(OUTSIDER, Buy, METER_E, 1_000, 20, 30),
			Error::<Test>::NoEnergyCredential
		);
		assert_noop!(
			place(BUYER_C, Sell, METER_C, 1_000, 30, 20),
			Error::<Test>::NoEnergyCredential
		);
		assert_noop!(place(SELLER_A, Sell, METER_B, 1_000, 30, 20), Error::<Test>::NotYourMeter);
		assert_noop!(place(SELLER_A, Sell, PROBE, 1_000, 30, 20), Error::<Test>::NotYourMeter);
		assert_noop!(place(BUYER_C, Buy, METER_C, 0, 20, 30), Error::<Test>::QuantityOutOfRange);
		assert_noop!(
			place(BUYER_C, Buy, METER_C, MIN_WH - 1, 20, 30),
			Error::<Test>::QuantityOutOfRange
		);
		assert_noop!(
			place(BUYER_C, Buy, METER_C, MAX_WH + 1, 20, 30),
			Error::<Test>::QuantityOutOfRange
		);
		// A buyer prefers to pay less than its limit, a seller to get more.
		assert_noop!(place(BUYER_C, Buy, METER_C, 1_000, 31, 30), Error::<Test>::InvalidPriceRange);
		assert_noop!(
			place(SELLER_A, Sell, METER_A, 1_000, 19, 20),
			Error::<Test>::InvalidPriceRange
		);
		// Ticks 5..=100 lie in the band (50 to 1,000 per kWh).
		assert_noop!(place(BUYER_C, Buy, METER_C, 1_000, 0, 30), Error::<Test>::PriceOutsideBand);
		assert_noop!(place(BUYER_C, Buy, METER_C, 1_000, 4, 30), Error::<Test>::PriceOutsideBand);
		assert_noop!(place(BUYER_C, Buy, METER_C, 1_000, 20, 101), Error::<Test>::PriceOutsideBand);
		Band::set((0, Balance::MAX));
		assert_noop!(
			place(BUYER_C, Buy, METER_C, 1_000, 20, MAX_TICKS + 1),
			Error::<Test>::PriceOutsideBand
		);
		Band::set((50, 1_000));
		assert_noop!(
			Energy::place_order(
				signed(SELLER_A),
				S,
				Sell,
				METER_A,
				1_000,
				30,
				20,
				Some(SourceRequirement::Renewable)
			),
			Error::<Test>::RequirementOnSale
		);
		assert_noop!(place(PAUPER, Buy, METER_P, 1_000, 20, 30), Error::<Test>::InsufficientFunds);
		assert_noop!(
			Energy::place_order(signed(BUYER_C), 200, Buy, METER_C, 1_000, 20, 30, None),
			Error::<Test>::SlotNotOpen
		);
		at(S, -(GATE as i64));
		assert_noop!(place(BUYER_C, Buy, METER_C, 1_000, 20, 30), Error::<Test>::SlotNotOpen);
	});
}

#[test]
fn a_trade_takes_the_resting_orders_preferred_price_clamped_into_both_limits() {
	build_and_execute(|| {
		// 1,000 Wh at 30 ticks (300 per kWh) preferred, 20 at least: the
		// collateral is half the value at the band's cap (1,000 per kWh).
		sell(SELLER_A, METER_A, 1_000, 30, 20);
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 500);
		// A buyer up to 40: the seller's 30 lies in [20, 40].
		buy(BUYER_C, METER_C, 600, 25, 40);
		// A buyer up to 25: 30 is clamped to 25.
		buy(BUYER_D, METER_D, 400, 15, 25);
		assert_eq!(trades(), vec![(SELLER_A, BUYER_C, 600, 300), (SELLER_A, BUYER_D, 400, 250)]);
		// Each buyer holds its trade's value, the seller half of each.
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 180);
		assert_eq!(held(BUYER_D, HoldReason::Escrow), 100);
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 90 + 50);
		assert_eq!(resting(0), None, "the sale is fully traded");

		// A resting buyer: its own preferred price, clamped.
		buy(BUYER_C, METER_C, 500, 20, 30);
		sell(SELLER_B, METER_B, 500, 40, 25);
		assert_eq!(trades()[2], (SELLER_B, BUYER_C, 500, 250));
		assert!(events().contains(&Event::Traded {
			trade: 2,
			slot: S,
			market: TradeMarket::Continuous { buy: 3, sell: 4 },
			seller: SELLER_B,
			buyer: BUYER_C,
			wh: 500,
			price: 250,
		}));
	});
}

#[test]
fn better_limits_trade_first_and_equal_ones_in_time_order() {
	build_and_execute(|| {
		sell(SELLER_A, METER_A, 100, 30, 30);
		sell(SELLER_B, METER_B, 100, 30, 30);
		// Later, but a better (lower) limit.
		Roles::mutate(|r| r.push((BUYER_D, tsm_primitives::Role::EnergyProsumer)));
		sell(BUYER_D, METER_D, 100, 28, 28);
		buy(BUYER_C, METER_C, 250, 40, 40);
		assert_eq!(
			trades(),
			vec![
				(BUYER_D, BUYER_C, 100, 280),
				(SELLER_A, BUYER_C, 100, 300),
				(SELLER_B, BUYER_C, 50, 300)
			]
		);
		assert_eq!(resting(1), Some(50), "the later seller keeps the rest");
		// The level shows what is left.
		let level = Levels::<Test>::get((S, Side::Sell, Book::Any, 30)).unwrap();
		assert_eq!((level.wh, level.orders, level.head, level.tail), (50, 1, 1, 1));
	});
}

#[test]
fn one_call_fills_at_most_max_fills_and_anyone_matches_the_rest() {
	build_and_execute(|| {
		// Six small sales at six prices; MAX_FILLS is 4.
		for tick in 20..26 {
			sell(SELLER_A + (tick % 2) as u64, METER_A + (tick % 2) as u64, 100, tick, tick);
		}
		let placed = place(BUYER_C, Side::Buy, METER_C, 600, 30, 30).unwrap();
		assert_eq!(trades().len(), MAX_FILLS as usize);
		assert_eq!(
			placed.actual_weight,
			Some(<() as WeightInfo>::place_order(BENCHMARKED_DEPTH, MAX_FILLS))
		);
		// The rest rests, crossing the two sales left; anyone matches it.
		assert_eq!(resting(6), Some(200));
		assert_ok!(Energy::match_order(signed(OUTSIDER), 6));
		assert_eq!(trades().len(), 6);
		assert_eq!(resting(6), None);
		assert!(Levels::<Test>::iter().next().is_none(), "the book is empty");
		assert!(LevelBitmaps::<Test>::iter().next().is_none(), "and so are its bitmaps");
		assert_noop!(Energy::match_order(signed(OUTSIDER), 6), Error::<Test>::UnknownOrder);
		buy(BUYER_C, METER_C, 100, 30, 30);
		assert_noop!(Energy::match_order(signed(OUTSIDER), 7), Error::<Test>::NothingToMatch);
		at(S, -(GATE as i64));
		assert_noop!(Energy::match_order(signed(OUTSIDER), 7), Error::<Test>::SlotNotOpen);
	});
}

#[test]
fn an_order_that_meets_its_owners_own_order_cancels_that_one() {
	build_and_execute(|| {
		sell(SELLER_A, METER_A, 300, 20, 20);
		sell(SELLER_B, METER_B, 300, 25, 25);
		// The prosumer buys: its own cheaper sale is withdrawn, not traded.
		buy(SELLER_A, METER_A, 200, 30, 30);
		assert!(events().contains(&Event::OrderCancelled {
			order: 0,
			who: SELLER_A,
			wh: 300,
			reason: CancelReason::SelfTrade,
		}));
		assert_eq!(trades(), vec![(SELLER_B, SELLER_A, 200, 250)]);
		// Its collateral for the withdrawn sale returned.
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 0);
	});
}

#[test]
fn its_owner_cancels_an_order_and_anyone_expires_it_after_gate_closure() {
	build_and_execute(|| {
		let before = free(BUYER_C);
		buy(BUYER_C, METER_C, 1_000, 20, 30);
		assert_eq!(free(BUYER_C), before - 300);
		assert_noop!(Energy::cancel_order(signed(OUTSIDER), 0), Error::<Test>::NotYourOrder);
		assert_ok!(Energy::cancel_order(signed(BUYER_C), 0));
		assert_eq!(free(BUYER_C), before);
		assert_noop!(Energy::cancel_order(signed(BUYER_C), 0), Error::<Test>::UnknownOrder);

		buy(BUYER_C, METER_C, 1_000, 20, 30);
		buy(BUYER_D, METER_D, 1_000, 20, 30);
		at(S, -(GATE as i64));
		assert_ok!(Energy::cancel_order(signed(OUTSIDER), 1));
		assert!(events().contains(&Event::OrderCancelled {
			order: 1,
			who: BUYER_C,
			wh: 1_000,
			reason: CancelReason::Expired,
		}));
		assert_eq!(free(BUYER_C), before);
		// The other order of the level is still linked.
		let level = Levels::<Test>::get((S, Side::Buy, Book::Any, 30)).unwrap();
		assert_eq!((level.head, level.tail, level.orders), (2, 2, 1));
	});
}

#[test]
fn a_buyer_that_requires_certified_energy_trades_only_with_certified_sellers() {
	build_and_execute(|| {
		Certified::set(vec![(METER_B, EnergySource::Solar)]);
		// An uncertified sale, cheaper, and a solar one.
		sell(SELLER_A, METER_A, 500, 20, 20);
		sell(SELLER_B, METER_B, 500, 30, 30);
		assert!(Levels::<Test>::contains_key((
			S,
			Side::Sell,
			Book::Certified(EnergySource::Solar),
			30
		)));
		assert_ok!(Energy::place_order(
			signed(BUYER_C),
			S,
			Side::Buy,
			METER_C,
			400,
			40,
			40,
			Some(SourceRequirement::Only(EnergySource::Solar))
		));
		assert_eq!(trades(), vec![(SELLER_B, BUYER_C, 400, 300)]);
		// Wind is required: nobody sells it, the order rests.
		assert_ok!(Energy::place_order(
			signed(BUYER_D),
			S,
			Side::Buy,
			METER_D,
			400,
			40,
			40,
			Some(SourceRequirement::Only(EnergySource::Wind))
		));
		assert_eq!(resting(3), Some(400));
		// A buyer without a requirement takes the cheapest of all.
		buy(BUYER_D, METER_D, 600, 40, 40);
		assert_eq!(trades()[1..], [(SELLER_A, BUYER_D, 500, 200), (SELLER_B, BUYER_D, 100, 300)]);
		// A solar sale serves the buyers requiring renewable energy.
		assert_ok!(Energy::place_order(
			signed(BUYER_C),
			S,
			Side::Buy,
			METER_C,
			300,
			35,
			35,
			Some(SourceRequirement::Renewable)
		));
		sell(SELLER_B, METER_B, 300, 33, 33);
		assert_eq!(trades()[3], (SELLER_B, BUYER_C, 300, 350));
	});
}

#[test]
fn the_largest_order_at_the_highest_tick_does_not_overflow() {
	// Minting the funds changes the issuance: this test checks the rest of
	// the invariants itself.
	new_test_ext().execute_with(|| {
		Band::set((0, TICK * MAX_TICKS as Balance));
		let rich: Balance = 10u128.pow(30);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), BUYER_C, rich));
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), SELLER_A, rich));
		buy(BUYER_C, METER_C, MAX_WH, MAX_TICKS, MAX_TICKS);
		sell(SELLER_A, METER_A, MAX_WH, MAX_TICKS, MAX_TICKS);
		let price = TICK * MAX_TICKS as Balance;
		assert_eq!(trades(), vec![(SELLER_A, BUYER_C, MAX_WH, price)]);
		assert_eq!(held(BUYER_C, HoldReason::Escrow), MAX_WH as Balance * price / 1_000);
		Energy::do_try_state().unwrap();
	});
}

#[test]
fn an_order_whose_value_overflows_is_refused() {
	build_and_execute(|| {
		// A band whose cap no collateral can be computed on.
		Band::set((0, Balance::MAX));
		assert_noop!(place(SELLER_A, Side::Sell, METER_A, MAX_WH, 30, 20), Error::<Test>::Overflow);
	});
}

mod settlement {
	use super::*;

	#[test]
	fn a_fee_the_reaped_marketplace_cannot_take_is_not_collected() {
		build_and_execute(|| {
			traded_slot();
			at(S + 1, WINDOW as i64);
			assert_ok!(Balances::transfer_all(signed(MARKET), OUTSIDER, false));
			assert_eq!(free(MARKET), 0);
			// Trade 1: 1,000 Wh delivered at 300, a fee of 3 (below the
			// existential deposit) goes uncollected: the seller gets all 300.
			assert_ok!(Energy::settle_trade(signed(OUTSIDER), 1));
			assert!(events().contains(&Event::TradeSettled {
				trade: 1,
				delivered: 1_000,
				paid: 300,
				fee: 0,
				penalty: 300,
			}));
			assert_eq!(free(MARKET), 0);
		});
	}

	/// Seller A sells 5,000 Wh to the pool (buyer D takes them all) and
	/// 3,000 Wh to C, then 3,000 Wh to D in the continuous market, at 300
	/// per kWh; its meter exports 9,000 Wh.
	fn traded_slot() {
		assert_ok!(Energy::offer_energy(signed(SELLER_A), S, None, METER_A, 5_000));
		assert_ok!(Energy::request_energy(signed(BUYER_D), S, None, METER_D, 5_000));
		sell(SELLER_A, METER_A, 6_000, 30, 30);
		buy(BUYER_C, METER_C, 3_000, 30, 30);
		buy(BUYER_D, METER_D, 3_000, 30, 30);
		at(S + 1, 0);
		assert_ok!(Energy::submit_reading(signed(METER_A), S, 9_000, 0));
	}

	#[test]
	fn the_pool_takes_the_export_first_then_the_trades_in_the_order_they_were_made() {
		build_and_execute(|| {
			traded_slot();
			assert_noop!(
				Energy::settle_trade(signed(OUTSIDER), 1),
				Error::<Test>::ReadingWindowOpen
			);
			at(S + 1, WINDOW as i64);
			let (a, c, d) = (free(SELLER_A), free(BUYER_C), free(BUYER_D));
			// The later trade first: 9,000 - 5,000 (pool) - 3,000 (trade 0)
			// leaves it 1,000 of its 3,000 Wh.
			assert_ok!(Energy::settle_trade(signed(OUTSIDER), 1));
			// 1,000 Wh at 300: 300, 1% fee; the 2,000 Wh short cost half
			// their value, 300, to the buyer.
			assert!(events().contains(&Event::TradeSettled {
				trade: 1,
				delivered: 1_000,
				paid: 297,
				fee: 3,
				penalty: 300,
			}));
			assert_ok!(Energy::settle_trade(signed(OUTSIDER), 0));
			assert!(events().contains(&Event::TradeSettled {
				trade: 0,
				delivered: 3_000,
				paid: 891,
				fee: 9,
				penalty: 0,
			}));
			// Escrow of 900 each, collateral of 450 each.
			assert_eq!(free(BUYER_D), d + 900 - 300 + 300);
			assert_eq!(free(BUYER_C), c + 900 - 900);
			assert_eq!(free(SELLER_A), a + 297 + 891 + 450 - 300 + 450);
			assert_eq!(free(MARKET), ENDOWMENT + 12);
			assert_eq!(
				Delivered::get(),
				vec![
					(S, Some((SELLER_A, METER_A)), Some((BUYER_D, METER_D)), Trade(1), 1_000),
					(S, Some((SELLER_A, METER_A)), Some((BUYER_C, METER_C)), Trade(0), 3_000),
				]
			);
			assert!(Sales::<Test>::iter().next().is_none(), "the meter's sales are done");
			assert_noop!(Energy::settle_trade(signed(OUTSIDER), 0), Error::<Test>::TradeSettled);
			assert_noop!(Energy::settle_trade(signed(OUTSIDER), 9), Error::<Test>::UnknownTrade);
		});
	}

	#[test]
	fn a_seller_whose_meter_never_reported_forfeits_its_collateral_to_the_buyer() {
		build_and_execute(|| {
			sell(SELLER_B, METER_B, 1_000, 30, 30);
			buy(BUYER_C, METER_C, 1_000, 30, 30);
			at(S + 1, WINDOW as i64);
			let (b, c) = (free(SELLER_B), free(BUYER_C));
			assert_ok!(Energy::settle_trade(signed(OUTSIDER), 0));
			// Nothing delivered: the buyer pays nothing and gets half the
			// value (150) of the seller's collateral.
			assert_eq!(free(BUYER_C), c + 300 + 150);
			assert_eq!(free(SELLER_B), b);
		});
	}

	#[test]
	fn a_settled_trade_is_removed_after_the_retention() {
		build_and_execute(|| {
			sell(SELLER_B, METER_B, 1_000, 30, 30);
			buy(BUYER_C, METER_C, 1_000, 30, 30);
			assert_noop!(Energy::remove_trade(signed(OUTSIDER), 0), Error::<Test>::TradeOpen);
			at(S + 1, WINDOW as i64);
			assert_ok!(Energy::settle_trade(signed(OUTSIDER), 0));
			assert_noop!(Energy::remove_trade(signed(OUTSIDER), 0), Error::<Test>::TradeRetained);
			at(S + RETENTION + 1, 0);
			assert_ok!(Energy::remove_trade(signed(OUTSIDER), 0));
			assert!(TradesOf::<Test>::iter().next().is_none());
			assert_noop!(Energy::remove_trade(signed(OUTSIDER), 0), Error::<Test>::UnknownTrade);
		});
	}

	#[test]
	fn the_timing_stays_while_orders_rest_or_trades_are_open() {
		build_and_execute(|| {
			let timing = SlotTiming { length: 60_000, gate_closure: 0, reading_window: 60_000 };
			buy(BUYER_C, METER_C, 1_000, 30, 30);
			assert_noop!(
				Energy::set_timing(RuntimeOrigin::root(), timing),
				Error::<Test>::SlotsInUse
			);
			sell(SELLER_B, METER_B, 1_000, 30, 30);
			assert_noop!(
				Energy::set_timing(RuntimeOrigin::root(), timing),
				Error::<Test>::SlotsInUse
			);
			at(S + 1, WINDOW as i64);
			assert_ok!(Energy::settle_trade(signed(OUTSIDER), 0));
			assert_ok!(Energy::set_timing(RuntimeOrigin::root(), timing));
		});
	}
}

#[test]
fn apps_read_the_book_an_accounts_orders_and_its_trades() {
	build_and_execute(|| {
		sell(SELLER_A, METER_A, 500, 30, 25);
		sell(SELLER_B, METER_B, 300, 25, 25);
		sell(SELLER_B, METER_B, 200, 40, 40);
		buy(BUYER_C, METER_C, 100, 20, 20);
		buy(BUYER_D, METER_D, 400, 26, 26);
		// The buyer up to 26 took its 400 from A, the older sale at 25.
		let book: Vec<_> = Energy::book(S)
			.into_iter()
			.map(|l| (l.side, l.tick, l.price, l.wh, l.orders))
			.collect();
		assert_eq!(
			book,
			vec![
				(Side::Sell, 25, 250, 400, 2),
				(Side::Sell, 40, 400, 200, 1),
				(Side::Buy, 20, 200, 100, 1),
			]
		);
		let orders: Vec<_> = Energy::orders_of(SELLER_B).into_iter().map(|o| o.id).collect();
		assert_eq!(orders, vec![1, 2]);
		let trades: Vec<_> =
			Energy::trades_of(SELLER_A, 0, 10).into_iter().map(|t| (t.id, t.trade.wh)).collect();
		assert_eq!(trades, vec![(0, 400)]);
		assert!(Energy::trades_of(SELLER_B, 0, 10).is_empty());
		sell(SELLER_B, METER_B, 100, 20, 20);
		assert_eq!(Energy::trades_of(BUYER_C, 0, 10).len(), 1);
		assert_eq!(Energy::trades_of(SELLER_B, 0, 1).len(), 1);
		assert!(Energy::trades_of(SELLER_B, 2, 10).is_empty());
	});
}

#[test]
fn a_broken_book_is_caught() {
	new_test_ext().execute_with(|| {
		sell(SELLER_A, METER_A, 500, 30, 25);
		sell(SELLER_B, METER_B, 300, 30, 25);
		Levels::<Test>::mutate((S, Side::Sell, Book::Any, 25), |l| l.as_mut().unwrap().wh += 1);
		assert_eq!(Energy::do_try_state(), Err("a level sums its orders".into()));
		Levels::<Test>::mutate((S, Side::Sell, Book::Any, 25), |l| l.as_mut().unwrap().wh -= 1);
		Orders::<Test>::mutate(1, |o| o.as_mut().unwrap().prev = None);
		assert_eq!(Energy::do_try_state(), Err("a level is linked both ways".into()));
		Orders::<Test>::mutate(1, |o| o.as_mut().unwrap().prev = Some(0));
		LevelBitmaps::<Test>::remove((S, Side::Sell, Book::Any));
		assert_eq!(Energy::do_try_state(), Err("a level is marked".into()));
	});
}

#[test]
fn the_bitmap_finds_the_lowest_and_highest_ticks_at_the_edges() {
	let mut bitmap = TickBitmap::default();
	assert_eq!((bitmap.lowest(), bitmap.highest()), (None, None));
	for tick in [1, 64, 65, MAX_TICKS] {
		bitmap.set(tick);
	}
	assert_eq!((bitmap.lowest(), bitmap.highest()), (Some(1), Some(MAX_TICKS)));
	bitmap.clear(1);
	bitmap.clear(MAX_TICKS);
	assert_eq!((bitmap.lowest(), bitmap.highest()), (Some(64), Some(65)));
	bitmap.clear(64);
	bitmap.clear(65);
	assert!(bitmap.is_empty());
	// A summary bit without its word (a corrupt record) finds nothing.
	bitmap.summary = 1 << 5;
	assert_eq!((bitmap.lowest(), bitmap.highest()), (None, None));
}
