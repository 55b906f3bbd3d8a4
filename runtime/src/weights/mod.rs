//! Weights of FRAME's pallets as this runtime configures them, measured on
//! this project's machine by `scripts/benchmark-pallets.sh` in place of
//! FRAME's reference-machine figures (which a slower validator would run
//! behind). The TSM pallets keep theirs beside their code
//! (`pallets/<pallet>/src/weights.rs`).
//!
//! GRANDPA's benchmarks measure parts of its calls
//! (`pallet_grandpa_parts.rs`), from which `pallet_grandpa.rs` composes its
//! weights. Not measured here: Aura (no calls), Authorship (none) and
//! Session (FRAME's benchmarks need
//! `pallet-staking`; its one call open to users, `setKeys`, keeps FRAME's
//! reference weight).

pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_grandpa;
pub mod pallet_grandpa_parts;
pub mod pallet_identity;
pub mod pallet_membership;
pub mod pallet_multisig;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
