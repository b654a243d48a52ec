#pragma once

#include "Money.h"

#include <QByteArrayView>
#include <QDate>

#include <optional>

namespace annalist {

// Reads the values of an imported posting from a CSV field's UTF-8 bytes. The usual forms are
// read without allocating, because an import reads a million of them.
class ImportFieldParser
{
public:
    // The field without leading and trailing spaces, tabs and line breaks.
    static QByteArrayView trimmed(QByteArrayView text);

    // Money::parse's rules and messages: "1.541.130,23", "1541130,23", "-1.056.176,43",
    // "1.056.176,43-", "1541130.23".
    static Result<Money> amount(QByteArrayView text);
    // The common forms only, in øre; nothing when the form is unusual or wrong (Money::parse
    // then decides). Never accepts what Money::parse refuses, never reads a different value.
    static std::optional<qint64> amountFast(QByteArrayView text);

    // 2019-03-31, or day first: 31-03-2019, 31.03.2019, 31/03/2019 (day and month may have one
    // digit). An invalid date when it is none of these or no real day.
    static QDate date(QByteArrayView text);
    // The same as yyyymmdd (20190331), without a QDate; 0 when it is no date.
    static qint32 dateKey(QByteArrayView text);
    static QDate dateFromKey(qint32 key) { return QDate(key / 10000, key / 100 % 100, key % 100); }
    static qint32 keyOf(const QDate &date) { return date.year() * 10000 + date.month() * 100 + date.day(); }

    // A voucher number: digits only.
    static std::optional<qint64> voucher(QByteArrayView text);
};

} // namespace annalist
