#pragma once

#include <QCoreApplication>

#include "Money.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace annalist {

class Ledger;
struct Statement;

// Figures from the ledger written into the report's text as fields, "{{result}}" or
// "{{project:ESDH}}", so that no number in the report is typed twice.
class LiveFields
{
    Q_DECLARE_TR_FUNCTIONS(annalist::LiveFields)

public:
    struct FieldInfo
    {
        QString name;
        QString description;
    };

    // Field name -> text as printed: amounts in Danish format ("-11.717.709,00"), the year and
    // counts as plain numbers; one "project:NAME" per project (its actual).
    static Result<QHash<QString, QString>> values(const Ledger &ledger, const Statement &statement);
    // The text with every known field replaced by its value, as is (no HTML escaping); unknown
    // fields stay as they are.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // The same for rich text: every value HTML-escaped, so that a value is text however it reads.
    static QString fillHtml(const QString &html, const QHash<QString, QString> &values);
    // The names of the fields in the text, in order, each once.
    static QStringList fields(const QString &text);
    static QStringList unknownFields(const QString &text, const QHash<QString, QString> &values);
    // Amounts typed into the text in Danish format with øre ("1.541.130,23", "1541130,23",
    // "-322.748,08"), outside fields and HTML tags, that match no figure (nor its negation): as typed.
    static QStringList staleAmounts(const QString &text, const QList<Money> &ledgerFigures);
    // Every figure a text may quote: each line's actual and budgets, the totals, the result, the
    // carry-over, the members' contributions.
    static Result<QList<Money>> ledgerFigures(const Ledger &ledger, const Statement &statement);
    // The fields of `values` with a description each, for a field picker: the fixed ones first,
    // then the projects by name.
    static QList<FieldInfo> available(const QHash<QString, QString> &values);
    // The field whose amount is nearest to `amount` (within a tenth of it), or empty. A negative
    // amount is compared with signs; a positive one also with the negated values.
    static QString nearestField(Money amount, const QHash<QString, QString> &values);

    // "project:" and the project's name.
    static QString projectField(const QString &projectName);
};

} // namespace annalist
