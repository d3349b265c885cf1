#pragma once

#include "core/Product.h"

#include <QUndoCommand>

#include <optional>

class CaseEditor;
class ProductCatalogue;

/// Adds, changes or removes one product of the catalogue (with its releases); undo puts the
/// previous state back. Each direction is one audited save through the ProductCatalogue; a
/// refused one is reported through the editor and drops the command. Pushed on the
/// editor's undo stack, so Edit → Undo covers catalogue edits like every other edit.
class SetProductCommand final : public QUndoCommand
{
public:
    /// before: nullopt to add; after: nullopt to remove.
    SetProductCommand(CaseEditor &editor, ProductCatalogue &catalogue, std::optional<Product> before,
        std::optional<Product> after);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Product> &target, const std::optional<Product> &current);

    CaseEditor &m_editor;
    ProductCatalogue &m_catalogue;
    std::optional<Product> m_before;
    std::optional<Product> m_after;
};
