//! What the records say each account should have held, per hold reason.
//! `try_state` compares it with the holds of every account the records
//! name; tests also compare it with every hold the balances pallet keeps,
//! which catches a hold left without any record.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use sp_runtime::{traits::Zero, Saturating};

/// Every hold reason of the pallet.
pub const HOLD_REASONS: [HoldReason; 7] = [
	HoldReason::OfferDeposit,
	HoldReason::Escrow,
	HoldReason::ProviderBond,
	HoldReason::DisputedPayment,
	HoldReason::GroupDeposit,
	HoldReason::DisputedCharge,
	HoldReason::Commitment,
];

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
		for offer in Offers::<T>::iter_values() {
			add(&offer.provider, HoldReason::OfferDeposit, offer.deposit);
		}
		for (id, agreement) in Agreements::<T>::iter() {
			add(&agreement.consumer, HoldReason::Escrow, agreement.escrow);
			add(&agreement.consumer, HoldReason::Commitment, agreement.commitment);
			if agreement.state.holds_bond() {
				add(&agreement.provider, HoldReason::ProviderBond, agreement.bond);
			}
			for bill in Bills::<T>::iter_prefix_values(id) {
				if bill.status == BillStatus::Disputed {
					let in_question = bill.flat.saturating_add(bill.usage);
					add(&agreement.consumer, HoldReason::DisputedPayment, in_question);
				}
			}
		}
		for group in Groups::<T>::iter_values() {
			for member in group.members.iter() {
				add(&member.account, HoldReason::GroupDeposit, member.deposit);
			}
		}
		for charges in Charges::<T>::iter_values() {
			for charge in charges.iter().filter(|c| c.status == ChargeStatus::Disputed) {
				add(&charge.debtor, HoldReason::DisputedCharge, charge.amount);
			}
		}
		holds
	}
}
