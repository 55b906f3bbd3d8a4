//! The chain under test: the `local` genesis built natively, blocks opened
//! and closed as a validator's block builder does (Aura's slot in the
//! digest, the timestamp inherent first), and each transaction applied in a
//! storage transaction that an invalid one rolls back.

use codec::Encode;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{generic::Digest, traits::Header as _, BuildStorage, DigestItem};
use tsm_runtime::{
	genesis_config_presets as presets, AccountId, Executive, Header, RuntimeCall, SignedPayload,
	UncheckedExtrinsic, SLOT_DURATION,
};

/// The first block's time: 2026-01-01 00:00 UTC.
const START_MS: u64 = 1_767_225_600_000;

/// The genesis state of the `local` network (two validators, both on the
/// council, Alice issuing every role, the dev accounts funded).
pub fn local_genesis() -> sp_io::TestExternalities {
	let config = presets::genesis_config("local").unwrap_or_else(|e| panic!("{e}"));
	config.build_storage().expect("the genesis builds").into()
}

/// The block being built's place on the chain.
pub struct Clock {
	pub number: u32,
	pub slot: u64,
	pub parent: H256,
}

impl Clock {
	pub fn new() -> Clock {
		Clock { number: 0, slot: START_MS / SLOT_DURATION, parent: H256::zero() }
	}

	pub fn now_ms(&self) -> u64 {
		self.slot * SLOT_DURATION
	}
}

/// Opens block `clock.number` at `clock.slot` and applies its timestamp.
pub fn open_block(clock: &Clock) {
	let slot = sp_consensus_aura::Slot::from(clock.slot);
	let digest = Digest {
		logs: vec![DigestItem::PreRuntime(sp_consensus_aura::AURA_ENGINE_ID, slot.encode())],
	};
	let header =
		Header::new(clock.number, Default::default(), Default::default(), clock.parent, digest);
	Executive::initialize_block(&header);
	let now = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now: clock.now_ms() });
	Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(now))
		.expect("the timestamp inherent is valid")
		.expect("the timestamp inherent applies");
}

/// Closes the block; returns its hash (the next block's parent).
pub fn close_block() -> H256 {
	Executive::finalize_block().hash()
}

/// `call` signed by `pair` with `nonce`, as a wallet sends it.
pub fn sign(call: RuntimeCall, pair: &sr25519::Pair, nonce: u32) -> UncheckedExtrinsic {
	let extension = tsm_runtime::tx_extension(nonce);
	let payload = SignedPayload::new(call.clone(), extension.clone())
		.expect("the extensions' implicit data is available");
	let signature = payload.using_encoded(|bytes| pair.sign(bytes));
	let account: AccountId = pair.public().into();
	UncheckedExtrinsic::new_signed(call, account.into(), signature.into(), extension)
}
