#include "CorrespondenceSettings.h"

#include "storage/Database.h"

#include <QCoreApplication>

CorrespondenceSettings CorrespondenceSettings::load(const Database &db)
{
    CorrespondenceSettings s;
    s.teamAddress = db.setting(teamAddressKey());
    s.teamName = db.setting(
        teamNameKey(), QCoreApplication::translate("CorrespondenceSettings", "Product Security Team"));
    s.gnupgHome = db.setting(gnupgHomeKey());
    s.signingKey = db.setting(signingKeyKey());
    return s;
}

Status CorrespondenceSettings::save(Database &db) const
{
    for (const auto &[key, value] : {std::pair {teamAddressKey(), teamAddress.trimmed()},
             std::pair {teamNameKey(), teamName.trimmed()}, std::pair {gnupgHomeKey(), gnupgHome.trimmed()},
             std::pair {signingKeyKey(), signingKey.trimmed()}}) {
        // Never a null QString: Qt binds it as SQL NULL, and settings values are NOT NULL.
        const QString stored = value.isNull() ? QStringLiteral("") : value.left(1000);
        if (const Status s = db.setSetting(key, stored); !s)
            return s;
    }
    return {};
}

ReplyComposer::Options CorrespondenceSettings::composerOptions() const
{
    ReplyComposer::Options o;
    o.teamAddress = teamAddress;
    o.teamName = teamName;
    o.signingKey = signingKey;
    return o;
}
