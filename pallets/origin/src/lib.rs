//! # TSM guarantees of origin
//!
//! Proof, for anyone, of where the energy a consumer used came from: which
//! meter produced it, in which slot, from which source, counted once and
//! claimed by one consumer only.
//!
//! - **Production devices** (`devices.rs`). A prosumer (`EnergyProsumer`)
//!   declares the device behind one of its smart meters: source, capacity,
//!   commissioning date, grid zone and a hash of its documents. An issuing
//!   body (`IssuingBody` credential) approves it — production of the slots
//!   that start from then on earns certificates — or revokes it. The meter
//!   of an approved device sells in its source's certified book of the
//!   energy market ([`tsm_primitives::CertifiedSources`]).
//! - **Issuance** (`certificates.rs`). Anyone issues the certificate of an
//!   approved device's reading: one per meter and slot, for the Wh the
//!   meter exported (at most what the device's capacity makes in a slot),
//!   to the device's owner. Volume is fungible within a certificate: a
//!   balance per owner, in Wh. An issuing body revokes a certificate issued
//!   on a fraudulent reading while none of it is retired.
//! - **Moving with energy.** When a trade of the energy market settles
//!   (`OnDeliverySettled`), the Wh its seller's meter delivered move the
//!   slot's certificate volume from seller to buyer, issuing the
//!   certificate first if nobody did. The part of the producer's volume
//!   that its trades deliver is reserved for them at issuance (the producer
//!   cannot transfer or retire it), so a trade's volume is always there;
//!   only a revoked or expired certificate, or a meter whose owner or
//!   device changed, leaves a delivery uncovered — reported as
//!   `DeliveryUncovered`. Undelivered energy moves nothing.
//! - **Certified pools** (`pools.rs`). The regulated exchange pairs nobody:
//!   a seller in a pool whose buyers require certified energy moves what
//!   it delivered into the pool's account (reserved like a trade's volume
//!   until then), each of the pool's buyers is credited its share of the
//!   delivered energy and draws it from any of the pool's certificates
//!   (`drawFromPool`). The open pool's sellers keep their volume.
//! - **Transfers.** An owner moves volume to a registered participant, at
//!   least `MinTransferWh` (or all it has).
//! - **Retirement.** An owner retires volume for a beneficiary and a
//!   purpose, naming one of its smart meters: the meter's import in the
//!   certificate's slot caps what all claims against it retire, so nobody
//!   claims more green energy than it used when it used it. Retired volume
//!   never moves again.
//! - **Expiry and clean-up.** A certificate expires `Lifetime` after its
//!   slot (set by governance, at most `MaxLifetime`); nothing moves or
//!   retires after. `RecordRetention` later anyone removes its holdings,
//!   its record and history, and the claim counters of its slot.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod certificates;
mod devices;
#[cfg(test)]
mod mock;
mod pools;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub mod weights;

/// A production device as stored.
pub type DeviceOf<T> = ProductionDevice<<T as frame_system::Config>::AccountId>;

/// A certificate as stored.
pub type CertificateOf<T> = Certificate<<T as frame_system::Config>::AccountId>;

