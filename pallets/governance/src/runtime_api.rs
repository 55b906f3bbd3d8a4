//! The queries apps need, as a runtime API (served by the node as
//! `tsmGovernance_*` JSON-RPC methods), and the types they return.

use crate::*;
use alloc::{string::String, vec::Vec};
use codec::{Codec, Decode, Encode};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// An open consortium proposal and its tally.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Proposal<AccountId, BlockNumber, Hash> {
	/// The proposal's hash, which votes and `close` name.
	pub hash: Hash,
	/// The proposal's index, which votes and `close` name.
	pub index: u32,
	/// The pallet of the proposed call.
	pub pallet: String,
	/// The name of the proposed call.
	pub call: String,
	/// The SCALE-encoded call, for a full decode against the metadata.
	#[serde(with = "hex_bytes")]
	pub encoded_call: Vec<u8>,
	/// Ayes needed to pass.
	pub threshold: u32,
	/// Members who voted aye.
	pub ayes: Vec<AccountId>,
	/// Members who voted nay.
	pub nays: Vec<AccountId>,
	/// The block after which anyone may close the vote; missing votes count nay.
	pub end: BlockNumber,
}

/// The validator set: the one authoring now, the one queued for the next
/// session, and the one the consortium decided.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidatorSet<AccountId> {
	/// The current session's index.
	pub session_index: u32,
	/// The validators of the current session.
	pub current: Vec<AccountId>,
	/// The validators queued for the next session.
	pub next: Vec<AccountId>,
	/// The set the consortium decided; it becomes `next`, then `current`.
	pub decided: Vec<AccountId>,
	/// Whether a decided change is still being applied (sessions end early
	/// until it is).
	pub change_pending: bool,
	/// The fewest validators allowed.
	pub min: u32,
	/// The most validators allowed.
	pub max: u32,
}

/// A validator proven to have equivocated, and where it stands.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Offender<AccountId, BlockNumber> {
	/// The validator's account.
	pub who: AccountId,
	/// The first offence's kind, e.g. `grandpa:equivoca`.
	pub kind: String,
	/// The session the first offence was committed in.
	pub session: u32,
	/// The block that included the first report.
	pub first_reported: BlockNumber,
	/// Offences reported so far.
	pub offences: u32,
	/// Whether the reports took it out of the validator set, or why not.
	pub exclusion: Exclusion,
}

impl<T: Config> Pallet<T> {
	/// Every validator proven to have equivocated and not yet added back.
	pub fn offenders() -> Vec<Offender<T::AccountId, BlockNumberFor<T>>> {
		Offenders::<T>::iter()
			.map(|(who, record)| Offender {
				who,
				kind: String::from_utf8_lossy(&record.kind).into_owned(),
				session: record.session,
				first_reported: record.first_reported,
				offences: record.offences,
				exclusion: record.exclusion,
			})
			.collect()
	}

	/// The decided validator set and its bounds, around the session pallet's
	/// current and queued sets (which the runtime supplies).
	pub fn validator_set(
		session_index: u32,
		current: Vec<T::AccountId>,
		next: Vec<T::AccountId>,
	) -> ValidatorSet<T::AccountId> {
		ValidatorSet {
			session_index,
			current,
			next,
			decided: Validators::<T>::get().into_inner(),
			change_pending: PendingRotations::<T>::get() > 0,
			min: T::MinValidators::get(),
			max: T::MaxValidators::get(),
		}
	}
}

/// Byte fields as `0x`-prefixed hex in JSON.
mod hex_bytes {
	use alloc::{format, string::String, vec::Vec};
	use serde::{Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
		let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
		s.serialize_str(&format!("0x{hex}"))
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
		let text = String::deserialize(d)?;
		let digits = text.strip_prefix("0x").unwrap_or(&text);
		(0..digits.len())
			.step_by(2)
			.map(|i| {
				digits
					.get(i..i + 2)
					.and_then(|pair| u8::from_str_radix(pair, 16).ok())
					.ok_or_else(|| serde::de::Error::custom("invalid hex"))
			})
			.collect()
	}
}

sp_api::decl_runtime_apis! {
	/// The consortium: members, open proposals, validators, market parameters.
	///
	/// Version 2 (spec 114): validators reported for equivocating.
	#[api_version(2)]
	pub trait TsmGovernanceApi<AccountId, BlockNumber, Hash>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Hash: Codec,
	{
		/// The consortium members, sorted.
		fn members() -> Vec<AccountId>;
		/// The open proposals with their tallies, oldest first.
		fn proposals() -> Vec<Proposal<AccountId, BlockNumber, Hash>>;
		/// The validator set: current, next and decided.
		fn validators() -> ValidatorSet<AccountId>;
		/// The market parameters in force.
		fn parameters() -> MarketParameters<BlockNumber>;
		/// Validators proven to have equivocated, until the consortium adds
		/// them back.
		#[api_version(2)]
		fn offenders() -> Vec<Offender<AccountId, BlockNumber>>;
	}
}
