//! Unit tests on the mock runtime: every call, and an `assert_noop!` for every
//! error. Each test ends by checking the pallet's invariants.

use crate::{mock::*, *};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, EnsureOrigin},
	BoundedVec,
};
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie, One, Two};
use sp_runtime::{DispatchError, MultiSignature};

type Identity = TsmIdentity;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(who))
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

const ALL_PURPOSES: KeyPurposes =
	KeyPurposes { authentication: true, assertion: true, key_agreement: false };

/// The sr25519 key pair behind `key(byte)` (its seed is `byte` repeated).
fn key_pair(byte: u8) -> sp_core::sr25519::Pair {
	sp_core::sr25519::Pair::from_seed(&[byte; 32])
}

/// A verification key the tests hold the secret of.
fn key(byte: u8) -> VerificationKey {
	VerificationKey { key: PublicKey::Sr25519(key_pair(byte).public().0), purposes: ALL_PURPOSES }
}

/// `key(byte)`'s proof that it agrees to be listed in `subject`'s document.
fn key_proof(subject: Sr25519Keyring, byte: u8) -> Option<KeySignature> {
	let payload = Identity::key_proof_payload(&account(subject), &key(byte).key);
	Some(KeySignature::Sr25519(key_pair(byte).sign(&payload).0))
}

/// An ecdsa key (seed: `byte` repeated), with its proof for `subject`.
fn ecdsa_key(subject: Sr25519Keyring, byte: u8) -> KeyWithProof {
	let pair = sp_core::ecdsa::Pair::from_seed(&[byte; 32]);
	let key = PublicKey::Ecdsa(pair.public().0);
	let payload = Identity::key_proof_payload(&account(subject), &key);
	KeyWithProof {
		key: VerificationKey { key, purposes: ALL_PURPOSES },
		proof: Some(KeySignature::Ecdsa(pair.sign(&payload).0)),
	}
}

fn endpoint(id: &str, url: &str) -> ServiceEndpointOf<Test> {
	ServiceEndpoint {
		id: BoundedVec::truncate_from(id.as_bytes().to_vec()),
		service_type: BoundedVec::truncate_from(b"TMF622".to_vec()),
		url: BoundedVec::truncate_from(url.as_bytes().to_vec()),
	}
}

/// The keys `key(byte)` for each byte of `list`, each with its proof for
/// `subject`'s document.
fn keys(
	subject: Sr25519Keyring,
	list: &[u8],
) -> BoundedVec<KeyWithProof, <Test as Config>::MaxKeys> {
	keys_with(
		list.iter()
			.map(|byte| KeyWithProof { key: key(*byte), proof: key_proof(subject, *byte) })
			.collect(),
	)
}

fn keys_with(list: Vec<KeyWithProof>) -> BoundedVec<KeyWithProof, <Test as Config>::MaxKeys> {
	BoundedVec::truncate_from(list)
}

fn endpoints(
	list: &[ServiceEndpointOf<Test>],
) -> BoundedVec<ServiceEndpointOf<Test>, <Test as Config>::MaxEndpoints> {
	BoundedVec::truncate_from(list.to_vec())
}

/// Registers `who` as an organisation with one key (`byte`) and no endpoints.
fn register(who: Sr25519Keyring, byte: u8) {
	assert_ok!(Identity::register_participant(
		signed(who),
		ParticipantKind::Organisation,
		keys(who, &[byte]),
		endpoints(&[]),
	));
}

fn held(reason: HoldReason, who: Sr25519Keyring) -> Balance {
	Balances::balance_on_hold(&reason.into(), &account(who))
}

fn document(who: Sr25519Keyring) -> ParticipantOf<Test> {
	Participants::<Test>::get(account(who)).expect("registered")
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TsmIdentity(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("an identity event")
}

/// `device`'s proof that it agrees to be `owner`'s.
fn proof(device: Sr25519Keyring, owner: Sr25519Keyring) -> MultiSignature {
	let payload = Identity::device_proof_payload(&account(owner), &account(device));
	device.pair().sign(&payload).into()
}

/// `owner` registers `device` as a smart meter with `consent`.
fn register_device_with(
	owner: Sr25519Keyring,
	device: Sr25519Keyring,
	consent: MultiSignature,
) -> frame_support::dispatch::DispatchResult {
	Identity::register_device(
		signed(owner),
		account(device),
		DeviceKind::SmartMeter,
		H256::repeat_byte(7),
		consent,
	)
}

fn register_device(owner: Sr25519Keyring, device: Sr25519Keyring) {
	assert_ok!(register_device_with(owner, device, proof(device, owner)));
}

/// Alice is an issuer accredited for small cell providers; Bob a participant.
fn issuer_and_subject() {
	register(Alice, 1);
	register(Bob, 2);
	assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::SmallCellProvider));
}

fn issue(issuer: Sr25519Keyring, subject: Sr25519Keyring, role: Role, until: Option<u64>) {
	assert_ok!(Identity::issue_credential(
		signed(issuer),
		account(subject),
		role,
		H256::repeat_byte(9),
		Now::get(),
		until,
	));
}

fn has_role(who: Sr25519Keyring, role: Role) -> bool {
	<Identity as RoleProvider<AccountId>>::has_role(&account(who), role)
}

mod participants {
	use super::*;

	#[test]
	fn register_holds_a_deposit_for_the_document_and_indexes_its_keys() {
		build_and_execute(|| {
			assert_ok!(Identity::register_participant(
				signed(Alice),
				ParticipantKind::Organisation,
				keys(Alice, &[1, 2]),
				endpoints(&[endpoint("ordering", "https://mno.example/tmf622")]),
			));

			let doc = document(Alice);
			assert_eq!(doc.controller, account(Alice));
			assert_eq!(doc.status, ParticipantStatus::Active);
			let bytes = (doc.keys.encoded_size() + doc.endpoints.encoded_size()) as Balance;
			assert_eq!(doc.deposit, BASE_DEPOSIT + bytes * BYTE_DEPOSIT);
			assert_eq!(held(HoldReason::ParticipantDeposit, Alice), doc.deposit);
			assert_eq!(KeyOwners::<Test>::get(key(2).key), Some(account(Alice)));
			assert_eq!(
				last_event(),
				Event::ParticipantRegistered {
					who: account(Alice),
					kind: ParticipantKind::Organisation,
					deposit: doc.deposit,
				}
			);
		});
	}

