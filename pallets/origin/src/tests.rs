//! Unit tests: every call, every error (nothing changed), and the attacks
//! on certificates: double issuance, volume sold twice, claims beyond
//! consumption, moving retired or expired volume.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError;
use tsm_primitives::{CertifiedSources, DeliveredVia, Delivery, OnDeliverySettled};

fn zone() -> Zone {
	b"DE-LU".to_vec().try_into().unwrap()
}

fn purpose() -> Purpose {
	b"scope 2 report".to_vec().try_into().unwrap()
}

/// An approved solar device behind `METER_A`, its reading of slot `S`
/// (2,000 Wh exported) and its certificate (id 0), at slot `S + 1`.
fn issued() -> CertificateId {
	approved_solar();
	read(METER_A, S, 2_000, 0);
	at(S + 1, 0);
	assert_ok!(TsmOrigin::issue(signed(BUYER), METER_A, S));
	0
}

/// A trade `trade` of `PRODUCER`'s meter delivering `wh` to `BUYER`.
fn deliver(trade: u64, wh: u64) {
	TsmOrigin::delivered(Delivery {
		slot: S,
		from: Some((&PRODUCER, &METER_A)),
		to: Some((&BUYER, &METER_C)),
		via: DeliveredVia::Trade(trade),
		wh,
	});
}

#[test]
fn a_prosumer_declares_the_device_behind_its_meter() {
	build_and_execute(|| {
		declare(PRODUCER, METER_A, EnergySourceOf::Solar);
		let device = Devices::<Test>::get(METER_A).unwrap();
		assert_eq!(device.owner, PRODUCER);
		assert_eq!(device.status, DeviceStatus::Pending);
		assert_eq!(device.zone, zone());
		assert_eq!(TsmOrigin::certified_source(&METER_A), None, "pending is not certified");
		assert_eq!(
			events(),
			vec![Event::DeviceDeclared {
				meter: METER_A,
				owner: PRODUCER,
				source: EnergySourceOf::Solar,
				capacity_w: 10_000
			}]
		);
	});
}

#[test]
fn bad_declarations_are_refused() {
	build_and_execute(|| {
		let declare = |who, meter, capacity, commissioned| {
			TsmOrigin::declare_device(
				signed(who),
				meter,
				EnergySourceOf::Wind,
				capacity,
				commissioned,
				zone(),
				H256::zero(),
			)
		};
		assert_noop!(declare(OUTSIDER, METER_E, 1, 0), Error::<Test>::NotAProsumer);
		assert_noop!(declare(PRODUCER, METER_B, 1, 0), Error::<Test>::NotYourMeter);
		assert_noop!(declare(PRODUCER, PROBE, 1, 0), Error::<Test>::NotYourMeter);
		assert_noop!(declare(PRODUCER, METER_A, 0, 0), Error::<Test>::ZeroCapacity);
		assert_noop!(declare(PRODUCER, METER_A, 1, SLOT + 1), Error::<Test>::CommissionedInFuture);
	});
}

#[test]
fn an_issuing_body_approves_and_revokes_devices() {
	build_and_execute(|| {
		declare(PRODUCER, METER_A, EnergySourceOf::Solar);
		assert_noop!(
			TsmOrigin::approve_device(signed(PRODUCER), METER_A),
			DispatchError::BadOrigin
		);
		assert_noop!(
			TsmOrigin::approve_device(signed(ISSUER), METER_B),
			Error::<Test>::UnknownDevice
		);
		assert_ok!(TsmOrigin::approve_device(signed(ISSUER), METER_A));
		assert_eq!(
			Devices::<Test>::get(METER_A).unwrap().status,
			DeviceStatus::Approved { since: SLOT }
		);
		assert_eq!(TsmOrigin::certified_source(&METER_A), Some(EnergySourceOf::Solar));
		assert_noop!(TsmOrigin::approve_device(signed(ISSUER), METER_A), Error::<Test>::NotPending);

		assert_noop!(TsmOrigin::revoke_device(signed(PRODUCER), METER_A), DispatchError::BadOrigin);
		assert_noop!(
			TsmOrigin::revoke_device(signed(ISSUER), METER_B),
			Error::<Test>::UnknownDevice
		);
		assert_ok!(TsmOrigin::revoke_device(signed(ISSUER), METER_A));
		assert_eq!(TsmOrigin::certified_source(&METER_A), None);
		assert_noop!(
			TsmOrigin::revoke_device(signed(ISSUER), METER_A),
			Error::<Test>::AlreadyRevoked
		);
		assert_noop!(TsmOrigin::approve_device(signed(ISSUER), METER_A), Error::<Test>::NotPending);
		// Declared again, it waits for a new approval.
		declare(PRODUCER, METER_A, EnergySourceOf::Solar);
		assert_eq!(Devices::<Test>::get(METER_A).unwrap().status, DeviceStatus::Pending);
		assert!(events().contains(&Event::DeviceRevoked { meter: METER_A, by: ISSUER }));
	});
}

