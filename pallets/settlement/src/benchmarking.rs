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
		// Funding period 1 draws on the commitment: the longer path.
		minimum_term: 2,
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
	Pallet::<T>::do_publish_offer(other.clone(), terms::<T>(true)).expect("an offer");
	let other_offer = NextOfferId::<T>::get() - 1;
	for i in 1..T::MaxAgreementsPerAccount::get() {
		// Accepted at once: a consumer has only so many orders waiting.
		Pallet::<T>::do_order(consumer.clone(), other_offer, 1, 2).expect("room for agreements");
		let filler = funded::<T>("filler", i);
		Pallet::<T>::do_order(filler, offer, 1, 2).expect("room for agreements");
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

/// Moves to the block period 0 of `agreement` ends at (period 1 begins).
fn at_end_of_period_0<T: Config>(agreement: u64) {
	let record = Agreements::<T>::get(agreement).expect("exists");
	let end = record.start.expect("started") + record.billing_period;
	frame_system::Pallet::<T>::set_block_number(end);
}

/// A settlement group of `members` funded operators, the founder first.
fn group_of<T: Config>(members: u32) -> u32 {
	let founder = provider::<T>(100);
	Pallet::<T>::do_create_group(founder.clone(), 100u32.into()).expect("a group");
	let group = NextGroupId::<T>::get() - 1;
	for i in 1..members {
		let who = provider::<T>(100 + i);
		Pallet::<T>::do_invite(founder.clone(), group, who.clone()).expect("room");
		Pallet::<T>::do_join_group(who, group).expect("room");
	}
	group
}

/// A group of `MaxGroupMembers - 1` members with `invitations` operators
/// invited by its founder: (group, founder).
fn group_with_invitations<T: Config>(invitations: u32) -> (u32, T::AccountId) {
	let group = group_of::<T>(T::MaxGroupMembers::get() - 1);
	let founder = members_of::<T>(group)[0].clone();
	for i in 0..invitations {
		Pallet::<T>::do_invite(founder.clone(), group, provider::<T>(2_000 + i)).expect("room");
	}
	(group, founder)
}

/// The accounts of the group's members.
fn members_of<T: Config>(group: u32) -> alloc::vec::Vec<T::AccountId> {
	Groups::<T>::get(group).expect("exists").members.into_iter().map(|m| m.account).collect()
}

/// Every member lets every other charge it (a full table of limits).
fn consent_all<T: Config>(group: u32) {
	let members = members_of::<T>(group);
	for debtor in &members {
		for creditor in members.iter().filter(|c| *c != debtor) {
			Pallet::<T>::do_set_charge_limit(
				debtor.clone(),
				group,
				creditor.clone(),
				BalanceOf::<T>::max_value() / 1_000_000_000u32.into(),
			)
			.expect("members");
		}
	}
}

/// `per_member` charges by every member to the next one, member i charging
/// more than member i - 1: member 0 owes, everyone else is owed.
fn fill_charges<T: Config>(group: u32, per_member: u32) {
	let members = members_of::<T>(group);
	let n = members.len();
	for (i, creditor) in members.iter().enumerate() {
		for _ in 0..per_member {
			Pallet::<T>::do_record_charge(
				creditor.clone(),
				group,
				members[(i + 1) % n].clone(),
				(1_000 * (i as u32 + 1)).into(),
				H256::zero(),
			)
			.expect("within the limits");
		}
	}
}

/// A full group, every member charging the next the most times: (group,
/// member 0, member 1, the index of member 0's last charge to member 1).
fn last_charge_of_full_group<T: Config>() -> (u32, T::AccountId, T::AccountId, u32) {
	let group = group_of::<T>(T::MaxGroupMembers::get());
	consent_all::<T>(group);
	fill_charges::<T>(group, T::MaxChargesPerMember::get());
	let members = members_of::<T>(group);
	(group, members[0].clone(), members[1].clone(), T::MaxChargesPerMember::get() - 1)
}

/// Moves past the group's oldest open settlement period and its review window.
fn after_review<T: Config>(group: u32) {
	let record = Groups::<T>::get(group).expect("exists");
	frame_system::Pallet::<T>::set_block_number(
		record.period_start + record.period_length + T::NettingDisputeWindow::get() + 1u32.into(),
	);
}

/// A netting as a runtime before spec 106 left it: computed, `status`,
/// member 0 owing every other member 10.
fn legacy_netting<T: Config>(group: u32, status: NettingStatus) {
	let members = members_of::<T>(group);
	let owed: BalanceOf<T> = 10u32.into();
	let positions = members
		.iter()
		.enumerate()
		.map(|(i, member)| NetPosition {
			member: member.clone(),
			receive: if i == 0 { 0u32.into() } else { owed },
			pay: if i == 0 { owed * ((members.len() - 1) as u32).into() } else { 0u32.into() },
			settled: 0u32.into(),
			shortfall: 0u32.into(),
		})
		.collect::<alloc::vec::Vec<_>>();
	Netting::<T>::insert(
		group,
		0,
		NettingResult {
			positions: BoundedVec::truncate_from(positions),
			closed_at: frame_system::Pallet::<T>::block_number(),
			status,
		},
	);
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
		_(RawOrigin::Signed(consumer.clone()), offer, 5, 2);

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
		Pallet::<T>::do_order(consumer, offer, 5, 2).expect("an order");
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
		Pallet::<T>::do_order(consumer, offer, 5, 2).expect("an order");
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

		assert!(PeriodDisputes::<T>::contains_key(agreement, 0));
	}

	#[benchmark]
	fn close_period() {
		// The longest path: the consumer could not fund period 1 and stayed
		// suspended for a whole period; the close bills period 0 (usage, the
		// provider and the marketplace paid), forfeits the commitment to the
		// provider, and ends the agreement (bond and capacity returned).
		let (who, agreement, consumer) = running::<T>();
		Pallet::<T>::do_submit_usage(who, agreement, 0, 5, H256::zero()).expect("usage");
		T::Currency::set_balance(&consumer, T::Currency::minimum_balance());
		at_end_of_period_0::<T>(agreement);
		Pallet::<T>::do_close_period(agreement).expect("suspends");
		let record = Agreements::<T>::get(agreement).expect("exists");
		let billable = Pallet::<T>::billing_time(&record, 0).expect("in range");
		let defaulted = record.start.expect("started") + record.billing_period * 2u32.into();
		frame_system::Pallet::<T>::set_block_number(billable.max(defaulted));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), agreement);

		assert_eq!(
			Agreements::<T>::get(agreement).map(|a| a.state),
			Some(AgreementState::Terminated)
		);
		assert!(Bills::<T>::contains_key(agreement, 0));
	}

	#[benchmark]
	fn resume() {
		let (_, agreement, consumer) = running::<T>();
		// The consumer cannot fund period 1 when it begins ...
		T::Currency::set_balance(&consumer, T::Currency::minimum_balance());
		at_end_of_period_0::<T>(agreement);
		Pallet::<T>::do_close_period(agreement).expect("suspends");
		// ... and can again.
		T::Currency::set_balance(&consumer, BalanceOf::<T>::max_value() / 1_000_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), agreement);

		assert_eq!(Agreements::<T>::get(agreement).map(|a| a.state), Some(AgreementState::Active));
	}

	#[benchmark]
	fn give_notice() {
		// The consumer's notice paid partly from a commitment short of what
		// is due (as for an agreement from before spec 106) and partly from
		// its free balance: the most transfers.
		let (provider, agreement, consumer) = running::<T>();
		let half = Agreements::<T>::get(agreement).expect("exists").commitment / 2u32.into();
		<T::Currency as frame_support::traits::fungible::MutateHold<_>>::release(
			&HoldReason::Commitment.into(),
			&consumer,
			half,
			frame_support::traits::tokens::Precision::Exact,
		)
		.expect("held");
		Agreements::<T>::mutate(agreement, |a| {
			if let Some(a) = a {
				a.commitment -= half;
			}
		});
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
				record.period = t;
				record.funded = t - 1;
				record.escrow = 0u32.into();
				record.state = AgreementState::Expired;
			}
		});
		for period in 0..t {
			let usage = UsageRecord { units: 5, evidence: H256::zero(), reported_at: 1u32.into() };
			Usage::<T>::insert(agreement, period, usage);
			let dispute = PeriodDispute { by: consumer.clone(), evidence: H256::zero() };
			PeriodDisputes::<T>::insert(agreement, period, dispute);
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
		let record = Agreements::<T>::get(agreement).expect("exists");
		let billable = Pallet::<T>::billing_time(&record, 0).expect("in range");
		frame_system::Pallet::<T>::set_block_number(billable);
		Pallet::<T>::do_close_period(agreement).expect("bills");
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
	fn invite_to_group() {
		// Members and invitations all but full: both lists are searched.
		let (group, founder) = group_with_invitations::<T>(T::MaxGroupMembers::get() - 1);
		let who = provider::<T>(1_000);

		#[extrinsic_call]
		_(RawOrigin::Signed(founder), group, who.clone());

		assert!(Groups::<T>::get(group).is_some_and(|g| g.invited.contains(&who)));
	}

	#[benchmark]
	fn withdraw_invitation() {
		let max = T::MaxGroupMembers::get();
		let (group, founder) = group_with_invitations::<T>(max);
		let who = provider::<T>(2_000 + max - 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(founder), group, who.clone());

		assert!(Groups::<T>::get(group).is_some_and(|g| !g.invited.contains(&who)));
	}

	#[benchmark]
	fn join_settlement_group() {
		// The last seat, the last invitation: both lists are searched.
		let (group, founder) = group_with_invitations::<T>(T::MaxGroupMembers::get() - 1);
		let who = provider::<T>(1_000);
		Pallet::<T>::do_invite(founder, group, who.clone()).expect("room");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), group);

		assert!(Groups::<T>::get(group).is_some_and(|g| g.member(&who).is_some()));
	}

	#[benchmark]
	fn set_charge_limit() {
		let group = group_of::<T>(T::MaxGroupMembers::get());
		let members = members_of::<T>(group);
		let (debtor, creditor) =
			(members[members.len() - 1].clone(), members[members.len() - 2].clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(debtor.clone()), group, creditor.clone(), 1_000u32.into());

		assert!(ChargeLimits::<T>::contains_key((group, debtor, creditor)));
	}

	#[benchmark]
	fn record_charge() {
		// The creditor's last charge of the period, all to the same debtor:
		// every earlier one counts towards the limit.
		let group = group_of::<T>(T::MaxGroupMembers::get());
		consent_all::<T>(group);
		let members = members_of::<T>(group);
		let (creditor, debtor) = (members[members.len() - 1].clone(), members[0].clone());
		for _ in 1..T::MaxChargesPerMember::get() {
			Pallet::<T>::do_record_charge(
				creditor.clone(),
				group,
				debtor.clone(),
				10u32.into(),
				H256::zero(),
			)
			.expect("within the limit");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(creditor.clone()), group, debtor, 10u32.into(), H256::zero());

		assert_eq!(
			Charges::<T>::get((group, 0, creditor)).len() as u32,
			T::MaxChargesPerMember::get()
		);
	}

	#[benchmark]
	fn dispute_charge() {
		let (group, creditor, debtor, index) = last_charge_of_full_group::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(debtor), group, 0, creditor.clone(), index);

		assert_eq!(
			Charges::<T>::get((group, 0, creditor))[index as usize].status,
			ChargeStatus::Disputed
		);
	}

	#[benchmark]
	fn arbitrate_charge() -> Result<(), BenchmarkError> {
		// Upholding pays the creditor: more work than striking.
		let (group, creditor, debtor, index) = last_charge_of_full_group::<T>();
		Pallet::<T>::do_dispute_charge(debtor, group, 0, creditor.clone(), index)
			.expect("disputable");
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, group, 0, creditor.clone(), index, true);

		assert_eq!(
			Charges::<T>::get((group, 0, creditor))[index as usize].status,
			ChargeStatus::Upheld
		);
		Ok(())
	}

	#[benchmark]
	fn leave_settlement_group() {
		let group = group_of::<T>(T::MaxGroupMembers::get());
		let members = members_of::<T>(group);
		let who = members[members.len() - 1].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), group);

		assert!(Groups::<T>::get(group)
			.is_some_and(|g| g.member(&who).is_some_and(|m| m.leaves_after.is_some())));
	}

	#[benchmark]
	fn dissolve_settlement_group(
		n: Linear<1, { T::MaxGroupMembers::get() }>,
	) -> Result<(), BenchmarkError> {
		let group = group_of::<T>(n);
		consent_all::<T>(group);
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, group);

		assert!(!Groups::<T>::contains_key(group));
		Ok(())
	}

	#[benchmark]
	fn close_settlement_period(
		n: Linear<2, { T::MaxGroupMembers::get() }>,
		c: Linear<0, { T::MaxChargesPerMember::get() }>,
	) {
		// `c` charges per member, n - 1 transfers; and every member leaves
		// after this period, so the group is dissolved with all its limits.
		let group = group_of::<T>(n);
		consent_all::<T>(group);
		fill_charges::<T>(group, c);
		for member in members_of::<T>(group) {
			Pallet::<T>::do_leave_group(member, group).expect("a member");
		}
		after_review::<T>(group);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), group);

		assert!(Netting::<T>::contains_key(group, 0));
		assert!(!Groups::<T>::contains_key(group));
	}

	#[benchmark]
	fn dispute_netting() {
		let group = group_of::<T>(T::MaxGroupMembers::get());
		legacy_netting::<T>(group, NettingStatus::Open);
		let member = members_of::<T>(group)[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(member), group, 0);

		assert!(Netting::<T>::get(group, 0).is_some_and(|n| n.status == NettingStatus::Disputed));
	}

	#[benchmark]
	fn settle_netting(n: Linear<2, { T::MaxGroupMembers::get() }>) {
		// Member 0 owes every other member: n - 1 transfers.
		let group = group_of::<T>(n);
		legacy_netting::<T>(group, NettingStatus::Open);
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
