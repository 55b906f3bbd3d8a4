//! Unit tests of inter-CSP settlement: consented groups, charges within the
//! debtors' limits, single-charge disputes, secured netting, leaving and
//! dissolving, the migration from version 0.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

const PERIOD: u64 = 10;
/// Group 0 is created at block 1: period 0 ends at block 11, its review
/// window at block 16; it closes from block 17.
const CLOSABLE: u64 = 1 + PERIOD + NETTING_WINDOW + 1;

/// MNO founds a group with 10-block periods and invites both small cell
/// providers, who join.
fn group() -> u32 {
	assert_ok!(Settlement::create_settlement_group(signed(MNO), PERIOD));
	let id = NextGroupId::<Test>::get() - 1;
	assert_eq!(
		last_event(),
		Event::GroupCreated { group: id, founder: MNO, period_length: PERIOD }
	);
	for who in [SCP, SCP2] {
		assert_ok!(Settlement::invite_to_group(signed(MNO), id, who));
		assert_eq!(last_event(), Event::MemberInvited { group: id, who, by: MNO });
		assert_ok!(Settlement::join_settlement_group(signed(who), id));
		assert_eq!(last_event(), Event::GroupJoined { group: id, who, deposit: GROUP_DEPOSIT });
	}
	id
}

/// Every member lets every other charge it up to `limit` per period.
fn consent(group: u32, limit: Balance) {
	for debtor in [MNO, SCP, SCP2] {
		for creditor in [MNO, SCP, SCP2].into_iter().filter(|c| *c != debtor) {
			assert_ok!(Settlement::set_charge_limit(signed(debtor), group, creditor, limit));
		}
	}
}

fn record(creditor: AccountId, group: u32, debtor: AccountId, amount: Balance) -> DispatchResult {
	Settlement::record_charge(signed(creditor), group, debtor, amount, H256::repeat_byte(4))
}

/// The MNO's subscribers used both providers' small cells; the MNO's
/// backhaul carried some of SCP's traffic; SCP2 roamed on SCP.
fn charges(group: u32) {
	assert_ok!(record(SCP, group, MNO, 300));
	assert_ok!(record(SCP2, group, MNO, 200));
	assert_ok!(record(MNO, group, SCP, 50));
	assert_ok!(record(SCP2, group, SCP, 30));
}

fn position(
	who: AccountId,
	receive: Balance,
	pay: Balance,
	settled: Balance,
) -> NetPositionOf<Test> {
	NetPosition { member: who, receive, pay, settled, shortfall: 0 }
}

#[test]
fn three_operators_net_and_pay_with_two_transfers() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		assert_eq!(Settlement::netted_charges(group, 0).len(), 4);
		System::set_block_number(1 + PERIOD);
		assert_noop!(
			Settlement::close_settlement_period(signed(CONSUMER), group),
			Error::<Test>::DisputeWindowOpen
		);
		System::set_block_number(CLOSABLE);
		let (mno, scp, scp2) =
			(Balances::balance(&MNO), Balances::balance(&SCP), Balances::balance(&SCP2));
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		let tail: Vec<_> = events().into_iter().rev().take(2).collect();
		assert_eq!(
			tail,
			vec![
				Event::NettingSettled { group, period: 0, transfers: 2 },
				Event::NettingComputed { group, period: 0 },
			]
		);
		let netting = Netting::<Test>::get(group, 0).unwrap();
		assert_eq!(netting.status, NettingStatus::Settled);
		assert_eq!(
			netting.positions.into_inner(),
			vec![
				position(MNO, 0, 450, 450),
				position(SCP, 220, 0, 220),
				position(SCP2, 230, 0, 230)
			]
		);
		assert_eq!(Balances::balance(&MNO), mno - 450);
		assert_eq!(Balances::balance(&SCP), scp + 220);
		assert_eq!(Balances::balance(&SCP2), scp2 + 230);
		// The next period is the oldest open one; it started when 0 ended.
		let record = Groups::<Test>::get(group).unwrap();
		assert_eq!((record.period, record.period_start), (1, 1 + PERIOD));
		assert_noop!(
			Settlement::close_settlement_period(signed(CONSUMER), group),
			Error::<Test>::PeriodNotOver
		);
	});
}

