#include "ImportMapping.h"

namespace annalist {
namespace {

constexpr std::array<ImportField, importFieldCount> allFields{ImportField::Date,    ImportField::Voucher,
                                                              ImportField::Account, ImportField::Project,
                                                              ImportField::Text,    ImportField::Amount};

// What a user reads in messages: "the date", "the voucher number".
QString describe(ImportField field)
{
    switch (field) {
    case ImportField::Date:
        return ImportMapping::tr("the date");
    case ImportField::Voucher:
        return ImportMapping::tr("the voucher number");
    case ImportField::Account:
        return ImportMapping::tr("the account");
    case ImportField::Project:
        return ImportMapping::tr("the project");
    case ImportField::Text:
        return ImportMapping::tr("the text");
    case ImportField::Amount:
        return ImportMapping::tr("the amount");
    }
    return {};
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString ImportColumns::name(ImportField field) const
{
    const int i = (*this)[field];
    return i >= 0 && i < headers.size() ? headers.at(i) : ImportMapping::key(field);
}

QString ImportMapping::key(ImportField field)
{
    static const char *const keys[] = {"date", "voucher", "account", "project", "text", "amount"};
    return QLatin1String(keys[int(field)]);
}

std::optional<ImportField> ImportMapping::fieldFromKey(const QString &key)
{
    const QString k = normalised(key);
    for (const ImportField field : allFields)
        if (k == ImportMapping::key(field) || knownNames(field).contains(k, Qt::CaseInsensitive))
            return field;
    return std::nullopt;
}

bool ImportMapping::isRequired(ImportField field)
{
    return field != ImportField::Project && field != ImportField::Text;
}

QStringList ImportMapping::knownNames(ImportField field)
{
    switch (field) {
    case ImportField::Date:
        return {QStringLiteral("Dato"), QStringLiteral("Date")};
    case ImportField::Voucher:
        return {QStringLiteral("Bilag"), QStringLiteral("Bilagsnr"), QStringLiteral("Bilagsnummer"),
                QStringLiteral("Voucher")};
    case ImportField::Account:
        return {QStringLiteral("Konto"), QStringLiteral("Kontonr"), QStringLiteral("Kontonummer"),
                QStringLiteral("Account")};
    case ImportField::Project:
        return {QStringLiteral("Projekt"), QStringLiteral("Project")};
    case ImportField::Text:
        return {QStringLiteral("Tekst"), QStringLiteral("Posteringstekst"), QStringLiteral("Text")};
    case ImportField::Amount:
        return {QStringLiteral("Beløb"), QStringLiteral("Beloeb"), QStringLiteral("Amount")};
    }
    return {};
}

QString ImportMapping::normalised(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.toCaseFolded())
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

Result<ImportMapping> ImportMapping::parse(const QString &spec)
{
    ImportMapping mapping;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            return usageError(tr("\"%1\" is not a mapping: write FIELD=COLUMN, for example date=Bogføringsdato.")
                                  .arg(part.trimmed()));
        const QString key = part.left(equals).trimmed();
        const auto field = fieldFromKey(key);
        if (!field)
            return usageError(tr("\"%1\" is not a field; the fields are date, voucher, account, project, text and "
                                 "amount.")
                                  .arg(key));
        if (mapping.mapped(*field))
            return usageError(tr("The field %1 is mapped twice.").arg(ImportMapping::key(*field)));
        mapping.set(*field, part.mid(equals + 1).trimmed());
    }
    return mapping;
}

QString ImportMapping::toSpec() const
{
    QStringList parts;
    for (const ImportField field : allFields)
        if (const auto header = mapped(field))
            parts.append(key(field) + QLatin1Char('=') + *header);
    return parts.join(QLatin1Char(','));
}

bool ImportMapping::isEmpty() const
{
    for (const auto &header : m_overrides)
        if (header)
            return false;
    return true;
}

ImportMapping ImportMapping::mergedWith(const ImportMapping &other) const
{
    ImportMapping merged = *this;
    for (const ImportField field : allFields)
        if (const auto header = other.mapped(field))
            merged.set(field, *header);
    return merged;
}

Result<ImportColumns> ImportMapping::resolve(const QStringList &headers) const
{
    ImportColumns columns;
    if (auto done = resolveInto(headers, &columns, false); !done)
        return done.error();
    return columns;
}

ImportColumns ImportMapping::detect(const QStringList &headers) const
{
    ImportColumns columns;
    // Never fails when told to go on: each problem leaves its field without a column.
    (void)resolveInto(headers, &columns, true);
    return columns;
}

Status ImportMapping::resolveInto(const QStringList &headers, ImportColumns *columns, bool goOn) const
{
    columns->headers = headers;
    QStringList names;
    for (const QString &header : headers)
        names.append(normalised(header));

    // Columns named explicitly first; detection only looks at the columns left over.
    QList<bool> taken(headers.size(), false);
    for (const ImportField field : allFields) {
        const auto header = mapped(field);
        if (!header || header->trimmed().isEmpty())
            continue;
        const int i = int(names.indexOf(normalised(*header)));
        if (i < 0) {
            if (goOn)
                continue;
            return badInput(tr("The column \"%1\" given for %2 is not in the file; its columns are %3.")
                                .arg(*header, describe(field), quotedList(headers)));
        }
        if (taken[i]) {
            if (goOn)
                continue;
            return badInput(tr("The column \"%1\" is given for two fields.").arg(headers.at(i)));
        }
        taken[i] = true;
        columns->index[std::size_t(field)] = i;
    }
    QStringList missing;
    for (const ImportField field : allFields) {
        if (const auto header = mapped(field)) {
            // "No such column" for a field every posting needs leaves it without one.
            if (isRequired(field) && header->trimmed().isEmpty())
                missing.append(tr("%1 (a column named %2; or map one: %3=COLUMN)")
                                   .arg(describe(field), knownNames(field).join(tr(" or ")), key(field)));
            continue;
        }
        QStringList known;
        for (const QString &name : knownNames(field))
            known.append(normalised(name));
        int found = -1;
        bool ambiguous = false;
        for (int i = 0; i < names.size(); ++i) {
            if (taken[i] || !known.contains(names.at(i)))
                continue;
            if (found >= 0) {
                if (!goOn)
                    return badInput(tr("The columns \"%1\" and \"%2\" could both be %3; map one of them (%4=COLUMN).")
                                        .arg(headers.at(found), headers.at(i), describe(field), key(field)));
                ambiguous = true;
                break;
            }
            found = i;
        }
        if (found >= 0 && !ambiguous) {
            taken[found] = true;
            columns->index[std::size_t(field)] = found;
        } else if (isRequired(field) && !ambiguous) {
            missing.append(tr("%1 (a column named %2; or map one: %3=COLUMN)")
                               .arg(describe(field), knownNames(field).join(tr(" or ")), key(field)));
        }
    }
    if (!missing.isEmpty() && !goOn)
        return badInput(tr("The file has no column for %1. Its columns are %2.")
                            .arg(missing.join(QStringLiteral("; ")), quotedList(headers)));
    return Done{};
}

} // namespace annalist
