//! Governance on a running `consortium` network, driven over JSON-RPC as the
//! member organisations would drive it:
//!
//! 1. A new operator starts a validator node, generates its session keys on
//!    it (`author_rotateKeysWithOwner`), registers as a participant and sets
//!    the keys on chain. The members vote it in; after the session change it
//!    authors blocks, and with one original validator down finality needs
//!    its votes, and goes on.
//! 2. The members vote it out; finality goes on without it.
//! 3. A copy of a validator's GRANDPA key signs two prevotes in one round;
//!    a member reports the proof: the validator is taken out of the set,
//!    the council sees the report (`tsmGovernance_offenders`), and the
//!    other three finalize.
//! 4. A second node with a copy of another validator's Aura key authors in
//!    its slots too: the other validators' nodes see two blocks sealed by
//!    one key in one slot and report it on their own; the validator leaves
//!    the set.
//! 5. The members authorize a runtime upgrade (as Root, by vote); anyone
//!    applies the code; the running network moves to the new `spec_version`
//!    and keeps finalizing.

use codec::Encode;
use serde_json::Value;
use sp_core::{sr25519, H256};
use tsm_e2e_tests::{
	app::{account, pair},
	council::{self, member, MNO, REGULATOR, SMALL_CELLS, UTILITY},
	grandpa,
	network::{insert_key, slot_of, Network, TIMEOUT},
	node::node_binary,
	rpc::{Rpc, Until},
	wait_for,
};
use tsm_runtime::{
	genesis_config_presets::CONSORTIUM_MEMBERS, token::UNIT, AccountId, RuntimeCall, SessionKeys,
};

/// Signs `call` as `signer` with its next nonce and waits until it is
/// finalized.
async fn submit(rpc: &Rpc, signer: &sr25519::Pair, call: RuntimeCall) -> H256 {
	rpc.submit_signed(signer, call, TIMEOUT).await
}

/// The members decide `call`, each step finalized.
async fn decide(rpc: &Rpc, call: RuntimeCall) {
	council::decide(rpc, call, Until::Finalized).await
}

/// `tsmGovernance_validators` at the best block of `rpc`.
async fn validator_set(rpc: &Rpc) -> Value {
	rpc.call("tsmGovernance_validators", vec![]).await.unwrap()
}

fn lists(set: &Value, field: &str, who: &AccountId) -> bool {
	set[field].as_array().unwrap().iter().any(|v| v == who.to_string().as_str())
}