#[test]
fn a_meter_sold_to_someone_else_is_no_longer_certified() {
	build_and_execute(|| {
		approved_solar();
		MovedMeters::set(vec![(METER_A, BUYER)]);
		assert_eq!(TsmOrigin::certified_source(&METER_A), None);
	});
}

#[test]
fn a_certificate_is_issued_from_the_reading_once_to_the_producer() {
	build_and_execute(|| {
		let id = issued();
		let certificate = certificate(id);
		assert_eq!(certificate.issued, 2_000);
		assert_eq!(certificate.producer, PRODUCER);
		assert_eq!(certificate.expires_at, (S + 1) * SLOT + LIFETIME);
		assert_eq!(holding(PRODUCER, id).balance, 2_000);
		assert_eq!(CertificateOfReading::<Test>::get(METER_A, S), Some(id));
		assert_eq!(
			History::<Test>::get(id, 0),
			Some(HistoryEntry::Issued { to: PRODUCER, wh: 2_000 })
		);
		// Never twice for the same reading.
		assert_noop!(TsmOrigin::issue(signed(BUYER), METER_A, S), Error::<Test>::AlreadyIssued);
	});
}

#[test]
fn issuance_is_capped_by_the_devices_capacity() {
	build_and_execute(|| {
		approved_solar();
		// 10 kW for 15 minutes make 2,500 Wh; the meter claims 9,000.
		read(METER_A, S, 9_000, 0);
		at(S + 1, 0);
		assert_ok!(TsmOrigin::issue(signed(PRODUCER), METER_A, S));
		assert_eq!(certificate(0).issued, 2_500);
	});
}

