//! The assurance story on the `consortium` genesis, in the real runtime:
//! a service provider sells an eMBB slice under a three-objective SLA
//! template; three credentialed oracles form the committee; the consumer
//! orders; the oracles report each interval — one of them lies every time
//! — and the bill carries exactly the penalty the template's curve gives
//! for the honest median. The liar has a strike per report, the provider's
//! reputation fell; the provider disputed the penalty and the council's
//! arbitration majority lifts it. Nothing creates or destroys funds.

mod common;

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec};
use pallet_tsm_assurance::{
	Comparator, EvaluationRule, Metric, Objective, ObjectiveValues, Outcome, PenaltyCurve,
	PenaltyTier, SlaTemplate, Unit,
};
use pallet_tsm_governance::MarketParameter;
use pallet_tsm_settlement::{
	BillStatus, Coverage, Event as SettlementEvent, OfferKind, OfferTerms, PriceModel, SliceType,
};
use sp_core::H256;
use sp_runtime::Perbill;
use tsm_primitives::Role;
use tsm_runtime::{
	configs::settlement::MarketAccount,
	genesis_config_presets::{self as presets, CONSORTIUM_MEMBERS},
	token::UNIT,
	AccountId, Balances, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, TsmAssurance,
	TsmIdentity, TsmSettlement,
};

