#pragma once

#include "genogram/editing/genogram_edit.h"
#include "genogram/editing/genogram_persister.h"

#include <QObject>
#include <QUndoStack>

namespace kith::genogram {

// The genogram being edited (Tiled's document): owns the model and its undo stack.
// Commands change the model only through apply(); after each edit the document saves
// the touched records through its persister and then emits one typed event per record,
// so scene items and panels redraw exactly what changed.
class GenogramDocument : public QObject {
    Q_OBJECT

public:
    enum class Direction { Forward, Backward };

    // `persister` may be null (nothing saved, for previews); it must outlive the document.
    explicit GenogramDocument(Genogram genogram, GenogramPersister* persister = nullptr,
                              QObject* parent = nullptr);

    const Genogram& genogram() const { return m_genogram; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Runs an edit's steps (Forward) or reverses them (Backward). Called by commands.
    void apply(GenogramEdit& edit, Direction direction);

    // Changes not yet saved because the last save failed; they are retried with the next.
    bool hasUnsavedChanges() const { return !m_unsaved.isEmpty(); }
    // Tries again to save what has not been saved.
    Status saveNow();

    const Union* unionOf(const QString& unionId) const;
    const ChildLink* childLink(const QString& linkId) const;
    const Relationship* relationship(const QString& relationshipId) const;
    const Household* household(const QString& householdId) const;

signals:
    void personAdded(const QString& personId);
    void personChanged(const QString& personId);
    void personRemoved(const QString& personId);
    void unionAdded(const QString& unionId);
    void unionChanged(const QString& unionId);
    void unionRemoved(const QString& unionId);
    void childLinkAdded(const QString& linkId);
    void childLinkChanged(const QString& linkId);
    void childLinkRemoved(const QString& linkId);
    void relationshipAdded(const QString& relationshipId);
    void relationshipChanged(const QString& relationshipId);
    void relationshipRemoved(const QString& relationshipId);
    void householdAdded(const QString& householdId);
    void householdChanged(const QString& householdId);
    void householdRemoved(const QString& householdId);
    // After every edit, once its records' own events have gone out.
    void edited(const QList<kith::genogram::RecordChange>& changes);
    // A change could not be saved: it is kept in memory and retried with the next edit.
    void saveFailed(const QString& message);

private:
    template <typename T>
    RecordChange applyStep(RecordStep<T>& step, Direction direction);
    void announce(const RecordChange& change);

    Genogram m_genogram;
    GenogramPersister* m_persister = nullptr;
    QUndoStack m_undoStack;
    QList<RecordChange> m_unsaved;
};

} // namespace kith::genogram
