//! Block import time of the node as built: a benchmark, not a test.
//!
//! Makes a development chain whose blocks are full of balance transfers
//! (to accounts that do not exist yet, so each creates one), exports it,
//! then imports it into a fresh database three times with
//! `tsm-node import-blocks` and prints each time and the median.
//!
//!   scripts/measure-import.sh [transfers]     # default 12000
//!
//! Compare two builds on the same machine, with nothing else running.

use sp_core::Pair;
use std::time::{Duration, Instant};
use tsm_e2e_tests::{
	app::pair,
	node::{node_binary, run_to_exit, Node, Ports, TempDir},
	rpc::Rpc,
	tx::sign,
	wait_for,
};
use tsm_runtime::{token::UNIT, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(600);
const SENDERS: [&str; 6] = ["//Alice", "//Bob", "//Charlie", "//Dave", "//Eve", "//Ferdie"];

#[tokio::main]
async fn main() {
	let transfers: u32 = std::env::args().nth(1).map_or(12_000, |n| n.parse().expect("a count"));
	let dir = TempDir::new("import-bench");
	let chain_dir = dir.path().join("author");
	let blocks_file = dir.path().join("blocks.bin");
	println!("node: {}", node_binary().display());

	// 1. A dev node authors blocks full of transfers.
	let mut node =
		Node::start("author", dir.path(), Ports::free(), &["--dev", "--pool-limit", "20000"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	let chain = rpc.chain().await;
	let per_sender = transfers / SENDERS.len() as u32;
	for (s, sender) in SENDERS.iter().enumerate() {
		let signer = pair(sender);
		for nonce in 0..per_sender {
			let dest = pair(&format!("//bench//{s}//{nonce}")).public();
			let call = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
				dest: sp_core::crypto::AccountId32::from(dest).into(),
				value: UNIT,
			});
			rpc.submit(&sign(chain, call, &signer, nonce)).await.expect("the pool takes it");
		}
	}
	// All in blocks once the pool is empty; then wait for those to be final.
	let last = wait_for("the pool to empty", TIMEOUT, || async {
		let pending: Vec<serde_json::Value> =
			rpc.call("author_pendingExtrinsics", vec![]).await.ok()?;
		let (best, _) = rpc.best().await.ok()?;
		pending.is_empty().then_some(best)
	})
	.await;
	wait_for("the last transfer block to be finalized", TIMEOUT, || async {
		let (finalized, _) = rpc.finalized().await.ok()?;
		(finalized >= last).then_some(())
	})
	.await;
	node.stop();
	println!("{transfers} transfers in blocks #1..=#{last}");

	// 2. Export them.
	let base = chain_dir.display().to_string();
	let blocks = blocks_file.display().to_string();
	let to = last.to_string();
	let export = run_to_exit(
		&[
			"export-blocks",
			"--dev",
			"--base-path",
			&base,
			"--from",
			"1",
			"--to",
			&to,
			"--binary",
			&blocks,
		],
		TIMEOUT,
	);
	assert!(export.success, "export-blocks failed: {}", export.stderr);

	// 3. Import them three times into a fresh database.
	let mut times = Vec::new();
	for run in 0..3 {
		let target = dir.path().join(format!("import-{run}")).display().to_string();
		let started = Instant::now();
		let import = run_to_exit(
			&["import-blocks", "--dev", "--base-path", &target, "--binary", &blocks],
			TIMEOUT,
		);
		let took = started.elapsed();
		assert!(import.success, "import-blocks failed: {}", import.stderr);
		println!("import {}: {:.2} s", run + 1, took.as_secs_f64());
		times.push(took);
	}
	times.sort();
	println!(
		"median import of {last} blocks ({transfers} transfers): {:.2} s",
		times[1].as_secs_f64()
	);
}
