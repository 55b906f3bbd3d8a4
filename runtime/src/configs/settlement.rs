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
	/// Platform fees accrue to this account (spent by governance).
	pub const MarketPalletId: PalletId = PalletId(*b"tsm/mrkt");
}

/// The account platform fees are paid to.
pub struct MarketAccount;
impl Get<AccountId> for MarketAccount {
	fn get() -> AccountId {
		MarketPalletId::get().into_account_truncating()
	}
}

/// Blocks a provider has to accept an order (governance parameter).
pub struct OrderTimeout;
impl Get<BlockNumber> for OrderTimeout {
	fn get() -> BlockNumber {
		Parameters::<Runtime>::get().order_timeout
	}
}

/// Blocks a consumer has to dispute usage (governance parameter).
pub struct DisputeWindow;
impl Get<BlockNumber> for DisputeWindow {
	fn get() -> BlockNumber {
		Parameters::<Runtime>::get().dispute_window
	}
}

/// Blocks members have to dispute a netting (governance parameter).
pub struct NettingDisputeWindow;
impl Get<BlockNumber> for NettingDisputeWindow {
	fn get() -> BlockNumber {
		Parameters::<Runtime>::get().netting_dispute_window
	}
}

/// The marketplace's share of provider payments (governance parameter).
pub struct PlatformFee;
impl Get<Permill> for PlatformFee {
	fn get() -> Permill {
		Parameters::<Runtime>::get().platform_fee
	}
}

impl pallet_tsm_settlement::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Roles = TsmIdentity;
	type OrderTimeout = OrderTimeout;
	type DisputeWindow = DisputeWindow;
	type PlatformFee = PlatformFee;
	type MarketAccount = MarketAccount;
	type ArbitrationOrigin = ArbitrationOrigin;
	type Devices = TsmIdentity;
	/// No assurance service yet: no period is penalised.
	type Penalties = ();
	type NettingDisputeWindow = NettingDisputeWindow;
	type OfferDeposit = OfferDeposit;
	type MaxCells = ConstU32<64>;
	type MaxGeohashLength = ConstU32<12>;
	type MaxOffersPerProvider = ConstU32<64>;
	type MaxAgreementsPerAccount = ConstU32<256>;
	/// Ten years of monthly periods.
	type MaxTerm = ConstU32<120>;
	type MaxGroupMembers = ConstU32<16>;
	type MaxChargesPerPeriod = ConstU32<1_000>;
	type WeightInfo = pallet_tsm_settlement::weights::SubstrateWeight<Runtime>;
}
