//! Genesis states from the runtime's presets, built natively.

pub mod council;

use sp_runtime::BuildStorage;
use tsm_runtime::{genesis_config_presets as presets, RuntimeGenesisConfig};

/// The genesis config that the preset `name` describes.
pub fn genesis_config(name: &str) -> RuntimeGenesisConfig {
	presets::genesis_config(name).unwrap_or_else(|e| panic!("{e}"))
}

/// The genesis state of the preset `name`.
pub fn genesis_state(name: &str) -> sp_io::TestExternalities {
	genesis_config(name).build_storage().expect("the genesis builds").into()
}

/// Every hold the balances pallet keeps for the TSM pallets equals what
/// their records say: the pallets' own `try_state` starts from the records
/// and cannot see a hold left without one.
#[allow(dead_code)]
pub fn assert_holds_match_records() {
	use tsm_runtime::{
		Runtime, RuntimeHoldReason, TsmAssurance, TsmEnergy, TsmIdentity, TsmSettlement,
	};
	let settlement = TsmSettlement::recorded_holds();
	let assurance = TsmAssurance::recorded_holds();
	let energy = TsmEnergy::recorded_holds();
	let (mut settlement_holds, mut assurance_holds, mut energy_holds) = (0, 0, 0);
	for (who, holds) in pallet_balances::Holds::<Runtime>::iter() {
		for hold in holds {
			match hold.id {
				RuntimeHoldReason::TsmSettlement(reason) => {
					settlement_holds += 1;
					let recorded = settlement.get(&(who.clone(), reason as u8)).copied();
					assert_eq!(recorded.unwrap_or(0), hold.amount, "{reason:?} of {who}");
				}
				RuntimeHoldReason::TsmAssurance(reason) => {
					assurance_holds += 1;
					let recorded = assurance.get(&(who.clone(), reason as u8)).copied();
					assert_eq!(recorded.unwrap_or(0), hold.amount, "{reason:?} of {who}");
				}
				RuntimeHoldReason::TsmEnergy(reason) => {
					energy_holds += 1;
					let recorded = energy.get(&(who.clone(), reason as u8)).copied();
					assert_eq!(recorded.unwrap_or(0), hold.amount, "{reason:?} of {who}");
				}
				RuntimeHoldReason::TsmIdentity(reason) => assert_eq!(
					TsmIdentity::recorded_hold(&reason, &who),
					hold.amount,
					"{reason:?} of {who}"
				),
				_ => {}
			}
		}
	}
	assert_eq!(settlement_holds, settlement.len(), "every recorded settlement hold is held");
	assert_eq!(assurance_holds, assurance.len(), "every recorded assurance hold is held");
	assert_eq!(energy_holds, energy.len(), "every recorded energy hold is held");
}

/// A participant `[seed; 32]` on the `consortium` genesis: funded with
/// 1 000 TSM, registered as an organisation, credentialed for `role` by the
/// regulator (the preset's issuer).
#[allow(dead_code)]
pub fn credentialed(seed: u8, role: tsm_primitives::Role) -> tsm_runtime::AccountId {
	use frame_support::assert_ok;
	use pallet_tsm_identity::ParticipantKind;
	use tsm_runtime::{
		genesis_config_presets::CONSORTIUM_MEMBERS, token::UNIT, AccountId, Balances,
		RuntimeOrigin, TsmIdentity,
	};
	let who = AccountId::from([seed; 32]);
	assert_ok!(Balances::force_set_balance(
		RuntimeOrigin::root(),
		who.clone().into(),
		1_000 * UNIT
	));
	assert_ok!(TsmIdentity::register_participant(
		RuntimeOrigin::signed(who.clone()),
		ParticipantKind::Organisation,
		Default::default(),
		Default::default(),
	));
	let regulator: AccountId = CONSORTIUM_MEMBERS[3].account.into();
	assert_ok!(TsmIdentity::issue_credential(
		RuntimeOrigin::signed(regulator),
		who.clone(),
		role,
		sp_core::H256::repeat_byte(1),
		0,
		None
	));
	who
}

/// A participant from [`credentialed`] with a smart meter (key `[seed +
/// 100; 32]`) registered with the meter's signed consent: (owner, meter).
#[allow(dead_code)]
pub fn with_meter(
	seed: u8,
	role: tsm_primitives::Role,
) -> (tsm_runtime::AccountId, tsm_runtime::AccountId) {
	use frame_support::assert_ok;
	use pallet_tsm_identity::DeviceKind;
	use sp_core::{sr25519, Pair, H256};
	use sp_runtime::MultiSignature;
	use tsm_runtime::{AccountId, RuntimeOrigin, TsmIdentity};
	let who = credentialed(seed, role);
	let meter_key = sr25519::Pair::from_seed(&[seed + 100; 32]);
	let meter = AccountId::from(meter_key.public());
	let payload = TsmIdentity::device_proof_payload(&who, &meter);
	let proof = MultiSignature::Sr25519(meter_key.sign(&payload));
	assert_ok!(TsmIdentity::register_device(
		RuntimeOrigin::signed(who.clone()),
		meter.clone(),
		DeviceKind::SmartMeter,
		H256::zero(),
		proof
	));
	(who, meter)
}

/// Block 1 with the clock at the start of the energy market's slot 1,000:
/// the market's timing and the slot two ahead, open for orders.
pub fn energy_clock() -> (pallet_tsm_energy::SlotTiming, tsm_primitives::ids::SlotIndex) {
	use tsm_runtime::{Runtime, System, TsmEnergy};
	System::set_block_number(1);
	let timing = pallet_tsm_energy::Timing::<Runtime>::get();
	pallet_timestamp::Now::<Runtime>::put(1_000 * timing.length);
	(timing, TsmEnergy::current_slot() + 2)
}
