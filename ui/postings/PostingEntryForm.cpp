#include "PostingEntryForm.h"

#include "AccountRepository.h"
#include "AddPostingCommand.h"
#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "PostingInput.h"
#include "PostingRepository.h"
#include "UndoKeyFilter.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace annalist {
namespace {

QColor problemColor()
{
    return QColor(0xB0, 0x00, 0x20);
}

} // namespace

PostingEntryForm::PostingEntryForm(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_date(new QLineEdit(this))
    , m_voucher(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add Posti&ng"), this))
    , m_completer(new QCompleter(this))
    , m_accountLabels(new QStringListModel(this))
    , m_formProblem(new QLabel(this))
    , m_hint(new QLabel(tr("Enter adds the posting and starts the next one; Escape clears it. In the table: F2 "
                           "edits a cell, Delete deletes the selected postings, Ctrl+F searches."),
                        this))
{
    setObjectName(QStringLiteral("postingEntryForm"));
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_voucher->setObjectName(QStringLiteral("entryVoucher"));
    m_account->setObjectName(QStringLiteral("entryAccount"));
    m_project->setObjectName(QStringLiteral("entryProject"));
    m_text->setObjectName(QStringLiteral("entryText"));
    m_amount->setObjectName(QStringLiteral("entryAmount"));
    m_add->setObjectName(QStringLiteral("entryAdd"));
    m_formProblem->setObjectName(QStringLiteral("entryProblem"));
    m_account->setPlaceholderText(tr("number or name"));
    m_amount->setPlaceholderText(tr("1.234,50"));
    m_voucher->setWhatsThis(tr("<p>The voucher (bilag) number the posting is filed under. The next free number "
                               "is proposed; several postings may share one voucher.</p>"));
    m_account->setWhatsThis(tr("<p>The account, by its number or by part of its name: the list shows the "
                               "accounts that match. Inactive accounts cannot take new postings.</p>"));
    m_amount->setWhatsThis(tr("<p>The amount in kroner and øre, Danish style: <i>1.234,50</i>. Expenses are "
                              "positive, income negative, as in the published statement.</p>"));
    m_voucher->setAlignment(Qt::AlignRight);
    m_amount->setAlignment(Qt::AlignRight);
    m_voucher->setMaximumWidth(90);
    m_date->setMaximumWidth(120);
    m_amount->setMinimumWidth(120);

    m_completer->setModel(m_accountLabels);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_account->setCompleter(m_completer);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QString labels[FieldCount] = {tr("&Date"),    tr("&Voucher"), tr("&Account"),
                                        tr("Pro&ject"), tr("Te&xt"),    tr("A&mount")};
    QPalette red = palette();
    red.setColor(QPalette::WindowText, problemColor());
    // The reasons stand in a list under the fields, each naming its field: a column as narrow as
    // a date would cut them off.
    auto *problems = new QVBoxLayout;
    problems->setSpacing(0);
    for (int f = 0; f < FieldCount; ++f) {
        auto *label = new QLabel(labels[f], this);
        label->setBuddy(widget(Field(f)));
        grid->addWidget(label, 0, f);
        grid->addWidget(widget(Field(f)), 1, f);
        auto *problem = new QLabel(this);
        problem->setObjectName(widget(Field(f))->objectName() + QStringLiteral("Problem"));
        problem->setPalette(red);
        problem->setWordWrap(true);
        problem->hide();
        problems->addWidget(problem);
        m_problems[f] = problem;
        m_fieldNames[f] = QString(labels[f]).remove(QLatin1Char('&'));
    }
    grid->addLayout(problems, 2, 0, 1, FieldCount + 1);
    grid->addWidget(m_add, 1, FieldCount);
    grid->setColumnStretch(AccountField, 2);
    grid->setColumnStretch(ProjectField, 1);
    grid->setColumnStretch(TextField, 3);
    grid->setColumnStretch(AmountField, 1);
    m_formProblem->setPalette(red);
    m_formProblem->setWordWrap(true);
    m_formProblem->hide();
    m_hint->setEnabled(false);
    grid->addWidget(m_formProblem, 3, 0, 1, FieldCount + 1);
    grid->addWidget(m_hint, 4, 0, 1, FieldCount + 1);

    setTabOrder(m_date, m_voucher);
    setTabOrder(m_voucher, m_account);
    setTabOrder(m_account, m_project);
    setTabOrder(m_project, m_text);
    setTabOrder(m_text, m_amount);
    setTabOrder(m_amount, m_add);
    UndoKeyFilter::installOn(this);

    const std::pair<QLineEdit *, Field> edits[] = {{m_date, DateField},
                                                   {m_voucher, VoucherField},
                                                   {m_account, AccountField},
                                                   {m_text, TextField},
                                                   {m_amount, AmountField}};
    for (const auto &[edit, field] : edits) {
        const Field f = field;
        connect(edit, &QLineEdit::textEdited, this, [this, f] { touch(f); });
        connect(edit, &QLineEdit::textChanged, this, [this, f] { check(f); });
    }
    connect(m_voucher, &QLineEdit::textEdited, this, [this] { m_voucherProposed = false; });
    // The completer may fill the field without an edit of its own.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this] { touch(AccountField); });
    // Installed after the completer's filter, so it runs first and sees the focus leave even while
    // the completer's popup is open.
    m_account->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &PostingEntryForm::save);

    m_voucherQuery.setSingleShot(true);
    m_voucherQuery.setInterval(60);
    connect(&m_voucherQuery, &QTimer::timeout, this, &PostingEntryForm::proposeVoucher);
    connect(session, &LedgerSession::ledgerOpened, this, &PostingEntryForm::attach);
    if (session->isOpen())
        attach();
}

QWidget *PostingEntryForm::widget(Field field) const
{
    switch (field) {
    case DateField:
        return m_date;
    case VoucherField:
        return m_voucher;
    case AccountField:
        return m_account;
    case ProjectField:
        return m_project;
    case TextField:
        return m_text;
    case AmountField:
    case FieldCount:
        break;
    }
    return m_amount;
}

void PostingEntryForm::attach()
{
    const LedgerNotifier *notifier = m_session->ledger()->notifier();
    connect(notifier, &LedgerNotifier::postingAdded, this, &PostingEntryForm::noteVoucher);
    connect(notifier, &LedgerNotifier::postingChanged, this, &PostingEntryForm::noteVoucher);
    connect(notifier, &LedgerNotifier::postingRemoved, this, [this] {
        m_followed = true;
        m_voucherQuery.start();
    });
    connect(notifier, &LedgerNotifier::changed, this, &PostingEntryForm::postingsChanged);
    connect(notifier, &LedgerNotifier::everythingChanged, this, [this] {
        reloadChoices();
        m_voucherQuery.start();
    });
}

void PostingEntryForm::setYear(int year)
{
    m_yearNumber = year;
    m_lastDate = {};
    m_lastVoucher = 0;
    readYear();
    if (m_session->isOpen() && year != 0)
        if (auto last = PostingRepository(*m_session->ledger()).lastDate(year); last && last->isValid())
            m_lastDate = *last;
    // The last date posted, when it lies in the year; else today, or the year's first day.
    if (m_year && (!m_lastDate.isValid() || m_lastDate < m_year->start || m_lastDate > m_year->end)) {
        const QDate today = QDate::currentDate();
        m_lastDate = today >= m_year->start && today <= m_year->end ? today : m_year->start;
    }
    reloadChoices();
    m_date->setText(m_lastDate.isValid() ? PostingInput::formatDate(m_lastDate) : QString());
    m_voucher->clear();
    m_voucherProposed = true;
    clearEntry();
    m_voucherQuery.start();
}

void PostingEntryForm::readYear()
{
    m_year.reset();
    if (m_session->isOpen() && m_yearNumber != 0)
        if (auto fiscal = AssociationRepository(*m_session->ledger()).year(m_yearNumber); fiscal && *fiscal)
            m_year = **fiscal;
    const bool open = m_year && !m_year->closed;
    for (int f = 0; f < FieldCount; ++f)
        widget(Field(f))->setEnabled(open && (f != ProjectField || m_project->count() > 0));
    m_add->setEnabled(open);
    if (!m_year)
        setFormProblem(m_yearNumber == 0 ? QString()
                                         : tr("There is no fiscal year %1 in the ledger.").arg(m_yearNumber));
    else if (m_year->closed)
        setFormProblem(tr("The fiscal year %1 is closed; postings can no longer be added.").arg(m_yearNumber));
    else
        setFormProblem({});
    if (open)
        fillProjects();
}

void PostingEntryForm::reloadChoices()
{
    m_accounts.clear();
    m_projects.clear();
    if (m_session->isOpen()) {
        const AccountRepository repository(*m_session->ledger());
        if (auto list = repository.accounts())
            m_accounts = *list;
        if (auto list = repository.projects())
            m_projects = *list;
    }
    QStringList labels;
    for (const Account &a : std::as_const(m_accounts))
        if (a.active)
            labels.append(PostingInput::accountLabel(a));
    if (labels != m_accountLabels->stringList())
        m_accountLabels->setStringList(labels);
    check(AccountField);
}

void PostingEntryForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_voucherStale)
        m_voucherQuery.start();
}

