//! Auctions of a slot's energy, one lot each: forward (a seller; open bids
//! rise by the increment), reverse (a buyer; open asks fall by it), and
//! sealed-bid (a seller; bonded commitments, then reveals; first- or
//! second-price). The best bid holds its escrow or collateral, an outbid
//! one is released at once; a bid near the end pushes the end back (never
//! past gate closure). An auction may require certified energy: a seller's
//! lot then opens only from a meter whose source meets it, a buyer's lot
//! takes asks only from such meters. Anyone closes an auction after its
//! end; the lot then becomes a trade, settled like every trade (its
//! guarantees of origin move with the delivery). An auction nobody closed
//! before its slot started is void.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::{fungible::MutateHold, Get},
};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The hash a sealed bid commits to.
	pub fn commitment_hash(
		auction: AuctionId,
		bidder: &T::AccountId,
		price: Tick,
		wh: u64,
		salt: &[u8; 32],
	) -> H256 {
		BlakeTwo256::hash_of(&(auction, bidder, price, wh, salt))
	}

	pub(crate) fn do_create_auction(
		owner: T::AccountId,
		meter: T::AccountId,
		terms: AuctionTerms,
	) -> Result<AuctionId, DispatchError> {
		let side = terms.kind.owner_side();
		Self::ensure_trader(&owner, &meter, side)?;
		if side == Side::Sell {
			Self::ensure_certified(&meter, terms.require)?;
		}
		Self::ensure_market_open(terms.slot)?;
		ensure!(
			terms.wh >= T::MinOrderWh::get() && terms.wh <= T::MaxWh::get(),
			Error::<T>::QuantityOutOfRange
		);
		Self::ensure_in_band(terms.start)?;
		Self::ensure_in_band(terms.reserve)?;
		let now = Self::now_ms();
		let gate = Self::gate_closure(terms.slot);
		// Bids move from the start towards the reserve's far side: a forward
		// auction's reserve is at least its start, a reverse one's at most;
		// a sealed auction's reserve lies below its highest allowed bid.
		let sane = match terms.kind {
			AuctionKind::Forward => terms.start <= terms.reserve,
			_ => terms.reserve <= terms.start,
		};
		let timed = if terms.kind.is_sealed() {
			terms.ends > now && terms.ends < terms.reveal_ends && terms.reveal_ends <= gate
		} else {
			terms.ends > now && terms.ends <= gate && terms.increment >= 1
		};
		ensure!(sane && timed, Error::<T>::InvalidAuctionTerms);

		// A seller's collateral covers the most its lot can sell for (the
		// band's cap, or a sealed auction's highest bid); a buyer holds its
		// most cost, at its start price.
		let held = match terms.kind {
			AuctionKind::Forward => Self::collateral_for(terms.wh, T::PriceBand::get().1)?,
			AuctionKind::Reverse => Self::value_at(terms.wh, terms.start)?,
			_ => Self::collateral_for(terms.wh, Self::tick_price(terms.start))?,
		};
		if !held.is_zero() {
			T::Currency::hold(&Self::reason(side).into(), &owner, held)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
		}
		let id = take_id::<NextAuctionId<T>>();
		Auctions::<T>::insert(
			id,
			Auction {
				owner: owner.clone(),
				meter,
				terms,
				held,
				best: None,
				second: None,
				commitments: 0,
			},
		);
		Self::deposit_event(Event::AuctionCreated { auction: id, owner, terms, held });
		Ok(id)
	}

	/// An open bid (forward: a buyer's price, reverse: a seller's ask).
	pub(crate) fn do_bid(
		bidder: T::AccountId,
		id: AuctionId,
		meter: T::AccountId,
		price: Tick,
	) -> DispatchResult {
		let mut auction = Auctions::<T>::get(id).ok_or(Error::<T>::UnknownAuction)?;
		let terms = auction.terms;
		ensure!(!terms.kind.is_sealed(), Error::<T>::WrongAuctionKind);
		ensure!(bidder != auction.owner, Error::<T>::OwnAuction);
		let now = Self::now_ms();
		ensure!(now < terms.ends, Error::<T>::BiddingOver);
		let side = terms.kind.owner_side().opposite();
		Self::ensure_trader(&bidder, &meter, side)?;
		if side == Side::Sell {
			Self::ensure_certified(&meter, terms.require)?;
		}
		Self::ensure_in_band(price)?;
		let enough = match (terms.kind, &auction.best) {
			(AuctionKind::Forward, None) => price >= terms.start,
			(AuctionKind::Forward, Some(best)) => {
				price >= best.price.saturating_add(terms.increment)
			}
			(_, None) => price <= terms.start,
			(_, Some(best)) => price.saturating_add(terms.increment) <= best.price,
		};
		ensure!(enough, Error::<T>::BidTooLow);
		let held = match side {
			Side::Buy => Self::value_at(terms.wh, price)?,
			Side::Sell => Self::collateral_for(terms.wh, Self::tick_price(price))?,
		};
		// The outbid bidder (perhaps this one) is released at once.
		if let Some(outbid) = auction.best.take() {
			Self::release_part(&outbid.bidder, side, outbid.held)?;
		}
		if !held.is_zero() {
			T::Currency::hold(&Self::reason(side).into(), &bidder, held)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
		}
		// A late bid pushes the end back: nobody wins by sniping.
		if terms.ends.saturating_sub(now) < terms.extension {
			auction.terms.ends =
				now.saturating_add(terms.extension).min(Self::gate_closure(terms.slot));
		}
		auction.best = Some(Bid { bidder: bidder.clone(), meter, price, held });
		let ends = auction.terms.ends;
		Auctions::<T>::insert(id, auction);
		Self::deposit_event(Event::BidPlaced { auction: id, bidder, price, ends });
		Ok(())
	}

	/// A sealed bid's commitment, bonded with the most it can pay.
	pub(crate) fn do_commit_bid(
		bidder: T::AccountId,
		id: AuctionId,
		meter: T::AccountId,
		hash: H256,
	) -> DispatchResult {
		let mut auction = Auctions::<T>::get(id).ok_or(Error::<T>::UnknownAuction)?;
		let terms = auction.terms;
		ensure!(terms.kind.is_sealed(), Error::<T>::WrongAuctionKind);
		ensure!(bidder != auction.owner, Error::<T>::OwnAuction);
		ensure!(Self::now_ms() < terms.ends, Error::<T>::BiddingOver);
		Self::ensure_trader(&bidder, &meter, Side::Buy)?;
		ensure!(!Commitments::<T>::contains_key(id, &bidder), Error::<T>::AlreadyCommitted);
		let bond = Self::value_at(terms.wh, terms.start)?;
		if !bond.is_zero() {
			T::Currency::hold(&HoldReason::Escrow.into(), &bidder, bond)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
		}
		Commitments::<T>::insert(
			id,
			&bidder,
			Commitment { hash, meter, bond, reveal_ends: terms.reveal_ends },
		);
		auction.commitments = auction.commitments.saturating_add(1);
		Auctions::<T>::insert(id, auction);
		Self::deposit_event(Event::BidCommitted { auction: id, bidder, bond });
		Ok(())
	}

	/// Reveals a sealed bid: the best so far keeps its bond, every other
	/// bidder's returns at once.
	pub(crate) fn do_reveal_bid(
		bidder: T::AccountId,
		id: AuctionId,
		price: Tick,
		salt: [u8; 32],
	) -> DispatchResult {
		let mut auction = Auctions::<T>::get(id).ok_or(Error::<T>::UnknownAuction)?;
		let terms = auction.terms;
		let commitment = Commitments::<T>::get(id, &bidder).ok_or(Error::<T>::UnknownCommitment)?;
		let now = Self::now_ms();
		ensure!(now >= terms.ends && now < terms.reveal_ends, Error::<T>::NotRevealing);
		ensure!(
			Self::commitment_hash(id, &bidder, price, terms.wh, &salt) == commitment.hash,
			Error::<T>::RevealMismatch
		);
		ensure!(price >= 1 && price <= terms.start, Error::<T>::PriceOutsideBand);
		Commitments::<T>::remove(id, &bidder);
		let valid = price >= terms.reserve;
		let wins = valid && auction.best.as_ref().is_none_or(|best| price > best.price);
		if wins {
			if let Some(outbid) = auction.best.take() {
				auction.second = Some(outbid.price);
				Self::release_part(&outbid.bidder, Side::Buy, outbid.held)?;
			}
			auction.best = Some(Bid {
				bidder: bidder.clone(),
				meter: commitment.meter,
				price,
				held: commitment.bond,
			});
		} else {
			if valid {
				auction.second = Some(auction.second.map_or(price, |second| second.max(price)));
			}
			Self::release_part(&bidder, Side::Buy, commitment.bond)?;
		}
		Auctions::<T>::insert(id, auction);
		Self::deposit_event(Event::BidRevealed { auction: id, bidder, price });
		Ok(())
	}

	/// A sealed bid not revealed in time forfeits its bond to the
	/// marketplace.
	pub(crate) fn do_forfeit_commitment(id: AuctionId, bidder: T::AccountId) -> DispatchResult {
		let commitment = Commitments::<T>::get(id, &bidder).ok_or(Error::<T>::UnknownCommitment)?;
		ensure!(Self::now_ms() >= commitment.reveal_ends, Error::<T>::NotRevealing);
		// If the marketplace cannot take it (a reaped account and dust), the
		// bond returns.
		let forfeited =
			Self::pay_held(&bidder, Side::Buy, &T::MarketAccount::get(), commitment.bond)?;
		Self::release_part(&bidder, Side::Buy, commitment.bond.saturating_sub(forfeited))?;
		Commitments::<T>::remove(id, &bidder);
		Self::deposit_event(Event::CommitmentForfeited { auction: id, bidder, bond: forfeited });
		Ok(())
	}

	/// Closes an auction after its end: the best bid that met the reserve
	/// becomes a trade; every hold not owed returns.
	pub(crate) fn do_close_auction(id: AuctionId) -> DispatchResult {
		let auction = Auctions::<T>::get(id).ok_or(Error::<T>::UnknownAuction)?;
		let terms = auction.terms;
		let end = if terms.kind.is_sealed() { terms.reveal_ends } else { terms.ends };
		let now = Self::now_ms();
		ensure!(now >= end, Error::<T>::AuctionNotOver);
		let owner_side = terms.kind.owner_side();
		let winner = auction.best.clone().filter(|best| match terms.kind {
			AuctionKind::Reverse => best.price <= terms.reserve,
			_ => best.price >= terms.reserve,
		});
		let outcome = match winner {
			// Readings may come once the slot started: a trade must be older.
			Some(_) if now >= Self::slot_start(terms.slot) => AuctionOutcome::Void,
			Some(best) => {
				let tick = match terms.kind {
					AuctionKind::SealedSecondPrice => {
						auction.second.unwrap_or(terms.reserve).max(terms.reserve)
					}
					_ => best.price,
				};
				let price = Self::tick_price(tick);
				let value = Self::value(terms.wh, price)?;
				let collateral = Self::collateral_for(terms.wh, price)?;
				let (buyer, buyer_meter, buyer_held, seller, seller_meter, seller_held) =
					match owner_side {
						Side::Sell => (
							best.bidder,
							best.meter,
							best.held,
							auction.owner.clone(),
							auction.meter.clone(),
							auction.held,
						),
						Side::Buy => (
							auction.owner.clone(),
							auction.meter.clone(),
							auction.held,
							best.bidder,
							best.meter,
							best.held,
						),
					};
				let escrow = value.min(buyer_held);
				let collateral = collateral.min(seller_held);
				Self::release_part(&buyer, Side::Buy, buyer_held.saturating_sub(escrow))?;
				Self::release_part(&seller, Side::Sell, seller_held.saturating_sub(collateral))?;
				let trade = Self::record_trade(Trade {
					slot: terms.slot,
					market: TradeMarket::Auction(id),
					seller,
					seller_meter,
					buyer,
					buyer_meter,
					wh: terms.wh,
					price,
					sold_before: 0,
					escrow,
					collateral,
					status: TradeStatus::Open,
				});
				Auctions::<T>::remove(id);
				Self::deposit_event(Event::AuctionClosed {
					auction: id,
					outcome: AuctionOutcome::Sold(trade),
				});
				return Ok(());
			}
			None => AuctionOutcome::NoSale,
		};
		Self::release_auction(id, &auction, outcome)
	}

	/// Its owner withdraws an auction nobody bid in yet.
	pub(crate) fn do_cancel_auction(caller: T::AccountId, id: AuctionId) -> DispatchResult {
		let auction = Auctions::<T>::get(id).ok_or(Error::<T>::UnknownAuction)?;
		ensure!(caller == auction.owner, Error::<T>::NotYourAuction);
		ensure!(auction.best.is_none() && auction.commitments == 0, Error::<T>::AuctionHasBids);
		Self::release_auction(id, &auction, AuctionOutcome::Cancelled)
	}

	/// Ends an auction without a trade: the owner's and the best bidder's
	/// holds return.
	fn release_auction(
		id: AuctionId,
		auction: &AuctionOf<T>,
		outcome: AuctionOutcome,
	) -> DispatchResult {
		let owner_side = auction.terms.kind.owner_side();
		Self::release_part(&auction.owner, owner_side, auction.held)?;
		if let Some(best) = &auction.best {
			Self::release_part(&best.bidder, owner_side.opposite(), best.held)?;
		}
		Auctions::<T>::remove(id);
		Self::deposit_event(Event::AuctionClosed { auction: id, outcome });
		Ok(())
	}
}
