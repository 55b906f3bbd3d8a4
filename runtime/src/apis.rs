//! The runtime APIs: what the node (block production, finality, the
//! transaction pool) and apps (over JSON-RPC) may ask of the runtime.

use crate::{
	genesis_config_presets, AccountId, Aura, Balance, Block, BlockNumber, CouncilMembership,
	Executive, Grandpa, Hash, InherentDataExt, Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig,
	Session, SessionKeys, System, TransactionPayment, TsmAssurance, TsmEnergy, TsmGovernance,
	TsmIdentity, TsmOrigin, TsmSettlement, VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	view_functions::ViewFunctionDispatchError,
	weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: sp_consensus_grandpa::AuthorityId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			// The proof names the current session; the node asks at a block
			// of the set the offence was committed in.
			crate::Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl pallet_aura_equivocation::runtime_api::AuraEquivocationApi<Block, AuraId> for Runtime {
		fn generate_key_ownership_proof(authority: AuraId) -> Option<Vec<u8>> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			use sp_runtime::RuntimeAppPublic;
			crate::Historical::prove((<AuraId as RuntimeAppPublic>::ID, authority))
				.map(|proof| proof.encode())
		}

		fn submit_report_unsigned(
			equivocation_proof: pallet_aura_equivocation::EquivocationProof<
				<Block as BlockT>::Header,
				AuraId,
			>,
			key_owner_proof: Vec<u8>,
		) -> Option<()> {
			use codec::Decode;
			let key_owner_proof = Decode::decode(&mut &key_owner_proof[..]).ok()?;
			crate::AuraEquivocation::submit_unsigned_report(equivocation_proof, key_owner_proof)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_tsm_identity::runtime_api::TsmIdentityApi<Block, AccountId, Balance> for Runtime {
		fn participant(
			who: AccountId,
		) -> Option<pallet_tsm_identity::runtime_api::ParticipantDocument<AccountId, Balance>> {
			TsmIdentity::participant_document(&who)
		}

		fn has_role(who: AccountId, role: tsm_primitives::Role) -> bool {
			TsmIdentity::credential_counts(&who, role)
		}

		fn roles_of(who: AccountId) -> Vec<tsm_primitives::Role> {
			TsmIdentity::roles_of(&who)
		}

		fn credentials_of(
			subject: AccountId,
		) -> Vec<pallet_tsm_identity::CredentialInfo<AccountId, Balance>> {
			TsmIdentity::credentials_of(&subject)
		}

		fn issuer_roles(issuer: AccountId) -> Vec<tsm_primitives::Role> {
			TsmIdentity::issuer_roles(&issuer)
		}

		fn devices_of(owner: AccountId) -> Vec<pallet_tsm_identity::DeviceInfo<AccountId, Balance>> {
			TsmIdentity::devices_of(&owner)
		}

		fn device_owner(device: AccountId) -> Option<AccountId> {
			<TsmIdentity as tsm_primitives::DeviceRegistry<AccountId>>::owner_of(&device)
		}
	}

	impl pallet_tsm_governance::runtime_api::TsmGovernanceApi<Block, AccountId, BlockNumber, Hash>
		for Runtime
	{
		fn members() -> Vec<AccountId> {
			<CouncilMembership as frame_support::traits::SortedMembers<AccountId>>::sorted_members()
		}

		fn proposals() -> Vec<pallet_tsm_governance::runtime_api::Proposal<AccountId, BlockNumber, Hash>> {
			crate::configs::governance::open_proposals()
		}

		fn validators() -> pallet_tsm_governance::runtime_api::ValidatorSet<AccountId> {
			TsmGovernance::validator_set(
				Session::current_index(),
				Session::validators(),
				Session::queued_keys().into_iter().map(|(who, _)| who).collect(),
			)
		}

		fn parameters() -> pallet_tsm_governance::MarketParameters<BlockNumber> {
			pallet_tsm_governance::Parameters::<Runtime>::get()
		}

		fn offenders() -> Vec<pallet_tsm_governance::runtime_api::Offender<AccountId, BlockNumber>> {
			TsmGovernance::offenders()
		}
	}

	impl pallet_tsm_settlement::runtime_api::TsmSettlementApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn offers(
			kind: Option<pallet_tsm_settlement::OfferKind>,
			provider: Option<AccountId>,
		) -> Vec<pallet_tsm_settlement::runtime_api::OfferInfo<AccountId, Balance, BlockNumber>> {
			TsmSettlement::offers(kind, provider)
		}

		fn agreements_of(
			who: AccountId,
		) -> Vec<pallet_tsm_settlement::runtime_api::AgreementInfo<AccountId, Balance, BlockNumber>> {
			TsmSettlement::agreements_of(&who)
		}

		fn bills(
			agreement: tsm_primitives::ids::AgreementId,
		) -> Vec<pallet_tsm_settlement::runtime_api::PeriodStatement<AccountId, Balance, BlockNumber>> {
			TsmSettlement::statements(agreement)
		}

		fn settlement_group(
			group: tsm_primitives::ids::SettlementGroupId,
		) -> Option<pallet_tsm_settlement::runtime_api::GroupInfo<AccountId, Balance, BlockNumber>> {
			TsmSettlement::group_info(group)
		}

		fn settlement_period(
			group: tsm_primitives::ids::SettlementGroupId,
			period: tsm_primitives::ids::PeriodIndex,
		) -> Option<
			pallet_tsm_settlement::runtime_api::SettlementPeriodInfo<AccountId, Balance, BlockNumber>,
		> {
			TsmSettlement::settlement_period_info(group, period)
		}
	}

	impl pallet_tsm_assurance::runtime_api::TsmAssuranceApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn templates(
		) -> Vec<pallet_tsm_assurance::runtime_api::TemplateInfo<AccountId, Balance, BlockNumber>> {
			TsmAssurance::templates()
		}

		fn template(
			sla: sp_core::H256,
		) -> Option<pallet_tsm_assurance::runtime_api::TemplateInfo<AccountId, Balance, BlockNumber>> {
			TsmAssurance::template(sla)
		}

		fn offer_monitoring(
			offer: tsm_primitives::ids::OfferId,
		) -> Option<pallet_tsm_assurance::runtime_api::OfferMonitoringInfo<AccountId>> {
			TsmAssurance::offer_monitoring(offer)
		}

		fn sla_status(
			agreement: tsm_primitives::ids::AgreementId,
		) -> Option<pallet_tsm_assurance::runtime_api::SlaStatus<AccountId, Balance, BlockNumber>> {
			TsmAssurance::sla_status(agreement)
		}

		fn period_reports(
			agreement: tsm_primitives::ids::AgreementId,
			period: tsm_primitives::ids::PeriodIndex,
		) -> Option<pallet_tsm_assurance::runtime_api::PeriodReports<AccountId>> {
			TsmAssurance::period_reports(agreement, period)
		}

		fn provider_reputation(
			provider: AccountId,
		) -> pallet_tsm_assurance::ProviderReputation<Balance> {
			TsmAssurance::provider_reputation(provider)
		}

		fn oracles() -> Vec<pallet_tsm_assurance::runtime_api::OracleInfo<AccountId, Balance>> {
			TsmAssurance::oracles()
		}
	}

	impl pallet_tsm_energy::runtime_api::TsmEnergyApi<Block, AccountId, Balance> for Runtime {
		fn clock() -> pallet_tsm_energy::runtime_api::ClockInfo {
			TsmEnergy::clock()
		}

		fn slot(
			slot: tsm_primitives::ids::SlotIndex,
		) -> Option<pallet_tsm_energy::runtime_api::SlotInfo<AccountId, Balance>> {
			TsmEnergy::slot_info(slot)
		}

		fn readings(
			meter: AccountId,
			from: tsm_primitives::ids::SlotIndex,
			to: tsm_primitives::ids::SlotIndex,
		) -> Vec<pallet_tsm_energy::runtime_api::ReadingInfo> {
			TsmEnergy::readings(meter, from, to)
		}

		fn book(
			slot: tsm_primitives::ids::SlotIndex,
		) -> Vec<pallet_tsm_energy::runtime_api::LevelInfo<Balance>> {
			TsmEnergy::book(slot)
		}

		fn orders(
			who: AccountId,
		) -> Vec<pallet_tsm_energy::runtime_api::OrderInfo<AccountId, Balance>> {
			TsmEnergy::orders_of(who)
		}

		fn trades(
			who: AccountId,
			from: pallet_tsm_energy::TradeId,
			limit: u32,
		) -> Vec<pallet_tsm_energy::runtime_api::TradeInfo<AccountId, Balance>> {
			TsmEnergy::trades_of(who, from, limit)
		}

		fn auctions(
			slot: tsm_primitives::ids::SlotIndex,
		) -> Vec<pallet_tsm_energy::runtime_api::AuctionInfo<AccountId, Balance>> {
			TsmEnergy::auctions_of_slot(slot)
		}
	}

	impl pallet_tsm_origin::runtime_api::TsmOriginApi<Block, AccountId> for Runtime {
		fn device(meter: AccountId) -> Option<pallet_tsm_origin::ProductionDevice<AccountId>> {
			pallet_tsm_origin::Devices::<Runtime>::get(meter)
		}

		fn certificate(
			id: pallet_tsm_origin::CertificateId,
		) -> Option<pallet_tsm_origin::runtime_api::CertificateInfo<AccountId>> {
			TsmOrigin::certificate_info(id)
		}

		fn certificate_of_reading(
			meter: AccountId,
			slot: tsm_primitives::ids::SlotIndex,
		) -> Option<pallet_tsm_origin::CertificateId> {
			pallet_tsm_origin::CertificateOfReading::<Runtime>::get(meter, slot)
		}

		fn certificates_of(
			who: AccountId,
			from: pallet_tsm_origin::CertificateId,
			limit: u32,
		) -> Vec<pallet_tsm_origin::runtime_api::HoldingInfo<AccountId>> {
			TsmOrigin::certificates_of(who, from, limit)
		}

		fn history(
			id: pallet_tsm_origin::CertificateId,
			from: u32,
			limit: u32,
		) -> Vec<pallet_tsm_origin::runtime_api::HistoryItem<AccountId>> {
			TsmOrigin::history(id, from, limit)
		}

		fn green_share(
			who: AccountId,
			from: tsm_primitives::ids::SlotIndex,
			count: u32,
		) -> pallet_tsm_origin::runtime_api::GreenShare {
			// The account's smart meters (identity service).
			let meters: Vec<AccountId> = TsmIdentity::devices_of(&who)
				.into_iter()
				.filter(|info| info.device.kind == tsm_primitives::DeviceKind::SmartMeter)
				.map(|info| info.account)
				.collect();
			TsmOrigin::green_share(&meters, from, count)
		}

		fn pool(
			slot: tsm_primitives::ids::SlotIndex,
			pool: tsm_primitives::SourceRequirement,
			who: AccountId,
		) -> pallet_tsm_origin::runtime_api::PoolView<AccountId> {
			TsmOrigin::pool_view(slot, pool, who)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			crate::benchmarks::metadata(extra)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			crate::benchmarks::dispatch(config)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select).unwrap()
		}
	}
}
