//! What the records say each account should have held, per hold reason.
//! Tests compare it with every hold the balances pallet keeps: `try_state`
//! starts from the records and cannot see a hold without one.

use crate::*;
use sp_runtime::{traits::Zero, Saturating};

impl<T: Config> Pallet<T> {
	/// What this pallet's records say `who` should have held for `reason`.
	/// Tests compare it with every hold the balances pallet keeps, so that a
	/// hold without a record (which `try_state`, reading only records, would
	/// miss) is caught too.
	pub fn recorded_hold(reason: &HoldReason, who: &T::AccountId) -> BalanceOf<T> {
		let sum = |amounts: &mut dyn Iterator<Item = BalanceOf<T>>| {
			amounts.fold(BalanceOf::<T>::zero(), |total, amount| total.saturating_add(amount))
		};
		match reason {
			HoldReason::ParticipantDeposit => {
				Participants::<T>::get(who).map_or_else(Zero::zero, |p| p.deposit)
			}
			HoldReason::DeviceDeposit => sum(&mut Devices::<T>::iter_values()
				.filter(|device| &device.depositor == who)
				.map(|device| device.deposit)),
			HoldReason::CredentialDeposit => sum(&mut Credentials::<T>::iter_values()
				.filter(|credential| &credential.issuer == who)
				.map(|credential| credential.deposit)),
		}
	}
}
