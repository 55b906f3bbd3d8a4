//! Holding, releasing and paying out of the pallet's holds.

use crate::*;
use frame_support::{
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Provenance, Restriction},
	},
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Holds `amount` from `who`, or fails with `InsufficientFunds`.
	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientFunds.into())
	}

	/// Releases `amount` held from `who`.
	pub(crate) fn release(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(&reason.into(), who, amount, Precision::BestEffort).map(|_| ())
	}

	/// Moves `amount` held from `from` into `to`'s free balance; moves
	/// nothing (and returns `false`) if `to` cannot take it (a reaped
	/// account and an amount below the existential deposit).
	pub(crate) fn pay_held(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<bool, sp_runtime::DispatchError> {
		if amount.is_zero() {
			return Ok(true);
		}
		if T::Currency::can_deposit(to, amount, Provenance::Extant) != DepositConsequence::Success {
			return Ok(false);
		}
		T::Currency::transfer_on_hold(
			&reason.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(true)
	}
}
