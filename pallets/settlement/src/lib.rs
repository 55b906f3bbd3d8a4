//! # TSM business settlement
//!
//! The marketplace's heart, in the vocabulary operators know (TM Forum):
//!
//! - **Catalog (TMF620).** A provider holding an operator, small-cell or
//!   service-provider credential publishes an offer: what it sells
//!   ([`OfferKind`]), where ([`Coverage`]), how much, at what price
//!   ([`PriceModel`]: flat per billing period, per unit of usage, or both),
//!   the billing period, the minimum term, the SLA it commits to, the bond it
//!   puts up per agreement and until when it takes orders. It updates the
//!   price, capacity and validity, or withdraws the offer.
//! - **Ordering (TMF622).** A consumer orders a quantity for a number of
//!   periods; the first period's most it can bill (flat + quantity × unit
//!   price) is held from it in escrow, and its commitment (the termination
//!   fee plus the flat fee of the rest of the minimum term). The provider
//!   accepts (or the offer accepts by itself), and its bond is held; a
//!   rejection, the consumer's cancellation, or no answer within the
//!   governance's order timeout returns both.
//!
//! - **Usage and billing (TMF635, TMF678).** Each period is paid for in
//!   escrow when it begins. The provider, or a device it owns, reports a
//!   period's usage with an evidence hash until the period's end plus the
//!   reporting grace; either party may dispute the period until the dispute
//!   window after that (silence accepts). Then anyone bills it: flat + usage
//!   × unit price − the SLA penalty (assurance service); the provider is
//!   paid from the escrow (less the platform fee, paid to the marketplace
//!   account) and the rest of that period's escrow returns. A consumer who
//!   cannot fund a period is suspended, and after a whole period unpaid it
//!   has defaulted: its commitment goes to the provider and the agreement
//!   terminates. Billing the last period expires the agreement and returns
//!   the bond.
//! - **Early termination.** Either party gives notice: the agreement ends
//!   after the period running now (billed as usual). The consumer pays the
//!   provider from its commitment (fee and the rest of the minimum term's
//!   flat fees: walking away never costs less), the provider pays the
//!   consumer the fee — or, if it lost its provider credential, it has
//!   defaulted and its bond pays the fee. Ended agreements may be purged by
//!   a party to free its index slots.
//! - **Disputes.** Before a period is billed either party may dispute it
//!   (the consumer the usage or the flat fee, the provider the SLA
//!   penalty): at billing flat + usage stays held from the consumer until
//!   the arbitration origin (governance) decides the provider's share.
//! - **Inter-CSP settlement.** Operators form a settlement group by
//!   invitation (a member invites, the operator joins and holds a deposit).
//!   Each member agrees, per fellow member, to how much that member may
//!   charge it per settlement period; within those limits members record what
//!   they charge each other. A debtor disputes a single charge within a review
//!   window after the period (its amount is held until arbitration decides);
//!   then the period closes: the undisputed charges are netted multilaterally
//!   into one position per member and paid at once, with at most members - 1
//!   transfers. A member that cannot pay its net debit from its free balance
//!   and deposit is recorded as a defaulter and its creditors share what it
//!   could pay, pro rata. Members leave at the end of a settlement period;
//!   governance can dissolve a group.
//!
//! Apps read the catalog, agreements, bills and nettings through the runtime
//! API [`runtime_api::TsmSettlementApi`] (JSON-RPC `tsmSettlement_*`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use holds::{RecordedHolds, HOLD_REASONS};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod agreements;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod billing;
#[cfg(test)]
mod billing_tests;
mod holds;
pub mod migrations;
#[cfg(test)]
mod mock;
mod netting;
#[cfg(test)]
mod netting_tests;
mod offers;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub mod weights;

use frame_support::traits::fungible;
use tsm_primitives::{DeviceRegistry, Role, RoleProvider, SlaPenaltyProvider};

/// The balance type of the settlement token.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Offer terms as calls take them.
pub type OfferTermsOf<T> = OfferTerms<
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxCells,
	<T as Config>::MaxGeohashLength,
>;

/// An offer as stored.
pub type OfferOf<T> = Offer<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxCells,
	<T as Config>::MaxGeohashLength,
>;

/// An agreement as stored.
pub type AgreementOf<T> = Agreement<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// A settlement group as stored.
pub type GroupOf<T> = SettlementGroup<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxGroupMembers,
>;

/// A member of a settlement group as stored.
pub type GroupMemberOf<T> = GroupMember<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A recorded charge.
pub type ChargeOf<T> = Charge<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A member's net position.
pub type NetPositionOf<T> = NetPosition<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A netting as stored.
pub type NettingOf<T> = NettingResult<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxGroupMembers,
>;

