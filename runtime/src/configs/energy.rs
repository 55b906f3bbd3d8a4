//! P2P energy trading (`pallet_tsm_energy`): delivery slots, smart-meter
//! readings, the regulated exchange and its delivery settlement. The council
//! sets the regulated price (market parameters) and the slot timing.

use super::{
	governance::ConsortiumMajority,
	settlement::{MarketAccount, PlatformFee},
};
use crate::{Balances, Runtime, RuntimeHoldReason, Timestamp, TsmIdentity};
use frame_support::{
	parameter_types,
	traits::{ConstU64, Get},
	PalletId,
};
use pallet_tsm_energy::SlotTiming;
use pallet_tsm_governance::Parameters;
use sp_runtime::Perbill;

/// Slots in a day of 15-minute slots.
const SLOTS_PER_DAY: u64 = 96;

parameter_types! {
	/// The regulated exchange's pool.
	pub const EnergyPalletId: PalletId = PalletId(*b"tsm/enrg");
	/// 15-minute slots; markets close 5 minutes before a slot, meters report
	/// within 15 minutes after it.
	pub const DefaultTiming: SlotTiming =
		SlotTiming { length: 15 * 60_000, gate_closure: 5 * 60_000, reading_window: 15 * 60_000 };
	/// A seller posts a fifth of its sale's value and forfeits that share
	/// of every Wh it fails to deliver.
	pub const Collateral: Perbill = Perbill::from_percent(20);
}

/// The regulated price of a kWh, from governance's market parameters.
pub struct RegulatedPrice;
impl Get<crate::Balance> for RegulatedPrice {
	fn get() -> crate::Balance {
		Parameters::<Runtime>::get().regulated_energy_price
	}
}

impl pallet_tsm_energy::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = TsmIdentity;
	type Devices = TsmIdentity;
	type UnixTime = Timestamp;
	type RegulatedPrice = RegulatedPrice;
	type Collateral = Collateral;
	type PlatformFee = PlatformFee;
	type MarketAccount = MarketAccount;
	/// Guarantees of origin come with their own issue.
	type OnDeliverySettled = ();
	type PalletId = EnergyPalletId;
	type DefaultTiming = DefaultTiming;
	type TimingOrigin = ConsortiumMajority;
	type MaxSlotsAhead = ConstU64<SLOTS_PER_DAY>;
	/// A year: guarantees of origin are claimed against readings.
	type ReadingRetention = ConstU64<{ SLOTS_PER_DAY * 366 }>;
	type MinOrderWh = ConstU64<100>;
	/// 100 MWh per slot and meter.
	type MaxWh = ConstU64<100_000_000>;
	type WeightInfo = pallet_tsm_energy::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkClock;
}

/// Sets the block timestamp for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkClock;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_tsm_energy::BenchmarkHelper for BenchmarkClock {
	fn set_time(ms: u64) {
		pallet_timestamp::Now::<Runtime>::put(ms);
	}
}
