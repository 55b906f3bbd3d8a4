//! A mock runtime for the unit tests: system, balances and this pallet,
//! with roles and devices from lists the tests edit. The tests play
//! settlement's part through the `SlaPenaltyProvider` calls.

use crate as pallet_tsm_assurance;
use crate::*;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, Perbill};
use tsm_primitives::{
	ids::{AgreementId, OfferId, PeriodIndex},
	DeviceRegistry, Role, RoleProvider, SlaPenaltyProvider,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assurance: pallet_tsm_assurance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU128<1>;
}

pub const PROVIDER: AccountId = 1;
pub const CONSUMER: AccountId = 2;
pub const ORACLES: [AccountId; 5] = [10, 11, 12, 13, 14];
/// Holds an oracle credential, never registers.
pub const UNREGISTERED: AccountId = 15;
/// Holds nothing.
pub const OUTSIDER: AccountId = 20;
/// A probe owned by `ORACLES[0]`.
pub const PROBE: AccountId = 30;
/// A device owned by `OUTSIDER`.
pub const STRAY_DEVICE: AccountId = 31;
/// A smart meter owned by `ORACLES[0]`: not a probe.
pub const METER_OF_ORACLE: AccountId = 32;
/// Has no funds.
pub const PAUPER: AccountId = 40;
pub const MARKET: AccountId = 99;
pub const ENDOWMENT: Balance = 1_000_000;
pub const TEMPLATE_DEPOSIT: Balance = 50;
pub const MIN_BOND: Balance = 100;
pub const MAX_INTERVALS: u32 = 20;
pub const MAX_TERM: u32 = 12;
/// Blocks per measurement interval of [`template`].
pub const INTERVAL: u64 = 10;
/// Blocks per billing period in the tests: 3 intervals.
pub const BILLING_PERIOD: u64 = 30;
pub const REPORT_FEE: Balance = 2;

parameter_types! {
	pub static Roles: Vec<(AccountId, Role)> = vec![];
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
		match *device {
			PROBE => Some(ORACLES[0]),
			STRAY_DEVICE => Some(OUTSIDER),
			_ => None,
		}
	}
	fn device(device: &AccountId) -> Option<(AccountId, tsm_primitives::DeviceKind)> {
		use tsm_primitives::DeviceKind::{MonitoringProbe, SmartMeter};
		match *device {
			PROBE => Some((ORACLES[0], MonitoringProbe)),
			STRAY_DEVICE => Some((OUTSIDER, MonitoringProbe)),
			METER_OF_ORACLE => Some((ORACLES[0], SmartMeter)),
			_ => None,
		}
	}
}

impl pallet_tsm_assurance::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = MockRoles;
	type Devices = MockDevices;
	type ArbitrationOrigin = frame_system::EnsureRoot<AccountId>;
	type MarketAccount = ConstU64<MARKET>;
	type TemplateDeposit = ConstU128<TEMPLATE_DEPOSIT>;
	type MinOracleBond = ConstU128<MIN_BOND>;
	type MinCommittee = ConstU32<3>;
	type MaxCommittee = ConstU32<5>;
	type MaxIntervalsPerPeriod = ConstU32<MAX_INTERVALS>;
	type MaxTerm = ConstU32<MAX_TERM>;
	type WeightInfo = ();
}

/// Every oracle and `UNREGISTERED` hold an oracle credential; everyone
/// but `PAUPER` is funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let funded = [PROVIDER, CONSUMER, UNREGISTERED, OUTSIDER, MARKET].into_iter().chain(ORACLES);
	pallet_balances::GenesisConfig::<Test> {
		balances: funded.map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	Roles::set(
		ORACLES
			.into_iter()
			.chain([UNREGISTERED])
			.map(|who| (who, Role::MonitoringOracle))
			.collect(),
	);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks the pallet's invariants, that every hold of
/// the pallet has its record and that no funds were created or lost.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		test();
		Assurance::do_try_state().expect("invariants hold after the test");
		let recorded: Balance = Assurance::recorded_holds().values().sum();
		let held: Balance = pallet_balances::Holds::<Test>::iter_values()
			.flat_map(|holds| holds.into_inner())
			.map(|hold| hold.amount)
			.sum();
		assert_eq!(held, recorded, "every hold has its record");
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
			RuntimeEvent::Assurance(event) => Some(event),
			_ => None,
		})
		.collect()
}

pub fn objective(
	metric: Metric,
	unit: Unit,
	comparator: Comparator,
	target: u64,
	tolerance: u64,
) -> Objective {
	Objective { metric, unit, comparator, target, warning: None, tolerance }
}

