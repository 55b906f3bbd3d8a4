//! Storage migrations of the settlement pallet.

use crate::*;

/// Version 0 → 1: agreements fund each period as it begins and hold the
/// consumer's commitment; disputes stand on their own; consented
/// settlement groups.
///
/// - Agreements: `funded` is the period whose escrow the old record held
///   (the open period; for a suspended one the period before, for an ended
///   one its last, billed); ended ones count every period billed. They hold
///   no commitment and commit to no minimum term (a consumer's notice still
///   pays the termination fee from its free balance, as before). A notice
///   ends the agreement after the period that was open when it was given.
///   Pending orders are counted per consumer.
/// - Usage records lose their dispute, which moves to `PeriodDisputes`
///   (naming the consumer: the old record did not say who disputed).
///
/// - Groups: members become records with a deposit (none was held before:
///   zero) and no pending departure; nobody is invited.
/// - Charges: stored per creditor with a status (all `Recorded`). A creditor
///   that recorded more than `MaxChargesPerMember` charges in a period has
///   them merged into one charge per debtor (the sum, with the first
///   charge's evidence; the single charges stay in the chain's events), so
///   every netting stays what its charges net to.
/// - `PeriodGross` of every period not closed yet is the sum of its charges.
/// - Nettings record what was paid: a settled one paid every position in
///   full, the others nothing yet; no shortfalls.
///
/// No charge limits exist after it: charges recorded before the upgrade
/// stand (their debtors may dispute them until their period's review window
/// ends), new ones need the debtor's limit.
pub mod v1 {
	use super::*;
	use alloc::{collections::btree_map::BTreeMap, vec::Vec};
	use codec::{Decode, Encode};
	use frame_support::{
		pallet_prelude::*, storage_alias, traits::UncheckedOnRuntimeUpgrade, BoundedVec,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::Saturating;
	use tsm_primitives::ids::{PeriodIndex, SettlementGroupId};

	/// The version 0 records, as the old code wrote them.
	pub mod old {
		use super::*;

		/// A settlement group of version 0.
		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct SettlementGroup<AccountId, BlockNumber> {
			pub members: Vec<AccountId>,
			pub period_length: BlockNumber,
			pub period: PeriodIndex,
			pub period_start: BlockNumber,
		}

		/// A charge of version 0.
		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct Charge<AccountId, Balance> {
			pub creditor: AccountId,
			pub debtor: AccountId,
			pub amount: Balance,
			pub evidence: sp_core::H256,
		}

		/// A net position of version 0.
		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct NetPosition<AccountId, Balance> {
			pub member: AccountId,
			pub receive: Balance,
			pub pay: Balance,
		}

		/// An agreement of version 0.
		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct Agreement<AccountId, Balance, BlockNumber> {
			pub offer: tsm_primitives::ids::OfferId,
			pub provider: AccountId,
			pub consumer: AccountId,
			pub quantity: u64,
			pub term: PeriodIndex,
			pub price: PriceModel<Balance>,
			pub billing_period: BlockNumber,
			pub sla: sp_core::H256,
			pub start: Option<BlockNumber>,
			pub period: PeriodIndex,
			pub escrow: Balance,
			pub bond: Balance,
			pub termination_fee: Balance,
			pub notice: Option<AccountId>,
			pub state: AgreementState<BlockNumber>,
		}

		/// A usage record of version 0.
		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct UsageRecord<BlockNumber> {
			pub units: u64,
			pub evidence: sp_core::H256,
			pub reported_at: BlockNumber,
			pub disputed: Option<sp_core::H256>,
		}

		#[storage_alias]
		pub type Agreements<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			tsm_primitives::ids::AgreementId,
			Agreement<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
		>;

		#[storage_alias]
		pub type Usage<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			tsm_primitives::ids::AgreementId,
			Twox64Concat,
			PeriodIndex,
			UsageRecord<BlockNumberFor<T>>,
		>;

		/// A netting of version 0.
		#[derive(Encode, Decode, Clone, PartialEq, Debug, TypeInfo)]
		pub struct NettingResult<AccountId, Balance, BlockNumber> {
			pub positions: Vec<NetPosition<AccountId, Balance>>,
			pub closed_at: BlockNumber,
			pub status: NettingStatus,
		}

		#[storage_alias]
		pub type Groups<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			SettlementGroupId,
			SettlementGroup<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>,
		>;

		#[storage_alias]
		pub type Charges<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			SettlementGroupId,
			Twox64Concat,
			PeriodIndex,
			Vec<Charge<<T as frame_system::Config>::AccountId, BalanceOf<T>>>,
		>;

		#[storage_alias]
		pub type Netting<T: Config> = StorageDoubleMap<
			Pallet<T>,
			Twox64Concat,
			SettlementGroupId,
			Twox64Concat,
			PeriodIndex,
			NettingResult<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
		>;
	}

	/// The migration's work, run once by [`MigrateToV1`].
	pub struct UncheckedMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);

