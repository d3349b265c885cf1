#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// A throwaway PostgreSQL server for tests: initdb in a temporary directory, started on
/// loopback at a free port, stopped and deleted in the destructor. PostgreSQL refuses to
/// run as root, so under root the server runs as the unprivileged user "nobody".
class PgServer final
{
public:
    PgServer();
    ~PgServer();
    Q_DISABLE_COPY_MOVE(PgServer)

    /// Starts the server; false (see errorString()) when PostgreSQL is not installed or
    /// does not start.
    bool start();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    /// A postgresql:// URL for a new, empty database on the server.
    QString createDatabase();

private:
    bool run(const QStringList &command, QString *output = nullptr);
    QString binary(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asNobody = false;
    int m_databases = 0;
    QString m_error;
};
