//! The catalog (TMF620) and ordering (TMF622) records.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_core::H256;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};
use tsm_primitives::ids::{OfferId, PeriodIndex};

/// The slice types of 5G network slicing.
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
pub enum SliceType {
	/// Enhanced mobile broadband.
	Embb,
	/// Ultra-reliable low-latency communication.
	Urllc,
	/// Massive machine-type communication.
	Mmtc,
}

/// What an offer sells.
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
pub enum OfferKind {
	/// Transport or radio capacity, in units the offer names (e.g. Mbit/s).
	NetworkCapacity,
	/// A network slice.
	NetworkSlice(SliceType),
	/// Access to small-cell sites (power, backhaul, mounting).
	SmallCellSiteAccess,
	/// Compute at the network edge.
	EdgeCompute,
	/// Data on demand or roaming.
	DataOnDemand,
	/// Anything else, described by the SLA reference.
	Other,
}

/// Where an offer is available.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCells, MaxGeohash))]
pub enum Coverage<MaxCells: Get<u32>, MaxGeohash: Get<u32>> {
	/// A list of cell ids (e.g. E-UTRAN or NR cell identities).
	Cells(BoundedVec<u64, MaxCells>),
	/// A geohash area (base-32 text).
	Geohash(BoundedVec<u8, MaxGeohash>),
}

/// How an agreement is priced per billing period: a flat fee, a price per
/// unit of usage, or both.
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
pub struct PriceModel<Balance> {
	/// Charged every billing period.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub flat_per_period: Balance,
	/// Charged per unit of usage reported in a period.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub unit_price: Balance,
}

/// What a provider publishes: the terms every order of the offer gets.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCells, MaxGeohash))]
pub struct OfferTerms<Balance, BlockNumber, MaxCells: Get<u32>, MaxGeohash: Get<u32>>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// What is sold.
	pub kind: OfferKind,
	/// Where.
	pub coverage: Coverage<MaxCells, MaxGeohash>,
	/// Units still available to order (per billing period).
	pub capacity: u64,
	/// The price.
	pub price: PriceModel<Balance>,
	/// Blocks per billing period.
	pub billing_period: BlockNumber,
	/// The fewest billing periods an order may run.
	pub minimum_term: PeriodIndex,
	/// The SLA the provider commits to (its terms' hash; the assurance
	/// service evaluates it).
	pub sla: H256,
	/// Held from the provider for every agreement, released at its end.
	pub bond: Balance,
	/// What the party that ends an agreement before its term pays the other.
	pub termination_fee: Balance,
	/// The last block at which the offer takes orders.
	pub valid_until: BlockNumber,
	/// Orders become agreements at once, without the provider accepting.
	pub auto_accept: bool,
}

/// An offer in the catalog.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCells, MaxGeohash))]
pub struct Offer<AccountId, Balance, BlockNumber, MaxCells: Get<u32>, MaxGeohash: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Who sells.
	pub provider: AccountId,
	/// The terms.
	pub terms: OfferTerms<Balance, BlockNumber, MaxCells, MaxGeohash>,
	/// The deposit held for the record.
	pub deposit: Balance,
}

/// Who gave notice to end an agreement early, and the last billing period
/// it runs.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Notice<AccountId> {
	/// The party that gave notice.
	pub by: AccountId,
	/// The agreement terminates once this period is billed.
	pub last_period: PeriodIndex,
}

/// A party's dispute of a billing period: its bill waits for arbitration.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct PeriodDispute<AccountId> {
	/// Who disputed (disputes migrated from storage version 0 name the
	/// consumer).
	pub by: AccountId,
	/// The hash of its evidence.
	pub evidence: H256,
}

/// Where an agreement stands (TMF622 order states, then the agreement's).
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
#[cfg_attr(feature = "std", serde(rename_all_fields = "camelCase"))]
pub enum AgreementState<BlockNumber> {
	/// Ordered; waiting for the provider until the block given.
	Pending { accept_by: BlockNumber },
	/// Running; every period that has begun is paid for in escrow once a
	/// `closePeriod` noticed it began.
	Active,
	/// The consumer could not fund the period that began at `since`; it
	/// may still (`resume`) until one billing period after `since`, after
	/// which it has defaulted: its commitment goes to the provider and the
	/// agreement terminates.
	Suspended { since: BlockNumber },
	/// Every period of the term was billed; the bond returned.
	Expired,
	/// Ended before its term, after a party's notice or a default; nothing
	/// is held.
	Terminated,
}

