//! A billed period's verdict and penalty, the oracles' pay and the
//! provider's reputation; and the contract with settlement.

use crate::*;
use frame_support::{pallet_prelude::DispatchResult, traits::Get, weights::Weight, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::Saturating, DispatchError, Perbill};
use tsm_primitives::{
	ids::{AgreementId, OfferId, PeriodIndex},
	SlaHookWeights, SlaPenaltyProvider,
};

impl<T: Config> Pallet<T> {
	/// Judges a monitored period as settlement bills it: closes the
	/// interval still taking reports if it belongs to the period, counts
	/// intervals nobody reported as unmeasured (and missed by every
	/// member), records the verdict, pays the committee and updates the
	/// provider's reputation. `None` if the agreement is not monitored.
	pub(crate) fn evaluate_period(
		agreement: AgreementId,
		period: PeriodIndex,
		gross: BalanceOf<T>,
	) -> Result<Option<Perbill>, DispatchError> {
		let Some(mut monitoring) = Monitored::<T>::get(agreement) else { return Ok(None) };
		if !matches!(monitoring.state, MonitoringState::Active { .. })
			|| period < monitoring.evaluated
		{
			return Ok(None);
		}
		let template = Self::template_of(&monitoring)?;
		let per_period = monitoring.intervals_per_period;
		if let Some(open) = monitoring.open.take() {
			if period_of(open.interval, per_period) <= period {
				Self::aggregate(agreement, &mut monitoring, &template, open)?;
			} else {
				monitoring.open = Some(open);
			}
		}

		let mut stats = Periods::<T>::get(agreement, period);
		Self::shape(&mut stats, template.objectives.len(), monitoring.committee.len());
		let silent = per_period.saturating_sub(stats.measured.saturating_add(stats.unmeasured));
		stats.unmeasured = stats.unmeasured.saturating_add(silent);
		for (seat, tally) in monitoring.committee.iter_mut().zip(stats.seats.iter_mut()) {
			seat.missed = seat.missed.saturating_add(silent);
			tally.missed = tally.missed.saturating_add(silent);
		}
		let verdict = Self::verdict(&template, &stats);
		stats.verdict = Some(verdict.clone());
		Periods::<T>::insert(agreement, period, stats);

		monitoring.evaluated = period.saturating_add(1);
		for index in 0..monitoring.committee.len() {
			Self::fold_seat(agreement, &mut monitoring, index)?;
		}
		Self::judge_provider(&monitoring.provider, &verdict, verdict.penalty.mul_floor(gross));
		Monitored::<T>::insert(agreement, monitoring);
		let penalty = verdict.penalty;
		Self::deposit_event(Event::PeriodEvaluated { agreement, period, verdict });
		Ok(Some(penalty))
	}

	/// A period's verdict from its counters: each objective's compliance
	/// is the share of measured intervals it met (grace intervals counted
	/// as met); the penalty follows the curve from the lowest compliance
	/// if any objective falls short of the required share.
	pub fn verdict(template: &TemplateOf<T>, stats: &PeriodStats<T::MaxCommittee>) -> Verdict {
		if stats.measured == 0 {
			return Verdict {
				objectives: BoundedVec::new(),
				outcome: Outcome::Unmeasured,
				penalty: Perbill::zero(),
			};
		}
		let rule = &template.evaluation;
		let mut objectives = BoundedVec::<ObjectiveVerdict, MaxObjectives>::new();
		let mut lowest = Perbill::one();
		for counters in stats.objectives.iter().take(template.objectives.len()) {
			let counted = counters.met.saturating_add(rule.grace_intervals).min(stats.measured);
			let compliance = Perbill::from_rational(counted, stats.measured);
			lowest = lowest.min(compliance);
			let _ = objectives
				.try_push(ObjectiveVerdict { compliance, met: compliance >= rule.required });
		}
		let breached = objectives.iter().any(|objective| !objective.met);
		Verdict {
			objectives,
			outcome: if breached { Outcome::Breached } else { Outcome::Met },
			penalty: if breached { Self::penalty_at(template, lowest) } else { Perbill::zero() },
		}
	}

	/// Counts a verdict into the provider's reputation; its score moves an
	/// eighth of the way to 100 % on a met period, to 0 % on a breach (the
	/// first judged period sets it).
	fn judge_provider(provider: &T::AccountId, verdict: &Verdict, penalty: BalanceOf<T>) {
		Reputation::<T>::mutate(provider, |reputation| {
			reputation.evaluated = reputation.evaluated.saturating_add(1);
			let target = match verdict.outcome {
				Outcome::Met => {
					reputation.met = reputation.met.saturating_add(1);
					Perbill::one()
				}
				Outcome::Breached => {
					reputation.breached = reputation.breached.saturating_add(1);
					reputation.penalties = reputation.penalties.saturating_add(penalty);
					Perbill::zero()
				}
				Outcome::Unmeasured => {
					reputation.unmeasured = reputation.unmeasured.saturating_add(1);
					return;
				}
			};
			reputation.score = if reputation.met.saturating_add(reputation.breached) == 1 {
				target
			} else {
				let (old, new) =
					(reputation.score.deconstruct() as u64, target.deconstruct() as u64);
				Perbill::from_parts(((old * 7 + new) / 8) as u32)
			};
		});
	}
}

impl<T: Config> SlaPenaltyProvider<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> for Pallet<T> {
	fn offer_published(
		offer: OfferId,
		provider: &T::AccountId,
		sla: &H256,
		billing_period: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::do_offer_published(offer, provider, sla, billing_period)
	}

	fn offer_withdrawn(offer: OfferId) {
		Self::do_offer_withdrawn(offer)
	}

	fn agreement_ordered(
		agreement: AgreementId,
		offer: OfferId,
		consumer: &T::AccountId,
		term: PeriodIndex,
	) -> DispatchResult {
		Self::do_agreement_ordered(agreement, offer, consumer, term)
	}

	fn agreement_activated(agreement: AgreementId, start: BlockNumberFor<T>) -> DispatchResult {
		Self::do_agreement_activated(agreement, start)
	}

	fn agreement_ended(agreement: AgreementId) -> DispatchResult {
		Self::do_agreement_ended(agreement)
	}

	fn agreement_purged(agreement: AgreementId) -> DispatchResult {
		Self::do_agreement_purged(agreement)
	}

	fn evaluate(
		agreement: AgreementId,
		period: PeriodIndex,
		gross: BalanceOf<T>,
	) -> Result<(Perbill, Weight), DispatchError> {
		Ok(match Self::evaluate_period(agreement, period, gross)? {
			Some(penalty) => (penalty, T::WeightInfo::evaluate_period()),
			None => (Perbill::zero(), T::DbWeight::get().reads(1)),
		})
	}

	fn weights() -> SlaHookWeights {
		SlaHookWeights {
			offer_published: T::WeightInfo::offer_published(),
			offer_withdrawn: T::WeightInfo::offer_withdrawn(),
			agreement_ordered: T::WeightInfo::agreement_ordered(),
			agreement_activated: T::WeightInfo::agreement_activated(),
			agreement_ended: T::WeightInfo::agreement_ended(),
			agreement_purged: T::WeightInfo::agreement_purged(T::MaxTerm::get()),
			evaluate: T::WeightInfo::evaluate_period(),
		}
	}
}
