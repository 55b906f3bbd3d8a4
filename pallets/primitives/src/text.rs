//! Byte strings (names, URLs, zones, purposes) as text in JSON.
//!
//! Mark a field `#[serde(with = "tsm_primitives::text")]`: UTF-8 bytes are
//! written as a JSON string, anything else as `0x…` hex; both read back.

use serde::{de::Error, Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer, B: AsRef<[u8]>>(
	bytes: &B,
	serializer: S,
) -> Result<S::Ok, S::Error> {
	match core::str::from_utf8(bytes.as_ref()) {
		Ok(text) => serializer.serialize_str(text),
		Err(_) => serializer.serialize_str(&format!("0x{}", hex_of(bytes.as_ref()))),
	}
}

pub fn deserialize<'de, D: Deserializer<'de>, B: TryFrom<Vec<u8>>>(
	deserializer: D,
) -> Result<B, D::Error> {
	let text = String::deserialize(deserializer)?;
	// Hex that is not UTF-8 was written as `0x…`; other text is its bytes.
	let bytes = match text.strip_prefix("0x").and_then(bytes_of) {
		Some(bytes) if core::str::from_utf8(&bytes).is_err() => bytes,
		_ => text.into_bytes(),
	};
	B::try_from(bytes).map_err(|_| D::Error::custom("too long"))
}

fn hex_of(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn bytes_of(hex: &str) -> Option<Vec<u8>> {
	if hex.len() % 2 != 0 {
		return None;
	}
	(0..hex.len())
		.step_by(2)
		.map(|i| hex.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
		.collect()
}

#[cfg(test)]
mod tests {
	#[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
	struct Named(#[serde(with = "super")] Vec<u8>);

	fn round_trip(bytes: &[u8], json: &str) {
		let named = Named(bytes.to_vec());
		assert_eq!(serde_json::to_string(&named).unwrap(), json);
		assert_eq!(serde_json::from_str::<Named>(json).unwrap(), named);
	}

	#[test]
	fn text_reads_as_text_and_other_bytes_as_hex() {
		round_trip(b"DE-LU", "\"DE-LU\"");
		round_trip(&[0xff, 0x00], "\"0xff00\"");
		// Text that merely looks like hex stays text.
		round_trip(b"0x41", "\"0x41\"");
	}
}
