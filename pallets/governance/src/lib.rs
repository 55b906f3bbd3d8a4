//! # TSM governance
//!
//! The consortium governs the chain; no single key does. Votes are
//! FRAME's own: members propose and vote in a `pallet-collective` instance
//! (the consortium council) whose members `pallet-membership` keeps. This
//! pallet holds what those votes decide, with the checks each decision needs:
//!
//! - **Members.** [`Pallet::admit_member`] admits an organisation that is a
//!   registered, active participant of the identity service;
//!   [`Pallet::remove_member`] removes one (never the last).
//! - **Validators.** The pallet is the session manager: it keeps the
//!   validator set the consortium decided ([`Validators`]). A validator must
//!   be a participant and have registered its session keys
//!   (`session.setKeys`); the set stays between `MinValidators` and
//!   `MaxValidators`, and a removal that would leave a set that stalls
//!   finality when a single validator fails is refused unless forced. A change
//!   ends the current session at once; the new set is queued at that boundary
//!   and authors and finalizes from the next one (two blocks later), with Aura
//!   and GRANDPA following the session. When finality stalls because the
//!   nodes of too many validators are gone for good,
//!   [`Pallet::recover_finality`] removes them and forces GRANDPA onto the
//!   validators that remain.
//! - **Offences.** The pallet is the consensus pallets' offence handler: a
//!   validator proven to have equivocated is recorded ([`Offenders`]) and
//!   taken out of the decided set until the consortium adds it back (see
//!   `offences.rs`).
//! - **Market parameters.** Typed, bounded values the market services read
//!   ([`MarketParameters`]): the platform fee, order and dispute windows, the
//!   regulated energy price and its band.
//! - **Root.** [`Pallet::dispatch_as_root`] lets the consortium act as Root:
//!   runtime upgrades (`system.authorizeUpgrade`, then anyone applies the
//!   code with `system.applyAuthorizedUpgrade`), GRANDPA recovery and
//!   anything else only Root may do.
//!
//! Which majority each decision needs is the runtime's choice (origins in
//! [`Config`]). Queries for apps are in [`runtime_api`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod members;
pub mod migrations;
#[cfg(test)]
mod mock;
mod offences;
mod parameters;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
mod validators;
pub mod weights;

use tsm_primitives::ParticipantRegistry;

/// How the pallet reaches the consortium's member list, which
/// `pallet-membership` keeps (the runtime wires it).
pub trait MembershipManager<AccountId> {
	/// The members, sorted.
	fn members() -> alloc::vec::Vec<AccountId>;
	/// Whether `who` is a member.
	fn is_member(who: &AccountId) -> bool;
	/// Adds `who` (not yet a member).
	fn add(who: &AccountId) -> sp_runtime::DispatchResult;
	/// Removes `who` (a member).
	fn remove(who: &AccountId) -> sp_runtime::DispatchResult;
	/// The most a change of members costs outside this pallet: the council
	/// re-counting every open proposal's votes. Added to the weights of
	/// `admit_member` and `remove_member`, whose benchmarks open none.
	fn change_weight() -> frame_support::weights::Weight;
}

/// The session keys accounts registered (`pallet-session`, wired by the
/// runtime).
pub trait SessionKeyRegistry<AccountId>:
	frame_support::traits::ValidatorRegistration<AccountId>
{
	/// Removes `who`'s session keys and returns their deposit, as
	/// `session.purgeKeys` signed by `who` does.
	fn purge_keys(who: &AccountId) -> sp_runtime::DispatchResult;
}

/// The accounts holding a seat in governance: council members and the
/// validators decided. The identity service keeps them from deactivating.
pub struct SeatHolders<T>(core::marker::PhantomData<T>);
impl<T: Config> frame_support::traits::Contains<T::AccountId> for SeatHolders<T> {
	fn contains(who: &T::AccountId) -> bool {
		T::Membership::is_member(who) || Validators::<T>::get().contains(who)
	}
}

