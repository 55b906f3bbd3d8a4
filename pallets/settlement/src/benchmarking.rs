//! Benchmarks of every call, each in its worst case: the longest coverage,
//! full per-account indexes.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Bounded;

/// An account with plenty of funds.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// A funded small cell provider.
fn provider<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("provider", index);
	T::Roles::grant_role_for_benchmarks(&who, Role::SmallCellProvider)
		.expect("the role provider grants roles");
	who
}

/// Terms with the longest coverage, priced flat and per unit.
fn terms<T: Config>(auto_accept: bool) -> OfferTermsOf<T> {
	OfferTerms {
		kind: OfferKind::SmallCellSiteAccess,
		coverage: Coverage::Cells(BoundedVec::truncate_from(vec![
			u64::MAX;
			T::MaxCells::get() as usize
		])),
		capacity: u64::MAX,
		price: PriceModel { flat_per_period: 1_000u32.into(), unit_price: 10u32.into() },
		billing_period: 100u32.into(),
		minimum_term: 1,
		sla: H256::repeat_byte(1),
		bond: 1_000u32.into(),
		termination_fee: 500u32.into(),
		valid_until: frame_system::pallet_prelude::BlockNumberFor::<T>::max_value(),
		auto_accept,
	}
}

/// Fills `who`'s offer index but one slot, then publishes an offer for it.
fn offer_with_full_index<T: Config>(who: &T::AccountId, auto_accept: bool) -> u64 {
	for _ in 1..T::MaxOffersPerProvider::get() {
		Pallet::<T>::do_publish_offer(who.clone(), terms::<T>(false)).expect("room for offers");
	}
	Pallet::<T>::do_publish_offer(who.clone(), terms::<T>(auto_accept)).expect("room for one");
	NextOfferId::<T>::get() - 1
}

/// Fills the agreement indexes of `provider` (orders of other consumers
/// on `offer`) and of `consumer` (orders from another provider) but one
/// slot each.
fn fill_agreements<T: Config>(seller: &T::AccountId, offer: u64, consumer: &T::AccountId) {
	let other = provider::<T>(1);
	Pallet::<T>::do_publish_offer(other, terms::<T>(false)).expect("an offer");
	let other_offer = NextOfferId::<T>::get() - 1;
	for i in 1..T::MaxAgreementsPerAccount::get() {
		Pallet::<T>::do_order(consumer.clone(), other_offer, 1, 1).expect("room for agreements");
		let filler = funded::<T>("filler", i);
		Pallet::<T>::do_order(filler, offer, 1, 1).expect("room for agreements");
	}
	debug_assert!(
		AgreementsOf::<T>::get(seller).len() as u32 + 1 >= T::MaxAgreementsPerAccount::get()
	);
}

/// An accepted agreement over 5 units for 2 periods: (provider, id, consumer).
fn running<T: Config>() -> (T::AccountId, u64, T::AccountId) {
	let who = provider::<T>(0);
	let offer = offer_with_full_index::<T>(&who, false);
	let consumer = funded::<T>("consumer", 0);
	Pallet::<T>::do_order(consumer.clone(), offer, 5, 2).expect("an order");
	let agreement = NextAgreementId::<T>::get() - 1;
	Pallet::<T>::do_accept_order(who.clone(), agreement).expect("accepted");
	// The marketplace account exists, as on a live chain.
	T::Currency::set_balance(&T::MarketAccount::get(), T::Currency::minimum_balance());
	(who, agreement, consumer)
}

/// Moves to a block where the open period and any dispute window are over.
fn after_period_and_window<T: Config>(agreement: u64) {
	let record = Agreements::<T>::get(agreement).expect("exists");
	let end = record.start.expect("started") + record.billing_period;
	frame_system::Pallet::<T>::set_block_number(end + T::DisputeWindow::get() + 1u32.into());
}

/// A settlement group of `members` funded operators.
fn group_of<T: Config>(members: u32) -> u32 {
	let founder = provider::<T>(100);
	Pallet::<T>::do_create_group(founder, 100u32.into()).expect("a group");
	let group = NextGroupId::<T>::get() - 1;
	for i in 1..members {
		Pallet::<T>::do_join_group(provider::<T>(100 + i), group).expect("room");
	}
	group
}

/// `count` charges between the group's members, round robin.
fn fill_charges<T: Config>(group: u32, count: u32) {
	let members = Groups::<T>::get(group).expect("exists").members;
	let n = members.len();
	for i in 0..count as usize {
		let (creditor, debtor) = (members[i % n].clone(), members[(i + 1) % n].clone());
		Pallet::<T>::do_record_charge(creditor, group, debtor, (i as u32 + 1).into(), H256::zero())
			.expect("room for charges");
	}
}

