#pragma once

#include "projection/projected_plan.h"

#include <QScrollArea>

class QVBoxLayout;

namespace kith::ui {

// The plan as the projector shows it at step 6, in large type and the family's words:
// each need, what will be different, and who will do what by when. Draws only the
// projection::SafePlan it is given (never the plan itself); the newest action is scrolled
// into view as it is written.
class ProjectedPlanView : public QScrollArea {
    Q_OBJECT

public:
    explicit ProjectedPlanView(QWidget* parent = nullptr);

    void setPlan(const projection::SafePlan& plan);
    // Type sizes: 1.0 at 1366 x 768.
    void setScale(double scale);

private:
    void rebuild();
    QWidget* addLabel(const QString& text, int pixelSize, bool bold, const QString& objectName,
                      int indent = 0);

    projection::SafePlan m_plan;
    double m_scale = 1.0;
    int m_shownActions = 0;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace kith::ui