/// Issue 11, item 2: an operator could join any group uninvited.
#[test]
fn nobody_joins_uninvited() {
	build_and_execute(|| {
		assert_ok!(Settlement::create_settlement_group(signed(MNO), PERIOD));
		assert_noop!(Settlement::join_settlement_group(signed(SCP), 0), Error::<Test>::NotInvited);
		assert_ok!(Settlement::invite_to_group(signed(MNO), 0, SCP));
		assert_ok!(Settlement::withdraw_invitation(signed(MNO), 0, SCP));
		assert_eq!(last_event(), Event::InvitationWithdrawn { group: 0, who: SCP });
		assert_noop!(Settlement::join_settlement_group(signed(SCP), 0), Error::<Test>::NotInvited);
	});
}

/// Issue 11, item 2: a member could charge any other member, and silence
/// settled the charge from the victim's balance.
#[test]
fn a_charge_needs_the_debtors_limit() {
	build_and_execute(|| {
		let group = group();
		assert_noop!(record(SCP, group, MNO, 1), Error::<Test>::ChargeAboveLimit);
		assert_ok!(Settlement::set_charge_limit(signed(MNO), group, SCP, 100));
		assert_eq!(
			last_event(),
			Event::ChargeLimitSet { group, debtor: MNO, creditor: SCP, limit: 100 }
		);
		assert_ok!(record(SCP, group, MNO, 60));
		assert_eq!(
			last_event(),
			Event::ChargeRecorded {
				group,
				period: 0,
				creditor: SCP,
				index: 0,
				debtor: MNO,
				amount: 60
			}
		);
		// The limit is per period and per creditor: the sum counts.
		assert_noop!(record(SCP, group, MNO, 41), Error::<Test>::ChargeAboveLimit);
		assert_noop!(record(SCP2, group, MNO, 1), Error::<Test>::ChargeAboveLimit);
		assert_ok!(record(SCP, group, MNO, 40));
		// Withdrawing consent stops further charges; recorded ones stand.
		assert_ok!(Settlement::set_charge_limit(signed(MNO), group, SCP, 0));
		assert!(!ChargeLimits::<Test>::contains_key((group, MNO, SCP)));
		assert_noop!(record(SCP, group, MNO, 1), Error::<Test>::ChargeAboveLimit);
		// A new period starts a new allowance.
		assert_ok!(Settlement::set_charge_limit(signed(MNO), group, SCP, 100));
		System::set_block_number(1 + PERIOD);
		assert_ok!(record(SCP, group, MNO, 100));
		assert_eq!(Charges::<Test>::get((group, 1, SCP)).len(), 1);
		assert_eq!(PeriodGross::<Test>::get(group, 0), 100);
	});
}

/// Issue 11, item 1: two charges of u128::MAX made every close fail with
/// `AmountOverflow`, locking the group forever.
#[test]
fn huge_charges_cannot_lock_a_group() {
	build_and_execute(|| {
		let group = group();
		consent(group, Balance::MAX);
		assert_ok!(record(SCP, group, MNO, Balance::MAX));
		assert_noop!(record(SCP2, group, MNO, Balance::MAX), Error::<Test>::AmountOverflow);
		assert_noop!(record(SCP2, group, SCP, 1), Error::<Test>::AmountOverflow);
		System::set_block_number(CLOSABLE);
		let mno_free = Balances::balance(&MNO);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		// MNO pays what it has (keeping its account alive) and its deposit;
		// the rest is its shortfall, and it is recorded as a defaulter.
		let paid = mno_free - 1 + GROUP_DEPOSIT;
		let mno = Netting::<Test>::get(group, 0).unwrap().positions[0].clone();
		assert_eq!((mno.settled, mno.shortfall), (paid, Balance::MAX - paid));
		assert!(events().contains(&Event::MemberDefaulted {
			group,
			period: 0,
			member: MNO,
			shortfall: Balance::MAX - paid
		}));
		assert_eq!(held(HoldReason::GroupDeposit, MNO), 0);
		assert_eq!(Groups::<Test>::get(group).unwrap().member(&MNO).unwrap().deposit, 0);
		assert_eq!(Groups::<Test>::get(group).unwrap().period, 1);
	});
}

/// Issue 11, item 2: 1,000 dust charges by one member filled the period for
/// everyone.
#[test]
fn one_members_charges_do_not_crowd_out_the_others() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		for _ in 0..MAX_CHARGES {
			assert_ok!(record(SCP, group, MNO, 1));
		}
		assert_noop!(record(SCP, group, MNO, 1), Error::<Test>::TooManyCharges);
		assert_ok!(record(SCP2, group, MNO, 1));
		assert_ok!(record(MNO, group, SCP, 1));
	});
}

