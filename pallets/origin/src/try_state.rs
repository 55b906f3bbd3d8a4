//! The invariants the pallet keeps, checked after every unit test and by
//! `try-runtime`: each certificate's holdings, retired and expired volume
//! add up to what it issued, never more than its reading exported; the
//! producer's reserve is covered; its history is complete; no meter's
//! claims exceed what it imported.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::ensure;
use sp_runtime::TryRuntimeError;
use tsm_primitives::MeterReadings;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		// Per certificate: (balances, retired by holders, holders).
		let mut sums: BTreeMap<CertificateId, (u64, u64, u32)> = BTreeMap::new();
		for (_, id, holding) in Holdings::<T>::iter() {
			ensure!(Certificates::<T>::contains_key(id), "a holding of an unknown certificate");
			let sum = sums.entry(id).or_default();
			sum.0 += holding.balance;
			sum.1 += holding.retired;
			sum.2 += 1;
		}
		for (id, certificate) in Certificates::<T>::iter() {
			let (balances, retired, holders) = sums.remove(&id).unwrap_or_default();
			ensure!(
				balances + certificate.retired + certificate.expired == certificate.issued,
				"holdings, retired and expired volume add up to the issued volume"
			);
			ensure!(retired <= certificate.retired, "holders retired no more than the certificate");
			ensure!(holders == certificate.holders, "the holder count matches the holdings");
			let producer =
				Holdings::<T>::get(&certificate.producer, id).map_or(0, |holding| holding.balance);
			ensure!(certificate.reserved <= producer, "the producer holds its reserve");
			if let Some((exported, _)) = T::Readings::reading(&certificate.meter, certificate.slot)
			{
				ensure!(certificate.issued <= exported, "no certificate exceeds its reading");
			}
			ensure!(
				CertificateOfReading::<T>::get(&certificate.meter, certificate.slot) == Some(id),
				"the reading names its certificate"
			);
			ensure!(certificate.pruned <= certificate.history, "pruned within the history");
			for index in certificate.pruned..certificate.history {
				ensure!(History::<T>::contains_key(id, index), "the history has no gaps");
			}
		}
		for (meter, slot, id) in CertificateOfReading::<T>::iter() {
			let certificate =
				Certificates::<T>::get(id).ok_or("an index of an unknown certificate")?;
			ensure!(certificate.meter == meter && certificate.slot == slot, "the index matches");
		}
		ensure!(PoolShares::<T>::iter_values().all(|wh| wh > 0), "no empty pool share is kept");
		for (meter, slot, claimed) in Claimed::<T>::iter() {
			if let Some((_, imported)) = T::Readings::reading(&meter, slot) {
				ensure!(claimed <= imported, "no meter's claims exceed its import");
			}
		}
		Ok(())
	}
}
