//! `tsmEnergy_*`: the energy market (the runtime API `TsmEnergyApi`) as
//! named JSON-RPC methods. Every method takes an optional block hash and
//! answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_energy::runtime_api::{ClockInfo, ReadingInfo, SlotInfo, TsmEnergyApi};
use sp_api::{ApiError, ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use tsm_primitives::ids::SlotIndex;
use tsm_runtime::{opaque::Block, AccountId, Balance};

use super::{BlockHash, RuntimeQueries};

#[rpc(server, namespace = "tsmEnergy")]
pub trait EnergyRpc {
	/// The slots' clock: `timing`, `now`, `currentSlot`, `firstOpenSlot`.
	#[method(name = "clock")]
	fn clock(&self, at: Option<BlockHash>) -> RpcResult<ClockInfo>;

	/// A slot's regulated exchange: times, price and totals, every position
	/// with its fill (`null`: no position in the slot).
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
}

impl<C> EnergyRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmEnergyApi<Block, AccountId, Balance>,
{
	fn clock(&self, at: Option<BlockHash>) -> RpcResult<ClockInfo> {
		self.query(at, |api, at| {
			require_energy(api, at)?;
			api.clock(at)
		})
	}

	fn slot(
		&self,
		slot: SlotIndex,
		at: Option<BlockHash>,
	) -> RpcResult<Option<SlotInfo<AccountId, Balance>>> {
		self.query(at, |api, at| {
			require_energy(api, at)?;
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
			require_energy(api, at)?;
			api.readings(at, meter, from, to)
		})
	}
}

/// Energy trading came with spec 107: asked about an older block, the node
/// says so instead of failing obscurely.
fn require_energy<Api>(api: &Api, at: BlockHash) -> Result<(), ApiError>
where
	Api: ApiExt<Block>,
{
	if api.has_api::<dyn TsmEnergyApi<Block, AccountId, Balance>>(at)? {
		Ok(())
	} else {
		Err(ApiError::Application(
			"the runtime at this block has no energy market (it came with spec 107)".into(),
		))
	}
}
