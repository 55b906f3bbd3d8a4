//! The load harness: sets up accounts for a mix of workloads, presigns
//! their transactions, submits them at a target rate over several kept-open
//! JSON-RPC connections (each account's transactions in nonce order through
//! one connection, the connections spread over the nodes), follows the
//! chain, and reports what was submitted, refused, included and finalized,
//! with latencies, finality lag and block fullness. `tsm-load` (the binary)
//! and the end-to-end test `load` drive it.

pub mod follow;
pub mod report;
pub mod workload;

use crate::connection::Connection;
use crate::{rpc::Rpc, tx::sign, wait_for};
use follow::Follower;
use serde_json::Value;
use sp_core::{sr25519, H256};
use std::time::{Duration, Instant};
use tsm_runtime::Balance;
use workload::{LoadAccount, Mix, Prepared};

/// What to run.
#[derive(Clone, Debug)]
pub struct Config {
	/// Accounts signing the load.
	pub accounts: u32,
	pub mix: Mix,
	/// Transactions per second to submit, all connections together.
	pub rate: u32,
	/// How long to submit for.
	pub duration: Duration,
	/// At most this many transactions (the run also stops at `duration`).
	pub max_transactions: u32,
	/// Kept-open connections, spread over the nodes.
	pub connections: u32,
	/// Transactions per JSON-RPC batch request.
	pub batch: u32,
	/// How long to wait, after the last submission, for finality to make
	/// progress on the load before counting what is not finalized as lost.
	pub drain: Duration,
	/// What each load account is funded with.
	pub funding: Balance,
}

/// One transaction as submitted.
#[derive(Clone, Debug)]
pub struct Submitted {
	pub hash: H256,
	pub kind: workload::Kind,
	/// Milliseconds from the start of the load.
	pub at_ms: f64,
	/// Which node it went to.
	pub node: usize,
	/// `None` when the pool acknowledged it, else why not.
	pub refused: Option<String>,
}

/// The extrinsics one connection submits, in order, with their signers
/// (indices into the accounts) and kinds.
struct Queue {
	node: usize,
	accounts: usize,
	items: Vec<(usize, workload::Kind, Vec<u8>)>,
}

