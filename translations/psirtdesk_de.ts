<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PSIRT Desk</source>
        <translation>Über PSIRT Desk</translation>
    </message>
    <message>
        <source>PSIRT Desk %1</source>
        <translation>PSIRT Desk %1</translation>
    </message>
    <message>
        <source>A desktop workstation for product-security incident response: report intake, triage, CVSS scoring, SLA and embargo deadlines, evidence and advisories.

Built with Qt %1. Database drivers: %2.</source>
        <translation>Ein Arbeitsplatz für die Behandlung von Produkt-Sicherheitsvorfällen: Meldungseingang, Triage, CVSS-Bewertung, SLA- und Embargofristen, Beweismittel und Advisories.

Erstellt mit Qt %1. Datenbanktreiber: %2.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>New Year's Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Geburtstag von Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>Washington's Birthday</source>
        <translation>Washingtons Geburtstag</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (Nationaler Unabhängigkeitstag)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Unabhängigkeitstag</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Columbus Day</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Veterans Day</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Weihnachtstag</translation>
    </message>
    <message>
        <source>Independence Day (observed)</source>
        <translation>Unabhängigkeitstag (Ersatztag)</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day (observed)</source>
        <translation>Juneteenth (Ersatztag)</translation>
    </message>
    <message>
        <source>Christmas Day (observed)</source>
        <translation>Weihnachtstag (Ersatztag)</translation>
    </message>
    <message>
        <source>New Year's Day 2028 (observed)</source>
        <translation>Neujahr 2028 (Ersatztag)</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>Frühlingsfest</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>Qingming-Fest</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Tag der Arbeit</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>Drachenbootfest</translation>
    </message>
    <message>
        <source>National Day and Mid-Autumn Festival</source>
        <translation>Nationalfeiertag und Mondfest</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>Mondfest</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Nationalfeiertag</translation>
    </message>
    <message>
        <source>Working day (Spring Festival)</source>
        <translation>Arbeitstag (Frühlingsfest)</translation>
    </message>
    <message>
        <source>Working day (Labour Day)</source>
        <translation>Arbeitstag (Tag der Arbeit)</translation>
    </message>
    <message>
        <source>Working day (National Day)</source>
        <translation>Arbeitstag (Nationalfeiertag)</translation>
    </message>
    <message>
        <source>Working day (New Year's Day)</source>
        <translation>Arbeitstag (Neujahr)</translation>
    </message>
    <message>
        <source>A list of days must be an array.</source>
        <translation>Eine Liste von Tagen muss ein Array sein.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A calendar needs an id of 1 to 64 characters.</source>
        <translation>Ein Kalender braucht eine Kennung aus 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>Weekend days are numbered 1 (Monday) to 7.</source>
        <translation>Wochenendtage werden von 1 (Montag) bis 7 nummeriert.</translation>
    </message>
    <message>
        <source>United States (federal holidays)</source>
        <translation>Vereinigte Staaten (Bundesfeiertage)</translation>
    </message>
    <message>
        <source>China (State Council holidays)</source>
        <translation>China (Feiertage des Staatsrats)</translation>
    </message>
    <message>
        <source>Unknown calendar “%1” (known: %2).</source>
        <translation>Unbekannter Kalender „%1“ (bekannt: %2).</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <source>Public holiday</source>
        <translation>Gesetzlicher Feiertag</translation>
    </message>
    <message>
        <source>Working day (make-up)</source>
        <translation>Arbeitstag (Ausgleich)</translation>
    </message>
    <message>
        <source>Company shutdown</source>
        <translation>Betriebsruhe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>The case database: a SQLite file or a postgresql:// URL.</source>
        <translation>Die Falldatenbank: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Ausgabeformat: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Run “%1 --help” for its options.</source>
        <translation>„%1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Unter „%1“ gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Creates a demo case database with realistic, reproducible data.</source>
        <translation>Legt eine Demo-Falldatenbank mit realistischen, reproduzierbaren Daten an.</translation>
    </message>
    <message>
        <source>Number of cases (1 to %1).</source>
        <translation>Anzahl der Fälle (1 bis %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <source>The SQLite file to create, or an empty PostgreSQL database (postgresql:// URL).</source>
        <translation>Die anzulegende SQLite-Datei oder eine leere PostgreSQL-Datenbank (postgresql://-URL).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Random seed; the same seed and --now give the same data.</source>
        <translation>Zufallsstartwert; gleicher Startwert und gleiches --now ergeben dieselben Daten.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>startwert</translation>
    </message>
    <message>
        <source>The instant the data is as of, ISO 8601 (default: the current time; UTC if no offset is given).</source>
        <translation>Der Zeitpunkt, auf den sich die Daten beziehen, ISO 8601 (Standard: jetzt; UTC, wenn kein Versatz angegeben ist).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zeit</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--cases and --out are required.</source>
        <translation>--cases und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>--cases must be a whole number from 1 to %1.</source>
        <translation>--cases muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein.</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time, e.g. 2026-11-23T12:00:00Z.</source>
        <translation>--now muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. 2026-11-23T12:00:00Z.</translation>
    </message>
    <message>
        <source>Wrote %1 demo cases to %2 in %3 s.</source>
        <translation>%1 Demo-Fälle in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>“%1” exists; use --force to replace it.</source>
        <translation>„%1“ existiert; mit --force wird es ersetzt.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot move the new database to “%1”: %2</source>
        <translation>Die neue Datenbank kann nicht nach „%1“ verschoben werden: %2</translation>
    </message>
    <message>
        <source>Lists cases, oldest first, optionally filtered.</source>
        <translation>Listet Fälle auf, älteste zuerst, optional gefiltert.</translation>
    </message>
    <message>
        <source>Only cases in this status; a comma-separated list or repeated option. Valid: %1.</source>
        <translation>Nur Fälle in diesem Status; durch Kommas getrennt oder als wiederholte Option. Gültig: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only cases whose title, description or steps contain all these words.</source>
        <translation>Nur Fälle, deren Titel, Beschreibung oder Schritte alle diese Wörter enthalten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Only cases whose owner contains this text (any case).</source>
        <translation>Nur Fälle, deren Zuständige diesen Text enthalten (ohne Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only cases without an owner.</source>
        <translation>Nur Fälle ohne Zuständige.</translation>
    </message>
    <message>
        <source>Only cases whose product contains this text (any case).</source>
        <translation>Nur Fälle, deren Produkt diesen Text enthält (ohne Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>--database is required.</source>
        <translation>--database ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use tsv or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie tsv oder json.</translation>
    </message>
    <message>
        <source>Unknown status “%1”. Valid statuses: %2.</source>
        <translation>Unbekannter Status „%1“. Gültige Status: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(nicht vergeben)</translation>
    </message>
    <message>
        <source>%1 (paused from %2)</source>
        <translation>%1 (pausiert aus %2)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Änderungsprotokoll:</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation>%1 auf „%2“ gesetzt</translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”</source>
        <translation>%1 von „%2“ auf „%3“ geändert</translation>
    </message>
    <message>
        <source>Shows every field of one case and its audit trail.</source>
        <translation>Zeigt alle Felder eines Falls und sein Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>Tracking id (e.g. PSIRT-2026-0042) or numeric case id.</source>
        <translation>Vorgangsnummer (z. B. PSIRT-2026-0042) oder numerische Fallnummer.</translation>
    </message>
    <message>
        <source>Give exactly one case id.</source>
        <translation>Geben Sie genau eine Fallnummer an.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use text or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Create a demo case database.</source>
        <translation>Eine Demo-Falldatenbank anlegen.</translation>
    </message>
    <message>
        <source>List cases, with filters; TSV or JSON.</source>
        <translation>Fälle auflisten, mit Filtern; TSV oder JSON.</translation>
    </message>
    <message>
        <source>Show one case with its audit trail.</source>
        <translation>Einen Fall mit Änderungsprotokoll anzeigen.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Reporter consents to be credited</source>
        <translation>Meldende Person stimmt der Namensnennung zu</translation>
    </message>
    <message>
        <source>Reporter consents to their identity being shared</source>
        <translation>Meldende Person stimmt der Weitergabe ihrer Identität zu</translation>
    </message>
    <message>
        <source>Select a case in the inbox.</source>
        <translation>Wählen Sie einen Fall im Eingang aus.</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Eingegangen (UTC)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No tracking id yet</source>
        <translation>Noch keine Vorgangsnummer</translation>
    </message>
    <message>
        <source>%1 (paused from %2)</source>
        <translation>%1 (pausiert aus %2)</translation>
    </message>
    <message>
        <source>%1 of case %2</source>
        <translation>%1 von Fall %2</translation>
    </message>
    <message>
        <source>Received %1 (%2 UTC)</source>
        <translation>Eingegangen %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Resume (%1)</source>
        <translation>Fortsetzen (%1)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Move the case to %1</source>
        <translation>Fall nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Make &amp;Primary</source>
        <translation>Als &amp;primär festlegen</translation>
    </message>
    <message>
        <source>The primary vector sets the case's severity everywhere.</source>
        <translation>Der primäre Vektor bestimmt überall den Schweregrad des Falls.</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>No SSVC decision yet.</source>
        <translation>Noch keine SSVC-Entscheidung.</translation>
    </message>
    <message>
        <source>SSVC: %1</source>
        <translation>SSVC: %1</translation>
    </message>
    <message>
        <source>No running deadline.</source>
        <translation>Keine laufende Frist.</translation>
    </message>
    <message>
        <source>Next deadline: %1 due %2 (%3 UTC) — %4</source>
        <translation>Nächste Frist: %1 fällig %2 (%3 UTC) – %4</translation>
    </message>
    <message>
        <source>Disclosure date</source>
        <translation>Offenlegungsdatum</translation>
    </message>
    <message>
        <source>Negotiated:</source>
        <translation>Vereinbart:</translation>
    </message>
    <message>
        <source>A disclosure date agreed with the reporter replaces the policy's embargo.</source>
        <translation>Ein mit der meldenden Person vereinbartes Offenlegungsdatum ersetzt das Embargo der Richtlinie.</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Warum (erforderlich)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>= %1 local time</source>
        <translation>= %1 Ortszeit</translation>
    </message>
    <message>
        <source>The policy's embargo applies.</source>
        <translation>Es gilt das Embargo der Richtlinie.</translation>
    </message>
    <message>
        <source>A negotiated disclosure date needs a reason.</source>
        <translation>Ein vereinbartes Offenlegungsdatum braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The disclosure policy whose clocks this case follows</source>
        <translation>Die Offenlegungsrichtlinie, deren Fristen dieser Fall folgt</translation>
    </message>
    <message>
        <source>Disclosure policy</source>
        <translation>Offenlegungsrichtlinie</translation>
    </message>
    <message>
        <source>Team default (%1)</source>
        <translation>Team-Standard (%1)</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>Team-Standard</translation>
    </message>
    <message>
        <source>Unknown policy “%1” (the default applies)</source>
        <translation>Unbekannte Richtlinie „%1“ (es gilt der Standard)</translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Meldende Person</translation>
    </message>
    <message>
        <source>Reporter e-mail</source>
        <translation>E-Mail der meldenden Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consents to be credited</source>
        <translation>Stimmt der Namensnennung zu</translation>
    </message>
    <message>
        <source>Consents to identity being shared</source>
        <translation>Stimmt der Weitergabe der Identität zu</translation>
    </message>
    <message>
        <source>Intake channel</source>
        <translation>Eingangskanal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation>Schritte zur Reproduktion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>CVSS vector</source>
        <translation>CVSS-Vektor</translation>
    </message>
    <message>
        <source>CVSS score</source>
        <translation>CVSS-Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation>%1 ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>A reporter contact (name or e-mail) is required.</source>
        <translation>Ein Kontakt der meldenden Person (Name oder E-Mail) ist erforderlich.</translation>
    </message>
    <message>
        <source>The received date lies in the future.</source>
        <translation>Das Eingangsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>SSVC decision</source>
        <translation>SSVC-Entscheidung</translation>
    </message>
    <message>
        <source>CVSS assessment</source>
        <translation>CVSS-Bewertung</translation>
    </message>
    <message>
        <source>Negotiated disclosure</source>
        <translation>Vereinbarte Offenlegung</translation>
    </message>
    <message>
        <source>Reason for the disclosure date</source>
        <translation>Begründung des Offenlegungsdatums</translation>
    </message>
    <message>
        <source>Disclosure policy</source>
        <translation>Offenlegungsrichtlinie</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Offengelegt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Needs More Info</source>
        <translation>Rückfrage offen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Out of Scope</source>
        <translation>Außerhalb des Geltungsbereichs</translation>
    </message>
    <message>
        <source>Not Reproducible</source>
        <translation>Nicht reproduzierbar</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>Informativ</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>There is no case with tracking id “%1”.</source>
        <translation>Es gibt keinen Fall mit der Vorgangsnummer „%1“.</translation>
    </message>
    <message>
        <source>The case was changed by someone else in the meantime; it has been reloaded, please apply your change again.</source>
        <translation>Der Fall wurde inzwischen von jemand anderem geändert; er wurde neu geladen, bitte nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1 changes only through the workflow.</source>
        <translation>%1 ändert sich nur über den Arbeitsablauf.</translation>
    </message>
    <message>
        <source>There is no case %1 to be a duplicate of.</source>
        <translation>Es gibt keinen Fall %1, von dem dies ein Duplikat sein könnte.</translation>
    </message>
    <message>
        <source>Case %1 is already a duplicate of this case.</source>
        <translation>Fall %1 ist bereits ein Duplikat dieses Falls.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>An imported case has no title.</source>
        <translation>Ein importierter Fall hat keinen Titel.</translation>
    </message>
    <message>
        <source>The imported case “%1” has no time of receipt.</source>
        <translation>Der importierte Fall „%1“ hat keinen Eingangszeitpunkt.</translation>
    </message>
    <message>
        <source>%1 of the imported case “%2” is too long.</source>
        <translation>%1 des importierten Falls „%2“ ist zu lang.</translation>
    </message>
    <message>
        <source>Unknown CVSS version “%1”.</source>
        <translation>Unbekannte CVSS-Version „%1“.</translation>
    </message>
    <message>
        <source>Invalid CVSS assessment.</source>
        <translation>Ungültige CVSS-Bewertung.</translation>
    </message>
    <message>
        <source>A negotiated disclosure date needs a reason.</source>
        <translation>Ein vereinbartes Offenlegungsdatum braucht eine Begründung.</translation>
    </message>
</context>
<context>
    <name>ClockRule</name>
    <message>
        <source>business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>Kalendertage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>ClockRulesModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A policy needs at least one clock.</source>
        <translation>Eine Richtlinie braucht mindestens eine Frist.</translation>
    </message>
    <message>
        <source>Every clock needs a name.</source>
        <translation>Jede Frist braucht einen Namen.</translation>
    </message>
    <message>
        <source>Clock “%1” has no id of its own.</source>
        <translation>Frist „%1“ hat keine eigene Kennung.</translation>
    </message>
    <message>
        <source>Clock “%1” must run between 1 and %2 %3.</source>
        <translation>Frist „%1“ muss zwischen 1 und %2 %3 laufen.</translation>
    </message>
    <message>
        <source>Clock “%1” needs an event that stops it.</source>
        <translation>Frist „%1“ braucht ein Ereignis, das sie anhält.</translation>
    </message>
    <message>
        <source>Clock “%1” cannot be stopped by the event that starts it.</source>
        <translation>Frist „%1“ kann nicht durch das Ereignis angehalten werden, das sie startet.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Starts when</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <source>Stops when</source>
        <translation>Endet bei</translation>
    </message>
    <message>
        <source>Ends early at</source>
        <translation>Endet früher bei</translation>
    </message>
    <message>
        <source>Pauses on reporter</source>
        <translation>Pausiert bei Rückfrage</translation>
    </message>
    <message>
        <source>Due soon (hours)</source>
        <translation>Bald fällig (Stunden)</translation>
    </message>
</context>
<context>
    <name>ClockState</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Verspätet eingehalten</translation>
    </message>
</context>
<context>
    <name>CvssCalculatorPane</name>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>CVSS 4.0</source>
        <translation>CVSS 4.0</translation>
    </message>
    <message>
        <source>CVSS 3.1</source>
        <translation>CVSS 3.1</translation>
    </message>
    <message>
        <source>CVSS 3.0</source>
        <translation>CVSS 3.0</translation>
    </message>
    <message>
        <source>CVSS 2.0</source>
        <translation>CVSS 2.0</translation>
    </message>
    <message>
        <source>Paste a CVSS vector, e.g. CVSS:4.0/AV:N/AC:L/…</source>
        <translation>CVSS-Vektor einfügen, z. B. CVSS:4.0/AV:N/AC:L/…</translation>
    </message>
    <message>
        <source>The vector string. Paste or type one to set the metrics.</source>
        <translation>Die Vektorzeichenkette. Fügen Sie eine ein oder tippen Sie sie, um die Metriken zu setzen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the vector string to the clipboard</source>
        <translation>Vektorzeichenkette in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every optional metric and restore the default base metrics</source>
        <translation>Alle optionalen Metriken leeren und die Standard-Basismetriken wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Apply to Case</source>
        <translation>&amp;Auf Fall anwenden</translation>
    </message>
    <message>
        <source>Store this vector with the current case</source>
        <translation>Diesen Vektor beim aktuellen Fall speichern</translation>
    </message>
    <message>
        <source>How this score was computed (CVSS 4.0)</source>
        <translation>Wie dieser Wert berechnet wurde (CVSS 4.0)</translation>
    </message>
    <message>
        <source>Supplier: patch development priority</source>
        <translation>Hersteller: Priorität der Patch-Entwicklung</translation>
    </message>
    <message>
        <source>Deployer: patch application priority</source>
        <translation>Betreiber: Priorität der Patch-Einspielung</translation>
    </message>
    <message>
        <source>Decision &amp;tree:</source>
        <translation>Entscheidungs&amp;baum:</translation>
    </message>
    <message>
        <source>Apply &amp;SSVC to Case</source>
        <translation>&amp;SSVC auf Fall anwenden</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>SSVC decision</source>
        <translation>SSVC-Entscheidung</translation>
    </message>
    <message>
        <source>Invalid vector: %1
%2</source>
        <translation>Ungültiger Vektor: %1
%2</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Environmental score</source>
        <translation>Umgebungswert</translation>
    </message>
    <message>
        <source>Temporal score</source>
        <translation>Zeitlicher Wert</translation>
    </message>
    <message>
        <source>Base score</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <source>EQ1 (AV/PR/UI)</source>
        <translation>EQ1 (AV/PR/UI)</translation>
    </message>
    <message>
        <source>EQ2 (AC/AT)</source>
        <translation>EQ2 (AC/AT)</translation>
    </message>
    <message>
        <source>EQ3+EQ6 (VC/VI/VA, CR/IR/AR)</source>
        <translation>EQ3+EQ6 (VC/VI/VA, CR/IR/AR)</translation>
    </message>
    <message>
        <source>EQ4 (SC/SI/SA)</source>
        <translation>EQ4 (SC/SI/SA)</translation>
    </message>
    <message>
        <source>EQ5 (E)</source>
        <translation>EQ5 (E)</translation>
    </message>
    <message>
        <source>MacroVector %1 (EQ1..EQ6 levels), its score %2.
</source>
        <translation>MacroVector %1 (Stufen EQ1..EQ6), dessen Wert %2.
</translation>
    </message>
    <message>
        <source>no lower MacroVector</source>
        <translation>kein niedrigerer MacroVector</translation>
    </message>
    <message>
        <source>next lower MacroVector scores %1</source>
        <translation>nächstniedrigerer MacroVector hat den Wert %1</translation>
    </message>
    <message>
        <source>, severity distance %1 of at most %2</source>
        <translation>, Schweregrad-Abstand %1 von höchstens %2</translation>
    </message>
    <message>
        <source>Mean proportional distance %1; score %2 − %1, rounded half up: %3.</source>
        <translation>Mittlerer proportionaler Abstand %1; Wert %2 − %1, kaufmännisch gerundet: %3.</translation>
    </message>
    <message>
        <source>Derive Utility from Automatable and Value Density</source>
        <translation>Nutzen aus Automatisierbar und Wertdichte ableiten</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>diffuse</source>
        <translation>diffus</translation>
    </message>
    <message>
        <source>concentrated</source>
        <translation>konzentriert</translation>
    </message>
    <message>
        <source>Automatable:</source>
        <translation>Automatisierbar:</translation>
    </message>
    <message>
        <source>Value Density:</source>
        <translation>Wertdichte:</translation>
    </message>
</context>
<context>
    <name>CvssError</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>empty vector</source>
        <translation>leerer Vektor</translation>
    </message>
    <message>
        <source>vector longer than %1 characters at position %2</source>
        <translation>Vektor länger als %1 Zeichen an Position %2</translation>
    </message>
    <message>
        <source>unexpected character (not printable ASCII) at position %2</source>
        <translation>unerwartetes Zeichen (kein druckbares ASCII) an Position %2</translation>
    </message>
    <message>
        <source>unknown prefix at position %2: expected CVSS:3.0/, CVSS:3.1/, CVSS:4.0/ or a CVSS v2.0 vector</source>
        <translation>unbekanntes Präfix an Position %2: erwartet CVSS:3.0/, CVSS:3.1/, CVSS:4.0/ oder einen CVSS-v2.0-Vektor</translation>
    </message>
    <message>
        <source>unbalanced parenthesis at position %2</source>
        <translation>unausgeglichene Klammer an Position %2</translation>
    </message>
    <message>
        <source>empty metric at position %2</source>
        <translation>leere Metrik an Position %2</translation>
    </message>
    <message>
        <source>“%3” at position %2 is not of the form METRIC:VALUE</source>
        <translation>„%3“ an Position %2 hat nicht die Form METRIK:WERT</translation>
    </message>
    <message>
        <source>unknown metric “%3” at position %2</source>
        <translation>unbekannte Metrik „%3“ an Position %2</translation>
    </message>
    <message>
        <source>metric %1: unknown value “%3” at position %2</source>
        <translation>Metrik %1: unbekannter Wert „%3“ an Position %2</translation>
    </message>
    <message>
        <source>metric %1 given twice (again at position %2)</source>
        <translation>Metrik %1 doppelt angegeben (erneut an Position %2)</translation>
    </message>
    <message>
        <source>metric %1 at position %2 must come before %4</source>
        <translation>Metrik %1 an Position %2 muss vor %4 stehen</translation>
    </message>
    <message>
        <source>mandatory metric %1 is missing</source>
        <translation>Pflichtmetrik %1 fehlt</translation>
    </message>
    <message>
        <source>trailing “/” at position %2</source>
        <translation>abschließendes „/“ an Position %2</translation>
    </message>
</context>
<context>
    <name>CvssMetricCatalog</name>
    <message>
        <source>Attack Vector</source>
        <translation>Angriffsvektor</translation>
    </message>
    <message>
        <source>How remote the attacker can be to exploit the vulnerability.</source>
        <translation>Wie weit entfernt der Angreifer sein kann, um die Schwachstelle auszunutzen.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Exploitable over the network, including the internet.</source>
        <translation>Über das Netzwerk ausnutzbar, einschließlich des Internets.</translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation>Benachbart</translation>
    </message>
    <message>
        <source>Needs a shared physical or logical network, such as a LAN or Bluetooth.</source>
        <translation>Erfordert ein gemeinsames physisches oder logisches Netz, etwa ein LAN oder Bluetooth.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Needs local access, a local account or a user opening a file.</source>
        <translation>Erfordert lokalen Zugriff, ein lokales Konto oder einen Benutzer, der eine Datei öffnet.</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>The attacker must touch or manipulate the device.</source>
        <translation>Der Angreifer muss das Gerät berühren oder manipulieren.</translation>
    </message>
    <message>
        <source>Attack Complexity</source>
        <translation>Angriffskomplexität</translation>
    </message>
    <message>
        <source>Conditions beyond the attacker's control that must hold for success.</source>
        <translation>Bedingungen außerhalb der Kontrolle des Angreifers, die für den Erfolg erfüllt sein müssen.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>No special conditions; repeatable success.</source>
        <translation>Keine besonderen Bedingungen; wiederholbarer Erfolg.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Success depends on conditions the attacker must prepare or evade.</source>
        <translation>Der Erfolg hängt von Bedingungen ab, die der Angreifer herbeiführen oder umgehen muss.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Some special conditions are needed.</source>
        <translation>Einige besondere Bedingungen sind erforderlich.</translation>
    </message>
    <message>
        <source>Attack Requirements</source>
        <translation>Angriffsvoraussetzungen</translation>
    </message>
    <message>
        <source>Deployment or execution conditions of the vulnerable system.</source>
        <translation>Einsatz- oder Ausführungsbedingungen des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Works regardless of deployment and execution conditions.</source>
        <translation>Funktioniert unabhängig von Einsatz- und Ausführungsbedingungen.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Needs a specific condition, such as a race being won.</source>
        <translation>Erfordert eine bestimmte Bedingung, etwa eine gewonnene Race Condition.</translation>
    </message>
    <message>
        <source>Privileges Required</source>
        <translation>Erforderliche Berechtigungen</translation>
    </message>
    <message>
        <source>Privileges the attacker needs before the attack.</source>
        <translation>Berechtigungen, die der Angreifer vor dem Angriff benötigt.</translation>
    </message>
    <message>
        <source>No authorization needed.</source>
        <translation>Keine Autorisierung erforderlich.</translation>
    </message>
    <message>
        <source>Basic user privileges.</source>
        <translation>Einfache Benutzerberechtigungen.</translation>
    </message>
    <message>
        <source>Administrative or similarly significant privileges.</source>
        <translation>Administrative oder vergleichbar weitreichende Berechtigungen.</translation>
    </message>
    <message>
        <source>User Interaction</source>
        <translation>Benutzerinteraktion</translation>
    </message>
    <message>
        <source>Whether someone other than the attacker must take part.</source>
        <translation>Ob außer dem Angreifer noch jemand mitwirken muss.</translation>
    </message>
    <message>
        <source>No user action needed.</source>
        <translation>Keine Benutzeraktion erforderlich.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>A user must take some action.</source>
        <translation>Ein Benutzer muss eine Aktion ausführen.</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Limited, involuntary interaction by a user.</source>
        <translation>Begrenzte, unfreiwillige Interaktion eines Benutzers.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>A user must deliberately act, e.g. install or click through warnings.</source>
        <translation>Ein Benutzer muss bewusst handeln, z. B. etwas installieren oder Warnungen wegklicken.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Auswirkungsbereich</translation>
    </message>
    <message>
        <source>Whether the impact reaches beyond the vulnerable component's security authority.</source>
        <translation>Ob die Auswirkung über den Sicherheitsbereich der verwundbaren Komponente hinausreicht.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Only the vulnerable component's authority is affected.</source>
        <translation>Nur der Sicherheitsbereich der verwundbaren Komponente ist betroffen.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <source>Components governed by another authority are affected too.</source>
        <translation>Auch Komponenten in einem anderen Sicherheitsbereich sind betroffen.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How often the attacker must authenticate.</source>
        <translation>Wie oft sich der Angreifer authentifizieren muss.</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <source>Two or more authentications.</source>
        <translation>Zwei oder mehr Authentifizierungen.</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>One authentication.</source>
        <translation>Eine Authentifizierung.</translation>
    </message>
    <message>
        <source>No authentication.</source>
        <translation>Keine Authentifizierung.</translation>
    </message>
    <message>
        <source>Confidentiality Impact</source>
        <translation>Auswirkung auf die Vertraulichkeit</translation>
    </message>
    <message>
        <source>Impact on the confidentiality of information.</source>
        <translation>Auswirkung auf die Vertraulichkeit von Informationen.</translation>
    </message>
    <message>
        <source>No impact.</source>
        <translation>Keine Auswirkung.</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Considerable disclosure.</source>
        <translation>Erhebliche Offenlegung.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Total disclosure.</source>
        <translation>Vollständige Offenlegung.</translation>
    </message>
    <message>
        <source>Integrity Impact</source>
        <translation>Auswirkung auf die Integrität</translation>
    </message>
    <message>
        <source>Impact on the trustworthiness of information.</source>
        <translation>Auswirkung auf die Vertrauenswürdigkeit von Informationen.</translation>
    </message>
    <message>
        <source>Some modification possible.</source>
        <translation>Einige Änderungen möglich.</translation>
    </message>
    <message>
        <source>Total compromise of integrity.</source>
        <translation>Vollständige Kompromittierung der Integrität.</translation>
    </message>
    <message>
        <source>Availability Impact</source>
        <translation>Auswirkung auf die Verfügbarkeit</translation>
    </message>
    <message>
        <source>Impact on the availability of the system.</source>
        <translation>Auswirkung auf die Verfügbarkeit des Systems.</translation>
    </message>
    <message>
        <source>Reduced performance or interruptions.</source>
        <translation>Verringerte Leistung oder Unterbrechungen.</translation>
    </message>
    <message>
        <source>Total shutdown.</source>
        <translation>Vollständiger Ausfall.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Impact on the confidentiality of the information the component manages.</source>
        <translation>Auswirkung auf die Vertraulichkeit der von der Komponente verwalteten Informationen.</translation>
    </message>
    <message>
        <source>Total loss of confidentiality.</source>
        <translation>Vollständiger Verlust der Vertraulichkeit.</translation>
    </message>
    <message>
        <source>Some loss of confidentiality.</source>
        <translation>Teilweiser Verlust der Vertraulichkeit.</translation>
    </message>
    <message>
        <source>No loss of confidentiality.</source>
        <translation>Kein Verlust der Vertraulichkeit.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Impact on the trustworthiness and veracity of information.</source>
        <translation>Auswirkung auf die Vertrauenswürdigkeit und Richtigkeit von Informationen.</translation>
    </message>
    <message>
        <source>Total loss of integrity.</source>
        <translation>Vollständiger Verlust der Integrität.</translation>
    </message>
    <message>
        <source>Limited modification of data.</source>
        <translation>Begrenzte Veränderung von Daten.</translation>
    </message>
    <message>
        <source>No loss of integrity.</source>
        <translation>Kein Verlust der Integrität.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Impact on the availability of the component.</source>
        <translation>Auswirkung auf die Verfügbarkeit der Komponente.</translation>
    </message>
    <message>
        <source>Total loss of availability.</source>
        <translation>Vollständiger Verlust der Verfügbarkeit.</translation>
    </message>
    <message>
        <source>No impact on availability.</source>
        <translation>Keine Auswirkung auf die Verfügbarkeit.</translation>
    </message>
    <message>
        <source>Confidentiality (vulnerable system)</source>
        <translation>Vertraulichkeit (verwundbares System)</translation>
    </message>
    <message>
        <source>Confidentiality impact on the vulnerable system.</source>
        <translation>Auswirkung auf die Vertraulichkeit des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>Integrity (vulnerable system)</source>
        <translation>Integrität (verwundbares System)</translation>
    </message>
    <message>
        <source>Integrity impact on the vulnerable system.</source>
        <translation>Auswirkung auf die Integrität des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>Availability (vulnerable system)</source>
        <translation>Verfügbarkeit (verwundbares System)</translation>
    </message>
    <message>
        <source>Availability impact on the vulnerable system.</source>
        <translation>Auswirkung auf die Verfügbarkeit des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>Confidentiality (subsequent systems)</source>
        <translation>Vertraulichkeit (nachgelagerte Systeme)</translation>
    </message>
    <message>
        <source>Confidentiality impact on systems beyond the vulnerable one.</source>
        <translation>Auswirkung auf die Vertraulichkeit von Systemen außerhalb des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>Integrity (subsequent systems)</source>
        <translation>Integrität (nachgelagerte Systeme)</translation>
    </message>
    <message>
        <source>Integrity impact on systems beyond the vulnerable one.</source>
        <translation>Auswirkung auf die Integrität von Systemen außerhalb des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Funktionale Sicherheit</translation>
    </message>
    <message>
        <source>Exploitation can cause physical harm (IEC 61508 categories).</source>
        <translation>Die Ausnutzung kann physische Schäden verursachen (Kategorien nach IEC 61508).</translation>
    </message>
    <message>
        <source>Availability (subsequent systems)</source>
        <translation>Verfügbarkeit (nachgelagerte Systeme)</translation>
    </message>
    <message>
        <source>Availability impact on systems beyond the vulnerable one.</source>
        <translation>Auswirkung auf die Verfügbarkeit von Systemen außerhalb des verwundbaren Systems.</translation>
    </message>
    <message>
        <source>Exploit Maturity</source>
        <translation>Reifegrad des Exploits</translation>
    </message>
    <message>
        <source>How likely the vulnerability is to be attacked, from threat intelligence.</source>
        <translation>Wie wahrscheinlich ein Angriff auf die Schwachstelle ist, laut Threat Intelligence.</translation>
    </message>
    <message>
        <source>Not Defined</source>
        <translation>Nicht definiert</translation>
    </message>
    <message>
        <source>Assume the worst case (Attacked).</source>
        <translation>Den ungünstigsten Fall annehmen (Angegriffen).</translation>
    </message>
    <message>
        <source>Attacked</source>
        <translation>Angegriffen</translation>
    </message>
    <message>
        <source>Attacks have been reported or exploit tools are available.</source>
        <translation>Angriffe wurden gemeldet oder Exploit-Werkzeuge sind verfügbar.</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>POC</translation>
    </message>
    <message>
        <source>Proof-of-concept exploit code is public, no attacks known.</source>
        <translation>Proof-of-Concept-Exploitcode ist öffentlich, keine Angriffe bekannt.</translation>
    </message>
    <message>
        <source>Unreported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Neither proof of concept nor attacks are known.</source>
        <translation>Weder Proof of Concept noch Angriffe sind bekannt.</translation>
    </message>
    <message>
        <source>Exploit Code Maturity</source>
        <translation>Reifegrad des Exploit-Codes</translation>
    </message>
    <message>
        <source>The state of exploit techniques and code.</source>
        <translation>Der Stand von Exploit-Techniken und -Code.</translation>
    </message>
    <message>
        <source>No influence on the score.</source>
        <translation>Kein Einfluss auf den Wert.</translation>
    </message>
    <message>
        <source>Functional autonomous code exists, or no exploit is needed.</source>
        <translation>Funktionsfähiger autonomer Code existiert oder kein Exploit ist nötig.</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktionsfähig</translation>
    </message>
    <message>
        <source>Functional exploit code is available.</source>
        <translation>Funktionsfähiger Exploit-Code ist verfügbar.</translation>
    </message>
    <message>
        <source>Proof-of-Concept</source>
        <translation>Proof of Concept</translation>
    </message>
    <message>
        <source>Proof-of-concept code exists.</source>
        <translation>Proof-of-Concept-Code existiert.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Unbewiesen</translation>
    </message>
    <message>
        <source>No exploit code is available.</source>
        <translation>Kein Exploit-Code verfügbar.</translation>
    </message>
    <message>
        <source>Remediation Level</source>
        <translation>Stand der Behebung</translation>
    </message>
    <message>
        <source>How far a fix or workaround is available.</source>
        <translation>Inwieweit eine Korrektur oder Umgehungslösung verfügbar ist.</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>No solution is available.</source>
        <translation>Keine Lösung verfügbar.</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Umgehungslösung</translation>
    </message>
    <message>
        <source>An unofficial, non-vendor solution exists.</source>
        <translation>Eine inoffizielle Lösung, nicht vom Hersteller, existiert.</translation>
    </message>
    <message>
        <source>Temporary Fix</source>
        <translation>Vorläufige Korrektur</translation>
    </message>
    <message>
        <source>An official but temporary fix exists.</source>
        <translation>Eine offizielle, aber vorläufige Korrektur existiert.</translation>
    </message>
    <message>
        <source>Official Fix</source>
        <translation>Offizielle Korrektur</translation>
    </message>
    <message>
        <source>A complete vendor solution is available.</source>
        <translation>Eine vollständige Herstellerlösung ist verfügbar.</translation>
    </message>
    <message>
        <source>Report Confidence</source>
        <translation>Vertrauenswürdigkeit der Meldung</translation>
    </message>
    <message>
        <source>Confidence in the existence and technical details of the vulnerability.</source>
        <translation>Vertrauen in die Existenz und die technischen Details der Schwachstelle.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Detailed reports exist or the vendor confirmed it.</source>
        <translation>Ausführliche Berichte liegen vor oder der Hersteller hat sie bestätigt.</translation>
    </message>
    <message>
        <source>Reasonable</source>
        <translation>Plausibel</translation>
    </message>
    <message>
        <source>Significant details are published, root cause not fully known.</source>
        <translation>Wesentliche Details sind veröffentlicht, die Ursache ist nicht vollständig bekannt.</translation>
    </message>
    <message>
        <source>Uncorroborated</source>
        <translation>Nicht untermauert</translation>
    </message>
    <message>
        <source>Multiple unofficial sources, possibly conflicting.</source>
        <translation>Mehrere inoffizielle, möglicherweise widersprüchliche Quellen.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reports of impact exist, the cause is unknown.</source>
        <translation>Berichte über Auswirkungen liegen vor, die Ursache ist unbekannt.</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>A single unconfirmed source or rumour.</source>
        <translation>Eine einzelne unbestätigte Quelle oder ein Gerücht.</translation>
    </message>
    <message>
        <source>Confidentiality Requirement</source>
        <translation>Vertraulichkeitsanforderung</translation>
    </message>
    <message>
        <source>How much confidentiality matters for this deployment.</source>
        <translation>Wie wichtig Vertraulichkeit in dieser Einsatzumgebung ist.</translation>
    </message>
    <message>
        <source>Default weight.</source>
        <translation>Standardgewichtung.</translation>
    </message>
    <message>
        <source>Loss would be catastrophic.</source>
        <translation>Ein Verlust wäre katastrophal.</translation>
    </message>
    <message>
        <source>Loss would be serious.</source>
        <translation>Ein Verlust wäre schwerwiegend.</translation>
    </message>
    <message>
        <source>Loss would have a limited effect.</source>
        <translation>Ein Verlust hätte begrenzte Folgen.</translation>
    </message>
    <message>
        <source>Integrity Requirement</source>
        <translation>Integritätsanforderung</translation>
    </message>
    <message>
        <source>How much integrity matters for this deployment.</source>
        <translation>Wie wichtig Integrität in dieser Einsatzumgebung ist.</translation>
    </message>
    <message>
        <source>Availability Requirement</source>
        <translation>Verfügbarkeitsanforderung</translation>
    </message>
    <message>
        <source>How much availability matters for this deployment.</source>
        <translation>Wie wichtig Verfügbarkeit in dieser Einsatzumgebung ist.</translation>
    </message>
    <message>
        <source>Collateral Damage Potential</source>
        <translation>Kollateralschadenspotenzial</translation>
    </message>
    <message>
        <source>Potential for loss of life, property or revenue.</source>
        <translation>Potenzial für den Verlust von Leben, Sachwerten oder Umsatz.</translation>
    </message>
    <message>
        <source>No potential.</source>
        <translation>Kein Potenzial.</translation>
    </message>
    <message>
        <source>Light loss.</source>
        <translation>Geringer Verlust.</translation>
    </message>
    <message>
        <source>Low-Medium</source>
        <translation>Niedrig-Mittel</translation>
    </message>
    <message>
        <source>Moderate loss.</source>
        <translation>Mäßiger Verlust.</translation>
    </message>
    <message>
        <source>Medium-High</source>
        <translation>Mittel-Hoch</translation>
    </message>
    <message>
        <source>Significant loss.</source>
        <translation>Erheblicher Verlust.</translation>
    </message>
    <message>
        <source>Catastrophic loss.</source>
        <translation>Katastrophaler Verlust.</translation>
    </message>
    <message>
        <source>Target Distribution</source>
        <translation>Zielverteilung</translation>
    </message>
    <message>
        <source>Share of systems in the environment that are vulnerable.</source>
        <translation>Anteil der verwundbaren Systeme in der Umgebung.</translation>
    </message>
    <message>
        <source>No targets.</source>
        <translation>Keine Ziele.</translation>
    </message>
    <message>
        <source>Up to 25 %.</source>
        <translation>Bis zu 25 %.</translation>
    </message>
    <message>
        <source>26 % to 75 %.</source>
        <translation>26 % bis 75 %.</translation>
    </message>
    <message>
        <source>76 % to 100 %.</source>
        <translation>76 % bis 100 %.</translation>
    </message>
    <message>
        <source>Automatable</source>
        <translation>Automatisierbar</translation>
    </message>
    <message>
        <source>Whether all steps of an attack can be automated.</source>
        <translation>Ob sich alle Schritte eines Angriffs automatisieren lassen.</translation>
    </message>
    <message>
        <source>Not assessed.</source>
        <translation>Nicht bewertet.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Some step cannot be automated.</source>
        <translation>Mindestens ein Schritt lässt sich nicht automatisieren.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Reconnaissance to exploitation can be automated.</source>
        <translation>Von der Aufklärung bis zur Ausnutzung lässt sich alles automatisieren.</translation>
    </message>
    <message>
        <source>Whether exploitation can harm people (supplemental).</source>
        <translation>Ob die Ausnutzung Menschen schaden kann (ergänzend).</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Vernachlässigbar</translation>
    </message>
    <message>
        <source>Negligible safety impact.</source>
        <translation>Vernachlässigbare Auswirkung auf die Sicherheit.</translation>
    </message>
    <message>
        <source>Safety impact above negligible.</source>
        <translation>Mehr als vernachlässigbare Auswirkung auf die Sicherheit.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>How well the system recovers after an attack.</source>
        <translation>Wie gut sich das System nach einem Angriff erholt.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Recovers by itself.</source>
        <translation>Erholt sich selbstständig.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Needs manual intervention.</source>
        <translation>Erfordert manuelles Eingreifen.</translation>
    </message>
    <message>
        <source>Irrecoverable</source>
        <translation>Nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>Cannot be recovered.</source>
        <translation>Kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Value Density</source>
        <translation>Wertdichte</translation>
    </message>
    <message>
        <source>Resources an attacker gains with one exploitation.</source>
        <translation>Ressourcen, die ein Angreifer mit einer einzigen Ausnutzung erlangt.</translation>
    </message>
    <message>
        <source>Diffuse</source>
        <translation>Diffus</translation>
    </message>
    <message>
        <source>Limited resources.</source>
        <translation>Begrenzte Ressourcen.</translation>
    </message>
    <message>
        <source>Concentrated</source>
        <translation>Konzentriert</translation>
    </message>
    <message>
        <source>Rich resources.</source>
        <translation>Umfangreiche Ressourcen.</translation>
    </message>
    <message>
        <source>Vulnerability Response Effort</source>
        <translation>Aufwand der Schwachstellenbehandlung</translation>
    </message>
    <message>
        <source>Effort for consumers to respond.</source>
        <translation>Aufwand für Anwender, um zu reagieren.</translation>
    </message>
    <message>
        <source>Little effort.</source>
        <translation>Geringer Aufwand.</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Some effort.</source>
        <translation>Gewisser Aufwand.</translation>
    </message>
    <message>
        <source>Significant effort.</source>
        <translation>Erheblicher Aufwand.</translation>
    </message>
    <message>
        <source>Provider Urgency</source>
        <translation>Dringlichkeit laut Anbieter</translation>
    </message>
    <message>
        <source>Urgency the provider assigns (supplemental).</source>
        <translation>Vom Anbieter zugewiesene Dringlichkeit (ergänzend).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Low urgency.</source>
        <translation>Geringe Dringlichkeit.</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Reduced urgency.</source>
        <translation>Verringerte Dringlichkeit.</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Moderate urgency.</source>
        <translation>Mäßige Dringlichkeit.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Highest urgency.</source>
        <translation>Höchste Dringlichkeit.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Temporal</source>
        <translation>Zeitlich</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Supplemental</source>
        <translation>Ergänzend</translation>
    </message>
    <message>
        <source>Modified %1</source>
        <translation>%1 (modifiziert)</translation>
    </message>
    <message>
        <source>%1 Overrides the base metric for this environment; Not Defined keeps the base value.</source>
        <translation>%1 Überschreibt die Basismetrik für diese Umgebung; „Nicht definiert“ behält den Basiswert bei.</translation>
    </message>
    <message>
        <source>Use the base metric's value.</source>
        <translation>Den Wert der Basismetrik verwenden.</translation>
    </message>
</context>
<context>
    <name>CvssSeverity</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PSIRT Desk database: %2</source>
        <translation>„%1“ ist keine PSIRT-Desk-Datenbank: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid postgresql:// URL.</source>
        <translation>„%1“ ist keine gültige postgresql://-URL.</translation>
    </message>
    <message>
        <source>Unsupported connection option “%1”.</source>
        <translation>Nicht unterstützte Verbindungsoption „%1“.</translation>
    </message>
    <message>
        <source>Invalid value for “%1”.</source>
        <translation>Ungültiger Wert für „%1“.</translation>
    </message>
</context>
<context>
    <name>DeadlineICalendar</name>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>%1 — policy %2, state %3 as of %4 UTC.</source>
        <translation>%1 – Richtlinie %2, Stand %3 am %4 UTC.</translation>
    </message>
    <message>
        <source>Embargo ends %1.</source>
        <translation>Embargo endet %1.</translation>
    </message>
    <message>
        <source>Negotiated: %1</source>
        <translation>Vereinbart: %1</translation>
    </message>
    <message>
        <source>embargo ends</source>
        <translation>Embargo endet</translation>
    </message>
    <message>
        <source>This is not an iCalendar document.</source>
        <translation>Dies ist kein iCalendar-Dokument.</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Fall #%1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>List the SLA deadlines of every open case</source>
        <translation>Die SLA-Fristen aller offenen Fälle auflisten</translation>
    </message>
    <message>
        <source>The case database (file or postgresql:// URL).</source>
        <translation>Die Falldatenbank (Datei oder postgresql://-URL).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Output format: tsv (default), json or ics.</source>
        <translation>Ausgabeformat: tsv (Standard), json oder ics.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Evaluate as of this instant (ISO 8601; default: the current time).</source>
        <translation>Zu diesem Zeitpunkt auswerten (ISO 8601; Standard: die aktuelle Zeit).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Missing --database.</source>
        <translation>--database fehlt.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use %2.</source>
        <translation>Unbekanntes Format „%1“; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>--now: “%1” is not an ISO 8601 date and time.</source>
        <translation>--now: „%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>Prints each deadline of each open case (or of the cases given with --case) under the case's policy and the team's calendar and time zone: case (tracking id or #id), clock, deadline (ISO 8601, UTC), state.</source>
        <translation>Gibt jede Frist jedes offenen Falls (oder der mit --case angegebenen Fälle) nach der Richtlinie des Falls und dem Kalender und der Zeitzone des Teams aus: Fall (Vorgangsnummer oder #id), Frist, Termin (ISO 8601, UTC), Zustand.</translation>
    </message>
    <message>
        <source>Only this case (tracking id, or database number); repeatable.</source>
        <translation>Nur dieser Fall (Vorgangsnummer oder Datenbanknummer); wiederholbar.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>FALL</translation>
    </message>
    <message>
        <source>No case “%1” in this database.</source>
        <translation>Kein Fall „%1“ in dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>DemoDatabaseJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>„%1“ kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo cases must be between 0 and %1.</source>
        <translation>Die Zahl der Demo-Fälle muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The demo data needs a valid “now”.</source>
        <translation>Die Demo-Daten brauchen ein gültiges „jetzt“.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data goes into an empty database; this one already holds %n case(s).</source>
        <translation><numerusform>Demo-Daten kommen in eine leere Datenbank; diese enthält bereits %n Fall.</numerusform><numerusform>Demo-Daten kommen in eine leere Datenbank; diese enthält bereits %n Fälle.</numerusform></translation>
    </message>
</context>
<context>
    <name>DisclosurePolicy</name>
    <message>
        <source>Unknown case event “%1”.</source>
        <translation>Unbekanntes Fallereignis „%1“.</translation>
    </message>
    <message>
        <source>This policy was saved by a newer PSIRT Desk.</source>
        <translation>Diese Richtlinie wurde von einer neueren PSIRT-Desk-Version gespeichert.</translation>
    </message>
    <message>
        <source>A policy needs an id of 1 to 64 characters.</source>
        <translation>Eine Richtlinie braucht eine Kennung aus 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>Every clock needs its own id of 1 to 64 characters.</source>
        <translation>Jede Frist braucht eine eigene Kennung aus 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>Clock “%1” needs a duration between 0 and 3660.</source>
        <translation>Frist „%1“ braucht eine Dauer zwischen 0 und 3660.</translation>
    </message>
    <message>
        <source>Clock “%1” has an unknown unit.</source>
        <translation>Frist „%1“ hat eine unbekannte Einheit.</translation>
    </message>
    <message>
        <source>Clock “%1” has an unknown start event.</source>
        <translation>Frist „%1“ hat ein unbekanntes Startereignis.</translation>
    </message>
    <message>
        <source>Clock “%1” has a negative “due soon” threshold.</source>
        <translation>Frist „%1“ hat eine negative „bald fällig“-Schwelle.</translation>
    </message>
    <message>
        <source>The embargo clock “%1” is not a clock of the policy.</source>
        <translation>Die Embargofrist „%1“ gehört nicht zur Richtlinie.</translation>
    </message>
    <message>
        <source>ISO/IEC 29147: 5 / 15 business days, 90-day disclosure</source>
        <translation>ISO/IEC 29147: 5 / 15 Werktage, Offenlegung nach 90 Tagen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge receipt within 5 business days and issue a unique tracking id.</source>
        <translation>Eingang innerhalb von 5 Werktagen bestätigen und eine eindeutige Vorgangsnummer vergeben.</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Give an initial assessment of severity and impact within 15 business days.</source>
        <translation>Innerhalb von 15 Werktagen eine erste Einschätzung von Schweregrad und Auswirkung geben.</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>Offenlegen</translation>
    </message>
    <message>
        <source>The reporter withholds disclosure until the issue is resolved or 90 days after the report, whichever is earlier.</source>
        <translation>Die meldende Person hält die Offenlegung zurück, bis das Problem behoben ist oder 90 Tage nach der Meldung, je nachdem, was früher eintritt.</translation>
    </message>
    <message>
        <source>Give regular progress updates with an estimated completion date.</source>
        <translation>Regelmäßig über den Fortschritt mit voraussichtlichem Abschlussdatum informieren.</translation>
    </message>
    <message>
        <source>Prioritise remediation by severity and impact.</source>
        <translation>Behebung nach Schweregrad und Auswirkung priorisieren.</translation>
    </message>
    <message>
        <source>Share the reporter's identifying information only with consent.</source>
        <translation>Identifizierende Angaben der meldenden Person nur mit Einwilligung weitergeben.</translation>
    </message>
    <message>
        <source>PSIRT: respond in 7 working days, 90-day remediation</source>
        <translation>PSIRT: Antwort in 7 Arbeitstagen, Behebung in 90 Tagen</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Respond to the report within 7 working days.</source>
        <translation>Innerhalb von 7 Arbeitstagen auf die Meldung antworten.</translation>
    </message>
    <message>
        <source>Remediate</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Remediation typically takes up to 90 days; it may take longer.</source>
        <translation>Die Behebung dauert in der Regel bis zu 90 Tage, mitunter länger.</translation>
    </message>
    <message>
        <source>Issue a security advisory when the severity is CRITICAL, the response process is complete and sufficient mitigations are available.</source>
        <translation>Ein Sicherheits-Advisory veröffentlichen, wenn der Schweregrad KRITISCH ist, der Prozess abgeschlossen ist und ausreichende Gegenmaßnahmen verfügbar sind.</translation>
    </message>
    <message>
        <source>Expedite the advisory when the vulnerability is actively exploited or raises public concern, with or without a full fix.</source>
        <translation>Das Advisory beschleunigen, wenn die Schwachstelle aktiv ausgenutzt wird oder öffentliche Besorgnis auslöst, mit oder ohne vollständige Korrektur.</translation>
    </message>
    <message>
        <source>The disclosure date is negotiated with the reporter.</source>
        <translation>Das Offenlegungsdatum wird mit der meldenden Person vereinbart.</translation>
    </message>
    <message>
        <source>End-of-life and obsolete products get security updates for 1 year after the EOL/OBS date.</source>
        <translation>Produkte mit End of Life oder abgekündigte Produkte erhalten ab dem EOL/OBS-Datum 1 Jahr lang Sicherheitsupdates.</translation>
    </message>
    <message>
        <source>Unknown policy “%1” (known: %2).</source>
        <translation>Unbekannte Richtlinie „%1“ (bekannt: %2).</translation>
    </message>
</context>
<context>
    <name>Embargo</name>
    <message>
        <source>no embargo</source>
        <translation>kein Embargo</translation>
    </message>
    <message>
        <source>%1 %2 (%3 UTC)</source>
        <translation>%1 %2 (%3 UTC)</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Meldende Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 due %2 (%3 UTC) — %4</source>
        <translation>%1 fällig %2 (%3 UTC) – %4</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Filter by id, title, product, reporter, owner</source>
        <translation>Nach Nummer, Titel, Produkt, Meldender, Zuständigkeit filtern</translation>
    </message>
    <message>
        <source>Search description and steps</source>
        <translation>Beschreibung und Schritte durchsuchen</translation>
    </message>
    <message>
        <source>Full-text search over title, description and steps to reproduce; the last word matches as a prefix.</source>
        <translation>Volltextsuche in Titel, Beschreibung und Reproduktionsschritten; das letzte Wort passt auch als Wortanfang.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>IntakeChannel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Encrypted e-mail (OpenPGP)</source>
        <translation>Verschlüsselte E-Mail (OpenPGP)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Partner or CERT</source>
        <translation>Partner oder CERT</translation>
    </message>
    <message>
        <source>Internal finding</source>
        <translation>Interner Fund</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PSIRT Desk</source>
        <translation>PSIRT Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;Neue Meldung …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>&amp;Team-Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>PostgreSQL URL (postgresql://user@host:port/database):</source>
        <translation>PostgreSQL-URL (postgresql://benutzer@host:port/datenbank):</translation>
    </message>
    <message>
        <source>&amp;Create Database…</source>
        <translation>Datenbank &amp;anlegen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Filter Inbox</source>
        <translation>Eingang &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Search Reports</source>
        <translation>Meldungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>Zum &amp;Eingang</translation>
    </message>
    <message>
        <source>Go to &amp;Case</source>
        <translation>Zum &amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PSIRT Desk</source>
        <translation>&amp;Über PSIRT Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>%1 — PSIRT Desk</source>
        <translation>%1 – PSIRT Desk</translation>
    </message>
    <message>
        <source>Open Case Database</source>
        <translation>Falldatenbank öffnen</translation>
    </message>
    <message>
        <source>PSIRT Desk databases (*.psirtdesk *.sqlite *.db)</source>
        <translation>PSIRT-Desk-Datenbanken (*.psirtdesk *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create Case Database</source>
        <translation>Falldatenbank anlegen</translation>
    </message>
    <message>
        <source>PSIRT Desk databases (*.psirtdesk)</source>
        <translation>PSIRT-Desk-Datenbanken (*.psirtdesk)</translation>
    </message>
    <message>
        <source>“%1” already exists; open it instead.</source>
        <translation>„%1“ existiert bereits; öffnen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Report logged. Acknowledge it to issue its tracking id.</source>
        <translation>Meldung erfasst. Bestätigen Sie sie, um die Vorgangsnummer zu vergeben.</translation>
    </message>
    <message>
        <source>%1 shown · %2 cases · %3 unread</source>
        <translation>%1 angezeigt · %2 Fälle · %3 ungelesen</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Show I&amp;nbox</source>
        <translation>E&amp;ingang zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Timeline</source>
        <translation>&amp;Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Eingang</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>%1 breached · %2 due soon</source>
        <translation>%1 überschritten · %2 bald fällig</translation>
    </message>
    <message>
        <source>&amp;Export Deadlines as iCalendar…</source>
        <translation>Fristen als iCalendar &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Disclosure Policy and Calendar…</source>
        <translation>&amp;Offenlegungsrichtlinie und Kalender …</translation>
    </message>
    <message>
        <source>Export Deadlines</source>
        <translation>Fristen exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Deadlines of all open cases written to %1.</source>
        <translation>Fristen aller offenen Fälle nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>This build has no iCalendar support (KF6 CalendarCore).</source>
        <translation>Dieser Build unterstützt kein iCalendar (KF6 CalendarCore).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writes the SLA and embargo deadlines of all open cases to an .ics file</source>
        <translation>Schreibt die SLA- und Embargo-Fristen aller offenen Fälle in eine .ics-Datei</translation>
    </message>
    <message>
        <source>Export Deadlines of &amp;Selected Cases…</source>
        <translation>Fristen der &amp;ausgewählten Fälle exportieren…</translation>
    </message>
    <message>
        <source>Writes the deadlines of the cases selected in the inbox</source>
        <translation>Schreibt die Fristen der im Eingang ausgewählten Fälle</translation>
    </message>
    <message>
        <source>Select one or more cases in the inbox first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Fälle im Eingang aus.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines of %n selected case(s) written to %1.</source>
        <translation><numerusform>Fristen von %n ausgewähltem Fall nach %1 geschrieben.</numerusform><numerusform>Fristen von %n ausgewählten Fällen nach %1 geschrieben.</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot prepare the schema: %1</source>
        <translation>Das Schema kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this PSIRT Desk understands (%2). Update PSIRT Desk.</source>
        <translation>Diese Datenbank hat die Schemaversion %1, neuer als diese PSIRT-Desk-Version versteht (%2). Aktualisieren Sie PSIRT Desk.</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>Consents to be credited</source>
        <translation>Stimmt der Namensnennung zu</translation>
    </message>
    <message>
        <source>Consents to their identity being shared</source>
        <translation>Stimmt der Weitergabe der Identität zu</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>Neue Meldung</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>Produktmodell</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>Software &amp;version</source>
        <translation>Software&amp;version</translation>
    </message>
    <message>
        <source>Reporter &amp;name</source>
        <translation>&amp;Name der meldenden Person</translation>
    </message>
    <message>
        <source>Reporter &amp;e-mail</source>
        <translation>&amp;E-Mail der meldenden Person</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Eingegangen</translation>
    </message>
    <message>
        <source>What is the vulnerability, and what can an attacker do with it?</source>
        <translation>Worin besteht die Schwachstelle, und was kann ein Angreifer damit tun?</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Steps to reproduce, or relevant observations</source>
        <translation>Schritte zur Reproduktion oder relevante Beobachtungen</translation>
    </message>
    <message>
        <source>&amp;Steps to reproduce</source>
        <translation>&amp;Schritte zur Reproduktion</translation>
    </message>
    <message>
        <source>Log Report</source>
        <translation>Meldung erfassen</translation>
    </message>
</context>
<context>
    <name>PolicySettingsDialog</name>
    <message>
        <source>SLA Policy Settings</source>
        <translation>SLA-Richtlinien-Einstellungen</translation>
    </message>
    <message>
        <source>Cannot read the stored policies: %1</source>
        <translation>Die gespeicherten Richtlinien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Systemzeitzone (%1)</translation>
    </message>
    <message>
        <source>Business-day &amp;calendar:</source>
        <translation>Geschäftstage-&amp;Kalender:</translation>
    </message>
    <message>
        <source>Team &amp;time zone:</source>
        <translation>&amp;Zeitzone des Teams:</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Deadline (local)</source>
        <translation>Termin (Ortszeit)</translation>
    </message>
    <message>
        <source>Deadline (UTC)</source>
        <translation>Termin (UTC)</translation>
    </message>
    <message>
        <source>What if a report arrived now?</source>
        <translation>Was wäre, wenn jetzt eine Meldung einginge?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Embargo ends</source>
        <translation>Embargo endet</translation>
    </message>
    <message>
        <source>Cannot save the SLA settings: %1</source>
        <translation>Die SLA-Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Pauses while the case waits on the reporter (Needs More Info)</source>
        <translation>&amp;Pausiert, solange der Fall auf die meldende Person wartet (Rückfrage)</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standards</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Disclosure &amp;policy for new cases:</source>
        <translation>Offenlegungs&amp;richtlinie für neue Fälle:</translation>
    </message>
    <message>
        <source>A case can follow another policy than the default: choose it in the case's Report tab. Deadlines are counted in the team's time zone and stored in UTC.</source>
        <translation>Ein Fall kann einer anderen Richtlinie als dem Standard folgen: Wählen Sie sie im Reiter „Meldung“ des Falls. Fristen werden in der Zeitzone des Teams gezählt und in UTC gespeichert.</translation>
    </message>
    <message>
        <source>&amp;New Copy</source>
        <translation>&amp;Neue Kopie</translation>
    </message>
    <message>
        <source>Starts a new policy from a copy of this one</source>
        <translation>Beginnt eine neue Richtlinie als Kopie dieser</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Reset to Preset</source>
        <translation>Auf &amp;Vorgabe zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Add Clock</source>
        <translation>Frist &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Cloc&amp;k</source>
        <translation>Frist ent&amp;fernen</translation>
    </message>
    <message>
        <source>Selected clock</source>
        <translation>Ausgewählte Frist</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> h vorher</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>&amp;Starts when the case is:</source>
        <translation>&amp;Beginnt, wenn der Fall ist:</translation>
    </message>
    <message>
        <source>Stops at the first of:</source>
        <translation>Endet beim ersten von:</translation>
    </message>
    <message>
        <source>Deadline moves earlier to:</source>
        <translation>Termin rückt vor auf:</translation>
    </message>
    <message>
        <source>&amp;Due soon from:</source>
        <translation>&amp;Bald fällig ab:</translation>
    </message>
    <message>
        <source>Policy &amp;name:</source>
        <translation>&amp;Name der Richtlinie:</translation>
    </message>
    <message>
        <source>&amp;Embargo ends with:</source>
        <translation>&amp;Embargo endet mit:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Name, e.g. company shutdown</source>
        <translation>Name, z. B. Betriebsruhe</translation>
    </message>
    <message>
        <source>&amp;Add Day</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Day</source>
        <translation>Tag ent&amp;fernen</translation>
    </message>
    <message>
        <source>Weekend days:</source>
        <translation>Wochenendtage:</translation>
    </message>
    <message>
        <source>Show &amp;year:</source>
        <translation>&amp;Jahr anzeigen:</translation>
    </message>
    <message>
        <source>No embargo from this policy</source>
        <translation>Kein Embargo aus dieser Richtlinie</translation>
    </message>
    <message>
        <source>A clock needs at least one event that stops it, and not the one that starts it.</source>
        <translation>Eine Frist braucht mindestens ein Ereignis, das sie anhält, und nicht dasjenige, das sie startet.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>The shipped presets cannot be deleted; reset them instead.</source>
        <translation>Die mitgelieferten Vorgaben können nicht gelöscht werden; setzen Sie sie stattdessen zurück.</translation>
    </message>
    <message>
        <source>This policy is the default for new cases; choose another default first.</source>
        <translation>Diese Richtlinie ist der Standard für neue Fälle; wählen Sie zuerst einen anderen Standard.</translation>
    </message>
    <message>
        <source>Only the shipped presets can be reset.</source>
        <translation>Nur die mitgelieferten Vorgaben können zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>New clock</source>
        <translation>Neue Frist</translation>
    </message>
    <message>
        <source>Calendar “%1”</source>
        <translation>Kalender „%1“</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>Mindestens ein Wochentag muss ein Arbeitstag sein.</translation>
    </message>
    <message>
        <source>Policy “%1”: %2</source>
        <translation>Richtlinie „%1“: %2</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>A stored document is damaged: %1</source>
        <translation>Ein gespeichertes Dokument ist beschädigt: %1</translation>
    </message>
    <message>
        <source>There is no policy “%1”.</source>
        <translation>Es gibt keine Richtlinie „%1“.</translation>
    </message>
    <message>
        <source>There is no calendar “%1”.</source>
        <translation>Es gibt keinen Kalender „%1“.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>End of Life</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Abgekündigt</translation>
    </message>
    <message>
        <source>“%1” is not in the product catalogue; check whether it is one of ours.</source>
        <translation>„%1“ steht nicht im Produktkatalog; prüfen Sie, ob es eines unserer Produkte ist.</translation>
    </message>
    <message>
        <source>“%1” is a third-party product and out of scope of the disclosure policy.</source>
        <translation>„%1“ ist ein Fremdprodukt und fällt nicht unter die Offenlegungsrichtlinie.</translation>
    </message>
    <message>
        <source>“%1” is %2; its security-update period ended on %3.</source>
        <translation>„%1“ ist %2; der Zeitraum für Sicherheitsupdates endete am %3.</translation>
    </message>
</context>
<context>
    <name>SetCaseFieldsCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SetScoreCommand</name>
    <message>
        <source>Apply CVSS %1</source>
        <translation>CVSS %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>SlaCommand</name>
    <message>
        <source>Compute the SLA clocks and embargo of a case under a disclosure policy</source>
        <translation>Die SLA-Fristen und das Embargo eines Falls nach einer Offenlegungsrichtlinie berechnen</translation>
    </message>
    <message>
        <source>Prints each clock of the policy as: clock, deadline (ISO 8601, UTC), state.</source>
        <translation>Gibt jede Frist der Richtlinie aus als: Frist, Termin (ISO 8601, UTC), Zustand.</translation>
    </message>
    <message>
        <source>List the policies and calendars, then exit.</source>
        <translation>Richtlinien und Kalender auflisten und beenden.</translation>
    </message>
    <message>
        <source>Disclosure policy, by id or name.</source>
        <translation>Offenlegungsrichtlinie, nach Kennung oder Name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Business-day calendar (US, CN, …).</source>
        <translation>Werktagskalender (US, CN, …).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>The team's time zone (IANA id, e.g. Europe/Berlin).</source>
        <translation>Die Zeitzone des Teams (IANA-Kennung, z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>When the report was received.</source>
        <translation>Wann die Meldung einging.</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>When the report was acknowledged.</source>
        <translation>Wann die Meldung bestätigt wurde.</translation>
    </message>
    <message>
        <source>When triage began.</source>
        <translation>Wann die Triage begann.</translation>
    </message>
    <message>
        <source>When the initial assessment was given.</source>
        <translation>Wann die erste Einschätzung gegeben wurde.</translation>
    </message>
    <message>
        <source>When the issue was resolved.</source>
        <translation>Wann das Problem behoben wurde.</translation>
    </message>
    <message>
        <source>When the issue was disclosed.</source>
        <translation>Wann das Problem veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>A stay in Needs More Info (repeatable; an empty TO means still waiting).</source>
        <translation>Ein Aufenthalt in „Rückfrage offen“ (wiederholbar; ein leeres BIS heißt: wartet noch).</translation>
    </message>
    <message>
        <source>FROM/TO</source>
        <translation>VON/BIS</translation>
    </message>
    <message>
        <source>A negotiated disclosure date replacing the policy's.</source>
        <translation>Ein vereinbartes Offenlegungsdatum anstelle dessen der Richtlinie.</translation>
    </message>
    <message>
        <source>Why the disclosure date was negotiated.</source>
        <translation>Warum das Offenlegungsdatum vereinbart wurde.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Evaluate as of this instant (default: the current time).</source>
        <translation>Zu diesem Zeitpunkt auswerten (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Call a clock due soon this many hours before its deadline (default: per clock).</source>
        <translation>Eine Frist so viele Stunden vor ihrem Termin als bald fällig ansehen (Standard: je Frist).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>Also print a line: embargo, UTC instant, local time, source.</source>
        <translation>Zusätzlich eine Zeile ausgeben: Embargo, UTC-Zeitpunkt, Ortszeit, Quelle.</translation>
    </message>
    <message>
        <source>Also look policies and calendars up in this case database.</source>
        <translation>Richtlinien und Kalender auch in dieser Falldatenbank suchen.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Also write the open deadlines as an iCalendar file (case titles are never included).</source>
        <translation>Die offenen Termine zusätzlich als iCalendar-Datei schreiben (Falltitel werden nie aufgenommen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The case number used in the iCalendar events (default 1).</source>
        <translation>Die Fallnummer in den iCalendar-Ereignissen (Standard 1).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>holidays %1–%2</source>
        <translation>Feiertage %1–%2</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <source>Unknown policy “%1”; see --list.</source>
        <translation>Unbekannte Richtlinie „%1“; siehe --list.</translation>
    </message>
    <message>
        <source>Unknown calendar “%1”; see --list.</source>
        <translation>Unbekannter Kalender „%1“; siehe --list.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an ISO 8601 date and time.</source>
        <translation>--%1: „%2“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>--paused: “%1” is not FROM/TO with FROM before TO.</source>
        <translation>--paused: „%1“ ist nicht VON/BIS mit VON vor BIS.</translation>
    </message>
    <message>
        <source>--due-soon needs a number of hours.</source>
        <translation>--due-soon braucht eine Anzahl Stunden.</translation>
    </message>
    <message>
        <source>--case needs a positive number.</source>
        <translation>--case braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Warning: calendar %1 has holiday data for %2–%3 only; other years count weekends only.</source>
        <translation>Warnung: Kalender %1 hat Feiertagsdaten nur für %2–%3; in anderen Jahren zählen nur Wochenenden.</translation>
    </message>
</context>
<context>
    <name>SlaEvent</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <source>Assessed (confirmed or rejected)</source>
        <translation>Bewertet (bestätigt oder abgelehnt)</translation>
    </message>
    <message>
        <source>Resolved (fix available)</source>
        <translation>Behoben (Korrektur verfügbar)</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Offengelegt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>SsvcDecisionTree</name>
    <message>
        <source>Exploitation</source>
        <translation>Ausnutzung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>public poc</source>
        <translation>öffentlicher PoC</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>laborious</source>
        <translation>mühsam</translation>
    </message>
    <message>
        <source>efficient</source>
        <translation>effizient</translation>
    </message>
    <message>
        <source>super effective</source>
        <translation>sehr effektiv</translation>
    </message>
    <message>
        <source>Technical Impact</source>
        <translation>Technische Auswirkung</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>total</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Public Safety Impact</source>
        <translation>Auswirkung auf die öffentliche Sicherheit</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>erheblich</translation>
    </message>
    <message>
        <source>System Exposure</source>
        <translation>Exponiertheit des Systems</translation>
    </message>
    <message>
        <source>small</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>controlled</source>
        <translation>kontrolliert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Automatable</source>
        <translation>Automatisierbar</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Human Impact</source>
        <translation>Auswirkung auf Menschen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>An SSVC vector starts with “SSVCv2/”.</source>
        <translation>Ein SSVC-Vektor beginnt mit „SSVCv2/“.</translation>
    </message>
    <message>
        <source>An SSVC vector ends with “/”.</source>
        <translation>Ein SSVC-Vektor endet mit „/“.</translation>
    </message>
    <message>
        <source>The SSVC vector does not match this decision tree.</source>
        <translation>Der SSVC-Vektor passt nicht zu diesem Entscheidungsbaum.</translation>
    </message>
    <message>
        <source>The SSVC vector has an unknown value.</source>
        <translation>Der SSVC-Vektor enthält einen unbekannten Wert.</translation>
    </message>
    <message>
        <source>The SSVC vector's decision does not follow from its values.</source>
        <translation>Die Entscheidung des SSVC-Vektors ergibt sich nicht aus seinen Werten.</translation>
    </message>
    <message>
        <source>The SSVC vector's timestamp is not ISO 8601.</source>
        <translation>Der Zeitstempel des SSVC-Vektors entspricht nicht ISO 8601.</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Out-of-Cycle</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Try the &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to PSIRT Desk</source>
        <translation>Willkommen bei PSIRT Desk</translation>
    </message>
    <message>
        <source>Cases live in a case database: a file on this computer for one analyst, or a PostgreSQL server shared by the team.</source>
        <translation>Fälle liegen in einer Falldatenbank: einer Datei auf diesem Rechner für eine Person oder einem PostgreSQL-Server, den das Team teilt.</translation>
    </message>
    <message>
        <source>&amp;Create a Case Database…</source>
        <translation>Falldatenbank &amp;anlegen …</translation>
    </message>
    <message>
        <source>&amp;Open a Case Database…</source>
        <translation>Falldatenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Server…</source>
        <translation>Mit &amp;Team-Server verbinden …</translation>
    </message>
    <message>
        <source>Opens a database of 500 invented cases to explore; it is made once and kept.</source>
        <translation>Öffnet eine Datenbank mit 500 erfundenen Fällen zum Erkunden; sie wird einmal erzeugt und aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 UTC
%5
Policy: %6</source>
        <translation>%1
%2: %3
%4 UTC
%5
Richtlinie: %6</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Embargo ends</source>
        <translation>Embargo endet</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Case / milestone</source>
        <translation>Fall / Meilenstein</translation>
    </message>
    <message>
        <source>Deadline (local)</source>
        <translation>Termin (Ortszeit)</translation>
    </message>
    <message>
        <source>Deadline (UTC)</source>
        <translation>Termin (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>All deadlines</source>
        <translation>Alle Termine</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Offene Termine</translation>
    </message>
    <message>
        <source>Due soon or breached</source>
        <translation>Bald fällig oder überschritten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Select a case to see its embargo.</source>
        <translation>Wählen Sie einen Fall, um sein Embargo zu sehen.</translation>
    </message>
    <message>
        <source>Case #%1 embargo ends %2</source>
        <translation>Embargo von Fall #%1 endet %2</translation>
    </message>
    <message>
        <source>Case #%1 has no embargo.</source>
        <translation>Fall #%1 hat kein Embargo.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show every case's whole timeline</source>
        <translation>Die ganze Zeitleiste aller Fälle zeigen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Scroll to the current time</source>
        <translation>Zur aktuellen Zeit blättern</translation>
    </message>
    <message>
        <source>Zoom from quarters to hours</source>
        <translation>Zoom von Quartalen bis Stunden</translation>
    </message>
</context>
<context>
    <name>TransitionCommand</name>
    <message>
        <source>Move to %1</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>Tracking id or case number</source>
        <translation>Vorgangsnummer oder Fallnummer</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The case is already %1.</source>
        <translation>Der Fall ist bereits „%1“.</translation>
    </message>
    <message>
        <source>A report must be acknowledged first; acknowledging issues its tracking id.</source>
        <translation>Eine Meldung muss zuerst bestätigt werden; die Bestätigung vergibt die Vorgangsnummer.</translation>
    </message>
    <message>
        <source>Only a resolved case can be disclosed.</source>
        <translation>Nur ein behobener Fall kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>A case is resolved from Remediation, once a fix exists.</source>
        <translation>Ein Fall wird aus „Behebung“ heraus behoben, sobald eine Korrektur vorliegt.</translation>
    </message>
    <message>
        <source>A case waits on the reporter only before remediation starts.</source>
        <translation>Ein Fall wartet nur vor Beginn der Behebung auf die meldende Person.</translation>
    </message>
    <message>
        <source>A case can no longer be closed as %1 once it is in %2.</source>
        <translation>Ein Fall in „%2“ kann nicht mehr als „%1“ geschlossen werden.</translation>
    </message>
    <message>
        <source>%1 cannot follow %2.</source>
        <translation>„%1“ kann nicht auf „%2“ folgen.</translation>
    </message>
    <message>
        <source>A duplicate must name the case it duplicates.</source>
        <translation>Ein Duplikat muss den Fall nennen, den es dupliziert.</translation>
    </message>
    <message>
        <source>A case cannot duplicate itself.</source>
        <translation>Ein Fall kann nicht Duplikat seiner selbst sein.</translation>
    </message>
    <message>
        <source>Reopening a closed case needs a reason.</source>
        <translation>Das Wiederöffnen eines geschlossenen Falls braucht eine Begründung.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]</source>
        <translation>Aufruf: %1 BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for a command's options.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Validates and scores CVSS v2.0, v3.0, v3.1 and v4.0 vectors. Prints one line per vector: the vector, its score and severity, or "invalid" and the reason.</source>
        <translation>Prüft und bewertet CVSS-Vektoren der Versionen v2.0, v3.0, v3.1 und v4.0. Gibt eine Zeile pro Vektor aus: den Vektor, seinen Wert und Schweregrad oder "invalid" und den Grund.</translation>
    </message>
    <message>
        <source>Print every sub-score as one JSON object per line.</source>
        <translation>Jeden Teilwert als ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Vectors to score, or "-" to read one per line from standard input.</source>
        <translation>Zu bewertende Vektoren oder "-", um je einen pro Zeile von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>No vector given; pass vectors or "-" for standard input.</source>
        <translation>Kein Vektor angegeben; übergeben Sie Vektoren oder "-" für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Validate and score CVSS vectors (v2.0, v3.0, v3.1, v4.0)</source>
        <translation>CVSS-Vektoren prüfen und bewerten (v2.0, v3.0, v3.1, v4.0)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workstation for PSIRT analysts.</source>
        <translation>Arbeitsplatz für PSIRT-Analysten.</translation>
    </message>
    <message>
        <source>A case database: SQLite file or postgresql:// URL. Default: the last one used.</source>
        <translation>Eine Falldatenbank: SQLite-Datei oder postgresql://-URL. Standard: die zuletzt verwendete.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit (works without a display).</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden (geht auch ohne Bildschirm).</translation>
    </message>
    <message>
        <source>Analyst name written to the audit log (default: your user name).</source>
        <translation>Name für das Änderungsprotokoll (Standard: Ihr Benutzername).</translation>
    </message>
</context>
</TS>