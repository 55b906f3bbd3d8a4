//! Benchmarks of every call, each in its worst case: a position that opens
//! its slot's market, a reading that settles its owner's sale, a seller
//! that pays in a shortfall and collects with the platform fee; an order
//! that empties a level per fill and rests, in a book of `d` other orders
//! (the book-depth component: 10 to 10,000), a trade settled short.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate, MutateHold},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, UniqueSaturatedInto, Zero};
use tsm_primitives::{
	ids::SlotIndex, CertifiedSources, DeviceKind, DeviceRegistry, EnergySource, Role, RoleProvider,
	SourceRequirement,
};

/// Wh of every benchmark position.
const WH: u64 = 10_000;

/// A funded participant with `role` and a smart meter.
fn participant<T: Config>(name: &'static str, role: Role) -> (T::AccountId, T::AccountId) {
	let who: T::AccountId = account(name, 0, 0);
	let meter: T::AccountId = account(name, 1, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	T::Roles::grant_role_for_benchmarks(&who, role).expect("the role provider grants roles");
	T::Devices::register_for_benchmarks(&meter, &who, DeviceKind::SmartMeter)
		.expect("the registry registers devices");
	(who, meter)
}

/// A prosumer whose meter stands behind a certified solar device.
fn certified_seller<T: Config>(name: &'static str) -> (T::AccountId, T::AccountId) {
	let (seller, meter) = participant::<T>(name, Role::EnergyProsumer);
	T::CertifiedSources::certify_for_benchmarks(&meter, &seller, EnergySource::Solar);
	(seller, meter)
}

/// The clock a little into slot 100; returns the slot two ahead, open for
/// orders.
fn open_slot<T: Config>() -> SlotIndex {
	T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(100).saturating_add(1));
	// The pool keeps the existential deposit (the runtime's genesis funds it).
	let pool = Pallet::<T>::pool_account();
	let minimum = T::Currency::minimum_balance();
	if T::Currency::balance(&pool) < minimum {
		T::Currency::set_balance(&pool, minimum);
	}
	102
}

/// Moves the clock past `slot`'s reading window.
fn after_readings<T: Config>(slot: SlotIndex) {
	T::BenchmarkHelper::set_time(
		Pallet::<T>::slot_start(slot + 1).saturating_add(Timing::<T>::get().reading_window),
	);
}

/// A certified seller with a position of `WH` and a buyer of half of it in
/// `slot`'s pool of renewable energy.
fn traded<T: Config>(slot: SlotIndex) -> (T::AccountId, T::AccountId, T::AccountId) {
	let (seller, meter) = certified_seller::<T>("seller");
	let (buyer, buyer_meter) = participant::<T>("buyer", Role::EnergyConsumer);
	let pool = Some(SourceRequirement::Renewable);
	Pallet::<T>::do_open_position(seller.clone(), slot, pool, meter.clone(), WH, Side::Sell)
		.expect("offers");
	Pallet::<T>::do_open_position(buyer.clone(), slot, pool, buyer_meter, WH / 2, Side::Buy)
		.expect("requests");
	(seller, meter, buyer)
}

/// The ticks the band allows: (lowest, highest).
fn band_ticks<T: Config>() -> (Tick, Tick) {
	let (floor, cap) = T::PriceBand::get();
	let size = T::TickSize::get();
	let (floor, cap, size): (u128, u128, u128) =
		(floor.unique_saturated_into(), cap.unique_saturated_into(), size.unique_saturated_into());
	let lowest = floor.div_ceil(size);
	let highest = cap / size;
	((lowest as Tick).max(1), (highest.min(MAX_TICKS as u128)) as Tick)
}

/// Puts an order straight on the book (holding its collateral or escrow
/// as placing it would); returns its id.
fn resting<T: Config>(
	owner: &T::AccountId,
	meter: &T::AccountId,
	side: Side,
	tick: Tick,
	wh: u64,
) -> OrderId {
	resting_order::<T>(owner, meter, side, tick, wh, true)
}

