#include "InterviewEditor.h"

#include "LedgerSession.h"
#include "PictureAltTextCommand.h"
#include "PictureImage.h"
#include "PictureInsertCommand.h"
#include "ReportRepository.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace annalist {

InterviewEditor::InterviewEditor(LedgerSession *session, QWidget *parent)
    : SectionEditor(session, parent)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_municipality(new QLineEdit(this))
    , m_portrait(new QLabel(this))
    , m_choosePortrait(new QPushButton(this))
    , m_altText(new QLineEdit(this))
    , m_answers(new QTableWidget(0, 2, this))
    , m_addAnswer(new QPushButton(this))
    , m_removeAnswer(new QPushButton(this))
{
    setObjectName(QStringLiteral("InterviewEditor"));
    m_name->setObjectName(QStringLiteral("interviewName"));
    m_title->setObjectName(QStringLiteral("interviewTitle"));
    m_municipality->setObjectName(QStringLiteral("interviewMunicipality"));
    m_altText->setObjectName(QStringLiteral("portraitAltText"));
    m_answers->setObjectName(QStringLiteral("interviewAnswers"));
    m_portrait->setFixedSize(72, 90);
    m_portrait->setAlignment(Qt::AlignCenter);
    m_portrait->setFrameShape(QFrame::StyledPanel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Municipality:"), m_municipality);
    auto *portraitRow = new QHBoxLayout;
    portraitRow->addWidget(m_portrait);
    auto *portraitSide = new QVBoxLayout;
    portraitSide->addWidget(m_choosePortrait);
    portraitSide->addWidget(m_altText);
    portraitSide->addStretch(1);
    portraitRow->addLayout(portraitSide, 1);
    form->addRow(tr("Portrait:"), portraitRow);

    m_answers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_answers->verticalHeader()->hide();
    m_answers->setWordWrap(true);
    m_answers->setTabKeyNavigation(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAnswer);
    buttons->addWidget(m_removeAnswer);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_answers, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_name);

    for (QLineEdit *edit : {m_name, m_title, m_municipality})
        connect(edit, &QLineEdit::editingFinished, this, &InterviewEditor::writePerson);
    connect(m_altText, &QLineEdit::editingFinished, this, &InterviewEditor::writeAltText);
    connect(m_choosePortrait, &QPushButton::clicked, this, &InterviewEditor::choosePortrait);
    connect(m_addAnswer, &QPushButton::clicked, this, &InterviewEditor::addAnswer);
    connect(m_removeAnswer, &QPushButton::clicked, this, &InterviewEditor::removeAnswer);
    connect(m_answers, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            writeAnswers();
    });
    retranslate();
}

void InterviewEditor::retranslate()
{
    m_answers->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_choosePortrait->setText(tr("Choose &Portrait..."));
    m_choosePortrait->setToolTip(tr("A PNG, JPEG or SVG picture of the person, kept in the ledger"));
    m_altText->setPlaceholderText(tr("Alternative text: what the portrait shows"));
    m_altText->setAccessibleName(tr("Alternative text of the portrait"));
    m_addAnswer->setText(tr("&Add Question"));
    m_removeAnswer->setText(tr("&Remove Question"));
    m_answers->setAccessibleName(tr("Questions and answers"));
    m_name->setAccessibleName(tr("Name"));
    m_title->setAccessibleName(tr("Title"));
    m_municipality->setAccessibleName(tr("Municipality"));
}

void InterviewEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SectionEditor::changeEvent(event);
}

void InterviewEditor::load(const ReportSection &stored)
{
    setSection(stored);
    m_loading = true;
    const Interview &i = stored.interview;
    m_name->setText(i.name);
    m_title->setText(i.title);
    m_municipality->setText(i.municipality);
    m_answers->setRowCount(int(i.answers.size()));
    for (int row = 0; row < i.answers.size(); ++row) {
        m_answers->setItem(row, 0, new QTableWidgetItem(i.answers.at(row).question));
        m_answers->setItem(row, 1, new QTableWidgetItem(i.answers.at(row).answer));
    }
    m_answers->resizeRowsToContents();
    showPortrait();
    m_loading = false;
}

