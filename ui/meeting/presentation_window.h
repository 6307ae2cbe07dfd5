#pragma once

#include "meeting/agenda_keys.h"
#include "meeting/visual_agenda.h"
#include "projection/projected_plan.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace kith::ui {

class ProjectedPlanView;

// The projected screen of the visual agenda: the 8 steps with a picture each, the current
// one large and clear, the meeting timer and, at step 6, the plan as it is written. Large
// type (titles 52 px, body at least 24 px at 1366 x 768), dark on light, nothing else.
// It is given a projection::SafePlan only: what everyone in the room may see.
class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPlanStep = 6;

    explicit PresentationWindow(QWidget* parent = nullptr);

    void setSteps(const QList<meeting::AgendaStep>& steps);
    void setCurrentStep(int number);
    int currentStep() const { return m_current; }
    void setPlan(const projection::SafePlan& plan);
    void setTimerText(const QString& text);

    // Full screen on `screen` when it is not the chair's own; otherwise a window the chair
    // can move (e.g. to a projector set up as an extended desktop).
    void showOn(QScreen* screen, bool fullScreen);

    // Every text drawn on this window now, for checking what reaches the projector.
    QStringList drawnTexts() const;

signals:
    void commandIssued(kith::ui::AgendaCommand command);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildStrip();
    void refresh();
    void applyScale();
    double scale() const;

    QList<meeting::AgendaStep> m_steps;
    int m_current = 1;
    double m_appliedScale = 0;

    QLabel* m_stepCount = nullptr;
    QLabel* m_timer = nullptr;
    QWidget* m_strip = nullptr;
    QList<QLabel*> m_tilePictures;
    QList<QLabel*> m_tileTitles;
    QList<QWidget*> m_tiles;
    QLabel* m_picture = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_sentence = nullptr;
    ProjectedPlanView* m_plan = nullptr;
};

} // namespace kith::ui
