#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace annalist {

// The columns of a posting in an ERP export.
enum class ImportField { Date, Voucher, Account, Project, Text, Amount };
constexpr int importFieldCount = 6;

// Where each field stands in a file: the column's index, or -1 when the file has none.
struct ImportColumns
{
    std::array<int, importFieldCount> index{-1, -1, -1, -1, -1, -1};
    QStringList headers; // the header row as written in the file

    int operator[](ImportField field) const { return index[std::size_t(field)]; }
    // The column's name as the file writes it, or the field's key when there is none.
    QString name(ImportField field) const;
};

// Which header names mean which field. Names are compared without case, spaces and punctuation;
// the Danish and English names of the usual exports are known, and any field can be pointed
// at another column ("--map date=Bogføringsdato,amount=Beløb DKK").
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ImportMapping)

public:
    // "date=Bogføringsdato,voucher=Bilagsnr." (any subset); an empty name: the file has no such
    // column, even if a header looks like it.
    static Result<ImportMapping> parse(const QString &spec);
    // The same, written back: what a profile stores.
    QString toSpec() const;
    bool isEmpty() const;

    void set(ImportField field, const QString &header) { m_overrides[std::size_t(field)] = header; }
    void unset(ImportField field) { m_overrides[std::size_t(field)].reset(); }
    std::optional<QString> mapped(ImportField field) const { return m_overrides[std::size_t(field)]; }
    // This mapping with every override of `other` put on top.
    ImportMapping mergedWith(const ImportMapping &other) const;

    // The columns of a file with this header row. Refuses a header without a column for a field
    // that every posting needs (date, voucher, account, amount), one where two columns claim the
    // same field, and a mapped name that is not in the header.
    Result<ImportColumns> resolve(const QStringList &headers) const;
    // The same without refusing: a field whose column cannot be told is left without one.
    ImportColumns detect(const QStringList &headers) const;

    static QString key(ImportField field);
    static std::optional<ImportField> fieldFromKey(const QString &key);
    static bool isRequired(ImportField field);
    // The header names known for a field, as a user writes them: "Dato, Date".
    static QStringList knownNames(ImportField field);
    // Lower case without spaces and punctuation: "Bilagsnr." and "BILAGS NR" both read "bilagsnr".
    static QString normalised(const QString &name);

private:
    Status resolveInto(const QStringList &headers, ImportColumns *columns, bool goOn) const;

    std::array<std::optional<QString>, importFieldCount> m_overrides;
};

} // namespace annalist
