#include "AuditTrailDialog.h"

#include "LedgerSession.h"
#include "Settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace annalist {

AuditTrailDialog::AuditTrailDialog(LedgerSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tableFilter(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_verdict(new QLabel(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Audit Trail"));
    setObjectName(QStringLiteral("AuditTrailDialog"));
    resize(1100, 650);
    m_tableFilter->addItem(tr("All tables"), QString());
    for (const char *t : {"postings", "budgets", "budget_changes", "budget_months", "accounts", "projects", "members",
                          "member_contributions", "notes", "control_totals", "fiscal_years", "association"})
        m_tableFilter->addItem(QLatin1String(t), QLatin1String(t));
    m_action->addItem(tr("All actions"), QString());
    for (const char *a : {"insert", "update", "delete", "import", "undo-import", "close", "reopen"})
        m_action->addItem(QLatin1String(a), QLatin1String(a));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setSpecialValueText(tr("any"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setDate(d->minimumDate());
    }
    m_user->setPlaceholderText(tr("any user"));
    m_text->setPlaceholderText(tr("text in the row or its values"));
    m_tableFilter->setAccessibleName(tr("Table"));
    m_action->setAccessibleName(tr("Action"));
    m_user->setAccessibleName(tr("User"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_text->setAccessibleName(tr("Text"));

    auto *filters = new QFormLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_tableFilter);
    row->addWidget(m_action);
    row->addWidget(m_user);
    filters->addRow(tr("&Table, action, user:"), row);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addWidget(m_text, 1);
    filters->addRow(tr("&From:"), dates);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Recorded changes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV..."), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setToolTip(tr("Write the records the filter shows as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    // Filters apply as they change, typed text after a pause.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &AuditTrailDialog::refresh);
    connect(m_tableFilter, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditTrailDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTrailDialog::refresh);
    connect(m_user, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    refresh();
}

AuditFilter AuditTrailDialog::filter() const
{
    AuditFilter f;
    f.tableName = m_tableFilter->currentData().toString();
    f.action = m_action->currentData().toString();
    f.user = m_user->text().trimmed();
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    f.text = m_text->text().trimmed();
    return f;
}

QString AuditTrailDialog::verdict() const
{
    return m_verdict->text();
}

void AuditTrailDialog::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("No."), tr("When (UTC)"), tr("User"), tr("Action"), tr("Table"), tr("Row"), tr("Before"), tr("After")});
    const Ledger *ledger = m_session->ledger();
    if (!ledger)
        return;
    const AuditTrail trail(*ledger);
    auto report = trail.verify();
    if (!report)
        m_verdict->setText(report.error().message);
    else if (report->intact())
        m_verdict->setText(tr("The trail is intact: %1 records, head %2.").arg(report->records).arg(report->headHash));
    else
        m_verdict->setText(
            tr("<b>The trail has been tampered with:</b> %1").arg(report->problems.first().message.toHtmlEscaped()));
    AuditFilter f = filter();
    auto total = trail.count(f);
    // The newest first: the last records of the filtered list.
    const qint64 all = total ? *total : 0;
    f.offset = std::max<qint64>(0, all - shownAtMost);
    f.limit = shownAtMost;
    auto records = trail.records(f);
    if (!records) {
        m_count->setText(records.error().message);
        return;
    }
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        QList<QStandardItem *> items;
        for (const QString &value : {QString::number(it->id), it->at, it->user, it->action, it->tableName, it->rowKey,
                                     it->oldValues, it->newValues}) {
            auto *item = new QStandardItem(value);
            item->setToolTip(value);
            items << item;
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    for (int c = 6; c < 8; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    m_count->setText(all > shownAtMost ? tr("The newest %1 of %2 records.").arg(shownAtMost).arg(all)
                                       : tr("%1 records.").arg(all));
}

Status AuditTrailDialog::exportTo(const QString &path)
{
    if (!m_session->ledger())
        return usageError(tr("No ledger is open."));
    auto written = AuditTrail(*m_session->ledger()).exportCsv(path, filter());
    if (!written)
        return written.error();
    m_count->setText(tr("Wrote %1 records to %2.").arg(*written).arg(path));
    return Done{};
}

void AuditTrailDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Trail"), QDir(Settings::chartFolder()).filePath(QStringLiteral("audit.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto done = exportTo(path); !done)
        QMessageBox::warning(this, tr("Export Audit Trail"), done.error().message);
}

} // namespace annalist
