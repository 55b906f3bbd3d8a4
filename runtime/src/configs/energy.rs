//! P2P energy trading (`pallet_tsm_energy`): delivery slots, smart-meter
//! readings, the regulated exchange, the continuous market and their
//! delivery settlement. The regulator sets the regulated price, the council
//! the price band, the collateral share (market parameters) and the slot
//! timing.

use super::{
	governance::ConsortiumMajority,
	settlement::{MarketAccount, PlatformFee},
};
use crate::{Balances, Runtime, RuntimeHoldReason, Timestamp, TsmIdentity};
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Get},
	PalletId,
};
use pallet_tsm_energy::SlotTiming;
use pallet_tsm_governance::Parameters;
use sp_runtime::Perbill;
use tsm_primitives::token::MILLI_UNIT;

/// Slots in a day of 15-minute slots.
const SLOTS_PER_DAY: u64 = 96;

parameter_types! {
	/// The regulated exchange's pool.
	pub const EnergyPalletId: PalletId = PalletId(*b"tsm/enrg");
	/// 15-minute slots; markets close 5 minutes before a slot, meters report
	/// within 15 minutes after it.
	pub const DefaultTiming: SlotTiming =
		SlotTiming { length: 15 * 60_000, gate_closure: 5 * 60_000, reading_window: 15 * 60_000 };
}

/// The share of a sale's value a seller posts as collateral and forfeits
/// per undelivered Wh, from governance's market parameters (20 % unless the
/// council changes it).
pub struct Collateral;
impl Get<Perbill> for Collateral {
	fn get() -> Perbill {
		Parameters::<Runtime>::get().energy_collateral
	}
}

/// The band continuous-market prices lie in, from governance's market
/// parameters.
pub struct PriceBand;
impl Get<(crate::Balance, crate::Balance)> for PriceBand {
	fn get() -> (crate::Balance, crate::Balance) {
		let parameters = Parameters::<Runtime>::get();
		(parameters.energy_price_floor, parameters.energy_price_cap)
	}
}

/// A tick of the continuous market is a thousandth of a token per kWh: its
/// 4,096 ticks span governance's highest band (`MaxEnergyPrice`, 4 tokens).
pub const TICK_SIZE: crate::Balance = MILLI_UNIT;

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
	type PriceBand = PriceBand;
	type TickSize = ConstU128<TICK_SIZE>;
	/// An order fills at most 16 others per call; anyone continues it.
	type MaxFills = ConstU32<16>;
	/// Approved production devices (guarantees of origin).
	type CertifiedSources = crate::TsmOrigin;
	type Collateral = Collateral;
	type PlatformFee = PlatformFee;
	type MarketAccount = MarketAccount;
	/// Certificate volume moves with delivered energy.
	type OnDeliverySettled = crate::TsmOrigin;
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
