//! The continuous market's books: per slot, side and [`Book`], price levels
//! of orders in time order and a bitmap of the non-empty levels. Every
//! operation here is O(1) in the book's depth and in its empty levels.

use crate::*;
use alloc::vec::Vec;
use tsm_primitives::{ids::SlotIndex, EnergySource};

/// A book's key: slot, side and book.
pub(crate) type BookKey = (SlotIndex, Side, Book);

/// The bitmaps a call touches, each read once and written back once.
#[derive(Default)]
pub(crate) struct Bitmaps {
	loaded: Vec<(BookKey, TickBitmap, bool)>,
}

impl Bitmaps {
	fn index<T: Config>(&mut self, key: BookKey) -> usize {
		match self.loaded.iter().position(|(k, _, _)| *k == key) {
			Some(index) => index,
			None => {
				self.loaded.push((key, LevelBitmaps::<T>::get(key).unwrap_or_default(), false));
				self.loaded.len() - 1
			}
		}
	}

	/// A book's bitmap, to read.
	fn read<T: Config>(&mut self, key: BookKey) -> &TickBitmap {
		let index = self.index::<T>(key);
		&self.loaded[index].1
	}

	/// A book's bitmap, to change.
	fn write<T: Config>(&mut self, key: BookKey) -> &mut TickBitmap {
		let index = self.index::<T>(key);
		self.loaded[index].2 = true;
		&mut self.loaded[index].1
	}

	/// Writes the changed bitmaps back (an empty one is removed).
	pub(crate) fn flush<T: Config>(self) {
		for (key, bitmap, dirty) in self.loaded {
			if !dirty {
				continue;
			}
			if bitmap.is_empty() {
				LevelBitmaps::<T>::remove(key);
			} else {
				LevelBitmaps::<T>::insert(key, bitmap);
			}
		}
	}
}

impl Side {
	/// The other side.
	pub fn opposite(self) -> Side {
		match self {
			Side::Sell => Side::Buy,
			Side::Buy => Side::Sell,
		}
	}
}

/// The books of the other side an order in `book` on `side` may trade with:
/// a buyer with no requirement takes every seller, one with a requirement
/// only sellers certified for it; a certified seller also serves the buyers
/// requiring its source.
pub(crate) fn matching_books(side: Side, book: Book) -> Vec<Book> {
	match (side, book) {
		(Side::Buy, Book::Any) => core::iter::once(Book::Any)
			.chain(EnergySource::ALL.into_iter().map(Book::Certified))
			.collect(),
		(Side::Buy, Book::Requires(requirement)) => EnergySource::ALL
			.into_iter()
			.filter(|source| requirement.accepts(*source))
			.map(Book::Certified)
			.collect(),
		(Side::Sell, Book::Certified(source)) => {
			let mut books = alloc::vec![Book::Any];
			books.extend(
				[
					tsm_primitives::SourceRequirement::Renewable,
					tsm_primitives::SourceRequirement::Only(source),
				]
				.into_iter()
				.filter(|requirement| requirement.accepts(source))
				.map(Book::Requires),
			);
			books
		}
		(Side::Sell, _) => alloc::vec![Book::Any],
		// A buyer never rests in a certified book.
		(Side::Buy, Book::Certified(_)) => Vec::new(),
	}
}

impl<T: Config> Pallet<T> {
	/// The best level of `side` among `books` of `slot`: the lowest limit
	/// for sellers, the highest for buyers; between books at the same tick,
	/// the one whose oldest order came first (order ids grow with time).
	pub(crate) fn best_level(
		bitmaps: &mut Bitmaps,
		slot: SlotIndex,
		side: Side,
		books: &[Book],
	) -> Option<(Book, Tick, Level)> {
		let mut best: Option<(Book, Tick)> = None;
		let mut tied: Vec<Book> = Vec::new();
		for book in books {
			let bitmap = bitmaps.read::<T>((slot, side, *book));
			let Some(tick) = (match side {
				Side::Sell => bitmap.lowest(),
				Side::Buy => bitmap.highest(),
			}) else {
				continue;
			};
			let better = match (side, best) {
				(_, None) => true,
				(Side::Sell, Some((_, current))) => tick < current,
				(Side::Buy, Some((_, current))) => tick > current,
			};
			if better {
				best = Some((*book, tick));
				tied.clear();
			} else if best.map(|(_, t)| t) == Some(tick) {
				tied.push(*book);
			}
		}
		let (book, tick) = best?;
		let mut chosen = (book, Levels::<T>::get((slot, side, book, tick))?);
		for other in tied {
			if let Some(level) = Levels::<T>::get((slot, side, other, tick)) {
				if level.head < chosen.1.head {
					chosen = (other, level);
				}
			}
		}
		Some((chosen.0, tick, chosen.1))
	}

	/// Puts order `id` at the back of its level (it trades after the orders
	/// already there) and stores it.
	pub(crate) fn rest(bitmaps: &mut Bitmaps, id: OrderId, mut order: OrderOf<T>) {
		let key = (order.slot, order.side, order.book, order.limit);
		let level = match Levels::<T>::get(key) {
			Some(mut level) => {
				Orders::<T>::mutate(level.tail, |tail| {
					if let Some(tail) = tail {
						tail.next = Some(id);
					}
				});
				order.prev = Some(level.tail);
				level.tail = id;
				level.wh = level.wh.saturating_add(order.wh);
				level.orders = level.orders.saturating_add(1);
				level
			}
			None => {
				bitmaps.write::<T>((order.slot, order.side, order.book)).set(order.limit);
				order.prev = None;
				Level { head: id, tail: id, wh: order.wh, orders: 1 }
			}
		};
		order.next = None;
		Levels::<T>::insert(key, level);
		Orders::<T>::insert(id, order);
	}

	/// Takes order `id` off its level (its remaining Wh leave the level's
	/// total); the order's own record is the caller's.
	pub(crate) fn unlink(bitmaps: &mut Bitmaps, id: OrderId, order: &OrderOf<T>) {
		let key = (order.slot, order.side, order.book, order.limit);
		let Some(mut level) = Levels::<T>::get(key) else { return };
		if let Some(prev) = order.prev {
			Orders::<T>::mutate(prev, |o| {
				if let Some(o) = o {
					o.next = order.next;
				}
			});
		}
		if let Some(next) = order.next {
			Orders::<T>::mutate(next, |o| {
				if let Some(o) = o {
					o.prev = order.prev;
				}
			});
		}
		level.orders = level.orders.saturating_sub(1);
		level.wh = level.wh.saturating_sub(order.wh);
		if level.orders == 0 {
			Levels::<T>::remove(key);
			bitmaps.write::<T>((order.slot, order.side, order.book)).clear(order.limit);
			return;
		}
		if level.head == id {
			level.head = order.next.unwrap_or(level.head);
		}
		if level.tail == id {
			level.tail = order.prev.unwrap_or(level.tail);
		}
		Levels::<T>::insert(key, level);
	}

	/// `wh` of a resting order traded: its level offers that much less.
	pub(crate) fn level_traded(order: &OrderOf<T>, wh: u64) {
		Levels::<T>::mutate((order.slot, order.side, order.book, order.limit), |level| {
			if let Some(level) = level {
				level.wh = level.wh.saturating_sub(wh);
			}
		});
	}
}
