//! Amounts as decimal strings in JSON.
//!
//! A balance is a `u128`; JavaScript parses a JSON number into a float and
//! silently corrupts integers above 2^53 (about 9,007 TSM). Every amount
//! the `tsm*` JSON-RPC methods return is therefore written as a decimal
//! string: mark the field `#[serde(with = "amount")]` (with
//! `use tsm_primitives::amount;`). It reads back from a string or a number.
//!
//! The field's type may stay generic: the helpers need only `Serialize`
//! and `Deserialize` of it and turn whatever integer the type serializes
//! into text. Serde does not infer those bounds for a field it does not
//! (de)serialize itself, so a generic field also names them, with the
//! short aliases [`Ser`] and [`De`]:
//! `serde(with = "amount", bound(serialize = "Balance: Ser", deserialize = "Balance: De<'de>"))`.

use core::fmt;
use serde::{
	de::{self, IntoDeserializer},
	ser::{self, Impossible},
	Deserialize, Deserializer, Serialize, Serializer,
};

/// `Serialize`, under a short name for serde's `bound` attributes.
pub trait Ser: Serialize {}
impl<T: Serialize> Ser for T {}

/// `Deserialize<'de>`, under a short name for serde's `bound` attributes.
pub trait De<'de>: Deserialize<'de> {}
impl<'de, T: Deserialize<'de>> De<'de> for T {}

/// Writes `amount` as a decimal string.
pub fn serialize<T: Serialize, S: Serializer>(
	amount: &T,
	serializer: S,
) -> Result<S::Ok, S::Error> {
	amount.serialize(AsText(serializer))
}

/// Reads an amount from a decimal string (or a JSON number).
pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
	deserializer: D,
) -> Result<T, D::Error> {
	let amount = deserializer.deserialize_any(AmountVisitor)?;
	T::deserialize(amount.into_deserializer())
}

struct AmountVisitor;

impl<'de> de::Visitor<'de> for AmountVisitor {
	type Value = u128;

	fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
		f.write_str("an amount: a decimal string of an unsigned integer")
	}

	fn visit_str<E: de::Error>(self, text: &str) -> Result<u128, E> {
		text.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
	}

	fn visit_u64<E: de::Error>(self, number: u64) -> Result<u128, E> {
		Ok(number.into())
	}

	fn visit_u128<E: de::Error>(self, number: u128) -> Result<u128, E> {
		Ok(number)
	}
}

/// Serializes the integer a type serializes to as text; anything else is
/// an error (an amount is an integer).
struct AsText<S>(S);

macro_rules! integers_as_text {
	($($method:ident: $type:ty),*) => {
		$(fn $method(self, value: $type) -> Result<S::Ok, S::Error> {
			self.0.collect_str(&value)
		})*
	};
}

macro_rules! not_an_amount {
	($($method:ident($($arg:ty),*) -> $ok:ty),*) => {
		$(fn $method(self, $(_: $arg),*) -> Result<$ok, S::Error> {
			Err(ser::Error::custom("an amount is an unsigned integer"))
		})*
	};
}

impl<S: Serializer> Serializer for AsText<S> {
	type Ok = S::Ok;
	type Error = S::Error;
	type SerializeSeq = Impossible<S::Ok, S::Error>;
	type SerializeTuple = Impossible<S::Ok, S::Error>;
	type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
	type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
	type SerializeMap = Impossible<S::Ok, S::Error>;
	type SerializeStruct = Impossible<S::Ok, S::Error>;
	type SerializeStructVariant = Impossible<S::Ok, S::Error>;

	integers_as_text!(
		serialize_u8: u8,
		serialize_u16: u16,
		serialize_u32: u32,
		serialize_u64: u64,
		serialize_u128: u128,
		serialize_i8: i8,
		serialize_i16: i16,
		serialize_i32: i32,
		serialize_i64: i64,
		serialize_i128: i128
	);

	not_an_amount!(
		serialize_bool(bool) -> S::Ok,
		serialize_f32(f32) -> S::Ok,
		serialize_f64(f64) -> S::Ok,
		serialize_char(char) -> S::Ok,
		serialize_str(&str) -> S::Ok,
		serialize_bytes(&[u8]) -> S::Ok,
		serialize_none() -> S::Ok,
		serialize_unit() -> S::Ok,
		serialize_unit_struct(&'static str) -> S::Ok,
		serialize_unit_variant(&'static str, u32, &'static str) -> S::Ok,
		serialize_seq(Option<usize>) -> Self::SerializeSeq,
		serialize_tuple(usize) -> Self::SerializeTuple,
		serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
		serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
		serialize_map(Option<usize>) -> Self::SerializeMap,
		serialize_struct(&'static str, usize) -> Self::SerializeStruct,
		serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant
	);

	fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
		value.serialize(self)
	}

	fn serialize_newtype_struct<T: ?Sized + Serialize>(
		self,
		_: &'static str,
		value: &T,
	) -> Result<S::Ok, S::Error> {
		value.serialize(self)
	}

	fn serialize_newtype_variant<T: ?Sized + Serialize>(
		self,
		_: &'static str,
		_: u32,
		_: &'static str,
		_: &T,
	) -> Result<S::Ok, S::Error> {
		Err(ser::Error::custom("an amount is an unsigned integer"))
	}

	fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<S::Ok, S::Error> {
		self.0.collect_str(value)
	}
}

#[cfg(test)]
mod tests {
	#[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
	struct Bill<Balance> {
		#[serde(
			with = "super",
			bound(serialize = "Balance: super::Ser", deserialize = "Balance: super::De<'de>")
		)]
		total: Balance,
	}

	#[test]
	fn amounts_above_two_to_the_53_travel_exactly() {
		let bill = Bill { total: u128::MAX };
		let json = serde_json::to_string(&bill).unwrap();
		assert_eq!(json, r#"{"total":"340282366920938463463374607431768211455"}"#);
		assert_eq!(serde_json::from_str::<Bill<u128>>(&json).unwrap(), bill);
		// Numbers are read too; other text is refused.
		assert_eq!(
			serde_json::from_str::<Bill<u128>>(r#"{"total":7}"#).unwrap(),
			Bill { total: 7 }
		);
		assert!(serde_json::from_str::<Bill<u128>>(r#"{"total":"7 TSM"}"#).is_err());
		assert!(serde_json::from_str::<Bill<u128>>(r#"{"total":-1}"#).is_err());
	}
}
