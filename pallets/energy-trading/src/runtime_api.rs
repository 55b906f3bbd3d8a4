//! The queries apps need, as a runtime API (served by the node as
//! `tsmEnergy_*` JSON-RPC methods), and their implementation.

use crate::*;
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};
use tsm_primitives::ids::SlotIndex;

/// The most slots one `readings` query spans.
pub const MAX_READING_SLOTS: SlotIndex = 1_000;

/// The slots' clock now.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ClockInfo {
	/// Slot length, gate closure and reading window (ms).
	pub timing: SlotTiming,
	/// The block timestamp (ms since the epoch).
	pub now: u64,
	/// The slot running now.
	pub current_slot: SlotIndex,
	/// The first slot whose market still takes orders.
	pub first_open_slot: SlotIndex,
}

/// A position with its fill from the slot's totals.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PositionInfo<AccountId, Balance> {
	/// Whose.
	pub who: AccountId,
	/// The record.
	pub position: Position<AccountId, Balance>,
	/// Its fill (final once the gate closed).
	pub fill: u64,
}

/// A slot's regulated exchange with its times and positions.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SlotInfo<AccountId, Balance> {
	/// The slot.
	pub slot: SlotIndex,
	/// When it starts and ends (ms).
	pub start: u64,
	/// When it ends (ms).
	pub end: u64,
	/// When its market closes (ms).
	pub gate_closure: u64,
	/// When its readings close and settlement opens (ms).
	pub settlement_opens: u64,
	/// Each pool's price and totals.
	pub pools: Vec<PoolInfo<Balance>>,
	/// Every position, with its fill in its pool.
	pub positions: Vec<PositionInfo<AccountId, Balance>>,
}

/// A pool of a slot's regulated exchange.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PoolInfo<Balance> {
	/// The pool: `null` the open one, else what its buyers require.
	pub pool: Pool,
	/// Its price and totals.
	pub market: SlotMarket<Balance>,
}

/// A meter's reading of a slot.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ReadingInfo {
	/// The slot.
	pub slot: SlotIndex,
	/// What the meter measured.
	pub reading: Reading,
}

/// The most trades one `trades` query returns.
pub const MAX_TRADES_PAGE: u32 = 100;

/// A price level of a continuous-market book, aggregated.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct LevelInfo<Balance> {
	pub side: Side,
	pub book: Book,
	pub tick: Tick,
	/// The tick's price per kWh.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub price: Balance,
	/// Wh its orders still offer or ask for.
	pub wh: u64,
	/// How many orders rest there.
	pub orders: u32,
}

/// An order with its id.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct OrderInfo<AccountId, Balance> {
	pub id: OrderId,
	pub order: Order<AccountId, Balance>,
}

/// A trade with its id.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct TradeInfo<AccountId, Balance> {
	pub id: TradeId,
	pub trade: Trade<AccountId, Balance>,
}

/// A running auction with its id.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct AuctionInfo<AccountId, Balance> {
	pub id: AuctionId,
	pub auction: Auction<AccountId, Balance>,
}

