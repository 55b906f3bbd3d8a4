//! Benchmarks: checking a report's two headers (two seal signatures, two
//! header hashes). The key-ownership proof and the offence handler are the
//! runtime's (`Config::ReportOverhead`).

use super::*;
use frame_benchmarking::v2::*;
use frame_system::pallet_prelude::HeaderFor;
use sp_consensus_aura::digests::CompatibleDigestItem;
use sp_runtime::{
	traits::{Hash, Header},
	Digest, DigestItem, RuntimeAppPublic,
};

/// A header naming `slot` on a parent made from `parent`, sealed by `key`.
fn sealed_header<T: Config>(key: &T::AuthorityId, slot: Slot, parent: u8) -> HeaderFor<T> {
	type Signature<T> = <<T as Config>::AuthorityId as RuntimeAppPublic>::Signature;
	let mut header = HeaderFor::<T>::new(
		1u32.into(),
		Default::default(),
		Default::default(),
		T::Hashing::hash(&[parent]),
		Digest {
			logs: alloc::vec![<DigestItem as CompatibleDigestItem<Signature<T>>>::aura_pre_digest(
				slot
			)],
		},
	);
	let signature = key.sign(&header.hash().as_ref()).expect("the benchmark keystore signs");
	header
		.digest_mut()
		.push(<DigestItem as CompatibleDigestItem<Signature<T>>>::aura_seal(signature));
	header
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn check_equivocation_proof() {
		let key = T::AuthorityId::generate_pair(None);
		let slot = Slot::from(42);
		let proof = EquivocationProof {
			offender: key.clone(),
			slot,
			first_header: sealed_header::<T>(&key, slot, 1),
			second_header: sealed_header::<T>(&key, slot, 2),
		};

		#[block]
		{
			assert!(crate::check_equivocation_proof(&proof).is_ok());
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