#[test]
fn bad_issuance_is_refused() {
	build_and_execute(|| {
		read(METER_A, S, 2_000, 0);
		read(METER_B, S, 2_000, 0);
		read(METER_D, S, 0, 500);
		at(S + 1, 0);
		assert_noop!(TsmOrigin::issue(signed(BUYER), METER_A, S), Error::<Test>::UnknownDevice);
		declare(PRODUCER, METER_A, EnergySourceOf::Solar);
		assert_noop!(
			TsmOrigin::issue(signed(BUYER), METER_A, S),
			Error::<Test>::NotApprovedForSlot
		);
		// Approved after the slot started: its production earns nothing.
		assert_ok!(TsmOrigin::approve_device(signed(ISSUER), METER_A));
		assert_noop!(
			TsmOrigin::issue(signed(BUYER), METER_A, S),
			Error::<Test>::NotApprovedForSlot
		);
		assert_noop!(TsmOrigin::issue(signed(BUYER), METER_A, S + 2), Error::<Test>::NoReading);
		// A meter that exported nothing.
		Roles::mutate(|r| r.push((BUYER_D, tsm_primitives::Role::EnergyProsumer)));
		at(1, 0);
		declare(BUYER_D, METER_D, EnergySourceOf::Wind);
		assert_ok!(TsmOrigin::approve_device(signed(ISSUER), METER_D));
		at(S + 1, 0);
		assert_noop!(TsmOrigin::issue(signed(BUYER), METER_D, S), Error::<Test>::NothingExported);
		// The meter went to another owner.
		at(1, 0);
		declare(PRODUCER_B, METER_B, EnergySourceOf::Wind);
		assert_ok!(TsmOrigin::approve_device(signed(ISSUER), METER_B));
		MovedMeters::set(vec![(METER_B, BUYER)]);
		at(S + 1, 0);
		assert_noop!(TsmOrigin::issue(signed(BUYER), METER_B, S), Error::<Test>::MeterChangedOwner);
		// After the longest lifetime a reading earns nothing.
		MovedMeters::set(vec![]);
		at(S + 1, MAX_LIFETIME);
		assert_noop!(
			TsmOrigin::issue(signed(BUYER), METER_B, S),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn owners_transfer_volume_to_participants() {
	build_and_execute(|| {
		let id = issued();
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 600));
		assert_eq!(holding(PRODUCER, id), Holding { balance: 1_400, transferred: 600, retired: 0 });
		assert_eq!(holding(BUYER, id).balance, 600);
		assert_eq!(certificate(id).holders, 2);
		assert_ok!(TsmOrigin::transfer(signed(BUYER), id, BUYER_D, 550));
		// Less than the minimum, but all the sender has.
		assert_ok!(TsmOrigin::transfer(signed(BUYER), id, BUYER_D, 50));
		assert_eq!(holding(BUYER_D, id).balance, 600);
		assert_eq!(certificate(id).history, 4);
		assert!(events().contains(&Event::Transferred {
			certificate: id,
			from: PRODUCER,
			to: BUYER,
			wh: 600
		}));
	});
}

#[test]
fn bad_transfers_are_refused() {
	build_and_execute(|| {
		let id = issued();
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, PRODUCER, 100),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), 7, BUYER, 100),
			Error::<Test>::UnknownCertificate
		);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 2_001),
			Error::<Test>::InsufficientVolume
		);
		assert_noop!(
			TsmOrigin::transfer(signed(BUYER), id, PRODUCER, 100),
			Error::<Test>::InsufficientVolume
		);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 0),
			Error::<Test>::BelowMinimum
		);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 99),
			Error::<Test>::BelowMinimum
		);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, OUTSIDER, 100),
			Error::<Test>::NotAParticipant
		);
		at(S + 1, LIFETIME);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 100),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn a_revoked_certificate_never_moves_again() {
	build_and_execute(|| {
		let id = issued();
		assert_noop!(TsmOrigin::revoke_certificate(signed(PRODUCER), id), DispatchError::BadOrigin);
		assert_noop!(
			TsmOrigin::revoke_certificate(signed(ISSUER), 7),
			Error::<Test>::UnknownCertificate
		);
		assert_ok!(TsmOrigin::revoke_certificate(signed(ISSUER), id));
		assert!(certificate(id).revoked);
		assert_noop!(
			TsmOrigin::revoke_certificate(signed(ISSUER), id),
			Error::<Test>::CertificateRevoked
		);
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 100),
			Error::<Test>::CertificateRevoked
		);
		read(METER_A, S, 2_000, 0);
		assert_noop!(
			TsmOrigin::retire(signed(PRODUCER), id, 100, METER_A, PRODUCER, purpose()),
			Error::<Test>::CertificateRevoked
		);
		assert_eq!(History::<Test>::get(id, 1), Some(HistoryEntry::Revoked { by: ISSUER }));
	});
}

#[test]
fn a_certificate_partly_claimed_cannot_be_revoked() {
	build_and_execute(|| {
		approved_solar();
		read(METER_A, S, 2_000, 300);
		at(S + 1, 0);
		assert_ok!(TsmOrigin::issue(signed(PRODUCER), METER_A, S));
		assert_ok!(TsmOrigin::retire(signed(PRODUCER), 0, 300, METER_A, PRODUCER, purpose()));
		assert_noop!(
			TsmOrigin::revoke_certificate(signed(ISSUER), 0),
			Error::<Test>::AlreadyClaimed
		);
	});
}

