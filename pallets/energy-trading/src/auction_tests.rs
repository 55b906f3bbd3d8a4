//! Unit tests of the auctions: forward, reverse and sealed-bid (first- and
//! second-price), every error, escrow and refunds, anti-sniping, reveals
//! and forfeits, void and cancelled auctions, and the trade they make.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

/// Bidding ends a little before gate closure (8,700,000 ms for slot `S`).
const ENDS: u64 = 8_000_000;
const REVEAL_ENDS: u64 = 8_500_000;
const SALT: [u8; 32] = [7; 32];

fn terms(kind: AuctionKind, start: Tick, reserve: Tick) -> AuctionTerms {
	AuctionTerms {
		kind,
		slot: S,
		wh: 1_000,
		start,
		reserve,
		increment: 2,
		ends: ENDS,
		extension: 60_000,
		reveal_ends: REVEAL_ENDS,
		require: None,
	}
}

fn create(owner: AccountId, meter: AccountId, terms: AuctionTerms) -> sp_runtime::DispatchResult {
	Energy::create_auction(signed(owner), meter, terms)
}

fn bid(who: AccountId, meter: AccountId, price: Tick) -> sp_runtime::DispatchResult {
	Energy::bid(signed(who), 0, meter, price)
}

fn commit(who: AccountId, meter: AccountId, price: Tick) -> sp_runtime::DispatchResult {
	let hash = Energy::commitment_hash(0, &who, price, 1_000, &SALT);
	Energy::commit_bid(signed(who), 0, meter, hash)
}

fn reveal(who: AccountId, price: Tick) -> sp_runtime::DispatchResult {
	Energy::reveal_bid(signed(who), 0, price, SALT)
}

fn close() -> sp_runtime::DispatchResult {
	Energy::close_auction(signed(OUTSIDER), 0)
}