	#[test]
	fn register_rejects_bad_documents() {
		build_and_execute(|| {
			register(Alice, 1);
			assert_noop!(
				Identity::register_participant(
					signed(Alice),
					ParticipantKind::Person,
					keys_with(vec![]),
					endpoints(&[])
				),
				Error::<Test>::AlreadyRegistered
			);
			assert_noop!(
				Identity::register_participant(
					signed(Bob),
					ParticipantKind::Person,
					keys(Bob, &[1]),
					endpoints(&[])
				),
				Error::<Test>::KeyInUse
			);
			assert_noop!(
				Identity::register_participant(
					signed(Bob),
					ParticipantKind::Person,
					keys(Bob, &[2, 2]),
					endpoints(&[])
				),
				Error::<Test>::DuplicateKey
			);
			let no_purpose =
				VerificationKey { key: PublicKey::Ed25519([3; 32]), purposes: Default::default() };
			assert_noop!(
				Identity::register_participant(
					signed(Bob),
					ParticipantKind::Person,
					keys_with(vec![KeyWithProof { key: no_purpose, proof: None }]),
					endpoints(&[])
				),
				Error::<Test>::NoKeyPurpose
			);
			assert_noop!(
				Identity::register_participant(
					signed(Bob),
					ParticipantKind::Person,
					keys_with(vec![]),
					endpoints(&[endpoint("a", "https://a"), endpoint("a", "https://b")])
				),
				Error::<Test>::DuplicateEndpoint
			);
			// Ferdie has no funds for the deposit.
			assert_noop!(
				Identity::register_participant(
					signed(Ferdie),
					ParticipantKind::Person,
					keys_with(vec![]),
					endpoints(&[])
				),
				Error::<Test>::InsufficientBalance
			);
		});
	}

	#[test]
	fn a_device_account_cannot_register_as_a_participant() {
		build_and_execute(|| {
			register(Alice, 1);
			register_device(Alice, One);
			assert_noop!(
				Identity::register_participant(
					signed(One),
					ParticipantKind::Person,
					keys_with(vec![]),
					endpoints(&[])
				),
				Error::<Test>::AccountIsDevice
			);
		});
	}

	#[test]
	fn keys_are_added_removed_and_rotated_by_the_controller_with_the_deposit_following() {
		build_and_execute(|| {
			register(Alice, 1);
			let before = document(Alice).deposit;

			assert_ok!(Identity::add_key(
				signed(Alice),
				account(Alice),
				key(2),
				key_proof(Alice, 2)
			));
			let grown = document(Alice).deposit;
			assert!(grown > before);
			assert_eq!(held(HoldReason::ParticipantDeposit, Alice), grown);
			assert_eq!(
				last_event(),
				Event::KeyAdded { who: account(Alice), key: key(2).key, purposes: ALL_PURPOSES }
			);

			assert_ok!(Identity::rotate_key(
				signed(Alice),
				account(Alice),
				key(2).key,
				key(3).key,
				key_proof(Alice, 3)
			));
			assert_eq!(KeyOwners::<Test>::get(key(2).key), None);
			assert_eq!(KeyOwners::<Test>::get(key(3).key), Some(account(Alice)));
			assert_eq!(
				document(Alice).keys[1],
				VerificationKey { key: key(3).key, purposes: ALL_PURPOSES }
			);
			assert_eq!(
				last_event(),
				Event::KeyRotated { who: account(Alice), old: key(2).key, new: key(3).key }
			);

			assert_ok!(Identity::remove_key(signed(Alice), account(Alice), key(3).key));
			assert_eq!(document(Alice).deposit, before);
			assert_eq!(held(HoldReason::ParticipantDeposit, Alice), before);
			assert_eq!(KeyOwners::<Test>::get(key(3).key), None);
			assert_eq!(last_event(), Event::KeyRemoved { who: account(Alice), key: key(3).key });

			// A freed key can be taken by someone else.
			assert_ok!(Identity::register_participant(
				signed(Bob),
				ParticipantKind::Person,
				keys(Bob, &[3]),
				endpoints(&[])
			));
		});
	}

	#[test]
	fn a_rotation_to_a_longer_key_holds_more() {
		build_and_execute(|| {
			register(Alice, 1);
			let before = document(Alice).deposit;
			let KeyWithProof { key: VerificationKey { key: ecdsa, .. }, proof } =
				ecdsa_key(Alice, 9);
			assert_ok!(Identity::rotate_key(
				signed(Alice),
				account(Alice),
				key(1).key,
				ecdsa,
				proof
			));
			assert_eq!(document(Alice).deposit, before + BYTE_DEPOSIT);
			assert_eq!(
				last_event(),
				Event::KeyRotated { who: account(Alice), old: key(1).key, new: ecdsa }
			);
		});
	}

