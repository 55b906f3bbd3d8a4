//! The invariants the pallet keeps, checked after every unit test and by
//! `try-runtime`: holds equal the records of positions, orders and open
//! trades; each slot's totals equal the sums of its positions, nobody
//! delivers more than its fill, and the pool can pay every share still
//! owed; book levels equal the sums of their orders, in a well-linked list,
//! marked in their bitmap; no order traded more than it was placed with.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::{
	traits::{UniqueSaturatedInto, Zero},
	TryRuntimeError,
};
use tsm_primitives::ids::SlotIndex;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut owed = 0u128;
		for (slot, pool, market) in Slots::<T>::iter() {
			let (mut offered, mut requested, mut delivered) = (0u64, 0u64, 0u64);
			let (mut positions, mut settled) = (0u32, 0u32);
			for position in Positions::<T>::iter_prefix_values(slot) {
				if position.pool != pool {
					continue;
				}
				positions += 1;
				let filled = Self::fill(&market, &position);
				match position.side {
					Side::Sell => {
						offered += position.wh;
						delivered += position.delivered;
						ensure!(position.delivered <= filled, "nobody delivers more than its fill");
					}
					Side::Buy => requested += position.wh,
				}
				ensure!(filled <= position.wh, "a fill is at most the position");
				if position.status == PositionStatus::Settled {
					settled += 1;
					owed += Self::pool_share(&market, &position, filled);
				}
			}
			ensure!(market.offered == offered, "offered Wh equal the sellers' positions");
			ensure!(market.requested == requested, "requested Wh equal the buyers' positions");
			ensure!(market.delivered == delivered, "delivered Wh equal the sellers' deliveries");
			ensure!(market.positions == positions, "positions are counted");
			ensure!(market.settled == settled, "settled positions are counted");
		}
		for (slot, _, position) in Positions::<T>::iter() {
			ensure!(Slots::<T>::contains_key(slot, position.pool), "a position's pool is open");
		}
		Self::check_books()?;
		Self::check_trades()?;
		Self::check_auctions()?;
		for ((who, reason), amount) in Self::recorded_holds() {
			let reason = holds::HOLD_REASONS
				.into_iter()
				.find(|r| *r as u8 == reason)
				.ok_or("a known hold reason")?;
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"holds equal the positions"
			);
		}
		let pool: u128 = T::Currency::balance(&Self::pool_account()).unique_saturated_into();
		ensure!(pool >= owed, "the pool can pay every share owed");
		Ok(())
	}

	/// Levels and bitmaps against the orders.
	fn check_books() -> Result<(), TryRuntimeError> {
		let mut levels: BTreeMap<(SlotIndex, Side, Book, Tick), (u64, u32)> = BTreeMap::new();
		for (id, order) in Orders::<T>::iter() {
			ensure!(OrdersOf::<T>::contains_key(&order.owner, id), "an order is its owner's");
			ensure!(order.wh > 0 && order.wh <= order.placed_wh, "a resting order has Wh left");
			let level =
				levels.entry((order.slot, order.side, order.book, order.limit)).or_default();
			level.0 += order.wh;
			level.1 += 1;
		}
		ensure!(
			OrdersOf::<T>::iter_keys().all(|(_, id)| Orders::<T>::contains_key(id)),
			"an account's orders exist"
		);
		let mut stored = 0;
		for ((slot, side, book, tick), level) in Levels::<T>::iter() {
			stored += 1;
			let (wh, count) = levels.get(&(slot, side, book, tick)).copied().unwrap_or_default();
			ensure!(level.wh == wh && level.orders == count, "a level sums its orders");
			let bitmap = LevelBitmaps::<T>::get((slot, side, book)).unwrap_or_default();
			let index = tick.saturating_sub(1).min(MAX_TICKS - 1);
			let (word, bit) = ((index / 64) as usize, index % 64);
			ensure!(bitmap.words[word] & (1 << bit) != 0, "a level is marked");
			// Walk the level from its oldest order to its newest.
			let (mut walked, mut cursor, mut prev) = (0, Some(level.head), None);
			while let Some(id) = cursor {
				let order = Orders::<T>::get(id).ok_or("a level's order exists")?;
				ensure!(order.prev == prev, "a level is linked both ways");
				ensure!(
					(order.slot, order.side, order.book, order.limit) == (slot, side, book, tick),
					"an order rests at its own level"
				);
				walked += 1;
				ensure!(walked <= count, "a level's list ends");
				prev = Some(id);
				cursor = order.next;
			}
			ensure!(walked == count && prev == Some(level.tail), "a level's list holds its orders");
		}
		ensure!(stored == levels.len(), "every order rests at a level");
		for ((slot, side, book), bitmap) in LevelBitmaps::<T>::iter() {
			ensure!(!bitmap.is_empty(), "no empty bitmap is stored");
			let mut marked = 0usize;
			for (word, bits) in bitmap.words.iter().enumerate() {
				ensure!(
					(*bits != 0) == (bitmap.summary & (1 << word) != 0),
					"the summary marks the non-empty words"
				);
				marked += bits.count_ones() as usize;
			}
			let levels_here =
				levels.keys().filter(|(s, d, b, _)| (*s, *d, *b) == (slot, side, book)).count();
			ensure!(marked == levels_here, "a bitmap marks exactly its levels");
		}
		Ok(())
	}

	/// Trades against orders and meter sales.
	fn check_trades() -> Result<(), TryRuntimeError> {
		let mut traded: BTreeMap<OrderId, u64> = BTreeMap::new();
		let mut sales: BTreeMap<(SlotIndex, T::AccountId), (u64, u32)> = BTreeMap::new();
		for (id, trade) in Trades::<T>::iter() {
			ensure!(
				TradesOf::<T>::contains_key(&trade.buyer, id)
					&& TradesOf::<T>::contains_key(&trade.seller, id),
				"a trade is its parties'"
			);
			ensure!(trade.buyer != trade.seller, "nobody trades with itself");
			if let TradeMarket::Continuous { buy, sell } = trade.market {
				*traded.entry(buy).or_default() += trade.wh;
				*traded.entry(sell).or_default() += trade.wh;
			}
			let entry = sales.entry((trade.slot, trade.seller_meter.clone())).or_default();
			entry.0 += trade.wh;
			match trade.status {
				TradeStatus::Open => entry.1 += 1,
				TradeStatus::Settled { delivered, .. } => {
					ensure!(delivered <= trade.wh, "nobody delivers more than it sold");
					ensure!(
						trade.escrow.is_zero() && trade.collateral.is_zero(),
						"a settled trade holds nothing"
					);
				}
			}
		}
		for (id, order) in Orders::<T>::iter() {
			let wh = traded.get(&id).copied().unwrap_or_default();
			ensure!(wh == order.placed_wh - order.wh, "an order traded what it lacks");
		}
		for (slot, meter, record) in Sales::<T>::iter() {
			let (sold, open) =
				sales.get(&(slot, meter)).copied().ok_or("a meter's sales have trades")?;
			ensure!(record.sold == sold, "a meter's sales sum its trades");
			ensure!(record.open_trades == open && open > 0, "a meter's open trades are counted");
		}
		for ((slot, meter), (_, open)) in sales {
			ensure!(open == 0 || Sales::<T>::contains_key(slot, &meter), "open trades are counted");
		}
		Ok(())
	}

	/// Auctions' best bids against their terms.
	fn check_auctions() -> Result<(), TryRuntimeError> {
		for (id, auction) in Auctions::<T>::iter() {
			let terms = auction.terms;
			ensure!(!Commitments::<T>::contains_key(id, &auction.owner), "no bid in one's own");
			if let Some(best) = &auction.best {
				ensure!(best.bidder != auction.owner, "nobody bids in its own auction");
				let within = match terms.kind {
					AuctionKind::Forward => best.price >= terms.start,
					AuctionKind::Reverse => best.price <= terms.start,
					_ => best.price >= terms.reserve && best.price <= terms.start,
				};
				ensure!(within, "the best bid respects the terms");
			}
			if let (Some(best), Some(second)) = (&auction.best, auction.second) {
				ensure!(second <= best.price, "the second-best bid is not above the best");
			}
		}
		Ok(())
	}
}
