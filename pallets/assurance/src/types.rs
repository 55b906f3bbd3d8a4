//! SLA templates (TMF623 service-level rules, TMF657 objectives) and the
//! records of monitored agreements, their measurements and reputations.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::{ConstU32, Get},
	BoundedVec, CloneNoBound, DebugNoBound, DefaultNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};
use tsm_primitives::ids::{OfferId, PeriodIndex};

/// The most objectives a template has.
pub const MAX_OBJECTIVES: u32 = 8;
/// Bounds a template's objectives and everything kept per objective.
pub type MaxObjectives = ConstU32<MAX_OBJECTIVES>;
/// The most tiers of a step penalty curve.
pub type MaxTiers = ConstU32<8>;
/// One value per objective, in the objectives' order.
pub type ObjectiveValues = BoundedVec<u64, MaxObjectives>;

/// What an objective measures.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Metric {
	/// The share of the interval the service was up (in parts per million).
	Availability,
	/// A percentile (1..=100) of the round-trip latency.
	Latency { percentile: u8 },
	/// The bit rate delivered.
	Throughput,
	/// The share of packets lost (in parts per million).
	PacketLoss,
	/// The variation of the latency.
	Jitter,
	/// How long a failure took to repair.
	TimeToRepair,
	/// A metric the parties define off chain, by number.
	Custom(u16),
}

/// The unit of an objective's target and of the values reported for it.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Unit {
	/// Millionths of the whole (999 000 = 99.9 %); at most 1 000 000.
	PartsPerMillion,
	/// Microseconds.
	Microseconds,
	/// Milliseconds.
	Milliseconds,
	/// Seconds.
	Seconds,
	/// Kilobits per second.
	KilobitsPerSecond,
	/// A plain count.
	Count,
}

/// The highest value in parts per million.
pub const PARTS_PER_MILLION: u64 = 1_000_000;

impl Unit {
	/// The largest value of this unit.
	pub fn maximum(self) -> u64 {
		match self {
			Unit::PartsPerMillion => PARTS_PER_MILLION,
			_ => u64::MAX,
		}
	}
}

impl Metric {
	/// Whether `unit` measures this metric.
	pub fn measured_in(self, unit: Unit) -> bool {
		match self {
			Metric::Availability | Metric::PacketLoss => unit == Unit::PartsPerMillion,
			Metric::Latency { .. } | Metric::Jitter => {
				matches!(unit, Unit::Microseconds | Unit::Milliseconds)
			}
			Metric::Throughput => unit == Unit::KilobitsPerSecond,
			Metric::TimeToRepair => matches!(unit, Unit::Seconds | Unit::Milliseconds),
			Metric::Custom(_) => true,
		}
	}
}

/// Which side of the target complies.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Comparator {
	/// The value must be at least the target (availability, throughput).
	AtLeast,
	/// The value must be at most the target (latency, loss, jitter).
	AtMost,
}

impl Comparator {
	/// Whether `value` complies with `target`.
	pub fn complies(self, value: u64, target: u64) -> bool {
		match self {
			Comparator::AtLeast => value >= target,
			Comparator::AtMost => value <= target,
		}
	}
}

/// A service-level objective (TMF657).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Objective {
	/// What is measured.
	pub metric: Metric,
	/// In what.
	pub unit: Unit,
	/// Which side of the target complies.
	pub comparator: Comparator,
	/// The objective.
	pub target: u64,
	/// A value on the compliant side of the target that still warns
	/// (`ObjectiveWarning`): the service is close to breaching.
	pub warning: Option<u64>,
	/// How far a report may lie from the interval's median before its
	/// oracle gets a strike.
	pub tolerance: u64,
}

/// How a period is judged from its measurement intervals.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct EvaluationRule<BlockNumber> {
	/// Blocks per measurement interval; an offer's billing period must be
	/// a whole number of them. Reports for an interval are taken during
	/// the interval after it.
	pub interval: BlockNumber,
	/// The share of the measured intervals in which an objective must be
	/// met for the period to meet it.
	pub required: Perbill,
	/// Breached intervals per period that are forgiven (counted as met).
	pub grace_intervals: u32,
}