	#[test]
	fn key_changes_reject_bad_input() {
		build_and_execute(|| {
			register(Alice, 1);
			register(Bob, 2);
			assert_noop!(
				Identity::add_key(signed(Alice), account(Alice), key(2), key_proof(Alice, 2)),
				Error::<Test>::KeyInUse
			);
			assert_noop!(
				Identity::add_key(signed(Alice), account(Alice), key(1), key_proof(Alice, 1)),
				Error::<Test>::DuplicateKey
			);
			assert_noop!(
				Identity::add_key(
					signed(Alice),
					account(Alice),
					VerificationKey { key: key(5).key, purposes: Default::default() },
					key_proof(Alice, 5)
				),
				Error::<Test>::NoKeyPurpose
			);
			assert_noop!(
				Identity::add_key(signed(Bob), account(Alice), key(5), key_proof(Alice, 5)),
				Error::<Test>::NotController
			);
			assert_noop!(
				Identity::add_key(signed(Charlie), account(Charlie), key(5), key_proof(Charlie, 5)),
				Error::<Test>::UnknownParticipant
			);
			assert_noop!(
				Identity::remove_key(signed(Alice), account(Alice), key(9).key),
				Error::<Test>::KeyNotFound
			);
			assert_noop!(
				Identity::rotate_key(
					signed(Alice),
					account(Alice),
					key(9).key,
					key(8).key,
					key_proof(Alice, 8)
				),
				Error::<Test>::KeyNotFound
			);
			assert_noop!(
				Identity::rotate_key(
					signed(Alice),
					account(Alice),
					key(1).key,
					key(2).key,
					key_proof(Alice, 2)
				),
				Error::<Test>::KeyInUse
			);
			assert_ok!(Identity::add_key(
				signed(Alice),
				account(Alice),
				key(3),
				key_proof(Alice, 3)
			));
			assert_noop!(
				Identity::rotate_key(
					signed(Alice),
					account(Alice),
					key(1).key,
					key(3).key,
					key_proof(Alice, 3)
				),
				Error::<Test>::DuplicateKey
			);
			assert_ok!(Identity::add_key(
				signed(Alice),
				account(Alice),
				key(4),
				key_proof(Alice, 4)
			));
			assert_eq!(document(Alice).keys.len() as u32, MAX_KEYS);
			assert_noop!(
				Identity::add_key(signed(Alice), account(Alice), key(5), key_proof(Alice, 5)),
				Error::<Test>::TooManyKeys
			);
		});
	}

	#[test]
	fn endpoints_are_added_and_removed() {
		build_and_execute(|| {
			register(Alice, 1);
			let before = document(Alice).deposit;
			let api = endpoint("ordering", "https://mno.example/tmf622");
			assert_ok!(Identity::add_endpoint(signed(Alice), account(Alice), api.clone()));
			assert_eq!(document(Alice).endpoints.to_vec(), vec![api.clone()]);
			assert!(document(Alice).deposit > before);
			assert_eq!(
				last_event(),
				Event::EndpointAdded { who: account(Alice), id: api.id.clone() }
			);

			assert_ok!(Identity::remove_endpoint(signed(Alice), account(Alice), api.id.clone()));
			assert!(document(Alice).endpoints.is_empty());
			assert_eq!(held(HoldReason::ParticipantDeposit, Alice), before);
			assert_eq!(last_event(), Event::EndpointRemoved { who: account(Alice), id: api.id });
		});
	}

	#[test]
	fn endpoint_changes_reject_bad_input() {
		build_and_execute(|| {
			register(Alice, 1);
			let api = endpoint("ordering", "https://mno.example/tmf622");
			assert_ok!(Identity::add_endpoint(signed(Alice), account(Alice), api.clone()));
			assert_noop!(
				Identity::add_endpoint(signed(Alice), account(Alice), api.clone()),
				Error::<Test>::DuplicateEndpoint
			);
			assert_noop!(
				Identity::remove_endpoint(
					signed(Alice),
					account(Alice),
					BoundedVec::truncate_from(b"billing".to_vec())
				),
				Error::<Test>::EndpointNotFound
			);
			assert_noop!(
				Identity::add_endpoint(signed(Bob), account(Alice), endpoint("b", "https://b")),
				Error::<Test>::NotController
			);
			assert_ok!(Identity::add_endpoint(
				signed(Alice),
				account(Alice),
				endpoint("b", "https://b")
			));
			assert_noop!(
				Identity::add_endpoint(signed(Alice), account(Alice), endpoint("c", "https://c")),
				Error::<Test>::TooManyEndpoints
			);
		});
	}

	#[test]
	fn a_new_controller_takes_over_the_document() {
		build_and_execute(|| {
			register(Alice, 1);
			assert_ok!(Identity::set_controller(signed(Alice), account(Alice), account(Bob)));
			assert_eq!(
				last_event(),
				Event::ControllerChanged { who: account(Alice), controller: account(Bob) }
			);
			assert_noop!(
				Identity::add_key(signed(Alice), account(Alice), key(2), key_proof(Alice, 2)),
				Error::<Test>::NotController
			);
			assert_ok!(Identity::add_key(signed(Bob), account(Alice), key(2), key_proof(Alice, 2)));
			// The deposit is still Alice's.
			assert_eq!(held(HoldReason::ParticipantDeposit, Alice), document(Alice).deposit);
			assert_eq!(held(HoldReason::ParticipantDeposit, Bob), 0);
			assert_noop!(
				Identity::set_controller(signed(Bob), account(Alice), account(Bob)),
				Error::<Test>::AlreadyController
			);
			assert_noop!(
				Identity::set_controller(signed(Alice), account(Alice), account(Charlie)),
				Error::<Test>::NotController
			);
		});
	}

	#[test]
	fn deactivation_releases_the_deposit_and_the_keys_for_good() {
		build_and_execute(|| {
			register(Alice, 1);
			let deposit = document(Alice).deposit;
			assert_ok!(Identity::deactivate_participant(signed(Alice), account(Alice)));

			assert_eq!(held(HoldReason::ParticipantDeposit, Alice), 0);
			assert_eq!(Balances::free_balance(account(Alice)), ENDOWMENT);
			assert_eq!(document(Alice).status, ParticipantStatus::Deactivated { at: 1 });
			assert_eq!(KeyOwners::<Test>::get(key(1).key), None);
			assert_eq!(
				last_event(),
				Event::ParticipantDeactivated { who: account(Alice), released: deposit }
			);

			assert_noop!(
				Identity::register_participant(
					signed(Alice),
					ParticipantKind::Organisation,
					keys_with(vec![]),
					endpoints(&[])
				),
				Error::<Test>::ParticipantDeactivated
			);
			assert_noop!(
				Identity::add_key(signed(Alice), account(Alice), key(2), key_proof(Alice, 2)),
				Error::<Test>::ParticipantDeactivated
			);
			assert_noop!(
				Identity::deactivate_participant(signed(Alice), account(Alice)),
				Error::<Test>::ParticipantDeactivated
			);
			// Its key is free for others.
			register(Bob, 1);
		});
	}

