//! Committees: nominated per offer by its provider, consented to by each
//! nominee, fixed per agreement when it is ordered; and what settlement
//! tells this service about offers and agreements.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedMul, Saturating, UniqueSaturatedInto, Zero};
use tsm_primitives::ids::{AgreementId, OfferId, PeriodIndex};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_offer_committee(
		provider: T::AccountId,
		offer: OfferId,
		members: CommitteeOf<T>,
	) -> DispatchResult {
		let mut monitoring =
			OfferCommittees::<T>::get(offer).ok_or(Error::<T>::OfferNotMonitored)?;
		ensure!(monitoring.provider == provider, Error::<T>::NotOfferProvider);
		ensure!(!Self::committee_ready(&monitoring), Error::<T>::CommitteeFixed);
		let size = members.len() as u32;
		ensure!(size % 2 == 1 && size >= T::MinCommittee::get(), Error::<T>::CommitteeSizeInvalid);
		for (index, member) in members.iter().enumerate() {
			ensure!(!members[..index].contains(member), Error::<T>::DuplicateMember);
			Self::check_nominee(member, &provider)?;
		}

		let nominees = members
			.iter()
			.map(|oracle| Nominee { oracle: oracle.clone(), consented: false })
			.collect::<alloc::vec::Vec<_>>();
		monitoring.committee =
			BoundedVec::try_from(nominees).map_err(|_| Error::<T>::CommitteeSizeInvalid)?;
		OfferCommittees::<T>::insert(offer, monitoring);
		Self::deposit_event(Event::CommitteeNominated { offer, members });
		Ok(())
	}

	pub(crate) fn do_consent(
		oracle: T::AccountId,
		offer: OfferId,
		consent: bool,
	) -> DispatchResult {
		let mut monitoring =
			OfferCommittees::<T>::get(offer).ok_or(Error::<T>::OfferNotMonitored)?;
		let nominee = monitoring
			.committee
			.iter_mut()
			.find(|nominee| nominee.oracle == oracle)
			.ok_or(Error::<T>::NotNominated)?;
		if consent {
			let record = Oracles::<T>::get(&oracle).ok_or(Error::<T>::NotRegistered)?;
			ensure!(!record.ejected, Error::<T>::OracleEjected);
		}
		nominee.consented = consent;
		let ready = Self::committee_ready(&monitoring);
		OfferCommittees::<T>::insert(offer, monitoring);
		Self::deposit_event(Event::CommitteeConsent { offer, oracle, consented: consent });
		if ready {
			Self::deposit_event(Event::CommitteeReady { offer });
		}
		Ok(())
	}

	/// Whether the offer takes orders: a committee whose nominees all
	/// consented and are registered and not ejected.
	pub fn committee_ready(monitoring: &OfferMonitoringOf<T>) -> bool {
		!monitoring.committee.is_empty()
			&& monitoring.committee.iter().all(|nominee| {
				nominee.consented
					&& Oracles::<T>::get(&nominee.oracle).is_some_and(|record| !record.ejected)
			})
	}

	/// An offer naming `sla` is published: monitored if `sla` names a
	/// template (whose interval divides the billing period), off chain
	/// otherwise.
	pub(crate) fn do_offer_published(
		offer: OfferId,
		provider: &T::AccountId,
		sla: &H256,
		billing_period: BlockNumberFor<T>,
	) -> DispatchResult {
		let Some(mut record) = Templates::<T>::get(sla) else { return Ok(()) };
		let interval = record.template.evaluation.interval;
		ensure!(
			billing_period >= interval && (billing_period % interval).is_zero(),
			Error::<T>::BillingPeriodNotMultipleOfInterval
		);
		let intervals: u32 = (billing_period / interval).unique_saturated_into();
		ensure!(intervals <= T::MaxIntervalsPerPeriod::get(), Error::<T>::TooManyIntervals);
		record.users = record.users.saturating_add(1);
		Templates::<T>::insert(sla, record);
		OfferCommittees::<T>::insert(
			offer,
			OfferMonitoring {
				provider: provider.clone(),
				sla: *sla,
				intervals_per_period: intervals,
				committee: BoundedVec::new(),
			},
		);
		Self::deposit_event(Event::OfferMonitored { offer, sla: *sla });
		Ok(())
	}

	pub(crate) fn do_offer_withdrawn(offer: OfferId) {
		if let Some(monitoring) = OfferCommittees::<T>::take(offer) {
			Self::release_template(&monitoring.sla);
		}
	}

	/// An order of a monitored offer takes its committee, which must be
	/// ready and independent of the consumer.
	pub(crate) fn do_agreement_ordered(
		agreement: AgreementId,
		offer: OfferId,
		consumer: &T::AccountId,
		term: PeriodIndex,
	) -> DispatchResult {
		let Some(offered) = OfferCommittees::<T>::get(offer) else { return Ok(()) };
		ensure!(term <= T::MaxTerm::get(), Error::<T>::TermTooLong);
		ensure!(Self::committee_ready(&offered), Error::<T>::CommitteeNotReady);
		ensure!(
			offered.committee.iter().all(|nominee| &nominee.oracle != consumer),
			Error::<T>::ConsumerOnCommittee
		);
		let seats = offered
			.committee
			.iter()
			.map(|nominee| Seat {
				oracle: nominee.oracle.clone(),
				reports: 0,
				strikes: 0,
				missed: 0,
				earned: Zero::zero(),
			})
			.collect::<alloc::vec::Vec<_>>();
		let committee =
			BoundedVec::try_from(seats).map_err(|_| Error::<T>::CommitteeSizeInvalid)?;
		for seat in committee.iter() {
			Self::change_seats(&seat.oracle, true);
		}
		Templates::<T>::mutate(offered.sla, |record| {
			if let Some(record) = record {
				record.users = record.users.saturating_add(1);
			}
		});
		let members = offered
			.committee
			.iter()
			.map(|nominee| nominee.oracle.clone())
			.collect::<alloc::vec::Vec<_>>();
		Monitored::<T>::insert(
			agreement,
			Monitoring {
				offer,
				sla: offered.sla,
				provider: offered.provider,
				consumer: consumer.clone(),
				committee,
				intervals_per_period: offered.intervals_per_period,
				term,
				fees_held: Zero::zero(),
				evaluated: 0,
				open: None,
				state: MonitoringState::Ordered,
			},
		);
		Self::deposit_event(Event::CommitteeAppointed {
			agreement,
			members: BoundedVec::truncate_from(members),
		});
		Ok(())
	}

	/// Starts measuring from `start` and holds the term's report fees from
	/// the provider: every member paid for every interval of every period.
	pub(crate) fn do_agreement_activated(
		agreement: AgreementId,
		start: BlockNumberFor<T>,
	) -> DispatchResult {
		let Some(mut monitoring) = Monitored::<T>::get(agreement) else { return Ok(()) };
		let template = Self::template_of(&monitoring)?;
		let reports = (monitoring.committee.len() as u32)
			.checked_mul(monitoring.intervals_per_period)
			.and_then(|per_period| per_period.checked_mul(monitoring.term))
			.ok_or(Error::<T>::Overflow)?;
		let fees = template.report_fee.checked_mul(&reports.into()).ok_or(Error::<T>::Overflow)?;
		Self::hold(HoldReason::MonitoringFees, &monitoring.provider, fees)
			.map_err(|_| Error::<T>::MonitoringFeesUnfunded)?;
		monitoring.fees_held = fees;
		monitoring.state = MonitoringState::Active { start };
		Monitored::<T>::insert(agreement, monitoring);
		Self::deposit_event(Event::MonitoringStarted { agreement, start, fees });
		Ok(())
	}

	/// Stops measuring: the interval taking reports is dropped (every
	/// billed period was evaluated), the committee's seats are free and
	/// the fees not earned return to the provider.
	pub(crate) fn do_agreement_ended(agreement: AgreementId) -> DispatchResult {
		let Some(mut monitoring) = Monitored::<T>::get(agreement) else { return Ok(()) };
		if monitoring.state == MonitoringState::Ended {
			return Ok(());
		}
		monitoring.open = None;
		for index in 0..monitoring.committee.len() {
			Self::fold_seat(agreement, &mut monitoring, index)?;
		}
		for seat in monitoring.committee.iter() {
			Self::change_seats(&seat.oracle, false);
		}
		let returned = monitoring.fees_held;
		Self::release(HoldReason::MonitoringFees, &monitoring.provider, returned)?;
		monitoring.fees_held = Zero::zero();
		monitoring.state = MonitoringState::Ended;
		Monitored::<T>::insert(agreement, monitoring);
		Self::deposit_event(Event::MonitoringEnded { agreement, returned });
		Ok(())
	}

	/// Removes an agreement's monitoring records (ending it first if it
	/// never ran: a pending order that ended).
	pub(crate) fn do_agreement_purged(agreement: AgreementId) -> DispatchResult {
		Self::do_agreement_ended(agreement)?;
		let Some(monitoring) = Monitored::<T>::take(agreement) else { return Ok(()) };
		let _ = Periods::<T>::clear_prefix(agreement, monitoring.term, None);
		Self::release_template(&monitoring.sla);
		Ok(())
	}

	/// One user less for the template `sla`.
	fn release_template(sla: &H256) {
		Templates::<T>::mutate(sla, |record| {
			if let Some(record) = record {
				record.users = record.users.saturating_sub(1);
			}
		});
	}

	/// The template a monitored agreement is measured by (kept while the
	/// agreement is not purged).
	pub(crate) fn template_of(monitoring: &MonitoringOf<T>) -> Result<TemplateOf<T>, Error<T>> {
		Templates::<T>::get(monitoring.sla)
			.map(|record| record.template)
			.ok_or(Error::<T>::UnknownTemplate)
	}

	/// The first block of `interval` of an agreement started at `start`.
	pub(crate) fn interval_start(
		start: BlockNumberFor<T>,
		length: BlockNumberFor<T>,
		interval: u32,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		length
			.checked_mul(&interval.into())
			.map(|offset| start.saturating_add(offset))
			.ok_or(Error::<T>::Overflow)
	}
}
