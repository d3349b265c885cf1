// advisory-screenshot FILE [LOCALE]: renders the Advisory tab of a published demo case (one
// that also clears a product, so the VEX columns show) to a PNG, in English or, with
// LOCALE "de", in German: for docs/screenshots/advisory-tab.png and for looking at the
// translated layout. Not a test: it writes where it is told.

#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTab.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream err(stderr);
    if (argc < 2 || argc > 3) {
        err << "usage: advisory-screenshot FILE.png [LOCALE]\n";
        return 2;
    }
    QTranslator translator;
    if (argc == 3) {
        const QString qm
            = QStringLiteral(PSIRTDESK_QM_DIR "/psirtdesk_%1.qm").arg(QString::fromLocal8Bit(argv[2]));
        if (!translator.load(qm)) {
            err << "cannot load " << qm << '\n';
            return 1;
        }
        QApplication::installTranslator(&translator);
    }
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
    Clock::setFixed(now);
    QTemporaryDir dir;
    Database db;
    if (const Status s = db.open(dir.filePath(QStringLiteral("demo.psirtdesk"))); !s) {
        err << s.error() << '\n';
        return 1;
    }
    if (const Status s = DemoGenerator::generate(db, DemoOptions {500, 1, now}); !s) {
        err << s.error() << '\n';
        return 1;
    }
    CaseStore store(db);
    AdvisoryStore advisories(store);
    const auto rows = store.inboxRows();
    if (!rows) {
        err << rows.error() << '\n';
        return 1;
    }
    qint64 shown = 0;
    for (const InboxRow &row : *rows) {
        const auto stored = advisories.load(row.id);
        if (!stored || stored->data.revisions.isEmpty())
            continue;
        for (const AffectedProduct &p : stored->data.vulnerabilities.value(0).products) {
            if (p.status == ProductStatus::KnownNotAffected)
                shown = row.id;
        }
        if (shown)
            break;
    }
    if (!shown) {
        err << "the demo has no published advisory that clears a product\n";
        return 1;
    }
    CaseEditor editor(store);
    AdvisoryTab tab(editor, advisories);
    tab.resize(1000, 1000);
    tab.show();
    tab.showCase(shown);
    if (!tab.grab().save(QString::fromLocal8Bit(argv[1]))) {
        err << "cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