impl<BlockNumber> AgreementState<BlockNumber> {
	/// Whether the provider's bond is held in this state.
	pub fn holds_bond(&self) -> bool {
		matches!(self, Self::Active | Self::Suspended { .. })
	}
}

/// Usage a provider (or its device) reported for a period (TMF635).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct UsageRecord<BlockNumber> {
	/// Units used, at most the quantity ordered.
	pub units: u64,
	/// The hash of the usage evidence (e.g. CDR batch, probe log).
	pub evidence: H256,
	/// When it was reported.
	pub reported_at: BlockNumber,
}

/// How a period's bill stands.
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
#[cfg_attr(feature = "std", serde(rename_all_fields = "camelCase"))]
pub enum BillStatus {
	/// Paid to the provider (and the platform fee to the marketplace).
	Paid,
	/// Disputed: flat + usage stays held from the consumer until arbitration.
	Disputed,
	/// Arbitration gave the provider this share; the rest returned.
	Arbitrated { provider_share: sp_runtime::Perbill },
	/// The provider's account could not take the payment (it was reaped
	/// and the amount is below the existential deposit): the consumer kept
	/// it.
	Waived,
}

/// A period's bill (TMF678): flat + usage - SLA penalty = total; the
/// platform fee is the marketplace's share of what the provider is paid.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Bill<Balance> {
	/// The flat fee of the period.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub flat: Balance,
	/// Units used times the unit price.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub usage: Balance,
	/// What the SLA penalty took off.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub penalty: Balance,
	/// What the consumer pays: flat + usage - penalty.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub total: Balance,
	/// The marketplace's share of what the provider was paid.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub fee: Balance,
	/// Paid, disputed or arbitrated.
	pub status: BillStatus,
}

/// An order and, once accepted, the agreement: the rights and obligations
/// of both parties.
///
/// Billing period `p` runs from `start + p * billing_period` for
/// `billing_period` blocks. A period is paid for (its most, flat + quantity
/// × unit price, held in escrow) when it begins; its usage may be reported
/// until its end plus the reporting grace, either party may dispute it until
/// the dispute window after that, and then it is billed.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Agreement<AccountId, Balance, BlockNumber> {
	/// The offer it was ordered from.
	pub offer: OfferId,
	/// Who provides.
	pub provider: AccountId,
	/// Who consumes and pays.
	pub consumer: AccountId,
	/// Units ordered per billing period (usage is billed up to this).
	pub quantity: u64,
	/// Billing periods agreed.
	pub term: PeriodIndex,
	/// The fewest periods the consumer pays for: ending earlier costs the
	/// flat fee of the rest.
	pub minimum_term: PeriodIndex,
	/// The price, as it was when ordered.
	pub price: PriceModel<Balance>,
	/// Blocks per billing period.
	pub billing_period: BlockNumber,
	/// The SLA reference, as it was when ordered.
	pub sla: H256,
	/// The block the first period starts (when accepted).
	pub start: Option<BlockNumber>,
	/// The oldest period not billed yet.
	pub period: PeriodIndex,
	/// The last period paid for in escrow: periods `period..=funded` are
	/// (none if `funded < period`).
	pub funded: PeriodIndex,
	/// Held from the consumer: the most each funded period not billed yet
	/// can bill.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub escrow: Balance,
	/// Held from the consumer: what ending the agreement early (by notice or
	/// by default) costs it — the termination fee plus the flat fee of the
	/// minimum term's periods not funded yet. Agreements from before spec
	/// 106 hold none.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub commitment: Balance,
	/// Held from the provider while the agreement runs (from acceptance);
	/// it pays the consumer the termination fee if the provider defaults.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub bond: Balance,
	/// What the party that ends the agreement before its term pays the other.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub termination_fee: Balance,
	/// The notice to end the agreement early, if a party gave it.
	pub notice: Option<Notice<AccountId>>,
	/// Where it stands.
	pub state: AgreementState<BlockNumber>,
}