#[tokio::test(flavor = "multi_thread")]
async fn members_vote_a_validator_in_and_out_and_upgrade_the_runtime() {
	// Extra slots: the newcomer and a twin of a validator.
	let mut net = Network::consortium("governance", 2).await;
	net.wait_all_finalize(2, "the consortium to finalize").await;

	// --- a new operator joins ---
	let operator = pair("//tsm//consortium//newcomer");
	let newcomer = net.start_extra("newcomer", &["--rpc-methods", "unsafe"]).await;
	// Its node makes the session keys and proves them for the operator's account.
	let generated: Value = net
		.rpc(newcomer)
		.call(
			"author_rotateKeysWithOwner",
			vec![format!("0x{}", hex::encode(account(&operator).encode())).into()],
		)
		.await
		.expect("the node generates session keys");
	let keys_hex = generated["keys"].as_str().unwrap().trim_start_matches("0x").to_string();
	let proof_hex = generated["proof"].as_str().expect("the runtime proves ownership");
	let keys: SessionKeys =
		codec::Decode::decode(&mut &hex::decode(&keys_hex).unwrap()[..]).expect("session keys");
	let proof = hex::decode(proof_hex.trim_start_matches("0x")).unwrap();

	let rpc = net.rpc(MNO);
	let fund = pallet_balances::Call::transfer_keep_alive {
		dest: account(&operator).into(),
		value: 1_000 * UNIT,
	};
	submit(rpc, &member(MNO), fund.into()).await;
	let register = pallet_tsm_identity::Call::register_participant {
		kind: pallet_tsm_identity::ParticipantKind::Organisation,
		keys: Default::default(),
		endpoints: Default::default(),
	};
	let set_keys = pallet_session::Call::set_keys { keys: keys.clone(), proof };
	rpc.submit_signed_all(
		vec![(&operator, register.into()), (&operator, set_keys.into())],
		TIMEOUT,
	)
	.await;

	// --- the members vote it in ---
	let add = pallet_tsm_governance::Call::add_validator { who: account(&operator).into() };
	decide(rpc, add.into()).await;
	assert!(lists(&validator_set(rpc).await, "decided", &account(&operator)));
	let set = wait_for("the newcomer to become a validator", TIMEOUT, || async {
		let set = validator_set(net.rpc(MNO)).await;
		lists(&set, "current", &account(&operator)).then_some(set)
	})
	.await;
	let current = set["current"].as_array().unwrap();
	let position =
		current.iter().position(|v| v == account(&operator).to_string().as_str()).unwrap();

	// It authors: a block in one of its slots (only its node has its key).
	let from = net.max_best().await;
	let authored = wait_for("a block authored by the newcomer", TIMEOUT, || async {
		let best = net.max_best().await;
		for number in from + 1..=best {
			if slot_of(net.rpc(MNO), number).await % current.len() as u64 == position as u64 {
				return Some(number);
			}
		}
		None
	})
	.await;
	net.wait_all_finalize(authored, "the newcomer's block to be finalized").await;

	// It votes on finality: with the regulator down, 4 of 5 validators are
	// needed, the newcomer among them.
	net.stop(REGULATOR);
	net.wait_finality_advances(3, "finality with the newcomer and without the regulator").await;

	// --- the members vote it out; finality goes on without it ---
	let remove = pallet_tsm_governance::Call::remove_validator {
		who: account(&operator).into(),
		force: false,
	};
	decide(net.rpc(MNO), remove.into()).await;
	wait_for("the newcomer to leave the validator set", TIMEOUT, || async {
		let set = validator_set(net.rpc(MNO)).await;
		(!lists(&set, "current", &account(&operator))).then_some(())
	})
	.await;
	net.wait_finality_advances(2, "finality after the removal").await;
	net.stop(newcomer);
	net.wait_finality_advances(3, "finality with three of the four original validators").await;

	// --- a validator equivocates: reported, excluded, the council told ---
	// The regulator's key signs two prevotes in one round (as a copy of its
	// keystore beside its node would); any account may report the proof.
	let regulator = account(&member(REGULATOR));
	let key = grandpa::grandpa_key(CONSORTIUM_MEMBERS[REGULATOR].name);
	let report = grandpa::equivocation_report(net.rpc(MNO), &key, 1).await;
	net.rpc(MNO)
		.submit_signed_all_until(vec![(&member(UTILITY), report)], Until::Included, TIMEOUT)
		.await;
	let offenders: Value = net.rpc(MNO).query("tsmGovernance_offenders", vec![]).await;
	assert_eq!(offenders.as_array().map(Vec::len), Some(1), "{offenders}");
	assert_eq!(offenders[0]["who"], regulator.to_string().as_str());
	assert_eq!(offenders[0]["kind"], "grandpa:equivoca");
	assert_eq!(offenders[0]["offences"], 1);
	assert_eq!(offenders[0]["exclusion"], "excluded");
	wait_for("the regulator to leave the validator set", TIMEOUT, || async {
		let set = validator_set(net.rpc(MNO)).await;
		(!lists(&set, "current", &regulator)).then_some(())
	})
	.await;

	// --- one key sealing two blocks in a slot: the nodes report it ---
	let utility = account(&member(UTILITY));
	let twin = "utility-twin";
	let seed = format!("//tsm//consortium//{}//aura", CONSORTIUM_MEMBERS[UTILITY].name);
	insert_key(&net.base_path(twin), "sr25519", "aura", &seed);
	let twin = net.start_extra(twin, &[]).await;
	wait_for("the nodes to report the utility's key sealing twice", TIMEOUT, || async {
		let offenders: Value = net.rpc(MNO).query("tsmGovernance_offenders", vec![]).await;
		let offenders = offenders.as_array()?.clone();
		offenders
			.into_iter()
			.find(|o| o["who"] == utility.to_string().as_str() && o["kind"] == "aura:equivocatio")
	})
	.await;
	net.stop(twin);
	wait_for("the utility to leave the validator set", TIMEOUT, || async {
		let set = validator_set(net.rpc(MNO)).await;
		(!lists(&set, "current", &utility)).then_some(())
	})
	.await;
	// The other two finalize on: the upgrade below is decided on finalized
	// blocks.

	// --- a runtime upgrade, authorized by vote, applied by anyone ---
	let code_path = node_binary()
		.parent()
		.unwrap()
		.join("wbuild/tsm-runtime/tsm_runtime_upgrade_fixture.compact.compressed.wasm");
	let code = std::fs::read(&code_path).unwrap_or_else(|e| {
		panic!("{}: {e}; build with TSM_UPGRADE_FIXTURE=1 (scripts/test.sh)", code_path.display())
	});
	let (spec_before, _) = net.rpc(MNO).runtime_version().await;
	assert_eq!(spec_before, tsm_runtime::VERSION.spec_version);
	let authorize = frame_system::Call::authorize_upgrade {
		code_hash: sp_io::hashing::blake2_256(&code).into(),
	};
	let as_root =
		pallet_tsm_governance::Call::dispatch_as_root { call: Box::new(authorize.into()) };
	decide(net.rpc(MNO), as_root.into()).await;
	submit(
		net.rpc(MNO),
		&member(UTILITY),
		frame_system::Call::apply_authorized_upgrade { code }.into(),
	)
	.await;
	for index in [MNO, SMALL_CELLS, UTILITY] {
		wait_for("every node to run the new runtime", TIMEOUT, || async {
			let (spec, _) = net.rpc(index).runtime_version().await;
			(spec == spec_before + 1).then_some(())
		})
		.await;
	}
	net.wait_finality_advances(3, "finality on the upgraded runtime").await;
	net.assert_no_finalized_block_reverted().await;
}