	#[test]
	fn a_participant_holding_a_seat_cannot_deactivate() {
		build_and_execute(|| {
			register(Alice, 1);
			SeatHolders::set(vec![account(Alice)]);
			assert_noop!(
				Identity::deactivate_participant(signed(Alice), account(Alice)),
				Error::<Test>::ParticipantHoldsSeat
			);
			SeatHolders::set(vec![]);
			assert_ok!(Identity::deactivate_participant(signed(Alice), account(Alice)));
		});
	}

	#[test]
	fn a_participant_with_devices_cannot_deactivate() {
		build_and_execute(|| {
			register(Alice, 1);
			register_device(Alice, One);
			assert_noop!(
				Identity::deactivate_participant(signed(Alice), account(Alice)),
				Error::<Test>::ParticipantHasDevices
			);
			assert_noop!(
				Identity::deactivate_participant(signed(Bob), account(Alice)),
				Error::<Test>::NotController
			);
		});
	}
}

mod key_possession {
	use super::*;

	/// A front-runner (Eve) tries to list Bob's key in her own document, so
	/// that Bob, keys being unique, could never list it in his.
	#[test]
	fn nobody_lists_a_key_without_its_holders_proof() {
		build_and_execute(|| {
			register(Eve, 1);
			let bobs = key(2);
			let without_proof = KeyWithProof { key: bobs, proof: None };
			assert_noop!(
				Identity::register_participant(
					signed(Dave),
					ParticipantKind::Person,
					keys_with(vec![without_proof]),
					endpoints(&[])
				),
				Error::<Test>::MissingKeyProof
			);
			assert_noop!(
				Identity::add_key(signed(Eve), account(Eve), bobs, None),
				Error::<Test>::MissingKeyProof
			);
			assert_noop!(
				Identity::rotate_key(signed(Eve), account(Eve), key(1).key, bobs.key, None),
				Error::<Test>::MissingKeyProof
			);
			// A proof by another key, or Bob's key's proof for Bob's own
			// document replayed into Eve's, proves nothing.
			for forged in [key_proof(Eve, 3), key_proof(Bob, 2)] {
				assert_noop!(
					Identity::add_key(signed(Eve), account(Eve), bobs, forged.clone()),
					Error::<Test>::InvalidKeyProof
				);
				assert_noop!(
					Identity::rotate_key(signed(Eve), account(Eve), key(1).key, bobs.key, forged),
					Error::<Test>::InvalidKeyProof
				);
			}
			assert_noop!(
				Identity::register_participant(
					signed(Dave),
					ParticipantKind::Person,
					keys_with(vec![KeyWithProof { key: bobs, proof: key_proof(Bob, 2) }]),
					endpoints(&[])
				),
				Error::<Test>::InvalidKeyProof
			);
			// The holder lists it.
			register(Bob, 2);
			assert_eq!(KeyOwners::<Test>::get(bobs.key), Some(account(Bob)));
		});
	}

	#[test]
	fn the_signing_accounts_own_key_needs_no_proof() {
		build_and_execute(|| {
			let own = |who: Sr25519Keyring| VerificationKey {
				key: PublicKey::Sr25519(who.public().0),
				purposes: ALL_PURPOSES,
			};
			assert_ok!(Identity::register_participant(
				signed(Alice),
				ParticipantKind::Organisation,
				keys_with(vec![KeyWithProof { key: own(Alice), proof: None }]),
				endpoints(&[])
			));
			register(Bob, 2);
			assert_ok!(Identity::add_key(signed(Bob), account(Bob), own(Bob), None));
			// A controller's transaction proves only the controller's key.
			assert_ok!(Identity::set_controller(signed(Bob), account(Bob), account(Charlie)));
			assert_noop!(
				Identity::add_key(signed(Charlie), account(Bob), own(Dave), None),
				Error::<Test>::MissingKeyProof
			);
			assert_ok!(Identity::rotate_key(
				signed(Charlie),
				account(Bob),
				own(Bob).key,
				own(Charlie).key,
				None
			));
			assert_eq!(KeyOwners::<Test>::get(own(Charlie).key), Some(account(Bob)));
		});
	}

	#[test]
	fn proofs_verify_in_each_scheme_and_never_across_schemes() {
		build_and_execute(|| {
			register(Alice, 1);
			let ecdsa = ecdsa_key(Alice, 7);
			assert_ok!(Identity::add_key(signed(Alice), account(Alice), ecdsa.key, ecdsa.proof));
			let ed = sp_core::ed25519::Pair::from_seed(&[8; 32]);
			let ed_key = PublicKey::Ed25519(ed.public().0);
			let ed_proof = ed.sign(&Identity::key_proof_payload(&account(Alice), &ed_key)).0;
			let ed_key = VerificationKey { key: ed_key, purposes: ALL_PURPOSES };
			// An sr25519 signature for an ed25519 key: refused.
			assert_noop!(
				Identity::add_key(signed(Alice), account(Alice), ed_key, key_proof(Alice, 1)),
				Error::<Test>::InvalidKeyProof
			);
			assert_ok!(Identity::add_key(
				signed(Alice),
				account(Alice),
				ed_key,
				Some(KeySignature::Ed25519(ed_proof))
			));
			assert_eq!(document(Alice).keys.len(), 3);
		});
	}
}

mod devices {
	use super::*;

	#[test]
	fn a_device_registers_with_its_own_consent_and_its_owner_is_known() {
		build_and_execute(|| {
			register(Alice, 1);
			register_device(Alice, One);

			assert_eq!(
				<Identity as DeviceRegistry<AccountId>>::owner_of(&account(One)),
				Some(account(Alice))
			);
			assert_eq!(held(HoldReason::DeviceDeposit, Alice), DEVICE_DEPOSIT);
			assert_eq!(DeviceCount::<Test>::get(account(Alice)), 1);
			let listed: Vec<_> =
				Identity::devices_of(&account(Alice)).into_iter().map(|d| d.account).collect();
			assert_eq!(listed, vec![account(One)]);
			assert_eq!(
				last_event(),
				Event::DeviceRegistered {
					device: account(One),
					owner: account(Alice),
					kind: DeviceKind::SmartMeter
				}
			);
		});
	}