/// Puts an order straight on the book, holding nothing unless `hold`.
fn resting_order<T: Config>(
	owner: &T::AccountId,
	meter: &T::AccountId,
	side: Side,
	tick: Tick,
	wh: u64,
	hold: bool,
) -> OrderId {
	let held: BalanceOf<T> = if hold {
		let value = Pallet::<T>::value(wh, Pallet::<T>::tick_price(tick)).expect("no overflow");
		let held = match side {
			Side::Buy => value,
			Side::Sell => T::Collateral::get().mul_ceil(value),
		};
		T::Currency::hold(&Pallet::<T>::reason(side).into(), owner, held).expect("funded");
		held
	} else {
		Zero::zero()
	};
	let id = take_id::<NextOrderId<T>>();
	OrdersOf::<T>::insert(owner, id, ());
	let order = Order {
		slot: 102,
		side,
		book: Book::Any,
		owner: owner.clone(),
		meter: meter.clone(),
		preferred: tick,
		limit: tick,
		wh,
		placed_wh: wh,
		held,
		prev: None,
		next: None,
	};
	let mut bitmaps = book::Bitmaps::default();
	Pallet::<T>::rest(&mut bitmaps, id, order);
	bitmaps.flush::<T>();
	id
}

/// `d` sales resting above `above` (spread over the band's ticks), which
/// no buyer up to `above` reaches.
fn deep_book<T: Config>(d: u32, above: Tick) {
	let (depth, meter) = participant::<T>("depth", Role::EnergyProsumer);
	let (_, highest) = band_ticks::<T>();
	let span = highest.saturating_sub(above).max(1);
	for i in 0..d {
		resting_order::<T>(&depth, &meter, Side::Sell, above + 1 + i % span, WH, false);
	}
}

/// `f` sales of `WH` at `f` ticks from the band's lowest, by `f` sellers.
fn crossing_sales<T: Config>(f: u32) -> Tick {
	let (lowest, _) = band_ticks::<T>();
	for i in 0..f {
		let seller: T::AccountId = account("crossing", i, 0);
		let meter: T::AccountId = account("crossing meter", i, 0);
		T::Currency::set_balance(&seller, BalanceOf::<T>::max_value() / 1_000_000u32.into());
		resting::<T>(&seller, &meter, Side::Sell, lowest + i, WH);
	}
	lowest + T::MaxFills::get()
}

/// Auction terms for slot 102 from the band's lowest tick: bids end at gate
/// closure (sealed: reveals do; bids half a minute before).
fn auction_terms<T: Config>(kind: AuctionKind) -> AuctionTerms {
	let (lowest, _) = band_ticks::<T>();
	let gate = Pallet::<T>::gate_closure(102);
	let sealed = kind.is_sealed();
	AuctionTerms {
		kind,
		slot: 102,
		wh: WH,
		start: if kind == AuctionKind::Forward { lowest } else { lowest + 10 },
		reserve: lowest,
		increment: 1,
		ends: if sealed { gate - 30_000 } else { gate },
		extension: 60_000,
		reveal_ends: gate,
		require: Some(SourceRequirement::Renewable),
	}
}

/// An auction of `kind` in slot 102 requiring renewable energy (the clock
/// set for it): a certified seller's lot, or a buyer's.
fn auction<T: Config>(kind: AuctionKind) -> AuctionId {
	let _ = open_slot::<T>();
	let (owner, meter) = match kind.owner_side() {
		Side::Sell => certified_seller::<T>("seller"),
		Side::Buy => participant::<T>("buyer", Role::EnergyConsumer),
	};
	Pallet::<T>::do_create_auction(owner, meter, auction_terms::<T>(kind)).expect("opens")
}

