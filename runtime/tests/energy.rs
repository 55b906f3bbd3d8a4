//! Energy trading on the `consortium` genesis, in the real runtime: two
//! prosumers register their smart meters (each meter signs its consent) and
//! offer surplus for one delivery slot in the regulated exchange, a
//! consumer requests energy; the meters report; one prosumer delivered
//! only part of its fill. Settlement pays each exactly what the rules say,
//! the shortfall's forfeit goes to the consumer, and nothing is created or
//! destroyed. Then one slot traded in all three markets: the pool, the
//! continuous market and a forward auction, with a prosumer whose export
//! serves the pool first and falls short of its second trade.

mod common;

use frame_support::{assert_ok, traits::fungible::Inspect};
use tsm_primitives::Role;
use tsm_runtime::{
	configs::settlement::MarketAccount, genesis_config_presets as presets, token::MILLI_UNIT,
	AccountId, Balances, Runtime, RuntimeOrigin, TsmEnergy,
};

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// Sets the block timestamp (ms).
fn at(ms: u64) {
	pallet_timestamp::Now::<Runtime>::put(ms);
}

#[test]
fn two_prosumers_sell_to_a_consumer_through_the_regulated_exchange_and_one_under_delivers() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		let (timing, slot) = common::energy_clock();
		let (alice, alice_meter) = common::with_meter(20, Role::EnergyProsumer);
		let (bob, bob_meter) = common::with_meter(21, Role::EnergyProsumer);
		let (carol, carol_meter) = common::with_meter(22, Role::EnergyConsumer);
		let issuance = Balances::total_issuance();
		let before: Vec<u128> = [&alice, &bob, &carol, &MarketAccount::get()]
			.iter()
			.map(|who| Balances::balance(who))
			.collect();

		// 0.25 TSM per kWh (the default regulated price): Alice offers 4 kWh,
		// Bob 2 kWh, Carol requests 3 kWh: sellers long, filled half.
		assert_ok!(TsmEnergy::offer_energy(signed(&alice), slot, None, alice_meter.clone(), 4_000));
		assert_ok!(TsmEnergy::offer_energy(signed(&bob), slot, None, bob_meter.clone(), 2_000));
		assert_ok!(TsmEnergy::request_energy(
			signed(&carol),
			slot,
			None,
			carol_meter.clone(),
			3_000
		));

		// After the slot: Alice delivered her 2 kWh fill, Bob 0.5 of his 1.
		at(TsmEnergy::slot_start(slot + 1));
		assert_ok!(TsmEnergy::submit_reading(signed(&alice_meter), slot, 2_500, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&bob_meter), slot, 500, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&carol_meter), slot, 0, 2_600));
		at(TsmEnergy::slot_start(slot + 1) + timing.reading_window);
		for _round in 0..2 {
			for who in [&alice, &bob, &carol] {
				assert_ok!(TsmEnergy::settle_position(signed(&carol), slot, who.clone()));
			}
		}
		assert!(pallet_tsm_energy::Slots::<Runtime>::iter_prefix(slot).next().is_none());

		// Carol paid for the 2.5 kWh delivered: 625 mTSM; Bob forfeits 20 %
		// of his 0.5 kWh shortfall's value: 25 mTSM, to Carol. Alice gets
		// 625 × 2 / 2.5 = 500 mTSM less 0.5 %, Bob 125 less 0.5 %.
		let after: Vec<u128> = [&alice, &bob, &carol, &MarketAccount::get()]
			.iter()
			.map(|who| Balances::balance(who))
			.collect();
		let fee = |amount: u128| amount / 200;
		assert_eq!(after[0], before[0] + 500 * MILLI_UNIT - fee(500 * MILLI_UNIT));
		assert_eq!(
			after[1],
			before[1] + 125 * MILLI_UNIT - fee(125 * MILLI_UNIT) - 25 * MILLI_UNIT
		);
		assert_eq!(after[2], before[2] - 625 * MILLI_UNIT + 25 * MILLI_UNIT);
		assert_eq!(after[3], before[3] + fee(500 * MILLI_UNIT) + fee(125 * MILLI_UNIT));
		assert_eq!(
			Balances::total_issuance(),
			issuance,
			"energy trading creates and destroys nothing"
		);
		common::assert_holds_match_records();
	});
}

