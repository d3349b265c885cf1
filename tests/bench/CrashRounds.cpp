// crash-rounds: crash consistency of the two bulk writers as a user meets them. Starts the
// real `psirtdesk-cli import` (an mbox of reports, every fifth with an attachment stored as
// encrypted evidence) and `psirtdesk-cli evidence add` (a multi-megabyte file), kills each
// with SIGKILL at a random moment, many times, on SQLite and on PostgreSQL, and after every
// kill checks that
//   - the database opens (and, on SQLite, passes integrity_check and foreign_key_check);
//   - every message recorded as imported is complete: its case, its message in the case's
//     correspondence, its attachment as evidence and the intake record of it; no case
//     exists without its intake record;
//   - no evidence body is orphaned or short of chunks, and every body decrypts to its
//     recorded SHA-256 (EvidenceStore::verify);
// and at the end that one more import, and adding each file the kills interrupted, completes
// every message and file exactly once.
//
//   crash-rounds [--rounds N] [--backends sqlite,postgresql] [--messages M] [--seed S]
//
// Prints one "CRASH <backend> <writer> rounds=… killed=… committed-at-kill=… findings=…"
// line per backend and writer, every finding, and exits 1 if there was one. ctest runs a
// short version (tests/bench/CMakeLists.txt); the README has the figures of a long run.

#include "TestSupport.h"
#include "evidence/EvidenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <random>

namespace {

const QString kPassphrase = QStringLiteral("crash rounds passphrase");
constexpr int kAttachmentEvery = 5;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray randomBytes(qsizetype size, std::mt19937 &random)
{
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(random());
    return data;
}

QByteArray mbox(int messages, std::mt19937 &random)
{
    QByteArray box;
    for (int n = 0; n < messages; ++n) {
        const QByteArray number = QByteArray::number(n);
        box += "From crash@example.org Mon Nov 23 10:00:00 2026\nFrom: Researcher <r" + number
            + "@example.org>\nTo: psirt@example.com\nSubject: PSIRT Case: crash flaw " + number
            + "\nMessage-ID: <crash-" + number
            + "@example.org>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n";
        const QByteArray body = "Product: SMx\nSoftware version: 1." + number
            + "\n\nDescription:\nCrash flaw " + number + " lets a remote attacker run code.\n";
        if (n % kAttachmentEvery != 0) {
            box += "Content-Type: text/plain; charset=utf-8\n\n" + body + '\n';
            continue;
        }
        box += "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n" + body
            + "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"poc-"
            + number + ".bin\"\nContent-Transfer-Encoding: base64\n\n";
        const QByteArray encoded = randomBytes(256 * 1024, random).toBase64();
        for (qsizetype at = 0; at < encoded.size(); at += 76)
            box += encoded.mid(at, 76) + '\n';
        box += "--b--\n\n";
    }
    return box;
}

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QString err;
};

// Starts the CLI and kills it after killAfterMs (never, when negative).
Run cli(const QStringList &arguments, int killAfterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PSIRTDESK_EVIDENCE_PASSPHRASE"), kPassphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PSIRTDESK_CLI), arguments);
    Run r;
    if (!p.waitForStarted()) {
        r.err = p.errorString();
        return r;
    }
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
        p.kill(); // SIGKILL
        p.waitForFinished(-1);
        r.killed = true;
        return r;
    }
    p.waitForFinished(-1);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// Everything that must hold after a kill; one line per finding.
