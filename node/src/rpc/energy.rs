//! `tsmEnergy_*`: the energy market (the runtime API `TsmEnergyApi`) as
//! named JSON-RPC methods. Every method takes an optional block hash and
//! answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_energy::{
	runtime_api::{
		AuctionInfo, ClockInfo, LevelInfo, OrderInfo, ReadingInfo, SlotInfo, TradeInfo,
		TsmEnergyApi,
	},
	TradeId,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use tsm_primitives::ids::SlotIndex;
use tsm_runtime::{opaque::Block, AccountId, Balance};

use super::{require_api, BlockHash, RuntimeQueries};

#[rpc(server, namespace = "tsmEnergy")]
pub trait EnergyRpc {
	/// The slots' clock: `timing`, `now`, `currentSlot`, `firstOpenSlot`.
	#[method(name = "clock")]
	fn clock(&self, at: Option<BlockHash>) -> RpcResult<ClockInfo>;

	/// A slot's regulated exchange: times, each pool's price and totals
	/// (`pools`: `pool` is `null` for the open pool, else what its buyers
	/// require), every position with its pool and fill (`null`: no position
	/// in the slot).
	#[method(name = "slot")]
	fn slot(
		&self,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SlotInfo<AccountId, Balance>>>;

	/// A meter's readings of the slots `from` to `to` (at most 1 000).
	#[method(name = "readings")]
	fn readings(
		&self,
		meter: AccountId,
		from: SlotIndex,
		to: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ReadingInfo>>;

	/// A slot's continuous-market books: every price level (`side`,
	/// `book`, `tick`, `price`, `wh`, `orders`), sellers lowest first, then
	/// buyers highest first.
	#[method(name = "book")]
	fn book(&self, slot: SlotIndex, at: Option<BlockHash>) -> RpcResult<Vec<LevelInfo<Balance>>>;

	/// An account's resting orders, oldest first.
	#[method(name = "orders")]
	fn orders(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<OrderInfo<AccountId, Balance>>>;

	/// An account's trades, as buyer or seller, from id `from` on, at most
	/// `limit` (up to 100), oldest first, with their settlement.
	#[method(name = "trades")]
	fn trades(
		&self,
		who: AccountId,
		from: TradeId,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TradeInfo<AccountId, Balance>>>;

	/// The running auctions of a slot (`id`, `auction` with `owner`,
	/// `meter`, `terms` with its `require`ment, `held`, `best` bid, `second`
	/// price, `commitments`).
	#[method(name = "auctions")]
	fn auctions(
		&self,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AuctionInfo<AccountId, Balance>>>;
}

impl<C> EnergyRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmEnergyApi<Block, AccountId, Balance>,
{
	fn clock(&self, at: Option<BlockHash>) -> RpcResult<ClockInfo> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 1, ENERGY)?;
			api.clock(at)
		})
	}

	fn slot(
		&self,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SlotInfo<AccountId, Balance>>> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 3, POOLS)?;
			api.slot(at, slot)
		})
	}

	fn readings(
		&self,
		meter: AccountId,
		from: SlotIndex,
		to: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ReadingInfo>> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 1, ENERGY)?;
			api.readings(at, meter, from, to)
		})
	}

	fn book(&self, slot: SlotIndex, at: Option<BlockHash>) -> RpcResult<Vec<LevelInfo<Balance>>> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 2, CONTINUOUS_MARKET)?;
			api.book(at, slot)
		})
	}

	fn orders(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<OrderInfo<AccountId, Balance>>> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 2, CONTINUOUS_MARKET)?;
			api.orders(at, who)
		})
	}

	fn trades(
		&self,
		who: AccountId,
		from: TradeId,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TradeInfo<AccountId, Balance>>> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 2, CONTINUOUS_MARKET)?;
			api.trades(at, who, from, limit)
		})
	}

	fn auctions(
		&self,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AuctionInfo<AccountId, Balance>>> {
		self.query(at, |api, at| {
			require_api::<Energy>(api, at, 3, POOLS)?;
			api.auctions(at, slot)
		})
	}
}

/// The API as the version checks name it.
type Energy = dyn TsmEnergyApi<Block, AccountId, Balance>;
/// What each version brought (older blocks are refused with the reason).
const ENERGY: &str = "the energy market (it came with spec 107)";
const CONTINUOUS_MARKET: &str =
	"the continuous energy market or auctions (they came with spec 108, API version 2)";
/// Spec 111 split the regulated exchange into pools and gave auctions a
/// requirement: `slot` and `auctions` answer in the new shapes.
const POOLS: &str = "the exchange's pools and the auctions' requirements (spec 111, API \
	version 3), which this query's answer has";
