//! Production devices: declared by the meter's owner, approved or revoked
//! by an issuing body; an approved device's meter sells certified energy.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_core::H256;
use tsm_primitives::{
	CertifiedSources, DeviceKind, DeviceRegistry, EnergySource, Role, RoleProvider,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_declare_device(
		owner: T::AccountId,
		meter: T::AccountId,
		source: EnergySource,
		capacity_w: u64,
		commissioned: u64,
		zone: Zone,
		metadata: H256,
	) -> DispatchResult {
		ensure!(T::Roles::has_role(&owner, Role::EnergyProsumer), Error::<T>::NotAProsumer);
		ensure!(
			T::Devices::device(&meter) == Some((owner.clone(), DeviceKind::SmartMeter)),
			Error::<T>::NotYourMeter
		);
		ensure!(capacity_w > 0, Error::<T>::ZeroCapacity);
		ensure!(commissioned <= Self::now_ms(), Error::<T>::CommissionedInFuture);
		Devices::<T>::insert(
			&meter,
			ProductionDevice {
				owner: owner.clone(),
				source,
				capacity_w,
				commissioned,
				zone,
				metadata,
				status: DeviceStatus::Pending,
				decided_by: None,
			},
		);
		Self::deposit_event(Event::DeviceDeclared { meter, owner, source, capacity_w });
		Ok(())
	}

	pub(crate) fn do_approve_device(by: T::AccountId, meter: T::AccountId) -> DispatchResult {
		let mut device = Devices::<T>::get(&meter).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(device.status == DeviceStatus::Pending, Error::<T>::NotPending);
		let since = Self::now_ms();
		device.status = DeviceStatus::Approved { since };
		device.decided_by = Some(by.clone());
		Devices::<T>::insert(&meter, device);
		Self::deposit_event(Event::DeviceApproved { meter, by, since });
		Ok(())
	}

	pub(crate) fn do_revoke_device(by: T::AccountId, meter: T::AccountId) -> DispatchResult {
		let mut device = Devices::<T>::get(&meter).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(device.status != DeviceStatus::Revoked, Error::<T>::AlreadyRevoked);
		device.status = DeviceStatus::Revoked;
		device.decided_by = Some(by.clone());
		Devices::<T>::insert(&meter, device);
		Self::deposit_event(Event::DeviceRevoked { meter, by });
		Ok(())
	}

	/// The approved device behind `meter` whose owner still owns the meter.
	pub(crate) fn approved_device(meter: &T::AccountId) -> Option<DeviceOf<T>> {
		let device = Devices::<T>::get(meter)?;
		let approved = matches!(device.status, DeviceStatus::Approved { .. });
		(approved && T::Devices::owner_of(meter).as_ref() == Some(&device.owner)).then_some(device)
	}
}

/// A meter sells in a certified book while its device is approved and its
/// owner still owns the meter.
impl<T: Config> CertifiedSources<T::AccountId> for Pallet<T> {
	fn certified_source(meter: &T::AccountId) -> Option<EnergySource> {
		Self::approved_device(meter).map(|device| device.source)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn certify_for_benchmarks(meter: &T::AccountId, owner: &T::AccountId, source: EnergySource) {
		let device = ProductionDevice {
			owner: owner.clone(),
			source,
			capacity_w: u32::MAX.into(),
			commissioned: 0,
			zone: Default::default(),
			metadata: Default::default(),
			status: DeviceStatus::Approved { since: 0 },
			decided_by: None,
		};
		Devices::<T>::insert(meter, device);
	}
}