QStringList check(const QString &location)
{
    QStringList findings;
    Database db;
    if (const Status s = db.open(location); !s)
        return {QStringLiteral("the database does not open: ") + s.error()};
    QSqlQuery q(db.connection());
    if (db.backend() == Database::Backend::SQLite) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != u"ok")
            findings << QStringLiteral("integrity_check: ") + q.value(0).toString();
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next())
            findings << QStringLiteral("foreign_key_check reports a dangling reference");
    }

    // Every recorded message is complete.
    static const QRegularExpression number(QStringLiteral("^<?crash-(\\d+)@example\\.org>?$"));
    QHash<int, int> recorded;
    q.exec(QStringLiteral("SELECT m.message_id, m.case_id, c.title,"
                          " (SELECT COUNT(*) FROM correspondence k WHERE k.case_id = m.case_id"
                          "   AND k.message_id = m.message_id),"
                          " (SELECT COUNT(*) FROM case_attachments a WHERE a.case_id = m.case_id"
                          "   AND a.file_name NOT LIKE 'round-%'),"
                          " (SELECT COUNT(*) FROM intake_attachments i WHERE i.message_row = m.id)"
                          " FROM intake_messages m LEFT JOIN cases c ON c.id = m.case_id"));
    while (q.next()) {
        const QString messageId = q.value(0).toString();
        const auto match = number.match(messageId);
        if (!match.hasMatch()) {
            findings << QStringLiteral("an intake record of an unknown message: ") + messageId;
            continue;
        }
        const int n = match.captured(1).toInt();
        ++recorded[n];
        if (q.value(1).isNull() || !q.value(2).toString().endsWith(QStringLiteral(" flaw %1").arg(n)))
            findings << QStringLiteral("message %1 is recorded without its case").arg(n);
        if (q.value(3).toInt() != 1)
            findings
                << QStringLiteral("message %1 has %2 correspondence rows").arg(n).arg(q.value(3).toInt());
        const int attachments = n % kAttachmentEvery == 0 ? 1 : 0;
        if (q.value(4).toInt() != attachments || q.value(5).toInt() != attachments)
            findings << QStringLiteral("message %1 has %2 evidence and %3 intake attachments, not %4")
                            .arg(n)
                            .arg(q.value(4).toInt())
                            .arg(q.value(5).toInt())
                            .arg(attachments);
    }
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (it.value() > 1)
            findings << QStringLiteral("message %1 is recorded %2 times").arg(it.key()).arg(it.value());
    }
    const qint64 orphanCases = scalar(db,
        QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.title LIKE '%crash flaw%'"
                       " AND NOT EXISTS (SELECT 1 FROM intake_messages m WHERE m.case_id = c.id)"));
    if (orphanCases != 0)
        findings << QStringLiteral("%1 cases without their intake record").arg(orphanCases);

    // Evidence bodies: referenced, whole, and decrypting to their hash.
    const qint64 orphanBlobs = scalar(db,
        QStringLiteral("SELECT COUNT(*) FROM evidence_blobs b"
                       " WHERE NOT EXISTS (SELECT 1 FROM case_attachments a WHERE a.blob_id = b.id)"));
    if (orphanBlobs != 0)
        findings << QStringLiteral("%1 evidence bodies no attachment refers to").arg(orphanBlobs);
    const qint64 shortBlobs = scalar(db,
        QStringLiteral("SELECT COUNT(*) FROM evidence_blobs b WHERE b.chunk_count <>"
                       " (SELECT COUNT(*) FROM evidence_chunks k WHERE k.blob_id = b.id)"));
    if (shortBlobs != 0)
        findings << QStringLiteral("%1 evidence bodies short of chunks").arg(shortBlobs);
    CaseStore cases(db);
    EvidenceStore evidence(db, cases.auditLog());
    if (const Status s = evidence.unlock(kPassphrase); !s) {
        findings << QStringLiteral("the evidence store does not unlock: ") + s.error();
    } else if (const auto problems = evidence.verify(); !problems) {
        findings << QStringLiteral("evidence verify failed: ") + problems.error();
    } else {
        for (const EvidenceProblem &p : *problems)
            findings << QStringLiteral("evidence %1: %2").arg(p.fileName, p.message);
    }
    return findings;
}

struct Tally
{
    int rounds = 0;
    int killed = 0;
    qint64 committedAtKill = 0; // messages or files found committed after the kills
    int partial = 0; // kills that left some but not all of the messages imported
    QStringList findings;
};

