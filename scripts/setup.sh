#!/usr/bin/env bash
# Installs what building the node needs on a fresh Debian machine: clang and
# libclang (for crates that compile C/C++), make and perl (vendored C code:
# OpenSSL for litep2p's WebRTC is built from source), protoc (libp2p's
# protobufs), and the toolchain of rust-toolchain.toml with the wasm target
# and rust-src (the runtime is built as wasm). Does nothing that is already
# done, so every other script can call it.
set -euo pipefail

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v perl >/dev/null 2>&1 || missing+=(perl)
ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || missing+=(libclang-dev)
if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing ${missing[*]}"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# rust-toolchain.toml names the compiler (with the wasm target and
# rust-src); install it if this machine does not have it yet.
if ! rustup show active-toolchain >/dev/null 2>&1; then
	echo "setup: installing the toolchain of rust-toolchain.toml"
	rustup toolchain install
fi
if ! rustup target list --installed | grep -qx wasm32v1-none; then
	echo "setup: adding the wasm32v1-none target"
	rustup target add wasm32v1-none
fi
if ! rustup component list --installed | grep -q '^rust-src'; then
	echo "setup: adding rust-src"
	rustup component add rust-src
fi
