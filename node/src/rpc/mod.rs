//! The node's JSON-RPC methods beyond the standard ones that `sc-service`
//! serves (chain_*, state_*, author_*, system_*, ...).

mod assurance;
mod energy;
mod governance;
mod identity;
mod origin;
mod settlement;

use std::sync::Arc;

use assurance::AssuranceRpcServer;
use energy::EnergyRpcServer;
use governance::GovernanceRpcServer;
use identity::IdentityRpcServer;
use jsonrpsee::{
	core::RpcResult,
	types::{ErrorObject, ErrorObjectOwned},
	RpcModule,
};
use origin::OriginRpcServer;
use sc_transaction_pool_api::TransactionPool;
use settlement::SettlementRpcServer;
use sp_api::{ApiError, ApiExt, ProvideRuntimeApi, RuntimeApiInfo};
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_runtime::traits::Block as BlockT;
use tsm_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash, Nonce};

type BlockHash = <Block as BlockT>::Hash;

/// Answers the TSM services' JSON-RPC methods from the client's runtime
/// APIs: one type serves every namespace (`tsmIdentity_*`,
/// `tsmGovernance_*`, `tsmSettlement_*`, `tsmAssurance_*`, `tsmEnergy_*`,
/// `tsmOrigin_*`), each in its own module.
pub struct RuntimeQueries<C> {
	client: Arc<C>,
}

impl<C> RuntimeQueries<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	/// Runs `query` against the runtime API at `at` (default: the best block).
	fn query<R>(
		&self,
		at: Option<BlockHash>,
		query: impl FnOnce(&C::Api, BlockHash) -> Result<R, ApiError>,
	) -> RpcResult<R> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		query(&self.client.runtime_api(), at).map_err(runtime_error)
	}
}

/// Refuses a block whose runtime serves `Api` below `version` (or not at
/// all): asked about an older block, the node says what the query needs
/// (`what`, e.g. "the energy market (spec 107)") instead of failing
/// obscurely or misreading an answer whose shape changed.
fn require_api<Api: RuntimeApiInfo + ?Sized>(
	api: &impl ApiExt<Block>,
	at: BlockHash,
	version: u32,
	what: &str,
) -> Result<(), ApiError> {
	match api.api_version::<Api>(at)? {
		Some(served) if served >= version => Ok(()),
		_ => Err(ApiError::Application(
			format!("the runtime at this block does not serve {what}").into(),
		)),
	}
}

fn runtime_error(error: ApiError) -> ErrorObjectOwned {
	ErrorObject::owned(1, "the runtime API call failed", Some(error.to_string()))
}

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client: blocks and runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
}

/// All the node's extra RPC methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_tsm_identity::runtime_api::TsmIdentityApi<Block, AccountId, Balance>,
	C::Api:
		pallet_tsm_governance::runtime_api::TsmGovernanceApi<Block, AccountId, BlockNumber, Hash>,
	C::Api: pallet_tsm_settlement::runtime_api::TsmSettlementApi<
		Block,
		AccountId,
		Balance,
		BlockNumber,
	>,
	C::Api:
		pallet_tsm_assurance::runtime_api::TsmAssuranceApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_tsm_energy::runtime_api::TsmEnergyApi<Block, AccountId, Balance>,
	C::Api: pallet_tsm_origin::runtime_api::TsmOriginApi<Block, AccountId>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	// system_accountNextIndex, system_dryRun
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	// payment_queryInfo, payment_queryFeeDetails
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	// tsmIdentity_participant, _hasRole, _rolesOf, _credentialsOf,
	// _issuerRoles, _devicesOf, _deviceOwner
	module.merge(IdentityRpcServer::into_rpc(RuntimeQueries::new(client.clone())))?;
	// tsmGovernance_members, _proposals, _validators, _parameters
	module.merge(GovernanceRpcServer::into_rpc(RuntimeQueries::new(client.clone())))?;
	// tsmSettlement_offers, _agreementsOf, _bills, _group, _settlementPeriod
	module.merge(SettlementRpcServer::into_rpc(RuntimeQueries::new(client.clone())))?;
	// tsmAssurance_templates, _template, _offerMonitoring, _slaStatus,
	// _periodReports, _providerReputation, _oracles
	module.merge(AssuranceRpcServer::into_rpc(RuntimeQueries::new(client.clone())))?;
	// tsmEnergy_clock, _slot, _readings, _book, _orders, _trades, _auctions
	module.merge(EnergyRpcServer::into_rpc(RuntimeQueries::new(client.clone())))?;
	// tsmOrigin_device, _certificate, _certificateOfReading, _certificates,
	// _history, _greenShare
	module.merge(OriginRpcServer::into_rpc(RuntimeQueries::new(client)))?;

	Ok(module)
}