/// A step of a step penalty curve: a compliance below `below` forfeits
/// `penalty` of the period's bill.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct PenaltyTier {
	/// The compliance below which the tier applies.
	pub below: Perbill,
	/// The share of the period's bill forfeited.
	pub penalty: Perbill,
}

/// The share of a period's bill a breach forfeits, as a function of the
/// period's compliance (the lowest of its objectives').
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum PenaltyCurve {
	/// Tiers by falling compliance (`below` strictly decreasing) and rising
	/// penalty (strictly increasing); the lowest tier the compliance is
	/// below applies, none above the first.
	Steps(BoundedVec<PenaltyTier, MaxTiers>),
	/// From nothing at the required compliance up to the cap at `full_at`
	/// and below, in a straight line.
	Linear {
		/// The compliance at which the cap is reached (below `required`).
		full_at: Perbill,
	},
}

/// An SLA template: the objectives, how a period is judged, what a breach
/// costs and what the oracles are paid. Stored under the blake2-256 hash of
/// its SCALE encoding, which is what an offer's `sla` names.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SlaTemplate<Balance, BlockNumber> {
	/// One to eight objectives.
	pub objectives: BoundedVec<Objective, MaxObjectives>,
	/// How a period is judged.
	pub evaluation: EvaluationRule<BlockNumber>,
	/// What a breached period forfeits.
	pub curve: PenaltyCurve,
	/// The most a period forfeits.
	pub cap: Perbill,
	/// What each committee member earns per interval it reports in
	/// agreement with the median; held from the provider for the whole
	/// term when an agreement starts.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub report_fee: Balance,
}

/// A stored template with its owner, deposit and users.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TemplateRecord<AccountId, Balance, BlockNumber> {
	/// The template.
	pub template: SlaTemplate<Balance, BlockNumber>,
	/// Who stored it (and gets the deposit back on removal).
	pub owner: AccountId,
	/// Held from the owner.
	pub deposit: Balance,
	/// Offers and not yet purged agreements that use it.
	pub users: u32,
}

/// A registered monitoring oracle: its bond and its record.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct OracleRecord<Balance> {
	/// Held from the oracle; slashing takes from it.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub bond: Balance,
	/// Committees of agreements not ended that it sits on.
	pub seats: u32,
	/// Slashed by governance: its reports are refused until it leaves.
	pub ejected: bool,
	/// Reports checked against a quorum's median.
	pub reports: u32,
	/// Reports that strayed from the median beyond the tolerance.
	pub strikes: u32,
	/// Intervals of its committees it did not report.
	pub missed: u32,
	/// Fees it was paid.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub earned: Balance,
}

/// A committee member of an offer, and whether it agreed to serve.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Nominee<AccountId> {
	/// The oracle.
	pub oracle: AccountId,
	/// It agreed to serve on the offer's agreements.
	pub consented: bool,
}

/// How the orders of an offer whose SLA names a template are monitored.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCommittee))]
pub struct OfferMonitoring<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxCommittee: Get<u32>,
> {
	/// The offer's provider.
	pub provider: AccountId,
	/// The template's hash (the offer's `sla`).
	pub sla: H256,
	/// Measurement intervals per billing period.
	pub intervals_per_period: u32,
	/// The committee its agreements get; orders are taken once every
	/// nominee consented.
	pub committee: BoundedVec<Nominee<AccountId>, MaxCommittee>,
}

/// A committee member of an agreement, with what it did since its record
/// was last folded into its oracle's (at each evaluation and at the end).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Seat<AccountId, Balance> {
	/// The oracle.
	pub oracle: AccountId,
	/// Reports checked against a quorum's median.
	pub reports: u32,
	/// Reports that strayed beyond the tolerance.
	pub strikes: u32,
	/// Intervals it did not report.
	pub missed: u32,
	/// Fees earned and not paid yet.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub earned: Balance,
}

/// Where a monitored agreement stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum MonitoringState<BlockNumber> {
	/// Ordered, not started.
	Ordered,
	/// Measured from `start`.
	Active { start: BlockNumber },
	/// The agreement ended: no more reports.
	Ended,
}

