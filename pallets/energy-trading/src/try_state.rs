//! The invariants the pallet keeps, checked after every unit test and by
//! `try-runtime`: holds equal the positions' records, each slot's totals
//! equal the sums of its positions, nobody delivers more than its fill,
//! and the pool can pay every share still owed.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::{
	traits::{UniqueSaturatedInto, Zero},
	Saturating, TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut held: BTreeMap<(T::AccountId, u8), BalanceOf<T>> = BTreeMap::new();
		let mut owed = 0u128;
		for (slot, market) in Slots::<T>::iter() {
			let (mut offered, mut requested, mut delivered) = (0u64, 0u64, 0u64);
			let (mut positions, mut settled) = (0u32, 0u32);
			for (who, position) in Positions::<T>::iter_prefix(slot) {
				let entry = held
					.entry((who.clone(), Self::reason(position.side) as u8))
					.or_insert_with(Zero::zero);
				*entry = entry.saturating_add(position.held);
				positions += 1;
				let filled = Self::fill(&market, &position);
				match position.side {
					Side::Sell => {
						offered += position.wh;
						delivered += position.delivered;
						ensure!(position.delivered <= filled, "nobody delivers more than its fill");
					}
					Side::Buy => requested += position.wh,
				}
				ensure!(filled <= position.wh, "a fill is at most the position");
				if position.status == PositionStatus::Settled {
					settled += 1;
					owed += Self::pool_share(&market, &position, filled);
				}
			}
			ensure!(market.offered == offered, "offered Wh equal the sellers' positions");
			ensure!(market.requested == requested, "requested Wh equal the buyers' positions");
			ensure!(market.delivered == delivered, "delivered Wh equal the sellers' deliveries");
			ensure!(market.positions == positions, "positions are counted");
			ensure!(market.settled == settled, "settled positions are counted");
		}
		for ((who, reason), amount) in held {
			let reason = [HoldReason::Escrow, HoldReason::Collateral]
				.into_iter()
				.find(|r| *r as u8 == reason)
				.ok_or("a known hold reason")?;
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"holds equal the positions"
			);
		}
		let pool: u128 = T::Currency::balance(&Self::pool_account()).unique_saturated_into();
		ensure!(pool >= owed, "the pool can pay every share owed");
		Ok(())
	}
}
