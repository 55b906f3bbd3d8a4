//! Market parameters: each value is checked against its bounds before the
//! market services see it.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use tsm_primitives::Balance;

impl<T: Config> Pallet<T> {
	/// The council's parameters: all but the regulated energy price.
	pub(crate) fn do_set_parameter(
		parameter: MarketParameter<BlockNumberFor<T>>,
	) -> DispatchResult {
		ensure!(
			!matches!(parameter, MarketParameter::RegulatedEnergyPrice(_)),
			Error::<T>::SetByRegulator
		);
		Self::change(parameter)
	}

	/// The regulator's one parameter: the regulated energy price, inside
	/// the council's band.
	pub(crate) fn do_set_regulated_energy_price(price: Balance) -> DispatchResult {
		Self::change(MarketParameter::RegulatedEnergyPrice(price))
	}

	/// Applies a change within its bounds; says so, and says when a new
	/// band moved the regulated price.
	fn change(parameter: MarketParameter<BlockNumberFor<T>>) -> DispatchResult {
		let before = Parameters::<T>::get();
		let parameters = before.with(parameter);
		Self::check_parameters(&parameters)?;
		Parameters::<T>::put(parameters);
		Self::deposit_event(Event::ParameterSet { parameter });
		let price = parameters.regulated_energy_price;
		if price != before.regulated_energy_price
			&& !matches!(parameter, MarketParameter::RegulatedEnergyPrice(_))
		{
			let moved = MarketParameter::RegulatedEnergyPrice(price);
			Self::deposit_event(Event::ParameterSet { parameter: moved });
		}
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
