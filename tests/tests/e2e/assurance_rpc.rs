//! Assurance on a `--dev` node over JSON-RPC, as the apps of a provider
//! (Bob), a consumer (Charlie) and three monitoring oracles (Dave, Eve,
//! Ferdie) would drive it: Bob stores a three-objective SLA template and
//! publishes an eMBB slice naming it; the oracles register and consent to
//! sit on its committee; Charlie orders and Bob accepts; the oracles report
//! three intervals — Ferdie claims perfect service every time — and one
//! interval has an outage. Bob sees the penalty coming and disputes the
//! period; the bill carries exactly the penalty the template's curve gives
//! for the honest median; Ferdie has a strike per report; Bob's reputation
//! fell; governance (sudo on the dev chain) lifts the penalty. Each step is
//! checked through `tsmAssurance_*` and `tsmSettlement_*`.

use pallet_tsm_assurance::{
	Call as AssuranceCall, Comparator, EvaluationRule, Metric, Objective, ObjectiveValues,
	PenaltyCurve, PenaltyTier, SlaTemplate, Unit,
};
use pallet_tsm_identity::Call as IdentityCall;
use pallet_tsm_settlement::{
	Call as SettlementCall, Coverage, Event as SettlementEvent, OfferKind, OfferTerms, PriceModel,
	SliceType,
};
use serde_json::{json, Value};
use sp_core::{sr25519, H256};
use sp_runtime::Perbill;
use std::time::Duration;
use tsm_e2e_tests::{
	app::{
		account, address, assert_in_metadata, assert_serves, pair, register_organisation, sudo,
		wait_for_block,
	},
	node::{Node, Ports, TempDir},
	rpc::Rpc,
};
use tsm_primitives::Role;
use tsm_runtime::{token::UNIT, RuntimeCall, RuntimeEvent};

const TIMEOUT: Duration = Duration::from_secs(90);
/// Blocks per measurement interval: reports for one are taken during the next.
const INTERVAL: u32 = 4;
/// Blocks per billing period: three intervals.
const PERIOD: u32 = 3 * INTERVAL;
/// The dev chain's reporting grace and dispute window (genesis).
const GRACE: u32 = 5;
const DISPUTE: u32 = 10;
const REPORT_FEE: u128 = UNIT / 10;

fn assurance(call: AssuranceCall<tsm_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::TsmAssurance(call)
}

fn settlement(call: SettlementCall<tsm_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::TsmSettlement(call)
}

/// Availability ≥ 99.9 %, p95 latency ≤ 20 ms, throughput ≥ 100 Mbit/s;
/// 90 % of the intervals must comply; 10 % off below 90 %, 25 % below
/// 60 %, 50 % below 30 %.
fn template() -> SlaTemplate<u128, u32> {
	let objective = |metric, unit, comparator, target, tolerance| Objective {
		metric,
		unit,
		comparator,
		target,
		warning: None,
		tolerance,
	};
	SlaTemplate {
		objectives: vec![
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
		]
		.try_into()
		.unwrap(),
		evaluation: EvaluationRule {
			interval: INTERVAL,
			required: Perbill::from_percent(90),
			grace_intervals: 0,
		},
		curve: PenaltyCurve::Steps(
			vec![
				PenaltyTier {
					below: Perbill::from_percent(90),
					penalty: Perbill::from_percent(10),
				},
				PenaltyTier {
					below: Perbill::from_percent(60),
					penalty: Perbill::from_percent(25),
				},
				PenaltyTier {
					below: Perbill::from_percent(30),
					penalty: Perbill::from_percent(50),
				},
			]
			.try_into()
			.unwrap(),
		),
		cap: Perbill::from_percent(50),
		report_fee: REPORT_FEE,
	}
}

fn values(v: [u64; 3]) -> ObjectiveValues {
	v.to_vec().try_into().unwrap()
}

/// `who`'s record in `tsmAssurance_oracles`.
async fn oracle_record(rpc: &Rpc, who: &sr25519::Pair) -> Value {
	let oracles = rpc.query("tsmAssurance_oracles", vec![]).await;
	let listed = oracles.as_array().expect("a list of oracles");
	listed.iter().find(|o| o["account"] == address(who)).expect("registered")["record"].clone()
}

