//! `tsm-fuzz`: drives the real runtime (genesis as on `local`) with seeded
//! random sequences of calls — signed extrinsics from funded and empty
//! accounts, and Root and council dispatches — block by block, and checks
//! after every call and block what must always hold:
//!
//! - nothing panics (overflow checks and debug assertions are on);
//! - a transaction consumes no more weight than it was charged, and the
//!   storage it touched (distinct keys read and written, counted by the
//!   externalities) costs no more than the weight it kept;
//! - total issuance falls by exactly the fees, burns and dust of each
//!   transaction, and equals the sum of all balances;
//! - a block's normal and operational weight stay within their limits;
//! - every pallet's `try_state` holds after every block.
//!
//! `tsm-fuzz --seed 7 --calls 1000000` (see the README); the same seed
//! replays the same run, and a failure prints the seed, block and call.

mod chain;
mod counting;
mod generate;
mod rng;

use chain::Clock;
use counting::{Counting, KeyNames};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{
		GetCallMetadata, TryState, TryStateSelect, UnfilteredDispatchable, WhitelistedStorageKeys,
	},
	weights::Weight,
};
use generate::{CallGenerator, Context, Origin, Seen};
use rng::Rng;
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use std::{
	collections::{BTreeMap, BTreeSet},
	sync::atomic::{AtomicU64, Ordering},
	time::Instant,
};
use tsm_runtime::{
	configs::RuntimeBlockWeights, AccountId, AllPalletsWithSystem, Balance, Balances, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, System, TransactionPayment, TsmEnergy,
};

/// Calls made so far, for the replay line of a panic.
static DONE: AtomicU64 = AtomicU64::new(0);

/// How often a drawn call is dispatched by Root or the council instead of
/// being signed by an account (percent).
const PRIVILEGED_PERCENT: u64 = 4;

struct Args {
	seed: u64,
	calls: u64,
	per_block: u64,
}

fn parse_args() -> Args {
	let mut args = Args { seed: 1, calls: 10_000, per_block: 40 };
	let mut given = std::env::args().skip(1);
	while let Some(flag) = given.next() {
		let mut value = || -> u64 {
			given
				.next()
				.and_then(|v| v.replace('_', "").parse().ok())
				.unwrap_or_else(|| usage(&format!("{flag} needs a number")))
		};
		match flag.as_str() {
			"--seed" => args.seed = value(),
			"--calls" => args.calls = value(),
			"--per-block" => args.per_block = value().max(1),
			"--help" | "-h" => usage(""),
			other => usage(&format!("unknown argument {other}")),
		}
	}
	args
}

fn usage(problem: &str) -> ! {
	if !problem.is_empty() {
		eprintln!("tsm-fuzz: {problem}");
	}
	eprintln!("usage: tsm-fuzz [--seed N] [--calls N] [--per-block N]");
	std::process::exit(2)
}

/// Who signs: the funded dev accounts and two accounts with nothing.
struct Actor {
	pair: sr25519::Pair,
	account: AccountId,
}

/// How many actors have no funds (the last ones).
const EMPTY_ACTORS: usize = 2;
/// How many smart meters the prelude registers (one per participant but
/// Alice), which then sign their own readings among the random calls.
const METERS: usize = 7;

/// The dev accounts, funded on `local` (Alice first: she issues
/// credentials), then the meters, then the empty accounts.
fn actors() -> Vec<Actor> {
	let mut pairs: Vec<sr25519::Pair> = Sr25519Keyring::iter().map(|k| k.pair()).collect();
	let derived = (0..METERS)
		.map(|i| format!("//FuzzMeter{i}"))
		.chain((0..EMPTY_ACTORS).map(|i| format!("//FuzzEmpty{i}")));
	for name in derived {
		pairs.push(sr25519::Pair::from_string(&name, None).expect("a valid derivation"));
	}
	pairs.into_iter().map(|pair| Actor { account: pair.public().into(), pair }).collect()
}

