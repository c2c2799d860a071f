//! Builds the runtime as a static library with a nested `cargo build` into a target folder of its
//! own, strips its debug info, and leaves it in OUT_DIR for `include_bytes!`.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest.parent().expect("compiler/ lives in the workspace").to_path_buf();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target_dir = out.join("runtime-target");
    for path in ["runtime/src", "runtime/Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", root.join(path).display());
    }
    println!("cargo:rerun-if-env-changed=MESAPY_RUNTIME_ARCHIVE");
    let dest = out.join("libmesapy_runtime.a");
    // A packager (or a compiler developer while the runtime is mid-change) can supply the archive.
    if let Some(prebuilt) = std::env::var_os("MESAPY_RUNTIME_ARCHIVE") {
        std::fs::copy(&prebuilt, &dest).expect("MESAPY_RUNTIME_ARCHIVE names a readable file");
        emit_hash(&dest);
        return;
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&root)
        .args(["build", "--release", "--locked", "-p", "mesapy-runtime", "--target-dir"])
        .arg(&target_dir);
    // The outer build's settings are not the runtime's: it is always an optimised static library.
    for var in ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_TARGET_DIR", "CARGO_BUILD_TARGET", "CARGO_PROFILE_RELEASE_DEBUG", "CARGO_MAKEFLAGS", "MAKEFLAGS", "MFLAGS"] {
        cmd.env_remove(var);
    }
    let status = cmd.status().expect("cargo can be run from a build script");
    assert!(status.success(), "building the runtime static library failed");
    let built = target_dir.join("release").join("libmesapy_runtime.a");
    std::fs::copy(&built, &dest).expect("the runtime archive was built");
    // Debug info of the standard library is most of the archive and is never needed.
    let stripped = Command::new("strip").arg("--strip-debug").arg(&dest).status().map(|s| s.success()).unwrap_or(false);
    if !stripped {
        println!("cargo:warning=strip is not available; the embedded runtime keeps its debug info");
    }
    emit_hash(&dest);
}

/// Names the archive by its content, for the unpacked-archive cache.
fn emit_hash(archive: &std::path::Path) {
    let bytes = std::fs::read(archive).expect("the runtime archive is readable");
    // FNV-1a: a stable name for the unpacked-archive cache.
    let hash = bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3));
    println!("cargo:rustc-env=MESAPY_RUNTIME_HASH={hash:016x}");
}
