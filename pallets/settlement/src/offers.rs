//! The catalog: publishing, updating and withdrawing offers.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;
use tsm_primitives::ids::OfferId;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_publish_offer(
		provider: T::AccountId,
		terms: OfferTermsOf<T>,
	) -> DispatchResult {
		ensure!(Self::is_provider(&provider), Error::<T>::NotAProvider);
		Self::check_terms(&terms)?;
		let id = NextOfferId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		OffersOf::<T>::try_mutate(&provider, |ids| ids.try_push(id))
			.map_err(|_| Error::<T>::TooManyOffers)?;
		let deposit = T::OfferDeposit::get();
		T::Currency::hold(&HoldReason::OfferDeposit.into(), &provider, deposit)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		T::Assurance::offer_published(id, &provider, &terms.sla, terms.billing_period)?;

		let kind = terms.kind;
		Offers::<T>::insert(id, Offer { provider: provider.clone(), terms, deposit });
		NextOfferId::<T>::put(next);
		Self::deposit_event(Event::OfferPublished { offer: id, provider, kind });
		Ok(())
	}

	pub(crate) fn do_update_offer(
		provider: T::AccountId,
		id: OfferId,
		price: PriceModel<BalanceOf<T>>,
		capacity: u64,
		valid_until: BlockNumberFor<T>,
	) -> DispatchResult {
		let mut offer = Self::provided_offer(&provider, id)?;
		offer.terms.price = price;
		offer.terms.capacity = capacity;
		offer.terms.valid_until = valid_until;
		Self::check_terms(&offer.terms)?;

		Offers::<T>::insert(id, offer);
		Self::deposit_event(Event::OfferUpdated { offer: id });
		Ok(())
	}

	pub(crate) fn do_withdraw_offer(provider: T::AccountId, id: OfferId) -> DispatchResult {
		let offer = Self::provided_offer(&provider, id)?;
		OffersOf::<T>::mutate(&provider, |ids| ids.retain(|other| *other != id));
		T::Currency::release(
			&HoldReason::OfferDeposit.into(),
			&provider,
			offer.deposit,
			Precision::BestEffort,
		)?;
		Offers::<T>::remove(id);
		T::Assurance::offer_withdrawn(id);
		Self::deposit_event(Event::OfferWithdrawn { offer: id });
		Ok(())
	}

	/// The offer `id`, if `provider` provides it.
	fn provided_offer(provider: &T::AccountId, id: OfferId) -> Result<OfferOf<T>, Error<T>> {
		let offer = Offers::<T>::get(id).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(&offer.provider == provider, Error::<T>::NotOfferProvider);
		Ok(offer)
	}

	/// Terms every offer must meet.
	fn check_terms(terms: &OfferTermsOf<T>) -> Result<(), Error<T>> {
		ensure!(
			!terms.price.flat_per_period.is_zero() || !terms.price.unit_price.is_zero(),
			Error::<T>::FreeOffer
		);
		ensure!(!terms.billing_period.is_zero(), Error::<T>::ZeroBillingPeriod);
		ensure!(terms.bond >= terms.termination_fee, Error::<T>::BondBelowTerminationFee);
		ensure!(
			terms.minimum_term >= 1 && terms.minimum_term <= T::MaxTerm::get(),
			Error::<T>::InvalidMinimumTerm
		);
		ensure!(
			terms.valid_until >= frame_system::Pallet::<T>::block_number(),
			Error::<T>::ValidityInPast
		);
		Ok(())
	}
}
