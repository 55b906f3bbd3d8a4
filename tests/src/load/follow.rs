//! Follows a node's chain while the load runs: every new best block (its
//! extrinsics, weight and length, when it was first seen) and every newly
//! finalized one (when), plus how far finality trails the best block.

use crate::rpc::Rpc;
use codec::Decode;
use frame_support::{dispatch::PerDispatchClass, weights::Weight};
use serde_json::Value;
use sp_core::H256;
use sp_runtime::DigestItem;
use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicBool, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

/// How often the node is asked for its heads.
const POLL: Duration = Duration::from_millis(100);

/// A block as the follower saw it.
#[derive(Clone, Debug)]
pub struct BlockSeen {
	pub number: u32,
	pub hash: H256,
	pub slot: u64,
	/// Milliseconds from the start of the run until it was first seen as
	/// the best block's ancestor or the best block itself.
	pub seen_ms: f64,
	/// …and until it was seen finalized.
	pub finalized_ms: Option<f64>,
	/// The hashes of its extrinsics (inherents included).
	pub extrinsics: Vec<H256>,
	/// Its extrinsics' bytes.
	pub length: u64,
	/// The weight it used, all dispatch classes.
	pub weight: Weight,
}

/// One reading of the heads: (ms, best number, finalized number).
pub type HeadSample = (f64, u32, u32);

/// What the follower has seen so far.
#[derive(Default)]
pub struct Seen {
	/// Canonical blocks by number (a block replaced by a reorganisation is
	/// replaced here too).
	pub blocks: BTreeMap<u32, BlockSeen>,
	pub samples: Vec<HeadSample>,
	/// The first error, if following failed.
	pub error: Option<String>,
}

/// A follower running in the background until [`Follower::stop`].
pub struct Follower {
	pub seen: Arc<Mutex<Seen>>,
	stop: Arc<AtomicBool>,
	task: tokio::task::JoinHandle<()>,
}

impl Follower {
	/// Starts following `rpc`'s chain from the block after `from`; times
	/// count from `start`.
	pub fn start(rpc: Rpc, from: u32, start: Instant) -> Follower {
		let seen = Arc::new(Mutex::new(Seen::default()));
		let stop = Arc::new(AtomicBool::new(false));
		let task = tokio::spawn(follow(rpc, from, start, seen.clone(), stop.clone()));
		Follower { seen, stop, task }
	}

	/// Stops following; what was seen.
	pub async fn stop(self) -> Seen {
		self.stop.store(true, Ordering::Relaxed);
		self.task.await.expect("the follower does not panic");
		std::mem::take(&mut *self.seen.lock().expect("not poisoned"))
	}
}

async fn follow(
	rpc: Rpc,
	from: u32,
	start: Instant,
	seen: Arc<Mutex<Seen>>,
	stop: Arc<AtomicBool>,
) {
	let (mut best_read, mut finalized_read) = (from, from);
	while !stop.load(Ordering::Relaxed) {
		if let Err(e) = poll(&rpc, start, &seen, &mut best_read, &mut finalized_read).await {
			seen.lock().expect("not poisoned").error.get_or_insert(e);
			return;
		}
		tokio::time::sleep(POLL).await;
	}
}

/// Reads the heads once and every block new since the last reading.
async fn poll(
	rpc: &Rpc,
	start: Instant,
	seen: &Mutex<Seen>,
	best_read: &mut u32,
	finalized_read: &mut u32,
) -> Result<(), String> {
	let (best, _) = rpc.best().await.map_err(|e| e.to_string())?;
	let (finalized, _) = rpc.finalized().await.map_err(|e| e.to_string())?;
	let now = ms_since(start);
	seen.lock().expect("not poisoned").samples.push((now, best, finalized));
	for number in *best_read + 1..=best {
		let block = read_block(rpc, number, start).await?;
		seen.lock().expect("not poisoned").blocks.insert(number, block);
	}
	*best_read = (*best_read).max(best);
	for number in *finalized_read + 1..=finalized {
		let hash = rpc.block_hash(number).await.ok_or(format!("no block #{number}"))?;
		let known = seen.lock().expect("not poisoned").blocks.get(&number).map(|b| b.hash);
		if known != Some(hash) {
			// Reorganised since it was read (or never read): read the
			// finalized one.
			let block = read_block(rpc, number, start).await?;
			seen.lock().expect("not poisoned").blocks.insert(number, block);
		}
		let now = ms_since(start);
		if let Some(block) = seen.lock().expect("not poisoned").blocks.get_mut(&number) {
			block.finalized_ms = Some(now);
		}
	}
	*finalized_read = (*finalized_read).max(finalized);
	Ok(())
}

fn ms_since(start: Instant) -> f64 {
	start.elapsed().as_secs_f64() * 1_000.0
}

/// The canonical block at `number`, read now.
async fn read_block(rpc: &Rpc, number: u32, start: Instant) -> Result<BlockSeen, String> {
	let hash = rpc.block_hash(number).await.ok_or(format!("no block #{number}"))?;
	let seen_ms = ms_since(start);
	let block: Value = rpc
		.call("chain_getBlock", vec![format!("{hash:?}").into()])
		.await
		.map_err(|e| format!("block #{number}: {e}"))?;
	let header: tsm_runtime::Header = serde_json::from_value(block["block"]["header"].clone())
		.map_err(|e| format!("block #{number}'s header: {e}"))?;
	if header.hash() != hash {
		return Err(format!("block #{number}: the header does not hash to {hash:?}"));
	}
	let slot = header
		.digest
		.logs
		.iter()
		.find_map(|log| match log {
			DigestItem::PreRuntime(engine, data) if engine == b"aura" => {
				u64::decode(&mut &data[..]).ok()
			}
			_ => None,
		})
		.ok_or(format!("block #{number} carries no Aura slot"))?;
	let mut extrinsics = Vec::new();
	let mut length = 0;
	for extrinsic in block["block"]["extrinsics"].as_array().ok_or("a block without a body")? {
		let text = extrinsic.as_str().ok_or("an extrinsic that is not hex")?;
		let bytes = hex::decode(text.trim_start_matches("0x")).map_err(|e| e.to_string())?;
		length += bytes.len() as u64;
		extrinsics.push(H256(sp_io::hashing::blake2_256(&bytes)));
	}
	// `System::BlockWeight` (private to frame_system; its key is public
	// knowledge) holds the block's weight until the next block starts.
	let key =
		[sp_io::hashing::twox_128(b"System"), sp_io::hashing::twox_128(b"BlockWeight")].concat();
	let weight: PerDispatchClass<Weight> = rpc.storage(&key, Some(hash)).await.unwrap_or_default();
	Ok(BlockSeen {
		number,
		hash,
		slot,
		seen_ms,
		finalized_ms: None,
		extrinsics,
		length,
		weight: weight.total(),
	})
}
