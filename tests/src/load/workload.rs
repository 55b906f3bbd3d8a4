//! What the load is made of: a mix of workloads, each a kind of user with
//! its own set-up (funding, registration, credentials, devices) and the
//! calls it then makes again and again.

use crate::{
	app::{account, register_organisation},
	rpc::Rpc,
	tx::Chain,
};
use codec::Encode;
use pallet_tsm_energy::{Call as EnergyCall, Side};
use pallet_tsm_identity::{Call as IdentityCall, DeviceKind, DEVICE_PROOF_CONTEXT};
use sp_core::{sr25519, Pair, H256};
use std::time::Duration;
use tsm_primitives::Role;
use tsm_runtime::{token::UNIT, Balance, Runtime, RuntimeCall};

/// How long one set-up round may take to be finalized.
const SETUP_TIMEOUT: Duration = Duration::from_secs(180);
/// Calls per `utility.batchAll` of the funder's set-up.
const FUNDER_BATCH: usize = 100;
/// Watt-hours per energy order (1 kWh).
const ORDER_WH: u64 = 1_000;

/// A kind of user and the calls it makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
	/// `balances.transferKeepAlive` to another load account: the baseline.
	Transfer,
	/// Continuous-market energy orders for one slot: prosumers' asks (three
	/// in four cross the consumers' bids and trade, one rests above them)
	/// and consumers' bids.
	Energy,
}

impl Kind {
	pub const ALL: [Kind; 2] = [Kind::Transfer, Kind::Energy];

	pub fn name(self) -> &'static str {
		match self {
			Kind::Transfer => "transfer",
			Kind::Energy => "energy",
		}
	}
}

/// Which kinds of user make up the load, with their shares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mix(pub Vec<(Kind, u32)>);

impl Mix {
	/// Parses `transfer`, `energy:3,transfer:1`, … (a kind without a share
	/// has share 1).
	pub fn parse(text: &str) -> Result<Mix, String> {
		let mut parts = Vec::new();
		for part in text.split(',').filter(|p| !p.is_empty()) {
			let (name, share) = part.split_once(':').unwrap_or((part, "1"));
			let kind = Kind::ALL
				.into_iter()
				.find(|k| k.name() == name)
				.ok_or_else(|| format!("unknown workload {name:?} (transfer, energy)"))?;
			let share: u32 = share.parse().map_err(|_| format!("bad share in {part:?}"))?;
			if share > 0 {
				parts.push((kind, share));
			}
		}
		if parts.is_empty() {
			return Err("an empty mix".into());
		}
		Ok(Mix(parts))
	}

	/// The kind of account `index` of `accounts`: the shares split the
	/// accounts in contiguous runs.
	fn kind_of(&self, index: u32, accounts: u32) -> Kind {
		let total: u64 = self.0.iter().map(|(_, share)| u64::from(*share)).sum();
		let position = u64::from(index) * total / u64::from(accounts.max(1));
		let mut upto = 0;
		for (kind, share) in &self.0 {
			upto += u64::from(*share);
			if position < upto {
				return *kind;
			}
		}
		self.0[self.0.len() - 1].0
	}

	pub fn describe(&self) -> String {
		let parts: Vec<String> =
			self.0.iter().map(|(kind, share)| format!("{}:{share}", kind.name())).collect();
		parts.join(",")
	}
}

/// An account the load signs for.
pub struct LoadAccount {
	pub pair: sr25519::Pair,
	pub kind: Kind,
	/// Its place among the accounts of its kind (energy: even ones sell).
	pub rank: u32,
	/// Its smart meter (energy accounts).
	pub meter: Option<sr25519::Pair>,
}

/// The load's accounts: `//tsm//load//<i>` (and meters `…//meter`), their
/// kinds split as the mix says.
pub fn accounts(mix: &Mix, count: u32) -> Vec<LoadAccount> {
	let mut ranks = std::collections::BTreeMap::<Kind, u32>::new();
	(0..count)
		.map(|i| {
			let kind = mix.kind_of(i, count);
			let rank = ranks.entry(kind).or_default();
			let seed = format!("//tsm//load//{i}");
			let pair = sr25519::Pair::from_string(&seed, None).expect("a valid seed");
			let meter = (kind == Kind::Energy).then(|| {
				sr25519::Pair::from_string(&format!("{seed}//meter"), None).expect("a valid seed")
			});
			let account = LoadAccount { pair, kind, rank: *rank, meter };
			*rank += 1;
			account
		})
		.collect()
}

