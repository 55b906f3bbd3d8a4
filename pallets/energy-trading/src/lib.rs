//! # TSM energy trading
//!
//! Prosumers with solar panels, wind mills or storage sell their surplus to
//! consumers on the chain that carries the telecom marketplace, settled
//! against what their smart meters measured.
//!
//! - **Delivery slots.** Energy is traded for slots of wall-clock time
//!   (the block timestamp: Aura may skip slots, blocks do not measure
//!   time); slot `s` runs from `s × length` milliseconds. A slot's market
//!   takes orders until its gate closure, `gateClosure` before it starts,
//!   and at most `MaxSlotsAhead` slots ahead. The [`SlotTiming`] is set at
//!   genesis and by governance (`setTiming`), only while no slot has
//!   positions, orders, auctions or unsettled trades: a new length
//!   renumbers the slots.
//! - **Meters.** Participants trade through smart meters they own
//!   (`tsmIdentity` devices of kind `SmartMeter`); every order names one.
//!   A meter signs its own reading of a slot (Wh exported and imported)
//!   during the `readingWindow` after the slot; a meter without a reading
//!   delivered nothing. A meter's export in a slot goes to its owner's sale
//!   in the regulated exchange first, then to the meter's trades in the
//!   order they were made.
//! - **Regulated exchange** (pure exchange at the regulator's price).
//!   Sellers (`EnergyProsumer`) offer Wh for a slot, buyers
//!   (`EnergyConsumer` or `EnergyProsumer`) request Wh, one position per
//!   participant and slot, in one of the slot's pools ([`Pool`]): the open
//!   one, or one whose buyers require certified energy and whose sellers'
//!   meters stand behind a source that meets the requirement. Each pool
//!   clears and settles on its own; below, "the slot" is one pool of it.
//!   The slot's price is fixed when its first position opens its market. A buyer's most cost (Wh × price) is held,
//!   and a seller's collateral (`Collateral` of its sale's value). At gate
//!   closure the slot clears at that price without touching a position:
//!   the short side is filled fully, the long side pro rata (fill = Wh ×
//!   other side ÷ own side, rounded down) — each fill is computed from the
//!   slot's totals when it is needed.
//! - **Delivery settlement.** The pool pairs nobody, so it settles as a
//!   pool, in two steps per position, each triggered by anyone after the
//!   reading window: first every position pays its part in — a buyer pays
//!   for its share of the energy the sellers delivered (delivered × its
//!   fill ÷ all fills, at the slot's price), a seller forfeits
//!   `Collateral` of the value it failed to deliver of its fill — and
//!   what is not owed is released; once every position of the slot paid
//!   in, each collects its share: a seller what the buyers paid, pro rata
//!   to what it delivered (less the platform fee, to the marketplace
//!   account), a buyer the forfeited collateral, pro rata to its fill.
//!   Rounding is always down and the pool keeps the dust. Nothing is paid
//!   before delivery is known; no path creates or destroys tokens. The
//!   pool's account keeps the existential deposit (the genesis funds it;
//!   on a chain upgraded to this pallet anyone sends it that much).
//! - **Continuous market** (`orders.rs`, `book.rs`). Limit orders with a
//!   price range in ticks — a preferred price and a limit — rank by limit,
//!   then time; an arriving order trades with the best crossing orders of
//!   the other side, each trade at the resting order's preferred price
//!   clamped into both limits, at most `MaxFills` per call (anyone
//!   continues a crossing order with `matchOrder`). No self-trade: the
//!   owner's own order met is cancelled. Orders expire at gate closure.
//!   Per slot, side and [`Book`] a bitmap of non-empty ticks finds the best
//!   level in two steps and a linked list per level removes any order in
//!   O(1): cost does not grow with depth. A buyer may require certified
//!   energy; it then matches only sellers whose meter's source
//!   ([`tsm_primitives::CertifiedSources`]) meets it.
//! - **Auctions** (`auctions.rs`). One lot each: forward (open ascending
//!   bids), reverse (open descending asks), sealed-bid first- or
//!   second-price (bonded commitments, reveals, forfeits). The best bid is
//!   held, the outbid released at once; late bids extend the end; anyone
//!   closes after the end, the winner becomes a trade. Terms may require
//!   certified energy: a seller's lot then opens only from a meter whose
//!   source meets it, a buyer's lot takes asks only from such meters.
//! - **Trades** (`trades.rs`). Each match of the continuous market or an
//!   auction is a trade, settled once after the reading window by anyone:
//!   the buyer pays the seller for what the seller's meter delivered of
//!   it, the seller forfeits `Collateral` of the undelivered value to the
//!   buyer, the platform fee goes to the marketplace; the rest of both
//!   holds returns. [`OnDeliverySettled`](tsm_primitives::OnDeliverySettled)
//!   hears who delivered what to whom.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(test)]
mod auction_tests;
mod auctions;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod book;
#[cfg(test)]
mod continuous_tests;
pub mod holds;
mod meters;
pub mod migrations;
#[cfg(test)]
mod mock;
mod orders;
mod pool;
pub mod runtime_api;
mod settlement;
#[cfg(test)]
mod tests;
mod trades;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub mod weights;

