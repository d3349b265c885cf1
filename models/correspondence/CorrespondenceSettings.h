#pragma once

#include "ReplyComposer.h"
#include "core/Result.h"

#include <QString>

class TeamSettings;

/// The team's correspondence settings, kept in the case database so every analyst sends
/// as the same team: its address and name, the GnuPG home holding the team keyring, and the
/// signing key (empty: the team address's key).
struct CorrespondenceSettings
{
    QString teamAddress;
    QString teamName;
    QString gnupgHome; // empty: GnuPG's default home
    QString signingKey;

    static CorrespondenceSettings load(const TeamSettings &settings);
    /// All four, or none when one is refused (a line break in the team's name, say).
    [[nodiscard]] Status save(TeamSettings &settings) const;
    ReplyComposer::Options composerOptions() const;
};