/// The finality gadget (GRANDPA, wired by the runtime) as governance needs
/// it to recover finality after validators' nodes are gone for good.
pub trait FinalityGadget<BlockNumber> {
	/// Whether an authority-set change is scheduled and not yet enacted; no
	/// other can be scheduled until it is.
	fn change_pending() -> bool;
	/// The first block at which another forced change is accepted, if
	/// limited (GRANDPA allows one per twice the previous one's delay).
	fn next_forced_change() -> Option<BlockNumber>;
	/// Notes that finality stalled: the session starting now forces the
	/// gadget onto its validators, enacted `delay` blocks later on every
	/// node's best chain, voting on top of `best_finalized`.
	fn note_stalled(delay: BlockNumber, best_finalized: BlockNumber);
}

/// Prepares accounts for the benchmarks: session keys for a validator.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers session keys for `who`, as `session.setKeys` would.
	fn set_session_keys(who: &AccountId) -> Result<(), ()>;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::boxed::Box;
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::UnfilteredDispatchable,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{Dispatchable, StaticLookup},
		Permill,
	};
	use tsm_primitives::Balance;

	/// 1: market parameters carry the reporting grace; 2: the energy
	/// collateral.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The calls the consortium may dispatch as Root.
		type RuntimeCall: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo
			+ From<frame_system::Call<Self>>;

		/// Admits and removes members, changes the validator set and the
		/// market parameters: the consortium's qualified majority.
		type ConsortiumOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// May dispatch any call as Root (runtime upgrades among them).
		type RootOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who is a registered, active participant (identity service).
		type Participants: ParticipantRegistry<Self::AccountId>;

		/// The consortium's member list (`pallet-membership`).
		type Membership: MembershipManager<Self::AccountId>;

		/// The session keys accounts registered (`pallet-session`). The
		/// runtime lets no one purge them but through this pallet, which
		/// refuses validators.
		type SessionKeys: SessionKeyRegistry<Self::AccountId>;

		/// GRANDPA, forced onto a new set when finality stalled.
		type Finality: FinalityGadget<BlockNumberFor<Self>>;

		/// The longest delay, in blocks, before nodes switch to the set a
		/// finality recovery forces.
		#[pallet::constant]
		type MaxRecoveryDelay: Get<BlockNumberFor<Self>>;

		/// When a session ends when the validator set did not change.
		type PeriodicSessions: pallet_session::ShouldEndSession<BlockNumberFor<Self>>;

		/// The fewest validators the chain may have.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The most validators the chain may have (at most the consensus
		/// pallets' `MaxAuthorities`).
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The most consortium members (as configured in `pallet-membership`).
		#[pallet::constant]
		type MaxMembers: Get<u32>;

		/// The highest platform fee governance may set.
		#[pallet::constant]
		type MaxPlatformFee: Get<Permill>;

		/// The shortest order, dispute or netting window, in blocks, unless
		/// the chain's genesis sets its own (`MinimumWindow`).
		#[pallet::constant]
		type MinWindow: Get<BlockNumberFor<Self>>;

		/// The longest order, dispute or netting window, in blocks.
		#[pallet::constant]
		type MaxWindow: Get<BlockNumberFor<Self>>;

		/// Sets the regulated energy price (the `Regulator` credential
		/// holder).
		type RegulatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The highest energy price (per kWh) the band may reach.
		#[pallet::constant]
		type MaxEnergyPrice: Get<Balance>;

		/// The market parameters until governance first changes one.
		#[pallet::constant]
		type DefaultParameters: Get<MarketParameters<BlockNumberFor<Self>>>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;

		/// Prepares validators for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validator set the consortium decided. A change is queued at the
	/// next session boundary and active from the one after.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Session rotations still to force after a change of the set: 2 right
	/// after a change (queue it, then activate it), 0 when it is live.
	#[pallet::storage]
	pub type PendingRotations<T: Config> = StorageValue<_, u8, ValueQuery>;

	/// A finality recovery decided and not yet handed to GRANDPA: it is at
	/// the boundary where the set it leaves becomes active.
	#[pallet::storage]
	pub type FinalityRecovery<T: Config> =
		StorageValue<_, FinalityRecoveryPlan<BlockNumberFor<T>>, OptionQuery>;

	/// Validators proven to have equivocated (signed two conflicting votes
	/// or blocks), until the consortium adds them back to the set.
	#[pallet::storage]
	pub type Offenders<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		OffenceRecord<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Every offence reported, by offender and offence (the hash of its
	/// kind and slot, e.g. a GRANDPA set and round), with its session: a
	/// second report of the same offence is refused. Each entry is a proven
	/// equivocation of a validator, which the report takes out of the set.
	#[pallet::storage]
	pub type ReportedOffences<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, T::Hash, u32, OptionQuery>;

	/// The market parameters in force.
	#[pallet::storage]
	pub type Parameters<T: Config> =
		StorageValue<_, MarketParameters<BlockNumberFor<T>>, ValueQuery, T::DefaultParameters>;

	/// The shortest window governance may set on this chain: `MinWindow`,
	/// or what the chain's genesis chose (short on development chains, so
	/// that disputes and nettings play out in minutes).
	#[pallet::storage]
	pub type MinimumWindow<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, T::MinWindow>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators: the accounts whose keys the session
		/// pallet's genesis registers.
		pub validators: alloc::vec::Vec<T::AccountId>,
		/// This chain's shortest window, if not `MinWindow` (at most
		/// `MaxWindow`).
		pub min_window: Option<BlockNumberFor<T>>,
		/// The market parameters at genesis, if not `DefaultParameters`
		/// (within their bounds).
		pub parameters: Option<MarketParameters<BlockNumberFor<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let validators: BoundedVec<_, T::MaxValidators> = self
				.validators
				.clone()
				.try_into()
				.expect("genesis validators fit in MaxValidators");
			// Empty only in a default (test) genesis; a chain spec names them.
			assert!(
				validators.is_empty() || validators.len() as u32 >= T::MinValidators::get(),
				"genesis has at least MinValidators validators"
			);
			Validators::<T>::put(validators);
			if let Some(min_window) = self.min_window {
				assert!(
					min_window <= T::MaxWindow::get(),
					"the genesis minimum window fits MaxWindow"
				);
				MinimumWindow::<T>::put(min_window);
			}
			if let Some(parameters) = self.parameters {
				assert!(
					Pallet::<T>::check_parameters(&parameters).is_ok(),
					"the genesis market parameters are within their bounds"
				);
				Parameters::<T>::put(parameters);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The consortium admitted a member.
		MemberAdmitted { who: T::AccountId },
		/// The consortium removed a member.
		MemberRemoved { who: T::AccountId },
		/// The consortium added a validator; it authors from the session after next.
		ValidatorAdded { who: T::AccountId },
		/// The consortium removed a validator; it stops from the session after next.
		ValidatorRemoved { who: T::AccountId },
		/// A new validator set was queued; it becomes active at `session`.
		ValidatorSetQueued { session: u32, validators: alloc::vec::Vec<T::AccountId> },
		/// The consortium decided to recover stalled finality: `removed` left
		/// the set; GRANDPA is forced onto the set that remains.
		FinalityRecoveryDecided {
			removed: alloc::vec::Vec<T::AccountId>,
			best_finalized: BlockNumberFor<T>,
			delay: BlockNumberFor<T>,
		},
		/// Session `session` started with the recovered set and GRANDPA was
		/// told to force it: nodes switch `delay` blocks after this block.
		FinalityRecoveryStarted { session: u32, delay: BlockNumberFor<T> },
		/// The consortium changed a market parameter.
		ParameterSet { parameter: MarketParameter<BlockNumberFor<T>> },
		/// An account that is not a validator purged its session keys.
		SessionKeysPurged { who: T::AccountId },
		/// The consortium dispatched a call as Root, with this result.
		DispatchedAsRoot { result: DispatchResult },
		/// A validator was proven to have equivocated (`kind`, e.g.
		/// `grandpa:equivoca`) in `session`; `exclusion` says whether the
		/// report took it out of the validator set.
		EquivocationReported {
			offender: T::AccountId,
			kind: [u8; 16],
			session: u32,
			reporter: Option<T::AccountId>,
			exclusion: Exclusion,
		},
		/// The consortium added a reported offender back to the validator
		/// set; its offence record is closed.
		OffenderReadmitted { who: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a registered, active participant.
		NotParticipant,
		/// The account is already a consortium member.
		AlreadyMember,
		/// The account is not a consortium member.
		NotMember,
		/// The consortium cannot remove its last member.
		LastMember,
		/// The account is already a validator.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The account has not registered session keys (`session.setKeys`).
		NoSessionKeys,
		/// A validator cannot purge its session keys (it would leave the set
		/// unseen, past `MinValidators` and the fault-tolerance guard): the
		/// consortium removes it first.
		ValidatorKeysInUse,
		/// The validator set is full (`MaxValidators`).
		TooManyValidators,
		/// The validator set cannot shrink below `MinValidators`.
		TooFewValidators,
		/// With fewer than 4 validators a single failure stops finality;
		/// remove with `force` to accept that.
		NoFaultTolerance,
		/// A GRANDPA authority-set change is waiting to be enacted (a forced
		/// one, after a finality recovery): change the set after it.
		FinalityChangePending,
		/// A finality recovery is already decided and not yet started.
		RecoveryPending,
		/// GRANDPA accepts the next forced change only later (twice the
		/// previous one's delay after it).
		RecoveryTooSoon,
		/// The recovery's delay is above `MaxRecoveryDelay`.
		RecoveryDelayTooLong,
		/// The block named as finalized is not yet in the chain.
		FinalizedInFuture,
		/// The platform fee is above `MaxPlatformFee`.
		PlatformFeeTooHigh,
		/// The window is shorter than this chain's `MinimumWindow`.
		WindowTooShort,
		/// The window is longer than `MaxWindow`.
		WindowTooLong,
		/// The regulated energy price lies outside the energy price band.
		EnergyPriceOutsideBand,
		/// The band's floor is above its cap, or its cap above `MaxEnergyPrice`.
		InvalidEnergyPriceBand,
		/// The regulated energy price is the regulator's to set
		/// (`set_regulated_energy_price`).
		SetByRegulator,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "a chain needs a validator");
			assert!(T::MinValidators::get() <= T::MaxValidators::get());
			assert!(T::MinWindow::get() <= T::MaxWindow::get());
			assert!(
				Self::check_parameters(&T::DefaultParameters::get()).is_ok(),
				"the default market parameters are within their bounds"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits `who`, a registered, active participant, to the consortium.
		///
		/// Origin: `ConsortiumOrigin`. Emits `MemberAdmitted`.
		#[pallet::call_index(0)]
		#[pallet::weight(
			T::WeightInfo::admit_member(T::MaxMembers::get())
				.saturating_add(T::Membership::change_weight())
		)]
		pub fn admit_member(origin: OriginFor<T>, who: AccountIdLookupOf<T>) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			let who = T::Lookup::lookup(who)?;
			Self::do_admit_member(who)
		}

		/// Removes `who` from the consortium; its open votes are dropped.
		///
		/// Origin: `ConsortiumOrigin`. Emits `MemberRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(
			T::WeightInfo::remove_member(T::MaxMembers::get())
				.saturating_add(T::Membership::change_weight())
		)]
		pub fn remove_member(origin: OriginFor<T>, who: AccountIdLookupOf<T>) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			let who = T::Lookup::lookup(who)?;
			Self::do_remove_member(who)
		}

		/// Adds `who` to the validator set. It must be an active participant
		/// with session keys registered; the current session ends at once and
		/// `who` authors and votes on finality from the session after. A
		/// validator excluded for equivocating comes back this way, which
		/// closes its offence record.
		///
		/// Origin: `ConsortiumOrigin`. Emits `ValidatorAdded` (and
		/// `OffenderReadmitted`).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(origin: OriginFor<T>, who: AccountIdLookupOf<T>) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			let who = T::Lookup::lookup(who)?;
			Self::do_add_validator(who)
		}

		/// Removes `who` from the validator set, e.g. a validator whose node
		/// is down. The set never shrinks below `MinValidators`; a set of 4 or
		/// more never shrinks below 4 (where one failure stops finality)
		/// unless `force` is set.
		///
		/// Origin: `ConsortiumOrigin`. Emits `ValidatorRemoved`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(
			origin: OriginFor<T>,
			who: AccountIdLookupOf<T>,
			force: bool,
		) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			let who = T::Lookup::lookup(who)?;
			Self::do_remove_validator(who, force)
		}

		/// Recovers finality after it stalled because the nodes of some
		/// validators are gone for good (with 4 validators, 2 down stop it).
		/// Removes `remove` from the set (below 4 if need be) and, at the
		/// session boundary where the remaining set becomes active, forces
		/// GRANDPA onto it (`pallet_grandpa`'s stalled-set change): every
		/// node switches `delay` blocks later on its best chain, and the
		/// remaining validators vote on top of `best_finalized` — the highest
		/// finalized block among their nodes (`chain_getFinalizedHead`). With
		/// `remove` empty it forces the current set (e.g. after its nodes
		/// lost a change while stalled).
		///
		/// Origin: `ConsortiumOrigin`. Emits `ValidatorRemoved` for each
		/// removed validator, `FinalityRecoveryDecided`, and at the boundary
		/// `FinalityRecoveryStarted`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::recover_finality(T::MaxValidators::get()))]
		pub fn recover_finality(
			origin: OriginFor<T>,
			remove: BoundedVec<T::AccountId, T::MaxValidators>,
			best_finalized: BlockNumberFor<T>,
			delay: BlockNumberFor<T>,
		) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			Self::do_recover_finality(remove.into_inner(), best_finalized, delay)
		}

		/// Purges the caller's session keys and returns their deposit, as
		/// `session.purgeKeys` does (which the runtime does not offer
		/// directly): for accounts that are not validators.
		///
		/// Emits `SessionKeysPurged`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::purge_session_keys(T::MaxValidators::get()))]
		pub fn purge_session_keys(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_purge_session_keys(who)
		}

		/// Sets one market parameter, within its bounds; not the regulated
		/// energy price (the regulator's). A new energy price band that
		/// leaves the regulated price out moves it to the nearest edge.
		///
		/// Origin: `ConsortiumOrigin`. Emits `ParameterSet` (twice when the
		/// band moved the regulated price).
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::set_parameter())]
		pub fn set_parameter(
			origin: OriginFor<T>,
			parameter: MarketParameter<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			Self::do_set_parameter(parameter)
		}

		/// Sets the regulated price of a kWh, inside the council's band.
		///
		/// Origin: `RegulatorOrigin`. Emits `ParameterSet`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::set_regulated_energy_price())]
		pub fn set_regulated_energy_price(origin: OriginFor<T>, price: Balance) -> DispatchResult {
			T::RegulatorOrigin::ensure_origin(origin)?;
			Self::do_set_regulated_energy_price(price)
		}

		/// Dispatches `call` as Root: how the consortium authorizes a runtime
		/// upgrade (`system.authorizeUpgrade`), among other Root-only calls.
		///
		/// Origin: `RootOrigin`. Emits `DispatchedAsRoot` with the call's result.
		#[pallet::call_index(30)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootOrigin::ensure_origin(origin)?;
			let result = call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into());
			Self::deposit_event(Event::DispatchedAsRoot {
				result: result.map(|_| ()).map_err(|e| e.error),
			});
			// The call's own actual weight, when it reports one, plus ours.
			let actual = result
				.unwrap_or_else(|e| e.post_info)
				.actual_weight
				.map(|w| w.saturating_add(T::WeightInfo::dispatch_as_root()));
			Ok(actual.into())
		}
	}
}

/// The account lookup source of the runtime.
pub type AccountIdLookupOf<T> =
	<<T as frame_system::Config>::Lookup as sp_runtime::traits::StaticLookup>::Source;
