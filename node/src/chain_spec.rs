//! The built-in chain specifications, made from the runtime's genesis presets.

use sc_service::ChainType;
use tsm_runtime::{genesis_config_presets as presets, token, WASM_BINARY};

/// A chain specification of this chain (no client extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// How wallets and polkadot.js show the settlement token and addresses.
fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), token::SYMBOL.into());
	properties.insert("tokenDecimals".into(), token::DECIMALS.into());
	properties.insert("ss58Format".into(), token::SS58_PREFIX.into());
	properties
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY
		.ok_or_else(|| "this node was built without its runtime (SKIP_WASM_BUILD)".to_string())?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_protocol_id("tsm")
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// `--dev`: one validator (Alice) and a sudo key.
pub fn development() -> Result<ChainSpec, String> {
	from_preset("TSM Development", "tsm_dev", ChainType::Development, presets::DEVELOPMENT)
}

/// `--chain local`: two validators (Alice and Bob) on one machine.
pub fn local() -> Result<ChainSpec, String> {
	from_preset("TSM Local Testnet", "tsm_local", ChainType::Local, presets::LOCAL)
}

/// `--chain consortium`: four member organisations, no sudo key.
pub fn consortium() -> Result<ChainSpec, String> {
	from_preset("TSM Consortium", "tsm_consortium", ChainType::Live, presets::CONSORTIUM)
}
