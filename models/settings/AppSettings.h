#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

/// Typed preferences and window state, with their keys and defaults in one place.
/// Preferences ("prefs/…") and window state ("window/…") are kept apart, so resetting the
/// layout never loses a preference. migrate() upgrades keys written by older releases.
class AppSettings final
{
public:
    AppSettings();
    explicit AppSettings(const QString &fileName); // tests

    static constexpr int kVersion = 1;
    static constexpr int kMaxRecent = 8;

    // Preferences
    QString lastDatabase() const;
    void setLastDatabase(const QString &location);
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &location);
    QString analystName() const;
    void setAnalystName(const QString &name);
    /// The GnuPG home holding the team key that decrypts reports (e-mail intake); empty:
    /// encrypted mail is imported unread. Per machine: the key never goes into the database.
    QString gnupgHome() const;
    void setGnupgHome(const QString &path);

    // Window state
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray inboxHeaderState() const;
    void setInboxHeaderState(const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    void migrate();
    QSettings m_settings;
};
