//! Measurement reports and their aggregation: the median of an interval's
//! reports counts once a majority of the committee reported.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, BoundedVec};
use sp_core::H256;
use sp_runtime::traits::Saturating;
use tsm_primitives::{
	ids::{AgreementId, IntervalIndex},
	DeviceKind, DeviceRegistry, Role, RoleProvider,
};

/// What a report did, for its actual weight.
pub(crate) struct ReportOutcome {
	/// It aggregated an interval.
	pub aggregated: bool,
	/// A probe sent it (its owner was looked up).
	pub by_device: bool,
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_report(
		reporter: T::AccountId,
		agreement: AgreementId,
		interval: IntervalIndex,
		values: ObjectiveValues,
		evidence: H256,
	) -> Result<ReportOutcome, sp_runtime::DispatchError> {
		let mut monitoring = Monitored::<T>::get(agreement).ok_or(Error::<T>::NotMonitored)?;
		let MonitoringState::Active { start } = monitoring.state else {
			return Err(Error::<T>::NotActive.into());
		};
		let direct = monitoring.committee.iter().position(|seat| seat.oracle == reporter);
		let by_device = direct.is_none();
		let seat = match direct {
			Some(seat) => seat,
			None => {
				// Only a monitoring probe reports for its owner.
				let owner = T::Devices::device(&reporter)
					.filter(|(_, kind)| *kind == DeviceKind::MonitoringProbe)
					.map(|(owner, _)| owner)
					.ok_or(Error::<T>::NotCommitteeMember)?;
				monitoring
					.committee
					.iter()
					.position(|seat| seat.oracle == owner)
					.ok_or(Error::<T>::NotCommitteeMember)?
			}
		};
		let oracle =
			monitoring.committee.get(seat).ok_or(Error::<T>::NotCommitteeMember)?.oracle.clone();
		ensure!(
			T::Roles::has_role(&oracle, Role::MonitoringOracle),
			Error::<T>::NoOracleCredential
		);
		let record = Oracles::<T>::get(&oracle).ok_or(Error::<T>::NotRegistered)?;
		ensure!(!record.ejected, Error::<T>::OracleEjected);

		let intervals = monitoring
			.intervals_per_period
			.checked_mul(monitoring.term)
			.ok_or(Error::<T>::Overflow)?;
		ensure!(interval < intervals, Error::<T>::IntervalOutOfTerm);
		ensure!(
			period_of(interval, monitoring.intervals_per_period) >= monitoring.evaluated,
			Error::<T>::PeriodEvaluated
		);
		let template = Self::template_of(&monitoring)?;
		let length = template.evaluation.interval;
		let end = Self::interval_start(start, length, interval.saturating_add(1))?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= end, Error::<T>::IntervalNotOver);
		ensure!(now < end.saturating_add(length), Error::<T>::ReportTooLate);
		ensure!(values.len() == template.objectives.len(), Error::<T>::WrongValueCount);
		ensure!(
			values
				.iter()
				.zip(template.objectives.iter())
				.all(|(value, o)| *value <= o.unit.maximum()),
			Error::<T>::ValueOutOfRange
		);

