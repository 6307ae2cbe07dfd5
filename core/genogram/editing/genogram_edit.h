#pragma once

#include "genogram/genogram.h"

#include <optional>
#include <variant>
#include <vector>

namespace kith::genogram {

// The kinds of record a genogram holds; a change names one of them.
enum class RecordKind { Person, Union, ChildLink, Relationship, Household };

// One record before and after an edit: no `before` is an insert, no `after` a removal.
// `index` is where a removed record stood, so that undo puts it back in the same place
// and the genogram is restored exactly (order matters to layout: birth order).
template <typename T>
struct RecordStep {
    QString id;
    std::optional<T> before;
    std::optional<T> after;
    int index = -1;
};

using AnyStep = std::variant<RecordStep<Person>, RecordStep<Union>, RecordStep<ChildLink>,
                             RecordStep<Relationship>, RecordStep<Household>>;

// Which record an applied edit touched, for change events and for saving.
struct RecordChange {
    enum class What { Added, Changed, Removed };
    RecordKind kind = RecordKind::Person;
    QString id;
    What what = What::Changed;
};

// An ordered list of record steps that every undo command is made of. The document
// applies it forwards (redo) or backwards (undo); steps run in order and are undone in
// reverse, so positions recorded on the way forward are valid on the way back.
class GenogramEdit {
public:
    template <typename T>
    void insert(T record) {
        RecordStep<T> step;
        step.id = record.id;
        step.after = std::move(record);
        m_steps.emplace_back(std::move(step));
    }
    template <typename T>
    void replace(const T& before, T after) {
        RecordStep<T> step;
        step.id = before.id;
        step.before = before;
        step.after = std::move(after);
        m_steps.emplace_back(std::move(step));
    }
    template <typename T>
    void remove(const T& record) {
        RecordStep<T> step;
        step.id = record.id;
        step.before = record;
        m_steps.emplace_back(std::move(step));
    }

    // Adds another edit's steps after this one's.
    void append(const GenogramEdit& other) {
        m_steps.insert(m_steps.end(), other.m_steps.begin(), other.m_steps.end());
    }

    bool isEmpty() const { return m_steps.empty(); }
    std::vector<AnyStep>& steps() { return m_steps; }
    const std::vector<AnyStep>& steps() const { return m_steps; }

    // Folds a later edit of the same records into this one (a drag made of many small
    // moves becomes one undo step): keeps this edit's `before` and takes the later
    // `after`. Returns false, changing nothing, when the two do not touch the same
    // records in the same way.
    bool absorb(const GenogramEdit& later);

private:
    std::vector<AnyStep> m_steps;
};

} // namespace kith::genogram
