//! The queries apps need, as a runtime API (served by the node as
//! `tsmAssurance_*` JSON-RPC methods), and their implementation.

use crate::*;
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use sp_core::H256;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};
use tsm_primitives::ids::{AgreementId, IntervalIndex, OfferId, PeriodIndex};

/// A stored template.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct TemplateInfo<AccountId, Balance, BlockNumber> {
	/// The hash offers name in `sla`.
	pub sla: H256,
	/// The template.
	pub template: SlaTemplate<Balance, BlockNumber>,
	/// Who stored it.
	pub owner: AccountId,
	/// Offers and not yet purged agreements that use it.
	pub users: u32,
}

/// How an offer's orders are monitored.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct OfferMonitoringInfo<AccountId> {
	/// The offer.
	pub offer: OfferId,
	/// Its provider.
	pub provider: AccountId,
	/// The template's hash.
	pub sla: H256,
	/// Measurement intervals per billing period.
	pub intervals_per_period: u32,
	/// The nominated committee and who consented.
	pub committee: Vec<Nominee<AccountId>>,
	/// Whether orders are taken: every nominee consented and is
	/// registered and not ejected. This committee is what an order gets.
	pub ready: bool,
}

/// A period's aggregated measurements of one objective.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ObjectiveStatus {
	/// Measured intervals whose median met the target.
	pub met: u32,
	/// Of them, inside the warning threshold.
	pub warned: u32,
	/// The worst median.
	pub worst: u64,
	/// The mean of the medians (0 without a measured interval).
	pub mean: u64,
}

/// A monitored period: its counters, the verdict they give so far and,
/// once billed, the final verdict.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PeriodInfo {
	/// The billing period.
	pub period: PeriodIndex,
	/// Intervals that reached a quorum.
	pub measured: u32,
	/// Intervals closed without one.
	pub unmeasured: u32,
	/// Per objective.
	pub objectives: Vec<ObjectiveStatus>,
	/// Per committee seat.
	pub seats: Vec<SeatTally>,
	/// What the counters give now (the penalty so far).
	pub projected: Verdict,
	/// The verdict the period was billed with.
	pub verdict: Option<Verdict>,
}

/// A report of the interval taking reports.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ReportInfo<AccountId> {
	/// The member.
	pub oracle: AccountId,
	/// Its values, per objective.
	pub values: Vec<u64>,
	/// The hash of its raw data.
	pub evidence: H256,
}

/// The interval taking reports and what arrived.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct OpenIntervalInfo<AccountId> {
	/// The interval (counted from the agreement's start).
	pub interval: IntervalIndex,
	/// Its period.
	pub period: PeriodIndex,
	/// The reports so far.
	pub reports: Vec<ReportInfo<AccountId>>,
}

/// A monitored agreement's SLA status.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SlaStatus<AccountId, Balance, BlockNumber> {
	/// The agreement.
	pub agreement: AgreementId,
	/// The offer it was ordered from.
	pub offer: OfferId,
	/// The template's hash.
	pub sla: H256,
	/// The objectives, in the order reports give values.
	pub objectives: Vec<Objective>,
	/// Blocks per measurement interval.
	pub interval: BlockNumber,
	/// Measurement intervals per billing period.
	pub intervals_per_period: u32,
	/// Who is measured.
	pub provider: AccountId,
	/// Who is served.
	pub consumer: AccountId,
	/// The committee, with what each member did since it was last paid.
	pub committee: Vec<Seat<AccountId, Balance>>,
	/// Where it stands.
	pub state: MonitoringState<BlockNumber>,
	/// Report fees still held from the provider.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub fees_held: Balance,
	/// The oldest period not billed yet.
	pub evaluated: PeriodIndex,
	/// The interval taking reports, if any.
	pub open_interval: Option<OpenIntervalInfo<AccountId>>,
	/// Every period with measurements, in order.
	pub periods: Vec<PeriodInfo>,
}

/// A registered oracle.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct OracleInfo<AccountId, Balance> {
	/// The oracle's account.
	pub account: AccountId,
	/// Its bond and record.
	#[cfg_attr(
		feature = "std",
		serde(bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>"))
	)]
	pub record: OracleRecord<Balance>,
}

sp_api::decl_runtime_apis! {
	/// Assurance queries: templates, monitoring of offers and agreements,
	/// reputations and oracles.
	pub trait TsmAssuranceApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Every stored template.
		fn templates() -> Vec<TemplateInfo<AccountId, Balance, BlockNumber>>;
		/// The template stored under `sla`.
		fn template(sla: H256) -> Option<TemplateInfo<AccountId, Balance, BlockNumber>>;
		/// How `offer`'s orders are monitored (`None`: its SLA is off chain).
		fn offer_monitoring(offer: OfferId) -> Option<OfferMonitoringInfo<AccountId>>;
		/// A monitored agreement's SLA status.
		fn sla_status(agreement: AgreementId) -> Option<SlaStatus<AccountId, Balance, BlockNumber>>;
		/// The committee and reports of one period of a monitored agreement.
		fn period_reports(agreement: AgreementId, period: PeriodIndex) -> Option<PeriodReports<AccountId>>;
		/// A provider's reputation.
		fn provider_reputation(provider: AccountId) -> ProviderReputation<Balance>;
		/// Every registered oracle.
		fn oracles() -> Vec<OracleInfo<AccountId, Balance>>;
	}
}

