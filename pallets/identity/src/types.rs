//! The records the identity service keeps: participant documents, devices,
//! issuer accreditations and role credentials.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;
use tsm_primitives::{Moment, Role};

#[cfg(feature = "std")]
use serde::{Deserialize, Serialize};
#[cfg(feature = "std")]
use tsm_primitives::amount::{self, De, Ser};

/// Whether a participant is an organisation (operator, utility, regulator, ...)
/// or a natural person (a subscriber, a household).
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
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
pub enum ParticipantKind {
	/// A company or public body.
	Organisation,
	/// A natural person.
	Person,
}

/// Whether a participant's document is in force.
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
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
pub enum ParticipantStatus {
	/// The participant acts on the marketplace.
	Active,
	/// Deactivated for good at this block: its keys and endpoints are gone,
	/// its deposit released, and the identifier is never reused.
	Deactivated {
		/// The block of deactivation.
		at: u32,
	},
}

/// The public part of a verification key, by signature scheme.
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
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
pub enum PublicKey {
	/// A Schnorrkel/Ristretto sr25519 key.
	Sr25519(#[cfg_attr(feature = "std", serde(with = "serde_array"))] [u8; 32]),
	/// An Edwards ed25519 key.
	Ed25519(#[cfg_attr(feature = "std", serde(with = "serde_array"))] [u8; 32]),
	/// A compressed secp256k1 ECDSA key.
	Ecdsa(#[cfg_attr(feature = "std", serde(with = "serde_array"))] [u8; 33]),
}

/// A signature by a verification key, of the same scheme as the key: the
/// key's holder agrees that a document lists it (proof of possession, see
/// `Pallet::key_proof_payload`).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum KeySignature {
	/// An sr25519 signature.
	Sr25519([u8; 64]),
	/// An ed25519 signature.
	Ed25519([u8; 64]),
	/// A recoverable secp256k1 ECDSA signature of the payload's blake2-256 hash.
	Ecdsa([u8; 65]),
}

impl KeySignature {
	/// Whether this is `key`'s signature of `message`.
	pub fn verifies(&self, message: &[u8], key: &PublicKey) -> bool {
		use sp_core::{ecdsa, ed25519, sr25519};
		use sp_runtime::traits::Verify;
		match (self, key) {
			(KeySignature::Sr25519(signature), PublicKey::Sr25519(public)) => {
				sr25519::Signature::from_raw(*signature)
					.verify(message, &sr25519::Public::from_raw(*public))
			}
			(KeySignature::Ed25519(signature), PublicKey::Ed25519(public)) => {
				ed25519::Signature::from_raw(*signature)
					.verify(message, &ed25519::Public::from_raw(*public))
			}
			(KeySignature::Ecdsa(signature), PublicKey::Ecdsa(public)) => {
				ecdsa::Signature::from_raw(*signature)
					.verify(message, &ecdsa::Public::from_raw(*public))
			}
			// A signature of another scheme proves nothing about this key.
			_ => false,
		}
	}
}

/// A key to list in a document, with its holder's consent: `proof` is the
/// key's signature of `Pallet::key_proof_payload`, needed for every key but
/// the signing account's own (the transaction's signature proves that one).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct KeyWithProof {
	/// The key and its purposes, as the document will list them.
	pub key: VerificationKey,
	/// The key's signature, or `None` for the signing account's own key.
	pub proof: Option<KeySignature>,
}

/// What a verification key may be used for (W3C DID verification relationships).
/// At least one purpose is set.
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
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct KeyPurposes {
	/// Proves control of the identifier (log-in, challenge-response).
	pub authentication: bool,
	/// Signs statements on the participant's behalf (usage reports, offers).
	pub assertion: bool,
	/// Agrees encryption keys with counterparties.
	pub key_agreement: bool,
}

impl KeyPurposes {
	/// Whether no purpose at all is set.
	pub fn is_empty(&self) -> bool {
		!(self.authentication || self.assertion || self.key_agreement)
	}
}

/// A key listed in a participant's document, with what it is for.
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
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
pub struct VerificationKey {
	/// The public key.
	pub key: PublicKey,
	/// Its uses.
	pub purposes: KeyPurposes,
}

/// A service endpoint of a participant, e.g. an operator's ordering API.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxId, MaxUrl))]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(bound = "", rename_all = "camelCase"))]
pub struct ServiceEndpoint<MaxId: Get<u32>, MaxUrl: Get<u32>> {
	/// Unique within the document, e.g. `ordering` (UTF-8).
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub id: BoundedVec<u8, MaxId>,
	/// What the endpoint serves, e.g. `TMF622` (UTF-8).
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub service_type: BoundedVec<u8, MaxId>,
	/// Where, e.g. `https://api.operator.example/tmf622` (UTF-8).
	#[cfg_attr(feature = "std", serde(with = "tsm_primitives::text"))]
	pub url: BoundedVec<u8, MaxUrl>,
}

/// A participant's DID-like document (`did:tsm:<account>`): who controls it,
/// its keys by purpose and its service endpoints.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxKeys, MaxEndpoints, MaxId, MaxUrl))]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(
	feature = "std",
	serde(
		bound(
			serialize = "AccountId: Serialize, Balance: Serialize",
			deserialize = "AccountId: Deserialize<'de>, Balance: Deserialize<'de>"
		),
		rename_all = "camelCase"
	)
)]
pub struct Participant<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxKeys: Get<u32>,
	MaxEndpoints: Get<u32>,
	MaxId: Get<u32>,
	MaxUrl: Get<u32>,
