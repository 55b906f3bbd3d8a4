//! The end-to-end suites, in one test binary: one link instead of one per
//! suite, and the test runner overlaps the suites (each starts its own
//! nodes on free loopback ports), so the slow ones wait on blocks together.

mod assurance_rpc;
mod chain_specs;
mod cli;
mod consortium;
mod dev_chain;
mod energy_rpc;
mod governance;
mod identity_rpc;
mod load;
mod origin_rpc;
mod settlement_rpc;
mod tx_pool;