/// A history entry as stored.
pub type HistoryEntryOf<T> = HistoryEntry<<T as frame_system::Config>::AccountId>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use tsm_primitives::{
		ids::SlotIndex, DeviceRegistry, EnergySource, MeterReadings, ParticipantRegistry,
		RoleProvider, SourceRequirement,
	};

	/// Storage v0: the first layout.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who holds which role (identity service).
		type Roles: RoleProvider<Self::AccountId>;

		/// Smart meters and their owners (identity service).
		type Devices: DeviceRegistry<Self::AccountId>;

		/// Registered participants: who may receive certificate volume.
		type Participants: ParticipantRegistry<Self::AccountId>;

		/// Meter readings and trade deliveries (energy trading).
		type Readings: MeterReadings<Self::AccountId>;

		/// Wall-clock time (the block timestamp).
		type UnixTime: UnixTime;

		/// Approves and revokes devices and certificates: an issuing body.
		type IssuerOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// Sets the certificates' lifetime (governance).
		type LifetimeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The lifetime until governance sets one (ms).
		type DefaultLifetime: Get<u64>;

		/// The longest lifetime (ms): at most as long as readings are kept,
		/// since claims are checked against them.
		#[pallet::constant]
		type MaxLifetime: Get<u64>;

		/// How long after expiry a certificate's records stay (ms).
		#[pallet::constant]
		type RecordRetention: Get<u64>;

		/// The smallest transfer, in Wh (unless it moves all the sender
		/// has): bounds the holdings one certificate can be split into.
		#[pallet::constant]
		type MinTransferWh: Get<u64>;

		/// The most history entries one `removeCertificate` removes.
		#[pallet::constant]
		type MaxHistoryRemoval: Get<u32>;

		/// Derives the accounts that keep a certified pool's volume until
		/// its buyers draw their shares.
		#[pallet::constant]
		type PalletId: Get<frame_support::PalletId>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets the clock for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// What the benchmarks need from the runtime.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper {
		/// Sets the block timestamp to `ms` milliseconds since the epoch.
		fn set_time(ms: u64);
	}

	/// Production devices, by meter.
	#[pallet::storage]
	pub type Devices<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, DeviceOf<T>, OptionQuery>;

	/// Certificates.
	#[pallet::storage]
	pub type Certificates<T: Config> =
		StorageMap<_, Twox64Concat, CertificateId, CertificateOf<T>, OptionQuery>;

	/// The id the next certificate gets.
	#[pallet::storage]
	pub type NextCertificateId<T: Config> = StorageValue<_, CertificateId, ValueQuery>;

	/// The certificate issued from a meter's reading of a slot.
	#[pallet::storage]
	pub type CertificateOfReading<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SlotIndex,
		CertificateId,
		OptionQuery,
	>;

	/// Each owner's volume of each certificate.
	#[pallet::storage]
	pub type Holdings<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		CertificateId,
		Holding,
		OptionQuery,
	>;

	/// Each certificate's history, by certificate and entry number.
	#[pallet::storage]
	pub type History<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CertificateId,
		Twox64Concat,
		u32,
		HistoryEntryOf<T>,
		OptionQuery,
	>;

	/// Wh retired against a meter's import in a slot.
	#[pallet::storage]
	pub type Claimed<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SlotIndex,
		u64,
		ValueQuery,
	>;

	/// Wh a buyer of a certified pool of the regulated exchange may still
	/// draw from the volume the pool's sellers delivered into it.
	#[pallet::storage]
	pub type PoolShares<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, SlotIndex>,
			NMapKey<Twox64Concat, SourceRequirement>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		u64,
		ValueQuery,
	>;

	/// How long certificates issued from now on live (ms after their slot).
	#[pallet::storage]
	pub type Lifetime<T: Config> = StorageValue<_, u64, ValueQuery, T::DefaultLifetime>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A prosumer declared the production device behind its meter.
		DeviceDeclared {
			meter: T::AccountId,
			owner: T::AccountId,
			source: EnergySource,
			capacity_w: u64,
		},
		/// An issuing body approved a device: slots from `since` earn
		/// certificates.
		DeviceApproved { meter: T::AccountId, by: T::AccountId, since: u64 },
		/// An issuing body revoked a device.
		DeviceRevoked { meter: T::AccountId, by: T::AccountId },
		/// A certificate was issued from a meter's reading.
		CertificateIssued {
			certificate: CertificateId,
			meter: T::AccountId,
			slot: SlotIndex,
			producer: T::AccountId,
			source: EnergySource,
			wh: u64,
			expires_at: u64,
		},
		/// An issuing body revoked a certificate: none of it moves again.
		CertificateRevoked { certificate: CertificateId, by: T::AccountId },
		/// An owner moved volume to another account.
		Transferred { certificate: CertificateId, from: T::AccountId, to: T::AccountId, wh: u64 },
		/// Volume moved with the energy a trade delivered.
		MovedWithDelivery {
			certificate: CertificateId,
			trade: u64,
			from: T::AccountId,
			to: T::AccountId,
			wh: u64,
		},
		/// `wh` of a trade's delivered energy from a meter with a declared
		/// device carried no certificate volume (not approved for the slot,
		/// revoked, expired, or the meter's owner changed).
		DeliveryUncovered { trade: u64, slot: SlotIndex, meter: T::AccountId, wh: u64 },
		/// Volume moved with the energy a seller delivered into a certified
		/// pool, to the pool's account.
		MovedIntoPool {
			certificate: CertificateId,
			slot: SlotIndex,
			pool: SourceRequirement,
			from: T::AccountId,
			wh: u64,
		},
		/// `wh` a seller delivered into a certified pool carried no
		/// certificate volume (revoked, expired, or the meter's owner or
		/// device changed).
		PoolDeliveryUncovered {
			slot: SlotIndex,
			pool: SourceRequirement,
			meter: T::AccountId,
			wh: u64,
		},
		/// A buyer of a certified pool may draw `wh` more from it.
		PoolShareCredited { slot: SlotIndex, pool: SourceRequirement, buyer: T::AccountId, wh: u64 },
		/// A buyer drew volume of its share from a certified pool.
		DrawnFromPool {
			certificate: CertificateId,
			slot: SlotIndex,
			pool: SourceRequirement,
			to: T::AccountId,
			wh: u64,
		},
		/// An expired pool share was removed; `wh` of it was never drawn.
		PoolShareRemoved { slot: SlotIndex, pool: SourceRequirement, buyer: T::AccountId, wh: u64 },
		/// Volume was retired against `meter`'s consumption in the slot.
		Retired {
			certificate: CertificateId,
			by: T::AccountId,
			meter: T::AccountId,
			beneficiary: T::AccountId,
			wh: u64,
		},
		/// An expired holding was removed; `wh` of it was never retired.
		HoldingRemoved { certificate: CertificateId, owner: T::AccountId, wh: u64 },
		/// History entries of an expired certificate were removed; the
		/// record went with the last of them (`removed`).
		CertificateRemoved { certificate: CertificateId, entries: u32, removed: bool },
		/// A meter's claim counter of a slot whose certificates all expired
		/// was removed.
		ClaimCounterRemoved { meter: T::AccountId, slot: SlotIndex },
		/// Governance set the lifetime of certificates issued from now on.
		LifetimeSet { lifetime: u64 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Declaring a device needs an `EnergyProsumer` credential.
		NotAProsumer,
		/// The meter is not an active smart meter of the caller.
		NotYourMeter,
		/// A device needs a capacity above 0 W.
		ZeroCapacity,
		/// A device cannot be commissioned in the future.
		CommissionedInFuture,
		/// No device is declared behind this meter.
		UnknownDevice,
		/// Only a pending declaration can be approved.
		NotPending,
		/// The device is revoked already.
		AlreadyRevoked,
		/// The meter has no approved device, or the device was approved
		/// after the slot started.
		NotApprovedForSlot,
		/// The meter no longer belongs to the device's owner.
		MeterChangedOwner,
		/// The meter has no reading of the slot.
		NoReading,
		/// The reading's certificate was issued already.
		AlreadyIssued,
		/// The meter exported nothing in the slot.
		NothingExported,
		/// No such certificate.
		UnknownCertificate,
		/// Part of the certificate is retired: it can no longer be revoked.
		AlreadyClaimed,
		/// The certificate is revoked.
		CertificateRevoked,
		/// The certificate expired.
		CertificateExpired,
		/// No volume, or less than the smallest transfer (unless it is all
		/// the sender has).
		BelowMinimum,
		/// More than the caller holds of the certificate (the producer's
		/// volume reserved for its trades does not count).
		InsufficientVolume,
		/// The recipient is not a registered participant.
		NotAParticipant,
		/// The recipient is the sender.
		SelfTransfer,
		/// More than the meter imported in the slot, less what was claimed
		/// against it already.
		BeyondConsumption,
		/// No such holding.
		UnknownHolding,
		/// The records are kept until their retention ends.
		Retained,
		/// Holdings of the certificate remain: remove them first.
		HoldingsRemain,
		/// The meter has no claims counted in the slot.
		UnknownClaimCounter,
		/// More than the caller's share of the pool that it has not drawn.
		BeyondPoolShare,
		/// The certificate is of another slot than the pool's.
		NotInPool,
		/// The buyer has no share of the pool.
		UnknownPoolShare,
		/// A lifetime must be above 0 and at most `MaxLifetime`.
		LifetimeOutOfRange,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let default = T::DefaultLifetime::get();
			assert!(default > 0 && default <= T::MaxLifetime::get(), "a valid default lifetime");
			assert!(T::MinTransferWh::get() > 0, "a transfer moves energy");
			assert!(T::MaxHistoryRemoval::get() > 0, "removal makes progress");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Declares the production device behind the caller's smart meter
		/// (an `EnergyProsumer`), replacing an earlier declaration: it waits
		/// for an issuing body's approval again.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::declare_device())]
		pub fn declare_device(
			origin: OriginFor<T>,
			meter: T::AccountId,
			source: EnergySource,
			capacity_w: u64,
			commissioned: u64,
			zone: Zone,
			metadata: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_device(who, meter, source, capacity_w, commissioned, zone, metadata)
		}

		/// Approves a pending device (an issuing body): the slots starting
		/// from now on earn certificates.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve_device())]
		pub fn approve_device(origin: OriginFor<T>, meter: T::AccountId) -> DispatchResult {
			let by = T::IssuerOrigin::ensure_origin(origin)?;
			Self::do_approve_device(by, meter)
		}

		/// Revokes a device (an issuing body): it earns nothing more.
		/// Certificates issued already stay (revoke them one by one).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::revoke_device())]
		pub fn revoke_device(origin: OriginFor<T>, meter: T::AccountId) -> DispatchResult {
			let by = T::IssuerOrigin::ensure_origin(origin)?;
			Self::do_revoke_device(by, meter)
		}

		/// Issues the certificate of an approved device's reading of a slot
		/// to the device's owner (anyone may ask).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::issue())]
		pub fn issue(origin: OriginFor<T>, meter: T::AccountId, slot: SlotIndex) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_issue(&meter, slot).map(|_| ())
		}

		/// Revokes a certificate issued on a fraudulent reading, while none
		/// of it is retired (an issuing body).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::revoke_certificate())]
		pub fn revoke_certificate(
			origin: OriginFor<T>,
			certificate: CertificateId,
		) -> DispatchResult {
			let by = T::IssuerOrigin::ensure_origin(origin)?;
			Self::do_revoke_certificate(by, certificate)
		}

		/// Moves `wh` of the caller's volume of a certificate to `to`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			certificate: CertificateId,
			to: T::AccountId,
			wh: u64,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_transfer(certificate, from, to, wh)
		}

		/// Retires `wh` of the caller's volume for `beneficiary` and
		/// `purpose`, against the caller's `meter`'s import in the
		/// certificate's slot.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::retire())]
		pub fn retire(
			origin: OriginFor<T>,
			certificate: CertificateId,
			wh: u64,
			meter: T::AccountId,
			beneficiary: T::AccountId,
			purpose: Purpose,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_retire(certificate, by, wh, meter, beneficiary, purpose)
		}

		/// Draws `wh` of the caller's share of a certified pool of the
		/// regulated exchange (what it bought there, as delivered) from a
		/// certificate of the slot that the pool's account holds: at least
		/// `MinTransferWh`, or all of the share or of the pool's volume.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::draw_from_pool())]
		pub fn draw_from_pool(
			origin: OriginFor<T>,
			slot: SlotIndex,
			pool: SourceRequirement,
			certificate: CertificateId,
			wh: u64,
		) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			Self::do_draw_from_pool(slot, pool, buyer, certificate, wh)
		}

		/// Removes a holding of an expired certificate after the record
		/// retention (anyone).
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::remove_holding())]
		pub fn remove_holding(
			origin: OriginFor<T>,
			certificate: CertificateId,
			owner: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_holding(certificate, owner)
		}

		/// Removes up to `MaxHistoryRemoval` history entries of an expired
		/// certificate without holdings, after the record retention, and
		/// the record with the last of them (anyone).
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::remove_certificate(T::MaxHistoryRemoval::get()))]
		pub fn remove_certificate(
			origin: OriginFor<T>,
			certificate: CertificateId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let entries = Self::do_remove_certificate(certificate)?;
			Ok(Some(T::WeightInfo::remove_certificate(entries)).into())
		}

		/// Removes a meter's claim counter of a slot once every certificate
		/// of the slot expired and their records' retention ended (anyone).
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::remove_claim_counter())]
		pub fn remove_claim_counter(
			origin: OriginFor<T>,
			meter: T::AccountId,
			slot: SlotIndex,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_claim_counter(meter, slot)
		}

		/// Removes a buyer's undrawn share of a certified pool once the
		/// slot's certificates expired and their records' retention ended
		/// (anyone).
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::remove_pool_share())]
		pub fn remove_pool_share(
			origin: OriginFor<T>,
			slot: SlotIndex,
			pool: SourceRequirement,
			buyer: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_pool_share(slot, pool, buyer)
		}

		/// Sets how long certificates issued from now on live, in ms after
		/// their slot ends (governance).
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::set_lifetime())]
		pub fn set_lifetime(origin: OriginFor<T>, lifetime: u64) -> DispatchResult {
			T::LifetimeOrigin::ensure_origin(origin)?;
			ensure!(
				lifetime > 0 && lifetime <= T::MaxLifetime::get(),
				Error::<T>::LifetimeOutOfRange
			);
			Lifetime::<T>::put(lifetime);
			Self::deposit_event(Event::LifetimeSet { lifetime });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The block timestamp, in ms since the epoch.
		pub fn now_ms() -> u64 {
			T::UnixTime::now().as_millis().try_into().unwrap_or(u64::MAX)
		}
	}
}
