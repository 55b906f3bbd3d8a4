//! `tsm-node`: a validator or RPC node of the TSM consortium chain.

mod admission;
mod chain_spec;
mod cli;
mod command;
mod equivocation;
mod rpc;
mod service;

fn main() {
	if let Err(error) = command::run() {
		// One line, for operators and scripts; no panic trace for bad input.
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
