//! Every genesis preset builds a valid genesis state with the validators,
//! balances and (lack of) sudo key it promises.

mod common;

use common::genesis_state;
use frame_support::traits::fungible;
use sp_core::{crypto::Pair, ed25519, sr25519};
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use tsm_primitives::Role;
use tsm_runtime::{
	configs::governance::CouncilInstance,
	genesis_config_presets::{self as presets, CONSORTIUM_MEMBERS, ENDOWMENT},
	AccountId, Runtime, TsmIdentity,
};

/// (account, Aura key, GRANDPA key) of every genesis validator, as the
/// runtime sees them after genesis.
fn validators(ext: &mut sp_io::TestExternalities) -> Vec<(AccountId, [u8; 32], [u8; 32])> {
	ext.execute_with(|| {
		let accounts = pallet_session::Validators::<Runtime>::get();
		let aura = pallet_aura::Authorities::<Runtime>::get();
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(accounts.len(), aura.len());
		assert_eq!(accounts.len(), grandpa.len());
		accounts
			.into_iter()
			.zip(aura)
			.zip(grandpa)
			.map(|((account, aura), (grandpa, weight))| {
				assert_eq!(weight, 1, "every validator has the same vote");
				let aura: sr25519::Public = aura.into();
				let grandpa: ed25519::Public = grandpa.into();
				(account, aura.0, grandpa.0)
			})
			.collect()
	})
}

/// The council's members, checked to be the same in `pallet_membership` and
/// `pallet_collective`.
fn council(ext: &mut sp_io::TestExternalities) -> Vec<AccountId> {
	ext.execute_with(|| {
		let kept = pallet_membership::Members::<Runtime, CouncilInstance>::get().into_inner();
		assert_eq!(kept, pallet_collective::Members::<Runtime, CouncilInstance>::get());
		kept
	})
}

/// Governance's decided validator set equals the session's.
fn assert_governance_owns_the_validators(ext: &mut sp_io::TestExternalities) {
	ext.execute_with(|| {
		assert_eq!(
			pallet_tsm_governance::Validators::<Runtime>::get().into_inner(),
			pallet_session::Validators::<Runtime>::get()
		);
	})
}

fn sudo_key(ext: &mut sp_io::TestExternalities) -> Option<AccountId> {
	ext.execute_with(pallet_sudo::Key::<Runtime>::get)
}

fn free_balance(ext: &mut sp_io::TestExternalities, who: &AccountId) -> u128 {
	ext.execute_with(|| pallet_balances::Pallet::<Runtime>::free_balance(who))
}

/// Free and held (identity deposits) together.
fn total_balance(ext: &mut sp_io::TestExternalities, who: &AccountId) -> u128 {
	ext.execute_with(|| {
		<pallet_balances::Pallet<Runtime> as fungible::Inspect<AccountId>>::total_balance(who)
	})
}

fn is_participant(ext: &mut sp_io::TestExternalities, who: &AccountId) -> bool {
	ext.execute_with(|| TsmIdentity::is_active_participant(who))
}

fn issuer_roles(ext: &mut sp_io::TestExternalities, who: &AccountId) -> Vec<Role> {
	ext.execute_with(|| TsmIdentity::issuer_roles(who))
}

fn dev(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, [u8; 32], [u8; 32]) {
	(who.to_account_id(), who.public().0, grandpa.public().0)
}