/// Issue 11, item 2: a dispute voided the whole period, honest charges too.
#[test]
fn a_debtor_disputes_one_charge_and_the_rest_is_netted() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		assert_ok!(record(SCP, group, MNO, 70));
		// MNO contests SCP's second charge (index 1): 70 is held from it.
		assert_ok!(Settlement::dispute_charge(signed(MNO), group, 0, SCP, 1));
		assert_eq!(
			last_event(),
			Event::ChargeDisputed { group, period: 0, creditor: SCP, index: 1 }
		);
		assert_eq!(held(HoldReason::DisputedCharge, MNO), 70);
		assert_eq!(Charges::<Test>::get((group, 0, SCP))[1].status, ChargeStatus::Disputed);
		System::set_block_number(CLOSABLE);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		// The other four charges netted as if the disputed one did not exist.
		let netting = Netting::<Test>::get(group, 0).unwrap();
		assert_eq!((netting.positions[0].pay, netting.positions[1].receive), (450, 220));

		// Arbitration upholds it: SCP gets the held 70 (after the close).
		let scp = Balances::balance(&SCP);
		assert_ok!(Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, SCP, 1, true));
		assert_eq!(
			last_event(),
			Event::ChargeArbitrated { group, period: 0, creditor: SCP, index: 1, upheld: true }
		);
		assert_eq!(Balances::balance(&SCP), scp + 70);
		assert_eq!(held(HoldReason::DisputedCharge, MNO), 0);
		assert_eq!(Charges::<Test>::get((group, 0, SCP))[1].status, ChargeStatus::Upheld);
		assert_noop!(
			Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, SCP, 1, false),
			Error::<Test>::NotDisputed
		);
	});
}

#[test]
fn arbitration_strikes_a_charge() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		let mno = Balances::balance(&MNO);
		assert_ok!(Settlement::dispute_charge(signed(MNO), group, 0, SCP2, 0));
		assert_eq!(Balances::balance(&MNO), mno - 200);
		assert_ok!(Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, SCP2, 0, false));
		assert_eq!(Balances::balance(&MNO), mno);
		assert_eq!(held(HoldReason::DisputedCharge, MNO), 0);
		assert_eq!(Charges::<Test>::get((group, 0, SCP2))[0].status, ChargeStatus::Struck);
		System::set_block_number(CLOSABLE);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		assert_eq!(Netting::<Test>::get(group, 0).unwrap().positions[0].pay, 250);
	});
}

/// Issue 11, item 5: one empty debtor made `settleNetting` fail for all.
#[test]
fn a_debtor_short_of_funds_pays_what_it_has_and_creditors_share_it() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		// MNO keeps 101 (100 it can pay, 1 to stay alive) and its deposit of
		// 50: it can pay 150 of the 450 it owes.
		let spendable = Balances::balance(&MNO) - 101;
		assert_ok!(Balances::transfer_allow_death(signed(MNO), CONSUMER, spendable));
		System::set_block_number(CLOSABLE);
		let (scp, scp2) = (Balances::balance(&SCP), Balances::balance(&SCP2));
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		assert!(events().contains(&Event::MemberDefaulted {
			group,
			period: 0,
			member: MNO,
			shortfall: 300
		}));
		// Pro rata: SCP is owed 220, SCP2 230 of 450; 150 was paid.
		// 220 * 150 / 450 = 73.3, 230 * 150 / 450 = 76.6: the rounding unit
		// goes to the first receiver.
		let positions = Netting::<Test>::get(group, 0).unwrap().positions;
		assert_eq!(
			(
				positions[0].settled,
				positions[0].shortfall,
				positions[1].settled,
				positions[2].settled
			),
			(150, 300, 74, 76)
		);
		assert_eq!(Balances::balance(&SCP), scp + 74);
		assert_eq!(Balances::balance(&SCP2), scp2 + 76);
		assert_eq!(Balances::balance(&MNO), 1);
		assert_eq!(held(HoldReason::GroupDeposit, MNO), 0);
	});
}

/// Issue 11, item 6: a member whose credential was withdrawn kept charging.
#[test]
fn a_member_without_its_credential_cannot_charge() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		Roles::mutate(|roles| roles.retain(|(who, _)| *who != SCP));
		assert_noop!(record(SCP, group, MNO, 10), Error::<Test>::NotAnOperator);
		// It can still be charged for what it used.
		assert_ok!(record(MNO, group, SCP, 10));
	});
}

