//! Ordering: an order holds the consumer's escrow; the provider's answer
//! (or its silence) makes it an agreement or returns the escrow. Either
//! party may end a running agreement early, and an ended one may be purged.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Precision, Preservation},
		Get,
	},
};
use sp_runtime::traits::{CheckedAdd, CheckedMul, Saturating, UniqueSaturatedInto};
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
		ensure!(quantity > 0 && quantity <= offer.terms.capacity, Error::<T>::InvalidQuantity);
		ensure!(
			term >= offer.terms.minimum_term && term <= T::MaxTerm::get(),
			Error::<T>::InvalidTerm
		);
		let escrow = Self::period_maximum(&offer.terms.price, quantity)?;
		let id = NextAgreementId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		Self::index_agreement(&consumer, id)?;
		Self::index_agreement(&offer.provider, id)?;
		T::Currency::hold(&HoldReason::Escrow.into(), &consumer, escrow)
			.map_err(|_| Error::<T>::InsufficientFunds)?;

		// The ordered units are reserved until the order is answered.
		offer.terms.capacity = offer.terms.capacity.saturating_sub(quantity);
		let agreement = Agreement {
			offer: offer_id,
			provider: offer.provider.clone(),
			consumer: consumer.clone(),
			quantity,
			term,
			price: offer.terms.price,
			billing_period: offer.terms.billing_period,
			sla: offer.terms.sla,
			start: None,
			period: 0,
			escrow,
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
		Self::activate(id, agreement)
	}

	/// Rejects a pending order: by its provider (`Some`), or by anyone once
	/// the provider's time to answer is over (`None`).
	pub(crate) fn do_reject_order(by: Option<T::AccountId>, id: AgreementId) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let AgreementState::Pending { accept_by } = agreement.state else {
			return Err(Error::<T>::NotPending.into());
		};
		match &by {
			Some(provider) => ensure!(*provider == agreement.provider, Error::<T>::NotProvider),
			None => ensure!(
				frame_system::Pallet::<T>::block_number() > accept_by,
				Error::<T>::OrderNotTimedOut
			),
		}

		T::Currency::release(
			&HoldReason::Escrow.into(),
			&agreement.consumer,
			agreement.escrow,
			Precision::BestEffort,
		)?;
		// The reserved units are available again, if the offer still is.
		Offers::<T>::mutate(agreement.offer, |offer| {
			if let Some(offer) = offer {
				offer.terms.capacity = offer.terms.capacity.saturating_add(agreement.quantity);
			}
		});
		Self::unindex_agreement(&agreement.consumer, id);
		Self::unindex_agreement(&agreement.provider, id);
		Agreements::<T>::remove(id);
		Self::deposit_event(Event::OrderRejected { agreement: id, timed_out: by.is_none() });
		Ok(())
	}

	/// Gives notice to end a running agreement when its open period closes
	/// (instead of at the end of its term): the open period is billed as
	/// usual, and `by` pays the other party the termination fee now.
	pub(crate) fn do_give_notice(by: T::AccountId, id: AgreementId) -> DispatchResult {
		let mut agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let other = if by == agreement.consumer {
			agreement.provider.clone()
		} else if by == agreement.provider {
			agreement.consumer.clone()
		} else {
			return Err(Error::<T>::NotParty.into());
		};
		ensure!(agreement.state == AgreementState::Active, Error::<T>::NotActive);
		ensure!(agreement.notice.is_none(), Error::<T>::NoticeGiven);
		ensure!(agreement.period.saturating_add(1) < agreement.term, Error::<T>::LastPeriod);

		let fee = agreement.termination_fee;
		T::Currency::transfer(&by, &other, fee, Preservation::Preserve)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		agreement.notice = Some(by.clone());
		let last_period = agreement.period;
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::TerminationNoticed { agreement: id, by, fee, last_period });
		Ok(())
	}

	/// Removes an expired or terminated agreement with its usage and bills,
	/// freeing both parties' index slots; returns how many periods it ran.
	pub(crate) fn do_purge(by: T::AccountId, id: AgreementId) -> Result<PeriodIndex, Error<T>> {
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

		// At most one bill and one usage record per period of the term.
		let _ = Bills::<T>::clear_prefix(id, agreement.term, None);
		let _ = Usage::<T>::clear_prefix(id, agreement.term, None);
		Self::unindex_agreement(&agreement.consumer, id);
		Self::unindex_agreement(&agreement.provider, id);
		Agreements::<T>::remove(id);
		Self::deposit_event(Event::AgreementPurged { agreement: id });
		Ok(agreement.term)
	}

	/// Holds the provider's bond and starts the agreement now.
	fn activate(id: AgreementId, mut agreement: AgreementOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::ProviderBond.into(), &agreement.provider, agreement.bond)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		let start = frame_system::Pallet::<T>::block_number();
		agreement.start = Some(start);
		agreement.state = AgreementState::Active;
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

	fn index_agreement(who: &T::AccountId, id: AgreementId) -> DispatchResult {
		AgreementsOf::<T>::try_mutate(who, |ids| ids.try_push(id))
			.map_err(|_| Error::<T>::TooManyAgreements.into())
	}

	fn unindex_agreement(who: &T::AccountId, id: AgreementId) {
		AgreementsOf::<T>::mutate(who, |ids| ids.retain(|other| *other != id));
	}
}