#[test]
fn a_consumer_retires_what_it_consumed_and_the_volume_never_moves_again() {
	build_and_execute(|| {
		let id = issued();
		read(METER_C, S, 0, 800);
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 1_000));
		assert_ok!(TsmOrigin::retire(signed(BUYER), id, 700, METER_C, BUYER_D, purpose()));
		assert_eq!(holding(BUYER, id), Holding { balance: 300, transferred: 0, retired: 700 });
		assert_eq!(certificate(id).retired, 700);
		assert_eq!(Claimed::<Test>::get(METER_C, S), 700);
		assert_eq!(
			History::<Test>::get(id, 2),
			Some(HistoryEntry::Retired {
				by: BUYER,
				meter: METER_C,
				beneficiary: BUYER_D,
				wh: 700,
				purpose: purpose()
			})
		);
		// Retired volume is gone from the balance: it cannot move.
		assert_noop!(
			TsmOrigin::transfer(signed(BUYER), id, BUYER_D, 301),
			Error::<Test>::InsufficientVolume
		);
		// 100 Wh of consumption are left to claim in the slot.
		assert_noop!(
			TsmOrigin::retire(signed(BUYER), id, 101, METER_C, BUYER, purpose()),
			Error::<Test>::BeyondConsumption
		);
		assert_ok!(TsmOrigin::retire(signed(BUYER), id, 100, METER_C, BUYER, purpose()));
	});
}

#[test]
fn one_slots_consumption_is_claimed_once_across_certificates() {
	build_and_execute(|| {
		let first = issued();
		at(1, 0);
		declare(PRODUCER_B, METER_B, EnergySourceOf::Wind);
		assert_ok!(TsmOrigin::approve_device(signed(ISSUER), METER_B));
		read(METER_B, S, 1_000, 0);
		read(METER_C, S, 0, 1_000);
		at(S + 1, 0);
		assert_ok!(TsmOrigin::issue(signed(BUYER), METER_B, S));
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER), first, BUYER, 800));
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER_B), 1, BUYER, 800));
		assert_ok!(TsmOrigin::retire(signed(BUYER), first, 800, METER_C, BUYER, purpose()));
		assert_noop!(
			TsmOrigin::retire(signed(BUYER), 1, 201, METER_C, BUYER, purpose()),
			Error::<Test>::BeyondConsumption
		);
		assert_ok!(TsmOrigin::retire(signed(BUYER), 1, 200, METER_C, BUYER, purpose()));
	});
}

#[test]
fn bad_retirements_are_refused() {
	build_and_execute(|| {
		let id = issued();
		read(METER_C, S, 0, 500);
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 1_000));
		let retire = |who, certificate, wh, meter| {
			TsmOrigin::retire(signed(who), certificate, wh, meter, who, purpose())
		};
		assert_noop!(retire(BUYER, 7, 100, METER_C), Error::<Test>::UnknownCertificate);
		assert_noop!(retire(BUYER, id, 0, METER_C), Error::<Test>::BelowMinimum);
		assert_noop!(retire(BUYER, id, 1_001, METER_C), Error::<Test>::InsufficientVolume);
		assert_noop!(retire(BUYER, id, 100, METER_D), Error::<Test>::NotYourMeter);
		assert_noop!(retire(BUYER, id, 100, PROBE), Error::<Test>::NotYourMeter);
		assert_noop!(retire(BUYER, id, 501, METER_C), Error::<Test>::BeyondConsumption);
		// The producer's meter has no reading of its import in another slot.
		MeterData::set(vec![(METER_A, S, 2_000, 0)]);
		assert_noop!(retire(BUYER, id, 100, METER_C), Error::<Test>::NoReading);
		read(METER_C, S, 0, 500);
		at(S + 1, LIFETIME);
		assert_noop!(retire(BUYER, id, 100, METER_C), Error::<Test>::CertificateExpired);
	});
}

#[test]
fn volume_reserved_for_trades_cannot_be_sold_twice() {
	build_and_execute(|| {
		approved_solar();
		read(METER_A, S, 2_000, 0);
		// The meter's trades deliver 1,500 Wh of its export.
		TradeDeliveries::set(vec![(METER_A, S, 1_500)]);
		at(S + 1, 0);
		assert_ok!(TsmOrigin::issue(signed(PRODUCER), METER_A, S));
		assert_eq!(certificate(0).reserved, 1_500);
		// The producer moves only the 500 Wh not reserved.
		assert_noop!(
			TsmOrigin::transfer(signed(PRODUCER), 0, BUYER_D, 501),
			Error::<Test>::InsufficientVolume
		);
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER), 0, BUYER_D, 500));
		// The trades' deliveries find their volume.
		deliver(1, 1_000);
		deliver(2, 500);
		assert_eq!(holding(BUYER, 0).balance, 1_500);
		assert_eq!(certificate(0).reserved, 0);
		assert!(!events().iter().any(|e| matches!(e, Event::DeliveryUncovered { .. })));
	});
}

