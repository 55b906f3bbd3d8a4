//! What each subcommand does.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
#[cfg(feature = "runtime-benchmarks")]
use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;
use tsm_runtime::opaque::Block;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"TSM Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"the project's issue tracker".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" | "development" => Box::new(chain_spec::development()?),
			"local" => Box::new(chain_spec::local()?),
			"consortium" => Box::new(chain_spec::consortium()?),
			"" => {
				return Err(
					"no chain given: use --dev, or --chain local|consortium|<path to a chain spec>"
						.into(),
				)
			}
			path => {
				Box::new(chain_spec::ChainSpec::from_json_file(std::path::PathBuf::from(path))?)
			}
		})
	}
}

/// The single-state transaction pool unless the operator asks for another
/// with `--pool-type`. The SDK's default, the fork-aware pool, silently
/// dropped acknowledged transactions under bursts on this chain (965 and
/// 1,787 of 8,000-transfer bursts) while the single-state pool included
/// every one; the e2e test `bursts_of_transactions_are_all_finalized`
/// keeps it so. Our chain finalizes within a few blocks and rarely forks, so the
/// fork-aware pool's gain (a view per fork) buys us little.
fn choose_transaction_pool(
	pool: &mut sc_cli::TransactionPoolParams,
	args: impl Iterator<Item = std::ffi::OsString>,
) {
	// `args_os`: an argument that is not UTF-8 (a path) must not panic here.
	let chosen = args.into_iter().any(|arg| {
		let arg = arg.to_string_lossy();
		arg == "--pool-type" || arg.starts_with("--pool-type=")
	});
	if !chosen {
		pool.pool_type = sc_cli::TransactionPoolType::SingleState;
	}
}

/// Parses the command line and runs it.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	choose_transaction_pool(&mut cli.run.pool_config, std::env::args_os());

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		}
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					cmd.run(client)
				}
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_cache)
				}
				BenchmarkCmd::Overhead(cmd) => {
					cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
				}
				BenchmarkCmd::Extrinsic(_) => Err("`benchmark extrinsic` is not offered: \
					`benchmark pallet` measures every call"
					.into()),
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone())
				}
			})
		}
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		}
		None => {
			let ready_limit = crate::admission::ReadyLimit::from_cli(&cli.run.pool_config);
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|mut config| async move {
				// A busy RPC port is an error, not a reason to move to a random
				// one: apps and polkadot.js connect where the operator said.
				for endpoint in config.rpc.addr.iter_mut().flatten() {
					endpoint.retry_random_port = false;
				}
				// Likewise Prometheus, which would otherwise only log the failure.
				if let Some(prometheus) = &config.prometheus_config {
					std::net::TcpListener::bind(prometheus.port).map_err(|e| {
						sc_cli::Error::Input(format!(
							"cannot serve Prometheus metrics on {}: {e}",
							prometheus.port
						))
					})?;
				}
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							Block,
							<Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config, ready_limit)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, ready_limit)
							.map_err(sc_cli::Error::Service)
					}
				}
			})
		}
	}
}
