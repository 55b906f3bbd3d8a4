//! Genesis states from the runtime's presets, built natively.

pub mod council;

use serde_json::Value;
use sp_genesis_builder::PresetId;
use sp_runtime::BuildStorage;
use tsm_runtime::{genesis_config_presets as presets, RuntimeGenesisConfig};

/// Overlays a preset (a JSON patch) on the default genesis config.
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

/// The genesis config that the preset `name` describes.
pub fn genesis_config(name: &str) -> RuntimeGenesisConfig {
	let patch = presets::get_preset(&PresetId::from(name)).expect("the preset exists");
	let patch: Value = serde_json::from_slice(&patch).expect("a preset is JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	// Unknown fields are refused here, so a typo in a preset fails the test.
	serde_json::from_value(config).expect("the preset fits the runtime's genesis config")
}

/// The genesis state of the preset `name`.
pub fn genesis_state(name: &str) -> sp_io::TestExternalities {
	genesis_config(name).build_storage().expect("the genesis builds").into()
}
