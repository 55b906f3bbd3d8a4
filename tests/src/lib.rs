//! Harness for the end-to-end tests in `tests/`: starts real `tsm-node`
//! processes on loopback ports, talks to them over JSON-RPC, signs
//! transactions with the runtime's own types, and stops every process it
//! started (also when a test fails).

pub mod app;
pub mod connection;
pub mod council;
pub mod grandpa;
pub mod load;
pub mod network;
pub mod node;
pub mod rpc;
pub mod tx;

use std::{future::Future, time::Duration};

/// Polls `check` every quarter second until it yields a value; panics with
/// `what` once `timeout` has passed. Every wait in the tests is bounded.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: Duration, mut check: F) -> T
where
	F: FnMut() -> Fut,
	Fut: Future<Output = Option<T>>,
{
	let deadline = tokio::time::Instant::now() + timeout;
	loop {
		if let Some(value) = check().await {
			return value;
		}
		if tokio::time::Instant::now() >= deadline {
			panic!("timed out after {timeout:?} waiting for {what}");
		}
		tokio::time::sleep(Duration::from_millis(250)).await;
	}
}
