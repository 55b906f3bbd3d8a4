//! A four-validator consortium network on loopback, one process per member
//! organisation, peering only with each other (`--reserved-only`).
//!
//! GRANDPA needs more than two thirds of the votes: with 4 validators it
//! finalizes with 3 and halts with 2, while Aura keeps authoring in the
//! slots of the validators still up. A validator stopped cleanly and one
//! killed with SIGKILL both restart from their databases and keystores.
//! When two validators' nodes are gone for good, the consortium recovers
//! finality by vote (`tsmGovernance.recoverFinality`), as the README says.

use serde_json::Value;
use tsm_e2e_tests::{
	council::{self, MNO, REGULATOR, SMALL_CELLS, UTILITY},
	network::{slot_of, Network},
	rpc::Until,
};
use tsm_runtime::{genesis_config_presets::CONSORTIUM_MEMBERS, AccountId};

fn validator(index: usize) -> AccountId {
	CONSORTIUM_MEMBERS[index].account.into()
}

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_finalize_tolerate_one_failure_and_recover() {
	let mut net = Network::consortium("consortium", 0).await;

	// All four author, and all four finalize.
	net.wait_all_finalize(12, "all four nodes to finalize #12").await;
	let mut authors = std::collections::BTreeSet::new();
	for number in 1..=12 {
		authors.insert(slot_of(net.rpc(0), number).await % 4);
	}
	assert_eq!(authors.len(), 4, "not every validator authored: slots mod 4 = {authors:?}");

	// One validator down: the other three still finalize.
	let (kept_number, kept_hash) = net.rpc(3).finalized().await.unwrap();
	net.stop(3);
	net.wait_finality_advances(4, "finality with three of four validators").await;

	// Two down — the second killed with SIGKILL, mid-import or mid-vote:
	// blocks keep coming, finality halts.
	net.kill(2);
	let best = net.max_best().await;
	net.wait_best(best + 2, "blocks after the second failure").await;
	let halted_at = net.min_finalized().await;
	let best = net.max_best().await;
	net.wait_best(best + 4, "more blocks with finality halted").await;
	let finalized_now = net.min_finalized().await;
	assert_eq!(finalized_now, halted_at, "finality advanced with only two of four validators");

	// Both back: the restarted nodes kept their database and keys...
	net.nodes[3].restart();
	net.connect(3).await;
	let (number_after, _) = net.rpc(3).finalized().await.unwrap();
	assert!(number_after >= kept_number, "restarted node lost finalized blocks");
	assert_eq!(net.rpc(3).block_hash(kept_number).await, Some(kept_hash));
	net.nodes[2].restart();
	net.connect(2).await;
	net.assert_has_session_keys(2).await;
	net.assert_has_session_keys(3).await;

	// ...and finality catches up past everything authored meanwhile.
	let best = net.max_best().await;
	net.wait_all_finalize(best + 2, "finality to catch up after the restarts").await;

	// No finalized block was ever reverted, on any node.
	net.assert_no_finalized_block_reverted().await;

	// Two validators' nodes gone for good; their organisations still vote.
	// Finality stalls: GRANDPA would enact a vote removing them only once
	// the block announcing it is finalized.
	net.stop(UTILITY);
	net.stop(REGULATOR);
	let best = net.max_best().await;
	net.wait_best(best + 2, "blocks with two validators gone").await;
	let stalled_at = net.min_finalized().await;
	let mut best_finalized = 0;
	for index in [MNO, SMALL_CELLS] {
		best_finalized = best_finalized.max(net.rpc(index).finalized().await.unwrap().0);
	}

	// The members vote the recovery; each step is only included, not
	// finalized. The pair left is forced onto GRANDPA two blocks after it
	// becomes the active set.
	let recover = pallet_tsm_governance::Call::recover_finality {
		remove: vec![validator(UTILITY), validator(REGULATOR)].try_into().unwrap(),
		best_finalized,
		delay: 2,
	};
	council::decide(net.rpc(MNO), recover.into(), Until::Included).await;
	assert_eq!(net.min_finalized().await, stalled_at, "finality moved before the recovery");

	// The two remaining validators finalize again, past every block
	// authored while finality stalled, and never revert a finalized block.
	let best = net.max_best().await;
	net.wait_all_finalize(best + 2, "finality recovered by the consortium").await;
	let set: Value = net.rpc(MNO).query("tsmGovernance_validators", vec![]).await;
	let current: Vec<&str> =
		set["current"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
	let pair = [validator(MNO).to_string(), validator(SMALL_CELLS).to_string()];
	assert_eq!(current, pair.iter().map(String::as_str).collect::<Vec<_>>(), "the set after");
	net.assert_no_finalized_block_reverted().await;
}
