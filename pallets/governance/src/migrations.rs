//! Storage migrations of the governance pallet.

use crate::*;

/// Version 0 → 1: the market parameters gain the reporting grace, which
/// starts equal to the dispute window (governance may change it).
pub mod v1 {
	use super::*;
	use codec::{Decode, Encode};
	use frame_support::{pallet_prelude::*, storage_alias, traits::UncheckedOnRuntimeUpgrade};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::Permill;
	use tsm_primitives::Balance;

	/// The version 0 records, as the old code wrote them.
	pub mod old {
		use super::*;

		/// Market parameters of version 0.
		#[derive(Encode, Decode, Clone, Copy, PartialEq, Debug, TypeInfo)]
		pub struct MarketParameters<BlockNumber> {
			pub platform_fee: Permill,
			pub order_timeout: BlockNumber,
			pub dispute_window: BlockNumber,
			pub netting_dispute_window: BlockNumber,
			pub regulated_energy_price: Balance,
			pub energy_price_floor: Balance,
			pub energy_price_cap: Balance,
		}

		#[storage_alias]
		pub type Parameters<T: Config> =
			StorageValue<Pallet<T>, MarketParameters<BlockNumberFor<T>>>;
	}

	/// The migration's work, run once by [`MigrateToV1`].
	pub struct UncheckedMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			// Never set: the default (`DefaultParameters`) applies, nothing
			// to convert.
			let Some(old) = old::Parameters::<T>::get() else {
				return T::DbWeight::get().reads(1);
			};
			// Written in the layout of version 1 (version 2 converts it).
			super::v2::old::Parameters::<T>::put(super::v2::old::MarketParameters {
				platform_fee: old.platform_fee,
				order_timeout: old.order_timeout,
				reporting_grace: old.dispute_window,
				dispute_window: old.dispute_window,
				netting_dispute_window: old.netting_dispute_window,
				regulated_energy_price: old.regulated_energy_price,
				energy_price_floor: old.energy_price_floor,
				energy_price_cap: old.energy_price_cap,
			});
			T::DbWeight::get().reads_writes(1, 1)
		}
	}

	/// Version 0 → 1, run only while the pallet's storage is at version 0.
	pub type MigrateToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 → 2: the market parameters gain the energy collateral, which
/// starts at the runtime's default (governance may change it).
pub mod v2 {
	use super::*;
	use codec::{Decode, Encode};
	use frame_support::{pallet_prelude::*, storage_alias, traits::UncheckedOnRuntimeUpgrade};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::Permill;
	use tsm_primitives::Balance;

	/// The version 1 records, as the old code wrote them.
	pub mod old {
		use super::*;

		/// Market parameters of version 1.
		#[derive(Encode, Decode, Clone, Copy, PartialEq, Debug, TypeInfo)]
		pub struct MarketParameters<BlockNumber> {
			pub platform_fee: Permill,
			pub order_timeout: BlockNumber,
			pub reporting_grace: BlockNumber,
			pub dispute_window: BlockNumber,
			pub netting_dispute_window: BlockNumber,
			pub regulated_energy_price: Balance,
			pub energy_price_floor: Balance,
			pub energy_price_cap: Balance,
		}

		#[storage_alias]
		pub type Parameters<T: Config> =
			StorageValue<Pallet<T>, MarketParameters<BlockNumberFor<T>>>;
	}

	/// The migration's work, run once by [`MigrateToV2`].
	pub struct UncheckedMigrateToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			// Never set: the default applies, nothing to convert.
			let Some(old) = old::Parameters::<T>::get() else {
				return T::DbWeight::get().reads(1);
			};
			Parameters::<T>::put(MarketParameters {
				platform_fee: old.platform_fee,
				order_timeout: old.order_timeout,
				reporting_grace: old.reporting_grace,
				dispute_window: old.dispute_window,
				netting_dispute_window: old.netting_dispute_window,
				regulated_energy_price: old.regulated_energy_price,
				energy_price_floor: old.energy_price_floor,
				energy_price_cap: old.energy_price_cap,
				energy_collateral: T::DefaultParameters::get().energy_collateral,
			});
			T::DbWeight::get().reads_writes(1, 1)
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			Pallet::<T>::check_parameters(&Parameters::<T>::get())
				.map_err(|_| "the migrated parameters are within their bounds")?;
			Ok(())
		}
	}

	/// Version 1 → 2, run only while the pallet's storage is at version 1.
	pub type MigrateToV2<T> = frame_support::migrations::VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
