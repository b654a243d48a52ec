#include "PostingFilterBar.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "PostingInput.h"
#include "UndoKeyFilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace annalist {
namespace {

// Typing waits this long for the next key before the postings are asked for again.
constexpr int typingPauseMs = 150;

void selectData(QComboBox *box, const std::optional<qint64> &id)
{
    const int at = id ? box->findData(*id) : 0;
    box->setCurrentIndex(at < 0 ? 0 : at);
}

std::optional<qint64> selectedId(const QComboBox *box)
{
    const QVariant data = box->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toLongLong();
}

} // namespace

PostingFilterBar::PostingFilterBar(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Search text, account or voucher (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_account->setObjectName(QStringLiteral("filterAccount"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(18);
    m_project->setObjectName(QStringLiteral("filterProject"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(14);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setPlaceholderText(tr("from date"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setPlaceholderText(tr("to date"));
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setMaximumWidth(110);
        edit->setClearButtonEnabled(true);
    }
    m_problem->setObjectName(QStringLiteral("filterProblem"));
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_problem->setPalette(red);
    m_problem->hide();
    auto *clear = new QPushButton(tr("C&lear Filter"), this);
    clear->setObjectName(QStringLiteral("filterClear"));

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_text);
    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_account);
    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_project);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_text, 2);
    row->addWidget(accountLabel);
    row->addWidget(m_account, 1);
    row->addWidget(projectLabel);
    row->addWidget(m_project, 1);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(clear);
    outer->addLayout(row);
    outer->addWidget(m_problem);
    UndoKeyFilter::installOn(this);

    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &PostingFilterBar::announce);
    for (QLineEdit *edit : {m_text, m_from, m_to}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_quiet)
                m_typing.start();
        });
        // Enter asks at once instead of waiting for the pause.
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_typing.isActive())
                announce();
        });
    }
    for (QComboBox *box : {m_account, m_project})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                announce();
        });
    connect(clear, &QPushButton::clicked, this, [this] {
        PostingFilter none;
        none.year = m_year;
        setFilter(none);
        m_text->setFocus();
    });
    reloadChoices();
}

void PostingFilterBar::reloadChoices()
{
    QList<Account> accounts;
    QList<Project> projects;
    if (m_session->isOpen()) {
        const AccountRepository repository(*m_session->ledger());
        if (auto list = repository.accounts())
            accounts = *list;
        if (auto list = repository.projects())
            projects = *list;
    }
    QStringList accountLabels{tr("All accounts")};
    for (const Account &a : std::as_const(accounts))
        accountLabels.append(PostingInput::accountLabel(a));
    QStringList projectLabels{tr("All projects")};
    for (const Project &p : std::as_const(projects))
        projectLabels.append(p.name);
    const auto same = [](const QComboBox *box, const QStringList &labels) {
        if (box->count() != labels.size())
            return false;
        for (int i = 0; i < labels.size(); ++i)
            if (box->itemText(i) != labels.at(i))
                return false;
        return true;
    };
    if (same(m_account, accountLabels) && same(m_project, projectLabels))
        return;
    const std::optional<qint64> account = selectedId(m_account);
    const std::optional<qint64> project = selectedId(m_project);
    m_quiet = true;
    m_account->clear();
    m_account->addItem(accountLabels.first());
    for (const Account &a : std::as_const(accounts))
        m_account->addItem(PostingInput::accountLabel(a), a.id);
    m_project->clear();
    m_project->addItem(projectLabels.first());
    for (const Project &p : std::as_const(projects))
        m_project->addItem(p.name, p.id);
    selectData(m_account, account);
    selectData(m_project, project);
    m_quiet = false;
}

void PostingFilterBar::setYear(int year)
{
    takeYear(year);
    announce();
}

void PostingFilterBar::takeYear(int year)
{
    m_year = year;
    m_fiscalYear = {};
    m_fiscalYear.year = year;
    if (m_session->isOpen())
        if (auto fiscal = AssociationRepository(*m_session->ledger()).year(year); fiscal && *fiscal)
            m_fiscalYear = **fiscal;
    m_quiet = true;
    m_from->clear();
    m_to->clear();
    m_quiet = false;
    reloadChoices();
}

QDate PostingFilterBar::readDate(QLineEdit *edit, QString *problem) const
{
    if (edit->text().trimmed().isEmpty())
        return {};
    auto date = PostingInput::date(edit->text(), m_fiscalYear);
    if (!date) {
        if (problem->isEmpty())
            *problem = date.error().message;
        return {};
    }
    return *date;
}

PostingFilter PostingFilterBar::filter() const
{
    PostingFilter f;
    f.year = m_year;
    f.text = m_text->text().trimmed();
    f.accountId = selectedId(m_account);
    f.projectId = selectedId(m_project);
    QString problem;
    f.from = readDate(m_from, &problem);
    f.to = readDate(m_to, &problem);
    return f;
}

void PostingFilterBar::setFilter(const PostingFilter &filter)
{
    if (filter.year != 0 && filter.year != m_year)
        takeYear(filter.year);
    m_typing.stop();
    m_quiet = true;
    m_text->setText(filter.text);
    selectData(m_account, filter.accountId);
    selectData(m_project, filter.projectId);
    m_from->setText(filter.from.isValid() ? PostingInput::formatDate(filter.from) : QString());
    m_to->setText(filter.to.isValid() ? PostingInput::formatDate(filter.to) : QString());
    m_quiet = false;
    announce();
}

void PostingFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void PostingFilterBar::announce()
{
    m_typing.stop();
    QString problem;
    readDate(m_from, &problem);
    readDate(m_to, &problem);
    // A date being typed is left out until it reads as one; the reason shows meanwhile.
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit filterChanged(filter());
}

} // namespace annalist
