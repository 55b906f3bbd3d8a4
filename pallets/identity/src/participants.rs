//! Participants: registering a DID-like document, changing it under the
//! controller's signature, and deactivating it.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{Contains, Get},
	BoundedVec,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_participant(
		who: T::AccountId,
		kind: ParticipantKind,
		keys: BoundedVec<KeyWithProof, T::MaxKeys>,
		endpoints: BoundedVec<ServiceEndpointOf<T>, T::MaxEndpoints>,
	) -> DispatchResult {
		match Participants::<T>::get(&who) {
			Some(p) if p.status != ParticipantStatus::Active => {
				return Err(Error::<T>::ParticipantDeactivated.into())
			}
			Some(_) => return Err(Error::<T>::AlreadyRegistered.into()),
			None => {}
		}
		ensure!(!Devices::<T>::contains_key(&who), Error::<T>::AccountIsDevice);
		for (index, new) in keys.iter().enumerate() {
			Self::ensure_key_usable(&new.key)?;
			ensure!(
				!keys[..index].iter().any(|earlier| earlier.key.key == new.key.key),
				Error::<T>::DuplicateKey
			);
			Self::ensure_key_possessed(&who, &who, &new.key.key, &new.proof)?;
		}
		let keys: BoundedVec<VerificationKey, T::MaxKeys> =
			BoundedVec::truncate_from(keys.into_iter().map(|new| new.key).collect());
		for (index, endpoint) in endpoints.iter().enumerate() {
			ensure!(
				!endpoints[..index].iter().any(|earlier| earlier.id == endpoint.id),
				Error::<T>::DuplicateEndpoint
			);
		}

		let mut participant = ParticipantOf::<T> {
			kind,
			controller: who.clone(),
			keys,
			endpoints,
			status: ParticipantStatus::Active,
			deposit: Zero::zero(),
			registered_at: Self::now_block(),
		};
		participant.deposit = Self::document_deposit(&participant);
		Self::hold(HoldReason::ParticipantDeposit, &who, participant.deposit)?;

		for key in participant.keys.iter() {
			KeyOwners::<T>::insert(key.key, &who);
		}
		let deposit = participant.deposit;
		Participants::<T>::insert(&who, participant);
		Self::deposit_event(Event::ParticipantRegistered { who, kind, deposit });
		Ok(())
	}

	pub(crate) fn do_add_key(
		controller: T::AccountId,
		subject: T::AccountId,
		key: VerificationKey,
		proof: Option<KeySignature>,
	) -> DispatchResult {
		let mut participant = Self::controlled_document(&controller, &subject)?;
		ensure!(!participant.keys.iter().any(|k| k.key == key.key), Error::<T>::DuplicateKey);
		Self::ensure_key_usable(&key)?;
		Self::ensure_key_possessed(&controller, &subject, &key.key, &proof)?;
		participant.keys.try_push(key).map_err(|_| Error::<T>::TooManyKeys)?;
		Self::update_deposit(&subject, &mut participant)?;

		KeyOwners::<T>::insert(key.key, &subject);
		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::KeyAdded { who: subject, key: key.key, purposes: key.purposes });
		Ok(())
	}

	pub(crate) fn do_remove_key(
		controller: T::AccountId,
		subject: T::AccountId,
		key: PublicKey,
	) -> DispatchResult {
		let mut participant = Self::controlled_document(&controller, &subject)?;
		let index =
			participant.keys.iter().position(|k| k.key == key).ok_or(Error::<T>::KeyNotFound)?;
		participant.keys.remove(index);
		Self::update_deposit(&subject, &mut participant)?;

		KeyOwners::<T>::remove(key);
		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::KeyRemoved { who: subject, key });
		Ok(())
	}

	pub(crate) fn do_rotate_key(
		controller: T::AccountId,
		subject: T::AccountId,
		old: PublicKey,
		new: PublicKey,
		proof: Option<KeySignature>,
	) -> DispatchResult {
		let mut participant = Self::controlled_document(&controller, &subject)?;
		let index =
			participant.keys.iter().position(|k| k.key == old).ok_or(Error::<T>::KeyNotFound)?;
		ensure!(!participant.keys.iter().any(|k| k.key == new), Error::<T>::DuplicateKey);
		ensure!(!KeyOwners::<T>::contains_key(new), Error::<T>::KeyInUse);
		Self::ensure_key_possessed(&controller, &subject, &new, &proof)?;
		participant.keys[index].key = new;
		// An ecdsa key is a byte longer than the others.
		Self::update_deposit(&subject, &mut participant)?;

		KeyOwners::<T>::remove(old);
		KeyOwners::<T>::insert(new, &subject);
		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::KeyRotated { who: subject, old, new });
		Ok(())
	}

	pub(crate) fn do_add_endpoint(
		controller: T::AccountId,
		subject: T::AccountId,
		endpoint: ServiceEndpointOf<T>,
	) -> DispatchResult {
		let mut participant = Self::controlled_document(&controller, &subject)?;
		ensure!(
			!participant.endpoints.iter().any(|e| e.id == endpoint.id),
			Error::<T>::DuplicateEndpoint
		);
		let id = endpoint.id.clone();
		participant.endpoints.try_push(endpoint).map_err(|_| Error::<T>::TooManyEndpoints)?;
		Self::update_deposit(&subject, &mut participant)?;

		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::EndpointAdded { who: subject, id });
		Ok(())
	}

	pub(crate) fn do_remove_endpoint(
		controller: T::AccountId,
		subject: T::AccountId,
		id: EndpointIdOf<T>,
	) -> DispatchResult {
		let mut participant = Self::controlled_document(&controller, &subject)?;
		let index = participant
			.endpoints
			.iter()
			.position(|e| e.id == id)
			.ok_or(Error::<T>::EndpointNotFound)?;
		participant.endpoints.remove(index);
		Self::update_deposit(&subject, &mut participant)?;

		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::EndpointRemoved { who: subject, id });
		Ok(())
	}

	pub(crate) fn do_set_controller(
		current: T::AccountId,
		subject: T::AccountId,
		controller: T::AccountId,
	) -> DispatchResult {
		let mut participant = Self::controlled_document(&current, &subject)?;
		ensure!(participant.controller != controller, Error::<T>::AlreadyController);
		participant.controller = controller.clone();

		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::ControllerChanged { who: subject, controller });
		Ok(())
	}

	/// Returns how many keys the document listed (the weight depends on it).
	pub(crate) fn do_deactivate_participant(
		controller: T::AccountId,
		subject: T::AccountId,
	) -> Result<u32, DispatchError> {
		let mut participant = Self::controlled_document(&controller, &subject)?;
		ensure!(DeviceCount::<T>::get(&subject) == 0, Error::<T>::ParticipantHasDevices);
		ensure!(!T::SeatHolders::contains(&subject), Error::<T>::ParticipantHoldsSeat);

		let released = participant.deposit;
		Self::release(HoldReason::ParticipantDeposit, &subject, released);
		let keys = participant.keys.len() as u32;
		for key in participant.keys.iter() {
			KeyOwners::<T>::remove(key.key);
		}
		participant.keys = Default::default();
		participant.endpoints = Default::default();
		participant.deposit = Zero::zero();
		participant.status = ParticipantStatus::Deactivated { at: Self::now_block() };

		Participants::<T>::insert(&subject, participant);
		Self::deposit_event(Event::ParticipantDeactivated { who: subject, released });
		Ok(keys)
	}

	/// The deposit a document needs: the base plus its keys' and endpoints'
	/// bytes.
	pub fn document_deposit(participant: &ParticipantOf<T>) -> BalanceOf<T> {
		let bytes = participant.keys.encoded_size() + participant.endpoints.encoded_size();
		T::ByteDeposit::get()
			.saturating_mul((bytes as u32).into())
			.saturating_add(T::ParticipantBaseDeposit::get())
	}

	/// The active document of `subject`, if `controller` controls it.
	fn controlled_document(
		controller: &T::AccountId,
		subject: &T::AccountId,
	) -> Result<ParticipantOf<T>, DispatchError> {
		let participant = Self::active_participant(subject)?;
		ensure!(&participant.controller == controller, Error::<T>::NotController);
		Ok(participant)
	}

	/// The document of `who`, if registered and active.
	pub(crate) fn active_participant(
		who: &T::AccountId,
	) -> Result<ParticipantOf<T>, DispatchError> {
		let participant = Participants::<T>::get(who).ok_or(Error::<T>::UnknownParticipant)?;
		ensure!(
			participant.status == ParticipantStatus::Active,
			Error::<T>::ParticipantDeactivated
		);
		Ok(participant)
	}

	/// Whether `who` has an active document.
	pub fn is_active_participant(who: &T::AccountId) -> bool {
		Participants::<T>::get(who).is_some_and(|p| p.status == ParticipantStatus::Active)
	}

	/// A key may join a document if it has a purpose and no one lists it yet.
	fn ensure_key_usable(key: &VerificationKey) -> DispatchResult {
		ensure!(!key.purposes.is_empty(), Error::<T>::NoKeyPurpose);
		ensure!(!KeyOwners::<T>::contains_key(key.key), Error::<T>::KeyInUse);
		Ok(())
	}

	/// What a key signs to agree that `subject`'s document lists it: the
	/// SCALE encoding of ([`KEY_PROOF_CONTEXT`], genesis hash, subject, key).
	/// Naming the subject keeps a proof for one document from serving
	/// another; the genesis hash, from serving another network.
	pub fn key_proof_payload(subject: &T::AccountId, key: &PublicKey) -> Vec<u8> {
		(KEY_PROOF_CONTEXT, Self::genesis_hash(), subject, key).encode()
	}

	/// The key's holder agrees that `subject`'s document lists it: `proof`
	/// is its signature of [`Pallet::key_proof_payload`], or, without a
	/// proof, the key is the account of `signer`, whose transaction
	/// signature already proves it. Otherwise anyone could list somebody
	/// else's key and, keys being unique, lock its holder out.
	fn ensure_key_possessed(
		signer: &T::AccountId,
		subject: &T::AccountId,
		key: &PublicKey,
		proof: &Option<KeySignature>,
	) -> DispatchResult {
		match proof {
			None => ensure!(&Self::account_of_key(key) == signer, Error::<T>::MissingKeyProof),
			Some(signature) => ensure!(
				signature.verifies(&Self::key_proof_payload(subject, key), key),
				Error::<T>::InvalidKeyProof
			),
		}
		Ok(())
	}

	/// The account a key signs transactions for.
	fn account_of_key(key: &PublicKey) -> T::AccountId {
		use sp_core::{ecdsa, ed25519, sr25519};
		use sp_runtime::traits::IdentifyAccount;
		let signer: T::DeviceSigner = match key {
			PublicKey::Sr25519(bytes) => sr25519::Public::from_raw(*bytes).into(),
			PublicKey::Ed25519(bytes) => ed25519::Public::from_raw(*bytes).into(),
			PublicKey::Ecdsa(bytes) => ecdsa::Public::from_raw(*bytes).into(),
		};
		signer.into_account()
	}

	/// Holds or releases the difference between the document's deposit and
	/// what its new size needs.
	fn update_deposit(who: &T::AccountId, participant: &mut ParticipantOf<T>) -> DispatchResult {
		let needed = Self::document_deposit(participant);
		let held = participant.deposit;
		if needed == held {
			return Ok(());
		}
		if needed > held {
			Self::hold(HoldReason::ParticipantDeposit, who, needed.saturating_sub(held))?;
		} else {
			Self::release(HoldReason::ParticipantDeposit, who, held.saturating_sub(needed));
		}
		participant.deposit = needed;
		Self::deposit_event(Event::DepositUpdated { who: who.clone(), deposit: needed });
		Ok(())
	}
}
