//! What every app-driven test needs: keys and addresses, Root on the dev
//! chain, a participant's registration, JSON-RPC error checks and the
//! energy market's clock.

use crate::rpc::{Rpc, RpcError};
use codec::Encode;
use pallet_tsm_identity::{
	Call as IdentityCall, KeyPurposes, KeyWithProof, ParticipantKind, PublicKey, ServiceEndpoint,
	VerificationKey,
};
use serde_json::Value;
use sp_core::{sr25519, Pair};
use tsm_runtime::{AccountId, RuntimeCall};

/// The key pair of a key URI such as `//Alice`.
pub fn pair(uri: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(uri, None).expect("a valid key URI")
}

/// The account of a key pair.
pub fn account(pair: &sr25519::Pair) -> AccountId {
	pair.public().into()
}

/// The SS58 address of `pair`, as the RPC methods take and return it.
pub fn address(pair: &sr25519::Pair) -> String {
	account(pair).to_string()
}

/// Root, through the development chain's sudo key (Alice).
pub fn sudo(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

/// Registers an organisation whose sr25519 account key authenticates it
/// (its own key: the transaction's signature proves possession), with an
/// ordering endpoint.
pub fn register_organisation(who: &sr25519::Pair, url: &str) -> RuntimeCall {
	RuntimeCall::TsmIdentity(IdentityCall::register_participant {
		kind: ParticipantKind::Organisation,
		keys: vec![KeyWithProof {
			key: VerificationKey {
				key: PublicKey::Sr25519(who.public().0),
				purposes: KeyPurposes {
					authentication: true,
					assertion: true,
					key_agreement: false,
				},
			},
			proof: None,
		}]
		.try_into()
		.unwrap(),
		endpoints: vec![ServiceEndpoint {
			id: b"ordering".to_vec().try_into().unwrap(),
			service_type: b"TMF622".to_vec().try_into().unwrap(),
			url: url.as_bytes().to_vec().try_into().unwrap(),
		}]
		.try_into()
		.unwrap(),
	})
}

/// Asserts a JSON-RPC "invalid params" error (-32602) that mentions `what`.
pub fn assert_invalid_params(result: Result<Value, RpcError>, what: &str) {
	match result {
		Err(error @ RpcError::Call { code: -32602, .. }) => {
			assert!(error.data_text().contains(what), "expected `{what}` in {error}");
		}
		other => panic!("expected invalid params ({what}), got {other:?}"),
	}
}

/// Asserts that the node serves every method of `methods` (`rpc_methods`).
pub async fn assert_serves(rpc: &Rpc, methods: &[&str]) {
	let served = rpc.query("rpc_methods", vec![]).await;
	let served: Vec<&str> =
		served["methods"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
	for method in methods {
		assert!(served.contains(method), "{method} is not served");
	}
}

/// Asserts that the runtime's metadata mentions every text of `texts`:
/// what polkadot.js finds (pallets, calls, their docs; metadata v15 also
/// lists the runtime APIs).
pub async fn assert_in_metadata(rpc: &Rpc, texts: &[&str]) {
	let v15 = format!("0x{}", hex::encode(15u32.encode()));
	let metadata =
		rpc.query("state_call", vec!["Metadata_metadata_at_version".into(), v15.into()]).await;
	let metadata = metadata.as_str().expect("metadata as hex text");
	let metadata = hex::decode(metadata.trim_start_matches("0x")).expect("metadata is hex");
	for text in texts {
		assert!(
			metadata.windows(text.len()).any(|w| w == text.as_bytes()),
			"`{text}` is not in the metadata"
		);
	}
}

/// Waits until the best block's timestamp (`tsmEnergy_clock.now`) reaches
/// `ms`, for at most three minutes: a test's delivery slot starts a minute
/// or more ahead and lasts 30 s on the dev chain.
pub async fn wait_for_clock(rpc: &Rpc, ms: u64) {
	crate::wait_for(&format!("the clock at {ms}"), std::time::Duration::from_secs(180), || async {
		let clock = rpc.query("tsmEnergy_clock", vec![]).await;
		(clock["now"].as_u64().expect("the clock") >= ms).then_some(())
	})
	.await;
}

/// Waits until the best block is at least `number`, for as long as the
/// blocks still to come take (3-second slots) plus a minute. A fixed timeout
/// would make a wait's success depend on how fast the steps before it were.
pub async fn wait_for_block(rpc: &Rpc, number: u32) {
	let (best, _) = rpc.best().await.expect("the best block");
	let to_come = u64::from(number.saturating_sub(best));
	let timeout = std::time::Duration::from_millis(tsm_runtime::MILLI_SECS_PER_BLOCK * to_come)
		+ std::time::Duration::from_secs(60);
	crate::wait_for(&format!("block #{number}"), timeout, || async {
		rpc.best().await.ok().filter(|(n, _)| *n >= number)
	})
	.await;
}
