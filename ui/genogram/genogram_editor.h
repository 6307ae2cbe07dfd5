#pragma once

#include "genogram/editing/genogram_document.h"
#include "genogram_renderer.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;

namespace kith::ui {

class GenogramDetailsPanel;
class GenogramScene;
class GenogramView;

// The genogram editor: the canvas, a toolbar of tools, the details panel and the key.
// Every action has a keyboard shortcut (listed in its tooltip); the canvas's own
// shortcuts work while it has focus, so typing in the panel never triggers them.
class GenogramEditor : public QWidget {
    Q_OBJECT

public:
    explicit GenogramEditor(QWidget* parent = nullptr);
    ~GenogramEditor() override;

    // Edits `document` (owned by the editor from now on). `persister` (may be null) is
    // kept alive as long as the document.
    void setDocument(std::unique_ptr<genogram::GenogramDocument> document,
                     std::shared_ptr<genogram::GenogramPersister> persister = {});
    genogram::GenogramDocument* document() const { return m_document.get(); }
    GenogramScene* scene() const { return m_scene; }
    GenogramView* view() const { return m_view; }
    QAction* action(const QString& objectName) const;

    Status exportPicture(PictureFormat format, const QString& path) const;

private:
    QAction* addTool(const QString& objectName, const QString& text, const QKeySequence& key,
                     bool canvasOnly, void (GenogramEditor::*slot)());
    void buildToolbar(QWidget* bar);
    void selectionChanged();
    void showMessage(const QString& message);

    void addPerson();
    void addPartner();
    void addChild();
    void addParent();
    void removeSelected();
    void toggleDrawing();
    void relationshipByKeyboard();
    void toggleHousehold();
    void zoomIn();
    void zoomOut();
    void fit();
    void large();
    void exportAs();
    void print();

    std::shared_ptr<genogram::GenogramPersister> m_persister;
    std::unique_ptr<genogram::GenogramDocument> m_document;
    GenogramScene* m_scene = nullptr;
    GenogramView* m_view = nullptr;
    GenogramDetailsPanel* m_details = nullptr;
    QWidget* m_canvasHolder = nullptr;
    QWidget* m_detailsHolder = nullptr;
    QComboBox* m_bond = nullptr;
    QLabel* m_message = nullptr;
    QList<QAction*> m_canvasActions;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_draw = nullptr;
};

} // namespace kith::ui
