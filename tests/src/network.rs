//! The `consortium` network on loopback: one validator process per member
//! organisation, peering only with each other (`--reserved-only`), plus
//! room for operators who join later.

use crate::{
	node::{run_to_exit, Node, Ports, TempDir},
	rpc::Rpc,
	wait_for,
};
use sp_core::H256;
use sp_runtime::DigestItem;
use std::{collections::BTreeMap, time::Duration};
use tsm_runtime::genesis_config_presets::CONSORTIUM_MEMBERS;

/// How long any single wait on the network may take.
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// Aura's engine id in pre-runtime digests.
const AURA: [u8; 4] = *b"aura";

/// Puts a key into a node's keystore with the node's own `key insert`, as an
/// operator would.
pub fn insert_key(base_path: &str, scheme: &str, key_type: &str, suri: &str) {
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
			suri,
		],
		Duration::from_secs(60),
	);
	assert!(run.success, "key insert failed: {}", run.stderr);
}

/// A member's Aura and GRANDPA keys (test seeds `//tsm//consortium//<member>//<role>`).
pub fn insert_session_keys(base_path: &str, member: &str) {
	for (scheme, key_type, role) in [("sr25519", "aura", "aura"), ("ed25519", "gran", "grandpa")] {
		insert_key(base_path, scheme, key_type, &format!("//tsm//consortium//{member}//{role}"));
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
pub async fn slot_of(rpc: &Rpc, number: u32) -> u64 {
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

/// Running nodes and what the test saw of them.
pub struct Network {
	pub dir: TempDir,
	pub nodes: Vec<Node>,
	pub rpcs: Vec<Option<Rpc>>,
	/// Ports and `--reserved-nodes` arguments of every slot, started or not.
	ports: Vec<Ports>,
	addresses: Vec<String>,
	/// Every finalized (number, hash) seen, to check none is ever reverted.
	pub finalized_seen: BTreeMap<u32, H256>,
}

impl Network {
	/// Starts the four consortium members' validators, each peering with
	/// every other slot, including `extra` slots for nodes started later
	/// with [`Network::start_extra`].
	pub async fn consortium(label: &str, extra: usize) -> Network {
		let dir = TempDir::new(label);
		let slots = CONSORTIUM_MEMBERS.len() + extra;
		let ports: Vec<Ports> = (0..slots).map(|_| Ports::free()).collect();
		// Node keys, and so peer ids, are fixed: each node names the others
		// as its only peers.
		let mut addresses = Vec::new();
		for (i, port) in ports.iter().enumerate() {
			let file = dir.path().join(format!("node-key-{i}"));
			std::fs::write(&file, format!("{:064x}", i + 1)).unwrap();
			let peer = peer_id(file.to_str().unwrap());
			addresses.push(format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer}", port.p2p));
		}
		let mut net = Network {
			dir,
			nodes: Vec::new(),
			rpcs: Vec::new(),
			ports,
			addresses,
			finalized_seen: BTreeMap::new(),
		};
		for member in CONSORTIUM_MEMBERS.iter() {
			let base = net.dir.path().join(member.name);
			insert_session_keys(base.to_str().unwrap(), member.name);
			net.start_slot(member.name, &[]);
		}
		for i in 0..net.nodes.len() {
			net.connect(i).await;
		}
		net
	}

	/// The base path of the node `name` (to prepare its keystore first).
	pub fn base_path(&self, name: &str) -> String {
		self.dir.path().join(name).display().to_string()
	}

	/// Starts the next slot's validator as `name`, with `args` besides the
	/// chain and peers; returns its index.
	pub async fn start_extra(&mut self, name: &str, args: &[&str]) -> usize {
		let index = self.start_slot(name, args);
		self.connect(index).await;
		index
	}

	fn start_slot(&mut self, name: &str, extra_args: &[&str]) -> usize {
		let i = self.nodes.len();
		let key_file = self.dir.path().join(format!("node-key-{i}"));
		let mut args = vec![
			"--chain".to_string(),
			"consortium".into(),
			"--validator".into(),
			"--node-key-file".into(),
			key_file.display().to_string(),
			"--reserved-only".into(),
		];
		for (j, address) in self.addresses.iter().enumerate() {
			if j != i {
				args.push("--reserved-nodes".into());
				args.push(address.clone());
			}
		}
		args.extend(extra_args.iter().map(|a| a.to_string()));
		let args: Vec<&str> = args.iter().map(String::as_str).collect();
		self.nodes.push(Node::start(name, self.dir.path(), self.ports[i], &args));
		self.rpcs.push(None);
		i
	}

	pub async fn connect(&mut self, index: usize) {
		self.rpcs[index] = Some(Rpc::connect(&self.nodes[index].rpc_url(), TIMEOUT).await);
	}

	/// The RPC connection of a running node.
	pub fn rpc(&self, index: usize) -> &Rpc {
		self.rpcs[index].as_ref().expect("the node is running")
	}

	pub fn running(&self) -> impl Iterator<Item = &Rpc> {
		self.rpcs.iter().flatten()
	}

	/// The lowest finalized block among the running nodes; remembers what it saw.
	pub async fn min_finalized(&mut self) -> u32 {
		let mut lowest = u32::MAX;
		let mut seen = Vec::new();
		for rpc in self.rpcs.iter().flatten() {
			let (number, hash) = rpc.finalized().await.expect("a running node answers");
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

	pub async fn max_best(&self) -> u32 {
		let mut highest = 0;
		for rpc in self.running() {
			highest = highest.max(rpc.best().await.expect("a running node answers").0);
		}
		highest
	}

	/// Waits until every running node has finalized `target`.
	pub async fn wait_all_finalize(&mut self, target: u32, what: &str) {
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

	/// Waits until finality on every running node moves `blocks` past where it is.
	pub async fn wait_finality_advances(&mut self, blocks: u32, what: &str) {
		let finalized = self.min_finalized().await;
		self.wait_all_finalize(finalized + blocks, what).await;
	}

	pub async fn wait_best(&self, target: u32, what: &str) {
		wait_for(what, TIMEOUT, || async {
			let best = self.max_best().await;
			(best >= target).then_some(best)
		})
		.await;
	}

	pub fn stop(&mut self, index: usize) {
		self.rpcs[index] = None;
		self.nodes[index].stop();
	}

	/// Kills a node with SIGKILL, in the middle of whatever it was doing.
	pub fn kill(&mut self, index: usize) {
		self.rpcs[index] = None;
		self.nodes[index].kill();
	}

	/// Asserts that node `index` still has its member's Aura and GRANDPA
	/// keys in its keystore.
	pub async fn assert_has_session_keys(&self, index: usize) {
		use sp_core::{ed25519, sr25519, Pair};
		let member = CONSORTIUM_MEMBERS[index].name;
		let seed = |role: &str| format!("//tsm//consortium//{member}//{role}");
		let aura = sr25519::Pair::from_string(&seed("aura"), None).unwrap().public();
		let grandpa = ed25519::Pair::from_string(&seed("grandpa"), None).unwrap().public();
		for (public, key_type) in [(aura.0, "aura"), (grandpa.0, "gran")] {
			let public = format!("0x{}", hex::encode(public));
			let has: bool = self
				.rpc(index)
				.call("author_hasKey", vec![public.into(), key_type.into()])
				.await
				.expect("author_hasKey answers");
			assert!(has, "{member}'s node lost its {key_type} key");
		}
	}

	/// Checks that no finalized block the test saw was reverted on any node.
	pub async fn assert_no_finalized_block_reverted(&self) {
		for (number, hash) in &self.finalized_seen {
			for rpc in self.running() {
				assert_eq!(rpc.block_hash(*number).await, Some(*hash), "#{number} was reverted");
			}
		}
	}
}

/// The `local` network on loopback: Alice's and Bob's validators (the
/// chain's development keys, `--alice` and `--bob`) peering only with each
/// other, each with `extra_args` besides; its files under `dir`.
pub fn local(dir: &std::path::Path, extra_args: &[String]) -> Vec<Node> {
	let names = ["alice", "bob"];
	let ports: Vec<Ports> = names.iter().map(|_| Ports::free()).collect();
	let mut addresses = Vec::new();
	for (i, port) in ports.iter().enumerate() {
		let file = dir.join(format!("node-key-{i}"));
		std::fs::write(&file, format!("{:064x}", i + 1)).expect("the node dir is writable");
		let peer = peer_id(file.to_str().expect("a UTF-8 path"));
		addresses.push(format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer}", port.p2p));
	}
	names
		.iter()
		.enumerate()
		.map(|(i, name)| {
			let key_file = dir.join(format!("node-key-{i}"));
			let mut args = vec![
				"--chain".to_string(),
				"local".into(),
				format!("--{name}"),
				"--node-key-file".into(),
				key_file.display().to_string(),
				"--reserved-only".into(),
				"--reserved-nodes".into(),
				addresses[1 - i].clone(),
			];
			args.extend(extra_args.iter().cloned());
			let args: Vec<&str> = args.iter().map(String::as_str).collect();
			Node::start(name, dir, ports[i], &args)
		})
		.collect()
}