void report(const QString &backend, const QString &writer, const Tally &t)
{
    out() << "CRASH " << backend << ' ' << writer << " rounds=" << t.rounds << " killed=" << t.killed
          << " mid-import=" << t.partial << " committed-at-kill=" << t.committedAtKill
          << " findings=" << t.findings.size() << '\n';
    for (const QString &f : t.findings)
        out() << "  FINDING " << f << '\n';
    out().flush();
}

int calibrate(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    const Run r = cli(arguments, -1);
    if (r.exitCode != 0) {
        out() << "calibration run failed: " << r.err << '\n';
        return -1;
    }
    return int(timer.elapsed());
}

bool runBackend(Database::Backend backend, int rounds, int messages, std::mt19937 &random)
{
    const QString name
        = backend == Database::Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    QTemporaryDir dir;
    QString error;
    const auto fresh = [&]() -> QString {
        const QString location = TestSupport::freshLocation(backend, dir, &error);
        Database db;
        if (location.isEmpty() || !db.open(location))
            return {};
        db.close();
        const Run init = cli(
            {QStringLiteral("evidence"), QStringLiteral("init"), QStringLiteral("--database"), location}, -1);
        return init.exitCode == 0 ? location : QString();
    };
    const QString scratch = fresh();
    const QString location = fresh(); // the evidence rounds' database
    if (location.isEmpty() || scratch.isEmpty()) {
        out() << "CRASH " << name << " cannot make a database: " << error << '\n';
        return false;
    }
    const QString box = dir.filePath(QStringLiteral("reports.mbox"));
    {
        QFile f(box);
        if (!f.open(QIODevice::WriteOnly) || f.write(mbox(messages, random)) < 0)
            return false;
    }
    const auto import = [&](const QString &where) {
        return QStringList {QStringLiteral("import"), QStringLiteral("--database"), where, box};
    };
    // The evidence rounds add to the first case of a complete import (ids are not always
    // 1: a killed PostgreSQL transaction has used up its sequence values).
    qint64 evidenceCase = 0;
    const auto evidenceAdd = [&](const QString &file) {
        return QStringList {QStringLiteral("evidence"), QStringLiteral("add"), QString::number(evidenceCase),
            file, QStringLiteral("--database"), location};
    };
    const auto records = [](const QString &where) {
        Database db;
        return db.open(where) ? scalar(db, QStringLiteral("SELECT COUNT(*) FROM intake_messages")) : -1;
    };

    // How long uninterrupted runs take, so kills land anywhere in them.
    const int importMs = calibrate(import(scratch));
    const QString big = dir.filePath(QStringLiteral("calibration.bin"));
    {
        QFile f(big);
        if (!f.open(QIODevice::WriteOnly) || f.write(randomBytes(8 << 20, random)) < 0)
            return false;
    }
    if (calibrate(import(location)) < 0)
        return false;
    {
        Database db;
        if (!db.open(location))
            return false;
        evidenceCase = scalar(db, QStringLiteral("SELECT MIN(id) FROM cases"));
    }
    const int addMs = calibrate({QStringLiteral("evidence"), QStringLiteral("add"),
        QString::number(evidenceCase), big, QStringLiteral("--database"), scratch});
    if (importMs < 0 || addMs < 0)
        return false;
    out() << "CRASH " << name << " an uninterrupted import of " << messages << " messages takes " << importMs
          << " ms, an 8 MiB evidence add " << addMs << " ms\n";

    Tally imports;
    Tally adds;
    for (int round = 0; round < rounds; ++round) {
        // An import into a new database, killed; what it committed must be whole, and the
        // import run again must complete every message exactly once.
        const QString target = fresh();
        if (target.isEmpty())
            return false;
        std::uniform_int_distribution<int> importKill(0, importMs + importMs / 10);
        const Run r = cli(import(target), importKill(random));
        ++imports.rounds;
        const qint64 committed = records(target);
        if (r.killed) {
            ++imports.killed;
            imports.partial += committed > 0 && committed < messages ? 1 : 0;
            imports.committedAtKill += committed;
        }
        for (const QString &f : check(target))
            imports.findings << QStringLiteral("round %1, after the kill: %2").arg(round).arg(f);
        const Run again = cli(import(target), -1);
        if (again.exitCode != 0)
            imports.findings
                << QStringLiteral("round %1: the import run again failed: %2").arg(round).arg(again.err);
        Database db;
        if (db.open(target)) {
            const qint64 distinct
                = scalar(db, QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM intake_messages"));
            const qint64 total = scalar(db, QStringLiteral("SELECT COUNT(*) FROM intake_messages"));
            if (distinct != messages || total != messages)
                imports.findings << QStringLiteral("round %1: after the import ran again, %2 records of %3 "
                                                   "distinct messages, not %4")
                                        .arg(round)
                                        .arg(total)
                                        .arg(distinct)
                                        .arg(messages);
        }
        db.close();
        for (const QString &f : check(target))
            imports.findings << QStringLiteral("round %1, after the import ran again: %2").arg(round).arg(f);

        // An evidence add of a new file, killed: attached whole or not at all, and added
        // again exactly once.
        const QString file = dir.filePath(QStringLiteral("round-%1.bin").arg(round));
        {
            std::uniform_int_distribution<int> megabytes(1, 8);
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly)
                || f.write(randomBytes(qsizetype(megabytes(random)) << 20, random)) < 0)
                return false;
        }
        const auto attached = [&] {
            Database evidenceDb;
            if (!evidenceDb.open(location))
                return -1;
            QSqlQuery q(evidenceDb.connection());
            q.prepare(
                QStringLiteral("SELECT COUNT(*) FROM case_attachments WHERE case_id = ? AND file_name = ?"));
            q.addBindValue(evidenceCase);
            q.addBindValue(QFileInfo(file).fileName());
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        std::uniform_int_distribution<int> addKill(0, addMs + addMs / 10);
        const Run a = cli(evidenceAdd(file), addKill(random));
        ++adds.rounds;
        if (a.killed) {
            ++adds.killed;
            adds.committedAtKill += attached();
        }
        for (const QString &f : check(location))
            adds.findings << QStringLiteral("round %1, after the kill: %2").arg(round).arg(f);
        if (attached() == 0 && cli(evidenceAdd(file), -1).exitCode != 0)
            adds.findings << QStringLiteral("round %1: adding the file again failed").arg(round);
        if (const int n = attached(); n != 1)
            adds.findings << QStringLiteral("round %1: the file is attached %2 times").arg(round).arg(n);
    }
    for (const QString &f : check(location))
        adds.findings << QStringLiteral("at the end: ") + f;
    report(name, QStringLiteral("import"), imports);
    report(name, QStringLiteral("evidence-add"), adds);
    return imports.findings.isEmpty() && adds.findings.isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSupport::isolate();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kills imports and evidence adds at random moments and checks what is left."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("Kills per writer and backend."), QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption backendsOption(QStringLiteral("backends"),
        QStringLiteral("sqlite, postgresql or both."), QStringLiteral("LIST"),
        QStringLiteral("sqlite,postgresql"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages in the mbox."), QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({roundsOption, backendsOption, messagesOption, seedOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int messages = std::max(kAttachmentEvery, parser.value(messagesOption).toInt());
    std::mt19937 random(parser.value(seedOption).toUInt());
    bool ok = true;
    const QStringList backends = parser.value(backendsOption).split(u',');
    if (backends.contains(QStringLiteral("sqlite")))
        ok = runBackend(Database::Backend::SQLite, rounds, messages, random) && ok;
    if (backends.contains(QStringLiteral("postgresql")))
        ok = runBackend(Database::Backend::PostgreSQL, rounds, messages, random) && ok;
    return ok ? 0 : 1;
}