#[test]
fn presets_are_listed() {
	let names: Vec<String> = presets::preset_names()
		.into_iter()
		.map(|id| {
			let name: &str = id.as_ref();
			name.to_string()
		})
		.collect();
	assert_eq!(names, ["development", "local", "consortium"]);
	assert!(presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn development_has_one_validator_and_a_sudo_key() {
	let mut ext = genesis_state(presets::DEVELOPMENT);
	assert_eq!(validators(&mut ext), [dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice)]);
	assert_eq!(sudo_key(&mut ext), Some(Sr25519Keyring::Alice.to_account_id()));
	assert_governance_owns_the_validators(&mut ext);
	// Sudo governs; there is no council.
	assert!(council(&mut ext).is_empty());
	for account in Sr25519Keyring::iter() {
		assert_eq!(free_balance(&mut ext, &account.to_account_id()), ENDOWMENT);
		// Participants and issuers are left to sudo and the apps.
		assert!(!is_participant(&mut ext, &account.to_account_id()));
		assert!(issuer_roles(&mut ext, &account.to_account_id()).is_empty());
	}
	// Disputes and settlement reviews last 30 s, so the whole settlement
	// cycle plays out in minutes; the other chains keep the runtime's.
	let (minimum, parameters) = ext.execute_with(|| {
		(
			pallet_tsm_governance::MinimumWindow::<Runtime>::get(),
			pallet_tsm_governance::Parameters::<Runtime>::get(),
		)
	});
	assert_eq!(minimum, 5);
	assert_eq!((parameters.dispute_window, parameters.netting_dispute_window), (10, 10));
	let mut local = genesis_state(presets::LOCAL);
	let (minimum, parameters) = local.execute_with(|| {
		(
			pallet_tsm_governance::MinimumWindow::<Runtime>::get(),
			pallet_tsm_governance::Parameters::<Runtime>::get(),
		)
	});
	assert_eq!(minimum, 10 * tsm_runtime::MINUTES);
	assert_eq!(parameters, tsm_runtime::configs::governance::DefaultParameters::get());
}

#[test]
fn local_has_two_validators_and_no_sudo_key() {
	let mut ext = genesis_state(presets::LOCAL);
	assert_eq!(
		validators(&mut ext),
		[
			dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev(Sr25519Keyring::Bob, Ed25519Keyring::Bob)
		]
	);
	assert_eq!(sudo_key(&mut ext), None);
	// Without sudo, the validators' operators are registered and Alice issues.
	let (alice, bob) = (Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Bob.to_account_id());
	assert!(is_participant(&mut ext, &alice) && is_participant(&mut ext, &bob));
	assert_eq!(issuer_roles(&mut ext, &alice), Role::ALL.to_vec());
	assert!(issuer_roles(&mut ext, &bob).is_empty());
	assert_eq!(total_balance(&mut ext, &alice), ENDOWMENT);
	assert_governance_owns_the_validators(&mut ext);
	let mut members = vec![alice, bob];
	members.sort();
	assert_eq!(council(&mut ext), members);
}

#[test]
fn consortium_has_four_members_with_their_own_keys_and_no_sudo_key() {
	let mut ext = genesis_state(presets::CONSORTIUM);
	let expected: Vec<_> = CONSORTIUM_MEMBERS
		.iter()
		.map(|m| (AccountId::from(m.account), m.aura, m.grandpa))
		.collect();
	assert_eq!(validators(&mut ext), expected);
	assert_eq!(sudo_key(&mut ext), None);
	assert_governance_owns_the_validators(&mut ext);
	// Every member organisation sits on the council.
	let mut members: Vec<AccountId> = expected.iter().map(|(a, _, _)| a.clone()).collect();
	members.sort();
	assert_eq!(council(&mut ext), members);

	let mut keys = std::collections::BTreeSet::new();
	for member in &CONSORTIUM_MEMBERS {
		// Endowed, part of it held for the member's registration.
		let account = AccountId::from(member.account);
		assert_eq!(total_balance(&mut ext, &account), ENDOWMENT);
		assert!(is_participant(&mut ext, &account), "{} is registered", member.name);
		let roles = if member.name == "regulator" { Role::ALL.to_vec() } else { vec![] };
		assert_eq!(issuer_roles(&mut ext, &account), roles, "{} accreditation", member.name);
		// The keys are the public halves of the seeds the README documents.
		let seed = format!("//tsm//consortium//{}", member.name);
		assert_eq!(sr25519::Pair::from_string(&seed, None).unwrap().public().0, member.account);
		let aura = sr25519::Pair::from_string(&format!("{seed}//aura"), None).unwrap();
		assert_eq!(aura.public().0, member.aura, "{} aura key", member.name);
		let grandpa = ed25519::Pair::from_string(&format!("{seed}//grandpa"), None).unwrap();
		assert_eq!(grandpa.public().0, member.grandpa, "{} grandpa key", member.name);
		// No key is shared between members or roles.
		for key in [member.account, member.aura, member.grandpa] {
			assert!(keys.insert(key), "{} reuses a key", member.name);
		}
	}
	// Nobody else holds funds.
	assert!(free_balance(&mut ext, &Sr25519Keyring::Alice.to_account_id()) == 0);
}
