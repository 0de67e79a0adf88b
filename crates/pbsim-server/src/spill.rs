//! The working file of a report or of the public figures: where their columns of step numbers go
//! (see `pbsim_core::aggregate::spill`), so that a server's memory does not grow with the number of
//! submissions. An unnamed temporary file in the system's temporary directory (`TMPDIR`), which the
//! operating system deletes when the computation drops it, even after a crash; its pages live in
//! the page cache, which the system can reclaim, not in the server's memory. It holds one byte per
//! line per submission for most sliders (30 MB for a million submissions of a 30-line budget).

use pbsim_core::aggregate::spill::{Spill, SpillArea};
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::sync::{Arc, Mutex};

/// A temporary file written at its end and read anywhere, by several threads at once.
struct TempSpill {
    file: File,
    /// The length written so far.
    end: Mutex<u64>,
}

impl Spill for TempSpill {
    fn append(&self, bytes: &[u8]) -> io::Result<u64> {
        let mut end = self.end.lock().map_err(|_| io::Error::other("the working file's lock was poisoned"))?;
        let at = *end;
        self.file.write_all_at(bytes, at)?;
        *end = at + bytes.len() as u64;
        Ok(at)
    }

    fn read_at(&self, position: u64, buf: &mut [u8]) -> io::Result<()> {
        self.file.read_exact_at(buf, position)
    }
}

/// A new working file; `None` (with a warning) when the temporary directory cannot hold one, and
/// the computation then keeps its columns in memory, as it did before.
pub(crate) fn working_file() -> Option<SpillArea> {
    match tempfile::tempfile() {
        Ok(file) => Some(SpillArea::new(Arc::new(TempSpill { file, end: Mutex::new(0) }))),
        Err(e) => {
            tracing::warn!(error = %e, "no temporary file for a report's columns: they are kept in memory");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_back_where_they_were_written() {
        let file = tempfile::tempfile().unwrap_or_else(|e| panic!("{e}"));
        let spill = TempSpill { file, end: Mutex::new(0) };
        assert_eq!(spill.append(b"abc").ok(), Some(0));
        assert_eq!(spill.append(b"defg").ok(), Some(3));
        let mut buf = [0u8; 4];
        assert!(spill.read_at(2, &mut buf).is_ok());
        assert_eq!(&buf, b"cdef");
        assert!(spill.read_at(6, &mut buf).is_err(), "past the end is an error, not zeros");
    }
}
