#pragma once

#include "assessment/family_context.h"
#include "assessment/form_definition.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace kith::ui {

class FieldEditor;

// A repeating question: one group of sub-questions per child of the family when the form
// says so (the voice of each child), otherwise rows the person adds and removes.
class RepeatingEditor : public QWidget {
    Q_OBJECT

public:
    // `rows` are the rows that already hold answers, in the order they were first written.
    RepeatingEditor(const assessment::FieldDefinition& field, QString sectionKey,
                    const assessment::FamilyContext& family, const QStringList& rows,
                    QWidget* parent = nullptr);

    QList<FieldEditor*> editors() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QPushButton* addButton() const { return m_add; }
    void setReadOnly(bool readOnly);

    // A new empty row (not per child); returns its id.
    QString addRow();
    // Removes a row and asks, through rowRemoved, for its answers to be cleared.
    void removeRow(const QString& rowId);

signals:
    void edited(const QString& path);
    void left(const QString& path);
    void rowRemoved(const QStringList& paths);

private:
    void buildRow(const QString& rowId, const QString& title);
    void renumber();

    struct Row {
        QString id;
        QWidget* box = nullptr;
        QList<FieldEditor*> editors;
        QPushButton* remove = nullptr;
    };

    assessment::FieldDefinition m_field;
    QString m_sectionKey;
    assessment::FamilyContext m_family;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace kith::ui