#[test]
fn a_settled_trade_moves_exactly_the_delivered_volume_issuing_first() {
	build_and_execute(|| {
		approved_solar();
		read(METER_A, S, 2_000, 0);
		TradeDeliveries::set(vec![(METER_A, S, 1_200)]);
		at(S + 1, 0);
		// Nobody issued: the first trade's settlement does.
		deliver(4, 1_200);
		assert_eq!(holding(BUYER, 0).balance, 1_200);
		assert_eq!(holding(PRODUCER, 0), Holding { balance: 800, transferred: 1_200, retired: 0 });
		assert_eq!(
			History::<Test>::get(0, 1),
			Some(HistoryEntry::Delivered { from: PRODUCER, to: BUYER, trade: 4, wh: 1_200 })
		);
		assert!(events().contains(&Event::MovedWithDelivery {
			certificate: 0,
			trade: 4,
			from: PRODUCER,
			to: BUYER,
			wh: 1_200
		}));
	});
}

#[test]
fn pool_deliveries_and_plain_meters_move_nothing() {
	build_and_execute(|| {
		let id = issued();
		TsmOrigin::delivered(Delivery {
			slot: S,
			from: Some((&PRODUCER, &METER_A)),
			to: None,
			via: DeliveredVia::Pool(None),
			wh: 500,
		});
		TsmOrigin::delivered(Delivery {
			slot: S,
			from: Some((&PRODUCER_B, &METER_B)),
			to: Some((&BUYER, &METER_C)),
			via: DeliveredVia::Trade(1),
			wh: 500,
		});
		deliver(2, 0);
		assert_eq!(holding(PRODUCER, id).balance, 2_000);
		assert_eq!(certificate(id).holders, 1);
		assert!(!events().iter().any(|e| matches!(e, Event::DeliveryUncovered { .. })));
	});
}

#[test]
fn a_delivery_without_live_volume_is_reported_uncovered() {
	build_and_execute(|| {
		let id = issued();
		assert_ok!(TsmOrigin::revoke_certificate(signed(ISSUER), id));
		deliver(3, 700);
		assert_eq!(holding(BUYER, id).balance, 0);
		assert!(events().contains(&Event::DeliveryUncovered {
			trade: 3,
			slot: S,
			meter: METER_A,
			wh: 700
		}));
	});
}

#[test]
fn a_revoked_devices_delivery_is_reported_uncovered() {
	build_and_execute(|| {
		approved_solar();
		read(METER_A, S, 2_000, 0);
		assert_ok!(TsmOrigin::revoke_device(signed(ISSUER), METER_A));
		at(S + 1, 0);
		deliver(3, 700);
		assert!(Certificates::<Test>::get(0).is_none());
		assert!(events().contains(&Event::DeliveryUncovered {
			trade: 3,
			slot: S,
			meter: METER_A,
			wh: 700
		}));
	});
}

#[test]
fn governance_sets_the_lifetime_of_new_certificates() {
	build_and_execute(|| {
		assert_noop!(TsmOrigin::set_lifetime(signed(ISSUER), SLOT), DispatchError::BadOrigin);
		assert_noop!(
			TsmOrigin::set_lifetime(RuntimeOrigin::root(), 0),
			Error::<Test>::LifetimeOutOfRange
		);
		assert_noop!(
			TsmOrigin::set_lifetime(RuntimeOrigin::root(), MAX_LIFETIME + 1),
			Error::<Test>::LifetimeOutOfRange
		);
		let id = issued();
		assert_ok!(TsmOrigin::set_lifetime(RuntimeOrigin::root(), 2 * SLOT));
		assert_eq!(Lifetime::<Test>::get(), 2 * SLOT);
		assert_eq!(
			certificate(id).expires_at,
			(S + 1) * SLOT + LIFETIME,
			"issued ones keep theirs"
		);
		assert!(events().contains(&Event::LifetimeSet { lifetime: 2 * SLOT }));
	});
}

