<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BudgetRepository</name>
    <message>
        <source>%1 has budgets already.</source>
        <translation>%1 har allerede budgetter.</translation>
    </message>
    <message>
        <source>Started from the corrected budget of %1</source>
        <translation>Startet ud fra det korrigerede budget for %1</translation>
    </message>
    <message>
        <source>A budget&apos;s monthly shares must be 12 values adding up to 1000 per mille; these add up to %1.</source>
        <translation>Et budgets månedlige andele skal være 12 værdier, der tilsammen giver 1000 promille; disse giver tilsammen %1.</translation>
    </message>
</context>
<context>
    <name>DefaultLedger</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The default ledger %1 cannot be written.</source>
        <translation>Standardregnskabsfilen %1 kan ikke skrives.</translation>
    </message>
</context>
<context>
    <name>ImportProfileRepository</name>
    <message>
        <source>The import profile &quot;%1&quot; is damaged: %2</source>
        <translation>Importprofilen &quot;%1&quot; er beskadiget: %2</translation>
    </message>
    <message>
        <source>An import profile needs a name.</source>
        <translation>En importprofil skal have et navn.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The ledger is not open.</source>
        <translation>Regnskabet er ikke åbent.</translation>
    </message>
    <message>
        <source>Upgrading the ledger to schema version %1 failed: %2</source>
        <translation>Opgraderingen af regnskabet til skemaversion %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migrering %1 mangler i programmet.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&apos;%1&apos; is not an amount: %2</source>
        <translation>&apos;%1&apos; er ikke et beløb: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>det er tomt</translation>
    </message>
    <message>
        <source>it has two signs</source>
        <translation>det har to fortegn</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>det har ingen cifre</translation>
    </message>
    <message>
        <source>it has more than one decimal comma</source>
        <translation>det har mere end ét decimalkomma</translation>
    </message>
    <message>
        <source>the thousands separators are misplaced</source>
        <translation>tusindtalsseparatorerne står forkert</translation>
    </message>
    <message>
        <source>only digits, one decimal comma and thousands separators are allowed</source>
        <translation>kun cifre, ét decimalkomma og tusindtalsseparatorer er tilladt</translation>
    </message>
    <message>
        <source>the decimals are missing or not digits</source>
        <translation>decimalerne mangler eller er ikke cifre</translation>
    </message>
    <message>
        <source>it has more than two decimals</source>
        <translation>det har mere end to decimaler</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>det er for stort</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>filsystemet er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>disken meldte en læse- eller skrivefejl</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>filen eller dens mappe findes ikke</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>filen kunne ikke skrives</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The change was refused by the ledger: %1.</source>
        <translation>Regnskabet afviste ændringen: %1.</translation>
    </message>
    <message>
        <source>%1 closed on %2, signed by %3</source>
        <translation>%1 afsluttet den %2, underskrevet af %3</translation>
    </message>
    <message>
        <source>The ledger is open read-only: nothing can be changed. Open it for writing to make changes.</source>
        <translation>Regnskabet er åbnet skrivebeskyttet: intet kan ændres. Åbn det med skriveadgang for at foretage ændringer.</translation>
    </message>
    <message>
        <source>The change touches a closed fiscal year, and a closed year cannot change (%1). Reopen the year first (annalist reopen-year), which is recorded.</source>
        <translation>Ændringen berører et afsluttet regnskabsår, og et afsluttet år kan ikke ændres (%1). Genåbn året først (annalist reopen-year), hvilket registreres.</translation>
    </message>
    <message>
        <source>The server refused the change: your login may not make it (%1). The finance officer writes the ledger, the report editors write the report, and the board signs off the year; the ledger&apos;s owner grants these roles.</source>
        <translation>Serveren afviste ændringen: dit login må ikke foretage den (%1). Økonomimedarbejderen fører regnskabet, redaktørerne skriver beretningen, og bestyrelsen godkender året; regnskabets ejer tildeler rollerne.</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>Forbindelsen til serveren blev afbrudt: %1</translation>
    </message>
    <message>
        <source>The change was refused: it would take a total beyond what Annalist keeps exactly (%1 kr.).</source>
        <translation>Ændringen blev afvist: den ville føre en sum ud over, hvad Annalist kan holde nøjagtigt (%1 kr.).</translation>
    </message>
    <message>
        <source>The server refused to change the year&apos;s status: %1. A year is closed and reopened with Annalist&apos;s closing.</source>
        <translation>Serveren afviste at ændre årets status: %1. Et år afsluttes og genåbnes med Annalists årsafslutning.</translation>
    </message>
    <message>
        <source>The ledger</source>
        <translation>Regnskabet</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup.</source>
        <translation>%1 er beskadiget og kan ikke bruges (%2). Gendan filen fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which holds a lock on it; Annalist waited a few seconds. Try again once that program has finished with it.</source>
        <translation>%1 er i brug af et andet program, som holder en lås på filen; Annalist ventede et par sekunder. Prøv igen, når det program er færdigt med den.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full.</source>
        <translation>%1 kunne ikke skrives: disken er fuld.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: permission denied.</source>
        <translation>%1 kunne ikke læses eller skrives: adgang nægtet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kan ikke åbnes: %2.</translation>
    </message>
    <message>
        <source>permission denied, or the folder is missing</source>
        <translation>adgang nægtet, eller mappen mangler</translation>
    </message>
    <message>
        <source>%1 could not be read or written: %2.</source>
        <translation>%1 kunne ikke læses eller skrives: %2.</translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted before it was finished; it is rolled back the next time the ledger is opened. Run the command again.</source>
        <translation>%1 rummer en ændring, der blev afbrudt, før den var færdig; den rulles tilbage, næste gang regnskabet åbnes. Kør kommandoen igen.</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open.</source>
        <translation>%1 blev flyttet eller slettet, mens den var åben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied (the file is read-only).</source>
        <translation>%1 kan ikke skrives: adgang nægtet (filen er skrivebeskyttet).</translation>
    </message>
    <message>
        <source>The server could not run a query: %1</source>
        <translation>Serveren kunne ikke udføre en forespørgsel: %1</translation>
    </message>
    <message>
        <source>The ledger gave no id for a new row.</source>
        <translation>Regnskabet gav ikke noget id til en ny række.</translation>
    </message>
</context>
<context>
    <name>StatementBuilder</name>
    <message>
        <source>The month must be 1 to 12, not %1.</source>
        <translation>Måneden skal være 1 til 12, ikke %1.</translation>
    </message>
    <message>
        <source>The year %1 is not in the books of %2.</source>
        <translation>Året %1 findes ikke i regnskabet %2.</translation>
    </message>
</context>
<context>
    <name>annalist::AccountAddCommand</name>
    <message>
        <source>Add account %1 %2</source>
        <translation>Tilføj konto %1 %2</translation>
    </message>
</context>
<context>
    <name>annalist::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Tilføj konto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Afsnit:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>annalist::AccountEditCommand</name>
    <message>
        <source>Edit account %1 %2</source>
        <translation>Rediger konto %1 %2</translation>
    </message>
</context>
<context>
    <name>annalist::AccountRemoveCommand</name>
    <message>
        <source>Delete account %1 %2</source>
        <translation>Slet konto %1 %2</translation>
    </message>
</context>
<context>
    <name>annalist::AccountRepository</name>
    <message>
        <source>The account is in use by postings, budgets, a project or control totals; make it inactive instead of deleting it.</source>
        <translation>Kontoen bruges af posteringer, budgetter, et projekt eller kontroltotaler; gør den inaktiv i stedet for at slette den.</translation>
    </message>
    <message>
        <source>The project is carried by %1 postings and cannot be deleted.</source>
        <translation>Projektet er angivet på %1 posteringer og kan ikke slettes.</translation>
    </message>
    <message>
        <source>An account needs a number.</source>
        <translation>En konto skal have et nummer.</translation>
    </message>
    <message>
        <source>Account %1 needs a name.</source>
        <translation>Konto %1 skal have et navn.</translation>
    </message>
    <message>
        <source>A note number is 1 or more; leave it empty for no note.</source>
        <translation>Et notenummer er 1 eller højere; lad feltet være tomt, hvis der ikke er nogen note.</translation>
    </message>
    <message>
        <source>Account number %1 is already used by %2.</source>
        <translation>Kontonummer %1 bruges allerede af %2.</translation>
    </message>
    <message>
        <source>Account %1 %2 is the contributions line already; unmark it first.</source>
        <translation>Konto %1 %2 er allerede kontingentlinjen; fjern markeringen der først.</translation>
    </message>
    <message>
        <source>Account %1 belongs to the project %2 and stays in the projects section.</source>
        <translation>Konto %1 hører til projektet %2 og bliver i projektafsnittet.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Et projekt skal have et navn.</translation>
    </message>
    <message>
        <source>There is already a project named %1.</source>
        <translation>Der findes allerede et projekt med navnet %1.</translation>
    </message>
    <message>
        <source>The project %1 needs an account.</source>
        <translation>Projektet %1 skal have en konto.</translation>
    </message>
    <message>
        <source>Account %1 %2 is not in the projects section; a project needs a project account.</source>
        <translation>Konto %1 %2 er ikke i projektafsnittet; et projekt skal have en projektkonto.</translation>
    </message>
    <message>
        <source>Account %1 %2 belongs to the project %3 already.</source>
        <translation>Konto %1 %2 hører allerede til projektet %3.</translation>
    </message>
</context>
<context>
    <name>annalist::AccountStatement</name>
    <message>
        <source>An account statement needs a first and a last date.</source>
        <translation>Et kontokort kræver en første og en sidste dato.</translation>
    </message>
    <message>
        <source>There is no account with id %1 in the chart of accounts.</source>
        <translation>Der er ingen konto med id %1 i kontoplanen.</translation>
    </message>
</context>
<context>
    <name>annalist::AccountStatementDialog</name>
    <message>
        <source>Account Statement</source>
        <translation>Kontokort</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Account Statement – %1</source>
        <translation>Kontokort – %1</translation>
    </message>
    <message>
        <source>The opening balance is what the account had posted in its fiscal year before the range: %1 to %2.</source>
        <translation>Primosaldoen er det, der var bogført på kontoen i regnskabsåret før perioden: %1 til %2.</translation>
    </message>
    <message>
        <source>The range starts a fiscal year, so the balance opens at zero.</source>
        <translation>Perioden begynder ved regnskabsårets start, så primosaldoen er nul.</translation>
    </message>
    <message>
        <source>The first date is after the last: there is nothing to show.</source>
        <translation>Den første dato ligger efter den sidste: der er intet at vise.</translation>
    </message>
    <message numerus="yes">
        <source>%n postings; debit %1, credit %2, movement %3, closing balance %4.</source>
        <translation>
            <numerusform>%n postering; debet %1, kredit %2, bevægelse %3, ultimosaldo %4.</numerusform>
            <numerusform>%n posteringer; debet %1, kredit %2, bevægelse %3, ultimosaldo %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Postings of the account with running balance</source>
        <translation>Kontoens posteringer med løbende saldo</translation>
    </message>
</context>
<context>
    <name>annalist::AccountStatementModel</name>
    <message>
        <source>Opening balance</source>
        <translation>Primosaldo</translation>
    </message>
    <message numerus="yes">
        <source>Closing balance (%n postings)</source>
        <translation>
            <numerusform>Ultimosaldo (%n postering)</numerusform>
            <numerusform>Ultimosaldo (%n posteringer)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s postings from %1 to the day before %2.</source>
        <translation>Kontoens posteringer fra %1 til dagen før %2.</translation>
    </message>
    <message>
        <source>The range starts a fiscal year: nothing before it counts.</source>
        <translation>Perioden begynder ved regnskabsårets start: intet før den tæller med.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the posting among the postings.</source>
        <translation>Tryk Enter eller dobbeltklik for at vise posteringen blandt posteringerne.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>annalist::AccountsModel</name>
    <message>
        <source>The account of the project %1</source>
        <translation>Konto for projektet %1</translation>
    </message>
    <message>
        <source>Note %1: %2</source>
        <translation>Note %1: %2</translation>
    </message>
    <message>
        <source>Note %1 does not exist in %2.</source>
        <translation>Note %1 findes ikke i %2.</translation>
    </message>
    <message>
        <source>The line the members&apos; contributions add up to</source>
        <translation>Den linje, som medlemmernes kontingenter summerer til</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Contributions line</source>
        <translation>Kontingentlinje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note number: type a number from 1 up, or leave the note empty for none.</source>
        <translation>&quot;%1&quot; er ikke et notenummer: skriv et tal fra 1 og op, eller lad noten være tom, hvis der ikke skal være nogen.</translation>
    </message>
</context>
<context>
    <name>annalist::AccountsView</name>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontoplan</translation>
    </message>
    <message>
        <source>&amp;Add Account...</source>
        <translation>&amp;Tilføj konto...</translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation>&amp;Slet konto</translation>
    </message>
    <message>
        <source>Account &amp;Statement...</source>
        <translation>&amp;Kontokort...</translation>
    </message>
    <message>
        <source>The postings of the current account with a running balance (Ctrl+K)</source>
        <translation>Den aktuelle kontos posteringer med løbende saldo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Slet konto</translation>
    </message>
    <message>
        <source>Delete the account %1 %2?</source>
        <translation>Slet kontoen %1 %2?</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Show the postings of the current account with a running balance</source>
        <translation>Vis den aktuelle kontos posteringer med løbende saldo</translation>
    </message>
</context>
<context>
    <name>annalist::AddPostingCommand</name>
    <message>
        <source>Add posting %1 (%2)</source>
        <translation>Tilføj postering %1 (%2)</translation>
    </message>
