//! Weights of FRAME's pallets as this runtime configures them, measured on
//! this project's machine by `scripts/benchmark-pallets.sh` in place of
//! FRAME's reference-machine figures (which a slower validator would run
//! behind). The TSM pallets keep theirs beside their code
//! (`pallets/<pallet>/src/weights.rs`).
//!
//! Not measured here: Aura (no calls), Session (FRAME's benchmarks need
//! `pallet-staking`; its one call open to users, `setKeys`, keeps FRAME's
//! reference weight) and GRANDPA (its benchmarks do not yield its
//! `WeightInfo`; its calls are Root's and unsigned reports).

pub mod frame_system;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_identity;
pub mod pallet_membership;
pub mod pallet_multisig;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_utility;
