//! Externalities that count the storage a transaction touches: every access
//! goes to the real ones, and the distinct keys read and written are noted,
//! as the benchmarks count them (a key counts once; a read of a key the
//! transaction already wrote is not a database read; keys FRAME whitelists —
//! the block's own bookkeeping — are not counted).

use sp_core::storage::{ChildInfo, StateVersion, TrackedStorageKey};
use sp_externalities::{Extension, ExtensionStore, Externalities, MultiRemovalResults};
use std::{
	any::{Any, TypeId},
	collections::{BTreeMap, BTreeSet},
};

pub struct Counting<'a> {
	inner: &'a mut dyn Externalities,
	whitelist: &'a BTreeSet<Vec<u8>>,
	pub read: BTreeSet<Vec<u8>>,
	pub written: BTreeSet<Vec<u8>>,
}

impl<'a> Counting<'a> {
	pub fn new(inner: &'a mut dyn Externalities, whitelist: &'a BTreeSet<Vec<u8>>) -> Self {
		Counting { inner, whitelist, read: BTreeSet::new(), written: BTreeSet::new() }
	}

	/// Keys the block's bookkeeping touches every time, and the well-known
	/// `:…` keys, which live in the overlay (`:transaction_level:`,
	/// `:extrinsic_index`) or are read once per block (`:code`).
	fn uncounted(&self, key: &[u8]) -> bool {
		key.starts_with(b":") || self.whitelist.contains(key)
	}

	fn note_read(&mut self, key: &[u8]) {
		if !self.uncounted(key) && !self.written.contains(key) {
			self.read.insert(key.to_vec());
		}
	}

	fn note_write(&mut self, key: &[u8]) {
		if !self.uncounted(key) {
			self.written.insert(key.to_vec());
		}
	}
}

impl ExtensionStore for Counting<'_> {
	fn extension_by_type_id(&mut self, type_id: TypeId) -> Option<&mut dyn Any> {
		self.inner.extension_by_type_id(type_id)
	}

	fn register_extension_with_type_id(
		&mut self,
		type_id: TypeId,
		extension: Box<dyn Extension>,
	) -> Result<(), sp_externalities::Error> {
		self.inner.register_extension_with_type_id(type_id, extension)
	}

	fn deregister_extension_by_type_id(
		&mut self,
		type_id: TypeId,
	) -> Result<(), sp_externalities::Error> {
		self.inner.deregister_extension_by_type_id(type_id)
	}
}