			// Charges first: the old and new maps share a prefix, so every
			// old record is read out before a new one is written.
			let old_charges: Vec<_> = old::Charges::<T>::drain().collect();
			reads.saturating_accrue(old_charges.len() as u64);
			writes.saturating_accrue(old_charges.len() as u64);
			let mut open_periods = BTreeMap::new();
			for (group, period, charges) in old_charges {
				let mut gross = BalanceOf::<T>::zero();
				for (creditor, charges) in by_creditor::<T>(charges) {
					for charge in &charges {
						gross = gross.saturating_add(charge.amount);
					}
					Charges::<T>::insert(
						(group, period, creditor),
						BoundedVec::<_, T::MaxChargesPerMember>::truncate_from(charges),
					);
					writes.saturating_inc();
				}
				open_periods.insert((group, period), gross);
			}

			Groups::<T>::translate::<old::SettlementGroup<T::AccountId, BlockNumberFor<T>>, _>(
				|_, group| {
					reads.saturating_inc();
					writes.saturating_inc();
					let members = group
						.members
						.into_iter()
						.map(|account| GroupMember {
							account,
							deposit: Zero::zero(),
							leaves_after: None,
						})
						.collect::<Vec<_>>();
					Some(SettlementGroup {
						members: BoundedVec::truncate_from(members),
						invited: BoundedVec::new(),
						period_length: group.period_length,
						period: group.period,
						period_start: group.period_start,
					})
				},
			);
			for ((group, period), gross) in open_periods {
				if Groups::<T>::get(group).is_some_and(|g| period >= g.period) {
					PeriodGross::<T>::insert(group, period, gross);
					writes.saturating_inc();
				}
				reads.saturating_inc();
			}

			Netting::<T>::translate::<
				old::NettingResult<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
				_,
			>(|_, _, netting| {
				reads.saturating_inc();
				writes.saturating_inc();
				let settled = netting.status == NettingStatus::Settled;
				let positions = netting
					.positions
					.into_iter()
					.map(|p| NetPosition {
						settled: if settled { p.receive.max(p.pay) } else { Zero::zero() },
						member: p.member,
						receive: p.receive,
						pay: p.pay,
						shortfall: Zero::zero(),
					})
					.collect::<Vec<_>>();
				Some(NettingResult {
					positions: BoundedVec::truncate_from(positions),
					closed_at: netting.closed_at,
					status: netting.status,
				})
			});

