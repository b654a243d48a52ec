#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;

namespace annalist {

class Ledger;
class StatementTableModel;

// A first window: the income statement of a chosen year, with its totals and validation state.
class StatementWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit StatementWindow(const Ledger &ledger, QWidget *parent = nullptr);

    StatementTableModel *statementModel() const { return m_model; }
    QComboBox *yearSelector() const { return m_years; }
    QString statusText() const;

private:
    void showYear(int year);

    const Ledger &m_ledger;
    StatementTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_years;
    QLabel *m_totals;
    QLabel *m_validation;
};

} // namespace annalist
