#pragma once

#include "advisory/AdvisoryStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class OpenPgp;

/// The static tree of a CSAF 2.0 trusted provider (CSAF 2.0 section 7), written into a folder
/// that is copied as it is to the web server at baseUrl (typically
/// https://psirt.example.com/.well-known/csaf): provider-metadata.json; the documents in one
/// folder per year of their initial release, named by the standard's rule (section 5.1), each
/// with .sha256, .sha512 and a detached armoured OpenPGP signature .asc; index.txt;
/// changes.csv, newest first; one ROLIE feed per TLP label; the signing key's public part
/// under openpgp/.
///
/// It takes documents that are already built (ExportService::csaf) and reads what it needs
/// (tracking id, dates, title, TLP label) from their JSON, so publishing writes exactly the
/// bytes an export writes. Re-publishing compares bytes and rewrites only what changed:
/// an unchanged document keeps its files, their modification times and its signature, while
/// index.txt, changes.csv and the feeds follow the new set. Every file is written atomically
/// (AtomicFile), documents first and provider-metadata.json last, so a web server that serves
/// the folder while it is written never lists a document that is not there yet.
///
/// Only documents a public web server may carry are written: TLP:WHITE, TLP:GREEN and
/// unlabeled ones (requirement 5 wants TLP:AMBER and TLP:RED access protected, under another
/// path); each of these labels has its own feed, so the TLP:WHITE feed lists only TLP:WHITE
/// documents. AMBER and RED documents are counted as withheld and not written.
///
/// Input is hostile: a tracking id that is empty, too long, carries control characters or
/// path separators, or maps to the file name of another document is refused with the whole
/// run, as is a document that is not a CSAF 2.0 document or larger than maxDocumentBytes.
class CsafProvider final
{
    Q_DECLARE_TR_FUNCTIONS(CsafProvider)

public:
    static constexpr qsizetype maxDocumentBytes = 16 * 1024 * 1024;
    static constexpr int maxDocuments = 20000;
    static constexpr int maxTrackingIdChars = 200;

    /// Who signs: an OpenPGP keyring and the full fingerprint of a secret key in it.
    struct Signer
    {
        std::shared_ptr<const OpenPgp> pgp;
        QString fingerprint;
    };

    struct Options
    {
        AdvisoryPublisher publisher; // name, namespace and contact for provider-metadata.json
        QString baseUrl; // https URL of the folder on the web server; empty: namespace + /.well-known/csaf
        std::optional<Signer> signer; // none: no .asc files and no public key
        QDateTime now; // provider-metadata.json's last_updated when its content changed
    };

    struct Summary
    {
        int documents = 0; // in the tree after publishing
        int changed = 0; // documents written because they are new or their bytes changed
        int removed = 0; // documents of an earlier run no longer published (files deleted)
        int withheld = 0; // TLP:AMBER or TLP:RED: not for a public tree
        bool signedDocuments = false;
        QStringList written; // every file written, relative to the folder, sorted
    };

    /// The file name the standard gives a tracking id ("Example-2026_#01" →
    /// "example-2026_01.json"), or why the id is refused.
    static Result<QString> fileName(const QString &trackingId);

    /// Writes (or updates) the tree in directory, made when missing.
    static Result<Summary> publish(
        const QString &directory, const QList<QByteArray> &documents, const Options &options);
};
