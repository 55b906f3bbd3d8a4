//! Assurance (`pallet_tsm_assurance`): SLA templates, oracle committees,
//! measurements and penalties. Settlement asks it for each billed period's
//! penalty; the council's arbitration majority slashes oracles.

use super::{deposit, governance::ArbitrationOrigin, settlement::MarketAccount};
use crate::{Balances, Runtime, RuntimeHoldReason, TsmIdentity};
use frame_support::{parameter_types, traits::ConstU32};
use tsm_primitives::token::UNIT;

parameter_types! {
	/// A template record: eight objectives, a curve of eight tiers.
	pub const TemplateDeposit: crate::Balance = deposit(1, 400);
	/// What an oracle puts at stake: slashing takes from it.
	pub const MinOracleBond: crate::Balance = 100 * UNIT;
}

impl pallet_tsm_assurance::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = TsmIdentity;
	type Devices = TsmIdentity;
	type ArbitrationOrigin = ArbitrationOrigin;
	type MarketAccount = MarketAccount;
	type TemplateDeposit = TemplateDeposit;
	type MinOracleBond = MinOracleBond;
	type MinCommittee = ConstU32<3>;
	type MaxCommittee = ConstU32<5>;
	/// A monthly period measured every 15 minutes fits (2 880 intervals).
	type MaxIntervalsPerPeriod = ConstU32<4_096>;
	type MaxTerm = <Runtime as pallet_tsm_settlement::Config>::MaxTerm;
	type WeightInfo = pallet_tsm_assurance::weights::SubstrateWeight<Runtime>;
}
