//! Genesis presets: the starting state of each network.
//!
//! - `development`: one validator (Alice), a sudo key, funded dev accounts;
//!   what `tsm-node --dev` runs.
//! - `local`: two validators (Alice, Bob) on one machine, no sudo key; both
//!   registered organisations and the consortium council, Alice an
//!   accredited credential issuer.
//! - `consortium`: four member organisations, each with its own account and
//!   authority keys, no sudo key: Root belongs to the consortium's governance.
//!   The members are registered organisations and form the council (two
//!   thirds decide); the regulator is accredited to issue every role.
//!
//! The consortium keys below are the public halves of *test* seeds published
//! in the README (`//tsm//consortium//<member>...`); a real consortium
//! generates its own keys and writes their public halves into its chain spec.

use crate::{
	configs::governance::DefaultParameters, token::UNIT, AccountId, Balance, BalancesConfig,
	BlockNumber, CouncilMembershipConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys,
	SudoConfig, TsmEnergyConfig, TsmGovernanceConfig, TsmIdentityConfig, EXISTENTIAL_DEPOSIT,
	MINUTES,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_tsm_energy::SlotTiming;
use pallet_tsm_governance::MarketParameters;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{ed25519, sr25519};
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use tsm_primitives::Role;

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

/// 32 bytes from 64 hex digits, at compile time (a bad literal fails the build).
const fn hex32(hex: &str) -> [u8; 32] {
	const fn digit(c: u8) -> u8 {
		match c {
			b'0'..=b'9' => c - b'0',
			b'a'..=b'f' => c - b'a' + 10,
			_ => panic!("not a lowercase hex digit"),
		}
	}
	let hex = hex.as_bytes();
	assert!(hex.len() == 64, "a 32-byte key is 64 hex digits");
	let mut out = [0u8; 32];
	let mut i = 0;
	while i < 32 {
		out[i] = digit(hex[2 * i]) << 4 | digit(hex[2 * i + 1]);
		i += 1;
	}
	out
}

/// The four members of the `consortium` preset: a mobile network operator, a
/// small cell provider, an energy utility and a regulator.
pub const CONSORTIUM_MEMBERS: [ConsortiumMember; 4] = [
	ConsortiumMember {
		name: "mno",
		account: hex32("825c67d959ae28ed774e24d6403b326cc4be3ecf2233cc62b8854e7ee4872b06"),
		aura: hex32("5846b85c77f982d7aef1da645e8af225c663fdef01a394a62a57a2fc79352726"),
		grandpa: hex32("e51f99f19405970da3e150914ed6997841051846ba747cce79b997338e239b9f"),
	},
	ConsortiumMember {
		name: "small-cells",
		account: hex32("1ececee5d9af52cee3a0a940fa22562b16eeab8d22a893e688788cef7eb03e5c"),
		aura: hex32("cc03fdece7213e7989236326d992d5a1b70b2f6ed0d93e0619ad18428d953847"),
		grandpa: hex32("6683040e78e4683bf7f871e350c661a1a5902155a3d459972e4b45ca107d9597"),
	},
	ConsortiumMember {
		name: "utility",
		account: hex32("7085795c4e6405f2ef4ee11599d86abde1439fdfe236f924d4d070ec3f3d6860"),
		aura: hex32("1603c26c41a1f4eb114abdfa1c651d4cf9301c290e56e450fa670515121ca94a"),
		grandpa: hex32("cf3e9618f294fc0f9cb07ee6095386881b47a436bd1682279f2337e1e3b523c3"),
	},
	ConsortiumMember {
		name: "regulator",
		account: hex32("56b29d6b7d237ff9daf06729fe01704b5ee88690a42f7b5523657c6f09a24d76"),
		aura: hex32("fa9f33241ef333c640a5ab448751ea8cc9d586bd2234b9167299288800bd7b56"),
		grandpa: hex32("36c5c0884ce428d75f31023472c08af38fefc3be708b0180b21a617baa152cd9"),
	},
];

fn dev_validator(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> Validator {
	Validator {
		account: who.to_account_id(),
		aura: who.public().into(),
		grandpa: grandpa.public().into(),
	}
}

/// The well-known development accounts, funded on `development` and `local`.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// Who is a registered organisation, who issues credentials and who sits on
/// the consortium council from the first block.
#[derive(Default)]
struct Identities {
	organisations: Vec<AccountId>,
	/// Issuers accredited for every role.
	issuers: Vec<AccountId>,
	/// Council members (registered organisations).
	members: Vec<AccountId>,
}

/// Short windows for a development chain: a dispute or a settlement
/// period's review lasts 30 seconds, energy slots 30 seconds, so that apps
/// and tests see the whole settlement cycle in minutes.
struct Windows {
	minimum: BlockNumber,
	parameters: MarketParameters<BlockNumber>,
	energy: SlotTiming,
}

fn development_windows() -> Windows {
	let parameters = MarketParameters {
		order_timeout: 10 * MINUTES,
		reporting_grace: 5,
		dispute_window: 10,
		netting_dispute_window: 10,
		..DefaultParameters::get()
	};
	// 10-block slots; markets close 2 blocks before, meters report within 5.
	let energy = SlotTiming { length: 30_000, gate_closure: 6_000, reading_window: 15_000 };
	Windows { minimum: 5, parameters, energy }
}

/// The genesis state shared by every preset.
fn genesis(
	validators: Vec<Validator>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
	identities: Identities,
	windows: Option<Windows>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		tsm_identity: TsmIdentityConfig {
			organisations: identities.organisations,
			issuers: identities
				.issuers
				.into_iter()
				.map(|issuer| (issuer, Role::ALL.to_vec()))
				.collect::<Vec<_>>(),
		},
		balances: BalancesConfig {
			balances: endowed
				.into_iter()
				.map(|who| (who, ENDOWMENT))
				// The energy pool's account lives from the first block.
				.chain([(crate::TsmEnergy::pool_account(), EXISTENTIAL_DEPOSIT)])
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig {
			members: identities.members.try_into().expect("at most MaxMembers"),
		},
		tsm_governance: TsmGovernanceConfig {
			validators: validators.iter().map(|v| v.account.clone()).collect::<Vec<_>>(),
			min_window: windows.as_ref().map(|w| w.minimum),
			parameters: windows.as_ref().map(|w| w.parameters),
		},
		tsm_energy: TsmEnergyConfig { timing: windows.map(|w| w.energy) },
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
		// Sudo accredits issuers; apps register their own participants.
		Identities::default(),
		Some(development_windows()),
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
		// No sudo key: the validators' operators are registered and Alice
		// issues credentials, so the marketplace is usable from block 1.
		Identities {
			organisations: vec![
				Sr25519Keyring::Alice.to_account_id(),
				Sr25519Keyring::Bob.to_account_id(),
			],
			issuers: vec![Sr25519Keyring::Alice.to_account_id()],
			members: vec![
				Sr25519Keyring::Alice.to_account_id(),
				Sr25519Keyring::Bob.to_account_id(),
			],
		},
		None,
	)
}

fn consortium() -> Value {
	genesis(
		CONSORTIUM_MEMBERS.iter().map(ConsortiumMember::validator).collect(),
		CONSORTIUM_MEMBERS.iter().map(|m| AccountId::from(m.account)).collect(),
		None,
		// Every member is a registered organisation; the regulator issues
		// credentials until governance accredits others.
		Identities {
			organisations: CONSORTIUM_MEMBERS.iter().map(|m| AccountId::from(m.account)).collect(),
			issuers: CONSORTIUM_MEMBERS
				.iter()
				.filter(|m| m.name == "regulator")
				.map(|m| AccountId::from(m.account))
				.collect(),
			// The council: every member organisation, two thirds decide.
			members: CONSORTIUM_MEMBERS.iter().map(|m| AccountId::from(m.account)).collect(),
		},
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

/// The whole genesis config of the preset `id`: its patch laid over the
/// defaults, as the node's chain spec builder does. For native tools and
/// tests (the runtime's tests, the fuzzer); unknown fields in a preset are
/// an error, so a typo in a preset fails them.
#[cfg(feature = "std")]
pub fn genesis_config(id: &str) -> Result<RuntimeGenesisConfig, alloc::string::String> {
	fn merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) => {
				for (key, value) in patch {
					merge(base.entry(key).or_insert(Value::Null), value);
				}
			}
			(base, patch) => *base = patch,
		}
	}
	let patch = match id {
		DEVELOPMENT => development(),
		LOCAL => local(),
		CONSORTIUM => consortium(),
		_ => return Err(alloc::format!("no preset `{id}`")),
	};
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.map_err(|e| alloc::format!("the default genesis config: {e}"))?;
	merge(&mut config, patch);
	serde_json::from_value(config).map_err(|e| alloc::format!("the preset `{id}`: {e}"))
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEVELOPMENT), PresetId::from(LOCAL), PresetId::from(CONSORTIUM)]
}
