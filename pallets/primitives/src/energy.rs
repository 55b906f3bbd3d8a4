//! Where energy comes from: the sources guarantees of origin certify, what a
//! buyer may require of the energy it orders, and how the trading service
//! learns which source stands behind a seller's meter.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The source of a production device behind a smart meter.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum EnergySource {
	Solar,
	Wind,
	Hydro,
	Biomass,
	/// A battery or other storage giving back what it took in.
	StorageDischarge,
	Other,
}

impl EnergySource {
	/// Every source, in the order of the enum.
	pub const ALL: [EnergySource; 6] = [
		EnergySource::Solar,
		EnergySource::Wind,
		EnergySource::Hydro,
		EnergySource::Biomass,
		EnergySource::StorageDischarge,
		EnergySource::Other,
	];

	/// Whether the source is renewable (storage gives back energy of any
	/// origin, so it is not).
	pub fn is_renewable(self) -> bool {
		matches!(
			self,
			EnergySource::Solar | EnergySource::Wind | EnergySource::Hydro | EnergySource::Biomass
		)
	}
}

/// What a buyer requires of the energy it orders; an order without one
/// takes energy of any origin, certified or not.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum SourceRequirement {
	/// Certified energy of any renewable source.
	Renewable,
	/// Certified energy of this source.
	Only(EnergySource),
}

impl SourceRequirement {
	/// Whether energy certified as `source` meets the requirement.
	pub fn accepts(self, source: EnergySource) -> bool {
		match self {
			SourceRequirement::Renewable => source.is_renewable(),
			SourceRequirement::Only(required) => required == source,
		}
	}
}

/// The certified source behind a seller's smart meter (guarantees of
/// origin): its sales match buyers that require that source.
pub trait CertifiedSources<AccountId> {
	/// The source of the approved production device behind `meter`, if any.
	fn certified_source(meter: &AccountId) -> Option<EnergySource>;

	/// Certifies `meter` (owned by `owner`) as a `source` device, so that a
	/// benchmark measures a certified seller's path.
	#[cfg(feature = "runtime-benchmarks")]
	fn certify_for_benchmarks(_meter: &AccountId, _owner: &AccountId, _source: EnergySource) {}
}

/// No certification service: no meter has a certified source.
impl<AccountId> CertifiedSources<AccountId> for () {
	fn certified_source(_: &AccountId) -> Option<EnergySource> {
		None
	}
}
