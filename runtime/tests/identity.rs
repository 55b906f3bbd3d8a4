//! The identity service in the real runtime: governance (Root, through sudo
//! on the development chain) accredits an issuer, the issuer credentials a
//! small cell provider, and the role counts until revocation or expiry. The
//! role gates an `EnsureRole` origin as the other services will use it.

mod common;

use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, EnsureOrigin},
};
use pallet_tsm_identity::{HoldReason, ParticipantKind};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::traits::Dispatchable;
use tsm_primitives::{EnsureRole, Role, RoleProvider};
use tsm_runtime::{
	configs::tsm_identity::ParticipantBaseDeposit, genesis_config_presets as presets, AccountId,
	Balances, Runtime, RuntimeCall, RuntimeHoldReason, RuntimeOrigin, System, TsmIdentity,
};

frame_support::parameter_types! {
	pub const SmallCellProviderRole: Role = Role::SmallCellProvider;
}
type EnsureSmallCellProvider = EnsureRole<TsmIdentity, SmallCellProviderRole, AccountId>;

const HOUR_MS: u64 = 3_600_000;

fn now() -> u64 {
	pallet_timestamp::Now::<Runtime>::get()
}

/// Moves the clock as blocks would (without Aura's slot bookkeeping, which
/// `Timestamp::set` would check).
fn set_now(ms: u64) {
	pallet_timestamp::Now::<Runtime>::put(ms);
}

fn signed(who: sp_keyring::Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

fn register(who: sp_keyring::Sr25519Keyring) {
	assert_ok!(TsmIdentity::register_participant(
		signed(who),
		ParticipantKind::Organisation,
		Default::default(),
		Default::default(),
	));
}

/// Governance's way in on the development chain: Alice's sudo key.
fn as_governance(call: pallet_tsm_identity::Call<Runtime>) {
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call.into()) });
	assert_ok!(sudo.dispatch(signed(Alice)));
	System::assert_last_event(pallet_sudo::Event::Sudid { sudo_result: Ok(()) }.into());
}

fn small_cell_provider(who: &AccountId) -> bool {
	<TsmIdentity as RoleProvider<AccountId>>::has_role(who, Role::SmallCellProvider)
}

fn issue_to_bob(until: Option<u64>) {
	assert_ok!(TsmIdentity::issue_credential(
		signed(Charlie),
		Bob.to_account_id(),
		Role::SmallCellProvider,
		H256::repeat_byte(1),
		now(),
		until,
	));
}

#[test]
fn governance_accredits_an_issuer_who_credentials_a_small_cell_provider() {
	common::genesis_state(presets::DEVELOPMENT).execute_with(|| {
		System::set_block_number(1);
		set_now(1_700_000_000_000);
		let bob = Bob.to_account_id();
		let charlie = Charlie.to_account_id();
		register(Bob);
		register(Charlie);
		// The deposit is a real hold on the settlement token.
		let reason: RuntimeHoldReason = HoldReason::ParticipantDeposit.into();
		assert!(Balances::balance_on_hold(&reason, &bob) >= ParticipantBaseDeposit::get());

		// Only governance accredits.
		assert_noop!(
			TsmIdentity::accredit_issuer(signed(Charlie), charlie.clone(), Role::SmallCellProvider),
			sp_runtime::DispatchError::BadOrigin
		);
		as_governance(pallet_tsm_identity::Call::accredit_issuer {
			issuer: charlie.clone(),
			role: Role::SmallCellProvider,
		});

		// Credentialed: the role counts and opens a role-gated origin.
		assert!(!small_cell_provider(&bob));
		assert!(EnsureSmallCellProvider::try_origin(signed(Bob)).is_err());
		issue_to_bob(None);
		assert!(small_cell_provider(&bob));
		assert_eq!(EnsureSmallCellProvider::try_origin(signed(Bob)).ok(), Some(bob.clone()));

		// Revoked by the issuer: no longer.
		assert_ok!(TsmIdentity::revoke_credential(
			signed(Charlie),
			bob.clone(),
			Role::SmallCellProvider
		));
		assert!(!small_cell_provider(&bob));
		assert!(EnsureSmallCellProvider::try_origin(signed(Bob)).is_err());

		// Re-issued for an hour: counts, then stops when the hour is over,
		// with nothing swept from storage.
		issue_to_bob(Some(now() + HOUR_MS));
		assert!(small_cell_provider(&bob));
		System::set_block_number(2);
		set_now(now() + HOUR_MS);
		assert!(!small_cell_provider(&bob));
		assert_eq!(TsmIdentity::roles_of(&bob), vec![]);
		assert_eq!(TsmIdentity::credentials_of(&bob).len(), 1);

		// Governance withdraws the accreditation; the issuer cannot issue again.
		as_governance(pallet_tsm_identity::Call::withdraw_accreditation {
			issuer: charlie,
			role: Role::SmallCellProvider,
		});
		assert_noop!(
			TsmIdentity::issue_credential(
				signed(Charlie),
				bob,
				Role::SmallCellProvider,
				H256::zero(),
				now(),
				None
			),
			pallet_tsm_identity::Error::<Runtime>::NotAnIssuer
		);
		common::assert_holds_match_records();
	});
}
