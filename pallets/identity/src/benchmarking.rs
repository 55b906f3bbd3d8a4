//! Benchmarks of every call, each in its worst case: documents at their
//! bounds, credentials replacing others, accreditations listing every role.

use super::*;
use crate::Pallet as TsmIdentity;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{Bounded, IdentifyAccount};

/// An account with plenty of funds.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4u32.into());
	who
}

/// Where the benchmarks keep the keys they make.
const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"tsmk");

/// A new ecdsa key (the scheme with the longest key and the costliest
/// check), with its proof that it agrees to be listed in `subject`'s
/// document.
fn key_for<T: Config>(subject: &T::AccountId) -> KeyWithProof {
	let public = sp_io::crypto::ecdsa_generate(KEY_TYPE, None);
	let key = PublicKey::Ecdsa(public.0);
	let payload = TsmIdentity::<T>::key_proof_payload(subject, &key);
	let signature =
		sp_io::crypto::ecdsa_sign(KEY_TYPE, &public, &payload).expect("the key is in the keystore");
	KeyWithProof {
		key: VerificationKey {
			key,
			purposes: KeyPurposes { authentication: true, assertion: true, key_agreement: true },
		},
		proof: Some(KeySignature::Ecdsa(signature.0)),
	}
}

/// The keys `who`'s document lists.
fn keys_of<T: Config>(who: &T::AccountId) -> alloc::vec::Vec<PublicKey> {
	Participants::<T>::get(who).map(|p| p.keys.iter().map(|k| k.key).collect()).unwrap_or_default()
}

/// An endpoint with the longest id, type and URL.
fn endpoint<T: Config>(index: u32) -> ServiceEndpointOf<T> {
	let mut id = alloc::vec![b'e'; T::MaxEndpointIdLength::get() as usize];
	id[..4].copy_from_slice(&index.to_le_bytes());
	ServiceEndpoint {
		id: BoundedVec::truncate_from(id),
		service_type: BoundedVec::truncate_from(alloc::vec![
			b't';
			T::MaxEndpointIdLength::get() as usize
		]),
		url: BoundedVec::truncate_from(alloc::vec![b'u'; T::MaxUrlLength::get() as usize]),
	}
}

/// Registers `who` with `keys` keys and `endpoints` endpoints.
fn register<T: Config>(who: &T::AccountId, keys: u32, endpoints: u32) {
	TsmIdentity::<T>::do_register_participant(
		who.clone(),
		ParticipantKind::Organisation,
		BoundedVec::truncate_from((0..keys).map(|_| key_for::<T>(who)).collect()),
		BoundedVec::truncate_from((0..endpoints).map(endpoint::<T>).collect()),
	)
	.expect("a funded new account registers");
}

/// A full document: `MaxKeys` keys and `MaxEndpoints` endpoints.
fn full_participant<T: Config>(name: &'static str) -> T::AccountId {
	let who = funded::<T>(name, 0);
	register::<T>(&who, T::MaxKeys::get(), T::MaxEndpoints::get());
	who
}

/// Registers a device of `owner`, with a proof signed by a fresh key.
fn device_of<T: Config>(owner: &T::AccountId) -> T::AccountId {
	let (device, proof) = device_with_proof::<T>(owner);
	TsmIdentity::<T>::do_register_device(
		owner.clone(),
		device.clone(),
		DeviceKind::SmartMeter,
		H256::repeat_byte(1),
		proof,
	)
	.expect("an active participant registers a device");
	device
}

/// A fresh device account and its proof that it agrees to be `owner`'s.
fn device_with_proof<T: Config>(owner: &T::AccountId) -> (T::AccountId, T::DeviceSignature) {
	let signer = T::BenchmarkHelper::create_key();
	let device = signer.clone().into_account();
	let payload = TsmIdentity::<T>::device_proof_payload(owner, &device);
	(device, T::BenchmarkHelper::sign(&signer, &payload))
}

/// The governance origin.
fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An issuer accredited for every role.
fn issuer<T: Config>(name: &'static str) -> T::AccountId {
	let issuer = full_participant::<T>(name);
	for role in Role::ALL {
		TsmIdentity::<T>::do_accredit_issuer(issuer.clone(), role).expect("a participant");
	}
	issuer
}

