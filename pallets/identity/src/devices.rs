//! Devices: registered by their owner with the device's own consent
//! (a signature), transferred between participants, deactivated.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_core::H256;
use sp_runtime::traits::Verify;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_device(
		owner: T::AccountId,
		device: T::AccountId,
		kind: DeviceKind,
		metadata: H256,
		proof: T::DeviceSignature,
	) -> DispatchResult {
		Self::active_participant(&owner)?;
		ensure!(!Devices::<T>::contains_key(&device), Error::<T>::DeviceAlreadyRegistered);
		ensure!(!Participants::<T>::contains_key(&device), Error::<T>::AccountIsParticipant);
		ensure!(DeviceCount::<T>::get(&owner) < T::MaxDevices::get(), Error::<T>::TooManyDevices);
		let payload = Self::device_proof_payload(&owner, &device);
		ensure!(proof.verify(&payload[..], &device), Error::<T>::InvalidDeviceProof);
		let registration = DeviceRegistrations::<T>::get(&device)
			.checked_add(1)
			.ok_or(Error::<T>::RegistrationsExhausted)?;

		let deposit = T::DeviceDeposit::get();
		Self::hold(HoldReason::DeviceDeposit, &owner, deposit)?;
		Devices::<T>::insert(
			&device,
			DeviceOf::<T> {
				owner: owner.clone(),
				kind,
				metadata,
				depositor: owner.clone(),
				deposit,
				registered_at: Self::now_block(),
			},
		);
		DevicesOf::<T>::insert(&owner, &device, ());
		DeviceCount::<T>::mutate(&owner, |count| *count = count.saturating_add(1));
		DeviceRegistrations::<T>::insert(&device, registration);
		Self::deposit_event(Event::DeviceRegistered { device, owner, kind });
		Ok(())
	}

	/// Registers `device` for `owner` (registering and funding the owner as
	/// needed) without the device's signed consent, for a benchmark of
	/// another pallet.
	#[cfg(feature = "runtime-benchmarks")]
	pub(crate) fn register_device_unchecked(
		device: &T::AccountId,
		owner: &T::AccountId,
		kind: DeviceKind,
	) -> Result<(), ()> {
		if !Participants::<T>::contains_key(owner) {
			Self::register_participant_unchecked(owner)?;
		}
		let deposit = T::DeviceDeposit::get();
		Self::hold(HoldReason::DeviceDeposit, owner, deposit).map_err(|_| ())?;
		let registration = DeviceRegistrations::<T>::get(device).saturating_add(1);
		Devices::<T>::insert(
			device,
			DeviceOf::<T> {
				owner: owner.clone(),
				kind,
				metadata: H256::zero(),
				depositor: owner.clone(),
				deposit,
				registered_at: Self::now_block(),
			},
		);
		DevicesOf::<T>::insert(owner, device, ());
		DeviceCount::<T>::mutate(owner, |count| *count = count.saturating_add(1));
		DeviceRegistrations::<T>::insert(device, registration);
		Ok(())
	}

	pub(crate) fn do_transfer_device(
		owner: T::AccountId,
		device: T::AccountId,
		to: T::AccountId,
	) -> DispatchResult {
		let mut record = Self::owned_device(&owner, &device)?;
		ensure!(to != owner, Error::<T>::AlreadyOwner);
		Self::active_participant(&to)?;
		ensure!(DeviceCount::<T>::get(&to) < T::MaxDevices::get(), Error::<T>::TooManyDevices);

		record.owner = to.clone();
		Devices::<T>::insert(&device, record);
		DevicesOf::<T>::remove(&owner, &device);
		Self::count_device_out(&owner);
		DevicesOf::<T>::insert(&to, &device, ());
		DeviceCount::<T>::mutate(&to, |count| *count = count.saturating_add(1));
		Self::deposit_event(Event::DeviceTransferred { device, from: owner, to });
		Ok(())
	}

	pub(crate) fn do_deactivate_device(
		owner: T::AccountId,
		device: T::AccountId,
	) -> DispatchResult {
		let record = Self::owned_device(&owner, &device)?;

		Self::release(HoldReason::DeviceDeposit, &record.depositor, record.deposit);
		Devices::<T>::remove(&device);
		DevicesOf::<T>::remove(&owner, &device);
		Self::count_device_out(&owner);
		Self::deposit_event(Event::DeviceDeactivated { device, owner });
		Ok(())
	}

	/// What `device` signs to agree to be owned by `owner`: the SCALE encoding
	/// of ([`DEVICE_PROOF_CONTEXT`], genesis hash, owner, device, the number
	/// of the device's registration: [`DeviceRegistrations`]). The genesis
	/// hash keeps a proof for one network from being replayed on another;
	/// the registration number keeps a used proof from being replayed at all
	/// (by a former owner, after the device was transferred and deactivated).
	pub fn device_proof_payload(owner: &T::AccountId, device: &T::AccountId) -> Vec<u8> {
		let registration = DeviceRegistrations::<T>::get(device);
		(DEVICE_PROOF_CONTEXT, Self::genesis_hash(), owner, device, registration).encode()
	}

	/// The hash of block 0: binds signed consents to this network.
	pub(crate) fn genesis_hash() -> T::Hash {
		use sp_runtime::traits::Zero;
		frame_system::Pallet::<T>::block_hash(
			frame_system::pallet_prelude::BlockNumberFor::<T>::zero(),
		)
	}

	/// One device fewer for `owner`; no entry is kept for zero.
	fn count_device_out(owner: &T::AccountId) {
		DeviceCount::<T>::mutate_exists(owner, |count| {
			*count = count.map(|c| c.saturating_sub(1)).filter(|c| *c > 0)
		});
	}

	/// The record of `device`, if `owner` owns it.
	fn owned_device(owner: &T::AccountId, device: &T::AccountId) -> Result<DeviceOf<T>, Error<T>> {
		let record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(&record.owner == owner, Error::<T>::NotDeviceOwner);
		Ok(record)
	}
}