		let mut aggregated = false;
		let mut open = match monitoring.open.take() {
			Some(open) if open.interval == interval => open,
			Some(open) if open.interval < interval => {
				// Its window is over: it is aggregated with what it has.
				Self::aggregate(agreement, &mut monitoring, &template, open)?;
				aggregated = true;
				OpenInterval { interval, reports: BoundedVec::new() }
			}
			Some(_) => return Err(Error::<T>::ReportTooLate.into()),
			None => OpenInterval { interval, reports: BoundedVec::new() },
		};
		let seat_index = seat as u8;
		ensure!(
			open.reports.iter().all(|report| report.seat != seat_index),
			Error::<T>::AlreadyReported
		);
		open.reports
			.try_push(Report { seat: seat_index, values, evidence })
			.map_err(|_| Error::<T>::AlreadyReported)?;
		if open.reports.len() == monitoring.committee.len() {
			Self::aggregate(agreement, &mut monitoring, &template, open)?;
			aggregated = true;
		} else {
			monitoring.open = Some(open);
		}
		Monitored::<T>::insert(agreement, monitoring);
		Self::deposit_event(Event::MeasurementReported { agreement, interval, oracle, evidence });
		Ok(ReportOutcome { aggregated, by_device })
	}

	pub(crate) fn do_close_interval(agreement: AgreementId) -> DispatchResult {
		let mut monitoring = Monitored::<T>::get(agreement).ok_or(Error::<T>::NotMonitored)?;
		let open = monitoring.open.take().ok_or(Error::<T>::NoOpenInterval)?;
		let MonitoringState::Active { start } = monitoring.state else {
			return Err(Error::<T>::NotActive.into());
		};
		let template = Self::template_of(&monitoring)?;
		let window_end = Self::interval_start(
			start,
			template.evaluation.interval,
			open.interval.saturating_add(2),
		)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() >= window_end,
			Error::<T>::ReportWindowOpen
		);
		Self::aggregate(agreement, &mut monitoring, &template, open)?;
		Monitored::<T>::insert(agreement, monitoring);
		Ok(())
	}

	/// Aggregates an interval into its period's counters: with a majority
	/// of the committee, the median of each objective is judged, each
	/// report checked against it (a strike beyond the tolerance, the fee
	/// earned within it); members without a report missed the interval.
	pub(crate) fn aggregate(
		agreement: AgreementId,
		monitoring: &mut MonitoringOf<T>,
		template: &TemplateOf<T>,
		open: OpenInterval<T::MaxCommittee>,
	) -> DispatchResult {
		let interval = open.interval;
		let period = period_of(interval, monitoring.intervals_per_period);
		let mut stats = Periods::<T>::get(agreement, period);
		Self::shape(&mut stats, template.objectives.len(), monitoring.committee.len());
		let committee = monitoring.committee.len();
		let reports = open.reports.len();

		for (index, seat) in monitoring.committee.iter_mut().enumerate() {
			if !open.reports.iter().any(|report| report.seat as usize == index) {
				seat.missed = seat.missed.saturating_add(1);
				if let Some(tally) = stats.seats.get_mut(index) {
					tally.missed = tally.missed.saturating_add(1);
				}
			}
		}
		if reports < committee / 2 + 1 {
			stats.unmeasured = stats.unmeasured.saturating_add(1);
			Periods::<T>::insert(agreement, period, stats);
			Self::deposit_event(Event::IntervalUnmeasured {
				agreement,
				interval,
				reports: reports as u32,
			});
			return Ok(());
		}

		let mut medians = ObjectiveValues::new();
		let mut met = BoundedVec::<bool, MaxObjectives>::new();
		for (index, objective) in template.objectives.iter().enumerate() {
			let mut values = open
				.reports
				.iter()
				.filter_map(|report| report.values.get(index).copied())
				.collect::<alloc::vec::Vec<_>>();
			values.sort_unstable();
			// The lower median of an even count.
			let median =
				values.get(values.len().saturating_sub(1) / 2).copied().unwrap_or_default();
			let complies = objective.comparator.complies(median, objective.target);
			let warned = complies
				&& objective.warning.is_some_and(|w| !objective.comparator.complies(median, w));
			if let Some(counters) = stats.objectives.get_mut(index) {
				Self::count(counters, objective, median, complies, warned, stats.measured);
			}
			if warned {
				Self::deposit_event(Event::ObjectiveWarning {
					agreement,
					interval,
					objective: index as u8,
				});
			}
			let _ = medians.try_push(median);
			let _ = met.try_push(complies);
		}
		stats.measured = stats.measured.saturating_add(1);

		for report in open.reports.iter() {
			let strayed =
				report.values.iter().zip(medians.iter()).zip(template.objectives.iter()).any(
					|((value, median), objective)| value.abs_diff(*median) > objective.tolerance,
				);
			let index = report.seat as usize;
			let Some(seat) = monitoring.committee.get_mut(index) else { continue };
			seat.reports = seat.reports.saturating_add(1);
			if let Some(tally) = stats.seats.get_mut(index) {
				tally.reports = tally.reports.saturating_add(1);
				if strayed {
					tally.strikes = tally.strikes.saturating_add(1);
				}
			}
			if strayed {
				seat.strikes = seat.strikes.saturating_add(1);
				Self::deposit_event(Event::OracleStruck {
					agreement,
					interval,
					oracle: seat.oracle.clone(),
				});
			} else {
				seat.earned = seat.earned.saturating_add(template.report_fee);
			}
		}
		Periods::<T>::insert(agreement, period, stats);
		Self::deposit_event(Event::IntervalMeasured { agreement, interval, medians, met });
		Ok(())
	}

	/// Gives a period's counters one entry per objective and per seat.
	pub(crate) fn shape(stats: &mut PeriodStats<T::MaxCommittee>, objectives: usize, seats: usize) {
		while stats.objectives.len() < objectives {
			if stats.objectives.try_push(ObjectiveStats::default()).is_err() {
				break;
			}
		}
		while stats.seats.len() < seats {
			if stats.seats.try_push(SeatTally::default()).is_err() {
				break;
			}
		}
	}

	/// Counts an interval's median into an objective's counters.
	fn count(
		counters: &mut ObjectiveStats,
		objective: &Objective,
		median: u64,
		complies: bool,
		warned: bool,
		measured_before: u32,
	) {
		if complies {
			counters.met = counters.met.saturating_add(1);
		}
		if warned {
			counters.warned = counters.warned.saturating_add(1);
		}
		let worse = match objective.comparator {
			Comparator::AtLeast => median < counters.worst,
			Comparator::AtMost => median > counters.worst,
		};
		if measured_before == 0 || worse {
			counters.worst = median;
		}
		counters.sum = counters.sum.saturating_add(median as u128);
	}
}