/// A bidder's sealed bid at `price` ticks above the reserve.
fn committed<T: Config>(id: AuctionId, name: &'static str, above: Tick) -> (T::AccountId, Tick) {
	let (bidder, meter) = participant::<T>(name, Role::EnergyConsumer);
	let price = band_ticks::<T>().0 + above;
	let hash = Pallet::<T>::commitment_hash(id, &bidder, price, WH, &[1; 32]);
	Pallet::<T>::do_commit_bid(bidder.clone(), id, meter, hash).expect("commits");
	(bidder, price)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Into a certified pool: the meter's source is checked.
	#[benchmark]
	fn offer_energy() {
		let slot = open_slot::<T>();
		let (seller, meter) = certified_seller::<T>("seller");
		let pool = Some(SourceRequirement::Renewable);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller.clone()), slot, pool, meter, WH);
		assert!(Positions::<T>::contains_key(slot, &seller));
	}

	/// A buyer credentialed as a prosumer: both role checks run.
	#[benchmark]
	fn request_energy() {
		let slot = open_slot::<T>();
		let (buyer, meter) = participant::<T>("buyer", Role::EnergyProsumer);
		let pool = Some(SourceRequirement::Renewable);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), slot, pool, meter, WH);
		assert!(Positions::<T>::contains_key(slot, &buyer));
	}

	#[benchmark]
	fn cancel_position() {
		let slot = open_slot::<T>();
		let (_, _, buyer) = traded::<T>(slot);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), slot);
		assert!(!Positions::<T>::contains_key(slot, &buyer));
	}

	/// The meter of a seller: its delivery counts into the slot.
	#[benchmark]
	fn submit_reading() {
		let slot = open_slot::<T>();
		let (seller, meter, _) = traded::<T>(slot);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		#[extrinsic_call]
		_(RawOrigin::Signed(meter), slot, WH / 4, 0);
		assert_eq!(Positions::<T>::get(slot, &seller).expect("kept").delivered, WH / 4);
	}

	#[benchmark]
	fn remove_reading() {
		let slot = open_slot::<T>();
		let (_, meter) = participant::<T>("seller", Role::EnergyProsumer);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter.clone(), slot, WH, 0).expect("reads");
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(
			slot + T::ReadingRetention::get() + 1,
		));
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), meter.clone(), slot);
		assert!(!Readings::<T>::contains_key(&meter, slot));
	}

	/// A seller that delivered half its fill pays in its forfeit.
	#[benchmark]
	fn settle_position() {
		let slot = open_slot::<T>();
		let (seller, meter, _) = traded::<T>(slot);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter, slot, WH / 4, 0).expect("reads");
		after_readings::<T>(slot);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), slot, seller.clone());
		let position = Positions::<T>::get(slot, &seller).expect("kept");
		assert_eq!(position.status, PositionStatus::Settled);
	}

	/// The seller collects its pay less the fee, once both paid in.
	#[benchmark]
	fn collect_position() {
		let slot = open_slot::<T>();
		let (seller, meter, buyer) = traded::<T>(slot);
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter, slot, WH / 4, 0).expect("reads");
		after_readings::<T>(slot);
		Pallet::<T>::do_settle(slot, seller.clone()).expect("pays in");
		Pallet::<T>::do_settle(slot, buyer).expect("pays in");
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		settle_position(RawOrigin::Signed(caller), slot, seller.clone());
		assert!(!Positions::<T>::contains_key(slot, &seller));
	}

	/// A buyer taking no particular source (it searches every seller book)
	/// fills `f` sales, each the last of its level, and rests the rest, in
	/// a book `d` orders deep.
	#[benchmark]
	fn place_order(d: Linear<10, 10_000>, f: Linear<0, { T::MaxFills::get() }>) {
		let slot = open_slot::<T>();
		let limit = crossing_sales::<T>(f);
		deep_book::<T>(d, limit);
		let (buyer, meter) = participant::<T>("buyer", Role::EnergyConsumer);
		let wh = WH * (f as u64 + 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), slot, Side::Buy, meter, wh, limit, limit, None);
		assert_eq!(NextTradeId::<T>::get(), f as u64);
		assert!(OrdersOf::<T>::iter_prefix(&buyer).next().is_some(), "the rest rests");
	}

	/// The middle order of a level, in a book `d` orders deep.
	#[benchmark]
	fn cancel_order(d: Linear<10, 10_000>) {
		let _ = open_slot::<T>();
		let (lowest, _) = band_ticks::<T>();
		let (buyer, meter) = participant::<T>("buyer", Role::EnergyConsumer);
		resting::<T>(&buyer, &meter, Side::Buy, lowest, WH);
		let middle = resting::<T>(&buyer, &meter, Side::Buy, lowest, WH);
		resting::<T>(&buyer, &meter, Side::Buy, lowest, WH);
		deep_book::<T>(d, lowest);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), middle);
		assert!(!Orders::<T>::contains_key(middle));
	}

	/// A resting buyer crossing `f` sales fills them and still rests.
	#[benchmark]
	fn match_order(f: Linear<1, { T::MaxFills::get() }>) {
		let _ = open_slot::<T>();
		let (buyer, meter) = participant::<T>("buyer", Role::EnergyConsumer);
		let (lowest, _) = band_ticks::<T>();
		// It asks for more than the sales offer.
		let wh = WH * (f as u64 + 1);
		let order = resting::<T>(&buyer, &meter, Side::Buy, lowest + T::MaxFills::get(), wh);
		crossing_sales::<T>(f);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), order);
		assert_eq!(NextTradeId::<T>::get(), f as u64);
	}

	/// The second of a meter's two trades, delivered in part: the seller is
	/// paid, the fee taken, the buyer compensated, both holds released.
	#[benchmark]
	fn settle_trade() {
		let slot = open_slot::<T>();
		let (seller, meter) = participant::<T>("seller", Role::EnergyProsumer);
		let (lowest, _) = band_ticks::<T>();
		Pallet::<T>::do_place_order(
			seller,
			orders::OrderRequest {
				slot,
				side: Side::Sell,
				meter: meter.clone(),
				wh: 2 * WH,
				preferred: lowest,
				limit: lowest,
				requirement: None,
			},
		)
		.expect("places");
		for name in ["buyer", "second buyer"] {
			let (buyer, buyer_meter) = participant::<T>(name, Role::EnergyConsumer);
			Pallet::<T>::do_place_order(
				buyer,
				orders::OrderRequest {
					slot,
					side: Side::Buy,
					meter: buyer_meter,
					wh: WH,
					preferred: lowest,
					limit: lowest,
					requirement: None,
				},
			)
			.expect("places");
		}
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(slot + 1));
		Pallet::<T>::do_submit_reading(meter, slot, WH + WH / 2, 0).expect("reads");
		after_readings::<T>(slot);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 1);
		assert!(matches!(
			Trades::<T>::get(1).expect("kept").status,
			TradeStatus::Settled { delivered, .. } if delivered == WH / 2
		));
	}

	#[benchmark]
	fn remove_trade() {
		let slot = open_slot::<T>();
		let (seller, meter) = participant::<T>("seller", Role::EnergyProsumer);
		let (buyer, buyer_meter) = participant::<T>("buyer", Role::EnergyConsumer);
		let (lowest, _) = band_ticks::<T>();
		for (who, side, meter) in [(seller, Side::Sell, meter), (buyer, Side::Buy, buyer_meter)] {
			Pallet::<T>::do_place_order(
				who,
				orders::OrderRequest {
					slot,
					side,
					meter,
					wh: WH,
					preferred: lowest,
					limit: lowest,
					requirement: None,
				},
			)
			.expect("places");
		}
		after_readings::<T>(slot);
		Pallet::<T>::do_settle_trade(0).expect("settles");
		T::BenchmarkHelper::set_time(Pallet::<T>::slot_start(
			slot + T::ReadingRetention::get() + 1,
		));
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 0);
		assert!(!Trades::<T>::contains_key(0));
	}

	#[benchmark]
	fn create_auction() {
		let _ = open_slot::<T>();
		let (seller, meter) = certified_seller::<T>("seller");
		let terms = auction_terms::<T>(AuctionKind::Forward);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), meter, terms);
		assert!(Auctions::<T>::contains_key(0));
	}

	/// A certified seller's ask in a buyer's auction requiring renewable
	/// energy that beats another near the end: the other is refunded and
	/// the end moves.
	#[benchmark]
	fn bid() {
		let id = auction::<T>(AuctionKind::Reverse);
		let (first, first_meter) = certified_seller::<T>("first");
		let start = auction_terms::<T>(AuctionKind::Reverse).start;
		Pallet::<T>::do_bid(first, id, first_meter, start).expect("asks");
		let (second, meter) = certified_seller::<T>("second");
		T::BenchmarkHelper::set_time(auction_terms::<T>(AuctionKind::Reverse).ends - 1_000);
		#[extrinsic_call]
		_(RawOrigin::Signed(second.clone()), id, meter, start - 1);
		assert_eq!(Auctions::<T>::get(id).and_then(|a| a.best).map(|b| b.bidder), Some(second));
	}

	#[benchmark]
	fn commit_bid() {
		let id = auction::<T>(AuctionKind::SealedSecondPrice);
		let (bidder, meter) = participant::<T>("bidder", Role::EnergyProsumer);
		#[extrinsic_call]
		_(RawOrigin::Signed(bidder.clone()), id, meter, Default::default());
		assert!(Commitments::<T>::contains_key(id, &bidder));
	}

	/// A reveal that beats the best revealed bid, whose bond returns.
	#[benchmark]
	fn reveal_bid() {
		let id = auction::<T>(AuctionKind::SealedSecondPrice);
		let (first, first_price) = committed::<T>(id, "first", 1);
		let (second, price) = committed::<T>(id, "second", 2);
		T::BenchmarkHelper::set_time(auction_terms::<T>(AuctionKind::SealedSecondPrice).ends);
		Pallet::<T>::do_reveal_bid(first, id, first_price, [1; 32]).expect("reveals");
		#[extrinsic_call]
		_(RawOrigin::Signed(second.clone()), id, price, [1; 32]);
		assert_eq!(Auctions::<T>::get(id).and_then(|a| a.best).map(|b| b.bidder), Some(second));
	}

	/// A second-price auction with two revealed bids becomes a trade.
	#[benchmark]
	fn close_auction() {
		let id = auction::<T>(AuctionKind::SealedSecondPrice);
		let (first, first_price) = committed::<T>(id, "first", 1);
		let (second, price) = committed::<T>(id, "second", 2);
		let terms = auction_terms::<T>(AuctionKind::SealedSecondPrice);
		T::BenchmarkHelper::set_time(terms.ends);
		Pallet::<T>::do_reveal_bid(first, id, first_price, [1; 32]).expect("reveals");
		Pallet::<T>::do_reveal_bid(second, id, price, [1; 32]).expect("reveals");
		T::BenchmarkHelper::set_time(terms.reveal_ends);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(Trades::<T>::contains_key(0));
	}

	#[benchmark]
	fn forfeit_commitment() {
		let id = auction::<T>(AuctionKind::SealedFirstPrice);
		let (bidder, _) = committed::<T>(id, "bidder", 1);
		T::BenchmarkHelper::set_time(auction_terms::<T>(AuctionKind::SealedFirstPrice).reveal_ends);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, bidder.clone());
		assert!(!Commitments::<T>::contains_key(id, &bidder));
	}

	#[benchmark]
	fn cancel_auction() {
		let id = auction::<T>(AuctionKind::Forward);
		let owner = Auctions::<T>::get(id).expect("runs").owner;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);
		assert!(!Auctions::<T>::contains_key(id));
	}

	#[benchmark]
	fn set_timing() -> Result<(), BenchmarkError> {
		let origin =
			T::TimingOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let timing = SlotTiming { length: 60_000, gate_closure: 10_000, reading_window: 30_000 };
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, timing);
		assert_eq!(Timing::<T>::get(), timing);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
