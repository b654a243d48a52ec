#include "MembersView.h"

#include "AmountFormat.h"
#include "LedgerSession.h"
#include "MemberDialog.h"
#include "MemberRemoveCommand.h"
#include "MembersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

MembersView::MembersView(LedgerSession *session, QWidget *parent)
    : MasterDataPage(session, parent), m_model(new MembersModel(session, this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("MembersView"));
    table()->setObjectName(QStringLiteral("membersTable"));
    table()->setAccessibleName(tr("Members"));
    pageLayout()->addWidget(table(), 1);
    m_summary->setObjectName(QStringLiteral("membersSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pageLayout()->addWidget(m_summary);
    connect(m_model, &MembersModel::totalsChanged, this, &MembersView::showTotals);
    setModel(m_model);
    table()->horizontalHeader()->setSectionResizeMode(MembersModel::MunicipalityColumn, QHeaderView::Stretch);
    table()->horizontalHeader()->setSectionResizeMode(MembersModel::ContributionColumn, QHeaderView::Stretch);
    connect(session, &LedgerSession::revealRequested, this, &MembersView::reveal);
}

void MembersView::retranslate()
{
    MasterDataPage::retranslate();
    setHeading(tr("Members and contributions %1").arg(session()->year()));
    addItemAction()->setText(tr("&Add Member..."));
    deleteItemAction()->setText(tr("&Delete Member"));
    showTotals();
}

QString MembersView::summaryText() const
{
    return m_summary->text();
}

void MembersView::showTotals()
{
    setHeading(tr("Members and contributions %1").arg(session()->year()));
    const Money sum = m_model->sum();
    const auto &line = m_model->contributionsLine();
    if (!line) {
        m_differs = !sum.isZero();
        m_summary->setText(tr("Sum of contributions: <b>%1</b>. No account is marked as the contributions line.")
                               .arg(AmountFormat::format(sum)));
        return;
    }
    const Money difference = sum - m_model->lineAmount();
    m_differs = !difference.isZero();
    const QString mark = m_differs ? QStringLiteral("color: #b00020; font-weight: bold;") : QString();
    m_summary->setText(tr("Sum of contributions: <b>%1</b> &nbsp; Contributions line %2: <b>%3</b> &nbsp; "
                          "<span style='%5'>Difference: %4</span>")
                           .arg(AmountFormat::format(sum),
                                QStringLiteral("%1 %2").arg(line->number, line->name).toHtmlEscaped(),
                                AmountFormat::format(m_model->lineAmount()), AmountFormat::format(difference), mark));
    m_summary->setToolTip(m_differs ? tr("The members' contributions do not add up to the contributions line.")
                                    : tr("The members' contributions add up to the contributions line."));
}

void MembersView::addItem()
{
    auto *dialog = new MemberDialog(session(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadNow();
        selectKey(dialog->memberId());
    });
    dialog->open();
}

void MembersView::deleteRow(int row)
{
    const Member member = m_model->member(row);
    if (!confirm(tr("Delete Member"),
                 tr("Delete the member %1 and what it paid in every year?").arg(member.municipality)))
        return;
    if (auto done = session()->execute(std::make_unique<MemberRemoveCommand>(session(), member)); !done)
        showRefusal(done.error().message);
    else
        clearMessage();
}

void MembersView::reveal(const FindingLocation &location)
{
    if (location.kind != FindingLocation::Kind::Member)
        return;
    if (location.id > 0 && selectKey(location.id))
        return;
    reloadNow();
    const int row = m_model->rowOfMunicipality(location.key);
    if (row >= 0)
        selectKey(m_model->keyAt(row));
}

} // namespace annalist
