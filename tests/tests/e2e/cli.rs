//! The node's command line: bad input ends the process with one clear line,
//! never a panic; chain specs export.

use std::{net::TcpListener, time::Duration};
use tsm_e2e_tests::node::{run_to_exit, Finished, Ports, TempDir};

const TIMEOUT: Duration = Duration::from_secs(60);

/// The run failed with exactly one `Error:` line mentioning `needle`, and no panic.
fn assert_clean_error(run: &Finished, needle: &str) {
	assert!(!run.success, "expected a failure; stderr:\n{}", run.stderr);
	let errors: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("Error: ")).collect();
	assert_eq!(errors.len(), 1, "expected one error line; stderr:\n{}", run.stderr);
	assert!(
		errors[0].to_lowercase().contains(&needle.to_lowercase()),
		"`{}` does not mention `{needle}`",
		errors[0]
	);
	for sign_of_a_panic in ["panicked", "backtrace", "This is a bug"] {
		assert!(!run.stderr.contains(sign_of_a_panic), "panic output:\n{}", run.stderr);
	}
}

#[test]
fn missing_chain_spec_is_a_clear_error() {
	let run = run_to_exit(&["--chain", "/nonexistent/tsm-spec.json", "--tmp"], TIMEOUT);
	assert_clean_error(&run, "/nonexistent/tsm-spec.json");
}

#[test]
fn malformed_chain_spec_is_a_clear_error() {
	let dir = TempDir::new("bad-spec");
	let spec = dir.path().join("spec.json");
	std::fs::write(&spec, "{ \"name\": \"TSM\", this is not json").unwrap();
	let run = run_to_exit(&["--chain", spec.to_str().unwrap(), "--tmp"], TIMEOUT);
	assert_clean_error(&run, "spec");
}

#[test]
fn no_chain_at_all_is_a_clear_error() {
	let run = run_to_exit(&["--tmp"], TIMEOUT);
	assert_clean_error(&run, "--chain");
}

#[test]
fn malformed_node_key_is_a_clear_error() {
	let run = run_to_exit(&["--dev", "--tmp", "--node-key", "not-a-hex-key"], TIMEOUT);
	assert!(!run.success);
	assert!(run.stderr.contains("node-key") || run.stderr.contains("node key"), "{}", run.stderr);
	assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

/// `tsm-node key insert` of an sr25519 key into a fresh keystore.
fn key_insert(key_type: &str, suri: &str) -> Finished {
	let dir = TempDir::new("bad-key");
	let base = dir.path().to_str().unwrap();
	let args = ["key", "insert", "--base-path", base, "--chain", "local", "--scheme", "sr25519"];
	let args: Vec<&str> =
		args.into_iter().chain(["--key-type", key_type, "--suri", suri]).collect();
	run_to_exit(&args, TIMEOUT)
}

#[test]
fn bad_key_material_is_refused_by_key_insert() {
	assert_clean_error(&key_insert("aura", "0x1234"), "invalid phrase");
	let run = key_insert("toolong", "//Alice");
	assert!(!run.success, "a 7-letter key type was accepted");
	assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn rpc_port_in_use_is_a_clear_error() {
	let busy = TcpListener::bind("127.0.0.1:0").unwrap();
	let port = busy.local_addr().unwrap().port().to_string();
	let free = Ports::free();
	let run = run_to_exit(
		&[
			"--dev",
			"--tmp",
			"--no-mdns",
			"--rpc-port",
			&port,
			"--listen-addr",
			&format!("/ip4/127.0.0.1/tcp/{}", free.p2p),
			"--prometheus-port",
			&free.prometheus.to_string(),
		],
		TIMEOUT,
	);
	assert_clean_error(&run, "in use");
	drop(busy);
}

#[test]
fn prometheus_port_in_use_is_a_clear_error() {
	let busy = TcpListener::bind("127.0.0.1:0").unwrap();
	let port = busy.local_addr().unwrap().port().to_string();
	let free = Ports::free();
	let run = run_to_exit(
		&[
			"--dev",
			"--tmp",
			"--no-mdns",
			"--prometheus-port",
			&port,
			"--rpc-port",
			&free.rpc.to_string(),
			"--listen-addr",
			&format!("/ip4/127.0.0.1/tcp/{}", free.p2p),
		],
		TIMEOUT,
	);
	assert_clean_error(&run, "in use");
	drop(busy);
}
