//! Consortium membership: only registered participants sit on the council.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_admit_member(who: T::AccountId) -> DispatchResult {
		ensure!(T::Participants::is_active_participant(&who), Error::<T>::NotParticipant);
		ensure!(!T::Membership::is_member(&who), Error::<T>::AlreadyMember);
		T::Membership::add(&who)?;
		Self::deposit_event(Event::MemberAdmitted { who });
		Ok(())
	}

	pub(crate) fn do_remove_member(who: T::AccountId) -> DispatchResult {
		ensure!(T::Membership::is_member(&who), Error::<T>::NotMember);
		ensure!(T::Membership::members().len() > 1, Error::<T>::LastMember);
		T::Membership::remove(&who)?;
		Self::deposit_event(Event::MemberRemoved { who });
		Ok(())
	}
}