/// How far the clock moves to the next block: mostly one slot, sometimes
/// hours or a month, so that deadlines, expiries and retentions pass.
fn advance(rng: &mut Rng) -> u64 {
	const HOUR: u64 = 3_600_000 / tsm_runtime::SLOT_DURATION;
	match rng.below(1_000) {
		0..=1 => 1 + rng.below(30 * 24 * HOUR),
		2..=21 => 1 + rng.below(2 * HOUR),
		_ => 1,
	}
}

#[derive(Default)]
struct Stats {
	included: u64,
	succeeded: u64,
	invalid: BTreeMap<String, u64>,
	errors: BTreeMap<String, u64>,
	privileged: u64,
	privileged_succeeded: u64,
	undecodable: u64,
	/// Per call: (attempted, succeeded).
	calls: BTreeMap<String, (u64, u64)>,
	/// The calls that succeeded in the current block, for a failure report.
	block_log: Vec<String>,
	jumps: u64,
}

impl Stats {
	fn note(&mut self, call: &RuntimeCall, succeeded: bool) {
		let meta = call.get_call_metadata();
		let entry =
			self.calls.entry(format!("{}.{}", meta.pallet_name, meta.function_name)).or_default();
		entry.0 += 1;
		entry.1 += succeeded as u64;
		if succeeded {
			self.block_log.push(format!("{call:?}"));
		}
	}
}

/// What applying one transaction showed.
struct Applied {
	dispatch_error: Option<String>,
	invalid: Option<String>,
	charged: Weight,
	consumed: Weight,
	burnt: Balance,
	issuance_before: Balance,
	issuance_after: Balance,
}

/// The fees, and the burns and dust, destroyed by the events from index
/// `from` on.
fn destroyed_since(from: u32) -> (Balance, Balance) {
	let (mut fees, mut burnt) = (0, 0);
	for record in System::read_events_no_consensus().skip(from as usize) {
		match record.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
			) => fees += actual_fee,
			RuntimeEvent::Balances(pallet_balances::Event::Burned { amount, .. }) => {
				burnt += amount
			}
			RuntimeEvent::Balances(pallet_balances::Event::DustLost { amount, .. }) => {
				burnt += amount
			}
			_ => {}
		}
	}
	(fees, burnt)
}

/// Applies a signed transaction as a block builder does: an invalid one
/// leaves no trace.
fn apply_signed(xt: tsm_runtime::UncheckedExtrinsic, signer: &AccountId) -> Applied {
	let info = xt.get_dispatch_info();
	let base = RuntimeBlockWeights::get().get(info.class).base_extrinsic;
	// The block also counts the transaction's bytes as proof size.
	let encoded_len = codec::Encode::encoded_size(&xt) as u32;
	let length = Weight::from_parts(0, encoded_len as u64);
	// What the fee extension withdraws before dispatch (no tip).
	let withdrawn = TransactionPayment::compute_fee(encoded_len, &info, 0);
	let charged = info.total_weight().saturating_add(base).saturating_add(length);
	let weight_before = *System::block_weight().get(info.class);
	let issuance_before = Balances::total_issuance();
	let events_before = System::event_count();
	sp_io::storage::start_transaction();
	let result = tsm_runtime::Executive::apply_extrinsic(xt);
	let mut applied = Applied {
		dispatch_error: None,
		invalid: None,
		charged,
		consumed: Weight::zero(),
		burnt: 0,
		issuance_before,
		issuance_after: issuance_before,
	};
	match result {
		Ok(outcome) => {
			sp_io::storage::commit_transaction();
			applied.dispatch_error = outcome.err().map(|e| format!("{e:?}"));
			applied.consumed = System::block_weight().get(info.class).saturating_sub(weight_before);
			let (fees, burnt) = destroyed_since(events_before);
			// A payer its own call reaped (`transferAll` without keep-alive)
			// gets no refund of the fee withdrawn up front: FRAME's fee
			// adapter refunds only live accounts, while the event reports
			// the corrected fee.
			let fees = if System::account_exists(signer) { fees } else { fees.max(withdrawn) };
			applied.burnt = fees + burnt;
			applied.issuance_after = Balances::total_issuance();
		}
		Err(invalid) => {
			sp_io::storage::rollback_transaction();
			applied.invalid = Some(format!("{invalid:?}"));
		}
	}
	applied
}

