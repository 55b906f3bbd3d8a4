//! Energy trading on the `consortium` genesis, in the real runtime: two
//! prosumers register their smart meters (each meter signs its consent) and
//! offer surplus for one delivery slot in the regulated exchange, a
//! consumer requests energy; the meters report; one prosumer delivered
//! only part of its fill. Settlement pays each exactly what the rules say,
//! the shortfall's forfeit goes to the consumer, and nothing is created or
//! destroyed. (The continuous double auction and the auctions come with
//! their own tests.)

mod common;

use frame_support::{assert_ok, traits::fungible::Inspect};
use pallet_tsm_identity::DeviceKind;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::MultiSignature;
use tsm_primitives::Role;
use tsm_runtime::{
	configs::settlement::MarketAccount, genesis_config_presets as presets, token::MILLI_UNIT,
	AccountId, Balances, Runtime, RuntimeOrigin, System, TsmEnergy, TsmIdentity,
};

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// A funded, registered participant with `role` and a smart meter.
fn participant(seed: u8, role: Role) -> (AccountId, AccountId) {
	let who = common::credentialed(seed, role);
	let meter_key = sr25519::Pair::from_seed(&[seed + 100; 32]);
	let meter = AccountId::from(meter_key.public());
	let payload = TsmIdentity::device_proof_payload(&who, &meter);
	let proof = MultiSignature::Sr25519(meter_key.sign(&payload));
	assert_ok!(TsmIdentity::register_device(
		signed(&who),
		meter.clone(),
		DeviceKind::SmartMeter,
		H256::zero(),
		proof
	));
	(who, meter)
}

/// Sets the block timestamp (ms).
fn at(ms: u64) {
	pallet_timestamp::Now::<Runtime>::put(ms);
}

#[test]
fn two_prosumers_sell_to_a_consumer_through_the_regulated_exchange_and_one_under_delivers() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		System::set_block_number(1);
		let timing = pallet_tsm_energy::Timing::<Runtime>::get();
		let slot_ms = timing.length;
		at(1_000 * slot_ms);
		let slot = TsmEnergy::current_slot() + 2;
		let (alice, alice_meter) = participant(20, Role::EnergyProsumer);
		let (bob, bob_meter) = participant(21, Role::EnergyProsumer);
		let (carol, carol_meter) = participant(22, Role::EnergyConsumer);
		let issuance = Balances::total_issuance();
		let before: Vec<u128> = [&alice, &bob, &carol, &MarketAccount::get()]
			.iter()
			.map(|who| Balances::balance(who))
			.collect();

		// 0.25 TSM per kWh (the default regulated price): Alice offers 4 kWh,
		// Bob 2 kWh, Carol requests 3 kWh: sellers long, filled half.
		assert_ok!(TsmEnergy::offer_energy(signed(&alice), slot, alice_meter.clone(), 4_000));
		assert_ok!(TsmEnergy::offer_energy(signed(&bob), slot, bob_meter.clone(), 2_000));
		assert_ok!(TsmEnergy::request_energy(signed(&carol), slot, carol_meter.clone(), 3_000));

		// After the slot: Alice delivered her 2 kWh fill, Bob 0.5 of his 1.
		at(TsmEnergy::slot_start(slot + 1));
		assert_ok!(TsmEnergy::submit_reading(signed(&alice_meter), slot, 2_500, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&bob_meter), slot, 500, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&carol_meter), slot, 0, 2_600));
		at(TsmEnergy::slot_start(slot + 1) + timing.reading_window);
		for _round in 0..2 {
			for who in [&alice, &bob, &carol] {
				assert_ok!(TsmEnergy::settle_position(signed(&carol), slot, who.clone()));
			}
		}
		assert!(pallet_tsm_energy::Slots::<Runtime>::get(slot).is_none());

		// Carol paid for the 2.5 kWh delivered: 625 mTSM; Bob forfeits 20 %
		// of his 0.5 kWh shortfall's value: 25 mTSM, to Carol. Alice gets
		// 625 × 2 / 2.5 = 500 mTSM less 0.5 %, Bob 125 less 0.5 %.
		let after: Vec<u128> = [&alice, &bob, &carol, &MarketAccount::get()]
			.iter()
			.map(|who| Balances::balance(who))
			.collect();
		let fee = |amount: u128| amount / 200;
		assert_eq!(after[0], before[0] + 500 * MILLI_UNIT - fee(500 * MILLI_UNIT));
		assert_eq!(
			after[1],
			before[1] + 125 * MILLI_UNIT - fee(125 * MILLI_UNIT) - 25 * MILLI_UNIT
		);
		assert_eq!(after[2], before[2] - 625 * MILLI_UNIT + 25 * MILLI_UNIT);
		assert_eq!(after[3], before[3] + fee(500 * MILLI_UNIT) + fee(125 * MILLI_UNIT));
		assert_eq!(
			Balances::total_issuance(),
			issuance,
			"energy trading creates and destroys nothing"
		);
		common::assert_holds_match_records();
	});
}