fn held(who: AccountId, reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn outcome() -> Option<AuctionOutcome> {
	events().into_iter().rev().find_map(|event| match event {
		Event::AuctionClosed { outcome, .. } => Some(outcome),
		_ => None,
	})
}

/// The auction's trade as (seller, buyer, Wh, price per kWh, escrow,
/// collateral).
fn auction_trade(id: TradeId) -> (AccountId, AccountId, u64, Balance, Balance, Balance) {
	let t = Trades::<Test>::get(id).expect("a trade");
	assert_eq!(t.market, TradeMarket::Auction(0));
	(t.seller, t.buyer, t.wh, t.price, t.escrow, t.collateral)
}

#[test]
fn bad_terms_are_refused() {
	build_and_execute(|| {
		use AuctionKind::*;
		let bad = [
			// A forward reserve below the start, a reverse one above it.
			AuctionTerms { reserve: 19, ..terms(Forward, 20, 25) },
			AuctionTerms { reserve: 41, ..terms(Reverse, 40, 30) },
			// A sealed reserve above the highest bid allowed.
			AuctionTerms { reserve: 51, ..terms(SealedFirstPrice, 50, 20) },
			// Ends in the past, after gate closure; reveals not after the end
			// or after gate closure; no increment.
			AuctionTerms { ends: 1_000_000, ..terms(Forward, 20, 25) },
			AuctionTerms { ends: S * SLOT - GATE + 1, ..terms(Forward, 20, 25) },
			AuctionTerms { reveal_ends: ENDS, ..terms(SealedSecondPrice, 50, 20) },
			AuctionTerms { reveal_ends: S * SLOT - GATE + 1, ..terms(SealedSecondPrice, 50, 20) },
			AuctionTerms { increment: 0, ..terms(Reverse, 40, 30) },
		];
		for terms in bad {
			let owner = if terms.kind == Reverse { BUYER_C } else { SELLER_A };
			let meter = if terms.kind == Reverse { METER_C } else { METER_A };
			assert_noop!(create(owner, meter, terms), Error::<Test>::InvalidAuctionTerms);
		}
		assert_noop!(
			create(SELLER_A, METER_A, terms(Forward, 4, 25)),
			Error::<Test>::PriceOutsideBand
		);
		assert_noop!(
			create(SELLER_A, METER_A, AuctionTerms { wh: MIN_WH - 1, ..terms(Forward, 20, 25) }),
			Error::<Test>::QuantityOutOfRange
		);
		assert_noop!(
			create(SELLER_A, METER_A, AuctionTerms { slot: 200, ..terms(Forward, 20, 25) }),
			Error::<Test>::SlotNotOpen
		);
		// A consumer sells nothing; a meter is its owner's.
		assert_noop!(
			create(BUYER_C, METER_C, terms(Forward, 20, 25)),
			Error::<Test>::NoEnergyCredential
		);
		assert_noop!(
			create(SELLER_A, METER_B, terms(Forward, 20, 25)),
			Error::<Test>::NotYourMeter
		);
		assert_noop!(
			create(PAUPER, METER_P, terms(Reverse, 40, 30)),
			Error::<Test>::InsufficientFunds
		);
	});
}

#[test]
fn a_forward_auction_goes_to_the_highest_bidder_and_outbid_bidders_are_refunded_at_once() {
	build_and_execute(|| {
		assert_ok!(create(SELLER_A, METER_A, terms(AuctionKind::Forward, 20, 25)));
		assert_eq!(Energy::auctions_of_slot(S).len(), 1);
		assert!(Energy::auctions_of_slot(S + 1).is_empty());
		// Collateral: half the lot's value at the band's cap.
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 500);
		assert_noop!(bid(SELLER_A, METER_A, 30), Error::<Test>::OwnAuction);
		assert_noop!(bid(BUYER_C, METER_C, 19), Error::<Test>::BidTooLow);
		assert_noop!(bid(BUYER_C, METER_D, 20), Error::<Test>::NotYourMeter);
		assert_ok!(bid(BUYER_C, METER_C, 20));
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 200);
		// The increment is 2 ticks.
		assert_noop!(bid(BUYER_D, METER_D, 21), Error::<Test>::BidTooLow);
		assert_ok!(bid(BUYER_D, METER_D, 22));
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 0, "the outbid bidder is refunded");
		assert_eq!(held(BUYER_D, HoldReason::Escrow), 220);
		assert_noop!(
			Energy::commit_bid(signed(BUYER_C), 0, METER_C, Default::default()),
			Error::<Test>::WrongAuctionKind
		);
		assert_noop!(close(), Error::<Test>::AuctionNotOver);
		assert_noop!(Energy::cancel_auction(signed(SELLER_A), 0), Error::<Test>::AuctionHasBids);

		// Half a minute before the end a bid pushes it a minute past itself.
		at(0, (ENDS - 30_000) as i64);
		assert_ok!(bid(BUYER_C, METER_C, 30));
		assert_eq!(Auctions::<Test>::get(0).unwrap().terms.ends, ENDS + 30_000);
		at(0, ENDS as i64);
		assert_noop!(close(), Error::<Test>::AuctionNotOver);
		assert_ok!(bid(BUYER_D, METER_D, 32));
		at(0, (ENDS + 90_000) as i64);
		assert_noop!(bid(BUYER_C, METER_C, 40), Error::<Test>::BiddingOver);

		assert_ok!(close());
		assert_eq!(outcome(), Some(AuctionOutcome::Sold(0)));
		// D buys the lot at 320 per kWh: 320 held, the seller's 160.
		assert_eq!(auction_trade(0), (SELLER_A, BUYER_D, 1_000, 320, 320, 160));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 160);
		assert_eq!(held(BUYER_D, HoldReason::Escrow), 320);
		assert_noop!(close(), Error::<Test>::UnknownAuction);

		// It settles like every trade: the meter delivered it all.
		at(S + 1, 0);
		assert_ok!(Energy::submit_reading(signed(METER_A), S, 1_000, 0));
		at(S + 1, WINDOW as i64);
		let seller = free(SELLER_A);
		assert_ok!(Energy::settle_trade(signed(OUTSIDER), 0));
		assert_eq!(free(SELLER_A), seller + 320 - 3 + 160);
	});
}

#[test]
fn a_forward_auction_below_its_reserve_does_not_sell() {
	build_and_execute(|| {
		assert_ok!(create(SELLER_A, METER_A, terms(AuctionKind::Forward, 20, 25)));
		assert_ok!(bid(BUYER_C, METER_C, 24));
		at(0, ENDS as i64);
		assert_ok!(close());
		assert_eq!(outcome(), Some(AuctionOutcome::NoSale));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 0);
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 0);
		assert!(Trades::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_reverse_auction_goes_to_the_lowest_ask_within_the_buyers_reserve() {
	build_and_execute(|| {
		// Carol buys 1 kWh, asks from 400 down, pays at most 300.
		assert_ok!(create(BUYER_C, METER_C, terms(AuctionKind::Reverse, 40, 30)));
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 400);
		assert_noop!(bid(BUYER_D, METER_D, 40), Error::<Test>::NoEnergyCredential);
		assert_noop!(bid(SELLER_A, METER_A, 41), Error::<Test>::BidTooLow);
		assert_ok!(bid(SELLER_A, METER_A, 40));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 200);
		assert_noop!(bid(SELLER_B, METER_B, 39), Error::<Test>::BidTooLow);
		assert_ok!(bid(SELLER_B, METER_B, 28));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 0, "the undercut seller is released");
		assert_eq!(held(SELLER_B, HoldReason::Collateral), 140);
		at(0, ENDS as i64);
		assert_ok!(close());
		assert_eq!(auction_trade(0), (SELLER_B, BUYER_C, 1_000, 280, 280, 140));
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 280);
	});
}