/// Which pallets' `try_state` fails, and why (the check of all pallets
/// only says that one did).
fn failed_invariants(number: u32) -> String {
	use frame_support::__private::metadata::RuntimeMetadata;
	let RuntimeMetadata::V14(metadata) = Runtime::metadata().1 else {
		return "try_state failed".into();
	};
	let failures: Vec<String> = metadata
		.pallets
		.iter()
		.filter_map(|pallet| {
			let only = TryStateSelect::Only(vec![pallet.name.as_bytes().to_vec()]);
			AllPalletsWithSystem::try_state(number, only)
				.err()
				.map(|e| format!("{}: {e:?}", pallet.name))
		})
		.collect();
	format!("try_state failed: {}", failures.join("; "))
}

/// Root mints to the funded accounts that spent (or sent away) most of
/// what they had, so that they can go on paying fees and deposits.
fn top_up(accounts: &[AccountId]) {
	use tsm_runtime::token::UNIT;
	const LOW: Balance = 1_000 * UNIT;
	const REFILL: Balance = 1_000_000 * UNIT;
	for who in accounts {
		let free = frame_system::Account::<Runtime>::get(who).data.free;
		if free < LOW {
			let call = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
				who: who.clone().into(),
				new_free: free.saturating_add(REFILL),
			});
			call.dispatch_bypass_filter(RuntimeOrigin::root()).expect("Root mints");
		}
	}
}

/// Σ free + reserved over all accounts.
fn sum_of_balances() -> Balance {
	frame_system::Account::<Runtime>::iter_values()
		.map(|info| info.data.free.saturating_add(info.data.reserved))
		.fold(0, Balance::saturating_add)
}

struct Fuzzer {
	args: Args,
	rng: Rng,
	ext: sp_io::TestExternalities,
	actors: Vec<Actor>,
	generator: CallGenerator,
	whitelist: BTreeSet<Vec<u8>>,
	key_names: KeyNames,
	clock: Clock,
	/// What the events so far carried, for calls to name.
	seen: Seen,
	stats: Stats,
	done: u64,
}

impl Fuzzer {
	/// Stops the run: what broke and how to replay it.
	fn fail(&self, what: &str) -> ! {
		eprintln!("tsm-fuzz: the calls that succeeded in block #{}:", self.clock.number);
		for call in &self.stats.block_log {
			eprintln!("  {call}");
		}
		eprintln!(
			"tsm-fuzz: FAILED at block #{} after {} calls: {what}\n\
			 replay: tsm-fuzz --seed {} --calls {} --per-block {}",
			self.clock.number, self.done, self.args.seed, self.done, self.args.per_block
		);
		std::process::exit(1)
	}

	/// Draws a call, retrying until the bytes decode.
	fn draw(&mut self, origin: Origin) -> Option<RuntimeCall> {
		let now = self.clock.now_ms();
		let energy_slot = self.ext.execute_with(TsmEnergy::current_slot);
		let context = Context {
			accounts: self.actors.iter().map(|a| a.account.clone().into()).collect(),
			clock: vec![self.clock.number as u64, energy_slot, now, now / 1_000],
			numbers: self.seen.numbers(),
			hashes: self.seen.hashes(),
		};
		for _ in 0..50 {
			if let Some(call) = self.generator.call(&mut self.rng, &context, origin) {
				return Some(call);
			}
			self.stats.undecodable += 1;
		}
		None
	}

	/// Runs `f` on the chain's state with the storage it touches counted;
	/// returns its result and the database weight of (reads, writes).
	fn counted<T>(&mut self, f: impl FnOnce() -> T) -> (T, Weight, String) {
		let mut backend = self.ext.ext();
		let mut counting = Counting::new(&mut backend, &self.whitelist);
		let result = sp_externalities::set_and_run_with_externalities(&mut counting, f);
		let (read, written) = (&counting.read, &counting.written);
		let db = <Runtime as frame_system::Config>::DbWeight::get()
			.reads_writes(read.len() as u64, written.len() as u64);
		let touched = format!(
			"{} reads ({}) and {} writes ({})",
			read.len(),
			self.key_names.names(read),
			written.len(),
			self.key_names.names(written)
		);
		(result, db, touched)
	}

