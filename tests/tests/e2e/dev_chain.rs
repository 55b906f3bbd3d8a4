//! A `--dev` node as a process on loopback: it produces and finalizes blocks,
//! serves the standard JSON-RPC methods and Prometheus metrics, includes a
//! signed transfer, keeps its chain and peer id across a restart, and
//! rejects bad transactions without changing state.

use serde_json::Value;
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use std::{
	io::{Read, Write},
	net::TcpStream,
	time::Duration,
};
use tsm_e2e_tests::{
	app::assert_serves,
	node::{Node, Ports, TempDir},
	rpc::{Rpc, RpcError},
	tx::{sign, sign_as},
	wait_for,
};
use tsm_runtime::{token::UNIT, RuntimeCall, RuntimeEvent};

const TIMEOUT: Duration = Duration::from_secs(90);

fn transfer(to: &sp_keyring::Sr25519Keyring, amount: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.to_account_id().into(),
		value: amount,
	})
}

/// Asserts that the pool refused a transaction as invalid, for `reason`.
fn assert_invalid(result: Result<Value, RpcError>, reason: &str) {
	match result {
		Err(error @ RpcError::Call { code: 1010, .. }) => {
			assert!(error.data_text().contains(reason), "expected `{reason}`, got {error}");
		}
		other => panic!("expected the pool to refuse the transaction ({reason}), got {other:?}"),
	}
}

