//! The continuous double auction: limit orders with a price range, matched
//! on arrival with price-time priority, a bounded number of fills per call,
//! the rest resting on the book until gate closure.

use crate::{book::Bitmaps, *};
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::{fungible::MutateHold, Get},
};
use sp_runtime::traits::{Saturating, UniqueSaturatedInto, Zero};
use tsm_primitives::{ids::SlotIndex, CertifiedSources, SourceRequirement};

/// What an order asks for, as `placeOrder` takes it.
pub(crate) struct OrderRequest<AccountId> {
	pub slot: SlotIndex,
	pub side: Side,
	pub meter: AccountId,
	pub wh: u64,
	pub preferred: Tick,
	pub limit: Tick,
	pub requirement: Option<SourceRequirement>,
}

impl<T: Config> Pallet<T> {
	/// Places an order and matches it; returns the matching steps taken.
	pub(crate) fn do_place_order(
		who: T::AccountId,
		request: OrderRequest<T::AccountId>,
	) -> Result<u32, DispatchError> {
		let OrderRequest { slot, side, meter, wh, preferred, limit, requirement } = request;
		Self::ensure_trader(&who, &meter, side)?;
		Self::ensure_market_open(slot)?;
		ensure!(
			wh >= T::MinOrderWh::get() && wh <= T::MaxWh::get(),
			Error::<T>::QuantityOutOfRange
		);
		let in_order = match side {
			Side::Sell => preferred >= limit,
			Side::Buy => preferred <= limit,
		};
		ensure!(in_order, Error::<T>::InvalidPriceRange);
		Self::ensure_in_band(preferred)?;
		Self::ensure_in_band(limit)?;
		let (_, cap) = T::PriceBand::get();
		let book = match (side, requirement) {
			(Side::Sell, None) => {
				T::CertifiedSources::certified_source(&meter).map_or(Book::Any, Book::Certified)
			}
			(Side::Sell, Some(_)) => return Err(Error::<T>::RequirementOnSale.into()),
			(Side::Buy, requirement) => requirement.map_or(Book::Any, Book::Requires),
		};
		// A buyer holds its most cost, a seller its collateral on the most its
		// energy can sell for.
		let held = match side {
			Side::Buy => Self::value_at(wh, limit)?,
			Side::Sell => Self::collateral_for(wh, cap)?,
		};
		if !held.is_zero() {
			T::Currency::hold(&Self::reason(side).into(), &who, held)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
		}
		let id = take_id::<NextOrderId<T>>();
		OrdersOf::<T>::insert(&who, id, ());
		Self::deposit_event(Event::OrderPlaced {
			order: id,
			slot,
			side,
			who: who.clone(),
			meter: meter.clone(),
			wh,
			preferred,
			limit,
			held,
		});
		let mut order = Order {
			slot,
			side,
			book,
			owner: who,
			meter,
			preferred,
			limit,
			wh,
			placed_wh: wh,
			held,
			prev: None,
			next: None,
		};
		let mut bitmaps = Bitmaps::default();
		let steps = Self::match_against_book(&mut bitmaps, id, &mut order)?;
		if order.wh > 0 {
			Self::rest(&mut bitmaps, id, order);
		} else {
			Self::order_done(id, &order)?;
		}
		bitmaps.flush::<T>();
		Ok(steps)
	}

	/// Matches a resting order that still crosses the book (the fills of
	/// one call are bounded, so an order may rest crossed); returns the
	/// steps taken.
	pub(crate) fn do_match_resting(id: OrderId) -> Result<u32, DispatchError> {
		let mut order = Orders::<T>::get(id).ok_or(Error::<T>::UnknownOrder)?;
		Self::ensure_market_open(order.slot)?;
		let before = order.wh;
		let mut bitmaps = Bitmaps::default();
		let steps = Self::match_against_book(&mut bitmaps, id, &mut order)?;
		ensure!(steps > 0, Error::<T>::NothingToMatch);
		Self::level_traded(&order, before.saturating_sub(order.wh));
		if order.wh > 0 {
			Orders::<T>::insert(id, order);
		} else {
			Self::unlink(&mut bitmaps, id, &order);
			Self::order_done(id, &order)?;
		}
		bitmaps.flush::<T>();
		Ok(steps)
	}

	/// Cancels an order: its owner at any time, anyone once its slot's
	/// market closed (the order expired). The hold returns.
	pub(crate) fn do_cancel_order(caller: T::AccountId, id: OrderId) -> DispatchResult {
		let order = Orders::<T>::get(id).ok_or(Error::<T>::UnknownOrder)?;
		let expired = Self::ensure_market_open(order.slot).is_err();
		ensure!(caller == order.owner || expired, Error::<T>::NotYourOrder);
		let reason = if caller == order.owner && !expired {
			CancelReason::Cancelled
		} else {
			CancelReason::Expired
		};
		let mut bitmaps = Bitmaps::default();
		Self::take_off(&mut bitmaps, id, &order, reason)?;
		bitmaps.flush::<T>();
		Ok(())
	}

