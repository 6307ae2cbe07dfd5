#include "plan/rag_chip.h"

namespace kith::ui {

QString RagChip::word(plan::Rag rag) {
    switch (rag) {
    case plan::Rag::Red:
        return tr("Red");
    case plan::Rag::Amber:
        return tr("Amber");
    case plan::Rag::Green:
        return tr("Green");
    case plan::Rag::Complete:
        break;
    }
    return tr("Done");
}

// Colours chosen so that the word on them passes WCAG AA contrast.
QColor RagChip::background(plan::Rag rag) {
    switch (rag) {
    case plan::Rag::Red:
        return QColor(0xb0, 0x1c, 0x1c);
    case plan::Rag::Amber:
        return QColor(0xff, 0xbf, 0x47);
    case plan::Rag::Green:
        return QColor(0x1d, 0x6b, 0x34);
    case plan::Rag::Complete:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QColor RagChip::foreground(plan::Rag rag) {
    return rag == plan::Rag::Red || rag == plan::Rag::Green ? QColor(Qt::white)
                                                            : QColor(0x11, 0x11, 0x11);
}

} // namespace kith::ui
