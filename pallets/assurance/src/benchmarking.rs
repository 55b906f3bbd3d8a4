//! Benchmarks of every call and of every call settlement makes, each in
//! its worst case: eight objectives, the largest committee, every report
//! checked against the median and paid.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::{
	traits::{Bounded, Zero},
	Perbill,
};
use tsm_primitives::{
	ids::{AgreementId, OfferId},
	Role, RoleProvider,
};

/// Blocks per measurement interval of the benchmark template.
const INTERVAL: u32 = 10;
/// Intervals per billing period.
const PER_PERIOD: u32 = 4;

/// An account with plenty of funds.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// A funded, registered oracle.
fn oracle<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("oracle", index);
	T::Roles::grant_role_for_benchmarks(&who, Role::MonitoringOracle)
		.expect("the role provider grants roles");
	Pallet::<T>::do_register_oracle(who.clone(), T::MinOracleBond::get()).expect("registers");
	who
}

/// Eight objectives, eight tiers, a report fee.
fn template<T: Config>() -> TemplateOf<T> {
	let metrics = [
		Metric::Availability,
		Metric::Latency { percentile: 95 },
		Metric::Throughput,
		Metric::PacketLoss,
		Metric::Jitter,
		Metric::TimeToRepair,
		Metric::Custom(1),
		Metric::Custom(2),
	];
	let objectives = metrics
		.into_iter()
		.map(|metric| {
			let unit = match metric {
				Metric::Availability | Metric::PacketLoss => Unit::PartsPerMillion,
				Metric::Latency { .. } | Metric::Jitter => Unit::Milliseconds,
				Metric::Throughput => Unit::KilobitsPerSecond,
				Metric::TimeToRepair => Unit::Seconds,
				Metric::Custom(_) => Unit::Count,
			};
			Objective {
				metric,
				unit,
				comparator: Comparator::AtLeast,
				target: 500_000,
				warning: Some(600_000),
				tolerance: 10,
			}
		})
		.collect::<Vec<_>>();
	let tiers = (0..8u32)
		.map(|step| PenaltyTier {
			below: Perbill::from_percent(90 - step * 10),
			penalty: Perbill::from_percent(5 + step * 5),
		})
		.collect::<Vec<_>>();
	SlaTemplate {
		objectives: BoundedVec::truncate_from(objectives),
		evaluation: EvaluationRule {
			interval: INTERVAL.into(),
			required: Perbill::from_percent(95),
			grace_intervals: 0,
		},
		curve: PenaltyCurve::Steps(BoundedVec::truncate_from(tiers)),
		cap: Perbill::from_percent(50),
		report_fee: 1_000u32.into(),
	}
}

/// Values in the warning zone of every objective (an event each).
fn values() -> ObjectiveValues {
	BoundedVec::truncate_from(vec![550_000; 8])
}

/// Values far from the median (a strike).
fn lie() -> ObjectiveValues {
	BoundedVec::truncate_from(vec![1_000; 8])
}

struct Setup<T: Config> {
	provider: T::AccountId,
	members: Vec<T::AccountId>,
}

/// A stored template, the largest committee registered, offer 0 published
/// with it and nominated (every nominee consented if `consent`).
fn offer<T: Config>(consent: bool) -> Setup<T> {
	let provider = funded::<T>("provider", 0);
	let sla = Pallet::<T>::template_hash(&template::<T>());
	Pallet::<T>::do_create_template(provider.clone(), template::<T>()).expect("stores");
	let members = (0..T::MaxCommittee::get()).map(oracle::<T>).collect::<Vec<_>>();
	let billing: BlockNumberFor<T> = (INTERVAL * PER_PERIOD).into();
	Pallet::<T>::do_offer_published(0, &provider, &sla, billing).expect("monitored");
	Pallet::<T>::do_set_offer_committee(
		provider.clone(),
		0,
		BoundedVec::truncate_from(members.clone()),
	)
	.expect("nominates");
	if consent {
		for member in &members {
			Pallet::<T>::do_consent(member.clone(), 0, true).expect("consents");
		}
	}
	Setup { provider, members }
}

/// Agreement 0 of offer 0 running from block 1 for `term` periods.
fn running<T: Config>(term: u32) -> Setup<T> {
	let setup = offer::<T>(true);
	let consumer = funded::<T>("consumer", 0);
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	Pallet::<T>::do_agreement_ordered(0, 0, &consumer, term).expect("orders");
	Pallet::<T>::do_agreement_activated(0, 1u32.into()).expect("starts");
	setup
}

