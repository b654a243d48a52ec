#include "PostingRowChecker.h"

#include "CsvField.h"
#include "CsvReader.h"
#include "ImportFieldParser.h"

namespace annalist {
namespace {

constexpr ImportField allFields[] = {ImportField::Date,    ImportField::Voucher, ImportField::Account,
                                     ImportField::Project, ImportField::Text,    ImportField::Amount};

// A value as a message shows it: cut short when long.
QString shown(QByteArrayView value)
{
    QString text = QString::fromUtf8(value);
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString danishDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

PostingRowChecker::PostingRowChecker(const ImportColumns &columns, char delimiter, int year, const QDate &start,
                                     const QDate &end)
    : m_columns(columns)
    , m_headerSize(int(columns.headers.size()))
    , m_delimiter(delimiter)
    , m_year(year)
    , m_start(start)
    , m_end(end)
    , m_startKey(ImportFieldParser::keyOf(start))
    , m_endKey(ImportFieldParser::keyOf(end))
{
}

void PostingRowChecker::setChart(const QList<Account> &accounts, const QList<Project> &projects)
{
    m_accounts = accounts;
    QHash<qint64, qint64> projectOf;
    for (const Project &p : projects) {
        projectOf.insert(p.accountId, p.id);
        m_projectByName.insert(p.name.toCaseFolded(), p.id);
        m_projectName.insert(p.id, p.name);
    }
    for (int slot = 0; slot < accounts.size(); ++slot) {
        const Account &a = accounts.at(slot);
        const qint64 projectId = projectOf.value(a.id);
        m_targets.append({slot, projectId, m_projectName.value(projectId).toUtf8()});
        m_byNumber.insert(a.number.toUtf8(), slot);
        m_byName.insert(a.name.toCaseFolded(), slot);
    }
}

QByteArrayView PostingRowChecker::value(const CsvRecord &record, ImportField field) const
{
    const int i = m_columns[field];
    if (i < 0)
        return {};
    const QByteArrayView value = ImportFieldParser::trimmed(record.field(i));
    // A text column written for spreadsheets: the apostrophe before a formula's first character
    // is not part of the text (after trimming, so that a guarded leading tab stays).
    if (field == ImportField::Account || field == ImportField::Project || field == ImportField::Text)
        return CsvField::text(value);
    return value;
}

const PostingRowChecker::Target *PostingRowChecker::account(QByteArrayView value)
{
    // Without a copy: the hash only reads the bytes.
    const QByteArray raw = QByteArray::fromRawData(value.data(), value.size());
    if (const auto byNumber = m_byNumber.constFind(raw); byNumber != m_byNumber.cend())
        return &m_targets.at(*byNumber);
    if (const auto byText = m_byText.constFind(raw); byText != m_byText.cend())
        return &m_targets.at(*byText);
    const int slot = m_byName.value(QString::fromUtf8(value).toCaseFolded(), -1);
    if (slot < 0)
        return nullptr;
    if (m_byText.size() < 10000) // names repeat; garbage must not fill the memory
        m_byText.insert(QByteArray(value.data(), value.size()), slot);
    return &m_targets.at(slot);
}

std::optional<qint64> PostingRowChecker::project(QByteArrayView value) const
{
    const auto found = m_projectByName.constFind(QString::fromUtf8(value).toCaseFolded());
    if (found == m_projectByName.cend())
        return std::nullopt;
    return *found;
}

bool PostingRowChecker::checkShape(const CsvRecord &record, const Report &report) const
{
    const qint64 line = record.line();
    if (record.size() < m_headerSize) {
        QString missing = tr("a column");
        for (const ImportField field : allFields) {
            if (m_columns[field] >= record.size()) {
                missing = QLatin1Char('"') + columnName(field) + QLatin1Char('"');
                break;
            }
        }
        report({line,
                {},
                {},
                tr("the row has %1 fields, the header %2 (%3 is missing); expected %2 fields separated by a %4.")
                    .arg(record.size())
                    .arg(m_headerSize)
                    .arg(missing, CsvReader::delimiterName(m_delimiter))});
        return false;
    }
    for (int i = m_headerSize; i < record.size(); ++i) {
        const QByteArrayView extra = ImportFieldParser::trimmed(record.field(i));
        if (!extra.isEmpty()) {
            report({line,
                    {},
                    {},
                    tr("the row has %1 fields, the header only %2 (\"%3\" is left over); a value holding a %4 "
                       "must be quoted.")
                        .arg(record.size())
                        .arg(m_headerSize)
                        .arg(shown(extra), CsvReader::delimiterName(m_delimiter))});
            return false;
        }
    }
    return true;
}

bool PostingRowChecker::check(const CsvRecord &record, CheckedPosting *posting, const Report &report)
{
    if (!checkShape(record, report))
        return false;
    const qint64 line = record.line();
    bool ok = true;
    const auto problem = [&](ImportField field, QByteArrayView value, const QString &message) {
        ok = false;
        report({line, columnName(field), shown(value), message});
    };

    const QByteArrayView date = value(record, ImportField::Date);
    posting->date = ImportFieldParser::dateKey(date);
    if (date.isEmpty())
        problem(ImportField::Date, date, tr("the date is missing; expected a date such as 31-03-%1.").arg(m_year));
    else if (posting->date == 0)
        problem(ImportField::Date, date,
                tr("not a date; expected a date such as 31-03-%1, 31.03.%1, 31/03/%1 (day first) or %1-03-31.")
                    .arg(m_year));
    else if (posting->date < m_startKey || posting->date > m_endKey)
        problem(ImportField::Date, date,
                tr("outside the fiscal year %1; expected a date from %2 to %3.")
                    .arg(QString::number(m_year), danishDate(m_start), danishDate(m_end)));

    const QByteArrayView voucher = value(record, ImportField::Voucher);
    const auto voucherNumber = ImportFieldParser::voucher(voucher);
    if (voucher.isEmpty())
        problem(ImportField::Voucher, voucher, tr("the voucher number is missing."));
    else if (!voucherNumber)
        problem(ImportField::Voucher, voucher, tr("not a voucher number; expected digits only."));
    posting->voucher = voucherNumber.value_or(0);

    const QByteArrayView accountText = value(record, ImportField::Account);
    const Target *target = accountText.isEmpty() ? nullptr : account(accountText);
    if (accountText.isEmpty()) {
        problem(ImportField::Account, accountText, tr("the account is missing."));
    } else if (!target) {
        problem(ImportField::Account, accountText,
                m_accounts.isEmpty()
                    ? tr("the ledger has no accounts yet; expected the number or name of an account.")
                    : tr("no account has this number or name; expected an account of the chart of accounts, such "
                         "as %1 (%2).")
                          .arg(m_accounts.constFirst().number, m_accounts.constFirst().name));
    } else {
        posting->accountSlot = target->slot;
        posting->accountId = m_accounts.at(target->slot).id;
        posting->projectId = target->projectId;
    }

    // A project column, when there is one, must name the account's project or nothing.
    const QByteArrayView projectText = value(record, ImportField::Project);
    if (target && !projectText.isEmpty() && projectText != QByteArrayView(target->projectName)) {
        const Account &a = m_accounts.at(target->slot);
        const QString expected = target->projectId
                                     ? tr("expected \"%1\", the project of account %2, or nothing.")
                                           .arg(m_projectName.value(target->projectId), a.number)
                                     : tr("expected nothing: account %1 belongs to no project.").arg(a.number);
        const auto found = project(projectText);
        if (!found)
            problem(ImportField::Project, projectText, tr("no project has this name; %1").arg(expected));
        else if (*found != target->projectId)
            problem(ImportField::Project, projectText, tr("not the account's project; %1").arg(expected));
    }

    const QByteArrayView amount = value(record, ImportField::Amount);
    if (amount.isEmpty()) {
        problem(ImportField::Amount, amount, tr("the amount is missing."));
    } else if (const auto fast = ImportFieldParser::amountFast(amount)) {
        posting->amount = *fast;
    } else if (auto parsed = ImportFieldParser::amount(amount)) {
        posting->amount = parsed->ore();
    } else {
        // Money's message names the value already: keep only its reason.
        const QString text = QString::fromUtf8(amount);
        const QString prefix = QCoreApplication::translate("Money", "'%1' is not an amount: %2").arg(text, QString());
        QString reason = parsed.error().message;
        if (reason.startsWith(prefix))
            reason = reason.mid(prefix.size());
        problem(ImportField::Amount, amount,
                tr("not an amount (%1); expected an amount such as 1.541.130,23, -1.056.176,43, 1.056.176,43- or "
                   "1541130.23.")
                    .arg(reason));
    }

    posting->text = value(record, ImportField::Text);
    return ok;
}

} // namespace annalist
