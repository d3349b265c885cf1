<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PSIRT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSIRT Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop workstation for product-security incident response: report intake, triage, CVSS scoring, SLA and embargo deadlines, evidence and advisories.

Built with Qt %1. Database drivers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Reporter consents to be credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter consents to their identity being shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking id yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseField</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to be credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to identity being shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reporter contact (name or e-mail) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs More Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Reproducible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with tracking id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was changed by someone else in the meantime; it has been reloaded, please apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes only through the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 to be a duplicate of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already a duplicate of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PSIRT Desk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported connection option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Filter by id, title, product, reporter, owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search description and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over title, description and steps to reproduce; the last word matches as a prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeChannel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted e-mail (OpenPGP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner or CERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PSIRT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL (postgresql://user@host:port/database):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PSIRT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case database is open. Use File → Open Database or Create Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PSIRT Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSIRT Desk databases (*.psirtdesk *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Case Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSIRT Desk databases (*.psirtdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report logged. Acknowledge it to issue its tracking id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 cases · %3 unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot prepare the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this PSIRT Desk understands (%2). Update PSIRT Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>Consents to be credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to their identity being shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the vulnerability, and what can an attacker do with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce, or relevant observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps to reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the product catalogue; check whether it is one of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a third-party product and out of scope of the disclosure policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; its security-update period ended on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCaseFieldsCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionCommand</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking id or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The case is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report must be acknowledged first; acknowledging issues its tracking id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved case can be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is resolved from Remediation, once a fix exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case waits on the reporter only before remediation starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case can no longer be closed as %1 once it is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot follow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duplicate must name the case it duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot duplicate itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a closed case needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workstation for PSIRT analysts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case database: SQLite file or postgresql:// URL. Default: the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit (works without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name written to the audit log (default: your user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PSIRT Desk. Create a case database (File → Create Database) or open the demo with “psirtdesk-cli demo”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
