//! `tsmSettlement_*`: the marketplace (the runtime API `TsmSettlementApi`)
//! as named JSON-RPC methods. Every method takes an optional block hash and
//! answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_settlement::{
	runtime_api::{
		AgreementInfo, GroupInfo, OfferInfo, PeriodStatement, SettlementPeriodInfo,
		TsmSettlementApi,
	},
	OfferKind,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use tsm_primitives::ids::{AgreementId, PeriodIndex, SettlementGroupId};
use tsm_runtime::{opaque::Block, AccountId, Balance, BlockNumber};

use super::{require_api, BlockHash, RuntimeQueries};

#[rpc(server, namespace = "tsmSettlement")]
pub trait SettlementRpc {
	/// The catalog (TMF620): offers of `kind` (e.g. `"SmallCellSiteAccess"`,
	/// `{"NetworkSlice": "Urllc"}`) and of `provider`, each if given.
	#[method(name = "offers")]
	fn offers(
		&self,
		kind: Option<OfferKind>,
		provider: Option<AccountId>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<OfferInfo<AccountId, Balance, BlockNumber>>>;

	/// The orders and agreements `who` is party to, as provider or consumer.
	#[method(name = "agreementsOf")]
	fn agreements_of(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AgreementInfo<AccountId, Balance, BlockNumber>>>;

	/// The periods of an agreement with their usage (TMF635) and bill (TMF678).
	#[method(name = "bills")]
	fn bills(
		&self,
		agreement: AgreementId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PeriodStatement<AccountId, Balance, BlockNumber>>>;

	/// A settlement group: members (deposits, departures), invitations,
	/// charge limits, the oldest open and the current settlement period.
	#[method(name = "group")]
	fn group(
		&self,
		group: SettlementGroupId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<GroupInfo<AccountId, Balance, BlockNumber>>>;

	/// A group's settlement period: gross charges with their status and,
	/// once closed, the net positions with what was paid and the shortfalls.
	#[method(name = "settlementPeriod")]
	fn settlement_period(
		&self,
		group: SettlementGroupId,
		period: PeriodIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SettlementPeriodInfo<AccountId, Balance, BlockNumber>>>;
}

impl<C> SettlementRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmSettlementApi<Block, AccountId, Balance, BlockNumber>,
{
	fn offers(
		&self,
		kind: Option<OfferKind>,
		provider: Option<AccountId>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<OfferInfo<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| api.offers(at, kind, provider))
	}

	fn agreements_of(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AgreementInfo<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Settlement>(api, at, 2, SHAPES_V2)?;
			api.agreements_of(at, who)
		})
	}

	fn bills(
		&self,
		agreement: AgreementId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PeriodStatement<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Settlement>(api, at, 2, SHAPES_V2)?;
			api.bills(at, agreement)
		})
	}

	fn group(
		&self,
		group: SettlementGroupId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<GroupInfo<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Settlement>(api, at, 2, SHAPES_V2)?;
			api.settlement_group(at, group)
		})
	}

	fn settlement_period(
		&self,
		group: SettlementGroupId,
		period: PeriodIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SettlementPeriodInfo<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Settlement>(api, at, 2, SHAPES_V2)?;
			api.settlement_period(at, group, period)
		})
	}
}

/// The API as the version check names it.
type Settlement = dyn TsmSettlementApi<Block, AccountId, Balance, BlockNumber>;
/// Agreements, statements and settlement groups changed shape in version 2
/// of the API: an older runtime's answer would be misread.
const SHAPES_V2: &str = "TsmSettlementApi version 2 (spec 106), whose answer this query reads";
