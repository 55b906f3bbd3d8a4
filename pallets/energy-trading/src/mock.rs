//! A mock runtime for the unit tests: system, balances and this pallet,
//! with roles, meters and the clock from values the tests edit.

use crate as pallet_tsm_energy;
use crate::*;
use core::time::Duration;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, UnixTime},
	PalletId,
};
use sp_runtime::{BuildStorage, Perbill, Permill};
use tsm_primitives::{
	ids::SlotIndex, CertifiedSources, DeliveredVia, Delivery, DeviceKind, DeviceRegistry,
	EnergySource, OnDeliverySettled, Role, RoleProvider,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Energy: pallet_tsm_energy,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

pub const ED: Balance = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU128<ED>;
}

/// Prosumers selling through their meters.
pub const SELLER_A: AccountId = 1;
pub const SELLER_B: AccountId = 2;
/// Consumers buying through theirs.
pub const BUYER_C: AccountId = 3;
pub const BUYER_D: AccountId = 4;
/// No energy credential; owns `METER_E`.
pub const OUTSIDER: AccountId = 5;
/// A consumer without funds; owns `METER_P`.
pub const PAUPER: AccountId = 6;
pub const METER_A: AccountId = 101;
pub const METER_B: AccountId = 102;
pub const METER_C: AccountId = 103;
pub const METER_D: AccountId = 104;
pub const METER_E: AccountId = 105;
pub const METER_P: AccountId = 106;
/// A monitoring probe of `SELLER_A`: not a meter.
pub const PROBE: AccountId = 107;
pub const MARKET: AccountId = 99;
pub const ENDOWMENT: Balance = 1_000_000;

/// 15-minute slots, gate closure 5 minutes before, readings within 10
/// minutes after.
pub const SLOT: u64 = 900_000;
pub const GATE: u64 = 300_000;
pub const WINDOW: u64 = 600_000;
pub const MIN_WH: u64 = 100;
pub const MAX_WH: u64 = 1_000_000;
pub const RETENTION: SlotIndex = 4;
/// The slot the tests trade.
pub const S: SlotIndex = 10;

parameter_types! {
	pub static Roles: Vec<(AccountId, Role)> = vec![];
	/// Milliseconds since the epoch.
	pub static Now: u64 = 1_000_000;
	/// 200 units per kWh: a Wh is worth 0.2.
	pub static Price: Balance = 200;
	/// Deliveries heard: (slot, seller and meter, buyer and meter, trade, Wh).
	pub static Delivered: Vec<Deliveries> = vec![];
	/// Devices the benchmarks registered.
	pub static BenchmarkDevices: Vec<(AccountId, AccountId, DeviceKind)> = vec![];
	pub const EnergyPalletId: PalletId = PalletId(*b"tsm/enrg");
	pub const CollateralShare: Perbill = Perbill::from_percent(50);
	pub const Timing15: SlotTiming =
		SlotTiming { length: SLOT, gate_closure: GATE, reading_window: WINDOW };
	pub const Fee: Permill = Permill::from_percent(1);
	/// Prices from 50 to 1,000 per kWh.
	pub static Band: (Balance, Balance) = (50, 1_000);
	/// Meters with a certified source.
	pub static Certified: Vec<(AccountId, EnergySource)> = vec![];
}

/// A tick is 10 per kWh: ticks 5 to 100 lie in the band.
pub const TICK: Balance = 10;
pub const MAX_FILLS: u32 = 4;

