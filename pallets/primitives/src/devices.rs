//! The kinds of device a participant registers (identity service); the
//! services that take a device's transactions tell them apart.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The kind of a device.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum DeviceKind {
	/// A smart energy meter (readings settle energy trades).
	SmartMeter,
	/// A network monitoring probe (measurements feed SLA assurance).
	MonitoringProbe,
	/// A small cell (radio site equipment).
	SmallCell,
	/// A gateway or other network equipment.
	Gateway,
}
