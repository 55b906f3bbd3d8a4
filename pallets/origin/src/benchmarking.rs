//! Benchmarks of every call in its worst case, and of the delivery hook
//! (which issues the certificate it moves): a declaration replacing one,
//! a transfer, a delivery and a pool draw to a new holder, a retirement
//! against a meter claimed before, the removal of `n` history entries with
//! the record.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use sp_core::H256;
use tsm_primitives::{
	ids::SlotIndex, DeliveredVia, Delivery, DeviceKind, DeviceRegistry, EnergySource,
	MeterReadings, OnDeliverySettled, ParticipantRegistry, Role, RoleProvider, SourceRequirement,
};

/// The slot the benchmarks certify.
const SLOT: SlotIndex = 1_000;
/// Wh its meter exports.
const EXPORT: u64 = 10_000;

/// A participant with `role` and a smart meter.
fn participant<T: Config>(name: &'static str, role: Role) -> (T::AccountId, T::AccountId) {
	let who: T::AccountId = account(name, 0, 0);
	let meter: T::AccountId = account(name, 1, 0);
	T::Roles::grant_role_for_benchmarks(&who, role).expect("the role provider grants roles");
	// Granting a role may register the participant already.
	if !T::Participants::is_active_participant(&who) {
		T::Participants::register_for_benchmarks(&who)
			.expect("the registry registers participants");
	}
	T::Devices::register_for_benchmarks(&meter, &who, DeviceKind::SmartMeter)
		.expect("the registry registers devices");
	(who, meter)
}

fn zone() -> Zone {
	alloc::vec![b'Z'; 16].try_into().expect("16 bytes fit")
}

fn purpose() -> Purpose {
	alloc::vec![b'P'; 64].try_into().expect("64 bytes fit")
}

/// A producer whose declared device is approved before `SLOT`, with the
/// slot's reading; the clock just after the slot.
fn approved_producer<T: Config>() -> (T::AccountId, T::AccountId) {
	let (producer, meter) = participant::<T>("producer", Role::EnergyProsumer);
	let (start, end) = T::Readings::slot_bounds(SLOT);
	T::BenchmarkHelper::set_time(start);
	Pallet::<T>::do_declare_device(
		producer.clone(),
		meter.clone(),
		EnergySource::Solar,
		u64::MAX / 4,
		0,
		zone(),
		H256::repeat_byte(1),
	)
	.expect("declares");
	Devices::<T>::mutate(&meter, |device| {
		if let Some(device) = device {
			device.status = DeviceStatus::Approved { since: start };
		}
	});
	T::Readings::set_reading_for_benchmarks(&meter, SLOT, EXPORT, EXPORT)
		.expect("the readings take one");
	T::BenchmarkHelper::set_time(end);
	(producer, meter)
}

/// An issued certificate: (id, producer, meter).
fn issued<T: Config>() -> (CertificateId, T::AccountId, T::AccountId) {
	let (producer, meter) = approved_producer::<T>();
	let id = Pallet::<T>::do_issue(&meter, SLOT).expect("issues");
	(id, producer, meter)
}

/// The clock after the records of `SLOT` may go.
fn records_ended<T: Config>() {
	let (_, end) = T::Readings::slot_bounds(SLOT);
	T::BenchmarkHelper::set_time(
		end.saturating_add(T::MaxLifetime::get()).saturating_add(T::RecordRetention::get()),
	);
}

/// The certified pool the benchmarks deliver into.
const POOL: SourceRequirement = SourceRequirement::Renewable;

