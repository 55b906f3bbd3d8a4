//! Equivocation reports: a validator proven to have signed two conflicting
//! votes or blocks is taken out of the validator set the consortium decided,
//! and stays out until the consortium adds it back (`add_validator`).
//!
//! The consensus pallets check the proof (the two signed messages, and that
//! the key was the validator's in that session, through the session
//! history); this pallet is their offence handler ([`ReportOffence`]) in
//! place of FRAME's staking and slashing, which a permissioned consortium
//! does not use: its members answer for their validators under their
//! consortium agreement, and the council sees every report (event, and the
//! `tsmGovernance_offenders` query).
//!
//! Exclusion is a removal from the decided set, as `remove_validator` with
//! `force` makes one: kept in governance, unlike the session pallet's
//! disabling, which every new session resets. It still never takes the set
//! below `MinValidators`, nor changes it while GRANDPA waits to enact a
//! forced change; the record says so and a later report tries again.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use sp_runtime::{traits::Hash, DispatchError};
use sp_staking::offence::{Offence, OffenceError, ReportOffence};

impl<T: Config> Pallet<T> {
	/// What names one offence of `kind` in `slot` (e.g. a GRANDPA set and
	/// round): reported once per offender.
	fn offence_id<S: Encode>(kind: &[u8; 16], slot: &S) -> T::Hash {
		(kind, slot).using_encoded(T::Hashing::hash)
	}

	/// Takes `who` out of the decided set if the set allows it.
	fn exclude(who: &T::AccountId) -> Exclusion {
		match Self::do_remove_validator(who.clone(), true) {
			Ok(()) => Exclusion::Excluded,
			Err(error) if error == Error::<T>::TooFewValidators.into() => Exclusion::KeptAtMinimum,
			Err(error) if error == Error::<T>::FinalityChangePending.into() => {
				Exclusion::KeptWhileFinalityChangePending
			}
			Err(error) => {
				debug_assert!(error == DispatchError::from(Error::<T>::NotValidator));
				Exclusion::NotInSet
			}
		}
	}

	/// Records one proven offence of `who`, excludes it if it can, and tells
	/// the council.
	fn note_offence(
		who: T::AccountId,
		kind: [u8; 16],
		session: u32,
		reporter: Option<T::AccountId>,
	) {
		let exclusion = Self::exclude(&who);
		let now = frame_system::Pallet::<T>::block_number();
		Offenders::<T>::mutate(&who, |record| {
			let record = record.get_or_insert(OffenceRecord {
				kind,
				session,
				first_reported: now,
				offences: 0,
				exclusion,
			});
			record.offences = record.offences.saturating_add(1);
			// Out is out: a later report finds it out of the set because
			// an earlier one removed it.
			let already_out =
				record.exclusion == Exclusion::Excluded && exclusion == Exclusion::NotInSet;
			if !already_out {
				record.exclusion = exclusion;
			}
		});
		Self::deposit_event(Event::EquivocationReported {
			offender: who,
			kind,
			session,
			reporter,
			exclusion,
		});
	}

	/// Closes `who`'s offence record: the consortium added it back.
	pub(crate) fn forgive(who: &T::AccountId) {
		if Offenders::<T>::take(who).is_some() {
			Self::deposit_event(Event::OffenderReadmitted { who: who.clone() });
		}
	}
}

/// The offence handler the consensus pallets report to (the runtime wires
/// it as GRANDPA's). Offenders are session identification tuples whose
/// first element is the validator's account.
impl<T, FullIdentification, O> ReportOffence<T::AccountId, (T::AccountId, FullIdentification), O>
	for Pallet<T>
where
	T: Config,
	O: Offence<(T::AccountId, FullIdentification)>,
{
	fn report_offence(reporters: Vec<T::AccountId>, offence: O) -> Result<(), OffenceError> {
		let id = Self::offence_id(&O::ID, &offence.slot());
		let new_offenders: Vec<T::AccountId> = offence
			.offenders()
			.into_iter()
			.map(|(who, _)| who)
			.filter(|who| !ReportedOffences::<T>::contains_key(who, id))
			.collect();
		if new_offenders.is_empty() {
			return Err(OffenceError::DuplicateReport);
		}
		let session = offence.session_index();
		for who in new_offenders {
			ReportedOffences::<T>::insert(&who, id, session);
			Self::note_offence(who, O::ID, session, reporters.first().cloned());
		}
		Ok(())
	}

	fn is_known_offence(offenders: &[(T::AccountId, FullIdentification)], slot: &O::Slot) -> bool {
		let id = Self::offence_id(&O::ID, slot);
		offenders.iter().all(|(who, _)| ReportedOffences::<T>::contains_key(who, id))
	}
}