/// The eMBB slice's SLA: availability ≥ 99.9 %, p95 latency ≤ 20 ms,
/// throughput ≥ 100 Mbit/s; 10-block intervals; 90 % of the intervals
/// must comply; steps of 10 % (below 90 %), 25 % (below 60 %) and 50 %
/// (below 30 %), capped at 50 %.
pub fn template() -> TemplateOf<Test> {
	SlaTemplate {
		objectives: BoundedVec::truncate_from(vec![
			objective(
				Metric::Availability,
				Unit::PartsPerMillion,
				Comparator::AtLeast,
				999_000,
				500,
			),
			Objective {
				warning: Some(18),
				..objective(
					Metric::Latency { percentile: 95 },
					Unit::Milliseconds,
					Comparator::AtMost,
					20,
					2,
				)
			},
			objective(
				Metric::Throughput,
				Unit::KilobitsPerSecond,
				Comparator::AtLeast,
				100_000,
				5_000,
			),
		]),
		evaluation: EvaluationRule {
			interval: INTERVAL,
			required: Perbill::from_percent(90),
			grace_intervals: 0,
		},
		curve: PenaltyCurve::Steps(BoundedVec::truncate_from(vec![
			PenaltyTier { below: Perbill::from_percent(90), penalty: Perbill::from_percent(10) },
			PenaltyTier { below: Perbill::from_percent(60), penalty: Perbill::from_percent(25) },
			PenaltyTier { below: Perbill::from_percent(30), penalty: Perbill::from_percent(50) },
		])),
		cap: Perbill::from_percent(50),
		report_fee: REPORT_FEE,
	}
}

/// Values that meet every objective of [`template`].
pub fn good() -> ObjectiveValues {
	BoundedVec::truncate_from(vec![999_900, 12, 150_000])
}

/// Values that breach availability.
pub fn outage() -> ObjectiveValues {
	BoundedVec::truncate_from(vec![950_000, 12, 150_000])
}

/// Stores [`template`] and returns its hash.
pub fn store_template() -> H256 {
	assert_ok!(Assurance::create_template(signed(PROVIDER), template()));
	Assurance::template_hash(&template())
}

/// Registers the first `n` oracles with the minimum bond.
pub fn register(n: usize) {
	for oracle in &ORACLES[..n] {
		assert_ok!(Assurance::register_oracle(signed(*oracle), MIN_BOND));
	}
}

type Hooks = Pallet<Test>;

/// Settlement publishing `offer` naming `sla` with the test billing period.
pub fn publish(offer: OfferId, sla: H256) -> sp_runtime::DispatchResult {
	<Hooks as SlaPenaltyProvider<AccountId, Balance, u64>>::offer_published(
		offer,
		&PROVIDER,
		&sla,
		BILLING_PERIOD,
	)
}

pub fn committee(members: &[AccountId]) -> CommitteeOf<Test> {
	BoundedVec::truncate_from(members.to_vec())
}

/// A monitored offer `offer` whose committee is the first `n` oracles,
/// every one consented.
pub fn ready_offer(offer: OfferId, n: usize) -> H256 {
	let sla = store_template();
	register(n);
	assert_ok!(publish(offer, sla));
	assert_ok!(Assurance::set_offer_committee(signed(PROVIDER), offer, committee(&ORACLES[..n])));
	for oracle in &ORACLES[..n] {
		assert_ok!(Assurance::consent_to_committee(signed(*oracle), offer, true));
	}
	sla
}

pub fn order(
	agreement: AgreementId,
	offer: OfferId,
	term: PeriodIndex,
) -> sp_runtime::DispatchResult {
	<Hooks as SlaPenaltyProvider<AccountId, Balance, u64>>::agreement_ordered(
		agreement, offer, &CONSUMER, term,
	)
}

pub fn activate(agreement: AgreementId) -> sp_runtime::DispatchResult {
	<Hooks as SlaPenaltyProvider<AccountId, Balance, u64>>::agreement_activated(
		agreement,
		System::block_number(),
	)
}

pub fn evaluate(agreement: AgreementId, period: PeriodIndex, gross: Balance) -> Perbill {
	<Hooks as SlaPenaltyProvider<AccountId, Balance, u64>>::evaluate(agreement, period, gross)
		.expect("evaluation succeeds")
		.0
}

pub fn end(agreement: AgreementId) {
	assert_ok!(<Hooks as SlaPenaltyProvider<AccountId, Balance, u64>>::agreement_ended(agreement));
}

pub fn purge(agreement: AgreementId) {
	assert_ok!(<Hooks as SlaPenaltyProvider<AccountId, Balance, u64>>::agreement_purged(agreement));
}

/// Agreement 0 of offer 0, term `term`, with a running committee of the
/// first `n` oracles, started at block 1.
pub fn running(n: usize, term: PeriodIndex) {
	ready_offer(0, n);
	assert_ok!(order(0, 0, term));
	assert_ok!(activate(0));
}

/// Moves to `block`.
pub fn run_to(block: u64) {
	System::set_block_number(block);
}

/// The first block in which interval `interval` of an agreement started at
/// block 1 takes reports.
pub fn reports_open(interval: u32) -> u64 {
	1 + INTERVAL * (interval as u64 + 1)
}

/// Each of `reporters` reports `values` for `interval`.
pub fn report_all(interval: u32, reporters: &[AccountId], values: ObjectiveValues) {
	for reporter in reporters {
		assert_ok!(Assurance::report(
			signed(*reporter),
			0,
			interval,
			values.clone(),
			H256::repeat_byte(1)
		));
	}
}