#[test]
fn a_sealed_second_price_auction_charges_the_winner_the_second_bid() {
	build_and_execute(|| {
		// Bids up to 500 per kWh: every bidder bonds 500.
		assert_ok!(create(SELLER_A, METER_A, terms(AuctionKind::SealedSecondPrice, 50, 20)));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 250);
		assert_noop!(bid(BUYER_C, METER_C, 30), Error::<Test>::WrongAuctionKind);
		assert_noop!(commit(SELLER_A, METER_A, 30), Error::<Test>::OwnAuction);
		assert_noop!(commit(OUTSIDER, METER_E, 30), Error::<Test>::NoEnergyCredential);
		assert_noop!(commit(PAUPER, METER_P, 30), Error::<Test>::InsufficientFunds);
		assert_ok!(commit(BUYER_C, METER_C, 40));
		assert_noop!(commit(BUYER_C, METER_C, 45), Error::<Test>::AlreadyCommitted);
		assert_ok!(commit(BUYER_D, METER_D, 30));
		// Seller B bids too, and never reveals.
		assert_ok!(commit(SELLER_B, METER_B, 45));
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 500);
		assert_noop!(reveal(BUYER_C, 40), Error::<Test>::NotRevealing);

		at(0, ENDS as i64);
		assert_noop!(commit(BUYER_C, METER_C, 40), Error::<Test>::BiddingOver);
		assert_noop!(reveal(BUYER_C, 41), Error::<Test>::RevealMismatch);
		assert_noop!(reveal(OUTSIDER, 41), Error::<Test>::UnknownCommitment);
		assert_ok!(reveal(BUYER_C, 40));
		assert_ok!(reveal(BUYER_D, 30));
		assert_eq!(held(BUYER_D, HoldReason::Escrow), 0, "a losing bid is released at once");
		assert_noop!(close(), Error::<Test>::AuctionNotOver);
		assert_noop!(
			Energy::forfeit_commitment(signed(OUTSIDER), 0, SELLER_B),
			Error::<Test>::NotRevealing
		);

		at(0, REVEAL_ENDS as i64);
		assert_noop!(reveal(SELLER_B, 45), Error::<Test>::NotRevealing);
		assert_ok!(close());
		// C wins and pays D's 300 per kWh.
		assert_eq!(auction_trade(0), (SELLER_A, BUYER_C, 1_000, 300, 300, 150));
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 300);
		// B's bond goes to the marketplace.
		let market = free(MARKET);
		assert_ok!(Energy::forfeit_commitment(signed(OUTSIDER), 0, SELLER_B));
		assert_eq!(free(MARKET), market + 500);
		assert_eq!(held(SELLER_B, HoldReason::Escrow), 0);
		assert_noop!(
			Energy::forfeit_commitment(signed(OUTSIDER), 0, SELLER_B),
			Error::<Test>::UnknownCommitment
		);
	});
}

#[test]
fn a_sealed_first_price_auction_charges_the_winner_its_bid_and_a_lone_vickrey_bid_the_reserve() {
	build_and_execute(|| {
		assert_ok!(create(SELLER_A, METER_A, terms(AuctionKind::SealedFirstPrice, 50, 20)));
		assert_ok!(commit(BUYER_C, METER_C, 40));
		assert_ok!(commit(BUYER_D, METER_D, 30));
		at(0, ENDS as i64);
		assert_ok!(reveal(BUYER_D, 30));
		assert_ok!(reveal(BUYER_C, 40));
		assert_eq!(held(BUYER_D, HoldReason::Escrow), 0, "an outbid bid is released at once");
		at(0, REVEAL_ENDS as i64);
		assert_ok!(close());
		assert_eq!(auction_trade(0).3, 400);

		at(0, 1_000_000);
		assert_ok!(create(SELLER_B, METER_B, terms(AuctionKind::SealedSecondPrice, 50, 20)));
		let hash = Energy::commitment_hash(1, &BUYER_D, 35, 1_000, &SALT);
		assert_ok!(Energy::commit_bid(signed(BUYER_D), 1, METER_D, hash));
		at(0, ENDS as i64);
		assert_ok!(Energy::reveal_bid(signed(BUYER_D), 1, 35, SALT));
		at(0, REVEAL_ENDS as i64);
		assert_ok!(Energy::close_auction(signed(OUTSIDER), 1));
		let trade = Trades::<Test>::get(1).unwrap();
		assert_eq!((trade.buyer, trade.price), (BUYER_D, 200), "alone, it pays the reserve");
	});
}

