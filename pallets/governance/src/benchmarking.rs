//! Benchmarks of every call, over the sizes that vary: members and validators.

use super::*;
use alloc::{boxed::Box, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get, ValidatorRegistration},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::StaticLookup;

/// A registered participant.
fn participant<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	if !T::Participants::is_active_participant(&who) {
		T::Participants::register_for_benchmarks(&who).expect("the registry registers");
	}
	who
}

/// Makes the consortium exactly `count` members strong (adding participants).
fn members<T: Config>(count: u32) {
	let mut index = 0;
	while (T::Membership::members().len() as u32) < count {
		let who = participant::<T>("member", index);
		if !T::Membership::is_member(&who) {
			T::Membership::add(&who).expect("below MaxMembers");
		}
		index += 1;
	}
	while (T::Membership::members().len() as u32) > count {
		let who = T::Membership::members()[0].clone();
		T::Membership::remove(&who).expect("a member");
	}
}

/// A participant with session keys.
fn validator<T: Config>(index: u32) -> T::AccountId {
	let who = participant::<T>("validator", index);
	T::BenchmarkHelper::set_session_keys(&who).expect("the helper sets keys");
	who
}

/// Makes the decided validator set `count` validators with keys.
fn validators<T: Config>(count: u32) {
	let set: Vec<T::AccountId> = (0..count).map(validator::<T>).collect();
	Validators::<T>::put(BoundedVec::truncate_from(set));
}

/// An equivocation as the consensus pallets report one: one offender in
/// one slot.
struct BenchmarkEquivocation<AccountId> {
	offender: AccountId,
}

impl<AccountId: Clone> sp_staking::offence::Offence<(AccountId, ())>
	for BenchmarkEquivocation<AccountId>
{
	const ID: sp_staking::offence::Kind = *b"bench:equivocate";
	type Slot = (u64, u64);
	fn offenders(&self) -> Vec<(AccountId, ())> {
		alloc::vec![(self.offender.clone(), ())]
	}
	fn session_index(&self) -> u32 {
		1
	}
	fn validator_set_count(&self) -> u32 {
		1
	}
	fn slot(&self) -> Self::Slot {
		(1, 1)
	}
	fn slash_fraction(&self, _offenders: u32) -> sp_runtime::Perbill {
		sp_runtime::Perbill::zero()
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_member(m: Linear<1, { T::MaxMembers::get() - 1 }>) -> Result<(), BenchmarkError> {
		members::<T>(m);
		let who = participant::<T>("candidate", m);
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(who.clone()));

		assert!(T::Membership::is_member(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_member(m: Linear<2, { T::MaxMembers::get() }>) -> Result<(), BenchmarkError> {
		members::<T>(m);
		let who = T::Membership::members()[0].clone();
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(who.clone()));

		assert!(!T::Membership::is_member(&who));
		Ok(())
	}

	#[benchmark]
	fn add_validator(
		v: Linear<{ T::MinValidators::get() }, { T::MaxValidators::get() - 1 }>,
	) -> Result<(), BenchmarkError> {
		validators::<T>(v);
		let who = validator::<T>(v);
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(who.clone()));

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(
		v: Linear<{ T::MinValidators::get() + 1 }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		validators::<T>(v);
		// The last one: the whole set is searched.
		let who = validator::<T>(v - 1);
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(who.clone()), true);

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	/// Every validator above `MinValidators` removed: the set is searched
	/// once per removal.
	#[benchmark]
	fn recover_finality(
		v: Linear<{ T::MinValidators::get() + 1 }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		validators::<T>(v);
		let remove: Vec<T::AccountId> = (T::MinValidators::get()..v).map(validator::<T>).collect();
		let remove = BoundedVec::truncate_from(remove);
		frame_system::Pallet::<T>::set_block_number(10u32.into());
		let best_finalized: BlockNumberFor<T> = 9u32.into();
		let delay = T::MaxRecoveryDelay::get();
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, remove, best_finalized, delay);

		assert_eq!(Validators::<T>::get().len() as u32, T::MinValidators::get());
		assert_eq!(
			FinalityRecovery::<T>::get(),
			Some(FinalityRecoveryPlan { best_finalized, delay })
		);
		Ok(())
	}

	#[benchmark]
	fn purge_session_keys(v: Linear<1, { T::MaxValidators::get() }>) {
		validators::<T>(v);
		// Not a validator, with keys: the set is read to the end.
		let who = validator::<T>(v);

		#[extrinsic_call]
		_(frame_system::RawOrigin::Signed(who.clone()));

		assert!(!T::SessionKeys::is_registered(&who));
	}

	#[benchmark]
	fn set_parameter() -> Result<(), BenchmarkError> {
		let current = Parameters::<T>::get();
		// The band: the check with the most comparisons.
		let parameter = MarketParameter::EnergyPriceBand {
			floor: current.energy_price_floor,
			cap: T::MaxEnergyPrice::get(),
		};
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameter);

		assert_eq!(Parameters::<T>::get().energy_price_cap, T::MaxEnergyPrice::get());
		Ok(())
	}

	#[benchmark]
	fn set_regulated_energy_price() -> Result<(), BenchmarkError> {
		let cap = Parameters::<T>::get().energy_price_cap;
		let origin =
			T::RegulatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, cap);

		assert_eq!(Parameters::<T>::get().regulated_energy_price, cap);
		Ok(())
	}

	#[benchmark]
	fn dispatch_as_root() -> Result<(), BenchmarkError> {
		// The overhead only: the inner call's weight is added to it.
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: Vec::new() }.into();
		let origin =
			T::RootOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		Ok(())
	}

	/// A consensus pallet's report of a validator's first equivocation:
	/// recorded and the validator taken out of a set of `v`, the last one
	/// (the whole set is searched).
	#[benchmark]
	fn report_offence(v: Linear<{ T::MinValidators::get() + 1 }, { T::MaxValidators::get() }>) {
		use sp_staking::offence::ReportOffence;
		validators::<T>(v);
		let offender = validator::<T>(v - 1);
		let reporter: T::AccountId = account("reporter", 0, 0);
		let offence = BenchmarkEquivocation::<T::AccountId> { offender: offender.clone() };

		#[block]
		{
			let reported = <Pallet<T> as ReportOffence<
				T::AccountId,
				(T::AccountId, ()),
				BenchmarkEquivocation<T::AccountId>,
			>>::report_offence(alloc::vec![reporter], offence);
			assert!(reported.is_ok());
		}

		assert!(!Validators::<T>::get().contains(&offender));
		assert!(Offenders::<T>::contains_key(&offender));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
