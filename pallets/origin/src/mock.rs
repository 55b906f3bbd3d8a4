//! A mock runtime for the unit tests: system and this pallet, with roles,
//! participants, meters, readings and the clock from values the tests edit.

use crate as pallet_tsm_origin;
use crate::*;
use core::time::Duration;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, UnixTime},
};
use sp_runtime::BuildStorage;
use tsm_primitives::{
	ids::SlotIndex, DeviceKind, DeviceRegistry, EnsureRole, MeterReadings, ParticipantRegistry,
	Role, RoleProvider,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		TsmOrigin: pallet_tsm_origin,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Prosumers with production behind their meters.
pub const PRODUCER: AccountId = 1;
pub const PRODUCER_B: AccountId = 2;
/// Consumers.
pub const BUYER: AccountId = 3;
pub const BUYER_D: AccountId = 4;
/// Owns `METER_E`, holds no credential and is no participant.
pub const OUTSIDER: AccountId = 5;
/// An issuing body.
pub const ISSUER: AccountId = 9;
pub const METER_A: AccountId = 101;
pub const METER_B: AccountId = 102;
pub const METER_C: AccountId = 103;
pub const METER_D: AccountId = 104;
pub const METER_E: AccountId = 105;
/// A monitoring probe of `PRODUCER`: not a meter.
pub const PROBE: AccountId = 107;

/// 15-minute slots.
pub const SLOT: u64 = 900_000;
/// Certificates live 10 slots by default, at most 20; records stay 5 slots
/// more.
pub const LIFETIME: u64 = 10 * SLOT;
pub const MAX_LIFETIME: u64 = 20 * SLOT;
pub const RETENTION: u64 = 5 * SLOT;
pub const MIN_TRANSFER: u64 = 100;
pub const MAX_REMOVAL: u32 = 4;
/// The slot the tests certify.
pub const S: SlotIndex = 10;

parameter_types! {
	pub const OriginPalletId: frame_support::PalletId = frame_support::PalletId(*b"tsm/orgn");
	pub static Roles: Vec<(AccountId, Role)> = vec![];
	/// Milliseconds since the epoch.
	pub static Now: u64 = 0;
	/// Readings: (meter, slot, exported, imported).
	pub static MeterData: Vec<(AccountId, SlotIndex, u64, u64)> = vec![];
	/// What each meter's trades deliver: (meter, slot, Wh).
	pub static TradeDeliveries: Vec<(AccountId, SlotIndex, u64)> = vec![];
	/// Meters whose owner changed: (meter, new owner).
	pub static MovedMeters: Vec<(AccountId, AccountId)> = vec![];
	/// Devices and participants the benchmarks registered.
	pub static BenchmarkDevices: Vec<(AccountId, AccountId, DeviceKind)> = vec![];
	pub static BenchmarkParticipants: Vec<AccountId> = vec![];
	pub const IssuingBody: Role = Role::IssuingBody;
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

pub struct MockParticipants;
impl ParticipantRegistry<AccountId> for MockParticipants {
	fn is_active_participant(who: &AccountId) -> bool {
		matches!(*who, PRODUCER..=BUYER_D | ISSUER) || BenchmarkParticipants::get().contains(who)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(who: &AccountId) -> Result<(), ()> {
		BenchmarkParticipants::mutate(|p| p.push(*who));
		Ok(())
	}
}

/// Meter `10x` belongs to account `x` unless moved; `PROBE` is a probe.
pub struct MockDevices;
impl DeviceRegistry<AccountId> for MockDevices {
	fn owner_of(device: &AccountId) -> Option<AccountId> {
		Self::device(device).map(|(owner, _)| owner)
	}
	fn device(device: &AccountId) -> Option<(AccountId, DeviceKind)> {
		if let Some((_, owner)) = MovedMeters::get().into_iter().find(|(m, _)| m == device) {
			return Some((owner, DeviceKind::SmartMeter));
		}
		match *device {
			METER_A..=METER_E => Some((*device - 100, DeviceKind::SmartMeter)),
			PROBE => Some((PRODUCER, DeviceKind::MonitoringProbe)),
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

pub struct MockReadings;
impl MeterReadings<AccountId> for MockReadings {
	fn reading(meter: &AccountId, slot: SlotIndex) -> Option<(u64, u64)> {
		MeterData::get()
			.into_iter()
			.find(|(m, s, _, _)| m == meter && *s == slot)
			.map(|(_, _, exported, imported)| (exported, imported))
	}
	fn trade_delivery(meter: &AccountId, slot: SlotIndex) -> u64 {
		TradeDeliveries::get()
			.into_iter()
			.find(|(m, s, _)| m == meter && *s == slot)
			.map_or(0, |(_, _, wh)| wh)
	}
	fn slot_bounds(slot: SlotIndex) -> (u64, u64) {
		(slot * SLOT, (slot + 1) * SLOT)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set_reading_for_benchmarks(
		meter: &AccountId,
		slot: SlotIndex,
		exported: u64,
		imported: u64,
	) -> Result<(), ()> {
		MeterData::mutate(|d| d.push((*meter, slot, exported, imported)));
		Ok(())
	}
}

pub struct Clock;
impl UnixTime for Clock {
	fn now() -> Duration {
		Duration::from_millis(Now::get())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for Clock {
	fn set_time(ms: u64) {
		Now::set(ms);
	}
}

impl pallet_tsm_origin::Config for Test {
	type Roles = MockRoles;
	type Devices = MockDevices;
	type Participants = MockParticipants;
	type Readings = MockReadings;
	type UnixTime = Clock;
	type IssuerOrigin = EnsureRole<MockRoles, IssuingBody, AccountId>;
	type LifetimeOrigin = frame_system::EnsureRoot<AccountId>;
	type DefaultLifetime = ConstU64<LIFETIME>;
	type MaxLifetime = ConstU64<MAX_LIFETIME>;
	type RecordRetention = ConstU64<RETENTION>;
	type MinTransferWh = ConstU64<MIN_TRANSFER>;
	type MaxHistoryRemoval = ConstU32<MAX_REMOVAL>;
	type PalletId = OriginPalletId;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Clock;
}

/// Producers are prosumers, `ISSUER` an issuing body; the clock stands
/// at slot 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	Roles::set(vec![
		(PRODUCER, Role::EnergyProsumer),
		(PRODUCER_B, Role::EnergyProsumer),
		(BUYER, Role::EnergyConsumer),
		(BUYER_D, Role::EnergyConsumer),
		(ISSUER, Role::IssuingBody),
	]);
	Now::set(SLOT);
	MeterData::set(vec![]);
	TradeDeliveries::set(vec![]);
	MovedMeters::set(vec![]);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		TsmOrigin::do_try_state().expect("invariants hold after the test");
	});
}

pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TsmOrigin(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The clock at `offset` ms after slot `slot` starts.
pub fn at(slot: SlotIndex, offset: u64) {
	Now::set(slot * SLOT + offset);
}

/// A reading of `meter` in `slot`.
pub fn read(meter: AccountId, slot: SlotIndex, exported: u64, imported: u64) {
	MeterData::mutate(|d| d.push((meter, slot, exported, imported)));
}

/// Declares a 10 kW solar device behind `PRODUCER`'s meter and approves
/// it (at slot 1).
pub fn approved_solar() {
	declare(PRODUCER, METER_A, EnergySourceOf::Solar);
	frame_support::assert_ok!(TsmOrigin::approve_device(signed(ISSUER), METER_A));
}

pub use tsm_primitives::EnergySource as EnergySourceOf;

/// Declares a 10 kW device of `source` behind `meter`.
pub fn declare(owner: AccountId, meter: AccountId, source: EnergySourceOf) {
	frame_support::assert_ok!(TsmOrigin::declare_device(
		signed(owner),
		meter,
		source,
		10_000,
		0,
		b"DE-LU".to_vec().try_into().unwrap(),
		sp_core::H256::repeat_byte(7),
	));
}

/// The holding of `who` in certificate `id` (all zero if none).
pub fn holding(who: AccountId, id: CertificateId) -> Holding {
	Holdings::<Test>::get(who, id).unwrap_or_default()
}

/// The certificate `id`.
pub fn certificate(id: CertificateId) -> CertificateOf<Test> {
	Certificates::<Test>::get(id).expect("the certificate exists")
}
