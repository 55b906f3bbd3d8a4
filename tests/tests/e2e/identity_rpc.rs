//! The identity service on a `--dev` node, driven over JSON-RPC as an app
//! would: participants register, governance (sudo on the dev chain)
//! accredits an issuer, the issuer credentials a small cell provider, the
//! provider registers a smart meter, and the `tsmIdentity_*` methods answer.
//! The metadata carries the pallet, its calls and docs, and the runtime API.

use codec::Encode;
use pallet_tsm_identity::{Call as IdentityCall, DeviceKind, DEVICE_PROOF_CONTEXT};
use serde_json::{json, Value};
use sp_core::{sr25519, Pair, H256};
use std::time::Duration;
use tsm_e2e_tests::{
	app::{
		account, address, assert_in_metadata, assert_invalid_params, assert_serves, pair,
		register_organisation as register, sudo,
	},
	node::{Node, Ports, TempDir},
	rpc::Rpc,
	tx::sign,
	wait_for,
};
use tsm_primitives::Role;
use tsm_runtime::{Runtime, RuntimeCall};

const TIMEOUT: Duration = Duration::from_secs(90);

fn identity(call: IdentityCall<Runtime>) -> RuntimeCall {
	RuntimeCall::TsmIdentity(call)
}

async fn query(rpc: &Rpc, method: &str, params: Vec<Value>) -> Value {
	rpc.query(method, params).await
}

