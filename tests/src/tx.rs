//! Signed transactions, built and signed with the runtime's own types: what a
//! wallet does, with no out-of-band type definitions.

use codec::Encode;
use sp_core::{sr25519, Pair, H256};
use tsm_runtime::{RuntimeCall, SignedPayload, UncheckedExtrinsic};

/// What a signature commits to besides the call.
#[derive(Clone, Copy, Debug)]
pub struct Chain {
	pub genesis_hash: H256,
	pub spec_version: u32,
	pub transaction_version: u32,
}

/// `call` from `signer`'s account with `nonce`, signed by `key` (normally
/// the signer itself; another key makes a bad signature).
pub fn sign_as(
	chain: Chain,
	call: RuntimeCall,
	signer: &sr25519::Pair,
	key: &sr25519::Pair,
	nonce: u32,
) -> Vec<u8> {
	let extension = tsm_runtime::tx_extension(nonce);
	// What the extensions add to the signed payload without sending it.
	let implicit = (
		(),
		(),
		chain.spec_version,
		chain.transaction_version,
		chain.genesis_hash,
		chain.genesis_hash,
		(),
		(),
		(),
		None,
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| key.sign(bytes));
	let account: tsm_runtime::AccountId = signer.public().into();
	UncheckedExtrinsic::new_signed(call, account.into(), signature.into(), extension).encode()
}

/// `call` signed by `signer` with `nonce`.
pub fn sign(chain: Chain, call: RuntimeCall, signer: &sr25519::Pair, nonce: u32) -> Vec<u8> {
	sign_as(chain, call, signer, signer, nonce)
}
