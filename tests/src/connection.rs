//! A JSON-RPC connection over HTTP/1.1: `Rpc` makes one per call; the load
//! harness keeps one open for many batch requests (keep-alive), since
//! thousands of transactions a second must not open a TCP connection each
//! (loopback's ephemeral ports would run out within a minute).

use serde_json::{json, Value};
use std::time::Duration;
use tokio::{
	io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
	net::TcpStream,
};

/// How long one batch may take before the connection counts as failed.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// One call's outcome: its result, or the node's error object as text.
pub type Answer = Result<Value, String>;

/// A kept-open connection to a node's JSON-RPC server.
pub struct Connection {
	address: String,
	stream: Option<BufReader<TcpStream>>,
}

impl Connection {
	/// A connection to `url` (`ws://` or `http://` host and port), opened at
	/// the first request.
	pub fn new(url: &str) -> Connection {
		let address = url.split("://").last().unwrap_or(url).trim_end_matches('/').to_string();
		Connection { address, stream: None }
	}

	/// Calls `method` once per entry of `params`, in one batch request; the
	/// answers in the same order. `Err` when the batch itself failed (no
	/// connection, a timeout, a malformed answer): then none of the calls
	/// is known to have been made.
	pub async fn batch(&mut self, method: &str, params: &[Value]) -> Result<Vec<Answer>, String> {
		let requests: Vec<Value> = params
			.iter()
			.enumerate()
			.map(|(id, p)| json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": p }))
			.collect();
		let body = serde_json::to_vec(&requests).expect("JSON values serialise");
		let response = match tokio::time::timeout(REQUEST_TIMEOUT, self.post(&body)).await {
			Ok(Ok(response)) => response,
			Ok(Err(e)) => {
				self.stream = None;
				return Err(e);
			}
			Err(_) => {
				self.stream = None;
				return Err(format!("no answer in {REQUEST_TIMEOUT:?}"));
			}
		};
		let answers: Vec<Value> =
			serde_json::from_slice(&response).map_err(|e| format!("not a JSON batch: {e}"))?;
		let mut ordered: Vec<Option<Answer>> = vec![None; params.len()];
		for answer in answers {
			let slot = answer["id"].as_u64().and_then(|id| ordered.get_mut(id as usize));
			let Some(slot) = slot else { return Err(format!("an answer to no request: {answer}")) };
			*slot = Some(match answer.get("error") {
				Some(error) => Err(error.to_string()),
				None => Ok(answer.get("result").cloned().unwrap_or(Value::Null)),
			});
		}
		ordered
			.into_iter()
			.map(|answer| answer.ok_or_else(|| "a request without an answer".to_string()))
			.collect()
	}

	/// Sends one request body and reads one response body, reconnecting
	/// first if the server closed the connection.
	pub async fn post(&mut self, body: &[u8]) -> Result<Vec<u8>, String> {
		if self.stream.is_none() {
			let stream = TcpStream::connect(&self.address).await.map_err(|e| e.to_string())?;
			stream.set_nodelay(true).map_err(|e| e.to_string())?;
			self.stream = Some(BufReader::new(stream));
		}
		let stream = self.stream.as_mut().expect("connected above");
		let head = format!(
			"POST / HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\n\r\n",
			self.address,
			body.len()
		);
		stream.get_mut().write_all(head.as_bytes()).await.map_err(|e| e.to_string())?;
		stream.get_mut().write_all(body).await.map_err(|e| e.to_string())?;
		let response = read_response(stream).await;
		if !matches!(response, Ok((_, true))) {
			// The server closes, or the stream is in an unknown state.
			self.stream = None;
		}
		response.map(|(body, _)| body)
	}
}

/// Reads one HTTP/1.1 response: its body (length-delimited or chunked) and
/// whether the connection stays open; any status but 200 is an error.
async fn read_response<R: AsyncBufRead + Unpin>(reader: &mut R) -> Result<(Vec<u8>, bool), String> {
	let mut line = String::new();
	reader.read_line(&mut line).await.map_err(|e| e.to_string())?;
	let status: u16 = line
		.split_whitespace()
		.nth(1)
		.and_then(|s| s.parse().ok())
		.ok_or_else(|| format!("not an HTTP status line: {line:?}"))?;
	if status != 200 {
		return Err(format!("HTTP status {status}"));
	}
	let (mut length, mut chunked, mut keep_open) = (None, false, true);
	loop {
		line.clear();
		if reader.read_line(&mut line).await.map_err(|e| e.to_string())? == 0 {
			return Err("the connection closed within the headers".into());
		}
		let header = line.trim_end().to_ascii_lowercase();
		if header.is_empty() {
			break;
		}
		if let Some(value) = header.strip_prefix("content-length:") {
			length = Some(value.trim().parse().map_err(|_| format!("bad length: {header}"))?);
		} else if header.starts_with("transfer-encoding:") && header.contains("chunked") {
			chunked = true;
		} else if header.starts_with("connection:") && header.contains("close") {
			keep_open = false;
		}
	}
	let body = if chunked {
		read_chunked(reader).await?
	} else {
		let mut body = vec![0; length.ok_or("a response without a length")?];
		reader.read_exact(&mut body).await.map_err(|e| e.to_string())?;
		body
	};
	Ok((body, keep_open))
}

/// Reads a chunked body to its last chunk.
async fn read_chunked<R: AsyncBufRead + Unpin>(reader: &mut R) -> Result<Vec<u8>, String> {
	let mut body = Vec::new();
	let mut line = String::new();
	loop {
		line.clear();
		reader.read_line(&mut line).await.map_err(|e| e.to_string())?;
		let size = line.trim().split(';').next().unwrap_or_default();
		let size = usize::from_str_radix(size, 16).map_err(|_| format!("bad chunk: {line:?}"))?;
		let start = body.len();
		body.resize(start + size, 0);
		reader.read_exact(&mut body[start..]).await.map_err(|e| e.to_string())?;
		line.clear();
		reader.read_line(&mut line).await.map_err(|e| e.to_string())?;
		if size == 0 {
			return Ok(body);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::read_response;

	#[tokio::test]
	async fn reads_length_delimited_and_chunked_bodies() {
		let plain = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}";
		assert_eq!(read_response(&mut &plain[..]).await.unwrap(), (b"{}".to_vec(), true));
		let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n";
		assert_eq!(read_response(&mut &chunked[..]).await.unwrap(), (b"{\"a\":1}".to_vec(), false));
		let refused = b"HTTP/1.1 403 Forbidden\r\n\r\n";
		assert!(read_response(&mut &refused[..]).await.unwrap_err().contains("403"));
	}
}
