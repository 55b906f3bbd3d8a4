//! Positions in a slot's regulated exchange: opened with their hold until
//! gate closure, counted into the slot's totals.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::Zero;
use tsm_primitives::{
	ids::SlotIndex, CertifiedSources, DeviceKind, DeviceRegistry, Role, RoleProvider,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_open_position(
		who: T::AccountId,
		slot: SlotIndex,
		pool: Pool,
		meter: T::AccountId,
		wh: u64,
		side: Side,
	) -> DispatchResult {
		Self::ensure_trader(&who, &meter, side)?;
		Self::ensure_market_open(slot)?;
		ensure!(
			wh >= T::MinOrderWh::get() && wh <= T::MaxWh::get(),
			Error::<T>::QuantityOutOfRange
		);
		if side == Side::Sell {
			Self::ensure_certified(&meter, pool)?;
		}
		ensure!(!Positions::<T>::contains_key(slot, &who), Error::<T>::AlreadyInSlot);

		let mut market = match Slots::<T>::get(slot, pool) {
			Some(market) => market,
			None => {
				let price = T::RegulatedPrice::get();
				ensure!(!price.is_zero(), Error::<T>::NoRegulatedPrice);
				Self::deposit_event(Event::SlotOpened { slot, pool, price });
				SlotMarket { price, ..Default::default() }
			}
		};
		let held = match side {
			Side::Sell => Self::collateral_for(wh, market.price)?,
			Side::Buy => Self::value(wh, market.price)?,
		};
		if !held.is_zero() {
			T::Currency::hold(&Self::reason(side).into(), &who, held)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
		}
		match side {
			Side::Sell => market.offered = market.offered.saturating_add(wh),
			Side::Buy => market.requested = market.requested.saturating_add(wh),
		}
		market.positions = market.positions.saturating_add(1);
		Slots::<T>::insert(slot, pool, market);
		Positions::<T>::insert(
			slot,
			&who,
			Position {
				side,
				pool,
				meter: meter.clone(),
				wh,
				held,
				delivered: 0,
				status: PositionStatus::Open,
			},
		);
		Self::deposit_event(match side {
			Side::Sell => {
				Event::EnergyOffered { slot, pool, seller: who, meter, wh, collateral: held }
			}
			Side::Buy => Event::EnergyRequested { slot, pool, buyer: who, meter, wh, escrow: held },
		});
		Ok(())
	}

	pub(crate) fn do_cancel_position(who: T::AccountId, slot: SlotIndex) -> DispatchResult {
		let position = Positions::<T>::get(slot, &who).ok_or(Error::<T>::UnknownPosition)?;
		Self::ensure_market_open(slot)?;
		Self::release(&who, &position)?;
		let mut market = Slots::<T>::get(slot, position.pool).ok_or(Error::<T>::UnknownPosition)?;
		match position.side {
			Side::Sell => market.offered = market.offered.saturating_sub(position.wh),
			Side::Buy => market.requested = market.requested.saturating_sub(position.wh),
		}
		market.positions = market.positions.saturating_sub(1);
		if market.positions == 0 {
			Slots::<T>::remove(slot, position.pool);
		} else {
			Slots::<T>::insert(slot, position.pool, market);
		}
		Positions::<T>::remove(slot, &who);
		Self::deposit_event(Event::PositionCancelled { slot, who });
		Ok(())
	}

	/// A seller needs an `EnergyProsumer` credential, a buyer an
	/// `EnergyConsumer` or `EnergyProsumer` one; either trades through a
	/// smart meter it owns.
	pub(crate) fn ensure_trader(
		who: &T::AccountId,
		meter: &T::AccountId,
		side: Side,
	) -> DispatchResult {
		let credentialed = match side {
			Side::Sell => T::Roles::has_role(who, Role::EnergyProsumer),
			Side::Buy => {
				T::Roles::has_role(who, Role::EnergyConsumer)
					|| T::Roles::has_role(who, Role::EnergyProsumer)
			}
		};
		ensure!(credentialed, Error::<T>::NoEnergyCredential);
		ensure!(
			T::Devices::device(meter) == Some((who.clone(), DeviceKind::SmartMeter)),
			Error::<T>::NotYourMeter
		);
		Ok(())
	}

	/// A seller's meter stands behind a certified source that meets the
	/// requirement, if there is one (the open pool and plain lots take any).
	pub(crate) fn ensure_certified(meter: &T::AccountId, requirement: Pool) -> DispatchResult {
		if let Some(requirement) = requirement {
			let source = T::CertifiedSources::certified_source(meter);
			ensure!(
				source.is_some_and(|source| requirement.accepts(source)),
				Error::<T>::SourceNotCertified
			);
		}
		Ok(())
	}

	/// Orders are taken for a slot up to `MaxSlotsAhead` ahead, until its
	/// gate closure.
	pub(crate) fn ensure_market_open(slot: SlotIndex) -> Result<(), Error<T>> {
		ensure!(
			Self::now_ms() < Self::gate_closure(slot)
				&& slot <= Self::current_slot().saturating_add(T::MaxSlotsAhead::get()),
			Error::<T>::SlotNotOpen
		);
		Ok(())
	}

	/// Releases all of a position's hold.
	pub(crate) fn release(who: &T::AccountId, position: &PositionOf<T>) -> DispatchResult {
		Self::release_part(who, position.side, position.held)
	}

	/// Releases `amount` of a position's hold.
	pub(crate) fn release_part(
		who: &T::AccountId,
		side: Side,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(&Self::reason(side).into(), who, amount, Precision::BestEffort)?;
		Ok(())
	}

	/// What a side's hold is for.
	pub(crate) fn reason(side: Side) -> HoldReason {
		match side {
			Side::Sell => HoldReason::Collateral,
			Side::Buy => HoldReason::Escrow,
		}
	}

	/// A position's fill from its slot's totals.
	pub fn fill(market: &SlotMarket<BalanceOf<T>>, position: &PositionOf<T>) -> u64 {
		match position.side {
			Side::Sell => fill_of(position.wh, market.offered, market.requested),
			Side::Buy => fill_of(position.wh, market.requested, market.offered),
		}
	}
}
