//! The pallets the node's `benchmark pallet` command measures, and the two
//! functions behind the `Benchmark` runtime API.

use crate::{
	AllPalletsWithSystem, AuraEquivocation, Balances, Council, CouncilMembership, Grandpa,
	Identity, Multisig, Runtime, Sudo, Timestamp, TransactionPayment, TsmAssurance, TsmEnergy,
	TsmGovernance, TsmIdentity, TsmOrigin, TsmSettlement, Utility,
};
use alloc::{string::String, vec::Vec};
use frame_benchmarking::{
	baseline::Pallet as BaselineBench, BenchmarkBatch, BenchmarkConfig, BenchmarkList,
};
use frame_support::traits::{StorageInfo, StorageInfoTrait, WhitelistedStorageKeys};
use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_timestamp, Timestamp]
	[pallet_aura_equivocation, AuraEquivocation]
	[pallet_grandpa, Grandpa]
	[pallet_identity, Identity]
	[pallet_tsm_identity, TsmIdentity]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_tsm_governance, TsmGovernance]
	[pallet_tsm_settlement, TsmSettlement]
	[pallet_tsm_assurance, TsmAssurance]
	[pallet_tsm_energy, TsmEnergy]
	[pallet_tsm_origin, TsmOrigin]
	[pallet_multisig, Multisig]
	[pallet_utility, Utility]
	[pallet_sudo, Sudo]
);

impl frame_system_benchmarking::Config for Runtime {}
/// Fees are burnt, not paid to the author: nothing to set up.
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}
impl frame_benchmarking::baseline::Config for Runtime {}

/// Lists every benchmark of every pallet above.
pub fn metadata(extra: bool) -> (Vec<BenchmarkList>, Vec<StorageInfo>) {
	let mut list = Vec::<BenchmarkList>::new();
	list_benchmarks!(list, extra);
	(list, AllPalletsWithSystem::storage_info())
}

/// Runs the benchmarks that `config` selects.
pub fn dispatch(config: BenchmarkConfig) -> Result<Vec<BenchmarkBatch>, String> {
	let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
	let mut batches = Vec::<BenchmarkBatch>::new();
	let params = (&config, &whitelist);
	add_benchmarks!(params, batches);
	Ok(batches)
}
