//! The interfaces through which the TSM pallets talk to each other.

use crate::{ids::AgreementId, ids::PeriodIndex, Role};
use sp_runtime::Perbill;

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
}

/// The SLA penalty of an agreement's billing period (assurance service), as a
/// share of what the period bills.
pub trait SlaPenaltyProvider {
	/// The share of the period's bill the provider forfeits.
	fn penalty(agreement: AgreementId, period: PeriodIndex) -> Perbill;
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
}

/// No assurance service: no period is ever penalised.
impl SlaPenaltyProvider for () {
	fn penalty(_: AgreementId, _: PeriodIndex) -> Perbill {
		Perbill::zero()
	}
}
