//! The market parameters governance decides.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::{Perbill, Permill};
use tsm_primitives::amount;
use tsm_primitives::Balance;

/// The values the market services read, as the consortium set them.
/// Windows are in blocks; prices in the smallest unit of the token.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct MarketParameters<BlockNumber> {
	/// The marketplace's share of every settled bill.
	pub platform_fee: Permill,
	/// How long a provider has to accept an order before its escrow returns
	/// to the consumer.
	pub order_timeout: BlockNumber,
	/// How long after a billing period ends its provider (or its devices,
	/// or the assurance service's monitors) may still report its usage.
	pub reporting_grace: BlockNumber,
	/// How long after a billing period's reporting grace either party may
	/// still dispute the period; it is billed after it.
	pub dispute_window: BlockNumber,
	/// How long after a settlement period ends its debtors may dispute
	/// single charges; the period is netted and paid after it.
	pub netting_dispute_window: BlockNumber,
	/// The regulated price of a kWh in pure-exchange energy markets.
	#[serde(with = "amount")]
	pub regulated_energy_price: Balance,
	/// The lowest price of a kWh energy orders and bids may name.
	#[serde(with = "amount")]
	pub energy_price_floor: Balance,
	/// The highest price of a kWh energy orders and bids may name.
	#[serde(with = "amount")]
	pub energy_price_cap: Balance,
	/// The share of a sale's value an energy seller posts as collateral,
	/// and forfeits per Wh it fails to deliver.
	pub energy_collateral: Perbill,
}

/// One market parameter and its new value: what `set_parameter` takes.
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
pub enum MarketParameter<BlockNumber> {
	/// The marketplace's share of every settled bill (at most `MaxPlatformFee`).
	PlatformFee(Permill),
	/// Blocks a provider has to accept an order (`MinimumWindow..=MaxWindow`).
	OrderTimeout(BlockNumber),
	/// Blocks after the reporting grace in which a period may be disputed
	/// (`MinimumWindow..=MaxWindow`).
	DisputeWindow(BlockNumber),
	/// Blocks after a settlement period in which debtors dispute charges
	/// (`MinimumWindow..=MaxWindow`).
	NettingDisputeWindow(BlockNumber),
	/// The regulated price of a kWh; must lie within the band. Only the
	/// regulator sets it (`set_regulated_energy_price`).
	RegulatedEnergyPrice(Balance),
	/// The band energy prices must lie in, `floor <= cap <= MaxEnergyPrice`;
	/// a regulated price outside the new band moves to its nearest edge.
	EnergyPriceBand { floor: Balance, cap: Balance },
	/// Blocks after a billing period in which its usage may still be
	/// reported (`MinimumWindow..=MaxWindow`).
	ReportingGrace(BlockNumber),
	/// The share of a sale's value an energy seller posts as collateral.
	EnergyCollateral(Perbill),
}

impl<BlockNumber: Copy> MarketParameters<BlockNumber> {
	/// These parameters with `parameter` changed.
	pub fn with(mut self, parameter: MarketParameter<BlockNumber>) -> Self {
		match parameter {
			MarketParameter::PlatformFee(fee) => self.platform_fee = fee,
			MarketParameter::OrderTimeout(blocks) => self.order_timeout = blocks,
			MarketParameter::DisputeWindow(blocks) => self.dispute_window = blocks,
			MarketParameter::ReportingGrace(blocks) => self.reporting_grace = blocks,
			MarketParameter::NettingDisputeWindow(blocks) => self.netting_dispute_window = blocks,
			MarketParameter::RegulatedEnergyPrice(price) => self.regulated_energy_price = price,
			MarketParameter::EnergyPriceBand { floor, cap } => {
				self.energy_price_floor = floor;
				self.energy_price_cap = cap;
				// The council owns the band, the regulator the price: a band
				// that leaves the price out moves it to the band's nearest
				// edge (an invalid band is refused before it matters).
				if floor <= cap {
					self.regulated_energy_price = self.regulated_energy_price.clamp(floor, cap);
				}
			}
			MarketParameter::EnergyCollateral(share) => self.energy_collateral = share,
		}
		self
	}
}

/// A recovery of stalled finality the consortium decided, waiting for the
/// session boundary where its validator set becomes active.
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
pub struct FinalityRecoveryPlan<BlockNumber> {
	/// The highest block the remaining validators' nodes finalized: the new
	/// GRANDPA set votes on top of it.
	pub best_finalized: BlockNumber,
	/// How many blocks after the boundary the nodes switch to the new set.
	pub delay: BlockNumber,
}

/// Where a validator reported for equivocating stands with the validator
/// set, as the report left it.
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
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum Exclusion {
	/// Removed from the decided set: it stops from the session after next.
	Excluded,
	/// It was not in the decided set (the consortium had removed it).
	NotInSet,
	/// Kept: without it the set would fall below `MinValidators`.
	KeptAtMinimum,
	/// Kept for now: GRANDPA waits to enact a forced change, during which
	/// the set cannot change. The next report, or the consortium, removes it.
	KeptWhileFinalityChangePending,
}

/// A validator proven to have equivocated, until the consortium adds it
/// back to the validator set.
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
pub struct OffenceRecord<BlockNumber> {
	/// What the first offence was, e.g. `grandpa:equivoca` (the consensus
	/// pallet's offence kind).
	pub kind: [u8; 16],
	/// The session the first offence was committed in.
	pub session: u32,
	/// The block that included the first report.
	pub first_reported: BlockNumber,
	/// Offences reported (one per GRANDPA round or block slot equivocated in).
	pub offences: u32,
	/// Where the validator stands with the set since the latest report.
	pub exclusion: Exclusion,
}
