//! The interfaces through which the TSM pallets talk to each other.

use crate::{
	ids::{AgreementId, OfferId, PeriodIndex, SlotIndex},
	DeviceKind, Role,
};
use frame_support::{pallet_prelude::DispatchResult, weights::Weight};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};

/// Answers whether an account holds a role right now (identity service).
///
/// Implementations answer in O(1) storage reads: expired and revoked
/// credentials stop counting at once.
pub trait RoleProvider<AccountId> {
	/// Whether `who` holds a valid credential for `role`.
	fn has_role(who: &AccountId, role: Role) -> bool;

	/// Makes `who` hold `role`, so that benchmarks of calls gated on a role
	/// (see [`crate::EnsureRole`]) can run. `Err` if the provider cannot.
	#[cfg(feature = "runtime-benchmarks")]
	fn grant_role_for_benchmarks(_who: &AccountId, _role: Role) -> Result<(), ()> {
		Err(())
	}
}

/// Whether an account is a registered, active participant (identity service).
pub trait ParticipantRegistry<AccountId> {
	/// Whether `who` has an active participant document.
	fn is_active_participant(who: &AccountId) -> bool;

	/// Registers `who` as a participant (funding its deposit), so that
	/// benchmarks of calls that need one can run. `Err` if the registry cannot.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(_who: &AccountId) -> Result<(), ()> {
		Err(())
	}
}

/// The owners of devices (smart meters, probes, small cells), which sign their
/// own transactions with their own keys (identity service).
pub trait DeviceRegistry<AccountId> {
	/// The participant that owns the active device `device`, if any.
	fn owner_of(device: &AccountId) -> Option<AccountId>;

	/// The owner and kind of the active device `device`, if any.
	fn device(device: &AccountId) -> Option<(AccountId, DeviceKind)>;

	/// Registers `device` of `kind` for `owner` (funding what it needs), so
	/// that benchmarks of calls that need a device can run. `Err` if the
	/// registry cannot.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(
		_device: &AccountId,
		_owner: &AccountId,
		_kind: DeviceKind,
	) -> Result<(), ()> {
		Err(())
	}
}

/// What settlement tells the assurance service about offers and agreements,
/// and asks of it when it bills a period.
///
/// Settlement calls these inside its own calls, so an `Err` undoes the whole
/// call; it charges the worst-case weights of [`SlaPenaltyProvider::weights`]
/// on top of its own.
pub trait SlaPenaltyProvider<AccountId, Balance, BlockNumber> {
	/// An offer naming `sla` is being published: refuses an SLA that names
	/// a template the offer cannot be monitored under.
	fn offer_published(
		offer: OfferId,
		provider: &AccountId,
		sla: &H256,
		billing_period: BlockNumber,
	) -> DispatchResult;

	/// The offer was withdrawn.
	fn offer_withdrawn(offer: OfferId);

	/// `consumer` is ordering `offer` for `term` periods: refuses the order if
	/// the offer's monitoring is not ready.
	fn agreement_ordered(
		agreement: AgreementId,
		offer: OfferId,
		consumer: &AccountId,
		term: PeriodIndex,
	) -> DispatchResult;

	/// The agreement starts at `start`: refuses if its monitoring cannot
	/// be paid for.
	fn agreement_activated(agreement: AgreementId, start: BlockNumber) -> DispatchResult;

	/// The agreement ended (expired or terminated): monitoring stops.
	fn agreement_ended(agreement: AgreementId) -> DispatchResult;

	/// The agreement's records are removed (a pending order that ended, or
	/// a purged agreement).
	fn agreement_purged(agreement: AgreementId) -> DispatchResult;

	/// Evaluates `period` as it is billed for `gross` (before the
	/// penalty): returns the share of it the provider forfeits and the
	/// weight the evaluation used.
	fn evaluate(
		agreement: AgreementId,
		period: PeriodIndex,
		gross: Balance,
	) -> Result<(Perbill, Weight), DispatchError>;

	/// The most each of the calls above weighs.
	fn weights() -> SlaHookWeights {
		SlaHookWeights::default()
	}
}

/// The worst-case weights of the [`SlaPenaltyProvider`] calls.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct SlaHookWeights {
	/// [`SlaPenaltyProvider::offer_published`].
	pub offer_published: Weight,
	/// [`SlaPenaltyProvider::offer_withdrawn`].
	pub offer_withdrawn: Weight,
	/// [`SlaPenaltyProvider::agreement_ordered`].
	pub agreement_ordered: Weight,
	/// [`SlaPenaltyProvider::agreement_activated`].
	pub agreement_activated: Weight,
	/// [`SlaPenaltyProvider::agreement_ended`].
	pub agreement_ended: Weight,
	/// [`SlaPenaltyProvider::agreement_purged`].
	pub agreement_purged: Weight,
	/// [`SlaPenaltyProvider::evaluate`].
	pub evaluate: Weight,
}

