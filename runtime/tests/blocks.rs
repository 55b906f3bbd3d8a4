//! Blocks built on the development genesis are imported by a fresh node
//! state (TestExternalities): same extrinsics, same resulting state root.
//! A tampered block is refused.

mod common;

use codec::Encode;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{crypto::Pair, sr25519, H256};
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::{Block as BlockT, Header as HeaderT},
};
use tsm_runtime::{
	genesis_config_presets as presets, token::UNIT, Block, Executive, Header, Runtime, RuntimeCall,
	SignedPayload, UncheckedExtrinsic, SLOT_DURATION,
};

fn development_genesis() -> sp_io::TestExternalities {
	common::genesis_state(presets::DEVELOPMENT)
}

fn timestamp(slot: u64) -> UncheckedExtrinsic {
	UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
		now: slot * SLOT_DURATION,
	}))
}

/// A transfer from Alice to Bob, signed by Alice (must run inside the state).
fn alice_pays_bob(amount: u128, nonce: u32) -> UncheckedExtrinsic {
	let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Bob.to_account_id().into(),
		value: amount,
	});
	let extension = tsm_runtime::tx_extension(nonce);
	let payload = SignedPayload::new(call.clone(), extension.clone()).unwrap();
	let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
	let signature = payload.using_encoded(|bytes| alice.sign(bytes));
	UncheckedExtrinsic::new_signed(call, Alice.to_account_id().into(), signature.into(), extension)
}

/// Authors a block on top of `parent` in `slot`, as a validator would.
fn author_block(
	ext: &mut sp_io::TestExternalities,
	parent: H256,
	number: u32,
	slot: u64,
	transfers: &[(u128, u32)],
) -> Block {
	ext.execute_with(|| {
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())],
		};
		Executive::initialize_block(&Header::new(
			number,
			Default::default(),
			Default::default(),
			parent,
			digest,
		));
		let mut extrinsics = vec![timestamp(slot)];
		extrinsics.extend(transfers.iter().map(|(amount, nonce)| alice_pays_bob(*amount, *nonce)));
		for extrinsic in &extrinsics {
			Executive::apply_extrinsic(extrinsic.clone())
				.expect("valid transaction")
				.expect("dispatch succeeds");
		}
		Block::new(Executive::finalize_block(), extrinsics)
	})
}

fn genesis_hash(ext: &mut sp_io::TestExternalities) -> H256 {
	ext.execute_with(|| frame_system::BlockHash::<Runtime>::get(0))
}

fn bob_balance(ext: &mut sp_io::TestExternalities) -> u128 {
	ext.execute_with(|| pallet_balances::Pallet::<Runtime>::free_balance(Bob.to_account_id()))
}

#[test]
fn authored_blocks_are_imported_with_the_same_state() {
	let mut author = development_genesis();
	let bob_at_genesis = bob_balance(&mut author);
	let slot = 1_000_000;
	let genesis = genesis_hash(&mut author);
	let first = author_block(&mut author, genesis, 1, slot, &[(5 * UNIT, 0)]);
	let second =
		author_block(&mut author, first.header.hash(), 2, slot + 1, &[(3 * UNIT, 1), (UNIT, 2)]);

	let mut importer = development_genesis();
	importer.execute_with(|| {
		Executive::execute_block(first.clone().into());
		Executive::execute_block(second.clone().into());
	});
	assert_eq!(bob_balance(&mut importer), bob_at_genesis + 9 * UNIT);
	// Same state on both sides.
	assert_eq!(
		importer.execute_with(|| sp_io::storage::root(sp_runtime::StateVersion::V1)).as_slice(),
		second.header.state_root().as_bytes()
	);
	importer.execute_with(|| {
		assert_eq!(frame_system::Pallet::<Runtime>::block_number(), 2);
		assert_eq!(frame_system::Pallet::<Runtime>::account_nonce(Alice.to_account_id()), 3);
	});
}

/// Imports `blocks` in order into a fresh development state; the panic
/// message of the import that failed, if one did.
fn import_failure(blocks: Vec<Block>) -> Option<String> {
	let mut importer = development_genesis();
	let imported = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
		importer.execute_with(|| {
			for block in blocks {
				Executive::execute_block(block.into());
			}
		})
	}));
	let panic = imported.err()?;
	Some(
		panic
			.downcast_ref::<String>()
			.cloned()
			.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
			.unwrap_or_default(),
	)
}

#[test]
fn a_block_with_a_wrong_state_root_is_refused() {
	let mut author = development_genesis();
	let genesis = genesis_hash(&mut author);
	let mut block = author_block(&mut author, genesis, 1, 1_000_000, &[(UNIT, 0)]);
	assert_eq!(import_failure(vec![block.clone()]), None, "the honest block imports");

	block.header.state_root = H256::repeat_byte(7);
	let failure = import_failure(vec![block]).expect("a block with a wrong state root imported");
	assert!(failure.contains("Storage root must match"), "refused for another reason: {failure}");
}

#[test]
fn a_block_in_an_earlier_slot_is_refused() {
	let mut author = development_genesis();
	let genesis = genesis_hash(&mut author);
	let first = author_block(&mut author, genesis, 1, 1_000_000, &[]);
	// A second block that claims an earlier slot than its parent (no honest
	// author can build it: it is put together by hand).
	let slot = 999_999;
	let header = Header::new(
		2,
		Default::default(),
		Default::default(),
		first.header.hash(),
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] },
	);
	let replay = Block::new(header, vec![timestamp(slot)]);

	// Aura slots only go forward: the importer refuses it in Aura's checks.
	let failure =
		import_failure(vec![first, replay]).expect("a block in an earlier slot was imported");
	assert!(failure.contains("Slot must increase"), "refused for another reason: {failure}");
}
