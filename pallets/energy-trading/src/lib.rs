//! # TSM energy trading
//!
//! Prosumers with solar panels, wind mills or storage sell their surplus to
//! consumers on the chain that carries the telecom marketplace, settled
//! against what their smart meters measured.
//!
//! - **Delivery slots.** Energy is traded for slots of wall-clock time
//!   (the block timestamp: Aura may skip slots, blocks do not measure
//!   time); slot `s` runs from `s × length` milliseconds. A slot's market
//!   takes orders until its gate closure, `gateClosure` before it starts,
//!   and at most `MaxSlotsAhead` slots ahead. The [`SlotTiming`] is set at
//!   genesis and by governance (`setTiming`), only while no slot has
//!   positions: a new length renumbers the slots.
//! - **Meters.** Participants trade through smart meters they own
//!   (`tsmIdentity` devices of kind `SmartMeter`); every order names one.
//!   A meter signs its own reading of a slot (Wh exported and imported)
//!   during the `readingWindow` after the slot; a meter without a reading
//!   delivered nothing. A meter's export in a slot goes to its owner's sale
//!   in the regulated exchange first (the markets still to come take what
//!   is left, in the order their trades were made).
//! - **Regulated exchange** (pure exchange at the regulator's price).
//!   Sellers (`EnergyProsumer`) offer Wh for a slot, buyers
//!   (`EnergyConsumer` or `EnergyProsumer`) request Wh, one position per
//!   participant and slot. The slot's price is fixed when its first
//!   position opens its market. A buyer's most cost (Wh × price) is held,
//!   and a seller's collateral (`Collateral` of its sale's value). At gate
//!   closure the slot clears at that price without touching a position:
//!   the short side is filled fully, the long side pro rata (fill = Wh ×
//!   other side ÷ own side, rounded down) — each fill is computed from the
//!   slot's totals when it is needed.
//! - **Delivery settlement.** The pool pairs nobody, so it settles as a
//!   pool, in two steps per position, each triggered by anyone after the
//!   reading window: first every position pays its part in — a buyer pays
//!   for its share of the energy the sellers delivered (delivered × its
//!   fill ÷ all fills, at the slot's price), a seller forfeits
//!   `Collateral` of the value it failed to deliver of its fill — and
//!   what is not owed is released; once every position of the slot paid
//!   in, each collects its share: a seller what the buyers paid, pro rata
//!   to what it delivered (less the platform fee, to the marketplace
//!   account), a buyer the forfeited collateral, pro rata to its fill.
//!   Rounding is always down and the pool keeps the dust. Nothing is paid
//!   before delivery is known; no path creates or destroys tokens. The
//!   pool's account keeps the existential deposit (the genesis funds it;
//!   on a chain upgraded to this pallet anyone sends it that much).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod meters;
#[cfg(test)]
mod mock;
mod pool;
pub mod runtime_api;
mod settlement;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub mod weights;

use frame_support::traits::fungible;