fn http_get(port: u16, path: &str) -> String {
	let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("metrics port open");
	stream.set_read_timeout(Some(Duration::from_secs(10))).expect("read timeout");
	write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").expect("request sent");
	let mut response = String::new();
	let _ = stream.read_to_string(&mut response);
	response
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_node_finalizes_serves_rpc_and_includes_a_signed_transfer() {
	let dir = TempDir::new("dev");
	let mut node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;

	// Blocks are produced and finalized.
	wait_for("finalized block #2", TIMEOUT, || async {
		rpc.finalized().await.ok().filter(|(n, _)| *n >= 2)
	})
	.await;

	// The chain describes itself for wallets and polkadot.js.
	let name: String = rpc.call("system_chain", vec![]).await.unwrap();
	assert_eq!(name, "TSM Development");
	let properties: Value = rpc.call("system_properties", vec![]).await.unwrap();
	assert_eq!(properties["tokenSymbol"], "TSM");
	assert_eq!(properties["tokenDecimals"], 12);
	assert_eq!(properties["ss58Format"], 42);

	// The standard methods and the node's own are served.
	assert_serves(
		&rpc,
		&[
			"chain_getFinalizedHead",
			"state_getStorage",
			"state_getMetadata",
			"author_submitAndWatchExtrinsic",
			"author_rotateKeys",
			"system_accountNextIndex",
			"payment_queryInfo",
			"tsmEnergy_clock",
			"tsmEnergy_slot",
			"tsmEnergy_readings",
		],
	)
	.await;

	// The energy market's clock runs on the dev chain's short slots, by the
	// block timestamp; an empty slot and an unread meter answer with nothing.
	let clock: Value = rpc.call("tsmEnergy_clock", vec![]).await.unwrap();
	assert_eq!(
		clock["timing"],
		serde_json::json!({ "length": 30_000, "gateClosure": 6_000, "readingWindow": 15_000 })
	);
	let now = clock["now"].as_u64().unwrap();
	assert_eq!(clock["currentSlot"].as_u64().unwrap(), now / 30_000);
	assert!(clock["firstOpenSlot"].as_u64().unwrap() > now / 30_000);
	let slot: Value = rpc.call("tsmEnergy_slot", vec![(now / 30_000 + 1).into()]).await.unwrap();
	assert!(slot.is_null());
	let bob = Bob.to_account_id().to_string();
	let readings: Value =
		rpc.call("tsmEnergy_readings", vec![bob.into(), 0.into(), 10.into()]).await.unwrap();
	assert_eq!(readings, serde_json::json!([]));

	// A signed transfer is included, finalized, and emits its event.
	let chain = rpc.chain().await;
	let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
	let bob_before = rpc.account(&Bob.to_account_id()).await.data.free;
	let amount = 7 * UNIT;
	let tx = sign(chain, transfer(&Bob, amount), &alice, 0);
	let block = rpc.submit_and_watch_finalized(&tx, TIMEOUT).await;
	let events = rpc.events(block).await;
	assert!(
		events.iter().any(|record| matches!(
			&record.event,
			RuntimeEvent::Balances(pallet_balances::Event::Transfer { from, to, amount: a })
				if *from == Alice.to_account_id() && *to == Bob.to_account_id() && *a == amount
		)),
		"no Transfer event in block {block:?}: {events:?}"
	);
	assert_eq!(rpc.account(&Bob.to_account_id()).await.data.free, bob_before + amount);

	// Prometheus metrics are served on the chosen port.
	let metrics = http_get(node.ports.prometheus, "/metrics");
	assert!(metrics.contains("substrate_block_height"), "no block height metric: {metrics}");

	// Stopped and started again on its `--base-path`, the node keeps its
	// chain (ParityDB), its peer id (the network key in the base path) and
	// goes on finalizing.
	let peer: String = rpc.call("system_localPeerId", vec![]).await.unwrap();
	let (number, hash) = rpc.finalized().await.unwrap();
	drop(rpc);
	node.stop();
	node.restart();
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	let peer_after: String = rpc.call("system_localPeerId", vec![]).await.unwrap();
	assert_eq!(peer_after, peer, "the restarted node has a new peer id");
	assert_eq!(rpc.block_hash(number).await, Some(hash), "the restarted node lost #{number}");
	assert_eq!(rpc.account(&Bob.to_account_id()).await.data.free, bob_before + amount);
	wait_for("finality after the restart", TIMEOUT, || async {
		rpc.finalized().await.ok().filter(|(n, _)| *n > number)
	})
	.await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_transactions_are_refused_with_the_runtime_error_and_change_nothing() {
	let dir = TempDir::new("dev-bad-tx");
	let node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	wait_for("block #1", TIMEOUT, || async { rpc.best().await.ok().filter(|(n, _)| *n >= 1) })
		.await;

	let chain = rpc.chain().await;
	let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
	let bob = sr25519::Pair::from_string("//Bob", None).unwrap();
	// An account nobody funded.
	let pauper = sr25519::Pair::from_string("//TSM//nobody//funded//this", None).unwrap();

	// Use Alice's nonce 0, so that it is stale afterwards.
	let first = sign(chain, transfer(&Bob, UNIT), &alice, 0);
	rpc.submit_and_watch_finalized(&first, TIMEOUT).await;

	let accounts = [Alice.to_account_id(), Bob.to_account_id(), pauper.public().into()];
	let mut before = Vec::new();
	for who in &accounts {
		before.push(rpc.account(who).await);
	}

	// Signed by Bob's key but claiming to be Alice.
	assert_invalid(
		rpc.submit(&sign_as(chain, transfer(&Bob, UNIT), &alice, &bob, 1)).await,
		"bad signature",
	);
	// Nonce 0 was used already.
	assert_invalid(rpc.submit(&sign(chain, transfer(&Bob, UNIT), &alice, 0)).await, "outdated");
	// No funds to pay the fee.
	assert_invalid(
		rpc.submit(&sign(chain, transfer(&Bob, UNIT), &pauper, 0)).await,
		"Inability to pay some fees",
	);

	// A few more blocks later nothing has changed.
	let (now, _) = rpc.best().await.unwrap();
	wait_for("two more blocks", TIMEOUT, || async {
		rpc.best().await.ok().filter(|(n, _)| *n >= now + 2)
	})
	.await;
	for (who, was) in accounts.iter().zip(before) {
		assert_eq!(rpc.account(who).await, was, "state of {who} changed");
	}
}
