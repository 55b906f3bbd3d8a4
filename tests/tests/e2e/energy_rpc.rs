//! Energy trading on a `--dev` node over JSON-RPC (30-second slots), as the
//! apps of two prosumers (Bob, Dave) and two consumers (Charlie, Eve) would
//! drive it, one slot in each market: Bob sells 2 kWh to the regulated
//! exchange (Charlie takes them) and auctions 1 kWh (Eve bids, Charlie
//! outbids her); Dave offers 3 kWh on the book, Eve and Charlie buy them
//! at prices from their ranges. The meters report: Bob delivered all, Dave
//! only Eve's 2 kWh. Settlement pays exactly what the rules say: Dave
//! forfeits 20 % of Charlie's undelivered kWh to Charlie. Each step is
//! checked through `tsmEnergy_*`.

use codec::Encode;
use pallet_tsm_energy::{AuctionKind, AuctionTerms, Call as EnergyCall, Side};
use pallet_tsm_identity::{Call as IdentityCall, DeviceKind, DEVICE_PROOF_CONTEXT};
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
use tsm_primitives::Role;
use tsm_runtime::{token::MILLI_UNIT, Runtime, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(90);

fn energy(call: EnergyCall<Runtime>) -> RuntimeCall {
	RuntimeCall::TsmEnergy(call)
}

/// A trade's settlement figures: (delivered, paid, fee, penalty).
fn settled(trade: &Value) -> (u64, u128, u128, u128) {
	let s = &trade["trade"]["status"]["Settled"];
	let amount = |v: &Value| v.as_str().expect("a decimal string").parse::<u128>().unwrap();
	(s["delivered"].as_u64().unwrap(), amount(&s["paid"]), amount(&s["fee"]), amount(&s["penalty"]))
}

#[tokio::test(flavor = "multi_thread")]
async fn two_prosumers_and_two_consumers_trade_one_slot_in_every_market_over_json_rpc() {
	let dir = TempDir::new("dev-energy");
	let node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	wait_for("block #1", TIMEOUT, || async { rpc.best().await.ok().filter(|(n, _)| *n >= 1) })
		.await;
	assert_serves(
		&rpc,
		&["tsmEnergy_book", "tsmEnergy_orders", "tsmEnergy_trades", "tsmEnergy_auctions"],
	)
	.await;
	assert_in_metadata(&rpc, &["place_order", "create_auction", "reveal_bid", "settle_trade"])
		.await;

	let chain = rpc.chain().await;
	let alice = pair("//Alice");
	let (bob, charlie, dave, eve) =
		(pair("//Bob"), pair("//Charlie"), pair("//Dave"), pair("//Eve"));
	let meter = |who: &str| pair(&format!("//TSM//e2e//meter//{who}"));
	let (bob_m, charlie_m, dave_m, eve_m) =
		(meter("bob"), meter("charlie"), meter("dave"), meter("eve"));

	// Everyone registers; Alice is accredited for both energy roles (sudo),
	// credentials the four and funds the meters' transaction fees.
	let mut setup: Vec<(&sr25519::Pair, RuntimeCall)> = [&alice, &bob, &charlie, &dave, &eve]
		.into_iter()
		.map(|who| (who, register_organisation(who, "https://example.org/energy")))
		.collect();
	for role in [Role::EnergyProsumer, Role::EnergyConsumer] {
		let accredit = IdentityCall::accredit_issuer { issuer: account(&alice), role };
		setup.push((&alice, sudo(RuntimeCall::TsmIdentity(accredit))));
	}
	for m in [&bob_m, &charlie_m, &dave_m, &eve_m] {
		let fund = pallet_balances::Call::transfer_keep_alive {
			dest: account(m).into(),
			value: 10 * tsm_runtime::token::UNIT,
		};
		setup.push((&alice, RuntimeCall::Balances(fund)));
	}
	rpc.submit_signed_all(setup, TIMEOUT).await;
	let mut setup = Vec::new();
	for (who, role, m) in [
		(&bob, Role::EnergyProsumer, &bob_m),
		(&dave, Role::EnergyProsumer, &dave_m),
		(&charlie, Role::EnergyConsumer, &charlie_m),
		(&eve, Role::EnergyConsumer, &eve_m),
	] {
		let credential = IdentityCall::issue_credential {
			subject: account(who),
			role,
			claim_hash: H256::repeat_byte(1),
			valid_from: 0,
			valid_until: None,
		};
		setup.push((&alice, RuntimeCall::TsmIdentity(credential)));
		// Each meter signs its consent to be its owner's (its first
		// registration).
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

	// The slot: one starting at least a minute from now.
	let clock = rpc.query("tsmEnergy_clock", vec![]).await;
	let length = clock["timing"]["length"].as_u64().unwrap();
	let window = clock["timing"]["readingWindow"].as_u64().unwrap();
	let slot = (clock["now"].as_u64().unwrap() + 60_000).div_ceil(length);
	let start = slot * length;
	let auction_ends = start - 15_000;

	// Bob: 2 kWh to the pool, 1 kWh at auction from 0.25, reserve 0.26.
	// Charlie takes the pool's 2 kWh. Dave: 3 kWh on the book at 0.300
	// preferred, 0.200 at least.
	let terms = AuctionTerms {
		kind: AuctionKind::Forward,
		slot,
		wh: 1_000,
		start: 250,
		reserve: 260,
		increment: 5,
		ends: auction_ends,
		extension: 5_000,
		reveal_ends: 0,
		require: None,
	};
	let order = |side, meter: &sr25519::Pair, wh, preferred, limit| {
		energy(EnergyCall::place_order {
			slot,
			side,
			meter: account(meter),
			wh,
			preferred,
			limit,
			require: None,
		})
	};
	rpc.submit_signed_all(
		vec![
			(
				&bob,
				energy(EnergyCall::offer_energy {
					slot,
					pool: None,
					meter: account(&bob_m),
					wh: 2_000,
				}),
			),
			(&bob, energy(EnergyCall::create_auction { meter: account(&bob_m), terms })),
			(
				&charlie,
				energy(EnergyCall::request_energy {
					slot,
					pool: None,
					meter: account(&charlie_m),
					wh: 2_000,
				}),
			),
			(&dave, order(Side::Sell, &dave_m, 3_000, 300, 200)),
		],
		TIMEOUT,
	)
	.await;
	let book = rpc.query("tsmEnergy_book", vec![slot.into()]).await;
	assert_eq!(
		book,
		json!([{
			"side": "Sell", "book": "Any", "tick": 200,
			"price": (200 * MILLI_UNIT).to_string(), "wh": 3_000, "orders": 1
		}])
	);
	let auctions = rpc.query("tsmEnergy_auctions", vec![slot.into()]).await;
	assert_eq!(auctions[0]["auction"]["owner"], json!(address(&bob)));

	// Eve buys 2 kWh up to 0.280 (the sale's 0.300 is clamped to it) and
	// bids 0.27 for Bob's kWh; then Charlie buys 1 kWh up to 0.350 (at the
	// sale's 0.300) and outbids her at 0.29.
	rpc.submit_signed_all(
		vec![
			(&eve, order(Side::Buy, &eve_m, 2_000, 260, 280)),
			(&eve, energy(EnergyCall::bid { auction: 0, meter: account(&eve_m), price: 270 })),
		],
		TIMEOUT,
	)
	.await;
	rpc.submit_signed_all(
		vec![
			(&charlie, order(Side::Buy, &charlie_m, 1_000, 300, 350)),
			(
				&charlie,
				energy(EnergyCall::bid { auction: 0, meter: account(&charlie_m), price: 290 }),
			),
		],
		TIMEOUT,
	)
	.await;
	assert_eq!(rpc.query("tsmEnergy_book", vec![slot.into()]).await, json!([]));
	let auctions = rpc.query("tsmEnergy_auctions", vec![slot.into()]).await;
	let best = &auctions[0]["auction"]["best"];
	assert_eq!(
		(best["bidder"].clone(), best["price"].clone()),
		(json!(address(&charlie)), json!(290))
	);
	// Eve's outbid escrow is free again; her trade holds 2 kWh × 0.28.
	let eve_trades =
		rpc.query("tsmEnergy_trades", vec![address(&eve).into(), 0.into(), 10.into()]).await;
	assert_eq!(eve_trades[0]["trade"]["escrow"], json!((560 * MILLI_UNIT).to_string()));

	// The auction ends before gate closure; anyone closes it.
	wait_for_clock(&rpc, auction_ends).await;
	let close = energy(EnergyCall::close_auction { auction: 0 });
	rpc.submit_signed(&eve, close, TIMEOUT).await;
	let bob_trades =
		rpc.query("tsmEnergy_trades", vec![address(&bob).into(), 0.into(), 10.into()]).await;
	assert_eq!(bob_trades[0]["trade"]["market"], json!({ "Auction": 0 }));
	assert_eq!(bob_trades[0]["trade"]["buyer"], json!(address(&charlie)));
	assert_eq!(bob_trades[0]["trade"]["price"], json!((290 * MILLI_UNIT).to_string()));

	// After the slot the meters report: Bob's 3 kWh cover the pool and the
	// auction, Dave's 2 kWh only Eve's trade (the first).
	wait_for_clock(&rpc, start + length).await;
	let read = |exported, imported| energy(EnergyCall::submit_reading { slot, exported, imported });
	rpc.submit_signed_all(
		vec![
			(&bob_m, read(3_000, 0)),
			(&dave_m, read(2_000, 0)),
			(&charlie_m, read(0, 3_100)),
			(&eve_m, read(0, 2_000)),
		],
		TIMEOUT,
	)
	.await;
	let readings = rpc
		.query("tsmEnergy_readings", vec![address(&dave_m).into(), slot.into(), slot.into()])
		.await;
	assert_eq!(
		readings,
		json!([{ "slot": slot, "reading": { "exported": 2_000, "imported": 0 } }])
	);

	// After the reading window anyone settles: the three trades, then the
	// pool's two positions twice (pay in, collect).
	wait_for_clock(&rpc, start + length + window).await;
	let mut settle: Vec<(&sr25519::Pair, RuntimeCall)> =
		(0..3).map(|trade| (&alice, energy(EnergyCall::settle_trade { trade }))).collect();
	for who in [&bob, &charlie] {
		settle.push((&alice, energy(EnergyCall::settle_position { slot, who: account(who) })));
	}
	rpc.submit_signed_all(settle, TIMEOUT).await;
	let exchange = rpc.query("tsmEnergy_slot", vec![slot.into()]).await;
	// The open pool only; Charlie paid it 2 kWh × the regulated price.
	let pools = exchange["pools"].as_array().unwrap();
	assert_eq!(pools.len(), 1);
	assert_eq!(pools[0]["pool"], Value::Null);
	let market = &pools[0]["market"];
	let price: u128 = market["price"].as_str().unwrap().parse().unwrap();
	assert_eq!(market["paidIn"], json!((2 * price).to_string()));
	assert_eq!(market["penalties"], json!("0"));
	let collect = [&bob, &charlie]
		.into_iter()
		.map(|who| (&alice, energy(EnergyCall::settle_position { slot, who: account(who) })))
		.collect();
	rpc.submit_signed_all(collect, TIMEOUT).await;
	assert_eq!(rpc.query("tsmEnergy_slot", vec![slot.into()]).await, Value::Null);

	// The platform fee (per million) from governance's parameters.
	let fee_ppm = rpc.query("tsmGovernance_parameters", vec![]).await["platformFee"]
		.as_u64()
		.unwrap() as u128;
	let fee = |amount: u128| amount * fee_ppm / 1_000_000;
	let dave_trades =
		rpc.query("tsmEnergy_trades", vec![address(&dave).into(), 0.into(), 10.into()]).await;
	let eve_paid = 560 * MILLI_UNIT;
	assert_eq!(settled(&dave_trades[0]), (2_000, eve_paid - fee(eve_paid), fee(eve_paid), 0));
	// Charlie's kWh never came: 20 % of its 0.300 value is his.
	assert_eq!(settled(&dave_trades[1]), (0, 0, 0, 60 * MILLI_UNIT));
	let bob_trades =
		rpc.query("tsmEnergy_trades", vec![address(&bob).into(), 0.into(), 10.into()]).await;
	let auction_paid = 290 * MILLI_UNIT;
	assert_eq!(
		settled(&bob_trades[0]),
		(1_000, auction_paid - fee(auction_paid), fee(auction_paid), 0)
	);
	assert_eq!(rpc.query("tsmEnergy_orders", vec![address(&dave).into()]).await, json!([]));
}