#[test]
fn expired_records_are_removed_after_their_retention() {
	build_and_execute(|| {
		let id = issued();
		read(METER_C, S, 0, 500);
		assert_ok!(TsmOrigin::transfer(signed(PRODUCER), id, BUYER, 1_000));
		for _ in 0..4 {
			assert_ok!(TsmOrigin::retire(signed(BUYER), id, 100, METER_C, BUYER, purpose()));
		}
		// Six history entries: issued, transferred, four retirements.
		assert_eq!(certificate(id).history, 6);
		assert_noop!(
			TsmOrigin::remove_holding(signed(OUTSIDER), id, BUYER),
			Error::<Test>::Retained
		);
		assert_noop!(TsmOrigin::remove_certificate(signed(OUTSIDER), id), Error::<Test>::Retained);
		assert_noop!(
			TsmOrigin::remove_claim_counter(signed(OUTSIDER), METER_C, S),
			Error::<Test>::Retained
		);
		at(S + 1, MAX_LIFETIME + RETENTION);
		assert_noop!(
			TsmOrigin::remove_holding(signed(OUTSIDER), 7, BUYER),
			Error::<Test>::UnknownCertificate
		);
		assert_noop!(
			TsmOrigin::remove_holding(signed(OUTSIDER), id, BUYER_D),
			Error::<Test>::UnknownHolding
		);
		assert_noop!(
			TsmOrigin::remove_certificate(signed(OUTSIDER), id),
			Error::<Test>::HoldingsRemain
		);
		assert_ok!(TsmOrigin::remove_holding(signed(OUTSIDER), id, BUYER));
		assert_ok!(TsmOrigin::remove_holding(signed(OUTSIDER), id, PRODUCER));
		assert_eq!(certificate(id).expired, 1_600);
		// Four entries per call: the record goes with the last.
		assert_ok!(TsmOrigin::remove_certificate(signed(OUTSIDER), id));
		assert_eq!(certificate(id).pruned, 4);
		assert_ok!(TsmOrigin::remove_certificate(signed(OUTSIDER), id));
		assert!(Certificates::<Test>::get(id).is_none());
		assert_eq!(History::<Test>::iter_prefix(id).count(), 0);
		assert!(events().contains(&Event::CertificateRemoved {
			certificate: id,
			entries: 2,
			removed: true
		}));
		assert_noop!(
			TsmOrigin::remove_certificate(signed(OUTSIDER), id),
			Error::<Test>::UnknownCertificate
		);
		// The reading cannot earn a second certificate.
		assert_noop!(
			TsmOrigin::issue(signed(OUTSIDER), METER_A, S),
			Error::<Test>::CertificateExpired
		);
		assert_ok!(TsmOrigin::remove_claim_counter(signed(OUTSIDER), METER_C, S));
		assert_noop!(
			TsmOrigin::remove_claim_counter(signed(OUTSIDER), METER_C, S),
			Error::<Test>::UnknownClaimCounter
		);
	});
}

#[test]
fn queries_list_holdings_history_and_green_share() {
	build_and_execute(|| {
		let id = issued();
		read(METER_C, S, 0, 1_000);
		read(METER_C, S + 1, 0, 1_000);
		deliver(1, 400);
		assert_ok!(TsmOrigin::retire(signed(BUYER), id, 400, METER_C, BUYER, purpose()));
		let holdings = TsmOrigin::certificates_of(BUYER, 0, 10);
		assert_eq!(holdings.len(), 1);
		assert_eq!(holdings[0].holding, Holding { balance: 0, transferred: 0, retired: 400 });
		assert_eq!(TsmOrigin::certificates_of(BUYER, 1, 10), vec![]);
		let history = TsmOrigin::history(id, 1, 1);
		assert_eq!(history.len(), 1);
		assert_eq!(
			history[0].entry,
			HistoryEntry::Delivered { from: PRODUCER, to: BUYER, trade: 1, wh: 400 }
		);
		let share = TsmOrigin::green_share(&[METER_C, METER_D], S, 3);
		assert_eq!((share.consumed, share.green, share.per_million), (2_000, 400, 200_000));
		assert_eq!(share.slots.len(), 2);
		assert_eq!(share.slots[0], runtime_api::SlotShare { slot: S, consumed: 1_000, green: 400 });
	});
}

