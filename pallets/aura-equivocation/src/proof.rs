//! What makes two headers an Aura equivocation: both name the same slot,
//! both are sealed by the offender's key as Aura seals (a signature of the
//! header's hash without the seal), and they are different blocks.

use codec::Codec;
use sp_consensus_aura::digests::CompatibleDigestItem;
use sp_consensus_slots::{EquivocationProof, Slot};
use sp_runtime::{traits::Header, DigestItem, RuntimeAppPublic};

/// Why two headers do not prove an equivocation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EquivocationProofError {
	/// A header carries no Aura seal as its last digest item.
	NotSealed,
	/// A header names no Aura slot.
	NoSlot,
	/// A header's slot is not the proof's.
	SlotMismatch,
	/// A seal is not the offender's signature of its header.
	BadSeal,
	/// Both headers are the same block.
	SameBlock,
}

/// Checks that `proof`'s two headers were sealed by `proof.offender` in
/// `proof.slot` and are different blocks.
pub fn check_equivocation_proof<H, Id>(
	proof: &EquivocationProof<H, Id>,
) -> Result<(), EquivocationProofError>
where
	H: Header,
	Id: RuntimeAppPublic,
	Id::Signature: Codec,
{
	let first = sealed_by(&proof.first_header, &proof.offender)?;
	let second = sealed_by(&proof.second_header, &proof.offender)?;
	if first.0 != proof.slot || second.0 != proof.slot {
		return Err(EquivocationProofError::SlotMismatch);
	}
	// Compared without their seals: one block sealed twice (signatures may
	// differ) is not two blocks.
	if first.1 == second.1 {
		return Err(EquivocationProofError::SameBlock);
	}
	Ok(())
}

/// The slot `header` names and its hash without the seal, if `author`
/// sealed it.
fn sealed_by<H, Id>(header: &H, author: &Id) -> Result<(Slot, H::Hash), EquivocationProofError>
where
	H: Header,
	Id: RuntimeAppPublic,
	Id::Signature: Codec,
{
	let mut unsealed = header.clone();
	let seal = unsealed.digest_mut().pop().ok_or(EquivocationProofError::NotSealed)?;
	let signature = <DigestItem as CompatibleDigestItem<Id::Signature>>::as_aura_seal(&seal)
		.ok_or(EquivocationProofError::NotSealed)?;
	let slot = unsealed
		.digest()
		.logs()
		.iter()
		.find_map(<DigestItem as CompatibleDigestItem<Id::Signature>>::as_aura_pre_digest)
		.ok_or(EquivocationProofError::NoSlot)?;
	let pre_hash = unsealed.hash();
	if !author.verify(&pre_hash.as_ref(), &signature) {
		return Err(EquivocationProofError::BadSeal);
	}
	Ok((slot, pre_hash))
}
