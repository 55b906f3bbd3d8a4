//! Organisations act on chain through batches (`pallet_utility`) and
//! multisig accounts of their officers (`pallet_multisig`).

use super::deposit;
use crate::{Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, System};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	/// Held by whoever opens a multisig operation, until it executes or is cancelled.
	pub const DepositBase: crate::Balance = deposit(1, 88);
	pub const DepositFactor: crate::Balance = deposit(0, 32);
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = DepositBase;
	type DepositFactor = DepositFactor;
	type MaxSignatories = ConstU32<20>;
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = System;
}
