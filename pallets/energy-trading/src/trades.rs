//! Trades of the continuous market and the auctions, and their delivery
//! settlement: each trade once, after its slot's reading window, against
//! the seller's meter. A meter's export goes to its owner's sale in the
//! regulated exchange first, then to its trades in the order they were
//! made.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Provenance, Restriction},
		Get,
	},
};
use sp_runtime::traits::{Saturating, Zero};
use tsm_primitives::{DeliveredVia, Delivery, OnDeliverySettled};

impl<T: Config> Pallet<T> {
	/// Stores a new trade, placing it after the seller meter's earlier
	/// trades of the slot.
	pub(crate) fn record_trade(mut trade: TradeOf<T>) -> TradeId {
		let id = take_id::<NextTradeId<T>>();
		Sales::<T>::mutate(trade.slot, &trade.seller_meter, |sales| {
			trade.sold_before = sales.sold;
			sales.sold = sales.sold.saturating_add(trade.wh);
			sales.open_trades = sales.open_trades.saturating_add(1);
		});
		TradesOf::<T>::insert(&trade.buyer, id, ());
		TradesOf::<T>::insert(&trade.seller, id, ());
		Self::deposit_event(Event::Traded {
			trade: id,
			slot: trade.slot,
			market: trade.market,
			seller: trade.seller.clone(),
			buyer: trade.buyer.clone(),
			wh: trade.wh,
			price: trade.price,
		});
		Trades::<T>::insert(id, trade);
		id
	}

	/// Settles a trade against the seller's meter: the buyer pays the
	/// seller the trade price for what was delivered (the platform fee to
	/// the marketplace), the seller forfeits `Collateral` of the value it
	/// failed to deliver to the buyer; the rest of both holds returns.
	pub(crate) fn do_settle_trade(id: TradeId) -> DispatchResult {
		let mut trade = Trades::<T>::get(id).ok_or(Error::<T>::UnknownTrade)?;
		ensure!(trade.status == TradeStatus::Open, Error::<T>::TradeSettled);
		ensure!(
			Self::now_ms() >= Self::reading_window_end(trade.slot),
			Error::<T>::ReadingWindowOpen
		);
		let mut sales = Sales::<T>::get(trade.slot, &trade.seller_meter);
		let delivered = Self::trade_delivered(&trade, &sales);
		let value = Self::value(delivered, trade.price)?.min(trade.escrow);
		let fee = T::PlatformFee::get().mul_floor(value);
		let fee = Self::pay_held(&trade.buyer, Side::Buy, &T::MarketAccount::get(), fee)?;
		let paid =
			Self::pay_held(&trade.buyer, Side::Buy, &trade.seller, value.saturating_sub(fee))?;
		let short = trade.wh.saturating_sub(delivered);
		let penalty =
			T::Collateral::get().mul_floor(Self::value(short, trade.price)?).min(trade.collateral);
		let penalty = Self::pay_held(&trade.seller, Side::Sell, &trade.buyer, penalty)?;
		Self::release_part(
			&trade.buyer,
			Side::Buy,
			trade.escrow.saturating_sub(fee).saturating_sub(paid),
		)?;
		Self::release_part(&trade.seller, Side::Sell, trade.collateral.saturating_sub(penalty))?;

		sales.open_trades = sales.open_trades.saturating_sub(1);
		if sales.open_trades == 0 {
			Sales::<T>::remove(trade.slot, &trade.seller_meter);
		} else {
			Sales::<T>::insert(trade.slot, &trade.seller_meter, sales);
		}
		T::OnDeliverySettled::delivered(Delivery {
			slot: trade.slot,
			from: Some((&trade.seller, &trade.seller_meter)),
			to: Some((&trade.buyer, &trade.buyer_meter)),
			via: DeliveredVia::Trade(id),
			wh: delivered,
		});
		trade.status = TradeStatus::Settled { delivered, paid, fee, penalty };
		trade.escrow = Zero::zero();
		trade.collateral = Zero::zero();
		Trades::<T>::insert(id, trade);
		Self::deposit_event(Event::TradeSettled { trade: id, delivered, paid, fee, penalty });
		Ok(())
	}

	/// Removes a settled trade older than the reading retention.
	pub(crate) fn do_remove_trade(id: TradeId) -> DispatchResult {
		let trade = Trades::<T>::get(id).ok_or(Error::<T>::UnknownTrade)?;
		ensure!(trade.status != TradeStatus::Open, Error::<T>::TradeOpen);
		ensure!(
			Self::current_slot() > trade.slot.saturating_add(T::ReadingRetention::get()),
			Error::<T>::TradeRetained
		);
		Trades::<T>::remove(id);
		TradesOf::<T>::remove(&trade.buyer, id);
		TradesOf::<T>::remove(&trade.seller, id);
		Self::deposit_event(Event::TradeRemoved { trade: id });
		Ok(())
	}

	/// What the seller's meter delivered of a trade: its export after the
	/// regulated exchange, less the trades made before it, up to the
	/// trade's Wh (no reading: nothing).
	pub(crate) fn trade_delivered(trade: &TradeOf<T>, sales: &MeterSales) -> u64 {
		sales.export.saturating_sub(trade.sold_before).min(trade.wh)
	}

	/// Pays `amount` of what `from` holds for `side` to `to`; nothing moves
	/// (and `from` keeps it) if `to` cannot take it (a reaped account and
	/// a dust amount). Returns what was paid.
	pub(crate) fn pay_held(
		from: &T::AccountId,
		side: Side,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, sp_runtime::DispatchError> {
		if amount.is_zero()
			|| T::Currency::can_deposit(to, amount, Provenance::Extant)
				!= DepositConsequence::Success
		{
			return Ok(Zero::zero());
		}
		T::Currency::transfer_on_hold(
			&Self::reason(side).into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(amount)
	}
}