/// Issue 11, item 1: a member had no way out.
#[test]
fn a_member_leaves_when_its_last_period_closes() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		assert_ok!(Settlement::leave_settlement_group(signed(SCP2), group));
		assert_eq!(last_event(), Event::MemberLeaving { group, who: SCP2, last_period: 0 });
		assert_noop!(
			Settlement::leave_settlement_group(signed(SCP2), group),
			Error::<Test>::AlreadyLeaving
		);
		assert_noop!(
			Settlement::invite_to_group(signed(SCP2), group, CONSUMER),
			Error::<Test>::AlreadyLeaving
		);
		// Netted in period 0 still, not in period 1.
		assert_ok!(record(SCP2, group, SCP, 1));
		System::set_block_number(1 + PERIOD);
		assert_noop!(record(SCP2, group, SCP, 1), Error::<Test>::NotGroupMember);
		assert_noop!(record(MNO, group, SCP2, 1), Error::<Test>::NotGroupMember);
		assert_ok!(record(MNO, group, SCP, 1));

		System::set_block_number(CLOSABLE);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		assert!(events().contains(&Event::MemberLeft { group, who: SCP2 }));
		assert_eq!(Netting::<Test>::get(group, 0).unwrap().positions[2].receive, 231);
		let record = Groups::<Test>::get(group).unwrap();
		assert!(record.member(&SCP2).is_none());
		assert_eq!(held(HoldReason::GroupDeposit, SCP2), 0);
		// The limits it gave and was given went with it.
		assert!(ChargeLimits::<Test>::iter_keys().all(|(_, d, c)| d != SCP2 && c != SCP2));
		assert_eq!(ChargeLimits::<Test>::iter().count(), 2);
	});
}

#[test]
fn the_last_member_leaving_dissolves_the_group() {
	build_and_execute(|| {
		assert_ok!(Settlement::create_settlement_group(signed(MNO), PERIOD));
		assert_ok!(Settlement::leave_settlement_group(signed(MNO), 0));
		System::set_block_number(CLOSABLE);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), 0));
		assert_eq!(last_event(), Event::GroupDissolved { group: 0 });
		assert!(Groups::<Test>::get(0).is_none());
		assert_eq!(held(HoldReason::GroupDeposit, MNO), 0);
		// Its netting stays readable.
		assert!(Settlement::settlement_period_info(0, 0).is_some_and(|p| p.netting.is_some()));
	});
}

/// Issue 11, item 1: governance had no way to dissolve a group.
#[test]
fn governance_dissolves_a_group() {
	build_and_execute(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		assert_ok!(Settlement::dispute_charge(signed(MNO), group, 0, SCP, 0));
		assert_noop!(
			Settlement::dissolve_settlement_group(signed(MNO), group),
			DispatchError::BadOrigin
		);
		assert_ok!(Settlement::dissolve_settlement_group(RuntimeOrigin::root(), group));
		assert_eq!(last_event(), Event::GroupDissolved { group });
		assert!(Groups::<Test>::get(group).is_none());
		assert_eq!(ChargeLimits::<Test>::iter().count(), 0);
		for who in [MNO, SCP, SCP2] {
			assert_eq!(held(HoldReason::GroupDeposit, who), 0);
		}
		// A disputed charge still goes to arbitration.
		assert_ok!(Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, SCP, 0, false));
		assert_noop!(
			Settlement::dissolve_settlement_group(RuntimeOrigin::root(), group),
			Error::<Test>::UnknownGroup
		);
	});
}

#[test]
fn n_members_pay_with_at_most_n_minus_one_transfers() {
	// Every mix of what SCP and SCP2 charge MNO and each other.
	for (a, b, c) in [(0, 0, 0), (5, 0, 0), (0, 7, 3), (4, 4, 4), (9, 1, 6), (1, 9, 0)] {
		build_and_execute(|| {
			let group = group();
			consent(group, 1_000);
			for (creditor, debtor, amount) in [(SCP, MNO, a), (SCP2, MNO, b), (SCP, SCP2, c)] {
				if amount > 0 {
					assert_ok!(record(creditor, group, debtor, amount));
				}
			}
			System::set_block_number(CLOSABLE);
			assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
			let Some(Event::NettingSettled { transfers, .. }) = events().pop() else {
				panic!("the close pays");
			};
			assert!(transfers <= 2);
		});
	}
}