impl Externalities for Counting<'_> {
	fn set_offchain_storage(&mut self, key: &[u8], value: Option<&[u8]>) {
		self.inner.set_offchain_storage(key, value)
	}

	fn storage(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.note_read(key);
		self.inner.storage(key)
	}

	fn storage_hash(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.note_read(key);
		self.inner.storage_hash(key)
	}

	fn exists_storage(&mut self, key: &[u8]) -> bool {
		self.note_read(key);
		self.inner.exists_storage(key)
	}

	fn child_storage_hash(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.child_storage_hash(child_info, key)
	}

	fn child_storage(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.child_storage(child_info, key)
	}

	// Iteration is counted by the values it reads (`storage`), as the
	// benchmarks' database does.
	fn next_storage_key(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.next_storage_key(key)
	}

	fn next_child_storage_key(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.next_child_storage_key(child_info, key)
	}

	fn kill_child_storage(
		&mut self,
		child_info: &ChildInfo,
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.inner.kill_child_storage(child_info, maybe_limit, maybe_cursor)
	}

	fn clear_prefix(
		&mut self,
		prefix: &[u8],
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		// Each key removed is a write; name them before they go.
		let mut key = prefix.to_vec();
		let mut removed = Vec::new();
		while let Some(next) = self.inner.next_storage_key(&key) {
			if !next.starts_with(prefix) || maybe_limit.is_some_and(|l| removed.len() >= l as usize)
			{
				break;
			}
			removed.push(next.clone());
			key = next;
		}
		for key in &removed {
			self.note_write(key);
		}
		self.inner.clear_prefix(prefix, maybe_limit, maybe_cursor)
	}

	fn clear_child_prefix(
		&mut self,
		child_info: &ChildInfo,
		prefix: &[u8],
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.inner.clear_child_prefix(child_info, prefix, maybe_limit, maybe_cursor)
	}

	fn place_storage(&mut self, key: Vec<u8>, value: Option<Vec<u8>>) {
		self.note_write(&key);
		self.inner.place_storage(key, value)
	}

	fn place_child_storage(
		&mut self,
		child_info: &ChildInfo,
		key: Vec<u8>,
		value: Option<Vec<u8>>,
	) {
		self.inner.place_child_storage(child_info, key, value)
	}

	fn storage_root(&mut self, state_version: StateVersion) -> Vec<u8> {
		self.inner.storage_root(state_version)
	}

	fn child_storage_root(
		&mut self,
		child_info: &ChildInfo,
		state_version: StateVersion,
	) -> Vec<u8> {
		self.inner.child_storage_root(child_info, state_version)
	}

	fn storage_append(&mut self, key: Vec<u8>, value: Vec<u8>) {
		self.note_write(&key);
		self.inner.storage_append(key, value)
	}

	fn storage_start_transaction(&mut self) {
		self.inner.storage_start_transaction()
	}

	fn storage_rollback_transaction(&mut self) -> Result<(), ()> {
		self.inner.storage_rollback_transaction()
	}

	fn storage_commit_transaction(&mut self) -> Result<(), ()> {
		self.inner.storage_commit_transaction()
	}

	fn wipe(&mut self) {
		self.inner.wipe()
	}

	fn commit(&mut self) {
		self.inner.commit()
	}

	fn read_write_count(&self) -> (u32, u32, u32, u32) {
		self.inner.read_write_count()
	}

	fn reset_read_write_count(&mut self) {
		self.inner.reset_read_write_count()
	}

	fn get_whitelist(&self) -> Vec<TrackedStorageKey> {
		self.inner.get_whitelist()
	}

	fn set_whitelist(&mut self, new: Vec<TrackedStorageKey>) {
		self.inner.set_whitelist(new)
	}

	fn get_read_and_written_keys(&self) -> Vec<(Vec<u8>, u32, u32, bool)> {
		self.inner.get_read_and_written_keys()
	}
}

/// Names storage keys (`Pallet.Item`) from the runtime's metadata, for
/// failure messages.
pub struct KeyNames(BTreeMap<Vec<u8>, String>);

impl KeyNames {
	pub fn new() -> KeyNames {
		use frame_support::__private::metadata::RuntimeMetadata;
		let mut names = BTreeMap::new();
		let RuntimeMetadata::V14(metadata) = tsm_runtime::Runtime::metadata().1 else {
			return KeyNames(names);
		};
		for storage in metadata.pallets.iter().filter_map(|p| p.storage.as_ref()) {
			for entry in &storage.entries {
				let prefix = [
					sp_io::hashing::twox_128(storage.prefix.as_bytes()),
					sp_io::hashing::twox_128(entry.name.as_bytes()),
				]
				.concat();
				names.insert(prefix, format!("{}.{}", storage.prefix, entry.name));
			}
		}
		KeyNames(names)
	}

	pub fn name(&self, key: &[u8]) -> String {
		key.get(..32)
			.and_then(|prefix| self.0.get(prefix))
			.cloned()
			.unwrap_or_else(|| format!("0x{}", hex_prefix(key)))
	}

	pub fn names<'a>(&self, keys: impl IntoIterator<Item = &'a Vec<u8>>) -> String {
		keys.into_iter().map(|key| self.name(key)).collect::<Vec<_>>().join(", ")
	}
}

fn hex_prefix(key: &[u8]) -> String {
	key.iter().take(16).map(|b| format!("{b:02x}")).collect()
}
