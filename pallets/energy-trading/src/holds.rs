//! What the records say each account should have held, per hold reason: a
//! buyer's escrow and a seller's collateral in positions, resting orders,
//! open trades, auctions and their best bids, and sealed bids' bonds. `try_state` and the runtime's tests compare it with the
//! balances pallet's holds.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use sp_runtime::{traits::Zero, Saturating};

/// Every hold reason of the pallet.
pub const HOLD_REASONS: [HoldReason; 2] = [HoldReason::Escrow, HoldReason::Collateral];

/// What should be held from each account for each reason (by the reason's
/// index, `reason as u8`).
pub type RecordedHolds<T> = BTreeMap<(<T as frame_system::Config>::AccountId, u8), BalanceOf<T>>;

impl<T: Config> Pallet<T> {
	/// The sums the records hold, by account and reason (absent: nothing).
	pub fn recorded_holds() -> RecordedHolds<T> {
		let mut holds = RecordedHolds::<T>::new();
		let mut add = |who: &T::AccountId, side: Side, amount: BalanceOf<T>| {
			if !amount.is_zero() {
				let entry =
					holds.entry((who.clone(), Self::reason(side) as u8)).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(amount);
			}
		};
		for (_, who, position) in Positions::<T>::iter() {
			add(&who, position.side, position.held);
		}
		for order in Orders::<T>::iter_values() {
			add(&order.owner, order.side, order.held);
		}
		for trade in Trades::<T>::iter_values() {
			add(&trade.buyer, Side::Buy, trade.escrow);
			add(&trade.seller, Side::Sell, trade.collateral);
		}
		for auction in Auctions::<T>::iter_values() {
			let side = auction.terms.kind.owner_side();
			add(&auction.owner, side, auction.held);
			if let Some(best) = auction.best {
				add(&best.bidder, side.opposite(), best.held);
			}
		}
		for (_, bidder, commitment) in Commitments::<T>::iter() {
			add(&bidder, Side::Buy, commitment.bond);
		}
		holds
	}
}