use frame_support::traits::fungible;

/// The balance type of the settlement token.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A position as stored.
pub type PositionOf<T> = Position<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// An order of the continuous market as stored.
pub type OrderOf<T> = Order<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A trade as stored.
pub type TradeOf<T> = Trade<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// An auction as stored.
pub type AuctionOf<T> = Auction<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A sealed bid's commitment as stored.
pub type CommitmentOf<T> = Commitment<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// The book depth (resting orders) the order calls are charged for: their
/// benchmarks measure the cost at 10 and at 10,000 resting orders (it does
/// not grow with depth).
pub const BENCHMARKED_DEPTH: u32 = 10_000;

pub(crate) use tsm_primitives::ids::take_id;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::UnixTime, PalletId};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{Perbill, Permill};
	use tsm_primitives::{
		ids::SlotIndex, CertifiedSources, DeviceRegistry, OnDeliverySettled, RoleProvider,
		SourceRequirement,
	};

	/// 1: the regulated exchange has pools (`Slots` by slot and pool,
	/// positions name theirs) and auction terms a source requirement.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A buyer's most cost for a slot.
		Escrow,
		/// A seller's collateral for a slot.
		Collateral,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The settlement token.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who holds which role (identity service).
		type Roles: RoleProvider<Self::AccountId>;

		/// Smart meters and their owners (identity service).
		type Devices: DeviceRegistry<Self::AccountId>;

		/// Wall-clock time (the block timestamp).
		type UnixTime: UnixTime;

		/// The regulated price of a kWh (governance).
		type RegulatedPrice: Get<BalanceOf<Self>>;

		/// The band (floor, cap) a kWh's price in the continuous market must
		/// lie in (governance).
		type PriceBand: Get<(BalanceOf<Self>, BalanceOf<Self>)>;

		/// The continuous market's price step per kWh: tick `t` is
		/// `t × TickSize`, up to `MAX_TICKS`.
		#[pallet::constant]
		type TickSize: Get<BalanceOf<Self>>;

		/// The most fills (or self-trade cancellations) one call makes; the
		/// rest of the order rests on the book.
		#[pallet::constant]
		type MaxFills: Get<u32>;

		/// The certified source behind a seller's meter (guarantees of
		/// origin).
		type CertifiedSources: CertifiedSources<Self::AccountId>;

		/// The share of a sale's value a seller posts as collateral and
		/// forfeits per undelivered Wh (governance).
		type Collateral: Get<Perbill>;

		/// The marketplace's share of what sellers are paid (governance).
		type PlatformFee: Get<Permill>;

		/// Receives the platform fees.
		type MarketAccount: Get<Self::AccountId>;

		/// Told who delivered energy to whom (guarantees of origin).
		type OnDeliverySettled: OnDeliverySettled<Self::AccountId>;

		/// The pool's account: what buyers pay in and sellers forfeit waits
		/// there until every position of the slot paid in.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The slot timing until genesis or governance sets one.
		type DefaultTiming: Get<SlotTiming>;

		/// Sets the slot timing (governance).
		type TimingOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How many slots ahead orders are taken.
		#[pallet::constant]
		type MaxSlotsAhead: Get<SlotIndex>;

		/// Slots a reading is kept for (guarantees of origin are claimed
		/// against it); anyone removes it after.
		#[pallet::constant]
		type ReadingRetention: Get<SlotIndex>;

		/// The smallest position, in Wh.
		#[pallet::constant]
		type MinOrderWh: Get<u64>;

		/// The largest position and reading, in Wh.
		#[pallet::constant]
		type MaxWh: Get<u64>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets the clock for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// What the benchmarks need from the runtime.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper {
		/// Sets the block timestamp to `ms` milliseconds since the epoch.
		fn set_time(ms: u64);
	}

	/// The slots' clock.
	#[pallet::storage]
	pub type Timing<T: Config> = StorageValue<_, SlotTiming, ValueQuery, T::DefaultTiming>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The slot timing (the default if `None`).
		pub timing: Option<SlotTiming>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(timing) = self.timing {
				assert!(Pallet::<T>::valid_timing(&timing), "a valid slot timing");
				Timing::<T>::put(timing);
			}
		}
	}

	/// Each open slot's regulated exchange, by slot and pool.
	#[pallet::storage]
	pub type Slots<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SlotIndex,
		Twox64Concat,
		Pool,
		SlotMarket<BalanceOf<T>>,
		OptionQuery,
	>;

	/// Positions in the regulated exchange, by slot and participant.
	#[pallet::storage]
	pub type Positions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SlotIndex,
		Blake2_128Concat,
		T::AccountId,
		PositionOf<T>,
		OptionQuery,
	>;

	/// The continuous market's orders.
	#[pallet::storage]
	pub type Orders<T: Config> = StorageMap<_, Twox64Concat, OrderId, OrderOf<T>, OptionQuery>;

	/// The id the next order gets.
	#[pallet::storage]
	pub type NextOrderId<T: Config> = StorageValue<_, OrderId, ValueQuery>;

	/// Each account's orders.
	#[pallet::storage]
	pub type OrdersOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, OrderId, (), OptionQuery>;

	/// The books' price levels, by slot, side, book and tick.
	#[pallet::storage]
	pub type Levels<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, SlotIndex>,
			NMapKey<Twox64Concat, Side>,
			NMapKey<Twox64Concat, Book>,
			NMapKey<Twox64Concat, Tick>,
		),
		Level,
		OptionQuery,
	>;

	/// Which ticks of a book have orders, by slot, side and book.
	#[pallet::storage]
	pub type LevelBitmaps<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, SlotIndex>,
			NMapKey<Twox64Concat, Side>,
			NMapKey<Twox64Concat, Book>,
		),
		TickBitmap,
		OptionQuery,
	>;

	/// Trades of the continuous market and the auctions.
	#[pallet::storage]
	pub type Trades<T: Config> = StorageMap<_, Twox64Concat, TradeId, TradeOf<T>, OptionQuery>;

	/// The id the next trade gets.
	#[pallet::storage]
	pub type NextTradeId<T: Config> = StorageValue<_, TradeId, ValueQuery>;

	/// Each account's trades, as buyer or seller.
	#[pallet::storage]
	pub type TradesOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, TradeId, (), OptionQuery>;

	/// What each seller meter sold in a slot's trades, until they settled.
	#[pallet::storage]
	pub type Sales<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SlotIndex,
		Blake2_128Concat,
		T::AccountId,
		MeterSales,
		ValueQuery,
	>;

	/// Running auctions.
	#[pallet::storage]
	pub type Auctions<T: Config> =
		StorageMap<_, Twox64Concat, AuctionId, AuctionOf<T>, OptionQuery>;

	/// The id the next auction gets.
	#[pallet::storage]
	pub type NextAuctionId<T: Config> = StorageValue<_, AuctionId, ValueQuery>;

	/// Sealed bids not revealed yet, by auction and bidder.
	#[pallet::storage]
	pub type Commitments<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AuctionId,
		Blake2_128Concat,
		T::AccountId,
		CommitmentOf<T>,
		OptionQuery,
	>;

	/// Meter readings, by meter and slot.
	#[pallet::storage]
	pub type Readings<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SlotIndex,
		Reading,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A slot's market opened at the regulated price.
		SlotOpened { slot: SlotIndex, pool: Pool, price: BalanceOf<T> },
		/// A seller offered energy; its collateral is held.
		EnergyOffered {
			slot: SlotIndex,
			pool: Pool,
			seller: T::AccountId,
			meter: T::AccountId,
			wh: u64,
			collateral: BalanceOf<T>,
		},
		/// A buyer requested energy; its most cost is held.
		EnergyRequested {
			slot: SlotIndex,
			pool: Pool,
			buyer: T::AccountId,
			meter: T::AccountId,
			wh: u64,
			escrow: BalanceOf<T>,
		},
		/// A position was withdrawn before gate closure; its hold returned.
		PositionCancelled { slot: SlotIndex, who: T::AccountId },
		/// A meter reported a slot.
		ReadingSubmitted { meter: T::AccountId, slot: SlotIndex, exported: u64, imported: u64 },
		/// Governance set the slot timing.
		TimingSet { timing: SlotTiming },
		/// A reading past its retention was removed.
		ReadingRemoved { meter: T::AccountId, slot: SlotIndex },
		/// A position paid its part into the pool: a buyer for the energy
		/// delivered to it, a seller the collateral it forfeited.
		PositionSettled {
			slot: SlotIndex,
			who: T::AccountId,
			filled: u64,
			delivered: u64,
			paid: BalanceOf<T>,
		},
		/// A position collected its share: a seller its pay (less the fee), a
		/// buyer its share of the forfeited collateral.
		PositionPaid { slot: SlotIndex, who: T::AccountId, amount: BalanceOf<T>, fee: BalanceOf<T> },
		/// An order was placed in the continuous market (its trades follow);
		/// `held` is its buyer's most cost or seller's collateral.
		OrderPlaced {
			order: OrderId,
			slot: SlotIndex,
			side: Side,
			who: T::AccountId,
			meter: T::AccountId,
			wh: u64,
			preferred: Tick,
			limit: Tick,
			held: BalanceOf<T>,
		},
		/// An order left the book with `wh` untraded; its hold returned.
		OrderCancelled { order: OrderId, who: T::AccountId, wh: u64, reason: CancelReason },
		/// `wh` of `seller`'s energy in `slot` was sold to `buyer` at `price`
		/// per kWh.
		Traded {
			trade: TradeId,
			slot: SlotIndex,
			market: TradeMarket,
			seller: T::AccountId,
			buyer: T::AccountId,
			wh: u64,
			price: BalanceOf<T>,
		},
		/// A trade was settled against the seller's meter.
		TradeSettled {
			trade: TradeId,
			delivered: u64,
			paid: BalanceOf<T>,
			fee: BalanceOf<T>,
			penalty: BalanceOf<T>,
		},
		/// A settled trade past the retention was removed.
		TradeRemoved { trade: TradeId },
		/// An auction opened; its owner holds `held`.
		AuctionCreated {
			auction: AuctionId,
			owner: T::AccountId,
			terms: AuctionTerms,
			held: BalanceOf<T>,
		},
		/// An open bid became the best; bidding ends at `ends` (ms).
		BidPlaced { auction: AuctionId, bidder: T::AccountId, price: Tick, ends: u64 },
		/// A sealed bid was committed with its bond.
		BidCommitted { auction: AuctionId, bidder: T::AccountId, bond: BalanceOf<T> },
		/// A sealed bid was revealed.
		BidRevealed { auction: AuctionId, bidder: T::AccountId, price: Tick },
		/// A sealed bid not revealed in time forfeited its bond.
		CommitmentForfeited { auction: AuctionId, bidder: T::AccountId, bond: BalanceOf<T> },
		/// An auction ended.
		AuctionClosed { auction: AuctionId, outcome: AuctionOutcome },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A seller needs an `EnergyProsumer` credential, a buyer an
		/// `EnergyConsumer` or `EnergyProsumer` one.
		NoEnergyCredential,
		/// The meter is not an active smart meter of the caller.
		NotYourMeter,
		/// The slot's market is closed (gate closure passed) or not open yet
		/// (too far ahead).
		SlotNotOpen,
		/// Fewer Wh than the smallest order, or more than the largest.
		QuantityOutOfRange,
		/// The caller has a position in this slot already.
		AlreadyInSlot,
		/// No regulated price is set.
		NoRegulatedPrice,
		/// The caller cannot pay the escrow or collateral.
		InsufficientFunds,
		/// No such position.
		UnknownPosition,
		/// The sender is not an active smart meter.
		NotAMeter,
		/// The slot has not ended yet.
		SlotNotOver,
		/// The slot's reading window is over.
		ReadingTooLate,
		/// The meter reported this slot already.
		ReadingExists,
		/// More Wh than a reading may carry.
		ReadingOutOfRange,
		/// No such reading.
		UnknownReading,
		/// The reading is still kept.
		ReadingRetained,
		/// The slot's reading window is not over yet.
		ReadingWindowOpen,
		/// The position paid its part already; it collects once every
		/// position of the slot did.
		OthersNotSettled,
		/// The pool's account does not hold the existential deposit, so it
		/// cannot take a small payment: anyone may send it that much.
		PoolUnfunded,
		/// A slot length or reading window of zero.
		InvalidTiming,
		/// Slots have positions, orders, auctions or unsettled trades: their
		/// numbering cannot change now.
		SlotsInUse,
		/// A seller's preferred price below its limit, or a buyer's above.
		InvalidPriceRange,
		/// A price of no tick (zero or above the highest) or outside the
		/// band.
		PriceOutsideBand,
		/// Only buyers require a source; a seller's comes from its meter.
		RequirementOnSale,
		/// The seller's meter has no approved production device of a source
		/// the pool or the auction requires.
		SourceNotCertified,
		/// No such order.
		UnknownOrder,
		/// Only its owner cancels an order before its slot's market closes.
		NotYourOrder,
		/// The order does not cross the book.
		NothingToMatch,
		/// No such trade.
		UnknownTrade,
		/// The trade is settled already.
		TradeSettled,
		/// The trade is not settled yet.
		TradeOpen,
		/// The trade is still kept.
		TradeRetained,
		/// Inconsistent auction terms: a forward reserve below the start, a
		/// reverse or sealed one above it, an end in the past or after gate
		/// closure, reveals not after the end, no increment.
		InvalidAuctionTerms,
		/// No such auction.
		UnknownAuction,
		/// Nobody bids in its own auction.
		OwnAuction,
		/// The call is for the other kind of auction (open or sealed).
		WrongAuctionKind,
		/// Bidding is over.
		BiddingOver,
		/// The bid does not beat the start or the best bid by the increment.
		BidTooLow,
		/// The caller committed a bid to this auction already.
		AlreadyCommitted,
		/// No such commitment.
		UnknownCommitment,
		/// Reveals are taken only between the end of bidding and the end of
		/// reveals; forfeits only after.
		NotRevealing,
		/// The price and salt do not hash to the commitment.
		RevealMismatch,
		/// The auction has not ended yet.
		AuctionNotOver,
		/// Only its owner withdraws an auction.
		NotYourAuction,
		/// The auction has bids: it runs to its end.
		AuctionHasBids,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(Self::valid_timing(&T::DefaultTiming::get()), "a valid default timing");
			assert!(T::MinOrderWh::get() > 0, "an order has energy");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Offers `wh` of the energy `meter` will export in `slot` to a pool
		/// of the regulated exchange; holds the collateral. A certified pool
		/// takes only a meter whose approved device's source meets it.
		///
		/// Origin: an `EnergyProsumer` owning the smart meter. Emits
		/// `EnergyOffered` (and `SlotOpened`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::offer_energy())]
		pub fn offer_energy(
			origin: OriginFor<T>,
			slot: SlotIndex,
			pool: Pool,
			meter: T::AccountId,
			wh: u64,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_open_position(seller, slot, pool, meter, wh, Side::Sell)
		}

		/// Requests `wh` for `meter` to import in `slot` from a pool of the
		/// regulated exchange (a certified pool: energy of a source that
		/// meets its requirement only); holds the most it can cost (Wh × the
		/// slot's price).
		///
		/// Origin: an `EnergyConsumer` or `EnergyProsumer` owning the smart
		/// meter. Emits `EnergyRequested` (and `SlotOpened`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::request_energy())]
		pub fn request_energy(
			origin: OriginFor<T>,
			slot: SlotIndex,
			pool: Pool,
			meter: T::AccountId,
			wh: u64,
		) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			Self::do_open_position(buyer, slot, pool, meter, wh, Side::Buy)
		}

		/// Withdraws the caller's position before gate closure; its hold
		/// returns.
		///
		/// Origin: the position's owner. Emits `PositionCancelled`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::cancel_position())]
		pub fn cancel_position(origin: OriginFor<T>, slot: SlotIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_position(who, slot)
		}

		/// A smart meter reports what it exported and imported in `slot`,
		/// during the reading window after it.
		///
		/// Origin: the meter's own account. Emits `ReadingSubmitted`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::submit_reading())]
		pub fn submit_reading(
			origin: OriginFor<T>,
			slot: SlotIndex,
			exported: u64,
			imported: u64,
		) -> DispatchResult {
			let meter = ensure_signed(origin)?;
			Self::do_submit_reading(meter, slot, exported, imported)
		}

		/// Removes a reading older than the retention.
		///
		/// Origin: any signed account. Emits `ReadingRemoved`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_reading())]
		pub fn remove_reading(
			origin: OriginFor<T>,
			meter: T::AccountId,
			slot: SlotIndex,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_reading(meter, slot)
		}

		/// Places a limit order in `slot`'s continuous market: `wh` to sell
		/// from (or buy for) `meter`, at `preferred` ticks per kWh or up to
		/// `limit` (a seller's lowest, a buyer's highest). It trades at once
		/// with the best orders of the other side that cross it, each at
		/// that order's preferred price clamped into both limits, at most
		/// `MaxFills` of them; the rest rests on the book. A buyer may
		/// `require` certified energy. Holds a buyer's most cost at its
		/// limit, a seller's collateral at the band's cap.
		///
		/// Origin: an energy participant owning the smart meter. Emits
		/// `OrderPlaced`, then `Traded` per fill (and `OrderCancelled` for an
		/// own order it met).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::place_order(BENCHMARKED_DEPTH, T::MaxFills::get()))]
		pub fn place_order(
			origin: OriginFor<T>,
			slot: SlotIndex,
			side: Side,
			meter: T::AccountId,
			wh: u64,
			preferred: Tick,
			limit: Tick,
			require: Option<SourceRequirement>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let request = orders::OrderRequest {
				slot,
				side,
				meter,
				wh,
				preferred,
				limit,
				requirement: require,
			};
			let steps = Self::do_place_order(who, request)?;
			Ok(Some(T::WeightInfo::place_order(BENCHMARKED_DEPTH, steps)).into())
		}

		/// Withdraws an order: its owner at any time, anyone once its slot's
		/// market closed (it expired). Its hold returns.
		///
		/// Origin: signed. Emits `OrderCancelled`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::cancel_order(BENCHMARKED_DEPTH))]
		pub fn cancel_order(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_order(who, order)
		}

		/// Matches a resting order that still crosses the book (an order
		/// stops after `MaxFills` fills), up to `MaxFills` more.
		///
		/// Origin: any signed account. Emits `Traded` per fill.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::match_order(T::MaxFills::get()))]
		pub fn match_order(origin: OriginFor<T>, order: OrderId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let steps = Self::do_match_resting(order)?;
			Ok(Some(T::WeightInfo::match_order(steps)).into())
		}

		/// Settles a trade once its slot's reading window is over: the
		/// buyer pays the seller for what the seller's meter delivered of
		/// it, the seller forfeits `Collateral` of the value it failed to
		/// deliver to the buyer; both holds return the rest.
		///
		/// Origin: any signed account. Emits `TradeSettled`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::settle_trade().saturating_add(T::OnDeliverySettled::weight()))]
		pub fn settle_trade(origin: OriginFor<T>, trade: TradeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_trade(trade)
		}

		/// Removes a settled trade older than the reading retention.
		///
		/// Origin: any signed account. Emits `TradeRemoved`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::remove_trade())]
		pub fn remove_trade(origin: OriginFor<T>, trade: TradeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_trade(trade)
		}

		/// Opens an auction of one lot of `terms.slot`'s energy delivered
		/// from (forward, sealed) or to (reverse) `meter`. Holds a seller's
		/// collateral at the band's cap (sealed: at the highest bid allowed),
		/// a buyer's most cost at its start price.
		///
		/// Origin: an energy participant owning the meter (a seller needs
		/// `EnergyProsumer`). Emits `AuctionCreated`.
		#[pallet::call_index(40)]
		#[pallet::weight(T::WeightInfo::create_auction())]
		pub fn create_auction(
			origin: OriginFor<T>,
			meter: T::AccountId,
			terms: AuctionTerms,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_create_auction(owner, meter, terms).map(|_| ())
		}

		/// Bids in an open auction: at least the start (forward; reverse: at
		/// most), then beating the best by the increment. Holds the bid's
		/// value (a buyer) or collateral (a seller); the outbid bidder is
		/// released. A bid within `extension` of the end pushes it back.
		///
		/// Origin: an energy participant owning the meter. Emits `BidPlaced`.
		#[pallet::call_index(41)]
		#[pallet::weight(T::WeightInfo::bid())]
		pub fn bid(
			origin: OriginFor<T>,
			auction: AuctionId,
			meter: T::AccountId,
			price: Tick,
		) -> DispatchResult {
			let bidder = ensure_signed(origin)?;
			Self::do_bid(bidder, auction, meter, price)
		}

		/// Commits a sealed bid: `hash` = blake2-256 of the SCALE encoding of
		/// (auction, bidder, price in ticks, the lot's Wh, a 32-byte salt).
		/// Holds a bond of the lot's value at the highest bid allowed.
		///
		/// Origin: an energy consumer or prosumer owning the meter. Emits
		/// `BidCommitted`.
		#[pallet::call_index(42)]
		#[pallet::weight(T::WeightInfo::commit_bid())]
		pub fn commit_bid(
			origin: OriginFor<T>,
			auction: AuctionId,
			meter: T::AccountId,
			hash: sp_core::H256,
		) -> DispatchResult {
			let bidder = ensure_signed(origin)?;
			Self::do_commit_bid(bidder, auction, meter, hash)
		}

		/// Reveals a sealed bid after bidding ended: the best revealed bid
		/// keeps its bond, every other returns at once.
		///
		/// Origin: the bidder. Emits `BidRevealed`.
		#[pallet::call_index(43)]
		#[pallet::weight(T::WeightInfo::reveal_bid())]
		pub fn reveal_bid(
			origin: OriginFor<T>,
			auction: AuctionId,
			price: Tick,
			salt: [u8; 32],
		) -> DispatchResult {
			let bidder = ensure_signed(origin)?;
			Self::do_reveal_bid(bidder, auction, price, salt)
		}

		/// Closes an auction after its end (sealed: after its reveals): the
		/// best bid that meets the reserve becomes a trade (forward and
		/// first-price at its price, second-price at the second-best price
		/// or the reserve); every hold not owed returns. Void (no trade) if
		/// closed once its slot started.
		///
		/// Origin: any signed account. Emits `AuctionClosed` (and `Traded`).
		#[pallet::call_index(44)]
		#[pallet::weight(T::WeightInfo::close_auction())]
		pub fn close_auction(origin: OriginFor<T>, auction: AuctionId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_close_auction(auction)
		}

		/// A sealed bid not revealed by the end of reveals forfeits its bond
		/// to the marketplace account.
		///
		/// Origin: any signed account. Emits `CommitmentForfeited`.
		#[pallet::call_index(45)]
		#[pallet::weight(T::WeightInfo::forfeit_commitment())]
		pub fn forfeit_commitment(
			origin: OriginFor<T>,
			auction: AuctionId,
			bidder: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_forfeit_commitment(auction, bidder)
		}

		/// Withdraws an auction before any bid; its hold returns.
		///
		/// Origin: the auction's owner. Emits `AuctionClosed` (`Cancelled`).
		#[pallet::call_index(46)]
		#[pallet::weight(T::WeightInfo::cancel_auction())]
		pub fn cancel_auction(origin: OriginFor<T>, auction: AuctionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_auction(who, auction)
		}

		/// Sets the slots' clock. Only while no slot has positions, orders,
		/// auctions or unsettled trades: a new length renumbers the slots.
		///
		/// Origin: governance. Emits `TimingSet`.
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::set_timing())]
		pub fn set_timing(origin: OriginFor<T>, timing: SlotTiming) -> DispatchResult {
			T::TimingOrigin::ensure_origin(origin)?;
			ensure!(Self::valid_timing(&timing), Error::<T>::InvalidTiming);
			ensure!(
				Slots::<T>::iter_keys().next().is_none()
					&& Orders::<T>::iter_keys().next().is_none()
					&& Auctions::<T>::iter_keys().next().is_none()
					&& Sales::<T>::iter_keys().next().is_none(),
				Error::<T>::SlotsInUse
			);
			Timing::<T>::put(timing);
			Self::deposit_event(Event::TimingSet { timing });
			Ok(())
		}

		/// Settles `who`'s position in `slot` once the reading window is
		/// over: the first call pays its part into the pool and releases
		/// the rest of its hold; once every position of the slot did, the
		/// next call pays it its share.
		///
		/// Origin: any signed account. Emits `PositionSettled`, then
		/// `PositionPaid`.
		#[pallet::call_index(20)]
		#[pallet::weight(
			T::WeightInfo::settle_position()
				.max(T::WeightInfo::collect_position().saturating_add(T::OnDeliverySettled::weight()))
		)]
		pub fn settle_position(
			origin: OriginFor<T>,
			slot: SlotIndex,
			who: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(slot, who)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pool's account.
		pub fn pool_account() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}

		/// Milliseconds since the unix epoch, from the block timestamp.
		pub(crate) fn now_ms() -> u64 {
			T::UnixTime::now().as_millis().try_into().unwrap_or(u64::MAX)
		}

		/// The slot running now.
		pub fn current_slot() -> SlotIndex {
			Self::now_ms() / Timing::<T>::get().length.max(1)
		}

		/// The millisecond `slot` starts at.
		pub fn slot_start(slot: SlotIndex) -> u64 {
			slot.saturating_mul(Timing::<T>::get().length)
		}

		/// When `slot`'s markets close (ms).
		pub fn gate_closure(slot: SlotIndex) -> u64 {
			Self::slot_start(slot).saturating_sub(Timing::<T>::get().gate_closure)
		}

		/// When `slot`'s reading window ends and its settlement opens (ms).
		pub fn reading_window_end(slot: SlotIndex) -> u64 {
			Self::slot_start(slot.saturating_add(1))
				.saturating_add(Timing::<T>::get().reading_window)
		}

		/// A slot timing slots can run by.
		pub fn valid_timing(timing: &SlotTiming) -> bool {
			timing.length > 0 && timing.reading_window > 0
		}
	}
}
