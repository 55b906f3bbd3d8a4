//! A four-validator consortium network on loopback, one process per member
//! organisation, peering only with each other (`--reserved-only`).
//!
//! GRANDPA needs more than two thirds of the votes: with 4 validators it
//! finalizes with 3 and halts with 2, while Aura keeps authoring in the
//! slots of the validators still up.

use sp_runtime::DigestItem;
use std::{collections::BTreeMap, time::Duration};
use tsm_e2e_tests::{
	node::{run_to_exit, Node, Ports, TempDir},
	rpc::Rpc,
	wait_for,
};
use tsm_runtime::genesis_config_presets::CONSORTIUM_MEMBERS;

const TIMEOUT: Duration = Duration::from_secs(120);

/// Puts a member's Aura and GRANDPA keys into its node's keystore, with the
/// node's own `key insert` (as an operator would).
fn insert_session_keys(base_path: &str, member: &str) {
	for (scheme, key_type, role) in [("sr25519", "aura", "aura"), ("ed25519", "gran", "grandpa")] {
		let suri = format!("//tsm//consortium//{member}//{role}");
		let run = run_to_exit(
			&[
				"key",
				"insert",
				"--base-path",
				base_path,
				"--chain",
				"consortium",
				"--scheme",
				scheme,
				"--key-type",
				key_type,
				"--suri",
				&suri,
			],
			Duration::from_secs(60),
		);
		assert!(run.success, "key insert failed: {}", run.stderr);
	}
}

/// The libp2p peer id of a node key file, from `key inspect-node-key`.
fn peer_id(node_key_file: &str) -> String {
	let run =
		run_to_exit(&["key", "inspect-node-key", "--file", node_key_file], Duration::from_secs(60));
	assert!(run.success, "inspect-node-key failed: {}", run.stderr);
	run.stdout.trim().to_string()
}

/// The Aura slot a block was authored in.
async fn slot_of(rpc: &Rpc, number: u32) -> u64 {
	let hash = rpc.block_hash(number).await.expect("block exists");
	let header: tsm_runtime::Header = rpc
		.call("chain_getHeader", vec![format!("{hash:?}").into()])
		.await
		.expect("header of a known block");
	header
		.digest
		.logs
		.iter()
		.find_map(|log| match log {
			DigestItem::PreRuntime(engine, data) if *engine == AURA => {
				<u64 as codec::Decode>::decode(&mut &data[..]).ok()
			}
			_ => None,
		})
		.expect("every block carries its Aura slot")
}

/// Aura's engine id in pre-runtime digests.
const AURA: [u8; 4] = *b"aura";

struct Network {
	nodes: Vec<Node>,
	rpcs: Vec<Option<Rpc>>,
	/// Every finalized (number, hash) seen, to check none is ever reverted.
	finalized_seen: BTreeMap<u32, sp_core::H256>,
}

impl Network {
	async fn connect(&mut self, index: usize) {
		self.rpcs[index] = Some(Rpc::connect(&self.nodes[index].rpc_url(), TIMEOUT).await);
	}

	fn running(&self) -> impl Iterator<Item = &Rpc> {
		self.rpcs.iter().flatten()
	}

	/// The lowest finalized block among the running nodes; remembers what it saw.
	async fn min_finalized(&mut self) -> u32 {
		let mut lowest = u32::MAX;
		let mut seen = Vec::new();
		for rpc in self.rpcs.iter().flatten() {
			let (number, hash) = rpc.finalized().await.unwrap_or_default();
			seen.push((number, hash));
			lowest = lowest.min(number);
		}
		for (number, hash) in seen {
			if number > 0 {
				if let Some(previous) = self.finalized_seen.insert(number, hash) {
					assert_eq!(previous, hash, "two different blocks finalized at #{number}");
				}
			}
		}
		lowest
	}

	async fn max_best(&self) -> u32 {
		let mut highest = 0;
		for rpc in self.running() {
			highest = highest.max(rpc.best().await.map(|(n, _)| n).unwrap_or(0));
		}
		highest
	}

