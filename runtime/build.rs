//! Builds the runtime as wasm (`WASM_BINARY`) for the node to execute.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	// The token symbol and decimals go into the metadata hash that wallets verify.
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("TSM", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// Building for wasm already: nothing to do.
#[cfg(not(feature = "std"))]
fn main() {}