/// A monitored agreement.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCommittee))]
pub struct Monitoring<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxCommittee: Get<u32>,
> {
	/// The offer it was ordered from.
	pub offer: OfferId,
	/// The template's hash.
	pub sla: H256,
	/// Who is measured.
	pub provider: AccountId,
	/// Who is served.
	pub consumer: AccountId,
	/// The oracles that measure, fixed at the order (only governance
	/// replaces one).
	pub committee: BoundedVec<Seat<AccountId, Balance>, MaxCommittee>,
	/// Measurement intervals per billing period.
	pub intervals_per_period: u32,
	/// Billing periods ordered.
	pub term: PeriodIndex,
	/// Report fees still held from the provider.
	pub fees_held: Balance,
	/// The oldest period not evaluated yet: reports for earlier ones are
	/// refused.
	pub evaluated: PeriodIndex,
	/// The interval whose reports are coming in (kept here: a report reads
	/// and writes one record).
	pub open: Option<OpenInterval<MaxCommittee>>,
	/// Where it stands.
	pub state: MonitoringState<BlockNumber>,
}

/// One committee member's values for an interval.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Report {
	/// The member's place in the committee.
	pub seat: u8,
	/// One value per objective.
	pub values: ObjectiveValues,
	/// The hash of the raw data the values come from.
	pub evidence: H256,
}

/// The reports of the interval taking reports now.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCommittee))]
pub struct OpenInterval<MaxCommittee: Get<u32>> {
	/// The interval (counted from the agreement's start).
	pub interval: u32,
	/// What arrived so far, one per member.
	pub reports: BoundedVec<Report, MaxCommittee>,
}

/// A period's aggregated measurements of one objective.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ObjectiveStats {
	/// Measured intervals whose median met the target.
	pub met: u32,
	/// Measured intervals whose median met the target inside the warning.
	pub warned: u32,
	/// The median furthest on the wrong side.
	pub worst: u64,
	/// The sum of the medians (their mean is `sum / measured`).
	pub sum: u128,
}

/// A period's verdict on one objective.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ObjectiveVerdict {
	/// The share of measured intervals met, grace intervals counted as met.
	pub compliance: Perbill,
	/// Whether the compliance reaches the template's requirement.
	pub met: bool,
}

/// How a period turned out.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Outcome {
	/// Every objective met.
	Met,
	/// At least one objective breached.
	Breached,
	/// No interval reached a quorum: nothing to judge, no penalty.
	Unmeasured,
}

/// A period's verdict.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Verdict {
	/// Per objective, in the template's order.
	pub objectives: BoundedVec<ObjectiveVerdict, MaxObjectives>,
	/// Overall.
	pub outcome: Outcome,
	/// The share of the period's bill forfeited.
	pub penalty: Perbill,
}

/// What one committee seat did in a period.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct SeatTally {
	/// Reports checked against a quorum's median.
	pub reports: u32,
	/// Of them, strayed beyond the tolerance.
	pub strikes: u32,
	/// Intervals closed without its report.
	pub missed: u32,
}

/// A period's running counters: evaluating it reads only these.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DefaultNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCommittee))]
pub struct PeriodStats<MaxCommittee: Get<u32>> {
	/// Intervals that reached a quorum.
	pub measured: u32,
	/// Intervals closed without a quorum (or without any report).
	pub unmeasured: u32,
	/// Per objective, in the template's order.
	pub objectives: BoundedVec<ObjectiveStats, MaxObjectives>,
	/// Per committee seat, in the committee's order.
	pub seats: BoundedVec<SeatTally, MaxCommittee>,
	/// Set when the period is billed.
	pub verdict: Option<Verdict>,
}

/// A provider's record as the oracles measured it.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ProviderReputation<Balance> {
	/// Monitored periods billed.
	pub evaluated: u32,
	/// Of them, met.
	pub met: u32,
	/// Breached.
	pub breached: u32,
	/// Without any measured interval.
	pub unmeasured: u32,
	/// Penalties assessed (before any arbitration).
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub penalties: Balance,
	/// Recent periods met, weighted: each judged period moves the score an
	/// eighth of the way to 100 % (met) or 0 % (breached).
	pub score: Perbill,
}

/// The period an interval belongs to.
pub fn period_of(interval: u32, intervals_per_period: u32) -> PeriodIndex {
	interval.checked_div(intervals_per_period).unwrap_or_default()
}