#[test]
fn an_auction_nobody_closed_before_its_slot_started_is_void() {
	build_and_execute(|| {
		assert_ok!(create(SELLER_A, METER_A, terms(AuctionKind::Forward, 20, 25)));
		assert_ok!(bid(BUYER_C, METER_C, 30));
		at(S, 0);
		assert_ok!(close());
		assert_eq!(outcome(), Some(AuctionOutcome::Void));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 0);
		assert_eq!(held(BUYER_C, HoldReason::Escrow), 0);
	});
}

#[test]
fn its_owner_withdraws_an_auction_before_any_bid() {
	build_and_execute(|| {
		assert_ok!(create(SELLER_A, METER_A, terms(AuctionKind::SealedFirstPrice, 50, 20)));
		assert_noop!(Energy::cancel_auction(signed(BUYER_C), 0), Error::<Test>::NotYourAuction);
		assert_ok!(Energy::cancel_auction(signed(SELLER_A), 0));
		assert_eq!(outcome(), Some(AuctionOutcome::Cancelled));
		assert_eq!(held(SELLER_A, HoldReason::Collateral), 0);
		assert_noop!(Energy::cancel_auction(signed(SELLER_A), 0), Error::<Test>::UnknownAuction);
		assert_noop!(bid(BUYER_C, METER_C, 30), Error::<Test>::UnknownAuction);
	});
}

#[test]
fn a_certified_lot_opens_only_from_a_meter_whose_source_meets_it() {
	build_and_execute(|| {
		use tsm_primitives::{EnergySource::*, SourceRequirement::*};
		let solar_lot =
			AuctionTerms { require: Some(Only(Solar)), ..terms(AuctionKind::Forward, 20, 25) };
		assert_noop!(create(SELLER_A, METER_A, solar_lot), Error::<Test>::SourceNotCertified);
		Certified::set(vec![(METER_A, Wind)]);
		assert_noop!(create(SELLER_A, METER_A, solar_lot), Error::<Test>::SourceNotCertified);
		let renewable_lot = AuctionTerms { require: Some(Renewable), ..solar_lot };
		assert_ok!(create(SELLER_A, METER_A, renewable_lot));
		assert_eq!(Auctions::<Test>::get(0).unwrap().terms.require, Some(Renewable));
		// A buyer bids on it as on any lot.
		assert_ok!(bid(BUYER_C, METER_C, 20));
	});
}

#[test]
fn a_buyer_requiring_certified_energy_takes_asks_only_from_meters_that_meet_it() {
	build_and_execute(|| {
		use tsm_primitives::{EnergySource::*, SourceRequirement::*};
		Certified::set(vec![(METER_B, Solar)]);
		let lot =
			AuctionTerms { require: Some(Only(Solar)), ..terms(AuctionKind::Reverse, 40, 30) };
		assert_ok!(create(BUYER_C, METER_C, lot));
		// A's meter has no certified device: its cheaper ask is refused.
		assert_noop!(bid(SELLER_A, METER_A, 28), Error::<Test>::SourceNotCertified);
		assert_ok!(bid(SELLER_B, METER_B, 30));
		at(S, -(GATE as i64));
		assert_ok!(close());
		assert_eq!(outcome(), Some(AuctionOutcome::Sold(0)));
		let (seller, buyer, ..) = auction_trade(0);
		assert_eq!((seller, buyer), (SELLER_B, BUYER_C));
		// Closed and settled like every trade.
		at(S + 1, 0);
		assert_ok!(Energy::submit_reading(signed(METER_B), S, 1_000, 0));
		at(S + 1, WINDOW as i64);
		assert_ok!(Energy::settle_trade(signed(OUTSIDER), 0));
	});
}
