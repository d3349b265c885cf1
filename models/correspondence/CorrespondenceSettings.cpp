#include "CorrespondenceSettings.h"

#include "storage/TeamSettings.h"

using Key = TeamSettings::Key;

CorrespondenceSettings CorrespondenceSettings::load(const TeamSettings &settings)
{
    return {settings.value(Key::CorrespondenceTeamAddress), settings.value(Key::CorrespondenceTeamName),
        settings.value(Key::CorrespondenceGnupgHome), settings.value(Key::CorrespondenceSigningKey)};
}

Status CorrespondenceSettings::save(TeamSettings &settings) const
{
    return settings.set(
        {{Key::CorrespondenceTeamAddress, teamAddress}, {Key::CorrespondenceTeamName, teamName},
            {Key::CorrespondenceGnupgHome, gnupgHome}, {Key::CorrespondenceSigningKey, signingKey}});
}

ReplyComposer::Options CorrespondenceSettings::composerOptions() const
{
    ReplyComposer::Options o;
    o.teamAddress = teamAddress;
    o.teamName = teamName;
    o.signingKey = signingKey;
    return o;
}
