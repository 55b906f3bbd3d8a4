//! Delivery settlement of a slot's regulated exchange, per position in two
//! steps: pay the part in (after the reading window), then — once every
//! position of the slot paid in — collect the share.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
		Get,
	},
};
use sp_runtime::traits::{Saturating, UniqueSaturatedInto, Zero};
use tsm_primitives::{ids::SlotIndex, DeliveredVia, Delivery, OnDeliverySettled};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_settle(slot: SlotIndex, who: T::AccountId) -> DispatchResult {
		let position = Positions::<T>::get(slot, &who).ok_or(Error::<T>::UnknownPosition)?;
		ensure!(Self::now_ms() >= Self::reading_window_end(slot), Error::<T>::ReadingWindowOpen);
		let market = Slots::<T>::get(slot, position.pool).ok_or(Error::<T>::UnknownPosition)?;
		match position.status {
			PositionStatus::Open => Self::pay_in(slot, who, position, market),
			PositionStatus::Settled => Self::collect(slot, who, position, market),
		}
	}

	/// A buyer pays for its share of the delivered energy, a seller forfeits
	/// collateral for what it did not deliver of its fill; the rest of the
	/// hold returns.
	fn pay_in(
		slot: SlotIndex,
		who: T::AccountId,
		mut position: PositionOf<T>,
		mut market: SlotMarket<BalanceOf<T>>,
	) -> DispatchResult {
		let price: u128 = market.price.unique_saturated_into();
		let filled = Self::fill(&market, &position);
		let (owed, delivered) = match position.side {
			Side::Sell => {
				let short = filled.saturating_sub(position.delivered);
				let value = value_of(short, price).ok_or(Error::<T>::Overflow)?;
				(T::Collateral::get().mul_floor(value), position.delivered)
			}
			Side::Buy => {
				let got = Self::received(&market, filled);
				(value_of(got, price).ok_or(Error::<T>::Overflow)?, got)
			}
		};
		let owed: BalanceOf<T> = owed.unique_saturated_into();
		let paid = owed.min(position.held);
		let pool = Self::pool_account();
		ensure!(
			T::Currency::can_deposit(&pool, paid, Provenance::Extant)
				== DepositConsequence::Success,
			Error::<T>::PoolUnfunded
		);
		if !paid.is_zero() {
			T::Currency::transfer_on_hold(
				&Self::reason(position.side).into(),
				&who,
				&pool,
				paid,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
		}
		Self::release_part(&who, position.side, position.held.saturating_sub(paid))?;
		match position.side {
			Side::Sell => market.penalties = market.penalties.saturating_add(paid),
			Side::Buy => market.paid_in = market.paid_in.saturating_add(paid),
		}
		market.settled = market.settled.saturating_add(1);
		position.held = Zero::zero();
		position.status = PositionStatus::Settled;
		Slots::<T>::insert(slot, position.pool, market);
		Positions::<T>::insert(slot, &who, position);
		Self::deposit_event(Event::PositionSettled { slot, who, filled, delivered, paid });
		Ok(())
	}

	/// Once every position paid in: a seller gets what the buyers paid, pro
	/// rata to what it delivered (less the platform fee); a buyer the
	/// forfeited collateral, pro rata to its fill. The position is done.
	fn collect(
		slot: SlotIndex,
		who: T::AccountId,
		position: PositionOf<T>,
		mut market: SlotMarket<BalanceOf<T>>,
	) -> DispatchResult {
		ensure!(market.settled == market.positions, Error::<T>::OthersNotSettled);
		let filled = Self::fill(&market, &position);
		let wh = match position.side {
			Side::Sell => position.delivered,
			Side::Buy => Self::received(&market, filled),
		};
		let share: BalanceOf<T> =
			Self::pool_share(&market, &position, filled).unique_saturated_into();
		let fee = match position.side {
			Side::Sell => T::PlatformFee::get().mul_floor(share),
			Side::Buy => Zero::zero(),
		};
		let pool = Self::pool_account();
		let mut paid = Zero::zero();
		let mut fee_paid = Zero::zero();
		if Self::pay_from_pool(&pool, &T::MarketAccount::get(), fee)? {
			fee_paid = fee;
		}
		let net = share.saturating_sub(fee_paid);
		if Self::pay_from_pool(&pool, &who, net)? {
			paid = net;
		}
		match position.side {
			Side::Sell => T::OnDeliverySettled::delivered(Delivery {
				slot,
				from: Some((&who, &position.meter)),
				to: None,
				via: DeliveredVia::Pool(position.pool),
				wh,
			}),
			Side::Buy => T::OnDeliverySettled::delivered(Delivery {
				slot,
				from: None,
				to: Some((&who, &position.meter)),
				via: DeliveredVia::Pool(position.pool),
				wh,
			}),
		}
		Positions::<T>::remove(slot, &who);
		market.positions = market.positions.saturating_sub(1);
		market.settled = market.settled.saturating_sub(1);
		if market.positions == 0 {
			Slots::<T>::remove(slot, position.pool);
		} else {
			Slots::<T>::insert(slot, position.pool, market);
		}
		Self::deposit_event(Event::PositionPaid { slot, who, amount: paid, fee: fee_paid });
		Ok(())
	}

	/// A buyer's share of the energy the sellers delivered: pro rata to its
	/// fill among all fills (Wh, rounded down).
	pub(crate) fn received(market: &SlotMarket<BalanceOf<T>>, filled: u64) -> u64 {
		let total = market.offered.min(market.requested);
		pro_rata(market.delivered as u128, filled, total) as u64
	}

	/// What a position that paid in collects from the pool: a seller what
	/// the buyers paid, pro rata to what it delivered; a buyer the forfeited
	/// collateral, pro rata to its fill.
	pub(crate) fn pool_share(
		market: &SlotMarket<BalanceOf<T>>,
		position: &PositionOf<T>,
		filled: u64,
	) -> u128 {
		match position.side {
			Side::Sell => pro_rata(
				market.paid_in.unique_saturated_into(),
				position.delivered,
				market.delivered,
			),
			Side::Buy => pro_rata(
				market.penalties.unique_saturated_into(),
				filled,
				market.offered.min(market.requested),
			),
		}
	}

	/// Pays `amount` from the pool, keeping the pool alive; `false` (and
	/// nothing moves) if `to` cannot take it (a reaped account and a dust
	/// amount): the pool keeps it.
	fn pay_from_pool(
		pool: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<bool, sp_runtime::DispatchError> {
		if amount.is_zero()
			|| T::Currency::can_deposit(to, amount, Provenance::Extant)
				!= DepositConsequence::Success
		{
			return Ok(false);
		}
		T::Currency::transfer(pool, to, amount, Preservation::Preserve)?;
		Ok(true)
	}
}