fn member(i: usize) -> AccountId {
	CONSORTIUM_MEMBERS[i].account.into()
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn credential(subject: &AccountId, role: Role) {
	assert_ok!(TsmIdentity::issue_credential(
		signed(&member(3)),
		subject.clone(),
		role,
		H256::repeat_byte(1),
		0,
		None
	));
}

/// A funded participant holding a monitoring-oracle credential.
fn oracle(seed: u8) -> AccountId {
	common::credentialed(seed, Role::MonitoringOracle)
}

const PERIOD: u32 = 300;
const INTERVAL: u32 = 100;
/// The shortest reporting grace and dispute window the council may set.
const WINDOW: u32 = 200;
const REPORT_FEE: u128 = UNIT / 10;

/// Availability ≥ 99.9 %, p95 latency ≤ 20 ms, throughput ≥ 100 Mbit/s;
/// 90 % of the intervals must comply; 10 % off below 90 %, 25 % below
/// 60 %, 50 % below 30 %.
fn embb_template() -> SlaTemplate<u128, u32> {
	let objective = |metric, unit, comparator, target, tolerance| Objective {
		metric,
		unit,
		comparator,
		target,
		warning: None,
		tolerance,
	};
	SlaTemplate {
		objectives: BoundedVec::truncate_from(vec![
			objective(
				Metric::Availability,
				Unit::PartsPerMillion,
				Comparator::AtLeast,
				999_000,
				500,
			),
			objective(
				Metric::Latency { percentile: 95 },
				Unit::Milliseconds,
				Comparator::AtMost,
				20,
				2,
			),
			objective(
				Metric::Throughput,
				Unit::KilobitsPerSecond,
				Comparator::AtLeast,
				100_000,
				5_000,
			),
		]),
		evaluation: EvaluationRule {
			interval: INTERVAL,
			required: Perbill::from_percent(90),
			grace_intervals: 0,
		},
		curve: PenaltyCurve::Steps(BoundedVec::truncate_from(vec![
			PenaltyTier { below: Perbill::from_percent(90), penalty: Perbill::from_percent(10) },
			PenaltyTier { below: Perbill::from_percent(60), penalty: Perbill::from_percent(25) },
			PenaltyTier { below: Perbill::from_percent(30), penalty: Perbill::from_percent(50) },
		])),
		cap: Perbill::from_percent(50),
		report_fee: REPORT_FEE,
	}
}

fn values(v: [u64; 3]) -> ObjectiveValues {
	BoundedVec::truncate_from(v.to_vec())
}

#[test]
fn a_lying_oracle_cannot_hide_an_outage_and_arbitration_decides_the_penalty() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		System::set_block_number(1);
		let (consumer, provider) = (member(0), member(1));
		credential(&provider, Role::ServiceProvider);
		for parameter in
			[MarketParameter::ReportingGrace(WINDOW), MarketParameter::DisputeWindow(WINDOW)]
		{
			let call: RuntimeCall = pallet_tsm_governance::Call::set_parameter { parameter }.into();
			assert_eq!(common::council::pass(call), Ok(()));
		}
		let oracles = [oracle(10), oracle(11), oracle(12)];
		let issuance = Balances::total_issuance();

		// The template, the oracles' bonds, the offer naming the template.
		assert_ok!(TsmAssurance::create_template(signed(&provider), embb_template()));
		let sla = TsmAssurance::template_hash(&embb_template());
		for who in &oracles {
			assert_ok!(TsmAssurance::register_oracle(signed(who), 100 * UNIT));
		}
		let terms = |sla, billing_period| OfferTerms {
			kind: OfferKind::NetworkSlice(SliceType::Embb),
			coverage: Coverage::Cells(BoundedVec::truncate_from(vec![262_144_001])),
			capacity: 10,
			price: PriceModel { flat_per_period: 100 * UNIT, unit_price: 0 },
			billing_period,
			minimum_term: 1,
			sla,
			bond: 50 * UNIT,
			termination_fee: 0,
			valid_until: 100_000,
			auto_accept: false,
		};
		// A billing period that is not a whole number of intervals is refused.
		assert_noop!(
			TsmSettlement::publish_offer(signed(&provider), terms(sla, 250)),
			pallet_tsm_assurance::Error::<Runtime>::BillingPeriodNotMultipleOfInterval
		);
		assert_ok!(TsmSettlement::publish_offer(signed(&provider), terms(sla, PERIOD)));
		// Until the committee consents, the offer takes no orders.
		assert_noop!(
			TsmSettlement::order(signed(&consumer), 0, 1, 2),
			pallet_tsm_assurance::Error::<Runtime>::CommitteeNotReady
		);
		assert_ok!(TsmAssurance::set_offer_committee(
			signed(&provider),
			0,
			BoundedVec::truncate_from(oracles.to_vec())
		));
		for who in &oracles {
			assert_ok!(TsmAssurance::consent_to_committee(signed(who), 0, true));
		}
		assert!(TsmAssurance::offer_monitoring(0).unwrap().ready);
		assert_ok!(TsmSettlement::order(signed(&consumer), 0, 1, 2));
		assert_ok!(TsmSettlement::accept_order(signed(&provider), 0));
		let start = 1;

		// Interval 1 had an outage (99.0 % available); the third oracle
		// reports perfect service every time.
		let honest = [
			values([999_900, 12, 150_000]),
			values([990_000, 12, 150_000]),
			values([999_950, 11, 140_000]),
		];
		for (interval, measured) in honest.iter().enumerate() {
			System::set_block_number(start + (interval as u32 + 1) * INTERVAL);
			for who in &oracles[..2] {
				assert_ok!(TsmAssurance::report(
					signed(who),
					0,
					interval as u32,
					measured.clone(),
					H256::repeat_byte(interval as u8)
				));
			}
			assert_ok!(TsmAssurance::report(
				signed(&oracles[2]),
				0,
				interval as u32,
				values([1_000_000, 5, 1_000_000]),
				H256::repeat_byte(9)
			));
		}
		// Before the bill: the status shows the penalty so far, and the
		// provider contests it within the dispute window.
		let status = TsmAssurance::sla_status(0).unwrap();
		assert_eq!(status.periods[0].measured, 3);
		assert_eq!(status.periods[0].projected.penalty, Perbill::from_percent(10));
		System::set_block_number(start + PERIOD + WINDOW);
		assert_ok!(TsmSettlement::dispute_usage(signed(&provider), 0, 0, H256::repeat_byte(7)));

		System::set_block_number(start + PERIOD + 2 * WINDOW);
		assert_ok!(TsmSettlement::close_period(signed(&member(2)), 0));
		let invoiced = System::events().into_iter().find_map(|r| match r.event {
			RuntimeEvent::TsmSettlement(SettlementEvent::Invoiced {
				period: 0,
				penalty,
				total,
				disputed,
				..
			}) => Some((penalty, total, disputed)),
			_ => None,
		});
		// Availability met in 2 of 3 intervals: 66.7 %, the 10 % tier.
		assert_eq!(invoiced, Some((10 * UNIT, 90 * UNIT, true)));
		let verdict = pallet_tsm_assurance::Periods::<Runtime>::get(0, 0).verdict.unwrap();
		assert_eq!(verdict.outcome, Outcome::Breached);
		assert_eq!(
			verdict.objectives.iter().map(|o| o.met).collect::<Vec<_>>(),
			vec![false, true, true]
		);
		let records = TsmAssurance::oracles();
		let record =
			|who: &AccountId| records.iter().find(|o| &o.account == who).unwrap().record.clone();
		assert_eq!((record(&oracles[2]).strikes, record(&oracles[2]).earned), (3, 0));
		assert_eq!((record(&oracles[0]).strikes, record(&oracles[0]).earned), (0, 3 * REPORT_FEE));
		let reputation = TsmAssurance::provider_reputation(provider.clone());
		assert_eq!(
			(reputation.breached, reputation.penalties, reputation.score),
			(1, 10 * UNIT, Perbill::zero())
		);

		// The council's arbitration majority lifts the penalty: the whole
		// flat fee goes to the provider (less the platform fee).
		let before = Balances::balance(&provider);
		let resolve: RuntimeCall = pallet_tsm_settlement::Call::resolve_dispute {
			agreement: 0,
			period: 0,
			provider_share: Perbill::one(),
		}
		.into();
		assert_eq!(common::council::pass(resolve), Ok(()));
		assert!(matches!(
			pallet_tsm_settlement::Bills::<Runtime>::get(0, 0).unwrap().status,
			BillStatus::Arbitrated { .. }
		));
		let fee = 100 * UNIT / 200;
		assert_eq!(Balances::balance(&provider), before + 100 * UNIT - fee);

		// The liar is slashed and ejected by the council.
		let slash: RuntimeCall = pallet_tsm_assurance::Call::slash_oracle {
			oracle: oracles[2].clone(),
			amount: 40 * UNIT,
		}
		.into();
		let market = Balances::balance(&MarketAccount::get());
		assert_eq!(common::council::pass(slash), Ok(()));
		assert_eq!(Balances::balance(&MarketAccount::get()), market + 40 * UNIT);
		assert!(record_of(&oracles[2]).ejected);

		common::assert_holds_match_records();
		assert_eq!(Balances::total_issuance(), issuance, "assurance creates and destroys nothing");
	});
}

fn record_of(who: &AccountId) -> pallet_tsm_assurance::OracleRecord<u128> {
	pallet_tsm_assurance::Oracles::<Runtime>::get(who).unwrap()
}
