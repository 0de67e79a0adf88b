//! Columns of step numbers kept out of memory: what makes a report's memory the same whatever the
//! number of submissions.
//!
//! A report of a million submissions of a 30-line budget holds 30 MB of step numbers (a byte per
//! line per submission), and holds them twice as long for every million more. A [`Spill`] takes
//! them instead: each column writes its step numbers in blocks of [`CHUNK`] values (the rows every
//! pass reads at a time) as they fill, keeps only the block being filled and where each written
//! block starts, and reads a block back when a pass asks for its rows. The core does no I/O: a
//! server hands it a `Spill` over a temporary file, and the operating system's page cache, which
//! it can drop at any time, holds what is read often.
//!
//! A spill that fails (a full disk) cannot fail the pass that meets it, which returns values, so
//! it records its first error in the [`SpillArea`] every column shares, reads zeros from then on,
//! and the report asks [`SpillArea::error`] before giving any figure: a failed spill is an error,
//! never a wrong figure.

use super::column::CHUNK;
use std::fmt;
use std::sync::{Arc, OnceLock};

/// Somewhere to write bytes once and read them back by position (on a server, a temporary file).
pub trait Spill: Send + Sync {
    /// Writes `bytes` after everything written so far; returns the position they start at.
    fn append(&self, bytes: &[u8]) -> std::io::Result<u64>;
    /// Fills `buf` with the bytes written at `position`.
    fn read_at(&self, position: u64, buf: &mut [u8]) -> std::io::Result<()>;
}

/// A spill shared by one report's columns, with the first error any of them met.
#[derive(Clone)]
pub struct SpillArea {
    spill: Arc<dyn Spill>,
    failed: Arc<OnceLock<String>>,
}

impl fmt::Debug for SpillArea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SpillArea").field("failed", &self.failed.get()).finish_non_exhaustive()
    }
}

impl SpillArea {
    /// Columns that keep their step numbers in `spill`.
    pub fn new(spill: Arc<dyn Spill>) -> SpillArea {
        SpillArea { spill, failed: Arc::new(OnceLock::new()) }
    }

    /// The first error the spill met, if it met one: every figure read since may be wrong.
    pub fn error(&self) -> Option<&str> {
        self.failed.get().map(String::as_str)
    }

    fn fail(&self, error: &std::io::Error) {
        let _ = self.failed.set(error.to_string());
    }
}

/// The bytes of one step number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Width {
    One = 1,
    Two = 2,
    Four = 4,
}

impl Width {
    /// The largest step number this width holds.
    pub(crate) fn max(self) -> u32 {
        match self {
            Width::One => u32::from(u8::MAX),
            Width::Two => u32::from(u16::MAX),
            Width::Four => u32::MAX,
        }
    }
}

/// A column's step numbers in a spill: the blocks written and the one being filled.
#[derive(Clone, Debug)]
pub(crate) struct Spilled {
    pub(crate) width: Width,
    /// Where each full block of [`CHUNK`] values starts in the spill.
    blocks: Vec<u64>,
    /// The block being filled, as little-endian bytes.
    tail: Vec<u8>,
    area: SpillArea,
}

impl PartialEq for Spilled {
    fn eq(&self, other: &Spilled) -> bool {
        self.width == other.width
            && self.blocks == other.blocks
            && self.tail == other.tail
            && Arc::ptr_eq(&self.area.spill, &other.area.spill)
    }
}

impl Spilled {
    pub(crate) fn new(width: Width, area: SpillArea) -> Spilled {
        Spilled { width, blocks: Vec::new(), tail: Vec::with_capacity(CHUNK * width as usize), area }
    }

    /// The number of values.
    pub(crate) fn len(&self) -> usize {
        self.blocks.len() * CHUNK + self.tail.len() / self.width as usize
    }

    /// Appends step number `k` (at most [`Width::max`]), writing the block out when it is full.
    pub(crate) fn push(&mut self, k: u32) {
        match self.width {
            Width::One => self.tail.push(k as u8),
            Width::Two => self.tail.extend_from_slice(&(k as u16).to_le_bytes()),
            Width::Four => self.tail.extend_from_slice(&k.to_le_bytes()),
        }
        if self.tail.len() == CHUNK * self.width as usize {
            let at = match self.area.spill.append(&self.tail) {
                Ok(at) => at,
                Err(e) => {
                    self.area.fail(&e);
                    u64::MAX
                }
            };
            self.blocks.push(at);
            self.tail.clear();
        }
    }

