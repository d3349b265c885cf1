// bench-intake: e-mail intake throughput.
// Generates a 10,000-message mbox (5 % with a 16 KB attachment; every message a report with
// the "PSIRT Case" subject, so each one creates a case), imports it with MailImporter into a
// fresh SQLite database (one transaction per message, as the CLI and the import job do) and
// prints "BENCH intake_messages_per_s <value> (target >= 2000)". Then writes the same messages
// as a Maildir and times `notmuch new` on it (own NOTMUCH_CONFIG in the temporary folder):
// "BENCH notmuch_new_messages_per_s <value>".

#include "intake/MailImporter.h"
#include "intake/MailParser.h"
#include "intake/MailSource.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

namespace {

constexpr int kMessages = 10000;

const char *const kProducts[] = {"SMx", "Router 9", "Cam 3000", "Hub", "Gateway", "Switch 24", "NAS 4",
    "Printer Pro", "Thermostat", "Door Lock", "Meter", "Inverter", "PLC 7", "HMI Panel", "Badge Reader",
    "VPN Box", "Access Point", "Set-top Box", "Doorbell", "Baby Monitor"};
const char *const kFlaws[] = {"buffer overflow", "command injection", "path traversal", "SQL injection",
    "cross-site scripting", "hard-coded password", "authentication bypass", "use after free",
    "integer overflow", "XML external entity", "open redirect", "race condition", "memory leak",
    "denial of service", "privilege escalation"};
const char *const kParts[]
    = {"web login", "firmware updater", "REST API", "SNMP agent", "UPnP service", "Telnet console",
        "backup import", "log viewer", "DHCP client", "TLS handshake", "cloud sync", "mobile pairing"};

QByteArray message(int i, std::mt19937 &random)
{
    const QByteArray product = kProducts[random() % std::size(kProducts)];
    const QByteArray title = QByteArray(kFlaws[random() % std::size(kFlaws)]) + " in "
        + kParts[random() % std::size(kParts)] + " (variant " + QByteArray::number(i) + ")";
    QByteArray m = "From: Researcher " + QByteArray::number(i % 300) + " <r" + QByteArray::number(i % 300)
        + "@example.org>\nTo: psirt@example.com\nSubject: PSIRT Case: " + title + "\nMessage-ID: <bench-"
        + QByteArray::number(i) + "@example.org>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n";
    const QByteArray body = "Product: " + product + "\nSoftware version: " + QByteArray::number(random() % 9)
        + "." + QByteArray::number(random() % 20) + "\n\nDescription:\nThe " + title
        + " lets a remote attacker run code.\nIt was found with a fuzzer.\n\nSteps to reproduce:\n1. "
          "Connect.\n"
          "2. Send the request in the attachment.\n";
    if (i % 20 != 0)
        return m + "Content-Type: text/plain; charset=utf-8\n\n" + body;
    QByteArray data(16 * 1024, '\0');
    for (char &c : data)
        c = char(random());
    QByteArray b64;
    const QByteArray encoded = data.toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        b64 += encoded.mid(at, 76) + '\n';
    return m + "Content-Type: multipart/mixed; boundary=\"bb\"\n\n--bb\nContent-Type: text/plain\n\n" + body
        + "--bb\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"req-"
        + QByteArray::number(i) + ".bin\"\nContent-Transfer-Encoding: base64\n\n" + b64 + "--bb--\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    std::mt19937 random(20261123);
    QList<QByteArray> messages;
    messages.reserve(kMessages);
    for (int i = 0; i < kMessages; ++i)
        messages.append(message(i, random));

    const QString mboxPath = dir.filePath(QStringLiteral("bench.mbox"));
    {
        QFile mbox(mboxPath);
        if (!mbox.open(QIODevice::WriteOnly))
            return 1;
        for (const QByteArray &m : std::as_const(messages))
            mbox.write("From r@example.org Mon Nov 23 10:00:00 2026\n" + m + "\n");
    }

    // The parse alone (read, pre-check, GMime, walk), to see where the time goes.
    QElapsedTimer parseTimer;
    parseTimer.start();
    {
        MailSource source({mboxPath});
        RawMessage raw;
        int parsed = 0;
        while (source.next(&raw))
            parsed += MailParser::parse(raw.bytes).ok() ? 1 : 0;
        out << "# parse only: " << parsed << " messages in " << double(parseTimer.nsecsElapsed()) / 1e9
            << " s\n";
    }

    Database db;
    if (const Status s = db.open(dir.filePath(QStringLiteral("bench.sqlite"))); !s) {
        out << s.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    MailImporter importer(db, {});
    if (!importer.prepare().ok())
        return 1;
    MailSource source({mboxPath});
    RawMessage raw;
    int created = 0;
    int total = 0;
    while (source.next(&raw)) {
        ++total;
        if (importer.import(raw).kind == ImportOutcome::Kind::NewReport)
            ++created;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out << "# " << total << " messages, " << created << " new reports in " << seconds << " s\n";
    out << "BENCH intake_messages_per_s " << qRound(total / seconds) << " (target >= 2000)\n";
    out.flush();

    const QString notmuch = QStandardPaths::findExecutable(QStringLiteral("notmuch"));
    if (notmuch.isEmpty()) {
        out << "# notmuch is not installed; no comparison\n";
        return created == kMessages ? 0 : 1;
    }
    const QString maildir = dir.filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(maildir + u'/' + QLatin1StringView(sub));
    for (int i = 0; i < messages.size(); ++i) {
        QFile f(maildir + QStringLiteral("/cur/%1.bench:2,S").arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(messages.at(i));
    }
    const QString config = dir.filePath(QStringLiteral("notmuch-config"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("[database]\npath=" + maildir.toUtf8()
            + "\n[user]\nname=Bench\nprimary_email=bench@example.org\n[new]\ntags=inbox;\n"
              "[maildir]\nsynchronize_flags=false\n");
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOTMUCH_CONFIG"), config);
    env.insert(QStringLiteral("HOME"), dir.path());
    process.setProcessEnvironment(env);
    timer.restart();
    process.start(notmuch, {QStringLiteral("new"), QStringLiteral("--quiet")});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        out << "# notmuch new failed: " << QString::fromLocal8Bit(process.readAllStandardError()) << '\n';
        return 1;
    }
    const double notmuchSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "# notmuch new: " << kMessages << " messages in " << notmuchSeconds << " s\n";
    out << "BENCH notmuch_new_messages_per_s " << qRound(kMessages / notmuchSeconds) << '\n';
    return created == kMessages ? 0 : 1;
}
