//! Certificates: issued from readings, moved by transfers and with traded
//! energy, retired against consumption, removed after their records'
//! retention.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchResult, Weight},
	traits::Get,
};
use sp_runtime::DispatchError;
use tsm_primitives::{
	ids::SlotIndex, DeliveredVia, Delivery, DeviceKind, DeviceRegistry, MeterReadings,
	OnDeliverySettled, ParticipantRegistry, SourceRequirement,
};

/// How delivered energy was sold: in a trade, or into a certified pool.
#[derive(Clone, Copy)]
enum Sold {
	Trade(u64),
	Pool(SourceRequirement),
}

/// Milliseconds in an hour: a device of `w` W makes `w × ms ÷ 3,600,000`
/// Wh in `ms` milliseconds.
const MS_PER_HOUR: u128 = 3_600_000;

impl<T: Config> Pallet<T> {
	/// Issues the certificate of `meter`'s reading of `slot` to its
	/// device's owner, with the part its trades deliver reserved for them.
	pub(crate) fn do_issue(
		meter: &T::AccountId,
		slot: SlotIndex,
	) -> Result<CertificateId, DispatchError> {
		ensure!(!CertificateOfReading::<T>::contains_key(meter, slot), Error::<T>::AlreadyIssued);
		let device = Devices::<T>::get(meter).ok_or(Error::<T>::UnknownDevice)?;
		let DeviceStatus::Approved { since } = device.status else {
			return Err(Error::<T>::NotApprovedForSlot.into());
		};
		let (start, end) = T::Readings::slot_bounds(slot);
		ensure!(start >= since, Error::<T>::NotApprovedForSlot);
		ensure!(
			T::Devices::owner_of(meter).as_ref() == Some(&device.owner),
			Error::<T>::MeterChangedOwner
		);
		// After the longest lifetime a reading earns nothing: its
		// certificate's records may be gone, so it must not be issued twice.
		ensure!(
			Self::now_ms() < end.saturating_add(T::MaxLifetime::get()),
			Error::<T>::CertificateExpired
		);
		let (exported, _) = T::Readings::reading(meter, slot).ok_or(Error::<T>::NoReading)?;
		let capacity = (device.capacity_w as u128)
			.saturating_mul(end.saturating_sub(start) as u128)
			/ MS_PER_HOUR;
		let wh = exported.min(capacity.try_into().unwrap_or(u64::MAX));
		ensure!(wh > 0, Error::<T>::NothingExported);

		let id = tsm_primitives::ids::take_id::<NextCertificateId<T>>();
		let expires_at = end.saturating_add(Lifetime::<T>::get());
		let producer = device.owner;
		let mut certificate = Certificate {
			meter: meter.clone(),
			slot,
			producer: producer.clone(),
			source: device.source,
			zone: device.zone,
			issued: wh,
			retired: 0,
			expired: 0,
			reserved: T::Readings::trade_delivery(meter, slot).min(wh),
			expires_at,
			revoked: false,
			holders: 1,
			history: 0,
			pruned: 0,
		};
		Holdings::<T>::insert(&producer, id, Holding { balance: wh, ..Default::default() });
		Self::append(id, &mut certificate, HistoryEntry::Issued { to: producer.clone(), wh });
		Certificates::<T>::insert(id, &certificate);
		CertificateOfReading::<T>::insert(meter, slot, id);
		Self::deposit_event(Event::CertificateIssued {
			certificate: id,
			meter: meter.clone(),
			slot,
			producer,
			source: certificate.source,
			wh,
			expires_at,
		});
		Ok(id)
	}

	pub(crate) fn do_revoke_certificate(by: T::AccountId, id: CertificateId) -> DispatchResult {
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		ensure!(!certificate.revoked, Error::<T>::CertificateRevoked);
		ensure!(certificate.retired == 0, Error::<T>::AlreadyClaimed);
		certificate.revoked = true;
		Self::append(id, &mut certificate, HistoryEntry::Revoked { by: by.clone() });
		Certificates::<T>::insert(id, certificate);
		Self::deposit_event(Event::CertificateRevoked { certificate: id, by });
		Ok(())
	}

