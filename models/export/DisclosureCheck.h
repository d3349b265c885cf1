#pragma once

#include "core/ReporterIdentity.h"
#include "core/Result.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

/// The last look before a document leaves the team (issue 14 section 1, seed policy 000:
/// the reporter's identifying information is shared only with consent). Every text field of
/// the document is scanned for the reporter's identity (IdentityScan); the check refuses,
/// naming the field and what it found, unless the text found lies inside an allowed text
/// (the credit name the reporter consented to). GUI-free: the GUI before saving and the CLI
/// call the same check and show its message.
namespace DisclosureCheck {

struct Field
{
    QString name; // translated, e.g. "Vulnerability 1 · description", or a JSON path
    QString text;
};

struct Finding
{
    QString field; // Field::name
    QString found; // the matched text only, on one line and shortened
    QString what; // translated kind (IdentityScan::Match::what)
    qsizetype position = 0; // in Field::text
    qsizetype length = 0;
};

/// Everything of who in fields that is not inside an occurrence of an allowed text (matched
/// like the identity: case, accents, white space and line breaks do not matter), in field
/// order and then by position.
QList<Finding> findings(
    const QList<Field> &fields, const ReporterIdentity &who, const QStringList &allowed = {});

/// Success when findings() is empty; otherwise a failure whose message names each field and
/// what was found in it ("Vulnerability 1 · description contains the reporter's name
/// (“Quellfeld”); edit the text or record the reporter's consent to be credited."), echoing
/// no more of the text than the matched words.
Status check(const QList<Field> &fields, const ReporterIdentity &who, const QStringList &allowed = {});

/// Every string value of doc as a field named by its JSON path: "document/title",
/// "vulnerabilities[0]/notes[1]/text" (a top-level array starts with "[0]"). Object keys are
/// the format's own names and are not fields. In document order for arrays, key order for
/// objects.
QList<Field> jsonFields(const QJsonDocument &doc);

} // namespace DisclosureCheck