/// The balance type of the settlement token.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A position as stored.
pub type PositionOf<T> = Position<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::UnixTime, PalletId};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{Perbill, Permill};
	use tsm_primitives::{ids::SlotIndex, DeviceRegistry, OnDeliverySettled, RoleProvider};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A buyer's most cost for a slot.
		Escrow,
		/// A seller's collateral for a slot.
		Collateral,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The settlement token.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who holds which role (identity service).
		type Roles: RoleProvider<Self::AccountId>;

		/// Smart meters and their owners (identity service).
		type Devices: DeviceRegistry<Self::AccountId>;

		/// Wall-clock time (the block timestamp).
		type UnixTime: UnixTime;

		/// The regulated price of a kWh (governance).
		type RegulatedPrice: Get<BalanceOf<Self>>;

		/// The share of a sale's value a seller posts as collateral and
		/// forfeits per undelivered Wh (governance).
		type Collateral: Get<Perbill>;

		/// The marketplace's share of what sellers are paid (governance).
		type PlatformFee: Get<Permill>;

		/// Receives the platform fees.
		type MarketAccount: Get<Self::AccountId>;

		/// Told who delivered energy to whom (guarantees of origin).
		type OnDeliverySettled: OnDeliverySettled<Self::AccountId>;

		/// The pool's account: what buyers pay in and sellers forfeit waits
		/// there until every position of the slot paid in.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The slot timing until genesis or governance sets one.
		type DefaultTiming: Get<SlotTiming>;

		/// Sets the slot timing (governance).
		type TimingOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How many slots ahead orders are taken.
		#[pallet::constant]
		type MaxSlotsAhead: Get<SlotIndex>;

		/// Slots a reading is kept for (guarantees of origin are claimed
		/// against it); anyone removes it after.
		#[pallet::constant]
		type ReadingRetention: Get<SlotIndex>;

		/// The smallest position, in Wh.
		#[pallet::constant]
		type MinOrderWh: Get<u64>;

		/// The largest position and reading, in Wh.
		#[pallet::constant]
		type MaxWh: Get<u64>;

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

	/// The slots' clock.
	#[pallet::storage]
	pub type Timing<T: Config> = StorageValue<_, SlotTiming, ValueQuery, T::DefaultTiming>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The slot timing (the default if `None`).
		pub timing: Option<SlotTiming>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(timing) = self.timing {
				assert!(Pallet::<T>::valid_timing(&timing), "a valid slot timing");
				Timing::<T>::put(timing);
			}
		}
	}

	/// Each open slot's regulated exchange.
	#[pallet::storage]
	pub type Slots<T: Config> =
		StorageMap<_, Twox64Concat, SlotIndex, SlotMarket<BalanceOf<T>>, OptionQuery>;

	/// Positions in the regulated exchange, by slot and participant.
	#[pallet::storage]
	pub type Positions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SlotIndex,
		Blake2_128Concat,
		T::AccountId,
		PositionOf<T>,
		OptionQuery,
	>;

	/// Meter readings, by meter and slot.
	#[pallet::storage]
	pub type Readings<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SlotIndex,
		Reading,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A slot's market opened at the regulated price.
		SlotOpened { slot: SlotIndex, price: BalanceOf<T> },
		/// A seller offered energy; its collateral is held.
		EnergyOffered {
			slot: SlotIndex,
			seller: T::AccountId,
			meter: T::AccountId,
			wh: u64,
			collateral: BalanceOf<T>,
		},
		/// A buyer requested energy; its most cost is held.
		EnergyRequested {
			slot: SlotIndex,
			buyer: T::AccountId,
			meter: T::AccountId,
			wh: u64,
			escrow: BalanceOf<T>,
		},
		/// A position was withdrawn before gate closure; its hold returned.
		PositionCancelled { slot: SlotIndex, who: T::AccountId },
		/// A meter reported a slot.
		ReadingSubmitted { meter: T::AccountId, slot: SlotIndex, exported: u64, imported: u64 },
		/// Governance set the slot timing.
		TimingSet { timing: SlotTiming },
		/// A reading past its retention was removed.
		ReadingRemoved { meter: T::AccountId, slot: SlotIndex },
		/// A position paid its part into the pool: a buyer for the energy
		/// delivered to it, a seller the collateral it forfeited.
		PositionSettled {
			slot: SlotIndex,
			who: T::AccountId,
			filled: u64,
			delivered: u64,
			paid: BalanceOf<T>,
		},
		/// A position collected its share: a seller its pay (less the fee), a
		/// buyer its share of the forfeited collateral.
		PositionPaid { slot: SlotIndex, who: T::AccountId, amount: BalanceOf<T>, fee: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A seller needs an `EnergyProsumer` credential, a buyer an
		/// `EnergyConsumer` or `EnergyProsumer` one.
		NoEnergyCredential,
		/// The meter is not an active smart meter of the caller.
		NotYourMeter,
		/// The slot's market is closed (gate closure passed) or not open yet
		/// (too far ahead).
		SlotNotOpen,
		/// Fewer Wh than the smallest order, or more than the largest.
		QuantityOutOfRange,
		/// The caller has a position in this slot already.
		AlreadyInSlot,
		/// No regulated price is set.
		NoRegulatedPrice,
		/// The caller cannot pay the escrow or collateral.
		InsufficientFunds,
		/// No such position.
		UnknownPosition,
		/// The sender is not an active smart meter.
		NotAMeter,
		/// The slot has not ended yet.
		SlotNotOver,
		/// The slot's reading window is over.
		ReadingTooLate,
		/// The meter reported this slot already.
		ReadingExists,
		/// More Wh than a reading may carry.
		ReadingOutOfRange,
		/// No such reading.
		UnknownReading,
		/// The reading is still kept.
		ReadingRetained,
		/// The slot's reading window is not over yet.
		ReadingWindowOpen,
		/// The position paid its part already; it collects once every
		/// position of the slot did.
		OthersNotSettled,
		/// The pool's account does not hold the existential deposit, so it
		/// cannot take a small payment: anyone may send it that much.
		PoolUnfunded,
		/// A slot length or reading window of zero.
		InvalidTiming,
		/// Slots have positions: their numbering cannot change now.
		SlotsInUse,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(Self::valid_timing(&T::DefaultTiming::get()), "a valid default timing");
			assert!(T::MinOrderWh::get() > 0, "an order has energy");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Offers `wh` of the energy `meter` will export in `slot` to the
		/// regulated exchange; holds the collateral.
		///
		/// Origin: an `EnergyProsumer` owning the smart meter. Emits
		/// `EnergyOffered` (and `SlotOpened`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::offer_energy())]
		pub fn offer_energy(
			origin: OriginFor<T>,
			slot: SlotIndex,
			meter: T::AccountId,
			wh: u64,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_open_position(seller, slot, meter, wh, Side::Sell)
		}

		/// Requests `wh` for `meter` to import in `slot` from the regulated
		/// exchange; holds the most it can cost (Wh × the slot's price).
		///
		/// Origin: an `EnergyConsumer` or `EnergyProsumer` owning the smart
		/// meter. Emits `EnergyRequested` (and `SlotOpened`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::request_energy())]
		pub fn request_energy(
			origin: OriginFor<T>,
			slot: SlotIndex,
			meter: T::AccountId,
			wh: u64,
		) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			Self::do_open_position(buyer, slot, meter, wh, Side::Buy)
		}

		/// Withdraws the caller's position before gate closure; its hold
		/// returns.
		///
		/// Origin: the position's owner. Emits `PositionCancelled`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::cancel_position())]
		pub fn cancel_position(origin: OriginFor<T>, slot: SlotIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_position(who, slot)
		}

		/// A smart meter reports what it exported and imported in `slot`,
		/// during the reading window after it.
		///
		/// Origin: the meter's own account. Emits `ReadingSubmitted`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::submit_reading())]
		pub fn submit_reading(
			origin: OriginFor<T>,
			slot: SlotIndex,
			exported: u64,
			imported: u64,
		) -> DispatchResult {
			let meter = ensure_signed(origin)?;
			Self::do_submit_reading(meter, slot, exported, imported)
		}

		/// Removes a reading older than the retention.
		///
		/// Origin: any signed account. Emits `ReadingRemoved`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_reading())]
		pub fn remove_reading(
			origin: OriginFor<T>,
			meter: T::AccountId,
			slot: SlotIndex,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_reading(meter, slot)
		}

		/// Sets the slots' clock. Only while no slot has positions: a new
		/// length renumbers the slots.
		///
		/// Origin: governance. Emits `TimingSet`.
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::set_timing())]
		pub fn set_timing(origin: OriginFor<T>, timing: SlotTiming) -> DispatchResult {
			T::TimingOrigin::ensure_origin(origin)?;
			ensure!(Self::valid_timing(&timing), Error::<T>::InvalidTiming);
			ensure!(Slots::<T>::iter_keys().next().is_none(), Error::<T>::SlotsInUse);
			Timing::<T>::put(timing);
			Self::deposit_event(Event::TimingSet { timing });
			Ok(())
		}

		/// Settles `who`'s position in `slot` once the reading window is
		/// over: the first call pays its part into the pool and releases
		/// the rest of its hold; once every position of the slot did, the
		/// next call pays it its share.
		///
		/// Origin: any signed account. Emits `PositionSettled`, then
		/// `PositionPaid`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::settle_position().max(T::WeightInfo::collect_position()))]
		pub fn settle_position(
			origin: OriginFor<T>,
			slot: SlotIndex,
			who: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(slot, who)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pool's account.
		pub fn pool_account() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}

		/// Milliseconds since the unix epoch, from the block timestamp.
		pub(crate) fn now_ms() -> u64 {
			T::UnixTime::now().as_millis().try_into().unwrap_or(u64::MAX)
		}

		/// The slot running now.
		pub fn current_slot() -> SlotIndex {
			Self::now_ms() / Timing::<T>::get().length.max(1)
		}

		/// The millisecond `slot` starts at.
		pub fn slot_start(slot: SlotIndex) -> u64 {
			slot.saturating_mul(Timing::<T>::get().length)
		}

		/// A slot timing slots can run by.
		pub fn valid_timing(timing: &SlotTiming) -> bool {
			timing.length > 0 && timing.reading_window > 0
		}
	}
}
