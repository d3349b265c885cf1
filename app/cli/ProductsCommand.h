#pragma once

#include "DatabaseCommand.h"

class ProductCatalogue;

/// `products list|import|export`: the product catalogue from scripts. import reads a JSON or
/// CSV catalogue (docs/product-catalogue.md) and saves every product in it, releases
/// included, in one audited transaction; export writes the same format back.
class ProductsCommand final : public DatabaseCommand
{
public:
    ProductsCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    int list(Database &db, ProductCatalogue &catalogue, const QCommandLineParser &parser);
    int importFrom(ProductCatalogue &catalogue, const QString &path, const QCommandLineParser &parser);
    int exportTo(ProductCatalogue &catalogue, const QCommandLineParser &parser);

    QCommandLineOption m_format;
    QCommandLineOption m_out;
    QCommandLineOption m_on;
};
