//! Market parameters: each value is checked against its bounds before the
//! market services see it.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_parameter(
		parameter: MarketParameter<BlockNumberFor<T>>,
	) -> DispatchResult {
		let parameters = Parameters::<T>::get().with(parameter);
		Self::check_parameters(&parameters)?;
		Parameters::<T>::put(parameters);
		Self::deposit_event(Event::ParameterSet { parameter });
		Ok(())
	}

	/// Every value within its bounds, and the regulated price within the band.
	pub(crate) fn check_parameters(
		parameters: &MarketParameters<BlockNumberFor<T>>,
	) -> Result<(), Error<T>> {
		ensure!(
			parameters.platform_fee <= T::MaxPlatformFee::get(),
			Error::<T>::PlatformFeeTooHigh
		);
		for window in [
			parameters.order_timeout,
			parameters.reporting_grace,
			parameters.dispute_window,
			parameters.netting_dispute_window,
		] {
			ensure!(window >= MinimumWindow::<T>::get(), Error::<T>::WindowTooShort);
			ensure!(window <= T::MaxWindow::get(), Error::<T>::WindowTooLong);
		}
		ensure!(
			parameters.energy_price_floor <= parameters.energy_price_cap
				&& parameters.energy_price_cap <= T::MaxEnergyPrice::get(),
			Error::<T>::InvalidEnergyPriceBand
		);
		ensure!(
			(parameters.energy_price_floor..=parameters.energy_price_cap)
				.contains(&parameters.regulated_energy_price),
			Error::<T>::EnergyPriceOutsideBand
		);
		Ok(())
	}
}
