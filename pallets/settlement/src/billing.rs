//! Usage, billing and disputes: what a running agreement does each period.
//!
//! Period `p` is funded (its most held in escrow) when it begins, its usage
//! may be reported until its end plus the reporting grace, either party may
//! dispute it until the dispute window after that, and then it is billed.
//! `closePeriod` does what is due: it funds the next period once the last
//! funded one has ended, bills the oldest unbilled period once its dispute
//! window is over, and ends the agreement when nothing is left to bill.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::Inspect,
		tokens::{DepositConsequence, Provenance},
		Get,
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Saturating, UniqueSaturatedInto, Zero},
	DispatchError, Perbill,
};
use tsm_primitives::ids::{AgreementId, PeriodIndex};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_usage(
		reporter: T::AccountId,
		id: AgreementId,
		period: PeriodIndex,
		units: u64,
		evidence: H256,
	) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(
			reporter == agreement.provider
				|| T::Devices::owner_of(&reporter).as_ref() == Some(&agreement.provider),
			Error::<T>::NotProviderOrDevice
		);
		ensure!(agreement.state.holds_bond(), Error::<T>::NotActive);
		ensure!(Self::is_provider(&agreement.provider), Error::<T>::ProviderWithoutCredential);
		ensure!(period >= agreement.period, Error::<T>::PeriodClosed);
		ensure!(
			period <= agreement.funded && Self::period_start(&agreement, period)? <= Self::now(),
			Error::<T>::PeriodNotStarted
		);
		ensure!(
			Self::now()
				<= Self::period_end(&agreement, period)?.saturating_add(T::ReportingGrace::get()),
			Error::<T>::ReportingClosed
		);
		ensure!(units <= agreement.quantity, Error::<T>::UsageAboveOrdered);
		ensure!(!Usage::<T>::contains_key(id, period), Error::<T>::UsageAlreadyReported);

		Usage::<T>::insert(id, period, UsageRecord { units, evidence, reported_at: Self::now() });
		Self::deposit_event(Event::UsageReported { agreement: id, period, units, evidence });
		Ok(())
	}

	/// Puts a period to arbitration before it is billed, reported usage or
	/// not: the consumer contests the usage or the flat fee, the provider
	/// the SLA penalty.
	pub(crate) fn do_dispute_usage(
		by: T::AccountId,
		id: AgreementId,
		period: PeriodIndex,
		evidence: H256,
	) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(by == agreement.consumer || by == agreement.provider, Error::<T>::NotParty);
		ensure!(agreement.start.is_some(), Error::<T>::NotActive);
		ensure!(period >= agreement.period, Error::<T>::PeriodClosed);
		ensure!(
			period <= agreement.funded && Self::period_start(&agreement, period)? <= Self::now(),
			Error::<T>::PeriodNotStarted
		);
		ensure!(!PeriodDisputes::<T>::contains_key(id, period), Error::<T>::AlreadyDisputed);
		ensure!(
			Self::now() < Self::billing_time(&agreement, period)?,
			Error::<T>::DisputeWindowOver
		);

		PeriodDisputes::<T>::insert(id, period, PeriodDispute { by: by.clone(), evidence });
		Self::deposit_event(Event::UsageDisputed { agreement: id, period, by, evidence });
		Ok(())
	}

	/// Does what is due: funds the next period, bills the oldest unbilled
	/// one, ends the agreement; fails if nothing is due yet. Returns the
	/// weight the assurance service used.
	pub(crate) fn do_close_period(id: AgreementId) -> Result<Weight, DispatchError> {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(agreement.state.holds_bond(), Error::<T>::NotActive);
		let mut progressed = Self::fund_next(id, &mut agreement)?;
		let mut assurance = Weight::zero();

		if agreement.period <= agreement.funded
			&& Self::now() >= Self::billing_time(&agreement, agreement.period)?
		{
			assurance = Self::bill_oldest(id, &mut agreement)?;
			progressed = true;
		}

		if agreement.period > agreement.funded {
			let ending = if agreement.period >= agreement.term {
				Some(AgreementState::Expired)
			} else if agreement.notice.as_ref().is_some_and(|n| agreement.period > n.last_period) {
				Some(AgreementState::Terminated)
			} else if let AgreementState::Suspended { since } = agreement.state {
				// The consumer left the period unpaid for a whole period: it
				// defaulted, and its commitment compensates the provider.
				if Self::now() >= since.saturating_add(agreement.billing_period) {
					let forfeited = agreement.commitment;
					Self::transfer_held(
						HoldReason::Commitment,
						&agreement.consumer,
						&agreement.provider,
						forfeited,
					)?;
					agreement.commitment = Zero::zero();
					Self::deposit_event(Event::Defaulted {
						agreement: id,
						party: agreement.consumer.clone(),
						compensation: forfeited,
					});
					Some(AgreementState::Terminated)
				} else {
					None
				}
			} else {
				None
			};
			if let Some(state) = ending {
				Self::end(id, agreement, state)?;
				return Ok(assurance.saturating_add(T::Assurance::weights().agreement_ended));
			}
		}
		if !progressed {
			return Err(match agreement.state {
				AgreementState::Suspended { .. } => Error::<T>::GracePeriodNotOver,
				_ => Error::<T>::PeriodNotOver,
			}
			.into());
		}
		Agreements::<T>::insert(id, agreement);
		Ok(assurance)
	}

	/// Funds the period after the last funded one once that one has ended
	/// (and the term and any notice leave one to fund); suspends the
	/// agreement if the consumer cannot. Returns whether it did either.
	fn fund_next(id: AgreementId, agreement: &mut AgreementOf<T>) -> Result<bool, DispatchError> {
		let next = agreement.funded.saturating_add(1);
		let due = agreement.state == AgreementState::Active
			&& next < agreement.term
			&& agreement.notice.as_ref().map_or(true, |n| next <= n.last_period)
			&& Self::now() >= Self::period_end(agreement, agreement.funded)?;
		if !due {
			return Ok(false);
		}
		if Self::fund(agreement, next).is_ok() {
			let escrow = agreement.escrow;
			Self::deposit_event(Event::PeriodOpened { agreement: id, period: next, escrow });
		} else {
			let since = Self::period_end(agreement, agreement.funded)?;
			agreement.state = AgreementState::Suspended { since };
			Self::deposit_event(Event::AgreementSuspended { agreement: id, period: next });
		}
		Ok(true)
	}

	/// Holds period `next`'s most from the consumer: within the minimum term
	/// its flat fee comes from the commitment, the rest from the free
	/// balance.
	fn fund(agreement: &mut AgreementOf<T>, next: PeriodIndex) -> DispatchResult {
		let maximum = Self::period_maximum(&agreement.price, agreement.quantity)?;
		let from_commitment = if next < agreement.minimum_term {
			agreement.price.flat_per_period.min(agreement.commitment)
		} else {
			Zero::zero()
		};
		let consumer = agreement.consumer.clone();
		Self::hold(HoldReason::Escrow, &consumer, maximum.saturating_sub(from_commitment))?;
		Self::release(HoldReason::Commitment, &consumer, from_commitment)?;
		Self::hold(HoldReason::Escrow, &consumer, from_commitment)?;
		agreement.commitment = agreement.commitment.saturating_sub(from_commitment);
		agreement.escrow = agreement.escrow.saturating_add(maximum);
		agreement.funded = next;
		Ok(())
	}

	/// Bills the oldest unbilled period from its escrow: pays the provider
	/// (or holds the amount in question if the period is disputed) and
	/// returns the rest of that period's escrow. Returns the weight the
	/// SLA evaluation used.
	fn bill_oldest(
		id: AgreementId,
		agreement: &mut AgreementOf<T>,
	) -> Result<Weight, DispatchError> {
		let period = agreement.period;
		let units = Usage::<T>::get(id, period).map_or(0, |u| u.units);
		let disputed = PeriodDisputes::<T>::contains_key(id, period);
		let maximum = Self::period_maximum(&agreement.price, agreement.quantity)?;
		let (mut bill, evaluation) = Self::bill(id, period, agreement, units)?;
		let consumer = agreement.consumer.clone();
		let kept = if disputed {
			// Everything in question (usage and penalty) waits for
			// arbitration under its own hold: flat + usage, before the penalty.
			let in_question = bill.flat.saturating_add(bill.usage);
			Self::release(HoldReason::Escrow, &consumer, in_question)?;
			Self::hold(HoldReason::DisputedPayment, &consumer, in_question)?;
			bill.status = BillStatus::Disputed;
			in_question
		} else {
			match Self::pay(HoldReason::Escrow, &consumer, &agreement.provider, bill.total)? {
				Some(fee) => {
					bill.fee = fee;
					bill.total
				}
				None => {
					bill.status = BillStatus::Waived;
					Zero::zero()
				}
			}
		};
		Self::release(HoldReason::Escrow, &consumer, maximum.saturating_sub(kept))?;
		agreement.escrow = agreement.escrow.saturating_sub(maximum);
		agreement.period = period.saturating_add(1);
		Self::deposit_event(Event::Invoiced {
			agreement: id,
			period,
			flat: bill.flat,
			usage: bill.usage,
			penalty: bill.penalty,
			total: bill.total,
			fee: bill.fee,
			disputed,
		});
		Bills::<T>::insert(id, period, bill);
		Ok(evaluation)
	}

	pub(crate) fn do_resume(consumer: T::AccountId, id: AgreementId) -> DispatchResult {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(consumer == agreement.consumer, Error::<T>::NotConsumer);
		let AgreementState::Suspended { since } = agreement.state else {
			return Err(Error::<T>::NotSuspended.into());
		};
		ensure!(
			Self::now() < since.saturating_add(agreement.billing_period),
			Error::<T>::GracePeriodOver
		);
		let next = agreement.funded.saturating_add(1);
		Self::fund(&mut agreement, next).map_err(|_| Error::<T>::InsufficientFunds)?;
		agreement.state = AgreementState::Active;
		let escrow = agreement.escrow;
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::AgreementResumed { agreement: id, escrow });
		Ok(())
	}

	pub(crate) fn do_resolve_dispute(
		id: AgreementId,
		period: PeriodIndex,
		provider_share: Perbill,
	) -> DispatchResult {
		let mut bill = Bills::<T>::get(id, period).ok_or(Error::<T>::NotDisputed)?;
		ensure!(bill.status == BillStatus::Disputed, Error::<T>::NotDisputed);
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let in_question = bill.flat.saturating_add(bill.usage);
		let mut to_provider = provider_share.mul_floor(in_question);
		let consumer = &agreement.consumer;
		match Self::pay(HoldReason::DisputedPayment, consumer, &agreement.provider, to_provider)? {
			Some(fee) => bill.fee = fee,
			None => to_provider = Zero::zero(),
		}
		let to_consumer = in_question.saturating_sub(to_provider);
		Self::release(HoldReason::DisputedPayment, consumer, to_consumer)?;
		bill.status = BillStatus::Arbitrated { provider_share };
		Bills::<T>::insert(id, period, bill);
		Self::deposit_event(Event::DisputeResolved {
			agreement: id,
			period,
			provider_share,
			to_provider,
			to_consumer,
		});
		Ok(())
	}

	/// The bill of `period` for `units` used: flat + usage, less the SLA
	/// penalty's share of both; and the weight of the SLA evaluation.
	fn bill(
		id: AgreementId,
		period: PeriodIndex,
		agreement: &AgreementOf<T>,
		units: u64,
	) -> Result<(Bill<BalanceOf<T>>, Weight), DispatchError> {
		let units: BalanceOf<T> = units.unique_saturated_into();
		let flat = agreement.price.flat_per_period;
		let usage =
			agreement.price.unit_price.checked_mul(&units).ok_or(Error::<T>::AmountOverflow)?;
		let gross = flat.checked_add(&usage).ok_or(Error::<T>::AmountOverflow)?;
		let (share, evaluation) = T::Assurance::evaluate(id, period, gross)?;
		let penalty = share.mul_floor(gross);
		let bill = Bill {
			flat,
			usage,
			penalty,
			total: gross.saturating_sub(penalty),
			fee: Zero::zero(),
			status: BillStatus::Paid,
		};
		Ok((bill, evaluation))
	}

	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// The block `period` of `agreement` starts at.
	pub(crate) fn period_start(
		agreement: &AgreementOf<T>,
		period: PeriodIndex,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		let start = agreement.start.ok_or(Error::<T>::NotActive)?;
		let periods: BlockNumberFor<T> = period.into();
		agreement
			.billing_period
			.checked_mul(&periods)
			.and_then(|blocks| start.checked_add(&blocks))
			.ok_or(Error::<T>::AmountOverflow)
	}

	/// The block `period` of `agreement` ends at.
	pub(crate) fn period_end(
		agreement: &AgreementOf<T>,
		period: PeriodIndex,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		Self::period_start(agreement, period.saturating_add(1))
	}

	/// The block from which `period` may be billed: after its end, the
	/// reporting grace and the dispute window.
	pub(crate) fn billing_time(
		agreement: &AgreementOf<T>,
		period: PeriodIndex,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		Ok(Self::period_end(agreement, period)?
			.saturating_add(T::ReportingGrace::get())
			.saturating_add(T::DisputeWindow::get()))
	}

	/// Ends `agreement` in `state`: the bond and any commitment return, the
	/// ordered units are available again.
	fn end(
		id: AgreementId,
		mut agreement: AgreementOf<T>,
		state: AgreementState<BlockNumberFor<T>>,
	) -> DispatchResult {
		Self::release(HoldReason::ProviderBond, &agreement.provider, agreement.bond)?;
		Self::release(HoldReason::Commitment, &agreement.consumer, agreement.commitment)?;
		agreement.commitment = Zero::zero();
		Self::return_capacity(&agreement);
		agreement.state = state;
		Agreements::<T>::insert(id, agreement);
		T::Assurance::agreement_ended(id)?;
		Self::deposit_event(match state {
			AgreementState::Expired => Event::AgreementExpired { agreement: id },
			_ => Event::AgreementTerminated { agreement: id },
		});
		Ok(())
	}

	/// Pays `amount` held from `consumer` under `reason` to `provider`, less
	/// the platform fee, which goes to the marketplace; returns the fee, or
	/// `None` (nothing moved) if the provider's account cannot take the
	/// payment (reaped, and the amount below the existential deposit). A
	/// fee the marketplace account cannot take (on a young chain, one below
	/// the existential deposit while the account does not exist yet) stays
	/// with the provider rather than blocking the bill.
	fn pay(
		reason: HoldReason,
		consumer: &T::AccountId,
		provider: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<Option<BalanceOf<T>>, DispatchError> {
		let mut fee = T::PlatformFee::get().mul_floor(amount);
		if T::Currency::can_deposit(&T::MarketAccount::get(), fee, Provenance::Extant)
			!= DepositConsequence::Success
		{
			fee = Zero::zero();
		}
		let net = amount.saturating_sub(fee);
		if !net.is_zero()
			&& T::Currency::can_deposit(provider, net, Provenance::Extant)
				!= DepositConsequence::Success
		{
			return Ok(None);
		}
		Self::transfer_held(reason, consumer, provider, net)?;
		Self::transfer_held(reason, consumer, &T::MarketAccount::get(), fee)?;
		Ok(Some(fee))
	}
}
