//! Delivery slots, the regulated exchange's positions and meter readings.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};

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
