#pragma once

#include "ReplyComposer.h"
#include "core/Result.h"

#include <QString>

class Database;

/// The team's correspondence settings, kept in the case database so every analyst sends
/// as the same team: its address and name, the GnuPG home holding the team keyring, and the
/// signing key (empty: the team address's key).
struct CorrespondenceSettings
{
    QString teamAddress;
    QString teamName;
    QString gnupgHome; // empty: GnuPG's default home
    QString signingKey;

    static QString teamAddressKey() { return QStringLiteral("correspondence_team_address"); }
    static QString teamNameKey() { return QStringLiteral("correspondence_team_name"); }
    static QString gnupgHomeKey() { return QStringLiteral("correspondence_gnupg_home"); }
    static QString signingKeyKey() { return QStringLiteral("correspondence_signing_key"); }

    static CorrespondenceSettings load(const Database &db);
    Status save(Database &db) const;
    ReplyComposer::Options composerOptions() const;
};
