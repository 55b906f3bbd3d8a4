//! The marketplace and business settlement (`pallet_tsm_settlement`): offers,
//! agreements with escrow and bonds, usage and billing, inter-CSP netting.
//! Its windows and fee are governance's market parameters; disputes are
//! decided by the council's arbitration majority.

use super::{deposit, governance::ArbitrationOrigin};
use crate::{AccountId, Balances, BlockNumber, Runtime, RuntimeHoldReason, TsmIdentity};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Get},
	PalletId,
};
use pallet_tsm_governance::Parameters;
use sp_runtime::{traits::AccountIdConversion, Permill};

parameter_types! {
	/// An offer record with its coverage.
	pub const OfferDeposit: crate::Balance = deposit(2, 400);
	/// A settlement group member: its record, its charge limits and up to
	/// `MaxChargesPerMember` charges per period; it also secures what the
	/// member owes at netting.
	pub const GroupDeposit: crate::Balance = deposit(20, 64 * 120);
	/// Platform fees accrue to this account (spent by governance).
	pub const MarketPalletId: PalletId = PalletId(*b"tsm/mrkt");
	/// The account platform fees are paid to.
	pub MarketAccount: AccountId = MarketPalletId::get().into_account_truncating();
}

/// Declares a `Get` that reads one field of governance's market parameters.
macro_rules! market_parameter {
	($(#[$doc:meta])* $name:ident: $type:ty = $field:ident) => {
		$(#[$doc])*
		pub struct $name;
		impl Get<$type> for $name {
			fn get() -> $type {
				Parameters::<Runtime>::get().$field
			}
		}
	};
}

market_parameter!(
	/// Blocks a provider has to accept an order.
	OrderTimeout: BlockNumber = order_timeout
);
market_parameter!(
	/// Blocks after a billing period in which its usage may be reported.
	ReportingGrace: BlockNumber = reporting_grace
);
market_parameter!(
	/// Blocks after the reporting grace in which a period may be disputed.
	DisputeWindow: BlockNumber = dispute_window
);
market_parameter!(
	/// Blocks after a settlement period in which debtors dispute charges.
	NettingDisputeWindow: BlockNumber = netting_dispute_window
);
market_parameter!(
	/// The marketplace's share of provider payments.
	PlatformFee: Permill = platform_fee
);

impl pallet_tsm_settlement::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = TsmIdentity;
	type OrderTimeout = OrderTimeout;
	type ReportingGrace = ReportingGrace;
	type DisputeWindow = DisputeWindow;
	type PlatformFee = PlatformFee;
	type MarketAccount = MarketAccount;
	type ArbitrationOrigin = ArbitrationOrigin;
	type Devices = TsmIdentity;
	/// Offers whose SLA names a template are monitored; billed periods
	/// carry the penalty their verdict gives.
	type Assurance = crate::TsmAssurance;
	type NettingDisputeWindow = NettingDisputeWindow;
	type OfferDeposit = OfferDeposit;
	type MaxCells = ConstU32<64>;
	type MaxGeohashLength = ConstU32<12>;
	type MaxOffersPerProvider = ConstU32<64>;
	type MaxAgreementsPerAccount = ConstU32<256>;
	/// Ten years of monthly periods.
	type MaxTerm = ConstU32<120>;
	type MaxPendingOrders = ConstU32<16>;
	type MaxGroupMembers = ConstU32<16>;
	type MaxChargesPerMember = ConstU32<64>;
	type GroupDeposit = GroupDeposit;
	type WeightInfo = pallet_tsm_settlement::weights::SubstrateWeight<Runtime>;
}
