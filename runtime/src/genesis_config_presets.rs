//! Genesis presets: the starting state of each network.
//!
//! - `development`: one validator (Alice), a sudo key, funded dev accounts;
//!   what `tsm-node --dev` runs.
//! - `local`: two validators (Alice, Bob) on one machine, no sudo key.
//! - `consortium`: four member organisations, each with its own account and
//!   authority keys, no sudo key: Root belongs to the consortium's governance.
//!
//! The consortium keys below are the public halves of *test* seeds published
//! in the README (`//tsm//consortium//<member>...`); a real consortium
//! generates its own keys and writes their public halves into its chain spec.

use crate::{
	token::UNIT, AccountId, Balance, BalancesConfig, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{ed25519, sr25519};
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The preset of `tsm-node --dev`.
pub const DEVELOPMENT: &str = sp_genesis_builder::DEV_RUNTIME_PRESET;
/// Two validators on one machine.
pub const LOCAL: &str = "local";
/// Four member organisations.
pub const CONSORTIUM: &str = "consortium";

/// What each funded account starts with.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// A validator at genesis: the account that registered the keys, and the keys.
pub struct Validator {
	pub account: AccountId,
	pub aura: AuraId,
	pub grandpa: GrandpaId,
}

/// A member organisation of the `consortium` preset.
pub struct ConsortiumMember {
	/// Short name, also the last part of its test seeds.
	pub name: &'static str,
	/// `//tsm//consortium//<name>` (sr25519): the organisation's account.
	pub account: [u8; 32],
	/// `//tsm//consortium//<name>//aura` (sr25519): authors blocks.
	pub aura: [u8; 32],
	/// `//tsm//consortium//<name>//grandpa` (ed25519): votes on finality.
	pub grandpa: [u8; 32],
}

impl ConsortiumMember {
	fn validator(&self) -> Validator {
		Validator {
			account: self.account.into(),
			aura: sr25519::Public::from_raw(self.aura).into(),
			grandpa: ed25519::Public::from_raw(self.grandpa).into(),
		}
	}
}

/// The four members of the `consortium` preset: a mobile network operator, a
/// small cell provider, an energy utility and a regulator.
pub const CONSORTIUM_MEMBERS: [ConsortiumMember; 4] = [
	ConsortiumMember { name: "mno", account: [0; 32], aura: [0; 32], grandpa: [0; 32] },
	ConsortiumMember { name: "small-cells", account: [0; 32], aura: [0; 32], grandpa: [0; 32] },
	ConsortiumMember { name: "utility", account: [0; 32], aura: [0; 32], grandpa: [0; 32] },
	ConsortiumMember { name: "regulator", account: [0; 32], aura: [0; 32], grandpa: [0; 32] },
];

fn dev_validator(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> Validator {
	Validator { account: who.to_account_id(), aura: who.public().into(), grandpa: grandpa.public().into() }
}

/// The well-known development accounts, funded on `development` and `local`.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// The genesis state shared by every preset.
fn genesis(validators: Vec<Validator>, endowed: Vec<AccountId>, sudo: Option<AccountId>) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|who| (who, ENDOWMENT)).collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: validators
				.into_iter()
				.map(|v| {
					let keys = SessionKeys { aura: v.aura, grandpa: v.grandpa };
					(v.account.clone(), v.account, keys)
				})
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo },
	})
}

fn development() -> Value {
	genesis(
		vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

fn local() -> Value {
	genesis(
		vec![
			dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		dev_accounts(),
		None,
	)
}

fn consortium() -> Value {
	genesis(
		CONSORTIUM_MEMBERS.iter().map(ConsortiumMember::validator).collect(),
		CONSORTIUM_MEMBERS.iter().map(|m| AccountId::from(m.account)).collect(),
		None,
	)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEVELOPMENT => development(),
		LOCAL => local(),
		CONSORTIUM => consortium(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEVELOPMENT), PresetId::from(LOCAL), PresetId::from(CONSORTIUM)]
}