void PostingEntryForm::proposeVoucher()
{
    // The highest voucher of a large year takes a moment to find: only when the form is seen.
    if (!isVisible()) {
        m_voucherStale = true;
        return;
    }
    m_voucherStale = false;
    if (!m_session->isOpen() || m_yearNumber == 0)
        return;
    if (auto last = PostingRepository(*m_session->ledger()).lastVoucher(m_yearNumber))
        m_lastVoucher = *last;
    if (m_voucherProposed)
        m_voucher->setText(QString::number(m_lastVoucher + 1));
}

void PostingEntryForm::noteVoucher(qint64 postingId)
{
    m_followed = true;
    auto posting = PostingRepository(*m_session->ledger()).posting(postingId);
    if (!posting || !*posting || (*posting)->year != m_yearNumber || (*posting)->voucher <= m_lastVoucher)
        return;
    m_lastVoucher = (*posting)->voucher;
    if (m_voucherProposed)
        m_voucher->setText(QString::number(m_lastVoucher + 1));
}

void PostingEntryForm::postingsChanged(LedgerNotifier::Table table)
{
    if (table == LedgerNotifier::Table::Accounts || table == LedgerNotifier::Table::Projects) {
        reloadChoices();
    } else if (table == LedgerNotifier::Table::Years) {
        readYear(); // closing the year locks the form; what is typed stays
    } else if (table == LedgerNotifier::Table::Postings) {
        // A change without a posting's id (an import): the highest voucher is read again.
        if (!m_followed)
            m_voucherQuery.start();
        m_followed = false;
    }
}

