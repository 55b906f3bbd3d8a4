//! Delivery slots, meter readings, the regulated exchange's positions, the
//! continuous market's orders and books, auctions and trades.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};
use tsm_primitives::ids::SlotIndex;

/// The clock of the delivery slots, in milliseconds of wall-clock time.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct SlotTiming {
	/// How long a slot lasts: slot `s` starts at `s × length`.
	pub length: u64,
	/// How long before a slot starts its market closes.
	pub gate_closure: u64,
	/// How long after a slot ends its meters may report.
	pub reading_window: u64,
}

/// Which side of the market a position is on.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Side {
	/// Offers energy its meter exports.
	Sell,
	/// Requests energy its meter imports.
	Buy,
}

/// A delivery slot's regulated exchange: its price, fixed when its market
/// opened, and the running totals clearing and settlement read (never the
/// positions themselves).
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SlotMarket<Balance> {
	/// The regulated price of a kWh for this slot.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub price: Balance,
	/// Wh offered by all sellers.
	pub offered: u64,
	/// Wh requested by all buyers.
	pub requested: u64,
	/// Wh the sellers' meters delivered of their fills (known from the
	/// readings).
	pub delivered: u64,
	/// Positions in the slot.
	pub positions: u32,
	/// Positions that settled their part (paid in).
	pub settled: u32,
	/// What the buyers paid into the pool for the delivered energy.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub paid_in: Balance,
	/// What the sellers forfeited for their shortfalls.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub penalties: Balance,
}

/// Where a position's settlement stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum PositionStatus {
	/// Waiting for the slot, its readings and settlement.
	Open,
	/// Paid its part into the pool; collects its share once every position
	/// of the slot did.
	Settled,
}

/// A participant's position in a slot's regulated exchange.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Position<AccountId, Balance> {
	/// Selling or buying.
	pub side: Side,
	/// The pool it is in.
	pub pool: Pool,
	/// The smart meter the energy is delivered from or to.
	pub meter: AccountId,
	/// Wh offered or requested.
	pub wh: u64,
	/// Held: a buyer's most cost, a seller's collateral.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub held: Balance,
	/// A seller's Wh delivered of its fill (from its meter's reading).
	pub delivered: u64,
	/// Where its settlement stands.
	pub status: PositionStatus,
}

/// A pool of a slot's regulated exchange: the open one (`None`), or the
/// one whose buyers require certified energy and whose sellers' meters
/// stand behind a source that meets the requirement. Each pool clears on
/// its own totals at the slot's price.
pub type Pool = Option<tsm_primitives::SourceRequirement>;

/// The open pool: any energy.
pub const OPEN_POOL: Pool = None;

/// What a smart meter measured in a slot.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Reading {
	/// Wh fed into the grid.
	pub exported: u64,
	/// Wh drawn from the grid.
	pub imported: u64,
}

/// The value of `wh` at `price` per kWh, rounded down; `None` on overflow.
pub fn value_of(wh: u64, price: u128) -> Option<u128> {
	(wh as u128).checked_mul(price).map(|milli| milli / 1_000)
}

/// A position's fill: all of it if its side is the short one, else its
/// share of the other side (rounded down).
pub fn fill_of(own: u64, own_total: u64, other_total: u64) -> u64 {
	if own_total <= other_total {
		own
	} else {
		// own ≤ own_total, so the result is below `own`.
		((own as u128 * other_total as u128) / own_total.max(1) as u128) as u64
	}
}

/// `part` of `whole`'s `amount`, rounded down (nothing of nothing).
pub fn pro_rata(amount: u128, part: u64, whole: u64) -> u128 {
	if whole == 0 {
		return 0;
	}
	amount.saturating_mul(part as u128) / whole as u128
}

/// A price step of the continuous market: tick `t` is `t × TickSize` per
/// kWh, `1..=MAX_TICKS`.
pub type Tick = u32;

/// The highest tick: the book's levels fit one two-layer bitmap.
pub const MAX_TICKS: Tick = 64 * 64;

/// An order of the continuous market.
pub type OrderId = u64;

/// A trade (a match in any market).
pub type TradeId = u64;

/// Which book of a slot an order rests in. Sellers rest by the certified
/// source behind their meter, buyers by what they require; a buyer matches
/// only sellers whose source meets its requirement.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Book {
	/// Sellers without a certified source; buyers taking any energy.
	Any,
	/// Sellers whose meter stands behind a certified source.
	Certified(tsm_primitives::EnergySource),
	/// Buyers requiring certified energy.
	Requires(tsm_primitives::SourceRequirement),
}

