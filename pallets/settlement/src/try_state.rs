//! The invariants the pallet keeps, checked after every unit test and by
//! `try-runtime`: what is held equals what the records say.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::ensure;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		for (id, offer) in Offers::<T>::iter() {
			ensure!(id < NextOfferId::<T>::get(), "offer ids are allocated");
			ensure!(
				OffersOf::<T>::get(&offer.provider).contains(&id),
				"every offer is indexed under its provider",
			);
		}
		for (provider, ids) in OffersOf::<T>::iter() {
			for id in ids {
				ensure!(
					Offers::<T>::get(id).is_some_and(|o| o.provider == provider),
					"the offer index names existing offers of the provider",
				);
			}
		}
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (id, agreement) in Agreements::<T>::iter() {
			ensure!(id < NextAgreementId::<T>::get(), "agreement ids are allocated");
			ensure!(agreement.provider != agreement.consumer, "no agreement with oneself");
			for party in [&agreement.provider, &agreement.consumer] {
				ensure!(
					AgreementsOf::<T>::get(party).contains(&id),
					"every agreement is indexed under both parties",
				);
			}
			ensure!(
				agreement.notice.is_none()
					|| matches!(
						agreement.state,
						AgreementState::Active
							| AgreementState::Suspended { .. }
							| AgreementState::Terminated
					),
				"only a running or terminated agreement has a notice",
			);
			if let Some(notice) = &agreement.notice {
				ensure!(
					notice.last_period >= agreement.funded,
					"nothing is funded beyond a notice's last period"
				);
			}
			let maximum = Self::period_maximum(&agreement.price, agreement.quantity)
				.map_err(|_| "a period's maximum fits the balance type")?;
			match agreement.state {
				AgreementState::Pending { .. } => ensure!(
					agreement.start.is_none()
						&& agreement.period == 0
						&& agreement.funded == 0
						&& agreement.escrow == maximum,
					"a pending order has not started and holds its first period's maximum"
				),
				AgreementState::Active | AgreementState::Suspended { .. } => {
					ensure!(agreement.start.is_some(), "a running agreement has started");
					ensure!(
						agreement.funded < agreement.term
							&& agreement.period <= agreement.funded.saturating_add(1),
						"a running agreement funds periods of its term, billed in order"
					);
					let unbilled: BalanceOf<T> =
						(agreement.funded.saturating_add(1).saturating_sub(agreement.period))
							.into();
					ensure!(
						agreement.escrow == maximum.saturating_mul(unbilled),
						"the escrow is the maximum of every funded, unbilled period"
					);
				}
				AgreementState::Expired | AgreementState::Terminated => ensure!(
					agreement.start.is_some()
						&& agreement.escrow.is_zero()
						&& agreement.commitment.is_zero()
						&& agreement.period > agreement.funded,
					"an ended agreement billed every funded period and holds nothing"
				),
			}
			for (period, bill) in Bills::<T>::iter_prefix(id) {
				ensure!(period < agreement.period, "bills are for billed periods");
				ensure!(
					bill.total <= bill.flat.saturating_add(bill.usage),
					"a bill never exceeds flat + usage",
				);
			}
			for period in
				Usage::<T>::iter_key_prefix(id).chain(PeriodDisputes::<T>::iter_key_prefix(id))
			{
				ensure!(period <= agreement.funded, "usage and disputes are of funded periods");
			}
			if matches!(agreement.state, AgreementState::Pending { .. }) {
				let entry = pending.entry(agreement.consumer.clone()).or_insert(0u32);
				*entry = entry.saturating_add(1);
			}
		}
		for (consumer, count) in PendingOrdersOf::<T>::iter() {
			ensure!(
				pending.get(&consumer) == Some(&count),
				"the pending order count is the consumer's pending orders"
			);
		}
		ensure!(
			pending.len() == PendingOrdersOf::<T>::iter().count(),
			"every consumer with pending orders is counted"
		);
		// Purging removes an agreement's usage, disputes and bills with it.
		for (id, _) in Usage::<T>::iter_keys()
			.chain(Bills::<T>::iter_keys())
			.chain(PeriodDisputes::<T>::iter_keys())
		{
			ensure!(
				Agreements::<T>::contains_key(id),
				"usage, disputes and bills belong to agreements"
			);
		}
		for (who, ids) in AgreementsOf::<T>::iter() {
			for id in ids {
				ensure!(
					Agreements::<T>::get(id)
						.is_some_and(|a| a.provider == who || a.consumer == who),
					"the agreement index names agreements of the account",
				);
			}
		}

		for (id, group) in Groups::<T>::iter() {
			ensure!(id < NextGroupId::<T>::get(), "group ids are allocated");
			ensure!(!group.members.is_empty(), "a group has members");
			ensure!(!group.period_length.is_zero(), "settlement periods last");
			for member in group.members.iter() {
				ensure!(
					member.leaves_after.is_none_or(|last| last >= group.period),
					"a member leaves when its last period closes",
				);
				ensure!(!group.invited.contains(&member.account), "members are not invited again");
			}
		}
		for ((id, debtor, creditor), limit) in ChargeLimits::<T>::iter() {
			let group = Groups::<T>::get(id).ok_or("charge limits belong to groups")?;
			ensure!(
				group.member(&debtor).is_some() && group.member(&creditor).is_some(),
				"charge limits are between members",
			);
			ensure!(!limit.is_zero(), "a zero limit is not stored");
		}
		for ((id, period, creditor), charges) in Charges::<T>::iter() {
			for charge in charges.iter() {
				ensure!(charge.creditor == creditor, "charges are stored under their creditor");
			}
			if let Some(group) = Groups::<T>::get(id) {
				ensure!(
					period <= Self::current_period(&group),
					"charges are for periods that began"
				);
			}
		}

		for (group, period, netting) in Netting::<T>::iter() {
			let (mut receive, mut pay) = (BalanceOf::<T>::zero(), BalanceOf::<T>::zero());
			let (mut received, mut paid) = (BalanceOf::<T>::zero(), BalanceOf::<T>::zero());
			for position in netting.positions.iter() {
				ensure!(
					position.receive.is_zero() || position.pay.is_zero(),
					"a position receives or pays, not both",
				);
				if position.pay.is_zero() {
					ensure!(position.settled <= position.receive, "nobody receives more than owed");
					ensure!(position.shortfall.is_zero(), "only payers fall short");
					received = received.saturating_add(position.settled);
				} else {
					ensure!(
						position.settled.saturating_add(position.shortfall) <= position.pay,
						"nobody pays more than it owes",
					);
					paid = paid.saturating_add(position.settled);
				}
				receive = receive.saturating_add(position.receive);
				pay = pay.saturating_add(position.pay);
			}
			ensure!(receive == pay, "net positions sum to zero");
			ensure!(received == paid, "what receivers got is what payers paid");
			if netting.status != NettingStatus::Settled {
				ensure!(paid.is_zero(), "only a settled netting paid anything");
			}
			// The positions are what the period's undisputed charges net to,
			// among the members of the group when it closed (positions name
			// them).
			let netted: alloc::vec::Vec<T::AccountId> =
				netting.positions.iter().map(|p| p.member.clone()).collect();
			let recomputed = Self::net_positions(&netted, &Self::netted_charges(group, period));
			let amounts = |positions: &[NetPositionOf<T>]| {
				positions.iter().map(|p| (p.receive, p.pay)).collect::<alloc::vec::Vec<_>>()
			};
			ensure!(
				amounts(&recomputed) == amounts(&netting.positions),
				"a netting is what its charges net to",
			);
			if let Some(record) = Groups::<T>::get(group) {
				ensure!(period < record.period, "only closed periods are netted");
			}
		}

		// Every hold of this pallet equals the records' sum, account by account.
		let recorded = Self::recorded_holds();
		let mut accounts: alloc::vec::Vec<T::AccountId> =
			recorded.keys().map(|(who, _)| who.clone()).collect();
		accounts.extend(OffersOf::<T>::iter_keys());
		accounts.extend(AgreementsOf::<T>::iter_keys());
		for group in Groups::<T>::iter_values() {
			accounts.extend(group.members.into_iter().map(|m| m.account));
		}
		for who in accounts {
			for reason in HOLD_REASONS {
				let held = T::Currency::balance_on_hold(&reason.into(), &who);
				let expected =
					recorded.get(&(who.clone(), reason as u8)).copied().unwrap_or_else(Zero::zero);
				ensure!(
					held == expected,
					"held funds equal the deposits, escrow, bonds and disputed amounts"
				);
			}
		}
		Ok(())
	}
}