void PostingEntryForm::touch(Field field)
{
    m_touched[field] = true;
    setFormProblem({});
    check(field);
}

bool PostingEntryForm::check(Field field)
{
    Status status = Done{};
    if (!m_year) {
        status = badInput(tr("There is no fiscal year %1 in the ledger.").arg(m_yearNumber));
        showCheck(field, status);
        return false;
    }
    switch (field) {
    case DateField:
        if (auto date = PostingInput::date(m_date->text(), *m_year); !date)
            status = date.error();
        break;
    case VoucherField:
        if (auto voucher = PostingInput::voucher(m_voucher->text()); !voucher)
            status = voucher.error();
        break;
    case AccountField:
        if (auto account = PostingInput::account(m_account->text(), m_accounts); !account)
            status = account.error();
        fillProjects();
        break;
    case AmountField:
        if (auto amount = PostingInput::amount(m_amount->text()); !amount)
            status = amount.error();
        break;
    case ProjectField:
    case TextField:
    case FieldCount:
        break;
    }
    showCheck(field, status);
    return status.ok();
}

void PostingEntryForm::setFormProblem(const QString &problem)
{
    m_formProblem->setText(problem);
    m_formProblem->setVisible(!problem.isEmpty());
}

void PostingEntryForm::showCheck(Field field, const Status &status)
{
    const QString reason = status || !m_touched.at(field) ? QString() : status.error().message;
    QLabel *problem = m_problems.at(field);
    problem->setText(reason.isEmpty() ? QString() : tr("%1: %2").arg(m_fieldNames.at(field), reason));
    problem->setVisible(!reason.isEmpty());
    QWidget *input = widget(field);
    input->setToolTip(reason);
    // The field itself shows that it needs a change, next to the reason below.
    QPalette tint = palette();
    if (!reason.isEmpty())
        tint.setColor(QPalette::Base, QColor(0xFD, 0xE7, 0xE9));
    input->setPalette(tint);
}

