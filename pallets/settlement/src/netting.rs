//! Inter-CSP settlement: operators in a settlement group record what they
//! charge each other during a settlement period, within limits each debtor
//! agreed to; at its end (after a review window for disputes) the undisputed
//! charges are netted per member and paid with at most n - 1 transfers for
//! n members, as far as each payer can pay.
//!
//! Settlement periods follow each other back to back from the group's
//! creation: charges go to the period the block falls in, and periods close
//! in order.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance},
		Get,
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedAdd, Saturating, UniqueSaturatedInto, Zero},
	Rounding,
};
use tsm_primitives::ids::{PeriodIndex, SettlementGroupId};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_group(
		founder: T::AccountId,
		period_length: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(Self::is_operator(&founder), Error::<T>::NotAnOperator);
		ensure!(!period_length.is_zero(), Error::<T>::ZeroBillingPeriod);
		let id = NextGroupId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = Self::hold_group_deposit(&founder)?;
		let founding_member = GroupMember { account: founder.clone(), deposit, leaves_after: None };
		Groups::<T>::insert(
			id,
			SettlementGroup {
				members: BoundedVec::truncate_from(alloc::vec![founding_member]),
				invited: BoundedVec::new(),
				period_length,
				period: 0,
				period_start: frame_system::Pallet::<T>::block_number(),
			},
		);
		NextGroupId::<T>::put(next);
		Self::deposit_event(Event::GroupCreated { group: id, founder, period_length });
		Ok(())
	}

	/// A member invites an operator; the operator still has to join.
	pub(crate) fn do_invite(
		by: T::AccountId,
		id: SettlementGroupId,
		who: T::AccountId,
	) -> DispatchResult {
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		let member = group.member(&by).ok_or(Error::<T>::NotGroupMember)?;
		ensure!(member.leaves_after.is_none(), Error::<T>::AlreadyLeaving);
		ensure!(group.member(&who).is_none(), Error::<T>::AlreadyGroupMember);
		ensure!(!group.invited.contains(&who), Error::<T>::AlreadyInvited);
		ensure!(Self::is_operator(&who), Error::<T>::NotAnOperator);
		group.invited.try_push(who.clone()).map_err(|_| Error::<T>::TooManyInvitations)?;
		Groups::<T>::insert(id, group);
		Self::deposit_event(Event::MemberInvited { group: id, who, by });
		Ok(())
	}

	pub(crate) fn do_withdraw_invitation(
		by: T::AccountId,
		id: SettlementGroupId,
		who: T::AccountId,
	) -> DispatchResult {
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(group.member(&by).is_some(), Error::<T>::NotGroupMember);
		let position =
			group.invited.iter().position(|i| *i == who).ok_or(Error::<T>::NotInvited)?;
		group.invited.remove(position);
		Groups::<T>::insert(id, group);
		Self::deposit_event(Event::InvitationWithdrawn { group: id, who });
		Ok(())
	}

	/// An invited operator joins and holds the group deposit: nobody is
	/// netted without having agreed to, and nobody joins uninvited.
	pub(crate) fn do_join_group(who: T::AccountId, id: SettlementGroupId) -> DispatchResult {
		ensure!(Self::is_operator(&who), Error::<T>::NotAnOperator);
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		let position =
			group.invited.iter().position(|i| *i == who).ok_or(Error::<T>::NotInvited)?;
		group.invited.remove(position);
		let deposit = Self::hold_group_deposit(&who)?;
		group
			.members
			.try_push(GroupMember { account: who.clone(), deposit, leaves_after: None })
			.map_err(|_| Error::<T>::GroupFull)?;
		Groups::<T>::insert(id, group);
		Self::deposit_event(Event::GroupJoined { group: id, who, deposit });
		Ok(())
	}

	/// The member is netted up to the current settlement period and leaves
	/// when it closes.
	pub(crate) fn do_leave_group(who: T::AccountId, id: SettlementGroupId) -> DispatchResult {
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		let last_period = Self::current_period(&group);
		let member = group
			.members
			.iter_mut()
			.find(|m| m.account == who)
			.ok_or(Error::<T>::NotGroupMember)?;
		ensure!(member.leaves_after.is_none(), Error::<T>::AlreadyLeaving);
		member.leaves_after = Some(last_period);
		Groups::<T>::insert(id, group);
		Self::deposit_event(Event::MemberLeaving { group: id, who, last_period });
		Ok(())
	}

	/// Governance dissolves a group: deposits return, limits go; the
	/// records of charges and nettings stay.
	pub(crate) fn do_dissolve_group(id: SettlementGroupId) -> DispatchResult {
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		Self::remove_group(id, group);
		Ok(())
	}

	/// The debtor's consent: what `creditor` may charge it per period.
	pub(crate) fn do_set_charge_limit(
		debtor: T::AccountId,
		id: SettlementGroupId,
		creditor: T::AccountId,
		limit: BalanceOf<T>,
	) -> DispatchResult {
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(group.member(&debtor).is_some(), Error::<T>::NotGroupMember);
		ensure!(group.member(&creditor).is_some(), Error::<T>::NotGroupMember);
		ensure!(debtor != creditor, Error::<T>::ChargeToSelf);
		let key = (id, debtor.clone(), creditor.clone());
		if limit.is_zero() {
			ChargeLimits::<T>::remove(key);
		} else {
			ChargeLimits::<T>::insert(key, limit);
		}
		Self::deposit_event(Event::ChargeLimitSet { group: id, debtor, creditor, limit });
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
		let period = Self::current_period(&group);
		ensure!(group.is_member_in(&creditor, period), Error::<T>::NotGroupMember);
		ensure!(group.is_member_in(&debtor, period), Error::<T>::NotGroupMember);
		// A credential withdrawn since joining stops the member charging.
		ensure!(Self::is_operator(&creditor), Error::<T>::NotAnOperator);
		ensure!(creditor != debtor, Error::<T>::ChargeToSelf);
		ensure!(!amount.is_zero(), Error::<T>::ZeroCharge);

		let mut charges = Charges::<T>::get((id, period, &creditor));
		let limit = ChargeLimits::<T>::get((id, &debtor, &creditor)).unwrap_or_else(Zero::zero);
		let charged = charges
			.iter()
			.filter(|c| c.debtor == debtor)
			.fold(BalanceOf::<T>::zero(), |sum, c| sum.saturating_add(c.amount));
		ensure!(
			charged.checked_add(&amount).is_some_and(|total| total <= limit),
			Error::<T>::ChargeAboveLimit
		);
		let gross = PeriodGross::<T>::get(id, period)
			.checked_add(&amount)
			.ok_or(Error::<T>::AmountOverflow)?;
		let index = charges.len() as u32;
		charges
			.try_push(Charge {
				creditor: creditor.clone(),
				debtor: debtor.clone(),
				amount,
				evidence,
				status: ChargeStatus::Recorded,
			})
			.map_err(|_| Error::<T>::TooManyCharges)?;
		Charges::<T>::insert((id, period, &creditor), charges);
		PeriodGross::<T>::insert(id, period, gross);
		Self::deposit_event(Event::ChargeRecorded {
			group: id,
			period,
			creditor,
			index,
			debtor,
			amount,
		});
		Ok(())
	}

	/// The debtor takes one charge out of the netting: its amount is held
	/// from it until arbitration decides, so disputing costs the debtor the
	/// use of the money and cannot be used to dodge a due charge.
	pub(crate) fn do_dispute_charge(
		debtor: T::AccountId,
		id: SettlementGroupId,
		period: PeriodIndex,
		creditor: T::AccountId,
		index: u32,
	) -> DispatchResult {
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(period >= group.period, Error::<T>::PeriodClosed);
		let mut charges = Charges::<T>::get((id, period, &creditor));
		let charge = charges.get_mut(index as usize).ok_or(Error::<T>::UnknownCharge)?;
		ensure!(charge.debtor == debtor, Error::<T>::NotDebtor);
		ensure!(charge.status == ChargeStatus::Recorded, Error::<T>::AlreadyDisputed);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= Self::group_period_end(&group, period)
				.saturating_add(T::NettingDisputeWindow::get()),
			Error::<T>::DisputeWindowOver
		);
		Self::hold(HoldReason::DisputedCharge, &debtor, charge.amount)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		charge.status = ChargeStatus::Disputed;
		Charges::<T>::insert((id, period, &creditor), charges);
		Self::deposit_event(Event::ChargeDisputed { group: id, period, creditor, index });
		Ok(())
	}

	pub(crate) fn do_arbitrate_charge(
		id: SettlementGroupId,
		period: PeriodIndex,
		creditor: T::AccountId,
		index: u32,
		uphold: bool,
	) -> DispatchResult {
		let mut charges = Charges::<T>::get((id, period, &creditor));
		let charge = charges.get_mut(index as usize).ok_or(Error::<T>::UnknownCharge)?;
		ensure!(charge.status == ChargeStatus::Disputed, Error::<T>::NotDisputed);
		let reason = HoldReason::DisputedCharge;
		if uphold {
			Self::transfer_held(reason, &charge.debtor, &creditor, charge.amount)?;
			charge.status = ChargeStatus::Upheld;
		} else {
			Self::release(reason, &charge.debtor, charge.amount)?;
			charge.status = ChargeStatus::Struck;
		}
		Charges::<T>::insert((id, period, &creditor), charges);
		Self::deposit_event(Event::ChargeArbitrated {
			group: id,
			period,
			creditor,
			index,
			upheld: uphold,
		});
		Ok(())
	}

	/// Closes the group's oldest open settlement period once it and its
	/// review window are over: nets and pays its undisputed charges (this
	/// never fails for want of funds), lets leaving members go and starts
	/// the next period.
	pub(crate) fn do_close_settlement_period(id: SettlementGroupId) -> DispatchResult {
		let mut group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		let period = group.period;
		let end = Self::group_period_end(&group, period);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= end, Error::<T>::PeriodNotOver);
		ensure!(
			now > end.saturating_add(T::NettingDisputeWindow::get()),
			Error::<T>::DisputeWindowOpen
		);

		let members: Vec<T::AccountId> = group.members.iter().map(|m| m.account.clone()).collect();
		let mut positions = Self::net_positions(&members, &Self::netted_charges(id, period));
		Self::deposit_event(Event::NettingComputed { group: id, period });
		let transfers = Self::pay_positions(id, period, Some(&mut group), positions.as_mut());
		Netting::<T>::insert(
			id,
			period,
			NettingResult { positions, closed_at: now, status: NettingStatus::Settled },
		);
		Self::deposit_event(Event::NettingSettled { group: id, period, transfers });

		// Members whose last period this was leave now.
		let (leaving, staying): (Vec<_>, Vec<_>) =
			group.members.clone().into_iter().partition(|m| m.leaves_after == Some(period));
		for member in leaving {
			Self::release_member(id, &group, &member);
			Self::deposit_event(Event::MemberLeft { group: id, who: member.account });
		}
		group.members = BoundedVec::truncate_from(staying);
		if group.members.is_empty() {
			Groups::<T>::remove(id);
			Self::deposit_event(Event::GroupDissolved { group: id });
			return Ok(());
		}
		group.period = period.saturating_add(1);
		group.period_start = end;
		Groups::<T>::insert(id, group);
		Ok(())
	}

	/// A member disputes a netting of the old kind (computed, then paid
	/// after a window) within the netting dispute window.
	pub(crate) fn do_dispute_netting(
		who: T::AccountId,
		id: SettlementGroupId,
		period: PeriodIndex,
	) -> DispatchResult {
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(group.member(&who).is_some(), Error::<T>::NotGroupMember);
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

	/// Settles an undisputed netting of the old kind once its window is over.
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
		Self::pay_stored_netting(id, period, netting);
		Ok(())
	}

	/// Arbitration decides a disputed netting of the old kind: pays it
	/// (`uphold`), or voids it.
	pub(crate) fn do_arbitrate_netting(
		id: SettlementGroupId,
		period: PeriodIndex,
		uphold: bool,
	) -> DispatchResult {
		let mut netting = Netting::<T>::get(id, period).ok_or(Error::<T>::UnknownNetting)?;
		ensure!(netting.status == NettingStatus::Disputed, Error::<T>::NotDisputed);
		if uphold {
			Self::pay_stored_netting(id, period, netting);
			return Ok(());
		}
		netting.status = NettingStatus::Voided;
		Netting::<T>::insert(id, period, netting);
		Self::deposit_event(Event::NettingVoided { group: id, period });
		Ok(())
	}

	/// Pays a stored netting of the old kind, drawing on the payers'
	/// deposits in the group if it still exists.
	fn pay_stored_netting(id: SettlementGroupId, period: PeriodIndex, mut netting: NettingOf<T>) {
		let mut group = Groups::<T>::get(id);
		let transfers = Self::pay_positions(id, period, group.as_mut(), netting.positions.as_mut());
		if let Some(group) = group {
			Groups::<T>::insert(id, group);
		}
		netting.status = NettingStatus::Settled;
		Netting::<T>::insert(id, period, netting);
		Self::deposit_event(Event::NettingSettled { group: id, period, transfers });
	}

	/// The charges a period's netting takes: the recorded, undisputed ones.
	pub(crate) fn netted_charges(id: SettlementGroupId, period: PeriodIndex) -> Vec<ChargeOf<T>> {
		Charges::<T>::iter_prefix_values((id, period))
			.flat_map(|charges| charges.into_inner())
			.filter(|charge| charge.status == ChargeStatus::Recorded)
			.collect()
	}

	/// Each member's net position: what others owe it minus what it owes.
	/// Every sum is at most the period's gross, which fits the balance type
	/// (checked as charges are recorded), so the sums never saturate.
	pub(crate) fn net_positions(
		members: &[T::AccountId],
		charges: &[ChargeOf<T>],
	) -> BoundedVec<NetPositionOf<T>, T::MaxGroupMembers> {
		let mut receivable: Vec<BalanceOf<T>> = members.iter().map(|_| Zero::zero()).collect();
		let mut payable = receivable.clone();
		let index = |who: &T::AccountId| members.iter().position(|m| m == who);
		for charge in charges {
			let (Some(c), Some(d)) = (index(&charge.creditor), index(&charge.debtor)) else {
				continue;
			};
			receivable[c] = receivable[c].saturating_add(charge.amount);
			payable[d] = payable[d].saturating_add(charge.amount);
		}
		let positions = members
			.iter()
			.zip(receivable.into_iter().zip(payable))
			.map(|(who, (receive, pay))| NetPosition {
				member: who.clone(),
				// Only the difference matters; one side is zero.
				receive: receive.saturating_sub(pay),
				pay: pay.saturating_sub(receive),
				settled: Zero::zero(),
				shortfall: Zero::zero(),
			})
			.collect::<Vec<_>>();
		BoundedVec::truncate_from(positions)
	}

	/// Pays `positions` as far as the payers can, and records in them what
	/// was paid and received and each payer's shortfall; returns the number
	/// of transfers (at most members - 1).
	///
	/// A payer pays from its free balance (keeping its account alive), then
	/// from its group deposit; what it cannot pay is its shortfall, and it
	/// is recorded as a defaulter. The receivers share what the payers pay
	/// pro rata to what they are owed. A receiver whose account cannot take
	/// its share (gone, and the share below the existential deposit) gets
	/// nothing and the payers pay that much less.
	pub(crate) fn pay_positions(
		id: SettlementGroupId,
		period: PeriodIndex,
		mut group: Option<&mut GroupOf<T>>,
		positions: &mut [NetPositionOf<T>],
	) -> u32 {
		let deposit_of = |group: &Option<&mut GroupOf<T>>, who: &T::AccountId| {
			group.as_ref().and_then(|g| g.member(who).map(|m| m.deposit)).unwrap_or_else(Zero::zero)
		};
		// (position, free balance it may pay from, deposit, what it pays)
		let mut payers: Vec<(usize, BalanceOf<T>, BalanceOf<T>, BalanceOf<T>)> = Vec::new();
		let mut owed = BalanceOf::<T>::zero();
		let mut payable = BalanceOf::<T>::zero();
		for (index, position) in positions.iter_mut().enumerate() {
			owed = owed.saturating_add(position.receive);
			if position.pay.is_zero() {
				continue;
			}
			let free = T::Currency::reducible_balance(
				&position.member,
				Preservation::Preserve,
				Fortitude::Polite,
			);
			let deposit = deposit_of(&group, &position.member);
			let paying = position.pay.min(free.saturating_add(deposit));
			position.shortfall = position.pay.saturating_sub(paying);
			payable = payable.saturating_add(paying);
			payers.push((index, free, deposit, paying));
		}

		// The receivers' shares: all they are owed, or a pro-rata part of
		// what the payers can pay, the rounding remainder one unit each to
		// the first receivers.
		let mut receivers: Vec<(usize, BalanceOf<T>)> = Vec::new();
		let mut shared = BalanceOf::<T>::zero();
		for (index, position) in positions.iter().enumerate() {
			if position.receive.is_zero() {
				continue;
			}
			let share = if payable >= owed {
				position.receive
			} else {
				// Balances of the runtime are u128; exact for those.
				let share = multiply_by_rational_with_rounding(
					position.receive.unique_saturated_into(),
					payable.unique_saturated_into(),
					owed.unique_saturated_into(),
					Rounding::Down,
				)
				.unwrap_or(0);
				share.unique_saturated_into()
			};
			shared = shared.saturating_add(share);
			receivers.push((index, share));
		}
		let mut remainder = payable.saturating_sub(shared);
		for (index, share) in receivers.iter_mut() {
			if remainder.is_zero() {
				break;
			}
			if *share < positions[*index].receive {
				*share = share.saturating_add(1u32.into());
				remainder = remainder.saturating_sub(1u32.into());
			}
		}

		// Match payers with receivers in order: every transfer clears one of
		// them, so n members need at most n - 1 transfers.
		let mut transfers = 0u32;
		let (mut p, mut r) = (0, 0);
		while p < payers.len() && r < receivers.len() {
			let (payer_index, free, deposit, paying) = payers[p];
			let (receiver_index, share) = receivers[r];
			let amount = paying.min(share);
			if amount.is_zero() {
				if paying.is_zero() {
					p += 1;
				}
				if share.is_zero() {
					r += 1;
				}
				continue;
			}
			let receiver = positions[receiver_index].member.clone();
			if T::Currency::can_deposit(&receiver, amount, Provenance::Extant)
				!= DepositConsequence::Success
			{
				r += 1;
				continue;
			}
			let payer = positions[payer_index].member.clone();
			let from_free = amount.min(free);
			let from_deposit = amount.saturating_sub(from_free);
			let paid = Self::pay_from(&payer, &receiver, from_free, from_deposit);
			if paid.is_err() {
				// Cannot happen (the amounts were checked); skip the payer
				// rather than fail the close.
				p += 1;
				continue;
			}
			transfers = transfers.saturating_add(1);
			payers[p] = (
				payer_index,
				free.saturating_sub(from_free),
				deposit.saturating_sub(from_deposit),
				paying.saturating_sub(amount),
			);
			receivers[r].1 = share.saturating_sub(amount);
			positions[payer_index].settled = positions[payer_index].settled.saturating_add(amount);
			positions[receiver_index].settled =
				positions[receiver_index].settled.saturating_add(amount);
			if let Some(group) = group.as_mut() {
				if let Some(member) = group.members.iter_mut().find(|m| m.account == payer) {
					member.deposit = member.deposit.saturating_sub(from_deposit);
				}
			}
		}

		for position in positions.iter().filter(|p| !p.shortfall.is_zero()) {
			Self::deposit_event(Event::MemberDefaulted {
				group: id,
				period,
				member: position.member.clone(),
				shortfall: position.shortfall,
			});
		}
		transfers
	}

	/// Transfers `from_free` of `payer`'s free balance and `from_deposit`
	/// of its group deposit to `receiver`.
	fn pay_from(
		payer: &T::AccountId,
		receiver: &T::AccountId,
		from_free: BalanceOf<T>,
		from_deposit: BalanceOf<T>,
	) -> DispatchResult {
		if !from_free.is_zero() {
			T::Currency::transfer(payer, receiver, from_free, Preservation::Preserve)?;
		}
		Self::transfer_held(HoldReason::GroupDeposit, payer, receiver, from_deposit)
	}

	/// Removes a group: every member's deposit returns and the limits go.
	fn remove_group(id: SettlementGroupId, group: GroupOf<T>) {
		for member in group.members.iter() {
			Self::release_member(id, &group, member);
		}
		Groups::<T>::remove(id);
		Self::deposit_event(Event::GroupDissolved { group: id });
	}

	/// Returns a departing member's deposit and removes the charge limits
	/// it gave and was given.
	fn release_member(id: SettlementGroupId, group: &GroupOf<T>, member: &GroupMemberOf<T>) {
		let _ = T::Currency::release(
			&HoldReason::GroupDeposit.into(),
			&member.account,
			member.deposit,
			Precision::BestEffort,
		);
		let _ =
			ChargeLimits::<T>::clear_prefix((id, &member.account), T::MaxGroupMembers::get(), None);
		for other in group.members.iter() {
			ChargeLimits::<T>::remove((id, &other.account, &member.account));
		}
	}

	fn hold_group_deposit(who: &T::AccountId) -> Result<BalanceOf<T>, Error<T>> {
		let deposit = T::GroupDeposit::get();
		Self::hold(HoldReason::GroupDeposit, who, deposit)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		Ok(deposit)
	}

	/// The settlement period the current block falls in.
	pub(crate) fn current_period(group: &GroupOf<T>) -> PeriodIndex {
		let now = frame_system::Pallet::<T>::block_number();
		let elapsed = now.saturating_sub(group.period_start) / group.period_length;
		let elapsed: PeriodIndex = elapsed.unique_saturated_into();
		group.period.saturating_add(elapsed)
	}

	/// The block settlement period `period` (not closed yet) ends at.
	pub(crate) fn group_period_end(group: &GroupOf<T>, period: PeriodIndex) -> BlockNumberFor<T> {
		let periods: BlockNumberFor<T> =
			period.saturating_sub(group.period).saturating_add(1).into();
		group.period_start.saturating_add(group.period_length.saturating_mul(periods))
	}

	fn is_operator(who: &T::AccountId) -> bool {
		[Role::NetworkOperator, Role::SmallCellProvider]
			.iter()
			.any(|role| T::Roles::has_role(who, *role))
	}
}
