//! What the records say each account should have held, per hold reason:
//! template deposits, oracle bonds and the report fees of running
//! agreements. `try_state` and the runtime's tests compare it with the
//! balances pallet's holds.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use sp_runtime::{traits::Zero, Saturating};

/// Every hold reason of the pallet.
pub const HOLD_REASONS: [HoldReason; 3] =
	[HoldReason::TemplateDeposit, HoldReason::OracleBond, HoldReason::MonitoringFees];

/// What should be held from each account for each reason (by the
/// reason's index, `reason as u8`).
pub type RecordedHolds<T> = BTreeMap<(<T as frame_system::Config>::AccountId, u8), BalanceOf<T>>;

impl<T: Config> Pallet<T> {
	/// The sums the records hold, by account and reason (absent: nothing).
	pub fn recorded_holds() -> RecordedHolds<T> {
		let mut holds = RecordedHolds::<T>::new();
		let mut add = |who: &T::AccountId, reason: HoldReason, amount: BalanceOf<T>| {
			if !amount.is_zero() {
				let entry = holds.entry((who.clone(), reason as u8)).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(amount);
			}
		};
		for record in Templates::<T>::iter_values() {
			add(&record.owner, HoldReason::TemplateDeposit, record.deposit);
		}
		for (oracle, record) in Oracles::<T>::iter() {
			add(&oracle, HoldReason::OracleBond, record.bond);
		}
		for monitoring in Monitored::<T>::iter_values() {
			add(&monitoring.provider, HoldReason::MonitoringFees, monitoring.fees_held);
		}
		holds
	}
}