	pub(crate) fn do_transfer(
		id: CertificateId,
		from: T::AccountId,
		to: T::AccountId,
		wh: u64,
	) -> DispatchResult {
		ensure!(from != to, Error::<T>::SelfTransfer);
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		Self::ensure_live(&certificate)?;
		let holding = Holdings::<T>::get(&from, id).unwrap_or_default();
		let free = Self::free(&certificate, &from, &holding);
		ensure!(wh <= free, Error::<T>::InsufficientVolume);
		ensure!(wh > 0 && (wh >= T::MinTransferWh::get() || wh == free), Error::<T>::BelowMinimum);
		ensure!(T::Participants::is_active_participant(&to), Error::<T>::NotAParticipant);
		Self::move_volume(id, &mut certificate, &from, holding, &to, wh);
		let entry = HistoryEntry::Transferred { from: from.clone(), to: to.clone(), wh };
		Self::append(id, &mut certificate, entry);
		Certificates::<T>::insert(id, certificate);
		Self::deposit_event(Event::Transferred { certificate: id, from, to, wh });
		Ok(())
	}

	pub(crate) fn do_retire(
		id: CertificateId,
		by: T::AccountId,
		wh: u64,
		meter: T::AccountId,
		beneficiary: T::AccountId,
		purpose: Purpose,
	) -> DispatchResult {
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		Self::ensure_live(&certificate)?;
		ensure!(wh > 0, Error::<T>::BelowMinimum);
		let mut holding = Holdings::<T>::get(&by, id).unwrap_or_default();
		ensure!(wh <= Self::free(&certificate, &by, &holding), Error::<T>::InsufficientVolume);
		ensure!(
			T::Devices::device(&meter) == Some((by.clone(), DeviceKind::SmartMeter)),
			Error::<T>::NotYourMeter
		);
		let (_, imported) =
			T::Readings::reading(&meter, certificate.slot).ok_or(Error::<T>::NoReading)?;
		let claimed = Claimed::<T>::get(&meter, certificate.slot);
		ensure!(claimed.saturating_add(wh) <= imported, Error::<T>::BeyondConsumption);

		Claimed::<T>::insert(&meter, certificate.slot, claimed.saturating_add(wh));
		holding.balance = holding.balance.saturating_sub(wh);
		holding.retired = holding.retired.saturating_add(wh);
		Holdings::<T>::insert(&by, id, holding);
		certificate.retired = certificate.retired.saturating_add(wh);
		let entry = HistoryEntry::Retired {
			by: by.clone(),
			meter: meter.clone(),
			beneficiary: beneficiary.clone(),
			wh,
			purpose,
		};
		Self::append(id, &mut certificate, entry);
		Certificates::<T>::insert(id, certificate);
		Self::deposit_event(Event::Retired { certificate: id, by, meter, beneficiary, wh });
		Ok(())
	}

