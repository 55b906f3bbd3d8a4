//! The load run's report, as JSON: the configuration, the machine, totals
//! per workload, refusals by reason, rates, latency and finality-lag
//! percentiles, every block the load touched and a per-second series
//! (what `scripts/plot-load.py` draws).

use super::{follow::Seen, Config, Submitted};
use crate::rpc::Rpc;
use frame_support::dispatch::DispatchClass;
use serde_json::{json, Value};
use sp_core::H256;
use std::collections::{BTreeMap, HashMap, HashSet};
use tsm_runtime::{Runtime, SLOT_DURATION};

/// Refusal reasons are cut to this many characters.
const REASON_CHARS: usize = 160;

/// How many Aura authorities author the chain now.
pub async fn validator_count(rpc: &Rpc) -> u32 {
	let key =
		[sp_io::hashing::twox_128(b"Aura"), sp_io::hashing::twox_128(b"Authorities")].concat();
	let authorities: Vec<[u8; 32]> = rpc.storage(&key, None).await.unwrap_or_default();
	authorities.len() as u32
}

/// The `p`-th percentile (nearest rank) of `values`, `None` if empty.
fn percentile(values: &mut [f64], p: f64) -> Option<f64> {
	if values.is_empty() {
		return None;
	}
	values.sort_by(f64::total_cmp);
	let rank = ((p / 100.0) * values.len() as f64).ceil().max(1.0) as usize;
	Some(values[rank.min(values.len()) - 1])
}

/// p50, p99 and max of `values`, rounded to a tenth.
fn spread(mut values: Vec<f64>) -> Value {
	let round = |v: Option<f64>| v.map(|v| (v * 10.0).round() / 10.0);
	json!({
		"p50": round(percentile(&mut values, 50.0)),
		"p99": round(percentile(&mut values, 99.0)),
		"max": round(percentile(&mut values, 100.0)),
	})
}

fn per_second(count: u64, ms: f64) -> f64 {
	if ms <= 0.0 {
		0.0
	} else {
		(count as f64 * 1_000.0 / ms * 10.0).round() / 10.0
	}
}

/// The machine the run was taken on: CPU model and count.
fn machine() -> Value {
	let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
	let model = cpuinfo
		.lines()
		.find_map(|l| l.strip_prefix("model name").map(|m| m.trim_start_matches([' ', '\t', ':'])))
		.unwrap_or("unknown");
	let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
	json!({ "cpu": model, "cores": cores })
}

