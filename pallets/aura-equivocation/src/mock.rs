//! A mock runtime: system and this pallet, real sr25519 Aura keys (from a
//! test keystore), a key registry standing in for the session history and
//! an offence handler that records what it is told.

use crate as pallet_aura_equivocation;
use crate::BlockEquivocationOffence;
use codec::Encode;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU64, KeyOwnerProofSystem},
	weights::Weight,
};
use sp_consensus_aura::sr25519::AuthorityId;
use sp_runtime::{BuildStorage, KeyTypeId};
use sp_session::MembershipProof;
use sp_staking::offence::{OffenceError, ReportOffence};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		AuraEquivocation: pallet_aura_equivocation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The session the key registry proves keys in.
pub const SESSION: u32 = 3;

parameter_types! {
	/// Validators' Aura keys and their accounts.
	pub static Owners: Vec<(AuthorityId, AccountId)> = vec![];
	/// The offences reported: (reporters, offender, slot, session).
	pub static Reported: Vec<(Vec<AccountId>, AccountId, u64, u32)> = vec![];
	pub const ReportOverhead: Weight = Weight::from_parts(1_000, 0);
}

/// Proves a key with a "proof" naming it, in [`SESSION`].
pub struct MockKeyOwnership;
impl KeyOwnerProofSystem<(KeyTypeId, AuthorityId)> for MockKeyOwnership {
	type Proof = MembershipProof;
	type IdentificationTuple = (AccountId, ());

	fn prove((_, key): (KeyTypeId, AuthorityId)) -> Option<MembershipProof> {
		Some(MembershipProof {
			session: SESSION,
			trie_nodes: vec![key.encode()],
			validator_count: 4,
		})
	}

	fn check_proof(
		(key_type, key): (KeyTypeId, AuthorityId),
		proof: MembershipProof,
	) -> Option<(AccountId, ())> {
		if key_type != <AuthorityId as sp_runtime::RuntimeAppPublic>::ID
			|| proof.trie_nodes != vec![key.encode()]
		{
			return None;
		}
		Owners::get().into_iter().find(|(k, _)| *k == key).map(|(_, who)| (who, ()))
	}
}

pub struct MockOffences;
impl ReportOffence<AccountId, (AccountId, ()), BlockEquivocationOffence<(AccountId, ())>>
	for MockOffences
{
	fn report_offence(
		reporters: Vec<AccountId>,
		offence: BlockEquivocationOffence<(AccountId, ())>,
	) -> Result<(), OffenceError> {
		let (offender, ()) = offence.offender;
		if Self::is_known_offence(&[(offender, ())], &offence.slot) {
			return Err(OffenceError::DuplicateReport);
		}
		Reported::mutate(|r| r.push((reporters, offender, *offence.slot, offence.session_index)));
		Ok(())
	}

	fn is_known_offence(offenders: &[(AccountId, ())], slot: &crate::Slot) -> bool {
		offenders
			.iter()
			.all(|(who, ())| Reported::get().iter().any(|(_, o, s, _)| o == who && *s == **slot))
	}
}

impl pallet_aura_equivocation::Config for Test {
	type AuthorityId = AuthorityId;
	type KeyOwnerProof = MembershipProof;
	type IdentificationTuple = (AccountId, ());
	type KeyOwnership = MockKeyOwnership;
	type Offences = MockOffences;
	type ReportOverhead = ReportOverhead;
	type ReportLongevity = ConstU64<100>;
	type WeightInfo = ();
}

/// A fresh chain with a keystore for Aura keys; no validators registered.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	Owners::set(vec![]);
	Reported::set(vec![]);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
