//! Admission control in front of the transaction pool: once the ready queue
//! holds three quarters of its limit (count or bytes), the node refuses new
//! transactions at submission — `ImmediatelyDropped`, "couldn't enter the
//! pool because of the limit", which the submitter sees and may retry —
//! instead of letting the pool reach its limit.
//!
//! Why: at its limit the SDK's pool makes room by evicting the *oldest*
//! ready transaction of the lowest priority together with every later one
//! that depends on it (the sender's next nonces), all of them transactions
//! it had acknowledged, and nobody hears of it. Measured with `tsm-load`:
//! 30,000 transfers at 1,000 a second to two validators (which gossip them
//! to each other, so each pool holds both nodes' backlog) lost 3,171
//! acknowledged transfers. The quarter left free absorbs what arrives
//! between a status reading and the pool's insertion (concurrent RPC
//! calls, gossip, transactions returned by a retracted block).

use async_trait::async_trait;
use sc_transaction_pool_api::{
	error::Error as PoolError, ChainEvent, ImportNotificationStream, LocalTransactionFor,
	LocalTransactionPool, MaintainedTransactionPool, PoolStatus, ReadyTransactions, TransactionFor,
	TransactionPool, TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_runtime::traits::Block as BlockT;
use std::{collections::HashMap, pin::Pin, sync::Arc};

/// The ready queue's limits, as the node's `--pool-limit` and
/// `--pool-kbytes` set them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadyLimit {
	pub count: usize,
	pub bytes: usize,
}

impl ReadyLimit {
	pub fn from_cli(params: &sc_cli::TransactionPoolParams) -> ReadyLimit {
		ReadyLimit { count: params.pool_limit, bytes: params.pool_kbytes.saturating_mul(1024) }
	}

	/// How many more transactions the pool admits now (none once its ready
	/// queue holds three quarters of the count or of the bytes).
	pub fn room(&self, status: &PoolStatus) -> usize {
		let admit_count = self.count / 4 * 3;
		let admit_bytes = self.bytes / 4 * 3;
		if status.ready_bytes >= admit_bytes {
			return 0;
		}
		admit_count.saturating_sub(status.ready)
	}
}

/// A transaction pool that refuses submissions beyond [`ReadyLimit::room`];
/// everything else goes straight to the pool inside. Transactions the node
/// makes itself (`LocalTransactionPool`: its equivocation reports) are not
/// held back.
pub struct AdmissionControl<P> {
	inner: Arc<P>,
	limit: ReadyLimit,
}

impl<P> AdmissionControl<P> {
	pub fn new(inner: Arc<P>, limit: ReadyLimit) -> AdmissionControl<P> {
		AdmissionControl { inner, limit }
	}
}

impl<P: TransactionPool> AdmissionControl<P> {
	fn room(&self) -> usize {
		self.limit.room(&self.inner.status())
	}
}

#[async_trait]
impl<P: TransactionPool> TransactionPool for AdmissionControl<P> {
	type Block = P::Block;
	type Hash = P::Hash;
	type InPoolTransaction = P::InPoolTransaction;
	type Error = P::Error;

	async fn submit_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		mut xts: Vec<TransactionFor<Self>>,
	) -> Result<Vec<Result<TxHash<Self>, Self::Error>>, Self::Error> {
		// The first ones that fit go in, the rest are refused.
		let refused = xts.split_off(self.room().min(xts.len()));
		let mut results = self.inner.submit_at(at, source, xts).await?;
		results.extend(refused.iter().map(|_| Err(PoolError::ImmediatelyDropped.into())));
		Ok(results)
	}

	async fn submit_one(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<TxHash<Self>, Self::Error> {
		if self.room() == 0 {
			return Err(PoolError::ImmediatelyDropped.into());
		}
		self.inner.submit_one(at, source, xt).await
	}

	async fn submit_and_watch(
		&self,
		at: <Self::Block as BlockT>::Hash,
		source: TransactionSource,
		xt: TransactionFor<Self>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<Self>>>, Self::Error> {
		if self.room() == 0 {
			return Err(PoolError::ImmediatelyDropped.into());
		}
		self.inner.submit_and_watch(at, source, xt).await
	}

	async fn ready_at(
		&self,
		at: <Self::Block as BlockT>::Hash,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready_at(at).await
	}

	fn ready(&self) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready()
	}

	async fn report_invalid(
		&self,
		at: Option<<Self::Block as BlockT>::Hash>,
		invalid_tx_errors: TxInvalidityReportMap<TxHash<Self>>,
	) -> Vec<Arc<Self::InPoolTransaction>> {
		self.inner.report_invalid(at, invalid_tx_errors).await
	}

	fn futures(&self) -> Vec<Self::InPoolTransaction> {
		self.inner.futures()
	}

	fn status(&self) -> PoolStatus {
		self.inner.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<Self>> {
		self.inner.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<Self>, Vec<String>>) {
		self.inner.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<Self>) -> TxHash<Self> {
		self.inner.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<Self>) -> Option<Arc<Self::InPoolTransaction>> {
		self.inner.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(
		&self,
		at: <Self::Block as BlockT>::Hash,
		timeout: std::time::Duration,
	) -> Box<dyn ReadyTransactions<Item = Arc<Self::InPoolTransaction>> + Send> {
		self.inner.ready_at_with_timeout(at, timeout).await
	}
}

#[async_trait]
impl<P: MaintainedTransactionPool> MaintainedTransactionPool for AdmissionControl<P> {
	async fn maintain(&self, event: ChainEvent<Self::Block>) {
		self.inner.maintain(event).await
	}
}

impl<P: LocalTransactionPool> LocalTransactionPool for AdmissionControl<P> {
	type Block = <P as LocalTransactionPool>::Block;
	type Hash = <P as LocalTransactionPool>::Hash;
	type Error = <P as LocalTransactionPool>::Error;

	fn submit_local(
		&self,
		at: <Self::Block as BlockT>::Hash,
		xt: LocalTransactionFor<Self>,
	) -> Result<Self::Hash, Self::Error> {
		self.inner.submit_local(at, xt)
	}
}
