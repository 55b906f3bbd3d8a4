//! Arbitrary runtime calls, generated from the runtime's own type
//! information: the generator walks `RuntimeCall`'s type (every pallet, every
//! call, every parameter type) and writes a SCALE encoding value by value,
//! then decodes it as a `RuntimeCall`. New calls and parameters are fuzzed
//! without a line changed here. Values lean towards what reaches deep code
//! paths: the run's accounts, small ids (the first objects created), ids
//! near the chain's clock (block numbers, energy slots, times), amounts
//! around real prices, lengths at and beyond the pallets' bounds — and the
//! ids and hashes the chain's events reported (an offer made, an order
//! placed, a certificate issued), read the same way from `RuntimeEvent`'s
//! type, so that later calls name objects that exist.

use crate::rng::Rng;
use codec::{Compact, Decode, DecodeLimit, Encode};
use scale_info::{form::PortableForm, PortableRegistry, Type, TypeDef, TypeDefPrimitive};
use std::collections::VecDeque;
use tsm_runtime::{token::UNIT, RuntimeCall, RuntimeEvent};

/// How deep calls may nest (a batch of a multisig of a call…).
const MAX_CALL_DEPTH: u32 = 3;
/// The decoder's own nesting limit, as the runtime's for extrinsics.
const MAX_DECODE_DEPTH: u32 = 256;

/// What the generated values draw on besides chance.
pub struct Context<'a> {
	/// The accounts of the run (raw `AccountId32` bytes).
	pub accounts: Vec<[u8; 32]>,
	/// Numbers the chain's state makes meaningful now: the block number, the
	/// current energy slot, the time (ms).
	pub clock: Vec<u64>,
	/// Numbers the latest events carried (ids, indices, amounts).
	pub numbers: &'a [u128],
	/// 32-byte values the latest events carried (proposal hashes, ids).
	pub hashes: &'a [[u8; 32]],
}

/// The numbers and hashes events carried, most recent last, each once.
/// Rings (the oldest dropped when full), laid out contiguously after each
/// block's harvest so that every draw borrows them instead of copying.
#[derive(Default)]
pub struct Seen {
	numbers: VecDeque<u128>,
	hashes: VecDeque<[u8; 32]>,
}

impl Seen {
	const NUMBERS: usize = 512;
	const HASHES: usize = 64;

	/// Lays both rings out contiguously (after a harvest).
	pub fn settle(&mut self) {
		self.numbers.make_contiguous();
		self.hashes.make_contiguous();
	}

	/// The numbers, oldest first (whole once settled).
	pub fn numbers(&self) -> &[u128] {
		self.numbers.as_slices().0
	}

	/// The hashes, oldest first (whole once settled).
	pub fn hashes(&self) -> &[[u8; 32]] {
		self.hashes.as_slices().0
	}

	fn number(&mut self, value: u128) {
		// 0 and 1 are drawn often anyway.
		if value > 1 && !self.numbers.contains(&value) {
			if self.numbers.len() == Self::NUMBERS {
				self.numbers.pop_front();
			}
			self.numbers.push_back(value);
		}
	}

	fn hash(&mut self, value: [u8; 32]) {
		if !self.hashes.contains(&value) {
			if self.hashes.len() == Self::HASHES {
				self.hashes.pop_front();
			}
			self.hashes.push_back(value);
		}
	}
}

/// Calls of which pallets the generator may write.
#[derive(Clone, Copy, PartialEq)]
pub enum Origin {
	/// A signed extrinsic: every pallet except the timestamp inherent.
	Signed,
	/// Root or the council: not `System` (it would replace the code or write
	/// raw storage, which no invariant survives), nor `Sudo`, nor the
	/// council's own membership (Root may set it directly, bypassing
	/// `tsmGovernance`'s checks: a known gap, see the README), nor Root's
	/// minting (`balances.forceSetBalance` up to `u128::MAX` saturates the
	/// total issuance, which FRAME allows).
	Privileged,
}

pub struct CallGenerator {
	registry: PortableRegistry,
	call_type: u32,
	event_type: u32,
}

/// Why a value could not be written (a type with no value, too deep).
struct Unwritable;

/// One call being written: the chance, what it draws on, for whom, and
/// the bytes so far.
struct Writer<'a> {
	rng: &'a mut Rng,
	context: &'a Context<'a>,
	origin: Origin,
	out: Vec<u8>,
}