</context>
<context>
    <name>annalist::AuditTrail</name>
    <message>
        <source>The ledger is not open.</source>
        <translation>Regnskabet er ikke åbent.</translation>
    </message>
    <message>
        <source>The audit trail cannot be kept on %1: %2</source>
        <translation>Revisionssporet kan ikke føres på %1: %2</translation>
    </message>
    <message>
        <source>The trigger %1 that records changes is missing: changes may have been made without a record.</source>
        <translation>Triggeren %1, der registrerer ændringer, mangler: der kan være foretaget ændringer uden registrering.</translation>
    </message>
    <message>
        <source>Audit record %1 has been removed (the trail goes from record %2 to record %3).</source>
        <translation>Registrering %1 er fjernet (sporet går fra registrering %2 til registrering %3).</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 have been removed (the trail goes from record %3 to record %4).</source>
        <translation>Registreringerne %1 til %2 er fjernet (sporet går fra registrering %3 til registrering %4).</translation>
    </message>
    <message>
        <source>Audit record %1 does not follow record %2: the chain is broken there.</source>
        <translation>Registrering %1 følger ikke efter registrering %2: kæden er brudt der.</translation>
    </message>
    <message>
        <source>Audit record %1 (%2 %3 %4 of %5) has been altered: its contents do not match its hash.</source>
        <translation>Registrering %1 (%2 %3 %4 af %5) er ændret: indholdet svarer ikke til dens hashværdi.</translation>
    </message>
    <message>
        <source>The head of the audit trail has been removed.</source>
        <translation>Revisionssporets hoved er fjernet.</translation>
    </message>
    <message>
        <source>The newest audit record, %1, has been removed.</source>
        <translation>Den nyeste registrering, %1, er fjernet.</translation>
    </message>
    <message>
        <source>The newest audit records, %1 to %2, have been removed.</source>
        <translation>De nyeste registreringer, %1 til %2, er fjernet.</translation>
    </message>
    <message>
        <source>The head of the audit trail (record %1, %2 records) does not match its last record, %3: the head or the trail has been rewritten.</source>
        <translation>Revisionssporets hoved (registrering %1, %2 registreringer) svarer ikke til den sidste registrering, %3: hovedet eller sporet er omskrevet.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>annalist::AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle tabeller</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>alle brugere</translation>
    </message>
    <message>
        <source>text in the row or its values</source>
        <translation>tekst i rækken eller dens værdier</translation>
    </message>
    <message>
        <source>&amp;Table, action, user:</source>
        <translation>&amp;Tabel, handling, bruger:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Registrerede ændringer</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Eksportér CSV...</translation>
    </message>
    <message>
        <source>Write the records the filter shows as CSV</source>
        <translation>Skriv de registreringer, filteret viser, som CSV</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Hvornår (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>The trail is intact: %1 records, head %2.</source>
        <translation>Sporet er intakt: %1 registreringer, hoved %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail has been tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sporet er blevet manipuleret:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The newest %1 of %2 records.</source>
        <translation>De nyeste %1 af %2 registreringer.</translation>
    </message>
    <message>
        <source>%1 records.</source>
        <translation>%1 registreringer.</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>Skrev %1 registreringer til %2.</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Eksportér revisionsspor</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>annalist::Backend</name>
    <message>
        <source>%1 is not a server address. Write it as postgresql://user@host[:port]/database.</source>
        <translation>%1 er ikke en serveradresse. Skriv den som postgresql://bruger@vært[:port]/database.</translation>
    </message>
    <message>
        <source>The server address has an option that cannot be used: %1</source>
        <translation>Serveradressen har et tilvalg, der ikke kan bruges: %1</translation>
    </message>
</context>
<context>
    <name>annalist::BackupDialog</name>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Gendan...</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sikkerhedskopier, nyeste først</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Behold de nyeste:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sikkerhedskopier</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Antal sikkerhedskopier, der beholdes</translation>
    </message>
    <message>
        <source>How many backups of each ledger are kept; older ones are removed when the next backup is made.</source>
        <translation>Hvor mange sikkerhedskopier af hvert regnskab der beholdes; ældre fjernes, når den næste sikkerhedskopi laves.</translation>
    </message>
    <message>
        <source>Replace the open ledger with the selected backup; the ledger as it is now is kept as a backup first.</source>
        <translation>Erstat det åbne regnskab med den valgte sikkerhedskopi; regnskabet, som det er nu, gemmes først som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. One is made before the first change of each session, in %2.</source>
        <translation>Der er endnu ingen sikkerhedskopi af %1. Der laves en før den første ændring i hver session, i %2.</translation>
    </message>
    <message>
        <source>Annalist copies %1 before the first change of each session, into %2. Restoring a backup replaces the ledger with it.</source>
        <translation>Annalist kopierer %1 før den første ændring i hver session, til %2. Når en sikkerhedskopi gendannes, erstatter den regnskabet.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The ledger as it is now is kept as a backup first, and the undo history is cleared.</source>
        <translation>Erstat %1 med sikkerhedskopien %2? Regnskabet, som det er nu, gemmes først som sikkerhedskopi, og fortrydelseshistorikken ryddes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Annalist copies a ledger before the first change of each session. This is how many of those copies are kept for each ledger; when a new one is made, the oldest beyond this number are removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annalist kopierer et regnskab før den første ændring i hver session. Her vælges, hvor mange af disse kopier der beholdes for hvert regnskab; når der laves en ny, fjernes de ældste ud over dette antal.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetChangeAddCommand</name>
    <message>
        <source>Add budget change of %1 to %2</source>
        <translation>Tilføj budgetændring på %1 til %2</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetChangeEditCommand</name>
    <message>
        <source>Edit date of budget change of %1</source>
        <translation>Rediger dato for budgetændringen fra %1</translation>
    </message>
    <message>
        <source>Edit account of budget change of %1</source>
        <translation>Rediger konto for budgetændringen fra %1</translation>
    </message>
    <message>
        <source>Edit amount of budget change of %1</source>
        <translation>Rediger beløb for budgetændringen fra %1</translation>
    </message>
    <message>
        <source>Edit decision of budget change of %1</source>
        <translation>Rediger beslutning for budgetændringen fra %1</translation>
    </message>
    <message>
        <source>Edit budget change of %1</source>
        <translation>Rediger budgetændringen fra %1</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetChangeRemoveCommand</name>
    <message>
        <source>Delete budget change of %1</source>
        <translation>Slet budgetændringen fra %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n budget changes</source>
        <translation>
            <numerusform>Slet %n budgetændring</numerusform>
            <numerusform>Slet %n budgetændringer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annalist::BudgetChangesModel</name>
    <message>
        <source>Account %1 (not in the chart)</source>
        <translation>Konto %1 (ikke i kontoplanen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Denne kolonne kan ikke redigeres.</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetChangesPanel</name>
    <message>
        <source>&amp;Add Change</source>
        <translation>&amp;Tilføj ændring</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell; Delete removes the selected changes.</source>
        <translation>F2 eller indtastning redigerer en celle; Delete fjerner de markerede ændringer.</translation>
    </message>
    <message>
        <source>&amp;Delete Budget Change</source>
        <translation>&amp;Slet budgetændring</translation>
    </message>
    <message>
        <source>Amount, e.g. 250.000,00</source>
        <translation>Beløb, f.eks. 250.000,00</translation>
    </message>
    <message>
        <source>Decision, e.g. the board&apos;s decision of the date</source>
        <translation>Beslutning, f.eks. bestyrelsens beslutning og dens dato</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Ko&amp;nto:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;løb:</translation>
    </message>
    <message>
        <source>Decisi&amp;on:</source>
        <translation>Besl&amp;utning:</translation>
    </message>
    <message>
        <source>Budget changes %1</source>
        <translation>Budgetændringer %1</translation>
    </message>
    <message>
        <source>Budget changes</source>
        <translation>Budgetændringer</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its budget cannot be changed.</source>
        <translation>Regnskabsåret %1 er lukket; dets budget kan ikke ændres.</translation>
    </message>
    <message>
        <source>Choose the account whose budget changes.</source>
        <translation>Vælg den konto, hvis budget ændres.</translation>
    </message>
    <message>
        <source>Delete Budget Changes</source>
        <translation>Slet budgetændringer</translation>
    </message>
    <message>
        <source>Delete the %1 selected budget changes?</source>
        <translation>Slet de %1 markerede budgetændringer?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>Rediger &gt; Fortryd (Ctrl+Z) bringer dem tilbage.</translation>
    </message>
    <message>
        <source>Delete %1 Changes</source>
        <translation>Slet %1 ændringer</translation>
    </message>
    <message>
        <source>Not saved: %1 Change it, or press Escape to keep the change as it was.</source>
        <translation>Ikke gemt: %1 Ret det, eller tryk Escape for at beholde ændringen, som den var.</translation>
    </message>
    <message>
        <source>Delete the selected budget changes</source>
        <translation>Slet de valgte budgetændringer</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetInput</name>
    <message>
        <source>&apos;%1&apos; is not an amount; type it as %2.</source>
        <translation>&apos;%1&apos; er ikke et beløb; skriv det som %2.</translation>
    </message>
    <message>
        <source>Type the amount the budget changes by, e.g. %1.</source>
        <translation>Skriv det beløb, budgettet ændres med, f.eks. %1.</translation>
    </message>
    <message>
        <source>A budget change of zero changes nothing; type the amount it changes by.</source>
        <translation>En budgetændring på nul ændrer intet; skriv det beløb, budgettet ændres med.</translation>
    </message>
    <message>
        <source>Type the date of the decision, e.g. %1.</source>
        <translation>Skriv datoen for beslutningen, f.eks. %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as %2.</source>
        <translation>&apos;%1&apos; er ikke en dato; skriv den som %2.</translation>
    </message>
    <message>
        <source>%1 is outside the fiscal year %2, which runs from %3 to %4.</source>
        <translation>%1 ligger uden for regnskabsåret %2, som går fra %3 til %4.</translation>
    </message>
    <message>
        <source>Type the account&apos;s number or name.</source>
        <translation>Skriv kontoens nummer eller navn.</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos; in the chart of accounts.</source>
        <translation>Der er ingen konto &apos;%1&apos; i kontoplanen.</translation>
    </message>
    <message>
        <source>Type the decision behind the change, e.g. the board&apos;s decision and its date.</source>
        <translation>Skriv beslutningen bag ændringen, f.eks. bestyrelsens beslutning og dens dato.</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
    <message>
        <source>The year %1 is not in the books.</source>
        <translation>Året %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its budget cannot be changed.</source>
        <translation>Regnskabsåret %1 er lukket; dets budget kan ikke ændres.</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetSetCommand</name>
    <message>
        <source>Edit budget of %1</source>
        <translation>Rediger budget for %1</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetTableModel</name>
    <message>
        <source>The year %1 is not in the books.</source>
        <translation>Året %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>Total (operating result)</source>
        <translation>I alt (driftsresultat)</translation>
    </message>
    <message>
        <source>Large deviation: at least %1 % and %2 from the budget. Explain it in a note.</source>
        <translation>Stor afvigelse: mindst %1 % og %2 fra budgettet. Forklar den i en note.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its budget cannot be changed.</source>
        <translation>Regnskabsåret %1 er lukket; dets budget kan ikke ændres.</translation>
    </message>
    <message>
        <source>Type the budget the year started with; empty text removes it.</source>
        <translation>Skriv det budget, året startede med; tom tekst fjerner det.</translation>
    </message>
    <message>
        <source>Budget changes decided during the year; enter them below.</source>
        <translation>Budgetændringer besluttet i løbet af året; indtast dem nedenfor.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see the postings behind the figure.</source>
        <translation>Tryk Enter eller dobbeltklik for at se posteringerne bag tallet.</translation>
    </message>
    <message>
        <source>The budget the year started with.</source>
        <translation>Det budget, året startede med.</translation>
    </message>
    <message>
        <source>Budget changes decided during the year.</source>
        <translation>Budgetændringer besluttet i løbet af året.</translation>
    </message>
    <message>
        <source>The original budget plus the changes, for the whole year.</source>
        <translation>Det oprindelige budget plus ændringerne, for hele året.</translation>
    </message>
    <message>
        <source>The corrected budget&apos;s share of January to %1, by the monthly spread.</source>
        <translation>Det korrigerede budgets andel for januar til %1 efter månedsfordelingen.</translation>
    </message>
    <message>
        <source>Actual minus budget. Income is negative, so a negative deviation is always favourable.</source>
        <translation>Regnskab minus budget. Indtægter er negative, så en negativ afvigelse er altid gunstig.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation>Oprindeligt budget</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>Corrected budget</source>
        <translation>Korrigeret budget</translation>
    </message>
    <message>
        <source>Budget through %1</source>
        <translation>Budget til og med %1</translation>
    </message>
    <message>
        <source>Budget for the year</source>
        <translation>Budget for året</translation>
    </message>
    <message>
        <source>Actual through %1</source>
        <translation>Regnskab til og med %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Regnskab</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation>Afvigelse %</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Indtægter i alt</translation>
    </message>
    <message>
        <source>Total operations</source>
        <translation>Drift i alt</translation>
    </message>
    <message>
        <source>Total projects</source>
        <translation>Projekter i alt</translation>
    </message>
    <message>
        <source>Total carry-over</source>
        <translation>Overførsel i alt</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetView</name>
    <message>
        <source>Type into an original budget to change it; Enter on any other figure shows the postings behind it.</source>
        <translation>Skriv i et oprindeligt budget for at ændre det; Enter på et andet tal viser posteringerne bag det.</translation>
    </message>
    <message>
        <source>Show &amp;Postings</source>
        <translation>Vis p&amp;osteringer</translation>
    </message>
    <message>
        <source>Account &amp;Statement</source>
        <translation>&amp;Kontokort</translation>
    </message>
    <message>
        <source>Add Budget &amp;Change</source>
        <translation>Tilføj budget&amp;ændring</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Hele året</translation>
    </message>
    <message>
        <source>Year to date: through %1</source>
        <translation>År til dato: til og med %1</translation>
    </message>
    <message>
        <source>T&amp;rial Balance…</source>
        <translation>&amp;Saldobalance…</translation>
    </message>
    <message>
        <source>Per account, the sum of the postings in any date range.</source>
        <translation>Summen af posteringerne pr. konto i en vilkårlig periode.</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Start &amp;Budget %1</source>
        <translation>Start &amp;budget %1</translation>
    </message>
    <message>
        <source>Start Next Year&apos;s &amp;Budget</source>
        <translation>Start næste års &amp;budget</translation>
    </message>
    <message>
        <source>Starts next year&apos;s budget from this year&apos;s corrected budgets; Edit &gt; Undo takes it back.</source>
        <translation>Starter næste års budget ud fra årets korrigerede budgetter; det kan fortrydes med Rediger &gt; Fortryd.</translation>
    </message>
    <message>
        <source>Deviations of at least %1 % and %2 are marked in bold with a warning sign.%3</source>
        <translation>Afvigelser på mindst %1 % og %2 vises med fed skrift og et advarselstegn.%3</translation>
    </message>
    <message>
        <source> The year %1 is closed: its budget can no longer be changed.</source>
        <translation> Året %1 er lukket: dets budget kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Not saved: %1 Change it, or press Escape to keep the budget as it was.</source>
        <translation>Ikke gemt: %1 Ret det, eller tryk Escape for at beholde budgettet, som det var.</translation>
    </message>
    <message>
        <source>The budget of %1 starts from the corrected budgets of %2. Edit &gt; Undo takes it back.</source>
        <translation>Budgettet for %1 starter ud fra de korrigerede budgetter for %2. Det kan fortrydes med Rediger &gt; Fortryd.</translation>
    </message>
    <message>
        <source>Budget by account</source>
        <translation>Budget pr. konto</translation>
    </message>
    <message>
        <source>Show the postings behind the selected figure</source>
        <translation>Vis posteringerne bag det valgte tal</translation>
    </message>
    <message>
        <source>Show the account&apos;s postings with a running balance</source>
        <translation>Vis kontoens posteringer med løbende saldo</translation>
    </message>
    <message>
        <source>Add a budget change for the selected account</source>
        <translation>Tilføj en budgetændring for den valgte konto</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetYearRepository</name>
    <message>
        <source>The year %1 is not in the books.</source>
        <translation>Året %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its budget cannot be changed.</source>
        <translation>Regnskabsåret %1 er lukket; dets budget kan ikke ændres.</translation>
    </message>
</context>
<context>
    <name>annalist::BudgetYearStartCommand</name>
    <message>
        <source>Start the budget of %1 from %2</source>
        <translation>Start budgettet for %1 ud fra %2</translation>
    </message>
</context>
<context>
    <name>annalist::ChartData</name>
    <message>
        <source>%1: %2 (%3 % of the chart)</source>
        <translation>%1: %2 (%3 % af diagrammet)</translation>
    </message>
    <message>
        <source>%1
actual %2
budget %3
deviation %4</source>
        <translation>%1
regnskab %2
budget %3
afvigelse %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>annalist::ChartDataBuilder</name>
    <message>
        <source>Unknown chart.</source>
        <translation>Ukendt diagram.</translation>
    </message>
    <message>
        <source>Where the money went %1</source>
        <translation>Hvor pengene gik hen %1</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Udgifter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>Shown apart: %1</source>
        <translation>Vist for sig: %1</translation>
    </message>
    <message>
        <source>No expenses are booked in %1.</source>
        <translation>Der er ikke bogført udgifter i %1.</translation>
    </message>
    <message>
        <source>Projects: actual against budget %1</source>
        <translation>Projekter: regnskab mod budget %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Regnskab</translation>
    </message>
    <message>
        <source>Bars: actual. Black mark: the corrected budget. In brackets: the deviation from the budget.</source>
        <translation>Søjler: regnskab. Sort streg: det korrigerede budget. I parentes: afvigelsen fra budgettet.</translation>
    </message>
    <message>
        <source>The books have no projects.</source>
        <translation>Regnskabet har ingen projekter.</translation>
    </message>
    <message>
        <source>Portfolio %1: spend by phase</source>
        <translation>Portefølje %1: forbrug pr. fase</translation>
    </message>
    <message>
        <source>Contributions by member %1</source>
        <translation>Bidrag pr. medlem %1</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>No contributions are recorded for %1.</source>
        <translation>Der er ikke registreret bidrag for %1.</translation>
    </message>
    <message>
        <source>Income, expenses and result by year</source>
        <translation>Indtægter, udgifter og resultat pr. år</translation>
    </message>
    <message>
        <source>This chart needs the postings of two years or more.</source>
        <translation>Diagrammet kræver posteringer fra mindst to år.</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Indtægter</translation>
    </message>
    <message>
        <source>Operating result</source>
        <translation>Driftsresultat</translation>
    </message>
    <message>
        <source>As in the statement: income negative, expenses positive.</source>
        <translation>Som i resultatopgørelsen: indtægter negative, udgifter positive.</translation>
    </message>
    <message>
        <source>DKK</source>
        <translation>kr.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>annalist::ChartPainter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not make a PNG picture of the chart.</source>
        <translation>Kunne ikke lave et PNG-billede af diagrammet.</translation>
    </message>
</context>
<context>
    <name>annalist::ChartView</name>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Gem som &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>Gem som &amp;SVG...</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as a picture and as SVG</source>
        <translation>Kopiér diagrammet til udklipsholderen som billede og som SVG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Gem diagram</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Gem diagrammet som PNG-billede</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing, sharp at any size</source>
        <translation>Gem diagrammet som SVG-tegning, skarp i enhver størrelse</translation>
    </message>
</context>
<context>
    <name>annalist::ChoiceSectionEditor</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Statement layout</source>
        <translation>Opstilling af resultatopgørelse</translation>
    </message>
    <message>
        <source>Published: Income | Expenses | Net</source>
        <translation>Publiceret: Indtægter | Udgifter | Netto</translation>
    </message>
    <message>
        <source>Budget view: Budget | Actual | Deviation</source>
        <translation>Budgetvisning: Budget | Regnskab | Afvigelse</translation>
    </message>
    <message>
        <source>The statement is made from the ledger&apos;s postings, budgets and notes when the report is laid out; nothing in it is typed twice.</source>
        <translation>Resultatopgørelsen dannes ud fra regnskabets posteringer, budgetter og noter, når beretningen opstilles; intet i den indtastes to gange.</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>The chart is drawn from the ledger&apos;s figures for the year, as vectors in the PDF, the same as on the Overview.</source>
        <translation>Diagrammet tegnes ud fra regnskabets tal for året, som vektorgrafik i PDF&apos;en, ligesom på Oversigt.</translation>
    </message>
</context>
<context>
    <name>annalist::CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>annalist: %1</source>
        <translation>annalist: %1</translation>
    </message>
    <message>
        <source>Try &quot;annalist %1--help&quot;.</source>
        <translation>Prøv &quot;annalist %1--help&quot;.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versionen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation>Ukendt kommando &quot;%1&quot;; kommandoerne er %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; er ikke et år.</translation>
    </message>
    <message>
        <source>%1 has no fiscal years yet.</source>
        <translation>%1 har endnu ingen regnskabsår.</translation>
    </message>
    <message>
        <source>Fill it with the demo books (the published 2019 statement).</source>
        <translation>Fyld den med demoregnskabet (den offentliggjorte resultatopgørelse for 2019).</translation>
    </message>
    <message>
        <source>Created %1 with the demo books of %2.</source>
        <translation>Oprettede %1 med demoregnskabet for %2.</translation>
    </message>
    <message>
        <source>Created the empty ledger %1.</source>
        <translation>Oprettede det tomme regnskab %1.</translation>
    </message>
    <message>
        <source>Prints the income statement of a year, in Danish as published.</source>
        <translation>Udskriver et års resultatopgørelse på dansk, som den er offentliggjort.</translation>
    </message>
    <message>
        <source>The fiscal year (default: the latest in the books).</source>
        <translation>Regnskabsåret (standard: det seneste i regnskabet).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation>text (standard), csv eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>published (default: Indtægter, Udgifter, Afvigelser) or budget (Budget, Regnskab, Afvigelse, Afvigelse %).</source>
        <translation>published (standard: Indtægter, Udgifter, Afvigelser) eller budget (Budget, Regnskab, Afvigelse, Afvigelse %).</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Year to date: January up to and including this month (1-12).</source>
        <translation>År til dato: januar til og med denne måned (1-12).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MÅNED</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text, csv or json.</source>
        <translation>Ukendt format &quot;%1&quot;; brug text, csv eller json.</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;; use published or budget.</source>
        <translation>Ukendt layout &quot;%1&quot;; brug published eller budget.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (1-12).</source>
        <translation>&quot;%1&quot; er ikke en måned (1-12).</translation>
    </message>
    <message>
        <source>Checks a year&apos;s books against the rules; one finding a line:
SEVERITY RULE-ID location: message. Exits 1 when there is an error.</source>
        <translation>Kontrollerer et års regnskab mod reglerne; ét fund pr. linje:
ALVORLIGHED REGEL-ID sted: meddelelse. Afslutter med 1, hvis der er en fejl.</translation>
    </message>
    <message>
        <source>List the rules instead of checking.</source>
        <translation>Vis reglerne i stedet for at kontrollere.</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s).</source>
        <translation>%1: %2 fejl, %3 advarsel(er), %4 note(r).</translation>
    </message>
    <message>
        <source>Totals per account:</source>
        <translation>Totaler pr. konto:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Imports the postings of an ERP&apos;s CSV export into a fiscal year, all or nothing: when a row is wrong,
every bad row is listed with its line and column, nothing is written, and the exit code is 3.
Postings already in the year (same voucher, date, account and amount) are refused unless
--force or --skip-existing. A year not in the books is created, open.</source>
        <translation>Importerer posteringerne fra en CSV-eksport fra et ERP-system til et regnskabsår, alt eller intet: når en række er forkert,
listes alle forkerte rækker med linje og kolonne, intet skrives, og afslutningskoden er 3.
Posteringer, der allerede findes i året (samme bilag, dato, konto og beløb), afvises, medmindre
--force eller --skip-existing er angivet. Et år, der ikke findes i regnskabet, oprettes som åbent.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>CSV-filen, der skal importeres.</translation>
    </message>
    <message>
        <source>The fiscal year to import into (required).</source>
        <translation>Regnskabsåret, der skal importeres til (skal angives).</translation>
    </message>
    <message>
        <source>Columns with other names: FIELD=COLUMN,... (fields: date, voucher, account, project,
text, amount), e.g. date=Bogføringsdato,amount=Beløb DKK.</source>
        <translation>Kolonner med andre navne: FELT=KOLONNE,... (felter: date, voucher, account, project,
text, amount), f.eks. date=Bogføringsdato,amount=Beløb DKK.</translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation>KOBLING</translation>
    </message>
    <message>
        <source>Use the mapping and encoding saved under NAME.</source>
        <translation>Brug koblingen og tegnsættet, der er gemt under NAVN.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Save this mapping and encoding under NAME after the import.</source>
        <translation>Gem denne kobling og dette tegnsæt under NAVN efter importen.</translation>
    </message>
    <message>
        <source>utf-8, windows-1252 or iso-8859-1 (default: detected).</source>
        <translation>utf-8, windows-1252 eller iso-8859-1 (standard: registreres automatisk).</translation>
    </message>
    <message>
        <source>semicolon, comma or tab (default: detected).</source>
        <translation>semicolon, comma eller tab (standard: registreres automatisk).</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>SKILLETEGN</translation>
    </message>
    <message>
        <source>Check the file and print what would be imported; write nothing.</source>
        <translation>Kontrollér filen, og vis, hvad der ville blive importeret; skriv intet.</translation>
    </message>
    <message>
        <source>Import postings that are already in the year all the same.</source>
        <translation>Importér også posteringer, der allerede findes i året.</translation>
    </message>
    <message>
        <source>Leave out the postings that are already in the year.</source>
        <translation>Udelad de posteringer, der allerede findes i året.</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Angiv den CSV-fil, der skal importeres.</translation>
    </message>
    <message>
        <source>Name the fiscal year to import into with --year YEAR.</source>
        <translation>Angiv det regnskabsår, der skal importeres til, med --year ÅR.</translation>
    </message>
    <message>
        <source>--force and --skip-existing exclude each other.</source>
        <translation>--force og --skip-existing udelukker hinanden.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8, windows-1252 or iso-8859-1.</source>
        <translation>Ukendt tegnsæt &quot;%1&quot;; brug utf-8, windows-1252 eller iso-8859-1.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;; use semicolon, comma or tab.</source>
        <translation>Ukendt skilletegn &quot;%1&quot;; brug semicolon, comma eller tab.</translation>
    </message>
    <message>
        <source>There is no import profile &quot;%1&quot;; none has been saved yet (--save-profile NAME).</source>
        <translation>Der er ingen importprofil &quot;%1&quot;; der er endnu ikke gemt nogen (--save-profile NAVN).</translation>
    </message>
    <message>
        <source>There is no import profile &quot;%1&quot;; the profiles are: %2.</source>
        <translation>Der er ingen importprofil &quot;%1&quot;; profilerne er: %2.</translation>
    </message>
    <message>
        <source>Use --skip-existing to import only the postings not yet in %1, or --force to import them all the same.</source>
        <translation>Brug --skip-existing for kun at importere de posteringer, der ikke allerede findes i %1, eller --force for at importere dem alle alligevel.</translation>
    </message>
    <message>
        <source>%1, delimiter %2</source>
        <translation>%1, skilletegn %2</translation>
    </message>
    <message>
        <source>Dry run: %1 postings from %2 would be imported into %3 (%4); nothing was written.</source>
        <translation>Prøvekørsel: %1 posteringer fra %2 ville blive importeret til %3 (%4); intet blev skrevet.</translation>
    </message>
    <message>
        <source>Imported %1 postings from %2 into %3 (%4).</source>
        <translation>Importerede %1 posteringer fra %2 til %3 (%4).</translation>
    </message>
    <message>
        <source>The fiscal year %1 is not in the books; it would be created (open).</source>
        <translation>Regnskabsåret %1 findes ikke i regnskabet; det ville blive oprettet (åbent).</translation>
    </message>
    <message>
        <source>The fiscal year %1 was not in the books and has been created (open).</source>
        <translation>Regnskabsåret %1 fandtes ikke i regnskabet og er blevet oprettet (åbent).</translation>
    </message>
    <message>
        <source>Left out %1 postings that are already in %2.</source>
        <translation>Udelod %1 posteringer, der allerede findes i %2.</translation>
    </message>
    <message>
        <source>Dry run: the import profile &quot;%1&quot; was not saved.</source>
        <translation>Prøvekørsel: importprofilen &quot;%1&quot; blev ikke gemt.</translation>
    </message>
    <message>
        <source>Saved the import profile &quot;%1&quot;.</source>
        <translation>Gemte importprofilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Writes a year&apos;s postings as CSV, in the form the import reads back.</source>
        <translation>Skriver et års posteringer som CSV i den form, som importen kan læse igen.</translation>
    </message>
    <message>
        <source>The CSV file to write (required).</source>
        <translation>Den CSV-fil, der skal skrives (skal angives).</translation>
    </message>
    <message>
        <source>danish (default: Dato;Bilag;...;Beløb, 31-03-2019, 1.541.130,23, UTF-8 with BOM) or
plain (Date,Voucher,...,Amount, 2019-03-31, 1541130.23, UTF-8).</source>
        <translation>danish (standard: Dato;Bilag;...;Beløb, 31-03-2019, 1.541.130,23, UTF-8 med BOM) eller
plain (Date,Voucher,...,Amount, 2019-03-31, 1541130.23, UTF-8).</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.</source>
        <translation>Angiv den fil, der skal skrives, med -o FIL.</translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;; use danish or plain.</source>
        <translation>Ukendt dialekt &quot;%1&quot;; brug danish eller plain.</translation>
    </message>
    <message>
        <source>Wrote %1 postings of %2 to %3.</source>
        <translation>Skrev %1 posteringer fra %2 til %3.</translation>
    </message>
    <message>
        <source>Writes a year&apos;s annual report as a print-ready PDF, in Danish.</source>
        <translation>Skriver et års årsberetning som en trykklar PDF på dansk.</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>PDF-filen, der skal skrives (skal angives).</translation>
    </message>
    <message>
        <source>Wrote the annual report %1 to %2: %3 pages.</source>
        <translation>Skrev årsberetningen %1 til %2: %3 sider.</translation>
    </message>
    <message>
        <source>Open the ledger read-only: no writer&apos;s lock is taken and nothing can be changed.</source>
        <translation>Åbn regnskabet skrivebeskyttet: der tages ingen skrivelås, og intet kan ændres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes the ledger, but it is opened read-only (--read-only): nothing was changed.</source>
        <translation>&quot;%1&quot; ændrer regnskabet, men det er åbnet skrivebeskyttet (--read-only): intet blev ændret.</translation>
    </message>
    <message>
        <source>Writes a year&apos;s annual report for the web: a folder with index.html, its style sheet and pictures, accessible and in Danish.</source>
        <translation>Skriver et års årsberetning til nettet: en mappe med index.html, dens typografiark og billeder, tilgængelig og på dansk.</translation>
    </message>
    <message>
        <source>The folder to write (required; replaced when it exists).</source>
        <translation>Mappen, der skal skrives (skal angives; erstattes, hvis den findes).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Name the folder to write with -o FOLDER.</source>
        <translation>Angiv den mappe, der skal skrives, med -o MAPPE.</translation>
    </message>
    <message>
        <source>Wrote the annual report %1 for the web to %2.</source>
        <translation>Skrev årsberetningen %1 til nettet i %2.</translation>
    </message>
    <message>
        <source>Writes a year&apos;s statement, notes, budget, projects, members, postings and charts as an Excel workbook (XLSX), in Danish.</source>
        <translation>Skriver et års resultatopgørelse, noter, budget, projekter, medlemmer, posteringer og diagrammer som en Excel-projektmappe (XLSX) på dansk.</translation>
    </message>
    <message>
        <source>The XLSX file to write (required).</source>
        <translation>XLSX-filen, der skal skrives (skal angives).</translation>
    </message>
    <message>
        <source>Wrote the statements of %1 to %2.</source>
        <translation>Skrev opgørelserne for %1 til %2.</translation>
    </message>
    <message>
        <source>Closes a fiscal year: validation first (refused while it finds errors), then the operating result is booked into the next year as &quot;Overført fra YEAR&quot;, the signatories sign the report, and the year can no longer change.</source>
        <translation>Afslutter et regnskabsår: først validering (afvises, så længe den finder fejl), derefter bogføres driftsresultatet i det næste år som &quot;Overført fra ÅR&quot;, underskriverne underskriver beretningen, og året kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Opens a closed fiscal year again for corrections; the reason is kept with the year.</source>
        <translation>Genåbner et afsluttet regnskabsår til rettelser; begrundelsen gemmes sammen med året.</translation>
    </message>
    <message>
        <source>The fiscal year (required).</source>
        <translation>Regnskabsåret (skal angives).</translation>
    </message>
    <message>
        <source>A board member or the auditor who signs, as &quot;NAME, ROLE&quot;; repeat for each.</source>
        <translation>Et bestyrelsesmedlem eller revisor, der underskriver, som &quot;NAVN, ROLLE&quot;; gentag for hver.</translation>
    </message>
    <message>
        <source>NAME, ROLE</source>
        <translation>NAVN, ROLLE</translation>
    </message>
    <message>
        <source>Why the year is opened again (required).</source>
        <translation>Hvorfor året genåbnes (skal angives).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Name the year with --year YEAR.</source>
        <translation>Angiv året med --year ÅR.</translation>
    </message>
    <message>
        <source>Reopened %1: %2</source>
        <translation>Genåbnede %1: %2</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the ledger with SQLite&apos;s online backup and checks the copy with PRAGMA integrity_check.</source>
        <translation>Skriver en konsistent kopi af regnskabet med SQLites online-backup og kontrollerer kopien med PRAGMA integrity_check.</translation>
    </message>
    <message>
        <source>The backup file to write (required).</source>
        <translation>Sikkerhedskopien, der skal skrives (skal angives).</translation>
    </message>
    <message>
        <source>The backup %1 did not pass its integrity check: %2</source>
        <translation>Sikkerhedskopien %1 bestod ikke integritetskontrollen: %2</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2; its integrity check is ok.</source>
        <translation>Skrev en sikkerhedskopi af %1 til %2; integritetskontrollen er ok.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 records, head %2.</source>
        <translation>Revisionssporet er intakt: %1 registreringer, hoved %2.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Lists the audit trail&apos;s records, oldest first: id, time (UTC), user, action, table, row and the
new (or old) values. With -o FILE (or --csv -o FILE) they are written as CSV instead: UTF-8,
comma-separated, with the columns id, at, user, action, table, row_key, old_values, new_values,
prev_hash and hash. The filters combine.</source>
        <translation>Viser revisionssporets registreringer, ældste først: id, tidspunkt (UTC), bruger, handling, tabel, række og
de nye (eller gamle) værdier. Med -o FIL (eller --csv -o FIL) skrives de i stedet som CSV: UTF-8,
kommasepareret, med kolonnerne id, at, user, action, table, row_key, old_values, new_values,
prev_hash og hash. Filtrene kan kombineres.</translation>
    </message>
    <message>
        <source>Only changes to this table (e.g. postings, budgets).</source>
        <translation>Kun ændringer i denne tabel (fx postings, budgets).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABEL</translation>
    </message>
    <message>
        <source>Only this action: insert, update, delete, import, undo-import,
close or reopen.</source>
        <translation>Kun denne handling: insert, update, delete, import, undo-import,
close eller reopen.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDLING</translation>
    </message>
    <message>
        <source>Only changes by this user.</source>
        <translation>Kun ændringer foretaget af denne bruger.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BRUGER</translation>
    </message>
    <message>
        <source>Only changes on or after this date (YYYY-MM-DD, UTC).</source>
        <translation>Kun ændringer på eller efter denne dato (ÅÅÅÅ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Only changes on or before this date (YYYY-MM-DD, UTC).</source>
        <translation>Kun ændringer på eller før denne dato (ÅÅÅÅ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Only records whose row or values contain TEXT.</source>
        <translation>Kun registreringer, hvis række eller værdier indeholder TEKST.</translation>
    </message>
    <message>
        <source>Write CSV (to the file named with -o).</source>
        <translation>Skriv CSV (til filen angivet med -o).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV-filen, der skal skrives.</translation>
    </message>
    <message>
        <source>Name the CSV file to write with -o FILE.</source>
        <translation>Angiv den CSV-fil, der skal skrives, med -o FIL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; er ikke en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Wrote %1 audit records to %2.</source>
        <translation>Skrev %1 registreringer til %2.</translation>
    </message>
    <message>
        <source>A head printed on a closing receipt or the report&apos;s sign-off page: exit code 1 unless the intact trail still holds that record.</source>
        <translation>Et hoved trykt på en afslutningskvittering eller årsberetningens ledelsespåtegning: slutkode 1, medmindre det intakte spor stadig indeholder den post.</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>%1: no record of the audit trail has the hash %2: the trail was rewritten after it was printed.</source>
        <translation>%1: ingen post i revisionssporet har hashværdien %2: sporet er skrevet om, efter at den blev trykt.</translation>
    </message>
    <message>
        <source>The printed head is record %1 (%2, %3 %4), and the trail since then is intact.</source>
        <translation>Det trykte hoved er post %1 (%2, %3 %4), og sporet siden da er intakt.</translation>
    </message>
    <message>
        <source>The ledger to use: a file, or a server&apos;s postgresql://USER@HOST[:PORT]/DATABASE (default: the ledger file in your data folder).</source>
        <translation>Det regnskab, der skal bruges: en fil eller en servers postgresql://BRUGER@VÆRT[:PORT]/DATABASE (standard: regnskabsfilen i din datamappe).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FIL|URL</translation>
    </message>
    <message>
        <source>init, statement, validate, import, export-csv, export-pdf, export-html, export-xlsx, close-year, reopen-year, backup, verify, audit, copy-to or grant; none opens the window.</source>
        <translation>init, statement, validate, import, export-csv, export-pdf, export-html, export-xlsx, close-year, reopen-year, backup, verify, audit, copy-to eller grant; ingen af dem åbner vinduet.</translation>
    </message>
    <message>
        <source>Usage: annalist [--db FILE|URL] [COMMAND] [OPTIONS]
       annalist [--read-only] [FILE]

Annalist keeps an association&apos;s budget ledger and produces its annual report.
Without a command it opens the window; every command runs without a display.

Options:
  --db FILE     the ledger file (default: %1)
  --db URL      a ledger on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE
  --read-only   open the ledger read-only (no lock; every change is refused)
  -h, --help    show this help; &quot;annalist COMMAND --help&quot; for a command
  -v, --version show the version

Commands:
  init          create a ledger (--demo: with the demo books)
  statement     print the income statement of a year
  validate      check a year&apos;s books against the rules
  import        import postings from an ERP&apos;s CSV export, all or nothing
  export-csv    write a year&apos;s postings as CSV
  export-pdf    write a year&apos;s annual report as PDF
  export-html   write a year&apos;s annual report as an accessible web page
  export-xlsx   write a year&apos;s statements and postings as an Excel workbook
  close-year    close a year, signed by the board; its carry-over goes into the next
  reopen-year   open a closed year again, with a reason
  backup        write a checked copy of the ledger
  verify        check the audit trail: exit 1 when a record was altered or removed
  audit         list the audit trail&apos;s records, or write them as CSV
  copy-to       copy the ledger into a new file or a server&apos;s empty database
  grant         give a login a role on a server: finance, editor or board

Exit codes: 0 ok, 1 validation errors or a tampered audit trail, 2 usage error,
3 bad input or file, 4 other I/O error, 5 the ledger is in use by another writer.
</source>
        <translation>Brug: annalist [--db FIL|URL] [KOMMANDO] [TILVALG]
      annalist [--read-only] [FIL]

Annalist fører en forenings budgetregnskab og laver dens årsberetning.
Uden en kommando åbnes vinduet; alle kommandoer kører uden skærm.

Tilvalg:
  --db FIL      regnskabsfilen (standard: %1)
  --db URL      et regnskab på en PostgreSQL-server: postgresql://BRUGER@VÆRT[:PORT]/DATABASE
  --read-only   åbn regnskabet skrivebeskyttet (ingen lås; alle ændringer afvises)
  -h, --help    vis denne hjælp; &quot;annalist KOMMANDO --help&quot; for en kommando
  -v, --version vis versionen

Kommandoer:
  init          opret et regnskab (--demo: med demoregnskabet)
  statement     udskriv et års resultatopgørelse
  validate      kontrollér et års regnskab mod reglerne
  import        importér posteringer fra en CSV-eksport fra et ERP-system, alt eller intet
  export-csv    skriv et års posteringer som CSV
  export-pdf    skriv et års årsberetning som PDF
  export-html   skriv et års årsberetning som en tilgængelig webside
  export-xlsx   skriv et års opgørelser og posteringer som en Excel-projektmappe
  close-year    afslut et år, underskrevet af bestyrelsen; dets overførsel går til det næste
  reopen-year   genåbn et afsluttet år, med en begrundelse
  backup        skriv en kontrolleret sikkerhedskopi af regnskabet
  verify        kontrollér revisionssporet: kode 1, når en registrering er ændret/fjernet
  audit         vis revisionssporets registreringer, eller skriv dem som CSV
  copy-to       kopiér regnskabet til en ny fil eller en servers tomme database
  grant         giv et login en rolle på en server: finance, editor eller board

Afslutningskoder: 0 ok, 1 valideringsfejl eller et manipuleret revisionsspor, 2 brugsfejl,
3 ugyldigt input eller ugyldig fil, 4 anden I/O-fejl,
5 regnskabet bruges af et andet program, der skriver i det.
</translation>
    </message>
    <message>
        <source>Creates a new ledger file, or a ledger in a server&apos;s empty database; refuses to write over an existing file or ledger.</source>
        <translation>Opretter en ny regnskabsfil eller et regnskab i en servers tomme database; skriver aldrig over en eksisterende fil eller et eksisterende regnskab.</translation>
    </message>
    <message>
        <source>Gives a login one of the roles of a ledger on a server, which the server enforces:
  finance  writes the ledger (postings, budgets, master data, imports)
  editor   writes the report and its notes, reads the ledger
  board    reads everything and signs off (closes and reopens) the years
Creates the login when the server has none by that name. Run it as the ledger&apos;s owner.</source>
        <translation>Giver et login en af rollerne i et regnskab på en server, som serveren selv håndhæver:
  finance  fører regnskabet (posteringer, budgetter, stamdata, import)
  editor   skriver beretningen og noterne, læser regnskabet
  board    læser alt og godkender (afslutter og genåbner) årene
Opretter login&apos;et, når serveren ikke har et med det navn. Kør den som regnskabets ejer.</translation>
    </message>
    <message>
        <source>Read the login&apos;s new password from the first line of standard input.</source>
        <translation>Læs login&apos;ets nye adgangskode fra første linje af standard input.</translation>
    </message>
    <message>
        <source>finance, editor or board.</source>
        <translation>finance, editor eller board.</translation>
    </message>
    <message>
        <source>The login&apos;s name on the server.</source>
        <translation>Login&apos;ets navn på serveren.</translation>
    </message>
    <message>
        <source>Name the role and the login: grant finance|editor|board LOGIN.</source>
        <translation>Angiv rollen og login&apos;et: grant finance|editor|board LOGIN.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;; the roles are finance, editor and board.</source>
        <translation>Der er ingen rolle &quot;%1&quot;; rollerne er finance, editor og board.</translation>
    </message>
    <message>
        <source>Roles are kept by a server: name its ledger with --db postgresql://OWNER@HOST/DATABASE.</source>
        <translation>Roller findes på en server: angiv dens regnskab med --db postgresql://EJER@VÆRT/DATABASE.</translation>
    </message>
    <message>
        <source>--password-stdin read no password.</source>
        <translation>--password-stdin læste ingen adgangskode.</translation>
    </message>
    <message>
        <source>Created the login %1.</source>
        <translation>Oprettede login&apos;et %1.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 (%3) on %4.</source>
        <translation>%1 har nu rollen %2 (%3) på %4.</translation>
    </message>
    <message>
        <source>Copies the whole ledger, with its audit trail, into a new ledger: a file to a server&apos;s empty
database, a server&apos;s ledger to a new file, or either to its own kind. The target must not hold a
ledger yet. On a server, run it as the login that is to own the ledger.</source>
        <translation>Kopierer hele regnskabet med revisionssporet til et nyt regnskab: en fil til en servers tomme
database, en servers regnskab til en ny fil, eller til samme slags. Målet må ikke allerede rumme
et regnskab. På en server køres den som det login, der skal eje regnskabet.</translation>
    </message>
    <message>
        <source>A new ledger file, or postgresql://OWNER@HOST/DATABASE.</source>
        <translation>En ny regnskabsfil eller postgresql://EJER@VÆRT/DATABASE.</translation>
    </message>
    <message>
        <source>Name where the copy goes: copy-to FILE or copy-to postgresql://...</source>
        <translation>Angiv, hvor kopien skal hen: copy-to FIL eller copy-to postgresql://...</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows in %4 tables, %5 postings, %6 audit records.</source>
        <translation>Kopierede %1 til %2: %3 rækker i %4 tabeller, %5 posteringer, %6 registreringer i revisionssporet.</translation>
    </message>
    <message>
        <source>Checks that the ledger holds what was recorded and signed: recomputes the audit trail&apos;s chain of
hashes and compares its head; compares every trigger and function with the ones Annalist made
for the ledger&apos;s schema; and recomputes the seal of every closed year from its figures and
accounts. Exit code 0: all holds; 1: something was altered, removed or added (each is named).
The head&apos;s hash and each closed year&apos;s seal are printed: compare them with a closing receipt.</source>
        <translation>Kontrollerer, at regnskabet rummer det, der blev registreret og underskrevet: genberegner
revisionssporets kæde af hashværdier og sammenligner dens hoved; sammenligner hver trigger og
funktion med dem, Annalist har lavet til regnskabets skema; og genberegner seglet for hvert
afsluttet år ud fra dets tal og konti. Afslutningskode 0: alt holder; 1: noget er ændret, fjernet
eller tilføjet (hvert navngives). Hovedets hash og hvert afsluttet års segl udskrives: sammenlign
dem med en afslutningskvittering.</translation>
    </message>
    <message>
        <source>%1: the ledger has been tampered with (%2 problem(s)).</source>
        <translation>%1: regnskabet er blevet manipuleret (%2 problem(er)).</translation>
    </message>
    <message>
        <source>Every trigger and function is the one Annalist made.</source>
        <translation>Hver trigger og funktion er den, Annalist har lavet.</translation>
    </message>
    <message>
        <source>%1 is closed and holds what was closed: seal %2.</source>
        <translation>%1 er afsluttet og rummer det, der blev afsluttet: segl %2.</translation>
    </message>
    <message>
        <source>%1 was closed before seals were kept: reopen and close it again to seal it.</source>
        <translation>%1 blev afsluttet, før segl blev gemt: genåbn og afslut året igen for at forsegle det.</translation>
    </message>
    <message>
        <source>annalist: warning: %1</source>
        <translation>annalist: advarsel: %1</translation>
    </message>
    <message>
        <source>annalist: the output could not be written: %1</source>
        <translation>annalist: uddata kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>annalist::ContributionCommand</name>
    <message>
        <source>Edit contribution of %1 in %2</source>
        <translation>Rediger kontingent for %1 i %2</translation>
    </message>
</context>
<context>
    <name>annalist::ControlTotalCommand</name>
    <message>
        <source>Add control total of %1</source>
        <translation>Tilføj kontroltotal for %1</translation>
    </message>
    <message>
        <source>Delete control total of %1</source>
        <translation>Slet kontroltotal for %1</translation>
    </message>
    <message>
        <source>Edit control total of %1</source>
        <translation>Rediger kontroltotal for %1</translation>
    </message>
</context>
<context>
    <name>annalist::ControlTotalDialog</name>
    <message>
        <source>Add Control Total</source>
        <translation>Tilføj kontroltotal</translation>
    </message>
    <message>
        <source>Operating result %1</source>
        <translation>Driftsresultat %1</translation>
    </message>
    <message>
        <source>&amp;Total of:</source>
        <translation>&amp;Total for:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Beløb:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>K&amp;ilde:</translation>
    </message>
    <message>
        <source>Every account and the operating result have a control total already.</source>
        <translation>Alle konti og driftsresultatet har allerede en kontroltotal.</translation>
    </message>
</context>
<context>
    <name>annalist::ControlTotalRepository</name>
    <message>
        <source>The fiscal year %1 is not in the books.</source>
        <translation>Regnskabsåret %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>A control total refers to account id %1, which does not exist.</source>
        <translation>En kontroltotal henviser til konto-id %1, som ikke findes.</translation>
    </message>
    <message>
        <source>This account has a control total for %1 already.</source>
        <translation>Denne konto har allerede en kontroltotal for %1.</translation>
    </message>
    <message>
        <source>The operating result of %1 has a control total already.</source>
        <translation>Driftsresultatet for %1 har allerede en kontroltotal.</translation>
    </message>
</context>
<context>
    <name>annalist::ControlTotalsModel</name>
    <message>
        <source>Operating result</source>
        <translation>Driftsresultat</translation>
    </message>
    <message>
        <source>Account id %1</source>
        <translation>Konto-id %1</translation>
    </message>
    <message>
        <source>The ledger agrees with the control total.</source>
        <translation>Regnskabet stemmer med kontroltotalen.</translation>
    </message>
    <message>
        <source>The ledger differs from the control total by %1.</source>
        <translation>Regnskabet afviger fra kontroltotalen med %1.</translation>
    </message>
    <message>
        <source>Total of</source>
        <translation>Total for</translation>
    </message>
    <message>
        <source>Control total</source>
        <translation>Kontroltotal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Regnskab</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>annalist::ControlTotalsView</name>
    <message>
        <source>Control totals %1</source>
        <translation>Kontroltotaler %1</translation>
    </message>
    <message>
        <source>&amp;Add Control Total...</source>
        <translation>&amp;Tilføj kontroltotal...</translation>
    </message>
    <message>
        <source>&amp;Delete Control Total</source>
        <translation>&amp;Slet kontroltotal</translation>
    </message>
    <message>
        <source>Delete Control Total</source>
        <translation>Slet kontroltotal</translation>
    </message>
    <message>
        <source>Delete the control total of %1?</source>
        <translation>Slet kontroltotalen for %1?</translation>
    </message>
    <message>
        <source>Control totals</source>
        <translation>Kontroltotaler</translation>
    </message>
</context>
<context>
    <name>annalist::CsvReader</name>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The file is in UTF-16, which is not supported: save it as UTF-8 or Windows-1252.</source>
        <translation>Filen er i UTF-16, som ikke understøttes: gem den som UTF-8 eller Windows-1252.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>Dette er ikke en tekstfil: den indeholder binære data.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 holds binary data (a NUL byte).</source>
        <translation>Dette er ikke en tekstfil: linje %1 indeholder binære data (en NUL-byte).</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 runs on for more than %2 bytes: its closing quote is most likely missing.</source>
        <translation>Feltet i anførselstegn, der starter på linje %1, fylder mere end %2 byte: dets afsluttende anførselstegn mangler sandsynligvis.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: this is not a CSV file of postings.</source>
        <translation>Linje %1 er længere end %2 byte: dette er ikke en CSV-fil med posteringer.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 never ends: its closing quote is missing.</source>
        <translation>Feltet i anførselstegn, der starter på linje %1, slutter aldrig: dets afsluttende anførselstegn mangler.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>der står tekst efter et felts afsluttende anførselstegn; et anførselstegn inde i et felt i anførselstegn skal skrives dobbelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8, though the file was read as UTF-8; give the file&apos;s encoding (for example Windows-1252).</source>
        <translation>linjen er ikke gyldig UTF-8, selvom filen blev læst som UTF-8; angiv filens tegnsæt (for eksempel Windows-1252).</translation>
    </message>
</context>
<context>
    <name>annalist::DeletePostingsCommand</name>
    <message>
        <source>Delete posting %1</source>
        <translation>Slet postering %1</translation>
    </message>
    <message>
        <source>Delete %1 postings</source>
        <translation>Slet %1 posteringer</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
</context>
<context>
    <name>annalist::DemoLedger</name>
    <message>
        <source>The demo data is missing from the program.</source>
        <translation>Demodataene mangler i programmet.</translation>
    </message>
    <message>
        <source>Illustrative budget</source>
        <translation>Illustrativt budget</translation>
    </message>
</context>
<context>
    <name>annalist::DemoReport</name>
    <message>
        <source>The demo report is missing from the program.</source>
        <translation>Demoberetningen mangler i programmet.</translation>
    </message>
</context>
<context>
    <name>annalist::EditPostingCommand</name>
    <message>
        <source>Edit date of posting %1</source>
        <translation>Rediger dato for postering %1</translation>
    </message>
    <message>
        <source>Edit voucher of posting %1</source>
        <translation>Rediger bilag for postering %1</translation>
    </message>
    <message>
        <source>Edit account of posting %1</source>
        <translation>Rediger konto for postering %1</translation>
    </message>
    <message>
        <source>Edit project of posting %1</source>
        <translation>Rediger projekt for postering %1</translation>
    </message>
    <message>
        <source>Edit text of posting %1</source>
        <translation>Rediger tekst for postering %1</translation>
    </message>
    <message>
        <source>Edit amount of posting %1</source>
        <translation>Rediger beløb for postering %1</translation>
    </message>
    <message>
        <source>Edit posting %1</source>
        <translation>Rediger postering %1</translation>
    </message>
</context>
<context>
    <name>annalist::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
    </message>
</context>
<context>
    <name>annalist::HelpWindow</name>
    <message>
        <source>The user guide could not be loaded.</source>
        <translation>Brugervejledningen kunne ikke indlæses.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>Annalist User Guide</source>
        <translation>Annalist – brugervejledning</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Tilbage til, hvor du var</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>Frem igen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The beginning of the guide</source>
        <translation>Vejledningens begyndelse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Find næste</translation>
    </message>
    <message>
        <source>Find the next place</source>
        <translation>Find det næste sted</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Find forrige</translation>
    </message>
    <message>
        <source>Find the previous place</source>
        <translation>Find det forrige sted</translation>
    </message>
    <message>
        <source>Find in the guide (%1)</source>
        <translation>Søg i vejledningen (%1)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Søg i vejledningen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Vejledningens sprog</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Vejledningens indhold</translation>
    </message>
    <message>
        <source>Text of the guide</source>
        <translation>Vejledningens tekst</translation>
    </message>
</context>
<context>
    <name>annalist::ImportAssistant</name>
    <message>
        <source>Import Postings</source>
        <translation>Importér posteringer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Kontrollerer %1...</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importerer %1...</translation>
    </message>
</context>
<context>
    <name>annalist::ImportCheckPage</name>
    <message>
        <source>Check and Import</source>
        <translation>Kontrollér og importér</translation>
    </message>
    <message>
        <source>Every row is checked against the chart of accounts and the fiscal year before anything is written. The import is all or nothing, and Edit &gt; Undo takes it back as a whole.</source>
        <translation>Hver række kontrolleres mod kontoplanen og regnskabsåret, før der skrives noget. Importen er alt eller intet, og Rediger &gt; Fortryd tager den tilbage i sin helhed.</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>&amp;Fundet:</translation>
    </message>
    <message>
        <source>&amp;Refuse the file</source>
        <translation>&amp;Afvis filen</translation>
    </message>
    <message>
        <source>S&amp;kip postings already in the year</source>
        <translation>&amp;Udelad posteringer, der allerede findes i året</translation>
    </message>
    <message>
        <source>Import them &amp;anyway</source>
        <translation>Importér dem a&amp;lligevel</translation>
    </message>
    <message>
        <source>Postings already in the year (same voucher, date, account and amount):</source>
        <translation>Posteringer, der allerede findes i året (samme bilag, dato, konto og beløb):</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Kontrollér igen</translation>
    </message>
    <message>
        <source>Reads the file again, for example after correcting it</source>
        <translation>Læser filen igen, for eksempel efter at den er rettet</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>Kontrollen blev annulleret; intet blev importeret.</translation>
    </message>
    <message>
        <source>Check Again reads the whole file.</source>
        <translation>Kontrollér igen læser hele filen.</translation>
    </message>
    <message>
        <source>%1 rows read from %2 (%3, %4 as delimiter).</source>
        <translation>%1 rækker læst fra %2 (%3, %4 som skilletegn).</translation>
    </message>
    <message>
        <source>%1 postings already in %2 are left out.</source>
        <translation>%1 posteringer, der allerede findes i %2, udelades.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is not in the books; it will be created, open.</source>
        <translation>Regnskabsåret %1 findes ikke i regnskabet; det bliver oprettet som åbent.</translation>
    </message>
    <message>
        <source>Nothing to import: every posting in the file is already in %1.</source>
        <translation>Intet at importere: alle posteringer i filen findes allerede i %1.</translation>
    </message>
    <message>
        <source>%1 postings, total %2, ready to import into %3.</source>
        <translation>%1 posteringer, i alt %2, er klar til at blive importeret til %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem fundet; intet kan importeres, før det er rettet.</numerusform>
            <numerusform>%n problemer fundet; intet kan importeres, før de er rettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>De første %1 vises.</translation>
    </message>
    <message>
        <source>%1 rows are postings already in %2: skip them or import them anyway below.</source>
        <translation>%1 rækker er posteringer, der allerede findes i %2: udelad dem, eller importér dem alligevel nedenfor.</translation>
    </message>
    <message>
        <source>Correct the file and choose Check Again, or go Back to change how it is read.</source>
        <translation>Ret filen, og vælg Kontrollér igen, eller gå Tilbage for at ændre, hvordan den læses.</translation>
    </message>
    <message>
        <source>The import was cancelled; the ledger is as it was.</source>
        <translation>Importen blev annulleret; regnskabet er, som det var.</translation>
    </message>
    <message>
        <source>Nothing was written. Import starts it again.</source>
        <translation>Intet blev skrevet. Importér starter den igen.</translation>
    </message>
</context>
<context>
    <name>annalist::ImportFilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <source>Annalist reads the CSV export of the ERP system. Check how the file is read and which column holds what; the first rows show the result.</source>
        <translation>Annalist læser CSV-eksporten fra ERP-systemet. Kontrollér, hvordan filen læses, og hvilken kolonne der indeholder hvad; de første rækker viser resultatet.</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>CSV-filen, der skal importeres</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Gennem&amp;se...</translation>
    </message>
    <message>
        <source>&amp;Save as Profile...</source>
        <translation>&amp;Gem som profil...</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>&amp;Regnskabsår:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnsæt:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>S&amp;killetegn:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Læses som:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>&amp;Bilag:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>T&amp;ekst:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;løb:</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(vælg en kolonne)</translation>
    </message>
    <message>
        <source>Previe&amp;w of the first rows (line numbers on the left):</source>
        <translation>Forhånds&amp;visning af de første rækker (linjenumre til venstre):</translation>
    </message>
    <message>
        <source>Import Postings</source>
        <translation>Importér posteringer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Vælg den CSV-fil, der skal importeres.</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <source>Read as %1 with the %2 as delimiter; the header is on line %3.</source>
        <translation>Læst som %1 med %2 som skilletegn; overskriften står på linje %3.</translation>
    </message>
    <message>
        <source>The first rows hold no letters beyond ASCII; the rest decides the encoding.</source>
        <translation>De første rækker indeholder ingen bogstaver uden for ASCII; resten af filen afgør tegnsættet.</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(ingen kolonne)</translation>
    </message>
    <message>
        <source>(none: detect the columns)</source>
        <translation>(ingen: find kolonnerne automatisk)</translation>
    </message>
    <message>
        <source>The import profile &quot;%1&quot; is gone.</source>
        <translation>Importprofilen &quot;%1&quot; findes ikke længere.</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Gem som profil</translation>
    </message>
    <message>
        <source>&amp;Name of the profile (the mapping, encoding and delimiter are saved in the ledger):</source>
        <translation>&amp;Navn på profilen (koblingen, tegnsættet og skilletegnet gemmes i regnskabet):</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Forhåndsvisning af filen</translation>
    </message>
</context>
<context>
    <name>annalist::ImportIssuesModel</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>annalist::ImportMapping</name>
    <message>
        <source>the date</source>
        <translation>datoen</translation>
    </message>
    <message>
        <source>the voucher number</source>
        <translation>bilagsnummeret</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>kontoen</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>projektet</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>teksten</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>beløbet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping: write FIELD=COLUMN, for example date=Bogføringsdato.</source>
        <translation>&quot;%1&quot; er ikke en kobling: skriv FELT=KOLONNE, for eksempel date=Bogføringsdato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are date, voucher, account, project, text and amount.</source>
        <translation>&quot;%1&quot; er ikke et felt; felterne er date, voucher, account, project, text og amount.</translation>
    </message>
    <message>
        <source>The field %1 is mapped twice.</source>
        <translation>Feltet %1 er koblet to gange.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; given for %2 is not in the file; its columns are %3.</source>
        <translation>Kolonnen &quot;%1&quot;, der er angivet for %2, findes ikke i filen; dens kolonner er %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is given for two fields.</source>
        <translation>Kolonnen &quot;%1&quot; er angivet for to felter.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; could both be %3; map one of them (%4=COLUMN).</source>
        <translation>Kolonnerne &quot;%1&quot; og &quot;%2&quot; kunne begge være %3; kobl en af dem (%4=KOLONNE).</translation>
    </message>
    <message>
        <source>%1 (a column named %2; or map one: %3=COLUMN)</source>
        <translation>%1 (en kolonne med navnet %2; eller kobl en: %3=KOLONNE)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>The file has no column for %1. Its columns are %2.</source>
        <translation>Filen har ingen kolonne til %1. Dens kolonner er %2.</translation>
    </message>
</context>
<context>
    <name>annalist::ImportPostingsCommand</name>
    <message>
        <source>Import postings from %1</source>
        <translation>Importér posteringer fra %1</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
    <message>
        <source>Import %1 postings from %2</source>
        <translation>Importér %1 posteringer fra %2</translation>
    </message>
    <message>
        <source>%1 has changed or is gone since it was imported; it cannot be imported again. Import it anew with File &gt; Import Postings.</source>
        <translation>%1 er blevet ændret eller fjernet, siden den blev importeret; den kan ikke importeres igen. Importér den på ny med Filer &gt; Importér posteringer.</translation>
    </message>
</context>
<context>
    <name>annalist::ImportPreviewModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Linje %1 i filen</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1
(not read)</source>
        <translation>%1
(læses ikke)</translation>
    </message>
</context>
<context>
    <name>annalist::ImportTotalsModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Posteringer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>annalist::InfoSectionEditor</name>
    <message>
        <source>&lt;p&gt;The portfolio overview lists every project by phase on one page, with its steering group and account.&lt;/p&gt;&lt;p&gt;It comes from the projects in the ledger: change a project&apos;s phase or steering group on the &lt;b&gt;Projects&lt;/b&gt; page and the report follows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Porteføljeoversigten viser alle projekter efter fase på én side med deres styregruppe og konto.&lt;/p&gt;&lt;p&gt;Den dannes ud fra projekterne i regnskabet: ændr et projekts fase eller styregruppe på siden &lt;b&gt;Projekter&lt;/b&gt;, så følger beretningen med.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The members&apos; table lists each member municipality with its basic contribution for the year and the total.&lt;/p&gt;&lt;p&gt;It comes from the &lt;b&gt;Members&lt;/b&gt; page of the ledger.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Medlemstabellen viser hver medlemskommune med dens kontingent for året og det samlede beløb.&lt;/p&gt;&lt;p&gt;Den dannes ud fra siden &lt;b&gt;Medlemmer&lt;/b&gt; i regnskabet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A page break: what follows it starts on a new page.&lt;/p&gt;&lt;p&gt;Move it with Ctrl+Up and Ctrl+Down, or remove it with Delete.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Et sideskift: det, der følger efter det, starter på en ny side.&lt;/p&gt;&lt;p&gt;Flyt det med Ctrl+Pil op og Ctrl+Pil ned, eller fjern det med Delete.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>annalist::InterviewEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Portrait:</source>
        <translation>Portræt:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Choose &amp;Portrait...</source>
        <translation>Vælg &amp;portræt...</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG picture of the person, kept in the ledger</source>
        <translation>Et PNG-, JPEG- eller SVG-billede af personen, gemt i regnskabet</translation>
    </message>
    <message>
        <source>Alternative text: what the portrait shows</source>
        <translation>Alternativ tekst: hvad portrættet viser</translation>
    </message>
    <message>
        <source>Alternative text of the portrait</source>
        <translation>Portrættets alternative tekst</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Tilføj spørgsmål</translation>
    </message>
    <message>
        <source>&amp;Remove Question</source>
        <translation>&amp;Fjern spørgsmål</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Spørgsmål og svar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>Intet portræt</translation>
    </message>
    <message>
        <source>Choose Portrait</source>
        <translation>Vælg portræt</translation>
    </message>
    <message>
        <source>Alternative Text</source>
        <translation>Alternativ tekst</translation>
    </message>
    <message>
        <source>What the portrait shows:</source>
        <translation>Hvad portrættet viser:</translation>
    </message>
    <message>
        <source>Portrait of %1</source>
        <translation>Portræt af %1</translation>
    </message>
</context>
<context>
    <name>annalist::Ledger</name>
    <message>
        <source>There is no ledger at %1. Create one with &quot;annalist --db %1 init&quot;.</source>
        <translation>Der er intet regnskab i %1. Opret et med &quot;annalist --db %1 init&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Annalist ledger.</source>
        <translation>%1 er tom: den er ikke et Annalist-regnskab.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is not an Annalist ledger (it is not a SQLite database).</source>
        <translation>%1 er ikke et Annalist-regnskab (det er ikke en SQLite-database).</translation>
    </message>
    <message>
        <source>%1 exists already; a new ledger is never written over a file.</source>
        <translation>%1 findes allerede; et nyt regnskab skrives aldrig oven i en fil.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup.</source>
        <translation>%1 er beskadiget og kan ikke bruges (%2). Gendan filen fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not an Annalist ledger.</source>
        <translation>%1 er en SQLite-database, men ikke et Annalist-regnskab.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Annalist (schema %2; this version reads up to %3). Update Annalist to open it.</source>
        <translation>%1 er skrevet af en nyere version af Annalist (skema %2; denne version kan læse op til %3). Opdatér Annalist for at åbne filen.</translation>
    </message>
    <message>
        <source>A copy cannot be written over the ledger itself.</source>
        <translation>En kopi kan ikke skrives oven i selve regnskabet.</translation>
    </message>
    <message>
        <source>%1: a transaction could not be started: %2</source>
        <translation>%1: en transaktion kunne ikke startes: %2</translation>
    </message>
    <message>
        <source>%1: the changes could not be saved: %2</source>
        <translation>%1: ændringerne kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 and cannot be upgraded: %3</source>
        <translation>%1 skal opgraderes til skema %2 og kan ikke opgraderes: %3</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en anden bruger</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>en ukendt computer</translation>
    </message>
    <message>
        <source>The ledger is not open.</source>
        <translation>Regnskabet er ikke åbent.</translation>
    </message>
    <message>
        <source>the copy could not be closed</source>
        <translation>kopien kunne ikke lukkes</translation>
    </message>
    <message>
        <source>%1 cannot be opened: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>%1 kan ikke åbnes: Qt&apos;s PostgreSQL-driver er ikke installeret (på Debian pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds an Annalist ledger already; a new ledger is never written over one.</source>
        <translation>%1 rummer allerede et Annalist-regnskab; et nyt regnskab skrives aldrig oven i et andet.</translation>
    </message>
    <message>
        <source>The database at %1 is not an Annalist ledger.</source>
        <translation>Databasen på %1 er ikke et Annalist-regnskab.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2; open it once for writing as its owner.</source>
        <translation>%1 skal opgraderes til skema %2; åbn det én gang med skriveadgang som dets ejer.</translation>
    </message>
    <message>
        <source>A ledger on a server is copied to a file with &quot;annalist --db %1 copy-to FILE&quot;.</source>
        <translation>Et regnskab på en server kopieres til en fil med &quot;annalist --db %1 copy-to FIL&quot;.</translation>
    </message>
    <message>
        <source>another program holds its lock file %1</source>
        <translation>et andet program holder dens låsefil %1</translation>
    </message>
    <message>
        <source>%1 on %2 has it open for writing (process %3)</source>
        <translation>%1 på %2 har filen åben med skriveadgang (proces %3)</translation>
    </message>
    <message>
        <source>%1 is in use: %2. Open it read-only, or wait until it is closed.</source>
        <translation>%1 er i brug: %2. Åbn den skrivebeskyttet, eller vent, til den er lukket.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing: permission denied for the lock file %2 in its folder.</source>
        <translation>%1 kan ikke låses til skrivning: adgang nægtet til låsefilen %2 i dens mappe.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing: the disk is full.</source>
        <translation>%1 kan ikke låses til skrivning: disken er fuld.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing: the lock file %2 could not be written.</source>
        <translation>%1 kan ikke låses til skrivning: låsefilen %2 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>%1: a change that was interrupted before it was finished (its program stopped) has been rolled back; the ledger is as it was before that change.</source>
        <translation>%1: en ændring, der blev afbrudt, før den var færdig (dens program stoppede), er rullet tilbage; regnskabet er, som det var før den ændring.</translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted before it was finished (its program stopped), and it cannot be read until SQLite has rolled that change back, which is a write.</source>
        <translation>%1 rummer en ændring, der blev afbrudt, før den var færdig (dens program stoppede), og filen kan ikke læses, før SQLite har rullet ændringen tilbage, hvilket er en skrivning.</translation>
    </message>
    <message>
        <source>You may not write to the file or its folder: ask someone who may (its owner) to open it once, e.g. with &quot;annalist --db %1 verify&quot;, then try again.</source>
        <translation>Du må ikke skrive i filen eller dens mappe: bed en, der må (dens ejer), om at åbne den én gang, f.eks. med &quot;annalist --db %1 verify&quot;, og prøv så igen.</translation>
    </message>
    <message>
        <source>It is in use (%1): the change is rolled back when the ledger is next opened while no one writes to it. Try again once it is closed.</source>
        <translation>Den er i brug (%1): ændringen rulles tilbage, næste gang regnskabet åbnes, mens ingen skriver i det. Prøv igen, når det er lukket.</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2.</source>
        <translation>Kopien %1 kunne ikke skrives: %2.</translation>
    </message>
    <message>
        <source>A ledger on a server is restored by the server&apos;s administrator.</source>
        <translation>Et regnskab på en server gendannes af serverens administrator.</translation>
    </message>
    <message>
        <source>%1 could not be replaced by %2: %3. The ledger is as it was.</source>
        <translation>%1 kunne ikke erstattes af %2: %3. Regnskabet er, som det var.</translation>
    </message>
</context>
<context>
    <name>annalist::LedgerCopy</name>
    <message>
        <source>The table %1 is missing from the ledger.</source>
        <translation>Tabellen %1 mangler i regnskabet.</translation>
    </message>
    <message>
        <source>A ledger cannot be copied onto itself.</source>
        <translation>Et regnskab kan ikke kopieres oven i sig selv.</translation>
    </message>
</context>
<context>
    <name>annalist::LedgerFiles</name>
    <message>
        <source>Annalist ledgers (*.annalist);;All files (*)</source>
        <translation>Annalist-regnskaber (*.annalist);;Alle filer (*)</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>Nyt regnskab</translation>
    </message>
    <message>
        <source>First fiscal year:</source>
        <translation>Første regnskabsår:</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>Åbn regnskab</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Åbn det skrivebeskyttet?</translation>
    </message>
    <message>
        <source>Open Ledger Read-Only</source>
        <translation>Åbn regnskab skrivebeskyttet</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>No recent ledgers</source>
        <translation>Ingen seneste regnskaber</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Gemte en kopi som %1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Forbundet til %1.</translation>
    </message>
</context>
<context>
    <name>annalist::LedgerSession</name>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>%1 is open read-only: a backup cannot be restored over it.</source>
        <translation>%1 er åbnet skrivebeskyttet: en sikkerhedskopi kan ikke gendannes oven i den.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be changed. Open it for writing (File &gt; Open) to make changes.</source>
        <translation>%1 er åbnet skrivebeskyttet: intet kan ændres. Åbn den med skriveadgang (Filer &gt; Åbn) for at foretage ændringer.</translation>
    </message>
    <message>
        <source>No backup could be made before the first change: %1</source>
        <translation>Der kunne ikke laves en sikkerhedskopi før den første ændring: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone: %2</source>
        <translation>&quot;%1&quot; kunne ikke fortrydes: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone: %2</source>
        <translation>&quot;%1&quot; kunne ikke gentages: %2</translation>
    </message>
    <message>
        <source>The step is taken off the undo list, and the views show the ledger as it is now.</source>
        <translation>Trinnet er fjernet fra fortrydelseslisten, og visningerne viser regnskabet, som det er nu.</translation>
    </message>
</context>
<context>
    <name>annalist::LiveFields</name>
    <message>
        <source>The fiscal year.</source>
        <translation>Regnskabsåret.</translation>
    </message>
    <message>
        <source>The association&apos;s name.</source>
        <translation>Foreningens navn.</translation>
    </message>
    <message>
        <source>Total income (negative, as in the statement).</source>
        <translation>Indtægter i alt (negative, som i resultatopgørelsen).</translation>
    </message>
    <message>
        <source>Total expenses, the carry-over included.</source>
        <translation>Udgifter i alt, overførslen medregnet.</translation>
    </message>
    <message>
        <source>The operating result; negative is an underspend.</source>
        <translation>Driftsresultatet; negativt er et mindreforbrug.</translation>
    </message>
    <message>
        <source>The amount carried over from the previous year.</source>
        <translation>Beløbet, der er overført fra sidste år.</translation>
    </message>
    <message>
        <source>The total budget of the year.</source>
        <translation>Årets samlede budget.</translation>
    </message>
    <message>
        <source>The number of member municipalities.</source>
        <translation>Antallet af medlemskommuner.</translation>
    </message>
    <message>
        <source>The actual of the project %1.</source>
        <translation>Regnskabet for projektet %1.</translation>
    </message>
</context>
<context>
    <name>annalist::MainWindow</name>
    <message>
        <source>Annalist</source>
        <translation>Annalist</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Posteringer</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Control totals</source>
        <translation>Kontroltotaler</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>Re&amp;gnskabsår:</translation>
    </message>
    <message>
        <source>New Ledger...</source>
        <translation>Nyt regnskab...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; This ledger holds the published 2019 statement with illustrative postings, budgets and contributions. To keep your own books, start a new ledger (File &gt; New Ledger, Ctrl+N).</source>
        <translation>&lt;b&gt;Demodata.&lt;/b&gt; Dette regnskab indeholder den offentliggjorte resultatopgørelse for 2019 med illustrative posteringer, budgetter og kontingenter. Start et nyt regnskab for at føre dit eget regnskab (Filer &gt; Nyt regnskab, Ctrl+N).</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>Vis fundene</translation>
    </message>
    <message>
        <source>Show the year&apos;s postings</source>
        <translation>Vis årets posteringer</translation>
    </message>
    <message>
        <source>No ledger is open. Open one with File &gt; Open or start one with File &gt; New Ledger.</source>
        <translation>Intet regnskab er åbent. Åbn et med Filer &gt; Åbn, eller start et med Filer &gt; Nyt regnskab.</translation>
    </message>
    <message>
        <source>Validation failed</source>
        <translation>Valideringen mislykkedes</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <source>%1:  Income %2   Expenses %3   Operating result %4</source>
        <translation>%1:  Indtægter %2   Udgifter %3   Driftsresultat %4</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Ingen fejl</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 fejl, %2 advarsler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language changes when Annalist starts the next time.</source>
        <translation>Sproget skifter, næste gang Annalist starter.</translation>
    </message>
    <message>
        <source>About Annalist</source>
        <translation>Om Annalist</translation>
    </message>
    <message>
        <source>Imported %1 postings from %2 into %3; Edit &gt; Undo takes them out again.</source>
        <translation>Importerede %1 posteringer fra %2 til %3; Rediger &gt; Fortryd fjerner dem igen.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Beretning</translation>
    </message>
    <message>
        <source>The annual report %1 was exported as a PDF.</source>
        <translation>Årsberetningen %1 blev eksporteret som PDF.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 er gendannet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This ledger is open read-only: you can read, search, print and export, but not change anything. To make changes, open it with File &gt; Open when nobody else writes to it.</source>
        <translation>&lt;b&gt;Skrivebeskyttet.&lt;/b&gt; Regnskabet er åbnet skrivebeskyttet: du kan læse, søge, udskrive og eksportere, men ikke ændre noget. Åbn det med Filer &gt; Åbn, når ingen anden skriver i det, for at lave ændringer.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[skrivebeskyttet]</translation>
    </message>
    <message>
        <source>The statement %1 was exported as %2.</source>
        <translation>Resultatopgørelsen %1 blev eksporteret som %2.</translation>
    </message>
    <message>
        <source>The annual report %1 was exported as a web page in %2.</source>
        <translation>Årsberetningen %1 blev eksporteret som webside i %2.</translation>
    </message>
    <message>
        <source>%1 is closed; its result is carried over into %2.</source>
        <translation>%1 er afsluttet; resultatet er overført til %2.</translation>
    </message>
    <message>
        <source>%1 is open again for corrections.</source>
        <translation>%1 er åbent igen til rettelser.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A budget ledger and annual-report tool for member associations.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Et værktøj til budgetregnskab og årsberetning for medlemsforeninger.&lt;/p&gt;&lt;p&gt;Bygget med Qt %2 og SQLite.&lt;/p&gt;&lt;p&gt;Fri software under GNU General Public License, version 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The fiscal year every page shows and every edit goes into. A closed year is shown but cannot be changed until it is reopened (File &gt; Reopen Year).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Det regnskabsår, som alle sider viser, og som alle ændringer går ind i. Et afsluttet år vises, men kan ikke ændres, før det er genåbnet (Filer &gt; Genåbn år).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>annalist::MasterDataNames</name>
    <message>
        <source>Income</source>
        <translation>Indtægter</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Overførsel</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Procurement and implementation</source>
        <translation>Anskaffelse og gennemførsel</translation>
    </message>
    <message>
        <source>Operation and further development</source>
        <translation>Drift og videreudvikling</translation>
    </message>
    <message>
        <source>National joint-municipal</source>
        <translation>Nationale fælleskommunale systemer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Projects heading</source>
        <translation>Projektoverskrift</translation>
    </message>
    <message>
        <source>Operating result</source>
        <translation>Driftsresultat</translation>
    </message>
</context>
<context>
    <name>annalist::MasterDataPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Tilføj (Insert)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>Slet den markerede række (Delete)</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Tilføj en række</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Slet den valgte række</translation>
    </message>
</context>
<context>
    <name>annalist::MemberAddCommand</name>
    <message>
        <source>Add member %1</source>
        <translation>Tilføj medlem %1</translation>
    </message>
</context>
<context>
    <name>annalist::MemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Tilføj medlem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Contribution %1:</source>
        <translation>K&amp;ontingent %1:</translation>
    </message>
</context>
<context>
    <name>annalist::MemberRemoveCommand</name>
    <message>
        <source>Delete member %1</source>
        <translation>Slet medlem %1</translation>
    </message>
</context>
<context>
    <name>annalist::MemberRenameCommand</name>
    <message>
        <source>Rename member %1</source>
        <translation>Omdøb medlem %1</translation>
    </message>
</context>
<context>
    <name>annalist::MemberRepository</name>
    <message>
        <source>A member needs the name of its municipality.</source>
        <translation>Et medlem skal have navnet på sin kommune.</translation>
    </message>
    <message>
        <source>%1 is a member already.</source>
        <translation>%1 er allerede medlem.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is not in the books.</source>
        <translation>Regnskabsåret %1 findes ikke i regnskabet.</translation>
    </message>
</context>
<context>
    <name>annalist::MembersModel</name>
    <message>
        <source>%1 has no contribution in %2; type an amount to record one.</source>
        <translation>%1 har intet kontingent i %2; skriv et beløb for at registrere et.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Contribution %1</source>
        <translation>Kontingent %1</translation>
    </message>
</context>
<context>
    <name>annalist::MembersView</name>
    <message>
        <source>Members and contributions %1</source>
        <translation>Medlemmer og kontingenter %1</translation>
    </message>
    <message>
        <source>&amp;Add Member...</source>
        <translation>&amp;Tilføj medlem...</translation>
    </message>
    <message>
        <source>&amp;Delete Member</source>
        <translation>&amp;Slet medlem</translation>
    </message>
    <message>
        <source>Sum of contributions: &lt;b&gt;%1&lt;/b&gt;. No account is marked as the contributions line.</source>
        <translation>Sum af kontingenter: &lt;b&gt;%1&lt;/b&gt;. Ingen konto er markeret som kontingentlinjen.</translation>
    </message>
    <message>
        <source>Sum of contributions: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Contributions line %2: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;%5&apos;&gt;Difference: %4&lt;/span&gt;</source>
        <translation>Sum af kontingenter: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Kontingentlinjen %2: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;%5&apos;&gt;Difference: %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The members&apos; contributions do not add up to the contributions line.</source>
        <translation>Medlemmernes kontingenter stemmer ikke med kontingentlinjen.</translation>
    </message>
    <message>
        <source>The members&apos; contributions add up to the contributions line.</source>
        <translation>Medlemmernes kontingenter stemmer med kontingentlinjen.</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>Slet medlem</translation>
    </message>
    <message>
        <source>Delete the member %1 and what it paid in every year?</source>
        <translation>Slet medlemmet %1 og alt, hvad det har betalt i alle årene?</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
</context>
<context>
    <name>annalist::MenuTexts</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>Åbn senes&amp;te</translation>
    </message>
    <message>
        <source>&amp;New Ledger...</source>
        <translation>&amp;Nyt regnskab...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Åbn...</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only...</source>
        <translation>Åbn &amp;skrivebeskyttet...</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook...</source>
        <translation>&amp;Excel-projektmappe...</translation>
    </message>
    <message>
        <source>&amp;Web Page...</source>
        <translation>&amp;Webside...</translation>
    </message>
    <message>
        <source>C&amp;lose Year...</source>
        <translation>&amp;Afslut år...</translation>
    </message>
    <message>
        <source>Reopen &amp;Year...</source>
        <translation>&amp;Genåbn år...</translation>
    </message>
    <message>
        <source>&amp;Import Postings...</source>
        <translation>&amp;Importér posteringer...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;PDF...</source>
        <translation>&amp;PDF...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Vis udskrift...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As...</source>
        <translation>Gem en &amp;kopi som...</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>Sikker&amp;hedskopier...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fslut</translation>
    </message>
    <message>
        <source>&amp;Trial Balance...</source>
        <translation>&amp;Saldobalance...</translation>
    </message>
    <message>
        <source>&amp;Audit Trail...</source>
        <translation>Revisionss&amp;por...</translation>
    </message>
    <message>
        <source>Choose Fiscal &amp;Year</source>
        <translation>Vælg &amp;regnskabsår</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>&amp;Følg systemet</translation>
    </message>
    <message>
        <source>&amp;About Annalist</source>
        <translation>&amp;Om Annalist</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Hvad er dette?</translation>
    </message>
    <message>
        <source>Write the year&apos;s annual report as a PDF file</source>
        <translation>Skriv årets årsberetning som en PDF-fil</translation>
    </message>
    <message>
        <source>Show the year&apos;s annual report as the printer will print it</source>
        <translation>Vis årets årsberetning, som printeren vil udskrive den</translation>
    </message>
    <message>
        <source>Print the year&apos;s annual report</source>
        <translation>Udskriv årets årsberetning</translation>
    </message>
    <message>
        <source>Open a ledger to read it without changing it, also while someone else writes to it</source>
        <translation>Åbn et regnskab for at læse det uden at ændre det, også mens en anden skriver i det</translation>
    </message>
    <message>
        <source>Write the year&apos;s statement, budget and postings as an Excel workbook</source>
        <translation>Skriv årets resultatopgørelse, budget og posteringer som en Excel-projektmappe</translation>
    </message>
    <message>
        <source>Write the year&apos;s annual report as an accessible web page in a folder of its own</source>
        <translation>Skriv årets årsberetning som en tilgængelig webside i sin egen mappe</translation>
    </message>
    <message>
        <source>Close the fiscal year: carry its result over, sign the report and lock the year</source>
        <translation>Afslut regnskabsåret: overfør resultatet, underskriv beretningen og lås året</translation>
    </message>
    <message>
        <source>List the ledger&apos;s backups, restore one, and choose how many are kept</source>
        <translation>Vis regnskabets sikkerhedskopier, gendan en af dem, og vælg hvor mange der beholdes</translation>
    </message>
    <message>
        <source>Open a closed fiscal year again for corrections, giving the reason</source>
        <translation>Genåbn et afsluttet regnskabsår til rettelser med en begrundelse</translation>
    </message>
    <message>
        <source>Start a new, empty ledger file with its first fiscal year</source>
        <translation>Start en ny, tom regnskabsfil med dens første regnskabsår</translation>
    </message>
    <message>
        <source>Open another ledger file</source>
        <translation>Åbn en anden regnskabsfil</translation>
    </message>
    <message>
        <source>Import a year&apos;s postings from an ERP&apos;s CSV export, all or nothing</source>
        <translation>Importér et års posteringer fra økonomisystemets CSV-eksport, alt eller intet</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open ledger to another file</source>
        <translation>Skriv en konsistent kopi af det åbne regnskab til en anden fil</translation>
    </message>
    <message>
        <source>Close the open ledger</source>
        <translation>Luk det åbne regnskab</translation>
    </message>
    <message>
        <source>Close the window and quit Annalist</source>
        <translation>Luk vinduet og afslut Annalist</translation>
    </message>
    <message>
        <source>Choose the fiscal year that every page shows</source>
        <translation>Vælg det regnskabsår, som alle sider viser</translation>
    </message>
    <message>
        <source>Show the balance of every account for a range of dates</source>
        <translation>Vis saldoen på hver konto for en periode</translation>
    </message>
    <message>
        <source>List every recorded change to the books and check the trail&apos;s hash chain</source>
        <translation>Vis alle registrerede ændringer i regnskabet, og kontrollér sporets hashkæde</translation>
    </message>
    <message>
        <source>Show Annalist&apos;s version and licence</source>
        <translation>Vis Annalists version og licens</translation>
    </message>
    <message>
        <source>Click a field or button afterwards to have it explained</source>
        <translation>Klik derefter på et felt eller en knap for at få det forklaret</translation>
    </message>
    <message>
        <source>Open the user guide at the part about the page shown</source>
        <translation>Åbn brugervejledningen ved afsnittet om den viste side</translation>
    </message>
    <message>
        <source>Show the key figures, the income statement and the charts</source>
        <translation>Vis nøgletal, resultatopgørelse og diagrammer</translation>
    </message>
    <message>
        <source>Show, type and search the year&apos;s postings</source>
        <translation>Vis, indtast og søg i årets posteringer</translation>
    </message>
    <message>
        <source>Show the budget against the actual figures, with budget changes</source>
        <translation>Vis budgettet over for de faktiske tal, med budgetændringer</translation>
    </message>
    <message>
        <source>Show and edit the chart of accounts</source>
        <translation>Vis og rediger kontoplanen</translation>
    </message>
    <message>
        <source>Show and edit the projects</source>
        <translation>Vis og rediger projekterne</translation>
    </message>
    <message>
        <source>Show and edit the members and their contributions</source>
        <translation>Vis og rediger medlemmerne og deres bidrag</translation>
    </message>
    <message>
        <source>Show and edit the notes of the income statement</source>
        <translation>Vis og rediger resultatopgørelsens noter</translation>
    </message>
    <message>
        <source>Show and edit the control totals the statement is checked against</source>
        <translation>Vis og rediger de kontroltotaler, som resultatopgørelsen kontrolleres mod</translation>
    </message>
    <message>
        <source>Show what validation finds in the year&apos;s books</source>
        <translation>Vis, hvad valideringen finder i årets regnskab</translation>
    </message>
    <message>
        <source>Edit the annual report&apos;s chapters and see its pages</source>
        <translation>Rediger årsberetningens kapitler, og se dens sider</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Fortryd (%1)</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Fortryd den seneste ændring</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Gentag (%1)</translation>
    </message>
    <message>
        <source>Make the last change taken back again</source>
        <translation>Foretag den senest fortrudte ændring igen</translation>
    </message>
    <message>
        <source>Connect to &amp;Server...</source>
        <translation>F&amp;orbind til server...</translation>
    </message>
    <message>
        <source>Open a ledger shared on a PostgreSQL server, where several people work at once</source>
        <translation>Åbn et regnskab, der deles på en PostgreSQL-server, hvor flere arbejder samtidig</translation>
    </message>
</context>
<context>
    <name>annalist::NoteCommand</name>
    <message>
        <source>Add note %1</source>
        <translation>Tilføj note %1</translation>
    </message>
    <message>
        <source>Delete note %1</source>
        <translation>Slet note %1</translation>
    </message>
    <message>
        <source>Renumber note %1 to %2</source>
        <translation>Omnummerér note %1 til %2</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Rediger note %1</translation>
    </message>
</context>
<context>
    <name>annalist::NoteRepository</name>
    <message>
        <source>%1 has a note %2 already.</source>
        <translation>Der er allerede en note %2 i %1.</translation>
    </message>
    <message>
        <source>Notes are numbered from 1; %1 is not a note number.</source>
        <translation>Noter nummereres fra 1; %1 er ikke et notenummer.</translation>
    </message>
</context>
<context>
    <name>annalist::NotesModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stands on</source>
        <translation>Står ved</translation>
    </message>
    <message>
        <source>Lines referring to it</source>
        <translation>Linjer, der henviser til den</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note number: notes are numbered from 1.</source>
        <translation>&quot;%1&quot; er ikke et notenummer: noter nummereres fra 1.</translation>
    </message>
</context>
<context>
    <name>annalist::NotesView</name>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Stands on:</source>
        <translation>St&amp;år ved:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Linjer:</translation>
    </message>
    <message>
        <source>Notes %1</source>
        <translation>Noter %1</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Tilføj note</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Slet note</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <source>Save the note&apos;s title, place and text (Ctrl+Return)</source>
        <translation>Gem notens titel, placering og tekst (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No note chosen</source>
        <translation>Ingen note valgt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Note %1 of %2 is no longer there; the text typed into it was not saved.</source>
        <translation>Note %1 for %2 findes ikke længere; teksten, der blev skrevet i den, blev ikke gemt.</translation>
    </message>
    <message>
        <source>Delete note %1 of %2?</source>
        <translation>Slet note %1 for %2?</translation>
    </message>
    <message>
        <source>Delete note %1 of %2? These lines refer to it: %3.</source>
        <translation>Slet note %1 for %2? Disse linjer henviser til den: %3.</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>annalist::OverviewView</name>
    <message>
        <source>Income statement %1</source>
        <translation>Resultatopgørelse %1</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to see its postings.</source>
        <translation>Tryk Enter eller dobbeltklik på en linje for at se dens posteringer.</translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>ingen fejl</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 fejl, %2 advarsler</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;td&gt;Income&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Expenses&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Operating result&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Carried over into the year&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Validation&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;td&gt;Indtægter&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Udgifter&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Driftsresultat&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Overført til året&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Validering&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The charts could not be drawn: %1</source>
        <translation>Diagrammerne kunne ikke tegnes: %1</translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation>Resultatopgørelse</translation>
    </message>
</context>
<context>
    <name>annalist::PictureAltTextCommand</name>
    <message>
        <source>Describe picture %1</source>
        <translation>Beskriv billede %1</translation>
    </message>
</context>
<context>
    <name>annalist::PictureImage</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is no PNG, JPEG or SVG picture.</source>
        <translation>%1 er ikke et PNG-, JPEG- eller SVG-billede.</translation>
    </message>
    <message>
        <source>%1 is damaged or no %2 picture.</source>
        <translation>%1 er beskadiget eller ikke et %2-billede.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>annalist::PictureInsertCommand</name>
    <message>
        <source>Choose portrait %1 in section %2</source>
        <translation>Vælg portræt %1 i afsnit %2</translation>
    </message>
    <message>
        <source>Insert picture %1 in section %2</source>
        <translation>Indsæt billede %1 i afsnit %2</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingBulkWriter</name>
    <message>
        <source>The ledger is not open.</source>
        <translation>Regnskabet er ikke åbent.</translation>
    </message>
    <message>
        <source>The ledger refused the postings: %1.</source>
        <translation>Regnskabet afviste posteringerne: %1.</translation>
    </message>
    <message>
        <source>The postings cannot be written in bulk inside another transaction.</source>
        <translation>Posteringerne kan ikke skrives samlet inden i en anden transaktion.</translation>
    </message>
    <message>
        <source>Postings are written in bulk only inside the writer&apos;s transaction.</source>
        <translation>Posteringer skrives kun samlet inden i skriverens egen transaktion.</translation>
    </message>
    <message>
        <source>Postings are removed in bulk only inside the writer&apos;s transaction.</source>
        <translation>Posteringer fjernes kun samlet inden i skriverens egen transaktion.</translation>
    </message>
    <message>
        <source>An amount would take the totals of %1 beyond what the ledger keeps exactly.</source>
        <translation>Et beløb ville føre summerne for %1 ud over, hvad regnskabet kan holde nøjagtigt.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingCsvWriter</name>
    <message>
        <source>The fiscal year %1 is not in the books.</source>
        <translation>Regnskabsåret %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>The postings could not be written: %1</source>
        <translation>Posteringerne kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>annalist::PostingEntryForm</name>
    <message>
        <source>Add Posti&amp;ng</source>
        <translation>Tilføj posteri&amp;ng</translation>
    </message>
    <message>
        <source>Enter adds the posting and starts the next one; Escape clears it. In the table: F2 edits a cell, Delete deletes the selected postings, Ctrl+F searches.</source>
        <translation>Enter tilføjer posteringen og starter den næste; Escape rydder den. I tabellen: F2 redigerer en celle, Delete sletter de markerede posteringer, Ctrl+F søger.</translation>
    </message>
    <message>
        <source>number or name</source>
        <translation>nummer eller navn</translation>
    </message>
    <message>
        <source>1.234,50</source>
        <translation>1.234,50</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Voucher</source>
        <translation>&amp;Bilag</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jekt</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>T&amp;ekst</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>Be&amp;løb</translation>
    </message>
    <message>
        <source>There is no fiscal year %1 in the ledger.</source>
        <translation>Der er intet regnskabsår %1 i regnskabet.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; postings can no longer be added.</source>
        <translation>Regnskabsåret %1 er lukket; der kan ikke længere tilføjes posteringer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(intet projekt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The voucher (bilag) number the posting is filed under. The next free number is proposed; several postings may share one voucher.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nummeret på det bilag, posteringen hører til. Det næste ledige nummer foreslås; flere posteringer kan have samme bilag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The account, by its number or by part of its name: the list shows the accounts that match. Inactive accounts cannot take new postings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kontoen, angivet ved sit nummer eller en del af sit navn: listen viser de konti, der passer. Inaktive konti kan ikke få nye posteringer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The amount in kroner and øre, Danish style: &lt;i&gt;1.234,50&lt;/i&gt;. Expenses are positive, income negative, as in the published statement.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beløbet i kroner og øre på dansk: &lt;i&gt;1.234,50&lt;/i&gt;. Udgifter er positive, indtægter negative, som i den offentliggjorte resultatopgørelse.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>annalist::PostingFilterBar</name>
    <message>
        <source>Search text, account or voucher (Ctrl+F)</source>
        <translation>Søg i tekst, konto eller bilag (Ctrl+F)</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>fra dato</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>til dato</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>R&amp;yd filter</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Fr&amp;a:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle projekter</translation>
    </message>
</context>
<context>
    <name>annalist::PostingImporter</name>
    <message>
        <source>column &quot;%1&quot;, value &quot;%2&quot;: </source>
        <translation>kolonne &quot;%1&quot;, værdi &quot;%2&quot;: </translation>
    </message>
    <message>
        <source>Either import postings that are already in the year (force) or leave them out (skip existing), not both.</source>
        <translation>Importér enten posteringer, der allerede findes i året (force), eller udelad dem (skip existing), ikke begge dele.</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year.</source>
        <translation>%1 er ikke et regnskabsår.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed: nothing can be imported into it.</source>
        <translation>Regnskabsåret %1 er lukket: der kan ikke importeres noget til det.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The file is empty: expected a header row such as Dato;Bilag;Konto;Projekt;Tekst;Beløb and a posting a row.</source>
        <translation>Filen er tom: der forventes en overskriftsrække som Dato;Bilag;Konto;Projekt;Tekst;Beløb og én postering pr. række.</translation>
    </message>
    <message>
        <source>this posting is already in %1 (voucher %2 of %3 on account %4 for %5: the same voucher, date, account and amount).</source>
        <translation>denne postering findes allerede i %1 (bilag %2 fra %3 på konto %4 med beløbet %5: samme bilag, dato, konto og beløb).</translation>
    </message>
    <message>
        <source>the total of account %1 grows beyond what an amount can hold.</source>
        <translation>totalen for konto %1 bliver større, end et beløb kan rumme.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen blev annulleret; intet blev importeret.</translation>
    </message>
    <message>
        <source>The file holds a header but no postings.</source>
        <translation>Filen indeholder en overskriftsrække, men ingen posteringer.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found; nothing was imported.</source>
        <translation>%1: %2 problem(er) fundet; intet blev importeret.</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... og %1 til.</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported before; nothing was imported.</source>
        <translation>%1 er blevet ændret siden den tidligere import; intet blev importeret.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed: the postings imported into it cannot be taken out.</source>
        <translation>Regnskabsåret %1 er lukket: de posteringer, der er importeret til det, kan ikke fjernes.</translation>
    </message>
    <message>
        <source>Of the %1 postings imported from %2, %3 are still there as they were imported; nothing was taken out.</source>
        <translation>Af de %1 posteringer, der blev importeret fra %2, findes %3 stadig, som de blev importeret; intet blev fjernet.</translation>
    </message>
    <message>
        <source>The total of the postings grows beyond what an amount can hold.</source>
        <translation>Summen af posteringerne bliver større, end et beløb kan rumme.</translation>
    </message>
    <message>
        <source>this amount would take the amounts of %1 beyond what Annalist keeps exactly: taken without their sign, a year&apos;s postings and budgets may add up to at most %2 kr.</source>
        <translation>dette beløb ville føre beløbene for %1 ud over, hvad Annalist kan holde nøjagtigt: uden fortegn må et års posteringer og budgetter tilsammen højst give %2 kr.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingInput</name>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 til %3)</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1.</source>
        <translation>Skriv en dato, f.eks. %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (e.g. %2).</source>
        <translation>&apos;%1&apos; er ikke en dato (f.eks. %2).</translation>
    </message>
    <message>
        <source>%1 is outside the fiscal year %2.</source>
        <translation>%1 ligger uden for regnskabsåret %2.</translation>
    </message>
    <message>
        <source>Type a voucher number.</source>
        <translation>Skriv et bilagsnummer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a voucher number (a whole number above 0).</source>
        <translation>&apos;%1&apos; er ikke et bilagsnummer (et helt tal over 0).</translation>
    </message>
    <message>
        <source>Type an account&apos;s number or part of its name.</source>
        <translation>Skriv kontoens nummer eller en del af dens navn.</translation>
    </message>
    <message>
        <source>Account %1 is not active; choose another.</source>
        <translation>Konto %1 er ikke aktiv; vælg en anden.</translation>
    </message>
    <message>
        <source>No account is called &apos;%1&apos;.</source>
        <translation>Ingen konto hedder &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; fits %2 accounts; type more of it.</source>
        <translation>&apos;%1&apos; passer på %2 konti; skriv mere af det.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Skriv et beløb.</translation>
    </message>
    <message>
        <source>The amount is zero.</source>
        <translation>Beløbet er nul.</translation>
    </message>
    <message>
        <source>There is no fiscal year %1 in the ledger.</source>
        <translation>Der er intet regnskabsår %1 i regnskabet.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its postings cannot change.</source>
        <translation>Regnskabsåret %1 er lukket; dets posteringer kan ikke ændres.</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingRepository</name>
    <message>
        <source>Posting %1 (voucher %2) was removed by someone else while you were editing it; your change was not saved.</source>
        <translation>Postering %1 (bilag %2) blev slettet af en anden, mens du redigerede den; din ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>Posting %1 (voucher %2) was changed by someone else while you were editing it, so your change was not saved. It now reads: %3, voucher %4, %5, amount %6. Make your change again if it is still needed.</source>
        <translation>Postering %1 (bilag %2) blev ændret af en anden, mens du redigerede den, så din ændring blev ikke gemt. Den lyder nu: %3, bilag %4, %5, beløb %6. Foretag ændringen igen, hvis den stadig er nødvendig.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingRowChecker</name>
    <message>
        <source>a column</source>
        <translation>en kolonne</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 (%3 is missing); expected %2 fields separated by a %4.</source>
        <translation>rækken har %1 felter, overskriften %2 (%3 mangler); der forventes %2 felter adskilt med %4.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header only %2 (&quot;%3&quot; is left over); a value holding a %4 must be quoted.</source>
        <translation>rækken har %1 felter, overskriften kun %2 (&quot;%3&quot; er i overskud); en værdi, der indeholder %4, skal stå i anførselstegn.</translation>
    </message>
    <message>
        <source>the date is missing; expected a date such as 31-03-%1.</source>
        <translation>datoen mangler; der forventes en dato som 31-03-%1.</translation>
    </message>
    <message>
        <source>not a date; expected a date such as 31-03-%1, 31.03.%1, 31/03/%1 (day first) or %1-03-31.</source>
        <translation>ikke en dato; der forventes en dato som 31-03-%1, 31.03.%1, 31/03/%1 (dag først) eller %1-03-31.</translation>
    </message>
    <message>
        <source>outside the fiscal year %1; expected a date from %2 to %3.</source>
        <translation>uden for regnskabsåret %1; der forventes en dato fra %2 til %3.</translation>
    </message>
    <message>
        <source>the voucher number is missing.</source>
        <translation>bilagsnummeret mangler.</translation>
    </message>
    <message>
        <source>not a voucher number; expected digits only.</source>
        <translation>ikke et bilagsnummer; der forventes kun cifre.</translation>
    </message>
    <message>
        <source>the account is missing.</source>
        <translation>kontoen mangler.</translation>
    </message>
    <message>
        <source>the ledger has no accounts yet; expected the number or name of an account.</source>
        <translation>regnskabet har endnu ingen konti; der forventes nummeret eller navnet på en konto.</translation>
    </message>
    <message>
        <source>no account has this number or name; expected an account of the chart of accounts, such as %1 (%2).</source>
        <translation>ingen konto har dette nummer eller navn; der forventes en konto fra kontoplanen, f.eks. %1 (%2).</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, the project of account %2, or nothing.</source>
        <translation>der forventes &quot;%1&quot;, projektet for konto %2, eller ingenting.</translation>
    </message>
    <message>
        <source>expected nothing: account %1 belongs to no project.</source>
        <translation>der forventes ingenting: konto %1 hører ikke til noget projekt.</translation>
    </message>
    <message>
        <source>no project has this name; %1</source>
        <translation>intet projekt har dette navn; %1</translation>
    </message>
    <message>
        <source>not the account&apos;s project; %1</source>
        <translation>ikke kontoens projekt; %1</translation>
    </message>
    <message>
        <source>the amount is missing.</source>
        <translation>beløbet mangler.</translation>
    </message>
    <message>
        <source>not an amount (%1); expected an amount such as 1.541.130,23, -1.056.176,43, 1.056.176,43- or 1541130.23.</source>
        <translation>ikke et beløb (%1); der forventes et beløb som 1.541.130,23, -1.056.176,43, 1.056.176,43- eller 1541130.23.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>There is no fiscal year %1 in the ledger.</source>
        <translation>Der er intet regnskabsår %1 i regnskabet.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its postings cannot change.</source>
        <translation>Regnskabsåret %1 er lukket; dets posteringer kan ikke ændres.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Denne kolonne kan ikke redigeres.</translation>
    </message>
</context>
<context>
    <name>annalist::PostingsView</name>
    <message>
        <source>&amp;Delete Postings</source>
        <translation>&amp;Slet posteringer</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>&amp;Rediger celle</translation>
    </message>
    <message>
        <source>&amp;Find Postings</source>
        <translation>&amp;Find posteringer</translation>
    </message>
    <message>
        <source>%1 postings, sum %2</source>
        <translation>%1 posteringer, sum %2</translation>
    </message>
    <message>
        <source>Not saved: %1 Change it, or press Escape to keep the posting as it was.</source>
        <translation>Ikke gemt: %1 Ret det, eller tryk Escape for at beholde posteringen, som den var.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed; its postings cannot be deleted.</source>
        <translation>Regnskabsåret %1 er lukket; dets posteringer kan ikke slettes.</translation>
    </message>
    <message>
        <source>Delete Postings</source>
        <translation>Slet posteringer</translation>
    </message>
    <message>
        <source>Delete the %1 selected postings?</source>
        <translation>Slet de %1 markerede posteringer?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>Rediger &gt; Fortryd (Ctrl+Z) bringer dem tilbage.</translation>
    </message>
    <message>
        <source>Delete %1 Postings</source>
        <translation>Slet %1 posteringer</translation>
    </message>
    <message>
        <source>Posting %1 is no longer in the ledger.</source>
        <translation>Postering %1 findes ikke længere i regnskabet.</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Posteringer</translation>
    </message>
    <message>
        <source>Delete the selected postings (asking first when there are several)</source>
        <translation>Slet de valgte posteringer (spørger først, når der er flere)</translation>
    </message>
    <message>
        <source>Edit the current cell of the posting</source>
        <translation>Rediger posteringens aktuelle celle</translation>
    </message>
    <message>
        <source>Search the postings by text, voucher or amount</source>
        <translation>Søg i posteringerne efter tekst, bilag eller beløb</translation>
    </message>
</context>
<context>
    <name>annalist::PreviewCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectAddCommand</name>
    <message>
        <source>Add project %1</source>
        <translation>Tilføj projekt %1</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectDialog</name>
    <message>
        <source>Add Project</source>
        <translation>Tilføj projekt</translation>
    </message>
    <message>
        <source>New project account</source>
        <translation>Ny projektkonto</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>projektets navn</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>New account&apos;s n&amp;umber:</source>
        <translation>N&amp;ummer på ny konto:</translation>
    </message>
    <message>
        <source>New account&apos;s na&amp;me:</source>
        <translation>Na&amp;vn på ny konto:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Steering group:</source>
        <translation>&amp;Styregruppe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectEditCommand</name>
    <message>
        <source>Edit project %1</source>
        <translation>Rediger projekt %1</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectRemoveCommand</name>
    <message>
        <source>Delete project %1</source>
        <translation>Slet projekt %1</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Styregruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectsView</name>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>&amp;Add Project...</source>
        <translation>&amp;Tilføj projekt...</translation>
    </message>
    <message>
        <source>&amp;Delete Project</source>
        <translation>&amp;Slet projekt</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Slet projekt</translation>
    </message>
    <message>
        <source>Delete the project %1? Its account stays in the chart of accounts.</source>
        <translation>Slet projektet %1? Dets konto bliver i kontoplanen.</translation>
    </message>
</context>
<context>
    <name>annalist::ReportHtmlWriter</name>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kan ikke skrives: mappen %2 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>%1 cannot be written: no folder for the pictures.</source>
        <translation>%1 kan ikke skrives: der er ingen mappe til billederne.</translation>
    </message>
    <message>
        <source>%1 cannot be written: no folder can be made beside it in %2.</source>
        <translation>%1 kan ikke skrives: der kan ikke oprettes en mappe ved siden af den i %2.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2): %3.</source>
        <translation>%1 kunne ikke skrives (%2): %3.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2.</source>
        <translation>%1 kunne ikke erstattes: %2.</translation>
    </message>
</context>
<context>
    <name>annalist::ReportInput</name>
    <message>
        <source>%1 has no annual report yet.</source>
        <translation>%1 har endnu ingen årsberetning.</translation>
    </message>
</context>
<context>
    <name>annalist::ReportOutput</name>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
    <message>
        <source>Annual report %1.pdf</source>
        <translation>Årsberetning %1.pdf</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Eksportér beretning som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-dokumenter (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Writing the annual report %1 to %2...</source>
        <translation>Skriver årsberetningen %1 til %2...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation>Beretningen kunne ikke skrives til %1.

%2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>Printeren afviste side %1.</translation>
    </message>
    <message>
        <source>The printer could not finish the report.</source>
        <translation>Printeren kunne ikke færdiggøre beretningen.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <source>Print Preview: Annual Report %1</source>
        <translation>Vis udskrift: Årsberetning %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Print Annual Report %1</source>
        <translation>Udskriv årsberetning %1</translation>
    </message>
</context>
<context>
    <name>annalist::ReportPdfWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF&apos;en kunne ikke påbegyndes.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF&apos;en kunne ikke færdiggøres.</translation>
    </message>
    <message>
        <source>The PDF has no trailer.</source>
        <translation>PDF&apos;en har ingen trailer.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer could not be read.</source>
        <translation>PDF&apos;ens trailer kunne ikke læses.</translation>
    </message>
    <message>
        <source>The PDF&apos;s document information could not be found.</source>
        <translation>PDF&apos;ens dokumentoplysninger blev ikke fundet.</translation>
    </message>
    <message>
        <source>The PDF&apos;s document information could not be read.</source>
        <translation>PDF&apos;ens dokumentoplysninger kunne ikke læses.</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left as it was.</source>
        <translation>Eksporten blev annulleret; %1 blev ikke ændret.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>annalist::ReportPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Tilpas til bredde</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tilpas til side</translation>
    </message>
    <message>
        <source>50%</source>
        <translation>50 %</translation>
    </message>
    <message>
        <source>75%</source>
        <translation>75 %</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>150%</source>
        <translation>150 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom of the preview</source>
        <translation>Zoom i forhåndsvisningen</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <source>Preview of the printed report</source>
        <translation>Forhåndsvisning af den udskrevne beretning</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Forhåndsvisning af beretningen</translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>Intet regnskab er åbent.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Ingen forhåndsvisning</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>annalist::ReportRepository</name>
    <message>
        <source>The fiscal year %1 is not in the books.</source>
        <translation>Regnskabsåret %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>A chart section shows one of the charts %1; &quot;%2&quot; is none of them.</source>
        <translation>Et diagramafsnit viser et af diagrammerne %1; &quot;%2&quot; er ingen af dem.</translation>
    </message>
    <message>
        <source>A statement section is laid out as &quot;%1&quot; or &quot;%2&quot;; &quot;%3&quot; is neither.</source>
        <translation>Et afsnit med resultatopgørelsen er opstillet som &quot;%1&quot; eller &quot;%2&quot;; &quot;%3&quot; er ingen af delene.</translation>
    </message>
    <message>
        <source>The section %1 to put it under does not exist.</source>
        <translation>Afsnittet %1, som det skal placeres under, findes ikke.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; belongs to the report of %2, not %3.</source>
        <translation>Afsnittet &quot;%1&quot; hører til beretningen for %2, ikke %3.</translation>
    </message>
    <message>
        <source>A page break cannot hold sections.</source>
        <translation>Et sideskift kan ikke indeholde afsnit.</translation>
    </message>
    <message>
        <source>Sections are placed from position 0; %1 is no position.</source>
        <translation>Afsnit placeres fra position 0; %1 er ikke en position.</translation>
    </message>
    <message>
        <source>The report section %1 does not exist.</source>
        <translation>Beretningsafsnittet %1 findes ikke.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has subsections; a page break cannot hold sections.</source>
        <translation>Afsnittet &quot;%1&quot; har underafsnit; et sideskift kan ikke indeholde afsnit.</translation>
    </message>
    <message>
        <source>The report section %1 exists already.</source>
        <translation>Beretningsafsnittet %1 findes allerede.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; cannot be moved under itself or one of its own subsections.</source>
        <translation>Afsnittet &quot;%1&quot; kan ikke flyttes ind under sig selv eller et af sine egne underafsnit.</translation>
    </message>
    <message>
        <source>A picture needs a name.</source>
        <translation>Et billede skal have et navn.</translation>
    </message>
    <message>
        <source>The picture %1 needs a type (such as image/png).</source>
        <translation>Billedet %1 skal have en type (fx image/png).</translation>
    </message>
    <message>
        <source>The picture %1 is empty.</source>
        <translation>Billedet %1 er tomt.</translation>
    </message>
    <message>
        <source>The picture %1 does not exist.</source>
        <translation>Billedet %1 findes ikke.</translation>
    </message>
    <message>
        <source>Every signatory needs a name.</source>
        <translation>Hver underskriver skal have et navn.</translation>
    </message>
    <message>
        <source>%1 has no valid date of signing.</source>
        <translation>%1 har ingen gyldig underskriftsdato.</translation>
    </message>
    <message>
        <source>%1 has a report already; it is not overwritten by the report of %2.</source>
        <translation>%1 har allerede en beretning; den overskrives ikke af beretningen for %2.</translation>
    </message>
    <message>
        <source>%1 has no report to copy.</source>
        <translation>%1 har ingen beretning at kopiere.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; would show the picture %2, which is no longer in the ledger (it was removed meanwhile, as nothing showed it). Insert the picture again if it is still needed.</source>
        <translation>Afsnittet &quot;%1&quot; ville vise billedet %2, som ikke længere er i regnskabet (det er fjernet i mellemtiden, fordi intet viste det). Indsæt billedet igen, hvis det stadig skal bruges.</translation>
    </message>
    <message>
        <source>The picture %1 has no id to be put back under.</source>
        <translation>Billedet %1 har intet id at blive lagt tilbage under.</translation>
    </message>
    <message>
        <source>The picture %1 is incomplete: a name, a type and its data are needed.</source>
        <translation>Billedet %1 er ufuldstændigt: der skal være et navn, en type og selve billedet.</translation>
    </message>
    <message>
        <source>The picture %1 exists already.</source>
        <translation>Billedet %1 findes allerede.</translation>
    </message>
</context>
<context>
    <name>annalist::ReportTreeModel</name>
    <message>
        <source>Spending</source>
        <translation>Forbrug</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekter</translation>
    </message>
    <message>
        <source>Portfolio by phase</source>
        <translation>Portefølje pr. fase</translation>
    </message>
    <message>
        <source>Members&apos; contributions</source>
        <translation>Medlemmernes kontingenter</translation>
    </message>
    <message>
        <source>Years compared</source>
        <translation>Sammenligning af år</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Statement, budget view</source>
        <translation>Resultatopgørelse, budgetvisning</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Resultatopgørelse</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagram: %1</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Porteføljeoversigt</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>Sideskift</translation>
    </message>
    <message>
        <source>(page break)</source>
        <translation>(sideskift)</translation>
    </message>
    <message>
        <source>A page break: what follows starts on a new page.</source>
        <translation>Et sideskift: det, der følger efter, starter på en ny side.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>Et afsnit skal have en titel.</translation>
    </message>
    <message>
        <source>The report section %1 does not exist.</source>
        <translation>Beretningsafsnittet %1 findes ikke.</translation>
    </message>
</context>
<context>
    <name>annalist::ReportView</name>
    <message>
        <source>New chapter</source>
        <translation>Nyt kapitel</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nyt afsnit</translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation>Resultatopgørelse</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Porteføljeoversigt</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>The members&apos; contributions</source>
        <translation>Medlemmernes kontingenter</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Årsberetning %1</translation>
    </message>
    <message>
        <source>Add &amp;Chapter</source>
        <translation>Tilføj &amp;kapitel</translation>
    </message>
    <message>
        <source>Add a chapter after the selected one</source>
        <translation>Tilføj et kapitel efter det markerede</translation>
    </message>
    <message>
        <source>Add &amp;Subsection</source>
        <translation>Tilføj &amp;underafsnit</translation>
    </message>
    <message>
        <source>Add a subsection at the end of the selected section</source>
        <translation>Tilføj et underafsnit sidst i det markerede afsnit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected section with its subsections</source>
        <translation>Fjern det markerede afsnit med dets underafsnit</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move the section up among its siblings</source>
        <translation>Flyt afsnittet op blandt afsnittene på samme niveau</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move the section down among its siblings</source>
        <translation>Flyt afsnittet ned blandt afsnittene på samme niveau</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Ryk ud</translation>
    </message>
    <message>
        <source>Make the section a sibling of its parent</source>
        <translation>Flyt afsnittet op på samme niveau som det overordnede afsnit</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Ryk ind</translation>
    </message>
    <message>
        <source>Make the section a subsection of the one above it</source>
        <translation>Gør afsnittet til et underafsnit af afsnittet over det</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Chapters and sections of the annual report</source>
        <translation>Årsberetningens kapitler og afsnit</translation>
    </message>
    <message>
        <source>F2 renames; Ctrl+arrows move; Insert adds a subsection, Shift+Insert a chapter; drag a section to move it</source>
        <translation>F2 omdøber; Ctrl+piletaster flytter; Insert tilføjer et underafsnit, Shift+Insert et kapitel; træk et afsnit for at flytte det</translation>
    </message>
    <message>
        <source>Editor of the selected section</source>
        <translation>Redigering af det markerede afsnit</translation>
    </message>
    <message>
        <source>The year %1 has no annual report yet. Add a chapter to start one (Shift+Insert).</source>
        <translation>Året %1 har endnu ingen årsberetning. Tilføj et kapitel for at begynde på den (Shift+Insert).</translation>
    </message>
    <message>
        <source>Choose a section on the left to edit it.</source>
        <translation>Vælg et afsnit til venstre for at redigere det.</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>Sideskift</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Remove the page break?</source>
        <translation>Fjern sideskiftet?</translation>
    </message>
    <message>
        <source>Remove section %1 &quot;%2&quot; with its subsections?</source>
        <translation>Fjern afsnit %1 &quot;%2&quot; med dets underafsnit?</translation>
    </message>
    <message>
        <source>Remove section %1 &quot;%2&quot;?</source>
        <translation>Fjern afsnit %1 &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Fjern afsnit</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Rediger &gt; Fortryd bringer det tilbage.</translation>
    </message>
    <message>
        <source>Add a section: %1</source>
        <translation>Tilføj et afsnit: %1</translation>
    </message>
</context>
<context>
    <name>annalist::SaveImportProfileCommand</name>
    <message>
        <source>Save the import profile &quot;%1&quot;</source>
        <translation>Gem importprofilen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>annalist::SchemaDefinitions</name>
    <message>
        <source>No database in memory for checking the triggers.</source>
        <translation>Der er ingen database i hukommelsen til at kontrollere triggerne.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migrering %1 mangler i programmet.</translation>
    </message>
    <message>
        <source>Migration %1 cannot be checked: %2</source>
        <translation>Migrering %1 kan ikke kontrolleres: %2</translation>
    </message>
    <message>
        <source>The program has no list of the triggers of schema version %1 on a server.</source>
        <translation>Programmet har ingen liste over triggerne i skemaversion %1 på en server.</translation>
    </message>
    <message>
        <source>The trigger %1 is missing from the ledger: what it guards can have been changed unchecked.</source>
        <translation>Triggeren %1 mangler i regnskabet: det, den beskytter, kan være ændret ukontrolleret.</translation>
    </message>
    <message>
        <source>The function %1 is missing from the ledger.</source>
        <translation>Funktionen %1 mangler i regnskabet.</translation>
    </message>
    <message>
        <source>The trigger %1 has been switched off: what it guards can be changed unchecked.</source>
        <translation>Triggeren %1 er slået fra: det, den beskytter, kan ændres ukontrolleret.</translation>
    </message>
    <message>
        <source>The trigger %1 is not the one Annalist made: its definition has been changed.</source>
        <translation>Triggeren %1 er ikke den, Annalist har lavet: dens definition er ændret.</translation>
    </message>
    <message>
        <source>The function %1 is not the one Annalist made: its definition has been changed.</source>
        <translation>Funktionen %1 er ikke den, Annalist har lavet: dens definition er ændret.</translation>
    </message>
    <message>
        <source>The trigger %1 was not made by Annalist: it can change what is written.</source>
        <translation>Triggeren %1 er ikke lavet af Annalist: den kan ændre det, der skrives.</translation>
    </message>
    <message>
        <source>The function %1 was not made by Annalist.</source>
        <translation>Funktionen %1 er ikke lavet af Annalist.</translation>
    </message>
</context>
<context>
    <name>annalist::SectionAddCommand</name>
    <message>
        <source>Add page break</source>
        <translation>Tilføj sideskift</translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Tilføj afsnit %1</translation>
    </message>
</context>
<context>
    <name>annalist::SectionEditCommand</name>
    <message>
        <source>Rename section %1</source>
        <translation>Omdøb afsnit %1</translation>
    </message>
    <message>
        <source>Edit section %1</source>
        <translation>Rediger afsnit %1</translation>
    </message>
</context>
<context>
    <name>annalist::SectionMoveCommand</name>
    <message>
        <source>Move page break</source>
        <translation>Flyt sideskift</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Flyt afsnit %1</translation>
    </message>
</context>
<context>
    <name>annalist::SectionRemoveCommand</name>
    <message>
        <source>Remove page break</source>
        <translation>Fjern sideskift</translation>
    </message>
    <message>
        <source>Remove section %1</source>
        <translation>Fjern afsnit %1</translation>
    </message>
</context>
<context>
    <name>annalist::ServerConnectDialog</name>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.eksempel.dk</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>tom: fra ~/.pgpass eller PGPASSWORD</translation>
    </message>
    <message>
        <source>A ledger shared on a PostgreSQL server. The server decides what your login may do: the finance officer writes the ledger, report editors the report, and the board signs off the year.</source>
        <translation>Et regnskab, der deles på en PostgreSQL-server. Serveren afgør, hvad dit login må: økonomimedarbejderen fører regnskabet, redaktørerne skriver beretningen, og bestyrelsen godkender året.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
</context>
<context>
    <name>annalist::ServerPostingWriter</name>
    <message>
        <source>%1: a transaction could not be started: %2</source>
        <translation>%1: en transaktion kunne ikke startes: %2</translation>
    </message>
    <message>
        <source>%1: the changes could not be saved: %2</source>
        <translation>%1: ændringerne kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>Postings are removed in bulk only inside the writer&apos;s transaction.</source>
        <translation>Posteringer fjernes kun samlet inden for skriverens transaktion.</translation>
    </message>
</context>
<context>
    <name>annalist::ServerRoles</name>
    <message>
        <source>Roles are kept by a server: a ledger file has none. Use --db with a server&apos;s address (postgresql://user@host/database).</source>
        <translation>Roller findes på en server: en regnskabsfil har ingen. Brug --db med en servers adresse (postgresql://bruger@vært/database).</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;; the roles are %2.</source>
        <translation>Der er ingen rolle &quot;%1&quot;; rollerne er %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login&apos;s name: use letters, digits, _ . @ or -, starting with a letter, not annalist_ or pg_.</source>
        <translation>&quot;%1&quot; kan ikke være et logins navn: brug bogstaver, cifre, _ . @ eller -, begynd med et bogstav, ikke annalist_ eller pg_.</translation>
    </message>
</context>
<context>
    <name>annalist::StatementTableModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
</context>
<context>
    <name>annalist::TextSectionEditor</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>H</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Make the paragraph a heading, or a heading a paragraph again</source>
        <translation>Gør tekstafsnittet til en overskrift, eller gør en overskrift til brødtekst igen</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummereret liste</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link the selected text to a web address</source>
        <translation>Link den markerede tekst til en webadresse</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>Insert a picture (PNG, JPEG or SVG) with its alternative text</source>
        <translation>Indsæt et billede (PNG, JPEG eller SVG) med dets alternative tekst</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Insert a figure from the ledger that follows the books</source>
        <translation>Indsæt et tal fra regnskabet, der følger bogføringen</translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation>Indsæt felt</translation>
    </message>
    <message>
        <source>Insert a figure from the ledger that follows the books (%1)</source>
        <translation>Indsæt et tal fra regnskabet, der følger bogføringen (%1)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Afsnitstekst</translation>
    </message>
    <message>
        <source>Write the section&apos;s text here. Figures from the ledger go in as fields, so that they follow the books.</source>
        <translation>Skriv afsnittets tekst her. Tal fra regnskabet indsættes som felter, så de følger bogføringen.</translation>
    </message>
    <message>
        <source>Web address (empty removes the link):</source>
        <translation>Webadresse (tom fjerner linket):</translation>
    </message>
    <message>
        <source>Insert Picture</source>
        <translation>Indsæt billede</translation>
    </message>
    <message>
        <source>Alternative Text</source>
        <translation>Alternativ tekst</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it (screen readers, the PDF&apos;s tags):</source>
        <translation>Hvad billedet viser, til læsere, der ikke kan se det (skærmlæsere, PDF&apos;ens tags):</translation>
    </message>
</context>
<context>
    <name>annalist::TrialBalance</name>
    <message>
        <source>A trial balance needs a first and a last date.</source>
        <translation>En saldobalance kræver en første og en sidste dato.</translation>
    </message>
    <message>
        <source>Account %1, not in the chart of accounts</source>
        <translation>Konto %1, ikke i kontoplanen</translation>
    </message>
</context>
<context>
    <name>annalist::TrialBalanceDialog</name>
    <message>
        <source>Trial Balance</source>
        <translation>Saldobalance</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>The first date is after the last: there is nothing to show.</source>
        <translation>Den første dato ligger efter den sidste: der er intet at vise.</translation>
    </message>
    <message>
        <source>No postings are dated %1.</source>
        <translation>Der er ingen posteringer i perioden %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n postings on %2 accounts; debit %3, credit %4, balance %5.</source>
        <translation>
            <numerusform>%1: %n postering på %2 konti; debet %3, kredit %4, saldo %5.</numerusform>
            <numerusform>%1: %n posteringer på %2 konti; debet %3, kredit %4, saldo %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance of each account</source>
        <translation>Saldo for hver konto</translation>
    </message>
</context>
<context>
    <name>annalist::TrialBalanceModel</name>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the account statement.</source>
        <translation>Tryk Enter eller dobbeltklik for at åbne kontokortet.</translation>
    </message>
    <message>
        <source>The sum of the positive postings (expenses).</source>
        <translation>Summen af de positive posteringer (udgifter).</translation>
    </message>
    <message>
        <source>The sum of the negative postings (income), shown as a positive amount.</source>
        <translation>Summen af de negative posteringer (indtægter), vist som et positivt beløb.</translation>
    </message>
    <message>
        <source>Debit minus credit: the account&apos;s net in the range.</source>
        <translation>Debet minus kredit: kontoens nettobeløb i perioden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Posteringer</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>annalist::ValidationView</name>
    <message>
        <source>%1: every check passes.</source>
        <translation>%1: alle kontroller er bestået.</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 notes. Press Enter or double-click a finding to go to it.</source>
        <translation>%1: %2 fejl, %3 advarsler, %4 noter. Tryk Enter eller dobbeltklik på et fund for at gå til det.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
</context>
<context>
    <name>annalist::Validator</name>
    <message>
        <source>1 more posting breaks this rule.</source>
        <translation>1 postering mere bryder denne regel.</translation>
    </message>
    <message>
        <source>%1 more postings break this rule.</source>
        <translation>%1 posteringer mere bryder denne regel.</translation>
    </message>
    <message>
        <source>Posting of %1, voucher %2 (%3)</source>
        <translation>Postering fra %1, bilag %2 (%3)</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>ingen gyldig dato</translation>
    </message>
    <message>
        <source>Income plus expenses, carry-over included, equals the operating result, and every posting is on a line of the statement.</source>
        <translation>Indtægter plus udgifter, inklusive overførsel, er lig med driftsresultatet, og hver postering står på en linje i resultatopgørelsen.</translation>
    </message>
    <message>
        <source>Every posting is on an account that exists.</source>
        <translation>Hver postering står på en konto, der findes.</translation>
    </message>
    <message>
        <source>Postings on inactive accounts are pointed out.</source>
        <translation>Posteringer på inaktive konti bliver påpeget.</translation>
    </message>
    <message>
        <source>Every posting is dated inside its fiscal year.</source>
        <translation>Hver postering er dateret inden for sit regnskabsår.</translation>
    </message>
    <message>
        <source>Postings on a project&apos;s account carry that project, and only that one.</source>
        <translation>Posteringer på et projekts konto er angivet med det projekt og kun det.</translation>
    </message>
    <message>
        <source>The operating result agrees with the control total from the ERP system.</source>
        <translation>Driftsresultatet stemmer med kontroltotalen fra ERP-systemet.</translation>
    </message>
    <message>
        <source>Each account with a control total from the ERP system agrees with it.</source>
        <translation>Hver konto med en kontroltotal fra ERP-systemet stemmer med den.</translation>
    </message>
    <message>
        <source>A control total for the operating result has been entered.</source>
        <translation>Der er indtastet en kontroltotal for driftsresultatet.</translation>
    </message>
    <message>
        <source>The carry-over into the year equals the previous year&apos;s operating result.</source>
        <translation>Overførslen til året er lig med det foregående års driftsresultat.</translation>
    </message>
    <message>
        <source>The members&apos; contributions add up to the contributions line.</source>
        <translation>Medlemmernes kontingenter summerer til kontingentlinjen.</translation>
    </message>
    <message>
        <source>Every note a line refers to exists.</source>
        <translation>Alle noter, som en linje henviser til, findes.</translation>
    </message>
    <message>
        <source>Note numbers run from 1 without gaps.</source>
        <translation>Notenumrene går fra 1 uden huller.</translation>
    </message>
    <message>
        <source>Every note stands somewhere in the statement.</source>
        <translation>Hver note står et sted i resultatopgørelsen.</translation>
    </message>
    <message>
        <source>A large deviation from budget is explained in a note.</source>
        <translation>En stor budgetafvigelse er forklaret i en note.</translation>
    </message>
    <message>
        <source>The statement&apos;s lines add up to %1, but the year&apos;s postings add up to %2: %3 is posted outside the statement&apos;s lines.</source>
        <translation>Resultatopgørelsens linjer summerer til %1, men årets posteringer summerer til %2: %3 er bogført uden for resultatopgørelsens linjer.</translation>
    </message>
    <message>
        <source>%1 is on account id %2, which does not exist.</source>
        <translation>%1 står på konto-id %2, som ikke findes.</translation>
    </message>
    <message>
        <source>%1 is on the inactive account %2.</source>
        <translation>%1 står på den inaktive konto %2.</translation>
    </message>
    <message>
        <source>%1 is dated outside the fiscal year %2.</source>
        <translation>%1 er dateret uden for regnskabsåret %2.</translation>
    </message>
    <message>
        <source>%1 on account %2 carries a project that is not the account&apos;s.</source>
        <translation>%1 på konto %2 er angivet med et projekt, som ikke er kontoens.</translation>
    </message>
    <message>
        <source>%1 on the project account %2 carries no project.</source>
        <translation>%1 på projektkontoen %2 er ikke angivet med noget projekt.</translation>
    </message>
    <message>
        <source>The operating result is %1, but the control total from %2 says %3 (a difference of %4).</source>
        <translation>Driftsresultatet er %1, men kontroltotalen fra %2 siger %3 (en difference på %4).</translation>
    </message>
    <message>
        <source>the ERP system</source>
        <translation>ERP-systemet</translation>
    </message>
    <message>
        <source>Account %1 totals %2, but the control total from %3 says %4 (a difference of %5).</source>
        <translation>Konto %1 giver i alt %2, men kontroltotalen fra %3 siger %4 (en difference på %5).</translation>
    </message>
    <message>
        <source>No control total for the operating result has been entered; the ledger cannot be checked against the ERP system.</source>
        <translation>Der er ikke indtastet nogen kontroltotal for driftsresultatet; regnskabet kan ikke kontrolleres mod ERP-systemet.</translation>
    </message>
    <message>
        <source>%1 is carried over into %2, but the operating result of %3 is %4.</source>
        <translation>%1 er overført til %2, men driftsresultatet for %3 er %4.</translation>
    </message>
    <message>
        <source>The contributions of the members (%1) add up to %2, but the line %3 holds %4.</source>
        <translation>Medlemmernes kontingenter (%1) summerer til %2, men linjen %3 indeholder %4.</translation>
    </message>
    <message>
        <source>Members&apos; contributions are recorded, but no account is marked as the contributions line.</source>
        <translation>Der er registreret medlemskontingenter, men ingen konto er markeret som kontingentlinjen.</translation>
    </message>
    <message>
        <source>The line %1 refers to note %2, which %3 does not have.</source>
        <translation>Linjen %1 henviser til note %2, som ikke findes i %3.</translation>
    </message>
    <message>
        <source>Note %1 comes where note %2 is expected: the notes must run from 1 without gaps.</source>
        <translation>Note %1 kommer, hvor note %2 forventes: noterne skal gå fra 1 uden huller.</translation>
    </message>
    <message>
        <source>Note %1 stands on no line of the statement.</source>
        <translation>Note %1 står ikke ved nogen linje i resultatopgørelsen.</translation>
    </message>
    <message>
        <source>The line %1 deviates from its budget of %2 by %3%4; explain it in a note.</source>
        <translation>Linjen %1 afviger fra sit budget på %2 med %3%4; forklar afvigelsen i en note.</translation>
    </message>
    <message>
        <source>Every field in the report&apos;s text names a figure the ledger has.</source>
        <translation>Hvert felt i beretningens tekst henviser til et tal, som regnskabet har.</translation>
    </message>
    <message>
        <source>Every amount typed into the report&apos;s text is a figure of the ledger.</source>
        <translation>Hvert beløb, der er skrevet i beretningens tekst, er et tal fra regnskabet.</translation>
    </message>
    <message>
        <source>Every picture the report shows has an alternative text.</source>
        <translation>Hvert billede i beretningen har en alternativ tekst.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot;</source>
        <translation>Afsnittet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Section %1 &quot;%2&quot;</source>
        <translation>Afsnit %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 uses the field {{%2}}, which the ledger does not have.</source>
        <translation>%1 bruger feltet {{%2}}, som regnskabet ikke har.</translation>
    </message>
    <message>
        <source>%1 quotes %2, which is no figure of the ledger; use a field so that it follows the books.</source>
        <translation>%1 nævner %2, som ikke er et tal fra regnskabet; brug et felt, så tallet følger regnskabet.</translation>
    </message>
    <message>
        <source>%1 quotes %2, which is no figure of the ledger; did you mean {{%3}} (%4)? Use the field so that it follows the books.</source>
        <translation>%1 nævner %2, som ikke er et tal fra regnskabet; mente du {{%3}} (%4)? Brug feltet, så tallet følger regnskabet.</translation>
    </message>
    <message>
        <source>%1 shows the picture %2 (%3), which has no alternative text for readers who cannot see it.</source>
        <translation>%1 viser billedet %2 (%3), som ikke har en alternativ tekst til læsere, der ikke kan se det.</translation>
    </message>
    <message>
        <source>The audit trail is intact: no record altered or removed, and its head matches the last record.</source>
        <translation>Revisionssporet er intakt: ingen registrering er ændret eller fjernet, og hovedet svarer til den sidste registrering.</translation>
    </message>
    <message>
        <source>Every trigger and function of the ledger is the one Annalist made for its schema: none missing, changed, switched off or added.</source>
        <translation>Hver trigger og funktion i regnskabet er den, Annalist har lavet til dets skema: ingen mangler, er ændret, slået fra eller tilføjet.</translation>
    </message>
    <message>
        <source>Every closed year still holds the figures and accounts it was closed with (its seal matches).</source>
        <translation>Hvert afsluttet år rummer stadig de tal og konti, det blev afsluttet med (dets segl passer).</translation>
    </message>
</context>
<context>
    <name>annalist::XlsxWriter</name>
    <message>
        <source>The workbook could not be started.</source>
        <translation>Projektmappen kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation>Dokumentegenskaber</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; could not be added.</source>
        <translation>Arket &quot;%1&quot; kunne ikke tilføjes.</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>Celle %1</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; could not be added.</source>
        <translation>Diagrammet &quot;%1&quot; kunne ikke tilføjes.</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; could not be given its data.</source>
        <translation>Diagrammet &quot;%1&quot; kunne ikke få sine data.</translation>
    </message>
    <message>
        <source>Posting row %1</source>
        <translation>Posteringsrække %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation>%1 kan ikke skrives: det er en mappe.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left as it was.</source>
        <translation>Eksporten blev annulleret; %1 blev ikke ændret.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The text in cell %1 of the sheet &quot;%2&quot; has %3 characters, more than a cell holds; it was cut to %4, ending in &quot;%5&quot;.</source>
        <translation>Teksten i celle %1 i arket &quot;%2&quot; har %3 tegn, flere end en celle kan rumme; den blev afkortet til %4 og ender med &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>The text of the posting with voucher %1 of %2 on account %3 has %4 characters, more than a cell holds; in the sheet &quot;%5&quot;, row %6, it was cut to %7, ending in &quot;%8&quot;.</source>
        <translation>Teksten i posteringen med bilag %1 af %2 på konto %3 har %4 tegn, flere end en celle kan rumme; i arket &quot;%5&quot;, række %6, blev den afkortet til %7 og ender med &quot;%8&quot;.</translation>
    </message>
</context>
<context>
    <name>annalist::YearClosing</name>
    <message>
        <source>A year is closed by the board and the auditor: name at least one with --signed-by &quot;NAME, ROLE&quot;.</source>
        <translation>Et år afsluttes af bestyrelsen og revisor: angiv mindst én med --signed-by &quot;NAVN, ROLLE&quot;.</translation>
    </message>
    <message>
        <source>The year %1 is not in the books.</source>
        <translation>Året %1 findes ikke i regnskabet.</translation>
    </message>
    <message>
        <source>%1 is closed already (on %2, signed by %3).</source>
        <translation>%1 er allerede afsluttet (den %2, underskrevet af %3).</translation>
    </message>
    <message>
        <source>%1 cannot be closed: validation finds %2 errors. Correct them first:
%3</source>
        <translation>%1 kan ikke afsluttes: valideringen finder %2 fejl. Ret dem først:
%3</translation>
    </message>
    <message>
        <source>%1 is closed, so the carry-over from %2 cannot be booked into it; reopen %1 first.</source>
        <translation>%1 er afsluttet, så overførslen fra %2 kan ikke bogføres i det; genåbn %1 først.</translation>
    </message>
    <message>
        <source>Reopening a closed year needs a reason: --reason &quot;...&quot;.</source>
        <translation>Genåbning af et afsluttet år kræver en begrundelse: --reason &quot;...&quot;.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 er ikke afsluttet.</translation>
    </message>
    <message>
        <source>Closed %1 on %2 UTC, signed by:
</source>
        <translation>Afsluttede %1 den %2 UTC, underskrevet af:
</translation>
    </message>
    <message>
        <source>Operating result %1: %2, carried over into %3 as &quot;%4&quot; (posting %5)%6.
</source>
        <translation>Driftsresultat %1: %2, overført til %3 som &quot;%4&quot; (postering %5)%6.
</translation>
    </message>
    <message>
        <source>; %1 was added to the books</source>
        <translation>; %1 blev tilføjet regnskabet</translation>
    </message>
    <message>
        <source>Seal of %1 (its figures and accounts as closed): %2
</source>
        <translation>Segl for %1 (årets tal og konti ved afslutningen): %2
</translation>
    </message>
    <message>
        <source>Audit trail head: %1
Keep this receipt: &quot;annalist verify --expect HASH&quot; checks the trail against it, and &quot;annalist verify&quot; checks the seal.
</source>
        <translation>Revisionssporets hoved: %1
Gem denne kvittering: &quot;annalist verify --expect HASH&quot; kontrollerer sporet mod den, og &quot;annalist verify&quot; kontrollerer seglet.
</translation>
    </message>
</context>
<context>
    <name>annalist::YearClosingDialog</name>
    <message>
        <source>Close Fiscal Year %1</source>
        <translation>Afslut regnskabsår %1</translation>
    </message>
    <message>
        <source>Closing %1 books its operating result into %2 as the line &quot;%3&quot;, signs the annual report with the signatories below and locks %1 against every change. Closing is recorded, not an edit: Edit &gt; Undo cannot take it back, and the undo history so far is cleared. Only File &gt; Reopen Year opens %1 again, with a reason that is kept.</source>
        <translation>Afslutningen af %1 bogfører driftsresultatet i %2 som linjen &quot;%3&quot;, underskriver årsberetningen med underskriverne nedenfor og låser %1 mod enhver ændring. Afslutningen registreres og er ikke en redigering: Rediger &gt; Fortryd kan ikke tage den tilbage, og fortrydelseshistorikken ryddes. Kun Filer &gt; Genåbn år åbner %1 igen, med en begrundelse, der gemmes.</translation>
    </message>
    <message>
        <source>Name, Role (one a line)</source>
        <translation>Navn, rolle (én pr. linje)</translation>
    </message>
    <message>
        <source>The board members and the auditor who sign, one a line as &quot;Name, Role&quot;</source>
        <translation>Bestyrelsesmedlemmerne og revisoren, der underskriver, én pr. linje som &quot;Navn, rolle&quot;</translation>
    </message>
    <message>
        <source>The board has approved the accounts for %1: close the year</source>
        <translation>Bestyrelsen har godkendt regnskabet for %1: afslut året</translation>
    </message>
    <message>
        <source>C&amp;lose %1</source>
        <translation>&amp;Afslut %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Underskrevet af:</translation>
    </message>
    <message>
        <source>Operating result to carry over:</source>
        <translation>Driftsresultat, der overføres:</translation>
    </message>
    <message>
        <source>%1, into %2 as &quot;%3&quot;</source>
        <translation>%1, til %2 som &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is closed already (signed by %2). Reopen it first to close it again.</source>
        <translation>%1 er allerede afsluttet (underskrevet af %2). Genåbn det først for at afslutte det igen.</translation>
    </message>
    <message>
        <source>The ledger is open read-only: a year cannot be closed.</source>
        <translation>Regnskabet er åbnet skrivebeskyttet: et år kan ikke afsluttes.</translation>
    </message>
    <message>
        <source>Confirm that the board has approved the accounts first.</source>
        <translation>Bekræft først, at bestyrelsen har godkendt regnskabet.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Færdig</translation>
    </message>
    <message>
        <source>&lt;p&gt;The people who sign the year&apos;s accounts: the board members and the auditor, one a line as &lt;i&gt;Name, Role&lt;/i&gt;. They are printed on the report&apos;s sign-off page with the day&apos;s date, and the closing is recorded in the audit trail under their names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De personer, der underskriver årets regnskab: bestyrelsesmedlemmerne og revisor, én pr. linje som &lt;i&gt;Navn, Rolle&lt;/i&gt;. De trykkes på årsberetningens ledelsespåtegning med dagens dato, og afslutningen registreres i revisionssporet under deres navne.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>annalist::YearExport</name>
    <message>
        <source>Export Statement as Excel Workbook</source>
        <translation>Eksportér resultatopgørelse som Excel-projektmappe</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-projektmapper (*.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Writing the statement %1 to %2...</source>
        <translation>Skriver resultatopgørelsen %1 til %2...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1.

%2</source>
        <translation>Projektmappen kunne ikke skrives til %1.

%2</translation>
    </message>
    <message>
        <source>Export Report as Web Page: Choose Where the Folder %1 Goes</source>
        <translation>Eksportér beretning som webside: vælg, hvor mappen %1 skal ligge</translation>
    </message>
    <message>
        <source>Export Report as Web Page</source>
        <translation>Eksportér beretning som webside</translation>
    </message>
    <message>
        <source>%1 is a file. The web page needs a folder of its own: choose another place.</source>
        <translation>%1 er en fil. Websiden skal have sin egen mappe: vælg et andet sted.</translation>
    </message>
    <message>
        <source>The folder %1 exists already. Replace what is in it with the report %2?</source>
        <translation>Mappen %1 findes allerede. Erstat indholdet med beretningen %2?</translation>
    </message>
    <message>
        <source>The web page could not be written to %1.

%2</source>
        <translation>Websiden kunne ikke skrives til %1.

%2</translation>
    </message>
    <message>
        <source>The workbook was written to %1, with texts cut to fit:

%2</source>
        <translation>Projektmappen blev skrevet til %1, med tekster afkortet, så de passer:

%2</translation>
    </message>
</context>
<context>
    <name>annalist::YearReopening</name>
    <message>
        <source>Reopen Year</source>
        <translation>Genåbn år</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 er ikke afsluttet.</translation>
    </message>
    <message>
        <source>Reopen Year %1</source>
        <translation>Genåbn år %1</translation>
    </message>
    <message>
        <source>%1 was closed by %2. Why is it opened again? The reason is kept with the books, and reopening cannot be undone with Edit &gt; Undo.</source>
        <translation>%1 blev afsluttet af %2. Hvorfor genåbnes det? Begrundelsen gemmes i regnskabet, og genåbningen kan ikke fortrydes med Rediger &gt; Fortryd.</translation>
    </message>
    <message>
        <source>%1 stays closed: reopening a closed year needs a reason.</source>
        <translation>%1 forbliver afsluttet: genåbning af et afsluttet år kræver en begrundelse.</translation>
    </message>
</context>
<context>
    <name>annalist::YearSeal</name>
    <message>
        <source>%1 is marked closed, but the audit trail records no closing of it: it was closed behind Annalist&apos;s back, without validation, signatures or carry-over.</source>
        <translation>%1 er markeret som afsluttet, men revisionssporet har ingen afslutning af året: det er afsluttet bag om Annalist, uden validering, underskrifter eller overførsel.</translation>
    </message>
    <message>
        <source>The closed year %1 has been changed since it was closed on %2: its figures no longer match the seal recorded at the closing (%3; now %4).</source>
        <translation>Det afsluttede år %1 er ændret, siden det blev afsluttet %2: dets tal svarer ikke længere til det segl, der blev registreret ved afslutningen (%3; nu %4).</translation>
    </message>
</context>
<context>
    <name>annalist::YearTotals</name>
    <message>
        <source>The change</source>
        <translation>Ændringen</translation>
    </message>
    <message>
        <source>%1 would take the amounts of %2 beyond what Annalist keeps exactly: taken without their sign, a year&apos;s postings and budgets may add up to at most %3 kr. Nothing was written.</source>
        <translation>%1 ville føre beløbene for %2 ud over, hvad Annalist kan holde nøjagtigt: uden fortegn må et års posteringer og budgetter tilsammen højst give %3 kr. Intet blev skrevet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annalist</source>
        <translation>Annalist</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Åbn regnskabet skrivebeskyttet?</translation>
    </message>
</context>
</TS>
