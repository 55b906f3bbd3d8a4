//! What a node needs from the runtime to report a block equivocation it
//! saw: a key-ownership proof for the offender's key, and a way to put the
//! unsigned report in its own transaction pool.

use alloc::vec::Vec;
use codec::Codec;
use sp_consensus_slots::EquivocationProof;

sp_api::decl_runtime_apis! {
	/// Aura equivocation reports.
	pub trait AuraEquivocationApi<AuthorityId: Codec> {
		/// Proof that `authority` is a validator's key in the current
		/// session (SCALE-encoded), if it is.
		fn generate_key_ownership_proof(authority: AuthorityId) -> Option<Vec<u8>>;

		/// Submits an unsigned report to the node's transaction pool (the
		/// node registers the pool as an extension); `None` if the proof
		/// does not decode or the pool refused it.
		fn submit_report_unsigned(
			equivocation_proof: EquivocationProof<Block::Header, AuthorityId>,
			key_owner_proof: Vec<u8>,
		) -> Option<()>;
	}
}