/// `issuer` credentials `subject` for `role`, without expiry.
fn issue<T: Config>(issuer: &T::AccountId, subject: &T::AccountId, role: Role) {
	TsmIdentity::<T>::do_issue_credential(
		issuer.clone(),
		subject.clone(),
		role,
		H256::zero(),
		0,
		None,
	)
	.expect("an accredited issuer credentials an active participant");
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_participant(
		k: Linear<0, { T::MaxKeys::get() }>,
		e: Linear<0, { T::MaxEndpoints::get() }>,
	) {
		let caller = funded::<T>("caller", 0);
		let keys = BoundedVec::truncate_from((0..k).map(|_| key_for::<T>(&caller)).collect());
		let endpoints = BoundedVec::truncate_from((0..e).map(endpoint::<T>).collect());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), ParticipantKind::Organisation, keys, endpoints);

		assert!(TsmIdentity::<T>::is_active_participant(&caller));
	}

	#[benchmark]
	fn add_key() {
		let who = funded::<T>("who", 0);
		register::<T>(&who, T::MaxKeys::get() - 1, T::MaxEndpoints::get());
		let new = key_for::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), new.key, new.proof);

		assert_eq!(KeyOwners::<T>::get(new.key.key), Some(who));
	}

	#[benchmark]
	fn remove_key() {
		let who = full_participant::<T>("who");
		let removed = keys_of::<T>(&who)[0];

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), removed);

		assert!(!KeyOwners::<T>::contains_key(removed));
	}

	#[benchmark]
	fn rotate_key() {
		let who = full_participant::<T>("who");
		let old = keys_of::<T>(&who)[0];
		let new = key_for::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), old, new.key.key, new.proof);

		assert_eq!(KeyOwners::<T>::get(new.key.key), Some(who));
	}

	#[benchmark]
	fn add_endpoint() {
		let who = funded::<T>("who", 0);
		register::<T>(&who, T::MaxKeys::get(), T::MaxEndpoints::get() - 1);
		let added = endpoint::<T>(T::MaxEndpoints::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), added);

		assert_eq!(
			Participants::<T>::get(&who).map(|p| p.endpoints.len() as u32),
			Some(T::MaxEndpoints::get())
		);
	}

	#[benchmark]
	fn remove_endpoint() {
		let who = full_participant::<T>("who");
		let id = endpoint::<T>(0).id;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), id);

		assert_eq!(
			Participants::<T>::get(&who).map(|p| p.endpoints.len() as u32),
			Some(T::MaxEndpoints::get() - 1)
		);
	}

	#[benchmark]
	fn set_controller() {
		let who = full_participant::<T>("who");
		let controller: T::AccountId = account("controller", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), controller.clone());

		assert_eq!(Participants::<T>::get(&who).map(|p| p.controller), Some(controller));
	}

	#[benchmark]
	fn deactivate_participant(k: Linear<0, { T::MaxKeys::get() }>) {
		let who = funded::<T>("who", 0);
		register::<T>(&who, k, T::MaxEndpoints::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone());

		assert!(!TsmIdentity::<T>::is_active_participant(&who));
	}

	#[benchmark]
	fn register_device() {
		let owner = full_participant::<T>("owner");
		for _ in 1..T::MaxDevices::get() {
			device_of::<T>(&owner);
		}
		let (device, proof) = device_with_proof::<T>(&owner);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner.clone()),
			device.clone(),
			DeviceKind::SmartMeter,
			H256::repeat_byte(2),
			proof,
		);

		assert_eq!(Devices::<T>::get(&device).map(|d| d.owner), Some(owner));
	}

	#[benchmark]
	fn transfer_device() {
		let owner = full_participant::<T>("owner");
		let to = full_participant::<T>("to");
		let device = device_of::<T>(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device.clone(), to.clone());

		assert_eq!(Devices::<T>::get(&device).map(|d| d.owner), Some(to));
	}

	#[benchmark]
	fn deactivate_device() {
		let owner = full_participant::<T>("owner");
		let device = device_of::<T>(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device.clone());

		assert!(!Devices::<T>::contains_key(&device));
	}

	#[benchmark]
	fn accredit_issuer() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let issuer = issuer::<T>("issuer");
		// Every role but one, so the new one goes in among the most.
		let role = Role::ALL[Role::ALL.len() / 2];
		TsmIdentity::<T>::do_withdraw_accreditation(issuer.clone(), role)
			.expect("accredited for every role");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone(), role);

		assert_eq!(TsmIdentity::<T>::issuer_roles(&issuer).len(), Role::ALL.len());
		Ok(())
	}

	#[benchmark]
	fn withdraw_accreditation() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let issuer = issuer::<T>("issuer");
		let role = Role::ALL[Role::ALL.len() / 2];

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone(), role);

		assert_eq!(TsmIdentity::<T>::issuer_roles(&issuer).len(), Role::ALL.len() - 1);
		Ok(())
	}

	#[benchmark]
	fn issue_credential() {
		// Worst case: the new credential replaces another issuer's live one,
		// replaceable because that issuer lost its accreditation for the
		// role (one more read than a revoked one); its deposit goes back.
		let previous = issuer::<T>("previous");
		let issuer = issuer::<T>("issuer");
		let subject = full_participant::<T>("subject");
		let role = Role::SmallCellProvider;
		issue::<T>(&previous, &subject, role);
		TsmIdentity::<T>::do_withdraw_accreditation(previous, role).expect("accredited");
		let now = TsmIdentity::<T>::now();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			subject.clone(),
			role,
			H256::repeat_byte(3),
			now,
			Some(now.saturating_add(1_000_000)),
		);

		assert!(TsmIdentity::<T>::credential_counts(&subject, role));
	}

	#[benchmark]
	fn revoke_credential() {
		let issuer = issuer::<T>("issuer");
		let subject = full_participant::<T>("subject");
		let role = Role::NetworkOperator;
		issue::<T>(&issuer, &subject, role);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), subject.clone(), role);

		assert!(!TsmIdentity::<T>::credential_counts(&subject, role));
	}

	#[benchmark]
	fn purge_credential() {
		let issuer = issuer::<T>("issuer");
		let subject = full_participant::<T>("subject");
		let role = Role::NetworkOperator;
		issue::<T>(&issuer, &subject, role);
		// Worst case: live, but its issuer lost the accreditation for the
		// role (one more read than a revoked one).
		TsmIdentity::<T>::do_withdraw_accreditation(issuer, role).expect("accredited");
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), subject.clone(), role);

		assert!(!Credentials::<T>::contains_key(&subject, role));
	}

	impl_benchmark_test_suite!(TsmIdentity, crate::mock::new_test_ext(), crate::mock::Test);
}