void InterviewEditor::showPortrait()
{
    m_portrait->clear();
    m_storedAlt.clear();
    m_altText->clear();
    const auto id = section().interview.portraitId;
    m_altText->setEnabled(id.has_value());
    if (!id || !session()->isOpen()) {
        m_portrait->setText(tr("No portrait"));
        return;
    }
    auto picture = ReportRepository(*session()->ledger()).picture(*id);
    if (!picture || !picture->has_value())
        return;
    m_storedAlt = (*picture)->altText;
    m_altText->setText(m_storedAlt);
    const QImage image = PictureImage::render(**picture, 200);
    if (!image.isNull())
        m_portrait->setPixmap(QPixmap::fromImage(
            image.scaled(m_portrait->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void InterviewEditor::writePerson()
{
    ReportSection after = section();
    after.interview.name = m_name->text().trimmed();
    after.interview.title = m_title->text().trimmed();
    after.interview.municipality = m_municipality->text().trimmed();
    if (sectionOptionsJson(after) != sectionOptionsJson(section()))
        write(after, SectionEditCommand::Part::Interview);
}

void InterviewEditor::writeAnswers()
{
    ReportSection after = section();
    after.interview.answers.clear();
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_answers->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        after.interview.answers.append({text(0), text(1)});
    }
    if (sectionOptionsJson(after) != sectionOptionsJson(section()))
        write(after, SectionEditCommand::Part::Interview);
}

void InterviewEditor::writeAltText()
{
    const auto id = section().interview.portraitId;
    const QString alt = m_altText->text().trimmed();
    if (!id || alt == m_storedAlt)
        return;
    if (auto done = session()->execute(
            std::make_unique<PictureAltTextCommand>(session(), *id, section().interview.name, m_storedAlt, alt));
        !done)
        emit refused(done.error().message);
    else
        m_storedAlt = alt;
}

void InterviewEditor::choosePortrait()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose Portrait"), QString(), PictureImage::fileFilter());
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString alt = QInputDialog::getText(this, tr("Alternative Text"), tr("What the portrait shows:"),
                                              QLineEdit::Normal, tr("Portrait of %1").arg(m_name->text()), &ok);
    if (ok)
        setPortrait(path, alt.trimmed());
}

bool InterviewEditor::setPortrait(const QString &path, const QString &altText)
{
    auto picture = PictureImage::fromFile(path);
    if (!picture) {
        emit refused(picture.error().message);
        return false;
    }
    picture->altText = altText;
    const ReportSection before = section();
    if (before.id == 0)
        return false;
    // The picture and the interview pointing at it are one step: stored together, undone together.
    auto place = [this](qint64 id) {
        ReportSection after = section();
        after.interview.portraitId = id;
        setSection(after);
        return after;
    };
    if (auto done = session()->execute(std::make_unique<PictureInsertCommand>(
            session(), PictureInsertCommand::Where::Portrait, before, *picture, place));
        !done) {
        load(before);
        emit refused(done.error().message);
        return false;
    }
    showPortrait();
    return true;
}

void InterviewEditor::addAnswer()
{
    const int row = m_answers->rowCount();
    m_loading = true;
    m_answers->insertRow(row);
    m_answers->setItem(row, 0, new QTableWidgetItem);
    m_answers->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_answers->setCurrentCell(row, 0);
    m_answers->setFocus();
    m_answers->editItem(m_answers->item(row, 0));
}

void InterviewEditor::removeAnswer()
{
    const int row = m_answers->currentRow();
    if (row < 0)
        return;
    m_loading = true;
    m_answers->removeRow(row);
    m_loading = false;
    writeAnswers();
}

} // namespace annalist
