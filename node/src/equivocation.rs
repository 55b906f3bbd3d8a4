//! Reports validators that seal two blocks in one Aura slot. FRAME's Aura
//! only logs such blocks; this task watches every imported block, remembers
//! who sealed what in each recent slot, and when one key sealed two
//! different blocks in a slot, asks the runtime for the key's ownership
//! proof and submits an unsigned report to this node's own pool
//! (`auraEquivocation.reportEquivocationUnsigned`), which this validator's
//! next block includes.

use crate::service::FullClient;
use futures::StreamExt;
use pallet_aura_equivocation::{runtime_api::AuraEquivocationApi, EquivocationProof};
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_consensus_aura::{
	digests::CompatibleDigestItem,
	sr25519::{AuthorityId as AuraId, AuthoritySignature},
	AuraApi, Slot,
};
use sp_runtime::{
	traits::{Block as BlockT, Header as _},
	DigestItem,
};
use std::{collections::BTreeMap, sync::Arc};
use tsm_runtime::opaque::Block;

type Header = <Block as BlockT>::Header;
type Hash = <Block as BlockT>::Hash;

const LOG_TARGET: &str = "aura-equivocation";

/// Slots remembered, an hour's: the runtime keeps an hour of session
/// history to check the key-ownership proofs against.
const SLOTS_KEPT: u64 = 1_200;

/// Runs until the node stops.
pub async fn report_block_equivocations(
	client: Arc<FullClient>,
	pool: OffchainTransactionPoolFactory<Block>,
) {
	let mut imported = client.import_notification_stream();
	let mut sealed: BTreeMap<Slot, Vec<(AuraId, Header)>> = BTreeMap::new();
	while let Some(block) = imported.next().await {
		let header = block.header;
		let Some((slot, author)) = slot_and_author(&client, &header) else {
			continue;
		};
		let in_slot = sealed.entry(slot).or_default();
		let earlier = in_slot
			.iter()
			.find(|(sealer, other)| *sealer == author && pre_hash(other) != pre_hash(&header));
		if let Some((_, first)) = earlier {
			log::warn!(
				target: LOG_TARGET,
				"{author} sealed two blocks in slot {slot}: {} and {}; reporting",
				first.hash(),
				header.hash(),
			);
			let proof = EquivocationProof {
				offender: author.clone(),
				slot,
				first_header: first.clone(),
				second_header: header.clone(),
			};
			report(&client, &pool, proof, *header.parent_hash());
		}
		in_slot.push((author, header));
		while let Some(oldest) = sealed.keys().next().copied() {
			if *oldest + SLOTS_KEPT >= *slot {
				break;
			}
			sealed.remove(&oldest);
		}
	}
}

/// The slot a block names and the authority its slot belongs to (its
/// import checked that this authority sealed it).
fn slot_and_author(client: &FullClient, header: &Header) -> Option<(Slot, AuraId)> {
	let slot =
		header.digest().logs().iter().find_map(
			<DigestItem as CompatibleDigestItem<AuthoritySignature>>::as_aura_pre_digest,
		)?;
	let authorities = client.runtime_api().authorities(*header.parent_hash()).ok()?;
	let index = (*slot % authorities.len().max(1) as u64) as usize;
	authorities.get(index).cloned().map(|author| (slot, author))
}

/// A header's hash without its seal: what its author signed.
fn pre_hash(header: &Header) -> Hash {
	let mut unsealed = header.clone();
	if unsealed.digest().logs().last().is_some_and(|item| matches!(item, DigestItem::Seal(..))) {
		unsealed.digest_mut().pop();
	}
	unsealed.hash()
}

/// Proves the offender's key at `at` (a block of the slot's session) and
/// submits the report to this node's pool.
fn report(
	client: &FullClient,
	pool: &OffchainTransactionPoolFactory<Block>,
	proof: EquivocationProof<Header, AuraId>,
	at: Hash,
) {
	let api = client.runtime_api();
	let served = api.has_api::<dyn AuraEquivocationApi<Block, AuraId>>(at).unwrap_or(false);
	if !served {
		log::info!(target: LOG_TARGET, "the runtime at {at} takes no block equivocation reports");
		return;
	}
	let key_owner_proof = match api.generate_key_ownership_proof(at, proof.offender.clone()) {
		Ok(Some(key_owner_proof)) => key_owner_proof,
		other => {
			log::warn!(target: LOG_TARGET, "no key-ownership proof for {}: {other:?}", proof.offender);
			return;
		}
	};
	let best = client.info().best_hash;
	let mut api = client.runtime_api();
	api.register_extension(pool.offchain_transaction_pool(best));
	match api.submit_report_unsigned(best, proof, key_owner_proof) {
		Ok(Some(())) => log::info!(target: LOG_TARGET, "block equivocation report submitted"),
		other => log::warn!(target: LOG_TARGET, "the report was not submitted: {other:?}"),
	}
}
