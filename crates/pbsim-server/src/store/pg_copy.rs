//! What reports read of a PostgreSQL database, through `COPY … TO STDOUT (FORMAT binary)`.
//!
//! sqlx reads a query's rows one `DataRow` at a time, each decoded into a row with its metadata,
//! then into the values asked for; at a million rows that was most of the CPU pbsim spent on a
//! report's read, on a machine where the database server and the report share the cores
//! (BENCHMARKS.md, issue 17). `COPY` sends the same rows, of the same single-statement snapshot,
//! as one stream of bytes in PostgreSQL's binary copy format, which this module reads straight
//! into a [`ReportBatch`].
//!
//! The format (PostgreSQL's documentation, "COPY", "Binary Format"): an 11-byte signature, a
//! 32-bit flags field and a 32-bit header extension length followed by the extension; then each
//! tuple as a 16-bit field count and, per field, a 32-bit length (−1 for NULL) and that many
//! bytes; then a field count of −1. Integers are big-endian; `text` fields are their UTF-8 bytes
//! and `bytea` fields the bytes themselves.

use super::{BATCH_ROWS, Batch, ReportBatch};
use anyhow::{Context, bail};
use futures_util::TryStreamExt;
use sqlx::Connection;
use sqlx::postgres::PgPool;

/// The signature that opens a binary copy.
const SIGNATURE: &[u8; 11] = b"PGCOPY\n\xff\r\n\0";

/// Fields of each tuple of the report's selects: id, received_at, report_row, body.
const FIELDS: usize = 4;

/// `select` (one of the report's selects: `$1` the budget, `$2` the layout) of `budget_id` with
/// `layout`, copied out in batches to `rows`. Stops as soon as the receiver is dropped, and on any
/// error, closing the connection rather than returning it to the pool with rows still on their
/// way.
pub(super) async fn stream_report_rows(
    pool: &PgPool,
    select: &str,
    budget_id: &str,
    layout: i64,
    rows: tokio::sync::mpsc::Sender<ReportBatch>,
) -> anyhow::Result<()> {
    // COPY takes no parameters: the budget id goes in as a literal, and only an id that budget
    // files accept (checked when they load, and again here) is ever written into SQL.
    if !pbsim_core::budget::well_formed_id(budget_id) {
        bail!("budget id {budget_id:?} cannot be read with COPY");
    }
    let select = select.replace("$1", &format!("'{budget_id}'")).replace("$2", &layout.to_string());
    let statement = format!("COPY ({select}) TO STDOUT (FORMAT binary)");
    let mut connection = pool.acquire().await.context("cannot start reading submissions")?;
    let read = async {
        // The scan's estimated cost (a subquery per row, run for almost none) makes PostgreSQL
        // compile it just in time, which took longer than the whole read (BENCHMARKS.md, "One scan
        // of the index"): off, for this transaction only.
        let mut transaction = connection.begin().await.context("cannot start reading submissions")?;
        sqlx::query("SET LOCAL jit = off")
            .execute(&mut *transaction)
            .await
            .context("cannot start reading submissions")?;
        let mut copy = transaction.copy_out_raw(&statement).await.context("cannot read submissions")?;
        let mut reader = CopyReader::default();
        let mut batch = ReportBatch::with_room();
        while let Some(chunk) = copy.try_next().await.context("cannot read submissions")? {
            reader.extend(&chunk);
            while let Some(tuple) = reader.next_tuple()? {
                let [Some(id), Some(received_at), row, body] = tuple else {
                    bail!("a submission was copied without its id or its time");
                };
                let text = |bytes| std::str::from_utf8(bytes).context("a copied text is not UTF-8");
                batch.push(text(id)?, text(received_at)?, row, body.map(text).transpose()?);
                if batch.filled() == BATCH_ROWS
                    && rows.send(std::mem::replace(&mut batch, ReportBatch::with_room())).await.is_err()
                {
                    return Ok(Read::Stopped);
                }
            }
        }
        if !reader.finished() {
            bail!("the copy of the submissions ended early");
        }
        drop(copy);
        transaction.commit().await.context("cannot finish reading submissions")?;
        if batch.filled() > 0 && rows.send(batch).await.is_err() {
            return Ok(Read::Stopped);
        }
        Ok(Read::Whole)
    };
    let read = read.await;
    if !matches!(read, Ok(Read::Whole)) {
        // The rest of the copy may still be on its way: this connection is not fit for another query.
        drop(connection.detach());
    }
    read.map(|_| ())
}

/// How a copy's read ended, when it did not fail.
enum Read {
    /// Every row was read and handed on.
    Whole,
    /// The receiver went away first.
    Stopped,
}

/// Reads tuples of [`FIELDS`] fields from a binary copy, given in chunks of any size.
#[derive(Debug, Default)]
struct CopyReader {
    buffer: Vec<u8>,
    /// Bytes of `buffer` already read.
    read: usize,
    /// Whether the header was read.
    started: bool,
    /// Whether the trailer was read.
    finished: bool,
}

impl CopyReader {
    fn extend(&mut self, chunk: &[u8]) {
        self.buffer.drain(..self.read);
        self.read = 0;
        self.buffer.extend_from_slice(chunk);
    }

    fn finished(&self) -> bool {
        self.finished && self.read == self.buffer.len()
    }

