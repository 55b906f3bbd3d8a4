//! A short run of the load harness (`tsm-load`) on the `local` network:
//! energy orders and transfers from 20 accounts, submitted to both
//! validators over kept-open connections in batches. Every transaction is
//! acknowledged and finalized, both workloads and both validators' blocks
//! carry load, the orders trade and rest exactly as the workload means them to,
//! and the report draws as a plot. Then an overload: the nodes refuse what
//! does not fit and finalize everything they acknowledged. Asserts
//! behaviour, never a rate.

use std::{path::Path, process::Command, time::Duration};
use tsm_e2e_tests::{
	app::{address, pair},
	load::{self, workload::Mix, Config, Totals},
	network,
	node::{Node, TempDir},
	rpc::Rpc,
};
use tsm_runtime::token::UNIT;

#[tokio::test(flavor = "multi_thread")]
async fn a_short_load_of_energy_orders_and_transfers_is_all_finalized() {
	let dir = TempDir::new("load");
	// A small pool (admission stops at 750 ready transactions), so that the
	// overload below fills it.
	let nodes = network::local(dir.path(), &["--pool-limit".into(), "1000".into()]);
	let endpoints: Vec<String> = nodes.iter().map(Node::rpc_url).collect();
	let config = Config {
		accounts: 20,
		mix: Mix::parse("energy:1,transfer:1").unwrap(),
		rate: 150,
		duration: Duration::from_secs(10),
		max_transactions: u32::MAX,
		connections: 4,
		batch: 10,
		drain: Duration::from_secs(60),
		funding: 100 * UNIT,
	};
	let report = load::run(&config, &endpoints, &pair("//Alice")).await;

	let totals = Totals::of(&report);
	assert_eq!(totals.refused, 0, "refused: {}", report["refusals"]);
	assert_eq!(totals.submitted, 1_500, "the whole schedule was submitted");
	assert_eq!(totals.lost, 0, "acknowledged but not finalized");
	assert_eq!(totals.finalized, totals.submitted);
	for kind in ["energy", "transfer"] {
		assert_eq!(report["byKind"][kind]["finalized"], 750, "{kind}: {}", report["byKind"]);
	}
	let blocks = report["blocks"].as_array().expect("blocks");
	for author in 0..2 {
		assert!(
			blocks.iter().any(|b| b["author"] == author && b["load"].as_u64() > Some(0)),
			"validator {author}'s blocks carried no load"
		);
	}
	let lag = report["finalityLagBlocks"]["max"].as_f64().expect("finality lag samples");
	assert!(lag >= 0.0);

	// Five sellers sent 75 asks each, one in four above every bid: those
	// 90 rest at their limit (tick 800); the other 285 traded with the five
	// buyers' 375 bids, whose other 90 rest at their limit (tick 250).
	let rpc = Rpc::connect(&endpoints[0], Duration::from_secs(30)).await;
	let seller = pair("//tsm//load//0");
	let trades =
		rpc.query("tsmEnergy_trades", vec![address(&seller).into(), 0.into(), 100.into()]).await;
	assert!(!trades.as_array().expect("a list").is_empty(), "the seller's asks traded");
	let book = rpc.query("tsmEnergy_book", vec![report["config"]["energySlot"].clone()]).await;
	let levels: Vec<(String, u64, u64)> = book
		.as_array()
		.expect("a list of levels")
		.iter()
		.map(|l| {
			let side = l["side"].as_str().unwrap_or_default().to_string();
			(side, l["tick"].as_u64().unwrap_or_default(), l["orders"].as_u64().unwrap_or_default())
		})
		.collect();
	assert_eq!(levels, [("Sell".into(), 800, 90), ("Buy".into(), 250, 90)], "{book}");

	// Overload: 12,000 transfers in 3 s from 40 accounts, far beyond what
	// the blocks and the pools take. The nodes refuse the excess at
	// submission ("Immediately Dropped", retriable), and every transaction
	// they acknowledged is finalized: the pool never evicts one to make
	// room.
	let overload = Config {
		accounts: 40,
		mix: Mix::parse("transfer").unwrap(),
		rate: 4_000,
		duration: Duration::from_secs(3),
		..config.clone()
	};
	let flood = load::run(&overload, &endpoints, &pair("//Alice")).await;
	let totals = Totals::of(&flood);
	assert!(totals.refused > 0, "the pools refused the excess: {}", flood["totals"]);
	let refusals = flood["refusals"].as_object().expect("refusals by reason");
	assert!(
		refusals.keys().all(|reason| reason.contains("Immediately Dropped")),
		"refused only for the pool's limit: {refusals:?}"
	);
	assert_eq!(totals.lost, 0, "acknowledged but not finalized: {}", flood["totals"]);
	assert!(totals.finalized > 0);

	// The plot script draws the report.
	let json = dir.path().join("report.json");
	std::fs::write(&json, serde_json::to_vec(&report).unwrap()).unwrap();
	let svg = dir.path().join("report.svg");
	let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/plot-load.py");
	let status =
		Command::new("python3").arg(&script).arg(&json).arg(&svg).status().expect("python3 runs");
	assert!(status.success(), "plot-load.py failed");
	let drawing = std::fs::read_to_string(&svg).expect("the plot was written");
	assert!(drawing.starts_with("<svg") && drawing.matches("<polyline").count() >= 3, "{drawing}");
}
