#include "ImportFilePage.h"

#include "ImportPreviewModel.h"
#include "ImportProfileRepository.h"
#include "LedgerSession.h"
#include "SaveImportProfileCommand.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {
namespace {

constexpr int previewRows = 20;
constexpr int readDelayMs = 300; // typing a path: read once typing pauses

constexpr std::array<ImportField, importFieldCount> fields{ImportField::Date,    ImportField::Voucher,
                                                           ImportField::Account, ImportField::Project,
                                                           ImportField::Text,    ImportField::Amount};

} // namespace

ImportFilePage::ImportFilePage(LedgerSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_year(new QSpinBox(this))
    , m_profile(new QComboBox(this))
    , m_saveProfile(new QPushButton(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the File"));
    setSubTitle(tr("Annalist reads the CSV export of the ERP system. Check how the file is read and which "
                   "column holds what; the first rows show the result."));

    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("The CSV file to import"));
    m_file->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setText(tr("B&rowse..."));
    m_browse->setAutoDefault(false);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1900, 2999);
    m_year->setValue(session->year() > 0 ? session->year() : QDate::currentDate().year());
    m_profile->setObjectName(QStringLiteral("profile"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfile"));
    m_saveProfile->setText(tr("&Save as Profile..."));
    m_saveProfile->setAutoDefault(false);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Auto"), int(CsvEncoding::Auto));
    for (const CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Windows1252, CsvEncoding::Latin1})
        m_encoding->addItem(CsvReader::encodingName(e), int(e));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Auto"), 0);
    m_delimiter->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiter->addItem(tr("Comma (,)"), int(','));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_saveProfile);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Fiscal &year:"), m_year);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, profileRow);
    auto *reading = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    reading->addWidget(encodingLabel);
    reading->addWidget(m_encoding, 1);
    reading->addSpacing(12);
    reading->addWidget(delimiterLabel);
    reading->addWidget(m_delimiter, 1);
    form->addRow(tr("Read as:"), reading);
    form->addRow(QString(), m_detected);

    // One choice a field, labelled with its own accelerator.
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(columnsBox);
    const QStringList labels{tr("Da&te:"),    tr("&Voucher:"), tr("A&ccount:"),
                             tr("Pro&ject:"), tr("Te&xt:"),    tr("A&mount:")};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const ImportField field = fields[i];
        auto *box = new QComboBox(columnsBox);
        box->setObjectName(QStringLiteral("column_") + ImportMapping::key(field));
        box->setPlaceholderText(tr("(choose a column)"));
        box->setMinimumContentsLength(14);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(labels.at(int(i)), columnsBox);
        label->setBuddy(box);
        const int row = int(i) / 3;
        const int column = int(i) % 3 * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_columns[i] = box;
        connect(box, &QComboBox::activated, this, [this, field](int index) { chooseColumn(field, index); });
    }

    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setAccessibleName(tr("Preview of the file"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: the next control is one key away
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *previewLabel = new QLabel(tr("Previe&w of the first rows (line numbers on the left):"), this);
    previewLabel->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(columnsBox);
    layout->addWidget(m_message);
    layout->addWidget(previewLabel);
    layout->addWidget(m_table, 1);

    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_year);
    setTabOrder(m_year, m_profile);
    setTabOrder(m_profile, m_saveProfile);
    setTabOrder(m_saveProfile, m_encoding);
    setTabOrder(m_encoding, m_delimiter);
    QWidget *previous = m_delimiter;
    for (QComboBox *box : m_columns) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_table);

    m_readDelay.setSingleShot(true);
    m_readDelay.setInterval(readDelayMs);
    connect(&m_readDelay, &QTimer::timeout, this, &ImportFilePage::readFile);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_readDelay.start();
        emit completeChanged(); // the preview is of another file until it is read
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_readPath)
            readFile();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportFilePage::completeChanged);
    connect(m_profile, &QComboBox::activated, this, &ImportFilePage::chooseProfile);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportFilePage::saveProfile);
    connect(m_encoding, &QComboBox::activated, this, &ImportFilePage::readFile);
    connect(m_delimiter, &QComboBox::activated, this, &ImportFilePage::readFile);

    loadProfiles(QString());
    showDetected();
    showMapping();
}

QString ImportFilePage::path() const
{
    return m_file->text().trimmed();
}

int ImportFilePage::year() const
{
    return m_year->value();
}

CsvEncoding ImportFilePage::encoding() const
{
    return CsvEncoding(m_encoding->currentData().toInt());
}

char ImportFilePage::delimiter() const
{
    return char(m_delimiter->currentData().toInt());
}

ImportOptions ImportFilePage::options() const
{
    ImportOptions options;
    options.year = year();
    options.encoding = encoding();
    options.delimiter = delimiter();
    options.mapping = m_mapping;
    return options;
}

void ImportFilePage::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Import Postings"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_file->setText(chosen);
    readFile();
    m_file->setFocus();
}

void ImportFilePage::readFile()
{
    m_readDelay.stop();
    const QString file = path();
    m_readPath = file;
    m_readEncoding = encoding();
    m_readDelimiter = delimiter();
    if (file.isEmpty()) {
        m_preview.reset();
        m_model->clear();
        showMessage(QString());
    } else {
        ImportOptions reading = options();
        auto preview = ImportPreview::read(file, reading, previewRows);
        if (preview) {
            m_preview = *preview;
            m_model->setPreview(*preview);
        } else {
            m_preview.reset();
            m_model->clear();
        }
        showMessage(preview ? QString() : preview.error().message);
    }
    showDetected();
    showMapping();
    emit completeChanged();
}