	#[test]
	fn device_registration_rejects_bad_input() {
		build_and_execute(|| {
			register(Alice, 1);
			register(Bob, 2);
			// Signed by another key than the device's.
			assert_noop!(
				Identity::register_device(
					signed(Alice),
					account(One),
					DeviceKind::SmartMeter,
					H256::zero(),
					proof(Two, Alice)
				),
				Error::<Test>::InvalidDeviceProof
			);
			// The device agreed to another owner.
			assert_noop!(
				Identity::register_device(
					signed(Alice),
					account(One),
					DeviceKind::SmartMeter,
					H256::zero(),
					proof(One, Bob)
				),
				Error::<Test>::InvalidDeviceProof
			);
			assert_noop!(
				Identity::register_device(
					signed(Charlie),
					account(One),
					DeviceKind::SmartMeter,
					H256::zero(),
					proof(One, Charlie)
				),
				Error::<Test>::UnknownParticipant
			);
			assert_noop!(
				Identity::register_device(
					signed(Alice),
					account(Bob),
					DeviceKind::SmartMeter,
					H256::zero(),
					proof(Bob, Alice)
				),
				Error::<Test>::AccountIsParticipant
			);
			register_device(Alice, One);
			assert_noop!(
				Identity::register_device(
					signed(Bob),
					account(One),
					DeviceKind::SmartMeter,
					H256::zero(),
					proof(One, Bob)
				),
				Error::<Test>::DeviceAlreadyRegistered
			);
			register_device(Alice, Two);
			assert_noop!(
				Identity::register_device(
					signed(Alice),
					account(Ferdie),
					DeviceKind::SmartMeter,
					H256::zero(),
					proof(Ferdie, Alice)
				),
				Error::<Test>::TooManyDevices
			);
		});
	}

	#[test]
	fn a_deactivated_participant_cannot_register_devices() {
		build_and_execute(|| {
			register(Alice, 1);
			assert_ok!(Identity::deactivate_participant(signed(Alice), account(Alice)));
			assert_noop!(
				Identity::register_device(
					signed(Alice),
					account(One),
					DeviceKind::SmallCell,
					H256::zero(),
					proof(One, Alice)
				),
				Error::<Test>::ParticipantDeactivated
			);
		});
	}

	#[test]
	fn a_transferred_device_changes_owner_and_the_deposit_returns_to_its_payer() {
		build_and_execute(|| {
			register(Alice, 1);
			register(Bob, 2);
			register_device(Alice, One);

			assert_ok!(Identity::transfer_device(signed(Alice), account(One), account(Bob)));
			assert_eq!(
				<Identity as DeviceRegistry<AccountId>>::owner_of(&account(One)),
				Some(account(Bob))
			);
			assert_eq!(DeviceCount::<Test>::get(account(Alice)), 0);
			assert!(!DeviceCount::<Test>::contains_key(account(Alice)));
			assert_eq!(DeviceCount::<Test>::get(account(Bob)), 1);
			assert_eq!(
				last_event(),
				Event::DeviceTransferred {
					device: account(One),
					from: account(Alice),
					to: account(Bob)
				}
			);
			// Alice may now leave; the deposit she paid stays held until the
			// device goes.
			assert_ok!(Identity::deactivate_participant(signed(Alice), account(Alice)));
			assert_eq!(held(HoldReason::DeviceDeposit, Alice), DEVICE_DEPOSIT);

			assert_ok!(Identity::deactivate_device(signed(Bob), account(One)));
			assert_eq!(held(HoldReason::DeviceDeposit, Alice), 0);
			assert_eq!(Balances::free_balance(account(Alice)), ENDOWMENT);
			assert_eq!(<Identity as DeviceRegistry<AccountId>>::owner_of(&account(One)), None);
			assert!(Identity::devices_of(&account(Bob)).is_empty());
			assert_eq!(
				last_event(),
				Event::DeviceDeactivated { device: account(One), owner: account(Bob) }
			);
			// The device can be registered again.
			register_device(Bob, One);
		});
	}

	/// Alice registered meter One with its consent, transferred it to Bob,
	/// and Bob took it out of service; Alice must not get it back by
	/// replaying the old consent.
	#[test]
	fn a_used_device_proof_never_registers_the_device_again() {
		build_and_execute(|| {
			register(Alice, 1);
			register(Bob, 2);
			let old_proof = proof(One, Alice);
			register_device(Alice, One);
			assert_eq!(DeviceRegistrations::<Test>::get(account(One)), 1);
			assert_ok!(Identity::transfer_device(signed(Alice), account(One), account(Bob)));
			assert_ok!(Identity::deactivate_device(signed(Bob), account(One)));

			assert_noop!(
				register_device_with(Alice, One, old_proof),
				Error::<Test>::InvalidDeviceProof
			);
			// A new consent (for registration number 1) works.
			register_device(Alice, One);
			assert_eq!(DeviceRegistrations::<Test>::get(account(One)), 2);
		});
	}

	#[test]
	fn registrations_of_a_device_never_wrap() {
		build_and_execute(|| {
			register(Alice, 1);
			DeviceRegistrations::<Test>::insert(account(One), u32::MAX);
			assert_noop!(
				register_device_with(Alice, One, proof(One, Alice)),
				Error::<Test>::RegistrationsExhausted
			);
		});
	}

	#[test]
	fn device_transfer_and_deactivation_reject_bad_input() {
		build_and_execute(|| {
			register(Alice, 1);
			register(Bob, 2);
			register_device(Alice, One);
			assert_noop!(
				Identity::transfer_device(signed(Alice), account(Two), account(Bob)),
				Error::<Test>::UnknownDevice
			);
			assert_noop!(
				Identity::transfer_device(signed(Bob), account(One), account(Bob)),
				Error::<Test>::NotDeviceOwner
			);
			assert_noop!(
				Identity::transfer_device(signed(Alice), account(One), account(Alice)),
				Error::<Test>::AlreadyOwner
			);
			assert_noop!(
				Identity::transfer_device(signed(Alice), account(One), account(Charlie)),
				Error::<Test>::UnknownParticipant
			);
			register_device(Bob, Two);
			register_device(Bob, Ferdie);
			assert_noop!(
				Identity::transfer_device(signed(Alice), account(One), account(Bob)),
				Error::<Test>::TooManyDevices
			);
			assert_noop!(
				Identity::deactivate_device(signed(Bob), account(One)),
				Error::<Test>::NotDeviceOwner
			);
			assert_noop!(
				Identity::deactivate_device(signed(Bob), account(Eve)),
				Error::<Test>::UnknownDevice
			);
		});
	}
}

