//! # TSM identity management
//!
//! The first core service of the marketplace: who is who, what they own and
//! what they are allowed to do.
//!
//! - **Participants.** Any account registers a DID-like document
//!   (`did:tsm:<account>`): a controller, verification keys by purpose
//!   (authentication, assertion, key agreement) and service endpoints. The
//!   controller adds, removes and rotates keys, edits endpoints, hands control
//!   to another account (e.g. a multisig) and finally deactivates the
//!   document. A deposit proportional to the document's size is held from the
//!   participant while it is active. A key belongs to one participant only.
//! - **Devices.** A participant registers the devices it owns (smart meters,
//!   monitoring probes, small cells); each has its own account, which proves
//!   with a signature that it agrees to be owned. Devices sign their own
//!   transactions; [`DeviceRegistry::owner_of`] answers who owns one.
//! - **Role credentials.** Governance accredits issuers for roles; an
//!   accredited issuer issues a participant a credential for a role, backed by
//!   off-chain evidence (its hash) and valid in a time window; the issuer or
//!   governance revokes it. [`RoleProvider::has_role`] answers in a constant
//!   number of reads: a credential counts while it is unrevoked, inside its
//!   window, its issuer still accredited for the role and its subject active.
//!   Dead credentials need no sweeping; anyone may purge one to refund the
//!   issuer's deposit.
//!
//! Queries for apps are in [`runtime_api`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod credentials;
mod devices;
#[cfg(feature = "std")]
mod holds;
#[cfg(test)]
mod mock;
mod participants;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub mod weights;

use frame_support::traits::fungible;
use tsm_primitives::{DeviceRegistry, ParticipantRegistry, Role, RoleProvider};

/// The balance type of the currency deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A participant document as stored.
pub type ParticipantOf<T> = Participant<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxKeys,
	<T as Config>::MaxEndpoints,
	<T as Config>::MaxEndpointIdLength,
	<T as Config>::MaxUrlLength,
>;
/// A service endpoint as stored.
pub type ServiceEndpointOf<T> =
	ServiceEndpoint<<T as Config>::MaxEndpointIdLength, <T as Config>::MaxUrlLength>;
/// A device as stored.
pub type DeviceOf<T> = Device<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A credential as stored.
pub type CredentialOf<T> = Credential<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// An issuer's accreditation as stored.
pub type AccreditationOf = Accreditation<MaxRoles>;
/// An endpoint id as passed to calls.
pub type EndpointIdOf<T> = frame_support::BoundedVec<u8, <T as Config>::MaxEndpointIdLength>;

/// Every role fits in an accreditation.
pub type MaxRoles = frame_support::traits::ConstU32<{ Role::ALL.len() as u32 }>;

/// What a device signs to agree to be owned by a participant: this context,
/// the chain's genesis hash, the owner and the device, SCALE-encoded.
pub const DEVICE_PROOF_CONTEXT: &[u8] = b"tsm/device-ownership";

/// What a key signs to agree that a document lists it: this context, the
/// chain's genesis hash, the document's subject and the key, SCALE-encoded.
pub const KEY_PROOF_CONTEXT: &[u8] = b"tsm/key-possession";

/// Creates keys and signatures for the benchmarks (devices prove ownership
/// with a signature).
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<Signer, Signature> {
	/// A fresh key pair, returned as its public part.
	fn create_key() -> Signer;
	/// `signer`'s signature of `message`.
	fn sign(signer: &Signer, message: &[u8]) -> Signature;
}

#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper<sp_runtime::MultiSigner, sp_runtime::MultiSignature> for () {
	fn create_key() -> sp_runtime::MultiSigner {
		sp_io::crypto::sr25519_generate(KEY_TYPE, None).into()
	}
	fn sign(signer: &sp_runtime::MultiSigner, message: &[u8]) -> sp_runtime::MultiSignature {
		let sp_runtime::MultiSigner::Sr25519(public) = signer else {
			panic!("create_key only makes sr25519 keys");
		};
		sp_io::crypto::sr25519_sign(KEY_TYPE, public, message)
			.expect("the key was created in the keystore")
			.into()
	}
}

