//! Unit tests: the proof checks, both ways in, every error.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok, dispatch::Pays, pallet_prelude::Authorize, traits::KeyOwnerProofSystem,
};
use sp_consensus_aura::{
	digests::CompatibleDigestItem,
	sr25519::{AuthorityId, AuthoritySignature},
};
use sp_runtime::{
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionSource},
	Digest, DigestItem, DispatchError, RuntimeAppPublic,
};

type Header = frame_system::pallet_prelude::HeaderFor<Test>;

/// A validator's Aura key, registered to `who`.
fn validator(who: AccountId) -> AuthorityId {
	let key = AuthorityId::generate_pair(Some(format!("//validator{who}").into_bytes()));
	Owners::mutate(|o| o.push((key.clone(), who)));
	key
}

/// A header of block 1 on `parent`, naming `slot`, unsealed.
fn header(slot: u64, parent: u8) -> Header {
	let pre_digest =
		<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_pre_digest(Slot::from(slot));
	Header::new(
		1,
		Default::default(),
		Default::default(),
		[parent; 32].into(),
		Digest { logs: vec![pre_digest] },
	)
}

/// `header` sealed by `key` as Aura seals: a signature of its hash.
fn sealed(mut header: Header, key: &AuthorityId) -> Header {
	let signature = key.sign(&header.hash().as_ref()).expect("the keystore has the key");
	header
		.digest_mut()
		.push(<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_seal(signature));
	header
}

/// Two different blocks sealed by `key` in `slot`.
fn equivocation(key: &AuthorityId, slot: u64) -> EquivocationProof<Header, AuthorityId> {
	EquivocationProof {
		offender: key.clone(),
		slot: slot.into(),
		first_header: sealed(header(slot, 1), key),
		second_header: sealed(header(slot, 2), key),
	}
}

fn key_ownership(key: &AuthorityId) -> sp_session::MembershipProof {
	MockKeyOwnership::prove((<AuthorityId as RuntimeAppPublic>::ID, key.clone())).unwrap()
}

/// What the transaction pool's `AuthorizeCall` asks of an unsigned report.
fn authorize(
	call: &Call<Test>,
	source: TransactionSource,
) -> Result<(), sp_runtime::transaction_validity::TransactionValidityError> {
	call.authorize(source).expect("the call is authorizable").map(|_| ())
}

fn report(
	who: AccountId,
	proof: EquivocationProof<Header, AuthorityId>,
	key_owner_proof: sp_session::MembershipProof,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	AuraEquivocation::report_equivocation(
		RuntimeOrigin::signed(who),
		Box::new(proof),
		key_owner_proof,
	)
}

#[test]
fn two_blocks_sealed_in_one_slot_are_reported_to_the_offence_handler() {
	new_test_ext().execute_with(|| {
		let key = validator(7);
		let post = report(9, equivocation(&key, 42), key_ownership(&key)).unwrap();
		// Free for an honest reporter.
		assert_eq!(post.pays_fee, Pays::No);
		assert_eq!(Reported::get(), vec![(vec![9], 7, 42, SESSION)]);
	});
}

#[test]
fn a_node_reports_unsigned_to_its_own_pool_only() {
	new_test_ext().execute_with(|| {
		let key = validator(7);
		let call = Call::<Test>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(&key, 42)),
			key_owner_proof: key_ownership(&key),
		};
		assert!(authorize(&call, TransactionSource::Local).is_ok());
		assert!(authorize(&call, TransactionSource::InBlock).is_ok());
		// From the network (or RPC) it is not even considered.
		assert_eq!(
			authorize(&call, TransactionSource::External),
			Err(InvalidTransaction::Call.into())
		);
		assert_ok!(AuraEquivocation::report_equivocation_unsigned(
			RuntimeOrigin::from(frame_system::RawOrigin::Authorized),
			Box::new(equivocation(&key, 42)),
			key_ownership(&key),
		));
		// No reporter named; the same offence is stale for the pool now.
		assert_eq!(Reported::get(), vec![(vec![], 7, 42, SESSION)]);
		assert_eq!(
			authorize(&call, TransactionSource::Local),
			Err(InvalidTransaction::Stale.into())
		);
	});
}

