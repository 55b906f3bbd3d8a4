//! `tsmOrigin_*`: guarantees of origin (the runtime API `TsmOriginApi`) as
//! named JSON-RPC methods. Every method takes an optional block hash and
//! answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_origin::{
	runtime_api::{CertificateInfo, GreenShare, HistoryItem, HoldingInfo, PoolView, TsmOriginApi},
	CertificateId, ProductionDevice,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use tsm_primitives::{ids::SlotIndex, SourceRequirement};
use tsm_runtime::{opaque::Block, AccountId};

use super::{require_api, BlockHash, RuntimeQueries};

#[rpc(server, namespace = "tsmOrigin")]
pub trait OriginRpc {
	/// The production device behind a meter (`owner`, `source`,
	/// `capacityW`, `commissioned`, `zone`, `metadata`, `status`,
	/// `decidedBy`); `null`: none declared.
	#[method(name = "device")]
	fn device(
		&self,
		meter: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ProductionDevice<AccountId>>>;

	/// A certificate: its reading (`meter`, `slot`), `producer`, `source`,
	/// `zone`, `issued`, `retired`, `expired`, `reserved`, `expiresAt`,
	/// `revoked`, `holders`, `history`.
	#[method(name = "certificate")]
	fn certificate(
		&self,
		id: CertificateId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CertificateInfo<AccountId>>>;

	/// The certificate issued from a meter's reading of a slot.
	#[method(name = "certificateOfReading")]
	fn certificate_of_reading(
		&self,
		meter: AccountId,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CertificateId>>;

	/// An account's certificates from id `from` on, at most `limit` (up
	/// to 100): its remaining (`balance`), `transferred` and `retired` Wh,
	/// with the certificate.
	#[method(name = "certificates")]
	fn certificates(
		&self,
		who: AccountId,
		from: CertificateId,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<HoldingInfo<AccountId>>>;

	/// A certificate's history from entry `from` on, at most `limit` (up
	/// to 100): issued, transferred, delivered with a trade, moved into or
	/// drawn from a certified pool, retired, revoked.
	#[method(name = "history")]
	fn history(
		&self,
		id: CertificateId,
		from: u32,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<HistoryItem<AccountId>>>;

	/// What an account's smart meters consumed in `count` slots from
	/// `from` (up to 96) and how much of it it retired: totals,
	/// `perMillion` and slot by slot.
	#[method(name = "greenShare")]
	fn green_share(
		&self,
		who: AccountId,
		from: SlotIndex,
		count: u32,
		at: Option<BlockHash>,
	) -> RpcResult<GreenShare>;

	/// A slot's certified pool of the regulated exchange as a buyer sees
	/// it: the pool's `account` (list its certificates to draw from) and
	/// the Wh the buyer may still draw (`share`).
	#[method(name = "pool")]
	fn pool(
		&self,
		slot: SlotIndex,
		pool: SourceRequirement,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<PoolView<AccountId>>;
}

impl<C> OriginRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmOriginApi<Block, AccountId>,
{
	fn device(
		&self,
		meter: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ProductionDevice<AccountId>>> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 1, ORIGIN)?;
			api.device(at, meter)
		})
	}

	fn certificate(
		&self,
		id: CertificateId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CertificateInfo<AccountId>>> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 1, ORIGIN)?;
			api.certificate(at, id)
		})
	}

	fn certificate_of_reading(
		&self,
		meter: AccountId,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CertificateId>> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 1, ORIGIN)?;
			api.certificate_of_reading(at, meter, slot)
		})
	}

	fn certificates(
		&self,
		who: AccountId,
		from: CertificateId,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<HoldingInfo<AccountId>>> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 1, ORIGIN)?;
			api.certificates_of(at, who, from, limit)
		})
	}

	fn history(
		&self,
		id: CertificateId,
		from: u32,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<HistoryItem<AccountId>>> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 1, ORIGIN)?;
			api.history(at, id, from, limit)
		})
	}

	fn green_share(
		&self,
		who: AccountId,
		from: SlotIndex,
		count: u32,
		at: Option<BlockHash>,
	) -> RpcResult<GreenShare> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 1, ORIGIN)?;
			api.green_share(at, who, from, count)
		})
	}

	fn pool(
		&self,
		slot: SlotIndex,
		pool: SourceRequirement,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<PoolView<AccountId>> {
		self.query(at, |api, at| {
			require_api::<Origin>(api, at, 2, POOLS)?;
			api.pool(at, slot, pool, who)
		})
	}
}

/// The API as the version checks name it.
type Origin = dyn TsmOriginApi<Block, AccountId>;
/// What each version brought (older blocks are refused with the reason).
const ORIGIN: &str = "guarantees of origin (they came with spec 109)";
const POOLS: &str = "certified pools (they came with spec 111, API version 2)";