	async fn wait_all_finalize(&mut self, target: u32, what: &str) {
		let deadline = tokio::time::Instant::now() + TIMEOUT;
		loop {
			if self.min_finalized().await >= target {
				return;
			}
			// Nodes meant to be up (those with a connection) must not crash.
			for (node, rpc) in self.nodes.iter_mut().zip(&self.rpcs) {
				assert!(rpc.is_none() || !node.has_exited(), "{} died", node.name);
			}
			assert!(tokio::time::Instant::now() < deadline, "timed out waiting for {what}");
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	}

	async fn wait_best(&self, target: u32, what: &str) {
		wait_for(what, TIMEOUT, || async {
			let best = self.max_best().await;
			(best >= target).then_some(best)
		})
		.await;
	}

	fn stop(&mut self, index: usize) {
		self.rpcs[index] = None;
		self.nodes[index].stop();
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_finalize_tolerate_one_failure_and_recover() {
	let dir = TempDir::new("consortium");
	let ports: Vec<Ports> = (0..4).map(|_| Ports::free()).collect();

	// Node keys, and so peer ids, are fixed: each node names the other three
	// as its only peers.
	let mut addresses = Vec::new();
	for (i, port) in ports.iter().enumerate() {
		let file = dir.path().join(format!("node-key-{i}"));
		std::fs::write(&file, format!("{:064x}", i + 1)).unwrap();
		let peer = peer_id(file.to_str().unwrap());
		addresses.push(format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer}", port.p2p));
	}

	let mut nodes = Vec::new();
	for (i, member) in CONSORTIUM_MEMBERS.iter().enumerate() {
		let base = dir.path().join(member.name);
		insert_session_keys(base.to_str().unwrap(), member.name);
		let key_file = dir.path().join(format!("node-key-{i}"));
		let mut args = vec![
			"--chain".to_string(),
			"consortium".into(),
			"--validator".into(),
			"--node-key-file".into(),
			key_file.display().to_string(),
			"--reserved-only".into(),
		];
		for (j, address) in addresses.iter().enumerate() {
			if j != i {
				args.push("--reserved-nodes".into());
				args.push(address.clone());
			}
		}
		let args: Vec<&str> = args.iter().map(String::as_str).collect();
		nodes.push(Node::start(member.name, dir.path(), ports[i], &args));
	}
	let mut net =
		Network { nodes, rpcs: (0..4).map(|_| None).collect(), finalized_seen: BTreeMap::new() };
	for i in 0..4 {
		net.connect(i).await;
	}

	// All four author, and all four finalize.
	net.wait_all_finalize(12, "all four nodes to finalize #12").await;
	let rpc = net.rpcs[0].as_ref().unwrap();
	let mut authors = std::collections::BTreeSet::new();
	for number in 1..=12 {
		authors.insert(slot_of(rpc, number).await % 4);
	}
	assert_eq!(authors.len(), 4, "not every validator authored: slots mod 4 = {authors:?}");

	// One validator down: the other three still finalize.
	let (kept_number, kept_hash) = net.rpcs[3].as_ref().unwrap().finalized().await.unwrap();
	net.stop(3);
	let finalized = net.min_finalized().await;
	net.wait_all_finalize(finalized + 4, "finality with three of four validators").await;

	// Two down: blocks keep coming, finality halts.
	net.stop(2);
	let best = net.max_best().await;
	net.wait_best(best + 2, "blocks after the second failure").await;
	let halted_at = net.min_finalized().await;
	let best = net.max_best().await;
	net.wait_best(best + 4, "more blocks with finality halted").await;
	let finalized_now = net.min_finalized().await;
	assert_eq!(finalized_now, halted_at, "finality advanced with only two of four validators");

	// Both back: the restarted node kept its database...
	net.nodes[3].restart();
	net.connect(3).await;
	let restarted = net.rpcs[3].as_ref().unwrap();
	let (number_after, _) = restarted.finalized().await.unwrap();
	assert!(number_after >= kept_number, "restarted node lost finalized blocks");
	assert_eq!(restarted.block_hash(kept_number).await, Some(kept_hash));
	net.nodes[2].restart();
	net.connect(2).await;

	// ...and finality catches up past everything authored meanwhile.
	let best = net.max_best().await;
	net.wait_all_finalize(best + 2, "finality to catch up after the restarts").await;

	// No finalized block was ever reverted, on any node.
	for (number, hash) in &net.finalized_seen {
		for rpc in net.running() {
			assert_eq!(rpc.block_hash(*number).await, Some(*hash), "#{number} was reverted");
		}
	}
}
