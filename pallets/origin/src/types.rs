//! Production devices, certificates, holdings and the history of a
//! certificate.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use tsm_primitives::{ids::SlotIndex, EnergySource, SourceRequirement};

/// A certificate's id, from a counter.
pub type CertificateId = u64;

/// A grid zone's code (e.g. `DE-LU`), at most 16 bytes.
pub type Zone = BoundedVec<u8, ConstU32<16>>;

/// Why a volume was retired (e.g. "2026 report, site Berlin"), at most 64
/// bytes.
pub type Purpose = BoundedVec<u8, ConstU32<64>>;

/// Where a production device's declaration stands.
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
pub enum DeviceStatus {
	/// Declared, waiting for an issuing body.
	Pending,
	/// Approved: production from slots starting at or after `since` (ms)
	/// earns certificates.
	Approved { since: u64 },
	/// Revoked: earns nothing more until declared and approved again.
	Revoked,
}

/// The production device behind a smart meter, as its owner declared it.
#[derive(
	Clone,
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
pub struct ProductionDevice<AccountId> {
	/// Who declared it: the meter's owner.
	pub owner: AccountId,
	/// What it produces from.
	pub source: EnergySource,
	/// Its peak output, in W.
	pub capacity_w: u64,
	/// When it was commissioned (ms since the epoch).
	pub commissioned: u64,
	/// The grid zone it feeds.
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub zone: Zone,
	/// A hash of the documents behind the declaration (kept off chain).
	pub metadata: H256,
	/// Declared, approved or revoked.
	pub status: DeviceStatus,
	/// The issuing body that approved or revoked it last.
	pub decided_by: Option<AccountId>,
}

/// A guarantee of origin for the energy one meter exported in one slot.
#[derive(
	Clone,
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
pub struct Certificate<AccountId> {
	/// The meter whose reading it was issued from.
	pub meter: AccountId,
	/// The slot of that reading.
	pub slot: SlotIndex,
	/// The device's owner, who received the volume.
	pub producer: AccountId,
	/// The device's source.
	pub source: EnergySource,
	/// The device's grid zone.
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub zone: Zone,
	/// Wh issued: the reading's export, at most what the device's capacity
	/// makes in a slot.
	pub issued: u64,
	/// Wh retired (claimed) so far.
	pub retired: u64,
	/// Wh of holdings removed after expiry.
	pub expired: u64,
	/// Wh of the producer's holding that only the meter's trades of the
	/// slot move (the energy they deliver carries them).
	pub reserved: u64,
	/// When it expires (ms): nothing moves or retires after.
	pub expires_at: u64,
	/// Revoked by an issuing body (a fraudulent reading): nothing moves.
	pub revoked: bool,
	/// Holdings stored (owners, including those down to 0 Wh).
	pub holders: u32,
	/// Entries of its history written.
	pub history: u32,
	/// Entries of its history removed (after the record retention).
	pub pruned: u32,
}

/// An owner's volume of a certificate.
#[derive(
	Clone,
	Copy,
	Default,
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
pub struct Holding {
	/// Wh it may still move or retire.
	pub balance: u64,
	/// Wh it moved to others (transfers and trades).
	pub transferred: u64,
	/// Wh it retired.
	pub retired: u64,
}

/// One step of a certificate's life.
#[derive(
	Clone,
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
pub enum HistoryEntry<AccountId> {
	/// Issued to the producer from the certificate's meter reading.
	Issued { to: AccountId, wh: u64 },
	/// Moved by its owner.
	Transferred { from: AccountId, to: AccountId, wh: u64 },
	/// Moved with the energy a trade delivered.
	Delivered { from: AccountId, to: AccountId, trade: u64, wh: u64 },
	/// Retired by `by` against its meter's consumption in the slot, for
	/// `beneficiary`.
	Retired {
		by: AccountId,
		meter: AccountId,
		beneficiary: AccountId,
		wh: u64,
		#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
		purpose: Purpose,
	},
	/// Revoked by an issuing body.
	Revoked { by: AccountId },
	/// Moved with the energy a seller delivered into a certified pool of
	/// the regulated exchange, to the pool's account.
	IntoPool { from: AccountId, pool: SourceRequirement, wh: u64 },
	/// Drawn from a certified pool by one of its buyers.
	FromPool { to: AccountId, pool: SourceRequirement, wh: u64 },
}
