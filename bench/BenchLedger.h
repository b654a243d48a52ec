#pragma once

// Builds the ledgers the benchmarks measure: the demo books plus generated postings.

#include <QString>

namespace annalist::bench {

// Writes `path` (replacing it) with the demo books and `postings` extra postings in 2019, spread
// over the demo's accounts and months with realistic texts, from a fixed seed. Returns false
// and prints why when it cannot.
bool writeLedger(const QString &path, int postings);

// The process's peak resident set size so far, in MiB (Linux: getrusage).
double peakRssMiB();

} // namespace annalist::bench
