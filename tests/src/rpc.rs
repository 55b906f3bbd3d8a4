//! JSON-RPC calls to a node, typed with the runtime's own types.

use crate::{
	tx::{sign, Chain},
	wait_for,
};
use codec::Decode;
use jsonrpsee::{
	core::client::{ClientT, Error as ClientError, Subscription, SubscriptionClientT},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::Value;
use sp_core::{sr25519, Pair, H256};
use std::time::Duration;
use tsm_runtime::{AccountId, Balance, Nonce, Runtime, RuntimeCall, RuntimeEvent};

/// An account as frame_system stores it.
pub type AccountInfo = frame_system::AccountInfo<Nonce, pallet_balances::AccountData<Balance>>;
/// An event as frame_system stores it.
pub type EventRecord = frame_system::EventRecord<RuntimeEvent, H256>;

/// A connection to one node's JSON-RPC server.
pub struct Rpc {
	client: WsClient,
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

impl Rpc {
	/// Connects to `url`, retrying until the node's RPC server is up.
	pub async fn connect(url: &str, timeout: Duration) -> Rpc {
		let client = wait_for(&format!("the RPC server at {url}"), timeout, || async {
			WsClientBuilder::default()
				.request_timeout(Duration::from_secs(30))
				.build(url)
				.await
				.ok()
		})
		.await;
		Rpc { client }
	}

	/// Calls `method` and decodes its JSON result.
	pub async fn call<T: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: Vec<Value>,
	) -> Result<T, ClientError> {
		let mut array = jsonrpsee::core::params::ArrayParams::new();
		for param in params {
			array.insert(param).expect("a JSON value serialises");
		}
		self.client.request(method, array).await
	}

	/// The hash and number of the best block, or of the finalized one.
	async fn head(&self, finalized: bool) -> Option<(u32, H256)> {
		let hash: Value = if finalized {
			self.call("chain_getFinalizedHead", vec![]).await.ok()?
		} else {
			self.call("chain_getBlockHash", vec![]).await.ok()?
		};
		let hash = parse_hash(&hash)?;
		let header: Value =
			self.call("chain_getHeader", vec![format!("{hash:?}").into()]).await.ok()?;
		Some((parse_number(&header["number"])?, hash))
	}

	/// The latest finalized block: (number, hash).
	pub async fn finalized(&self) -> Option<(u32, H256)> {
		self.head(true).await
	}

	/// The best block: (number, hash).
	pub async fn best(&self) -> Option<(u32, H256)> {
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

	/// A storage value decoded as `T`, at block `at` (default: best).
	pub async fn storage<T: Decode>(&self, key: &[u8], at: Option<H256>) -> Option<T> {
		let mut params: Vec<Value> = vec![format!("0x{}", hex::encode(key)).into()];
		if let Some(at) = at {
			params.push(format!("{at:?}").into());
		}
		let value: Option<String> = self.call("state_getStorage", params).await.ok()?;
		let bytes = hex::decode(value?.strip_prefix("0x")?).ok()?;
		T::decode(&mut &bytes[..]).ok()
	}

	/// An account's nonce and balances at the best block.
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
	pub async fn submit(&self, extrinsic: &[u8]) -> Result<Value, ClientError> {
		self.call("author_submitExtrinsic", vec![format!("0x{}", hex::encode(extrinsic)).into()])
			.await
	}

	/// Submits an encoded extrinsic and follows it until it is finalized;
	/// returns the hash of the block that includes it.
	pub async fn submit_and_watch_finalized(&self, extrinsic: &[u8], timeout: Duration) -> H256 {
		let mut subscription: Subscription<Value> = self
			.client
			.subscribe(
				"author_submitAndWatchExtrinsic",
				rpc_params![format!("0x{}", hex::encode(extrinsic))],
				"author_unwatchExtrinsic",
			)
			.await
			.expect("the pool accepts the transaction");
		let watch = async {
			while let Some(status) = subscription.next().await {
				let status = status.expect("a well-formed status");
				if let Some(hash) = status.get("finalized").and_then(parse_hash) {
					return hash;
				}
				for bad in ["invalid", "dropped", "usurped", "finalityTimeout"] {
					assert!(
						status.get(bad).is_none() && status != bad,
						"transaction {bad}: {status}"
					);
				}
			}
			panic!("the subscription ended before the transaction was finalized");
		};
		tokio::time::timeout(timeout, watch)
			.await
			.unwrap_or_else(|_| panic!("transaction not finalized within {timeout:?}"))
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

	/// Calls `method`, panicking with the method's name if it fails.
	pub async fn query(&self, method: &str, params: Vec<Value>) -> Value {
		self.call(method, params).await.unwrap_or_else(|e| panic!("{method} failed: {e}"))
	}
}