	/// Draws a signer: a funded account mostly, now and then one with
	/// nothing (whose transactions must be refused for payment).
	fn draw_signer(&mut self) -> usize {
		let funded = self.actors.len() - EMPTY_ACTORS;
		if self.rng.chance(3) {
			funded + self.rng.below(EMPTY_ACTORS as u64) as usize
		} else {
			self.rng.below(funded as u64) as usize
		}
	}

	fn signed_call(&mut self) {
		let Some(call) = self.draw(Origin::Signed) else { return };
		let signer = self.draw_signer();
		// Refusals and failures are counted; the checks ran either way.
		let _ = self.sign_and_apply(signer, call);
	}

	/// Signs `call` by `actors[signer]`, applies it and checks it; `Err`
	/// says why it was refused or failed.
	fn sign_and_apply(&mut self, signer: usize, call: RuntimeCall) -> Result<(), String> {
		let (pair, account) =
			(self.actors[signer].pair.clone(), self.actors[signer].account.clone());
		let xt = self.ext.execute_with(|| {
			let nonce = System::account_nonce(&account);
			chain::sign(call.clone(), &pair, nonce)
		});
		let (applied, db, touched) = self.counted(|| apply_signed(xt, &account));
		if let Some(invalid) = applied.invalid {
			*self.stats.invalid.entry(invalid.clone()).or_default() += 1;
			return Err(invalid);
		}
		self.stats.included += 1;
		let succeeded = applied.dispatch_error.is_none();
		self.stats.succeeded += succeeded as u64;
		if let Some(error) = &applied.dispatch_error {
			*self.stats.errors.entry(error.clone()).or_default() += 1;
		}
		self.stats.note(&call, succeeded);
		if !applied.consumed.all_lte(applied.charged) {
			self.fail(&format!(
				"consumed {:?} > charged {:?} by {call:?}",
				applied.consumed, applied.charged
			));
		}
		if db.ref_time() > applied.consumed.ref_time() {
			self.fail(&format!(
				"{touched} cost {db:?}, more than the {:?} kept by {call:?} ({:?})",
				applied.consumed, applied.dispatch_error
			));
		}
		let expected = applied.issuance_before.saturating_sub(applied.burnt);
		if applied.issuance_after != expected {
			self.fail(&format!(
				"total issuance {} -> {} but fees, burns and dust were {} in {call:?}",
				applied.issuance_before, applied.issuance_after, applied.burnt
			));
		}
		applied.dispatch_error.map_or(Ok(()), Err)
	}

	/// Before the random calls: every funded account registers as a
	/// participant and Alice (the `local` network's issuer) gives each other
	/// one every role, so that random calls reach past the credential checks. Through
	/// the same checked path as every other call.
	fn prelude(&mut self) {
		use tsm_primitives::Role;
		let participants = self.actors.len() - EMPTY_ACTORS - METERS;
		let mut calls = Vec::new();
		for signer in 0..participants {
			let registered = self.ext.execute_with(|| {
				pallet_tsm_identity::Participants::<Runtime>::contains_key(
					&self.actors[signer].account,
				)
			});
			if !registered {
				calls.push((
					signer,
					RuntimeCall::TsmIdentity(pallet_tsm_identity::Call::register_participant {
						kind: pallet_tsm_identity::ParticipantKind::Organisation,
						keys: Default::default(),
						endpoints: Default::default(),
					}),
				));
			}
		}
		// Alice cannot credential herself; she stays the issuer only.
		let alice = 0;
		for subject in 1..participants {
			for role in Role::ALL {
				calls.push((
					alice,
					RuntimeCall::TsmIdentity(pallet_tsm_identity::Call::issue_credential {
						subject: self.actors[subject].account.clone(),
						role,
						claim_hash: Default::default(),
						valid_from: 0,
						valid_until: None,
					}),
				));
			}
		}
		self.apply_prelude(calls);
		// Then each participant but Alice registers a smart meter, which
		// consents by signing the ownership proof with its own key (the
		// proof names block 0's hash, settled once block 1 is built).
		let mut calls = Vec::new();
		for meter in 0..METERS {
			let owner = 1 + meter % (participants - 1);
			let (owner_account, device) =
				(self.actors[owner].account.clone(), &self.actors[participants + meter]);
			let payload = self.ext.execute_with(|| {
				pallet_tsm_identity::Pallet::<Runtime>::device_proof_payload(
					&owner_account,
					&device.account,
				)
			});
			calls.push((
				owner,
				RuntimeCall::TsmIdentity(pallet_tsm_identity::Call::register_device {
					device: device.account.clone(),
					kind: tsm_primitives::DeviceKind::SmartMeter,
					metadata: Default::default(),
					proof: device.pair.sign(&payload).into(),
				}),
			));
		}
		self.apply_prelude(calls);
	}

