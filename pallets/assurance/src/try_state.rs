//! The invariants the pallet keeps, checked after every unit test and by
//! `try-runtime`: holds equal the recorded bonds, deposits and fees;
//! counters agree with the records they count.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_core::H256;
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut users: BTreeMap<H256, u32> = BTreeMap::new();
		let mut seats: BTreeMap<T::AccountId, u32> = BTreeMap::new();

		for (_, offer) in OfferCommittees::<T>::iter() {
			*users.entry(offer.sla).or_default() += 1;
			ensure!(
				offer.committee.iter().all(|nominee| nominee.oracle != offer.provider),
				"no provider nominates itself"
			);
		}
		for (agreement, monitoring) in Monitored::<T>::iter() {
			*users.entry(monitoring.sla).or_default() += 1;
			let size = monitoring.committee.len();
			ensure!(size % 2 == 1, "committees are odd");
			let earned = monitoring
				.committee
				.iter()
				.fold(BalanceOf::<T>::zero(), |sum, seat| sum.saturating_add(seat.earned));
			ensure!(earned <= monitoring.fees_held, "fees earned are held");
			for seat in monitoring.committee.iter() {
				ensure!(
					seat.oracle != monitoring.provider && seat.oracle != monitoring.consumer,
					"no party sits on its committee"
				);
				if monitoring.state != MonitoringState::Ended {
					*seats.entry(seat.oracle.clone()).or_default() += 1;
				}
			}
			if let Some(open) = &monitoring.open {
				ensure!(
					matches!(monitoring.state, MonitoringState::Active { .. }),
					"only running agreements take reports"
				);
				ensure!(open.reports.len() < size, "a complete interval is aggregated");
				for (index, report) in open.reports.iter().enumerate() {
					ensure!((report.seat as usize) < size, "reports come from seats");
					ensure!(
						open.reports[..index].iter().all(|other| other.seat != report.seat),
						"one report per seat"
					);
				}
			}
			for (_, stats) in Periods::<T>::iter_prefix(agreement) {
				ensure!(
					stats.measured.saturating_add(stats.unmeasured)
						<= monitoring.intervals_per_period,
					"a period counts at most its intervals"
				);
				ensure!(
					stats.objectives.iter().all(|o| o.met <= stats.measured),
					"an objective is met in measured intervals only"
				);
			}
		}
		for (sla, record) in Templates::<T>::iter() {
			ensure!(record.users == users.remove(&sla).unwrap_or(0), "template users are counted");
		}
		ensure!(users.is_empty(), "offers and agreements name stored templates");
		for (oracle, record) in Oracles::<T>::iter() {
			ensure!(record.seats == seats.remove(&oracle).unwrap_or(0), "seats are counted");
		}
		ensure!(seats.is_empty(), "committee members are registered");
		for ((who, reason), amount) in Self::recorded_holds() {
			let reason = HOLD_REASONS
				.into_iter()
				.find(|r| *r as u8 == reason)
				.ok_or("a known hold reason")?;
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"holds equal the records"
			);
		}
		Ok(())
	}
}