impl CallGenerator {
	pub fn new() -> CallGenerator {
		let mut registry = scale_info::Registry::new();
		let call_type = registry.register_type(&scale_info::meta_type::<RuntimeCall>()).id;
		let event_type = registry.register_type(&scale_info::meta_type::<RuntimeEvent>()).id;
		CallGenerator { registry: registry.into(), call_type, event_type }
	}

	/// Notes the numbers and hashes in an encoded `RuntimeEvent`.
	pub fn harvest(&self, event: &[u8], seen: &mut Seen) {
		// An event the walk cannot read (none should) is skipped.
		let _ = self.read(self.event_type, &mut &event[..], seen);
	}

	/// Reads a value of type `id`, noting what it carries.
	fn read(&self, id: u32, input: &mut &[u8], seen: &mut Seen) -> Result<(), codec::Error> {
		let ty = self.resolve(id);
		// The run's accounts are known already.
		if ty.path.segments.last().is_some_and(|name| name == "AccountId32") {
			<[u8; 32]>::decode(input)?;
			return Ok(());
		}
		match &ty.type_def {
			TypeDef::Composite(composite) => {
				for field in &composite.fields {
					self.read(field.ty.id, input, seen)?;
				}
			}
			TypeDef::Variant(variant) => {
				let index = u8::decode(input)?;
				let chosen = variant
					.variants
					.iter()
					.find(|v| v.index == index)
					.ok_or("an unknown variant")?;
				for field in &chosen.fields {
					self.read(field.ty.id, input, seen)?;
				}
			}
			TypeDef::Sequence(sequence) => {
				let len = Compact::<u32>::decode(input)?.0;
				for _ in 0..len {
					self.read(sequence.type_param.id, input, seen)?;
				}
			}
			TypeDef::Array(array) if array.len == 32 && self.is_byte(array.type_param.id) => {
				seen.hash(<[u8; 32]>::decode(input)?);
			}
			TypeDef::Array(array) => {
				for _ in 0..array.len {
					self.read(array.type_param.id, input, seen)?;
				}
			}
			TypeDef::Tuple(tuple) => {
				for field in &tuple.fields {
					self.read(field.id, input, seen)?;
				}
			}
			TypeDef::Primitive(primitive) => match primitive {
				TypeDefPrimitive::Bool | TypeDefPrimitive::U8 | TypeDefPrimitive::I8 => {
					u8::decode(input)?;
				}
				TypeDefPrimitive::Char => {
					u32::decode(input)?;
				}
				TypeDefPrimitive::Str => {
					String::decode(input)?;
				}
				TypeDefPrimitive::U16 => seen.number(u16::decode(input)? as u128),
				TypeDefPrimitive::U32 => seen.number(u32::decode(input)? as u128),
				TypeDefPrimitive::U64 => seen.number(u64::decode(input)? as u128),
				TypeDefPrimitive::U128 => seen.number(u128::decode(input)?),
				TypeDefPrimitive::I16 => {
					i16::decode(input)?;
				}
				TypeDefPrimitive::I32 => {
					i32::decode(input)?;
				}
				TypeDefPrimitive::I64 => {
					i64::decode(input)?;
				}
				TypeDefPrimitive::I128 => {
					i128::decode(input)?;
				}
				TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => {
					<[u8; 32]>::decode(input)?;
				}
			},
			TypeDef::Compact(compact) => {
				let value = match self.compact_width(compact.type_param.id) {
					Some(1) => Compact::<u8>::decode(input)?.0 as u128,
					Some(2) => Compact::<u16>::decode(input)?.0 as u128,
					Some(4) => Compact::<u32>::decode(input)?.0 as u128,
					Some(8) => Compact::<u64>::decode(input)?.0 as u128,
					Some(_) => Compact::<u128>::decode(input)?.0,
					None => return Err("a compact of no number".into()),
				};
				seen.number(value);
			}
			TypeDef::BitSequence(_) => return Err("a bit sequence".into()),
		}
		Ok(())
	}

	fn is_byte(&self, id: u32) -> bool {
		matches!(self.resolve(id).type_def, TypeDef::Primitive(TypeDefPrimitive::U8))
	}

	/// A call for `origin`, or `None` when the written bytes do not decode
	/// (a bounded vector beyond its bound, an out-of-range ratio…): the
	/// caller draws again.
	pub fn call(&self, rng: &mut Rng, context: &Context, origin: Origin) -> Option<RuntimeCall> {
		let mut writer = Writer { rng, context, origin, out: Vec::new() };
		self.value(self.call_type, &mut writer, 0).ok()?;
		RuntimeCall::decode_all_with_depth_limit(MAX_DECODE_DEPTH, &mut &writer.out[..]).ok()
	}

