//! A mock runtime for the unit tests: system, balances and this pallet, with
//! roles from a list the tests edit.

use crate as pallet_tsm_settlement;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
use frame_support::{pallet_prelude::DispatchResult, weights::Weight};
use sp_core::H256;
use sp_runtime::{BuildStorage, Perbill, Permill};
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
		Settlement: pallet_tsm_settlement,
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
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The mobile network operator.
pub const MNO: AccountId = 1;
/// A small cell provider.
pub const SCP: AccountId = 2;
/// A second small cell provider.
pub const SCP2: AccountId = 3;
/// An account without a provider role.
pub const CONSUMER: AccountId = 4;
/// An account without funds.
pub const PAUPER: AccountId = 5;

pub const ENDOWMENT: Balance = 1_000_000;
pub const OFFER_DEPOSIT: Balance = 10;
pub const ORDER_TIMEOUT: u64 = 10;
pub const MAX_OFFERS: u32 = 2;
pub const MAX_AGREEMENTS: u32 = 3;
pub const MAX_TERM: u32 = 12;

/// Receives the platform fees.
pub const MARKET: AccountId = 99;
/// A meter owned by the first small cell provider.
pub const SCP_DEVICE: AccountId = 20;
pub const DISPUTE_WINDOW: u64 = 5;
pub const REPORTING_GRACE: u64 = 3;
pub const MAX_PENDING: u32 = 2;
pub const NETTING_WINDOW: u64 = 5;
pub const MAX_GROUP: u32 = 3;
pub const MAX_CHARGES: u32 = 3;
pub const GROUP_DEPOSIT: Balance = 50;

parameter_types! {
	pub static Roles: Vec<(AccountId, Role)> = vec![];
	/// The SLA penalty share of every period.
	pub static Penalty: Perbill = Perbill::zero();
	pub const PlatformFee: Permill = Permill::from_percent(1);
	pub static ExistentialDeposit: Balance = 1;
}

pub struct MockDevices;
impl DeviceRegistry<AccountId> for MockDevices {
	fn owner_of(device: &AccountId) -> Option<AccountId> {
		(*device == SCP_DEVICE).then_some(SCP)
	}
	fn device(device: &AccountId) -> Option<(AccountId, tsm_primitives::DeviceKind)> {
		Self::owner_of(device).map(|owner| (owner, tsm_primitives::DeviceKind::SmallCell))
	}
}

pub struct MockPenalties;
impl SlaPenaltyProvider<AccountId, Balance, u64> for MockPenalties {
	fn offer_published(_: OfferId, _: &AccountId, _: &H256, _: u64) -> DispatchResult {
		Ok(())
	}
	fn offer_withdrawn(_: OfferId) {}
	fn agreement_ordered(
		_: AgreementId,
		_: OfferId,
		_: &AccountId,
		_: PeriodIndex,
	) -> DispatchResult {
		Ok(())
	}
	fn agreement_activated(_: AgreementId, _: u64) -> DispatchResult {
		Ok(())
	}
	fn agreement_ended(_: AgreementId) -> DispatchResult {
		Ok(())
	}
	fn agreement_purged(_: AgreementId) -> DispatchResult {
		Ok(())
	}
	fn evaluate(
		_: AgreementId,
		_: PeriodIndex,
		_: Balance,
	) -> Result<(Perbill, Weight), sp_runtime::DispatchError> {
		Ok((Penalty::get(), Weight::zero()))
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

impl pallet_tsm_settlement::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = MockRoles;
	type OrderTimeout = ConstU64<ORDER_TIMEOUT>;
	type ReportingGrace = ConstU64<REPORTING_GRACE>;
	type DisputeWindow = ConstU64<DISPUTE_WINDOW>;
	type PlatformFee = PlatformFee;
	type MarketAccount = ConstU64<MARKET>;
	type ArbitrationOrigin = frame_system::EnsureRoot<AccountId>;
	type Devices = MockDevices;
	type Assurance = MockPenalties;
	type NettingDisputeWindow = ConstU64<NETTING_WINDOW>;
	type MaxGroupMembers = ConstU32<MAX_GROUP>;
	type MaxChargesPerMember = ConstU32<MAX_CHARGES>;
	type GroupDeposit = ConstU128<GROUP_DEPOSIT>;
	type OfferDeposit = ConstU128<OFFER_DEPOSIT>;
	type MaxCells = ConstU32<4>;
	type MaxGeohashLength = ConstU32<12>;
	type MaxOffersPerProvider = ConstU32<MAX_OFFERS>;
	type MaxAgreementsPerAccount = ConstU32<MAX_AGREEMENTS>;
	type MaxTerm = ConstU32<MAX_TERM>;
	type MaxPendingOrders = ConstU32<MAX_PENDING>;
	type WeightInfo = ();
}

/// MNO and the two small cell providers hold their roles; everyone but
/// PAUPER is funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [MNO, SCP, SCP2, CONSUMER, MARKET]
			.into_iter()
			.map(|who| (who, ENDOWMENT))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	Penalty::set(Perbill::zero());
	Roles::set(vec![
		(MNO, Role::NetworkOperator),
		(SCP, Role::SmallCellProvider),
		(SCP2, Role::SmallCellProvider),
	]);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks the pallet's invariants and that no funds were
/// created or destroyed.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		test();
		Settlement::do_try_state().expect("invariants hold after the test");
		holds_match_records().expect("every hold has its records");
		assert_eq!(
			pallet_balances::TotalIssuance::<Test>::get(),
			issuance,
			"no funds created or lost"
		);
	});
}

