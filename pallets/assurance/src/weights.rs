//! Weights of `pallet_tsm_assurance`: replaced by `scripts/benchmark-pallets.sh`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_assurance`.
pub trait WeightInfo {
	fn create_template() -> Weight;
	fn remove_template() -> Weight;
	fn register_oracle() -> Weight;
	fn unregister_oracle() -> Weight;
	fn set_offer_committee() -> Weight;
	fn consent_to_committee() -> Weight;
	fn report() -> Weight;
	fn close_interval() -> Weight;
	fn slash_oracle() -> Weight;
	fn replace_committee_member() -> Weight;
	fn offer_published() -> Weight;
	fn offer_withdrawn() -> Weight;
	fn agreement_ordered() -> Weight;
	fn agreement_activated() -> Weight;
	fn agreement_ended() -> Weight;
	fn agreement_purged(_t: u32, ) -> Weight;
	fn evaluate_period() -> Weight;
}

/// Weights measured on this machine, for the runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_template() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn remove_template() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn register_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn unregister_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn set_offer_committee() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn consent_to_committee() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn report() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn close_interval() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn slash_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn replace_committee_member() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn offer_published() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn offer_withdrawn() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn agreement_ordered() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn agreement_activated() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn agreement_ended() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn agreement_purged(_t: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn evaluate_period() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
}

/// The same weights with ParityDB's costs, for tests.
impl WeightInfo for () {
	fn create_template() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn remove_template() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn register_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn unregister_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn set_offer_committee() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn consent_to_committee() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn report() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn close_interval() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn slash_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn replace_committee_member() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn offer_published() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn offer_withdrawn() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn agreement_ordered() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn agreement_activated() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn agreement_ended() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn agreement_purged(_t: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn evaluate_period() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
}