void ImportFilePage::showDetected()
{
    if (!m_preview) {
        m_detected->setText(path().isEmpty() ? tr("Choose the CSV file to import.") : QString());
        return;
    }
    const QString encodingName = CsvReader::encodingName(m_preview->encoding);
    const QString delimiterName = CsvReader::delimiterName(m_preview->delimiter);
    // "Auto" says what it found; a choice of the user is shown as chosen.
    if (m_readEncoding == CsvEncoding::Auto)
        m_encoding->setItemText(0, tr("Auto (%1)").arg(encodingName));
    if (m_readDelimiter == 0)
        m_delimiter->setItemText(0, tr("Auto (%1)").arg(delimiterName));
    QString text = tr("Read as %1 with the %2 as delimiter; the header is on line %3.")
                       .arg(encodingName, delimiterName, QString::number(m_preview->headerLine));
    if (m_preview->encoding == CsvEncoding::Auto)
        text += QLatin1Char(' ') + tr("The first rows hold no letters beyond ASCII; the rest decides the encoding.");
    m_detected->setText(text);
}

void ImportFilePage::showMapping()
{
    const QStringList headers = m_preview ? m_preview->headers : QStringList();
    QString problem;
    if (m_preview) {
        m_preview->columns = m_mapping.detect(headers);
        auto resolved = m_mapping.resolve(headers);
        m_preview->mappingProblem = resolved ? QString() : resolved.error().message;
        problem = m_preview->mappingProblem;
        m_model->setColumns(m_preview->columns);
        m_table->resizeColumnsToContents(); // a header now says which field it is read into
    }
    for (const ImportField field : fields) {
        QComboBox *box = columnBox(field);
        QStringList items;
        for (int i = 1; i < box->count(); ++i)
            items.append(box->itemText(i));
        if (items != headers || box->count() == 0) {
            box->clear();
            box->addItem(tr("(no column)"), QString());
            for (const QString &header : headers)
                box->addItem(header, header);
        }
        const int column = m_preview ? m_preview->columns[field] : -1;
        const auto mapped = m_mapping.mapped(field);
        const bool noneChosen = mapped && mapped->trimmed().isEmpty();
        if (column >= 0)
            box->setCurrentIndex(column + 1);
        else if (m_preview && (noneChosen || !ImportMapping::isRequired(field)))
            box->setCurrentIndex(0);
        else
            box->setCurrentIndex(-1); // "(choose a column)"
        box->setEnabled(m_preview.has_value());
    }
    if (m_preview)
        showMessage(problem);
}

void ImportFilePage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ImportFilePage::chooseColumn(ImportField field, int index)
{
    QComboBox *box = columnBox(field);
    m_mapping.set(field, index >= 0 ? box->itemData(index).toString() : QString());
    showMapping();
    emit completeChanged();
}

void ImportFilePage::loadProfiles(const QString &select)
{
    m_profile->clear();
    m_profile->addItem(tr("(none: detect the columns)"), QString());
    if (!m_session->isOpen())
        return;
    auto profiles = ImportProfileRepository(*m_session->ledger()).profiles();
    if (!profiles) {
        showMessage(profiles.error().message);
        return;
    }
    for (const ImportProfile &p : *profiles)
        m_profile->addItem(p.name, p.name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(select)));
}

void ImportFilePage::chooseProfile(int index)
{
    const QString name = m_profile->itemData(index).toString();
    m_mapping = ImportMapping();
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    if (!name.isEmpty()) {
        auto profile = ImportProfileRepository(*m_session->ledger()).profile(name);
        if (!profile || !*profile) {
            showMessage(profile ? tr("The import profile \"%1\" is gone.").arg(name) : profile.error().message);
            return;
        }
        const ImportProfile &p = **profile;
        m_mapping = p.mapping;
        const CsvEncoding e = CsvReader::encodingFromName(p.encoding).value_or(CsvEncoding::Auto);
        m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(e))));
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(p.delimiter))));
    }
    readFile();
}

void ImportFilePage::saveProfile()
{
    bool ok = false;
    const QString current = m_profile->currentData().toString();
    const QString name = QInputDialog::getText(this, tr("Save as Profile"),
                                               tr("&Name of the profile (the mapping, encoding and delimiter are "
                                                  "saved in the ledger):"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    ImportProfile profile;
    profile.name = name;
    profile.mapping = m_mapping;
    profile.encoding = encoding() == CsvEncoding::Auto ? QString() : CsvReader::encodingName(encoding());
    profile.delimiter = delimiter();
    if (auto saved = m_session->execute(std::make_unique<SaveImportProfileCommand>(m_session, profile)); !saved) {
        showMessage(saved.error().message);
        return;
    }
    loadProfiles(name);
}

bool ImportFilePage::isComplete() const
{
    return m_preview.has_value() && m_preview->mappingProblem.isEmpty() && path() == m_readPath;
}

bool ImportFilePage::validatePage()
{
    if (path() != m_readPath || encoding() != m_readEncoding || delimiter() != m_readDelimiter)
        readFile();
    return isComplete();
}

} // namespace annalist