	fn apply_prelude(&mut self, calls: Vec<(usize, RuntimeCall)>) {
		for chunk in calls.chunks(self.args.per_block as usize) {
			self.open_block();
			for (signer, call) in chunk {
				if let Err(why) = self.sign_and_apply(*signer, call.clone()) {
					self.fail(&format!("the prelude's {call:?} failed: {why}"));
				}
			}
			self.close_block();
		}
	}

	fn privileged_call(&mut self) {
		let Some(call) = self.draw(Origin::Privileged) else { return };
		let origin = if self.rng.chance(50) {
			RuntimeOrigin::root()
		} else {
			let members = self.ext.execute_with(|| {
				pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get().len()
			}) as u32;
			pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(
				members, members,
			)
			.into()
		};
		let declared = call.get_dispatch_info().call_weight;
		let dispatched = call.clone();
		let (result, db, touched) = self.counted(move || {
			sp_io::storage::start_transaction();
			let result = dispatched.dispatch_bypass_filter(origin);
			match result {
				Ok(_) => sp_io::storage::commit_transaction(),
				Err(_) => sp_io::storage::rollback_transaction(),
			}
			result
		});
		self.stats.privileged += 1;
		self.stats.privileged_succeeded += result.is_ok() as u64;
		self.stats.note(&call, result.is_ok());
		let post = match &result {
			Ok(post) => *post,
			Err(error) => error.post_info,
		};
		let actual = post.actual_weight.unwrap_or(declared);
		if !actual.all_lte(declared) {
			self.fail(&format!("{call:?} used {actual:?} > declared {declared:?}"));
		}
		if result.is_ok() && db.ref_time() > actual.ref_time() {
			self.fail(&format!("{touched} cost {db:?}, more than the {actual:?} of {call:?}"));
		}
	}

	fn close_block(&mut self) {
		let number = self.clock.number;
		let checked = self.ext.execute_with(|| -> Result<sp_core::H256, String> {
			let limits = RuntimeBlockWeights::get();
			let used = System::block_weight();
			// Normal and operational transactions stay within their classes'
			// limits. The mandatory class (inherents and hooks) has none by
			// design: a session's rotation alone charges a whole block.
			for class in DispatchClass::all() {
				if let Some(max) = limits.get(*class).max_total {
					if !used.get(*class).all_lte(max) {
						return Err(format!(
							"{class:?} weight {:?} over {max:?}",
							used.get(*class)
						));
					}
				}
			}
			let hash = chain::close_block();
			if AllPalletsWithSystem::try_state(number, TryStateSelect::All).is_err() {
				return Err(failed_invariants(number));
			}
			let (issuance, sum) = (Balances::total_issuance(), sum_of_balances());
			if issuance != sum {
				return Err(format!("total issuance {issuance} != the sum of balances {sum}"));
			}
			Ok(hash)
		});
		match checked {
			Ok(hash) => self.clock.parent = hash,
			Err(why) => self.fail(&why),
		}
		let events: Vec<Vec<u8>> = self.ext.execute_with(|| {
			System::read_events_no_consensus()
				.map(|record| codec::Encode::encode(&record.event))
				.collect()
		});
		for event in events {
			self.generator.harvest(&event, &mut self.seen);
		}
		self.seen.settle();
		self.ext.commit_all().expect("the overlay commits to the backend");
	}