/// Runs the load against `endpoints` (RPC URLs; the first is also
/// followed) and returns the report (JSON, see [`report`]).
pub async fn run(config: &Config, endpoints: &[String], funder: &sr25519::Pair) -> Value {
	assert!(!endpoints.is_empty(), "at least one RPC endpoint");
	let timeout = Duration::from_secs(120);
	let rpc = Rpc::connect(&endpoints[0], timeout).await;
	wait_for("finalized block #1", timeout, || async {
		rpc.finalized().await.ok().filter(|(n, _)| *n >= 1)
	})
	.await;
	let accounts = workload::accounts(&config.mix, config.accounts);
	eprintln!("load: setting up {} accounts ({})", accounts.len(), config.mix.describe());
	let prepared = workload::prepare(&rpc, funder, &accounts, config.funding).await;

	let total = config
		.max_transactions
		.min(config.rate.saturating_mul(config.duration.as_secs().max(1) as u32));
	eprintln!("load: presigning {total} transactions");
	let queues = presign(&rpc, &accounts, &prepared, total, config, endpoints.len()).await;

	let (from, _) = rpc.best().await.expect("the best block");
	let start = Instant::now();
	let follower = Follower::start(Rpc::connect(&endpoints[0], timeout).await, from, start);
	eprintln!("load: submitting at {} tx/s for {:?}", config.rate, config.duration);
	let submitted = submit(queues, endpoints, config, start).await;
	let submitted_ms = start.elapsed().as_secs_f64() * 1_000.0;

	let acknowledged: std::collections::HashSet<H256> =
		submitted.iter().filter(|s| s.refused.is_none()).map(|s| s.hash).collect();
	eprintln!("load: {} acknowledged; waiting for finality", acknowledged.len());
	// Wait while finality makes progress on the load; give up after
	// `drain` without any.
	let (mut finalized_before, mut progress_at) = (0, tokio::time::Instant::now());
	loop {
		let finalized = {
			let seen = follower.seen.lock().expect("not poisoned");
			if let Some(error) = &seen.error {
				panic!("following the chain failed: {error}");
			}
			seen.blocks
				.values()
				.filter(|b| b.finalized_ms.is_some())
				.flat_map(|b| b.extrinsics.iter())
				.filter(|h| acknowledged.contains(h))
				.count()
		};
		if finalized > finalized_before {
			(finalized_before, progress_at) = (finalized, tokio::time::Instant::now());
		}
		if finalized >= acknowledged.len() || progress_at.elapsed() >= config.drain {
			break;
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	// Where the acknowledged transactions that were not finalized are:
	// still in a node's pool, or gone.
	let mut pending = Vec::new();
	for url in endpoints {
		let in_pool: Vec<String> = Rpc::connect(url, timeout)
			.await
			.call("author_pendingExtrinsics", vec![])
			.await
			.unwrap_or_default();
		let hashes: std::collections::HashSet<H256> = in_pool
			.iter()
			.filter_map(|x| hex::decode(x.trim_start_matches("0x")).ok())
			.map(|bytes| H256(sp_io::hashing::blake2_256(&bytes)))
			.collect();
		pending.push(hashes);
	}
	let seen = follower.stop().await;
	let validators = report::validator_count(&rpc).await;
	report::build(
		config,
		&submitted,
		submitted_ms,
		&seen,
		validators,
		prepared.energy_slot,
		&pending,
	)
}

/// Signs every account's share of `total` calls with its next nonces,
/// spread over both cores, and lays them out per connection: account `a`
/// goes through connection `a % connections`, which talks to node
/// `connection % nodes`; a connection sends its accounts' first calls,
/// then their second, and so on.
async fn presign(
	rpc: &Rpc,
	accounts: &[LoadAccount],
	prepared: &Prepared,
	total: u32,
	config: &Config,
	nodes: usize,
) -> Vec<Queue> {
	let per_account = total.div_ceil(accounts.len().max(1) as u32);
	let mut nonces = Vec::new();
	for a in accounts {
		nonces.push(rpc.account(&crate::app::account(&a.pair)).await.nonce);
	}
	let connections = config.connections.max(1) as usize;
	let signed: Vec<Vec<(workload::Kind, Vec<u8>)>> = std::thread::scope(|scope| {
		let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
		let chunk = accounts.len().div_ceil(workers).max(1);
		let handles: Vec<_> = (0..accounts.len())
			.step_by(chunk)
			.map(|first| {
				let nonces = &nonces;
				scope.spawn(move || {
					(first..(first + chunk).min(accounts.len()))
						.map(|index| {
							(0..per_account)
								.map(|k| {
									let call = workload::call(prepared, accounts, index, k);
									let signer = &accounts[index].pair;
									let extrinsic =
										sign(prepared.chain, call, signer, nonces[index] + k);
									(accounts[index].kind, extrinsic)
								})
								.collect::<Vec<_>>()
						})
						.collect::<Vec<_>>()
				})
			})
			.collect();
		handles.into_iter().flat_map(|h| h.join().expect("signing does not panic")).collect()
	});
	let mut queues: Vec<Queue> = (0..connections)
		.map(|c| Queue {
			node: c % nodes,
			accounts: (c..accounts.len()).step_by(connections).count(),
			items: Vec::new(),
		})
		.collect();
	let mut signed: Vec<std::vec::IntoIter<(workload::Kind, Vec<u8>)>> =
		signed.into_iter().map(Vec::into_iter).collect();
	let mut left = total as usize;
	for _ in 0..per_account {
		for (index, calls) in signed.iter_mut().enumerate() {
			if left == 0 {
				break;
			}
			if let Some((kind, extrinsic)) = calls.next() {
				queues[index % connections].items.push((index, kind, extrinsic));
				left -= 1;
			}
		}
	}
	queues
}

/// Submits every queue over its own connection, each at its share of the
/// rate, in batches, until the queue is empty or the duration is over. A
/// batch carries at most one transaction per account, so an account's
/// transactions reach the pool in nonce order; once the pool refuses one,
/// the account's later ones are not sent (they could never be included
/// before it), as a wallet would wait and retry.
async fn submit(
	queues: Vec<Queue>,
	endpoints: &[String],
	config: &Config,
	start: Instant,
) -> Vec<Submitted> {
	let per_connection = f64::from(config.rate.max(1)) / queues.len().max(1) as f64;
	let duration = config.duration;
	let tasks: Vec<_> = queues
		.into_iter()
		.map(|queue| {
			let url = endpoints[queue.node].clone();
			let batch = (config.batch as usize).clamp(1, queue.accounts.max(1));
			tokio::spawn(async move {
				let mut connection = Connection::new(&url);
				let mut out = Vec::with_capacity(queue.items.len());
				let mut stalled = std::collections::HashSet::new();
				for (b, chunk) in queue.items.chunks(batch).enumerate() {
					// Only batches that start within the duration go, each
					// once its last transaction is due.
					let due = |n: usize| Duration::from_secs_f64(n as f64 / per_connection);
					if due(b * batch) >= duration {
						break;
					}
					tokio::time::sleep_until((start + due(b * batch + chunk.len())).into()).await;
					let chunk: Vec<_> =
						chunk.iter().filter(|(account, ..)| !stalled.contains(account)).collect();
					if chunk.is_empty() {
						continue;
					}
					let params: Vec<Value> = chunk
						.iter()
						.map(|(.., x)| Value::Array(vec![format!("0x{}", hex::encode(x)).into()]))
						.collect();
					let at_ms = start.elapsed().as_secs_f64() * 1_000.0;
					let answers = connection.batch("author_submitExtrinsic", &params).await;
					for (i, (account, kind, extrinsic)) in chunk.iter().enumerate() {
						let refused = match &answers {
							Ok(answers) => answers[i].as_ref().err().cloned(),
							Err(e) => Some(format!("no answer: {e}")),
						};
						if refused.is_some() {
							stalled.insert(*account);
						}
						out.push(Submitted {
							hash: H256(sp_io::hashing::blake2_256(extrinsic)),
							kind: *kind,
							at_ms,
							node: queue.node,
							refused,
						});
					}
				}
				out
			})
		})
		.collect();
	let mut all = Vec::new();
	for task in tasks {
		all.extend(task.await.expect("a submitting task does not panic"));
	}
	all
}

/// The run's totals that tests check (from a report).
pub struct Totals {
	pub submitted: u64,
	pub refused: u64,
	pub finalized: u64,
	pub lost: u64,
}

impl Totals {
	pub fn of(report: &Value) -> Totals {
		let n = |key: &str| report["totals"][key].as_u64().expect("a count in the report");
		Totals {
			submitted: n("submitted"),
			refused: n("refused"),
			finalized: n("finalized"),
			lost: n("lost"),
		}
	}
}