/// Positions that still sum to zero but are not what the charges net to
/// (SCP's and SCP2's swapped) pass the sum checks; the netting check
/// recomputes them from the gross charges.
#[test]
fn try_state_catches_a_netting_that_is_not_its_charges() {
	new_test_ext().execute_with(|| {
		let group = group();
		consent(group, 1_000);
		charges(group);
		System::set_block_number(CLOSABLE);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		Settlement::do_try_state().expect("consistent");
		Netting::<Test>::mutate(group, 0, |netting| {
			let positions = &mut netting.as_mut().unwrap().positions;
			positions[1].receive = 230;
			positions[1].settled = 230;
			positions[2].receive = 220;
			positions[2].settled = 220;
		});
		assert_eq!(Settlement::do_try_state(), Err("a netting is what its charges net to".into()));
	});
}

#[test]
fn the_runtime_api_reads_groups_and_periods() {
	build_and_execute(|| {
		let group = group();
		assert_ok!(Settlement::set_charge_limit(signed(MNO), group, SCP, 100));
		assert_ok!(record(SCP, group, MNO, 40));
		Roles::mutate(|r| r.push((PAUPER, Role::NetworkOperator)));
		assert_ok!(Settlement::invite_to_group(signed(SCP), group, PAUPER));
		let info = Settlement::group_info(group).unwrap();
		assert_eq!(
			info.members.iter().map(|m| (m.account, m.deposit)).collect::<Vec<_>>(),
			vec![(MNO, GROUP_DEPOSIT), (SCP, GROUP_DEPOSIT), (SCP2, GROUP_DEPOSIT)]
		);
		assert_eq!((info.period, info.current_period, info.invited), (0, 0, vec![PAUPER]));
		assert_eq!(
			info.charge_limits,
			vec![runtime_api::ChargeLimitInfo { debtor: MNO, creditor: SCP, limit: 100 }]
		);
		let open = Settlement::settlement_period_info(group, 0).unwrap();
		assert_eq!((open.charges.len(), open.netting), (1, None));
		System::set_block_number(CLOSABLE);
		assert_eq!(Settlement::group_info(group).unwrap().current_period, 1);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		let netted = Settlement::settlement_period_info(group, 0).unwrap().netting.unwrap();
		assert_eq!(netted.status, NettingStatus::Settled);
		assert_eq!(
			netted.positions,
			vec![position(MNO, 0, 40, 40), position(SCP, 40, 0, 40), position(SCP2, 0, 0, 0)]
		);
		assert!(Settlement::settlement_period_info(7, 0).is_none());
		assert!(Settlement::group_info(7).is_none());
	});
}

