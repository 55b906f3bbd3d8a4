//! Signed transactions, built and signed with the runtime's own types: what a
//! wallet does, with no out-of-band type definitions.

use codec::Encode;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::generic::Era;
use tsm_runtime::{RuntimeCall, SignedPayload, TxExtension, UncheckedExtrinsic};

/// What a signature commits to besides the call.
#[derive(Clone, Copy, Debug)]
pub struct Chain {
	pub genesis_hash: H256,
	pub spec_version: u32,
	pub transaction_version: u32,
}

/// The transaction extensions for `nonce`, no tip, immortal, no metadata hash.
fn extension(nonce: u32) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
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
	let extension = extension(nonce);
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
