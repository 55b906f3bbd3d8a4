//! The queries apps need, as a runtime API (served by the node as
//! `tsmIdentity_*` JSON-RPC methods), and their implementation.

use crate::*;
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

#[cfg(feature = "std")]
use serde::{Deserialize, Serialize};
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};

/// A participant's document as apps see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ParticipantDocument<AccountId, Balance> {
	/// Organisation or person.
	pub kind: ParticipantKind,
	/// The account that may change the document.
	pub controller: AccountId,
	/// Verification keys with their purposes.
	pub keys: Vec<VerificationKey>,
	/// Service endpoints.
	pub endpoints: Vec<Endpoint>,
	/// Active or deactivated.
	pub status: ParticipantStatus,
	/// The deposit held for the document.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub deposit: Balance,
	/// The block of registration.
	pub registered_at: u32,
}

/// A service endpoint as apps see it (UTF-8 text in JSON).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Endpoint {
	/// The endpoint's id within the document.
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub id: Vec<u8>,
	/// What it serves.
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub service_type: Vec<u8>,
	/// Where.
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub url: Vec<u8>,
}

sp_api::decl_runtime_apis! {
	/// Identity management queries: participant documents, roles,
	/// credentials and devices.
	pub trait TsmIdentityApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The document of `who`, active or deactivated.
		fn participant(who: AccountId) -> Option<ParticipantDocument<AccountId, Balance>>;
		/// Whether `who` holds `role` now.
		fn has_role(who: AccountId, role: Role) -> bool;
		/// The roles `who` holds now.
		fn roles_of(who: AccountId) -> Vec<Role>;
		/// Every credential of `subject` on record, live or dead, and whether
		/// it counts now.
		fn credentials_of(subject: AccountId) -> Vec<CredentialInfo<AccountId, Balance>>;
		/// The roles `issuer` is accredited to credential.
		fn issuer_roles(issuer: AccountId) -> Vec<Role>;
		/// The devices `owner` owns.
		fn devices_of(owner: AccountId) -> Vec<DeviceInfo<AccountId, Balance>>;
		/// The owner of the active device `device`.
		fn device_owner(device: AccountId) -> Option<AccountId>;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`TsmIdentityApi::participant`].
	pub fn participant_document(
		who: &T::AccountId,
	) -> Option<ParticipantDocument<T::AccountId, BalanceOf<T>>> {
		Participants::<T>::get(who).map(|p| ParticipantDocument {
			kind: p.kind,
			controller: p.controller,
			keys: p.keys.into_inner(),
			endpoints: p
				.endpoints
				.into_iter()
				.map(|e| Endpoint {
					id: e.id.into_inner(),
					service_type: e.service_type.into_inner(),
					url: e.url.into_inner(),
				})
				.collect(),
			status: p.status,
			deposit: p.deposit,
			registered_at: p.registered_at,
		})
	}

	/// See [`TsmIdentityApi::roles_of`].
	pub fn roles_of(who: &T::AccountId) -> Vec<Role> {
		Role::ALL.into_iter().filter(|role| Self::credential_counts(who, *role)).collect()
	}

	/// See [`TsmIdentityApi::credentials_of`].
	pub fn credentials_of(
		subject: &T::AccountId,
	) -> Vec<CredentialInfo<T::AccountId, BalanceOf<T>>> {
		let now = Self::now();
		Credentials::<T>::iter_prefix(subject)
			.map(|(role, credential)| CredentialInfo {
				role,
				counts: Self::counts(subject, role, &credential, now),
				credential,
			})
			.collect()
	}

	/// See [`TsmIdentityApi::issuer_roles`].
	pub fn issuer_roles(issuer: &T::AccountId) -> Vec<Role> {
		Issuers::<T>::get(issuer).map(|a| a.roles.into_inner()).unwrap_or_default()
	}

	/// See [`TsmIdentityApi::devices_of`].
	pub fn devices_of(owner: &T::AccountId) -> Vec<DeviceInfo<T::AccountId, BalanceOf<T>>> {
		DevicesOf::<T>::iter_key_prefix(owner)
			.filter_map(|account| {
				Devices::<T>::get(&account).map(|device| DeviceInfo { account, device })
			})
			.collect()
	}
}