#[test]
fn bad_group_input_is_refused() {
	build_and_execute(|| {
		assert_noop!(
			Settlement::create_settlement_group(signed(CONSUMER), PERIOD),
			Error::<Test>::NotAnOperator
		);
		assert_noop!(
			Settlement::create_settlement_group(signed(MNO), 0),
			Error::<Test>::ZeroBillingPeriod
		);
		Roles::mutate(|r| r.push((PAUPER, Role::NetworkOperator)));
		assert_noop!(
			Settlement::create_settlement_group(signed(PAUPER), PERIOD),
			Error::<Test>::InsufficientFunds
		);
		assert_noop!(
			Settlement::join_settlement_group(signed(SCP), 7),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(Settlement::invite_to_group(signed(MNO), 7, SCP), Error::<Test>::UnknownGroup);
		assert_noop!(
			Settlement::withdraw_invitation(signed(MNO), 7, SCP),
			Error::<Test>::UnknownGroup
		);

		// Invitations.
		assert_ok!(Settlement::create_settlement_group(signed(MNO), PERIOD));
		let group = 0;
		assert_noop!(
			Settlement::invite_to_group(signed(SCP), group, SCP2),
			Error::<Test>::NotGroupMember
		);
		assert_noop!(
			Settlement::invite_to_group(signed(MNO), group, MNO),
			Error::<Test>::AlreadyGroupMember
		);
		assert_noop!(
			Settlement::invite_to_group(signed(MNO), group, CONSUMER),
			Error::<Test>::NotAnOperator
		);
		assert_ok!(Settlement::invite_to_group(signed(MNO), group, PAUPER));
		assert_noop!(
			Settlement::invite_to_group(signed(MNO), group, PAUPER),
			Error::<Test>::AlreadyInvited
		);
		assert_noop!(
			Settlement::withdraw_invitation(signed(SCP), group, PAUPER),
			Error::<Test>::NotGroupMember
		);
		assert_noop!(
			Settlement::withdraw_invitation(signed(MNO), group, SCP),
			Error::<Test>::NotInvited
		);
		assert_ok!(Settlement::invite_to_group(signed(MNO), group, SCP));
		assert_ok!(Settlement::invite_to_group(signed(MNO), group, SCP2));
		Roles::mutate(|r| r.push((CONSUMER, Role::NetworkOperator)));
		assert_noop!(
			Settlement::invite_to_group(signed(MNO), group, CONSUMER),
			Error::<Test>::TooManyInvitations
		);
		assert_noop!(
			Settlement::join_settlement_group(signed(PAUPER), group),
			Error::<Test>::InsufficientFunds
		);
		Roles::mutate(|r| r.retain(|(who, _)| *who != PAUPER));
		assert_noop!(
			Settlement::join_settlement_group(signed(PAUPER), group),
			Error::<Test>::NotAnOperator
		);
		assert_ok!(Settlement::join_settlement_group(signed(SCP), group));
		assert_ok!(Settlement::join_settlement_group(signed(SCP2), group));
		assert_ok!(Settlement::withdraw_invitation(signed(MNO), group, PAUPER));
		assert_ok!(Settlement::invite_to_group(signed(MNO), group, CONSUMER));
		assert_noop!(
			Settlement::join_settlement_group(signed(CONSUMER), group),
			Error::<Test>::GroupFull
		);

		// Limits.
		assert_noop!(
			Settlement::set_charge_limit(signed(MNO), 7, SCP, 1),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(
			Settlement::set_charge_limit(signed(CONSUMER), group, SCP, 1),
			Error::<Test>::NotGroupMember
		);
		assert_noop!(
			Settlement::set_charge_limit(signed(MNO), group, CONSUMER, 1),
			Error::<Test>::NotGroupMember
		);
		assert_noop!(
			Settlement::set_charge_limit(signed(MNO), group, MNO, 1),
			Error::<Test>::ChargeToSelf
		);

		// Charges.
		consent(group, 1_000);
		assert_noop!(
			Settlement::record_charge(signed(MNO), 7, SCP, 1, H256::zero()),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(record(CONSUMER, group, MNO, 1), Error::<Test>::NotGroupMember);
		assert_noop!(record(MNO, group, CONSUMER, 1), Error::<Test>::NotGroupMember);
		assert_noop!(record(MNO, group, MNO, 1), Error::<Test>::ChargeToSelf);
		assert_noop!(record(MNO, group, SCP, 0), Error::<Test>::ZeroCharge);

		// Disputes.
		assert_ok!(record(MNO, group, SCP, 5));
		let dispute = |who, period, creditor, index| {
			Settlement::dispute_charge(signed(who), group, period, creditor, index)
		};
		assert_noop!(
			Settlement::dispute_charge(signed(SCP), 7, 0, MNO, 0),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(dispute(SCP, 0, MNO, 1), Error::<Test>::UnknownCharge);
		assert_noop!(dispute(SCP, 0, SCP2, 0), Error::<Test>::UnknownCharge);
		assert_noop!(dispute(SCP2, 0, MNO, 0), Error::<Test>::NotDebtor);
		let spendable = Balances::balance(&SCP) - 3;
		assert_ok!(Balances::transfer_allow_death(signed(SCP), CONSUMER, spendable));
		assert_noop!(dispute(SCP, 0, MNO, 0), Error::<Test>::InsufficientFunds);
		assert_ok!(Balances::transfer_allow_death(signed(CONSUMER), SCP, spendable));
		assert_ok!(dispute(SCP, 0, MNO, 0));
		assert_noop!(dispute(SCP, 0, MNO, 0), Error::<Test>::AlreadyDisputed);
		assert_ok!(record(MNO, group, SCP, 6));
		System::set_block_number(CLOSABLE);
		assert_noop!(dispute(SCP, 0, MNO, 1), Error::<Test>::DisputeWindowOver);
		assert_noop!(
			Settlement::arbitrate_charge(signed(MNO), group, 0, MNO, 0, true),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, MNO, 2, true),
			Error::<Test>::UnknownCharge
		);
		assert_noop!(
			Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, MNO, 1, true),
			Error::<Test>::NotDisputed
		);
		assert_ok!(Settlement::close_settlement_period(signed(CONSUMER), group));
		assert_noop!(dispute(SCP, 0, MNO, 1), Error::<Test>::PeriodClosed);
		assert_ok!(Settlement::arbitrate_charge(RuntimeOrigin::root(), group, 0, MNO, 0, false));

		// Closing, leaving, dissolving.
		assert_noop!(
			Settlement::close_settlement_period(signed(MNO), 7),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(
			Settlement::close_settlement_period(signed(MNO), group),
			Error::<Test>::PeriodNotOver
		);
		assert_noop!(
			Settlement::leave_settlement_group(signed(MNO), 7),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(
			Settlement::leave_settlement_group(signed(CONSUMER), group),
			Error::<Test>::NotGroupMember
		);
		assert_noop!(
			Settlement::dissolve_settlement_group(RuntimeOrigin::root(), 7),
			Error::<Test>::UnknownGroup
		);

		// Nettings of the old kind.
		assert_noop!(
			Settlement::settle_netting(signed(MNO), group, 5),
			Error::<Test>::UnknownNetting
		);
		assert_noop!(
			Settlement::settle_netting(signed(MNO), group, 0),
			Error::<Test>::AlreadySettled
		);
		assert_noop!(
			Settlement::dispute_netting(signed(MNO), group, 0),
			Error::<Test>::AlreadySettled
		);
		assert_noop!(
			Settlement::dispute_netting(signed(CONSUMER), group, 0),
			Error::<Test>::NotGroupMember
		);
		assert_noop!(
			Settlement::arbitrate_netting(RuntimeOrigin::root(), group, 0, true),
			Error::<Test>::NotDisputed
		);
	});
}

mod migration {
	use super::*;
	use crate::migrations::v1::{old, MigrateToV1};

	fn old_charge(
		creditor: AccountId,
		debtor: AccountId,
		amount: Balance,
	) -> old::Charge<AccountId, Balance> {
		old::Charge { creditor, debtor, amount, evidence: H256::repeat_byte(9) }
	}

	/// State as the version 0 code wrote it: a group of three (joined
	/// without invitation or deposit) with a settled period 0, an open
	/// netting of period 1 within its dispute window, and period 2's
	/// charges, SCP's more than `MaxChargesPerMember`.
	fn write_version_0() {
		StorageVersion::new(0).put::<Settlement>();
		old::Groups::<Test>::insert(
			0,
			old::SettlementGroup {
				members: vec![MNO, SCP, SCP2],
				period_length: PERIOD,
				period: 2,
				period_start: 21,
			},
		);
		NextGroupId::<Test>::put(1);
		old::Charges::<Test>::insert(0, 0, vec![old_charge(SCP, MNO, 100)]);
		old::Charges::<Test>::insert(
			0,
			1,
			vec![old_charge(SCP2, MNO, 40), old_charge(MNO, SCP2, 10)],
		);
		let mut open = vec![old_charge(MNO, SCP, 7)];
		open.extend((0..MAX_CHARGES + 1).map(|i| old_charge(SCP, MNO, 10 + i as Balance)));
		open.push(old_charge(SCP, SCP2, 1));
		old::Charges::<Test>::insert(0, 2, open);
		let old_position = |member, receive, pay| old::NetPosition { member, receive, pay };
		old::Netting::<Test>::insert(
			0,
			0,
			old::NettingResult {
				positions: vec![
					old_position(MNO, 0, 100),
					old_position(SCP, 100, 0),
					old_position(SCP2, 0, 0),
				],
				closed_at: 11,
				status: NettingStatus::Settled,
			},
		);
		old::Netting::<Test>::insert(
			0,
			1,
			old::NettingResult {
				positions: vec![
					old_position(MNO, 0, 30),
					old_position(SCP, 0, 0),
					old_position(SCP2, 30, 0),
				],
				closed_at: 21,
				status: NettingStatus::Open,
			},
		);
		System::set_block_number(23);
	}

	#[test]
	fn version_0_state_migrates_and_old_nettings_still_settle() {
		build_and_execute(|| {
			write_version_0();
			MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Settlement::on_chain_storage_version(), StorageVersion::new(1));
			Settlement::do_try_state().expect("consistent after the migration");

			let group = Groups::<Test>::get(0).unwrap();
			assert_eq!(
				group
					.members
					.iter()
					.map(|m| (m.account, m.deposit, m.leaves_after))
					.collect::<Vec<_>>(),
				vec![(MNO, 0, None), (SCP, 0, None), (SCP2, 0, None)]
			);
			assert!(group.invited.is_empty());
			assert_eq!((group.period, group.period_start, group.period_length), (2, 21, PERIOD));

			// Charges per creditor, all recorded; SCP's period-2 charges were
			// too many and merged per debtor.
			assert_eq!(Charges::<Test>::get((0, 1, SCP2))[0].status, ChargeStatus::Recorded);
			let scp: Vec<_> =
				Charges::<Test>::get((0, 2, SCP)).iter().map(|c| (c.debtor, c.amount)).collect();
			assert_eq!(scp, vec![(MNO, 10 + 11 + 12 + 13), (SCP2, 1)]);
			assert_eq!(Charges::<Test>::get((0, 2, MNO)).len(), 1);
			assert_eq!(PeriodGross::<Test>::get(0, 2), 7 + 46 + 1);
			assert_eq!(PeriodGross::<Test>::get(0, 0), 0);

			// The settled netting paid in full; the open one nothing yet.
			let settled = Netting::<Test>::get(0, 0).unwrap();
			assert_eq!(settled.positions[0], position(MNO, 0, 100, 100));
			let open = Netting::<Test>::get(0, 1).unwrap();
			assert_eq!(open.positions[0], position(MNO, 0, 30, 0));

			// The open one settles as before, once its window is over.
			assert_noop!(
				Settlement::settle_netting(signed(CONSUMER), 0, 1),
				Error::<Test>::DisputeWindowOpen
			);
			System::set_block_number(21 + NETTING_WINDOW + 1);
			let scp2 = Balances::balance(&SCP2);
			assert_ok!(Settlement::settle_netting(signed(CONSUMER), 0, 1));
			assert_eq!(Balances::balance(&SCP2), scp2 + 30);
			assert_eq!(Netting::<Test>::get(0, 1).unwrap().positions[2].settled, 30);

			// Pre-upgrade charges of the open period may still be disputed,
			// and new ones need consent.
			assert_ok!(Settlement::dispute_charge(signed(MNO), 0, 2, SCP, 0));
			assert_noop!(record(MNO, 0, SCP, 1), Error::<Test>::ChargeAboveLimit);

			// It runs once only.
			let before = Groups::<Test>::get(0);
			MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Groups::<Test>::get(0), before);
		});
	}

	#[test]
	fn an_old_disputed_netting_goes_to_arbitration() {
		build_and_execute(|| {
			write_version_0();
			MigrateToV1::<Test>::on_runtime_upgrade();
			assert_ok!(Settlement::dispute_netting(signed(SCP), 0, 1));
			assert_eq!(last_event(), Event::NettingDisputed { group: 0, period: 1, by: SCP });
			assert_noop!(
				Settlement::dispute_netting(signed(MNO), 0, 1),
				Error::<Test>::AlreadyDisputed
			);
			System::set_block_number(21 + NETTING_WINDOW + 1);
			assert_noop!(
				Settlement::settle_netting(signed(CONSUMER), 0, 1),
				Error::<Test>::NettingIsDisputed
			);
			let mno = Balances::balance(&MNO);
			assert_ok!(Settlement::arbitrate_netting(RuntimeOrigin::root(), 0, 1, false));
			assert_eq!(last_event(), Event::NettingVoided { group: 0, period: 1 });
			assert_eq!(Balances::balance(&MNO), mno);
		});
	}

	#[test]
	fn an_old_netting_cannot_be_disputed_after_its_window() {
		build_and_execute(|| {
			write_version_0();
			MigrateToV1::<Test>::on_runtime_upgrade();
			System::set_block_number(21 + NETTING_WINDOW + 1);
			assert_noop!(
				Settlement::dispute_netting(signed(MNO), 0, 1),
				Error::<Test>::DisputeWindowOver
			);
		});
	}
}

/// Issue 11, item 13: `try_state` reads the records, so a hold left on an
/// account without any record went unnoticed; the holds check catches it.
#[test]
fn a_hold_without_records_is_caught() {
	new_test_ext().execute_with(|| {
		holds_match_records().expect("nothing held yet");
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::hold(
			&HoldReason::GroupDeposit.into(),
			&CONSUMER,
			5
		));
		assert!(Settlement::do_try_state().is_ok(), "try_state alone misses it");
		assert_eq!(holds_match_records(), Err("a hold differs from its records"));
	});
}
