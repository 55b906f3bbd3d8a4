//! Smart-meter readings: one per meter and slot, signed by the meter during
//! the reading window; a reading tells at once what its owner's sales
//! delivered.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use tsm_primitives::{ids::SlotIndex, DeviceKind, DeviceRegistry};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_reading(
		meter: T::AccountId,
		slot: SlotIndex,
		exported: u64,
		imported: u64,
	) -> DispatchResult {
		let (owner, kind) = T::Devices::device(&meter).ok_or(Error::<T>::NotAMeter)?;
		ensure!(kind == DeviceKind::SmartMeter, Error::<T>::NotAMeter);
		let end = Self::slot_start(slot.saturating_add(1));
		let now = Self::now_ms();
		ensure!(now >= end, Error::<T>::SlotNotOver);
		ensure!(
			now < end.saturating_add(Timing::<T>::get().reading_window),
			Error::<T>::ReadingTooLate
		);
		ensure!(!Readings::<T>::contains_key(&meter, slot), Error::<T>::ReadingExists);
		let maximum = T::MaxWh::get();
		ensure!(exported <= maximum && imported <= maximum, Error::<T>::ReadingOutOfRange);

		Readings::<T>::insert(&meter, slot, Reading { exported, imported });
		// The export goes to the owner's sale in the regulated exchange, up
		// to its fill, then to the meter's trades.
		let mut to_pool = 0;
		if let Some(mut position) = Positions::<T>::get(slot, &owner) {
			if position.side == Side::Sell && position.meter == meter {
				if let Some(mut market) = Slots::<T>::get(slot, position.pool) {
					position.delivered = Self::fill(&market, &position).min(exported);
					to_pool = position.delivered;
					market.delivered = market.delivered.saturating_add(position.delivered);
					Slots::<T>::insert(slot, position.pool, market);
					Positions::<T>::insert(slot, &owner, position);
				}
			}
		}
		Sales::<T>::mutate_exists(slot, &meter, |sales| {
			if let Some(sales) = sales {
				sales.export = exported.saturating_sub(to_pool);
			}
		});
		Self::deposit_event(Event::ReadingSubmitted { meter, slot, exported, imported });
		Ok(())
	}

	pub(crate) fn do_remove_reading(meter: T::AccountId, slot: SlotIndex) -> DispatchResult {
		ensure!(Readings::<T>::contains_key(&meter, slot), Error::<T>::UnknownReading);
		ensure!(
			Self::current_slot() > slot.saturating_add(T::ReadingRetention::get()),
			Error::<T>::ReadingRetained
		);
		Readings::<T>::remove(&meter, slot);
		Self::deposit_event(Event::ReadingRemoved { meter, slot });
		Ok(())
	}
}

/// Readings and trade deliveries for guarantees of origin: certificates
/// are issued from a meter's export, the part its trades deliver stays
/// for its buyers, and claims are checked against a meter's import.
impl<T: Config> tsm_primitives::MeterReadings<T::AccountId> for Pallet<T> {
	fn reading(meter: &T::AccountId, slot: SlotIndex) -> Option<(u64, u64)> {
		Readings::<T>::get(meter, slot).map(|reading| (reading.exported, reading.imported))
	}

	fn trade_delivery(meter: &T::AccountId, slot: SlotIndex) -> u64 {
		// `Sales` lives while any of the meter's trades of the slot is open;
		// its export is what is left after the regulated exchange.
		let sales = Sales::<T>::get(slot, meter);
		let traded = sales.export.min(sales.sold);
		// A sale into a certified pool delivers its certificates at its
		// collection, as long as its position lives.
		let pooled = T::Devices::device(meter)
			.and_then(|(owner, _)| Positions::<T>::get(slot, owner))
			.filter(|position| {
				position.side == Side::Sell && position.pool.is_some() && position.meter == *meter
			})
			.map_or(0, |position| position.delivered);
		traded.saturating_add(pooled)
	}

	fn slot_bounds(slot: SlotIndex) -> (u64, u64) {
		(Self::slot_start(slot), Self::slot_start(slot.saturating_add(1)))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_reading_for_benchmarks(
		meter: &T::AccountId,
		slot: SlotIndex,
		exported: u64,
		imported: u64,
	) -> Result<(), ()> {
		Readings::<T>::insert(meter, slot, Reading { exported, imported });
		Ok(())
	}
}
