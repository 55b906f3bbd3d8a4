//! Builds the runtime as wasm (`WASM_BINARY`) for the node to execute.
//!
//! With `TSM_UPGRADE_FIXTURE=1` (the project's scripts set it) it also builds
//! the same runtime with `spec_version` one higher, as
//! `wbuild/tsm-runtime/tsm_runtime_upgrade_fixture.compact.compressed.wasm`
//! in the target directory: the end-to-end tests upgrade a running network
//! to it.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	// The token symbol and decimals go into the metadata hash that wallets verify.
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("TSM", 12)
		.build();
	build_upgrade_fixture();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
	build_upgrade_fixture();
}

#[cfg(feature = "std")]
fn build_upgrade_fixture() {
	println!("cargo:rerun-if-env-changed=TSM_UPGRADE_FIXTURE");
	if std::env::var("TSM_UPGRADE_FIXTURE").as_deref() != Ok("1") {
		return;
	}
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.set_file_name("tsm_runtime_upgrade_fixture")
		.enable_feature("spec-version-bump")
		.build();
}

/// Building for wasm already: nothing to do.
#[cfg(not(feature = "std"))]
fn main() {}
