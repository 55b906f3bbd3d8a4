//! Usage, billing and disputes: what a running agreement does each period.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Provenance, Restriction},
		Get,
	},
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
		ensure!(period >= agreement.period, Error::<T>::PeriodClosed);
		ensure!(period == agreement.period, Error::<T>::PeriodNotStarted);
		ensure!(units <= agreement.quantity, Error::<T>::UsageAboveOrdered);
		ensure!(!Usage::<T>::contains_key(id, period), Error::<T>::UsageAlreadyReported);

		let reported_at = frame_system::Pallet::<T>::block_number();
		Usage::<T>::insert(
			id,
			period,
			UsageRecord { units, evidence, reported_at, disputed: None },
		);
		Self::deposit_event(Event::UsageReported { agreement: id, period, units, evidence });
		Ok(())
	}

	/// Puts a period to arbitration before it is billed: the consumer
	/// contests the usage, the provider the SLA penalty.
	pub(crate) fn do_dispute_usage(
		by: T::AccountId,
		id: AgreementId,
		period: PeriodIndex,
		evidence: H256,
	) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(by == agreement.consumer || by == agreement.provider, Error::<T>::NotParty);
		let mut usage = Usage::<T>::get(id, period).ok_or(Error::<T>::NoUsage)?;
		ensure!(!Bills::<T>::contains_key(id, period), Error::<T>::PeriodClosed);
		ensure!(usage.disputed.is_none(), Error::<T>::AlreadyDisputed);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= usage.reported_at.saturating_add(T::DisputeWindow::get()),
			Error::<T>::DisputeWindowOver
		);

		usage.disputed = Some(evidence);
		Usage::<T>::insert(id, period, usage);
		Self::deposit_event(Event::UsageDisputed { agreement: id, period, by, evidence });
		Ok(())
	}

	pub(crate) fn do_close_period(id: AgreementId) -> DispatchResult {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let now = frame_system::Pallet::<T>::block_number();
		match agreement.state {
			AgreementState::Active => {}
			AgreementState::Suspended { since } => {
				ensure!(
					now >= since.saturating_add(agreement.billing_period),
					Error::<T>::GracePeriodNotOver
				);
				return Self::end(id, agreement, AgreementState::Terminated);
			}
			_ => return Err(Error::<T>::NotActive.into()),
		}
		let period = agreement.period;
		ensure!(now >= Self::period_end(&agreement, period)?, Error::<T>::PeriodNotOver);
		let usage = Usage::<T>::get(id, period);
		let disputed = usage.as_ref().is_some_and(|u| u.disputed.is_some());
		if let Some(usage) = &usage {
			ensure!(
				disputed || now > usage.reported_at.saturating_add(T::DisputeWindow::get()),
				Error::<T>::DisputeWindowOpen
			);
		}

		let mut bill = Self::bill(id, period, &agreement, usage.map_or(0, |u| u.units))?;
		let consumer = &agreement.consumer;
		let kept = if disputed {
			// Everything in question (usage and penalty) waits for
			// arbitration under its own hold: flat + usage, before the penalty.
			let in_question = bill.flat.saturating_add(bill.usage);
			Self::release(HoldReason::Escrow, consumer, in_question)?;
			Self::hold(HoldReason::DisputedPayment, consumer, in_question)?;
			bill.status = BillStatus::Disputed;
			in_question
		} else {
			bill.fee = Self::pay(HoldReason::Escrow, consumer, &agreement.provider, bill.total)?;
			bill.total
		};
		Self::release(HoldReason::Escrow, consumer, agreement.escrow.saturating_sub(kept))?;
		agreement.escrow = Zero::zero();
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

		let next = period.saturating_add(1);
		if agreement.notice.is_some() {
			return Self::end(id, agreement, AgreementState::Terminated);
		}
		if next >= agreement.term {
			return Self::end(id, agreement, AgreementState::Expired);
		}
		agreement.period = next;
		let escrow = Self::period_maximum(&agreement.price, agreement.quantity)?;
		if Self::hold(HoldReason::Escrow, consumer, escrow).is_ok() {
			agreement.escrow = escrow;
			Self::deposit_event(Event::PeriodOpened { agreement: id, period: next, escrow });
		} else {
			agreement.state = AgreementState::Suspended { since: now };
			Self::deposit_event(Event::AgreementSuspended { agreement: id, period: next });
		}
		Agreements::<T>::insert(id, agreement);
		Ok(())
	}

	pub(crate) fn do_resume(consumer: T::AccountId, id: AgreementId) -> DispatchResult {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(consumer == agreement.consumer, Error::<T>::NotConsumer);
		ensure!(
			matches!(agreement.state, AgreementState::Suspended { .. }),
			Error::<T>::NotSuspended
		);
		let escrow = Self::period_maximum(&agreement.price, agreement.quantity)?;
		Self::hold(HoldReason::Escrow, &consumer, escrow)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		agreement.escrow = escrow;
		agreement.state = AgreementState::Active;
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
		let to_provider = provider_share.mul_floor(in_question);
		let to_consumer = in_question.saturating_sub(to_provider);

		let consumer = &agreement.consumer;
		bill.fee =
			Self::pay(HoldReason::DisputedPayment, consumer, &agreement.provider, to_provider)?;
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
	/// penalty's share of both.
	fn bill(
		id: AgreementId,
		period: PeriodIndex,
		agreement: &AgreementOf<T>,
		units: u64,
	) -> Result<Bill<BalanceOf<T>>, Error<T>> {
		let units: BalanceOf<T> = units.unique_saturated_into();
		let flat = agreement.price.flat_per_period;
		let usage =
			agreement.price.unit_price.checked_mul(&units).ok_or(Error::<T>::AmountOverflow)?;
		let gross = flat.checked_add(&usage).ok_or(Error::<T>::AmountOverflow)?;
		let penalty = T::Penalties::penalty(id, period).mul_floor(gross);
		Ok(Bill {
			flat,
			usage,
			penalty,
			total: gross.saturating_sub(penalty),
			fee: Zero::zero(),
			status: BillStatus::Paid,
		})
	}

	/// The block `period` of `agreement` ends at.
	fn period_end(
		agreement: &AgreementOf<T>,
		period: PeriodIndex,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		let start = agreement.start.ok_or(Error::<T>::NotActive)?;
		let periods: BlockNumberFor<T> = period.saturating_add(1).into();
		agreement
			.billing_period
			.checked_mul(&periods)
			.and_then(|blocks| start.checked_add(&blocks))
			.ok_or(Error::<T>::AmountOverflow)
	}

	/// Ends `agreement` in `state`: the bond returns to the provider.
	fn end(
		id: AgreementId,
		mut agreement: AgreementOf<T>,
		state: AgreementState<BlockNumberFor<T>>,
	) -> DispatchResult {
		Self::release(HoldReason::ProviderBond, &agreement.provider, agreement.bond)?;
		agreement.state = state;
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(match state {
			AgreementState::Expired => Event::AgreementExpired { agreement: id },
			_ => Event::AgreementTerminated { agreement: id },
		});
		Ok(())
	}

	/// Pays `amount` held from `consumer` under `reason` to `provider`, less
	/// the platform fee, which goes to the marketplace; returns the fee. A
	/// fee the marketplace account cannot take (on a young chain, one below
	/// the existential deposit while the account does not exist yet) stays
	/// with the provider rather than blocking the bill.
	fn pay(
		reason: HoldReason,
		consumer: &T::AccountId,
		provider: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut fee = T::PlatformFee::get().mul_floor(amount);
		if T::Currency::can_deposit(&T::MarketAccount::get(), fee, Provenance::Extant)
			!= DepositConsequence::Success
		{
			fee = Zero::zero();
		}
		Self::transfer_held(reason, consumer, provider, amount.saturating_sub(fee))?;
		Self::transfer_held(reason, consumer, &T::MarketAccount::get(), fee)?;
		Ok(fee)
	}

	fn transfer_held(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::transfer_on_hold(
				&reason.into(),
				from,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		Ok(())
	}

	fn hold(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::hold(&reason.into(), who, amount)?;
		}
		Ok(())
	}

	fn release(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(&reason.into(), who, amount, Precision::Exact)?;
		}
		Ok(())
	}
}