	/// Moves the volume of a settled delivery: a trade's from seller to
	/// buyer; a sale into a certified pool from seller to the pool's
	/// account, whose buyers are credited their shares. What the seller
	/// holds of the slot's certificate moves, up to the Wh delivered.
	pub(crate) fn on_delivery(delivery: Delivery<'_, T::AccountId>) {
		if delivery.wh == 0 {
			return;
		}
		let (recipient, sold) = match (delivery.via, delivery.to) {
			(DeliveredVia::Trade(trade), Some((buyer, _))) => (buyer.clone(), Sold::Trade(trade)),
			(DeliveredVia::Pool(Some(pool)), None) => {
				(Self::pool_account(delivery.slot, pool), Sold::Pool(pool))
			}
			(DeliveredVia::Pool(Some(pool)), Some((buyer, _))) => {
				Self::credit_pool_share(delivery.slot, pool, buyer, delivery.wh);
				return;
			}
			// The open pool's sellers keep their volume.
			_ => return,
		};
		let Some((seller, meter)) = delivery.from else { return };
		// A meter without a declared device sells plain energy. Any
		// declaration counts, a pending one too: a seller whose certified
		// sale settles after it declared again (pending) must not leave its
		// buyers without volume silently.
		if !Devices::<T>::contains_key(meter) {
			return;
		}
		let moved =
			Self::move_delivered(seller, meter, &recipient, delivery.slot, sold, delivery.wh)
				.unwrap_or(0);
		if moved < delivery.wh {
			let (slot, meter, wh) = (delivery.slot, meter.clone(), delivery.wh - moved);
			Self::deposit_event(match sold {
				Sold::Trade(trade) => Event::DeliveryUncovered { trade, slot, meter, wh },
				Sold::Pool(pool) => Event::PoolDeliveryUncovered { slot, pool, meter, wh },
			});
		}
	}

	/// Moves up to `wh` of what `seller` holds of `meter`'s certificate of
	/// `slot` to `recipient` (a trade's buyer or a pool's account), issuing
	/// it first if nobody did.
	fn move_delivered(
		seller: &T::AccountId,
		meter: &T::AccountId,
		recipient: &T::AccountId,
		slot: SlotIndex,
		sold: Sold,
		wh: u64,
	) -> Result<u64, DispatchError> {
		let id = match CertificateOfReading::<T>::get(meter, slot) {
			Some(id) => id,
			None => Self::do_issue(meter, slot)?,
		};
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		Self::ensure_live(&certificate)?;
		let holding = Holdings::<T>::get(seller, id).ok_or(Error::<T>::InsufficientVolume)?;
		let wh = wh.min(holding.balance);
		if wh == 0 || seller == recipient {
			return Ok(wh);
		}
		if *seller == certificate.producer {
			certificate.reserved = certificate.reserved.saturating_sub(wh);
		}
		Self::move_volume(id, &mut certificate, seller, holding, recipient, wh);
		let from = seller.clone();
		let entry = match sold {
			Sold::Trade(trade) => {
				HistoryEntry::Delivered { from, to: recipient.clone(), trade, wh }
			}
			Sold::Pool(pool) => HistoryEntry::IntoPool { from, pool, wh },
		};
		Self::append(id, &mut certificate, entry);
		Certificates::<T>::insert(id, certificate);
		let from = seller.clone();
		Self::deposit_event(match sold {
			Sold::Trade(trade) => {
				Event::MovedWithDelivery { certificate: id, trade, from, to: recipient.clone(), wh }
			}
			Sold::Pool(pool) => Event::MovedIntoPool { certificate: id, slot, pool, from, wh },
		});
		Ok(wh)
	}

	pub(crate) fn do_remove_holding(id: CertificateId, owner: T::AccountId) -> DispatchResult {
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		ensure!(Self::records_ended(certificate.slot), Error::<T>::Retained);
		let holding = Holdings::<T>::take(&owner, id).ok_or(Error::<T>::UnknownHolding)?;
		certificate.expired = certificate.expired.saturating_add(holding.balance);
		certificate.holders = certificate.holders.saturating_sub(1);
		if owner == certificate.producer {
			certificate.reserved = 0;
		}
		Certificates::<T>::insert(id, certificate);
		Self::deposit_event(Event::HoldingRemoved { certificate: id, owner, wh: holding.balance });
		Ok(())
	}

