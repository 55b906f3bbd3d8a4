//! The queries apps need, as a runtime API (served by the node as
//! `tsmSettlement_*` JSON-RPC methods), and their implementation.

use crate::*;
use alloc::{string::String, vec::Vec};
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use sp_core::H256;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};
use tsm_primitives::ids::{AgreementId, OfferId, PeriodIndex, SettlementGroupId};

/// Where an offer is available, as apps see it (a geohash as text).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum CoverageInfo {
	/// Cell ids.
	Cells(Vec<u64>),
	/// A geohash area.
	Geohash(String),
}

/// An offer in the catalog (TMF620 product offering).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct OfferInfo<AccountId, Balance, BlockNumber> {
	/// The offer's id, as `order` takes it.
	pub id: OfferId,
	/// Who sells.
	pub provider: AccountId,
	/// What is sold.
	pub kind: OfferKind,
	/// Where.
	pub coverage: CoverageInfo,
	/// Units still available per billing period.
	pub capacity: u64,
	/// Flat per period and per unit.
	pub price: PriceModel<Balance>,
	/// Blocks per billing period.
	pub billing_period: BlockNumber,
	/// The fewest periods an order may run.
	pub minimum_term: PeriodIndex,
	/// The SLA's hash.
	pub sla: H256,
	/// Held from the provider per agreement.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub bond: Balance,
	/// What ending an agreement early costs the party that ends it.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub termination_fee: Balance,
	/// The last block the offer takes orders.
	pub valid_until: BlockNumber,
	/// Orders run without the provider accepting.
	pub auto_accept: bool,
}

/// An agreement (or pending order) with its id.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct AgreementInfo<AccountId, Balance, BlockNumber> {
	/// The agreement's id, as the calls take it.
	pub id: AgreementId,
	/// The record.
	pub agreement: Agreement<AccountId, Balance, BlockNumber>,
}

/// A billing period of an agreement: its usage, its dispute and its bill,
/// as far as they exist.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct PeriodStatement<AccountId, Balance, BlockNumber> {
	/// The period (counted from 0).
	pub period: PeriodIndex,
	/// The usage reported, if any.
	pub usage: Option<UsageRecord<BlockNumber>>,
	/// A party's dispute of the period, if one disputed it.
	pub dispute: Option<PeriodDispute<AccountId>>,
	/// The bill (TMF678), once the period was billed.
	pub bill: Option<Bill<Balance>>,
}

/// How much a member (the debtor) lets another (the creditor) charge it per
/// settlement period.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ChargeLimitInfo<AccountId, Balance> {
	/// Who is charged.
	pub debtor: AccountId,
	/// Who may charge.
	pub creditor: AccountId,
	/// The most per settlement period.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub limit: Balance,
}

/// A settlement group.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct GroupInfo<AccountId, Balance, BlockNumber> {
	/// The operators in it, with their deposits and departures.
	pub members: Vec<GroupMember<AccountId, Balance>>,
	/// Operators invited who have not joined yet.
	pub invited: Vec<AccountId>,
	/// Blocks per settlement period.
	pub period_length: BlockNumber,
	/// The oldest settlement period not closed yet.
	pub period: PeriodIndex,
	/// The block it started.
	pub period_start: BlockNumber,
	/// The settlement period charges go to now.
	pub current_period: PeriodIndex,
	/// Every charge limit between the members.
	pub charge_limits: Vec<ChargeLimitInfo<AccountId, Balance>>,
}

/// A settlement period's netting: net positions and how they stand.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct NettingInfo<AccountId, Balance, BlockNumber> {
	/// Every member's net position.
	pub positions: Vec<NetPosition<AccountId, Balance>>,
	/// When the period closed.
	pub closed_at: BlockNumber,
	/// Open, disputed, settled or voided.
	pub status: NettingStatus,
}

/// A settlement period of a group: the gross charges and, once the period
/// closed, their netting.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SettlementPeriodInfo<AccountId, Balance, BlockNumber> {
	/// The gross charges recorded, each with its status (a disputed or
	/// arbitrated charge is not netted).
	pub charges: Vec<Charge<AccountId, Balance>>,
	/// The netting, once the period closed.
	pub netting: Option<NettingInfo<AccountId, Balance, BlockNumber>>,
}

sp_api::decl_runtime_apis! {
	/// Business settlement queries: the catalog, agreements, bills and
	/// inter-operator nettings.
	///
	/// Version 2 (spec 106): agreements fund periods as they begin and hold
	/// a commitment; statements carry the period's dispute; settlement
	/// groups with member deposits, invitations and charge limits; charges
	/// with a status; positions with what was paid and the shortfall.
	#[api_version(2)]
	pub trait TsmSettlementApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The offers in the catalog, of `kind` and of `provider` if given.
		fn offers(
			kind: Option<OfferKind>,
			provider: Option<AccountId>,
		) -> Vec<OfferInfo<AccountId, Balance, BlockNumber>>;
		/// The orders and agreements `who` is party to, as provider or consumer.
		fn agreements_of(who: AccountId) -> Vec<AgreementInfo<AccountId, Balance, BlockNumber>>;
		/// Every period of `agreement` with usage or a bill, in order.
		fn bills(agreement: AgreementId) -> Vec<PeriodStatement<AccountId, Balance, BlockNumber>>;
		/// The settlement group `group`.
		fn settlement_group(
			group: SettlementGroupId,
		) -> Option<GroupInfo<AccountId, Balance, BlockNumber>>;
		/// The gross charges and the netting of a group's settlement period
		/// (`None` if neither the group nor the netting exists: a dissolved
		/// group's nettings stay readable).
		fn settlement_period(
			group: SettlementGroupId,
			period: PeriodIndex,
		) -> Option<SettlementPeriodInfo<AccountId, Balance, BlockNumber>>;
	}
}

