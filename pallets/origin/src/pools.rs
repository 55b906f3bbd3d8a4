//! Certified pools of the regulated exchange: the pool pairs nobody, so
//! its sellers' delivered volume waits in the pool's account and each of
//! its buyers draws its share from there.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_runtime::traits::AccountIdConversion;
use tsm_primitives::{ids::SlotIndex, SourceRequirement};

impl<T: Config> Pallet<T> {
	/// The account that keeps the volume delivered into a slot's certified
	/// pool (nobody holds its key).
	pub fn pool_account(slot: SlotIndex, pool: SourceRequirement) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((b"pool", slot, pool))
	}

	/// A buyer of a certified pool got `wh` of the delivered energy: it may
	/// draw as much volume.
	pub(crate) fn credit_pool_share(
		slot: SlotIndex,
		pool: SourceRequirement,
		buyer: &T::AccountId,
		wh: u64,
	) {
		PoolShares::<T>::mutate((slot, pool, buyer), |share| *share = share.saturating_add(wh));
		Self::deposit_event(Event::PoolShareCredited { slot, pool, buyer: buyer.clone(), wh });
	}

	pub(crate) fn do_draw_from_pool(
		slot: SlotIndex,
		pool: SourceRequirement,
		buyer: T::AccountId,
		id: CertificateId,
		wh: u64,
	) -> DispatchResult {
		let share = PoolShares::<T>::get((slot, pool, &buyer));
		ensure!(wh <= share, Error::<T>::BeyondPoolShare);
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		ensure!(certificate.slot == slot, Error::<T>::NotInPool);
		Self::ensure_live(&certificate)?;
		let account = Self::pool_account(slot, pool);
		let holding = Holdings::<T>::get(&account, id).ok_or(Error::<T>::InsufficientVolume)?;
		ensure!(wh <= holding.balance, Error::<T>::InsufficientVolume);
		// Small draws would split the history like small transfers.
		let all = share.min(holding.balance);
		ensure!(wh > 0 && (wh >= T::MinTransferWh::get() || wh == all), Error::<T>::BelowMinimum);

		Self::move_volume(id, &mut certificate, &account, holding, &buyer, wh);
		let entry = HistoryEntry::FromPool { to: buyer.clone(), pool, wh };
		Self::append(id, &mut certificate, entry);
		Certificates::<T>::insert(id, certificate);
		if share == wh {
			PoolShares::<T>::remove((slot, pool, &buyer));
		} else {
			PoolShares::<T>::insert((slot, pool, &buyer), share - wh);
		}
		Self::deposit_event(Event::DrawnFromPool { certificate: id, slot, pool, to: buyer, wh });
		Ok(())
	}

	pub(crate) fn do_remove_pool_share(
		slot: SlotIndex,
		pool: SourceRequirement,
		buyer: T::AccountId,
	) -> DispatchResult {
		ensure!(PoolShares::<T>::contains_key((slot, pool, &buyer)), Error::<T>::UnknownPoolShare);
		ensure!(Self::records_ended(slot), Error::<T>::Retained);
		let wh = PoolShares::<T>::take((slot, pool, &buyer));
		Self::deposit_event(Event::PoolShareRemoved { slot, pool, buyer, wh });
		Ok(())
	}
}
