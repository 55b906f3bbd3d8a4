//! The runtime of the TSM consortium chain: a telecommunication services
//! marketplace (see `ARCHITECTURE.md` of the project).
//!
//! This crate composes FRAME's pallets (and, as they land, the TSM pallets)
//! into one state machine. Each pallet's configuration lives in its own file
//! under [`configs`]; the runtime APIs the node and apps call are in [`apis`];
//! the genesis presets (`development`, `local`, `consortium`) in
//! [`genesis_config_presets`].

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands to large types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;
use pallet_session::historical as pallet_session_historical;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use sp_runtime::{generic, traits::BlakeTwo256};
use sp_version::RuntimeVersion;

pub use tsm_primitives::{token, AccountId, Balance, BlockNumber, Hash, Moment, Nonce, Signature};

/// Types the node needs without knowing the runtime's extrinsic format, so
/// that it keeps syncing across runtime upgrades that change it.
pub mod opaque {
	use super::*;
	use alloc::vec::Vec;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// A block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// A block with opaque extrinsics.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;

	sp_runtime::impl_opaque_keys! {
		/// The keys a validator registers with `session.setKeys`: one to author
		/// blocks (Aura, sr25519) and one to vote on finality (GRANDPA, ed25519).
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
		}
	}
}
pub use opaque::SessionKeys;

/// Declares [`VERSION`] with `spec_version` `$spec` (the version macro
/// embeds it in the wasm and wants a plain number).
macro_rules! runtime_version {
	($spec:tt) => {
		/// The runtime's version. `spec_version` goes up with every change of
		/// behaviour; `transaction_version` whenever call indices or the
		/// transaction extensions change (wallets need to know).
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("tsm"),
			impl_name: alloc::borrow::Cow::Borrowed("tsm-node"),
			authoring_version: 1,
			spec_version: $spec,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 3,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "spec-version-bump"))]
runtime_version!(116);
// The upgrade test's target: this runtime, one version up.
#[cfg(feature = "spec-version-bump")]
runtime_version!(117);

/// Target block time. A small consortium of operators on good links can keep
/// 3-second slots; settlement and measurements land sooner than with 6.
///
/// Aura's slot duration cannot change once the chain runs.
pub const MILLI_SECS_PER_BLOCK: u64 = 3_000;
/// The Aura slot duration.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Time in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// An hour in blocks.
pub const HOURS: BlockNumber = MINUTES * 60;
/// A day in blocks.
pub const DAYS: BlockNumber = HOURS * 24;

/// An account holding less than this is removed (and its dust burnt).
pub const EXISTENTIAL_DEPOSIT: Balance = token::MILLI_UNIT;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// --- the chain itself ---
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	// --- consensus: validators come from session keys ---
	#[runtime::pallet_index(10)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(11)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(12)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(13)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(14)]
	pub type Historical = pallet_session_historical;
	#[runtime::pallet_index(15)]
	pub type AuraEquivocation = pallet_aura_equivocation;

	// --- the settlement token ---
	#[runtime::pallet_index(20)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(21)]
	pub type TransactionPayment = pallet_transaction_payment;

	// --- identity: display names and registrar judgements ---
	#[runtime::pallet_index(30)]
	pub type Identity = pallet_identity;
	// --- identity management: DID documents, devices, role credentials ---
	#[runtime::pallet_index(31)]
	pub type TsmIdentity = pallet_tsm_identity;

	// --- governance: the consortium council votes; what it decides ---
	#[runtime::pallet_index(50)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(51)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(52)]
	pub type TsmGovernance = pallet_tsm_governance;

	// --- business settlement: offers, agreements, billing, netting ---
	#[runtime::pallet_index(60)]
	pub type TsmSettlement = pallet_tsm_settlement;

	// --- assurance: SLA templates, oracle committees, penalties ---
	#[runtime::pallet_index(70)]
	pub type TsmAssurance = pallet_tsm_assurance;

	// --- P2P energy trading: slots, meter readings, markets, delivery ---
	#[runtime::pallet_index(80)]
	pub type TsmEnergy = pallet_tsm_energy;
	// --- guarantees of origin: devices, certificates, claims ---
	#[runtime::pallet_index(81)]
	pub type TsmOrigin = pallet_tsm_origin;

	// --- organisations act through batches and multisig accounts ---
	#[runtime::pallet_index(40)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(41)]
	pub type Multisig = pallet_multisig;

	// --- development only: the consortium network has no sudo key ---
	#[runtime::pallet_index(90)]
	pub type Sudo = pallet_sudo;
}

/// How transactions name accounts.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
/// A block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// A block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// What every signed transaction carries besides its call, checked in order.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	// Lets wallets prove the metadata they decoded the call with.
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// The extensions of a plain signed transaction: `nonce`, no tip, immortal,
/// no metadata hash. What a client signing without a wallet (the node's tests,
/// tools) sends; wallets build their own from the metadata.
pub fn tx_extension(nonce: Nonce) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(sp_runtime::generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

/// A transaction as it arrives.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// What a transaction's signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade, besides the pallets' own.
/// Each runs only while its pallet's storage is at the version it migrates
/// from, so a chain that already ran it skips it.
type Migrations = (
	pallet_tsm_governance::migrations::v1::MigrateToV1<Runtime>,
	pallet_tsm_governance::migrations::v2::MigrateToV2<Runtime>,
	pallet_tsm_settlement::migrations::v1::MigrateToV1<Runtime>,
	pallet_tsm_energy::migrations::v1::MigrateToV1<Runtime>,
);

/// Dispatches blocks and transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;
