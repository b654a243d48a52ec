-- The postings view lists a year's postings in date and voucher order and filters by date range;
-- this index serves both without sorting the year's postings.
CREATE INDEX postings_year_date_voucher ON postings (year, date, voucher);
