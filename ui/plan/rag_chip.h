#pragma once

#include "plan/rag.h"

#include <QColor>
#include <QCoreApplication>

namespace kith::ui {

// A RAG status as it is shown: always a word as well as a colour, never colour alone.
struct RagChip {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::RagChip)

public:
    static QString word(plan::Rag rag); // "Red", "Amber", "Green", "Done"
    static QColor background(plan::Rag rag);
    static QColor foreground(plan::Rag rag);
};

} // namespace kith::ui
