//! `tsm-node` processes: start, stop, restart, logs.

use std::{
	fs::{self, File},
	io::Read,
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	sync::atomic::{AtomicU32, Ordering},
	time::{Duration, Instant},
};

/// The `tsm-node` binary next to the test executable (`target/<profile>/`),
/// or the one `TSM_NODE` names.
pub fn node_binary() -> PathBuf {
	if let Some(path) = std::env::var_os("TSM_NODE") {
		return PathBuf::from(path);
	}
	let exe = std::env::current_exe().expect("the test knows where it runs");
	// target/<profile>/deps/<test> -> target/<profile>/tsm-node
	let path = exe
		.parent()
		.and_then(Path::parent)
		.map(|dir| dir.join("tsm-node"))
		.expect("the test executable lives in target/<profile>/deps");
	assert!(
		path.exists(),
		"{} is missing: build the node first (`cargo build --release --workspace`), \
		 or point TSM_NODE at it",
		path.display()
	);
	path
}

/// A loopback TCP port that was free a moment ago.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|listener| listener.local_addr())
		.map(|addr| addr.port())
		.expect("the OS hands out a free loopback port")
}

/// A directory removed when dropped (kept, and its path printed, when the
/// test is failing, so that node logs can be read).
pub struct TempDir(PathBuf);

impl TempDir {
	pub fn new(label: &str) -> TempDir {
		static COUNTER: AtomicU32 = AtomicU32::new(0);
		let path = std::env::temp_dir().join(format!(
			"tsm-e2e-{label}-{}-{}",
			std::process::id(),
			COUNTER.fetch_add(1, Ordering::Relaxed)
		));
		let _ = fs::remove_dir_all(&path);
		fs::create_dir_all(&path).expect("temp dir is writable");
		TempDir(path)
	}

	pub fn path(&self) -> &Path {
		&self.0
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		if std::thread::panicking() {
			eprintln!("test files kept in {}", self.0.display());
		} else {
			let _ = fs::remove_dir_all(&self.0);
		}
	}
}

/// The loopback ports of one node.
#[derive(Clone, Copy, Debug)]
pub struct Ports {
	pub p2p: u16,
	pub rpc: u16,
	pub prometheus: u16,
}

impl Ports {
	pub fn free() -> Ports {
		Ports { p2p: free_port(), rpc: free_port(), prometheus: free_port() }
	}
}

/// A running (or stopped) `tsm-node` process. Dropping it stops the process.
pub struct Node {
	pub name: String,
	pub ports: Ports,
	pub base_path: PathBuf,
	args: Vec<String>,
	log_path: PathBuf,
	child: Option<Child>,
}

impl Node {
	/// Starts `tsm-node` with its data under `dir/<name>`, listening on
	/// loopback only, plus `args` (chain, validator flags, peers).
	pub fn start(name: &str, dir: &Path, ports: Ports, args: &[&str]) -> Node {
		let base_path = dir.join(name);
		fs::create_dir_all(&base_path).expect("node dir is writable");
		let mut all_args: Vec<String> = vec![
			"--base-path".into(),
			base_path.display().to_string(),
			"--name".into(),
			name.into(),
			"--listen-addr".into(),
			format!("/ip4/127.0.0.1/tcp/{}", ports.p2p),
			"--rpc-port".into(),
			ports.rpc.to_string(),
			"--prometheus-port".into(),
			ports.prometheus.to_string(),
			// Stay on loopback and among the test's own nodes.
			"--no-mdns".into(),
			"--no-telemetry".into(),
		];
		all_args.extend(args.iter().map(|a| a.to_string()));
		let log_path = dir.join(format!("{name}.log"));
		let mut node =
			Node { name: name.into(), ports, base_path, args: all_args, log_path, child: None };
		node.spawn();
		node
	}

	fn spawn(&mut self) {
		let log = File::options()
			.create(true)
			.append(true)
			.open(&self.log_path)
			.expect("log file is writable");
		let child = Command::new(node_binary())
			.args(&self.args)
			.stdin(Stdio::null())
			.stdout(log.try_clone().expect("log file handle"))
			.stderr(log)
			.spawn()
			.expect("tsm-node starts");
		self.child = Some(child);
	}

	/// Stops the process: SIGINT (a clean shutdown), then SIGKILL after 20 s.
	pub fn stop(&mut self) {
		let Some(mut child) = self.child.take() else { return };
		// SAFETY: `kill` only sends a signal to the process we spawned.
		unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
		let deadline = Instant::now() + Duration::from_secs(20);
		while Instant::now() < deadline {
			if let Ok(Some(_)) = child.try_wait() {
				return;
			}
			std::thread::sleep(Duration::from_millis(100));
		}
		let _ = child.kill();
		let _ = child.wait();
	}

	/// Kills the process at once (SIGKILL): no clean shutdown, whatever it
	/// was writing.
	pub fn kill(&mut self) {
		let Some(mut child) = self.child.take() else { return };
		let _ = child.kill();
		let _ = child.wait();
	}

	/// Starts the stopped process again, with the same arguments and database.
	pub fn restart(&mut self) {
		assert!(self.child.is_none(), "{} is still running", self.name);
		self.spawn();
	}

	/// Whether the process has exited (a node must not crash during a test).
	pub fn has_exited(&mut self) -> bool {
		match self.child.as_mut() {
			Some(child) => !matches!(child.try_wait(), Ok(None)),
			None => true,
		}
	}

	/// The last `lines` lines of the node's log.
	pub fn log_tail(&self, lines: usize) -> String {
		let mut text = String::new();
		if let Ok(mut file) = File::open(&self.log_path) {
			let _ = file.read_to_string(&mut text);
		}
		let all: Vec<&str> = text.lines().collect();
		all[all.len().saturating_sub(lines)..].join("\n")
	}

	/// The node's JSON-RPC address.
	pub fn rpc_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.ports.rpc)
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if std::thread::panicking() {
			eprintln!("---- last lines of {} ----\n{}", self.name, self.log_tail(40));
		}
		self.stop();
	}
}

/// What a finished `tsm-node` run printed.
pub struct Finished {
	pub success: bool,
	pub stdout: String,
	pub stderr: String,
}

/// Runs `tsm-node args` to completion (killed after `timeout`), for
/// subcommands and for start-ups that must fail. Output goes through files,
/// so that a large output (a chain spec) cannot block the child on a pipe.
pub fn run_to_exit(args: &[&str], timeout: Duration) -> Finished {
	let dir = TempDir::new("cli");
	let (out_path, err_path) = (dir.path().join("stdout"), dir.path().join("stderr"));
	let mut child = Command::new(node_binary())
		.args(args)
		.stdin(Stdio::null())
		.stdout(File::create(&out_path).expect("stdout file"))
		.stderr(File::create(&err_path).expect("stderr file"))
		.spawn()
		.expect("tsm-node starts");
	let deadline = Instant::now() + timeout;
	let status = loop {
		if let Ok(Some(status)) = child.try_wait() {
			break status;
		}
		if Instant::now() >= deadline {
			let _ = child.kill();
			let _ = child.wait();
			panic!(
				"`tsm-node {}` did not exit within {timeout:?}; stderr:\n{}",
				args.join(" "),
				fs::read_to_string(&err_path).unwrap_or_default()
			);
		}
		std::thread::sleep(Duration::from_millis(100));
	};
	Finished {
		success: status.success(),
		stdout: fs::read_to_string(&out_path).unwrap_or_default(),
		stderr: fs::read_to_string(&err_path).unwrap_or_default(),
	}
}