/// Moves past the group's open settlement period.
fn after_group_period<T: Config>(group: u32) {
	let record = Groups::<T>::get(group).expect("exists");
	frame_system::Pallet::<T>::set_block_number(record.period_start + record.period_length);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn publish_offer() {
		let who = provider::<T>(0);
		for _ in 1..T::MaxOffersPerProvider::get() {
			Pallet::<T>::do_publish_offer(who.clone(), terms::<T>(false)).expect("room for offers");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), terms::<T>(false));

		assert_eq!(OffersOf::<T>::get(&who).len() as u32, T::MaxOffersPerProvider::get());
	}

	#[benchmark]
	fn update_offer() {
		let who = provider::<T>(0);
		let offer = offer_with_full_index::<T>(&who, false);
		let price = PriceModel { flat_per_period: 5u32.into(), unit_price: 5u32.into() };

		#[extrinsic_call]
		_(RawOrigin::Signed(who), offer, price, 7, 1_000u32.into());

		assert_eq!(Offers::<T>::get(offer).map(|o| o.terms.capacity), Some(7));
	}

	#[benchmark]
	fn withdraw_offer() {
		let who = provider::<T>(0);
		// The first of a full index: the whole index is searched.
		let offer = NextOfferId::<T>::get();
		offer_with_full_index::<T>(&who, false);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), offer);

		assert!(Offers::<T>::get(offer).is_none());
	}

	#[benchmark]
	fn order() {
		// Auto-accepting: the order also holds the bond and activates.
		let who = provider::<T>(0);
		let offer = offer_with_full_index::<T>(&who, true);
		let consumer = funded::<T>("consumer", 0);
		fill_agreements::<T>(&who, offer, &consumer);

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer.clone()), offer, 5, 1);

		assert_eq!(
			AgreementsOf::<T>::get(&consumer).len() as u32,
			T::MaxAgreementsPerAccount::get()
		);
	}

	#[benchmark]
	fn accept_order() {
		let who = provider::<T>(0);
		let offer = offer_with_full_index::<T>(&who, false);
		let consumer = funded::<T>("consumer", 0);
		Pallet::<T>::do_order(consumer, offer, 5, 1).expect("an order");
		let agreement = NextAgreementId::<T>::get() - 1;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), agreement);

		assert_eq!(Agreements::<T>::get(agreement).map(|a| a.state), Some(AgreementState::Active));
	}

	#[benchmark]
	fn reject_order() {
		let who = provider::<T>(0);
		let offer = offer_with_full_index::<T>(&who, false);
		let consumer = funded::<T>("consumer", 0);
		fill_agreements::<T>(&who, offer, &consumer);
		Pallet::<T>::do_order(consumer, offer, 5, 1).expect("an order");
		let agreement = NextAgreementId::<T>::get() - 1;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), agreement);

		assert!(Agreements::<T>::get(agreement).is_none());
	}

	#[benchmark]
	fn submit_usage() {
		let (who, agreement, _) = running::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), agreement, 0, 5, H256::repeat_byte(3));

		assert!(Usage::<T>::contains_key(agreement, 0));
	}

	#[benchmark]
	fn dispute_usage() {
		let (who, agreement, consumer) = running::<T>();
		Pallet::<T>::do_submit_usage(who, agreement, 0, 5, H256::zero()).expect("usage");

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), agreement, 0, H256::repeat_byte(9));

		assert!(Usage::<T>::get(agreement, 0).is_some_and(|u| u.disputed.is_some()));
	}

	#[benchmark]
	fn close_period() {
		// Usage to bill, the provider and the marketplace paid, the next
		// period's escrow held.
		let (who, agreement, _) = running::<T>();
		Pallet::<T>::do_submit_usage(who, agreement, 0, 5, H256::zero()).expect("usage");
		after_period_and_window::<T>(agreement);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), agreement);

		assert_eq!(Agreements::<T>::get(agreement).map(|a| a.period), Some(1));
	}

	#[benchmark]
	fn resume() {
		let (_, agreement, consumer) = running::<T>();
		// The consumer cannot fund the next period at the close ...
		T::Currency::set_balance(&consumer, T::Currency::minimum_balance());
		after_period_and_window::<T>(agreement);
		Pallet::<T>::do_close_period(agreement).expect("closes");
		// ... and can again.
		T::Currency::set_balance(&consumer, BalanceOf::<T>::max_value() / 1_000_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), agreement);

		assert_eq!(Agreements::<T>::get(agreement).map(|a| a.state), Some(AgreementState::Active));
	}

	#[benchmark]
	fn give_notice() {
		let (provider, agreement, consumer) = running::<T>();
		let before = T::Currency::balance(&provider);

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), agreement);

		assert!(T::Currency::balance(&provider) > before);
	}

	#[benchmark]
	fn purge_agreement(t: Linear<1, { T::MaxTerm::get() }>) {
		// An agreement that ran `t` periods, each with usage and a bill, in
		// full indexes (the whole index is searched).
		let (provider, agreement, consumer) = running::<T>();
		Agreements::<T>::mutate(agreement, |record| {
			if let Some(record) = record {
				record.term = t;
				record.period = t - 1;
				record.state = AgreementState::Expired;
			}
		});
		for period in 0..t {
			let usage = UsageRecord {
				units: 5,
				evidence: H256::zero(),
				reported_at: 1u32.into(),
				disputed: None,
			};
			Usage::<T>::insert(agreement, period, usage);
			let bill = Bill {
				flat: 1_000u32.into(),
				usage: 50u32.into(),
				penalty: 0u32.into(),
				total: 1_050u32.into(),
				fee: 5u32.into(),
				status: BillStatus::Paid,
			};
			Bills::<T>::insert(agreement, period, bill);
		}
		for party in [&provider, &consumer] {
			AgreementsOf::<T>::mutate(party, |ids| {
				let mut filler = u64::MAX;
				while ids.try_insert(0, filler).is_ok() {
					filler -= 1;
				}
			});
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer.clone()), agreement);

		assert!(Agreements::<T>::get(agreement).is_none());
		assert!(!AgreementsOf::<T>::get(&consumer).contains(&agreement));
	}

	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let (who, agreement, consumer) = running::<T>();
		Pallet::<T>::do_submit_usage(who, agreement, 0, 5, H256::zero()).expect("usage");
		Pallet::<T>::do_dispute_usage(consumer, agreement, 0, H256::zero()).expect("disputed");
		after_period_and_window::<T>(agreement);
		Pallet::<T>::do_close_period(agreement).expect("closes");
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agreement, 0, sp_runtime::Perbill::from_percent(50));

		assert!(Bills::<T>::get(agreement, 0)
			.is_some_and(|b| matches!(b.status, BillStatus::Arbitrated { .. })));
		Ok(())
	}

	#[benchmark]
	fn create_settlement_group() {
		let who = provider::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), 100u32.into());

		assert_eq!(NextGroupId::<T>::get(), 1);
	}

	#[benchmark]
	fn join_settlement_group() {
		// The last seat: the whole member list is searched.
		let group = group_of::<T>(T::MaxGroupMembers::get() - 1);
		let who = provider::<T>(1_000);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), group);

		assert!(Groups::<T>::get(group).is_some_and(|g| g.members.contains(&who)));
	}

	#[benchmark]
	fn record_charge() {
		let members = T::MaxGroupMembers::get();
		let group = group_of::<T>(members);
		let list = Groups::<T>::get(group).expect("exists").members;
		fill_charges::<T>(group, T::MaxChargesPerPeriod::get() - 1);
		let (creditor, debtor) = (list[list.len() - 1].clone(), list[list.len() - 2].clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(creditor), group, debtor, 10u32.into(), H256::zero());

		assert_eq!(Charges::<T>::get(group, 0).len() as u32, T::MaxChargesPerPeriod::get());
	}

	#[benchmark]
	fn close_settlement_period(
		n: Linear<2, { T::MaxGroupMembers::get() }>,
		c: Linear<0, { T::MaxChargesPerPeriod::get() }>,
	) {
		let group = group_of::<T>(n);
		fill_charges::<T>(group, c);
		after_group_period::<T>(group);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), group);

		assert!(Netting::<T>::contains_key(group, 0));
	}

	#[benchmark]
	fn dispute_netting() {
		let group = group_of::<T>(T::MaxGroupMembers::get());
		fill_charges::<T>(group, 1);
		after_group_period::<T>(group);
		Pallet::<T>::do_close_settlement_period(group).expect("closes");
		let member = Groups::<T>::get(group).expect("exists").members[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(member), group, 0);

		assert!(Netting::<T>::get(group, 0).is_some_and(|n| n.status == NettingStatus::Disputed));
	}

	#[benchmark]
	fn settle_netting(n: Linear<2, { T::MaxGroupMembers::get() }>) {
		// Member 0 owes every other member: n - 1 transfers.
		let group = group_of::<T>(n);
		let members = Groups::<T>::get(group).expect("exists").members;
		for creditor in members.iter().skip(1) {
			Pallet::<T>::do_record_charge(
				creditor.clone(),
				group,
				members[0].clone(),
				10u32.into(),
				H256::zero(),
			)
			.expect("a charge");
		}
		after_group_period::<T>(group);
		Pallet::<T>::do_close_settlement_period(group).expect("closes");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(
			now + T::NettingDisputeWindow::get() + 1u32.into(),
		);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), group, 0);

		assert!(Netting::<T>::get(group, 0).is_some_and(|n| n.status == NettingStatus::Settled));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
