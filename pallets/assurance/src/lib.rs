//! # TSM assurance
//!
//! The service that makes an SLA (TMF623) enforce itself: a consumer who
//! buys "99.9 % availability, p95 latency ≤ 20 ms" gets a bill reduced on
//! chain when independent monitors show the objective was missed, trusting
//! neither the provider, nor itself, nor any single monitor.
//!
//! - **Templates.** Anyone stores an SLA template (with a deposit): up to
//!   eight objectives (TMF657: metric, unit, at-least/at-most target,
//!   warning, tolerance), the evaluation rule (measurement interval, share
//!   of intervals to meet, grace intervals) and a penalty curve (steps or
//!   linear, capped). A template is named by the blake2-256 hash of its
//!   SCALE encoding; an offer whose `sla` names a stored template is
//!   monitored. An `sla` that names no template is an SLA kept off chain:
//!   no committee, no automatic penalty (disputes remain).
//! - **Oracles and committees.** Holders of a `MonitoringOracle`
//!   credential register with a bond. The provider of a monitored offer
//!   nominates an odd committee of registered oracles (never itself); each
//!   nominee consents; the offer takes orders only once all did, and then
//!   the committee is fixed (a nominee may withdraw its consent, which
//!   stops orders until the provider nominates again). Ordering is the
//!   consumer's consent (it may not sit on the committee). Each agreement
//!   keeps the committee it was ordered with; only governance replaces a
//!   member, and only one it slashed.
//! - **Reports.** Each member (or a probe device it owns) reports every
//!   measurement interval once, during the interval after it: one value per
//!   objective and an evidence hash. An interval is aggregated when the
//!   whole committee reported, or by anyone once its report window is over,
//!   or when a report for a later interval arrives, or when its period is
//!   billed: the **median** of the reports received (the lower one of an
//!   even count) counts if a majority of the committee reported. A report
//!   further from the median than the objective's tolerance is a strike;
//!   a member that did not report misses the interval.
//! - **Evaluation.** When settlement bills a period it asks for the
//!   penalty: each objective's compliance is the share of the period's
//!   measured intervals whose median met it (grace intervals counted as
//!   met); the period breaches if an objective's compliance is below the
//!   required share, and the penalty follows the curve from the lowest
//!   compliance, capped. A period without any measured interval is
//!   `Unmeasured`: no penalty. The verdict can be followed live (runtime
//!   API) before the period is billed; a provider who contests the penalty
//!   disputes the period in settlement's dispute window, and arbitration
//!   decides.
//! - **Incentives and reputation.** The provider pays the oracles: each
//!   report that agreed with a quorum's median earns the template's report
//!   fee, held from the provider for the whole term when the agreement
//!   starts (an agreement whose fees cannot be held does not start) and
//!   paid as periods are billed; the rest returns when the agreement ends.
//!   Governance (arbitration) slashes an oracle's bond and ejects it.
//!   Providers have a reputation (periods met, breached, penalties, a
//!   decaying score), oracles a record (reports, strikes, missed, earned).
//!
//! Apps read it through the runtime API [`runtime_api::TsmAssuranceApi`]
//! (JSON-RPC `tsmAssurance_*`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use holds::{RecordedHolds, HOLD_REASONS};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod committees;
mod evaluation;
mod funds;
mod holds;
mod measurements;
#[cfg(test)]
mod mock;
mod oracles;
pub mod runtime_api;
mod templates;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub mod weights;

use frame_support::traits::fungible;

/// The balance type of the settlement token.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A template as calls take it.
pub type TemplateOf<T> = SlaTemplate<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;

/// A stored template.
pub type TemplateRecordOf<T> = TemplateRecord<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// An offer's monitoring as stored.
pub type OfferMonitoringOf<T> =
	OfferMonitoring<<T as frame_system::Config>::AccountId, <T as Config>::MaxCommittee>;

/// An agreement's monitoring as stored.
pub type MonitoringOf<T> = Monitoring<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxCommittee,
>;