#[tokio::test(flavor = "multi_thread")]
async fn identity_queries_are_served_as_named_json_rpc_methods() {
	let dir = TempDir::new("dev-identity");
	let node = Node::start("dev", dir.path(), Ports::free(), &["--dev"]);
	let rpc = Rpc::connect(&node.rpc_url(), TIMEOUT).await;
	wait_for("block #1", TIMEOUT, || async { rpc.best().await.ok().filter(|(n, _)| *n >= 1) })
		.await;

	assert_serves(
		&rpc,
		&[
			"tsmIdentity_participant",
			"tsmIdentity_hasRole",
			"tsmIdentity_rolesOf",
			"tsmIdentity_credentialsOf",
			"tsmIdentity_issuerRoles",
			"tsmIdentity_devicesOf",
			"tsmIdentity_deviceOwner",
		],
	)
	.await;
	assert_in_metadata(
		&rpc,
		&[
			"TsmIdentity",
			"register_participant",
			"Registers the caller as a participant",
			"The validity window ends before (or when) it starts.",
			"TsmIdentityApi",
		],
	)
	.await;

	let chain = rpc.chain().await;
	let alice = pair("//Alice");
	let bob = pair("//Bob");
	let meter = pair("//TSM//test//meter//1");

	// Alice (to become an issuer) and Bob (a small cell provider) register.
	rpc.submit(&sign(chain, register(&bob, "https://bob.example/tmf622"), &bob, 0))
		.await
		.expect("the pool accepts Bob's registration");
	rpc.submit_and_watch_finalized(
		&sign(chain, register(&alice, "https://alice.example/tmf622"), &alice, 0),
		TIMEOUT,
	)
	.await;
	wait_for("Bob's document", TIMEOUT, || async {
		let doc: Value =
			rpc.call("tsmIdentity_participant", vec![address(&bob).into()]).await.ok()?;
		(!doc.is_null()).then_some(())
	})
	.await;

	// Bob registers his meter, which signs its consent to be his, for the
	// meter's next registration (read from the chain, as an app would).
	let registrations_key =
		pallet_tsm_identity::DeviceRegistrations::<Runtime>::hashed_key_for(account(&meter));
	let registration: u32 = rpc.storage(&registrations_key, None).await.unwrap_or_default();
	assert_eq!(registration, 0, "a new meter");
	let consent =
		(DEVICE_PROOF_CONTEXT, chain.genesis_hash, account(&bob), account(&meter), registration)
			.encode();
	let register_meter = identity(IdentityCall::register_device {
		device: account(&meter),
		kind: DeviceKind::SmartMeter,
		metadata: H256::repeat_byte(0x4d),
		proof: meter.sign(&consent).into(),
	});
	rpc.submit(&sign(chain, register_meter, &bob, 1)).await.expect("the pool accepts the meter");
	// Governance accredits Alice; Alice credentials Bob.
	let accredit = identity(IdentityCall::accredit_issuer {
		issuer: account(&alice),
		role: Role::SmallCellProvider,
	});
	rpc.submit(&sign(chain, sudo(accredit), &alice, 1)).await.expect("the pool accepts sudo");
	let claim = H256::repeat_byte(0xcc);
	let issue = identity(IdentityCall::issue_credential {
		subject: account(&bob),
		role: Role::SmallCellProvider,
		claim_hash: claim,
		valid_from: 0,
		valid_until: None,
	});
	rpc.submit_and_watch_finalized(&sign(chain, issue, &alice, 2), TIMEOUT).await;
	wait_for("Bob's meter", TIMEOUT, || async {
		let devices: Value =
			rpc.call("tsmIdentity_devicesOf", vec![address(&bob).into()]).await.ok()?;
		(devices.as_array()?.len() == 1).then_some(())
	})
	.await;

	// The DID document.
	let doc = query(&rpc, "tsmIdentity_participant", vec![address(&alice).into()]).await;
	assert_eq!(doc["id"], format!("did:tsm:{}", address(&alice)));
	assert_eq!(doc["controller"], address(&alice));
	assert_eq!(doc["kind"], "Organisation");
	assert_eq!(doc["status"], "Active");
	assert_eq!(doc["keys"][0]["key"]["Sr25519"], format!("0x{}", hex::encode(alice.public().0)));
	assert_eq!(doc["keys"][0]["purposes"]["authentication"], true);
	assert_eq!(
		doc["endpoints"],
		json!([{ "id": "ordering", "serviceType": "TMF622", "url": "https://alice.example/tmf622" }])
	);
	// Amounts are decimal strings (exact in JavaScript).
	let deposit: u128 = doc["deposit"].as_str().expect("a decimal string").parse().unwrap();
	assert!(deposit > 0);
	let nobody = query(&rpc, "tsmIdentity_participant", vec![address(&pair("//Eve")).into()]).await;
	assert!(nobody.is_null());

	// Roles and credentials.
	let role = |who: &sr25519::Pair| vec![address(who).into(), "SmallCellProvider".into()];
	assert_eq!(query(&rpc, "tsmIdentity_hasRole", role(&bob)).await, true);
	assert_eq!(query(&rpc, "tsmIdentity_hasRole", role(&alice)).await, false);
	assert_eq!(
		query(&rpc, "tsmIdentity_rolesOf", vec![address(&bob).into()]).await,
		json!(["SmallCellProvider"])
	);
	assert_eq!(
		query(&rpc, "tsmIdentity_issuerRoles", vec![address(&alice).into()]).await,
		json!(["SmallCellProvider"])
	);
	let credentials = query(&rpc, "tsmIdentity_credentialsOf", vec![address(&bob).into()]).await;
	assert_eq!(credentials[0]["role"], "SmallCellProvider");
	assert_eq!(credentials[0]["counts"], true);
	assert_eq!(credentials[0]["credential"]["issuer"], address(&alice));
	assert_eq!(credentials[0]["credential"]["claimHash"], format!("{claim:?}"));
	assert!(credentials[0]["credential"]["revokedAt"].is_null());

	// Devices.
	let devices = query(&rpc, "tsmIdentity_devicesOf", vec![address(&bob).into()]).await;
	assert_eq!(devices[0]["account"], address(&meter));
	assert_eq!(devices[0]["device"]["owner"], address(&bob));
	assert_eq!(devices[0]["device"]["kind"], "SmartMeter");
	assert_eq!(
		query(&rpc, "tsmIdentity_deviceOwner", vec![address(&meter).into()]).await,
		address(&bob)
	);
	assert!(query(&rpc, "tsmIdentity_deviceOwner", vec![address(&bob).into()]).await.is_null());

	// Bad parameters are refused as such.
	assert_invalid_params(
		rpc.call("tsmIdentity_hasRole", vec![address(&bob).into(), "Astronaut".into()]).await,
		"unknown variant `Astronaut`",
	);
	assert_invalid_params(
		rpc.call("tsmIdentity_rolesOf", vec!["not-an-address".into()]).await,
		"Base 58",
	);

	// Revoked, the credential stops counting at the next block.
	let revoke = identity(IdentityCall::revoke_credential {
		subject: account(&bob),
		role: Role::SmallCellProvider,
	});
	let block = rpc.submit_and_watch_finalized(&sign(chain, revoke, &alice, 3), TIMEOUT).await;
	let at = format!("{block:?}");
	assert_eq!(
		query(
			&rpc,
			"tsmIdentity_hasRole",
			vec![address(&bob).into(), "SmallCellProvider".into(), at.clone().into()]
		)
		.await,
		false
	);
	let credentials =
		query(&rpc, "tsmIdentity_credentialsOf", vec![address(&bob).into(), at.into()]).await;
	assert_eq!(credentials[0]["counts"], false);
	assert!(credentials[0]["credential"]["revokedAt"].is_number());
}
