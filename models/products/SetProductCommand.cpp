#include "SetProductCommand.h"

#include "commands/CaseEditor.h"
#include "storage/ProductCatalogue.h"

#include <QCoreApplication>

SetProductCommand::SetProductCommand(CaseEditor &editor, ProductCatalogue &catalogue,
    std::optional<Product> before, std::optional<Product> after)
    : m_editor(editor)
    , m_catalogue(catalogue)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (!m_before && m_after)
        setText(QCoreApplication::translate("SetProductCommand", "Add product %1").arg(m_after->name));
    else if (m_before && !m_after)
        setText(QCoreApplication::translate("SetProductCommand", "Remove product %1").arg(m_before->name));
    else if (m_after)
        setText(QCoreApplication::translate("SetProductCommand", "Edit product %1").arg(m_after->name));
}

void SetProductCommand::apply(const std::optional<Product> &target, const std::optional<Product> &current)
{
    Status done;
    if (target) {
        // The stored row is found by the name it has now (a rename is undone by id).
        Product product = *target;
        product.id = 0;
        if (current) {
            const auto stored = m_catalogue.product(current->name);
            if (!stored) {
                done = Status::failure(stored.error());
            } else if (*stored) {
                product.id = (*stored)->id;
            }
        }
        if (done) {
            const auto saved = m_catalogue.save(product);
            if (!saved)
                done = Status::failure(saved.error());
        }
    } else if (current) {
        done = m_catalogue.remove(current->name);
    }
    if (!done) {
        setObsolete(true);
        m_editor.reportFailure(done.error());
    }
}

void SetProductCommand::redo()
{
    apply(m_after, m_before);
}

void SetProductCommand::undo()
{
    apply(m_before, m_after);
}