/// A member of a settlement group.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct GroupMember<AccountId, Balance> {
	/// The operator.
	pub account: AccountId,
	/// Held from it while it is a member: it pays for its records and charges,
	/// and secures what it owes (a netting takes from it what the member
	/// cannot pay from its free balance).
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub deposit: Balance,
	/// The last settlement period it is netted in, once it asked to leave.
	pub leaves_after: Option<PeriodIndex>,
}

/// A group of operators that net their mutual charges each settlement
/// period. Membership needs consent on both sides: a member invites, the
/// operator joins.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxMembers))]
pub struct SettlementGroup<AccountId, Balance, BlockNumber, MaxMembers: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The operators that joined.
	pub members: BoundedVec<GroupMember<AccountId, Balance>, MaxMembers>,
	/// Operators a member invited, who have not joined yet.
	pub invited: BoundedVec<AccountId, MaxMembers>,
	/// Blocks per settlement period.
	pub period_length: BlockNumber,
	/// The oldest settlement period not closed yet; later ones follow
	/// back to back.
	pub period: PeriodIndex,
	/// When `period` started.
	pub period_start: BlockNumber,
}

impl<AccountId, Balance, BlockNumber, MaxMembers: Get<u32>>
	SettlementGroup<AccountId, Balance, BlockNumber, MaxMembers>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The member record of `who`.
	pub fn member(&self, who: &AccountId) -> Option<&GroupMember<AccountId, Balance>> {
		self.members.iter().find(|m| &m.account == who)
	}

	/// Whether `who` is a member that is netted in `period`.
	pub fn is_member_in(&self, who: &AccountId, period: PeriodIndex) -> bool {
		self.member(who).is_some_and(|m| m.leaves_after.map_or(true, |last| period <= last))
	}
}

/// How a charge stands.
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
pub enum ChargeStatus {
	/// Recorded: it is netted when its period closes.
	Recorded,
	/// The debtor disputed it: it is left out of the netting, its amount is
	/// held from the debtor until arbitration.
	Disputed,
	/// Arbitration upheld it: the held amount was paid to the creditor.
	Upheld,
	/// Arbitration struck it: the held amount returned to the debtor.
	Struck,
}

/// What one member charges another (gross, e.g. roaming on its small
/// cells), within the limit the debtor agreed to.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Charge<AccountId, Balance> {
	/// Who is owed.
	pub creditor: AccountId,
	/// Who owes.
	pub debtor: AccountId,
	/// How much.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub amount: Balance,
	/// The hash of the evidence (e.g. a TAP/CDR batch).
	pub evidence: H256,
	/// Recorded, disputed, upheld or struck.
	pub status: ChargeStatus,
}

/// A member's net position after netting: `receive` or `pay` is zero.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct NetPosition<AccountId, Balance> {
	/// The member.
	pub member: AccountId,
	/// What it is owed in total.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub receive: Balance,
	/// What it owes in total.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub pay: Balance,
	/// What it actually paid (a payer) or received (a receiver): receivers
	/// share what the payers could pay, pro rata.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub settled: Balance,
	/// What it owed and could not pay (free balance and deposit were short):
	/// the member defaulted on this netting.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub shortfall: Balance,
}

/// How a netting stands.
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
pub enum NettingStatus {
	/// Computed by a runtime before spec 106, which paid nettings after a
	/// dispute window: members may dispute it within the window, then anyone
	/// settles it. Nettings computed since are paid when computed.
	Open,
	/// A member disputed an `Open` netting: arbitration settles or voids it.
	Disputed,
	/// The net positions were paid, as far as the payers could.
	Settled,
	/// Arbitration voided it; nothing was paid.
	Voided,
}

/// A settlement period's netting: the net positions and how they stand.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxMembers))]
pub struct NettingResult<AccountId, Balance, BlockNumber, MaxMembers: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Every member's position.
	pub positions: BoundedVec<NetPosition<AccountId, Balance>, MaxMembers>,
	/// When the period closed.
	pub closed_at: BlockNumber,
	/// Open, disputed, settled or voided.
	pub status: NettingStatus,
}