#[test]
fn zones_and_purposes_read_as_text_in_json() {
	let entry: HistoryEntry<u64> =
		HistoryEntry::Retired { by: 1, meter: 2, beneficiary: 3, wh: 4, purpose: purpose() };
	let json = serde_json::to_value(&entry).unwrap();
	assert_eq!(json["retired"]["purpose"], "scope 2 report");
	assert_eq!(serde_json::from_value::<HistoryEntry<u64>>(json).unwrap(), entry);
	// Bytes that are no UTF-8 travel as hex.
	let mut device = ProductionDevice {
		owner: 1u64,
		source: EnergySourceOf::Hydro,
		capacity_w: 1,
		commissioned: 0,
		zone: vec![0xff, 0x00].try_into().unwrap(),
		metadata: H256::zero(),
		status: DeviceStatus::Pending,
		decided_by: None,
	};
	let json = serde_json::to_value(&device).unwrap();
	assert_eq!(json["zone"], "0xff00");
	assert_eq!(json["capacityW"], 1);
	assert_eq!(serde_json::from_value::<ProductionDevice<u64>>(json).unwrap(), device);
	device.zone = zone();
	assert_eq!(serde_json::to_value(&device).unwrap()["zone"], "DE-LU");
}

#[test]
fn a_seller_declaring_again_before_settlement_cannot_hide_the_missing_volume() {
	build_and_execute(|| {
		// Certified when it sold; declared again (pending) before anybody
		// issued the slot's certificate.
		approved_solar();
		read(METER_A, S, 2_000, 0);
		declare(PRODUCER, METER_A, EnergySourceOf::Solar);
		at(S + 1, 0);
		deliver(5, 900);
		assert!(Certificates::<Test>::get(0).is_none());
		assert!(events().contains(&Event::DeliveryUncovered {
			trade: 5,
			slot: S,
			meter: METER_A,
			wh: 900
		}));
	});
}

mod certified_pools {
	use super::*;
	use tsm_primitives::{SourceRequirement, SourceRequirement::*};

	const POOL: SourceRequirement = Renewable;

	/// `PRODUCER`'s meter delivered `wh` into the renewable pool of `S`.
	fn into_pool(wh: u64) {
		TsmOrigin::delivered(Delivery {
			slot: S,
			from: Some((&PRODUCER, &METER_A)),
			to: None,
			via: DeliveredVia::Pool(Some(POOL)),
			wh,
		});
	}

	/// `buyer` got `wh` of the renewable pool's delivered energy.
	fn credited(buyer: AccountId, meter: AccountId, wh: u64) {
		TsmOrigin::delivered(Delivery {
			slot: S,
			from: None,
			to: Some((&buyer, &meter)),
			via: DeliveredVia::Pool(Some(POOL)),
			wh,
		});
	}

	fn draw(who: AccountId, id: CertificateId, wh: u64) -> sp_runtime::DispatchResult {
		TsmOrigin::draw_from_pool(signed(who), S, POOL, id, wh)
	}

	#[test]
	fn a_sale_into_a_certified_pool_moves_its_delivered_volume_for_the_pools_buyers() {
		build_and_execute(|| {
			let id = issued();
			let pool = TsmOrigin::pool_account(S, POOL);
			into_pool(1_500);
			assert_eq!(holding(PRODUCER, id).balance, 500);
			assert_eq!(holding(pool, id).balance, 1_500);
			assert!(events().contains(&Event::MovedIntoPool {
				certificate: id,
				slot: S,
				pool: POOL,
				from: PRODUCER,
				wh: 1_500
			}));
			credited(BUYER, METER_C, 1_000);
			credited(BUYER_D, METER_D, 400);
			assert_eq!(PoolShares::<Test>::get((S, POOL, BUYER)), 1_000);
			assert_ok!(draw(BUYER, id, 600));
			assert_ok!(draw(BUYER, id, 400));
			assert!(!PoolShares::<Test>::contains_key((S, POOL, BUYER)), "a drawn share goes");
			assert_eq!(holding(BUYER, id).balance, 1_000);
			assert_ok!(draw(BUYER_D, id, 400));
			// 100 Wh stay in the pool: rounding and buyers' shortfalls.
			assert_eq!(holding(pool, id).balance, 100);
			let history: Vec<_> =
				TsmOrigin::history(id, 0, 10).into_iter().map(|i| i.entry).collect();
			assert_eq!(
				history[1],
				HistoryEntry::IntoPool { from: PRODUCER, pool: POOL, wh: 1_500 }
			);
			assert_eq!(history[2], HistoryEntry::FromPool { to: BUYER, pool: POOL, wh: 600 });
			// What a buyer drew it may retire against its own consumption.
			read(METER_C, S, 0, 1_000);
			assert_ok!(TsmOrigin::retire(signed(BUYER), id, 1_000, METER_C, BUYER, purpose()));
		});
	}

