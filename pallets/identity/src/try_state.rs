//! Invariants of the identity service, checked by `try-runtime` and after
//! every unit test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_participants()?;
		Self::check_devices()?;
		Self::check_credentials()?;
		Ok(())
	}

	/// Documents and the key index agree; active documents hold exactly the
	/// deposit their size needs, deactivated ones nothing.
	fn check_participants() -> Result<(), TryRuntimeError> {
		let mut listed_keys = 0usize;
		for (who, participant) in Participants::<T>::iter() {
			let held = T::Currency::balance_on_hold(&HoldReason::ParticipantDeposit.into(), &who);
			ensure!(held == participant.deposit, "participant deposit differs from its hold");
			match participant.status {
				ParticipantStatus::Active => ensure!(
					participant.deposit == Self::document_deposit(&participant),
					"participant deposit differs from what its document needs"
				),
				ParticipantStatus::Deactivated { .. } => ensure!(
					participant.keys.is_empty()
						&& participant.endpoints.is_empty()
						&& participant.deposit.is_zero(),
					"deactivated participant keeps keys, endpoints or a deposit"
				),
			}
			for key in participant.keys.iter() {
				ensure!(
					KeyOwners::<T>::get(key.key).as_ref() == Some(&who),
					"document key missing from the key index"
				);
				ensure!(!key.purposes.is_empty(), "key without purpose");
			}
			listed_keys += participant.keys.len();
			ensure!(!Devices::<T>::contains_key(&who), "participant is also a device");
		}
		ensure!(KeyOwners::<T>::iter().count() == listed_keys, "key index lists unlisted keys");
		Ok(())
	}

	/// Every device has an active owner that indexes it; counts match; the
	/// device deposits held from each depositor match the records.
	fn check_devices() -> Result<(), TryRuntimeError> {
		let mut per_owner: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut per_depositor: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (device, record) in Devices::<T>::iter() {
			ensure!(Self::is_active_participant(&record.owner), "device owner is not active");
			ensure!(
				DevicesOf::<T>::contains_key(&record.owner, &device),
				"device missing from its owner's index"
			);
			ensure!(
				DeviceRegistrations::<T>::get(&device) > 0,
				"an active device has no registration number"
			);
			*per_owner.entry(record.owner).or_default() += 1;
			let held = per_depositor.entry(record.depositor).or_default();
			*held = held.saturating_add(record.deposit);
		}
		ensure!(
			DevicesOf::<T>::iter().count() == per_owner.values().sum::<u32>() as usize,
			"owner index lists removed devices"
		);
		ensure!(
			DeviceCount::<T>::iter().count() == per_owner.len(),
			"device count kept for an owner without devices"
		);
		for (owner, count) in per_owner {
			ensure!(DeviceCount::<T>::get(&owner) == count, "device count is wrong");
			ensure!(count <= T::MaxDevices::get(), "owner has too many devices");
		}
		for (depositor, deposit) in per_depositor {
			let held = T::Currency::balance_on_hold(&HoldReason::DeviceDeposit.into(), &depositor);
			ensure!(held == deposit, "device deposits differ from the holds");
		}
		Ok(())
	}

	/// Every credential's subject and issuer are (or were) participants, its
	/// window is not empty, and the deposits held from each issuer match the
	/// records. Accreditations list roles sorted, once, and are never empty.
	fn check_credentials() -> Result<(), TryRuntimeError> {
		let mut per_issuer: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (subject, _role, credential) in Credentials::<T>::iter() {
			ensure!(Participants::<T>::contains_key(&subject), "credential subject unknown");
			ensure!(
				Participants::<T>::contains_key(&credential.issuer),
				"credential issuer unknown"
			);
			ensure!(
				credential.valid_until.map_or(true, |until| credential.valid_from < until),
				"credential with an empty validity window"
			);
			let held = per_issuer.entry(credential.issuer).or_default();
			*held = held.saturating_add(credential.deposit);
		}
		for (issuer, deposit) in per_issuer {
			let held = T::Currency::balance_on_hold(&HoldReason::CredentialDeposit.into(), &issuer);
			ensure!(held == deposit, "credential deposits differ from the holds");
		}
		for (issuer, accreditation) in Issuers::<T>::iter() {
			ensure!(Participants::<T>::contains_key(&issuer), "issuer is not a participant");
			ensure!(!accreditation.roles.is_empty(), "empty accreditation kept");
			ensure!(
				accreditation.roles.windows(2).all(|pair| pair[0] < pair[1]),
				"accredited roles not sorted and unique"
			);
		}
		Ok(())
	}
}