/// Every hold the balances pallet keeps for this pallet equals what the
/// records say (`try_state` starts from the records and cannot see a hold
/// left on an account without any).
pub fn holds_match_records() -> Result<(), &'static str> {
	let recorded = Settlement::recorded_holds();
	let mut held = 0;
	for (who, holds) in pallet_balances::Holds::<Test>::iter() {
		for hold in holds {
			// The mock's only holds are this pallet's.
			let RuntimeHoldReason::Settlement(reason) = hold.id;
			held += 1;
			if recorded.get(&(who, reason as u8)).copied().unwrap_or(0) != hold.amount {
				return Err("a hold differs from its records");
			}
		}
	}
	if held != recorded.len() {
		return Err("a record's hold is missing");
	}
	Ok(())
}

// --- helpers shared by the unit tests ---

pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// This pallet's events, in order.
pub fn events() -> Vec<pallet_tsm_settlement::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Settlement(e) = r.event { Some(e) } else { None })
		.collect()
}

pub fn last_event() -> pallet_tsm_settlement::Event<Test> {
	events().pop().expect("an event of this pallet")
}

pub fn held(reason: pallet_tsm_settlement::HoldReason, who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&reason.into(), &who)
}

/// Site access on two cells: 100 per period plus 2 per unit, 10 units,
/// periods of 20 blocks, at least 3 of them, a bond of 500, a termination
/// fee of 150.
pub fn site_access() -> pallet_tsm_settlement::OfferTermsOf<Test> {
	use pallet_tsm_settlement::{Coverage, OfferKind, OfferTerms, PriceModel};
	OfferTerms {
		kind: OfferKind::SmallCellSiteAccess,
		coverage: Coverage::Cells(frame_support::BoundedVec::truncate_from(vec![
			310_260_001,
			310_260_002,
		])),
		capacity: 10,
		price: PriceModel { flat_per_period: 100, unit_price: 2 },
		billing_period: 20,
		minimum_term: 3,
		sla: sp_core::H256::repeat_byte(7),
		bond: 500,
		termination_fee: 150,
		valid_until: 1_000,
		auto_accept: false,
	}
}

/// Publishes `terms` for `provider`; returns the offer's id.
pub fn publish(provider: AccountId, terms: pallet_tsm_settlement::OfferTermsOf<Test>) -> u64 {
	frame_support::assert_ok!(Settlement::publish_offer(signed(provider), terms));
	pallet_tsm_settlement::NextOfferId::<Test>::get() - 1
}