#[test]
fn one_slot_is_traded_in_all_three_markets_and_a_short_seller_pays_for_its_shortfall() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		use pallet_tsm_energy::{AuctionKind, AuctionTerms, Side, TradeStatus};
		let (timing, slot) = common::energy_clock();
		let (alice, alice_meter) = common::with_meter(30, Role::EnergyProsumer);
		let (carol, carol_meter) = common::with_meter(32, Role::EnergyConsumer);
		let (dave, dave_meter) = common::with_meter(33, Role::EnergyConsumer);
		let (bob, bob_meter) = common::with_meter(31, Role::EnergyProsumer);
		let issuance = Balances::total_issuance();
		let before: Vec<u128> =
			[&alice, &carol, &dave, &bob].iter().map(|who| Balances::balance(who)).collect();

		// 2 kWh to the pool (Carol takes them), 3 kWh on the book at 0.3 TSM
		// per kWh preferred, 0.2 at least (ticks of a thousandth).
		assert_ok!(TsmEnergy::offer_energy(signed(&alice), slot, None, alice_meter.clone(), 2_000));
		assert_ok!(TsmEnergy::request_energy(
			signed(&carol),
			slot,
			None,
			carol_meter.clone(),
			2_000
		));
		assert_ok!(TsmEnergy::place_order(
			signed(&alice),
			slot,
			Side::Sell,
			alice_meter.clone(),
			3_000,
			300,
			200,
			None
		));
		// Dave pays up to 0.28: the sale's 0.3 is clamped to it; Carol up to
		// 0.35 takes the last kWh at 0.3.
		assert_ok!(TsmEnergy::place_order(
			signed(&dave),
			slot,
			Side::Buy,
			dave_meter.clone(),
			2_000,
			260,
			280,
			None
		));
		assert_ok!(TsmEnergy::place_order(
			signed(&carol),
			slot,
			Side::Buy,
			carol_meter.clone(),
			1_000,
			300,
			350,
			None
		));
		assert!(TsmEnergy::book(slot).is_empty(), "everything traded");

		// Bob auctions 1 kWh from 0.25, reserve 0.26, bids rising by 0.005
		// until gate closure: Carol bids 0.27, Dave 0.29.
		let gate = TsmEnergy::slot_start(slot) - timing.gate_closure;
		let terms = AuctionTerms {
			kind: AuctionKind::Forward,
			slot,
			wh: 1_000,
			start: 250,
			reserve: 260,
			increment: 5,
			ends: gate,
			extension: 0,
			reveal_ends: 0,
			require: None,
		};
		assert_ok!(TsmEnergy::create_auction(signed(&bob), bob_meter.clone(), terms));
		assert_ok!(TsmEnergy::bid(signed(&carol), 0, carol_meter, 270));
		assert_ok!(TsmEnergy::bid(signed(&dave), 0, dave_meter, 290));
		at(gate);
		assert_ok!(TsmEnergy::close_auction(signed(&carol), 0));

		// Alice's meter exports 4 kWh: 2 to the pool, 2 to Dave's trade (the
		// first), none left for Carol's.
		at(TsmEnergy::slot_start(slot + 1));
		assert_ok!(TsmEnergy::submit_reading(signed(&alice_meter), slot, 4_000, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&bob_meter), slot, 1_000, 0));
		at(TsmEnergy::slot_start(slot + 1) + timing.reading_window);
		for trade in [2, 1, 0] {
			assert_ok!(TsmEnergy::settle_trade(signed(&dave), trade));
		}
		for _round in 0..2 {
			for who in [&alice, &carol] {
				assert_ok!(TsmEnergy::settle_position(signed(&dave), slot, who.clone()));
			}
		}
		let trades = TsmEnergy::trades_of(alice.clone(), 0, 10);
		let delivered: Vec<_> = trades
			.iter()
			.map(|t| match t.trade.status {
				TradeStatus::Settled { delivered, .. } => delivered,
				TradeStatus::Open => panic!("settled"),
			})
			.collect();
		assert_eq!(delivered, vec![2_000, 0]);

		// Dave paid 2 kWh × 0.28 = 560 mTSM and Bob's kWh at 0.29; Carol
		// 2 kWh × 0.25 = 500 in the pool and got 20 % of the undelivered
		// kWh's 300, 60 mTSM. Alice gets both less the 0.5 % fee and pays
		// the 60; Bob gets 290 less the fee.
		let fee = |amount: u128| amount / 200;
		let after: Vec<u128> =
			[&alice, &carol, &dave, &bob].iter().map(|who| Balances::balance(who)).collect();
		assert_eq!(after[2], before[2] - 560 * MILLI_UNIT - 290 * MILLI_UNIT);
		assert_eq!(after[3], before[3] + 290 * MILLI_UNIT - fee(290 * MILLI_UNIT));
		assert_eq!(after[1], before[1] - 500 * MILLI_UNIT + 60 * MILLI_UNIT);
		assert_eq!(
			after[0],
			before[0] + 560 * MILLI_UNIT - fee(560 * MILLI_UNIT) + 500 * MILLI_UNIT
				- fee(500 * MILLI_UNIT)
				- 60 * MILLI_UNIT
		);
		assert_eq!(Balances::total_issuance(), issuance);
		common::assert_holds_match_records();
	});
}

#[test]
fn the_books_ticks_reach_governances_highest_price() {
	use frame_support::traits::Get;
	let highest = pallet_tsm_energy::MAX_TICKS as u128 * tsm_runtime::configs::energy::TICK_SIZE;
	let max = <Runtime as pallet_tsm_governance::Config>::MaxEnergyPrice::get();
	assert!(highest >= max, "every price governance allows has a tick");
}