void PostingEntryForm::fillProjects()
{
    auto account = PostingInput::account(m_account->text(), m_accounts);
    const std::optional<qint64> project = account ? PostingInput::projectOf(account->id, m_projects) : std::nullopt;
    const QVariant wanted = project ? QVariant(*project) : QVariant();
    const QString none = account ? tr("(no project)") : QString();
    if (m_project->count() != 1 || m_project->itemData(0) != wanted || (!project && m_project->itemText(0) != none)) {
        m_project->clear();
        if (project) {
            for (const Project &p : std::as_const(m_projects))
                if (p.id == *project)
                    m_project->addItem(p.name, p.id);
        } else {
            m_project->addItem(none);
        }
    }
    m_project->setEnabled(project.has_value() && m_year && !m_year->closed);
}

bool PostingEntryForm::save()
{
    if (!m_year || m_year->closed) {
        setFormProblem(!m_year
                           ? tr("There is no fiscal year %1 in the ledger.").arg(m_yearNumber)
                           : tr("The fiscal year %1 is closed; postings can no longer be added.").arg(m_yearNumber));
        return false;
    }
    m_touched.fill(true);
    int firstBad = -1;
    for (int f = 0; f < FieldCount; ++f)
        if (!check(Field(f)) && firstBad < 0)
            firstBad = f;
    if (firstBad >= 0) {
        // Nothing is written and nothing typed is lost: the cursor goes to what needs a change.
        widget(Field(firstBad))->setFocus(Qt::OtherFocusReason);
        return false;
    }
    Posting posting;
    posting.year = m_year->year;
    posting.date = *PostingInput::date(m_date->text(), *m_year);
    posting.voucher = *PostingInput::voucher(m_voucher->text());
    posting.accountId = PostingInput::account(m_account->text(), m_accounts)->id;
    if (const QVariant project = m_project->currentData(); project.isValid())
        posting.projectId = project.toLongLong();
    posting.text = m_text->text().trimmed();
    posting.amount = *PostingInput::amount(m_amount->text());

    auto command = std::make_unique<AddPostingCommand>(m_session, posting);
    const AddPostingCommand *added = command.get();
    if (auto done = m_session->execute(std::move(command)); !done) {
        setFormProblem(done.error().message);
        return false;
    }
    const qint64 id = added->postingId();
    m_lastDate = posting.date;
    m_lastVoucher = std::max(m_lastVoucher, posting.voucher);
    m_date->setText(PostingInput::formatDate(m_lastDate));
    m_voucher->setText(QString::number(m_lastVoucher + 1));
    m_voucherProposed = true;
    clearEntry();
    focusFirst();
    emit posted(id);
    return true;
}

void PostingEntryForm::clearEntry()
{
    m_text->clear();
    m_amount->clear();
    m_touched.fill(false);
    for (int f = 0; f < FieldCount; ++f)
        check(Field(f));
}

void PostingEntryForm::focusFirst()
{
    m_date->setFocus(Qt::OtherFocusReason);
    m_date->selectAll();
}

bool PostingEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_account && event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
        showAccountLabel();
    return QWidget::eventFilter(watched, event);
}

// "2020" becomes "2020 Administration" once the field is left, so that the choice can be seen.
void PostingEntryForm::showAccountLabel()
{
    if (auto account = PostingInput::account(m_account->text(), m_accounts))
        if (m_account->text() != PostingInput::accountLabel(*account))
            m_account->setText(PostingInput::accountLabel(*account));
}

void PostingEntryForm::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        event->accept();
        if (focusWidget() == m_account)
            showAccountLabel();
        save();
        return;
    case Qt::Key_Escape:
        // Cancels the posting being typed; date, voucher and account stay for the next one.
        event->accept();
        setFormProblem({});
        clearEntry();
        focusFirst();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace annalist