/// What the calls need to know once everyone is set up.
#[derive(Clone, Copy, Debug)]
pub struct Prepared {
	pub chain: Chain,
	/// The slot whose market the energy orders go to.
	pub energy_slot: u64,
}

/// Sets the accounts up, each round finalized before the next: `funder`
/// funds them all (`funding` each); energy accounts register as
/// organisations, `funder` (an accredited issuer of the energy roles)
/// credentials them and they register their meters. Works on any chain
/// where `funder` is rich and an issuer of those roles (the `local`
/// chain's Alice).
pub async fn prepare(
	rpc: &Rpc,
	funder: &sr25519::Pair,
	accounts: &[LoadAccount],
	funding: Balance,
) -> Prepared {
	let chain = rpc.chain().await;
	let funder_batches = |calls: Vec<RuntimeCall>| -> Vec<(&sr25519::Pair, RuntimeCall)> {
		calls
			.chunks(FUNDER_BATCH)
			.map(|chunk| {
				let batch = pallet_utility::Call::batch_all { calls: chunk.to_vec() };
				(funder, RuntimeCall::Utility(batch))
			})
			.collect()
	};
	let funding_calls = accounts
		.iter()
		.map(|a| {
			let dest = account(&a.pair).into();
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest,
				value: funding,
			})
		})
		.collect();
	rpc.submit_signed_all(funder_batches(funding_calls), SETUP_TIMEOUT).await;

	let energy: Vec<&LoadAccount> = accounts.iter().filter(|a| a.kind == Kind::Energy).collect();
	if !energy.is_empty() {
		let registrations = energy
			.iter()
			.map(|a| (&a.pair, register_organisation(&a.pair, "https://load.example/energy")))
			.collect();
		rpc.submit_signed_all(registrations, SETUP_TIMEOUT).await;
		let credentials = energy
			.iter()
			.map(|a| {
				RuntimeCall::TsmIdentity(IdentityCall::issue_credential {
					subject: account(&a.pair),
					role: energy_role(a),
					claim_hash: H256::repeat_byte(0x10),
					valid_from: 0,
					valid_until: None,
				})
			})
			.collect();
		let mut round = funder_batches(credentials);
		for a in &energy {
			let meter = a.meter.as_ref().expect("energy accounts have meters");
			// The meter consents to its owner (its first registration).
			let consent =
				(DEVICE_PROOF_CONTEXT, chain.genesis_hash, account(&a.pair), account(meter), 0u32)
					.encode();
			let register = IdentityCall::register_device {
				device: account(meter),
				kind: DeviceKind::SmartMeter,
				metadata: H256::repeat_byte(0x4d),
				proof: meter.sign(&consent).into(),
			};
			round.push((&a.pair, RuntimeCall::TsmIdentity(register)));
		}
		rpc.submit_signed_all(round, SETUP_TIMEOUT).await;
	}

	// A slot whose market stays open for the whole run: the one after the
	// first open one (15-minute slots close 5 minutes before they start).
	let clock = rpc.query("tsmEnergy_clock", vec![]).await;
	let first_open = clock["firstOpenSlot"].as_u64().expect("the clock names the first open slot");
	Prepared { chain, energy_slot: first_open + 1 }
}

fn energy_role(account: &LoadAccount) -> Role {
	if account.rank % 2 == 0 {
		Role::EnergyProsumer
	} else {
		Role::EnergyConsumer
	}
}

/// The `k`-th call of load account `index`.
pub fn call(prepared: &Prepared, accounts: &[LoadAccount], index: usize, k: u32) -> RuntimeCall {
	let me = &accounts[index];
	match me.kind {
		Kind::Transfer => {
			// To the next account: every transfer lands on a live account.
			let dest = account(&accounts[(index + 1) % accounts.len()].pair).into();
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest,
				value: UNIT / 1_000,
			})
		}
		Kind::Energy => {
			let meter = account(me.meter.as_ref().expect("energy accounts have meters"));
			// Prices in ticks (thousandths of a token per kWh).
			let (side, preferred, limit) = match energy_role(me) {
				// One ask in four rests above every bid.
				Role::EnergyProsumer if k % 4 == 3 => (Side::Sell, 900, 800),
				Role::EnergyProsumer => (Side::Sell, 300, 180),
				_ => (Side::Buy, 150, 250),
			};
			RuntimeCall::TsmEnergy(EnergyCall::<Runtime>::place_order {
				slot: prepared.energy_slot,
				side,
				meter,
				wh: ORDER_WH,
				preferred,
				limit,
				require: None,
			})
		}
	}
}
