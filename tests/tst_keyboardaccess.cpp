#include "AccountDialog.h"
#include "AccountStatementDialog.h"
#include "AuditTrailDialog.h"
#include "BackupDialog.h"
#include "ControlTotalDialog.h"
#include "HelpWindow.h"
#include "ImportAssistant.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "ProjectDialog.h"
#include "TrialBalanceDialog.h"
#include "YearClosingDialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

using namespace annalist;

// What a keyboard or screen-reader user meets: every menu action has a tool tip and a status tip
// and can be reached from the keyboard (its own shortcut, or mnemonics unique in its menu all the
// way up, in English and in Danish); every window has a title and every field a name that
// assistive technology reads.
class tst_KeyboardAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyMenuActionIsExplainedAndReachable_data();
    void everyMenuActionIsExplainedAndReachable();
    void everyFieldOfEveryPageHasAName();
    void everyDialogsFieldsHaveNames();
    void everyNamedActionOfThePagesIsExplained();
    void noTwoActionsShareAShortcut();
    void f1OpensTheGuideAtThePageShown();
    void whatsThisExplainsTheFieldsThatNeedIt();

private:
    static QList<QWidget *> fields(QWidget *root);
    static QString accessibleName(QWidget *widget);
    static QChar mnemonic(const QString &text);
    void checkMenu(QMenu *menu, const QString &path);
    void checkFields(QWidget *root, const QString &where);

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_danish;
};

void tst_KeyboardAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardaccess"));
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(m_dir.filePath(QStringLiteral("demo.annalist"))).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_danish.load(QStringLiteral(":/i18n/annalist_da.qm")));
}

void tst_KeyboardAccess::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

QChar tst_KeyboardAccess::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

void tst_KeyboardAccess::checkMenu(QMenu *menu, const QString &path)
{
    QHash<QChar, QString> taken;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = path + QStringLiteral(" > ") + action->text();
        const QChar key = mnemonic(action->text());
        // Reachable: a shortcut of its own, or a mnemonic no other entry of the menu has.
        QVERIFY2(!action->shortcut().isEmpty() || !key.isNull(), qPrintable(where + QStringLiteral(": no key")));
        if (!key.isNull()) {
            QVERIFY2(!taken.contains(key),
                     qPrintable(where + QStringLiteral(": mnemonic shared with ") + taken.value(key)));
            taken.insert(key, action->text());
        }
        if (QMenu *sub = action->menu()) {
            checkMenu(sub, where);
            continue;
        }
        if (action->actionGroup()) // the choice of language: its entries name themselves
            continue;
        if (menu->objectName() == QLatin1String("recentMenu"))
            continue; // file paths
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(where + QStringLiteral(": no status tip")));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(where + QStringLiteral(": no tool tip")));
    }
}

void tst_KeyboardAccess::everyMenuActionIsExplainedAndReachable_data()
{
    QTest::addColumn<bool>("danish");
    QTest::newRow("English") << false;
    QTest::newRow("Danish") << true;
}

void tst_KeyboardAccess::everyMenuActionIsExplainedAndReachable()
{
    QFETCH(bool, danish);
    if (danish) {
        QCoreApplication::installTranslator(&m_danish);
        QCoreApplication::processEvents(); // the language change reaches the window
        QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Filer"));
    }
    QHash<QChar, QString> taken;
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY(top->menu());
        const QChar key = mnemonic(top->text());
        QVERIFY2(!key.isNull(), qPrintable(top->text()));
        QVERIFY2(!taken.contains(key), qPrintable(top->text() + QStringLiteral(" shares its mnemonic")));
        taken.insert(key, top->text());
        checkMenu(top->menu(), top->text());
    }
    if (danish) {
        QCoreApplication::removeTranslator(&m_danish);
        QCoreApplication::processEvents();
    }
}

QList<QWidget *> tst_KeyboardAccess::fields(QWidget *root)
{
    QList<QWidget *> found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)) {
            // A combo box's or spin box's own line edit is named by its owner.
            if (qobject_cast<QLineEdit *>(w) &&
                (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
                continue;
            found << w;
        }
    }
    return found;
}

QString tst_KeyboardAccess::accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

