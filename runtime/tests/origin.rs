//! Guarantees of origin on the `consortium` genesis, in the real runtime:
//! an issuing body approves a solar and a wind device; a consumer's
//! solar-only order in the continuous market passes over the cheaper wind
//! sale and trades with the solar seller; the solar meter delivers part of
//! the trade, settlement moves exactly that volume of the slot's
//! certificate to the consumer, who retires it against its own
//! consumption in the slot and no more.

mod common;

use frame_support::{assert_noop, assert_ok};
use pallet_tsm_energy::{Book, Side};
use pallet_tsm_origin::{HistoryEntry, Holding};
use sp_core::H256;
use tsm_primitives::{EnergySource, Role, SourceRequirement};
use tsm_runtime::{
	genesis_config_presets as presets, AccountId, Runtime, RuntimeOrigin, System, TsmEnergy,
	TsmOrigin,
};

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// Declares a 10 kW device of `source` behind `meter`.
fn declare(owner: &AccountId, meter: &AccountId, source: EnergySource) {
	assert_ok!(TsmOrigin::declare_device(
		signed(owner),
		meter.clone(),
		source,
		10_000,
		0,
		b"DE-LU".to_vec().try_into().unwrap(),
		H256::repeat_byte(9),
	));
}

fn at(ms: u64) {
	pallet_timestamp::Now::<Runtime>::put(ms);
}

#[test]
fn a_solar_only_order_buys_solar_and_its_buyer_retires_what_it_consumed() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		System::set_block_number(1);
		let timing = pallet_tsm_energy::Timing::<Runtime>::get();
		at(1_000 * timing.length);
		let slot = TsmEnergy::current_slot() + 2;
		let issuer = common::credentialed(50, Role::IssuingBody);
		let (sunny, sunny_meter) = common::with_meter(51, Role::EnergyProsumer);
		let (windy, windy_meter) = common::with_meter(52, Role::EnergyProsumer);
		let (carol, carol_meter) = common::with_meter(53, Role::EnergyConsumer);

		declare(&sunny, &sunny_meter, EnergySource::Solar);
		declare(&windy, &windy_meter, EnergySource::Wind);
		assert_noop!(
			TsmOrigin::approve_device(signed(&carol), sunny_meter.clone()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(TsmOrigin::approve_device(signed(&issuer), sunny_meter.clone()));
		assert_ok!(TsmOrigin::approve_device(signed(&issuer), windy_meter.clone()));

		// Wind sells 2 kWh at 0.21 TSM per kWh, solar 2 kWh at 0.25 (ticks
		// of a thousandth); Carol wants 1.5 kWh of solar up to 0.30.
		assert_ok!(TsmEnergy::place_order(
			signed(&windy),
			slot,
			Side::Sell,
			windy_meter.clone(),
			2_000,
			210,
			200,
			None
		));
		assert_ok!(TsmEnergy::place_order(
			signed(&sunny),
			slot,
			Side::Sell,
			sunny_meter.clone(),
			2_000,
			250,
			240,
			None
		));
		assert_ok!(TsmEnergy::place_order(
			signed(&carol),
			slot,
			Side::Buy,
			carol_meter.clone(),
			1_500,
			260,
			300,
			Some(SourceRequirement::Only(EnergySource::Solar))
		));
		let trades = TsmEnergy::trades_of(carol.clone(), 0, 10);
		assert_eq!(trades.len(), 1, "one trade, with the solar seller only");
		assert_eq!(trades[0].trade.seller, sunny);
		assert_eq!(trades[0].trade.wh, 1_500);
		// The cheaper wind sale rests untouched in the wind book.
		let wind_orders = TsmEnergy::orders_of(windy.clone());
		assert_eq!(wind_orders.len(), 1);
		assert_eq!(wind_orders[0].order.wh, 2_000);
		assert_eq!(wind_orders[0].order.book, Book::Certified(EnergySource::Wind));

		// The solar meter exports 1.2 kWh of the 1.5 sold; Carol's meter
		// imports 1 kWh in the slot.
		at(TsmEnergy::slot_start(slot + 1));
		assert_ok!(TsmEnergy::submit_reading(signed(&sunny_meter), slot, 1_200, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&carol_meter), slot, 0, 1_000));
		at(TsmEnergy::slot_start(slot + 1) + timing.reading_window);
		assert_ok!(TsmEnergy::settle_trade(signed(&carol), trades[0].id));

		// Settlement issued the slot's certificate and moved the delivered
		// 1.2 kWh to Carol.
		let id = pallet_tsm_origin::CertificateOfReading::<Runtime>::get(&sunny_meter, slot)
			.expect("issued at settlement");
		let holdings = TsmOrigin::certificates_of(carol.clone(), 0, 10);
		assert_eq!(holdings.len(), 1);
		assert_eq!(holdings[0].holding, Holding { balance: 1_200, transferred: 0, retired: 0 });
		assert_eq!(holdings[0].certificate.source, EnergySource::Solar);
		assert_eq!(holdings[0].certificate.issued, 1_200);
		let history = TsmOrigin::history(id, 0, 10);
		assert_eq!(
			history[1].entry,
			HistoryEntry::Delivered {
				from: sunny.clone(),
				to: carol.clone(),
				trade: trades[0].id,
				wh: 1_200
			}
		);

		// Carol used 1 kWh in the slot: she retires that much, no more.
		let purpose: pallet_tsm_origin::Purpose = b"green tariff".to_vec().try_into().unwrap();
		assert_noop!(
			TsmOrigin::retire(
				signed(&carol),
				id,
				1_001,
				carol_meter.clone(),
				carol.clone(),
				purpose.clone()
			),
			pallet_tsm_origin::Error::<Runtime>::BeyondConsumption
		);
		assert_ok!(TsmOrigin::retire(
			signed(&carol),
			id,
			1_000,
			carol_meter.clone(),
			carol.clone(),
			purpose
		));
		let share = TsmOrigin::green_share(&[carol_meter], slot, 1);
		assert_eq!((share.consumed, share.green, share.per_million), (1_000, 1_000, 1_000_000));
		// The 200 Wh left cannot move to someone unregistered.
		assert_noop!(
			TsmOrigin::transfer(signed(&carol), id, AccountId::from([77; 32]), 200),
			pallet_tsm_origin::Error::<Runtime>::NotAParticipant
		);
	});
}
