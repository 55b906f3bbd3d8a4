//! Guarantees of origin on a `--dev` node over JSON-RPC (30-second slots):
//! Dave, an issuing body, approves the solar panels behind Bob's meter;
//! Charlie's order for renewable energy trades with Bob's certified sale;
//! the meters report, the trade settles and carries the slot's
//! certificate volume to Charlie, who retires part of it against his
//! consumption. The certificate's history is read back through
//! `tsmOrigin_*`: issued from Bob's reading, moved with the trade, retired
//! by Charlie.

use codec::Encode;
use pallet_tsm_energy::{Call as EnergyCall, Side};
use pallet_tsm_identity::{Call as IdentityCall, DeviceKind, DEVICE_PROOF_CONTEXT};
use pallet_tsm_origin::Call as OriginCall;
use serde_json::{json, Value};
use sp_core::{sr25519, Pair, H256};
use std::time::Duration;
use tsm_e2e_tests::{
	app::{
		account, address, assert_in_metadata, assert_serves, pair, register_organisation, sudo,
		wait_for_clock,
	},
	node::{Node, Ports, TempDir},
	rpc::Rpc,
	wait_for,
};
use tsm_primitives::{EnergySource, Role, SourceRequirement};
use tsm_runtime::{Runtime, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(90);

fn energy(call: EnergyCall<Runtime>) -> RuntimeCall {
	RuntimeCall::TsmEnergy(call)
}

fn origin(call: OriginCall<Runtime>) -> RuntimeCall {
	RuntimeCall::TsmOrigin(call)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_certificate_moves_with_traded_solar_energy_and_its_history_is_read_back() {
	let dir = TempDir::new("dev-origin");
	let node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	wait_for("block #1", TIMEOUT, || async { rpc.best().await.ok().filter(|(n, _)| *n >= 1) })
		.await;
	assert_serves(
		&rpc,
		&[
			"tsmOrigin_device",
			"tsmOrigin_certificate",
			"tsmOrigin_certificateOfReading",
			"tsmOrigin_certificates",
			"tsmOrigin_history",
			"tsmOrigin_greenShare",
			"tsmOrigin_pool",
		],
	)
	.await;
	assert_in_metadata(
		&rpc,
		&["declare_device", "approve_device", "retire", "draw_from_pool", "IssuingBody"],
	)
	.await;

	let chain = rpc.chain().await;
	let alice = pair("//Alice");
	let (bob, charlie, dave) = (pair("//Bob"), pair("//Charlie"), pair("//Dave"));
	let meter = |who: &str| pair(&format!("//TSM//e2e//origin-meter//{who}"));
	let (bob_m, charlie_m) = (meter("bob"), meter("charlie"));

	// Everyone registers; Alice is accredited (sudo) and credentials Bob
	// (prosumer), Charlie (consumer) and Dave (issuing body); she funds the
	// meters' fees.
	let mut setup: Vec<(&sr25519::Pair, RuntimeCall)> = [&alice, &bob, &charlie, &dave]
		.into_iter()
		.map(|who| (who, register_organisation(who, "https://example.org/origin")))
		.collect();
	for role in [Role::EnergyProsumer, Role::EnergyConsumer, Role::IssuingBody] {
		let accredit = IdentityCall::accredit_issuer { issuer: account(&alice), role };
		setup.push((&alice, sudo(RuntimeCall::TsmIdentity(accredit))));
	}
	for m in [&bob_m, &charlie_m] {
		let fund = pallet_balances::Call::transfer_keep_alive {
			dest: account(m).into(),
			value: 10 * tsm_runtime::token::UNIT,
		};
		setup.push((&alice, RuntimeCall::Balances(fund)));
	}
	rpc.submit_signed_all(setup, TIMEOUT).await;
	let mut setup = Vec::new();
	for (who, role) in
		[(&bob, Role::EnergyProsumer), (&charlie, Role::EnergyConsumer), (&dave, Role::IssuingBody)]
	{
		let credential = IdentityCall::issue_credential {
			subject: account(who),
			role,
			claim_hash: H256::repeat_byte(1),
			valid_from: 0,
			valid_until: None,
		};
		setup.push((&alice, RuntimeCall::TsmIdentity(credential)));
	}
	for (who, m) in [(&bob, &bob_m), (&charlie, &charlie_m)] {
		let consent =
			(DEVICE_PROOF_CONTEXT, chain.genesis_hash, account(who), account(m), 0u32).encode();
		let register = IdentityCall::register_device {
			device: account(m),
			kind: DeviceKind::SmartMeter,
			metadata: H256::repeat_byte(0x4d),
			proof: m.sign(&consent).into(),
		};
		setup.push((who, RuntimeCall::TsmIdentity(register)));
	}
	rpc.submit_signed_all(setup, TIMEOUT).await;

	// Bob declares a 200 kW solar roof behind his meter (a 30-second slot
	// makes at most 1,666 Wh); Dave approves.
	let declare = OriginCall::declare_device {
		meter: account(&bob_m),
		source: EnergySource::Solar,
		capacity_w: 200_000,
		commissioned: 0,
		zone: b"DE-LU".to_vec().try_into().unwrap(),
		metadata: H256::repeat_byte(0x60),
	};
	rpc.submit_signed(&bob, origin(declare), TIMEOUT).await;
	let approve = OriginCall::approve_device { meter: account(&bob_m) };
	rpc.submit_signed(&dave, origin(approve), TIMEOUT).await;
	let device = rpc.query("tsmOrigin_device", vec![address(&bob_m).into()]).await;
	assert_eq!(device["source"], json!("Solar"));
	assert_eq!(device["zone"], json!("DE-LU"));
	assert_eq!(device["decidedBy"], json!(address(&dave)));
	assert!(device["status"]["approved"]["since"].is_u64(), "approved: {device}");

	// A slot at least a minute ahead: Bob sells 2 kWh, which rests in the
	// solar book; Charlie buys 1.5 kWh of renewable energy.
	let clock = rpc.query("tsmEnergy_clock", vec![]).await;
	let length = clock["timing"]["length"].as_u64().unwrap();
	let window = clock["timing"]["readingWindow"].as_u64().unwrap();
	let slot = (clock["now"].as_u64().unwrap() + 60_000).div_ceil(length);
	let start = slot * length;
	let order = |side, meter: &sr25519::Pair, wh, preferred, limit, require| {
		energy(EnergyCall::place_order {
			slot,
			side,
			meter: account(meter),
			wh,
			preferred,
			limit,
			require,
		})
	};
	rpc.submit_signed(&bob, order(Side::Sell, &bob_m, 2_000, 250, 200, None), TIMEOUT).await;
	let book = rpc.query("tsmEnergy_book", vec![slot.into()]).await;
	assert_eq!(book[0]["book"], json!({ "Certified": "Solar" }));
	let renewable = Some(SourceRequirement::Renewable);
	rpc.submit_signed(&charlie, order(Side::Buy, &charlie_m, 1_500, 250, 300, renewable), TIMEOUT)
		.await;
	let trades =
		rpc.query("tsmEnergy_trades", vec![address(&charlie).into(), 0.into(), 10.into()]).await;
	assert_eq!(trades[0]["trade"]["seller"], json!(address(&bob)));
	let trade = trades[0]["id"].as_u64().unwrap();

	// After the slot the meters report: Bob exported 1.5 kWh, Charlie
	// imported 1.2 kWh; after the reading window anyone settles the trade.
	wait_for_clock(&rpc, start + length).await;
	let read = |exported, imported| energy(EnergyCall::submit_reading { slot, exported, imported });
	rpc.submit_signed_all(vec![(&bob_m, read(1_500, 0)), (&charlie_m, read(0, 1_200))], TIMEOUT)
		.await;
	wait_for_clock(&rpc, start + length + window).await;
	rpc.submit_signed(&alice, energy(EnergyCall::settle_trade { trade }), TIMEOUT).await;

	// Settlement issued the slot's certificate and moved the 1.5 kWh
	// delivered to Charlie, who retires the 1.2 kWh he consumed.
	let id = rpc
		.query("tsmOrigin_certificateOfReading", vec![address(&bob_m).into(), slot.into()])
		.await
		.as_u64()
		.expect("a certificate was issued");
	let retire = OriginCall::retire {
		certificate: id,
		wh: 1_200,
		meter: account(&charlie_m),
		beneficiary: account(&charlie),
		purpose: b"office, December".to_vec().try_into().unwrap(),
	};
	rpc.submit_signed(&charlie, origin(retire), TIMEOUT).await;

	let history = rpc.query("tsmOrigin_history", vec![id.into(), 0.into(), 10.into()]).await;
	assert_eq!(
		history,
		json!([
			{ "index": 0, "entry": { "issued": { "to": address(&bob), "wh": 1_500 } } },
			{ "index": 1, "entry": { "delivered": {
				"from": address(&bob), "to": address(&charlie), "trade": trade, "wh": 1_500
			} } },
			{ "index": 2, "entry": { "retired": {
				"by": address(&charlie), "meter": address(&charlie_m),
				"beneficiary": address(&charlie), "wh": 1_200, "purpose": "office, December"
			} } },
		])
	);
	let holdings = rpc
		.query("tsmOrigin_certificates", vec![address(&charlie).into(), 0.into(), 10.into()])
		.await;
	assert_eq!(
		holdings[0]["holding"],
		json!({ "balance": 300, "transferred": 0, "retired": 1_200 })
	);
	assert_eq!(holdings[0]["certificate"]["source"], json!("Solar"));
	assert_eq!(holdings[0]["certificate"]["issued"], json!(1_500));
	let share = rpc
		.query("tsmOrigin_greenShare", vec![address(&charlie).into(), slot.into(), 1.into()])
		.await;
	assert_eq!(share["consumed"], json!(1_200));
	assert_eq!(share["green"], json!(1_200));
	assert_eq!(share["perMillion"], json!(1_000_000));
	let certificate: Value = rpc.query("tsmOrigin_certificate", vec![id.into()]).await;
	assert_eq!(certificate["certificate"]["retired"], json!(1_200));
	// Charlie bought nothing in the slot's solar pool: its account holds
	// no volume and he has no share to draw.
	let solar = json!({ "Only": "Solar" });
	let pool =
		rpc.query("tsmOrigin_pool", vec![slot.into(), solar, address(&charlie).into()]).await;
	assert_eq!(pool["share"], json!(0));
	let pooled = rpc
		.query("tsmOrigin_certificates", vec![pool["account"].clone(), 0.into(), 10.into()])
		.await;
	assert_eq!(pooled, json!([]));
}
