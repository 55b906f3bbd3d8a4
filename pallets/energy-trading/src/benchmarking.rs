//! Benchmarks of every call, each in its worst case: a position that opens
//! its slot's market, a reading that settles its owner's sale, a seller
//! that pays in a shortfall and collects with the platform fee.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Bounded;
use tsm_primitives::{ids::SlotIndex, DeviceKind, DeviceRegistry, Role, RoleProvider};

/// Wh of every benchmark position.
const WH: u64 = 10_000;

/// A funded participant with `role` and a smart meter.
fn participant<T: Config>(name: &'static str, role: Role) -> (T::AccountId, T::AccountId) {
	let who: T::AccountId = account(name, 0, 0);
	let meter: T::AccountId = account(name, 1, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	T::Roles::grant_role_for_benchmarks(&who, role).expect("the role provider grants roles");
	T::Devices::register_for_benchmarks(&meter, &who, DeviceKind::SmartMeter)
		.expect("the registry registers devices");
	(who, meter)
}

/// The clock a little into slot 100; returns the slot two ahead, open for
/// orders.
fn open_slot<T: Config>() -> SlotIndex {
	T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(100).saturating_add(1));
	// The pool keeps the existential deposit (the runtime's genesis funds it).
	let pool = Pallet::<T>::pool_account();
	let minimum = T::Currency::minimum_balance();
	if T::Currency::balance(&pool) < minimum {
		T::Currency::set_balance(&pool, minimum);
	}
	102
}

/// Moves the clock past `slot`'s reading window.
fn after_readings<T: Config>(slot: SlotIndex) {
	T::BenchmarkHelper::set_time(
		Pallet::<T>::slot_start(slot + 1).saturating_add(Timing::<T>::get().reading_window),
	);
}

/// A seller with a position of `WH` and a buyer of half of it in `slot`.
fn traded<T: Config>(slot: SlotIndex) -> (T::AccountId, T::AccountId, T::AccountId) {
	let (seller, meter) = participant::<T>("seller", Role::EnergyProsumer);
	let (buyer, buyer_meter) = participant::<T>("buyer", Role::EnergyConsumer);
	Pallet::<T>::do_open_position(seller.clone(), slot, meter.clone(), WH, Side::Sell)
		.expect("offers");
	Pallet::<T>::do_open_position(buyer.clone(), slot, buyer_meter, WH / 2, Side::Buy)
		.expect("requests");
	(seller, meter, buyer)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn offer_energy() {
		let slot = open_slot::<T>();
		let (seller, meter) = participant::<T>("seller", Role::EnergyProsumer);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller.clone()), slot, meter, WH);
		assert!(Positions::<T>::contains_key(slot, &seller));
	}

	/// A buyer credentialed as a prosumer: both role checks run.
	#[benchmark]
	fn request_energy() {
		let slot = open_slot::<T>();
		let (buyer, meter) = participant::<T>("buyer", Role::EnergyProsumer);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), slot, meter, WH);
		assert!(Positions::<T>::contains_key(slot, &buyer));
	}

	#[benchmark]
	fn cancel_position() {
		let slot = open_slot::<T>();
		let (_, _, buyer) = traded::<T>(slot);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), slot);
		assert!(!Positions::<T>::contains_key(slot, &buyer));
	}

	/// The meter of a seller: its delivery counts into the slot.
	#[benchmark]
	fn submit_reading() {
		let slot = open_slot::<T>();
		let (seller, meter, _) = traded::<T>(slot);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		#[extrinsic_call]
		_(RawOrigin::Signed(meter), slot, WH / 4, 0);
		assert_eq!(Positions::<T>::get(slot, &seller).expect("kept").delivered, WH / 4);
	}

	#[benchmark]
	fn remove_reading() {
		let slot = open_slot::<T>();
		let (_, meter) = participant::<T>("seller", Role::EnergyProsumer);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter.clone(), slot, WH, 0).expect("reads");
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(
			slot + T::ReadingRetention::get() + 1,
		));
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), meter.clone(), slot);
		assert!(!Readings::<T>::contains_key(&meter, slot));
	}

	/// A seller that delivered half its fill pays in its forfeit.
	#[benchmark]
	fn settle_position() {
		let slot = open_slot::<T>();
		let (seller, meter, _) = traded::<T>(slot);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter, slot, WH / 4, 0).expect("reads");
		after_readings::<T>(slot);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), slot, seller.clone());
		let position = Positions::<T>::get(slot, &seller).expect("kept");
		assert_eq!(position.status, PositionStatus::Settled);
	}

	/// The seller collects its pay less the fee, once both paid in.
	#[benchmark]
	fn collect_position() {
		let slot = open_slot::<T>();
		let (seller, meter, buyer) = traded::<T>(slot);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter, slot, WH / 4, 0).expect("reads");
		after_readings::<T>(slot);
		Pallet::<T>::do_settle(slot, seller.clone()).expect("pays in");
		Pallet::<T>::do_settle(slot, buyer).expect("pays in");
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		settle_position(RawOrigin::Signed(caller), slot, seller.clone());
		assert!(!Positions::<T>::contains_key(slot, &seller));
	}

	#[benchmark]
	fn set_timing() -> Result<(), BenchmarkError> {
		let origin =
			T::TimingOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let timing = SlotTiming { length: 60_000, gate_closure: 10_000, reading_window: 30_000 };
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, timing);
		assert_eq!(Timing::<T>::get(), timing);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
