#include "ChoiceSectionEditor.h"

#include "ReportTreeModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

ChoiceSectionEditor::ChoiceSectionEditor(LedgerSession *session, QWidget *parent)
    : SectionEditor(session, parent)
    , m_explanation(new QLabel(this))
    , m_label(new QLabel(this))
    , m_choice(new QComboBox(this))
{
    setObjectName(QStringLiteral("ChoiceSectionEditor"));
    m_choice->setObjectName(QStringLiteral("sectionChoice"));
    m_explanation->setWordWrap(true);
    m_label->setBuddy(m_choice);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(m_label, m_choice);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    setFocusProxy(m_choice);
    connect(m_choice, &QComboBox::activated, this, &ChoiceSectionEditor::choose);
}

void ChoiceSectionEditor::load(const ReportSection &stored)
{
    setSection(stored);
    m_choice->clear();
    if (stored.kind == SectionKind::Statement) {
        m_label->setText(tr("&Layout:"));
        m_choice->setAccessibleName(tr("Statement layout"));
        m_choice->addItem(tr("Published: Income | Expenses | Net"), publishedLayout());
        m_choice->addItem(tr("Budget view: Budget | Actual | Deviation"), budgetLayout());
        m_choice->setCurrentIndex(stored.statementLayout == budgetLayout() ? 1 : 0);
        m_explanation->setText(tr("The statement is made from the ledger's postings, budgets and notes when the "
                                  "report is laid out; nothing in it is typed twice."));
    } else {
        m_label->setText(tr("&Chart:"));
        m_choice->setAccessibleName(tr("Chart"));
        for (const QString &key : reportChartKeys()) {
            ReportSection probe;
            probe.kind = SectionKind::Chart;
            probe.chartKey = key;
            m_choice->addItem(ReportTreeModel::kindText(probe).section(QStringLiteral(": "), 1), key);
        }
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(stored.chartKey)));
        m_explanation->setText(tr("The chart is drawn from the ledger's figures for the year, as vectors in the "
                                  "PDF, the same as on the Overview."));
    }
}

void ChoiceSectionEditor::choose(int index)
{
    ReportSection after = section();
    const QString value = m_choice->itemData(index).toString();
    if (after.kind == SectionKind::Statement)
        after.statementLayout = value;
    else
        after.chartKey = value;
    if (sectionOptionsJson(after) != sectionOptionsJson(section()))
        write(after, SectionEditCommand::Part::Options);
}

} // namespace annalist