mod credentials {
	use super::*;

	#[test]
	fn governance_accredits_and_withdraws_issuers() {
		build_and_execute(|| {
			register(Alice, 1);
			assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::Regulator));
			assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::Consumer));
			assert_eq!(
				last_event(),
				Event::IssuerAccredited { issuer: account(Alice), role: Role::Consumer }
			);
			// Kept sorted.
			assert_eq!(
				Identity::issuer_roles(&account(Alice)),
				vec![Role::Consumer, Role::Regulator]
			);

			assert_ok!(Identity::withdraw_accreditation(root(), account(Alice), Role::Consumer));
			assert_eq!(
				last_event(),
				Event::AccreditationWithdrawn { issuer: account(Alice), role: Role::Consumer }
			);
			assert_ok!(Identity::withdraw_accreditation(root(), account(Alice), Role::Regulator));
			assert!(!Issuers::<Test>::contains_key(account(Alice)));
		});
	}

	#[test]
	fn accreditation_rejects_bad_input() {
		build_and_execute(|| {
			register(Alice, 1);
			assert_noop!(
				Identity::accredit_issuer(signed(Alice), account(Alice), Role::Regulator),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Identity::accredit_issuer(root(), account(Bob), Role::Regulator),
				Error::<Test>::UnknownParticipant
			);
			assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::Regulator));
			assert_noop!(
				Identity::accredit_issuer(root(), account(Alice), Role::Regulator),
				Error::<Test>::AlreadyAccredited
			);
			assert_noop!(
				Identity::withdraw_accreditation(signed(Alice), account(Alice), Role::Regulator),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Identity::withdraw_accreditation(root(), account(Alice), Role::Consumer),
				Error::<Test>::NotAccreditedForRole
			);
			assert_noop!(
				Identity::withdraw_accreditation(root(), account(Bob), Role::Consumer),
				Error::<Test>::NotAnIssuer
			);
		});
	}

	#[test]
	fn an_issued_credential_gives_the_role_with_the_issuers_deposit() {
		build_and_execute(|| {
			issuer_and_subject();
			assert!(!has_role(Bob, Role::SmallCellProvider));
			let until = Now::get() + 10_000;
			issue(Alice, Bob, Role::SmallCellProvider, Some(until));

			assert!(has_role(Bob, Role::SmallCellProvider));
			assert!(!has_role(Bob, Role::NetworkOperator));
			assert_eq!(Identity::roles_of(&account(Bob)), vec![Role::SmallCellProvider]);
			assert_eq!(held(HoldReason::CredentialDeposit, Alice), CREDENTIAL_DEPOSIT);
			assert_eq!(
				last_event(),
				Event::CredentialIssued {
					subject: account(Bob),
					role: Role::SmallCellProvider,
					issuer: account(Alice),
					claim_hash: H256::repeat_byte(9),
					valid_from: Now::get(),
					valid_until: Some(until),
				}
			);
			let listed = Identity::credentials_of(&account(Bob));
			assert_eq!(listed.len(), 1);
			assert!(listed[0].counts);
		});
	}

	#[test]
	fn a_credential_counts_only_inside_its_window() {
		build_and_execute(|| {
			issuer_and_subject();
			let start = Now::get() + 100;
			assert_ok!(Identity::issue_credential(
				signed(Alice),
				account(Bob),
				Role::SmallCellProvider,
				H256::zero(),
				start,
				Some(start + 100),
			));
			assert!(!has_role(Bob, Role::SmallCellProvider));
			Now::set(start);
			assert!(has_role(Bob, Role::SmallCellProvider));
			Now::set(start + 99);
			assert!(has_role(Bob, Role::SmallCellProvider));
			// Expired: no sweep needed.
			Now::set(start + 100);
			assert!(!has_role(Bob, Role::SmallCellProvider));
			assert!(Identity::roles_of(&account(Bob)).is_empty());
			assert!(!Identity::credentials_of(&account(Bob))[0].counts);
		});
	}

	#[test]
	fn revocation_by_the_issuer_or_governance_stops_a_credential_at_once() {
		build_and_execute(|| {
			issuer_and_subject();
			register(Charlie, 3);
			issue(Alice, Bob, Role::SmallCellProvider, None);
			issue(Alice, Charlie, Role::SmallCellProvider, None);

			assert_ok!(Identity::revoke_credential(
				signed(Alice),
				account(Bob),
				Role::SmallCellProvider
			));
			assert!(!has_role(Bob, Role::SmallCellProvider));
			assert_eq!(
				last_event(),
				Event::CredentialRevoked {
					subject: account(Bob),
					role: Role::SmallCellProvider,
					by_governance: false
				}
			);

			assert_ok!(Identity::revoke_credential(
				root(),
				account(Charlie),
				Role::SmallCellProvider
			));
			assert!(!has_role(Charlie, Role::SmallCellProvider));
			assert_eq!(
				last_event(),
				Event::CredentialRevoked {
					subject: account(Charlie),
					role: Role::SmallCellProvider,
					by_governance: true
				}
			);
		});
	}

	#[test]
	fn withdrawing_accreditation_stops_the_issuers_credentials_for_that_role() {
		build_and_execute(|| {
			issuer_and_subject();
			assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::Consumer));
			issue(Alice, Bob, Role::SmallCellProvider, None);
			issue(Alice, Bob, Role::Consumer, None);

			assert_ok!(Identity::withdraw_accreditation(
				root(),
				account(Alice),
				Role::SmallCellProvider
			));
			assert!(!has_role(Bob, Role::SmallCellProvider));
			assert!(has_role(Bob, Role::Consumer));
			// Accredited again, its credentials count again.
			assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::SmallCellProvider));
			assert!(has_role(Bob, Role::SmallCellProvider));
		});
	}

	/// The issuer lost its accreditation: its credential counts for
	/// nothing, so it must not keep the subject from a new issuer's
	/// credential, and anyone may purge it.
	#[test]
	fn a_credential_whose_issuer_lost_accreditation_is_replaced_or_purged() {
		build_and_execute(|| {
			issuer_and_subject();
			register(Charlie, 3);
			assert_ok!(Identity::accredit_issuer(
				root(),
				account(Charlie),
				Role::SmallCellProvider
			));
			issue(Alice, Bob, Role::SmallCellProvider, None);
			assert_noop!(
				Identity::issue_credential(
					signed(Charlie),
					account(Bob),
					Role::SmallCellProvider,
					H256::repeat_byte(9),
					Now::get(),
					None,
				),
				Error::<Test>::CredentialExists
			);
			assert_ok!(Identity::withdraw_accreditation(
				root(),
				account(Alice),
				Role::SmallCellProvider
			));
			// Another issuer replaces it; Alice's deposit comes back.
			issue(Charlie, Bob, Role::SmallCellProvider, None);
			assert_eq!(held(HoldReason::CredentialDeposit, Alice), 0);
			assert!(has_role(Bob, Role::SmallCellProvider));

			// Or nobody replaces it, and anyone purges it.
			register(Dave, 4);
			assert_ok!(Identity::accredit_issuer(root(), account(Alice), Role::Consumer));
			issue(Alice, Dave, Role::Consumer, None);
			assert_ok!(Identity::withdraw_accreditation(root(), account(Alice), Role::Consumer));
			assert_ok!(Identity::purge_credential(signed(Eve), account(Dave), Role::Consumer));
			assert_eq!(held(HoldReason::CredentialDeposit, Alice), 0);
		});
	}

	#[test]
	fn a_deactivated_subject_holds_no_role() {
		build_and_execute(|| {
			issuer_and_subject();
			issue(Alice, Bob, Role::SmallCellProvider, None);
			assert_ok!(Identity::deactivate_participant(signed(Bob), account(Bob)));
			assert!(!has_role(Bob, Role::SmallCellProvider));
		});
	}

	#[test]
	fn issuers_renew_their_own_credentials_and_replace_dead_ones() {
		build_and_execute(|| {
			issuer_and_subject();
			register(Charlie, 3);
			assert_ok!(Identity::accredit_issuer(
				root(),
				account(Charlie),
				Role::SmallCellProvider
			));
			issue(Alice, Bob, Role::SmallCellProvider, Some(Now::get() + 10));

			// Alice renews: one record, one deposit.
			issue(Alice, Bob, Role::SmallCellProvider, Some(Now::get() + 1_000));
			assert_eq!(held(HoldReason::CredentialDeposit, Alice), CREDENTIAL_DEPOSIT);
			assert_eq!(
				Credentials::<Test>::get(account(Bob), Role::SmallCellProvider)
					.unwrap()
					.valid_until,
				Some(Now::get() + 1_000)
			);
			// Charlie may not replace Alice's live credential...
			assert_noop!(
				Identity::issue_credential(
					signed(Charlie),
					account(Bob),
					Role::SmallCellProvider,
					H256::zero(),
					Now::get(),
					None
				),
				Error::<Test>::CredentialExists
			);
			// ...but may once it expired; Alice's deposit comes back.
			Now::set(Now::get() + 1_000);
			issue(Charlie, Bob, Role::SmallCellProvider, None);
			assert_eq!(held(HoldReason::CredentialDeposit, Alice), 0);
			assert_eq!(held(HoldReason::CredentialDeposit, Charlie), CREDENTIAL_DEPOSIT);
			assert!(has_role(Bob, Role::SmallCellProvider));
		});
	}

	#[test]
	fn issuing_rejects_bad_input() {
		build_and_execute(|| {
			issuer_and_subject();
			let now = Now::get();
			let issue_as = |issuer, subject, role, from, until| {
				Identity::issue_credential(
					signed(issuer),
					account(subject),
					role,
					H256::zero(),
					from,
					until,
				)
			};
			assert_noop!(
				issue_as(Bob, Alice, Role::SmallCellProvider, now, None),
				Error::<Test>::NotAnIssuer
			);
			assert_noop!(
				issue_as(Alice, Bob, Role::NetworkOperator, now, None),
				Error::<Test>::NotAccreditedForRole
			);
			assert_noop!(
				issue_as(Alice, Alice, Role::SmallCellProvider, now, None),
				Error::<Test>::SelfIssuance
			);
			assert_noop!(
				issue_as(Alice, Charlie, Role::SmallCellProvider, now, None),
				Error::<Test>::UnknownParticipant
			);
			assert_noop!(
				issue_as(Alice, Bob, Role::SmallCellProvider, now, Some(now)),
				Error::<Test>::EmptyValidityWindow
			);
			assert_noop!(
				issue_as(Alice, Bob, Role::SmallCellProvider, now - 100, Some(now - 1)),
				Error::<Test>::ValidityEnded
			);
			register(Charlie, 3);
			assert_ok!(Identity::deactivate_participant(signed(Charlie), account(Charlie)));
			assert_noop!(
				issue_as(Alice, Charlie, Role::SmallCellProvider, now, None),
				Error::<Test>::ParticipantDeactivated
			);
			assert_ok!(Identity::deactivate_participant(signed(Alice), account(Alice)));
			assert_noop!(
				issue_as(Alice, Bob, Role::SmallCellProvider, now, None),
				Error::<Test>::IssuerDeactivated
			);
		});
	}

	#[test]
	fn an_issuer_without_funds_cannot_issue() {
		build_and_execute(|| {
			issuer_and_subject();
			let free = Balances::free_balance(account(Alice));
			assert_ok!(Balances::transfer_allow_death(signed(Alice), account(Eve), free - 1));
			assert_noop!(
				Identity::issue_credential(
					signed(Alice),
					account(Bob),
					Role::SmallCellProvider,
					H256::zero(),
					Now::get(),
					None
				),
				Error::<Test>::InsufficientBalance
			);
		});
	}

	#[test]
	fn revocation_rejects_bad_input() {
		build_and_execute(|| {
			issuer_and_subject();
			assert_noop!(
				Identity::revoke_credential(signed(Alice), account(Bob), Role::SmallCellProvider),
				Error::<Test>::UnknownCredential
			);
			issue(Alice, Bob, Role::SmallCellProvider, None);
			assert_noop!(
				Identity::revoke_credential(signed(Bob), account(Bob), Role::SmallCellProvider),
				Error::<Test>::NotIssuer
			);
			assert_ok!(Identity::revoke_credential(
				signed(Alice),
				account(Bob),
				Role::SmallCellProvider
			));
			assert_noop!(
				Identity::revoke_credential(signed(Alice), account(Bob), Role::SmallCellProvider),
				Error::<Test>::AlreadyRevoked
			);
			assert_noop!(
				Identity::revoke_credential(root(), account(Bob), Role::SmallCellProvider),
				Error::<Test>::AlreadyRevoked
			);
		});
	}

	#[test]
	fn dead_credentials_are_purged_by_anyone_and_the_deposit_returns() {
		build_and_execute(|| {
			issuer_and_subject();
			issue(Alice, Bob, Role::SmallCellProvider, None);
			assert_noop!(
				Identity::purge_credential(signed(Dave), account(Bob), Role::SmallCellProvider),
				Error::<Test>::CredentialLive
			);
			assert_noop!(
				Identity::purge_credential(signed(Dave), account(Bob), Role::Consumer),
				Error::<Test>::UnknownCredential
			);
			assert_ok!(Identity::revoke_credential(root(), account(Bob), Role::SmallCellProvider));
			assert_ok!(Identity::purge_credential(
				signed(Dave),
				account(Bob),
				Role::SmallCellProvider
			));
			assert_eq!(held(HoldReason::CredentialDeposit, Alice), 0);
			assert!(Identity::credentials_of(&account(Bob)).is_empty());
			assert_eq!(
				last_event(),
				Event::CredentialPurged { subject: account(Bob), role: Role::SmallCellProvider }
			);
		});
	}

	frame_support::parameter_types! {
		pub const SmallCellProviderRole: Role = Role::SmallCellProvider;
	}
	type EnsureSmallCellProvider =
		tsm_primitives::EnsureRole<Identity, SmallCellProviderRole, AccountId>;

	#[test]
	fn ensure_role_passes_only_current_role_holders() {
		build_and_execute(|| {
			issuer_and_subject();
			assert!(EnsureSmallCellProvider::try_origin(signed(Bob)).is_err());
			issue(Alice, Bob, Role::SmallCellProvider, None);
			assert_eq!(EnsureSmallCellProvider::try_origin(signed(Bob)).ok(), Some(account(Bob)));
			assert!(EnsureSmallCellProvider::try_origin(signed(Alice)).is_err());
			assert!(EnsureSmallCellProvider::try_origin(root()).is_err());
			assert_ok!(Identity::revoke_credential(
				signed(Alice),
				account(Bob),
				Role::SmallCellProvider
			));
			assert!(EnsureSmallCellProvider::try_origin(signed(Bob)).is_err());
		});
	}

	#[cfg(feature = "runtime-benchmarks")]
	#[test]
	fn ensure_role_makes_a_successful_origin_for_benchmarks() {
		build_and_execute(|| {
			let origin: RuntimeOrigin =
				EnsureSmallCellProvider::try_successful_origin().expect("the pallet grants roles");
			assert!(EnsureSmallCellProvider::try_origin(origin).is_ok());
		});
	}
}

