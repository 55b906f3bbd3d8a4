//! An origin that only accounts holding a role pass.

use crate::{Role, RoleProvider};
use core::marker::PhantomData;
use frame_support::{
	dispatch::RawOrigin,
	traits::{EnsureOrigin, Get, OriginTrait},
};

/// Passes a signed origin whose account holds the role `R` according to the
/// role provider `P`, and yields that account.
///
/// For example `EnsureRole<Identity, SmallCellProviderRole, AccountId>` lets
/// only credentialed small cell providers post site-access offers.
pub struct EnsureRole<P, R, AccountId>(PhantomData<(P, R, AccountId)>);

impl<O, P, R, AccountId> EnsureOrigin<O> for EnsureRole<P, R, AccountId>
where
	O: OriginTrait<AccountId = AccountId>,
	P: RoleProvider<AccountId>,
	R: Get<Role>,
	AccountId: Clone + codec::Decode,
{
	type Success = AccountId;

	fn try_origin(o: O) -> Result<Self::Success, O> {
		match o.as_system_ref() {
			Some(RawOrigin::Signed(who)) if P::has_role(who, R::get()) => Ok(who.clone()),
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		use sp_runtime::traits::TrailingZeroInput;
		let who = <AccountId as codec::Decode>::decode(&mut TrailingZeroInput::new(
			b"tsm/benchmark-role-holder",
		))
		.map_err(|_| ())?;
		P::grant_role_for_benchmarks(&who, R::get())?;
		Ok(O::signed(who))
	}
}
