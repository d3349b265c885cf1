#include "TestSupport.h"
#include "jobs/DemoDatabaseJob.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

#include <algorithm>

// The one demo-database builder: blocking (the command line) and as a job (the start page).
class TestDemoDatabaseJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const DemoOptions m_options {40, 3, QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC)};

    static int cases(const Database::Location &location)
    {
        Database db;
        if (!db.open(location))
            return -1;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static Database::Location file(const QString &path)
    {
        Database::Location location;
        location.path = path;
        return location;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QVERIFY(QThreadPool::globalInstance()->waitForDone(60000)); }

    void blockingBuildReplacesOnlyWhenComplete()
    {
        const QString path = m_dir.filePath(QStringLiteral("blocking.psirtdesk"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("not a database");
        }
        QList<double> fractions;
        JobControl control([&fractions](double f, const QString &) { fractions.append(f); });
        const Status s = DemoDatabaseJob::build(file(path), m_options, control);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        QCOMPARE(cases(file(path)), 40);
        QVERIFY(!fractions.isEmpty());
        QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
        QCOMPARE(fractions.constLast(), 1.0);

        // A target that cannot be written leaves nothing behind.
        const QString folder = m_dir.filePath(QStringLiteral("a folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!DemoDatabaseJob::build(file(folder), m_options).ok());
        QVERIFY(!QFile::exists(folder + QStringLiteral(".partial")));
    }

    void blockingBuildIntoPostgreSQL()
    {
        QString error;
        const QString where = TestSupport::freshLocation(Database::Backend::PostgreSQL, m_dir, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        const auto location = Database::Location::parse(where);
        QVERIFY(location.ok());
        const Status s = DemoDatabaseJob::build(*location, m_options);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(cases(*location), 40);
    }

    void jobReportsProgressAndTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("job.psirtdesk"));
        DemoDatabaseJob job(path, m_options);
        QSignalSpy progress(&job, &BackgroundJob::progress);
        QSignalSpy succeeded(&job, &BackgroundJob::succeeded);
        job.start();
        QVERIFY(succeeded.wait(60000));
        QCOMPARE(job.path(), path);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().constFirst().toDouble(), 1.0);
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        QCOMPARE(cases(file(path)), 40);
    }

    void cancelledJobLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.psirtdesk"));
        DemoDatabaseJob job(path, m_options);
        QSignalSpy ended(&job, &BackgroundJob::ended);
        job.start();
        job.cancel();
        QVERIFY(ended.wait(60000));
        QCOMPARE(job.state(), BackgroundJob::State::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabaseJob)
#include "tst_demodatabasejob.moc"
