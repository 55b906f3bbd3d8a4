//! The validator set: governance decides it, the session pallet applies it.
//!
//! `pallet-session` asks its manager for the next set at every session
//! boundary and activates it one session later. A change here forces two
//! boundaries in a row: the first queues the new set, the second makes it
//! the set Aura and GRANDPA use. Without a change sessions end on their
//! period and the set stays.
//!
//! GRANDPA enacts a set change only once the block announcing it is
//! finalized, so a set that lost too many nodes to finalize can never vote
//! itself out. A finality recovery therefore asks GRANDPA for a *forced*
//! change (enacted on every node's best chain after a delay) at the
//! boundary where the remaining set becomes active: the session pallet
//! asks this manager for the next set before it tells GRANDPA about the
//! session starting, so the stalled note is in place when GRANDPA looks.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{Get, ValidatorRegistration},
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_session::{SessionManager, ShouldEndSession};

/// Fewer validators than this cannot lose one and still finalize: GRANDPA
/// needs more than two thirds of them.
pub const FAULT_TOLERANT_SET: u32 = 4;

/// Rotations a change needs: one to queue the set, one to activate it.
const ROTATIONS_PER_CHANGE: u8 = 2;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_add_validator(who: T::AccountId) -> DispatchResult {
		Self::ensure_no_finality_change_pending()?;
		ensure!(T::Participants::is_active_participant(&who), Error::<T>::NotParticipant);
		ensure!(T::SessionKeys::is_registered(&who), Error::<T>::NoSessionKeys);
		let mut validators = Validators::<T>::get();
		ensure!(!validators.contains(&who), Error::<T>::AlreadyValidator);
		validators.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;

		Validators::<T>::put(validators);
		PendingRotations::<T>::put(ROTATIONS_PER_CHANGE);
		Self::deposit_event(Event::ValidatorAdded { who: who.clone() });
		Self::forgive(&who);
		Ok(())
	}

	pub(crate) fn do_remove_validator(who: T::AccountId, force: bool) -> DispatchResult {
		Self::ensure_no_finality_change_pending()?;
		let mut validators = Validators::<T>::get();
		let position = validators.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
		let remaining = (validators.len() as u32).saturating_sub(1);
		ensure!(remaining >= T::MinValidators::get(), Error::<T>::TooFewValidators);
		let loses_tolerance =
			validators.len() as u32 >= FAULT_TOLERANT_SET && remaining < FAULT_TOLERANT_SET;
		ensure!(force || !loses_tolerance, Error::<T>::NoFaultTolerance);
		validators.remove(position);

		Validators::<T>::put(validators);
		PendingRotations::<T>::put(ROTATIONS_PER_CHANGE);
		Self::deposit_event(Event::ValidatorRemoved { who });
		Ok(())
	}

	/// A set change while GRANDPA waits to enact a forced one would reach
	/// Aura but not GRANDPA (which schedules one change at a time).
	fn ensure_no_finality_change_pending() -> DispatchResult {
		ensure!(!T::Finality::change_pending(), Error::<T>::FinalityChangePending);
		Ok(())
	}

	pub(crate) fn do_recover_finality(
		remove: Vec<T::AccountId>,
		best_finalized: BlockNumberFor<T>,
		delay: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(!FinalityRecovery::<T>::exists(), Error::<T>::RecoveryPending);
		Self::ensure_no_finality_change_pending()?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(best_finalized < now, Error::<T>::FinalizedInFuture);
		ensure!(delay <= T::MaxRecoveryDelay::get(), Error::<T>::RecoveryDelayTooLong);
		ensure!(
			T::Finality::next_forced_change().map_or(true, |next| next <= now),
			Error::<T>::RecoveryTooSoon
		);
		let mut validators = Validators::<T>::get();
		for who in &remove {
			// A duplicate is no longer in the set the second time.
			let position =
				validators.iter().position(|v| v == who).ok_or(Error::<T>::NotValidator)?;
			validators.remove(position);
		}
		ensure!(validators.len() as u32 >= T::MinValidators::get(), Error::<T>::TooFewValidators);

		let rotations = if remove.is_empty() {
			// The current set is forced at the next boundary, which comes at
			// once (or with the change already being applied).
			PendingRotations::<T>::get().max(1)
		} else {
			Validators::<T>::put(validators);
			ROTATIONS_PER_CHANGE
		};
		PendingRotations::<T>::put(rotations);
		FinalityRecovery::<T>::put(FinalityRecoveryPlan { best_finalized, delay });
		for who in &remove {
			Self::deposit_event(Event::ValidatorRemoved { who: who.clone() });
		}
		Self::deposit_event(Event::FinalityRecoveryDecided {
			removed: remove,
			best_finalized,
			delay,
		});
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_purge_session_keys(who: T::AccountId) -> DispatchResult {
		ensure!(!Validators::<T>::get().contains(&who), Error::<T>::ValidatorKeysInUse);
		T::SessionKeys::purge_keys(&who)?;
		Self::deposit_event(Event::SessionKeysPurged { who });
		Ok(())
	}
}

impl<T: Config> SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: u32) -> Option<Vec<T::AccountId>> {
		let pending = PendingRotations::<T>::get();
		PendingRotations::<T>::put(pending.saturating_sub(1));
		// The set queued at the previous boundary becomes active now; if a
		// recovery waits for it, GRANDPA is forced onto it.
		if pending < ROTATIONS_PER_CHANGE {
			if let Some(plan) = FinalityRecovery::<T>::take() {
				T::Finality::note_stalled(plan.delay, plan.best_finalized);
				Self::deposit_event(Event::FinalityRecoveryStarted {
					session: new_index.saturating_sub(1),
					delay: plan.delay,
				});
			}
		}
		// Only the first boundary after a change queues a new set; the
		// second activates what the first queued.
		if pending != ROTATIONS_PER_CHANGE {
			return None;
		}
		let validators = Validators::<T>::get().into_inner();
		Self::deposit_event(Event::ValidatorSetQueued {
			session: new_index,
			validators: validators.clone(),
		});
		Some(validators)
	}

	fn new_session_genesis(_new_index: u32) -> Option<Vec<T::AccountId>> {
		// The session pallet's genesis keys are the first validators.
		None
	}

	fn end_session(_end_index: u32) {}

	fn start_session(_start_index: u32) {}
}

/// The same, for `pallet_session::historical`, which notes every session's
/// set so that equivocation proofs can name it (validators carry no
/// identification beyond their account).
impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: u32) -> Option<Vec<(T::AccountId, ())>> {
		<Self as SessionManager<_>>::new_session(new_index)
			.map(|validators| validators.into_iter().map(|who| (who, ())).collect())
	}

	fn new_session_genesis(_new_index: u32) -> Option<Vec<(T::AccountId, ())>> {
		None
	}

	fn end_session(_end_index: u32) {}

	fn start_session(_start_index: u32) {}
}

/// Ends a session on its period, or at once while a change of the set is
/// being applied.
impl<T: Config> ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		PendingRotations::<T>::get() > 0 || T::PeriodicSessions::should_end_session(now)
	}
}