> {
	/// Organisation or person.
	pub kind: ParticipantKind,
	/// The account that may change the document: the participant's own
	/// account at registration, e.g. a multisig later.
	pub controller: AccountId,
	/// Verification keys, each listed once.
	pub keys: BoundedVec<VerificationKey, MaxKeys>,
	/// Service endpoints, ids unique.
	pub endpoints: BoundedVec<ServiceEndpoint<MaxId, MaxUrl>, MaxEndpoints>,
	/// Active or deactivated.
	pub status: ParticipantStatus,
	/// Held from the participant's account while the document is active.
	#[cfg_attr(feature = "std", serde(with = "amount"))]
	pub deposit: Balance,
	/// The block the participant registered in.
	pub registered_at: u32,
}

/// The kind of a device (shared with the services that tell them apart).
pub use tsm_primitives::DeviceKind;

/// A device: its own account signs its transactions; a participant owns it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Device<AccountId, Balance> {
	/// The participant that owns it now.
	pub owner: AccountId,
	/// What it is.
	pub kind: DeviceKind,
	/// Hash of off-chain metadata (make, model, serial number, location).
	pub metadata: H256,
	/// Who paid the deposit (the first owner), refunded when it is deactivated.
	pub depositor: AccountId,
	/// The deposit held from `depositor`.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub deposit: Balance,
	/// The block it was registered in.
	pub registered_at: u32,
}

/// An issuer's accreditation by governance: the roles it may credential.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxRoles))]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(bound = ""))]
pub struct Accreditation<MaxRoles: Get<u32>> {
	/// The roles, sorted, each once, never empty.
	pub roles: BoundedVec<Role, MaxRoles>,
}

/// A role credential: an accredited issuer attests that a participant holds a
/// role, with off-chain evidence (e.g. a licence) identified by its hash.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Credential<AccountId, Balance> {
	/// The accredited issuer.
	pub issuer: AccountId,
	/// Hash of the off-chain evidence.
	pub claim_hash: H256,
	/// Valid from this time (unix milliseconds, inclusive).
	pub valid_from: Moment,
	/// Valid until this time (unix milliseconds, exclusive); `None`: no expiry.
	pub valid_until: Option<Moment>,
	/// Set when revoked (the block), after which it never counts again.
	pub revoked_at: Option<u32>,
	/// Held from the issuer while the record exists.
	#[cfg_attr(
		feature = "std",
		serde(
			with = "amount",
			bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>")
		)
	)]
	pub deposit: Balance,
}

impl<AccountId, Balance> Credential<AccountId, Balance> {
	/// Whether, at time `now`, the credential is unrevoked and within its
	/// validity window. (Whether its issuer is still accredited is checked by
	/// the pallet.)
	pub fn is_current(&self, now: Moment) -> bool {
		self.revoked_at.is_none()
			&& self.valid_from <= now
			&& self.valid_until.map_or(true, |until| now < until)
	}

	/// Whether it can never count again: revoked, or its window has passed.
	pub fn is_dead(&self, now: Moment) -> bool {
		self.revoked_at.is_some() || self.valid_until.is_some_and(|until| until <= now)
	}
}

/// A credential as the runtime API reports it: with the role, and whether it
/// counts right now.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct CredentialInfo<AccountId, Balance> {
	/// The role it attests.
	pub role: Role,
	/// The stored record.
	pub credential: Credential<AccountId, Balance>,
	/// Whether it counts now (current, and its issuer still accredited for the
	/// role, and the subject active).
	pub counts: bool,
}

/// A device as the runtime API reports it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(Serialize, Deserialize))]
pub struct DeviceInfo<AccountId, Balance> {
	/// The device's account.
	pub account: AccountId,
	/// The stored record.
	pub device: Device<AccountId, Balance>,
}

/// Serialises a fixed-size byte array (a public key) as hex.
#[cfg(feature = "std")]
mod serde_array {
	use serde::{de::Error, Deserializer, Serializer};

	pub fn serialize<S: Serializer, const N: usize>(
		bytes: &[u8; N],
		serializer: S,
	) -> Result<S::Ok, S::Error> {
		sp_core::bytes::serialize(bytes, serializer)
	}

	pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
		deserializer: D,
	) -> Result<[u8; N], D::Error> {
		let bytes = sp_core::bytes::deserialize(deserializer)?;
		bytes.try_into().map_err(|_| D::Error::custom("wrong key length"))
	}
}
