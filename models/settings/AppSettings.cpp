#include "AppSettings.h"

namespace {
const QString kSettingsVersion = QStringLiteral("settingsVersion");
const QString kLastDatabase = QStringLiteral("prefs/lastDatabase");
const QString kRecent = QStringLiteral("prefs/recentDatabases");
const QString kAnalyst = QStringLiteral("prefs/analystName");
const QString kGnupgHome = QStringLiteral("prefs/intakeGnupgHome");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kInboxHeader = QStringLiteral("window/inboxHeader");
} // namespace

AppSettings::AppSettings()
{
    migrate();
}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
    migrate();
}

void AppSettings::migrate()
{
    const int version = m_settings.value(kSettingsVersion, 0).toInt();
    if (version < 1) {
        // Nothing older exists yet; this is where renamed keys would be carried over.
        m_settings.setValue(kSettingsVersion, kVersion);
    }
}

QString AppSettings::lastDatabase() const
{
    return m_settings.value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString &location)
{
    m_settings.setValue(kLastDatabase, location);
    addRecentDatabase(location);
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentDatabase(const QString &location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

QString AppSettings::gnupgHome() const
{
    return m_settings.value(kGnupgHome).toString();
}

void AppSettings::setGnupgHome(const QString &path)
{
    m_settings.setValue(kGnupgHome, path);
}

QString AppSettings::analystName() const
{
    return m_settings.value(kAnalyst).toString();
}

void AppSettings::setAnalystName(const QString &name)
{
    m_settings.setValue(kAnalyst, name);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &state)
{
    m_settings.setValue(kGeometry, state);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

QByteArray AppSettings::inboxHeaderState() const
{
    return m_settings.value(kInboxHeader).toByteArray();
}

void AppSettings::setInboxHeaderState(const QByteArray &state)
{
    m_settings.setValue(kInboxHeader, state);
}