	fn resolve(&self, id: u32) -> &Type<PortableForm> {
		self.registry.resolve(id).expect("the registry holds every type it refers to")
	}

	fn value(&self, id: u32, w: &mut Writer, depth: u32) -> Result<(), Unwritable> {
		let ty = self.resolve(id);
		let name = ty.path.segments.last().map(String::as_str).unwrap_or("");
		if id == self.call_type {
			return self.call_value(ty, w, depth);
		}
		// A forged origin (`utility.dispatchAs`, Root only) can claim anything,
		// a council vote of 2^32 members among them: Root's raw power, like
		// writing storage, which no invariant survives.
		if name == "OriginCaller" {
			return Err(Unwritable);
		}
		if name == "AccountId32" {
			let account = if w.rng.chance(95) {
				*w.rng.pick(&w.context.accounts)
			} else {
				w.rng.bytes(32).try_into().expect("32 bytes")
			};
			w.out.extend_from_slice(&account);
			return Ok(());
		}
		match &ty.type_def {
			TypeDef::Composite(composite) => {
				for field in &composite.fields {
					self.value(field.ty.id, w, depth)?;
				}
				Ok(())
			}
			TypeDef::Variant(variant) => {
				if variant.variants.is_empty() {
					return Err(Unwritable);
				}
				// Addresses are mostly plain account ids.
				let chosen = if name == "MultiAddress" && w.rng.chance(90) {
					&variant.variants[0]
				} else {
					w.rng.pick(&variant.variants)
				};
				// Root's override of a call's weight (`utility.withWeight`)
				// declares whatever it likes: nothing to check it against.
				if ty.path.segments.first().is_some_and(|s| s == "pallet_utility")
					&& chosen.name == "with_weight"
				{
					return Err(Unwritable);
				}
				w.out.push(chosen.index);
				for field in &chosen.fields {
					self.value(field.ty.id, w, depth)?;
				}
				Ok(())
			}
			TypeDef::Sequence(sequence) => {
				let element = sequence.type_param.id;
				let is_bytes = matches!(
					self.resolve(element).type_def,
					TypeDef::Primitive(TypeDefPrimitive::U8)
				);
				let len = if is_bytes {
					byte_length(w.rng)
				} else if depth >= MAX_CALL_DEPTH - 1 {
					0
				} else {
					*w.rng.pick(&[0, 1, 1, 2, 2, 3, 4, 8])
				};
				Compact(len as u32).encode_to(&mut w.out);
				if is_bytes {
					w.out.extend(w.rng.bytes(len));
				} else {
					for _ in 0..len {
						self.value(element, w, depth)?;
					}
				}
				Ok(())
			}
			TypeDef::Array(array)
				if array.len == 32
					&& self.is_byte(array.type_param.id)
					&& !w.context.hashes.is_empty()
					&& w.rng.chance(50) =>
			{
				let hash: [u8; 32] = *w.rng.pick(&w.context.hashes);
				w.out.extend_from_slice(&hash);
				Ok(())
			}
			TypeDef::Array(array) => {
				for _ in 0..array.len {
					self.value(array.type_param.id, w, depth)?;
				}
				Ok(())
			}
			TypeDef::Tuple(tuple) => {
				for field in &tuple.fields {
					self.value(field.id, w, depth)?;
				}
				Ok(())
			}
			TypeDef::Primitive(primitive) => {
				primitive_value(primitive, w.rng, w.context, &mut w.out);
				Ok(())
			}
			TypeDef::Compact(compact) => {
				let width = self.compact_width(compact.type_param.id).ok_or(Unwritable)?;
				let value = number(w.rng, w.context, width);
				match width {
					1 => Compact(value as u8).encode_to(&mut w.out),
					2 => Compact(value as u16).encode_to(&mut w.out),
					4 => Compact(value as u32).encode_to(&mut w.out),
					8 => Compact(value as u64).encode_to(&mut w.out),
					_ => Compact(value).encode_to(&mut w.out),
				}
				Ok(())
			}
			// No call takes bit sequences; an empty one is valid anywhere.
			TypeDef::BitSequence(_) => {
				Compact(0u32).encode_to(&mut w.out);
				Ok(())
			}
		}
	}

