//! GRANDPA's weights as this runtime configures it. Its benchmarks measure
//! parts of its calls (`pallet_grandpa_parts.rs`, generated on this machine
//! by `scripts/benchmark-pallets.sh pallet_grandpa`), not its `WeightInfo`:
//! the report's weight is composed here from the steps it runs.

use super::pallet_grandpa_parts::{SubstrateWeight as Measured, WeightInfo as _};
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::WEIGHT_REF_TIME_PER_NANOS, Weight},
};

/// What every equivocation report (GRANDPA's and Aura's) runs besides
/// checking its own proof: the key-ownership proof, the block's author, and
/// governance recording the offence and taking the validator out.
pub fn key_ownership_and_offence<T>() -> Weight
where
	T: frame_system::Config + pallet_grandpa::Config + pallet_tsm_governance::Config,
{
	use pallet_tsm_governance::WeightInfo as _;
	// The reporter writes the proof's validator count: the whole set's
	// worth is charged instead.
	let validators = <T as pallet_grandpa::Config>::MaxAuthorities::get();
	// The current session's trie is rebuilt from every validator's keys
	// (Session.Validators, Session.NextKeys each), or a past session's root
	// read (Historical.HistoricalSessions); the trie work is FRAME's
	// estimate, 35 µs + 175 ns a validator.
	let key_ownership = Weight::from_parts(35_000 * WEIGHT_REF_TIME_PER_NANOS, 0)
		.saturating_add(Weight::from_parts(
			175 * WEIGHT_REF_TIME_PER_NANOS * u64::from(validators),
			0,
		))
		.saturating_add(T::DbWeight::get().reads(3 + u64::from(validators)));
	// The block's author, named as reporter of unsigned reports
	// (Authorship.Author, Aura and Session reads).
	let author = T::DbWeight::get().reads(4);
	// Governance records the offence and takes the validator out (measured).
	let offence = <T as pallet_tsm_governance::Config>::WeightInfo::report_offence(
		<T as pallet_tsm_governance::Config>::MaxValidators::get(),
	);
	key_ownership.saturating_add(author).saturating_add(offence)
}

pub struct WeightInfo<T>(PhantomData<T>);
impl<T> pallet_grandpa::WeightInfo for WeightInfo<T>
where
	T: frame_system::Config + pallet_grandpa::Config + pallet_tsm_governance::Config,
{
	/// `validator_count` comes from the report's key-ownership proof,
	/// which the reporter wrote: the whole set's worth is charged instead.
	fn report_equivocation(_validator_count: u32, _max_nominators: u32) -> Weight {
		// The two votes' signatures (measured), the set id's session and its
		// predecessor's (Grandpa.SetIdSession).
		Measured::<T>::check_equivocation_proof(1)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(key_ownership_and_offence::<T>())
	}

	fn note_stalled() -> Weight {
		Measured::<T>::note_stalled()
	}
}
