//! Inter-CSP settlement: operators in a settlement group record what they
//! charge each other during a settlement period; at its end the gross
//! charges are netted per member, and after a dispute window the net
//! positions settle with at most n - 1 transfers for n members.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::Mutate, tokens::Preservation, Get},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError,
};
use tsm_primitives::ids::{PeriodIndex, SettlementGroupId};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_group(
		founder: T::AccountId,
		period_length: frame_system::pallet_prelude::BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(Self::is_operator(&founder), Error::<T>::NotAnOperator);
		ensure!(!period_length.is_zero(), Error::<T>::ZeroBillingPeriod);
		let id = NextGroupId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let members: BoundedVec<_, T::MaxGroupMembers> =
			BoundedVec::truncate_from(alloc::vec![founder.clone()]);
		let now = frame_system::Pallet::<T>::block_number();
		Groups::<T>::insert(
			id,
			SettlementGroup { members, period_length, period: 0, period_start: now },
		);
		NextGroupId::<T>::put(next);
		Self::deposit_event(Event::GroupCreated { group: id, founder, period_length });
		Ok(())
	}

	/// Adds the caller to the group: an operator joins by itself, so that
	/// nobody is netted without having agreed to.
	pub(crate) fn do_join_group(who: T::AccountId, id: SettlementGroupId) -> DispatchResult {
		ensure!(Self::is_operator(&who), Error::<T>::NotAnOperator);
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(!group.members.contains(&who), Error::<T>::AlreadyGroupMember);
		group.members.try_push(who.clone()).map_err(|_| Error::<T>::GroupFull)?;
		Groups::<T>::insert(id, group);
		Self::deposit_event(Event::GroupJoined { group: id, who });
		Ok(())
	}

	pub(crate) fn do_record_charge(
		creditor: T::AccountId,
		id: SettlementGroupId,
		debtor: T::AccountId,
		amount: BalanceOf<T>,
		evidence: H256,
	) -> DispatchResult {
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(group.members.contains(&creditor), Error::<T>::NotGroupMember);
		ensure!(group.members.contains(&debtor), Error::<T>::NotGroupMember);
		ensure!(creditor != debtor, Error::<T>::ChargeToSelf);
		ensure!(!amount.is_zero(), Error::<T>::ZeroCharge);
		let period = group.period;
		Charges::<T>::try_mutate(id, period, |charges| {
			charges.try_push(Charge {
				creditor: creditor.clone(),
				debtor: debtor.clone(),
				amount,
				evidence,
			})
		})
		.map_err(|_| Error::<T>::TooManyCharges)?;
		Self::deposit_event(Event::ChargeRecorded { group: id, period, creditor, debtor, amount });
		Ok(())
	}

	/// Closes the group's settlement period once it is over: nets every
	/// member's charges and opens the next period.
	pub(crate) fn do_close_settlement_period(id: SettlementGroupId) -> DispatchResult {
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= group.period_start.saturating_add(group.period_length),
			Error::<T>::PeriodNotOver
		);
		let period = group.period;
		let positions = Self::net_positions(&group.members, &Charges::<T>::get(id, period))?;
		Netting::<T>::insert(
			id,
			period,
			NettingResult { positions, closed_at: now, status: NettingStatus::Open },
		);
		group.period = period.saturating_add(1);
		group.period_start = now;
		Groups::<T>::insert(id, group);
		Self::deposit_event(Event::NettingComputed { group: id, period });
		Ok(())
	}

	/// A member disputes a netting within the netting dispute window; it
	/// then settles only by arbitration.
	pub(crate) fn do_dispute_netting(
		who: T::AccountId,
		id: SettlementGroupId,
		period: PeriodIndex,
	) -> DispatchResult {
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(group.members.contains(&who), Error::<T>::NotGroupMember);
		let mut netting = Netting::<T>::get(id, period).ok_or(Error::<T>::UnknownNetting)?;
		ensure!(netting.status != NettingStatus::Disputed, Error::<T>::AlreadyDisputed);
		ensure!(netting.status == NettingStatus::Open, Error::<T>::AlreadySettled);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= netting.closed_at.saturating_add(T::NettingDisputeWindow::get()),
			Error::<T>::DisputeWindowOver
		);
		netting.status = NettingStatus::Disputed;
		Netting::<T>::insert(id, period, netting);
		Self::deposit_event(Event::NettingDisputed { group: id, period, by: who });
		Ok(())
	}

	/// Settles an undisputed netting once its dispute window is over.
	pub(crate) fn do_settle_netting(id: SettlementGroupId, period: PeriodIndex) -> DispatchResult {
		let netting = Netting::<T>::get(id, period).ok_or(Error::<T>::UnknownNetting)?;
		ensure!(
			matches!(netting.status, NettingStatus::Open | NettingStatus::Disputed),
			Error::<T>::AlreadySettled
		);
		ensure!(netting.status == NettingStatus::Open, Error::<T>::NettingIsDisputed);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now > netting.closed_at.saturating_add(T::NettingDisputeWindow::get()),
			Error::<T>::DisputeWindowOpen
		);
		Self::pay_netting(id, period, netting)
	}

	/// Arbitration decides a disputed netting: pays it as computed
	/// (`uphold`), or voids it — nothing is transferred, and the members
	/// record corrected charges in a later period.
	pub(crate) fn do_arbitrate_netting(
		id: SettlementGroupId,
		period: PeriodIndex,
		uphold: bool,
	) -> DispatchResult {
		let mut netting = Netting::<T>::get(id, period).ok_or(Error::<T>::UnknownNetting)?;
		ensure!(netting.status == NettingStatus::Disputed, Error::<T>::NotDisputed);
		if uphold {
			return Self::pay_netting(id, period, netting);
		}
		netting.status = NettingStatus::Voided;
		Netting::<T>::insert(id, period, netting);
		Self::deposit_event(Event::NettingVoided { group: id, period });
		Ok(())
	}

	/// Pays `netting`'s positions and records it settled.
	fn pay_netting(
		id: SettlementGroupId,
		period: PeriodIndex,
		mut netting: NettingOf<T>,
	) -> DispatchResult {
		let transfers = Self::settlement_transfers(&netting.positions);
		for (from, to, amount) in &transfers {
			T::Currency::transfer(from, to, *amount, Preservation::Preserve)
				.map_err(|_| Error::<T>::DebtorCannotPay)?;
		}
		netting.status = NettingStatus::Settled;
		Netting::<T>::insert(id, period, netting);
		Self::deposit_event(Event::NettingSettled {
			group: id,
			period,
			transfers: transfers.len() as u32,
		});
		Ok(())
	}

	/// Each member's net position: what others owe it minus what it owes.
	pub(crate) fn net_positions(
		members: &[T::AccountId],
		charges: &[ChargeOf<T>],
	) -> Result<BoundedVec<NetPositionOf<T>, T::MaxGroupMembers>, DispatchError> {
		let mut receivable: Vec<BalanceOf<T>> = members.iter().map(|_| Zero::zero()).collect();
		let mut payable = receivable.clone();
		let index = |who: &T::AccountId| members.iter().position(|m| m == who);
		for charge in charges {
			let (Some(c), Some(d)) = (index(&charge.creditor), index(&charge.debtor)) else {
				continue;
			};
			receivable[c] =
				receivable[c].checked_add(&charge.amount).ok_or(Error::<T>::AmountOverflow)?;
			payable[d] =
				payable[d].checked_add(&charge.amount).ok_or(Error::<T>::AmountOverflow)?;
		}
		let positions = members
			.iter()
			.zip(receivable.into_iter().zip(payable))
			.map(|(who, (receive, pay))| NetPosition {
				member: who.clone(),
				// Only the difference matters; one side is zero.
				receive: receive.saturating_sub(pay),
				pay: pay.saturating_sub(receive),
			})
			.collect::<Vec<_>>();
		Ok(BoundedVec::truncate_from(positions))
	}

	/// The transfers that settle `positions`: each payer pays receivers in
	/// order until its debt is gone; every transfer clears a payer or a
	/// receiver, so n members need at most n - 1 transfers.
	pub(crate) fn settlement_transfers(
		positions: &[NetPositionOf<T>],
	) -> Vec<(T::AccountId, T::AccountId, BalanceOf<T>)> {
		let mut payers: Vec<(T::AccountId, BalanceOf<T>)> = positions
			.iter()
			.filter(|p| !p.pay.is_zero())
			.map(|p| (p.member.clone(), p.pay))
			.collect();
		let mut receivers: Vec<(T::AccountId, BalanceOf<T>)> = positions
			.iter()
			.filter(|p| !p.receive.is_zero())
			.map(|p| (p.member.clone(), p.receive))
			.collect();
		let mut transfers = Vec::new();
		let (mut i, mut j) = (0, 0);
		while i < payers.len() && j < receivers.len() {
			let amount = payers[i].1.min(receivers[j].1);
			transfers.push((payers[i].0.clone(), receivers[j].0.clone(), amount));
			payers[i].1 = payers[i].1.saturating_sub(amount);
			receivers[j].1 = receivers[j].1.saturating_sub(amount);
			if payers[i].1.is_zero() {
				i += 1;
			}
			if receivers[j].1.is_zero() {
				j += 1;
			}
		}
		transfers
	}

	fn is_operator(who: &T::AccountId) -> bool {
		[Role::NetworkOperator, Role::SmallCellProvider]
			.iter()
			.any(|role| T::Roles::has_role(who, *role))
	}
}
