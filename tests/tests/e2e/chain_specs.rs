//! The checked-in chain specs (`chain-specs/`) are what the runtime's presets
//! produce now, and each starts a chain.

use serde_json::Value;
use std::{path::PathBuf, time::Duration};
use tsm_e2e_tests::node::run_to_exit;

const TIMEOUT: Duration = Duration::from_secs(120);
const CHAINS: [&str; 2] = ["local", "consortium"];

fn checked_in(chain: &str) -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../chain-specs/{chain}.json"))
}

/// A plain chain spec without its wasm code. The code differs between
/// checkouts (the wasm embeds source paths), and a network keeps the code it
/// was launched with: what must not drift is everything else.
fn without_code(mut spec: Value) -> Value {
	let code = spec["genesis"]["runtimeGenesis"]
		.as_object_mut()
		.and_then(|genesis| genesis.remove("code"))
		.expect("a plain spec carries its code");
	assert!(code.as_str().is_some_and(|c| c.len() > 1000), "the code is wasm in hex");
	spec
}

#[test]
fn checked_in_specs_match_the_runtime_presets() {
	for chain in CHAINS {
		let run = run_to_exit(&["export-chain-spec", "--chain", chain], TIMEOUT);
		assert!(run.success, "export-chain-spec --chain {chain}: {}", run.stderr);
		let current: Value = serde_json::from_str(&run.stdout).expect("the export is JSON");
		let file = checked_in(chain);
		let stored: Value =
			serde_json::from_str(&std::fs::read_to_string(&file).expect("the spec is checked in"))
				.expect("the checked-in spec is JSON");
		assert!(
			without_code(stored) == without_code(current),
			"{} drifted from the runtime's `{chain}` preset: run scripts/generate-chain-specs.sh",
			file.display()
		);
	}
}

#[test]
fn checked_in_specs_build_their_genesis() {
	for chain in CHAINS {
		let file = checked_in(chain);
		let run = run_to_exit(
			&["export-chain-spec", "--chain", file.to_str().unwrap(), "--raw"],
			TIMEOUT,
		);
		assert!(run.success, "{}: {}", file.display(), run.stderr);
		let raw: Value = serde_json::from_str(&run.stdout).expect("the raw spec is JSON");
		let top = raw["genesis"]["raw"]["top"].as_object().expect("raw genesis storage");
		// `:code` holds the runtime.
		assert!(top.contains_key("0x3a636f6465"), "no runtime code in {}", file.display());
	}
}
