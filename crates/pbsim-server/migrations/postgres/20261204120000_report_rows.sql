-- Report rows (issue 17, "Results at the scale of a country"). The same migration exists for the
-- other database (../sqlite).
--
-- `report_row` is what reports and public figures read of a submission: every line's value and the
-- answers, a few dozen bytes (pbsim_core::report_row), written with the body in the same
-- statement. `report_layout` is the fingerprint of the line ids those values belong to: a report
-- reads the row only when it is the fingerprint of its budget's lines, and parses the body
-- otherwise. The body stays the record; rows from before this migration (NULL here) and choices of
-- projects are read from their bodies, as before.
ALTER TABLE submissions ADD COLUMN report_layout BIGINT;
ALTER TABLE submissions ADD COLUMN report_row BYTEA;
