<?xml version="1.0" encoding="utf-8"?>
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
    <name>ActionRegistry</name>
    <message>
        <source>%1 is bound to %2</source>
        <translation>%1 ist %2 zugewiesen</translation>
    </message>
</context>
<context>
    <name>AdvisoryData</name>
    <message>
        <source>Known affected</source>
        <translation>Bekannt betroffen</translation>
    </message>
    <message>
        <source>Known not affected</source>
        <translation>Bekannt nicht betroffen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Vendor fix</source>
        <translation>Korrektur des Herstellers</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Umgehungslösung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Abschwächung</translation>
    </message>
    <message>
        <source>No fix planned</source>
        <translation>Keine Korrektur geplant</translation>
    </message>
    <message>
        <source>None available</source>
        <translation>Nichts verfügbar</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 to before %2</source>
        <translation>%1 bis vor %2</translation>
    </message>
    <message>
        <source>An advisory list holds at most %1 entries.</source>
        <translation>Eine Liste der Sicherheitsmitteilung hat höchstens %1 Einträge.</translation>
    </message>
    <message>
        <source>“%1” is not a CVE id (CVE-YYYY-NNNN).</source>
        <translation>„%1“ ist keine CVE-ID (CVE-JJJJ-NNNN).</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>CWE-%1 is not in the CWE catalogue.</source>
        <translation>CWE-%1 steht nicht im CWE-Katalog.</translation>
    </message>
    <message>
        <source>CWE-%1 is listed twice.</source>
        <translation>CWE-%1 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>An affected product has no name.</source>
        <translation>Ein betroffenes Produkt hat keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” needs a version, or a range with its first fixed version.</source>
        <translation>„%1“ braucht eine Version oder einen Bereich mit der ersten behobenen Version.</translation>
    </message>
    <message>
        <source>“%1 %2” is listed twice.</source>
        <translation>„%1 %2“ steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>A remediation needs details for the customer.</source>
        <translation>Eine Abhilfe braucht Angaben für den Kunden.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>„%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>Revision numbers must count up by one from 1 (1, 2, 3, …).</source>
        <translation>Revisionsnummern zählen von 1 an um eins hoch (1, 2, 3, …).</translation>
    </message>
    <message>
        <source>Each revision needs a date no earlier than the one before.</source>
        <translation>Jede Revision braucht ein Datum, das nicht vor dem der vorigen liegt.</translation>
    </message>
    <message>
        <source>Each revision needs a summary.</source>
        <translation>Jede Revision braucht eine Zusammenfassung.</translation>
    </message>
    <message numerus="yes">
        <source>%n CVE(s)</source>
        <translation>
            <numerusform>%n CVE</numerusform>
            <numerusform>%n CVEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remediation(s)</source>
        <translation>
            <numerusform>%n Abhilfe</numerusform>
            <numerusform>%n Abhilfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored advisory data is unreadable: %1</source>
        <translation>Die gespeicherten Daten der Sicherheitsmitteilung sind unlesbar: %1</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>unknown product status</source>
        <translation>unbekannter Produktstatus</translation>
    </message>
    <message>
        <source>unknown remediation category</source>
        <translation>unbekannte Abhilfe-Kategorie</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>Entdecker</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Remediation developer</source>
        <translation>Entwickler der Behebung</translation>
    </message>
    <message>
        <source>Remediation reviewer</source>
        <translation>Prüfer der Behebung</translation>
    </message>
    <message>
        <source>Remediation verifier</source>
        <translation>Verifizierer der Behebung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>“%1” is not a version. Write one version (such as 2.3 or 23.4.1-rc2); for “prior to 2.3” leave the first version empty and put 2.3 under “Fixed in”.</source>
        <translation>„%1“ ist keine Version. Schreiben Sie eine Version (etwa 2.3 oder 23.4.1-rc2); für „vor 2.3“ lassen Sie die erste Version leer und tragen 2.3 unter „Behoben in“ ein.</translation>
    </message>
    <message>
        <source>“%1” is not a version.</source>
        <translation>„%1“ ist keine Version.</translation>
    </message>
    <message>
        <source>An acknowledgment needs the name to credit.</source>
        <translation>Eine Danksagung braucht den Namen, der genannt werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerability(s)</source>
        <translation>
            <numerusform>%n Schwachstelle</numerusform>
            <numerusform>%n Schwachstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown credit type</source>
        <translation>unbekannte Art der Nennung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Component not present</source>
        <translation>Komponente fehlt</translation>
    </message>
    <message>
        <source>Vulnerable code not present</source>
        <translation>Verwundbarer Code fehlt</translation>
    </message>
    <message>
        <source>unknown justification</source>
        <translation>unbekannte Begründung</translation>
    </message>
    <message>
        <source>Not in execute path</source>
        <translation>Nicht im Ausführungspfad</translation>
    </message>
    <message>
        <source>Not attacker-controllable</source>
        <translation>Nicht vom Angreifer steuerbar</translation>
    </message>
    <message>
        <source>Inline mitigations exist</source>
        <translation>Abschwächung eingebaut</translation>
    </message>
</context>
<context>
    <name>AdvisoryPublication</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set the team&apos;s address or signing key first (Settings → Correspondence), or publish without signatures.</source>
        <translation>Legen Sie zuerst die Adresse oder den Signaturschlüssel des Teams fest (Einstellungen → Korrespondenz) oder veröffentlichen Sie ohne Signaturen.</translation>
    </message>
    <message>
        <source>The key %1 cannot sign.</source>
        <translation>Der Schlüssel %1 kann nicht signieren.</translation>
    </message>
</context>
<context>
    <name>AdvisoryPublisherDialog</name>
    <message>
        <source>Advisory Publisher</source>
        <translation>Herausgeber der Sicherheitsmitteilungen</translation>
    </message>
    <message>
        <source>Example Corp PSIRT</source>
        <translation>Beispiel GmbH PSIRT</translation>
    </message>
    <message>
        <source>Example Corp (default: the publisher&apos;s name)</source>
        <translation>Beispiel GmbH (Vorgabe: Name des Herausgebers)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Herausgeber:</translation>
    </message>
    <message>
        <source>Vendor of the products:</source>
        <translation>Hersteller der Produkte:</translation>
    </message>
    <message>
        <source>Namespace (https):</source>
        <translation>Namensraum (https):</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>CNA organisation id:</source>
        <translation>Organisations-ID der CNA:</translation>
    </message>
    <message>
        <source>CNA short name:</source>
        <translation>Kurzname der CNA:</translation>
    </message>
    <message>
        <source>CSAF advisories and CVE records name this publisher.</source>
        <translation>CSAF-Mitteilungen und CVE-Einträge nennen diesen Herausgeber.</translation>
    </message>
</context>
<context>
    <name>AdvisoryStore</name>
    <message>
        <source>The publisher&apos;s namespace must be an https address, such as https://psirt.example.com.</source>
        <translation>Der Namensraum des Herausgebers muss eine https-Adresse sein, etwa https://psirt.example.com.</translation>
    </message>
    <message>
        <source>A CVE record needs the CNA&apos;s organisation id (a UUID from the CVE Program).</source>
        <translation>Ein CVE-Eintrag braucht die Organisations-ID der CNA (eine UUID vom CVE-Programm).</translation>
    </message>
    <message>
        <source>Someone else changed this case&apos;s advisory data meanwhile; reload it and apply your change again.</source>
        <translation>Jemand anderes hat die Mitteilungsdaten dieses Falls inzwischen geändert; neu laden und die Änderung erneut vornehmen.</translation>
    </message>
    <message>
        <source>Set the advisory publisher&apos;s name first (Settings → Advisory Publisher).</source>
        <translation>Zuerst den Namen des Herausgebers festlegen (Einstellungen → Herausgeber der Sicherheitsmitteilungen).</translation>
    </message>
</context>
<context>
    <name>AdvisoryTab</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version (or first of range)</source>
        <translation>Version (Bereichsanfang)</translation>
    </message>
    <message>
        <source>Fixed in (range end)</source>
        <translation>Behoben in (Bereichsende)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <source>Address (https)</source>
        <translation>Adresse (https)</translation>
    </message>
    <message>
        <source>Consents to be named</source>
        <translation>Einverstanden, genannt zu werden</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Save Advisory Data</source>
        <translation>Mitteilungsdaten &amp;speichern</translation>
    </message>
    <message>
        <source>CWE-787, CWE-122</source>
        <translation>CWE-787, CWE-122</translation>
    </message>
    <message>
        <source>CWE:</source>
        <translation>CWE:</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Add Remediation</source>
        <translation>Abhilfe hinzufügen</translation>
    </message>
    <message>
        <source>Add Acknowledgment</source>
        <translation>Danksagung hinzufügen</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>Betroffene Produkte</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1: not in the catalogue</source>
        <translation>%1: nicht im Katalog</translation>
    </message>
    <message>
        <source>Not saved: the database refused it (see the message bar).</source>
        <translation>Nicht gespeichert: Die Datenbank hat es abgelehnt (siehe Meldungsleiste).</translation>
    </message>
    <message>
        <source>Someone else saved this case&apos;s advisory data meanwhile; Revert shows theirs.</source>
        <translation>Jemand anderes hat die Advisory-Daten dieses Falls inzwischen gespeichert; „Zurücksetzen“ zeigt deren Stand.</translation>
    </message>
    <message>
        <source>Name to credit</source>
        <translation>Genannter Name</translation>
    </message>
    <message>
        <source>Organisation (team only)</source>
        <translation>Organisation (nur im Team)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Publish Revision…</source>
        <translation>Revision &amp;veröffentlichen …</translation>
    </message>
    <message>
        <source>CVE-2026-12345</source>
        <translation>CVE-2026-12345</translation>
    </message>
    <message>
        <source>The reporter&apos;s name, or the handle they want to be credited as</source>
        <translation>Der Name des Melders oder das Pseudonym, unter dem er genannt werden möchte</translation>
    </message>
    <message>
        <source>Handles and other addresses, separated by commas</source>
        <translation>Pseudonyme und weitere Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Add Vulnerability</source>
        <translation>Schwachstelle hinzufügen</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>CVE id:</source>
        <translation>CVE-ID:</translation>
    </message>
    <message>
        <source>Written for the public: CSAF, CVE records and every document for outside readers take these words, never the report&apos;s. Leave a field empty and the template&apos;s words are used.</source>
        <translation>Für die Öffentlichkeit geschrieben: CSAF, CVE-Einträge und jedes Dokument für Leser außerhalb des Teams verwenden diese Worte, nie die der Meldung. Bleibt ein Feld leer, gelten die Worte der Vorlage.</translation>
    </message>
    <message>
        <source>Fill Empty Fields from Template</source>
        <translation>Leere Felder aus der Vorlage füllen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <source>Public text</source>
        <translation>Öffentlicher Text</translation>
    </message>
    <message>
        <source>Credit as:</source>
        <translation>Nennen als:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Auch bekannt als:</translation>
    </message>
    <message>
        <source>Reporter&apos;s credit</source>
        <translation>Nennung des Melders</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Veröffentlichte Revisionen</translation>
    </message>
    <message>
        <source>Further acknowledgments</source>
        <translation>Weitere Danksagungen</translation>
    </message>
    <message>
        <source>Publish Revision</source>
        <translation>Revision veröffentlichen</translation>
    </message>
    <message>
        <source>What changed in this revision (published in the advisory&apos;s history):</source>
        <translation>Was sich in dieser Revision geändert hat (wird im Verlauf des Advisorys veröffentlicht):</translation>
    </message>
    <message>
        <source>Initial release.</source>
        <translation>Erstveröffentlichung.</translation>
    </message>
    <message>
        <source>Vulnerability %1</source>
        <translation>Schwachstelle %1</translation>
    </message>
    <message>
        <source>The reporter consented to be credited: published advisories credit them as written below (their name when nothing is written). Nothing else of theirs is published.</source>
        <translation>Der Melder ist mit einer Nennung einverstanden: Veröffentlichte Advisories nennen ihn wie unten eingetragen (mit seinem Namen, wenn nichts eingetragen ist). Sonst wird nichts von ihm veröffentlicht.</translation>
    </message>
    <message>
        <source>The reporter has not consented to be credited: published advisories do not name them, and publishing is refused while any public text does.</source>
        <translation>Der Melder hat einer Nennung nicht zugestimmt: Veröffentlichte Advisories nennen ihn nicht, und das Veröffentlichen wird abgelehnt, solange ein öffentlicher Text es tut.</translation>
    </message>
    <message>
        <source>Say what changed in this revision; the summary is published.</source>
        <translation>Geben Sie an, was sich in dieser Revision geändert hat; die Zusammenfassung wird veröffentlicht.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Publish advisory revision %1</source>
        <translation>Advisory-Revision %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Why not affected</source>
        <translation>Warum nicht betroffen</translation>
    </message>
    <message>
        <source>Impact statement</source>
        <translation>Aussage zur Auswirkung</translation>
    </message>
    <message>
        <source>A release, or a range: “&lt; 2.4.1” for every version before 2.4.1, “1.0 – 2.4” for 1.0 up to, not including, 2.4.</source>
        <translation>Ein Release oder ein Bereich: „&lt; 2.4.1“ für jede Version vor 2.4.1, „1.0 – 2.4“ für 1.0 bis ausschließlich 2.4.</translation>
    </message>
