//! Business settlement on a `--dev` node, driven over JSON-RPC as the apps
//! of a small cell provider (Bob) and a mobile network operator (Charlie)
//! would drive it: both register and get credentials, Bob publishes site
//! access, Charlie orders and Bob accepts, the first period is billed,
//! usage of the second is reported, Charlie gives notice and pays the
//! termination fee; then the two net a roaming charge in a settlement
//! group. Every step is checked through the `tsmSettlement_*` methods.

use pallet_tsm_identity::Call as IdentityCall;
use pallet_tsm_settlement::{Call as SettlementCall, Coverage, OfferKind, OfferTerms, PriceModel};
use serde_json::{json, Value};
use sp_core::{sr25519, H256};
use std::time::Duration;
use tsm_e2e_tests::{
	app::{
		account, address, assert_in_metadata, assert_invalid_params, assert_serves, pair,
		register_organisation, sudo,
	},
	node::{Node, Ports, TempDir},
	rpc::Rpc,
	tx::sign,
	wait_for,
};
use tsm_primitives::Role;
use tsm_runtime::{token::UNIT, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(90);
/// Blocks per billing period and per settlement period (3 s blocks).
const PERIOD: u32 = 4;

fn settlement(call: SettlementCall<tsm_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::TsmSettlement(call)
}

/// Balances are JSON numbers of the token's smallest unit.
fn tsm(amount: u128) -> Value {
	json!(amount * UNIT)
}

async fn free_balance(rpc: &Rpc, who: &sr25519::Pair) -> u128 {
	rpc.account(&account(who)).await.data.free
}

/// Waits until the best block is at least `number`.
async fn wait_block(rpc: &Rpc, number: u32) {
	wait_for(&format!("block #{number}"), TIMEOUT, || async {
		rpc.best().await.ok().filter(|(n, _)| *n >= number)
	})
	.await;
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
	wait_block(&rpc, 1).await;

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

	// Charlie orders 20 units for 3 periods: 30 TSM held in escrow.
	let order = settlement(SettlementCall::order { offer: 0, quantity: 20, term: 3 });
	rpc.submit_signed(&charlie, order, TIMEOUT).await;
	let pending = first_agreement(&rpc, &charlie).await;
	assert_eq!(pending["id"], 0);
	assert_eq!(pending["agreement"]["consumer"], address(&charlie));
	assert_eq!(pending["agreement"]["escrow"], tsm(30));
	assert!(pending["agreement"]["state"]["Pending"]["acceptBy"].is_number());

	// Bob accepts: the agreement runs, the first period ends PERIOD blocks on.
	rpc.submit_signed(&bob, settlement(SettlementCall::accept_order { agreement: 0 }), TIMEOUT)
		.await;
	let active = first_agreement(&rpc, &bob).await;
	assert_eq!(active["agreement"]["state"], "Active");
	assert_eq!(active["agreement"]["bond"], tsm(100));
	let start = active["agreement"]["start"].as_u64().unwrap() as u32;

	// Anyone (Dave) closes period 0: no usage, the flat fee is billed.
	wait_block(&rpc, start + PERIOD).await;
	let close = settlement(SettlementCall::close_period { agreement: 0 });
	rpc.submit_signed(&dave, close, TIMEOUT).await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(bills.as_array().unwrap().len(), 1);
	assert_eq!(bills[0]["period"], 0);
	assert!(bills[0]["usage"].is_null());
	let bill = &bills[0]["bill"];
	assert_eq!((&bill["flat"], &bill["usage"], &bill["total"]), (&tsm(10), &tsm(0), &tsm(10)));
	assert_eq!(bill["status"], "Paid");
	assert_eq!(first_agreement(&rpc, &charlie).await["agreement"]["period"], 1);

	// Bob reports period 1's usage: the statement shows it, not yet billed.
	let evidence = H256::repeat_byte(0xcd);
	let usage = SettlementCall::submit_usage { agreement: 0, period: 1, units: 7, evidence };
	rpc.submit_signed(&bob, settlement(usage), TIMEOUT).await;
	let bills = rpc.query("tsmSettlement_bills", vec![0.into()]).await;
	assert_eq!(bills[1]["period"], 1);
	assert_eq!(bills[1]["usage"]["units"], 7);
	assert_eq!(bills[1]["usage"]["evidence"], format!("{evidence:?}"));
	assert!(bills[1]["usage"]["disputed"].is_null());
	assert!(bills[1]["bill"].is_null());

	// Charlie gives notice: Bob receives the termination fee at once, and
	// the agreement will end when period 1 closes.
	let bob_before = free_balance(&rpc, &bob).await;
	let notice = settlement(SettlementCall::give_notice { agreement: 0 });
	rpc.submit_signed(&charlie, notice, TIMEOUT).await;
	assert_eq!(free_balance(&rpc, &bob).await, bob_before + 25 * UNIT);
	let noticed = first_agreement(&rpc, &charlie).await;
	assert_eq!(noticed["agreement"]["notice"], address(&charlie));
	assert_eq!(noticed["agreement"]["state"], "Active");

	// Inter-CSP settlement: Charlie founds a group, Bob joins and charges
	// Charlie 40 TSM for Charlie's subscribers on his small cells.
	let found = settlement(SettlementCall::create_settlement_group { period_length: PERIOD });
	rpc.submit_signed(&charlie, found, TIMEOUT).await;
	rpc.submit_signed(
		&bob,
		settlement(SettlementCall::join_settlement_group { group: 0 }),
		TIMEOUT,
	)
	.await;
	let charge = SettlementCall::record_charge {
		group: 0,
		debtor: account(&charlie),
		amount: 40 * UNIT,
		evidence: H256::repeat_byte(0xee),
	};
	rpc.submit_signed(&bob, settlement(charge), TIMEOUT).await;
	let group = rpc.query("tsmSettlement_group", vec![0.into()]).await;
	assert_eq!(group["members"], json!([address(&charlie), address(&bob)]));
	assert_eq!(group["periodLength"], PERIOD);
	let open = rpc.query("tsmSettlement_settlementPeriod", vec![0.into(), 0.into()]).await;
	assert_eq!(open["charges"][0]["creditor"], address(&bob));
	assert_eq!(open["charges"][0]["amount"], tsm(40));
	assert!(open["netting"].is_null());
	assert!(rpc.query("tsmSettlement_group", vec![9.into()]).await.is_null());

	// The settlement period ends; Dave closes it and the netting is public.
	let period_end = group["periodStart"].as_u64().unwrap() as u32 + PERIOD;
	wait_block(&rpc, period_end).await;
	let close = settlement(SettlementCall::close_settlement_period { group: 0 });
	rpc.submit_signed(&dave, close, TIMEOUT).await;
	let netted = rpc.query("tsmSettlement_settlementPeriod", vec![0.into(), 0.into()]).await;
	assert_eq!(netted["netting"]["status"], "Open");
	assert_eq!(
		netted["netting"]["positions"],
		json!([
			{ "member": address(&charlie), "receive": 0, "pay": tsm(40) },
			{ "member": address(&bob), "receive": tsm(40), "pay": 0 },
		])
	);
	assert_eq!(rpc.query("tsmSettlement_group", vec![0.into()]).await["period"], 1);
}