#[cfg(feature = "runtime-benchmarks")]
const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"tsmd");

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible::MutateHold, Time},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::{IdentifyAccount, Verify};
	use tsm_primitives::Moment;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a participant's document.
		ParticipantDeposit,
		/// The deposit for a device's record.
		DeviceDeposit,
		/// The deposit for a credential's record, held from its issuer.
		CredentialDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The current time, against which credential validity is checked.
		type Time: Time<Moment = Moment>;

		/// Accredits issuers and withdraws accreditation; may revoke any
		/// credential. The consortium (governance) on a live network.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Participants that cannot deactivate while they hold a seat in
		/// governance (council members, validators): it removes them first.
		type SeatHolders: frame_support::traits::Contains<Self::AccountId>;

		/// The signature a device gives to agree to be owned.
		type DeviceSignature: Verify<Signer = Self::DeviceSigner> + Parameter;

		/// The public key behind an account: a device's, or the key a caller
		/// lists in a document as its own account's.
		type DeviceSigner: IdentifyAccount<AccountId = Self::AccountId>
			+ Clone
			+ From<sp_core::sr25519::Public>
			+ From<sp_core::ed25519::Public>
			+ From<sp_core::ecdsa::Public>;

		/// Held for every participant document, besides its size.
		#[pallet::constant]
		type ParticipantBaseDeposit: Get<BalanceOf<Self>>;

		/// Held per byte of a document's keys and endpoints.
		#[pallet::constant]
		type ByteDeposit: Get<BalanceOf<Self>>;

		/// Held for every device record.
		#[pallet::constant]
		type DeviceDeposit: Get<BalanceOf<Self>>;

		/// Held from the issuer for every credential record.
		#[pallet::constant]
		type CredentialDeposit: Get<BalanceOf<Self>>;

		/// The most verification keys a document lists.
		#[pallet::constant]
		type MaxKeys: Get<u32>;

		/// The most service endpoints a document lists.
		#[pallet::constant]
		type MaxEndpoints: Get<u32>;

		/// The longest endpoint id or service type, in bytes.
		#[pallet::constant]
		type MaxEndpointIdLength: Get<u32>;

		/// The longest endpoint URL, in bytes.
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// The most devices a participant owns.
		#[pallet::constant]
		type MaxDevices: Get<u32>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;

		/// Creates device keys and proofs for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::DeviceSigner, Self::DeviceSignature>;
	}

	/// Participant documents, by the participant's account (`did:tsm:<account>`).
	#[pallet::storage]
	pub type Participants<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ParticipantOf<T>, OptionQuery>;

	/// Which participant lists a verification key: a key belongs to one only.
	#[pallet::storage]
	pub type KeyOwners<T: Config> =
		StorageMap<_, Blake2_128Concat, PublicKey, T::AccountId, OptionQuery>;

	/// Active devices, by the device's account.
	#[pallet::storage]
	pub type Devices<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, DeviceOf<T>, OptionQuery>;

	/// The devices of each owner (owner, device).
	#[pallet::storage]
	pub type DevicesOf<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		(),
		OptionQuery,
	>;

	/// How many times each device account has been registered. A device's
	/// ownership proof names the next number, so a proof, once used, never
	/// registers the device again (one entry per device ever registered).
	#[pallet::storage]
	pub type DeviceRegistrations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// How many devices each owner has (at most `MaxDevices`).
	#[pallet::storage]
	pub type DeviceCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Accredited issuers and the roles each may credential.
	#[pallet::storage]
	pub type Issuers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AccreditationOf, OptionQuery>;

	/// Role credentials, by subject and role: at most one per pair.
	#[pallet::storage]
	pub type Credentials<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		Role,
		CredentialOf<T>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A participant registered its document.
		ParticipantRegistered { who: T::AccountId, kind: ParticipantKind, deposit: BalanceOf<T> },
		/// A verification key was added to a document.
		KeyAdded { who: T::AccountId, key: PublicKey, purposes: KeyPurposes },
		/// A verification key was removed from a document.
		KeyRemoved { who: T::AccountId, key: PublicKey },
		/// A key was replaced by a new one with the same purposes.
		KeyRotated { who: T::AccountId, old: PublicKey, new: PublicKey },
		/// A service endpoint was added to a document.
		EndpointAdded { who: T::AccountId, id: EndpointIdOf<T> },
		/// A service endpoint was removed from a document.
		EndpointRemoved { who: T::AccountId, id: EndpointIdOf<T> },
		/// A document's deposit changed with its size.
		DepositUpdated { who: T::AccountId, deposit: BalanceOf<T> },
		/// Control of a document passed to another account.
		ControllerChanged { who: T::AccountId, controller: T::AccountId },
		/// A participant was deactivated for good; its deposit was released.
		ParticipantDeactivated { who: T::AccountId, released: BalanceOf<T> },
		/// A participant registered a device it owns.
		DeviceRegistered { device: T::AccountId, owner: T::AccountId, kind: DeviceKind },
		/// A device changed owner.
		DeviceTransferred { device: T::AccountId, from: T::AccountId, to: T::AccountId },
		/// A device was deactivated and its record removed; its deposit was
		/// released to whoever paid it.
		DeviceDeactivated { device: T::AccountId, owner: T::AccountId },
		/// Governance accredited an issuer for a role.
		IssuerAccredited { issuer: T::AccountId, role: Role },
		/// Governance withdrew an issuer's accreditation for a role: its
		/// credentials for that role stop counting.
		AccreditationWithdrawn { issuer: T::AccountId, role: Role },
		/// An issuer credentialed a participant for a role.
		CredentialIssued {
			subject: T::AccountId,
			role: Role,
			issuer: T::AccountId,
			claim_hash: H256,
			valid_from: Moment,
			valid_until: Option<Moment>,
		},
		/// A credential was revoked, by its issuer or by governance.
		CredentialRevoked { subject: T::AccountId, role: Role, by_governance: bool },
		/// A dead (revoked or expired) credential was removed; the issuer's
		/// deposit was released.
		CredentialPurged { subject: T::AccountId, role: Role },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already has a participant document.
		AlreadyRegistered,
		/// The account has no participant document.
		UnknownParticipant,
		/// The participant is deactivated; its document cannot change and it
		/// cannot act.
		ParticipantDeactivated,
		/// Only the document's controller may change it.
		NotController,
		/// The account is a registered device, which cannot be a participant.
		AccountIsDevice,
		/// The account is a participant, which cannot be registered as a device.
		AccountIsParticipant,
		/// Another participant already lists this key.
		KeyInUse,
		/// The document already lists this key.
		DuplicateKey,
		/// A key must have at least one purpose.
		NoKeyPurpose,
		/// A key other than the signing account's own needs its holder's
		/// signature (proof of possession).
		MissingKeyProof,
		/// The signature is not the key's (of the same scheme) over
		/// `key_proof_payload` for this document.
		InvalidKeyProof,
		/// The document does not list this key.
		KeyNotFound,
		/// The document already lists `MaxKeys` keys.
		TooManyKeys,
		/// The document already has an endpoint with this id.
		DuplicateEndpoint,
		/// The document has no endpoint with this id.
		EndpointNotFound,
		/// The document already lists `MaxEndpoints` endpoints.
		TooManyEndpoints,
		/// The participant still owns devices: transfer or deactivate them first.
		ParticipantHasDevices,
		/// The participant sits on the consortium council or is a validator:
		/// governance must remove it first.
		ParticipantHoldsSeat,
		/// The controller is already this account.
		AlreadyController,
		/// The account is already registered as a device.
		DeviceAlreadyRegistered,
		/// The device's signature does not prove it agrees to this owner
		/// (for this registration: see `device_proof_payload`).
		InvalidDeviceProof,
		/// The device account has been registered `u32::MAX` times.
		RegistrationsExhausted,
		/// The owner already has `MaxDevices` devices.
		TooManyDevices,
		/// No active device has this account.
		UnknownDevice,
		/// Only the device's owner may do this.
		NotDeviceOwner,
		/// The device already belongs to this participant.
		AlreadyOwner,
		/// The issuer is already accredited for this role.
		AlreadyAccredited,
		/// The account is not an accredited issuer for any role.
		NotAnIssuer,
		/// The issuer is not accredited for this role.
		NotAccreditedForRole,
		/// The issuer's own participant document is deactivated.
		IssuerDeactivated,
		/// An issuer cannot credential itself.
		SelfIssuance,
		/// The validity window ends before (or when) it starts.
		EmptyValidityWindow,
		/// The validity window has already ended.
		ValidityEnded,
		/// The subject holds a live credential for this role from another
		/// issuer, still accredited; it must be revoked or expire first.
		CredentialExists,
		/// The subject has no credential for this role.
		UnknownCredential,
		/// The credential is already revoked.
		AlreadyRevoked,
		/// Only the credential's issuer (or governance) may revoke it.
		NotIssuer,
		/// The credential is neither revoked nor expired, and its issuer is
		/// still accredited for the role.
		CredentialLive,
		/// The account cannot pay the deposit.
		InsufficientBalance,
	}

	/// Participants and issuers present from the first block, so that a new
	/// network need not wait for governance to seed them.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Organisations registered at genesis (their own controllers, no
		/// keys or endpoints yet); their deposits are held from their
		/// genesis balances.
		pub organisations: alloc::vec::Vec<T::AccountId>,
		/// Issuers accredited at genesis, with their roles; each must be one
		/// of `organisations`.
		pub issuers: alloc::vec::Vec<(T::AccountId, alloc::vec::Vec<Role>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A genesis that cannot be built must not start a chain.
			for who in &self.organisations {
				Pallet::<T>::do_register_participant(
					who.clone(),
					ParticipantKind::Organisation,
					Default::default(),
					Default::default(),
				)
				.expect("genesis organisations are distinct and funded for the deposit");
			}
			for (issuer, roles) in &self.issuers {
				for role in roles {
					Pallet::<T>::do_accredit_issuer(issuer.clone(), *role)
						.expect("genesis issuers are genesis organisations, each role once");
				}
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers the caller as a participant (`did:tsm:<caller>`), with the
		/// caller as controller. Holds the document's deposit. Each key comes
		/// with its holder's signature of [`Pallet::key_proof_payload`]
		/// (caller, key), except the caller's own account key.
		///
		/// Emits `ParticipantRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_participant(keys.len() as u32, endpoints.len() as u32))]
		pub fn register_participant(
			origin: OriginFor<T>,
			kind: ParticipantKind,
			keys: BoundedVec<KeyWithProof, T::MaxKeys>,
			endpoints: BoundedVec<ServiceEndpointOf<T>, T::MaxEndpoints>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_participant(who, kind, keys, endpoints)
		}

		/// Adds a verification key to `subject`'s document. Controller only.
		/// `proof` is the key's signature of [`Pallet::key_proof_payload`]
		/// (subject, key); `None` only for the controller's own account key.
		///
		/// Emits `KeyAdded` (and `DepositUpdated`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_key())]
		pub fn add_key(
			origin: OriginFor<T>,
			subject: T::AccountId,
			key: VerificationKey,
			proof: Option<KeySignature>,
		) -> DispatchResult {
			let controller = ensure_signed(origin)?;
			Self::do_add_key(controller, subject, key, proof)
		}

		/// Removes a verification key from `subject`'s document, freeing it.
		/// Controller only.
		///
		/// Emits `KeyRemoved` (and `DepositUpdated`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_key())]
		pub fn remove_key(
			origin: OriginFor<T>,
			subject: T::AccountId,
			key: PublicKey,
		) -> DispatchResult {
			let controller = ensure_signed(origin)?;
			Self::do_remove_key(controller, subject, key)
		}

		/// Replaces key `old` with `new`, which takes over its purposes: key
		/// rotation in one step. Controller only. `proof` is `new`'s signature
		/// of [`Pallet::key_proof_payload`] (subject, new); `None` only for
		/// the controller's own account key.
		///
		/// Emits `KeyRotated` (and `DepositUpdated` if the size changes).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::rotate_key())]
		pub fn rotate_key(
			origin: OriginFor<T>,
			subject: T::AccountId,
			old: PublicKey,
			new: PublicKey,
			proof: Option<KeySignature>,
		) -> DispatchResult {
			let controller = ensure_signed(origin)?;
			Self::do_rotate_key(controller, subject, old, new, proof)
		}

		/// Adds a service endpoint to `subject`'s document. Controller only.
		///
		/// Emits `EndpointAdded` (and `DepositUpdated`).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_endpoint())]
		pub fn add_endpoint(
			origin: OriginFor<T>,
			subject: T::AccountId,
			endpoint: ServiceEndpointOf<T>,
		) -> DispatchResult {
			let controller = ensure_signed(origin)?;
			Self::do_add_endpoint(controller, subject, endpoint)
		}

		/// Removes the service endpoint `id` from `subject`'s document.
		/// Controller only.
		///
		/// Emits `EndpointRemoved` (and `DepositUpdated`).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_endpoint())]
		pub fn remove_endpoint(
			origin: OriginFor<T>,
			subject: T::AccountId,
			id: EndpointIdOf<T>,
		) -> DispatchResult {
			let controller = ensure_signed(origin)?;
			Self::do_remove_endpoint(controller, subject, id)
		}

		/// Hands control of `subject`'s document to `controller` (e.g. an
		/// organisation's multisig). Controller only.
		///
		/// Emits `ControllerChanged`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_controller())]
		pub fn set_controller(
			origin: OriginFor<T>,
			subject: T::AccountId,
			controller: T::AccountId,
		) -> DispatchResult {
			let current = ensure_signed(origin)?;
			Self::do_set_controller(current, subject, controller)
		}

		/// Deactivates `subject` for good: its keys and endpoints are dropped,
		/// its deposit released, its credentials stop counting and the
		/// identifier is never reused. It must own no devices and hold no seat
		/// in governance. Controller only.
		///
		/// Emits `ParticipantDeactivated`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::deactivate_participant(T::MaxKeys::get()))]
		pub fn deactivate_participant(
			origin: OriginFor<T>,
			subject: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let controller = ensure_signed(origin)?;
			let keys = Self::do_deactivate_participant(controller, subject)?;
			Ok(Some(T::WeightInfo::deactivate_participant(keys)).into())
		}

		/// Registers `device` as owned by the caller, an active participant.
		/// `proof` is the device's signature of [`Pallet::device_proof_payload`]
		/// (caller, device, its registration number): the device agrees to be
		/// owned, this once. Holds the device deposit from the caller.
		///
		/// Emits `DeviceRegistered`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::register_device())]
		pub fn register_device(
			origin: OriginFor<T>,
			device: T::AccountId,
			kind: DeviceKind,
			metadata: H256,
			proof: T::DeviceSignature,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register_device(owner, device, kind, metadata, proof)
		}

		/// Transfers the caller's `device` to `to`, an active participant. The
		/// deposit stays with whoever paid it until the device is deactivated.
		///
		/// Emits `DeviceTransferred`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::transfer_device())]
		pub fn transfer_device(
			origin: OriginFor<T>,
			device: T::AccountId,
			to: T::AccountId,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_transfer_device(owner, device, to)
		}

		/// Deactivates the caller's `device`: its record goes and its deposit
		/// is released to whoever paid it. The device account may be
		/// registered again later.
		///
		/// Emits `DeviceDeactivated`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::deactivate_device())]
		pub fn deactivate_device(origin: OriginFor<T>, device: T::AccountId) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_deactivate_device(owner, device)
		}

		/// Accredits `issuer`, an active participant, to credential `role`.
		/// Governance only.
		///
		/// Emits `IssuerAccredited`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::accredit_issuer())]
		pub fn accredit_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			role: Role,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_accredit_issuer(issuer, role)
		}

		/// Withdraws `issuer`'s accreditation for `role`: the credentials it
		/// issued for the role stop counting at once. Governance only.
		///
		/// Emits `AccreditationWithdrawn`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::withdraw_accreditation())]
		pub fn withdraw_accreditation(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			role: Role,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_withdraw_accreditation(issuer, role)
		}

		/// Issues `subject` a credential for `role`, valid from `valid_from`
		/// until `valid_until` (unix milliseconds; `None`: no expiry), backed
		/// by off-chain evidence with hash `claim_hash`. The caller must be an
		/// issuer accredited for `role`. Replaces a dead credential, or one the
		/// caller issued (renewal). Holds the credential deposit from the
		/// caller.
		///
		/// Emits `CredentialIssued`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::issue_credential())]
		pub fn issue_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			role: Role,
			claim_hash: H256,
			valid_from: Moment,
			valid_until: Option<Moment>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_issue_credential(issuer, subject, role, claim_hash, valid_from, valid_until)
		}

		/// Revokes `subject`'s credential for `role`; it stops counting at
		/// once. Its issuer or governance.
		///
		/// Emits `CredentialRevoked`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::revoke_credential())]
		pub fn revoke_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let revoker = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_revoke_credential(revoker, subject, role)
		}

		/// Removes `subject`'s credential for `role` once it is revoked or
		/// expired, releasing its deposit to the issuer. Anyone may call.
		///
		/// Emits `CredentialPurged`.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::purge_credential())]
		pub fn purge_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			role: Role,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_purge_credential(subject, role)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The current block, as stored in records.
		pub(crate) fn now_block() -> u32 {
			use sp_runtime::traits::UniqueSaturatedInto;
			frame_system::Pallet::<T>::block_number().unique_saturated_into()
		}

		/// The current time, against which validity windows are checked.
		pub(crate) fn now() -> Moment {
			T::Time::now()
		}

		/// Holds `amount` more from `who` for `reason`.
		pub(crate) fn hold(
			reason: HoldReason,
			who: &T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::Currency::hold(&reason.into(), who, amount)
				.map_err(|_| Error::<T>::InsufficientBalance.into())
		}

		/// Releases `amount` held from `who` for `reason`.
		pub(crate) fn release(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
			use frame_support::traits::tokens::Precision;
			// Never more than what is held: the records and the holds agree
			// (checked by `try_state`), so this releases exactly `amount`.
			let _ = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort);
		}
	}
}

impl<T: Config> RoleProvider<T::AccountId> for Pallet<T> {
	fn has_role(who: &T::AccountId, role: Role) -> bool {
		Self::credential_counts(who, role)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn grant_role_for_benchmarks(who: &T::AccountId, role: Role) -> Result<(), ()> {
		Self::grant_role_unchecked(who, role)
	}
}

impl<T: Config> ParticipantRegistry<T::AccountId> for Pallet<T> {
	fn is_active_participant(who: &T::AccountId) -> bool {
		Self::is_active_participant(who)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(who: &T::AccountId) -> Result<(), ()> {
		Self::register_participant_unchecked(who)
	}
}

impl<T: Config> DeviceRegistry<T::AccountId> for Pallet<T> {
	fn owner_of(device: &T::AccountId) -> Option<T::AccountId> {
		Devices::<T>::get(device).map(|device| device.owner)
	}

	fn device(device: &T::AccountId) -> Option<(T::AccountId, DeviceKind)> {
		Devices::<T>::get(device).map(|device| (device.owner, device.kind))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmarks(
		device: &T::AccountId,
		owner: &T::AccountId,
		kind: DeviceKind,
	) -> Result<(), ()> {
		Self::register_device_unchecked(device, owner, kind)
	}
}
