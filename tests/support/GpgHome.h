#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A throwaway GnuPG home directory for tests, with keys generated on demand (no
/// passphrase). Its path is short, because gpg-agent puts its socket inside it and a Unix
/// socket path is limited to about 100 bytes. The destructor kills the agent it started.
class GpgHome final
{
public:
    GpgHome();
    ~GpgHome();
    Q_DISABLE_COPY_MOVE(GpgHome)

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

    /// Generates a key pair (signing primary key, encryption subkey, never expiring) for a
    /// user id such as "Ada <ada@example.org>"; returns its fingerprint, empty on failure.
    QString generateKey(const QString &userId);
    QByteArray exportPublicKey(const QString &fingerprint);
    bool importKeys(const QByteArray &keys);
    /// Exports the public key from another home and imports it here.
    bool importPublicKeyFrom(GpgHome &other, const QString &fingerprint);

    /// Runs gpg on this home in batch mode; its standard output. ok tells whether it exited 0.
    QByteArray gpg(const QStringList &arguments, const QByteArray &input = {}, bool *ok = nullptr);

private:
    QTemporaryDir m_dir;
    QString m_error;
};
