//! Ordering: an order holds the consumer's first escrow and its commitment;
//! the provider's answer (or its silence, or the consumer's cancellation)
//! makes it an agreement or returns them. Either party may end a running
//! agreement early by notice, and an ended one may be purged.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, CheckedMul, Saturating, UniqueSaturatedInto, Zero};
use tsm_primitives::ids::{AgreementId, OfferId, PeriodIndex};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_order(
		consumer: T::AccountId,
		offer_id: OfferId,
		quantity: u64,
		term: PeriodIndex,
	) -> DispatchResult {
		let mut offer = Offers::<T>::get(offer_id).ok_or(Error::<T>::UnknownOffer)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(consumer != offer.provider, Error::<T>::OrderFromSelf);
		ensure!(now <= offer.terms.valid_until, Error::<T>::OfferExpired);
		// A provider whose credential was withdrawn takes no orders.
		ensure!(Self::is_provider(&offer.provider), Error::<T>::ProviderWithoutCredential);
		ensure!(quantity > 0 && quantity <= offer.terms.capacity, Error::<T>::InvalidQuantity);
		ensure!(
			term >= offer.terms.minimum_term && term <= T::MaxTerm::get(),
			Error::<T>::InvalidTerm
		);
		let escrow = Self::period_maximum(&offer.terms.price, quantity)?;
		let commitment = Self::commitment_from(
			offer.terms.termination_fee,
			offer.terms.price.flat_per_period,
			offer.terms.minimum_term,
			1,
		)?;
		let pending = PendingOrdersOf::<T>::get(&consumer);
		ensure!(pending < T::MaxPendingOrders::get(), Error::<T>::TooManyPendingOrders);
		let id = NextAgreementId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		Self::index_agreement(&consumer, id)?;
		Self::index_agreement(&offer.provider, id)?;
		T::Currency::hold(&HoldReason::Escrow.into(), &consumer, escrow)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		Self::hold(HoldReason::Commitment, &consumer, commitment)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		PendingOrdersOf::<T>::insert(&consumer, pending.saturating_add(1));
		T::Assurance::agreement_ordered(id, offer_id, &consumer, term)?;

		// The ordered units are reserved until the agreement ends.
		offer.terms.capacity = offer.terms.capacity.saturating_sub(quantity);
		let agreement = Agreement {
			offer: offer_id,
			provider: offer.provider.clone(),
			consumer: consumer.clone(),
			quantity,
			term,
			minimum_term: offer.terms.minimum_term,
			price: offer.terms.price,
			billing_period: offer.terms.billing_period,
			sla: offer.terms.sla,
			start: None,
			period: 0,
			funded: 0,
			escrow,
			commitment,
			bond: offer.terms.bond,
			termination_fee: offer.terms.termination_fee,
			notice: None,
			state: AgreementState::Pending {
				accept_by: now.saturating_add(T::OrderTimeout::get()),
			},
		};
		let auto_accept = offer.terms.auto_accept;
		Offers::<T>::insert(offer_id, offer);
		NextAgreementId::<T>::put(next);
		Self::deposit_event(Event::Ordered {
			agreement: id,
			offer: offer_id,
			consumer,
			quantity,
			term,
			escrow,
		});
		if auto_accept {
			Self::activate(id, agreement)
		} else {
			Agreements::<T>::insert(id, agreement);
			Ok(())
		}
	}

	pub(crate) fn do_accept_order(provider: T::AccountId, id: AgreementId) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(agreement.provider == provider, Error::<T>::NotProvider);
		let AgreementState::Pending { accept_by } = agreement.state else {
			return Err(Error::<T>::NotPending.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() <= accept_by, Error::<T>::OrderTimedOut);
		ensure!(Self::is_provider(&provider), Error::<T>::ProviderWithoutCredential);
		Self::activate(id, agreement)
	}

	/// Ends a pending order: rejected by its provider, cancelled by its
	/// consumer, or expired by anyone once the provider's time to answer is
	/// over. The escrow and commitment return, the units are available again.
	pub(crate) fn do_end_order(by: T::AccountId, id: AgreementId, how: OrderEnd) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let AgreementState::Pending { accept_by } = agreement.state else {
			return Err(Error::<T>::NotPending.into());
		};
		match how {
			OrderEnd::Rejected => ensure!(by == agreement.provider, Error::<T>::NotProvider),
			OrderEnd::Cancelled => ensure!(by == agreement.consumer, Error::<T>::NotConsumer),
			OrderEnd::Expired => ensure!(
				frame_system::Pallet::<T>::block_number() > accept_by,
				Error::<T>::OrderNotTimedOut
			),
		}

		Self::release(HoldReason::Escrow, &agreement.consumer, agreement.escrow)?;
		Self::release(HoldReason::Commitment, &agreement.consumer, agreement.commitment)?;
		Self::unpend(&agreement.consumer);
		Self::return_capacity(&agreement);
		Self::unindex_agreement(&agreement.consumer, id);
		Self::unindex_agreement(&agreement.provider, id);
		Agreements::<T>::remove(id);
		T::Assurance::agreement_purged(id)?;
		Self::deposit_event(match how {
			OrderEnd::Cancelled => Event::OrderCancelled { agreement: id },
			_ => Event::OrderRejected { agreement: id, timed_out: how == OrderEnd::Expired },
		});
		Ok(())
	}

	/// Gives notice to end a running agreement after the period running
	/// now (instead of at the end of its term); that period and the ones
	/// before it are billed as usual.
	///
	/// The consumer pays the provider from its commitment: the termination
	/// fee and the flat fee of the minimum term's periods after the last.
	/// The provider pays the consumer the termination fee from its free
	/// balance — unless it lost its provider credential: it has defaulted,
	/// the consumer ends the agreement without paying and the provider's
	/// bond pays it the fee.
	pub(crate) fn do_give_notice(by: T::AccountId, id: AgreementId) -> DispatchResult {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(by == agreement.consumer || by == agreement.provider, Error::<T>::NotParty);
		ensure!(agreement.state == AgreementState::Active, Error::<T>::NotActive);
		ensure!(agreement.notice.is_none(), Error::<T>::NoticeGiven);
		let last_period = Self::running_period(&agreement)?.max(agreement.funded);
		ensure!(last_period.saturating_add(1) < agreement.term, Error::<T>::LastPeriod);

		// The commitment for the periods up to the last stays held: they are
		// funded from it as they begin.
		let flat = agreement.price.flat_per_period;
		let first_unfunded = agreement.funded.saturating_add(1);
		let kept = Self::commitment_from(
			Zero::zero(),
			flat,
			agreement.minimum_term.min(last_period.saturating_add(1)),
			first_unfunded,
		)?
		.min(agreement.commitment);
		let rest = agreement.commitment.saturating_sub(kept);
		let (consumer, provider) = (agreement.consumer.clone(), agreement.provider.clone());
		let fee = if by == consumer && !Self::is_provider(&provider) {
			Self::release(HoldReason::Commitment, &consumer, rest)?;
			let compensation = agreement.termination_fee.min(agreement.bond);
			Self::transfer_held(HoldReason::ProviderBond, &provider, &consumer, compensation)?;
			agreement.bond = agreement.bond.saturating_sub(compensation);
			Self::deposit_event(Event::Defaulted { agreement: id, party: provider, compensation });
			Zero::zero()
		} else if by == consumer {
			// The fee and the minimum term's flat fees after the last period;
			// what the commitment does not cover (agreements from before
			// spec 106 hold none) comes from the free balance.
			let due = Self::commitment_from(
				agreement.termination_fee,
				flat,
				agreement.minimum_term,
				last_period.saturating_add(1).max(first_unfunded),
			)?;
			let from_commitment = due.min(rest);
			let from_free = due.saturating_sub(from_commitment);
			if !from_free.is_zero() {
				T::Currency::transfer(&consumer, &provider, from_free, Preservation::Preserve)
					.map_err(|_| Error::<T>::InsufficientFunds)?;
			}
			Self::transfer_held(HoldReason::Commitment, &consumer, &provider, from_commitment)?;
			Self::release(HoldReason::Commitment, &consumer, rest.saturating_sub(from_commitment))?;
			due
		} else {
			let fee = agreement.termination_fee;
			if !fee.is_zero() {
				T::Currency::transfer(&provider, &consumer, fee, Preservation::Preserve)
					.map_err(|_| Error::<T>::InsufficientFunds)?;
			}
			Self::release(HoldReason::Commitment, &consumer, rest)?;
			fee
		};
		agreement.commitment = kept;
		agreement.notice = Some(Notice { by: by.clone(), last_period });
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::TerminationNoticed { agreement: id, by, fee, last_period });
		Ok(())
	}

	/// Removes an expired or terminated agreement with its usage, disputes
	/// and bills, freeing both parties' index slots; returns how many
	/// periods it ran.
	pub(crate) fn do_purge(
		by: T::AccountId,
		id: AgreementId,
	) -> Result<PeriodIndex, sp_runtime::DispatchError> {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(by == agreement.consumer || by == agreement.provider, Error::<T>::NotParty);
		ensure!(
			matches!(agreement.state, AgreementState::Expired | AgreementState::Terminated),
			Error::<T>::NotEnded
		);
		// Arbitration still needs the record of a disputed bill.
		ensure!(
			Bills::<T>::iter_prefix_values(id).all(|bill| bill.status != BillStatus::Disputed),
			Error::<T>::DisputePending
		);

		// At most one bill, usage record and dispute per period of the term.
		let _ = Bills::<T>::clear_prefix(id, agreement.term, None);
		let _ = Usage::<T>::clear_prefix(id, agreement.term, None);
		let _ = PeriodDisputes::<T>::clear_prefix(id, agreement.term, None);
		Self::unindex_agreement(&agreement.consumer, id);
		Self::unindex_agreement(&agreement.provider, id);
		Agreements::<T>::remove(id);
		T::Assurance::agreement_purged(id)?;
		Self::deposit_event(Event::AgreementPurged { agreement: id });
		Ok(agreement.term)
	}

	/// Holds the provider's bond and starts the agreement now.
	fn activate(id: AgreementId, mut agreement: AgreementOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::ProviderBond.into(), &agreement.provider, agreement.bond)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		let start = frame_system::Pallet::<T>::block_number();
		T::Assurance::agreement_activated(id, start)?;
		agreement.start = Some(start);
		agreement.state = AgreementState::Active;
		Self::unpend(&agreement.consumer);
		let bond = agreement.bond;
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::AgreementActivated { agreement: id, start, bond });
		Ok(())
	}

	/// The most a period can bill: the flat fee plus every ordered unit.
	pub(crate) fn period_maximum(
		price: &PriceModel<BalanceOf<T>>,
		quantity: u64,
	) -> Result<BalanceOf<T>, Error<T>> {
		let units: BalanceOf<T> = quantity.unique_saturated_into();
		price
			.unit_price
			.checked_mul(&units)
			.and_then(|usage| usage.checked_add(&price.flat_per_period))
			.ok_or(Error::<T>::AmountOverflow)
	}

	/// `fee` plus the flat fee of the periods from `first` up to (not
	/// including) `minimum_term`.
	pub(crate) fn commitment_from(
		fee: BalanceOf<T>,
		flat: BalanceOf<T>,
		minimum_term: PeriodIndex,
		first: PeriodIndex,
	) -> Result<BalanceOf<T>, Error<T>> {
		let periods: BalanceOf<T> = minimum_term.saturating_sub(first).into();
		flat.checked_mul(&periods)
			.and_then(|flats| flats.checked_add(&fee))
			.ok_or(Error::<T>::AmountOverflow)
	}

	/// The period the current block falls in (0 before the start).
	pub(crate) fn running_period(agreement: &AgreementOf<T>) -> Result<PeriodIndex, Error<T>> {
		let start = agreement.start.ok_or(Error::<T>::NotActive)?;
		let now = frame_system::Pallet::<T>::block_number();
		let elapsed: BlockNumberFor<T> = now.saturating_sub(start) / agreement.billing_period;
		Ok(elapsed.unique_saturated_into())
	}

	/// Whether `who` holds a role that may provide.
	pub(crate) fn is_provider(who: &T::AccountId) -> bool {
		PROVIDER_ROLES.iter().any(|role| T::Roles::has_role(who, *role))
	}

	/// The ordered units are available again, if the offer still is.
	pub(crate) fn return_capacity(agreement: &AgreementOf<T>) {
		Offers::<T>::mutate(agreement.offer, |offer| {
			if let Some(offer) = offer {
				offer.terms.capacity = offer.terms.capacity.saturating_add(agreement.quantity);
			}
		});
	}

	fn unpend(consumer: &T::AccountId) {
		PendingOrdersOf::<T>::mutate_exists(consumer, |pending| {
			*pending = pending.map(|n| n.saturating_sub(1)).filter(|n| *n > 0);
		});
	}

	fn index_agreement(who: &T::AccountId, id: AgreementId) -> DispatchResult {
		AgreementsOf::<T>::try_mutate(who, |ids| ids.try_push(id))
			.map_err(|_| Error::<T>::TooManyAgreements.into())
	}

	fn unindex_agreement(who: &T::AccountId, id: AgreementId) {
		AgreementsOf::<T>::mutate(who, |ids| ids.retain(|other| *other != id));
	}

	/// Moves `amount` held from `from` under `reason` to `to`'s free balance.
	pub(crate) fn transfer_held(
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

	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::hold(&reason.into(), who, amount)?;
		}
		Ok(())
	}

	pub(crate) fn release(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(&reason.into(), who, amount, Precision::Exact)?;
		}
		Ok(())
	}
}

/// How a pending order ends without becoming an agreement.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum OrderEnd {
	/// The provider rejected it.
	Rejected,
	/// The consumer cancelled it.
	Cancelled,
	/// The provider did not answer in time.
	Expired,
}
