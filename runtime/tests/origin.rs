//! Guarantees of origin on the `consortium` genesis, in the real runtime,
//! one story per market. The continuous market: a consumer's solar-only
//! order passes over the cheaper wind sale and trades with the solar
//! seller; the solar meter delivers part of the trade, settlement moves
//! exactly that volume of the slot's certificate to the consumer, who
//! retires it against its own consumption in the slot and no more. The
//! regulated exchange: the wind seller cannot enter the solar pool, the
//! solar seller's delivered volume waits in the pool for the pool's buyers
//! to draw their shares. An auction: a buyer's solar-only lot takes no
//! wind ask, and the solar seller's delivery carries its certificate.

mod common;

use frame_support::{assert_noop, assert_ok};
use pallet_tsm_energy::{Book, Side};
use pallet_tsm_origin::{HistoryEntry, Holding};
use sp_core::H256;
use tsm_primitives::{EnergySource, Role, SourceRequirement};
use tsm_runtime::{
	genesis_config_presets as presets, AccountId, Runtime, RuntimeOrigin, TsmEnergy, TsmOrigin,
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

/// Solar and wind devices approved by an issuing body, behind two
/// prosumers' meters: ((sunny, meter), (windy, meter)).
fn solar_and_wind() -> ((AccountId, AccountId), (AccountId, AccountId)) {
	let issuer = common::credentialed(50, Role::IssuingBody);
	let (sunny, sunny_meter) = common::with_meter(51, Role::EnergyProsumer);
	let (windy, windy_meter) = common::with_meter(52, Role::EnergyProsumer);
	declare(&sunny, &sunny_meter, EnergySource::Solar);
	declare(&windy, &windy_meter, EnergySource::Wind);
	assert_ok!(TsmOrigin::approve_device(signed(&issuer), sunny_meter.clone()));
	assert_ok!(TsmOrigin::approve_device(signed(&issuer), windy_meter.clone()));
	((sunny, sunny_meter), (windy, windy_meter))
}

/// `who` retires `consumed` Wh of certificate `id` against `meter`, what
/// the meter imported in the certificate's slot — one Wh more is refused.
fn retires_exactly(who: &AccountId, meter: &AccountId, id: u64, consumed: u64) {
	let purpose: pallet_tsm_origin::Purpose = b"green tariff".to_vec().try_into().unwrap();
	let retire =
		|wh| TsmOrigin::retire(signed(who), id, wh, meter.clone(), who.clone(), purpose.clone());
	assert_noop!(retire(consumed + 1), pallet_tsm_origin::Error::<Runtime>::BeyondConsumption);
	assert_ok!(retire(consumed));
}

const SOLAR: SourceRequirement = SourceRequirement::Only(EnergySource::Solar);

#[test]
fn a_solar_only_order_buys_solar_and_its_buyer_retires_what_it_consumed() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		let (timing, slot) = common::energy_clock();
		let ((sunny, sunny_meter), (windy, windy_meter)) = solar_and_wind();
		let (carol, carol_meter) = common::with_meter(53, Role::EnergyConsumer);
		// Only an issuing body approves or revokes devices.
		assert_noop!(
			TsmOrigin::revoke_device(signed(&carol), sunny_meter.clone()),
			sp_runtime::DispatchError::BadOrigin
		);

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
		retires_exactly(&carol, &carol_meter, id, 1_000);
		let share = TsmOrigin::green_share(&[carol_meter], slot, 1);
		assert_eq!((share.consumed, share.green, share.per_million), (1_000, 1_000, 1_000_000));
		// The 200 Wh left cannot move to someone unregistered.
		assert_noop!(
			TsmOrigin::transfer(signed(&carol), id, AccountId::from([77; 32]), 200),
			pallet_tsm_origin::Error::<Runtime>::NotAParticipant
		);
	});
}

