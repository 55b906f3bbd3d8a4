//! A test tool that equivocates with a validator's GRANDPA key (from its
//! published test seed) and reports it the way any account may: two
//! prevotes for different blocks in one round, with a key-ownership proof
//! the node's runtime makes (`GrandpaApi_generate_key_ownership_proof`, as
//! a GRANDPA voter asks for one), in a signed `grandpa.reportEquivocation`.

use crate::rpc::Rpc;
use codec::{Decode, Encode};
use sp_consensus_grandpa::{AuthorityId, EquivocationProof, OpaqueKeyOwnershipProof, SetId};
use sp_core::{ed25519, Pair, H256};
use tsm_runtime::RuntimeCall;

/// The GRANDPA key of `member` (e.g. `regulator`), from its test seed.
pub fn grandpa_key(member: &str) -> ed25519::Pair {
	ed25519::Pair::from_string(&format!("//tsm//consortium//{member}//grandpa"), None)
		.expect("a valid seed")
}

/// Two prevotes by `key` in `round` of set `set_id`, for different blocks,
/// each signed as a GRANDPA voter signs.
pub fn conflicting_prevotes(
	key: &ed25519::Pair,
	set_id: SetId,
	round: u64,
) -> EquivocationProof<H256, u32> {
	let signed = |target: u8| {
		let prevote =
			finality_grandpa::Prevote { target_hash: H256::repeat_byte(target), target_number: 1 };
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		(prevote, key.sign(&payload).into())
	};
	EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: key.public().into(),
			first: signed(1),
			second: signed(2),
		}),
	)
}

/// Calls the runtime API function `method` with SCALE-encoded `args` at the
/// best block of `rpc` and decodes its answer.
pub async fn runtime_call<T: Decode>(rpc: &Rpc, method: &str, args: impl Encode) -> T {
	let answer = rpc
		.query(
			"state_call",
			vec![method.into(), format!("0x{}", hex::encode(args.encode())).into()],
		)
		.await;
	let bytes = hex::decode(answer.as_str().expect("hex").trim_start_matches("0x")).expect("hex");
	T::decode(&mut &bytes[..]).unwrap_or_else(|e| panic!("{method}: {e}"))
}

/// The report of `key` equivocating in the current set of `rpc`'s chain.
pub async fn equivocation_report(rpc: &Rpc, key: &ed25519::Pair, round: u64) -> RuntimeCall {
	let set_id: SetId = runtime_call(rpc, "GrandpaApi_current_set_id", ()).await;
	let authority: AuthorityId = key.public().into();
	let proof: Option<OpaqueKeyOwnershipProof> =
		runtime_call(rpc, "GrandpaApi_generate_key_ownership_proof", (set_id, authority)).await;
	let proof = proof.expect("the key is a validator's");
	let key_owner_proof = proof.decode().expect("a session membership proof");
	pallet_grandpa::Call::report_equivocation {
		equivocation_proof: Box::new(conflicting_prevotes(key, set_id, round)),
		key_owner_proof,
	}
	.into()
}