/// The ticks of a book's non-empty levels: bit `t - 1` of the words is set
/// when tick `t` has orders, bit `w` of `summary` when word `w` is non-zero,
/// so the best level is found in two steps however deep or sparse the book.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TickBitmap {
	pub summary: u64,
	pub words: [u64; 64],
}

impl Default for TickBitmap {
	fn default() -> Self {
		Self { summary: 0, words: [0; 64] }
	}
}

impl TickBitmap {
	fn position(tick: Tick) -> (usize, u32) {
		let index = tick.saturating_sub(1).min(MAX_TICKS - 1);
		((index / 64) as usize, index % 64)
	}

	/// Marks `tick` as having orders.
	pub fn set(&mut self, tick: Tick) {
		let (word, bit) = Self::position(tick);
		self.words[word] |= 1 << bit;
		self.summary |= 1 << word;
	}

	/// Marks `tick` as empty.
	pub fn clear(&mut self, tick: Tick) {
		let (word, bit) = Self::position(tick);
		self.words[word] &= !(1 << bit);
		if self.words[word] == 0 {
			self.summary &= !(1 << word);
		}
	}

	/// Whether no tick has orders.
	pub fn is_empty(&self) -> bool {
		self.summary == 0
	}

	/// The lowest tick with orders.
	pub fn lowest(&self) -> Option<Tick> {
		let word = self.summary.trailing_zeros();
		let bits = *self.words.get(word as usize)?;
		(bits != 0).then(|| word * 64 + bits.trailing_zeros() + 1)
	}

	/// The highest tick with orders.
	pub fn highest(&self) -> Option<Tick> {
		let word = 63u32.checked_sub(self.summary.leading_zeros())?;
		let bits = *self.words.get(word as usize)?;
		(bits != 0).then(|| word * 64 + (63 - bits.leading_zeros()) + 1)
	}
}

/// A price level of a book: its orders in time order (a doubly linked list,
/// so that any of them leaves in O(1)) and their total.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Level {
	/// The oldest order: the next to trade.
	pub head: OrderId,
	/// The newest order.
	pub tail: OrderId,
	/// Wh the level's orders still offer or ask for.
	pub wh: u64,
	/// How many orders rest at the level.
	pub orders: u32,
}

/// A limit order of the continuous market, resting on its slot's book.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Order<AccountId, Balance> {
	pub slot: SlotIndex,
	pub side: Side,
	pub book: Book,
	pub owner: AccountId,
	/// The smart meter the energy is delivered from or to.
	pub meter: AccountId,
	/// The price it would like, in ticks.
	pub preferred: Tick,
	/// The worst price it accepts, in ticks: a seller's lowest, a buyer's
	/// highest. The book ranks by it.
	pub limit: Tick,
	/// Wh still to trade.
	pub wh: u64,
	/// Wh it was placed with.
	pub placed_wh: u64,
	/// Still held for the rest: a buyer's most cost at its limit, a
	/// seller's collateral.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub held: Balance,
	/// The order before it at its level (older).
	pub prev: Option<OrderId>,
	/// The order after it at its level (newer).
	pub next: Option<OrderId>,
}

/// The market a trade was made in.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum TradeMarket {
	/// The continuous double auction: the two orders that matched.
	Continuous { buy: OrderId, sell: OrderId },
	/// An auction.
	Auction(u64),
}

/// Where a trade's delivery settlement stands.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum TradeStatus<Balance> {
	/// Waiting for the slot and its readings.
	Open,
	/// Settled against the seller's meter.
	Settled {
		/// Wh the seller's meter delivered of the trade.
		delivered: u64,
		/// What the seller was paid (after the fee).
		#[cfg_attr(
			feature = "std",
			serde(
				with = "amount",
				bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
			)
		)]
		paid: Balance,
		/// The platform fee.
		#[cfg_attr(
			feature = "std",
			serde(
				with = "amount",
				bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
			)
		)]
		fee: Balance,
		/// What the seller forfeited to the buyer for its shortfall.
		#[cfg_attr(
			feature = "std",
			serde(
				with = "amount",
				bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
			)
		)]
		penalty: Balance,
	},
}

/// A match: `wh` of `seller`'s energy in `slot` sold to `buyer` at `price`
/// per kWh.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Trade<AccountId, Balance> {
	pub slot: SlotIndex,
	pub market: TradeMarket,
	pub seller: AccountId,
	pub seller_meter: AccountId,
	pub buyer: AccountId,
	pub buyer_meter: AccountId,
	pub wh: u64,
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub price: Balance,
	/// Wh the seller's meter had sold in the slot's trades before this one:
	/// its export is allocated to trades in the order they were made.
	pub sold_before: u64,
	/// The buyer's hold for it (its value at the trade price).
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub escrow: Balance,
	/// The seller's collateral for it.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub collateral: Balance,
	pub status: TradeStatus<Balance>,
}

