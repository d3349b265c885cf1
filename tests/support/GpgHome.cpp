#include "GpgHome.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

QString shortTemplate()
{
    const QString temp = QDir::tempPath();
    // gpg-agent's socket goes inside the home: keep "<home>/S.gpg-agent.browser" short.
    return (temp.size() <= 40 ? temp : QStringLiteral("/tmp")) + QStringLiteral("/gpg-XXXXXX");
}

} // namespace

GpgHome::GpgHome()
    : m_dir(shortTemplate())
{
    if (!m_dir.isValid())
        m_error = m_dir.errorString();
}

GpgHome::~GpgHome()
{
    if (!m_dir.isValid())
        return;
    QProcess kill;
    kill.start(QStringLiteral("gpgconf"),
        {QStringLiteral("--homedir"), m_dir.path(), QStringLiteral("--kill"), QStringLiteral("all")});
    kill.waitForFinished(30000);
}

QByteArray GpgHome::gpg(const QStringList &arguments, const QByteArray &input, bool *ok)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), m_dir.path());
    process.setProcessEnvironment(env);
    QStringList args {QStringLiteral("--homedir"), m_dir.path(), QStringLiteral("--batch"),
        QStringLiteral("--no-tty"), QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
        QStringLiteral("--passphrase"), QString()};
    args += arguments;
    process.start(QStringLiteral("gpg"), args);
    const bool started = process.waitForStarted(30000);
    if (started) {
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
    }
    const bool success = started && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!success)
        m_error = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
    if (ok)
        *ok = success;
    return process.readAllStandardOutput();
}

QString GpgHome::generateKey(const QString &userId)
{
    bool ok = false;
    const QByteArray status
        = gpg({QStringLiteral("--status-fd"), QStringLiteral("1"), QStringLiteral("--quick-gen-key"), userId,
                  QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("never")},
            {}, &ok);
    if (!ok)
        return {};
    // "[GNUPG:] KEY_CREATED B <fingerprint>"
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("[GNUPG:] KEY_CREATED "))
            return QString::fromLatin1(line.split(' ').value(3)).trimmed();
    }
    m_error = QStringLiteral("gpg reported no new key");
    return {};
}

QByteArray GpgHome::exportPublicKey(const QString &fingerprint)
{
    return gpg({QStringLiteral("--armor"), QStringLiteral("--export"), fingerprint});
}

bool GpgHome::importKeys(const QByteArray &keys)
{
    bool ok = false;
    gpg({QStringLiteral("--import")}, keys, &ok);
    return ok;
}

bool GpgHome::importPublicKeyFrom(GpgHome &other, const QString &fingerprint)
{
    const QByteArray key = other.exportPublicKey(fingerprint);
    return !key.isEmpty() && importKeys(key);
}
