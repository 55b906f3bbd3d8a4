//! A mock runtime for the unit tests: system and this pallet. The consortium
//! acts as account [`CONSORTIUM`] (in the runtime: a council majority);
//! participants, members and session keys are plain lists the tests edit.

use crate as pallet_tsm_governance;
use crate::{MarketParameters, MembershipManager};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, IsInVec, ValidatorRegistration},
};
use frame_system::EnsureSignedBy;
use sp_runtime::{BuildStorage, DispatchResult, Perbill, Permill};
use tsm_primitives::ParticipantRegistry;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		TsmGovernance: pallet_tsm_governance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The account standing in for the consortium's majority.
pub const CONSORTIUM: AccountId = 100;
/// Holds the regulator's credential: sets the regulated energy price.
pub const REGULATOR: AccountId = 101;
/// Registered participants at genesis (6 and up are not).
pub const GENESIS_PARTICIPANTS: [AccountId; 5] = [1, 2, 3, 4, 5];
/// Genesis validators, all with keys.
pub const GENESIS_VALIDATORS: [AccountId; 4] = [1, 2, 3, 4];
pub const MIN_VALIDATORS: u32 = 2;
pub const MAX_VALIDATORS: u32 = 6;
pub const MAX_MEMBERS: u32 = 4;
pub const MIN_WINDOW: u64 = 10;
pub const MAX_WINDOW: u64 = 1_000;
pub const MAX_ENERGY_PRICE: u128 = 1_000;
/// Sessions end on this period when nothing changes.
pub const SESSION_PERIOD: u64 = 10;
pub const MAX_RECOVERY_DELAY: u64 = 50;

parameter_types! {
	pub static Participants: Vec<AccountId> = GENESIS_PARTICIPANTS.to_vec();
	pub static Members: Vec<AccountId> = vec![1, 2, 3];
	pub static WithKeys: Vec<AccountId> = GENESIS_VALIDATORS.to_vec();
	/// GRANDPA's state as the mock finality gadget keeps it.
	pub static FinalityChangePending: bool = false;
	pub static NextForcedChange: Option<u64> = None;
	/// What the last `note_stalled` asked for: (delay, best finalized).
	pub static StalledNoted: Option<(u64, u64)> = None;
	pub ConsortiumAccounts: Vec<AccountId> = vec![CONSORTIUM];
	pub RegulatorAccounts: Vec<AccountId> = vec![REGULATOR];
	pub const MaxPlatformFee: Permill = Permill::from_percent(10);
	pub const DefaultParameters: MarketParameters<u64> = MarketParameters {
		platform_fee: Permill::from_percent(1),
		order_timeout: 100,
		reporting_grace: 150,
		dispute_window: 200,
		netting_dispute_window: 300,
		regulated_energy_price: 200,
		energy_price_floor: 100,
		energy_price_cap: 500,
		energy_collateral: Perbill::from_percent(20),
	};
}

pub struct MockParticipants;
impl ParticipantRegistry<AccountId> for MockParticipants {
	fn is_active_participant(who: &AccountId) -> bool {
		Participants::get().contains(who)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(who: &AccountId) -> Result<(), ()> {
		Participants::mutate(|p| p.push(*who));
		Ok(())
	}
}

pub struct MockMembership;
impl MembershipManager<AccountId> for MockMembership {
	fn members() -> Vec<AccountId> {
		Members::get()
	}
	fn is_member(who: &AccountId) -> bool {
		Members::get().contains(who)
	}
	fn add(who: &AccountId) -> DispatchResult {
		frame_support::ensure!(Members::get().len() < MAX_MEMBERS as usize, "too many members");
		Members::mutate(|m| {
			m.push(*who);
			m.sort();
		});
		Ok(())
	}
	fn remove(who: &AccountId) -> DispatchResult {
		Members::mutate(|m| m.retain(|x| x != who));
		Ok(())
	}
	/// The mock keeps no proposals to re-count.
	fn change_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

pub struct MockFinality;
impl crate::FinalityGadget<u64> for MockFinality {
	fn change_pending() -> bool {
		FinalityChangePending::get()
	}
	fn next_forced_change() -> Option<u64> {
		NextForcedChange::get()
	}
	fn note_stalled(delay: u64, best_finalized: u64) {
		StalledNoted::set(Some((delay, best_finalized)));
	}
}

pub struct MockSessionKeys;
impl ValidatorRegistration<AccountId> for MockSessionKeys {
	fn is_registered(who: &AccountId) -> bool {
		WithKeys::get().contains(who)
	}
}

impl crate::SessionKeyRegistry<AccountId> for MockSessionKeys {
	fn purge_keys(who: &AccountId) -> sp_runtime::DispatchResult {
		WithKeys::mutate(|k| k.retain(|x| x != who));
		Ok(())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockSessionKeys {
	fn set_session_keys(who: &AccountId) -> Result<(), ()> {
		WithKeys::mutate(|k| k.push(*who));
		Ok(())
	}
}

impl pallet_tsm_governance::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ConsortiumOrigin = EnsureSignedBy<IsInVec<ConsortiumAccounts>, AccountId>;
	type RootOrigin = EnsureSignedBy<IsInVec<ConsortiumAccounts>, AccountId>;
	type Participants = MockParticipants;
	type Membership = MockMembership;
	type SessionKeys = MockSessionKeys;
	type Finality = MockFinality;
	type MaxRecoveryDelay = ConstU64<MAX_RECOVERY_DELAY>;
	type PeriodicSessions = pallet_session::PeriodicSessions<ConstU64<SESSION_PERIOD>, ConstU64<0>>;
	type MinValidators = ConstU32<MIN_VALIDATORS>;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MaxMembers = ConstU32<MAX_MEMBERS>;
	type MaxPlatformFee = MaxPlatformFee;
	type MinWindow = ConstU64<MIN_WINDOW>;
	type MaxWindow = ConstU64<MAX_WINDOW>;
	type RegulatorOrigin = EnsureSignedBy<IsInVec<RegulatorAccounts>, AccountId>;
	type MaxEnergyPrice = frame_support::traits::ConstU128<MAX_ENERGY_PRICE>;
	type DefaultParameters = DefaultParameters;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockSessionKeys;
}

/// Genesis: validators 1..=4 (with keys), members 1..=3, participants 1..=5.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_tsm_governance::GenesisConfig::<Test> {
		validators: GENESIS_VALIDATORS.to_vec(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	Participants::set(GENESIS_PARTICIPANTS.to_vec());
	Members::set(vec![1, 2, 3]);
	WithKeys::set(GENESIS_VALIDATORS.to_vec());
	FinalityChangePending::set(false);
	NextForcedChange::set(None);
	StalledNoted::set(None);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		TsmGovernance::do_try_state().expect("invariants hold after the test");
	});
}

/// The consortium's origin.
pub fn consortium() -> RuntimeOrigin {
	RuntimeOrigin::signed(CONSORTIUM)
}
