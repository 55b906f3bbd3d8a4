//! `tsmGovernance_*`: the consortium's state (the runtime API
//! `TsmGovernanceApi`) as named JSON-RPC methods. Every method takes an
//! optional block hash and answers at the best block by default.

use std::sync::Arc;

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_governance::{
	runtime_api::{Proposal, TsmGovernanceApi, ValidatorSet},
	MarketParameters,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use tsm_runtime::{opaque::Block, AccountId, BlockNumber, Hash};

use super::BlockHash;

#[rpc(server, namespace = "tsmGovernance")]
pub trait GovernanceRpc {
	/// The consortium members (SS58 addresses), sorted.
	#[method(name = "members")]
	fn members(&self, at: Option<BlockHash>) -> RpcResult<Vec<AccountId>>;

	/// The open proposals: hash, index, proposed call, threshold, ayes, nays
	/// and the block their vote ends.
	#[method(name = "proposals")]
	fn proposals(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Proposal<AccountId, BlockNumber, Hash>>>;

	/// The validator set: current session, next session, decided by the
	/// consortium, and the bounds.
	#[method(name = "validators")]
	fn validators(&self, at: Option<BlockHash>) -> RpcResult<ValidatorSet<AccountId>>;

	/// The market parameters in force.
	#[method(name = "parameters")]
	fn parameters(&self, at: Option<BlockHash>) -> RpcResult<MarketParameters<BlockNumber>>;
}

/// Serves [`GovernanceRpcServer`] from the client's runtime API.
pub struct Governance<C> {
	client: Arc<C>,
}

impl<C> Governance<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> GovernanceRpcServer for Governance<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmGovernanceApi<Block, AccountId, BlockNumber, Hash>,
{
	fn members(&self, at: Option<BlockHash>) -> RpcResult<Vec<AccountId>> {
		super::query_at(&*self.client, at, |api, at| api.members(at))
	}

	fn proposals(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Proposal<AccountId, BlockNumber, Hash>>> {
		super::query_at(&*self.client, at, |api, at| api.proposals(at))
	}

	fn validators(&self, at: Option<BlockHash>) -> RpcResult<ValidatorSet<AccountId>> {
		super::query_at(&*self.client, at, |api, at| api.validators(at))
	}

	fn parameters(&self, at: Option<BlockHash>) -> RpcResult<MarketParameters<BlockNumber>> {
		super::query_at(&*self.client, at, |api, at| api.parameters(at))
	}
}
