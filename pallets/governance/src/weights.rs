//! Weights of `pallet_tsm_governance` (replaced by the generated file).

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// The weight of each call of `pallet_tsm_governance`.
pub trait WeightInfo {
	fn admit_member(m: u32, ) -> Weight;
	fn remove_member(m: u32, ) -> Weight;
	fn add_validator(v: u32, ) -> Weight;
	fn remove_validator(v: u32, ) -> Weight;
	fn set_parameter() -> Weight;
	fn dispatch_as_root() -> Weight;
}

impl WeightInfo for () {
	fn admit_member(_m: u32, ) -> Weight { Weight::from_parts(50_000_000, 10_000) }
	fn remove_member(_m: u32, ) -> Weight { Weight::from_parts(50_000_000, 10_000) }
	fn add_validator(_v: u32, ) -> Weight { Weight::from_parts(50_000_000, 10_000) }
	fn remove_validator(_v: u32, ) -> Weight { Weight::from_parts(50_000_000, 10_000) }
	fn set_parameter() -> Weight { Weight::from_parts(50_000_000, 10_000) }
	fn dispatch_as_root() -> Weight { Weight::from_parts(50_000_000, 10_000) }
}

/// Measured weights (until generated: the estimates above).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn admit_member(m: u32, ) -> Weight { <() as WeightInfo>::admit_member(m) }
	fn remove_member(m: u32, ) -> Weight { <() as WeightInfo>::remove_member(m) }
	fn add_validator(v: u32, ) -> Weight { <() as WeightInfo>::add_validator(v) }
	fn remove_validator(v: u32, ) -> Weight { <() as WeightInfo>::remove_validator(v) }
	fn set_parameter() -> Weight { <() as WeightInfo>::set_parameter() }
	fn dispatch_as_root() -> Weight { <() as WeightInfo>::dispatch_as_root() }
}
