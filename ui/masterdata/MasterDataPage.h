#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace annalist {

class LedgerSession;
class LedgerTableModel;
class MessageBar;

// What the master-data views share: a heading, Add (Insert) and Delete (Delete) buttons, the
// refusal line, a list edited in place, and rows that follow the ledger and the year while
// the selection stays where it was.
class MasterDataPage : public QWidget
{
    Q_OBJECT

public:
    explicit MasterDataPage(LedgerSession *session, QWidget *parent = nullptr);
    ~MasterDataPage() override;

    QTableView *table() const { return m_table; }
    LedgerTableModel *tableModel() const { return m_model; }
    // Why the last edit was refused; empty when the last edit went through.
    QString message() const;
    QAction *addItemAction() const { return m_addAction; }
    QAction *deleteItemAction() const { return m_deleteAction; }

    // Selects and shows the row with this key, keeping the column; false when there is none.
    bool selectKey(qint64 key);
    // The key of the current row, or -1.
    qint64 currentKey() const;
    // Re-reads the rows now instead of when the event loop gets to it.
    void reloadNow();

protected:
    LedgerSession *session() const { return m_session; }
    void setModel(LedgerTableModel *model);
    void setHeading(const QString &heading);
    QHBoxLayout *toolBar() const { return m_toolBar; }
    QVBoxLayout *pageLayout() const { return m_layout; }
    void showRefusal(const QString &reason);
    void clearMessage();
    // Asks before deleting; Enter confirms, Escape keeps.
    bool confirm(const QString &title, const QString &question);

    virtual void addItem() = 0;
    virtual void deleteRow(int row) = 0;
    // After the rows were read again: summaries, headings.
    virtual void afterReload() {}
    virtual void retranslate();

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleReload();
    void deleteCurrent();

    LedgerSession *m_session;
    LedgerTableModel *m_model = nullptr;
    QVBoxLayout *m_layout;
    QLabel *m_heading;
    QHBoxLayout *m_toolBar;
    MessageBar *m_message;
    QTableView *m_table;
    QAction *m_addAction;
    QAction *m_deleteAction;
    QTimer m_reload;
    bool m_stale = true;
};

} // namespace annalist