</context>
<context>
    <name>AffectedList</name>
    <message>
        <source>%1: not a list</source>
        <translation>%1: keine Liste</translation>
    </message>
    <message>
        <source>%1: only the first %2 entries are read</source>
        <translation>%1: nur die ersten %2 Einträge werden gelesen</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audited change was made outside a transaction.</source>
        <translation>Eine protokollierte Änderung wurde außerhalb einer Transaktion vorgenommen.</translation>
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
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Notiz zum Beweismittel</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Geburtstag von Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
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
        <source>New Year&apos;s Day 2028 (observed)</source>
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
        <source>Working day (New Year&apos;s Day)</source>
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
    <message>
        <source>A calendar lists at most %1 days of one kind; this one lists %2.</source>
        <translation>Ein Kalender führt höchstens %1 Tage einer Art; dieser führt %2.</translation>
    </message>
    <message>
        <source>A calendar needs at least one working day in the week.</source>
        <translation>Ein Kalender braucht mindestens einen Arbeitstag in der Woche.</translation>
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
    <name>CaptureHeader</name>
    <message>
        <source>big-endian</source>
        <translation>Big-Endian</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>Little-Endian</translation>
    </message>
    <message>
        <source>Packet capture (libpcap), %1, %2 timestamps</source>
        <translation>Paketmitschnitt (libpcap), %1, Zeitstempel in %2</translation>
    </message>
    <message>
        <source>nanosecond</source>
        <translation>Nanosekunden</translation>
    </message>
    <message>
        <source>microsecond</source>
        <translation>Mikrosekunden</translation>
    </message>
    <message>
        <source>Packet capture (pcapng), %1, section header block</source>
        <translation>Paketmitschnitt (pcapng), %1, Section Header Block</translation>
    </message>
    <message>
        <source>Version: %1.%2</source>
        <translation>Version: %1.%2</translation>
    </message>
    <message>
        <source>Snapshot length: %1 bytes</source>
        <translation>Snapshot-Länge: %1 Bytes</translation>
    </message>
    <message>
        <source>Link type: %1</source>
        <translation>Link-Typ: %1</translation>
    </message>
    <message>
        <source>Link type: %1 (%2)</source>
        <translation>Link-Typ: %1 (%2)</translation>
    </message>
    <message>
        <source>Section length: not specified</source>
        <translation>Abschnittslänge: nicht angegeben</translation>
    </message>
    <message>
        <source>Section length: %1 bytes</source>
        <translation>Abschnittslänge: %1 Bytes</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Hardware: %1</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>Betriebssystem: %1</translation>
    </message>
    <message>
        <source>Capturing application: %1</source>
        <translation>Aufzeichnende Anwendung: %1</translation>
    </message>
    <message>
        <source>The header is truncated or inconsistent; shown as far as it is valid.</source>
        <translation>Der Kopf ist abgeschnitten oder widersprüchlich; er wird gezeigt, soweit er gültig ist.</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
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
        <source>The primary vector sets the case&apos;s severity everywhere.</source>
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
        <source>A disclosure date agreed with the reporter replaces the policy&apos;s embargo.</source>
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
        <source>The policy&apos;s embargo applies.</source>
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
    <message>
        <source>Correspondence</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Ausnutzung</translation>
    </message>
    <message>
        <source>Known to be exploited in the wild: the case leads the queue, and a policy with an expedited-bulletin clock starts it at this instant. Importing the CISA KEV catalog marks cases whose CVEs it lists by itself.</source>
        <translation>Bekanntermaßen aktiv ausgenutzt: Der Fall steht in der Warteschlange ganz oben, und eine Richtlinie mit einer Frist für ein beschleunigtes Bulletin startet sie zu diesem Zeitpunkt. Der Import des CISA-KEV-Katalogs markiert Fälle, deren CVEs er aufführt, selbst.</translation>
    </message>
    <message>
        <source>Where was it reported? (required: a URL, a customer report, the KEV catalog)</source>
        <translation>Wo wurde es gemeldet? (Pflicht: eine URL, eine Kundenmeldung, der KEV-Katalog)</translation>
    </message>
    <message>
        <source>Say where the exploitation was reported.</source>
        <translation>Geben Sie an, wo die Ausnutzung gemeldet wurde.</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <source>⚠ Actively exploited since %1 (%2 UTC) — %3</source>
        <translation>⚠ Aktiv ausgenutzt seit %1 (%2 UTC) — %3</translation>
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
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>“%1” is not a priority (P1 to P4, or none).</source>
        <translation>„%1“ ist keine Priorität (P1 bis P4 oder keine).</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Advisory data</source>
        <translation>Advisory-Daten</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <source>Actively exploited since</source>
        <translation>Aktiv ausgenutzt seit</translation>
    </message>
    <message>
        <source>Source of the exploitation report</source>
        <translation>Quelle der Meldung über die Ausnutzung</translation>
    </message>
    <message>
        <source>The date of the exploitation lies in the future.</source>
        <translation>Das Datum der Ausnutzung liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>CasePriorities</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>P1 – urgent</source>
        <translation>P1 – dringend</translation>
    </message>
    <message>
        <source>P4 – low</source>
        <translation>P4 – niedrig</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>%1 zu früh</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Fall Nr. %1</translation>
    </message>
    <message>
        <source>Case report · %1</source>
        <translation>Fallbericht · %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>noch nicht vergeben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Planned disclosure</source>
        <translation>Geplante Veröffentlichung</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Severity and CVSS</source>
        <translation>Schweregrad und CVSS</translation>
    </message>
    <message>
        <source>The case has not been scored yet.</source>
        <translation>Der Fall ist noch nicht bewertet.</translation>
    </message>
    <message>
        <source>CVSS %1 (primary)</source>
        <translation>CVSS %1 (maßgeblich)</translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation>CVSS %1</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The stored vector does not parse; no breakdown.</source>
        <translation>Der gespeicherte Vektor ist nicht lesbar; keine Aufschlüsselung.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>Betroffene Produkte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Meldende Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nennung</translation>
    </message>
    <message>
        <source>wishes to be credited</source>
        <translation>möchte genannt werden</translation>
    </message>
    <message>
        <source>does not wish to be credited</source>
        <translation>möchte nicht genannt werden</translation>
    </message>
    <message>
        <source>The reporter consented to sharing their identity with the recipients of this report.</source>
        <translation>Die meldende Person hat zugestimmt, ihre Identität den Empfängern dieses Berichts mitzuteilen.</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity (name, e-mail address, organisation) is redacted: the reporter did not consent to sharing it, and the disclosure policy shares identifying information with third parties only with consent. It is not contained in this document.</source>
        <translation>Die Identität der meldenden Person (Name, E-Mail-Adresse, Organisation) ist geschwärzt: Sie hat der Weitergabe nicht zugestimmt, und die Offenlegungsrichtlinie gibt identifizierende Angaben nur mit Zustimmung an Dritte weiter. Sie ist in diesem Dokument nicht enthalten.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation>Schritte zur Reproduktion</translation>
    </message>
    <message>
        <source>No steps to reproduce.</source>
        <translation>Keine Schritte zur Reproduktion.</translation>
    </message>
    <message>
        <source>Highlighted as %1.</source>
        <translation>Hervorgehoben als %1.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>No evidence is attached to the case.</source>
        <translation>Dem Fall sind keine Beweismittel angehängt.</translation>
    </message>
    <message>
        <source>The files are kept encrypted in the case database; the SHA-256 identifies each one (sha256sum of the exported file).</source>
        <translation>Die Dateien liegen verschlüsselt in der Falldatenbank; der SHA-256 kennzeichnet jede (sha256sum der exportierten Datei).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Image previews are left out: the evidence store was locked when the report was made.</source>
        <translation>Bildvorschauen fehlen: Der Beweismittelspeicher war beim Erstellen des Berichts gesperrt.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Disclosure policy: %1. Times in %2, with UTC in parentheses.</source>
        <translation>Offenlegungsrichtlinie: %1. Zeiten in %2, UTC in Klammern.</translation>
    </message>
    <message>
        <source>Disclosure (embargo ends)</source>
        <translation>Veröffentlichung (Sperrfrist endet)</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>embargo ends</source>
        <translation>Embargo endet</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Abhilfeplan</translation>
    </message>
    <message>
        <source>A fix is available (case status: %1).</source>
        <translation>Eine Korrektur ist verfügbar (Fallstatus: %1).</translation>
    </message>
    <message>
        <source>No fix yet (case status: %1).</source>
        <translation>Noch keine Korrektur (Fallstatus: %1).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Zusammenfassung des Prüfprotokolls</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Keine Einträge im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>(redacted)</source>
        <translation>(geschwärzt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Vulnerability case report, %1</source>
        <translation>Bericht zum Schwachstellenfall, %1</translation>
    </message>
    <message>
        <source>%1 · case report</source>
        <translation>%1 · Fallbericht</translation>
    </message>
    <message>
        <source>Actively exploited</source>
        <translation>Aktiv ausgenutzt</translation>
    </message>
    <message>
        <source>since %1 — %2</source>
        <translation>seit %1 — %2</translation>
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
        <translation>Abhilfe</translation>
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
    <message>
        <source>CISA KEV catalog: %1 listed since %2</source>
        <translation>CISA-KEV-Katalog: %1 gelistet seit %2</translation>
    </message>
    <message>
        <source>Say where the exploitation was reported (a source is required).</source>
        <translation>Geben Sie an, wo die Ausnutzung gemeldet wurde (eine Quelle ist Pflicht).</translation>
    </message>
</context>
<context>
    <name>CatalogueFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not a lifecycle (active, end-of-life, obsolete)</source>
        <translation>„%1“ ist kein Lebenszyklus (active, end-of-life, obsolete)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1“ ist weder yes noch no</translation>
    </message>
    <message>
        <source>Not a PSIRT Desk product catalogue: the top level must be an object with &quot;format&quot;: &quot;psirtdesk-products&quot;.</source>
        <translation>Kein PSIRT-Desk-Produktkatalog: Die oberste Ebene muss ein Objekt mit &quot;format&quot;: &quot;psirtdesk-products&quot; sein.</translation>
    </message>
    <message>
        <source>products: not a list</source>
        <translation>products: keine Liste</translation>
    </message>
    <message>
        <source>More than %1 products.</source>
        <translation>Mehr als %1 Produkte.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>line 1: unknown column “%1”; the columns are: %2</source>
        <translation>Zeile 1: unbekannte Spalte „%1“; die Spalten sind: %2</translation>
    </message>
    <message>
        <source>line 1: the column “product” is missing</source>
        <translation>Zeile 1: Die Spalte „product“ fehlt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the product name is empty</source>
        <translation>der Produktname ist leer</translation>
    </message>
    <message>
        <source>more than %1 products</source>
        <translation>mehr als %1 Produkte</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a catalogue is at most %2 MiB.</source>
        <translation>Die Datei ist %1 MiB groß; ein Katalog hat höchstens %2 MiB.</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>The evidence passphrase is needed: set PSIRTDESK_EVIDENCE_PASSPHRASE or run from a terminal.</source>
        <translation>Die Passphrase der Beweismittel wird benötigt: Setzen Sie PSIRTDESK_EVIDENCE_PASSPHRASE oder starten Sie im Terminal.</translation>
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
        <translation>Uhr</translation>
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
    <name>CorrespondenceModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From / To</source>
        <translation>Von / An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>CorrespondencePane</name>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Show Quoted Text</source>
        <translation>Zitierten Text zeigen</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>%1; %2%3</source>
        <translation>%1; %2%3</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>The text was cut; the full message is kept with the case.</source>
        <translation>Der Text wurde gekürzt; die vollständige Nachricht ist beim Fall gespeichert.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceSettingsDialog</name>
    <message>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Correspondence Settings</source>
        <translation>Einstellungen der Korrespondenz</translation>
    </message>
    <message>
        <source>GnuPG&apos;s default home</source>
        <translation>Standardverzeichnis von GnuPG</translation>
    </message>
    <message>
        <source>the key of the team address</source>
        <translation>der Schlüssel der Team-Adresse</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>GnuPG home:</source>
        <translation>GnuPG-Verzeichnis:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>The signing key works.</source>
        <translation>Der Signaturschlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Teams ein.</translation>
    </message>
    <message>
        <source>Replies are signed with %1 (%2).</source>
        <translation>Antworten werden mit %1 (%2) signiert.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceStore</name>
    <message>
        <source>The message belongs to no case.</source>
        <translation>Die Nachricht gehört zu keinem Fall.</translation>
    </message>
    <message>
        <source>The message is larger than %1 MiB; keep it as evidence and record a reference to it.</source>
        <translation>Die Nachricht ist größer als %1 MiB; legen Sie sie als Beweismittel ab und verweisen Sie darauf.</translation>
    </message>
    <message>
        <source>No time of sending.</source>
        <translation>Keine Sendezeit.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>No message %1.</source>
        <translation>Keine Nachricht %1.</translation>
    </message>
    <message>
        <source>An imported message needs the time and analyst that recorded it.</source>
        <translation>Eine importierte Nachricht braucht Zeit und Analyst ihrer Erfassung.</translation>
    </message>
</context>
<context>
    <name>Cpe</name>
    <message>
        <source>Attribute %1 (“%2”) of the CPE name: %3</source>
        <translation>Attribut %1 („%2“) des CPE-Namens: %3</translation>
    </message>
    <message>
        <source>it is empty; write “*” for any value.</source>
        <translation>Es ist leer; schreiben Sie „*“ für einen beliebigen Wert.</translation>
    </message>
    <message>
        <source>a &apos;\&apos; must quote a punctuation character.</source>
        <translation>Ein &apos;\&apos; muss ein Satzzeichen maskieren.</translation>
    </message>
    <message>
        <source>a wildcard may stand only at the start or the end.</source>
        <translation>Ein Platzhalter darf nur am Anfang oder am Ende stehen.</translation>
    </message>
    <message>
        <source>it holds a character a CPE name cannot hold.</source>
        <translation>Es enthält ein Zeichen, das in einem CPE-Namen nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>Bad percent-encoding in component %1 (“%2”) of the CPE URI.</source>
        <translation>Fehlerhafte Prozentkodierung in Komponente %1 („%2“) der CPE-URI.</translation>
    </message>
    <message>
        <source>A CPE name is at most %1 characters long.</source>
        <translation>Ein CPE-Name ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>A CPE 2.3 name has 11 attributes after “cpe:2.3:”, “%1” has %2.</source>
        <translation>Ein CPE-2.3-Name hat 11 Attribute nach „cpe:2.3:“, „%1“ hat %2.</translation>
    </message>
    <message>
        <source>A CPE 2.2 URI has at most 7 components, “%1” has %2.</source>
        <translation>Eine CPE-2.2-URI hat höchstens 7 Komponenten, „%1“ hat %2.</translation>
    </message>
    <message>
        <source>A packed CPE edition has five &apos;~&apos;-separated parts.</source>
        <translation>Eine gepackte CPE-Edition hat fünf durch &apos;~&apos; getrennte Teile.</translation>
    </message>
    <message>
        <source>“%1” is not a CPE name: it must start with “cpe:2.3:” or “cpe:/”.</source>
        <translation>„%1“ ist kein CPE-Name: Er muss mit „cpe:2.3:“ oder „cpe:/“ beginnen.</translation>
    </message>
    <message>
        <source>The CPE part is “a” (application), “o” (operating system) or “h” (hardware), not “%1”.</source>
        <translation>Der CPE-Teil ist „a“ (Anwendung), „o“ (Betriebssystem) oder „h“ (Hardware), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CsafDocument</name>
    <message>
        <source>No case to export.</source>
        <translation>Kein Fall zu exportieren.</translation>
    </message>
    <message>
        <source>Case %1 is closed as “%2”: there is no vulnerability to publish an advisory about.</source>
        <translation>Fall %1 ist als „%2“ geschlossen: Es gibt keine Schwachstelle, über die ein Advisory veröffentlicht werden könnte.</translation>
    </message>
    <message>
        <source>%1 is a vulnerability of both %2 and %3; one advisory describes each vulnerability once. Export the cases separately, or keep the CVE on one of them.</source>
        <translation>%1 ist eine Schwachstelle sowohl von %2 als auch von %3; ein Advisory beschreibt jede Schwachstelle einmal. Exportieren Sie die Fälle getrennt oder behalten Sie die CVE nur bei einem davon.</translation>
    </message>
    <message>
        <source>CSAF 2.0 has no TLP:AMBER+STRICT; choose TLP:AMBER or TLP:RED.</source>
        <translation>CSAF 2.0 kennt kein TLP:AMBER+STRICT; wählen Sie TLP:AMBER oder TLP:RED.</translation>
    </message>
    <message>
        <source>Case %1 has no published revision yet. Publish one on its Advisory tab (Publish Revision); until then only a draft can be exported.</source>
        <translation>Fall %1 hat noch keine veröffentlichte Revision. Veröffentlichen Sie eine auf seinem Advisory-Reiter (Revision veröffentlichen); bis dahin lässt sich nur ein Entwurf exportieren.</translation>
    </message>
    <message>
        <source>Vulnerability %1 of case %2</source>
        <translation>Schwachstelle %1 von Fall %2</translation>
    </message>
    <message>
        <source>%1 has affected products but no CVSS 3.x or 2.0 score, and CSAF 2.0 cannot carry CVSS 4.0. Add a CVSS 3.1 vector on the case&apos;s Scoring tab.</source>
        <translation>%1 hat betroffene Produkte, aber keine CVSS-3.x- oder -2.0-Bewertung, und CSAF 2.0 kann CVSS 4.0 nicht aufnehmen. Fügen Sie auf dem Bewertungsreiter des Falls einen CVSS-3.1-Vektor hinzu.</translation>
    </message>
    <message>
        <source>%1 has affected products but no remediation. Add one on the Advisory tab: a vendor fix, a workaround, a mitigation, or “No fix planned”.</source>
        <translation>%1 hat betroffene Produkte, aber keine Abhilfe. Fügen Sie auf dem Advisory-Reiter eine hinzu: eine Herstellerkorrektur, eine Umgehung, eine Minderung oder „Keine Korrektur geplant“.</translation>
    </message>
    <message>
        <source>%1: “%2 %3” is marked not affected without saying why. A VEX document needs a justification or an impact statement for every product that is not affected; add one on the Advisory tab.</source>
        <translation>%1: „%2 %3“ ist als nicht betroffen markiert, ohne Begründung. Ein VEX-Dokument braucht für jedes nicht betroffene Produkt eine Begründung oder eine Aussage zur Auswirkung; tragen Sie sie im Reiter „Mitteilung“ ein.</translation>
    </message>
    <message>
        <source>%1 has neither a CVE nor a tracking id; a VEX document must name each vulnerability so that scanners can match it.</source>
        <translation>%1 hat weder eine CVE noch eine Vorgangsnummer; ein VEX-Dokument muss jede Schwachstelle benennen, damit Scanner sie zuordnen können.</translation>
    </message>
    <message>
        <source>%1 names no product. A VEX document states for each vulnerability which products are affected, fixed, not affected or under investigation.</source>
        <translation>%1 nennt kein Produkt. Ein VEX-Dokument sagt für jede Schwachstelle, welche Produkte betroffen, behoben, nicht betroffen oder in Untersuchung sind.</translation>
    </message>
    <message>
        <source>No advisory of these cases says anything about %1%2.</source>
        <translation>Keine Mitteilung dieser Fälle sagt etwas über %1%2.</translation>
    </message>
    <message>
        <source>%1: “%2 %3” is marked not affected without saying why. A VEX document needs a justification or an impact statement for every product that is not affected.</source>
        <translation>%1: „%2 %3“ ist als nicht betroffen markiert, ohne Begründung. Ein VEX-Dokument braucht für jedes nicht betroffene Produkt eine Begründung oder eine Aussage zur Auswirkung.</translation>
    </message>
    <message>
        <source>There is nothing published about %1 %2 yet.</source>
        <translation>Zu %1 %2 ist noch nichts veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>CsafProvider</name>
    <message>
        <source>The advisory “%1” has no valid %2.</source>
        <translation>Das Advisory „%1“ hat kein gültiges %2.</translation>
    </message>
    <message>
        <source>An advisory is larger than %1 MiB.</source>
        <translation>Ein Advisory ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>An advisory is not a CSAF 2.0 document.</source>
        <translation>Ein Advisory ist kein CSAF-2.0-Dokument.</translation>
    </message>
    <message>
        <source>The advisory “%1” has no title.</source>
        <translation>Das Advisory „%1“ hat keinen Titel.</translation>
    </message>
    <message>
        <source>The advisory “%1” has the unknown TLP label “%2”.</source>
        <translation>Das Advisory „%1“ hat die unbekannte TLP-Kennzeichnung „%2“.</translation>
    </message>
    <message>
        <source>The base address must be an https address without query, such as https://psirt.example.com/.well-known/csaf (requirement 3: TLS).</source>
        <translation>Die Basisadresse muss eine https-Adresse ohne Abfrage sein, etwa https://psirt.example.com/.well-known/csaf (Anforderung 3: TLS).</translation>
    </message>
    <message>
        <source>“%1” in the publishing folder is not a plain folder.</source>
        <translation>„%1“ im Veröffentlichungsordner ist kein gewöhnlicher Ordner.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” in the publishing folder is a symbolic link.</source>
        <translation>„%1“ im Veröffentlichungsordner ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>Cannot remove “%1”: %2</source>
        <translation>„%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>An advisory has no tracking id.</source>
        <translation>Ein Advisory hat keine Tracking-ID.</translation>
    </message>
    <message>
        <source>The tracking id “%1…” is longer than %2 characters.</source>
        <translation>Die Tracking-ID „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The tracking id “%1” holds control characters, path separators or “..”.</source>
        <translation>Die Tracking-ID „%1“ enthält Steuerzeichen, Pfadtrenner oder „..“.</translation>
    </message>
    <message>
        <source>The tracking id “%1” has no letter or digit to name a file.</source>
        <translation>Die Tracking-ID „%1“ hat keinen Buchstaben und keine Ziffer für einen Dateinamen.</translation>
    </message>
    <message>
        <source>More than %1 advisories to publish.</source>
        <translation>Mehr als %1 Advisories zu veröffentlichen.</translation>
    </message>
    <message>
        <source>No signing key was given.</source>
        <translation>Es wurde kein Signaturschlüssel angegeben.</translation>
    </message>
    <message>
        <source>The advisories “%1” and “%2” would have the same file name %3.</source>
        <translation>Die Advisories „%1“ und „%2“ bekämen denselben Dateinamen %3.</translation>
    </message>
    <message>
        <source>The signing key must be named by its full fingerprint, not “%1”.</source>
        <translation>Der Signaturschlüssel muss mit seinem vollständigen Fingerabdruck angegeben werden, nicht mit „%1“.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is %1 MiB; at most %2 MiB are read.</source>
        <translation>Die Datei ist %1 MiB groß; gelesen werden höchstens %2 MiB.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field.</source>
        <translation>Zeile %1, Spalte %2: ein Anführungszeichen in einem Feld ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 fields.</source>
        <translation>Zeile %1: mehr als %2 Felder.</translation>
    </message>
    <message>
        <source>More than %1 rows.</source>
        <translation>Mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after a closing quote.</source>
        <translation>Zeile %1, Spalte %2: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>CveListReader</name>
    <message>
        <source>%1: not a list</source>
        <translation>%1: keine Liste</translation>
    </message>
    <message>
        <source>%1[%2].%3.vectorString: not a valid CVSS vector</source>
        <translation>%1[%2].%3.vectorString: kein gültiger CVSS-Vektor</translation>
    </message>
    <message>
        <source>%1.%2: not text</source>
        <translation>%1.%2: kein Text</translation>
    </message>
    <message>
        <source>%1.cpes[%2]: not a CPE name</source>
        <translation>%1.cpes[%2]: kein CPE-Name</translation>
    </message>
    <message>
        <source>%1.versions: not a list</source>
        <translation>%1.versions: keine Liste</translation>
    </message>
    <message>
        <source>%1.versions: only the first %2 entries are read</source>
        <translation>%1.versions: nur die ersten %2 Einträge werden gelesen</translation>
    </message>
    <message>
        <source>%1.version: missing or not text</source>
        <translation>%1.version: fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>%1: a field that should be text is not</source>
        <translation>%1: ein Feld, das Text sein sollte, ist es nicht</translation>
    </message>
    <message>
        <source>The CVE record is larger than %1 MiB; it was not read.</source>
        <translation>Der CVE-Eintrag ist größer als %1 MiB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Not a CVE record. %1</source>
        <translation>Kein CVE-Eintrag. %1</translation>
    </message>
    <message>
        <source>Not a CVE record: dataType is not CVE_RECORD.</source>
        <translation>Kein CVE-Eintrag: dataType ist nicht CVE_RECORD.</translation>
    </message>
    <message>
        <source>Not a CVE record: cveMetadata.cveId: missing or not a CVE id.</source>
        <translation>Kein CVE-Eintrag: cveMetadata.cveId: fehlt oder ist keine CVE-ID.</translation>
    </message>
    <message>
        <source>Not a CVE record: containers: missing or not an object.</source>
        <translation>Kein CVE-Eintrag: containers: fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>Not a CVE record: containers.cna: missing or not an object.</source>
        <translation>Kein CVE-Eintrag: containers.cna: fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>cveMetadata.state: neither PUBLISHED nor REJECTED</source>
        <translation>cveMetadata.state: weder PUBLISHED noch REJECTED</translation>
    </message>
    <message>
        <source>cveMetadata.%1: not a date and time</source>
        <translation>cveMetadata.%1: kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>containers.cna.title: not text</source>
        <translation>containers.cna.title: kein Text</translation>
    </message>
</context>
<context>
    <name>CveRecord</name>
    <message>
        <source>The case has no CVE id yet; add one on its Advisory tab.</source>
        <translation>Der Fall hat noch keine CVE-ID; auf seiner Seite „Mitteilung“ eine hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is not a CVE id of this case.</source>
        <translation>%1 ist keine CVE-ID dieses Falls.</translation>
    </message>
    <message>
        <source>The case has no published revision yet; a CVE record is published with its advisory. Publish a revision on the Advisory tab first.</source>
        <translation>Der Fall hat noch keine veröffentlichte Revision; ein CVE-Eintrag wird mit seinem Advisory veröffentlicht. Veröffentlichen Sie zuerst eine Revision auf dem Advisory-Reiter.</translation>
    </message>
    <message>
        <source>No product is known affected by %1; a CVE record describes a vulnerability in something. Mark the affected products on the Advisory tab.</source>
        <translation>Kein Produkt ist bekanntermaßen von %1 betroffen; ein CVE-Eintrag beschreibt eine Schwachstelle in etwas. Markieren Sie die betroffenen Produkte auf dem Advisory-Reiter.</translation>
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
        <source>Conditions beyond the attacker&apos;s control that must hold for success.</source>
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
        <source>Whether the impact reaches beyond the vulnerable component&apos;s security authority.</source>
        <translation>Ob die Auswirkung über den Sicherheitsbereich der verwundbaren Komponente hinausreicht.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Only the vulnerable component&apos;s authority is affected.</source>
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
        <source>Use the base metric&apos;s value.</source>
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
    <name>CweCatalog</name>
    <message>
        <source>MITRE discourages mapping vulnerabilities to %1, which is too abstract for a CVE; name the more specific weakness beneath it.</source>
        <translation>MITRE rät davon ab, Schwachstellen %1 zuzuordnen; die Kategorie ist für eine CVE zu allgemein. Nennen Sie die genauere Schwäche darunter.</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>Offenlegen</translation>
    </message>
    <message>
        <source>open on %1 UTC</source>
        <translation>offen am %1 UTC</translation>
    </message>
    <message>
        <source>open on %1 UTC, product line %2</source>
        <translation>offen am %1 UTC, Produktlinie %2</translation>
    </message>
    <message>
        <source>reports received %1 to %2</source>
        <translation>Meldungen eingegangen %1 bis %2</translation>
    </message>
    <message>
        <source>all reports received until %1</source>
        <translation>alle bis %1 eingegangenen Meldungen</translation>
    </message>
    <message>
        <source>%1, product line %2</source>
        <translation>%1, Produktlinie %2</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Product line:</source>
        <translation>Produktlinie:</translation>
    </message>
    <message>
        <source>Compliance of:</source>
        <translation>Einhaltung von:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the figure&apos;s table as CSV</source>
        <translation>Die Tabelle der Kennzahl als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Rechtzeitig eingehalten</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>SLA compliance per month: %1</source>
        <translation>SLA-Einhaltung pro Monat: %1</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (Tage)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90. Perzentil (Tage)</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>Andere Produkte</translation>
    </message>
    <message>
        <source>The dashboard has no chart %1.</source>
        <translation>Das Dashboard hat kein Diagramm %1.</translation>
    </message>
    <message>
        <source>The chart cannot be drawn as PNG.</source>
        <translation>Das Diagramm kann nicht als PNG gezeichnet werden.</translation>
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
    <message>
        <source>“%1” is read-only for you, so nothing can be changed in it. Reading commands (list, show, export, deadlines) open it read-only; to change it, ask for write access or work on a copy.</source>
        <translation>„%1“ ist für Sie schreibgeschützt, darin kann nichts geändert werden. Lesende Befehle (list, show, export, deadlines) öffnen die Datei schreibgeschützt; um sie zu ändern, bitten Sie um Schreibrechte oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only for you, and SQLite needs to keep its journal beside the database to change it. Reading commands (list, show, export, deadlines) open it read-only; to change it, move it to a folder you can write to.</source>
        <translation>Der Ordner „%1“ ist für Sie schreibgeschützt, und SQLite braucht für Änderungen sein Journal neben der Datenbank. Lesende Befehle (list, show, export, deadlines) öffnen sie schreibgeschützt; um sie zu ändern, verschieben Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be changed in it. To change it, ask for write access or work on a copy.</source>
        <translation>%1 ist schreibgeschützt geöffnet; darin kann nichts geändert werden. Um sie zu ändern, bitten Sie um Schreibrechte oder arbeiten Sie mit einer Kopie.</translation>
    </message>
</context>
<context>
    <name>DeadlineICalendar</name>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
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
        <translation>Fall Nr. %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
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
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — policy %2, state %3 as of %4.</source>
        <translation>%1 — Richtlinie %2, Stand %3 zum %4.</translation>
    </message>
    <message>
        <source>None of the selected cases has a deadline to export (closed cases, met clocks and clocks paused while waiting on the reporter have none). An iCalendar file needs at least one.</source>
        <translation>Keiner der gewählten Fälle hat eine Frist zum Exportieren (geschlossene Fälle, eingehaltene Uhren und Uhren, die auf den Melder warten, haben keine). Eine iCalendar-Datei braucht mindestens eine.</translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>List the SLA deadlines of every open case</source>
        <translation>Die SLA-Fristen aller offenen Fälle auflisten</translation>
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
        <source>Unknown format “%1”; use %2.</source>
        <translation>Unbekanntes Format „%1“; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>--now: “%1” is not an ISO 8601 date and time.</source>
        <translation>--now: „%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>Prints each deadline of each open case (or of the cases given with --case) under the case&apos;s policy and the team&apos;s calendar and time zone: case (tracking id or #id), clock, deadline (ISO 8601, UTC), state.</source>
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
</context>
<context>
    <name>DemoDatabaseJob</name>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 von %2 Fällen</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot move the new database to “%1”: %2</source>
        <translation>Die neue Datenbank kann nicht nach „%1“ verschoben werden: %2</translation>
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
        <translation>
            <numerusform>Demo-Daten kommen in eine leere Datenbank; diese enthält bereits %n Fall.</numerusform>
            <numerusform>Demo-Daten kommen in eine leere Datenbank; diese enthält bereits %n Fälle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s “now” must lie between %1 and %2: its two years of history must fit in the years 1970 to 9999.</source>
        <translation>Das „Jetzt“ der Demo muss zwischen %1 und %2 liegen: Ihre zwei Jahre Vorgeschichte müssen in die Jahre 1970 bis 9999 passen.</translation>
    </message>
</context>
<context>
    <name>DisclosureCheck</name>
    <message>
        <source>%1 contains %2 (“%3”)</source>
        <translation>%1 enthält %2 („%3“)</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s)</source>
        <translation>
            <numerusform>%n weiterer Fund</numerusform>
            <numerusform>%n weitere Funde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; edit the text or record the reporter&apos;s consent to be credited.</source>
        <translation>%1; ändern Sie den Text oder halten Sie das Einverständnis des Melders mit einer Nennung fest.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
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
        <source>Share the reporter&apos;s identifying information only with consent.</source>
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
    <message>
        <source>A policy has at most %1 clocks; this one has %2.</source>
        <translation>Eine Richtlinie hat höchstens %1 Fristen; diese hat %2.</translation>
    </message>
    <message>
        <source>A policy has at most %1 notes; this one has %2.</source>
        <translation>Eine Richtlinie hat höchstens %1 Hinweise; diese hat %2.</translation>
    </message>
    <message>
        <source>Expedited bulletin</source>
        <translation>Beschleunigtes Bulletin</translation>
    </message>
    <message>
        <source>Actively exploited: publish a security bulletin without waiting for a full fix.</source>
        <translation>Aktiv ausgenutzt: ein Sicherheitsbulletin veröffentlichen, ohne auf eine vollständige Korrektur zu warten.</translation>
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
    <name>EpssScores</name>
    <message>
        <source>The EPSS file could not be read: %1</source>
        <translation>Die EPSS-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The EPSS file is larger than %1 GiB uncompressed; it was not read.</source>
        <translation>Die EPSS-Datei ist entpackt größer als %1 GiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The EPSS file could not be read after row %1: its data is cut short or damaged.</source>
        <translation>Die EPSS-Datei konnte nach Zeile %1 nicht gelesen werden: Ihre Daten sind abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>Not an EPSS file: it has no header row (cve,epss,percentile).</source>
        <translation>Keine EPSS-Datei: Sie hat keine Kopfzeile (cve,epss,percentile).</translation>
    </message>
    <message>
        <source>Not an EPSS file: row %1 is not a header (cve,epss,percentile).</source>
        <translation>Keine EPSS-Datei: Zeile %1 ist keine Kopfzeile (cve,epss,percentile).</translation>
    </message>
    <message>
        <source>Not an EPSS file: row %1 is not the header cve,epss,percentile.</source>
        <translation>Keine EPSS-Datei: Zeile %1 ist nicht die Kopfzeile cve,epss,percentile.</translation>
    </message>
    <message>
        <source>The EPSS file has more than %1 rows; it was not read.</source>
        <translation>Die EPSS-Datei hat mehr als %1 Zeilen; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>row %1: longer than a row of scores</source>
        <translation>Zeile %1: länger als eine Zeile mit Werten</translation>
    </message>
    <message>
        <source>row %1: %2 fields, expected %3</source>
        <translation>Zeile %1: %2 Felder, erwartet %3</translation>
    </message>
    <message>
        <source>row %1: “%2” is not a CVE id</source>
        <translation>Zeile %1: „%2“ ist keine CVE-ID</translation>
    </message>
    <message>
        <source>row %1: epss “%2” is not a number from 0 to 1</source>
        <translation>Zeile %1: epss „%2“ ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>row %1: percentile “%2” is not a number from 0 to 1</source>
        <translation>Zeile %1: percentile „%2“ ist keine Zahl von 0 bis 1</translation>
    </message>
    <message numerus="yes">
        <source>Not an EPSS file: none of its %n row(s) could be read (%1).</source>
        <translation>
            <numerusform>Keine EPSS-Datei: Ihre %n Zeile konnte nicht gelesen werden (%1).</numerusform>
            <numerusform>Keine EPSS-Datei: Keine ihrer %n Zeilen konnte gelesen werden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the EPSS file “%1”: %2</source>
        <translation>Die EPSS-Datei „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open the gzip file “%1”: %2</source>
        <translation>Die gzip-Datei „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Attach, list, export and verify encrypted evidence</source>
        <translation>Verschlüsselte Beweismittel anhängen, auflisten, exportieren und prüfen</translation>
    </message>
    <message>
        <source>evidence init                       set the evidence passphrase of a database
evidence add CASE FILE...           attach files to a case (tracking id or number)
evidence list CASE                  the case&apos;s evidence
evidence export ID --out FILE       one attachment
evidence export --case CASE --out FOLDER   all of a case&apos;s evidence and a SHA256SUMS manifest
evidence verify [--case CASE]       decrypt and re-hash (exit 3 on any problem)
The passphrase comes from PSIRTDESK_EVIDENCE_PASSPHRASE or is asked without echo.</source>
        <translation>evidence init                       die Passphrase der Beweismittel einer Datenbank setzen
evidence add FALL DATEI...          Dateien an einen Fall anhängen (Vorgangsnummer oder Nummer)
evidence list FALL                  die Beweismittel des Falls
evidence export ID --out DATEI      ein Anhang
evidence export --case FALL --out ORDNER   alle Beweismittel eines Falls und ein SHA256SUMS-Manifest
evidence verify [--case FALL]       entschlüsseln und neu prüfen (Exit-Status 3 bei jedem Problem)
Die Passphrase kommt aus PSIRTDESK_EVIDENCE_PASSPHRASE oder wird ohne Echo abgefragt.</translation>
    </message>
    <message>
        <source>The file or folder to export to.</source>
        <translation>Die Datei oder der Ordner für den Export.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The case (tracking id or database number).</source>
        <translation>Der Fall (Vorgangsnummer oder Datenbanknummer).</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>FALL</translation>
    </message>
    <message>
        <source>A note for the added files.</source>
        <translation>Eine Notiz zu den hinzugefügten Dateien.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: tsv (default) or json.</source>
        <translation>list: tsv (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Say what to do: init, add, list, export or verify.</source>
        <translation>Geben Sie an, was zu tun ist: init, add, list, export oder verify.</translation>
    </message>
    <message>
        <source>Evidence passphrase: </source>
        <translation>Passphrase der Beweismittel: </translation>
    </message>
    <message>
        <source>Evidence passphrase set (%1 PBKDF2 iterations).</source>
        <translation>Passphrase der Beweismittel gesetzt (%1 PBKDF2-Iterationen).</translation>
    </message>
    <message>
        <source>Usage: evidence add CASE FILE... --database DB</source>
        <translation>Aufruf: evidence add FALL DATEI... --database DB</translation>
    </message>
    <message>
        <source>Missing --out.</source>
        <translation>--out fehlt.</translation>
    </message>
    <message>
        <source>Usage: evidence export ID --out FILE, or --case CASE --out FOLDER</source>
        <translation>Aufruf: evidence export ID --out DATEI, oder --case FALL --out ORDNER</translation>
    </message>
</context>
<context>
    <name>EvidenceCompareView</name>
    <message numerus="yes">
        <source>%n differing row(s)</source>
        <translation>
            <numerusform>%n abweichende Zeile</numerusform>
            <numerusform>%n abweichende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(too many differences for a line-by-line alignment; the middle is shown as one block)</source>
        <translation>(zu viele Unterschiede für eine zeilenweise Ausrichtung; der mittlere Teil wird als ein Block gezeigt)</translation>
    </message>
    <message>
        <source>(only the first %1 MiB or %2 lines of each are compared)</source>
        <translation>(nur die ersten %1 MiB oder %2 Zeilen jeder Seite werden verglichen)</translation>
    </message>
</context>
<context>
    <name>EvidenceCrypto</name>
    <message>
        <source>QCA offers no SHA-256 (is the qca-ossl plugin installed?).</source>
        <translation>QCA bietet kein SHA-256 (ist das Plugin qca-ossl installiert?).</translation>
    </message>
    <message>
        <source>QCA offers no PBKDF2 (is the qca-ossl plugin installed?).</source>
        <translation>QCA bietet kein PBKDF2 (ist das Plugin qca-ossl installiert?).</translation>
    </message>
    <message>
        <source>QCA offers no AES-256-GCM (is the qca-ossl plugin installed?).</source>
        <translation>QCA bietet kein AES-256-GCM (ist das Plugin qca-ossl installiert?).</translation>
    </message>
</context>
<context>
    <name>EvidenceReader</name>
    <message>
        <source>Cannot open the case database to read evidence.</source>
        <translation>Die Falldatenbank lässt sich zum Lesen der Beweismittel nicht öffnen.</translation>
    </message>
    <message>
        <source>Part %1 of this evidence is missing: the body is truncated.</source>
        <translation>Teil %1 dieses Beweismittels fehlt: der Inhalt ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Part %1 of this evidence does not authenticate: it was altered or truncated. It is not shown.</source>
        <translation>Teil %1 dieses Beweismittels lässt sich nicht authentifizieren: er wurde verändert oder abgeschnitten. Er wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>The evidence store has no passphrase yet.</source>
        <translation>Der Beweismittelspeicher hat noch keine Passphrase.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The evidence store already has a passphrase.</source>
        <translation>Der Beweismittelspeicher hat bereits eine Passphrase.</translation>
    </message>
    <message>
        <source>The evidence store is locked: enter its passphrase first.</source>
        <translation>Der Beweismittelspeicher ist gesperrt: Geben Sie zuerst seine Passphrase ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the evidence store.</source>
        <translation>Falsche Passphrase für den Beweismittelspeicher.</translation>
    </message>
    <message>
        <source>The evidence body&apos;s key does not authenticate: it was altered.</source>
        <translation>Der Schlüssel des Beweismittels lässt sich nicht authentifizieren: er wurde verändert.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>“%1” is larger than the evidence store takes (%2 GiB).</source>
        <translation>„%1“ ist größer, als der Beweismittelspeicher aufnimmt (%2 GiB).</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Es gibt keinen Anhang %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This evidence&apos;s body is damaged (its size and parts disagree). It is not shown.</source>
        <translation>Der Inhalt dieses Beweismittels ist beschädigt (Größe und Teile passen nicht zusammen). Er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The content&apos;s SHA-256 is %1, not the recorded %2.</source>
        <translation>Der SHA-256 des Inhalts ist %1, nicht der gespeicherte %2.</translation>
    </message>
    <message>
        <source>This evidence&apos;s body is damaged (the attachment and the body record different sizes). It is not shown.</source>
        <translation>Der Inhalt dieses Beweismittels ist beschädigt (Anhang und Inhalt verzeichnen verschiedene Größen). Er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>This attachment refers to another body than the one attached (SHA-256 %1, recorded %2). It is not shown.</source>
        <translation>Dieser Anhang verweist auf einen anderen Inhalt als den angehängten (SHA-256 %1, verzeichnet %2). Er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>This evidence&apos;s records (SHA-256, size or parts) are not those its key was sealed with: they were altered. It is not shown.</source>
        <translation>Die Angaben zu diesem Beweismittel (SHA-256, Größe oder Teile) sind nicht die, mit denen sein Schlüssel versiegelt wurde: Sie wurden verändert. Es wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The content&apos;s SHA-256 is %1, not the recorded %2. It is not shown.</source>
        <translation>Der SHA-256 des Inhalts ist %1, nicht der verzeichnete %2. Er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The exported content (SHA-256 %1, %2 bytes) is not the recorded evidence (SHA-256 %3, %4 bytes). Nothing was written.</source>
        <translation>Der exportierte Inhalt (SHA-256 %1, %2 Bytes) ist nicht das verzeichnete Beweismittel (SHA-256 %3, %4 Bytes). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Attach files (or drop them here); they are encrypted in the case database</source>
        <translation>Dateien anhängen (oder hier ablegen); sie werden in der Falldatenbank verschlüsselt</translation>
    </message>
    <message>
        <source>Paste &amp;Image</source>
        <translation>&amp;Bild einfügen</translation>
    </message>
    <message>
        <source>Export A&amp;ll…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <source>Writes every attachment and a SHA-256 manifest into a folder</source>
        <translation>Schreibt alle Anhänge und ein SHA-256-Manifest in einen Ordner</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Decrypts and re-hashes the case&apos;s evidence (chain of custody)</source>
        <translation>Entschlüsselt die Beweismittel des Falls und berechnet ihre Prüfsummen neu (Beweiskette)</translation>
    </message>
    <message>
        <source>Side by side, for two text attachments</source>
        <translation>Nebeneinander, für zwei Textanhänge</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Beweismittel anhängen</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Beweismittel exportieren</translation>
    </message>
    <message>
        <source>Export All Evidence to a Folder</source>
        <translation>Alle Beweismittel in einen Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached and encrypted.</source>
        <translation>
            <numerusform>%n Datei angehängt und verschlüsselt.</numerusform>
            <numerusform>%n Dateien angehängt und verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>Image attached and encrypted.</source>
        <translation>Bild angehängt und verschlüsselt.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The case&apos;s evidence and its SHA-256 manifest are in %1.</source>
        <translation>Die Beweismittel des Falls und ihr SHA-256-Manifest liegen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n attachment(s) decrypt and match their SHA-256.</source>
        <translation>
            <numerusform>Der %n Anhang lässt sich entschlüsseln und passt zu seinem SHA-256.</numerusform>
            <numerusform>Alle %n Anhänge lassen sich entschlüsseln und passen zu ihrem SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The attachment is gone.</source>
        <translation>Der Anhang ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The evidence store refused the key; try again.</source>
        <translation>Der Beweismittelspeicher hat den Schlüssel abgelehnt; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>“%1” is still running: wait for it or cancel it.</source>
        <translation>„%1“ läuft noch: abwarten oder abbrechen.</translation>
    </message>
    <message>
        <source>Adding “%1” (%2 of %3)</source>
        <translation>„%1“ wird hinzugefügt (%2 von %3)</translation>
    </message>
    <message>
        <source>Adding “%1”</source>
        <translation>„%1“ wird hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the file being added was not stored. %n file(s) attached before.</source>
        <translation>
            <numerusform>Abgebrochen; die Datei, die hinzugefügt wurde, wurde nicht gespeichert. Zuvor wurde %n Datei angehängt.</numerusform>
            <numerusform>Abgebrochen; die Datei, die hinzugefügt wurde, wurde nicht gespeichert. Zuvor wurden %n Dateien angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the pasted image</source>
        <translation>Das eingefügte Bild wird hinzugefügt</translation>
    </message>
    <message>
        <source>Cancelled; the image was not stored.</source>
        <translation>Abgebrochen; das Bild wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Exporting the case&apos;s evidence</source>
        <translation>Die Beweismittel des Falls werden exportiert</translation>
    </message>
    <message>
        <source>Cancelled; the files written so far were removed.</source>
        <translation>Abgebrochen; die bisher geschriebenen Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewerPane</name>
    <message>
        <source>Show as</source>
        <translation>Anzeigen als</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>Anzeigen als:</translation>
    </message>
    <message>
        <source>No attachment</source>
        <translation>Kein Anhang</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>The attachment is empty (0 bytes).</source>
        <translation>Der Anhang ist leer (0 Bytes).</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>This build has no iCalendar support (KF6 CalendarCore).</source>
        <translation>Dieser Build unterstützt kein iCalendar (KF6 CalendarCore).</translation>
    </message>
    <message>
        <source>Select one or more cases in the inbox first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Fälle im Eingang aus.</translation>
    </message>
    <message>
        <source>Deadlines of all open cases written to %1.</source>
        <translation>Fristen aller offenen Fälle nach %1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines of %n selected case(s) written to %1.</source>
        <translation>
            <numerusform>Fristen von %n ausgewähltem Fall nach %1 geschrieben.</numerusform>
            <numerusform>Fristen von %n ausgewählten Fällen nach %1 geschrieben.</numerusform>
        </translation>
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
        <source>Open a case database first.</source>
        <translation>Zuerst eine Falldatenbank öffnen.</translation>
    </message>
    <message>
        <source>TLP label printed on every page:</source>
        <translation>TLP-Kennzeichnung auf jeder Seite:</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Zuerst einen Fall auswählen.</translation>
    </message>
    <message>
        <source>Export Case Report</source>
        <translation>Fallbericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Case report written to %1.</source>
        <translation>Fallbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export Management Report</source>
        <translation>Managementbericht exportieren</translation>
    </message>
    <message>
        <source>Management report written to %1.</source>
        <translation>Managementbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export CSAF Advisory</source>
        <translation>CSAF-Mitteilung exportieren</translation>
    </message>
    <message>
        <source>CSAF documents (*.json)</source>
        <translation>CSAF-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>CSAF advisory written to %1.</source>
        <translation>CSAF-Mitteilung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export CVE Record</source>
        <translation>CVE-Eintrag exportieren</translation>
    </message>
    <message>
        <source>CVE records (*.json)</source>
        <translation>CVE-Einträge (*.json)</translation>
    </message>
    <message>
        <source>CVE record written to %1.</source>
        <translation>CVE-Eintrag nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export Inbox as CSV</source>
        <translation>Posteingang als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Inbox written to %1.</source>
        <translation>Posteingang nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Publish to CSAF Provider Folder</source>
        <translation>In CSAF-Provider-Ordner veröffentlichen</translation>
    </message>
    <message>
        <source>The last publication is still being written.</source>
        <translation>Die letzte Veröffentlichung wird noch geschrieben.</translation>
    </message>
    <message>
        <source>Cannot sign with the team key: %1</source>
        <translation>Mit dem Teamschlüssel kann nicht signiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n document(s) to %1, %2 changed.</source>
        <translation>
            <numerusform>%n Dokument nach %1 veröffentlicht, %2 geändert.</numerusform>
            <numerusform>%n Dokumente nach %1 veröffentlicht, %2 geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TLP:AMBER or TLP:RED document(s) withheld.</source>
        <translation>
            <numerusform>%n Dokument mit TLP:AMBER oder TLP:RED zurückgehalten.</numerusform>
            <numerusform>%n Dokumente mit TLP:AMBER oder TLP:RED zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed: no team key is configured for correspondence.</source>
        <translation>Nicht signiert: Für die Korrespondenz ist kein Teamschlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Veröffentliche nach %1 …</translation>
    </message>
    <message>
        <source>Export CSAF VEX</source>
        <translation>CSAF-VEX exportieren</translation>
    </message>
    <message>
        <source>VEX document written to %1.</source>
        <translation>VEX-Dokument nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>VEX for a Product Release</source>
        <translation>VEX für eine Produktversion</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>From every published advisory that names the product; a release inside a range is stated as that release.</source>
        <translation>Aus jeder veröffentlichten Mitteilung, die das Produkt nennt; eine Version innerhalb eines Bereichs wird als diese Version angegeben.</translation>
    </message>
</context>
<context>
    <name>ExportAdvisoryCommand</name>
    <message>
        <source>The file to write; - for standard output.</source>
        <translation>Die zu schreibende Datei; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The case: id or tracking id.</source>
        <translation>Der Fall: Nummer oder Vorgangsnummer.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>CSAF 2.0 security advisory (JSON)</source>
        <translation>CSAF-2.0-Sicherheitsmitteilung (JSON)</translation>
    </message>
    <message>
        <source>Document status: draft, interim or final (default).</source>
        <translation>Dokumentstatus: draft, interim oder final (Vorgabe).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>The advisory&apos;s id (default: the first case&apos;s).</source>
        <translation>Die Kennung der Mitteilung (Vorgabe: die des ersten Falls).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>CVE JSON 5 record of a case&apos;s CVE id</source>
        <translation>CVE-JSON-5-Eintrag zu einer CVE-ID eines Falls</translation>
    </message>
    <message>
        <source>Writes the CVE record (CVE JSON 5, CNA container) for a CVE id of case ID.</source>
        <translation>Schreibt den CVE-Eintrag (CVE JSON 5, CNA-Container) für eine CVE-ID des Falls ID.</translation>
    </message>
    <message>
        <source>Which of the case&apos;s CVE ids (default: the first).</source>
        <translation>Welche CVE-ID des Falls (Vorgabe: die erste).</translation>
    </message>
    <message>
        <source>CVE-ID</source>
        <translation>CVE-ID</translation>
    </message>
    <message>
        <source>Give exactly one case id.</source>
        <translation>Geben Sie genau eine Fallnummer an.</translation>
    </message>
    <message>
        <source>CSV of the inbox (RFC 4180, UTF-8)</source>
        <translation>CSV des Posteingangs (RFC 4180, UTF-8)</translation>
    </message>
    <message>
        <source>Writes the inbox as CSV with its columns: open cases, or all with --all, optionally only those matching --filter (as the inbox&apos;s quick filter).</source>
        <translation>Schreibt den Posteingang mit seinen Spalten als CSV: offene Fälle, mit --all alle, wahlweise nur die zu --filter passenden (wie der Schnellfilter des Posteingangs).</translation>
    </message>
    <message>
        <source>Closed cases too.</source>
        <translation>Auch geschlossene Fälle.</translation>
    </message>
    <message>
        <source>Only cases whose id, title, product, reporter or owner contain TEXT.</source>
        <translation>Nur Fälle, deren Nummer, Titel, Produkt, meldende Person oder Bearbeiter TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>Mit UTF-8-Bytereihenfolgemarke beginnen (für Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>Field separator: , (default) ; or tab.</source>
        <translation>Feldtrenner: , (Vorgabe) ; oder tab.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>The separator is , ; or tab.</source>
        <translation>Der Trenner ist , ; oder tab.</translation>
    </message>
    <message>
        <source>PDF management report: queue and dashboard</source>
        <translation>PDF-Managementbericht: Warteschlange und Übersicht</translation>
    </message>
    <message>
        <source>Writes the management report: the open cases grouped by severity and SLA state, and the dashboard&apos;s figures for the period, with a TLP 2.0 label on every page.</source>
        <translation>Schreibt den Managementbericht: die offenen Fälle nach Schweregrad und SLA-Zustand gruppiert und die Kennzahlen der Übersicht für den Zeitraum, mit TLP-2.0-Kennzeichnung auf jeder Seite.</translation>
    </message>
    <message>
        <source>TLP label: clear, green, amber (default), amber+strict or red.</source>
        <translation>TLP-Kennzeichnung: clear, green, amber (Vorgabe), amber+strict oder red.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>The dashboard&apos;s period: the last DAYS days (default 365; 0: all).</source>
        <translation>Zeitraum der Übersicht: die letzten TAGE Tage (Vorgabe 365; 0: alle).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Only this product line&apos;s cases in the dashboard.</source>
        <translation>Nur die Fälle dieser Produktlinie in der Übersicht.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINIE</translation>
    </message>
    <message>
        <source>Unknown TLP label “%1”.</source>
        <translation>Unbekannte TLP-Kennzeichnung „%1“.</translation>
    </message>
    <message>
        <source>--days takes a number of days.</source>
        <translation>--days erwartet eine Anzahl Tage.</translation>
    </message>
    <message>
        <source>TLP label: clear (CSAF&apos;s WHITE), green, amber or red (default: clear for disclosed cases, amber otherwise).</source>
        <translation>TLP-Kennzeichnung: clear (CSAFs WHITE), green, amber oder red (Standard: clear für offengelegte Fälle, sonst amber).</translation>
    </message>
    <message>
        <source>Unknown TLP label “%1”; use clear, green, amber or red.</source>
        <translation>Unbekannte TLP-Kennzeichnung „%1“; verwenden Sie clear, green, amber oder red.</translation>
    </message>
    <message>
        <source>advisory (default: a security advisory) or vex (a VEX document: each product&apos;s status, and why the products not affected are not).</source>
        <translation>advisory (Vorgabe: eine Sicherheitsmitteilung) oder vex (ein VEX-Dokument: der Status jedes Produkts und warum die nicht betroffenen es nicht sind).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Writes a CSAF 2.0 security advisory (or with --profile vex a VEX document) for one case or a group of cases, from their advisory data and the publisher settings: the public text written on the Advisory tab, and the reporter and others credited only with their consent. A final or interim document is the last published revision; a draft needs none.</source>
        <translation>Schreibt eine CSAF-2.0-Sicherheitsmitteilung (mit --profile vex ein VEX-Dokument) für einen Fall oder eine Gruppe von Fällen, aus ihren Mitteilungsdaten und den Herausgeber-Einstellungen: der im Reiter „Mitteilung“ geschriebene öffentliche Text, und Melder und andere nur mit ihrer Zustimmung genannt. Ein endgültiges oder vorläufiges Dokument ist die letzte veröffentlichte Revision; ein Entwurf braucht keine.</translation>
    </message>
    <message>
        <source>Unknown profile “%1”; use advisory or vex.</source>
        <translation>Unbekanntes Profil „%1“; verwenden Sie advisory oder vex.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Instead of cases: a VEX document for this product from every published advisory that names it (implies --profile vex).</source>
        <translation>Statt Fällen: ein VEX-Dokument für dieses Produkt aus jeder veröffentlichten Mitteilung, die es nennt (setzt --profile vex).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --product: only what the advisories say about this release of it.</source>
        <translation>Mit --product: nur, was die Mitteilungen über diese Version davon sagen.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Name cases or --product, not both.</source>
        <translation>Nennen Sie Fälle oder --product, nicht beides.</translation>
    </message>
    <message>
        <source>--release needs --product.</source>
        <translation>--release braucht --product.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export cases as reports or advisories</source>
        <translation>Fälle als Berichte oder Sicherheitsmitteilungen exportieren</translation>
    </message>
    <message>
        <source>Usage: %1 FORMAT [OPTIONS]</source>
        <translation>Aufruf: %1 FORMAT [OPTIONEN]</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Run “%1 FORMAT --help” for a format&apos;s options.</source>
        <translation>„%1 FORMAT --help“ zeigt die Optionen eines Formats.</translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>The format (see above), then its options.</source>
        <translation>Das Format (siehe oben), dann seine Optionen.</translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>PDF case report for product teams</source>
        <translation>PDF-Fallbericht für Produktteams</translation>
    </message>
    <message>
        <source>Writes the PDF case report of case ID (a number or a tracking id). The reporter&apos;s identity appears only when they consented to sharing it.</source>
        <translation>Schreibt den PDF-Fallbericht des Falls ID (Nummer oder Vorgangsnummer). Die Identität der meldenden Person erscheint nur mit ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>The case: id or tracking id.</source>
        <translation>Der Fall: Nummer oder Vorgangsnummer.</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber (default), amber+strict or red.</source>
        <translation>TLP-2.0-Kennzeichnung: clear, green, amber (Vorgabe), amber+strict oder red.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Give exactly one case id.</source>
        <translation>Geben Sie genau eine Fallnummer an.</translation>
    </message>
    <message>
        <source>Unknown TLP label “%1”; use clear, green, amber, amber+strict or red.</source>
        <translation>Unbekannte TLP-Kennzeichnung „%1“; clear, green, amber, amber+strict oder red verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Name at least one case.</source>
        <translation>Mindestens einen Fall nennen.</translation>
    </message>
    <message>
        <source>This build has no iCalendar support (KF6 CalendarCore).</source>
        <translation>Dieser Build unterstützt kein iCalendar (KF6 CalendarCore).</translation>
    </message>
    <message>
        <source>The dashboard has no table %1.</source>
        <translation>Das Dashboard hat keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Name the product.</source>
        <translation>Nennen Sie das Produkt.</translation>
    </message>
    <message>
        <source>No published advisory names “%1”.</source>
        <translation>Keine veröffentlichte Mitteilung nennt „%1“.</translation>
    </message>
    <message>
        <source>No published advisory and no upstream alert names “%1 %2”.</source>
        <translation>Kein veröffentlichtes Advisory und kein Upstream-Alarm nennt „%1 %2“.</translation>
    </message>
</context>
<context>
    <name>FeedArchive</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a readable ZIP file: %2</source>
        <translation>„%1“ ist keine lesbare ZIP-Datei: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB; it was not read.</source>
        <translation>„%1“ ist größer als %2 MiB; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries; it was not read.</source>
        <translation>Das Archiv hat mehr als %1 Einträge; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: folders nested too deeply; skipped</source>
        <translation>%1: Ordner zu tief verschachtelt; übersprungen</translation>
    </message>
    <message>
        <source>%1: a path that leaves the archive; skipped</source>
        <translation>%1: ein Pfad, der aus dem Archiv hinausführt; übersprungen</translation>
    </message>
    <message>
        <source>%1 expands more than %2-fold; the archive looks like a zip bomb and was not read further.</source>
        <translation>%1 entpackt sich auf mehr als das %2-Fache; das Archiv sieht nach einer ZIP-Bombe aus und wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The archive expands to more than %1 GiB; it was not read further.</source>
        <translation>Das Archiv ist entpackt größer als %1 GiB; es wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>%1: a ZIP inside a ZIP inside a ZIP; skipped</source>
        <translation>%1: ein ZIP in einem ZIP in einem ZIP; übersprungen</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; skipped</source>
        <translation>%1: größer als %2 MiB; übersprungen</translation>
    </message>
    <message>
        <source>%1: could not be read in full; skipped</source>
        <translation>%1: konnte nicht vollständig gelesen werden; übersprungen</translation>
    </message>
    <message>
        <source>Could not make a temporary file for %1: %2</source>
        <translation>Für %1 konnte keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1 from the archive.</source>
        <translation>%1 konnte nicht aus dem Archiv gelesen werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 to a temporary file: %2</source>
        <translation>%1 konnte nicht in eine temporäre Datei kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>FeedJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2.</source>
        <translation>Ungültiges JSON bei %1: %2.</translation>
    </message>
    <message>
        <source>The JSON does not hold an object at the top level.</source>
        <translation>Das JSON enthält auf oberster Ebene kein Objekt.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HexViewer</name>
    <message>
        <source>Go to offset (decimal or 0x hex)</source>
        <translation>Gehe zu Position (dezimal oder 0x hex)</translation>
    </message>
    <message>
        <source>No such offset; the content has %1 bytes.</source>
        <translation>Diese Position gibt es nicht; der Inhalt hat %1 Bytes.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>IdentityScan</name>
    <message>
        <source>the reporter&apos;s name</source>
        <translation>den Namen des Melders</translation>
    </message>
    <message>
        <source>an e-mail address of the reporter</source>
        <translation>eine E-Mail-Adresse des Melders</translation>
    </message>
    <message>
        <source>the reporter&apos;s organisation</source>
        <translation>die Organisation des Melders</translation>
    </message>
    <message>
        <source>a handle of the reporter</source>
        <translation>ein Pseudonym des Melders</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Image refused: its header claims %1 × %2 pixels (%3 megapixels, about %4 MiB decoded), above the limit of %5 megapixels. It may be a decompression bomb; use the hex viewer to inspect it.</source>
        <translation>Bild abgelehnt: Sein Kopf gibt %1 × %2 Pixel an (%3 Megapixel, dekodiert etwa %4 MiB), über der Grenze von %5 Megapixeln. Es könnte eine Dekompressionsbombe sein; untersuchen Sie es mit der Hex-Ansicht.</translation>
    </message>
    <message>
        <source>The image cannot be decoded (%1 × %2 %3): %4. It may be truncated or damaged.</source>
        <translation>Das Bild kann nicht dekodiert werden (%1 × %2 %3): %4. Es ist möglicherweise abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The JPEG image ends early: it is truncated or damaged; what is missing shows as grey.</source>
        <translation>Das JPEG-Bild endet zu früh: Es ist abgeschnitten oder beschädigt; Fehlendes erscheint grau.</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels, %4 bits per pixel</source>
        <translation>%1, %2 × %3 Pixel, %4 Bit pro Pixel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more text key(s) not shown)</source>
        <translation>
            <numerusform>(%n weiterer Textschlüssel nicht gezeigt)</numerusform>
            <numerusform>(%n weitere Textschlüssel nicht gezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import e-mail (.eml, mbox, Maildir) as reports and correspondence</source>
        <translation>E-Mail (.eml, mbox, Maildir) als Meldungen und Korrespondenz importieren</translation>
    </message>
    <message>
        <source>Imports each message: a subject with a report pattern (default “PSIRT Case”) becomes a new report, a message quoting a tracking id or replying to an imported message is attached to its case, a message imported before is skipped. Prints one line per message: position, result. Malformed messages are reported and skipped; the rest is imported. With PSIRTDESK_EVIDENCE_PASSPHRASE set, attachments are stored as encrypted evidence.</source>
        <translation>Importiert jede Nachricht: Ein Betreff mit einem Meldungsmuster (Standard „PSIRT Case“) wird zu einer neuen Meldung, eine Nachricht mit einer Vorgangsnummer oder als Antwort auf eine importierte Nachricht wird ihrem Fall angehängt, eine bereits importierte Nachricht wird übersprungen. Gibt eine Zeile pro Nachricht aus: Position, Ergebnis. Fehlerhafte Nachrichten werden gemeldet und übersprungen; der Rest wird importiert. Mit gesetztem PSIRTDESK_EVIDENCE_PASSPHRASE werden Anhänge als verschlüsselte Beweismittel gespeichert.</translation>
    </message>
    <message>
        <source>GnuPG home with the team key for encrypted reports (default: the one in the settings).</source>
        <translation>GnuPG-Verzeichnis mit dem Team-Schlüssel für verschlüsselte Meldungen (Standard: das aus den Einstellungen).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>.eml files, mbox files or Maildir folders.</source>
        <translation>.eml-Dateien, mbox-Dateien oder Maildir-Ordner.</translation>
    </message>
    <message>
        <source>Name at least one file or Maildir folder.</source>
        <translation>Nennen Sie mindestens eine Datei oder einen Maildir-Ordner.</translation>
    </message>
    <message>
        <source>%1 new reports, %2 attached to cases, %3 duplicates skipped, %4 not reports, %5 refused.</source>
        <translation>%1 neue Meldungen, %2 an Fälle angehängt, %3 Duplikate übersprungen, %4 keine Meldungen, %5 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Examine</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>&amp;Import Checked</source>
        <translation>Markierte &amp;importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>E-Mail importieren</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Maildir…</source>
        <translation>&amp;Maildir hinzufügen…</translation>
    </message>
    <message>
        <source>Proposed report</source>
        <translation>Vorgeschlagene Meldung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Product model:</source>
        <translation>&amp;Produktmodell:</translation>
    </message>
    <message>
        <source>Software &amp;version:</source>
        <translation>Software&amp;version:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Steps to reproduce:</source>
        <translation>&amp;Schritte zur Reproduktion:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Add Maildir Folder</source>
        <translation>Maildir-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add Mail Files</source>
        <translation>E-Mail-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx)</source>
        <translation>E-Mail (*.eml *.mbox *.mbx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 new reports, %2 messages attached to cases.</source>
        <translation>Importiert: %1 neue Meldungen, %2 Nachrichten an Fälle angehängt.</translation>
    </message>
    <message>
        <source>%1 messages: %2 new reports, %3 for existing cases, %4 already imported, %5 refused.</source>
        <translation>%1 Nachrichten: %2 neue Meldungen, %3 zu bestehenden Fällen, %4 bereits importiert, %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>Similar to %1: %2</source>
        <translation>Ähnlich wie %1: %2</translation>
    </message>
    <message>
        <source>— mark as duplicate of %1</source>
        <translation>— als Duplikat von %1 markieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>OpenPGP</source>
        <translation>OpenPGP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
    <message>
        <source>Actively exploited since %1 — %2</source>
        <translation>Aktiv ausgenutzt seit %1 — %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
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
    <message>
        <source>Loading cases…</source>
        <translation>Fälle werden geladen…</translation>
    </message>
    <message>
        <source>Loading %L1 cases…</source>
        <translation>%L1 Fälle werden geladen…</translation>
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
    <name>IntakeSettingsDialog</name>
    <message>
        <source>Mail Intake Settings</source>
        <translation>Einstellungen des E-Mail-Eingangs</translation>
    </message>
    <message>
        <source>One pattern per line. A message whose subject contains one of them (ignoring case) is proposed as a new report.</source>
        <translation>Ein Muster pro Zeile. Eine Nachricht, deren Betreff eines davon enthält (ohne Beachtung der Groß-/Kleinschreibung), wird als neue Meldung vorgeschlagen.</translation>
    </message>
    <message>
        <source>No key: encrypted reports are imported unread</source>
        <translation>Kein Schlüssel: verschlüsselte Meldungen werden ungelesen importiert</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Report &amp;subject patterns:</source>
        <translation>&amp;Betreffmuster für Meldungen:</translation>
    </message>
    <message>
        <source>&amp;GnuPG home (team key):</source>
        <translation>&amp;GnuPG-Verzeichnis (Team-Schlüssel):</translation>
    </message>
    <message>
        <source>GnuPG Home</source>
        <translation>GnuPG-Verzeichnis</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>IntelCommand</name>
    <message>
        <source>list: decided alerts too, not only open ones.</source>
        <translation>list: auch entschiedene Warnungen, nicht nur offene.</translation>
    </message>
    <message>
        <source>dismiss: why, in the team&apos;s words.</source>
        <translation>dismiss: die Begründung in den Worten des Teams.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>tsv (default) or json.</source>
        <translation>tsv (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Import the KEV catalog, EPSS scores and OSV or CVE records</source>
        <translation>KEV-Katalog, EPSS-Werte und OSV- oder CVE-Einträge importieren</translation>
    </message>
    <message>
        <source>Upstream alerts: published vulnerabilities in the team&apos;s SBOMs</source>
        <translation>Upstream-Warnungen: veröffentlichte Schwachstellen in den SBOMs des Teams</translation>
    </message>
    <message>
        <source>feeds import kev FILE        CISA known_exploited_vulnerabilities.json
feeds import epss FILE       FIRST epss_scores-YYYY-MM-DD.csv(.gz)
feeds import records FILE    OSV or CVE List (JSON 5) records: a .json file or a .zip
feeds status                 what each feed is as of
Nothing is downloaded: fetch the files where the network is, carry them in.
Each import replaces what the feed said before; records are then matched against
the SBOMs (upstream list).</source>
        <translation>feeds import kev FILE        CISA known_exploited_vulnerabilities.json
feeds import epss FILE       FIRST epss_scores-YYYY-MM-DD.csv(.gz)
feeds import records FILE    OSV- oder CVE-List-Einträge (JSON 5): eine .json- oder .zip-Datei
feeds status                 Stand der einzelnen Feeds
Es wird nichts heruntergeladen: Laden Sie die Dateien dort, wo es Netzzugang gibt, und bringen Sie sie hierher.
Jeder Import ersetzt den bisherigen Inhalt des Feeds; danach werden die Einträge mit
den SBOMs abgeglichen (upstream list).</translation>
    </message>
    <message>
        <source>upstream list [--all]                   open alerts (KEV first, then by EPSS)
upstream case ID                        open a prefilled case from an alert
upstream dismiss ID JUSTIFICATION [--note TEXT]
    JUSTIFICATION: component_not_present, vulnerable_code_not_present,
    vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary,
    inline_mitigations_already_exist</source>
        <translation>upstream list [--all]                   offene Warnungen (KEV zuerst, dann nach EPSS)
upstream case ID                        einen vorausgefüllten Fall aus einer Warnung eröffnen
upstream dismiss ID JUSTIFICATION [--note TEXT]
    JUSTIFICATION: component_not_present, vulnerable_code_not_present,
    vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary,
    inline_mitigations_already_exist</translation>
    </message>
    <message>
        <source>Say what to do: import kev|epss|records FILE, or status.</source>
        <translation>Geben Sie an, was zu tun ist: import kev|epss|records FILE oder status.</translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>Say what to do: list, case ID, or dismiss ID JUSTIFICATION.</source>
        <translation>Geben Sie an, was zu tun ist: list, case ID oder dismiss ID JUSTIFICATION.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) imported</source>
        <translation>
            <numerusform>%1: %n Eintrag importiert</numerusform>
            <numerusform>%1: %n Einträge importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new upstream alert(s)</source>
        <translation>
            <numerusform>%n neue Upstream-Warnung</numerusform>
            <numerusform>%n neue Upstream-Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the case actively exploited: where that was reported (a URL, a report, a customer&apos;s words).</source>
        <translation>Den Fall als aktiv ausgenutzt markieren: wo das gemeldet wurde (eine URL, ein Bericht, die Worte eines Kunden).</translation>
    </message>
    <message>
        <source>With --source: since when the team knows (ISO 8601 date or instant; default now).</source>
        <translation>Mit --source: seit wann das Team es weiß (ISO-8601-Datum oder -Zeitpunkt; Standard: jetzt).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The case is not known to be exploited (after all).</source>
        <translation>Der Fall wird (doch) nicht bekanntermaßen ausgenutzt.</translation>
    </message>
    <message>
        <source>Show or mark a case as actively exploited (expedites its bulletin)</source>
        <translation>Einen Fall als aktiv ausgenutzt anzeigen oder markieren (beschleunigt sein Bulletin)</translation>
    </message>
    <message>
        <source>exploited CASE                               since when and by what source, or &quot;no&quot;
exploited CASE --source TEXT [--since DATE]  mark it (audited; starts the expedited
                                             bulletin clock of policies that have one)
exploited CASE --clear                       remove the mark
A KEV import marks cases whose advisory names a newly listed CVE by itself.</source>
        <translation>exploited FALL                               seit wann und laut welcher Quelle, oder „nein“
exploited FALL --source TEXT [--since DATUM] markieren (protokolliert; startet die Frist für
                                             ein beschleunigtes Bulletin, wo die Richtlinie eine hat)
exploited FALL --clear                       Markierung entfernen
Ein KEV-Import markiert Fälle, deren Advisory eine neu gelistete CVE nennt, selbst.</translation>
    </message>
    <message>
        <source>Name one case (number or tracking id).</source>
        <translation>Nennen Sie einen Fall (Nummer oder Tracking-ID).</translation>
    </message>
    <message>
        <source>Either --source or --clear, not both.</source>
        <translation>Entweder --source oder --clear, nicht beides.</translation>
    </message>
    <message>
        <source>--since goes with --source.</source>
        <translation>--since gehört zu --source.</translation>
    </message>
    <message>
        <source>Say where the exploitation was reported (--source).</source>
        <translation>Geben Sie an, wo die Ausnutzung gemeldet wurde (--source).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date or instant.</source>
        <translation>„%1“ ist kein ISO-8601-Datum und kein Zeitpunkt.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) marked actively exploited</source>
        <translation>
            <numerusform>%n Fall als aktiv ausgenutzt markiert</numerusform>
            <numerusform>%n Fälle als aktiv ausgenutzt markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntelStore</name>
    <message>
        <source>EPSS %1 (%2th percentile, %3)</source>
        <translation>EPSS %1 (%2. Perzentil, %3)</translation>
    </message>
    <message>
        <source>KEV since %1, due %2, used by ransomware</source>
        <translation>KEV seit %1, fällig %2, von Ransomware genutzt</translation>
    </message>
    <message>
        <source>KEV since %1, due %2</source>
        <translation>KEV seit %1, fällig %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a KEV catalog may be.</source>
        <translation>%1 ist größer, als ein KEV-Katalog sein darf.</translation>
    </message>
    <message>
        <source>%1 holds no OSV or CVE record PSIRT Desk could read.</source>
        <translation>%1 enthält keinen OSV- oder CVE-Eintrag, den PSIRT Desk lesen kann.</translation>
    </message>
    <message>
        <source>There is no upstream alert %1.</source>
        <translation>Es gibt keine Upstream-Warnung %1.</translation>
    </message>
    <message>
        <source>Someone else decided on upstream alert %1 meanwhile.</source>
        <translation>Jemand anderes hat inzwischen über die Upstream-Warnung %1 entschieden.</translation>
    </message>
    <message>
        <source>Say why the releases are not affected (one of the five VEX justifications).</source>
        <translation>Geben Sie an, warum die Releases nicht betroffen sind (eine der fünf VEX-Begründungen).</translation>
    </message>
    <message>
        <source>Upstream alert %1 already has a case.</source>
        <translation>Zum Upstream-Alarm %1 gibt es schon einen Fall.</translation>
    </message>
    <message>
        <source>Upstream alert %1 was already dismissed.</source>
        <translation>Der Upstream-Alarm %1 wurde schon verworfen.</translation>
    </message>
</context>
<context>
    <name>JobControl</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>KevCatalog</name>
    <message>
        <source>%1.%2: not text</source>
        <translation>%1.%2: kein Text</translation>
    </message>
    <message>
        <source>%1.%2: not a date</source>
        <translation>%1.%2: kein Datum</translation>
    </message>
    <message>
        <source>The KEV catalog is larger than %1 MiB; it was not read.</source>
        <translation>Der KEV-Katalog ist größer als %1 MiB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Not a KEV catalog. %1</source>
        <translation>Kein KEV-Katalog. %1</translation>
    </message>
    <message>
        <source>Not a KEV catalog: vulnerabilities: missing or not a list.</source>
        <translation>Kein KEV-Katalog: vulnerabilities: fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>The KEV catalog lists more than %1 vulnerabilities; it was not read.</source>
        <translation>Der KEV-Katalog führt mehr als %1 Schwachstellen auf; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>catalogVersion: not text</source>
        <translation>catalogVersion: kein Text</translation>
    </message>
    <message>
        <source>dateReleased: not a date and time</source>
        <translation>dateReleased: kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>%1.cveID: not a CVE id</source>
        <translation>%1.cveID: keine CVE-ID</translation>
    </message>
    <message>
        <source>%1.cwes: not a list</source>
        <translation>%1.cwes: keine Liste</translation>
    </message>
    <message>
        <source>%1.cwes[%2]: not a CWE id</source>
        <translation>%1.cwes[%2]: keine CWE-ID</translation>
    </message>
    <message>
        <source>%1.cveID: %2 is listed twice; the first entry is kept</source>
        <translation>%1.cveID: %2 steht doppelt in der Liste; der erste Eintrag wird behalten</translation>
    </message>
    <message numerus="yes">
        <source>Not a KEV catalog: none of its %n entries could be read (%1).</source>
        <translation>
            <numerusform>Kein KEV-Katalog: Sein %n Eintrag konnte nicht gelesen werden (%1).</numerusform>
            <numerusform>Kein KEV-Katalog: Keiner seiner %n Einträge konnte gelesen werden (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LargeTextView</name>
    <message>
        <source>  [line cut: %1 of %2 bytes shown]</source>
        <translation>  [Zeile gekürzt: %1 von %2 Bytes gezeigt]</translation>
    </message>
</context>
<context>
    <name>MailImporter</name>
    <message>
        <source>new report (similar to %1)</source>
        <translation>neue Meldung (ähnlich wie %1)</translation>
    </message>
    <message>
        <source>new report</source>
        <translation>neue Meldung</translation>
    </message>
    <message>
        <source>imported as new report %1 (similar to %2)</source>
        <translation>als neue Meldung %1 importiert (ähnlich wie %2)</translation>
    </message>
    <message>
        <source>imported as new report %1</source>
        <translation>als neue Meldung %1 importiert</translation>
    </message>
    <message>
        <source>attached to case %1</source>
        <translation>an Fall %1 angehängt</translation>
    </message>
    <message>
        <source>to attach to case %1</source>
        <translation>an Fall %1 anzuhängen</translation>
    </message>
    <message>
        <source>duplicate of a message imported before; skipped</source>
        <translation>Duplikat einer bereits importierten Nachricht; übersprungen</translation>
    </message>
    <message>
        <source>not a report (no subject pattern, no tracking id)</source>
        <translation>keine Meldung (kein Betreffmuster, keine Vorgangsnummer)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>same product, title %1 % alike</source>
        <translation>gleiches Produkt, Titel zu %1 % ähnlich</translation>
    </message>
    <message>
        <source>the attachment “%1” is identical (SHA-256)</source>
        <translation>der Anhang „%1“ ist identisch (SHA-256)</translation>
    </message>
    <message>
        <source>From the e-mail “%1”</source>
        <translation>Aus der E-Mail „%1“</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>same product, description %1 % alike</source>
        <translation>gleiches Produkt, Beschreibung zu %1 % ähnlich</translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>More than %1 MIME parts; the rest was not read.</source>
        <translation>Mehr als %1 MIME-Teile; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>MIME parts nested deeper than %1 levels were not read.</source>
        <translation>Tiefer als %1 Ebenen verschachtelte MIME-Teile wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The message has only an HTML body; it is kept as the attachment “message.html”.</source>
        <translation>Die Nachricht hat nur einen HTML-Text; er wird als Anhang „message.html“ aufbewahrt.</translation>
    </message>
    <message>
        <source>The text was cut at %1 characters.</source>
        <translation>Der Text wurde bei %1 Zeichen abgeschnitten.</translation>
    </message>
    <message>
        <source>More than %1 attachments; the rest were not kept.</source>
        <translation>Mehr als %1 Anhänge; der Rest wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Unknown character set “%1”; the text was read as UTF-8.</source>
        <translation>Unbekannter Zeichensatz „%1“; der Text wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>Some text is not valid %1; unreadable bytes are shown as �.</source>
        <translation>Ein Teil des Textes ist kein gültiges %1; unlesbare Bytes erscheinen als �.</translation>
    </message>
    <message>
        <source>No OpenPGP key is configured.</source>
        <translation>Es ist kein OpenPGP-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>The encrypted part is missing.</source>
        <translation>Der verschlüsselte Teil fehlt.</translation>
    </message>
    <message>
        <source>The decrypted content was refused: %1</source>
        <translation>Der entschlüsselte Inhalt wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The decrypted content is not a MIME entity.</source>
        <translation>Der entschlüsselte Inhalt ist keine MIME-Einheit.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>Die Signatur konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>Die Nachricht ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>A header line is %1 bytes long (at most %2).</source>
        <translation>Eine Kopfzeile ist %1 Bytes lang (höchstens %2).</translation>
    </message>
    <message>
        <source>The message has more than %1 MIME parts.</source>
        <translation>Die Nachricht hat mehr als %1 MIME-Teile.</translation>
    </message>
    <message>
        <source>This is not an e-mail message (no headers).</source>
        <translation>Dies ist keine E-Mail-Nachricht (keine Kopfzeilen).</translation>
    </message>
    <message>
        <source>The message has more than %1 header lines.</source>
        <translation>Die Nachricht hat mehr als %1 Kopfzeilen.</translation>
    </message>
</context>
<context>
    <name>MailSource</name>
    <message>
        <source>larger than the limit of %1; skipped without reading it</source>
        <translation>größer als die Grenze von %1; ungelesen übersprungen</translation>
    </message>
    <message>
        <source>%1, message %2 at byte %3</source>
        <translation>%1, Nachricht %2 bei Byte %3</translation>
    </message>
    <message>
        <source>not a file and not a Maildir folder</source>
        <translation>weder Datei noch Maildir-Ordner</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
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
        <translation>&amp;Aktualisieren</translation>
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
        <source>&amp;Import Mail…</source>
        <translation>E-Mail &amp;importieren…</translation>
    </message>
    <message>
        <source>Imports reports and replies from .eml files, mbox files and Maildir folders</source>
        <translation>Importiert Meldungen und Antworten aus .eml-Dateien, mbox-Dateien und Maildir-Ordnern</translation>
    </message>
    <message>
        <source>&amp;Mail Intake…</source>
        <translation>&amp;E-Mail-Eingang…</translation>
    </message>
    <message>
        <source>&amp;Correspondence and Reply Templates…</source>
        <translation>&amp;Korrespondenz und Antwortvorlagen…</translation>
    </message>
    <message>
        <source>Change Evidence &amp;Passphrase…</source>
        <translation>&amp;Passphrase der Beweismittel ändern…</translation>
    </message>
    <message>
        <source>The evidence passphrase is changed. Tell your team over a safe channel.</source>
        <translation>Die Passphrase der Beweismittel ist geändert. Teilen Sie sie Ihrem Team über einen sicheren Kanal mit.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Case &amp;Report (PDF)…</source>
        <translation>Fall&amp;bericht (PDF)…</translation>
    </message>
    <message>
        <source>Writes the current case&apos;s report for product teams, with a TLP label on every page</source>
        <translation>Schreibt den Bericht des aktuellen Falls für Produktteams, mit TLP-Kennzeichnung auf jeder Seite</translation>
    </message>
    <message>
        <source>&amp;Management Report (PDF)…</source>
        <translation>&amp;Managementbericht (PDF)…</translation>
    </message>
    <message>
        <source>Writes the severity queue and the dashboard&apos;s figures for managers</source>
        <translation>Schreibt die Schweregrad-Warteschlange und die Kennzahlen der Übersicht für die Leitung</translation>
    </message>
    <message>
        <source>&amp;CSAF Advisory of Selected Cases…</source>
        <translation>&amp;CSAF-Mitteilung der ausgewählten Fälle…</translation>
    </message>
    <message>
        <source>Writes a CSAF 2.0 security advisory for the cases selected in the inbox</source>
        <translation>Schreibt eine CSAF-2.0-Sicherheitsmitteilung für die im Posteingang ausgewählten Fälle</translation>
    </message>
    <message>
        <source>C&amp;VE Record…</source>
        <translation>C&amp;VE-Eintrag…</translation>
    </message>
    <message>
        <source>Writes the CVE JSON 5 record of the current case&apos;s first CVE id</source>
        <translation>Schreibt den CVE-JSON-5-Eintrag zur ersten CVE-ID des aktuellen Falls</translation>
    </message>
    <message>
        <source>&amp;Inbox as CSV…</source>
        <translation>&amp;Posteingang als CSV…</translation>
    </message>
    <message>
        <source>Writes the inbox&apos;s shown rows and visible columns as CSV for spreadsheets</source>
        <translation>Schreibt die angezeigten Zeilen und sichtbaren Spalten des Posteingangs als CSV für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Advisory &amp;Publisher…</source>
        <translation>&amp;Herausgeber der Mitteilungen…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Loading deadlines…</source>
        <translation>Fristen werden geladen…</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Fälle werden geladen…</translation>
    </message>
    <message>
        <source>%1 (read-only) — PSIRT Desk</source>
        <translation>%1 (schreibgeschützt) — PSIRT Desk</translation>
    </message>
    <message>
        <source>This database is open read-only: you cannot write to its file or folder. You can read, search and export; changes are refused.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet: Sie dürfen ihre Datei oder ihren Ordner nicht beschreiben. Sie können lesen, suchen und exportieren; Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>Writes every published advisory as a signed CSAF trusted provider folder for the web server</source>
        <translation>Schreibt jedes veröffentlichte Advisory als signierten CSAF-Trusted-Provider-Ordner für den Webserver</translation>
    </message>
    <message>
        <source>CSAF VE&amp;X of Selected Cases…</source>
        <translation>CSAF-VE&amp;X der ausgewählten Fälle…</translation>
    </message>
    <message>
        <source>Writes a CSAF 2.0 VEX document: which products each vulnerability affects, and why the others are not affected</source>
        <translation>Schreibt ein CSAF-2.0-VEX-Dokument: welche Produkte jede Schwachstelle betrifft und warum die anderen nicht betroffen sind</translation>
    </message>
    <message>
        <source>VEX for a &amp;Product Release…</source>
        <translation>VEX für eine Produktv&amp;ersion…</translation>
    </message>
    <message>
        <source>Writes a CSAF VEX document for one product release from every published advisory that names the product</source>
        <translation>Schreibt ein CSAF-VEX-Dokument für eine Produktversion aus jeder veröffentlichten Mitteilung, die das Produkt nennt</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <source>&amp;Upstream</source>
        <translation>&amp;Upstream</translation>
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
    <name>MessageDirection</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
</context>
<context>
    <name>MessageEncryption</name>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>encrypted, cannot be decrypted</source>
        <translation>verschlüsselt, nicht entschlüsselbar</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
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
    <message>
        <source>This is not a PSIRT Desk database (it has no schema version).</source>
        <translation>Dies ist keine PSIRT-Desk-Datenbank (sie hat keine Schemaversion).</translation>
    </message>
    <message>
        <source>This database has an older schema (version %1) that PSIRT Desk must update before reading it, and it is open read-only. Open it once where it can be written.</source>
        <translation>Diese Datenbank hat ein älteres Schema (Version %1), das PSIRT Desk vor dem Lesen aktualisieren muss, und sie ist schreibgeschützt geöffnet. Öffnen Sie sie einmal dort, wo sie geschrieben werden kann.</translation>
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
    <name>OpenPgp</name>
    <message>
        <source>GnuPG is not available (GPGME found no usable gpg).</source>
        <translation>GnuPG ist nicht verfügbar (GPGME fand kein nutzbares gpg).</translation>
    </message>
    <message>
        <source>The content is larger than %1 MiB and was not read.</source>
        <translation>Der Inhalt ist größer als %1 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The secret key %1 is not in the keyring.</source>
        <translation>Der geheime Schlüssel %1 ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The key %1 is not in the keyring.</source>
        <translation>Der Schlüssel %1 ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The signing key is not in the team&apos;s keyring.</source>
        <translation>Der Signaturschlüssel ist nicht im Schlüsselbund des Teams.</translation>
    </message>
    <message>
        <source>The content was changed after it was signed, or the signature is forged.</source>
        <translation>Der Inhalt wurde nach dem Signieren verändert, oder die Signatur ist gefälscht.</translation>
    </message>
    <message>
        <source>Signed with an expired or revoked key: %1</source>
        <translation>Mit einem abgelaufenen oder widerrufenen Schlüssel signiert: %1</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr.</translation>
    </message>
    <message>
        <source>This is not an OpenPGP message: %1</source>
        <translation>Dies ist keine OpenPGP-Nachricht: %1</translation>
    </message>
    <message>
        <source>The message is not encrypted to a key in the team&apos;s keyring.</source>
        <translation>Die Nachricht ist an keinen Schlüssel im Schlüsselbund des Teams verschlüsselt.</translation>
    </message>
    <message>
        <source>The message cannot be decrypted: %1</source>
        <translation>Die Nachricht kann nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>The signature cannot be read: %1</source>
        <translation>Die Signatur kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The signed text cannot be read: %1</source>
        <translation>Der signierte Text kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing failed: the signing key is not usable.</source>
        <translation>Signieren fehlgeschlagen: Der Signaturschlüssel ist nicht nutzbar.</translation>
    </message>
    <message>
        <source>No recipient to encrypt to.</source>
        <translation>Kein Empfänger zum Verschlüsseln.</translation>
    </message>
    <message>
        <source>Encryption failed: %1</source>
        <translation>Verschlüsselung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Encryption failed: the key %1 cannot encrypt.</source>
        <translation>Verschlüsselung fehlgeschlagen: Der Schlüssel %1 kann nicht verschlüsseln.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No usable encryption key for %1 in the keyring.</source>
        <translation>Kein nutzbarer Verschlüsselungsschlüssel für %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No usable signing key for %1 in the keyring.</source>
        <translation>Kein nutzbarer Signaturschlüssel für %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Exporting the key failed: %1</source>
        <translation>Der Export des Schlüssels ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>OsvReader</name>
    <message>
        <source>%1: not a list</source>
        <translation>%1: keine Liste</translation>
    </message>
    <message>
        <source>%1[%2]: not an id</source>
        <translation>%1[%2]: keine ID</translation>
    </message>
    <message>
        <source>%1[%2].score: not a valid CVSS vector</source>
        <translation>%1[%2].score: kein gültiger CVSS-Vektor</translation>
    </message>
    <message>
        <source>%1.package: not an object</source>
        <translation>%1.package: kein Objekt</translation>
    </message>
    <message>
        <source>%1.ranges: not a list</source>
        <translation>%1.ranges: keine Liste</translation>
    </message>
    <message>
        <source>%1.events[%2]: not an introduced, fixed, last_affected or limit event</source>
        <translation>%1.events[%2]: kein introduced-, fixed-, last_affected- oder limit-Ereignis</translation>
    </message>
    <message>
        <source>%1: no type or no events</source>
        <translation>%1: kein Typ oder keine Ereignisse</translation>
    </message>
    <message>
        <source>%1.versions: not a list</source>
        <translation>%1.versions: keine Liste</translation>
    </message>
    <message>
        <source>%1.versions[%2]: not a version</source>
        <translation>%1.versions[%2]: keine Version</translation>
    </message>
    <message>
        <source>The OSV record is larger than %1 MiB; it was not read.</source>
        <translation>Der OSV-Eintrag ist größer als %1 MiB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Not an OSV record. %1</source>
        <translation>Kein OSV-Eintrag. %1</translation>
    </message>
    <message>
        <source>Not an OSV record: id: missing or not an id.</source>
        <translation>Kein OSV-Eintrag: id: fehlt oder ist keine ID.</translation>
    </message>
    <message>
        <source>Not an OSV record: modified: missing or not a date and time.</source>
        <translation>Kein OSV-Eintrag: modified: fehlt oder ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>published: not a date and time</source>
        <translation>published: kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>withdrawn: not a date and time</source>
        <translation>withdrawn: kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1: not text</source>
        <translation>%1: kein Text</translation>
    </message>
    <message>
        <source>database_specific.cwe_ids[%1]: not a CWE id</source>
        <translation>database_specific.cwe_ids[%1]: keine CWE-ID</translation>
    </message>
</context>
<context>
    <name>PackageUrl</name>
    <message>
        <source>The %1 “%2” has a bad percent-encoding at “%3”.</source>
        <translation>%1 „%2“: fehlerhafte Prozentkodierung bei „%3“.</translation>
    </message>
    <message>
        <source>The %1 “%2” does not decode to UTF-8 text.</source>
        <translation>%1 „%2“ lässt sich nicht als UTF-8-Text dekodieren.</translation>
    </message>
    <message>
        <source>The package type “%1” may hold only letters, digits, &apos;.&apos; and &apos;-&apos;, and must start with a letter.</source>
        <translation>Der Pakettyp „%1“ darf nur Buchstaben, Ziffern, &apos;.&apos; und &apos;-&apos; enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The qualifier key “%1” may hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, and must start with a letter.</source>
        <translation>Der Qualifikatorschlüssel „%1“ darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos; enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The qualifier “%1” is given twice.</source>
        <translation>Der Qualifikator „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>A “%1” package URL needs a namespace.</source>
        <translation>Eine Package-URL vom Typ „%1“ braucht einen Namensraum.</translation>
    </message>
    <message>
        <source>A “%1” package URL has no namespace.</source>
        <translation>Eine Package-URL vom Typ „%1“ hat keinen Namensraum.</translation>
    </message>
    <message>
        <source>A “%1” package URL needs the qualifier “%2”.</source>
        <translation>Eine Package-URL vom Typ „%1“ braucht den Qualifikator „%2“.</translation>
    </message>
    <message>
        <source>A package URL is at most %1 characters long.</source>
        <translation>Eine Package-URL ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>subpath</source>
        <translation>Unterpfad</translation>
    </message>
    <message>
        <source>A subpath segment “%1” holds a &apos;/&apos;.</source>
        <translation>Ein Segment „%1“ des Unterpfads enthält ein &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The qualifier “%1” is not key=value.</source>
        <translation>Der Qualifikator „%1“ hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>Qualifikator</translation>
    </message>
    <message>
        <source>“%1” is not a package URL: it must start with “pkg:”.</source>
        <translation>„%1“ ist keine Package-URL: Sie muss mit „pkg:“ beginnen.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A package URL needs a name.</source>
        <translation>Eine Package-URL braucht einen Namen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name “%1” holds a &apos;/&apos;.</source>
        <translation>Der Name „%1“ enthält ein &apos;/&apos;.</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>A namespace segment “%1” holds a &apos;/&apos;.</source>
        <translation>Ein Namensraum-Segment „%1“ enthält ein &apos;/&apos;.</translation>
    </message>
    <message>
        <source>A namespace segment may not be “.” or “..”.</source>
        <translation>Ein Namensraum-Segment darf nicht „.“ oder „..“ sein.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock Evidence</source>
        <translation>Beweismittel entsperren</translation>
    </message>
    <message>
        <source>Protect Evidence</source>
        <translation>Beweismittel schützen</translation>
    </message>
    <message>
        <source>Change Evidence Passphrase</source>
        <translation>Passphrase der Beweismittel ändern</translation>
    </message>
    <message>
        <source>Evidence in this database is encrypted. Enter the team&apos;s evidence passphrase; it is kept in memory until PSIRT Desk closes.</source>
        <translation>Die Beweismittel in dieser Datenbank sind verschlüsselt. Geben Sie die Passphrase des Teams ein; sie bleibt im Speicher, bis PSIRT Desk beendet wird.</translation>
    </message>
    <message>
        <source>Evidence is encrypted in the case database with a key protected by this passphrase. Share it with your team over a safe channel: without it, nobody can read the evidence.</source>
        <translation>Beweismittel werden in der Falldatenbank mit einem Schlüssel verschlüsselt, den diese Passphrase schützt. Teilen Sie sie Ihrem Team über einen sicheren Kanal mit: Ohne sie kann niemand die Beweismittel lesen.</translation>
    </message>
    <message>
        <source>The evidence stays as it is; only its key is protected anew.</source>
        <translation>Die Beweismittel bleiben, wie sie sind; nur ihr Schlüssel wird neu geschützt.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>it is password-protected</source>
        <translation>es ist passwortgeschützt</translation>
    </message>
    <message>
        <source>its security scheme is not supported</source>
        <translation>sein Sicherheitsverfahren wird nicht unterstützt</translation>
    </message>
    <message>
        <source>it is damaged or truncated</source>
        <translation>es ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: %1. Use the hex viewer to inspect its bytes.</source>
        <translation>Das PDF kann nicht angezeigt werden: %1. Untersuchen Sie seine Bytes mit der Hex-Ansicht.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>PgpOutcome</name>
    <message>
        <source>decrypted</source>
        <translation>entschlüsselt</translation>
    </message>
    <message>
        <source>encrypted, not decrypted</source>
        <translation>verschlüsselt, nicht entschlüsselt</translation>
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
        <translation>Uhr</translation>
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
        <source>A case can follow another policy than the default: choose it in the case&apos;s Report tab. Deadlines are counted in the team&apos;s time zone and stored in UTC.</source>
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
    <message>
        <source>A stored policy or calendar is larger than %1 KiB; it was not read.</source>
        <translation>Eine gespeicherte Richtlinie oder ein Kalender ist größer als %1 KiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>This policy or calendar would take more than %1 KiB; shorten its texts or lists.</source>
        <translation>Diese Richtlinie oder dieser Kalender bräuchte mehr als %1 KiB; kürzen Sie Texte oder Listen.</translation>
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
    <message>
        <source>Third-party product</source>
        <translation>Drittanbieterprodukt</translation>
    </message>
    <message>
        <source>OBS since %1, security fixes until %2</source>
        <translation>OBS seit %1, Sicherheitsupdates bis %2</translation>
    </message>
    <message>
        <source>EOL since %1, security fixes until %2</source>
        <translation>EOL seit %1, Sicherheitsupdates bis %2</translation>
    </message>
    <message>
        <source>OBS since %1, security fixes ended %2</source>
        <translation>OBS seit %1, Sicherheitsupdates endeten am %2</translation>
    </message>
    <message>
        <source>EOL since %1, security fixes ended %2</source>
        <translation>EOL seit %1, Sicherheitsupdates endeten am %2</translation>
    </message>
    <message>
        <source>Version “%1” is not a listed release of “%2”; check the version.</source>
        <translation>Version „%1“ ist kein aufgeführtes Release von „%2“; prüfen Sie die Version.</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>A product needs a name.</source>
        <translation>Ein Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1”: names, product lines and vendors are at most 200 characters.</source>
        <translation>„%1“: Namen, Produktlinien und Hersteller haben höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>“%1”: names may not contain line breaks or control characters.</source>
        <translation>„%1“: Namen dürfen keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>the CPE must be a CPE 2.3 name (cpe:2.3:…)</source>
        <translation>der CPE muss ein CPE-2.3-Name sein (cpe:2.3:…)</translation>
    </message>
    <message>
        <source>the CPE is not valid: %1</source>
        <translation>der CPE ist ungültig: %1</translation>
    </message>
    <message>
        <source>the package URL is not valid: %1</source>
        <translation>die Package-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>“%1”: an end-of-life product needs its EOL date.</source>
        <translation>„%1“: Ein Produkt mit End of Life braucht sein EOL-Datum.</translation>
    </message>
    <message>
        <source>“%1”: an obsolete product needs its OBS date.</source>
        <translation>„%1“: Ein obsoletes Produkt braucht sein OBS-Datum.</translation>
    </message>
    <message>
        <source>“%1”: more than %2 releases.</source>
        <translation>„%1“: mehr als %2 Releases.</translation>
    </message>
    <message>
        <source>“%1”: a release needs a version of at most 100 characters.</source>
        <translation>„%1“: Ein Release braucht eine Version mit höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>“%1”: release %2 is listed twice.</source>
        <translation>„%1“: Release %2 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <source>“%1” %2: %3.</source>
        <translation>„%1“ %2: %3.</translation>
    </message>
    <message>
        <source>“%1” %2: an end-of-life release needs its EOL date.</source>
        <translation>„%1“ %2: Ein Release mit End of Life braucht sein EOL-Datum.</translation>
    </message>
    <message>
        <source>“%1” %2: an obsolete release needs its OBS date.</source>
        <translation>„%1“ %2: Ein obsoletes Release braucht sein OBS-Datum.</translation>
    </message>
    <message>
        <source>The product was not stored.</source>
        <translation>Das Produkt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not in the product catalogue.</source>
        <translation>„%1“ steht nicht im Produktkatalog.</translation>
    </message>
</context>
<context>
    <name>ProductCatalogueModel</name>
    <message>
        <source>released %1</source>
        <translation>veröffentlicht am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Product / release</source>
        <translation>Produkt / Release</translation>
    </message>
    <message>
        <source>Line / released</source>
        <translation>Produktlinie / veröffentlicht</translation>
    </message>
    <message>
        <source>Security support</source>
        <translation>Sicherheitsunterstützung</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>Package-URL</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Made by another vendor (out of the policy&apos;s scope)</source>
        <translation>Von einem anderen Hersteller (außerhalb des Geltungsbereichs der Richtlinie)</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Empty: the publisher&apos;s own product</source>
        <translation>Leer: ein eigenes Produkt des Herausgebers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>Produkt&amp;linie:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>Le&amp;benszyklus:</translation>
    </message>
    <message>
        <source>&amp;EOL date:</source>
        <translation>&amp;EOL-Datum:</translation>
    </message>
    <message>
        <source>&amp;OBS date:</source>
        <translation>&amp;OBS-Datum:</translation>
    </message>
    <message>
        <source>&amp;CPE:</source>
        <translation>&amp;CPE:</translation>
    </message>
    <message>
        <source>Package &amp;URL:</source>
        <translation>Package-&amp;URL:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Own lifecycle</source>
        <translation>Eigener Lebenszyklus</translation>
    </message>
    <message>
        <source>EOL</source>
        <translation>EOL</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>CPE (if not derived)</source>
        <translation>CPE (falls nicht abgeleitet)</translation>
    </message>
    <message>
        <source>Package URL (if not derived)</source>
        <translation>Package-URL (falls nicht abgeleitet)</translation>
    </message>
    <message>
        <source>Add &amp;Release</source>
        <translation>&amp;Release hinzufügen</translation>
    </message>
    <message>
        <source>Remove Re&amp;lease</source>
        <translation>Release ent&amp;fernen</translation>
    </message>
    <message>
        <source>Empty, or active, end-of-life or obsolete</source>
        <translation>Leer oder eines von active, end-of-life, obsolete</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>list: tsv (default) or json; import and export: json (default) or csv.</source>
        <translation>list: tsv (Standard) oder json; import und export: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output).</source>
        <translation>export: die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>list: the day the support status is for (default: today).</source>
        <translation>list: der Tag, für den der Unterstützungsstatus gilt (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>List, import and export the product catalogue</source>
        <translation>Produktkatalog auflisten, importieren und exportieren</translation>
    </message>
    <message>
        <source>products list [--on DATE]          products and releases with their support status
products import FILE                save the products of a JSON or CSV catalogue
products export [--out FILE]        the catalogue as JSON (or --format csv)
Import adds or changes the products the file names, releases included, all or none;
products it does not name stay. The formats are in docs/product-catalogue.md.
Security support ends the team&apos;s number of months after an EOL or OBS date
(12 unless the team set another).</source>
        <translation>products list [--on DATE]          Produkte und Releases mit ihrem Unterstützungsstatus
products import FILE                die Produkte eines JSON- oder CSV-Katalogs speichern
products export [--out FILE]        der Katalog als JSON (oder --format csv)
Der Import fügt die in der Datei genannten Produkte samt Releases hinzu oder ändert sie, ganz oder gar nicht;
nicht genannte Produkte bleiben erhalten. Die Formate stehen in docs/product-catalogue.md.
Die Sicherheitsunterstützung endet so viele Monate nach einem EOL- oder OBS-Datum, wie das Team festlegt
(12, sofern das Team nichts anderes festgelegt hat).</translation>
    </message>
    <message>
        <source>Say what to do: list, import or export.</source>
        <translation>Geben Sie an, was zu tun ist: list, import oder export.</translation>
    </message>
    <message>
        <source>Name one catalogue file to import.</source>
        <translation>Geben Sie genau eine Katalogdatei zum Importieren an.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown format “%1” for %2.</source>
        <translation>Unbekanntes Format „%1“ für %2.</translation>
    </message>
    <message>
        <source>--on takes a date (YYYY-MM-DD).</source>
        <translation>--on erwartet ein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a catalogue may be (%2 MiB).</source>
        <translation>%1 ist größer, als ein Katalog sein darf (%2 MiB).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s)</source>
        <translation>
            <numerusform>Importiert: %n Produkt</numerusform>
            <numerusform>Importiert: %n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s).</source>
        <translation>
            <numerusform>%n Release.</numerusform>
            <numerusform>%n Releases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <source>&amp;Add Product…</source>
        <translation>Produkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Import &amp;SBOM…</source>
        <translation>&amp;SBOM importieren…</translation>
    </message>
    <message>
        <source>Import an SBOM for the selected release</source>
        <translation>Eine SBOM für das ausgewählte Release importieren</translation>
    </message>
    <message>
        <source>SBOM (CycloneDX or SPDX JSON) (*.json);;All files (*)</source>
        <translation>SBOM (CycloneDX oder SPDX JSON) (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import Catalogue…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>Einen Produktkatalog importieren</translation>
    </message>
    <message>
        <source>Catalogue (*.json *.csv);;All files (*)</source>
        <translation>Katalog (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>E&amp;xport Catalogue…</source>
        <translation>Katalog e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the product catalogue</source>
        <translation>Den Produktkatalog exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>pkg:npm/lodash, pkg:generic/openssl/openssl@3.0.13, cpe:2.3:a:openssl:openssl:*, or a name</source>
        <translation>pkg:npm/lodash, pkg:generic/openssl/openssl@3.0.13, cpe:2.3:a:openssl:openssl:* oder ein Name</translation>
    </message>
    <message>
        <source>optional: vers:generic/&gt;=3.0.0|&lt;3.0.14</source>
        <translation>optional: vers:generic/&gt;=3.0.0|&lt;3.0.14</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Where used:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Select a product or release to edit.</source>
        <translation>Wählen Sie ein Produkt oder Release zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Select the release the SBOM describes first.</source>
        <translation>Wählen Sie zuerst das Release aus, das die SBOM beschreibt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 with %n component(s).</source>
        <translation>
            <numerusform>%1 %2: %3 mit %n Komponente.</numerusform>
            <numerusform>%1 %2: %3 mit %n Komponenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new upstream alert(s) on the Upstream page.</source>
        <translation>
            <numerusform>%n neue Upstream-Warnung auf der Seite „Upstream“.</numerusform>
            <numerusform>%n neue Upstream-Warnungen auf der Seite „Upstream“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than a catalogue may be.</source>
        <translation>%1 ist größer, als ein Katalog sein darf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n Produkt importiert.</numerusform>
            <numerusform>%n Produkte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SBOM contains “%1”.</source>
        <translation>Keine SBOM enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n release(s).</source>
        <translation>
            <numerusform>In %n Release gefunden.</numerusform>
            <numerusform>In %n Releases gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>An SBOM is being imported; wait for it to finish.</source>
        <translation>Eine SBOM wird gerade importiert; warten Sie, bis das fertig ist.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>The folder of the provider tree (made when missing).</source>
        <translation>Der Ordner des Provider-Baums (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>The https address the folder is served at (default: the publisher&apos;s namespace followed by /.well-known/csaf).</source>
        <translation>Die https-Adresse, unter der der Ordner bereitgestellt wird (Standard: der Namensraum des Herausgebers, gefolgt von /.well-known/csaf).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write no OpenPGP signatures (a CSAF provider, not a trusted one).</source>
        <translation>Keine OpenPGP-Signaturen schreiben (ein CSAF-Provider, kein Trusted Provider).</translation>
    </message>
    <message>
        <source>The team&apos;s GnuPG home (default: the configured one).</source>
        <translation>Das GnuPG-Verzeichnis des Teams (Standard: das eingerichtete).</translation>
    </message>
    <message>
        <source>Write the CSAF trusted provider tree</source>
        <translation>Den Baum des CSAF-Trusted-Providers schreiben</translation>
    </message>
    <message>
        <source>Writes the static tree of a CSAF 2.0 trusted provider into a folder, ready to copy to the web server: provider-metadata.json, one folder per year, index.txt, changes.csv, ROLIE feeds per TLP label, and per advisory its SHA-256 and SHA-512 hashes and an OpenPGP signature made with the team key configured for correspondence, whose public part is published too. Every case whose advisory has a revision is published, except cases closed as spam, duplicate, out of scope, informative or not reproducible. Publishing again rewrites only what changed.</source>
        <translation>Schreibt den statischen Baum eines CSAF-2.0-Trusted-Providers in einen Ordner, bereit zum Kopieren auf den Webserver: provider-metadata.json, ein Ordner je Jahr, index.txt, changes.csv, ROLIE-Feeds je TLP-Kennzeichnung und je Advisory seine SHA-256- und SHA-512-Hashes und eine OpenPGP-Signatur mit dem für die Korrespondenz eingerichteten Teamschlüssel, dessen öffentlicher Teil ebenfalls veröffentlicht wird. Jeder Fall, dessen Advisory eine Revision hat, wird veröffentlicht, außer Fällen, die als Spam, Duplikat, außerhalb des Zuständigkeitsbereichs, informativ oder nicht reproduzierbar geschlossen sind. Erneutes Veröffentlichen schreibt nur neu, was sich geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n advisory(s) to %1: %2 changed, %3 removed, %4 withheld (TLP:AMBER or TLP:RED), %5.</source>
        <translation>
            <numerusform>%n Advisory nach %1 veröffentlicht: %2 geändert, %3 entfernt, %4 zurückgehalten (TLP:AMBER oder TLP:RED), %5.</numerusform>
            <numerusform>%n Advisories nach %1 veröffentlicht: %2 geändert, %3 entfernt, %4 zurückgehalten (TLP:AMBER oder TLP:RED), %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Paused (waiting on the reporter)</source>
        <translation>Pausiert (wartet auf die meldende Person)</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <translation>Keine laufende Frist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Actively exploited</source>
        <translation>Aktiv ausgenutzt</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>Filter by id, title, product, reporter or owner</source>
        <translation>Nach Nummer, Titel, Produkt, meldender Person oder Bearbeiter filtern</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>&amp;Assign Selected</source>
        <translation>Ausgewählte &amp;zuweisen</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>&amp;Priorität setzen</translation>
    </message>
    <message>
        <source>Selected cases:</source>
        <translation>Ausgewählte Fälle:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n case(s)</source>
        <translation>
            <numerusform>Zuweisung von %n Fall aufheben</numerusform>
            <numerusform>Zuweisung von %n Fällen aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n case(s) to %1</source>
        <translation>
            <numerusform>%n Fall %1 zuweisen</numerusform>
            <numerusform>%n Fälle %1 zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the priority of %n case(s) to %1</source>
        <translation>
            <numerusform>Priorität von %n Fall auf %1 setzen</numerusform>
            <numerusform>Priorität von %n Fällen auf %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>SLA-Zustand</translation>
    </message>
    <message>
        <source>Export Queue as CSV</source>
        <translation>Warteschlange als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>QueueReport</name>
    <message>
        <source>Management report · %1</source>
        <translation>Managementbericht · %1</translation>
    </message>
    <message>
        <source>Severity queue and SLA dashboard</source>
        <translation>Schweregrad-Warteschlange und SLA-Übersicht</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Severity queue</source>
        <translation>Schweregrad-Warteschlange</translation>
    </message>
    <message>
        <source>No open case matches the queue&apos;s filter.</source>
        <translation>Kein offener Fall passt zum Filter der Warteschlange.</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>SLA-Zustand</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Für diesen Zeitraum gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Severity queue and SLA dashboard, %1</source>
        <translation>Schweregrad-Warteschlange und SLA-Übersicht, %1</translation>
    </message>
    <message>
        <source>Management report, %1</source>
        <translation>Managementbericht, %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1% on time (%2 of %3)</source>
        <translation>%1 % rechtzeitig (%2 von %3)</translation>
    </message>
    <message>
        <source>median %1 d</source>
        <translation>Median %1 T</translation>
    </message>
    <message>
        <source>open on %1</source>
        <translation>offen am %1</translation>
    </message>
    <message>
        <source>Cases in the queue</source>
        <translation>Fälle in der Warteschlange</translation>
    </message>
    <message>
        <source>Reports in the dashboard</source>
        <translation>Meldungen im Dashboard</translation>
    </message>
    <message>
        <source>Only the cases the Queue tab&apos;s filter shows.</source>
        <translation>Nur die Fälle, die der Filter des Warteschlangen-Reiters zeigt.</translation>
    </message>
</context>
<context>
    <name>QuoteFolding</name>
    <message>
        <source>[… %1 quoted lines hidden]</source>
        <translation>[… %1 zitierte Zeilen ausgeblendet]</translation>
    </message>
</context>
<context>
    <name>ReplyCommand</name>
    <message>
        <source>Write a templated reply to a case&apos;s reporter as .eml</source>
        <translation>Eine Antwort aus einer Vorlage an die meldende Person eines Falls als .eml schreiben</translation>
    </message>
    <message>
        <source>Fills a reply template from the case (ID: tracking id or database number), signs it with the team key (PGP/MIME), encrypts it when the reporter&apos;s key is in the keyring, writes it as a ready-to-send .eml file and records it in the case&apos;s correspondence as sent. The acknowledgement acknowledges a new case (issuing its tracking id); a request for more information puts the case in Needs More Info.
Templates: %1.</source>
        <translation>Füllt eine Antwortvorlage aus dem Fall (ID: Vorgangsnummer oder Datenbanknummer), signiert sie mit dem Team-Schlüssel (PGP/MIME), verschlüsselt sie, wenn der Schlüssel der meldenden Person im Schlüsselbund ist, schreibt sie als versandfertige .eml-Datei und verzeichnet sie in der Korrespondenz des Falls als gesendet. Die Eingangsbestätigung bestätigt einen neuen Fall (und vergibt seine Vorgangsnummer); eine Rückfrage setzt den Fall auf „Rückfrage offen“.
Vorlagen: %1.</translation>
    </message>
    <message>
        <source>The reply template.</source>
        <translation>Die Antwortvorlage.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The .eml file to write.</source>
        <translation>Die zu schreibende .eml-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The team&apos;s GnuPG home (default: the configured one).</source>
        <translation>Das GnuPG-Verzeichnis des Teams (Standard: das eingerichtete).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Neither sign nor encrypt (for a team without a key).</source>
        <translation>Weder signieren noch verschlüsseln (für ein Team ohne Schlüssel).</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>Der Fall.</translation>
    </message>
    <message>
        <source>Usage: reply ID --template NAME --out FILE.eml --database LOCATION</source>
        <translation>Aufruf: reply ID --template NAME --out DATEI.eml --database ORT</translation>
    </message>
    <message>
        <source>Unknown template “%1”; use %2.</source>
        <translation>Unbekannte Vorlage „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3), recorded as message %4.</source>
        <translation>%1 geschrieben (%2, %3), als Nachricht %4 verzeichnet.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>The reporter&apos;s address “%1” is not usable.</source>
        <translation>Die Adresse „%1“ der meldenden Person ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Set the team&apos;s e-mail address in the settings first.</source>
        <translation>Legen Sie zuerst die E-Mail-Adresse des Teams in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>OpenPGP is not available.</source>
        <translation>OpenPGP ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Save as .eml…</source>
        <translation>Als .eml speichern…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Reply to the Reporter</source>
        <translation>Der meldenden Person antworten</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Versand:</translation>
    </message>
    <message>
        <source>signed with the team key</source>
        <translation>mit dem Team-Schlüssel signiert</translation>
    </message>
    <message>
        <source>encrypted to the reporter&apos;s key</source>
        <translation>an den Schlüssel der meldenden Person verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted: the reporter&apos;s key is not in the keyring</source>
        <translation>nicht verschlüsselt: Der Schlüssel der meldenden Person ist nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>moves the case to “%1”</source>
        <translation>setzt den Fall auf „%1“</translation>
    </message>
    <message>
        <source>Set the team&apos;s e-mail address and GnuPG home in Settings → Correspondence before sending.</source>
        <translation>Legen Sie vor dem Senden die E-Mail-Adresse und das GnuPG-Verzeichnis des Teams unter Einstellungen → Korrespondenz fest.</translation>
    </message>
    <message>
        <source>Save Reply</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
</context>
<context>
    <name>ReplyTemplates</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <source>Re: PSIRT Case {tracking_id}</source>
        <translation>Re: PSIRT Case {tracking_id}</translation>
    </message>
    <message>
        <source>Dear {reporter_name},

thank you for your report about {product} {version}, received on {received_date}. We have opened case {tracking_id} for it; please quote this tracking id in every message about it.

What happens next:
{deadlines}

We will keep you informed of our progress. Please keep the details confidential until a fix is available or the disclosure date we agree on.

Kind regards,
{team_name}</source>
        <translation>Guten Tag {reporter_name},

vielen Dank für Ihre Meldung zu {product} {version}, eingegangen am {received_date}. Wir haben dafür den Fall {tracking_id} angelegt; bitte nennen Sie diese Vorgangsnummer in jeder Nachricht dazu.

So geht es weiter:
{deadlines}

Wir halten Sie über den Fortschritt auf dem Laufenden. Bitte behandeln Sie die Einzelheiten vertraulich, bis eine Korrektur verfügbar ist oder bis zu dem Offenlegungsdatum, das wir vereinbaren.

Mit freundlichen Grüßen
{team_name}</translation>
    </message>
    <message>
        <source>Request for more information</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Re: PSIRT Case {tracking_id}: more information needed</source>
        <translation>Re: PSIRT Case {tracking_id}: weitere Informationen nötig</translation>
    </message>
    <message>
        <source>Dear {reporter_name},

to reproduce case {tracking_id} ({product} {version}) we need more information:

- 

Our deadlines are paused until we hear from you.

Kind regards,
{team_name}</source>
        <translation>Guten Tag {reporter_name},

um den Fall {tracking_id} ({product} {version}) zu reproduzieren, brauchen wir weitere Informationen:

- 

Unsere Fristen ruhen, bis wir von Ihnen hören.

Mit freundlichen Grüßen
{team_name}</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Erste Bewertung</translation>
    </message>
    <message>
        <source>Re: PSIRT Case {tracking_id}: initial assessment</source>
        <translation>Re: PSIRT Case {tracking_id}: erste Bewertung</translation>
    </message>
    <message>
        <source>Dear {reporter_name},

we have assessed case {tracking_id}. We rate it {severity} (CVSS {cvss_score}, {cvss_vector}).

Next steps:
{deadlines}

Kind regards,
{team_name}</source>
        <translation>Guten Tag {reporter_name},

wir haben den Fall {tracking_id} bewertet. Wir stufen ihn als {severity} ein (CVSS {cvss_score}, {cvss_vector}).

Nächste Schritte:
{deadlines}

Mit freundlichen Grüßen
{team_name}</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Re: PSIRT Case {tracking_id}: status update</source>
        <translation>Re: PSIRT Case {tracking_id}: Statusmeldung</translation>
    </message>
    <message>
        <source>Dear {reporter_name},

an update on case {tracking_id}: it is now in status “{status}”.

Upcoming:
{deadlines}

Kind regards,
{team_name}</source>
        <translation>Guten Tag {reporter_name},

ein Zwischenstand zum Fall {tracking_id}: Er hat jetzt den Status „{status}“.

Als Nächstes:
{deadlines}

Mit freundlichen Grüßen
{team_name}</translation>
    </message>
    <message>
        <source>Fix released</source>
        <translation>Korrektur veröffentlicht</translation>
    </message>
    <message>
        <source>Re: PSIRT Case {tracking_id}: fix released</source>
        <translation>Re: PSIRT Case {tracking_id}: Korrektur veröffentlicht</translation>
    </message>
    <message>
        <source>Dear {reporter_name},

the fix for case {tracking_id} in {product} has been released. The planned disclosure date is {embargo_date}.

Thank you for working with us.

Kind regards,
{team_name}</source>
        <translation>Guten Tag {reporter_name},

die Korrektur für den Fall {tracking_id} in {product} ist veröffentlicht. Das geplante Offenlegungsdatum ist {embargo_date}.

Vielen Dank für die Zusammenarbeit.

Mit freundlichen Grüßen
{team_name}</translation>
    </message>
    <message>
        <source>Advisory published</source>
        <translation>Sicherheitshinweis veröffentlicht</translation>
    </message>
    <message>
        <source>Re: PSIRT Case {tracking_id}: advisory published</source>
        <translation>Re: PSIRT Case {tracking_id}: Sicherheitshinweis veröffentlicht</translation>
    </message>
    <message>
        <source>Dear {reporter_name},

we have published the advisory for case {tracking_id}. You are free to publish your findings now.

Thank you again for your report.

Kind regards,
{team_name}</source>
        <translation>Guten Tag {reporter_name},

wir haben den Sicherheitshinweis zum Fall {tracking_id} veröffentlicht. Sie können Ihre Ergebnisse jetzt veröffentlichen.

Nochmals vielen Dank für Ihre Meldung.

Mit freundlichen Grüßen
{team_name}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(issued when the acknowledgement is sent)</source>
        <translation>(wird mit der Eingangsbestätigung vergeben)</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>Forscherin oder Forscher</translation>
    </message>
    <message>
        <source>not yet scored</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>- no open deadlines</source>
        <translation>- keine offenen Fristen</translation>
    </message>
    <message>
        <source>the case&apos;s tracking id</source>
        <translation>die Vorgangsnummer des Falls</translation>
    </message>
    <message>
        <source>the case title</source>
        <translation>der Titel des Falls</translation>
    </message>
    <message>
        <source>the product model</source>
        <translation>das Produktmodell</translation>
    </message>
    <message>
        <source>the software version</source>
        <translation>die Softwareversion</translation>
    </message>
    <message>
        <source>the reporter&apos;s name</source>
        <translation>der Name der meldenden Person</translation>
    </message>
    <message>
        <source>the day the report arrived</source>
        <translation>der Tag, an dem die Meldung einging</translation>
    </message>
    <message>
        <source>the case&apos;s status</source>
        <translation>der Status des Falls</translation>
    </message>
    <message>
        <source>the severity of the primary score</source>
        <translation>der Schweregrad der primären Bewertung</translation>
    </message>
    <message>
        <source>the primary CVSS score</source>
        <translation>der primäre CVSS-Wert</translation>
    </message>
    <message>
        <source>the primary CVSS vector</source>
        <translation>der primäre CVSS-Vektor</translation>
    </message>
    <message>
        <source>the open deadlines, one per line</source>
        <translation>die offenen Fristen, eine pro Zeile</translation>
    </message>
    <message>
        <source>the planned disclosure date</source>
        <translation>das geplante Offenlegungsdatum</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>der Name des Teams</translation>
    </message>
    <message>
        <source>No reply template “%1”; known: %2.</source>
        <translation>Keine Antwortvorlage „%1“; bekannt: %2.</translation>
    </message>
    <message>
        <source>No reply template “%1”.</source>
        <translation>Keine Antwortvorlage „%1“.</translation>
    </message>
    <message>
        <source>Heap overflow in the web interface</source>
        <translation>Heap-Überlauf in der Weboberfläche</translation>
    </message>
    <message>
        <source>Embargo ends</source>
        <translation>Embargo endet</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cannot start the PDF document.</source>
        <translation>Das PDF-Dokument kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF document.</source>
        <translation>Das PDF-Dokument kann nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>ReportPrefill</name>
    <message>
        <source>(not stated in the e-mail)</source>
        <translation>(in der E-Mail nicht angegeben)</translation>
    </message>
    <message>
        <source>Report by e-mail</source>
        <translation>Meldung per E-Mail</translation>
    </message>
</context>
<context>
    <name>SbomCommand</name>
    <message>
        <source>Only versions in this vers range, e.g. vers:npm/&lt;4.17.21.</source>
        <translation>Nur Versionen in diesem vers-Bereich, z. B. vers:npm/&lt;4.17.21.</translation>
    </message>
    <message>
        <source>VERS</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>tsv (default) or json.</source>
        <translation>tsv (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Import, list and remove the SBOMs of product releases</source>
        <translation>SBOMs von Produkt-Releases importieren, auflisten und entfernen</translation>
    </message>
    <message>
        <source>Which product releases contain a component</source>
        <translation>Welche Produkt-Releases eine Komponente enthalten</translation>
    </message>
    <message>
        <source>sbom import PRODUCT RELEASE FILE   CycloneDX 1.4-1.6 or SPDX 2.3 JSON; replaces the release&apos;s SBOM
sbom list                          every stored SBOM
sbom remove PRODUCT RELEASE        forget a release&apos;s SBOM
The release must be in the product catalogue (products import). After an import the
imported vulnerability records are matched against it (upstream list).</source>
        <translation>sbom import PRODUCT RELEASE FILE   CycloneDX 1.4-1.6 oder SPDX 2.3 JSON; ersetzt die SBOM des Release
sbom list                          alle gespeicherten SBOMs
sbom remove PRODUCT RELEASE        die SBOM eines Release entfernen
Das Release muss im Produktkatalog stehen (products import). Nach einem Import werden die
importierten Schwachstellen-Einträge damit abgeglichen (upstream list).</translation>
    </message>
    <message>
        <source>where-used QUERY [--range VERS]
QUERY is a package URL (pkg:npm/lodash, any version; pkg:npm/lodash@4.17.20, that one),
a CPE 2.3 name (ANY fields match anything) or a component name.
Prints product, release, component, version, depth (1 direct, more transitive, 0 not
stated) and the component it is reached through. Exit status 0 also when nothing is found.</source>
        <translation>where-used QUERY [--range VERS]
QUERY ist eine Package-URL (pkg:npm/lodash, jede Version; pkg:npm/lodash@4.17.20, genau diese),
ein CPE-2.3-Name (ANY-Felder passen auf alles) oder ein Komponentenname.
Gibt Produkt, Release, Komponente, Version, Tiefe (1 direkt, mehr transitiv, 0 nicht
angegeben) und die Komponente aus, über die sie erreicht wird. Exit-Status 0 auch, wenn nichts gefunden wird.</translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>Name one package URL, CPE or component name.</source>
        <translation>Geben Sie genau eine Package-URL, einen CPE-Namen oder einen Komponentennamen an.</translation>
    </message>
    <message>
        <source>Say what to do: import PRODUCT RELEASE FILE, list, or remove PRODUCT RELEASE.</source>
        <translation>Geben Sie an, was zu tun ist: import PRODUCT RELEASE FILE, list oder remove PRODUCT RELEASE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 with %n component(s)</source>
        <translation>
            <numerusform>%1 %2: %3 mit %n Komponente</numerusform>
            <numerusform>%1 %2: %3 mit %n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new upstream alert(s); see upstream list.</source>
        <translation>
            <numerusform>%n neue Upstream-Warnung; siehe upstream list.</numerusform>
            <numerusform>%n neue Upstream-Warnungen; siehe upstream list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SbomDocument</name>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>components nested more than %1 deep</source>
        <translation>Komponenten mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 components</source>
        <translation>mehr als %1 Komponenten</translation>
    </message>
    <message>
        <source>more than %1 dependencies</source>
        <translation>mehr als %1 Abhängigkeiten</translation>
    </message>
    <message>
        <source>more than %1 packages</source>
        <translation>mehr als %1 Pakete</translation>
    </message>
    <message>
        <source>more than %1 relationships</source>
        <translation>mehr als %1 Beziehungen</translation>
    </message>
    <message>
        <source>The SBOM is %1 MiB; at most %2 MiB are read.</source>
        <translation>Die SBOM ist %1 MiB groß; gelesen werden höchstens %2 MiB.</translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation>Ungültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>Not an SBOM: the top level is not a JSON object.</source>
        <translation>Keine SBOM: Die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>CycloneDX %1 is not read; PSIRT Desk reads CycloneDX 1.4 to 1.6 (JSON).</source>
        <translation>CycloneDX %1 wird nicht gelesen; PSIRT Desk liest CycloneDX 1.4 bis 1.6 (JSON).</translation>
    </message>
    <message>
        <source>%1 is not read; PSIRT Desk reads SPDX 2.3 (JSON).</source>
        <translation>%1 wird nicht gelesen; PSIRT Desk liest SPDX 2.3 (JSON).</translation>
    </message>
    <message>
        <source>This SPDX version</source>
        <translation>Diese SPDX-Version</translation>
    </message>
    <message>
        <source>Not an SBOM PSIRT Desk reads: neither &quot;bomFormat&quot;: &quot;CycloneDX&quot; nor &quot;spdxVersion&quot; at the top level.</source>
        <translation>Keine SBOM, die PSIRT Desk lesen kann: weder &quot;bomFormat&quot;: &quot;CycloneDX&quot; noch &quot;spdxVersion&quot; auf oberster Ebene.</translation>
    </message>
    <message>
        <source>Component ref “%1” is listed twice; the first is kept.</source>
        <translation>Die Komponentenreferenz „%1“ steht doppelt in der Liste; die erste wird behalten.</translation>
    </message>
    <message>
        <source>%1 dependencies name components the SBOM does not list; they were left out.</source>
        <translation>%1 Abhängigkeiten nennen Komponenten, die die SBOM nicht aufführt; sie wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>SbomStore</name>
    <message>
        <source>“%1” is not in the product catalogue.</source>
        <translation>„%1“ steht nicht im Produktkatalog.</translation>
    </message>
    <message>
        <source>%1 has no release “%2” in the catalogue; add it on the Products page first.</source>
        <translation>%1 hat kein Release „%2“ im Katalog; fügen Sie es zuerst auf der Seite „Produkte“ hinzu.</translation>
    </message>
    <message>
        <source>There is no release “%1 %2” in the catalogue.</source>
        <translation>Im Katalog gibt es kein Release „%1 %2“.</translation>
    </message>
    <message>
        <source>%1 %2 has no SBOM.</source>
        <translation>%1 %2 hat keine SBOM.</translation>
    </message>
    <message>
        <source>Say what to look for: a package URL, a CPE or a component name.</source>
        <translation>Geben Sie an, wonach gesucht werden soll: eine Package-URL, einen CPE-Namen oder einen Komponentennamen.</translation>
    </message>
    <message>
        <source>Not a version range: %1</source>
        <translation>Kein Versionsbereich: %1</translation>
    </message>
    <message>
        <source>Not a package URL: %1</source>
        <translation>Keine Package-URL: %1</translation>
    </message>
    <message>
        <source>Not a CPE: %1</source>
        <translation>Kein CPE-Name: %1</translation>
    </message>
    <message>
        <source>Name the CPE&apos;s vendor and product; only the other fields may be “*”.</source>
        <translation>Nennen Sie Hersteller und Produkt des CPE; nur die übrigen Felder dürfen „*“ sein.</translation>
    </message>
    <message>
        <source>The component name is too long.</source>
        <translation>Der Komponentenname ist zu lang.</translation>
    </message>
</context>
<context>
    <name>SetAdvisoryCommand</name>
    <message>
        <source>Edit advisory data</source>
        <translation>Mitteilungsdaten bearbeiten</translation>
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
    <name>SetProductCommand</name>
    <message>
        <source>Add product %1</source>
        <translation>Produkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove product %1</source>
        <translation>Produkt %1 entfernen</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Produkt %1 bearbeiten</translation>
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
    <name>SharedDevice</name>
    <message>
        <source>No content.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <source>The content cannot be read: %1</source>
        <translation>Der Inhalt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The content cannot be read at random offsets.</source>
        <translation>Der Inhalt kann nicht an beliebigen Positionen gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SignatureState</name>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>signed with an unknown key</source>
        <translation>mit einem unbekannten Schlüssel signiert</translation>
    </message>
    <message>
        <source>BAD signature</source>
        <translation>UNGÜLTIGE Signatur</translation>
    </message>
    <message>
        <source>signature not checked</source>
        <translation>Signatur nicht geprüft</translation>
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
        <source>The team&apos;s time zone (IANA id, e.g. Europe/Berlin).</source>
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
        <source>A negotiated disclosure date replacing the policy&apos;s.</source>
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
        <source>Warning: calendar %1 has holiday data for %2–%3 only; other years count weekends only.</source>
        <translation>Warnung: Kalender %1 hat Feiertagsdaten nur für %2–%3; in anderen Jahren zählen nur Wochenenden.</translation>
    </message>
    <message>
        <source>--%1 (%2) is before --received (%3).</source>
        <translation>--%1 (%2) liegt vor --received (%3).</translation>
    </message>
    <message>
        <source>--tz needs a time zone, such as Europe/Berlin or UTC.</source>
        <translation>--tz braucht eine Zeitzone, etwa Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>The %1 deadline of a report received on %2 falls after the year 9999.</source>
        <translation>Die Frist %1 einer am %2 eingegangenen Meldung liegt nach dem Jahr 9999.</translation>
    </message>
    <message>
        <source>Since when the issue is known to be actively exploited.</source>
        <translation>Seit wann die Schwachstelle bekanntermaßen aktiv ausgenutzt wird.</translation>
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
    <message>
        <source>Known to be actively exploited</source>
        <translation>Bekanntermaßen aktiv ausgenutzt</translation>
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
        <source>The SSVC vector&apos;s decision does not follow from its values.</source>
        <translation>Die Entscheidung des SSVC-Vektors ergibt sich nicht aus seinen Werten.</translation>
    </message>
    <message>
        <source>The SSVC vector&apos;s timestamp is not ISO 8601.</source>
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
    <name>StoredText</name>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>The advisory publisher&apos;s name</source>
        <translation>Der Name des Advisory-Herausgebers</translation>
    </message>
    <message>
        <source>The advisory publisher&apos;s namespace</source>
        <translation>Der Namensraum des Advisory-Herausgebers</translation>
    </message>
    <message>
        <source>The advisory publisher&apos;s contact</source>
        <translation>Der Kontakt des Advisory-Herausgebers</translation>
    </message>
    <message>
        <source>The vendor name in advisories</source>
        <translation>Der Herstellername in Advisories</translation>
    </message>
    <message>
        <source>The CNA&apos;s organization id</source>
        <translation>Die Organisations-ID der CNA</translation>
    </message>
    <message>
        <source>The CNA&apos;s short name</source>
        <translation>Der Kurzname der CNA</translation>
    </message>
    <message>
        <source>The team&apos;s address</source>
        <translation>Die Adresse des Teams</translation>
    </message>
    <message>
        <source>The team&apos;s name</source>
        <translation>Der Name des Teams</translation>
    </message>
    <message>
        <source>Product Security Team</source>
        <translation>Product Security Team</translation>
    </message>
    <message>
        <source>The GnuPG home</source>
        <translation>Das GnuPG-Verzeichnis</translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation>Der Signaturschlüssel</translation>
    </message>
    <message>
        <source>A template&apos;s subject</source>
        <translation>Der Betreff einer Vorlage</translation>
    </message>
    <message>
        <source>A template&apos;s body</source>
        <translation>Der Text einer Vorlage</translation>
    </message>
    <message>
        <source>The default disclosure policy</source>
        <translation>Die Standard-Offenlegungsrichtlinie</translation>
    </message>
    <message>
        <source>The default business calendar</source>
        <translation>Der Standard-Geschäftskalender</translation>
    </message>
    <message>
        <source>The team&apos;s time zone</source>
        <translation>Die Zeitzone des Teams</translation>
    </message>
    <message>
        <source>The tracking id pattern</source>
        <translation>Das Muster der Tracking-IDs</translation>
    </message>
    <message>
        <source>The report subject patterns</source>
        <translation>Die Betreffmuster für Meldungen</translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1 muss eine einzelne Zeile sein.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid name.</source>
        <translation>„%1“ ist kein gültiger Name.</translation>
    </message>
    <message>
        <source>The months of security fixes after EOL/OBS</source>
        <translation>Die Monate mit Sicherheitsupdates nach EOL/OBS</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 1200.</source>
        <translation>%1 muss eine ganze Zahl von 0 bis 1200 sein.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8 (byte-order mark)</source>
        <translation>UTF-8 (Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>%1 (detected, %2% confidence)</source>
        <translation>%1 (erkannt, %2 % Sicherheit)</translation>
    </message>
    <message>
        <source>windows-1252 (not valid UTF-8, no encoding detected)</source>
        <translation>windows-1252 (kein gültiges UTF-8, keine Kodierung erkannt)</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriges finden (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Nächstes finden (F3)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textkodierung</translation>
    </message>
    <message>
        <source>Type a line number.</source>
        <translation>Geben Sie eine Zeilennummer ein.</translation>
    </message>
    <message>
        <source>Some lines are longer than %1 KiB; they are shown cut, with a marker.</source>
        <translation>Einige Zeilen sind länger als %1 KiB; sie werden gekürzt und markiert gezeigt.</translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation>Textkodierung: %1</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>The text contains NUL bytes; they are shown as ␀.</source>
        <translation>Der Text enthält NUL-Bytes; sie werden als ␀ gezeigt.</translation>
    </message>
    <message>
        <source>Not valid UTF-8; shown as %1. Choose another encoding below if the text looks wrong.</source>
        <translation>Kein gültiges UTF-8; als %1 gezeigt. Wählen Sie unten eine andere Kodierung, falls der Text falsch aussieht.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing… %1 lines so far</source>
        <translation>Indizierung… bisher %1 Zeilen</translation>
    </message>
    <message>
        <source>The text has %1 lines.</source>
        <translation>Der Text hat %1 Zeilen.</translation>
    </message>
    <message>
        <source>Line %1 is not indexed yet.</source>
        <translation>Zeile %1 ist noch nicht indiziert.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>Suche… %1 %</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not found in the lines indexed so far</source>
        <translation>In den bisher indizierten Zeilen nicht gefunden</translation>
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
    <message>
        <source>⚠ Exploited · %1</source>
        <translation>⚠ Ausgenutzt · %1</translation>
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
        <source>Show every case&apos;s whole timeline</source>
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
    <name>TlpLevel</name>
    <message>
        <source>Recipients can spread this to the world; there is no limit on disclosure.</source>
        <translation>Empfänger dürfen dies weltweit verbreiten; die Weitergabe ist nicht beschränkt.</translation>
    </message>
    <message>
        <source>Limited disclosure: recipients can spread this within their community.</source>
        <translation>Eingeschränkte Weitergabe: Empfänger dürfen dies innerhalb ihrer Gemeinschaft verbreiten.</translation>
    </message>
    <message>
        <source>Limited disclosure: recipients can only spread this on a need-to-know basis within their organization and its clients.</source>
        <translation>Eingeschränkte Weitergabe: Empfänger dürfen dies nur bei Bedarf innerhalb ihrer Organisation und an deren Kunden weitergeben.</translation>
    </message>
    <message>
        <source>Limited disclosure: recipients can only spread this on a need-to-know basis within their organization only.</source>
        <translation>Eingeschränkte Weitergabe: Empfänger dürfen dies nur bei Bedarf und nur innerhalb ihrer Organisation weitergeben.</translation>
    </message>
    <message>
        <source>For the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>Nur für die einzelnen Empfänger bestimmt, keine Weitergabe.</translation>
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
    <name>UpstreamAlertModel</name>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message>
        <source>KEV, ransomware</source>
        <translation>KEV, Ransomware</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>EPSS</source>
        <translation>EPSS</translation>
    </message>
    <message>
        <source>Exploited</source>
        <translation>Ausgenutzt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>UpstreamPane</name>
    <message>
        <source>&amp;Open alerts only</source>
        <translation>Nur &amp;offene Warnungen</translation>
    </message>
    <message>
        <source>Open &amp;Case</source>
        <translation>&amp;Fall eröffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Import Feed…</source>
        <translation>Feed &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a vulnerability feed</source>
        <translation>Einen Schwachstellen-Feed importieren</translation>
    </message>
    <message>
        <source>Feeds (*.json *.zip *.csv *.gz);;All files (*)</source>
        <translation>Feeds (*.json *.zip *.csv *.gz);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, as of %3 (%n record(s))</source>
        <translation>
            <numerusform>%1: %2, Stand %3 (%n Eintrag)</numerusform>
            <numerusform>%1: %2, Stand %3 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>No feed imported yet: Import Feed… takes the CISA KEV catalog, an EPSS scores file, and OSV or CVE List records (a JSON file or a ZIP).</source>
        <translation>Noch kein Feed importiert: „Feed importieren…“ nimmt den CISA-KEV-Katalog, eine Datei mit EPSS-Werten sowie OSV- oder CVE-List-Einträge (eine JSON-Datei oder ein ZIP) entgegen.</translation>
    </message>
    <message>
        <source>Select an alert first.</source>
        <translation>Wählen Sie zuerst eine Warnung aus.</translation>
    </message>
    <message>
        <source>Dismiss %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <source>What makes these releases safe, in the team&apos;s words</source>
        <translation>Was diese Releases sicher macht, in den Worten des Teams</translation>
    </message>
    <message>
        <source>Not affected: %1 in %2</source>
        <translation>Nicht betroffen: %1 in %2</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) imported.</source>
        <translation>
            <numerusform>%1: %n Eintrag importiert.</numerusform>
            <numerusform>%1: %n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see the details).</source>
        <translation>
            <numerusform>%n übersprungen (siehe Details).</numerusform>
            <numerusform>%n übersprungen (siehe Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s).</source>
        <translation>
            <numerusform>%n neue Warnung.</numerusform>
            <numerusform>%n neue Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now marked actively exploited.</source>
        <translation>
            <numerusform>%n Fall jetzt als aktiv ausgenutzt markiert.</numerusform>
            <numerusform>%n Fälle jetzt als aktiv ausgenutzt markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionRange</name>
    <message>
        <source>A version range is at most %1 characters long.</source>
        <translation>Ein Versionsbereich ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>A version range holds only printable ASCII characters, no spaces (position %1).</source>
        <translation>Ein Versionsbereich enthält nur druckbare ASCII-Zeichen, keine Leerzeichen (Position %1).</translation>
    </message>
    <message>
        <source>“%1” is not a version range: it must start with “vers:”.</source>
        <translation>„%1“ ist kein Versionsbereich: Er muss mit „vers:“ beginnen.</translation>
    </message>
    <message>
        <source>The version range “%1” has no “/” after its type.</source>
        <translation>Der Versionsbereich „%1“ hat nach seinem Typ kein „/“.</translation>
    </message>
    <message>
        <source>The version range type “%1” must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>Der Typ „%1“ des Versionsbereichs darf nur aus Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos; bestehen und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The version range “%1” has no constraints.</source>
        <translation>Der Versionsbereich „%1“ hat keine Bedingungen.</translation>
    </message>
    <message>
        <source>The version range “%1” has an empty constraint (a leading, trailing or doubled &apos;|&apos;).</source>
        <translation>Der Versionsbereich „%1“ hat eine leere Bedingung (ein &apos;|&apos; am Anfang, am Ende oder doppelt).</translation>
    </message>
    <message>
        <source>A version range has at most %1 constraints.</source>
        <translation>Ein Versionsbereich hat höchstens %1 Bedingungen.</translation>
    </message>
    <message>
        <source>The constraint at position %1 has no version.</source>
        <translation>Die Bedingung an Position %1 hat keine Version.</translation>
    </message>
    <message>
        <source>The percent-encoding at position %1 must use upper-case hex digits.</source>
        <translation>Die Prozentkodierung an Position %1 muss Hex-Ziffern in Großbuchstaben verwenden.</translation>
    </message>
    <message>
        <source>Bad percent-encoding at position %1.</source>
        <translation>Fehlerhafte Prozentkodierung an Position %1.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is encoded but need not be; write it as it is.</source>
        <translation>„%1“ an Position %2 ist kodiert, muss es aber nicht sein; schreiben Sie es unkodiert.</translation>
    </message>
    <message>
        <source>“%1” at position %2 must be percent-encoded in a version, or the constraint is malformed.</source>
        <translation>„%1“ an Position %2 muss in einer Version prozentkodiert sein, oder die Bedingung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The version at position %1 is longer than %2 characters.</source>
        <translation>Die Version an Position %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>A datetime version writes “T” and “Z” in upper case.</source>
        <translation>Eine Datums-Zeit-Version schreibt „T“ und „Z“ groß.</translation>
    </message>
    <message>
        <source>The version “%1” occurs twice in the range.</source>
        <translation>Die Version „%1“ kommt im Bereich doppelt vor.</translation>
    </message>
    <message>
        <source>The constraints are not sorted by version: “%1” at position %2 comes before “%3”.</source>
        <translation>Die Bedingungen sind nicht nach Version sortiert: „%1“ an Position %2 steht vor „%3“.</translation>
    </message>
    <message>
        <source>The range “%1” is not canonical: after &apos;=&apos; only &apos;=&apos;, &apos;&gt;&apos; or &apos;&gt;=&apos; may follow, and &apos;&gt;&apos; and &apos;&lt;&apos; bounds must alternate.</source>
        <translation>Der Bereich „%1“ ist nicht kanonisch: Auf &apos;=&apos; dürfen nur &apos;=&apos;, &apos;&gt;&apos; oder &apos;&gt;=&apos; folgen, und &apos;&gt;&apos;- und &apos;&lt;&apos;-Grenzen müssen sich abwechseln.</translation>
    </message>
</context>
<context>
    <name>ViewerSelector</name>
    <message>
        <source>The attachment is empty.</source>
        <translation>Der Anhang ist leer.</translation>
    </message>
    <message>
        <source>A packet capture: shown as hex with its header decoded.</source>
        <translation>Ein Paketmitschnitt: als Hex gezeigt, mit dekodiertem Kopf.</translation>
    </message>
    <message>
        <source>A PDF document.</source>
        <translation>Ein PDF-Dokument.</translation>
    </message>
    <message>
        <source>An image (%1).</source>
        <translation>Ein Bild (%1).</translation>
    </message>
    <message>
        <source>Text.</source>
        <translation>Text.</translation>
    </message>
    <message>
        <source>Text (%1).</source>
        <translation>Text (%1).</translation>
    </message>
    <message>
        <source>Binary content: shown as hex.</source>
        <translation>Binärer Inhalt: als Hex gezeigt.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
</context>
<context>
    <name>WhereUsedModel</name>
    <message>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message numerus="yes">
        <source>through %1 (%n step(s))</source>
        <translation>
            <numerusform>über %1 (%n Schritt)</numerusform>
            <numerusform>über %1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>listed</source>
        <translation>aufgeführt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Enthalten</translation>
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
        <source>Run “%1 COMMAND --help” for a command&apos;s options.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Validates and scores CVSS v2.0, v3.0, v3.1 and v4.0 vectors. Prints one line per vector: the vector, its score and severity, or &quot;invalid&quot; and the reason.</source>
        <translation>Prüft und bewertet CVSS-Vektoren der Versionen v2.0, v3.0, v3.1 und v4.0. Gibt eine Zeile pro Vektor aus: den Vektor, seinen Wert und Schweregrad oder &quot;invalid&quot; und den Grund.</translation>
    </message>
    <message>
        <source>Print every sub-score as one JSON object per line.</source>
        <translation>Jeden Teilwert als ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Vectors to score, or &quot;-&quot; to read one per line from standard input.</source>
        <translation>Zu bewertende Vektoren oder &quot;-&quot;, um je einen pro Zeile von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>No vector given; pass vectors or &quot;-&quot; for standard input.</source>
        <translation>Kein Vektor angegeben; übergeben Sie Vektoren oder &quot;-&quot; für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Validate and score CVSS vectors (v2.0, v3.0, v3.1, v4.0)</source>
        <translation>CVSS-Vektoren prüfen und bewerten (v2.0, v3.0, v3.1, v4.0)</translation>
    </message>
    <message>
        <source>Exit status: %1 done; %2 failed (e.g. no such database, case or file); %3 wrong command line; %4 done, but some items had problems (import: refused messages; evidence verify: damaged evidence).</source>
        <translation>Rückgabewert: %1 erledigt; %2 fehlgeschlagen (z. B. Datenbank, Fall oder Datei nicht vorhanden); %3 falsche Befehlszeile; %4 erledigt, aber einige Einträge hatten Probleme (import: abgewiesene Nachrichten; evidence verify: beschädigte Beweismittel).</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <source>The case database: a SQLite file (made when missing) or a postgresql:// URL.</source>
        <translation>Die Falldatenbank: eine SQLite-Datei (wird angelegt, falls sie fehlt) oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out ist erforderlich.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is longer than %2 bytes; it was skipped.</source>
        <translation>Zeile %1 der Standardeingabe ist länger als %2 Bytes und wurde übersprungen.</translation>
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
    <message>
        <source>The view to show first: inbox, timeline, queue, dashboard, products or upstream.</source>
        <translation>Die zuerst gezeigte Ansicht: inbox, timeline, queue, dashboard, products oder upstream.</translation>
    </message>
    <message>
        <source>There is no view “%1”.</source>
        <translation>Es gibt keine Ansicht „%1“.</translation>
    </message>
</context>
</TS>