/// Every member but the last reports interval `interval` (the first one
/// lies).
fn all_but_one_report<T: Config>(setup: &Setup<T>, interval: u32) {
	frame_system::Pallet::<T>::set_block_number((1 + INTERVAL * (interval + 1)).into());
	for (index, member) in setup.members.iter().enumerate().take(setup.members.len() - 1) {
		let reported = if index == 0 { lie() } else { values() };
		Pallet::<T>::do_report(member.clone(), 0, interval, reported, H256::zero())
			.expect("reports");
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_template() {
		let owner = funded::<T>("owner", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), template::<T>());
		assert!(Templates::<T>::contains_key(Pallet::<T>::template_hash(&template::<T>())));
	}

	#[benchmark]
	fn remove_template() {
		let owner = funded::<T>("owner", 0);
		Pallet::<T>::do_create_template(owner.clone(), template::<T>()).expect("stores");
		let sla = Pallet::<T>::template_hash(&template::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), sla);
		assert!(!Templates::<T>::contains_key(sla));
	}

	#[benchmark]
	fn register_oracle() {
		let who = funded::<T>("oracle", 0);
		T::Roles::grant_role_for_benchmarks(&who, Role::MonitoringOracle).expect("grants");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::MinOracleBond::get());
		assert!(Oracles::<T>::contains_key(&who));
	}

	#[benchmark]
	fn unregister_oracle() {
		let who = oracle::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Oracles::<T>::contains_key(&who));
	}

	/// Replaces a nomination every nominee but the last consented to.
	#[benchmark]
	fn set_offer_committee() {
		let setup = offer::<T>(false);
		for member in setup.members.iter().take(setup.members.len() - 1) {
			Pallet::<T>::do_consent(member.clone(), 0, true).expect("consents");
		}
		let others = (100..100 + T::MaxCommittee::get()).map(oracle::<T>).collect::<Vec<_>>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(setup.provider),
			0 as OfferId,
			BoundedVec::truncate_from(others.clone()),
		);
		let nominated = OfferCommittees::<T>::get(0).expect("monitored").committee;
		assert_eq!(nominated[0].oracle, others[0]);
	}

	/// The last consent: the whole committee is checked.
	#[benchmark]
	fn consent_to_committee() {
		let setup = offer::<T>(false);
		for member in setup.members.iter().take(setup.members.len() - 1) {
			Pallet::<T>::do_consent(member.clone(), 0, true).expect("consents");
		}
		let last = setup.members.last().expect("a committee").clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(last), 0 as OfferId, true);
		assert!(Pallet::<T>::committee_ready(&OfferCommittees::<T>::get(0).expect("monitored")));
	}

	/// A report that does not complete its interval: the one before the
	/// last, to the largest open interval.
	#[benchmark]
	fn report() {
		let setup = running::<T>(T::MaxTerm::get());
		all_but_one_report::<T>(&setup, 1);
		Monitored::<T>::mutate(0, |monitoring| {
			if let Some(open) = monitoring.as_mut().and_then(|m| m.open.as_mut()) {
				let _ = open.reports.pop();
			}
		});
		let before_last = setup.members[setup.members.len() - 2].clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(before_last), 0 as AgreementId, 1, values(), H256::zero());
		let open = Monitored::<T>::get(0).and_then(|m| m.open).expect("still open");
		assert_eq!(open.reports.len(), setup.members.len() - 1);
	}

	/// The last member's report completes the interval: the medians of
	/// eight objectives over the largest committee, a strike, every
	/// objective warned.
	#[benchmark]
	fn report_closing() {
		let setup = running::<T>(T::MaxTerm::get());
		all_but_one_report::<T>(&setup, 1);
		let last = setup.members.last().expect("a committee").clone();
		#[extrinsic_call]
		report(RawOrigin::Signed(last), 0 as AgreementId, 1, values(), H256::zero());
		assert!(Monitored::<T>::get(0).expect("monitored").open.is_none());
		assert_eq!(Periods::<T>::get(0, 0).measured, 1);
	}

	/// The interval with all but one report, after its window.
	#[benchmark]
	fn close_interval() {
		let setup = running::<T>(T::MaxTerm::get());
		all_but_one_report::<T>(&setup, 1);
		frame_system::Pallet::<T>::set_block_number((1 + INTERVAL * 3).into());
		#[extrinsic_call]
		_(RawOrigin::Signed(setup.provider), 0 as AgreementId);
		assert_eq!(Periods::<T>::get(0, 0).measured, 1);
	}

	#[benchmark]
	fn slash_oracle() -> Result<(), BenchmarkError> {
		let who = oracle::<T>(0);
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), T::MinOracleBond::get());
		assert!(Oracles::<T>::get(&who).expect("registered").ejected);
		Ok(())
	}

	/// The ejected member is paid what it earned.
	#[benchmark]
	fn replace_committee_member() -> Result<(), BenchmarkError> {
		let setup = running::<T>(T::MaxTerm::get());
		all_but_one_report::<T>(&setup, 0);
		frame_system::Pallet::<T>::set_block_number((1 + INTERVAL * 3).into());
		Pallet::<T>::do_close_interval(0).expect("closes");
		let old = setup.members[1].clone();
		Pallet::<T>::do_slash(old.clone(), 1u32.into()).expect("slashes");
		let new = oracle::<T>(100);
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0 as AgreementId, old, new.clone());
		assert_eq!(Monitored::<T>::get(0).expect("monitored").committee[1].oracle, new);
		Ok(())
	}

	#[benchmark]
	fn offer_published() {
		let provider = funded::<T>("provider", 0);
		Pallet::<T>::do_create_template(provider.clone(), template::<T>()).expect("stores");
		let sla = Pallet::<T>::template_hash(&template::<T>());
		let billing: BlockNumberFor<T> = (INTERVAL * PER_PERIOD).into();
		#[block]
		{
			Pallet::<T>::do_offer_published(0, &provider, &sla, billing).expect("monitored");
		}
		assert!(OfferCommittees::<T>::contains_key(0));
	}

	#[benchmark]
	fn offer_withdrawn() {
		let _ = offer::<T>(true);
		#[block]
		{
			Pallet::<T>::do_offer_withdrawn(0);
		}
		assert!(!OfferCommittees::<T>::contains_key(0));
	}

	#[benchmark]
	fn agreement_ordered() {
		let _ = offer::<T>(true);
		let consumer = funded::<T>("consumer", 0);
		#[block]
		{
			Pallet::<T>::do_agreement_ordered(0, 0, &consumer, T::MaxTerm::get()).expect("orders");
		}
		assert!(Monitored::<T>::contains_key(0));
	}

	#[benchmark]
	fn agreement_activated() {
		let _ = offer::<T>(true);
		let consumer = funded::<T>("consumer", 0);
		Pallet::<T>::do_agreement_ordered(0, 0, &consumer, T::MaxTerm::get()).expect("orders");
		#[block]
		{
			Pallet::<T>::do_agreement_activated(0, 1u32.into()).expect("starts");
		}
		assert!(!Monitored::<T>::get(0).expect("monitored").fees_held.is_zero());
	}

	/// Every member is paid what it earned.
	#[benchmark]
	fn agreement_ended() {
		let setup = running::<T>(T::MaxTerm::get());
		all_but_one_report::<T>(&setup, 0);
		frame_system::Pallet::<T>::set_block_number((1 + INTERVAL * 3).into());
		Pallet::<T>::do_close_interval(0).expect("closes");
		all_but_one_report::<T>(&setup, 2);
		#[block]
		{
			Pallet::<T>::do_agreement_ended(0).expect("ends");
		}
		assert!(Monitored::<T>::get(0).expect("kept").fees_held.is_zero());
	}

	/// A running agreement with `t` measured periods (a pending order
	/// ends the same way, with less to do).
	#[benchmark]
	fn agreement_purged(t: Linear<1, { T::MaxTerm::get() }>) {
		let _ = running::<T>(T::MaxTerm::get());
		for period in 0..t {
			Periods::<T>::insert(0, period, PeriodStats::default());
		}
		#[block]
		{
			Pallet::<T>::do_agreement_purged(0).expect("purges");
		}
		assert!(!Monitored::<T>::contains_key(0));
	}

	/// The period's last interval is still taking reports: it is
	/// aggregated; every member is paid; the provider's reputation moves.
	#[benchmark]
	fn evaluate_period() {
		let setup = running::<T>(T::MaxTerm::get());
		all_but_one_report::<T>(&setup, 0);
		all_but_one_report::<T>(&setup, PER_PERIOD - 1);
		Reputation::<T>::insert(&setup.provider, ProviderReputation::default());
		#[block]
		{
			Pallet::<T>::evaluate_period(0, 0, 1_000_000u32.into()).expect("evaluates");
		}
		assert!(Periods::<T>::get(0, 0).verdict.is_some());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