    /// Step numbers `start..start + out.len()`, each passed to `out` as a `u32`.
    pub(crate) fn read(&self, start: usize, out: &mut [u32]) {
        self.read_as(start, out, |k| k);
    }

    /// Step numbers `start..start + out.len()`, each converted by `convert` (a column decodes its
    /// values this way, in the same loop that reads the bytes).
    #[inline]
    pub(crate) fn read_as<T>(&self, start: usize, out: &mut [T], convert: impl Fn(u32) -> T) {
        let width = self.width as usize;
        let mut bytes = [0u8; CHUNK * 4];
        let mut done = 0;
        while done < out.len() {
            let row = start + done;
            let (block, offset) = (row / CHUNK, row % CHUNK);
            let take = (CHUNK - offset).min(out.len() - done);
            let raw = &mut bytes[..take * width];
            if let Some(&at) = self.blocks.get(block) {
                let read = if at == u64::MAX {
                    Err(std::io::Error::other("a block was never written"))
                } else {
                    self.area.spill.read_at(at + (offset * width) as u64, raw)
                };
                if let Err(e) = read {
                    self.area.fail(&e);
                    raw.fill(0);
                }
            } else {
                raw.copy_from_slice(&self.tail[offset * width..(offset + take) * width]);
            }
            let out = &mut out[done..done + take];
            // One loop per width, each of which the compiler vectorises.
            match self.width {
                Width::One => out.iter_mut().zip(raw.iter()).for_each(|(o, b)| *o = convert(u32::from(*b))),
                Width::Two => out
                    .iter_mut()
                    .zip(raw.chunks_exact(2))
                    .for_each(|(o, b)| *o = convert(u32::from(u16::from_le_bytes([b[0], b[1]])))),
                Width::Four => out
                    .iter_mut()
                    .zip(raw.chunks_exact(4))
                    .for_each(|(o, b)| *o = convert(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))),
            }
            done += take;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A spill in memory, for tests: it can be told to fail.
    #[derive(Default)]
    pub(crate) struct MemorySpill {
        pub(crate) bytes: Mutex<Vec<u8>>,
        pub(crate) broken: std::sync::atomic::AtomicBool,
    }

    impl Spill for MemorySpill {
        fn append(&self, bytes: &[u8]) -> std::io::Result<u64> {
            if self.broken.load(std::sync::atomic::Ordering::Relaxed) {
                return Err(std::io::Error::other("no space left on device"));
            }
            let mut all = self.bytes.lock().map_err(|_| std::io::Error::other("poisoned"))?;
            let at = all.len() as u64;
            all.extend_from_slice(bytes);
            Ok(at)
        }

        fn read_at(&self, position: u64, buf: &mut [u8]) -> std::io::Result<()> {
            let all = self.bytes.lock().map_err(|_| std::io::Error::other("poisoned"))?;
            let start = position as usize;
            let slice = all.get(start..start + buf.len()).ok_or_else(|| std::io::Error::other("past the end"))?;
            buf.copy_from_slice(slice);
            Ok(())
        }
    }

    #[test]
    fn step_numbers_read_back_from_blocks_and_from_the_block_being_filled() {
        for width in [Width::One, Width::Two, Width::Four] {
            let area = SpillArea::new(Arc::new(MemorySpill::default()));
            let mut s = Spilled::new(width, area.clone());
            let n = 2 * CHUNK + 100;
            let code = |i: usize| (i as u32 * 7919) % (width.max().min(100_000) + 1);
            for i in 0..n {
                s.push(code(i));
            }
            assert_eq!(s.len(), n);
            let mut out = vec![0u32; n];
            s.read(0, &mut out);
            assert!(out.iter().enumerate().all(|(i, k)| *k == code(i)), "{width:?}");
            // A range across a block's end and into the tail.
            let mut part = vec![0u32; 300];
            s.read(2 * CHUNK - 200, &mut part);
            assert!(part.iter().enumerate().all(|(i, k)| *k == code(2 * CHUNK - 200 + i)));
            assert_eq!(area.error(), None);
        }
    }

    #[test]
    fn a_spill_that_fails_is_recorded() {
        let spill = Arc::new(MemorySpill::default());
        spill.broken.store(true, std::sync::atomic::Ordering::Relaxed);
        let area = SpillArea::new(spill);
        let mut s = Spilled::new(Width::One, area.clone());
        for _ in 0..CHUNK + 1 {
            s.push(3);
        }
        assert_eq!(area.error(), Some("no space left on device"));
        let mut out = [9u32; 2];
        s.read(CHUNK - 1, &mut out);
        assert_eq!(out, [0, 3], "the lost block reads as zeros, the tail as written");
    }
}
