#pragma once

#include "DatabaseCommand.h"

/// `reply ID --template NAME --out FILE.eml --database LOCATION`: writes a templated, signed
/// (and, with the reporter's key, encrypted) reply to a case as an .eml file and records it
/// in the case's correspondence.
class ReplyCommand final : public DatabaseCommand
{
public:
    ReplyCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_template;
    QCommandLineOption m_out;
    QCommandLineOption m_home;
    QCommandLineOption m_unsigned;
};
