<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BudgetRepository</name>
    <message>
        <source>%1 has budgets already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the corrected budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget&apos;s monthly shares must be 12 values adding up to 1000 per mille; these add up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultLedger</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default ledger %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the ledger to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&apos;%1&apos; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has two signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thousands separators are misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only digits, one decimal comma and thousands separators are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decimals are missing or not digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The change was refused by the ledger: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not run a query (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementBuilder</name>
    <message>
        <source>The month must be 1 to 12, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not in the books of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::AccountRepository</name>
    <message>
        <source>The account is in use by postings, budgets, a project or control totals; make it inactive instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is carried by %1 postings and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::CommandLine</name>
    <message>
        <source>The ledger file to use (default: the ledger in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annalist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;annalist %1--help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, statement or validate; none opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: annalist [--db FILE] [COMMAND] [OPTIONS]

Annalist keeps an association&apos;s budget ledger and produces its annual report.
Without a command it opens the window; every command runs without a display.

Options:
  --db FILE     the ledger file (default: %1)
  -h, --help    show this help; &quot;annalist COMMAND --help&quot; for a command
  -v, --version show the version

Commands:
  init          create a ledger (--demo: with the demo books)
  statement     print the income statement of a year
  validate      check a year&apos;s books against the rules

Exit codes: 0 ok, 1 validation errors, 2 usage error, 3 bad input or file,
4 other I/O error, 5 the ledger is in use by another writer.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no fiscal years yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new ledger file; refuses to write over an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it with the demo books (the published 2019 statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the demo books of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the empty ledger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the income statement of a year, in Danish as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year (default: the latest in the books).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published (default: Indtægter, Udgifter, Afvigelser) or budget (Budget, Regnskab, Afvigelse, Afvigelse %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date: January up to and including this month (1-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;; use published or budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (1-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a year&apos;s books against the rules; one finding a line:
SEVERITY RULE-ID location: message. Exits 1 when there is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rules instead of checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::DemoLedger</name>
    <message>
        <source>The demo data is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::Ledger</name>
    <message>
        <source>There is no ledger at %1. Create one with &quot;annalist --db %1 init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Annalist ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Annalist ledger (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a new ledger is never written over a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not an Annalist ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Annalist (schema %2; this version reads up to %3). Update Annalist to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 and cannot be upgraded read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot be written over the ledger itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a transaction could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the changes could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::LedgerSession</name>
    <message>
        <source>No ledger is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::MainWindow</name>
    <message>
        <source>Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Ledger...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Fiscal &amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Ledger...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; This ledger holds the published 2019 statement with illustrative postings, budgets and contributions. To keep your own books, start a new ledger (File &gt; New Ledger, Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the year&apos;s postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is open. Open one with File &gt; Open or start one with File &gt; New Ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:  Income %2   Expenses %3   Operating result %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annalist ledgers (*.annalist);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Annalist starts the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A budget ledger and annual-report tool for member associations.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::OverviewView</name>
    <message>
        <source>Income statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to see its postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;td&gt;Income&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Expenses&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Operating result&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Carried over into the year&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Validation&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::StatementTableModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ValidationView</name>
    <message>
        <source>%1: every check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 notes. Press Enter or double-click a finding to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::Validator</name>
    <message>
        <source>1 more posting breaks this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more postings break this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting of %1, voucher %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income plus expenses, carry-over included, equals the operating result, and every posting is on a line of the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every posting is on an account that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings on inactive accounts are pointed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every posting is dated inside its fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings on a project&apos;s account carry that project, and only that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating result agrees with the control total from the ERP system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account with a control total from the ERP system agrees with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control total for the operating result has been entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carry-over into the year equals the previous year&apos;s operating result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members&apos; contributions add up to the contributions line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note a line refers to exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note numbers run from 1 without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note stands somewhere in the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large deviation from budget is explained in a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s lines add up to %1, but the year&apos;s postings add up to %2: %3 is posted outside the statement&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on account id %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the inactive account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated outside the fiscal year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on account %2 carries a project that is not the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the project account %2 carries no project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating result is %1, but the control total from %2 says %3 (a difference of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ERP system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 totals %2, but the control total from %3 says %4 (a difference of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control total for the operating result has been entered; the ledger cannot be checked against the ERP system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is carried over into %2, but the operating result of %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions of the members (%1) add up to %2, but the line %3 holds %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; contributions are recorded, but no account is marked as the contributions line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 refers to note %2, which %3 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 comes where note %2 is expected: the notes must run from 1 without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 stands on no line of the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 deviates from its budget of %2 by %3%4; explain it in a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annalist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
