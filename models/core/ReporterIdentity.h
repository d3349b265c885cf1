#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct Case;

/// Who reported a case, as far as their identity can show up in text: the name, the e-mail
/// addresses, the organisation and other names (handles, the credit name). Seed policy 000
/// lets identifying information leave the team only with the reporter's consent, so every
/// document that may leave it is scanned for these (IdentityScan) before it does.
struct ReporterIdentity
{
    QString name;
    QStringList emails;
    QString organisation;
    QStringList aliases; // handles, the credit name, other names the reporter uses

    /// The name, e-mail address(es) and organisation recorded in the case, and aliases.
    static ReporterIdentity of(const Case &c, const QStringList &aliases = {});
    /// Nothing to look for: no name, address, organisation or alias with any letters in it.
    bool isEmpty() const;
};

/// Finds a reporter's identity in free text the way a reader would recognise it, not only
/// where the exact string recurs: regardless of letter case (full case folding, "ß" is
/// "ss"), accents (NFKD, combining marks dropped: "Jonás" is "Jonas"), runs of white space
/// and line breaks between words, a word hyphenated across a line break ("Quell-\nfeld"),
/// and invisible formatting characters (soft hyphens, zero-width spaces, bidi controls).
///
/// What is looked for:
/// - the full name, and each of its parts of two or more letters on its own as a whole word
///   written as a name, its first letter not in lower case (a signature "Jonas", "QUELLFELD";
///   "Li" never matches inside "list", and a reporter called "Network Operations" is not found
///   in "an adjacent network"); both halves of a double name
///   and the name written without its hyphen; German umlauts also as "ae", "oe", "ue",
///   and "ae", "oe", "ue" in words of five or more letters also as umlauts.
///   Nobiliary particles and titles ("van", "de", "Dr") are not looked for on their own.
/// - handles derived from the name: "jquellfeld", "jonasquellfeld", "jonas.quellfeld",
///   "jonas_quellfeld", "jonas-quellfeld", "quellfeldj", also with digits appended.
/// - the aliases, each as a whole phrase (with digits appended, as handles often have).
/// - the reporter's addresses and their local parts (unless that is a role mailbox such as
///   "security" or "info", or shorter than three characters), and any address at all whose
///   local part or domain has a name part as one of its pieces (split at . _ - + and digits)
///   or contains a name part of four or more letters, or contains a derived handle, alias or
///   the organisation's distinctive word.
/// - the organisation as a whole phrase, with and without its legal form ("GmbH", "Inc."),
///   and its first word on its own when that word is distinctive: six or more letters and not
///   a generic word such as "University", "Security" or "Research". Other single words of
///   the organisation are not looked for: "Blue Water Security" must not refuse every text
///   that mentions water.
///
/// Matching is a set of plain substring searches on one normalised copy of the text with an
/// index map back to the original: linear in the text for a bounded identity, no regular
/// expressions. Scripts written without spaces between words (Han, Kana, Thai, …) match
/// without the whole-word rule.
namespace IdentityScan {

struct Match
{
    qsizetype position = 0; // in the original text (UTF-16 code units)
    qsizetype length = 0;
    QString what; // translated kind: "the reporter's name", "an e-mail address of the reporter", …
};

/// Every place in text that identifies who: positions in the original text, sorted and not
/// overlapping (overlapping finds are merged; the kind of the longest one names the merge).
QList<Match> find(const QString &text, const ReporterIdentity &who);

/// text with every match replaced by marker. Unchanged when who is empty.
QString redact(const QString &text, const ReporterIdentity &who, const QString &marker);

/// Every whole-word occurrence of phrase in text under the same normalisation (case, accents,
/// white space, line breaks); what is empty. For allowed texts such as a consented credit name.
QList<Match> findPhrase(const QString &text, const QString &phrase);

} // namespace IdentityScan
