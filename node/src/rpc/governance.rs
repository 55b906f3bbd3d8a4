//! `tsmGovernance_*`: the consortium's state (the runtime API
//! `TsmGovernanceApi`) as named JSON-RPC methods. Every method takes an
//! optional block hash and answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_governance::{
	runtime_api::{Offender, Proposal, TsmGovernanceApi, ValidatorSet},
	MarketParameters,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use tsm_runtime::{opaque::Block, AccountId, BlockNumber, Hash};

use super::{require_api, BlockHash, RuntimeQueries};

/// What version 2 of the API added.
const OFFENDERS_V2: &str = "equivocation reports (spec 114)";

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

	/// Validators proven to have equivocated and not yet added back: the
	/// offence kind, its session, the block of the first report, how many
	/// were reported, and whether they took the validator out of the set.
	#[method(name = "offenders")]
	fn offenders(&self, at: Option<BlockHash>) -> RpcResult<Vec<Offender<AccountId, BlockNumber>>>;
}

impl<C> GovernanceRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmGovernanceApi<Block, AccountId, BlockNumber, Hash>,
{
	fn members(&self, at: Option<BlockHash>) -> RpcResult<Vec<AccountId>> {
		self.query(at, |api, at| api.members(at))
	}

	fn proposals(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Proposal<AccountId, BlockNumber, Hash>>> {
		self.query(at, |api, at| api.proposals(at))
	}

	fn validators(&self, at: Option<BlockHash>) -> RpcResult<ValidatorSet<AccountId>> {
		self.query(at, |api, at| api.validators(at))
	}

	fn parameters(&self, at: Option<BlockHash>) -> RpcResult<MarketParameters<BlockNumber>> {
		self.query(at, |api, at| api.parameters(at))
	}

	fn offenders(&self, at: Option<BlockHash>) -> RpcResult<Vec<Offender<AccountId, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<dyn TsmGovernanceApi<Block, AccountId, BlockNumber, Hash>>(
				api,
				at,
				2,
				OFFENDERS_V2,
			)?;
			api.offenders(at)
		})
	}
}