type OfferInfoOf<T> = OfferInfo<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

impl<T: Config> Pallet<T> {
	/// See [`TsmSettlementApi::offers`]: a provider's offers come from its
	/// index, otherwise the whole catalog is read.
	pub fn offers(kind: Option<OfferKind>, provider: Option<T::AccountId>) -> Vec<OfferInfoOf<T>> {
		let offers: Vec<(OfferId, OfferOf<T>)> = match provider {
			Some(provider) => OffersOf::<T>::get(provider)
				.into_iter()
				.filter_map(|id| Offers::<T>::get(id).map(|offer| (id, offer)))
				.collect(),
			None => Offers::<T>::iter().collect(),
		};
		let mut offers: Vec<OfferInfoOf<T>> = offers
			.into_iter()
			.filter(|(_, offer)| kind.map_or(true, |kind| offer.terms.kind == kind))
			.map(|(id, offer)| Self::offer_info(id, offer))
			.collect();
		offers.sort_by_key(|offer| offer.id);
		offers
	}

	fn offer_info(id: OfferId, offer: OfferOf<T>) -> OfferInfoOf<T> {
		let terms = offer.terms;
		OfferInfo {
			id,
			provider: offer.provider,
			kind: terms.kind,
			coverage: match terms.coverage {
				Coverage::Cells(cells) => CoverageInfo::Cells(cells.into_inner()),
				Coverage::Geohash(hash) => {
					CoverageInfo::Geohash(String::from_utf8_lossy(&hash).into_owned())
				}
			},
			capacity: terms.capacity,
			price: terms.price,
			billing_period: terms.billing_period,
			minimum_term: terms.minimum_term,
			sla: terms.sla,
			bond: terms.bond,
			termination_fee: terms.termination_fee,
			valid_until: terms.valid_until,
			auto_accept: terms.auto_accept,
		}
	}

	/// See [`TsmSettlementApi::agreements_of`].
	pub fn agreements_of(
		who: &T::AccountId,
	) -> Vec<
		AgreementInfo<T::AccountId, BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>,
	> {
		AgreementsOf::<T>::get(who)
			.into_iter()
			.filter_map(|id| {
				Agreements::<T>::get(id).map(|agreement| AgreementInfo { id, agreement })
			})
			.collect()
	}

	/// See [`TsmSettlementApi::bills`].
	pub fn statements(
		agreement: AgreementId,
	) -> Vec<
		PeriodStatement<
			T::AccountId,
			BalanceOf<T>,
			frame_system::pallet_prelude::BlockNumberFor<T>,
		>,
	> {
		let Some(record) = Agreements::<T>::get(agreement) else { return Vec::new() };
		(0..=record.funded.min(record.term.saturating_sub(1)))
			.map(|period| PeriodStatement {
				period,
				usage: Usage::<T>::get(agreement, period),
				dispute: PeriodDisputes::<T>::get(agreement, period),
				bill: Bills::<T>::get(agreement, period),
			})
			.filter(|s| s.usage.is_some() || s.dispute.is_some() || s.bill.is_some())
			.collect()
	}

	/// See [`TsmSettlementApi::settlement_group`].
	pub fn group_info(
		group: SettlementGroupId,
	) -> Option<
		GroupInfo<T::AccountId, BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>,
	> {
		let record = Groups::<T>::get(group)?;
		let charge_limits = ChargeLimits::<T>::iter_prefix((group,))
			.map(|((debtor, creditor), limit)| ChargeLimitInfo { debtor, creditor, limit })
			.collect();
		Some(GroupInfo {
			current_period: Self::current_period(&record),
			members: record.members.into_inner(),
			invited: record.invited.into_inner(),
			period_length: record.period_length,
			period: record.period,
			period_start: record.period_start,
			charge_limits,
		})
	}

	/// See [`TsmSettlementApi::settlement_period`].
	pub fn settlement_period_info(
		group: SettlementGroupId,
		period: PeriodIndex,
	) -> Option<
		SettlementPeriodInfo<
			T::AccountId,
			BalanceOf<T>,
			frame_system::pallet_prelude::BlockNumberFor<T>,
		>,
	> {
		let exists = Groups::<T>::contains_key(group) || Netting::<T>::contains_key(group, period);
		exists.then(|| SettlementPeriodInfo {
			charges: Charges::<T>::iter_prefix_values((group, period))
				.flat_map(|charges| charges.into_inner())
				.collect(),
			netting: Netting::<T>::get(group, period).map(|n| NettingInfo {
				positions: n.positions.into_inner(),
				closed_at: n.closed_at,
				status: n.status,
			}),
		})
	}
}
