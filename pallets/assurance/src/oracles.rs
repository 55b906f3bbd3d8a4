//! Monitoring oracles: registration with a bond, leaving, slashing, and
//! governance's replacement of an ejected committee member.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::{Saturating, Zero};
use tsm_primitives::{ids::AgreementId, Role, RoleProvider};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_oracle(oracle: T::AccountId, bond: BalanceOf<T>) -> DispatchResult {
		ensure!(
			T::Roles::has_role(&oracle, Role::MonitoringOracle),
			Error::<T>::NoOracleCredential
		);
		ensure!(!Oracles::<T>::contains_key(&oracle), Error::<T>::AlreadyRegistered);
		ensure!(bond >= T::MinOracleBond::get(), Error::<T>::BondTooSmall);
		Self::hold(HoldReason::OracleBond, &oracle, bond)?;
		Oracles::<T>::insert(
			&oracle,
			OracleRecord {
				bond,
				seats: 0,
				ejected: false,
				reports: 0,
				strikes: 0,
				missed: 0,
				earned: Zero::zero(),
			},
		);
		Self::deposit_event(Event::OracleRegistered { oracle, bond });
		Ok(())
	}

	pub(crate) fn do_unregister_oracle(oracle: T::AccountId) -> DispatchResult {
		let record = Oracles::<T>::get(&oracle).ok_or(Error::<T>::NotRegistered)?;
		ensure!(record.seats == 0, Error::<T>::OracleInUse);
		Self::release(HoldReason::OracleBond, &oracle, record.bond)?;
		Oracles::<T>::remove(&oracle);
		Self::deposit_event(Event::OracleUnregistered { oracle });
		Ok(())
	}

	/// Slashes up to `amount` of the bond to the marketplace account (burnt
	/// if that account cannot take it yet) and ejects the oracle.
	pub(crate) fn do_slash(oracle: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut record = Oracles::<T>::get(&oracle).ok_or(Error::<T>::NotRegistered)?;
		let taken = amount.min(record.bond);
		let market = T::MarketAccount::get();
		if !Self::pay_held(HoldReason::OracleBond, &oracle, &market, taken)? {
			T::Currency::burn_held(
				&HoldReason::OracleBond.into(),
				&oracle,
				taken,
				Precision::Exact,
				frame_support::traits::tokens::Fortitude::Force,
			)?;
		}
		record.bond = record.bond.saturating_sub(taken);
		record.ejected = true;
		Oracles::<T>::insert(&oracle, record);
		Self::deposit_event(Event::OracleSlashed { oracle, amount: taken });
		Ok(())
	}

	pub(crate) fn do_replace_member(
		agreement: AgreementId,
		old: T::AccountId,
		new: T::AccountId,
	) -> DispatchResult {
		let mut monitoring = Monitored::<T>::get(agreement).ok_or(Error::<T>::NotMonitored)?;
		ensure!(monitoring.state != MonitoringState::Ended, Error::<T>::NotActive);
		let seat = monitoring
			.committee
			.iter()
			.position(|seat| seat.oracle == old)
			.ok_or(Error::<T>::NotCommitteeMember)?;
		ensure!(
			Oracles::<T>::get(&old).is_some_and(|record| record.ejected),
			Error::<T>::MemberNotEjected
		);
		Self::check_nominee(&new, &monitoring.provider)?;
		ensure!(new != monitoring.consumer, Error::<T>::ConsumerOnCommittee);
		ensure!(
			monitoring.committee.iter().all(|seat| seat.oracle != new),
			Error::<T>::AlreadyOnCommittee
		);

		Self::fold_seat(agreement, &mut monitoring, seat)?;
		Self::change_seats(&old, false);
		Self::change_seats(&new, true);
		if let Some(taken) = monitoring.committee.get_mut(seat) {
			taken.oracle = new.clone();
		}
		Monitored::<T>::insert(agreement, monitoring);
		Self::deposit_event(Event::CommitteeMemberReplaced { agreement, old, new });
		Ok(())
	}

	/// A registered oracle, not ejected, that is not `provider`.
	pub(crate) fn check_nominee(oracle: &T::AccountId, provider: &T::AccountId) -> DispatchResult {
		ensure!(oracle != provider, Error::<T>::ProviderOnCommittee);
		let record = Oracles::<T>::get(oracle).ok_or(Error::<T>::NotRegistered)?;
		ensure!(!record.ejected, Error::<T>::OracleEjected);
		Ok(())
	}

	/// One seat more (`true`) or less for `oracle`.
	pub(crate) fn change_seats(oracle: &T::AccountId, more: bool) {
		Oracles::<T>::mutate(oracle, |record| {
			if let Some(record) = record {
				record.seats = if more {
					record.seats.saturating_add(1)
				} else {
					record.seats.saturating_sub(1)
				};
			}
		});
	}

	/// Adds a seat's counters to its oracle's record and pays what it
	/// earned from the provider's fee hold (kept for later if the oracle's
	/// account cannot take it).
	pub(crate) fn fold_seat(
		agreement: AgreementId,
		monitoring: &mut MonitoringOf<T>,
		index: usize,
	) -> DispatchResult {
		let provider = monitoring.provider.clone();
		let Some(seat) = monitoring.committee.get_mut(index) else { return Ok(()) };
		let amount = seat.earned.min(monitoring.fees_held);
		let paid = !amount.is_zero()
			&& Self::pay_held(HoldReason::MonitoringFees, &provider, &seat.oracle, amount)?;
		Oracles::<T>::mutate(&seat.oracle, |record| {
			if let Some(record) = record {
				record.reports = record.reports.saturating_add(seat.reports);
				record.strikes = record.strikes.saturating_add(seat.strikes);
				record.missed = record.missed.saturating_add(seat.missed);
				if paid {
					record.earned = record.earned.saturating_add(amount);
				}
			}
		});
		seat.reports = 0;
		seat.strikes = 0;
		seat.missed = 0;
		if paid {
			seat.earned = seat.earned.saturating_sub(amount);
			monitoring.fees_held = monitoring.fees_held.saturating_sub(amount);
			Self::deposit_event(Event::OraclePaid {
				agreement,
				oracle: seat.oracle.clone(),
				amount,
			});
		}
		Ok(())
	}
}