	#[test]
	fn nobody_draws_beyond_its_share_nor_from_another_slot_or_pool() {
		build_and_execute(|| {
			let id = issued();
			into_pool(1_500);
			credited(BUYER, METER_C, 1_000);
			// No share at all, more than the share, nothing at all.
			assert_noop!(draw(OUTSIDER, id, 100), Error::<Test>::BeyondPoolShare);
			assert_noop!(draw(BUYER, id, 1_001), Error::<Test>::BeyondPoolShare);
			assert_noop!(draw(BUYER, id, 0), Error::<Test>::BelowMinimum);
			// Dust draws would split the history.
			assert_noop!(draw(BUYER, id, MIN_TRANSFER - 1), Error::<Test>::BelowMinimum);
			assert_noop!(draw(BUYER, 9, 100), Error::<Test>::UnknownCertificate);
			// A certificate of another slot is never in this slot's pool.
			read(METER_A, S + 1, 1_000, 0);
			at(S + 2, 0);
			assert_ok!(TsmOrigin::issue(signed(BUYER), METER_A, S + 1));
			assert_noop!(draw(BUYER, 1, 100), Error::<Test>::NotInPool);
			// (Another pool of the slot has another account: the runtime's
			// story checks it, the mock's 8-byte accounts cannot tell them
			// apart.)
			// A revoked certificate moves no more.
			assert_ok!(TsmOrigin::revoke_certificate(signed(ISSUER), id));
			assert_noop!(draw(BUYER, id, 100), Error::<Test>::CertificateRevoked);
		});
	}

	#[test]
	fn a_pool_sale_without_live_volume_is_reported_and_the_open_pool_moves_nothing() {
		build_and_execute(|| {
			let id = issued();
			assert_ok!(TsmOrigin::transfer(signed(PRODUCER), id, BUYER_D, 1_800));
			into_pool(500);
			assert_eq!(holding(TsmOrigin::pool_account(S, POOL), id).balance, 200);
			assert!(events().contains(&Event::PoolDeliveryUncovered {
				slot: S,
				pool: POOL,
				meter: METER_A,
				wh: 300
			}));
			// A buyer of the open pool is credited nothing.
			TsmOrigin::delivered(Delivery {
				slot: S,
				from: None,
				to: Some((&BUYER, &METER_C)),
				via: DeliveredVia::Pool(None),
				wh: 500,
			});
			assert_eq!(PoolShares::<Test>::iter().count(), 0);
		});
	}

	#[test]
	fn an_undrawn_share_is_removed_only_after_the_records_retention() {
		build_and_execute(|| {
			let _ = issued();
			into_pool(1_000);
			credited(BUYER, METER_C, 1_000);
			let remove = || TsmOrigin::remove_pool_share(signed(OUTSIDER), S, POOL, BUYER);
			assert_noop!(remove(), Error::<Test>::Retained);
			at(S + 1, MAX_LIFETIME + RETENTION);
			assert_noop!(
				TsmOrigin::remove_pool_share(signed(OUTSIDER), S, POOL, BUYER_D),
				Error::<Test>::UnknownPoolShare
			);
			assert_ok!(remove());
			assert!(events().contains(&Event::PoolShareRemoved {
				slot: S,
				pool: POOL,
				buyer: BUYER,
				wh: 1_000
			}));
		});
	}
}
