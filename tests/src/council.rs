//! The consortium council, driven over JSON-RPC as its member organisations
//! drive it: a member proposes, three of the four vote aye, one closes.

use crate::{
	app::pair,
	network::TIMEOUT,
	rpc::{Rpc, Until},
};
use codec::Encode;
use frame_support::dispatch::GetDispatchInfo;
use serde_json::Value;
use sp_core::{sr25519, H256};
use tsm_runtime::{genesis_config_presets::CONSORTIUM_MEMBERS, RuntimeCall};

/// The members, by their index in the consortium preset (and the index of
/// their validator node in [`crate::network::Network::consortium`]).
pub const MNO: usize = 0;
pub const SMALL_CELLS: usize = 1;
pub const UTILITY: usize = 2;
pub const REGULATOR: usize = 3;

/// The key of member `index` (its account and its validator's).
pub fn member(index: usize) -> sr25519::Pair {
	pair(&format!("//tsm//consortium//{}", CONSORTIUM_MEMBERS[index].name))
}

/// The open proposal that carries `call`, from `tsmGovernance_proposals`.
pub async fn open_proposal(rpc: &Rpc, call: &RuntimeCall) -> Value {
	let encoded = format!("0x{}", hex::encode(call.encode()));
	let proposals: Vec<Value> = rpc.call("tsmGovernance_proposals", vec![]).await.unwrap();
	proposals
		.into_iter()
		.find(|p| p["encodedCall"] == encoded.as_str())
		.expect("the proposal is open")
}

/// The members decide `call`: the MNO proposes it (needing 3 of 4 ayes),
/// the MNO, the small cell provider and the utility vote aye (together, in
/// one or more blocks), the MNO closes the vote. Each step waits until the
/// chain `until` names includes it.
pub async fn decide(rpc: &Rpc, call: RuntimeCall, until: Until) {
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let propose = pallet_collective::Call::propose {
		threshold: 3,
		proposal: Box::new(call.clone()),
		length_bound: length,
	};
	rpc.submit_signed_all_until(vec![(&member(MNO), propose.into())], until, TIMEOUT).await;

	let proposal = open_proposal(rpc, &call).await;
	assert_eq!(proposal["pallet"], "TsmGovernance");
	assert_eq!(proposal["threshold"], 3);
	let hash: H256 = serde_json::from_value(proposal["hash"].clone()).unwrap();
	let index = proposal["index"].as_u64().unwrap() as u32;
	let voters = [MNO, SMALL_CELLS, UTILITY].map(member);
	let vote = || -> RuntimeCall {
		pallet_collective::Call::vote { proposal: hash, index, approve: true }.into()
	};
	rpc.submit_signed_all_until(
		voters.iter().map(|voter| (voter, vote())).collect(),
		until,
		TIMEOUT,
	)
	.await;
	assert_eq!(open_proposal(rpc, &call).await["ayes"].as_array().unwrap().len(), 3);

	let close = pallet_collective::Call::close {
		proposal_hash: hash,
		index,
		proposal_weight_bound: weight,
		length_bound: length,
	};
	rpc.submit_signed_all_until(vec![(&member(MNO), close.into())], until, TIMEOUT).await;
	let proposals: Vec<Value> = rpc.call("tsmGovernance_proposals", vec![]).await.unwrap();
	assert!(proposals.is_empty(), "the proposal was closed: {proposals:?}");
}
