//! The invariants the pallet keeps, checked after every unit test and by
//! `try-runtime`.

use crate::*;
use frame_support::ensure;
use frame_support::traits::{Get, ValidatorRegistration};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		let count = validators.len() as u32;
		ensure!(
			count >= T::MinValidators::get() && count <= T::MaxValidators::get(),
			"validator set within MinValidators..=MaxValidators",
		);
		for (i, validator) in validators.iter().enumerate() {
			ensure!(!validators[..i].contains(validator), "validators are distinct");
			ensure!(T::SessionKeys::is_registered(validator), "every validator has keys");
		}
		ensure!(PendingRotations::<T>::get() <= 2, "at most two rotations per change");
		if let Some(plan) = FinalityRecovery::<T>::get() {
			// Its boundary is coming: it never waits for a periodic one.
			ensure!(PendingRotations::<T>::get() > 0, "a finality recovery has a boundary pending");
			ensure!(plan.delay <= T::MaxRecoveryDelay::get(), "recovery delay within its bound");
		}
		for (offender, record) in Offenders::<T>::iter() {
			ensure!(record.offences >= 1, "an offence record counts its offences");
			ensure!(
				ReportedOffences::<T>::iter_prefix(&offender).next().is_some(),
				"an offender has a reported offence",
			);
			// Re-admission closes the record.
			ensure!(
				record.exclusion != Exclusion::Excluded || !validators.contains(&offender),
				"an excluded offender is out of the decided set",
			);
		}
		for member in T::Membership::members() {
			ensure!(
				T::Participants::is_active_participant(&member),
				"consortium members are active participants",
			);
		}
		ensure!(
			Self::check_parameters(&Parameters::<T>::get()).is_ok(),
			"market parameters within their bounds",
		);
		Ok(())
	}
}