/// The producer's certificate with half its volume delivered into `POOL`
/// and a buyer credited all of it: (certificate, buyer).
fn pool_with_share<T: Config>() -> (CertificateId, T::AccountId) {
	let (id, producer, meter) = issued::<T>();
	let (buyer, buyer_meter) = participant::<T>("buyer", Role::EnergyConsumer);
	let via = DeliveredVia::Pool(Some(POOL));
	let wh = EXPORT / 2;
	Pallet::<T>::delivered(Delivery {
		slot: SLOT,
		from: Some((&producer, &meter)),
		to: None,
		via,
		wh,
	});
	Pallet::<T>::delivered(Delivery {
		slot: SLOT,
		from: None,
		to: Some((&buyer, &buyer_meter)),
		via,
		wh,
	});
	(id, buyer)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn declare_device() {
		let (producer, meter) = approved_producer::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(producer),
			meter.clone(),
			EnergySource::Wind,
			5_000,
			0,
			zone(),
			H256::repeat_byte(2),
		);

		assert_eq!(Devices::<T>::get(&meter).map(|d| d.status), Some(DeviceStatus::Pending));
	}

	#[benchmark]
	fn approve_device() -> Result<(), BenchmarkError> {
		let (producer, meter) = participant::<T>("producer", Role::EnergyProsumer);
		Pallet::<T>::do_declare_device(
			producer,
			meter.clone(),
			EnergySource::Solar,
			5_000,
			0,
			zone(),
			H256::zero(),
		)
		.expect("declares");
		let origin =
			T::IssuerOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, meter.clone());

		assert!(Pallet::<T>::approved_device(&meter).is_some());
		Ok(())
	}

	#[benchmark]
	fn revoke_device() -> Result<(), BenchmarkError> {
		let (_, meter) = approved_producer::<T>();
		let origin =
			T::IssuerOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, meter.clone());

		assert_eq!(Devices::<T>::get(&meter).map(|d| d.status), Some(DeviceStatus::Revoked));
		Ok(())
	}

	#[benchmark]
	fn issue() {
		let (_, meter) = approved_producer::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), meter.clone(), SLOT);

		assert!(CertificateOfReading::<T>::contains_key(&meter, SLOT));
	}

	#[benchmark]
	fn revoke_certificate() -> Result<(), BenchmarkError> {
		let (id, _, _) = issued::<T>();
		let origin =
			T::IssuerOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Certificates::<T>::get(id).is_some_and(|c| c.revoked));
		Ok(())
	}

	#[benchmark]
	fn transfer() {
		let (id, producer, _) = issued::<T>();
		let (buyer, _) = participant::<T>("buyer", Role::EnergyConsumer);

		#[extrinsic_call]
		_(RawOrigin::Signed(producer), id, buyer.clone(), EXPORT / 2);

		assert_eq!(Holdings::<T>::get(&buyer, id).map(|h| h.balance), Some(EXPORT / 2));
	}

	#[benchmark]
	fn retire() {
		let (id, producer, meter) = issued::<T>();
		// The meter was claimed against before: the counter is updated.
		Pallet::<T>::do_retire(id, producer.clone(), 1, meter.clone(), producer.clone(), purpose())
			.expect("retires");

		#[extrinsic_call]
		_(
			RawOrigin::Signed(producer.clone()),
			id,
			EXPORT / 2,
			meter.clone(),
			producer.clone(),
			purpose(),
		);

		assert_eq!(Claimed::<T>::get(&meter, SLOT), EXPORT / 2 + 1);
	}

	#[benchmark]
	fn remove_holding() {
		let (id, producer, _) = issued::<T>();
		records_ended::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, producer.clone());

		assert!(Holdings::<T>::get(&producer, id).is_none());
	}

	#[benchmark]
	fn remove_certificate(n: Linear<1, { T::MaxHistoryRemoval::get() }>) {
		let (id, producer, _) = issued::<T>();
		let mut certificate = Certificates::<T>::get(id).expect("issued");
		for index in 1..n {
			let entry = HistoryEntry::Retired {
				by: producer.clone(),
				meter: producer.clone(),
				beneficiary: producer.clone(),
				wh: 1,
				purpose: purpose(),
			};
			History::<T>::insert(id, index, entry);
		}
		certificate.history = n;
		Certificates::<T>::insert(id, certificate);
		records_ended::<T>();
		Pallet::<T>::do_remove_holding(id, producer).expect("removes the holding");
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(Certificates::<T>::get(id).is_none());
	}

	#[benchmark]
	fn remove_claim_counter() {
		let (id, producer, meter) = issued::<T>();
		Pallet::<T>::do_retire(id, producer.clone(), 1, meter.clone(), producer, purpose())
			.expect("retires");
		records_ended::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), meter.clone(), SLOT);

		assert!(!Claimed::<T>::contains_key(&meter, SLOT));
	}

	#[benchmark]
	fn set_lifetime() -> Result<(), BenchmarkError> {
		let origin =
			T::LifetimeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let lifetime = T::MaxLifetime::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lifetime);

		assert_eq!(Lifetime::<T>::get(), lifetime);
		Ok(())
	}

	/// The delivery hook the energy market's settlement calls, in its
	/// heaviest case: a sale into a certified pool, which issues the
	/// certificate and moves volume to the pool's account, a new holder (a
	/// trade's delivery does the same for its buyer; a pool buyer's credit
	/// is one counter).
	#[benchmark]
	fn on_delivery() {
		let (producer, meter) = approved_producer::<T>();

		#[block]
		{
			Pallet::<T>::delivered(Delivery {
				slot: SLOT,
				from: Some((&producer, &meter)),
				to: None,
				via: DeliveredVia::Pool(Some(POOL)),
				wh: EXPORT / 2,
			});
		}

		let pool = Pallet::<T>::pool_account(SLOT, POOL);
		assert_eq!(Holdings::<T>::get(&pool, 0).map(|h| h.balance), Some(EXPORT / 2));
	}

	/// A buyer's first draw of part of its share: a new holder, the share
	/// kept.
	#[benchmark]
	fn draw_from_pool() {
		let (id, buyer) = pool_with_share::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), SLOT, POOL, id, EXPORT / 4);

		assert_eq!(Holdings::<T>::get(&buyer, id).map(|h| h.balance), Some(EXPORT / 4));
		assert_eq!(PoolShares::<T>::get((SLOT, POOL, &buyer)), EXPORT / 4);
	}

	#[benchmark]
	fn remove_pool_share() {
		let (_, buyer) = pool_with_share::<T>();
		records_ended::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), SLOT, POOL, buyer.clone());

		assert!(!PoolShares::<T>::contains_key((SLOT, POOL, &buyer)));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