/// One period of a monitored agreement: who sits on the committee, what
/// each seat did, and the reports of the interval taking reports if it
/// belongs to the period.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct PeriodReports<AccountId> {
	/// The committee, by seat.
	pub committee: Vec<AccountId>,
	/// The period's counters and verdicts.
	pub period: PeriodInfo,
	/// The interval taking reports, if it is the period's.
	pub open_interval: Option<OpenIntervalInfo<AccountId>>,
}

type TemplateInfoOf<T> = TemplateInfo<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

impl<T: Config> Pallet<T> {
	/// See [`TsmAssuranceApi::templates`].
	pub fn templates() -> Vec<TemplateInfoOf<T>> {
		Templates::<T>::iter().map(|(sla, record)| Self::template_info(sla, record)).collect()
	}

	/// See [`TsmAssuranceApi::template`].
	pub fn template(sla: H256) -> Option<TemplateInfoOf<T>> {
		Templates::<T>::get(sla).map(|record| Self::template_info(sla, record))
	}

	fn template_info(sla: H256, record: TemplateRecordOf<T>) -> TemplateInfoOf<T> {
		TemplateInfo { sla, template: record.template, owner: record.owner, users: record.users }
	}

	/// See [`TsmAssuranceApi::offer_monitoring`].
	pub fn offer_monitoring(offer: OfferId) -> Option<OfferMonitoringInfo<T::AccountId>> {
		let monitoring = OfferCommittees::<T>::get(offer)?;
		let ready = Self::committee_ready(&monitoring);
		Some(OfferMonitoringInfo {
			offer,
			provider: monitoring.provider,
			sla: monitoring.sla,
			intervals_per_period: monitoring.intervals_per_period,
			committee: monitoring.committee.into_inner(),
			ready,
		})
	}

	/// See [`TsmAssuranceApi::sla_status`].
	pub fn sla_status(
		agreement: AgreementId,
	) -> Option<
		SlaStatus<T::AccountId, BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>,
	> {
		let monitoring = Monitored::<T>::get(agreement)?;
		let template = Self::template_of(&monitoring).ok()?;
		let periods = Periods::<T>::iter_prefix(agreement)
			.map(|(period, stats)| Self::period_info(&template, period, stats))
			.collect::<Vec<_>>();
		let mut periods = periods;
		periods.sort_by_key(|info| info.period);
		Some(SlaStatus {
			agreement,
			offer: monitoring.offer,
			sla: monitoring.sla,
			objectives: template.objectives.clone().into_inner(),
			interval: template.evaluation.interval,
			intervals_per_period: monitoring.intervals_per_period,
			open_interval: Self::open_interval_info(&monitoring, None),
			provider: monitoring.provider,
			consumer: monitoring.consumer,
			committee: monitoring.committee.into_inner(),
			state: monitoring.state,
			fees_held: monitoring.fees_held,
			evaluated: monitoring.evaluated,
			periods,
		})
	}

	/// See [`TsmAssuranceApi::period_reports`].
	pub fn period_reports(
		agreement: AgreementId,
		period: PeriodIndex,
	) -> Option<PeriodReports<T::AccountId>> {
		let monitoring = Monitored::<T>::get(agreement)?;
		let template = Self::template_of(&monitoring).ok()?;
		let stats = Periods::<T>::get(agreement, period);
		Some(PeriodReports {
			committee: monitoring.committee.iter().map(|seat| seat.oracle.clone()).collect(),
			period: Self::period_info(&template, period, stats),
			open_interval: Self::open_interval_info(&monitoring, Some(period)),
		})
	}

	fn period_info(
		template: &TemplateOf<T>,
		period: PeriodIndex,
		stats: PeriodStats<T::MaxCommittee>,
	) -> PeriodInfo {
		let measured = stats.measured;
		PeriodInfo {
			period,
			measured,
			unmeasured: stats.unmeasured,
			objectives: stats
				.objectives
				.iter()
				.map(|o| ObjectiveStatus {
					met: o.met,
					warned: o.warned,
					worst: o.worst,
					mean: o.sum.checked_div(measured as u128).unwrap_or(0) as u64,
				})
				.collect(),
			seats: stats.seats.clone().into_inner(),
			projected: Self::verdict(template, &stats),
			verdict: stats.verdict,
		}
	}

	fn open_interval_info(
		monitoring: &MonitoringOf<T>,
		only_period: Option<PeriodIndex>,
	) -> Option<OpenIntervalInfo<T::AccountId>> {
		let open = monitoring.open.clone()?;
		let period = period_of(open.interval, monitoring.intervals_per_period);
		if only_period.is_some_and(|only| only != period) {
			return None;
		}
		let reports = open
			.reports
			.iter()
			.filter_map(|report| {
				let seat = monitoring.committee.get(report.seat as usize)?;
				Some(ReportInfo {
					oracle: seat.oracle.clone(),
					values: report.values.clone().into_inner(),
					evidence: report.evidence,
				})
			})
			.collect();
		Some(OpenIntervalInfo { interval: open.interval, period, reports })
	}

	/// See [`TsmAssuranceApi::provider_reputation`].
	pub fn provider_reputation(provider: T::AccountId) -> ProviderReputation<BalanceOf<T>> {
		Reputation::<T>::get(provider)
	}

	/// See [`TsmAssuranceApi::oracles`].
	pub fn oracles() -> Vec<OracleInfo<T::AccountId, BalanceOf<T>>> {
		Oracles::<T>::iter().map(|(account, record)| OracleInfo { account, record }).collect()
	}
}
