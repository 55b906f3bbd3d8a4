//! The marketplace story on the `consortium` genesis, in the real runtime:
//! the regulator credentials an MNO and two small cell providers; one
//! provider posts small-cell site access, the MNO orders it, three periods
//! of usage are billed, one is disputed and decided by the council's
//! arbitration vote; then the three operators form a settlement group by
//! invitation, agree on charge limits, net their mutual charges and settle
//! with two transfers, and the council dissolves the group. No settlement
//! path creates or destroys funds.

mod common;

use frame_support::{
	assert_ok,
	traits::fungible::{Inspect, InspectHold},
	BoundedVec,
};
use pallet_tsm_governance::MarketParameter;
use pallet_tsm_identity::ParticipantKind;
use pallet_tsm_settlement::{
	AgreementState, BillStatus, Coverage, Event as SettlementEvent, NettingStatus, OfferKind,
	OfferTerms, PriceModel,
};
use sp_core::H256;
use sp_runtime::Perbill;
use tsm_primitives::Role;
use tsm_runtime::{
	configs::settlement::MarketAccount,
	genesis_config_presets::{self as presets, CONSORTIUM_MEMBERS},
	token::UNIT,
	AccountId, Balances, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, TsmIdentity,
	TsmSettlement,
};

fn member(i: usize) -> AccountId {
	CONSORTIUM_MEMBERS[i].account.into()
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn settlement_events() -> Vec<SettlementEvent<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::TsmSettlement(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn credential(subject: &AccountId, role: Role) {
	let regulator = member(3);
	assert_ok!(TsmIdentity::issue_credential(
		signed(&regulator),
		subject.clone(),
		role,
		H256::repeat_byte(1),
		0,
		None
	));
}

fn set_block(n: u32) {
	System::set_block_number(n);
}

const PERIOD: u32 = 300;
/// The reporting grace and dispute windows the council sets first (the
/// shortest allowed).
const WINDOW: u32 = 200;

#[test]
fn an_mno_rents_small_cell_sites_is_billed_disputes_once_and_nets_with_two_providers() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		set_block(1);
		let (mno, scp) = (member(0), member(1));
		// A second small cell provider registers; the regulator credentials all three.
		let scp2 = AccountId::from([5u8; 32]);
		assert_ok!(Balances::force_set_balance(
			RuntimeOrigin::root(),
			scp2.clone().into(),
			10_000 * UNIT
		));
		assert_ok!(TsmIdentity::register_participant(
			signed(&scp2),
			ParticipantKind::Organisation,
			Default::default(),
			Default::default(),
		));
		credential(&mno, Role::NetworkOperator);
		credential(&scp, Role::SmallCellProvider);
		credential(&scp2, Role::SmallCellProvider);
		// The council shortens the windows to their minimum.
		for parameter in [
			MarketParameter::ReportingGrace(WINDOW),
			MarketParameter::DisputeWindow(WINDOW),
			MarketParameter::NettingDisputeWindow(WINDOW),
		] {
			let call: RuntimeCall = pallet_tsm_governance::Call::set_parameter { parameter }.into();
			assert_eq!(common::council::pass(call), Ok(()));
		}
		let issuance = Balances::total_issuance();

		// Site access on two cells: 10 TSM a period plus 1 TSM per unit.
		assert_ok!(TsmSettlement::publish_offer(
			signed(&scp),
			OfferTerms {
				kind: OfferKind::SmallCellSiteAccess,
				coverage: Coverage::Cells(BoundedVec::truncate_from(vec![
					262_144_001,
					262_144_002
				])),
				capacity: 50,
				price: PriceModel { flat_per_period: 10 * UNIT, unit_price: UNIT },
				billing_period: PERIOD,
				minimum_term: 3,
				sla: H256::repeat_byte(2),
				bond: 100 * UNIT,
				termination_fee: 25 * UNIT,
				valid_until: 100_000,
				auto_accept: false,
			}
		));
		assert_ok!(TsmSettlement::order(signed(&mno), 0, 20, 3));
		assert_ok!(TsmSettlement::accept_order(signed(&scp), 0));

		// Period 0: 12 units, paid. Period 1: 20 units, disputed. Period 2: 5
		// units. Each period is funded as it begins (a close at its start)
		// and billed after its end, reporting grace and dispute window.
		let start = 1;
		for (period, units) in [(0u32, 12u64), (1, 20), (2, 5)] {
			if period > 0 {
				set_block(start + period * PERIOD);
				assert_ok!(TsmSettlement::close_period(signed(&member(2)), 0));
			}
			assert_ok!(TsmSettlement::submit_usage(
				signed(&scp),
				0,
				period,
				units,
				H256::repeat_byte(3)
			));
			if period == 1 {
				assert_ok!(TsmSettlement::dispute_usage(signed(&mno), 0, 1, H256::repeat_byte(4)));
			}
		}
		for period in 0..3u32 {
			set_block(start + (period + 1) * PERIOD + 2 * WINDOW);
			assert_ok!(TsmSettlement::close_period(signed(&member(2)), 0));
		}
		let invoices: Vec<_> = settlement_events()
			.into_iter()
			.filter_map(|e| match e {
				SettlementEvent::Invoiced { period, total, fee, disputed, .. } => {
					Some((period, total, fee, disputed))
				}
				_ => None,
			})
			.collect();
		// The platform fee is 0.5 % of what the provider is paid.
		assert_eq!(
			invoices,
			vec![
				(0, 22 * UNIT, 110 * UNIT / 1_000, false),
				(1, 30 * UNIT, 0, true),
				(2, 15 * UNIT, 75 * UNIT / 1_000, false)
			]
		);
		let agreement = pallet_tsm_settlement::Agreements::<Runtime>::get(0).unwrap();
		assert_eq!(agreement.state, AgreementState::Expired);

		// The council's arbitration majority gives the provider 60 % of period 1.
		let scp_before = Balances::balance(&scp);
		let resolve: RuntimeCall = pallet_tsm_settlement::Call::resolve_dispute {
			agreement: 0,
			period: 1,
			provider_share: Perbill::from_percent(60),
		}
		.into();
		assert_eq!(common::council::pass(resolve), Ok(()));
		assert!(matches!(
			pallet_tsm_settlement::Bills::<Runtime>::get(0, 1).unwrap().status,
			BillStatus::Arbitrated { .. }
		));
		// 18 TSM less the 0.5 % fee.
		assert_eq!(Balances::balance(&scp), scp_before + 18 * UNIT - 90 * UNIT / 1_000);
		assert_eq!(Balances::balance(&MarketAccount::get()), (110 + 75 + 90) * UNIT / 1_000);

		// Inter-CSP netting among the three operators: the MNO founds a
		// group and invites the providers; each member sets what the others
		// may charge it per period.
		let now = System::block_number();
		assert_ok!(TsmSettlement::create_settlement_group(signed(&mno), PERIOD));
		for who in [&scp, &scp2] {
			assert_ok!(TsmSettlement::invite_to_group(signed(&mno), 0, who.clone()));
			assert_ok!(TsmSettlement::join_settlement_group(signed(who), 0));
		}
		for (debtor, creditor, limit) in
			[(&mno, &scp, 300), (&mno, &scp2, 200), (&scp, &mno, 100), (&scp, &scp2, 100)]
		{
			assert_ok!(TsmSettlement::set_charge_limit(
				signed(debtor),
				0,
				creditor.clone(),
				limit * UNIT
			));
		}
		for (creditor, debtor, amount) in [
			(&scp, &mno, 300 * UNIT),
			(&scp2, &mno, 200 * UNIT),
			(&mno, &scp, 50 * UNIT),
			(&scp2, &scp, 30 * UNIT),
		] {
			assert_ok!(TsmSettlement::record_charge(
				signed(creditor),
				0,
				debtor.clone(),
				amount,
				H256::repeat_byte(5)
			));
		}
		// Once the period and its review window are over, the close nets
		// and pays at once.
		set_block(now + PERIOD + WINDOW + 1);
		let mno_before = Balances::balance(&mno);
		assert_ok!(TsmSettlement::close_settlement_period(signed(&member(2)), 0));
		assert!(settlement_events().contains(&SettlementEvent::NettingSettled {
			group: 0,
			period: 0,
			transfers: 2
		}));
		assert_eq!(Balances::balance(&mno), mno_before - 450 * UNIT);
		assert_eq!(
			pallet_tsm_settlement::Netting::<Runtime>::get(0, 0).unwrap().status,
			NettingStatus::Settled
		);

		// The council dissolves the group by an arbitration vote; the
		// deposits return.
		let dissolve =
			RuntimeCall::TsmSettlement(pallet_tsm_settlement::Call::dissolve_settlement_group {
				group: 0,
			});
		assert_eq!(common::council::pass(dissolve), Ok(()));
		assert!(pallet_tsm_settlement::Groups::<Runtime>::get(0).is_none());
		for who in [&mno, &scp, &scp2] {
			assert_eq!(
				Balances::balance_on_hold(
					&tsm_runtime::RuntimeHoldReason::TsmSettlement(
						pallet_tsm_settlement::HoldReason::GroupDeposit
					),
					who
				),
				0
			);
		}

		assert_eq!(Balances::total_issuance(), issuance, "settlement creates and destroys nothing");
		common::assert_holds_match_records();
	});
}
