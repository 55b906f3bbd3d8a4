//! The queries apps need, as a runtime API (served by the node as
//! `tsmOrigin_*` JSON-RPC methods), and their implementation.

use crate::*;
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use tsm_primitives::{ids::SlotIndex, MeterReadings, SourceRequirement};

/// The most certificates or history entries one query returns.
pub const MAX_PAGE: u32 = 100;

/// The most slots one `green_share` query spans (a day of 15-minute
/// slots): the query reads every smart meter of the account in each.
pub const MAX_SHARE_SLOTS: u32 = 96;

/// A certificate with its id.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct CertificateInfo<AccountId> {
	/// Its id.
	pub id: CertificateId,
	/// The record.
	pub certificate: Certificate<AccountId>,
}

/// An account's volume of a certificate, with the certificate.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct HoldingInfo<AccountId> {
	/// The certificate's id.
	pub id: CertificateId,
	/// Remaining, transferred and retired Wh.
	pub holding: Holding,
	/// The certificate.
	pub certificate: Certificate<AccountId>,
}

/// One entry of a certificate's history.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct HistoryItem<AccountId> {
	/// Its number, from 0 (issuance).
	pub index: u32,
	/// What happened.
	pub entry: HistoryEntry<AccountId>,
}

/// What an account's meters used in a slot and how much of it it claimed
/// as certified (retired).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct SlotShare {
	/// The slot.
	pub slot: SlotIndex,
	/// Wh its meters imported.
	pub consumed: u64,
	/// Wh retired against them.
	pub green: u64,
}

/// An account's green share over a span of slots (only slots with a
/// reading are listed).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Default)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct GreenShare {
	/// Wh imported over the span.
	pub consumed: u64,
	/// Wh retired against it.
	pub green: u64,
	/// Green Wh per million Wh consumed (0 without consumption).
	pub per_million: u32,
	/// Slot by slot.
	pub slots: Vec<SlotShare>,
}

/// A buyer's view of a certified pool of the regulated exchange.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PoolView<AccountId> {
	/// The account that keeps the volume delivered into the pool: list its
	/// certificates to draw from.
	pub account: AccountId,
	/// Wh the buyer may still draw.
	pub share: u64,
}

sp_api::decl_runtime_apis! {
	/// Guarantees of origin: devices, certificates, holdings, history and
	/// green shares; since version 2 the certified pools.
	#[api_version(2)]
	pub trait TsmOriginApi<AccountId> where AccountId: Codec {
		/// The production device behind a meter.
		fn device(meter: AccountId) -> Option<ProductionDevice<AccountId>>;
		/// A certificate.
		fn certificate(id: CertificateId) -> Option<CertificateInfo<AccountId>>;
		/// The certificate issued from a meter's reading of a slot.
		fn certificate_of_reading(meter: AccountId, slot: SlotIndex) -> Option<CertificateId>;
		/// An account's holdings, from certificate `from` on, at most
		/// `limit` (up to 100), by id.
		fn certificates_of(who: AccountId, from: CertificateId, limit: u32)
			-> Vec<HoldingInfo<AccountId>>;
		/// A certificate's history from entry `from` on, at most `limit`
		/// (up to 100).
		fn history(id: CertificateId, from: u32, limit: u32) -> Vec<HistoryItem<AccountId>>;
		/// What an account's smart meters consumed in `count` slots from
		/// `from` (up to 96) and how much of it it retired.
		fn green_share(who: AccountId, from: SlotIndex, count: u32) -> GreenShare;
		/// A slot's certified pool as `who` (a buyer) sees it.
		fn pool(slot: SlotIndex, pool: SourceRequirement, who: AccountId) -> PoolView<AccountId>;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`TsmOriginApi::pool`].
	pub fn pool_view(
		slot: SlotIndex,
		pool: SourceRequirement,
		who: T::AccountId,
	) -> PoolView<T::AccountId> {
		let share = PoolShares::<T>::get((slot, pool, who));
		PoolView { account: Self::pool_account(slot, pool), share }
	}

	/// See [`TsmOriginApi::certificate`].
	pub fn certificate_info(id: CertificateId) -> Option<CertificateInfo<T::AccountId>> {
		Certificates::<T>::get(id).map(|certificate| CertificateInfo { id, certificate })
	}

	/// See [`TsmOriginApi::certificates_of`].
	pub fn certificates_of(
		who: T::AccountId,
		from: CertificateId,
		limit: u32,
	) -> Vec<HoldingInfo<T::AccountId>> {
		let mut holdings: Vec<(CertificateId, Holding)> =
			Holdings::<T>::iter_prefix(&who).filter(|(id, _)| *id >= from).collect();
		holdings.sort_unstable_by_key(|(id, _)| *id);
		holdings
			.into_iter()
			.take(limit.min(MAX_PAGE) as usize)
			.filter_map(|(id, holding)| {
				Certificates::<T>::get(id).map(|certificate| HoldingInfo {
					id,
					holding,
					certificate,
				})
			})
			.collect()
	}

	/// See [`TsmOriginApi::history`].
	pub fn history(id: CertificateId, from: u32, limit: u32) -> Vec<HistoryItem<T::AccountId>> {
		let Some(certificate) = Certificates::<T>::get(id) else { return Vec::new() };
		let start = from.max(certificate.pruned);
		let end = certificate.history.min(start.saturating_add(limit.min(MAX_PAGE)));
		(start..end)
			.filter_map(|index| {
				History::<T>::get(id, index).map(|entry| HistoryItem { index, entry })
			})
			.collect()
	}

	/// See [`TsmOriginApi::green_share`]: the runtime names the account's
	/// smart meters.
	pub fn green_share(meters: &[T::AccountId], from: SlotIndex, count: u32) -> GreenShare {
		let mut share = GreenShare::default();
		let to = from.saturating_add(count.min(MAX_SHARE_SLOTS) as SlotIndex);
		for slot in from..to {
			let mut consumed = 0u64;
			let mut green = 0u64;
			let mut read = false;
			for meter in meters {
				if let Some((_, imported)) = T::Readings::reading(meter, slot) {
					read = true;
					consumed = consumed.saturating_add(imported);
					green = green.saturating_add(Claimed::<T>::get(meter, slot));
				}
			}
			if read {
				share.consumed = share.consumed.saturating_add(consumed);
				share.green = share.green.saturating_add(green);
				share.slots.push(SlotShare { slot, consumed, green });
			}
		}
		share.per_million = (share.green as u128)
			.saturating_mul(1_000_000)
			.checked_div(share.consumed as u128)
			.unwrap_or(0)
			.try_into()
			.unwrap_or(u32::MAX);
		share
	}
}