    /// The next whole tuple's fields (`None` for NULL), or `None` when the bytes so far end before
    /// it does, or after the trailer.
    fn next_tuple(&mut self) -> anyhow::Result<Option<[Option<&[u8]>; FIELDS]>> {
        let bytes = &self.buffer[self.read..];
        let mut at = 0;
        if !self.started {
            let Some(header) = bytes.get(..SIGNATURE.len() + 8) else { return Ok(None) };
            if &header[..SIGNATURE.len()] != SIGNATURE {
                bail!("the copy of the submissions is not in PostgreSQL's binary format");
            }
            let extension = be_u32(&header[SIGNATURE.len() + 4..]) as usize;
            at = header.len() + extension;
            if bytes.len() < at {
                return Ok(None);
            }
        }
        if self.finished {
            return Ok(None);
        }
        let Some(count) = bytes.get(at..at + 2) else { return Ok(None) };
        let count = i16::from_be_bytes([count[0], count[1]]);
        at += 2;
        if count == -1 {
            self.started = true;
            self.finished = true;
            self.read += at;
            return Ok(None);
        }
        if count != FIELDS as i16 {
            bail!("a copied submission has {count} fields, not {FIELDS}");
        }
        let mut ranges: [Option<std::ops::Range<usize>>; FIELDS] = Default::default();
        for range in &mut ranges {
            let Some(length) = bytes.get(at..at + 4) else { return Ok(None) };
            let length = be_u32(length) as i32;
            at += 4;
            if length >= 0 {
                let end = at + length as usize;
                if bytes.len() < end {
                    return Ok(None);
                }
                *range = Some(at..end);
                at = end;
            } else if length != -1 {
                bail!("a copied field has the length {length}");
            }
        }
        let start = self.read;
        self.started = true;
        self.read += at;
        let buffer = &self.buffer[start..];
        Ok(Some(ranges.map(|r| r.map(|r| &buffer[r]))))
    }
}

fn be_u32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A binary copy of `tuples` (`None` for NULL), as PostgreSQL writes one.
    fn copy_of(tuples: &[[Option<&[u8]>; FIELDS]]) -> Vec<u8> {
        let mut out = SIGNATURE.to_vec();
        out.extend(0u32.to_be_bytes());
        out.extend(3u32.to_be_bytes());
        out.extend(b"ext");
        for tuple in tuples {
            out.extend((FIELDS as i16).to_be_bytes());
            for field in tuple {
                match field {
                    Some(bytes) => {
                        out.extend((bytes.len() as i32).to_be_bytes());
                        out.extend(*bytes);
                    }
                    None => out.extend((-1i32).to_be_bytes()),
                }
            }
        }
        out.extend((-1i16).to_be_bytes());
        out
    }

    /// Tuples read back, each field's bytes or `None` for NULL.
    type Tuples = Vec<Vec<Option<Vec<u8>>>>;

    fn read_in_chunks(bytes: &[u8], size: usize) -> anyhow::Result<(Tuples, bool)> {
        let mut reader = CopyReader::default();
        let mut tuples = Vec::new();
        for chunk in bytes.chunks(size) {
            reader.extend(chunk);
            while let Some(tuple) = reader.next_tuple()? {
                tuples.push(tuple.iter().map(|f| f.map(<[u8]>::to_vec)).collect());
            }
        }
        Ok((tuples, reader.finished()))
    }

    #[test]
    fn tuples_read_back_whatever_the_chunks() {
        let tuples: [[Option<&[u8]>; FIELDS]; 3] = [
            [Some(b"a"), Some(b"2026-11-01"), Some(&[1, 0, 255]), None],
            [Some("bé".as_bytes()), Some(b"2026-11-02"), None, Some(b"{}")],
            [Some(b"c"), Some(b""), Some(&[]), None],
        ];
        let bytes = copy_of(&tuples);
        let expected: Tuples = tuples.iter().map(|t| t.iter().map(|f| f.map(<[u8]>::to_vec)).collect()).collect();
        for size in [1, 2, 3, 7, 19, 20, 64, bytes.len()] {
            let (read, finished) = read_in_chunks(&bytes, size).unwrap();
            assert_eq!(read, expected, "chunks of {size}");
            assert!(finished, "chunks of {size}");
        }
    }

    #[test]
    fn a_copy_cut_short_or_of_another_shape_is_never_read_as_whole() {
        let bytes = copy_of(&[[Some(b"a"), Some(b"t"), None, Some(b"{}")]]);
        // Cut before the trailer: the tuple is read, but the copy is not finished.
        let (read, finished) = read_in_chunks(&bytes[..bytes.len() - 2], 5).unwrap();
        assert_eq!(read.len(), 1);
        assert!(!finished);
        // Cut inside the tuple: nothing is read.
        let (read, finished) = read_in_chunks(&bytes[..bytes.len() - 4], 5).unwrap();
        assert!(read.is_empty() && !finished);
        // Not a binary copy.
        let error = read_in_chunks(b"id\ttime\n................", 64).unwrap_err();
        assert!(error.to_string().contains("binary format"), "{error}");
        // Three fields where four are expected.
        let mut three = SIGNATURE.to_vec();
        three.extend([0u8; 8]);
        three.extend(3i16.to_be_bytes());
        let error = read_in_chunks(&three, 64).unwrap_err();
        assert!(error.to_string().contains("3 fields"), "{error}");
    }
}
