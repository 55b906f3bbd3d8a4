//! Storage migrations of the energy-trading pallet.

use crate::*;

/// Version 0 → 1: the regulated exchange gets pools — a slot's market is
/// kept per (slot, pool) and each position names its pool — and auction
/// terms a source requirement. Everything written before is in the open
/// pool and requires nothing.
pub mod v1 {
	use super::*;
	use alloc::vec::Vec;
	use codec::{Decode, Encode};
	use frame_support::{pallet_prelude::*, storage_alias, traits::UncheckedOnRuntimeUpgrade};
	use tsm_primitives::ids::SlotIndex;

	/// The version 0 records, as the old code wrote them.
	pub mod old {
		use super::*;

		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct Position<AccountId, Balance> {
			pub side: Side,
			pub meter: AccountId,
			pub wh: u64,
			pub held: Balance,
			pub delivered: u64,
			pub status: PositionStatus,
		}

		#[derive(Encode, Decode, Clone, Copy, PartialEq, Debug, TypeInfo)]
		pub struct AuctionTerms {
			pub kind: AuctionKind,
			pub slot: SlotIndex,
			pub wh: u64,
			pub start: Tick,
			pub reserve: Tick,
			pub increment: Tick,
			pub ends: u64,
			pub extension: u64,
			pub reveal_ends: u64,
		}

		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct Auction<AccountId, Balance> {
			pub owner: AccountId,
			pub meter: AccountId,
			pub terms: AuctionTerms,
			pub held: Balance,
			pub best: Option<Bid<AccountId, Balance>>,
			pub second: Option<Tick>,
			pub commitments: u32,
		}

		pub type PositionOf<T> = Position<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
		pub type AuctionOf<T> = Auction<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

		#[storage_alias]
		pub type Slots<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, SlotIndex, SlotMarket<BalanceOf<T>>>;

		#[storage_alias]
		pub type Positions<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			SlotIndex,
			Blake2_128Concat,
			<T as frame_system::Config>::AccountId,
			PositionOf<T>,
		>;

		#[storage_alias]
		pub type Auctions<T: Config> = StorageMap<Pallet<T>, Twox64Concat, AuctionId, AuctionOf<T>>;
	}

	/// The migration's work, run once by [`MigrateToV1`]. The entries are
	/// few: slots live from their first position until their settlement,
	/// at most `MaxSlotsAhead` ahead, auctions until their slot starts.
	pub struct UncheckedMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			// Read every old market before writing a new key under the same
			// prefix, which the old layout could not decode.
			let markets: Vec<_> = old::Slots::<T>::drain().collect();
			let mut entries = markets.len() as u64;
			for (slot, market) in markets {
				Slots::<T>::insert(slot, OPEN_POOL, market);
			}
			Positions::<T>::translate::<old::PositionOf<T>, _>(|_, _, old| {
				entries += 1;
				Some(Position {
					side: old.side,
					pool: OPEN_POOL,
					meter: old.meter,
					wh: old.wh,
					held: old.held,
					delivered: old.delivered,
					status: old.status,
				})
			});
			Auctions::<T>::translate::<old::AuctionOf<T>, _>(|_, old| {
				entries += 1;
				let terms = old.terms;
				Some(Auction {
					owner: old.owner,
					meter: old.meter,
					terms: AuctionTerms {
						kind: terms.kind,
						slot: terms.slot,
						wh: terms.wh,
						start: terms.start,
						reserve: terms.reserve,
						increment: terms.increment,
						ends: terms.ends,
						extension: terms.extension,
						reveal_ends: terms.reveal_ends,
						require: None,
					},
					held: old.held,
					best: old.best,
					second: old.second,
					commitments: old.commitments,
				})
			});
			// Each entry read, and written (an old market twice: removed
			// and written under its new key).
			T::DbWeight::get().reads_writes(entries, entries.saturating_mul(2))
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 0 → 1, run only while the pallet's storage is at version 0.
	pub type MigrateToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