/// What a seller's meter sold in a slot's trades and, once it reported, the
/// export left for them after the regulated exchange took its part.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct MeterSales {
	/// Wh sold in trades so far.
	pub sold: u64,
	/// Trades not settled yet.
	pub open_trades: u32,
	/// Wh of the meter's export the trades share, in trade order.
	pub export: u64,
}

/// Why an order left the book before it was fully traded.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum CancelReason {
	/// Its owner withdrew it.
	Cancelled,
	/// Its slot's market closed.
	Expired,
	/// A newer order of its owner met it (no self-trade).
	SelfTrade,
}

/// An auction of a slot's energy.
pub type AuctionId = u64;

/// How an auction runs.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum AuctionKind {
	/// A seller's lot: open bids, each higher than the last.
	Forward,
	/// A buyer's lot: open asks by sellers, each lower than the last.
	Reverse,
	/// A seller's lot: sealed bids, the highest pays its own bid.
	SealedFirstPrice,
	/// A seller's lot: sealed bids, the highest pays the second-highest
	/// (or the reserve if it bid alone): Vickrey.
	SealedSecondPrice,
}

impl AuctionKind {
	/// Whether bids are committed sealed and revealed later.
	pub fn is_sealed(self) -> bool {
		matches!(self, AuctionKind::SealedFirstPrice | AuctionKind::SealedSecondPrice)
	}

	/// The side of the auction's owner (its bidders are on the other).
	pub fn owner_side(self) -> Side {
		match self {
			AuctionKind::Reverse => Side::Buy,
			_ => Side::Sell,
		}
	}
}

/// What an auction's owner sets when it opens one; prices in ticks, times
/// in ms since the epoch.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct AuctionTerms {
	pub kind: AuctionKind,
	pub slot: SlotIndex,
	/// The lot, in Wh (sold or bought whole).
	pub wh: u64,
	/// Forward: the lowest first bid; reverse: the highest first ask;
	/// sealed: the highest bid allowed (bidders' bonds cover it).
	pub start: Tick,
	/// Forward and sealed: the lowest price the lot sells at; reverse: the
	/// highest price the buyer pays.
	pub reserve: Tick,
	/// Open auctions: how far each bid must beat the best (≥ 1 tick).
	pub increment: Tick,
	/// Bidding ends (ms); at most the slot's gate closure.
	pub ends: u64,
	/// Open auctions: a bid within this long of the end pushes the end
	/// this far past the bid (never past gate closure).
	pub extension: u64,
	/// Sealed auctions: reveals are taken from `ends` until this (ms);
	/// before the slot starts.
	pub reveal_ends: u64,
	/// Certified energy only: a seller's lot is energy of a source that
	/// meets it (its meter's, checked when the auction opens); a buyer's lot
	/// takes asks only from sellers whose meter's source meets it.
	pub require: Option<tsm_primitives::SourceRequirement>,
}

/// The best bid of an auction so far.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Bid<AccountId, Balance> {
	pub bidder: AccountId,
	/// The bidder's smart meter.
	pub meter: AccountId,
	pub price: Tick,
	/// What the bidder holds for it: a buyer's escrow, a seller's
	/// collateral, a sealed bidder's bond.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub held: Balance,
}

/// A running auction.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Auction<AccountId, Balance> {
	pub owner: AccountId,
	/// The owner's smart meter.
	pub meter: AccountId,
	pub terms: AuctionTerms,
	/// What the owner holds: a seller's collateral, a buyer's most cost.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub held: Balance,
	/// The best bid (sealed: the best revealed one).
	pub best: Option<Bid<AccountId, Balance>>,
	/// Sealed: the second-best revealed price.
	pub second: Option<Tick>,
	/// Sealed: commitments made (revealed or not).
	pub commitments: u32,
}

/// A sealed bid: the hash of (auction, bidder, price, Wh, salt) and the
/// bond that covers the most it can pay.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Commitment<AccountId, Balance> {
	pub hash: sp_core::H256,
	pub meter: AccountId,
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub bond: Balance,
	/// When reveals end: unrevealed after it, the bond is forfeited.
	pub reveal_ends: u64,
}

/// How an auction ended.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum AuctionOutcome {
	/// The best bid met the reserve: a trade.
	Sold(TradeId),
	/// No bid met the reserve.
	NoSale,
	/// Nobody closed it before its slot started.
	Void,
	/// Its owner withdrew it before any bid.
	Cancelled,
}