			let (r, w) = migrate_agreements::<T>();
			reads.saturating_accrue(r);
			writes.saturating_accrue(w);
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let groups = old::Groups::<T>::iter().count() as u32;
			let nettings = old::Netting::<T>::iter().count() as u32;
			Ok((groups, nettings).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (groups, nettings) = <(u32, u32)>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state decodes")?;
			ensure!(Groups::<T>::iter().count() as u32 == groups, "every group migrated");
			ensure!(Netting::<T>::iter().count() as u32 == nettings, "every netting migrated");
			Pallet::<T>::do_try_state()
		}
	}

	/// Agreements, usage and disputes in the new shape; returns the reads
	/// and writes.
	fn migrate_agreements<T: Config>() -> (u64, u64) {
		let (mut reads, mut writes) = (0u64, 0u64);
		Agreements::<T>::translate::<
			old::Agreement<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
			_,
		>(|_, old| {
			reads.saturating_inc();
			writes.saturating_inc();
			let (period, funded) = match old.state {
				AgreementState::Suspended { .. } => (old.period, old.period.saturating_sub(1)),
				AgreementState::Expired | AgreementState::Terminated => {
					(old.period.saturating_add(1), old.period)
				}
				_ => (old.period, old.period),
			};
			let agreement = Agreement {
				offer: old.offer,
				provider: old.provider,
				consumer: old.consumer,
				quantity: old.quantity,
				term: old.term,
				minimum_term: 1,
				price: old.price,
				billing_period: old.billing_period,
				sla: old.sla,
				start: old.start,
				period,
				funded,
				escrow: old.escrow,
				commitment: Zero::zero(),
				bond: old.bond,
				termination_fee: old.termination_fee,
				notice: old.notice.map(|by| Notice { by, last_period: old.period }),
				state: old.state,
			};
			Some(agreement)
		});
		// Pending orders per consumer.
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for agreement in Agreements::<T>::iter_values() {
			reads.saturating_inc();
			if matches!(agreement.state, AgreementState::Pending { .. }) {
				*pending.entry(agreement.consumer).or_default() += 1;
			}
		}
		for (consumer, count) in pending {
			PendingOrdersOf::<T>::insert(consumer, count);
			writes.saturating_inc();
		}

		let old_usage: Vec<_> = old::Usage::<T>::iter().collect();
		for (agreement, period, usage) in old_usage {
			reads.saturating_inc();
			writes.saturating_inc();
			if let Some(evidence) = usage.disputed {
				if let Some(record) = Agreements::<T>::get(agreement) {
					PeriodDisputes::<T>::insert(
						agreement,
						period,
						PeriodDispute { by: record.consumer, evidence },
					);
					writes.saturating_inc();
				}
			}
			Usage::<T>::insert(
				agreement,
				period,
				UsageRecord {
					units: usage.units,
					evidence: usage.evidence,
					reported_at: usage.reported_at,
				},
			);
		}
		(reads, writes)
	}

	/// A period's charges per creditor in the new shape; a creditor with
	/// more than `MaxChargesPerMember` has them merged per debtor.
	fn by_creditor<T: Config>(
		charges: Vec<old::Charge<T::AccountId, BalanceOf<T>>>,
	) -> Vec<(T::AccountId, Vec<ChargeOf<T>>)> {
		let mut grouped: Vec<(T::AccountId, Vec<ChargeOf<T>>)> = Vec::new();
		for charge in charges {
			let new = Charge {
				creditor: charge.creditor.clone(),
				debtor: charge.debtor,
				amount: charge.amount,
				evidence: charge.evidence,
				status: ChargeStatus::Recorded,
			};
			match grouped.iter_mut().find(|(creditor, _)| *creditor == charge.creditor) {
				Some((_, list)) => list.push(new),
				None => grouped.push((charge.creditor, alloc::vec![new])),
			}
		}
		for (_, list) in grouped.iter_mut() {
			if list.len() as u32 > T::MaxChargesPerMember::get() {
				let mut merged: Vec<ChargeOf<T>> = Vec::new();
				for charge in list.drain(..) {
					match merged.iter_mut().find(|m| m.debtor == charge.debtor) {
						Some(m) => m.amount = m.amount.saturating_add(charge.amount),
						None => merged.push(charge),
					}
				}
				*list = merged;
			}
		}
		grouped
	}

	/// Version 0 → 1, run only while the pallet's storage is at version 0.
	pub type MigrateToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