#[test]
fn a_solar_pool_of_the_regulated_exchange_hands_its_buyers_the_delivered_solar_volume() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		let (timing, slot) = common::energy_clock();
		let ((sunny, sunny_meter), (windy, windy_meter)) = solar_and_wind();
		let (carol, carol_meter) = common::with_meter(53, Role::EnergyConsumer);
		let (dave, dave_meter) = common::with_meter(54, Role::EnergyConsumer);

		// Wind energy cannot enter the solar pool; it sells in the open one.
		assert_noop!(
			TsmEnergy::offer_energy(signed(&windy), slot, Some(SOLAR), windy_meter.clone(), 2_000),
			pallet_tsm_energy::Error::<Runtime>::SourceNotCertified
		);
		assert_ok!(TsmEnergy::offer_energy(signed(&windy), slot, None, windy_meter.clone(), 2_000));
		assert_ok!(TsmEnergy::offer_energy(
			signed(&sunny),
			slot,
			Some(SOLAR),
			sunny_meter.clone(),
			2_000
		));
		assert_ok!(TsmEnergy::request_energy(
			signed(&carol),
			slot,
			Some(SOLAR),
			carol_meter.clone(),
			1_500
		));
		assert_ok!(TsmEnergy::request_energy(
			signed(&dave),
			slot,
			Some(SOLAR),
			dave_meter.clone(),
			500
		));

		// The solar meter delivers 1.6 kWh of its 2 kWh fill. Issued now,
		// the certificate keeps that volume for the pool: Sunny cannot
		// transfer it away before settlement.
		at(TsmEnergy::slot_start(slot + 1));
		assert_ok!(TsmEnergy::submit_reading(signed(&sunny_meter), slot, 1_600, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&windy_meter), slot, 2_000, 0));
		assert_ok!(TsmEnergy::submit_reading(signed(&carol_meter), slot, 0, 1_000));
		assert_ok!(TsmOrigin::issue(signed(&carol), sunny_meter.clone(), slot));
		let id =
			pallet_tsm_origin::CertificateOfReading::<Runtime>::get(&sunny_meter, slot).unwrap();
		assert_noop!(
			TsmOrigin::transfer(signed(&sunny), id, carol.clone(), 100),
			pallet_tsm_origin::Error::<Runtime>::InsufficientVolume
		);
		at(TsmEnergy::slot_start(slot + 1) + timing.reading_window);
		for _round in 0..2 {
			for who in [&sunny, &windy, &carol, &dave] {
				assert_ok!(TsmEnergy::settle_position(signed(&carol), slot, who.clone()));
			}
		}

		// The delivered 1.6 kWh wait in the solar pool's account; Carol may
		// draw 1.6 × 1.5 / 2 = 1.2 kWh, Dave 0.4. Each pool has its own.
		let carol_view = TsmOrigin::pool_view(slot, SOLAR, carol.clone());
		assert_eq!(carol_view.share, 1_200);
		assert_ne!(
			carol_view.account,
			TsmOrigin::pool_view(slot, SourceRequirement::Renewable, carol.clone()).account
		);
		let pooled = TsmOrigin::certificates_of(carol_view.account.clone(), 0, 10);
		assert_eq!(pooled.len(), 1);
		assert_eq!((pooled[0].id, pooled[0].holding.balance), (id, 1_600));
		// Not from another pool of the slot, not beyond her share.
		assert_noop!(
			TsmOrigin::draw_from_pool(signed(&carol), slot, SourceRequirement::Renewable, id, 100),
			pallet_tsm_origin::Error::<Runtime>::BeyondPoolShare
		);
		assert_noop!(
			TsmOrigin::draw_from_pool(signed(&carol), slot, SOLAR, id, 1_201),
			pallet_tsm_origin::Error::<Runtime>::BeyondPoolShare
		);
		assert_ok!(TsmOrigin::draw_from_pool(signed(&carol), slot, SOLAR, id, 1_200));
		assert_ok!(TsmOrigin::draw_from_pool(signed(&dave), slot, SOLAR, id, 400));
		let carol_holding = TsmOrigin::certificates_of(carol.clone(), 0, 10);
		assert_eq!(carol_holding[0].holding.balance, 1_200);
		assert_eq!(carol_holding[0].certificate.source, EnergySource::Solar);
		let history = TsmOrigin::history(id, 0, 10);
		assert_eq!(
			history[1].entry,
			HistoryEntry::IntoPool { from: sunny.clone(), pool: SOLAR, wh: 1_600 }
		);
		assert_eq!(
			history[2].entry,
			HistoryEntry::FromPool { to: carol.clone(), pool: SOLAR, wh: 1_200 }
		);
		// She consumed 1 kWh in the slot: that much she retires.
		retires_exactly(&carol, &carol_meter, id, 1_000);
		// The open pool's wind seller keeps its own volume.
		assert_ok!(TsmOrigin::issue(signed(&carol), windy_meter.clone(), slot));
		let wind = TsmOrigin::certificates_of(windy.clone(), 0, 10);
		assert_eq!(wind[0].holding.balance, 2_000);
		common::assert_holds_match_records();
	});
}

#[test]
fn a_buyers_solar_only_auction_takes_no_wind_ask_and_its_trade_carries_the_certificate() {
	let mut ext = common::genesis_state(presets::CONSORTIUM);
	ext.execute_with(|| {
		use pallet_tsm_energy::{AuctionKind, AuctionTerms};
		let (timing, slot) = common::energy_clock();
		let ((sunny, sunny_meter), (windy, windy_meter)) = solar_and_wind();
		let (carol, carol_meter) = common::with_meter(53, Role::EnergyConsumer);
		let gate = TsmEnergy::gate_closure(slot);

		// Carol buys 1 kWh of solar, asks from 0.30 TSM per kWh down.
		let terms = AuctionTerms {
			kind: AuctionKind::Reverse,
			slot,
			wh: 1_000,
			start: 300,
			reserve: 300,
			increment: 5,
			ends: gate,
			extension: 0,
			reveal_ends: 0,
			require: Some(SOLAR),
		};
		assert_ok!(TsmEnergy::create_auction(signed(&carol), carol_meter.clone(), terms));
		assert_noop!(
			TsmEnergy::bid(signed(&windy), 0, windy_meter, 250),
			pallet_tsm_energy::Error::<Runtime>::SourceNotCertified
		);
		assert_ok!(TsmEnergy::bid(signed(&sunny), 0, sunny_meter.clone(), 280));
		at(gate);
		assert_ok!(TsmEnergy::close_auction(signed(&carol), 0));
		let trades = TsmEnergy::trades_of(carol.clone(), 0, 10);
		assert_eq!(trades.len(), 1);
		assert_eq!(trades[0].trade.seller, sunny);

		at(TsmEnergy::slot_start(slot + 1));
		assert_ok!(TsmEnergy::submit_reading(signed(&sunny_meter), slot, 1_000, 0));
		at(TsmEnergy::slot_start(slot + 1) + timing.reading_window);
		assert_ok!(TsmEnergy::settle_trade(signed(&carol), trades[0].id));
		let holdings = TsmOrigin::certificates_of(carol.clone(), 0, 10);
		assert_eq!(holdings.len(), 1);
		assert_eq!(holdings[0].holding.balance, 1_000);
		assert_eq!(holdings[0].certificate.source, EnergySource::Solar);
		common::assert_holds_match_records();
	});
}
