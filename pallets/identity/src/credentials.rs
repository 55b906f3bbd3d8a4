//! Role credentials: governance accredits issuers, issuers credential
//! participants, and a credential counts only while it is valid.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_core::H256;
use tsm_primitives::Moment;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_accredit_issuer(issuer: T::AccountId, role: Role) -> DispatchResult {
		Self::active_participant(&issuer)?;
		let mut accreditation =
			Issuers::<T>::get(&issuer).unwrap_or(AccreditationOf { roles: Default::default() });
		let index = match accreditation.roles.binary_search(&role) {
			Ok(_) => return Err(Error::<T>::AlreadyAccredited.into()),
			Err(index) => index,
		};
		// Cannot fail: `MaxRoles` is the number of roles and `role` is new.
		accreditation.roles.try_insert(index, role).map_err(|_| Error::<T>::AlreadyAccredited)?;

		Issuers::<T>::insert(&issuer, accreditation);
		Self::deposit_event(Event::IssuerAccredited { issuer, role });
		Ok(())
	}

	pub(crate) fn do_withdraw_accreditation(issuer: T::AccountId, role: Role) -> DispatchResult {
		let mut accreditation = Issuers::<T>::get(&issuer).ok_or(Error::<T>::NotAnIssuer)?;
		let index = accreditation
			.roles
			.binary_search(&role)
			.map_err(|_| Error::<T>::NotAccreditedForRole)?;
		accreditation.roles.remove(index);

		if accreditation.roles.is_empty() {
			Issuers::<T>::remove(&issuer);
		} else {
			Issuers::<T>::insert(&issuer, accreditation);
		}
		Self::deposit_event(Event::AccreditationWithdrawn { issuer, role });
		Ok(())
	}

	pub(crate) fn do_issue_credential(
		issuer: T::AccountId,
		subject: T::AccountId,
		role: Role,
		claim_hash: H256,
		valid_from: Moment,
		valid_until: Option<Moment>,
	) -> DispatchResult {
		Self::ensure_accredited(&issuer, role)?;
		ensure!(Self::is_active_participant(&issuer), Error::<T>::IssuerDeactivated);
		ensure!(issuer != subject, Error::<T>::SelfIssuance);
		Self::active_participant(&subject)?;
		if let Some(until) = valid_until {
			ensure!(valid_from < until, Error::<T>::EmptyValidityWindow);
			ensure!(Self::now() < until, Error::<T>::ValidityEnded);
		}
		let now = Self::now();
		let replaced = Credentials::<T>::get(&subject, role);
		if let Some(existing) = &replaced {
			ensure!(
				existing.issuer == issuer || Self::is_replaceable(role, existing, now),
				Error::<T>::CredentialExists
			);
		}

		let deposit = T::CredentialDeposit::get();
		if let Some(existing) = replaced {
			Self::release(HoldReason::CredentialDeposit, &existing.issuer, existing.deposit);
		}
		Self::hold(HoldReason::CredentialDeposit, &issuer, deposit)?;
		Credentials::<T>::insert(
			&subject,
			role,
			CredentialOf::<T> {
				issuer: issuer.clone(),
				claim_hash,
				valid_from,
				valid_until,
				revoked_at: None,
				deposit,
			},
		);
		Self::deposit_event(Event::CredentialIssued {
			subject,
			role,
			issuer,
			claim_hash,
			valid_from,
			valid_until,
		});
		Ok(())
	}

	/// `revoker` is `None` for governance.
	pub(crate) fn do_revoke_credential(
		revoker: Option<T::AccountId>,
		subject: T::AccountId,
		role: Role,
	) -> DispatchResult {
		let mut credential =
			Credentials::<T>::get(&subject, role).ok_or(Error::<T>::UnknownCredential)?;
		if let Some(revoker) = &revoker {
			ensure!(&credential.issuer == revoker, Error::<T>::NotIssuer);
		}
		ensure!(credential.revoked_at.is_none(), Error::<T>::AlreadyRevoked);
		credential.revoked_at = Some(Self::now_block());

		Credentials::<T>::insert(&subject, role, credential);
		Self::deposit_event(Event::CredentialRevoked {
			subject,
			role,
			by_governance: revoker.is_none(),
		});
		Ok(())
	}

	pub(crate) fn do_purge_credential(subject: T::AccountId, role: Role) -> DispatchResult {
		let credential =
			Credentials::<T>::get(&subject, role).ok_or(Error::<T>::UnknownCredential)?;
		ensure!(Self::is_replaceable(role, &credential, Self::now()), Error::<T>::CredentialLive);

		Self::release(HoldReason::CredentialDeposit, &credential.issuer, credential.deposit);
		Credentials::<T>::remove(&subject, role);
		Self::deposit_event(Event::CredentialPurged { subject, role });
		Ok(())
	}

	/// Whether `who` holds a credential for `role` that counts now: unrevoked,
	/// inside its window, from an issuer still accredited for the role, held by
	/// an active participant. Three storage reads.
	pub fn credential_counts(who: &T::AccountId, role: Role) -> bool {
		Credentials::<T>::get(who, role)
			.is_some_and(|credential| Self::counts(who, role, &credential, Self::now()))
	}

	/// Whether `credential`, `who`'s for `role`, counts at time `now`.
	pub(crate) fn counts(
		who: &T::AccountId,
		role: Role,
		credential: &CredentialOf<T>,
		now: Moment,
	) -> bool {
		credential.is_current(now)
			&& Issuers::<T>::get(&credential.issuer)
				.is_some_and(|a| a.roles.binary_search(&role).is_ok())
			&& Self::is_active_participant(who)
	}

	/// Whether `credential` (for `role`) may be replaced by another issuer's
	/// or purged: it is revoked or expired, or its issuer lost the
	/// accreditation for the role (otherwise its subject would be stuck with
	/// a credential that counts for nothing and blocks a new one).
	fn is_replaceable(role: Role, credential: &CredentialOf<T>, now: Moment) -> bool {
		credential.is_dead(now) || Self::ensure_accredited(&credential.issuer, role).is_err()
	}

	/// `issuer` is accredited for `role`.
	fn ensure_accredited(issuer: &T::AccountId, role: Role) -> DispatchResult {
		let accreditation = Issuers::<T>::get(issuer).ok_or(Error::<T>::NotAnIssuer)?;
		ensure!(accreditation.roles.binary_search(&role).is_ok(), Error::<T>::NotAccreditedForRole);
		Ok(())
	}

	/// Makes `who` hold `role` for a benchmark of another pallet: registers it
	/// and an issuer as needed (funding both), accredits the issuer and issues
	/// a credential without expiry.
	#[cfg(feature = "runtime-benchmarks")]
	pub(crate) fn grant_role_unchecked(who: &T::AccountId, role: Role) -> Result<(), ()> {
		use codec::Decode;
		use sp_runtime::traits::TrailingZeroInput;

		let issuer = T::AccountId::decode(&mut TrailingZeroInput::new(b"tsm/benchmark-issuer"))
			.map_err(|_| ())?;
		for account in [&issuer, who] {
			if !Participants::<T>::contains_key(account) {
				Self::register_participant_unchecked(account)?;
			}
		}
		if Self::ensure_accredited(&issuer, role).is_err() {
			Self::do_accredit_issuer(issuer.clone(), role).map_err(|_| ())?;
		}
		Self::do_issue_credential(issuer, who.clone(), role, H256::zero(), 0, None).map_err(|_| ())
	}

	/// Registers `who` as an organisation with an empty document, funding
	/// its deposit, for a benchmark of another pallet.
	#[cfg(feature = "runtime-benchmarks")]
	pub(crate) fn register_participant_unchecked(who: &T::AccountId) -> Result<(), ()> {
		use frame_support::traits::fungible::Mutate;
		use sp_runtime::traits::Bounded;

		// Plenty for any deposit, and room for many such accounts in the
		// total issuance.
		T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
		Self::do_register_participant(
			who.clone(),
			ParticipantKind::Organisation,
			Default::default(),
			Default::default(),
		)
		.map_err(|_| ())
	}
}
