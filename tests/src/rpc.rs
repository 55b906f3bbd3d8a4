//! JSON-RPC calls to a node, typed with the runtime's own types.
//!
//! Plain JSON-RPC over HTTP on loopback (the node serves HTTP and WebSocket
//! on one port): the harness needs no RPC client library, so building the
//! tests never changes the features of the crates the node is built from,
//! and the node build is reused as it is. A transaction is followed to
//! finality by reading the finalized blocks, not by a subscription.

use crate::tx::{sign, Chain};
use codec::Decode;
use serde_json::{json, Value};
use sp_core::{sr25519, Pair, H256};
use std::{fmt, time::Duration};
use tsm_runtime::{AccountId, Balance, Nonce, Runtime, RuntimeCall, RuntimeEvent};

/// An account as frame_system stores it.
pub type AccountInfo = frame_system::AccountInfo<Nonce, pallet_balances::AccountData<Balance>>;
/// An event as frame_system stores it.
pub type EventRecord = frame_system::EventRecord<RuntimeEvent, H256>;

/// Which chain a submitted transaction is followed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Until {
	/// Until a finalized block includes it.
	Finalized,
	/// Until a block of the best chain includes it (while finality is
	/// stalled, say).
	Included,
}

/// How long one request may take before it counts as failed.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a call failed: the node answered with a JSON-RPC error, or there was
/// no well-formed answer at all.
#[derive(Debug)]
pub enum RpcError {
	/// The node's error object: code, message and optional data.
	Call { code: i64, message: String, data: Option<Value> },
	/// No connection, a timeout, or an answer that is not JSON-RPC.
	Transport(String),
}

impl RpcError {
	/// The error object's `data` as text ("" when absent).
	pub fn data_text(&self) -> String {
		match self {
			RpcError::Call { data: Some(data), .. } => data.to_string(),
			_ => String::new(),
		}
	}
}

impl fmt::Display for RpcError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			RpcError::Call { code, message, data } => {
				write!(f, "error {code}: {message}")?;
				if let Some(data) = data {
					write!(f, " ({data})")?;
				}
				Ok(())
			}
			RpcError::Transport(why) => write!(f, "no answer: {why}"),
		}
	}
}

/// A node's JSON-RPC server.
pub struct Rpc {
	/// `host:port` of the server.
	address: String,
}

fn parse_hash(value: &Value) -> Option<H256> {
	let text = value.as_str()?.strip_prefix("0x")?;
	let bytes = hex::decode(text).ok()?;
	(bytes.len() == 32).then(|| H256::from_slice(&bytes))
}

fn parse_number(value: &Value) -> Option<u32> {
	let text = value.as_str()?.strip_prefix("0x")?;
	u32::from_str_radix(text, 16).ok()
}