sp_api::decl_runtime_apis! {
	/// Energy trading queries: the slots' clock, a slot's regulated
	/// exchange, meter readings; since version 2 the continuous market's
	/// book, an account's orders and its trades, a slot's auctions; since
	/// version 3 the exchange's pools and the auctions' requirements (the
	/// shapes of `slot` and `auctions` changed).
	#[api_version(3)]
	pub trait TsmEnergyApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The slots' clock now.
		fn clock() -> ClockInfo;
		/// A slot's regulated exchange, every pool of it (`None`: no
		/// position in it).
		fn slot(slot: SlotIndex) -> Option<SlotInfo<AccountId, Balance>>;
		/// A meter's readings of the slots `from` to `to` (at most
		/// `MAX_READING_SLOTS` of them), in order.
		fn readings(meter: AccountId, from: SlotIndex, to: SlotIndex) -> Vec<ReadingInfo>;
		/// A slot's continuous-market books: every price level, both sides,
		/// best first (sellers lowest, buyers highest).
		fn book(slot: SlotIndex) -> Vec<LevelInfo<Balance>>;
		/// An account's resting orders, oldest first.
		fn orders(who: AccountId) -> Vec<OrderInfo<AccountId, Balance>>;
		/// An account's trades (as buyer or seller) from id `from` on, at
		/// most `limit` (up to `MAX_TRADES_PAGE`), oldest first.
		fn trades(who: AccountId, from: TradeId, limit: u32) -> Vec<TradeInfo<AccountId, Balance>>;
		/// The running auctions of a slot, oldest first.
		fn auctions(slot: SlotIndex) -> Vec<AuctionInfo<AccountId, Balance>>;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`TsmEnergyApi::clock`].
	pub fn clock() -> ClockInfo {
		let timing = Timing::<T>::get();
		let now = Self::now_ms();
		let current_slot = Self::current_slot();
		// The first slot whose gate closure is still ahead.
		let first_open_slot = now
			.saturating_add(timing.gate_closure)
			.checked_div(timing.length)
			.unwrap_or_default()
			.saturating_add(1);
		ClockInfo { timing, now, current_slot, first_open_slot }
	}

	/// See [`TsmEnergyApi::slot`].
	pub fn slot_info(slot: SlotIndex) -> Option<SlotInfo<T::AccountId, BalanceOf<T>>> {
		// At most one open and seven certified pools per slot.
		let pools: Vec<_> =
			Slots::<T>::iter_prefix(slot).map(|(pool, market)| PoolInfo { pool, market }).collect();
		if pools.is_empty() {
			return None;
		}
		let start = Self::slot_start(slot);
		let end = Self::slot_start(slot.saturating_add(1));
		let positions = Positions::<T>::iter_prefix(slot)
			.map(|(who, position)| {
				let fill = pools
					.iter()
					.find(|info| info.pool == position.pool)
					.map_or(0, |info| Self::fill(&info.market, &position));
				PositionInfo { who, position, fill }
			})
			.collect();
		Some(SlotInfo {
			slot,
			start,
			end,
			gate_closure: Self::gate_closure(slot),
			settlement_opens: Self::reading_window_end(slot),
			pools,
			positions,
		})
	}

	/// See [`TsmEnergyApi::book`].
	pub fn book(slot: SlotIndex) -> Vec<LevelInfo<BalanceOf<T>>> {
		let mut levels: Vec<_> = Levels::<T>::iter_prefix((slot,))
			.map(|((side, book, tick), level)| LevelInfo {
				side,
				book,
				tick,
				price: Self::tick_price(tick),
				wh: level.wh,
				orders: level.orders,
			})
			.collect();
		levels.sort_by_key(|level| match level.side {
			Side::Sell => (0, level.tick as i64, level.book),
			Side::Buy => (1, -(level.tick as i64), level.book),
		});
		levels
	}

	/// See [`TsmEnergyApi::orders`].
	pub fn orders_of(who: T::AccountId) -> Vec<OrderInfo<T::AccountId, BalanceOf<T>>> {
		let mut ids: Vec<OrderId> = OrdersOf::<T>::iter_key_prefix(&who).collect();
		ids.sort_unstable();
		ids.into_iter()
			.filter_map(|id| Orders::<T>::get(id).map(|order| OrderInfo { id, order }))
			.collect()
	}

	/// See [`TsmEnergyApi::trades`].
	pub fn trades_of(
		who: T::AccountId,
		from: TradeId,
		limit: u32,
	) -> Vec<TradeInfo<T::AccountId, BalanceOf<T>>> {
		let mut ids: Vec<TradeId> =
			TradesOf::<T>::iter_key_prefix(&who).filter(|id| *id >= from).collect();
		ids.sort_unstable();
		ids.into_iter()
			.take(limit.min(MAX_TRADES_PAGE) as usize)
			.filter_map(|id| Trades::<T>::get(id).map(|trade| TradeInfo { id, trade }))
			.collect()
	}

	/// See [`TsmEnergyApi::auctions`].
	pub fn auctions_of_slot(slot: SlotIndex) -> Vec<AuctionInfo<T::AccountId, BalanceOf<T>>> {
		let mut auctions: Vec<_> = Auctions::<T>::iter()
			.filter(|(_, auction)| auction.terms.slot == slot)
			.map(|(id, auction)| AuctionInfo { id, auction })
			.collect();
		auctions.sort_by_key(|info| info.id);
		auctions
	}

	/// See [`TsmEnergyApi::readings`].
	pub fn readings(meter: T::AccountId, from: SlotIndex, to: SlotIndex) -> Vec<ReadingInfo> {
		let to = to.min(from.saturating_add(MAX_READING_SLOTS.saturating_sub(1)));
		(from..=to)
			.filter_map(|slot| {
				Readings::<T>::get(&meter, slot).map(|reading| ReadingInfo { slot, reading })
			})
			.collect()
	}
}
