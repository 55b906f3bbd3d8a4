//! Bursts of transactions on a `--dev` node with its default transaction
//! pool: every transaction the pool acknowledges is finalized, from one
//! sender (thousands of consecutive nonces) and from many, submitted over
//! many connections at once and repeated, since a lossy pool loses only some
//! bursts.

use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring::{Alice, Ferdie};
use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::Duration,
};
use tsm_e2e_tests::{
	node::{Node, Ports, TempDir},
	rpc::Rpc,
	tx::{sign, Chain},
	wait_for,
};
use tsm_runtime::{token::UNIT, AccountId, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(90);
/// Transactions per burst: three full blocks of transfers, just below
/// where the node's admission control starts refusing (three quarters of
/// the ready pool's default limit of 8,192).
const BURST: u32 = 6_000;
/// Senders of a many-sender burst, each with `BURST / SENDERS` nonces.
const SENDERS: u32 = 40;
/// Requests in flight at once (the node serves at most 100 connections).
const IN_FLIGHT: usize = 50;
/// How long a burst may take to be finalized once submitted.
const FINALITY_TIMEOUT: Duration = Duration::from_secs(180);

fn transfer(to: AccountId, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { dest: to.into(), value })
}

/// Submits `extrinsics` over `IN_FLIGHT` concurrent requests, in order of
/// the list (so each sender's nonces arrive roughly in order, as from a busy
/// wallet backend); returns the pool's refusals, if any.
async fn submit_burst(rpc: &Arc<Rpc>, extrinsics: Vec<Vec<u8>>) -> Vec<String> {
	let extrinsics = Arc::new(extrinsics);
	let next = Arc::new(AtomicUsize::new(0));
	let workers: Vec<_> = (0..IN_FLIGHT)
		.map(|_| {
			let (rpc, extrinsics, next) = (rpc.clone(), extrinsics.clone(), next.clone());
			tokio::spawn(async move {
				let mut refused = Vec::new();
				loop {
					let index = next.fetch_add(1, Ordering::Relaxed);
					let Some(extrinsic) = extrinsics.get(index) else { return refused };
					if let Err(e) = rpc.submit(extrinsic).await {
						refused.push(format!("#{index}: {e}"));
					}
				}
			})
		})
		.collect();
	let mut refused = Vec::new();
	for worker in workers {
		refused.extend(worker.await.expect("a submitting task does not panic"));
	}
	refused
}

/// Waits until each account's nonce *in the finalized state* reaches the
/// expected one: every one of its transactions was included and finalized
/// (the test is the only one signing for these accounts).
async fn assert_all_finalized(rpc: &Rpc, expected: &BTreeMap<AccountId, u32>, what: &str) {
	let mut last = BTreeMap::new();
	let outcome = tokio::time::timeout(FINALITY_TIMEOUT, async {
		loop {
			let (_, finalized) = rpc.finalized().await.expect("the finalized head");
			let mut done = true;
			for (who, nonce) in expected {
				let key = frame_system::Account::<tsm_runtime::Runtime>::hashed_key_for(who);
				let info: tsm_e2e_tests::rpc::AccountInfo =
					rpc.storage(&key, Some(finalized)).await.unwrap_or_default();
				last.insert(who.clone(), info.nonce);
				done &= info.nonce >= *nonce;
			}
			if done {
				return;
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	})
	.await;
	if outcome.is_err() {
		let missing: u32 =
			expected.iter().map(|(who, nonce)| nonce.saturating_sub(last[who])).sum();
		panic!("{what}: {missing} acknowledged transactions not finalized in {FINALITY_TIMEOUT:?}");
	}
}

/// `BURST` transfers from `signer`, nonces `first..`.
fn one_sender_burst(chain: Chain, signer: &sr25519::Pair, first: u32) -> Vec<Vec<u8>> {
	(first..first + BURST)
		.map(|nonce| sign(chain, transfer(Ferdie.into(), UNIT), signer, nonce))
		.collect()
}

/// `BURST` transfers from `senders`, interleaved: everyone's next nonce, then
/// everyone's following one…
fn many_sender_burst(chain: Chain, senders: &[(sr25519::Pair, u32)]) -> Vec<Vec<u8>> {
	let per_sender = BURST / SENDERS;
	(0..per_sender)
		.flat_map(|k| {
			senders.iter().map(move |(signer, first)| {
				sign(chain, transfer(Ferdie.into(), UNIT), signer, first + k)
			})
		})
		.collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn bursts_of_transactions_are_all_finalized() {
	let dir = TempDir::new("pool");
	let node = Node::start("pool", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Arc::new(Rpc::connect(&node.rpc_url(), TIMEOUT).await);
	assert!(
		node.log_tail(usize::MAX).contains("txpool_type=SingleState"),
		"the node runs the single-state pool unless told otherwise"
	);
	wait_for("finalized block #1", TIMEOUT, || async {
		rpc.finalized().await.ok().filter(|(n, _)| *n >= 1)
	})
	.await;
	let chain = rpc.chain().await;

	// Fund the many senders in one batch.
	let senders: Vec<sr25519::Pair> = (0..SENDERS)
		.map(|i| sr25519::Pair::from_string(&format!("//Burst{i}"), None).expect("a dev key"))
		.collect();
	let funding = senders.iter().map(|pair| transfer(pair.public().into(), 1_000 * UNIT)).collect();
	rpc.submit_signed(
		&Alice.pair(),
		RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: funding }),
		TIMEOUT,
	)
	.await;

	let alice: AccountId = Alice.into();
	let mut nonces: BTreeMap<AccountId, u32> = BTreeMap::new();
	nonces.insert(alice.clone(), rpc.account(&alice).await.nonce);
	for pair in &senders {
		nonces.insert(pair.public().into(), 0);
	}

	for round in 1..=2 {
		// One sender, thousands of consecutive nonces.
		let first = nonces[&alice];
		let refused = submit_burst(&rpc, one_sender_burst(chain, &Alice.pair(), first)).await;
		assert!(refused.is_empty(), "round {round}, one sender: refused {refused:?}");
		*nonces.get_mut(&alice).unwrap() += BURST;
		let expected = BTreeMap::from([(alice.clone(), nonces[&alice])]);
		assert_all_finalized(&rpc, &expected, &format!("round {round}, one sender")).await;

		// Many senders, interleaved.
		let firsts: Vec<(sr25519::Pair, u32)> = senders
			.iter()
			.map(|pair| (pair.clone(), nonces[&AccountId::from(pair.public())]))
			.collect();
		let refused = submit_burst(&rpc, many_sender_burst(chain, &firsts)).await;
		assert!(refused.is_empty(), "round {round}, {SENDERS} senders: refused {refused:?}");
		let mut expected = BTreeMap::new();
		for pair in &senders {
			let who: AccountId = pair.public().into();
			*nonces.get_mut(&who).unwrap() += BURST / SENDERS;
			expected.insert(who.clone(), nonces[&who]);
		}
		assert_all_finalized(&rpc, &expected, &format!("round {round}, {SENDERS} senders")).await;
	}
}