pub struct MockSources;
impl CertifiedSources<AccountId> for MockSources {
	fn certified_source(meter: &AccountId) -> Option<EnergySource> {
		Certified::get().into_iter().find(|(m, _)| m == meter).map(|(_, s)| s)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn certify_for_benchmarks(meter: &AccountId, _owner: &AccountId, source: EnergySource) {
		Certified::mutate(|certified| certified.push((*meter, source)));
	}
}

pub struct MockRoles;
impl RoleProvider<AccountId> for MockRoles {
	fn has_role(who: &AccountId, role: Role) -> bool {
		Roles::get().contains(&(*who, role))
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn grant_role_for_benchmarks(who: &AccountId, role: Role) -> Result<(), ()> {
		Roles::mutate(|r| r.push((*who, role)));
		Ok(())
	}
}

pub struct MockDevices;
impl DeviceRegistry<AccountId> for MockDevices {
	fn owner_of(device: &AccountId) -> Option<AccountId> {
		Self::device(device).map(|(owner, _)| owner)
	}
	fn device(device: &AccountId) -> Option<(AccountId, DeviceKind)> {
		match *device {
			METER_A..=METER_P => Some((*device - 100, DeviceKind::SmartMeter)),
			PROBE => Some((SELLER_A, DeviceKind::MonitoringProbe)),
			_ => BenchmarkDevices::get()
				.into_iter()
				.find(|(d, _, _)| d == device)
				.map(|(_, owner, kind)| (owner, kind)),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(
		device: &AccountId,
		owner: &AccountId,
		kind: DeviceKind,
	) -> Result<(), ()> {
		BenchmarkDevices::mutate(|d| d.push((*device, *owner, kind)));
		Ok(())
	}
}

pub struct Clock;
impl UnixTime for Clock {
	fn now() -> Duration {
		Duration::from_millis(Now::get())
	}
}

/// A delivery as the mock records it.
pub type Deliveries =
	(SlotIndex, Option<(AccountId, AccountId)>, Option<(AccountId, AccountId)>, DeliveredVia, u64);

pub struct RecordDeliveries;
impl OnDeliverySettled<AccountId> for RecordDeliveries {
	fn delivered(d: Delivery<'_, AccountId>) {
		let pair = |p: Option<(&AccountId, &AccountId)>| p.map(|(a, m)| (*a, *m));
		Delivered::mutate(|all| all.push((d.slot, pair(d.from), pair(d.to), d.via, d.wh)));
	}
}

impl pallet_tsm_energy::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = MockRoles;
	type Devices = MockDevices;
	type UnixTime = Clock;
	type RegulatedPrice = Price;
	type PriceBand = Band;
	type TickSize = ConstU128<TICK>;
	type MaxFills = ConstU32<MAX_FILLS>;
	type CertifiedSources = MockSources;
	type Collateral = CollateralShare;
	type PlatformFee = Fee;
	type MarketAccount = ConstU64<MARKET>;
	type OnDeliverySettled = RecordDeliveries;
	type PalletId = EnergyPalletId;
	type DefaultTiming = Timing15;
	type TimingOrigin = frame_system::EnsureRoot<AccountId>;
	type MaxSlotsAhead = ConstU64<96>;
	type ReadingRetention = ConstU64<RETENTION>;
	type MinOrderWh = ConstU64<MIN_WH>;
	type MaxWh = ConstU64<MAX_WH>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Clock;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for Clock {
	fn set_time(ms: u64) {
		Now::set(ms);
	}
}

/// Sellers are prosumers, buyers and the pauper consumers; everyone but the
/// pauper is funded; the pool holds the existential deposit.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let funded = [SELLER_A, SELLER_B, BUYER_C, BUYER_D, OUTSIDER, MARKET];
	pallet_balances::GenesisConfig::<Test> {
		balances: funded
			.into_iter()
			.map(|who| (who, ENDOWMENT))
			.chain([(Energy::pool_account(), ED)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	Roles::set(vec![
		(SELLER_A, Role::EnergyProsumer),
		(SELLER_B, Role::EnergyProsumer),
		(BUYER_C, Role::EnergyConsumer),
		(BUYER_D, Role::EnergyConsumer),
		(PAUPER, Role::EnergyConsumer),
	]);
	Now::set(1_000_000);
	Price::set(200);
	Band::set((50, 1_000));
	Certified::set(vec![]);
	Delivered::set(vec![]);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks the pallet's invariants and that no funds were
/// created or lost.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		test();
		Energy::do_try_state().expect("invariants hold after the test");
		assert_eq!(
			pallet_balances::TotalIssuance::<Test>::get(),
			issuance,
			"no funds created or lost"
		);
	});
}

pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Energy(event) => Some(event),
			_ => None,
		})
		.collect()
}

pub fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

/// The clock at `offset` ms after slot `slot` starts (negative: before).
pub fn at(slot: SlotIndex, offset: i64) {
	Now::set(((slot * SLOT) as i64 + offset) as u64);
}