/// Participants and devices are never the same account, and a document's
/// encoding stays within its `MaxEncodedLen` (used for proof sizes).
#[test]
fn a_full_document_fits_its_max_encoded_len() {
	use codec::MaxEncodedLen;
	build_and_execute(|| {
		let long = "x".repeat(64);
		assert_ok!(Identity::register_participant(
			signed(Alice),
			ParticipantKind::Organisation,
			keys_with(vec![
				ecdsa_key(Alice, 9),
				KeyWithProof { key: key(2), proof: key_proof(Alice, 2) },
				KeyWithProof { key: key(3), proof: key_proof(Alice, 3) },
			]),
			endpoints(&[endpoint("0123456789abcdef", &long), endpoint("fedcba9876543210", &long)]),
		));
		assert!(document(Alice).encoded_size() <= ParticipantOf::<Test>::max_encoded_len());
	});
}

#[test]
fn genesis_registers_organisations_and_accredits_issuers() {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(account(Alice), ENDOWMENT), (account(Bob), ENDOWMENT)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> {
		organisations: vec![account(Alice), account(Bob)],
		issuers: vec![(account(Alice), vec![Role::Regulator, Role::Consumer])],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert!(Identity::is_active_participant(&account(Bob)));
		assert_eq!(document(Bob).kind, ParticipantKind::Organisation);
		assert_eq!(
			held(HoldReason::ParticipantDeposit, Bob),
			Identity::document_deposit(&document(Bob))
		);
		assert_eq!(Identity::issuer_roles(&account(Alice)), vec![Role::Consumer, Role::Regulator]);
		assert!(Identity::issuer_roles(&account(Bob)).is_empty());
		Identity::do_try_state().expect("invariants hold at genesis");
	});
}

#[test]
#[should_panic(expected = "genesis issuers are genesis organisations")]
fn a_genesis_issuer_must_be_an_organisation() {
	use sp_runtime::BuildStorage;
	let _ = crate::GenesisConfig::<Test> {
		organisations: vec![],
		issuers: vec![(account(Alice), vec![Role::Regulator])],
	}
	.build_storage();
}

/// Issue 11, item 13: `try_state` reads the records, so a hold left on an
/// account without any record (here a participant deposit of a stranger)
/// went unnoticed; the holds check catches it.
#[test]
fn a_hold_without_records_is_caught() {
	new_test_ext().execute_with(|| {
		crate::mock::holds_match_records().expect("nothing held yet");
		let stranger = account(Sr25519Keyring::Eve);
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::hold(
			&HoldReason::ParticipantDeposit.into(),
			&stranger,
			5
		));
		assert!(TsmIdentity::do_try_state().is_ok(), "try_state alone misses it");
		assert_eq!(crate::mock::holds_match_records(), Err("a hold differs from its records"));
	});
}