	/// A `RuntimeCall`: a pallet, then one of its calls. The runtime's TSM
	/// pallets are drawn more often than FRAME's.
	fn call_value(
		&self,
		ty: &Type<PortableForm>,
		w: &mut Writer,
		depth: u32,
	) -> Result<(), Unwritable> {
		if depth >= MAX_CALL_DEPTH {
			return Err(Unwritable);
		}
		let TypeDef::Variant(pallets) = &ty.type_def else { return Err(Unwritable) };
		let allowed: Vec<_> = pallets
			.variants
			.iter()
			.filter(|pallet| match pallet.name.as_str() {
				"Timestamp" => false,
				"System" | "Sudo" | "Council" | "CouncilMembership" | "Balances" => {
					w.origin == Origin::Signed
				}
				_ => true,
			})
			.flat_map(|pallet| {
				let weight = if pallet.name.starts_with("Tsm") { 4 } else { 1 };
				std::iter::repeat_n(pallet, weight)
			})
			.collect();
		let pallet = *w.rng.pick(&allowed);
		w.out.push(pallet.index);
		for field in &pallet.fields {
			self.value(field.ty.id, w, depth + 1)?;
		}
		Ok(())
	}

	/// The byte width of the number a `Compact` wraps (through single-field
	/// wrappers such as `Perbill`).
	fn compact_width(&self, id: u32) -> Option<u32> {
		match &self.resolve(id).type_def {
			TypeDef::Primitive(TypeDefPrimitive::U8) => Some(1),
			TypeDef::Primitive(TypeDefPrimitive::U16) => Some(2),
			TypeDef::Primitive(TypeDefPrimitive::U32) => Some(4),
			TypeDef::Primitive(TypeDefPrimitive::U64) => Some(8),
			TypeDef::Primitive(TypeDefPrimitive::U128) => Some(16),
			TypeDef::Composite(composite) if composite.fields.len() == 1 => {
				self.compact_width(composite.fields[0].ty.id)
			}
			_ => None,
		}
	}
}

/// The length of a byte string: mostly short, sometimes at or beyond the
/// pallets' bounds (names 64, documents 256…).
fn byte_length(rng: &mut Rng) -> usize {
	match rng.below(20) {
		0 => 0,
		1..=11 => rng.below(16) as usize,
		12..=16 => 16 + rng.below(48) as usize,
		17 | 18 => 64 + rng.below(200) as usize,
		_ => 250 + rng.below(300) as usize,
	}
}

/// A number of `width` bytes.
fn number(rng: &mut Rng, context: &Context, width: u32) -> u128 {
	let max = if width >= 16 { u128::MAX } else { (1u128 << (8 * width)) - 1 };
	if !context.numbers.is_empty() && rng.chance(25) {
		let seen = *rng.pick(&context.numbers);
		if seen <= max {
			return seen;
		}
	}
	let value = match rng.below(20) {
		0..=7 => rng.below(8) as u128,
		8..=10 => (*rng.pick(&context.clock) as u128).saturating_add(rng.below(4) as u128),
		11 => max,
		12 => 10u128.pow(rng.below(7) as u32 + 1),
		13..=15 if width >= 16 => UNIT.saturating_mul(rng.below(2_000) as u128) / 1_000,
		16 if width >= 16 => 1u128 << (60 + rng.below(68)),
		_ => rng.next_u64() as u128,
	};
	value.min(max)
}

fn primitive_value(
	primitive: &TypeDefPrimitive,
	rng: &mut Rng,
	context: &Context,
	out: &mut Vec<u8>,
) {
	match primitive {
		TypeDefPrimitive::Bool => rng.chance(50).encode_to(out),
		TypeDefPrimitive::Char => (b'a' + rng.below(26) as u8).encode_to(out),
		TypeDefPrimitive::Str => {
			let text: String =
				(0..byte_length(rng)).map(|_| (b'a' + rng.below(26) as u8) as char).collect();
			text.encode_to(out)
		}
		TypeDefPrimitive::U8 => (number(rng, context, 1) as u8).encode_to(out),
		TypeDefPrimitive::U16 => (number(rng, context, 2) as u16).encode_to(out),
		TypeDefPrimitive::U32 => (number(rng, context, 4) as u32).encode_to(out),
		TypeDefPrimitive::U64 => (number(rng, context, 8) as u64).encode_to(out),
		TypeDefPrimitive::U128 => number(rng, context, 16).encode_to(out),
		TypeDefPrimitive::I8 => (rng.next_u64() as i8).encode_to(out),
		TypeDefPrimitive::I16 => (rng.next_u64() as i16).encode_to(out),
		TypeDefPrimitive::I32 => (rng.next_u64() as i32).encode_to(out),
		TypeDefPrimitive::I64 => (rng.next_u64() as i64).encode_to(out),
		TypeDefPrimitive::I128 => ((rng.next_u64() as i64) as i128).encode_to(out),
		TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => out.extend(rng.bytes(32)),
	}
}