	/// Matches `order` against the best orders of the other side, at most
	/// `MaxFills` steps (a fill, or cancelling the owner's own order that
	/// it met: no self-trade).
	fn match_against_book(
		bitmaps: &mut Bitmaps,
		id: OrderId,
		order: &mut OrderOf<T>,
	) -> Result<u32, DispatchError> {
		let books = book::matching_books(order.side, order.book);
		let other = order.side.opposite();
		let mut steps = 0;
		while order.wh > 0 && steps < T::MaxFills::get() {
			let Some((_, tick, level)) = Self::best_level(bitmaps, order.slot, other, &books)
			else {
				break;
			};
			let crosses = match order.side {
				Side::Buy => tick <= order.limit,
				Side::Sell => tick >= order.limit,
			};
			if !crosses {
				break;
			}
			steps += 1;
			let resting_id = level.head;
			let mut resting = Orders::<T>::get(resting_id).ok_or(Error::<T>::UnknownOrder)?;
			if resting.owner == order.owner {
				Self::take_off(bitmaps, resting_id, &resting, CancelReason::SelfTrade)?;
				continue;
			}
			let wh = order.wh.min(resting.wh);
			let ((buy_id, buy), (sell_id, sell)) = match order.side {
				Side::Buy => ((id, &mut *order), (resting_id, &mut resting)),
				Side::Sell => ((resting_id, &mut resting), (id, &mut *order)),
			};
			// The resting order's preferred price, clamped into the overlap of
			// the two limits.
			let preferred = match other {
				Side::Buy => buy.preferred,
				Side::Sell => sell.preferred,
			};
			// Crossing means sell.limit <= buy.limit; max/min cannot panic.
			let tick = preferred.max(sell.limit).min(buy.limit);
			Self::trade(
				buy,
				sell,
				wh,
				Self::tick_price(tick),
				TradeMarket::Continuous { buy: buy_id, sell: sell_id },
			)?;
			Self::level_traded(&resting, wh);
			if resting.wh == 0 {
				Self::unlink(bitmaps, resting_id, &resting);
				Self::order_done(resting_id, &resting)?;
			} else {
				Orders::<T>::insert(resting_id, resting);
			}
		}
		Ok(steps)
	}

	/// Takes an order off the book and returns its hold.
	fn take_off(
		bitmaps: &mut Bitmaps,
		id: OrderId,
		order: &OrderOf<T>,
		reason: CancelReason,
	) -> DispatchResult {
		Self::unlink(bitmaps, id, order);
		Self::release_part(&order.owner, order.side, order.held)?;
		Orders::<T>::remove(id);
		OrdersOf::<T>::remove(&order.owner, id);
		Self::deposit_event(Event::OrderCancelled {
			order: id,
			who: order.owner.clone(),
			wh: order.wh,
			reason,
		});
		Ok(())
	}

	/// A fully traded order leaves; what it still held (rounding) returns.
	fn order_done(id: OrderId, order: &OrderOf<T>) -> DispatchResult {
		Self::release_part(&order.owner, order.side, order.held)?;
		Orders::<T>::remove(id);
		OrdersOf::<T>::remove(&order.owner, id);
		Ok(())
	}

	/// `wh` traded between two orders at `price` per kWh: the trade takes
	/// its part of both orders' holds and returns the rest of that part.
	fn trade(
		buy: &mut OrderOf<T>,
		sell: &mut OrderOf<T>,
		wh: u64,
		price: BalanceOf<T>,
		market: TradeMarket,
	) -> DispatchResult {
		// The buyer's order keeps its most cost for what it still asks for.
		let buy_rest = Self::value_at(buy.wh.saturating_sub(wh), buy.limit)?;
		let buy_part = buy.held.saturating_sub(buy_rest);
		let escrow = Self::value(wh, price)?.min(buy_part);
		Self::release_part(&buy.owner, Side::Buy, buy_part.saturating_sub(escrow))?;
		buy.held = buy.held.saturating_sub(buy_part);
		buy.wh = buy.wh.saturating_sub(wh);
		// The seller's order gives its collateral pro rata.
		let sell_part: BalanceOf<T> = if wh >= sell.wh {
			sell.held
		} else {
			pro_rata(sell.held.unique_saturated_into(), wh, sell.wh).unique_saturated_into()
		};
		let collateral = Self::collateral_for(wh, price)?.min(sell_part);
		Self::release_part(&sell.owner, Side::Sell, sell_part.saturating_sub(collateral))?;
		sell.held = sell.held.saturating_sub(sell_part);
		sell.wh = sell.wh.saturating_sub(wh);
		Self::record_trade(Trade {
			slot: sell.slot,
			market,
			seller: sell.owner.clone(),
			seller_meter: sell.meter.clone(),
			buyer: buy.owner.clone(),
			buyer_meter: buy.meter.clone(),
			wh,
			price,
			sold_before: 0,
			escrow,
			collateral,
			status: TradeStatus::Open,
		});
		Ok(())
	}

	/// A tick of the book whose price lies in the band.
	pub(crate) fn ensure_in_band(tick: Tick) -> DispatchResult {
		ensure!(tick >= 1 && tick <= MAX_TICKS, Error::<T>::PriceOutsideBand);
		let (floor, cap) = T::PriceBand::get();
		let price = Self::tick_price(tick);
		ensure!(price >= floor && price <= cap, Error::<T>::PriceOutsideBand);
		Ok(())
	}

	/// A seller's collateral for `wh` that may sell for up to `price`.
	pub(crate) fn collateral_for(
		wh: u64,
		price: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		Ok(T::Collateral::get().mul_ceil(Self::value(wh, price)?))
	}

	/// The price of a tick, per kWh.
	pub fn tick_price(tick: Tick) -> BalanceOf<T> {
		T::TickSize::get().saturating_mul(tick.into())
	}

	/// The value of `wh` at `tick`.
	pub(crate) fn value_at(wh: u64, tick: Tick) -> Result<BalanceOf<T>, DispatchError> {
		Self::value(wh, Self::tick_price(tick))
	}

	/// The value of `wh` at `price` per kWh.
	pub(crate) fn value(wh: u64, price: BalanceOf<T>) -> Result<BalanceOf<T>, DispatchError> {
		let value = value_of(wh, price.unique_saturated_into()).ok_or(Error::<T>::Overflow)?;
		Ok(value.unique_saturated_into())
	}
}