	/// Removes up to `MaxHistoryRemoval` history entries, and the record
	/// with the last; returns how many entries went.
	pub(crate) fn do_remove_certificate(id: CertificateId) -> Result<u32, DispatchError> {
		let mut certificate = Certificates::<T>::get(id).ok_or(Error::<T>::UnknownCertificate)?;
		ensure!(Self::records_ended(certificate.slot), Error::<T>::Retained);
		ensure!(certificate.holders == 0, Error::<T>::HoldingsRemain);
		let end =
			certificate.history.min(certificate.pruned.saturating_add(T::MaxHistoryRemoval::get()));
		for entry in certificate.pruned..end {
			History::<T>::remove(id, entry);
		}
		let entries = end.saturating_sub(certificate.pruned);
		let removed = end == certificate.history;
		if removed {
			Certificates::<T>::remove(id);
			CertificateOfReading::<T>::remove(&certificate.meter, certificate.slot);
		} else {
			certificate.pruned = end;
			Certificates::<T>::insert(id, certificate);
		}
		Self::deposit_event(Event::CertificateRemoved { certificate: id, entries, removed });
		Ok(entries)
	}

	pub(crate) fn do_remove_claim_counter(meter: T::AccountId, slot: SlotIndex) -> DispatchResult {
		ensure!(Claimed::<T>::contains_key(&meter, slot), Error::<T>::UnknownClaimCounter);
		ensure!(Self::records_ended(slot), Error::<T>::Retained);
		Claimed::<T>::remove(&meter, slot);
		Self::deposit_event(Event::ClaimCounterRemoved { meter, slot });
		Ok(())
	}

	/// Whether the records of `slot`'s certificates may go: every one of
	/// them expired (none lives longer than `MaxLifetime`, none is issued
	/// later) and `RecordRetention` passed.
	pub(crate) fn records_ended(slot: SlotIndex) -> bool {
		let (_, end) = T::Readings::slot_bounds(slot);
		let records_end =
			end.saturating_add(T::MaxLifetime::get()).saturating_add(T::RecordRetention::get());
		Self::now_ms() >= records_end
	}

	/// Refuses a revoked or expired certificate.
	pub(crate) fn ensure_live(certificate: &CertificateOf<T>) -> DispatchResult {
		ensure!(!certificate.revoked, Error::<T>::CertificateRevoked);
		ensure!(Self::now_ms() < certificate.expires_at, Error::<T>::CertificateExpired);
		Ok(())
	}

	/// What `owner` may transfer or retire: its balance, less the
	/// producer's volume reserved for its trades.
	pub(crate) fn free(
		certificate: &CertificateOf<T>,
		owner: &T::AccountId,
		holding: &Holding,
	) -> u64 {
		if *owner == certificate.producer {
			holding.balance.saturating_sub(certificate.reserved)
		} else {
			holding.balance
		}
	}

	/// Moves `wh` (at most `from`'s balance) from `from` to `to`.
	pub(crate) fn move_volume(
		id: CertificateId,
		certificate: &mut CertificateOf<T>,
		from: &T::AccountId,
		mut holding: Holding,
		to: &T::AccountId,
		wh: u64,
	) {
		holding.balance = holding.balance.saturating_sub(wh);
		holding.transferred = holding.transferred.saturating_add(wh);
		Holdings::<T>::insert(from, id, holding);
		Holdings::<T>::mutate(to, id, |receiving| {
			let receiving = receiving.get_or_insert_with(|| {
				certificate.holders = certificate.holders.saturating_add(1);
				Holding::default()
			});
			receiving.balance = receiving.balance.saturating_add(wh);
		});
	}

	/// Writes the next entry of a certificate's history.
	pub(crate) fn append(
		id: CertificateId,
		certificate: &mut CertificateOf<T>,
		entry: HistoryEntryOf<T>,
	) {
		History::<T>::insert(id, certificate.history, entry);
		certificate.history = certificate.history.saturating_add(1);
	}
}

/// Certificate volume moves with the energy trades deliver.
impl<T: Config> OnDeliverySettled<T::AccountId> for Pallet<T> {
	fn delivered(delivery: Delivery<'_, T::AccountId>) {
		Self::on_delivery(delivery)
	}

	fn weight() -> Weight {
		T::WeightInfo::on_delivery()
	}
}