/// One settled delivery of a slot's energy, as energy trading reports it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Delivery<'a, AccountId> {
	pub slot: SlotIndex,
	/// The seller and the meter it delivered from; `None`: a buyer's share
	/// of a pool, which pairs nobody.
	pub from: Option<(&'a AccountId, &'a AccountId)>,
	/// The buyer and the meter it takes the energy at; `None`: a seller's
	/// delivery into a pool.
	pub to: Option<(&'a AccountId, &'a AccountId)>,
	/// The trade or the pool it was sold in.
	pub via: DeliveredVia,
	/// Wh delivered.
	pub wh: u64,
}

/// What a delivery settles.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeliveredVia {
	/// A trade of the continuous market or an auction.
	Trade(u64),
	/// A pool of the regulated exchange: the open one (`None`) or the one
	/// whose buyers require certified energy.
	Pool(Option<crate::SourceRequirement>),
}

/// Who delivered energy to whom, once a delivery is settled against the
/// meters (energy trading): guarantees of origin move with it.
pub trait OnDeliverySettled<AccountId> {
	/// `delivery` was settled.
	fn delivered(delivery: Delivery<'_, AccountId>);

	/// The most [`Self::delivered`] weighs: the settlement calls charge it.
	fn weight() -> Weight {
		Weight::zero()
	}
}

/// Nobody listens.
impl<AccountId> OnDeliverySettled<AccountId> for () {
	fn delivered(_: Delivery<'_, AccountId>) {}
}

/// What smart meters measured, as energy trading keeps it: guarantees of
/// origin are issued from a meter's export and claimed against its import.
pub trait MeterReadings<AccountId> {
	/// The meter's reading of `slot`: (Wh exported, Wh imported).
	fn reading(meter: &AccountId, slot: SlotIndex) -> Option<(u64, u64)>;

	/// Wh of the meter's export in `slot` that its trades and its sale into
	/// a certified pool deliver, all together, while any of them is
	/// unsettled (0 once all are).
	fn trade_delivery(meter: &AccountId, slot: SlotIndex) -> u64;

	/// When `slot` starts and ends, in ms since the epoch.
	fn slot_bounds(slot: SlotIndex) -> (u64, u64);

	/// Stores a reading, so that benchmarks of calls that need one can run.
	#[cfg(feature = "runtime-benchmarks")]
	fn set_reading_for_benchmarks(
		_meter: &AccountId,
		_slot: SlotIndex,
		_exported: u64,
		_imported: u64,
	) -> Result<(), ()> {
		Err(())
	}
}

/// No roles at all: for runtimes and mocks without an identity service.
impl<AccountId> RoleProvider<AccountId> for () {
	fn has_role(_: &AccountId, _: Role) -> bool {
		false
	}
}

/// No participants at all.
impl<AccountId> ParticipantRegistry<AccountId> for () {
	fn is_active_participant(_: &AccountId) -> bool {
		false
	}
}

/// No devices at all.
impl<AccountId> DeviceRegistry<AccountId> for () {
	fn owner_of(_: &AccountId) -> Option<AccountId> {
		None
	}
	fn device(_: &AccountId) -> Option<(AccountId, DeviceKind)> {
		None
	}
}

/// No assurance service: every offer's SLA stays off chain and no period is
/// ever penalised.
impl<AccountId, Balance, BlockNumber> SlaPenaltyProvider<AccountId, Balance, BlockNumber> for () {
	fn offer_published(_: OfferId, _: &AccountId, _: &H256, _: BlockNumber) -> DispatchResult {
		Ok(())
	}
	fn offer_withdrawn(_: OfferId) {}
	fn agreement_ordered(
		_: AgreementId,
		_: OfferId,
		_: &AccountId,
		_: PeriodIndex,
	) -> DispatchResult {
		Ok(())
	}
	fn agreement_activated(_: AgreementId, _: BlockNumber) -> DispatchResult {
		Ok(())
	}
	fn agreement_ended(_: AgreementId) -> DispatchResult {
		Ok(())
	}
	fn agreement_purged(_: AgreementId) -> DispatchResult {
		Ok(())
	}
	fn evaluate(
		_: AgreementId,
		_: PeriodIndex,
		_: Balance,
	) -> Result<(Perbill, Weight), DispatchError> {
		Ok((Perbill::zero(), Weight::zero()))
	}
}