void tst_KeyboardAccess::checkFields(QWidget *root, const QString &where)
{
    QStringList unnamed;
    for (QWidget *w : fields(root))
        if (accessibleName(w).isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    QVERIFY2(unnamed.isEmpty(), qPrintable(where + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
}

void tst_KeyboardAccess::everyFieldOfEveryPageHasAName()
{
    QVERIFY(!m_window->windowTitle().isEmpty());
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        m_window->showPage(MainWindow::Page(i));
        QCoreApplication::processEvents();
        checkFields(m_window->page(MainWindow::Page(i)), QStringLiteral("page %1").arg(i));
    }
}

void tst_KeyboardAccess::everyDialogsFieldsHaveNames()
{
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<AuditTrailDialog>(m_session.get(), m_window.get()));
    dialogs.push_back(std::make_unique<BackupDialog>(m_session.get(), m_window.get()));
    dialogs.push_back(std::make_unique<ImportAssistant>(m_session.get(), m_window.get()));
    dialogs.push_back(std::make_unique<YearClosingDialog>(m_session.get(), 2019, m_window.get()));
    dialogs.push_back(std::make_unique<AccountDialog>(m_session.get(), m_window.get()));
    dialogs.push_back(std::make_unique<MemberDialog>(m_session.get(), m_window.get()));
    dialogs.push_back(std::make_unique<ProjectDialog>(m_session.get(), QList<Account>{}, m_window.get()));
    dialogs.push_back(std::make_unique<AccountStatementDialog>(m_session.get(), m_window.get()));
    dialogs.push_back(std::make_unique<TrialBalanceDialog>(m_session.get(), m_window.get()));
    dialogs.push_back(
        std::make_unique<ControlTotalDialog>(m_session.get(), 2019, true, QList<Account>{}, QString(), m_window.get()));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY2(!dialog->windowTitle().isEmpty(), dialog->metaObject()->className());
        checkFields(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));
        dialog->hide();
    }
}

// An ambiguous shortcut triggers neither action: each key means one thing wherever the focus is.
// A page's own shortcuts (widget-with-children) count on that page only, besides the window's.
void tst_KeyboardAccess::noTwoActionsShareAShortcut()
{
    const auto scopeOf = [this](QAction *action) -> int {
        if (action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
            return -1; // the whole window
        const auto *owner = qobject_cast<QWidget *>(action->parent());
        for (int i = 0; owner && i < MainWindow::PageCount; ++i)
            if (m_window->page(MainWindow::Page(i))->isAncestorOf(owner) ||
                m_window->page(MainWindow::Page(i)) == owner)
                return i;
        return -1;
    };
    QMultiHash<QKeySequence, std::pair<int, QString>> taken;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue; // local to its widget
        const int scope = scopeOf(action);
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        for (const QKeySequence &key : action->shortcuts()) {
            for (const auto &[otherScope, other] : taken.values(key))
                QVERIFY2(other == name || (scope != otherScope && scope >= 0 && otherScope >= 0),
                         qPrintable(key.toString() + QStringLiteral(": ") + other + QStringLiteral(" and ") + name));
            taken.insert(key, {scope, name});
        }
    }
    QVERIFY(taken.contains(QKeySequence(Qt::Key_F1)));
}

void tst_KeyboardAccess::f1OpensTheGuideAtThePageShown()
{
    const QList<std::pair<MainWindow::Page, QString>> pages{{MainWindow::Postings, QStringLiteral("postings")},
                                                            {MainWindow::Budget, QStringLiteral("budget")},
                                                            {MainWindow::Report, QStringLiteral("report")}};
    for (const auto &[page, section] : pages) {
        m_window->showPage(page);
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto *help = m_window->findChild<HelpWindow *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QTRY_COMPARE(help->currentSection(), section);
        QVERIFY(!help->windowTitle().isEmpty());
        checkFields(help, QStringLiteral("HelpWindow"));
    }
    m_window->findChild<HelpWindow *>()->close();
}

void tst_KeyboardAccess::whatsThisExplainsTheFieldsThatNeedIt()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("whatsThis"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_F1)));
    m_window->showPage(MainWindow::Postings);
    for (const char *name : {"yearSelector", "entryVoucher", "entryAccount", "entryAmount"}) {
        auto *field = m_window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(field, name);
        QVERIFY2(field->whatsThis().size() > 40, name);
    }
}

// The pages' own actions (context menus, tool bars, keys) explain themselves too; those made on
// the fly (recent files, field lists) and Qt's own are left out.
void tst_KeyboardAccess::everyNamedActionOfThePagesIsExplained()
{
    QStringList unexplained;
    int checked = 0;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString name = action->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("_q_")) || name.startsWith(QLatin1String("qt_")) ||
            action->text().isEmpty() || action->isSeparator() || action->menu() || action->actionGroup())
            continue;
        ++checked;
        if (action->statusTip().isEmpty() || action->toolTip().isEmpty())
            unexplained << name;
    }
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(QStringLiteral(", "))));
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
}

QTEST_MAIN(tst_KeyboardAccess)
#include "tst_keyboardaccess.moc"
