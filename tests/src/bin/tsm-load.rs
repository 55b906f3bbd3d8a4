//! `tsm-load`: the load harness (see `tsm_e2e_tests::load`). Starts the
//! `local` network (Alice and Bob validating on loopback) or drives the
//! nodes given with `--rpc`, runs the load and writes the JSON report.
//! `scripts/load.sh` builds and runs it; `scripts/plot-load.py` draws the
//! report.

use std::{process::ExitCode, time::Duration};
use tsm_e2e_tests::{
	app::pair,
	load::{self, workload::Mix, Config, Totals},
	network,
	node::TempDir,
};
use tsm_runtime::token::UNIT;

const USAGE: &str = "\
usage: tsm-load [options]
  --mix KINDS          workloads and shares: transfer, energy, e.g. energy:1,transfer:1 (transfer)
  --accounts N         accounts signing the load (200)
  --rate N             transactions per second to submit (1000)
  --duration S         seconds to submit for (60)
  --max N              at most N transactions (rate x duration)
  --connections N      kept-open JSON-RPC connections, spread over the nodes (8)
  --batch N            transactions per JSON-RPC batch request (25)
  --drain S            after the last submission, give up once finality made no
                       progress on the load for S seconds (30)
  --rpc URL            drive this node (repeat for more; the first is followed)
                       instead of starting the local network
  --submit-nodes N     submit to the first N of the nodes it starts only (all)
  --funder URI         the account that funds and credentials the load (//Alice)
  --node-arg ARG       an argument for the nodes it starts (repeat)
  --out FILE           where the JSON report goes (load-report.json)
Exits non-zero if an acknowledged transaction was not finalized.";

struct Args {
	config: Config,
	rpc: Vec<String>,
	funder: String,
	node_args: Vec<String>,
	submit_nodes: usize,
	out: String,
}

fn parse(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
	let mut args = Args {
		config: Config {
			accounts: 200,
			mix: Mix::parse("transfer")?,
			rate: 1_000,
			duration: Duration::from_secs(60),
			max_transactions: u32::MAX,
			connections: 8,
			batch: 25,
			drain: Duration::from_secs(30),
			funding: 500 * UNIT,
		},
		rpc: Vec::new(),
		funder: "//Alice".into(),
		node_args: Vec::new(),
		submit_nodes: usize::MAX,
		out: "load-report.json".into(),
	};
	while let Some(flag) = argv.next() {
		if flag == "--help" || flag == "-h" {
			return Err(String::new());
		}
		let value = argv.next().ok_or_else(|| format!("{flag} needs a value"))?;
		let number = || value.parse::<u32>().map_err(|_| format!("{flag}: not a number: {value}"));
		let c = &mut args.config;
		match flag.as_str() {
			"--mix" => c.mix = Mix::parse(&value)?,
			"--accounts" => c.accounts = number()?.max(1),
			"--rate" => c.rate = number()?.max(1),
			"--duration" => c.duration = Duration::from_secs(number()?.into()),
			"--max" => c.max_transactions = number()?,
			"--connections" => c.connections = number()?.max(1),
			"--batch" => c.batch = number()?.max(1),
			"--drain" => c.drain = Duration::from_secs(number()?.into()),
			"--rpc" => args.rpc.push(value),
			"--funder" => args.funder = value,
			"--node-arg" => args.node_args.push(value),
			"--submit-nodes" => args.submit_nodes = number()?.max(1) as usize,
			"--out" => args.out = value,
			_ => return Err(format!("unknown option {flag}")),
		}
	}
	Ok(args)
}

#[tokio::main]
async fn main() -> ExitCode {
	let args = match parse(std::env::args().skip(1)) {
		Ok(args) => args,
		Err(why) => {
			if !why.is_empty() {
				eprintln!("tsm-load: {why}");
			}
			eprintln!("{USAGE}");
			return ExitCode::from(2);
		}
	};
	// The nodes it starts stop when `nodes` is dropped, also on a panic.
	let dir = TempDir::new("load");
	let (nodes, endpoints) = if args.rpc.is_empty() {
		let nodes = network::local(dir.path(), &args.node_args);
		let endpoints = nodes.iter().take(args.submit_nodes).map(|n| n.rpc_url()).collect();
		(nodes, endpoints)
	} else {
		(Vec::new(), args.rpc.clone())
	};
	let report = load::run(&args.config, &endpoints, &pair(&args.funder)).await;
	drop(nodes);
	if Totals::of(&report).lost > 0 && args.rpc.is_empty() {
		// Keep the nodes' logs for a look at what happened.
		eprintln!("tsm-load: node logs kept in {}", dir.path().display());
		std::mem::forget(dir);
	}
	let text = serde_json::to_string_pretty(&report).expect("JSON values serialise");
	if let Err(e) = std::fs::write(&args.out, text) {
		eprintln!("tsm-load: cannot write {}: {e}", args.out);
		return ExitCode::FAILURE;
	}
	let totals = Totals::of(&report);
	eprintln!(
		"tsm-load: {} submitted, {} refused, {} finalized, {} lost; {} finalized/s; \
		 finality lag p99 {} blocks; report in {}",
		totals.submitted,
		totals.refused,
		totals.finalized,
		totals.lost,
		report["rates"]["finalizedPerSecond"],
		report["finalityLagBlocks"]["p99"],
		args.out
	);
	if totals.lost > 0 {
		ExitCode::FAILURE
	} else {
		ExitCode::SUCCESS
	}
}
