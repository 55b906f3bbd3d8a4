//! The roles a participant of the marketplace can be credentialed for.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A role, held by a participant through a credential from an accredited issuer.
///
/// The identity service answers whether an account holds a role
/// ([`crate::RoleProvider`]); the other services gate their calls on it.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
// Serde also without `std`: genesis configs name roles, and the runtime
// builds its genesis from JSON.
#[derive(serde::Serialize, serde::Deserialize)]
pub enum Role {
	/// A mobile network operator (MNO): owns spectrum and a core network.
	NetworkOperator,
	/// A small cell provider: deploys and rents out small cells and sites.
	SmallCellProvider,
	/// A service provider: sells services (slices, edge compute, data) to consumers.
	ServiceProvider,
	/// A consumer or enterprise that buys telecom services.
	Consumer,
	/// A household or business that produces and consumes energy.
	EnergyProsumer,
	/// A consumer of energy only.
	EnergyConsumer,
	/// A regulator: sets regulated prices, audits.
	Regulator,
	/// An oracle that reports SLA measurements.
	MonitoringOracle,
	/// An operator of smart meters whose readings settle energy trades.
	MeterOperator,
	/// An arbitrator of marketplace disputes.
	Arbitrator,
	/// An issuing body of guarantees of origin: approves production
	/// devices and revokes certificates issued on fraudulent readings.
	IssuingBody,
}

impl Role {
	/// Every role, in declaration order.
	pub const ALL: [Role; 11] = [
		Role::NetworkOperator,
		Role::SmallCellProvider,
		Role::ServiceProvider,
		Role::Consumer,
		Role::EnergyProsumer,
		Role::EnergyConsumer,
		Role::Regulator,
		Role::MonitoringOracle,
		Role::MeterOperator,
		Role::Arbitrator,
		Role::IssuingBody,
	];
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn all_lists_every_role_once_in_encoding_order() {
		for (index, role) in Role::ALL.iter().enumerate() {
			assert_eq!(role.encode(), vec![index as u8]);
		}
		assert!(Role::decode(&mut &[Role::ALL.len() as u8][..]).is_err());
	}
}