/// A committee as calls take it.
pub type CommitteeOf<T> =
	frame_support::BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxCommittee>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use tsm_primitives::{
		ids::{AgreementId, IntervalIndex, OfferId, PeriodIndex},
		DeviceRegistry, RoleProvider,
	};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a stored template, from its owner.
		TemplateDeposit,
		/// A monitoring oracle's bond.
		OracleBond,
		/// The report fees of an agreement's term, from its provider.
		MonitoringFees,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The settlement token.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who holds which role (identity service).
		type Roles: RoleProvider<Self::AccountId>;

		/// Who owns which device (identity service): oracles report
		/// through their probes.
		type Devices: DeviceRegistry<Self::AccountId>;

		/// Slashes oracles and replaces committee members (governance).
		type ArbitrationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives slashed bonds.
		type MarketAccount: Get<Self::AccountId>;

		/// Held for every stored template.
		#[pallet::constant]
		type TemplateDeposit: Get<BalanceOf<Self>>;

		/// The least bond an oracle registers with.
		#[pallet::constant]
		type MinOracleBond: Get<BalanceOf<Self>>;

		/// The smallest committee (odd).
		#[pallet::constant]
		type MinCommittee: Get<u32>;

		/// The largest committee (odd).
		#[pallet::constant]
		type MaxCommittee: Get<u32>;

		/// The most measurement intervals in a billing period.
		#[pallet::constant]
		type MaxIntervalsPerPeriod: Get<u32>;

		/// The most billing periods an agreement runs (settlement's bound).
		#[pallet::constant]
		type MaxTerm: Get<PeriodIndex>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Templates by the hash an offer's `sla` names.
	#[pallet::storage]
	pub type Templates<T: Config> = StorageMap<_, Identity, H256, TemplateRecordOf<T>, OptionQuery>;

	/// Registered monitoring oracles.
	#[pallet::storage]
	pub type Oracles<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OracleRecord<BalanceOf<T>>, OptionQuery>;

	/// The monitoring of each offer whose SLA names a template.
	#[pallet::storage]
	pub type OfferCommittees<T: Config> =
		StorageMap<_, Twox64Concat, OfferId, OfferMonitoringOf<T>, OptionQuery>;

	/// The monitoring of each agreement ordered from a monitored offer.
	#[pallet::storage]
	pub type Monitored<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, MonitoringOf<T>, OptionQuery>;

	/// Each monitored period's running counters and, once billed, verdict.
	#[pallet::storage]
	pub type Periods<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AgreementId,
		Twox64Concat,
		PeriodIndex,
		PeriodStats<T::MaxCommittee>,
		ValueQuery,
	>;

	/// Providers' reputation.
	#[pallet::storage]
	pub type Reputation<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProviderReputation<BalanceOf<T>>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A template was stored under `sla`.
		TemplateCreated { sla: H256, owner: T::AccountId },
		/// A template was removed.
		TemplateRemoved { sla: H256 },
		/// An oracle registered with its bond.
		OracleRegistered { oracle: T::AccountId, bond: BalanceOf<T> },
		/// An oracle left; its bond returned.
		OracleUnregistered { oracle: T::AccountId },
		/// Governance slashed an oracle's bond and ejected it.
		OracleSlashed { oracle: T::AccountId, amount: BalanceOf<T> },
		/// An offer's SLA names a template: its orders will be monitored.
		OfferMonitored { offer: OfferId, sla: H256 },
		/// The provider nominated an offer's committee.
		CommitteeNominated { offer: OfferId, members: CommitteeOf<T> },
		/// A nominee agreed (or no longer agrees) to serve.
		CommitteeConsent { offer: OfferId, oracle: T::AccountId, consented: bool },
		/// Every nominee agreed: the offer takes orders with this committee.
		CommitteeReady { offer: OfferId },
		/// An order fixed its agreement's committee.
		CommitteeAppointed { agreement: AgreementId, members: CommitteeOf<T> },
		/// Governance gave a slashed member's seat to another oracle.
		CommitteeMemberReplaced { agreement: AgreementId, old: T::AccountId, new: T::AccountId },
		/// The agreement started: its intervals are measured from `start`,
		/// and the term's report fees are held from the provider.
		MonitoringStarted { agreement: AgreementId, start: BlockNumberFor<T>, fees: BalanceOf<T> },
		/// The agreement ended; the fees not earned returned to the provider.
		MonitoringEnded { agreement: AgreementId, returned: BalanceOf<T> },
		/// A committee member reported an interval.
		MeasurementReported {
			agreement: AgreementId,
			interval: IntervalIndex,
			oracle: T::AccountId,
			evidence: H256,
		},
		/// An interval was aggregated with a quorum: its medians, and
		/// whether each objective was met.
		IntervalMeasured {
			agreement: AgreementId,
			interval: IntervalIndex,
			medians: ObjectiveValues,
			met: BoundedVec<bool, MaxObjectives>,
		},
		/// An interval closed without a quorum of reports: it is not judged.
		IntervalUnmeasured { agreement: AgreementId, interval: IntervalIndex, reports: u32 },
		/// An interval's median met an objective but crossed its warning.
		ObjectiveWarning { agreement: AgreementId, interval: IntervalIndex, objective: u8 },
		/// A report strayed from the median beyond the tolerance.
		OracleStruck { agreement: AgreementId, interval: IntervalIndex, oracle: T::AccountId },
		/// An oracle was paid its report fees.
		OraclePaid { agreement: AgreementId, oracle: T::AccountId, amount: BalanceOf<T> },
		/// A billed period's verdict per objective and its penalty.
		PeriodEvaluated { agreement: AgreementId, period: PeriodIndex, verdict: Verdict },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The template has no objective.
		NoObjectives,
		/// Two objectives measure the same metric.
		DuplicateObjective,
		/// The unit does not measure the objective's metric.
		UnitNotForMetric,
		/// A latency percentile outside 1..=100.
		InvalidPercentile,
		/// A target above the unit's range (parts per million: 1 000 000).
		TargetOutOfRange,
		/// A warning threshold on the wrong side of the target (or out of range).
		WarningBeyondTarget,
		/// A measurement interval of zero blocks.
		ZeroInterval,
		/// A step curve without tiers.
		EmptyCurve,
		/// Tiers whose compliance does not fall and penalty does not rise,
		/// or a linear curve reaching its cap at or above the required share.
		CurveNotMonotone,
		/// A tier forfeits more than the cap.
		CurveExceedsCap,
		/// The same template is stored already.
		TemplateExists,
		/// No template is stored under this hash.
		UnknownTemplate,
		/// Only the template's owner removes it.
		NotTemplateOwner,
		/// Offers or agreements still use the template.
		TemplateInUse,
		/// The offer's billing period is not a whole number of the
		/// template's measurement intervals.
		BillingPeriodNotMultipleOfInterval,
		/// The billing period holds more measurement intervals than allowed.
		TooManyIntervals,
		/// The caller holds no monitoring-oracle credential.
		NoOracleCredential,
		/// The oracle is registered already.
		AlreadyRegistered,
		/// The bond is below the minimum.
		BondTooSmall,
		/// The account cannot pay the deposit, bond or fees.
		InsufficientFunds,
		/// The account is not a registered oracle.
		NotRegistered,
		/// The oracle still sits on an agreement's committee.
		OracleInUse,
		/// Governance ejected the oracle.
		OracleEjected,
		/// The offer is not monitored (unknown, or its SLA names no template).
		OfferNotMonitored,
		/// Only the offer's provider nominates its committee.
		NotOfferProvider,
		/// A committee must have an odd number of members, at least the minimum.
		CommitteeSizeInvalid,
		/// An oracle is nominated twice.
		DuplicateMember,
		/// The provider cannot sit on its own committee.
		ProviderOnCommittee,
		/// The consumer cannot sit on its agreement's committee.
		ConsumerOnCommittee,
		/// Every nominee consented: the committee is fixed.
		CommitteeFixed,
		/// The oracle is not nominated for this offer.
		NotNominated,
		/// The offer's committee is not complete: not every nominee
		/// consented, or one left or was ejected.
		CommitteeNotReady,
		/// The provider cannot pay the report fees of the term.
		MonitoringFeesUnfunded,
		/// The agreement is not monitored.
		NotMonitored,
		/// The agreement is not running.
		NotActive,
		/// The caller (or the owner of the calling device) is not on the
		/// agreement's committee.
		NotCommitteeMember,
		/// The new member sits on the committee already.
		AlreadyOnCommittee,
		/// Only an ejected member is replaced.
		MemberNotEjected,
		/// The interval is beyond the agreement's term.
		IntervalOutOfTerm,
		/// The interval has not ended yet.
		IntervalNotOver,
		/// The interval's report window is over.
		ReportTooLate,
		/// The interval's period was billed already.
		PeriodEvaluated,
		/// The member reported this interval already.
		AlreadyReported,
		/// Not one value per objective.
		WrongValueCount,
		/// A value outside its unit's range.
		ValueOutOfRange,
		/// No interval of the agreement is taking reports.
		NoOpenInterval,
		/// The interval's report window is still open (and not every member
		/// reported).
		ReportWindowOpen,
		/// An agreement runs more periods than `MaxTerm`.
		TermTooLong,
		/// An amount or block number overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let (min, max) = (T::MinCommittee::get(), T::MaxCommittee::get());
			assert!(min >= 1 && min % 2 == 1, "the smallest committee is odd");
			assert!(max >= min && max % 2 == 1 && max <= u8::MAX as u32, "the largest is odd");
			assert!(T::MaxIntervalsPerPeriod::get() > 0, "a period has intervals");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stores an SLA template under the blake2-256 hash of its
		/// encoding (the hash offers name in `sla`) and holds the template
		/// deposit.
		///
		/// Origin: any signed account. Emits `TemplateCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_template())]
		pub fn create_template(origin: OriginFor<T>, template: TemplateOf<T>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_create_template(owner, template)
		}

		/// Removes a template no offer or agreement uses; the deposit returns.
		///
		/// Origin: the template's owner. Emits `TemplateRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_template())]
		pub fn remove_template(origin: OriginFor<T>, sla: H256) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_remove_template(owner, sla)
		}

		/// Registers the caller as a monitoring oracle and holds its bond
		/// (at least `MinOracleBond`).
		///
		/// Origin: a holder of a `MonitoringOracle` credential. Emits
		/// `OracleRegistered`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::register_oracle())]
		pub fn register_oracle(origin: OriginFor<T>, bond: BalanceOf<T>) -> DispatchResult {
			let oracle = ensure_signed(origin)?;
			Self::do_register_oracle(oracle, bond)
		}

		/// Leaves: the bond (what slashing left of it) returns. Only an
		/// oracle on no agreement's committee leaves.
		///
		/// Origin: the oracle. Emits `OracleUnregistered`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::unregister_oracle())]
		pub fn unregister_oracle(origin: OriginFor<T>) -> DispatchResult {
			let oracle = ensure_signed(origin)?;
			Self::do_unregister_oracle(oracle)
		}

		/// Nominates the committee of a monitored offer: an odd number
		/// (`MinCommittee` to `MaxCommittee`) of registered oracles, not the
		/// provider. Allowed until every nominee consented.
		///
		/// Origin: the offer's provider. Emits `CommitteeNominated`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_offer_committee())]
		pub fn set_offer_committee(
			origin: OriginFor<T>,
			offer: OfferId,
			members: CommitteeOf<T>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_set_offer_committee(provider, offer, members)
		}

		/// A nominee agrees (`true`) to serve on the agreements of an offer,
		/// or withdraws its agreement (`false`) for future orders.
		///
		/// Origin: a nominated oracle. Emits `CommitteeConsent` (and
		/// `CommitteeReady`).
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::consent_to_committee())]
		pub fn consent_to_committee(
			origin: OriginFor<T>,
			offer: OfferId,
			consent: bool,
		) -> DispatchResult {
			let oracle = ensure_signed(origin)?;
			Self::do_consent(oracle, offer, consent)
		}

		/// Reports an interval's measurements: one value per objective, in
		/// the template's order and units, with the hash of the raw data.
		/// Taken during the interval after it, once per member.
		///
		/// Origin: a committee member, or a device it owns. Emits
		/// `MeasurementReported` (and, when it completes or supersedes an
		/// interval, `IntervalMeasured` or `IntervalUnmeasured`).
		#[pallet::call_index(20)]
		// Charged as the report that completes an interval (the last one of
		// each); the others are refunded to a plain report. One read more
		// when a probe reports (its owner).
		#[pallet::weight(
			T::WeightInfo::report_closing()
				.max(T::WeightInfo::report())
				.saturating_add(T::DbWeight::get().reads(1))
		)]
		pub fn report(
			origin: OriginFor<T>,
			agreement: AgreementId,
			interval: IntervalIndex,
			values: ObjectiveValues,
			evidence: H256,
		) -> DispatchResultWithPostInfo {
			let reporter = ensure_signed(origin)?;
			let done = Self::do_report(reporter, agreement, interval, values, evidence)?;
			let work = if done.aggregated {
				T::WeightInfo::report_closing()
			} else {
				T::WeightInfo::report()
			};
			let lookup = T::DbWeight::get().reads(u64::from(done.by_device));
			Ok(Some(work.saturating_add(lookup)).into())
		}

		/// Aggregates the interval taking reports once its window is over.
		///
		/// Origin: any signed account. Emits `IntervalMeasured` or
		/// `IntervalUnmeasured`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::close_interval())]
		pub fn close_interval(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_close_interval(agreement)
		}

		/// Slashes up to `amount` of an oracle's bond to the marketplace
		/// account and ejects it: its reports are refused from now on.
		///
		/// Origin: arbitration (governance). Emits `OracleSlashed`.
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::slash_oracle())]
		pub fn slash_oracle(
			origin: OriginFor<T>,
			oracle: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_slash(oracle, amount)
		}

		/// Gives an ejected member's seat on an agreement's committee to
		/// another registered oracle (not a party, not a member). The
		/// ejected member is paid what it earned; the new one takes the
		/// seat from the interval taking reports on.
		///
		/// Origin: arbitration (governance). Emits `CommitteeMemberReplaced`.
		#[pallet::call_index(31)]
		#[pallet::weight(T::WeightInfo::replace_committee_member())]
		pub fn replace_committee_member(
			origin: OriginFor<T>,
			agreement: AgreementId,
			old: T::AccountId,
			new: T::AccountId,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_replace_member(agreement, old, new)
		}
	}
}
