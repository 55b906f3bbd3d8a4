//! Business settlement on a `--dev` node, driven over JSON-RPC as the apps
//! of a small cell provider (Bob) and a mobile network operator (Charlie)
//! would drive it — the README's walkthrough, every step: both register and
//! get credentials, Bob publishes site access, Charlie orders twice and Bob
//! accepts; Charlie gives notice on the trial and pays the termination fee;
//! a period with usage is billed, a disputed one is arbitrated, the last
//! one expires the agreement and both are purged; then the two form a
//! settlement group by invitation, agree on charge limits, record charges
//! and the close nets and pays them. Every step is checked through the
//! `tsmSettlement_*` methods. The dev chain's short windows (genesis) make
//! the whole cycle take a few minutes.

use pallet_tsm_identity::Call as IdentityCall;
use pallet_tsm_settlement::{Call as SettlementCall, Coverage, OfferKind, OfferTerms, PriceModel};
use serde_json::{json, Value};
use sp_core::{sr25519, H256};
use std::time::Duration;
use tsm_e2e_tests::{
	app::{
		account, address, assert_in_metadata, assert_invalid_params, assert_serves, pair,
		register_organisation, sudo, wait_for_block,
	},
	node::{Node, Ports, TempDir},
	rpc::Rpc,
	tx::sign,
};
use tsm_primitives::Role;
use tsm_runtime::{configs::settlement::GroupDeposit, token::UNIT, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(90);
/// Blocks per billing period (3 s blocks).
const PERIOD: u32 = 10;
/// Blocks per settlement period: room for the group's set-up and charges.
const GROUP_PERIOD: u32 = 30;
/// The dev chain's reporting grace, dispute and settlement review windows
/// (genesis).
const GRACE: u32 = 5;
const DISPUTE: u32 = 10;
const WINDOW: u32 = 10;

fn settlement(call: SettlementCall<tsm_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::TsmSettlement(call)
}

/// Amounts travel as decimal strings of the token's smallest unit (JSON
/// numbers would lose precision in JavaScript above 2^53).
fn tsm(amount: u128) -> Value {
	amount_of(amount * UNIT)
}

fn amount_of(smallest_units: u128) -> Value {
	json!(smallest_units.to_string())
}

async fn free_balance(rpc: &Rpc, who: &sr25519::Pair) -> u128 {
	rpc.account(&account(who)).await.data.free
}

/// Agreement `id` as `tsmSettlement_agreementsOf(who)` shows it.
async fn agreement(rpc: &Rpc, who: &sr25519::Pair, id: u64) -> Value {
	let agreements = rpc.query("tsmSettlement_agreementsOf", vec![address(who).into()]).await;
	let listed = agreements.as_array().expect("a list of agreements");
	listed.iter().find(|a| a["id"] == id).expect("the agreement is listed")["agreement"].clone()
}

/// The first agreement `who` is party to, from `tsmSettlement_agreementsOf`.
async fn first_agreement(rpc: &Rpc, who: &sr25519::Pair) -> Value {
	let agreements = rpc.query("tsmSettlement_agreementsOf", vec![address(who).into()]).await;
	agreements[0].clone()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_mno_orders_small_cell_site_access_over_json_rpc() {
	let dir = TempDir::new("dev-settlement");
	let node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	wait_for_block(&rpc, 1).await;

	assert_serves(
		&rpc,
		&[
			"tsmSettlement_offers",
			"tsmSettlement_agreementsOf",
			"tsmSettlement_bills",
			"tsmSettlement_group",
			"tsmSettlement_settlementPeriod",
		],
	)
	.await;
	assert_in_metadata(
		&rpc,
		&["TsmSettlement", "give_notice", "Gives notice to end", "TsmSettlementApi"],
	)
	.await;

	let chain = rpc.chain().await;
	let (alice, bob, charlie, dave) =
		(pair("//Alice"), pair("//Bob"), pair("//Charlie"), pair("//Dave"));

	// Everyone registers; governance (sudo on the dev chain) accredits Alice
	// to credential operators; Alice credentials Bob's small cells and
	// Charlie's network.
	for who in [&bob, &charlie] {
		rpc.submit(&sign(chain, register_organisation(who, "https://example.org/tmf622"), who, 0))
			.await
			.expect("the pool accepts the registration");
	}
	let alice_calls = [
		register_organisation(&alice, "https://alice.example/tmf622"),
		sudo(RuntimeCall::TsmIdentity(IdentityCall::accredit_issuer {
			issuer: account(&alice),
			role: Role::SmallCellProvider,
		})),
		sudo(RuntimeCall::TsmIdentity(IdentityCall::accredit_issuer {
			issuer: account(&alice),
			role: Role::NetworkOperator,
		})),
		RuntimeCall::TsmIdentity(IdentityCall::issue_credential {
			subject: account(&bob),
			role: Role::SmallCellProvider,
			claim_hash: H256::repeat_byte(1),
			valid_from: 0,
			valid_until: None,
		}),
		RuntimeCall::TsmIdentity(IdentityCall::issue_credential {
			subject: account(&charlie),
			role: Role::NetworkOperator,
			claim_hash: H256::repeat_byte(2),
			valid_from: 0,
			valid_until: None,
		}),
	];
	let last = alice_calls.len() - 1;
	for (nonce, call) in alice_calls.into_iter().enumerate() {
		let extrinsic = sign(chain, call, &alice, nonce as u32);
		if nonce == last {
			rpc.submit_and_watch_finalized(&extrinsic, TIMEOUT).await;
		} else {
			rpc.submit(&extrinsic).await.expect("the pool accepts Alice's transaction");
		}
	}
	for (who, role) in [(&bob, "SmallCellProvider"), (&charlie, "NetworkOperator")] {
		let has = rpc.query("tsmIdentity_hasRole", vec![address(who).into(), role.into()]).await;
		assert_eq!(has, true, "{role} credential");
	}

	// Bob publishes site access on two cells: 10 TSM a period plus 1 TSM per
	// unit, a bond of 100 TSM, a termination fee of 25 TSM.
	let terms = OfferTerms {
		kind: OfferKind::SmallCellSiteAccess,
		coverage: Coverage::Cells(vec![262_144_001, 262_144_002].try_into().unwrap()),
		capacity: 50,
		price: PriceModel { flat_per_period: 10 * UNIT, unit_price: UNIT },
		billing_period: PERIOD,
		minimum_term: 2,
		sla: H256::repeat_byte(0x51),
		bond: 100 * UNIT,
		termination_fee: 25 * UNIT,
		valid_until: 100_000,
		auto_accept: false,
	};
	let publish = settlement(SettlementCall::publish_offer { terms });
	rpc.submit_signed(&bob, publish, TIMEOUT).await;
	let offers = rpc.query("tsmSettlement_offers", vec![Value::Null, Value::Null]).await;
	assert_eq!(offers.as_array().unwrap().len(), 1);
	let offer = &offers[0];
	assert_eq!(offer["id"], 0);
	assert_eq!(offer["provider"], address(&bob));
	assert_eq!(offer["kind"], "SmallCellSiteAccess");
	assert_eq!(offer["coverage"], json!({ "Cells": [262_144_001u64, 262_144_002u64] }));
	assert_eq!(offer["price"], json!({ "flatPerPeriod": tsm(10), "unitPrice": tsm(1) }));
	assert_eq!(offer["terminationFee"], tsm(25));
	assert_eq!(offer["sla"], format!("{:?}", H256::repeat_byte(0x51)));
	// Filtered by kind and by provider.
	let by_kind = |kind: Value, provider: Value| {
		let rpc = &rpc;
		async move { rpc.query("tsmSettlement_offers", vec![kind, provider]).await }
	};
	assert_eq!(by_kind("SmallCellSiteAccess".into(), address(&bob).into()).await, offers);
	assert_eq!(by_kind(json!({ "NetworkSlice": "Urllc" }), Value::Null).await, json!([]));
	assert_eq!(by_kind(Value::Null, address(&charlie).into()).await, json!([]));
	assert_invalid_params(
		rpc.call("tsmSettlement_offers", vec!["Astronaut".into(), Value::Null]).await,
		"unknown variant `Astronaut`",
	);

	// Charlie orders 20 units for 3 periods (30 TSM held in escrow) and, to
	// try the site first, 5 units for 2 periods (15 TSM).
	rpc.submit_signed_all(
		vec![
			(&charlie, settlement(SettlementCall::order { offer: 0, quantity: 20, term: 3 })),
			(&charlie, settlement(SettlementCall::order { offer: 0, quantity: 5, term: 2 })),
		],
		TIMEOUT,
	)
	.await;
	let pending = first_agreement(&rpc, &charlie).await;
	assert_eq!(pending["id"], 0);
	assert_eq!(pending["agreement"]["consumer"], address(&charlie));
	assert_eq!(pending["agreement"]["escrow"], tsm(30));
	assert!(pending["agreement"]["state"]["Pending"]["acceptBy"].is_number());
	assert_eq!(agreement(&rpc, &charlie, 1).await["escrow"], tsm(15));

	// Bob accepts both: they run, each period ends PERIOD blocks on.
	rpc.submit_signed_all(
		vec![
			(&bob, settlement(SettlementCall::accept_order { agreement: 0 })),
			(&bob, settlement(SettlementCall::accept_order { agreement: 1 })),
		],
		TIMEOUT,
	)
	.await;
	let active = first_agreement(&rpc, &bob).await;
	assert_eq!(active["agreement"]["state"], "Active");
	assert_eq!(active["agreement"]["bond"], tsm(100));
	let start = active["agreement"]["start"].as_u64().unwrap() as u32;
	let trial_start = agreement(&rpc, &bob, 1).await["start"].as_u64().unwrap() as u32;

	// Charlie gives notice on the trial: Bob receives at once, from
	// Charlie's commitment, the termination fee (25 TSM) and the flat fee of
	// the minimum term's other period (10 TSM); the trial ends once its
	// period 0 is billed.
	let bob_before = free_balance(&rpc, &bob).await;
	let notice = settlement(SettlementCall::give_notice { agreement: 1 });
	rpc.submit_signed(&charlie, notice, TIMEOUT).await;
	assert_eq!(free_balance(&rpc, &bob).await, bob_before + 35 * UNIT);
	let noticed = agreement(&rpc, &charlie, 1).await;
	assert_eq!(noticed["notice"], json!({ "by": address(&charlie), "lastPeriod": 0 }));
	assert_eq!(noticed["state"], "Active");

	// Bob reports 12 units of period 0 of agreement 0; the statement shows
	// them, not yet billed.
	let evidence = H256::repeat_byte(0xcd);
	let usage = SettlementCall::submit_usage { agreement: 0, period: 0, units: 12, evidence };
	rpc.submit_signed(&bob, settlement(usage), TIMEOUT).await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(bills[0]["period"], 0);
	assert_eq!(bills[0]["usage"]["units"], 12);
	assert_eq!(bills[0]["usage"]["evidence"], format!("{evidence:?}"));
	assert!(bills[0]["dispute"].is_null());
	assert!(bills[0]["bill"].is_null());

	// Period 1 begins: anyone (Dave) funds it from Charlie's escrow; then
	// Bob reports 7 units of it and Charlie disputes them.
	wait_for_block(&rpc, start + PERIOD).await;
	rpc.submit_signed(&dave, settlement(SettlementCall::close_period { agreement: 0 }), TIMEOUT)
		.await;
	let funded = agreement(&rpc, &charlie, 0).await;
	assert_eq!((&funded["period"], &funded["funded"]), (&json!(0), &json!(1)));
	assert_eq!(funded["escrow"], tsm(60));
	let usage = SettlementCall::submit_usage { agreement: 0, period: 1, units: 7, evidence };
	rpc.submit_signed(&bob, settlement(usage), TIMEOUT).await;
	let dispute = SettlementCall::dispute_usage {
		agreement: 0,
		period: 1,
		evidence: H256::repeat_byte(0xdd),
	};
	rpc.submit_signed(&charlie, settlement(dispute), TIMEOUT).await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(
		bills[1]["dispute"],
		json!({ "by": address(&charlie), "evidence": format!("{:?}", H256::repeat_byte(0xdd)) })
	);

	// After period 0's end, reporting grace and dispute window, Dave bills
	// both periods 0: agreement 0's flat 10 + usage 12 = 22 TSM, the
	// trial's flat 10 TSM (it terminates, Bob's bond returns); Bob is paid
	// both less the 0.5 % platform fee.
	wait_for_block(&rpc, start.max(trial_start) + PERIOD + GRACE + DISPUTE).await;
	let bob_before = free_balance(&rpc, &bob).await;
	rpc.submit_signed_all(
		vec![
			(&dave, settlement(SettlementCall::close_period { agreement: 0 })),
			(&dave, settlement(SettlementCall::close_period { agreement: 1 })),
		],
		TIMEOUT,
	)
	.await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	let bill = &bills[0]["bill"];
	assert_eq!((&bill["flat"], &bill["usage"], &bill["total"]), (&tsm(10), &tsm(12), &tsm(22)));
	assert_eq!(bill["fee"], amount_of(22 * UNIT / 200));
	assert_eq!(bill["status"], "Paid");
	assert_eq!(agreement(&rpc, &charlie, 0).await["period"], 1);
	assert_eq!(agreement(&rpc, &charlie, 1).await["state"], "Terminated");
	let trial_bill = &rpc.query("tsmSettlement_bills", vec![1.into()]).await[0]["bill"];
	assert_eq!((&trial_bill["flat"], &trial_bill["usage"]), (&tsm(10), &tsm(0)));
	let paid = (22 + 10) * UNIT - (22 + 10) * UNIT / 200;
	assert_eq!(free_balance(&rpc, &bob).await, bob_before + paid + 100 * UNIT);

	// Period 1 is billed disputed: its 17 TSM wait for arbitration;
	// governance (sudo on the dev chain, the council on a consortium) gives
	// Bob half.
	wait_for_block(&rpc, start + 2 * PERIOD + GRACE + DISPUTE).await;
	rpc.submit_signed(&dave, settlement(SettlementCall::close_period { agreement: 0 }), TIMEOUT)
		.await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(bills[1]["bill"]["status"], "Disputed");
	assert_eq!(bills[1]["bill"]["total"], tsm(17));
	let resolve = SettlementCall::resolve_dispute {
		agreement: 0,
		period: 1,
		provider_share: sp_runtime::Perbill::from_percent(50),
	};
	rpc.submit_signed(&alice, sudo(settlement(resolve)), TIMEOUT).await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(
		bills[1]["bill"]["status"],
		json!({ "Arbitrated": { "providerShare": 500_000_000 } })
	);

	// Period 2, the last: nobody reports usage; billing it expires the
	// agreement.
	wait_for_block(&rpc, start + 3 * PERIOD + GRACE + DISPUTE).await;
	rpc.submit_signed(&dave, settlement(SettlementCall::close_period { agreement: 0 }), TIMEOUT)
		.await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(bills.as_array().unwrap().len(), 3);
	assert!(bills[2]["usage"].is_null());
	assert_eq!(bills[2]["bill"]["total"], tsm(10));
	let expired = agreement(&rpc, &bob, 0).await;
	assert_eq!(
		(&expired["state"], &expired["escrow"], &expired["commitment"]),
		(&json!("Expired"), &tsm(0), &tsm(0))
	);

	// Both parties tidy up: the ended agreements, their usage and bills go.
	rpc.submit_signed_all(
		vec![
			(&charlie, settlement(SettlementCall::purge_agreement { agreement: 0 })),
			(&bob, settlement(SettlementCall::purge_agreement { agreement: 1 })),
		],
		TIMEOUT,
	)
	.await;
	let left = rpc.query("tsmSettlement_agreementsOf", vec![address(&charlie).into()]).await;
	assert_eq!(left, json!([]));
	assert_eq!(rpc.query("tsmSettlement_bills", vec![0.into()]).await, json!([]));

	// Inter-CSP settlement: Charlie founds a group and invites Bob, who
	// joins; each lets the other charge it up to a limit per settlement
	// period; Bob charges Charlie 40 TSM for Charlie's subscribers on his
	// small cells, Charlie charges Bob 15 TSM for backhaul.
	rpc.submit_signed_all(
		vec![
			(
				&charlie,
				settlement(SettlementCall::create_settlement_group { period_length: GROUP_PERIOD }),
			),
			(
				&charlie,
				settlement(SettlementCall::invite_to_group { group: 0, who: account(&bob) }),
			),
		],
		TIMEOUT,
	)
	.await;
	let invited = rpc.query("tsmSettlement_group", vec![0.into()]).await;
	assert_eq!(invited["invited"], json!([address(&bob)]));
	let limit = |creditor: &sr25519::Pair, amount: u128| {
		settlement(SettlementCall::set_charge_limit {
			group: 0,
			creditor: account(creditor),
			limit: amount * UNIT,
		})
	};
	let charge = |debtor: &sr25519::Pair, amount: u128| {
		settlement(SettlementCall::record_charge {
			group: 0,
			debtor: account(debtor),
			amount: amount * UNIT,
			evidence: H256::repeat_byte(0xee),
		})
	};
	rpc.submit_signed_all(
		vec![
			(&bob, settlement(SettlementCall::join_settlement_group { group: 0 })),
			// 10,000 TSM: above 2^53 smallest units, read back exactly below.
			(&bob, limit(&charlie, 10_000)),
		],
		TIMEOUT,
	)
	.await;
	// Bob's charge needs Charlie's limit in place first.
	rpc.submit_signed_all(vec![(&charlie, limit(&bob, 50)), (&charlie, charge(&bob, 15))], TIMEOUT)
		.await;
	rpc.submit_signed(&bob, charge(&charlie, 40), TIMEOUT).await;
	let group = rpc.query("tsmSettlement_group", vec![0.into()]).await;
	let deposit = amount_of(GroupDeposit::get());
	assert_eq!(
		group["members"],
		json!([
			{ "account": address(&charlie), "deposit": deposit, "leavesAfter": null },
			{ "account": address(&bob), "deposit": deposit, "leavesAfter": null },
		])
	);
	assert_eq!(group["invited"], json!([]));
	assert_eq!(group["periodLength"], GROUP_PERIOD);
	assert_eq!((&group["period"], &group["currentPeriod"]), (&json!(0), &json!(0)));
	let mut limits = group["chargeLimits"].as_array().unwrap().clone();
	limits.sort_by_key(|l| l["debtor"].as_str().unwrap().to_owned());
	let mut expected = vec![
		json!({
			"debtor": address(&bob),
			"creditor": address(&charlie),
			"limit": "10000000000000000",
		}),
		json!({ "debtor": address(&charlie), "creditor": address(&bob), "limit": tsm(50) }),
	];
	expected.sort_by_key(|l| l["debtor"].as_str().unwrap().to_owned());
	assert_eq!(limits, expected);
	let open = rpc.query("tsmSettlement_settlementPeriod", vec![0.into(), 0.into()]).await;
	let charges = open["charges"].as_array().unwrap();
	assert_eq!(charges.len(), 2, "both charges fall in period 0");
	assert!(charges.iter().all(|c| c["status"] == "Recorded"));
	assert!(open["netting"].is_null());
	assert!(rpc.query("tsmSettlement_group", vec![9.into()]).await.is_null());

	// After the period and its review window, Dave closes it: the netting is
	// computed and paid at once, Charlie pays Bob the 25 TSM difference.
	let period_start = group["periodStart"].as_u64().unwrap() as u32;
	wait_for_block(&rpc, period_start + GROUP_PERIOD + WINDOW + 1).await;
	let (bob_before, charlie_before) =
		(free_balance(&rpc, &bob).await, free_balance(&rpc, &charlie).await);
	let close = settlement(SettlementCall::close_settlement_period { group: 0 });
	rpc.submit_signed(&dave, close, TIMEOUT).await;
	let netted = rpc.query("tsmSettlement_settlementPeriod", vec![0.into(), 0.into()]).await;
	assert_eq!(netted["netting"]["status"], "Settled");
	let position = |who: &sr25519::Pair, receive: u128, pay: u128| {
		json!({
			"member": address(who),
			"receive": tsm(receive),
			"pay": tsm(pay),
			"settled": tsm(receive + pay),
			"shortfall": tsm(0),
		})
	};
	assert_eq!(
		netted["netting"]["positions"],
		json!([position(&charlie, 0, 25), position(&bob, 25, 0)])
	);
	assert_eq!(free_balance(&rpc, &bob).await, bob_before + 25 * UNIT);
	assert_eq!(free_balance(&rpc, &charlie).await, charlie_before - 25 * UNIT);
	assert_eq!(rpc.query("tsmSettlement_group", vec![0.into()]).await["period"], 1);
}
