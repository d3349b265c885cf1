#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <algorithm>
#include <unistd.h>

namespace {

QString findPgBinDir()
{
    // Debian keeps the server binaries per major version.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions)) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_running)
        run({binary(QStringLiteral("pg_ctl")), QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
            QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PgServer::binary(const QString &name) const
{
    return m_binDir + u'/' + name;
}

bool PgServer::run(const QStringList &command, QString *output)
{
    QProcess p;
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asNobody) {
        args = QStringList {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                   QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
            + args;
        program = QStringLiteral("setpriv");
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        m_error = QStringLiteral("%1 did not finish: %2").arg(program, p.errorString());
        p.kill();
        return false;
    }
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(command.join(u' '), text.right(2000));
        return false;
    }
    return true;
}

bool PgServer::start()
{
    m_binDir = findPgBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/psirtdesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return false;
    }
    m_asNobody = ::geteuid() == 0;
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    if (m_asNobody) {
        // The temporary directory must be reachable and writable for the server's user.
        QFile::setPermissions(m_dir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::WriteOther | QFileDevice::ExeOther);
    }
    if (!run({binary(QStringLiteral("initdb")), QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"),
            QStringLiteral("psirt"), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
            QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--locale=C")}))
        return false;
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off "
                                               "-c unix_socket_directories=%2")
                                    .arg(m_port)
                                    .arg(m_dir->path());
        m_running = run({binary(QStringLiteral("pg_ctl")), QStringLiteral("-D"), m_dataDir,
            QStringLiteral("-o"), options, QStringLiteral("-l"),
            m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")});
    }
    return m_running;
}

QString PgServer::createDatabase()
{
    const QString name = QStringLiteral("test%1").arg(++m_databases);
    if (!run({binary(QStringLiteral("createdb")), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), QStringLiteral("psirt"),
            name}))
        return {};
    return QStringLiteral("postgresql://psirt@127.0.0.1:%1/%2").arg(m_port).arg(name);
}