	fn open_block(&mut self) {
		self.clock.number += 1;
		let step = advance(&mut self.rng);
		self.stats.jumps += (step > 1) as u64;
		self.clock.slot += step;
		let clock = &self.clock;
		let funded: Vec<AccountId> = self.actors[..self.actors.len() - EMPTY_ACTORS]
			.iter()
			.map(|a| a.account.clone())
			.collect();
		self.ext.execute_with(|| {
			chain::open_block(clock);
			top_up(&funded);
		});
		self.stats.block_log.clear();
	}

	fn run(&mut self) {
		self.prelude();
		while self.done < self.args.calls {
			self.open_block();
			for _ in 0..self.args.per_block {
				if self.done >= self.args.calls {
					break;
				}
				self.done += 1;
				DONE.store(self.done, Ordering::Relaxed);
				if self.rng.chance(PRIVILEGED_PERCENT) {
					self.privileged_call();
				} else {
					self.signed_call();
				}
			}
			self.close_block();
		}
	}

	fn report(&self, seconds: f64) {
		let s = &self.stats;
		let never: Vec<&String> =
			s.calls.iter().filter(|(_, (_, ok))| *ok == 0).map(|(name, _)| name).collect();
		let succeeded = s.calls.len() - never.len();
		println!(
			"seed {}: {} calls in {} blocks ({} clock jumps, chain time {:.1} days) in {seconds:.1} s; \
			 invariants held after every call and block",
			self.args.seed,
			self.done,
			self.clock.number,
			s.jumps,
			(self.clock.now_ms() - Clock::new().now_ms()) as f64 / 86_400_000.0
		);
		let invalid: u64 = s.invalid.values().sum();
		println!(
			"  signed: {} included ({} succeeded, {} failed in dispatch), {invalid} invalid; \
			 privileged: {} ({} succeeded); undecodable draws: {}",
			s.included,
			s.succeeded,
			s.included - s.succeeded,
			s.privileged,
			s.privileged_succeeded,
			s.undecodable
		);
		println!("  calls drawn: {}, succeeded at least once: {succeeded}", s.calls.len());
		println!(
			"  never succeeded: {}",
			never.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(", ")
		);
		let mut errors: Vec<_> = s.errors.iter().collect();
		errors.sort_by(|a, b| b.1.cmp(a.1));
		for (error, count) in errors.iter().take(12) {
			println!("  {count:>8} × {error}");
		}
		for (why, count) in &s.invalid {
			println!("  {count:>8} × invalid: {why}");
		}
	}
}

fn main() {
	let args = parse_args();
	let (seed, per_block) = (args.seed, args.per_block);
	let default_hook = std::panic::take_hook();
	std::panic::set_hook(Box::new(move |info| {
		default_hook(info);
		let done = DONE.load(Ordering::Relaxed);
		eprintln!(
			"tsm-fuzz: PANIC at call {done}\nreplay: tsm-fuzz --seed {seed} --calls {done} --per-block {per_block}"
		);
	}));
	let mut fuzzer = Fuzzer {
		rng: Rng::new(args.seed),
		args,
		ext: chain::local_genesis(),
		actors: actors(),
		generator: CallGenerator::new(),
		whitelist: AllPalletsWithSystem::whitelisted_storage_keys()
			.into_iter()
			.map(|tracked| tracked.key)
			.collect(),
		key_names: KeyNames::new(),
		clock: Clock::new(),
		seen: Seen::default(),
		stats: Stats::default(),
		done: 0,
	};
	let started = Instant::now();
	fuzzer.run();
	fuzzer.report(started.elapsed().as_secs_f64());
}