fn hex_of(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

impl Rpc {
	/// Connects to `url` (`ws://` or `http://` host and port), retrying until
	/// the node's RPC server answers.
	pub async fn connect(url: &str, timeout: Duration) -> Rpc {
		let address = url.split("://").last().unwrap_or(url).trim_end_matches('/').to_string();
		let rpc = Rpc { address };
		crate::wait_for(&format!("the RPC server at {url}"), timeout, || async {
			rpc.call::<Value>("system_health", vec![]).await.ok()
		})
		.await;
		rpc
	}

	/// One HTTP exchange on a connection of its own: the JSON-RPC request
	/// out, the answer's body back.
	async fn exchange(&self, request: &[u8]) -> Result<Vec<u8>, String> {
		crate::connection::Connection::new(&self.address).post(request).await
	}

	/// Calls `method` and decodes its JSON result.
	pub async fn call<T: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: Vec<Value>,
	) -> Result<T, RpcError> {
		let request = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
		let request = serde_json::to_vec(&request).expect("JSON values serialise");
		let response = tokio::time::timeout(REQUEST_TIMEOUT, self.exchange(&request))
			.await
			.map_err(|_| {
				RpcError::Transport(format!("{method}: no answer in {REQUEST_TIMEOUT:?}"))
			})?
			.map_err(|e| RpcError::Transport(format!("{method}: {e}")))?;
		let mut answer: Value = serde_json::from_slice(&response)
			.map_err(|e| RpcError::Transport(format!("{method}: not JSON: {e}")))?;
		if let Some(error) = answer.get("error") {
			return Err(RpcError::Call {
				code: error["code"].as_i64().unwrap_or_default(),
				message: error["message"].as_str().unwrap_or_default().to_string(),
				data: error.get("data").cloned(),
			});
		}
		let result = answer
			.get_mut("result")
			.map(Value::take)
			.ok_or_else(|| RpcError::Transport(format!("{method}: neither result nor error")))?;
		serde_json::from_value(result)
			.map_err(|e| RpcError::Transport(format!("{method}: unexpected result: {e}")))
	}

	/// The hash and number of the best block, or of the finalized one.
	async fn head(&self, finalized: bool) -> Result<(u32, H256), RpcError> {
		let hash: Value = if finalized {
			self.call("chain_getFinalizedHead", vec![]).await?
		} else {
			self.call("chain_getBlockHash", vec![]).await?
		};
		let hash = parse_hash(&hash)
			.ok_or_else(|| RpcError::Transport(format!("not a block hash: {hash}")))?;
		let header: Value = self.call("chain_getHeader", vec![format!("{hash:?}").into()]).await?;
		let number = parse_number(&header["number"])
			.ok_or_else(|| RpcError::Transport(format!("not a header: {header}")))?;
		Ok((number, hash))
	}

	/// The latest finalized block: (number, hash).
	pub async fn finalized(&self) -> Result<(u32, H256), RpcError> {
		self.head(true).await
	}

	/// The best block: (number, hash).
	pub async fn best(&self) -> Result<(u32, H256), RpcError> {
		self.head(false).await
	}

	/// The hash of the canonical block at `number`, if the node has it.
	pub async fn block_hash(&self, number: u32) -> Option<H256> {
		let hash: Value = self.call("chain_getBlockHash", vec![number.into()]).await.ok()?;
		parse_hash(&hash)
	}

	/// The genesis hash.
	pub async fn genesis_hash(&self) -> H256 {
		self.block_hash(0).await.expect("every node has a genesis block")
	}

	/// A storage value decoded as `T`, at block `at` (default: best); `None`
	/// when nothing is stored there. A failed call or an undecodable value
	/// fails the test.
	pub async fn storage<T: Decode>(&self, key: &[u8], at: Option<H256>) -> Option<T> {
		let mut params: Vec<Value> = vec![hex_of(key).into()];
		if let Some(at) = at {
			params.push(format!("{at:?}").into());
		}
		let value: Option<String> = self
			.call("state_getStorage", params)
			.await
			.unwrap_or_else(|e| panic!("state_getStorage({}) failed: {e}", hex_of(key)));
		let bytes = hex::decode(value?.trim_start_matches("0x")).expect("storage values are hex");
		Some(T::decode(&mut &bytes[..]).expect("the stored value decodes as the runtime's type"))
	}

	/// An account's nonce and balances at the best block (an account that
	/// does not exist has the default: nonce 0, no balance).
	pub async fn account(&self, who: &AccountId) -> AccountInfo {
		let key = frame_system::Account::<Runtime>::hashed_key_for(who);
		self.storage(&key, None).await.unwrap_or_default()
	}

	/// The events a block emitted.
	pub async fn events(&self, at: H256) -> Vec<EventRecord> {
		// `System::Events` is private to frame_system; its key is public knowledge.
		let key =
			[sp_io::hashing::twox_128(b"System"), sp_io::hashing::twox_128(b"Events")].concat();
		self.storage(&key, Some(at)).await.unwrap_or_default()
	}

	/// The runtime's (spec_version, transaction_version) at the best block.
	pub async fn runtime_version(&self) -> (u32, u32) {
		let version: Value =
			self.call("state_getRuntimeVersion", vec![]).await.expect("runtime version");
		let field = |name: &str| version[name].as_u64().expect("a version number") as u32;
		(field("specVersion"), field("transactionVersion"))
	}

	/// Submits an encoded extrinsic; the pool's answer (its hash, or why not).
	pub async fn submit(&self, extrinsic: &[u8]) -> Result<Value, RpcError> {
		self.call("author_submitExtrinsic", vec![hex_of(extrinsic).into()]).await
	}

	/// Submits an encoded extrinsic and follows it until it is finalized;
	/// returns the hash of the block that includes it.
	pub async fn submit_and_watch_finalized(&self, extrinsic: &[u8], timeout: Duration) -> H256 {
		self.submit_all_and_watch_finalized(&[extrinsic.to_vec()], timeout).await[0]
	}

	/// Submits encoded extrinsics together (they may share a block) and
	/// follows them until all are finalized: reads every block finalized
	/// after the submission until each is found; returns, for each, the hash
	/// of the block that includes it.
	pub async fn submit_all_and_watch_finalized(
		&self,
		extrinsics: &[Vec<u8>],
		timeout: Duration,
	) -> Vec<H256> {
		self.submit_all_and_watch(extrinsics, Until::Finalized, timeout).await
	}

	/// Submits encoded extrinsics together and follows them on the chain
	/// `until` names: reads every block after the submission until each is
	/// found; returns, for each, the hash of the block that includes it.
	pub async fn submit_all_and_watch(
		&self,
		extrinsics: &[Vec<u8>],
		until: Until,
		timeout: Duration,
	) -> Vec<H256> {
		let (mut searched, _) = self.head(until == Until::Finalized).await.expect("the head");
		for extrinsic in extrinsics {
			if let Err(e) = self.submit(extrinsic).await {
				panic!("the pool refused the transaction: {e}");
			}
		}
		let wanted: Vec<String> = extrinsics.iter().map(|x| hex_of(x)).collect();
		let mut found: Vec<Option<H256>> = vec![None; wanted.len()];
		let deadline = tokio::time::Instant::now() + timeout;
		loop {
			let (head, _) = self.head(until == Until::Finalized).await.expect("the head");
			for number in searched + 1..=head {
				let hash = self.block_hash(number).await.expect("a block's hash");
				let block: Value = self
					.call("chain_getBlock", vec![format!("{hash:?}").into()])
					.await
					.unwrap_or_else(|e| panic!("block #{number}: {e}"));
				let body = block["block"]["extrinsics"].as_array().expect("a block body");
				for (wanted, found) in wanted.iter().zip(found.iter_mut()) {
					if body.iter().any(|x| x.as_str() == Some(wanted.as_str())) {
						*found = Some(hash);
					}
				}
			}
			searched = head;
			if found.iter().all(Option::is_some) {
				return found.into_iter().flatten().collect();
			}
			if tokio::time::Instant::now() >= deadline {
				panic!("transactions not {until:?} within {timeout:?} (head #{head})");
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// What signatures commit to besides the call, at the best block.
	pub async fn chain(&self) -> Chain {
		let (spec_version, transaction_version) = self.runtime_version().await;
		Chain { genesis_hash: self.genesis_hash().await, spec_version, transaction_version }
	}

	/// Signs `call` as `signer` with its next nonce and waits until it is
	/// finalized; returns the block that includes it.
	pub async fn submit_signed(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
		timeout: Duration,
	) -> H256 {
		let nonce = self.account(&signer.public().into()).await.nonce;
		let extrinsic = sign(self.chain().await, call, signer, nonce);
		self.submit_and_watch_finalized(&extrinsic, timeout).await
	}

	/// Signs each `(signer, call)` with the signer's next nonces (in order),
	/// submits them together and waits until all are finalized.
	pub async fn submit_signed_all(
		&self,
		calls: Vec<(&sr25519::Pair, RuntimeCall)>,
		timeout: Duration,
	) -> Vec<H256> {
		self.submit_signed_all_until(calls, Until::Finalized, timeout).await
	}

	/// Signs each `(signer, call)` with the signer's next nonces (in order),
	/// submits them together and waits until the chain `until` names
	/// includes all of them.
	pub async fn submit_signed_all_until(
		&self,
		calls: Vec<(&sr25519::Pair, RuntimeCall)>,
		until: Until,
		timeout: Duration,
	) -> Vec<H256> {
		let chain = self.chain().await;
		let mut nonces: std::collections::BTreeMap<AccountId, Nonce> = Default::default();
		let mut extrinsics = Vec::new();
		for (signer, call) in calls {
			let who: AccountId = signer.public().into();
			let nonce = match nonces.get(&who) {
				Some(last) => last + 1,
				None => self.account(&who).await.nonce,
			};
			nonces.insert(who, nonce);
			extrinsics.push(sign(chain, call, signer, nonce));
		}
		self.submit_all_and_watch(&extrinsics, until, timeout).await
	}

	/// Calls `method`, panicking with the method's name if it fails.
	pub async fn query(&self, method: &str, params: Vec<Value>) -> Value {
		self.call(method, params).await.unwrap_or_else(|e| panic!("{method} failed: {e}"))
	}
}
