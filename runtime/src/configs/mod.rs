//! The configuration of every pallet in the runtime, one file per concern.

pub mod assurance;
mod consensus;
mod currency;
pub mod energy;
pub mod governance;
mod identity;
mod organisations;
mod origin;
pub mod settlement;
mod sudo;
mod system;
pub mod tsm_identity;

pub use consensus::{SessionPeriod, HISTORY_DEPTH};
pub use currency::deposit;
pub use system::RuntimeBlockWeights;
