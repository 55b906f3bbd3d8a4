//! SLA templates: checked, content-addressed, stored with a deposit; and
//! their penalty curves.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_template(
		owner: T::AccountId,
		template: TemplateOf<T>,
	) -> DispatchResult {
		Self::check_template(&template)?;
		let sla = Self::template_hash(&template);
		ensure!(!Templates::<T>::contains_key(sla), Error::<T>::TemplateExists);
		let deposit = T::TemplateDeposit::get();
		Self::hold(HoldReason::TemplateDeposit, &owner, deposit)?;
		Templates::<T>::insert(
			sla,
			TemplateRecord { template, owner: owner.clone(), deposit, users: 0 },
		);
		Self::deposit_event(Event::TemplateCreated { sla, owner });
		Ok(())
	}

	pub(crate) fn do_remove_template(owner: T::AccountId, sla: H256) -> DispatchResult {
		let record = Templates::<T>::get(sla).ok_or(Error::<T>::UnknownTemplate)?;
		ensure!(record.owner == owner, Error::<T>::NotTemplateOwner);
		ensure!(record.users == 0, Error::<T>::TemplateInUse);
		Self::release(HoldReason::TemplateDeposit, &owner, record.deposit)?;
		Templates::<T>::remove(sla);
		Self::deposit_event(Event::TemplateRemoved { sla });
		Ok(())
	}

	/// The hash a template is stored under: blake2-256 of its SCALE encoding.
	pub fn template_hash(template: &TemplateOf<T>) -> H256 {
		<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(template)
	}

	/// A template every period can be judged by.
	fn check_template(template: &TemplateOf<T>) -> Result<(), Error<T>> {
		let objectives = &template.objectives;
		ensure!(!objectives.is_empty(), Error::<T>::NoObjectives);
		for (index, objective) in objectives.iter().enumerate() {
			ensure!(objective.metric.measured_in(objective.unit), Error::<T>::UnitNotForMetric);
			if let Metric::Latency { percentile } = objective.metric {
				ensure!((1..=100).contains(&percentile), Error::<T>::InvalidPercentile);
			}
			let maximum = objective.unit.maximum();
			ensure!(objective.target <= maximum, Error::<T>::TargetOutOfRange);
			if let Some(warning) = objective.warning {
				ensure!(
					warning <= maximum && objective.comparator.complies(warning, objective.target),
					Error::<T>::WarningBeyondTarget
				);
			}
			ensure!(
				objectives[..index].iter().all(|earlier| earlier.metric != objective.metric),
				Error::<T>::DuplicateObjective
			);
		}
		ensure!(!template.evaluation.interval.is_zero(), Error::<T>::ZeroInterval);
		match &template.curve {
			PenaltyCurve::Steps(tiers) => {
				ensure!(!tiers.is_empty(), Error::<T>::EmptyCurve);
				ensure!(
					tiers
						.windows(2)
						.all(|pair| pair[1].below < pair[0].below
							&& pair[1].penalty > pair[0].penalty),
					Error::<T>::CurveNotMonotone
				);
				ensure!(
					tiers.iter().all(|tier| tier.penalty <= template.cap),
					Error::<T>::CurveExceedsCap
				);
			}
			PenaltyCurve::Linear { full_at } => {
				ensure!(*full_at < template.evaluation.required, Error::<T>::CurveNotMonotone);
			}
		}
		Ok(())
	}

	/// The share of the bill a breached period forfeits at `compliance`.
	pub fn penalty_at(template: &TemplateOf<T>, compliance: Perbill) -> Perbill {
		let penalty = match &template.curve {
			PenaltyCurve::Steps(tiers) => tiers
				.iter()
				.rev()
				.find(|tier| compliance < tier.below)
				.map_or(Perbill::zero(), |tier| tier.penalty),
			PenaltyCurve::Linear { full_at } => {
				let required = template.evaluation.required;
				if compliance <= *full_at {
					template.cap
				} else {
					let short = required.saturating_sub(compliance).deconstruct();
					let span = required.saturating_sub(*full_at).deconstruct();
					Perbill::from_rational(short, span) * template.cap
				}
			}
		};
		penalty.min(template.cap)
	}
}
