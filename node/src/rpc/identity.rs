//! `tsmIdentity_*`: the identity service's queries (the runtime API
//! `TsmIdentityApi`) as named JSON-RPC methods. Accounts are SS58 strings,
//! roles their names (e.g. `"SmallCellProvider"`); every method takes an
//! optional block hash and answers at the best block by default.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_tsm_identity::{
	runtime_api::{ParticipantDocument, TsmIdentityApi},
	CredentialInfo, DeviceInfo,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::{Ss58AddressFormat, Ss58Codec};
use tsm_primitives::{token::SS58_PREFIX, Role};
use tsm_runtime::{opaque::Block, AccountId, Balance};

use super::{BlockHash, RuntimeQueries};

/// A participant's document with its decentralised identifier.
#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DidDocument {
	/// `did:tsm:<SS58 address>`.
	pub id: String,
	#[serde(flatten)]
	pub document: ParticipantDocument<AccountId, Balance>,
}

/// The DID of an account.
pub fn did(who: &AccountId) -> String {
	format!("did:tsm:{}", who.to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX)))
}

#[rpc(server, namespace = "tsmIdentity")]
pub trait IdentityRpc {
	/// The DID document of `who` (active or deactivated), or null.
	#[method(name = "participant")]
	fn participant(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Option<DidDocument>>;

	/// Whether `who` holds `role` now.
	#[method(name = "hasRole")]
	fn has_role(&self, who: AccountId, role: Role, at: Option<BlockHash>) -> RpcResult<bool>;

	/// The roles `who` holds now.
	#[method(name = "rolesOf")]
	fn roles_of(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<Role>>;

	/// Every credential of `subject` on record, and whether each counts now.
	#[method(name = "credentialsOf")]
	fn credentials_of(
		&self,
		subject: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CredentialInfo<AccountId, Balance>>>;

	/// The roles `issuer` is accredited to credential.
	#[method(name = "issuerRoles")]
	fn issuer_roles(&self, issuer: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<Role>>;

	/// The devices `owner` owns.
	#[method(name = "devicesOf")]
	fn devices_of(
		&self,
		owner: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<DeviceInfo<AccountId, Balance>>>;

	/// The owner of the active device `device`, or null.
	#[method(name = "deviceOwner")]
	fn device_owner(
		&self,
		device: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<AccountId>>;
}

impl<C> IdentityRpcServer for RuntimeQueries<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TsmIdentityApi<Block, AccountId, Balance>,
{
	fn participant(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Option<DidDocument>> {
		let document = self.query(at, |api, at| api.participant(at, who.clone()))?;
		Ok(document.map(|document| DidDocument { id: did(&who), document }))
	}

	fn has_role(&self, who: AccountId, role: Role, at: Option<BlockHash>) -> RpcResult<bool> {
		self.query(at, |api, at| api.has_role(at, who, role))
	}

	fn roles_of(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<Role>> {
		self.query(at, |api, at| api.roles_of(at, who))
	}

	fn credentials_of(
		&self,
		subject: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CredentialInfo<AccountId, Balance>>> {
		self.query(at, |api, at| api.credentials_of(at, subject))
	}

	fn issuer_roles(&self, issuer: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<Role>> {
		self.query(at, |api, at| api.issuer_roles(at, issuer))
	}

	fn devices_of(
		&self,
		owner: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<DeviceInfo<AccountId, Balance>>> {
		self.query(at, |api, at| api.devices_of(at, owner))
	}

	fn device_owner(
		&self,
		device: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<AccountId>> {
		self.query(at, |api, at| api.device_owner(at, device))
	}
}