#[test]
fn origins_are_checked() {
	new_test_ext().execute_with(|| {
		let key = validator(7);
		assert_noop!(
			AuraEquivocation::report_equivocation(
				RuntimeOrigin::none(),
				Box::new(equivocation(&key, 42)),
				key_ownership(&key),
			),
			DispatchError::BadOrigin
		);
		for origin in [RuntimeOrigin::signed(9), RuntimeOrigin::none()] {
			assert_noop!(
				AuraEquivocation::report_equivocation_unsigned(
					origin,
					Box::new(equivocation(&key, 42)),
					key_ownership(&key),
				),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn the_same_offence_is_reported_once() {
	new_test_ext().execute_with(|| {
		let key = validator(7);
		assert_ok!(report(9, equivocation(&key, 42), key_ownership(&key)));
		assert_noop!(
			report(10, equivocation(&key, 42), key_ownership(&key)),
			Error::<Test>::DuplicateOffenceReport
		);
		// Another slot is another offence.
		assert_ok!(report(9, equivocation(&key, 43), key_ownership(&key)));
	});
}

#[test]
fn headers_that_prove_nothing_are_refused() {
	new_test_ext().execute_with(|| {
		let key = validator(7);
		let other = validator(8);
		let ownership = key_ownership(&key);

		// Unsealed.
		let mut proof = equivocation(&key, 42);
		proof.second_header = header(42, 2);
		proof.second_header.digest_mut().push(DigestItem::Other(vec![1]));
		assert_noop!(report(9, proof, ownership.clone()), Error::<Test>::NotSealed);

		// Sealed but naming no slot.
		let mut proof = equivocation(&key, 42);
		let mut no_slot = header(42, 2);
		no_slot.digest_mut().logs.clear();
		proof.second_header = sealed(no_slot, &key);
		assert_noop!(report(9, proof, ownership.clone()), Error::<Test>::NoSlot);

		// Two slots: that is a validator authoring twice, as it should.
		let mut proof = equivocation(&key, 42);
		proof.second_header = sealed(header(43, 2), &key);
		assert_noop!(report(9, proof, ownership.clone()), Error::<Test>::SlotMismatch);
		let mut proof = equivocation(&key, 42);
		proof.slot = 41.into();
		assert_noop!(report(9, proof, ownership.clone()), Error::<Test>::SlotMismatch);

		// Sealed by someone else: the attacker framing `key`'s owner.
		let mut proof = equivocation(&key, 42);
		proof.second_header = sealed(header(42, 2), &other);
		assert_noop!(report(9, proof, ownership.clone()), Error::<Test>::BadSeal);

		// One block twice, even sealed twice (sr25519 seals differ).
		let mut proof = equivocation(&key, 42);
		proof.second_header = sealed(header(42, 1), &key);
		assert_ne!(proof.first_header, proof.second_header);
		assert_noop!(report(9, proof, ownership.clone()), Error::<Test>::SameBlock);

		// A key no validator owns, or another key's ownership proof.
		let stranger = AuthorityId::generate_pair(None);
		assert_noop!(
			report(9, equivocation(&stranger, 42), key_ownership(&stranger)),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		assert_noop!(
			report(9, equivocation(&key, 42), key_ownership(&other)),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		assert!(Reported::get().is_empty());

		// The pool refuses the same proofs unsigned.
		let call = Call::<Test>::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation(&stranger, 42)),
			key_owner_proof: key_ownership(&stranger),
		};
		assert_eq!(
			authorize(&call, TransactionSource::Local),
			Err(InvalidTransaction::BadProof.into())
		);
	});
}