#[tokio::test(flavor = "multi_thread")]
async fn oracles_measure_an_sla_and_the_bill_carries_the_penalty_over_json_rpc() {
	let dir = TempDir::new("dev-assurance");
	let node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	wait_for_block(&rpc, 1).await;
	assert_serves(
		&rpc,
		&[
			"tsmAssurance_templates",
			"tsmAssurance_template",
			"tsmAssurance_offerMonitoring",
			"tsmAssurance_slaStatus",
			"tsmAssurance_periodReports",
			"tsmAssurance_providerReputation",
			"tsmAssurance_oracles",
		],
	)
	.await;
	assert_in_metadata(&rpc, &["TsmAssurance", "consent_to_committee", "TsmAssuranceApi"]).await;

	let (alice, bob, charlie) = (pair("//Alice"), pair("//Bob"), pair("//Charlie"));
	let oracles = [pair("//Dave"), pair("//Eve"), pair("//Ferdie")];
	let liar = &oracles[2];

	// Everyone registers; Alice is accredited (sudo) and credentials Bob as
	// a service provider and the three oracles.
	let mut setup: Vec<(&sr25519::Pair, RuntimeCall)> = [&alice, &bob, &charlie]
		.into_iter()
		.chain(oracles.iter())
		.map(|who| (who, register_organisation(who, "https://example.org/tmf657")))
		.collect();
	for role in [Role::ServiceProvider, Role::MonitoringOracle] {
		setup.push((
			&alice,
			sudo(RuntimeCall::TsmIdentity(IdentityCall::accredit_issuer {
				issuer: account(&alice),
				role,
			})),
		));
	}
	rpc.submit_signed_all(setup, TIMEOUT).await;
	let credentials = std::iter::once((&bob, Role::ServiceProvider))
		.chain(oracles.iter().map(|o| (o, Role::MonitoringOracle)))
		.map(|(who, role)| {
			(
				&alice,
				RuntimeCall::TsmIdentity(IdentityCall::issue_credential {
					subject: account(who),
					role,
					claim_hash: H256::repeat_byte(1),
					valid_from: 0,
					valid_until: None,
				}),
			)
		})
		.collect();
	rpc.submit_signed_all(credentials, TIMEOUT).await;
	for who in &oracles {
		let has = rpc
			.query("tsmIdentity_hasRole", vec![address(who).into(), "MonitoringOracle".into()])
			.await;
		assert_eq!(has, true, "oracle credential");
	}

	// Bob stores the template; the oracles register with 100 TSM bonds.
	let mut calls =
		vec![(&bob, assurance(AssuranceCall::create_template { template: template() }))];
	for who in &oracles {
		calls.push((who, assurance(AssuranceCall::register_oracle { bond: 100 * UNIT })));
	}
	rpc.submit_signed_all(calls, TIMEOUT).await;
	let templates = rpc.query("tsmAssurance_templates", vec![]).await;
	let sla = templates[0]["sla"].clone();
	let stored = rpc.query("tsmAssurance_template", vec![sla.clone()]).await;
	assert_eq!(stored["template"]["reportFee"], json!(REPORT_FEE.to_string()));
	assert_eq!(stored["template"]["objectives"].as_array().unwrap().len(), 3);
	let sla: H256 = serde_json::from_value(sla).unwrap();

	// Bob's eMBB slice names the template: 100 TSM a period.
	let terms = OfferTerms {
		kind: OfferKind::NetworkSlice(SliceType::Embb),
		coverage: Coverage::Cells(vec![262_144_001].try_into().unwrap()),
		capacity: 10,
		price: PriceModel { flat_per_period: 100 * UNIT, unit_price: 0 },
		billing_period: PERIOD,
		minimum_term: 1,
		sla,
		bond: 50 * UNIT,
		termination_fee: 0,
		valid_until: 100_000,
		auto_accept: false,
	};
	rpc.submit_signed(&bob, settlement(SettlementCall::publish_offer { terms }), TIMEOUT).await;
	let committee = oracles.iter().map(account).collect::<Vec<_>>().try_into().unwrap();
	let nominate = AssuranceCall::set_offer_committee { offer: 0, members: committee };
	rpc.submit_signed(&bob, assurance(nominate), TIMEOUT).await;
	let monitoring = rpc.query("tsmAssurance_offerMonitoring", vec![0.into()]).await;
	assert_eq!(monitoring["ready"], false);
	assert_eq!(monitoring["intervalsPerPeriod"], 3);
	let consents = oracles
		.iter()
		.map(|who| {
			(who, assurance(AssuranceCall::consent_to_committee { offer: 0, consent: true }))
		})
		.collect();
	rpc.submit_signed_all(consents, TIMEOUT).await;
	// What Charlie sees before ordering: a ready committee of three.
	let monitoring = rpc.query("tsmAssurance_offerMonitoring", vec![0.into()]).await;
	assert_eq!(monitoring["ready"], true);
	assert_eq!(monitoring["committee"].as_array().unwrap().len(), 3);

	let order = SettlementCall::order { offer: 0, quantity: 1, term: 2 };
	rpc.submit_signed(&charlie, settlement(order), TIMEOUT).await;
	rpc.submit_signed(&bob, settlement(SettlementCall::accept_order { agreement: 0 }), TIMEOUT)
		.await;
	let agreements = rpc.query("tsmSettlement_agreementsOf", vec![address(&bob).into()]).await;
	let start = agreements[0]["agreement"]["start"].as_u64().unwrap() as u32;
	let status = rpc.query("tsmAssurance_slaStatus", vec![0.into()]).await;
	assert_eq!(status["state"], json!({ "Active": { "start": start } }));
	assert_eq!(status["feesHeld"], json!((3 * 3 * 2 * REPORT_FEE).to_string()));

	// Three intervals; the second has an outage. Each is reported in the
	// interval after it, all three reports together.
	let honest = [[999_900, 12, 150_000], [990_000, 12, 150_000], [999_950, 11, 140_000]];
	for (interval, measured) in honest.into_iter().enumerate() {
		wait_for_block(&rpc, start + (interval as u32 + 1) * INTERVAL - 1).await;
		let interval = interval as u32;
		let report = |v| {
			assurance(AssuranceCall::report {
				agreement: 0,
				interval,
				values: values(v),
				evidence: H256::repeat_byte(interval as u8 + 1),
			})
		};
		let reports = vec![
			(&oracles[0], report(measured)),
			(&oracles[1], report(measured)),
			(liar, report([1_000_000, 5, 1_000_000])),
		];
		rpc.submit_signed_all(reports, TIMEOUT).await;
	}

	// Bob sees the penalty so far and disputes the period in time.
	let reports = rpc.query("tsmAssurance_periodReports", vec![0.into(), 0.into()]).await;
	assert_eq!(reports["period"]["measured"], 3);
	assert_eq!(reports["period"]["projected"]["penalty"], Perbill::from_percent(10).deconstruct());
	assert_eq!(reports["period"]["seats"][2]["strikes"], 3);
	let dispute = SettlementCall::dispute_usage { agreement: 0, period: 0, evidence: H256::zero() };
	rpc.submit_signed(&bob, settlement(dispute), TIMEOUT).await;

	// The bill: 100 TSM less the 10 % tier (availability met in 2 of 3).
	wait_for_block(&rpc, start + PERIOD + GRACE + DISPUTE).await;
	let close = SettlementCall::close_period { agreement: 0 };
	let block = rpc.submit_signed(&charlie, settlement(close), TIMEOUT).await;
	let invoiced = rpc.events(block).await.into_iter().find_map(|record| match record.event {
		RuntimeEvent::TsmSettlement(SettlementEvent::Invoiced {
			period: 0,
			penalty,
			total,
			disputed,
			..
		}) => Some((penalty, total, disputed)),
		_ => None,
	});
	assert_eq!(invoiced, Some((10 * UNIT, 90 * UNIT, true)));
	let status = rpc.query("tsmAssurance_slaStatus", vec![0.into()]).await;
	let verdict = &status["periods"][0]["verdict"];
	assert_eq!(verdict["outcome"], "Breached");
	let met: Vec<bool> = verdict["objectives"]
		.as_array()
		.unwrap()
		.iter()
		.map(|o| o["met"].as_bool().unwrap())
		.collect();
	assert_eq!(met, vec![false, true, true]);

	// The liar has a strike per report and earned nothing; the honest were paid.
	let liar_record = oracle_record(&rpc, liar).await;
	assert_eq!(
		(liar_record["strikes"].clone(), liar_record["earned"].clone()),
		(json!(3), json!("0"))
	);
	let honest_record = oracle_record(&rpc, &oracles[0]).await;
	assert_eq!(honest_record["earned"], json!((3 * REPORT_FEE).to_string()));
	let reputation = rpc.query("tsmAssurance_providerReputation", vec![address(&bob).into()]).await;
	assert_eq!(reputation["breached"], 1);
	assert_eq!(reputation["penalties"], json!((10 * UNIT).to_string()));
	assert_eq!(reputation["score"], 0);

	// Governance lifts the penalty: Bob gets the whole flat fee.
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(bills[0]["bill"]["status"], "Disputed");
	let resolve =
		SettlementCall::resolve_dispute { agreement: 0, period: 0, provider_share: Perbill::one() };
	rpc.submit_signed(&alice, sudo(settlement(resolve)), TIMEOUT).await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(
		bills[0]["bill"]["status"],
		json!({ "Arbitrated": { "providerShare": 1_000_000_000 } })
	);
}
