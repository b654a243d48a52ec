#pragma once

#include "ImportPreview.h"

#include <QTimer>
#include <QWizardPage>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace annalist {

class ImportPreviewModel;
class LedgerSession;

// The first step of the import: the file, the fiscal year, how the file is read (encoding,
// delimiter, a saved profile) and which column holds which field, with the first rows to see.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(LedgerSession *session, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *profileBox() const { return m_profile; }
    QPushButton *saveProfileButton() const { return m_saveProfile; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *columnBox(ImportField field) const { return m_columns[std::size_t(field)]; }
    QTableView *previewTable() const { return m_table; }
    ImportPreviewModel *previewModel() const { return m_model; }
    // What was detected, and why the file cannot be imported as chosen (empty when it can).
    QLabel *detectedLabel() const { return m_detected; }
    QLabel *messageLabel() const { return m_message; }
    const std::optional<ImportPreview> &preview() const { return m_preview; }

    QString path() const;
    int year() const;
    // How the file is to be read: the year, the encoding, the delimiter and the mapping.
    ImportOptions options() const;

    // Reads the file again at once, without waiting for typing to pause.
    void readFile();
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void loadProfiles(const QString &select);
    void chooseProfile(int index);
    void saveProfile();
    void chooseColumn(ImportField field, int index);
    void showDetected();
    void showMapping();
    void showMessage(const QString &message);
    CsvEncoding encoding() const;
    char delimiter() const;

    LedgerSession *m_session;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QSpinBox *m_year;
    QComboBox *m_profile;
    QPushButton *m_saveProfile;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    std::array<QComboBox *, importFieldCount> m_columns{};
    QLabel *m_detected;
    QLabel *m_message;
    QTableView *m_table;
    ImportPreviewModel *m_model;
    QTimer m_readDelay;
    // The columns the user named; the rest are detected from the header.
    ImportMapping m_mapping;
    std::optional<ImportPreview> m_preview;
    QString m_readPath; // the file the preview shows, read as m_readEncoding and m_readDelimiter
    CsvEncoding m_readEncoding = CsvEncoding::Auto;
    char m_readDelimiter = 0;
};

} // namespace annalist
