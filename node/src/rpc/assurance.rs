//! `tsmAssurance_*`: SLA templates, monitoring and reputations (the runtime
//! API `TsmAssuranceApi`) as named JSON-RPC methods. Every method takes an
//! optional block hash and answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_assurance::{
	runtime_api::{
		OfferMonitoringInfo, OracleInfo, PeriodReports, SlaStatus, TemplateInfo, TsmAssuranceApi,
	},
	ProviderReputation,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use tsm_primitives::ids::{AgreementId, OfferId, PeriodIndex};
use tsm_runtime::{opaque::Block, AccountId, Balance, BlockNumber};

use super::{require_api, BlockHash, RuntimeQueries};

#[rpc(server, namespace = "tsmAssurance")]
pub trait AssuranceRpc {
	/// Every stored SLA template, with the hash offers name in `sla`.
	#[method(name = "templates")]
	fn templates(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TemplateInfo<AccountId, Balance, BlockNumber>>>;

	/// The template stored under `sla`, if any.
	#[method(name = "template")]
	fn template(
		&self,
		sla: H256,
		at: Option<BlockHash>,
	) -> RpcResult<Option<TemplateInfo<AccountId, Balance, BlockNumber>>>;

	/// How an offer's orders are monitored: its template, its committee and
	/// whether it is ready (`null`: the offer's SLA is kept off chain).
	#[method(name = "offerMonitoring")]
	fn offer_monitoring(
		&self,
		offer: OfferId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<OfferMonitoringInfo<AccountId>>>;

	/// A monitored agreement's SLA status: objectives, committee, the
	/// interval taking reports, and per period the aggregated values, the
	/// verdict so far (`projected`) and the billed verdict.
	#[method(name = "slaStatus")]
	fn sla_status(
		&self,
		agreement: AgreementId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SlaStatus<AccountId, Balance, BlockNumber>>>;

	/// The committee and the reports of one period of a monitored agreement.
	#[method(name = "periodReports")]
	fn period_reports(
		&self,
		agreement: AgreementId,
		period: PeriodIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PeriodReports<AccountId>>>;

	/// A provider's reputation: periods met and breached, penalties, score.
	#[method(name = "providerReputation")]
	fn provider_reputation(
		&self,
		provider: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<ProviderReputation<Balance>>;

	/// Every registered monitoring oracle with its bond and record.
	#[method(name = "oracles")]
	fn oracles(&self, at: Option<BlockHash>) -> RpcResult<Vec<OracleInfo<AccountId, Balance>>>;
}

impl<C> AssuranceRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmAssuranceApi<Block, AccountId, Balance, BlockNumber>,
{
	fn templates(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TemplateInfo<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.templates(at)
		})
	}

	fn template(
		&self,
		sla: H256,
		at: Option<BlockHash>,
	) -> RpcResult<Option<TemplateInfo<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.template(at, sla)
		})
	}

	fn offer_monitoring(
		&self,
		offer: OfferId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<OfferMonitoringInfo<AccountId>>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.offer_monitoring(at, offer)
		})
	}

	fn sla_status(
		&self,
		agreement: AgreementId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SlaStatus<AccountId, Balance, BlockNumber>>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.sla_status(at, agreement)
		})
	}

	fn period_reports(
		&self,
		agreement: AgreementId,
		period: PeriodIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PeriodReports<AccountId>>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.period_reports(at, agreement, period)
		})
	}

	fn provider_reputation(
		&self,
		provider: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<ProviderReputation<Balance>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.provider_reputation(at, provider)
		})
	}

	fn oracles(&self, at: Option<BlockHash>) -> RpcResult<Vec<OracleInfo<AccountId, Balance>>> {
		self.query(at, |api, at| {
			require_api::<Assurance>(api, at, 1, ASSURANCE)?;
			api.oracles(at)
		})
	}
}

/// The API as the version check names it.
type Assurance = dyn TsmAssuranceApi<Block, AccountId, Balance, BlockNumber>;
const ASSURANCE: &str = "the assurance service (it came with spec 107)";
