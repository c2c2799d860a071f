//! The `link` stage: the object file plus the embedded runtime archive, linked by `cc`.
//!
//! The runtime archive is part of the `mesapyc` binary. It is unpacked once into a cache folder
//! named by its hash, so builds do not rewrite 30 MB each time and a copied `mesapyc` works alone.
#![forbid(unsafe_code)]

use crate::CompileError;
use std::path::{Path, PathBuf};
use std::process::Command;

static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libmesapy_runtime.a"));
const RUNTIME_HASH: &str = env!("MESAPY_RUNTIME_HASH");

/// Where the runtime archive is unpacked: `$XDG_CACHE_HOME/mesapyc`, else `~/.cache/mesapyc`,
/// else the system temp folder.
fn cache_dir() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("mesapyc").join(RUNTIME_HASH)
}

/// The path of the unpacked runtime archive, writing it if it is not there yet.
pub fn runtime_archive() -> Result<PathBuf, CompileError> {
    let dir = cache_dir();
    let path = dir.join("libmesapy_runtime.a");
    if std::fs::metadata(&path).map(|m| m.len() == RUNTIME_ARCHIVE.len() as u64).unwrap_or(false) {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).map_err(|e| CompileError::Io(format!("creating {}", dir.display()), e))?;
    // Write to a unique name and rename, so concurrent builds never see a partial archive.
    let tmp = dir.join(format!("libmesapy_runtime.a.{}", std::process::id()));
    std::fs::write(&tmp, RUNTIME_ARCHIVE).map_err(|e| CompileError::Io(format!("writing {}", tmp.display()), e))?;
    std::fs::rename(&tmp, &path).map_err(|e| CompileError::Io(format!("writing {}", path.display()), e))?;
    Ok(path)
}

/// Links `object` with the runtime into the executable `output`.
pub fn link(object: &Path, output: &Path) -> Result<(), CompileError> {
    let archive = runtime_archive()?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let result = Command::new(&cc)
        .arg("-o")
        .arg(output)
        .arg(object)
        .arg(&archive)
        .args(["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc", "-Wl,--gc-sections", "-Wl,-O1", "-Wl,--as-needed"])
        .output()
        .map_err(|e| CompileError::Link(format!("cannot run `{cc}` ({e}); install a C toolchain (`apt-get install build-essential`)")))?;
    if !result.status.success() {
        return Err(CompileError::Link(String::from_utf8_lossy(&result.stderr).into_owned()));
    }
    Ok(())
}
