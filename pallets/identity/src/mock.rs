//! A mock runtime for the unit tests: system, balances and this pallet, with
//! real sr25519 accounts (devices sign proofs) and a settable clock.

use crate as pallet_tsm_identity;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, IsInVec, Time},
};
use frame_system::EnsureRoot;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage, MultiSignature, MultiSigner};

type Block = frame_system::mocking::MockBlockU32<Test>;
pub type AccountId = AccountId32;
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		TsmIdentity: pallet_tsm_identity,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
}

parameter_types! {
	/// The mock clock, in unix milliseconds.
	pub static Now: u64 = 1_000_000;
	/// Accounts holding a seat in governance.
	pub static SeatHolders: Vec<AccountId> = vec![];
}

/// Reads [`Now`].
pub struct MockTime;
impl Time for MockTime {
	type Moment = u64;
	fn now() -> u64 {
		Now::get()
	}
}

pub const BASE_DEPOSIT: Balance = 100;
pub const BYTE_DEPOSIT: Balance = 1;
pub const DEVICE_DEPOSIT: Balance = 50;
pub const CREDENTIAL_DEPOSIT: Balance = 20;
pub const MAX_KEYS: u32 = 3;
pub const MAX_ENDPOINTS: u32 = 2;
pub const MAX_DEVICES: u32 = 2;

impl pallet_tsm_identity::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = MockTime;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type SeatHolders = IsInVec<SeatHolders>;
	type DeviceSignature = MultiSignature;
	type DeviceSigner = MultiSigner;
	type ParticipantBaseDeposit = ConstU128<BASE_DEPOSIT>;
	type ByteDeposit = ConstU128<BYTE_DEPOSIT>;
	type DeviceDeposit = ConstU128<DEVICE_DEPOSIT>;
	type CredentialDeposit = ConstU128<CREDENTIAL_DEPOSIT>;
	type MaxKeys = ConstU32<MAX_KEYS>;
	type MaxEndpoints = ConstU32<MAX_ENDPOINTS>;
	type MaxEndpointIdLength = ConstU32<16>;
	type MaxUrlLength = ConstU32<64>;
	type MaxDevices = ConstU32<MAX_DEVICES>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// What every funded test account starts with.
pub const ENDOWMENT: Balance = 1_000_000;

/// The account of a keyring member.
pub fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

/// Alice, Bob, Charlie, Dave and Eve are funded; Ferdie and the `//One`,
/// `//Two` keys (used as devices) are not.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
		]
		.into_iter()
		.map(|who| (account(who), ENDOWMENT))
		.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	// Benchmarks create device keys in a keystore.
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		Now::set(1_000_000);
		SeatHolders::set(vec![]);
	});
	ext
}

/// Runs `test`, then checks the pallet's invariants and that every hold of
/// the pallet is what its records say.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		TsmIdentity::do_try_state().expect("invariants hold after the test");
		holds_match_records().expect("every hold has its records");
	});
}

/// Every hold the balances pallet keeps for this pallet equals what the
/// records say (`try_state` starts from the records and cannot see a hold
/// left on an account without any).
pub fn holds_match_records() -> Result<(), &'static str> {
	for (who, holds) in pallet_balances::Holds::<Test>::iter() {
		for hold in holds {
			// The mock's only holds are this pallet's.
			let RuntimeHoldReason::TsmIdentity(reason) = hold.id;
			if TsmIdentity::recorded_hold(&reason, &who) != hold.amount {
				return Err("a hold differs from its records");
			}
		}
	}
	Ok(())
}