/// The report of a run: `submitted` (every transaction sent, in order),
/// the submission's end, what the follower saw, the validator count and
/// the energy orders' slot, and each node's pool at the end.
pub fn build(
	config: &Config,
	submitted: &[Submitted],
	submitted_ms: f64,
	seen: &Seen,
	validators: u32,
	energy_slot: u64,
	pending: &[HashSet<H256>],
) -> Value {
	// Where each extrinsic is: its block.
	let mut block_of = HashMap::<H256, u32>::new();
	for block in seen.blocks.values() {
		for hash in &block.extrinsics {
			block_of.insert(*hash, block.number);
		}
	}
	let mut refusals = BTreeMap::<String, u64>::new();
	let mut kinds = BTreeMap::<&str, [u64; 4]>::new();
	let (mut inclusion, mut finality) = (Vec::new(), Vec::new());
	let mut load_in_block = BTreeMap::<u32, u64>::new();
	let (mut included, mut finalized) = (0u64, 0u64);
	let mut last_finalized_ms = 0.0f64;
	for s in submitted {
		let counts = kinds.entry(s.kind.name()).or_default();
		counts[0] += 1;
		if let Some(reason) = &s.refused {
			counts[1] += 1;
			*refusals.entry(reason.chars().take(REASON_CHARS).collect()).or_default() += 1;
			continue;
		}
		let Some(block) = block_of.get(&s.hash).map(|n| &seen.blocks[n]) else { continue };
		included += 1;
		counts[2] += 1;
		*load_in_block.entry(block.number).or_default() += 1;
		inclusion.push((block.seen_ms - s.at_ms).max(0.0));
		if let Some(at) = block.finalized_ms {
			finalized += 1;
			counts[3] += 1;
			finality.push((at - s.at_ms).max(0.0));
			last_finalized_ms = last_finalized_ms.max(at);
		}
	}
	let refused: u64 = refusals.values().sum();
	// Lost transactions still waiting in a node's pool at the end.
	let pending_at_end: Vec<usize> = pending
		.iter()
		.map(|pool| {
			submitted
				.iter()
				.filter(|s| s.refused.is_none() && pool.contains(&s.hash))
				.filter(|s| {
					block_of.get(&s.hash).is_none_or(|n| seen.blocks[n].finalized_ms.is_none())
				})
				.count()
		})
		.collect();
	let acknowledged = submitted.len() as u64 - refused;

	let max_weight = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	let max_length =
		*<Runtime as frame_system::Config>::BlockLength::get().max.get(DispatchClass::Normal);
	let first = load_in_block.keys().next().copied().unwrap_or(0);
	let last = load_in_block.keys().last().copied().unwrap_or(0);
	let blocks: Vec<Value> = seen
		.blocks
		.range(first..=last)
		.map(|(number, b)| {
			json!({
				"number": number,
				"slot": b.slot,
				"author": if validators > 0 { b.slot % u64::from(validators) } else { 0 },
				"seenMs": b.seen_ms.round(),
				"finalizedMs": b.finalized_ms.map(f64::round),
				"extrinsics": b.extrinsics.len(),
				"load": load_in_block.get(number).copied().unwrap_or(0),
				"weightRefTime": b.weight.ref_time(),
				"weightFraction": b.weight.ref_time() as f64 / max_weight.ref_time() as f64,
				"length": b.length,
				"lengthFraction": b.length as f64 / f64::from(max_length),
			})
		})
		.collect();
	// A block's load over its slot, as transactions per second.
	let mut block_rates: Vec<f64> =
		load_in_block.values().map(|&count| per_second(count, SLOT_DURATION as f64)).collect();
	let finality_lag_ms: Vec<f64> = seen
		.blocks
		.range(first..=last)
		.filter_map(|(_, b)| b.finalized_ms.map(|f| f - b.seen_ms))
		.collect();
	let lag_blocks: Vec<f64> = seen
		.samples
		.iter()
		.filter(|(ms, _, _)| *ms <= submitted_ms.max(last_finalized_ms))
		.map(|(_, best, fin)| f64::from(best.saturating_sub(*fin)))
		.collect();

	// Per second: submitted, included (by when the block was seen),
	// finalized (by when it was seen finalized), best - finalized.
	let seconds = (submitted_ms.max(last_finalized_ms) / 1_000.0).ceil() as usize + 1;
	let mut series = vec![[0f64; 4]; seconds];
	for s in submitted {
		if let Some(row) = series.get_mut((s.at_ms / 1_000.0) as usize) {
			row[0] += 1.0;
		}
	}
	for (number, count) in &load_in_block {
		let b = &seen.blocks[number];
		if let Some(row) = series.get_mut((b.seen_ms / 1_000.0) as usize) {
			row[1] += *count as f64;
		}
		if let Some(row) = b.finalized_ms.and_then(|f| series.get_mut((f / 1_000.0) as usize)) {
			row[2] += *count as f64;
		}
	}
	for (ms, best, fin) in &seen.samples {
		if let Some(row) = series.get_mut((ms / 1_000.0) as usize) {
			row[3] = f64::from(best.saturating_sub(*fin));
		}
	}

	json!({
		"config": {
			"accounts": config.accounts,
			"mix": config.mix.describe(),
			"rate": config.rate,
			"durationSeconds": config.duration.as_secs_f64(),
			"maxTransactions": config.max_transactions,
			"connections": config.connections,
			"batch": config.batch,
			"validators": validators,
			"slotMs": SLOT_DURATION,
			"energySlot": energy_slot,
		},
		"machine": machine(),
		"totals": {
			"submitted": submitted.len(),
			"refused": refused,
			"acknowledged": acknowledged,
			"included": included,
			"finalized": finalized,
			"lost": acknowledged - finalized,
			// Of those, still in each node's pool at the end.
			"lostButPending": pending_at_end,
		},
		"byKind": kinds.iter().map(|(kind, [s, r, i, f])| {
			(kind.to_string(), json!({ "submitted": s, "refused": r, "included": i, "finalized": f }))
		}).collect::<serde_json::Map<_, _>>(),
		"refusals": refusals,
		"rates": {
			"submittedPerSecond": per_second(submitted.len() as u64, submitted_ms),
			// Everything finalized over the time from the first submission
			// to the last finalization: ramp-up and drain included.
			"finalizedPerSecond": per_second(finalized, last_finalized_ms),
			// A block's load over a slot, median and best block.
			"blockPerSecond": {
				"p50": percentile(&mut block_rates, 50.0).unwrap_or(0.0),
				"max": percentile(&mut block_rates, 100.0).unwrap_or(0.0),
			},
		},
		"submissionMs": submitted_ms.round(),
		"lastFinalizedMs": last_finalized_ms.round(),
		"inclusionLatencyMs": spread(inclusion),
		"finalityLatencyMs": spread(finality),
		"finalityLagMs": spread(finality_lag_ms),
		"finalityLagBlocks": spread(lag_blocks),
		"blocks": blocks,
		"series": series.iter().enumerate().map(|(second, [s, i, f, lag])| json!({
			"second": second, "submitted": s, "included": i, "finalized": f, "lagBlocks": lag,
		})).collect::<Vec<_>>(),
	})
}

#[cfg(test)]
mod tests {
	use super::percentile;

	#[test]
	fn percentiles_are_nearest_rank() {
		let mut values: Vec<f64> = (1..=100).map(f64::from).collect();
		assert_eq!(percentile(&mut values, 50.0), Some(50.0));
		assert_eq!(percentile(&mut values, 99.0), Some(99.0));
		assert_eq!(percentile(&mut values, 100.0), Some(100.0));
		assert_eq!(percentile(&mut [7.0], 99.0), Some(7.0));
		assert_eq!(percentile(&mut [], 50.0), None);
	}
}
