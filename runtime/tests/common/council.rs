#![allow(dead_code)] // Not every test file passes calls through the council.

//! Passing a call through the `consortium` council: member 0 proposes it
//! (3 of 4 ayes needed), members 0, 1 and 2 vote aye, member 1 closes.

use codec::Encode;
use frame_support::{assert_ok, dispatch::GetDispatchInfo};
use sp_runtime::DispatchError;
use tsm_runtime::{
	configs::governance::CouncilInstance, genesis_config_presets::CONSORTIUM_MEMBERS, AccountId,
	Council, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};

type CollectiveEvent = pallet_collective::Event<tsm_runtime::Runtime, CouncilInstance>;

fn member(i: usize) -> RuntimeOrigin {
	RuntimeOrigin::signed(AccountId::from(CONSORTIUM_MEMBERS[i].account))
}

fn last_collective_event() -> Option<CollectiveEvent> {
	System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::Council(e) => Some(e),
		_ => None,
	})
}

/// The decided call's result.
pub fn pass(call: RuntimeCall) -> Result<(), DispatchError> {
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	assert_ok!(Council::propose(member(0), 3, Box::new(call), length));
	let Some(CollectiveEvent::Proposed { proposal_index, proposal_hash, .. }) =
		last_collective_event()
	else {
		panic!("the proposal was made");
	};
	for i in 0..3 {
		assert_ok!(Council::vote(member(i), proposal_hash, proposal_index, true));
	}
	assert_ok!(Council::close(member(1), proposal_hash, proposal_index, weight, length));
	match last_collective_event() {
		Some(CollectiveEvent::Executed { result, .. }) => result,
		other => panic!("expected Executed, got {other:?}"),
	}
}