/// The roles that may publish offers.
pub const PROVIDER_ROLES: [Role; 3] =
	[Role::NetworkOperator, Role::SmallCellProvider, Role::ServiceProvider];

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use tsm_primitives::ids::{AgreementId, OfferId, PeriodIndex, SettlementGroupId};

	/// 1: consented settlement groups (members with deposits, invitations,
	/// charge limits), charges stored per creditor with a status, nettings
	/// that record what was paid and the shortfalls.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for an offer's record, from its provider.
		OfferDeposit,
		/// A consumer's payment for the funded billing periods.
		Escrow,
		/// A provider's bond for an agreement.
		ProviderBond,
		/// A consumer's payment for a disputed period (flat + usage), until
		/// arbitration.
		DisputedPayment,
		/// A settlement group member's deposit.
		GroupDeposit,
		/// A disputed inter-operator charge, held from its debtor until
		/// arbitration.
		DisputedCharge,
		/// A consumer's commitment: what ending an agreement early costs it.
		Commitment,
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

		/// Blocks a provider has to accept an order (governance parameter).
		type OrderTimeout: Get<BlockNumberFor<Self>>;

		/// Blocks after a billing period in which its usage may still be
		/// reported (governance parameter).
		type ReportingGrace: Get<BlockNumberFor<Self>>;

		/// Blocks after the reporting grace in which a period may be
		/// disputed; it is billed after it (governance parameter).
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// The marketplace's share of what providers are paid (governance parameter).
		type PlatformFee: Get<sp_runtime::Permill>;

		/// Receives the platform fees.
		type MarketAccount: Get<Self::AccountId>;

		/// Decides disputed bills (governance).
		type ArbitrationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who owns which device (identity service): devices report usage.
		type Devices: DeviceRegistry<Self::AccountId>;

		/// Monitors offers' SLAs and gives each billed period's penalty
		/// (assurance service).
		type Assurance: SlaPenaltyProvider<Self::AccountId, BalanceOf<Self>, BlockNumberFor<Self>>;

		/// Blocks after a settlement period's end in which a debtor may
		/// dispute single charges; the period closes after it (governance
		/// parameter).
		type NettingDisputeWindow: Get<BlockNumberFor<Self>>;

		/// The most operators in a settlement group (and pending invitations).
		#[pallet::constant]
		type MaxGroupMembers: Get<u32>;

		/// The most charges a member records per settlement period.
		#[pallet::constant]
		type MaxChargesPerMember: Get<u32>;

		/// Held from every member of a settlement group.
		#[pallet::constant]
		type GroupDeposit: Get<BalanceOf<Self>>;

		/// Held for every offer record.
		#[pallet::constant]
		type OfferDeposit: Get<BalanceOf<Self>>;

		/// The most cells an offer's coverage lists.
		#[pallet::constant]
		type MaxCells: Get<u32>;

		/// The longest geohash of an offer's coverage.
		#[pallet::constant]
		type MaxGeohashLength: Get<u32>;

		/// The most offers a provider has in the catalog.
		#[pallet::constant]
		type MaxOffersPerProvider: Get<u32>;

		/// The most agreements (of any state) an account is party to.
		#[pallet::constant]
		type MaxAgreementsPerAccount: Get<u32>;

		/// The most billing periods an agreement runs.
		#[pallet::constant]
		type MaxTerm: Get<PeriodIndex>;

		/// The most orders a consumer has waiting for their providers.
		#[pallet::constant]
		type MaxPendingOrders: Get<u32>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The next offer's id.
	#[pallet::storage]
	pub type NextOfferId<T: Config> = StorageValue<_, OfferId, ValueQuery>;

	/// The catalog.
	#[pallet::storage]
	pub type Offers<T: Config> = StorageMap<_, Twox64Concat, OfferId, OfferOf<T>, OptionQuery>;

	/// The offers of each provider.
	#[pallet::storage]
	pub type OffersOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<OfferId, T::MaxOffersPerProvider>,
		ValueQuery,
	>;

	/// The next agreement's id.
	#[pallet::storage]
	pub type NextAgreementId<T: Config> = StorageValue<_, AgreementId, ValueQuery>;

	/// Orders and agreements.
	#[pallet::storage]
	pub type Agreements<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, AgreementOf<T>, OptionQuery>;

	/// The agreements each account is party to, as provider or consumer.
	#[pallet::storage]
	pub type AgreementsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<AgreementId, T::MaxAgreementsPerAccount>,
		ValueQuery,
	>;

	/// How many orders of each consumer wait for their providers.
	#[pallet::storage]
	pub type PendingOrdersOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Disputes per agreement and period, until the period is billed (and
	/// after, as the record of the bill's arbitration).
	#[pallet::storage]
	pub type PeriodDisputes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AgreementId,
		Twox64Concat,
		PeriodIndex,
		PeriodDispute<T::AccountId>,
		OptionQuery,
	>;

	/// Usage reported per agreement and period.
	#[pallet::storage]
	pub type Usage<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AgreementId,
		Twox64Concat,
		PeriodIndex,
		UsageRecord<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Bills per agreement and period.
	#[pallet::storage]
	pub type Bills<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AgreementId,
		Twox64Concat,
		PeriodIndex,
		Bill<BalanceOf<T>>,
		OptionQuery,
	>;

	/// The next settlement group's id.
	#[pallet::storage]
	pub type NextGroupId<T: Config> = StorageValue<_, SettlementGroupId, ValueQuery>;

	/// Settlement groups.
	#[pallet::storage]
	pub type Groups<T: Config> =
		StorageMap<_, Twox64Concat, SettlementGroupId, GroupOf<T>, OptionQuery>;

	/// The gross charges of each group and settlement period, by creditor.
	#[pallet::storage]
	pub type Charges<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, SettlementGroupId>,
			NMapKey<Twox64Concat, PeriodIndex>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		BoundedVec<ChargeOf<T>, T::MaxChargesPerMember>,
		ValueQuery,
	>;

	/// The sum of the charges recorded in each group and settlement period:
	/// bounded by the balance type, so netting them never overflows.
	#[pallet::storage]
	pub type PeriodGross<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SettlementGroupId,
		Twox64Concat,
		PeriodIndex,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// How much a member (the debtor, second key) lets another (the
	/// creditor, third key) charge it per settlement period: a charge needs
	/// the debtor's consent.
	#[pallet::storage]
	pub type ChargeLimits<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, SettlementGroupId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		BalanceOf<T>,
		OptionQuery,
	>;

	/// The netting of each closed settlement period.
	#[pallet::storage]
	pub type Netting<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SettlementGroupId,
		Twox64Concat,
		PeriodIndex,
		NettingOf<T>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider published an offer.
		OfferPublished { offer: OfferId, provider: T::AccountId, kind: OfferKind },
		/// A provider changed an offer's price, capacity or validity.
		OfferUpdated { offer: OfferId },
		/// A provider withdrew an offer; its deposit was released.
		OfferWithdrawn { offer: OfferId },
		/// A consumer ordered from an offer; `escrow` is held from it.
		Ordered {
			agreement: AgreementId,
			offer: OfferId,
			consumer: T::AccountId,
			quantity: u64,
			term: PeriodIndex,
			escrow: BalanceOf<T>,
		},
		/// The provider accepted (or the offer auto-accepted) an order: the
		/// agreement runs from `start`; `bond` is held from the provider.
		AgreementActivated { agreement: AgreementId, start: BlockNumberFor<T>, bond: BalanceOf<T> },
		/// The provider rejected an order, or let it time out; the escrow
		/// and commitment returned to the consumer.
		OrderRejected { agreement: AgreementId, timed_out: bool },
		/// The consumer cancelled its pending order; the escrow and
		/// commitment returned.
		OrderCancelled { agreement: AgreementId },
		/// `party` defaulted (a consumer that left a period unpaid, a
		/// provider that lost its credential): the other party received
		/// `compensation` (the consumer's commitment, or the termination fee
		/// from the provider's bond).
		Defaulted { agreement: AgreementId, party: T::AccountId, compensation: BalanceOf<T> },
		/// Usage of a period was reported.
		UsageReported { agreement: AgreementId, period: PeriodIndex, units: u64, evidence: H256 },
		/// A party disputed a period: its bill will wait for arbitration.
		UsageDisputed {
			agreement: AgreementId,
			period: PeriodIndex,
			by: T::AccountId,
			evidence: H256,
		},
		/// A period was billed (TMF678 invoice): `total` = `flat` + `usage` -
		/// `penalty`; the provider was paid `total` - `fee`, unless disputed.
		Invoiced {
			agreement: AgreementId,
			period: PeriodIndex,
			flat: BalanceOf<T>,
			usage: BalanceOf<T>,
			penalty: BalanceOf<T>,
			total: BalanceOf<T>,
			fee: BalanceOf<T>,
			disputed: bool,
		},
		/// The next period began and its escrow is held (`escrow`: all the
		/// agreement holds); the agreement runs on.
		PeriodOpened { agreement: AgreementId, period: PeriodIndex, escrow: BalanceOf<T> },
		/// The consumer could not fund the period that began.
		AgreementSuspended { agreement: AgreementId, period: PeriodIndex },
		/// The consumer funded the period it had left unpaid; `escrow`: all the
		/// agreement holds.
		AgreementResumed { agreement: AgreementId, escrow: BalanceOf<T> },
		/// Every period was billed; the bond returned to the provider.
		AgreementExpired { agreement: AgreementId },
		/// The agreement ended before its term: after a party's notice, or
		/// a default. The bond (what is left of it) returned to the provider.
		AgreementTerminated { agreement: AgreementId },
		/// A party gave notice: the agreement terminates once `last_period`
		/// is billed; `by` paid the other party `fee` (a consumer: the
		/// termination fee and the rest of the minimum term's flat fees).
		TerminationNoticed {
			agreement: AgreementId,
			by: T::AccountId,
			fee: BalanceOf<T>,
			last_period: PeriodIndex,
		},
		/// An ended agreement's records (usage, bills) were removed.
		AgreementPurged { agreement: AgreementId },
		/// An operator created a settlement group (and is its first member).
		GroupCreated {
			group: SettlementGroupId,
			founder: T::AccountId,
			period_length: BlockNumberFor<T>,
		},
		/// A member invited an operator to a settlement group.
		MemberInvited { group: SettlementGroupId, who: T::AccountId, by: T::AccountId },
		/// A member withdrew an invitation.
		InvitationWithdrawn { group: SettlementGroupId, who: T::AccountId },
		/// An invited operator joined a settlement group; `deposit` is held.
		GroupJoined { group: SettlementGroupId, who: T::AccountId, deposit: BalanceOf<T> },
		/// A member asked to leave: it is netted up to `last_period`.
		MemberLeaving { group: SettlementGroupId, who: T::AccountId, last_period: PeriodIndex },
		/// A member left after its last settlement period closed; its deposit
		/// (what is left of it) returned.
		MemberLeft { group: SettlementGroupId, who: T::AccountId },
		/// A group was dissolved (by governance, or when its last member
		/// left); the members' deposits returned.
		GroupDissolved { group: SettlementGroupId },
		/// `debtor` lets `creditor` charge it up to `limit` per settlement
		/// period (zero: not at all).
		ChargeLimitSet {
			group: SettlementGroupId,
			debtor: T::AccountId,
			creditor: T::AccountId,
			limit: BalanceOf<T>,
		},
		/// A member recorded a charge to another (the creditor's `index`-th
		/// charge of the period).
		ChargeRecorded {
			group: SettlementGroupId,
			period: PeriodIndex,
			creditor: T::AccountId,
			index: u32,
			debtor: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// A debtor disputed a charge: its amount is held until arbitration.
		ChargeDisputed {
			group: SettlementGroupId,
			period: PeriodIndex,
			creditor: T::AccountId,
			index: u32,
		},
		/// Arbitration decided a disputed charge: upheld (the held amount was
		/// paid to the creditor) or struck (it returned to the debtor).
		ChargeArbitrated {
			group: SettlementGroupId,
			period: PeriodIndex,
			creditor: T::AccountId,
			index: u32,
			upheld: bool,
		},
		/// A settlement period closed and its charges were netted.
		NettingComputed { group: SettlementGroupId, period: PeriodIndex },
		/// A member disputed a netting computed before spec 106.
		NettingDisputed { group: SettlementGroupId, period: PeriodIndex, by: T::AccountId },
		/// A netting was paid with `transfers` transfers (at most members - 1).
		NettingSettled { group: SettlementGroupId, period: PeriodIndex, transfers: u32 },
		/// A member could not pay `shortfall` of its net debit: its creditors
		/// shared what it could pay.
		MemberDefaulted {
			group: SettlementGroupId,
			period: PeriodIndex,
			member: T::AccountId,
			shortfall: BalanceOf<T>,
		},
		/// Arbitration voided a disputed netting.
		NettingVoided { group: SettlementGroupId, period: PeriodIndex },
		/// Arbitration split a disputed bill.
		DisputeResolved {
			agreement: AgreementId,
			period: PeriodIndex,
			provider_share: sp_runtime::Perbill,
			to_provider: BalanceOf<T>,
			to_consumer: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Only operators, small cell providers and service providers publish offers.
		NotAProvider,
		/// The offer does not exist (or was withdrawn).
		UnknownOffer,
		/// Only the offer's provider may change it.
		NotOfferProvider,
		/// The provider has `MaxOffersPerProvider` offers.
		TooManyOffers,
		/// A price model must charge something.
		FreeOffer,
		/// A billing period must last at least one block.
		ZeroBillingPeriod,
		/// The minimum term must be between 1 and `MaxTerm` periods.
		InvalidMinimumTerm,
		/// The offer's validity ends in the past.
		ValidityInPast,
		/// The offer no longer takes orders (its validity ended).
		OfferExpired,
		/// A provider cannot order from itself.
		OrderFromSelf,
		/// At least one unit must be ordered, and no more than available.
		InvalidQuantity,
		/// The term is shorter than the offer's minimum or longer than `MaxTerm`.
		InvalidTerm,
		/// The payment or bond overflows the token's range.
		AmountOverflow,
		/// The consumer cannot pay the first period's escrow (or the provider its bond).
		InsufficientFunds,
		/// The account is party to `MaxAgreementsPerAccount` agreements.
		TooManyAgreements,
		/// The agreement does not exist.
		UnknownAgreement,
		/// Only the agreement's provider may do this.
		NotProvider,
		/// The order was already answered.
		NotPending,
		/// The provider still has time to answer the order.
		OrderNotTimedOut,
		/// The provider's time to answer the order is over.
		OrderTimedOut,
		/// No more ids can be allocated.
		IdsExhausted,
		/// Only the provider or a device it owns reports usage.
		NotProviderOrDevice,
		/// Only the agreement's consumer may do this.
		NotConsumer,
		/// The agreement is not running.
		NotActive,
		/// The agreement is not suspended.
		NotSuspended,
		/// The period was already billed (or the settlement period closed).
		PeriodClosed,
		/// The period has not started, or is not funded.
		PeriodNotStarted,
		/// Nothing is due yet: no period to fund or bill.
		PeriodNotOver,
		/// More units than ordered.
		UsageAboveOrdered,
		/// Usage for this period was already reported.
		UsageAlreadyReported,
		/// The period's reporting grace is over.
		ReportingClosed,
		/// The period (or netting, or charge) is already disputed.
		AlreadyDisputed,
		/// The dispute window is over.
		DisputeWindowOver,
		/// The dispute window is still open.
		DisputeWindowOpen,
		/// The period has no disputed bill.
		NotDisputed,
		/// The consumer's grace period to fund the escrow is not over.
		GracePeriodNotOver,
		/// The consumer's grace period to fund the escrow is over: it has
		/// defaulted.
		GracePeriodOver,
		/// Only network operators and small cell providers settle with each other.
		NotAnOperator,
		/// The settlement group does not exist.
		UnknownGroup,
		/// The account already belongs to the group.
		AlreadyGroupMember,
		/// The group has `MaxGroupMembers` members.
		GroupFull,
		/// The account does not belong to the group (or no longer in this
		/// settlement period).
		NotGroupMember,
		/// A member cannot charge itself.
		ChargeToSelf,
		/// A charge must be more than zero.
		ZeroCharge,
		/// The creditor recorded `MaxChargesPerMember` charges this period.
		TooManyCharges,
		/// The settlement period was not netted (yet).
		UnknownNetting,
		/// The netting was already settled or voided.
		AlreadySettled,
		/// The netting is disputed: only arbitration settles it.
		NettingIsDisputed,
		/// Only the charge's debtor may dispute it.
		NotDebtor,
		/// Only the agreement's provider or consumer may do this.
		NotParty,
		/// A party already gave notice to end the agreement.
		NoticeGiven,
		/// The period running now is the term's last: the agreement ends with it
		/// anyway.
		LastPeriod,
		/// The agreement has not expired or terminated.
		NotEnded,
		/// A bill of the agreement awaits arbitration.
		DisputePending,
		/// Only an invited operator joins a settlement group.
		NotInvited,
		/// The operator is already invited.
		AlreadyInvited,
		/// The group has `MaxGroupMembers` pending invitations.
		TooManyInvitations,
		/// The member already asked to leave.
		AlreadyLeaving,
		/// The debtor did not agree to be charged this much by the creditor
		/// this settlement period (`setChargeLimit`).
		ChargeAboveLimit,
		/// No such charge.
		UnknownCharge,
		/// The provider no longer holds a provider credential.
		ProviderWithoutCredential,
		/// The consumer has `MaxPendingOrders` orders waiting.
		TooManyPendingOrders,
		/// The bond must cover the termination fee (it pays it if the
		/// provider defaults).
		BondBelowTerminationFee,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publishes an offer with `terms`; holds the offer deposit.
		///
		/// Origin: a signed provider (network operator, small cell provider or
		/// service provider credential). Emits `OfferPublished`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::publish_offer().saturating_add(T::Assurance::weights().offer_published))]
		pub fn publish_offer(origin: OriginFor<T>, terms: OfferTermsOf<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_publish_offer(provider, terms)
		}

		/// Changes an offer's price, available capacity and validity; running
		/// agreements keep the price they were ordered at.
		///
		/// Origin: the offer's provider. Emits `OfferUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_offer())]
		pub fn update_offer(
			origin: OriginFor<T>,
			offer: OfferId,
			price: PriceModel<BalanceOf<T>>,
			capacity: u64,
			valid_until: BlockNumberFor<T>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_update_offer(provider, offer, price, capacity, valid_until)
		}

		/// Withdraws an offer from the catalog; its deposit is released.
		/// Agreements ordered from it run on.
		///
		/// Origin: the offer's provider. Emits `OfferWithdrawn`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_offer().saturating_add(T::Assurance::weights().offer_withdrawn))]
		pub fn withdraw_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_withdraw_offer(provider, offer)
		}

		/// Orders `quantity` units per period for `term` periods; holds the
		/// first period's most it can bill and the commitment (termination
		/// fee plus the flat fee of the minimum term's other periods) from
		/// the caller. With an auto-accepting offer the agreement runs at
		/// once. At most `MaxPendingOrders` orders of a consumer wait.
		///
		/// Origin: any signed account but the provider. Emits `Ordered` (and
		/// `AgreementActivated`).
		#[pallet::call_index(10)]
		#[pallet::weight({
			let sla = T::Assurance::weights();
			T::WeightInfo::order()
				.saturating_add(sla.agreement_ordered)
				.saturating_add(sla.agreement_activated)
		})]
		pub fn order(
			origin: OriginFor<T>,
			offer: OfferId,
			quantity: u64,
			term: PeriodIndex,
		) -> DispatchResult {
			let consumer = ensure_signed(origin)?;
			Self::do_order(consumer, offer, quantity, term)
		}

		/// Accepts a pending order: the agreement runs from this block and
		/// the offer's bond is held from the caller.
		///
		/// Origin: the provider. Emits `AgreementActivated`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::accept_order().saturating_add(T::Assurance::weights().agreement_activated))]
		pub fn accept_order(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_accept_order(provider, agreement)
		}

		/// Rejects a pending order; the escrow returns to the consumer.
		///
		/// Origin: the provider. Emits `OrderRejected`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::reject_order().saturating_add(T::Assurance::weights().agreement_purged))]
		pub fn reject_order(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_end_order(provider, agreement, agreements::OrderEnd::Rejected)
		}

		/// Closes an order the provider did not answer in time; the escrow
		/// returns to the consumer.
		///
		/// Origin: any signed account. Emits `OrderRejected`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::reject_order().saturating_add(T::Assurance::weights().agreement_purged))]
		pub fn expire_order(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_end_order(by, agreement, agreements::OrderEnd::Expired)
		}

		/// Cancels the caller's pending order; the escrow and commitment
		/// return, the units are available again.
		///
		/// Origin: the consumer. Emits `OrderCancelled`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::reject_order().saturating_add(T::Assurance::weights().agreement_purged))]
		pub fn cancel_order(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let consumer = ensure_signed(origin)?;
			Self::do_end_order(consumer, agreement, agreements::OrderEnd::Cancelled)
		}

		/// Reports a period's usage (at most the quantity ordered), with the
		/// hash of its evidence; once per period, from the period's start
		/// until its end plus the reporting grace.
		///
		/// Origin: the provider (holding its provider credential), or a
		/// device it owns. Emits `UsageReported`.
		#[pallet::call_index(20)]
		// One read more when a device reports (its owner).
		#[pallet::weight(T::WeightInfo::submit_usage().saturating_add(T::DbWeight::get().reads(1)))]
		pub fn submit_usage(
			origin: OriginFor<T>,
			agreement: AgreementId,
			period: PeriodIndex,
			units: u64,
			evidence: H256,
		) -> DispatchResult {
			let reporter = ensure_signed(origin)?;
			Self::do_submit_usage(reporter, agreement, period, units, evidence)
		}

		/// Disputes a period that began, reported usage or not, until the
		/// dispute window after its reporting grace: the consumer contests
		/// the usage or the flat fee, the provider the SLA penalty. At
		/// billing the period's flat + usage stays held from the consumer
		/// until arbitration.
		///
		/// Origin: the consumer or the provider. Emits `UsageDisputed`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::dispute_usage())]
		pub fn dispute_usage(
			origin: OriginFor<T>,
			agreement: AgreementId,
			period: PeriodIndex,
			evidence: H256,
		) -> DispatchResult {
			let consumer = ensure_signed(origin)?;
			Self::do_dispute_usage(consumer, agreement, period, evidence)
		}

		/// Does what is due: funds the next period once the last funded one
		/// ended (or suspends the agreement), bills the oldest unbilled
		/// period once its end, reporting grace and dispute window are
		/// over, and ends the agreement when nothing is left to bill (expired,
		/// after a notice, or after a consumer's default).
		///
		/// Origin: any signed account. Emits `PeriodOpened` or
		/// `AgreementSuspended`, `Invoiced`, `AgreementExpired` or
		/// `AgreementTerminated` (and `Defaulted`), as they happen.
		#[pallet::call_index(22)]
		#[pallet::weight({
			let sla = T::Assurance::weights();
			T::WeightInfo::close_period()
				.saturating_add(sla.evaluate)
				.saturating_add(sla.agreement_ended)
		})]
		pub fn close_period(
			origin: OriginFor<T>,
			agreement: AgreementId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let assurance = Self::do_close_period(agreement)?;
			Ok(Some(T::WeightInfo::close_period().saturating_add(assurance)).into())
		}

		/// Funds the period a suspended agreement left unpaid, within one
		/// billing period of its start; it runs on.
		///
		/// Origin: the consumer. Emits `AgreementResumed`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::resume())]
		pub fn resume(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let consumer = ensure_signed(origin)?;
			Self::do_resume(consumer, agreement)
		}

		/// Gives notice to end the agreement early: it terminates once the
		/// period running now is billed instead of at the end of its term.
		/// A consumer pays the provider from its commitment (the termination
		/// fee and the rest of the minimum term's flat fees); a provider pays
		/// the termination fee from its free balance. A provider that lost
		/// its credential has defaulted: its consumer's notice costs nothing
		/// and the bond pays the consumer the termination fee.
		///
		/// Origin: the provider or the consumer. Emits `TerminationNoticed`.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::give_notice())]
		pub fn give_notice(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_give_notice(by, agreement)
		}

		/// Removes an expired or terminated agreement, its usage and its bills
		/// (none may await arbitration), freeing a slot in both parties'
		/// agreement index. The events stay in the chain's history.
		///
		/// Origin: the provider or the consumer. Emits `AgreementPurged`.
		#[pallet::call_index(25)]
		#[pallet::weight(
			T::WeightInfo::purge_agreement(T::MaxTerm::get())
				.saturating_add(T::Assurance::weights().agreement_purged)
		)]
		pub fn purge_agreement(
			origin: OriginFor<T>,
			agreement: AgreementId,
		) -> DispatchResultWithPostInfo {
			let by = ensure_signed(origin)?;
			let periods = Self::do_purge(by, agreement)?;
			let sla = T::Assurance::weights().agreement_purged;
			Ok(Some(T::WeightInfo::purge_agreement(periods).saturating_add(sla)).into())
		}

		/// Creates a settlement group with the caller as its first member and
		/// settlement periods of `period_length` blocks; holds the group
		/// deposit.
		///
		/// Origin: a network operator or small cell provider. Emits `GroupCreated`.
		#[pallet::call_index(40)]
		#[pallet::weight(T::WeightInfo::create_settlement_group())]
		pub fn create_settlement_group(
			origin: OriginFor<T>,
			period_length: BlockNumberFor<T>,
		) -> DispatchResult {
			let founder = ensure_signed(origin)?;
			Self::do_create_group(founder, period_length)
		}

		/// Joins a settlement group the caller was invited to; holds the
		/// group deposit. It is netted from the current settlement period on.
		///
		/// Origin: an invited network operator or small cell provider. Emits
		/// `GroupJoined`.
		#[pallet::call_index(41)]
		#[pallet::weight(T::WeightInfo::join_settlement_group())]
		pub fn join_settlement_group(
			origin: OriginFor<T>,
			group: SettlementGroupId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_join_group(who, group)
		}

		/// Records that `debtor` owes the caller `amount` in the current
		/// settlement period; the caller's charges to `debtor` this period
		/// stay within the limit `debtor` set for it.
		///
		/// Origin: a member holding an operator role. Emits `ChargeRecorded`.
		#[pallet::call_index(42)]
		#[pallet::weight(T::WeightInfo::record_charge())]
		pub fn record_charge(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			debtor: T::AccountId,
			amount: BalanceOf<T>,
			evidence: H256,
		) -> DispatchResult {
			let creditor = ensure_signed(origin)?;
			Self::do_record_charge(creditor, group, debtor, amount, evidence)
		}

		/// Closes the group's oldest open settlement period once it and its
		/// review window are over: nets its undisputed charges and pays the
		/// net positions at once (a payer short of funds pays what it can,
		/// its deposit included, and is recorded as a defaulter); members
		/// that asked to leave after it leave.
		///
		/// Origin: any signed account. Emits `NettingComputed`,
		/// `NettingSettled`, and `MemberDefaulted`, `MemberLeft`,
		/// `GroupDissolved` as they happen.
		#[pallet::call_index(43)]
		#[pallet::weight(T::WeightInfo::close_settlement_period(
			T::MaxGroupMembers::get(),
			T::MaxChargesPerMember::get(),
		))]
		pub fn close_settlement_period(
			origin: OriginFor<T>,
			group: SettlementGroupId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_close_settlement_period(group)
		}

		/// Disputes a netting computed before spec 106 (status `Open`)
		/// within the netting dispute window.
		///
		/// Origin: a group member. Emits `NettingDisputed`.
		#[pallet::call_index(44)]
		#[pallet::weight(T::WeightInfo::dispute_netting())]
		pub fn dispute_netting(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			period: PeriodIndex,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute_netting(who, group, period)
		}

		/// Pays an undisputed netting computed before spec 106 once its
		/// dispute window is over, as a close pays one today.
		///
		/// Origin: any signed account. Emits `NettingSettled`.
		#[pallet::call_index(45)]
		#[pallet::weight(T::WeightInfo::settle_netting(T::MaxGroupMembers::get()))]
		pub fn settle_netting(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			period: PeriodIndex,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_netting(group, period)
		}

		/// Decides a disputed netting computed before spec 106: pays it
		/// (`uphold`), or voids it.
		///
		/// Origin: `ArbitrationOrigin`. Emits `NettingSettled` or `NettingVoided`.
		#[pallet::call_index(46)]
		#[pallet::weight(T::WeightInfo::settle_netting(T::MaxGroupMembers::get()))]
		pub fn arbitrate_netting(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			period: PeriodIndex,
			uphold: bool,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_arbitrate_netting(group, period, uphold)
		}

		/// Invites an operator to the group.
		///
		/// Origin: a member that is not leaving. Emits `MemberInvited`.
		#[pallet::call_index(47)]
		#[pallet::weight(T::WeightInfo::invite_to_group())]
		pub fn invite_to_group(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			who: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_invite(by, group, who)
		}

		/// Withdraws a pending invitation.
		///
		/// Origin: a member. Emits `InvitationWithdrawn`.
		#[pallet::call_index(48)]
		#[pallet::weight(T::WeightInfo::withdraw_invitation())]
		pub fn withdraw_invitation(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			who: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_withdraw_invitation(by, group, who)
		}

		/// Lets `creditor` charge the caller up to `limit` per settlement
		/// period (zero: not at all). Charges already recorded stand.
		///
		/// Origin: a member (the debtor). Emits `ChargeLimitSet`.
		#[pallet::call_index(49)]
		#[pallet::weight(T::WeightInfo::set_charge_limit())]
		pub fn set_charge_limit(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			creditor: T::AccountId,
			limit: BalanceOf<T>,
		) -> DispatchResult {
			let debtor = ensure_signed(origin)?;
			Self::do_set_charge_limit(debtor, group, creditor, limit)
		}

		/// Disputes one charge (the creditor's `index`-th of `period`) before
		/// the period closes, until its review window ends: the charge is
		/// left out of the netting and its amount is held from the caller
		/// until arbitration decides.
		///
		/// Origin: the charge's debtor. Emits `ChargeDisputed`.
		#[pallet::call_index(50)]
		#[pallet::weight(T::WeightInfo::dispute_charge())]
		pub fn dispute_charge(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			period: PeriodIndex,
			creditor: T::AccountId,
			index: u32,
		) -> DispatchResult {
			let debtor = ensure_signed(origin)?;
			Self::do_dispute_charge(debtor, group, period, creditor, index)
		}

		/// Decides a disputed charge: upholds it (the held amount goes to the
		/// creditor) or strikes it (it returns to the debtor).
		///
		/// Origin: `ArbitrationOrigin`. Emits `ChargeArbitrated`.
		#[pallet::call_index(51)]
		#[pallet::weight(T::WeightInfo::arbitrate_charge())]
		pub fn arbitrate_charge(
			origin: OriginFor<T>,
			group: SettlementGroupId,
			period: PeriodIndex,
			creditor: T::AccountId,
			index: u32,
			uphold: bool,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_arbitrate_charge(group, period, creditor, index, uphold)
		}

		/// Leaves the group at the end of the current settlement period: the
		/// caller is netted up to it, and leaves (its deposit returns) when
		/// that period closes.
		///
		/// Origin: a member. Emits `MemberLeaving`.
		#[pallet::call_index(52)]
		#[pallet::weight(T::WeightInfo::leave_settlement_group())]
		pub fn leave_settlement_group(
			origin: OriginFor<T>,
			group: SettlementGroupId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave_group(who, group)
		}

		/// Dissolves a group: its open settlement periods are never netted,
		/// every member's deposit returns and the charge limits are removed.
		/// Charges and nettings stay as records; disputed charges still go
		/// to arbitration.
		///
		/// Origin: `ArbitrationOrigin` (governance). Emits `GroupDissolved`.
		#[pallet::call_index(53)]
		#[pallet::weight(T::WeightInfo::dissolve_settlement_group(T::MaxGroupMembers::get()))]
		pub fn dissolve_settlement_group(
			origin: OriginFor<T>,
			group: SettlementGroupId,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_dissolve_group(group)
		}

		/// Splits a disputed bill's flat + usage (the penalty is in question
		/// too): the provider gets `provider_share` of it (less the platform
		/// fee), the consumer the rest.
		///
		/// Origin: `ArbitrationOrigin`. Emits `DisputeResolved`.
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::resolve_dispute())]
		pub fn resolve_dispute(
			origin: OriginFor<T>,
			agreement: AgreementId,
			period: PeriodIndex,
			provider_share: sp_runtime::Perbill,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_resolve_dispute(agreement, period, provider_share)
		}
	}
}
